
obj-walkfork/user/faultnostack:     file format elf32-i386


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
  80002c:	e8 23 00 00 00       	call   800054 <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:

void _pgfault_upcall();

void
umain(int argc, char **argv)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	83 ec 10             	sub    $0x10,%esp
	sys_env_set_pgfault_upcall(0, (void*) _pgfault_upcall);
  800039:	68 17 03 80 00       	push   $0x800317
  80003e:	6a 00                	push   $0x0
  800040:	e8 2c 02 00 00       	call   800271 <sys_env_set_pgfault_upcall>
	*(volatile int*)0 = 0;
  800045:	c7 05 00 00 00 00 00 	movl   $0x0,0x0
  80004c:	00 00 00 
}
  80004f:	83 c4 10             	add    $0x10,%esp
  800052:	c9                   	leave
  800053:	c3                   	ret

00800054 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  800054:	55                   	push   %ebp
  800055:	89 e5                	mov    %esp,%ebp
  800057:	56                   	push   %esi
  800058:	53                   	push   %ebx
  800059:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80005c:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  80005f:	e8 c6 00 00 00       	call   80012a <sys_getenvid>
  800064:	25 ff 03 00 00       	and    $0x3ff,%eax
  800069:	6b c0 7c             	imul   $0x7c,%eax,%eax
  80006c:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  800071:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800076:	85 db                	test   %ebx,%ebx
  800078:	7e 07                	jle    800081 <libmain+0x2d>
		binaryname = argv[0];
  80007a:	8b 06                	mov    (%esi),%eax
  80007c:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800081:	83 ec 08             	sub    $0x8,%esp
  800084:	56                   	push   %esi
  800085:	53                   	push   %ebx
  800086:	e8 a8 ff ff ff       	call   800033 <umain>

	exit();
  80008b:	e8 0a 00 00 00       	call   80009a <exit>
}
  800090:	83 c4 10             	add    $0x10,%esp
  800093:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800096:	5b                   	pop    %ebx
  800097:	5e                   	pop    %esi
  800098:	5d                   	pop    %ebp
  800099:	c3                   	ret

0080009a <exit>:

#include <inc/lib.h>

void
exit(void)
{
  80009a:	55                   	push   %ebp
  80009b:	89 e5                	mov    %esp,%ebp
  80009d:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  8000a0:	6a 00                	push   $0x0
  8000a2:	e8 42 00 00 00       	call   8000e9 <sys_env_destroy>
}
  8000a7:	83 c4 10             	add    $0x10,%esp
  8000aa:	c9                   	leave
  8000ab:	c3                   	ret

008000ac <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  8000ac:	55                   	push   %ebp
  8000ad:	89 e5                	mov    %esp,%ebp
  8000af:	57                   	push   %edi
  8000b0:	56                   	push   %esi
  8000b1:	53                   	push   %ebx
	asm volatile("int %1\n"
  8000b2:	b8 00 00 00 00       	mov    $0x0,%eax
  8000b7:	8b 55 08             	mov    0x8(%ebp),%edx
  8000ba:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8000bd:	89 c3                	mov    %eax,%ebx
  8000bf:	89 c7                	mov    %eax,%edi
  8000c1:	89 c6                	mov    %eax,%esi
  8000c3:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  8000c5:	5b                   	pop    %ebx
  8000c6:	5e                   	pop    %esi
  8000c7:	5f                   	pop    %edi
  8000c8:	5d                   	pop    %ebp
  8000c9:	c3                   	ret

008000ca <sys_cgetc>:

int
sys_cgetc(void)
{
  8000ca:	55                   	push   %ebp
  8000cb:	89 e5                	mov    %esp,%ebp
  8000cd:	57                   	push   %edi
  8000ce:	56                   	push   %esi
  8000cf:	53                   	push   %ebx
	asm volatile("int %1\n"
  8000d0:	ba 00 00 00 00       	mov    $0x0,%edx
  8000d5:	b8 01 00 00 00       	mov    $0x1,%eax
  8000da:	89 d1                	mov    %edx,%ecx
  8000dc:	89 d3                	mov    %edx,%ebx
  8000de:	89 d7                	mov    %edx,%edi
  8000e0:	89 d6                	mov    %edx,%esi
  8000e2:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  8000e4:	5b                   	pop    %ebx
  8000e5:	5e                   	pop    %esi
  8000e6:	5f                   	pop    %edi
  8000e7:	5d                   	pop    %ebp
  8000e8:	c3                   	ret

008000e9 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  8000e9:	55                   	push   %ebp
  8000ea:	89 e5                	mov    %esp,%ebp
  8000ec:	57                   	push   %edi
  8000ed:	56                   	push   %esi
  8000ee:	53                   	push   %ebx
  8000ef:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8000f2:	b9 00 00 00 00       	mov    $0x0,%ecx
  8000f7:	8b 55 08             	mov    0x8(%ebp),%edx
  8000fa:	b8 03 00 00 00       	mov    $0x3,%eax
  8000ff:	89 cb                	mov    %ecx,%ebx
  800101:	89 cf                	mov    %ecx,%edi
  800103:	89 ce                	mov    %ecx,%esi
  800105:	cd 30                	int    $0x30
	if (check && ret > 0)
  800107:	85 c0                	test   %eax,%eax
  800109:	7f 08                	jg     800113 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  80010b:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80010e:	5b                   	pop    %ebx
  80010f:	5e                   	pop    %esi
  800110:	5f                   	pop    %edi
  800111:	5d                   	pop    %ebp
  800112:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800113:	83 ec 0c             	sub    $0xc,%esp
  800116:	50                   	push   %eax
  800117:	6a 03                	push   $0x3
  800119:	68 4a 11 80 00       	push   $0x80114a
  80011e:	6a 1f                	push   $0x1f
  800120:	68 67 11 80 00       	push   $0x801167
  800125:	e8 13 02 00 00       	call   80033d <_panic>

0080012a <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  80012a:	55                   	push   %ebp
  80012b:	89 e5                	mov    %esp,%ebp
  80012d:	57                   	push   %edi
  80012e:	56                   	push   %esi
  80012f:	53                   	push   %ebx
	asm volatile("int %1\n"
  800130:	ba 00 00 00 00       	mov    $0x0,%edx
  800135:	b8 02 00 00 00       	mov    $0x2,%eax
  80013a:	89 d1                	mov    %edx,%ecx
  80013c:	89 d3                	mov    %edx,%ebx
  80013e:	89 d7                	mov    %edx,%edi
  800140:	89 d6                	mov    %edx,%esi
  800142:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800144:	5b                   	pop    %ebx
  800145:	5e                   	pop    %esi
  800146:	5f                   	pop    %edi
  800147:	5d                   	pop    %ebp
  800148:	c3                   	ret

00800149 <sys_yield>:

void
sys_yield(void)
{
  800149:	55                   	push   %ebp
  80014a:	89 e5                	mov    %esp,%ebp
  80014c:	57                   	push   %edi
  80014d:	56                   	push   %esi
  80014e:	53                   	push   %ebx
	asm volatile("int %1\n"
  80014f:	ba 00 00 00 00       	mov    $0x0,%edx
  800154:	b8 0a 00 00 00       	mov    $0xa,%eax
  800159:	89 d1                	mov    %edx,%ecx
  80015b:	89 d3                	mov    %edx,%ebx
  80015d:	89 d7                	mov    %edx,%edi
  80015f:	89 d6                	mov    %edx,%esi
  800161:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800163:	5b                   	pop    %ebx
  800164:	5e                   	pop    %esi
  800165:	5f                   	pop    %edi
  800166:	5d                   	pop    %ebp
  800167:	c3                   	ret

00800168 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800168:	55                   	push   %ebp
  800169:	89 e5                	mov    %esp,%ebp
  80016b:	57                   	push   %edi
  80016c:	56                   	push   %esi
  80016d:	53                   	push   %ebx
  80016e:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800171:	be 00 00 00 00       	mov    $0x0,%esi
  800176:	8b 55 08             	mov    0x8(%ebp),%edx
  800179:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80017c:	b8 04 00 00 00       	mov    $0x4,%eax
  800181:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800184:	89 f7                	mov    %esi,%edi
  800186:	cd 30                	int    $0x30
	if (check && ret > 0)
  800188:	85 c0                	test   %eax,%eax
  80018a:	7f 08                	jg     800194 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  80018c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80018f:	5b                   	pop    %ebx
  800190:	5e                   	pop    %esi
  800191:	5f                   	pop    %edi
  800192:	5d                   	pop    %ebp
  800193:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800194:	83 ec 0c             	sub    $0xc,%esp
  800197:	50                   	push   %eax
  800198:	6a 04                	push   $0x4
  80019a:	68 4a 11 80 00       	push   $0x80114a
  80019f:	6a 1f                	push   $0x1f
  8001a1:	68 67 11 80 00       	push   $0x801167
  8001a6:	e8 92 01 00 00       	call   80033d <_panic>

008001ab <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  8001ab:	55                   	push   %ebp
  8001ac:	89 e5                	mov    %esp,%ebp
  8001ae:	57                   	push   %edi
  8001af:	56                   	push   %esi
  8001b0:	53                   	push   %ebx
  8001b1:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8001b4:	8b 55 08             	mov    0x8(%ebp),%edx
  8001b7:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8001ba:	b8 05 00 00 00       	mov    $0x5,%eax
  8001bf:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8001c2:	8b 7d 14             	mov    0x14(%ebp),%edi
  8001c5:	8b 75 18             	mov    0x18(%ebp),%esi
  8001c8:	cd 30                	int    $0x30
	if (check && ret > 0)
  8001ca:	85 c0                	test   %eax,%eax
  8001cc:	7f 08                	jg     8001d6 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  8001ce:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001d1:	5b                   	pop    %ebx
  8001d2:	5e                   	pop    %esi
  8001d3:	5f                   	pop    %edi
  8001d4:	5d                   	pop    %ebp
  8001d5:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8001d6:	83 ec 0c             	sub    $0xc,%esp
  8001d9:	50                   	push   %eax
  8001da:	6a 05                	push   $0x5
  8001dc:	68 4a 11 80 00       	push   $0x80114a
  8001e1:	6a 1f                	push   $0x1f
  8001e3:	68 67 11 80 00       	push   $0x801167
  8001e8:	e8 50 01 00 00       	call   80033d <_panic>

008001ed <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  8001ed:	55                   	push   %ebp
  8001ee:	89 e5                	mov    %esp,%ebp
  8001f0:	57                   	push   %edi
  8001f1:	56                   	push   %esi
  8001f2:	53                   	push   %ebx
  8001f3:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8001f6:	bb 00 00 00 00       	mov    $0x0,%ebx
  8001fb:	8b 55 08             	mov    0x8(%ebp),%edx
  8001fe:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800201:	b8 06 00 00 00       	mov    $0x6,%eax
  800206:	89 df                	mov    %ebx,%edi
  800208:	89 de                	mov    %ebx,%esi
  80020a:	cd 30                	int    $0x30
	if (check && ret > 0)
  80020c:	85 c0                	test   %eax,%eax
  80020e:	7f 08                	jg     800218 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800210:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800213:	5b                   	pop    %ebx
  800214:	5e                   	pop    %esi
  800215:	5f                   	pop    %edi
  800216:	5d                   	pop    %ebp
  800217:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800218:	83 ec 0c             	sub    $0xc,%esp
  80021b:	50                   	push   %eax
  80021c:	6a 06                	push   $0x6
  80021e:	68 4a 11 80 00       	push   $0x80114a
  800223:	6a 1f                	push   $0x1f
  800225:	68 67 11 80 00       	push   $0x801167
  80022a:	e8 0e 01 00 00       	call   80033d <_panic>

0080022f <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  80022f:	55                   	push   %ebp
  800230:	89 e5                	mov    %esp,%ebp
  800232:	57                   	push   %edi
  800233:	56                   	push   %esi
  800234:	53                   	push   %ebx
  800235:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800238:	bb 00 00 00 00       	mov    $0x0,%ebx
  80023d:	8b 55 08             	mov    0x8(%ebp),%edx
  800240:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800243:	b8 08 00 00 00       	mov    $0x8,%eax
  800248:	89 df                	mov    %ebx,%edi
  80024a:	89 de                	mov    %ebx,%esi
  80024c:	cd 30                	int    $0x30
	if (check && ret > 0)
  80024e:	85 c0                	test   %eax,%eax
  800250:	7f 08                	jg     80025a <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800252:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800255:	5b                   	pop    %ebx
  800256:	5e                   	pop    %esi
  800257:	5f                   	pop    %edi
  800258:	5d                   	pop    %ebp
  800259:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80025a:	83 ec 0c             	sub    $0xc,%esp
  80025d:	50                   	push   %eax
  80025e:	6a 08                	push   $0x8
  800260:	68 4a 11 80 00       	push   $0x80114a
  800265:	6a 1f                	push   $0x1f
  800267:	68 67 11 80 00       	push   $0x801167
  80026c:	e8 cc 00 00 00       	call   80033d <_panic>

00800271 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800271:	55                   	push   %ebp
  800272:	89 e5                	mov    %esp,%ebp
  800274:	57                   	push   %edi
  800275:	56                   	push   %esi
  800276:	53                   	push   %ebx
  800277:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80027a:	bb 00 00 00 00       	mov    $0x0,%ebx
  80027f:	8b 55 08             	mov    0x8(%ebp),%edx
  800282:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800285:	b8 09 00 00 00       	mov    $0x9,%eax
  80028a:	89 df                	mov    %ebx,%edi
  80028c:	89 de                	mov    %ebx,%esi
  80028e:	cd 30                	int    $0x30
	if (check && ret > 0)
  800290:	85 c0                	test   %eax,%eax
  800292:	7f 08                	jg     80029c <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800294:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800297:	5b                   	pop    %ebx
  800298:	5e                   	pop    %esi
  800299:	5f                   	pop    %edi
  80029a:	5d                   	pop    %ebp
  80029b:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80029c:	83 ec 0c             	sub    $0xc,%esp
  80029f:	50                   	push   %eax
  8002a0:	6a 09                	push   $0x9
  8002a2:	68 4a 11 80 00       	push   $0x80114a
  8002a7:	6a 1f                	push   $0x1f
  8002a9:	68 67 11 80 00       	push   $0x801167
  8002ae:	e8 8a 00 00 00       	call   80033d <_panic>

008002b3 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8002b3:	55                   	push   %ebp
  8002b4:	89 e5                	mov    %esp,%ebp
  8002b6:	57                   	push   %edi
  8002b7:	56                   	push   %esi
  8002b8:	53                   	push   %ebx
	asm volatile("int %1\n"
  8002b9:	8b 55 08             	mov    0x8(%ebp),%edx
  8002bc:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8002bf:	b8 0b 00 00 00       	mov    $0xb,%eax
  8002c4:	be 00 00 00 00       	mov    $0x0,%esi
  8002c9:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8002cc:	8b 7d 14             	mov    0x14(%ebp),%edi
  8002cf:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8002d1:	5b                   	pop    %ebx
  8002d2:	5e                   	pop    %esi
  8002d3:	5f                   	pop    %edi
  8002d4:	5d                   	pop    %ebp
  8002d5:	c3                   	ret

008002d6 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8002d6:	55                   	push   %ebp
  8002d7:	89 e5                	mov    %esp,%ebp
  8002d9:	57                   	push   %edi
  8002da:	56                   	push   %esi
  8002db:	53                   	push   %ebx
  8002dc:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8002df:	b9 00 00 00 00       	mov    $0x0,%ecx
  8002e4:	8b 55 08             	mov    0x8(%ebp),%edx
  8002e7:	b8 0c 00 00 00       	mov    $0xc,%eax
  8002ec:	89 cb                	mov    %ecx,%ebx
  8002ee:	89 cf                	mov    %ecx,%edi
  8002f0:	89 ce                	mov    %ecx,%esi
  8002f2:	cd 30                	int    $0x30
	if (check && ret > 0)
  8002f4:	85 c0                	test   %eax,%eax
  8002f6:	7f 08                	jg     800300 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  8002f8:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8002fb:	5b                   	pop    %ebx
  8002fc:	5e                   	pop    %esi
  8002fd:	5f                   	pop    %edi
  8002fe:	5d                   	pop    %ebp
  8002ff:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800300:	83 ec 0c             	sub    $0xc,%esp
  800303:	50                   	push   %eax
  800304:	6a 0c                	push   $0xc
  800306:	68 4a 11 80 00       	push   $0x80114a
  80030b:	6a 1f                	push   $0x1f
  80030d:	68 67 11 80 00       	push   $0x801167
  800312:	e8 26 00 00 00       	call   80033d <_panic>

00800317 <_pgfault_upcall>:

.text
.globl _pgfault_upcall
_pgfault_upcall:
	// Call the C handler with a pointer to the UTrapframe.
	pushl %esp
  800317:	54                   	push   %esp
	movl _pgfault_handler, %eax
  800318:	a1 00 40 80 00       	mov    0x804000,%eax
	call *%eax
  80031d:	ff d0                	call   *%eax
	addl $4, %esp
  80031f:	83 c4 04             	add    $0x4,%esp

	// Push the trap-time eip onto the trap-time stack: store it one
	// word below utf_esp and make utf_esp point at it.
	movl 40(%esp), %eax
  800322:	8b 44 24 28          	mov    0x28(%esp),%eax
	movl 48(%esp), %edx
  800326:	8b 54 24 30          	mov    0x30(%esp),%edx
	subl $4, %edx
  80032a:	83 ea 04             	sub    $0x4,%edx
	movl %eax, (%edx)
  80032d:	89 02                	mov    %eax,(%edx)
	movl %edx, 48(%esp)
  80032f:	89 54 24 30          	mov    %edx,0x30(%esp)

	// Restore the general registers.
	addl $8, %esp		// skip utf_fault_va and utf_err
  800333:	83 c4 08             	add    $0x8,%esp
	popal
  800336:	61                   	popa

	// Restore eflags.  Skip utf_eip first: from popfl on, no arithmetic
	// instruction may run, or it would change the restored flags.
	addl $4, %esp
  800337:	83 c4 04             	add    $0x4,%esp
	popfl
  80033a:	9d                   	popf

	// Switch back to the trap-time stack (now holding the eip) ...
	popl %esp
  80033b:	5c                   	pop    %esp

	// ... and return to the faulting instruction.
	ret
  80033c:	c3                   	ret

0080033d <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  80033d:	55                   	push   %ebp
  80033e:	89 e5                	mov    %esp,%ebp
  800340:	56                   	push   %esi
  800341:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800342:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800345:	8b 35 00 20 80 00    	mov    0x802000,%esi
  80034b:	e8 da fd ff ff       	call   80012a <sys_getenvid>
  800350:	83 ec 0c             	sub    $0xc,%esp
  800353:	ff 75 0c             	push   0xc(%ebp)
  800356:	ff 75 08             	push   0x8(%ebp)
  800359:	56                   	push   %esi
  80035a:	50                   	push   %eax
  80035b:	68 78 11 80 00       	push   $0x801178
  800360:	e8 4d 07 00 00       	call   800ab2 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800365:	83 c4 18             	add    $0x18,%esp
  800368:	53                   	push   %ebx
  800369:	ff 75 10             	push   0x10(%ebp)
  80036c:	e8 56 00 00 00       	call   8003c7 <vcprintf>
	cprintf("\n");
  800371:	c7 04 24 9b 11 80 00 	movl   $0x80119b,(%esp)
  800378:	e8 35 07 00 00       	call   800ab2 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  80037d:	cc                   	int3
  80037e:	83 c4 10             	add    $0x10,%esp
	for (;;)
  800381:	eb fe                	jmp    800381 <_panic+0x44>

00800383 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  800383:	55                   	push   %ebp
  800384:	89 e5                	mov    %esp,%ebp
  800386:	53                   	push   %ebx
  800387:	83 ec 04             	sub    $0x4,%esp
  80038a:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  80038d:	8b 13                	mov    (%ebx),%edx
  80038f:	8d 42 01             	lea    0x1(%edx),%eax
  800392:	89 03                	mov    %eax,(%ebx)
  800394:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800397:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  80039b:	3d 00 01 00 00       	cmp    $0x100,%eax
  8003a0:	74 09                	je     8003ab <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  8003a2:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  8003a6:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8003a9:	c9                   	leave
  8003aa:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8003ab:	83 ec 08             	sub    $0x8,%esp
  8003ae:	68 00 01 00 00       	push   $0x100
  8003b3:	8d 43 08             	lea    0x8(%ebx),%eax
  8003b6:	50                   	push   %eax
  8003b7:	e8 f0 fc ff ff       	call   8000ac <sys_cputs>
		b->idx = 0;
  8003bc:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8003c2:	83 c4 10             	add    $0x10,%esp
  8003c5:	eb db                	jmp    8003a2 <putch+0x1f>

008003c7 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8003c7:	55                   	push   %ebp
  8003c8:	89 e5                	mov    %esp,%ebp
  8003ca:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8003d0:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8003d7:	00 00 00 
	b.cnt = 0;
  8003da:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8003e1:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8003e4:	ff 75 0c             	push   0xc(%ebp)
  8003e7:	ff 75 08             	push   0x8(%ebp)
  8003ea:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8003f0:	50                   	push   %eax
  8003f1:	68 83 03 80 00       	push   $0x800383
  8003f6:	e8 64 00 00 00       	call   80045f <vprintfmt>
	if (b->idx > 0) {
  8003fb:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  800401:	83 c4 10             	add    $0x10,%esp
  800404:	85 c0                	test   %eax,%eax
  800406:	7f 08                	jg     800410 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  800408:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  80040e:	c9                   	leave
  80040f:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  800410:	83 ec 08             	sub    $0x8,%esp
  800413:	50                   	push   %eax
  800414:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  80041a:	50                   	push   %eax
  80041b:	e8 8c fc ff ff       	call   8000ac <sys_cputs>
  800420:	83 c4 10             	add    $0x10,%esp
  800423:	eb e3                	jmp    800408 <vcprintf+0x41>

00800425 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  800425:	55                   	push   %ebp
  800426:	89 e5                	mov    %esp,%ebp
  800428:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  80042b:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  80042f:	8b 10                	mov    (%eax),%edx
  800431:	3b 50 04             	cmp    0x4(%eax),%edx
  800434:	73 0a                	jae    800440 <sprintputch+0x1b>
		*b->buf++ = ch;
  800436:	8d 4a 01             	lea    0x1(%edx),%ecx
  800439:	89 08                	mov    %ecx,(%eax)
  80043b:	8b 45 08             	mov    0x8(%ebp),%eax
  80043e:	88 02                	mov    %al,(%edx)
}
  800440:	5d                   	pop    %ebp
  800441:	c3                   	ret

00800442 <printfmt>:
{
  800442:	55                   	push   %ebp
  800443:	89 e5                	mov    %esp,%ebp
  800445:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800448:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  80044b:	50                   	push   %eax
  80044c:	ff 75 10             	push   0x10(%ebp)
  80044f:	ff 75 0c             	push   0xc(%ebp)
  800452:	ff 75 08             	push   0x8(%ebp)
  800455:	e8 05 00 00 00       	call   80045f <vprintfmt>
}
  80045a:	83 c4 10             	add    $0x10,%esp
  80045d:	c9                   	leave
  80045e:	c3                   	ret

0080045f <vprintfmt>:
{
  80045f:	55                   	push   %ebp
  800460:	89 e5                	mov    %esp,%ebp
  800462:	57                   	push   %edi
  800463:	56                   	push   %esi
  800464:	53                   	push   %ebx
  800465:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800468:	8b 45 10             	mov    0x10(%ebp),%eax
  80046b:	8d 58 01             	lea    0x1(%eax),%ebx
  80046e:	0f b6 00             	movzbl (%eax),%eax
  800471:	83 f8 25             	cmp    $0x25,%eax
  800474:	74 24                	je     80049a <vprintfmt+0x3b>
  800476:	8b 75 08             	mov    0x8(%ebp),%esi
  800479:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  80047c:	85 c0                	test   %eax,%eax
  80047e:	0f 84 d8 05 00 00    	je     800a5c <vprintfmt+0x5fd>
			putch(ch, putdat);
  800484:	83 ec 08             	sub    $0x8,%esp
  800487:	57                   	push   %edi
  800488:	50                   	push   %eax
  800489:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80048b:	83 c3 01             	add    $0x1,%ebx
  80048e:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800492:	83 c4 10             	add    $0x10,%esp
  800495:	83 f8 25             	cmp    $0x25,%eax
  800498:	75 e2                	jne    80047c <vprintfmt+0x1d>
		padc = ' ';
  80049a:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  80049e:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  8004a3:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  8004aa:	b9 00 00 00 00       	mov    $0x0,%ecx
  8004af:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8004b1:	8d 53 01             	lea    0x1(%ebx),%edx
  8004b4:	0f b6 0b             	movzbl (%ebx),%ecx
  8004b7:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8004ba:	3c 55                	cmp    $0x55,%al
  8004bc:	0f 87 21 05 00 00    	ja     8009e3 <vprintfmt+0x584>
  8004c2:	0f b6 c0             	movzbl %al,%eax
  8004c5:	ff 24 85 60 12 80 00 	jmp    *0x801260(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8004cc:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8004cf:	eb 97                	jmp    800468 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8004d1:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8004d3:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8004d7:	eb d8                	jmp    8004b1 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8004d9:	89 d3                	mov    %edx,%ebx
  8004db:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8004df:	eb d0                	jmp    8004b1 <vprintfmt+0x52>
  8004e1:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8004e4:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8004e7:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8004eb:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004ee:	83 f9 09             	cmp    $0x9,%ecx
  8004f1:	77 54                	ja     800547 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8004f3:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8004f6:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8004f9:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8004fd:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  800500:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800503:	83 f9 09             	cmp    $0x9,%ecx
  800506:	76 eb                	jbe    8004f3 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  800508:	89 d3                	mov    %edx,%ebx
  80050a:	eb 0d                	jmp    800519 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  80050c:	8b 45 14             	mov    0x14(%ebp),%eax
  80050f:	8b 38                	mov    (%eax),%edi
  800511:	8d 40 04             	lea    0x4(%eax),%eax
  800514:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800517:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  800519:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80051d:	79 92                	jns    8004b1 <vprintfmt+0x52>
				width = precision, precision = -1;
  80051f:	89 7d ac             	mov    %edi,-0x54(%ebp)
  800522:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  800527:	eb 88                	jmp    8004b1 <vprintfmt+0x52>
			if (width < 0)
  800529:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  80052c:	85 c9                	test   %ecx,%ecx
  80052e:	b8 00 00 00 00       	mov    $0x0,%eax
  800533:	0f 49 c1             	cmovns %ecx,%eax
  800536:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800539:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80053b:	e9 71 ff ff ff       	jmp    8004b1 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800540:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800542:	e9 6a ff ff ff       	jmp    8004b1 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800547:	89 d3                	mov    %edx,%ebx
  800549:	eb ce                	jmp    800519 <vprintfmt+0xba>
			lflag++;
  80054b:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80054e:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800550:	e9 5c ff ff ff       	jmp    8004b1 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800555:	89 55 10             	mov    %edx,0x10(%ebp)
  800558:	8b 45 14             	mov    0x14(%ebp),%eax
  80055b:	8d 58 04             	lea    0x4(%eax),%ebx
  80055e:	83 ec 08             	sub    $0x8,%esp
  800561:	ff 75 0c             	push   0xc(%ebp)
  800564:	ff 30                	push   (%eax)
  800566:	ff 55 08             	call   *0x8(%ebp)
			break;
  800569:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  80056c:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  80056f:	e9 f4 fe ff ff       	jmp    800468 <vprintfmt+0x9>
			err = va_arg(ap, int);
  800574:	89 55 10             	mov    %edx,0x10(%ebp)
  800577:	8b 45 14             	mov    0x14(%ebp),%eax
  80057a:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  80057d:	8b 10                	mov    (%eax),%edx
  80057f:	89 d0                	mov    %edx,%eax
  800581:	f7 d8                	neg    %eax
  800583:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800586:	83 f8 08             	cmp    $0x8,%eax
  800589:	7f 27                	jg     8005b2 <vprintfmt+0x153>
  80058b:	8b 14 85 c0 13 80 00 	mov    0x8013c0(,%eax,4),%edx
  800592:	85 d2                	test   %edx,%edx
  800594:	74 1c                	je     8005b2 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800596:	52                   	push   %edx
  800597:	68 ad 11 80 00       	push   $0x8011ad
  80059c:	ff 75 0c             	push   0xc(%ebp)
  80059f:	ff 75 08             	push   0x8(%ebp)
  8005a2:	e8 9b fe ff ff       	call   800442 <printfmt>
  8005a7:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8005aa:	89 5d 14             	mov    %ebx,0x14(%ebp)
  8005ad:	e9 b6 fe ff ff       	jmp    800468 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  8005b2:	50                   	push   %eax
  8005b3:	68 a4 11 80 00       	push   $0x8011a4
  8005b8:	ff 75 0c             	push   0xc(%ebp)
  8005bb:	ff 75 08             	push   0x8(%ebp)
  8005be:	e8 7f fe ff ff       	call   800442 <printfmt>
  8005c3:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8005c6:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8005c9:	e9 9a fe ff ff       	jmp    800468 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8005ce:	89 55 10             	mov    %edx,0x10(%ebp)
  8005d1:	8b 45 14             	mov    0x14(%ebp),%eax
  8005d4:	83 c0 04             	add    $0x4,%eax
  8005d7:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8005da:	8b 45 14             	mov    0x14(%ebp),%eax
  8005dd:	8b 30                	mov    (%eax),%esi
  8005df:	85 f6                	test   %esi,%esi
  8005e1:	0f 84 53 04 00 00    	je     800a3a <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8005e7:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8005eb:	7e 06                	jle    8005f3 <vprintfmt+0x194>
  8005ed:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8005f1:	75 1b                	jne    80060e <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8005f3:	8d 5e 01             	lea    0x1(%esi),%ebx
  8005f6:	0f be 06             	movsbl (%esi),%eax
  8005f9:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005fc:	85 c0                	test   %eax,%eax
  8005fe:	0f 85 80 00 00 00    	jne    800684 <vprintfmt+0x225>
  800604:	e9 8c 00 00 00       	jmp    800695 <vprintfmt+0x236>
				p = "(null)";
  800609:	be 9d 11 80 00       	mov    $0x80119d,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  80060e:	83 ec 08             	sub    $0x8,%esp
  800611:	57                   	push   %edi
  800612:	56                   	push   %esi
  800613:	e8 ea 04 00 00       	call   800b02 <strnlen>
  800618:	29 45 ac             	sub    %eax,-0x54(%ebp)
  80061b:	8b 55 ac             	mov    -0x54(%ebp),%edx
  80061e:	83 c4 10             	add    $0x10,%esp
  800621:	85 d2                	test   %edx,%edx
  800623:	0f 8e f5 03 00 00    	jle    800a1e <vprintfmt+0x5bf>
					putch(padc, putdat);
  800629:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  80062d:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800630:	89 d6                	mov    %edx,%esi
  800632:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800635:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800638:	83 ec 08             	sub    $0x8,%esp
  80063b:	57                   	push   %edi
  80063c:	53                   	push   %ebx
  80063d:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800640:	83 c4 10             	add    $0x10,%esp
  800643:	83 ee 01             	sub    $0x1,%esi
  800646:	75 f0                	jne    800638 <vprintfmt+0x1d9>
  800648:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80064b:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  80064e:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800651:	8d 5e 01             	lea    0x1(%esi),%ebx
  800654:	0f be 06             	movsbl (%esi),%eax
  800657:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80065a:	85 c0                	test   %eax,%eax
  80065c:	75 26                	jne    800684 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  80065e:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800661:	89 45 14             	mov    %eax,0x14(%ebp)
  800664:	e9 ff fd ff ff       	jmp    800468 <vprintfmt+0x9>
				putch(ch, putdat);
  800669:	83 ec 08             	sub    $0x8,%esp
  80066c:	ff 75 0c             	push   0xc(%ebp)
  80066f:	50                   	push   %eax
  800670:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800673:	83 ee 01             	sub    $0x1,%esi
  800676:	83 c3 01             	add    $0x1,%ebx
  800679:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  80067d:	83 c4 10             	add    $0x10,%esp
  800680:	85 c0                	test   %eax,%eax
  800682:	74 0e                	je     800692 <vprintfmt+0x233>
  800684:	85 ff                	test   %edi,%edi
  800686:	78 e1                	js     800669 <vprintfmt+0x20a>
  800688:	83 ef 01             	sub    $0x1,%edi
  80068b:	79 dc                	jns    800669 <vprintfmt+0x20a>
  80068d:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800690:	eb 03                	jmp    800695 <vprintfmt+0x236>
  800692:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800695:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800699:	7e 24                	jle    8006bf <vprintfmt+0x260>
  80069b:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  80069e:	8b 75 08             	mov    0x8(%ebp),%esi
  8006a1:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  8006a4:	83 ec 08             	sub    $0x8,%esp
  8006a7:	57                   	push   %edi
  8006a8:	6a 20                	push   $0x20
  8006aa:	ff d6                	call   *%esi
			for (; width > 0; width--)
  8006ac:	83 c4 10             	add    $0x10,%esp
  8006af:	83 eb 01             	sub    $0x1,%ebx
  8006b2:	75 f0                	jne    8006a4 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  8006b4:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8006b7:	89 45 14             	mov    %eax,0x14(%ebp)
  8006ba:	e9 a9 fd ff ff       	jmp    800468 <vprintfmt+0x9>
  8006bf:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8006c2:	89 45 14             	mov    %eax,0x14(%ebp)
  8006c5:	e9 9e fd ff ff       	jmp    800468 <vprintfmt+0x9>
	if (lflag >= 2)
  8006ca:	89 55 10             	mov    %edx,0x10(%ebp)
  8006cd:	83 fe 01             	cmp    $0x1,%esi
  8006d0:	7f 1b                	jg     8006ed <vprintfmt+0x28e>
	else if (lflag)
  8006d2:	85 f6                	test   %esi,%esi
  8006d4:	74 39                	je     80070f <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8006d6:	8b 45 14             	mov    0x14(%ebp),%eax
  8006d9:	8b 00                	mov    (%eax),%eax
  8006db:	89 c6                	mov    %eax,%esi
  8006dd:	89 c7                	mov    %eax,%edi
  8006df:	c1 ff 1f             	sar    $0x1f,%edi
  8006e2:	8b 45 14             	mov    0x14(%ebp),%eax
  8006e5:	8d 40 04             	lea    0x4(%eax),%eax
  8006e8:	89 45 14             	mov    %eax,0x14(%ebp)
  8006eb:	eb 0e                	jmp    8006fb <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8006ed:	8b 45 14             	mov    0x14(%ebp),%eax
  8006f0:	8b 30                	mov    (%eax),%esi
  8006f2:	8b 78 04             	mov    0x4(%eax),%edi
  8006f5:	8d 40 08             	lea    0x8(%eax),%eax
  8006f8:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8006fb:	85 ff                	test   %edi,%edi
  8006fd:	78 27                	js     800726 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8006ff:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800702:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  800705:	b8 0a 00 00 00       	mov    $0xa,%eax
  80070a:	e9 53 01 00 00       	jmp    800862 <vprintfmt+0x403>
		return va_arg(*ap, int);
  80070f:	8b 45 14             	mov    0x14(%ebp),%eax
  800712:	8b 00                	mov    (%eax),%eax
  800714:	89 c6                	mov    %eax,%esi
  800716:	89 c7                	mov    %eax,%edi
  800718:	c1 ff 1f             	sar    $0x1f,%edi
  80071b:	8b 45 14             	mov    0x14(%ebp),%eax
  80071e:	8d 40 04             	lea    0x4(%eax),%eax
  800721:	89 45 14             	mov    %eax,0x14(%ebp)
  800724:	eb d5                	jmp    8006fb <vprintfmt+0x29c>
				putch('-', putdat);
  800726:	83 ec 08             	sub    $0x8,%esp
  800729:	ff 75 0c             	push   0xc(%ebp)
  80072c:	6a 2d                	push   $0x2d
  80072e:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800731:	f7 de                	neg    %esi
  800733:	83 d7 00             	adc    $0x0,%edi
  800736:	f7 df                	neg    %edi
  800738:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80073b:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  80073e:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800741:	b8 0a 00 00 00       	mov    $0xa,%eax
  800746:	e9 17 01 00 00       	jmp    800862 <vprintfmt+0x403>
	if (lflag >= 2)
  80074b:	89 55 10             	mov    %edx,0x10(%ebp)
  80074e:	83 fe 01             	cmp    $0x1,%esi
  800751:	7f 27                	jg     80077a <vprintfmt+0x31b>
	else if (lflag)
  800753:	85 f6                	test   %esi,%esi
  800755:	74 44                	je     80079b <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800757:	8b 45 14             	mov    0x14(%ebp),%eax
  80075a:	8b 00                	mov    (%eax),%eax
  80075c:	ba 00 00 00 00       	mov    $0x0,%edx
  800761:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800764:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800767:	8b 45 14             	mov    0x14(%ebp),%eax
  80076a:	8d 40 04             	lea    0x4(%eax),%eax
  80076d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800770:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800775:	e9 e8 00 00 00       	jmp    800862 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80077a:	8b 45 14             	mov    0x14(%ebp),%eax
  80077d:	8b 50 04             	mov    0x4(%eax),%edx
  800780:	8b 00                	mov    (%eax),%eax
  800782:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800785:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800788:	8b 45 14             	mov    0x14(%ebp),%eax
  80078b:	8d 40 08             	lea    0x8(%eax),%eax
  80078e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800791:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800796:	e9 c7 00 00 00       	jmp    800862 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80079b:	8b 45 14             	mov    0x14(%ebp),%eax
  80079e:	8b 00                	mov    (%eax),%eax
  8007a0:	ba 00 00 00 00       	mov    $0x0,%edx
  8007a5:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007a8:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007ab:	8b 45 14             	mov    0x14(%ebp),%eax
  8007ae:	8d 40 04             	lea    0x4(%eax),%eax
  8007b1:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8007b4:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8007b9:	e9 a4 00 00 00       	jmp    800862 <vprintfmt+0x403>
	if (lflag >= 2)
  8007be:	89 55 10             	mov    %edx,0x10(%ebp)
  8007c1:	83 fe 01             	cmp    $0x1,%esi
  8007c4:	7f 24                	jg     8007ea <vprintfmt+0x38b>
	else if (lflag)
  8007c6:	85 f6                	test   %esi,%esi
  8007c8:	74 3e                	je     800808 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8007ca:	8b 45 14             	mov    0x14(%ebp),%eax
  8007cd:	8b 00                	mov    (%eax),%eax
  8007cf:	ba 00 00 00 00       	mov    $0x0,%edx
  8007d4:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007d7:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007da:	8b 45 14             	mov    0x14(%ebp),%eax
  8007dd:	8d 40 04             	lea    0x4(%eax),%eax
  8007e0:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007e3:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8007e8:	eb 78                	jmp    800862 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8007ea:	8b 45 14             	mov    0x14(%ebp),%eax
  8007ed:	8b 50 04             	mov    0x4(%eax),%edx
  8007f0:	8b 00                	mov    (%eax),%eax
  8007f2:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007f5:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007f8:	8b 45 14             	mov    0x14(%ebp),%eax
  8007fb:	8d 40 08             	lea    0x8(%eax),%eax
  8007fe:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800801:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  800806:	eb 5a                	jmp    800862 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800808:	8b 45 14             	mov    0x14(%ebp),%eax
  80080b:	8b 00                	mov    (%eax),%eax
  80080d:	ba 00 00 00 00       	mov    $0x0,%edx
  800812:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800815:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800818:	8b 45 14             	mov    0x14(%ebp),%eax
  80081b:	8d 40 04             	lea    0x4(%eax),%eax
  80081e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800821:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  800826:	eb 3a                	jmp    800862 <vprintfmt+0x403>
			putch('0', putdat);
  800828:	89 55 10             	mov    %edx,0x10(%ebp)
  80082b:	83 ec 08             	sub    $0x8,%esp
  80082e:	ff 75 0c             	push   0xc(%ebp)
  800831:	6a 30                	push   $0x30
  800833:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  800836:	83 c4 08             	add    $0x8,%esp
  800839:	ff 75 0c             	push   0xc(%ebp)
  80083c:	6a 78                	push   $0x78
  80083e:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800841:	8b 45 14             	mov    0x14(%ebp),%eax
  800844:	8b 00                	mov    (%eax),%eax
  800846:	ba 00 00 00 00       	mov    $0x0,%edx
  80084b:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80084e:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800851:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800854:	8b 45 14             	mov    0x14(%ebp),%eax
  800857:	8d 40 04             	lea    0x4(%eax),%eax
  80085a:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80085d:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800862:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800866:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800869:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  80086e:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800871:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800878:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80087b:	8b 75 b0             	mov    -0x50(%ebp),%esi
  80087e:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800881:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800884:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800888:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80088b:	8d 55 cf             	lea    -0x31(%ebp),%edx
  80088e:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800891:	ff 75 bc             	push   -0x44(%ebp)
  800894:	ff 75 b8             	push   -0x48(%ebp)
  800897:	57                   	push   %edi
  800898:	56                   	push   %esi
  800899:	e8 2f 07 00 00       	call   800fcd <__umoddi3>
  80089e:	83 c4 10             	add    $0x10,%esp
  8008a1:	0f b6 80 b0 11 80 00 	movzbl 0x8011b0(%eax),%eax
  8008a8:	88 03                	mov    %al,(%ebx)
		num /= base;
  8008aa:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8008ad:	89 fb                	mov    %edi,%ebx
  8008af:	ff 75 bc             	push   -0x44(%ebp)
  8008b2:	ff 75 b8             	push   -0x48(%ebp)
  8008b5:	57                   	push   %edi
  8008b6:	56                   	push   %esi
  8008b7:	e8 f6 06 00 00       	call   800fb2 <__udivdi3>
  8008bc:	83 c4 10             	add    $0x10,%esp
  8008bf:	89 c6                	mov    %eax,%esi
  8008c1:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8008c3:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8008c6:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8008c9:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8008cc:	73 b6                	jae    800884 <vprintfmt+0x425>
	pad = width - n;
  8008ce:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8008d1:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8008d4:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8008d7:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8008d9:	83 ff 2d             	cmp    $0x2d,%edi
  8008dc:	0f 84 de 00 00 00    	je     8009c0 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8008e2:	85 f6                	test   %esi,%esi
  8008e4:	0f 8e 27 01 00 00    	jle    800a11 <vprintfmt+0x5b2>
  8008ea:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8008ed:	83 ec 08             	sub    $0x8,%esp
  8008f0:	53                   	push   %ebx
  8008f1:	57                   	push   %edi
  8008f2:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8008f5:	83 c4 10             	add    $0x10,%esp
  8008f8:	83 ee 01             	sub    $0x1,%esi
  8008fb:	75 f0                	jne    8008ed <vprintfmt+0x48e>
  8008fd:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  800900:	85 db                	test   %ebx,%ebx
  800902:	0f 8e 60 fb ff ff    	jle    800468 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  800908:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  80090b:	8b 75 08             	mov    0x8(%ebp),%esi
  80090e:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800911:	83 eb 01             	sub    $0x1,%ebx
  800914:	83 ec 08             	sub    $0x8,%esp
  800917:	57                   	push   %edi
  800918:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  80091d:	50                   	push   %eax
  80091e:	ff d6                	call   *%esi
	while (n > 0)
  800920:	83 c4 10             	add    $0x10,%esp
  800923:	85 db                	test   %ebx,%ebx
  800925:	7f ea                	jg     800911 <vprintfmt+0x4b2>
  800927:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  80092a:	85 f6                	test   %esi,%esi
  80092c:	0f 8e 36 fb ff ff    	jle    800468 <vprintfmt+0x9>
  800932:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800935:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  800938:	83 ec 08             	sub    $0x8,%esp
  80093b:	57                   	push   %edi
  80093c:	6a 20                	push   $0x20
  80093e:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800940:	83 c4 10             	add    $0x10,%esp
  800943:	83 ee 01             	sub    $0x1,%esi
  800946:	75 f0                	jne    800938 <vprintfmt+0x4d9>
  800948:	e9 1b fb ff ff       	jmp    800468 <vprintfmt+0x9>
	if (lflag >= 2)
  80094d:	89 55 10             	mov    %edx,0x10(%ebp)
  800950:	83 fe 01             	cmp    $0x1,%esi
  800953:	7f 27                	jg     80097c <vprintfmt+0x51d>
	else if (lflag)
  800955:	85 f6                	test   %esi,%esi
  800957:	74 44                	je     80099d <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800959:	8b 45 14             	mov    0x14(%ebp),%eax
  80095c:	8b 00                	mov    (%eax),%eax
  80095e:	ba 00 00 00 00       	mov    $0x0,%edx
  800963:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800966:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800969:	8b 45 14             	mov    0x14(%ebp),%eax
  80096c:	8d 40 04             	lea    0x4(%eax),%eax
  80096f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800972:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  800977:	e9 e6 fe ff ff       	jmp    800862 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80097c:	8b 45 14             	mov    0x14(%ebp),%eax
  80097f:	8b 50 04             	mov    0x4(%eax),%edx
  800982:	8b 00                	mov    (%eax),%eax
  800984:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800987:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80098a:	8b 45 14             	mov    0x14(%ebp),%eax
  80098d:	8d 40 08             	lea    0x8(%eax),%eax
  800990:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800993:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800998:	e9 c5 fe ff ff       	jmp    800862 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80099d:	8b 45 14             	mov    0x14(%ebp),%eax
  8009a0:	8b 00                	mov    (%eax),%eax
  8009a2:	ba 00 00 00 00       	mov    $0x0,%edx
  8009a7:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8009aa:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8009ad:	8b 45 14             	mov    0x14(%ebp),%eax
  8009b0:	8d 40 04             	lea    0x4(%eax),%eax
  8009b3:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8009b6:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8009bb:	e9 a2 fe ff ff       	jmp    800862 <vprintfmt+0x403>
	while (n > 0)
  8009c0:	85 db                	test   %ebx,%ebx
  8009c2:	0f 8f 40 ff ff ff    	jg     800908 <vprintfmt+0x4a9>
  8009c8:	e9 5d ff ff ff       	jmp    80092a <vprintfmt+0x4cb>
			putch(ch, putdat);
  8009cd:	89 55 10             	mov    %edx,0x10(%ebp)
  8009d0:	83 ec 08             	sub    $0x8,%esp
  8009d3:	ff 75 0c             	push   0xc(%ebp)
  8009d6:	6a 25                	push   $0x25
  8009d8:	ff 55 08             	call   *0x8(%ebp)
			break;
  8009db:	83 c4 10             	add    $0x10,%esp
  8009de:	e9 85 fa ff ff       	jmp    800468 <vprintfmt+0x9>
			putch('%', putdat);
  8009e3:	83 ec 08             	sub    $0x8,%esp
  8009e6:	ff 75 0c             	push   0xc(%ebp)
  8009e9:	6a 25                	push   $0x25
  8009eb:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8009ee:	83 c4 10             	add    $0x10,%esp
  8009f1:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8009f5:	0f 84 d1 fa ff ff    	je     8004cc <vprintfmt+0x6d>
  8009fb:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8009fe:	89 d8                	mov    %ebx,%eax
  800a00:	83 e8 01             	sub    $0x1,%eax
  800a03:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  800a07:	75 f7                	jne    800a00 <vprintfmt+0x5a1>
  800a09:	89 45 10             	mov    %eax,0x10(%ebp)
  800a0c:	e9 57 fa ff ff       	jmp    800468 <vprintfmt+0x9>
	while (n > 0)
  800a11:	85 db                	test   %ebx,%ebx
  800a13:	0f 8f ef fe ff ff    	jg     800908 <vprintfmt+0x4a9>
  800a19:	e9 4a fa ff ff       	jmp    800468 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800a1e:	8d 5e 01             	lea    0x1(%esi),%ebx
  800a21:	0f be 06             	movsbl (%esi),%eax
  800a24:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800a27:	85 c0                	test   %eax,%eax
  800a29:	0f 85 55 fc ff ff    	jne    800684 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800a2f:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800a32:	89 45 14             	mov    %eax,0x14(%ebp)
  800a35:	e9 2e fa ff ff       	jmp    800468 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800a3a:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800a3e:	74 0a                	je     800a4a <vprintfmt+0x5eb>
  800a40:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800a44:	0f 8f bf fb ff ff    	jg     800609 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800a4a:	b8 28 00 00 00       	mov    $0x28,%eax
  800a4f:	bb 9e 11 80 00       	mov    $0x80119e,%ebx
  800a54:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800a57:	e9 28 fc ff ff       	jmp    800684 <vprintfmt+0x225>
}
  800a5c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800a5f:	5b                   	pop    %ebx
  800a60:	5e                   	pop    %esi
  800a61:	5f                   	pop    %edi
  800a62:	5d                   	pop    %ebp
  800a63:	c3                   	ret

00800a64 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800a64:	55                   	push   %ebp
  800a65:	89 e5                	mov    %esp,%ebp
  800a67:	83 ec 18             	sub    $0x18,%esp
  800a6a:	8b 45 08             	mov    0x8(%ebp),%eax
  800a6d:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800a70:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800a73:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800a77:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800a7a:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800a81:	85 c0                	test   %eax,%eax
  800a83:	74 26                	je     800aab <vsnprintf+0x47>
  800a85:	85 d2                	test   %edx,%edx
  800a87:	7e 22                	jle    800aab <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800a89:	ff 75 14             	push   0x14(%ebp)
  800a8c:	ff 75 10             	push   0x10(%ebp)
  800a8f:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800a92:	50                   	push   %eax
  800a93:	68 25 04 80 00       	push   $0x800425
  800a98:	e8 c2 f9 ff ff       	call   80045f <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800a9d:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800aa0:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800aa3:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800aa6:	83 c4 10             	add    $0x10,%esp
}
  800aa9:	c9                   	leave
  800aaa:	c3                   	ret
		return -E_INVAL;
  800aab:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800ab0:	eb f7                	jmp    800aa9 <vsnprintf+0x45>

00800ab2 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800ab2:	55                   	push   %ebp
  800ab3:	89 e5                	mov    %esp,%ebp
  800ab5:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  800ab8:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  800abb:	50                   	push   %eax
  800abc:	ff 75 08             	push   0x8(%ebp)
  800abf:	e8 03 f9 ff ff       	call   8003c7 <vcprintf>
	va_end(ap);

	return cnt;
}
  800ac4:	c9                   	leave
  800ac5:	c3                   	ret

00800ac6 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800ac6:	55                   	push   %ebp
  800ac7:	89 e5                	mov    %esp,%ebp
  800ac9:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  800acc:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800acf:	50                   	push   %eax
  800ad0:	ff 75 10             	push   0x10(%ebp)
  800ad3:	ff 75 0c             	push   0xc(%ebp)
  800ad6:	ff 75 08             	push   0x8(%ebp)
  800ad9:	e8 86 ff ff ff       	call   800a64 <vsnprintf>
	va_end(ap);

	return rc;
}
  800ade:	c9                   	leave
  800adf:	c3                   	ret

00800ae0 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800ae0:	55                   	push   %ebp
  800ae1:	89 e5                	mov    %esp,%ebp
  800ae3:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800ae6:	80 3a 00             	cmpb   $0x0,(%edx)
  800ae9:	74 10                	je     800afb <strlen+0x1b>
  800aeb:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800af0:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800af3:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800af7:	75 f7                	jne    800af0 <strlen+0x10>
	return n;
}
  800af9:	5d                   	pop    %ebp
  800afa:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  800afb:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800b00:	eb f7                	jmp    800af9 <strlen+0x19>

00800b02 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800b02:	55                   	push   %ebp
  800b03:	89 e5                	mov    %esp,%ebp
  800b05:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800b08:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800b0b:	85 d2                	test   %edx,%edx
  800b0d:	74 16                	je     800b25 <strnlen+0x23>
  800b0f:	b8 00 00 00 00       	mov    $0x0,%eax
  800b14:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800b18:	74 09                	je     800b23 <strnlen+0x21>
		n++;
  800b1a:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800b1d:	39 d0                	cmp    %edx,%eax
  800b1f:	75 f3                	jne    800b14 <strnlen+0x12>
		n++;
  800b21:	89 d0                	mov    %edx,%eax
	return n;
}
  800b23:	5d                   	pop    %ebp
  800b24:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800b25:	b8 00 00 00 00       	mov    $0x0,%eax
  800b2a:	eb f7                	jmp    800b23 <strnlen+0x21>

00800b2c <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800b2c:	55                   	push   %ebp
  800b2d:	89 e5                	mov    %esp,%ebp
  800b2f:	53                   	push   %ebx
  800b30:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800b33:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800b36:	b8 00 00 00 00       	mov    $0x0,%eax
  800b3b:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800b3f:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800b42:	83 c0 01             	add    $0x1,%eax
  800b45:	84 d2                	test   %dl,%dl
  800b47:	75 f2                	jne    800b3b <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800b49:	89 c8                	mov    %ecx,%eax
  800b4b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b4e:	c9                   	leave
  800b4f:	c3                   	ret

00800b50 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800b50:	55                   	push   %ebp
  800b51:	89 e5                	mov    %esp,%ebp
  800b53:	53                   	push   %ebx
  800b54:	83 ec 10             	sub    $0x10,%esp
  800b57:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800b5a:	53                   	push   %ebx
  800b5b:	e8 80 ff ff ff       	call   800ae0 <strlen>
  800b60:	83 c4 08             	add    $0x8,%esp
  800b63:	ff 75 0c             	push   0xc(%ebp)
  800b66:	01 d8                	add    %ebx,%eax
  800b68:	50                   	push   %eax
  800b69:	e8 be ff ff ff       	call   800b2c <strcpy>
	return dst;
}
  800b6e:	89 d8                	mov    %ebx,%eax
  800b70:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b73:	c9                   	leave
  800b74:	c3                   	ret

00800b75 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800b75:	55                   	push   %ebp
  800b76:	89 e5                	mov    %esp,%ebp
  800b78:	56                   	push   %esi
  800b79:	53                   	push   %ebx
  800b7a:	8b 75 08             	mov    0x8(%ebp),%esi
  800b7d:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b80:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800b83:	85 db                	test   %ebx,%ebx
  800b85:	74 17                	je     800b9e <strncpy+0x29>
  800b87:	01 f3                	add    %esi,%ebx
  800b89:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800b8b:	83 c0 01             	add    $0x1,%eax
  800b8e:	0f b6 0a             	movzbl (%edx),%ecx
  800b91:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800b94:	80 f9 01             	cmp    $0x1,%cl
  800b97:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800b9a:	39 c3                	cmp    %eax,%ebx
  800b9c:	75 ed                	jne    800b8b <strncpy+0x16>
	}
	return ret;
}
  800b9e:	89 f0                	mov    %esi,%eax
  800ba0:	5b                   	pop    %ebx
  800ba1:	5e                   	pop    %esi
  800ba2:	5d                   	pop    %ebp
  800ba3:	c3                   	ret

00800ba4 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800ba4:	55                   	push   %ebp
  800ba5:	89 e5                	mov    %esp,%ebp
  800ba7:	56                   	push   %esi
  800ba8:	53                   	push   %ebx
  800ba9:	8b 75 08             	mov    0x8(%ebp),%esi
  800bac:	8b 55 0c             	mov    0xc(%ebp),%edx
  800baf:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800bb2:	89 f0                	mov    %esi,%eax
  800bb4:	85 db                	test   %ebx,%ebx
  800bb6:	74 1e                	je     800bd6 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800bb8:	83 eb 01             	sub    $0x1,%ebx
  800bbb:	74 16                	je     800bd3 <strlcpy+0x2f>
  800bbd:	01 f3                	add    %esi,%ebx
  800bbf:	0f b6 0a             	movzbl (%edx),%ecx
  800bc2:	84 c9                	test   %cl,%cl
  800bc4:	74 0d                	je     800bd3 <strlcpy+0x2f>
			*dst++ = *src++;
  800bc6:	83 c2 01             	add    $0x1,%edx
  800bc9:	83 c0 01             	add    $0x1,%eax
  800bcc:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800bcf:	39 d8                	cmp    %ebx,%eax
  800bd1:	75 ec                	jne    800bbf <strlcpy+0x1b>
		*dst = '\0';
  800bd3:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800bd6:	29 f0                	sub    %esi,%eax
}
  800bd8:	5b                   	pop    %ebx
  800bd9:	5e                   	pop    %esi
  800bda:	5d                   	pop    %ebp
  800bdb:	c3                   	ret

00800bdc <strcmp>:

int
strcmp(const char *p, const char *q)
{
  800bdc:	55                   	push   %ebp
  800bdd:	89 e5                	mov    %esp,%ebp
  800bdf:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800be2:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800be5:	0f b6 01             	movzbl (%ecx),%eax
  800be8:	84 c0                	test   %al,%al
  800bea:	74 11                	je     800bfd <strcmp+0x21>
  800bec:	38 02                	cmp    %al,(%edx)
  800bee:	75 0d                	jne    800bfd <strcmp+0x21>
		p++, q++;
  800bf0:	83 c1 01             	add    $0x1,%ecx
  800bf3:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800bf6:	0f b6 01             	movzbl (%ecx),%eax
  800bf9:	84 c0                	test   %al,%al
  800bfb:	75 ef                	jne    800bec <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800bfd:	0f b6 c0             	movzbl %al,%eax
  800c00:	0f b6 12             	movzbl (%edx),%edx
  800c03:	29 d0                	sub    %edx,%eax
}
  800c05:	5d                   	pop    %ebp
  800c06:	c3                   	ret

00800c07 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800c07:	55                   	push   %ebp
  800c08:	89 e5                	mov    %esp,%ebp
  800c0a:	53                   	push   %ebx
  800c0b:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800c0e:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800c11:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800c14:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800c19:	85 d2                	test   %edx,%edx
  800c1b:	74 2e                	je     800c4b <strncmp+0x44>
  800c1d:	0f b6 01             	movzbl (%ecx),%eax
  800c20:	84 c0                	test   %al,%al
  800c22:	74 16                	je     800c3a <strncmp+0x33>
  800c24:	3a 03                	cmp    (%ebx),%al
  800c26:	75 12                	jne    800c3a <strncmp+0x33>
		n--, p++, q++;
  800c28:	83 c1 01             	add    $0x1,%ecx
  800c2b:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800c2e:	83 ea 01             	sub    $0x1,%edx
  800c31:	75 ea                	jne    800c1d <strncmp+0x16>
		return 0;
  800c33:	b8 00 00 00 00       	mov    $0x0,%eax
  800c38:	eb 11                	jmp    800c4b <strncmp+0x44>
  800c3a:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800c3f:	85 d2                	test   %edx,%edx
  800c41:	74 08                	je     800c4b <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800c43:	0f b6 01             	movzbl (%ecx),%eax
  800c46:	0f b6 13             	movzbl (%ebx),%edx
  800c49:	29 d0                	sub    %edx,%eax
}
  800c4b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c4e:	c9                   	leave
  800c4f:	c3                   	ret

00800c50 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800c50:	55                   	push   %ebp
  800c51:	89 e5                	mov    %esp,%ebp
  800c53:	8b 45 08             	mov    0x8(%ebp),%eax
  800c56:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800c5a:	0f b6 10             	movzbl (%eax),%edx
  800c5d:	84 d2                	test   %dl,%dl
  800c5f:	74 15                	je     800c76 <strchr+0x26>
		if (*s == c)
  800c61:	38 d1                	cmp    %dl,%cl
  800c63:	74 0f                	je     800c74 <strchr+0x24>
	for (; *s; s++)
  800c65:	83 c0 01             	add    $0x1,%eax
  800c68:	0f b6 10             	movzbl (%eax),%edx
  800c6b:	84 d2                	test   %dl,%dl
  800c6d:	75 f2                	jne    800c61 <strchr+0x11>
			return (char *) s;
	return 0;
  800c6f:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800c74:	5d                   	pop    %ebp
  800c75:	c3                   	ret
	return 0;
  800c76:	b8 00 00 00 00       	mov    $0x0,%eax
  800c7b:	eb f7                	jmp    800c74 <strchr+0x24>

00800c7d <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800c7d:	55                   	push   %ebp
  800c7e:	89 e5                	mov    %esp,%ebp
  800c80:	53                   	push   %ebx
  800c81:	8b 45 08             	mov    0x8(%ebp),%eax
  800c84:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800c87:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800c8a:	38 d3                	cmp    %dl,%bl
  800c8c:	74 14                	je     800ca2 <strfind+0x25>
  800c8e:	89 d1                	mov    %edx,%ecx
  800c90:	84 db                	test   %bl,%bl
  800c92:	74 0e                	je     800ca2 <strfind+0x25>
	for (; *s; s++)
  800c94:	83 c0 01             	add    $0x1,%eax
  800c97:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800c9a:	38 ca                	cmp    %cl,%dl
  800c9c:	74 04                	je     800ca2 <strfind+0x25>
  800c9e:	84 d2                	test   %dl,%dl
  800ca0:	75 f2                	jne    800c94 <strfind+0x17>
			break;
	return (char *) s;
}
  800ca2:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800ca5:	c9                   	leave
  800ca6:	c3                   	ret

00800ca7 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800ca7:	55                   	push   %ebp
  800ca8:	89 e5                	mov    %esp,%ebp
  800caa:	53                   	push   %ebx
  800cab:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800cae:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800cb1:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800cb4:	85 d2                	test   %edx,%edx
  800cb6:	74 0e                	je     800cc6 <memset+0x1f>
  800cb8:	01 da                	add    %ebx,%edx
	char *p = v;
  800cba:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800cbc:	83 c0 01             	add    $0x1,%eax
  800cbf:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800cc2:	39 c2                	cmp    %eax,%edx
  800cc4:	75 f6                	jne    800cbc <memset+0x15>
	return v;
}
  800cc6:	89 d8                	mov    %ebx,%eax
  800cc8:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800ccb:	c9                   	leave
  800ccc:	c3                   	ret

00800ccd <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800ccd:	55                   	push   %ebp
  800cce:	89 e5                	mov    %esp,%ebp
  800cd0:	56                   	push   %esi
  800cd1:	53                   	push   %ebx
  800cd2:	8b 75 08             	mov    0x8(%ebp),%esi
  800cd5:	8b 45 0c             	mov    0xc(%ebp),%eax
  800cd8:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800cdb:	39 f0                	cmp    %esi,%eax
  800cdd:	72 20                	jb     800cff <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800cdf:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800ce2:	89 f2                	mov    %esi,%edx
  800ce4:	85 c9                	test   %ecx,%ecx
  800ce6:	74 11                	je     800cf9 <memmove+0x2c>
			*d++ = *s++;
  800ce8:	83 c0 01             	add    $0x1,%eax
  800ceb:	83 c2 01             	add    $0x1,%edx
  800cee:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800cf2:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800cf5:	39 d8                	cmp    %ebx,%eax
  800cf7:	75 ef                	jne    800ce8 <memmove+0x1b>
	return dst;
}
  800cf9:	89 f0                	mov    %esi,%eax
  800cfb:	5b                   	pop    %ebx
  800cfc:	5e                   	pop    %esi
  800cfd:	5d                   	pop    %ebp
  800cfe:	c3                   	ret
	if (s < d && s + n > d) {
  800cff:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800d02:	39 d6                	cmp    %edx,%esi
  800d04:	73 d9                	jae    800cdf <memmove+0x12>
		while (n-- > 0)
  800d06:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800d09:	85 c9                	test   %ecx,%ecx
  800d0b:	74 ec                	je     800cf9 <memmove+0x2c>
			*--d = *--s;
  800d0d:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800d11:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800d14:	83 ea 01             	sub    $0x1,%edx
  800d17:	83 fa ff             	cmp    $0xffffffff,%edx
  800d1a:	75 f1                	jne    800d0d <memmove+0x40>
  800d1c:	eb db                	jmp    800cf9 <memmove+0x2c>

00800d1e <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800d1e:	55                   	push   %ebp
  800d1f:	89 e5                	mov    %esp,%ebp
  800d21:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800d24:	ff 75 10             	push   0x10(%ebp)
  800d27:	ff 75 0c             	push   0xc(%ebp)
  800d2a:	ff 75 08             	push   0x8(%ebp)
  800d2d:	e8 9b ff ff ff       	call   800ccd <memmove>
}
  800d32:	c9                   	leave
  800d33:	c3                   	ret

00800d34 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800d34:	55                   	push   %ebp
  800d35:	89 e5                	mov    %esp,%ebp
  800d37:	56                   	push   %esi
  800d38:	53                   	push   %ebx
  800d39:	8b 45 08             	mov    0x8(%ebp),%eax
  800d3c:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d3f:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800d42:	85 f6                	test   %esi,%esi
  800d44:	74 29                	je     800d6f <memcmp+0x3b>
  800d46:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800d48:	0f b6 08             	movzbl (%eax),%ecx
  800d4b:	0f b6 1a             	movzbl (%edx),%ebx
  800d4e:	38 d9                	cmp    %bl,%cl
  800d50:	75 11                	jne    800d63 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800d52:	83 c0 01             	add    $0x1,%eax
  800d55:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800d58:	39 c6                	cmp    %eax,%esi
  800d5a:	75 ec                	jne    800d48 <memcmp+0x14>
	}
	return 0;
  800d5c:	b8 00 00 00 00       	mov    $0x0,%eax
  800d61:	eb 08                	jmp    800d6b <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800d63:	0f b6 c1             	movzbl %cl,%eax
  800d66:	0f b6 db             	movzbl %bl,%ebx
  800d69:	29 d8                	sub    %ebx,%eax
}
  800d6b:	5b                   	pop    %ebx
  800d6c:	5e                   	pop    %esi
  800d6d:	5d                   	pop    %ebp
  800d6e:	c3                   	ret
	return 0;
  800d6f:	b8 00 00 00 00       	mov    $0x0,%eax
  800d74:	eb f5                	jmp    800d6b <memcmp+0x37>

00800d76 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800d76:	55                   	push   %ebp
  800d77:	89 e5                	mov    %esp,%ebp
  800d79:	8b 45 08             	mov    0x8(%ebp),%eax
  800d7c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800d7f:	89 c2                	mov    %eax,%edx
  800d81:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800d84:	39 d0                	cmp    %edx,%eax
  800d86:	73 0d                	jae    800d95 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800d88:	38 08                	cmp    %cl,(%eax)
  800d8a:	74 0d                	je     800d99 <memfind+0x23>
	for (; s < ends; s++)
  800d8c:	83 c0 01             	add    $0x1,%eax
  800d8f:	39 c2                	cmp    %eax,%edx
  800d91:	75 f5                	jne    800d88 <memfind+0x12>
  800d93:	eb 06                	jmp    800d9b <memfind+0x25>
  800d95:	89 c2                	mov    %eax,%edx
  800d97:	eb 02                	jmp    800d9b <memfind+0x25>
  800d99:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800d9b:	89 d0                	mov    %edx,%eax
  800d9d:	5d                   	pop    %ebp
  800d9e:	c3                   	ret

00800d9f <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800d9f:	55                   	push   %ebp
  800da0:	89 e5                	mov    %esp,%ebp
  800da2:	57                   	push   %edi
  800da3:	56                   	push   %esi
  800da4:	53                   	push   %ebx
  800da5:	8b 55 08             	mov    0x8(%ebp),%edx
  800da8:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800dab:	0f b6 02             	movzbl (%edx),%eax
  800dae:	3c 20                	cmp    $0x20,%al
  800db0:	74 04                	je     800db6 <strtol+0x17>
  800db2:	3c 09                	cmp    $0x9,%al
  800db4:	75 0e                	jne    800dc4 <strtol+0x25>
		s++;
  800db6:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800db9:	0f b6 02             	movzbl (%edx),%eax
  800dbc:	3c 20                	cmp    $0x20,%al
  800dbe:	74 f6                	je     800db6 <strtol+0x17>
  800dc0:	3c 09                	cmp    $0x9,%al
  800dc2:	74 f2                	je     800db6 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800dc4:	3c 2b                	cmp    $0x2b,%al
  800dc6:	74 2a                	je     800df2 <strtol+0x53>
	int neg = 0;
  800dc8:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800dcd:	3c 2d                	cmp    $0x2d,%al
  800dcf:	74 2b                	je     800dfc <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800dd1:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800dd7:	75 0f                	jne    800de8 <strtol+0x49>
  800dd9:	80 3a 30             	cmpb   $0x30,(%edx)
  800ddc:	74 28                	je     800e06 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800dde:	85 db                	test   %ebx,%ebx
  800de0:	b8 0a 00 00 00       	mov    $0xa,%eax
  800de5:	0f 44 d8             	cmove  %eax,%ebx
  800de8:	b9 00 00 00 00       	mov    $0x0,%ecx
  800ded:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800df0:	eb 46                	jmp    800e38 <strtol+0x99>
		s++;
  800df2:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800df5:	bf 00 00 00 00       	mov    $0x0,%edi
  800dfa:	eb d5                	jmp    800dd1 <strtol+0x32>
		s++, neg = 1;
  800dfc:	83 c2 01             	add    $0x1,%edx
  800dff:	bf 01 00 00 00       	mov    $0x1,%edi
  800e04:	eb cb                	jmp    800dd1 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800e06:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800e0a:	74 0e                	je     800e1a <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800e0c:	85 db                	test   %ebx,%ebx
  800e0e:	75 d8                	jne    800de8 <strtol+0x49>
		s++, base = 8;
  800e10:	83 c2 01             	add    $0x1,%edx
  800e13:	bb 08 00 00 00       	mov    $0x8,%ebx
  800e18:	eb ce                	jmp    800de8 <strtol+0x49>
		s += 2, base = 16;
  800e1a:	83 c2 02             	add    $0x2,%edx
  800e1d:	bb 10 00 00 00       	mov    $0x10,%ebx
  800e22:	eb c4                	jmp    800de8 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800e24:	0f be c0             	movsbl %al,%eax
  800e27:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800e2a:	3b 45 10             	cmp    0x10(%ebp),%eax
  800e2d:	7d 3a                	jge    800e69 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800e2f:	83 c2 01             	add    $0x1,%edx
  800e32:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800e36:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800e38:	0f b6 02             	movzbl (%edx),%eax
  800e3b:	8d 70 d0             	lea    -0x30(%eax),%esi
  800e3e:	89 f3                	mov    %esi,%ebx
  800e40:	80 fb 09             	cmp    $0x9,%bl
  800e43:	76 df                	jbe    800e24 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800e45:	8d 70 9f             	lea    -0x61(%eax),%esi
  800e48:	89 f3                	mov    %esi,%ebx
  800e4a:	80 fb 19             	cmp    $0x19,%bl
  800e4d:	77 08                	ja     800e57 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800e4f:	0f be c0             	movsbl %al,%eax
  800e52:	83 e8 57             	sub    $0x57,%eax
  800e55:	eb d3                	jmp    800e2a <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800e57:	8d 70 bf             	lea    -0x41(%eax),%esi
  800e5a:	89 f3                	mov    %esi,%ebx
  800e5c:	80 fb 19             	cmp    $0x19,%bl
  800e5f:	77 08                	ja     800e69 <strtol+0xca>
			dig = *s - 'A' + 10;
  800e61:	0f be c0             	movsbl %al,%eax
  800e64:	83 e8 37             	sub    $0x37,%eax
  800e67:	eb c1                	jmp    800e2a <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800e69:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800e6d:	74 05                	je     800e74 <strtol+0xd5>
		*endptr = (char *) s;
  800e6f:	8b 45 0c             	mov    0xc(%ebp),%eax
  800e72:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800e74:	89 c8                	mov    %ecx,%eax
  800e76:	f7 d8                	neg    %eax
  800e78:	85 ff                	test   %edi,%edi
  800e7a:	0f 45 c8             	cmovne %eax,%ecx
}
  800e7d:	89 c8                	mov    %ecx,%eax
  800e7f:	5b                   	pop    %ebx
  800e80:	5e                   	pop    %esi
  800e81:	5f                   	pop    %edi
  800e82:	5d                   	pop    %ebp
  800e83:	c3                   	ret

00800e84 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800e84:	55                   	push   %ebp
  800e85:	89 e5                	mov    %esp,%ebp
  800e87:	57                   	push   %edi
  800e88:	56                   	push   %esi
  800e89:	53                   	push   %ebx
  800e8a:	83 ec 24             	sub    $0x24,%esp
  800e8d:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800e90:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800e93:	8b 45 08             	mov    0x8(%ebp),%eax
  800e96:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e99:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800e9c:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800e9f:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800ea2:	89 d1                	mov    %edx,%ecx
  800ea4:	09 c1                	or     %eax,%ecx
  800ea6:	74 2f                	je     800ed7 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800ea8:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800eab:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800eae:	89 d0                	mov    %edx,%eax
  800eb0:	83 c8 00             	or     $0x0,%eax
  800eb3:	74 48                	je     800efd <udivmod64+0x79>
  800eb5:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800eba:	be 00 00 00 00       	mov    $0x0,%esi
  800ebf:	bf 00 00 00 00       	mov    $0x0,%edi
  800ec4:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800ecb:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800ed2:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ed5:	eb 5f                	jmp    800f36 <udivmod64+0xb2>
		return ~0ULL;
  800ed7:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800ede:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800ee5:	85 db                	test   %ebx,%ebx
  800ee7:	0f 84 b7 00 00 00    	je     800fa4 <udivmod64+0x120>
			*rem = n;
  800eed:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800ef0:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800ef3:	89 03                	mov    %eax,(%ebx)
  800ef5:	89 53 04             	mov    %edx,0x4(%ebx)
  800ef8:	e9 a7 00 00 00       	jmp    800fa4 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800efd:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800f00:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800f03:	85 db                	test   %ebx,%ebx
  800f05:	74 12                	je     800f19 <udivmod64+0x95>
			*rem = n32 % d32;
  800f07:	89 c8                	mov    %ecx,%eax
  800f09:	ba 00 00 00 00       	mov    $0x0,%edx
  800f0e:	f7 f6                	div    %esi
  800f10:	89 13                	mov    %edx,(%ebx)
  800f12:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800f19:	89 c8                	mov    %ecx,%eax
  800f1b:	ba 00 00 00 00       	mov    $0x0,%edx
  800f20:	f7 f6                	div    %esi
  800f22:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800f25:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800f2c:	eb 76                	jmp    800fa4 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800f2e:	83 e9 01             	sub    $0x1,%ecx
  800f31:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800f34:	74 62                	je     800f98 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800f36:	89 f0                	mov    %esi,%eax
  800f38:	89 fa                	mov    %edi,%edx
  800f3a:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800f3e:	01 c0                	add    %eax,%eax
  800f40:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800f43:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800f46:	0f ad fe             	shrd   %cl,%edi,%esi
  800f49:	d3 ef                	shr    %cl,%edi
  800f4b:	f6 c1 20             	test   $0x20,%cl
  800f4e:	74 04                	je     800f54 <udivmod64+0xd0>
  800f50:	89 fe                	mov    %edi,%esi
  800f52:	31 ff                	xor    %edi,%edi
  800f54:	89 f7                	mov    %esi,%edi
  800f56:	83 e7 01             	and    $0x1,%edi
  800f59:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800f5c:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800f63:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800f66:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800f69:	09 c6                	or     %eax,%esi
  800f6b:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800f6d:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800f70:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800f73:	39 c6                	cmp    %eax,%esi
  800f75:	89 fb                	mov    %edi,%ebx
  800f77:	19 d3                	sbb    %edx,%ebx
  800f79:	72 b3                	jb     800f2e <udivmod64+0xaa>
			r -= d;
  800f7b:	29 c6                	sub    %eax,%esi
  800f7d:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800f7f:	31 c0                	xor    %eax,%eax
  800f81:	31 d2                	xor    %edx,%edx
  800f83:	f6 c1 20             	test   $0x20,%cl
  800f86:	0f 94 c0             	sete   %al
  800f89:	0f 95 c2             	setne  %dl
  800f8c:	d3 e0                	shl    %cl,%eax
  800f8e:	d3 e2                	shl    %cl,%edx
  800f90:	09 45 d0             	or     %eax,-0x30(%ebp)
  800f93:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800f96:	eb 96                	jmp    800f2e <udivmod64+0xaa>
		}
	}
	if (rem)
  800f98:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f9b:	85 db                	test   %ebx,%ebx
  800f9d:	74 05                	je     800fa4 <udivmod64+0x120>
		*rem = r;
  800f9f:	89 33                	mov    %esi,(%ebx)
  800fa1:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800fa4:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800fa7:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800faa:	83 c4 24             	add    $0x24,%esp
  800fad:	5b                   	pop    %ebx
  800fae:	5e                   	pop    %esi
  800faf:	5f                   	pop    %edi
  800fb0:	5d                   	pop    %ebp
  800fb1:	c3                   	ret

00800fb2 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800fb2:	55                   	push   %ebp
  800fb3:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800fb5:	83 ec 04             	sub    $0x4,%esp
  800fb8:	6a 00                	push   $0x0
  800fba:	ff 75 14             	push   0x14(%ebp)
  800fbd:	ff 75 10             	push   0x10(%ebp)
  800fc0:	8b 45 08             	mov    0x8(%ebp),%eax
  800fc3:	8b 55 0c             	mov    0xc(%ebp),%edx
  800fc6:	e8 b9 fe ff ff       	call   800e84 <udivmod64>
}
  800fcb:	c9                   	leave
  800fcc:	c3                   	ret

00800fcd <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800fcd:	55                   	push   %ebp
  800fce:	89 e5                	mov    %esp,%ebp
  800fd0:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800fd3:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800fd6:	50                   	push   %eax
  800fd7:	ff 75 14             	push   0x14(%ebp)
  800fda:	ff 75 10             	push   0x10(%ebp)
  800fdd:	8b 45 08             	mov    0x8(%ebp),%eax
  800fe0:	8b 55 0c             	mov    0xc(%ebp),%edx
  800fe3:	e8 9c fe ff ff       	call   800e84 <udivmod64>
	return r;
}
  800fe8:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800feb:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800fee:	c9                   	leave
  800fef:	c3                   	ret

00800ff0 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800ff0:	55                   	push   %ebp
  800ff1:	89 e5                	mov    %esp,%ebp
  800ff3:	57                   	push   %edi
  800ff4:	56                   	push   %esi
  800ff5:	53                   	push   %ebx
  800ff6:	83 ec 0c             	sub    $0xc,%esp
  800ff9:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800ffc:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800fff:	8b 45 10             	mov    0x10(%ebp),%eax
  801002:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  801005:	89 ce                	mov    %ecx,%esi
  801007:	89 df                	mov    %ebx,%edi
  801009:	31 c6                	xor    %eax,%esi
  80100b:	31 d7                	xor    %edx,%edi
  80100d:	89 75 e8             	mov    %esi,-0x18(%ebp)
  801010:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801013:	89 c6                	mov    %eax,%esi
  801015:	89 d7                	mov    %edx,%edi
  801017:	85 d2                	test   %edx,%edx
  801019:	78 25                	js     801040 <__divdi3+0x50>
  80101b:	89 c8                	mov    %ecx,%eax
  80101d:	89 da                	mov    %ebx,%edx
  80101f:	85 db                	test   %ebx,%ebx
  801021:	78 2a                	js     80104d <__divdi3+0x5d>
  801023:	83 ec 04             	sub    $0x4,%esp
  801026:	6a 00                	push   $0x0
  801028:	57                   	push   %edi
  801029:	56                   	push   %esi
  80102a:	e8 55 fe ff ff       	call   800e84 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  80102f:	83 c4 10             	add    $0x10,%esp
  801032:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  801036:	78 1e                	js     801056 <__divdi3+0x66>
}
  801038:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80103b:	5b                   	pop    %ebx
  80103c:	5e                   	pop    %esi
  80103d:	5f                   	pop    %edi
  80103e:	5d                   	pop    %ebp
  80103f:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801040:	f7 d8                	neg    %eax
  801042:	83 d2 00             	adc    $0x0,%edx
  801045:	f7 da                	neg    %edx
  801047:	89 c6                	mov    %eax,%esi
  801049:	89 d7                	mov    %edx,%edi
  80104b:	eb ce                	jmp    80101b <__divdi3+0x2b>
  80104d:	f7 d8                	neg    %eax
  80104f:	83 d2 00             	adc    $0x0,%edx
  801052:	f7 da                	neg    %edx
  801054:	eb cd                	jmp    801023 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  801056:	f7 d8                	neg    %eax
  801058:	83 d2 00             	adc    $0x0,%edx
  80105b:	f7 da                	neg    %edx
  80105d:	eb d9                	jmp    801038 <__divdi3+0x48>

0080105f <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  80105f:	55                   	push   %ebp
  801060:	89 e5                	mov    %esp,%ebp
  801062:	57                   	push   %edi
  801063:	56                   	push   %esi
  801064:	53                   	push   %ebx
  801065:	83 ec 14             	sub    $0x14,%esp
  801068:	8b 45 08             	mov    0x8(%ebp),%eax
  80106b:	8b 55 0c             	mov    0xc(%ebp),%edx
  80106e:	8b 4d 10             	mov    0x10(%ebp),%ecx
  801071:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801074:	89 ce                	mov    %ecx,%esi
  801076:	89 df                	mov    %ebx,%edi
  801078:	85 db                	test   %ebx,%ebx
  80107a:	78 23                	js     80109f <__moddi3+0x40>
  80107c:	85 d2                	test   %edx,%edx
  80107e:	78 28                	js     8010a8 <__moddi3+0x49>
  801080:	83 ec 04             	sub    $0x4,%esp
  801083:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801086:	51                   	push   %ecx
  801087:	57                   	push   %edi
  801088:	56                   	push   %esi
  801089:	e8 f6 fd ff ff       	call   800e84 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  80108e:	8b 45 e8             	mov    -0x18(%ebp),%eax
  801091:	8b 55 ec             	mov    -0x14(%ebp),%edx
  801094:	83 c4 10             	add    $0x10,%esp
}
  801097:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80109a:	5b                   	pop    %ebx
  80109b:	5e                   	pop    %esi
  80109c:	5f                   	pop    %edi
  80109d:	5d                   	pop    %ebp
  80109e:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  80109f:	f7 de                	neg    %esi
  8010a1:	83 d7 00             	adc    $0x0,%edi
  8010a4:	f7 df                	neg    %edi
  8010a6:	eb d4                	jmp    80107c <__moddi3+0x1d>
  8010a8:	f7 d8                	neg    %eax
  8010aa:	83 d2 00             	adc    $0x0,%edx
  8010ad:	f7 da                	neg    %edx
  8010af:	83 ec 04             	sub    $0x4,%esp
  8010b2:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  8010b5:	51                   	push   %ecx
  8010b6:	57                   	push   %edi
  8010b7:	56                   	push   %esi
  8010b8:	e8 c7 fd ff ff       	call   800e84 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  8010bd:	8b 45 e8             	mov    -0x18(%ebp),%eax
  8010c0:	8b 55 ec             	mov    -0x14(%ebp),%edx
  8010c3:	f7 d8                	neg    %eax
  8010c5:	83 d2 00             	adc    $0x0,%edx
  8010c8:	f7 da                	neg    %edx
  8010ca:	83 c4 10             	add    $0x10,%esp
  8010cd:	eb c8                	jmp    801097 <__moddi3+0x38>

008010cf <set_pgfault_handler>:
// Read by _pgfault_upcall; 0 until a handler is installed.
void (*_pgfault_handler)(struct UTrapframe *utf);

void
set_pgfault_handler(void (*handler)(struct UTrapframe *utf))
{
  8010cf:	55                   	push   %ebp
  8010d0:	89 e5                	mov    %esp,%ebp
  8010d2:	83 ec 08             	sub    $0x8,%esp
	int r;

	if (_pgfault_handler == 0) {
  8010d5:	83 3d 00 40 80 00 00 	cmpl   $0x0,0x804000
  8010dc:	74 0a                	je     8010e8 <set_pgfault_handler+0x19>
			panic("set_pgfault_handler: upcall: %e", r);
	}

	// Swapping handlers later needs no kernel call: the upcall always
	// goes through this pointer.
	_pgfault_handler = handler;
  8010de:	8b 45 08             	mov    0x8(%ebp),%eax
  8010e1:	a3 00 40 80 00       	mov    %eax,0x804000
}
  8010e6:	c9                   	leave
  8010e7:	c3                   	ret
		if ((r = sys_page_alloc(0, (void *) (UXSTACKTOP - PGSIZE),
  8010e8:	83 ec 04             	sub    $0x4,%esp
  8010eb:	6a 07                	push   $0x7
  8010ed:	68 00 f0 bf ee       	push   $0xeebff000
  8010f2:	6a 00                	push   $0x0
  8010f4:	e8 6f f0 ff ff       	call   800168 <sys_page_alloc>
  8010f9:	83 c4 10             	add    $0x10,%esp
  8010fc:	85 c0                	test   %eax,%eax
  8010fe:	78 28                	js     801128 <set_pgfault_handler+0x59>
		if ((r = sys_env_set_pgfault_upcall(0, _pgfault_upcall)) < 0)
  801100:	83 ec 08             	sub    $0x8,%esp
  801103:	68 17 03 80 00       	push   $0x800317
  801108:	6a 00                	push   $0x0
  80110a:	e8 62 f1 ff ff       	call   800271 <sys_env_set_pgfault_upcall>
  80110f:	83 c4 10             	add    $0x10,%esp
  801112:	85 c0                	test   %eax,%eax
  801114:	79 c8                	jns    8010de <set_pgfault_handler+0xf>
			panic("set_pgfault_handler: upcall: %e", r);
  801116:	50                   	push   %eax
  801117:	68 10 14 80 00       	push   $0x801410
  80111c:	6a 1a                	push   $0x1a
  80111e:	68 30 14 80 00       	push   $0x801430
  801123:	e8 15 f2 ff ff       	call   80033d <_panic>
			panic("set_pgfault_handler: exception stack: %e", r);
  801128:	50                   	push   %eax
  801129:	68 e4 13 80 00       	push   $0x8013e4
  80112e:	6a 18                	push   $0x18
  801130:	68 30 14 80 00       	push   $0x801430
  801135:	e8 03 f2 ff ff       	call   80033d <_panic>
