
obj-walkfork/user/faultregs:     file format elf32-i386


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
  80002c:	e8 b3 02 00 00       	call   8002e4 <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <check_regs>:
// Print a side-by-side table of snapshots a and b and a one-line verdict,
// "Registers <testname> OK" or "... MISMATCH".
static void
check_regs(struct regs *a, const char *an, struct regs *b, const char *bn,
	   const char *testname)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	57                   	push   %edi
  800037:	56                   	push   %esi
  800038:	53                   	push   %ebx
  800039:	83 ec 1c             	sub    $0x1c,%esp
  80003c:	89 c6                	mov    %eax,%esi
  80003e:	89 cf                	mov    %ecx,%edi
	const uint32_t *aw = (const uint32_t *) a;
	const uint32_t *bw = (const uint32_t *) b;
	int i, bad = 0;

	cprintf("%-6s %-8s %-8s\n", "", an, bn);
  800040:	ff 75 08             	push   0x8(%ebp)
  800043:	52                   	push   %edx
  800044:	68 1f 14 80 00       	push   $0x80141f
  800049:	68 ec 13 80 00       	push   $0x8013ec
  80004e:	e8 5e 0a 00 00       	call   800ab1 <cprintf>
  800053:	83 c4 10             	add    $0x10,%esp
	int i, bad = 0;
  800056:	c7 45 e4 00 00 00 00 	movl   $0x0,-0x1c(%ebp)
	for (i = 0; i < (int) NWORDS; i++) {
  80005d:	bb 00 00 00 00       	mov    $0x0,%ebx
  800062:	eb 08                	jmp    80006c <check_regs+0x39>
  800064:	83 c3 01             	add    $0x1,%ebx
  800067:	83 fb 0b             	cmp    $0xb,%ebx
  80006a:	74 4d                	je     8000b9 <check_regs+0x86>
		if (regname[i] == NULL)
  80006c:	8b 04 9d 00 15 80 00 	mov    0x801500(,%ebx,4),%eax
  800073:	85 c0                	test   %eax,%eax
  800075:	74 ed                	je     800064 <check_regs+0x31>
			continue;
		cprintf("%-6s %08x %08x %s\n", regname[i], aw[i], bw[i],
			aw[i] == bw[i] ? "OK" : "MISMATCH");
  800077:	8b 0c 9f             	mov    (%edi,%ebx,4),%ecx
		cprintf("%-6s %08x %08x %s\n", regname[i], aw[i], bw[i],
  80007a:	89 4d e0             	mov    %ecx,-0x20(%ebp)
  80007d:	39 0c 9e             	cmp    %ecx,(%esi,%ebx,4)
  800080:	ba e0 13 80 00       	mov    $0x8013e0,%edx
  800085:	b9 e3 13 80 00       	mov    $0x8013e3,%ecx
  80008a:	0f 45 d1             	cmovne %ecx,%edx
  80008d:	83 ec 0c             	sub    $0xc,%esp
  800090:	52                   	push   %edx
  800091:	ff 75 e0             	push   -0x20(%ebp)
  800094:	ff 34 9e             	push   (%esi,%ebx,4)
  800097:	50                   	push   %eax
  800098:	68 fc 13 80 00       	push   $0x8013fc
  80009d:	e8 0f 0a 00 00       	call   800ab1 <cprintf>
		if (aw[i] != bw[i])
  8000a2:	83 c4 20             	add    $0x20,%esp
			bad = 1;
  8000a5:	8b 04 9f             	mov    (%edi,%ebx,4),%eax
  8000a8:	39 04 9e             	cmp    %eax,(%esi,%ebx,4)
  8000ab:	b8 01 00 00 00       	mov    $0x1,%eax
  8000b0:	0f 44 45 e4          	cmove  -0x1c(%ebp),%eax
  8000b4:	89 45 e4             	mov    %eax,-0x1c(%ebp)
  8000b7:	eb ab                	jmp    800064 <check_regs+0x31>
	}
	cprintf("Registers %s %s\n", testname, bad ? "MISMATCH" : "OK");
  8000b9:	83 7d e4 00          	cmpl   $0x0,-0x1c(%ebp)
  8000bd:	b8 e0 13 80 00       	mov    $0x8013e0,%eax
  8000c2:	ba e3 13 80 00       	mov    $0x8013e3,%edx
  8000c7:	0f 45 c2             	cmovne %edx,%eax
  8000ca:	83 ec 04             	sub    $0x4,%esp
  8000cd:	50                   	push   %eax
  8000ce:	ff 75 0c             	push   0xc(%ebp)
  8000d1:	68 0f 14 80 00       	push   $0x80140f
  8000d6:	e8 d6 09 00 00       	call   800ab1 <cprintf>
}
  8000db:	83 c4 10             	add    $0x10,%esp
  8000de:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8000e1:	5b                   	pop    %ebx
  8000e2:	5e                   	pop    %esi
  8000e3:	5f                   	pop    %edi
  8000e4:	5d                   	pop    %ebp
  8000e5:	c3                   	ret

008000e6 <pgfault>:

static void
pgfault(struct UTrapframe *utf)
{
  8000e6:	55                   	push   %ebp
  8000e7:	89 e5                	mov    %esp,%ebp
  8000e9:	83 ec 08             	sub    $0x8,%esp
  8000ec:	8b 45 08             	mov    0x8(%ebp),%eax
	int r;

	if (utf->utf_fault_va != (uint32_t) UTEMP)
  8000ef:	8b 10                	mov    (%eax),%edx
  8000f1:	81 fa 00 00 40 00    	cmp    $0x400000,%edx
  8000f7:	0f 85 a3 00 00 00    	jne    8001a0 <pgfault+0xba>
		panic("pgfault expected at UTEMP, got 0x%08x (eip %08x)",
		      utf->utf_fault_va, utf->utf_eip);

	during.regs = utf->utf_regs;
  8000fd:	8b 50 08             	mov    0x8(%eax),%edx
  800100:	89 15 40 40 80 00    	mov    %edx,0x804040
  800106:	8b 50 0c             	mov    0xc(%eax),%edx
  800109:	89 15 44 40 80 00    	mov    %edx,0x804044
  80010f:	8b 50 10             	mov    0x10(%eax),%edx
  800112:	89 15 48 40 80 00    	mov    %edx,0x804048
  800118:	8b 50 14             	mov    0x14(%eax),%edx
  80011b:	89 15 4c 40 80 00    	mov    %edx,0x80404c
  800121:	8b 50 18             	mov    0x18(%eax),%edx
  800124:	89 15 50 40 80 00    	mov    %edx,0x804050
  80012a:	8b 50 1c             	mov    0x1c(%eax),%edx
  80012d:	89 15 54 40 80 00    	mov    %edx,0x804054
  800133:	8b 50 20             	mov    0x20(%eax),%edx
  800136:	89 15 58 40 80 00    	mov    %edx,0x804058
  80013c:	8b 50 24             	mov    0x24(%eax),%edx
  80013f:	89 15 5c 40 80 00    	mov    %edx,0x80405c
	during.eip = utf->utf_eip;
  800145:	8b 50 28             	mov    0x28(%eax),%edx
  800148:	89 15 60 40 80 00    	mov    %edx,0x804060
	// The processor may set the resume flag in the pushed eflags of a
	// fault; it is not part of the program's state.
	during.eflags = utf->utf_eflags & ~FL_RF;
  80014e:	8b 50 2c             	mov    0x2c(%eax),%edx
  800151:	81 e2 ff ff fe ff    	and    $0xfffeffff,%edx
  800157:	89 15 64 40 80 00    	mov    %edx,0x804064
	during.esp = utf->utf_esp;
  80015d:	8b 40 30             	mov    0x30(%eax),%eax
  800160:	a3 68 40 80 00       	mov    %eax,0x804068
	check_regs(&before, "before", &during, "during", "in UTrapframe");
  800165:	83 ec 08             	sub    $0x8,%esp
  800168:	68 38 14 80 00       	push   $0x801438
  80016d:	68 46 14 80 00       	push   $0x801446
  800172:	b9 40 40 80 00       	mov    $0x804040,%ecx
  800177:	ba 31 14 80 00       	mov    $0x801431,%edx
  80017c:	b8 80 40 80 00       	mov    $0x804080,%eax
  800181:	e8 ad fe ff ff       	call   800033 <check_regs>

	// Let the faulting store complete when we return.
	if ((r = sys_page_alloc(0, UTEMP, PTE_U|PTE_P|PTE_W)) < 0)
  800186:	83 c4 0c             	add    $0xc,%esp
  800189:	6a 07                	push   $0x7
  80018b:	68 00 00 40 00       	push   $0x400000
  800190:	6a 00                	push   $0x0
  800192:	e8 f3 0f 00 00       	call   80118a <sys_page_alloc>
  800197:	83 c4 10             	add    $0x10,%esp
  80019a:	85 c0                	test   %eax,%eax
  80019c:	78 1a                	js     8001b8 <pgfault+0xd2>
		panic("sys_page_alloc: %e", r);
}
  80019e:	c9                   	leave
  80019f:	c3                   	ret
		panic("pgfault expected at UTEMP, got 0x%08x (eip %08x)",
  8001a0:	83 ec 0c             	sub    $0xc,%esp
  8001a3:	ff 70 28             	push   0x28(%eax)
  8001a6:	52                   	push   %edx
  8001a7:	68 a4 14 80 00       	push   $0x8014a4
  8001ac:	6a 3a                	push   $0x3a
  8001ae:	68 20 14 80 00       	push   $0x801420
  8001b3:	e8 84 01 00 00       	call   80033c <_panic>
		panic("sys_page_alloc: %e", r);
  8001b8:	50                   	push   %eax
  8001b9:	68 4d 14 80 00       	push   $0x80144d
  8001be:	6a 47                	push   $0x47
  8001c0:	68 20 14 80 00       	push   $0x801420
  8001c5:	e8 72 01 00 00       	call   80033c <_panic>

008001ca <umain>:
	"movl " snap "+0x1c, %%eax\n\t"		\
	"movl " snap "+0x28, %%esp\n\t"

void
umain(int argc, char **argv)
{
  8001ca:	55                   	push   %ebp
  8001cb:	89 e5                	mov    %esp,%ebp
  8001cd:	83 ec 14             	sub    $0x14,%esp
	set_pgfault_handler(pgfault);
  8001d0:	68 e6 00 80 00       	push   $0x8000e6
  8001d5:	e8 5f 11 00 00       	call   801339 <set_pgfault_handler>

	asm volatile(
  8001da:	50                   	push   %eax
  8001db:	9c                   	pushf
  8001dc:	58                   	pop    %eax
  8001dd:	0d d5 08 00 00       	or     $0x8d5,%eax
  8001e2:	50                   	push   %eax
  8001e3:	9d                   	popf
  8001e4:	a3 a4 40 80 00       	mov    %eax,0x8040a4
  8001e9:	8d 05 24 02 80 00    	lea    0x800224,%eax
  8001ef:	a3 a0 40 80 00       	mov    %eax,0x8040a0
  8001f4:	58                   	pop    %eax
  8001f5:	89 3d 80 40 80 00    	mov    %edi,0x804080
  8001fb:	89 35 84 40 80 00    	mov    %esi,0x804084
  800201:	89 2d 88 40 80 00    	mov    %ebp,0x804088
  800207:	89 1d 90 40 80 00    	mov    %ebx,0x804090
  80020d:	89 15 94 40 80 00    	mov    %edx,0x804094
  800213:	89 0d 98 40 80 00    	mov    %ecx,0x804098
  800219:	a3 9c 40 80 00       	mov    %eax,0x80409c
  80021e:	89 25 a8 40 80 00    	mov    %esp,0x8040a8
  800224:	c7 05 00 00 40 00 2a 	movl   $0x2a,0x400000
  80022b:	00 00 00 
  80022e:	89 3d 00 40 80 00    	mov    %edi,0x804000
  800234:	89 35 04 40 80 00    	mov    %esi,0x804004
  80023a:	89 2d 08 40 80 00    	mov    %ebp,0x804008
  800240:	89 1d 10 40 80 00    	mov    %ebx,0x804010
  800246:	89 15 14 40 80 00    	mov    %edx,0x804014
  80024c:	89 0d 18 40 80 00    	mov    %ecx,0x804018
  800252:	a3 1c 40 80 00       	mov    %eax,0x80401c
  800257:	89 25 28 40 80 00    	mov    %esp,0x804028
  80025d:	8b 3d 80 40 80 00    	mov    0x804080,%edi
  800263:	8b 35 84 40 80 00    	mov    0x804084,%esi
  800269:	8b 2d 88 40 80 00    	mov    0x804088,%ebp
  80026f:	8b 1d 90 40 80 00    	mov    0x804090,%ebx
  800275:	8b 15 94 40 80 00    	mov    0x804094,%edx
  80027b:	8b 0d 98 40 80 00    	mov    0x804098,%ecx
  800281:	a1 9c 40 80 00       	mov    0x80409c,%eax
  800286:	8b 25 a8 40 80 00    	mov    0x8040a8,%esp
  80028c:	50                   	push   %eax
  80028d:	9c                   	pushf
  80028e:	58                   	pop    %eax
  80028f:	a3 24 40 80 00       	mov    %eax,0x804024
  800294:	58                   	pop    %eax
		"popl %%eax\n\t"
		: : "m" (before), "m" (after) : "memory", "cc");

	// If eip had come back wrong we would hardly be here, but check that
	// the store did happen.
	if (*(volatile int *) UTEMP != 42)
  800295:	a1 00 00 40 00       	mov    0x400000,%eax
  80029a:	83 c4 10             	add    $0x10,%esp
  80029d:	83 f8 2a             	cmp    $0x2a,%eax
  8002a0:	75 30                	jne    8002d2 <umain+0x108>
		cprintf("EIP after page-fault MISMATCH\n");
	after.eip = before.eip;
  8002a2:	a1 a0 40 80 00       	mov    0x8040a0,%eax
  8002a7:	a3 20 40 80 00       	mov    %eax,0x804020

	check_regs(&before, "before", &after, "after", "after page-fault");
  8002ac:	83 ec 08             	sub    $0x8,%esp
  8002af:	68 60 14 80 00       	push   $0x801460
  8002b4:	68 71 14 80 00       	push   $0x801471
  8002b9:	b9 00 40 80 00       	mov    $0x804000,%ecx
  8002be:	ba 31 14 80 00       	mov    $0x801431,%edx
  8002c3:	b8 80 40 80 00       	mov    $0x804080,%eax
  8002c8:	e8 66 fd ff ff       	call   800033 <check_regs>
}
  8002cd:	83 c4 10             	add    $0x10,%esp
  8002d0:	c9                   	leave
  8002d1:	c3                   	ret
		cprintf("EIP after page-fault MISMATCH\n");
  8002d2:	83 ec 0c             	sub    $0xc,%esp
  8002d5:	68 d8 14 80 00       	push   $0x8014d8
  8002da:	e8 d2 07 00 00       	call   800ab1 <cprintf>
  8002df:	83 c4 10             	add    $0x10,%esp
  8002e2:	eb be                	jmp    8002a2 <umain+0xd8>

008002e4 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8002e4:	55                   	push   %ebp
  8002e5:	89 e5                	mov    %esp,%ebp
  8002e7:	56                   	push   %esi
  8002e8:	53                   	push   %ebx
  8002e9:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8002ec:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  8002ef:	e8 58 0e 00 00       	call   80114c <sys_getenvid>
  8002f4:	25 ff 03 00 00       	and    $0x3ff,%eax
  8002f9:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8002fc:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  800301:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800306:	85 db                	test   %ebx,%ebx
  800308:	7e 07                	jle    800311 <libmain+0x2d>
		binaryname = argv[0];
  80030a:	8b 06                	mov    (%esi),%eax
  80030c:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800311:	83 ec 08             	sub    $0x8,%esp
  800314:	56                   	push   %esi
  800315:	53                   	push   %ebx
  800316:	e8 af fe ff ff       	call   8001ca <umain>

	exit();
  80031b:	e8 0a 00 00 00       	call   80032a <exit>
}
  800320:	83 c4 10             	add    $0x10,%esp
  800323:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800326:	5b                   	pop    %ebx
  800327:	5e                   	pop    %esi
  800328:	5d                   	pop    %ebp
  800329:	c3                   	ret

0080032a <exit>:

#include <inc/lib.h>

void
exit(void)
{
  80032a:	55                   	push   %ebp
  80032b:	89 e5                	mov    %esp,%ebp
  80032d:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800330:	6a 00                	push   $0x0
  800332:	e8 d4 0d 00 00       	call   80110b <sys_env_destroy>
}
  800337:	83 c4 10             	add    $0x10,%esp
  80033a:	c9                   	leave
  80033b:	c3                   	ret

0080033c <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  80033c:	55                   	push   %ebp
  80033d:	89 e5                	mov    %esp,%ebp
  80033f:	56                   	push   %esi
  800340:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800341:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800344:	8b 35 00 20 80 00    	mov    0x802000,%esi
  80034a:	e8 fd 0d 00 00       	call   80114c <sys_getenvid>
  80034f:	83 ec 0c             	sub    $0xc,%esp
  800352:	ff 75 0c             	push   0xc(%ebp)
  800355:	ff 75 08             	push   0x8(%ebp)
  800358:	56                   	push   %esi
  800359:	50                   	push   %eax
  80035a:	68 38 15 80 00       	push   $0x801538
  80035f:	e8 4d 07 00 00       	call   800ab1 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800364:	83 c4 18             	add    $0x18,%esp
  800367:	53                   	push   %ebx
  800368:	ff 75 10             	push   0x10(%ebp)
  80036b:	e8 56 00 00 00       	call   8003c6 <vcprintf>
	cprintf("\n");
  800370:	c7 04 24 1e 14 80 00 	movl   $0x80141e,(%esp)
  800377:	e8 35 07 00 00       	call   800ab1 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  80037c:	cc                   	int3
  80037d:	83 c4 10             	add    $0x10,%esp
	for (;;)
  800380:	eb fe                	jmp    800380 <_panic+0x44>

00800382 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  800382:	55                   	push   %ebp
  800383:	89 e5                	mov    %esp,%ebp
  800385:	53                   	push   %ebx
  800386:	83 ec 04             	sub    $0x4,%esp
  800389:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  80038c:	8b 13                	mov    (%ebx),%edx
  80038e:	8d 42 01             	lea    0x1(%edx),%eax
  800391:	89 03                	mov    %eax,(%ebx)
  800393:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800396:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  80039a:	3d 00 01 00 00       	cmp    $0x100,%eax
  80039f:	74 09                	je     8003aa <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  8003a1:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  8003a5:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8003a8:	c9                   	leave
  8003a9:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8003aa:	83 ec 08             	sub    $0x8,%esp
  8003ad:	68 00 01 00 00       	push   $0x100
  8003b2:	8d 43 08             	lea    0x8(%ebx),%eax
  8003b5:	50                   	push   %eax
  8003b6:	e8 13 0d 00 00       	call   8010ce <sys_cputs>
		b->idx = 0;
  8003bb:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8003c1:	83 c4 10             	add    $0x10,%esp
  8003c4:	eb db                	jmp    8003a1 <putch+0x1f>

008003c6 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8003c6:	55                   	push   %ebp
  8003c7:	89 e5                	mov    %esp,%ebp
  8003c9:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8003cf:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8003d6:	00 00 00 
	b.cnt = 0;
  8003d9:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8003e0:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8003e3:	ff 75 0c             	push   0xc(%ebp)
  8003e6:	ff 75 08             	push   0x8(%ebp)
  8003e9:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8003ef:	50                   	push   %eax
  8003f0:	68 82 03 80 00       	push   $0x800382
  8003f5:	e8 64 00 00 00       	call   80045e <vprintfmt>
	if (b->idx > 0) {
  8003fa:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  800400:	83 c4 10             	add    $0x10,%esp
  800403:	85 c0                	test   %eax,%eax
  800405:	7f 08                	jg     80040f <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  800407:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  80040d:	c9                   	leave
  80040e:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80040f:	83 ec 08             	sub    $0x8,%esp
  800412:	50                   	push   %eax
  800413:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  800419:	50                   	push   %eax
  80041a:	e8 af 0c 00 00       	call   8010ce <sys_cputs>
  80041f:	83 c4 10             	add    $0x10,%esp
  800422:	eb e3                	jmp    800407 <vcprintf+0x41>

00800424 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  800424:	55                   	push   %ebp
  800425:	89 e5                	mov    %esp,%ebp
  800427:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  80042a:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  80042e:	8b 10                	mov    (%eax),%edx
  800430:	3b 50 04             	cmp    0x4(%eax),%edx
  800433:	73 0a                	jae    80043f <sprintputch+0x1b>
		*b->buf++ = ch;
  800435:	8d 4a 01             	lea    0x1(%edx),%ecx
  800438:	89 08                	mov    %ecx,(%eax)
  80043a:	8b 45 08             	mov    0x8(%ebp),%eax
  80043d:	88 02                	mov    %al,(%edx)
}
  80043f:	5d                   	pop    %ebp
  800440:	c3                   	ret

00800441 <printfmt>:
{
  800441:	55                   	push   %ebp
  800442:	89 e5                	mov    %esp,%ebp
  800444:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800447:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  80044a:	50                   	push   %eax
  80044b:	ff 75 10             	push   0x10(%ebp)
  80044e:	ff 75 0c             	push   0xc(%ebp)
  800451:	ff 75 08             	push   0x8(%ebp)
  800454:	e8 05 00 00 00       	call   80045e <vprintfmt>
}
  800459:	83 c4 10             	add    $0x10,%esp
  80045c:	c9                   	leave
  80045d:	c3                   	ret

0080045e <vprintfmt>:
{
  80045e:	55                   	push   %ebp
  80045f:	89 e5                	mov    %esp,%ebp
  800461:	57                   	push   %edi
  800462:	56                   	push   %esi
  800463:	53                   	push   %ebx
  800464:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800467:	8b 45 10             	mov    0x10(%ebp),%eax
  80046a:	8d 58 01             	lea    0x1(%eax),%ebx
  80046d:	0f b6 00             	movzbl (%eax),%eax
  800470:	83 f8 25             	cmp    $0x25,%eax
  800473:	74 24                	je     800499 <vprintfmt+0x3b>
  800475:	8b 75 08             	mov    0x8(%ebp),%esi
  800478:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  80047b:	85 c0                	test   %eax,%eax
  80047d:	0f 84 d8 05 00 00    	je     800a5b <vprintfmt+0x5fd>
			putch(ch, putdat);
  800483:	83 ec 08             	sub    $0x8,%esp
  800486:	57                   	push   %edi
  800487:	50                   	push   %eax
  800488:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80048a:	83 c3 01             	add    $0x1,%ebx
  80048d:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800491:	83 c4 10             	add    $0x10,%esp
  800494:	83 f8 25             	cmp    $0x25,%eax
  800497:	75 e2                	jne    80047b <vprintfmt+0x1d>
		padc = ' ';
  800499:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  80049d:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  8004a2:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  8004a9:	b9 00 00 00 00       	mov    $0x0,%ecx
  8004ae:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8004b0:	8d 53 01             	lea    0x1(%ebx),%edx
  8004b3:	0f b6 0b             	movzbl (%ebx),%ecx
  8004b6:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8004b9:	3c 55                	cmp    $0x55,%al
  8004bb:	0f 87 21 05 00 00    	ja     8009e2 <vprintfmt+0x584>
  8004c1:	0f b6 c0             	movzbl %al,%eax
  8004c4:	ff 24 85 20 16 80 00 	jmp    *0x801620(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8004cb:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8004ce:	eb 97                	jmp    800467 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8004d0:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8004d2:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8004d6:	eb d8                	jmp    8004b0 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8004d8:	89 d3                	mov    %edx,%ebx
  8004da:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8004de:	eb d0                	jmp    8004b0 <vprintfmt+0x52>
  8004e0:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8004e3:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8004e6:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8004ea:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8004ed:	83 f9 09             	cmp    $0x9,%ecx
  8004f0:	77 54                	ja     800546 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8004f2:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8004f5:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8004f8:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8004fc:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8004ff:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800502:	83 f9 09             	cmp    $0x9,%ecx
  800505:	76 eb                	jbe    8004f2 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  800507:	89 d3                	mov    %edx,%ebx
  800509:	eb 0d                	jmp    800518 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  80050b:	8b 45 14             	mov    0x14(%ebp),%eax
  80050e:	8b 38                	mov    (%eax),%edi
  800510:	8d 40 04             	lea    0x4(%eax),%eax
  800513:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800516:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  800518:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80051c:	79 92                	jns    8004b0 <vprintfmt+0x52>
				width = precision, precision = -1;
  80051e:	89 7d ac             	mov    %edi,-0x54(%ebp)
  800521:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  800526:	eb 88                	jmp    8004b0 <vprintfmt+0x52>
			if (width < 0)
  800528:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  80052b:	85 c9                	test   %ecx,%ecx
  80052d:	b8 00 00 00 00       	mov    $0x0,%eax
  800532:	0f 49 c1             	cmovns %ecx,%eax
  800535:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800538:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80053a:	e9 71 ff ff ff       	jmp    8004b0 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80053f:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800541:	e9 6a ff ff ff       	jmp    8004b0 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800546:	89 d3                	mov    %edx,%ebx
  800548:	eb ce                	jmp    800518 <vprintfmt+0xba>
			lflag++;
  80054a:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80054d:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80054f:	e9 5c ff ff ff       	jmp    8004b0 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800554:	89 55 10             	mov    %edx,0x10(%ebp)
  800557:	8b 45 14             	mov    0x14(%ebp),%eax
  80055a:	8d 58 04             	lea    0x4(%eax),%ebx
  80055d:	83 ec 08             	sub    $0x8,%esp
  800560:	ff 75 0c             	push   0xc(%ebp)
  800563:	ff 30                	push   (%eax)
  800565:	ff 55 08             	call   *0x8(%ebp)
			break;
  800568:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  80056b:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  80056e:	e9 f4 fe ff ff       	jmp    800467 <vprintfmt+0x9>
			err = va_arg(ap, int);
  800573:	89 55 10             	mov    %edx,0x10(%ebp)
  800576:	8b 45 14             	mov    0x14(%ebp),%eax
  800579:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  80057c:	8b 10                	mov    (%eax),%edx
  80057e:	89 d0                	mov    %edx,%eax
  800580:	f7 d8                	neg    %eax
  800582:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800585:	83 f8 08             	cmp    $0x8,%eax
  800588:	7f 27                	jg     8005b1 <vprintfmt+0x153>
  80058a:	8b 14 85 80 17 80 00 	mov    0x801780(,%eax,4),%edx
  800591:	85 d2                	test   %edx,%edx
  800593:	74 1c                	je     8005b1 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800595:	52                   	push   %edx
  800596:	68 6b 15 80 00       	push   $0x80156b
  80059b:	ff 75 0c             	push   0xc(%ebp)
  80059e:	ff 75 08             	push   0x8(%ebp)
  8005a1:	e8 9b fe ff ff       	call   800441 <printfmt>
  8005a6:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8005a9:	89 5d 14             	mov    %ebx,0x14(%ebp)
  8005ac:	e9 b6 fe ff ff       	jmp    800467 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  8005b1:	50                   	push   %eax
  8005b2:	68 62 15 80 00       	push   $0x801562
  8005b7:	ff 75 0c             	push   0xc(%ebp)
  8005ba:	ff 75 08             	push   0x8(%ebp)
  8005bd:	e8 7f fe ff ff       	call   800441 <printfmt>
  8005c2:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8005c5:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8005c8:	e9 9a fe ff ff       	jmp    800467 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8005cd:	89 55 10             	mov    %edx,0x10(%ebp)
  8005d0:	8b 45 14             	mov    0x14(%ebp),%eax
  8005d3:	83 c0 04             	add    $0x4,%eax
  8005d6:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8005d9:	8b 45 14             	mov    0x14(%ebp),%eax
  8005dc:	8b 30                	mov    (%eax),%esi
  8005de:	85 f6                	test   %esi,%esi
  8005e0:	0f 84 53 04 00 00    	je     800a39 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8005e6:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8005ea:	7e 06                	jle    8005f2 <vprintfmt+0x194>
  8005ec:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8005f0:	75 1b                	jne    80060d <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8005f2:	8d 5e 01             	lea    0x1(%esi),%ebx
  8005f5:	0f be 06             	movsbl (%esi),%eax
  8005f8:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005fb:	85 c0                	test   %eax,%eax
  8005fd:	0f 85 80 00 00 00    	jne    800683 <vprintfmt+0x225>
  800603:	e9 8c 00 00 00       	jmp    800694 <vprintfmt+0x236>
				p = "(null)";
  800608:	be 5b 15 80 00       	mov    $0x80155b,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  80060d:	83 ec 08             	sub    $0x8,%esp
  800610:	57                   	push   %edi
  800611:	56                   	push   %esi
  800612:	e8 ea 04 00 00       	call   800b01 <strnlen>
  800617:	29 45 ac             	sub    %eax,-0x54(%ebp)
  80061a:	8b 55 ac             	mov    -0x54(%ebp),%edx
  80061d:	83 c4 10             	add    $0x10,%esp
  800620:	85 d2                	test   %edx,%edx
  800622:	0f 8e f5 03 00 00    	jle    800a1d <vprintfmt+0x5bf>
					putch(padc, putdat);
  800628:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  80062c:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  80062f:	89 d6                	mov    %edx,%esi
  800631:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800634:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800637:	83 ec 08             	sub    $0x8,%esp
  80063a:	57                   	push   %edi
  80063b:	53                   	push   %ebx
  80063c:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  80063f:	83 c4 10             	add    $0x10,%esp
  800642:	83 ee 01             	sub    $0x1,%esi
  800645:	75 f0                	jne    800637 <vprintfmt+0x1d9>
  800647:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80064a:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  80064d:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800650:	8d 5e 01             	lea    0x1(%esi),%ebx
  800653:	0f be 06             	movsbl (%esi),%eax
  800656:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800659:	85 c0                	test   %eax,%eax
  80065b:	75 26                	jne    800683 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  80065d:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800660:	89 45 14             	mov    %eax,0x14(%ebp)
  800663:	e9 ff fd ff ff       	jmp    800467 <vprintfmt+0x9>
				putch(ch, putdat);
  800668:	83 ec 08             	sub    $0x8,%esp
  80066b:	ff 75 0c             	push   0xc(%ebp)
  80066e:	50                   	push   %eax
  80066f:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800672:	83 ee 01             	sub    $0x1,%esi
  800675:	83 c3 01             	add    $0x1,%ebx
  800678:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  80067c:	83 c4 10             	add    $0x10,%esp
  80067f:	85 c0                	test   %eax,%eax
  800681:	74 0e                	je     800691 <vprintfmt+0x233>
  800683:	85 ff                	test   %edi,%edi
  800685:	78 e1                	js     800668 <vprintfmt+0x20a>
  800687:	83 ef 01             	sub    $0x1,%edi
  80068a:	79 dc                	jns    800668 <vprintfmt+0x20a>
  80068c:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80068f:	eb 03                	jmp    800694 <vprintfmt+0x236>
  800691:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800694:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800698:	7e 24                	jle    8006be <vprintfmt+0x260>
  80069a:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  80069d:	8b 75 08             	mov    0x8(%ebp),%esi
  8006a0:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  8006a3:	83 ec 08             	sub    $0x8,%esp
  8006a6:	57                   	push   %edi
  8006a7:	6a 20                	push   $0x20
  8006a9:	ff d6                	call   *%esi
			for (; width > 0; width--)
  8006ab:	83 c4 10             	add    $0x10,%esp
  8006ae:	83 eb 01             	sub    $0x1,%ebx
  8006b1:	75 f0                	jne    8006a3 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  8006b3:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8006b6:	89 45 14             	mov    %eax,0x14(%ebp)
  8006b9:	e9 a9 fd ff ff       	jmp    800467 <vprintfmt+0x9>
  8006be:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8006c1:	89 45 14             	mov    %eax,0x14(%ebp)
  8006c4:	e9 9e fd ff ff       	jmp    800467 <vprintfmt+0x9>
	if (lflag >= 2)
  8006c9:	89 55 10             	mov    %edx,0x10(%ebp)
  8006cc:	83 fe 01             	cmp    $0x1,%esi
  8006cf:	7f 1b                	jg     8006ec <vprintfmt+0x28e>
	else if (lflag)
  8006d1:	85 f6                	test   %esi,%esi
  8006d3:	74 39                	je     80070e <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8006d5:	8b 45 14             	mov    0x14(%ebp),%eax
  8006d8:	8b 00                	mov    (%eax),%eax
  8006da:	89 c6                	mov    %eax,%esi
  8006dc:	89 c7                	mov    %eax,%edi
  8006de:	c1 ff 1f             	sar    $0x1f,%edi
  8006e1:	8b 45 14             	mov    0x14(%ebp),%eax
  8006e4:	8d 40 04             	lea    0x4(%eax),%eax
  8006e7:	89 45 14             	mov    %eax,0x14(%ebp)
  8006ea:	eb 0e                	jmp    8006fa <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8006ec:	8b 45 14             	mov    0x14(%ebp),%eax
  8006ef:	8b 30                	mov    (%eax),%esi
  8006f1:	8b 78 04             	mov    0x4(%eax),%edi
  8006f4:	8d 40 08             	lea    0x8(%eax),%eax
  8006f7:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8006fa:	85 ff                	test   %edi,%edi
  8006fc:	78 27                	js     800725 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8006fe:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800701:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  800704:	b8 0a 00 00 00       	mov    $0xa,%eax
  800709:	e9 53 01 00 00       	jmp    800861 <vprintfmt+0x403>
		return va_arg(*ap, int);
  80070e:	8b 45 14             	mov    0x14(%ebp),%eax
  800711:	8b 00                	mov    (%eax),%eax
  800713:	89 c6                	mov    %eax,%esi
  800715:	89 c7                	mov    %eax,%edi
  800717:	c1 ff 1f             	sar    $0x1f,%edi
  80071a:	8b 45 14             	mov    0x14(%ebp),%eax
  80071d:	8d 40 04             	lea    0x4(%eax),%eax
  800720:	89 45 14             	mov    %eax,0x14(%ebp)
  800723:	eb d5                	jmp    8006fa <vprintfmt+0x29c>
				putch('-', putdat);
  800725:	83 ec 08             	sub    $0x8,%esp
  800728:	ff 75 0c             	push   0xc(%ebp)
  80072b:	6a 2d                	push   $0x2d
  80072d:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800730:	f7 de                	neg    %esi
  800732:	83 d7 00             	adc    $0x0,%edi
  800735:	f7 df                	neg    %edi
  800737:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80073a:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  80073d:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800740:	b8 0a 00 00 00       	mov    $0xa,%eax
  800745:	e9 17 01 00 00       	jmp    800861 <vprintfmt+0x403>
	if (lflag >= 2)
  80074a:	89 55 10             	mov    %edx,0x10(%ebp)
  80074d:	83 fe 01             	cmp    $0x1,%esi
  800750:	7f 27                	jg     800779 <vprintfmt+0x31b>
	else if (lflag)
  800752:	85 f6                	test   %esi,%esi
  800754:	74 44                	je     80079a <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
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
		return va_arg(*ap, unsigned long);
  800774:	e9 e8 00 00 00       	jmp    800861 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800779:	8b 45 14             	mov    0x14(%ebp),%eax
  80077c:	8b 50 04             	mov    0x4(%eax),%edx
  80077f:	8b 00                	mov    (%eax),%eax
  800781:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800784:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800787:	8b 45 14             	mov    0x14(%ebp),%eax
  80078a:	8d 40 08             	lea    0x8(%eax),%eax
  80078d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800790:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800795:	e9 c7 00 00 00       	jmp    800861 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80079a:	8b 45 14             	mov    0x14(%ebp),%eax
  80079d:	8b 00                	mov    (%eax),%eax
  80079f:	ba 00 00 00 00       	mov    $0x0,%edx
  8007a4:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007a7:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007aa:	8b 45 14             	mov    0x14(%ebp),%eax
  8007ad:	8d 40 04             	lea    0x4(%eax),%eax
  8007b0:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8007b3:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8007b8:	e9 a4 00 00 00       	jmp    800861 <vprintfmt+0x403>
	if (lflag >= 2)
  8007bd:	89 55 10             	mov    %edx,0x10(%ebp)
  8007c0:	83 fe 01             	cmp    $0x1,%esi
  8007c3:	7f 24                	jg     8007e9 <vprintfmt+0x38b>
	else if (lflag)
  8007c5:	85 f6                	test   %esi,%esi
  8007c7:	74 3e                	je     800807 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8007c9:	8b 45 14             	mov    0x14(%ebp),%eax
  8007cc:	8b 00                	mov    (%eax),%eax
  8007ce:	ba 00 00 00 00       	mov    $0x0,%edx
  8007d3:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007d6:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007d9:	8b 45 14             	mov    0x14(%ebp),%eax
  8007dc:	8d 40 04             	lea    0x4(%eax),%eax
  8007df:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8007e2:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8007e7:	eb 78                	jmp    800861 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8007e9:	8b 45 14             	mov    0x14(%ebp),%eax
  8007ec:	8b 50 04             	mov    0x4(%eax),%edx
  8007ef:	8b 00                	mov    (%eax),%eax
  8007f1:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007f4:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007f7:	8b 45 14             	mov    0x14(%ebp),%eax
  8007fa:	8d 40 08             	lea    0x8(%eax),%eax
  8007fd:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800800:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  800805:	eb 5a                	jmp    800861 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800807:	8b 45 14             	mov    0x14(%ebp),%eax
  80080a:	8b 00                	mov    (%eax),%eax
  80080c:	ba 00 00 00 00       	mov    $0x0,%edx
  800811:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800814:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800817:	8b 45 14             	mov    0x14(%ebp),%eax
  80081a:	8d 40 04             	lea    0x4(%eax),%eax
  80081d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800820:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  800825:	eb 3a                	jmp    800861 <vprintfmt+0x403>
			putch('0', putdat);
  800827:	89 55 10             	mov    %edx,0x10(%ebp)
  80082a:	83 ec 08             	sub    $0x8,%esp
  80082d:	ff 75 0c             	push   0xc(%ebp)
  800830:	6a 30                	push   $0x30
  800832:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  800835:	83 c4 08             	add    $0x8,%esp
  800838:	ff 75 0c             	push   0xc(%ebp)
  80083b:	6a 78                	push   $0x78
  80083d:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800840:	8b 45 14             	mov    0x14(%ebp),%eax
  800843:	8b 00                	mov    (%eax),%eax
  800845:	ba 00 00 00 00       	mov    $0x0,%edx
  80084a:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80084d:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800850:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800853:	8b 45 14             	mov    0x14(%ebp),%eax
  800856:	8d 40 04             	lea    0x4(%eax),%eax
  800859:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80085c:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800861:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800865:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800868:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  80086d:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800870:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800877:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80087a:	8b 75 b0             	mov    -0x50(%ebp),%esi
  80087d:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800880:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800883:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800887:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80088a:	8d 55 cf             	lea    -0x31(%ebp),%edx
  80088d:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800890:	ff 75 bc             	push   -0x44(%ebp)
  800893:	ff 75 b8             	push   -0x48(%ebp)
  800896:	57                   	push   %edi
  800897:	56                   	push   %esi
  800898:	e8 2f 07 00 00       	call   800fcc <__umoddi3>
  80089d:	83 c4 10             	add    $0x10,%esp
  8008a0:	0f b6 80 6e 15 80 00 	movzbl 0x80156e(%eax),%eax
  8008a7:	88 03                	mov    %al,(%ebx)
		num /= base;
  8008a9:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8008ac:	89 fb                	mov    %edi,%ebx
  8008ae:	ff 75 bc             	push   -0x44(%ebp)
  8008b1:	ff 75 b8             	push   -0x48(%ebp)
  8008b4:	57                   	push   %edi
  8008b5:	56                   	push   %esi
  8008b6:	e8 f6 06 00 00       	call   800fb1 <__udivdi3>
  8008bb:	83 c4 10             	add    $0x10,%esp
  8008be:	89 c6                	mov    %eax,%esi
  8008c0:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8008c2:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8008c5:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8008c8:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8008cb:	73 b6                	jae    800883 <vprintfmt+0x425>
	pad = width - n;
  8008cd:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8008d0:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8008d3:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8008d6:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8008d8:	83 ff 2d             	cmp    $0x2d,%edi
  8008db:	0f 84 de 00 00 00    	je     8009bf <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8008e1:	85 f6                	test   %esi,%esi
  8008e3:	0f 8e 27 01 00 00    	jle    800a10 <vprintfmt+0x5b2>
  8008e9:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8008ec:	83 ec 08             	sub    $0x8,%esp
  8008ef:	53                   	push   %ebx
  8008f0:	57                   	push   %edi
  8008f1:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8008f4:	83 c4 10             	add    $0x10,%esp
  8008f7:	83 ee 01             	sub    $0x1,%esi
  8008fa:	75 f0                	jne    8008ec <vprintfmt+0x48e>
  8008fc:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8008ff:	85 db                	test   %ebx,%ebx
  800901:	0f 8e 60 fb ff ff    	jle    800467 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  800907:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  80090a:	8b 75 08             	mov    0x8(%ebp),%esi
  80090d:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800910:	83 eb 01             	sub    $0x1,%ebx
  800913:	83 ec 08             	sub    $0x8,%esp
  800916:	57                   	push   %edi
  800917:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  80091c:	50                   	push   %eax
  80091d:	ff d6                	call   *%esi
	while (n > 0)
  80091f:	83 c4 10             	add    $0x10,%esp
  800922:	85 db                	test   %ebx,%ebx
  800924:	7f ea                	jg     800910 <vprintfmt+0x4b2>
  800926:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  800929:	85 f6                	test   %esi,%esi
  80092b:	0f 8e 36 fb ff ff    	jle    800467 <vprintfmt+0x9>
  800931:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800934:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  800937:	83 ec 08             	sub    $0x8,%esp
  80093a:	57                   	push   %edi
  80093b:	6a 20                	push   $0x20
  80093d:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  80093f:	83 c4 10             	add    $0x10,%esp
  800942:	83 ee 01             	sub    $0x1,%esi
  800945:	75 f0                	jne    800937 <vprintfmt+0x4d9>
  800947:	e9 1b fb ff ff       	jmp    800467 <vprintfmt+0x9>
	if (lflag >= 2)
  80094c:	89 55 10             	mov    %edx,0x10(%ebp)
  80094f:	83 fe 01             	cmp    $0x1,%esi
  800952:	7f 27                	jg     80097b <vprintfmt+0x51d>
	else if (lflag)
  800954:	85 f6                	test   %esi,%esi
  800956:	74 44                	je     80099c <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
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
		return va_arg(*ap, unsigned long);
  800976:	e9 e6 fe ff ff       	jmp    800861 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80097b:	8b 45 14             	mov    0x14(%ebp),%eax
  80097e:	8b 50 04             	mov    0x4(%eax),%edx
  800981:	8b 00                	mov    (%eax),%eax
  800983:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800986:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800989:	8b 45 14             	mov    0x14(%ebp),%eax
  80098c:	8d 40 08             	lea    0x8(%eax),%eax
  80098f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800992:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800997:	e9 c5 fe ff ff       	jmp    800861 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80099c:	8b 45 14             	mov    0x14(%ebp),%eax
  80099f:	8b 00                	mov    (%eax),%eax
  8009a1:	ba 00 00 00 00       	mov    $0x0,%edx
  8009a6:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8009a9:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8009ac:	8b 45 14             	mov    0x14(%ebp),%eax
  8009af:	8d 40 04             	lea    0x4(%eax),%eax
  8009b2:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8009b5:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8009ba:	e9 a2 fe ff ff       	jmp    800861 <vprintfmt+0x403>
	while (n > 0)
  8009bf:	85 db                	test   %ebx,%ebx
  8009c1:	0f 8f 40 ff ff ff    	jg     800907 <vprintfmt+0x4a9>
  8009c7:	e9 5d ff ff ff       	jmp    800929 <vprintfmt+0x4cb>
			putch(ch, putdat);
  8009cc:	89 55 10             	mov    %edx,0x10(%ebp)
  8009cf:	83 ec 08             	sub    $0x8,%esp
  8009d2:	ff 75 0c             	push   0xc(%ebp)
  8009d5:	6a 25                	push   $0x25
  8009d7:	ff 55 08             	call   *0x8(%ebp)
			break;
  8009da:	83 c4 10             	add    $0x10,%esp
  8009dd:	e9 85 fa ff ff       	jmp    800467 <vprintfmt+0x9>
			putch('%', putdat);
  8009e2:	83 ec 08             	sub    $0x8,%esp
  8009e5:	ff 75 0c             	push   0xc(%ebp)
  8009e8:	6a 25                	push   $0x25
  8009ea:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8009ed:	83 c4 10             	add    $0x10,%esp
  8009f0:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8009f4:	0f 84 d1 fa ff ff    	je     8004cb <vprintfmt+0x6d>
  8009fa:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8009fd:	89 d8                	mov    %ebx,%eax
  8009ff:	83 e8 01             	sub    $0x1,%eax
  800a02:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  800a06:	75 f7                	jne    8009ff <vprintfmt+0x5a1>
  800a08:	89 45 10             	mov    %eax,0x10(%ebp)
  800a0b:	e9 57 fa ff ff       	jmp    800467 <vprintfmt+0x9>
	while (n > 0)
  800a10:	85 db                	test   %ebx,%ebx
  800a12:	0f 8f ef fe ff ff    	jg     800907 <vprintfmt+0x4a9>
  800a18:	e9 4a fa ff ff       	jmp    800467 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800a1d:	8d 5e 01             	lea    0x1(%esi),%ebx
  800a20:	0f be 06             	movsbl (%esi),%eax
  800a23:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800a26:	85 c0                	test   %eax,%eax
  800a28:	0f 85 55 fc ff ff    	jne    800683 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800a2e:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800a31:	89 45 14             	mov    %eax,0x14(%ebp)
  800a34:	e9 2e fa ff ff       	jmp    800467 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800a39:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800a3d:	74 0a                	je     800a49 <vprintfmt+0x5eb>
  800a3f:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800a43:	0f 8f bf fb ff ff    	jg     800608 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800a49:	b8 28 00 00 00       	mov    $0x28,%eax
  800a4e:	bb 5c 15 80 00       	mov    $0x80155c,%ebx
  800a53:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800a56:	e9 28 fc ff ff       	jmp    800683 <vprintfmt+0x225>
}
  800a5b:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800a5e:	5b                   	pop    %ebx
  800a5f:	5e                   	pop    %esi
  800a60:	5f                   	pop    %edi
  800a61:	5d                   	pop    %ebp
  800a62:	c3                   	ret

00800a63 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800a63:	55                   	push   %ebp
  800a64:	89 e5                	mov    %esp,%ebp
  800a66:	83 ec 18             	sub    $0x18,%esp
  800a69:	8b 45 08             	mov    0x8(%ebp),%eax
  800a6c:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800a6f:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800a72:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800a76:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800a79:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800a80:	85 c0                	test   %eax,%eax
  800a82:	74 26                	je     800aaa <vsnprintf+0x47>
  800a84:	85 d2                	test   %edx,%edx
  800a86:	7e 22                	jle    800aaa <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800a88:	ff 75 14             	push   0x14(%ebp)
  800a8b:	ff 75 10             	push   0x10(%ebp)
  800a8e:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800a91:	50                   	push   %eax
  800a92:	68 24 04 80 00       	push   $0x800424
  800a97:	e8 c2 f9 ff ff       	call   80045e <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800a9c:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800a9f:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800aa2:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800aa5:	83 c4 10             	add    $0x10,%esp
}
  800aa8:	c9                   	leave
  800aa9:	c3                   	ret
		return -E_INVAL;
  800aaa:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800aaf:	eb f7                	jmp    800aa8 <vsnprintf+0x45>

00800ab1 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800ab1:	55                   	push   %ebp
  800ab2:	89 e5                	mov    %esp,%ebp
  800ab4:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  800ab7:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  800aba:	50                   	push   %eax
  800abb:	ff 75 08             	push   0x8(%ebp)
  800abe:	e8 03 f9 ff ff       	call   8003c6 <vcprintf>
	va_end(ap);

	return cnt;
}
  800ac3:	c9                   	leave
  800ac4:	c3                   	ret

00800ac5 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800ac5:	55                   	push   %ebp
  800ac6:	89 e5                	mov    %esp,%ebp
  800ac8:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  800acb:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800ace:	50                   	push   %eax
  800acf:	ff 75 10             	push   0x10(%ebp)
  800ad2:	ff 75 0c             	push   0xc(%ebp)
  800ad5:	ff 75 08             	push   0x8(%ebp)
  800ad8:	e8 86 ff ff ff       	call   800a63 <vsnprintf>
	va_end(ap);

	return rc;
}
  800add:	c9                   	leave
  800ade:	c3                   	ret

00800adf <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800adf:	55                   	push   %ebp
  800ae0:	89 e5                	mov    %esp,%ebp
  800ae2:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800ae5:	80 3a 00             	cmpb   $0x0,(%edx)
  800ae8:	74 10                	je     800afa <strlen+0x1b>
  800aea:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800aef:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800af2:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800af6:	75 f7                	jne    800aef <strlen+0x10>
	return n;
}
  800af8:	5d                   	pop    %ebp
  800af9:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  800afa:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800aff:	eb f7                	jmp    800af8 <strlen+0x19>

00800b01 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800b01:	55                   	push   %ebp
  800b02:	89 e5                	mov    %esp,%ebp
  800b04:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800b07:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800b0a:	85 d2                	test   %edx,%edx
  800b0c:	74 16                	je     800b24 <strnlen+0x23>
  800b0e:	b8 00 00 00 00       	mov    $0x0,%eax
  800b13:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800b17:	74 09                	je     800b22 <strnlen+0x21>
		n++;
  800b19:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800b1c:	39 d0                	cmp    %edx,%eax
  800b1e:	75 f3                	jne    800b13 <strnlen+0x12>
		n++;
  800b20:	89 d0                	mov    %edx,%eax
	return n;
}
  800b22:	5d                   	pop    %ebp
  800b23:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800b24:	b8 00 00 00 00       	mov    $0x0,%eax
  800b29:	eb f7                	jmp    800b22 <strnlen+0x21>

00800b2b <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800b2b:	55                   	push   %ebp
  800b2c:	89 e5                	mov    %esp,%ebp
  800b2e:	53                   	push   %ebx
  800b2f:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800b32:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800b35:	b8 00 00 00 00       	mov    $0x0,%eax
  800b3a:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800b3e:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800b41:	83 c0 01             	add    $0x1,%eax
  800b44:	84 d2                	test   %dl,%dl
  800b46:	75 f2                	jne    800b3a <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800b48:	89 c8                	mov    %ecx,%eax
  800b4a:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b4d:	c9                   	leave
  800b4e:	c3                   	ret

00800b4f <strcat>:

char *
strcat(char *dst, const char *src)
{
  800b4f:	55                   	push   %ebp
  800b50:	89 e5                	mov    %esp,%ebp
  800b52:	53                   	push   %ebx
  800b53:	83 ec 10             	sub    $0x10,%esp
  800b56:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800b59:	53                   	push   %ebx
  800b5a:	e8 80 ff ff ff       	call   800adf <strlen>
  800b5f:	83 c4 08             	add    $0x8,%esp
  800b62:	ff 75 0c             	push   0xc(%ebp)
  800b65:	01 d8                	add    %ebx,%eax
  800b67:	50                   	push   %eax
  800b68:	e8 be ff ff ff       	call   800b2b <strcpy>
	return dst;
}
  800b6d:	89 d8                	mov    %ebx,%eax
  800b6f:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b72:	c9                   	leave
  800b73:	c3                   	ret

00800b74 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800b74:	55                   	push   %ebp
  800b75:	89 e5                	mov    %esp,%ebp
  800b77:	56                   	push   %esi
  800b78:	53                   	push   %ebx
  800b79:	8b 75 08             	mov    0x8(%ebp),%esi
  800b7c:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b7f:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800b82:	85 db                	test   %ebx,%ebx
  800b84:	74 17                	je     800b9d <strncpy+0x29>
  800b86:	01 f3                	add    %esi,%ebx
  800b88:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800b8a:	83 c0 01             	add    $0x1,%eax
  800b8d:	0f b6 0a             	movzbl (%edx),%ecx
  800b90:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800b93:	80 f9 01             	cmp    $0x1,%cl
  800b96:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800b99:	39 c3                	cmp    %eax,%ebx
  800b9b:	75 ed                	jne    800b8a <strncpy+0x16>
	}
	return ret;
}
  800b9d:	89 f0                	mov    %esi,%eax
  800b9f:	5b                   	pop    %ebx
  800ba0:	5e                   	pop    %esi
  800ba1:	5d                   	pop    %ebp
  800ba2:	c3                   	ret

00800ba3 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800ba3:	55                   	push   %ebp
  800ba4:	89 e5                	mov    %esp,%ebp
  800ba6:	56                   	push   %esi
  800ba7:	53                   	push   %ebx
  800ba8:	8b 75 08             	mov    0x8(%ebp),%esi
  800bab:	8b 55 0c             	mov    0xc(%ebp),%edx
  800bae:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800bb1:	89 f0                	mov    %esi,%eax
  800bb3:	85 db                	test   %ebx,%ebx
  800bb5:	74 1e                	je     800bd5 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800bb7:	83 eb 01             	sub    $0x1,%ebx
  800bba:	74 16                	je     800bd2 <strlcpy+0x2f>
  800bbc:	01 f3                	add    %esi,%ebx
  800bbe:	0f b6 0a             	movzbl (%edx),%ecx
  800bc1:	84 c9                	test   %cl,%cl
  800bc3:	74 0d                	je     800bd2 <strlcpy+0x2f>
			*dst++ = *src++;
  800bc5:	83 c2 01             	add    $0x1,%edx
  800bc8:	83 c0 01             	add    $0x1,%eax
  800bcb:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800bce:	39 d8                	cmp    %ebx,%eax
  800bd0:	75 ec                	jne    800bbe <strlcpy+0x1b>
		*dst = '\0';
  800bd2:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800bd5:	29 f0                	sub    %esi,%eax
}
  800bd7:	5b                   	pop    %ebx
  800bd8:	5e                   	pop    %esi
  800bd9:	5d                   	pop    %ebp
  800bda:	c3                   	ret

00800bdb <strcmp>:

int
strcmp(const char *p, const char *q)
{
  800bdb:	55                   	push   %ebp
  800bdc:	89 e5                	mov    %esp,%ebp
  800bde:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800be1:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800be4:	0f b6 01             	movzbl (%ecx),%eax
  800be7:	84 c0                	test   %al,%al
  800be9:	74 11                	je     800bfc <strcmp+0x21>
  800beb:	38 02                	cmp    %al,(%edx)
  800bed:	75 0d                	jne    800bfc <strcmp+0x21>
		p++, q++;
  800bef:	83 c1 01             	add    $0x1,%ecx
  800bf2:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800bf5:	0f b6 01             	movzbl (%ecx),%eax
  800bf8:	84 c0                	test   %al,%al
  800bfa:	75 ef                	jne    800beb <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800bfc:	0f b6 c0             	movzbl %al,%eax
  800bff:	0f b6 12             	movzbl (%edx),%edx
  800c02:	29 d0                	sub    %edx,%eax
}
  800c04:	5d                   	pop    %ebp
  800c05:	c3                   	ret

00800c06 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800c06:	55                   	push   %ebp
  800c07:	89 e5                	mov    %esp,%ebp
  800c09:	53                   	push   %ebx
  800c0a:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800c0d:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800c10:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800c13:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800c18:	85 d2                	test   %edx,%edx
  800c1a:	74 2e                	je     800c4a <strncmp+0x44>
  800c1c:	0f b6 01             	movzbl (%ecx),%eax
  800c1f:	84 c0                	test   %al,%al
  800c21:	74 16                	je     800c39 <strncmp+0x33>
  800c23:	3a 03                	cmp    (%ebx),%al
  800c25:	75 12                	jne    800c39 <strncmp+0x33>
		n--, p++, q++;
  800c27:	83 c1 01             	add    $0x1,%ecx
  800c2a:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800c2d:	83 ea 01             	sub    $0x1,%edx
  800c30:	75 ea                	jne    800c1c <strncmp+0x16>
		return 0;
  800c32:	b8 00 00 00 00       	mov    $0x0,%eax
  800c37:	eb 11                	jmp    800c4a <strncmp+0x44>
  800c39:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800c3e:	85 d2                	test   %edx,%edx
  800c40:	74 08                	je     800c4a <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800c42:	0f b6 01             	movzbl (%ecx),%eax
  800c45:	0f b6 13             	movzbl (%ebx),%edx
  800c48:	29 d0                	sub    %edx,%eax
}
  800c4a:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800c4d:	c9                   	leave
  800c4e:	c3                   	ret

00800c4f <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800c4f:	55                   	push   %ebp
  800c50:	89 e5                	mov    %esp,%ebp
  800c52:	8b 45 08             	mov    0x8(%ebp),%eax
  800c55:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800c59:	0f b6 10             	movzbl (%eax),%edx
  800c5c:	84 d2                	test   %dl,%dl
  800c5e:	74 15                	je     800c75 <strchr+0x26>
		if (*s == c)
  800c60:	38 d1                	cmp    %dl,%cl
  800c62:	74 0f                	je     800c73 <strchr+0x24>
	for (; *s; s++)
  800c64:	83 c0 01             	add    $0x1,%eax
  800c67:	0f b6 10             	movzbl (%eax),%edx
  800c6a:	84 d2                	test   %dl,%dl
  800c6c:	75 f2                	jne    800c60 <strchr+0x11>
			return (char *) s;
	return 0;
  800c6e:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800c73:	5d                   	pop    %ebp
  800c74:	c3                   	ret
	return 0;
  800c75:	b8 00 00 00 00       	mov    $0x0,%eax
  800c7a:	eb f7                	jmp    800c73 <strchr+0x24>

00800c7c <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800c7c:	55                   	push   %ebp
  800c7d:	89 e5                	mov    %esp,%ebp
  800c7f:	53                   	push   %ebx
  800c80:	8b 45 08             	mov    0x8(%ebp),%eax
  800c83:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800c86:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800c89:	38 d3                	cmp    %dl,%bl
  800c8b:	74 14                	je     800ca1 <strfind+0x25>
  800c8d:	89 d1                	mov    %edx,%ecx
  800c8f:	84 db                	test   %bl,%bl
  800c91:	74 0e                	je     800ca1 <strfind+0x25>
	for (; *s; s++)
  800c93:	83 c0 01             	add    $0x1,%eax
  800c96:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800c99:	38 ca                	cmp    %cl,%dl
  800c9b:	74 04                	je     800ca1 <strfind+0x25>
  800c9d:	84 d2                	test   %dl,%dl
  800c9f:	75 f2                	jne    800c93 <strfind+0x17>
			break;
	return (char *) s;
}
  800ca1:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800ca4:	c9                   	leave
  800ca5:	c3                   	ret

00800ca6 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800ca6:	55                   	push   %ebp
  800ca7:	89 e5                	mov    %esp,%ebp
  800ca9:	53                   	push   %ebx
  800caa:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800cad:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800cb0:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800cb3:	85 d2                	test   %edx,%edx
  800cb5:	74 0e                	je     800cc5 <memset+0x1f>
  800cb7:	01 da                	add    %ebx,%edx
	char *p = v;
  800cb9:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800cbb:	83 c0 01             	add    $0x1,%eax
  800cbe:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800cc1:	39 c2                	cmp    %eax,%edx
  800cc3:	75 f6                	jne    800cbb <memset+0x15>
	return v;
}
  800cc5:	89 d8                	mov    %ebx,%eax
  800cc7:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800cca:	c9                   	leave
  800ccb:	c3                   	ret

00800ccc <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800ccc:	55                   	push   %ebp
  800ccd:	89 e5                	mov    %esp,%ebp
  800ccf:	56                   	push   %esi
  800cd0:	53                   	push   %ebx
  800cd1:	8b 75 08             	mov    0x8(%ebp),%esi
  800cd4:	8b 45 0c             	mov    0xc(%ebp),%eax
  800cd7:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800cda:	39 f0                	cmp    %esi,%eax
  800cdc:	72 20                	jb     800cfe <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800cde:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800ce1:	89 f2                	mov    %esi,%edx
  800ce3:	85 c9                	test   %ecx,%ecx
  800ce5:	74 11                	je     800cf8 <memmove+0x2c>
			*d++ = *s++;
  800ce7:	83 c0 01             	add    $0x1,%eax
  800cea:	83 c2 01             	add    $0x1,%edx
  800ced:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800cf1:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800cf4:	39 d8                	cmp    %ebx,%eax
  800cf6:	75 ef                	jne    800ce7 <memmove+0x1b>
	return dst;
}
  800cf8:	89 f0                	mov    %esi,%eax
  800cfa:	5b                   	pop    %ebx
  800cfb:	5e                   	pop    %esi
  800cfc:	5d                   	pop    %ebp
  800cfd:	c3                   	ret
	if (s < d && s + n > d) {
  800cfe:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800d01:	39 d6                	cmp    %edx,%esi
  800d03:	73 d9                	jae    800cde <memmove+0x12>
		while (n-- > 0)
  800d05:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800d08:	85 c9                	test   %ecx,%ecx
  800d0a:	74 ec                	je     800cf8 <memmove+0x2c>
			*--d = *--s;
  800d0c:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800d10:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800d13:	83 ea 01             	sub    $0x1,%edx
  800d16:	83 fa ff             	cmp    $0xffffffff,%edx
  800d19:	75 f1                	jne    800d0c <memmove+0x40>
  800d1b:	eb db                	jmp    800cf8 <memmove+0x2c>

00800d1d <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800d1d:	55                   	push   %ebp
  800d1e:	89 e5                	mov    %esp,%ebp
  800d20:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800d23:	ff 75 10             	push   0x10(%ebp)
  800d26:	ff 75 0c             	push   0xc(%ebp)
  800d29:	ff 75 08             	push   0x8(%ebp)
  800d2c:	e8 9b ff ff ff       	call   800ccc <memmove>
}
  800d31:	c9                   	leave
  800d32:	c3                   	ret

00800d33 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800d33:	55                   	push   %ebp
  800d34:	89 e5                	mov    %esp,%ebp
  800d36:	56                   	push   %esi
  800d37:	53                   	push   %ebx
  800d38:	8b 45 08             	mov    0x8(%ebp),%eax
  800d3b:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d3e:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800d41:	85 f6                	test   %esi,%esi
  800d43:	74 29                	je     800d6e <memcmp+0x3b>
  800d45:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800d47:	0f b6 08             	movzbl (%eax),%ecx
  800d4a:	0f b6 1a             	movzbl (%edx),%ebx
  800d4d:	38 d9                	cmp    %bl,%cl
  800d4f:	75 11                	jne    800d62 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800d51:	83 c0 01             	add    $0x1,%eax
  800d54:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800d57:	39 c6                	cmp    %eax,%esi
  800d59:	75 ec                	jne    800d47 <memcmp+0x14>
	}
	return 0;
  800d5b:	b8 00 00 00 00       	mov    $0x0,%eax
  800d60:	eb 08                	jmp    800d6a <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800d62:	0f b6 c1             	movzbl %cl,%eax
  800d65:	0f b6 db             	movzbl %bl,%ebx
  800d68:	29 d8                	sub    %ebx,%eax
}
  800d6a:	5b                   	pop    %ebx
  800d6b:	5e                   	pop    %esi
  800d6c:	5d                   	pop    %ebp
  800d6d:	c3                   	ret
	return 0;
  800d6e:	b8 00 00 00 00       	mov    $0x0,%eax
  800d73:	eb f5                	jmp    800d6a <memcmp+0x37>

00800d75 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800d75:	55                   	push   %ebp
  800d76:	89 e5                	mov    %esp,%ebp
  800d78:	8b 45 08             	mov    0x8(%ebp),%eax
  800d7b:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800d7e:	89 c2                	mov    %eax,%edx
  800d80:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800d83:	39 d0                	cmp    %edx,%eax
  800d85:	73 0d                	jae    800d94 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800d87:	38 08                	cmp    %cl,(%eax)
  800d89:	74 0d                	je     800d98 <memfind+0x23>
	for (; s < ends; s++)
  800d8b:	83 c0 01             	add    $0x1,%eax
  800d8e:	39 c2                	cmp    %eax,%edx
  800d90:	75 f5                	jne    800d87 <memfind+0x12>
  800d92:	eb 06                	jmp    800d9a <memfind+0x25>
  800d94:	89 c2                	mov    %eax,%edx
  800d96:	eb 02                	jmp    800d9a <memfind+0x25>
  800d98:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800d9a:	89 d0                	mov    %edx,%eax
  800d9c:	5d                   	pop    %ebp
  800d9d:	c3                   	ret

00800d9e <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800d9e:	55                   	push   %ebp
  800d9f:	89 e5                	mov    %esp,%ebp
  800da1:	57                   	push   %edi
  800da2:	56                   	push   %esi
  800da3:	53                   	push   %ebx
  800da4:	8b 55 08             	mov    0x8(%ebp),%edx
  800da7:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800daa:	0f b6 02             	movzbl (%edx),%eax
  800dad:	3c 20                	cmp    $0x20,%al
  800daf:	74 04                	je     800db5 <strtol+0x17>
  800db1:	3c 09                	cmp    $0x9,%al
  800db3:	75 0e                	jne    800dc3 <strtol+0x25>
		s++;
  800db5:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800db8:	0f b6 02             	movzbl (%edx),%eax
  800dbb:	3c 20                	cmp    $0x20,%al
  800dbd:	74 f6                	je     800db5 <strtol+0x17>
  800dbf:	3c 09                	cmp    $0x9,%al
  800dc1:	74 f2                	je     800db5 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800dc3:	3c 2b                	cmp    $0x2b,%al
  800dc5:	74 2a                	je     800df1 <strtol+0x53>
	int neg = 0;
  800dc7:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800dcc:	3c 2d                	cmp    $0x2d,%al
  800dce:	74 2b                	je     800dfb <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800dd0:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800dd6:	75 0f                	jne    800de7 <strtol+0x49>
  800dd8:	80 3a 30             	cmpb   $0x30,(%edx)
  800ddb:	74 28                	je     800e05 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800ddd:	85 db                	test   %ebx,%ebx
  800ddf:	b8 0a 00 00 00       	mov    $0xa,%eax
  800de4:	0f 44 d8             	cmove  %eax,%ebx
  800de7:	b9 00 00 00 00       	mov    $0x0,%ecx
  800dec:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800def:	eb 46                	jmp    800e37 <strtol+0x99>
		s++;
  800df1:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800df4:	bf 00 00 00 00       	mov    $0x0,%edi
  800df9:	eb d5                	jmp    800dd0 <strtol+0x32>
		s++, neg = 1;
  800dfb:	83 c2 01             	add    $0x1,%edx
  800dfe:	bf 01 00 00 00       	mov    $0x1,%edi
  800e03:	eb cb                	jmp    800dd0 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800e05:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800e09:	74 0e                	je     800e19 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800e0b:	85 db                	test   %ebx,%ebx
  800e0d:	75 d8                	jne    800de7 <strtol+0x49>
		s++, base = 8;
  800e0f:	83 c2 01             	add    $0x1,%edx
  800e12:	bb 08 00 00 00       	mov    $0x8,%ebx
  800e17:	eb ce                	jmp    800de7 <strtol+0x49>
		s += 2, base = 16;
  800e19:	83 c2 02             	add    $0x2,%edx
  800e1c:	bb 10 00 00 00       	mov    $0x10,%ebx
  800e21:	eb c4                	jmp    800de7 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800e23:	0f be c0             	movsbl %al,%eax
  800e26:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800e29:	3b 45 10             	cmp    0x10(%ebp),%eax
  800e2c:	7d 3a                	jge    800e68 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800e2e:	83 c2 01             	add    $0x1,%edx
  800e31:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800e35:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800e37:	0f b6 02             	movzbl (%edx),%eax
  800e3a:	8d 70 d0             	lea    -0x30(%eax),%esi
  800e3d:	89 f3                	mov    %esi,%ebx
  800e3f:	80 fb 09             	cmp    $0x9,%bl
  800e42:	76 df                	jbe    800e23 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800e44:	8d 70 9f             	lea    -0x61(%eax),%esi
  800e47:	89 f3                	mov    %esi,%ebx
  800e49:	80 fb 19             	cmp    $0x19,%bl
  800e4c:	77 08                	ja     800e56 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800e4e:	0f be c0             	movsbl %al,%eax
  800e51:	83 e8 57             	sub    $0x57,%eax
  800e54:	eb d3                	jmp    800e29 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800e56:	8d 70 bf             	lea    -0x41(%eax),%esi
  800e59:	89 f3                	mov    %esi,%ebx
  800e5b:	80 fb 19             	cmp    $0x19,%bl
  800e5e:	77 08                	ja     800e68 <strtol+0xca>
			dig = *s - 'A' + 10;
  800e60:	0f be c0             	movsbl %al,%eax
  800e63:	83 e8 37             	sub    $0x37,%eax
  800e66:	eb c1                	jmp    800e29 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800e68:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800e6c:	74 05                	je     800e73 <strtol+0xd5>
		*endptr = (char *) s;
  800e6e:	8b 45 0c             	mov    0xc(%ebp),%eax
  800e71:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800e73:	89 c8                	mov    %ecx,%eax
  800e75:	f7 d8                	neg    %eax
  800e77:	85 ff                	test   %edi,%edi
  800e79:	0f 45 c8             	cmovne %eax,%ecx
}
  800e7c:	89 c8                	mov    %ecx,%eax
  800e7e:	5b                   	pop    %ebx
  800e7f:	5e                   	pop    %esi
  800e80:	5f                   	pop    %edi
  800e81:	5d                   	pop    %ebp
  800e82:	c3                   	ret

00800e83 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800e83:	55                   	push   %ebp
  800e84:	89 e5                	mov    %esp,%ebp
  800e86:	57                   	push   %edi
  800e87:	56                   	push   %esi
  800e88:	53                   	push   %ebx
  800e89:	83 ec 24             	sub    $0x24,%esp
  800e8c:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800e8f:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800e92:	8b 45 08             	mov    0x8(%ebp),%eax
  800e95:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e98:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800e9b:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800e9e:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800ea1:	89 d1                	mov    %edx,%ecx
  800ea3:	09 c1                	or     %eax,%ecx
  800ea5:	74 2f                	je     800ed6 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800ea7:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800eaa:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800ead:	89 d0                	mov    %edx,%eax
  800eaf:	83 c8 00             	or     $0x0,%eax
  800eb2:	74 48                	je     800efc <udivmod64+0x79>
  800eb4:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800eb9:	be 00 00 00 00       	mov    $0x0,%esi
  800ebe:	bf 00 00 00 00       	mov    $0x0,%edi
  800ec3:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800eca:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800ed1:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ed4:	eb 5f                	jmp    800f35 <udivmod64+0xb2>
		return ~0ULL;
  800ed6:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800edd:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800ee4:	85 db                	test   %ebx,%ebx
  800ee6:	0f 84 b7 00 00 00    	je     800fa3 <udivmod64+0x120>
			*rem = n;
  800eec:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800eef:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800ef2:	89 03                	mov    %eax,(%ebx)
  800ef4:	89 53 04             	mov    %edx,0x4(%ebx)
  800ef7:	e9 a7 00 00 00       	jmp    800fa3 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800efc:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800eff:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800f02:	85 db                	test   %ebx,%ebx
  800f04:	74 12                	je     800f18 <udivmod64+0x95>
			*rem = n32 % d32;
  800f06:	89 c8                	mov    %ecx,%eax
  800f08:	ba 00 00 00 00       	mov    $0x0,%edx
  800f0d:	f7 f6                	div    %esi
  800f0f:	89 13                	mov    %edx,(%ebx)
  800f11:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800f18:	89 c8                	mov    %ecx,%eax
  800f1a:	ba 00 00 00 00       	mov    $0x0,%edx
  800f1f:	f7 f6                	div    %esi
  800f21:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800f24:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800f2b:	eb 76                	jmp    800fa3 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800f2d:	83 e9 01             	sub    $0x1,%ecx
  800f30:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800f33:	74 62                	je     800f97 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800f35:	89 f0                	mov    %esi,%eax
  800f37:	89 fa                	mov    %edi,%edx
  800f39:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800f3d:	01 c0                	add    %eax,%eax
  800f3f:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800f42:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800f45:	0f ad fe             	shrd   %cl,%edi,%esi
  800f48:	d3 ef                	shr    %cl,%edi
  800f4a:	f6 c1 20             	test   $0x20,%cl
  800f4d:	74 04                	je     800f53 <udivmod64+0xd0>
  800f4f:	89 fe                	mov    %edi,%esi
  800f51:	31 ff                	xor    %edi,%edi
  800f53:	89 f7                	mov    %esi,%edi
  800f55:	83 e7 01             	and    $0x1,%edi
  800f58:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800f5b:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800f62:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800f65:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800f68:	09 c6                	or     %eax,%esi
  800f6a:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800f6c:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800f6f:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800f72:	39 c6                	cmp    %eax,%esi
  800f74:	89 fb                	mov    %edi,%ebx
  800f76:	19 d3                	sbb    %edx,%ebx
  800f78:	72 b3                	jb     800f2d <udivmod64+0xaa>
			r -= d;
  800f7a:	29 c6                	sub    %eax,%esi
  800f7c:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800f7e:	31 c0                	xor    %eax,%eax
  800f80:	31 d2                	xor    %edx,%edx
  800f82:	f6 c1 20             	test   $0x20,%cl
  800f85:	0f 94 c0             	sete   %al
  800f88:	0f 95 c2             	setne  %dl
  800f8b:	d3 e0                	shl    %cl,%eax
  800f8d:	d3 e2                	shl    %cl,%edx
  800f8f:	09 45 d0             	or     %eax,-0x30(%ebp)
  800f92:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800f95:	eb 96                	jmp    800f2d <udivmod64+0xaa>
		}
	}
	if (rem)
  800f97:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f9a:	85 db                	test   %ebx,%ebx
  800f9c:	74 05                	je     800fa3 <udivmod64+0x120>
		*rem = r;
  800f9e:	89 33                	mov    %esi,(%ebx)
  800fa0:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800fa3:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800fa6:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800fa9:	83 c4 24             	add    $0x24,%esp
  800fac:	5b                   	pop    %ebx
  800fad:	5e                   	pop    %esi
  800fae:	5f                   	pop    %edi
  800faf:	5d                   	pop    %ebp
  800fb0:	c3                   	ret

00800fb1 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800fb1:	55                   	push   %ebp
  800fb2:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800fb4:	83 ec 04             	sub    $0x4,%esp
  800fb7:	6a 00                	push   $0x0
  800fb9:	ff 75 14             	push   0x14(%ebp)
  800fbc:	ff 75 10             	push   0x10(%ebp)
  800fbf:	8b 45 08             	mov    0x8(%ebp),%eax
  800fc2:	8b 55 0c             	mov    0xc(%ebp),%edx
  800fc5:	e8 b9 fe ff ff       	call   800e83 <udivmod64>
}
  800fca:	c9                   	leave
  800fcb:	c3                   	ret

00800fcc <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800fcc:	55                   	push   %ebp
  800fcd:	89 e5                	mov    %esp,%ebp
  800fcf:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800fd2:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800fd5:	50                   	push   %eax
  800fd6:	ff 75 14             	push   0x14(%ebp)
  800fd9:	ff 75 10             	push   0x10(%ebp)
  800fdc:	8b 45 08             	mov    0x8(%ebp),%eax
  800fdf:	8b 55 0c             	mov    0xc(%ebp),%edx
  800fe2:	e8 9c fe ff ff       	call   800e83 <udivmod64>
	return r;
}
  800fe7:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800fea:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800fed:	c9                   	leave
  800fee:	c3                   	ret

00800fef <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800fef:	55                   	push   %ebp
  800ff0:	89 e5                	mov    %esp,%ebp
  800ff2:	57                   	push   %edi
  800ff3:	56                   	push   %esi
  800ff4:	53                   	push   %ebx
  800ff5:	83 ec 0c             	sub    $0xc,%esp
  800ff8:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800ffb:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800ffe:	8b 45 10             	mov    0x10(%ebp),%eax
  801001:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  801004:	89 ce                	mov    %ecx,%esi
  801006:	89 df                	mov    %ebx,%edi
  801008:	31 c6                	xor    %eax,%esi
  80100a:	31 d7                	xor    %edx,%edi
  80100c:	89 75 e8             	mov    %esi,-0x18(%ebp)
  80100f:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801012:	89 c6                	mov    %eax,%esi
  801014:	89 d7                	mov    %edx,%edi
  801016:	85 d2                	test   %edx,%edx
  801018:	78 25                	js     80103f <__divdi3+0x50>
  80101a:	89 c8                	mov    %ecx,%eax
  80101c:	89 da                	mov    %ebx,%edx
  80101e:	85 db                	test   %ebx,%ebx
  801020:	78 2a                	js     80104c <__divdi3+0x5d>
  801022:	83 ec 04             	sub    $0x4,%esp
  801025:	6a 00                	push   $0x0
  801027:	57                   	push   %edi
  801028:	56                   	push   %esi
  801029:	e8 55 fe ff ff       	call   800e83 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  80102e:	83 c4 10             	add    $0x10,%esp
  801031:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  801035:	78 1e                	js     801055 <__divdi3+0x66>
}
  801037:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80103a:	5b                   	pop    %ebx
  80103b:	5e                   	pop    %esi
  80103c:	5f                   	pop    %edi
  80103d:	5d                   	pop    %ebp
  80103e:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  80103f:	f7 d8                	neg    %eax
  801041:	83 d2 00             	adc    $0x0,%edx
  801044:	f7 da                	neg    %edx
  801046:	89 c6                	mov    %eax,%esi
  801048:	89 d7                	mov    %edx,%edi
  80104a:	eb ce                	jmp    80101a <__divdi3+0x2b>
  80104c:	f7 d8                	neg    %eax
  80104e:	83 d2 00             	adc    $0x0,%edx
  801051:	f7 da                	neg    %edx
  801053:	eb cd                	jmp    801022 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  801055:	f7 d8                	neg    %eax
  801057:	83 d2 00             	adc    $0x0,%edx
  80105a:	f7 da                	neg    %edx
  80105c:	eb d9                	jmp    801037 <__divdi3+0x48>

0080105e <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  80105e:	55                   	push   %ebp
  80105f:	89 e5                	mov    %esp,%ebp
  801061:	57                   	push   %edi
  801062:	56                   	push   %esi
  801063:	53                   	push   %ebx
  801064:	83 ec 14             	sub    $0x14,%esp
  801067:	8b 45 08             	mov    0x8(%ebp),%eax
  80106a:	8b 55 0c             	mov    0xc(%ebp),%edx
  80106d:	8b 4d 10             	mov    0x10(%ebp),%ecx
  801070:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  801073:	89 ce                	mov    %ecx,%esi
  801075:	89 df                	mov    %ebx,%edi
  801077:	85 db                	test   %ebx,%ebx
  801079:	78 23                	js     80109e <__moddi3+0x40>
  80107b:	85 d2                	test   %edx,%edx
  80107d:	78 28                	js     8010a7 <__moddi3+0x49>
  80107f:	83 ec 04             	sub    $0x4,%esp
  801082:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  801085:	51                   	push   %ecx
  801086:	57                   	push   %edi
  801087:	56                   	push   %esi
  801088:	e8 f6 fd ff ff       	call   800e83 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  80108d:	8b 45 e8             	mov    -0x18(%ebp),%eax
  801090:	8b 55 ec             	mov    -0x14(%ebp),%edx
  801093:	83 c4 10             	add    $0x10,%esp
}
  801096:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801099:	5b                   	pop    %ebx
  80109a:	5e                   	pop    %esi
  80109b:	5f                   	pop    %edi
  80109c:	5d                   	pop    %ebp
  80109d:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  80109e:	f7 de                	neg    %esi
  8010a0:	83 d7 00             	adc    $0x0,%edi
  8010a3:	f7 df                	neg    %edi
  8010a5:	eb d4                	jmp    80107b <__moddi3+0x1d>
  8010a7:	f7 d8                	neg    %eax
  8010a9:	83 d2 00             	adc    $0x0,%edx
  8010ac:	f7 da                	neg    %edx
  8010ae:	83 ec 04             	sub    $0x4,%esp
  8010b1:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  8010b4:	51                   	push   %ecx
  8010b5:	57                   	push   %edi
  8010b6:	56                   	push   %esi
  8010b7:	e8 c7 fd ff ff       	call   800e83 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  8010bc:	8b 45 e8             	mov    -0x18(%ebp),%eax
  8010bf:	8b 55 ec             	mov    -0x14(%ebp),%edx
  8010c2:	f7 d8                	neg    %eax
  8010c4:	83 d2 00             	adc    $0x0,%edx
  8010c7:	f7 da                	neg    %edx
  8010c9:	83 c4 10             	add    $0x10,%esp
  8010cc:	eb c8                	jmp    801096 <__moddi3+0x38>

008010ce <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  8010ce:	55                   	push   %ebp
  8010cf:	89 e5                	mov    %esp,%ebp
  8010d1:	57                   	push   %edi
  8010d2:	56                   	push   %esi
  8010d3:	53                   	push   %ebx
	asm volatile("int %1\n"
  8010d4:	b8 00 00 00 00       	mov    $0x0,%eax
  8010d9:	8b 55 08             	mov    0x8(%ebp),%edx
  8010dc:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010df:	89 c3                	mov    %eax,%ebx
  8010e1:	89 c7                	mov    %eax,%edi
  8010e3:	89 c6                	mov    %eax,%esi
  8010e5:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  8010e7:	5b                   	pop    %ebx
  8010e8:	5e                   	pop    %esi
  8010e9:	5f                   	pop    %edi
  8010ea:	5d                   	pop    %ebp
  8010eb:	c3                   	ret

008010ec <sys_cgetc>:

int
sys_cgetc(void)
{
  8010ec:	55                   	push   %ebp
  8010ed:	89 e5                	mov    %esp,%ebp
  8010ef:	57                   	push   %edi
  8010f0:	56                   	push   %esi
  8010f1:	53                   	push   %ebx
	asm volatile("int %1\n"
  8010f2:	ba 00 00 00 00       	mov    $0x0,%edx
  8010f7:	b8 01 00 00 00       	mov    $0x1,%eax
  8010fc:	89 d1                	mov    %edx,%ecx
  8010fe:	89 d3                	mov    %edx,%ebx
  801100:	89 d7                	mov    %edx,%edi
  801102:	89 d6                	mov    %edx,%esi
  801104:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  801106:	5b                   	pop    %ebx
  801107:	5e                   	pop    %esi
  801108:	5f                   	pop    %edi
  801109:	5d                   	pop    %ebp
  80110a:	c3                   	ret

0080110b <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  80110b:	55                   	push   %ebp
  80110c:	89 e5                	mov    %esp,%ebp
  80110e:	57                   	push   %edi
  80110f:	56                   	push   %esi
  801110:	53                   	push   %ebx
  801111:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801114:	b9 00 00 00 00       	mov    $0x0,%ecx
  801119:	8b 55 08             	mov    0x8(%ebp),%edx
  80111c:	b8 03 00 00 00       	mov    $0x3,%eax
  801121:	89 cb                	mov    %ecx,%ebx
  801123:	89 cf                	mov    %ecx,%edi
  801125:	89 ce                	mov    %ecx,%esi
  801127:	cd 30                	int    $0x30
	if (check && ret > 0)
  801129:	85 c0                	test   %eax,%eax
  80112b:	7f 08                	jg     801135 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  80112d:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801130:	5b                   	pop    %ebx
  801131:	5e                   	pop    %esi
  801132:	5f                   	pop    %edi
  801133:	5d                   	pop    %ebp
  801134:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801135:	83 ec 0c             	sub    $0xc,%esp
  801138:	50                   	push   %eax
  801139:	6a 03                	push   $0x3
  80113b:	68 a4 17 80 00       	push   $0x8017a4
  801140:	6a 1f                	push   $0x1f
  801142:	68 c1 17 80 00       	push   $0x8017c1
  801147:	e8 f0 f1 ff ff       	call   80033c <_panic>

0080114c <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  80114c:	55                   	push   %ebp
  80114d:	89 e5                	mov    %esp,%ebp
  80114f:	57                   	push   %edi
  801150:	56                   	push   %esi
  801151:	53                   	push   %ebx
	asm volatile("int %1\n"
  801152:	ba 00 00 00 00       	mov    $0x0,%edx
  801157:	b8 02 00 00 00       	mov    $0x2,%eax
  80115c:	89 d1                	mov    %edx,%ecx
  80115e:	89 d3                	mov    %edx,%ebx
  801160:	89 d7                	mov    %edx,%edi
  801162:	89 d6                	mov    %edx,%esi
  801164:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  801166:	5b                   	pop    %ebx
  801167:	5e                   	pop    %esi
  801168:	5f                   	pop    %edi
  801169:	5d                   	pop    %ebp
  80116a:	c3                   	ret

0080116b <sys_yield>:

void
sys_yield(void)
{
  80116b:	55                   	push   %ebp
  80116c:	89 e5                	mov    %esp,%ebp
  80116e:	57                   	push   %edi
  80116f:	56                   	push   %esi
  801170:	53                   	push   %ebx
	asm volatile("int %1\n"
  801171:	ba 00 00 00 00       	mov    $0x0,%edx
  801176:	b8 0a 00 00 00       	mov    $0xa,%eax
  80117b:	89 d1                	mov    %edx,%ecx
  80117d:	89 d3                	mov    %edx,%ebx
  80117f:	89 d7                	mov    %edx,%edi
  801181:	89 d6                	mov    %edx,%esi
  801183:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  801185:	5b                   	pop    %ebx
  801186:	5e                   	pop    %esi
  801187:	5f                   	pop    %edi
  801188:	5d                   	pop    %ebp
  801189:	c3                   	ret

0080118a <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  80118a:	55                   	push   %ebp
  80118b:	89 e5                	mov    %esp,%ebp
  80118d:	57                   	push   %edi
  80118e:	56                   	push   %esi
  80118f:	53                   	push   %ebx
  801190:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801193:	be 00 00 00 00       	mov    $0x0,%esi
  801198:	8b 55 08             	mov    0x8(%ebp),%edx
  80119b:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80119e:	b8 04 00 00 00       	mov    $0x4,%eax
  8011a3:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8011a6:	89 f7                	mov    %esi,%edi
  8011a8:	cd 30                	int    $0x30
	if (check && ret > 0)
  8011aa:	85 c0                	test   %eax,%eax
  8011ac:	7f 08                	jg     8011b6 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  8011ae:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8011b1:	5b                   	pop    %ebx
  8011b2:	5e                   	pop    %esi
  8011b3:	5f                   	pop    %edi
  8011b4:	5d                   	pop    %ebp
  8011b5:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8011b6:	83 ec 0c             	sub    $0xc,%esp
  8011b9:	50                   	push   %eax
  8011ba:	6a 04                	push   $0x4
  8011bc:	68 a4 17 80 00       	push   $0x8017a4
  8011c1:	6a 1f                	push   $0x1f
  8011c3:	68 c1 17 80 00       	push   $0x8017c1
  8011c8:	e8 6f f1 ff ff       	call   80033c <_panic>

008011cd <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  8011cd:	55                   	push   %ebp
  8011ce:	89 e5                	mov    %esp,%ebp
  8011d0:	57                   	push   %edi
  8011d1:	56                   	push   %esi
  8011d2:	53                   	push   %ebx
  8011d3:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8011d6:	8b 55 08             	mov    0x8(%ebp),%edx
  8011d9:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8011dc:	b8 05 00 00 00       	mov    $0x5,%eax
  8011e1:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8011e4:	8b 7d 14             	mov    0x14(%ebp),%edi
  8011e7:	8b 75 18             	mov    0x18(%ebp),%esi
  8011ea:	cd 30                	int    $0x30
	if (check && ret > 0)
  8011ec:	85 c0                	test   %eax,%eax
  8011ee:	7f 08                	jg     8011f8 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  8011f0:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8011f3:	5b                   	pop    %ebx
  8011f4:	5e                   	pop    %esi
  8011f5:	5f                   	pop    %edi
  8011f6:	5d                   	pop    %ebp
  8011f7:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8011f8:	83 ec 0c             	sub    $0xc,%esp
  8011fb:	50                   	push   %eax
  8011fc:	6a 05                	push   $0x5
  8011fe:	68 a4 17 80 00       	push   $0x8017a4
  801203:	6a 1f                	push   $0x1f
  801205:	68 c1 17 80 00       	push   $0x8017c1
  80120a:	e8 2d f1 ff ff       	call   80033c <_panic>

0080120f <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  80120f:	55                   	push   %ebp
  801210:	89 e5                	mov    %esp,%ebp
  801212:	57                   	push   %edi
  801213:	56                   	push   %esi
  801214:	53                   	push   %ebx
  801215:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801218:	bb 00 00 00 00       	mov    $0x0,%ebx
  80121d:	8b 55 08             	mov    0x8(%ebp),%edx
  801220:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801223:	b8 06 00 00 00       	mov    $0x6,%eax
  801228:	89 df                	mov    %ebx,%edi
  80122a:	89 de                	mov    %ebx,%esi
  80122c:	cd 30                	int    $0x30
	if (check && ret > 0)
  80122e:	85 c0                	test   %eax,%eax
  801230:	7f 08                	jg     80123a <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  801232:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801235:	5b                   	pop    %ebx
  801236:	5e                   	pop    %esi
  801237:	5f                   	pop    %edi
  801238:	5d                   	pop    %ebp
  801239:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80123a:	83 ec 0c             	sub    $0xc,%esp
  80123d:	50                   	push   %eax
  80123e:	6a 06                	push   $0x6
  801240:	68 a4 17 80 00       	push   $0x8017a4
  801245:	6a 1f                	push   $0x1f
  801247:	68 c1 17 80 00       	push   $0x8017c1
  80124c:	e8 eb f0 ff ff       	call   80033c <_panic>

00801251 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  801251:	55                   	push   %ebp
  801252:	89 e5                	mov    %esp,%ebp
  801254:	57                   	push   %edi
  801255:	56                   	push   %esi
  801256:	53                   	push   %ebx
  801257:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80125a:	bb 00 00 00 00       	mov    $0x0,%ebx
  80125f:	8b 55 08             	mov    0x8(%ebp),%edx
  801262:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801265:	b8 08 00 00 00       	mov    $0x8,%eax
  80126a:	89 df                	mov    %ebx,%edi
  80126c:	89 de                	mov    %ebx,%esi
  80126e:	cd 30                	int    $0x30
	if (check && ret > 0)
  801270:	85 c0                	test   %eax,%eax
  801272:	7f 08                	jg     80127c <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  801274:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801277:	5b                   	pop    %ebx
  801278:	5e                   	pop    %esi
  801279:	5f                   	pop    %edi
  80127a:	5d                   	pop    %ebp
  80127b:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80127c:	83 ec 0c             	sub    $0xc,%esp
  80127f:	50                   	push   %eax
  801280:	6a 08                	push   $0x8
  801282:	68 a4 17 80 00       	push   $0x8017a4
  801287:	6a 1f                	push   $0x1f
  801289:	68 c1 17 80 00       	push   $0x8017c1
  80128e:	e8 a9 f0 ff ff       	call   80033c <_panic>

00801293 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  801293:	55                   	push   %ebp
  801294:	89 e5                	mov    %esp,%ebp
  801296:	57                   	push   %edi
  801297:	56                   	push   %esi
  801298:	53                   	push   %ebx
  801299:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80129c:	bb 00 00 00 00       	mov    $0x0,%ebx
  8012a1:	8b 55 08             	mov    0x8(%ebp),%edx
  8012a4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8012a7:	b8 09 00 00 00       	mov    $0x9,%eax
  8012ac:	89 df                	mov    %ebx,%edi
  8012ae:	89 de                	mov    %ebx,%esi
  8012b0:	cd 30                	int    $0x30
	if (check && ret > 0)
  8012b2:	85 c0                	test   %eax,%eax
  8012b4:	7f 08                	jg     8012be <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  8012b6:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8012b9:	5b                   	pop    %ebx
  8012ba:	5e                   	pop    %esi
  8012bb:	5f                   	pop    %edi
  8012bc:	5d                   	pop    %ebp
  8012bd:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8012be:	83 ec 0c             	sub    $0xc,%esp
  8012c1:	50                   	push   %eax
  8012c2:	6a 09                	push   $0x9
  8012c4:	68 a4 17 80 00       	push   $0x8017a4
  8012c9:	6a 1f                	push   $0x1f
  8012cb:	68 c1 17 80 00       	push   $0x8017c1
  8012d0:	e8 67 f0 ff ff       	call   80033c <_panic>

008012d5 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8012d5:	55                   	push   %ebp
  8012d6:	89 e5                	mov    %esp,%ebp
  8012d8:	57                   	push   %edi
  8012d9:	56                   	push   %esi
  8012da:	53                   	push   %ebx
	asm volatile("int %1\n"
  8012db:	8b 55 08             	mov    0x8(%ebp),%edx
  8012de:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8012e1:	b8 0b 00 00 00       	mov    $0xb,%eax
  8012e6:	be 00 00 00 00       	mov    $0x0,%esi
  8012eb:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8012ee:	8b 7d 14             	mov    0x14(%ebp),%edi
  8012f1:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8012f3:	5b                   	pop    %ebx
  8012f4:	5e                   	pop    %esi
  8012f5:	5f                   	pop    %edi
  8012f6:	5d                   	pop    %ebp
  8012f7:	c3                   	ret

008012f8 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8012f8:	55                   	push   %ebp
  8012f9:	89 e5                	mov    %esp,%ebp
  8012fb:	57                   	push   %edi
  8012fc:	56                   	push   %esi
  8012fd:	53                   	push   %ebx
  8012fe:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801301:	b9 00 00 00 00       	mov    $0x0,%ecx
  801306:	8b 55 08             	mov    0x8(%ebp),%edx
  801309:	b8 0c 00 00 00       	mov    $0xc,%eax
  80130e:	89 cb                	mov    %ecx,%ebx
  801310:	89 cf                	mov    %ecx,%edi
  801312:	89 ce                	mov    %ecx,%esi
  801314:	cd 30                	int    $0x30
	if (check && ret > 0)
  801316:	85 c0                	test   %eax,%eax
  801318:	7f 08                	jg     801322 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  80131a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80131d:	5b                   	pop    %ebx
  80131e:	5e                   	pop    %esi
  80131f:	5f                   	pop    %edi
  801320:	5d                   	pop    %ebp
  801321:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801322:	83 ec 0c             	sub    $0xc,%esp
  801325:	50                   	push   %eax
  801326:	6a 0c                	push   $0xc
  801328:	68 a4 17 80 00       	push   $0x8017a4
  80132d:	6a 1f                	push   $0x1f
  80132f:	68 c1 17 80 00       	push   $0x8017c1
  801334:	e8 03 f0 ff ff       	call   80033c <_panic>

00801339 <set_pgfault_handler>:
// Read by _pgfault_upcall; 0 until a handler is installed.
void (*_pgfault_handler)(struct UTrapframe *utf);

void
set_pgfault_handler(void (*handler)(struct UTrapframe *utf))
{
  801339:	55                   	push   %ebp
  80133a:	89 e5                	mov    %esp,%ebp
  80133c:	83 ec 08             	sub    $0x8,%esp
	int r;

	if (_pgfault_handler == 0) {
  80133f:	83 3d ac 40 80 00 00 	cmpl   $0x0,0x8040ac
  801346:	74 0a                	je     801352 <set_pgfault_handler+0x19>
			panic("set_pgfault_handler: upcall: %e", r);
	}

	// Swapping handlers later needs no kernel call: the upcall always
	// goes through this pointer.
	_pgfault_handler = handler;
  801348:	8b 45 08             	mov    0x8(%ebp),%eax
  80134b:	a3 ac 40 80 00       	mov    %eax,0x8040ac
}
  801350:	c9                   	leave
  801351:	c3                   	ret
		if ((r = sys_page_alloc(0, (void *) (UXSTACKTOP - PGSIZE),
  801352:	83 ec 04             	sub    $0x4,%esp
  801355:	6a 07                	push   $0x7
  801357:	68 00 f0 bf ee       	push   $0xeebff000
  80135c:	6a 00                	push   $0x0
  80135e:	e8 27 fe ff ff       	call   80118a <sys_page_alloc>
  801363:	83 c4 10             	add    $0x10,%esp
  801366:	85 c0                	test   %eax,%eax
  801368:	78 28                	js     801392 <set_pgfault_handler+0x59>
		if ((r = sys_env_set_pgfault_upcall(0, _pgfault_upcall)) < 0)
  80136a:	83 ec 08             	sub    $0x8,%esp
  80136d:	68 a4 13 80 00       	push   $0x8013a4
  801372:	6a 00                	push   $0x0
  801374:	e8 1a ff ff ff       	call   801293 <sys_env_set_pgfault_upcall>
  801379:	83 c4 10             	add    $0x10,%esp
  80137c:	85 c0                	test   %eax,%eax
  80137e:	79 c8                	jns    801348 <set_pgfault_handler+0xf>
			panic("set_pgfault_handler: upcall: %e", r);
  801380:	50                   	push   %eax
  801381:	68 fc 17 80 00       	push   $0x8017fc
  801386:	6a 1a                	push   $0x1a
  801388:	68 1c 18 80 00       	push   $0x80181c
  80138d:	e8 aa ef ff ff       	call   80033c <_panic>
			panic("set_pgfault_handler: exception stack: %e", r);
  801392:	50                   	push   %eax
  801393:	68 d0 17 80 00       	push   $0x8017d0
  801398:	6a 18                	push   $0x18
  80139a:	68 1c 18 80 00       	push   $0x80181c
  80139f:	e8 98 ef ff ff       	call   80033c <_panic>

008013a4 <_pgfault_upcall>:

.text
.globl _pgfault_upcall
_pgfault_upcall:
	// Call the C handler with a pointer to the UTrapframe.
	pushl %esp
  8013a4:	54                   	push   %esp
	movl _pgfault_handler, %eax
  8013a5:	a1 ac 40 80 00       	mov    0x8040ac,%eax
	call *%eax
  8013aa:	ff d0                	call   *%eax
	addl $4, %esp
  8013ac:	83 c4 04             	add    $0x4,%esp

	// Push the trap-time eip onto the trap-time stack: store it one
	// word below utf_esp and make utf_esp point at it.
	movl 40(%esp), %eax
  8013af:	8b 44 24 28          	mov    0x28(%esp),%eax
	movl 48(%esp), %edx
  8013b3:	8b 54 24 30          	mov    0x30(%esp),%edx
	subl $4, %edx
  8013b7:	83 ea 04             	sub    $0x4,%edx
	movl %eax, (%edx)
  8013ba:	89 02                	mov    %eax,(%edx)
	movl %edx, 48(%esp)
  8013bc:	89 54 24 30          	mov    %edx,0x30(%esp)

	// Restore the general registers.
	addl $8, %esp		// skip utf_fault_va and utf_err
  8013c0:	83 c4 08             	add    $0x8,%esp
	popal
  8013c3:	61                   	popa

	// Restore eflags.  Skip utf_eip first: from popfl on, no arithmetic
	// instruction may run, or it would change the restored flags.
	addl $4, %esp
  8013c4:	83 c4 04             	add    $0x4,%esp
	popfl
  8013c7:	9d                   	popf

	// Switch back to the trap-time stack (now holding the eip) ...
	popl %esp
  8013c8:	5c                   	pop    %esp

	// ... and return to the faulting instruction.
	ret
  8013c9:	c3                   	ret
