
obj-walkfork/user/stresssched:     file format elf32-i386


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
  80002c:	e8 c5 00 00 00       	call   8000f6 <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:

volatile int counter;

void
umain(int argc, char **argv)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	56                   	push   %esi
  800037:	53                   	push   %ebx
	int i, j;
	envid_t parent = sys_getenvid();
  800038:	e8 21 0f 00 00       	call   800f5e <sys_getenvid>
  80003d:	89 c6                	mov    %eax,%esi

	// Fork the children.
	for (i = 0; i < 20; i++)
  80003f:	bb 00 00 00 00       	mov    $0x0,%ebx
		if (fork() == 0)
  800044:	e8 e6 13 00 00       	call   80142f <fork>
  800049:	85 c0                	test   %eax,%eax
  80004b:	74 0f                	je     80005c <umain+0x29>
	for (i = 0; i < 20; i++)
  80004d:	83 c3 01             	add    $0x1,%ebx
  800050:	83 fb 14             	cmp    $0x14,%ebx
  800053:	75 ef                	jne    800044 <umain+0x11>
			break;
	if (i == 20) {
		sys_yield();
  800055:	e8 23 0f 00 00       	call   800f7d <sys_yield>
		return;
  80005a:	eb 7c                	jmp    8000d8 <umain+0xa5>
	if (i == 20) {
  80005c:	83 fb 14             	cmp    $0x14,%ebx
  80005f:	74 f4                	je     800055 <umain+0x22>
	}

	// Start together: wait until the parent is gone.
	while (envs[ENVX(parent)].env_status != ENV_FREE)
  800061:	89 f0                	mov    %esi,%eax
  800063:	25 ff 03 00 00       	and    $0x3ff,%eax
  800068:	6b d0 7c             	imul   $0x7c,%eax,%edx
  80006b:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  800071:	8b 52 54             	mov    0x54(%edx),%edx
  800074:	85 d2                	test   %edx,%edx
  800076:	74 11                	je     800089 <umain+0x56>
  800078:	6b c0 7c             	imul   $0x7c,%eax,%eax
  80007b:	05 00 00 c0 ee       	add    $0xeec00000,%eax
		asm volatile("pause");
  800080:	f3 90                	pause
	while (envs[ENVX(parent)].env_status != ENV_FREE)
  800082:	8b 50 54             	mov    0x54(%eax),%edx
  800085:	85 d2                	test   %edx,%edx
  800087:	75 f7                	jne    800080 <umain+0x4d>
	for (i = 0; i < 20; i++)
  800089:	bb 0a 00 00 00       	mov    $0xa,%ebx

	for (i = 0; i < 10; i++) {
		sys_yield();
  80008e:	e8 ea 0e 00 00       	call   800f7d <sys_yield>
  800093:	ba 10 27 00 00       	mov    $0x2710,%edx
		for (j = 0; j < 10000; j++)
			counter++;
  800098:	a1 00 40 80 00       	mov    0x804000,%eax
  80009d:	83 c0 01             	add    $0x1,%eax
  8000a0:	a3 00 40 80 00       	mov    %eax,0x804000
		for (j = 0; j < 10000; j++)
  8000a5:	83 ea 01             	sub    $0x1,%edx
  8000a8:	75 ee                	jne    800098 <umain+0x65>
	for (i = 0; i < 10; i++) {
  8000aa:	83 eb 01             	sub    $0x1,%ebx
  8000ad:	75 df                	jne    80008e <umain+0x5b>
	}

	if (counter != 10*10000)
  8000af:	a1 00 40 80 00       	mov    0x804000,%eax
  8000b4:	3d a0 86 01 00       	cmp    $0x186a0,%eax
  8000b9:	75 24                	jne    8000df <umain+0xac>
		panic("ran on two CPUs at once (counter is %d)", counter);

	cprintf("[%08x] stresssched on CPU %d\n", thisenv->env_id,
		thisenv->env_cpunum);
  8000bb:	a1 00 30 80 00       	mov    0x803000,%eax
  8000c0:	8b 50 5c             	mov    0x5c(%eax),%edx
	cprintf("[%08x] stresssched on CPU %d\n", thisenv->env_id,
  8000c3:	8b 40 48             	mov    0x48(%eax),%eax
  8000c6:	83 ec 04             	sub    $0x4,%esp
  8000c9:	52                   	push   %edx
  8000ca:	50                   	push   %eax
  8000cb:	68 3b 15 80 00       	push   $0x80153b
  8000d0:	e8 ee 07 00 00       	call   8008c3 <cprintf>
  8000d5:	83 c4 10             	add    $0x10,%esp
}
  8000d8:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8000db:	5b                   	pop    %ebx
  8000dc:	5e                   	pop    %esi
  8000dd:	5d                   	pop    %ebp
  8000de:	c3                   	ret
		panic("ran on two CPUs at once (counter is %d)", counter);
  8000df:	a1 00 40 80 00       	mov    0x804000,%eax
  8000e4:	50                   	push   %eax
  8000e5:	68 00 15 80 00       	push   $0x801500
  8000ea:	6a 25                	push   $0x25
  8000ec:	68 28 15 80 00       	push   $0x801528
  8000f1:	e8 58 00 00 00       	call   80014e <_panic>

008000f6 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8000f6:	55                   	push   %ebp
  8000f7:	89 e5                	mov    %esp,%ebp
  8000f9:	56                   	push   %esi
  8000fa:	53                   	push   %ebx
  8000fb:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8000fe:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  800101:	e8 58 0e 00 00       	call   800f5e <sys_getenvid>
  800106:	25 ff 03 00 00       	and    $0x3ff,%eax
  80010b:	6b c0 7c             	imul   $0x7c,%eax,%eax
  80010e:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  800113:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800118:	85 db                	test   %ebx,%ebx
  80011a:	7e 07                	jle    800123 <libmain+0x2d>
		binaryname = argv[0];
  80011c:	8b 06                	mov    (%esi),%eax
  80011e:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800123:	83 ec 08             	sub    $0x8,%esp
  800126:	56                   	push   %esi
  800127:	53                   	push   %ebx
  800128:	e8 06 ff ff ff       	call   800033 <umain>

	exit();
  80012d:	e8 0a 00 00 00       	call   80013c <exit>
}
  800132:	83 c4 10             	add    $0x10,%esp
  800135:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800138:	5b                   	pop    %ebx
  800139:	5e                   	pop    %esi
  80013a:	5d                   	pop    %ebp
  80013b:	c3                   	ret

0080013c <exit>:

#include <inc/lib.h>

void
exit(void)
{
  80013c:	55                   	push   %ebp
  80013d:	89 e5                	mov    %esp,%ebp
  80013f:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800142:	6a 00                	push   $0x0
  800144:	e8 d4 0d 00 00       	call   800f1d <sys_env_destroy>
}
  800149:	83 c4 10             	add    $0x10,%esp
  80014c:	c9                   	leave
  80014d:	c3                   	ret

0080014e <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  80014e:	55                   	push   %ebp
  80014f:	89 e5                	mov    %esp,%ebp
  800151:	56                   	push   %esi
  800152:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800153:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800156:	8b 35 00 20 80 00    	mov    0x802000,%esi
  80015c:	e8 fd 0d 00 00       	call   800f5e <sys_getenvid>
  800161:	83 ec 0c             	sub    $0xc,%esp
  800164:	ff 75 0c             	push   0xc(%ebp)
  800167:	ff 75 08             	push   0x8(%ebp)
  80016a:	56                   	push   %esi
  80016b:	50                   	push   %eax
  80016c:	68 64 15 80 00       	push   $0x801564
  800171:	e8 4d 07 00 00       	call   8008c3 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800176:	83 c4 18             	add    $0x18,%esp
  800179:	53                   	push   %ebx
  80017a:	ff 75 10             	push   0x10(%ebp)
  80017d:	e8 56 00 00 00       	call   8001d8 <vcprintf>
	cprintf("\n");
  800182:	c7 04 24 57 15 80 00 	movl   $0x801557,(%esp)
  800189:	e8 35 07 00 00       	call   8008c3 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  80018e:	cc                   	int3
  80018f:	83 c4 10             	add    $0x10,%esp
	for (;;)
  800192:	eb fe                	jmp    800192 <_panic+0x44>

00800194 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  800194:	55                   	push   %ebp
  800195:	89 e5                	mov    %esp,%ebp
  800197:	53                   	push   %ebx
  800198:	83 ec 04             	sub    $0x4,%esp
  80019b:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  80019e:	8b 13                	mov    (%ebx),%edx
  8001a0:	8d 42 01             	lea    0x1(%edx),%eax
  8001a3:	89 03                	mov    %eax,(%ebx)
  8001a5:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8001a8:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  8001ac:	3d 00 01 00 00       	cmp    $0x100,%eax
  8001b1:	74 09                	je     8001bc <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  8001b3:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  8001b7:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8001ba:	c9                   	leave
  8001bb:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8001bc:	83 ec 08             	sub    $0x8,%esp
  8001bf:	68 00 01 00 00       	push   $0x100
  8001c4:	8d 43 08             	lea    0x8(%ebx),%eax
  8001c7:	50                   	push   %eax
  8001c8:	e8 13 0d 00 00       	call   800ee0 <sys_cputs>
		b->idx = 0;
  8001cd:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8001d3:	83 c4 10             	add    $0x10,%esp
  8001d6:	eb db                	jmp    8001b3 <putch+0x1f>

008001d8 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8001d8:	55                   	push   %ebp
  8001d9:	89 e5                	mov    %esp,%ebp
  8001db:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8001e1:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8001e8:	00 00 00 
	b.cnt = 0;
  8001eb:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8001f2:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8001f5:	ff 75 0c             	push   0xc(%ebp)
  8001f8:	ff 75 08             	push   0x8(%ebp)
  8001fb:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  800201:	50                   	push   %eax
  800202:	68 94 01 80 00       	push   $0x800194
  800207:	e8 64 00 00 00       	call   800270 <vprintfmt>
	if (b->idx > 0) {
  80020c:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  800212:	83 c4 10             	add    $0x10,%esp
  800215:	85 c0                	test   %eax,%eax
  800217:	7f 08                	jg     800221 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  800219:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  80021f:	c9                   	leave
  800220:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  800221:	83 ec 08             	sub    $0x8,%esp
  800224:	50                   	push   %eax
  800225:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  80022b:	50                   	push   %eax
  80022c:	e8 af 0c 00 00       	call   800ee0 <sys_cputs>
  800231:	83 c4 10             	add    $0x10,%esp
  800234:	eb e3                	jmp    800219 <vcprintf+0x41>

00800236 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  800236:	55                   	push   %ebp
  800237:	89 e5                	mov    %esp,%ebp
  800239:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  80023c:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  800240:	8b 10                	mov    (%eax),%edx
  800242:	3b 50 04             	cmp    0x4(%eax),%edx
  800245:	73 0a                	jae    800251 <sprintputch+0x1b>
		*b->buf++ = ch;
  800247:	8d 4a 01             	lea    0x1(%edx),%ecx
  80024a:	89 08                	mov    %ecx,(%eax)
  80024c:	8b 45 08             	mov    0x8(%ebp),%eax
  80024f:	88 02                	mov    %al,(%edx)
}
  800251:	5d                   	pop    %ebp
  800252:	c3                   	ret

00800253 <printfmt>:
{
  800253:	55                   	push   %ebp
  800254:	89 e5                	mov    %esp,%ebp
  800256:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800259:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  80025c:	50                   	push   %eax
  80025d:	ff 75 10             	push   0x10(%ebp)
  800260:	ff 75 0c             	push   0xc(%ebp)
  800263:	ff 75 08             	push   0x8(%ebp)
  800266:	e8 05 00 00 00       	call   800270 <vprintfmt>
}
  80026b:	83 c4 10             	add    $0x10,%esp
  80026e:	c9                   	leave
  80026f:	c3                   	ret

00800270 <vprintfmt>:
{
  800270:	55                   	push   %ebp
  800271:	89 e5                	mov    %esp,%ebp
  800273:	57                   	push   %edi
  800274:	56                   	push   %esi
  800275:	53                   	push   %ebx
  800276:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800279:	8b 45 10             	mov    0x10(%ebp),%eax
  80027c:	8d 58 01             	lea    0x1(%eax),%ebx
  80027f:	0f b6 00             	movzbl (%eax),%eax
  800282:	83 f8 25             	cmp    $0x25,%eax
  800285:	74 24                	je     8002ab <vprintfmt+0x3b>
  800287:	8b 75 08             	mov    0x8(%ebp),%esi
  80028a:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  80028d:	85 c0                	test   %eax,%eax
  80028f:	0f 84 d8 05 00 00    	je     80086d <vprintfmt+0x5fd>
			putch(ch, putdat);
  800295:	83 ec 08             	sub    $0x8,%esp
  800298:	57                   	push   %edi
  800299:	50                   	push   %eax
  80029a:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80029c:	83 c3 01             	add    $0x1,%ebx
  80029f:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  8002a3:	83 c4 10             	add    $0x10,%esp
  8002a6:	83 f8 25             	cmp    $0x25,%eax
  8002a9:	75 e2                	jne    80028d <vprintfmt+0x1d>
		padc = ' ';
  8002ab:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  8002af:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  8002b4:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  8002bb:	b9 00 00 00 00       	mov    $0x0,%ecx
  8002c0:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8002c2:	8d 53 01             	lea    0x1(%ebx),%edx
  8002c5:	0f b6 0b             	movzbl (%ebx),%ecx
  8002c8:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8002cb:	3c 55                	cmp    $0x55,%al
  8002cd:	0f 87 21 05 00 00    	ja     8007f4 <vprintfmt+0x584>
  8002d3:	0f b6 c0             	movzbl %al,%eax
  8002d6:	ff 24 85 40 16 80 00 	jmp    *0x801640(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8002dd:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8002e0:	eb 97                	jmp    800279 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8002e2:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8002e4:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8002e8:	eb d8                	jmp    8002c2 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8002ea:	89 d3                	mov    %edx,%ebx
  8002ec:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8002f0:	eb d0                	jmp    8002c2 <vprintfmt+0x52>
  8002f2:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8002f5:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8002f8:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8002fc:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8002ff:	83 f9 09             	cmp    $0x9,%ecx
  800302:	77 54                	ja     800358 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  800304:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  800307:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  80030a:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  80030e:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  800311:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800314:	83 f9 09             	cmp    $0x9,%ecx
  800317:	76 eb                	jbe    800304 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  800319:	89 d3                	mov    %edx,%ebx
  80031b:	eb 0d                	jmp    80032a <vprintfmt+0xba>
			precision = va_arg(ap, int);
  80031d:	8b 45 14             	mov    0x14(%ebp),%eax
  800320:	8b 38                	mov    (%eax),%edi
  800322:	8d 40 04             	lea    0x4(%eax),%eax
  800325:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800328:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  80032a:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80032e:	79 92                	jns    8002c2 <vprintfmt+0x52>
				width = precision, precision = -1;
  800330:	89 7d ac             	mov    %edi,-0x54(%ebp)
  800333:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  800338:	eb 88                	jmp    8002c2 <vprintfmt+0x52>
			if (width < 0)
  80033a:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  80033d:	85 c9                	test   %ecx,%ecx
  80033f:	b8 00 00 00 00       	mov    $0x0,%eax
  800344:	0f 49 c1             	cmovns %ecx,%eax
  800347:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  80034a:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80034c:	e9 71 ff ff ff       	jmp    8002c2 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800351:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800353:	e9 6a ff ff ff       	jmp    8002c2 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800358:	89 d3                	mov    %edx,%ebx
  80035a:	eb ce                	jmp    80032a <vprintfmt+0xba>
			lflag++;
  80035c:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80035f:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800361:	e9 5c ff ff ff       	jmp    8002c2 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800366:	89 55 10             	mov    %edx,0x10(%ebp)
  800369:	8b 45 14             	mov    0x14(%ebp),%eax
  80036c:	8d 58 04             	lea    0x4(%eax),%ebx
  80036f:	83 ec 08             	sub    $0x8,%esp
  800372:	ff 75 0c             	push   0xc(%ebp)
  800375:	ff 30                	push   (%eax)
  800377:	ff 55 08             	call   *0x8(%ebp)
			break;
  80037a:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  80037d:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800380:	e9 f4 fe ff ff       	jmp    800279 <vprintfmt+0x9>
			err = va_arg(ap, int);
  800385:	89 55 10             	mov    %edx,0x10(%ebp)
  800388:	8b 45 14             	mov    0x14(%ebp),%eax
  80038b:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  80038e:	8b 10                	mov    (%eax),%edx
  800390:	89 d0                	mov    %edx,%eax
  800392:	f7 d8                	neg    %eax
  800394:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800397:	83 f8 08             	cmp    $0x8,%eax
  80039a:	7f 27                	jg     8003c3 <vprintfmt+0x153>
  80039c:	8b 14 85 a0 17 80 00 	mov    0x8017a0(,%eax,4),%edx
  8003a3:	85 d2                	test   %edx,%edx
  8003a5:	74 1c                	je     8003c3 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  8003a7:	52                   	push   %edx
  8003a8:	68 97 15 80 00       	push   $0x801597
  8003ad:	ff 75 0c             	push   0xc(%ebp)
  8003b0:	ff 75 08             	push   0x8(%ebp)
  8003b3:	e8 9b fe ff ff       	call   800253 <printfmt>
  8003b8:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8003bb:	89 5d 14             	mov    %ebx,0x14(%ebp)
  8003be:	e9 b6 fe ff ff       	jmp    800279 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  8003c3:	50                   	push   %eax
  8003c4:	68 8e 15 80 00       	push   $0x80158e
  8003c9:	ff 75 0c             	push   0xc(%ebp)
  8003cc:	ff 75 08             	push   0x8(%ebp)
  8003cf:	e8 7f fe ff ff       	call   800253 <printfmt>
  8003d4:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8003d7:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8003da:	e9 9a fe ff ff       	jmp    800279 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8003df:	89 55 10             	mov    %edx,0x10(%ebp)
  8003e2:	8b 45 14             	mov    0x14(%ebp),%eax
  8003e5:	83 c0 04             	add    $0x4,%eax
  8003e8:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8003eb:	8b 45 14             	mov    0x14(%ebp),%eax
  8003ee:	8b 30                	mov    (%eax),%esi
  8003f0:	85 f6                	test   %esi,%esi
  8003f2:	0f 84 53 04 00 00    	je     80084b <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8003f8:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8003fc:	7e 06                	jle    800404 <vprintfmt+0x194>
  8003fe:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800402:	75 1b                	jne    80041f <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800404:	8d 5e 01             	lea    0x1(%esi),%ebx
  800407:	0f be 06             	movsbl (%esi),%eax
  80040a:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80040d:	85 c0                	test   %eax,%eax
  80040f:	0f 85 80 00 00 00    	jne    800495 <vprintfmt+0x225>
  800415:	e9 8c 00 00 00       	jmp    8004a6 <vprintfmt+0x236>
				p = "(null)";
  80041a:	be 87 15 80 00       	mov    $0x801587,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  80041f:	83 ec 08             	sub    $0x8,%esp
  800422:	57                   	push   %edi
  800423:	56                   	push   %esi
  800424:	e8 ea 04 00 00       	call   800913 <strnlen>
  800429:	29 45 ac             	sub    %eax,-0x54(%ebp)
  80042c:	8b 55 ac             	mov    -0x54(%ebp),%edx
  80042f:	83 c4 10             	add    $0x10,%esp
  800432:	85 d2                	test   %edx,%edx
  800434:	0f 8e f5 03 00 00    	jle    80082f <vprintfmt+0x5bf>
					putch(padc, putdat);
  80043a:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  80043e:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800441:	89 d6                	mov    %edx,%esi
  800443:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800446:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800449:	83 ec 08             	sub    $0x8,%esp
  80044c:	57                   	push   %edi
  80044d:	53                   	push   %ebx
  80044e:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800451:	83 c4 10             	add    $0x10,%esp
  800454:	83 ee 01             	sub    $0x1,%esi
  800457:	75 f0                	jne    800449 <vprintfmt+0x1d9>
  800459:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80045c:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  80045f:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800462:	8d 5e 01             	lea    0x1(%esi),%ebx
  800465:	0f be 06             	movsbl (%esi),%eax
  800468:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80046b:	85 c0                	test   %eax,%eax
  80046d:	75 26                	jne    800495 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  80046f:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800472:	89 45 14             	mov    %eax,0x14(%ebp)
  800475:	e9 ff fd ff ff       	jmp    800279 <vprintfmt+0x9>
				putch(ch, putdat);
  80047a:	83 ec 08             	sub    $0x8,%esp
  80047d:	ff 75 0c             	push   0xc(%ebp)
  800480:	50                   	push   %eax
  800481:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800484:	83 ee 01             	sub    $0x1,%esi
  800487:	83 c3 01             	add    $0x1,%ebx
  80048a:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  80048e:	83 c4 10             	add    $0x10,%esp
  800491:	85 c0                	test   %eax,%eax
  800493:	74 0e                	je     8004a3 <vprintfmt+0x233>
  800495:	85 ff                	test   %edi,%edi
  800497:	78 e1                	js     80047a <vprintfmt+0x20a>
  800499:	83 ef 01             	sub    $0x1,%edi
  80049c:	79 dc                	jns    80047a <vprintfmt+0x20a>
  80049e:	89 75 ac             	mov    %esi,-0x54(%ebp)
  8004a1:	eb 03                	jmp    8004a6 <vprintfmt+0x236>
  8004a3:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  8004a6:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8004aa:	7e 24                	jle    8004d0 <vprintfmt+0x260>
  8004ac:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  8004af:	8b 75 08             	mov    0x8(%ebp),%esi
  8004b2:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  8004b5:	83 ec 08             	sub    $0x8,%esp
  8004b8:	57                   	push   %edi
  8004b9:	6a 20                	push   $0x20
  8004bb:	ff d6                	call   *%esi
			for (; width > 0; width--)
  8004bd:	83 c4 10             	add    $0x10,%esp
  8004c0:	83 eb 01             	sub    $0x1,%ebx
  8004c3:	75 f0                	jne    8004b5 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  8004c5:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8004c8:	89 45 14             	mov    %eax,0x14(%ebp)
  8004cb:	e9 a9 fd ff ff       	jmp    800279 <vprintfmt+0x9>
  8004d0:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8004d3:	89 45 14             	mov    %eax,0x14(%ebp)
  8004d6:	e9 9e fd ff ff       	jmp    800279 <vprintfmt+0x9>
	if (lflag >= 2)
  8004db:	89 55 10             	mov    %edx,0x10(%ebp)
  8004de:	83 fe 01             	cmp    $0x1,%esi
  8004e1:	7f 1b                	jg     8004fe <vprintfmt+0x28e>
	else if (lflag)
  8004e3:	85 f6                	test   %esi,%esi
  8004e5:	74 39                	je     800520 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8004e7:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ea:	8b 00                	mov    (%eax),%eax
  8004ec:	89 c6                	mov    %eax,%esi
  8004ee:	89 c7                	mov    %eax,%edi
  8004f0:	c1 ff 1f             	sar    $0x1f,%edi
  8004f3:	8b 45 14             	mov    0x14(%ebp),%eax
  8004f6:	8d 40 04             	lea    0x4(%eax),%eax
  8004f9:	89 45 14             	mov    %eax,0x14(%ebp)
  8004fc:	eb 0e                	jmp    80050c <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8004fe:	8b 45 14             	mov    0x14(%ebp),%eax
  800501:	8b 30                	mov    (%eax),%esi
  800503:	8b 78 04             	mov    0x4(%eax),%edi
  800506:	8d 40 08             	lea    0x8(%eax),%eax
  800509:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  80050c:	85 ff                	test   %edi,%edi
  80050e:	78 27                	js     800537 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  800510:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800513:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  800516:	b8 0a 00 00 00       	mov    $0xa,%eax
  80051b:	e9 53 01 00 00       	jmp    800673 <vprintfmt+0x403>
		return va_arg(*ap, int);
  800520:	8b 45 14             	mov    0x14(%ebp),%eax
  800523:	8b 00                	mov    (%eax),%eax
  800525:	89 c6                	mov    %eax,%esi
  800527:	89 c7                	mov    %eax,%edi
  800529:	c1 ff 1f             	sar    $0x1f,%edi
  80052c:	8b 45 14             	mov    0x14(%ebp),%eax
  80052f:	8d 40 04             	lea    0x4(%eax),%eax
  800532:	89 45 14             	mov    %eax,0x14(%ebp)
  800535:	eb d5                	jmp    80050c <vprintfmt+0x29c>
				putch('-', putdat);
  800537:	83 ec 08             	sub    $0x8,%esp
  80053a:	ff 75 0c             	push   0xc(%ebp)
  80053d:	6a 2d                	push   $0x2d
  80053f:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800542:	f7 de                	neg    %esi
  800544:	83 d7 00             	adc    $0x0,%edi
  800547:	f7 df                	neg    %edi
  800549:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80054c:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  80054f:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800552:	b8 0a 00 00 00       	mov    $0xa,%eax
  800557:	e9 17 01 00 00       	jmp    800673 <vprintfmt+0x403>
	if (lflag >= 2)
  80055c:	89 55 10             	mov    %edx,0x10(%ebp)
  80055f:	83 fe 01             	cmp    $0x1,%esi
  800562:	7f 27                	jg     80058b <vprintfmt+0x31b>
	else if (lflag)
  800564:	85 f6                	test   %esi,%esi
  800566:	74 44                	je     8005ac <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800568:	8b 45 14             	mov    0x14(%ebp),%eax
  80056b:	8b 00                	mov    (%eax),%eax
  80056d:	ba 00 00 00 00       	mov    $0x0,%edx
  800572:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800575:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800578:	8b 45 14             	mov    0x14(%ebp),%eax
  80057b:	8d 40 04             	lea    0x4(%eax),%eax
  80057e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800581:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800586:	e9 e8 00 00 00       	jmp    800673 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80058b:	8b 45 14             	mov    0x14(%ebp),%eax
  80058e:	8b 50 04             	mov    0x4(%eax),%edx
  800591:	8b 00                	mov    (%eax),%eax
  800593:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800596:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800599:	8b 45 14             	mov    0x14(%ebp),%eax
  80059c:	8d 40 08             	lea    0x8(%eax),%eax
  80059f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8005a2:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  8005a7:	e9 c7 00 00 00       	jmp    800673 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8005ac:	8b 45 14             	mov    0x14(%ebp),%eax
  8005af:	8b 00                	mov    (%eax),%eax
  8005b1:	ba 00 00 00 00       	mov    $0x0,%edx
  8005b6:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005b9:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005bc:	8b 45 14             	mov    0x14(%ebp),%eax
  8005bf:	8d 40 04             	lea    0x4(%eax),%eax
  8005c2:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8005c5:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8005ca:	e9 a4 00 00 00       	jmp    800673 <vprintfmt+0x403>
	if (lflag >= 2)
  8005cf:	89 55 10             	mov    %edx,0x10(%ebp)
  8005d2:	83 fe 01             	cmp    $0x1,%esi
  8005d5:	7f 24                	jg     8005fb <vprintfmt+0x38b>
	else if (lflag)
  8005d7:	85 f6                	test   %esi,%esi
  8005d9:	74 3e                	je     800619 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8005db:	8b 45 14             	mov    0x14(%ebp),%eax
  8005de:	8b 00                	mov    (%eax),%eax
  8005e0:	ba 00 00 00 00       	mov    $0x0,%edx
  8005e5:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005e8:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005eb:	8b 45 14             	mov    0x14(%ebp),%eax
  8005ee:	8d 40 04             	lea    0x4(%eax),%eax
  8005f1:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005f4:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8005f9:	eb 78                	jmp    800673 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8005fb:	8b 45 14             	mov    0x14(%ebp),%eax
  8005fe:	8b 50 04             	mov    0x4(%eax),%edx
  800601:	8b 00                	mov    (%eax),%eax
  800603:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800606:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800609:	8b 45 14             	mov    0x14(%ebp),%eax
  80060c:	8d 40 08             	lea    0x8(%eax),%eax
  80060f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800612:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  800617:	eb 5a                	jmp    800673 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800619:	8b 45 14             	mov    0x14(%ebp),%eax
  80061c:	8b 00                	mov    (%eax),%eax
  80061e:	ba 00 00 00 00       	mov    $0x0,%edx
  800623:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800626:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800629:	8b 45 14             	mov    0x14(%ebp),%eax
  80062c:	8d 40 04             	lea    0x4(%eax),%eax
  80062f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800632:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  800637:	eb 3a                	jmp    800673 <vprintfmt+0x403>
			putch('0', putdat);
  800639:	89 55 10             	mov    %edx,0x10(%ebp)
  80063c:	83 ec 08             	sub    $0x8,%esp
  80063f:	ff 75 0c             	push   0xc(%ebp)
  800642:	6a 30                	push   $0x30
  800644:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  800647:	83 c4 08             	add    $0x8,%esp
  80064a:	ff 75 0c             	push   0xc(%ebp)
  80064d:	6a 78                	push   $0x78
  80064f:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800652:	8b 45 14             	mov    0x14(%ebp),%eax
  800655:	8b 00                	mov    (%eax),%eax
  800657:	ba 00 00 00 00       	mov    $0x0,%edx
  80065c:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80065f:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800662:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800665:	8b 45 14             	mov    0x14(%ebp),%eax
  800668:	8d 40 04             	lea    0x4(%eax),%eax
  80066b:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80066e:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800673:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800677:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  80067a:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  80067f:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800682:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800689:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80068c:	8b 75 b0             	mov    -0x50(%ebp),%esi
  80068f:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800692:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800695:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800699:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80069c:	8d 55 cf             	lea    -0x31(%ebp),%edx
  80069f:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  8006a2:	ff 75 bc             	push   -0x44(%ebp)
  8006a5:	ff 75 b8             	push   -0x48(%ebp)
  8006a8:	57                   	push   %edi
  8006a9:	56                   	push   %esi
  8006aa:	e8 2f 07 00 00       	call   800dde <__umoddi3>
  8006af:	83 c4 10             	add    $0x10,%esp
  8006b2:	0f b6 80 9a 15 80 00 	movzbl 0x80159a(%eax),%eax
  8006b9:	88 03                	mov    %al,(%ebx)
		num /= base;
  8006bb:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006be:	89 fb                	mov    %edi,%ebx
  8006c0:	ff 75 bc             	push   -0x44(%ebp)
  8006c3:	ff 75 b8             	push   -0x48(%ebp)
  8006c6:	57                   	push   %edi
  8006c7:	56                   	push   %esi
  8006c8:	e8 f6 06 00 00       	call   800dc3 <__udivdi3>
  8006cd:	83 c4 10             	add    $0x10,%esp
  8006d0:	89 c6                	mov    %eax,%esi
  8006d2:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8006d4:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8006d7:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8006da:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8006dd:	73 b6                	jae    800695 <vprintfmt+0x425>
	pad = width - n;
  8006df:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8006e2:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8006e5:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006e8:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8006ea:	83 ff 2d             	cmp    $0x2d,%edi
  8006ed:	0f 84 de 00 00 00    	je     8007d1 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8006f3:	85 f6                	test   %esi,%esi
  8006f5:	0f 8e 27 01 00 00    	jle    800822 <vprintfmt+0x5b2>
  8006fb:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8006fe:	83 ec 08             	sub    $0x8,%esp
  800701:	53                   	push   %ebx
  800702:	57                   	push   %edi
  800703:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  800706:	83 c4 10             	add    $0x10,%esp
  800709:	83 ee 01             	sub    $0x1,%esi
  80070c:	75 f0                	jne    8006fe <vprintfmt+0x48e>
  80070e:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  800711:	85 db                	test   %ebx,%ebx
  800713:	0f 8e 60 fb ff ff    	jle    800279 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  800719:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  80071c:	8b 75 08             	mov    0x8(%ebp),%esi
  80071f:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800722:	83 eb 01             	sub    $0x1,%ebx
  800725:	83 ec 08             	sub    $0x8,%esp
  800728:	57                   	push   %edi
  800729:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  80072e:	50                   	push   %eax
  80072f:	ff d6                	call   *%esi
	while (n > 0)
  800731:	83 c4 10             	add    $0x10,%esp
  800734:	85 db                	test   %ebx,%ebx
  800736:	7f ea                	jg     800722 <vprintfmt+0x4b2>
  800738:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  80073b:	85 f6                	test   %esi,%esi
  80073d:	0f 8e 36 fb ff ff    	jle    800279 <vprintfmt+0x9>
  800743:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800746:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  800749:	83 ec 08             	sub    $0x8,%esp
  80074c:	57                   	push   %edi
  80074d:	6a 20                	push   $0x20
  80074f:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800751:	83 c4 10             	add    $0x10,%esp
  800754:	83 ee 01             	sub    $0x1,%esi
  800757:	75 f0                	jne    800749 <vprintfmt+0x4d9>
  800759:	e9 1b fb ff ff       	jmp    800279 <vprintfmt+0x9>
	if (lflag >= 2)
  80075e:	89 55 10             	mov    %edx,0x10(%ebp)
  800761:	83 fe 01             	cmp    $0x1,%esi
  800764:	7f 27                	jg     80078d <vprintfmt+0x51d>
	else if (lflag)
  800766:	85 f6                	test   %esi,%esi
  800768:	74 44                	je     8007ae <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  80076a:	8b 45 14             	mov    0x14(%ebp),%eax
  80076d:	8b 00                	mov    (%eax),%eax
  80076f:	ba 00 00 00 00       	mov    $0x0,%edx
  800774:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800777:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80077a:	8b 45 14             	mov    0x14(%ebp),%eax
  80077d:	8d 40 04             	lea    0x4(%eax),%eax
  800780:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800783:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  800788:	e9 e6 fe ff ff       	jmp    800673 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80078d:	8b 45 14             	mov    0x14(%ebp),%eax
  800790:	8b 50 04             	mov    0x4(%eax),%edx
  800793:	8b 00                	mov    (%eax),%eax
  800795:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800798:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80079b:	8b 45 14             	mov    0x14(%ebp),%eax
  80079e:	8d 40 08             	lea    0x8(%eax),%eax
  8007a1:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8007a4:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  8007a9:	e9 c5 fe ff ff       	jmp    800673 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8007ae:	8b 45 14             	mov    0x14(%ebp),%eax
  8007b1:	8b 00                	mov    (%eax),%eax
  8007b3:	ba 00 00 00 00       	mov    $0x0,%edx
  8007b8:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007bb:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007be:	8b 45 14             	mov    0x14(%ebp),%eax
  8007c1:	8d 40 04             	lea    0x4(%eax),%eax
  8007c4:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8007c7:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8007cc:	e9 a2 fe ff ff       	jmp    800673 <vprintfmt+0x403>
	while (n > 0)
  8007d1:	85 db                	test   %ebx,%ebx
  8007d3:	0f 8f 40 ff ff ff    	jg     800719 <vprintfmt+0x4a9>
  8007d9:	e9 5d ff ff ff       	jmp    80073b <vprintfmt+0x4cb>
			putch(ch, putdat);
  8007de:	89 55 10             	mov    %edx,0x10(%ebp)
  8007e1:	83 ec 08             	sub    $0x8,%esp
  8007e4:	ff 75 0c             	push   0xc(%ebp)
  8007e7:	6a 25                	push   $0x25
  8007e9:	ff 55 08             	call   *0x8(%ebp)
			break;
  8007ec:	83 c4 10             	add    $0x10,%esp
  8007ef:	e9 85 fa ff ff       	jmp    800279 <vprintfmt+0x9>
			putch('%', putdat);
  8007f4:	83 ec 08             	sub    $0x8,%esp
  8007f7:	ff 75 0c             	push   0xc(%ebp)
  8007fa:	6a 25                	push   $0x25
  8007fc:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8007ff:	83 c4 10             	add    $0x10,%esp
  800802:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  800806:	0f 84 d1 fa ff ff    	je     8002dd <vprintfmt+0x6d>
  80080c:	89 5d 10             	mov    %ebx,0x10(%ebp)
  80080f:	89 d8                	mov    %ebx,%eax
  800811:	83 e8 01             	sub    $0x1,%eax
  800814:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  800818:	75 f7                	jne    800811 <vprintfmt+0x5a1>
  80081a:	89 45 10             	mov    %eax,0x10(%ebp)
  80081d:	e9 57 fa ff ff       	jmp    800279 <vprintfmt+0x9>
	while (n > 0)
  800822:	85 db                	test   %ebx,%ebx
  800824:	0f 8f ef fe ff ff    	jg     800719 <vprintfmt+0x4a9>
  80082a:	e9 4a fa ff ff       	jmp    800279 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80082f:	8d 5e 01             	lea    0x1(%esi),%ebx
  800832:	0f be 06             	movsbl (%esi),%eax
  800835:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800838:	85 c0                	test   %eax,%eax
  80083a:	0f 85 55 fc ff ff    	jne    800495 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800840:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800843:	89 45 14             	mov    %eax,0x14(%ebp)
  800846:	e9 2e fa ff ff       	jmp    800279 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  80084b:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  80084f:	74 0a                	je     80085b <vprintfmt+0x5eb>
  800851:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800855:	0f 8f bf fb ff ff    	jg     80041a <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80085b:	b8 28 00 00 00       	mov    $0x28,%eax
  800860:	bb 88 15 80 00       	mov    $0x801588,%ebx
  800865:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800868:	e9 28 fc ff ff       	jmp    800495 <vprintfmt+0x225>
}
  80086d:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800870:	5b                   	pop    %ebx
  800871:	5e                   	pop    %esi
  800872:	5f                   	pop    %edi
  800873:	5d                   	pop    %ebp
  800874:	c3                   	ret

00800875 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800875:	55                   	push   %ebp
  800876:	89 e5                	mov    %esp,%ebp
  800878:	83 ec 18             	sub    $0x18,%esp
  80087b:	8b 45 08             	mov    0x8(%ebp),%eax
  80087e:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800881:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800884:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800888:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  80088b:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800892:	85 c0                	test   %eax,%eax
  800894:	74 26                	je     8008bc <vsnprintf+0x47>
  800896:	85 d2                	test   %edx,%edx
  800898:	7e 22                	jle    8008bc <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  80089a:	ff 75 14             	push   0x14(%ebp)
  80089d:	ff 75 10             	push   0x10(%ebp)
  8008a0:	8d 45 ec             	lea    -0x14(%ebp),%eax
  8008a3:	50                   	push   %eax
  8008a4:	68 36 02 80 00       	push   $0x800236
  8008a9:	e8 c2 f9 ff ff       	call   800270 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  8008ae:	8b 45 ec             	mov    -0x14(%ebp),%eax
  8008b1:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  8008b4:	8b 45 f4             	mov    -0xc(%ebp),%eax
  8008b7:	83 c4 10             	add    $0x10,%esp
}
  8008ba:	c9                   	leave
  8008bb:	c3                   	ret
		return -E_INVAL;
  8008bc:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  8008c1:	eb f7                	jmp    8008ba <vsnprintf+0x45>

008008c3 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  8008c3:	55                   	push   %ebp
  8008c4:	89 e5                	mov    %esp,%ebp
  8008c6:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  8008c9:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  8008cc:	50                   	push   %eax
  8008cd:	ff 75 08             	push   0x8(%ebp)
  8008d0:	e8 03 f9 ff ff       	call   8001d8 <vcprintf>
	va_end(ap);

	return cnt;
}
  8008d5:	c9                   	leave
  8008d6:	c3                   	ret

008008d7 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  8008d7:	55                   	push   %ebp
  8008d8:	89 e5                	mov    %esp,%ebp
  8008da:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  8008dd:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  8008e0:	50                   	push   %eax
  8008e1:	ff 75 10             	push   0x10(%ebp)
  8008e4:	ff 75 0c             	push   0xc(%ebp)
  8008e7:	ff 75 08             	push   0x8(%ebp)
  8008ea:	e8 86 ff ff ff       	call   800875 <vsnprintf>
	va_end(ap);

	return rc;
}
  8008ef:	c9                   	leave
  8008f0:	c3                   	ret

008008f1 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8008f1:	55                   	push   %ebp
  8008f2:	89 e5                	mov    %esp,%ebp
  8008f4:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8008f7:	80 3a 00             	cmpb   $0x0,(%edx)
  8008fa:	74 10                	je     80090c <strlen+0x1b>
  8008fc:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800901:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800904:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800908:	75 f7                	jne    800901 <strlen+0x10>
	return n;
}
  80090a:	5d                   	pop    %ebp
  80090b:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  80090c:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800911:	eb f7                	jmp    80090a <strlen+0x19>

00800913 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800913:	55                   	push   %ebp
  800914:	89 e5                	mov    %esp,%ebp
  800916:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800919:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80091c:	85 d2                	test   %edx,%edx
  80091e:	74 16                	je     800936 <strnlen+0x23>
  800920:	b8 00 00 00 00       	mov    $0x0,%eax
  800925:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800929:	74 09                	je     800934 <strnlen+0x21>
		n++;
  80092b:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80092e:	39 d0                	cmp    %edx,%eax
  800930:	75 f3                	jne    800925 <strnlen+0x12>
		n++;
  800932:	89 d0                	mov    %edx,%eax
	return n;
}
  800934:	5d                   	pop    %ebp
  800935:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800936:	b8 00 00 00 00       	mov    $0x0,%eax
  80093b:	eb f7                	jmp    800934 <strnlen+0x21>

0080093d <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  80093d:	55                   	push   %ebp
  80093e:	89 e5                	mov    %esp,%ebp
  800940:	53                   	push   %ebx
  800941:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800944:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800947:	b8 00 00 00 00       	mov    $0x0,%eax
  80094c:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800950:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800953:	83 c0 01             	add    $0x1,%eax
  800956:	84 d2                	test   %dl,%dl
  800958:	75 f2                	jne    80094c <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  80095a:	89 c8                	mov    %ecx,%eax
  80095c:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80095f:	c9                   	leave
  800960:	c3                   	ret

00800961 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800961:	55                   	push   %ebp
  800962:	89 e5                	mov    %esp,%ebp
  800964:	53                   	push   %ebx
  800965:	83 ec 10             	sub    $0x10,%esp
  800968:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  80096b:	53                   	push   %ebx
  80096c:	e8 80 ff ff ff       	call   8008f1 <strlen>
  800971:	83 c4 08             	add    $0x8,%esp
  800974:	ff 75 0c             	push   0xc(%ebp)
  800977:	01 d8                	add    %ebx,%eax
  800979:	50                   	push   %eax
  80097a:	e8 be ff ff ff       	call   80093d <strcpy>
	return dst;
}
  80097f:	89 d8                	mov    %ebx,%eax
  800981:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800984:	c9                   	leave
  800985:	c3                   	ret

00800986 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800986:	55                   	push   %ebp
  800987:	89 e5                	mov    %esp,%ebp
  800989:	56                   	push   %esi
  80098a:	53                   	push   %ebx
  80098b:	8b 75 08             	mov    0x8(%ebp),%esi
  80098e:	8b 55 0c             	mov    0xc(%ebp),%edx
  800991:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800994:	85 db                	test   %ebx,%ebx
  800996:	74 17                	je     8009af <strncpy+0x29>
  800998:	01 f3                	add    %esi,%ebx
  80099a:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  80099c:	83 c0 01             	add    $0x1,%eax
  80099f:	0f b6 0a             	movzbl (%edx),%ecx
  8009a2:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  8009a5:	80 f9 01             	cmp    $0x1,%cl
  8009a8:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  8009ab:	39 c3                	cmp    %eax,%ebx
  8009ad:	75 ed                	jne    80099c <strncpy+0x16>
	}
	return ret;
}
  8009af:	89 f0                	mov    %esi,%eax
  8009b1:	5b                   	pop    %ebx
  8009b2:	5e                   	pop    %esi
  8009b3:	5d                   	pop    %ebp
  8009b4:	c3                   	ret

008009b5 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  8009b5:	55                   	push   %ebp
  8009b6:	89 e5                	mov    %esp,%ebp
  8009b8:	56                   	push   %esi
  8009b9:	53                   	push   %ebx
  8009ba:	8b 75 08             	mov    0x8(%ebp),%esi
  8009bd:	8b 55 0c             	mov    0xc(%ebp),%edx
  8009c0:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  8009c3:	89 f0                	mov    %esi,%eax
  8009c5:	85 db                	test   %ebx,%ebx
  8009c7:	74 1e                	je     8009e7 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  8009c9:	83 eb 01             	sub    $0x1,%ebx
  8009cc:	74 16                	je     8009e4 <strlcpy+0x2f>
  8009ce:	01 f3                	add    %esi,%ebx
  8009d0:	0f b6 0a             	movzbl (%edx),%ecx
  8009d3:	84 c9                	test   %cl,%cl
  8009d5:	74 0d                	je     8009e4 <strlcpy+0x2f>
			*dst++ = *src++;
  8009d7:	83 c2 01             	add    $0x1,%edx
  8009da:	83 c0 01             	add    $0x1,%eax
  8009dd:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  8009e0:	39 d8                	cmp    %ebx,%eax
  8009e2:	75 ec                	jne    8009d0 <strlcpy+0x1b>
		*dst = '\0';
  8009e4:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  8009e7:	29 f0                	sub    %esi,%eax
}
  8009e9:	5b                   	pop    %ebx
  8009ea:	5e                   	pop    %esi
  8009eb:	5d                   	pop    %ebp
  8009ec:	c3                   	ret

008009ed <strcmp>:

int
strcmp(const char *p, const char *q)
{
  8009ed:	55                   	push   %ebp
  8009ee:	89 e5                	mov    %esp,%ebp
  8009f0:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8009f3:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  8009f6:	0f b6 01             	movzbl (%ecx),%eax
  8009f9:	84 c0                	test   %al,%al
  8009fb:	74 11                	je     800a0e <strcmp+0x21>
  8009fd:	38 02                	cmp    %al,(%edx)
  8009ff:	75 0d                	jne    800a0e <strcmp+0x21>
		p++, q++;
  800a01:	83 c1 01             	add    $0x1,%ecx
  800a04:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800a07:	0f b6 01             	movzbl (%ecx),%eax
  800a0a:	84 c0                	test   %al,%al
  800a0c:	75 ef                	jne    8009fd <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800a0e:	0f b6 c0             	movzbl %al,%eax
  800a11:	0f b6 12             	movzbl (%edx),%edx
  800a14:	29 d0                	sub    %edx,%eax
}
  800a16:	5d                   	pop    %ebp
  800a17:	c3                   	ret

00800a18 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800a18:	55                   	push   %ebp
  800a19:	89 e5                	mov    %esp,%ebp
  800a1b:	53                   	push   %ebx
  800a1c:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800a1f:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800a22:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800a25:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800a2a:	85 d2                	test   %edx,%edx
  800a2c:	74 2e                	je     800a5c <strncmp+0x44>
  800a2e:	0f b6 01             	movzbl (%ecx),%eax
  800a31:	84 c0                	test   %al,%al
  800a33:	74 16                	je     800a4b <strncmp+0x33>
  800a35:	3a 03                	cmp    (%ebx),%al
  800a37:	75 12                	jne    800a4b <strncmp+0x33>
		n--, p++, q++;
  800a39:	83 c1 01             	add    $0x1,%ecx
  800a3c:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800a3f:	83 ea 01             	sub    $0x1,%edx
  800a42:	75 ea                	jne    800a2e <strncmp+0x16>
		return 0;
  800a44:	b8 00 00 00 00       	mov    $0x0,%eax
  800a49:	eb 11                	jmp    800a5c <strncmp+0x44>
  800a4b:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800a50:	85 d2                	test   %edx,%edx
  800a52:	74 08                	je     800a5c <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800a54:	0f b6 01             	movzbl (%ecx),%eax
  800a57:	0f b6 13             	movzbl (%ebx),%edx
  800a5a:	29 d0                	sub    %edx,%eax
}
  800a5c:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a5f:	c9                   	leave
  800a60:	c3                   	ret

00800a61 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800a61:	55                   	push   %ebp
  800a62:	89 e5                	mov    %esp,%ebp
  800a64:	8b 45 08             	mov    0x8(%ebp),%eax
  800a67:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800a6b:	0f b6 10             	movzbl (%eax),%edx
  800a6e:	84 d2                	test   %dl,%dl
  800a70:	74 15                	je     800a87 <strchr+0x26>
		if (*s == c)
  800a72:	38 d1                	cmp    %dl,%cl
  800a74:	74 0f                	je     800a85 <strchr+0x24>
	for (; *s; s++)
  800a76:	83 c0 01             	add    $0x1,%eax
  800a79:	0f b6 10             	movzbl (%eax),%edx
  800a7c:	84 d2                	test   %dl,%dl
  800a7e:	75 f2                	jne    800a72 <strchr+0x11>
			return (char *) s;
	return 0;
  800a80:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800a85:	5d                   	pop    %ebp
  800a86:	c3                   	ret
	return 0;
  800a87:	b8 00 00 00 00       	mov    $0x0,%eax
  800a8c:	eb f7                	jmp    800a85 <strchr+0x24>

00800a8e <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800a8e:	55                   	push   %ebp
  800a8f:	89 e5                	mov    %esp,%ebp
  800a91:	53                   	push   %ebx
  800a92:	8b 45 08             	mov    0x8(%ebp),%eax
  800a95:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800a98:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800a9b:	38 d3                	cmp    %dl,%bl
  800a9d:	74 14                	je     800ab3 <strfind+0x25>
  800a9f:	89 d1                	mov    %edx,%ecx
  800aa1:	84 db                	test   %bl,%bl
  800aa3:	74 0e                	je     800ab3 <strfind+0x25>
	for (; *s; s++)
  800aa5:	83 c0 01             	add    $0x1,%eax
  800aa8:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800aab:	38 ca                	cmp    %cl,%dl
  800aad:	74 04                	je     800ab3 <strfind+0x25>
  800aaf:	84 d2                	test   %dl,%dl
  800ab1:	75 f2                	jne    800aa5 <strfind+0x17>
			break;
	return (char *) s;
}
  800ab3:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800ab6:	c9                   	leave
  800ab7:	c3                   	ret

00800ab8 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800ab8:	55                   	push   %ebp
  800ab9:	89 e5                	mov    %esp,%ebp
  800abb:	53                   	push   %ebx
  800abc:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800abf:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ac2:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800ac5:	85 d2                	test   %edx,%edx
  800ac7:	74 0e                	je     800ad7 <memset+0x1f>
  800ac9:	01 da                	add    %ebx,%edx
	char *p = v;
  800acb:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800acd:	83 c0 01             	add    $0x1,%eax
  800ad0:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800ad3:	39 c2                	cmp    %eax,%edx
  800ad5:	75 f6                	jne    800acd <memset+0x15>
	return v;
}
  800ad7:	89 d8                	mov    %ebx,%eax
  800ad9:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800adc:	c9                   	leave
  800add:	c3                   	ret

00800ade <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800ade:	55                   	push   %ebp
  800adf:	89 e5                	mov    %esp,%ebp
  800ae1:	56                   	push   %esi
  800ae2:	53                   	push   %ebx
  800ae3:	8b 75 08             	mov    0x8(%ebp),%esi
  800ae6:	8b 45 0c             	mov    0xc(%ebp),%eax
  800ae9:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800aec:	39 f0                	cmp    %esi,%eax
  800aee:	72 20                	jb     800b10 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800af0:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800af3:	89 f2                	mov    %esi,%edx
  800af5:	85 c9                	test   %ecx,%ecx
  800af7:	74 11                	je     800b0a <memmove+0x2c>
			*d++ = *s++;
  800af9:	83 c0 01             	add    $0x1,%eax
  800afc:	83 c2 01             	add    $0x1,%edx
  800aff:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800b03:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800b06:	39 d8                	cmp    %ebx,%eax
  800b08:	75 ef                	jne    800af9 <memmove+0x1b>
	return dst;
}
  800b0a:	89 f0                	mov    %esi,%eax
  800b0c:	5b                   	pop    %ebx
  800b0d:	5e                   	pop    %esi
  800b0e:	5d                   	pop    %ebp
  800b0f:	c3                   	ret
	if (s < d && s + n > d) {
  800b10:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800b13:	39 d6                	cmp    %edx,%esi
  800b15:	73 d9                	jae    800af0 <memmove+0x12>
		while (n-- > 0)
  800b17:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800b1a:	85 c9                	test   %ecx,%ecx
  800b1c:	74 ec                	je     800b0a <memmove+0x2c>
			*--d = *--s;
  800b1e:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800b22:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800b25:	83 ea 01             	sub    $0x1,%edx
  800b28:	83 fa ff             	cmp    $0xffffffff,%edx
  800b2b:	75 f1                	jne    800b1e <memmove+0x40>
  800b2d:	eb db                	jmp    800b0a <memmove+0x2c>

00800b2f <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800b2f:	55                   	push   %ebp
  800b30:	89 e5                	mov    %esp,%ebp
  800b32:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800b35:	ff 75 10             	push   0x10(%ebp)
  800b38:	ff 75 0c             	push   0xc(%ebp)
  800b3b:	ff 75 08             	push   0x8(%ebp)
  800b3e:	e8 9b ff ff ff       	call   800ade <memmove>
}
  800b43:	c9                   	leave
  800b44:	c3                   	ret

00800b45 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800b45:	55                   	push   %ebp
  800b46:	89 e5                	mov    %esp,%ebp
  800b48:	56                   	push   %esi
  800b49:	53                   	push   %ebx
  800b4a:	8b 45 08             	mov    0x8(%ebp),%eax
  800b4d:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b50:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800b53:	85 f6                	test   %esi,%esi
  800b55:	74 29                	je     800b80 <memcmp+0x3b>
  800b57:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800b59:	0f b6 08             	movzbl (%eax),%ecx
  800b5c:	0f b6 1a             	movzbl (%edx),%ebx
  800b5f:	38 d9                	cmp    %bl,%cl
  800b61:	75 11                	jne    800b74 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800b63:	83 c0 01             	add    $0x1,%eax
  800b66:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800b69:	39 c6                	cmp    %eax,%esi
  800b6b:	75 ec                	jne    800b59 <memcmp+0x14>
	}
	return 0;
  800b6d:	b8 00 00 00 00       	mov    $0x0,%eax
  800b72:	eb 08                	jmp    800b7c <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800b74:	0f b6 c1             	movzbl %cl,%eax
  800b77:	0f b6 db             	movzbl %bl,%ebx
  800b7a:	29 d8                	sub    %ebx,%eax
}
  800b7c:	5b                   	pop    %ebx
  800b7d:	5e                   	pop    %esi
  800b7e:	5d                   	pop    %ebp
  800b7f:	c3                   	ret
	return 0;
  800b80:	b8 00 00 00 00       	mov    $0x0,%eax
  800b85:	eb f5                	jmp    800b7c <memcmp+0x37>

00800b87 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800b87:	55                   	push   %ebp
  800b88:	89 e5                	mov    %esp,%ebp
  800b8a:	8b 45 08             	mov    0x8(%ebp),%eax
  800b8d:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800b90:	89 c2                	mov    %eax,%edx
  800b92:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800b95:	39 d0                	cmp    %edx,%eax
  800b97:	73 0d                	jae    800ba6 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800b99:	38 08                	cmp    %cl,(%eax)
  800b9b:	74 0d                	je     800baa <memfind+0x23>
	for (; s < ends; s++)
  800b9d:	83 c0 01             	add    $0x1,%eax
  800ba0:	39 c2                	cmp    %eax,%edx
  800ba2:	75 f5                	jne    800b99 <memfind+0x12>
  800ba4:	eb 06                	jmp    800bac <memfind+0x25>
  800ba6:	89 c2                	mov    %eax,%edx
  800ba8:	eb 02                	jmp    800bac <memfind+0x25>
  800baa:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800bac:	89 d0                	mov    %edx,%eax
  800bae:	5d                   	pop    %ebp
  800baf:	c3                   	ret

00800bb0 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800bb0:	55                   	push   %ebp
  800bb1:	89 e5                	mov    %esp,%ebp
  800bb3:	57                   	push   %edi
  800bb4:	56                   	push   %esi
  800bb5:	53                   	push   %ebx
  800bb6:	8b 55 08             	mov    0x8(%ebp),%edx
  800bb9:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800bbc:	0f b6 02             	movzbl (%edx),%eax
  800bbf:	3c 20                	cmp    $0x20,%al
  800bc1:	74 04                	je     800bc7 <strtol+0x17>
  800bc3:	3c 09                	cmp    $0x9,%al
  800bc5:	75 0e                	jne    800bd5 <strtol+0x25>
		s++;
  800bc7:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800bca:	0f b6 02             	movzbl (%edx),%eax
  800bcd:	3c 20                	cmp    $0x20,%al
  800bcf:	74 f6                	je     800bc7 <strtol+0x17>
  800bd1:	3c 09                	cmp    $0x9,%al
  800bd3:	74 f2                	je     800bc7 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800bd5:	3c 2b                	cmp    $0x2b,%al
  800bd7:	74 2a                	je     800c03 <strtol+0x53>
	int neg = 0;
  800bd9:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800bde:	3c 2d                	cmp    $0x2d,%al
  800be0:	74 2b                	je     800c0d <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800be2:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800be8:	75 0f                	jne    800bf9 <strtol+0x49>
  800bea:	80 3a 30             	cmpb   $0x30,(%edx)
  800bed:	74 28                	je     800c17 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800bef:	85 db                	test   %ebx,%ebx
  800bf1:	b8 0a 00 00 00       	mov    $0xa,%eax
  800bf6:	0f 44 d8             	cmove  %eax,%ebx
  800bf9:	b9 00 00 00 00       	mov    $0x0,%ecx
  800bfe:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800c01:	eb 46                	jmp    800c49 <strtol+0x99>
		s++;
  800c03:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800c06:	bf 00 00 00 00       	mov    $0x0,%edi
  800c0b:	eb d5                	jmp    800be2 <strtol+0x32>
		s++, neg = 1;
  800c0d:	83 c2 01             	add    $0x1,%edx
  800c10:	bf 01 00 00 00       	mov    $0x1,%edi
  800c15:	eb cb                	jmp    800be2 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800c17:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800c1b:	74 0e                	je     800c2b <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800c1d:	85 db                	test   %ebx,%ebx
  800c1f:	75 d8                	jne    800bf9 <strtol+0x49>
		s++, base = 8;
  800c21:	83 c2 01             	add    $0x1,%edx
  800c24:	bb 08 00 00 00       	mov    $0x8,%ebx
  800c29:	eb ce                	jmp    800bf9 <strtol+0x49>
		s += 2, base = 16;
  800c2b:	83 c2 02             	add    $0x2,%edx
  800c2e:	bb 10 00 00 00       	mov    $0x10,%ebx
  800c33:	eb c4                	jmp    800bf9 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800c35:	0f be c0             	movsbl %al,%eax
  800c38:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800c3b:	3b 45 10             	cmp    0x10(%ebp),%eax
  800c3e:	7d 3a                	jge    800c7a <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800c40:	83 c2 01             	add    $0x1,%edx
  800c43:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800c47:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800c49:	0f b6 02             	movzbl (%edx),%eax
  800c4c:	8d 70 d0             	lea    -0x30(%eax),%esi
  800c4f:	89 f3                	mov    %esi,%ebx
  800c51:	80 fb 09             	cmp    $0x9,%bl
  800c54:	76 df                	jbe    800c35 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800c56:	8d 70 9f             	lea    -0x61(%eax),%esi
  800c59:	89 f3                	mov    %esi,%ebx
  800c5b:	80 fb 19             	cmp    $0x19,%bl
  800c5e:	77 08                	ja     800c68 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800c60:	0f be c0             	movsbl %al,%eax
  800c63:	83 e8 57             	sub    $0x57,%eax
  800c66:	eb d3                	jmp    800c3b <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800c68:	8d 70 bf             	lea    -0x41(%eax),%esi
  800c6b:	89 f3                	mov    %esi,%ebx
  800c6d:	80 fb 19             	cmp    $0x19,%bl
  800c70:	77 08                	ja     800c7a <strtol+0xca>
			dig = *s - 'A' + 10;
  800c72:	0f be c0             	movsbl %al,%eax
  800c75:	83 e8 37             	sub    $0x37,%eax
  800c78:	eb c1                	jmp    800c3b <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800c7a:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800c7e:	74 05                	je     800c85 <strtol+0xd5>
		*endptr = (char *) s;
  800c80:	8b 45 0c             	mov    0xc(%ebp),%eax
  800c83:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800c85:	89 c8                	mov    %ecx,%eax
  800c87:	f7 d8                	neg    %eax
  800c89:	85 ff                	test   %edi,%edi
  800c8b:	0f 45 c8             	cmovne %eax,%ecx
}
  800c8e:	89 c8                	mov    %ecx,%eax
  800c90:	5b                   	pop    %ebx
  800c91:	5e                   	pop    %esi
  800c92:	5f                   	pop    %edi
  800c93:	5d                   	pop    %ebp
  800c94:	c3                   	ret

00800c95 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800c95:	55                   	push   %ebp
  800c96:	89 e5                	mov    %esp,%ebp
  800c98:	57                   	push   %edi
  800c99:	56                   	push   %esi
  800c9a:	53                   	push   %ebx
  800c9b:	83 ec 24             	sub    $0x24,%esp
  800c9e:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800ca1:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800ca4:	8b 45 08             	mov    0x8(%ebp),%eax
  800ca7:	8b 55 0c             	mov    0xc(%ebp),%edx
  800caa:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800cad:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800cb0:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800cb3:	89 d1                	mov    %edx,%ecx
  800cb5:	09 c1                	or     %eax,%ecx
  800cb7:	74 2f                	je     800ce8 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800cb9:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800cbc:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800cbf:	89 d0                	mov    %edx,%eax
  800cc1:	83 c8 00             	or     $0x0,%eax
  800cc4:	74 48                	je     800d0e <udivmod64+0x79>
  800cc6:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800ccb:	be 00 00 00 00       	mov    $0x0,%esi
  800cd0:	bf 00 00 00 00       	mov    $0x0,%edi
  800cd5:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800cdc:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800ce3:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ce6:	eb 5f                	jmp    800d47 <udivmod64+0xb2>
		return ~0ULL;
  800ce8:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800cef:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800cf6:	85 db                	test   %ebx,%ebx
  800cf8:	0f 84 b7 00 00 00    	je     800db5 <udivmod64+0x120>
			*rem = n;
  800cfe:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800d01:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800d04:	89 03                	mov    %eax,(%ebx)
  800d06:	89 53 04             	mov    %edx,0x4(%ebx)
  800d09:	e9 a7 00 00 00       	jmp    800db5 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800d0e:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800d11:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800d14:	85 db                	test   %ebx,%ebx
  800d16:	74 12                	je     800d2a <udivmod64+0x95>
			*rem = n32 % d32;
  800d18:	89 c8                	mov    %ecx,%eax
  800d1a:	ba 00 00 00 00       	mov    $0x0,%edx
  800d1f:	f7 f6                	div    %esi
  800d21:	89 13                	mov    %edx,(%ebx)
  800d23:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800d2a:	89 c8                	mov    %ecx,%eax
  800d2c:	ba 00 00 00 00       	mov    $0x0,%edx
  800d31:	f7 f6                	div    %esi
  800d33:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800d36:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800d3d:	eb 76                	jmp    800db5 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800d3f:	83 e9 01             	sub    $0x1,%ecx
  800d42:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800d45:	74 62                	je     800da9 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800d47:	89 f0                	mov    %esi,%eax
  800d49:	89 fa                	mov    %edi,%edx
  800d4b:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800d4f:	01 c0                	add    %eax,%eax
  800d51:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800d54:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800d57:	0f ad fe             	shrd   %cl,%edi,%esi
  800d5a:	d3 ef                	shr    %cl,%edi
  800d5c:	f6 c1 20             	test   $0x20,%cl
  800d5f:	74 04                	je     800d65 <udivmod64+0xd0>
  800d61:	89 fe                	mov    %edi,%esi
  800d63:	31 ff                	xor    %edi,%edi
  800d65:	89 f7                	mov    %esi,%edi
  800d67:	83 e7 01             	and    $0x1,%edi
  800d6a:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800d6d:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800d74:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800d77:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800d7a:	09 c6                	or     %eax,%esi
  800d7c:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800d7e:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800d81:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800d84:	39 c6                	cmp    %eax,%esi
  800d86:	89 fb                	mov    %edi,%ebx
  800d88:	19 d3                	sbb    %edx,%ebx
  800d8a:	72 b3                	jb     800d3f <udivmod64+0xaa>
			r -= d;
  800d8c:	29 c6                	sub    %eax,%esi
  800d8e:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800d90:	31 c0                	xor    %eax,%eax
  800d92:	31 d2                	xor    %edx,%edx
  800d94:	f6 c1 20             	test   $0x20,%cl
  800d97:	0f 94 c0             	sete   %al
  800d9a:	0f 95 c2             	setne  %dl
  800d9d:	d3 e0                	shl    %cl,%eax
  800d9f:	d3 e2                	shl    %cl,%edx
  800da1:	09 45 d0             	or     %eax,-0x30(%ebp)
  800da4:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800da7:	eb 96                	jmp    800d3f <udivmod64+0xaa>
		}
	}
	if (rem)
  800da9:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800dac:	85 db                	test   %ebx,%ebx
  800dae:	74 05                	je     800db5 <udivmod64+0x120>
		*rem = r;
  800db0:	89 33                	mov    %esi,(%ebx)
  800db2:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800db5:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800db8:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800dbb:	83 c4 24             	add    $0x24,%esp
  800dbe:	5b                   	pop    %ebx
  800dbf:	5e                   	pop    %esi
  800dc0:	5f                   	pop    %edi
  800dc1:	5d                   	pop    %ebp
  800dc2:	c3                   	ret

00800dc3 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800dc3:	55                   	push   %ebp
  800dc4:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800dc6:	83 ec 04             	sub    $0x4,%esp
  800dc9:	6a 00                	push   $0x0
  800dcb:	ff 75 14             	push   0x14(%ebp)
  800dce:	ff 75 10             	push   0x10(%ebp)
  800dd1:	8b 45 08             	mov    0x8(%ebp),%eax
  800dd4:	8b 55 0c             	mov    0xc(%ebp),%edx
  800dd7:	e8 b9 fe ff ff       	call   800c95 <udivmod64>
}
  800ddc:	c9                   	leave
  800ddd:	c3                   	ret

00800dde <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800dde:	55                   	push   %ebp
  800ddf:	89 e5                	mov    %esp,%ebp
  800de1:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800de4:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800de7:	50                   	push   %eax
  800de8:	ff 75 14             	push   0x14(%ebp)
  800deb:	ff 75 10             	push   0x10(%ebp)
  800dee:	8b 45 08             	mov    0x8(%ebp),%eax
  800df1:	8b 55 0c             	mov    0xc(%ebp),%edx
  800df4:	e8 9c fe ff ff       	call   800c95 <udivmod64>
	return r;
}
  800df9:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800dfc:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800dff:	c9                   	leave
  800e00:	c3                   	ret

00800e01 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800e01:	55                   	push   %ebp
  800e02:	89 e5                	mov    %esp,%ebp
  800e04:	57                   	push   %edi
  800e05:	56                   	push   %esi
  800e06:	53                   	push   %ebx
  800e07:	83 ec 0c             	sub    $0xc,%esp
  800e0a:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800e0d:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800e10:	8b 45 10             	mov    0x10(%ebp),%eax
  800e13:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800e16:	89 ce                	mov    %ecx,%esi
  800e18:	89 df                	mov    %ebx,%edi
  800e1a:	31 c6                	xor    %eax,%esi
  800e1c:	31 d7                	xor    %edx,%edi
  800e1e:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800e21:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e24:	89 c6                	mov    %eax,%esi
  800e26:	89 d7                	mov    %edx,%edi
  800e28:	85 d2                	test   %edx,%edx
  800e2a:	78 25                	js     800e51 <__divdi3+0x50>
  800e2c:	89 c8                	mov    %ecx,%eax
  800e2e:	89 da                	mov    %ebx,%edx
  800e30:	85 db                	test   %ebx,%ebx
  800e32:	78 2a                	js     800e5e <__divdi3+0x5d>
  800e34:	83 ec 04             	sub    $0x4,%esp
  800e37:	6a 00                	push   $0x0
  800e39:	57                   	push   %edi
  800e3a:	56                   	push   %esi
  800e3b:	e8 55 fe ff ff       	call   800c95 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800e40:	83 c4 10             	add    $0x10,%esp
  800e43:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800e47:	78 1e                	js     800e67 <__divdi3+0x66>
}
  800e49:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e4c:	5b                   	pop    %ebx
  800e4d:	5e                   	pop    %esi
  800e4e:	5f                   	pop    %edi
  800e4f:	5d                   	pop    %ebp
  800e50:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e51:	f7 d8                	neg    %eax
  800e53:	83 d2 00             	adc    $0x0,%edx
  800e56:	f7 da                	neg    %edx
  800e58:	89 c6                	mov    %eax,%esi
  800e5a:	89 d7                	mov    %edx,%edi
  800e5c:	eb ce                	jmp    800e2c <__divdi3+0x2b>
  800e5e:	f7 d8                	neg    %eax
  800e60:	83 d2 00             	adc    $0x0,%edx
  800e63:	f7 da                	neg    %edx
  800e65:	eb cd                	jmp    800e34 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800e67:	f7 d8                	neg    %eax
  800e69:	83 d2 00             	adc    $0x0,%edx
  800e6c:	f7 da                	neg    %edx
  800e6e:	eb d9                	jmp    800e49 <__divdi3+0x48>

00800e70 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800e70:	55                   	push   %ebp
  800e71:	89 e5                	mov    %esp,%ebp
  800e73:	57                   	push   %edi
  800e74:	56                   	push   %esi
  800e75:	53                   	push   %ebx
  800e76:	83 ec 14             	sub    $0x14,%esp
  800e79:	8b 45 08             	mov    0x8(%ebp),%eax
  800e7c:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e7f:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800e82:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e85:	89 ce                	mov    %ecx,%esi
  800e87:	89 df                	mov    %ebx,%edi
  800e89:	85 db                	test   %ebx,%ebx
  800e8b:	78 23                	js     800eb0 <__moddi3+0x40>
  800e8d:	85 d2                	test   %edx,%edx
  800e8f:	78 28                	js     800eb9 <__moddi3+0x49>
  800e91:	83 ec 04             	sub    $0x4,%esp
  800e94:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800e97:	51                   	push   %ecx
  800e98:	57                   	push   %edi
  800e99:	56                   	push   %esi
  800e9a:	e8 f6 fd ff ff       	call   800c95 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800e9f:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800ea2:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800ea5:	83 c4 10             	add    $0x10,%esp
}
  800ea8:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800eab:	5b                   	pop    %ebx
  800eac:	5e                   	pop    %esi
  800ead:	5f                   	pop    %edi
  800eae:	5d                   	pop    %ebp
  800eaf:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800eb0:	f7 de                	neg    %esi
  800eb2:	83 d7 00             	adc    $0x0,%edi
  800eb5:	f7 df                	neg    %edi
  800eb7:	eb d4                	jmp    800e8d <__moddi3+0x1d>
  800eb9:	f7 d8                	neg    %eax
  800ebb:	83 d2 00             	adc    $0x0,%edx
  800ebe:	f7 da                	neg    %edx
  800ec0:	83 ec 04             	sub    $0x4,%esp
  800ec3:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800ec6:	51                   	push   %ecx
  800ec7:	57                   	push   %edi
  800ec8:	56                   	push   %esi
  800ec9:	e8 c7 fd ff ff       	call   800c95 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800ece:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800ed1:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800ed4:	f7 d8                	neg    %eax
  800ed6:	83 d2 00             	adc    $0x0,%edx
  800ed9:	f7 da                	neg    %edx
  800edb:	83 c4 10             	add    $0x10,%esp
  800ede:	eb c8                	jmp    800ea8 <__moddi3+0x38>

00800ee0 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800ee0:	55                   	push   %ebp
  800ee1:	89 e5                	mov    %esp,%ebp
  800ee3:	57                   	push   %edi
  800ee4:	56                   	push   %esi
  800ee5:	53                   	push   %ebx
	asm volatile("int %1\n"
  800ee6:	b8 00 00 00 00       	mov    $0x0,%eax
  800eeb:	8b 55 08             	mov    0x8(%ebp),%edx
  800eee:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ef1:	89 c3                	mov    %eax,%ebx
  800ef3:	89 c7                	mov    %eax,%edi
  800ef5:	89 c6                	mov    %eax,%esi
  800ef7:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800ef9:	5b                   	pop    %ebx
  800efa:	5e                   	pop    %esi
  800efb:	5f                   	pop    %edi
  800efc:	5d                   	pop    %ebp
  800efd:	c3                   	ret

00800efe <sys_cgetc>:

int
sys_cgetc(void)
{
  800efe:	55                   	push   %ebp
  800eff:	89 e5                	mov    %esp,%ebp
  800f01:	57                   	push   %edi
  800f02:	56                   	push   %esi
  800f03:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f04:	ba 00 00 00 00       	mov    $0x0,%edx
  800f09:	b8 01 00 00 00       	mov    $0x1,%eax
  800f0e:	89 d1                	mov    %edx,%ecx
  800f10:	89 d3                	mov    %edx,%ebx
  800f12:	89 d7                	mov    %edx,%edi
  800f14:	89 d6                	mov    %edx,%esi
  800f16:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800f18:	5b                   	pop    %ebx
  800f19:	5e                   	pop    %esi
  800f1a:	5f                   	pop    %edi
  800f1b:	5d                   	pop    %ebp
  800f1c:	c3                   	ret

00800f1d <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800f1d:	55                   	push   %ebp
  800f1e:	89 e5                	mov    %esp,%ebp
  800f20:	57                   	push   %edi
  800f21:	56                   	push   %esi
  800f22:	53                   	push   %ebx
  800f23:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f26:	b9 00 00 00 00       	mov    $0x0,%ecx
  800f2b:	8b 55 08             	mov    0x8(%ebp),%edx
  800f2e:	b8 03 00 00 00       	mov    $0x3,%eax
  800f33:	89 cb                	mov    %ecx,%ebx
  800f35:	89 cf                	mov    %ecx,%edi
  800f37:	89 ce                	mov    %ecx,%esi
  800f39:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f3b:	85 c0                	test   %eax,%eax
  800f3d:	7f 08                	jg     800f47 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800f3f:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f42:	5b                   	pop    %ebx
  800f43:	5e                   	pop    %esi
  800f44:	5f                   	pop    %edi
  800f45:	5d                   	pop    %ebp
  800f46:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f47:	83 ec 0c             	sub    $0xc,%esp
  800f4a:	50                   	push   %eax
  800f4b:	6a 03                	push   $0x3
  800f4d:	68 c4 17 80 00       	push   $0x8017c4
  800f52:	6a 1f                	push   $0x1f
  800f54:	68 e1 17 80 00       	push   $0x8017e1
  800f59:	e8 f0 f1 ff ff       	call   80014e <_panic>

00800f5e <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800f5e:	55                   	push   %ebp
  800f5f:	89 e5                	mov    %esp,%ebp
  800f61:	57                   	push   %edi
  800f62:	56                   	push   %esi
  800f63:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f64:	ba 00 00 00 00       	mov    $0x0,%edx
  800f69:	b8 02 00 00 00       	mov    $0x2,%eax
  800f6e:	89 d1                	mov    %edx,%ecx
  800f70:	89 d3                	mov    %edx,%ebx
  800f72:	89 d7                	mov    %edx,%edi
  800f74:	89 d6                	mov    %edx,%esi
  800f76:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800f78:	5b                   	pop    %ebx
  800f79:	5e                   	pop    %esi
  800f7a:	5f                   	pop    %edi
  800f7b:	5d                   	pop    %ebp
  800f7c:	c3                   	ret

00800f7d <sys_yield>:

void
sys_yield(void)
{
  800f7d:	55                   	push   %ebp
  800f7e:	89 e5                	mov    %esp,%ebp
  800f80:	57                   	push   %edi
  800f81:	56                   	push   %esi
  800f82:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f83:	ba 00 00 00 00       	mov    $0x0,%edx
  800f88:	b8 0a 00 00 00       	mov    $0xa,%eax
  800f8d:	89 d1                	mov    %edx,%ecx
  800f8f:	89 d3                	mov    %edx,%ebx
  800f91:	89 d7                	mov    %edx,%edi
  800f93:	89 d6                	mov    %edx,%esi
  800f95:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800f97:	5b                   	pop    %ebx
  800f98:	5e                   	pop    %esi
  800f99:	5f                   	pop    %edi
  800f9a:	5d                   	pop    %ebp
  800f9b:	c3                   	ret

00800f9c <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800f9c:	55                   	push   %ebp
  800f9d:	89 e5                	mov    %esp,%ebp
  800f9f:	57                   	push   %edi
  800fa0:	56                   	push   %esi
  800fa1:	53                   	push   %ebx
  800fa2:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fa5:	be 00 00 00 00       	mov    $0x0,%esi
  800faa:	8b 55 08             	mov    0x8(%ebp),%edx
  800fad:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fb0:	b8 04 00 00 00       	mov    $0x4,%eax
  800fb5:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fb8:	89 f7                	mov    %esi,%edi
  800fba:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fbc:	85 c0                	test   %eax,%eax
  800fbe:	7f 08                	jg     800fc8 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800fc0:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fc3:	5b                   	pop    %ebx
  800fc4:	5e                   	pop    %esi
  800fc5:	5f                   	pop    %edi
  800fc6:	5d                   	pop    %ebp
  800fc7:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fc8:	83 ec 0c             	sub    $0xc,%esp
  800fcb:	50                   	push   %eax
  800fcc:	6a 04                	push   $0x4
  800fce:	68 c4 17 80 00       	push   $0x8017c4
  800fd3:	6a 1f                	push   $0x1f
  800fd5:	68 e1 17 80 00       	push   $0x8017e1
  800fda:	e8 6f f1 ff ff       	call   80014e <_panic>

00800fdf <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800fdf:	55                   	push   %ebp
  800fe0:	89 e5                	mov    %esp,%ebp
  800fe2:	57                   	push   %edi
  800fe3:	56                   	push   %esi
  800fe4:	53                   	push   %ebx
  800fe5:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fe8:	8b 55 08             	mov    0x8(%ebp),%edx
  800feb:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fee:	b8 05 00 00 00       	mov    $0x5,%eax
  800ff3:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800ff6:	8b 7d 14             	mov    0x14(%ebp),%edi
  800ff9:	8b 75 18             	mov    0x18(%ebp),%esi
  800ffc:	cd 30                	int    $0x30
	if (check && ret > 0)
  800ffe:	85 c0                	test   %eax,%eax
  801000:	7f 08                	jg     80100a <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  801002:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801005:	5b                   	pop    %ebx
  801006:	5e                   	pop    %esi
  801007:	5f                   	pop    %edi
  801008:	5d                   	pop    %ebp
  801009:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80100a:	83 ec 0c             	sub    $0xc,%esp
  80100d:	50                   	push   %eax
  80100e:	6a 05                	push   $0x5
  801010:	68 c4 17 80 00       	push   $0x8017c4
  801015:	6a 1f                	push   $0x1f
  801017:	68 e1 17 80 00       	push   $0x8017e1
  80101c:	e8 2d f1 ff ff       	call   80014e <_panic>

00801021 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  801021:	55                   	push   %ebp
  801022:	89 e5                	mov    %esp,%ebp
  801024:	57                   	push   %edi
  801025:	56                   	push   %esi
  801026:	53                   	push   %ebx
  801027:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80102a:	bb 00 00 00 00       	mov    $0x0,%ebx
  80102f:	8b 55 08             	mov    0x8(%ebp),%edx
  801032:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801035:	b8 06 00 00 00       	mov    $0x6,%eax
  80103a:	89 df                	mov    %ebx,%edi
  80103c:	89 de                	mov    %ebx,%esi
  80103e:	cd 30                	int    $0x30
	if (check && ret > 0)
  801040:	85 c0                	test   %eax,%eax
  801042:	7f 08                	jg     80104c <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  801044:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801047:	5b                   	pop    %ebx
  801048:	5e                   	pop    %esi
  801049:	5f                   	pop    %edi
  80104a:	5d                   	pop    %ebp
  80104b:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80104c:	83 ec 0c             	sub    $0xc,%esp
  80104f:	50                   	push   %eax
  801050:	6a 06                	push   $0x6
  801052:	68 c4 17 80 00       	push   $0x8017c4
  801057:	6a 1f                	push   $0x1f
  801059:	68 e1 17 80 00       	push   $0x8017e1
  80105e:	e8 eb f0 ff ff       	call   80014e <_panic>

00801063 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  801063:	55                   	push   %ebp
  801064:	89 e5                	mov    %esp,%ebp
  801066:	57                   	push   %edi
  801067:	56                   	push   %esi
  801068:	53                   	push   %ebx
  801069:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80106c:	bb 00 00 00 00       	mov    $0x0,%ebx
  801071:	8b 55 08             	mov    0x8(%ebp),%edx
  801074:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801077:	b8 08 00 00 00       	mov    $0x8,%eax
  80107c:	89 df                	mov    %ebx,%edi
  80107e:	89 de                	mov    %ebx,%esi
  801080:	cd 30                	int    $0x30
	if (check && ret > 0)
  801082:	85 c0                	test   %eax,%eax
  801084:	7f 08                	jg     80108e <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  801086:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801089:	5b                   	pop    %ebx
  80108a:	5e                   	pop    %esi
  80108b:	5f                   	pop    %edi
  80108c:	5d                   	pop    %ebp
  80108d:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80108e:	83 ec 0c             	sub    $0xc,%esp
  801091:	50                   	push   %eax
  801092:	6a 08                	push   $0x8
  801094:	68 c4 17 80 00       	push   $0x8017c4
  801099:	6a 1f                	push   $0x1f
  80109b:	68 e1 17 80 00       	push   $0x8017e1
  8010a0:	e8 a9 f0 ff ff       	call   80014e <_panic>

008010a5 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  8010a5:	55                   	push   %ebp
  8010a6:	89 e5                	mov    %esp,%ebp
  8010a8:	57                   	push   %edi
  8010a9:	56                   	push   %esi
  8010aa:	53                   	push   %ebx
  8010ab:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8010ae:	bb 00 00 00 00       	mov    $0x0,%ebx
  8010b3:	8b 55 08             	mov    0x8(%ebp),%edx
  8010b6:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010b9:	b8 09 00 00 00       	mov    $0x9,%eax
  8010be:	89 df                	mov    %ebx,%edi
  8010c0:	89 de                	mov    %ebx,%esi
  8010c2:	cd 30                	int    $0x30
	if (check && ret > 0)
  8010c4:	85 c0                	test   %eax,%eax
  8010c6:	7f 08                	jg     8010d0 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
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
  8010d4:	6a 09                	push   $0x9
  8010d6:	68 c4 17 80 00       	push   $0x8017c4
  8010db:	6a 1f                	push   $0x1f
  8010dd:	68 e1 17 80 00       	push   $0x8017e1
  8010e2:	e8 67 f0 ff ff       	call   80014e <_panic>

008010e7 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8010e7:	55                   	push   %ebp
  8010e8:	89 e5                	mov    %esp,%ebp
  8010ea:	57                   	push   %edi
  8010eb:	56                   	push   %esi
  8010ec:	53                   	push   %ebx
	asm volatile("int %1\n"
  8010ed:	8b 55 08             	mov    0x8(%ebp),%edx
  8010f0:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010f3:	b8 0b 00 00 00       	mov    $0xb,%eax
  8010f8:	be 00 00 00 00       	mov    $0x0,%esi
  8010fd:	8b 5d 10             	mov    0x10(%ebp),%ebx
  801100:	8b 7d 14             	mov    0x14(%ebp),%edi
  801103:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  801105:	5b                   	pop    %ebx
  801106:	5e                   	pop    %esi
  801107:	5f                   	pop    %edi
  801108:	5d                   	pop    %ebp
  801109:	c3                   	ret

0080110a <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  80110a:	55                   	push   %ebp
  80110b:	89 e5                	mov    %esp,%ebp
  80110d:	57                   	push   %edi
  80110e:	56                   	push   %esi
  80110f:	53                   	push   %ebx
  801110:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801113:	b9 00 00 00 00       	mov    $0x0,%ecx
  801118:	8b 55 08             	mov    0x8(%ebp),%edx
  80111b:	b8 0c 00 00 00       	mov    $0xc,%eax
  801120:	89 cb                	mov    %ecx,%ebx
  801122:	89 cf                	mov    %ecx,%edi
  801124:	89 ce                	mov    %ecx,%esi
  801126:	cd 30                	int    $0x30
	if (check && ret > 0)
  801128:	85 c0                	test   %eax,%eax
  80112a:	7f 08                	jg     801134 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  80112c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80112f:	5b                   	pop    %ebx
  801130:	5e                   	pop    %esi
  801131:	5f                   	pop    %edi
  801132:	5d                   	pop    %ebp
  801133:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801134:	83 ec 0c             	sub    $0xc,%esp
  801137:	50                   	push   %eax
  801138:	6a 0c                	push   $0xc
  80113a:	68 c4 17 80 00       	push   $0x8017c4
  80113f:	6a 1f                	push   $0x1f
  801141:	68 e1 17 80 00       	push   $0x8017e1
  801146:	e8 03 f0 ff ff       	call   80014e <_panic>

0080114b <page_mapped>:
// directory entry first: uvpt[pn] itself faults when its page table is
// absent.
static bool
page_mapped(uintptr_t pn)
{
	return (uvpd[pn >> (PDXSHIFT - PTXSHIFT)] & PTE_P)
  80114b:	89 c2                	mov    %eax,%edx
  80114d:	c1 ea 0a             	shr    $0xa,%edx
  801150:	8b 14 95 00 d0 7b ef 	mov    -0x10843000(,%edx,4),%edx
		&& (uvpt[pn] & PTE_P);
  801157:	f6 c2 01             	test   $0x1,%dl
  80115a:	74 0e                	je     80116a <page_mapped+0x1f>
  80115c:	8b 04 85 00 00 40 ef 	mov    -0x10c00000(,%eax,4),%eax
  801163:	83 e0 01             	and    $0x1,%eax
  801166:	83 e0 01             	and    $0x1,%eax
}
  801169:	c3                   	ret
		&& (uvpt[pn] & PTE_P);
  80116a:	b8 00 00 00 00       	mov    $0x0,%eax
  80116f:	eb f5                	jmp    801166 <page_mapped+0x1b>

00801171 <duppage>:
// Map our page number pn into envid at the same address.  A writable or
// copy-on-write page becomes copy-on-write in both environments; any other
// page is shared with its current permissions.
static int
duppage(envid_t envid, uintptr_t pn)
{
  801171:	55                   	push   %ebp
  801172:	89 e5                	mov    %esp,%ebp
  801174:	56                   	push   %esi
  801175:	53                   	push   %ebx
  801176:	8b 45 08             	mov    0x8(%ebp),%eax
  801179:	8b 55 0c             	mov    0xc(%ebp),%edx
	void *va = (void *) (pn * PGSIZE);
  80117c:	89 d6                	mov    %edx,%esi
  80117e:	c1 e6 0c             	shl    $0xc,%esi
	int perm = uvpt[pn] & PTE_SYSCALL;
  801181:	8b 1c 95 00 00 40 ef 	mov    -0x10c00000(,%edx,4),%ebx
	int r;

	if (!(perm & (PTE_W | PTE_COW)))
  801188:	f7 c3 02 08 00 00    	test   $0x802,%ebx
  80118e:	74 37                	je     8011c7 <duppage+0x56>
		return sys_page_map(0, va, envid, va, perm);

	perm = (perm & ~PTE_W) | PTE_COW;
  801190:	81 e3 05 06 00 00    	and    $0x605,%ebx
  801196:	80 cf 08             	or     $0x8,%bh
	// and here we may have written the page (our stack, for one) and
	// taken a private writable copy, and the child now shares that
	// copy; leaving it writable would let our later writes show
	// through in the child.  Doing it the other way round, a fault in
	// between would give the child our new writable page.
	if ((r = sys_page_map(0, va, envid, va, perm)) < 0)
  801199:	83 ec 0c             	sub    $0xc,%esp
  80119c:	53                   	push   %ebx
  80119d:	56                   	push   %esi
  80119e:	50                   	push   %eax
  80119f:	56                   	push   %esi
  8011a0:	6a 00                	push   $0x0
  8011a2:	e8 38 fe ff ff       	call   800fdf <sys_page_map>
  8011a7:	83 c4 20             	add    $0x20,%esp
  8011aa:	85 c0                	test   %eax,%eax
  8011ac:	78 12                	js     8011c0 <duppage+0x4f>
		return r;
	return sys_page_map(0, va, 0, va, perm);
  8011ae:	83 ec 0c             	sub    $0xc,%esp
  8011b1:	53                   	push   %ebx
  8011b2:	56                   	push   %esi
  8011b3:	6a 00                	push   $0x0
  8011b5:	56                   	push   %esi
  8011b6:	6a 00                	push   $0x0
  8011b8:	e8 22 fe ff ff       	call   800fdf <sys_page_map>
  8011bd:	83 c4 20             	add    $0x20,%esp
}
  8011c0:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8011c3:	5b                   	pop    %ebx
  8011c4:	5e                   	pop    %esi
  8011c5:	5d                   	pop    %ebp
  8011c6:	c3                   	ret
		return sys_page_map(0, va, envid, va, perm);
  8011c7:	83 ec 0c             	sub    $0xc,%esp
	int perm = uvpt[pn] & PTE_SYSCALL;
  8011ca:	81 e3 07 0e 00 00    	and    $0xe07,%ebx
		return sys_page_map(0, va, envid, va, perm);
  8011d0:	53                   	push   %ebx
  8011d1:	56                   	push   %esi
  8011d2:	50                   	push   %eax
  8011d3:	56                   	push   %esi
  8011d4:	6a 00                	push   $0x0
  8011d6:	e8 04 fe ff ff       	call   800fdf <sys_page_map>
  8011db:	83 c4 20             	add    $0x20,%esp
  8011de:	eb e0                	jmp    8011c0 <duppage+0x4f>

008011e0 <sharepage>:

// How sfork gives a page to the child: the stack and the private data
// page copy-on-write as in fork, every other page shared outright.
static int
sharepage(envid_t envid, uintptr_t pn)
{
  8011e0:	55                   	push   %ebp
  8011e1:	89 e5                	mov    %esp,%ebp
  8011e3:	83 ec 18             	sub    $0x18,%esp
  8011e6:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	uintptr_t va = pn * PGSIZE;
  8011e9:	89 c8                	mov    %ecx,%eax
  8011eb:	c1 e0 0c             	shl    $0xc,%eax
  8011ee:	89 45 f4             	mov    %eax,-0xc(%ebp)
	uintptr_t stack_bottom = ROUNDDOWN((uintptr_t) &va, PGSIZE);
  8011f1:	8d 55 f4             	lea    -0xc(%ebp),%edx
  8011f4:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
	int perm;

	if ((va >= stack_bottom && va < USTACKTOP)
  8011fa:	39 d0                	cmp    %edx,%eax
  8011fc:	72 07                	jb     801205 <sharepage+0x25>
  8011fe:	3d ff df bf ee       	cmp    $0xeebfdfff,%eax
  801203:	76 41                	jbe    801246 <sharepage+0x66>
	    || (va >= (uintptr_t) __private_start
  801205:	3d 00 30 80 00       	cmp    $0x803000,%eax
  80120a:	72 07                	jb     801213 <sharepage+0x33>
		&& va < (uintptr_t) __private_end))
  80120c:	3d 00 40 80 00       	cmp    $0x804000,%eax
  801211:	72 33                	jb     801246 <sharepage+0x66>
		return duppage(envid, pn);

	// A page still copy-on-write from an earlier fork would split on
	// the first write; touch it so we own a writable copy to share.
	if (uvpt[pn] & PTE_COW) {
  801213:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
  80121a:	f6 c6 08             	test   $0x8,%dh
  80121d:	74 05                	je     801224 <sharepage+0x44>
		volatile char *p = (volatile char *) va;
		*p = *p;
  80121f:	0f b6 10             	movzbl (%eax),%edx
  801222:	88 10                	mov    %dl,(%eax)
	}
	perm = uvpt[pn] & PTE_SYSCALL;
  801224:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  80122b:	83 ec 0c             	sub    $0xc,%esp
	perm = uvpt[pn] & PTE_SYSCALL;
  80122e:	81 e2 07 0e 00 00    	and    $0xe07,%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  801234:	52                   	push   %edx
  801235:	50                   	push   %eax
  801236:	ff 75 08             	push   0x8(%ebp)
  801239:	50                   	push   %eax
  80123a:	6a 00                	push   $0x0
  80123c:	e8 9e fd ff ff       	call   800fdf <sys_page_map>
  801241:	83 c4 20             	add    $0x20,%esp
}
  801244:	c9                   	leave
  801245:	c3                   	ret
		return duppage(envid, pn);
  801246:	83 ec 08             	sub    $0x8,%esp
  801249:	51                   	push   %ecx
  80124a:	ff 75 08             	push   0x8(%ebp)
  80124d:	e8 1f ff ff ff       	call   801171 <duppage>
  801252:	83 c4 10             	add    $0x10,%esp
  801255:	eb ed                	jmp    801244 <sharepage+0x64>

00801257 <pgfault>:
{
  801257:	55                   	push   %ebp
  801258:	89 e5                	mov    %esp,%ebp
  80125a:	57                   	push   %edi
  80125b:	56                   	push   %esi
  80125c:	53                   	push   %ebx
  80125d:	83 ec 1c             	sub    $0x1c,%esp
	void *addr = (void *) utf->utf_fault_va;
  801260:	8b 45 08             	mov    0x8(%ebp),%eax
  801263:	8b 18                	mov    (%eax),%ebx
	uint32_t err = utf->utf_err;
  801265:	8b 40 04             	mov    0x4(%eax),%eax
  801268:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	void *page = ROUNDDOWN(addr, PGSIZE);
  80126b:	89 df                	mov    %ebx,%edi
  80126d:	81 e7 00 f0 ff ff    	and    $0xfffff000,%edi
	if (!(err & FEC_WR) || !page_mapped(PGNUM(addr))
  801273:	a8 02                	test   $0x2,%al
  801275:	0f 84 82 00 00 00    	je     8012fd <pgfault+0xa6>
  80127b:	89 de                	mov    %ebx,%esi
  80127d:	c1 ee 0c             	shr    $0xc,%esi
  801280:	89 f0                	mov    %esi,%eax
  801282:	e8 c4 fe ff ff       	call   80114b <page_mapped>
  801287:	84 c0                	test   %al,%al
  801289:	74 72                	je     8012fd <pgfault+0xa6>
	    || !(uvpt[PGNUM(addr)] & PTE_COW))
  80128b:	8b 04 b5 00 00 40 ef 	mov    -0x10c00000(,%esi,4),%eax
  801292:	f6 c4 08             	test   $0x8,%ah
  801295:	74 66                	je     8012fd <pgfault+0xa6>
	if ((r = sys_page_alloc(0, PFTEMP, PTE_P | PTE_U | PTE_W)) < 0)
  801297:	83 ec 04             	sub    $0x4,%esp
  80129a:	6a 07                	push   $0x7
  80129c:	68 00 f0 7f 00       	push   $0x7ff000
  8012a1:	6a 00                	push   $0x0
  8012a3:	e8 f4 fc ff ff       	call   800f9c <sys_page_alloc>
  8012a8:	83 c4 10             	add    $0x10,%esp
  8012ab:	85 c0                	test   %eax,%eax
  8012ad:	78 6c                	js     80131b <pgfault+0xc4>
	memmove(PFTEMP, page, PGSIZE);
  8012af:	83 ec 04             	sub    $0x4,%esp
  8012b2:	68 00 10 00 00       	push   $0x1000
  8012b7:	57                   	push   %edi
  8012b8:	68 00 f0 7f 00       	push   $0x7ff000
  8012bd:	e8 1c f8 ff ff       	call   800ade <memmove>
	if ((r = sys_page_map(0, PFTEMP, 0, page, PTE_P | PTE_U | PTE_W)) < 0)
  8012c2:	c7 04 24 07 00 00 00 	movl   $0x7,(%esp)
  8012c9:	57                   	push   %edi
  8012ca:	6a 00                	push   $0x0
  8012cc:	68 00 f0 7f 00       	push   $0x7ff000
  8012d1:	6a 00                	push   $0x0
  8012d3:	e8 07 fd ff ff       	call   800fdf <sys_page_map>
  8012d8:	83 c4 20             	add    $0x20,%esp
  8012db:	85 c0                	test   %eax,%eax
  8012dd:	78 4e                	js     80132d <pgfault+0xd6>
	if ((r = sys_page_unmap(0, PFTEMP)) < 0)
  8012df:	83 ec 08             	sub    $0x8,%esp
  8012e2:	68 00 f0 7f 00       	push   $0x7ff000
  8012e7:	6a 00                	push   $0x0
  8012e9:	e8 33 fd ff ff       	call   801021 <sys_page_unmap>
  8012ee:	83 c4 10             	add    $0x10,%esp
  8012f1:	85 c0                	test   %eax,%eax
  8012f3:	78 4a                	js     80133f <pgfault+0xe8>
}
  8012f5:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8012f8:	5b                   	pop    %ebx
  8012f9:	5e                   	pop    %esi
  8012fa:	5f                   	pop    %edi
  8012fb:	5d                   	pop    %ebp
  8012fc:	c3                   	ret
		panic("page fault at va %08x, eip %08x, err %x: "
  8012fd:	83 ec 08             	sub    $0x8,%esp
  801300:	ff 75 e4             	push   -0x1c(%ebp)
  801303:	8b 45 08             	mov    0x8(%ebp),%eax
  801306:	ff 70 28             	push   0x28(%eax)
  801309:	53                   	push   %ebx
  80130a:	68 f0 17 80 00       	push   $0x8017f0
  80130f:	6a 2d                	push   $0x2d
  801311:	68 3d 18 80 00       	push   $0x80183d
  801316:	e8 33 ee ff ff       	call   80014e <_panic>
		panic("pgfault: sys_page_alloc: %e", r);
  80131b:	50                   	push   %eax
  80131c:	68 48 18 80 00       	push   $0x801848
  801321:	6a 35                	push   $0x35
  801323:	68 3d 18 80 00       	push   $0x80183d
  801328:	e8 21 ee ff ff       	call   80014e <_panic>
		panic("pgfault: sys_page_map: %e", r);
  80132d:	50                   	push   %eax
  80132e:	68 64 18 80 00       	push   $0x801864
  801333:	6a 38                	push   $0x38
  801335:	68 3d 18 80 00       	push   $0x80183d
  80133a:	e8 0f ee ff ff       	call   80014e <_panic>
		panic("pgfault: sys_page_unmap: %e", r);
  80133f:	50                   	push   %eax
  801340:	68 7e 18 80 00       	push   $0x80187e
  801345:	6a 3a                	push   $0x3a
  801347:	68 3d 18 80 00       	push   $0x80183d
  80134c:	e8 fd ed ff ff       	call   80014e <_panic>

00801351 <fork_with>:
{
  801351:	55                   	push   %ebp
  801352:	89 e5                	mov    %esp,%ebp
  801354:	57                   	push   %edi
  801355:	56                   	push   %esi
  801356:	53                   	push   %ebx
  801357:	83 ec 28             	sub    $0x28,%esp
  80135a:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	set_pgfault_handler(pgfault);
  80135d:	68 57 12 80 00       	push   $0x801257
  801362:	e8 ec 00 00 00       	call   801453 <set_pgfault_handler>
// real call, the return address the child pops could already be stale.
static inline envid_t __attribute__((always_inline))
sys_exofork(void)
{
	envid_t ret;
	asm volatile("int %2"
  801367:	b8 07 00 00 00       	mov    $0x7,%eax
  80136c:	cd 30                	int    $0x30
  80136e:	89 45 e0             	mov    %eax,-0x20(%ebp)
  801371:	89 c7                	mov    %eax,%edi
	if (envid < 0)
  801373:	83 c4 10             	add    $0x10,%esp
  801376:	85 c0                	test   %eax,%eax
  801378:	0f 88 a7 00 00 00    	js     801425 <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  80137e:	bb 00 00 00 00       	mov    $0x0,%ebx
	if (envid == 0) {
  801383:	75 27                	jne    8013ac <fork_with+0x5b>
		thisenv = &envs[ENVX(sys_getenvid())];
  801385:	e8 d4 fb ff ff       	call   800f5e <sys_getenvid>
  80138a:	25 ff 03 00 00       	and    $0x3ff,%eax
  80138f:	6b c0 7c             	imul   $0x7c,%eax,%eax
  801392:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  801397:	a3 00 30 80 00       	mov    %eax,0x803000
		return 0;
  80139c:	e9 84 00 00 00       	jmp    801425 <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  8013a1:	83 c3 01             	add    $0x1,%ebx
		if (pn == PGNUM(UXSTACKTOP - PGSIZE) || !page_mapped(pn))
  8013a4:	81 fb ff eb 0e 00    	cmp    $0xeebff,%ebx
  8013aa:	74 30                	je     8013dc <fork_with+0x8b>
  8013ac:	89 d8                	mov    %ebx,%eax
  8013ae:	e8 98 fd ff ff       	call   80114b <page_mapped>
  8013b3:	84 c0                	test   %al,%al
  8013b5:	74 ea                	je     8013a1 <fork_with+0x50>
		if ((r = dup(envid, pn)) < 0)
  8013b7:	83 ec 08             	sub    $0x8,%esp
  8013ba:	53                   	push   %ebx
  8013bb:	57                   	push   %edi
  8013bc:	8b 45 e4             	mov    -0x1c(%ebp),%eax
  8013bf:	ff d0                	call   *%eax
  8013c1:	89 c6                	mov    %eax,%esi
  8013c3:	83 c4 10             	add    $0x10,%esp
  8013c6:	85 c0                	test   %eax,%eax
  8013c8:	79 d7                	jns    8013a1 <fork_with+0x50>
		sys_env_destroy(envid);
  8013ca:	83 ec 0c             	sub    $0xc,%esp
  8013cd:	ff 75 e0             	push   -0x20(%ebp)
  8013d0:	e8 48 fb ff ff       	call   800f1d <sys_env_destroy>
		return r;
  8013d5:	83 c4 10             	add    $0x10,%esp
  8013d8:	89 f7                	mov    %esi,%edi
  8013da:	eb 49                	jmp    801425 <fork_with+0xd4>
	if ((r = sys_page_alloc(envid, (void *) (UXSTACKTOP - PGSIZE),
  8013dc:	83 ec 04             	sub    $0x4,%esp
  8013df:	6a 07                	push   $0x7
  8013e1:	68 00 f0 bf ee       	push   $0xeebff000
  8013e6:	ff 75 e0             	push   -0x20(%ebp)
  8013e9:	e8 ae fb ff ff       	call   800f9c <sys_page_alloc>
  8013ee:	89 c6                	mov    %eax,%esi
  8013f0:	83 c4 10             	add    $0x10,%esp
  8013f3:	85 c0                	test   %eax,%eax
  8013f5:	78 d3                	js     8013ca <fork_with+0x79>
	if ((r = sys_env_set_pgfault_upcall(envid, _pgfault_upcall)) < 0)
  8013f7:	83 ec 08             	sub    $0x8,%esp
  8013fa:	68 be 14 80 00       	push   $0x8014be
  8013ff:	8b 5d e0             	mov    -0x20(%ebp),%ebx
  801402:	53                   	push   %ebx
  801403:	e8 9d fc ff ff       	call   8010a5 <sys_env_set_pgfault_upcall>
  801408:	89 c6                	mov    %eax,%esi
  80140a:	83 c4 10             	add    $0x10,%esp
  80140d:	85 c0                	test   %eax,%eax
  80140f:	78 b9                	js     8013ca <fork_with+0x79>
	return sys_env_set_status(envid, ENV_RUNNABLE);
  801411:	83 ec 08             	sub    $0x8,%esp
  801414:	6a 02                	push   $0x2
  801416:	53                   	push   %ebx
  801417:	e8 47 fc ff ff       	call   801063 <sys_env_set_status>
  80141c:	89 c6                	mov    %eax,%esi
	    || (r = start_child(envid)) < 0) {
  80141e:	83 c4 10             	add    $0x10,%esp
  801421:	85 c0                	test   %eax,%eax
  801423:	78 a5                	js     8013ca <fork_with+0x79>
}
  801425:	89 f8                	mov    %edi,%eax
  801427:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80142a:	5b                   	pop    %ebx
  80142b:	5e                   	pop    %esi
  80142c:	5f                   	pop    %edi
  80142d:	5d                   	pop    %ebp
  80142e:	c3                   	ret

0080142f <fork>:
{
  80142f:	55                   	push   %ebp
  801430:	89 e5                	mov    %esp,%ebp
  801432:	83 ec 08             	sub    $0x8,%esp
	return fork_with(duppage);
  801435:	b8 71 11 80 00       	mov    $0x801171,%eax
  80143a:	e8 12 ff ff ff       	call   801351 <fork_with>
}
  80143f:	c9                   	leave
  801440:	c3                   	ret

00801441 <sfork>:
// Shared-memory fork (the lab's challenge): parent and child share all of
// memory except the stack and the private data page.  thisenv lives on
// that private page, so it stays correct in both.
envid_t
sfork(void)
{
  801441:	55                   	push   %ebp
  801442:	89 e5                	mov    %esp,%ebp
  801444:	83 ec 08             	sub    $0x8,%esp
	return fork_with(sharepage);
  801447:	b8 e0 11 80 00       	mov    $0x8011e0,%eax
  80144c:	e8 00 ff ff ff       	call   801351 <fork_with>
}
  801451:	c9                   	leave
  801452:	c3                   	ret

00801453 <set_pgfault_handler>:
// Read by _pgfault_upcall; 0 until a handler is installed.
void (*_pgfault_handler)(struct UTrapframe *utf);

void
set_pgfault_handler(void (*handler)(struct UTrapframe *utf))
{
  801453:	55                   	push   %ebp
  801454:	89 e5                	mov    %esp,%ebp
  801456:	83 ec 08             	sub    $0x8,%esp
	int r;

	if (_pgfault_handler == 0) {
  801459:	83 3d 04 40 80 00 00 	cmpl   $0x0,0x804004
  801460:	74 0a                	je     80146c <set_pgfault_handler+0x19>
			panic("set_pgfault_handler: upcall: %e", r);
	}

	// Swapping handlers later needs no kernel call: the upcall always
	// goes through this pointer.
	_pgfault_handler = handler;
  801462:	8b 45 08             	mov    0x8(%ebp),%eax
  801465:	a3 04 40 80 00       	mov    %eax,0x804004
}
  80146a:	c9                   	leave
  80146b:	c3                   	ret
		if ((r = sys_page_alloc(0, (void *) (UXSTACKTOP - PGSIZE),
  80146c:	83 ec 04             	sub    $0x4,%esp
  80146f:	6a 07                	push   $0x7
  801471:	68 00 f0 bf ee       	push   $0xeebff000
  801476:	6a 00                	push   $0x0
  801478:	e8 1f fb ff ff       	call   800f9c <sys_page_alloc>
  80147d:	83 c4 10             	add    $0x10,%esp
  801480:	85 c0                	test   %eax,%eax
  801482:	78 28                	js     8014ac <set_pgfault_handler+0x59>
		if ((r = sys_env_set_pgfault_upcall(0, _pgfault_upcall)) < 0)
  801484:	83 ec 08             	sub    $0x8,%esp
  801487:	68 be 14 80 00       	push   $0x8014be
  80148c:	6a 00                	push   $0x0
  80148e:	e8 12 fc ff ff       	call   8010a5 <sys_env_set_pgfault_upcall>
  801493:	83 c4 10             	add    $0x10,%esp
  801496:	85 c0                	test   %eax,%eax
  801498:	79 c8                	jns    801462 <set_pgfault_handler+0xf>
			panic("set_pgfault_handler: upcall: %e", r);
  80149a:	50                   	push   %eax
  80149b:	68 c8 18 80 00       	push   $0x8018c8
  8014a0:	6a 1a                	push   $0x1a
  8014a2:	68 e8 18 80 00       	push   $0x8018e8
  8014a7:	e8 a2 ec ff ff       	call   80014e <_panic>
			panic("set_pgfault_handler: exception stack: %e", r);
  8014ac:	50                   	push   %eax
  8014ad:	68 9c 18 80 00       	push   $0x80189c
  8014b2:	6a 18                	push   $0x18
  8014b4:	68 e8 18 80 00       	push   $0x8018e8
  8014b9:	e8 90 ec ff ff       	call   80014e <_panic>

008014be <_pgfault_upcall>:

.text
.globl _pgfault_upcall
_pgfault_upcall:
	// Call the C handler with a pointer to the UTrapframe.
	pushl %esp
  8014be:	54                   	push   %esp
	movl _pgfault_handler, %eax
  8014bf:	a1 04 40 80 00       	mov    0x804004,%eax
	call *%eax
  8014c4:	ff d0                	call   *%eax
	addl $4, %esp
  8014c6:	83 c4 04             	add    $0x4,%esp

	// Push the trap-time eip onto the trap-time stack: store it one
	// word below utf_esp and make utf_esp point at it.
	movl 40(%esp), %eax
  8014c9:	8b 44 24 28          	mov    0x28(%esp),%eax
	movl 48(%esp), %edx
  8014cd:	8b 54 24 30          	mov    0x30(%esp),%edx
	subl $4, %edx
  8014d1:	83 ea 04             	sub    $0x4,%edx
	movl %eax, (%edx)
  8014d4:	89 02                	mov    %eax,(%edx)
	movl %edx, 48(%esp)
  8014d6:	89 54 24 30          	mov    %edx,0x30(%esp)

	// Restore the general registers.
	addl $8, %esp		// skip utf_fault_va and utf_err
  8014da:	83 c4 08             	add    $0x8,%esp
	popal
  8014dd:	61                   	popa

	// Restore eflags.  Skip utf_eip first: from popfl on, no arithmetic
	// instruction may run, or it would change the restored flags.
	addl $4, %esp
  8014de:	83 c4 04             	add    $0x4,%esp
	popfl
  8014e1:	9d                   	popf

	// Switch back to the trap-time stack (now holding the eip) ...
	popl %esp
  8014e2:	5c                   	pop    %esp

	// ... and return to the faulting instruction.
	ret
  8014e3:	c3                   	ret
