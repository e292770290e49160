
obj-walkfork/user/faultwrite:     file format elf32-i386


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
  80002c:	e8 0d 00 00 00       	call   80003e <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:
#include <inc/lib.h>

void
umain(int argc, char **argv)
{
	*(volatile unsigned*)0 = 0;
  800033:	c7 05 00 00 00 00 00 	movl   $0x0,0x0
  80003a:	00 00 00 
}
  80003d:	c3                   	ret

0080003e <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  80003e:	55                   	push   %ebp
  80003f:	89 e5                	mov    %esp,%ebp
  800041:	56                   	push   %esi
  800042:	53                   	push   %ebx
  800043:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800046:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  800049:	e8 c6 00 00 00       	call   800114 <sys_getenvid>
  80004e:	25 ff 03 00 00       	and    $0x3ff,%eax
  800053:	6b c0 7c             	imul   $0x7c,%eax,%eax
  800056:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80005b:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800060:	85 db                	test   %ebx,%ebx
  800062:	7e 07                	jle    80006b <libmain+0x2d>
		binaryname = argv[0];
  800064:	8b 06                	mov    (%esi),%eax
  800066:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  80006b:	83 ec 08             	sub    $0x8,%esp
  80006e:	56                   	push   %esi
  80006f:	53                   	push   %ebx
  800070:	e8 be ff ff ff       	call   800033 <umain>

	exit();
  800075:	e8 0a 00 00 00       	call   800084 <exit>
}
  80007a:	83 c4 10             	add    $0x10,%esp
  80007d:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800080:	5b                   	pop    %ebx
  800081:	5e                   	pop    %esi
  800082:	5d                   	pop    %ebp
  800083:	c3                   	ret

00800084 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  800084:	55                   	push   %ebp
  800085:	89 e5                	mov    %esp,%ebp
  800087:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  80008a:	6a 00                	push   $0x0
  80008c:	e8 42 00 00 00       	call   8000d3 <sys_env_destroy>
}
  800091:	83 c4 10             	add    $0x10,%esp
  800094:	c9                   	leave
  800095:	c3                   	ret

00800096 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800096:	55                   	push   %ebp
  800097:	89 e5                	mov    %esp,%ebp
  800099:	57                   	push   %edi
  80009a:	56                   	push   %esi
  80009b:	53                   	push   %ebx
	asm volatile("int %1\n"
  80009c:	b8 00 00 00 00       	mov    $0x0,%eax
  8000a1:	8b 55 08             	mov    0x8(%ebp),%edx
  8000a4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8000a7:	89 c3                	mov    %eax,%ebx
  8000a9:	89 c7                	mov    %eax,%edi
  8000ab:	89 c6                	mov    %eax,%esi
  8000ad:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  8000af:	5b                   	pop    %ebx
  8000b0:	5e                   	pop    %esi
  8000b1:	5f                   	pop    %edi
  8000b2:	5d                   	pop    %ebp
  8000b3:	c3                   	ret

008000b4 <sys_cgetc>:

int
sys_cgetc(void)
{
  8000b4:	55                   	push   %ebp
  8000b5:	89 e5                	mov    %esp,%ebp
  8000b7:	57                   	push   %edi
  8000b8:	56                   	push   %esi
  8000b9:	53                   	push   %ebx
	asm volatile("int %1\n"
  8000ba:	ba 00 00 00 00       	mov    $0x0,%edx
  8000bf:	b8 01 00 00 00       	mov    $0x1,%eax
  8000c4:	89 d1                	mov    %edx,%ecx
  8000c6:	89 d3                	mov    %edx,%ebx
  8000c8:	89 d7                	mov    %edx,%edi
  8000ca:	89 d6                	mov    %edx,%esi
  8000cc:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  8000ce:	5b                   	pop    %ebx
  8000cf:	5e                   	pop    %esi
  8000d0:	5f                   	pop    %edi
  8000d1:	5d                   	pop    %ebp
  8000d2:	c3                   	ret

008000d3 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  8000d3:	55                   	push   %ebp
  8000d4:	89 e5                	mov    %esp,%ebp
  8000d6:	57                   	push   %edi
  8000d7:	56                   	push   %esi
  8000d8:	53                   	push   %ebx
  8000d9:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8000dc:	b9 00 00 00 00       	mov    $0x0,%ecx
  8000e1:	8b 55 08             	mov    0x8(%ebp),%edx
  8000e4:	b8 03 00 00 00       	mov    $0x3,%eax
  8000e9:	89 cb                	mov    %ecx,%ebx
  8000eb:	89 cf                	mov    %ecx,%edi
  8000ed:	89 ce                	mov    %ecx,%esi
  8000ef:	cd 30                	int    $0x30
	if (check && ret > 0)
  8000f1:	85 c0                	test   %eax,%eax
  8000f3:	7f 08                	jg     8000fd <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  8000f5:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8000f8:	5b                   	pop    %ebx
  8000f9:	5e                   	pop    %esi
  8000fa:	5f                   	pop    %edi
  8000fb:	5d                   	pop    %ebp
  8000fc:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8000fd:	83 ec 0c             	sub    $0xc,%esp
  800100:	50                   	push   %eax
  800101:	6a 03                	push   $0x3
  800103:	68 aa 10 80 00       	push   $0x8010aa
  800108:	6a 1f                	push   $0x1f
  80010a:	68 c7 10 80 00       	push   $0x8010c7
  80010f:	e8 ed 01 00 00       	call   800301 <_panic>

00800114 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800114:	55                   	push   %ebp
  800115:	89 e5                	mov    %esp,%ebp
  800117:	57                   	push   %edi
  800118:	56                   	push   %esi
  800119:	53                   	push   %ebx
	asm volatile("int %1\n"
  80011a:	ba 00 00 00 00       	mov    $0x0,%edx
  80011f:	b8 02 00 00 00       	mov    $0x2,%eax
  800124:	89 d1                	mov    %edx,%ecx
  800126:	89 d3                	mov    %edx,%ebx
  800128:	89 d7                	mov    %edx,%edi
  80012a:	89 d6                	mov    %edx,%esi
  80012c:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  80012e:	5b                   	pop    %ebx
  80012f:	5e                   	pop    %esi
  800130:	5f                   	pop    %edi
  800131:	5d                   	pop    %ebp
  800132:	c3                   	ret

00800133 <sys_yield>:

void
sys_yield(void)
{
  800133:	55                   	push   %ebp
  800134:	89 e5                	mov    %esp,%ebp
  800136:	57                   	push   %edi
  800137:	56                   	push   %esi
  800138:	53                   	push   %ebx
	asm volatile("int %1\n"
  800139:	ba 00 00 00 00       	mov    $0x0,%edx
  80013e:	b8 0a 00 00 00       	mov    $0xa,%eax
  800143:	89 d1                	mov    %edx,%ecx
  800145:	89 d3                	mov    %edx,%ebx
  800147:	89 d7                	mov    %edx,%edi
  800149:	89 d6                	mov    %edx,%esi
  80014b:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  80014d:	5b                   	pop    %ebx
  80014e:	5e                   	pop    %esi
  80014f:	5f                   	pop    %edi
  800150:	5d                   	pop    %ebp
  800151:	c3                   	ret

00800152 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800152:	55                   	push   %ebp
  800153:	89 e5                	mov    %esp,%ebp
  800155:	57                   	push   %edi
  800156:	56                   	push   %esi
  800157:	53                   	push   %ebx
  800158:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80015b:	be 00 00 00 00       	mov    $0x0,%esi
  800160:	8b 55 08             	mov    0x8(%ebp),%edx
  800163:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800166:	b8 04 00 00 00       	mov    $0x4,%eax
  80016b:	8b 5d 10             	mov    0x10(%ebp),%ebx
  80016e:	89 f7                	mov    %esi,%edi
  800170:	cd 30                	int    $0x30
	if (check && ret > 0)
  800172:	85 c0                	test   %eax,%eax
  800174:	7f 08                	jg     80017e <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800176:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800179:	5b                   	pop    %ebx
  80017a:	5e                   	pop    %esi
  80017b:	5f                   	pop    %edi
  80017c:	5d                   	pop    %ebp
  80017d:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80017e:	83 ec 0c             	sub    $0xc,%esp
  800181:	50                   	push   %eax
  800182:	6a 04                	push   $0x4
  800184:	68 aa 10 80 00       	push   $0x8010aa
  800189:	6a 1f                	push   $0x1f
  80018b:	68 c7 10 80 00       	push   $0x8010c7
  800190:	e8 6c 01 00 00       	call   800301 <_panic>

00800195 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800195:	55                   	push   %ebp
  800196:	89 e5                	mov    %esp,%ebp
  800198:	57                   	push   %edi
  800199:	56                   	push   %esi
  80019a:	53                   	push   %ebx
  80019b:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80019e:	8b 55 08             	mov    0x8(%ebp),%edx
  8001a1:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8001a4:	b8 05 00 00 00       	mov    $0x5,%eax
  8001a9:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8001ac:	8b 7d 14             	mov    0x14(%ebp),%edi
  8001af:	8b 75 18             	mov    0x18(%ebp),%esi
  8001b2:	cd 30                	int    $0x30
	if (check && ret > 0)
  8001b4:	85 c0                	test   %eax,%eax
  8001b6:	7f 08                	jg     8001c0 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  8001b8:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001bb:	5b                   	pop    %ebx
  8001bc:	5e                   	pop    %esi
  8001bd:	5f                   	pop    %edi
  8001be:	5d                   	pop    %ebp
  8001bf:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8001c0:	83 ec 0c             	sub    $0xc,%esp
  8001c3:	50                   	push   %eax
  8001c4:	6a 05                	push   $0x5
  8001c6:	68 aa 10 80 00       	push   $0x8010aa
  8001cb:	6a 1f                	push   $0x1f
  8001cd:	68 c7 10 80 00       	push   $0x8010c7
  8001d2:	e8 2a 01 00 00       	call   800301 <_panic>

008001d7 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  8001d7:	55                   	push   %ebp
  8001d8:	89 e5                	mov    %esp,%ebp
  8001da:	57                   	push   %edi
  8001db:	56                   	push   %esi
  8001dc:	53                   	push   %ebx
  8001dd:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8001e0:	bb 00 00 00 00       	mov    $0x0,%ebx
  8001e5:	8b 55 08             	mov    0x8(%ebp),%edx
  8001e8:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8001eb:	b8 06 00 00 00       	mov    $0x6,%eax
  8001f0:	89 df                	mov    %ebx,%edi
  8001f2:	89 de                	mov    %ebx,%esi
  8001f4:	cd 30                	int    $0x30
	if (check && ret > 0)
  8001f6:	85 c0                	test   %eax,%eax
  8001f8:	7f 08                	jg     800202 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  8001fa:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001fd:	5b                   	pop    %ebx
  8001fe:	5e                   	pop    %esi
  8001ff:	5f                   	pop    %edi
  800200:	5d                   	pop    %ebp
  800201:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800202:	83 ec 0c             	sub    $0xc,%esp
  800205:	50                   	push   %eax
  800206:	6a 06                	push   $0x6
  800208:	68 aa 10 80 00       	push   $0x8010aa
  80020d:	6a 1f                	push   $0x1f
  80020f:	68 c7 10 80 00       	push   $0x8010c7
  800214:	e8 e8 00 00 00       	call   800301 <_panic>

00800219 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800219:	55                   	push   %ebp
  80021a:	89 e5                	mov    %esp,%ebp
  80021c:	57                   	push   %edi
  80021d:	56                   	push   %esi
  80021e:	53                   	push   %ebx
  80021f:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800222:	bb 00 00 00 00       	mov    $0x0,%ebx
  800227:	8b 55 08             	mov    0x8(%ebp),%edx
  80022a:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80022d:	b8 08 00 00 00       	mov    $0x8,%eax
  800232:	89 df                	mov    %ebx,%edi
  800234:	89 de                	mov    %ebx,%esi
  800236:	cd 30                	int    $0x30
	if (check && ret > 0)
  800238:	85 c0                	test   %eax,%eax
  80023a:	7f 08                	jg     800244 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  80023c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80023f:	5b                   	pop    %ebx
  800240:	5e                   	pop    %esi
  800241:	5f                   	pop    %edi
  800242:	5d                   	pop    %ebp
  800243:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800244:	83 ec 0c             	sub    $0xc,%esp
  800247:	50                   	push   %eax
  800248:	6a 08                	push   $0x8
  80024a:	68 aa 10 80 00       	push   $0x8010aa
  80024f:	6a 1f                	push   $0x1f
  800251:	68 c7 10 80 00       	push   $0x8010c7
  800256:	e8 a6 00 00 00       	call   800301 <_panic>

0080025b <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  80025b:	55                   	push   %ebp
  80025c:	89 e5                	mov    %esp,%ebp
  80025e:	57                   	push   %edi
  80025f:	56                   	push   %esi
  800260:	53                   	push   %ebx
  800261:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800264:	bb 00 00 00 00       	mov    $0x0,%ebx
  800269:	8b 55 08             	mov    0x8(%ebp),%edx
  80026c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80026f:	b8 09 00 00 00       	mov    $0x9,%eax
  800274:	89 df                	mov    %ebx,%edi
  800276:	89 de                	mov    %ebx,%esi
  800278:	cd 30                	int    $0x30
	if (check && ret > 0)
  80027a:	85 c0                	test   %eax,%eax
  80027c:	7f 08                	jg     800286 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  80027e:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800281:	5b                   	pop    %ebx
  800282:	5e                   	pop    %esi
  800283:	5f                   	pop    %edi
  800284:	5d                   	pop    %ebp
  800285:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800286:	83 ec 0c             	sub    $0xc,%esp
  800289:	50                   	push   %eax
  80028a:	6a 09                	push   $0x9
  80028c:	68 aa 10 80 00       	push   $0x8010aa
  800291:	6a 1f                	push   $0x1f
  800293:	68 c7 10 80 00       	push   $0x8010c7
  800298:	e8 64 00 00 00       	call   800301 <_panic>

0080029d <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  80029d:	55                   	push   %ebp
  80029e:	89 e5                	mov    %esp,%ebp
  8002a0:	57                   	push   %edi
  8002a1:	56                   	push   %esi
  8002a2:	53                   	push   %ebx
	asm volatile("int %1\n"
  8002a3:	8b 55 08             	mov    0x8(%ebp),%edx
  8002a6:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8002a9:	b8 0b 00 00 00       	mov    $0xb,%eax
  8002ae:	be 00 00 00 00       	mov    $0x0,%esi
  8002b3:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8002b6:	8b 7d 14             	mov    0x14(%ebp),%edi
  8002b9:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8002bb:	5b                   	pop    %ebx
  8002bc:	5e                   	pop    %esi
  8002bd:	5f                   	pop    %edi
  8002be:	5d                   	pop    %ebp
  8002bf:	c3                   	ret

008002c0 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8002c0:	55                   	push   %ebp
  8002c1:	89 e5                	mov    %esp,%ebp
  8002c3:	57                   	push   %edi
  8002c4:	56                   	push   %esi
  8002c5:	53                   	push   %ebx
  8002c6:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8002c9:	b9 00 00 00 00       	mov    $0x0,%ecx
  8002ce:	8b 55 08             	mov    0x8(%ebp),%edx
  8002d1:	b8 0c 00 00 00       	mov    $0xc,%eax
  8002d6:	89 cb                	mov    %ecx,%ebx
  8002d8:	89 cf                	mov    %ecx,%edi
  8002da:	89 ce                	mov    %ecx,%esi
  8002dc:	cd 30                	int    $0x30
	if (check && ret > 0)
  8002de:	85 c0                	test   %eax,%eax
  8002e0:	7f 08                	jg     8002ea <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  8002e2:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8002e5:	5b                   	pop    %ebx
  8002e6:	5e                   	pop    %esi
  8002e7:	5f                   	pop    %edi
  8002e8:	5d                   	pop    %ebp
  8002e9:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8002ea:	83 ec 0c             	sub    $0xc,%esp
  8002ed:	50                   	push   %eax
  8002ee:	6a 0c                	push   $0xc
  8002f0:	68 aa 10 80 00       	push   $0x8010aa
  8002f5:	6a 1f                	push   $0x1f
  8002f7:	68 c7 10 80 00       	push   $0x8010c7
  8002fc:	e8 00 00 00 00       	call   800301 <_panic>

00800301 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  800301:	55                   	push   %ebp
  800302:	89 e5                	mov    %esp,%ebp
  800304:	56                   	push   %esi
  800305:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800306:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800309:	8b 35 00 20 80 00    	mov    0x802000,%esi
  80030f:	e8 00 fe ff ff       	call   800114 <sys_getenvid>
  800314:	83 ec 0c             	sub    $0xc,%esp
  800317:	ff 75 0c             	push   0xc(%ebp)
  80031a:	ff 75 08             	push   0x8(%ebp)
  80031d:	56                   	push   %esi
  80031e:	50                   	push   %eax
  80031f:	68 d8 10 80 00       	push   $0x8010d8
  800324:	e8 4d 07 00 00       	call   800a76 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800329:	83 c4 18             	add    $0x18,%esp
  80032c:	53                   	push   %ebx
  80032d:	ff 75 10             	push   0x10(%ebp)
  800330:	e8 56 00 00 00       	call   80038b <vcprintf>
	cprintf("\n");
  800335:	c7 04 24 fb 10 80 00 	movl   $0x8010fb,(%esp)
  80033c:	e8 35 07 00 00       	call   800a76 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  800341:	cc                   	int3
  800342:	83 c4 10             	add    $0x10,%esp
	for (;;)
  800345:	eb fe                	jmp    800345 <_panic+0x44>

00800347 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  800347:	55                   	push   %ebp
  800348:	89 e5                	mov    %esp,%ebp
  80034a:	53                   	push   %ebx
  80034b:	83 ec 04             	sub    $0x4,%esp
  80034e:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  800351:	8b 13                	mov    (%ebx),%edx
  800353:	8d 42 01             	lea    0x1(%edx),%eax
  800356:	89 03                	mov    %eax,(%ebx)
  800358:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80035b:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  80035f:	3d 00 01 00 00       	cmp    $0x100,%eax
  800364:	74 09                	je     80036f <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  800366:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  80036a:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80036d:	c9                   	leave
  80036e:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80036f:	83 ec 08             	sub    $0x8,%esp
  800372:	68 00 01 00 00       	push   $0x100
  800377:	8d 43 08             	lea    0x8(%ebx),%eax
  80037a:	50                   	push   %eax
  80037b:	e8 16 fd ff ff       	call   800096 <sys_cputs>
		b->idx = 0;
  800380:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  800386:	83 c4 10             	add    $0x10,%esp
  800389:	eb db                	jmp    800366 <putch+0x1f>

0080038b <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  80038b:	55                   	push   %ebp
  80038c:	89 e5                	mov    %esp,%ebp
  80038e:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  800394:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  80039b:	00 00 00 
	b.cnt = 0;
  80039e:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8003a5:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8003a8:	ff 75 0c             	push   0xc(%ebp)
  8003ab:	ff 75 08             	push   0x8(%ebp)
  8003ae:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8003b4:	50                   	push   %eax
  8003b5:	68 47 03 80 00       	push   $0x800347
  8003ba:	e8 64 00 00 00       	call   800423 <vprintfmt>
	if (b->idx > 0) {
  8003bf:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8003c5:	83 c4 10             	add    $0x10,%esp
  8003c8:	85 c0                	test   %eax,%eax
  8003ca:	7f 08                	jg     8003d4 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8003cc:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8003d2:	c9                   	leave
  8003d3:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8003d4:	83 ec 08             	sub    $0x8,%esp
  8003d7:	50                   	push   %eax
  8003d8:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  8003de:	50                   	push   %eax
  8003df:	e8 b2 fc ff ff       	call   800096 <sys_cputs>
  8003e4:	83 c4 10             	add    $0x10,%esp
  8003e7:	eb e3                	jmp    8003cc <vcprintf+0x41>

008003e9 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8003e9:	55                   	push   %ebp
  8003ea:	89 e5                	mov    %esp,%ebp
  8003ec:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8003ef:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  8003f3:	8b 10                	mov    (%eax),%edx
  8003f5:	3b 50 04             	cmp    0x4(%eax),%edx
  8003f8:	73 0a                	jae    800404 <sprintputch+0x1b>
		*b->buf++ = ch;
  8003fa:	8d 4a 01             	lea    0x1(%edx),%ecx
  8003fd:	89 08                	mov    %ecx,(%eax)
  8003ff:	8b 45 08             	mov    0x8(%ebp),%eax
  800402:	88 02                	mov    %al,(%edx)
}
  800404:	5d                   	pop    %ebp
  800405:	c3                   	ret

00800406 <printfmt>:
{
  800406:	55                   	push   %ebp
  800407:	89 e5                	mov    %esp,%ebp
  800409:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  80040c:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  80040f:	50                   	push   %eax
  800410:	ff 75 10             	push   0x10(%ebp)
  800413:	ff 75 0c             	push   0xc(%ebp)
  800416:	ff 75 08             	push   0x8(%ebp)
  800419:	e8 05 00 00 00       	call   800423 <vprintfmt>
}
  80041e:	83 c4 10             	add    $0x10,%esp
  800421:	c9                   	leave
  800422:	c3                   	ret

00800423 <vprintfmt>:
{
  800423:	55                   	push   %ebp
  800424:	89 e5                	mov    %esp,%ebp
  800426:	57                   	push   %edi
  800427:	56                   	push   %esi
  800428:	53                   	push   %ebx
  800429:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80042c:	8b 45 10             	mov    0x10(%ebp),%eax
  80042f:	8d 58 01             	lea    0x1(%eax),%ebx
  800432:	0f b6 00             	movzbl (%eax),%eax
  800435:	83 f8 25             	cmp    $0x25,%eax
  800438:	74 24                	je     80045e <vprintfmt+0x3b>
  80043a:	8b 75 08             	mov    0x8(%ebp),%esi
  80043d:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800440:	85 c0                	test   %eax,%eax
  800442:	0f 84 d8 05 00 00    	je     800a20 <vprintfmt+0x5fd>
			putch(ch, putdat);
  800448:	83 ec 08             	sub    $0x8,%esp
  80044b:	57                   	push   %edi
  80044c:	50                   	push   %eax
  80044d:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80044f:	83 c3 01             	add    $0x1,%ebx
  800452:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800456:	83 c4 10             	add    $0x10,%esp
  800459:	83 f8 25             	cmp    $0x25,%eax
  80045c:	75 e2                	jne    800440 <vprintfmt+0x1d>
		padc = ' ';
  80045e:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  800462:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800467:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  80046e:	b9 00 00 00 00       	mov    $0x0,%ecx
  800473:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800475:	8d 53 01             	lea    0x1(%ebx),%edx
  800478:	0f b6 0b             	movzbl (%ebx),%ecx
  80047b:	8d 41 dd             	lea    -0x23(%ecx),%eax
  80047e:	3c 55                	cmp    $0x55,%al
  800480:	0f 87 21 05 00 00    	ja     8009a7 <vprintfmt+0x584>
  800486:	0f b6 c0             	movzbl %al,%eax
  800489:	ff 24 85 c0 11 80 00 	jmp    *0x8011c0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  800490:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800493:	eb 97                	jmp    80042c <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  800495:	89 d3                	mov    %edx,%ebx
			padc = '-';
  800497:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  80049b:	eb d8                	jmp    800475 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80049d:	89 d3                	mov    %edx,%ebx
  80049f:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8004a3:	eb d0                	jmp    800475 <vprintfmt+0x52>
  8004a5:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8004a8:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8004ab:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8004af:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004b2:	83 f9 09             	cmp    $0x9,%ecx
  8004b5:	77 54                	ja     80050b <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8004b7:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8004ba:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8004bd:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8004c1:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8004c4:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004c7:	83 f9 09             	cmp    $0x9,%ecx
  8004ca:	76 eb                	jbe    8004b7 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8004cc:	89 d3                	mov    %edx,%ebx
  8004ce:	eb 0d                	jmp    8004dd <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8004d0:	8b 45 14             	mov    0x14(%ebp),%eax
  8004d3:	8b 38                	mov    (%eax),%edi
  8004d5:	8d 40 04             	lea    0x4(%eax),%eax
  8004d8:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8004db:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8004dd:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8004e1:	79 92                	jns    800475 <vprintfmt+0x52>
				width = precision, precision = -1;
  8004e3:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8004e6:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8004eb:	eb 88                	jmp    800475 <vprintfmt+0x52>
			if (width < 0)
  8004ed:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  8004f0:	85 c9                	test   %ecx,%ecx
  8004f2:	b8 00 00 00 00       	mov    $0x0,%eax
  8004f7:	0f 49 c1             	cmovns %ecx,%eax
  8004fa:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8004fd:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8004ff:	e9 71 ff ff ff       	jmp    800475 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800504:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800506:	e9 6a ff ff ff       	jmp    800475 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80050b:	89 d3                	mov    %edx,%ebx
  80050d:	eb ce                	jmp    8004dd <vprintfmt+0xba>
			lflag++;
  80050f:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800512:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800514:	e9 5c ff ff ff       	jmp    800475 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800519:	89 55 10             	mov    %edx,0x10(%ebp)
  80051c:	8b 45 14             	mov    0x14(%ebp),%eax
  80051f:	8d 58 04             	lea    0x4(%eax),%ebx
  800522:	83 ec 08             	sub    $0x8,%esp
  800525:	ff 75 0c             	push   0xc(%ebp)
  800528:	ff 30                	push   (%eax)
  80052a:	ff 55 08             	call   *0x8(%ebp)
			break;
  80052d:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800530:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800533:	e9 f4 fe ff ff       	jmp    80042c <vprintfmt+0x9>
			err = va_arg(ap, int);
  800538:	89 55 10             	mov    %edx,0x10(%ebp)
  80053b:	8b 45 14             	mov    0x14(%ebp),%eax
  80053e:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800541:	8b 10                	mov    (%eax),%edx
  800543:	89 d0                	mov    %edx,%eax
  800545:	f7 d8                	neg    %eax
  800547:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  80054a:	83 f8 08             	cmp    $0x8,%eax
  80054d:	7f 27                	jg     800576 <vprintfmt+0x153>
  80054f:	8b 14 85 20 13 80 00 	mov    0x801320(,%eax,4),%edx
  800556:	85 d2                	test   %edx,%edx
  800558:	74 1c                	je     800576 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  80055a:	52                   	push   %edx
  80055b:	68 0d 11 80 00       	push   $0x80110d
  800560:	ff 75 0c             	push   0xc(%ebp)
  800563:	ff 75 08             	push   0x8(%ebp)
  800566:	e8 9b fe ff ff       	call   800406 <printfmt>
  80056b:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80056e:	89 5d 14             	mov    %ebx,0x14(%ebp)
  800571:	e9 b6 fe ff ff       	jmp    80042c <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  800576:	50                   	push   %eax
  800577:	68 04 11 80 00       	push   $0x801104
  80057c:	ff 75 0c             	push   0xc(%ebp)
  80057f:	ff 75 08             	push   0x8(%ebp)
  800582:	e8 7f fe ff ff       	call   800406 <printfmt>
  800587:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80058a:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  80058d:	e9 9a fe ff ff       	jmp    80042c <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  800592:	89 55 10             	mov    %edx,0x10(%ebp)
  800595:	8b 45 14             	mov    0x14(%ebp),%eax
  800598:	83 c0 04             	add    $0x4,%eax
  80059b:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80059e:	8b 45 14             	mov    0x14(%ebp),%eax
  8005a1:	8b 30                	mov    (%eax),%esi
  8005a3:	85 f6                	test   %esi,%esi
  8005a5:	0f 84 53 04 00 00    	je     8009fe <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8005ab:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8005af:	7e 06                	jle    8005b7 <vprintfmt+0x194>
  8005b1:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8005b5:	75 1b                	jne    8005d2 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8005b7:	8d 5e 01             	lea    0x1(%esi),%ebx
  8005ba:	0f be 06             	movsbl (%esi),%eax
  8005bd:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005c0:	85 c0                	test   %eax,%eax
  8005c2:	0f 85 80 00 00 00    	jne    800648 <vprintfmt+0x225>
  8005c8:	e9 8c 00 00 00       	jmp    800659 <vprintfmt+0x236>
				p = "(null)";
  8005cd:	be fd 10 80 00       	mov    $0x8010fd,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8005d2:	83 ec 08             	sub    $0x8,%esp
  8005d5:	57                   	push   %edi
  8005d6:	56                   	push   %esi
  8005d7:	e8 ea 04 00 00       	call   800ac6 <strnlen>
  8005dc:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8005df:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8005e2:	83 c4 10             	add    $0x10,%esp
  8005e5:	85 d2                	test   %edx,%edx
  8005e7:	0f 8e f5 03 00 00    	jle    8009e2 <vprintfmt+0x5bf>
					putch(padc, putdat);
  8005ed:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  8005f1:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8005f4:	89 d6                	mov    %edx,%esi
  8005f6:	89 7d b0             	mov    %edi,-0x50(%ebp)
  8005f9:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8005fc:	83 ec 08             	sub    $0x8,%esp
  8005ff:	57                   	push   %edi
  800600:	53                   	push   %ebx
  800601:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800604:	83 c4 10             	add    $0x10,%esp
  800607:	83 ee 01             	sub    $0x1,%esi
  80060a:	75 f0                	jne    8005fc <vprintfmt+0x1d9>
  80060c:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80060f:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800612:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800615:	8d 5e 01             	lea    0x1(%esi),%ebx
  800618:	0f be 06             	movsbl (%esi),%eax
  80061b:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80061e:	85 c0                	test   %eax,%eax
  800620:	75 26                	jne    800648 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800622:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800625:	89 45 14             	mov    %eax,0x14(%ebp)
  800628:	e9 ff fd ff ff       	jmp    80042c <vprintfmt+0x9>
				putch(ch, putdat);
  80062d:	83 ec 08             	sub    $0x8,%esp
  800630:	ff 75 0c             	push   0xc(%ebp)
  800633:	50                   	push   %eax
  800634:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800637:	83 ee 01             	sub    $0x1,%esi
  80063a:	83 c3 01             	add    $0x1,%ebx
  80063d:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800641:	83 c4 10             	add    $0x10,%esp
  800644:	85 c0                	test   %eax,%eax
  800646:	74 0e                	je     800656 <vprintfmt+0x233>
  800648:	85 ff                	test   %edi,%edi
  80064a:	78 e1                	js     80062d <vprintfmt+0x20a>
  80064c:	83 ef 01             	sub    $0x1,%edi
  80064f:	79 dc                	jns    80062d <vprintfmt+0x20a>
  800651:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800654:	eb 03                	jmp    800659 <vprintfmt+0x236>
  800656:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800659:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80065d:	7e 24                	jle    800683 <vprintfmt+0x260>
  80065f:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  800662:	8b 75 08             	mov    0x8(%ebp),%esi
  800665:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800668:	83 ec 08             	sub    $0x8,%esp
  80066b:	57                   	push   %edi
  80066c:	6a 20                	push   $0x20
  80066e:	ff d6                	call   *%esi
			for (; width > 0; width--)
  800670:	83 c4 10             	add    $0x10,%esp
  800673:	83 eb 01             	sub    $0x1,%ebx
  800676:	75 f0                	jne    800668 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800678:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80067b:	89 45 14             	mov    %eax,0x14(%ebp)
  80067e:	e9 a9 fd ff ff       	jmp    80042c <vprintfmt+0x9>
  800683:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800686:	89 45 14             	mov    %eax,0x14(%ebp)
  800689:	e9 9e fd ff ff       	jmp    80042c <vprintfmt+0x9>
	if (lflag >= 2)
  80068e:	89 55 10             	mov    %edx,0x10(%ebp)
  800691:	83 fe 01             	cmp    $0x1,%esi
  800694:	7f 1b                	jg     8006b1 <vprintfmt+0x28e>
	else if (lflag)
  800696:	85 f6                	test   %esi,%esi
  800698:	74 39                	je     8006d3 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  80069a:	8b 45 14             	mov    0x14(%ebp),%eax
  80069d:	8b 00                	mov    (%eax),%eax
  80069f:	89 c6                	mov    %eax,%esi
  8006a1:	89 c7                	mov    %eax,%edi
  8006a3:	c1 ff 1f             	sar    $0x1f,%edi
  8006a6:	8b 45 14             	mov    0x14(%ebp),%eax
  8006a9:	8d 40 04             	lea    0x4(%eax),%eax
  8006ac:	89 45 14             	mov    %eax,0x14(%ebp)
  8006af:	eb 0e                	jmp    8006bf <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8006b1:	8b 45 14             	mov    0x14(%ebp),%eax
  8006b4:	8b 30                	mov    (%eax),%esi
  8006b6:	8b 78 04             	mov    0x4(%eax),%edi
  8006b9:	8d 40 08             	lea    0x8(%eax),%eax
  8006bc:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8006bf:	85 ff                	test   %edi,%edi
  8006c1:	78 27                	js     8006ea <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8006c3:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006c6:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8006c9:	b8 0a 00 00 00       	mov    $0xa,%eax
  8006ce:	e9 53 01 00 00       	jmp    800826 <vprintfmt+0x403>
		return va_arg(*ap, int);
  8006d3:	8b 45 14             	mov    0x14(%ebp),%eax
  8006d6:	8b 00                	mov    (%eax),%eax
  8006d8:	89 c6                	mov    %eax,%esi
  8006da:	89 c7                	mov    %eax,%edi
  8006dc:	c1 ff 1f             	sar    $0x1f,%edi
  8006df:	8b 45 14             	mov    0x14(%ebp),%eax
  8006e2:	8d 40 04             	lea    0x4(%eax),%eax
  8006e5:	89 45 14             	mov    %eax,0x14(%ebp)
  8006e8:	eb d5                	jmp    8006bf <vprintfmt+0x29c>
				putch('-', putdat);
  8006ea:	83 ec 08             	sub    $0x8,%esp
  8006ed:	ff 75 0c             	push   0xc(%ebp)
  8006f0:	6a 2d                	push   $0x2d
  8006f2:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  8006f5:	f7 de                	neg    %esi
  8006f7:	83 d7 00             	adc    $0x0,%edi
  8006fa:	f7 df                	neg    %edi
  8006fc:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006ff:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800702:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800705:	b8 0a 00 00 00       	mov    $0xa,%eax
  80070a:	e9 17 01 00 00       	jmp    800826 <vprintfmt+0x403>
	if (lflag >= 2)
  80070f:	89 55 10             	mov    %edx,0x10(%ebp)
  800712:	83 fe 01             	cmp    $0x1,%esi
  800715:	7f 27                	jg     80073e <vprintfmt+0x31b>
	else if (lflag)
  800717:	85 f6                	test   %esi,%esi
  800719:	74 44                	je     80075f <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  80071b:	8b 45 14             	mov    0x14(%ebp),%eax
  80071e:	8b 00                	mov    (%eax),%eax
  800720:	ba 00 00 00 00       	mov    $0x0,%edx
  800725:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800728:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80072b:	8b 45 14             	mov    0x14(%ebp),%eax
  80072e:	8d 40 04             	lea    0x4(%eax),%eax
  800731:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800734:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800739:	e9 e8 00 00 00       	jmp    800826 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80073e:	8b 45 14             	mov    0x14(%ebp),%eax
  800741:	8b 50 04             	mov    0x4(%eax),%edx
  800744:	8b 00                	mov    (%eax),%eax
  800746:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800749:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80074c:	8b 45 14             	mov    0x14(%ebp),%eax
  80074f:	8d 40 08             	lea    0x8(%eax),%eax
  800752:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800755:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  80075a:	e9 c7 00 00 00       	jmp    800826 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80075f:	8b 45 14             	mov    0x14(%ebp),%eax
  800762:	8b 00                	mov    (%eax),%eax
  800764:	ba 00 00 00 00       	mov    $0x0,%edx
  800769:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80076c:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80076f:	8b 45 14             	mov    0x14(%ebp),%eax
  800772:	8d 40 04             	lea    0x4(%eax),%eax
  800775:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800778:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  80077d:	e9 a4 00 00 00       	jmp    800826 <vprintfmt+0x403>
	if (lflag >= 2)
  800782:	89 55 10             	mov    %edx,0x10(%ebp)
  800785:	83 fe 01             	cmp    $0x1,%esi
  800788:	7f 24                	jg     8007ae <vprintfmt+0x38b>
	else if (lflag)
  80078a:	85 f6                	test   %esi,%esi
  80078c:	74 3e                	je     8007cc <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  80078e:	8b 45 14             	mov    0x14(%ebp),%eax
  800791:	8b 00                	mov    (%eax),%eax
  800793:	ba 00 00 00 00       	mov    $0x0,%edx
  800798:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80079b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80079e:	8b 45 14             	mov    0x14(%ebp),%eax
  8007a1:	8d 40 04             	lea    0x4(%eax),%eax
  8007a4:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007a7:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8007ac:	eb 78                	jmp    800826 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8007ae:	8b 45 14             	mov    0x14(%ebp),%eax
  8007b1:	8b 50 04             	mov    0x4(%eax),%edx
  8007b4:	8b 00                	mov    (%eax),%eax
  8007b6:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007b9:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007bc:	8b 45 14             	mov    0x14(%ebp),%eax
  8007bf:	8d 40 08             	lea    0x8(%eax),%eax
  8007c2:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007c5:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8007ca:	eb 5a                	jmp    800826 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8007cc:	8b 45 14             	mov    0x14(%ebp),%eax
  8007cf:	8b 00                	mov    (%eax),%eax
  8007d1:	ba 00 00 00 00       	mov    $0x0,%edx
  8007d6:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007d9:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007dc:	8b 45 14             	mov    0x14(%ebp),%eax
  8007df:	8d 40 04             	lea    0x4(%eax),%eax
  8007e2:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007e5:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8007ea:	eb 3a                	jmp    800826 <vprintfmt+0x403>
			putch('0', putdat);
  8007ec:	89 55 10             	mov    %edx,0x10(%ebp)
  8007ef:	83 ec 08             	sub    $0x8,%esp
  8007f2:	ff 75 0c             	push   0xc(%ebp)
  8007f5:	6a 30                	push   $0x30
  8007f7:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  8007fa:	83 c4 08             	add    $0x8,%esp
  8007fd:	ff 75 0c             	push   0xc(%ebp)
  800800:	6a 78                	push   $0x78
  800802:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800805:	8b 45 14             	mov    0x14(%ebp),%eax
  800808:	8b 00                	mov    (%eax),%eax
  80080a:	ba 00 00 00 00       	mov    $0x0,%edx
  80080f:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800812:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800815:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800818:	8b 45 14             	mov    0x14(%ebp),%eax
  80081b:	8d 40 04             	lea    0x4(%eax),%eax
  80081e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800821:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800826:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  80082a:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  80082d:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800832:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800835:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  80083c:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80083f:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800842:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800845:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800848:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  80084c:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80084f:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800852:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800855:	ff 75 bc             	push   -0x44(%ebp)
  800858:	ff 75 b8             	push   -0x48(%ebp)
  80085b:	57                   	push   %edi
  80085c:	56                   	push   %esi
  80085d:	e8 2f 07 00 00       	call   800f91 <__umoddi3>
  800862:	83 c4 10             	add    $0x10,%esp
  800865:	0f b6 80 10 11 80 00 	movzbl 0x801110(%eax),%eax
  80086c:	88 03                	mov    %al,(%ebx)
		num /= base;
  80086e:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800871:	89 fb                	mov    %edi,%ebx
  800873:	ff 75 bc             	push   -0x44(%ebp)
  800876:	ff 75 b8             	push   -0x48(%ebp)
  800879:	57                   	push   %edi
  80087a:	56                   	push   %esi
  80087b:	e8 f6 06 00 00       	call   800f76 <__udivdi3>
  800880:	83 c4 10             	add    $0x10,%esp
  800883:	89 c6                	mov    %eax,%esi
  800885:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  800887:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  80088a:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  80088d:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  800890:	73 b6                	jae    800848 <vprintfmt+0x425>
	pad = width - n;
  800892:	8b 7d a8             	mov    -0x58(%ebp),%edi
  800895:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  800898:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80089b:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  80089d:	83 ff 2d             	cmp    $0x2d,%edi
  8008a0:	0f 84 de 00 00 00    	je     800984 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8008a6:	85 f6                	test   %esi,%esi
  8008a8:	0f 8e 27 01 00 00    	jle    8009d5 <vprintfmt+0x5b2>
  8008ae:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8008b1:	83 ec 08             	sub    $0x8,%esp
  8008b4:	53                   	push   %ebx
  8008b5:	57                   	push   %edi
  8008b6:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8008b9:	83 c4 10             	add    $0x10,%esp
  8008bc:	83 ee 01             	sub    $0x1,%esi
  8008bf:	75 f0                	jne    8008b1 <vprintfmt+0x48e>
  8008c1:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8008c4:	85 db                	test   %ebx,%ebx
  8008c6:	0f 8e 60 fb ff ff    	jle    80042c <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8008cc:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8008cf:	8b 75 08             	mov    0x8(%ebp),%esi
  8008d2:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8008d5:	83 eb 01             	sub    $0x1,%ebx
  8008d8:	83 ec 08             	sub    $0x8,%esp
  8008db:	57                   	push   %edi
  8008dc:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8008e1:	50                   	push   %eax
  8008e2:	ff d6                	call   *%esi
	while (n > 0)
  8008e4:	83 c4 10             	add    $0x10,%esp
  8008e7:	85 db                	test   %ebx,%ebx
  8008e9:	7f ea                	jg     8008d5 <vprintfmt+0x4b2>
  8008eb:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8008ee:	85 f6                	test   %esi,%esi
  8008f0:	0f 8e 36 fb ff ff    	jle    80042c <vprintfmt+0x9>
  8008f6:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8008f9:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  8008fc:	83 ec 08             	sub    $0x8,%esp
  8008ff:	57                   	push   %edi
  800900:	6a 20                	push   $0x20
  800902:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800904:	83 c4 10             	add    $0x10,%esp
  800907:	83 ee 01             	sub    $0x1,%esi
  80090a:	75 f0                	jne    8008fc <vprintfmt+0x4d9>
  80090c:	e9 1b fb ff ff       	jmp    80042c <vprintfmt+0x9>
	if (lflag >= 2)
  800911:	89 55 10             	mov    %edx,0x10(%ebp)
  800914:	83 fe 01             	cmp    $0x1,%esi
  800917:	7f 27                	jg     800940 <vprintfmt+0x51d>
	else if (lflag)
  800919:	85 f6                	test   %esi,%esi
  80091b:	74 44                	je     800961 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  80091d:	8b 45 14             	mov    0x14(%ebp),%eax
  800920:	8b 00                	mov    (%eax),%eax
  800922:	ba 00 00 00 00       	mov    $0x0,%edx
  800927:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80092a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80092d:	8b 45 14             	mov    0x14(%ebp),%eax
  800930:	8d 40 04             	lea    0x4(%eax),%eax
  800933:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800936:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  80093b:	e9 e6 fe ff ff       	jmp    800826 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800940:	8b 45 14             	mov    0x14(%ebp),%eax
  800943:	8b 50 04             	mov    0x4(%eax),%edx
  800946:	8b 00                	mov    (%eax),%eax
  800948:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80094b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80094e:	8b 45 14             	mov    0x14(%ebp),%eax
  800951:	8d 40 08             	lea    0x8(%eax),%eax
  800954:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800957:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  80095c:	e9 c5 fe ff ff       	jmp    800826 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800961:	8b 45 14             	mov    0x14(%ebp),%eax
  800964:	8b 00                	mov    (%eax),%eax
  800966:	ba 00 00 00 00       	mov    $0x0,%edx
  80096b:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80096e:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800971:	8b 45 14             	mov    0x14(%ebp),%eax
  800974:	8d 40 04             	lea    0x4(%eax),%eax
  800977:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80097a:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  80097f:	e9 a2 fe ff ff       	jmp    800826 <vprintfmt+0x403>
	while (n > 0)
  800984:	85 db                	test   %ebx,%ebx
  800986:	0f 8f 40 ff ff ff    	jg     8008cc <vprintfmt+0x4a9>
  80098c:	e9 5d ff ff ff       	jmp    8008ee <vprintfmt+0x4cb>
			putch(ch, putdat);
  800991:	89 55 10             	mov    %edx,0x10(%ebp)
  800994:	83 ec 08             	sub    $0x8,%esp
  800997:	ff 75 0c             	push   0xc(%ebp)
  80099a:	6a 25                	push   $0x25
  80099c:	ff 55 08             	call   *0x8(%ebp)
			break;
  80099f:	83 c4 10             	add    $0x10,%esp
  8009a2:	e9 85 fa ff ff       	jmp    80042c <vprintfmt+0x9>
			putch('%', putdat);
  8009a7:	83 ec 08             	sub    $0x8,%esp
  8009aa:	ff 75 0c             	push   0xc(%ebp)
  8009ad:	6a 25                	push   $0x25
  8009af:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8009b2:	83 c4 10             	add    $0x10,%esp
  8009b5:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8009b9:	0f 84 d1 fa ff ff    	je     800490 <vprintfmt+0x6d>
  8009bf:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8009c2:	89 d8                	mov    %ebx,%eax
  8009c4:	83 e8 01             	sub    $0x1,%eax
  8009c7:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8009cb:	75 f7                	jne    8009c4 <vprintfmt+0x5a1>
  8009cd:	89 45 10             	mov    %eax,0x10(%ebp)
  8009d0:	e9 57 fa ff ff       	jmp    80042c <vprintfmt+0x9>
	while (n > 0)
  8009d5:	85 db                	test   %ebx,%ebx
  8009d7:	0f 8f ef fe ff ff    	jg     8008cc <vprintfmt+0x4a9>
  8009dd:	e9 4a fa ff ff       	jmp    80042c <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8009e2:	8d 5e 01             	lea    0x1(%esi),%ebx
  8009e5:	0f be 06             	movsbl (%esi),%eax
  8009e8:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8009eb:	85 c0                	test   %eax,%eax
  8009ed:	0f 85 55 fc ff ff    	jne    800648 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8009f3:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8009f6:	89 45 14             	mov    %eax,0x14(%ebp)
  8009f9:	e9 2e fa ff ff       	jmp    80042c <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  8009fe:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800a02:	74 0a                	je     800a0e <vprintfmt+0x5eb>
  800a04:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800a08:	0f 8f bf fb ff ff    	jg     8005cd <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800a0e:	b8 28 00 00 00       	mov    $0x28,%eax
  800a13:	bb fe 10 80 00       	mov    $0x8010fe,%ebx
  800a18:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800a1b:	e9 28 fc ff ff       	jmp    800648 <vprintfmt+0x225>
}
  800a20:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800a23:	5b                   	pop    %ebx
  800a24:	5e                   	pop    %esi
  800a25:	5f                   	pop    %edi
  800a26:	5d                   	pop    %ebp
  800a27:	c3                   	ret

00800a28 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800a28:	55                   	push   %ebp
  800a29:	89 e5                	mov    %esp,%ebp
  800a2b:	83 ec 18             	sub    $0x18,%esp
  800a2e:	8b 45 08             	mov    0x8(%ebp),%eax
  800a31:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800a34:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800a37:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800a3b:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800a3e:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800a45:	85 c0                	test   %eax,%eax
  800a47:	74 26                	je     800a6f <vsnprintf+0x47>
  800a49:	85 d2                	test   %edx,%edx
  800a4b:	7e 22                	jle    800a6f <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800a4d:	ff 75 14             	push   0x14(%ebp)
  800a50:	ff 75 10             	push   0x10(%ebp)
  800a53:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800a56:	50                   	push   %eax
  800a57:	68 e9 03 80 00       	push   $0x8003e9
  800a5c:	e8 c2 f9 ff ff       	call   800423 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800a61:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800a64:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800a67:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800a6a:	83 c4 10             	add    $0x10,%esp
}
  800a6d:	c9                   	leave
  800a6e:	c3                   	ret
		return -E_INVAL;
  800a6f:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800a74:	eb f7                	jmp    800a6d <vsnprintf+0x45>

00800a76 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800a76:	55                   	push   %ebp
  800a77:	89 e5                	mov    %esp,%ebp
  800a79:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  800a7c:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  800a7f:	50                   	push   %eax
  800a80:	ff 75 08             	push   0x8(%ebp)
  800a83:	e8 03 f9 ff ff       	call   80038b <vcprintf>
	va_end(ap);

	return cnt;
}
  800a88:	c9                   	leave
  800a89:	c3                   	ret

00800a8a <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800a8a:	55                   	push   %ebp
  800a8b:	89 e5                	mov    %esp,%ebp
  800a8d:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  800a90:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800a93:	50                   	push   %eax
  800a94:	ff 75 10             	push   0x10(%ebp)
  800a97:	ff 75 0c             	push   0xc(%ebp)
  800a9a:	ff 75 08             	push   0x8(%ebp)
  800a9d:	e8 86 ff ff ff       	call   800a28 <vsnprintf>
	va_end(ap);

	return rc;
}
  800aa2:	c9                   	leave
  800aa3:	c3                   	ret

00800aa4 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800aa4:	55                   	push   %ebp
  800aa5:	89 e5                	mov    %esp,%ebp
  800aa7:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800aaa:	80 3a 00             	cmpb   $0x0,(%edx)
  800aad:	74 10                	je     800abf <strlen+0x1b>
  800aaf:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800ab4:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800ab7:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800abb:	75 f7                	jne    800ab4 <strlen+0x10>
	return n;
}
  800abd:	5d                   	pop    %ebp
  800abe:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  800abf:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800ac4:	eb f7                	jmp    800abd <strlen+0x19>

00800ac6 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800ac6:	55                   	push   %ebp
  800ac7:	89 e5                	mov    %esp,%ebp
  800ac9:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800acc:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800acf:	85 d2                	test   %edx,%edx
  800ad1:	74 16                	je     800ae9 <strnlen+0x23>
  800ad3:	b8 00 00 00 00       	mov    $0x0,%eax
  800ad8:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800adc:	74 09                	je     800ae7 <strnlen+0x21>
		n++;
  800ade:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800ae1:	39 d0                	cmp    %edx,%eax
  800ae3:	75 f3                	jne    800ad8 <strnlen+0x12>
		n++;
  800ae5:	89 d0                	mov    %edx,%eax
	return n;
}
  800ae7:	5d                   	pop    %ebp
  800ae8:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800ae9:	b8 00 00 00 00       	mov    $0x0,%eax
  800aee:	eb f7                	jmp    800ae7 <strnlen+0x21>

00800af0 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800af0:	55                   	push   %ebp
  800af1:	89 e5                	mov    %esp,%ebp
  800af3:	53                   	push   %ebx
  800af4:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800af7:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800afa:	b8 00 00 00 00       	mov    $0x0,%eax
  800aff:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800b03:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800b06:	83 c0 01             	add    $0x1,%eax
  800b09:	84 d2                	test   %dl,%dl
  800b0b:	75 f2                	jne    800aff <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800b0d:	89 c8                	mov    %ecx,%eax
  800b0f:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b12:	c9                   	leave
  800b13:	c3                   	ret

00800b14 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800b14:	55                   	push   %ebp
  800b15:	89 e5                	mov    %esp,%ebp
  800b17:	53                   	push   %ebx
  800b18:	83 ec 10             	sub    $0x10,%esp
  800b1b:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800b1e:	53                   	push   %ebx
  800b1f:	e8 80 ff ff ff       	call   800aa4 <strlen>
  800b24:	83 c4 08             	add    $0x8,%esp
  800b27:	ff 75 0c             	push   0xc(%ebp)
  800b2a:	01 d8                	add    %ebx,%eax
  800b2c:	50                   	push   %eax
  800b2d:	e8 be ff ff ff       	call   800af0 <strcpy>
	return dst;
}
  800b32:	89 d8                	mov    %ebx,%eax
  800b34:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b37:	c9                   	leave
  800b38:	c3                   	ret

00800b39 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800b39:	55                   	push   %ebp
  800b3a:	89 e5                	mov    %esp,%ebp
  800b3c:	56                   	push   %esi
  800b3d:	53                   	push   %ebx
  800b3e:	8b 75 08             	mov    0x8(%ebp),%esi
  800b41:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b44:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800b47:	85 db                	test   %ebx,%ebx
  800b49:	74 17                	je     800b62 <strncpy+0x29>
  800b4b:	01 f3                	add    %esi,%ebx
  800b4d:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800b4f:	83 c0 01             	add    $0x1,%eax
  800b52:	0f b6 0a             	movzbl (%edx),%ecx
  800b55:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800b58:	80 f9 01             	cmp    $0x1,%cl
  800b5b:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800b5e:	39 c3                	cmp    %eax,%ebx
  800b60:	75 ed                	jne    800b4f <strncpy+0x16>
	}
	return ret;
}
  800b62:	89 f0                	mov    %esi,%eax
  800b64:	5b                   	pop    %ebx
  800b65:	5e                   	pop    %esi
  800b66:	5d                   	pop    %ebp
  800b67:	c3                   	ret

00800b68 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800b68:	55                   	push   %ebp
  800b69:	89 e5                	mov    %esp,%ebp
  800b6b:	56                   	push   %esi
  800b6c:	53                   	push   %ebx
  800b6d:	8b 75 08             	mov    0x8(%ebp),%esi
  800b70:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b73:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800b76:	89 f0                	mov    %esi,%eax
  800b78:	85 db                	test   %ebx,%ebx
  800b7a:	74 1e                	je     800b9a <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800b7c:	83 eb 01             	sub    $0x1,%ebx
  800b7f:	74 16                	je     800b97 <strlcpy+0x2f>
  800b81:	01 f3                	add    %esi,%ebx
  800b83:	0f b6 0a             	movzbl (%edx),%ecx
  800b86:	84 c9                	test   %cl,%cl
  800b88:	74 0d                	je     800b97 <strlcpy+0x2f>
			*dst++ = *src++;
  800b8a:	83 c2 01             	add    $0x1,%edx
  800b8d:	83 c0 01             	add    $0x1,%eax
  800b90:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800b93:	39 d8                	cmp    %ebx,%eax
  800b95:	75 ec                	jne    800b83 <strlcpy+0x1b>
		*dst = '\0';
  800b97:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800b9a:	29 f0                	sub    %esi,%eax
}
  800b9c:	5b                   	pop    %ebx
  800b9d:	5e                   	pop    %esi
  800b9e:	5d                   	pop    %ebp
  800b9f:	c3                   	ret

00800ba0 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  800ba0:	55                   	push   %ebp
  800ba1:	89 e5                	mov    %esp,%ebp
  800ba3:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800ba6:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800ba9:	0f b6 01             	movzbl (%ecx),%eax
  800bac:	84 c0                	test   %al,%al
  800bae:	74 11                	je     800bc1 <strcmp+0x21>
  800bb0:	38 02                	cmp    %al,(%edx)
  800bb2:	75 0d                	jne    800bc1 <strcmp+0x21>
		p++, q++;
  800bb4:	83 c1 01             	add    $0x1,%ecx
  800bb7:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800bba:	0f b6 01             	movzbl (%ecx),%eax
  800bbd:	84 c0                	test   %al,%al
  800bbf:	75 ef                	jne    800bb0 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800bc1:	0f b6 c0             	movzbl %al,%eax
  800bc4:	0f b6 12             	movzbl (%edx),%edx
  800bc7:	29 d0                	sub    %edx,%eax
}
  800bc9:	5d                   	pop    %ebp
  800bca:	c3                   	ret

00800bcb <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800bcb:	55                   	push   %ebp
  800bcc:	89 e5                	mov    %esp,%ebp
  800bce:	53                   	push   %ebx
  800bcf:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800bd2:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800bd5:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800bd8:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800bdd:	85 d2                	test   %edx,%edx
  800bdf:	74 2e                	je     800c0f <strncmp+0x44>
  800be1:	0f b6 01             	movzbl (%ecx),%eax
  800be4:	84 c0                	test   %al,%al
  800be6:	74 16                	je     800bfe <strncmp+0x33>
  800be8:	3a 03                	cmp    (%ebx),%al
  800bea:	75 12                	jne    800bfe <strncmp+0x33>
		n--, p++, q++;
  800bec:	83 c1 01             	add    $0x1,%ecx
  800bef:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800bf2:	83 ea 01             	sub    $0x1,%edx
  800bf5:	75 ea                	jne    800be1 <strncmp+0x16>
		return 0;
  800bf7:	b8 00 00 00 00       	mov    $0x0,%eax
  800bfc:	eb 11                	jmp    800c0f <strncmp+0x44>
  800bfe:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800c03:	85 d2                	test   %edx,%edx
  800c05:	74 08                	je     800c0f <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800c07:	0f b6 01             	movzbl (%ecx),%eax
  800c0a:	0f b6 13             	movzbl (%ebx),%edx
  800c0d:	29 d0                	sub    %edx,%eax
}
  800c0f:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c12:	c9                   	leave
  800c13:	c3                   	ret

00800c14 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800c14:	55                   	push   %ebp
  800c15:	89 e5                	mov    %esp,%ebp
  800c17:	8b 45 08             	mov    0x8(%ebp),%eax
  800c1a:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800c1e:	0f b6 10             	movzbl (%eax),%edx
  800c21:	84 d2                	test   %dl,%dl
  800c23:	74 15                	je     800c3a <strchr+0x26>
		if (*s == c)
  800c25:	38 d1                	cmp    %dl,%cl
  800c27:	74 0f                	je     800c38 <strchr+0x24>
	for (; *s; s++)
  800c29:	83 c0 01             	add    $0x1,%eax
  800c2c:	0f b6 10             	movzbl (%eax),%edx
  800c2f:	84 d2                	test   %dl,%dl
  800c31:	75 f2                	jne    800c25 <strchr+0x11>
			return (char *) s;
	return 0;
  800c33:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800c38:	5d                   	pop    %ebp
  800c39:	c3                   	ret
	return 0;
  800c3a:	b8 00 00 00 00       	mov    $0x0,%eax
  800c3f:	eb f7                	jmp    800c38 <strchr+0x24>

00800c41 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800c41:	55                   	push   %ebp
  800c42:	89 e5                	mov    %esp,%ebp
  800c44:	53                   	push   %ebx
  800c45:	8b 45 08             	mov    0x8(%ebp),%eax
  800c48:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800c4b:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800c4e:	38 d3                	cmp    %dl,%bl
  800c50:	74 14                	je     800c66 <strfind+0x25>
  800c52:	89 d1                	mov    %edx,%ecx
  800c54:	84 db                	test   %bl,%bl
  800c56:	74 0e                	je     800c66 <strfind+0x25>
	for (; *s; s++)
  800c58:	83 c0 01             	add    $0x1,%eax
  800c5b:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800c5e:	38 ca                	cmp    %cl,%dl
  800c60:	74 04                	je     800c66 <strfind+0x25>
  800c62:	84 d2                	test   %dl,%dl
  800c64:	75 f2                	jne    800c58 <strfind+0x17>
			break;
	return (char *) s;
}
  800c66:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c69:	c9                   	leave
  800c6a:	c3                   	ret

00800c6b <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800c6b:	55                   	push   %ebp
  800c6c:	89 e5                	mov    %esp,%ebp
  800c6e:	53                   	push   %ebx
  800c6f:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800c72:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800c75:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800c78:	85 d2                	test   %edx,%edx
  800c7a:	74 0e                	je     800c8a <memset+0x1f>
  800c7c:	01 da                	add    %ebx,%edx
	char *p = v;
  800c7e:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800c80:	83 c0 01             	add    $0x1,%eax
  800c83:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800c86:	39 c2                	cmp    %eax,%edx
  800c88:	75 f6                	jne    800c80 <memset+0x15>
	return v;
}
  800c8a:	89 d8                	mov    %ebx,%eax
  800c8c:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c8f:	c9                   	leave
  800c90:	c3                   	ret

00800c91 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800c91:	55                   	push   %ebp
  800c92:	89 e5                	mov    %esp,%ebp
  800c94:	56                   	push   %esi
  800c95:	53                   	push   %ebx
  800c96:	8b 75 08             	mov    0x8(%ebp),%esi
  800c99:	8b 45 0c             	mov    0xc(%ebp),%eax
  800c9c:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800c9f:	39 f0                	cmp    %esi,%eax
  800ca1:	72 20                	jb     800cc3 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800ca3:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800ca6:	89 f2                	mov    %esi,%edx
  800ca8:	85 c9                	test   %ecx,%ecx
  800caa:	74 11                	je     800cbd <memmove+0x2c>
			*d++ = *s++;
  800cac:	83 c0 01             	add    $0x1,%eax
  800caf:	83 c2 01             	add    $0x1,%edx
  800cb2:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800cb6:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800cb9:	39 d8                	cmp    %ebx,%eax
  800cbb:	75 ef                	jne    800cac <memmove+0x1b>
	return dst;
}
  800cbd:	89 f0                	mov    %esi,%eax
  800cbf:	5b                   	pop    %ebx
  800cc0:	5e                   	pop    %esi
  800cc1:	5d                   	pop    %ebp
  800cc2:	c3                   	ret
	if (s < d && s + n > d) {
  800cc3:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800cc6:	39 d6                	cmp    %edx,%esi
  800cc8:	73 d9                	jae    800ca3 <memmove+0x12>
		while (n-- > 0)
  800cca:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800ccd:	85 c9                	test   %ecx,%ecx
  800ccf:	74 ec                	je     800cbd <memmove+0x2c>
			*--d = *--s;
  800cd1:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800cd5:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800cd8:	83 ea 01             	sub    $0x1,%edx
  800cdb:	83 fa ff             	cmp    $0xffffffff,%edx
  800cde:	75 f1                	jne    800cd1 <memmove+0x40>
  800ce0:	eb db                	jmp    800cbd <memmove+0x2c>

00800ce2 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800ce2:	55                   	push   %ebp
  800ce3:	89 e5                	mov    %esp,%ebp
  800ce5:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800ce8:	ff 75 10             	push   0x10(%ebp)
  800ceb:	ff 75 0c             	push   0xc(%ebp)
  800cee:	ff 75 08             	push   0x8(%ebp)
  800cf1:	e8 9b ff ff ff       	call   800c91 <memmove>
}
  800cf6:	c9                   	leave
  800cf7:	c3                   	ret

00800cf8 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800cf8:	55                   	push   %ebp
  800cf9:	89 e5                	mov    %esp,%ebp
  800cfb:	56                   	push   %esi
  800cfc:	53                   	push   %ebx
  800cfd:	8b 45 08             	mov    0x8(%ebp),%eax
  800d00:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d03:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800d06:	85 f6                	test   %esi,%esi
  800d08:	74 29                	je     800d33 <memcmp+0x3b>
  800d0a:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800d0c:	0f b6 08             	movzbl (%eax),%ecx
  800d0f:	0f b6 1a             	movzbl (%edx),%ebx
  800d12:	38 d9                	cmp    %bl,%cl
  800d14:	75 11                	jne    800d27 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800d16:	83 c0 01             	add    $0x1,%eax
  800d19:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800d1c:	39 c6                	cmp    %eax,%esi
  800d1e:	75 ec                	jne    800d0c <memcmp+0x14>
	}
	return 0;
  800d20:	b8 00 00 00 00       	mov    $0x0,%eax
  800d25:	eb 08                	jmp    800d2f <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800d27:	0f b6 c1             	movzbl %cl,%eax
  800d2a:	0f b6 db             	movzbl %bl,%ebx
  800d2d:	29 d8                	sub    %ebx,%eax
}
  800d2f:	5b                   	pop    %ebx
  800d30:	5e                   	pop    %esi
  800d31:	5d                   	pop    %ebp
  800d32:	c3                   	ret
	return 0;
  800d33:	b8 00 00 00 00       	mov    $0x0,%eax
  800d38:	eb f5                	jmp    800d2f <memcmp+0x37>

00800d3a <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800d3a:	55                   	push   %ebp
  800d3b:	89 e5                	mov    %esp,%ebp
  800d3d:	8b 45 08             	mov    0x8(%ebp),%eax
  800d40:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800d43:	89 c2                	mov    %eax,%edx
  800d45:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800d48:	39 d0                	cmp    %edx,%eax
  800d4a:	73 0d                	jae    800d59 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800d4c:	38 08                	cmp    %cl,(%eax)
  800d4e:	74 0d                	je     800d5d <memfind+0x23>
	for (; s < ends; s++)
  800d50:	83 c0 01             	add    $0x1,%eax
  800d53:	39 c2                	cmp    %eax,%edx
  800d55:	75 f5                	jne    800d4c <memfind+0x12>
  800d57:	eb 06                	jmp    800d5f <memfind+0x25>
  800d59:	89 c2                	mov    %eax,%edx
  800d5b:	eb 02                	jmp    800d5f <memfind+0x25>
  800d5d:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800d5f:	89 d0                	mov    %edx,%eax
  800d61:	5d                   	pop    %ebp
  800d62:	c3                   	ret

00800d63 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800d63:	55                   	push   %ebp
  800d64:	89 e5                	mov    %esp,%ebp
  800d66:	57                   	push   %edi
  800d67:	56                   	push   %esi
  800d68:	53                   	push   %ebx
  800d69:	8b 55 08             	mov    0x8(%ebp),%edx
  800d6c:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800d6f:	0f b6 02             	movzbl (%edx),%eax
  800d72:	3c 20                	cmp    $0x20,%al
  800d74:	74 04                	je     800d7a <strtol+0x17>
  800d76:	3c 09                	cmp    $0x9,%al
  800d78:	75 0e                	jne    800d88 <strtol+0x25>
		s++;
  800d7a:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800d7d:	0f b6 02             	movzbl (%edx),%eax
  800d80:	3c 20                	cmp    $0x20,%al
  800d82:	74 f6                	je     800d7a <strtol+0x17>
  800d84:	3c 09                	cmp    $0x9,%al
  800d86:	74 f2                	je     800d7a <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800d88:	3c 2b                	cmp    $0x2b,%al
  800d8a:	74 2a                	je     800db6 <strtol+0x53>
	int neg = 0;
  800d8c:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800d91:	3c 2d                	cmp    $0x2d,%al
  800d93:	74 2b                	je     800dc0 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800d95:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800d9b:	75 0f                	jne    800dac <strtol+0x49>
  800d9d:	80 3a 30             	cmpb   $0x30,(%edx)
  800da0:	74 28                	je     800dca <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800da2:	85 db                	test   %ebx,%ebx
  800da4:	b8 0a 00 00 00       	mov    $0xa,%eax
  800da9:	0f 44 d8             	cmove  %eax,%ebx
  800dac:	b9 00 00 00 00       	mov    $0x0,%ecx
  800db1:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800db4:	eb 46                	jmp    800dfc <strtol+0x99>
		s++;
  800db6:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800db9:	bf 00 00 00 00       	mov    $0x0,%edi
  800dbe:	eb d5                	jmp    800d95 <strtol+0x32>
		s++, neg = 1;
  800dc0:	83 c2 01             	add    $0x1,%edx
  800dc3:	bf 01 00 00 00       	mov    $0x1,%edi
  800dc8:	eb cb                	jmp    800d95 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800dca:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800dce:	74 0e                	je     800dde <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800dd0:	85 db                	test   %ebx,%ebx
  800dd2:	75 d8                	jne    800dac <strtol+0x49>
		s++, base = 8;
  800dd4:	83 c2 01             	add    $0x1,%edx
  800dd7:	bb 08 00 00 00       	mov    $0x8,%ebx
  800ddc:	eb ce                	jmp    800dac <strtol+0x49>
		s += 2, base = 16;
  800dde:	83 c2 02             	add    $0x2,%edx
  800de1:	bb 10 00 00 00       	mov    $0x10,%ebx
  800de6:	eb c4                	jmp    800dac <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800de8:	0f be c0             	movsbl %al,%eax
  800deb:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800dee:	3b 45 10             	cmp    0x10(%ebp),%eax
  800df1:	7d 3a                	jge    800e2d <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800df3:	83 c2 01             	add    $0x1,%edx
  800df6:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800dfa:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800dfc:	0f b6 02             	movzbl (%edx),%eax
  800dff:	8d 70 d0             	lea    -0x30(%eax),%esi
  800e02:	89 f3                	mov    %esi,%ebx
  800e04:	80 fb 09             	cmp    $0x9,%bl
  800e07:	76 df                	jbe    800de8 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800e09:	8d 70 9f             	lea    -0x61(%eax),%esi
  800e0c:	89 f3                	mov    %esi,%ebx
  800e0e:	80 fb 19             	cmp    $0x19,%bl
  800e11:	77 08                	ja     800e1b <strtol+0xb8>
			dig = *s - 'a' + 10;
  800e13:	0f be c0             	movsbl %al,%eax
  800e16:	83 e8 57             	sub    $0x57,%eax
  800e19:	eb d3                	jmp    800dee <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800e1b:	8d 70 bf             	lea    -0x41(%eax),%esi
  800e1e:	89 f3                	mov    %esi,%ebx
  800e20:	80 fb 19             	cmp    $0x19,%bl
  800e23:	77 08                	ja     800e2d <strtol+0xca>
			dig = *s - 'A' + 10;
  800e25:	0f be c0             	movsbl %al,%eax
  800e28:	83 e8 37             	sub    $0x37,%eax
  800e2b:	eb c1                	jmp    800dee <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800e2d:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800e31:	74 05                	je     800e38 <strtol+0xd5>
		*endptr = (char *) s;
  800e33:	8b 45 0c             	mov    0xc(%ebp),%eax
  800e36:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800e38:	89 c8                	mov    %ecx,%eax
  800e3a:	f7 d8                	neg    %eax
  800e3c:	85 ff                	test   %edi,%edi
  800e3e:	0f 45 c8             	cmovne %eax,%ecx
}
  800e41:	89 c8                	mov    %ecx,%eax
  800e43:	5b                   	pop    %ebx
  800e44:	5e                   	pop    %esi
  800e45:	5f                   	pop    %edi
  800e46:	5d                   	pop    %ebp
  800e47:	c3                   	ret

00800e48 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800e48:	55                   	push   %ebp
  800e49:	89 e5                	mov    %esp,%ebp
  800e4b:	57                   	push   %edi
  800e4c:	56                   	push   %esi
  800e4d:	53                   	push   %ebx
  800e4e:	83 ec 24             	sub    $0x24,%esp
  800e51:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800e54:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800e57:	8b 45 08             	mov    0x8(%ebp),%eax
  800e5a:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e5d:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800e60:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800e63:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800e66:	89 d1                	mov    %edx,%ecx
  800e68:	09 c1                	or     %eax,%ecx
  800e6a:	74 2f                	je     800e9b <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800e6c:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800e6f:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800e72:	89 d0                	mov    %edx,%eax
  800e74:	83 c8 00             	or     $0x0,%eax
  800e77:	74 48                	je     800ec1 <udivmod64+0x79>
  800e79:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800e7e:	be 00 00 00 00       	mov    $0x0,%esi
  800e83:	bf 00 00 00 00       	mov    $0x0,%edi
  800e88:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800e8f:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800e96:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800e99:	eb 5f                	jmp    800efa <udivmod64+0xb2>
		return ~0ULL;
  800e9b:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800ea2:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800ea9:	85 db                	test   %ebx,%ebx
  800eab:	0f 84 b7 00 00 00    	je     800f68 <udivmod64+0x120>
			*rem = n;
  800eb1:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800eb4:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800eb7:	89 03                	mov    %eax,(%ebx)
  800eb9:	89 53 04             	mov    %edx,0x4(%ebx)
  800ebc:	e9 a7 00 00 00       	jmp    800f68 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800ec1:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800ec4:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800ec7:	85 db                	test   %ebx,%ebx
  800ec9:	74 12                	je     800edd <udivmod64+0x95>
			*rem = n32 % d32;
  800ecb:	89 c8                	mov    %ecx,%eax
  800ecd:	ba 00 00 00 00       	mov    $0x0,%edx
  800ed2:	f7 f6                	div    %esi
  800ed4:	89 13                	mov    %edx,(%ebx)
  800ed6:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800edd:	89 c8                	mov    %ecx,%eax
  800edf:	ba 00 00 00 00       	mov    $0x0,%edx
  800ee4:	f7 f6                	div    %esi
  800ee6:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800ee9:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800ef0:	eb 76                	jmp    800f68 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800ef2:	83 e9 01             	sub    $0x1,%ecx
  800ef5:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800ef8:	74 62                	je     800f5c <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800efa:	89 f0                	mov    %esi,%eax
  800efc:	89 fa                	mov    %edi,%edx
  800efe:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800f02:	01 c0                	add    %eax,%eax
  800f04:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800f07:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800f0a:	0f ad fe             	shrd   %cl,%edi,%esi
  800f0d:	d3 ef                	shr    %cl,%edi
  800f0f:	f6 c1 20             	test   $0x20,%cl
  800f12:	74 04                	je     800f18 <udivmod64+0xd0>
  800f14:	89 fe                	mov    %edi,%esi
  800f16:	31 ff                	xor    %edi,%edi
  800f18:	89 f7                	mov    %esi,%edi
  800f1a:	83 e7 01             	and    $0x1,%edi
  800f1d:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800f20:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800f27:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800f2a:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800f2d:	09 c6                	or     %eax,%esi
  800f2f:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800f31:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800f34:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800f37:	39 c6                	cmp    %eax,%esi
  800f39:	89 fb                	mov    %edi,%ebx
  800f3b:	19 d3                	sbb    %edx,%ebx
  800f3d:	72 b3                	jb     800ef2 <udivmod64+0xaa>
			r -= d;
  800f3f:	29 c6                	sub    %eax,%esi
  800f41:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800f43:	31 c0                	xor    %eax,%eax
  800f45:	31 d2                	xor    %edx,%edx
  800f47:	f6 c1 20             	test   $0x20,%cl
  800f4a:	0f 94 c0             	sete   %al
  800f4d:	0f 95 c2             	setne  %dl
  800f50:	d3 e0                	shl    %cl,%eax
  800f52:	d3 e2                	shl    %cl,%edx
  800f54:	09 45 d0             	or     %eax,-0x30(%ebp)
  800f57:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800f5a:	eb 96                	jmp    800ef2 <udivmod64+0xaa>
		}
	}
	if (rem)
  800f5c:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f5f:	85 db                	test   %ebx,%ebx
  800f61:	74 05                	je     800f68 <udivmod64+0x120>
		*rem = r;
  800f63:	89 33                	mov    %esi,(%ebx)
  800f65:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800f68:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800f6b:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800f6e:	83 c4 24             	add    $0x24,%esp
  800f71:	5b                   	pop    %ebx
  800f72:	5e                   	pop    %esi
  800f73:	5f                   	pop    %edi
  800f74:	5d                   	pop    %ebp
  800f75:	c3                   	ret

00800f76 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800f76:	55                   	push   %ebp
  800f77:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800f79:	83 ec 04             	sub    $0x4,%esp
  800f7c:	6a 00                	push   $0x0
  800f7e:	ff 75 14             	push   0x14(%ebp)
  800f81:	ff 75 10             	push   0x10(%ebp)
  800f84:	8b 45 08             	mov    0x8(%ebp),%eax
  800f87:	8b 55 0c             	mov    0xc(%ebp),%edx
  800f8a:	e8 b9 fe ff ff       	call   800e48 <udivmod64>
}
  800f8f:	c9                   	leave
  800f90:	c3                   	ret

00800f91 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800f91:	55                   	push   %ebp
  800f92:	89 e5                	mov    %esp,%ebp
  800f94:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800f97:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800f9a:	50                   	push   %eax
  800f9b:	ff 75 14             	push   0x14(%ebp)
  800f9e:	ff 75 10             	push   0x10(%ebp)
  800fa1:	8b 45 08             	mov    0x8(%ebp),%eax
  800fa4:	8b 55 0c             	mov    0xc(%ebp),%edx
  800fa7:	e8 9c fe ff ff       	call   800e48 <udivmod64>
	return r;
}
  800fac:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800faf:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800fb2:	c9                   	leave
  800fb3:	c3                   	ret

00800fb4 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800fb4:	55                   	push   %ebp
  800fb5:	89 e5                	mov    %esp,%ebp
  800fb7:	57                   	push   %edi
  800fb8:	56                   	push   %esi
  800fb9:	53                   	push   %ebx
  800fba:	83 ec 0c             	sub    $0xc,%esp
  800fbd:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800fc0:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800fc3:	8b 45 10             	mov    0x10(%ebp),%eax
  800fc6:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800fc9:	89 ce                	mov    %ecx,%esi
  800fcb:	89 df                	mov    %ebx,%edi
  800fcd:	31 c6                	xor    %eax,%esi
  800fcf:	31 d7                	xor    %edx,%edi
  800fd1:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800fd4:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800fd7:	89 c6                	mov    %eax,%esi
  800fd9:	89 d7                	mov    %edx,%edi
  800fdb:	85 d2                	test   %edx,%edx
  800fdd:	78 25                	js     801004 <__divdi3+0x50>
  800fdf:	89 c8                	mov    %ecx,%eax
  800fe1:	89 da                	mov    %ebx,%edx
  800fe3:	85 db                	test   %ebx,%ebx
  800fe5:	78 2a                	js     801011 <__divdi3+0x5d>
  800fe7:	83 ec 04             	sub    $0x4,%esp
  800fea:	6a 00                	push   $0x0
  800fec:	57                   	push   %edi
  800fed:	56                   	push   %esi
  800fee:	e8 55 fe ff ff       	call   800e48 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800ff3:	83 c4 10             	add    $0x10,%esp
  800ff6:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800ffa:	78 1e                	js     80101a <__divdi3+0x66>
}
  800ffc:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fff:	5b                   	pop    %ebx
  801000:	5e                   	pop    %esi
  801001:	5f                   	pop    %edi
  801002:	5d                   	pop    %ebp
  801003:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801004:	f7 d8                	neg    %eax
  801006:	83 d2 00             	adc    $0x0,%edx
  801009:	f7 da                	neg    %edx
  80100b:	89 c6                	mov    %eax,%esi
  80100d:	89 d7                	mov    %edx,%edi
  80100f:	eb ce                	jmp    800fdf <__divdi3+0x2b>
  801011:	f7 d8                	neg    %eax
  801013:	83 d2 00             	adc    $0x0,%edx
  801016:	f7 da                	neg    %edx
  801018:	eb cd                	jmp    800fe7 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  80101a:	f7 d8                	neg    %eax
  80101c:	83 d2 00             	adc    $0x0,%edx
  80101f:	f7 da                	neg    %edx
  801021:	eb d9                	jmp    800ffc <__divdi3+0x48>

00801023 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  801023:	55                   	push   %ebp
  801024:	89 e5                	mov    %esp,%ebp
  801026:	57                   	push   %edi
  801027:	56                   	push   %esi
  801028:	53                   	push   %ebx
  801029:	83 ec 14             	sub    $0x14,%esp
  80102c:	8b 45 08             	mov    0x8(%ebp),%eax
  80102f:	8b 55 0c             	mov    0xc(%ebp),%edx
  801032:	8b 4d 10             	mov    0x10(%ebp),%ecx
  801035:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801038:	89 ce                	mov    %ecx,%esi
  80103a:	89 df                	mov    %ebx,%edi
  80103c:	85 db                	test   %ebx,%ebx
  80103e:	78 23                	js     801063 <__moddi3+0x40>
  801040:	85 d2                	test   %edx,%edx
  801042:	78 28                	js     80106c <__moddi3+0x49>
  801044:	83 ec 04             	sub    $0x4,%esp
  801047:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  80104a:	51                   	push   %ecx
  80104b:	57                   	push   %edi
  80104c:	56                   	push   %esi
  80104d:	e8 f6 fd ff ff       	call   800e48 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  801052:	8b 45 e8             	mov    -0x18(%ebp),%eax
  801055:	8b 55 ec             	mov    -0x14(%ebp),%edx
  801058:	83 c4 10             	add    $0x10,%esp
}
  80105b:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80105e:	5b                   	pop    %ebx
  80105f:	5e                   	pop    %esi
  801060:	5f                   	pop    %edi
  801061:	5d                   	pop    %ebp
  801062:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801063:	f7 de                	neg    %esi
  801065:	83 d7 00             	adc    $0x0,%edi
  801068:	f7 df                	neg    %edi
  80106a:	eb d4                	jmp    801040 <__moddi3+0x1d>
  80106c:	f7 d8                	neg    %eax
  80106e:	83 d2 00             	adc    $0x0,%edx
  801071:	f7 da                	neg    %edx
  801073:	83 ec 04             	sub    $0x4,%esp
  801076:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801079:	51                   	push   %ecx
  80107a:	57                   	push   %edi
  80107b:	56                   	push   %esi
  80107c:	e8 c7 fd ff ff       	call   800e48 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  801081:	8b 45 e8             	mov    -0x18(%ebp),%eax
  801084:	8b 55 ec             	mov    -0x14(%ebp),%edx
  801087:	f7 d8                	neg    %eax
  801089:	83 d2 00             	adc    $0x0,%edx
  80108c:	f7 da                	neg    %edx
  80108e:	83 c4 10             	add    $0x10,%esp
  801091:	eb c8                	jmp    80105b <__moddi3+0x38>
