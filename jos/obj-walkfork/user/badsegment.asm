
obj-walkfork/user/badsegment:     file format elf32-i386


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
  80002c:	e8 09 00 00 00       	call   80003a <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:
#include <inc/lib.h>

void
umain(int argc, char **argv)
{
	asm volatile("movw $0x28,%ax; movw %ax,%ds");
  800033:	66 b8 28 00          	mov    $0x28,%ax
  800037:	8e d8                	mov    %eax,%ds
}
  800039:	c3                   	ret

0080003a <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  80003a:	55                   	push   %ebp
  80003b:	89 e5                	mov    %esp,%ebp
  80003d:	56                   	push   %esi
  80003e:	53                   	push   %ebx
  80003f:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800042:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  800045:	e8 c6 00 00 00       	call   800110 <sys_getenvid>
  80004a:	25 ff 03 00 00       	and    $0x3ff,%eax
  80004f:	6b c0 7c             	imul   $0x7c,%eax,%eax
  800052:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  800057:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  80005c:	85 db                	test   %ebx,%ebx
  80005e:	7e 07                	jle    800067 <libmain+0x2d>
		binaryname = argv[0];
  800060:	8b 06                	mov    (%esi),%eax
  800062:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800067:	83 ec 08             	sub    $0x8,%esp
  80006a:	56                   	push   %esi
  80006b:	53                   	push   %ebx
  80006c:	e8 c2 ff ff ff       	call   800033 <umain>

	exit();
  800071:	e8 0a 00 00 00       	call   800080 <exit>
}
  800076:	83 c4 10             	add    $0x10,%esp
  800079:	8d 65 f8             	lea    -0x8(%ebp),%esp
  80007c:	5b                   	pop    %ebx
  80007d:	5e                   	pop    %esi
  80007e:	5d                   	pop    %ebp
  80007f:	c3                   	ret

00800080 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  800080:	55                   	push   %ebp
  800081:	89 e5                	mov    %esp,%ebp
  800083:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800086:	6a 00                	push   $0x0
  800088:	e8 42 00 00 00       	call   8000cf <sys_env_destroy>
}
  80008d:	83 c4 10             	add    $0x10,%esp
  800090:	c9                   	leave
  800091:	c3                   	ret

00800092 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800092:	55                   	push   %ebp
  800093:	89 e5                	mov    %esp,%ebp
  800095:	57                   	push   %edi
  800096:	56                   	push   %esi
  800097:	53                   	push   %ebx
	asm volatile("int %1\n"
  800098:	b8 00 00 00 00       	mov    $0x0,%eax
  80009d:	8b 55 08             	mov    0x8(%ebp),%edx
  8000a0:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8000a3:	89 c3                	mov    %eax,%ebx
  8000a5:	89 c7                	mov    %eax,%edi
  8000a7:	89 c6                	mov    %eax,%esi
  8000a9:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  8000ab:	5b                   	pop    %ebx
  8000ac:	5e                   	pop    %esi
  8000ad:	5f                   	pop    %edi
  8000ae:	5d                   	pop    %ebp
  8000af:	c3                   	ret

008000b0 <sys_cgetc>:

int
sys_cgetc(void)
{
  8000b0:	55                   	push   %ebp
  8000b1:	89 e5                	mov    %esp,%ebp
  8000b3:	57                   	push   %edi
  8000b4:	56                   	push   %esi
  8000b5:	53                   	push   %ebx
	asm volatile("int %1\n"
  8000b6:	ba 00 00 00 00       	mov    $0x0,%edx
  8000bb:	b8 01 00 00 00       	mov    $0x1,%eax
  8000c0:	89 d1                	mov    %edx,%ecx
  8000c2:	89 d3                	mov    %edx,%ebx
  8000c4:	89 d7                	mov    %edx,%edi
  8000c6:	89 d6                	mov    %edx,%esi
  8000c8:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  8000ca:	5b                   	pop    %ebx
  8000cb:	5e                   	pop    %esi
  8000cc:	5f                   	pop    %edi
  8000cd:	5d                   	pop    %ebp
  8000ce:	c3                   	ret

008000cf <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  8000cf:	55                   	push   %ebp
  8000d0:	89 e5                	mov    %esp,%ebp
  8000d2:	57                   	push   %edi
  8000d3:	56                   	push   %esi
  8000d4:	53                   	push   %ebx
  8000d5:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8000d8:	b9 00 00 00 00       	mov    $0x0,%ecx
  8000dd:	8b 55 08             	mov    0x8(%ebp),%edx
  8000e0:	b8 03 00 00 00       	mov    $0x3,%eax
  8000e5:	89 cb                	mov    %ecx,%ebx
  8000e7:	89 cf                	mov    %ecx,%edi
  8000e9:	89 ce                	mov    %ecx,%esi
  8000eb:	cd 30                	int    $0x30
	if (check && ret > 0)
  8000ed:	85 c0                	test   %eax,%eax
  8000ef:	7f 08                	jg     8000f9 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  8000f1:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8000f4:	5b                   	pop    %ebx
  8000f5:	5e                   	pop    %esi
  8000f6:	5f                   	pop    %edi
  8000f7:	5d                   	pop    %ebp
  8000f8:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8000f9:	83 ec 0c             	sub    $0xc,%esp
  8000fc:	50                   	push   %eax
  8000fd:	6a 03                	push   $0x3
  8000ff:	68 aa 10 80 00       	push   $0x8010aa
  800104:	6a 1f                	push   $0x1f
  800106:	68 c7 10 80 00       	push   $0x8010c7
  80010b:	e8 ed 01 00 00       	call   8002fd <_panic>

00800110 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800110:	55                   	push   %ebp
  800111:	89 e5                	mov    %esp,%ebp
  800113:	57                   	push   %edi
  800114:	56                   	push   %esi
  800115:	53                   	push   %ebx
	asm volatile("int %1\n"
  800116:	ba 00 00 00 00       	mov    $0x0,%edx
  80011b:	b8 02 00 00 00       	mov    $0x2,%eax
  800120:	89 d1                	mov    %edx,%ecx
  800122:	89 d3                	mov    %edx,%ebx
  800124:	89 d7                	mov    %edx,%edi
  800126:	89 d6                	mov    %edx,%esi
  800128:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  80012a:	5b                   	pop    %ebx
  80012b:	5e                   	pop    %esi
  80012c:	5f                   	pop    %edi
  80012d:	5d                   	pop    %ebp
  80012e:	c3                   	ret

0080012f <sys_yield>:

void
sys_yield(void)
{
  80012f:	55                   	push   %ebp
  800130:	89 e5                	mov    %esp,%ebp
  800132:	57                   	push   %edi
  800133:	56                   	push   %esi
  800134:	53                   	push   %ebx
	asm volatile("int %1\n"
  800135:	ba 00 00 00 00       	mov    $0x0,%edx
  80013a:	b8 0a 00 00 00       	mov    $0xa,%eax
  80013f:	89 d1                	mov    %edx,%ecx
  800141:	89 d3                	mov    %edx,%ebx
  800143:	89 d7                	mov    %edx,%edi
  800145:	89 d6                	mov    %edx,%esi
  800147:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800149:	5b                   	pop    %ebx
  80014a:	5e                   	pop    %esi
  80014b:	5f                   	pop    %edi
  80014c:	5d                   	pop    %ebp
  80014d:	c3                   	ret

0080014e <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  80014e:	55                   	push   %ebp
  80014f:	89 e5                	mov    %esp,%ebp
  800151:	57                   	push   %edi
  800152:	56                   	push   %esi
  800153:	53                   	push   %ebx
  800154:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800157:	be 00 00 00 00       	mov    $0x0,%esi
  80015c:	8b 55 08             	mov    0x8(%ebp),%edx
  80015f:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800162:	b8 04 00 00 00       	mov    $0x4,%eax
  800167:	8b 5d 10             	mov    0x10(%ebp),%ebx
  80016a:	89 f7                	mov    %esi,%edi
  80016c:	cd 30                	int    $0x30
	if (check && ret > 0)
  80016e:	85 c0                	test   %eax,%eax
  800170:	7f 08                	jg     80017a <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800172:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800175:	5b                   	pop    %ebx
  800176:	5e                   	pop    %esi
  800177:	5f                   	pop    %edi
  800178:	5d                   	pop    %ebp
  800179:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80017a:	83 ec 0c             	sub    $0xc,%esp
  80017d:	50                   	push   %eax
  80017e:	6a 04                	push   $0x4
  800180:	68 aa 10 80 00       	push   $0x8010aa
  800185:	6a 1f                	push   $0x1f
  800187:	68 c7 10 80 00       	push   $0x8010c7
  80018c:	e8 6c 01 00 00       	call   8002fd <_panic>

00800191 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800191:	55                   	push   %ebp
  800192:	89 e5                	mov    %esp,%ebp
  800194:	57                   	push   %edi
  800195:	56                   	push   %esi
  800196:	53                   	push   %ebx
  800197:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80019a:	8b 55 08             	mov    0x8(%ebp),%edx
  80019d:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8001a0:	b8 05 00 00 00       	mov    $0x5,%eax
  8001a5:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8001a8:	8b 7d 14             	mov    0x14(%ebp),%edi
  8001ab:	8b 75 18             	mov    0x18(%ebp),%esi
  8001ae:	cd 30                	int    $0x30
	if (check && ret > 0)
  8001b0:	85 c0                	test   %eax,%eax
  8001b2:	7f 08                	jg     8001bc <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  8001b4:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001b7:	5b                   	pop    %ebx
  8001b8:	5e                   	pop    %esi
  8001b9:	5f                   	pop    %edi
  8001ba:	5d                   	pop    %ebp
  8001bb:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8001bc:	83 ec 0c             	sub    $0xc,%esp
  8001bf:	50                   	push   %eax
  8001c0:	6a 05                	push   $0x5
  8001c2:	68 aa 10 80 00       	push   $0x8010aa
  8001c7:	6a 1f                	push   $0x1f
  8001c9:	68 c7 10 80 00       	push   $0x8010c7
  8001ce:	e8 2a 01 00 00       	call   8002fd <_panic>

008001d3 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  8001d3:	55                   	push   %ebp
  8001d4:	89 e5                	mov    %esp,%ebp
  8001d6:	57                   	push   %edi
  8001d7:	56                   	push   %esi
  8001d8:	53                   	push   %ebx
  8001d9:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8001dc:	bb 00 00 00 00       	mov    $0x0,%ebx
  8001e1:	8b 55 08             	mov    0x8(%ebp),%edx
  8001e4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8001e7:	b8 06 00 00 00       	mov    $0x6,%eax
  8001ec:	89 df                	mov    %ebx,%edi
  8001ee:	89 de                	mov    %ebx,%esi
  8001f0:	cd 30                	int    $0x30
	if (check && ret > 0)
  8001f2:	85 c0                	test   %eax,%eax
  8001f4:	7f 08                	jg     8001fe <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  8001f6:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001f9:	5b                   	pop    %ebx
  8001fa:	5e                   	pop    %esi
  8001fb:	5f                   	pop    %edi
  8001fc:	5d                   	pop    %ebp
  8001fd:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8001fe:	83 ec 0c             	sub    $0xc,%esp
  800201:	50                   	push   %eax
  800202:	6a 06                	push   $0x6
  800204:	68 aa 10 80 00       	push   $0x8010aa
  800209:	6a 1f                	push   $0x1f
  80020b:	68 c7 10 80 00       	push   $0x8010c7
  800210:	e8 e8 00 00 00       	call   8002fd <_panic>

00800215 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800215:	55                   	push   %ebp
  800216:	89 e5                	mov    %esp,%ebp
  800218:	57                   	push   %edi
  800219:	56                   	push   %esi
  80021a:	53                   	push   %ebx
  80021b:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80021e:	bb 00 00 00 00       	mov    $0x0,%ebx
  800223:	8b 55 08             	mov    0x8(%ebp),%edx
  800226:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800229:	b8 08 00 00 00       	mov    $0x8,%eax
  80022e:	89 df                	mov    %ebx,%edi
  800230:	89 de                	mov    %ebx,%esi
  800232:	cd 30                	int    $0x30
	if (check && ret > 0)
  800234:	85 c0                	test   %eax,%eax
  800236:	7f 08                	jg     800240 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800238:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80023b:	5b                   	pop    %ebx
  80023c:	5e                   	pop    %esi
  80023d:	5f                   	pop    %edi
  80023e:	5d                   	pop    %ebp
  80023f:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800240:	83 ec 0c             	sub    $0xc,%esp
  800243:	50                   	push   %eax
  800244:	6a 08                	push   $0x8
  800246:	68 aa 10 80 00       	push   $0x8010aa
  80024b:	6a 1f                	push   $0x1f
  80024d:	68 c7 10 80 00       	push   $0x8010c7
  800252:	e8 a6 00 00 00       	call   8002fd <_panic>

00800257 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800257:	55                   	push   %ebp
  800258:	89 e5                	mov    %esp,%ebp
  80025a:	57                   	push   %edi
  80025b:	56                   	push   %esi
  80025c:	53                   	push   %ebx
  80025d:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800260:	bb 00 00 00 00       	mov    $0x0,%ebx
  800265:	8b 55 08             	mov    0x8(%ebp),%edx
  800268:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80026b:	b8 09 00 00 00       	mov    $0x9,%eax
  800270:	89 df                	mov    %ebx,%edi
  800272:	89 de                	mov    %ebx,%esi
  800274:	cd 30                	int    $0x30
	if (check && ret > 0)
  800276:	85 c0                	test   %eax,%eax
  800278:	7f 08                	jg     800282 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  80027a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80027d:	5b                   	pop    %ebx
  80027e:	5e                   	pop    %esi
  80027f:	5f                   	pop    %edi
  800280:	5d                   	pop    %ebp
  800281:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800282:	83 ec 0c             	sub    $0xc,%esp
  800285:	50                   	push   %eax
  800286:	6a 09                	push   $0x9
  800288:	68 aa 10 80 00       	push   $0x8010aa
  80028d:	6a 1f                	push   $0x1f
  80028f:	68 c7 10 80 00       	push   $0x8010c7
  800294:	e8 64 00 00 00       	call   8002fd <_panic>

00800299 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  800299:	55                   	push   %ebp
  80029a:	89 e5                	mov    %esp,%ebp
  80029c:	57                   	push   %edi
  80029d:	56                   	push   %esi
  80029e:	53                   	push   %ebx
	asm volatile("int %1\n"
  80029f:	8b 55 08             	mov    0x8(%ebp),%edx
  8002a2:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8002a5:	b8 0b 00 00 00       	mov    $0xb,%eax
  8002aa:	be 00 00 00 00       	mov    $0x0,%esi
  8002af:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8002b2:	8b 7d 14             	mov    0x14(%ebp),%edi
  8002b5:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8002b7:	5b                   	pop    %ebx
  8002b8:	5e                   	pop    %esi
  8002b9:	5f                   	pop    %edi
  8002ba:	5d                   	pop    %ebp
  8002bb:	c3                   	ret

008002bc <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8002bc:	55                   	push   %ebp
  8002bd:	89 e5                	mov    %esp,%ebp
  8002bf:	57                   	push   %edi
  8002c0:	56                   	push   %esi
  8002c1:	53                   	push   %ebx
  8002c2:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8002c5:	b9 00 00 00 00       	mov    $0x0,%ecx
  8002ca:	8b 55 08             	mov    0x8(%ebp),%edx
  8002cd:	b8 0c 00 00 00       	mov    $0xc,%eax
  8002d2:	89 cb                	mov    %ecx,%ebx
  8002d4:	89 cf                	mov    %ecx,%edi
  8002d6:	89 ce                	mov    %ecx,%esi
  8002d8:	cd 30                	int    $0x30
	if (check && ret > 0)
  8002da:	85 c0                	test   %eax,%eax
  8002dc:	7f 08                	jg     8002e6 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  8002de:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8002e1:	5b                   	pop    %ebx
  8002e2:	5e                   	pop    %esi
  8002e3:	5f                   	pop    %edi
  8002e4:	5d                   	pop    %ebp
  8002e5:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8002e6:	83 ec 0c             	sub    $0xc,%esp
  8002e9:	50                   	push   %eax
  8002ea:	6a 0c                	push   $0xc
  8002ec:	68 aa 10 80 00       	push   $0x8010aa
  8002f1:	6a 1f                	push   $0x1f
  8002f3:	68 c7 10 80 00       	push   $0x8010c7
  8002f8:	e8 00 00 00 00       	call   8002fd <_panic>

008002fd <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  8002fd:	55                   	push   %ebp
  8002fe:	89 e5                	mov    %esp,%ebp
  800300:	56                   	push   %esi
  800301:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800302:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800305:	8b 35 00 20 80 00    	mov    0x802000,%esi
  80030b:	e8 00 fe ff ff       	call   800110 <sys_getenvid>
  800310:	83 ec 0c             	sub    $0xc,%esp
  800313:	ff 75 0c             	push   0xc(%ebp)
  800316:	ff 75 08             	push   0x8(%ebp)
  800319:	56                   	push   %esi
  80031a:	50                   	push   %eax
  80031b:	68 d8 10 80 00       	push   $0x8010d8
  800320:	e8 4d 07 00 00       	call   800a72 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800325:	83 c4 18             	add    $0x18,%esp
  800328:	53                   	push   %ebx
  800329:	ff 75 10             	push   0x10(%ebp)
  80032c:	e8 56 00 00 00       	call   800387 <vcprintf>
	cprintf("\n");
  800331:	c7 04 24 fb 10 80 00 	movl   $0x8010fb,(%esp)
  800338:	e8 35 07 00 00       	call   800a72 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  80033d:	cc                   	int3
  80033e:	83 c4 10             	add    $0x10,%esp
	for (;;)
  800341:	eb fe                	jmp    800341 <_panic+0x44>

00800343 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  800343:	55                   	push   %ebp
  800344:	89 e5                	mov    %esp,%ebp
  800346:	53                   	push   %ebx
  800347:	83 ec 04             	sub    $0x4,%esp
  80034a:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  80034d:	8b 13                	mov    (%ebx),%edx
  80034f:	8d 42 01             	lea    0x1(%edx),%eax
  800352:	89 03                	mov    %eax,(%ebx)
  800354:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800357:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  80035b:	3d 00 01 00 00       	cmp    $0x100,%eax
  800360:	74 09                	je     80036b <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  800362:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  800366:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800369:	c9                   	leave
  80036a:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80036b:	83 ec 08             	sub    $0x8,%esp
  80036e:	68 00 01 00 00       	push   $0x100
  800373:	8d 43 08             	lea    0x8(%ebx),%eax
  800376:	50                   	push   %eax
  800377:	e8 16 fd ff ff       	call   800092 <sys_cputs>
		b->idx = 0;
  80037c:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  800382:	83 c4 10             	add    $0x10,%esp
  800385:	eb db                	jmp    800362 <putch+0x1f>

00800387 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  800387:	55                   	push   %ebp
  800388:	89 e5                	mov    %esp,%ebp
  80038a:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  800390:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  800397:	00 00 00 
	b.cnt = 0;
  80039a:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8003a1:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8003a4:	ff 75 0c             	push   0xc(%ebp)
  8003a7:	ff 75 08             	push   0x8(%ebp)
  8003aa:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8003b0:	50                   	push   %eax
  8003b1:	68 43 03 80 00       	push   $0x800343
  8003b6:	e8 64 00 00 00       	call   80041f <vprintfmt>
	if (b->idx > 0) {
  8003bb:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8003c1:	83 c4 10             	add    $0x10,%esp
  8003c4:	85 c0                	test   %eax,%eax
  8003c6:	7f 08                	jg     8003d0 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8003c8:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8003ce:	c9                   	leave
  8003cf:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8003d0:	83 ec 08             	sub    $0x8,%esp
  8003d3:	50                   	push   %eax
  8003d4:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  8003da:	50                   	push   %eax
  8003db:	e8 b2 fc ff ff       	call   800092 <sys_cputs>
  8003e0:	83 c4 10             	add    $0x10,%esp
  8003e3:	eb e3                	jmp    8003c8 <vcprintf+0x41>

008003e5 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8003e5:	55                   	push   %ebp
  8003e6:	89 e5                	mov    %esp,%ebp
  8003e8:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8003eb:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  8003ef:	8b 10                	mov    (%eax),%edx
  8003f1:	3b 50 04             	cmp    0x4(%eax),%edx
  8003f4:	73 0a                	jae    800400 <sprintputch+0x1b>
		*b->buf++ = ch;
  8003f6:	8d 4a 01             	lea    0x1(%edx),%ecx
  8003f9:	89 08                	mov    %ecx,(%eax)
  8003fb:	8b 45 08             	mov    0x8(%ebp),%eax
  8003fe:	88 02                	mov    %al,(%edx)
}
  800400:	5d                   	pop    %ebp
  800401:	c3                   	ret

00800402 <printfmt>:
{
  800402:	55                   	push   %ebp
  800403:	89 e5                	mov    %esp,%ebp
  800405:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800408:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  80040b:	50                   	push   %eax
  80040c:	ff 75 10             	push   0x10(%ebp)
  80040f:	ff 75 0c             	push   0xc(%ebp)
  800412:	ff 75 08             	push   0x8(%ebp)
  800415:	e8 05 00 00 00       	call   80041f <vprintfmt>
}
  80041a:	83 c4 10             	add    $0x10,%esp
  80041d:	c9                   	leave
  80041e:	c3                   	ret

0080041f <vprintfmt>:
{
  80041f:	55                   	push   %ebp
  800420:	89 e5                	mov    %esp,%ebp
  800422:	57                   	push   %edi
  800423:	56                   	push   %esi
  800424:	53                   	push   %ebx
  800425:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800428:	8b 45 10             	mov    0x10(%ebp),%eax
  80042b:	8d 58 01             	lea    0x1(%eax),%ebx
  80042e:	0f b6 00             	movzbl (%eax),%eax
  800431:	83 f8 25             	cmp    $0x25,%eax
  800434:	74 24                	je     80045a <vprintfmt+0x3b>
  800436:	8b 75 08             	mov    0x8(%ebp),%esi
  800439:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  80043c:	85 c0                	test   %eax,%eax
  80043e:	0f 84 d8 05 00 00    	je     800a1c <vprintfmt+0x5fd>
			putch(ch, putdat);
  800444:	83 ec 08             	sub    $0x8,%esp
  800447:	57                   	push   %edi
  800448:	50                   	push   %eax
  800449:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80044b:	83 c3 01             	add    $0x1,%ebx
  80044e:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800452:	83 c4 10             	add    $0x10,%esp
  800455:	83 f8 25             	cmp    $0x25,%eax
  800458:	75 e2                	jne    80043c <vprintfmt+0x1d>
		padc = ' ';
  80045a:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  80045e:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800463:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  80046a:	b9 00 00 00 00       	mov    $0x0,%ecx
  80046f:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800471:	8d 53 01             	lea    0x1(%ebx),%edx
  800474:	0f b6 0b             	movzbl (%ebx),%ecx
  800477:	8d 41 dd             	lea    -0x23(%ecx),%eax
  80047a:	3c 55                	cmp    $0x55,%al
  80047c:	0f 87 21 05 00 00    	ja     8009a3 <vprintfmt+0x584>
  800482:	0f b6 c0             	movzbl %al,%eax
  800485:	ff 24 85 c0 11 80 00 	jmp    *0x8011c0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  80048c:	89 5d 10             	mov    %ebx,0x10(%ebp)
  80048f:	eb 97                	jmp    800428 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  800491:	89 d3                	mov    %edx,%ebx
			padc = '-';
  800493:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  800497:	eb d8                	jmp    800471 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800499:	89 d3                	mov    %edx,%ebx
  80049b:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  80049f:	eb d0                	jmp    800471 <vprintfmt+0x52>
  8004a1:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8004a4:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8004a7:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8004ab:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004ae:	83 f9 09             	cmp    $0x9,%ecx
  8004b1:	77 54                	ja     800507 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8004b3:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8004b6:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8004b9:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8004bd:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8004c0:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004c3:	83 f9 09             	cmp    $0x9,%ecx
  8004c6:	76 eb                	jbe    8004b3 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8004c8:	89 d3                	mov    %edx,%ebx
  8004ca:	eb 0d                	jmp    8004d9 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8004cc:	8b 45 14             	mov    0x14(%ebp),%eax
  8004cf:	8b 38                	mov    (%eax),%edi
  8004d1:	8d 40 04             	lea    0x4(%eax),%eax
  8004d4:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8004d7:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8004d9:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8004dd:	79 92                	jns    800471 <vprintfmt+0x52>
				width = precision, precision = -1;
  8004df:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8004e2:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8004e7:	eb 88                	jmp    800471 <vprintfmt+0x52>
			if (width < 0)
  8004e9:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  8004ec:	85 c9                	test   %ecx,%ecx
  8004ee:	b8 00 00 00 00       	mov    $0x0,%eax
  8004f3:	0f 49 c1             	cmovns %ecx,%eax
  8004f6:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8004f9:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8004fb:	e9 71 ff ff ff       	jmp    800471 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800500:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800502:	e9 6a ff ff ff       	jmp    800471 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800507:	89 d3                	mov    %edx,%ebx
  800509:	eb ce                	jmp    8004d9 <vprintfmt+0xba>
			lflag++;
  80050b:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80050e:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800510:	e9 5c ff ff ff       	jmp    800471 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800515:	89 55 10             	mov    %edx,0x10(%ebp)
  800518:	8b 45 14             	mov    0x14(%ebp),%eax
  80051b:	8d 58 04             	lea    0x4(%eax),%ebx
  80051e:	83 ec 08             	sub    $0x8,%esp
  800521:	ff 75 0c             	push   0xc(%ebp)
  800524:	ff 30                	push   (%eax)
  800526:	ff 55 08             	call   *0x8(%ebp)
			break;
  800529:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  80052c:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  80052f:	e9 f4 fe ff ff       	jmp    800428 <vprintfmt+0x9>
			err = va_arg(ap, int);
  800534:	89 55 10             	mov    %edx,0x10(%ebp)
  800537:	8b 45 14             	mov    0x14(%ebp),%eax
  80053a:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  80053d:	8b 10                	mov    (%eax),%edx
  80053f:	89 d0                	mov    %edx,%eax
  800541:	f7 d8                	neg    %eax
  800543:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800546:	83 f8 08             	cmp    $0x8,%eax
  800549:	7f 27                	jg     800572 <vprintfmt+0x153>
  80054b:	8b 14 85 20 13 80 00 	mov    0x801320(,%eax,4),%edx
  800552:	85 d2                	test   %edx,%edx
  800554:	74 1c                	je     800572 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800556:	52                   	push   %edx
  800557:	68 0d 11 80 00       	push   $0x80110d
  80055c:	ff 75 0c             	push   0xc(%ebp)
  80055f:	ff 75 08             	push   0x8(%ebp)
  800562:	e8 9b fe ff ff       	call   800402 <printfmt>
  800567:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80056a:	89 5d 14             	mov    %ebx,0x14(%ebp)
  80056d:	e9 b6 fe ff ff       	jmp    800428 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  800572:	50                   	push   %eax
  800573:	68 04 11 80 00       	push   $0x801104
  800578:	ff 75 0c             	push   0xc(%ebp)
  80057b:	ff 75 08             	push   0x8(%ebp)
  80057e:	e8 7f fe ff ff       	call   800402 <printfmt>
  800583:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800586:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  800589:	e9 9a fe ff ff       	jmp    800428 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  80058e:	89 55 10             	mov    %edx,0x10(%ebp)
  800591:	8b 45 14             	mov    0x14(%ebp),%eax
  800594:	83 c0 04             	add    $0x4,%eax
  800597:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80059a:	8b 45 14             	mov    0x14(%ebp),%eax
  80059d:	8b 30                	mov    (%eax),%esi
  80059f:	85 f6                	test   %esi,%esi
  8005a1:	0f 84 53 04 00 00    	je     8009fa <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8005a7:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8005ab:	7e 06                	jle    8005b3 <vprintfmt+0x194>
  8005ad:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8005b1:	75 1b                	jne    8005ce <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8005b3:	8d 5e 01             	lea    0x1(%esi),%ebx
  8005b6:	0f be 06             	movsbl (%esi),%eax
  8005b9:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005bc:	85 c0                	test   %eax,%eax
  8005be:	0f 85 80 00 00 00    	jne    800644 <vprintfmt+0x225>
  8005c4:	e9 8c 00 00 00       	jmp    800655 <vprintfmt+0x236>
				p = "(null)";
  8005c9:	be fd 10 80 00       	mov    $0x8010fd,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8005ce:	83 ec 08             	sub    $0x8,%esp
  8005d1:	57                   	push   %edi
  8005d2:	56                   	push   %esi
  8005d3:	e8 ea 04 00 00       	call   800ac2 <strnlen>
  8005d8:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8005db:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8005de:	83 c4 10             	add    $0x10,%esp
  8005e1:	85 d2                	test   %edx,%edx
  8005e3:	0f 8e f5 03 00 00    	jle    8009de <vprintfmt+0x5bf>
					putch(padc, putdat);
  8005e9:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  8005ed:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8005f0:	89 d6                	mov    %edx,%esi
  8005f2:	89 7d b0             	mov    %edi,-0x50(%ebp)
  8005f5:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8005f8:	83 ec 08             	sub    $0x8,%esp
  8005fb:	57                   	push   %edi
  8005fc:	53                   	push   %ebx
  8005fd:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800600:	83 c4 10             	add    $0x10,%esp
  800603:	83 ee 01             	sub    $0x1,%esi
  800606:	75 f0                	jne    8005f8 <vprintfmt+0x1d9>
  800608:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80060b:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  80060e:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800611:	8d 5e 01             	lea    0x1(%esi),%ebx
  800614:	0f be 06             	movsbl (%esi),%eax
  800617:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80061a:	85 c0                	test   %eax,%eax
  80061c:	75 26                	jne    800644 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  80061e:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800621:	89 45 14             	mov    %eax,0x14(%ebp)
  800624:	e9 ff fd ff ff       	jmp    800428 <vprintfmt+0x9>
				putch(ch, putdat);
  800629:	83 ec 08             	sub    $0x8,%esp
  80062c:	ff 75 0c             	push   0xc(%ebp)
  80062f:	50                   	push   %eax
  800630:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800633:	83 ee 01             	sub    $0x1,%esi
  800636:	83 c3 01             	add    $0x1,%ebx
  800639:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  80063d:	83 c4 10             	add    $0x10,%esp
  800640:	85 c0                	test   %eax,%eax
  800642:	74 0e                	je     800652 <vprintfmt+0x233>
  800644:	85 ff                	test   %edi,%edi
  800646:	78 e1                	js     800629 <vprintfmt+0x20a>
  800648:	83 ef 01             	sub    $0x1,%edi
  80064b:	79 dc                	jns    800629 <vprintfmt+0x20a>
  80064d:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800650:	eb 03                	jmp    800655 <vprintfmt+0x236>
  800652:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800655:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800659:	7e 24                	jle    80067f <vprintfmt+0x260>
  80065b:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  80065e:	8b 75 08             	mov    0x8(%ebp),%esi
  800661:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800664:	83 ec 08             	sub    $0x8,%esp
  800667:	57                   	push   %edi
  800668:	6a 20                	push   $0x20
  80066a:	ff d6                	call   *%esi
			for (; width > 0; width--)
  80066c:	83 c4 10             	add    $0x10,%esp
  80066f:	83 eb 01             	sub    $0x1,%ebx
  800672:	75 f0                	jne    800664 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800674:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800677:	89 45 14             	mov    %eax,0x14(%ebp)
  80067a:	e9 a9 fd ff ff       	jmp    800428 <vprintfmt+0x9>
  80067f:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800682:	89 45 14             	mov    %eax,0x14(%ebp)
  800685:	e9 9e fd ff ff       	jmp    800428 <vprintfmt+0x9>
	if (lflag >= 2)
  80068a:	89 55 10             	mov    %edx,0x10(%ebp)
  80068d:	83 fe 01             	cmp    $0x1,%esi
  800690:	7f 1b                	jg     8006ad <vprintfmt+0x28e>
	else if (lflag)
  800692:	85 f6                	test   %esi,%esi
  800694:	74 39                	je     8006cf <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  800696:	8b 45 14             	mov    0x14(%ebp),%eax
  800699:	8b 00                	mov    (%eax),%eax
  80069b:	89 c6                	mov    %eax,%esi
  80069d:	89 c7                	mov    %eax,%edi
  80069f:	c1 ff 1f             	sar    $0x1f,%edi
  8006a2:	8b 45 14             	mov    0x14(%ebp),%eax
  8006a5:	8d 40 04             	lea    0x4(%eax),%eax
  8006a8:	89 45 14             	mov    %eax,0x14(%ebp)
  8006ab:	eb 0e                	jmp    8006bb <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8006ad:	8b 45 14             	mov    0x14(%ebp),%eax
  8006b0:	8b 30                	mov    (%eax),%esi
  8006b2:	8b 78 04             	mov    0x4(%eax),%edi
  8006b5:	8d 40 08             	lea    0x8(%eax),%eax
  8006b8:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8006bb:	85 ff                	test   %edi,%edi
  8006bd:	78 27                	js     8006e6 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8006bf:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006c2:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8006c5:	b8 0a 00 00 00       	mov    $0xa,%eax
  8006ca:	e9 53 01 00 00       	jmp    800822 <vprintfmt+0x403>
		return va_arg(*ap, int);
  8006cf:	8b 45 14             	mov    0x14(%ebp),%eax
  8006d2:	8b 00                	mov    (%eax),%eax
  8006d4:	89 c6                	mov    %eax,%esi
  8006d6:	89 c7                	mov    %eax,%edi
  8006d8:	c1 ff 1f             	sar    $0x1f,%edi
  8006db:	8b 45 14             	mov    0x14(%ebp),%eax
  8006de:	8d 40 04             	lea    0x4(%eax),%eax
  8006e1:	89 45 14             	mov    %eax,0x14(%ebp)
  8006e4:	eb d5                	jmp    8006bb <vprintfmt+0x29c>
				putch('-', putdat);
  8006e6:	83 ec 08             	sub    $0x8,%esp
  8006e9:	ff 75 0c             	push   0xc(%ebp)
  8006ec:	6a 2d                	push   $0x2d
  8006ee:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  8006f1:	f7 de                	neg    %esi
  8006f3:	83 d7 00             	adc    $0x0,%edi
  8006f6:	f7 df                	neg    %edi
  8006f8:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006fb:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  8006fe:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800701:	b8 0a 00 00 00       	mov    $0xa,%eax
  800706:	e9 17 01 00 00       	jmp    800822 <vprintfmt+0x403>
	if (lflag >= 2)
  80070b:	89 55 10             	mov    %edx,0x10(%ebp)
  80070e:	83 fe 01             	cmp    $0x1,%esi
  800711:	7f 27                	jg     80073a <vprintfmt+0x31b>
	else if (lflag)
  800713:	85 f6                	test   %esi,%esi
  800715:	74 44                	je     80075b <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800717:	8b 45 14             	mov    0x14(%ebp),%eax
  80071a:	8b 00                	mov    (%eax),%eax
  80071c:	ba 00 00 00 00       	mov    $0x0,%edx
  800721:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800724:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800727:	8b 45 14             	mov    0x14(%ebp),%eax
  80072a:	8d 40 04             	lea    0x4(%eax),%eax
  80072d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800730:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800735:	e9 e8 00 00 00       	jmp    800822 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80073a:	8b 45 14             	mov    0x14(%ebp),%eax
  80073d:	8b 50 04             	mov    0x4(%eax),%edx
  800740:	8b 00                	mov    (%eax),%eax
  800742:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800745:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800748:	8b 45 14             	mov    0x14(%ebp),%eax
  80074b:	8d 40 08             	lea    0x8(%eax),%eax
  80074e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800751:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800756:	e9 c7 00 00 00       	jmp    800822 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80075b:	8b 45 14             	mov    0x14(%ebp),%eax
  80075e:	8b 00                	mov    (%eax),%eax
  800760:	ba 00 00 00 00       	mov    $0x0,%edx
  800765:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800768:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80076b:	8b 45 14             	mov    0x14(%ebp),%eax
  80076e:	8d 40 04             	lea    0x4(%eax),%eax
  800771:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800774:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  800779:	e9 a4 00 00 00       	jmp    800822 <vprintfmt+0x403>
	if (lflag >= 2)
  80077e:	89 55 10             	mov    %edx,0x10(%ebp)
  800781:	83 fe 01             	cmp    $0x1,%esi
  800784:	7f 24                	jg     8007aa <vprintfmt+0x38b>
	else if (lflag)
  800786:	85 f6                	test   %esi,%esi
  800788:	74 3e                	je     8007c8 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  80078a:	8b 45 14             	mov    0x14(%ebp),%eax
  80078d:	8b 00                	mov    (%eax),%eax
  80078f:	ba 00 00 00 00       	mov    $0x0,%edx
  800794:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800797:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80079a:	8b 45 14             	mov    0x14(%ebp),%eax
  80079d:	8d 40 04             	lea    0x4(%eax),%eax
  8007a0:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007a3:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8007a8:	eb 78                	jmp    800822 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8007aa:	8b 45 14             	mov    0x14(%ebp),%eax
  8007ad:	8b 50 04             	mov    0x4(%eax),%edx
  8007b0:	8b 00                	mov    (%eax),%eax
  8007b2:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007b5:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007b8:	8b 45 14             	mov    0x14(%ebp),%eax
  8007bb:	8d 40 08             	lea    0x8(%eax),%eax
  8007be:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007c1:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8007c6:	eb 5a                	jmp    800822 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8007c8:	8b 45 14             	mov    0x14(%ebp),%eax
  8007cb:	8b 00                	mov    (%eax),%eax
  8007cd:	ba 00 00 00 00       	mov    $0x0,%edx
  8007d2:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007d5:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007d8:	8b 45 14             	mov    0x14(%ebp),%eax
  8007db:	8d 40 04             	lea    0x4(%eax),%eax
  8007de:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007e1:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8007e6:	eb 3a                	jmp    800822 <vprintfmt+0x403>
			putch('0', putdat);
  8007e8:	89 55 10             	mov    %edx,0x10(%ebp)
  8007eb:	83 ec 08             	sub    $0x8,%esp
  8007ee:	ff 75 0c             	push   0xc(%ebp)
  8007f1:	6a 30                	push   $0x30
  8007f3:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  8007f6:	83 c4 08             	add    $0x8,%esp
  8007f9:	ff 75 0c             	push   0xc(%ebp)
  8007fc:	6a 78                	push   $0x78
  8007fe:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800801:	8b 45 14             	mov    0x14(%ebp),%eax
  800804:	8b 00                	mov    (%eax),%eax
  800806:	ba 00 00 00 00       	mov    $0x0,%edx
  80080b:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80080e:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800811:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800814:	8b 45 14             	mov    0x14(%ebp),%eax
  800817:	8d 40 04             	lea    0x4(%eax),%eax
  80081a:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80081d:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800822:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800826:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800829:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  80082e:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800831:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800838:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80083b:	8b 75 b0             	mov    -0x50(%ebp),%esi
  80083e:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800841:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800844:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800848:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80084b:	8d 55 cf             	lea    -0x31(%ebp),%edx
  80084e:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800851:	ff 75 bc             	push   -0x44(%ebp)
  800854:	ff 75 b8             	push   -0x48(%ebp)
  800857:	57                   	push   %edi
  800858:	56                   	push   %esi
  800859:	e8 2f 07 00 00       	call   800f8d <__umoddi3>
  80085e:	83 c4 10             	add    $0x10,%esp
  800861:	0f b6 80 10 11 80 00 	movzbl 0x801110(%eax),%eax
  800868:	88 03                	mov    %al,(%ebx)
		num /= base;
  80086a:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80086d:	89 fb                	mov    %edi,%ebx
  80086f:	ff 75 bc             	push   -0x44(%ebp)
  800872:	ff 75 b8             	push   -0x48(%ebp)
  800875:	57                   	push   %edi
  800876:	56                   	push   %esi
  800877:	e8 f6 06 00 00       	call   800f72 <__udivdi3>
  80087c:	83 c4 10             	add    $0x10,%esp
  80087f:	89 c6                	mov    %eax,%esi
  800881:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  800883:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  800886:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  800889:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  80088c:	73 b6                	jae    800844 <vprintfmt+0x425>
	pad = width - n;
  80088e:	8b 7d a8             	mov    -0x58(%ebp),%edi
  800891:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  800894:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800897:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  800899:	83 ff 2d             	cmp    $0x2d,%edi
  80089c:	0f 84 de 00 00 00    	je     800980 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8008a2:	85 f6                	test   %esi,%esi
  8008a4:	0f 8e 27 01 00 00    	jle    8009d1 <vprintfmt+0x5b2>
  8008aa:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8008ad:	83 ec 08             	sub    $0x8,%esp
  8008b0:	53                   	push   %ebx
  8008b1:	57                   	push   %edi
  8008b2:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8008b5:	83 c4 10             	add    $0x10,%esp
  8008b8:	83 ee 01             	sub    $0x1,%esi
  8008bb:	75 f0                	jne    8008ad <vprintfmt+0x48e>
  8008bd:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8008c0:	85 db                	test   %ebx,%ebx
  8008c2:	0f 8e 60 fb ff ff    	jle    800428 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8008c8:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8008cb:	8b 75 08             	mov    0x8(%ebp),%esi
  8008ce:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8008d1:	83 eb 01             	sub    $0x1,%ebx
  8008d4:	83 ec 08             	sub    $0x8,%esp
  8008d7:	57                   	push   %edi
  8008d8:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8008dd:	50                   	push   %eax
  8008de:	ff d6                	call   *%esi
	while (n > 0)
  8008e0:	83 c4 10             	add    $0x10,%esp
  8008e3:	85 db                	test   %ebx,%ebx
  8008e5:	7f ea                	jg     8008d1 <vprintfmt+0x4b2>
  8008e7:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8008ea:	85 f6                	test   %esi,%esi
  8008ec:	0f 8e 36 fb ff ff    	jle    800428 <vprintfmt+0x9>
  8008f2:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8008f5:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  8008f8:	83 ec 08             	sub    $0x8,%esp
  8008fb:	57                   	push   %edi
  8008fc:	6a 20                	push   $0x20
  8008fe:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800900:	83 c4 10             	add    $0x10,%esp
  800903:	83 ee 01             	sub    $0x1,%esi
  800906:	75 f0                	jne    8008f8 <vprintfmt+0x4d9>
  800908:	e9 1b fb ff ff       	jmp    800428 <vprintfmt+0x9>
	if (lflag >= 2)
  80090d:	89 55 10             	mov    %edx,0x10(%ebp)
  800910:	83 fe 01             	cmp    $0x1,%esi
  800913:	7f 27                	jg     80093c <vprintfmt+0x51d>
	else if (lflag)
  800915:	85 f6                	test   %esi,%esi
  800917:	74 44                	je     80095d <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800919:	8b 45 14             	mov    0x14(%ebp),%eax
  80091c:	8b 00                	mov    (%eax),%eax
  80091e:	ba 00 00 00 00       	mov    $0x0,%edx
  800923:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800926:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800929:	8b 45 14             	mov    0x14(%ebp),%eax
  80092c:	8d 40 04             	lea    0x4(%eax),%eax
  80092f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800932:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  800937:	e9 e6 fe ff ff       	jmp    800822 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80093c:	8b 45 14             	mov    0x14(%ebp),%eax
  80093f:	8b 50 04             	mov    0x4(%eax),%edx
  800942:	8b 00                	mov    (%eax),%eax
  800944:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800947:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80094a:	8b 45 14             	mov    0x14(%ebp),%eax
  80094d:	8d 40 08             	lea    0x8(%eax),%eax
  800950:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800953:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800958:	e9 c5 fe ff ff       	jmp    800822 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80095d:	8b 45 14             	mov    0x14(%ebp),%eax
  800960:	8b 00                	mov    (%eax),%eax
  800962:	ba 00 00 00 00       	mov    $0x0,%edx
  800967:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80096a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80096d:	8b 45 14             	mov    0x14(%ebp),%eax
  800970:	8d 40 04             	lea    0x4(%eax),%eax
  800973:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800976:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  80097b:	e9 a2 fe ff ff       	jmp    800822 <vprintfmt+0x403>
	while (n > 0)
  800980:	85 db                	test   %ebx,%ebx
  800982:	0f 8f 40 ff ff ff    	jg     8008c8 <vprintfmt+0x4a9>
  800988:	e9 5d ff ff ff       	jmp    8008ea <vprintfmt+0x4cb>
			putch(ch, putdat);
  80098d:	89 55 10             	mov    %edx,0x10(%ebp)
  800990:	83 ec 08             	sub    $0x8,%esp
  800993:	ff 75 0c             	push   0xc(%ebp)
  800996:	6a 25                	push   $0x25
  800998:	ff 55 08             	call   *0x8(%ebp)
			break;
  80099b:	83 c4 10             	add    $0x10,%esp
  80099e:	e9 85 fa ff ff       	jmp    800428 <vprintfmt+0x9>
			putch('%', putdat);
  8009a3:	83 ec 08             	sub    $0x8,%esp
  8009a6:	ff 75 0c             	push   0xc(%ebp)
  8009a9:	6a 25                	push   $0x25
  8009ab:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8009ae:	83 c4 10             	add    $0x10,%esp
  8009b1:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8009b5:	0f 84 d1 fa ff ff    	je     80048c <vprintfmt+0x6d>
  8009bb:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8009be:	89 d8                	mov    %ebx,%eax
  8009c0:	83 e8 01             	sub    $0x1,%eax
  8009c3:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8009c7:	75 f7                	jne    8009c0 <vprintfmt+0x5a1>
  8009c9:	89 45 10             	mov    %eax,0x10(%ebp)
  8009cc:	e9 57 fa ff ff       	jmp    800428 <vprintfmt+0x9>
	while (n > 0)
  8009d1:	85 db                	test   %ebx,%ebx
  8009d3:	0f 8f ef fe ff ff    	jg     8008c8 <vprintfmt+0x4a9>
  8009d9:	e9 4a fa ff ff       	jmp    800428 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8009de:	8d 5e 01             	lea    0x1(%esi),%ebx
  8009e1:	0f be 06             	movsbl (%esi),%eax
  8009e4:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8009e7:	85 c0                	test   %eax,%eax
  8009e9:	0f 85 55 fc ff ff    	jne    800644 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8009ef:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8009f2:	89 45 14             	mov    %eax,0x14(%ebp)
  8009f5:	e9 2e fa ff ff       	jmp    800428 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  8009fa:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8009fe:	74 0a                	je     800a0a <vprintfmt+0x5eb>
  800a00:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800a04:	0f 8f bf fb ff ff    	jg     8005c9 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800a0a:	b8 28 00 00 00       	mov    $0x28,%eax
  800a0f:	bb fe 10 80 00       	mov    $0x8010fe,%ebx
  800a14:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800a17:	e9 28 fc ff ff       	jmp    800644 <vprintfmt+0x225>
}
  800a1c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800a1f:	5b                   	pop    %ebx
  800a20:	5e                   	pop    %esi
  800a21:	5f                   	pop    %edi
  800a22:	5d                   	pop    %ebp
  800a23:	c3                   	ret

00800a24 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800a24:	55                   	push   %ebp
  800a25:	89 e5                	mov    %esp,%ebp
  800a27:	83 ec 18             	sub    $0x18,%esp
  800a2a:	8b 45 08             	mov    0x8(%ebp),%eax
  800a2d:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800a30:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800a33:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800a37:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800a3a:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800a41:	85 c0                	test   %eax,%eax
  800a43:	74 26                	je     800a6b <vsnprintf+0x47>
  800a45:	85 d2                	test   %edx,%edx
  800a47:	7e 22                	jle    800a6b <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800a49:	ff 75 14             	push   0x14(%ebp)
  800a4c:	ff 75 10             	push   0x10(%ebp)
  800a4f:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800a52:	50                   	push   %eax
  800a53:	68 e5 03 80 00       	push   $0x8003e5
  800a58:	e8 c2 f9 ff ff       	call   80041f <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800a5d:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800a60:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800a63:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800a66:	83 c4 10             	add    $0x10,%esp
}
  800a69:	c9                   	leave
  800a6a:	c3                   	ret
		return -E_INVAL;
  800a6b:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800a70:	eb f7                	jmp    800a69 <vsnprintf+0x45>

00800a72 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800a72:	55                   	push   %ebp
  800a73:	89 e5                	mov    %esp,%ebp
  800a75:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  800a78:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  800a7b:	50                   	push   %eax
  800a7c:	ff 75 08             	push   0x8(%ebp)
  800a7f:	e8 03 f9 ff ff       	call   800387 <vcprintf>
	va_end(ap);

	return cnt;
}
  800a84:	c9                   	leave
  800a85:	c3                   	ret

00800a86 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800a86:	55                   	push   %ebp
  800a87:	89 e5                	mov    %esp,%ebp
  800a89:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  800a8c:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800a8f:	50                   	push   %eax
  800a90:	ff 75 10             	push   0x10(%ebp)
  800a93:	ff 75 0c             	push   0xc(%ebp)
  800a96:	ff 75 08             	push   0x8(%ebp)
  800a99:	e8 86 ff ff ff       	call   800a24 <vsnprintf>
	va_end(ap);

	return rc;
}
  800a9e:	c9                   	leave
  800a9f:	c3                   	ret

00800aa0 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800aa0:	55                   	push   %ebp
  800aa1:	89 e5                	mov    %esp,%ebp
  800aa3:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800aa6:	80 3a 00             	cmpb   $0x0,(%edx)
  800aa9:	74 10                	je     800abb <strlen+0x1b>
  800aab:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800ab0:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800ab3:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800ab7:	75 f7                	jne    800ab0 <strlen+0x10>
	return n;
}
  800ab9:	5d                   	pop    %ebp
  800aba:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  800abb:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800ac0:	eb f7                	jmp    800ab9 <strlen+0x19>

00800ac2 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800ac2:	55                   	push   %ebp
  800ac3:	89 e5                	mov    %esp,%ebp
  800ac5:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800ac8:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800acb:	85 d2                	test   %edx,%edx
  800acd:	74 16                	je     800ae5 <strnlen+0x23>
  800acf:	b8 00 00 00 00       	mov    $0x0,%eax
  800ad4:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800ad8:	74 09                	je     800ae3 <strnlen+0x21>
		n++;
  800ada:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800add:	39 d0                	cmp    %edx,%eax
  800adf:	75 f3                	jne    800ad4 <strnlen+0x12>
		n++;
  800ae1:	89 d0                	mov    %edx,%eax
	return n;
}
  800ae3:	5d                   	pop    %ebp
  800ae4:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800ae5:	b8 00 00 00 00       	mov    $0x0,%eax
  800aea:	eb f7                	jmp    800ae3 <strnlen+0x21>

00800aec <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800aec:	55                   	push   %ebp
  800aed:	89 e5                	mov    %esp,%ebp
  800aef:	53                   	push   %ebx
  800af0:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800af3:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800af6:	b8 00 00 00 00       	mov    $0x0,%eax
  800afb:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800aff:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800b02:	83 c0 01             	add    $0x1,%eax
  800b05:	84 d2                	test   %dl,%dl
  800b07:	75 f2                	jne    800afb <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800b09:	89 c8                	mov    %ecx,%eax
  800b0b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b0e:	c9                   	leave
  800b0f:	c3                   	ret

00800b10 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800b10:	55                   	push   %ebp
  800b11:	89 e5                	mov    %esp,%ebp
  800b13:	53                   	push   %ebx
  800b14:	83 ec 10             	sub    $0x10,%esp
  800b17:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800b1a:	53                   	push   %ebx
  800b1b:	e8 80 ff ff ff       	call   800aa0 <strlen>
  800b20:	83 c4 08             	add    $0x8,%esp
  800b23:	ff 75 0c             	push   0xc(%ebp)
  800b26:	01 d8                	add    %ebx,%eax
  800b28:	50                   	push   %eax
  800b29:	e8 be ff ff ff       	call   800aec <strcpy>
	return dst;
}
  800b2e:	89 d8                	mov    %ebx,%eax
  800b30:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b33:	c9                   	leave
  800b34:	c3                   	ret

00800b35 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800b35:	55                   	push   %ebp
  800b36:	89 e5                	mov    %esp,%ebp
  800b38:	56                   	push   %esi
  800b39:	53                   	push   %ebx
  800b3a:	8b 75 08             	mov    0x8(%ebp),%esi
  800b3d:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b40:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800b43:	85 db                	test   %ebx,%ebx
  800b45:	74 17                	je     800b5e <strncpy+0x29>
  800b47:	01 f3                	add    %esi,%ebx
  800b49:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800b4b:	83 c0 01             	add    $0x1,%eax
  800b4e:	0f b6 0a             	movzbl (%edx),%ecx
  800b51:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800b54:	80 f9 01             	cmp    $0x1,%cl
  800b57:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800b5a:	39 c3                	cmp    %eax,%ebx
  800b5c:	75 ed                	jne    800b4b <strncpy+0x16>
	}
	return ret;
}
  800b5e:	89 f0                	mov    %esi,%eax
  800b60:	5b                   	pop    %ebx
  800b61:	5e                   	pop    %esi
  800b62:	5d                   	pop    %ebp
  800b63:	c3                   	ret

00800b64 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800b64:	55                   	push   %ebp
  800b65:	89 e5                	mov    %esp,%ebp
  800b67:	56                   	push   %esi
  800b68:	53                   	push   %ebx
  800b69:	8b 75 08             	mov    0x8(%ebp),%esi
  800b6c:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b6f:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800b72:	89 f0                	mov    %esi,%eax
  800b74:	85 db                	test   %ebx,%ebx
  800b76:	74 1e                	je     800b96 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800b78:	83 eb 01             	sub    $0x1,%ebx
  800b7b:	74 16                	je     800b93 <strlcpy+0x2f>
  800b7d:	01 f3                	add    %esi,%ebx
  800b7f:	0f b6 0a             	movzbl (%edx),%ecx
  800b82:	84 c9                	test   %cl,%cl
  800b84:	74 0d                	je     800b93 <strlcpy+0x2f>
			*dst++ = *src++;
  800b86:	83 c2 01             	add    $0x1,%edx
  800b89:	83 c0 01             	add    $0x1,%eax
  800b8c:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800b8f:	39 d8                	cmp    %ebx,%eax
  800b91:	75 ec                	jne    800b7f <strlcpy+0x1b>
		*dst = '\0';
  800b93:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800b96:	29 f0                	sub    %esi,%eax
}
  800b98:	5b                   	pop    %ebx
  800b99:	5e                   	pop    %esi
  800b9a:	5d                   	pop    %ebp
  800b9b:	c3                   	ret

00800b9c <strcmp>:

int
strcmp(const char *p, const char *q)
{
  800b9c:	55                   	push   %ebp
  800b9d:	89 e5                	mov    %esp,%ebp
  800b9f:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800ba2:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800ba5:	0f b6 01             	movzbl (%ecx),%eax
  800ba8:	84 c0                	test   %al,%al
  800baa:	74 11                	je     800bbd <strcmp+0x21>
  800bac:	38 02                	cmp    %al,(%edx)
  800bae:	75 0d                	jne    800bbd <strcmp+0x21>
		p++, q++;
  800bb0:	83 c1 01             	add    $0x1,%ecx
  800bb3:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800bb6:	0f b6 01             	movzbl (%ecx),%eax
  800bb9:	84 c0                	test   %al,%al
  800bbb:	75 ef                	jne    800bac <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800bbd:	0f b6 c0             	movzbl %al,%eax
  800bc0:	0f b6 12             	movzbl (%edx),%edx
  800bc3:	29 d0                	sub    %edx,%eax
}
  800bc5:	5d                   	pop    %ebp
  800bc6:	c3                   	ret

00800bc7 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800bc7:	55                   	push   %ebp
  800bc8:	89 e5                	mov    %esp,%ebp
  800bca:	53                   	push   %ebx
  800bcb:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800bce:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800bd1:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800bd4:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800bd9:	85 d2                	test   %edx,%edx
  800bdb:	74 2e                	je     800c0b <strncmp+0x44>
  800bdd:	0f b6 01             	movzbl (%ecx),%eax
  800be0:	84 c0                	test   %al,%al
  800be2:	74 16                	je     800bfa <strncmp+0x33>
  800be4:	3a 03                	cmp    (%ebx),%al
  800be6:	75 12                	jne    800bfa <strncmp+0x33>
		n--, p++, q++;
  800be8:	83 c1 01             	add    $0x1,%ecx
  800beb:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800bee:	83 ea 01             	sub    $0x1,%edx
  800bf1:	75 ea                	jne    800bdd <strncmp+0x16>
		return 0;
  800bf3:	b8 00 00 00 00       	mov    $0x0,%eax
  800bf8:	eb 11                	jmp    800c0b <strncmp+0x44>
  800bfa:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800bff:	85 d2                	test   %edx,%edx
  800c01:	74 08                	je     800c0b <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800c03:	0f b6 01             	movzbl (%ecx),%eax
  800c06:	0f b6 13             	movzbl (%ebx),%edx
  800c09:	29 d0                	sub    %edx,%eax
}
  800c0b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c0e:	c9                   	leave
  800c0f:	c3                   	ret

00800c10 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800c10:	55                   	push   %ebp
  800c11:	89 e5                	mov    %esp,%ebp
  800c13:	8b 45 08             	mov    0x8(%ebp),%eax
  800c16:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800c1a:	0f b6 10             	movzbl (%eax),%edx
  800c1d:	84 d2                	test   %dl,%dl
  800c1f:	74 15                	je     800c36 <strchr+0x26>
		if (*s == c)
  800c21:	38 d1                	cmp    %dl,%cl
  800c23:	74 0f                	je     800c34 <strchr+0x24>
	for (; *s; s++)
  800c25:	83 c0 01             	add    $0x1,%eax
  800c28:	0f b6 10             	movzbl (%eax),%edx
  800c2b:	84 d2                	test   %dl,%dl
  800c2d:	75 f2                	jne    800c21 <strchr+0x11>
			return (char *) s;
	return 0;
  800c2f:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800c34:	5d                   	pop    %ebp
  800c35:	c3                   	ret
	return 0;
  800c36:	b8 00 00 00 00       	mov    $0x0,%eax
  800c3b:	eb f7                	jmp    800c34 <strchr+0x24>

00800c3d <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800c3d:	55                   	push   %ebp
  800c3e:	89 e5                	mov    %esp,%ebp
  800c40:	53                   	push   %ebx
  800c41:	8b 45 08             	mov    0x8(%ebp),%eax
  800c44:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800c47:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800c4a:	38 d3                	cmp    %dl,%bl
  800c4c:	74 14                	je     800c62 <strfind+0x25>
  800c4e:	89 d1                	mov    %edx,%ecx
  800c50:	84 db                	test   %bl,%bl
  800c52:	74 0e                	je     800c62 <strfind+0x25>
	for (; *s; s++)
  800c54:	83 c0 01             	add    $0x1,%eax
  800c57:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800c5a:	38 ca                	cmp    %cl,%dl
  800c5c:	74 04                	je     800c62 <strfind+0x25>
  800c5e:	84 d2                	test   %dl,%dl
  800c60:	75 f2                	jne    800c54 <strfind+0x17>
			break;
	return (char *) s;
}
  800c62:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c65:	c9                   	leave
  800c66:	c3                   	ret

00800c67 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800c67:	55                   	push   %ebp
  800c68:	89 e5                	mov    %esp,%ebp
  800c6a:	53                   	push   %ebx
  800c6b:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800c6e:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800c71:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800c74:	85 d2                	test   %edx,%edx
  800c76:	74 0e                	je     800c86 <memset+0x1f>
  800c78:	01 da                	add    %ebx,%edx
	char *p = v;
  800c7a:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800c7c:	83 c0 01             	add    $0x1,%eax
  800c7f:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800c82:	39 c2                	cmp    %eax,%edx
  800c84:	75 f6                	jne    800c7c <memset+0x15>
	return v;
}
  800c86:	89 d8                	mov    %ebx,%eax
  800c88:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c8b:	c9                   	leave
  800c8c:	c3                   	ret

00800c8d <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800c8d:	55                   	push   %ebp
  800c8e:	89 e5                	mov    %esp,%ebp
  800c90:	56                   	push   %esi
  800c91:	53                   	push   %ebx
  800c92:	8b 75 08             	mov    0x8(%ebp),%esi
  800c95:	8b 45 0c             	mov    0xc(%ebp),%eax
  800c98:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800c9b:	39 f0                	cmp    %esi,%eax
  800c9d:	72 20                	jb     800cbf <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800c9f:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800ca2:	89 f2                	mov    %esi,%edx
  800ca4:	85 c9                	test   %ecx,%ecx
  800ca6:	74 11                	je     800cb9 <memmove+0x2c>
			*d++ = *s++;
  800ca8:	83 c0 01             	add    $0x1,%eax
  800cab:	83 c2 01             	add    $0x1,%edx
  800cae:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800cb2:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800cb5:	39 d8                	cmp    %ebx,%eax
  800cb7:	75 ef                	jne    800ca8 <memmove+0x1b>
	return dst;
}
  800cb9:	89 f0                	mov    %esi,%eax
  800cbb:	5b                   	pop    %ebx
  800cbc:	5e                   	pop    %esi
  800cbd:	5d                   	pop    %ebp
  800cbe:	c3                   	ret
	if (s < d && s + n > d) {
  800cbf:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800cc2:	39 d6                	cmp    %edx,%esi
  800cc4:	73 d9                	jae    800c9f <memmove+0x12>
		while (n-- > 0)
  800cc6:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800cc9:	85 c9                	test   %ecx,%ecx
  800ccb:	74 ec                	je     800cb9 <memmove+0x2c>
			*--d = *--s;
  800ccd:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800cd1:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800cd4:	83 ea 01             	sub    $0x1,%edx
  800cd7:	83 fa ff             	cmp    $0xffffffff,%edx
  800cda:	75 f1                	jne    800ccd <memmove+0x40>
  800cdc:	eb db                	jmp    800cb9 <memmove+0x2c>

00800cde <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800cde:	55                   	push   %ebp
  800cdf:	89 e5                	mov    %esp,%ebp
  800ce1:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800ce4:	ff 75 10             	push   0x10(%ebp)
  800ce7:	ff 75 0c             	push   0xc(%ebp)
  800cea:	ff 75 08             	push   0x8(%ebp)
  800ced:	e8 9b ff ff ff       	call   800c8d <memmove>
}
  800cf2:	c9                   	leave
  800cf3:	c3                   	ret

00800cf4 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800cf4:	55                   	push   %ebp
  800cf5:	89 e5                	mov    %esp,%ebp
  800cf7:	56                   	push   %esi
  800cf8:	53                   	push   %ebx
  800cf9:	8b 45 08             	mov    0x8(%ebp),%eax
  800cfc:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cff:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800d02:	85 f6                	test   %esi,%esi
  800d04:	74 29                	je     800d2f <memcmp+0x3b>
  800d06:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800d08:	0f b6 08             	movzbl (%eax),%ecx
  800d0b:	0f b6 1a             	movzbl (%edx),%ebx
  800d0e:	38 d9                	cmp    %bl,%cl
  800d10:	75 11                	jne    800d23 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800d12:	83 c0 01             	add    $0x1,%eax
  800d15:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800d18:	39 c6                	cmp    %eax,%esi
  800d1a:	75 ec                	jne    800d08 <memcmp+0x14>
	}
	return 0;
  800d1c:	b8 00 00 00 00       	mov    $0x0,%eax
  800d21:	eb 08                	jmp    800d2b <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800d23:	0f b6 c1             	movzbl %cl,%eax
  800d26:	0f b6 db             	movzbl %bl,%ebx
  800d29:	29 d8                	sub    %ebx,%eax
}
  800d2b:	5b                   	pop    %ebx
  800d2c:	5e                   	pop    %esi
  800d2d:	5d                   	pop    %ebp
  800d2e:	c3                   	ret
	return 0;
  800d2f:	b8 00 00 00 00       	mov    $0x0,%eax
  800d34:	eb f5                	jmp    800d2b <memcmp+0x37>

00800d36 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800d36:	55                   	push   %ebp
  800d37:	89 e5                	mov    %esp,%ebp
  800d39:	8b 45 08             	mov    0x8(%ebp),%eax
  800d3c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800d3f:	89 c2                	mov    %eax,%edx
  800d41:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800d44:	39 d0                	cmp    %edx,%eax
  800d46:	73 0d                	jae    800d55 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800d48:	38 08                	cmp    %cl,(%eax)
  800d4a:	74 0d                	je     800d59 <memfind+0x23>
	for (; s < ends; s++)
  800d4c:	83 c0 01             	add    $0x1,%eax
  800d4f:	39 c2                	cmp    %eax,%edx
  800d51:	75 f5                	jne    800d48 <memfind+0x12>
  800d53:	eb 06                	jmp    800d5b <memfind+0x25>
  800d55:	89 c2                	mov    %eax,%edx
  800d57:	eb 02                	jmp    800d5b <memfind+0x25>
  800d59:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800d5b:	89 d0                	mov    %edx,%eax
  800d5d:	5d                   	pop    %ebp
  800d5e:	c3                   	ret

00800d5f <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800d5f:	55                   	push   %ebp
  800d60:	89 e5                	mov    %esp,%ebp
  800d62:	57                   	push   %edi
  800d63:	56                   	push   %esi
  800d64:	53                   	push   %ebx
  800d65:	8b 55 08             	mov    0x8(%ebp),%edx
  800d68:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800d6b:	0f b6 02             	movzbl (%edx),%eax
  800d6e:	3c 20                	cmp    $0x20,%al
  800d70:	74 04                	je     800d76 <strtol+0x17>
  800d72:	3c 09                	cmp    $0x9,%al
  800d74:	75 0e                	jne    800d84 <strtol+0x25>
		s++;
  800d76:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800d79:	0f b6 02             	movzbl (%edx),%eax
  800d7c:	3c 20                	cmp    $0x20,%al
  800d7e:	74 f6                	je     800d76 <strtol+0x17>
  800d80:	3c 09                	cmp    $0x9,%al
  800d82:	74 f2                	je     800d76 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800d84:	3c 2b                	cmp    $0x2b,%al
  800d86:	74 2a                	je     800db2 <strtol+0x53>
	int neg = 0;
  800d88:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800d8d:	3c 2d                	cmp    $0x2d,%al
  800d8f:	74 2b                	je     800dbc <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800d91:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800d97:	75 0f                	jne    800da8 <strtol+0x49>
  800d99:	80 3a 30             	cmpb   $0x30,(%edx)
  800d9c:	74 28                	je     800dc6 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800d9e:	85 db                	test   %ebx,%ebx
  800da0:	b8 0a 00 00 00       	mov    $0xa,%eax
  800da5:	0f 44 d8             	cmove  %eax,%ebx
  800da8:	b9 00 00 00 00       	mov    $0x0,%ecx
  800dad:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800db0:	eb 46                	jmp    800df8 <strtol+0x99>
		s++;
  800db2:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800db5:	bf 00 00 00 00       	mov    $0x0,%edi
  800dba:	eb d5                	jmp    800d91 <strtol+0x32>
		s++, neg = 1;
  800dbc:	83 c2 01             	add    $0x1,%edx
  800dbf:	bf 01 00 00 00       	mov    $0x1,%edi
  800dc4:	eb cb                	jmp    800d91 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800dc6:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800dca:	74 0e                	je     800dda <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800dcc:	85 db                	test   %ebx,%ebx
  800dce:	75 d8                	jne    800da8 <strtol+0x49>
		s++, base = 8;
  800dd0:	83 c2 01             	add    $0x1,%edx
  800dd3:	bb 08 00 00 00       	mov    $0x8,%ebx
  800dd8:	eb ce                	jmp    800da8 <strtol+0x49>
		s += 2, base = 16;
  800dda:	83 c2 02             	add    $0x2,%edx
  800ddd:	bb 10 00 00 00       	mov    $0x10,%ebx
  800de2:	eb c4                	jmp    800da8 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800de4:	0f be c0             	movsbl %al,%eax
  800de7:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800dea:	3b 45 10             	cmp    0x10(%ebp),%eax
  800ded:	7d 3a                	jge    800e29 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800def:	83 c2 01             	add    $0x1,%edx
  800df2:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800df6:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800df8:	0f b6 02             	movzbl (%edx),%eax
  800dfb:	8d 70 d0             	lea    -0x30(%eax),%esi
  800dfe:	89 f3                	mov    %esi,%ebx
  800e00:	80 fb 09             	cmp    $0x9,%bl
  800e03:	76 df                	jbe    800de4 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800e05:	8d 70 9f             	lea    -0x61(%eax),%esi
  800e08:	89 f3                	mov    %esi,%ebx
  800e0a:	80 fb 19             	cmp    $0x19,%bl
  800e0d:	77 08                	ja     800e17 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800e0f:	0f be c0             	movsbl %al,%eax
  800e12:	83 e8 57             	sub    $0x57,%eax
  800e15:	eb d3                	jmp    800dea <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800e17:	8d 70 bf             	lea    -0x41(%eax),%esi
  800e1a:	89 f3                	mov    %esi,%ebx
  800e1c:	80 fb 19             	cmp    $0x19,%bl
  800e1f:	77 08                	ja     800e29 <strtol+0xca>
			dig = *s - 'A' + 10;
  800e21:	0f be c0             	movsbl %al,%eax
  800e24:	83 e8 37             	sub    $0x37,%eax
  800e27:	eb c1                	jmp    800dea <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800e29:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800e2d:	74 05                	je     800e34 <strtol+0xd5>
		*endptr = (char *) s;
  800e2f:	8b 45 0c             	mov    0xc(%ebp),%eax
  800e32:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800e34:	89 c8                	mov    %ecx,%eax
  800e36:	f7 d8                	neg    %eax
  800e38:	85 ff                	test   %edi,%edi
  800e3a:	0f 45 c8             	cmovne %eax,%ecx
}
  800e3d:	89 c8                	mov    %ecx,%eax
  800e3f:	5b                   	pop    %ebx
  800e40:	5e                   	pop    %esi
  800e41:	5f                   	pop    %edi
  800e42:	5d                   	pop    %ebp
  800e43:	c3                   	ret

00800e44 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800e44:	55                   	push   %ebp
  800e45:	89 e5                	mov    %esp,%ebp
  800e47:	57                   	push   %edi
  800e48:	56                   	push   %esi
  800e49:	53                   	push   %ebx
  800e4a:	83 ec 24             	sub    $0x24,%esp
  800e4d:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800e50:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800e53:	8b 45 08             	mov    0x8(%ebp),%eax
  800e56:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e59:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800e5c:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800e5f:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800e62:	89 d1                	mov    %edx,%ecx
  800e64:	09 c1                	or     %eax,%ecx
  800e66:	74 2f                	je     800e97 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800e68:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800e6b:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800e6e:	89 d0                	mov    %edx,%eax
  800e70:	83 c8 00             	or     $0x0,%eax
  800e73:	74 48                	je     800ebd <udivmod64+0x79>
  800e75:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800e7a:	be 00 00 00 00       	mov    $0x0,%esi
  800e7f:	bf 00 00 00 00       	mov    $0x0,%edi
  800e84:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800e8b:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800e92:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800e95:	eb 5f                	jmp    800ef6 <udivmod64+0xb2>
		return ~0ULL;
  800e97:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800e9e:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800ea5:	85 db                	test   %ebx,%ebx
  800ea7:	0f 84 b7 00 00 00    	je     800f64 <udivmod64+0x120>
			*rem = n;
  800ead:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800eb0:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800eb3:	89 03                	mov    %eax,(%ebx)
  800eb5:	89 53 04             	mov    %edx,0x4(%ebx)
  800eb8:	e9 a7 00 00 00       	jmp    800f64 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800ebd:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800ec0:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800ec3:	85 db                	test   %ebx,%ebx
  800ec5:	74 12                	je     800ed9 <udivmod64+0x95>
			*rem = n32 % d32;
  800ec7:	89 c8                	mov    %ecx,%eax
  800ec9:	ba 00 00 00 00       	mov    $0x0,%edx
  800ece:	f7 f6                	div    %esi
  800ed0:	89 13                	mov    %edx,(%ebx)
  800ed2:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800ed9:	89 c8                	mov    %ecx,%eax
  800edb:	ba 00 00 00 00       	mov    $0x0,%edx
  800ee0:	f7 f6                	div    %esi
  800ee2:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800ee5:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800eec:	eb 76                	jmp    800f64 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800eee:	83 e9 01             	sub    $0x1,%ecx
  800ef1:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800ef4:	74 62                	je     800f58 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800ef6:	89 f0                	mov    %esi,%eax
  800ef8:	89 fa                	mov    %edi,%edx
  800efa:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800efe:	01 c0                	add    %eax,%eax
  800f00:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800f03:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800f06:	0f ad fe             	shrd   %cl,%edi,%esi
  800f09:	d3 ef                	shr    %cl,%edi
  800f0b:	f6 c1 20             	test   $0x20,%cl
  800f0e:	74 04                	je     800f14 <udivmod64+0xd0>
  800f10:	89 fe                	mov    %edi,%esi
  800f12:	31 ff                	xor    %edi,%edi
  800f14:	89 f7                	mov    %esi,%edi
  800f16:	83 e7 01             	and    $0x1,%edi
  800f19:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800f1c:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800f23:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800f26:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800f29:	09 c6                	or     %eax,%esi
  800f2b:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800f2d:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800f30:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800f33:	39 c6                	cmp    %eax,%esi
  800f35:	89 fb                	mov    %edi,%ebx
  800f37:	19 d3                	sbb    %edx,%ebx
  800f39:	72 b3                	jb     800eee <udivmod64+0xaa>
			r -= d;
  800f3b:	29 c6                	sub    %eax,%esi
  800f3d:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800f3f:	31 c0                	xor    %eax,%eax
  800f41:	31 d2                	xor    %edx,%edx
  800f43:	f6 c1 20             	test   $0x20,%cl
  800f46:	0f 94 c0             	sete   %al
  800f49:	0f 95 c2             	setne  %dl
  800f4c:	d3 e0                	shl    %cl,%eax
  800f4e:	d3 e2                	shl    %cl,%edx
  800f50:	09 45 d0             	or     %eax,-0x30(%ebp)
  800f53:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800f56:	eb 96                	jmp    800eee <udivmod64+0xaa>
		}
	}
	if (rem)
  800f58:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f5b:	85 db                	test   %ebx,%ebx
  800f5d:	74 05                	je     800f64 <udivmod64+0x120>
		*rem = r;
  800f5f:	89 33                	mov    %esi,(%ebx)
  800f61:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800f64:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800f67:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800f6a:	83 c4 24             	add    $0x24,%esp
  800f6d:	5b                   	pop    %ebx
  800f6e:	5e                   	pop    %esi
  800f6f:	5f                   	pop    %edi
  800f70:	5d                   	pop    %ebp
  800f71:	c3                   	ret

00800f72 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800f72:	55                   	push   %ebp
  800f73:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800f75:	83 ec 04             	sub    $0x4,%esp
  800f78:	6a 00                	push   $0x0
  800f7a:	ff 75 14             	push   0x14(%ebp)
  800f7d:	ff 75 10             	push   0x10(%ebp)
  800f80:	8b 45 08             	mov    0x8(%ebp),%eax
  800f83:	8b 55 0c             	mov    0xc(%ebp),%edx
  800f86:	e8 b9 fe ff ff       	call   800e44 <udivmod64>
}
  800f8b:	c9                   	leave
  800f8c:	c3                   	ret

00800f8d <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800f8d:	55                   	push   %ebp
  800f8e:	89 e5                	mov    %esp,%ebp
  800f90:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800f93:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800f96:	50                   	push   %eax
  800f97:	ff 75 14             	push   0x14(%ebp)
  800f9a:	ff 75 10             	push   0x10(%ebp)
  800f9d:	8b 45 08             	mov    0x8(%ebp),%eax
  800fa0:	8b 55 0c             	mov    0xc(%ebp),%edx
  800fa3:	e8 9c fe ff ff       	call   800e44 <udivmod64>
	return r;
}
  800fa8:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800fab:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800fae:	c9                   	leave
  800faf:	c3                   	ret

00800fb0 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800fb0:	55                   	push   %ebp
  800fb1:	89 e5                	mov    %esp,%ebp
  800fb3:	57                   	push   %edi
  800fb4:	56                   	push   %esi
  800fb5:	53                   	push   %ebx
  800fb6:	83 ec 0c             	sub    $0xc,%esp
  800fb9:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800fbc:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800fbf:	8b 45 10             	mov    0x10(%ebp),%eax
  800fc2:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800fc5:	89 ce                	mov    %ecx,%esi
  800fc7:	89 df                	mov    %ebx,%edi
  800fc9:	31 c6                	xor    %eax,%esi
  800fcb:	31 d7                	xor    %edx,%edi
  800fcd:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800fd0:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800fd3:	89 c6                	mov    %eax,%esi
  800fd5:	89 d7                	mov    %edx,%edi
  800fd7:	85 d2                	test   %edx,%edx
  800fd9:	78 25                	js     801000 <__divdi3+0x50>
  800fdb:	89 c8                	mov    %ecx,%eax
  800fdd:	89 da                	mov    %ebx,%edx
  800fdf:	85 db                	test   %ebx,%ebx
  800fe1:	78 2a                	js     80100d <__divdi3+0x5d>
  800fe3:	83 ec 04             	sub    $0x4,%esp
  800fe6:	6a 00                	push   $0x0
  800fe8:	57                   	push   %edi
  800fe9:	56                   	push   %esi
  800fea:	e8 55 fe ff ff       	call   800e44 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800fef:	83 c4 10             	add    $0x10,%esp
  800ff2:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800ff6:	78 1e                	js     801016 <__divdi3+0x66>
}
  800ff8:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ffb:	5b                   	pop    %ebx
  800ffc:	5e                   	pop    %esi
  800ffd:	5f                   	pop    %edi
  800ffe:	5d                   	pop    %ebp
  800fff:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801000:	f7 d8                	neg    %eax
  801002:	83 d2 00             	adc    $0x0,%edx
  801005:	f7 da                	neg    %edx
  801007:	89 c6                	mov    %eax,%esi
  801009:	89 d7                	mov    %edx,%edi
  80100b:	eb ce                	jmp    800fdb <__divdi3+0x2b>
  80100d:	f7 d8                	neg    %eax
  80100f:	83 d2 00             	adc    $0x0,%edx
  801012:	f7 da                	neg    %edx
  801014:	eb cd                	jmp    800fe3 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  801016:	f7 d8                	neg    %eax
  801018:	83 d2 00             	adc    $0x0,%edx
  80101b:	f7 da                	neg    %edx
  80101d:	eb d9                	jmp    800ff8 <__divdi3+0x48>

0080101f <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  80101f:	55                   	push   %ebp
  801020:	89 e5                	mov    %esp,%ebp
  801022:	57                   	push   %edi
  801023:	56                   	push   %esi
  801024:	53                   	push   %ebx
  801025:	83 ec 14             	sub    $0x14,%esp
  801028:	8b 45 08             	mov    0x8(%ebp),%eax
  80102b:	8b 55 0c             	mov    0xc(%ebp),%edx
  80102e:	8b 4d 10             	mov    0x10(%ebp),%ecx
  801031:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801034:	89 ce                	mov    %ecx,%esi
  801036:	89 df                	mov    %ebx,%edi
  801038:	85 db                	test   %ebx,%ebx
  80103a:	78 23                	js     80105f <__moddi3+0x40>
  80103c:	85 d2                	test   %edx,%edx
  80103e:	78 28                	js     801068 <__moddi3+0x49>
  801040:	83 ec 04             	sub    $0x4,%esp
  801043:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801046:	51                   	push   %ecx
  801047:	57                   	push   %edi
  801048:	56                   	push   %esi
  801049:	e8 f6 fd ff ff       	call   800e44 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  80104e:	8b 45 e8             	mov    -0x18(%ebp),%eax
  801051:	8b 55 ec             	mov    -0x14(%ebp),%edx
  801054:	83 c4 10             	add    $0x10,%esp
}
  801057:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80105a:	5b                   	pop    %ebx
  80105b:	5e                   	pop    %esi
  80105c:	5f                   	pop    %edi
  80105d:	5d                   	pop    %ebp
  80105e:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  80105f:	f7 de                	neg    %esi
  801061:	83 d7 00             	adc    $0x0,%edi
  801064:	f7 df                	neg    %edi
  801066:	eb d4                	jmp    80103c <__moddi3+0x1d>
  801068:	f7 d8                	neg    %eax
  80106a:	83 d2 00             	adc    $0x0,%edx
  80106d:	f7 da                	neg    %edx
  80106f:	83 ec 04             	sub    $0x4,%esp
  801072:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801075:	51                   	push   %ecx
  801076:	57                   	push   %edi
  801077:	56                   	push   %esi
  801078:	e8 c7 fd ff ff       	call   800e44 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  80107d:	8b 45 e8             	mov    -0x18(%ebp),%eax
  801080:	8b 55 ec             	mov    -0x14(%ebp),%edx
  801083:	f7 d8                	neg    %eax
  801085:	83 d2 00             	adc    $0x0,%edx
  801088:	f7 da                	neg    %edx
  80108a:	83 c4 10             	add    $0x10,%esp
  80108d:	eb c8                	jmp    801057 <__moddi3+0x38>
