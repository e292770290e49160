
obj-walkfork/user/spinlock:     file format elf32-i386


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
  80002c:	e8 cd 01 00 00       	call   8001fe <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:
	release(&sh->locked);
}

void
umain(int argc, char **argv)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	57                   	push   %edi
  800037:	56                   	push   %esi
  800038:	53                   	push   %ebx
  800039:	83 ec 20             	sub    $0x20,%esp
	struct shared *sh = SHARED;
	envid_t id, workers[NWORKERS];
	int i, r, ncpu;

	if ((r = sys_page_alloc(0, sh, PTE_P | PTE_U | PTE_W)) < 0)
  80003c:	6a 07                	push   $0x7
  80003e:	68 00 00 00 10       	push   $0x10000000
  800043:	6a 00                	push   $0x0
  800045:	e8 5a 10 00 00       	call   8010a4 <sys_page_alloc>
  80004a:	83 c4 10             	add    $0x10,%esp
  80004d:	85 c0                	test   %eax,%eax
  80004f:	0f 88 e6 00 00 00    	js     80013b <umain+0x108>
  800055:	8d 5d d8             	lea    -0x28(%ebp),%ebx
  800058:	8d 7d e8             	lea    -0x18(%ebp),%edi
  80005b:	89 de                	mov    %ebx,%esi

	// Fork every worker first: each fork makes our page copy-on-write
	// again.  Then write to it, which leaves us a private writable copy,
	// and give that very page to each worker before letting it go.
	for (i = 0; i < NWORKERS; i++) {
		if ((id = fork()) < 0)
  80005d:	e8 d5 14 00 00       	call   801537 <fork>
  800062:	85 c0                	test   %eax,%eax
  800064:	0f 88 e3 00 00 00    	js     80014d <umain+0x11a>
			panic("fork: %e", id);
		if (id == 0) {
  80006a:	0f 84 ef 00 00 00    	je     80015f <umain+0x12c>
			worker();
			return;
		}
		workers[i] = id;
  800070:	89 06                	mov    %eax,(%esi)
	for (i = 0; i < NWORKERS; i++) {
  800072:	83 c6 04             	add    $0x4,%esi
  800075:	39 f7                	cmp    %esi,%edi
  800077:	75 e4                	jne    80005d <umain+0x2a>
	}
	sh->counter = 0;
  800079:	c7 05 04 00 00 10 00 	movl   $0x0,0x10000004
  800080:	00 00 00 
	for (i = 0; i < NWORKERS; i++) {
		if ((r = sys_page_map(0, sh, workers[i], sh, PTE_P | PTE_U | PTE_W)) < 0)
  800083:	8b 33                	mov    (%ebx),%esi
  800085:	83 ec 0c             	sub    $0xc,%esp
  800088:	6a 07                	push   $0x7
  80008a:	68 00 00 00 10       	push   $0x10000000
  80008f:	56                   	push   %esi
  800090:	68 00 00 00 10       	push   $0x10000000
  800095:	6a 00                	push   $0x0
  800097:	e8 4b 10 00 00       	call   8010e7 <sys_page_map>
  80009c:	83 c4 20             	add    $0x20,%esp
  80009f:	85 c0                	test   %eax,%eax
  8000a1:	0f 88 45 01 00 00    	js     8001ec <umain+0x1b9>
			panic("sys_page_map: %e", r);
		ipc_send(workers[i], 0, NULL, 0);
  8000a7:	6a 00                	push   $0x0
  8000a9:	6a 00                	push   $0x0
  8000ab:	6a 00                	push   $0x0
  8000ad:	56                   	push   %esi
  8000ae:	e8 26 15 00 00       	call   8015d9 <ipc_send>
	for (i = 0; i < NWORKERS; i++) {
  8000b3:	83 c3 04             	add    $0x4,%ebx
  8000b6:	83 c4 10             	add    $0x10,%esp
  8000b9:	39 df                	cmp    %ebx,%edi
  8000bb:	75 c6                	jne    800083 <umain+0x50>
	}

	while (sh->done < NWORKERS)
  8000bd:	a1 08 00 00 10       	mov    0x10000008,%eax
  8000c2:	83 f8 03             	cmp    $0x3,%eax
  8000c5:	77 0f                	ja     8000d6 <umain+0xa3>
		sys_yield();
  8000c7:	e8 b9 0f 00 00       	call   801085 <sys_yield>
	while (sh->done < NWORKERS)
  8000cc:	a1 08 00 00 10       	mov    0x10000008,%eax
  8000d1:	83 f8 03             	cmp    $0x3,%eax
  8000d4:	76 f1                	jbe    8000c7 <umain+0x94>

	for (ncpu = 0, i = 0; i < 32; i++)
  8000d6:	ba 00 00 00 00       	mov    $0x0,%edx
  8000db:	b9 00 00 00 00       	mov    $0x0,%ecx
		ncpu += (sh->cpus >> i) & 1;
  8000e0:	a1 0c 00 00 10       	mov    0x1000000c,%eax
  8000e5:	d3 e8                	shr    %cl,%eax
  8000e7:	83 e0 01             	and    $0x1,%eax
  8000ea:	01 d0                	add    %edx,%eax
  8000ec:	89 c2                	mov    %eax,%edx
	for (ncpu = 0, i = 0; i < 32; i++)
  8000ee:	83 c1 01             	add    $0x1,%ecx
  8000f1:	83 f9 20             	cmp    $0x20,%ecx
  8000f4:	75 ea                	jne    8000e0 <umain+0xad>
	cprintf("spinlock: workers finished on %d CPU(s)\n", ncpu);
  8000f6:	83 ec 08             	sub    $0x8,%esp
  8000f9:	50                   	push   %eax
  8000fa:	68 3c 17 80 00       	push   $0x80173c
  8000ff:	e8 c7 08 00 00       	call   8009cb <cprintf>
	cprintf("spinlock: counter %d %s\n", sh->counter,
		sh->counter == NWORKERS * ITERS ? "ok" : "BAD");
  800104:	a1 04 00 00 10       	mov    0x10000004,%eax
	cprintf("spinlock: counter %d %s\n", sh->counter,
  800109:	83 c4 0c             	add    $0xc,%esp
  80010c:	3d 40 42 0f 00       	cmp    $0xf4240,%eax
  800111:	b8 03 17 80 00       	mov    $0x801703,%eax
  800116:	ba 00 17 80 00       	mov    $0x801700,%edx
  80011b:	0f 44 c2             	cmove  %edx,%eax
  80011e:	8b 15 04 00 00 10    	mov    0x10000004,%edx
  800124:	50                   	push   %eax
  800125:	52                   	push   %edx
  800126:	68 20 17 80 00       	push   $0x801720
  80012b:	e8 9b 08 00 00       	call   8009cb <cprintf>
  800130:	83 c4 10             	add    $0x10,%esp
}
  800133:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800136:	5b                   	pop    %ebx
  800137:	5e                   	pop    %esi
  800138:	5f                   	pop    %edi
  800139:	5d                   	pop    %ebp
  80013a:	c3                   	ret
		panic("sys_page_alloc: %e", r);
  80013b:	50                   	push   %eax
  80013c:	68 71 1a 80 00       	push   $0x801a71
  800141:	6a 49                	push   $0x49
  800143:	68 07 17 80 00       	push   $0x801707
  800148:	e8 09 01 00 00       	call   800256 <_panic>
			panic("fork: %e", id);
  80014d:	50                   	push   %eax
  80014e:	68 17 17 80 00       	push   $0x801717
  800153:	6a 50                	push   $0x50
  800155:	68 07 17 80 00       	push   $0x801707
  80015a:	e8 f7 00 00 00       	call   800256 <_panic>
	ipc_recv(NULL, NULL, NULL);
  80015f:	83 ec 04             	sub    $0x4,%esp
  800162:	6a 00                	push   $0x0
  800164:	6a 00                	push   $0x0
  800166:	6a 00                	push   $0x0
  800168:	e8 ee 13 00 00       	call   80155b <ipc_recv>
  80016d:	83 c4 10             	add    $0x10,%esp
  800170:	b9 90 d0 03 00       	mov    $0x3d090,%ecx
// the xchg instruction with a memory operand is implicitly locked.
static inline uint32_t
xchg(volatile uint32_t *addr, uint32_t newval)
{
	uint32_t result;
	asm volatile("lock; xchgl %0, %1"
  800175:	ba 01 00 00 00       	mov    $0x1,%edx
  80017a:	bb 00 00 00 00       	mov    $0x0,%ebx
  80017f:	89 d0                	mov    %edx,%eax
  800181:	f0 87 05 00 00 00 10 	lock xchg %eax,0x10000000
	while (xchg(lock, 1) != 0)
  800188:	85 c0                	test   %eax,%eax
  80018a:	75 f3                	jne    80017f <umain+0x14c>
		v = sh->counter;
  80018c:	a1 04 00 00 10       	mov    0x10000004,%eax
		sh->counter = v + 1;
  800191:	83 c0 01             	add    $0x1,%eax
  800194:	a3 04 00 00 10       	mov    %eax,0x10000004
  800199:	89 d8                	mov    %ebx,%eax
  80019b:	f0 87 05 00 00 00 10 	lock xchg %eax,0x10000000
	for (i = 0; i < ITERS; i++) {
  8001a2:	83 e9 01             	sub    $0x1,%ecx
  8001a5:	75 d8                	jne    80017f <umain+0x14c>
  8001a7:	ba 01 00 00 00       	mov    $0x1,%edx
  8001ac:	89 d0                	mov    %edx,%eax
  8001ae:	f0 87 05 00 00 00 10 	lock xchg %eax,0x10000000
	while (xchg(lock, 1) != 0)
  8001b5:	85 c0                	test   %eax,%eax
  8001b7:	75 f3                	jne    8001ac <umain+0x179>
	sh->done++;
  8001b9:	a1 08 00 00 10       	mov    0x10000008,%eax
  8001be:	83 c0 01             	add    $0x1,%eax
  8001c1:	a3 08 00 00 10       	mov    %eax,0x10000008
	sh->cpus |= 1 << thisenv->env_cpunum;
  8001c6:	a1 00 30 80 00       	mov    0x803000,%eax
  8001cb:	8b 50 5c             	mov    0x5c(%eax),%edx
  8001ce:	a1 0c 00 00 10       	mov    0x1000000c,%eax
  8001d3:	0f ab d0             	bts    %edx,%eax
  8001d6:	a3 0c 00 00 10       	mov    %eax,0x1000000c
  8001db:	b8 00 00 00 00       	mov    $0x0,%eax
  8001e0:	f0 87 05 00 00 00 10 	lock xchg %eax,0x10000000
			return;
  8001e7:	e9 47 ff ff ff       	jmp    800133 <umain+0x100>
			panic("sys_page_map: %e", r);
  8001ec:	50                   	push   %eax
  8001ed:	68 8d 1a 80 00       	push   $0x801a8d
  8001f2:	6a 5a                	push   $0x5a
  8001f4:	68 07 17 80 00       	push   $0x801707
  8001f9:	e8 58 00 00 00       	call   800256 <_panic>

008001fe <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8001fe:	55                   	push   %ebp
  8001ff:	89 e5                	mov    %esp,%ebp
  800201:	56                   	push   %esi
  800202:	53                   	push   %ebx
  800203:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800206:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  800209:	e8 58 0e 00 00       	call   801066 <sys_getenvid>
  80020e:	25 ff 03 00 00       	and    $0x3ff,%eax
  800213:	6b c0 7c             	imul   $0x7c,%eax,%eax
  800216:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80021b:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800220:	85 db                	test   %ebx,%ebx
  800222:	7e 07                	jle    80022b <libmain+0x2d>
		binaryname = argv[0];
  800224:	8b 06                	mov    (%esi),%eax
  800226:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  80022b:	83 ec 08             	sub    $0x8,%esp
  80022e:	56                   	push   %esi
  80022f:	53                   	push   %ebx
  800230:	e8 fe fd ff ff       	call   800033 <umain>

	exit();
  800235:	e8 0a 00 00 00       	call   800244 <exit>
}
  80023a:	83 c4 10             	add    $0x10,%esp
  80023d:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800240:	5b                   	pop    %ebx
  800241:	5e                   	pop    %esi
  800242:	5d                   	pop    %ebp
  800243:	c3                   	ret

00800244 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  800244:	55                   	push   %ebp
  800245:	89 e5                	mov    %esp,%ebp
  800247:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  80024a:	6a 00                	push   $0x0
  80024c:	e8 d4 0d 00 00       	call   801025 <sys_env_destroy>
}
  800251:	83 c4 10             	add    $0x10,%esp
  800254:	c9                   	leave
  800255:	c3                   	ret

00800256 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  800256:	55                   	push   %ebp
  800257:	89 e5                	mov    %esp,%ebp
  800259:	56                   	push   %esi
  80025a:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  80025b:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  80025e:	8b 35 00 20 80 00    	mov    0x802000,%esi
  800264:	e8 fd 0d 00 00       	call   801066 <sys_getenvid>
  800269:	83 ec 0c             	sub    $0xc,%esp
  80026c:	ff 75 0c             	push   0xc(%ebp)
  80026f:	ff 75 08             	push   0x8(%ebp)
  800272:	56                   	push   %esi
  800273:	50                   	push   %eax
  800274:	68 70 17 80 00       	push   $0x801770
  800279:	e8 4d 07 00 00       	call   8009cb <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  80027e:	83 c4 18             	add    $0x18,%esp
  800281:	53                   	push   %ebx
  800282:	ff 75 10             	push   0x10(%ebp)
  800285:	e8 56 00 00 00       	call   8002e0 <vcprintf>
	cprintf("\n");
  80028a:	c7 04 24 37 17 80 00 	movl   $0x801737,(%esp)
  800291:	e8 35 07 00 00       	call   8009cb <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  800296:	cc                   	int3
  800297:	83 c4 10             	add    $0x10,%esp
	for (;;)
  80029a:	eb fe                	jmp    80029a <_panic+0x44>

0080029c <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  80029c:	55                   	push   %ebp
  80029d:	89 e5                	mov    %esp,%ebp
  80029f:	53                   	push   %ebx
  8002a0:	83 ec 04             	sub    $0x4,%esp
  8002a3:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  8002a6:	8b 13                	mov    (%ebx),%edx
  8002a8:	8d 42 01             	lea    0x1(%edx),%eax
  8002ab:	89 03                	mov    %eax,(%ebx)
  8002ad:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8002b0:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  8002b4:	3d 00 01 00 00       	cmp    $0x100,%eax
  8002b9:	74 09                	je     8002c4 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  8002bb:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  8002bf:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8002c2:	c9                   	leave
  8002c3:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8002c4:	83 ec 08             	sub    $0x8,%esp
  8002c7:	68 00 01 00 00       	push   $0x100
  8002cc:	8d 43 08             	lea    0x8(%ebx),%eax
  8002cf:	50                   	push   %eax
  8002d0:	e8 13 0d 00 00       	call   800fe8 <sys_cputs>
		b->idx = 0;
  8002d5:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8002db:	83 c4 10             	add    $0x10,%esp
  8002de:	eb db                	jmp    8002bb <putch+0x1f>

008002e0 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8002e0:	55                   	push   %ebp
  8002e1:	89 e5                	mov    %esp,%ebp
  8002e3:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8002e9:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8002f0:	00 00 00 
	b.cnt = 0;
  8002f3:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8002fa:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8002fd:	ff 75 0c             	push   0xc(%ebp)
  800300:	ff 75 08             	push   0x8(%ebp)
  800303:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  800309:	50                   	push   %eax
  80030a:	68 9c 02 80 00       	push   $0x80029c
  80030f:	e8 64 00 00 00       	call   800378 <vprintfmt>
	if (b->idx > 0) {
  800314:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  80031a:	83 c4 10             	add    $0x10,%esp
  80031d:	85 c0                	test   %eax,%eax
  80031f:	7f 08                	jg     800329 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  800321:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  800327:	c9                   	leave
  800328:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  800329:	83 ec 08             	sub    $0x8,%esp
  80032c:	50                   	push   %eax
  80032d:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  800333:	50                   	push   %eax
  800334:	e8 af 0c 00 00       	call   800fe8 <sys_cputs>
  800339:	83 c4 10             	add    $0x10,%esp
  80033c:	eb e3                	jmp    800321 <vcprintf+0x41>

0080033e <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  80033e:	55                   	push   %ebp
  80033f:	89 e5                	mov    %esp,%ebp
  800341:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  800344:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  800348:	8b 10                	mov    (%eax),%edx
  80034a:	3b 50 04             	cmp    0x4(%eax),%edx
  80034d:	73 0a                	jae    800359 <sprintputch+0x1b>
		*b->buf++ = ch;
  80034f:	8d 4a 01             	lea    0x1(%edx),%ecx
  800352:	89 08                	mov    %ecx,(%eax)
  800354:	8b 45 08             	mov    0x8(%ebp),%eax
  800357:	88 02                	mov    %al,(%edx)
}
  800359:	5d                   	pop    %ebp
  80035a:	c3                   	ret

0080035b <printfmt>:
{
  80035b:	55                   	push   %ebp
  80035c:	89 e5                	mov    %esp,%ebp
  80035e:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800361:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  800364:	50                   	push   %eax
  800365:	ff 75 10             	push   0x10(%ebp)
  800368:	ff 75 0c             	push   0xc(%ebp)
  80036b:	ff 75 08             	push   0x8(%ebp)
  80036e:	e8 05 00 00 00       	call   800378 <vprintfmt>
}
  800373:	83 c4 10             	add    $0x10,%esp
  800376:	c9                   	leave
  800377:	c3                   	ret

00800378 <vprintfmt>:
{
  800378:	55                   	push   %ebp
  800379:	89 e5                	mov    %esp,%ebp
  80037b:	57                   	push   %edi
  80037c:	56                   	push   %esi
  80037d:	53                   	push   %ebx
  80037e:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800381:	8b 45 10             	mov    0x10(%ebp),%eax
  800384:	8d 58 01             	lea    0x1(%eax),%ebx
  800387:	0f b6 00             	movzbl (%eax),%eax
  80038a:	83 f8 25             	cmp    $0x25,%eax
  80038d:	74 24                	je     8003b3 <vprintfmt+0x3b>
  80038f:	8b 75 08             	mov    0x8(%ebp),%esi
  800392:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800395:	85 c0                	test   %eax,%eax
  800397:	0f 84 d8 05 00 00    	je     800975 <vprintfmt+0x5fd>
			putch(ch, putdat);
  80039d:	83 ec 08             	sub    $0x8,%esp
  8003a0:	57                   	push   %edi
  8003a1:	50                   	push   %eax
  8003a2:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  8003a4:	83 c3 01             	add    $0x1,%ebx
  8003a7:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  8003ab:	83 c4 10             	add    $0x10,%esp
  8003ae:	83 f8 25             	cmp    $0x25,%eax
  8003b1:	75 e2                	jne    800395 <vprintfmt+0x1d>
		padc = ' ';
  8003b3:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  8003b7:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  8003bc:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  8003c3:	b9 00 00 00 00       	mov    $0x0,%ecx
  8003c8:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8003ca:	8d 53 01             	lea    0x1(%ebx),%edx
  8003cd:	0f b6 0b             	movzbl (%ebx),%ecx
  8003d0:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8003d3:	3c 55                	cmp    $0x55,%al
  8003d5:	0f 87 21 05 00 00    	ja     8008fc <vprintfmt+0x584>
  8003db:	0f b6 c0             	movzbl %al,%eax
  8003de:	ff 24 85 60 18 80 00 	jmp    *0x801860(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8003e5:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8003e8:	eb 97                	jmp    800381 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8003ea:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8003ec:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8003f0:	eb d8                	jmp    8003ca <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8003f2:	89 d3                	mov    %edx,%ebx
  8003f4:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8003f8:	eb d0                	jmp    8003ca <vprintfmt+0x52>
  8003fa:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8003fd:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  800400:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  800404:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800407:	83 f9 09             	cmp    $0x9,%ecx
  80040a:	77 54                	ja     800460 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  80040c:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  80040f:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  800412:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  800416:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  800419:	8d 48 d0             	lea    -0x30(%eax),%ecx
  80041c:	83 f9 09             	cmp    $0x9,%ecx
  80041f:	76 eb                	jbe    80040c <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  800421:	89 d3                	mov    %edx,%ebx
  800423:	eb 0d                	jmp    800432 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  800425:	8b 45 14             	mov    0x14(%ebp),%eax
  800428:	8b 38                	mov    (%eax),%edi
  80042a:	8d 40 04             	lea    0x4(%eax),%eax
  80042d:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800430:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  800432:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800436:	79 92                	jns    8003ca <vprintfmt+0x52>
				width = precision, precision = -1;
  800438:	89 7d ac             	mov    %edi,-0x54(%ebp)
  80043b:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  800440:	eb 88                	jmp    8003ca <vprintfmt+0x52>
			if (width < 0)
  800442:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  800445:	85 c9                	test   %ecx,%ecx
  800447:	b8 00 00 00 00       	mov    $0x0,%eax
  80044c:	0f 49 c1             	cmovns %ecx,%eax
  80044f:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800452:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800454:	e9 71 ff ff ff       	jmp    8003ca <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800459:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80045b:	e9 6a ff ff ff       	jmp    8003ca <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800460:	89 d3                	mov    %edx,%ebx
  800462:	eb ce                	jmp    800432 <vprintfmt+0xba>
			lflag++;
  800464:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800467:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800469:	e9 5c ff ff ff       	jmp    8003ca <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  80046e:	89 55 10             	mov    %edx,0x10(%ebp)
  800471:	8b 45 14             	mov    0x14(%ebp),%eax
  800474:	8d 58 04             	lea    0x4(%eax),%ebx
  800477:	83 ec 08             	sub    $0x8,%esp
  80047a:	ff 75 0c             	push   0xc(%ebp)
  80047d:	ff 30                	push   (%eax)
  80047f:	ff 55 08             	call   *0x8(%ebp)
			break;
  800482:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800485:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800488:	e9 f4 fe ff ff       	jmp    800381 <vprintfmt+0x9>
			err = va_arg(ap, int);
  80048d:	89 55 10             	mov    %edx,0x10(%ebp)
  800490:	8b 45 14             	mov    0x14(%ebp),%eax
  800493:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800496:	8b 10                	mov    (%eax),%edx
  800498:	89 d0                	mov    %edx,%eax
  80049a:	f7 d8                	neg    %eax
  80049c:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  80049f:	83 f8 08             	cmp    $0x8,%eax
  8004a2:	7f 27                	jg     8004cb <vprintfmt+0x153>
  8004a4:	8b 14 85 c0 19 80 00 	mov    0x8019c0(,%eax,4),%edx
  8004ab:	85 d2                	test   %edx,%edx
  8004ad:	74 1c                	je     8004cb <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  8004af:	52                   	push   %edx
  8004b0:	68 a3 17 80 00       	push   $0x8017a3
  8004b5:	ff 75 0c             	push   0xc(%ebp)
  8004b8:	ff 75 08             	push   0x8(%ebp)
  8004bb:	e8 9b fe ff ff       	call   80035b <printfmt>
  8004c0:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8004c3:	89 5d 14             	mov    %ebx,0x14(%ebp)
  8004c6:	e9 b6 fe ff ff       	jmp    800381 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  8004cb:	50                   	push   %eax
  8004cc:	68 9a 17 80 00       	push   $0x80179a
  8004d1:	ff 75 0c             	push   0xc(%ebp)
  8004d4:	ff 75 08             	push   0x8(%ebp)
  8004d7:	e8 7f fe ff ff       	call   80035b <printfmt>
  8004dc:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8004df:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8004e2:	e9 9a fe ff ff       	jmp    800381 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8004e7:	89 55 10             	mov    %edx,0x10(%ebp)
  8004ea:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ed:	83 c0 04             	add    $0x4,%eax
  8004f0:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8004f3:	8b 45 14             	mov    0x14(%ebp),%eax
  8004f6:	8b 30                	mov    (%eax),%esi
  8004f8:	85 f6                	test   %esi,%esi
  8004fa:	0f 84 53 04 00 00    	je     800953 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  800500:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800504:	7e 06                	jle    80050c <vprintfmt+0x194>
  800506:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  80050a:	75 1b                	jne    800527 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80050c:	8d 5e 01             	lea    0x1(%esi),%ebx
  80050f:	0f be 06             	movsbl (%esi),%eax
  800512:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800515:	85 c0                	test   %eax,%eax
  800517:	0f 85 80 00 00 00    	jne    80059d <vprintfmt+0x225>
  80051d:	e9 8c 00 00 00       	jmp    8005ae <vprintfmt+0x236>
				p = "(null)";
  800522:	be 93 17 80 00       	mov    $0x801793,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  800527:	83 ec 08             	sub    $0x8,%esp
  80052a:	57                   	push   %edi
  80052b:	56                   	push   %esi
  80052c:	e8 ea 04 00 00       	call   800a1b <strnlen>
  800531:	29 45 ac             	sub    %eax,-0x54(%ebp)
  800534:	8b 55 ac             	mov    -0x54(%ebp),%edx
  800537:	83 c4 10             	add    $0x10,%esp
  80053a:	85 d2                	test   %edx,%edx
  80053c:	0f 8e f5 03 00 00    	jle    800937 <vprintfmt+0x5bf>
					putch(padc, putdat);
  800542:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  800546:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800549:	89 d6                	mov    %edx,%esi
  80054b:	89 7d b0             	mov    %edi,-0x50(%ebp)
  80054e:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800551:	83 ec 08             	sub    $0x8,%esp
  800554:	57                   	push   %edi
  800555:	53                   	push   %ebx
  800556:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800559:	83 c4 10             	add    $0x10,%esp
  80055c:	83 ee 01             	sub    $0x1,%esi
  80055f:	75 f0                	jne    800551 <vprintfmt+0x1d9>
  800561:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800564:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800567:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80056a:	8d 5e 01             	lea    0x1(%esi),%ebx
  80056d:	0f be 06             	movsbl (%esi),%eax
  800570:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800573:	85 c0                	test   %eax,%eax
  800575:	75 26                	jne    80059d <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800577:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80057a:	89 45 14             	mov    %eax,0x14(%ebp)
  80057d:	e9 ff fd ff ff       	jmp    800381 <vprintfmt+0x9>
				putch(ch, putdat);
  800582:	83 ec 08             	sub    $0x8,%esp
  800585:	ff 75 0c             	push   0xc(%ebp)
  800588:	50                   	push   %eax
  800589:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80058c:	83 ee 01             	sub    $0x1,%esi
  80058f:	83 c3 01             	add    $0x1,%ebx
  800592:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800596:	83 c4 10             	add    $0x10,%esp
  800599:	85 c0                	test   %eax,%eax
  80059b:	74 0e                	je     8005ab <vprintfmt+0x233>
  80059d:	85 ff                	test   %edi,%edi
  80059f:	78 e1                	js     800582 <vprintfmt+0x20a>
  8005a1:	83 ef 01             	sub    $0x1,%edi
  8005a4:	79 dc                	jns    800582 <vprintfmt+0x20a>
  8005a6:	89 75 ac             	mov    %esi,-0x54(%ebp)
  8005a9:	eb 03                	jmp    8005ae <vprintfmt+0x236>
  8005ab:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  8005ae:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8005b2:	7e 24                	jle    8005d8 <vprintfmt+0x260>
  8005b4:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  8005b7:	8b 75 08             	mov    0x8(%ebp),%esi
  8005ba:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  8005bd:	83 ec 08             	sub    $0x8,%esp
  8005c0:	57                   	push   %edi
  8005c1:	6a 20                	push   $0x20
  8005c3:	ff d6                	call   *%esi
			for (; width > 0; width--)
  8005c5:	83 c4 10             	add    $0x10,%esp
  8005c8:	83 eb 01             	sub    $0x1,%ebx
  8005cb:	75 f0                	jne    8005bd <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  8005cd:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8005d0:	89 45 14             	mov    %eax,0x14(%ebp)
  8005d3:	e9 a9 fd ff ff       	jmp    800381 <vprintfmt+0x9>
  8005d8:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8005db:	89 45 14             	mov    %eax,0x14(%ebp)
  8005de:	e9 9e fd ff ff       	jmp    800381 <vprintfmt+0x9>
	if (lflag >= 2)
  8005e3:	89 55 10             	mov    %edx,0x10(%ebp)
  8005e6:	83 fe 01             	cmp    $0x1,%esi
  8005e9:	7f 1b                	jg     800606 <vprintfmt+0x28e>
	else if (lflag)
  8005eb:	85 f6                	test   %esi,%esi
  8005ed:	74 39                	je     800628 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8005ef:	8b 45 14             	mov    0x14(%ebp),%eax
  8005f2:	8b 00                	mov    (%eax),%eax
  8005f4:	89 c6                	mov    %eax,%esi
  8005f6:	89 c7                	mov    %eax,%edi
  8005f8:	c1 ff 1f             	sar    $0x1f,%edi
  8005fb:	8b 45 14             	mov    0x14(%ebp),%eax
  8005fe:	8d 40 04             	lea    0x4(%eax),%eax
  800601:	89 45 14             	mov    %eax,0x14(%ebp)
  800604:	eb 0e                	jmp    800614 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  800606:	8b 45 14             	mov    0x14(%ebp),%eax
  800609:	8b 30                	mov    (%eax),%esi
  80060b:	8b 78 04             	mov    0x4(%eax),%edi
  80060e:	8d 40 08             	lea    0x8(%eax),%eax
  800611:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  800614:	85 ff                	test   %edi,%edi
  800616:	78 27                	js     80063f <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  800618:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80061b:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  80061e:	b8 0a 00 00 00       	mov    $0xa,%eax
  800623:	e9 53 01 00 00       	jmp    80077b <vprintfmt+0x403>
		return va_arg(*ap, int);
  800628:	8b 45 14             	mov    0x14(%ebp),%eax
  80062b:	8b 00                	mov    (%eax),%eax
  80062d:	89 c6                	mov    %eax,%esi
  80062f:	89 c7                	mov    %eax,%edi
  800631:	c1 ff 1f             	sar    $0x1f,%edi
  800634:	8b 45 14             	mov    0x14(%ebp),%eax
  800637:	8d 40 04             	lea    0x4(%eax),%eax
  80063a:	89 45 14             	mov    %eax,0x14(%ebp)
  80063d:	eb d5                	jmp    800614 <vprintfmt+0x29c>
				putch('-', putdat);
  80063f:	83 ec 08             	sub    $0x8,%esp
  800642:	ff 75 0c             	push   0xc(%ebp)
  800645:	6a 2d                	push   $0x2d
  800647:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  80064a:	f7 de                	neg    %esi
  80064c:	83 d7 00             	adc    $0x0,%edi
  80064f:	f7 df                	neg    %edi
  800651:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800654:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800657:	83 c4 10             	add    $0x10,%esp
			base = 10;
  80065a:	b8 0a 00 00 00       	mov    $0xa,%eax
  80065f:	e9 17 01 00 00       	jmp    80077b <vprintfmt+0x403>
	if (lflag >= 2)
  800664:	89 55 10             	mov    %edx,0x10(%ebp)
  800667:	83 fe 01             	cmp    $0x1,%esi
  80066a:	7f 27                	jg     800693 <vprintfmt+0x31b>
	else if (lflag)
  80066c:	85 f6                	test   %esi,%esi
  80066e:	74 44                	je     8006b4 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800670:	8b 45 14             	mov    0x14(%ebp),%eax
  800673:	8b 00                	mov    (%eax),%eax
  800675:	ba 00 00 00 00       	mov    $0x0,%edx
  80067a:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80067d:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800680:	8b 45 14             	mov    0x14(%ebp),%eax
  800683:	8d 40 04             	lea    0x4(%eax),%eax
  800686:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800689:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  80068e:	e9 e8 00 00 00       	jmp    80077b <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800693:	8b 45 14             	mov    0x14(%ebp),%eax
  800696:	8b 50 04             	mov    0x4(%eax),%edx
  800699:	8b 00                	mov    (%eax),%eax
  80069b:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80069e:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8006a1:	8b 45 14             	mov    0x14(%ebp),%eax
  8006a4:	8d 40 08             	lea    0x8(%eax),%eax
  8006a7:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8006aa:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  8006af:	e9 c7 00 00 00       	jmp    80077b <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8006b4:	8b 45 14             	mov    0x14(%ebp),%eax
  8006b7:	8b 00                	mov    (%eax),%eax
  8006b9:	ba 00 00 00 00       	mov    $0x0,%edx
  8006be:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8006c1:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8006c4:	8b 45 14             	mov    0x14(%ebp),%eax
  8006c7:	8d 40 04             	lea    0x4(%eax),%eax
  8006ca:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8006cd:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8006d2:	e9 a4 00 00 00       	jmp    80077b <vprintfmt+0x403>
	if (lflag >= 2)
  8006d7:	89 55 10             	mov    %edx,0x10(%ebp)
  8006da:	83 fe 01             	cmp    $0x1,%esi
  8006dd:	7f 24                	jg     800703 <vprintfmt+0x38b>
	else if (lflag)
  8006df:	85 f6                	test   %esi,%esi
  8006e1:	74 3e                	je     800721 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8006e3:	8b 45 14             	mov    0x14(%ebp),%eax
  8006e6:	8b 00                	mov    (%eax),%eax
  8006e8:	ba 00 00 00 00       	mov    $0x0,%edx
  8006ed:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8006f0:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8006f3:	8b 45 14             	mov    0x14(%ebp),%eax
  8006f6:	8d 40 04             	lea    0x4(%eax),%eax
  8006f9:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8006fc:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  800701:	eb 78                	jmp    80077b <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800703:	8b 45 14             	mov    0x14(%ebp),%eax
  800706:	8b 50 04             	mov    0x4(%eax),%edx
  800709:	8b 00                	mov    (%eax),%eax
  80070b:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80070e:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800711:	8b 45 14             	mov    0x14(%ebp),%eax
  800714:	8d 40 08             	lea    0x8(%eax),%eax
  800717:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  80071a:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  80071f:	eb 5a                	jmp    80077b <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800721:	8b 45 14             	mov    0x14(%ebp),%eax
  800724:	8b 00                	mov    (%eax),%eax
  800726:	ba 00 00 00 00       	mov    $0x0,%edx
  80072b:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80072e:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800731:	8b 45 14             	mov    0x14(%ebp),%eax
  800734:	8d 40 04             	lea    0x4(%eax),%eax
  800737:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  80073a:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  80073f:	eb 3a                	jmp    80077b <vprintfmt+0x403>
			putch('0', putdat);
  800741:	89 55 10             	mov    %edx,0x10(%ebp)
  800744:	83 ec 08             	sub    $0x8,%esp
  800747:	ff 75 0c             	push   0xc(%ebp)
  80074a:	6a 30                	push   $0x30
  80074c:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  80074f:	83 c4 08             	add    $0x8,%esp
  800752:	ff 75 0c             	push   0xc(%ebp)
  800755:	6a 78                	push   $0x78
  800757:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  80075a:	8b 45 14             	mov    0x14(%ebp),%eax
  80075d:	8b 00                	mov    (%eax),%eax
  80075f:	ba 00 00 00 00       	mov    $0x0,%edx
  800764:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800767:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  80076a:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  80076d:	8b 45 14             	mov    0x14(%ebp),%eax
  800770:	8d 40 04             	lea    0x4(%eax),%eax
  800773:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800776:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  80077b:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  80077f:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800782:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800787:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80078a:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800791:	89 7d a8             	mov    %edi,-0x58(%ebp)
  800794:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800797:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  80079a:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  80079d:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  8007a1:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  8007a4:	8d 55 cf             	lea    -0x31(%ebp),%edx
  8007a7:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  8007aa:	ff 75 bc             	push   -0x44(%ebp)
  8007ad:	ff 75 b8             	push   -0x48(%ebp)
  8007b0:	57                   	push   %edi
  8007b1:	56                   	push   %esi
  8007b2:	e8 2f 07 00 00       	call   800ee6 <__umoddi3>
  8007b7:	83 c4 10             	add    $0x10,%esp
  8007ba:	0f b6 80 a6 17 80 00 	movzbl 0x8017a6(%eax),%eax
  8007c1:	88 03                	mov    %al,(%ebx)
		num /= base;
  8007c3:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8007c6:	89 fb                	mov    %edi,%ebx
  8007c8:	ff 75 bc             	push   -0x44(%ebp)
  8007cb:	ff 75 b8             	push   -0x48(%ebp)
  8007ce:	57                   	push   %edi
  8007cf:	56                   	push   %esi
  8007d0:	e8 f6 06 00 00       	call   800ecb <__udivdi3>
  8007d5:	83 c4 10             	add    $0x10,%esp
  8007d8:	89 c6                	mov    %eax,%esi
  8007da:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8007dc:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8007df:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8007e2:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8007e5:	73 b6                	jae    80079d <vprintfmt+0x425>
	pad = width - n;
  8007e7:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8007ea:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8007ed:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8007f0:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8007f2:	83 ff 2d             	cmp    $0x2d,%edi
  8007f5:	0f 84 de 00 00 00    	je     8008d9 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8007fb:	85 f6                	test   %esi,%esi
  8007fd:	0f 8e 27 01 00 00    	jle    80092a <vprintfmt+0x5b2>
  800803:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  800806:	83 ec 08             	sub    $0x8,%esp
  800809:	53                   	push   %ebx
  80080a:	57                   	push   %edi
  80080b:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  80080e:	83 c4 10             	add    $0x10,%esp
  800811:	83 ee 01             	sub    $0x1,%esi
  800814:	75 f0                	jne    800806 <vprintfmt+0x48e>
  800816:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  800819:	85 db                	test   %ebx,%ebx
  80081b:	0f 8e 60 fb ff ff    	jle    800381 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  800821:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800824:	8b 75 08             	mov    0x8(%ebp),%esi
  800827:	8b 7d 0c             	mov    0xc(%ebp),%edi
  80082a:	83 eb 01             	sub    $0x1,%ebx
  80082d:	83 ec 08             	sub    $0x8,%esp
  800830:	57                   	push   %edi
  800831:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  800836:	50                   	push   %eax
  800837:	ff d6                	call   *%esi
	while (n > 0)
  800839:	83 c4 10             	add    $0x10,%esp
  80083c:	85 db                	test   %ebx,%ebx
  80083e:	7f ea                	jg     80082a <vprintfmt+0x4b2>
  800840:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  800843:	85 f6                	test   %esi,%esi
  800845:	0f 8e 36 fb ff ff    	jle    800381 <vprintfmt+0x9>
  80084b:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80084e:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  800851:	83 ec 08             	sub    $0x8,%esp
  800854:	57                   	push   %edi
  800855:	6a 20                	push   $0x20
  800857:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800859:	83 c4 10             	add    $0x10,%esp
  80085c:	83 ee 01             	sub    $0x1,%esi
  80085f:	75 f0                	jne    800851 <vprintfmt+0x4d9>
  800861:	e9 1b fb ff ff       	jmp    800381 <vprintfmt+0x9>
	if (lflag >= 2)
  800866:	89 55 10             	mov    %edx,0x10(%ebp)
  800869:	83 fe 01             	cmp    $0x1,%esi
  80086c:	7f 27                	jg     800895 <vprintfmt+0x51d>
	else if (lflag)
  80086e:	85 f6                	test   %esi,%esi
  800870:	74 44                	je     8008b6 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800872:	8b 45 14             	mov    0x14(%ebp),%eax
  800875:	8b 00                	mov    (%eax),%eax
  800877:	ba 00 00 00 00       	mov    $0x0,%edx
  80087c:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80087f:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800882:	8b 45 14             	mov    0x14(%ebp),%eax
  800885:	8d 40 04             	lea    0x4(%eax),%eax
  800888:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80088b:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  800890:	e9 e6 fe ff ff       	jmp    80077b <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800895:	8b 45 14             	mov    0x14(%ebp),%eax
  800898:	8b 50 04             	mov    0x4(%eax),%edx
  80089b:	8b 00                	mov    (%eax),%eax
  80089d:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8008a0:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8008a3:	8b 45 14             	mov    0x14(%ebp),%eax
  8008a6:	8d 40 08             	lea    0x8(%eax),%eax
  8008a9:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8008ac:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  8008b1:	e9 c5 fe ff ff       	jmp    80077b <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8008b6:	8b 45 14             	mov    0x14(%ebp),%eax
  8008b9:	8b 00                	mov    (%eax),%eax
  8008bb:	ba 00 00 00 00       	mov    $0x0,%edx
  8008c0:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8008c3:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8008c6:	8b 45 14             	mov    0x14(%ebp),%eax
  8008c9:	8d 40 04             	lea    0x4(%eax),%eax
  8008cc:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8008cf:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8008d4:	e9 a2 fe ff ff       	jmp    80077b <vprintfmt+0x403>
	while (n > 0)
  8008d9:	85 db                	test   %ebx,%ebx
  8008db:	0f 8f 40 ff ff ff    	jg     800821 <vprintfmt+0x4a9>
  8008e1:	e9 5d ff ff ff       	jmp    800843 <vprintfmt+0x4cb>
			putch(ch, putdat);
  8008e6:	89 55 10             	mov    %edx,0x10(%ebp)
  8008e9:	83 ec 08             	sub    $0x8,%esp
  8008ec:	ff 75 0c             	push   0xc(%ebp)
  8008ef:	6a 25                	push   $0x25
  8008f1:	ff 55 08             	call   *0x8(%ebp)
			break;
  8008f4:	83 c4 10             	add    $0x10,%esp
  8008f7:	e9 85 fa ff ff       	jmp    800381 <vprintfmt+0x9>
			putch('%', putdat);
  8008fc:	83 ec 08             	sub    $0x8,%esp
  8008ff:	ff 75 0c             	push   0xc(%ebp)
  800902:	6a 25                	push   $0x25
  800904:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  800907:	83 c4 10             	add    $0x10,%esp
  80090a:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  80090e:	0f 84 d1 fa ff ff    	je     8003e5 <vprintfmt+0x6d>
  800914:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800917:	89 d8                	mov    %ebx,%eax
  800919:	83 e8 01             	sub    $0x1,%eax
  80091c:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  800920:	75 f7                	jne    800919 <vprintfmt+0x5a1>
  800922:	89 45 10             	mov    %eax,0x10(%ebp)
  800925:	e9 57 fa ff ff       	jmp    800381 <vprintfmt+0x9>
	while (n > 0)
  80092a:	85 db                	test   %ebx,%ebx
  80092c:	0f 8f ef fe ff ff    	jg     800821 <vprintfmt+0x4a9>
  800932:	e9 4a fa ff ff       	jmp    800381 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800937:	8d 5e 01             	lea    0x1(%esi),%ebx
  80093a:	0f be 06             	movsbl (%esi),%eax
  80093d:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800940:	85 c0                	test   %eax,%eax
  800942:	0f 85 55 fc ff ff    	jne    80059d <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800948:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80094b:	89 45 14             	mov    %eax,0x14(%ebp)
  80094e:	e9 2e fa ff ff       	jmp    800381 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800953:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800957:	74 0a                	je     800963 <vprintfmt+0x5eb>
  800959:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80095d:	0f 8f bf fb ff ff    	jg     800522 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800963:	b8 28 00 00 00       	mov    $0x28,%eax
  800968:	bb 94 17 80 00       	mov    $0x801794,%ebx
  80096d:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800970:	e9 28 fc ff ff       	jmp    80059d <vprintfmt+0x225>
}
  800975:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800978:	5b                   	pop    %ebx
  800979:	5e                   	pop    %esi
  80097a:	5f                   	pop    %edi
  80097b:	5d                   	pop    %ebp
  80097c:	c3                   	ret

0080097d <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  80097d:	55                   	push   %ebp
  80097e:	89 e5                	mov    %esp,%ebp
  800980:	83 ec 18             	sub    $0x18,%esp
  800983:	8b 45 08             	mov    0x8(%ebp),%eax
  800986:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800989:	89 45 ec             	mov    %eax,-0x14(%ebp)
  80098c:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800990:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800993:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  80099a:	85 c0                	test   %eax,%eax
  80099c:	74 26                	je     8009c4 <vsnprintf+0x47>
  80099e:	85 d2                	test   %edx,%edx
  8009a0:	7e 22                	jle    8009c4 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  8009a2:	ff 75 14             	push   0x14(%ebp)
  8009a5:	ff 75 10             	push   0x10(%ebp)
  8009a8:	8d 45 ec             	lea    -0x14(%ebp),%eax
  8009ab:	50                   	push   %eax
  8009ac:	68 3e 03 80 00       	push   $0x80033e
  8009b1:	e8 c2 f9 ff ff       	call   800378 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  8009b6:	8b 45 ec             	mov    -0x14(%ebp),%eax
  8009b9:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  8009bc:	8b 45 f4             	mov    -0xc(%ebp),%eax
  8009bf:	83 c4 10             	add    $0x10,%esp
}
  8009c2:	c9                   	leave
  8009c3:	c3                   	ret
		return -E_INVAL;
  8009c4:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  8009c9:	eb f7                	jmp    8009c2 <vsnprintf+0x45>

008009cb <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  8009cb:	55                   	push   %ebp
  8009cc:	89 e5                	mov    %esp,%ebp
  8009ce:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  8009d1:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  8009d4:	50                   	push   %eax
  8009d5:	ff 75 08             	push   0x8(%ebp)
  8009d8:	e8 03 f9 ff ff       	call   8002e0 <vcprintf>
	va_end(ap);

	return cnt;
}
  8009dd:	c9                   	leave
  8009de:	c3                   	ret

008009df <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  8009df:	55                   	push   %ebp
  8009e0:	89 e5                	mov    %esp,%ebp
  8009e2:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  8009e5:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  8009e8:	50                   	push   %eax
  8009e9:	ff 75 10             	push   0x10(%ebp)
  8009ec:	ff 75 0c             	push   0xc(%ebp)
  8009ef:	ff 75 08             	push   0x8(%ebp)
  8009f2:	e8 86 ff ff ff       	call   80097d <vsnprintf>
	va_end(ap);

	return rc;
}
  8009f7:	c9                   	leave
  8009f8:	c3                   	ret

008009f9 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8009f9:	55                   	push   %ebp
  8009fa:	89 e5                	mov    %esp,%ebp
  8009fc:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8009ff:	80 3a 00             	cmpb   $0x0,(%edx)
  800a02:	74 10                	je     800a14 <strlen+0x1b>
  800a04:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800a09:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800a0c:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800a10:	75 f7                	jne    800a09 <strlen+0x10>
	return n;
}
  800a12:	5d                   	pop    %ebp
  800a13:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  800a14:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800a19:	eb f7                	jmp    800a12 <strlen+0x19>

00800a1b <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800a1b:	55                   	push   %ebp
  800a1c:	89 e5                	mov    %esp,%ebp
  800a1e:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800a21:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800a24:	85 d2                	test   %edx,%edx
  800a26:	74 16                	je     800a3e <strnlen+0x23>
  800a28:	b8 00 00 00 00       	mov    $0x0,%eax
  800a2d:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800a31:	74 09                	je     800a3c <strnlen+0x21>
		n++;
  800a33:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800a36:	39 d0                	cmp    %edx,%eax
  800a38:	75 f3                	jne    800a2d <strnlen+0x12>
		n++;
  800a3a:	89 d0                	mov    %edx,%eax
	return n;
}
  800a3c:	5d                   	pop    %ebp
  800a3d:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800a3e:	b8 00 00 00 00       	mov    $0x0,%eax
  800a43:	eb f7                	jmp    800a3c <strnlen+0x21>

00800a45 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800a45:	55                   	push   %ebp
  800a46:	89 e5                	mov    %esp,%ebp
  800a48:	53                   	push   %ebx
  800a49:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800a4c:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800a4f:	b8 00 00 00 00       	mov    $0x0,%eax
  800a54:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800a58:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800a5b:	83 c0 01             	add    $0x1,%eax
  800a5e:	84 d2                	test   %dl,%dl
  800a60:	75 f2                	jne    800a54 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800a62:	89 c8                	mov    %ecx,%eax
  800a64:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a67:	c9                   	leave
  800a68:	c3                   	ret

00800a69 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800a69:	55                   	push   %ebp
  800a6a:	89 e5                	mov    %esp,%ebp
  800a6c:	53                   	push   %ebx
  800a6d:	83 ec 10             	sub    $0x10,%esp
  800a70:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800a73:	53                   	push   %ebx
  800a74:	e8 80 ff ff ff       	call   8009f9 <strlen>
  800a79:	83 c4 08             	add    $0x8,%esp
  800a7c:	ff 75 0c             	push   0xc(%ebp)
  800a7f:	01 d8                	add    %ebx,%eax
  800a81:	50                   	push   %eax
  800a82:	e8 be ff ff ff       	call   800a45 <strcpy>
	return dst;
}
  800a87:	89 d8                	mov    %ebx,%eax
  800a89:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a8c:	c9                   	leave
  800a8d:	c3                   	ret

00800a8e <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800a8e:	55                   	push   %ebp
  800a8f:	89 e5                	mov    %esp,%ebp
  800a91:	56                   	push   %esi
  800a92:	53                   	push   %ebx
  800a93:	8b 75 08             	mov    0x8(%ebp),%esi
  800a96:	8b 55 0c             	mov    0xc(%ebp),%edx
  800a99:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800a9c:	85 db                	test   %ebx,%ebx
  800a9e:	74 17                	je     800ab7 <strncpy+0x29>
  800aa0:	01 f3                	add    %esi,%ebx
  800aa2:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800aa4:	83 c0 01             	add    $0x1,%eax
  800aa7:	0f b6 0a             	movzbl (%edx),%ecx
  800aaa:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800aad:	80 f9 01             	cmp    $0x1,%cl
  800ab0:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800ab3:	39 c3                	cmp    %eax,%ebx
  800ab5:	75 ed                	jne    800aa4 <strncpy+0x16>
	}
	return ret;
}
  800ab7:	89 f0                	mov    %esi,%eax
  800ab9:	5b                   	pop    %ebx
  800aba:	5e                   	pop    %esi
  800abb:	5d                   	pop    %ebp
  800abc:	c3                   	ret

00800abd <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800abd:	55                   	push   %ebp
  800abe:	89 e5                	mov    %esp,%ebp
  800ac0:	56                   	push   %esi
  800ac1:	53                   	push   %ebx
  800ac2:	8b 75 08             	mov    0x8(%ebp),%esi
  800ac5:	8b 55 0c             	mov    0xc(%ebp),%edx
  800ac8:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800acb:	89 f0                	mov    %esi,%eax
  800acd:	85 db                	test   %ebx,%ebx
  800acf:	74 1e                	je     800aef <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800ad1:	83 eb 01             	sub    $0x1,%ebx
  800ad4:	74 16                	je     800aec <strlcpy+0x2f>
  800ad6:	01 f3                	add    %esi,%ebx
  800ad8:	0f b6 0a             	movzbl (%edx),%ecx
  800adb:	84 c9                	test   %cl,%cl
  800add:	74 0d                	je     800aec <strlcpy+0x2f>
			*dst++ = *src++;
  800adf:	83 c2 01             	add    $0x1,%edx
  800ae2:	83 c0 01             	add    $0x1,%eax
  800ae5:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800ae8:	39 d8                	cmp    %ebx,%eax
  800aea:	75 ec                	jne    800ad8 <strlcpy+0x1b>
		*dst = '\0';
  800aec:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800aef:	29 f0                	sub    %esi,%eax
}
  800af1:	5b                   	pop    %ebx
  800af2:	5e                   	pop    %esi
  800af3:	5d                   	pop    %ebp
  800af4:	c3                   	ret

00800af5 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  800af5:	55                   	push   %ebp
  800af6:	89 e5                	mov    %esp,%ebp
  800af8:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800afb:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800afe:	0f b6 01             	movzbl (%ecx),%eax
  800b01:	84 c0                	test   %al,%al
  800b03:	74 11                	je     800b16 <strcmp+0x21>
  800b05:	38 02                	cmp    %al,(%edx)
  800b07:	75 0d                	jne    800b16 <strcmp+0x21>
		p++, q++;
  800b09:	83 c1 01             	add    $0x1,%ecx
  800b0c:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800b0f:	0f b6 01             	movzbl (%ecx),%eax
  800b12:	84 c0                	test   %al,%al
  800b14:	75 ef                	jne    800b05 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800b16:	0f b6 c0             	movzbl %al,%eax
  800b19:	0f b6 12             	movzbl (%edx),%edx
  800b1c:	29 d0                	sub    %edx,%eax
}
  800b1e:	5d                   	pop    %ebp
  800b1f:	c3                   	ret

00800b20 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800b20:	55                   	push   %ebp
  800b21:	89 e5                	mov    %esp,%ebp
  800b23:	53                   	push   %ebx
  800b24:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800b27:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800b2a:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800b2d:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800b32:	85 d2                	test   %edx,%edx
  800b34:	74 2e                	je     800b64 <strncmp+0x44>
  800b36:	0f b6 01             	movzbl (%ecx),%eax
  800b39:	84 c0                	test   %al,%al
  800b3b:	74 16                	je     800b53 <strncmp+0x33>
  800b3d:	3a 03                	cmp    (%ebx),%al
  800b3f:	75 12                	jne    800b53 <strncmp+0x33>
		n--, p++, q++;
  800b41:	83 c1 01             	add    $0x1,%ecx
  800b44:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800b47:	83 ea 01             	sub    $0x1,%edx
  800b4a:	75 ea                	jne    800b36 <strncmp+0x16>
		return 0;
  800b4c:	b8 00 00 00 00       	mov    $0x0,%eax
  800b51:	eb 11                	jmp    800b64 <strncmp+0x44>
  800b53:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800b58:	85 d2                	test   %edx,%edx
  800b5a:	74 08                	je     800b64 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800b5c:	0f b6 01             	movzbl (%ecx),%eax
  800b5f:	0f b6 13             	movzbl (%ebx),%edx
  800b62:	29 d0                	sub    %edx,%eax
}
  800b64:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800b67:	c9                   	leave
  800b68:	c3                   	ret

00800b69 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800b69:	55                   	push   %ebp
  800b6a:	89 e5                	mov    %esp,%ebp
  800b6c:	8b 45 08             	mov    0x8(%ebp),%eax
  800b6f:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800b73:	0f b6 10             	movzbl (%eax),%edx
  800b76:	84 d2                	test   %dl,%dl
  800b78:	74 15                	je     800b8f <strchr+0x26>
		if (*s == c)
  800b7a:	38 d1                	cmp    %dl,%cl
  800b7c:	74 0f                	je     800b8d <strchr+0x24>
	for (; *s; s++)
  800b7e:	83 c0 01             	add    $0x1,%eax
  800b81:	0f b6 10             	movzbl (%eax),%edx
  800b84:	84 d2                	test   %dl,%dl
  800b86:	75 f2                	jne    800b7a <strchr+0x11>
			return (char *) s;
	return 0;
  800b88:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800b8d:	5d                   	pop    %ebp
  800b8e:	c3                   	ret
	return 0;
  800b8f:	b8 00 00 00 00       	mov    $0x0,%eax
  800b94:	eb f7                	jmp    800b8d <strchr+0x24>

00800b96 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800b96:	55                   	push   %ebp
  800b97:	89 e5                	mov    %esp,%ebp
  800b99:	53                   	push   %ebx
  800b9a:	8b 45 08             	mov    0x8(%ebp),%eax
  800b9d:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800ba0:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800ba3:	38 d3                	cmp    %dl,%bl
  800ba5:	74 14                	je     800bbb <strfind+0x25>
  800ba7:	89 d1                	mov    %edx,%ecx
  800ba9:	84 db                	test   %bl,%bl
  800bab:	74 0e                	je     800bbb <strfind+0x25>
	for (; *s; s++)
  800bad:	83 c0 01             	add    $0x1,%eax
  800bb0:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800bb3:	38 ca                	cmp    %cl,%dl
  800bb5:	74 04                	je     800bbb <strfind+0x25>
  800bb7:	84 d2                	test   %dl,%dl
  800bb9:	75 f2                	jne    800bad <strfind+0x17>
			break;
	return (char *) s;
}
  800bbb:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800bbe:	c9                   	leave
  800bbf:	c3                   	ret

00800bc0 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800bc0:	55                   	push   %ebp
  800bc1:	89 e5                	mov    %esp,%ebp
  800bc3:	53                   	push   %ebx
  800bc4:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800bc7:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800bca:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800bcd:	85 d2                	test   %edx,%edx
  800bcf:	74 0e                	je     800bdf <memset+0x1f>
  800bd1:	01 da                	add    %ebx,%edx
	char *p = v;
  800bd3:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800bd5:	83 c0 01             	add    $0x1,%eax
  800bd8:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800bdb:	39 c2                	cmp    %eax,%edx
  800bdd:	75 f6                	jne    800bd5 <memset+0x15>
	return v;
}
  800bdf:	89 d8                	mov    %ebx,%eax
  800be1:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800be4:	c9                   	leave
  800be5:	c3                   	ret

00800be6 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800be6:	55                   	push   %ebp
  800be7:	89 e5                	mov    %esp,%ebp
  800be9:	56                   	push   %esi
  800bea:	53                   	push   %ebx
  800beb:	8b 75 08             	mov    0x8(%ebp),%esi
  800bee:	8b 45 0c             	mov    0xc(%ebp),%eax
  800bf1:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800bf4:	39 f0                	cmp    %esi,%eax
  800bf6:	72 20                	jb     800c18 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800bf8:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800bfb:	89 f2                	mov    %esi,%edx
  800bfd:	85 c9                	test   %ecx,%ecx
  800bff:	74 11                	je     800c12 <memmove+0x2c>
			*d++ = *s++;
  800c01:	83 c0 01             	add    $0x1,%eax
  800c04:	83 c2 01             	add    $0x1,%edx
  800c07:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800c0b:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800c0e:	39 d8                	cmp    %ebx,%eax
  800c10:	75 ef                	jne    800c01 <memmove+0x1b>
	return dst;
}
  800c12:	89 f0                	mov    %esi,%eax
  800c14:	5b                   	pop    %ebx
  800c15:	5e                   	pop    %esi
  800c16:	5d                   	pop    %ebp
  800c17:	c3                   	ret
	if (s < d && s + n > d) {
  800c18:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800c1b:	39 d6                	cmp    %edx,%esi
  800c1d:	73 d9                	jae    800bf8 <memmove+0x12>
		while (n-- > 0)
  800c1f:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800c22:	85 c9                	test   %ecx,%ecx
  800c24:	74 ec                	je     800c12 <memmove+0x2c>
			*--d = *--s;
  800c26:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800c2a:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800c2d:	83 ea 01             	sub    $0x1,%edx
  800c30:	83 fa ff             	cmp    $0xffffffff,%edx
  800c33:	75 f1                	jne    800c26 <memmove+0x40>
  800c35:	eb db                	jmp    800c12 <memmove+0x2c>

00800c37 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800c37:	55                   	push   %ebp
  800c38:	89 e5                	mov    %esp,%ebp
  800c3a:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800c3d:	ff 75 10             	push   0x10(%ebp)
  800c40:	ff 75 0c             	push   0xc(%ebp)
  800c43:	ff 75 08             	push   0x8(%ebp)
  800c46:	e8 9b ff ff ff       	call   800be6 <memmove>
}
  800c4b:	c9                   	leave
  800c4c:	c3                   	ret

00800c4d <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800c4d:	55                   	push   %ebp
  800c4e:	89 e5                	mov    %esp,%ebp
  800c50:	56                   	push   %esi
  800c51:	53                   	push   %ebx
  800c52:	8b 45 08             	mov    0x8(%ebp),%eax
  800c55:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c58:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800c5b:	85 f6                	test   %esi,%esi
  800c5d:	74 29                	je     800c88 <memcmp+0x3b>
  800c5f:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800c61:	0f b6 08             	movzbl (%eax),%ecx
  800c64:	0f b6 1a             	movzbl (%edx),%ebx
  800c67:	38 d9                	cmp    %bl,%cl
  800c69:	75 11                	jne    800c7c <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800c6b:	83 c0 01             	add    $0x1,%eax
  800c6e:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800c71:	39 c6                	cmp    %eax,%esi
  800c73:	75 ec                	jne    800c61 <memcmp+0x14>
	}
	return 0;
  800c75:	b8 00 00 00 00       	mov    $0x0,%eax
  800c7a:	eb 08                	jmp    800c84 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800c7c:	0f b6 c1             	movzbl %cl,%eax
  800c7f:	0f b6 db             	movzbl %bl,%ebx
  800c82:	29 d8                	sub    %ebx,%eax
}
  800c84:	5b                   	pop    %ebx
  800c85:	5e                   	pop    %esi
  800c86:	5d                   	pop    %ebp
  800c87:	c3                   	ret
	return 0;
  800c88:	b8 00 00 00 00       	mov    $0x0,%eax
  800c8d:	eb f5                	jmp    800c84 <memcmp+0x37>

00800c8f <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800c8f:	55                   	push   %ebp
  800c90:	89 e5                	mov    %esp,%ebp
  800c92:	8b 45 08             	mov    0x8(%ebp),%eax
  800c95:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800c98:	89 c2                	mov    %eax,%edx
  800c9a:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800c9d:	39 d0                	cmp    %edx,%eax
  800c9f:	73 0d                	jae    800cae <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800ca1:	38 08                	cmp    %cl,(%eax)
  800ca3:	74 0d                	je     800cb2 <memfind+0x23>
	for (; s < ends; s++)
  800ca5:	83 c0 01             	add    $0x1,%eax
  800ca8:	39 c2                	cmp    %eax,%edx
  800caa:	75 f5                	jne    800ca1 <memfind+0x12>
  800cac:	eb 06                	jmp    800cb4 <memfind+0x25>
  800cae:	89 c2                	mov    %eax,%edx
  800cb0:	eb 02                	jmp    800cb4 <memfind+0x25>
  800cb2:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800cb4:	89 d0                	mov    %edx,%eax
  800cb6:	5d                   	pop    %ebp
  800cb7:	c3                   	ret

00800cb8 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800cb8:	55                   	push   %ebp
  800cb9:	89 e5                	mov    %esp,%ebp
  800cbb:	57                   	push   %edi
  800cbc:	56                   	push   %esi
  800cbd:	53                   	push   %ebx
  800cbe:	8b 55 08             	mov    0x8(%ebp),%edx
  800cc1:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800cc4:	0f b6 02             	movzbl (%edx),%eax
  800cc7:	3c 20                	cmp    $0x20,%al
  800cc9:	74 04                	je     800ccf <strtol+0x17>
  800ccb:	3c 09                	cmp    $0x9,%al
  800ccd:	75 0e                	jne    800cdd <strtol+0x25>
		s++;
  800ccf:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800cd2:	0f b6 02             	movzbl (%edx),%eax
  800cd5:	3c 20                	cmp    $0x20,%al
  800cd7:	74 f6                	je     800ccf <strtol+0x17>
  800cd9:	3c 09                	cmp    $0x9,%al
  800cdb:	74 f2                	je     800ccf <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800cdd:	3c 2b                	cmp    $0x2b,%al
  800cdf:	74 2a                	je     800d0b <strtol+0x53>
	int neg = 0;
  800ce1:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800ce6:	3c 2d                	cmp    $0x2d,%al
  800ce8:	74 2b                	je     800d15 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800cea:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800cf0:	75 0f                	jne    800d01 <strtol+0x49>
  800cf2:	80 3a 30             	cmpb   $0x30,(%edx)
  800cf5:	74 28                	je     800d1f <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800cf7:	85 db                	test   %ebx,%ebx
  800cf9:	b8 0a 00 00 00       	mov    $0xa,%eax
  800cfe:	0f 44 d8             	cmove  %eax,%ebx
  800d01:	b9 00 00 00 00       	mov    $0x0,%ecx
  800d06:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800d09:	eb 46                	jmp    800d51 <strtol+0x99>
		s++;
  800d0b:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800d0e:	bf 00 00 00 00       	mov    $0x0,%edi
  800d13:	eb d5                	jmp    800cea <strtol+0x32>
		s++, neg = 1;
  800d15:	83 c2 01             	add    $0x1,%edx
  800d18:	bf 01 00 00 00       	mov    $0x1,%edi
  800d1d:	eb cb                	jmp    800cea <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800d1f:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800d23:	74 0e                	je     800d33 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800d25:	85 db                	test   %ebx,%ebx
  800d27:	75 d8                	jne    800d01 <strtol+0x49>
		s++, base = 8;
  800d29:	83 c2 01             	add    $0x1,%edx
  800d2c:	bb 08 00 00 00       	mov    $0x8,%ebx
  800d31:	eb ce                	jmp    800d01 <strtol+0x49>
		s += 2, base = 16;
  800d33:	83 c2 02             	add    $0x2,%edx
  800d36:	bb 10 00 00 00       	mov    $0x10,%ebx
  800d3b:	eb c4                	jmp    800d01 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800d3d:	0f be c0             	movsbl %al,%eax
  800d40:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800d43:	3b 45 10             	cmp    0x10(%ebp),%eax
  800d46:	7d 3a                	jge    800d82 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800d48:	83 c2 01             	add    $0x1,%edx
  800d4b:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800d4f:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800d51:	0f b6 02             	movzbl (%edx),%eax
  800d54:	8d 70 d0             	lea    -0x30(%eax),%esi
  800d57:	89 f3                	mov    %esi,%ebx
  800d59:	80 fb 09             	cmp    $0x9,%bl
  800d5c:	76 df                	jbe    800d3d <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800d5e:	8d 70 9f             	lea    -0x61(%eax),%esi
  800d61:	89 f3                	mov    %esi,%ebx
  800d63:	80 fb 19             	cmp    $0x19,%bl
  800d66:	77 08                	ja     800d70 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800d68:	0f be c0             	movsbl %al,%eax
  800d6b:	83 e8 57             	sub    $0x57,%eax
  800d6e:	eb d3                	jmp    800d43 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800d70:	8d 70 bf             	lea    -0x41(%eax),%esi
  800d73:	89 f3                	mov    %esi,%ebx
  800d75:	80 fb 19             	cmp    $0x19,%bl
  800d78:	77 08                	ja     800d82 <strtol+0xca>
			dig = *s - 'A' + 10;
  800d7a:	0f be c0             	movsbl %al,%eax
  800d7d:	83 e8 37             	sub    $0x37,%eax
  800d80:	eb c1                	jmp    800d43 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800d82:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800d86:	74 05                	je     800d8d <strtol+0xd5>
		*endptr = (char *) s;
  800d88:	8b 45 0c             	mov    0xc(%ebp),%eax
  800d8b:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800d8d:	89 c8                	mov    %ecx,%eax
  800d8f:	f7 d8                	neg    %eax
  800d91:	85 ff                	test   %edi,%edi
  800d93:	0f 45 c8             	cmovne %eax,%ecx
}
  800d96:	89 c8                	mov    %ecx,%eax
  800d98:	5b                   	pop    %ebx
  800d99:	5e                   	pop    %esi
  800d9a:	5f                   	pop    %edi
  800d9b:	5d                   	pop    %ebp
  800d9c:	c3                   	ret

00800d9d <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800d9d:	55                   	push   %ebp
  800d9e:	89 e5                	mov    %esp,%ebp
  800da0:	57                   	push   %edi
  800da1:	56                   	push   %esi
  800da2:	53                   	push   %ebx
  800da3:	83 ec 24             	sub    $0x24,%esp
  800da6:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800da9:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800dac:	8b 45 08             	mov    0x8(%ebp),%eax
  800daf:	8b 55 0c             	mov    0xc(%ebp),%edx
  800db2:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800db5:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800db8:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800dbb:	89 d1                	mov    %edx,%ecx
  800dbd:	09 c1                	or     %eax,%ecx
  800dbf:	74 2f                	je     800df0 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800dc1:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800dc4:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800dc7:	89 d0                	mov    %edx,%eax
  800dc9:	83 c8 00             	or     $0x0,%eax
  800dcc:	74 48                	je     800e16 <udivmod64+0x79>
  800dce:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800dd3:	be 00 00 00 00       	mov    $0x0,%esi
  800dd8:	bf 00 00 00 00       	mov    $0x0,%edi
  800ddd:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800de4:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800deb:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800dee:	eb 5f                	jmp    800e4f <udivmod64+0xb2>
		return ~0ULL;
  800df0:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800df7:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800dfe:	85 db                	test   %ebx,%ebx
  800e00:	0f 84 b7 00 00 00    	je     800ebd <udivmod64+0x120>
			*rem = n;
  800e06:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800e09:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800e0c:	89 03                	mov    %eax,(%ebx)
  800e0e:	89 53 04             	mov    %edx,0x4(%ebx)
  800e11:	e9 a7 00 00 00       	jmp    800ebd <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800e16:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800e19:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800e1c:	85 db                	test   %ebx,%ebx
  800e1e:	74 12                	je     800e32 <udivmod64+0x95>
			*rem = n32 % d32;
  800e20:	89 c8                	mov    %ecx,%eax
  800e22:	ba 00 00 00 00       	mov    $0x0,%edx
  800e27:	f7 f6                	div    %esi
  800e29:	89 13                	mov    %edx,(%ebx)
  800e2b:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800e32:	89 c8                	mov    %ecx,%eax
  800e34:	ba 00 00 00 00       	mov    $0x0,%edx
  800e39:	f7 f6                	div    %esi
  800e3b:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800e3e:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800e45:	eb 76                	jmp    800ebd <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800e47:	83 e9 01             	sub    $0x1,%ecx
  800e4a:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800e4d:	74 62                	je     800eb1 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800e4f:	89 f0                	mov    %esi,%eax
  800e51:	89 fa                	mov    %edi,%edx
  800e53:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800e57:	01 c0                	add    %eax,%eax
  800e59:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800e5c:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800e5f:	0f ad fe             	shrd   %cl,%edi,%esi
  800e62:	d3 ef                	shr    %cl,%edi
  800e64:	f6 c1 20             	test   $0x20,%cl
  800e67:	74 04                	je     800e6d <udivmod64+0xd0>
  800e69:	89 fe                	mov    %edi,%esi
  800e6b:	31 ff                	xor    %edi,%edi
  800e6d:	89 f7                	mov    %esi,%edi
  800e6f:	83 e7 01             	and    $0x1,%edi
  800e72:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800e75:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800e7c:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800e7f:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800e82:	09 c6                	or     %eax,%esi
  800e84:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800e86:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800e89:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800e8c:	39 c6                	cmp    %eax,%esi
  800e8e:	89 fb                	mov    %edi,%ebx
  800e90:	19 d3                	sbb    %edx,%ebx
  800e92:	72 b3                	jb     800e47 <udivmod64+0xaa>
			r -= d;
  800e94:	29 c6                	sub    %eax,%esi
  800e96:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800e98:	31 c0                	xor    %eax,%eax
  800e9a:	31 d2                	xor    %edx,%edx
  800e9c:	f6 c1 20             	test   $0x20,%cl
  800e9f:	0f 94 c0             	sete   %al
  800ea2:	0f 95 c2             	setne  %dl
  800ea5:	d3 e0                	shl    %cl,%eax
  800ea7:	d3 e2                	shl    %cl,%edx
  800ea9:	09 45 d0             	or     %eax,-0x30(%ebp)
  800eac:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800eaf:	eb 96                	jmp    800e47 <udivmod64+0xaa>
		}
	}
	if (rem)
  800eb1:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800eb4:	85 db                	test   %ebx,%ebx
  800eb6:	74 05                	je     800ebd <udivmod64+0x120>
		*rem = r;
  800eb8:	89 33                	mov    %esi,(%ebx)
  800eba:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800ebd:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800ec0:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800ec3:	83 c4 24             	add    $0x24,%esp
  800ec6:	5b                   	pop    %ebx
  800ec7:	5e                   	pop    %esi
  800ec8:	5f                   	pop    %edi
  800ec9:	5d                   	pop    %ebp
  800eca:	c3                   	ret

00800ecb <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800ecb:	55                   	push   %ebp
  800ecc:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800ece:	83 ec 04             	sub    $0x4,%esp
  800ed1:	6a 00                	push   $0x0
  800ed3:	ff 75 14             	push   0x14(%ebp)
  800ed6:	ff 75 10             	push   0x10(%ebp)
  800ed9:	8b 45 08             	mov    0x8(%ebp),%eax
  800edc:	8b 55 0c             	mov    0xc(%ebp),%edx
  800edf:	e8 b9 fe ff ff       	call   800d9d <udivmod64>
}
  800ee4:	c9                   	leave
  800ee5:	c3                   	ret

00800ee6 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800ee6:	55                   	push   %ebp
  800ee7:	89 e5                	mov    %esp,%ebp
  800ee9:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800eec:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800eef:	50                   	push   %eax
  800ef0:	ff 75 14             	push   0x14(%ebp)
  800ef3:	ff 75 10             	push   0x10(%ebp)
  800ef6:	8b 45 08             	mov    0x8(%ebp),%eax
  800ef9:	8b 55 0c             	mov    0xc(%ebp),%edx
  800efc:	e8 9c fe ff ff       	call   800d9d <udivmod64>
	return r;
}
  800f01:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800f04:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800f07:	c9                   	leave
  800f08:	c3                   	ret

00800f09 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800f09:	55                   	push   %ebp
  800f0a:	89 e5                	mov    %esp,%ebp
  800f0c:	57                   	push   %edi
  800f0d:	56                   	push   %esi
  800f0e:	53                   	push   %ebx
  800f0f:	83 ec 0c             	sub    $0xc,%esp
  800f12:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800f15:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800f18:	8b 45 10             	mov    0x10(%ebp),%eax
  800f1b:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800f1e:	89 ce                	mov    %ecx,%esi
  800f20:	89 df                	mov    %ebx,%edi
  800f22:	31 c6                	xor    %eax,%esi
  800f24:	31 d7                	xor    %edx,%edi
  800f26:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800f29:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800f2c:	89 c6                	mov    %eax,%esi
  800f2e:	89 d7                	mov    %edx,%edi
  800f30:	85 d2                	test   %edx,%edx
  800f32:	78 25                	js     800f59 <__divdi3+0x50>
  800f34:	89 c8                	mov    %ecx,%eax
  800f36:	89 da                	mov    %ebx,%edx
  800f38:	85 db                	test   %ebx,%ebx
  800f3a:	78 2a                	js     800f66 <__divdi3+0x5d>
  800f3c:	83 ec 04             	sub    $0x4,%esp
  800f3f:	6a 00                	push   $0x0
  800f41:	57                   	push   %edi
  800f42:	56                   	push   %esi
  800f43:	e8 55 fe ff ff       	call   800d9d <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800f48:	83 c4 10             	add    $0x10,%esp
  800f4b:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800f4f:	78 1e                	js     800f6f <__divdi3+0x66>
}
  800f51:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f54:	5b                   	pop    %ebx
  800f55:	5e                   	pop    %esi
  800f56:	5f                   	pop    %edi
  800f57:	5d                   	pop    %ebp
  800f58:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800f59:	f7 d8                	neg    %eax
  800f5b:	83 d2 00             	adc    $0x0,%edx
  800f5e:	f7 da                	neg    %edx
  800f60:	89 c6                	mov    %eax,%esi
  800f62:	89 d7                	mov    %edx,%edi
  800f64:	eb ce                	jmp    800f34 <__divdi3+0x2b>
  800f66:	f7 d8                	neg    %eax
  800f68:	83 d2 00             	adc    $0x0,%edx
  800f6b:	f7 da                	neg    %edx
  800f6d:	eb cd                	jmp    800f3c <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800f6f:	f7 d8                	neg    %eax
  800f71:	83 d2 00             	adc    $0x0,%edx
  800f74:	f7 da                	neg    %edx
  800f76:	eb d9                	jmp    800f51 <__divdi3+0x48>

00800f78 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800f78:	55                   	push   %ebp
  800f79:	89 e5                	mov    %esp,%ebp
  800f7b:	57                   	push   %edi
  800f7c:	56                   	push   %esi
  800f7d:	53                   	push   %ebx
  800f7e:	83 ec 14             	sub    $0x14,%esp
  800f81:	8b 45 08             	mov    0x8(%ebp),%eax
  800f84:	8b 55 0c             	mov    0xc(%ebp),%edx
  800f87:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800f8a:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800f8d:	89 ce                	mov    %ecx,%esi
  800f8f:	89 df                	mov    %ebx,%edi
  800f91:	85 db                	test   %ebx,%ebx
  800f93:	78 23                	js     800fb8 <__moddi3+0x40>
  800f95:	85 d2                	test   %edx,%edx
  800f97:	78 28                	js     800fc1 <__moddi3+0x49>
  800f99:	83 ec 04             	sub    $0x4,%esp
  800f9c:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800f9f:	51                   	push   %ecx
  800fa0:	57                   	push   %edi
  800fa1:	56                   	push   %esi
  800fa2:	e8 f6 fd ff ff       	call   800d9d <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800fa7:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800faa:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800fad:	83 c4 10             	add    $0x10,%esp
}
  800fb0:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fb3:	5b                   	pop    %ebx
  800fb4:	5e                   	pop    %esi
  800fb5:	5f                   	pop    %edi
  800fb6:	5d                   	pop    %ebp
  800fb7:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800fb8:	f7 de                	neg    %esi
  800fba:	83 d7 00             	adc    $0x0,%edi
  800fbd:	f7 df                	neg    %edi
  800fbf:	eb d4                	jmp    800f95 <__moddi3+0x1d>
  800fc1:	f7 d8                	neg    %eax
  800fc3:	83 d2 00             	adc    $0x0,%edx
  800fc6:	f7 da                	neg    %edx
  800fc8:	83 ec 04             	sub    $0x4,%esp
  800fcb:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800fce:	51                   	push   %ecx
  800fcf:	57                   	push   %edi
  800fd0:	56                   	push   %esi
  800fd1:	e8 c7 fd ff ff       	call   800d9d <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800fd6:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800fd9:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800fdc:	f7 d8                	neg    %eax
  800fde:	83 d2 00             	adc    $0x0,%edx
  800fe1:	f7 da                	neg    %edx
  800fe3:	83 c4 10             	add    $0x10,%esp
  800fe6:	eb c8                	jmp    800fb0 <__moddi3+0x38>

00800fe8 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800fe8:	55                   	push   %ebp
  800fe9:	89 e5                	mov    %esp,%ebp
  800feb:	57                   	push   %edi
  800fec:	56                   	push   %esi
  800fed:	53                   	push   %ebx
	asm volatile("int %1\n"
  800fee:	b8 00 00 00 00       	mov    $0x0,%eax
  800ff3:	8b 55 08             	mov    0x8(%ebp),%edx
  800ff6:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ff9:	89 c3                	mov    %eax,%ebx
  800ffb:	89 c7                	mov    %eax,%edi
  800ffd:	89 c6                	mov    %eax,%esi
  800fff:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  801001:	5b                   	pop    %ebx
  801002:	5e                   	pop    %esi
  801003:	5f                   	pop    %edi
  801004:	5d                   	pop    %ebp
  801005:	c3                   	ret

00801006 <sys_cgetc>:

int
sys_cgetc(void)
{
  801006:	55                   	push   %ebp
  801007:	89 e5                	mov    %esp,%ebp
  801009:	57                   	push   %edi
  80100a:	56                   	push   %esi
  80100b:	53                   	push   %ebx
	asm volatile("int %1\n"
  80100c:	ba 00 00 00 00       	mov    $0x0,%edx
  801011:	b8 01 00 00 00       	mov    $0x1,%eax
  801016:	89 d1                	mov    %edx,%ecx
  801018:	89 d3                	mov    %edx,%ebx
  80101a:	89 d7                	mov    %edx,%edi
  80101c:	89 d6                	mov    %edx,%esi
  80101e:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  801020:	5b                   	pop    %ebx
  801021:	5e                   	pop    %esi
  801022:	5f                   	pop    %edi
  801023:	5d                   	pop    %ebp
  801024:	c3                   	ret

00801025 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  801025:	55                   	push   %ebp
  801026:	89 e5                	mov    %esp,%ebp
  801028:	57                   	push   %edi
  801029:	56                   	push   %esi
  80102a:	53                   	push   %ebx
  80102b:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80102e:	b9 00 00 00 00       	mov    $0x0,%ecx
  801033:	8b 55 08             	mov    0x8(%ebp),%edx
  801036:	b8 03 00 00 00       	mov    $0x3,%eax
  80103b:	89 cb                	mov    %ecx,%ebx
  80103d:	89 cf                	mov    %ecx,%edi
  80103f:	89 ce                	mov    %ecx,%esi
  801041:	cd 30                	int    $0x30
	if (check && ret > 0)
  801043:	85 c0                	test   %eax,%eax
  801045:	7f 08                	jg     80104f <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  801047:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80104a:	5b                   	pop    %ebx
  80104b:	5e                   	pop    %esi
  80104c:	5f                   	pop    %edi
  80104d:	5d                   	pop    %ebp
  80104e:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80104f:	83 ec 0c             	sub    $0xc,%esp
  801052:	50                   	push   %eax
  801053:	6a 03                	push   $0x3
  801055:	68 e4 19 80 00       	push   $0x8019e4
  80105a:	6a 1f                	push   $0x1f
  80105c:	68 01 1a 80 00       	push   $0x801a01
  801061:	e8 f0 f1 ff ff       	call   800256 <_panic>

00801066 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  801066:	55                   	push   %ebp
  801067:	89 e5                	mov    %esp,%ebp
  801069:	57                   	push   %edi
  80106a:	56                   	push   %esi
  80106b:	53                   	push   %ebx
	asm volatile("int %1\n"
  80106c:	ba 00 00 00 00       	mov    $0x0,%edx
  801071:	b8 02 00 00 00       	mov    $0x2,%eax
  801076:	89 d1                	mov    %edx,%ecx
  801078:	89 d3                	mov    %edx,%ebx
  80107a:	89 d7                	mov    %edx,%edi
  80107c:	89 d6                	mov    %edx,%esi
  80107e:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  801080:	5b                   	pop    %ebx
  801081:	5e                   	pop    %esi
  801082:	5f                   	pop    %edi
  801083:	5d                   	pop    %ebp
  801084:	c3                   	ret

00801085 <sys_yield>:

void
sys_yield(void)
{
  801085:	55                   	push   %ebp
  801086:	89 e5                	mov    %esp,%ebp
  801088:	57                   	push   %edi
  801089:	56                   	push   %esi
  80108a:	53                   	push   %ebx
	asm volatile("int %1\n"
  80108b:	ba 00 00 00 00       	mov    $0x0,%edx
  801090:	b8 0a 00 00 00       	mov    $0xa,%eax
  801095:	89 d1                	mov    %edx,%ecx
  801097:	89 d3                	mov    %edx,%ebx
  801099:	89 d7                	mov    %edx,%edi
  80109b:	89 d6                	mov    %edx,%esi
  80109d:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  80109f:	5b                   	pop    %ebx
  8010a0:	5e                   	pop    %esi
  8010a1:	5f                   	pop    %edi
  8010a2:	5d                   	pop    %ebp
  8010a3:	c3                   	ret

008010a4 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  8010a4:	55                   	push   %ebp
  8010a5:	89 e5                	mov    %esp,%ebp
  8010a7:	57                   	push   %edi
  8010a8:	56                   	push   %esi
  8010a9:	53                   	push   %ebx
  8010aa:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8010ad:	be 00 00 00 00       	mov    $0x0,%esi
  8010b2:	8b 55 08             	mov    0x8(%ebp),%edx
  8010b5:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010b8:	b8 04 00 00 00       	mov    $0x4,%eax
  8010bd:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8010c0:	89 f7                	mov    %esi,%edi
  8010c2:	cd 30                	int    $0x30
	if (check && ret > 0)
  8010c4:	85 c0                	test   %eax,%eax
  8010c6:	7f 08                	jg     8010d0 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  8010c8:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8010cb:	5b                   	pop    %ebx
  8010cc:	5e                   	pop    %esi
  8010cd:	5f                   	pop    %edi
  8010ce:	5d                   	pop    %ebp
  8010cf:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8010d0:	83 ec 0c             	sub    $0xc,%esp
  8010d3:	50                   	push   %eax
  8010d4:	6a 04                	push   $0x4
  8010d6:	68 e4 19 80 00       	push   $0x8019e4
  8010db:	6a 1f                	push   $0x1f
  8010dd:	68 01 1a 80 00       	push   $0x801a01
  8010e2:	e8 6f f1 ff ff       	call   800256 <_panic>

008010e7 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  8010e7:	55                   	push   %ebp
  8010e8:	89 e5                	mov    %esp,%ebp
  8010ea:	57                   	push   %edi
  8010eb:	56                   	push   %esi
  8010ec:	53                   	push   %ebx
  8010ed:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8010f0:	8b 55 08             	mov    0x8(%ebp),%edx
  8010f3:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010f6:	b8 05 00 00 00       	mov    $0x5,%eax
  8010fb:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8010fe:	8b 7d 14             	mov    0x14(%ebp),%edi
  801101:	8b 75 18             	mov    0x18(%ebp),%esi
  801104:	cd 30                	int    $0x30
	if (check && ret > 0)
  801106:	85 c0                	test   %eax,%eax
  801108:	7f 08                	jg     801112 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  80110a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80110d:	5b                   	pop    %ebx
  80110e:	5e                   	pop    %esi
  80110f:	5f                   	pop    %edi
  801110:	5d                   	pop    %ebp
  801111:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801112:	83 ec 0c             	sub    $0xc,%esp
  801115:	50                   	push   %eax
  801116:	6a 05                	push   $0x5
  801118:	68 e4 19 80 00       	push   $0x8019e4
  80111d:	6a 1f                	push   $0x1f
  80111f:	68 01 1a 80 00       	push   $0x801a01
  801124:	e8 2d f1 ff ff       	call   800256 <_panic>

00801129 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  801129:	55                   	push   %ebp
  80112a:	89 e5                	mov    %esp,%ebp
  80112c:	57                   	push   %edi
  80112d:	56                   	push   %esi
  80112e:	53                   	push   %ebx
  80112f:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801132:	bb 00 00 00 00       	mov    $0x0,%ebx
  801137:	8b 55 08             	mov    0x8(%ebp),%edx
  80113a:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80113d:	b8 06 00 00 00       	mov    $0x6,%eax
  801142:	89 df                	mov    %ebx,%edi
  801144:	89 de                	mov    %ebx,%esi
  801146:	cd 30                	int    $0x30
	if (check && ret > 0)
  801148:	85 c0                	test   %eax,%eax
  80114a:	7f 08                	jg     801154 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  80114c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80114f:	5b                   	pop    %ebx
  801150:	5e                   	pop    %esi
  801151:	5f                   	pop    %edi
  801152:	5d                   	pop    %ebp
  801153:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801154:	83 ec 0c             	sub    $0xc,%esp
  801157:	50                   	push   %eax
  801158:	6a 06                	push   $0x6
  80115a:	68 e4 19 80 00       	push   $0x8019e4
  80115f:	6a 1f                	push   $0x1f
  801161:	68 01 1a 80 00       	push   $0x801a01
  801166:	e8 eb f0 ff ff       	call   800256 <_panic>

0080116b <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  80116b:	55                   	push   %ebp
  80116c:	89 e5                	mov    %esp,%ebp
  80116e:	57                   	push   %edi
  80116f:	56                   	push   %esi
  801170:	53                   	push   %ebx
  801171:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801174:	bb 00 00 00 00       	mov    $0x0,%ebx
  801179:	8b 55 08             	mov    0x8(%ebp),%edx
  80117c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80117f:	b8 08 00 00 00       	mov    $0x8,%eax
  801184:	89 df                	mov    %ebx,%edi
  801186:	89 de                	mov    %ebx,%esi
  801188:	cd 30                	int    $0x30
	if (check && ret > 0)
  80118a:	85 c0                	test   %eax,%eax
  80118c:	7f 08                	jg     801196 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  80118e:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801191:	5b                   	pop    %ebx
  801192:	5e                   	pop    %esi
  801193:	5f                   	pop    %edi
  801194:	5d                   	pop    %ebp
  801195:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801196:	83 ec 0c             	sub    $0xc,%esp
  801199:	50                   	push   %eax
  80119a:	6a 08                	push   $0x8
  80119c:	68 e4 19 80 00       	push   $0x8019e4
  8011a1:	6a 1f                	push   $0x1f
  8011a3:	68 01 1a 80 00       	push   $0x801a01
  8011a8:	e8 a9 f0 ff ff       	call   800256 <_panic>

008011ad <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  8011ad:	55                   	push   %ebp
  8011ae:	89 e5                	mov    %esp,%ebp
  8011b0:	57                   	push   %edi
  8011b1:	56                   	push   %esi
  8011b2:	53                   	push   %ebx
  8011b3:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8011b6:	bb 00 00 00 00       	mov    $0x0,%ebx
  8011bb:	8b 55 08             	mov    0x8(%ebp),%edx
  8011be:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8011c1:	b8 09 00 00 00       	mov    $0x9,%eax
  8011c6:	89 df                	mov    %ebx,%edi
  8011c8:	89 de                	mov    %ebx,%esi
  8011ca:	cd 30                	int    $0x30
	if (check && ret > 0)
  8011cc:	85 c0                	test   %eax,%eax
  8011ce:	7f 08                	jg     8011d8 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  8011d0:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8011d3:	5b                   	pop    %ebx
  8011d4:	5e                   	pop    %esi
  8011d5:	5f                   	pop    %edi
  8011d6:	5d                   	pop    %ebp
  8011d7:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8011d8:	83 ec 0c             	sub    $0xc,%esp
  8011db:	50                   	push   %eax
  8011dc:	6a 09                	push   $0x9
  8011de:	68 e4 19 80 00       	push   $0x8019e4
  8011e3:	6a 1f                	push   $0x1f
  8011e5:	68 01 1a 80 00       	push   $0x801a01
  8011ea:	e8 67 f0 ff ff       	call   800256 <_panic>

008011ef <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8011ef:	55                   	push   %ebp
  8011f0:	89 e5                	mov    %esp,%ebp
  8011f2:	57                   	push   %edi
  8011f3:	56                   	push   %esi
  8011f4:	53                   	push   %ebx
	asm volatile("int %1\n"
  8011f5:	8b 55 08             	mov    0x8(%ebp),%edx
  8011f8:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8011fb:	b8 0b 00 00 00       	mov    $0xb,%eax
  801200:	be 00 00 00 00       	mov    $0x0,%esi
  801205:	8b 5d 10             	mov    0x10(%ebp),%ebx
  801208:	8b 7d 14             	mov    0x14(%ebp),%edi
  80120b:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  80120d:	5b                   	pop    %ebx
  80120e:	5e                   	pop    %esi
  80120f:	5f                   	pop    %edi
  801210:	5d                   	pop    %ebp
  801211:	c3                   	ret

00801212 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  801212:	55                   	push   %ebp
  801213:	89 e5                	mov    %esp,%ebp
  801215:	57                   	push   %edi
  801216:	56                   	push   %esi
  801217:	53                   	push   %ebx
  801218:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80121b:	b9 00 00 00 00       	mov    $0x0,%ecx
  801220:	8b 55 08             	mov    0x8(%ebp),%edx
  801223:	b8 0c 00 00 00       	mov    $0xc,%eax
  801228:	89 cb                	mov    %ecx,%ebx
  80122a:	89 cf                	mov    %ecx,%edi
  80122c:	89 ce                	mov    %ecx,%esi
  80122e:	cd 30                	int    $0x30
	if (check && ret > 0)
  801230:	85 c0                	test   %eax,%eax
  801232:	7f 08                	jg     80123c <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  801234:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801237:	5b                   	pop    %ebx
  801238:	5e                   	pop    %esi
  801239:	5f                   	pop    %edi
  80123a:	5d                   	pop    %ebp
  80123b:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80123c:	83 ec 0c             	sub    $0xc,%esp
  80123f:	50                   	push   %eax
  801240:	6a 0c                	push   $0xc
  801242:	68 e4 19 80 00       	push   $0x8019e4
  801247:	6a 1f                	push   $0x1f
  801249:	68 01 1a 80 00       	push   $0x801a01
  80124e:	e8 03 f0 ff ff       	call   800256 <_panic>

00801253 <page_mapped>:
// directory entry first: uvpt[pn] itself faults when its page table is
// absent.
static bool
page_mapped(uintptr_t pn)
{
	return (uvpd[pn >> (PDXSHIFT - PTXSHIFT)] & PTE_P)
  801253:	89 c2                	mov    %eax,%edx
  801255:	c1 ea 0a             	shr    $0xa,%edx
  801258:	8b 14 95 00 d0 7b ef 	mov    -0x10843000(,%edx,4),%edx
		&& (uvpt[pn] & PTE_P);
  80125f:	f6 c2 01             	test   $0x1,%dl
  801262:	74 0e                	je     801272 <page_mapped+0x1f>
  801264:	8b 04 85 00 00 40 ef 	mov    -0x10c00000(,%eax,4),%eax
  80126b:	83 e0 01             	and    $0x1,%eax
  80126e:	83 e0 01             	and    $0x1,%eax
}
  801271:	c3                   	ret
		&& (uvpt[pn] & PTE_P);
  801272:	b8 00 00 00 00       	mov    $0x0,%eax
  801277:	eb f5                	jmp    80126e <page_mapped+0x1b>

00801279 <duppage>:
// Map our page number pn into envid at the same address.  A writable or
// copy-on-write page becomes copy-on-write in both environments; any other
// page is shared with its current permissions.
static int
duppage(envid_t envid, uintptr_t pn)
{
  801279:	55                   	push   %ebp
  80127a:	89 e5                	mov    %esp,%ebp
  80127c:	56                   	push   %esi
  80127d:	53                   	push   %ebx
  80127e:	8b 45 08             	mov    0x8(%ebp),%eax
  801281:	8b 55 0c             	mov    0xc(%ebp),%edx
	void *va = (void *) (pn * PGSIZE);
  801284:	89 d6                	mov    %edx,%esi
  801286:	c1 e6 0c             	shl    $0xc,%esi
	int perm = uvpt[pn] & PTE_SYSCALL;
  801289:	8b 1c 95 00 00 40 ef 	mov    -0x10c00000(,%edx,4),%ebx
	int r;

	if (!(perm & (PTE_W | PTE_COW)))
  801290:	f7 c3 02 08 00 00    	test   $0x802,%ebx
  801296:	74 37                	je     8012cf <duppage+0x56>
		return sys_page_map(0, va, envid, va, perm);

	perm = (perm & ~PTE_W) | PTE_COW;
  801298:	81 e3 05 06 00 00    	and    $0x605,%ebx
  80129e:	80 cf 08             	or     $0x8,%bh
	// and here we may have written the page (our stack, for one) and
	// taken a private writable copy, and the child now shares that
	// copy; leaving it writable would let our later writes show
	// through in the child.  Doing it the other way round, a fault in
	// between would give the child our new writable page.
	if ((r = sys_page_map(0, va, envid, va, perm)) < 0)
  8012a1:	83 ec 0c             	sub    $0xc,%esp
  8012a4:	53                   	push   %ebx
  8012a5:	56                   	push   %esi
  8012a6:	50                   	push   %eax
  8012a7:	56                   	push   %esi
  8012a8:	6a 00                	push   $0x0
  8012aa:	e8 38 fe ff ff       	call   8010e7 <sys_page_map>
  8012af:	83 c4 20             	add    $0x20,%esp
  8012b2:	85 c0                	test   %eax,%eax
  8012b4:	78 12                	js     8012c8 <duppage+0x4f>
		return r;
	return sys_page_map(0, va, 0, va, perm);
  8012b6:	83 ec 0c             	sub    $0xc,%esp
  8012b9:	53                   	push   %ebx
  8012ba:	56                   	push   %esi
  8012bb:	6a 00                	push   $0x0
  8012bd:	56                   	push   %esi
  8012be:	6a 00                	push   $0x0
  8012c0:	e8 22 fe ff ff       	call   8010e7 <sys_page_map>
  8012c5:	83 c4 20             	add    $0x20,%esp
}
  8012c8:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8012cb:	5b                   	pop    %ebx
  8012cc:	5e                   	pop    %esi
  8012cd:	5d                   	pop    %ebp
  8012ce:	c3                   	ret
		return sys_page_map(0, va, envid, va, perm);
  8012cf:	83 ec 0c             	sub    $0xc,%esp
	int perm = uvpt[pn] & PTE_SYSCALL;
  8012d2:	81 e3 07 0e 00 00    	and    $0xe07,%ebx
		return sys_page_map(0, va, envid, va, perm);
  8012d8:	53                   	push   %ebx
  8012d9:	56                   	push   %esi
  8012da:	50                   	push   %eax
  8012db:	56                   	push   %esi
  8012dc:	6a 00                	push   $0x0
  8012de:	e8 04 fe ff ff       	call   8010e7 <sys_page_map>
  8012e3:	83 c4 20             	add    $0x20,%esp
  8012e6:	eb e0                	jmp    8012c8 <duppage+0x4f>

008012e8 <sharepage>:

// How sfork gives a page to the child: the stack and the private data
// page copy-on-write as in fork, every other page shared outright.
static int
sharepage(envid_t envid, uintptr_t pn)
{
  8012e8:	55                   	push   %ebp
  8012e9:	89 e5                	mov    %esp,%ebp
  8012eb:	83 ec 18             	sub    $0x18,%esp
  8012ee:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	uintptr_t va = pn * PGSIZE;
  8012f1:	89 c8                	mov    %ecx,%eax
  8012f3:	c1 e0 0c             	shl    $0xc,%eax
  8012f6:	89 45 f4             	mov    %eax,-0xc(%ebp)
	uintptr_t stack_bottom = ROUNDDOWN((uintptr_t) &va, PGSIZE);
  8012f9:	8d 55 f4             	lea    -0xc(%ebp),%edx
  8012fc:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
	int perm;

	if ((va >= stack_bottom && va < USTACKTOP)
  801302:	39 d0                	cmp    %edx,%eax
  801304:	72 07                	jb     80130d <sharepage+0x25>
  801306:	3d ff df bf ee       	cmp    $0xeebfdfff,%eax
  80130b:	76 41                	jbe    80134e <sharepage+0x66>
	    || (va >= (uintptr_t) __private_start
  80130d:	3d 00 30 80 00       	cmp    $0x803000,%eax
  801312:	72 07                	jb     80131b <sharepage+0x33>
		&& va < (uintptr_t) __private_end))
  801314:	3d 00 40 80 00       	cmp    $0x804000,%eax
  801319:	72 33                	jb     80134e <sharepage+0x66>
		return duppage(envid, pn);

	// A page still copy-on-write from an earlier fork would split on
	// the first write; touch it so we own a writable copy to share.
	if (uvpt[pn] & PTE_COW) {
  80131b:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
  801322:	f6 c6 08             	test   $0x8,%dh
  801325:	74 05                	je     80132c <sharepage+0x44>
		volatile char *p = (volatile char *) va;
		*p = *p;
  801327:	0f b6 10             	movzbl (%eax),%edx
  80132a:	88 10                	mov    %dl,(%eax)
	}
	perm = uvpt[pn] & PTE_SYSCALL;
  80132c:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  801333:	83 ec 0c             	sub    $0xc,%esp
	perm = uvpt[pn] & PTE_SYSCALL;
  801336:	81 e2 07 0e 00 00    	and    $0xe07,%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  80133c:	52                   	push   %edx
  80133d:	50                   	push   %eax
  80133e:	ff 75 08             	push   0x8(%ebp)
  801341:	50                   	push   %eax
  801342:	6a 00                	push   $0x0
  801344:	e8 9e fd ff ff       	call   8010e7 <sys_page_map>
  801349:	83 c4 20             	add    $0x20,%esp
}
  80134c:	c9                   	leave
  80134d:	c3                   	ret
		return duppage(envid, pn);
  80134e:	83 ec 08             	sub    $0x8,%esp
  801351:	51                   	push   %ecx
  801352:	ff 75 08             	push   0x8(%ebp)
  801355:	e8 1f ff ff ff       	call   801279 <duppage>
  80135a:	83 c4 10             	add    $0x10,%esp
  80135d:	eb ed                	jmp    80134c <sharepage+0x64>

0080135f <pgfault>:
{
  80135f:	55                   	push   %ebp
  801360:	89 e5                	mov    %esp,%ebp
  801362:	57                   	push   %edi
  801363:	56                   	push   %esi
  801364:	53                   	push   %ebx
  801365:	83 ec 1c             	sub    $0x1c,%esp
	void *addr = (void *) utf->utf_fault_va;
  801368:	8b 45 08             	mov    0x8(%ebp),%eax
  80136b:	8b 18                	mov    (%eax),%ebx
	uint32_t err = utf->utf_err;
  80136d:	8b 40 04             	mov    0x4(%eax),%eax
  801370:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	void *page = ROUNDDOWN(addr, PGSIZE);
  801373:	89 df                	mov    %ebx,%edi
  801375:	81 e7 00 f0 ff ff    	and    $0xfffff000,%edi
	if (!(err & FEC_WR) || !page_mapped(PGNUM(addr))
  80137b:	a8 02                	test   $0x2,%al
  80137d:	0f 84 82 00 00 00    	je     801405 <pgfault+0xa6>
  801383:	89 de                	mov    %ebx,%esi
  801385:	c1 ee 0c             	shr    $0xc,%esi
  801388:	89 f0                	mov    %esi,%eax
  80138a:	e8 c4 fe ff ff       	call   801253 <page_mapped>
  80138f:	84 c0                	test   %al,%al
  801391:	74 72                	je     801405 <pgfault+0xa6>
	    || !(uvpt[PGNUM(addr)] & PTE_COW))
  801393:	8b 04 b5 00 00 40 ef 	mov    -0x10c00000(,%esi,4),%eax
  80139a:	f6 c4 08             	test   $0x8,%ah
  80139d:	74 66                	je     801405 <pgfault+0xa6>
	if ((r = sys_page_alloc(0, PFTEMP, PTE_P | PTE_U | PTE_W)) < 0)
  80139f:	83 ec 04             	sub    $0x4,%esp
  8013a2:	6a 07                	push   $0x7
  8013a4:	68 00 f0 7f 00       	push   $0x7ff000
  8013a9:	6a 00                	push   $0x0
  8013ab:	e8 f4 fc ff ff       	call   8010a4 <sys_page_alloc>
  8013b0:	83 c4 10             	add    $0x10,%esp
  8013b3:	85 c0                	test   %eax,%eax
  8013b5:	78 6c                	js     801423 <pgfault+0xc4>
	memmove(PFTEMP, page, PGSIZE);
  8013b7:	83 ec 04             	sub    $0x4,%esp
  8013ba:	68 00 10 00 00       	push   $0x1000
  8013bf:	57                   	push   %edi
  8013c0:	68 00 f0 7f 00       	push   $0x7ff000
  8013c5:	e8 1c f8 ff ff       	call   800be6 <memmove>
	if ((r = sys_page_map(0, PFTEMP, 0, page, PTE_P | PTE_U | PTE_W)) < 0)
  8013ca:	c7 04 24 07 00 00 00 	movl   $0x7,(%esp)
  8013d1:	57                   	push   %edi
  8013d2:	6a 00                	push   $0x0
  8013d4:	68 00 f0 7f 00       	push   $0x7ff000
  8013d9:	6a 00                	push   $0x0
  8013db:	e8 07 fd ff ff       	call   8010e7 <sys_page_map>
  8013e0:	83 c4 20             	add    $0x20,%esp
  8013e3:	85 c0                	test   %eax,%eax
  8013e5:	78 4e                	js     801435 <pgfault+0xd6>
	if ((r = sys_page_unmap(0, PFTEMP)) < 0)
  8013e7:	83 ec 08             	sub    $0x8,%esp
  8013ea:	68 00 f0 7f 00       	push   $0x7ff000
  8013ef:	6a 00                	push   $0x0
  8013f1:	e8 33 fd ff ff       	call   801129 <sys_page_unmap>
  8013f6:	83 c4 10             	add    $0x10,%esp
  8013f9:	85 c0                	test   %eax,%eax
  8013fb:	78 4a                	js     801447 <pgfault+0xe8>
}
  8013fd:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801400:	5b                   	pop    %ebx
  801401:	5e                   	pop    %esi
  801402:	5f                   	pop    %edi
  801403:	5d                   	pop    %ebp
  801404:	c3                   	ret
		panic("page fault at va %08x, eip %08x, err %x: "
  801405:	83 ec 08             	sub    $0x8,%esp
  801408:	ff 75 e4             	push   -0x1c(%ebp)
  80140b:	8b 45 08             	mov    0x8(%ebp),%eax
  80140e:	ff 70 28             	push   0x28(%eax)
  801411:	53                   	push   %ebx
  801412:	68 10 1a 80 00       	push   $0x801a10
  801417:	6a 2d                	push   $0x2d
  801419:	68 5d 1a 80 00       	push   $0x801a5d
  80141e:	e8 33 ee ff ff       	call   800256 <_panic>
		panic("pgfault: sys_page_alloc: %e", r);
  801423:	50                   	push   %eax
  801424:	68 68 1a 80 00       	push   $0x801a68
  801429:	6a 35                	push   $0x35
  80142b:	68 5d 1a 80 00       	push   $0x801a5d
  801430:	e8 21 ee ff ff       	call   800256 <_panic>
		panic("pgfault: sys_page_map: %e", r);
  801435:	50                   	push   %eax
  801436:	68 84 1a 80 00       	push   $0x801a84
  80143b:	6a 38                	push   $0x38
  80143d:	68 5d 1a 80 00       	push   $0x801a5d
  801442:	e8 0f ee ff ff       	call   800256 <_panic>
		panic("pgfault: sys_page_unmap: %e", r);
  801447:	50                   	push   %eax
  801448:	68 9e 1a 80 00       	push   $0x801a9e
  80144d:	6a 3a                	push   $0x3a
  80144f:	68 5d 1a 80 00       	push   $0x801a5d
  801454:	e8 fd ed ff ff       	call   800256 <_panic>

00801459 <fork_with>:
{
  801459:	55                   	push   %ebp
  80145a:	89 e5                	mov    %esp,%ebp
  80145c:	57                   	push   %edi
  80145d:	56                   	push   %esi
  80145e:	53                   	push   %ebx
  80145f:	83 ec 28             	sub    $0x28,%esp
  801462:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	set_pgfault_handler(pgfault);
  801465:	68 5f 13 80 00       	push   $0x80135f
  80146a:	e8 fb 01 00 00       	call   80166a <set_pgfault_handler>
// real call, the return address the child pops could already be stale.
static inline envid_t __attribute__((always_inline))
sys_exofork(void)
{
	envid_t ret;
	asm volatile("int %2"
  80146f:	b8 07 00 00 00       	mov    $0x7,%eax
  801474:	cd 30                	int    $0x30
  801476:	89 45 e0             	mov    %eax,-0x20(%ebp)
  801479:	89 c7                	mov    %eax,%edi
	if (envid < 0)
  80147b:	83 c4 10             	add    $0x10,%esp
  80147e:	85 c0                	test   %eax,%eax
  801480:	0f 88 a7 00 00 00    	js     80152d <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  801486:	bb 00 00 00 00       	mov    $0x0,%ebx
	if (envid == 0) {
  80148b:	75 27                	jne    8014b4 <fork_with+0x5b>
		thisenv = &envs[ENVX(sys_getenvid())];
  80148d:	e8 d4 fb ff ff       	call   801066 <sys_getenvid>
  801492:	25 ff 03 00 00       	and    $0x3ff,%eax
  801497:	6b c0 7c             	imul   $0x7c,%eax,%eax
  80149a:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80149f:	a3 00 30 80 00       	mov    %eax,0x803000
		return 0;
  8014a4:	e9 84 00 00 00       	jmp    80152d <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  8014a9:	83 c3 01             	add    $0x1,%ebx
		if (pn == PGNUM(UXSTACKTOP - PGSIZE) || !page_mapped(pn))
  8014ac:	81 fb ff eb 0e 00    	cmp    $0xeebff,%ebx
  8014b2:	74 30                	je     8014e4 <fork_with+0x8b>
  8014b4:	89 d8                	mov    %ebx,%eax
  8014b6:	e8 98 fd ff ff       	call   801253 <page_mapped>
  8014bb:	84 c0                	test   %al,%al
  8014bd:	74 ea                	je     8014a9 <fork_with+0x50>
		if ((r = dup(envid, pn)) < 0)
  8014bf:	83 ec 08             	sub    $0x8,%esp
  8014c2:	53                   	push   %ebx
  8014c3:	57                   	push   %edi
  8014c4:	8b 45 e4             	mov    -0x1c(%ebp),%eax
  8014c7:	ff d0                	call   *%eax
  8014c9:	89 c6                	mov    %eax,%esi
  8014cb:	83 c4 10             	add    $0x10,%esp
  8014ce:	85 c0                	test   %eax,%eax
  8014d0:	79 d7                	jns    8014a9 <fork_with+0x50>
		sys_env_destroy(envid);
  8014d2:	83 ec 0c             	sub    $0xc,%esp
  8014d5:	ff 75 e0             	push   -0x20(%ebp)
  8014d8:	e8 48 fb ff ff       	call   801025 <sys_env_destroy>
		return r;
  8014dd:	83 c4 10             	add    $0x10,%esp
  8014e0:	89 f7                	mov    %esi,%edi
  8014e2:	eb 49                	jmp    80152d <fork_with+0xd4>
	if ((r = sys_page_alloc(envid, (void *) (UXSTACKTOP - PGSIZE),
  8014e4:	83 ec 04             	sub    $0x4,%esp
  8014e7:	6a 07                	push   $0x7
  8014e9:	68 00 f0 bf ee       	push   $0xeebff000
  8014ee:	ff 75 e0             	push   -0x20(%ebp)
  8014f1:	e8 ae fb ff ff       	call   8010a4 <sys_page_alloc>
  8014f6:	89 c6                	mov    %eax,%esi
  8014f8:	83 c4 10             	add    $0x10,%esp
  8014fb:	85 c0                	test   %eax,%eax
  8014fd:	78 d3                	js     8014d2 <fork_with+0x79>
	if ((r = sys_env_set_pgfault_upcall(envid, _pgfault_upcall)) < 0)
  8014ff:	83 ec 08             	sub    $0x8,%esp
  801502:	68 d5 16 80 00       	push   $0x8016d5
  801507:	8b 5d e0             	mov    -0x20(%ebp),%ebx
  80150a:	53                   	push   %ebx
  80150b:	e8 9d fc ff ff       	call   8011ad <sys_env_set_pgfault_upcall>
  801510:	89 c6                	mov    %eax,%esi
  801512:	83 c4 10             	add    $0x10,%esp
  801515:	85 c0                	test   %eax,%eax
  801517:	78 b9                	js     8014d2 <fork_with+0x79>
	return sys_env_set_status(envid, ENV_RUNNABLE);
  801519:	83 ec 08             	sub    $0x8,%esp
  80151c:	6a 02                	push   $0x2
  80151e:	53                   	push   %ebx
  80151f:	e8 47 fc ff ff       	call   80116b <sys_env_set_status>
  801524:	89 c6                	mov    %eax,%esi
	    || (r = start_child(envid)) < 0) {
  801526:	83 c4 10             	add    $0x10,%esp
  801529:	85 c0                	test   %eax,%eax
  80152b:	78 a5                	js     8014d2 <fork_with+0x79>
}
  80152d:	89 f8                	mov    %edi,%eax
  80152f:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801532:	5b                   	pop    %ebx
  801533:	5e                   	pop    %esi
  801534:	5f                   	pop    %edi
  801535:	5d                   	pop    %ebp
  801536:	c3                   	ret

00801537 <fork>:
{
  801537:	55                   	push   %ebp
  801538:	89 e5                	mov    %esp,%ebp
  80153a:	83 ec 08             	sub    $0x8,%esp
	return fork_with(duppage);
  80153d:	b8 79 12 80 00       	mov    $0x801279,%eax
  801542:	e8 12 ff ff ff       	call   801459 <fork_with>
}
  801547:	c9                   	leave
  801548:	c3                   	ret

00801549 <sfork>:
// Shared-memory fork (the lab's challenge): parent and child share all of
// memory except the stack and the private data page.  thisenv lives on
// that private page, so it stays correct in both.
envid_t
sfork(void)
{
  801549:	55                   	push   %ebp
  80154a:	89 e5                	mov    %esp,%ebp
  80154c:	83 ec 08             	sub    $0x8,%esp
	return fork_with(sharepage);
  80154f:	b8 e8 12 80 00       	mov    $0x8012e8,%eax
  801554:	e8 00 ff ff ff       	call   801459 <fork_with>
}
  801559:	c9                   	leave
  80155a:	c3                   	ret

0080155b <ipc_recv>:
// If 'perm_store' is nonnull, the sent page's permission is stored there
// (0 when no page was transferred).
// On error both stores are zeroed and the error is returned.
int32_t
ipc_recv(envid_t *from_env_store, void *pg, int *perm_store)
{
  80155b:	55                   	push   %ebp
  80155c:	89 e5                	mov    %esp,%ebp
  80155e:	56                   	push   %esi
  80155f:	53                   	push   %ebx
  801560:	8b 75 08             	mov    0x8(%ebp),%esi
  801563:	8b 45 0c             	mov    0xc(%ebp),%eax
  801566:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int r;

	// UTOP is above every mappable address, so the kernel reads it as
	// "I do not want a page".  0 would be a valid address.
	if (pg == NULL)
		pg = (void *) UTOP;
  801569:	85 c0                	test   %eax,%eax
  80156b:	ba 00 00 c0 ee       	mov    $0xeec00000,%edx
  801570:	0f 44 c2             	cmove  %edx,%eax

	if ((r = sys_ipc_recv(pg)) < 0) {
  801573:	83 ec 0c             	sub    $0xc,%esp
  801576:	50                   	push   %eax
  801577:	e8 96 fc ff ff       	call   801212 <sys_ipc_recv>
  80157c:	83 c4 10             	add    $0x10,%esp
  80157f:	85 c0                	test   %eax,%eax
  801581:	78 40                	js     8015c3 <ipc_recv+0x68>
		return r;
	}

	// Look up our own Env rather than trusting thisenv: after sfork()
	// the thisenv variable is shared with another environment.
	self = &envs[ENVX(sys_getenvid())];
  801583:	e8 de fa ff ff       	call   801066 <sys_getenvid>
  801588:	25 ff 03 00 00       	and    $0x3ff,%eax
	if (from_env_store)
  80158d:	85 f6                	test   %esi,%esi
  80158f:	74 0e                	je     80159f <ipc_recv+0x44>
		*from_env_store = self->env_ipc_from;
  801591:	6b d0 7c             	imul   $0x7c,%eax,%edx
  801594:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  80159a:	8b 52 74             	mov    0x74(%edx),%edx
  80159d:	89 16                	mov    %edx,(%esi)
	if (perm_store)
  80159f:	85 db                	test   %ebx,%ebx
  8015a1:	74 0e                	je     8015b1 <ipc_recv+0x56>
		*perm_store = self->env_ipc_perm;
  8015a3:	6b d0 7c             	imul   $0x7c,%eax,%edx
  8015a6:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  8015ac:	8b 52 78             	mov    0x78(%edx),%edx
  8015af:	89 13                	mov    %edx,(%ebx)
	return self->env_ipc_value;
  8015b1:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8015b4:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8015b9:	8b 40 70             	mov    0x70(%eax),%eax
}
  8015bc:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8015bf:	5b                   	pop    %ebx
  8015c0:	5e                   	pop    %esi
  8015c1:	5d                   	pop    %ebp
  8015c2:	c3                   	ret
		if (from_env_store)
  8015c3:	85 f6                	test   %esi,%esi
  8015c5:	74 06                	je     8015cd <ipc_recv+0x72>
			*from_env_store = 0;
  8015c7:	c7 06 00 00 00 00    	movl   $0x0,(%esi)
		if (perm_store)
  8015cd:	85 db                	test   %ebx,%ebx
  8015cf:	74 eb                	je     8015bc <ipc_recv+0x61>
			*perm_store = 0;
  8015d1:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8015d7:	eb e3                	jmp    8015bc <ipc_recv+0x61>

008015d9 <ipc_send>:
// Send 'val' (and 'pg' with 'perm', if 'pg' is nonnull) to 'to_env',
// retrying until the receiver is waiting.  Any other error is a bug in the
// caller, so panic.
void
ipc_send(envid_t to_env, uint32_t val, void *pg, int perm)
{
  8015d9:	55                   	push   %ebp
  8015da:	89 e5                	mov    %esp,%ebp
  8015dc:	57                   	push   %edi
  8015dd:	56                   	push   %esi
  8015de:	53                   	push   %ebx
  8015df:	83 ec 0c             	sub    $0xc,%esp
  8015e2:	8b 75 08             	mov    0x8(%ebp),%esi
  8015e5:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8015e8:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int r;

	if (pg == NULL)
		pg = (void *) UTOP;
  8015eb:	85 db                	test   %ebx,%ebx
  8015ed:	b8 00 00 c0 ee       	mov    $0xeec00000,%eax
  8015f2:	0f 44 d8             	cmove  %eax,%ebx

	while ((r = sys_ipc_try_send(to_env, val, pg, perm)) < 0) {
  8015f5:	ff 75 14             	push   0x14(%ebp)
  8015f8:	53                   	push   %ebx
  8015f9:	57                   	push   %edi
  8015fa:	56                   	push   %esi
  8015fb:	e8 ef fb ff ff       	call   8011ef <sys_ipc_try_send>
  801600:	83 c4 10             	add    $0x10,%esp
  801603:	85 c0                	test   %eax,%eax
  801605:	79 22                	jns    801629 <ipc_send+0x50>
		if (r != -E_IPC_NOT_RECV)
  801607:	83 f8 f9             	cmp    $0xfffffff9,%eax
  80160a:	75 07                	jne    801613 <ipc_send+0x3a>
			panic("ipc_send to %08x: %e", to_env, r);
		// The receiver is not blocked in ipc_recv yet: let it run.
		sys_yield();
  80160c:	e8 74 fa ff ff       	call   801085 <sys_yield>
  801611:	eb e2                	jmp    8015f5 <ipc_send+0x1c>
			panic("ipc_send to %08x: %e", to_env, r);
  801613:	83 ec 0c             	sub    $0xc,%esp
  801616:	50                   	push   %eax
  801617:	56                   	push   %esi
  801618:	68 ba 1a 80 00       	push   $0x801aba
  80161d:	6a 35                	push   $0x35
  80161f:	68 cf 1a 80 00       	push   $0x801acf
  801624:	e8 2d ec ff ff       	call   800256 <_panic>
	}
}
  801629:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80162c:	5b                   	pop    %ebx
  80162d:	5e                   	pop    %esi
  80162e:	5f                   	pop    %edi
  80162f:	5d                   	pop    %ebp
  801630:	c3                   	ret

00801631 <ipc_find_env>:

// Find the first environment of the given type.  Returns its envid, or 0
// if there is none.
envid_t
ipc_find_env(enum EnvType type)
{
  801631:	55                   	push   %ebp
  801632:	89 e5                	mov    %esp,%ebp
  801634:	8b 4d 08             	mov    0x8(%ebp),%ecx
	int i;

	for (i = 0; i < NENV; i++)
  801637:	b8 00 00 00 00       	mov    $0x0,%eax
		if (envs[i].env_type == type)
  80163c:	6b d0 7c             	imul   $0x7c,%eax,%edx
  80163f:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  801645:	8b 52 50             	mov    0x50(%edx),%edx
  801648:	39 ca                	cmp    %ecx,%edx
  80164a:	74 11                	je     80165d <ipc_find_env+0x2c>
	for (i = 0; i < NENV; i++)
  80164c:	83 c0 01             	add    $0x1,%eax
  80164f:	3d 00 04 00 00       	cmp    $0x400,%eax
  801654:	75 e6                	jne    80163c <ipc_find_env+0xb>
			return envs[i].env_id;
	return 0;
  801656:	b8 00 00 00 00       	mov    $0x0,%eax
  80165b:	eb 0b                	jmp    801668 <ipc_find_env+0x37>
			return envs[i].env_id;
  80165d:	6b c0 7c             	imul   $0x7c,%eax,%eax
  801660:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  801665:	8b 40 48             	mov    0x48(%eax),%eax
}
  801668:	5d                   	pop    %ebp
  801669:	c3                   	ret

0080166a <set_pgfault_handler>:
// Read by _pgfault_upcall; 0 until a handler is installed.
void (*_pgfault_handler)(struct UTrapframe *utf);

void
set_pgfault_handler(void (*handler)(struct UTrapframe *utf))
{
  80166a:	55                   	push   %ebp
  80166b:	89 e5                	mov    %esp,%ebp
  80166d:	83 ec 08             	sub    $0x8,%esp
	int r;

	if (_pgfault_handler == 0) {
  801670:	83 3d 00 40 80 00 00 	cmpl   $0x0,0x804000
  801677:	74 0a                	je     801683 <set_pgfault_handler+0x19>
			panic("set_pgfault_handler: upcall: %e", r);
	}

	// Swapping handlers later needs no kernel call: the upcall always
	// goes through this pointer.
	_pgfault_handler = handler;
  801679:	8b 45 08             	mov    0x8(%ebp),%eax
  80167c:	a3 00 40 80 00       	mov    %eax,0x804000
}
  801681:	c9                   	leave
  801682:	c3                   	ret
		if ((r = sys_page_alloc(0, (void *) (UXSTACKTOP - PGSIZE),
  801683:	83 ec 04             	sub    $0x4,%esp
  801686:	6a 07                	push   $0x7
  801688:	68 00 f0 bf ee       	push   $0xeebff000
  80168d:	6a 00                	push   $0x0
  80168f:	e8 10 fa ff ff       	call   8010a4 <sys_page_alloc>
  801694:	83 c4 10             	add    $0x10,%esp
  801697:	85 c0                	test   %eax,%eax
  801699:	78 28                	js     8016c3 <set_pgfault_handler+0x59>
		if ((r = sys_env_set_pgfault_upcall(0, _pgfault_upcall)) < 0)
  80169b:	83 ec 08             	sub    $0x8,%esp
  80169e:	68 d5 16 80 00       	push   $0x8016d5
  8016a3:	6a 00                	push   $0x0
  8016a5:	e8 03 fb ff ff       	call   8011ad <sys_env_set_pgfault_upcall>
  8016aa:	83 c4 10             	add    $0x10,%esp
  8016ad:	85 c0                	test   %eax,%eax
  8016af:	79 c8                	jns    801679 <set_pgfault_handler+0xf>
			panic("set_pgfault_handler: upcall: %e", r);
  8016b1:	50                   	push   %eax
  8016b2:	68 08 1b 80 00       	push   $0x801b08
  8016b7:	6a 1a                	push   $0x1a
  8016b9:	68 28 1b 80 00       	push   $0x801b28
  8016be:	e8 93 eb ff ff       	call   800256 <_panic>
			panic("set_pgfault_handler: exception stack: %e", r);
  8016c3:	50                   	push   %eax
  8016c4:	68 dc 1a 80 00       	push   $0x801adc
  8016c9:	6a 18                	push   $0x18
  8016cb:	68 28 1b 80 00       	push   $0x801b28
  8016d0:	e8 81 eb ff ff       	call   800256 <_panic>

008016d5 <_pgfault_upcall>:

.text
.globl _pgfault_upcall
_pgfault_upcall:
	// Call the C handler with a pointer to the UTrapframe.
	pushl %esp
  8016d5:	54                   	push   %esp
	movl _pgfault_handler, %eax
  8016d6:	a1 00 40 80 00       	mov    0x804000,%eax
	call *%eax
  8016db:	ff d0                	call   *%eax
	addl $4, %esp
  8016dd:	83 c4 04             	add    $0x4,%esp

	// Push the trap-time eip onto the trap-time stack: store it one
	// word below utf_esp and make utf_esp point at it.
	movl 40(%esp), %eax
  8016e0:	8b 44 24 28          	mov    0x28(%esp),%eax
	movl 48(%esp), %edx
  8016e4:	8b 54 24 30          	mov    0x30(%esp),%edx
	subl $4, %edx
  8016e8:	83 ea 04             	sub    $0x4,%edx
	movl %eax, (%edx)
  8016eb:	89 02                	mov    %eax,(%edx)
	movl %edx, 48(%esp)
  8016ed:	89 54 24 30          	mov    %edx,0x30(%esp)

	// Restore the general registers.
	addl $8, %esp		// skip utf_fault_va and utf_err
  8016f1:	83 c4 08             	add    $0x8,%esp
	popal
  8016f4:	61                   	popa

	// Restore eflags.  Skip utf_eip first: from popfl on, no arithmetic
	// instruction may run, or it would change the restored flags.
	addl $4, %esp
  8016f5:	83 c4 04             	add    $0x4,%esp
	popfl
  8016f8:	9d                   	popf

	// Switch back to the trap-time stack (now holding the eip) ...
	popl %esp
  8016f9:	5c                   	pop    %esp

	// ... and return to the faulting instruction.
	ret
  8016fa:	c3                   	ret
