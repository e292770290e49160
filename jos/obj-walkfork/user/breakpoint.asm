
obj-walkfork/user/breakpoint:     file format elf32-i386


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
  80002c:	e8 04 00 00 00       	call   800035 <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:
#include <inc/lib.h>

void
umain(int argc, char **argv)
{
	asm volatile("int $3");
  800033:	cc                   	int3
}
  800034:	c3                   	ret

00800035 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  800035:	55                   	push   %ebp
  800036:	89 e5                	mov    %esp,%ebp
  800038:	56                   	push   %esi
  800039:	53                   	push   %ebx
  80003a:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80003d:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  800040:	e8 c6 00 00 00       	call   80010b <sys_getenvid>
  800045:	25 ff 03 00 00       	and    $0x3ff,%eax
  80004a:	6b c0 7c             	imul   $0x7c,%eax,%eax
  80004d:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  800052:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800057:	85 db                	test   %ebx,%ebx
  800059:	7e 07                	jle    800062 <libmain+0x2d>
		binaryname = argv[0];
  80005b:	8b 06                	mov    (%esi),%eax
  80005d:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800062:	83 ec 08             	sub    $0x8,%esp
  800065:	56                   	push   %esi
  800066:	53                   	push   %ebx
  800067:	e8 c7 ff ff ff       	call   800033 <umain>

	exit();
  80006c:	e8 0a 00 00 00       	call   80007b <exit>
}
  800071:	83 c4 10             	add    $0x10,%esp
  800074:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800077:	5b                   	pop    %ebx
  800078:	5e                   	pop    %esi
  800079:	5d                   	pop    %ebp
  80007a:	c3                   	ret

0080007b <exit>:

#include <inc/lib.h>

void
exit(void)
{
  80007b:	55                   	push   %ebp
  80007c:	89 e5                	mov    %esp,%ebp
  80007e:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800081:	6a 00                	push   $0x0
  800083:	e8 42 00 00 00       	call   8000ca <sys_env_destroy>
}
  800088:	83 c4 10             	add    $0x10,%esp
  80008b:	c9                   	leave
  80008c:	c3                   	ret

0080008d <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  80008d:	55                   	push   %ebp
  80008e:	89 e5                	mov    %esp,%ebp
  800090:	57                   	push   %edi
  800091:	56                   	push   %esi
  800092:	53                   	push   %ebx
	asm volatile("int %1\n"
  800093:	b8 00 00 00 00       	mov    $0x0,%eax
  800098:	8b 55 08             	mov    0x8(%ebp),%edx
  80009b:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80009e:	89 c3                	mov    %eax,%ebx
  8000a0:	89 c7                	mov    %eax,%edi
  8000a2:	89 c6                	mov    %eax,%esi
  8000a4:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  8000a6:	5b                   	pop    %ebx
  8000a7:	5e                   	pop    %esi
  8000a8:	5f                   	pop    %edi
  8000a9:	5d                   	pop    %ebp
  8000aa:	c3                   	ret

008000ab <sys_cgetc>:

int
sys_cgetc(void)
{
  8000ab:	55                   	push   %ebp
  8000ac:	89 e5                	mov    %esp,%ebp
  8000ae:	57                   	push   %edi
  8000af:	56                   	push   %esi
  8000b0:	53                   	push   %ebx
	asm volatile("int %1\n"
  8000b1:	ba 00 00 00 00       	mov    $0x0,%edx
  8000b6:	b8 01 00 00 00       	mov    $0x1,%eax
  8000bb:	89 d1                	mov    %edx,%ecx
  8000bd:	89 d3                	mov    %edx,%ebx
  8000bf:	89 d7                	mov    %edx,%edi
  8000c1:	89 d6                	mov    %edx,%esi
  8000c3:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  8000c5:	5b                   	pop    %ebx
  8000c6:	5e                   	pop    %esi
  8000c7:	5f                   	pop    %edi
  8000c8:	5d                   	pop    %ebp
  8000c9:	c3                   	ret

008000ca <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  8000ca:	55                   	push   %ebp
  8000cb:	89 e5                	mov    %esp,%ebp
  8000cd:	57                   	push   %edi
  8000ce:	56                   	push   %esi
  8000cf:	53                   	push   %ebx
  8000d0:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8000d3:	b9 00 00 00 00       	mov    $0x0,%ecx
  8000d8:	8b 55 08             	mov    0x8(%ebp),%edx
  8000db:	b8 03 00 00 00       	mov    $0x3,%eax
  8000e0:	89 cb                	mov    %ecx,%ebx
  8000e2:	89 cf                	mov    %ecx,%edi
  8000e4:	89 ce                	mov    %ecx,%esi
  8000e6:	cd 30                	int    $0x30
	if (check && ret > 0)
  8000e8:	85 c0                	test   %eax,%eax
  8000ea:	7f 08                	jg     8000f4 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  8000ec:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8000ef:	5b                   	pop    %ebx
  8000f0:	5e                   	pop    %esi
  8000f1:	5f                   	pop    %edi
  8000f2:	5d                   	pop    %ebp
  8000f3:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8000f4:	83 ec 0c             	sub    $0xc,%esp
  8000f7:	50                   	push   %eax
  8000f8:	6a 03                	push   $0x3
  8000fa:	68 aa 10 80 00       	push   $0x8010aa
  8000ff:	6a 1f                	push   $0x1f
  800101:	68 c7 10 80 00       	push   $0x8010c7
  800106:	e8 ed 01 00 00       	call   8002f8 <_panic>

0080010b <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  80010b:	55                   	push   %ebp
  80010c:	89 e5                	mov    %esp,%ebp
  80010e:	57                   	push   %edi
  80010f:	56                   	push   %esi
  800110:	53                   	push   %ebx
	asm volatile("int %1\n"
  800111:	ba 00 00 00 00       	mov    $0x0,%edx
  800116:	b8 02 00 00 00       	mov    $0x2,%eax
  80011b:	89 d1                	mov    %edx,%ecx
  80011d:	89 d3                	mov    %edx,%ebx
  80011f:	89 d7                	mov    %edx,%edi
  800121:	89 d6                	mov    %edx,%esi
  800123:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800125:	5b                   	pop    %ebx
  800126:	5e                   	pop    %esi
  800127:	5f                   	pop    %edi
  800128:	5d                   	pop    %ebp
  800129:	c3                   	ret

0080012a <sys_yield>:

void
sys_yield(void)
{
  80012a:	55                   	push   %ebp
  80012b:	89 e5                	mov    %esp,%ebp
  80012d:	57                   	push   %edi
  80012e:	56                   	push   %esi
  80012f:	53                   	push   %ebx
	asm volatile("int %1\n"
  800130:	ba 00 00 00 00       	mov    $0x0,%edx
  800135:	b8 0a 00 00 00       	mov    $0xa,%eax
  80013a:	89 d1                	mov    %edx,%ecx
  80013c:	89 d3                	mov    %edx,%ebx
  80013e:	89 d7                	mov    %edx,%edi
  800140:	89 d6                	mov    %edx,%esi
  800142:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800144:	5b                   	pop    %ebx
  800145:	5e                   	pop    %esi
  800146:	5f                   	pop    %edi
  800147:	5d                   	pop    %ebp
  800148:	c3                   	ret

00800149 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800149:	55                   	push   %ebp
  80014a:	89 e5                	mov    %esp,%ebp
  80014c:	57                   	push   %edi
  80014d:	56                   	push   %esi
  80014e:	53                   	push   %ebx
  80014f:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800152:	be 00 00 00 00       	mov    $0x0,%esi
  800157:	8b 55 08             	mov    0x8(%ebp),%edx
  80015a:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80015d:	b8 04 00 00 00       	mov    $0x4,%eax
  800162:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800165:	89 f7                	mov    %esi,%edi
  800167:	cd 30                	int    $0x30
	if (check && ret > 0)
  800169:	85 c0                	test   %eax,%eax
  80016b:	7f 08                	jg     800175 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  80016d:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800170:	5b                   	pop    %ebx
  800171:	5e                   	pop    %esi
  800172:	5f                   	pop    %edi
  800173:	5d                   	pop    %ebp
  800174:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800175:	83 ec 0c             	sub    $0xc,%esp
  800178:	50                   	push   %eax
  800179:	6a 04                	push   $0x4
  80017b:	68 aa 10 80 00       	push   $0x8010aa
  800180:	6a 1f                	push   $0x1f
  800182:	68 c7 10 80 00       	push   $0x8010c7
  800187:	e8 6c 01 00 00       	call   8002f8 <_panic>

0080018c <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  80018c:	55                   	push   %ebp
  80018d:	89 e5                	mov    %esp,%ebp
  80018f:	57                   	push   %edi
  800190:	56                   	push   %esi
  800191:	53                   	push   %ebx
  800192:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800195:	8b 55 08             	mov    0x8(%ebp),%edx
  800198:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80019b:	b8 05 00 00 00       	mov    $0x5,%eax
  8001a0:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8001a3:	8b 7d 14             	mov    0x14(%ebp),%edi
  8001a6:	8b 75 18             	mov    0x18(%ebp),%esi
  8001a9:	cd 30                	int    $0x30
	if (check && ret > 0)
  8001ab:	85 c0                	test   %eax,%eax
  8001ad:	7f 08                	jg     8001b7 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  8001af:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001b2:	5b                   	pop    %ebx
  8001b3:	5e                   	pop    %esi
  8001b4:	5f                   	pop    %edi
  8001b5:	5d                   	pop    %ebp
  8001b6:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8001b7:	83 ec 0c             	sub    $0xc,%esp
  8001ba:	50                   	push   %eax
  8001bb:	6a 05                	push   $0x5
  8001bd:	68 aa 10 80 00       	push   $0x8010aa
  8001c2:	6a 1f                	push   $0x1f
  8001c4:	68 c7 10 80 00       	push   $0x8010c7
  8001c9:	e8 2a 01 00 00       	call   8002f8 <_panic>

008001ce <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  8001ce:	55                   	push   %ebp
  8001cf:	89 e5                	mov    %esp,%ebp
  8001d1:	57                   	push   %edi
  8001d2:	56                   	push   %esi
  8001d3:	53                   	push   %ebx
  8001d4:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8001d7:	bb 00 00 00 00       	mov    $0x0,%ebx
  8001dc:	8b 55 08             	mov    0x8(%ebp),%edx
  8001df:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8001e2:	b8 06 00 00 00       	mov    $0x6,%eax
  8001e7:	89 df                	mov    %ebx,%edi
  8001e9:	89 de                	mov    %ebx,%esi
  8001eb:	cd 30                	int    $0x30
	if (check && ret > 0)
  8001ed:	85 c0                	test   %eax,%eax
  8001ef:	7f 08                	jg     8001f9 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  8001f1:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001f4:	5b                   	pop    %ebx
  8001f5:	5e                   	pop    %esi
  8001f6:	5f                   	pop    %edi
  8001f7:	5d                   	pop    %ebp
  8001f8:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8001f9:	83 ec 0c             	sub    $0xc,%esp
  8001fc:	50                   	push   %eax
  8001fd:	6a 06                	push   $0x6
  8001ff:	68 aa 10 80 00       	push   $0x8010aa
  800204:	6a 1f                	push   $0x1f
  800206:	68 c7 10 80 00       	push   $0x8010c7
  80020b:	e8 e8 00 00 00       	call   8002f8 <_panic>

00800210 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800210:	55                   	push   %ebp
  800211:	89 e5                	mov    %esp,%ebp
  800213:	57                   	push   %edi
  800214:	56                   	push   %esi
  800215:	53                   	push   %ebx
  800216:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800219:	bb 00 00 00 00       	mov    $0x0,%ebx
  80021e:	8b 55 08             	mov    0x8(%ebp),%edx
  800221:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800224:	b8 08 00 00 00       	mov    $0x8,%eax
  800229:	89 df                	mov    %ebx,%edi
  80022b:	89 de                	mov    %ebx,%esi
  80022d:	cd 30                	int    $0x30
	if (check && ret > 0)
  80022f:	85 c0                	test   %eax,%eax
  800231:	7f 08                	jg     80023b <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800233:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800236:	5b                   	pop    %ebx
  800237:	5e                   	pop    %esi
  800238:	5f                   	pop    %edi
  800239:	5d                   	pop    %ebp
  80023a:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80023b:	83 ec 0c             	sub    $0xc,%esp
  80023e:	50                   	push   %eax
  80023f:	6a 08                	push   $0x8
  800241:	68 aa 10 80 00       	push   $0x8010aa
  800246:	6a 1f                	push   $0x1f
  800248:	68 c7 10 80 00       	push   $0x8010c7
  80024d:	e8 a6 00 00 00       	call   8002f8 <_panic>

00800252 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800252:	55                   	push   %ebp
  800253:	89 e5                	mov    %esp,%ebp
  800255:	57                   	push   %edi
  800256:	56                   	push   %esi
  800257:	53                   	push   %ebx
  800258:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80025b:	bb 00 00 00 00       	mov    $0x0,%ebx
  800260:	8b 55 08             	mov    0x8(%ebp),%edx
  800263:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800266:	b8 09 00 00 00       	mov    $0x9,%eax
  80026b:	89 df                	mov    %ebx,%edi
  80026d:	89 de                	mov    %ebx,%esi
  80026f:	cd 30                	int    $0x30
	if (check && ret > 0)
  800271:	85 c0                	test   %eax,%eax
  800273:	7f 08                	jg     80027d <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800275:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800278:	5b                   	pop    %ebx
  800279:	5e                   	pop    %esi
  80027a:	5f                   	pop    %edi
  80027b:	5d                   	pop    %ebp
  80027c:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80027d:	83 ec 0c             	sub    $0xc,%esp
  800280:	50                   	push   %eax
  800281:	6a 09                	push   $0x9
  800283:	68 aa 10 80 00       	push   $0x8010aa
  800288:	6a 1f                	push   $0x1f
  80028a:	68 c7 10 80 00       	push   $0x8010c7
  80028f:	e8 64 00 00 00       	call   8002f8 <_panic>

00800294 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  800294:	55                   	push   %ebp
  800295:	89 e5                	mov    %esp,%ebp
  800297:	57                   	push   %edi
  800298:	56                   	push   %esi
  800299:	53                   	push   %ebx
	asm volatile("int %1\n"
  80029a:	8b 55 08             	mov    0x8(%ebp),%edx
  80029d:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8002a0:	b8 0b 00 00 00       	mov    $0xb,%eax
  8002a5:	be 00 00 00 00       	mov    $0x0,%esi
  8002aa:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8002ad:	8b 7d 14             	mov    0x14(%ebp),%edi
  8002b0:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8002b2:	5b                   	pop    %ebx
  8002b3:	5e                   	pop    %esi
  8002b4:	5f                   	pop    %edi
  8002b5:	5d                   	pop    %ebp
  8002b6:	c3                   	ret

008002b7 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8002b7:	55                   	push   %ebp
  8002b8:	89 e5                	mov    %esp,%ebp
  8002ba:	57                   	push   %edi
  8002bb:	56                   	push   %esi
  8002bc:	53                   	push   %ebx
  8002bd:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8002c0:	b9 00 00 00 00       	mov    $0x0,%ecx
  8002c5:	8b 55 08             	mov    0x8(%ebp),%edx
  8002c8:	b8 0c 00 00 00       	mov    $0xc,%eax
  8002cd:	89 cb                	mov    %ecx,%ebx
  8002cf:	89 cf                	mov    %ecx,%edi
  8002d1:	89 ce                	mov    %ecx,%esi
  8002d3:	cd 30                	int    $0x30
	if (check && ret > 0)
  8002d5:	85 c0                	test   %eax,%eax
  8002d7:	7f 08                	jg     8002e1 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  8002d9:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8002dc:	5b                   	pop    %ebx
  8002dd:	5e                   	pop    %esi
  8002de:	5f                   	pop    %edi
  8002df:	5d                   	pop    %ebp
  8002e0:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8002e1:	83 ec 0c             	sub    $0xc,%esp
  8002e4:	50                   	push   %eax
  8002e5:	6a 0c                	push   $0xc
  8002e7:	68 aa 10 80 00       	push   $0x8010aa
  8002ec:	6a 1f                	push   $0x1f
  8002ee:	68 c7 10 80 00       	push   $0x8010c7
  8002f3:	e8 00 00 00 00       	call   8002f8 <_panic>

008002f8 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  8002f8:	55                   	push   %ebp
  8002f9:	89 e5                	mov    %esp,%ebp
  8002fb:	56                   	push   %esi
  8002fc:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  8002fd:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800300:	8b 35 00 20 80 00    	mov    0x802000,%esi
  800306:	e8 00 fe ff ff       	call   80010b <sys_getenvid>
  80030b:	83 ec 0c             	sub    $0xc,%esp
  80030e:	ff 75 0c             	push   0xc(%ebp)
  800311:	ff 75 08             	push   0x8(%ebp)
  800314:	56                   	push   %esi
  800315:	50                   	push   %eax
  800316:	68 d8 10 80 00       	push   $0x8010d8
  80031b:	e8 4d 07 00 00       	call   800a6d <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800320:	83 c4 18             	add    $0x18,%esp
  800323:	53                   	push   %ebx
  800324:	ff 75 10             	push   0x10(%ebp)
  800327:	e8 56 00 00 00       	call   800382 <vcprintf>
	cprintf("\n");
  80032c:	c7 04 24 fb 10 80 00 	movl   $0x8010fb,(%esp)
  800333:	e8 35 07 00 00       	call   800a6d <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  800338:	cc                   	int3
  800339:	83 c4 10             	add    $0x10,%esp
	for (;;)
  80033c:	eb fe                	jmp    80033c <_panic+0x44>

0080033e <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  80033e:	55                   	push   %ebp
  80033f:	89 e5                	mov    %esp,%ebp
  800341:	53                   	push   %ebx
  800342:	83 ec 04             	sub    $0x4,%esp
  800345:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  800348:	8b 13                	mov    (%ebx),%edx
  80034a:	8d 42 01             	lea    0x1(%edx),%eax
  80034d:	89 03                	mov    %eax,(%ebx)
  80034f:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800352:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  800356:	3d 00 01 00 00       	cmp    $0x100,%eax
  80035b:	74 09                	je     800366 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  80035d:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  800361:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800364:	c9                   	leave
  800365:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  800366:	83 ec 08             	sub    $0x8,%esp
  800369:	68 00 01 00 00       	push   $0x100
  80036e:	8d 43 08             	lea    0x8(%ebx),%eax
  800371:	50                   	push   %eax
  800372:	e8 16 fd ff ff       	call   80008d <sys_cputs>
		b->idx = 0;
  800377:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  80037d:	83 c4 10             	add    $0x10,%esp
  800380:	eb db                	jmp    80035d <putch+0x1f>

00800382 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  800382:	55                   	push   %ebp
  800383:	89 e5                	mov    %esp,%ebp
  800385:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  80038b:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  800392:	00 00 00 
	b.cnt = 0;
  800395:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  80039c:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  80039f:	ff 75 0c             	push   0xc(%ebp)
  8003a2:	ff 75 08             	push   0x8(%ebp)
  8003a5:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8003ab:	50                   	push   %eax
  8003ac:	68 3e 03 80 00       	push   $0x80033e
  8003b1:	e8 64 00 00 00       	call   80041a <vprintfmt>
	if (b->idx > 0) {
  8003b6:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8003bc:	83 c4 10             	add    $0x10,%esp
  8003bf:	85 c0                	test   %eax,%eax
  8003c1:	7f 08                	jg     8003cb <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8003c3:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8003c9:	c9                   	leave
  8003ca:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8003cb:	83 ec 08             	sub    $0x8,%esp
  8003ce:	50                   	push   %eax
  8003cf:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  8003d5:	50                   	push   %eax
  8003d6:	e8 b2 fc ff ff       	call   80008d <sys_cputs>
  8003db:	83 c4 10             	add    $0x10,%esp
  8003de:	eb e3                	jmp    8003c3 <vcprintf+0x41>

008003e0 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8003e0:	55                   	push   %ebp
  8003e1:	89 e5                	mov    %esp,%ebp
  8003e3:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8003e6:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  8003ea:	8b 10                	mov    (%eax),%edx
  8003ec:	3b 50 04             	cmp    0x4(%eax),%edx
  8003ef:	73 0a                	jae    8003fb <sprintputch+0x1b>
		*b->buf++ = ch;
  8003f1:	8d 4a 01             	lea    0x1(%edx),%ecx
  8003f4:	89 08                	mov    %ecx,(%eax)
  8003f6:	8b 45 08             	mov    0x8(%ebp),%eax
  8003f9:	88 02                	mov    %al,(%edx)
}
  8003fb:	5d                   	pop    %ebp
  8003fc:	c3                   	ret

008003fd <printfmt>:
{
  8003fd:	55                   	push   %ebp
  8003fe:	89 e5                	mov    %esp,%ebp
  800400:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800403:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  800406:	50                   	push   %eax
  800407:	ff 75 10             	push   0x10(%ebp)
  80040a:	ff 75 0c             	push   0xc(%ebp)
  80040d:	ff 75 08             	push   0x8(%ebp)
  800410:	e8 05 00 00 00       	call   80041a <vprintfmt>
}
  800415:	83 c4 10             	add    $0x10,%esp
  800418:	c9                   	leave
  800419:	c3                   	ret

0080041a <vprintfmt>:
{
  80041a:	55                   	push   %ebp
  80041b:	89 e5                	mov    %esp,%ebp
  80041d:	57                   	push   %edi
  80041e:	56                   	push   %esi
  80041f:	53                   	push   %ebx
  800420:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800423:	8b 45 10             	mov    0x10(%ebp),%eax
  800426:	8d 58 01             	lea    0x1(%eax),%ebx
  800429:	0f b6 00             	movzbl (%eax),%eax
  80042c:	83 f8 25             	cmp    $0x25,%eax
  80042f:	74 24                	je     800455 <vprintfmt+0x3b>
  800431:	8b 75 08             	mov    0x8(%ebp),%esi
  800434:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800437:	85 c0                	test   %eax,%eax
  800439:	0f 84 d8 05 00 00    	je     800a17 <vprintfmt+0x5fd>
			putch(ch, putdat);
  80043f:	83 ec 08             	sub    $0x8,%esp
  800442:	57                   	push   %edi
  800443:	50                   	push   %eax
  800444:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800446:	83 c3 01             	add    $0x1,%ebx
  800449:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  80044d:	83 c4 10             	add    $0x10,%esp
  800450:	83 f8 25             	cmp    $0x25,%eax
  800453:	75 e2                	jne    800437 <vprintfmt+0x1d>
		padc = ' ';
  800455:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  800459:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  80045e:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  800465:	b9 00 00 00 00       	mov    $0x0,%ecx
  80046a:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80046c:	8d 53 01             	lea    0x1(%ebx),%edx
  80046f:	0f b6 0b             	movzbl (%ebx),%ecx
  800472:	8d 41 dd             	lea    -0x23(%ecx),%eax
  800475:	3c 55                	cmp    $0x55,%al
  800477:	0f 87 21 05 00 00    	ja     80099e <vprintfmt+0x584>
  80047d:	0f b6 c0             	movzbl %al,%eax
  800480:	ff 24 85 c0 11 80 00 	jmp    *0x8011c0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  800487:	89 5d 10             	mov    %ebx,0x10(%ebp)
  80048a:	eb 97                	jmp    800423 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  80048c:	89 d3                	mov    %edx,%ebx
			padc = '-';
  80048e:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  800492:	eb d8                	jmp    80046c <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800494:	89 d3                	mov    %edx,%ebx
  800496:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  80049a:	eb d0                	jmp    80046c <vprintfmt+0x52>
  80049c:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  80049f:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8004a2:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8004a6:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004a9:	83 f9 09             	cmp    $0x9,%ecx
  8004ac:	77 54                	ja     800502 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8004ae:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8004b1:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8004b4:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8004b8:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8004bb:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004be:	83 f9 09             	cmp    $0x9,%ecx
  8004c1:	76 eb                	jbe    8004ae <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8004c3:	89 d3                	mov    %edx,%ebx
  8004c5:	eb 0d                	jmp    8004d4 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8004c7:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ca:	8b 38                	mov    (%eax),%edi
  8004cc:	8d 40 04             	lea    0x4(%eax),%eax
  8004cf:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8004d2:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8004d4:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8004d8:	79 92                	jns    80046c <vprintfmt+0x52>
				width = precision, precision = -1;
  8004da:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8004dd:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8004e2:	eb 88                	jmp    80046c <vprintfmt+0x52>
			if (width < 0)
  8004e4:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  8004e7:	85 c9                	test   %ecx,%ecx
  8004e9:	b8 00 00 00 00       	mov    $0x0,%eax
  8004ee:	0f 49 c1             	cmovns %ecx,%eax
  8004f1:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8004f4:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8004f6:	e9 71 ff ff ff       	jmp    80046c <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8004fb:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8004fd:	e9 6a ff ff ff       	jmp    80046c <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800502:	89 d3                	mov    %edx,%ebx
  800504:	eb ce                	jmp    8004d4 <vprintfmt+0xba>
			lflag++;
  800506:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800509:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80050b:	e9 5c ff ff ff       	jmp    80046c <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800510:	89 55 10             	mov    %edx,0x10(%ebp)
  800513:	8b 45 14             	mov    0x14(%ebp),%eax
  800516:	8d 58 04             	lea    0x4(%eax),%ebx
  800519:	83 ec 08             	sub    $0x8,%esp
  80051c:	ff 75 0c             	push   0xc(%ebp)
  80051f:	ff 30                	push   (%eax)
  800521:	ff 55 08             	call   *0x8(%ebp)
			break;
  800524:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800527:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  80052a:	e9 f4 fe ff ff       	jmp    800423 <vprintfmt+0x9>
			err = va_arg(ap, int);
  80052f:	89 55 10             	mov    %edx,0x10(%ebp)
  800532:	8b 45 14             	mov    0x14(%ebp),%eax
  800535:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800538:	8b 10                	mov    (%eax),%edx
  80053a:	89 d0                	mov    %edx,%eax
  80053c:	f7 d8                	neg    %eax
  80053e:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800541:	83 f8 08             	cmp    $0x8,%eax
  800544:	7f 27                	jg     80056d <vprintfmt+0x153>
  800546:	8b 14 85 20 13 80 00 	mov    0x801320(,%eax,4),%edx
  80054d:	85 d2                	test   %edx,%edx
  80054f:	74 1c                	je     80056d <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800551:	52                   	push   %edx
  800552:	68 0d 11 80 00       	push   $0x80110d
  800557:	ff 75 0c             	push   0xc(%ebp)
  80055a:	ff 75 08             	push   0x8(%ebp)
  80055d:	e8 9b fe ff ff       	call   8003fd <printfmt>
  800562:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800565:	89 5d 14             	mov    %ebx,0x14(%ebp)
  800568:	e9 b6 fe ff ff       	jmp    800423 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  80056d:	50                   	push   %eax
  80056e:	68 04 11 80 00       	push   $0x801104
  800573:	ff 75 0c             	push   0xc(%ebp)
  800576:	ff 75 08             	push   0x8(%ebp)
  800579:	e8 7f fe ff ff       	call   8003fd <printfmt>
  80057e:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800581:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  800584:	e9 9a fe ff ff       	jmp    800423 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  800589:	89 55 10             	mov    %edx,0x10(%ebp)
  80058c:	8b 45 14             	mov    0x14(%ebp),%eax
  80058f:	83 c0 04             	add    $0x4,%eax
  800592:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800595:	8b 45 14             	mov    0x14(%ebp),%eax
  800598:	8b 30                	mov    (%eax),%esi
  80059a:	85 f6                	test   %esi,%esi
  80059c:	0f 84 53 04 00 00    	je     8009f5 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8005a2:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8005a6:	7e 06                	jle    8005ae <vprintfmt+0x194>
  8005a8:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8005ac:	75 1b                	jne    8005c9 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8005ae:	8d 5e 01             	lea    0x1(%esi),%ebx
  8005b1:	0f be 06             	movsbl (%esi),%eax
  8005b4:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005b7:	85 c0                	test   %eax,%eax
  8005b9:	0f 85 80 00 00 00    	jne    80063f <vprintfmt+0x225>
  8005bf:	e9 8c 00 00 00       	jmp    800650 <vprintfmt+0x236>
				p = "(null)";
  8005c4:	be fd 10 80 00       	mov    $0x8010fd,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8005c9:	83 ec 08             	sub    $0x8,%esp
  8005cc:	57                   	push   %edi
  8005cd:	56                   	push   %esi
  8005ce:	e8 ea 04 00 00       	call   800abd <strnlen>
  8005d3:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8005d6:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8005d9:	83 c4 10             	add    $0x10,%esp
  8005dc:	85 d2                	test   %edx,%edx
  8005de:	0f 8e f5 03 00 00    	jle    8009d9 <vprintfmt+0x5bf>
					putch(padc, putdat);
  8005e4:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  8005e8:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8005eb:	89 d6                	mov    %edx,%esi
  8005ed:	89 7d b0             	mov    %edi,-0x50(%ebp)
  8005f0:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8005f3:	83 ec 08             	sub    $0x8,%esp
  8005f6:	57                   	push   %edi
  8005f7:	53                   	push   %ebx
  8005f8:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  8005fb:	83 c4 10             	add    $0x10,%esp
  8005fe:	83 ee 01             	sub    $0x1,%esi
  800601:	75 f0                	jne    8005f3 <vprintfmt+0x1d9>
  800603:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800606:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800609:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80060c:	8d 5e 01             	lea    0x1(%esi),%ebx
  80060f:	0f be 06             	movsbl (%esi),%eax
  800612:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800615:	85 c0                	test   %eax,%eax
  800617:	75 26                	jne    80063f <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800619:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80061c:	89 45 14             	mov    %eax,0x14(%ebp)
  80061f:	e9 ff fd ff ff       	jmp    800423 <vprintfmt+0x9>
				putch(ch, putdat);
  800624:	83 ec 08             	sub    $0x8,%esp
  800627:	ff 75 0c             	push   0xc(%ebp)
  80062a:	50                   	push   %eax
  80062b:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80062e:	83 ee 01             	sub    $0x1,%esi
  800631:	83 c3 01             	add    $0x1,%ebx
  800634:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800638:	83 c4 10             	add    $0x10,%esp
  80063b:	85 c0                	test   %eax,%eax
  80063d:	74 0e                	je     80064d <vprintfmt+0x233>
  80063f:	85 ff                	test   %edi,%edi
  800641:	78 e1                	js     800624 <vprintfmt+0x20a>
  800643:	83 ef 01             	sub    $0x1,%edi
  800646:	79 dc                	jns    800624 <vprintfmt+0x20a>
  800648:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80064b:	eb 03                	jmp    800650 <vprintfmt+0x236>
  80064d:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800650:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800654:	7e 24                	jle    80067a <vprintfmt+0x260>
  800656:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  800659:	8b 75 08             	mov    0x8(%ebp),%esi
  80065c:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  80065f:	83 ec 08             	sub    $0x8,%esp
  800662:	57                   	push   %edi
  800663:	6a 20                	push   $0x20
  800665:	ff d6                	call   *%esi
			for (; width > 0; width--)
  800667:	83 c4 10             	add    $0x10,%esp
  80066a:	83 eb 01             	sub    $0x1,%ebx
  80066d:	75 f0                	jne    80065f <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  80066f:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800672:	89 45 14             	mov    %eax,0x14(%ebp)
  800675:	e9 a9 fd ff ff       	jmp    800423 <vprintfmt+0x9>
  80067a:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80067d:	89 45 14             	mov    %eax,0x14(%ebp)
  800680:	e9 9e fd ff ff       	jmp    800423 <vprintfmt+0x9>
	if (lflag >= 2)
  800685:	89 55 10             	mov    %edx,0x10(%ebp)
  800688:	83 fe 01             	cmp    $0x1,%esi
  80068b:	7f 1b                	jg     8006a8 <vprintfmt+0x28e>
	else if (lflag)
  80068d:	85 f6                	test   %esi,%esi
  80068f:	74 39                	je     8006ca <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  800691:	8b 45 14             	mov    0x14(%ebp),%eax
  800694:	8b 00                	mov    (%eax),%eax
  800696:	89 c6                	mov    %eax,%esi
  800698:	89 c7                	mov    %eax,%edi
  80069a:	c1 ff 1f             	sar    $0x1f,%edi
  80069d:	8b 45 14             	mov    0x14(%ebp),%eax
  8006a0:	8d 40 04             	lea    0x4(%eax),%eax
  8006a3:	89 45 14             	mov    %eax,0x14(%ebp)
  8006a6:	eb 0e                	jmp    8006b6 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8006a8:	8b 45 14             	mov    0x14(%ebp),%eax
  8006ab:	8b 30                	mov    (%eax),%esi
  8006ad:	8b 78 04             	mov    0x4(%eax),%edi
  8006b0:	8d 40 08             	lea    0x8(%eax),%eax
  8006b3:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8006b6:	85 ff                	test   %edi,%edi
  8006b8:	78 27                	js     8006e1 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8006ba:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006bd:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8006c0:	b8 0a 00 00 00       	mov    $0xa,%eax
  8006c5:	e9 53 01 00 00       	jmp    80081d <vprintfmt+0x403>
		return va_arg(*ap, int);
  8006ca:	8b 45 14             	mov    0x14(%ebp),%eax
  8006cd:	8b 00                	mov    (%eax),%eax
  8006cf:	89 c6                	mov    %eax,%esi
  8006d1:	89 c7                	mov    %eax,%edi
  8006d3:	c1 ff 1f             	sar    $0x1f,%edi
  8006d6:	8b 45 14             	mov    0x14(%ebp),%eax
  8006d9:	8d 40 04             	lea    0x4(%eax),%eax
  8006dc:	89 45 14             	mov    %eax,0x14(%ebp)
  8006df:	eb d5                	jmp    8006b6 <vprintfmt+0x29c>
				putch('-', putdat);
  8006e1:	83 ec 08             	sub    $0x8,%esp
  8006e4:	ff 75 0c             	push   0xc(%ebp)
  8006e7:	6a 2d                	push   $0x2d
  8006e9:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  8006ec:	f7 de                	neg    %esi
  8006ee:	83 d7 00             	adc    $0x0,%edi
  8006f1:	f7 df                	neg    %edi
  8006f3:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006f6:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  8006f9:	83 c4 10             	add    $0x10,%esp
			base = 10;
  8006fc:	b8 0a 00 00 00       	mov    $0xa,%eax
  800701:	e9 17 01 00 00       	jmp    80081d <vprintfmt+0x403>
	if (lflag >= 2)
  800706:	89 55 10             	mov    %edx,0x10(%ebp)
  800709:	83 fe 01             	cmp    $0x1,%esi
  80070c:	7f 27                	jg     800735 <vprintfmt+0x31b>
	else if (lflag)
  80070e:	85 f6                	test   %esi,%esi
  800710:	74 44                	je     800756 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800712:	8b 45 14             	mov    0x14(%ebp),%eax
  800715:	8b 00                	mov    (%eax),%eax
  800717:	ba 00 00 00 00       	mov    $0x0,%edx
  80071c:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80071f:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800722:	8b 45 14             	mov    0x14(%ebp),%eax
  800725:	8d 40 04             	lea    0x4(%eax),%eax
  800728:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80072b:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800730:	e9 e8 00 00 00       	jmp    80081d <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800735:	8b 45 14             	mov    0x14(%ebp),%eax
  800738:	8b 50 04             	mov    0x4(%eax),%edx
  80073b:	8b 00                	mov    (%eax),%eax
  80073d:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800740:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800743:	8b 45 14             	mov    0x14(%ebp),%eax
  800746:	8d 40 08             	lea    0x8(%eax),%eax
  800749:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80074c:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800751:	e9 c7 00 00 00       	jmp    80081d <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800756:	8b 45 14             	mov    0x14(%ebp),%eax
  800759:	8b 00                	mov    (%eax),%eax
  80075b:	ba 00 00 00 00       	mov    $0x0,%edx
  800760:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800763:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800766:	8b 45 14             	mov    0x14(%ebp),%eax
  800769:	8d 40 04             	lea    0x4(%eax),%eax
  80076c:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80076f:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  800774:	e9 a4 00 00 00       	jmp    80081d <vprintfmt+0x403>
	if (lflag >= 2)
  800779:	89 55 10             	mov    %edx,0x10(%ebp)
  80077c:	83 fe 01             	cmp    $0x1,%esi
  80077f:	7f 24                	jg     8007a5 <vprintfmt+0x38b>
	else if (lflag)
  800781:	85 f6                	test   %esi,%esi
  800783:	74 3e                	je     8007c3 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  800785:	8b 45 14             	mov    0x14(%ebp),%eax
  800788:	8b 00                	mov    (%eax),%eax
  80078a:	ba 00 00 00 00       	mov    $0x0,%edx
  80078f:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800792:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800795:	8b 45 14             	mov    0x14(%ebp),%eax
  800798:	8d 40 04             	lea    0x4(%eax),%eax
  80079b:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  80079e:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8007a3:	eb 78                	jmp    80081d <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8007a5:	8b 45 14             	mov    0x14(%ebp),%eax
  8007a8:	8b 50 04             	mov    0x4(%eax),%edx
  8007ab:	8b 00                	mov    (%eax),%eax
  8007ad:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007b0:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007b3:	8b 45 14             	mov    0x14(%ebp),%eax
  8007b6:	8d 40 08             	lea    0x8(%eax),%eax
  8007b9:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007bc:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8007c1:	eb 5a                	jmp    80081d <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8007c3:	8b 45 14             	mov    0x14(%ebp),%eax
  8007c6:	8b 00                	mov    (%eax),%eax
  8007c8:	ba 00 00 00 00       	mov    $0x0,%edx
  8007cd:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007d0:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007d3:	8b 45 14             	mov    0x14(%ebp),%eax
  8007d6:	8d 40 04             	lea    0x4(%eax),%eax
  8007d9:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007dc:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8007e1:	eb 3a                	jmp    80081d <vprintfmt+0x403>
			putch('0', putdat);
  8007e3:	89 55 10             	mov    %edx,0x10(%ebp)
  8007e6:	83 ec 08             	sub    $0x8,%esp
  8007e9:	ff 75 0c             	push   0xc(%ebp)
  8007ec:	6a 30                	push   $0x30
  8007ee:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  8007f1:	83 c4 08             	add    $0x8,%esp
  8007f4:	ff 75 0c             	push   0xc(%ebp)
  8007f7:	6a 78                	push   $0x78
  8007f9:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  8007fc:	8b 45 14             	mov    0x14(%ebp),%eax
  8007ff:	8b 00                	mov    (%eax),%eax
  800801:	ba 00 00 00 00       	mov    $0x0,%edx
  800806:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800809:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  80080c:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  80080f:	8b 45 14             	mov    0x14(%ebp),%eax
  800812:	8d 40 04             	lea    0x4(%eax),%eax
  800815:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800818:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  80081d:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800821:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800824:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800829:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80082c:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800833:	89 7d a8             	mov    %edi,-0x58(%ebp)
  800836:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800839:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  80083c:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  80083f:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800843:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  800846:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800849:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  80084c:	ff 75 bc             	push   -0x44(%ebp)
  80084f:	ff 75 b8             	push   -0x48(%ebp)
  800852:	57                   	push   %edi
  800853:	56                   	push   %esi
  800854:	e8 2f 07 00 00       	call   800f88 <__umoddi3>
  800859:	83 c4 10             	add    $0x10,%esp
  80085c:	0f b6 80 10 11 80 00 	movzbl 0x801110(%eax),%eax
  800863:	88 03                	mov    %al,(%ebx)
		num /= base;
  800865:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800868:	89 fb                	mov    %edi,%ebx
  80086a:	ff 75 bc             	push   -0x44(%ebp)
  80086d:	ff 75 b8             	push   -0x48(%ebp)
  800870:	57                   	push   %edi
  800871:	56                   	push   %esi
  800872:	e8 f6 06 00 00       	call   800f6d <__udivdi3>
  800877:	83 c4 10             	add    $0x10,%esp
  80087a:	89 c6                	mov    %eax,%esi
  80087c:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  80087e:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  800881:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  800884:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  800887:	73 b6                	jae    80083f <vprintfmt+0x425>
	pad = width - n;
  800889:	8b 7d a8             	mov    -0x58(%ebp),%edi
  80088c:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  80088f:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800892:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  800894:	83 ff 2d             	cmp    $0x2d,%edi
  800897:	0f 84 de 00 00 00    	je     80097b <vprintfmt+0x561>
		for (; pad > 0; pad--)
  80089d:	85 f6                	test   %esi,%esi
  80089f:	0f 8e 27 01 00 00    	jle    8009cc <vprintfmt+0x5b2>
  8008a5:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8008a8:	83 ec 08             	sub    $0x8,%esp
  8008ab:	53                   	push   %ebx
  8008ac:	57                   	push   %edi
  8008ad:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8008b0:	83 c4 10             	add    $0x10,%esp
  8008b3:	83 ee 01             	sub    $0x1,%esi
  8008b6:	75 f0                	jne    8008a8 <vprintfmt+0x48e>
  8008b8:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8008bb:	85 db                	test   %ebx,%ebx
  8008bd:	0f 8e 60 fb ff ff    	jle    800423 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8008c3:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8008c6:	8b 75 08             	mov    0x8(%ebp),%esi
  8008c9:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8008cc:	83 eb 01             	sub    $0x1,%ebx
  8008cf:	83 ec 08             	sub    $0x8,%esp
  8008d2:	57                   	push   %edi
  8008d3:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8008d8:	50                   	push   %eax
  8008d9:	ff d6                	call   *%esi
	while (n > 0)
  8008db:	83 c4 10             	add    $0x10,%esp
  8008de:	85 db                	test   %ebx,%ebx
  8008e0:	7f ea                	jg     8008cc <vprintfmt+0x4b2>
  8008e2:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8008e5:	85 f6                	test   %esi,%esi
  8008e7:	0f 8e 36 fb ff ff    	jle    800423 <vprintfmt+0x9>
  8008ed:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8008f0:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  8008f3:	83 ec 08             	sub    $0x8,%esp
  8008f6:	57                   	push   %edi
  8008f7:	6a 20                	push   $0x20
  8008f9:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  8008fb:	83 c4 10             	add    $0x10,%esp
  8008fe:	83 ee 01             	sub    $0x1,%esi
  800901:	75 f0                	jne    8008f3 <vprintfmt+0x4d9>
  800903:	e9 1b fb ff ff       	jmp    800423 <vprintfmt+0x9>
	if (lflag >= 2)
  800908:	89 55 10             	mov    %edx,0x10(%ebp)
  80090b:	83 fe 01             	cmp    $0x1,%esi
  80090e:	7f 27                	jg     800937 <vprintfmt+0x51d>
	else if (lflag)
  800910:	85 f6                	test   %esi,%esi
  800912:	74 44                	je     800958 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800914:	8b 45 14             	mov    0x14(%ebp),%eax
  800917:	8b 00                	mov    (%eax),%eax
  800919:	ba 00 00 00 00       	mov    $0x0,%edx
  80091e:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800921:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800924:	8b 45 14             	mov    0x14(%ebp),%eax
  800927:	8d 40 04             	lea    0x4(%eax),%eax
  80092a:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80092d:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  800932:	e9 e6 fe ff ff       	jmp    80081d <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800937:	8b 45 14             	mov    0x14(%ebp),%eax
  80093a:	8b 50 04             	mov    0x4(%eax),%edx
  80093d:	8b 00                	mov    (%eax),%eax
  80093f:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800942:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800945:	8b 45 14             	mov    0x14(%ebp),%eax
  800948:	8d 40 08             	lea    0x8(%eax),%eax
  80094b:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80094e:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800953:	e9 c5 fe ff ff       	jmp    80081d <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800958:	8b 45 14             	mov    0x14(%ebp),%eax
  80095b:	8b 00                	mov    (%eax),%eax
  80095d:	ba 00 00 00 00       	mov    $0x0,%edx
  800962:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800965:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800968:	8b 45 14             	mov    0x14(%ebp),%eax
  80096b:	8d 40 04             	lea    0x4(%eax),%eax
  80096e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800971:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  800976:	e9 a2 fe ff ff       	jmp    80081d <vprintfmt+0x403>
	while (n > 0)
  80097b:	85 db                	test   %ebx,%ebx
  80097d:	0f 8f 40 ff ff ff    	jg     8008c3 <vprintfmt+0x4a9>
  800983:	e9 5d ff ff ff       	jmp    8008e5 <vprintfmt+0x4cb>
			putch(ch, putdat);
  800988:	89 55 10             	mov    %edx,0x10(%ebp)
  80098b:	83 ec 08             	sub    $0x8,%esp
  80098e:	ff 75 0c             	push   0xc(%ebp)
  800991:	6a 25                	push   $0x25
  800993:	ff 55 08             	call   *0x8(%ebp)
			break;
  800996:	83 c4 10             	add    $0x10,%esp
  800999:	e9 85 fa ff ff       	jmp    800423 <vprintfmt+0x9>
			putch('%', putdat);
  80099e:	83 ec 08             	sub    $0x8,%esp
  8009a1:	ff 75 0c             	push   0xc(%ebp)
  8009a4:	6a 25                	push   $0x25
  8009a6:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8009a9:	83 c4 10             	add    $0x10,%esp
  8009ac:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8009b0:	0f 84 d1 fa ff ff    	je     800487 <vprintfmt+0x6d>
  8009b6:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8009b9:	89 d8                	mov    %ebx,%eax
  8009bb:	83 e8 01             	sub    $0x1,%eax
  8009be:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8009c2:	75 f7                	jne    8009bb <vprintfmt+0x5a1>
  8009c4:	89 45 10             	mov    %eax,0x10(%ebp)
  8009c7:	e9 57 fa ff ff       	jmp    800423 <vprintfmt+0x9>
	while (n > 0)
  8009cc:	85 db                	test   %ebx,%ebx
  8009ce:	0f 8f ef fe ff ff    	jg     8008c3 <vprintfmt+0x4a9>
  8009d4:	e9 4a fa ff ff       	jmp    800423 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8009d9:	8d 5e 01             	lea    0x1(%esi),%ebx
  8009dc:	0f be 06             	movsbl (%esi),%eax
  8009df:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8009e2:	85 c0                	test   %eax,%eax
  8009e4:	0f 85 55 fc ff ff    	jne    80063f <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8009ea:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8009ed:	89 45 14             	mov    %eax,0x14(%ebp)
  8009f0:	e9 2e fa ff ff       	jmp    800423 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  8009f5:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8009f9:	74 0a                	je     800a05 <vprintfmt+0x5eb>
  8009fb:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8009ff:	0f 8f bf fb ff ff    	jg     8005c4 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800a05:	b8 28 00 00 00       	mov    $0x28,%eax
  800a0a:	bb fe 10 80 00       	mov    $0x8010fe,%ebx
  800a0f:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800a12:	e9 28 fc ff ff       	jmp    80063f <vprintfmt+0x225>
}
  800a17:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800a1a:	5b                   	pop    %ebx
  800a1b:	5e                   	pop    %esi
  800a1c:	5f                   	pop    %edi
  800a1d:	5d                   	pop    %ebp
  800a1e:	c3                   	ret

00800a1f <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800a1f:	55                   	push   %ebp
  800a20:	89 e5                	mov    %esp,%ebp
  800a22:	83 ec 18             	sub    $0x18,%esp
  800a25:	8b 45 08             	mov    0x8(%ebp),%eax
  800a28:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800a2b:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800a2e:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800a32:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800a35:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800a3c:	85 c0                	test   %eax,%eax
  800a3e:	74 26                	je     800a66 <vsnprintf+0x47>
  800a40:	85 d2                	test   %edx,%edx
  800a42:	7e 22                	jle    800a66 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800a44:	ff 75 14             	push   0x14(%ebp)
  800a47:	ff 75 10             	push   0x10(%ebp)
  800a4a:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800a4d:	50                   	push   %eax
  800a4e:	68 e0 03 80 00       	push   $0x8003e0
  800a53:	e8 c2 f9 ff ff       	call   80041a <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800a58:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800a5b:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800a5e:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800a61:	83 c4 10             	add    $0x10,%esp
}
  800a64:	c9                   	leave
  800a65:	c3                   	ret
		return -E_INVAL;
  800a66:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800a6b:	eb f7                	jmp    800a64 <vsnprintf+0x45>

00800a6d <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800a6d:	55                   	push   %ebp
  800a6e:	89 e5                	mov    %esp,%ebp
  800a70:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  800a73:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  800a76:	50                   	push   %eax
  800a77:	ff 75 08             	push   0x8(%ebp)
  800a7a:	e8 03 f9 ff ff       	call   800382 <vcprintf>
	va_end(ap);

	return cnt;
}
  800a7f:	c9                   	leave
  800a80:	c3                   	ret

00800a81 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800a81:	55                   	push   %ebp
  800a82:	89 e5                	mov    %esp,%ebp
  800a84:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  800a87:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800a8a:	50                   	push   %eax
  800a8b:	ff 75 10             	push   0x10(%ebp)
  800a8e:	ff 75 0c             	push   0xc(%ebp)
  800a91:	ff 75 08             	push   0x8(%ebp)
  800a94:	e8 86 ff ff ff       	call   800a1f <vsnprintf>
	va_end(ap);

	return rc;
}
  800a99:	c9                   	leave
  800a9a:	c3                   	ret

00800a9b <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800a9b:	55                   	push   %ebp
  800a9c:	89 e5                	mov    %esp,%ebp
  800a9e:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800aa1:	80 3a 00             	cmpb   $0x0,(%edx)
  800aa4:	74 10                	je     800ab6 <strlen+0x1b>
  800aa6:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800aab:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800aae:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800ab2:	75 f7                	jne    800aab <strlen+0x10>
	return n;
}
  800ab4:	5d                   	pop    %ebp
  800ab5:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  800ab6:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800abb:	eb f7                	jmp    800ab4 <strlen+0x19>

00800abd <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800abd:	55                   	push   %ebp
  800abe:	89 e5                	mov    %esp,%ebp
  800ac0:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800ac3:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800ac6:	85 d2                	test   %edx,%edx
  800ac8:	74 16                	je     800ae0 <strnlen+0x23>
  800aca:	b8 00 00 00 00       	mov    $0x0,%eax
  800acf:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800ad3:	74 09                	je     800ade <strnlen+0x21>
		n++;
  800ad5:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800ad8:	39 d0                	cmp    %edx,%eax
  800ada:	75 f3                	jne    800acf <strnlen+0x12>
		n++;
  800adc:	89 d0                	mov    %edx,%eax
	return n;
}
  800ade:	5d                   	pop    %ebp
  800adf:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800ae0:	b8 00 00 00 00       	mov    $0x0,%eax
  800ae5:	eb f7                	jmp    800ade <strnlen+0x21>

00800ae7 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800ae7:	55                   	push   %ebp
  800ae8:	89 e5                	mov    %esp,%ebp
  800aea:	53                   	push   %ebx
  800aeb:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800aee:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800af1:	b8 00 00 00 00       	mov    $0x0,%eax
  800af6:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800afa:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800afd:	83 c0 01             	add    $0x1,%eax
  800b00:	84 d2                	test   %dl,%dl
  800b02:	75 f2                	jne    800af6 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800b04:	89 c8                	mov    %ecx,%eax
  800b06:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b09:	c9                   	leave
  800b0a:	c3                   	ret

00800b0b <strcat>:

char *
strcat(char *dst, const char *src)
{
  800b0b:	55                   	push   %ebp
  800b0c:	89 e5                	mov    %esp,%ebp
  800b0e:	53                   	push   %ebx
  800b0f:	83 ec 10             	sub    $0x10,%esp
  800b12:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800b15:	53                   	push   %ebx
  800b16:	e8 80 ff ff ff       	call   800a9b <strlen>
  800b1b:	83 c4 08             	add    $0x8,%esp
  800b1e:	ff 75 0c             	push   0xc(%ebp)
  800b21:	01 d8                	add    %ebx,%eax
  800b23:	50                   	push   %eax
  800b24:	e8 be ff ff ff       	call   800ae7 <strcpy>
	return dst;
}
  800b29:	89 d8                	mov    %ebx,%eax
  800b2b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b2e:	c9                   	leave
  800b2f:	c3                   	ret

00800b30 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800b30:	55                   	push   %ebp
  800b31:	89 e5                	mov    %esp,%ebp
  800b33:	56                   	push   %esi
  800b34:	53                   	push   %ebx
  800b35:	8b 75 08             	mov    0x8(%ebp),%esi
  800b38:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b3b:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800b3e:	85 db                	test   %ebx,%ebx
  800b40:	74 17                	je     800b59 <strncpy+0x29>
  800b42:	01 f3                	add    %esi,%ebx
  800b44:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800b46:	83 c0 01             	add    $0x1,%eax
  800b49:	0f b6 0a             	movzbl (%edx),%ecx
  800b4c:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800b4f:	80 f9 01             	cmp    $0x1,%cl
  800b52:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800b55:	39 c3                	cmp    %eax,%ebx
  800b57:	75 ed                	jne    800b46 <strncpy+0x16>
	}
	return ret;
}
  800b59:	89 f0                	mov    %esi,%eax
  800b5b:	5b                   	pop    %ebx
  800b5c:	5e                   	pop    %esi
  800b5d:	5d                   	pop    %ebp
  800b5e:	c3                   	ret

00800b5f <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800b5f:	55                   	push   %ebp
  800b60:	89 e5                	mov    %esp,%ebp
  800b62:	56                   	push   %esi
  800b63:	53                   	push   %ebx
  800b64:	8b 75 08             	mov    0x8(%ebp),%esi
  800b67:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b6a:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800b6d:	89 f0                	mov    %esi,%eax
  800b6f:	85 db                	test   %ebx,%ebx
  800b71:	74 1e                	je     800b91 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800b73:	83 eb 01             	sub    $0x1,%ebx
  800b76:	74 16                	je     800b8e <strlcpy+0x2f>
  800b78:	01 f3                	add    %esi,%ebx
  800b7a:	0f b6 0a             	movzbl (%edx),%ecx
  800b7d:	84 c9                	test   %cl,%cl
  800b7f:	74 0d                	je     800b8e <strlcpy+0x2f>
			*dst++ = *src++;
  800b81:	83 c2 01             	add    $0x1,%edx
  800b84:	83 c0 01             	add    $0x1,%eax
  800b87:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800b8a:	39 d8                	cmp    %ebx,%eax
  800b8c:	75 ec                	jne    800b7a <strlcpy+0x1b>
		*dst = '\0';
  800b8e:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800b91:	29 f0                	sub    %esi,%eax
}
  800b93:	5b                   	pop    %ebx
  800b94:	5e                   	pop    %esi
  800b95:	5d                   	pop    %ebp
  800b96:	c3                   	ret

00800b97 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  800b97:	55                   	push   %ebp
  800b98:	89 e5                	mov    %esp,%ebp
  800b9a:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800b9d:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800ba0:	0f b6 01             	movzbl (%ecx),%eax
  800ba3:	84 c0                	test   %al,%al
  800ba5:	74 11                	je     800bb8 <strcmp+0x21>
  800ba7:	38 02                	cmp    %al,(%edx)
  800ba9:	75 0d                	jne    800bb8 <strcmp+0x21>
		p++, q++;
  800bab:	83 c1 01             	add    $0x1,%ecx
  800bae:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800bb1:	0f b6 01             	movzbl (%ecx),%eax
  800bb4:	84 c0                	test   %al,%al
  800bb6:	75 ef                	jne    800ba7 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800bb8:	0f b6 c0             	movzbl %al,%eax
  800bbb:	0f b6 12             	movzbl (%edx),%edx
  800bbe:	29 d0                	sub    %edx,%eax
}
  800bc0:	5d                   	pop    %ebp
  800bc1:	c3                   	ret

00800bc2 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800bc2:	55                   	push   %ebp
  800bc3:	89 e5                	mov    %esp,%ebp
  800bc5:	53                   	push   %ebx
  800bc6:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800bc9:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800bcc:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800bcf:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800bd4:	85 d2                	test   %edx,%edx
  800bd6:	74 2e                	je     800c06 <strncmp+0x44>
  800bd8:	0f b6 01             	movzbl (%ecx),%eax
  800bdb:	84 c0                	test   %al,%al
  800bdd:	74 16                	je     800bf5 <strncmp+0x33>
  800bdf:	3a 03                	cmp    (%ebx),%al
  800be1:	75 12                	jne    800bf5 <strncmp+0x33>
		n--, p++, q++;
  800be3:	83 c1 01             	add    $0x1,%ecx
  800be6:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800be9:	83 ea 01             	sub    $0x1,%edx
  800bec:	75 ea                	jne    800bd8 <strncmp+0x16>
		return 0;
  800bee:	b8 00 00 00 00       	mov    $0x0,%eax
  800bf3:	eb 11                	jmp    800c06 <strncmp+0x44>
  800bf5:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800bfa:	85 d2                	test   %edx,%edx
  800bfc:	74 08                	je     800c06 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800bfe:	0f b6 01             	movzbl (%ecx),%eax
  800c01:	0f b6 13             	movzbl (%ebx),%edx
  800c04:	29 d0                	sub    %edx,%eax
}
  800c06:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c09:	c9                   	leave
  800c0a:	c3                   	ret

00800c0b <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800c0b:	55                   	push   %ebp
  800c0c:	89 e5                	mov    %esp,%ebp
  800c0e:	8b 45 08             	mov    0x8(%ebp),%eax
  800c11:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800c15:	0f b6 10             	movzbl (%eax),%edx
  800c18:	84 d2                	test   %dl,%dl
  800c1a:	74 15                	je     800c31 <strchr+0x26>
		if (*s == c)
  800c1c:	38 d1                	cmp    %dl,%cl
  800c1e:	74 0f                	je     800c2f <strchr+0x24>
	for (; *s; s++)
  800c20:	83 c0 01             	add    $0x1,%eax
  800c23:	0f b6 10             	movzbl (%eax),%edx
  800c26:	84 d2                	test   %dl,%dl
  800c28:	75 f2                	jne    800c1c <strchr+0x11>
			return (char *) s;
	return 0;
  800c2a:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800c2f:	5d                   	pop    %ebp
  800c30:	c3                   	ret
	return 0;
  800c31:	b8 00 00 00 00       	mov    $0x0,%eax
  800c36:	eb f7                	jmp    800c2f <strchr+0x24>

00800c38 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800c38:	55                   	push   %ebp
  800c39:	89 e5                	mov    %esp,%ebp
  800c3b:	53                   	push   %ebx
  800c3c:	8b 45 08             	mov    0x8(%ebp),%eax
  800c3f:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800c42:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800c45:	38 d3                	cmp    %dl,%bl
  800c47:	74 14                	je     800c5d <strfind+0x25>
  800c49:	89 d1                	mov    %edx,%ecx
  800c4b:	84 db                	test   %bl,%bl
  800c4d:	74 0e                	je     800c5d <strfind+0x25>
	for (; *s; s++)
  800c4f:	83 c0 01             	add    $0x1,%eax
  800c52:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800c55:	38 ca                	cmp    %cl,%dl
  800c57:	74 04                	je     800c5d <strfind+0x25>
  800c59:	84 d2                	test   %dl,%dl
  800c5b:	75 f2                	jne    800c4f <strfind+0x17>
			break;
	return (char *) s;
}
  800c5d:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c60:	c9                   	leave
  800c61:	c3                   	ret

00800c62 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800c62:	55                   	push   %ebp
  800c63:	89 e5                	mov    %esp,%ebp
  800c65:	53                   	push   %ebx
  800c66:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800c69:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800c6c:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800c6f:	85 d2                	test   %edx,%edx
  800c71:	74 0e                	je     800c81 <memset+0x1f>
  800c73:	01 da                	add    %ebx,%edx
	char *p = v;
  800c75:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800c77:	83 c0 01             	add    $0x1,%eax
  800c7a:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800c7d:	39 c2                	cmp    %eax,%edx
  800c7f:	75 f6                	jne    800c77 <memset+0x15>
	return v;
}
  800c81:	89 d8                	mov    %ebx,%eax
  800c83:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c86:	c9                   	leave
  800c87:	c3                   	ret

00800c88 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800c88:	55                   	push   %ebp
  800c89:	89 e5                	mov    %esp,%ebp
  800c8b:	56                   	push   %esi
  800c8c:	53                   	push   %ebx
  800c8d:	8b 75 08             	mov    0x8(%ebp),%esi
  800c90:	8b 45 0c             	mov    0xc(%ebp),%eax
  800c93:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800c96:	39 f0                	cmp    %esi,%eax
  800c98:	72 20                	jb     800cba <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800c9a:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800c9d:	89 f2                	mov    %esi,%edx
  800c9f:	85 c9                	test   %ecx,%ecx
  800ca1:	74 11                	je     800cb4 <memmove+0x2c>
			*d++ = *s++;
  800ca3:	83 c0 01             	add    $0x1,%eax
  800ca6:	83 c2 01             	add    $0x1,%edx
  800ca9:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800cad:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800cb0:	39 d8                	cmp    %ebx,%eax
  800cb2:	75 ef                	jne    800ca3 <memmove+0x1b>
	return dst;
}
  800cb4:	89 f0                	mov    %esi,%eax
  800cb6:	5b                   	pop    %ebx
  800cb7:	5e                   	pop    %esi
  800cb8:	5d                   	pop    %ebp
  800cb9:	c3                   	ret
	if (s < d && s + n > d) {
  800cba:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800cbd:	39 d6                	cmp    %edx,%esi
  800cbf:	73 d9                	jae    800c9a <memmove+0x12>
		while (n-- > 0)
  800cc1:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800cc4:	85 c9                	test   %ecx,%ecx
  800cc6:	74 ec                	je     800cb4 <memmove+0x2c>
			*--d = *--s;
  800cc8:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800ccc:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800ccf:	83 ea 01             	sub    $0x1,%edx
  800cd2:	83 fa ff             	cmp    $0xffffffff,%edx
  800cd5:	75 f1                	jne    800cc8 <memmove+0x40>
  800cd7:	eb db                	jmp    800cb4 <memmove+0x2c>

00800cd9 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800cd9:	55                   	push   %ebp
  800cda:	89 e5                	mov    %esp,%ebp
  800cdc:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800cdf:	ff 75 10             	push   0x10(%ebp)
  800ce2:	ff 75 0c             	push   0xc(%ebp)
  800ce5:	ff 75 08             	push   0x8(%ebp)
  800ce8:	e8 9b ff ff ff       	call   800c88 <memmove>
}
  800ced:	c9                   	leave
  800cee:	c3                   	ret

00800cef <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800cef:	55                   	push   %ebp
  800cf0:	89 e5                	mov    %esp,%ebp
  800cf2:	56                   	push   %esi
  800cf3:	53                   	push   %ebx
  800cf4:	8b 45 08             	mov    0x8(%ebp),%eax
  800cf7:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cfa:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800cfd:	85 f6                	test   %esi,%esi
  800cff:	74 29                	je     800d2a <memcmp+0x3b>
  800d01:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800d03:	0f b6 08             	movzbl (%eax),%ecx
  800d06:	0f b6 1a             	movzbl (%edx),%ebx
  800d09:	38 d9                	cmp    %bl,%cl
  800d0b:	75 11                	jne    800d1e <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800d0d:	83 c0 01             	add    $0x1,%eax
  800d10:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800d13:	39 c6                	cmp    %eax,%esi
  800d15:	75 ec                	jne    800d03 <memcmp+0x14>
	}
	return 0;
  800d17:	b8 00 00 00 00       	mov    $0x0,%eax
  800d1c:	eb 08                	jmp    800d26 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800d1e:	0f b6 c1             	movzbl %cl,%eax
  800d21:	0f b6 db             	movzbl %bl,%ebx
  800d24:	29 d8                	sub    %ebx,%eax
}
  800d26:	5b                   	pop    %ebx
  800d27:	5e                   	pop    %esi
  800d28:	5d                   	pop    %ebp
  800d29:	c3                   	ret
	return 0;
  800d2a:	b8 00 00 00 00       	mov    $0x0,%eax
  800d2f:	eb f5                	jmp    800d26 <memcmp+0x37>

00800d31 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800d31:	55                   	push   %ebp
  800d32:	89 e5                	mov    %esp,%ebp
  800d34:	8b 45 08             	mov    0x8(%ebp),%eax
  800d37:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800d3a:	89 c2                	mov    %eax,%edx
  800d3c:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800d3f:	39 d0                	cmp    %edx,%eax
  800d41:	73 0d                	jae    800d50 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800d43:	38 08                	cmp    %cl,(%eax)
  800d45:	74 0d                	je     800d54 <memfind+0x23>
	for (; s < ends; s++)
  800d47:	83 c0 01             	add    $0x1,%eax
  800d4a:	39 c2                	cmp    %eax,%edx
  800d4c:	75 f5                	jne    800d43 <memfind+0x12>
  800d4e:	eb 06                	jmp    800d56 <memfind+0x25>
  800d50:	89 c2                	mov    %eax,%edx
  800d52:	eb 02                	jmp    800d56 <memfind+0x25>
  800d54:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800d56:	89 d0                	mov    %edx,%eax
  800d58:	5d                   	pop    %ebp
  800d59:	c3                   	ret

00800d5a <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800d5a:	55                   	push   %ebp
  800d5b:	89 e5                	mov    %esp,%ebp
  800d5d:	57                   	push   %edi
  800d5e:	56                   	push   %esi
  800d5f:	53                   	push   %ebx
  800d60:	8b 55 08             	mov    0x8(%ebp),%edx
  800d63:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800d66:	0f b6 02             	movzbl (%edx),%eax
  800d69:	3c 20                	cmp    $0x20,%al
  800d6b:	74 04                	je     800d71 <strtol+0x17>
  800d6d:	3c 09                	cmp    $0x9,%al
  800d6f:	75 0e                	jne    800d7f <strtol+0x25>
		s++;
  800d71:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800d74:	0f b6 02             	movzbl (%edx),%eax
  800d77:	3c 20                	cmp    $0x20,%al
  800d79:	74 f6                	je     800d71 <strtol+0x17>
  800d7b:	3c 09                	cmp    $0x9,%al
  800d7d:	74 f2                	je     800d71 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800d7f:	3c 2b                	cmp    $0x2b,%al
  800d81:	74 2a                	je     800dad <strtol+0x53>
	int neg = 0;
  800d83:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800d88:	3c 2d                	cmp    $0x2d,%al
  800d8a:	74 2b                	je     800db7 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800d8c:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800d92:	75 0f                	jne    800da3 <strtol+0x49>
  800d94:	80 3a 30             	cmpb   $0x30,(%edx)
  800d97:	74 28                	je     800dc1 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800d99:	85 db                	test   %ebx,%ebx
  800d9b:	b8 0a 00 00 00       	mov    $0xa,%eax
  800da0:	0f 44 d8             	cmove  %eax,%ebx
  800da3:	b9 00 00 00 00       	mov    $0x0,%ecx
  800da8:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800dab:	eb 46                	jmp    800df3 <strtol+0x99>
		s++;
  800dad:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800db0:	bf 00 00 00 00       	mov    $0x0,%edi
  800db5:	eb d5                	jmp    800d8c <strtol+0x32>
		s++, neg = 1;
  800db7:	83 c2 01             	add    $0x1,%edx
  800dba:	bf 01 00 00 00       	mov    $0x1,%edi
  800dbf:	eb cb                	jmp    800d8c <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800dc1:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800dc5:	74 0e                	je     800dd5 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800dc7:	85 db                	test   %ebx,%ebx
  800dc9:	75 d8                	jne    800da3 <strtol+0x49>
		s++, base = 8;
  800dcb:	83 c2 01             	add    $0x1,%edx
  800dce:	bb 08 00 00 00       	mov    $0x8,%ebx
  800dd3:	eb ce                	jmp    800da3 <strtol+0x49>
		s += 2, base = 16;
  800dd5:	83 c2 02             	add    $0x2,%edx
  800dd8:	bb 10 00 00 00       	mov    $0x10,%ebx
  800ddd:	eb c4                	jmp    800da3 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800ddf:	0f be c0             	movsbl %al,%eax
  800de2:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800de5:	3b 45 10             	cmp    0x10(%ebp),%eax
  800de8:	7d 3a                	jge    800e24 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800dea:	83 c2 01             	add    $0x1,%edx
  800ded:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800df1:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800df3:	0f b6 02             	movzbl (%edx),%eax
  800df6:	8d 70 d0             	lea    -0x30(%eax),%esi
  800df9:	89 f3                	mov    %esi,%ebx
  800dfb:	80 fb 09             	cmp    $0x9,%bl
  800dfe:	76 df                	jbe    800ddf <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800e00:	8d 70 9f             	lea    -0x61(%eax),%esi
  800e03:	89 f3                	mov    %esi,%ebx
  800e05:	80 fb 19             	cmp    $0x19,%bl
  800e08:	77 08                	ja     800e12 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800e0a:	0f be c0             	movsbl %al,%eax
  800e0d:	83 e8 57             	sub    $0x57,%eax
  800e10:	eb d3                	jmp    800de5 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800e12:	8d 70 bf             	lea    -0x41(%eax),%esi
  800e15:	89 f3                	mov    %esi,%ebx
  800e17:	80 fb 19             	cmp    $0x19,%bl
  800e1a:	77 08                	ja     800e24 <strtol+0xca>
			dig = *s - 'A' + 10;
  800e1c:	0f be c0             	movsbl %al,%eax
  800e1f:	83 e8 37             	sub    $0x37,%eax
  800e22:	eb c1                	jmp    800de5 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800e24:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800e28:	74 05                	je     800e2f <strtol+0xd5>
		*endptr = (char *) s;
  800e2a:	8b 45 0c             	mov    0xc(%ebp),%eax
  800e2d:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800e2f:	89 c8                	mov    %ecx,%eax
  800e31:	f7 d8                	neg    %eax
  800e33:	85 ff                	test   %edi,%edi
  800e35:	0f 45 c8             	cmovne %eax,%ecx
}
  800e38:	89 c8                	mov    %ecx,%eax
  800e3a:	5b                   	pop    %ebx
  800e3b:	5e                   	pop    %esi
  800e3c:	5f                   	pop    %edi
  800e3d:	5d                   	pop    %ebp
  800e3e:	c3                   	ret

00800e3f <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800e3f:	55                   	push   %ebp
  800e40:	89 e5                	mov    %esp,%ebp
  800e42:	57                   	push   %edi
  800e43:	56                   	push   %esi
  800e44:	53                   	push   %ebx
  800e45:	83 ec 24             	sub    $0x24,%esp
  800e48:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800e4b:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800e4e:	8b 45 08             	mov    0x8(%ebp),%eax
  800e51:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e54:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800e57:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800e5a:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800e5d:	89 d1                	mov    %edx,%ecx
  800e5f:	09 c1                	or     %eax,%ecx
  800e61:	74 2f                	je     800e92 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800e63:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800e66:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800e69:	89 d0                	mov    %edx,%eax
  800e6b:	83 c8 00             	or     $0x0,%eax
  800e6e:	74 48                	je     800eb8 <udivmod64+0x79>
  800e70:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800e75:	be 00 00 00 00       	mov    $0x0,%esi
  800e7a:	bf 00 00 00 00       	mov    $0x0,%edi
  800e7f:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800e86:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800e8d:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800e90:	eb 5f                	jmp    800ef1 <udivmod64+0xb2>
		return ~0ULL;
  800e92:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800e99:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800ea0:	85 db                	test   %ebx,%ebx
  800ea2:	0f 84 b7 00 00 00    	je     800f5f <udivmod64+0x120>
			*rem = n;
  800ea8:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800eab:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800eae:	89 03                	mov    %eax,(%ebx)
  800eb0:	89 53 04             	mov    %edx,0x4(%ebx)
  800eb3:	e9 a7 00 00 00       	jmp    800f5f <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800eb8:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800ebb:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800ebe:	85 db                	test   %ebx,%ebx
  800ec0:	74 12                	je     800ed4 <udivmod64+0x95>
			*rem = n32 % d32;
  800ec2:	89 c8                	mov    %ecx,%eax
  800ec4:	ba 00 00 00 00       	mov    $0x0,%edx
  800ec9:	f7 f6                	div    %esi
  800ecb:	89 13                	mov    %edx,(%ebx)
  800ecd:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800ed4:	89 c8                	mov    %ecx,%eax
  800ed6:	ba 00 00 00 00       	mov    $0x0,%edx
  800edb:	f7 f6                	div    %esi
  800edd:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800ee0:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800ee7:	eb 76                	jmp    800f5f <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800ee9:	83 e9 01             	sub    $0x1,%ecx
  800eec:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800eef:	74 62                	je     800f53 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800ef1:	89 f0                	mov    %esi,%eax
  800ef3:	89 fa                	mov    %edi,%edx
  800ef5:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800ef9:	01 c0                	add    %eax,%eax
  800efb:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800efe:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800f01:	0f ad fe             	shrd   %cl,%edi,%esi
  800f04:	d3 ef                	shr    %cl,%edi
  800f06:	f6 c1 20             	test   $0x20,%cl
  800f09:	74 04                	je     800f0f <udivmod64+0xd0>
  800f0b:	89 fe                	mov    %edi,%esi
  800f0d:	31 ff                	xor    %edi,%edi
  800f0f:	89 f7                	mov    %esi,%edi
  800f11:	83 e7 01             	and    $0x1,%edi
  800f14:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800f17:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800f1e:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800f21:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800f24:	09 c6                	or     %eax,%esi
  800f26:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800f28:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800f2b:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800f2e:	39 c6                	cmp    %eax,%esi
  800f30:	89 fb                	mov    %edi,%ebx
  800f32:	19 d3                	sbb    %edx,%ebx
  800f34:	72 b3                	jb     800ee9 <udivmod64+0xaa>
			r -= d;
  800f36:	29 c6                	sub    %eax,%esi
  800f38:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800f3a:	31 c0                	xor    %eax,%eax
  800f3c:	31 d2                	xor    %edx,%edx
  800f3e:	f6 c1 20             	test   $0x20,%cl
  800f41:	0f 94 c0             	sete   %al
  800f44:	0f 95 c2             	setne  %dl
  800f47:	d3 e0                	shl    %cl,%eax
  800f49:	d3 e2                	shl    %cl,%edx
  800f4b:	09 45 d0             	or     %eax,-0x30(%ebp)
  800f4e:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800f51:	eb 96                	jmp    800ee9 <udivmod64+0xaa>
		}
	}
	if (rem)
  800f53:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f56:	85 db                	test   %ebx,%ebx
  800f58:	74 05                	je     800f5f <udivmod64+0x120>
		*rem = r;
  800f5a:	89 33                	mov    %esi,(%ebx)
  800f5c:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800f5f:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800f62:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800f65:	83 c4 24             	add    $0x24,%esp
  800f68:	5b                   	pop    %ebx
  800f69:	5e                   	pop    %esi
  800f6a:	5f                   	pop    %edi
  800f6b:	5d                   	pop    %ebp
  800f6c:	c3                   	ret

00800f6d <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800f6d:	55                   	push   %ebp
  800f6e:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800f70:	83 ec 04             	sub    $0x4,%esp
  800f73:	6a 00                	push   $0x0
  800f75:	ff 75 14             	push   0x14(%ebp)
  800f78:	ff 75 10             	push   0x10(%ebp)
  800f7b:	8b 45 08             	mov    0x8(%ebp),%eax
  800f7e:	8b 55 0c             	mov    0xc(%ebp),%edx
  800f81:	e8 b9 fe ff ff       	call   800e3f <udivmod64>
}
  800f86:	c9                   	leave
  800f87:	c3                   	ret

00800f88 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800f88:	55                   	push   %ebp
  800f89:	89 e5                	mov    %esp,%ebp
  800f8b:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800f8e:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800f91:	50                   	push   %eax
  800f92:	ff 75 14             	push   0x14(%ebp)
  800f95:	ff 75 10             	push   0x10(%ebp)
  800f98:	8b 45 08             	mov    0x8(%ebp),%eax
  800f9b:	8b 55 0c             	mov    0xc(%ebp),%edx
  800f9e:	e8 9c fe ff ff       	call   800e3f <udivmod64>
	return r;
}
  800fa3:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800fa6:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800fa9:	c9                   	leave
  800faa:	c3                   	ret

00800fab <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800fab:	55                   	push   %ebp
  800fac:	89 e5                	mov    %esp,%ebp
  800fae:	57                   	push   %edi
  800faf:	56                   	push   %esi
  800fb0:	53                   	push   %ebx
  800fb1:	83 ec 0c             	sub    $0xc,%esp
  800fb4:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800fb7:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800fba:	8b 45 10             	mov    0x10(%ebp),%eax
  800fbd:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800fc0:	89 ce                	mov    %ecx,%esi
  800fc2:	89 df                	mov    %ebx,%edi
  800fc4:	31 c6                	xor    %eax,%esi
  800fc6:	31 d7                	xor    %edx,%edi
  800fc8:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800fcb:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800fce:	89 c6                	mov    %eax,%esi
  800fd0:	89 d7                	mov    %edx,%edi
  800fd2:	85 d2                	test   %edx,%edx
  800fd4:	78 25                	js     800ffb <__divdi3+0x50>
  800fd6:	89 c8                	mov    %ecx,%eax
  800fd8:	89 da                	mov    %ebx,%edx
  800fda:	85 db                	test   %ebx,%ebx
  800fdc:	78 2a                	js     801008 <__divdi3+0x5d>
  800fde:	83 ec 04             	sub    $0x4,%esp
  800fe1:	6a 00                	push   $0x0
  800fe3:	57                   	push   %edi
  800fe4:	56                   	push   %esi
  800fe5:	e8 55 fe ff ff       	call   800e3f <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800fea:	83 c4 10             	add    $0x10,%esp
  800fed:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800ff1:	78 1e                	js     801011 <__divdi3+0x66>
}
  800ff3:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ff6:	5b                   	pop    %ebx
  800ff7:	5e                   	pop    %esi
  800ff8:	5f                   	pop    %edi
  800ff9:	5d                   	pop    %ebp
  800ffa:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800ffb:	f7 d8                	neg    %eax
  800ffd:	83 d2 00             	adc    $0x0,%edx
  801000:	f7 da                	neg    %edx
  801002:	89 c6                	mov    %eax,%esi
  801004:	89 d7                	mov    %edx,%edi
  801006:	eb ce                	jmp    800fd6 <__divdi3+0x2b>
  801008:	f7 d8                	neg    %eax
  80100a:	83 d2 00             	adc    $0x0,%edx
  80100d:	f7 da                	neg    %edx
  80100f:	eb cd                	jmp    800fde <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  801011:	f7 d8                	neg    %eax
  801013:	83 d2 00             	adc    $0x0,%edx
  801016:	f7 da                	neg    %edx
  801018:	eb d9                	jmp    800ff3 <__divdi3+0x48>

0080101a <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  80101a:	55                   	push   %ebp
  80101b:	89 e5                	mov    %esp,%ebp
  80101d:	57                   	push   %edi
  80101e:	56                   	push   %esi
  80101f:	53                   	push   %ebx
  801020:	83 ec 14             	sub    $0x14,%esp
  801023:	8b 45 08             	mov    0x8(%ebp),%eax
  801026:	8b 55 0c             	mov    0xc(%ebp),%edx
  801029:	8b 4d 10             	mov    0x10(%ebp),%ecx
  80102c:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  80102f:	89 ce                	mov    %ecx,%esi
  801031:	89 df                	mov    %ebx,%edi
  801033:	85 db                	test   %ebx,%ebx
  801035:	78 23                	js     80105a <__moddi3+0x40>
  801037:	85 d2                	test   %edx,%edx
  801039:	78 28                	js     801063 <__moddi3+0x49>
  80103b:	83 ec 04             	sub    $0x4,%esp
  80103e:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801041:	51                   	push   %ecx
  801042:	57                   	push   %edi
  801043:	56                   	push   %esi
  801044:	e8 f6 fd ff ff       	call   800e3f <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  801049:	8b 45 e8             	mov    -0x18(%ebp),%eax
  80104c:	8b 55 ec             	mov    -0x14(%ebp),%edx
  80104f:	83 c4 10             	add    $0x10,%esp
}
  801052:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801055:	5b                   	pop    %ebx
  801056:	5e                   	pop    %esi
  801057:	5f                   	pop    %edi
  801058:	5d                   	pop    %ebp
  801059:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  80105a:	f7 de                	neg    %esi
  80105c:	83 d7 00             	adc    $0x0,%edi
  80105f:	f7 df                	neg    %edi
  801061:	eb d4                	jmp    801037 <__moddi3+0x1d>
  801063:	f7 d8                	neg    %eax
  801065:	83 d2 00             	adc    $0x0,%edx
  801068:	f7 da                	neg    %edx
  80106a:	83 ec 04             	sub    $0x4,%esp
  80106d:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801070:	51                   	push   %ecx
  801071:	57                   	push   %edi
  801072:	56                   	push   %esi
  801073:	e8 c7 fd ff ff       	call   800e3f <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  801078:	8b 45 e8             	mov    -0x18(%ebp),%eax
  80107b:	8b 55 ec             	mov    -0x14(%ebp),%edx
  80107e:	f7 d8                	neg    %eax
  801080:	83 d2 00             	adc    $0x0,%edx
  801083:	f7 da                	neg    %edx
  801085:	83 c4 10             	add    $0x10,%esp
  801088:	eb c8                	jmp    801052 <__moddi3+0x38>
