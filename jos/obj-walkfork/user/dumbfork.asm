
obj-walkfork/user/dumbfork:     file format elf32-i386


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
  80002c:	e8 a3 01 00 00       	call   8001d4 <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <duppage>:

// Give dstenv a fresh page at addr holding a copy of our page at addr.
// To fill it, we map it temporarily at UTEMP in our own address space.
static void
duppage(envid_t dstenv, void *addr)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	56                   	push   %esi
  800037:	53                   	push   %ebx
  800038:	89 c6                	mov    %eax,%esi
  80003a:	89 d3                	mov    %edx,%ebx
	int r;

	if ((r = sys_page_alloc(dstenv, addr, PTE_P|PTE_U|PTE_W)) < 0)
  80003c:	83 ec 04             	sub    $0x4,%esp
  80003f:	6a 07                	push   $0x7
  800041:	52                   	push   %edx
  800042:	50                   	push   %eax
  800043:	e8 32 10 00 00       	call   80107a <sys_page_alloc>
  800048:	83 c4 10             	add    $0x10,%esp
  80004b:	85 c0                	test   %eax,%eax
  80004d:	78 4a                	js     800099 <duppage+0x66>
		panic("sys_page_alloc: %e", r);
	if ((r = sys_page_map(dstenv, addr, 0, UTEMP, PTE_P|PTE_U|PTE_W)) < 0)
  80004f:	83 ec 0c             	sub    $0xc,%esp
  800052:	6a 07                	push   $0x7
  800054:	68 00 00 40 00       	push   $0x400000
  800059:	6a 00                	push   $0x0
  80005b:	53                   	push   %ebx
  80005c:	56                   	push   %esi
  80005d:	e8 5b 10 00 00       	call   8010bd <sys_page_map>
  800062:	83 c4 20             	add    $0x20,%esp
  800065:	85 c0                	test   %eax,%eax
  800067:	78 42                	js     8000ab <duppage+0x78>
		panic("sys_page_map: %e", r);
	memmove(UTEMP, addr, PGSIZE);
  800069:	83 ec 04             	sub    $0x4,%esp
  80006c:	68 00 10 00 00       	push   $0x1000
  800071:	53                   	push   %ebx
  800072:	68 00 00 40 00       	push   $0x400000
  800077:	e8 40 0b 00 00       	call   800bbc <memmove>
	if ((r = sys_page_unmap(0, UTEMP)) < 0)
  80007c:	83 c4 08             	add    $0x8,%esp
  80007f:	68 00 00 40 00       	push   $0x400000
  800084:	6a 00                	push   $0x0
  800086:	e8 74 10 00 00       	call   8010ff <sys_page_unmap>
  80008b:	83 c4 10             	add    $0x10,%esp
  80008e:	85 c0                	test   %eax,%eax
  800090:	78 2b                	js     8000bd <duppage+0x8a>
		panic("sys_page_unmap: %e", r);
}
  800092:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800095:	5b                   	pop    %ebx
  800096:	5e                   	pop    %esi
  800097:	5d                   	pop    %ebp
  800098:	c3                   	ret
		panic("sys_page_alloc: %e", r);
  800099:	50                   	push   %eax
  80009a:	68 40 12 80 00       	push   $0x801240
  80009f:	6a 22                	push   $0x22
  8000a1:	68 53 12 80 00       	push   $0x801253
  8000a6:	e8 81 01 00 00       	call   80022c <_panic>
		panic("sys_page_map: %e", r);
  8000ab:	50                   	push   %eax
  8000ac:	68 63 12 80 00       	push   $0x801263
  8000b1:	6a 24                	push   $0x24
  8000b3:	68 53 12 80 00       	push   $0x801253
  8000b8:	e8 6f 01 00 00       	call   80022c <_panic>
		panic("sys_page_unmap: %e", r);
  8000bd:	50                   	push   %eax
  8000be:	68 74 12 80 00       	push   $0x801274
  8000c3:	6a 27                	push   $0x27
  8000c5:	68 53 12 80 00       	push   $0x801253
  8000ca:	e8 5d 01 00 00       	call   80022c <_panic>

008000cf <dumbfork>:

envid_t
dumbfork(void)
{
  8000cf:	55                   	push   %ebp
  8000d0:	89 e5                	mov    %esp,%ebp
  8000d2:	53                   	push   %ebx
  8000d3:	83 ec 14             	sub    $0x14,%esp
// real call, the return address the child pops could already be stale.
static inline envid_t __attribute__((always_inline))
sys_exofork(void)
{
	envid_t ret;
	asm volatile("int %2"
  8000d6:	b8 07 00 00 00       	mov    $0x7,%eax
  8000db:	cd 30                	int    $0x30
  8000dd:	89 c3                	mov    %eax,%ebx
	extern unsigned char end[];

	// The child starts as a blank environment whose registers are a
	// copy of ours at the system call, with %eax = 0.
	envid = sys_exofork();
	if (envid < 0)
  8000df:	85 c0                	test   %eax,%eax
  8000e1:	78 5e                	js     800141 <dumbfork+0x72>
		panic("sys_exofork: %e", envid);
	if (envid == 0) {
  8000e3:	74 6e                	je     800153 <dumbfork+0x84>
		return 0;
	}

	// We're the parent.  Copy the program image (text, data, bss:
	// everything from UTEXT up to the linker's 'end') ...
	for (addr = (uint8_t*) UTEXT; addr < end; addr += PGSIZE)
  8000e5:	c7 45 f4 00 00 80 00 	movl   $0x800000,-0xc(%ebp)
  8000ec:	b8 00 40 80 00       	mov    $0x804000,%eax
  8000f1:	3d 00 00 80 00       	cmp    $0x800000,%eax
  8000f6:	76 20                	jbe    800118 <dumbfork+0x49>
  8000f8:	ba 00 00 80 00       	mov    $0x800000,%edx
		duppage(envid, addr);
  8000fd:	89 d8                	mov    %ebx,%eax
  8000ff:	e8 2f ff ff ff       	call   800033 <duppage>
	for (addr = (uint8_t*) UTEXT; addr < end; addr += PGSIZE)
  800104:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800107:	8d 90 00 10 00 00    	lea    0x1000(%eax),%edx
  80010d:	89 55 f4             	mov    %edx,-0xc(%ebp)
  800110:	81 fa 00 40 80 00    	cmp    $0x804000,%edx
  800116:	72 e5                	jb     8000fd <dumbfork+0x2e>

	// ... and the page of the stack we are running on.
	duppage(envid, ROUNDDOWN(&addr, PGSIZE));
  800118:	8d 55 f4             	lea    -0xc(%ebp),%edx
  80011b:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
  800121:	89 d8                	mov    %ebx,%eax
  800123:	e8 0b ff ff ff       	call   800033 <duppage>

	// The child is complete: let it run.
	if ((r = sys_env_set_status(envid, ENV_RUNNABLE)) < 0)
  800128:	83 ec 08             	sub    $0x8,%esp
  80012b:	6a 02                	push   $0x2
  80012d:	53                   	push   %ebx
  80012e:	e8 0e 10 00 00       	call   801141 <sys_env_set_status>
  800133:	83 c4 10             	add    $0x10,%esp
  800136:	85 c0                	test   %eax,%eax
  800138:	78 32                	js     80016c <dumbfork+0x9d>
		panic("sys_env_set_status: %e", r);

	return envid;
}
  80013a:	89 d8                	mov    %ebx,%eax
  80013c:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80013f:	c9                   	leave
  800140:	c3                   	ret
		panic("sys_exofork: %e", envid);
  800141:	50                   	push   %eax
  800142:	68 87 12 80 00       	push   $0x801287
  800147:	6a 36                	push   $0x36
  800149:	68 53 12 80 00       	push   $0x801253
  80014e:	e8 d9 00 00 00       	call   80022c <_panic>
		thisenv = &envs[ENVX(sys_getenvid())];
  800153:	e8 e4 0e 00 00       	call   80103c <sys_getenvid>
  800158:	25 ff 03 00 00       	and    $0x3ff,%eax
  80015d:	6b c0 7c             	imul   $0x7c,%eax,%eax
  800160:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  800165:	a3 00 30 80 00       	mov    %eax,0x803000
		return 0;
  80016a:	eb ce                	jmp    80013a <dumbfork+0x6b>
		panic("sys_env_set_status: %e", r);
  80016c:	50                   	push   %eax
  80016d:	68 97 12 80 00       	push   $0x801297
  800172:	6a 48                	push   $0x48
  800174:	68 53 12 80 00       	push   $0x801253
  800179:	e8 ae 00 00 00       	call   80022c <_panic>

0080017e <umain>:
{
  80017e:	55                   	push   %ebp
  80017f:	89 e5                	mov    %esp,%ebp
  800181:	57                   	push   %edi
  800182:	56                   	push   %esi
  800183:	53                   	push   %ebx
  800184:	83 ec 0c             	sub    $0xc,%esp
	who = dumbfork();
  800187:	e8 43 ff ff ff       	call   8000cf <dumbfork>
  80018c:	89 c6                	mov    %eax,%esi
	for (i = 0; i < (who ? 10 : 20); i++) {
  80018e:	85 c0                	test   %eax,%eax
  800190:	bf ae 12 80 00       	mov    $0x8012ae,%edi
  800195:	b8 b5 12 80 00       	mov    $0x8012b5,%eax
  80019a:	0f 44 f8             	cmove  %eax,%edi
  80019d:	bb 00 00 00 00       	mov    $0x0,%ebx
  8001a2:	eb 1f                	jmp    8001c3 <umain+0x45>
  8001a4:	83 fb 13             	cmp    $0x13,%ebx
  8001a7:	7f 23                	jg     8001cc <umain+0x4e>
		cprintf("%d: I am the %s!\n", i, who ? "parent" : "child");
  8001a9:	83 ec 04             	sub    $0x4,%esp
  8001ac:	57                   	push   %edi
  8001ad:	53                   	push   %ebx
  8001ae:	68 bb 12 80 00       	push   $0x8012bb
  8001b3:	e8 e9 07 00 00       	call   8009a1 <cprintf>
		sys_yield();
  8001b8:	e8 9e 0e 00 00       	call   80105b <sys_yield>
	for (i = 0; i < (who ? 10 : 20); i++) {
  8001bd:	83 c3 01             	add    $0x1,%ebx
  8001c0:	83 c4 10             	add    $0x10,%esp
  8001c3:	85 f6                	test   %esi,%esi
  8001c5:	74 dd                	je     8001a4 <umain+0x26>
  8001c7:	83 fb 09             	cmp    $0x9,%ebx
  8001ca:	7e dd                	jle    8001a9 <umain+0x2b>
}
  8001cc:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8001cf:	5b                   	pop    %ebx
  8001d0:	5e                   	pop    %esi
  8001d1:	5f                   	pop    %edi
  8001d2:	5d                   	pop    %ebp
  8001d3:	c3                   	ret

008001d4 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8001d4:	55                   	push   %ebp
  8001d5:	89 e5                	mov    %esp,%ebp
  8001d7:	56                   	push   %esi
  8001d8:	53                   	push   %ebx
  8001d9:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8001dc:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  8001df:	e8 58 0e 00 00       	call   80103c <sys_getenvid>
  8001e4:	25 ff 03 00 00       	and    $0x3ff,%eax
  8001e9:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8001ec:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8001f1:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  8001f6:	85 db                	test   %ebx,%ebx
  8001f8:	7e 07                	jle    800201 <libmain+0x2d>
		binaryname = argv[0];
  8001fa:	8b 06                	mov    (%esi),%eax
  8001fc:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800201:	83 ec 08             	sub    $0x8,%esp
  800204:	56                   	push   %esi
  800205:	53                   	push   %ebx
  800206:	e8 73 ff ff ff       	call   80017e <umain>

	exit();
  80020b:	e8 0a 00 00 00       	call   80021a <exit>
}
  800210:	83 c4 10             	add    $0x10,%esp
  800213:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800216:	5b                   	pop    %ebx
  800217:	5e                   	pop    %esi
  800218:	5d                   	pop    %ebp
  800219:	c3                   	ret

0080021a <exit>:

#include <inc/lib.h>

void
exit(void)
{
  80021a:	55                   	push   %ebp
  80021b:	89 e5                	mov    %esp,%ebp
  80021d:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800220:	6a 00                	push   $0x0
  800222:	e8 d4 0d 00 00       	call   800ffb <sys_env_destroy>
}
  800227:	83 c4 10             	add    $0x10,%esp
  80022a:	c9                   	leave
  80022b:	c3                   	ret

0080022c <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  80022c:	55                   	push   %ebp
  80022d:	89 e5                	mov    %esp,%ebp
  80022f:	56                   	push   %esi
  800230:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800231:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800234:	8b 35 00 20 80 00    	mov    0x802000,%esi
  80023a:	e8 fd 0d 00 00       	call   80103c <sys_getenvid>
  80023f:	83 ec 0c             	sub    $0xc,%esp
  800242:	ff 75 0c             	push   0xc(%ebp)
  800245:	ff 75 08             	push   0x8(%ebp)
  800248:	56                   	push   %esi
  800249:	50                   	push   %eax
  80024a:	68 d8 12 80 00       	push   $0x8012d8
  80024f:	e8 4d 07 00 00       	call   8009a1 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800254:	83 c4 18             	add    $0x18,%esp
  800257:	53                   	push   %ebx
  800258:	ff 75 10             	push   0x10(%ebp)
  80025b:	e8 56 00 00 00       	call   8002b6 <vcprintf>
	cprintf("\n");
  800260:	c7 04 24 cb 12 80 00 	movl   $0x8012cb,(%esp)
  800267:	e8 35 07 00 00       	call   8009a1 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  80026c:	cc                   	int3
  80026d:	83 c4 10             	add    $0x10,%esp
	for (;;)
  800270:	eb fe                	jmp    800270 <_panic+0x44>

00800272 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  800272:	55                   	push   %ebp
  800273:	89 e5                	mov    %esp,%ebp
  800275:	53                   	push   %ebx
  800276:	83 ec 04             	sub    $0x4,%esp
  800279:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  80027c:	8b 13                	mov    (%ebx),%edx
  80027e:	8d 42 01             	lea    0x1(%edx),%eax
  800281:	89 03                	mov    %eax,(%ebx)
  800283:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800286:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  80028a:	3d 00 01 00 00       	cmp    $0x100,%eax
  80028f:	74 09                	je     80029a <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  800291:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  800295:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800298:	c9                   	leave
  800299:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80029a:	83 ec 08             	sub    $0x8,%esp
  80029d:	68 00 01 00 00       	push   $0x100
  8002a2:	8d 43 08             	lea    0x8(%ebx),%eax
  8002a5:	50                   	push   %eax
  8002a6:	e8 13 0d 00 00       	call   800fbe <sys_cputs>
		b->idx = 0;
  8002ab:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8002b1:	83 c4 10             	add    $0x10,%esp
  8002b4:	eb db                	jmp    800291 <putch+0x1f>

008002b6 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8002b6:	55                   	push   %ebp
  8002b7:	89 e5                	mov    %esp,%ebp
  8002b9:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8002bf:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8002c6:	00 00 00 
	b.cnt = 0;
  8002c9:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8002d0:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8002d3:	ff 75 0c             	push   0xc(%ebp)
  8002d6:	ff 75 08             	push   0x8(%ebp)
  8002d9:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8002df:	50                   	push   %eax
  8002e0:	68 72 02 80 00       	push   $0x800272
  8002e5:	e8 64 00 00 00       	call   80034e <vprintfmt>
	if (b->idx > 0) {
  8002ea:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8002f0:	83 c4 10             	add    $0x10,%esp
  8002f3:	85 c0                	test   %eax,%eax
  8002f5:	7f 08                	jg     8002ff <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8002f7:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8002fd:	c9                   	leave
  8002fe:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8002ff:	83 ec 08             	sub    $0x8,%esp
  800302:	50                   	push   %eax
  800303:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  800309:	50                   	push   %eax
  80030a:	e8 af 0c 00 00       	call   800fbe <sys_cputs>
  80030f:	83 c4 10             	add    $0x10,%esp
  800312:	eb e3                	jmp    8002f7 <vcprintf+0x41>

00800314 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  800314:	55                   	push   %ebp
  800315:	89 e5                	mov    %esp,%ebp
  800317:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  80031a:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  80031e:	8b 10                	mov    (%eax),%edx
  800320:	3b 50 04             	cmp    0x4(%eax),%edx
  800323:	73 0a                	jae    80032f <sprintputch+0x1b>
		*b->buf++ = ch;
  800325:	8d 4a 01             	lea    0x1(%edx),%ecx
  800328:	89 08                	mov    %ecx,(%eax)
  80032a:	8b 45 08             	mov    0x8(%ebp),%eax
  80032d:	88 02                	mov    %al,(%edx)
}
  80032f:	5d                   	pop    %ebp
  800330:	c3                   	ret

00800331 <printfmt>:
{
  800331:	55                   	push   %ebp
  800332:	89 e5                	mov    %esp,%ebp
  800334:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800337:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  80033a:	50                   	push   %eax
  80033b:	ff 75 10             	push   0x10(%ebp)
  80033e:	ff 75 0c             	push   0xc(%ebp)
  800341:	ff 75 08             	push   0x8(%ebp)
  800344:	e8 05 00 00 00       	call   80034e <vprintfmt>
}
  800349:	83 c4 10             	add    $0x10,%esp
  80034c:	c9                   	leave
  80034d:	c3                   	ret

0080034e <vprintfmt>:
{
  80034e:	55                   	push   %ebp
  80034f:	89 e5                	mov    %esp,%ebp
  800351:	57                   	push   %edi
  800352:	56                   	push   %esi
  800353:	53                   	push   %ebx
  800354:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800357:	8b 45 10             	mov    0x10(%ebp),%eax
  80035a:	8d 58 01             	lea    0x1(%eax),%ebx
  80035d:	0f b6 00             	movzbl (%eax),%eax
  800360:	83 f8 25             	cmp    $0x25,%eax
  800363:	74 24                	je     800389 <vprintfmt+0x3b>
  800365:	8b 75 08             	mov    0x8(%ebp),%esi
  800368:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  80036b:	85 c0                	test   %eax,%eax
  80036d:	0f 84 d8 05 00 00    	je     80094b <vprintfmt+0x5fd>
			putch(ch, putdat);
  800373:	83 ec 08             	sub    $0x8,%esp
  800376:	57                   	push   %edi
  800377:	50                   	push   %eax
  800378:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80037a:	83 c3 01             	add    $0x1,%ebx
  80037d:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800381:	83 c4 10             	add    $0x10,%esp
  800384:	83 f8 25             	cmp    $0x25,%eax
  800387:	75 e2                	jne    80036b <vprintfmt+0x1d>
		padc = ' ';
  800389:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  80038d:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800392:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  800399:	b9 00 00 00 00       	mov    $0x0,%ecx
  80039e:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8003a0:	8d 53 01             	lea    0x1(%ebx),%edx
  8003a3:	0f b6 0b             	movzbl (%ebx),%ecx
  8003a6:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8003a9:	3c 55                	cmp    $0x55,%al
  8003ab:	0f 87 21 05 00 00    	ja     8008d2 <vprintfmt+0x584>
  8003b1:	0f b6 c0             	movzbl %al,%eax
  8003b4:	ff 24 85 c0 13 80 00 	jmp    *0x8013c0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8003bb:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8003be:	eb 97                	jmp    800357 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8003c0:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8003c2:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8003c6:	eb d8                	jmp    8003a0 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8003c8:	89 d3                	mov    %edx,%ebx
  8003ca:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8003ce:	eb d0                	jmp    8003a0 <vprintfmt+0x52>
  8003d0:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8003d3:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8003d6:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8003da:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8003dd:	83 f9 09             	cmp    $0x9,%ecx
  8003e0:	77 54                	ja     800436 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8003e2:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8003e5:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8003e8:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8003ec:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8003ef:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8003f2:	83 f9 09             	cmp    $0x9,%ecx
  8003f5:	76 eb                	jbe    8003e2 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8003f7:	89 d3                	mov    %edx,%ebx
  8003f9:	eb 0d                	jmp    800408 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8003fb:	8b 45 14             	mov    0x14(%ebp),%eax
  8003fe:	8b 38                	mov    (%eax),%edi
  800400:	8d 40 04             	lea    0x4(%eax),%eax
  800403:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800406:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  800408:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80040c:	79 92                	jns    8003a0 <vprintfmt+0x52>
				width = precision, precision = -1;
  80040e:	89 7d ac             	mov    %edi,-0x54(%ebp)
  800411:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  800416:	eb 88                	jmp    8003a0 <vprintfmt+0x52>
			if (width < 0)
  800418:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  80041b:	85 c9                	test   %ecx,%ecx
  80041d:	b8 00 00 00 00       	mov    $0x0,%eax
  800422:	0f 49 c1             	cmovns %ecx,%eax
  800425:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800428:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80042a:	e9 71 ff ff ff       	jmp    8003a0 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80042f:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800431:	e9 6a ff ff ff       	jmp    8003a0 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800436:	89 d3                	mov    %edx,%ebx
  800438:	eb ce                	jmp    800408 <vprintfmt+0xba>
			lflag++;
  80043a:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80043d:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80043f:	e9 5c ff ff ff       	jmp    8003a0 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800444:	89 55 10             	mov    %edx,0x10(%ebp)
  800447:	8b 45 14             	mov    0x14(%ebp),%eax
  80044a:	8d 58 04             	lea    0x4(%eax),%ebx
  80044d:	83 ec 08             	sub    $0x8,%esp
  800450:	ff 75 0c             	push   0xc(%ebp)
  800453:	ff 30                	push   (%eax)
  800455:	ff 55 08             	call   *0x8(%ebp)
			break;
  800458:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  80045b:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  80045e:	e9 f4 fe ff ff       	jmp    800357 <vprintfmt+0x9>
			err = va_arg(ap, int);
  800463:	89 55 10             	mov    %edx,0x10(%ebp)
  800466:	8b 45 14             	mov    0x14(%ebp),%eax
  800469:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  80046c:	8b 10                	mov    (%eax),%edx
  80046e:	89 d0                	mov    %edx,%eax
  800470:	f7 d8                	neg    %eax
  800472:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800475:	83 f8 08             	cmp    $0x8,%eax
  800478:	7f 27                	jg     8004a1 <vprintfmt+0x153>
  80047a:	8b 14 85 20 15 80 00 	mov    0x801520(,%eax,4),%edx
  800481:	85 d2                	test   %edx,%edx
  800483:	74 1c                	je     8004a1 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800485:	52                   	push   %edx
  800486:	68 0b 13 80 00       	push   $0x80130b
  80048b:	ff 75 0c             	push   0xc(%ebp)
  80048e:	ff 75 08             	push   0x8(%ebp)
  800491:	e8 9b fe ff ff       	call   800331 <printfmt>
  800496:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800499:	89 5d 14             	mov    %ebx,0x14(%ebp)
  80049c:	e9 b6 fe ff ff       	jmp    800357 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  8004a1:	50                   	push   %eax
  8004a2:	68 02 13 80 00       	push   $0x801302
  8004a7:	ff 75 0c             	push   0xc(%ebp)
  8004aa:	ff 75 08             	push   0x8(%ebp)
  8004ad:	e8 7f fe ff ff       	call   800331 <printfmt>
  8004b2:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8004b5:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8004b8:	e9 9a fe ff ff       	jmp    800357 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8004bd:	89 55 10             	mov    %edx,0x10(%ebp)
  8004c0:	8b 45 14             	mov    0x14(%ebp),%eax
  8004c3:	83 c0 04             	add    $0x4,%eax
  8004c6:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8004c9:	8b 45 14             	mov    0x14(%ebp),%eax
  8004cc:	8b 30                	mov    (%eax),%esi
  8004ce:	85 f6                	test   %esi,%esi
  8004d0:	0f 84 53 04 00 00    	je     800929 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8004d6:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8004da:	7e 06                	jle    8004e2 <vprintfmt+0x194>
  8004dc:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8004e0:	75 1b                	jne    8004fd <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8004e2:	8d 5e 01             	lea    0x1(%esi),%ebx
  8004e5:	0f be 06             	movsbl (%esi),%eax
  8004e8:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8004eb:	85 c0                	test   %eax,%eax
  8004ed:	0f 85 80 00 00 00    	jne    800573 <vprintfmt+0x225>
  8004f3:	e9 8c 00 00 00       	jmp    800584 <vprintfmt+0x236>
				p = "(null)";
  8004f8:	be fb 12 80 00       	mov    $0x8012fb,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8004fd:	83 ec 08             	sub    $0x8,%esp
  800500:	57                   	push   %edi
  800501:	56                   	push   %esi
  800502:	e8 ea 04 00 00       	call   8009f1 <strnlen>
  800507:	29 45 ac             	sub    %eax,-0x54(%ebp)
  80050a:	8b 55 ac             	mov    -0x54(%ebp),%edx
  80050d:	83 c4 10             	add    $0x10,%esp
  800510:	85 d2                	test   %edx,%edx
  800512:	0f 8e f5 03 00 00    	jle    80090d <vprintfmt+0x5bf>
					putch(padc, putdat);
  800518:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  80051c:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  80051f:	89 d6                	mov    %edx,%esi
  800521:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800524:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800527:	83 ec 08             	sub    $0x8,%esp
  80052a:	57                   	push   %edi
  80052b:	53                   	push   %ebx
  80052c:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  80052f:	83 c4 10             	add    $0x10,%esp
  800532:	83 ee 01             	sub    $0x1,%esi
  800535:	75 f0                	jne    800527 <vprintfmt+0x1d9>
  800537:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80053a:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  80053d:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800540:	8d 5e 01             	lea    0x1(%esi),%ebx
  800543:	0f be 06             	movsbl (%esi),%eax
  800546:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800549:	85 c0                	test   %eax,%eax
  80054b:	75 26                	jne    800573 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  80054d:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800550:	89 45 14             	mov    %eax,0x14(%ebp)
  800553:	e9 ff fd ff ff       	jmp    800357 <vprintfmt+0x9>
				putch(ch, putdat);
  800558:	83 ec 08             	sub    $0x8,%esp
  80055b:	ff 75 0c             	push   0xc(%ebp)
  80055e:	50                   	push   %eax
  80055f:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800562:	83 ee 01             	sub    $0x1,%esi
  800565:	83 c3 01             	add    $0x1,%ebx
  800568:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  80056c:	83 c4 10             	add    $0x10,%esp
  80056f:	85 c0                	test   %eax,%eax
  800571:	74 0e                	je     800581 <vprintfmt+0x233>
  800573:	85 ff                	test   %edi,%edi
  800575:	78 e1                	js     800558 <vprintfmt+0x20a>
  800577:	83 ef 01             	sub    $0x1,%edi
  80057a:	79 dc                	jns    800558 <vprintfmt+0x20a>
  80057c:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80057f:	eb 03                	jmp    800584 <vprintfmt+0x236>
  800581:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800584:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800588:	7e 24                	jle    8005ae <vprintfmt+0x260>
  80058a:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  80058d:	8b 75 08             	mov    0x8(%ebp),%esi
  800590:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800593:	83 ec 08             	sub    $0x8,%esp
  800596:	57                   	push   %edi
  800597:	6a 20                	push   $0x20
  800599:	ff d6                	call   *%esi
			for (; width > 0; width--)
  80059b:	83 c4 10             	add    $0x10,%esp
  80059e:	83 eb 01             	sub    $0x1,%ebx
  8005a1:	75 f0                	jne    800593 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  8005a3:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8005a6:	89 45 14             	mov    %eax,0x14(%ebp)
  8005a9:	e9 a9 fd ff ff       	jmp    800357 <vprintfmt+0x9>
  8005ae:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8005b1:	89 45 14             	mov    %eax,0x14(%ebp)
  8005b4:	e9 9e fd ff ff       	jmp    800357 <vprintfmt+0x9>
	if (lflag >= 2)
  8005b9:	89 55 10             	mov    %edx,0x10(%ebp)
  8005bc:	83 fe 01             	cmp    $0x1,%esi
  8005bf:	7f 1b                	jg     8005dc <vprintfmt+0x28e>
	else if (lflag)
  8005c1:	85 f6                	test   %esi,%esi
  8005c3:	74 39                	je     8005fe <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8005c5:	8b 45 14             	mov    0x14(%ebp),%eax
  8005c8:	8b 00                	mov    (%eax),%eax
  8005ca:	89 c6                	mov    %eax,%esi
  8005cc:	89 c7                	mov    %eax,%edi
  8005ce:	c1 ff 1f             	sar    $0x1f,%edi
  8005d1:	8b 45 14             	mov    0x14(%ebp),%eax
  8005d4:	8d 40 04             	lea    0x4(%eax),%eax
  8005d7:	89 45 14             	mov    %eax,0x14(%ebp)
  8005da:	eb 0e                	jmp    8005ea <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8005dc:	8b 45 14             	mov    0x14(%ebp),%eax
  8005df:	8b 30                	mov    (%eax),%esi
  8005e1:	8b 78 04             	mov    0x4(%eax),%edi
  8005e4:	8d 40 08             	lea    0x8(%eax),%eax
  8005e7:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8005ea:	85 ff                	test   %edi,%edi
  8005ec:	78 27                	js     800615 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8005ee:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8005f1:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8005f4:	b8 0a 00 00 00       	mov    $0xa,%eax
  8005f9:	e9 53 01 00 00       	jmp    800751 <vprintfmt+0x403>
		return va_arg(*ap, int);
  8005fe:	8b 45 14             	mov    0x14(%ebp),%eax
  800601:	8b 00                	mov    (%eax),%eax
  800603:	89 c6                	mov    %eax,%esi
  800605:	89 c7                	mov    %eax,%edi
  800607:	c1 ff 1f             	sar    $0x1f,%edi
  80060a:	8b 45 14             	mov    0x14(%ebp),%eax
  80060d:	8d 40 04             	lea    0x4(%eax),%eax
  800610:	89 45 14             	mov    %eax,0x14(%ebp)
  800613:	eb d5                	jmp    8005ea <vprintfmt+0x29c>
				putch('-', putdat);
  800615:	83 ec 08             	sub    $0x8,%esp
  800618:	ff 75 0c             	push   0xc(%ebp)
  80061b:	6a 2d                	push   $0x2d
  80061d:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800620:	f7 de                	neg    %esi
  800622:	83 d7 00             	adc    $0x0,%edi
  800625:	f7 df                	neg    %edi
  800627:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80062a:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  80062d:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800630:	b8 0a 00 00 00       	mov    $0xa,%eax
  800635:	e9 17 01 00 00       	jmp    800751 <vprintfmt+0x403>
	if (lflag >= 2)
  80063a:	89 55 10             	mov    %edx,0x10(%ebp)
  80063d:	83 fe 01             	cmp    $0x1,%esi
  800640:	7f 27                	jg     800669 <vprintfmt+0x31b>
	else if (lflag)
  800642:	85 f6                	test   %esi,%esi
  800644:	74 44                	je     80068a <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800646:	8b 45 14             	mov    0x14(%ebp),%eax
  800649:	8b 00                	mov    (%eax),%eax
  80064b:	ba 00 00 00 00       	mov    $0x0,%edx
  800650:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800653:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800656:	8b 45 14             	mov    0x14(%ebp),%eax
  800659:	8d 40 04             	lea    0x4(%eax),%eax
  80065c:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80065f:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800664:	e9 e8 00 00 00       	jmp    800751 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800669:	8b 45 14             	mov    0x14(%ebp),%eax
  80066c:	8b 50 04             	mov    0x4(%eax),%edx
  80066f:	8b 00                	mov    (%eax),%eax
  800671:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800674:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800677:	8b 45 14             	mov    0x14(%ebp),%eax
  80067a:	8d 40 08             	lea    0x8(%eax),%eax
  80067d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800680:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800685:	e9 c7 00 00 00       	jmp    800751 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80068a:	8b 45 14             	mov    0x14(%ebp),%eax
  80068d:	8b 00                	mov    (%eax),%eax
  80068f:	ba 00 00 00 00       	mov    $0x0,%edx
  800694:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800697:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80069a:	8b 45 14             	mov    0x14(%ebp),%eax
  80069d:	8d 40 04             	lea    0x4(%eax),%eax
  8006a0:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8006a3:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8006a8:	e9 a4 00 00 00       	jmp    800751 <vprintfmt+0x403>
	if (lflag >= 2)
  8006ad:	89 55 10             	mov    %edx,0x10(%ebp)
  8006b0:	83 fe 01             	cmp    $0x1,%esi
  8006b3:	7f 24                	jg     8006d9 <vprintfmt+0x38b>
	else if (lflag)
  8006b5:	85 f6                	test   %esi,%esi
  8006b7:	74 3e                	je     8006f7 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8006b9:	8b 45 14             	mov    0x14(%ebp),%eax
  8006bc:	8b 00                	mov    (%eax),%eax
  8006be:	ba 00 00 00 00       	mov    $0x0,%edx
  8006c3:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8006c6:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8006c9:	8b 45 14             	mov    0x14(%ebp),%eax
  8006cc:	8d 40 04             	lea    0x4(%eax),%eax
  8006cf:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8006d2:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8006d7:	eb 78                	jmp    800751 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8006d9:	8b 45 14             	mov    0x14(%ebp),%eax
  8006dc:	8b 50 04             	mov    0x4(%eax),%edx
  8006df:	8b 00                	mov    (%eax),%eax
  8006e1:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8006e4:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8006e7:	8b 45 14             	mov    0x14(%ebp),%eax
  8006ea:	8d 40 08             	lea    0x8(%eax),%eax
  8006ed:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8006f0:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8006f5:	eb 5a                	jmp    800751 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8006f7:	8b 45 14             	mov    0x14(%ebp),%eax
  8006fa:	8b 00                	mov    (%eax),%eax
  8006fc:	ba 00 00 00 00       	mov    $0x0,%edx
  800701:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800704:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800707:	8b 45 14             	mov    0x14(%ebp),%eax
  80070a:	8d 40 04             	lea    0x4(%eax),%eax
  80070d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800710:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  800715:	eb 3a                	jmp    800751 <vprintfmt+0x403>
			putch('0', putdat);
  800717:	89 55 10             	mov    %edx,0x10(%ebp)
  80071a:	83 ec 08             	sub    $0x8,%esp
  80071d:	ff 75 0c             	push   0xc(%ebp)
  800720:	6a 30                	push   $0x30
  800722:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  800725:	83 c4 08             	add    $0x8,%esp
  800728:	ff 75 0c             	push   0xc(%ebp)
  80072b:	6a 78                	push   $0x78
  80072d:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800730:	8b 45 14             	mov    0x14(%ebp),%eax
  800733:	8b 00                	mov    (%eax),%eax
  800735:	ba 00 00 00 00       	mov    $0x0,%edx
  80073a:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80073d:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800740:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800743:	8b 45 14             	mov    0x14(%ebp),%eax
  800746:	8d 40 04             	lea    0x4(%eax),%eax
  800749:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80074c:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800751:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800755:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800758:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  80075d:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800760:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800767:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80076a:	8b 75 b0             	mov    -0x50(%ebp),%esi
  80076d:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800770:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800773:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800777:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80077a:	8d 55 cf             	lea    -0x31(%ebp),%edx
  80077d:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800780:	ff 75 bc             	push   -0x44(%ebp)
  800783:	ff 75 b8             	push   -0x48(%ebp)
  800786:	57                   	push   %edi
  800787:	56                   	push   %esi
  800788:	e8 2f 07 00 00       	call   800ebc <__umoddi3>
  80078d:	83 c4 10             	add    $0x10,%esp
  800790:	0f b6 80 0e 13 80 00 	movzbl 0x80130e(%eax),%eax
  800797:	88 03                	mov    %al,(%ebx)
		num /= base;
  800799:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80079c:	89 fb                	mov    %edi,%ebx
  80079e:	ff 75 bc             	push   -0x44(%ebp)
  8007a1:	ff 75 b8             	push   -0x48(%ebp)
  8007a4:	57                   	push   %edi
  8007a5:	56                   	push   %esi
  8007a6:	e8 f6 06 00 00       	call   800ea1 <__udivdi3>
  8007ab:	83 c4 10             	add    $0x10,%esp
  8007ae:	89 c6                	mov    %eax,%esi
  8007b0:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8007b2:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8007b5:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8007b8:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8007bb:	73 b6                	jae    800773 <vprintfmt+0x425>
	pad = width - n;
  8007bd:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8007c0:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8007c3:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8007c6:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8007c8:	83 ff 2d             	cmp    $0x2d,%edi
  8007cb:	0f 84 de 00 00 00    	je     8008af <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8007d1:	85 f6                	test   %esi,%esi
  8007d3:	0f 8e 27 01 00 00    	jle    800900 <vprintfmt+0x5b2>
  8007d9:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8007dc:	83 ec 08             	sub    $0x8,%esp
  8007df:	53                   	push   %ebx
  8007e0:	57                   	push   %edi
  8007e1:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8007e4:	83 c4 10             	add    $0x10,%esp
  8007e7:	83 ee 01             	sub    $0x1,%esi
  8007ea:	75 f0                	jne    8007dc <vprintfmt+0x48e>
  8007ec:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8007ef:	85 db                	test   %ebx,%ebx
  8007f1:	0f 8e 60 fb ff ff    	jle    800357 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8007f7:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8007fa:	8b 75 08             	mov    0x8(%ebp),%esi
  8007fd:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800800:	83 eb 01             	sub    $0x1,%ebx
  800803:	83 ec 08             	sub    $0x8,%esp
  800806:	57                   	push   %edi
  800807:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  80080c:	50                   	push   %eax
  80080d:	ff d6                	call   *%esi
	while (n > 0)
  80080f:	83 c4 10             	add    $0x10,%esp
  800812:	85 db                	test   %ebx,%ebx
  800814:	7f ea                	jg     800800 <vprintfmt+0x4b2>
  800816:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  800819:	85 f6                	test   %esi,%esi
  80081b:	0f 8e 36 fb ff ff    	jle    800357 <vprintfmt+0x9>
  800821:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800824:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  800827:	83 ec 08             	sub    $0x8,%esp
  80082a:	57                   	push   %edi
  80082b:	6a 20                	push   $0x20
  80082d:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  80082f:	83 c4 10             	add    $0x10,%esp
  800832:	83 ee 01             	sub    $0x1,%esi
  800835:	75 f0                	jne    800827 <vprintfmt+0x4d9>
  800837:	e9 1b fb ff ff       	jmp    800357 <vprintfmt+0x9>
	if (lflag >= 2)
  80083c:	89 55 10             	mov    %edx,0x10(%ebp)
  80083f:	83 fe 01             	cmp    $0x1,%esi
  800842:	7f 27                	jg     80086b <vprintfmt+0x51d>
	else if (lflag)
  800844:	85 f6                	test   %esi,%esi
  800846:	74 44                	je     80088c <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800848:	8b 45 14             	mov    0x14(%ebp),%eax
  80084b:	8b 00                	mov    (%eax),%eax
  80084d:	ba 00 00 00 00       	mov    $0x0,%edx
  800852:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800855:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800858:	8b 45 14             	mov    0x14(%ebp),%eax
  80085b:	8d 40 04             	lea    0x4(%eax),%eax
  80085e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800861:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  800866:	e9 e6 fe ff ff       	jmp    800751 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80086b:	8b 45 14             	mov    0x14(%ebp),%eax
  80086e:	8b 50 04             	mov    0x4(%eax),%edx
  800871:	8b 00                	mov    (%eax),%eax
  800873:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800876:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800879:	8b 45 14             	mov    0x14(%ebp),%eax
  80087c:	8d 40 08             	lea    0x8(%eax),%eax
  80087f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800882:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800887:	e9 c5 fe ff ff       	jmp    800751 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80088c:	8b 45 14             	mov    0x14(%ebp),%eax
  80088f:	8b 00                	mov    (%eax),%eax
  800891:	ba 00 00 00 00       	mov    $0x0,%edx
  800896:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800899:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80089c:	8b 45 14             	mov    0x14(%ebp),%eax
  80089f:	8d 40 04             	lea    0x4(%eax),%eax
  8008a2:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8008a5:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8008aa:	e9 a2 fe ff ff       	jmp    800751 <vprintfmt+0x403>
	while (n > 0)
  8008af:	85 db                	test   %ebx,%ebx
  8008b1:	0f 8f 40 ff ff ff    	jg     8007f7 <vprintfmt+0x4a9>
  8008b7:	e9 5d ff ff ff       	jmp    800819 <vprintfmt+0x4cb>
			putch(ch, putdat);
  8008bc:	89 55 10             	mov    %edx,0x10(%ebp)
  8008bf:	83 ec 08             	sub    $0x8,%esp
  8008c2:	ff 75 0c             	push   0xc(%ebp)
  8008c5:	6a 25                	push   $0x25
  8008c7:	ff 55 08             	call   *0x8(%ebp)
			break;
  8008ca:	83 c4 10             	add    $0x10,%esp
  8008cd:	e9 85 fa ff ff       	jmp    800357 <vprintfmt+0x9>
			putch('%', putdat);
  8008d2:	83 ec 08             	sub    $0x8,%esp
  8008d5:	ff 75 0c             	push   0xc(%ebp)
  8008d8:	6a 25                	push   $0x25
  8008da:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8008dd:	83 c4 10             	add    $0x10,%esp
  8008e0:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8008e4:	0f 84 d1 fa ff ff    	je     8003bb <vprintfmt+0x6d>
  8008ea:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8008ed:	89 d8                	mov    %ebx,%eax
  8008ef:	83 e8 01             	sub    $0x1,%eax
  8008f2:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8008f6:	75 f7                	jne    8008ef <vprintfmt+0x5a1>
  8008f8:	89 45 10             	mov    %eax,0x10(%ebp)
  8008fb:	e9 57 fa ff ff       	jmp    800357 <vprintfmt+0x9>
	while (n > 0)
  800900:	85 db                	test   %ebx,%ebx
  800902:	0f 8f ef fe ff ff    	jg     8007f7 <vprintfmt+0x4a9>
  800908:	e9 4a fa ff ff       	jmp    800357 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80090d:	8d 5e 01             	lea    0x1(%esi),%ebx
  800910:	0f be 06             	movsbl (%esi),%eax
  800913:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800916:	85 c0                	test   %eax,%eax
  800918:	0f 85 55 fc ff ff    	jne    800573 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  80091e:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800921:	89 45 14             	mov    %eax,0x14(%ebp)
  800924:	e9 2e fa ff ff       	jmp    800357 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800929:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  80092d:	74 0a                	je     800939 <vprintfmt+0x5eb>
  80092f:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800933:	0f 8f bf fb ff ff    	jg     8004f8 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800939:	b8 28 00 00 00       	mov    $0x28,%eax
  80093e:	bb fc 12 80 00       	mov    $0x8012fc,%ebx
  800943:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800946:	e9 28 fc ff ff       	jmp    800573 <vprintfmt+0x225>
}
  80094b:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80094e:	5b                   	pop    %ebx
  80094f:	5e                   	pop    %esi
  800950:	5f                   	pop    %edi
  800951:	5d                   	pop    %ebp
  800952:	c3                   	ret

00800953 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800953:	55                   	push   %ebp
  800954:	89 e5                	mov    %esp,%ebp
  800956:	83 ec 18             	sub    $0x18,%esp
  800959:	8b 45 08             	mov    0x8(%ebp),%eax
  80095c:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  80095f:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800962:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800966:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800969:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800970:	85 c0                	test   %eax,%eax
  800972:	74 26                	je     80099a <vsnprintf+0x47>
  800974:	85 d2                	test   %edx,%edx
  800976:	7e 22                	jle    80099a <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800978:	ff 75 14             	push   0x14(%ebp)
  80097b:	ff 75 10             	push   0x10(%ebp)
  80097e:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800981:	50                   	push   %eax
  800982:	68 14 03 80 00       	push   $0x800314
  800987:	e8 c2 f9 ff ff       	call   80034e <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  80098c:	8b 45 ec             	mov    -0x14(%ebp),%eax
  80098f:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800992:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800995:	83 c4 10             	add    $0x10,%esp
}
  800998:	c9                   	leave
  800999:	c3                   	ret
		return -E_INVAL;
  80099a:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  80099f:	eb f7                	jmp    800998 <vsnprintf+0x45>

008009a1 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  8009a1:	55                   	push   %ebp
  8009a2:	89 e5                	mov    %esp,%ebp
  8009a4:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  8009a7:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  8009aa:	50                   	push   %eax
  8009ab:	ff 75 08             	push   0x8(%ebp)
  8009ae:	e8 03 f9 ff ff       	call   8002b6 <vcprintf>
	va_end(ap);

	return cnt;
}
  8009b3:	c9                   	leave
  8009b4:	c3                   	ret

008009b5 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  8009b5:	55                   	push   %ebp
  8009b6:	89 e5                	mov    %esp,%ebp
  8009b8:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  8009bb:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  8009be:	50                   	push   %eax
  8009bf:	ff 75 10             	push   0x10(%ebp)
  8009c2:	ff 75 0c             	push   0xc(%ebp)
  8009c5:	ff 75 08             	push   0x8(%ebp)
  8009c8:	e8 86 ff ff ff       	call   800953 <vsnprintf>
	va_end(ap);

	return rc;
}
  8009cd:	c9                   	leave
  8009ce:	c3                   	ret

008009cf <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8009cf:	55                   	push   %ebp
  8009d0:	89 e5                	mov    %esp,%ebp
  8009d2:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8009d5:	80 3a 00             	cmpb   $0x0,(%edx)
  8009d8:	74 10                	je     8009ea <strlen+0x1b>
  8009da:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  8009df:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  8009e2:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  8009e6:	75 f7                	jne    8009df <strlen+0x10>
	return n;
}
  8009e8:	5d                   	pop    %ebp
  8009e9:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  8009ea:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  8009ef:	eb f7                	jmp    8009e8 <strlen+0x19>

008009f1 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  8009f1:	55                   	push   %ebp
  8009f2:	89 e5                	mov    %esp,%ebp
  8009f4:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8009f7:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8009fa:	85 d2                	test   %edx,%edx
  8009fc:	74 16                	je     800a14 <strnlen+0x23>
  8009fe:	b8 00 00 00 00       	mov    $0x0,%eax
  800a03:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800a07:	74 09                	je     800a12 <strnlen+0x21>
		n++;
  800a09:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800a0c:	39 d0                	cmp    %edx,%eax
  800a0e:	75 f3                	jne    800a03 <strnlen+0x12>
		n++;
  800a10:	89 d0                	mov    %edx,%eax
	return n;
}
  800a12:	5d                   	pop    %ebp
  800a13:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800a14:	b8 00 00 00 00       	mov    $0x0,%eax
  800a19:	eb f7                	jmp    800a12 <strnlen+0x21>

00800a1b <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800a1b:	55                   	push   %ebp
  800a1c:	89 e5                	mov    %esp,%ebp
  800a1e:	53                   	push   %ebx
  800a1f:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800a22:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800a25:	b8 00 00 00 00       	mov    $0x0,%eax
  800a2a:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800a2e:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800a31:	83 c0 01             	add    $0x1,%eax
  800a34:	84 d2                	test   %dl,%dl
  800a36:	75 f2                	jne    800a2a <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800a38:	89 c8                	mov    %ecx,%eax
  800a3a:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a3d:	c9                   	leave
  800a3e:	c3                   	ret

00800a3f <strcat>:

char *
strcat(char *dst, const char *src)
{
  800a3f:	55                   	push   %ebp
  800a40:	89 e5                	mov    %esp,%ebp
  800a42:	53                   	push   %ebx
  800a43:	83 ec 10             	sub    $0x10,%esp
  800a46:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800a49:	53                   	push   %ebx
  800a4a:	e8 80 ff ff ff       	call   8009cf <strlen>
  800a4f:	83 c4 08             	add    $0x8,%esp
  800a52:	ff 75 0c             	push   0xc(%ebp)
  800a55:	01 d8                	add    %ebx,%eax
  800a57:	50                   	push   %eax
  800a58:	e8 be ff ff ff       	call   800a1b <strcpy>
	return dst;
}
  800a5d:	89 d8                	mov    %ebx,%eax
  800a5f:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a62:	c9                   	leave
  800a63:	c3                   	ret

00800a64 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800a64:	55                   	push   %ebp
  800a65:	89 e5                	mov    %esp,%ebp
  800a67:	56                   	push   %esi
  800a68:	53                   	push   %ebx
  800a69:	8b 75 08             	mov    0x8(%ebp),%esi
  800a6c:	8b 55 0c             	mov    0xc(%ebp),%edx
  800a6f:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800a72:	85 db                	test   %ebx,%ebx
  800a74:	74 17                	je     800a8d <strncpy+0x29>
  800a76:	01 f3                	add    %esi,%ebx
  800a78:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800a7a:	83 c0 01             	add    $0x1,%eax
  800a7d:	0f b6 0a             	movzbl (%edx),%ecx
  800a80:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800a83:	80 f9 01             	cmp    $0x1,%cl
  800a86:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800a89:	39 c3                	cmp    %eax,%ebx
  800a8b:	75 ed                	jne    800a7a <strncpy+0x16>
	}
	return ret;
}
  800a8d:	89 f0                	mov    %esi,%eax
  800a8f:	5b                   	pop    %ebx
  800a90:	5e                   	pop    %esi
  800a91:	5d                   	pop    %ebp
  800a92:	c3                   	ret

00800a93 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800a93:	55                   	push   %ebp
  800a94:	89 e5                	mov    %esp,%ebp
  800a96:	56                   	push   %esi
  800a97:	53                   	push   %ebx
  800a98:	8b 75 08             	mov    0x8(%ebp),%esi
  800a9b:	8b 55 0c             	mov    0xc(%ebp),%edx
  800a9e:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800aa1:	89 f0                	mov    %esi,%eax
  800aa3:	85 db                	test   %ebx,%ebx
  800aa5:	74 1e                	je     800ac5 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800aa7:	83 eb 01             	sub    $0x1,%ebx
  800aaa:	74 16                	je     800ac2 <strlcpy+0x2f>
  800aac:	01 f3                	add    %esi,%ebx
  800aae:	0f b6 0a             	movzbl (%edx),%ecx
  800ab1:	84 c9                	test   %cl,%cl
  800ab3:	74 0d                	je     800ac2 <strlcpy+0x2f>
			*dst++ = *src++;
  800ab5:	83 c2 01             	add    $0x1,%edx
  800ab8:	83 c0 01             	add    $0x1,%eax
  800abb:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800abe:	39 d8                	cmp    %ebx,%eax
  800ac0:	75 ec                	jne    800aae <strlcpy+0x1b>
		*dst = '\0';
  800ac2:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800ac5:	29 f0                	sub    %esi,%eax
}
  800ac7:	5b                   	pop    %ebx
  800ac8:	5e                   	pop    %esi
  800ac9:	5d                   	pop    %ebp
  800aca:	c3                   	ret

00800acb <strcmp>:

int
strcmp(const char *p, const char *q)
{
  800acb:	55                   	push   %ebp
  800acc:	89 e5                	mov    %esp,%ebp
  800ace:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800ad1:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800ad4:	0f b6 01             	movzbl (%ecx),%eax
  800ad7:	84 c0                	test   %al,%al
  800ad9:	74 11                	je     800aec <strcmp+0x21>
  800adb:	38 02                	cmp    %al,(%edx)
  800add:	75 0d                	jne    800aec <strcmp+0x21>
		p++, q++;
  800adf:	83 c1 01             	add    $0x1,%ecx
  800ae2:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800ae5:	0f b6 01             	movzbl (%ecx),%eax
  800ae8:	84 c0                	test   %al,%al
  800aea:	75 ef                	jne    800adb <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800aec:	0f b6 c0             	movzbl %al,%eax
  800aef:	0f b6 12             	movzbl (%edx),%edx
  800af2:	29 d0                	sub    %edx,%eax
}
  800af4:	5d                   	pop    %ebp
  800af5:	c3                   	ret

00800af6 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800af6:	55                   	push   %ebp
  800af7:	89 e5                	mov    %esp,%ebp
  800af9:	53                   	push   %ebx
  800afa:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800afd:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800b00:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800b03:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800b08:	85 d2                	test   %edx,%edx
  800b0a:	74 2e                	je     800b3a <strncmp+0x44>
  800b0c:	0f b6 01             	movzbl (%ecx),%eax
  800b0f:	84 c0                	test   %al,%al
  800b11:	74 16                	je     800b29 <strncmp+0x33>
  800b13:	3a 03                	cmp    (%ebx),%al
  800b15:	75 12                	jne    800b29 <strncmp+0x33>
		n--, p++, q++;
  800b17:	83 c1 01             	add    $0x1,%ecx
  800b1a:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800b1d:	83 ea 01             	sub    $0x1,%edx
  800b20:	75 ea                	jne    800b0c <strncmp+0x16>
		return 0;
  800b22:	b8 00 00 00 00       	mov    $0x0,%eax
  800b27:	eb 11                	jmp    800b3a <strncmp+0x44>
  800b29:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800b2e:	85 d2                	test   %edx,%edx
  800b30:	74 08                	je     800b3a <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800b32:	0f b6 01             	movzbl (%ecx),%eax
  800b35:	0f b6 13             	movzbl (%ebx),%edx
  800b38:	29 d0                	sub    %edx,%eax
}
  800b3a:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b3d:	c9                   	leave
  800b3e:	c3                   	ret

00800b3f <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800b3f:	55                   	push   %ebp
  800b40:	89 e5                	mov    %esp,%ebp
  800b42:	8b 45 08             	mov    0x8(%ebp),%eax
  800b45:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800b49:	0f b6 10             	movzbl (%eax),%edx
  800b4c:	84 d2                	test   %dl,%dl
  800b4e:	74 15                	je     800b65 <strchr+0x26>
		if (*s == c)
  800b50:	38 d1                	cmp    %dl,%cl
  800b52:	74 0f                	je     800b63 <strchr+0x24>
	for (; *s; s++)
  800b54:	83 c0 01             	add    $0x1,%eax
  800b57:	0f b6 10             	movzbl (%eax),%edx
  800b5a:	84 d2                	test   %dl,%dl
  800b5c:	75 f2                	jne    800b50 <strchr+0x11>
			return (char *) s;
	return 0;
  800b5e:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800b63:	5d                   	pop    %ebp
  800b64:	c3                   	ret
	return 0;
  800b65:	b8 00 00 00 00       	mov    $0x0,%eax
  800b6a:	eb f7                	jmp    800b63 <strchr+0x24>

00800b6c <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800b6c:	55                   	push   %ebp
  800b6d:	89 e5                	mov    %esp,%ebp
  800b6f:	53                   	push   %ebx
  800b70:	8b 45 08             	mov    0x8(%ebp),%eax
  800b73:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800b76:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800b79:	38 d3                	cmp    %dl,%bl
  800b7b:	74 14                	je     800b91 <strfind+0x25>
  800b7d:	89 d1                	mov    %edx,%ecx
  800b7f:	84 db                	test   %bl,%bl
  800b81:	74 0e                	je     800b91 <strfind+0x25>
	for (; *s; s++)
  800b83:	83 c0 01             	add    $0x1,%eax
  800b86:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800b89:	38 ca                	cmp    %cl,%dl
  800b8b:	74 04                	je     800b91 <strfind+0x25>
  800b8d:	84 d2                	test   %dl,%dl
  800b8f:	75 f2                	jne    800b83 <strfind+0x17>
			break;
	return (char *) s;
}
  800b91:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b94:	c9                   	leave
  800b95:	c3                   	ret

00800b96 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800b96:	55                   	push   %ebp
  800b97:	89 e5                	mov    %esp,%ebp
  800b99:	53                   	push   %ebx
  800b9a:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800b9d:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ba0:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800ba3:	85 d2                	test   %edx,%edx
  800ba5:	74 0e                	je     800bb5 <memset+0x1f>
  800ba7:	01 da                	add    %ebx,%edx
	char *p = v;
  800ba9:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800bab:	83 c0 01             	add    $0x1,%eax
  800bae:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800bb1:	39 c2                	cmp    %eax,%edx
  800bb3:	75 f6                	jne    800bab <memset+0x15>
	return v;
}
  800bb5:	89 d8                	mov    %ebx,%eax
  800bb7:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800bba:	c9                   	leave
  800bbb:	c3                   	ret

00800bbc <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800bbc:	55                   	push   %ebp
  800bbd:	89 e5                	mov    %esp,%ebp
  800bbf:	56                   	push   %esi
  800bc0:	53                   	push   %ebx
  800bc1:	8b 75 08             	mov    0x8(%ebp),%esi
  800bc4:	8b 45 0c             	mov    0xc(%ebp),%eax
  800bc7:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800bca:	39 f0                	cmp    %esi,%eax
  800bcc:	72 20                	jb     800bee <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800bce:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800bd1:	89 f2                	mov    %esi,%edx
  800bd3:	85 c9                	test   %ecx,%ecx
  800bd5:	74 11                	je     800be8 <memmove+0x2c>
			*d++ = *s++;
  800bd7:	83 c0 01             	add    $0x1,%eax
  800bda:	83 c2 01             	add    $0x1,%edx
  800bdd:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800be1:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800be4:	39 d8                	cmp    %ebx,%eax
  800be6:	75 ef                	jne    800bd7 <memmove+0x1b>
	return dst;
}
  800be8:	89 f0                	mov    %esi,%eax
  800bea:	5b                   	pop    %ebx
  800beb:	5e                   	pop    %esi
  800bec:	5d                   	pop    %ebp
  800bed:	c3                   	ret
	if (s < d && s + n > d) {
  800bee:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800bf1:	39 d6                	cmp    %edx,%esi
  800bf3:	73 d9                	jae    800bce <memmove+0x12>
		while (n-- > 0)
  800bf5:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800bf8:	85 c9                	test   %ecx,%ecx
  800bfa:	74 ec                	je     800be8 <memmove+0x2c>
			*--d = *--s;
  800bfc:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800c00:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800c03:	83 ea 01             	sub    $0x1,%edx
  800c06:	83 fa ff             	cmp    $0xffffffff,%edx
  800c09:	75 f1                	jne    800bfc <memmove+0x40>
  800c0b:	eb db                	jmp    800be8 <memmove+0x2c>

00800c0d <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800c0d:	55                   	push   %ebp
  800c0e:	89 e5                	mov    %esp,%ebp
  800c10:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800c13:	ff 75 10             	push   0x10(%ebp)
  800c16:	ff 75 0c             	push   0xc(%ebp)
  800c19:	ff 75 08             	push   0x8(%ebp)
  800c1c:	e8 9b ff ff ff       	call   800bbc <memmove>
}
  800c21:	c9                   	leave
  800c22:	c3                   	ret

00800c23 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800c23:	55                   	push   %ebp
  800c24:	89 e5                	mov    %esp,%ebp
  800c26:	56                   	push   %esi
  800c27:	53                   	push   %ebx
  800c28:	8b 45 08             	mov    0x8(%ebp),%eax
  800c2b:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c2e:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800c31:	85 f6                	test   %esi,%esi
  800c33:	74 29                	je     800c5e <memcmp+0x3b>
  800c35:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800c37:	0f b6 08             	movzbl (%eax),%ecx
  800c3a:	0f b6 1a             	movzbl (%edx),%ebx
  800c3d:	38 d9                	cmp    %bl,%cl
  800c3f:	75 11                	jne    800c52 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800c41:	83 c0 01             	add    $0x1,%eax
  800c44:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800c47:	39 c6                	cmp    %eax,%esi
  800c49:	75 ec                	jne    800c37 <memcmp+0x14>
	}
	return 0;
  800c4b:	b8 00 00 00 00       	mov    $0x0,%eax
  800c50:	eb 08                	jmp    800c5a <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800c52:	0f b6 c1             	movzbl %cl,%eax
  800c55:	0f b6 db             	movzbl %bl,%ebx
  800c58:	29 d8                	sub    %ebx,%eax
}
  800c5a:	5b                   	pop    %ebx
  800c5b:	5e                   	pop    %esi
  800c5c:	5d                   	pop    %ebp
  800c5d:	c3                   	ret
	return 0;
  800c5e:	b8 00 00 00 00       	mov    $0x0,%eax
  800c63:	eb f5                	jmp    800c5a <memcmp+0x37>

00800c65 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800c65:	55                   	push   %ebp
  800c66:	89 e5                	mov    %esp,%ebp
  800c68:	8b 45 08             	mov    0x8(%ebp),%eax
  800c6b:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800c6e:	89 c2                	mov    %eax,%edx
  800c70:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800c73:	39 d0                	cmp    %edx,%eax
  800c75:	73 0d                	jae    800c84 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800c77:	38 08                	cmp    %cl,(%eax)
  800c79:	74 0d                	je     800c88 <memfind+0x23>
	for (; s < ends; s++)
  800c7b:	83 c0 01             	add    $0x1,%eax
  800c7e:	39 c2                	cmp    %eax,%edx
  800c80:	75 f5                	jne    800c77 <memfind+0x12>
  800c82:	eb 06                	jmp    800c8a <memfind+0x25>
  800c84:	89 c2                	mov    %eax,%edx
  800c86:	eb 02                	jmp    800c8a <memfind+0x25>
  800c88:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800c8a:	89 d0                	mov    %edx,%eax
  800c8c:	5d                   	pop    %ebp
  800c8d:	c3                   	ret

00800c8e <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800c8e:	55                   	push   %ebp
  800c8f:	89 e5                	mov    %esp,%ebp
  800c91:	57                   	push   %edi
  800c92:	56                   	push   %esi
  800c93:	53                   	push   %ebx
  800c94:	8b 55 08             	mov    0x8(%ebp),%edx
  800c97:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800c9a:	0f b6 02             	movzbl (%edx),%eax
  800c9d:	3c 20                	cmp    $0x20,%al
  800c9f:	74 04                	je     800ca5 <strtol+0x17>
  800ca1:	3c 09                	cmp    $0x9,%al
  800ca3:	75 0e                	jne    800cb3 <strtol+0x25>
		s++;
  800ca5:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800ca8:	0f b6 02             	movzbl (%edx),%eax
  800cab:	3c 20                	cmp    $0x20,%al
  800cad:	74 f6                	je     800ca5 <strtol+0x17>
  800caf:	3c 09                	cmp    $0x9,%al
  800cb1:	74 f2                	je     800ca5 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800cb3:	3c 2b                	cmp    $0x2b,%al
  800cb5:	74 2a                	je     800ce1 <strtol+0x53>
	int neg = 0;
  800cb7:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800cbc:	3c 2d                	cmp    $0x2d,%al
  800cbe:	74 2b                	je     800ceb <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800cc0:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800cc6:	75 0f                	jne    800cd7 <strtol+0x49>
  800cc8:	80 3a 30             	cmpb   $0x30,(%edx)
  800ccb:	74 28                	je     800cf5 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800ccd:	85 db                	test   %ebx,%ebx
  800ccf:	b8 0a 00 00 00       	mov    $0xa,%eax
  800cd4:	0f 44 d8             	cmove  %eax,%ebx
  800cd7:	b9 00 00 00 00       	mov    $0x0,%ecx
  800cdc:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800cdf:	eb 46                	jmp    800d27 <strtol+0x99>
		s++;
  800ce1:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800ce4:	bf 00 00 00 00       	mov    $0x0,%edi
  800ce9:	eb d5                	jmp    800cc0 <strtol+0x32>
		s++, neg = 1;
  800ceb:	83 c2 01             	add    $0x1,%edx
  800cee:	bf 01 00 00 00       	mov    $0x1,%edi
  800cf3:	eb cb                	jmp    800cc0 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800cf5:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800cf9:	74 0e                	je     800d09 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800cfb:	85 db                	test   %ebx,%ebx
  800cfd:	75 d8                	jne    800cd7 <strtol+0x49>
		s++, base = 8;
  800cff:	83 c2 01             	add    $0x1,%edx
  800d02:	bb 08 00 00 00       	mov    $0x8,%ebx
  800d07:	eb ce                	jmp    800cd7 <strtol+0x49>
		s += 2, base = 16;
  800d09:	83 c2 02             	add    $0x2,%edx
  800d0c:	bb 10 00 00 00       	mov    $0x10,%ebx
  800d11:	eb c4                	jmp    800cd7 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800d13:	0f be c0             	movsbl %al,%eax
  800d16:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800d19:	3b 45 10             	cmp    0x10(%ebp),%eax
  800d1c:	7d 3a                	jge    800d58 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800d1e:	83 c2 01             	add    $0x1,%edx
  800d21:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800d25:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800d27:	0f b6 02             	movzbl (%edx),%eax
  800d2a:	8d 70 d0             	lea    -0x30(%eax),%esi
  800d2d:	89 f3                	mov    %esi,%ebx
  800d2f:	80 fb 09             	cmp    $0x9,%bl
  800d32:	76 df                	jbe    800d13 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800d34:	8d 70 9f             	lea    -0x61(%eax),%esi
  800d37:	89 f3                	mov    %esi,%ebx
  800d39:	80 fb 19             	cmp    $0x19,%bl
  800d3c:	77 08                	ja     800d46 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800d3e:	0f be c0             	movsbl %al,%eax
  800d41:	83 e8 57             	sub    $0x57,%eax
  800d44:	eb d3                	jmp    800d19 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800d46:	8d 70 bf             	lea    -0x41(%eax),%esi
  800d49:	89 f3                	mov    %esi,%ebx
  800d4b:	80 fb 19             	cmp    $0x19,%bl
  800d4e:	77 08                	ja     800d58 <strtol+0xca>
			dig = *s - 'A' + 10;
  800d50:	0f be c0             	movsbl %al,%eax
  800d53:	83 e8 37             	sub    $0x37,%eax
  800d56:	eb c1                	jmp    800d19 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800d58:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800d5c:	74 05                	je     800d63 <strtol+0xd5>
		*endptr = (char *) s;
  800d5e:	8b 45 0c             	mov    0xc(%ebp),%eax
  800d61:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800d63:	89 c8                	mov    %ecx,%eax
  800d65:	f7 d8                	neg    %eax
  800d67:	85 ff                	test   %edi,%edi
  800d69:	0f 45 c8             	cmovne %eax,%ecx
}
  800d6c:	89 c8                	mov    %ecx,%eax
  800d6e:	5b                   	pop    %ebx
  800d6f:	5e                   	pop    %esi
  800d70:	5f                   	pop    %edi
  800d71:	5d                   	pop    %ebp
  800d72:	c3                   	ret

00800d73 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800d73:	55                   	push   %ebp
  800d74:	89 e5                	mov    %esp,%ebp
  800d76:	57                   	push   %edi
  800d77:	56                   	push   %esi
  800d78:	53                   	push   %ebx
  800d79:	83 ec 24             	sub    $0x24,%esp
  800d7c:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800d7f:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800d82:	8b 45 08             	mov    0x8(%ebp),%eax
  800d85:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d88:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800d8b:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800d8e:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800d91:	89 d1                	mov    %edx,%ecx
  800d93:	09 c1                	or     %eax,%ecx
  800d95:	74 2f                	je     800dc6 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800d97:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800d9a:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800d9d:	89 d0                	mov    %edx,%eax
  800d9f:	83 c8 00             	or     $0x0,%eax
  800da2:	74 48                	je     800dec <udivmod64+0x79>
  800da4:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800da9:	be 00 00 00 00       	mov    $0x0,%esi
  800dae:	bf 00 00 00 00       	mov    $0x0,%edi
  800db3:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800dba:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800dc1:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800dc4:	eb 5f                	jmp    800e25 <udivmod64+0xb2>
		return ~0ULL;
  800dc6:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800dcd:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800dd4:	85 db                	test   %ebx,%ebx
  800dd6:	0f 84 b7 00 00 00    	je     800e93 <udivmod64+0x120>
			*rem = n;
  800ddc:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800ddf:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800de2:	89 03                	mov    %eax,(%ebx)
  800de4:	89 53 04             	mov    %edx,0x4(%ebx)
  800de7:	e9 a7 00 00 00       	jmp    800e93 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800dec:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800def:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800df2:	85 db                	test   %ebx,%ebx
  800df4:	74 12                	je     800e08 <udivmod64+0x95>
			*rem = n32 % d32;
  800df6:	89 c8                	mov    %ecx,%eax
  800df8:	ba 00 00 00 00       	mov    $0x0,%edx
  800dfd:	f7 f6                	div    %esi
  800dff:	89 13                	mov    %edx,(%ebx)
  800e01:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800e08:	89 c8                	mov    %ecx,%eax
  800e0a:	ba 00 00 00 00       	mov    $0x0,%edx
  800e0f:	f7 f6                	div    %esi
  800e11:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800e14:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800e1b:	eb 76                	jmp    800e93 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800e1d:	83 e9 01             	sub    $0x1,%ecx
  800e20:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800e23:	74 62                	je     800e87 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800e25:	89 f0                	mov    %esi,%eax
  800e27:	89 fa                	mov    %edi,%edx
  800e29:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800e2d:	01 c0                	add    %eax,%eax
  800e2f:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800e32:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800e35:	0f ad fe             	shrd   %cl,%edi,%esi
  800e38:	d3 ef                	shr    %cl,%edi
  800e3a:	f6 c1 20             	test   $0x20,%cl
  800e3d:	74 04                	je     800e43 <udivmod64+0xd0>
  800e3f:	89 fe                	mov    %edi,%esi
  800e41:	31 ff                	xor    %edi,%edi
  800e43:	89 f7                	mov    %esi,%edi
  800e45:	83 e7 01             	and    $0x1,%edi
  800e48:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800e4b:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800e52:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800e55:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800e58:	09 c6                	or     %eax,%esi
  800e5a:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800e5c:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800e5f:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800e62:	39 c6                	cmp    %eax,%esi
  800e64:	89 fb                	mov    %edi,%ebx
  800e66:	19 d3                	sbb    %edx,%ebx
  800e68:	72 b3                	jb     800e1d <udivmod64+0xaa>
			r -= d;
  800e6a:	29 c6                	sub    %eax,%esi
  800e6c:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800e6e:	31 c0                	xor    %eax,%eax
  800e70:	31 d2                	xor    %edx,%edx
  800e72:	f6 c1 20             	test   $0x20,%cl
  800e75:	0f 94 c0             	sete   %al
  800e78:	0f 95 c2             	setne  %dl
  800e7b:	d3 e0                	shl    %cl,%eax
  800e7d:	d3 e2                	shl    %cl,%edx
  800e7f:	09 45 d0             	or     %eax,-0x30(%ebp)
  800e82:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800e85:	eb 96                	jmp    800e1d <udivmod64+0xaa>
		}
	}
	if (rem)
  800e87:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800e8a:	85 db                	test   %ebx,%ebx
  800e8c:	74 05                	je     800e93 <udivmod64+0x120>
		*rem = r;
  800e8e:	89 33                	mov    %esi,(%ebx)
  800e90:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800e93:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800e96:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800e99:	83 c4 24             	add    $0x24,%esp
  800e9c:	5b                   	pop    %ebx
  800e9d:	5e                   	pop    %esi
  800e9e:	5f                   	pop    %edi
  800e9f:	5d                   	pop    %ebp
  800ea0:	c3                   	ret

00800ea1 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800ea1:	55                   	push   %ebp
  800ea2:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800ea4:	83 ec 04             	sub    $0x4,%esp
  800ea7:	6a 00                	push   $0x0
  800ea9:	ff 75 14             	push   0x14(%ebp)
  800eac:	ff 75 10             	push   0x10(%ebp)
  800eaf:	8b 45 08             	mov    0x8(%ebp),%eax
  800eb2:	8b 55 0c             	mov    0xc(%ebp),%edx
  800eb5:	e8 b9 fe ff ff       	call   800d73 <udivmod64>
}
  800eba:	c9                   	leave
  800ebb:	c3                   	ret

00800ebc <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800ebc:	55                   	push   %ebp
  800ebd:	89 e5                	mov    %esp,%ebp
  800ebf:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800ec2:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800ec5:	50                   	push   %eax
  800ec6:	ff 75 14             	push   0x14(%ebp)
  800ec9:	ff 75 10             	push   0x10(%ebp)
  800ecc:	8b 45 08             	mov    0x8(%ebp),%eax
  800ecf:	8b 55 0c             	mov    0xc(%ebp),%edx
  800ed2:	e8 9c fe ff ff       	call   800d73 <udivmod64>
	return r;
}
  800ed7:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800eda:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800edd:	c9                   	leave
  800ede:	c3                   	ret

00800edf <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800edf:	55                   	push   %ebp
  800ee0:	89 e5                	mov    %esp,%ebp
  800ee2:	57                   	push   %edi
  800ee3:	56                   	push   %esi
  800ee4:	53                   	push   %ebx
  800ee5:	83 ec 0c             	sub    $0xc,%esp
  800ee8:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800eeb:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800eee:	8b 45 10             	mov    0x10(%ebp),%eax
  800ef1:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800ef4:	89 ce                	mov    %ecx,%esi
  800ef6:	89 df                	mov    %ebx,%edi
  800ef8:	31 c6                	xor    %eax,%esi
  800efa:	31 d7                	xor    %edx,%edi
  800efc:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800eff:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800f02:	89 c6                	mov    %eax,%esi
  800f04:	89 d7                	mov    %edx,%edi
  800f06:	85 d2                	test   %edx,%edx
  800f08:	78 25                	js     800f2f <__divdi3+0x50>
  800f0a:	89 c8                	mov    %ecx,%eax
  800f0c:	89 da                	mov    %ebx,%edx
  800f0e:	85 db                	test   %ebx,%ebx
  800f10:	78 2a                	js     800f3c <__divdi3+0x5d>
  800f12:	83 ec 04             	sub    $0x4,%esp
  800f15:	6a 00                	push   $0x0
  800f17:	57                   	push   %edi
  800f18:	56                   	push   %esi
  800f19:	e8 55 fe ff ff       	call   800d73 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800f1e:	83 c4 10             	add    $0x10,%esp
  800f21:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800f25:	78 1e                	js     800f45 <__divdi3+0x66>
}
  800f27:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f2a:	5b                   	pop    %ebx
  800f2b:	5e                   	pop    %esi
  800f2c:	5f                   	pop    %edi
  800f2d:	5d                   	pop    %ebp
  800f2e:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800f2f:	f7 d8                	neg    %eax
  800f31:	83 d2 00             	adc    $0x0,%edx
  800f34:	f7 da                	neg    %edx
  800f36:	89 c6                	mov    %eax,%esi
  800f38:	89 d7                	mov    %edx,%edi
  800f3a:	eb ce                	jmp    800f0a <__divdi3+0x2b>
  800f3c:	f7 d8                	neg    %eax
  800f3e:	83 d2 00             	adc    $0x0,%edx
  800f41:	f7 da                	neg    %edx
  800f43:	eb cd                	jmp    800f12 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800f45:	f7 d8                	neg    %eax
  800f47:	83 d2 00             	adc    $0x0,%edx
  800f4a:	f7 da                	neg    %edx
  800f4c:	eb d9                	jmp    800f27 <__divdi3+0x48>

00800f4e <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800f4e:	55                   	push   %ebp
  800f4f:	89 e5                	mov    %esp,%ebp
  800f51:	57                   	push   %edi
  800f52:	56                   	push   %esi
  800f53:	53                   	push   %ebx
  800f54:	83 ec 14             	sub    $0x14,%esp
  800f57:	8b 45 08             	mov    0x8(%ebp),%eax
  800f5a:	8b 55 0c             	mov    0xc(%ebp),%edx
  800f5d:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800f60:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800f63:	89 ce                	mov    %ecx,%esi
  800f65:	89 df                	mov    %ebx,%edi
  800f67:	85 db                	test   %ebx,%ebx
  800f69:	78 23                	js     800f8e <__moddi3+0x40>
  800f6b:	85 d2                	test   %edx,%edx
  800f6d:	78 28                	js     800f97 <__moddi3+0x49>
  800f6f:	83 ec 04             	sub    $0x4,%esp
  800f72:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800f75:	51                   	push   %ecx
  800f76:	57                   	push   %edi
  800f77:	56                   	push   %esi
  800f78:	e8 f6 fd ff ff       	call   800d73 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800f7d:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800f80:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800f83:	83 c4 10             	add    $0x10,%esp
}
  800f86:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f89:	5b                   	pop    %ebx
  800f8a:	5e                   	pop    %esi
  800f8b:	5f                   	pop    %edi
  800f8c:	5d                   	pop    %ebp
  800f8d:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800f8e:	f7 de                	neg    %esi
  800f90:	83 d7 00             	adc    $0x0,%edi
  800f93:	f7 df                	neg    %edi
  800f95:	eb d4                	jmp    800f6b <__moddi3+0x1d>
  800f97:	f7 d8                	neg    %eax
  800f99:	83 d2 00             	adc    $0x0,%edx
  800f9c:	f7 da                	neg    %edx
  800f9e:	83 ec 04             	sub    $0x4,%esp
  800fa1:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800fa4:	51                   	push   %ecx
  800fa5:	57                   	push   %edi
  800fa6:	56                   	push   %esi
  800fa7:	e8 c7 fd ff ff       	call   800d73 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800fac:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800faf:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800fb2:	f7 d8                	neg    %eax
  800fb4:	83 d2 00             	adc    $0x0,%edx
  800fb7:	f7 da                	neg    %edx
  800fb9:	83 c4 10             	add    $0x10,%esp
  800fbc:	eb c8                	jmp    800f86 <__moddi3+0x38>

00800fbe <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800fbe:	55                   	push   %ebp
  800fbf:	89 e5                	mov    %esp,%ebp
  800fc1:	57                   	push   %edi
  800fc2:	56                   	push   %esi
  800fc3:	53                   	push   %ebx
	asm volatile("int %1\n"
  800fc4:	b8 00 00 00 00       	mov    $0x0,%eax
  800fc9:	8b 55 08             	mov    0x8(%ebp),%edx
  800fcc:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fcf:	89 c3                	mov    %eax,%ebx
  800fd1:	89 c7                	mov    %eax,%edi
  800fd3:	89 c6                	mov    %eax,%esi
  800fd5:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800fd7:	5b                   	pop    %ebx
  800fd8:	5e                   	pop    %esi
  800fd9:	5f                   	pop    %edi
  800fda:	5d                   	pop    %ebp
  800fdb:	c3                   	ret

00800fdc <sys_cgetc>:

int
sys_cgetc(void)
{
  800fdc:	55                   	push   %ebp
  800fdd:	89 e5                	mov    %esp,%ebp
  800fdf:	57                   	push   %edi
  800fe0:	56                   	push   %esi
  800fe1:	53                   	push   %ebx
	asm volatile("int %1\n"
  800fe2:	ba 00 00 00 00       	mov    $0x0,%edx
  800fe7:	b8 01 00 00 00       	mov    $0x1,%eax
  800fec:	89 d1                	mov    %edx,%ecx
  800fee:	89 d3                	mov    %edx,%ebx
  800ff0:	89 d7                	mov    %edx,%edi
  800ff2:	89 d6                	mov    %edx,%esi
  800ff4:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800ff6:	5b                   	pop    %ebx
  800ff7:	5e                   	pop    %esi
  800ff8:	5f                   	pop    %edi
  800ff9:	5d                   	pop    %ebp
  800ffa:	c3                   	ret

00800ffb <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800ffb:	55                   	push   %ebp
  800ffc:	89 e5                	mov    %esp,%ebp
  800ffe:	57                   	push   %edi
  800fff:	56                   	push   %esi
  801000:	53                   	push   %ebx
  801001:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801004:	b9 00 00 00 00       	mov    $0x0,%ecx
  801009:	8b 55 08             	mov    0x8(%ebp),%edx
  80100c:	b8 03 00 00 00       	mov    $0x3,%eax
  801011:	89 cb                	mov    %ecx,%ebx
  801013:	89 cf                	mov    %ecx,%edi
  801015:	89 ce                	mov    %ecx,%esi
  801017:	cd 30                	int    $0x30
	if (check && ret > 0)
  801019:	85 c0                	test   %eax,%eax
  80101b:	7f 08                	jg     801025 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  80101d:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801020:	5b                   	pop    %ebx
  801021:	5e                   	pop    %esi
  801022:	5f                   	pop    %edi
  801023:	5d                   	pop    %ebp
  801024:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801025:	83 ec 0c             	sub    $0xc,%esp
  801028:	50                   	push   %eax
  801029:	6a 03                	push   $0x3
  80102b:	68 44 15 80 00       	push   $0x801544
  801030:	6a 1f                	push   $0x1f
  801032:	68 61 15 80 00       	push   $0x801561
  801037:	e8 f0 f1 ff ff       	call   80022c <_panic>

0080103c <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  80103c:	55                   	push   %ebp
  80103d:	89 e5                	mov    %esp,%ebp
  80103f:	57                   	push   %edi
  801040:	56                   	push   %esi
  801041:	53                   	push   %ebx
	asm volatile("int %1\n"
  801042:	ba 00 00 00 00       	mov    $0x0,%edx
  801047:	b8 02 00 00 00       	mov    $0x2,%eax
  80104c:	89 d1                	mov    %edx,%ecx
  80104e:	89 d3                	mov    %edx,%ebx
  801050:	89 d7                	mov    %edx,%edi
  801052:	89 d6                	mov    %edx,%esi
  801054:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  801056:	5b                   	pop    %ebx
  801057:	5e                   	pop    %esi
  801058:	5f                   	pop    %edi
  801059:	5d                   	pop    %ebp
  80105a:	c3                   	ret

0080105b <sys_yield>:

void
sys_yield(void)
{
  80105b:	55                   	push   %ebp
  80105c:	89 e5                	mov    %esp,%ebp
  80105e:	57                   	push   %edi
  80105f:	56                   	push   %esi
  801060:	53                   	push   %ebx
	asm volatile("int %1\n"
  801061:	ba 00 00 00 00       	mov    $0x0,%edx
  801066:	b8 0a 00 00 00       	mov    $0xa,%eax
  80106b:	89 d1                	mov    %edx,%ecx
  80106d:	89 d3                	mov    %edx,%ebx
  80106f:	89 d7                	mov    %edx,%edi
  801071:	89 d6                	mov    %edx,%esi
  801073:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  801075:	5b                   	pop    %ebx
  801076:	5e                   	pop    %esi
  801077:	5f                   	pop    %edi
  801078:	5d                   	pop    %ebp
  801079:	c3                   	ret

0080107a <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  80107a:	55                   	push   %ebp
  80107b:	89 e5                	mov    %esp,%ebp
  80107d:	57                   	push   %edi
  80107e:	56                   	push   %esi
  80107f:	53                   	push   %ebx
  801080:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801083:	be 00 00 00 00       	mov    $0x0,%esi
  801088:	8b 55 08             	mov    0x8(%ebp),%edx
  80108b:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80108e:	b8 04 00 00 00       	mov    $0x4,%eax
  801093:	8b 5d 10             	mov    0x10(%ebp),%ebx
  801096:	89 f7                	mov    %esi,%edi
  801098:	cd 30                	int    $0x30
	if (check && ret > 0)
  80109a:	85 c0                	test   %eax,%eax
  80109c:	7f 08                	jg     8010a6 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  80109e:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8010a1:	5b                   	pop    %ebx
  8010a2:	5e                   	pop    %esi
  8010a3:	5f                   	pop    %edi
  8010a4:	5d                   	pop    %ebp
  8010a5:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8010a6:	83 ec 0c             	sub    $0xc,%esp
  8010a9:	50                   	push   %eax
  8010aa:	6a 04                	push   $0x4
  8010ac:	68 44 15 80 00       	push   $0x801544
  8010b1:	6a 1f                	push   $0x1f
  8010b3:	68 61 15 80 00       	push   $0x801561
  8010b8:	e8 6f f1 ff ff       	call   80022c <_panic>

008010bd <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  8010bd:	55                   	push   %ebp
  8010be:	89 e5                	mov    %esp,%ebp
  8010c0:	57                   	push   %edi
  8010c1:	56                   	push   %esi
  8010c2:	53                   	push   %ebx
  8010c3:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8010c6:	8b 55 08             	mov    0x8(%ebp),%edx
  8010c9:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010cc:	b8 05 00 00 00       	mov    $0x5,%eax
  8010d1:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8010d4:	8b 7d 14             	mov    0x14(%ebp),%edi
  8010d7:	8b 75 18             	mov    0x18(%ebp),%esi
  8010da:	cd 30                	int    $0x30
	if (check && ret > 0)
  8010dc:	85 c0                	test   %eax,%eax
  8010de:	7f 08                	jg     8010e8 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  8010e0:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8010e3:	5b                   	pop    %ebx
  8010e4:	5e                   	pop    %esi
  8010e5:	5f                   	pop    %edi
  8010e6:	5d                   	pop    %ebp
  8010e7:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8010e8:	83 ec 0c             	sub    $0xc,%esp
  8010eb:	50                   	push   %eax
  8010ec:	6a 05                	push   $0x5
  8010ee:	68 44 15 80 00       	push   $0x801544
  8010f3:	6a 1f                	push   $0x1f
  8010f5:	68 61 15 80 00       	push   $0x801561
  8010fa:	e8 2d f1 ff ff       	call   80022c <_panic>

008010ff <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  8010ff:	55                   	push   %ebp
  801100:	89 e5                	mov    %esp,%ebp
  801102:	57                   	push   %edi
  801103:	56                   	push   %esi
  801104:	53                   	push   %ebx
  801105:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801108:	bb 00 00 00 00       	mov    $0x0,%ebx
  80110d:	8b 55 08             	mov    0x8(%ebp),%edx
  801110:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801113:	b8 06 00 00 00       	mov    $0x6,%eax
  801118:	89 df                	mov    %ebx,%edi
  80111a:	89 de                	mov    %ebx,%esi
  80111c:	cd 30                	int    $0x30
	if (check && ret > 0)
  80111e:	85 c0                	test   %eax,%eax
  801120:	7f 08                	jg     80112a <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  801122:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801125:	5b                   	pop    %ebx
  801126:	5e                   	pop    %esi
  801127:	5f                   	pop    %edi
  801128:	5d                   	pop    %ebp
  801129:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80112a:	83 ec 0c             	sub    $0xc,%esp
  80112d:	50                   	push   %eax
  80112e:	6a 06                	push   $0x6
  801130:	68 44 15 80 00       	push   $0x801544
  801135:	6a 1f                	push   $0x1f
  801137:	68 61 15 80 00       	push   $0x801561
  80113c:	e8 eb f0 ff ff       	call   80022c <_panic>

00801141 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  801141:	55                   	push   %ebp
  801142:	89 e5                	mov    %esp,%ebp
  801144:	57                   	push   %edi
  801145:	56                   	push   %esi
  801146:	53                   	push   %ebx
  801147:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80114a:	bb 00 00 00 00       	mov    $0x0,%ebx
  80114f:	8b 55 08             	mov    0x8(%ebp),%edx
  801152:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801155:	b8 08 00 00 00       	mov    $0x8,%eax
  80115a:	89 df                	mov    %ebx,%edi
  80115c:	89 de                	mov    %ebx,%esi
  80115e:	cd 30                	int    $0x30
	if (check && ret > 0)
  801160:	85 c0                	test   %eax,%eax
  801162:	7f 08                	jg     80116c <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  801164:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801167:	5b                   	pop    %ebx
  801168:	5e                   	pop    %esi
  801169:	5f                   	pop    %edi
  80116a:	5d                   	pop    %ebp
  80116b:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80116c:	83 ec 0c             	sub    $0xc,%esp
  80116f:	50                   	push   %eax
  801170:	6a 08                	push   $0x8
  801172:	68 44 15 80 00       	push   $0x801544
  801177:	6a 1f                	push   $0x1f
  801179:	68 61 15 80 00       	push   $0x801561
  80117e:	e8 a9 f0 ff ff       	call   80022c <_panic>

00801183 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  801183:	55                   	push   %ebp
  801184:	89 e5                	mov    %esp,%ebp
  801186:	57                   	push   %edi
  801187:	56                   	push   %esi
  801188:	53                   	push   %ebx
  801189:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80118c:	bb 00 00 00 00       	mov    $0x0,%ebx
  801191:	8b 55 08             	mov    0x8(%ebp),%edx
  801194:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801197:	b8 09 00 00 00       	mov    $0x9,%eax
  80119c:	89 df                	mov    %ebx,%edi
  80119e:	89 de                	mov    %ebx,%esi
  8011a0:	cd 30                	int    $0x30
	if (check && ret > 0)
  8011a2:	85 c0                	test   %eax,%eax
  8011a4:	7f 08                	jg     8011ae <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  8011a6:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8011a9:	5b                   	pop    %ebx
  8011aa:	5e                   	pop    %esi
  8011ab:	5f                   	pop    %edi
  8011ac:	5d                   	pop    %ebp
  8011ad:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8011ae:	83 ec 0c             	sub    $0xc,%esp
  8011b1:	50                   	push   %eax
  8011b2:	6a 09                	push   $0x9
  8011b4:	68 44 15 80 00       	push   $0x801544
  8011b9:	6a 1f                	push   $0x1f
  8011bb:	68 61 15 80 00       	push   $0x801561
  8011c0:	e8 67 f0 ff ff       	call   80022c <_panic>

008011c5 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8011c5:	55                   	push   %ebp
  8011c6:	89 e5                	mov    %esp,%ebp
  8011c8:	57                   	push   %edi
  8011c9:	56                   	push   %esi
  8011ca:	53                   	push   %ebx
	asm volatile("int %1\n"
  8011cb:	8b 55 08             	mov    0x8(%ebp),%edx
  8011ce:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8011d1:	b8 0b 00 00 00       	mov    $0xb,%eax
  8011d6:	be 00 00 00 00       	mov    $0x0,%esi
  8011db:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8011de:	8b 7d 14             	mov    0x14(%ebp),%edi
  8011e1:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8011e3:	5b                   	pop    %ebx
  8011e4:	5e                   	pop    %esi
  8011e5:	5f                   	pop    %edi
  8011e6:	5d                   	pop    %ebp
  8011e7:	c3                   	ret

008011e8 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8011e8:	55                   	push   %ebp
  8011e9:	89 e5                	mov    %esp,%ebp
  8011eb:	57                   	push   %edi
  8011ec:	56                   	push   %esi
  8011ed:	53                   	push   %ebx
  8011ee:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8011f1:	b9 00 00 00 00       	mov    $0x0,%ecx
  8011f6:	8b 55 08             	mov    0x8(%ebp),%edx
  8011f9:	b8 0c 00 00 00       	mov    $0xc,%eax
  8011fe:	89 cb                	mov    %ecx,%ebx
  801200:	89 cf                	mov    %ecx,%edi
  801202:	89 ce                	mov    %ecx,%esi
  801204:	cd 30                	int    $0x30
	if (check && ret > 0)
  801206:	85 c0                	test   %eax,%eax
  801208:	7f 08                	jg     801212 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  80120a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80120d:	5b                   	pop    %ebx
  80120e:	5e                   	pop    %esi
  80120f:	5f                   	pop    %edi
  801210:	5d                   	pop    %ebp
  801211:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801212:	83 ec 0c             	sub    $0xc,%esp
  801215:	50                   	push   %eax
  801216:	6a 0c                	push   $0xc
  801218:	68 44 15 80 00       	push   $0x801544
  80121d:	6a 1f                	push   $0x1f
  80121f:	68 61 15 80 00       	push   $0x801561
  801224:	e8 03 f0 ff ff       	call   80022c <_panic>
