
obj-walkfork/user/buggyhello:     file format elf32-i386


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
  80002c:	e8 16 00 00 00       	call   800047 <libmain>
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
	sys_cputs((char*)1, 1);
  800039:	6a 01                	push   $0x1
  80003b:	6a 01                	push   $0x1
  80003d:	e8 5d 00 00 00       	call   80009f <sys_cputs>
}
  800042:	83 c4 10             	add    $0x10,%esp
  800045:	c9                   	leave
  800046:	c3                   	ret

00800047 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  800047:	55                   	push   %ebp
  800048:	89 e5                	mov    %esp,%ebp
  80004a:	56                   	push   %esi
  80004b:	53                   	push   %ebx
  80004c:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80004f:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  800052:	e8 c6 00 00 00       	call   80011d <sys_getenvid>
  800057:	25 ff 03 00 00       	and    $0x3ff,%eax
  80005c:	6b c0 7c             	imul   $0x7c,%eax,%eax
  80005f:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  800064:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800069:	85 db                	test   %ebx,%ebx
  80006b:	7e 07                	jle    800074 <libmain+0x2d>
		binaryname = argv[0];
  80006d:	8b 06                	mov    (%esi),%eax
  80006f:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800074:	83 ec 08             	sub    $0x8,%esp
  800077:	56                   	push   %esi
  800078:	53                   	push   %ebx
  800079:	e8 b5 ff ff ff       	call   800033 <umain>

	exit();
  80007e:	e8 0a 00 00 00       	call   80008d <exit>
}
  800083:	83 c4 10             	add    $0x10,%esp
  800086:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800089:	5b                   	pop    %ebx
  80008a:	5e                   	pop    %esi
  80008b:	5d                   	pop    %ebp
  80008c:	c3                   	ret

0080008d <exit>:

#include <inc/lib.h>

void
exit(void)
{
  80008d:	55                   	push   %ebp
  80008e:	89 e5                	mov    %esp,%ebp
  800090:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800093:	6a 00                	push   $0x0
  800095:	e8 42 00 00 00       	call   8000dc <sys_env_destroy>
}
  80009a:	83 c4 10             	add    $0x10,%esp
  80009d:	c9                   	leave
  80009e:	c3                   	ret

0080009f <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  80009f:	55                   	push   %ebp
  8000a0:	89 e5                	mov    %esp,%ebp
  8000a2:	57                   	push   %edi
  8000a3:	56                   	push   %esi
  8000a4:	53                   	push   %ebx
	asm volatile("int %1\n"
  8000a5:	b8 00 00 00 00       	mov    $0x0,%eax
  8000aa:	8b 55 08             	mov    0x8(%ebp),%edx
  8000ad:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8000b0:	89 c3                	mov    %eax,%ebx
  8000b2:	89 c7                	mov    %eax,%edi
  8000b4:	89 c6                	mov    %eax,%esi
  8000b6:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  8000b8:	5b                   	pop    %ebx
  8000b9:	5e                   	pop    %esi
  8000ba:	5f                   	pop    %edi
  8000bb:	5d                   	pop    %ebp
  8000bc:	c3                   	ret

008000bd <sys_cgetc>:

int
sys_cgetc(void)
{
  8000bd:	55                   	push   %ebp
  8000be:	89 e5                	mov    %esp,%ebp
  8000c0:	57                   	push   %edi
  8000c1:	56                   	push   %esi
  8000c2:	53                   	push   %ebx
	asm volatile("int %1\n"
  8000c3:	ba 00 00 00 00       	mov    $0x0,%edx
  8000c8:	b8 01 00 00 00       	mov    $0x1,%eax
  8000cd:	89 d1                	mov    %edx,%ecx
  8000cf:	89 d3                	mov    %edx,%ebx
  8000d1:	89 d7                	mov    %edx,%edi
  8000d3:	89 d6                	mov    %edx,%esi
  8000d5:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  8000d7:	5b                   	pop    %ebx
  8000d8:	5e                   	pop    %esi
  8000d9:	5f                   	pop    %edi
  8000da:	5d                   	pop    %ebp
  8000db:	c3                   	ret

008000dc <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  8000dc:	55                   	push   %ebp
  8000dd:	89 e5                	mov    %esp,%ebp
  8000df:	57                   	push   %edi
  8000e0:	56                   	push   %esi
  8000e1:	53                   	push   %ebx
  8000e2:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8000e5:	b9 00 00 00 00       	mov    $0x0,%ecx
  8000ea:	8b 55 08             	mov    0x8(%ebp),%edx
  8000ed:	b8 03 00 00 00       	mov    $0x3,%eax
  8000f2:	89 cb                	mov    %ecx,%ebx
  8000f4:	89 cf                	mov    %ecx,%edi
  8000f6:	89 ce                	mov    %ecx,%esi
  8000f8:	cd 30                	int    $0x30
	if (check && ret > 0)
  8000fa:	85 c0                	test   %eax,%eax
  8000fc:	7f 08                	jg     800106 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  8000fe:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800101:	5b                   	pop    %ebx
  800102:	5e                   	pop    %esi
  800103:	5f                   	pop    %edi
  800104:	5d                   	pop    %ebp
  800105:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800106:	83 ec 0c             	sub    $0xc,%esp
  800109:	50                   	push   %eax
  80010a:	6a 03                	push   $0x3
  80010c:	68 aa 10 80 00       	push   $0x8010aa
  800111:	6a 1f                	push   $0x1f
  800113:	68 c7 10 80 00       	push   $0x8010c7
  800118:	e8 ed 01 00 00       	call   80030a <_panic>

0080011d <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  80011d:	55                   	push   %ebp
  80011e:	89 e5                	mov    %esp,%ebp
  800120:	57                   	push   %edi
  800121:	56                   	push   %esi
  800122:	53                   	push   %ebx
	asm volatile("int %1\n"
  800123:	ba 00 00 00 00       	mov    $0x0,%edx
  800128:	b8 02 00 00 00       	mov    $0x2,%eax
  80012d:	89 d1                	mov    %edx,%ecx
  80012f:	89 d3                	mov    %edx,%ebx
  800131:	89 d7                	mov    %edx,%edi
  800133:	89 d6                	mov    %edx,%esi
  800135:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800137:	5b                   	pop    %ebx
  800138:	5e                   	pop    %esi
  800139:	5f                   	pop    %edi
  80013a:	5d                   	pop    %ebp
  80013b:	c3                   	ret

0080013c <sys_yield>:

void
sys_yield(void)
{
  80013c:	55                   	push   %ebp
  80013d:	89 e5                	mov    %esp,%ebp
  80013f:	57                   	push   %edi
  800140:	56                   	push   %esi
  800141:	53                   	push   %ebx
	asm volatile("int %1\n"
  800142:	ba 00 00 00 00       	mov    $0x0,%edx
  800147:	b8 0a 00 00 00       	mov    $0xa,%eax
  80014c:	89 d1                	mov    %edx,%ecx
  80014e:	89 d3                	mov    %edx,%ebx
  800150:	89 d7                	mov    %edx,%edi
  800152:	89 d6                	mov    %edx,%esi
  800154:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800156:	5b                   	pop    %ebx
  800157:	5e                   	pop    %esi
  800158:	5f                   	pop    %edi
  800159:	5d                   	pop    %ebp
  80015a:	c3                   	ret

0080015b <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  80015b:	55                   	push   %ebp
  80015c:	89 e5                	mov    %esp,%ebp
  80015e:	57                   	push   %edi
  80015f:	56                   	push   %esi
  800160:	53                   	push   %ebx
  800161:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800164:	be 00 00 00 00       	mov    $0x0,%esi
  800169:	8b 55 08             	mov    0x8(%ebp),%edx
  80016c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80016f:	b8 04 00 00 00       	mov    $0x4,%eax
  800174:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800177:	89 f7                	mov    %esi,%edi
  800179:	cd 30                	int    $0x30
	if (check && ret > 0)
  80017b:	85 c0                	test   %eax,%eax
  80017d:	7f 08                	jg     800187 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  80017f:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800182:	5b                   	pop    %ebx
  800183:	5e                   	pop    %esi
  800184:	5f                   	pop    %edi
  800185:	5d                   	pop    %ebp
  800186:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800187:	83 ec 0c             	sub    $0xc,%esp
  80018a:	50                   	push   %eax
  80018b:	6a 04                	push   $0x4
  80018d:	68 aa 10 80 00       	push   $0x8010aa
  800192:	6a 1f                	push   $0x1f
  800194:	68 c7 10 80 00       	push   $0x8010c7
  800199:	e8 6c 01 00 00       	call   80030a <_panic>

0080019e <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  80019e:	55                   	push   %ebp
  80019f:	89 e5                	mov    %esp,%ebp
  8001a1:	57                   	push   %edi
  8001a2:	56                   	push   %esi
  8001a3:	53                   	push   %ebx
  8001a4:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8001a7:	8b 55 08             	mov    0x8(%ebp),%edx
  8001aa:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8001ad:	b8 05 00 00 00       	mov    $0x5,%eax
  8001b2:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8001b5:	8b 7d 14             	mov    0x14(%ebp),%edi
  8001b8:	8b 75 18             	mov    0x18(%ebp),%esi
  8001bb:	cd 30                	int    $0x30
	if (check && ret > 0)
  8001bd:	85 c0                	test   %eax,%eax
  8001bf:	7f 08                	jg     8001c9 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  8001c1:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001c4:	5b                   	pop    %ebx
  8001c5:	5e                   	pop    %esi
  8001c6:	5f                   	pop    %edi
  8001c7:	5d                   	pop    %ebp
  8001c8:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8001c9:	83 ec 0c             	sub    $0xc,%esp
  8001cc:	50                   	push   %eax
  8001cd:	6a 05                	push   $0x5
  8001cf:	68 aa 10 80 00       	push   $0x8010aa
  8001d4:	6a 1f                	push   $0x1f
  8001d6:	68 c7 10 80 00       	push   $0x8010c7
  8001db:	e8 2a 01 00 00       	call   80030a <_panic>

008001e0 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  8001e0:	55                   	push   %ebp
  8001e1:	89 e5                	mov    %esp,%ebp
  8001e3:	57                   	push   %edi
  8001e4:	56                   	push   %esi
  8001e5:	53                   	push   %ebx
  8001e6:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8001e9:	bb 00 00 00 00       	mov    $0x0,%ebx
  8001ee:	8b 55 08             	mov    0x8(%ebp),%edx
  8001f1:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8001f4:	b8 06 00 00 00       	mov    $0x6,%eax
  8001f9:	89 df                	mov    %ebx,%edi
  8001fb:	89 de                	mov    %ebx,%esi
  8001fd:	cd 30                	int    $0x30
	if (check && ret > 0)
  8001ff:	85 c0                	test   %eax,%eax
  800201:	7f 08                	jg     80020b <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800203:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800206:	5b                   	pop    %ebx
  800207:	5e                   	pop    %esi
  800208:	5f                   	pop    %edi
  800209:	5d                   	pop    %ebp
  80020a:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80020b:	83 ec 0c             	sub    $0xc,%esp
  80020e:	50                   	push   %eax
  80020f:	6a 06                	push   $0x6
  800211:	68 aa 10 80 00       	push   $0x8010aa
  800216:	6a 1f                	push   $0x1f
  800218:	68 c7 10 80 00       	push   $0x8010c7
  80021d:	e8 e8 00 00 00       	call   80030a <_panic>

00800222 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800222:	55                   	push   %ebp
  800223:	89 e5                	mov    %esp,%ebp
  800225:	57                   	push   %edi
  800226:	56                   	push   %esi
  800227:	53                   	push   %ebx
  800228:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80022b:	bb 00 00 00 00       	mov    $0x0,%ebx
  800230:	8b 55 08             	mov    0x8(%ebp),%edx
  800233:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800236:	b8 08 00 00 00       	mov    $0x8,%eax
  80023b:	89 df                	mov    %ebx,%edi
  80023d:	89 de                	mov    %ebx,%esi
  80023f:	cd 30                	int    $0x30
	if (check && ret > 0)
  800241:	85 c0                	test   %eax,%eax
  800243:	7f 08                	jg     80024d <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800245:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800248:	5b                   	pop    %ebx
  800249:	5e                   	pop    %esi
  80024a:	5f                   	pop    %edi
  80024b:	5d                   	pop    %ebp
  80024c:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80024d:	83 ec 0c             	sub    $0xc,%esp
  800250:	50                   	push   %eax
  800251:	6a 08                	push   $0x8
  800253:	68 aa 10 80 00       	push   $0x8010aa
  800258:	6a 1f                	push   $0x1f
  80025a:	68 c7 10 80 00       	push   $0x8010c7
  80025f:	e8 a6 00 00 00       	call   80030a <_panic>

00800264 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800264:	55                   	push   %ebp
  800265:	89 e5                	mov    %esp,%ebp
  800267:	57                   	push   %edi
  800268:	56                   	push   %esi
  800269:	53                   	push   %ebx
  80026a:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80026d:	bb 00 00 00 00       	mov    $0x0,%ebx
  800272:	8b 55 08             	mov    0x8(%ebp),%edx
  800275:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800278:	b8 09 00 00 00       	mov    $0x9,%eax
  80027d:	89 df                	mov    %ebx,%edi
  80027f:	89 de                	mov    %ebx,%esi
  800281:	cd 30                	int    $0x30
	if (check && ret > 0)
  800283:	85 c0                	test   %eax,%eax
  800285:	7f 08                	jg     80028f <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800287:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80028a:	5b                   	pop    %ebx
  80028b:	5e                   	pop    %esi
  80028c:	5f                   	pop    %edi
  80028d:	5d                   	pop    %ebp
  80028e:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80028f:	83 ec 0c             	sub    $0xc,%esp
  800292:	50                   	push   %eax
  800293:	6a 09                	push   $0x9
  800295:	68 aa 10 80 00       	push   $0x8010aa
  80029a:	6a 1f                	push   $0x1f
  80029c:	68 c7 10 80 00       	push   $0x8010c7
  8002a1:	e8 64 00 00 00       	call   80030a <_panic>

008002a6 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8002a6:	55                   	push   %ebp
  8002a7:	89 e5                	mov    %esp,%ebp
  8002a9:	57                   	push   %edi
  8002aa:	56                   	push   %esi
  8002ab:	53                   	push   %ebx
	asm volatile("int %1\n"
  8002ac:	8b 55 08             	mov    0x8(%ebp),%edx
  8002af:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8002b2:	b8 0b 00 00 00       	mov    $0xb,%eax
  8002b7:	be 00 00 00 00       	mov    $0x0,%esi
  8002bc:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8002bf:	8b 7d 14             	mov    0x14(%ebp),%edi
  8002c2:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8002c4:	5b                   	pop    %ebx
  8002c5:	5e                   	pop    %esi
  8002c6:	5f                   	pop    %edi
  8002c7:	5d                   	pop    %ebp
  8002c8:	c3                   	ret

008002c9 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8002c9:	55                   	push   %ebp
  8002ca:	89 e5                	mov    %esp,%ebp
  8002cc:	57                   	push   %edi
  8002cd:	56                   	push   %esi
  8002ce:	53                   	push   %ebx
  8002cf:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8002d2:	b9 00 00 00 00       	mov    $0x0,%ecx
  8002d7:	8b 55 08             	mov    0x8(%ebp),%edx
  8002da:	b8 0c 00 00 00       	mov    $0xc,%eax
  8002df:	89 cb                	mov    %ecx,%ebx
  8002e1:	89 cf                	mov    %ecx,%edi
  8002e3:	89 ce                	mov    %ecx,%esi
  8002e5:	cd 30                	int    $0x30
	if (check && ret > 0)
  8002e7:	85 c0                	test   %eax,%eax
  8002e9:	7f 08                	jg     8002f3 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  8002eb:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8002ee:	5b                   	pop    %ebx
  8002ef:	5e                   	pop    %esi
  8002f0:	5f                   	pop    %edi
  8002f1:	5d                   	pop    %ebp
  8002f2:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8002f3:	83 ec 0c             	sub    $0xc,%esp
  8002f6:	50                   	push   %eax
  8002f7:	6a 0c                	push   $0xc
  8002f9:	68 aa 10 80 00       	push   $0x8010aa
  8002fe:	6a 1f                	push   $0x1f
  800300:	68 c7 10 80 00       	push   $0x8010c7
  800305:	e8 00 00 00 00       	call   80030a <_panic>

0080030a <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  80030a:	55                   	push   %ebp
  80030b:	89 e5                	mov    %esp,%ebp
  80030d:	56                   	push   %esi
  80030e:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  80030f:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800312:	8b 35 00 20 80 00    	mov    0x802000,%esi
  800318:	e8 00 fe ff ff       	call   80011d <sys_getenvid>
  80031d:	83 ec 0c             	sub    $0xc,%esp
  800320:	ff 75 0c             	push   0xc(%ebp)
  800323:	ff 75 08             	push   0x8(%ebp)
  800326:	56                   	push   %esi
  800327:	50                   	push   %eax
  800328:	68 d8 10 80 00       	push   $0x8010d8
  80032d:	e8 4d 07 00 00       	call   800a7f <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800332:	83 c4 18             	add    $0x18,%esp
  800335:	53                   	push   %ebx
  800336:	ff 75 10             	push   0x10(%ebp)
  800339:	e8 56 00 00 00       	call   800394 <vcprintf>
	cprintf("\n");
  80033e:	c7 04 24 fb 10 80 00 	movl   $0x8010fb,(%esp)
  800345:	e8 35 07 00 00       	call   800a7f <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  80034a:	cc                   	int3
  80034b:	83 c4 10             	add    $0x10,%esp
	for (;;)
  80034e:	eb fe                	jmp    80034e <_panic+0x44>

00800350 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  800350:	55                   	push   %ebp
  800351:	89 e5                	mov    %esp,%ebp
  800353:	53                   	push   %ebx
  800354:	83 ec 04             	sub    $0x4,%esp
  800357:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  80035a:	8b 13                	mov    (%ebx),%edx
  80035c:	8d 42 01             	lea    0x1(%edx),%eax
  80035f:	89 03                	mov    %eax,(%ebx)
  800361:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800364:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  800368:	3d 00 01 00 00       	cmp    $0x100,%eax
  80036d:	74 09                	je     800378 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  80036f:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  800373:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800376:	c9                   	leave
  800377:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  800378:	83 ec 08             	sub    $0x8,%esp
  80037b:	68 00 01 00 00       	push   $0x100
  800380:	8d 43 08             	lea    0x8(%ebx),%eax
  800383:	50                   	push   %eax
  800384:	e8 16 fd ff ff       	call   80009f <sys_cputs>
		b->idx = 0;
  800389:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  80038f:	83 c4 10             	add    $0x10,%esp
  800392:	eb db                	jmp    80036f <putch+0x1f>

00800394 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  800394:	55                   	push   %ebp
  800395:	89 e5                	mov    %esp,%ebp
  800397:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  80039d:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8003a4:	00 00 00 
	b.cnt = 0;
  8003a7:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8003ae:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8003b1:	ff 75 0c             	push   0xc(%ebp)
  8003b4:	ff 75 08             	push   0x8(%ebp)
  8003b7:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8003bd:	50                   	push   %eax
  8003be:	68 50 03 80 00       	push   $0x800350
  8003c3:	e8 64 00 00 00       	call   80042c <vprintfmt>
	if (b->idx > 0) {
  8003c8:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8003ce:	83 c4 10             	add    $0x10,%esp
  8003d1:	85 c0                	test   %eax,%eax
  8003d3:	7f 08                	jg     8003dd <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8003d5:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8003db:	c9                   	leave
  8003dc:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8003dd:	83 ec 08             	sub    $0x8,%esp
  8003e0:	50                   	push   %eax
  8003e1:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  8003e7:	50                   	push   %eax
  8003e8:	e8 b2 fc ff ff       	call   80009f <sys_cputs>
  8003ed:	83 c4 10             	add    $0x10,%esp
  8003f0:	eb e3                	jmp    8003d5 <vcprintf+0x41>

008003f2 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8003f2:	55                   	push   %ebp
  8003f3:	89 e5                	mov    %esp,%ebp
  8003f5:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8003f8:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  8003fc:	8b 10                	mov    (%eax),%edx
  8003fe:	3b 50 04             	cmp    0x4(%eax),%edx
  800401:	73 0a                	jae    80040d <sprintputch+0x1b>
		*b->buf++ = ch;
  800403:	8d 4a 01             	lea    0x1(%edx),%ecx
  800406:	89 08                	mov    %ecx,(%eax)
  800408:	8b 45 08             	mov    0x8(%ebp),%eax
  80040b:	88 02                	mov    %al,(%edx)
}
  80040d:	5d                   	pop    %ebp
  80040e:	c3                   	ret

0080040f <printfmt>:
{
  80040f:	55                   	push   %ebp
  800410:	89 e5                	mov    %esp,%ebp
  800412:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800415:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  800418:	50                   	push   %eax
  800419:	ff 75 10             	push   0x10(%ebp)
  80041c:	ff 75 0c             	push   0xc(%ebp)
  80041f:	ff 75 08             	push   0x8(%ebp)
  800422:	e8 05 00 00 00       	call   80042c <vprintfmt>
}
  800427:	83 c4 10             	add    $0x10,%esp
  80042a:	c9                   	leave
  80042b:	c3                   	ret

0080042c <vprintfmt>:
{
  80042c:	55                   	push   %ebp
  80042d:	89 e5                	mov    %esp,%ebp
  80042f:	57                   	push   %edi
  800430:	56                   	push   %esi
  800431:	53                   	push   %ebx
  800432:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800435:	8b 45 10             	mov    0x10(%ebp),%eax
  800438:	8d 58 01             	lea    0x1(%eax),%ebx
  80043b:	0f b6 00             	movzbl (%eax),%eax
  80043e:	83 f8 25             	cmp    $0x25,%eax
  800441:	74 24                	je     800467 <vprintfmt+0x3b>
  800443:	8b 75 08             	mov    0x8(%ebp),%esi
  800446:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800449:	85 c0                	test   %eax,%eax
  80044b:	0f 84 d8 05 00 00    	je     800a29 <vprintfmt+0x5fd>
			putch(ch, putdat);
  800451:	83 ec 08             	sub    $0x8,%esp
  800454:	57                   	push   %edi
  800455:	50                   	push   %eax
  800456:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800458:	83 c3 01             	add    $0x1,%ebx
  80045b:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  80045f:	83 c4 10             	add    $0x10,%esp
  800462:	83 f8 25             	cmp    $0x25,%eax
  800465:	75 e2                	jne    800449 <vprintfmt+0x1d>
		padc = ' ';
  800467:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  80046b:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800470:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  800477:	b9 00 00 00 00       	mov    $0x0,%ecx
  80047c:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80047e:	8d 53 01             	lea    0x1(%ebx),%edx
  800481:	0f b6 0b             	movzbl (%ebx),%ecx
  800484:	8d 41 dd             	lea    -0x23(%ecx),%eax
  800487:	3c 55                	cmp    $0x55,%al
  800489:	0f 87 21 05 00 00    	ja     8009b0 <vprintfmt+0x584>
  80048f:	0f b6 c0             	movzbl %al,%eax
  800492:	ff 24 85 c0 11 80 00 	jmp    *0x8011c0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  800499:	89 5d 10             	mov    %ebx,0x10(%ebp)
  80049c:	eb 97                	jmp    800435 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  80049e:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8004a0:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8004a4:	eb d8                	jmp    80047e <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8004a6:	89 d3                	mov    %edx,%ebx
  8004a8:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8004ac:	eb d0                	jmp    80047e <vprintfmt+0x52>
  8004ae:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8004b1:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8004b4:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8004b8:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004bb:	83 f9 09             	cmp    $0x9,%ecx
  8004be:	77 54                	ja     800514 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8004c0:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8004c3:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8004c6:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8004ca:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8004cd:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004d0:	83 f9 09             	cmp    $0x9,%ecx
  8004d3:	76 eb                	jbe    8004c0 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8004d5:	89 d3                	mov    %edx,%ebx
  8004d7:	eb 0d                	jmp    8004e6 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8004d9:	8b 45 14             	mov    0x14(%ebp),%eax
  8004dc:	8b 38                	mov    (%eax),%edi
  8004de:	8d 40 04             	lea    0x4(%eax),%eax
  8004e1:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8004e4:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8004e6:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8004ea:	79 92                	jns    80047e <vprintfmt+0x52>
				width = precision, precision = -1;
  8004ec:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8004ef:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8004f4:	eb 88                	jmp    80047e <vprintfmt+0x52>
			if (width < 0)
  8004f6:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  8004f9:	85 c9                	test   %ecx,%ecx
  8004fb:	b8 00 00 00 00       	mov    $0x0,%eax
  800500:	0f 49 c1             	cmovns %ecx,%eax
  800503:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800506:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800508:	e9 71 ff ff ff       	jmp    80047e <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80050d:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80050f:	e9 6a ff ff ff       	jmp    80047e <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800514:	89 d3                	mov    %edx,%ebx
  800516:	eb ce                	jmp    8004e6 <vprintfmt+0xba>
			lflag++;
  800518:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80051b:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80051d:	e9 5c ff ff ff       	jmp    80047e <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800522:	89 55 10             	mov    %edx,0x10(%ebp)
  800525:	8b 45 14             	mov    0x14(%ebp),%eax
  800528:	8d 58 04             	lea    0x4(%eax),%ebx
  80052b:	83 ec 08             	sub    $0x8,%esp
  80052e:	ff 75 0c             	push   0xc(%ebp)
  800531:	ff 30                	push   (%eax)
  800533:	ff 55 08             	call   *0x8(%ebp)
			break;
  800536:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800539:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  80053c:	e9 f4 fe ff ff       	jmp    800435 <vprintfmt+0x9>
			err = va_arg(ap, int);
  800541:	89 55 10             	mov    %edx,0x10(%ebp)
  800544:	8b 45 14             	mov    0x14(%ebp),%eax
  800547:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  80054a:	8b 10                	mov    (%eax),%edx
  80054c:	89 d0                	mov    %edx,%eax
  80054e:	f7 d8                	neg    %eax
  800550:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800553:	83 f8 08             	cmp    $0x8,%eax
  800556:	7f 27                	jg     80057f <vprintfmt+0x153>
  800558:	8b 14 85 20 13 80 00 	mov    0x801320(,%eax,4),%edx
  80055f:	85 d2                	test   %edx,%edx
  800561:	74 1c                	je     80057f <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800563:	52                   	push   %edx
  800564:	68 0d 11 80 00       	push   $0x80110d
  800569:	ff 75 0c             	push   0xc(%ebp)
  80056c:	ff 75 08             	push   0x8(%ebp)
  80056f:	e8 9b fe ff ff       	call   80040f <printfmt>
  800574:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800577:	89 5d 14             	mov    %ebx,0x14(%ebp)
  80057a:	e9 b6 fe ff ff       	jmp    800435 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  80057f:	50                   	push   %eax
  800580:	68 04 11 80 00       	push   $0x801104
  800585:	ff 75 0c             	push   0xc(%ebp)
  800588:	ff 75 08             	push   0x8(%ebp)
  80058b:	e8 7f fe ff ff       	call   80040f <printfmt>
  800590:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800593:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  800596:	e9 9a fe ff ff       	jmp    800435 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  80059b:	89 55 10             	mov    %edx,0x10(%ebp)
  80059e:	8b 45 14             	mov    0x14(%ebp),%eax
  8005a1:	83 c0 04             	add    $0x4,%eax
  8005a4:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8005a7:	8b 45 14             	mov    0x14(%ebp),%eax
  8005aa:	8b 30                	mov    (%eax),%esi
  8005ac:	85 f6                	test   %esi,%esi
  8005ae:	0f 84 53 04 00 00    	je     800a07 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8005b4:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8005b8:	7e 06                	jle    8005c0 <vprintfmt+0x194>
  8005ba:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8005be:	75 1b                	jne    8005db <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8005c0:	8d 5e 01             	lea    0x1(%esi),%ebx
  8005c3:	0f be 06             	movsbl (%esi),%eax
  8005c6:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005c9:	85 c0                	test   %eax,%eax
  8005cb:	0f 85 80 00 00 00    	jne    800651 <vprintfmt+0x225>
  8005d1:	e9 8c 00 00 00       	jmp    800662 <vprintfmt+0x236>
				p = "(null)";
  8005d6:	be fd 10 80 00       	mov    $0x8010fd,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8005db:	83 ec 08             	sub    $0x8,%esp
  8005de:	57                   	push   %edi
  8005df:	56                   	push   %esi
  8005e0:	e8 ea 04 00 00       	call   800acf <strnlen>
  8005e5:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8005e8:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8005eb:	83 c4 10             	add    $0x10,%esp
  8005ee:	85 d2                	test   %edx,%edx
  8005f0:	0f 8e f5 03 00 00    	jle    8009eb <vprintfmt+0x5bf>
					putch(padc, putdat);
  8005f6:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  8005fa:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8005fd:	89 d6                	mov    %edx,%esi
  8005ff:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800602:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800605:	83 ec 08             	sub    $0x8,%esp
  800608:	57                   	push   %edi
  800609:	53                   	push   %ebx
  80060a:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  80060d:	83 c4 10             	add    $0x10,%esp
  800610:	83 ee 01             	sub    $0x1,%esi
  800613:	75 f0                	jne    800605 <vprintfmt+0x1d9>
  800615:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800618:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  80061b:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80061e:	8d 5e 01             	lea    0x1(%esi),%ebx
  800621:	0f be 06             	movsbl (%esi),%eax
  800624:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800627:	85 c0                	test   %eax,%eax
  800629:	75 26                	jne    800651 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  80062b:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80062e:	89 45 14             	mov    %eax,0x14(%ebp)
  800631:	e9 ff fd ff ff       	jmp    800435 <vprintfmt+0x9>
				putch(ch, putdat);
  800636:	83 ec 08             	sub    $0x8,%esp
  800639:	ff 75 0c             	push   0xc(%ebp)
  80063c:	50                   	push   %eax
  80063d:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800640:	83 ee 01             	sub    $0x1,%esi
  800643:	83 c3 01             	add    $0x1,%ebx
  800646:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  80064a:	83 c4 10             	add    $0x10,%esp
  80064d:	85 c0                	test   %eax,%eax
  80064f:	74 0e                	je     80065f <vprintfmt+0x233>
  800651:	85 ff                	test   %edi,%edi
  800653:	78 e1                	js     800636 <vprintfmt+0x20a>
  800655:	83 ef 01             	sub    $0x1,%edi
  800658:	79 dc                	jns    800636 <vprintfmt+0x20a>
  80065a:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80065d:	eb 03                	jmp    800662 <vprintfmt+0x236>
  80065f:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800662:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800666:	7e 24                	jle    80068c <vprintfmt+0x260>
  800668:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  80066b:	8b 75 08             	mov    0x8(%ebp),%esi
  80066e:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800671:	83 ec 08             	sub    $0x8,%esp
  800674:	57                   	push   %edi
  800675:	6a 20                	push   $0x20
  800677:	ff d6                	call   *%esi
			for (; width > 0; width--)
  800679:	83 c4 10             	add    $0x10,%esp
  80067c:	83 eb 01             	sub    $0x1,%ebx
  80067f:	75 f0                	jne    800671 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800681:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800684:	89 45 14             	mov    %eax,0x14(%ebp)
  800687:	e9 a9 fd ff ff       	jmp    800435 <vprintfmt+0x9>
  80068c:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80068f:	89 45 14             	mov    %eax,0x14(%ebp)
  800692:	e9 9e fd ff ff       	jmp    800435 <vprintfmt+0x9>
	if (lflag >= 2)
  800697:	89 55 10             	mov    %edx,0x10(%ebp)
  80069a:	83 fe 01             	cmp    $0x1,%esi
  80069d:	7f 1b                	jg     8006ba <vprintfmt+0x28e>
	else if (lflag)
  80069f:	85 f6                	test   %esi,%esi
  8006a1:	74 39                	je     8006dc <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8006a3:	8b 45 14             	mov    0x14(%ebp),%eax
  8006a6:	8b 00                	mov    (%eax),%eax
  8006a8:	89 c6                	mov    %eax,%esi
  8006aa:	89 c7                	mov    %eax,%edi
  8006ac:	c1 ff 1f             	sar    $0x1f,%edi
  8006af:	8b 45 14             	mov    0x14(%ebp),%eax
  8006b2:	8d 40 04             	lea    0x4(%eax),%eax
  8006b5:	89 45 14             	mov    %eax,0x14(%ebp)
  8006b8:	eb 0e                	jmp    8006c8 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8006ba:	8b 45 14             	mov    0x14(%ebp),%eax
  8006bd:	8b 30                	mov    (%eax),%esi
  8006bf:	8b 78 04             	mov    0x4(%eax),%edi
  8006c2:	8d 40 08             	lea    0x8(%eax),%eax
  8006c5:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8006c8:	85 ff                	test   %edi,%edi
  8006ca:	78 27                	js     8006f3 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8006cc:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006cf:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8006d2:	b8 0a 00 00 00       	mov    $0xa,%eax
  8006d7:	e9 53 01 00 00       	jmp    80082f <vprintfmt+0x403>
		return va_arg(*ap, int);
  8006dc:	8b 45 14             	mov    0x14(%ebp),%eax
  8006df:	8b 00                	mov    (%eax),%eax
  8006e1:	89 c6                	mov    %eax,%esi
  8006e3:	89 c7                	mov    %eax,%edi
  8006e5:	c1 ff 1f             	sar    $0x1f,%edi
  8006e8:	8b 45 14             	mov    0x14(%ebp),%eax
  8006eb:	8d 40 04             	lea    0x4(%eax),%eax
  8006ee:	89 45 14             	mov    %eax,0x14(%ebp)
  8006f1:	eb d5                	jmp    8006c8 <vprintfmt+0x29c>
				putch('-', putdat);
  8006f3:	83 ec 08             	sub    $0x8,%esp
  8006f6:	ff 75 0c             	push   0xc(%ebp)
  8006f9:	6a 2d                	push   $0x2d
  8006fb:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  8006fe:	f7 de                	neg    %esi
  800700:	83 d7 00             	adc    $0x0,%edi
  800703:	f7 df                	neg    %edi
  800705:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800708:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  80070b:	83 c4 10             	add    $0x10,%esp
			base = 10;
  80070e:	b8 0a 00 00 00       	mov    $0xa,%eax
  800713:	e9 17 01 00 00       	jmp    80082f <vprintfmt+0x403>
	if (lflag >= 2)
  800718:	89 55 10             	mov    %edx,0x10(%ebp)
  80071b:	83 fe 01             	cmp    $0x1,%esi
  80071e:	7f 27                	jg     800747 <vprintfmt+0x31b>
	else if (lflag)
  800720:	85 f6                	test   %esi,%esi
  800722:	74 44                	je     800768 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800724:	8b 45 14             	mov    0x14(%ebp),%eax
  800727:	8b 00                	mov    (%eax),%eax
  800729:	ba 00 00 00 00       	mov    $0x0,%edx
  80072e:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800731:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800734:	8b 45 14             	mov    0x14(%ebp),%eax
  800737:	8d 40 04             	lea    0x4(%eax),%eax
  80073a:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80073d:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800742:	e9 e8 00 00 00       	jmp    80082f <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800747:	8b 45 14             	mov    0x14(%ebp),%eax
  80074a:	8b 50 04             	mov    0x4(%eax),%edx
  80074d:	8b 00                	mov    (%eax),%eax
  80074f:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800752:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800755:	8b 45 14             	mov    0x14(%ebp),%eax
  800758:	8d 40 08             	lea    0x8(%eax),%eax
  80075b:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80075e:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800763:	e9 c7 00 00 00       	jmp    80082f <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800768:	8b 45 14             	mov    0x14(%ebp),%eax
  80076b:	8b 00                	mov    (%eax),%eax
  80076d:	ba 00 00 00 00       	mov    $0x0,%edx
  800772:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800775:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800778:	8b 45 14             	mov    0x14(%ebp),%eax
  80077b:	8d 40 04             	lea    0x4(%eax),%eax
  80077e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800781:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  800786:	e9 a4 00 00 00       	jmp    80082f <vprintfmt+0x403>
	if (lflag >= 2)
  80078b:	89 55 10             	mov    %edx,0x10(%ebp)
  80078e:	83 fe 01             	cmp    $0x1,%esi
  800791:	7f 24                	jg     8007b7 <vprintfmt+0x38b>
	else if (lflag)
  800793:	85 f6                	test   %esi,%esi
  800795:	74 3e                	je     8007d5 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  800797:	8b 45 14             	mov    0x14(%ebp),%eax
  80079a:	8b 00                	mov    (%eax),%eax
  80079c:	ba 00 00 00 00       	mov    $0x0,%edx
  8007a1:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007a4:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007a7:	8b 45 14             	mov    0x14(%ebp),%eax
  8007aa:	8d 40 04             	lea    0x4(%eax),%eax
  8007ad:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007b0:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8007b5:	eb 78                	jmp    80082f <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8007b7:	8b 45 14             	mov    0x14(%ebp),%eax
  8007ba:	8b 50 04             	mov    0x4(%eax),%edx
  8007bd:	8b 00                	mov    (%eax),%eax
  8007bf:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007c2:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007c5:	8b 45 14             	mov    0x14(%ebp),%eax
  8007c8:	8d 40 08             	lea    0x8(%eax),%eax
  8007cb:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007ce:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8007d3:	eb 5a                	jmp    80082f <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8007d5:	8b 45 14             	mov    0x14(%ebp),%eax
  8007d8:	8b 00                	mov    (%eax),%eax
  8007da:	ba 00 00 00 00       	mov    $0x0,%edx
  8007df:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007e2:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007e5:	8b 45 14             	mov    0x14(%ebp),%eax
  8007e8:	8d 40 04             	lea    0x4(%eax),%eax
  8007eb:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007ee:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8007f3:	eb 3a                	jmp    80082f <vprintfmt+0x403>
			putch('0', putdat);
  8007f5:	89 55 10             	mov    %edx,0x10(%ebp)
  8007f8:	83 ec 08             	sub    $0x8,%esp
  8007fb:	ff 75 0c             	push   0xc(%ebp)
  8007fe:	6a 30                	push   $0x30
  800800:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  800803:	83 c4 08             	add    $0x8,%esp
  800806:	ff 75 0c             	push   0xc(%ebp)
  800809:	6a 78                	push   $0x78
  80080b:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  80080e:	8b 45 14             	mov    0x14(%ebp),%eax
  800811:	8b 00                	mov    (%eax),%eax
  800813:	ba 00 00 00 00       	mov    $0x0,%edx
  800818:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80081b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  80081e:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800821:	8b 45 14             	mov    0x14(%ebp),%eax
  800824:	8d 40 04             	lea    0x4(%eax),%eax
  800827:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80082a:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  80082f:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800833:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800836:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  80083b:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80083e:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800845:	89 7d a8             	mov    %edi,-0x58(%ebp)
  800848:	8b 75 b0             	mov    -0x50(%ebp),%esi
  80084b:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  80084e:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800851:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800855:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  800858:	8d 55 cf             	lea    -0x31(%ebp),%edx
  80085b:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  80085e:	ff 75 bc             	push   -0x44(%ebp)
  800861:	ff 75 b8             	push   -0x48(%ebp)
  800864:	57                   	push   %edi
  800865:	56                   	push   %esi
  800866:	e8 2f 07 00 00       	call   800f9a <__umoddi3>
  80086b:	83 c4 10             	add    $0x10,%esp
  80086e:	0f b6 80 10 11 80 00 	movzbl 0x801110(%eax),%eax
  800875:	88 03                	mov    %al,(%ebx)
		num /= base;
  800877:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80087a:	89 fb                	mov    %edi,%ebx
  80087c:	ff 75 bc             	push   -0x44(%ebp)
  80087f:	ff 75 b8             	push   -0x48(%ebp)
  800882:	57                   	push   %edi
  800883:	56                   	push   %esi
  800884:	e8 f6 06 00 00       	call   800f7f <__udivdi3>
  800889:	83 c4 10             	add    $0x10,%esp
  80088c:	89 c6                	mov    %eax,%esi
  80088e:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  800890:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  800893:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  800896:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  800899:	73 b6                	jae    800851 <vprintfmt+0x425>
	pad = width - n;
  80089b:	8b 7d a8             	mov    -0x58(%ebp),%edi
  80089e:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8008a1:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8008a4:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8008a6:	83 ff 2d             	cmp    $0x2d,%edi
  8008a9:	0f 84 de 00 00 00    	je     80098d <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8008af:	85 f6                	test   %esi,%esi
  8008b1:	0f 8e 27 01 00 00    	jle    8009de <vprintfmt+0x5b2>
  8008b7:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8008ba:	83 ec 08             	sub    $0x8,%esp
  8008bd:	53                   	push   %ebx
  8008be:	57                   	push   %edi
  8008bf:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8008c2:	83 c4 10             	add    $0x10,%esp
  8008c5:	83 ee 01             	sub    $0x1,%esi
  8008c8:	75 f0                	jne    8008ba <vprintfmt+0x48e>
  8008ca:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8008cd:	85 db                	test   %ebx,%ebx
  8008cf:	0f 8e 60 fb ff ff    	jle    800435 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8008d5:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8008d8:	8b 75 08             	mov    0x8(%ebp),%esi
  8008db:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8008de:	83 eb 01             	sub    $0x1,%ebx
  8008e1:	83 ec 08             	sub    $0x8,%esp
  8008e4:	57                   	push   %edi
  8008e5:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8008ea:	50                   	push   %eax
  8008eb:	ff d6                	call   *%esi
	while (n > 0)
  8008ed:	83 c4 10             	add    $0x10,%esp
  8008f0:	85 db                	test   %ebx,%ebx
  8008f2:	7f ea                	jg     8008de <vprintfmt+0x4b2>
  8008f4:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8008f7:	85 f6                	test   %esi,%esi
  8008f9:	0f 8e 36 fb ff ff    	jle    800435 <vprintfmt+0x9>
  8008ff:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800902:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  800905:	83 ec 08             	sub    $0x8,%esp
  800908:	57                   	push   %edi
  800909:	6a 20                	push   $0x20
  80090b:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  80090d:	83 c4 10             	add    $0x10,%esp
  800910:	83 ee 01             	sub    $0x1,%esi
  800913:	75 f0                	jne    800905 <vprintfmt+0x4d9>
  800915:	e9 1b fb ff ff       	jmp    800435 <vprintfmt+0x9>
	if (lflag >= 2)
  80091a:	89 55 10             	mov    %edx,0x10(%ebp)
  80091d:	83 fe 01             	cmp    $0x1,%esi
  800920:	7f 27                	jg     800949 <vprintfmt+0x51d>
	else if (lflag)
  800922:	85 f6                	test   %esi,%esi
  800924:	74 44                	je     80096a <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800926:	8b 45 14             	mov    0x14(%ebp),%eax
  800929:	8b 00                	mov    (%eax),%eax
  80092b:	ba 00 00 00 00       	mov    $0x0,%edx
  800930:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800933:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800936:	8b 45 14             	mov    0x14(%ebp),%eax
  800939:	8d 40 04             	lea    0x4(%eax),%eax
  80093c:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80093f:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  800944:	e9 e6 fe ff ff       	jmp    80082f <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800949:	8b 45 14             	mov    0x14(%ebp),%eax
  80094c:	8b 50 04             	mov    0x4(%eax),%edx
  80094f:	8b 00                	mov    (%eax),%eax
  800951:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800954:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800957:	8b 45 14             	mov    0x14(%ebp),%eax
  80095a:	8d 40 08             	lea    0x8(%eax),%eax
  80095d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800960:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800965:	e9 c5 fe ff ff       	jmp    80082f <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80096a:	8b 45 14             	mov    0x14(%ebp),%eax
  80096d:	8b 00                	mov    (%eax),%eax
  80096f:	ba 00 00 00 00       	mov    $0x0,%edx
  800974:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800977:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80097a:	8b 45 14             	mov    0x14(%ebp),%eax
  80097d:	8d 40 04             	lea    0x4(%eax),%eax
  800980:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800983:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  800988:	e9 a2 fe ff ff       	jmp    80082f <vprintfmt+0x403>
	while (n > 0)
  80098d:	85 db                	test   %ebx,%ebx
  80098f:	0f 8f 40 ff ff ff    	jg     8008d5 <vprintfmt+0x4a9>
  800995:	e9 5d ff ff ff       	jmp    8008f7 <vprintfmt+0x4cb>
			putch(ch, putdat);
  80099a:	89 55 10             	mov    %edx,0x10(%ebp)
  80099d:	83 ec 08             	sub    $0x8,%esp
  8009a0:	ff 75 0c             	push   0xc(%ebp)
  8009a3:	6a 25                	push   $0x25
  8009a5:	ff 55 08             	call   *0x8(%ebp)
			break;
  8009a8:	83 c4 10             	add    $0x10,%esp
  8009ab:	e9 85 fa ff ff       	jmp    800435 <vprintfmt+0x9>
			putch('%', putdat);
  8009b0:	83 ec 08             	sub    $0x8,%esp
  8009b3:	ff 75 0c             	push   0xc(%ebp)
  8009b6:	6a 25                	push   $0x25
  8009b8:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8009bb:	83 c4 10             	add    $0x10,%esp
  8009be:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8009c2:	0f 84 d1 fa ff ff    	je     800499 <vprintfmt+0x6d>
  8009c8:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8009cb:	89 d8                	mov    %ebx,%eax
  8009cd:	83 e8 01             	sub    $0x1,%eax
  8009d0:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8009d4:	75 f7                	jne    8009cd <vprintfmt+0x5a1>
  8009d6:	89 45 10             	mov    %eax,0x10(%ebp)
  8009d9:	e9 57 fa ff ff       	jmp    800435 <vprintfmt+0x9>
	while (n > 0)
  8009de:	85 db                	test   %ebx,%ebx
  8009e0:	0f 8f ef fe ff ff    	jg     8008d5 <vprintfmt+0x4a9>
  8009e6:	e9 4a fa ff ff       	jmp    800435 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8009eb:	8d 5e 01             	lea    0x1(%esi),%ebx
  8009ee:	0f be 06             	movsbl (%esi),%eax
  8009f1:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8009f4:	85 c0                	test   %eax,%eax
  8009f6:	0f 85 55 fc ff ff    	jne    800651 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8009fc:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8009ff:	89 45 14             	mov    %eax,0x14(%ebp)
  800a02:	e9 2e fa ff ff       	jmp    800435 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800a07:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800a0b:	74 0a                	je     800a17 <vprintfmt+0x5eb>
  800a0d:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800a11:	0f 8f bf fb ff ff    	jg     8005d6 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800a17:	b8 28 00 00 00       	mov    $0x28,%eax
  800a1c:	bb fe 10 80 00       	mov    $0x8010fe,%ebx
  800a21:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800a24:	e9 28 fc ff ff       	jmp    800651 <vprintfmt+0x225>
}
  800a29:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800a2c:	5b                   	pop    %ebx
  800a2d:	5e                   	pop    %esi
  800a2e:	5f                   	pop    %edi
  800a2f:	5d                   	pop    %ebp
  800a30:	c3                   	ret

00800a31 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800a31:	55                   	push   %ebp
  800a32:	89 e5                	mov    %esp,%ebp
  800a34:	83 ec 18             	sub    $0x18,%esp
  800a37:	8b 45 08             	mov    0x8(%ebp),%eax
  800a3a:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800a3d:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800a40:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800a44:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800a47:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800a4e:	85 c0                	test   %eax,%eax
  800a50:	74 26                	je     800a78 <vsnprintf+0x47>
  800a52:	85 d2                	test   %edx,%edx
  800a54:	7e 22                	jle    800a78 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800a56:	ff 75 14             	push   0x14(%ebp)
  800a59:	ff 75 10             	push   0x10(%ebp)
  800a5c:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800a5f:	50                   	push   %eax
  800a60:	68 f2 03 80 00       	push   $0x8003f2
  800a65:	e8 c2 f9 ff ff       	call   80042c <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800a6a:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800a6d:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800a70:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800a73:	83 c4 10             	add    $0x10,%esp
}
  800a76:	c9                   	leave
  800a77:	c3                   	ret
		return -E_INVAL;
  800a78:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800a7d:	eb f7                	jmp    800a76 <vsnprintf+0x45>

00800a7f <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800a7f:	55                   	push   %ebp
  800a80:	89 e5                	mov    %esp,%ebp
  800a82:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  800a85:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  800a88:	50                   	push   %eax
  800a89:	ff 75 08             	push   0x8(%ebp)
  800a8c:	e8 03 f9 ff ff       	call   800394 <vcprintf>
	va_end(ap);

	return cnt;
}
  800a91:	c9                   	leave
  800a92:	c3                   	ret

00800a93 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800a93:	55                   	push   %ebp
  800a94:	89 e5                	mov    %esp,%ebp
  800a96:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  800a99:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800a9c:	50                   	push   %eax
  800a9d:	ff 75 10             	push   0x10(%ebp)
  800aa0:	ff 75 0c             	push   0xc(%ebp)
  800aa3:	ff 75 08             	push   0x8(%ebp)
  800aa6:	e8 86 ff ff ff       	call   800a31 <vsnprintf>
	va_end(ap);

	return rc;
}
  800aab:	c9                   	leave
  800aac:	c3                   	ret

00800aad <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800aad:	55                   	push   %ebp
  800aae:	89 e5                	mov    %esp,%ebp
  800ab0:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800ab3:	80 3a 00             	cmpb   $0x0,(%edx)
  800ab6:	74 10                	je     800ac8 <strlen+0x1b>
  800ab8:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800abd:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800ac0:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800ac4:	75 f7                	jne    800abd <strlen+0x10>
	return n;
}
  800ac6:	5d                   	pop    %ebp
  800ac7:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  800ac8:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800acd:	eb f7                	jmp    800ac6 <strlen+0x19>

00800acf <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800acf:	55                   	push   %ebp
  800ad0:	89 e5                	mov    %esp,%ebp
  800ad2:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800ad5:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800ad8:	85 d2                	test   %edx,%edx
  800ada:	74 16                	je     800af2 <strnlen+0x23>
  800adc:	b8 00 00 00 00       	mov    $0x0,%eax
  800ae1:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800ae5:	74 09                	je     800af0 <strnlen+0x21>
		n++;
  800ae7:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800aea:	39 d0                	cmp    %edx,%eax
  800aec:	75 f3                	jne    800ae1 <strnlen+0x12>
		n++;
  800aee:	89 d0                	mov    %edx,%eax
	return n;
}
  800af0:	5d                   	pop    %ebp
  800af1:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800af2:	b8 00 00 00 00       	mov    $0x0,%eax
  800af7:	eb f7                	jmp    800af0 <strnlen+0x21>

00800af9 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800af9:	55                   	push   %ebp
  800afa:	89 e5                	mov    %esp,%ebp
  800afc:	53                   	push   %ebx
  800afd:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800b00:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800b03:	b8 00 00 00 00       	mov    $0x0,%eax
  800b08:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800b0c:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800b0f:	83 c0 01             	add    $0x1,%eax
  800b12:	84 d2                	test   %dl,%dl
  800b14:	75 f2                	jne    800b08 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800b16:	89 c8                	mov    %ecx,%eax
  800b18:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b1b:	c9                   	leave
  800b1c:	c3                   	ret

00800b1d <strcat>:

char *
strcat(char *dst, const char *src)
{
  800b1d:	55                   	push   %ebp
  800b1e:	89 e5                	mov    %esp,%ebp
  800b20:	53                   	push   %ebx
  800b21:	83 ec 10             	sub    $0x10,%esp
  800b24:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800b27:	53                   	push   %ebx
  800b28:	e8 80 ff ff ff       	call   800aad <strlen>
  800b2d:	83 c4 08             	add    $0x8,%esp
  800b30:	ff 75 0c             	push   0xc(%ebp)
  800b33:	01 d8                	add    %ebx,%eax
  800b35:	50                   	push   %eax
  800b36:	e8 be ff ff ff       	call   800af9 <strcpy>
	return dst;
}
  800b3b:	89 d8                	mov    %ebx,%eax
  800b3d:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b40:	c9                   	leave
  800b41:	c3                   	ret

00800b42 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800b42:	55                   	push   %ebp
  800b43:	89 e5                	mov    %esp,%ebp
  800b45:	56                   	push   %esi
  800b46:	53                   	push   %ebx
  800b47:	8b 75 08             	mov    0x8(%ebp),%esi
  800b4a:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b4d:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800b50:	85 db                	test   %ebx,%ebx
  800b52:	74 17                	je     800b6b <strncpy+0x29>
  800b54:	01 f3                	add    %esi,%ebx
  800b56:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800b58:	83 c0 01             	add    $0x1,%eax
  800b5b:	0f b6 0a             	movzbl (%edx),%ecx
  800b5e:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800b61:	80 f9 01             	cmp    $0x1,%cl
  800b64:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800b67:	39 c3                	cmp    %eax,%ebx
  800b69:	75 ed                	jne    800b58 <strncpy+0x16>
	}
	return ret;
}
  800b6b:	89 f0                	mov    %esi,%eax
  800b6d:	5b                   	pop    %ebx
  800b6e:	5e                   	pop    %esi
  800b6f:	5d                   	pop    %ebp
  800b70:	c3                   	ret

00800b71 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800b71:	55                   	push   %ebp
  800b72:	89 e5                	mov    %esp,%ebp
  800b74:	56                   	push   %esi
  800b75:	53                   	push   %ebx
  800b76:	8b 75 08             	mov    0x8(%ebp),%esi
  800b79:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b7c:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800b7f:	89 f0                	mov    %esi,%eax
  800b81:	85 db                	test   %ebx,%ebx
  800b83:	74 1e                	je     800ba3 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800b85:	83 eb 01             	sub    $0x1,%ebx
  800b88:	74 16                	je     800ba0 <strlcpy+0x2f>
  800b8a:	01 f3                	add    %esi,%ebx
  800b8c:	0f b6 0a             	movzbl (%edx),%ecx
  800b8f:	84 c9                	test   %cl,%cl
  800b91:	74 0d                	je     800ba0 <strlcpy+0x2f>
			*dst++ = *src++;
  800b93:	83 c2 01             	add    $0x1,%edx
  800b96:	83 c0 01             	add    $0x1,%eax
  800b99:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800b9c:	39 d8                	cmp    %ebx,%eax
  800b9e:	75 ec                	jne    800b8c <strlcpy+0x1b>
		*dst = '\0';
  800ba0:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800ba3:	29 f0                	sub    %esi,%eax
}
  800ba5:	5b                   	pop    %ebx
  800ba6:	5e                   	pop    %esi
  800ba7:	5d                   	pop    %ebp
  800ba8:	c3                   	ret

00800ba9 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  800ba9:	55                   	push   %ebp
  800baa:	89 e5                	mov    %esp,%ebp
  800bac:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800baf:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800bb2:	0f b6 01             	movzbl (%ecx),%eax
  800bb5:	84 c0                	test   %al,%al
  800bb7:	74 11                	je     800bca <strcmp+0x21>
  800bb9:	38 02                	cmp    %al,(%edx)
  800bbb:	75 0d                	jne    800bca <strcmp+0x21>
		p++, q++;
  800bbd:	83 c1 01             	add    $0x1,%ecx
  800bc0:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800bc3:	0f b6 01             	movzbl (%ecx),%eax
  800bc6:	84 c0                	test   %al,%al
  800bc8:	75 ef                	jne    800bb9 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800bca:	0f b6 c0             	movzbl %al,%eax
  800bcd:	0f b6 12             	movzbl (%edx),%edx
  800bd0:	29 d0                	sub    %edx,%eax
}
  800bd2:	5d                   	pop    %ebp
  800bd3:	c3                   	ret

00800bd4 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800bd4:	55                   	push   %ebp
  800bd5:	89 e5                	mov    %esp,%ebp
  800bd7:	53                   	push   %ebx
  800bd8:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800bdb:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800bde:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800be1:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800be6:	85 d2                	test   %edx,%edx
  800be8:	74 2e                	je     800c18 <strncmp+0x44>
  800bea:	0f b6 01             	movzbl (%ecx),%eax
  800bed:	84 c0                	test   %al,%al
  800bef:	74 16                	je     800c07 <strncmp+0x33>
  800bf1:	3a 03                	cmp    (%ebx),%al
  800bf3:	75 12                	jne    800c07 <strncmp+0x33>
		n--, p++, q++;
  800bf5:	83 c1 01             	add    $0x1,%ecx
  800bf8:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800bfb:	83 ea 01             	sub    $0x1,%edx
  800bfe:	75 ea                	jne    800bea <strncmp+0x16>
		return 0;
  800c00:	b8 00 00 00 00       	mov    $0x0,%eax
  800c05:	eb 11                	jmp    800c18 <strncmp+0x44>
  800c07:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800c0c:	85 d2                	test   %edx,%edx
  800c0e:	74 08                	je     800c18 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800c10:	0f b6 01             	movzbl (%ecx),%eax
  800c13:	0f b6 13             	movzbl (%ebx),%edx
  800c16:	29 d0                	sub    %edx,%eax
}
  800c18:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c1b:	c9                   	leave
  800c1c:	c3                   	ret

00800c1d <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800c1d:	55                   	push   %ebp
  800c1e:	89 e5                	mov    %esp,%ebp
  800c20:	8b 45 08             	mov    0x8(%ebp),%eax
  800c23:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800c27:	0f b6 10             	movzbl (%eax),%edx
  800c2a:	84 d2                	test   %dl,%dl
  800c2c:	74 15                	je     800c43 <strchr+0x26>
		if (*s == c)
  800c2e:	38 d1                	cmp    %dl,%cl
  800c30:	74 0f                	je     800c41 <strchr+0x24>
	for (; *s; s++)
  800c32:	83 c0 01             	add    $0x1,%eax
  800c35:	0f b6 10             	movzbl (%eax),%edx
  800c38:	84 d2                	test   %dl,%dl
  800c3a:	75 f2                	jne    800c2e <strchr+0x11>
			return (char *) s;
	return 0;
  800c3c:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800c41:	5d                   	pop    %ebp
  800c42:	c3                   	ret
	return 0;
  800c43:	b8 00 00 00 00       	mov    $0x0,%eax
  800c48:	eb f7                	jmp    800c41 <strchr+0x24>

00800c4a <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800c4a:	55                   	push   %ebp
  800c4b:	89 e5                	mov    %esp,%ebp
  800c4d:	53                   	push   %ebx
  800c4e:	8b 45 08             	mov    0x8(%ebp),%eax
  800c51:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800c54:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800c57:	38 d3                	cmp    %dl,%bl
  800c59:	74 14                	je     800c6f <strfind+0x25>
  800c5b:	89 d1                	mov    %edx,%ecx
  800c5d:	84 db                	test   %bl,%bl
  800c5f:	74 0e                	je     800c6f <strfind+0x25>
	for (; *s; s++)
  800c61:	83 c0 01             	add    $0x1,%eax
  800c64:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800c67:	38 ca                	cmp    %cl,%dl
  800c69:	74 04                	je     800c6f <strfind+0x25>
  800c6b:	84 d2                	test   %dl,%dl
  800c6d:	75 f2                	jne    800c61 <strfind+0x17>
			break;
	return (char *) s;
}
  800c6f:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c72:	c9                   	leave
  800c73:	c3                   	ret

00800c74 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800c74:	55                   	push   %ebp
  800c75:	89 e5                	mov    %esp,%ebp
  800c77:	53                   	push   %ebx
  800c78:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800c7b:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800c7e:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800c81:	85 d2                	test   %edx,%edx
  800c83:	74 0e                	je     800c93 <memset+0x1f>
  800c85:	01 da                	add    %ebx,%edx
	char *p = v;
  800c87:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800c89:	83 c0 01             	add    $0x1,%eax
  800c8c:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800c8f:	39 c2                	cmp    %eax,%edx
  800c91:	75 f6                	jne    800c89 <memset+0x15>
	return v;
}
  800c93:	89 d8                	mov    %ebx,%eax
  800c95:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c98:	c9                   	leave
  800c99:	c3                   	ret

00800c9a <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800c9a:	55                   	push   %ebp
  800c9b:	89 e5                	mov    %esp,%ebp
  800c9d:	56                   	push   %esi
  800c9e:	53                   	push   %ebx
  800c9f:	8b 75 08             	mov    0x8(%ebp),%esi
  800ca2:	8b 45 0c             	mov    0xc(%ebp),%eax
  800ca5:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800ca8:	39 f0                	cmp    %esi,%eax
  800caa:	72 20                	jb     800ccc <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800cac:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800caf:	89 f2                	mov    %esi,%edx
  800cb1:	85 c9                	test   %ecx,%ecx
  800cb3:	74 11                	je     800cc6 <memmove+0x2c>
			*d++ = *s++;
  800cb5:	83 c0 01             	add    $0x1,%eax
  800cb8:	83 c2 01             	add    $0x1,%edx
  800cbb:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800cbf:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800cc2:	39 d8                	cmp    %ebx,%eax
  800cc4:	75 ef                	jne    800cb5 <memmove+0x1b>
	return dst;
}
  800cc6:	89 f0                	mov    %esi,%eax
  800cc8:	5b                   	pop    %ebx
  800cc9:	5e                   	pop    %esi
  800cca:	5d                   	pop    %ebp
  800ccb:	c3                   	ret
	if (s < d && s + n > d) {
  800ccc:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800ccf:	39 d6                	cmp    %edx,%esi
  800cd1:	73 d9                	jae    800cac <memmove+0x12>
		while (n-- > 0)
  800cd3:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800cd6:	85 c9                	test   %ecx,%ecx
  800cd8:	74 ec                	je     800cc6 <memmove+0x2c>
			*--d = *--s;
  800cda:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800cde:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800ce1:	83 ea 01             	sub    $0x1,%edx
  800ce4:	83 fa ff             	cmp    $0xffffffff,%edx
  800ce7:	75 f1                	jne    800cda <memmove+0x40>
  800ce9:	eb db                	jmp    800cc6 <memmove+0x2c>

00800ceb <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800ceb:	55                   	push   %ebp
  800cec:	89 e5                	mov    %esp,%ebp
  800cee:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800cf1:	ff 75 10             	push   0x10(%ebp)
  800cf4:	ff 75 0c             	push   0xc(%ebp)
  800cf7:	ff 75 08             	push   0x8(%ebp)
  800cfa:	e8 9b ff ff ff       	call   800c9a <memmove>
}
  800cff:	c9                   	leave
  800d00:	c3                   	ret

00800d01 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800d01:	55                   	push   %ebp
  800d02:	89 e5                	mov    %esp,%ebp
  800d04:	56                   	push   %esi
  800d05:	53                   	push   %ebx
  800d06:	8b 45 08             	mov    0x8(%ebp),%eax
  800d09:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d0c:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800d0f:	85 f6                	test   %esi,%esi
  800d11:	74 29                	je     800d3c <memcmp+0x3b>
  800d13:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800d15:	0f b6 08             	movzbl (%eax),%ecx
  800d18:	0f b6 1a             	movzbl (%edx),%ebx
  800d1b:	38 d9                	cmp    %bl,%cl
  800d1d:	75 11                	jne    800d30 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800d1f:	83 c0 01             	add    $0x1,%eax
  800d22:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800d25:	39 c6                	cmp    %eax,%esi
  800d27:	75 ec                	jne    800d15 <memcmp+0x14>
	}
	return 0;
  800d29:	b8 00 00 00 00       	mov    $0x0,%eax
  800d2e:	eb 08                	jmp    800d38 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800d30:	0f b6 c1             	movzbl %cl,%eax
  800d33:	0f b6 db             	movzbl %bl,%ebx
  800d36:	29 d8                	sub    %ebx,%eax
}
  800d38:	5b                   	pop    %ebx
  800d39:	5e                   	pop    %esi
  800d3a:	5d                   	pop    %ebp
  800d3b:	c3                   	ret
	return 0;
  800d3c:	b8 00 00 00 00       	mov    $0x0,%eax
  800d41:	eb f5                	jmp    800d38 <memcmp+0x37>

00800d43 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800d43:	55                   	push   %ebp
  800d44:	89 e5                	mov    %esp,%ebp
  800d46:	8b 45 08             	mov    0x8(%ebp),%eax
  800d49:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800d4c:	89 c2                	mov    %eax,%edx
  800d4e:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800d51:	39 d0                	cmp    %edx,%eax
  800d53:	73 0d                	jae    800d62 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800d55:	38 08                	cmp    %cl,(%eax)
  800d57:	74 0d                	je     800d66 <memfind+0x23>
	for (; s < ends; s++)
  800d59:	83 c0 01             	add    $0x1,%eax
  800d5c:	39 c2                	cmp    %eax,%edx
  800d5e:	75 f5                	jne    800d55 <memfind+0x12>
  800d60:	eb 06                	jmp    800d68 <memfind+0x25>
  800d62:	89 c2                	mov    %eax,%edx
  800d64:	eb 02                	jmp    800d68 <memfind+0x25>
  800d66:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800d68:	89 d0                	mov    %edx,%eax
  800d6a:	5d                   	pop    %ebp
  800d6b:	c3                   	ret

00800d6c <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800d6c:	55                   	push   %ebp
  800d6d:	89 e5                	mov    %esp,%ebp
  800d6f:	57                   	push   %edi
  800d70:	56                   	push   %esi
  800d71:	53                   	push   %ebx
  800d72:	8b 55 08             	mov    0x8(%ebp),%edx
  800d75:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800d78:	0f b6 02             	movzbl (%edx),%eax
  800d7b:	3c 20                	cmp    $0x20,%al
  800d7d:	74 04                	je     800d83 <strtol+0x17>
  800d7f:	3c 09                	cmp    $0x9,%al
  800d81:	75 0e                	jne    800d91 <strtol+0x25>
		s++;
  800d83:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800d86:	0f b6 02             	movzbl (%edx),%eax
  800d89:	3c 20                	cmp    $0x20,%al
  800d8b:	74 f6                	je     800d83 <strtol+0x17>
  800d8d:	3c 09                	cmp    $0x9,%al
  800d8f:	74 f2                	je     800d83 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800d91:	3c 2b                	cmp    $0x2b,%al
  800d93:	74 2a                	je     800dbf <strtol+0x53>
	int neg = 0;
  800d95:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800d9a:	3c 2d                	cmp    $0x2d,%al
  800d9c:	74 2b                	je     800dc9 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800d9e:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800da4:	75 0f                	jne    800db5 <strtol+0x49>
  800da6:	80 3a 30             	cmpb   $0x30,(%edx)
  800da9:	74 28                	je     800dd3 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800dab:	85 db                	test   %ebx,%ebx
  800dad:	b8 0a 00 00 00       	mov    $0xa,%eax
  800db2:	0f 44 d8             	cmove  %eax,%ebx
  800db5:	b9 00 00 00 00       	mov    $0x0,%ecx
  800dba:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800dbd:	eb 46                	jmp    800e05 <strtol+0x99>
		s++;
  800dbf:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800dc2:	bf 00 00 00 00       	mov    $0x0,%edi
  800dc7:	eb d5                	jmp    800d9e <strtol+0x32>
		s++, neg = 1;
  800dc9:	83 c2 01             	add    $0x1,%edx
  800dcc:	bf 01 00 00 00       	mov    $0x1,%edi
  800dd1:	eb cb                	jmp    800d9e <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800dd3:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800dd7:	74 0e                	je     800de7 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800dd9:	85 db                	test   %ebx,%ebx
  800ddb:	75 d8                	jne    800db5 <strtol+0x49>
		s++, base = 8;
  800ddd:	83 c2 01             	add    $0x1,%edx
  800de0:	bb 08 00 00 00       	mov    $0x8,%ebx
  800de5:	eb ce                	jmp    800db5 <strtol+0x49>
		s += 2, base = 16;
  800de7:	83 c2 02             	add    $0x2,%edx
  800dea:	bb 10 00 00 00       	mov    $0x10,%ebx
  800def:	eb c4                	jmp    800db5 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800df1:	0f be c0             	movsbl %al,%eax
  800df4:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800df7:	3b 45 10             	cmp    0x10(%ebp),%eax
  800dfa:	7d 3a                	jge    800e36 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800dfc:	83 c2 01             	add    $0x1,%edx
  800dff:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800e03:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800e05:	0f b6 02             	movzbl (%edx),%eax
  800e08:	8d 70 d0             	lea    -0x30(%eax),%esi
  800e0b:	89 f3                	mov    %esi,%ebx
  800e0d:	80 fb 09             	cmp    $0x9,%bl
  800e10:	76 df                	jbe    800df1 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800e12:	8d 70 9f             	lea    -0x61(%eax),%esi
  800e15:	89 f3                	mov    %esi,%ebx
  800e17:	80 fb 19             	cmp    $0x19,%bl
  800e1a:	77 08                	ja     800e24 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800e1c:	0f be c0             	movsbl %al,%eax
  800e1f:	83 e8 57             	sub    $0x57,%eax
  800e22:	eb d3                	jmp    800df7 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800e24:	8d 70 bf             	lea    -0x41(%eax),%esi
  800e27:	89 f3                	mov    %esi,%ebx
  800e29:	80 fb 19             	cmp    $0x19,%bl
  800e2c:	77 08                	ja     800e36 <strtol+0xca>
			dig = *s - 'A' + 10;
  800e2e:	0f be c0             	movsbl %al,%eax
  800e31:	83 e8 37             	sub    $0x37,%eax
  800e34:	eb c1                	jmp    800df7 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800e36:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800e3a:	74 05                	je     800e41 <strtol+0xd5>
		*endptr = (char *) s;
  800e3c:	8b 45 0c             	mov    0xc(%ebp),%eax
  800e3f:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800e41:	89 c8                	mov    %ecx,%eax
  800e43:	f7 d8                	neg    %eax
  800e45:	85 ff                	test   %edi,%edi
  800e47:	0f 45 c8             	cmovne %eax,%ecx
}
  800e4a:	89 c8                	mov    %ecx,%eax
  800e4c:	5b                   	pop    %ebx
  800e4d:	5e                   	pop    %esi
  800e4e:	5f                   	pop    %edi
  800e4f:	5d                   	pop    %ebp
  800e50:	c3                   	ret

00800e51 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800e51:	55                   	push   %ebp
  800e52:	89 e5                	mov    %esp,%ebp
  800e54:	57                   	push   %edi
  800e55:	56                   	push   %esi
  800e56:	53                   	push   %ebx
  800e57:	83 ec 24             	sub    $0x24,%esp
  800e5a:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800e5d:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800e60:	8b 45 08             	mov    0x8(%ebp),%eax
  800e63:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e66:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800e69:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800e6c:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800e6f:	89 d1                	mov    %edx,%ecx
  800e71:	09 c1                	or     %eax,%ecx
  800e73:	74 2f                	je     800ea4 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800e75:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800e78:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800e7b:	89 d0                	mov    %edx,%eax
  800e7d:	83 c8 00             	or     $0x0,%eax
  800e80:	74 48                	je     800eca <udivmod64+0x79>
  800e82:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800e87:	be 00 00 00 00       	mov    $0x0,%esi
  800e8c:	bf 00 00 00 00       	mov    $0x0,%edi
  800e91:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800e98:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800e9f:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ea2:	eb 5f                	jmp    800f03 <udivmod64+0xb2>
		return ~0ULL;
  800ea4:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800eab:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800eb2:	85 db                	test   %ebx,%ebx
  800eb4:	0f 84 b7 00 00 00    	je     800f71 <udivmod64+0x120>
			*rem = n;
  800eba:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800ebd:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800ec0:	89 03                	mov    %eax,(%ebx)
  800ec2:	89 53 04             	mov    %edx,0x4(%ebx)
  800ec5:	e9 a7 00 00 00       	jmp    800f71 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800eca:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800ecd:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800ed0:	85 db                	test   %ebx,%ebx
  800ed2:	74 12                	je     800ee6 <udivmod64+0x95>
			*rem = n32 % d32;
  800ed4:	89 c8                	mov    %ecx,%eax
  800ed6:	ba 00 00 00 00       	mov    $0x0,%edx
  800edb:	f7 f6                	div    %esi
  800edd:	89 13                	mov    %edx,(%ebx)
  800edf:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800ee6:	89 c8                	mov    %ecx,%eax
  800ee8:	ba 00 00 00 00       	mov    $0x0,%edx
  800eed:	f7 f6                	div    %esi
  800eef:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800ef2:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800ef9:	eb 76                	jmp    800f71 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800efb:	83 e9 01             	sub    $0x1,%ecx
  800efe:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800f01:	74 62                	je     800f65 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800f03:	89 f0                	mov    %esi,%eax
  800f05:	89 fa                	mov    %edi,%edx
  800f07:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800f0b:	01 c0                	add    %eax,%eax
  800f0d:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800f10:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800f13:	0f ad fe             	shrd   %cl,%edi,%esi
  800f16:	d3 ef                	shr    %cl,%edi
  800f18:	f6 c1 20             	test   $0x20,%cl
  800f1b:	74 04                	je     800f21 <udivmod64+0xd0>
  800f1d:	89 fe                	mov    %edi,%esi
  800f1f:	31 ff                	xor    %edi,%edi
  800f21:	89 f7                	mov    %esi,%edi
  800f23:	83 e7 01             	and    $0x1,%edi
  800f26:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800f29:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800f30:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800f33:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800f36:	09 c6                	or     %eax,%esi
  800f38:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800f3a:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800f3d:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800f40:	39 c6                	cmp    %eax,%esi
  800f42:	89 fb                	mov    %edi,%ebx
  800f44:	19 d3                	sbb    %edx,%ebx
  800f46:	72 b3                	jb     800efb <udivmod64+0xaa>
			r -= d;
  800f48:	29 c6                	sub    %eax,%esi
  800f4a:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800f4c:	31 c0                	xor    %eax,%eax
  800f4e:	31 d2                	xor    %edx,%edx
  800f50:	f6 c1 20             	test   $0x20,%cl
  800f53:	0f 94 c0             	sete   %al
  800f56:	0f 95 c2             	setne  %dl
  800f59:	d3 e0                	shl    %cl,%eax
  800f5b:	d3 e2                	shl    %cl,%edx
  800f5d:	09 45 d0             	or     %eax,-0x30(%ebp)
  800f60:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800f63:	eb 96                	jmp    800efb <udivmod64+0xaa>
		}
	}
	if (rem)
  800f65:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f68:	85 db                	test   %ebx,%ebx
  800f6a:	74 05                	je     800f71 <udivmod64+0x120>
		*rem = r;
  800f6c:	89 33                	mov    %esi,(%ebx)
  800f6e:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800f71:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800f74:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800f77:	83 c4 24             	add    $0x24,%esp
  800f7a:	5b                   	pop    %ebx
  800f7b:	5e                   	pop    %esi
  800f7c:	5f                   	pop    %edi
  800f7d:	5d                   	pop    %ebp
  800f7e:	c3                   	ret

00800f7f <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800f7f:	55                   	push   %ebp
  800f80:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800f82:	83 ec 04             	sub    $0x4,%esp
  800f85:	6a 00                	push   $0x0
  800f87:	ff 75 14             	push   0x14(%ebp)
  800f8a:	ff 75 10             	push   0x10(%ebp)
  800f8d:	8b 45 08             	mov    0x8(%ebp),%eax
  800f90:	8b 55 0c             	mov    0xc(%ebp),%edx
  800f93:	e8 b9 fe ff ff       	call   800e51 <udivmod64>
}
  800f98:	c9                   	leave
  800f99:	c3                   	ret

00800f9a <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800f9a:	55                   	push   %ebp
  800f9b:	89 e5                	mov    %esp,%ebp
  800f9d:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800fa0:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800fa3:	50                   	push   %eax
  800fa4:	ff 75 14             	push   0x14(%ebp)
  800fa7:	ff 75 10             	push   0x10(%ebp)
  800faa:	8b 45 08             	mov    0x8(%ebp),%eax
  800fad:	8b 55 0c             	mov    0xc(%ebp),%edx
  800fb0:	e8 9c fe ff ff       	call   800e51 <udivmod64>
	return r;
}
  800fb5:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800fb8:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800fbb:	c9                   	leave
  800fbc:	c3                   	ret

00800fbd <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800fbd:	55                   	push   %ebp
  800fbe:	89 e5                	mov    %esp,%ebp
  800fc0:	57                   	push   %edi
  800fc1:	56                   	push   %esi
  800fc2:	53                   	push   %ebx
  800fc3:	83 ec 0c             	sub    $0xc,%esp
  800fc6:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800fc9:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800fcc:	8b 45 10             	mov    0x10(%ebp),%eax
  800fcf:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800fd2:	89 ce                	mov    %ecx,%esi
  800fd4:	89 df                	mov    %ebx,%edi
  800fd6:	31 c6                	xor    %eax,%esi
  800fd8:	31 d7                	xor    %edx,%edi
  800fda:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800fdd:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800fe0:	89 c6                	mov    %eax,%esi
  800fe2:	89 d7                	mov    %edx,%edi
  800fe4:	85 d2                	test   %edx,%edx
  800fe6:	78 25                	js     80100d <__divdi3+0x50>
  800fe8:	89 c8                	mov    %ecx,%eax
  800fea:	89 da                	mov    %ebx,%edx
  800fec:	85 db                	test   %ebx,%ebx
  800fee:	78 2a                	js     80101a <__divdi3+0x5d>
  800ff0:	83 ec 04             	sub    $0x4,%esp
  800ff3:	6a 00                	push   $0x0
  800ff5:	57                   	push   %edi
  800ff6:	56                   	push   %esi
  800ff7:	e8 55 fe ff ff       	call   800e51 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800ffc:	83 c4 10             	add    $0x10,%esp
  800fff:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  801003:	78 1e                	js     801023 <__divdi3+0x66>
}
  801005:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801008:	5b                   	pop    %ebx
  801009:	5e                   	pop    %esi
  80100a:	5f                   	pop    %edi
  80100b:	5d                   	pop    %ebp
  80100c:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  80100d:	f7 d8                	neg    %eax
  80100f:	83 d2 00             	adc    $0x0,%edx
  801012:	f7 da                	neg    %edx
  801014:	89 c6                	mov    %eax,%esi
  801016:	89 d7                	mov    %edx,%edi
  801018:	eb ce                	jmp    800fe8 <__divdi3+0x2b>
  80101a:	f7 d8                	neg    %eax
  80101c:	83 d2 00             	adc    $0x0,%edx
  80101f:	f7 da                	neg    %edx
  801021:	eb cd                	jmp    800ff0 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  801023:	f7 d8                	neg    %eax
  801025:	83 d2 00             	adc    $0x0,%edx
  801028:	f7 da                	neg    %edx
  80102a:	eb d9                	jmp    801005 <__divdi3+0x48>

0080102c <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  80102c:	55                   	push   %ebp
  80102d:	89 e5                	mov    %esp,%ebp
  80102f:	57                   	push   %edi
  801030:	56                   	push   %esi
  801031:	53                   	push   %ebx
  801032:	83 ec 14             	sub    $0x14,%esp
  801035:	8b 45 08             	mov    0x8(%ebp),%eax
  801038:	8b 55 0c             	mov    0xc(%ebp),%edx
  80103b:	8b 4d 10             	mov    0x10(%ebp),%ecx
  80103e:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801041:	89 ce                	mov    %ecx,%esi
  801043:	89 df                	mov    %ebx,%edi
  801045:	85 db                	test   %ebx,%ebx
  801047:	78 23                	js     80106c <__moddi3+0x40>
  801049:	85 d2                	test   %edx,%edx
  80104b:	78 28                	js     801075 <__moddi3+0x49>
  80104d:	83 ec 04             	sub    $0x4,%esp
  801050:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801053:	51                   	push   %ecx
  801054:	57                   	push   %edi
  801055:	56                   	push   %esi
  801056:	e8 f6 fd ff ff       	call   800e51 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  80105b:	8b 45 e8             	mov    -0x18(%ebp),%eax
  80105e:	8b 55 ec             	mov    -0x14(%ebp),%edx
  801061:	83 c4 10             	add    $0x10,%esp
}
  801064:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801067:	5b                   	pop    %ebx
  801068:	5e                   	pop    %esi
  801069:	5f                   	pop    %edi
  80106a:	5d                   	pop    %ebp
  80106b:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  80106c:	f7 de                	neg    %esi
  80106e:	83 d7 00             	adc    $0x0,%edi
  801071:	f7 df                	neg    %edi
  801073:	eb d4                	jmp    801049 <__moddi3+0x1d>
  801075:	f7 d8                	neg    %eax
  801077:	83 d2 00             	adc    $0x0,%edx
  80107a:	f7 da                	neg    %edx
  80107c:	83 ec 04             	sub    $0x4,%esp
  80107f:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801082:	51                   	push   %ecx
  801083:	57                   	push   %edi
  801084:	56                   	push   %esi
  801085:	e8 c7 fd ff ff       	call   800e51 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  80108a:	8b 45 e8             	mov    -0x18(%ebp),%eax
  80108d:	8b 55 ec             	mov    -0x14(%ebp),%edx
  801090:	f7 d8                	neg    %eax
  801092:	83 d2 00             	adc    $0x0,%edx
  801095:	f7 da                	neg    %edx
  801097:	83 c4 10             	add    $0x10,%esp
  80109a:	eb c8                	jmp    801064 <__moddi3+0x38>
