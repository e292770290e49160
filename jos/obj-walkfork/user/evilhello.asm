
obj-walkfork/user/evilhello:     file format elf32-i386


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
  80002c:	e8 19 00 00 00       	call   80004a <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:

#include <inc/lib.h>

void
umain(int argc, char **argv)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	83 ec 10             	sub    $0x10,%esp
	sys_cputs((char*)0xf010000c, 100);
  800039:	6a 64                	push   $0x64
  80003b:	68 0c 00 10 f0       	push   $0xf010000c
  800040:	e8 5d 00 00 00       	call   8000a2 <sys_cputs>
}
  800045:	83 c4 10             	add    $0x10,%esp
  800048:	c9                   	leave
  800049:	c3                   	ret

0080004a <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  80004a:	55                   	push   %ebp
  80004b:	89 e5                	mov    %esp,%ebp
  80004d:	56                   	push   %esi
  80004e:	53                   	push   %ebx
  80004f:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800052:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  800055:	e8 c6 00 00 00       	call   800120 <sys_getenvid>
  80005a:	25 ff 03 00 00       	and    $0x3ff,%eax
  80005f:	6b c0 7c             	imul   $0x7c,%eax,%eax
  800062:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  800067:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  80006c:	85 db                	test   %ebx,%ebx
  80006e:	7e 07                	jle    800077 <libmain+0x2d>
		binaryname = argv[0];
  800070:	8b 06                	mov    (%esi),%eax
  800072:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800077:	83 ec 08             	sub    $0x8,%esp
  80007a:	56                   	push   %esi
  80007b:	53                   	push   %ebx
  80007c:	e8 b2 ff ff ff       	call   800033 <umain>

	exit();
  800081:	e8 0a 00 00 00       	call   800090 <exit>
}
  800086:	83 c4 10             	add    $0x10,%esp
  800089:	8d 65 f8             	lea    -0x8(%ebp),%esp
  80008c:	5b                   	pop    %ebx
  80008d:	5e                   	pop    %esi
  80008e:	5d                   	pop    %ebp
  80008f:	c3                   	ret

00800090 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  800090:	55                   	push   %ebp
  800091:	89 e5                	mov    %esp,%ebp
  800093:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800096:	6a 00                	push   $0x0
  800098:	e8 42 00 00 00       	call   8000df <sys_env_destroy>
}
  80009d:	83 c4 10             	add    $0x10,%esp
  8000a0:	c9                   	leave
  8000a1:	c3                   	ret

008000a2 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  8000a2:	55                   	push   %ebp
  8000a3:	89 e5                	mov    %esp,%ebp
  8000a5:	57                   	push   %edi
  8000a6:	56                   	push   %esi
  8000a7:	53                   	push   %ebx
	asm volatile("int %1\n"
  8000a8:	b8 00 00 00 00       	mov    $0x0,%eax
  8000ad:	8b 55 08             	mov    0x8(%ebp),%edx
  8000b0:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8000b3:	89 c3                	mov    %eax,%ebx
  8000b5:	89 c7                	mov    %eax,%edi
  8000b7:	89 c6                	mov    %eax,%esi
  8000b9:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  8000bb:	5b                   	pop    %ebx
  8000bc:	5e                   	pop    %esi
  8000bd:	5f                   	pop    %edi
  8000be:	5d                   	pop    %ebp
  8000bf:	c3                   	ret

008000c0 <sys_cgetc>:

int
sys_cgetc(void)
{
  8000c0:	55                   	push   %ebp
  8000c1:	89 e5                	mov    %esp,%ebp
  8000c3:	57                   	push   %edi
  8000c4:	56                   	push   %esi
  8000c5:	53                   	push   %ebx
	asm volatile("int %1\n"
  8000c6:	ba 00 00 00 00       	mov    $0x0,%edx
  8000cb:	b8 01 00 00 00       	mov    $0x1,%eax
  8000d0:	89 d1                	mov    %edx,%ecx
  8000d2:	89 d3                	mov    %edx,%ebx
  8000d4:	89 d7                	mov    %edx,%edi
  8000d6:	89 d6                	mov    %edx,%esi
  8000d8:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  8000da:	5b                   	pop    %ebx
  8000db:	5e                   	pop    %esi
  8000dc:	5f                   	pop    %edi
  8000dd:	5d                   	pop    %ebp
  8000de:	c3                   	ret

008000df <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  8000df:	55                   	push   %ebp
  8000e0:	89 e5                	mov    %esp,%ebp
  8000e2:	57                   	push   %edi
  8000e3:	56                   	push   %esi
  8000e4:	53                   	push   %ebx
  8000e5:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8000e8:	b9 00 00 00 00       	mov    $0x0,%ecx
  8000ed:	8b 55 08             	mov    0x8(%ebp),%edx
  8000f0:	b8 03 00 00 00       	mov    $0x3,%eax
  8000f5:	89 cb                	mov    %ecx,%ebx
  8000f7:	89 cf                	mov    %ecx,%edi
  8000f9:	89 ce                	mov    %ecx,%esi
  8000fb:	cd 30                	int    $0x30
	if (check && ret > 0)
  8000fd:	85 c0                	test   %eax,%eax
  8000ff:	7f 08                	jg     800109 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800101:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800104:	5b                   	pop    %ebx
  800105:	5e                   	pop    %esi
  800106:	5f                   	pop    %edi
  800107:	5d                   	pop    %ebp
  800108:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800109:	83 ec 0c             	sub    $0xc,%esp
  80010c:	50                   	push   %eax
  80010d:	6a 03                	push   $0x3
  80010f:	68 aa 10 80 00       	push   $0x8010aa
  800114:	6a 1f                	push   $0x1f
  800116:	68 c7 10 80 00       	push   $0x8010c7
  80011b:	e8 ed 01 00 00       	call   80030d <_panic>

00800120 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800120:	55                   	push   %ebp
  800121:	89 e5                	mov    %esp,%ebp
  800123:	57                   	push   %edi
  800124:	56                   	push   %esi
  800125:	53                   	push   %ebx
	asm volatile("int %1\n"
  800126:	ba 00 00 00 00       	mov    $0x0,%edx
  80012b:	b8 02 00 00 00       	mov    $0x2,%eax
  800130:	89 d1                	mov    %edx,%ecx
  800132:	89 d3                	mov    %edx,%ebx
  800134:	89 d7                	mov    %edx,%edi
  800136:	89 d6                	mov    %edx,%esi
  800138:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  80013a:	5b                   	pop    %ebx
  80013b:	5e                   	pop    %esi
  80013c:	5f                   	pop    %edi
  80013d:	5d                   	pop    %ebp
  80013e:	c3                   	ret

0080013f <sys_yield>:

void
sys_yield(void)
{
  80013f:	55                   	push   %ebp
  800140:	89 e5                	mov    %esp,%ebp
  800142:	57                   	push   %edi
  800143:	56                   	push   %esi
  800144:	53                   	push   %ebx
	asm volatile("int %1\n"
  800145:	ba 00 00 00 00       	mov    $0x0,%edx
  80014a:	b8 0a 00 00 00       	mov    $0xa,%eax
  80014f:	89 d1                	mov    %edx,%ecx
  800151:	89 d3                	mov    %edx,%ebx
  800153:	89 d7                	mov    %edx,%edi
  800155:	89 d6                	mov    %edx,%esi
  800157:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800159:	5b                   	pop    %ebx
  80015a:	5e                   	pop    %esi
  80015b:	5f                   	pop    %edi
  80015c:	5d                   	pop    %ebp
  80015d:	c3                   	ret

0080015e <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  80015e:	55                   	push   %ebp
  80015f:	89 e5                	mov    %esp,%ebp
  800161:	57                   	push   %edi
  800162:	56                   	push   %esi
  800163:	53                   	push   %ebx
  800164:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800167:	be 00 00 00 00       	mov    $0x0,%esi
  80016c:	8b 55 08             	mov    0x8(%ebp),%edx
  80016f:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800172:	b8 04 00 00 00       	mov    $0x4,%eax
  800177:	8b 5d 10             	mov    0x10(%ebp),%ebx
  80017a:	89 f7                	mov    %esi,%edi
  80017c:	cd 30                	int    $0x30
	if (check && ret > 0)
  80017e:	85 c0                	test   %eax,%eax
  800180:	7f 08                	jg     80018a <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800182:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800185:	5b                   	pop    %ebx
  800186:	5e                   	pop    %esi
  800187:	5f                   	pop    %edi
  800188:	5d                   	pop    %ebp
  800189:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80018a:	83 ec 0c             	sub    $0xc,%esp
  80018d:	50                   	push   %eax
  80018e:	6a 04                	push   $0x4
  800190:	68 aa 10 80 00       	push   $0x8010aa
  800195:	6a 1f                	push   $0x1f
  800197:	68 c7 10 80 00       	push   $0x8010c7
  80019c:	e8 6c 01 00 00       	call   80030d <_panic>

008001a1 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  8001a1:	55                   	push   %ebp
  8001a2:	89 e5                	mov    %esp,%ebp
  8001a4:	57                   	push   %edi
  8001a5:	56                   	push   %esi
  8001a6:	53                   	push   %ebx
  8001a7:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8001aa:	8b 55 08             	mov    0x8(%ebp),%edx
  8001ad:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8001b0:	b8 05 00 00 00       	mov    $0x5,%eax
  8001b5:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8001b8:	8b 7d 14             	mov    0x14(%ebp),%edi
  8001bb:	8b 75 18             	mov    0x18(%ebp),%esi
  8001be:	cd 30                	int    $0x30
	if (check && ret > 0)
  8001c0:	85 c0                	test   %eax,%eax
  8001c2:	7f 08                	jg     8001cc <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  8001c4:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001c7:	5b                   	pop    %ebx
  8001c8:	5e                   	pop    %esi
  8001c9:	5f                   	pop    %edi
  8001ca:	5d                   	pop    %ebp
  8001cb:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8001cc:	83 ec 0c             	sub    $0xc,%esp
  8001cf:	50                   	push   %eax
  8001d0:	6a 05                	push   $0x5
  8001d2:	68 aa 10 80 00       	push   $0x8010aa
  8001d7:	6a 1f                	push   $0x1f
  8001d9:	68 c7 10 80 00       	push   $0x8010c7
  8001de:	e8 2a 01 00 00       	call   80030d <_panic>

008001e3 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  8001e3:	55                   	push   %ebp
  8001e4:	89 e5                	mov    %esp,%ebp
  8001e6:	57                   	push   %edi
  8001e7:	56                   	push   %esi
  8001e8:	53                   	push   %ebx
  8001e9:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8001ec:	bb 00 00 00 00       	mov    $0x0,%ebx
  8001f1:	8b 55 08             	mov    0x8(%ebp),%edx
  8001f4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8001f7:	b8 06 00 00 00       	mov    $0x6,%eax
  8001fc:	89 df                	mov    %ebx,%edi
  8001fe:	89 de                	mov    %ebx,%esi
  800200:	cd 30                	int    $0x30
	if (check && ret > 0)
  800202:	85 c0                	test   %eax,%eax
  800204:	7f 08                	jg     80020e <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800206:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800209:	5b                   	pop    %ebx
  80020a:	5e                   	pop    %esi
  80020b:	5f                   	pop    %edi
  80020c:	5d                   	pop    %ebp
  80020d:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80020e:	83 ec 0c             	sub    $0xc,%esp
  800211:	50                   	push   %eax
  800212:	6a 06                	push   $0x6
  800214:	68 aa 10 80 00       	push   $0x8010aa
  800219:	6a 1f                	push   $0x1f
  80021b:	68 c7 10 80 00       	push   $0x8010c7
  800220:	e8 e8 00 00 00       	call   80030d <_panic>

00800225 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800225:	55                   	push   %ebp
  800226:	89 e5                	mov    %esp,%ebp
  800228:	57                   	push   %edi
  800229:	56                   	push   %esi
  80022a:	53                   	push   %ebx
  80022b:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80022e:	bb 00 00 00 00       	mov    $0x0,%ebx
  800233:	8b 55 08             	mov    0x8(%ebp),%edx
  800236:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800239:	b8 08 00 00 00       	mov    $0x8,%eax
  80023e:	89 df                	mov    %ebx,%edi
  800240:	89 de                	mov    %ebx,%esi
  800242:	cd 30                	int    $0x30
	if (check && ret > 0)
  800244:	85 c0                	test   %eax,%eax
  800246:	7f 08                	jg     800250 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800248:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80024b:	5b                   	pop    %ebx
  80024c:	5e                   	pop    %esi
  80024d:	5f                   	pop    %edi
  80024e:	5d                   	pop    %ebp
  80024f:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800250:	83 ec 0c             	sub    $0xc,%esp
  800253:	50                   	push   %eax
  800254:	6a 08                	push   $0x8
  800256:	68 aa 10 80 00       	push   $0x8010aa
  80025b:	6a 1f                	push   $0x1f
  80025d:	68 c7 10 80 00       	push   $0x8010c7
  800262:	e8 a6 00 00 00       	call   80030d <_panic>

00800267 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800267:	55                   	push   %ebp
  800268:	89 e5                	mov    %esp,%ebp
  80026a:	57                   	push   %edi
  80026b:	56                   	push   %esi
  80026c:	53                   	push   %ebx
  80026d:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800270:	bb 00 00 00 00       	mov    $0x0,%ebx
  800275:	8b 55 08             	mov    0x8(%ebp),%edx
  800278:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80027b:	b8 09 00 00 00       	mov    $0x9,%eax
  800280:	89 df                	mov    %ebx,%edi
  800282:	89 de                	mov    %ebx,%esi
  800284:	cd 30                	int    $0x30
	if (check && ret > 0)
  800286:	85 c0                	test   %eax,%eax
  800288:	7f 08                	jg     800292 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  80028a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80028d:	5b                   	pop    %ebx
  80028e:	5e                   	pop    %esi
  80028f:	5f                   	pop    %edi
  800290:	5d                   	pop    %ebp
  800291:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800292:	83 ec 0c             	sub    $0xc,%esp
  800295:	50                   	push   %eax
  800296:	6a 09                	push   $0x9
  800298:	68 aa 10 80 00       	push   $0x8010aa
  80029d:	6a 1f                	push   $0x1f
  80029f:	68 c7 10 80 00       	push   $0x8010c7
  8002a4:	e8 64 00 00 00       	call   80030d <_panic>

008002a9 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8002a9:	55                   	push   %ebp
  8002aa:	89 e5                	mov    %esp,%ebp
  8002ac:	57                   	push   %edi
  8002ad:	56                   	push   %esi
  8002ae:	53                   	push   %ebx
	asm volatile("int %1\n"
  8002af:	8b 55 08             	mov    0x8(%ebp),%edx
  8002b2:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8002b5:	b8 0b 00 00 00       	mov    $0xb,%eax
  8002ba:	be 00 00 00 00       	mov    $0x0,%esi
  8002bf:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8002c2:	8b 7d 14             	mov    0x14(%ebp),%edi
  8002c5:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8002c7:	5b                   	pop    %ebx
  8002c8:	5e                   	pop    %esi
  8002c9:	5f                   	pop    %edi
  8002ca:	5d                   	pop    %ebp
  8002cb:	c3                   	ret

008002cc <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8002cc:	55                   	push   %ebp
  8002cd:	89 e5                	mov    %esp,%ebp
  8002cf:	57                   	push   %edi
  8002d0:	56                   	push   %esi
  8002d1:	53                   	push   %ebx
  8002d2:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8002d5:	b9 00 00 00 00       	mov    $0x0,%ecx
  8002da:	8b 55 08             	mov    0x8(%ebp),%edx
  8002dd:	b8 0c 00 00 00       	mov    $0xc,%eax
  8002e2:	89 cb                	mov    %ecx,%ebx
  8002e4:	89 cf                	mov    %ecx,%edi
  8002e6:	89 ce                	mov    %ecx,%esi
  8002e8:	cd 30                	int    $0x30
	if (check && ret > 0)
  8002ea:	85 c0                	test   %eax,%eax
  8002ec:	7f 08                	jg     8002f6 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  8002ee:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8002f1:	5b                   	pop    %ebx
  8002f2:	5e                   	pop    %esi
  8002f3:	5f                   	pop    %edi
  8002f4:	5d                   	pop    %ebp
  8002f5:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8002f6:	83 ec 0c             	sub    $0xc,%esp
  8002f9:	50                   	push   %eax
  8002fa:	6a 0c                	push   $0xc
  8002fc:	68 aa 10 80 00       	push   $0x8010aa
  800301:	6a 1f                	push   $0x1f
  800303:	68 c7 10 80 00       	push   $0x8010c7
  800308:	e8 00 00 00 00       	call   80030d <_panic>

0080030d <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  80030d:	55                   	push   %ebp
  80030e:	89 e5                	mov    %esp,%ebp
  800310:	56                   	push   %esi
  800311:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800312:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800315:	8b 35 00 20 80 00    	mov    0x802000,%esi
  80031b:	e8 00 fe ff ff       	call   800120 <sys_getenvid>
  800320:	83 ec 0c             	sub    $0xc,%esp
  800323:	ff 75 0c             	push   0xc(%ebp)
  800326:	ff 75 08             	push   0x8(%ebp)
  800329:	56                   	push   %esi
  80032a:	50                   	push   %eax
  80032b:	68 d8 10 80 00       	push   $0x8010d8
  800330:	e8 4d 07 00 00       	call   800a82 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800335:	83 c4 18             	add    $0x18,%esp
  800338:	53                   	push   %ebx
  800339:	ff 75 10             	push   0x10(%ebp)
  80033c:	e8 56 00 00 00       	call   800397 <vcprintf>
	cprintf("\n");
  800341:	c7 04 24 fb 10 80 00 	movl   $0x8010fb,(%esp)
  800348:	e8 35 07 00 00       	call   800a82 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  80034d:	cc                   	int3
  80034e:	83 c4 10             	add    $0x10,%esp
	for (;;)
  800351:	eb fe                	jmp    800351 <_panic+0x44>

00800353 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  800353:	55                   	push   %ebp
  800354:	89 e5                	mov    %esp,%ebp
  800356:	53                   	push   %ebx
  800357:	83 ec 04             	sub    $0x4,%esp
  80035a:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  80035d:	8b 13                	mov    (%ebx),%edx
  80035f:	8d 42 01             	lea    0x1(%edx),%eax
  800362:	89 03                	mov    %eax,(%ebx)
  800364:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800367:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  80036b:	3d 00 01 00 00       	cmp    $0x100,%eax
  800370:	74 09                	je     80037b <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  800372:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  800376:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800379:	c9                   	leave
  80037a:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80037b:	83 ec 08             	sub    $0x8,%esp
  80037e:	68 00 01 00 00       	push   $0x100
  800383:	8d 43 08             	lea    0x8(%ebx),%eax
  800386:	50                   	push   %eax
  800387:	e8 16 fd ff ff       	call   8000a2 <sys_cputs>
		b->idx = 0;
  80038c:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  800392:	83 c4 10             	add    $0x10,%esp
  800395:	eb db                	jmp    800372 <putch+0x1f>

00800397 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  800397:	55                   	push   %ebp
  800398:	89 e5                	mov    %esp,%ebp
  80039a:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8003a0:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8003a7:	00 00 00 
	b.cnt = 0;
  8003aa:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8003b1:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8003b4:	ff 75 0c             	push   0xc(%ebp)
  8003b7:	ff 75 08             	push   0x8(%ebp)
  8003ba:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8003c0:	50                   	push   %eax
  8003c1:	68 53 03 80 00       	push   $0x800353
  8003c6:	e8 64 00 00 00       	call   80042f <vprintfmt>
	if (b->idx > 0) {
  8003cb:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8003d1:	83 c4 10             	add    $0x10,%esp
  8003d4:	85 c0                	test   %eax,%eax
  8003d6:	7f 08                	jg     8003e0 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8003d8:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8003de:	c9                   	leave
  8003df:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8003e0:	83 ec 08             	sub    $0x8,%esp
  8003e3:	50                   	push   %eax
  8003e4:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  8003ea:	50                   	push   %eax
  8003eb:	e8 b2 fc ff ff       	call   8000a2 <sys_cputs>
  8003f0:	83 c4 10             	add    $0x10,%esp
  8003f3:	eb e3                	jmp    8003d8 <vcprintf+0x41>

008003f5 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8003f5:	55                   	push   %ebp
  8003f6:	89 e5                	mov    %esp,%ebp
  8003f8:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8003fb:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  8003ff:	8b 10                	mov    (%eax),%edx
  800401:	3b 50 04             	cmp    0x4(%eax),%edx
  800404:	73 0a                	jae    800410 <sprintputch+0x1b>
		*b->buf++ = ch;
  800406:	8d 4a 01             	lea    0x1(%edx),%ecx
  800409:	89 08                	mov    %ecx,(%eax)
  80040b:	8b 45 08             	mov    0x8(%ebp),%eax
  80040e:	88 02                	mov    %al,(%edx)
}
  800410:	5d                   	pop    %ebp
  800411:	c3                   	ret

00800412 <printfmt>:
{
  800412:	55                   	push   %ebp
  800413:	89 e5                	mov    %esp,%ebp
  800415:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800418:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  80041b:	50                   	push   %eax
  80041c:	ff 75 10             	push   0x10(%ebp)
  80041f:	ff 75 0c             	push   0xc(%ebp)
  800422:	ff 75 08             	push   0x8(%ebp)
  800425:	e8 05 00 00 00       	call   80042f <vprintfmt>
}
  80042a:	83 c4 10             	add    $0x10,%esp
  80042d:	c9                   	leave
  80042e:	c3                   	ret

0080042f <vprintfmt>:
{
  80042f:	55                   	push   %ebp
  800430:	89 e5                	mov    %esp,%ebp
  800432:	57                   	push   %edi
  800433:	56                   	push   %esi
  800434:	53                   	push   %ebx
  800435:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800438:	8b 45 10             	mov    0x10(%ebp),%eax
  80043b:	8d 58 01             	lea    0x1(%eax),%ebx
  80043e:	0f b6 00             	movzbl (%eax),%eax
  800441:	83 f8 25             	cmp    $0x25,%eax
  800444:	74 24                	je     80046a <vprintfmt+0x3b>
  800446:	8b 75 08             	mov    0x8(%ebp),%esi
  800449:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  80044c:	85 c0                	test   %eax,%eax
  80044e:	0f 84 d8 05 00 00    	je     800a2c <vprintfmt+0x5fd>
			putch(ch, putdat);
  800454:	83 ec 08             	sub    $0x8,%esp
  800457:	57                   	push   %edi
  800458:	50                   	push   %eax
  800459:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80045b:	83 c3 01             	add    $0x1,%ebx
  80045e:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800462:	83 c4 10             	add    $0x10,%esp
  800465:	83 f8 25             	cmp    $0x25,%eax
  800468:	75 e2                	jne    80044c <vprintfmt+0x1d>
		padc = ' ';
  80046a:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  80046e:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800473:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  80047a:	b9 00 00 00 00       	mov    $0x0,%ecx
  80047f:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800481:	8d 53 01             	lea    0x1(%ebx),%edx
  800484:	0f b6 0b             	movzbl (%ebx),%ecx
  800487:	8d 41 dd             	lea    -0x23(%ecx),%eax
  80048a:	3c 55                	cmp    $0x55,%al
  80048c:	0f 87 21 05 00 00    	ja     8009b3 <vprintfmt+0x584>
  800492:	0f b6 c0             	movzbl %al,%eax
  800495:	ff 24 85 c0 11 80 00 	jmp    *0x8011c0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  80049c:	89 5d 10             	mov    %ebx,0x10(%ebp)
  80049f:	eb 97                	jmp    800438 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8004a1:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8004a3:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8004a7:	eb d8                	jmp    800481 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8004a9:	89 d3                	mov    %edx,%ebx
  8004ab:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8004af:	eb d0                	jmp    800481 <vprintfmt+0x52>
  8004b1:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8004b4:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8004b7:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8004bb:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004be:	83 f9 09             	cmp    $0x9,%ecx
  8004c1:	77 54                	ja     800517 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8004c3:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8004c6:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8004c9:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8004cd:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8004d0:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004d3:	83 f9 09             	cmp    $0x9,%ecx
  8004d6:	76 eb                	jbe    8004c3 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8004d8:	89 d3                	mov    %edx,%ebx
  8004da:	eb 0d                	jmp    8004e9 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8004dc:	8b 45 14             	mov    0x14(%ebp),%eax
  8004df:	8b 38                	mov    (%eax),%edi
  8004e1:	8d 40 04             	lea    0x4(%eax),%eax
  8004e4:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8004e7:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8004e9:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8004ed:	79 92                	jns    800481 <vprintfmt+0x52>
				width = precision, precision = -1;
  8004ef:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8004f2:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8004f7:	eb 88                	jmp    800481 <vprintfmt+0x52>
			if (width < 0)
  8004f9:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  8004fc:	85 c9                	test   %ecx,%ecx
  8004fe:	b8 00 00 00 00       	mov    $0x0,%eax
  800503:	0f 49 c1             	cmovns %ecx,%eax
  800506:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800509:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80050b:	e9 71 ff ff ff       	jmp    800481 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800510:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800512:	e9 6a ff ff ff       	jmp    800481 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800517:	89 d3                	mov    %edx,%ebx
  800519:	eb ce                	jmp    8004e9 <vprintfmt+0xba>
			lflag++;
  80051b:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80051e:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800520:	e9 5c ff ff ff       	jmp    800481 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800525:	89 55 10             	mov    %edx,0x10(%ebp)
  800528:	8b 45 14             	mov    0x14(%ebp),%eax
  80052b:	8d 58 04             	lea    0x4(%eax),%ebx
  80052e:	83 ec 08             	sub    $0x8,%esp
  800531:	ff 75 0c             	push   0xc(%ebp)
  800534:	ff 30                	push   (%eax)
  800536:	ff 55 08             	call   *0x8(%ebp)
			break;
  800539:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  80053c:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  80053f:	e9 f4 fe ff ff       	jmp    800438 <vprintfmt+0x9>
			err = va_arg(ap, int);
  800544:	89 55 10             	mov    %edx,0x10(%ebp)
  800547:	8b 45 14             	mov    0x14(%ebp),%eax
  80054a:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  80054d:	8b 10                	mov    (%eax),%edx
  80054f:	89 d0                	mov    %edx,%eax
  800551:	f7 d8                	neg    %eax
  800553:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800556:	83 f8 08             	cmp    $0x8,%eax
  800559:	7f 27                	jg     800582 <vprintfmt+0x153>
  80055b:	8b 14 85 20 13 80 00 	mov    0x801320(,%eax,4),%edx
  800562:	85 d2                	test   %edx,%edx
  800564:	74 1c                	je     800582 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800566:	52                   	push   %edx
  800567:	68 0d 11 80 00       	push   $0x80110d
  80056c:	ff 75 0c             	push   0xc(%ebp)
  80056f:	ff 75 08             	push   0x8(%ebp)
  800572:	e8 9b fe ff ff       	call   800412 <printfmt>
  800577:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80057a:	89 5d 14             	mov    %ebx,0x14(%ebp)
  80057d:	e9 b6 fe ff ff       	jmp    800438 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  800582:	50                   	push   %eax
  800583:	68 04 11 80 00       	push   $0x801104
  800588:	ff 75 0c             	push   0xc(%ebp)
  80058b:	ff 75 08             	push   0x8(%ebp)
  80058e:	e8 7f fe ff ff       	call   800412 <printfmt>
  800593:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800596:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  800599:	e9 9a fe ff ff       	jmp    800438 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  80059e:	89 55 10             	mov    %edx,0x10(%ebp)
  8005a1:	8b 45 14             	mov    0x14(%ebp),%eax
  8005a4:	83 c0 04             	add    $0x4,%eax
  8005a7:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8005aa:	8b 45 14             	mov    0x14(%ebp),%eax
  8005ad:	8b 30                	mov    (%eax),%esi
  8005af:	85 f6                	test   %esi,%esi
  8005b1:	0f 84 53 04 00 00    	je     800a0a <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8005b7:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8005bb:	7e 06                	jle    8005c3 <vprintfmt+0x194>
  8005bd:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8005c1:	75 1b                	jne    8005de <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8005c3:	8d 5e 01             	lea    0x1(%esi),%ebx
  8005c6:	0f be 06             	movsbl (%esi),%eax
  8005c9:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005cc:	85 c0                	test   %eax,%eax
  8005ce:	0f 85 80 00 00 00    	jne    800654 <vprintfmt+0x225>
  8005d4:	e9 8c 00 00 00       	jmp    800665 <vprintfmt+0x236>
				p = "(null)";
  8005d9:	be fd 10 80 00       	mov    $0x8010fd,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8005de:	83 ec 08             	sub    $0x8,%esp
  8005e1:	57                   	push   %edi
  8005e2:	56                   	push   %esi
  8005e3:	e8 ea 04 00 00       	call   800ad2 <strnlen>
  8005e8:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8005eb:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8005ee:	83 c4 10             	add    $0x10,%esp
  8005f1:	85 d2                	test   %edx,%edx
  8005f3:	0f 8e f5 03 00 00    	jle    8009ee <vprintfmt+0x5bf>
					putch(padc, putdat);
  8005f9:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  8005fd:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800600:	89 d6                	mov    %edx,%esi
  800602:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800605:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800608:	83 ec 08             	sub    $0x8,%esp
  80060b:	57                   	push   %edi
  80060c:	53                   	push   %ebx
  80060d:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800610:	83 c4 10             	add    $0x10,%esp
  800613:	83 ee 01             	sub    $0x1,%esi
  800616:	75 f0                	jne    800608 <vprintfmt+0x1d9>
  800618:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80061b:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  80061e:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800621:	8d 5e 01             	lea    0x1(%esi),%ebx
  800624:	0f be 06             	movsbl (%esi),%eax
  800627:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80062a:	85 c0                	test   %eax,%eax
  80062c:	75 26                	jne    800654 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  80062e:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800631:	89 45 14             	mov    %eax,0x14(%ebp)
  800634:	e9 ff fd ff ff       	jmp    800438 <vprintfmt+0x9>
				putch(ch, putdat);
  800639:	83 ec 08             	sub    $0x8,%esp
  80063c:	ff 75 0c             	push   0xc(%ebp)
  80063f:	50                   	push   %eax
  800640:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800643:	83 ee 01             	sub    $0x1,%esi
  800646:	83 c3 01             	add    $0x1,%ebx
  800649:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  80064d:	83 c4 10             	add    $0x10,%esp
  800650:	85 c0                	test   %eax,%eax
  800652:	74 0e                	je     800662 <vprintfmt+0x233>
  800654:	85 ff                	test   %edi,%edi
  800656:	78 e1                	js     800639 <vprintfmt+0x20a>
  800658:	83 ef 01             	sub    $0x1,%edi
  80065b:	79 dc                	jns    800639 <vprintfmt+0x20a>
  80065d:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800660:	eb 03                	jmp    800665 <vprintfmt+0x236>
  800662:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800665:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800669:	7e 24                	jle    80068f <vprintfmt+0x260>
  80066b:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  80066e:	8b 75 08             	mov    0x8(%ebp),%esi
  800671:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800674:	83 ec 08             	sub    $0x8,%esp
  800677:	57                   	push   %edi
  800678:	6a 20                	push   $0x20
  80067a:	ff d6                	call   *%esi
			for (; width > 0; width--)
  80067c:	83 c4 10             	add    $0x10,%esp
  80067f:	83 eb 01             	sub    $0x1,%ebx
  800682:	75 f0                	jne    800674 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800684:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800687:	89 45 14             	mov    %eax,0x14(%ebp)
  80068a:	e9 a9 fd ff ff       	jmp    800438 <vprintfmt+0x9>
  80068f:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800692:	89 45 14             	mov    %eax,0x14(%ebp)
  800695:	e9 9e fd ff ff       	jmp    800438 <vprintfmt+0x9>
	if (lflag >= 2)
  80069a:	89 55 10             	mov    %edx,0x10(%ebp)
  80069d:	83 fe 01             	cmp    $0x1,%esi
  8006a0:	7f 1b                	jg     8006bd <vprintfmt+0x28e>
	else if (lflag)
  8006a2:	85 f6                	test   %esi,%esi
  8006a4:	74 39                	je     8006df <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8006a6:	8b 45 14             	mov    0x14(%ebp),%eax
  8006a9:	8b 00                	mov    (%eax),%eax
  8006ab:	89 c6                	mov    %eax,%esi
  8006ad:	89 c7                	mov    %eax,%edi
  8006af:	c1 ff 1f             	sar    $0x1f,%edi
  8006b2:	8b 45 14             	mov    0x14(%ebp),%eax
  8006b5:	8d 40 04             	lea    0x4(%eax),%eax
  8006b8:	89 45 14             	mov    %eax,0x14(%ebp)
  8006bb:	eb 0e                	jmp    8006cb <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8006bd:	8b 45 14             	mov    0x14(%ebp),%eax
  8006c0:	8b 30                	mov    (%eax),%esi
  8006c2:	8b 78 04             	mov    0x4(%eax),%edi
  8006c5:	8d 40 08             	lea    0x8(%eax),%eax
  8006c8:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8006cb:	85 ff                	test   %edi,%edi
  8006cd:	78 27                	js     8006f6 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8006cf:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006d2:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8006d5:	b8 0a 00 00 00       	mov    $0xa,%eax
  8006da:	e9 53 01 00 00       	jmp    800832 <vprintfmt+0x403>
		return va_arg(*ap, int);
  8006df:	8b 45 14             	mov    0x14(%ebp),%eax
  8006e2:	8b 00                	mov    (%eax),%eax
  8006e4:	89 c6                	mov    %eax,%esi
  8006e6:	89 c7                	mov    %eax,%edi
  8006e8:	c1 ff 1f             	sar    $0x1f,%edi
  8006eb:	8b 45 14             	mov    0x14(%ebp),%eax
  8006ee:	8d 40 04             	lea    0x4(%eax),%eax
  8006f1:	89 45 14             	mov    %eax,0x14(%ebp)
  8006f4:	eb d5                	jmp    8006cb <vprintfmt+0x29c>
				putch('-', putdat);
  8006f6:	83 ec 08             	sub    $0x8,%esp
  8006f9:	ff 75 0c             	push   0xc(%ebp)
  8006fc:	6a 2d                	push   $0x2d
  8006fe:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800701:	f7 de                	neg    %esi
  800703:	83 d7 00             	adc    $0x0,%edi
  800706:	f7 df                	neg    %edi
  800708:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80070b:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  80070e:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800711:	b8 0a 00 00 00       	mov    $0xa,%eax
  800716:	e9 17 01 00 00       	jmp    800832 <vprintfmt+0x403>
	if (lflag >= 2)
  80071b:	89 55 10             	mov    %edx,0x10(%ebp)
  80071e:	83 fe 01             	cmp    $0x1,%esi
  800721:	7f 27                	jg     80074a <vprintfmt+0x31b>
	else if (lflag)
  800723:	85 f6                	test   %esi,%esi
  800725:	74 44                	je     80076b <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800727:	8b 45 14             	mov    0x14(%ebp),%eax
  80072a:	8b 00                	mov    (%eax),%eax
  80072c:	ba 00 00 00 00       	mov    $0x0,%edx
  800731:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800734:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800737:	8b 45 14             	mov    0x14(%ebp),%eax
  80073a:	8d 40 04             	lea    0x4(%eax),%eax
  80073d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800740:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800745:	e9 e8 00 00 00       	jmp    800832 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80074a:	8b 45 14             	mov    0x14(%ebp),%eax
  80074d:	8b 50 04             	mov    0x4(%eax),%edx
  800750:	8b 00                	mov    (%eax),%eax
  800752:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800755:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800758:	8b 45 14             	mov    0x14(%ebp),%eax
  80075b:	8d 40 08             	lea    0x8(%eax),%eax
  80075e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800761:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800766:	e9 c7 00 00 00       	jmp    800832 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80076b:	8b 45 14             	mov    0x14(%ebp),%eax
  80076e:	8b 00                	mov    (%eax),%eax
  800770:	ba 00 00 00 00       	mov    $0x0,%edx
  800775:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800778:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80077b:	8b 45 14             	mov    0x14(%ebp),%eax
  80077e:	8d 40 04             	lea    0x4(%eax),%eax
  800781:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800784:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  800789:	e9 a4 00 00 00       	jmp    800832 <vprintfmt+0x403>
	if (lflag >= 2)
  80078e:	89 55 10             	mov    %edx,0x10(%ebp)
  800791:	83 fe 01             	cmp    $0x1,%esi
  800794:	7f 24                	jg     8007ba <vprintfmt+0x38b>
	else if (lflag)
  800796:	85 f6                	test   %esi,%esi
  800798:	74 3e                	je     8007d8 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  80079a:	8b 45 14             	mov    0x14(%ebp),%eax
  80079d:	8b 00                	mov    (%eax),%eax
  80079f:	ba 00 00 00 00       	mov    $0x0,%edx
  8007a4:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007a7:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007aa:	8b 45 14             	mov    0x14(%ebp),%eax
  8007ad:	8d 40 04             	lea    0x4(%eax),%eax
  8007b0:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007b3:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8007b8:	eb 78                	jmp    800832 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8007ba:	8b 45 14             	mov    0x14(%ebp),%eax
  8007bd:	8b 50 04             	mov    0x4(%eax),%edx
  8007c0:	8b 00                	mov    (%eax),%eax
  8007c2:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007c5:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007c8:	8b 45 14             	mov    0x14(%ebp),%eax
  8007cb:	8d 40 08             	lea    0x8(%eax),%eax
  8007ce:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007d1:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8007d6:	eb 5a                	jmp    800832 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8007d8:	8b 45 14             	mov    0x14(%ebp),%eax
  8007db:	8b 00                	mov    (%eax),%eax
  8007dd:	ba 00 00 00 00       	mov    $0x0,%edx
  8007e2:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007e5:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007e8:	8b 45 14             	mov    0x14(%ebp),%eax
  8007eb:	8d 40 04             	lea    0x4(%eax),%eax
  8007ee:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007f1:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8007f6:	eb 3a                	jmp    800832 <vprintfmt+0x403>
			putch('0', putdat);
  8007f8:	89 55 10             	mov    %edx,0x10(%ebp)
  8007fb:	83 ec 08             	sub    $0x8,%esp
  8007fe:	ff 75 0c             	push   0xc(%ebp)
  800801:	6a 30                	push   $0x30
  800803:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  800806:	83 c4 08             	add    $0x8,%esp
  800809:	ff 75 0c             	push   0xc(%ebp)
  80080c:	6a 78                	push   $0x78
  80080e:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800811:	8b 45 14             	mov    0x14(%ebp),%eax
  800814:	8b 00                	mov    (%eax),%eax
  800816:	ba 00 00 00 00       	mov    $0x0,%edx
  80081b:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80081e:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800821:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800824:	8b 45 14             	mov    0x14(%ebp),%eax
  800827:	8d 40 04             	lea    0x4(%eax),%eax
  80082a:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80082d:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800832:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800836:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800839:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  80083e:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800841:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800848:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80084b:	8b 75 b0             	mov    -0x50(%ebp),%esi
  80084e:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800851:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800854:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800858:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80085b:	8d 55 cf             	lea    -0x31(%ebp),%edx
  80085e:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800861:	ff 75 bc             	push   -0x44(%ebp)
  800864:	ff 75 b8             	push   -0x48(%ebp)
  800867:	57                   	push   %edi
  800868:	56                   	push   %esi
  800869:	e8 2f 07 00 00       	call   800f9d <__umoddi3>
  80086e:	83 c4 10             	add    $0x10,%esp
  800871:	0f b6 80 10 11 80 00 	movzbl 0x801110(%eax),%eax
  800878:	88 03                	mov    %al,(%ebx)
		num /= base;
  80087a:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80087d:	89 fb                	mov    %edi,%ebx
  80087f:	ff 75 bc             	push   -0x44(%ebp)
  800882:	ff 75 b8             	push   -0x48(%ebp)
  800885:	57                   	push   %edi
  800886:	56                   	push   %esi
  800887:	e8 f6 06 00 00       	call   800f82 <__udivdi3>
  80088c:	83 c4 10             	add    $0x10,%esp
  80088f:	89 c6                	mov    %eax,%esi
  800891:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  800893:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  800896:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  800899:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  80089c:	73 b6                	jae    800854 <vprintfmt+0x425>
	pad = width - n;
  80089e:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8008a1:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8008a4:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8008a7:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8008a9:	83 ff 2d             	cmp    $0x2d,%edi
  8008ac:	0f 84 de 00 00 00    	je     800990 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8008b2:	85 f6                	test   %esi,%esi
  8008b4:	0f 8e 27 01 00 00    	jle    8009e1 <vprintfmt+0x5b2>
  8008ba:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8008bd:	83 ec 08             	sub    $0x8,%esp
  8008c0:	53                   	push   %ebx
  8008c1:	57                   	push   %edi
  8008c2:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8008c5:	83 c4 10             	add    $0x10,%esp
  8008c8:	83 ee 01             	sub    $0x1,%esi
  8008cb:	75 f0                	jne    8008bd <vprintfmt+0x48e>
  8008cd:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8008d0:	85 db                	test   %ebx,%ebx
  8008d2:	0f 8e 60 fb ff ff    	jle    800438 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8008d8:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8008db:	8b 75 08             	mov    0x8(%ebp),%esi
  8008de:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8008e1:	83 eb 01             	sub    $0x1,%ebx
  8008e4:	83 ec 08             	sub    $0x8,%esp
  8008e7:	57                   	push   %edi
  8008e8:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8008ed:	50                   	push   %eax
  8008ee:	ff d6                	call   *%esi
	while (n > 0)
  8008f0:	83 c4 10             	add    $0x10,%esp
  8008f3:	85 db                	test   %ebx,%ebx
  8008f5:	7f ea                	jg     8008e1 <vprintfmt+0x4b2>
  8008f7:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8008fa:	85 f6                	test   %esi,%esi
  8008fc:	0f 8e 36 fb ff ff    	jle    800438 <vprintfmt+0x9>
  800902:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800905:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  800908:	83 ec 08             	sub    $0x8,%esp
  80090b:	57                   	push   %edi
  80090c:	6a 20                	push   $0x20
  80090e:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800910:	83 c4 10             	add    $0x10,%esp
  800913:	83 ee 01             	sub    $0x1,%esi
  800916:	75 f0                	jne    800908 <vprintfmt+0x4d9>
  800918:	e9 1b fb ff ff       	jmp    800438 <vprintfmt+0x9>
	if (lflag >= 2)
  80091d:	89 55 10             	mov    %edx,0x10(%ebp)
  800920:	83 fe 01             	cmp    $0x1,%esi
  800923:	7f 27                	jg     80094c <vprintfmt+0x51d>
	else if (lflag)
  800925:	85 f6                	test   %esi,%esi
  800927:	74 44                	je     80096d <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800929:	8b 45 14             	mov    0x14(%ebp),%eax
  80092c:	8b 00                	mov    (%eax),%eax
  80092e:	ba 00 00 00 00       	mov    $0x0,%edx
  800933:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800936:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800939:	8b 45 14             	mov    0x14(%ebp),%eax
  80093c:	8d 40 04             	lea    0x4(%eax),%eax
  80093f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800942:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  800947:	e9 e6 fe ff ff       	jmp    800832 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80094c:	8b 45 14             	mov    0x14(%ebp),%eax
  80094f:	8b 50 04             	mov    0x4(%eax),%edx
  800952:	8b 00                	mov    (%eax),%eax
  800954:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800957:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80095a:	8b 45 14             	mov    0x14(%ebp),%eax
  80095d:	8d 40 08             	lea    0x8(%eax),%eax
  800960:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800963:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800968:	e9 c5 fe ff ff       	jmp    800832 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80096d:	8b 45 14             	mov    0x14(%ebp),%eax
  800970:	8b 00                	mov    (%eax),%eax
  800972:	ba 00 00 00 00       	mov    $0x0,%edx
  800977:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80097a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80097d:	8b 45 14             	mov    0x14(%ebp),%eax
  800980:	8d 40 04             	lea    0x4(%eax),%eax
  800983:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800986:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  80098b:	e9 a2 fe ff ff       	jmp    800832 <vprintfmt+0x403>
	while (n > 0)
  800990:	85 db                	test   %ebx,%ebx
  800992:	0f 8f 40 ff ff ff    	jg     8008d8 <vprintfmt+0x4a9>
  800998:	e9 5d ff ff ff       	jmp    8008fa <vprintfmt+0x4cb>
			putch(ch, putdat);
  80099d:	89 55 10             	mov    %edx,0x10(%ebp)
  8009a0:	83 ec 08             	sub    $0x8,%esp
  8009a3:	ff 75 0c             	push   0xc(%ebp)
  8009a6:	6a 25                	push   $0x25
  8009a8:	ff 55 08             	call   *0x8(%ebp)
			break;
  8009ab:	83 c4 10             	add    $0x10,%esp
  8009ae:	e9 85 fa ff ff       	jmp    800438 <vprintfmt+0x9>
			putch('%', putdat);
  8009b3:	83 ec 08             	sub    $0x8,%esp
  8009b6:	ff 75 0c             	push   0xc(%ebp)
  8009b9:	6a 25                	push   $0x25
  8009bb:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8009be:	83 c4 10             	add    $0x10,%esp
  8009c1:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8009c5:	0f 84 d1 fa ff ff    	je     80049c <vprintfmt+0x6d>
  8009cb:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8009ce:	89 d8                	mov    %ebx,%eax
  8009d0:	83 e8 01             	sub    $0x1,%eax
  8009d3:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8009d7:	75 f7                	jne    8009d0 <vprintfmt+0x5a1>
  8009d9:	89 45 10             	mov    %eax,0x10(%ebp)
  8009dc:	e9 57 fa ff ff       	jmp    800438 <vprintfmt+0x9>
	while (n > 0)
  8009e1:	85 db                	test   %ebx,%ebx
  8009e3:	0f 8f ef fe ff ff    	jg     8008d8 <vprintfmt+0x4a9>
  8009e9:	e9 4a fa ff ff       	jmp    800438 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8009ee:	8d 5e 01             	lea    0x1(%esi),%ebx
  8009f1:	0f be 06             	movsbl (%esi),%eax
  8009f4:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8009f7:	85 c0                	test   %eax,%eax
  8009f9:	0f 85 55 fc ff ff    	jne    800654 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8009ff:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800a02:	89 45 14             	mov    %eax,0x14(%ebp)
  800a05:	e9 2e fa ff ff       	jmp    800438 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800a0a:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800a0e:	74 0a                	je     800a1a <vprintfmt+0x5eb>
  800a10:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800a14:	0f 8f bf fb ff ff    	jg     8005d9 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800a1a:	b8 28 00 00 00       	mov    $0x28,%eax
  800a1f:	bb fe 10 80 00       	mov    $0x8010fe,%ebx
  800a24:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800a27:	e9 28 fc ff ff       	jmp    800654 <vprintfmt+0x225>
}
  800a2c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800a2f:	5b                   	pop    %ebx
  800a30:	5e                   	pop    %esi
  800a31:	5f                   	pop    %edi
  800a32:	5d                   	pop    %ebp
  800a33:	c3                   	ret

00800a34 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800a34:	55                   	push   %ebp
  800a35:	89 e5                	mov    %esp,%ebp
  800a37:	83 ec 18             	sub    $0x18,%esp
  800a3a:	8b 45 08             	mov    0x8(%ebp),%eax
  800a3d:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800a40:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800a43:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800a47:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800a4a:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800a51:	85 c0                	test   %eax,%eax
  800a53:	74 26                	je     800a7b <vsnprintf+0x47>
  800a55:	85 d2                	test   %edx,%edx
  800a57:	7e 22                	jle    800a7b <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800a59:	ff 75 14             	push   0x14(%ebp)
  800a5c:	ff 75 10             	push   0x10(%ebp)
  800a5f:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800a62:	50                   	push   %eax
  800a63:	68 f5 03 80 00       	push   $0x8003f5
  800a68:	e8 c2 f9 ff ff       	call   80042f <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800a6d:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800a70:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800a73:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800a76:	83 c4 10             	add    $0x10,%esp
}
  800a79:	c9                   	leave
  800a7a:	c3                   	ret
		return -E_INVAL;
  800a7b:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800a80:	eb f7                	jmp    800a79 <vsnprintf+0x45>

00800a82 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800a82:	55                   	push   %ebp
  800a83:	89 e5                	mov    %esp,%ebp
  800a85:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  800a88:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  800a8b:	50                   	push   %eax
  800a8c:	ff 75 08             	push   0x8(%ebp)
  800a8f:	e8 03 f9 ff ff       	call   800397 <vcprintf>
	va_end(ap);

	return cnt;
}
  800a94:	c9                   	leave
  800a95:	c3                   	ret

00800a96 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800a96:	55                   	push   %ebp
  800a97:	89 e5                	mov    %esp,%ebp
  800a99:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  800a9c:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800a9f:	50                   	push   %eax
  800aa0:	ff 75 10             	push   0x10(%ebp)
  800aa3:	ff 75 0c             	push   0xc(%ebp)
  800aa6:	ff 75 08             	push   0x8(%ebp)
  800aa9:	e8 86 ff ff ff       	call   800a34 <vsnprintf>
	va_end(ap);

	return rc;
}
  800aae:	c9                   	leave
  800aaf:	c3                   	ret

00800ab0 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800ab0:	55                   	push   %ebp
  800ab1:	89 e5                	mov    %esp,%ebp
  800ab3:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800ab6:	80 3a 00             	cmpb   $0x0,(%edx)
  800ab9:	74 10                	je     800acb <strlen+0x1b>
  800abb:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800ac0:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800ac3:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800ac7:	75 f7                	jne    800ac0 <strlen+0x10>
	return n;
}
  800ac9:	5d                   	pop    %ebp
  800aca:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  800acb:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800ad0:	eb f7                	jmp    800ac9 <strlen+0x19>

00800ad2 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800ad2:	55                   	push   %ebp
  800ad3:	89 e5                	mov    %esp,%ebp
  800ad5:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800ad8:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800adb:	85 d2                	test   %edx,%edx
  800add:	74 16                	je     800af5 <strnlen+0x23>
  800adf:	b8 00 00 00 00       	mov    $0x0,%eax
  800ae4:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800ae8:	74 09                	je     800af3 <strnlen+0x21>
		n++;
  800aea:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800aed:	39 d0                	cmp    %edx,%eax
  800aef:	75 f3                	jne    800ae4 <strnlen+0x12>
		n++;
  800af1:	89 d0                	mov    %edx,%eax
	return n;
}
  800af3:	5d                   	pop    %ebp
  800af4:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800af5:	b8 00 00 00 00       	mov    $0x0,%eax
  800afa:	eb f7                	jmp    800af3 <strnlen+0x21>

00800afc <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800afc:	55                   	push   %ebp
  800afd:	89 e5                	mov    %esp,%ebp
  800aff:	53                   	push   %ebx
  800b00:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800b03:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800b06:	b8 00 00 00 00       	mov    $0x0,%eax
  800b0b:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800b0f:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800b12:	83 c0 01             	add    $0x1,%eax
  800b15:	84 d2                	test   %dl,%dl
  800b17:	75 f2                	jne    800b0b <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800b19:	89 c8                	mov    %ecx,%eax
  800b1b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b1e:	c9                   	leave
  800b1f:	c3                   	ret

00800b20 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800b20:	55                   	push   %ebp
  800b21:	89 e5                	mov    %esp,%ebp
  800b23:	53                   	push   %ebx
  800b24:	83 ec 10             	sub    $0x10,%esp
  800b27:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800b2a:	53                   	push   %ebx
  800b2b:	e8 80 ff ff ff       	call   800ab0 <strlen>
  800b30:	83 c4 08             	add    $0x8,%esp
  800b33:	ff 75 0c             	push   0xc(%ebp)
  800b36:	01 d8                	add    %ebx,%eax
  800b38:	50                   	push   %eax
  800b39:	e8 be ff ff ff       	call   800afc <strcpy>
	return dst;
}
  800b3e:	89 d8                	mov    %ebx,%eax
  800b40:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b43:	c9                   	leave
  800b44:	c3                   	ret

00800b45 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800b45:	55                   	push   %ebp
  800b46:	89 e5                	mov    %esp,%ebp
  800b48:	56                   	push   %esi
  800b49:	53                   	push   %ebx
  800b4a:	8b 75 08             	mov    0x8(%ebp),%esi
  800b4d:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b50:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800b53:	85 db                	test   %ebx,%ebx
  800b55:	74 17                	je     800b6e <strncpy+0x29>
  800b57:	01 f3                	add    %esi,%ebx
  800b59:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800b5b:	83 c0 01             	add    $0x1,%eax
  800b5e:	0f b6 0a             	movzbl (%edx),%ecx
  800b61:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800b64:	80 f9 01             	cmp    $0x1,%cl
  800b67:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800b6a:	39 c3                	cmp    %eax,%ebx
  800b6c:	75 ed                	jne    800b5b <strncpy+0x16>
	}
	return ret;
}
  800b6e:	89 f0                	mov    %esi,%eax
  800b70:	5b                   	pop    %ebx
  800b71:	5e                   	pop    %esi
  800b72:	5d                   	pop    %ebp
  800b73:	c3                   	ret

00800b74 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800b74:	55                   	push   %ebp
  800b75:	89 e5                	mov    %esp,%ebp
  800b77:	56                   	push   %esi
  800b78:	53                   	push   %ebx
  800b79:	8b 75 08             	mov    0x8(%ebp),%esi
  800b7c:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b7f:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800b82:	89 f0                	mov    %esi,%eax
  800b84:	85 db                	test   %ebx,%ebx
  800b86:	74 1e                	je     800ba6 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800b88:	83 eb 01             	sub    $0x1,%ebx
  800b8b:	74 16                	je     800ba3 <strlcpy+0x2f>
  800b8d:	01 f3                	add    %esi,%ebx
  800b8f:	0f b6 0a             	movzbl (%edx),%ecx
  800b92:	84 c9                	test   %cl,%cl
  800b94:	74 0d                	je     800ba3 <strlcpy+0x2f>
			*dst++ = *src++;
  800b96:	83 c2 01             	add    $0x1,%edx
  800b99:	83 c0 01             	add    $0x1,%eax
  800b9c:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800b9f:	39 d8                	cmp    %ebx,%eax
  800ba1:	75 ec                	jne    800b8f <strlcpy+0x1b>
		*dst = '\0';
  800ba3:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800ba6:	29 f0                	sub    %esi,%eax
}
  800ba8:	5b                   	pop    %ebx
  800ba9:	5e                   	pop    %esi
  800baa:	5d                   	pop    %ebp
  800bab:	c3                   	ret

00800bac <strcmp>:

int
strcmp(const char *p, const char *q)
{
  800bac:	55                   	push   %ebp
  800bad:	89 e5                	mov    %esp,%ebp
  800baf:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800bb2:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800bb5:	0f b6 01             	movzbl (%ecx),%eax
  800bb8:	84 c0                	test   %al,%al
  800bba:	74 11                	je     800bcd <strcmp+0x21>
  800bbc:	38 02                	cmp    %al,(%edx)
  800bbe:	75 0d                	jne    800bcd <strcmp+0x21>
		p++, q++;
  800bc0:	83 c1 01             	add    $0x1,%ecx
  800bc3:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800bc6:	0f b6 01             	movzbl (%ecx),%eax
  800bc9:	84 c0                	test   %al,%al
  800bcb:	75 ef                	jne    800bbc <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800bcd:	0f b6 c0             	movzbl %al,%eax
  800bd0:	0f b6 12             	movzbl (%edx),%edx
  800bd3:	29 d0                	sub    %edx,%eax
}
  800bd5:	5d                   	pop    %ebp
  800bd6:	c3                   	ret

00800bd7 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800bd7:	55                   	push   %ebp
  800bd8:	89 e5                	mov    %esp,%ebp
  800bda:	53                   	push   %ebx
  800bdb:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800bde:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800be1:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800be4:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800be9:	85 d2                	test   %edx,%edx
  800beb:	74 2e                	je     800c1b <strncmp+0x44>
  800bed:	0f b6 01             	movzbl (%ecx),%eax
  800bf0:	84 c0                	test   %al,%al
  800bf2:	74 16                	je     800c0a <strncmp+0x33>
  800bf4:	3a 03                	cmp    (%ebx),%al
  800bf6:	75 12                	jne    800c0a <strncmp+0x33>
		n--, p++, q++;
  800bf8:	83 c1 01             	add    $0x1,%ecx
  800bfb:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800bfe:	83 ea 01             	sub    $0x1,%edx
  800c01:	75 ea                	jne    800bed <strncmp+0x16>
		return 0;
  800c03:	b8 00 00 00 00       	mov    $0x0,%eax
  800c08:	eb 11                	jmp    800c1b <strncmp+0x44>
  800c0a:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800c0f:	85 d2                	test   %edx,%edx
  800c11:	74 08                	je     800c1b <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800c13:	0f b6 01             	movzbl (%ecx),%eax
  800c16:	0f b6 13             	movzbl (%ebx),%edx
  800c19:	29 d0                	sub    %edx,%eax
}
  800c1b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c1e:	c9                   	leave
  800c1f:	c3                   	ret

00800c20 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800c20:	55                   	push   %ebp
  800c21:	89 e5                	mov    %esp,%ebp
  800c23:	8b 45 08             	mov    0x8(%ebp),%eax
  800c26:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800c2a:	0f b6 10             	movzbl (%eax),%edx
  800c2d:	84 d2                	test   %dl,%dl
  800c2f:	74 15                	je     800c46 <strchr+0x26>
		if (*s == c)
  800c31:	38 d1                	cmp    %dl,%cl
  800c33:	74 0f                	je     800c44 <strchr+0x24>
	for (; *s; s++)
  800c35:	83 c0 01             	add    $0x1,%eax
  800c38:	0f b6 10             	movzbl (%eax),%edx
  800c3b:	84 d2                	test   %dl,%dl
  800c3d:	75 f2                	jne    800c31 <strchr+0x11>
			return (char *) s;
	return 0;
  800c3f:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800c44:	5d                   	pop    %ebp
  800c45:	c3                   	ret
	return 0;
  800c46:	b8 00 00 00 00       	mov    $0x0,%eax
  800c4b:	eb f7                	jmp    800c44 <strchr+0x24>

00800c4d <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800c4d:	55                   	push   %ebp
  800c4e:	89 e5                	mov    %esp,%ebp
  800c50:	53                   	push   %ebx
  800c51:	8b 45 08             	mov    0x8(%ebp),%eax
  800c54:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800c57:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800c5a:	38 d3                	cmp    %dl,%bl
  800c5c:	74 14                	je     800c72 <strfind+0x25>
  800c5e:	89 d1                	mov    %edx,%ecx
  800c60:	84 db                	test   %bl,%bl
  800c62:	74 0e                	je     800c72 <strfind+0x25>
	for (; *s; s++)
  800c64:	83 c0 01             	add    $0x1,%eax
  800c67:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800c6a:	38 ca                	cmp    %cl,%dl
  800c6c:	74 04                	je     800c72 <strfind+0x25>
  800c6e:	84 d2                	test   %dl,%dl
  800c70:	75 f2                	jne    800c64 <strfind+0x17>
			break;
	return (char *) s;
}
  800c72:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c75:	c9                   	leave
  800c76:	c3                   	ret

00800c77 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800c77:	55                   	push   %ebp
  800c78:	89 e5                	mov    %esp,%ebp
  800c7a:	53                   	push   %ebx
  800c7b:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800c7e:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800c81:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800c84:	85 d2                	test   %edx,%edx
  800c86:	74 0e                	je     800c96 <memset+0x1f>
  800c88:	01 da                	add    %ebx,%edx
	char *p = v;
  800c8a:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800c8c:	83 c0 01             	add    $0x1,%eax
  800c8f:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800c92:	39 c2                	cmp    %eax,%edx
  800c94:	75 f6                	jne    800c8c <memset+0x15>
	return v;
}
  800c96:	89 d8                	mov    %ebx,%eax
  800c98:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c9b:	c9                   	leave
  800c9c:	c3                   	ret

00800c9d <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800c9d:	55                   	push   %ebp
  800c9e:	89 e5                	mov    %esp,%ebp
  800ca0:	56                   	push   %esi
  800ca1:	53                   	push   %ebx
  800ca2:	8b 75 08             	mov    0x8(%ebp),%esi
  800ca5:	8b 45 0c             	mov    0xc(%ebp),%eax
  800ca8:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800cab:	39 f0                	cmp    %esi,%eax
  800cad:	72 20                	jb     800ccf <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800caf:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800cb2:	89 f2                	mov    %esi,%edx
  800cb4:	85 c9                	test   %ecx,%ecx
  800cb6:	74 11                	je     800cc9 <memmove+0x2c>
			*d++ = *s++;
  800cb8:	83 c0 01             	add    $0x1,%eax
  800cbb:	83 c2 01             	add    $0x1,%edx
  800cbe:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800cc2:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800cc5:	39 d8                	cmp    %ebx,%eax
  800cc7:	75 ef                	jne    800cb8 <memmove+0x1b>
	return dst;
}
  800cc9:	89 f0                	mov    %esi,%eax
  800ccb:	5b                   	pop    %ebx
  800ccc:	5e                   	pop    %esi
  800ccd:	5d                   	pop    %ebp
  800cce:	c3                   	ret
	if (s < d && s + n > d) {
  800ccf:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800cd2:	39 d6                	cmp    %edx,%esi
  800cd4:	73 d9                	jae    800caf <memmove+0x12>
		while (n-- > 0)
  800cd6:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800cd9:	85 c9                	test   %ecx,%ecx
  800cdb:	74 ec                	je     800cc9 <memmove+0x2c>
			*--d = *--s;
  800cdd:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800ce1:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800ce4:	83 ea 01             	sub    $0x1,%edx
  800ce7:	83 fa ff             	cmp    $0xffffffff,%edx
  800cea:	75 f1                	jne    800cdd <memmove+0x40>
  800cec:	eb db                	jmp    800cc9 <memmove+0x2c>

00800cee <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800cee:	55                   	push   %ebp
  800cef:	89 e5                	mov    %esp,%ebp
  800cf1:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800cf4:	ff 75 10             	push   0x10(%ebp)
  800cf7:	ff 75 0c             	push   0xc(%ebp)
  800cfa:	ff 75 08             	push   0x8(%ebp)
  800cfd:	e8 9b ff ff ff       	call   800c9d <memmove>
}
  800d02:	c9                   	leave
  800d03:	c3                   	ret

00800d04 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800d04:	55                   	push   %ebp
  800d05:	89 e5                	mov    %esp,%ebp
  800d07:	56                   	push   %esi
  800d08:	53                   	push   %ebx
  800d09:	8b 45 08             	mov    0x8(%ebp),%eax
  800d0c:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d0f:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800d12:	85 f6                	test   %esi,%esi
  800d14:	74 29                	je     800d3f <memcmp+0x3b>
  800d16:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800d18:	0f b6 08             	movzbl (%eax),%ecx
  800d1b:	0f b6 1a             	movzbl (%edx),%ebx
  800d1e:	38 d9                	cmp    %bl,%cl
  800d20:	75 11                	jne    800d33 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800d22:	83 c0 01             	add    $0x1,%eax
  800d25:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800d28:	39 c6                	cmp    %eax,%esi
  800d2a:	75 ec                	jne    800d18 <memcmp+0x14>
	}
	return 0;
  800d2c:	b8 00 00 00 00       	mov    $0x0,%eax
  800d31:	eb 08                	jmp    800d3b <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800d33:	0f b6 c1             	movzbl %cl,%eax
  800d36:	0f b6 db             	movzbl %bl,%ebx
  800d39:	29 d8                	sub    %ebx,%eax
}
  800d3b:	5b                   	pop    %ebx
  800d3c:	5e                   	pop    %esi
  800d3d:	5d                   	pop    %ebp
  800d3e:	c3                   	ret
	return 0;
  800d3f:	b8 00 00 00 00       	mov    $0x0,%eax
  800d44:	eb f5                	jmp    800d3b <memcmp+0x37>

00800d46 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800d46:	55                   	push   %ebp
  800d47:	89 e5                	mov    %esp,%ebp
  800d49:	8b 45 08             	mov    0x8(%ebp),%eax
  800d4c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800d4f:	89 c2                	mov    %eax,%edx
  800d51:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800d54:	39 d0                	cmp    %edx,%eax
  800d56:	73 0d                	jae    800d65 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800d58:	38 08                	cmp    %cl,(%eax)
  800d5a:	74 0d                	je     800d69 <memfind+0x23>
	for (; s < ends; s++)
  800d5c:	83 c0 01             	add    $0x1,%eax
  800d5f:	39 c2                	cmp    %eax,%edx
  800d61:	75 f5                	jne    800d58 <memfind+0x12>
  800d63:	eb 06                	jmp    800d6b <memfind+0x25>
  800d65:	89 c2                	mov    %eax,%edx
  800d67:	eb 02                	jmp    800d6b <memfind+0x25>
  800d69:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800d6b:	89 d0                	mov    %edx,%eax
  800d6d:	5d                   	pop    %ebp
  800d6e:	c3                   	ret

00800d6f <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800d6f:	55                   	push   %ebp
  800d70:	89 e5                	mov    %esp,%ebp
  800d72:	57                   	push   %edi
  800d73:	56                   	push   %esi
  800d74:	53                   	push   %ebx
  800d75:	8b 55 08             	mov    0x8(%ebp),%edx
  800d78:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800d7b:	0f b6 02             	movzbl (%edx),%eax
  800d7e:	3c 20                	cmp    $0x20,%al
  800d80:	74 04                	je     800d86 <strtol+0x17>
  800d82:	3c 09                	cmp    $0x9,%al
  800d84:	75 0e                	jne    800d94 <strtol+0x25>
		s++;
  800d86:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800d89:	0f b6 02             	movzbl (%edx),%eax
  800d8c:	3c 20                	cmp    $0x20,%al
  800d8e:	74 f6                	je     800d86 <strtol+0x17>
  800d90:	3c 09                	cmp    $0x9,%al
  800d92:	74 f2                	je     800d86 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800d94:	3c 2b                	cmp    $0x2b,%al
  800d96:	74 2a                	je     800dc2 <strtol+0x53>
	int neg = 0;
  800d98:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800d9d:	3c 2d                	cmp    $0x2d,%al
  800d9f:	74 2b                	je     800dcc <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800da1:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800da7:	75 0f                	jne    800db8 <strtol+0x49>
  800da9:	80 3a 30             	cmpb   $0x30,(%edx)
  800dac:	74 28                	je     800dd6 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800dae:	85 db                	test   %ebx,%ebx
  800db0:	b8 0a 00 00 00       	mov    $0xa,%eax
  800db5:	0f 44 d8             	cmove  %eax,%ebx
  800db8:	b9 00 00 00 00       	mov    $0x0,%ecx
  800dbd:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800dc0:	eb 46                	jmp    800e08 <strtol+0x99>
		s++;
  800dc2:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800dc5:	bf 00 00 00 00       	mov    $0x0,%edi
  800dca:	eb d5                	jmp    800da1 <strtol+0x32>
		s++, neg = 1;
  800dcc:	83 c2 01             	add    $0x1,%edx
  800dcf:	bf 01 00 00 00       	mov    $0x1,%edi
  800dd4:	eb cb                	jmp    800da1 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800dd6:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800dda:	74 0e                	je     800dea <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800ddc:	85 db                	test   %ebx,%ebx
  800dde:	75 d8                	jne    800db8 <strtol+0x49>
		s++, base = 8;
  800de0:	83 c2 01             	add    $0x1,%edx
  800de3:	bb 08 00 00 00       	mov    $0x8,%ebx
  800de8:	eb ce                	jmp    800db8 <strtol+0x49>
		s += 2, base = 16;
  800dea:	83 c2 02             	add    $0x2,%edx
  800ded:	bb 10 00 00 00       	mov    $0x10,%ebx
  800df2:	eb c4                	jmp    800db8 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800df4:	0f be c0             	movsbl %al,%eax
  800df7:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800dfa:	3b 45 10             	cmp    0x10(%ebp),%eax
  800dfd:	7d 3a                	jge    800e39 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800dff:	83 c2 01             	add    $0x1,%edx
  800e02:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800e06:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800e08:	0f b6 02             	movzbl (%edx),%eax
  800e0b:	8d 70 d0             	lea    -0x30(%eax),%esi
  800e0e:	89 f3                	mov    %esi,%ebx
  800e10:	80 fb 09             	cmp    $0x9,%bl
  800e13:	76 df                	jbe    800df4 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800e15:	8d 70 9f             	lea    -0x61(%eax),%esi
  800e18:	89 f3                	mov    %esi,%ebx
  800e1a:	80 fb 19             	cmp    $0x19,%bl
  800e1d:	77 08                	ja     800e27 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800e1f:	0f be c0             	movsbl %al,%eax
  800e22:	83 e8 57             	sub    $0x57,%eax
  800e25:	eb d3                	jmp    800dfa <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800e27:	8d 70 bf             	lea    -0x41(%eax),%esi
  800e2a:	89 f3                	mov    %esi,%ebx
  800e2c:	80 fb 19             	cmp    $0x19,%bl
  800e2f:	77 08                	ja     800e39 <strtol+0xca>
			dig = *s - 'A' + 10;
  800e31:	0f be c0             	movsbl %al,%eax
  800e34:	83 e8 37             	sub    $0x37,%eax
  800e37:	eb c1                	jmp    800dfa <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800e39:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800e3d:	74 05                	je     800e44 <strtol+0xd5>
		*endptr = (char *) s;
  800e3f:	8b 45 0c             	mov    0xc(%ebp),%eax
  800e42:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800e44:	89 c8                	mov    %ecx,%eax
  800e46:	f7 d8                	neg    %eax
  800e48:	85 ff                	test   %edi,%edi
  800e4a:	0f 45 c8             	cmovne %eax,%ecx
}
  800e4d:	89 c8                	mov    %ecx,%eax
  800e4f:	5b                   	pop    %ebx
  800e50:	5e                   	pop    %esi
  800e51:	5f                   	pop    %edi
  800e52:	5d                   	pop    %ebp
  800e53:	c3                   	ret

00800e54 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800e54:	55                   	push   %ebp
  800e55:	89 e5                	mov    %esp,%ebp
  800e57:	57                   	push   %edi
  800e58:	56                   	push   %esi
  800e59:	53                   	push   %ebx
  800e5a:	83 ec 24             	sub    $0x24,%esp
  800e5d:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800e60:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800e63:	8b 45 08             	mov    0x8(%ebp),%eax
  800e66:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e69:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800e6c:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800e6f:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800e72:	89 d1                	mov    %edx,%ecx
  800e74:	09 c1                	or     %eax,%ecx
  800e76:	74 2f                	je     800ea7 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800e78:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800e7b:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800e7e:	89 d0                	mov    %edx,%eax
  800e80:	83 c8 00             	or     $0x0,%eax
  800e83:	74 48                	je     800ecd <udivmod64+0x79>
  800e85:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800e8a:	be 00 00 00 00       	mov    $0x0,%esi
  800e8f:	bf 00 00 00 00       	mov    $0x0,%edi
  800e94:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800e9b:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800ea2:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ea5:	eb 5f                	jmp    800f06 <udivmod64+0xb2>
		return ~0ULL;
  800ea7:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800eae:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800eb5:	85 db                	test   %ebx,%ebx
  800eb7:	0f 84 b7 00 00 00    	je     800f74 <udivmod64+0x120>
			*rem = n;
  800ebd:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800ec0:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800ec3:	89 03                	mov    %eax,(%ebx)
  800ec5:	89 53 04             	mov    %edx,0x4(%ebx)
  800ec8:	e9 a7 00 00 00       	jmp    800f74 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800ecd:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800ed0:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800ed3:	85 db                	test   %ebx,%ebx
  800ed5:	74 12                	je     800ee9 <udivmod64+0x95>
			*rem = n32 % d32;
  800ed7:	89 c8                	mov    %ecx,%eax
  800ed9:	ba 00 00 00 00       	mov    $0x0,%edx
  800ede:	f7 f6                	div    %esi
  800ee0:	89 13                	mov    %edx,(%ebx)
  800ee2:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800ee9:	89 c8                	mov    %ecx,%eax
  800eeb:	ba 00 00 00 00       	mov    $0x0,%edx
  800ef0:	f7 f6                	div    %esi
  800ef2:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800ef5:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800efc:	eb 76                	jmp    800f74 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800efe:	83 e9 01             	sub    $0x1,%ecx
  800f01:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800f04:	74 62                	je     800f68 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800f06:	89 f0                	mov    %esi,%eax
  800f08:	89 fa                	mov    %edi,%edx
  800f0a:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800f0e:	01 c0                	add    %eax,%eax
  800f10:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800f13:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800f16:	0f ad fe             	shrd   %cl,%edi,%esi
  800f19:	d3 ef                	shr    %cl,%edi
  800f1b:	f6 c1 20             	test   $0x20,%cl
  800f1e:	74 04                	je     800f24 <udivmod64+0xd0>
  800f20:	89 fe                	mov    %edi,%esi
  800f22:	31 ff                	xor    %edi,%edi
  800f24:	89 f7                	mov    %esi,%edi
  800f26:	83 e7 01             	and    $0x1,%edi
  800f29:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800f2c:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800f33:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800f36:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800f39:	09 c6                	or     %eax,%esi
  800f3b:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800f3d:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800f40:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800f43:	39 c6                	cmp    %eax,%esi
  800f45:	89 fb                	mov    %edi,%ebx
  800f47:	19 d3                	sbb    %edx,%ebx
  800f49:	72 b3                	jb     800efe <udivmod64+0xaa>
			r -= d;
  800f4b:	29 c6                	sub    %eax,%esi
  800f4d:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800f4f:	31 c0                	xor    %eax,%eax
  800f51:	31 d2                	xor    %edx,%edx
  800f53:	f6 c1 20             	test   $0x20,%cl
  800f56:	0f 94 c0             	sete   %al
  800f59:	0f 95 c2             	setne  %dl
  800f5c:	d3 e0                	shl    %cl,%eax
  800f5e:	d3 e2                	shl    %cl,%edx
  800f60:	09 45 d0             	or     %eax,-0x30(%ebp)
  800f63:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800f66:	eb 96                	jmp    800efe <udivmod64+0xaa>
		}
	}
	if (rem)
  800f68:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f6b:	85 db                	test   %ebx,%ebx
  800f6d:	74 05                	je     800f74 <udivmod64+0x120>
		*rem = r;
  800f6f:	89 33                	mov    %esi,(%ebx)
  800f71:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800f74:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800f77:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800f7a:	83 c4 24             	add    $0x24,%esp
  800f7d:	5b                   	pop    %ebx
  800f7e:	5e                   	pop    %esi
  800f7f:	5f                   	pop    %edi
  800f80:	5d                   	pop    %ebp
  800f81:	c3                   	ret

00800f82 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800f82:	55                   	push   %ebp
  800f83:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800f85:	83 ec 04             	sub    $0x4,%esp
  800f88:	6a 00                	push   $0x0
  800f8a:	ff 75 14             	push   0x14(%ebp)
  800f8d:	ff 75 10             	push   0x10(%ebp)
  800f90:	8b 45 08             	mov    0x8(%ebp),%eax
  800f93:	8b 55 0c             	mov    0xc(%ebp),%edx
  800f96:	e8 b9 fe ff ff       	call   800e54 <udivmod64>
}
  800f9b:	c9                   	leave
  800f9c:	c3                   	ret

00800f9d <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800f9d:	55                   	push   %ebp
  800f9e:	89 e5                	mov    %esp,%ebp
  800fa0:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800fa3:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800fa6:	50                   	push   %eax
  800fa7:	ff 75 14             	push   0x14(%ebp)
  800faa:	ff 75 10             	push   0x10(%ebp)
  800fad:	8b 45 08             	mov    0x8(%ebp),%eax
  800fb0:	8b 55 0c             	mov    0xc(%ebp),%edx
  800fb3:	e8 9c fe ff ff       	call   800e54 <udivmod64>
	return r;
}
  800fb8:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800fbb:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800fbe:	c9                   	leave
  800fbf:	c3                   	ret

00800fc0 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800fc0:	55                   	push   %ebp
  800fc1:	89 e5                	mov    %esp,%ebp
  800fc3:	57                   	push   %edi
  800fc4:	56                   	push   %esi
  800fc5:	53                   	push   %ebx
  800fc6:	83 ec 0c             	sub    $0xc,%esp
  800fc9:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800fcc:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800fcf:	8b 45 10             	mov    0x10(%ebp),%eax
  800fd2:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800fd5:	89 ce                	mov    %ecx,%esi
  800fd7:	89 df                	mov    %ebx,%edi
  800fd9:	31 c6                	xor    %eax,%esi
  800fdb:	31 d7                	xor    %edx,%edi
  800fdd:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800fe0:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800fe3:	89 c6                	mov    %eax,%esi
  800fe5:	89 d7                	mov    %edx,%edi
  800fe7:	85 d2                	test   %edx,%edx
  800fe9:	78 25                	js     801010 <__divdi3+0x50>
  800feb:	89 c8                	mov    %ecx,%eax
  800fed:	89 da                	mov    %ebx,%edx
  800fef:	85 db                	test   %ebx,%ebx
  800ff1:	78 2a                	js     80101d <__divdi3+0x5d>
  800ff3:	83 ec 04             	sub    $0x4,%esp
  800ff6:	6a 00                	push   $0x0
  800ff8:	57                   	push   %edi
  800ff9:	56                   	push   %esi
  800ffa:	e8 55 fe ff ff       	call   800e54 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800fff:	83 c4 10             	add    $0x10,%esp
  801002:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  801006:	78 1e                	js     801026 <__divdi3+0x66>
}
  801008:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80100b:	5b                   	pop    %ebx
  80100c:	5e                   	pop    %esi
  80100d:	5f                   	pop    %edi
  80100e:	5d                   	pop    %ebp
  80100f:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801010:	f7 d8                	neg    %eax
  801012:	83 d2 00             	adc    $0x0,%edx
  801015:	f7 da                	neg    %edx
  801017:	89 c6                	mov    %eax,%esi
  801019:	89 d7                	mov    %edx,%edi
  80101b:	eb ce                	jmp    800feb <__divdi3+0x2b>
  80101d:	f7 d8                	neg    %eax
  80101f:	83 d2 00             	adc    $0x0,%edx
  801022:	f7 da                	neg    %edx
  801024:	eb cd                	jmp    800ff3 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  801026:	f7 d8                	neg    %eax
  801028:	83 d2 00             	adc    $0x0,%edx
  80102b:	f7 da                	neg    %edx
  80102d:	eb d9                	jmp    801008 <__divdi3+0x48>

0080102f <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  80102f:	55                   	push   %ebp
  801030:	89 e5                	mov    %esp,%ebp
  801032:	57                   	push   %edi
  801033:	56                   	push   %esi
  801034:	53                   	push   %ebx
  801035:	83 ec 14             	sub    $0x14,%esp
  801038:	8b 45 08             	mov    0x8(%ebp),%eax
  80103b:	8b 55 0c             	mov    0xc(%ebp),%edx
  80103e:	8b 4d 10             	mov    0x10(%ebp),%ecx
  801041:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801044:	89 ce                	mov    %ecx,%esi
  801046:	89 df                	mov    %ebx,%edi
  801048:	85 db                	test   %ebx,%ebx
  80104a:	78 23                	js     80106f <__moddi3+0x40>
  80104c:	85 d2                	test   %edx,%edx
  80104e:	78 28                	js     801078 <__moddi3+0x49>
  801050:	83 ec 04             	sub    $0x4,%esp
  801053:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801056:	51                   	push   %ecx
  801057:	57                   	push   %edi
  801058:	56                   	push   %esi
  801059:	e8 f6 fd ff ff       	call   800e54 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  80105e:	8b 45 e8             	mov    -0x18(%ebp),%eax
  801061:	8b 55 ec             	mov    -0x14(%ebp),%edx
  801064:	83 c4 10             	add    $0x10,%esp
}
  801067:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80106a:	5b                   	pop    %ebx
  80106b:	5e                   	pop    %esi
  80106c:	5f                   	pop    %edi
  80106d:	5d                   	pop    %ebp
  80106e:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  80106f:	f7 de                	neg    %esi
  801071:	83 d7 00             	adc    $0x0,%edi
  801074:	f7 df                	neg    %edi
  801076:	eb d4                	jmp    80104c <__moddi3+0x1d>
  801078:	f7 d8                	neg    %eax
  80107a:	83 d2 00             	adc    $0x0,%edx
  80107d:	f7 da                	neg    %edx
  80107f:	83 ec 04             	sub    $0x4,%esp
  801082:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801085:	51                   	push   %ecx
  801086:	57                   	push   %edi
  801087:	56                   	push   %esi
  801088:	e8 c7 fd ff ff       	call   800e54 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  80108d:	8b 45 e8             	mov    -0x18(%ebp),%eax
  801090:	8b 55 ec             	mov    -0x14(%ebp),%edx
  801093:	f7 d8                	neg    %eax
  801095:	83 d2 00             	adc    $0x0,%edx
  801098:	f7 da                	neg    %edx
  80109a:	83 c4 10             	add    $0x10,%esp
  80109d:	eb c8                	jmp    801067 <__moddi3+0x38>
