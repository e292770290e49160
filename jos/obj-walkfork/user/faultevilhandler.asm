
obj-walkfork/user/faultevilhandler:     file format elf32-i386


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
  80002c:	e8 34 00 00 00       	call   800065 <libmain>
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
  800036:	83 ec 0c             	sub    $0xc,%esp
	sys_page_alloc(0, (void*) (UXSTACKTOP - PGSIZE), PTE_P|PTE_U|PTE_W);
  800039:	6a 07                	push   $0x7
  80003b:	68 00 f0 bf ee       	push   $0xeebff000
  800040:	6a 00                	push   $0x0
  800042:	e8 32 01 00 00       	call   800179 <sys_page_alloc>
	sys_env_set_pgfault_upcall(0, (void*) 0xF0100020);
  800047:	83 c4 08             	add    $0x8,%esp
  80004a:	68 20 00 10 f0       	push   $0xf0100020
  80004f:	6a 00                	push   $0x0
  800051:	e8 2c 02 00 00       	call   800282 <sys_env_set_pgfault_upcall>
	*(volatile int*)0 = 0;
  800056:	c7 05 00 00 00 00 00 	movl   $0x0,0x0
  80005d:	00 00 00 
}
  800060:	83 c4 10             	add    $0x10,%esp
  800063:	c9                   	leave
  800064:	c3                   	ret

00800065 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  800065:	55                   	push   %ebp
  800066:	89 e5                	mov    %esp,%ebp
  800068:	56                   	push   %esi
  800069:	53                   	push   %ebx
  80006a:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80006d:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  800070:	e8 c6 00 00 00       	call   80013b <sys_getenvid>
  800075:	25 ff 03 00 00       	and    $0x3ff,%eax
  80007a:	6b c0 7c             	imul   $0x7c,%eax,%eax
  80007d:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  800082:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800087:	85 db                	test   %ebx,%ebx
  800089:	7e 07                	jle    800092 <libmain+0x2d>
		binaryname = argv[0];
  80008b:	8b 06                	mov    (%esi),%eax
  80008d:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800092:	83 ec 08             	sub    $0x8,%esp
  800095:	56                   	push   %esi
  800096:	53                   	push   %ebx
  800097:	e8 97 ff ff ff       	call   800033 <umain>

	exit();
  80009c:	e8 0a 00 00 00       	call   8000ab <exit>
}
  8000a1:	83 c4 10             	add    $0x10,%esp
  8000a4:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8000a7:	5b                   	pop    %ebx
  8000a8:	5e                   	pop    %esi
  8000a9:	5d                   	pop    %ebp
  8000aa:	c3                   	ret

008000ab <exit>:

#include <inc/lib.h>

void
exit(void)
{
  8000ab:	55                   	push   %ebp
  8000ac:	89 e5                	mov    %esp,%ebp
  8000ae:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  8000b1:	6a 00                	push   $0x0
  8000b3:	e8 42 00 00 00       	call   8000fa <sys_env_destroy>
}
  8000b8:	83 c4 10             	add    $0x10,%esp
  8000bb:	c9                   	leave
  8000bc:	c3                   	ret

008000bd <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  8000bd:	55                   	push   %ebp
  8000be:	89 e5                	mov    %esp,%ebp
  8000c0:	57                   	push   %edi
  8000c1:	56                   	push   %esi
  8000c2:	53                   	push   %ebx
	asm volatile("int %1\n"
  8000c3:	b8 00 00 00 00       	mov    $0x0,%eax
  8000c8:	8b 55 08             	mov    0x8(%ebp),%edx
  8000cb:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8000ce:	89 c3                	mov    %eax,%ebx
  8000d0:	89 c7                	mov    %eax,%edi
  8000d2:	89 c6                	mov    %eax,%esi
  8000d4:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  8000d6:	5b                   	pop    %ebx
  8000d7:	5e                   	pop    %esi
  8000d8:	5f                   	pop    %edi
  8000d9:	5d                   	pop    %ebp
  8000da:	c3                   	ret

008000db <sys_cgetc>:

int
sys_cgetc(void)
{
  8000db:	55                   	push   %ebp
  8000dc:	89 e5                	mov    %esp,%ebp
  8000de:	57                   	push   %edi
  8000df:	56                   	push   %esi
  8000e0:	53                   	push   %ebx
	asm volatile("int %1\n"
  8000e1:	ba 00 00 00 00       	mov    $0x0,%edx
  8000e6:	b8 01 00 00 00       	mov    $0x1,%eax
  8000eb:	89 d1                	mov    %edx,%ecx
  8000ed:	89 d3                	mov    %edx,%ebx
  8000ef:	89 d7                	mov    %edx,%edi
  8000f1:	89 d6                	mov    %edx,%esi
  8000f3:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  8000f5:	5b                   	pop    %ebx
  8000f6:	5e                   	pop    %esi
  8000f7:	5f                   	pop    %edi
  8000f8:	5d                   	pop    %ebp
  8000f9:	c3                   	ret

008000fa <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  8000fa:	55                   	push   %ebp
  8000fb:	89 e5                	mov    %esp,%ebp
  8000fd:	57                   	push   %edi
  8000fe:	56                   	push   %esi
  8000ff:	53                   	push   %ebx
  800100:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800103:	b9 00 00 00 00       	mov    $0x0,%ecx
  800108:	8b 55 08             	mov    0x8(%ebp),%edx
  80010b:	b8 03 00 00 00       	mov    $0x3,%eax
  800110:	89 cb                	mov    %ecx,%ebx
  800112:	89 cf                	mov    %ecx,%edi
  800114:	89 ce                	mov    %ecx,%esi
  800116:	cd 30                	int    $0x30
	if (check && ret > 0)
  800118:	85 c0                	test   %eax,%eax
  80011a:	7f 08                	jg     800124 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  80011c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80011f:	5b                   	pop    %ebx
  800120:	5e                   	pop    %esi
  800121:	5f                   	pop    %edi
  800122:	5d                   	pop    %ebp
  800123:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800124:	83 ec 0c             	sub    $0xc,%esp
  800127:	50                   	push   %eax
  800128:	6a 03                	push   $0x3
  80012a:	68 ca 10 80 00       	push   $0x8010ca
  80012f:	6a 1f                	push   $0x1f
  800131:	68 e7 10 80 00       	push   $0x8010e7
  800136:	e8 ed 01 00 00       	call   800328 <_panic>

0080013b <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  80013b:	55                   	push   %ebp
  80013c:	89 e5                	mov    %esp,%ebp
  80013e:	57                   	push   %edi
  80013f:	56                   	push   %esi
  800140:	53                   	push   %ebx
	asm volatile("int %1\n"
  800141:	ba 00 00 00 00       	mov    $0x0,%edx
  800146:	b8 02 00 00 00       	mov    $0x2,%eax
  80014b:	89 d1                	mov    %edx,%ecx
  80014d:	89 d3                	mov    %edx,%ebx
  80014f:	89 d7                	mov    %edx,%edi
  800151:	89 d6                	mov    %edx,%esi
  800153:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800155:	5b                   	pop    %ebx
  800156:	5e                   	pop    %esi
  800157:	5f                   	pop    %edi
  800158:	5d                   	pop    %ebp
  800159:	c3                   	ret

0080015a <sys_yield>:

void
sys_yield(void)
{
  80015a:	55                   	push   %ebp
  80015b:	89 e5                	mov    %esp,%ebp
  80015d:	57                   	push   %edi
  80015e:	56                   	push   %esi
  80015f:	53                   	push   %ebx
	asm volatile("int %1\n"
  800160:	ba 00 00 00 00       	mov    $0x0,%edx
  800165:	b8 0a 00 00 00       	mov    $0xa,%eax
  80016a:	89 d1                	mov    %edx,%ecx
  80016c:	89 d3                	mov    %edx,%ebx
  80016e:	89 d7                	mov    %edx,%edi
  800170:	89 d6                	mov    %edx,%esi
  800172:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800174:	5b                   	pop    %ebx
  800175:	5e                   	pop    %esi
  800176:	5f                   	pop    %edi
  800177:	5d                   	pop    %ebp
  800178:	c3                   	ret

00800179 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800179:	55                   	push   %ebp
  80017a:	89 e5                	mov    %esp,%ebp
  80017c:	57                   	push   %edi
  80017d:	56                   	push   %esi
  80017e:	53                   	push   %ebx
  80017f:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800182:	be 00 00 00 00       	mov    $0x0,%esi
  800187:	8b 55 08             	mov    0x8(%ebp),%edx
  80018a:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80018d:	b8 04 00 00 00       	mov    $0x4,%eax
  800192:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800195:	89 f7                	mov    %esi,%edi
  800197:	cd 30                	int    $0x30
	if (check && ret > 0)
  800199:	85 c0                	test   %eax,%eax
  80019b:	7f 08                	jg     8001a5 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  80019d:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001a0:	5b                   	pop    %ebx
  8001a1:	5e                   	pop    %esi
  8001a2:	5f                   	pop    %edi
  8001a3:	5d                   	pop    %ebp
  8001a4:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8001a5:	83 ec 0c             	sub    $0xc,%esp
  8001a8:	50                   	push   %eax
  8001a9:	6a 04                	push   $0x4
  8001ab:	68 ca 10 80 00       	push   $0x8010ca
  8001b0:	6a 1f                	push   $0x1f
  8001b2:	68 e7 10 80 00       	push   $0x8010e7
  8001b7:	e8 6c 01 00 00       	call   800328 <_panic>

008001bc <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  8001bc:	55                   	push   %ebp
  8001bd:	89 e5                	mov    %esp,%ebp
  8001bf:	57                   	push   %edi
  8001c0:	56                   	push   %esi
  8001c1:	53                   	push   %ebx
  8001c2:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8001c5:	8b 55 08             	mov    0x8(%ebp),%edx
  8001c8:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8001cb:	b8 05 00 00 00       	mov    $0x5,%eax
  8001d0:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8001d3:	8b 7d 14             	mov    0x14(%ebp),%edi
  8001d6:	8b 75 18             	mov    0x18(%ebp),%esi
  8001d9:	cd 30                	int    $0x30
	if (check && ret > 0)
  8001db:	85 c0                	test   %eax,%eax
  8001dd:	7f 08                	jg     8001e7 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  8001df:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001e2:	5b                   	pop    %ebx
  8001e3:	5e                   	pop    %esi
  8001e4:	5f                   	pop    %edi
  8001e5:	5d                   	pop    %ebp
  8001e6:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8001e7:	83 ec 0c             	sub    $0xc,%esp
  8001ea:	50                   	push   %eax
  8001eb:	6a 05                	push   $0x5
  8001ed:	68 ca 10 80 00       	push   $0x8010ca
  8001f2:	6a 1f                	push   $0x1f
  8001f4:	68 e7 10 80 00       	push   $0x8010e7
  8001f9:	e8 2a 01 00 00       	call   800328 <_panic>

008001fe <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  8001fe:	55                   	push   %ebp
  8001ff:	89 e5                	mov    %esp,%ebp
  800201:	57                   	push   %edi
  800202:	56                   	push   %esi
  800203:	53                   	push   %ebx
  800204:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800207:	bb 00 00 00 00       	mov    $0x0,%ebx
  80020c:	8b 55 08             	mov    0x8(%ebp),%edx
  80020f:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800212:	b8 06 00 00 00       	mov    $0x6,%eax
  800217:	89 df                	mov    %ebx,%edi
  800219:	89 de                	mov    %ebx,%esi
  80021b:	cd 30                	int    $0x30
	if (check && ret > 0)
  80021d:	85 c0                	test   %eax,%eax
  80021f:	7f 08                	jg     800229 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800221:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800224:	5b                   	pop    %ebx
  800225:	5e                   	pop    %esi
  800226:	5f                   	pop    %edi
  800227:	5d                   	pop    %ebp
  800228:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800229:	83 ec 0c             	sub    $0xc,%esp
  80022c:	50                   	push   %eax
  80022d:	6a 06                	push   $0x6
  80022f:	68 ca 10 80 00       	push   $0x8010ca
  800234:	6a 1f                	push   $0x1f
  800236:	68 e7 10 80 00       	push   $0x8010e7
  80023b:	e8 e8 00 00 00       	call   800328 <_panic>

00800240 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800240:	55                   	push   %ebp
  800241:	89 e5                	mov    %esp,%ebp
  800243:	57                   	push   %edi
  800244:	56                   	push   %esi
  800245:	53                   	push   %ebx
  800246:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800249:	bb 00 00 00 00       	mov    $0x0,%ebx
  80024e:	8b 55 08             	mov    0x8(%ebp),%edx
  800251:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800254:	b8 08 00 00 00       	mov    $0x8,%eax
  800259:	89 df                	mov    %ebx,%edi
  80025b:	89 de                	mov    %ebx,%esi
  80025d:	cd 30                	int    $0x30
	if (check && ret > 0)
  80025f:	85 c0                	test   %eax,%eax
  800261:	7f 08                	jg     80026b <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800263:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800266:	5b                   	pop    %ebx
  800267:	5e                   	pop    %esi
  800268:	5f                   	pop    %edi
  800269:	5d                   	pop    %ebp
  80026a:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80026b:	83 ec 0c             	sub    $0xc,%esp
  80026e:	50                   	push   %eax
  80026f:	6a 08                	push   $0x8
  800271:	68 ca 10 80 00       	push   $0x8010ca
  800276:	6a 1f                	push   $0x1f
  800278:	68 e7 10 80 00       	push   $0x8010e7
  80027d:	e8 a6 00 00 00       	call   800328 <_panic>

00800282 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800282:	55                   	push   %ebp
  800283:	89 e5                	mov    %esp,%ebp
  800285:	57                   	push   %edi
  800286:	56                   	push   %esi
  800287:	53                   	push   %ebx
  800288:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80028b:	bb 00 00 00 00       	mov    $0x0,%ebx
  800290:	8b 55 08             	mov    0x8(%ebp),%edx
  800293:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800296:	b8 09 00 00 00       	mov    $0x9,%eax
  80029b:	89 df                	mov    %ebx,%edi
  80029d:	89 de                	mov    %ebx,%esi
  80029f:	cd 30                	int    $0x30
	if (check && ret > 0)
  8002a1:	85 c0                	test   %eax,%eax
  8002a3:	7f 08                	jg     8002ad <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  8002a5:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8002a8:	5b                   	pop    %ebx
  8002a9:	5e                   	pop    %esi
  8002aa:	5f                   	pop    %edi
  8002ab:	5d                   	pop    %ebp
  8002ac:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8002ad:	83 ec 0c             	sub    $0xc,%esp
  8002b0:	50                   	push   %eax
  8002b1:	6a 09                	push   $0x9
  8002b3:	68 ca 10 80 00       	push   $0x8010ca
  8002b8:	6a 1f                	push   $0x1f
  8002ba:	68 e7 10 80 00       	push   $0x8010e7
  8002bf:	e8 64 00 00 00       	call   800328 <_panic>

008002c4 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8002c4:	55                   	push   %ebp
  8002c5:	89 e5                	mov    %esp,%ebp
  8002c7:	57                   	push   %edi
  8002c8:	56                   	push   %esi
  8002c9:	53                   	push   %ebx
	asm volatile("int %1\n"
  8002ca:	8b 55 08             	mov    0x8(%ebp),%edx
  8002cd:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8002d0:	b8 0b 00 00 00       	mov    $0xb,%eax
  8002d5:	be 00 00 00 00       	mov    $0x0,%esi
  8002da:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8002dd:	8b 7d 14             	mov    0x14(%ebp),%edi
  8002e0:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8002e2:	5b                   	pop    %ebx
  8002e3:	5e                   	pop    %esi
  8002e4:	5f                   	pop    %edi
  8002e5:	5d                   	pop    %ebp
  8002e6:	c3                   	ret

008002e7 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8002e7:	55                   	push   %ebp
  8002e8:	89 e5                	mov    %esp,%ebp
  8002ea:	57                   	push   %edi
  8002eb:	56                   	push   %esi
  8002ec:	53                   	push   %ebx
  8002ed:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8002f0:	b9 00 00 00 00       	mov    $0x0,%ecx
  8002f5:	8b 55 08             	mov    0x8(%ebp),%edx
  8002f8:	b8 0c 00 00 00       	mov    $0xc,%eax
  8002fd:	89 cb                	mov    %ecx,%ebx
  8002ff:	89 cf                	mov    %ecx,%edi
  800301:	89 ce                	mov    %ecx,%esi
  800303:	cd 30                	int    $0x30
	if (check && ret > 0)
  800305:	85 c0                	test   %eax,%eax
  800307:	7f 08                	jg     800311 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  800309:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80030c:	5b                   	pop    %ebx
  80030d:	5e                   	pop    %esi
  80030e:	5f                   	pop    %edi
  80030f:	5d                   	pop    %ebp
  800310:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800311:	83 ec 0c             	sub    $0xc,%esp
  800314:	50                   	push   %eax
  800315:	6a 0c                	push   $0xc
  800317:	68 ca 10 80 00       	push   $0x8010ca
  80031c:	6a 1f                	push   $0x1f
  80031e:	68 e7 10 80 00       	push   $0x8010e7
  800323:	e8 00 00 00 00       	call   800328 <_panic>

00800328 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  800328:	55                   	push   %ebp
  800329:	89 e5                	mov    %esp,%ebp
  80032b:	56                   	push   %esi
  80032c:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  80032d:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800330:	8b 35 00 20 80 00    	mov    0x802000,%esi
  800336:	e8 00 fe ff ff       	call   80013b <sys_getenvid>
  80033b:	83 ec 0c             	sub    $0xc,%esp
  80033e:	ff 75 0c             	push   0xc(%ebp)
  800341:	ff 75 08             	push   0x8(%ebp)
  800344:	56                   	push   %esi
  800345:	50                   	push   %eax
  800346:	68 f8 10 80 00       	push   $0x8010f8
  80034b:	e8 4d 07 00 00       	call   800a9d <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800350:	83 c4 18             	add    $0x18,%esp
  800353:	53                   	push   %ebx
  800354:	ff 75 10             	push   0x10(%ebp)
  800357:	e8 56 00 00 00       	call   8003b2 <vcprintf>
	cprintf("\n");
  80035c:	c7 04 24 1b 11 80 00 	movl   $0x80111b,(%esp)
  800363:	e8 35 07 00 00       	call   800a9d <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  800368:	cc                   	int3
  800369:	83 c4 10             	add    $0x10,%esp
	for (;;)
  80036c:	eb fe                	jmp    80036c <_panic+0x44>

0080036e <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  80036e:	55                   	push   %ebp
  80036f:	89 e5                	mov    %esp,%ebp
  800371:	53                   	push   %ebx
  800372:	83 ec 04             	sub    $0x4,%esp
  800375:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  800378:	8b 13                	mov    (%ebx),%edx
  80037a:	8d 42 01             	lea    0x1(%edx),%eax
  80037d:	89 03                	mov    %eax,(%ebx)
  80037f:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800382:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  800386:	3d 00 01 00 00       	cmp    $0x100,%eax
  80038b:	74 09                	je     800396 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  80038d:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  800391:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800394:	c9                   	leave
  800395:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  800396:	83 ec 08             	sub    $0x8,%esp
  800399:	68 00 01 00 00       	push   $0x100
  80039e:	8d 43 08             	lea    0x8(%ebx),%eax
  8003a1:	50                   	push   %eax
  8003a2:	e8 16 fd ff ff       	call   8000bd <sys_cputs>
		b->idx = 0;
  8003a7:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8003ad:	83 c4 10             	add    $0x10,%esp
  8003b0:	eb db                	jmp    80038d <putch+0x1f>

008003b2 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8003b2:	55                   	push   %ebp
  8003b3:	89 e5                	mov    %esp,%ebp
  8003b5:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8003bb:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8003c2:	00 00 00 
	b.cnt = 0;
  8003c5:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8003cc:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8003cf:	ff 75 0c             	push   0xc(%ebp)
  8003d2:	ff 75 08             	push   0x8(%ebp)
  8003d5:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8003db:	50                   	push   %eax
  8003dc:	68 6e 03 80 00       	push   $0x80036e
  8003e1:	e8 64 00 00 00       	call   80044a <vprintfmt>
	if (b->idx > 0) {
  8003e6:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8003ec:	83 c4 10             	add    $0x10,%esp
  8003ef:	85 c0                	test   %eax,%eax
  8003f1:	7f 08                	jg     8003fb <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8003f3:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8003f9:	c9                   	leave
  8003fa:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8003fb:	83 ec 08             	sub    $0x8,%esp
  8003fe:	50                   	push   %eax
  8003ff:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  800405:	50                   	push   %eax
  800406:	e8 b2 fc ff ff       	call   8000bd <sys_cputs>
  80040b:	83 c4 10             	add    $0x10,%esp
  80040e:	eb e3                	jmp    8003f3 <vcprintf+0x41>

00800410 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  800410:	55                   	push   %ebp
  800411:	89 e5                	mov    %esp,%ebp
  800413:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  800416:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  80041a:	8b 10                	mov    (%eax),%edx
  80041c:	3b 50 04             	cmp    0x4(%eax),%edx
  80041f:	73 0a                	jae    80042b <sprintputch+0x1b>
		*b->buf++ = ch;
  800421:	8d 4a 01             	lea    0x1(%edx),%ecx
  800424:	89 08                	mov    %ecx,(%eax)
  800426:	8b 45 08             	mov    0x8(%ebp),%eax
  800429:	88 02                	mov    %al,(%edx)
}
  80042b:	5d                   	pop    %ebp
  80042c:	c3                   	ret

0080042d <printfmt>:
{
  80042d:	55                   	push   %ebp
  80042e:	89 e5                	mov    %esp,%ebp
  800430:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800433:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  800436:	50                   	push   %eax
  800437:	ff 75 10             	push   0x10(%ebp)
  80043a:	ff 75 0c             	push   0xc(%ebp)
  80043d:	ff 75 08             	push   0x8(%ebp)
  800440:	e8 05 00 00 00       	call   80044a <vprintfmt>
}
  800445:	83 c4 10             	add    $0x10,%esp
  800448:	c9                   	leave
  800449:	c3                   	ret

0080044a <vprintfmt>:
{
  80044a:	55                   	push   %ebp
  80044b:	89 e5                	mov    %esp,%ebp
  80044d:	57                   	push   %edi
  80044e:	56                   	push   %esi
  80044f:	53                   	push   %ebx
  800450:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800453:	8b 45 10             	mov    0x10(%ebp),%eax
  800456:	8d 58 01             	lea    0x1(%eax),%ebx
  800459:	0f b6 00             	movzbl (%eax),%eax
  80045c:	83 f8 25             	cmp    $0x25,%eax
  80045f:	74 24                	je     800485 <vprintfmt+0x3b>
  800461:	8b 75 08             	mov    0x8(%ebp),%esi
  800464:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800467:	85 c0                	test   %eax,%eax
  800469:	0f 84 d8 05 00 00    	je     800a47 <vprintfmt+0x5fd>
			putch(ch, putdat);
  80046f:	83 ec 08             	sub    $0x8,%esp
  800472:	57                   	push   %edi
  800473:	50                   	push   %eax
  800474:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800476:	83 c3 01             	add    $0x1,%ebx
  800479:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  80047d:	83 c4 10             	add    $0x10,%esp
  800480:	83 f8 25             	cmp    $0x25,%eax
  800483:	75 e2                	jne    800467 <vprintfmt+0x1d>
		padc = ' ';
  800485:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  800489:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  80048e:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  800495:	b9 00 00 00 00       	mov    $0x0,%ecx
  80049a:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80049c:	8d 53 01             	lea    0x1(%ebx),%edx
  80049f:	0f b6 0b             	movzbl (%ebx),%ecx
  8004a2:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8004a5:	3c 55                	cmp    $0x55,%al
  8004a7:	0f 87 21 05 00 00    	ja     8009ce <vprintfmt+0x584>
  8004ad:	0f b6 c0             	movzbl %al,%eax
  8004b0:	ff 24 85 e0 11 80 00 	jmp    *0x8011e0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8004b7:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8004ba:	eb 97                	jmp    800453 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8004bc:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8004be:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8004c2:	eb d8                	jmp    80049c <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8004c4:	89 d3                	mov    %edx,%ebx
  8004c6:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8004ca:	eb d0                	jmp    80049c <vprintfmt+0x52>
  8004cc:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8004cf:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8004d2:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8004d6:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004d9:	83 f9 09             	cmp    $0x9,%ecx
  8004dc:	77 54                	ja     800532 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8004de:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8004e1:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8004e4:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8004e8:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8004eb:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004ee:	83 f9 09             	cmp    $0x9,%ecx
  8004f1:	76 eb                	jbe    8004de <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8004f3:	89 d3                	mov    %edx,%ebx
  8004f5:	eb 0d                	jmp    800504 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8004f7:	8b 45 14             	mov    0x14(%ebp),%eax
  8004fa:	8b 38                	mov    (%eax),%edi
  8004fc:	8d 40 04             	lea    0x4(%eax),%eax
  8004ff:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800502:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  800504:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800508:	79 92                	jns    80049c <vprintfmt+0x52>
				width = precision, precision = -1;
  80050a:	89 7d ac             	mov    %edi,-0x54(%ebp)
  80050d:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  800512:	eb 88                	jmp    80049c <vprintfmt+0x52>
			if (width < 0)
  800514:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  800517:	85 c9                	test   %ecx,%ecx
  800519:	b8 00 00 00 00       	mov    $0x0,%eax
  80051e:	0f 49 c1             	cmovns %ecx,%eax
  800521:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800524:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800526:	e9 71 ff ff ff       	jmp    80049c <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80052b:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80052d:	e9 6a ff ff ff       	jmp    80049c <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800532:	89 d3                	mov    %edx,%ebx
  800534:	eb ce                	jmp    800504 <vprintfmt+0xba>
			lflag++;
  800536:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800539:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80053b:	e9 5c ff ff ff       	jmp    80049c <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800540:	89 55 10             	mov    %edx,0x10(%ebp)
  800543:	8b 45 14             	mov    0x14(%ebp),%eax
  800546:	8d 58 04             	lea    0x4(%eax),%ebx
  800549:	83 ec 08             	sub    $0x8,%esp
  80054c:	ff 75 0c             	push   0xc(%ebp)
  80054f:	ff 30                	push   (%eax)
  800551:	ff 55 08             	call   *0x8(%ebp)
			break;
  800554:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800557:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  80055a:	e9 f4 fe ff ff       	jmp    800453 <vprintfmt+0x9>
			err = va_arg(ap, int);
  80055f:	89 55 10             	mov    %edx,0x10(%ebp)
  800562:	8b 45 14             	mov    0x14(%ebp),%eax
  800565:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800568:	8b 10                	mov    (%eax),%edx
  80056a:	89 d0                	mov    %edx,%eax
  80056c:	f7 d8                	neg    %eax
  80056e:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800571:	83 f8 08             	cmp    $0x8,%eax
  800574:	7f 27                	jg     80059d <vprintfmt+0x153>
  800576:	8b 14 85 40 13 80 00 	mov    0x801340(,%eax,4),%edx
  80057d:	85 d2                	test   %edx,%edx
  80057f:	74 1c                	je     80059d <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800581:	52                   	push   %edx
  800582:	68 2d 11 80 00       	push   $0x80112d
  800587:	ff 75 0c             	push   0xc(%ebp)
  80058a:	ff 75 08             	push   0x8(%ebp)
  80058d:	e8 9b fe ff ff       	call   80042d <printfmt>
  800592:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800595:	89 5d 14             	mov    %ebx,0x14(%ebp)
  800598:	e9 b6 fe ff ff       	jmp    800453 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  80059d:	50                   	push   %eax
  80059e:	68 24 11 80 00       	push   $0x801124
  8005a3:	ff 75 0c             	push   0xc(%ebp)
  8005a6:	ff 75 08             	push   0x8(%ebp)
  8005a9:	e8 7f fe ff ff       	call   80042d <printfmt>
  8005ae:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8005b1:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8005b4:	e9 9a fe ff ff       	jmp    800453 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8005b9:	89 55 10             	mov    %edx,0x10(%ebp)
  8005bc:	8b 45 14             	mov    0x14(%ebp),%eax
  8005bf:	83 c0 04             	add    $0x4,%eax
  8005c2:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8005c5:	8b 45 14             	mov    0x14(%ebp),%eax
  8005c8:	8b 30                	mov    (%eax),%esi
  8005ca:	85 f6                	test   %esi,%esi
  8005cc:	0f 84 53 04 00 00    	je     800a25 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8005d2:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8005d6:	7e 06                	jle    8005de <vprintfmt+0x194>
  8005d8:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8005dc:	75 1b                	jne    8005f9 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8005de:	8d 5e 01             	lea    0x1(%esi),%ebx
  8005e1:	0f be 06             	movsbl (%esi),%eax
  8005e4:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005e7:	85 c0                	test   %eax,%eax
  8005e9:	0f 85 80 00 00 00    	jne    80066f <vprintfmt+0x225>
  8005ef:	e9 8c 00 00 00       	jmp    800680 <vprintfmt+0x236>
				p = "(null)";
  8005f4:	be 1d 11 80 00       	mov    $0x80111d,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8005f9:	83 ec 08             	sub    $0x8,%esp
  8005fc:	57                   	push   %edi
  8005fd:	56                   	push   %esi
  8005fe:	e8 ea 04 00 00       	call   800aed <strnlen>
  800603:	29 45 ac             	sub    %eax,-0x54(%ebp)
  800606:	8b 55 ac             	mov    -0x54(%ebp),%edx
  800609:	83 c4 10             	add    $0x10,%esp
  80060c:	85 d2                	test   %edx,%edx
  80060e:	0f 8e f5 03 00 00    	jle    800a09 <vprintfmt+0x5bf>
					putch(padc, putdat);
  800614:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  800618:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  80061b:	89 d6                	mov    %edx,%esi
  80061d:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800620:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800623:	83 ec 08             	sub    $0x8,%esp
  800626:	57                   	push   %edi
  800627:	53                   	push   %ebx
  800628:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  80062b:	83 c4 10             	add    $0x10,%esp
  80062e:	83 ee 01             	sub    $0x1,%esi
  800631:	75 f0                	jne    800623 <vprintfmt+0x1d9>
  800633:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800636:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800639:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80063c:	8d 5e 01             	lea    0x1(%esi),%ebx
  80063f:	0f be 06             	movsbl (%esi),%eax
  800642:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800645:	85 c0                	test   %eax,%eax
  800647:	75 26                	jne    80066f <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800649:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80064c:	89 45 14             	mov    %eax,0x14(%ebp)
  80064f:	e9 ff fd ff ff       	jmp    800453 <vprintfmt+0x9>
				putch(ch, putdat);
  800654:	83 ec 08             	sub    $0x8,%esp
  800657:	ff 75 0c             	push   0xc(%ebp)
  80065a:	50                   	push   %eax
  80065b:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80065e:	83 ee 01             	sub    $0x1,%esi
  800661:	83 c3 01             	add    $0x1,%ebx
  800664:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800668:	83 c4 10             	add    $0x10,%esp
  80066b:	85 c0                	test   %eax,%eax
  80066d:	74 0e                	je     80067d <vprintfmt+0x233>
  80066f:	85 ff                	test   %edi,%edi
  800671:	78 e1                	js     800654 <vprintfmt+0x20a>
  800673:	83 ef 01             	sub    $0x1,%edi
  800676:	79 dc                	jns    800654 <vprintfmt+0x20a>
  800678:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80067b:	eb 03                	jmp    800680 <vprintfmt+0x236>
  80067d:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800680:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800684:	7e 24                	jle    8006aa <vprintfmt+0x260>
  800686:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  800689:	8b 75 08             	mov    0x8(%ebp),%esi
  80068c:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  80068f:	83 ec 08             	sub    $0x8,%esp
  800692:	57                   	push   %edi
  800693:	6a 20                	push   $0x20
  800695:	ff d6                	call   *%esi
			for (; width > 0; width--)
  800697:	83 c4 10             	add    $0x10,%esp
  80069a:	83 eb 01             	sub    $0x1,%ebx
  80069d:	75 f0                	jne    80068f <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  80069f:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8006a2:	89 45 14             	mov    %eax,0x14(%ebp)
  8006a5:	e9 a9 fd ff ff       	jmp    800453 <vprintfmt+0x9>
  8006aa:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8006ad:	89 45 14             	mov    %eax,0x14(%ebp)
  8006b0:	e9 9e fd ff ff       	jmp    800453 <vprintfmt+0x9>
	if (lflag >= 2)
  8006b5:	89 55 10             	mov    %edx,0x10(%ebp)
  8006b8:	83 fe 01             	cmp    $0x1,%esi
  8006bb:	7f 1b                	jg     8006d8 <vprintfmt+0x28e>
	else if (lflag)
  8006bd:	85 f6                	test   %esi,%esi
  8006bf:	74 39                	je     8006fa <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8006c1:	8b 45 14             	mov    0x14(%ebp),%eax
  8006c4:	8b 00                	mov    (%eax),%eax
  8006c6:	89 c6                	mov    %eax,%esi
  8006c8:	89 c7                	mov    %eax,%edi
  8006ca:	c1 ff 1f             	sar    $0x1f,%edi
  8006cd:	8b 45 14             	mov    0x14(%ebp),%eax
  8006d0:	8d 40 04             	lea    0x4(%eax),%eax
  8006d3:	89 45 14             	mov    %eax,0x14(%ebp)
  8006d6:	eb 0e                	jmp    8006e6 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8006d8:	8b 45 14             	mov    0x14(%ebp),%eax
  8006db:	8b 30                	mov    (%eax),%esi
  8006dd:	8b 78 04             	mov    0x4(%eax),%edi
  8006e0:	8d 40 08             	lea    0x8(%eax),%eax
  8006e3:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8006e6:	85 ff                	test   %edi,%edi
  8006e8:	78 27                	js     800711 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8006ea:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006ed:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8006f0:	b8 0a 00 00 00       	mov    $0xa,%eax
  8006f5:	e9 53 01 00 00       	jmp    80084d <vprintfmt+0x403>
		return va_arg(*ap, int);
  8006fa:	8b 45 14             	mov    0x14(%ebp),%eax
  8006fd:	8b 00                	mov    (%eax),%eax
  8006ff:	89 c6                	mov    %eax,%esi
  800701:	89 c7                	mov    %eax,%edi
  800703:	c1 ff 1f             	sar    $0x1f,%edi
  800706:	8b 45 14             	mov    0x14(%ebp),%eax
  800709:	8d 40 04             	lea    0x4(%eax),%eax
  80070c:	89 45 14             	mov    %eax,0x14(%ebp)
  80070f:	eb d5                	jmp    8006e6 <vprintfmt+0x29c>
				putch('-', putdat);
  800711:	83 ec 08             	sub    $0x8,%esp
  800714:	ff 75 0c             	push   0xc(%ebp)
  800717:	6a 2d                	push   $0x2d
  800719:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  80071c:	f7 de                	neg    %esi
  80071e:	83 d7 00             	adc    $0x0,%edi
  800721:	f7 df                	neg    %edi
  800723:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800726:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800729:	83 c4 10             	add    $0x10,%esp
			base = 10;
  80072c:	b8 0a 00 00 00       	mov    $0xa,%eax
  800731:	e9 17 01 00 00       	jmp    80084d <vprintfmt+0x403>
	if (lflag >= 2)
  800736:	89 55 10             	mov    %edx,0x10(%ebp)
  800739:	83 fe 01             	cmp    $0x1,%esi
  80073c:	7f 27                	jg     800765 <vprintfmt+0x31b>
	else if (lflag)
  80073e:	85 f6                	test   %esi,%esi
  800740:	74 44                	je     800786 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800742:	8b 45 14             	mov    0x14(%ebp),%eax
  800745:	8b 00                	mov    (%eax),%eax
  800747:	ba 00 00 00 00       	mov    $0x0,%edx
  80074c:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80074f:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800752:	8b 45 14             	mov    0x14(%ebp),%eax
  800755:	8d 40 04             	lea    0x4(%eax),%eax
  800758:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80075b:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800760:	e9 e8 00 00 00       	jmp    80084d <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800765:	8b 45 14             	mov    0x14(%ebp),%eax
  800768:	8b 50 04             	mov    0x4(%eax),%edx
  80076b:	8b 00                	mov    (%eax),%eax
  80076d:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800770:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800773:	8b 45 14             	mov    0x14(%ebp),%eax
  800776:	8d 40 08             	lea    0x8(%eax),%eax
  800779:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80077c:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800781:	e9 c7 00 00 00       	jmp    80084d <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800786:	8b 45 14             	mov    0x14(%ebp),%eax
  800789:	8b 00                	mov    (%eax),%eax
  80078b:	ba 00 00 00 00       	mov    $0x0,%edx
  800790:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800793:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800796:	8b 45 14             	mov    0x14(%ebp),%eax
  800799:	8d 40 04             	lea    0x4(%eax),%eax
  80079c:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80079f:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8007a4:	e9 a4 00 00 00       	jmp    80084d <vprintfmt+0x403>
	if (lflag >= 2)
  8007a9:	89 55 10             	mov    %edx,0x10(%ebp)
  8007ac:	83 fe 01             	cmp    $0x1,%esi
  8007af:	7f 24                	jg     8007d5 <vprintfmt+0x38b>
	else if (lflag)
  8007b1:	85 f6                	test   %esi,%esi
  8007b3:	74 3e                	je     8007f3 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8007b5:	8b 45 14             	mov    0x14(%ebp),%eax
  8007b8:	8b 00                	mov    (%eax),%eax
  8007ba:	ba 00 00 00 00       	mov    $0x0,%edx
  8007bf:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007c2:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007c5:	8b 45 14             	mov    0x14(%ebp),%eax
  8007c8:	8d 40 04             	lea    0x4(%eax),%eax
  8007cb:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007ce:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8007d3:	eb 78                	jmp    80084d <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8007d5:	8b 45 14             	mov    0x14(%ebp),%eax
  8007d8:	8b 50 04             	mov    0x4(%eax),%edx
  8007db:	8b 00                	mov    (%eax),%eax
  8007dd:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007e0:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007e3:	8b 45 14             	mov    0x14(%ebp),%eax
  8007e6:	8d 40 08             	lea    0x8(%eax),%eax
  8007e9:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007ec:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8007f1:	eb 5a                	jmp    80084d <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8007f3:	8b 45 14             	mov    0x14(%ebp),%eax
  8007f6:	8b 00                	mov    (%eax),%eax
  8007f8:	ba 00 00 00 00       	mov    $0x0,%edx
  8007fd:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800800:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800803:	8b 45 14             	mov    0x14(%ebp),%eax
  800806:	8d 40 04             	lea    0x4(%eax),%eax
  800809:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  80080c:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  800811:	eb 3a                	jmp    80084d <vprintfmt+0x403>
			putch('0', putdat);
  800813:	89 55 10             	mov    %edx,0x10(%ebp)
  800816:	83 ec 08             	sub    $0x8,%esp
  800819:	ff 75 0c             	push   0xc(%ebp)
  80081c:	6a 30                	push   $0x30
  80081e:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  800821:	83 c4 08             	add    $0x8,%esp
  800824:	ff 75 0c             	push   0xc(%ebp)
  800827:	6a 78                	push   $0x78
  800829:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  80082c:	8b 45 14             	mov    0x14(%ebp),%eax
  80082f:	8b 00                	mov    (%eax),%eax
  800831:	ba 00 00 00 00       	mov    $0x0,%edx
  800836:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800839:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  80083c:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  80083f:	8b 45 14             	mov    0x14(%ebp),%eax
  800842:	8d 40 04             	lea    0x4(%eax),%eax
  800845:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800848:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  80084d:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800851:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800854:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800859:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80085c:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800863:	89 7d a8             	mov    %edi,-0x58(%ebp)
  800866:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800869:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  80086c:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  80086f:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800873:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  800876:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800879:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  80087c:	ff 75 bc             	push   -0x44(%ebp)
  80087f:	ff 75 b8             	push   -0x48(%ebp)
  800882:	57                   	push   %edi
  800883:	56                   	push   %esi
  800884:	e8 2f 07 00 00       	call   800fb8 <__umoddi3>
  800889:	83 c4 10             	add    $0x10,%esp
  80088c:	0f b6 80 30 11 80 00 	movzbl 0x801130(%eax),%eax
  800893:	88 03                	mov    %al,(%ebx)
		num /= base;
  800895:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800898:	89 fb                	mov    %edi,%ebx
  80089a:	ff 75 bc             	push   -0x44(%ebp)
  80089d:	ff 75 b8             	push   -0x48(%ebp)
  8008a0:	57                   	push   %edi
  8008a1:	56                   	push   %esi
  8008a2:	e8 f6 06 00 00       	call   800f9d <__udivdi3>
  8008a7:	83 c4 10             	add    $0x10,%esp
  8008aa:	89 c6                	mov    %eax,%esi
  8008ac:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8008ae:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8008b1:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8008b4:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8008b7:	73 b6                	jae    80086f <vprintfmt+0x425>
	pad = width - n;
  8008b9:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8008bc:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8008bf:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8008c2:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8008c4:	83 ff 2d             	cmp    $0x2d,%edi
  8008c7:	0f 84 de 00 00 00    	je     8009ab <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8008cd:	85 f6                	test   %esi,%esi
  8008cf:	0f 8e 27 01 00 00    	jle    8009fc <vprintfmt+0x5b2>
  8008d5:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8008d8:	83 ec 08             	sub    $0x8,%esp
  8008db:	53                   	push   %ebx
  8008dc:	57                   	push   %edi
  8008dd:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8008e0:	83 c4 10             	add    $0x10,%esp
  8008e3:	83 ee 01             	sub    $0x1,%esi
  8008e6:	75 f0                	jne    8008d8 <vprintfmt+0x48e>
  8008e8:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8008eb:	85 db                	test   %ebx,%ebx
  8008ed:	0f 8e 60 fb ff ff    	jle    800453 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8008f3:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8008f6:	8b 75 08             	mov    0x8(%ebp),%esi
  8008f9:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8008fc:	83 eb 01             	sub    $0x1,%ebx
  8008ff:	83 ec 08             	sub    $0x8,%esp
  800902:	57                   	push   %edi
  800903:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  800908:	50                   	push   %eax
  800909:	ff d6                	call   *%esi
	while (n > 0)
  80090b:	83 c4 10             	add    $0x10,%esp
  80090e:	85 db                	test   %ebx,%ebx
  800910:	7f ea                	jg     8008fc <vprintfmt+0x4b2>
  800912:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  800915:	85 f6                	test   %esi,%esi
  800917:	0f 8e 36 fb ff ff    	jle    800453 <vprintfmt+0x9>
  80091d:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800920:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  800923:	83 ec 08             	sub    $0x8,%esp
  800926:	57                   	push   %edi
  800927:	6a 20                	push   $0x20
  800929:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  80092b:	83 c4 10             	add    $0x10,%esp
  80092e:	83 ee 01             	sub    $0x1,%esi
  800931:	75 f0                	jne    800923 <vprintfmt+0x4d9>
  800933:	e9 1b fb ff ff       	jmp    800453 <vprintfmt+0x9>
	if (lflag >= 2)
  800938:	89 55 10             	mov    %edx,0x10(%ebp)
  80093b:	83 fe 01             	cmp    $0x1,%esi
  80093e:	7f 27                	jg     800967 <vprintfmt+0x51d>
	else if (lflag)
  800940:	85 f6                	test   %esi,%esi
  800942:	74 44                	je     800988 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800944:	8b 45 14             	mov    0x14(%ebp),%eax
  800947:	8b 00                	mov    (%eax),%eax
  800949:	ba 00 00 00 00       	mov    $0x0,%edx
  80094e:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800951:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800954:	8b 45 14             	mov    0x14(%ebp),%eax
  800957:	8d 40 04             	lea    0x4(%eax),%eax
  80095a:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80095d:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  800962:	e9 e6 fe ff ff       	jmp    80084d <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800967:	8b 45 14             	mov    0x14(%ebp),%eax
  80096a:	8b 50 04             	mov    0x4(%eax),%edx
  80096d:	8b 00                	mov    (%eax),%eax
  80096f:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800972:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800975:	8b 45 14             	mov    0x14(%ebp),%eax
  800978:	8d 40 08             	lea    0x8(%eax),%eax
  80097b:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80097e:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800983:	e9 c5 fe ff ff       	jmp    80084d <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800988:	8b 45 14             	mov    0x14(%ebp),%eax
  80098b:	8b 00                	mov    (%eax),%eax
  80098d:	ba 00 00 00 00       	mov    $0x0,%edx
  800992:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800995:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800998:	8b 45 14             	mov    0x14(%ebp),%eax
  80099b:	8d 40 04             	lea    0x4(%eax),%eax
  80099e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8009a1:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8009a6:	e9 a2 fe ff ff       	jmp    80084d <vprintfmt+0x403>
	while (n > 0)
  8009ab:	85 db                	test   %ebx,%ebx
  8009ad:	0f 8f 40 ff ff ff    	jg     8008f3 <vprintfmt+0x4a9>
  8009b3:	e9 5d ff ff ff       	jmp    800915 <vprintfmt+0x4cb>
			putch(ch, putdat);
  8009b8:	89 55 10             	mov    %edx,0x10(%ebp)
  8009bb:	83 ec 08             	sub    $0x8,%esp
  8009be:	ff 75 0c             	push   0xc(%ebp)
  8009c1:	6a 25                	push   $0x25
  8009c3:	ff 55 08             	call   *0x8(%ebp)
			break;
  8009c6:	83 c4 10             	add    $0x10,%esp
  8009c9:	e9 85 fa ff ff       	jmp    800453 <vprintfmt+0x9>
			putch('%', putdat);
  8009ce:	83 ec 08             	sub    $0x8,%esp
  8009d1:	ff 75 0c             	push   0xc(%ebp)
  8009d4:	6a 25                	push   $0x25
  8009d6:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8009d9:	83 c4 10             	add    $0x10,%esp
  8009dc:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8009e0:	0f 84 d1 fa ff ff    	je     8004b7 <vprintfmt+0x6d>
  8009e6:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8009e9:	89 d8                	mov    %ebx,%eax
  8009eb:	83 e8 01             	sub    $0x1,%eax
  8009ee:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8009f2:	75 f7                	jne    8009eb <vprintfmt+0x5a1>
  8009f4:	89 45 10             	mov    %eax,0x10(%ebp)
  8009f7:	e9 57 fa ff ff       	jmp    800453 <vprintfmt+0x9>
	while (n > 0)
  8009fc:	85 db                	test   %ebx,%ebx
  8009fe:	0f 8f ef fe ff ff    	jg     8008f3 <vprintfmt+0x4a9>
  800a04:	e9 4a fa ff ff       	jmp    800453 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800a09:	8d 5e 01             	lea    0x1(%esi),%ebx
  800a0c:	0f be 06             	movsbl (%esi),%eax
  800a0f:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800a12:	85 c0                	test   %eax,%eax
  800a14:	0f 85 55 fc ff ff    	jne    80066f <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800a1a:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800a1d:	89 45 14             	mov    %eax,0x14(%ebp)
  800a20:	e9 2e fa ff ff       	jmp    800453 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800a25:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800a29:	74 0a                	je     800a35 <vprintfmt+0x5eb>
  800a2b:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800a2f:	0f 8f bf fb ff ff    	jg     8005f4 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800a35:	b8 28 00 00 00       	mov    $0x28,%eax
  800a3a:	bb 1e 11 80 00       	mov    $0x80111e,%ebx
  800a3f:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800a42:	e9 28 fc ff ff       	jmp    80066f <vprintfmt+0x225>
}
  800a47:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800a4a:	5b                   	pop    %ebx
  800a4b:	5e                   	pop    %esi
  800a4c:	5f                   	pop    %edi
  800a4d:	5d                   	pop    %ebp
  800a4e:	c3                   	ret

00800a4f <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800a4f:	55                   	push   %ebp
  800a50:	89 e5                	mov    %esp,%ebp
  800a52:	83 ec 18             	sub    $0x18,%esp
  800a55:	8b 45 08             	mov    0x8(%ebp),%eax
  800a58:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800a5b:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800a5e:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800a62:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800a65:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800a6c:	85 c0                	test   %eax,%eax
  800a6e:	74 26                	je     800a96 <vsnprintf+0x47>
  800a70:	85 d2                	test   %edx,%edx
  800a72:	7e 22                	jle    800a96 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800a74:	ff 75 14             	push   0x14(%ebp)
  800a77:	ff 75 10             	push   0x10(%ebp)
  800a7a:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800a7d:	50                   	push   %eax
  800a7e:	68 10 04 80 00       	push   $0x800410
  800a83:	e8 c2 f9 ff ff       	call   80044a <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800a88:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800a8b:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800a8e:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800a91:	83 c4 10             	add    $0x10,%esp
}
  800a94:	c9                   	leave
  800a95:	c3                   	ret
		return -E_INVAL;
  800a96:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800a9b:	eb f7                	jmp    800a94 <vsnprintf+0x45>

00800a9d <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800a9d:	55                   	push   %ebp
  800a9e:	89 e5                	mov    %esp,%ebp
  800aa0:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  800aa3:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  800aa6:	50                   	push   %eax
  800aa7:	ff 75 08             	push   0x8(%ebp)
  800aaa:	e8 03 f9 ff ff       	call   8003b2 <vcprintf>
	va_end(ap);

	return cnt;
}
  800aaf:	c9                   	leave
  800ab0:	c3                   	ret

00800ab1 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800ab1:	55                   	push   %ebp
  800ab2:	89 e5                	mov    %esp,%ebp
  800ab4:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  800ab7:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800aba:	50                   	push   %eax
  800abb:	ff 75 10             	push   0x10(%ebp)
  800abe:	ff 75 0c             	push   0xc(%ebp)
  800ac1:	ff 75 08             	push   0x8(%ebp)
  800ac4:	e8 86 ff ff ff       	call   800a4f <vsnprintf>
	va_end(ap);

	return rc;
}
  800ac9:	c9                   	leave
  800aca:	c3                   	ret

00800acb <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800acb:	55                   	push   %ebp
  800acc:	89 e5                	mov    %esp,%ebp
  800ace:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800ad1:	80 3a 00             	cmpb   $0x0,(%edx)
  800ad4:	74 10                	je     800ae6 <strlen+0x1b>
  800ad6:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800adb:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800ade:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800ae2:	75 f7                	jne    800adb <strlen+0x10>
	return n;
}
  800ae4:	5d                   	pop    %ebp
  800ae5:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  800ae6:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800aeb:	eb f7                	jmp    800ae4 <strlen+0x19>

00800aed <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800aed:	55                   	push   %ebp
  800aee:	89 e5                	mov    %esp,%ebp
  800af0:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800af3:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800af6:	85 d2                	test   %edx,%edx
  800af8:	74 16                	je     800b10 <strnlen+0x23>
  800afa:	b8 00 00 00 00       	mov    $0x0,%eax
  800aff:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800b03:	74 09                	je     800b0e <strnlen+0x21>
		n++;
  800b05:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800b08:	39 d0                	cmp    %edx,%eax
  800b0a:	75 f3                	jne    800aff <strnlen+0x12>
		n++;
  800b0c:	89 d0                	mov    %edx,%eax
	return n;
}
  800b0e:	5d                   	pop    %ebp
  800b0f:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800b10:	b8 00 00 00 00       	mov    $0x0,%eax
  800b15:	eb f7                	jmp    800b0e <strnlen+0x21>

00800b17 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800b17:	55                   	push   %ebp
  800b18:	89 e5                	mov    %esp,%ebp
  800b1a:	53                   	push   %ebx
  800b1b:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800b1e:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800b21:	b8 00 00 00 00       	mov    $0x0,%eax
  800b26:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800b2a:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800b2d:	83 c0 01             	add    $0x1,%eax
  800b30:	84 d2                	test   %dl,%dl
  800b32:	75 f2                	jne    800b26 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800b34:	89 c8                	mov    %ecx,%eax
  800b36:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b39:	c9                   	leave
  800b3a:	c3                   	ret

00800b3b <strcat>:

char *
strcat(char *dst, const char *src)
{
  800b3b:	55                   	push   %ebp
  800b3c:	89 e5                	mov    %esp,%ebp
  800b3e:	53                   	push   %ebx
  800b3f:	83 ec 10             	sub    $0x10,%esp
  800b42:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800b45:	53                   	push   %ebx
  800b46:	e8 80 ff ff ff       	call   800acb <strlen>
  800b4b:	83 c4 08             	add    $0x8,%esp
  800b4e:	ff 75 0c             	push   0xc(%ebp)
  800b51:	01 d8                	add    %ebx,%eax
  800b53:	50                   	push   %eax
  800b54:	e8 be ff ff ff       	call   800b17 <strcpy>
	return dst;
}
  800b59:	89 d8                	mov    %ebx,%eax
  800b5b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b5e:	c9                   	leave
  800b5f:	c3                   	ret

00800b60 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800b60:	55                   	push   %ebp
  800b61:	89 e5                	mov    %esp,%ebp
  800b63:	56                   	push   %esi
  800b64:	53                   	push   %ebx
  800b65:	8b 75 08             	mov    0x8(%ebp),%esi
  800b68:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b6b:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800b6e:	85 db                	test   %ebx,%ebx
  800b70:	74 17                	je     800b89 <strncpy+0x29>
  800b72:	01 f3                	add    %esi,%ebx
  800b74:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800b76:	83 c0 01             	add    $0x1,%eax
  800b79:	0f b6 0a             	movzbl (%edx),%ecx
  800b7c:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800b7f:	80 f9 01             	cmp    $0x1,%cl
  800b82:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800b85:	39 c3                	cmp    %eax,%ebx
  800b87:	75 ed                	jne    800b76 <strncpy+0x16>
	}
	return ret;
}
  800b89:	89 f0                	mov    %esi,%eax
  800b8b:	5b                   	pop    %ebx
  800b8c:	5e                   	pop    %esi
  800b8d:	5d                   	pop    %ebp
  800b8e:	c3                   	ret

00800b8f <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800b8f:	55                   	push   %ebp
  800b90:	89 e5                	mov    %esp,%ebp
  800b92:	56                   	push   %esi
  800b93:	53                   	push   %ebx
  800b94:	8b 75 08             	mov    0x8(%ebp),%esi
  800b97:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b9a:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800b9d:	89 f0                	mov    %esi,%eax
  800b9f:	85 db                	test   %ebx,%ebx
  800ba1:	74 1e                	je     800bc1 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800ba3:	83 eb 01             	sub    $0x1,%ebx
  800ba6:	74 16                	je     800bbe <strlcpy+0x2f>
  800ba8:	01 f3                	add    %esi,%ebx
  800baa:	0f b6 0a             	movzbl (%edx),%ecx
  800bad:	84 c9                	test   %cl,%cl
  800baf:	74 0d                	je     800bbe <strlcpy+0x2f>
			*dst++ = *src++;
  800bb1:	83 c2 01             	add    $0x1,%edx
  800bb4:	83 c0 01             	add    $0x1,%eax
  800bb7:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800bba:	39 d8                	cmp    %ebx,%eax
  800bbc:	75 ec                	jne    800baa <strlcpy+0x1b>
		*dst = '\0';
  800bbe:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800bc1:	29 f0                	sub    %esi,%eax
}
  800bc3:	5b                   	pop    %ebx
  800bc4:	5e                   	pop    %esi
  800bc5:	5d                   	pop    %ebp
  800bc6:	c3                   	ret

00800bc7 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  800bc7:	55                   	push   %ebp
  800bc8:	89 e5                	mov    %esp,%ebp
  800bca:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800bcd:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800bd0:	0f b6 01             	movzbl (%ecx),%eax
  800bd3:	84 c0                	test   %al,%al
  800bd5:	74 11                	je     800be8 <strcmp+0x21>
  800bd7:	38 02                	cmp    %al,(%edx)
  800bd9:	75 0d                	jne    800be8 <strcmp+0x21>
		p++, q++;
  800bdb:	83 c1 01             	add    $0x1,%ecx
  800bde:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800be1:	0f b6 01             	movzbl (%ecx),%eax
  800be4:	84 c0                	test   %al,%al
  800be6:	75 ef                	jne    800bd7 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800be8:	0f b6 c0             	movzbl %al,%eax
  800beb:	0f b6 12             	movzbl (%edx),%edx
  800bee:	29 d0                	sub    %edx,%eax
}
  800bf0:	5d                   	pop    %ebp
  800bf1:	c3                   	ret

00800bf2 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800bf2:	55                   	push   %ebp
  800bf3:	89 e5                	mov    %esp,%ebp
  800bf5:	53                   	push   %ebx
  800bf6:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800bf9:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800bfc:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800bff:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800c04:	85 d2                	test   %edx,%edx
  800c06:	74 2e                	je     800c36 <strncmp+0x44>
  800c08:	0f b6 01             	movzbl (%ecx),%eax
  800c0b:	84 c0                	test   %al,%al
  800c0d:	74 16                	je     800c25 <strncmp+0x33>
  800c0f:	3a 03                	cmp    (%ebx),%al
  800c11:	75 12                	jne    800c25 <strncmp+0x33>
		n--, p++, q++;
  800c13:	83 c1 01             	add    $0x1,%ecx
  800c16:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800c19:	83 ea 01             	sub    $0x1,%edx
  800c1c:	75 ea                	jne    800c08 <strncmp+0x16>
		return 0;
  800c1e:	b8 00 00 00 00       	mov    $0x0,%eax
  800c23:	eb 11                	jmp    800c36 <strncmp+0x44>
  800c25:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800c2a:	85 d2                	test   %edx,%edx
  800c2c:	74 08                	je     800c36 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800c2e:	0f b6 01             	movzbl (%ecx),%eax
  800c31:	0f b6 13             	movzbl (%ebx),%edx
  800c34:	29 d0                	sub    %edx,%eax
}
  800c36:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c39:	c9                   	leave
  800c3a:	c3                   	ret

00800c3b <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800c3b:	55                   	push   %ebp
  800c3c:	89 e5                	mov    %esp,%ebp
  800c3e:	8b 45 08             	mov    0x8(%ebp),%eax
  800c41:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800c45:	0f b6 10             	movzbl (%eax),%edx
  800c48:	84 d2                	test   %dl,%dl
  800c4a:	74 15                	je     800c61 <strchr+0x26>
		if (*s == c)
  800c4c:	38 d1                	cmp    %dl,%cl
  800c4e:	74 0f                	je     800c5f <strchr+0x24>
	for (; *s; s++)
  800c50:	83 c0 01             	add    $0x1,%eax
  800c53:	0f b6 10             	movzbl (%eax),%edx
  800c56:	84 d2                	test   %dl,%dl
  800c58:	75 f2                	jne    800c4c <strchr+0x11>
			return (char *) s;
	return 0;
  800c5a:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800c5f:	5d                   	pop    %ebp
  800c60:	c3                   	ret
	return 0;
  800c61:	b8 00 00 00 00       	mov    $0x0,%eax
  800c66:	eb f7                	jmp    800c5f <strchr+0x24>

00800c68 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800c68:	55                   	push   %ebp
  800c69:	89 e5                	mov    %esp,%ebp
  800c6b:	53                   	push   %ebx
  800c6c:	8b 45 08             	mov    0x8(%ebp),%eax
  800c6f:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800c72:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800c75:	38 d3                	cmp    %dl,%bl
  800c77:	74 14                	je     800c8d <strfind+0x25>
  800c79:	89 d1                	mov    %edx,%ecx
  800c7b:	84 db                	test   %bl,%bl
  800c7d:	74 0e                	je     800c8d <strfind+0x25>
	for (; *s; s++)
  800c7f:	83 c0 01             	add    $0x1,%eax
  800c82:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800c85:	38 ca                	cmp    %cl,%dl
  800c87:	74 04                	je     800c8d <strfind+0x25>
  800c89:	84 d2                	test   %dl,%dl
  800c8b:	75 f2                	jne    800c7f <strfind+0x17>
			break;
	return (char *) s;
}
  800c8d:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c90:	c9                   	leave
  800c91:	c3                   	ret

00800c92 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800c92:	55                   	push   %ebp
  800c93:	89 e5                	mov    %esp,%ebp
  800c95:	53                   	push   %ebx
  800c96:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800c99:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800c9c:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800c9f:	85 d2                	test   %edx,%edx
  800ca1:	74 0e                	je     800cb1 <memset+0x1f>
  800ca3:	01 da                	add    %ebx,%edx
	char *p = v;
  800ca5:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800ca7:	83 c0 01             	add    $0x1,%eax
  800caa:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800cad:	39 c2                	cmp    %eax,%edx
  800caf:	75 f6                	jne    800ca7 <memset+0x15>
	return v;
}
  800cb1:	89 d8                	mov    %ebx,%eax
  800cb3:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800cb6:	c9                   	leave
  800cb7:	c3                   	ret

00800cb8 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800cb8:	55                   	push   %ebp
  800cb9:	89 e5                	mov    %esp,%ebp
  800cbb:	56                   	push   %esi
  800cbc:	53                   	push   %ebx
  800cbd:	8b 75 08             	mov    0x8(%ebp),%esi
  800cc0:	8b 45 0c             	mov    0xc(%ebp),%eax
  800cc3:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800cc6:	39 f0                	cmp    %esi,%eax
  800cc8:	72 20                	jb     800cea <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800cca:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800ccd:	89 f2                	mov    %esi,%edx
  800ccf:	85 c9                	test   %ecx,%ecx
  800cd1:	74 11                	je     800ce4 <memmove+0x2c>
			*d++ = *s++;
  800cd3:	83 c0 01             	add    $0x1,%eax
  800cd6:	83 c2 01             	add    $0x1,%edx
  800cd9:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800cdd:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800ce0:	39 d8                	cmp    %ebx,%eax
  800ce2:	75 ef                	jne    800cd3 <memmove+0x1b>
	return dst;
}
  800ce4:	89 f0                	mov    %esi,%eax
  800ce6:	5b                   	pop    %ebx
  800ce7:	5e                   	pop    %esi
  800ce8:	5d                   	pop    %ebp
  800ce9:	c3                   	ret
	if (s < d && s + n > d) {
  800cea:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800ced:	39 d6                	cmp    %edx,%esi
  800cef:	73 d9                	jae    800cca <memmove+0x12>
		while (n-- > 0)
  800cf1:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800cf4:	85 c9                	test   %ecx,%ecx
  800cf6:	74 ec                	je     800ce4 <memmove+0x2c>
			*--d = *--s;
  800cf8:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800cfc:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800cff:	83 ea 01             	sub    $0x1,%edx
  800d02:	83 fa ff             	cmp    $0xffffffff,%edx
  800d05:	75 f1                	jne    800cf8 <memmove+0x40>
  800d07:	eb db                	jmp    800ce4 <memmove+0x2c>

00800d09 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800d09:	55                   	push   %ebp
  800d0a:	89 e5                	mov    %esp,%ebp
  800d0c:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800d0f:	ff 75 10             	push   0x10(%ebp)
  800d12:	ff 75 0c             	push   0xc(%ebp)
  800d15:	ff 75 08             	push   0x8(%ebp)
  800d18:	e8 9b ff ff ff       	call   800cb8 <memmove>
}
  800d1d:	c9                   	leave
  800d1e:	c3                   	ret

00800d1f <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800d1f:	55                   	push   %ebp
  800d20:	89 e5                	mov    %esp,%ebp
  800d22:	56                   	push   %esi
  800d23:	53                   	push   %ebx
  800d24:	8b 45 08             	mov    0x8(%ebp),%eax
  800d27:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d2a:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800d2d:	85 f6                	test   %esi,%esi
  800d2f:	74 29                	je     800d5a <memcmp+0x3b>
  800d31:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800d33:	0f b6 08             	movzbl (%eax),%ecx
  800d36:	0f b6 1a             	movzbl (%edx),%ebx
  800d39:	38 d9                	cmp    %bl,%cl
  800d3b:	75 11                	jne    800d4e <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800d3d:	83 c0 01             	add    $0x1,%eax
  800d40:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800d43:	39 c6                	cmp    %eax,%esi
  800d45:	75 ec                	jne    800d33 <memcmp+0x14>
	}
	return 0;
  800d47:	b8 00 00 00 00       	mov    $0x0,%eax
  800d4c:	eb 08                	jmp    800d56 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800d4e:	0f b6 c1             	movzbl %cl,%eax
  800d51:	0f b6 db             	movzbl %bl,%ebx
  800d54:	29 d8                	sub    %ebx,%eax
}
  800d56:	5b                   	pop    %ebx
  800d57:	5e                   	pop    %esi
  800d58:	5d                   	pop    %ebp
  800d59:	c3                   	ret
	return 0;
  800d5a:	b8 00 00 00 00       	mov    $0x0,%eax
  800d5f:	eb f5                	jmp    800d56 <memcmp+0x37>

00800d61 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800d61:	55                   	push   %ebp
  800d62:	89 e5                	mov    %esp,%ebp
  800d64:	8b 45 08             	mov    0x8(%ebp),%eax
  800d67:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800d6a:	89 c2                	mov    %eax,%edx
  800d6c:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800d6f:	39 d0                	cmp    %edx,%eax
  800d71:	73 0d                	jae    800d80 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800d73:	38 08                	cmp    %cl,(%eax)
  800d75:	74 0d                	je     800d84 <memfind+0x23>
	for (; s < ends; s++)
  800d77:	83 c0 01             	add    $0x1,%eax
  800d7a:	39 c2                	cmp    %eax,%edx
  800d7c:	75 f5                	jne    800d73 <memfind+0x12>
  800d7e:	eb 06                	jmp    800d86 <memfind+0x25>
  800d80:	89 c2                	mov    %eax,%edx
  800d82:	eb 02                	jmp    800d86 <memfind+0x25>
  800d84:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800d86:	89 d0                	mov    %edx,%eax
  800d88:	5d                   	pop    %ebp
  800d89:	c3                   	ret

00800d8a <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800d8a:	55                   	push   %ebp
  800d8b:	89 e5                	mov    %esp,%ebp
  800d8d:	57                   	push   %edi
  800d8e:	56                   	push   %esi
  800d8f:	53                   	push   %ebx
  800d90:	8b 55 08             	mov    0x8(%ebp),%edx
  800d93:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800d96:	0f b6 02             	movzbl (%edx),%eax
  800d99:	3c 20                	cmp    $0x20,%al
  800d9b:	74 04                	je     800da1 <strtol+0x17>
  800d9d:	3c 09                	cmp    $0x9,%al
  800d9f:	75 0e                	jne    800daf <strtol+0x25>
		s++;
  800da1:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800da4:	0f b6 02             	movzbl (%edx),%eax
  800da7:	3c 20                	cmp    $0x20,%al
  800da9:	74 f6                	je     800da1 <strtol+0x17>
  800dab:	3c 09                	cmp    $0x9,%al
  800dad:	74 f2                	je     800da1 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800daf:	3c 2b                	cmp    $0x2b,%al
  800db1:	74 2a                	je     800ddd <strtol+0x53>
	int neg = 0;
  800db3:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800db8:	3c 2d                	cmp    $0x2d,%al
  800dba:	74 2b                	je     800de7 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800dbc:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800dc2:	75 0f                	jne    800dd3 <strtol+0x49>
  800dc4:	80 3a 30             	cmpb   $0x30,(%edx)
  800dc7:	74 28                	je     800df1 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800dc9:	85 db                	test   %ebx,%ebx
  800dcb:	b8 0a 00 00 00       	mov    $0xa,%eax
  800dd0:	0f 44 d8             	cmove  %eax,%ebx
  800dd3:	b9 00 00 00 00       	mov    $0x0,%ecx
  800dd8:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ddb:	eb 46                	jmp    800e23 <strtol+0x99>
		s++;
  800ddd:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800de0:	bf 00 00 00 00       	mov    $0x0,%edi
  800de5:	eb d5                	jmp    800dbc <strtol+0x32>
		s++, neg = 1;
  800de7:	83 c2 01             	add    $0x1,%edx
  800dea:	bf 01 00 00 00       	mov    $0x1,%edi
  800def:	eb cb                	jmp    800dbc <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800df1:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800df5:	74 0e                	je     800e05 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800df7:	85 db                	test   %ebx,%ebx
  800df9:	75 d8                	jne    800dd3 <strtol+0x49>
		s++, base = 8;
  800dfb:	83 c2 01             	add    $0x1,%edx
  800dfe:	bb 08 00 00 00       	mov    $0x8,%ebx
  800e03:	eb ce                	jmp    800dd3 <strtol+0x49>
		s += 2, base = 16;
  800e05:	83 c2 02             	add    $0x2,%edx
  800e08:	bb 10 00 00 00       	mov    $0x10,%ebx
  800e0d:	eb c4                	jmp    800dd3 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800e0f:	0f be c0             	movsbl %al,%eax
  800e12:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800e15:	3b 45 10             	cmp    0x10(%ebp),%eax
  800e18:	7d 3a                	jge    800e54 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800e1a:	83 c2 01             	add    $0x1,%edx
  800e1d:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800e21:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800e23:	0f b6 02             	movzbl (%edx),%eax
  800e26:	8d 70 d0             	lea    -0x30(%eax),%esi
  800e29:	89 f3                	mov    %esi,%ebx
  800e2b:	80 fb 09             	cmp    $0x9,%bl
  800e2e:	76 df                	jbe    800e0f <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800e30:	8d 70 9f             	lea    -0x61(%eax),%esi
  800e33:	89 f3                	mov    %esi,%ebx
  800e35:	80 fb 19             	cmp    $0x19,%bl
  800e38:	77 08                	ja     800e42 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800e3a:	0f be c0             	movsbl %al,%eax
  800e3d:	83 e8 57             	sub    $0x57,%eax
  800e40:	eb d3                	jmp    800e15 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800e42:	8d 70 bf             	lea    -0x41(%eax),%esi
  800e45:	89 f3                	mov    %esi,%ebx
  800e47:	80 fb 19             	cmp    $0x19,%bl
  800e4a:	77 08                	ja     800e54 <strtol+0xca>
			dig = *s - 'A' + 10;
  800e4c:	0f be c0             	movsbl %al,%eax
  800e4f:	83 e8 37             	sub    $0x37,%eax
  800e52:	eb c1                	jmp    800e15 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800e54:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800e58:	74 05                	je     800e5f <strtol+0xd5>
		*endptr = (char *) s;
  800e5a:	8b 45 0c             	mov    0xc(%ebp),%eax
  800e5d:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800e5f:	89 c8                	mov    %ecx,%eax
  800e61:	f7 d8                	neg    %eax
  800e63:	85 ff                	test   %edi,%edi
  800e65:	0f 45 c8             	cmovne %eax,%ecx
}
  800e68:	89 c8                	mov    %ecx,%eax
  800e6a:	5b                   	pop    %ebx
  800e6b:	5e                   	pop    %esi
  800e6c:	5f                   	pop    %edi
  800e6d:	5d                   	pop    %ebp
  800e6e:	c3                   	ret

00800e6f <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800e6f:	55                   	push   %ebp
  800e70:	89 e5                	mov    %esp,%ebp
  800e72:	57                   	push   %edi
  800e73:	56                   	push   %esi
  800e74:	53                   	push   %ebx
  800e75:	83 ec 24             	sub    $0x24,%esp
  800e78:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800e7b:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800e7e:	8b 45 08             	mov    0x8(%ebp),%eax
  800e81:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e84:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800e87:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800e8a:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800e8d:	89 d1                	mov    %edx,%ecx
  800e8f:	09 c1                	or     %eax,%ecx
  800e91:	74 2f                	je     800ec2 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800e93:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800e96:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800e99:	89 d0                	mov    %edx,%eax
  800e9b:	83 c8 00             	or     $0x0,%eax
  800e9e:	74 48                	je     800ee8 <udivmod64+0x79>
  800ea0:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800ea5:	be 00 00 00 00       	mov    $0x0,%esi
  800eaa:	bf 00 00 00 00       	mov    $0x0,%edi
  800eaf:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800eb6:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800ebd:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ec0:	eb 5f                	jmp    800f21 <udivmod64+0xb2>
		return ~0ULL;
  800ec2:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800ec9:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800ed0:	85 db                	test   %ebx,%ebx
  800ed2:	0f 84 b7 00 00 00    	je     800f8f <udivmod64+0x120>
			*rem = n;
  800ed8:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800edb:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800ede:	89 03                	mov    %eax,(%ebx)
  800ee0:	89 53 04             	mov    %edx,0x4(%ebx)
  800ee3:	e9 a7 00 00 00       	jmp    800f8f <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800ee8:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800eeb:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800eee:	85 db                	test   %ebx,%ebx
  800ef0:	74 12                	je     800f04 <udivmod64+0x95>
			*rem = n32 % d32;
  800ef2:	89 c8                	mov    %ecx,%eax
  800ef4:	ba 00 00 00 00       	mov    $0x0,%edx
  800ef9:	f7 f6                	div    %esi
  800efb:	89 13                	mov    %edx,(%ebx)
  800efd:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800f04:	89 c8                	mov    %ecx,%eax
  800f06:	ba 00 00 00 00       	mov    $0x0,%edx
  800f0b:	f7 f6                	div    %esi
  800f0d:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800f10:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800f17:	eb 76                	jmp    800f8f <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800f19:	83 e9 01             	sub    $0x1,%ecx
  800f1c:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800f1f:	74 62                	je     800f83 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800f21:	89 f0                	mov    %esi,%eax
  800f23:	89 fa                	mov    %edi,%edx
  800f25:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800f29:	01 c0                	add    %eax,%eax
  800f2b:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800f2e:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800f31:	0f ad fe             	shrd   %cl,%edi,%esi
  800f34:	d3 ef                	shr    %cl,%edi
  800f36:	f6 c1 20             	test   $0x20,%cl
  800f39:	74 04                	je     800f3f <udivmod64+0xd0>
  800f3b:	89 fe                	mov    %edi,%esi
  800f3d:	31 ff                	xor    %edi,%edi
  800f3f:	89 f7                	mov    %esi,%edi
  800f41:	83 e7 01             	and    $0x1,%edi
  800f44:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800f47:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800f4e:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800f51:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800f54:	09 c6                	or     %eax,%esi
  800f56:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800f58:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800f5b:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800f5e:	39 c6                	cmp    %eax,%esi
  800f60:	89 fb                	mov    %edi,%ebx
  800f62:	19 d3                	sbb    %edx,%ebx
  800f64:	72 b3                	jb     800f19 <udivmod64+0xaa>
			r -= d;
  800f66:	29 c6                	sub    %eax,%esi
  800f68:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800f6a:	31 c0                	xor    %eax,%eax
  800f6c:	31 d2                	xor    %edx,%edx
  800f6e:	f6 c1 20             	test   $0x20,%cl
  800f71:	0f 94 c0             	sete   %al
  800f74:	0f 95 c2             	setne  %dl
  800f77:	d3 e0                	shl    %cl,%eax
  800f79:	d3 e2                	shl    %cl,%edx
  800f7b:	09 45 d0             	or     %eax,-0x30(%ebp)
  800f7e:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800f81:	eb 96                	jmp    800f19 <udivmod64+0xaa>
		}
	}
	if (rem)
  800f83:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f86:	85 db                	test   %ebx,%ebx
  800f88:	74 05                	je     800f8f <udivmod64+0x120>
		*rem = r;
  800f8a:	89 33                	mov    %esi,(%ebx)
  800f8c:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800f8f:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800f92:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800f95:	83 c4 24             	add    $0x24,%esp
  800f98:	5b                   	pop    %ebx
  800f99:	5e                   	pop    %esi
  800f9a:	5f                   	pop    %edi
  800f9b:	5d                   	pop    %ebp
  800f9c:	c3                   	ret

00800f9d <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800f9d:	55                   	push   %ebp
  800f9e:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800fa0:	83 ec 04             	sub    $0x4,%esp
  800fa3:	6a 00                	push   $0x0
  800fa5:	ff 75 14             	push   0x14(%ebp)
  800fa8:	ff 75 10             	push   0x10(%ebp)
  800fab:	8b 45 08             	mov    0x8(%ebp),%eax
  800fae:	8b 55 0c             	mov    0xc(%ebp),%edx
  800fb1:	e8 b9 fe ff ff       	call   800e6f <udivmod64>
}
  800fb6:	c9                   	leave
  800fb7:	c3                   	ret

00800fb8 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800fb8:	55                   	push   %ebp
  800fb9:	89 e5                	mov    %esp,%ebp
  800fbb:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800fbe:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800fc1:	50                   	push   %eax
  800fc2:	ff 75 14             	push   0x14(%ebp)
  800fc5:	ff 75 10             	push   0x10(%ebp)
  800fc8:	8b 45 08             	mov    0x8(%ebp),%eax
  800fcb:	8b 55 0c             	mov    0xc(%ebp),%edx
  800fce:	e8 9c fe ff ff       	call   800e6f <udivmod64>
	return r;
}
  800fd3:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800fd6:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800fd9:	c9                   	leave
  800fda:	c3                   	ret

00800fdb <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800fdb:	55                   	push   %ebp
  800fdc:	89 e5                	mov    %esp,%ebp
  800fde:	57                   	push   %edi
  800fdf:	56                   	push   %esi
  800fe0:	53                   	push   %ebx
  800fe1:	83 ec 0c             	sub    $0xc,%esp
  800fe4:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800fe7:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800fea:	8b 45 10             	mov    0x10(%ebp),%eax
  800fed:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800ff0:	89 ce                	mov    %ecx,%esi
  800ff2:	89 df                	mov    %ebx,%edi
  800ff4:	31 c6                	xor    %eax,%esi
  800ff6:	31 d7                	xor    %edx,%edi
  800ff8:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800ffb:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800ffe:	89 c6                	mov    %eax,%esi
  801000:	89 d7                	mov    %edx,%edi
  801002:	85 d2                	test   %edx,%edx
  801004:	78 25                	js     80102b <__divdi3+0x50>
  801006:	89 c8                	mov    %ecx,%eax
  801008:	89 da                	mov    %ebx,%edx
  80100a:	85 db                	test   %ebx,%ebx
  80100c:	78 2a                	js     801038 <__divdi3+0x5d>
  80100e:	83 ec 04             	sub    $0x4,%esp
  801011:	6a 00                	push   $0x0
  801013:	57                   	push   %edi
  801014:	56                   	push   %esi
  801015:	e8 55 fe ff ff       	call   800e6f <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  80101a:	83 c4 10             	add    $0x10,%esp
  80101d:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  801021:	78 1e                	js     801041 <__divdi3+0x66>
}
  801023:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801026:	5b                   	pop    %ebx
  801027:	5e                   	pop    %esi
  801028:	5f                   	pop    %edi
  801029:	5d                   	pop    %ebp
  80102a:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  80102b:	f7 d8                	neg    %eax
  80102d:	83 d2 00             	adc    $0x0,%edx
  801030:	f7 da                	neg    %edx
  801032:	89 c6                	mov    %eax,%esi
  801034:	89 d7                	mov    %edx,%edi
  801036:	eb ce                	jmp    801006 <__divdi3+0x2b>
  801038:	f7 d8                	neg    %eax
  80103a:	83 d2 00             	adc    $0x0,%edx
  80103d:	f7 da                	neg    %edx
  80103f:	eb cd                	jmp    80100e <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  801041:	f7 d8                	neg    %eax
  801043:	83 d2 00             	adc    $0x0,%edx
  801046:	f7 da                	neg    %edx
  801048:	eb d9                	jmp    801023 <__divdi3+0x48>

0080104a <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  80104a:	55                   	push   %ebp
  80104b:	89 e5                	mov    %esp,%ebp
  80104d:	57                   	push   %edi
  80104e:	56                   	push   %esi
  80104f:	53                   	push   %ebx
  801050:	83 ec 14             	sub    $0x14,%esp
  801053:	8b 45 08             	mov    0x8(%ebp),%eax
  801056:	8b 55 0c             	mov    0xc(%ebp),%edx
  801059:	8b 4d 10             	mov    0x10(%ebp),%ecx
  80105c:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  80105f:	89 ce                	mov    %ecx,%esi
  801061:	89 df                	mov    %ebx,%edi
  801063:	85 db                	test   %ebx,%ebx
  801065:	78 23                	js     80108a <__moddi3+0x40>
  801067:	85 d2                	test   %edx,%edx
  801069:	78 28                	js     801093 <__moddi3+0x49>
  80106b:	83 ec 04             	sub    $0x4,%esp
  80106e:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801071:	51                   	push   %ecx
  801072:	57                   	push   %edi
  801073:	56                   	push   %esi
  801074:	e8 f6 fd ff ff       	call   800e6f <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  801079:	8b 45 e8             	mov    -0x18(%ebp),%eax
  80107c:	8b 55 ec             	mov    -0x14(%ebp),%edx
  80107f:	83 c4 10             	add    $0x10,%esp
}
  801082:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801085:	5b                   	pop    %ebx
  801086:	5e                   	pop    %esi
  801087:	5f                   	pop    %edi
  801088:	5d                   	pop    %ebp
  801089:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  80108a:	f7 de                	neg    %esi
  80108c:	83 d7 00             	adc    $0x0,%edi
  80108f:	f7 df                	neg    %edi
  801091:	eb d4                	jmp    801067 <__moddi3+0x1d>
  801093:	f7 d8                	neg    %eax
  801095:	83 d2 00             	adc    $0x0,%edx
  801098:	f7 da                	neg    %edx
  80109a:	83 ec 04             	sub    $0x4,%esp
  80109d:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  8010a0:	51                   	push   %ecx
  8010a1:	57                   	push   %edi
  8010a2:	56                   	push   %esi
  8010a3:	e8 c7 fd ff ff       	call   800e6f <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  8010a8:	8b 45 e8             	mov    -0x18(%ebp),%eax
  8010ab:	8b 55 ec             	mov    -0x14(%ebp),%edx
  8010ae:	f7 d8                	neg    %eax
  8010b0:	83 d2 00             	adc    $0x0,%edx
  8010b3:	f7 da                	neg    %edx
  8010b5:	83 c4 10             	add    $0x10,%esp
  8010b8:	eb c8                	jmp    801082 <__moddi3+0x38>
