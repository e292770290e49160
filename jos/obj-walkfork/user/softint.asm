
obj-walkfork/user/softint:     file format elf32-i386


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
  80002c:	e8 05 00 00 00       	call   800036 <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:
#include <inc/lib.h>

void
umain(int argc, char **argv)
{
	asm volatile("int $14");
  800033:	cd 0e                	int    $0xe
}
  800035:	c3                   	ret

00800036 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  800036:	55                   	push   %ebp
  800037:	89 e5                	mov    %esp,%ebp
  800039:	56                   	push   %esi
  80003a:	53                   	push   %ebx
  80003b:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80003e:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  800041:	e8 c6 00 00 00       	call   80010c <sys_getenvid>
  800046:	25 ff 03 00 00       	and    $0x3ff,%eax
  80004b:	6b c0 7c             	imul   $0x7c,%eax,%eax
  80004e:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  800053:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800058:	85 db                	test   %ebx,%ebx
  80005a:	7e 07                	jle    800063 <libmain+0x2d>
		binaryname = argv[0];
  80005c:	8b 06                	mov    (%esi),%eax
  80005e:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800063:	83 ec 08             	sub    $0x8,%esp
  800066:	56                   	push   %esi
  800067:	53                   	push   %ebx
  800068:	e8 c6 ff ff ff       	call   800033 <umain>

	exit();
  80006d:	e8 0a 00 00 00       	call   80007c <exit>
}
  800072:	83 c4 10             	add    $0x10,%esp
  800075:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800078:	5b                   	pop    %ebx
  800079:	5e                   	pop    %esi
  80007a:	5d                   	pop    %ebp
  80007b:	c3                   	ret

0080007c <exit>:

#include <inc/lib.h>

void
exit(void)
{
  80007c:	55                   	push   %ebp
  80007d:	89 e5                	mov    %esp,%ebp
  80007f:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800082:	6a 00                	push   $0x0
  800084:	e8 42 00 00 00       	call   8000cb <sys_env_destroy>
}
  800089:	83 c4 10             	add    $0x10,%esp
  80008c:	c9                   	leave
  80008d:	c3                   	ret

0080008e <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  80008e:	55                   	push   %ebp
  80008f:	89 e5                	mov    %esp,%ebp
  800091:	57                   	push   %edi
  800092:	56                   	push   %esi
  800093:	53                   	push   %ebx
	asm volatile("int %1\n"
  800094:	b8 00 00 00 00       	mov    $0x0,%eax
  800099:	8b 55 08             	mov    0x8(%ebp),%edx
  80009c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80009f:	89 c3                	mov    %eax,%ebx
  8000a1:	89 c7                	mov    %eax,%edi
  8000a3:	89 c6                	mov    %eax,%esi
  8000a5:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  8000a7:	5b                   	pop    %ebx
  8000a8:	5e                   	pop    %esi
  8000a9:	5f                   	pop    %edi
  8000aa:	5d                   	pop    %ebp
  8000ab:	c3                   	ret

008000ac <sys_cgetc>:

int
sys_cgetc(void)
{
  8000ac:	55                   	push   %ebp
  8000ad:	89 e5                	mov    %esp,%ebp
  8000af:	57                   	push   %edi
  8000b0:	56                   	push   %esi
  8000b1:	53                   	push   %ebx
	asm volatile("int %1\n"
  8000b2:	ba 00 00 00 00       	mov    $0x0,%edx
  8000b7:	b8 01 00 00 00       	mov    $0x1,%eax
  8000bc:	89 d1                	mov    %edx,%ecx
  8000be:	89 d3                	mov    %edx,%ebx
  8000c0:	89 d7                	mov    %edx,%edi
  8000c2:	89 d6                	mov    %edx,%esi
  8000c4:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  8000c6:	5b                   	pop    %ebx
  8000c7:	5e                   	pop    %esi
  8000c8:	5f                   	pop    %edi
  8000c9:	5d                   	pop    %ebp
  8000ca:	c3                   	ret

008000cb <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  8000cb:	55                   	push   %ebp
  8000cc:	89 e5                	mov    %esp,%ebp
  8000ce:	57                   	push   %edi
  8000cf:	56                   	push   %esi
  8000d0:	53                   	push   %ebx
  8000d1:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8000d4:	b9 00 00 00 00       	mov    $0x0,%ecx
  8000d9:	8b 55 08             	mov    0x8(%ebp),%edx
  8000dc:	b8 03 00 00 00       	mov    $0x3,%eax
  8000e1:	89 cb                	mov    %ecx,%ebx
  8000e3:	89 cf                	mov    %ecx,%edi
  8000e5:	89 ce                	mov    %ecx,%esi
  8000e7:	cd 30                	int    $0x30
	if (check && ret > 0)
  8000e9:	85 c0                	test   %eax,%eax
  8000eb:	7f 08                	jg     8000f5 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  8000ed:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8000f0:	5b                   	pop    %ebx
  8000f1:	5e                   	pop    %esi
  8000f2:	5f                   	pop    %edi
  8000f3:	5d                   	pop    %ebp
  8000f4:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8000f5:	83 ec 0c             	sub    $0xc,%esp
  8000f8:	50                   	push   %eax
  8000f9:	6a 03                	push   $0x3
  8000fb:	68 aa 10 80 00       	push   $0x8010aa
  800100:	6a 1f                	push   $0x1f
  800102:	68 c7 10 80 00       	push   $0x8010c7
  800107:	e8 ed 01 00 00       	call   8002f9 <_panic>

0080010c <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  80010c:	55                   	push   %ebp
  80010d:	89 e5                	mov    %esp,%ebp
  80010f:	57                   	push   %edi
  800110:	56                   	push   %esi
  800111:	53                   	push   %ebx
	asm volatile("int %1\n"
  800112:	ba 00 00 00 00       	mov    $0x0,%edx
  800117:	b8 02 00 00 00       	mov    $0x2,%eax
  80011c:	89 d1                	mov    %edx,%ecx
  80011e:	89 d3                	mov    %edx,%ebx
  800120:	89 d7                	mov    %edx,%edi
  800122:	89 d6                	mov    %edx,%esi
  800124:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800126:	5b                   	pop    %ebx
  800127:	5e                   	pop    %esi
  800128:	5f                   	pop    %edi
  800129:	5d                   	pop    %ebp
  80012a:	c3                   	ret

0080012b <sys_yield>:

void
sys_yield(void)
{
  80012b:	55                   	push   %ebp
  80012c:	89 e5                	mov    %esp,%ebp
  80012e:	57                   	push   %edi
  80012f:	56                   	push   %esi
  800130:	53                   	push   %ebx
	asm volatile("int %1\n"
  800131:	ba 00 00 00 00       	mov    $0x0,%edx
  800136:	b8 0a 00 00 00       	mov    $0xa,%eax
  80013b:	89 d1                	mov    %edx,%ecx
  80013d:	89 d3                	mov    %edx,%ebx
  80013f:	89 d7                	mov    %edx,%edi
  800141:	89 d6                	mov    %edx,%esi
  800143:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800145:	5b                   	pop    %ebx
  800146:	5e                   	pop    %esi
  800147:	5f                   	pop    %edi
  800148:	5d                   	pop    %ebp
  800149:	c3                   	ret

0080014a <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  80014a:	55                   	push   %ebp
  80014b:	89 e5                	mov    %esp,%ebp
  80014d:	57                   	push   %edi
  80014e:	56                   	push   %esi
  80014f:	53                   	push   %ebx
  800150:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800153:	be 00 00 00 00       	mov    $0x0,%esi
  800158:	8b 55 08             	mov    0x8(%ebp),%edx
  80015b:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80015e:	b8 04 00 00 00       	mov    $0x4,%eax
  800163:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800166:	89 f7                	mov    %esi,%edi
  800168:	cd 30                	int    $0x30
	if (check && ret > 0)
  80016a:	85 c0                	test   %eax,%eax
  80016c:	7f 08                	jg     800176 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  80016e:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800171:	5b                   	pop    %ebx
  800172:	5e                   	pop    %esi
  800173:	5f                   	pop    %edi
  800174:	5d                   	pop    %ebp
  800175:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800176:	83 ec 0c             	sub    $0xc,%esp
  800179:	50                   	push   %eax
  80017a:	6a 04                	push   $0x4
  80017c:	68 aa 10 80 00       	push   $0x8010aa
  800181:	6a 1f                	push   $0x1f
  800183:	68 c7 10 80 00       	push   $0x8010c7
  800188:	e8 6c 01 00 00       	call   8002f9 <_panic>

0080018d <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  80018d:	55                   	push   %ebp
  80018e:	89 e5                	mov    %esp,%ebp
  800190:	57                   	push   %edi
  800191:	56                   	push   %esi
  800192:	53                   	push   %ebx
  800193:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800196:	8b 55 08             	mov    0x8(%ebp),%edx
  800199:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80019c:	b8 05 00 00 00       	mov    $0x5,%eax
  8001a1:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8001a4:	8b 7d 14             	mov    0x14(%ebp),%edi
  8001a7:	8b 75 18             	mov    0x18(%ebp),%esi
  8001aa:	cd 30                	int    $0x30
	if (check && ret > 0)
  8001ac:	85 c0                	test   %eax,%eax
  8001ae:	7f 08                	jg     8001b8 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  8001b0:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001b3:	5b                   	pop    %ebx
  8001b4:	5e                   	pop    %esi
  8001b5:	5f                   	pop    %edi
  8001b6:	5d                   	pop    %ebp
  8001b7:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8001b8:	83 ec 0c             	sub    $0xc,%esp
  8001bb:	50                   	push   %eax
  8001bc:	6a 05                	push   $0x5
  8001be:	68 aa 10 80 00       	push   $0x8010aa
  8001c3:	6a 1f                	push   $0x1f
  8001c5:	68 c7 10 80 00       	push   $0x8010c7
  8001ca:	e8 2a 01 00 00       	call   8002f9 <_panic>

008001cf <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  8001cf:	55                   	push   %ebp
  8001d0:	89 e5                	mov    %esp,%ebp
  8001d2:	57                   	push   %edi
  8001d3:	56                   	push   %esi
  8001d4:	53                   	push   %ebx
  8001d5:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8001d8:	bb 00 00 00 00       	mov    $0x0,%ebx
  8001dd:	8b 55 08             	mov    0x8(%ebp),%edx
  8001e0:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8001e3:	b8 06 00 00 00       	mov    $0x6,%eax
  8001e8:	89 df                	mov    %ebx,%edi
  8001ea:	89 de                	mov    %ebx,%esi
  8001ec:	cd 30                	int    $0x30
	if (check && ret > 0)
  8001ee:	85 c0                	test   %eax,%eax
  8001f0:	7f 08                	jg     8001fa <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  8001f2:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001f5:	5b                   	pop    %ebx
  8001f6:	5e                   	pop    %esi
  8001f7:	5f                   	pop    %edi
  8001f8:	5d                   	pop    %ebp
  8001f9:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8001fa:	83 ec 0c             	sub    $0xc,%esp
  8001fd:	50                   	push   %eax
  8001fe:	6a 06                	push   $0x6
  800200:	68 aa 10 80 00       	push   $0x8010aa
  800205:	6a 1f                	push   $0x1f
  800207:	68 c7 10 80 00       	push   $0x8010c7
  80020c:	e8 e8 00 00 00       	call   8002f9 <_panic>

00800211 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800211:	55                   	push   %ebp
  800212:	89 e5                	mov    %esp,%ebp
  800214:	57                   	push   %edi
  800215:	56                   	push   %esi
  800216:	53                   	push   %ebx
  800217:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80021a:	bb 00 00 00 00       	mov    $0x0,%ebx
  80021f:	8b 55 08             	mov    0x8(%ebp),%edx
  800222:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800225:	b8 08 00 00 00       	mov    $0x8,%eax
  80022a:	89 df                	mov    %ebx,%edi
  80022c:	89 de                	mov    %ebx,%esi
  80022e:	cd 30                	int    $0x30
	if (check && ret > 0)
  800230:	85 c0                	test   %eax,%eax
  800232:	7f 08                	jg     80023c <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800234:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800237:	5b                   	pop    %ebx
  800238:	5e                   	pop    %esi
  800239:	5f                   	pop    %edi
  80023a:	5d                   	pop    %ebp
  80023b:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80023c:	83 ec 0c             	sub    $0xc,%esp
  80023f:	50                   	push   %eax
  800240:	6a 08                	push   $0x8
  800242:	68 aa 10 80 00       	push   $0x8010aa
  800247:	6a 1f                	push   $0x1f
  800249:	68 c7 10 80 00       	push   $0x8010c7
  80024e:	e8 a6 00 00 00       	call   8002f9 <_panic>

00800253 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800253:	55                   	push   %ebp
  800254:	89 e5                	mov    %esp,%ebp
  800256:	57                   	push   %edi
  800257:	56                   	push   %esi
  800258:	53                   	push   %ebx
  800259:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80025c:	bb 00 00 00 00       	mov    $0x0,%ebx
  800261:	8b 55 08             	mov    0x8(%ebp),%edx
  800264:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800267:	b8 09 00 00 00       	mov    $0x9,%eax
  80026c:	89 df                	mov    %ebx,%edi
  80026e:	89 de                	mov    %ebx,%esi
  800270:	cd 30                	int    $0x30
	if (check && ret > 0)
  800272:	85 c0                	test   %eax,%eax
  800274:	7f 08                	jg     80027e <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800276:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800279:	5b                   	pop    %ebx
  80027a:	5e                   	pop    %esi
  80027b:	5f                   	pop    %edi
  80027c:	5d                   	pop    %ebp
  80027d:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80027e:	83 ec 0c             	sub    $0xc,%esp
  800281:	50                   	push   %eax
  800282:	6a 09                	push   $0x9
  800284:	68 aa 10 80 00       	push   $0x8010aa
  800289:	6a 1f                	push   $0x1f
  80028b:	68 c7 10 80 00       	push   $0x8010c7
  800290:	e8 64 00 00 00       	call   8002f9 <_panic>

00800295 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  800295:	55                   	push   %ebp
  800296:	89 e5                	mov    %esp,%ebp
  800298:	57                   	push   %edi
  800299:	56                   	push   %esi
  80029a:	53                   	push   %ebx
	asm volatile("int %1\n"
  80029b:	8b 55 08             	mov    0x8(%ebp),%edx
  80029e:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8002a1:	b8 0b 00 00 00       	mov    $0xb,%eax
  8002a6:	be 00 00 00 00       	mov    $0x0,%esi
  8002ab:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8002ae:	8b 7d 14             	mov    0x14(%ebp),%edi
  8002b1:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8002b3:	5b                   	pop    %ebx
  8002b4:	5e                   	pop    %esi
  8002b5:	5f                   	pop    %edi
  8002b6:	5d                   	pop    %ebp
  8002b7:	c3                   	ret

008002b8 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8002b8:	55                   	push   %ebp
  8002b9:	89 e5                	mov    %esp,%ebp
  8002bb:	57                   	push   %edi
  8002bc:	56                   	push   %esi
  8002bd:	53                   	push   %ebx
  8002be:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8002c1:	b9 00 00 00 00       	mov    $0x0,%ecx
  8002c6:	8b 55 08             	mov    0x8(%ebp),%edx
  8002c9:	b8 0c 00 00 00       	mov    $0xc,%eax
  8002ce:	89 cb                	mov    %ecx,%ebx
  8002d0:	89 cf                	mov    %ecx,%edi
  8002d2:	89 ce                	mov    %ecx,%esi
  8002d4:	cd 30                	int    $0x30
	if (check && ret > 0)
  8002d6:	85 c0                	test   %eax,%eax
  8002d8:	7f 08                	jg     8002e2 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  8002da:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8002dd:	5b                   	pop    %ebx
  8002de:	5e                   	pop    %esi
  8002df:	5f                   	pop    %edi
  8002e0:	5d                   	pop    %ebp
  8002e1:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8002e2:	83 ec 0c             	sub    $0xc,%esp
  8002e5:	50                   	push   %eax
  8002e6:	6a 0c                	push   $0xc
  8002e8:	68 aa 10 80 00       	push   $0x8010aa
  8002ed:	6a 1f                	push   $0x1f
  8002ef:	68 c7 10 80 00       	push   $0x8010c7
  8002f4:	e8 00 00 00 00       	call   8002f9 <_panic>

008002f9 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  8002f9:	55                   	push   %ebp
  8002fa:	89 e5                	mov    %esp,%ebp
  8002fc:	56                   	push   %esi
  8002fd:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  8002fe:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800301:	8b 35 00 20 80 00    	mov    0x802000,%esi
  800307:	e8 00 fe ff ff       	call   80010c <sys_getenvid>
  80030c:	83 ec 0c             	sub    $0xc,%esp
  80030f:	ff 75 0c             	push   0xc(%ebp)
  800312:	ff 75 08             	push   0x8(%ebp)
  800315:	56                   	push   %esi
  800316:	50                   	push   %eax
  800317:	68 d8 10 80 00       	push   $0x8010d8
  80031c:	e8 4d 07 00 00       	call   800a6e <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800321:	83 c4 18             	add    $0x18,%esp
  800324:	53                   	push   %ebx
  800325:	ff 75 10             	push   0x10(%ebp)
  800328:	e8 56 00 00 00       	call   800383 <vcprintf>
	cprintf("\n");
  80032d:	c7 04 24 fb 10 80 00 	movl   $0x8010fb,(%esp)
  800334:	e8 35 07 00 00       	call   800a6e <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  800339:	cc                   	int3
  80033a:	83 c4 10             	add    $0x10,%esp
	for (;;)
  80033d:	eb fe                	jmp    80033d <_panic+0x44>

0080033f <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  80033f:	55                   	push   %ebp
  800340:	89 e5                	mov    %esp,%ebp
  800342:	53                   	push   %ebx
  800343:	83 ec 04             	sub    $0x4,%esp
  800346:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  800349:	8b 13                	mov    (%ebx),%edx
  80034b:	8d 42 01             	lea    0x1(%edx),%eax
  80034e:	89 03                	mov    %eax,(%ebx)
  800350:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800353:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  800357:	3d 00 01 00 00       	cmp    $0x100,%eax
  80035c:	74 09                	je     800367 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  80035e:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  800362:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800365:	c9                   	leave
  800366:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  800367:	83 ec 08             	sub    $0x8,%esp
  80036a:	68 00 01 00 00       	push   $0x100
  80036f:	8d 43 08             	lea    0x8(%ebx),%eax
  800372:	50                   	push   %eax
  800373:	e8 16 fd ff ff       	call   80008e <sys_cputs>
		b->idx = 0;
  800378:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  80037e:	83 c4 10             	add    $0x10,%esp
  800381:	eb db                	jmp    80035e <putch+0x1f>

00800383 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  800383:	55                   	push   %ebp
  800384:	89 e5                	mov    %esp,%ebp
  800386:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  80038c:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  800393:	00 00 00 
	b.cnt = 0;
  800396:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  80039d:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8003a0:	ff 75 0c             	push   0xc(%ebp)
  8003a3:	ff 75 08             	push   0x8(%ebp)
  8003a6:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8003ac:	50                   	push   %eax
  8003ad:	68 3f 03 80 00       	push   $0x80033f
  8003b2:	e8 64 00 00 00       	call   80041b <vprintfmt>
	if (b->idx > 0) {
  8003b7:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8003bd:	83 c4 10             	add    $0x10,%esp
  8003c0:	85 c0                	test   %eax,%eax
  8003c2:	7f 08                	jg     8003cc <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8003c4:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8003ca:	c9                   	leave
  8003cb:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8003cc:	83 ec 08             	sub    $0x8,%esp
  8003cf:	50                   	push   %eax
  8003d0:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  8003d6:	50                   	push   %eax
  8003d7:	e8 b2 fc ff ff       	call   80008e <sys_cputs>
  8003dc:	83 c4 10             	add    $0x10,%esp
  8003df:	eb e3                	jmp    8003c4 <vcprintf+0x41>

008003e1 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8003e1:	55                   	push   %ebp
  8003e2:	89 e5                	mov    %esp,%ebp
  8003e4:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8003e7:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  8003eb:	8b 10                	mov    (%eax),%edx
  8003ed:	3b 50 04             	cmp    0x4(%eax),%edx
  8003f0:	73 0a                	jae    8003fc <sprintputch+0x1b>
		*b->buf++ = ch;
  8003f2:	8d 4a 01             	lea    0x1(%edx),%ecx
  8003f5:	89 08                	mov    %ecx,(%eax)
  8003f7:	8b 45 08             	mov    0x8(%ebp),%eax
  8003fa:	88 02                	mov    %al,(%edx)
}
  8003fc:	5d                   	pop    %ebp
  8003fd:	c3                   	ret

008003fe <printfmt>:
{
  8003fe:	55                   	push   %ebp
  8003ff:	89 e5                	mov    %esp,%ebp
  800401:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800404:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  800407:	50                   	push   %eax
  800408:	ff 75 10             	push   0x10(%ebp)
  80040b:	ff 75 0c             	push   0xc(%ebp)
  80040e:	ff 75 08             	push   0x8(%ebp)
  800411:	e8 05 00 00 00       	call   80041b <vprintfmt>
}
  800416:	83 c4 10             	add    $0x10,%esp
  800419:	c9                   	leave
  80041a:	c3                   	ret

0080041b <vprintfmt>:
{
  80041b:	55                   	push   %ebp
  80041c:	89 e5                	mov    %esp,%ebp
  80041e:	57                   	push   %edi
  80041f:	56                   	push   %esi
  800420:	53                   	push   %ebx
  800421:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800424:	8b 45 10             	mov    0x10(%ebp),%eax
  800427:	8d 58 01             	lea    0x1(%eax),%ebx
  80042a:	0f b6 00             	movzbl (%eax),%eax
  80042d:	83 f8 25             	cmp    $0x25,%eax
  800430:	74 24                	je     800456 <vprintfmt+0x3b>
  800432:	8b 75 08             	mov    0x8(%ebp),%esi
  800435:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800438:	85 c0                	test   %eax,%eax
  80043a:	0f 84 d8 05 00 00    	je     800a18 <vprintfmt+0x5fd>
			putch(ch, putdat);
  800440:	83 ec 08             	sub    $0x8,%esp
  800443:	57                   	push   %edi
  800444:	50                   	push   %eax
  800445:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800447:	83 c3 01             	add    $0x1,%ebx
  80044a:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  80044e:	83 c4 10             	add    $0x10,%esp
  800451:	83 f8 25             	cmp    $0x25,%eax
  800454:	75 e2                	jne    800438 <vprintfmt+0x1d>
		padc = ' ';
  800456:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  80045a:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  80045f:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  800466:	b9 00 00 00 00       	mov    $0x0,%ecx
  80046b:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80046d:	8d 53 01             	lea    0x1(%ebx),%edx
  800470:	0f b6 0b             	movzbl (%ebx),%ecx
  800473:	8d 41 dd             	lea    -0x23(%ecx),%eax
  800476:	3c 55                	cmp    $0x55,%al
  800478:	0f 87 21 05 00 00    	ja     80099f <vprintfmt+0x584>
  80047e:	0f b6 c0             	movzbl %al,%eax
  800481:	ff 24 85 c0 11 80 00 	jmp    *0x8011c0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  800488:	89 5d 10             	mov    %ebx,0x10(%ebp)
  80048b:	eb 97                	jmp    800424 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  80048d:	89 d3                	mov    %edx,%ebx
			padc = '-';
  80048f:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  800493:	eb d8                	jmp    80046d <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800495:	89 d3                	mov    %edx,%ebx
  800497:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  80049b:	eb d0                	jmp    80046d <vprintfmt+0x52>
  80049d:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8004a0:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8004a3:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8004a7:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004aa:	83 f9 09             	cmp    $0x9,%ecx
  8004ad:	77 54                	ja     800503 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8004af:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8004b2:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8004b5:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8004b9:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8004bc:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004bf:	83 f9 09             	cmp    $0x9,%ecx
  8004c2:	76 eb                	jbe    8004af <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8004c4:	89 d3                	mov    %edx,%ebx
  8004c6:	eb 0d                	jmp    8004d5 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8004c8:	8b 45 14             	mov    0x14(%ebp),%eax
  8004cb:	8b 38                	mov    (%eax),%edi
  8004cd:	8d 40 04             	lea    0x4(%eax),%eax
  8004d0:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8004d3:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8004d5:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8004d9:	79 92                	jns    80046d <vprintfmt+0x52>
				width = precision, precision = -1;
  8004db:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8004de:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8004e3:	eb 88                	jmp    80046d <vprintfmt+0x52>
			if (width < 0)
  8004e5:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  8004e8:	85 c9                	test   %ecx,%ecx
  8004ea:	b8 00 00 00 00       	mov    $0x0,%eax
  8004ef:	0f 49 c1             	cmovns %ecx,%eax
  8004f2:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8004f5:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8004f7:	e9 71 ff ff ff       	jmp    80046d <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8004fc:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8004fe:	e9 6a ff ff ff       	jmp    80046d <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800503:	89 d3                	mov    %edx,%ebx
  800505:	eb ce                	jmp    8004d5 <vprintfmt+0xba>
			lflag++;
  800507:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80050a:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80050c:	e9 5c ff ff ff       	jmp    80046d <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800511:	89 55 10             	mov    %edx,0x10(%ebp)
  800514:	8b 45 14             	mov    0x14(%ebp),%eax
  800517:	8d 58 04             	lea    0x4(%eax),%ebx
  80051a:	83 ec 08             	sub    $0x8,%esp
  80051d:	ff 75 0c             	push   0xc(%ebp)
  800520:	ff 30                	push   (%eax)
  800522:	ff 55 08             	call   *0x8(%ebp)
			break;
  800525:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800528:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  80052b:	e9 f4 fe ff ff       	jmp    800424 <vprintfmt+0x9>
			err = va_arg(ap, int);
  800530:	89 55 10             	mov    %edx,0x10(%ebp)
  800533:	8b 45 14             	mov    0x14(%ebp),%eax
  800536:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800539:	8b 10                	mov    (%eax),%edx
  80053b:	89 d0                	mov    %edx,%eax
  80053d:	f7 d8                	neg    %eax
  80053f:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800542:	83 f8 08             	cmp    $0x8,%eax
  800545:	7f 27                	jg     80056e <vprintfmt+0x153>
  800547:	8b 14 85 20 13 80 00 	mov    0x801320(,%eax,4),%edx
  80054e:	85 d2                	test   %edx,%edx
  800550:	74 1c                	je     80056e <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800552:	52                   	push   %edx
  800553:	68 0d 11 80 00       	push   $0x80110d
  800558:	ff 75 0c             	push   0xc(%ebp)
  80055b:	ff 75 08             	push   0x8(%ebp)
  80055e:	e8 9b fe ff ff       	call   8003fe <printfmt>
  800563:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800566:	89 5d 14             	mov    %ebx,0x14(%ebp)
  800569:	e9 b6 fe ff ff       	jmp    800424 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  80056e:	50                   	push   %eax
  80056f:	68 04 11 80 00       	push   $0x801104
  800574:	ff 75 0c             	push   0xc(%ebp)
  800577:	ff 75 08             	push   0x8(%ebp)
  80057a:	e8 7f fe ff ff       	call   8003fe <printfmt>
  80057f:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800582:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  800585:	e9 9a fe ff ff       	jmp    800424 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  80058a:	89 55 10             	mov    %edx,0x10(%ebp)
  80058d:	8b 45 14             	mov    0x14(%ebp),%eax
  800590:	83 c0 04             	add    $0x4,%eax
  800593:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800596:	8b 45 14             	mov    0x14(%ebp),%eax
  800599:	8b 30                	mov    (%eax),%esi
  80059b:	85 f6                	test   %esi,%esi
  80059d:	0f 84 53 04 00 00    	je     8009f6 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8005a3:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8005a7:	7e 06                	jle    8005af <vprintfmt+0x194>
  8005a9:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8005ad:	75 1b                	jne    8005ca <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8005af:	8d 5e 01             	lea    0x1(%esi),%ebx
  8005b2:	0f be 06             	movsbl (%esi),%eax
  8005b5:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005b8:	85 c0                	test   %eax,%eax
  8005ba:	0f 85 80 00 00 00    	jne    800640 <vprintfmt+0x225>
  8005c0:	e9 8c 00 00 00       	jmp    800651 <vprintfmt+0x236>
				p = "(null)";
  8005c5:	be fd 10 80 00       	mov    $0x8010fd,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8005ca:	83 ec 08             	sub    $0x8,%esp
  8005cd:	57                   	push   %edi
  8005ce:	56                   	push   %esi
  8005cf:	e8 ea 04 00 00       	call   800abe <strnlen>
  8005d4:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8005d7:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8005da:	83 c4 10             	add    $0x10,%esp
  8005dd:	85 d2                	test   %edx,%edx
  8005df:	0f 8e f5 03 00 00    	jle    8009da <vprintfmt+0x5bf>
					putch(padc, putdat);
  8005e5:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  8005e9:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8005ec:	89 d6                	mov    %edx,%esi
  8005ee:	89 7d b0             	mov    %edi,-0x50(%ebp)
  8005f1:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8005f4:	83 ec 08             	sub    $0x8,%esp
  8005f7:	57                   	push   %edi
  8005f8:	53                   	push   %ebx
  8005f9:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  8005fc:	83 c4 10             	add    $0x10,%esp
  8005ff:	83 ee 01             	sub    $0x1,%esi
  800602:	75 f0                	jne    8005f4 <vprintfmt+0x1d9>
  800604:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800607:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  80060a:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80060d:	8d 5e 01             	lea    0x1(%esi),%ebx
  800610:	0f be 06             	movsbl (%esi),%eax
  800613:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800616:	85 c0                	test   %eax,%eax
  800618:	75 26                	jne    800640 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  80061a:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80061d:	89 45 14             	mov    %eax,0x14(%ebp)
  800620:	e9 ff fd ff ff       	jmp    800424 <vprintfmt+0x9>
				putch(ch, putdat);
  800625:	83 ec 08             	sub    $0x8,%esp
  800628:	ff 75 0c             	push   0xc(%ebp)
  80062b:	50                   	push   %eax
  80062c:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80062f:	83 ee 01             	sub    $0x1,%esi
  800632:	83 c3 01             	add    $0x1,%ebx
  800635:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800639:	83 c4 10             	add    $0x10,%esp
  80063c:	85 c0                	test   %eax,%eax
  80063e:	74 0e                	je     80064e <vprintfmt+0x233>
  800640:	85 ff                	test   %edi,%edi
  800642:	78 e1                	js     800625 <vprintfmt+0x20a>
  800644:	83 ef 01             	sub    $0x1,%edi
  800647:	79 dc                	jns    800625 <vprintfmt+0x20a>
  800649:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80064c:	eb 03                	jmp    800651 <vprintfmt+0x236>
  80064e:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800651:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800655:	7e 24                	jle    80067b <vprintfmt+0x260>
  800657:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  80065a:	8b 75 08             	mov    0x8(%ebp),%esi
  80065d:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800660:	83 ec 08             	sub    $0x8,%esp
  800663:	57                   	push   %edi
  800664:	6a 20                	push   $0x20
  800666:	ff d6                	call   *%esi
			for (; width > 0; width--)
  800668:	83 c4 10             	add    $0x10,%esp
  80066b:	83 eb 01             	sub    $0x1,%ebx
  80066e:	75 f0                	jne    800660 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800670:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800673:	89 45 14             	mov    %eax,0x14(%ebp)
  800676:	e9 a9 fd ff ff       	jmp    800424 <vprintfmt+0x9>
  80067b:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80067e:	89 45 14             	mov    %eax,0x14(%ebp)
  800681:	e9 9e fd ff ff       	jmp    800424 <vprintfmt+0x9>
	if (lflag >= 2)
  800686:	89 55 10             	mov    %edx,0x10(%ebp)
  800689:	83 fe 01             	cmp    $0x1,%esi
  80068c:	7f 1b                	jg     8006a9 <vprintfmt+0x28e>
	else if (lflag)
  80068e:	85 f6                	test   %esi,%esi
  800690:	74 39                	je     8006cb <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  800692:	8b 45 14             	mov    0x14(%ebp),%eax
  800695:	8b 00                	mov    (%eax),%eax
  800697:	89 c6                	mov    %eax,%esi
  800699:	89 c7                	mov    %eax,%edi
  80069b:	c1 ff 1f             	sar    $0x1f,%edi
  80069e:	8b 45 14             	mov    0x14(%ebp),%eax
  8006a1:	8d 40 04             	lea    0x4(%eax),%eax
  8006a4:	89 45 14             	mov    %eax,0x14(%ebp)
  8006a7:	eb 0e                	jmp    8006b7 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8006a9:	8b 45 14             	mov    0x14(%ebp),%eax
  8006ac:	8b 30                	mov    (%eax),%esi
  8006ae:	8b 78 04             	mov    0x4(%eax),%edi
  8006b1:	8d 40 08             	lea    0x8(%eax),%eax
  8006b4:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8006b7:	85 ff                	test   %edi,%edi
  8006b9:	78 27                	js     8006e2 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8006bb:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006be:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8006c1:	b8 0a 00 00 00       	mov    $0xa,%eax
  8006c6:	e9 53 01 00 00       	jmp    80081e <vprintfmt+0x403>
		return va_arg(*ap, int);
  8006cb:	8b 45 14             	mov    0x14(%ebp),%eax
  8006ce:	8b 00                	mov    (%eax),%eax
  8006d0:	89 c6                	mov    %eax,%esi
  8006d2:	89 c7                	mov    %eax,%edi
  8006d4:	c1 ff 1f             	sar    $0x1f,%edi
  8006d7:	8b 45 14             	mov    0x14(%ebp),%eax
  8006da:	8d 40 04             	lea    0x4(%eax),%eax
  8006dd:	89 45 14             	mov    %eax,0x14(%ebp)
  8006e0:	eb d5                	jmp    8006b7 <vprintfmt+0x29c>
				putch('-', putdat);
  8006e2:	83 ec 08             	sub    $0x8,%esp
  8006e5:	ff 75 0c             	push   0xc(%ebp)
  8006e8:	6a 2d                	push   $0x2d
  8006ea:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  8006ed:	f7 de                	neg    %esi
  8006ef:	83 d7 00             	adc    $0x0,%edi
  8006f2:	f7 df                	neg    %edi
  8006f4:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006f7:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  8006fa:	83 c4 10             	add    $0x10,%esp
			base = 10;
  8006fd:	b8 0a 00 00 00       	mov    $0xa,%eax
  800702:	e9 17 01 00 00       	jmp    80081e <vprintfmt+0x403>
	if (lflag >= 2)
  800707:	89 55 10             	mov    %edx,0x10(%ebp)
  80070a:	83 fe 01             	cmp    $0x1,%esi
  80070d:	7f 27                	jg     800736 <vprintfmt+0x31b>
	else if (lflag)
  80070f:	85 f6                	test   %esi,%esi
  800711:	74 44                	je     800757 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800713:	8b 45 14             	mov    0x14(%ebp),%eax
  800716:	8b 00                	mov    (%eax),%eax
  800718:	ba 00 00 00 00       	mov    $0x0,%edx
  80071d:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800720:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800723:	8b 45 14             	mov    0x14(%ebp),%eax
  800726:	8d 40 04             	lea    0x4(%eax),%eax
  800729:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80072c:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800731:	e9 e8 00 00 00       	jmp    80081e <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800736:	8b 45 14             	mov    0x14(%ebp),%eax
  800739:	8b 50 04             	mov    0x4(%eax),%edx
  80073c:	8b 00                	mov    (%eax),%eax
  80073e:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800741:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800744:	8b 45 14             	mov    0x14(%ebp),%eax
  800747:	8d 40 08             	lea    0x8(%eax),%eax
  80074a:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80074d:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800752:	e9 c7 00 00 00       	jmp    80081e <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
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
		return va_arg(*ap, unsigned int);
  800775:	e9 a4 00 00 00       	jmp    80081e <vprintfmt+0x403>
	if (lflag >= 2)
  80077a:	89 55 10             	mov    %edx,0x10(%ebp)
  80077d:	83 fe 01             	cmp    $0x1,%esi
  800780:	7f 24                	jg     8007a6 <vprintfmt+0x38b>
	else if (lflag)
  800782:	85 f6                	test   %esi,%esi
  800784:	74 3e                	je     8007c4 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  800786:	8b 45 14             	mov    0x14(%ebp),%eax
  800789:	8b 00                	mov    (%eax),%eax
  80078b:	ba 00 00 00 00       	mov    $0x0,%edx
  800790:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800793:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800796:	8b 45 14             	mov    0x14(%ebp),%eax
  800799:	8d 40 04             	lea    0x4(%eax),%eax
  80079c:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  80079f:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8007a4:	eb 78                	jmp    80081e <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8007a6:	8b 45 14             	mov    0x14(%ebp),%eax
  8007a9:	8b 50 04             	mov    0x4(%eax),%edx
  8007ac:	8b 00                	mov    (%eax),%eax
  8007ae:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007b1:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007b4:	8b 45 14             	mov    0x14(%ebp),%eax
  8007b7:	8d 40 08             	lea    0x8(%eax),%eax
  8007ba:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007bd:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8007c2:	eb 5a                	jmp    80081e <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8007c4:	8b 45 14             	mov    0x14(%ebp),%eax
  8007c7:	8b 00                	mov    (%eax),%eax
  8007c9:	ba 00 00 00 00       	mov    $0x0,%edx
  8007ce:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007d1:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007d4:	8b 45 14             	mov    0x14(%ebp),%eax
  8007d7:	8d 40 04             	lea    0x4(%eax),%eax
  8007da:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007dd:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8007e2:	eb 3a                	jmp    80081e <vprintfmt+0x403>
			putch('0', putdat);
  8007e4:	89 55 10             	mov    %edx,0x10(%ebp)
  8007e7:	83 ec 08             	sub    $0x8,%esp
  8007ea:	ff 75 0c             	push   0xc(%ebp)
  8007ed:	6a 30                	push   $0x30
  8007ef:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  8007f2:	83 c4 08             	add    $0x8,%esp
  8007f5:	ff 75 0c             	push   0xc(%ebp)
  8007f8:	6a 78                	push   $0x78
  8007fa:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  8007fd:	8b 45 14             	mov    0x14(%ebp),%eax
  800800:	8b 00                	mov    (%eax),%eax
  800802:	ba 00 00 00 00       	mov    $0x0,%edx
  800807:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80080a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  80080d:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800810:	8b 45 14             	mov    0x14(%ebp),%eax
  800813:	8d 40 04             	lea    0x4(%eax),%eax
  800816:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800819:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  80081e:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800822:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800825:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  80082a:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80082d:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800834:	89 7d a8             	mov    %edi,-0x58(%ebp)
  800837:	8b 75 b0             	mov    -0x50(%ebp),%esi
  80083a:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  80083d:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800840:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800844:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  800847:	8d 55 cf             	lea    -0x31(%ebp),%edx
  80084a:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  80084d:	ff 75 bc             	push   -0x44(%ebp)
  800850:	ff 75 b8             	push   -0x48(%ebp)
  800853:	57                   	push   %edi
  800854:	56                   	push   %esi
  800855:	e8 2f 07 00 00       	call   800f89 <__umoddi3>
  80085a:	83 c4 10             	add    $0x10,%esp
  80085d:	0f b6 80 10 11 80 00 	movzbl 0x801110(%eax),%eax
  800864:	88 03                	mov    %al,(%ebx)
		num /= base;
  800866:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800869:	89 fb                	mov    %edi,%ebx
  80086b:	ff 75 bc             	push   -0x44(%ebp)
  80086e:	ff 75 b8             	push   -0x48(%ebp)
  800871:	57                   	push   %edi
  800872:	56                   	push   %esi
  800873:	e8 f6 06 00 00       	call   800f6e <__udivdi3>
  800878:	83 c4 10             	add    $0x10,%esp
  80087b:	89 c6                	mov    %eax,%esi
  80087d:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  80087f:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  800882:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  800885:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  800888:	73 b6                	jae    800840 <vprintfmt+0x425>
	pad = width - n;
  80088a:	8b 7d a8             	mov    -0x58(%ebp),%edi
  80088d:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  800890:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800893:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  800895:	83 ff 2d             	cmp    $0x2d,%edi
  800898:	0f 84 de 00 00 00    	je     80097c <vprintfmt+0x561>
		for (; pad > 0; pad--)
  80089e:	85 f6                	test   %esi,%esi
  8008a0:	0f 8e 27 01 00 00    	jle    8009cd <vprintfmt+0x5b2>
  8008a6:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8008a9:	83 ec 08             	sub    $0x8,%esp
  8008ac:	53                   	push   %ebx
  8008ad:	57                   	push   %edi
  8008ae:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8008b1:	83 c4 10             	add    $0x10,%esp
  8008b4:	83 ee 01             	sub    $0x1,%esi
  8008b7:	75 f0                	jne    8008a9 <vprintfmt+0x48e>
  8008b9:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8008bc:	85 db                	test   %ebx,%ebx
  8008be:	0f 8e 60 fb ff ff    	jle    800424 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8008c4:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8008c7:	8b 75 08             	mov    0x8(%ebp),%esi
  8008ca:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8008cd:	83 eb 01             	sub    $0x1,%ebx
  8008d0:	83 ec 08             	sub    $0x8,%esp
  8008d3:	57                   	push   %edi
  8008d4:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8008d9:	50                   	push   %eax
  8008da:	ff d6                	call   *%esi
	while (n > 0)
  8008dc:	83 c4 10             	add    $0x10,%esp
  8008df:	85 db                	test   %ebx,%ebx
  8008e1:	7f ea                	jg     8008cd <vprintfmt+0x4b2>
  8008e3:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8008e6:	85 f6                	test   %esi,%esi
  8008e8:	0f 8e 36 fb ff ff    	jle    800424 <vprintfmt+0x9>
  8008ee:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8008f1:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  8008f4:	83 ec 08             	sub    $0x8,%esp
  8008f7:	57                   	push   %edi
  8008f8:	6a 20                	push   $0x20
  8008fa:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  8008fc:	83 c4 10             	add    $0x10,%esp
  8008ff:	83 ee 01             	sub    $0x1,%esi
  800902:	75 f0                	jne    8008f4 <vprintfmt+0x4d9>
  800904:	e9 1b fb ff ff       	jmp    800424 <vprintfmt+0x9>
	if (lflag >= 2)
  800909:	89 55 10             	mov    %edx,0x10(%ebp)
  80090c:	83 fe 01             	cmp    $0x1,%esi
  80090f:	7f 27                	jg     800938 <vprintfmt+0x51d>
	else if (lflag)
  800911:	85 f6                	test   %esi,%esi
  800913:	74 44                	je     800959 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800915:	8b 45 14             	mov    0x14(%ebp),%eax
  800918:	8b 00                	mov    (%eax),%eax
  80091a:	ba 00 00 00 00       	mov    $0x0,%edx
  80091f:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800922:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800925:	8b 45 14             	mov    0x14(%ebp),%eax
  800928:	8d 40 04             	lea    0x4(%eax),%eax
  80092b:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80092e:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  800933:	e9 e6 fe ff ff       	jmp    80081e <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800938:	8b 45 14             	mov    0x14(%ebp),%eax
  80093b:	8b 50 04             	mov    0x4(%eax),%edx
  80093e:	8b 00                	mov    (%eax),%eax
  800940:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800943:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800946:	8b 45 14             	mov    0x14(%ebp),%eax
  800949:	8d 40 08             	lea    0x8(%eax),%eax
  80094c:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80094f:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800954:	e9 c5 fe ff ff       	jmp    80081e <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
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
		return va_arg(*ap, unsigned int);
  800977:	e9 a2 fe ff ff       	jmp    80081e <vprintfmt+0x403>
	while (n > 0)
  80097c:	85 db                	test   %ebx,%ebx
  80097e:	0f 8f 40 ff ff ff    	jg     8008c4 <vprintfmt+0x4a9>
  800984:	e9 5d ff ff ff       	jmp    8008e6 <vprintfmt+0x4cb>
			putch(ch, putdat);
  800989:	89 55 10             	mov    %edx,0x10(%ebp)
  80098c:	83 ec 08             	sub    $0x8,%esp
  80098f:	ff 75 0c             	push   0xc(%ebp)
  800992:	6a 25                	push   $0x25
  800994:	ff 55 08             	call   *0x8(%ebp)
			break;
  800997:	83 c4 10             	add    $0x10,%esp
  80099a:	e9 85 fa ff ff       	jmp    800424 <vprintfmt+0x9>
			putch('%', putdat);
  80099f:	83 ec 08             	sub    $0x8,%esp
  8009a2:	ff 75 0c             	push   0xc(%ebp)
  8009a5:	6a 25                	push   $0x25
  8009a7:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8009aa:	83 c4 10             	add    $0x10,%esp
  8009ad:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8009b1:	0f 84 d1 fa ff ff    	je     800488 <vprintfmt+0x6d>
  8009b7:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8009ba:	89 d8                	mov    %ebx,%eax
  8009bc:	83 e8 01             	sub    $0x1,%eax
  8009bf:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8009c3:	75 f7                	jne    8009bc <vprintfmt+0x5a1>
  8009c5:	89 45 10             	mov    %eax,0x10(%ebp)
  8009c8:	e9 57 fa ff ff       	jmp    800424 <vprintfmt+0x9>
	while (n > 0)
  8009cd:	85 db                	test   %ebx,%ebx
  8009cf:	0f 8f ef fe ff ff    	jg     8008c4 <vprintfmt+0x4a9>
  8009d5:	e9 4a fa ff ff       	jmp    800424 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8009da:	8d 5e 01             	lea    0x1(%esi),%ebx
  8009dd:	0f be 06             	movsbl (%esi),%eax
  8009e0:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8009e3:	85 c0                	test   %eax,%eax
  8009e5:	0f 85 55 fc ff ff    	jne    800640 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8009eb:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8009ee:	89 45 14             	mov    %eax,0x14(%ebp)
  8009f1:	e9 2e fa ff ff       	jmp    800424 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  8009f6:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8009fa:	74 0a                	je     800a06 <vprintfmt+0x5eb>
  8009fc:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800a00:	0f 8f bf fb ff ff    	jg     8005c5 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800a06:	b8 28 00 00 00       	mov    $0x28,%eax
  800a0b:	bb fe 10 80 00       	mov    $0x8010fe,%ebx
  800a10:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800a13:	e9 28 fc ff ff       	jmp    800640 <vprintfmt+0x225>
}
  800a18:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800a1b:	5b                   	pop    %ebx
  800a1c:	5e                   	pop    %esi
  800a1d:	5f                   	pop    %edi
  800a1e:	5d                   	pop    %ebp
  800a1f:	c3                   	ret

00800a20 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800a20:	55                   	push   %ebp
  800a21:	89 e5                	mov    %esp,%ebp
  800a23:	83 ec 18             	sub    $0x18,%esp
  800a26:	8b 45 08             	mov    0x8(%ebp),%eax
  800a29:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800a2c:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800a2f:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800a33:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800a36:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800a3d:	85 c0                	test   %eax,%eax
  800a3f:	74 26                	je     800a67 <vsnprintf+0x47>
  800a41:	85 d2                	test   %edx,%edx
  800a43:	7e 22                	jle    800a67 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800a45:	ff 75 14             	push   0x14(%ebp)
  800a48:	ff 75 10             	push   0x10(%ebp)
  800a4b:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800a4e:	50                   	push   %eax
  800a4f:	68 e1 03 80 00       	push   $0x8003e1
  800a54:	e8 c2 f9 ff ff       	call   80041b <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800a59:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800a5c:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800a5f:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800a62:	83 c4 10             	add    $0x10,%esp
}
  800a65:	c9                   	leave
  800a66:	c3                   	ret
		return -E_INVAL;
  800a67:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800a6c:	eb f7                	jmp    800a65 <vsnprintf+0x45>

00800a6e <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800a6e:	55                   	push   %ebp
  800a6f:	89 e5                	mov    %esp,%ebp
  800a71:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  800a74:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  800a77:	50                   	push   %eax
  800a78:	ff 75 08             	push   0x8(%ebp)
  800a7b:	e8 03 f9 ff ff       	call   800383 <vcprintf>
	va_end(ap);

	return cnt;
}
  800a80:	c9                   	leave
  800a81:	c3                   	ret

00800a82 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800a82:	55                   	push   %ebp
  800a83:	89 e5                	mov    %esp,%ebp
  800a85:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  800a88:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800a8b:	50                   	push   %eax
  800a8c:	ff 75 10             	push   0x10(%ebp)
  800a8f:	ff 75 0c             	push   0xc(%ebp)
  800a92:	ff 75 08             	push   0x8(%ebp)
  800a95:	e8 86 ff ff ff       	call   800a20 <vsnprintf>
	va_end(ap);

	return rc;
}
  800a9a:	c9                   	leave
  800a9b:	c3                   	ret

00800a9c <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800a9c:	55                   	push   %ebp
  800a9d:	89 e5                	mov    %esp,%ebp
  800a9f:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800aa2:	80 3a 00             	cmpb   $0x0,(%edx)
  800aa5:	74 10                	je     800ab7 <strlen+0x1b>
  800aa7:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800aac:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800aaf:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800ab3:	75 f7                	jne    800aac <strlen+0x10>
	return n;
}
  800ab5:	5d                   	pop    %ebp
  800ab6:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  800ab7:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800abc:	eb f7                	jmp    800ab5 <strlen+0x19>

00800abe <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800abe:	55                   	push   %ebp
  800abf:	89 e5                	mov    %esp,%ebp
  800ac1:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800ac4:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800ac7:	85 d2                	test   %edx,%edx
  800ac9:	74 16                	je     800ae1 <strnlen+0x23>
  800acb:	b8 00 00 00 00       	mov    $0x0,%eax
  800ad0:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800ad4:	74 09                	je     800adf <strnlen+0x21>
		n++;
  800ad6:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800ad9:	39 d0                	cmp    %edx,%eax
  800adb:	75 f3                	jne    800ad0 <strnlen+0x12>
		n++;
  800add:	89 d0                	mov    %edx,%eax
	return n;
}
  800adf:	5d                   	pop    %ebp
  800ae0:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800ae1:	b8 00 00 00 00       	mov    $0x0,%eax
  800ae6:	eb f7                	jmp    800adf <strnlen+0x21>

00800ae8 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800ae8:	55                   	push   %ebp
  800ae9:	89 e5                	mov    %esp,%ebp
  800aeb:	53                   	push   %ebx
  800aec:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800aef:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800af2:	b8 00 00 00 00       	mov    $0x0,%eax
  800af7:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800afb:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800afe:	83 c0 01             	add    $0x1,%eax
  800b01:	84 d2                	test   %dl,%dl
  800b03:	75 f2                	jne    800af7 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800b05:	89 c8                	mov    %ecx,%eax
  800b07:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b0a:	c9                   	leave
  800b0b:	c3                   	ret

00800b0c <strcat>:

char *
strcat(char *dst, const char *src)
{
  800b0c:	55                   	push   %ebp
  800b0d:	89 e5                	mov    %esp,%ebp
  800b0f:	53                   	push   %ebx
  800b10:	83 ec 10             	sub    $0x10,%esp
  800b13:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800b16:	53                   	push   %ebx
  800b17:	e8 80 ff ff ff       	call   800a9c <strlen>
  800b1c:	83 c4 08             	add    $0x8,%esp
  800b1f:	ff 75 0c             	push   0xc(%ebp)
  800b22:	01 d8                	add    %ebx,%eax
  800b24:	50                   	push   %eax
  800b25:	e8 be ff ff ff       	call   800ae8 <strcpy>
	return dst;
}
  800b2a:	89 d8                	mov    %ebx,%eax
  800b2c:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b2f:	c9                   	leave
  800b30:	c3                   	ret

00800b31 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800b31:	55                   	push   %ebp
  800b32:	89 e5                	mov    %esp,%ebp
  800b34:	56                   	push   %esi
  800b35:	53                   	push   %ebx
  800b36:	8b 75 08             	mov    0x8(%ebp),%esi
  800b39:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b3c:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800b3f:	85 db                	test   %ebx,%ebx
  800b41:	74 17                	je     800b5a <strncpy+0x29>
  800b43:	01 f3                	add    %esi,%ebx
  800b45:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800b47:	83 c0 01             	add    $0x1,%eax
  800b4a:	0f b6 0a             	movzbl (%edx),%ecx
  800b4d:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800b50:	80 f9 01             	cmp    $0x1,%cl
  800b53:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800b56:	39 c3                	cmp    %eax,%ebx
  800b58:	75 ed                	jne    800b47 <strncpy+0x16>
	}
	return ret;
}
  800b5a:	89 f0                	mov    %esi,%eax
  800b5c:	5b                   	pop    %ebx
  800b5d:	5e                   	pop    %esi
  800b5e:	5d                   	pop    %ebp
  800b5f:	c3                   	ret

00800b60 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800b60:	55                   	push   %ebp
  800b61:	89 e5                	mov    %esp,%ebp
  800b63:	56                   	push   %esi
  800b64:	53                   	push   %ebx
  800b65:	8b 75 08             	mov    0x8(%ebp),%esi
  800b68:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b6b:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800b6e:	89 f0                	mov    %esi,%eax
  800b70:	85 db                	test   %ebx,%ebx
  800b72:	74 1e                	je     800b92 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800b74:	83 eb 01             	sub    $0x1,%ebx
  800b77:	74 16                	je     800b8f <strlcpy+0x2f>
  800b79:	01 f3                	add    %esi,%ebx
  800b7b:	0f b6 0a             	movzbl (%edx),%ecx
  800b7e:	84 c9                	test   %cl,%cl
  800b80:	74 0d                	je     800b8f <strlcpy+0x2f>
			*dst++ = *src++;
  800b82:	83 c2 01             	add    $0x1,%edx
  800b85:	83 c0 01             	add    $0x1,%eax
  800b88:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800b8b:	39 d8                	cmp    %ebx,%eax
  800b8d:	75 ec                	jne    800b7b <strlcpy+0x1b>
		*dst = '\0';
  800b8f:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800b92:	29 f0                	sub    %esi,%eax
}
  800b94:	5b                   	pop    %ebx
  800b95:	5e                   	pop    %esi
  800b96:	5d                   	pop    %ebp
  800b97:	c3                   	ret

00800b98 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  800b98:	55                   	push   %ebp
  800b99:	89 e5                	mov    %esp,%ebp
  800b9b:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800b9e:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800ba1:	0f b6 01             	movzbl (%ecx),%eax
  800ba4:	84 c0                	test   %al,%al
  800ba6:	74 11                	je     800bb9 <strcmp+0x21>
  800ba8:	38 02                	cmp    %al,(%edx)
  800baa:	75 0d                	jne    800bb9 <strcmp+0x21>
		p++, q++;
  800bac:	83 c1 01             	add    $0x1,%ecx
  800baf:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800bb2:	0f b6 01             	movzbl (%ecx),%eax
  800bb5:	84 c0                	test   %al,%al
  800bb7:	75 ef                	jne    800ba8 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800bb9:	0f b6 c0             	movzbl %al,%eax
  800bbc:	0f b6 12             	movzbl (%edx),%edx
  800bbf:	29 d0                	sub    %edx,%eax
}
  800bc1:	5d                   	pop    %ebp
  800bc2:	c3                   	ret

00800bc3 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800bc3:	55                   	push   %ebp
  800bc4:	89 e5                	mov    %esp,%ebp
  800bc6:	53                   	push   %ebx
  800bc7:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800bca:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800bcd:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800bd0:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800bd5:	85 d2                	test   %edx,%edx
  800bd7:	74 2e                	je     800c07 <strncmp+0x44>
  800bd9:	0f b6 01             	movzbl (%ecx),%eax
  800bdc:	84 c0                	test   %al,%al
  800bde:	74 16                	je     800bf6 <strncmp+0x33>
  800be0:	3a 03                	cmp    (%ebx),%al
  800be2:	75 12                	jne    800bf6 <strncmp+0x33>
		n--, p++, q++;
  800be4:	83 c1 01             	add    $0x1,%ecx
  800be7:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800bea:	83 ea 01             	sub    $0x1,%edx
  800bed:	75 ea                	jne    800bd9 <strncmp+0x16>
		return 0;
  800bef:	b8 00 00 00 00       	mov    $0x0,%eax
  800bf4:	eb 11                	jmp    800c07 <strncmp+0x44>
  800bf6:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800bfb:	85 d2                	test   %edx,%edx
  800bfd:	74 08                	je     800c07 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800bff:	0f b6 01             	movzbl (%ecx),%eax
  800c02:	0f b6 13             	movzbl (%ebx),%edx
  800c05:	29 d0                	sub    %edx,%eax
}
  800c07:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c0a:	c9                   	leave
  800c0b:	c3                   	ret

00800c0c <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800c0c:	55                   	push   %ebp
  800c0d:	89 e5                	mov    %esp,%ebp
  800c0f:	8b 45 08             	mov    0x8(%ebp),%eax
  800c12:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800c16:	0f b6 10             	movzbl (%eax),%edx
  800c19:	84 d2                	test   %dl,%dl
  800c1b:	74 15                	je     800c32 <strchr+0x26>
		if (*s == c)
  800c1d:	38 d1                	cmp    %dl,%cl
  800c1f:	74 0f                	je     800c30 <strchr+0x24>
	for (; *s; s++)
  800c21:	83 c0 01             	add    $0x1,%eax
  800c24:	0f b6 10             	movzbl (%eax),%edx
  800c27:	84 d2                	test   %dl,%dl
  800c29:	75 f2                	jne    800c1d <strchr+0x11>
			return (char *) s;
	return 0;
  800c2b:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800c30:	5d                   	pop    %ebp
  800c31:	c3                   	ret
	return 0;
  800c32:	b8 00 00 00 00       	mov    $0x0,%eax
  800c37:	eb f7                	jmp    800c30 <strchr+0x24>

00800c39 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800c39:	55                   	push   %ebp
  800c3a:	89 e5                	mov    %esp,%ebp
  800c3c:	53                   	push   %ebx
  800c3d:	8b 45 08             	mov    0x8(%ebp),%eax
  800c40:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800c43:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800c46:	38 d3                	cmp    %dl,%bl
  800c48:	74 14                	je     800c5e <strfind+0x25>
  800c4a:	89 d1                	mov    %edx,%ecx
  800c4c:	84 db                	test   %bl,%bl
  800c4e:	74 0e                	je     800c5e <strfind+0x25>
	for (; *s; s++)
  800c50:	83 c0 01             	add    $0x1,%eax
  800c53:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800c56:	38 ca                	cmp    %cl,%dl
  800c58:	74 04                	je     800c5e <strfind+0x25>
  800c5a:	84 d2                	test   %dl,%dl
  800c5c:	75 f2                	jne    800c50 <strfind+0x17>
			break;
	return (char *) s;
}
  800c5e:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c61:	c9                   	leave
  800c62:	c3                   	ret

00800c63 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800c63:	55                   	push   %ebp
  800c64:	89 e5                	mov    %esp,%ebp
  800c66:	53                   	push   %ebx
  800c67:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800c6a:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800c6d:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800c70:	85 d2                	test   %edx,%edx
  800c72:	74 0e                	je     800c82 <memset+0x1f>
  800c74:	01 da                	add    %ebx,%edx
	char *p = v;
  800c76:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800c78:	83 c0 01             	add    $0x1,%eax
  800c7b:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800c7e:	39 c2                	cmp    %eax,%edx
  800c80:	75 f6                	jne    800c78 <memset+0x15>
	return v;
}
  800c82:	89 d8                	mov    %ebx,%eax
  800c84:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c87:	c9                   	leave
  800c88:	c3                   	ret

00800c89 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800c89:	55                   	push   %ebp
  800c8a:	89 e5                	mov    %esp,%ebp
  800c8c:	56                   	push   %esi
  800c8d:	53                   	push   %ebx
  800c8e:	8b 75 08             	mov    0x8(%ebp),%esi
  800c91:	8b 45 0c             	mov    0xc(%ebp),%eax
  800c94:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800c97:	39 f0                	cmp    %esi,%eax
  800c99:	72 20                	jb     800cbb <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800c9b:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800c9e:	89 f2                	mov    %esi,%edx
  800ca0:	85 c9                	test   %ecx,%ecx
  800ca2:	74 11                	je     800cb5 <memmove+0x2c>
			*d++ = *s++;
  800ca4:	83 c0 01             	add    $0x1,%eax
  800ca7:	83 c2 01             	add    $0x1,%edx
  800caa:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800cae:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800cb1:	39 d8                	cmp    %ebx,%eax
  800cb3:	75 ef                	jne    800ca4 <memmove+0x1b>
	return dst;
}
  800cb5:	89 f0                	mov    %esi,%eax
  800cb7:	5b                   	pop    %ebx
  800cb8:	5e                   	pop    %esi
  800cb9:	5d                   	pop    %ebp
  800cba:	c3                   	ret
	if (s < d && s + n > d) {
  800cbb:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800cbe:	39 d6                	cmp    %edx,%esi
  800cc0:	73 d9                	jae    800c9b <memmove+0x12>
		while (n-- > 0)
  800cc2:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800cc5:	85 c9                	test   %ecx,%ecx
  800cc7:	74 ec                	je     800cb5 <memmove+0x2c>
			*--d = *--s;
  800cc9:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800ccd:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800cd0:	83 ea 01             	sub    $0x1,%edx
  800cd3:	83 fa ff             	cmp    $0xffffffff,%edx
  800cd6:	75 f1                	jne    800cc9 <memmove+0x40>
  800cd8:	eb db                	jmp    800cb5 <memmove+0x2c>

00800cda <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800cda:	55                   	push   %ebp
  800cdb:	89 e5                	mov    %esp,%ebp
  800cdd:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800ce0:	ff 75 10             	push   0x10(%ebp)
  800ce3:	ff 75 0c             	push   0xc(%ebp)
  800ce6:	ff 75 08             	push   0x8(%ebp)
  800ce9:	e8 9b ff ff ff       	call   800c89 <memmove>
}
  800cee:	c9                   	leave
  800cef:	c3                   	ret

00800cf0 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800cf0:	55                   	push   %ebp
  800cf1:	89 e5                	mov    %esp,%ebp
  800cf3:	56                   	push   %esi
  800cf4:	53                   	push   %ebx
  800cf5:	8b 45 08             	mov    0x8(%ebp),%eax
  800cf8:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cfb:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800cfe:	85 f6                	test   %esi,%esi
  800d00:	74 29                	je     800d2b <memcmp+0x3b>
  800d02:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800d04:	0f b6 08             	movzbl (%eax),%ecx
  800d07:	0f b6 1a             	movzbl (%edx),%ebx
  800d0a:	38 d9                	cmp    %bl,%cl
  800d0c:	75 11                	jne    800d1f <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800d0e:	83 c0 01             	add    $0x1,%eax
  800d11:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800d14:	39 c6                	cmp    %eax,%esi
  800d16:	75 ec                	jne    800d04 <memcmp+0x14>
	}
	return 0;
  800d18:	b8 00 00 00 00       	mov    $0x0,%eax
  800d1d:	eb 08                	jmp    800d27 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800d1f:	0f b6 c1             	movzbl %cl,%eax
  800d22:	0f b6 db             	movzbl %bl,%ebx
  800d25:	29 d8                	sub    %ebx,%eax
}
  800d27:	5b                   	pop    %ebx
  800d28:	5e                   	pop    %esi
  800d29:	5d                   	pop    %ebp
  800d2a:	c3                   	ret
	return 0;
  800d2b:	b8 00 00 00 00       	mov    $0x0,%eax
  800d30:	eb f5                	jmp    800d27 <memcmp+0x37>

00800d32 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800d32:	55                   	push   %ebp
  800d33:	89 e5                	mov    %esp,%ebp
  800d35:	8b 45 08             	mov    0x8(%ebp),%eax
  800d38:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800d3b:	89 c2                	mov    %eax,%edx
  800d3d:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800d40:	39 d0                	cmp    %edx,%eax
  800d42:	73 0d                	jae    800d51 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800d44:	38 08                	cmp    %cl,(%eax)
  800d46:	74 0d                	je     800d55 <memfind+0x23>
	for (; s < ends; s++)
  800d48:	83 c0 01             	add    $0x1,%eax
  800d4b:	39 c2                	cmp    %eax,%edx
  800d4d:	75 f5                	jne    800d44 <memfind+0x12>
  800d4f:	eb 06                	jmp    800d57 <memfind+0x25>
  800d51:	89 c2                	mov    %eax,%edx
  800d53:	eb 02                	jmp    800d57 <memfind+0x25>
  800d55:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800d57:	89 d0                	mov    %edx,%eax
  800d59:	5d                   	pop    %ebp
  800d5a:	c3                   	ret

00800d5b <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800d5b:	55                   	push   %ebp
  800d5c:	89 e5                	mov    %esp,%ebp
  800d5e:	57                   	push   %edi
  800d5f:	56                   	push   %esi
  800d60:	53                   	push   %ebx
  800d61:	8b 55 08             	mov    0x8(%ebp),%edx
  800d64:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800d67:	0f b6 02             	movzbl (%edx),%eax
  800d6a:	3c 20                	cmp    $0x20,%al
  800d6c:	74 04                	je     800d72 <strtol+0x17>
  800d6e:	3c 09                	cmp    $0x9,%al
  800d70:	75 0e                	jne    800d80 <strtol+0x25>
		s++;
  800d72:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800d75:	0f b6 02             	movzbl (%edx),%eax
  800d78:	3c 20                	cmp    $0x20,%al
  800d7a:	74 f6                	je     800d72 <strtol+0x17>
  800d7c:	3c 09                	cmp    $0x9,%al
  800d7e:	74 f2                	je     800d72 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800d80:	3c 2b                	cmp    $0x2b,%al
  800d82:	74 2a                	je     800dae <strtol+0x53>
	int neg = 0;
  800d84:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800d89:	3c 2d                	cmp    $0x2d,%al
  800d8b:	74 2b                	je     800db8 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800d8d:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800d93:	75 0f                	jne    800da4 <strtol+0x49>
  800d95:	80 3a 30             	cmpb   $0x30,(%edx)
  800d98:	74 28                	je     800dc2 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800d9a:	85 db                	test   %ebx,%ebx
  800d9c:	b8 0a 00 00 00       	mov    $0xa,%eax
  800da1:	0f 44 d8             	cmove  %eax,%ebx
  800da4:	b9 00 00 00 00       	mov    $0x0,%ecx
  800da9:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800dac:	eb 46                	jmp    800df4 <strtol+0x99>
		s++;
  800dae:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800db1:	bf 00 00 00 00       	mov    $0x0,%edi
  800db6:	eb d5                	jmp    800d8d <strtol+0x32>
		s++, neg = 1;
  800db8:	83 c2 01             	add    $0x1,%edx
  800dbb:	bf 01 00 00 00       	mov    $0x1,%edi
  800dc0:	eb cb                	jmp    800d8d <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800dc2:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800dc6:	74 0e                	je     800dd6 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800dc8:	85 db                	test   %ebx,%ebx
  800dca:	75 d8                	jne    800da4 <strtol+0x49>
		s++, base = 8;
  800dcc:	83 c2 01             	add    $0x1,%edx
  800dcf:	bb 08 00 00 00       	mov    $0x8,%ebx
  800dd4:	eb ce                	jmp    800da4 <strtol+0x49>
		s += 2, base = 16;
  800dd6:	83 c2 02             	add    $0x2,%edx
  800dd9:	bb 10 00 00 00       	mov    $0x10,%ebx
  800dde:	eb c4                	jmp    800da4 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800de0:	0f be c0             	movsbl %al,%eax
  800de3:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800de6:	3b 45 10             	cmp    0x10(%ebp),%eax
  800de9:	7d 3a                	jge    800e25 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800deb:	83 c2 01             	add    $0x1,%edx
  800dee:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800df2:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800df4:	0f b6 02             	movzbl (%edx),%eax
  800df7:	8d 70 d0             	lea    -0x30(%eax),%esi
  800dfa:	89 f3                	mov    %esi,%ebx
  800dfc:	80 fb 09             	cmp    $0x9,%bl
  800dff:	76 df                	jbe    800de0 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800e01:	8d 70 9f             	lea    -0x61(%eax),%esi
  800e04:	89 f3                	mov    %esi,%ebx
  800e06:	80 fb 19             	cmp    $0x19,%bl
  800e09:	77 08                	ja     800e13 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800e0b:	0f be c0             	movsbl %al,%eax
  800e0e:	83 e8 57             	sub    $0x57,%eax
  800e11:	eb d3                	jmp    800de6 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800e13:	8d 70 bf             	lea    -0x41(%eax),%esi
  800e16:	89 f3                	mov    %esi,%ebx
  800e18:	80 fb 19             	cmp    $0x19,%bl
  800e1b:	77 08                	ja     800e25 <strtol+0xca>
			dig = *s - 'A' + 10;
  800e1d:	0f be c0             	movsbl %al,%eax
  800e20:	83 e8 37             	sub    $0x37,%eax
  800e23:	eb c1                	jmp    800de6 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800e25:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800e29:	74 05                	je     800e30 <strtol+0xd5>
		*endptr = (char *) s;
  800e2b:	8b 45 0c             	mov    0xc(%ebp),%eax
  800e2e:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800e30:	89 c8                	mov    %ecx,%eax
  800e32:	f7 d8                	neg    %eax
  800e34:	85 ff                	test   %edi,%edi
  800e36:	0f 45 c8             	cmovne %eax,%ecx
}
  800e39:	89 c8                	mov    %ecx,%eax
  800e3b:	5b                   	pop    %ebx
  800e3c:	5e                   	pop    %esi
  800e3d:	5f                   	pop    %edi
  800e3e:	5d                   	pop    %ebp
  800e3f:	c3                   	ret

00800e40 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800e40:	55                   	push   %ebp
  800e41:	89 e5                	mov    %esp,%ebp
  800e43:	57                   	push   %edi
  800e44:	56                   	push   %esi
  800e45:	53                   	push   %ebx
  800e46:	83 ec 24             	sub    $0x24,%esp
  800e49:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800e4c:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800e4f:	8b 45 08             	mov    0x8(%ebp),%eax
  800e52:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e55:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800e58:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800e5b:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800e5e:	89 d1                	mov    %edx,%ecx
  800e60:	09 c1                	or     %eax,%ecx
  800e62:	74 2f                	je     800e93 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800e64:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800e67:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800e6a:	89 d0                	mov    %edx,%eax
  800e6c:	83 c8 00             	or     $0x0,%eax
  800e6f:	74 48                	je     800eb9 <udivmod64+0x79>
  800e71:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800e76:	be 00 00 00 00       	mov    $0x0,%esi
  800e7b:	bf 00 00 00 00       	mov    $0x0,%edi
  800e80:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800e87:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800e8e:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800e91:	eb 5f                	jmp    800ef2 <udivmod64+0xb2>
		return ~0ULL;
  800e93:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800e9a:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800ea1:	85 db                	test   %ebx,%ebx
  800ea3:	0f 84 b7 00 00 00    	je     800f60 <udivmod64+0x120>
			*rem = n;
  800ea9:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800eac:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800eaf:	89 03                	mov    %eax,(%ebx)
  800eb1:	89 53 04             	mov    %edx,0x4(%ebx)
  800eb4:	e9 a7 00 00 00       	jmp    800f60 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800eb9:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800ebc:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800ebf:	85 db                	test   %ebx,%ebx
  800ec1:	74 12                	je     800ed5 <udivmod64+0x95>
			*rem = n32 % d32;
  800ec3:	89 c8                	mov    %ecx,%eax
  800ec5:	ba 00 00 00 00       	mov    $0x0,%edx
  800eca:	f7 f6                	div    %esi
  800ecc:	89 13                	mov    %edx,(%ebx)
  800ece:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800ed5:	89 c8                	mov    %ecx,%eax
  800ed7:	ba 00 00 00 00       	mov    $0x0,%edx
  800edc:	f7 f6                	div    %esi
  800ede:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800ee1:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800ee8:	eb 76                	jmp    800f60 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800eea:	83 e9 01             	sub    $0x1,%ecx
  800eed:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800ef0:	74 62                	je     800f54 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800ef2:	89 f0                	mov    %esi,%eax
  800ef4:	89 fa                	mov    %edi,%edx
  800ef6:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800efa:	01 c0                	add    %eax,%eax
  800efc:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800eff:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800f02:	0f ad fe             	shrd   %cl,%edi,%esi
  800f05:	d3 ef                	shr    %cl,%edi
  800f07:	f6 c1 20             	test   $0x20,%cl
  800f0a:	74 04                	je     800f10 <udivmod64+0xd0>
  800f0c:	89 fe                	mov    %edi,%esi
  800f0e:	31 ff                	xor    %edi,%edi
  800f10:	89 f7                	mov    %esi,%edi
  800f12:	83 e7 01             	and    $0x1,%edi
  800f15:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800f18:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800f1f:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800f22:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800f25:	09 c6                	or     %eax,%esi
  800f27:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800f29:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800f2c:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800f2f:	39 c6                	cmp    %eax,%esi
  800f31:	89 fb                	mov    %edi,%ebx
  800f33:	19 d3                	sbb    %edx,%ebx
  800f35:	72 b3                	jb     800eea <udivmod64+0xaa>
			r -= d;
  800f37:	29 c6                	sub    %eax,%esi
  800f39:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800f3b:	31 c0                	xor    %eax,%eax
  800f3d:	31 d2                	xor    %edx,%edx
  800f3f:	f6 c1 20             	test   $0x20,%cl
  800f42:	0f 94 c0             	sete   %al
  800f45:	0f 95 c2             	setne  %dl
  800f48:	d3 e0                	shl    %cl,%eax
  800f4a:	d3 e2                	shl    %cl,%edx
  800f4c:	09 45 d0             	or     %eax,-0x30(%ebp)
  800f4f:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800f52:	eb 96                	jmp    800eea <udivmod64+0xaa>
		}
	}
	if (rem)
  800f54:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f57:	85 db                	test   %ebx,%ebx
  800f59:	74 05                	je     800f60 <udivmod64+0x120>
		*rem = r;
  800f5b:	89 33                	mov    %esi,(%ebx)
  800f5d:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800f60:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800f63:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800f66:	83 c4 24             	add    $0x24,%esp
  800f69:	5b                   	pop    %ebx
  800f6a:	5e                   	pop    %esi
  800f6b:	5f                   	pop    %edi
  800f6c:	5d                   	pop    %ebp
  800f6d:	c3                   	ret

00800f6e <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800f6e:	55                   	push   %ebp
  800f6f:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800f71:	83 ec 04             	sub    $0x4,%esp
  800f74:	6a 00                	push   $0x0
  800f76:	ff 75 14             	push   0x14(%ebp)
  800f79:	ff 75 10             	push   0x10(%ebp)
  800f7c:	8b 45 08             	mov    0x8(%ebp),%eax
  800f7f:	8b 55 0c             	mov    0xc(%ebp),%edx
  800f82:	e8 b9 fe ff ff       	call   800e40 <udivmod64>
}
  800f87:	c9                   	leave
  800f88:	c3                   	ret

00800f89 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800f89:	55                   	push   %ebp
  800f8a:	89 e5                	mov    %esp,%ebp
  800f8c:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800f8f:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800f92:	50                   	push   %eax
  800f93:	ff 75 14             	push   0x14(%ebp)
  800f96:	ff 75 10             	push   0x10(%ebp)
  800f99:	8b 45 08             	mov    0x8(%ebp),%eax
  800f9c:	8b 55 0c             	mov    0xc(%ebp),%edx
  800f9f:	e8 9c fe ff ff       	call   800e40 <udivmod64>
	return r;
}
  800fa4:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800fa7:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800faa:	c9                   	leave
  800fab:	c3                   	ret

00800fac <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800fac:	55                   	push   %ebp
  800fad:	89 e5                	mov    %esp,%ebp
  800faf:	57                   	push   %edi
  800fb0:	56                   	push   %esi
  800fb1:	53                   	push   %ebx
  800fb2:	83 ec 0c             	sub    $0xc,%esp
  800fb5:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800fb8:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800fbb:	8b 45 10             	mov    0x10(%ebp),%eax
  800fbe:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800fc1:	89 ce                	mov    %ecx,%esi
  800fc3:	89 df                	mov    %ebx,%edi
  800fc5:	31 c6                	xor    %eax,%esi
  800fc7:	31 d7                	xor    %edx,%edi
  800fc9:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800fcc:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800fcf:	89 c6                	mov    %eax,%esi
  800fd1:	89 d7                	mov    %edx,%edi
  800fd3:	85 d2                	test   %edx,%edx
  800fd5:	78 25                	js     800ffc <__divdi3+0x50>
  800fd7:	89 c8                	mov    %ecx,%eax
  800fd9:	89 da                	mov    %ebx,%edx
  800fdb:	85 db                	test   %ebx,%ebx
  800fdd:	78 2a                	js     801009 <__divdi3+0x5d>
  800fdf:	83 ec 04             	sub    $0x4,%esp
  800fe2:	6a 00                	push   $0x0
  800fe4:	57                   	push   %edi
  800fe5:	56                   	push   %esi
  800fe6:	e8 55 fe ff ff       	call   800e40 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800feb:	83 c4 10             	add    $0x10,%esp
  800fee:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800ff2:	78 1e                	js     801012 <__divdi3+0x66>
}
  800ff4:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ff7:	5b                   	pop    %ebx
  800ff8:	5e                   	pop    %esi
  800ff9:	5f                   	pop    %edi
  800ffa:	5d                   	pop    %ebp
  800ffb:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800ffc:	f7 d8                	neg    %eax
  800ffe:	83 d2 00             	adc    $0x0,%edx
  801001:	f7 da                	neg    %edx
  801003:	89 c6                	mov    %eax,%esi
  801005:	89 d7                	mov    %edx,%edi
  801007:	eb ce                	jmp    800fd7 <__divdi3+0x2b>
  801009:	f7 d8                	neg    %eax
  80100b:	83 d2 00             	adc    $0x0,%edx
  80100e:	f7 da                	neg    %edx
  801010:	eb cd                	jmp    800fdf <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  801012:	f7 d8                	neg    %eax
  801014:	83 d2 00             	adc    $0x0,%edx
  801017:	f7 da                	neg    %edx
  801019:	eb d9                	jmp    800ff4 <__divdi3+0x48>

0080101b <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  80101b:	55                   	push   %ebp
  80101c:	89 e5                	mov    %esp,%ebp
  80101e:	57                   	push   %edi
  80101f:	56                   	push   %esi
  801020:	53                   	push   %ebx
  801021:	83 ec 14             	sub    $0x14,%esp
  801024:	8b 45 08             	mov    0x8(%ebp),%eax
  801027:	8b 55 0c             	mov    0xc(%ebp),%edx
  80102a:	8b 4d 10             	mov    0x10(%ebp),%ecx
  80102d:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801030:	89 ce                	mov    %ecx,%esi
  801032:	89 df                	mov    %ebx,%edi
  801034:	85 db                	test   %ebx,%ebx
  801036:	78 23                	js     80105b <__moddi3+0x40>
  801038:	85 d2                	test   %edx,%edx
  80103a:	78 28                	js     801064 <__moddi3+0x49>
  80103c:	83 ec 04             	sub    $0x4,%esp
  80103f:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801042:	51                   	push   %ecx
  801043:	57                   	push   %edi
  801044:	56                   	push   %esi
  801045:	e8 f6 fd ff ff       	call   800e40 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  80104a:	8b 45 e8             	mov    -0x18(%ebp),%eax
  80104d:	8b 55 ec             	mov    -0x14(%ebp),%edx
  801050:	83 c4 10             	add    $0x10,%esp
}
  801053:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801056:	5b                   	pop    %ebx
  801057:	5e                   	pop    %esi
  801058:	5f                   	pop    %edi
  801059:	5d                   	pop    %ebp
  80105a:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  80105b:	f7 de                	neg    %esi
  80105d:	83 d7 00             	adc    $0x0,%edi
  801060:	f7 df                	neg    %edi
  801062:	eb d4                	jmp    801038 <__moddi3+0x1d>
  801064:	f7 d8                	neg    %eax
  801066:	83 d2 00             	adc    $0x0,%edx
  801069:	f7 da                	neg    %edx
  80106b:	83 ec 04             	sub    $0x4,%esp
  80106e:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801071:	51                   	push   %ecx
  801072:	57                   	push   %edi
  801073:	56                   	push   %esi
  801074:	e8 c7 fd ff ff       	call   800e40 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  801079:	8b 45 e8             	mov    -0x18(%ebp),%eax
  80107c:	8b 55 ec             	mov    -0x14(%ebp),%edx
  80107f:	f7 d8                	neg    %eax
  801081:	83 d2 00             	adc    $0x0,%edx
  801084:	f7 da                	neg    %edx
  801086:	83 c4 10             	add    $0x10,%esp
  801089:	eb c8                	jmp    801053 <__moddi3+0x38>
