
obj-walkfork/user/buggyhello2:     file format elf32-i386


Disassembly of section .text:

00800020 <_start>:
.text
.globl _start
_start:
	// A fresh environment starts with nothing on its stack: supply
	// argc = 0 and argv = 0 so libmain sees a well-formed call.
	cmpl $USTACKTOP, %esp
  800020:	81 fc 00 e0 bf ee    	cmp    $0xeebfe000,%esp
	jne 1f
  800026:	75 04                	jne    80002c <_start+0xc>
	pushl $0
  800028:	6a 00                	push   $0x0
	pushl $0
  80002a:	6a 00                	push   $0x0
1:
	call libmain
  80002c:	e8 1d 00 00 00       	call   80004e <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:

const char *hello = "hello, world\n";

void
umain(int argc, char **argv)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	83 ec 10             	sub    $0x10,%esp
	sys_cputs(hello, 1024*1024);
  800039:	68 00 00 10 00       	push   $0x100000
  80003e:	ff 35 00 20 80 00    	push   0x802000
  800044:	e8 5d 00 00 00       	call   8000a6 <sys_cputs>
}
  800049:	83 c4 10             	add    $0x10,%esp
  80004c:	c9                   	leave
  80004d:	c3                   	ret

0080004e <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  80004e:	55                   	push   %ebp
  80004f:	89 e5                	mov    %esp,%ebp
  800051:	56                   	push   %esi
  800052:	53                   	push   %ebx
  800053:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800056:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  800059:	e8 c6 00 00 00       	call   800124 <sys_getenvid>
  80005e:	25 ff 03 00 00       	and    $0x3ff,%eax
  800063:	6b c0 7c             	imul   $0x7c,%eax,%eax
  800066:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80006b:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800070:	85 db                	test   %ebx,%ebx
  800072:	7e 07                	jle    80007b <libmain+0x2d>
		binaryname = argv[0];
  800074:	8b 06                	mov    (%esi),%eax
  800076:	a3 04 20 80 00       	mov    %eax,0x802004

	umain(argc, argv);
  80007b:	83 ec 08             	sub    $0x8,%esp
  80007e:	56                   	push   %esi
  80007f:	53                   	push   %ebx
  800080:	e8 ae ff ff ff       	call   800033 <umain>

	exit();
  800085:	e8 0a 00 00 00       	call   800094 <exit>
}
  80008a:	83 c4 10             	add    $0x10,%esp
  80008d:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800090:	5b                   	pop    %ebx
  800091:	5e                   	pop    %esi
  800092:	5d                   	pop    %ebp
  800093:	c3                   	ret

00800094 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  800094:	55                   	push   %ebp
  800095:	89 e5                	mov    %esp,%ebp
  800097:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  80009a:	6a 00                	push   $0x0
  80009c:	e8 42 00 00 00       	call   8000e3 <sys_env_destroy>
}
  8000a1:	83 c4 10             	add    $0x10,%esp
  8000a4:	c9                   	leave
  8000a5:	c3                   	ret

008000a6 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  8000a6:	55                   	push   %ebp
  8000a7:	89 e5                	mov    %esp,%ebp
  8000a9:	57                   	push   %edi
  8000aa:	56                   	push   %esi
  8000ab:	53                   	push   %ebx
	asm volatile("int %1\n"
  8000ac:	b8 00 00 00 00       	mov    $0x0,%eax
  8000b1:	8b 55 08             	mov    0x8(%ebp),%edx
  8000b4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8000b7:	89 c3                	mov    %eax,%ebx
  8000b9:	89 c7                	mov    %eax,%edi
  8000bb:	89 c6                	mov    %eax,%esi
  8000bd:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  8000bf:	5b                   	pop    %ebx
  8000c0:	5e                   	pop    %esi
  8000c1:	5f                   	pop    %edi
  8000c2:	5d                   	pop    %ebp
  8000c3:	c3                   	ret

008000c4 <sys_cgetc>:

int
sys_cgetc(void)
{
  8000c4:	55                   	push   %ebp
  8000c5:	89 e5                	mov    %esp,%ebp
  8000c7:	57                   	push   %edi
  8000c8:	56                   	push   %esi
  8000c9:	53                   	push   %ebx
	asm volatile("int %1\n"
  8000ca:	ba 00 00 00 00       	mov    $0x0,%edx
  8000cf:	b8 01 00 00 00       	mov    $0x1,%eax
  8000d4:	89 d1                	mov    %edx,%ecx
  8000d6:	89 d3                	mov    %edx,%ebx
  8000d8:	89 d7                	mov    %edx,%edi
  8000da:	89 d6                	mov    %edx,%esi
  8000dc:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  8000de:	5b                   	pop    %ebx
  8000df:	5e                   	pop    %esi
  8000e0:	5f                   	pop    %edi
  8000e1:	5d                   	pop    %ebp
  8000e2:	c3                   	ret

008000e3 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  8000e3:	55                   	push   %ebp
  8000e4:	89 e5                	mov    %esp,%ebp
  8000e6:	57                   	push   %edi
  8000e7:	56                   	push   %esi
  8000e8:	53                   	push   %ebx
  8000e9:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8000ec:	b9 00 00 00 00       	mov    $0x0,%ecx
  8000f1:	8b 55 08             	mov    0x8(%ebp),%edx
  8000f4:	b8 03 00 00 00       	mov    $0x3,%eax
  8000f9:	89 cb                	mov    %ecx,%ebx
  8000fb:	89 cf                	mov    %ecx,%edi
  8000fd:	89 ce                	mov    %ecx,%esi
  8000ff:	cd 30                	int    $0x30
	if (check && ret > 0)
  800101:	85 c0                	test   %eax,%eax
  800103:	7f 08                	jg     80010d <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800105:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800108:	5b                   	pop    %ebx
  800109:	5e                   	pop    %esi
  80010a:	5f                   	pop    %edi
  80010b:	5d                   	pop    %ebp
  80010c:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80010d:	83 ec 0c             	sub    $0xc,%esp
  800110:	50                   	push   %eax
  800111:	6a 03                	push   $0x3
  800113:	68 d8 10 80 00       	push   $0x8010d8
  800118:	6a 1f                	push   $0x1f
  80011a:	68 f5 10 80 00       	push   $0x8010f5
  80011f:	e8 ed 01 00 00       	call   800311 <_panic>

00800124 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800124:	55                   	push   %ebp
  800125:	89 e5                	mov    %esp,%ebp
  800127:	57                   	push   %edi
  800128:	56                   	push   %esi
  800129:	53                   	push   %ebx
	asm volatile("int %1\n"
  80012a:	ba 00 00 00 00       	mov    $0x0,%edx
  80012f:	b8 02 00 00 00       	mov    $0x2,%eax
  800134:	89 d1                	mov    %edx,%ecx
  800136:	89 d3                	mov    %edx,%ebx
  800138:	89 d7                	mov    %edx,%edi
  80013a:	89 d6                	mov    %edx,%esi
  80013c:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  80013e:	5b                   	pop    %ebx
  80013f:	5e                   	pop    %esi
  800140:	5f                   	pop    %edi
  800141:	5d                   	pop    %ebp
  800142:	c3                   	ret

00800143 <sys_yield>:

void
sys_yield(void)
{
  800143:	55                   	push   %ebp
  800144:	89 e5                	mov    %esp,%ebp
  800146:	57                   	push   %edi
  800147:	56                   	push   %esi
  800148:	53                   	push   %ebx
	asm volatile("int %1\n"
  800149:	ba 00 00 00 00       	mov    $0x0,%edx
  80014e:	b8 0a 00 00 00       	mov    $0xa,%eax
  800153:	89 d1                	mov    %edx,%ecx
  800155:	89 d3                	mov    %edx,%ebx
  800157:	89 d7                	mov    %edx,%edi
  800159:	89 d6                	mov    %edx,%esi
  80015b:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  80015d:	5b                   	pop    %ebx
  80015e:	5e                   	pop    %esi
  80015f:	5f                   	pop    %edi
  800160:	5d                   	pop    %ebp
  800161:	c3                   	ret

00800162 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800162:	55                   	push   %ebp
  800163:	89 e5                	mov    %esp,%ebp
  800165:	57                   	push   %edi
  800166:	56                   	push   %esi
  800167:	53                   	push   %ebx
  800168:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80016b:	be 00 00 00 00       	mov    $0x0,%esi
  800170:	8b 55 08             	mov    0x8(%ebp),%edx
  800173:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800176:	b8 04 00 00 00       	mov    $0x4,%eax
  80017b:	8b 5d 10             	mov    0x10(%ebp),%ebx
  80017e:	89 f7                	mov    %esi,%edi
  800180:	cd 30                	int    $0x30
	if (check && ret > 0)
  800182:	85 c0                	test   %eax,%eax
  800184:	7f 08                	jg     80018e <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800186:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800189:	5b                   	pop    %ebx
  80018a:	5e                   	pop    %esi
  80018b:	5f                   	pop    %edi
  80018c:	5d                   	pop    %ebp
  80018d:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80018e:	83 ec 0c             	sub    $0xc,%esp
  800191:	50                   	push   %eax
  800192:	6a 04                	push   $0x4
  800194:	68 d8 10 80 00       	push   $0x8010d8
  800199:	6a 1f                	push   $0x1f
  80019b:	68 f5 10 80 00       	push   $0x8010f5
  8001a0:	e8 6c 01 00 00       	call   800311 <_panic>

008001a5 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  8001a5:	55                   	push   %ebp
  8001a6:	89 e5                	mov    %esp,%ebp
  8001a8:	57                   	push   %edi
  8001a9:	56                   	push   %esi
  8001aa:	53                   	push   %ebx
  8001ab:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8001ae:	8b 55 08             	mov    0x8(%ebp),%edx
  8001b1:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8001b4:	b8 05 00 00 00       	mov    $0x5,%eax
  8001b9:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8001bc:	8b 7d 14             	mov    0x14(%ebp),%edi
  8001bf:	8b 75 18             	mov    0x18(%ebp),%esi
  8001c2:	cd 30                	int    $0x30
	if (check && ret > 0)
  8001c4:	85 c0                	test   %eax,%eax
  8001c6:	7f 08                	jg     8001d0 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  8001c8:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001cb:	5b                   	pop    %ebx
  8001cc:	5e                   	pop    %esi
  8001cd:	5f                   	pop    %edi
  8001ce:	5d                   	pop    %ebp
  8001cf:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8001d0:	83 ec 0c             	sub    $0xc,%esp
  8001d3:	50                   	push   %eax
  8001d4:	6a 05                	push   $0x5
  8001d6:	68 d8 10 80 00       	push   $0x8010d8
  8001db:	6a 1f                	push   $0x1f
  8001dd:	68 f5 10 80 00       	push   $0x8010f5
  8001e2:	e8 2a 01 00 00       	call   800311 <_panic>

008001e7 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  8001e7:	55                   	push   %ebp
  8001e8:	89 e5                	mov    %esp,%ebp
  8001ea:	57                   	push   %edi
  8001eb:	56                   	push   %esi
  8001ec:	53                   	push   %ebx
  8001ed:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8001f0:	bb 00 00 00 00       	mov    $0x0,%ebx
  8001f5:	8b 55 08             	mov    0x8(%ebp),%edx
  8001f8:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8001fb:	b8 06 00 00 00       	mov    $0x6,%eax
  800200:	89 df                	mov    %ebx,%edi
  800202:	89 de                	mov    %ebx,%esi
  800204:	cd 30                	int    $0x30
	if (check && ret > 0)
  800206:	85 c0                	test   %eax,%eax
  800208:	7f 08                	jg     800212 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  80020a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80020d:	5b                   	pop    %ebx
  80020e:	5e                   	pop    %esi
  80020f:	5f                   	pop    %edi
  800210:	5d                   	pop    %ebp
  800211:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800212:	83 ec 0c             	sub    $0xc,%esp
  800215:	50                   	push   %eax
  800216:	6a 06                	push   $0x6
  800218:	68 d8 10 80 00       	push   $0x8010d8
  80021d:	6a 1f                	push   $0x1f
  80021f:	68 f5 10 80 00       	push   $0x8010f5
  800224:	e8 e8 00 00 00       	call   800311 <_panic>

00800229 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800229:	55                   	push   %ebp
  80022a:	89 e5                	mov    %esp,%ebp
  80022c:	57                   	push   %edi
  80022d:	56                   	push   %esi
  80022e:	53                   	push   %ebx
  80022f:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800232:	bb 00 00 00 00       	mov    $0x0,%ebx
  800237:	8b 55 08             	mov    0x8(%ebp),%edx
  80023a:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80023d:	b8 08 00 00 00       	mov    $0x8,%eax
  800242:	89 df                	mov    %ebx,%edi
  800244:	89 de                	mov    %ebx,%esi
  800246:	cd 30                	int    $0x30
	if (check && ret > 0)
  800248:	85 c0                	test   %eax,%eax
  80024a:	7f 08                	jg     800254 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  80024c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80024f:	5b                   	pop    %ebx
  800250:	5e                   	pop    %esi
  800251:	5f                   	pop    %edi
  800252:	5d                   	pop    %ebp
  800253:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800254:	83 ec 0c             	sub    $0xc,%esp
  800257:	50                   	push   %eax
  800258:	6a 08                	push   $0x8
  80025a:	68 d8 10 80 00       	push   $0x8010d8
  80025f:	6a 1f                	push   $0x1f
  800261:	68 f5 10 80 00       	push   $0x8010f5
  800266:	e8 a6 00 00 00       	call   800311 <_panic>

0080026b <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  80026b:	55                   	push   %ebp
  80026c:	89 e5                	mov    %esp,%ebp
  80026e:	57                   	push   %edi
  80026f:	56                   	push   %esi
  800270:	53                   	push   %ebx
  800271:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800274:	bb 00 00 00 00       	mov    $0x0,%ebx
  800279:	8b 55 08             	mov    0x8(%ebp),%edx
  80027c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80027f:	b8 09 00 00 00       	mov    $0x9,%eax
  800284:	89 df                	mov    %ebx,%edi
  800286:	89 de                	mov    %ebx,%esi
  800288:	cd 30                	int    $0x30
	if (check && ret > 0)
  80028a:	85 c0                	test   %eax,%eax
  80028c:	7f 08                	jg     800296 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  80028e:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800291:	5b                   	pop    %ebx
  800292:	5e                   	pop    %esi
  800293:	5f                   	pop    %edi
  800294:	5d                   	pop    %ebp
  800295:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800296:	83 ec 0c             	sub    $0xc,%esp
  800299:	50                   	push   %eax
  80029a:	6a 09                	push   $0x9
  80029c:	68 d8 10 80 00       	push   $0x8010d8
  8002a1:	6a 1f                	push   $0x1f
  8002a3:	68 f5 10 80 00       	push   $0x8010f5
  8002a8:	e8 64 00 00 00       	call   800311 <_panic>

008002ad <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8002ad:	55                   	push   %ebp
  8002ae:	89 e5                	mov    %esp,%ebp
  8002b0:	57                   	push   %edi
  8002b1:	56                   	push   %esi
  8002b2:	53                   	push   %ebx
	asm volatile("int %1\n"
  8002b3:	8b 55 08             	mov    0x8(%ebp),%edx
  8002b6:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8002b9:	b8 0b 00 00 00       	mov    $0xb,%eax
  8002be:	be 00 00 00 00       	mov    $0x0,%esi
  8002c3:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8002c6:	8b 7d 14             	mov    0x14(%ebp),%edi
  8002c9:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8002cb:	5b                   	pop    %ebx
  8002cc:	5e                   	pop    %esi
  8002cd:	5f                   	pop    %edi
  8002ce:	5d                   	pop    %ebp
  8002cf:	c3                   	ret

008002d0 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8002d0:	55                   	push   %ebp
  8002d1:	89 e5                	mov    %esp,%ebp
  8002d3:	57                   	push   %edi
  8002d4:	56                   	push   %esi
  8002d5:	53                   	push   %ebx
  8002d6:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8002d9:	b9 00 00 00 00       	mov    $0x0,%ecx
  8002de:	8b 55 08             	mov    0x8(%ebp),%edx
  8002e1:	b8 0c 00 00 00       	mov    $0xc,%eax
  8002e6:	89 cb                	mov    %ecx,%ebx
  8002e8:	89 cf                	mov    %ecx,%edi
  8002ea:	89 ce                	mov    %ecx,%esi
  8002ec:	cd 30                	int    $0x30
	if (check && ret > 0)
  8002ee:	85 c0                	test   %eax,%eax
  8002f0:	7f 08                	jg     8002fa <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  8002f2:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8002f5:	5b                   	pop    %ebx
  8002f6:	5e                   	pop    %esi
  8002f7:	5f                   	pop    %edi
  8002f8:	5d                   	pop    %ebp
  8002f9:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8002fa:	83 ec 0c             	sub    $0xc,%esp
  8002fd:	50                   	push   %eax
  8002fe:	6a 0c                	push   $0xc
  800300:	68 d8 10 80 00       	push   $0x8010d8
  800305:	6a 1f                	push   $0x1f
  800307:	68 f5 10 80 00       	push   $0x8010f5
  80030c:	e8 00 00 00 00       	call   800311 <_panic>

00800311 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  800311:	55                   	push   %ebp
  800312:	89 e5                	mov    %esp,%ebp
  800314:	56                   	push   %esi
  800315:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800316:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800319:	8b 35 04 20 80 00    	mov    0x802004,%esi
  80031f:	e8 00 fe ff ff       	call   800124 <sys_getenvid>
  800324:	83 ec 0c             	sub    $0xc,%esp
  800327:	ff 75 0c             	push   0xc(%ebp)
  80032a:	ff 75 08             	push   0x8(%ebp)
  80032d:	56                   	push   %esi
  80032e:	50                   	push   %eax
  80032f:	68 04 11 80 00       	push   $0x801104
  800334:	e8 4d 07 00 00       	call   800a86 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800339:	83 c4 18             	add    $0x18,%esp
  80033c:	53                   	push   %ebx
  80033d:	ff 75 10             	push   0x10(%ebp)
  800340:	e8 56 00 00 00       	call   80039b <vcprintf>
	cprintf("\n");
  800345:	c7 04 24 cc 10 80 00 	movl   $0x8010cc,(%esp)
  80034c:	e8 35 07 00 00       	call   800a86 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  800351:	cc                   	int3
  800352:	83 c4 10             	add    $0x10,%esp
	for (;;)
  800355:	eb fe                	jmp    800355 <_panic+0x44>

00800357 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  800357:	55                   	push   %ebp
  800358:	89 e5                	mov    %esp,%ebp
  80035a:	53                   	push   %ebx
  80035b:	83 ec 04             	sub    $0x4,%esp
  80035e:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  800361:	8b 13                	mov    (%ebx),%edx
  800363:	8d 42 01             	lea    0x1(%edx),%eax
  800366:	89 03                	mov    %eax,(%ebx)
  800368:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80036b:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  80036f:	3d 00 01 00 00       	cmp    $0x100,%eax
  800374:	74 09                	je     80037f <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  800376:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  80037a:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80037d:	c9                   	leave
  80037e:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80037f:	83 ec 08             	sub    $0x8,%esp
  800382:	68 00 01 00 00       	push   $0x100
  800387:	8d 43 08             	lea    0x8(%ebx),%eax
  80038a:	50                   	push   %eax
  80038b:	e8 16 fd ff ff       	call   8000a6 <sys_cputs>
		b->idx = 0;
  800390:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  800396:	83 c4 10             	add    $0x10,%esp
  800399:	eb db                	jmp    800376 <putch+0x1f>

0080039b <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  80039b:	55                   	push   %ebp
  80039c:	89 e5                	mov    %esp,%ebp
  80039e:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8003a4:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8003ab:	00 00 00 
	b.cnt = 0;
  8003ae:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8003b5:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8003b8:	ff 75 0c             	push   0xc(%ebp)
  8003bb:	ff 75 08             	push   0x8(%ebp)
  8003be:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8003c4:	50                   	push   %eax
  8003c5:	68 57 03 80 00       	push   $0x800357
  8003ca:	e8 64 00 00 00       	call   800433 <vprintfmt>
	if (b->idx > 0) {
  8003cf:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8003d5:	83 c4 10             	add    $0x10,%esp
  8003d8:	85 c0                	test   %eax,%eax
  8003da:	7f 08                	jg     8003e4 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8003dc:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8003e2:	c9                   	leave
  8003e3:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8003e4:	83 ec 08             	sub    $0x8,%esp
  8003e7:	50                   	push   %eax
  8003e8:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  8003ee:	50                   	push   %eax
  8003ef:	e8 b2 fc ff ff       	call   8000a6 <sys_cputs>
  8003f4:	83 c4 10             	add    $0x10,%esp
  8003f7:	eb e3                	jmp    8003dc <vcprintf+0x41>

008003f9 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8003f9:	55                   	push   %ebp
  8003fa:	89 e5                	mov    %esp,%ebp
  8003fc:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8003ff:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  800403:	8b 10                	mov    (%eax),%edx
  800405:	3b 50 04             	cmp    0x4(%eax),%edx
  800408:	73 0a                	jae    800414 <sprintputch+0x1b>
		*b->buf++ = ch;
  80040a:	8d 4a 01             	lea    0x1(%edx),%ecx
  80040d:	89 08                	mov    %ecx,(%eax)
  80040f:	8b 45 08             	mov    0x8(%ebp),%eax
  800412:	88 02                	mov    %al,(%edx)
}
  800414:	5d                   	pop    %ebp
  800415:	c3                   	ret

00800416 <printfmt>:
{
  800416:	55                   	push   %ebp
  800417:	89 e5                	mov    %esp,%ebp
  800419:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  80041c:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  80041f:	50                   	push   %eax
  800420:	ff 75 10             	push   0x10(%ebp)
  800423:	ff 75 0c             	push   0xc(%ebp)
  800426:	ff 75 08             	push   0x8(%ebp)
  800429:	e8 05 00 00 00       	call   800433 <vprintfmt>
}
  80042e:	83 c4 10             	add    $0x10,%esp
  800431:	c9                   	leave
  800432:	c3                   	ret

00800433 <vprintfmt>:
{
  800433:	55                   	push   %ebp
  800434:	89 e5                	mov    %esp,%ebp
  800436:	57                   	push   %edi
  800437:	56                   	push   %esi
  800438:	53                   	push   %ebx
  800439:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80043c:	8b 45 10             	mov    0x10(%ebp),%eax
  80043f:	8d 58 01             	lea    0x1(%eax),%ebx
  800442:	0f b6 00             	movzbl (%eax),%eax
  800445:	83 f8 25             	cmp    $0x25,%eax
  800448:	74 24                	je     80046e <vprintfmt+0x3b>
  80044a:	8b 75 08             	mov    0x8(%ebp),%esi
  80044d:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800450:	85 c0                	test   %eax,%eax
  800452:	0f 84 d8 05 00 00    	je     800a30 <vprintfmt+0x5fd>
			putch(ch, putdat);
  800458:	83 ec 08             	sub    $0x8,%esp
  80045b:	57                   	push   %edi
  80045c:	50                   	push   %eax
  80045d:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80045f:	83 c3 01             	add    $0x1,%ebx
  800462:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800466:	83 c4 10             	add    $0x10,%esp
  800469:	83 f8 25             	cmp    $0x25,%eax
  80046c:	75 e2                	jne    800450 <vprintfmt+0x1d>
		padc = ' ';
  80046e:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  800472:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800477:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  80047e:	b9 00 00 00 00       	mov    $0x0,%ecx
  800483:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800485:	8d 53 01             	lea    0x1(%ebx),%edx
  800488:	0f b6 0b             	movzbl (%ebx),%ecx
  80048b:	8d 41 dd             	lea    -0x23(%ecx),%eax
  80048e:	3c 55                	cmp    $0x55,%al
  800490:	0f 87 21 05 00 00    	ja     8009b7 <vprintfmt+0x584>
  800496:	0f b6 c0             	movzbl %al,%eax
  800499:	ff 24 85 e0 11 80 00 	jmp    *0x8011e0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8004a0:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8004a3:	eb 97                	jmp    80043c <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8004a5:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8004a7:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8004ab:	eb d8                	jmp    800485 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8004ad:	89 d3                	mov    %edx,%ebx
  8004af:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8004b3:	eb d0                	jmp    800485 <vprintfmt+0x52>
  8004b5:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8004b8:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8004bb:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8004bf:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004c2:	83 f9 09             	cmp    $0x9,%ecx
  8004c5:	77 54                	ja     80051b <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8004c7:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8004ca:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8004cd:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8004d1:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8004d4:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004d7:	83 f9 09             	cmp    $0x9,%ecx
  8004da:	76 eb                	jbe    8004c7 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8004dc:	89 d3                	mov    %edx,%ebx
  8004de:	eb 0d                	jmp    8004ed <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8004e0:	8b 45 14             	mov    0x14(%ebp),%eax
  8004e3:	8b 38                	mov    (%eax),%edi
  8004e5:	8d 40 04             	lea    0x4(%eax),%eax
  8004e8:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8004eb:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8004ed:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8004f1:	79 92                	jns    800485 <vprintfmt+0x52>
				width = precision, precision = -1;
  8004f3:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8004f6:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8004fb:	eb 88                	jmp    800485 <vprintfmt+0x52>
			if (width < 0)
  8004fd:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  800500:	85 c9                	test   %ecx,%ecx
  800502:	b8 00 00 00 00       	mov    $0x0,%eax
  800507:	0f 49 c1             	cmovns %ecx,%eax
  80050a:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  80050d:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80050f:	e9 71 ff ff ff       	jmp    800485 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800514:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800516:	e9 6a ff ff ff       	jmp    800485 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80051b:	89 d3                	mov    %edx,%ebx
  80051d:	eb ce                	jmp    8004ed <vprintfmt+0xba>
			lflag++;
  80051f:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800522:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800524:	e9 5c ff ff ff       	jmp    800485 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800529:	89 55 10             	mov    %edx,0x10(%ebp)
  80052c:	8b 45 14             	mov    0x14(%ebp),%eax
  80052f:	8d 58 04             	lea    0x4(%eax),%ebx
  800532:	83 ec 08             	sub    $0x8,%esp
  800535:	ff 75 0c             	push   0xc(%ebp)
  800538:	ff 30                	push   (%eax)
  80053a:	ff 55 08             	call   *0x8(%ebp)
			break;
  80053d:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800540:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800543:	e9 f4 fe ff ff       	jmp    80043c <vprintfmt+0x9>
			err = va_arg(ap, int);
  800548:	89 55 10             	mov    %edx,0x10(%ebp)
  80054b:	8b 45 14             	mov    0x14(%ebp),%eax
  80054e:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800551:	8b 10                	mov    (%eax),%edx
  800553:	89 d0                	mov    %edx,%eax
  800555:	f7 d8                	neg    %eax
  800557:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  80055a:	83 f8 08             	cmp    $0x8,%eax
  80055d:	7f 27                	jg     800586 <vprintfmt+0x153>
  80055f:	8b 14 85 40 13 80 00 	mov    0x801340(,%eax,4),%edx
  800566:	85 d2                	test   %edx,%edx
  800568:	74 1c                	je     800586 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  80056a:	52                   	push   %edx
  80056b:	68 37 11 80 00       	push   $0x801137
  800570:	ff 75 0c             	push   0xc(%ebp)
  800573:	ff 75 08             	push   0x8(%ebp)
  800576:	e8 9b fe ff ff       	call   800416 <printfmt>
  80057b:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80057e:	89 5d 14             	mov    %ebx,0x14(%ebp)
  800581:	e9 b6 fe ff ff       	jmp    80043c <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  800586:	50                   	push   %eax
  800587:	68 2e 11 80 00       	push   $0x80112e
  80058c:	ff 75 0c             	push   0xc(%ebp)
  80058f:	ff 75 08             	push   0x8(%ebp)
  800592:	e8 7f fe ff ff       	call   800416 <printfmt>
  800597:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80059a:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  80059d:	e9 9a fe ff ff       	jmp    80043c <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8005a2:	89 55 10             	mov    %edx,0x10(%ebp)
  8005a5:	8b 45 14             	mov    0x14(%ebp),%eax
  8005a8:	83 c0 04             	add    $0x4,%eax
  8005ab:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8005ae:	8b 45 14             	mov    0x14(%ebp),%eax
  8005b1:	8b 30                	mov    (%eax),%esi
  8005b3:	85 f6                	test   %esi,%esi
  8005b5:	0f 84 53 04 00 00    	je     800a0e <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8005bb:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8005bf:	7e 06                	jle    8005c7 <vprintfmt+0x194>
  8005c1:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8005c5:	75 1b                	jne    8005e2 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8005c7:	8d 5e 01             	lea    0x1(%esi),%ebx
  8005ca:	0f be 06             	movsbl (%esi),%eax
  8005cd:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005d0:	85 c0                	test   %eax,%eax
  8005d2:	0f 85 80 00 00 00    	jne    800658 <vprintfmt+0x225>
  8005d8:	e9 8c 00 00 00       	jmp    800669 <vprintfmt+0x236>
				p = "(null)";
  8005dd:	be 27 11 80 00       	mov    $0x801127,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8005e2:	83 ec 08             	sub    $0x8,%esp
  8005e5:	57                   	push   %edi
  8005e6:	56                   	push   %esi
  8005e7:	e8 ea 04 00 00       	call   800ad6 <strnlen>
  8005ec:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8005ef:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8005f2:	83 c4 10             	add    $0x10,%esp
  8005f5:	85 d2                	test   %edx,%edx
  8005f7:	0f 8e f5 03 00 00    	jle    8009f2 <vprintfmt+0x5bf>
					putch(padc, putdat);
  8005fd:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  800601:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800604:	89 d6                	mov    %edx,%esi
  800606:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800609:	8b 7d 0c             	mov    0xc(%ebp),%edi
  80060c:	83 ec 08             	sub    $0x8,%esp
  80060f:	57                   	push   %edi
  800610:	53                   	push   %ebx
  800611:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800614:	83 c4 10             	add    $0x10,%esp
  800617:	83 ee 01             	sub    $0x1,%esi
  80061a:	75 f0                	jne    80060c <vprintfmt+0x1d9>
  80061c:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80061f:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800622:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800625:	8d 5e 01             	lea    0x1(%esi),%ebx
  800628:	0f be 06             	movsbl (%esi),%eax
  80062b:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80062e:	85 c0                	test   %eax,%eax
  800630:	75 26                	jne    800658 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800632:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800635:	89 45 14             	mov    %eax,0x14(%ebp)
  800638:	e9 ff fd ff ff       	jmp    80043c <vprintfmt+0x9>
				putch(ch, putdat);
  80063d:	83 ec 08             	sub    $0x8,%esp
  800640:	ff 75 0c             	push   0xc(%ebp)
  800643:	50                   	push   %eax
  800644:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800647:	83 ee 01             	sub    $0x1,%esi
  80064a:	83 c3 01             	add    $0x1,%ebx
  80064d:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800651:	83 c4 10             	add    $0x10,%esp
  800654:	85 c0                	test   %eax,%eax
  800656:	74 0e                	je     800666 <vprintfmt+0x233>
  800658:	85 ff                	test   %edi,%edi
  80065a:	78 e1                	js     80063d <vprintfmt+0x20a>
  80065c:	83 ef 01             	sub    $0x1,%edi
  80065f:	79 dc                	jns    80063d <vprintfmt+0x20a>
  800661:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800664:	eb 03                	jmp    800669 <vprintfmt+0x236>
  800666:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800669:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80066d:	7e 24                	jle    800693 <vprintfmt+0x260>
  80066f:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  800672:	8b 75 08             	mov    0x8(%ebp),%esi
  800675:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800678:	83 ec 08             	sub    $0x8,%esp
  80067b:	57                   	push   %edi
  80067c:	6a 20                	push   $0x20
  80067e:	ff d6                	call   *%esi
			for (; width > 0; width--)
  800680:	83 c4 10             	add    $0x10,%esp
  800683:	83 eb 01             	sub    $0x1,%ebx
  800686:	75 f0                	jne    800678 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800688:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80068b:	89 45 14             	mov    %eax,0x14(%ebp)
  80068e:	e9 a9 fd ff ff       	jmp    80043c <vprintfmt+0x9>
  800693:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800696:	89 45 14             	mov    %eax,0x14(%ebp)
  800699:	e9 9e fd ff ff       	jmp    80043c <vprintfmt+0x9>
	if (lflag >= 2)
  80069e:	89 55 10             	mov    %edx,0x10(%ebp)
  8006a1:	83 fe 01             	cmp    $0x1,%esi
  8006a4:	7f 1b                	jg     8006c1 <vprintfmt+0x28e>
	else if (lflag)
  8006a6:	85 f6                	test   %esi,%esi
  8006a8:	74 39                	je     8006e3 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8006aa:	8b 45 14             	mov    0x14(%ebp),%eax
  8006ad:	8b 00                	mov    (%eax),%eax
  8006af:	89 c6                	mov    %eax,%esi
  8006b1:	89 c7                	mov    %eax,%edi
  8006b3:	c1 ff 1f             	sar    $0x1f,%edi
  8006b6:	8b 45 14             	mov    0x14(%ebp),%eax
  8006b9:	8d 40 04             	lea    0x4(%eax),%eax
  8006bc:	89 45 14             	mov    %eax,0x14(%ebp)
  8006bf:	eb 0e                	jmp    8006cf <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8006c1:	8b 45 14             	mov    0x14(%ebp),%eax
  8006c4:	8b 30                	mov    (%eax),%esi
  8006c6:	8b 78 04             	mov    0x4(%eax),%edi
  8006c9:	8d 40 08             	lea    0x8(%eax),%eax
  8006cc:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8006cf:	85 ff                	test   %edi,%edi
  8006d1:	78 27                	js     8006fa <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8006d3:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006d6:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8006d9:	b8 0a 00 00 00       	mov    $0xa,%eax
  8006de:	e9 53 01 00 00       	jmp    800836 <vprintfmt+0x403>
		return va_arg(*ap, int);
  8006e3:	8b 45 14             	mov    0x14(%ebp),%eax
  8006e6:	8b 00                	mov    (%eax),%eax
  8006e8:	89 c6                	mov    %eax,%esi
  8006ea:	89 c7                	mov    %eax,%edi
  8006ec:	c1 ff 1f             	sar    $0x1f,%edi
  8006ef:	8b 45 14             	mov    0x14(%ebp),%eax
  8006f2:	8d 40 04             	lea    0x4(%eax),%eax
  8006f5:	89 45 14             	mov    %eax,0x14(%ebp)
  8006f8:	eb d5                	jmp    8006cf <vprintfmt+0x29c>
				putch('-', putdat);
  8006fa:	83 ec 08             	sub    $0x8,%esp
  8006fd:	ff 75 0c             	push   0xc(%ebp)
  800700:	6a 2d                	push   $0x2d
  800702:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800705:	f7 de                	neg    %esi
  800707:	83 d7 00             	adc    $0x0,%edi
  80070a:	f7 df                	neg    %edi
  80070c:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80070f:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800712:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800715:	b8 0a 00 00 00       	mov    $0xa,%eax
  80071a:	e9 17 01 00 00       	jmp    800836 <vprintfmt+0x403>
	if (lflag >= 2)
  80071f:	89 55 10             	mov    %edx,0x10(%ebp)
  800722:	83 fe 01             	cmp    $0x1,%esi
  800725:	7f 27                	jg     80074e <vprintfmt+0x31b>
	else if (lflag)
  800727:	85 f6                	test   %esi,%esi
  800729:	74 44                	je     80076f <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  80072b:	8b 45 14             	mov    0x14(%ebp),%eax
  80072e:	8b 00                	mov    (%eax),%eax
  800730:	ba 00 00 00 00       	mov    $0x0,%edx
  800735:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800738:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80073b:	8b 45 14             	mov    0x14(%ebp),%eax
  80073e:	8d 40 04             	lea    0x4(%eax),%eax
  800741:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800744:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800749:	e9 e8 00 00 00       	jmp    800836 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80074e:	8b 45 14             	mov    0x14(%ebp),%eax
  800751:	8b 50 04             	mov    0x4(%eax),%edx
  800754:	8b 00                	mov    (%eax),%eax
  800756:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800759:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80075c:	8b 45 14             	mov    0x14(%ebp),%eax
  80075f:	8d 40 08             	lea    0x8(%eax),%eax
  800762:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800765:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  80076a:	e9 c7 00 00 00       	jmp    800836 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80076f:	8b 45 14             	mov    0x14(%ebp),%eax
  800772:	8b 00                	mov    (%eax),%eax
  800774:	ba 00 00 00 00       	mov    $0x0,%edx
  800779:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80077c:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80077f:	8b 45 14             	mov    0x14(%ebp),%eax
  800782:	8d 40 04             	lea    0x4(%eax),%eax
  800785:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800788:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  80078d:	e9 a4 00 00 00       	jmp    800836 <vprintfmt+0x403>
	if (lflag >= 2)
  800792:	89 55 10             	mov    %edx,0x10(%ebp)
  800795:	83 fe 01             	cmp    $0x1,%esi
  800798:	7f 24                	jg     8007be <vprintfmt+0x38b>
	else if (lflag)
  80079a:	85 f6                	test   %esi,%esi
  80079c:	74 3e                	je     8007dc <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  80079e:	8b 45 14             	mov    0x14(%ebp),%eax
  8007a1:	8b 00                	mov    (%eax),%eax
  8007a3:	ba 00 00 00 00       	mov    $0x0,%edx
  8007a8:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007ab:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007ae:	8b 45 14             	mov    0x14(%ebp),%eax
  8007b1:	8d 40 04             	lea    0x4(%eax),%eax
  8007b4:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007b7:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8007bc:	eb 78                	jmp    800836 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8007be:	8b 45 14             	mov    0x14(%ebp),%eax
  8007c1:	8b 50 04             	mov    0x4(%eax),%edx
  8007c4:	8b 00                	mov    (%eax),%eax
  8007c6:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007c9:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007cc:	8b 45 14             	mov    0x14(%ebp),%eax
  8007cf:	8d 40 08             	lea    0x8(%eax),%eax
  8007d2:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007d5:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8007da:	eb 5a                	jmp    800836 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8007dc:	8b 45 14             	mov    0x14(%ebp),%eax
  8007df:	8b 00                	mov    (%eax),%eax
  8007e1:	ba 00 00 00 00       	mov    $0x0,%edx
  8007e6:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007e9:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007ec:	8b 45 14             	mov    0x14(%ebp),%eax
  8007ef:	8d 40 04             	lea    0x4(%eax),%eax
  8007f2:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007f5:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8007fa:	eb 3a                	jmp    800836 <vprintfmt+0x403>
			putch('0', putdat);
  8007fc:	89 55 10             	mov    %edx,0x10(%ebp)
  8007ff:	83 ec 08             	sub    $0x8,%esp
  800802:	ff 75 0c             	push   0xc(%ebp)
  800805:	6a 30                	push   $0x30
  800807:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  80080a:	83 c4 08             	add    $0x8,%esp
  80080d:	ff 75 0c             	push   0xc(%ebp)
  800810:	6a 78                	push   $0x78
  800812:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800815:	8b 45 14             	mov    0x14(%ebp),%eax
  800818:	8b 00                	mov    (%eax),%eax
  80081a:	ba 00 00 00 00       	mov    $0x0,%edx
  80081f:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800822:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800825:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800828:	8b 45 14             	mov    0x14(%ebp),%eax
  80082b:	8d 40 04             	lea    0x4(%eax),%eax
  80082e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800831:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800836:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  80083a:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  80083d:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800842:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800845:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  80084c:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80084f:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800852:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800855:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800858:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  80085c:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80085f:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800862:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800865:	ff 75 bc             	push   -0x44(%ebp)
  800868:	ff 75 b8             	push   -0x48(%ebp)
  80086b:	57                   	push   %edi
  80086c:	56                   	push   %esi
  80086d:	e8 2f 07 00 00       	call   800fa1 <__umoddi3>
  800872:	83 c4 10             	add    $0x10,%esp
  800875:	0f b6 80 3a 11 80 00 	movzbl 0x80113a(%eax),%eax
  80087c:	88 03                	mov    %al,(%ebx)
		num /= base;
  80087e:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800881:	89 fb                	mov    %edi,%ebx
  800883:	ff 75 bc             	push   -0x44(%ebp)
  800886:	ff 75 b8             	push   -0x48(%ebp)
  800889:	57                   	push   %edi
  80088a:	56                   	push   %esi
  80088b:	e8 f6 06 00 00       	call   800f86 <__udivdi3>
  800890:	83 c4 10             	add    $0x10,%esp
  800893:	89 c6                	mov    %eax,%esi
  800895:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  800897:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  80089a:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  80089d:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8008a0:	73 b6                	jae    800858 <vprintfmt+0x425>
	pad = width - n;
  8008a2:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8008a5:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8008a8:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8008ab:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8008ad:	83 ff 2d             	cmp    $0x2d,%edi
  8008b0:	0f 84 de 00 00 00    	je     800994 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8008b6:	85 f6                	test   %esi,%esi
  8008b8:	0f 8e 27 01 00 00    	jle    8009e5 <vprintfmt+0x5b2>
  8008be:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8008c1:	83 ec 08             	sub    $0x8,%esp
  8008c4:	53                   	push   %ebx
  8008c5:	57                   	push   %edi
  8008c6:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8008c9:	83 c4 10             	add    $0x10,%esp
  8008cc:	83 ee 01             	sub    $0x1,%esi
  8008cf:	75 f0                	jne    8008c1 <vprintfmt+0x48e>
  8008d1:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8008d4:	85 db                	test   %ebx,%ebx
  8008d6:	0f 8e 60 fb ff ff    	jle    80043c <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8008dc:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8008df:	8b 75 08             	mov    0x8(%ebp),%esi
  8008e2:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8008e5:	83 eb 01             	sub    $0x1,%ebx
  8008e8:	83 ec 08             	sub    $0x8,%esp
  8008eb:	57                   	push   %edi
  8008ec:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8008f1:	50                   	push   %eax
  8008f2:	ff d6                	call   *%esi
	while (n > 0)
  8008f4:	83 c4 10             	add    $0x10,%esp
  8008f7:	85 db                	test   %ebx,%ebx
  8008f9:	7f ea                	jg     8008e5 <vprintfmt+0x4b2>
  8008fb:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8008fe:	85 f6                	test   %esi,%esi
  800900:	0f 8e 36 fb ff ff    	jle    80043c <vprintfmt+0x9>
  800906:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800909:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  80090c:	83 ec 08             	sub    $0x8,%esp
  80090f:	57                   	push   %edi
  800910:	6a 20                	push   $0x20
  800912:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800914:	83 c4 10             	add    $0x10,%esp
  800917:	83 ee 01             	sub    $0x1,%esi
  80091a:	75 f0                	jne    80090c <vprintfmt+0x4d9>
  80091c:	e9 1b fb ff ff       	jmp    80043c <vprintfmt+0x9>
	if (lflag >= 2)
  800921:	89 55 10             	mov    %edx,0x10(%ebp)
  800924:	83 fe 01             	cmp    $0x1,%esi
  800927:	7f 27                	jg     800950 <vprintfmt+0x51d>
	else if (lflag)
  800929:	85 f6                	test   %esi,%esi
  80092b:	74 44                	je     800971 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  80092d:	8b 45 14             	mov    0x14(%ebp),%eax
  800930:	8b 00                	mov    (%eax),%eax
  800932:	ba 00 00 00 00       	mov    $0x0,%edx
  800937:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80093a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80093d:	8b 45 14             	mov    0x14(%ebp),%eax
  800940:	8d 40 04             	lea    0x4(%eax),%eax
  800943:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800946:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  80094b:	e9 e6 fe ff ff       	jmp    800836 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800950:	8b 45 14             	mov    0x14(%ebp),%eax
  800953:	8b 50 04             	mov    0x4(%eax),%edx
  800956:	8b 00                	mov    (%eax),%eax
  800958:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80095b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80095e:	8b 45 14             	mov    0x14(%ebp),%eax
  800961:	8d 40 08             	lea    0x8(%eax),%eax
  800964:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800967:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  80096c:	e9 c5 fe ff ff       	jmp    800836 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800971:	8b 45 14             	mov    0x14(%ebp),%eax
  800974:	8b 00                	mov    (%eax),%eax
  800976:	ba 00 00 00 00       	mov    $0x0,%edx
  80097b:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80097e:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800981:	8b 45 14             	mov    0x14(%ebp),%eax
  800984:	8d 40 04             	lea    0x4(%eax),%eax
  800987:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80098a:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  80098f:	e9 a2 fe ff ff       	jmp    800836 <vprintfmt+0x403>
	while (n > 0)
  800994:	85 db                	test   %ebx,%ebx
  800996:	0f 8f 40 ff ff ff    	jg     8008dc <vprintfmt+0x4a9>
  80099c:	e9 5d ff ff ff       	jmp    8008fe <vprintfmt+0x4cb>
			putch(ch, putdat);
  8009a1:	89 55 10             	mov    %edx,0x10(%ebp)
  8009a4:	83 ec 08             	sub    $0x8,%esp
  8009a7:	ff 75 0c             	push   0xc(%ebp)
  8009aa:	6a 25                	push   $0x25
  8009ac:	ff 55 08             	call   *0x8(%ebp)
			break;
  8009af:	83 c4 10             	add    $0x10,%esp
  8009b2:	e9 85 fa ff ff       	jmp    80043c <vprintfmt+0x9>
			putch('%', putdat);
  8009b7:	83 ec 08             	sub    $0x8,%esp
  8009ba:	ff 75 0c             	push   0xc(%ebp)
  8009bd:	6a 25                	push   $0x25
  8009bf:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8009c2:	83 c4 10             	add    $0x10,%esp
  8009c5:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8009c9:	0f 84 d1 fa ff ff    	je     8004a0 <vprintfmt+0x6d>
  8009cf:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8009d2:	89 d8                	mov    %ebx,%eax
  8009d4:	83 e8 01             	sub    $0x1,%eax
  8009d7:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8009db:	75 f7                	jne    8009d4 <vprintfmt+0x5a1>
  8009dd:	89 45 10             	mov    %eax,0x10(%ebp)
  8009e0:	e9 57 fa ff ff       	jmp    80043c <vprintfmt+0x9>
	while (n > 0)
  8009e5:	85 db                	test   %ebx,%ebx
  8009e7:	0f 8f ef fe ff ff    	jg     8008dc <vprintfmt+0x4a9>
  8009ed:	e9 4a fa ff ff       	jmp    80043c <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8009f2:	8d 5e 01             	lea    0x1(%esi),%ebx
  8009f5:	0f be 06             	movsbl (%esi),%eax
  8009f8:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8009fb:	85 c0                	test   %eax,%eax
  8009fd:	0f 85 55 fc ff ff    	jne    800658 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800a03:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800a06:	89 45 14             	mov    %eax,0x14(%ebp)
  800a09:	e9 2e fa ff ff       	jmp    80043c <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800a0e:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800a12:	74 0a                	je     800a1e <vprintfmt+0x5eb>
  800a14:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800a18:	0f 8f bf fb ff ff    	jg     8005dd <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800a1e:	b8 28 00 00 00       	mov    $0x28,%eax
  800a23:	bb 28 11 80 00       	mov    $0x801128,%ebx
  800a28:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800a2b:	e9 28 fc ff ff       	jmp    800658 <vprintfmt+0x225>
}
  800a30:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800a33:	5b                   	pop    %ebx
  800a34:	5e                   	pop    %esi
  800a35:	5f                   	pop    %edi
  800a36:	5d                   	pop    %ebp
  800a37:	c3                   	ret

00800a38 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800a38:	55                   	push   %ebp
  800a39:	89 e5                	mov    %esp,%ebp
  800a3b:	83 ec 18             	sub    $0x18,%esp
  800a3e:	8b 45 08             	mov    0x8(%ebp),%eax
  800a41:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800a44:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800a47:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800a4b:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800a4e:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800a55:	85 c0                	test   %eax,%eax
  800a57:	74 26                	je     800a7f <vsnprintf+0x47>
  800a59:	85 d2                	test   %edx,%edx
  800a5b:	7e 22                	jle    800a7f <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800a5d:	ff 75 14             	push   0x14(%ebp)
  800a60:	ff 75 10             	push   0x10(%ebp)
  800a63:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800a66:	50                   	push   %eax
  800a67:	68 f9 03 80 00       	push   $0x8003f9
  800a6c:	e8 c2 f9 ff ff       	call   800433 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800a71:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800a74:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800a77:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800a7a:	83 c4 10             	add    $0x10,%esp
}
  800a7d:	c9                   	leave
  800a7e:	c3                   	ret
		return -E_INVAL;
  800a7f:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800a84:	eb f7                	jmp    800a7d <vsnprintf+0x45>

00800a86 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800a86:	55                   	push   %ebp
  800a87:	89 e5                	mov    %esp,%ebp
  800a89:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  800a8c:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  800a8f:	50                   	push   %eax
  800a90:	ff 75 08             	push   0x8(%ebp)
  800a93:	e8 03 f9 ff ff       	call   80039b <vcprintf>
	va_end(ap);

	return cnt;
}
  800a98:	c9                   	leave
  800a99:	c3                   	ret

00800a9a <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800a9a:	55                   	push   %ebp
  800a9b:	89 e5                	mov    %esp,%ebp
  800a9d:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  800aa0:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800aa3:	50                   	push   %eax
  800aa4:	ff 75 10             	push   0x10(%ebp)
  800aa7:	ff 75 0c             	push   0xc(%ebp)
  800aaa:	ff 75 08             	push   0x8(%ebp)
  800aad:	e8 86 ff ff ff       	call   800a38 <vsnprintf>
	va_end(ap);

	return rc;
}
  800ab2:	c9                   	leave
  800ab3:	c3                   	ret

00800ab4 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800ab4:	55                   	push   %ebp
  800ab5:	89 e5                	mov    %esp,%ebp
  800ab7:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800aba:	80 3a 00             	cmpb   $0x0,(%edx)
  800abd:	74 10                	je     800acf <strlen+0x1b>
  800abf:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800ac4:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800ac7:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800acb:	75 f7                	jne    800ac4 <strlen+0x10>
	return n;
}
  800acd:	5d                   	pop    %ebp
  800ace:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  800acf:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800ad4:	eb f7                	jmp    800acd <strlen+0x19>

00800ad6 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800ad6:	55                   	push   %ebp
  800ad7:	89 e5                	mov    %esp,%ebp
  800ad9:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800adc:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800adf:	85 d2                	test   %edx,%edx
  800ae1:	74 16                	je     800af9 <strnlen+0x23>
  800ae3:	b8 00 00 00 00       	mov    $0x0,%eax
  800ae8:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800aec:	74 09                	je     800af7 <strnlen+0x21>
		n++;
  800aee:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800af1:	39 d0                	cmp    %edx,%eax
  800af3:	75 f3                	jne    800ae8 <strnlen+0x12>
		n++;
  800af5:	89 d0                	mov    %edx,%eax
	return n;
}
  800af7:	5d                   	pop    %ebp
  800af8:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800af9:	b8 00 00 00 00       	mov    $0x0,%eax
  800afe:	eb f7                	jmp    800af7 <strnlen+0x21>

00800b00 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800b00:	55                   	push   %ebp
  800b01:	89 e5                	mov    %esp,%ebp
  800b03:	53                   	push   %ebx
  800b04:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800b07:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800b0a:	b8 00 00 00 00       	mov    $0x0,%eax
  800b0f:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800b13:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800b16:	83 c0 01             	add    $0x1,%eax
  800b19:	84 d2                	test   %dl,%dl
  800b1b:	75 f2                	jne    800b0f <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800b1d:	89 c8                	mov    %ecx,%eax
  800b1f:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b22:	c9                   	leave
  800b23:	c3                   	ret

00800b24 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800b24:	55                   	push   %ebp
  800b25:	89 e5                	mov    %esp,%ebp
  800b27:	53                   	push   %ebx
  800b28:	83 ec 10             	sub    $0x10,%esp
  800b2b:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800b2e:	53                   	push   %ebx
  800b2f:	e8 80 ff ff ff       	call   800ab4 <strlen>
  800b34:	83 c4 08             	add    $0x8,%esp
  800b37:	ff 75 0c             	push   0xc(%ebp)
  800b3a:	01 d8                	add    %ebx,%eax
  800b3c:	50                   	push   %eax
  800b3d:	e8 be ff ff ff       	call   800b00 <strcpy>
	return dst;
}
  800b42:	89 d8                	mov    %ebx,%eax
  800b44:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b47:	c9                   	leave
  800b48:	c3                   	ret

00800b49 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800b49:	55                   	push   %ebp
  800b4a:	89 e5                	mov    %esp,%ebp
  800b4c:	56                   	push   %esi
  800b4d:	53                   	push   %ebx
  800b4e:	8b 75 08             	mov    0x8(%ebp),%esi
  800b51:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b54:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800b57:	85 db                	test   %ebx,%ebx
  800b59:	74 17                	je     800b72 <strncpy+0x29>
  800b5b:	01 f3                	add    %esi,%ebx
  800b5d:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800b5f:	83 c0 01             	add    $0x1,%eax
  800b62:	0f b6 0a             	movzbl (%edx),%ecx
  800b65:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800b68:	80 f9 01             	cmp    $0x1,%cl
  800b6b:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800b6e:	39 c3                	cmp    %eax,%ebx
  800b70:	75 ed                	jne    800b5f <strncpy+0x16>
	}
	return ret;
}
  800b72:	89 f0                	mov    %esi,%eax
  800b74:	5b                   	pop    %ebx
  800b75:	5e                   	pop    %esi
  800b76:	5d                   	pop    %ebp
  800b77:	c3                   	ret

00800b78 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800b78:	55                   	push   %ebp
  800b79:	89 e5                	mov    %esp,%ebp
  800b7b:	56                   	push   %esi
  800b7c:	53                   	push   %ebx
  800b7d:	8b 75 08             	mov    0x8(%ebp),%esi
  800b80:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b83:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800b86:	89 f0                	mov    %esi,%eax
  800b88:	85 db                	test   %ebx,%ebx
  800b8a:	74 1e                	je     800baa <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800b8c:	83 eb 01             	sub    $0x1,%ebx
  800b8f:	74 16                	je     800ba7 <strlcpy+0x2f>
  800b91:	01 f3                	add    %esi,%ebx
  800b93:	0f b6 0a             	movzbl (%edx),%ecx
  800b96:	84 c9                	test   %cl,%cl
  800b98:	74 0d                	je     800ba7 <strlcpy+0x2f>
			*dst++ = *src++;
  800b9a:	83 c2 01             	add    $0x1,%edx
  800b9d:	83 c0 01             	add    $0x1,%eax
  800ba0:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800ba3:	39 d8                	cmp    %ebx,%eax
  800ba5:	75 ec                	jne    800b93 <strlcpy+0x1b>
		*dst = '\0';
  800ba7:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800baa:	29 f0                	sub    %esi,%eax
}
  800bac:	5b                   	pop    %ebx
  800bad:	5e                   	pop    %esi
  800bae:	5d                   	pop    %ebp
  800baf:	c3                   	ret

00800bb0 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  800bb0:	55                   	push   %ebp
  800bb1:	89 e5                	mov    %esp,%ebp
  800bb3:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800bb6:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800bb9:	0f b6 01             	movzbl (%ecx),%eax
  800bbc:	84 c0                	test   %al,%al
  800bbe:	74 11                	je     800bd1 <strcmp+0x21>
  800bc0:	38 02                	cmp    %al,(%edx)
  800bc2:	75 0d                	jne    800bd1 <strcmp+0x21>
		p++, q++;
  800bc4:	83 c1 01             	add    $0x1,%ecx
  800bc7:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800bca:	0f b6 01             	movzbl (%ecx),%eax
  800bcd:	84 c0                	test   %al,%al
  800bcf:	75 ef                	jne    800bc0 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800bd1:	0f b6 c0             	movzbl %al,%eax
  800bd4:	0f b6 12             	movzbl (%edx),%edx
  800bd7:	29 d0                	sub    %edx,%eax
}
  800bd9:	5d                   	pop    %ebp
  800bda:	c3                   	ret

00800bdb <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800bdb:	55                   	push   %ebp
  800bdc:	89 e5                	mov    %esp,%ebp
  800bde:	53                   	push   %ebx
  800bdf:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800be2:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800be5:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800be8:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800bed:	85 d2                	test   %edx,%edx
  800bef:	74 2e                	je     800c1f <strncmp+0x44>
  800bf1:	0f b6 01             	movzbl (%ecx),%eax
  800bf4:	84 c0                	test   %al,%al
  800bf6:	74 16                	je     800c0e <strncmp+0x33>
  800bf8:	3a 03                	cmp    (%ebx),%al
  800bfa:	75 12                	jne    800c0e <strncmp+0x33>
		n--, p++, q++;
  800bfc:	83 c1 01             	add    $0x1,%ecx
  800bff:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800c02:	83 ea 01             	sub    $0x1,%edx
  800c05:	75 ea                	jne    800bf1 <strncmp+0x16>
		return 0;
  800c07:	b8 00 00 00 00       	mov    $0x0,%eax
  800c0c:	eb 11                	jmp    800c1f <strncmp+0x44>
  800c0e:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800c13:	85 d2                	test   %edx,%edx
  800c15:	74 08                	je     800c1f <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800c17:	0f b6 01             	movzbl (%ecx),%eax
  800c1a:	0f b6 13             	movzbl (%ebx),%edx
  800c1d:	29 d0                	sub    %edx,%eax
}
  800c1f:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c22:	c9                   	leave
  800c23:	c3                   	ret

00800c24 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800c24:	55                   	push   %ebp
  800c25:	89 e5                	mov    %esp,%ebp
  800c27:	8b 45 08             	mov    0x8(%ebp),%eax
  800c2a:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800c2e:	0f b6 10             	movzbl (%eax),%edx
  800c31:	84 d2                	test   %dl,%dl
  800c33:	74 15                	je     800c4a <strchr+0x26>
		if (*s == c)
  800c35:	38 d1                	cmp    %dl,%cl
  800c37:	74 0f                	je     800c48 <strchr+0x24>
	for (; *s; s++)
  800c39:	83 c0 01             	add    $0x1,%eax
  800c3c:	0f b6 10             	movzbl (%eax),%edx
  800c3f:	84 d2                	test   %dl,%dl
  800c41:	75 f2                	jne    800c35 <strchr+0x11>
			return (char *) s;
	return 0;
  800c43:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800c48:	5d                   	pop    %ebp
  800c49:	c3                   	ret
	return 0;
  800c4a:	b8 00 00 00 00       	mov    $0x0,%eax
  800c4f:	eb f7                	jmp    800c48 <strchr+0x24>

00800c51 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800c51:	55                   	push   %ebp
  800c52:	89 e5                	mov    %esp,%ebp
  800c54:	53                   	push   %ebx
  800c55:	8b 45 08             	mov    0x8(%ebp),%eax
  800c58:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800c5b:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800c5e:	38 d3                	cmp    %dl,%bl
  800c60:	74 14                	je     800c76 <strfind+0x25>
  800c62:	89 d1                	mov    %edx,%ecx
  800c64:	84 db                	test   %bl,%bl
  800c66:	74 0e                	je     800c76 <strfind+0x25>
	for (; *s; s++)
  800c68:	83 c0 01             	add    $0x1,%eax
  800c6b:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800c6e:	38 ca                	cmp    %cl,%dl
  800c70:	74 04                	je     800c76 <strfind+0x25>
  800c72:	84 d2                	test   %dl,%dl
  800c74:	75 f2                	jne    800c68 <strfind+0x17>
			break;
	return (char *) s;
}
  800c76:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c79:	c9                   	leave
  800c7a:	c3                   	ret

00800c7b <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800c7b:	55                   	push   %ebp
  800c7c:	89 e5                	mov    %esp,%ebp
  800c7e:	53                   	push   %ebx
  800c7f:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800c82:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800c85:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800c88:	85 d2                	test   %edx,%edx
  800c8a:	74 0e                	je     800c9a <memset+0x1f>
  800c8c:	01 da                	add    %ebx,%edx
	char *p = v;
  800c8e:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800c90:	83 c0 01             	add    $0x1,%eax
  800c93:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800c96:	39 c2                	cmp    %eax,%edx
  800c98:	75 f6                	jne    800c90 <memset+0x15>
	return v;
}
  800c9a:	89 d8                	mov    %ebx,%eax
  800c9c:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c9f:	c9                   	leave
  800ca0:	c3                   	ret

00800ca1 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800ca1:	55                   	push   %ebp
  800ca2:	89 e5                	mov    %esp,%ebp
  800ca4:	56                   	push   %esi
  800ca5:	53                   	push   %ebx
  800ca6:	8b 75 08             	mov    0x8(%ebp),%esi
  800ca9:	8b 45 0c             	mov    0xc(%ebp),%eax
  800cac:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800caf:	39 f0                	cmp    %esi,%eax
  800cb1:	72 20                	jb     800cd3 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800cb3:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800cb6:	89 f2                	mov    %esi,%edx
  800cb8:	85 c9                	test   %ecx,%ecx
  800cba:	74 11                	je     800ccd <memmove+0x2c>
			*d++ = *s++;
  800cbc:	83 c0 01             	add    $0x1,%eax
  800cbf:	83 c2 01             	add    $0x1,%edx
  800cc2:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800cc6:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800cc9:	39 d8                	cmp    %ebx,%eax
  800ccb:	75 ef                	jne    800cbc <memmove+0x1b>
	return dst;
}
  800ccd:	89 f0                	mov    %esi,%eax
  800ccf:	5b                   	pop    %ebx
  800cd0:	5e                   	pop    %esi
  800cd1:	5d                   	pop    %ebp
  800cd2:	c3                   	ret
	if (s < d && s + n > d) {
  800cd3:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800cd6:	39 d6                	cmp    %edx,%esi
  800cd8:	73 d9                	jae    800cb3 <memmove+0x12>
		while (n-- > 0)
  800cda:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800cdd:	85 c9                	test   %ecx,%ecx
  800cdf:	74 ec                	je     800ccd <memmove+0x2c>
			*--d = *--s;
  800ce1:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800ce5:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800ce8:	83 ea 01             	sub    $0x1,%edx
  800ceb:	83 fa ff             	cmp    $0xffffffff,%edx
  800cee:	75 f1                	jne    800ce1 <memmove+0x40>
  800cf0:	eb db                	jmp    800ccd <memmove+0x2c>

00800cf2 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800cf2:	55                   	push   %ebp
  800cf3:	89 e5                	mov    %esp,%ebp
  800cf5:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800cf8:	ff 75 10             	push   0x10(%ebp)
  800cfb:	ff 75 0c             	push   0xc(%ebp)
  800cfe:	ff 75 08             	push   0x8(%ebp)
  800d01:	e8 9b ff ff ff       	call   800ca1 <memmove>
}
  800d06:	c9                   	leave
  800d07:	c3                   	ret

00800d08 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800d08:	55                   	push   %ebp
  800d09:	89 e5                	mov    %esp,%ebp
  800d0b:	56                   	push   %esi
  800d0c:	53                   	push   %ebx
  800d0d:	8b 45 08             	mov    0x8(%ebp),%eax
  800d10:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d13:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800d16:	85 f6                	test   %esi,%esi
  800d18:	74 29                	je     800d43 <memcmp+0x3b>
  800d1a:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800d1c:	0f b6 08             	movzbl (%eax),%ecx
  800d1f:	0f b6 1a             	movzbl (%edx),%ebx
  800d22:	38 d9                	cmp    %bl,%cl
  800d24:	75 11                	jne    800d37 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800d26:	83 c0 01             	add    $0x1,%eax
  800d29:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800d2c:	39 c6                	cmp    %eax,%esi
  800d2e:	75 ec                	jne    800d1c <memcmp+0x14>
	}
	return 0;
  800d30:	b8 00 00 00 00       	mov    $0x0,%eax
  800d35:	eb 08                	jmp    800d3f <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800d37:	0f b6 c1             	movzbl %cl,%eax
  800d3a:	0f b6 db             	movzbl %bl,%ebx
  800d3d:	29 d8                	sub    %ebx,%eax
}
  800d3f:	5b                   	pop    %ebx
  800d40:	5e                   	pop    %esi
  800d41:	5d                   	pop    %ebp
  800d42:	c3                   	ret
	return 0;
  800d43:	b8 00 00 00 00       	mov    $0x0,%eax
  800d48:	eb f5                	jmp    800d3f <memcmp+0x37>

00800d4a <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800d4a:	55                   	push   %ebp
  800d4b:	89 e5                	mov    %esp,%ebp
  800d4d:	8b 45 08             	mov    0x8(%ebp),%eax
  800d50:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800d53:	89 c2                	mov    %eax,%edx
  800d55:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800d58:	39 d0                	cmp    %edx,%eax
  800d5a:	73 0d                	jae    800d69 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800d5c:	38 08                	cmp    %cl,(%eax)
  800d5e:	74 0d                	je     800d6d <memfind+0x23>
	for (; s < ends; s++)
  800d60:	83 c0 01             	add    $0x1,%eax
  800d63:	39 c2                	cmp    %eax,%edx
  800d65:	75 f5                	jne    800d5c <memfind+0x12>
  800d67:	eb 06                	jmp    800d6f <memfind+0x25>
  800d69:	89 c2                	mov    %eax,%edx
  800d6b:	eb 02                	jmp    800d6f <memfind+0x25>
  800d6d:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800d6f:	89 d0                	mov    %edx,%eax
  800d71:	5d                   	pop    %ebp
  800d72:	c3                   	ret

00800d73 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800d73:	55                   	push   %ebp
  800d74:	89 e5                	mov    %esp,%ebp
  800d76:	57                   	push   %edi
  800d77:	56                   	push   %esi
  800d78:	53                   	push   %ebx
  800d79:	8b 55 08             	mov    0x8(%ebp),%edx
  800d7c:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800d7f:	0f b6 02             	movzbl (%edx),%eax
  800d82:	3c 20                	cmp    $0x20,%al
  800d84:	74 04                	je     800d8a <strtol+0x17>
  800d86:	3c 09                	cmp    $0x9,%al
  800d88:	75 0e                	jne    800d98 <strtol+0x25>
		s++;
  800d8a:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800d8d:	0f b6 02             	movzbl (%edx),%eax
  800d90:	3c 20                	cmp    $0x20,%al
  800d92:	74 f6                	je     800d8a <strtol+0x17>
  800d94:	3c 09                	cmp    $0x9,%al
  800d96:	74 f2                	je     800d8a <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800d98:	3c 2b                	cmp    $0x2b,%al
  800d9a:	74 2a                	je     800dc6 <strtol+0x53>
	int neg = 0;
  800d9c:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800da1:	3c 2d                	cmp    $0x2d,%al
  800da3:	74 2b                	je     800dd0 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800da5:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800dab:	75 0f                	jne    800dbc <strtol+0x49>
  800dad:	80 3a 30             	cmpb   $0x30,(%edx)
  800db0:	74 28                	je     800dda <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800db2:	85 db                	test   %ebx,%ebx
  800db4:	b8 0a 00 00 00       	mov    $0xa,%eax
  800db9:	0f 44 d8             	cmove  %eax,%ebx
  800dbc:	b9 00 00 00 00       	mov    $0x0,%ecx
  800dc1:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800dc4:	eb 46                	jmp    800e0c <strtol+0x99>
		s++;
  800dc6:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800dc9:	bf 00 00 00 00       	mov    $0x0,%edi
  800dce:	eb d5                	jmp    800da5 <strtol+0x32>
		s++, neg = 1;
  800dd0:	83 c2 01             	add    $0x1,%edx
  800dd3:	bf 01 00 00 00       	mov    $0x1,%edi
  800dd8:	eb cb                	jmp    800da5 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800dda:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800dde:	74 0e                	je     800dee <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800de0:	85 db                	test   %ebx,%ebx
  800de2:	75 d8                	jne    800dbc <strtol+0x49>
		s++, base = 8;
  800de4:	83 c2 01             	add    $0x1,%edx
  800de7:	bb 08 00 00 00       	mov    $0x8,%ebx
  800dec:	eb ce                	jmp    800dbc <strtol+0x49>
		s += 2, base = 16;
  800dee:	83 c2 02             	add    $0x2,%edx
  800df1:	bb 10 00 00 00       	mov    $0x10,%ebx
  800df6:	eb c4                	jmp    800dbc <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800df8:	0f be c0             	movsbl %al,%eax
  800dfb:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800dfe:	3b 45 10             	cmp    0x10(%ebp),%eax
  800e01:	7d 3a                	jge    800e3d <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800e03:	83 c2 01             	add    $0x1,%edx
  800e06:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800e0a:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800e0c:	0f b6 02             	movzbl (%edx),%eax
  800e0f:	8d 70 d0             	lea    -0x30(%eax),%esi
  800e12:	89 f3                	mov    %esi,%ebx
  800e14:	80 fb 09             	cmp    $0x9,%bl
  800e17:	76 df                	jbe    800df8 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800e19:	8d 70 9f             	lea    -0x61(%eax),%esi
  800e1c:	89 f3                	mov    %esi,%ebx
  800e1e:	80 fb 19             	cmp    $0x19,%bl
  800e21:	77 08                	ja     800e2b <strtol+0xb8>
			dig = *s - 'a' + 10;
  800e23:	0f be c0             	movsbl %al,%eax
  800e26:	83 e8 57             	sub    $0x57,%eax
  800e29:	eb d3                	jmp    800dfe <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800e2b:	8d 70 bf             	lea    -0x41(%eax),%esi
  800e2e:	89 f3                	mov    %esi,%ebx
  800e30:	80 fb 19             	cmp    $0x19,%bl
  800e33:	77 08                	ja     800e3d <strtol+0xca>
			dig = *s - 'A' + 10;
  800e35:	0f be c0             	movsbl %al,%eax
  800e38:	83 e8 37             	sub    $0x37,%eax
  800e3b:	eb c1                	jmp    800dfe <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800e3d:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800e41:	74 05                	je     800e48 <strtol+0xd5>
		*endptr = (char *) s;
  800e43:	8b 45 0c             	mov    0xc(%ebp),%eax
  800e46:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800e48:	89 c8                	mov    %ecx,%eax
  800e4a:	f7 d8                	neg    %eax
  800e4c:	85 ff                	test   %edi,%edi
  800e4e:	0f 45 c8             	cmovne %eax,%ecx
}
  800e51:	89 c8                	mov    %ecx,%eax
  800e53:	5b                   	pop    %ebx
  800e54:	5e                   	pop    %esi
  800e55:	5f                   	pop    %edi
  800e56:	5d                   	pop    %ebp
  800e57:	c3                   	ret

00800e58 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800e58:	55                   	push   %ebp
  800e59:	89 e5                	mov    %esp,%ebp
  800e5b:	57                   	push   %edi
  800e5c:	56                   	push   %esi
  800e5d:	53                   	push   %ebx
  800e5e:	83 ec 24             	sub    $0x24,%esp
  800e61:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800e64:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800e67:	8b 45 08             	mov    0x8(%ebp),%eax
  800e6a:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e6d:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800e70:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800e73:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800e76:	89 d1                	mov    %edx,%ecx
  800e78:	09 c1                	or     %eax,%ecx
  800e7a:	74 2f                	je     800eab <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800e7c:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800e7f:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800e82:	89 d0                	mov    %edx,%eax
  800e84:	83 c8 00             	or     $0x0,%eax
  800e87:	74 48                	je     800ed1 <udivmod64+0x79>
  800e89:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800e8e:	be 00 00 00 00       	mov    $0x0,%esi
  800e93:	bf 00 00 00 00       	mov    $0x0,%edi
  800e98:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800e9f:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800ea6:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ea9:	eb 5f                	jmp    800f0a <udivmod64+0xb2>
		return ~0ULL;
  800eab:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800eb2:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800eb9:	85 db                	test   %ebx,%ebx
  800ebb:	0f 84 b7 00 00 00    	je     800f78 <udivmod64+0x120>
			*rem = n;
  800ec1:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800ec4:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800ec7:	89 03                	mov    %eax,(%ebx)
  800ec9:	89 53 04             	mov    %edx,0x4(%ebx)
  800ecc:	e9 a7 00 00 00       	jmp    800f78 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800ed1:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800ed4:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800ed7:	85 db                	test   %ebx,%ebx
  800ed9:	74 12                	je     800eed <udivmod64+0x95>
			*rem = n32 % d32;
  800edb:	89 c8                	mov    %ecx,%eax
  800edd:	ba 00 00 00 00       	mov    $0x0,%edx
  800ee2:	f7 f6                	div    %esi
  800ee4:	89 13                	mov    %edx,(%ebx)
  800ee6:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800eed:	89 c8                	mov    %ecx,%eax
  800eef:	ba 00 00 00 00       	mov    $0x0,%edx
  800ef4:	f7 f6                	div    %esi
  800ef6:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800ef9:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800f00:	eb 76                	jmp    800f78 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800f02:	83 e9 01             	sub    $0x1,%ecx
  800f05:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800f08:	74 62                	je     800f6c <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800f0a:	89 f0                	mov    %esi,%eax
  800f0c:	89 fa                	mov    %edi,%edx
  800f0e:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800f12:	01 c0                	add    %eax,%eax
  800f14:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800f17:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800f1a:	0f ad fe             	shrd   %cl,%edi,%esi
  800f1d:	d3 ef                	shr    %cl,%edi
  800f1f:	f6 c1 20             	test   $0x20,%cl
  800f22:	74 04                	je     800f28 <udivmod64+0xd0>
  800f24:	89 fe                	mov    %edi,%esi
  800f26:	31 ff                	xor    %edi,%edi
  800f28:	89 f7                	mov    %esi,%edi
  800f2a:	83 e7 01             	and    $0x1,%edi
  800f2d:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800f30:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800f37:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800f3a:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800f3d:	09 c6                	or     %eax,%esi
  800f3f:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800f41:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800f44:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800f47:	39 c6                	cmp    %eax,%esi
  800f49:	89 fb                	mov    %edi,%ebx
  800f4b:	19 d3                	sbb    %edx,%ebx
  800f4d:	72 b3                	jb     800f02 <udivmod64+0xaa>
			r -= d;
  800f4f:	29 c6                	sub    %eax,%esi
  800f51:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800f53:	31 c0                	xor    %eax,%eax
  800f55:	31 d2                	xor    %edx,%edx
  800f57:	f6 c1 20             	test   $0x20,%cl
  800f5a:	0f 94 c0             	sete   %al
  800f5d:	0f 95 c2             	setne  %dl
  800f60:	d3 e0                	shl    %cl,%eax
  800f62:	d3 e2                	shl    %cl,%edx
  800f64:	09 45 d0             	or     %eax,-0x30(%ebp)
  800f67:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800f6a:	eb 96                	jmp    800f02 <udivmod64+0xaa>
		}
	}
	if (rem)
  800f6c:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f6f:	85 db                	test   %ebx,%ebx
  800f71:	74 05                	je     800f78 <udivmod64+0x120>
		*rem = r;
  800f73:	89 33                	mov    %esi,(%ebx)
  800f75:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800f78:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800f7b:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800f7e:	83 c4 24             	add    $0x24,%esp
  800f81:	5b                   	pop    %ebx
  800f82:	5e                   	pop    %esi
  800f83:	5f                   	pop    %edi
  800f84:	5d                   	pop    %ebp
  800f85:	c3                   	ret

00800f86 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800f86:	55                   	push   %ebp
  800f87:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800f89:	83 ec 04             	sub    $0x4,%esp
  800f8c:	6a 00                	push   $0x0
  800f8e:	ff 75 14             	push   0x14(%ebp)
  800f91:	ff 75 10             	push   0x10(%ebp)
  800f94:	8b 45 08             	mov    0x8(%ebp),%eax
  800f97:	8b 55 0c             	mov    0xc(%ebp),%edx
  800f9a:	e8 b9 fe ff ff       	call   800e58 <udivmod64>
}
  800f9f:	c9                   	leave
  800fa0:	c3                   	ret

00800fa1 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800fa1:	55                   	push   %ebp
  800fa2:	89 e5                	mov    %esp,%ebp
  800fa4:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800fa7:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800faa:	50                   	push   %eax
  800fab:	ff 75 14             	push   0x14(%ebp)
  800fae:	ff 75 10             	push   0x10(%ebp)
  800fb1:	8b 45 08             	mov    0x8(%ebp),%eax
  800fb4:	8b 55 0c             	mov    0xc(%ebp),%edx
  800fb7:	e8 9c fe ff ff       	call   800e58 <udivmod64>
	return r;
}
  800fbc:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800fbf:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800fc2:	c9                   	leave
  800fc3:	c3                   	ret

00800fc4 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800fc4:	55                   	push   %ebp
  800fc5:	89 e5                	mov    %esp,%ebp
  800fc7:	57                   	push   %edi
  800fc8:	56                   	push   %esi
  800fc9:	53                   	push   %ebx
  800fca:	83 ec 0c             	sub    $0xc,%esp
  800fcd:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800fd0:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800fd3:	8b 45 10             	mov    0x10(%ebp),%eax
  800fd6:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800fd9:	89 ce                	mov    %ecx,%esi
  800fdb:	89 df                	mov    %ebx,%edi
  800fdd:	31 c6                	xor    %eax,%esi
  800fdf:	31 d7                	xor    %edx,%edi
  800fe1:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800fe4:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800fe7:	89 c6                	mov    %eax,%esi
  800fe9:	89 d7                	mov    %edx,%edi
  800feb:	85 d2                	test   %edx,%edx
  800fed:	78 25                	js     801014 <__divdi3+0x50>
  800fef:	89 c8                	mov    %ecx,%eax
  800ff1:	89 da                	mov    %ebx,%edx
  800ff3:	85 db                	test   %ebx,%ebx
  800ff5:	78 2a                	js     801021 <__divdi3+0x5d>
  800ff7:	83 ec 04             	sub    $0x4,%esp
  800ffa:	6a 00                	push   $0x0
  800ffc:	57                   	push   %edi
  800ffd:	56                   	push   %esi
  800ffe:	e8 55 fe ff ff       	call   800e58 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  801003:	83 c4 10             	add    $0x10,%esp
  801006:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  80100a:	78 1e                	js     80102a <__divdi3+0x66>
}
  80100c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80100f:	5b                   	pop    %ebx
  801010:	5e                   	pop    %esi
  801011:	5f                   	pop    %edi
  801012:	5d                   	pop    %ebp
  801013:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801014:	f7 d8                	neg    %eax
  801016:	83 d2 00             	adc    $0x0,%edx
  801019:	f7 da                	neg    %edx
  80101b:	89 c6                	mov    %eax,%esi
  80101d:	89 d7                	mov    %edx,%edi
  80101f:	eb ce                	jmp    800fef <__divdi3+0x2b>
  801021:	f7 d8                	neg    %eax
  801023:	83 d2 00             	adc    $0x0,%edx
  801026:	f7 da                	neg    %edx
  801028:	eb cd                	jmp    800ff7 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  80102a:	f7 d8                	neg    %eax
  80102c:	83 d2 00             	adc    $0x0,%edx
  80102f:	f7 da                	neg    %edx
  801031:	eb d9                	jmp    80100c <__divdi3+0x48>

00801033 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  801033:	55                   	push   %ebp
  801034:	89 e5                	mov    %esp,%ebp
  801036:	57                   	push   %edi
  801037:	56                   	push   %esi
  801038:	53                   	push   %ebx
  801039:	83 ec 14             	sub    $0x14,%esp
  80103c:	8b 45 08             	mov    0x8(%ebp),%eax
  80103f:	8b 55 0c             	mov    0xc(%ebp),%edx
  801042:	8b 4d 10             	mov    0x10(%ebp),%ecx
  801045:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801048:	89 ce                	mov    %ecx,%esi
  80104a:	89 df                	mov    %ebx,%edi
  80104c:	85 db                	test   %ebx,%ebx
  80104e:	78 23                	js     801073 <__moddi3+0x40>
  801050:	85 d2                	test   %edx,%edx
  801052:	78 28                	js     80107c <__moddi3+0x49>
  801054:	83 ec 04             	sub    $0x4,%esp
  801057:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  80105a:	51                   	push   %ecx
  80105b:	57                   	push   %edi
  80105c:	56                   	push   %esi
  80105d:	e8 f6 fd ff ff       	call   800e58 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  801062:	8b 45 e8             	mov    -0x18(%ebp),%eax
  801065:	8b 55 ec             	mov    -0x14(%ebp),%edx
  801068:	83 c4 10             	add    $0x10,%esp
}
  80106b:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80106e:	5b                   	pop    %ebx
  80106f:	5e                   	pop    %esi
  801070:	5f                   	pop    %edi
  801071:	5d                   	pop    %ebp
  801072:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801073:	f7 de                	neg    %esi
  801075:	83 d7 00             	adc    $0x0,%edi
  801078:	f7 df                	neg    %edi
  80107a:	eb d4                	jmp    801050 <__moddi3+0x1d>
  80107c:	f7 d8                	neg    %eax
  80107e:	83 d2 00             	adc    $0x0,%edx
  801081:	f7 da                	neg    %edx
  801083:	83 ec 04             	sub    $0x4,%esp
  801086:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801089:	51                   	push   %ecx
  80108a:	57                   	push   %edi
  80108b:	56                   	push   %esi
  80108c:	e8 c7 fd ff ff       	call   800e58 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  801091:	8b 45 e8             	mov    -0x18(%ebp),%eax
  801094:	8b 55 ec             	mov    -0x14(%ebp),%edx
  801097:	f7 d8                	neg    %eax
  801099:	83 d2 00             	adc    $0x0,%edx
  80109c:	f7 da                	neg    %edx
  80109e:	83 c4 10             	add    $0x10,%esp
  8010a1:	eb c8                	jmp    80106b <__moddi3+0x38>
