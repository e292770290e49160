
obj-walkfork/user/primes:     file format elf32-i386


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
  80002c:	e8 b9 00 00 00       	call   8000ea <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:
	}
}

void
umain(int argc, char **argv)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	57                   	push   %edi
  800037:	56                   	push   %esi
  800038:	53                   	push   %ebx
  800039:	83 ec 1c             	sub    $0x1c,%esp
	int i, id;

	// Fork the first filter ...
	if ((id = fork()) < 0)
  80003c:	e8 e2 13 00 00       	call   801423 <fork>
  800041:	89 c6                	mov    %eax,%esi
  800043:	85 c0                	test   %eax,%eax
  800045:	78 1a                	js     800061 <umain+0x2e>
		panic("fork: %e", id);
	if (id == 0)
		primeproc();

	// ... and feed it all the integers.
	for (i = 2; ; i++)
  800047:	bb 02 00 00 00       	mov    $0x2,%ebx
	if (id == 0)
  80004c:	74 25                	je     800073 <umain+0x40>
		ipc_send(id, i, 0, 0);
  80004e:	6a 00                	push   $0x0
  800050:	6a 00                	push   $0x0
  800052:	53                   	push   %ebx
  800053:	56                   	push   %esi
  800054:	e8 6c 14 00 00       	call   8014c5 <ipc_send>
	for (i = 2; ; i++)
  800059:	83 c3 01             	add    $0x1,%ebx
  80005c:	83 c4 10             	add    $0x10,%esp
  80005f:	eb ed                	jmp    80004e <umain+0x1b>
		panic("fork: %e", id);
  800061:	50                   	push   %eax
  800062:	68 00 16 80 00       	push   $0x801600
  800067:	6a 2e                	push   $0x2e
  800069:	68 09 16 80 00       	push   $0x801609
  80006e:	e8 cf 00 00 00       	call   800142 <_panic>
		p = ipc_recv(&envid, 0, 0);
  800073:	8d 75 e4             	lea    -0x1c(%ebp),%esi
  800076:	83 ec 04             	sub    $0x4,%esp
  800079:	6a 00                	push   $0x0
  80007b:	6a 00                	push   $0x0
  80007d:	56                   	push   %esi
  80007e:	e8 c4 13 00 00       	call   801447 <ipc_recv>
  800083:	89 c3                	mov    %eax,%ebx
		cprintf("CPU %d: %d ", thisenv->env_cpunum, p);
  800085:	a1 00 30 80 00       	mov    0x803000,%eax
  80008a:	8b 40 5c             	mov    0x5c(%eax),%eax
  80008d:	83 c4 0c             	add    $0xc,%esp
  800090:	53                   	push   %ebx
  800091:	50                   	push   %eax
  800092:	68 17 16 80 00       	push   $0x801617
  800097:	e8 1b 08 00 00       	call   8008b7 <cprintf>
		if ((id = fork()) < 0)
  80009c:	e8 82 13 00 00       	call   801423 <fork>
  8000a1:	89 c7                	mov    %eax,%edi
  8000a3:	83 c4 10             	add    $0x10,%esp
  8000a6:	85 c0                	test   %eax,%eax
  8000a8:	78 2e                	js     8000d8 <umain+0xa5>
		if (id != 0)
  8000aa:	74 ca                	je     800076 <umain+0x43>
		i = ipc_recv(&envid, 0, 0);
  8000ac:	8d 75 e4             	lea    -0x1c(%ebp),%esi
  8000af:	83 ec 04             	sub    $0x4,%esp
  8000b2:	6a 00                	push   $0x0
  8000b4:	6a 00                	push   $0x0
  8000b6:	56                   	push   %esi
  8000b7:	e8 8b 13 00 00       	call   801447 <ipc_recv>
  8000bc:	89 c1                	mov    %eax,%ecx
		if (i % p)
  8000be:	99                   	cltd
  8000bf:	f7 fb                	idiv   %ebx
  8000c1:	83 c4 10             	add    $0x10,%esp
  8000c4:	85 d2                	test   %edx,%edx
  8000c6:	74 e7                	je     8000af <umain+0x7c>
			ipc_send(id, i, 0, 0);
  8000c8:	6a 00                	push   $0x0
  8000ca:	6a 00                	push   $0x0
  8000cc:	51                   	push   %ecx
  8000cd:	57                   	push   %edi
  8000ce:	e8 f2 13 00 00       	call   8014c5 <ipc_send>
  8000d3:	83 c4 10             	add    $0x10,%esp
  8000d6:	eb d7                	jmp    8000af <umain+0x7c>
			panic("fork: %e", id);
  8000d8:	50                   	push   %eax
  8000d9:	68 00 16 80 00       	push   $0x801600
  8000de:	6a 1a                	push   $0x1a
  8000e0:	68 09 16 80 00       	push   $0x801609
  8000e5:	e8 58 00 00 00       	call   800142 <_panic>

008000ea <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8000ea:	55                   	push   %ebp
  8000eb:	89 e5                	mov    %esp,%ebp
  8000ed:	56                   	push   %esi
  8000ee:	53                   	push   %ebx
  8000ef:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8000f2:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  8000f5:	e8 58 0e 00 00       	call   800f52 <sys_getenvid>
  8000fa:	25 ff 03 00 00       	and    $0x3ff,%eax
  8000ff:	6b c0 7c             	imul   $0x7c,%eax,%eax
  800102:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  800107:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  80010c:	85 db                	test   %ebx,%ebx
  80010e:	7e 07                	jle    800117 <libmain+0x2d>
		binaryname = argv[0];
  800110:	8b 06                	mov    (%esi),%eax
  800112:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800117:	83 ec 08             	sub    $0x8,%esp
  80011a:	56                   	push   %esi
  80011b:	53                   	push   %ebx
  80011c:	e8 12 ff ff ff       	call   800033 <umain>

	exit();
  800121:	e8 0a 00 00 00       	call   800130 <exit>
}
  800126:	83 c4 10             	add    $0x10,%esp
  800129:	8d 65 f8             	lea    -0x8(%ebp),%esp
  80012c:	5b                   	pop    %ebx
  80012d:	5e                   	pop    %esi
  80012e:	5d                   	pop    %ebp
  80012f:	c3                   	ret

00800130 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  800130:	55                   	push   %ebp
  800131:	89 e5                	mov    %esp,%ebp
  800133:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800136:	6a 00                	push   $0x0
  800138:	e8 d4 0d 00 00       	call   800f11 <sys_env_destroy>
}
  80013d:	83 c4 10             	add    $0x10,%esp
  800140:	c9                   	leave
  800141:	c3                   	ret

00800142 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  800142:	55                   	push   %ebp
  800143:	89 e5                	mov    %esp,%ebp
  800145:	56                   	push   %esi
  800146:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800147:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  80014a:	8b 35 00 20 80 00    	mov    0x802000,%esi
  800150:	e8 fd 0d 00 00       	call   800f52 <sys_getenvid>
  800155:	83 ec 0c             	sub    $0xc,%esp
  800158:	ff 75 0c             	push   0xc(%ebp)
  80015b:	ff 75 08             	push   0x8(%ebp)
  80015e:	56                   	push   %esi
  80015f:	50                   	push   %eax
  800160:	68 30 16 80 00       	push   $0x801630
  800165:	e8 4d 07 00 00       	call   8008b7 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  80016a:	83 c4 18             	add    $0x18,%esp
  80016d:	53                   	push   %ebx
  80016e:	ff 75 10             	push   0x10(%ebp)
  800171:	e8 56 00 00 00       	call   8001cc <vcprintf>
	cprintf("\n");
  800176:	c7 04 24 53 16 80 00 	movl   $0x801653,(%esp)
  80017d:	e8 35 07 00 00       	call   8008b7 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  800182:	cc                   	int3
  800183:	83 c4 10             	add    $0x10,%esp
	for (;;)
  800186:	eb fe                	jmp    800186 <_panic+0x44>

00800188 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  800188:	55                   	push   %ebp
  800189:	89 e5                	mov    %esp,%ebp
  80018b:	53                   	push   %ebx
  80018c:	83 ec 04             	sub    $0x4,%esp
  80018f:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  800192:	8b 13                	mov    (%ebx),%edx
  800194:	8d 42 01             	lea    0x1(%edx),%eax
  800197:	89 03                	mov    %eax,(%ebx)
  800199:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80019c:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  8001a0:	3d 00 01 00 00       	cmp    $0x100,%eax
  8001a5:	74 09                	je     8001b0 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  8001a7:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  8001ab:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8001ae:	c9                   	leave
  8001af:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8001b0:	83 ec 08             	sub    $0x8,%esp
  8001b3:	68 00 01 00 00       	push   $0x100
  8001b8:	8d 43 08             	lea    0x8(%ebx),%eax
  8001bb:	50                   	push   %eax
  8001bc:	e8 13 0d 00 00       	call   800ed4 <sys_cputs>
		b->idx = 0;
  8001c1:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8001c7:	83 c4 10             	add    $0x10,%esp
  8001ca:	eb db                	jmp    8001a7 <putch+0x1f>

008001cc <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8001cc:	55                   	push   %ebp
  8001cd:	89 e5                	mov    %esp,%ebp
  8001cf:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8001d5:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8001dc:	00 00 00 
	b.cnt = 0;
  8001df:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8001e6:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8001e9:	ff 75 0c             	push   0xc(%ebp)
  8001ec:	ff 75 08             	push   0x8(%ebp)
  8001ef:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8001f5:	50                   	push   %eax
  8001f6:	68 88 01 80 00       	push   $0x800188
  8001fb:	e8 64 00 00 00       	call   800264 <vprintfmt>
	if (b->idx > 0) {
  800200:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  800206:	83 c4 10             	add    $0x10,%esp
  800209:	85 c0                	test   %eax,%eax
  80020b:	7f 08                	jg     800215 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  80020d:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  800213:	c9                   	leave
  800214:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  800215:	83 ec 08             	sub    $0x8,%esp
  800218:	50                   	push   %eax
  800219:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  80021f:	50                   	push   %eax
  800220:	e8 af 0c 00 00       	call   800ed4 <sys_cputs>
  800225:	83 c4 10             	add    $0x10,%esp
  800228:	eb e3                	jmp    80020d <vcprintf+0x41>

0080022a <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  80022a:	55                   	push   %ebp
  80022b:	89 e5                	mov    %esp,%ebp
  80022d:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  800230:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  800234:	8b 10                	mov    (%eax),%edx
  800236:	3b 50 04             	cmp    0x4(%eax),%edx
  800239:	73 0a                	jae    800245 <sprintputch+0x1b>
		*b->buf++ = ch;
  80023b:	8d 4a 01             	lea    0x1(%edx),%ecx
  80023e:	89 08                	mov    %ecx,(%eax)
  800240:	8b 45 08             	mov    0x8(%ebp),%eax
  800243:	88 02                	mov    %al,(%edx)
}
  800245:	5d                   	pop    %ebp
  800246:	c3                   	ret

00800247 <printfmt>:
{
  800247:	55                   	push   %ebp
  800248:	89 e5                	mov    %esp,%ebp
  80024a:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  80024d:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  800250:	50                   	push   %eax
  800251:	ff 75 10             	push   0x10(%ebp)
  800254:	ff 75 0c             	push   0xc(%ebp)
  800257:	ff 75 08             	push   0x8(%ebp)
  80025a:	e8 05 00 00 00       	call   800264 <vprintfmt>
}
  80025f:	83 c4 10             	add    $0x10,%esp
  800262:	c9                   	leave
  800263:	c3                   	ret

00800264 <vprintfmt>:
{
  800264:	55                   	push   %ebp
  800265:	89 e5                	mov    %esp,%ebp
  800267:	57                   	push   %edi
  800268:	56                   	push   %esi
  800269:	53                   	push   %ebx
  80026a:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80026d:	8b 45 10             	mov    0x10(%ebp),%eax
  800270:	8d 58 01             	lea    0x1(%eax),%ebx
  800273:	0f b6 00             	movzbl (%eax),%eax
  800276:	83 f8 25             	cmp    $0x25,%eax
  800279:	74 24                	je     80029f <vprintfmt+0x3b>
  80027b:	8b 75 08             	mov    0x8(%ebp),%esi
  80027e:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800281:	85 c0                	test   %eax,%eax
  800283:	0f 84 d8 05 00 00    	je     800861 <vprintfmt+0x5fd>
			putch(ch, putdat);
  800289:	83 ec 08             	sub    $0x8,%esp
  80028c:	57                   	push   %edi
  80028d:	50                   	push   %eax
  80028e:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800290:	83 c3 01             	add    $0x1,%ebx
  800293:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800297:	83 c4 10             	add    $0x10,%esp
  80029a:	83 f8 25             	cmp    $0x25,%eax
  80029d:	75 e2                	jne    800281 <vprintfmt+0x1d>
		padc = ' ';
  80029f:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  8002a3:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  8002a8:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  8002af:	b9 00 00 00 00       	mov    $0x0,%ecx
  8002b4:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8002b6:	8d 53 01             	lea    0x1(%ebx),%edx
  8002b9:	0f b6 0b             	movzbl (%ebx),%ecx
  8002bc:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8002bf:	3c 55                	cmp    $0x55,%al
  8002c1:	0f 87 21 05 00 00    	ja     8007e8 <vprintfmt+0x584>
  8002c7:	0f b6 c0             	movzbl %al,%eax
  8002ca:	ff 24 85 20 17 80 00 	jmp    *0x801720(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8002d1:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8002d4:	eb 97                	jmp    80026d <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8002d6:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8002d8:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8002dc:	eb d8                	jmp    8002b6 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8002de:	89 d3                	mov    %edx,%ebx
  8002e0:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8002e4:	eb d0                	jmp    8002b6 <vprintfmt+0x52>
  8002e6:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8002e9:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8002ec:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8002f0:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8002f3:	83 f9 09             	cmp    $0x9,%ecx
  8002f6:	77 54                	ja     80034c <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8002f8:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8002fb:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8002fe:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  800302:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  800305:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800308:	83 f9 09             	cmp    $0x9,%ecx
  80030b:	76 eb                	jbe    8002f8 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  80030d:	89 d3                	mov    %edx,%ebx
  80030f:	eb 0d                	jmp    80031e <vprintfmt+0xba>
			precision = va_arg(ap, int);
  800311:	8b 45 14             	mov    0x14(%ebp),%eax
  800314:	8b 38                	mov    (%eax),%edi
  800316:	8d 40 04             	lea    0x4(%eax),%eax
  800319:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  80031c:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  80031e:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800322:	79 92                	jns    8002b6 <vprintfmt+0x52>
				width = precision, precision = -1;
  800324:	89 7d ac             	mov    %edi,-0x54(%ebp)
  800327:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  80032c:	eb 88                	jmp    8002b6 <vprintfmt+0x52>
			if (width < 0)
  80032e:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  800331:	85 c9                	test   %ecx,%ecx
  800333:	b8 00 00 00 00       	mov    $0x0,%eax
  800338:	0f 49 c1             	cmovns %ecx,%eax
  80033b:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  80033e:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800340:	e9 71 ff ff ff       	jmp    8002b6 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800345:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800347:	e9 6a ff ff ff       	jmp    8002b6 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80034c:	89 d3                	mov    %edx,%ebx
  80034e:	eb ce                	jmp    80031e <vprintfmt+0xba>
			lflag++;
  800350:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800353:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800355:	e9 5c ff ff ff       	jmp    8002b6 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  80035a:	89 55 10             	mov    %edx,0x10(%ebp)
  80035d:	8b 45 14             	mov    0x14(%ebp),%eax
  800360:	8d 58 04             	lea    0x4(%eax),%ebx
  800363:	83 ec 08             	sub    $0x8,%esp
  800366:	ff 75 0c             	push   0xc(%ebp)
  800369:	ff 30                	push   (%eax)
  80036b:	ff 55 08             	call   *0x8(%ebp)
			break;
  80036e:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800371:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800374:	e9 f4 fe ff ff       	jmp    80026d <vprintfmt+0x9>
			err = va_arg(ap, int);
  800379:	89 55 10             	mov    %edx,0x10(%ebp)
  80037c:	8b 45 14             	mov    0x14(%ebp),%eax
  80037f:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800382:	8b 10                	mov    (%eax),%edx
  800384:	89 d0                	mov    %edx,%eax
  800386:	f7 d8                	neg    %eax
  800388:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  80038b:	83 f8 08             	cmp    $0x8,%eax
  80038e:	7f 27                	jg     8003b7 <vprintfmt+0x153>
  800390:	8b 14 85 80 18 80 00 	mov    0x801880(,%eax,4),%edx
  800397:	85 d2                	test   %edx,%edx
  800399:	74 1c                	je     8003b7 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  80039b:	52                   	push   %edx
  80039c:	68 65 16 80 00       	push   $0x801665
  8003a1:	ff 75 0c             	push   0xc(%ebp)
  8003a4:	ff 75 08             	push   0x8(%ebp)
  8003a7:	e8 9b fe ff ff       	call   800247 <printfmt>
  8003ac:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8003af:	89 5d 14             	mov    %ebx,0x14(%ebp)
  8003b2:	e9 b6 fe ff ff       	jmp    80026d <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  8003b7:	50                   	push   %eax
  8003b8:	68 5c 16 80 00       	push   $0x80165c
  8003bd:	ff 75 0c             	push   0xc(%ebp)
  8003c0:	ff 75 08             	push   0x8(%ebp)
  8003c3:	e8 7f fe ff ff       	call   800247 <printfmt>
  8003c8:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8003cb:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8003ce:	e9 9a fe ff ff       	jmp    80026d <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8003d3:	89 55 10             	mov    %edx,0x10(%ebp)
  8003d6:	8b 45 14             	mov    0x14(%ebp),%eax
  8003d9:	83 c0 04             	add    $0x4,%eax
  8003dc:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8003df:	8b 45 14             	mov    0x14(%ebp),%eax
  8003e2:	8b 30                	mov    (%eax),%esi
  8003e4:	85 f6                	test   %esi,%esi
  8003e6:	0f 84 53 04 00 00    	je     80083f <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8003ec:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8003f0:	7e 06                	jle    8003f8 <vprintfmt+0x194>
  8003f2:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8003f6:	75 1b                	jne    800413 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8003f8:	8d 5e 01             	lea    0x1(%esi),%ebx
  8003fb:	0f be 06             	movsbl (%esi),%eax
  8003fe:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800401:	85 c0                	test   %eax,%eax
  800403:	0f 85 80 00 00 00    	jne    800489 <vprintfmt+0x225>
  800409:	e9 8c 00 00 00       	jmp    80049a <vprintfmt+0x236>
				p = "(null)";
  80040e:	be 55 16 80 00       	mov    $0x801655,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  800413:	83 ec 08             	sub    $0x8,%esp
  800416:	57                   	push   %edi
  800417:	56                   	push   %esi
  800418:	e8 ea 04 00 00       	call   800907 <strnlen>
  80041d:	29 45 ac             	sub    %eax,-0x54(%ebp)
  800420:	8b 55 ac             	mov    -0x54(%ebp),%edx
  800423:	83 c4 10             	add    $0x10,%esp
  800426:	85 d2                	test   %edx,%edx
  800428:	0f 8e f5 03 00 00    	jle    800823 <vprintfmt+0x5bf>
					putch(padc, putdat);
  80042e:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  800432:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800435:	89 d6                	mov    %edx,%esi
  800437:	89 7d b0             	mov    %edi,-0x50(%ebp)
  80043a:	8b 7d 0c             	mov    0xc(%ebp),%edi
  80043d:	83 ec 08             	sub    $0x8,%esp
  800440:	57                   	push   %edi
  800441:	53                   	push   %ebx
  800442:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800445:	83 c4 10             	add    $0x10,%esp
  800448:	83 ee 01             	sub    $0x1,%esi
  80044b:	75 f0                	jne    80043d <vprintfmt+0x1d9>
  80044d:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800450:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800453:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800456:	8d 5e 01             	lea    0x1(%esi),%ebx
  800459:	0f be 06             	movsbl (%esi),%eax
  80045c:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80045f:	85 c0                	test   %eax,%eax
  800461:	75 26                	jne    800489 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800463:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800466:	89 45 14             	mov    %eax,0x14(%ebp)
  800469:	e9 ff fd ff ff       	jmp    80026d <vprintfmt+0x9>
				putch(ch, putdat);
  80046e:	83 ec 08             	sub    $0x8,%esp
  800471:	ff 75 0c             	push   0xc(%ebp)
  800474:	50                   	push   %eax
  800475:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800478:	83 ee 01             	sub    $0x1,%esi
  80047b:	83 c3 01             	add    $0x1,%ebx
  80047e:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800482:	83 c4 10             	add    $0x10,%esp
  800485:	85 c0                	test   %eax,%eax
  800487:	74 0e                	je     800497 <vprintfmt+0x233>
  800489:	85 ff                	test   %edi,%edi
  80048b:	78 e1                	js     80046e <vprintfmt+0x20a>
  80048d:	83 ef 01             	sub    $0x1,%edi
  800490:	79 dc                	jns    80046e <vprintfmt+0x20a>
  800492:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800495:	eb 03                	jmp    80049a <vprintfmt+0x236>
  800497:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  80049a:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80049e:	7e 24                	jle    8004c4 <vprintfmt+0x260>
  8004a0:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  8004a3:	8b 75 08             	mov    0x8(%ebp),%esi
  8004a6:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  8004a9:	83 ec 08             	sub    $0x8,%esp
  8004ac:	57                   	push   %edi
  8004ad:	6a 20                	push   $0x20
  8004af:	ff d6                	call   *%esi
			for (; width > 0; width--)
  8004b1:	83 c4 10             	add    $0x10,%esp
  8004b4:	83 eb 01             	sub    $0x1,%ebx
  8004b7:	75 f0                	jne    8004a9 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  8004b9:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8004bc:	89 45 14             	mov    %eax,0x14(%ebp)
  8004bf:	e9 a9 fd ff ff       	jmp    80026d <vprintfmt+0x9>
  8004c4:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8004c7:	89 45 14             	mov    %eax,0x14(%ebp)
  8004ca:	e9 9e fd ff ff       	jmp    80026d <vprintfmt+0x9>
	if (lflag >= 2)
  8004cf:	89 55 10             	mov    %edx,0x10(%ebp)
  8004d2:	83 fe 01             	cmp    $0x1,%esi
  8004d5:	7f 1b                	jg     8004f2 <vprintfmt+0x28e>
	else if (lflag)
  8004d7:	85 f6                	test   %esi,%esi
  8004d9:	74 39                	je     800514 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8004db:	8b 45 14             	mov    0x14(%ebp),%eax
  8004de:	8b 00                	mov    (%eax),%eax
  8004e0:	89 c6                	mov    %eax,%esi
  8004e2:	89 c7                	mov    %eax,%edi
  8004e4:	c1 ff 1f             	sar    $0x1f,%edi
  8004e7:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ea:	8d 40 04             	lea    0x4(%eax),%eax
  8004ed:	89 45 14             	mov    %eax,0x14(%ebp)
  8004f0:	eb 0e                	jmp    800500 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8004f2:	8b 45 14             	mov    0x14(%ebp),%eax
  8004f5:	8b 30                	mov    (%eax),%esi
  8004f7:	8b 78 04             	mov    0x4(%eax),%edi
  8004fa:	8d 40 08             	lea    0x8(%eax),%eax
  8004fd:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  800500:	85 ff                	test   %edi,%edi
  800502:	78 27                	js     80052b <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  800504:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800507:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  80050a:	b8 0a 00 00 00       	mov    $0xa,%eax
  80050f:	e9 53 01 00 00       	jmp    800667 <vprintfmt+0x403>
		return va_arg(*ap, int);
  800514:	8b 45 14             	mov    0x14(%ebp),%eax
  800517:	8b 00                	mov    (%eax),%eax
  800519:	89 c6                	mov    %eax,%esi
  80051b:	89 c7                	mov    %eax,%edi
  80051d:	c1 ff 1f             	sar    $0x1f,%edi
  800520:	8b 45 14             	mov    0x14(%ebp),%eax
  800523:	8d 40 04             	lea    0x4(%eax),%eax
  800526:	89 45 14             	mov    %eax,0x14(%ebp)
  800529:	eb d5                	jmp    800500 <vprintfmt+0x29c>
				putch('-', putdat);
  80052b:	83 ec 08             	sub    $0x8,%esp
  80052e:	ff 75 0c             	push   0xc(%ebp)
  800531:	6a 2d                	push   $0x2d
  800533:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800536:	f7 de                	neg    %esi
  800538:	83 d7 00             	adc    $0x0,%edi
  80053b:	f7 df                	neg    %edi
  80053d:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800540:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800543:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800546:	b8 0a 00 00 00       	mov    $0xa,%eax
  80054b:	e9 17 01 00 00       	jmp    800667 <vprintfmt+0x403>
	if (lflag >= 2)
  800550:	89 55 10             	mov    %edx,0x10(%ebp)
  800553:	83 fe 01             	cmp    $0x1,%esi
  800556:	7f 27                	jg     80057f <vprintfmt+0x31b>
	else if (lflag)
  800558:	85 f6                	test   %esi,%esi
  80055a:	74 44                	je     8005a0 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  80055c:	8b 45 14             	mov    0x14(%ebp),%eax
  80055f:	8b 00                	mov    (%eax),%eax
  800561:	ba 00 00 00 00       	mov    $0x0,%edx
  800566:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800569:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80056c:	8b 45 14             	mov    0x14(%ebp),%eax
  80056f:	8d 40 04             	lea    0x4(%eax),%eax
  800572:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800575:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  80057a:	e9 e8 00 00 00       	jmp    800667 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80057f:	8b 45 14             	mov    0x14(%ebp),%eax
  800582:	8b 50 04             	mov    0x4(%eax),%edx
  800585:	8b 00                	mov    (%eax),%eax
  800587:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80058a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80058d:	8b 45 14             	mov    0x14(%ebp),%eax
  800590:	8d 40 08             	lea    0x8(%eax),%eax
  800593:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800596:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  80059b:	e9 c7 00 00 00       	jmp    800667 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8005a0:	8b 45 14             	mov    0x14(%ebp),%eax
  8005a3:	8b 00                	mov    (%eax),%eax
  8005a5:	ba 00 00 00 00       	mov    $0x0,%edx
  8005aa:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005ad:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005b0:	8b 45 14             	mov    0x14(%ebp),%eax
  8005b3:	8d 40 04             	lea    0x4(%eax),%eax
  8005b6:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8005b9:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8005be:	e9 a4 00 00 00       	jmp    800667 <vprintfmt+0x403>
	if (lflag >= 2)
  8005c3:	89 55 10             	mov    %edx,0x10(%ebp)
  8005c6:	83 fe 01             	cmp    $0x1,%esi
  8005c9:	7f 24                	jg     8005ef <vprintfmt+0x38b>
	else if (lflag)
  8005cb:	85 f6                	test   %esi,%esi
  8005cd:	74 3e                	je     80060d <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8005cf:	8b 45 14             	mov    0x14(%ebp),%eax
  8005d2:	8b 00                	mov    (%eax),%eax
  8005d4:	ba 00 00 00 00       	mov    $0x0,%edx
  8005d9:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005dc:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005df:	8b 45 14             	mov    0x14(%ebp),%eax
  8005e2:	8d 40 04             	lea    0x4(%eax),%eax
  8005e5:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005e8:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8005ed:	eb 78                	jmp    800667 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8005ef:	8b 45 14             	mov    0x14(%ebp),%eax
  8005f2:	8b 50 04             	mov    0x4(%eax),%edx
  8005f5:	8b 00                	mov    (%eax),%eax
  8005f7:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005fa:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005fd:	8b 45 14             	mov    0x14(%ebp),%eax
  800600:	8d 40 08             	lea    0x8(%eax),%eax
  800603:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800606:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  80060b:	eb 5a                	jmp    800667 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80060d:	8b 45 14             	mov    0x14(%ebp),%eax
  800610:	8b 00                	mov    (%eax),%eax
  800612:	ba 00 00 00 00       	mov    $0x0,%edx
  800617:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80061a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80061d:	8b 45 14             	mov    0x14(%ebp),%eax
  800620:	8d 40 04             	lea    0x4(%eax),%eax
  800623:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800626:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  80062b:	eb 3a                	jmp    800667 <vprintfmt+0x403>
			putch('0', putdat);
  80062d:	89 55 10             	mov    %edx,0x10(%ebp)
  800630:	83 ec 08             	sub    $0x8,%esp
  800633:	ff 75 0c             	push   0xc(%ebp)
  800636:	6a 30                	push   $0x30
  800638:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  80063b:	83 c4 08             	add    $0x8,%esp
  80063e:	ff 75 0c             	push   0xc(%ebp)
  800641:	6a 78                	push   $0x78
  800643:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800646:	8b 45 14             	mov    0x14(%ebp),%eax
  800649:	8b 00                	mov    (%eax),%eax
  80064b:	ba 00 00 00 00       	mov    $0x0,%edx
  800650:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800653:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800656:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800659:	8b 45 14             	mov    0x14(%ebp),%eax
  80065c:	8d 40 04             	lea    0x4(%eax),%eax
  80065f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800662:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800667:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  80066b:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  80066e:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800673:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800676:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  80067d:	89 7d a8             	mov    %edi,-0x58(%ebp)
  800680:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800683:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800686:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800689:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  80068d:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  800690:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800693:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800696:	ff 75 bc             	push   -0x44(%ebp)
  800699:	ff 75 b8             	push   -0x48(%ebp)
  80069c:	57                   	push   %edi
  80069d:	56                   	push   %esi
  80069e:	e8 2f 07 00 00       	call   800dd2 <__umoddi3>
  8006a3:	83 c4 10             	add    $0x10,%esp
  8006a6:	0f b6 80 68 16 80 00 	movzbl 0x801668(%eax),%eax
  8006ad:	88 03                	mov    %al,(%ebx)
		num /= base;
  8006af:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006b2:	89 fb                	mov    %edi,%ebx
  8006b4:	ff 75 bc             	push   -0x44(%ebp)
  8006b7:	ff 75 b8             	push   -0x48(%ebp)
  8006ba:	57                   	push   %edi
  8006bb:	56                   	push   %esi
  8006bc:	e8 f6 06 00 00       	call   800db7 <__udivdi3>
  8006c1:	83 c4 10             	add    $0x10,%esp
  8006c4:	89 c6                	mov    %eax,%esi
  8006c6:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8006c8:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8006cb:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8006ce:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8006d1:	73 b6                	jae    800689 <vprintfmt+0x425>
	pad = width - n;
  8006d3:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8006d6:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8006d9:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006dc:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8006de:	83 ff 2d             	cmp    $0x2d,%edi
  8006e1:	0f 84 de 00 00 00    	je     8007c5 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8006e7:	85 f6                	test   %esi,%esi
  8006e9:	0f 8e 27 01 00 00    	jle    800816 <vprintfmt+0x5b2>
  8006ef:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8006f2:	83 ec 08             	sub    $0x8,%esp
  8006f5:	53                   	push   %ebx
  8006f6:	57                   	push   %edi
  8006f7:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8006fa:	83 c4 10             	add    $0x10,%esp
  8006fd:	83 ee 01             	sub    $0x1,%esi
  800700:	75 f0                	jne    8006f2 <vprintfmt+0x48e>
  800702:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  800705:	85 db                	test   %ebx,%ebx
  800707:	0f 8e 60 fb ff ff    	jle    80026d <vprintfmt+0x9>
		putch(digits[--n], putdat);
  80070d:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800710:	8b 75 08             	mov    0x8(%ebp),%esi
  800713:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800716:	83 eb 01             	sub    $0x1,%ebx
  800719:	83 ec 08             	sub    $0x8,%esp
  80071c:	57                   	push   %edi
  80071d:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  800722:	50                   	push   %eax
  800723:	ff d6                	call   *%esi
	while (n > 0)
  800725:	83 c4 10             	add    $0x10,%esp
  800728:	85 db                	test   %ebx,%ebx
  80072a:	7f ea                	jg     800716 <vprintfmt+0x4b2>
  80072c:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  80072f:	85 f6                	test   %esi,%esi
  800731:	0f 8e 36 fb ff ff    	jle    80026d <vprintfmt+0x9>
  800737:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80073a:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  80073d:	83 ec 08             	sub    $0x8,%esp
  800740:	57                   	push   %edi
  800741:	6a 20                	push   $0x20
  800743:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800745:	83 c4 10             	add    $0x10,%esp
  800748:	83 ee 01             	sub    $0x1,%esi
  80074b:	75 f0                	jne    80073d <vprintfmt+0x4d9>
  80074d:	e9 1b fb ff ff       	jmp    80026d <vprintfmt+0x9>
	if (lflag >= 2)
  800752:	89 55 10             	mov    %edx,0x10(%ebp)
  800755:	83 fe 01             	cmp    $0x1,%esi
  800758:	7f 27                	jg     800781 <vprintfmt+0x51d>
	else if (lflag)
  80075a:	85 f6                	test   %esi,%esi
  80075c:	74 44                	je     8007a2 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  80075e:	8b 45 14             	mov    0x14(%ebp),%eax
  800761:	8b 00                	mov    (%eax),%eax
  800763:	ba 00 00 00 00       	mov    $0x0,%edx
  800768:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80076b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80076e:	8b 45 14             	mov    0x14(%ebp),%eax
  800771:	8d 40 04             	lea    0x4(%eax),%eax
  800774:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800777:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  80077c:	e9 e6 fe ff ff       	jmp    800667 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800781:	8b 45 14             	mov    0x14(%ebp),%eax
  800784:	8b 50 04             	mov    0x4(%eax),%edx
  800787:	8b 00                	mov    (%eax),%eax
  800789:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80078c:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80078f:	8b 45 14             	mov    0x14(%ebp),%eax
  800792:	8d 40 08             	lea    0x8(%eax),%eax
  800795:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800798:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  80079d:	e9 c5 fe ff ff       	jmp    800667 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8007a2:	8b 45 14             	mov    0x14(%ebp),%eax
  8007a5:	8b 00                	mov    (%eax),%eax
  8007a7:	ba 00 00 00 00       	mov    $0x0,%edx
  8007ac:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007af:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007b2:	8b 45 14             	mov    0x14(%ebp),%eax
  8007b5:	8d 40 04             	lea    0x4(%eax),%eax
  8007b8:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8007bb:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8007c0:	e9 a2 fe ff ff       	jmp    800667 <vprintfmt+0x403>
	while (n > 0)
  8007c5:	85 db                	test   %ebx,%ebx
  8007c7:	0f 8f 40 ff ff ff    	jg     80070d <vprintfmt+0x4a9>
  8007cd:	e9 5d ff ff ff       	jmp    80072f <vprintfmt+0x4cb>
			putch(ch, putdat);
  8007d2:	89 55 10             	mov    %edx,0x10(%ebp)
  8007d5:	83 ec 08             	sub    $0x8,%esp
  8007d8:	ff 75 0c             	push   0xc(%ebp)
  8007db:	6a 25                	push   $0x25
  8007dd:	ff 55 08             	call   *0x8(%ebp)
			break;
  8007e0:	83 c4 10             	add    $0x10,%esp
  8007e3:	e9 85 fa ff ff       	jmp    80026d <vprintfmt+0x9>
			putch('%', putdat);
  8007e8:	83 ec 08             	sub    $0x8,%esp
  8007eb:	ff 75 0c             	push   0xc(%ebp)
  8007ee:	6a 25                	push   $0x25
  8007f0:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8007f3:	83 c4 10             	add    $0x10,%esp
  8007f6:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8007fa:	0f 84 d1 fa ff ff    	je     8002d1 <vprintfmt+0x6d>
  800800:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800803:	89 d8                	mov    %ebx,%eax
  800805:	83 e8 01             	sub    $0x1,%eax
  800808:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  80080c:	75 f7                	jne    800805 <vprintfmt+0x5a1>
  80080e:	89 45 10             	mov    %eax,0x10(%ebp)
  800811:	e9 57 fa ff ff       	jmp    80026d <vprintfmt+0x9>
	while (n > 0)
  800816:	85 db                	test   %ebx,%ebx
  800818:	0f 8f ef fe ff ff    	jg     80070d <vprintfmt+0x4a9>
  80081e:	e9 4a fa ff ff       	jmp    80026d <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800823:	8d 5e 01             	lea    0x1(%esi),%ebx
  800826:	0f be 06             	movsbl (%esi),%eax
  800829:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80082c:	85 c0                	test   %eax,%eax
  80082e:	0f 85 55 fc ff ff    	jne    800489 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800834:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800837:	89 45 14             	mov    %eax,0x14(%ebp)
  80083a:	e9 2e fa ff ff       	jmp    80026d <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  80083f:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800843:	74 0a                	je     80084f <vprintfmt+0x5eb>
  800845:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800849:	0f 8f bf fb ff ff    	jg     80040e <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80084f:	b8 28 00 00 00       	mov    $0x28,%eax
  800854:	bb 56 16 80 00       	mov    $0x801656,%ebx
  800859:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80085c:	e9 28 fc ff ff       	jmp    800489 <vprintfmt+0x225>
}
  800861:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800864:	5b                   	pop    %ebx
  800865:	5e                   	pop    %esi
  800866:	5f                   	pop    %edi
  800867:	5d                   	pop    %ebp
  800868:	c3                   	ret

00800869 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800869:	55                   	push   %ebp
  80086a:	89 e5                	mov    %esp,%ebp
  80086c:	83 ec 18             	sub    $0x18,%esp
  80086f:	8b 45 08             	mov    0x8(%ebp),%eax
  800872:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800875:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800878:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  80087c:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  80087f:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800886:	85 c0                	test   %eax,%eax
  800888:	74 26                	je     8008b0 <vsnprintf+0x47>
  80088a:	85 d2                	test   %edx,%edx
  80088c:	7e 22                	jle    8008b0 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  80088e:	ff 75 14             	push   0x14(%ebp)
  800891:	ff 75 10             	push   0x10(%ebp)
  800894:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800897:	50                   	push   %eax
  800898:	68 2a 02 80 00       	push   $0x80022a
  80089d:	e8 c2 f9 ff ff       	call   800264 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  8008a2:	8b 45 ec             	mov    -0x14(%ebp),%eax
  8008a5:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  8008a8:	8b 45 f4             	mov    -0xc(%ebp),%eax
  8008ab:	83 c4 10             	add    $0x10,%esp
}
  8008ae:	c9                   	leave
  8008af:	c3                   	ret
		return -E_INVAL;
  8008b0:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  8008b5:	eb f7                	jmp    8008ae <vsnprintf+0x45>

008008b7 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  8008b7:	55                   	push   %ebp
  8008b8:	89 e5                	mov    %esp,%ebp
  8008ba:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  8008bd:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  8008c0:	50                   	push   %eax
  8008c1:	ff 75 08             	push   0x8(%ebp)
  8008c4:	e8 03 f9 ff ff       	call   8001cc <vcprintf>
	va_end(ap);

	return cnt;
}
  8008c9:	c9                   	leave
  8008ca:	c3                   	ret

008008cb <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  8008cb:	55                   	push   %ebp
  8008cc:	89 e5                	mov    %esp,%ebp
  8008ce:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  8008d1:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  8008d4:	50                   	push   %eax
  8008d5:	ff 75 10             	push   0x10(%ebp)
  8008d8:	ff 75 0c             	push   0xc(%ebp)
  8008db:	ff 75 08             	push   0x8(%ebp)
  8008de:	e8 86 ff ff ff       	call   800869 <vsnprintf>
	va_end(ap);

	return rc;
}
  8008e3:	c9                   	leave
  8008e4:	c3                   	ret

008008e5 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8008e5:	55                   	push   %ebp
  8008e6:	89 e5                	mov    %esp,%ebp
  8008e8:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8008eb:	80 3a 00             	cmpb   $0x0,(%edx)
  8008ee:	74 10                	je     800900 <strlen+0x1b>
  8008f0:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  8008f5:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  8008f8:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  8008fc:	75 f7                	jne    8008f5 <strlen+0x10>
	return n;
}
  8008fe:	5d                   	pop    %ebp
  8008ff:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  800900:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800905:	eb f7                	jmp    8008fe <strlen+0x19>

00800907 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800907:	55                   	push   %ebp
  800908:	89 e5                	mov    %esp,%ebp
  80090a:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80090d:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800910:	85 d2                	test   %edx,%edx
  800912:	74 16                	je     80092a <strnlen+0x23>
  800914:	b8 00 00 00 00       	mov    $0x0,%eax
  800919:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  80091d:	74 09                	je     800928 <strnlen+0x21>
		n++;
  80091f:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800922:	39 d0                	cmp    %edx,%eax
  800924:	75 f3                	jne    800919 <strnlen+0x12>
		n++;
  800926:	89 d0                	mov    %edx,%eax
	return n;
}
  800928:	5d                   	pop    %ebp
  800929:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80092a:	b8 00 00 00 00       	mov    $0x0,%eax
  80092f:	eb f7                	jmp    800928 <strnlen+0x21>

00800931 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800931:	55                   	push   %ebp
  800932:	89 e5                	mov    %esp,%ebp
  800934:	53                   	push   %ebx
  800935:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800938:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  80093b:	b8 00 00 00 00       	mov    $0x0,%eax
  800940:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800944:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800947:	83 c0 01             	add    $0x1,%eax
  80094a:	84 d2                	test   %dl,%dl
  80094c:	75 f2                	jne    800940 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  80094e:	89 c8                	mov    %ecx,%eax
  800950:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800953:	c9                   	leave
  800954:	c3                   	ret

00800955 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800955:	55                   	push   %ebp
  800956:	89 e5                	mov    %esp,%ebp
  800958:	53                   	push   %ebx
  800959:	83 ec 10             	sub    $0x10,%esp
  80095c:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  80095f:	53                   	push   %ebx
  800960:	e8 80 ff ff ff       	call   8008e5 <strlen>
  800965:	83 c4 08             	add    $0x8,%esp
  800968:	ff 75 0c             	push   0xc(%ebp)
  80096b:	01 d8                	add    %ebx,%eax
  80096d:	50                   	push   %eax
  80096e:	e8 be ff ff ff       	call   800931 <strcpy>
	return dst;
}
  800973:	89 d8                	mov    %ebx,%eax
  800975:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800978:	c9                   	leave
  800979:	c3                   	ret

0080097a <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  80097a:	55                   	push   %ebp
  80097b:	89 e5                	mov    %esp,%ebp
  80097d:	56                   	push   %esi
  80097e:	53                   	push   %ebx
  80097f:	8b 75 08             	mov    0x8(%ebp),%esi
  800982:	8b 55 0c             	mov    0xc(%ebp),%edx
  800985:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800988:	85 db                	test   %ebx,%ebx
  80098a:	74 17                	je     8009a3 <strncpy+0x29>
  80098c:	01 f3                	add    %esi,%ebx
  80098e:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800990:	83 c0 01             	add    $0x1,%eax
  800993:	0f b6 0a             	movzbl (%edx),%ecx
  800996:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800999:	80 f9 01             	cmp    $0x1,%cl
  80099c:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  80099f:	39 c3                	cmp    %eax,%ebx
  8009a1:	75 ed                	jne    800990 <strncpy+0x16>
	}
	return ret;
}
  8009a3:	89 f0                	mov    %esi,%eax
  8009a5:	5b                   	pop    %ebx
  8009a6:	5e                   	pop    %esi
  8009a7:	5d                   	pop    %ebp
  8009a8:	c3                   	ret

008009a9 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  8009a9:	55                   	push   %ebp
  8009aa:	89 e5                	mov    %esp,%ebp
  8009ac:	56                   	push   %esi
  8009ad:	53                   	push   %ebx
  8009ae:	8b 75 08             	mov    0x8(%ebp),%esi
  8009b1:	8b 55 0c             	mov    0xc(%ebp),%edx
  8009b4:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  8009b7:	89 f0                	mov    %esi,%eax
  8009b9:	85 db                	test   %ebx,%ebx
  8009bb:	74 1e                	je     8009db <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  8009bd:	83 eb 01             	sub    $0x1,%ebx
  8009c0:	74 16                	je     8009d8 <strlcpy+0x2f>
  8009c2:	01 f3                	add    %esi,%ebx
  8009c4:	0f b6 0a             	movzbl (%edx),%ecx
  8009c7:	84 c9                	test   %cl,%cl
  8009c9:	74 0d                	je     8009d8 <strlcpy+0x2f>
			*dst++ = *src++;
  8009cb:	83 c2 01             	add    $0x1,%edx
  8009ce:	83 c0 01             	add    $0x1,%eax
  8009d1:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  8009d4:	39 d8                	cmp    %ebx,%eax
  8009d6:	75 ec                	jne    8009c4 <strlcpy+0x1b>
		*dst = '\0';
  8009d8:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  8009db:	29 f0                	sub    %esi,%eax
}
  8009dd:	5b                   	pop    %ebx
  8009de:	5e                   	pop    %esi
  8009df:	5d                   	pop    %ebp
  8009e0:	c3                   	ret

008009e1 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  8009e1:	55                   	push   %ebp
  8009e2:	89 e5                	mov    %esp,%ebp
  8009e4:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8009e7:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  8009ea:	0f b6 01             	movzbl (%ecx),%eax
  8009ed:	84 c0                	test   %al,%al
  8009ef:	74 11                	je     800a02 <strcmp+0x21>
  8009f1:	38 02                	cmp    %al,(%edx)
  8009f3:	75 0d                	jne    800a02 <strcmp+0x21>
		p++, q++;
  8009f5:	83 c1 01             	add    $0x1,%ecx
  8009f8:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  8009fb:	0f b6 01             	movzbl (%ecx),%eax
  8009fe:	84 c0                	test   %al,%al
  800a00:	75 ef                	jne    8009f1 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800a02:	0f b6 c0             	movzbl %al,%eax
  800a05:	0f b6 12             	movzbl (%edx),%edx
  800a08:	29 d0                	sub    %edx,%eax
}
  800a0a:	5d                   	pop    %ebp
  800a0b:	c3                   	ret

00800a0c <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800a0c:	55                   	push   %ebp
  800a0d:	89 e5                	mov    %esp,%ebp
  800a0f:	53                   	push   %ebx
  800a10:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800a13:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800a16:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800a19:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800a1e:	85 d2                	test   %edx,%edx
  800a20:	74 2e                	je     800a50 <strncmp+0x44>
  800a22:	0f b6 01             	movzbl (%ecx),%eax
  800a25:	84 c0                	test   %al,%al
  800a27:	74 16                	je     800a3f <strncmp+0x33>
  800a29:	3a 03                	cmp    (%ebx),%al
  800a2b:	75 12                	jne    800a3f <strncmp+0x33>
		n--, p++, q++;
  800a2d:	83 c1 01             	add    $0x1,%ecx
  800a30:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800a33:	83 ea 01             	sub    $0x1,%edx
  800a36:	75 ea                	jne    800a22 <strncmp+0x16>
		return 0;
  800a38:	b8 00 00 00 00       	mov    $0x0,%eax
  800a3d:	eb 11                	jmp    800a50 <strncmp+0x44>
  800a3f:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800a44:	85 d2                	test   %edx,%edx
  800a46:	74 08                	je     800a50 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800a48:	0f b6 01             	movzbl (%ecx),%eax
  800a4b:	0f b6 13             	movzbl (%ebx),%edx
  800a4e:	29 d0                	sub    %edx,%eax
}
  800a50:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a53:	c9                   	leave
  800a54:	c3                   	ret

00800a55 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800a55:	55                   	push   %ebp
  800a56:	89 e5                	mov    %esp,%ebp
  800a58:	8b 45 08             	mov    0x8(%ebp),%eax
  800a5b:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800a5f:	0f b6 10             	movzbl (%eax),%edx
  800a62:	84 d2                	test   %dl,%dl
  800a64:	74 15                	je     800a7b <strchr+0x26>
		if (*s == c)
  800a66:	38 d1                	cmp    %dl,%cl
  800a68:	74 0f                	je     800a79 <strchr+0x24>
	for (; *s; s++)
  800a6a:	83 c0 01             	add    $0x1,%eax
  800a6d:	0f b6 10             	movzbl (%eax),%edx
  800a70:	84 d2                	test   %dl,%dl
  800a72:	75 f2                	jne    800a66 <strchr+0x11>
			return (char *) s;
	return 0;
  800a74:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800a79:	5d                   	pop    %ebp
  800a7a:	c3                   	ret
	return 0;
  800a7b:	b8 00 00 00 00       	mov    $0x0,%eax
  800a80:	eb f7                	jmp    800a79 <strchr+0x24>

00800a82 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800a82:	55                   	push   %ebp
  800a83:	89 e5                	mov    %esp,%ebp
  800a85:	53                   	push   %ebx
  800a86:	8b 45 08             	mov    0x8(%ebp),%eax
  800a89:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800a8c:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800a8f:	38 d3                	cmp    %dl,%bl
  800a91:	74 14                	je     800aa7 <strfind+0x25>
  800a93:	89 d1                	mov    %edx,%ecx
  800a95:	84 db                	test   %bl,%bl
  800a97:	74 0e                	je     800aa7 <strfind+0x25>
	for (; *s; s++)
  800a99:	83 c0 01             	add    $0x1,%eax
  800a9c:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800a9f:	38 ca                	cmp    %cl,%dl
  800aa1:	74 04                	je     800aa7 <strfind+0x25>
  800aa3:	84 d2                	test   %dl,%dl
  800aa5:	75 f2                	jne    800a99 <strfind+0x17>
			break;
	return (char *) s;
}
  800aa7:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800aaa:	c9                   	leave
  800aab:	c3                   	ret

00800aac <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800aac:	55                   	push   %ebp
  800aad:	89 e5                	mov    %esp,%ebp
  800aaf:	53                   	push   %ebx
  800ab0:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800ab3:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ab6:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800ab9:	85 d2                	test   %edx,%edx
  800abb:	74 0e                	je     800acb <memset+0x1f>
  800abd:	01 da                	add    %ebx,%edx
	char *p = v;
  800abf:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800ac1:	83 c0 01             	add    $0x1,%eax
  800ac4:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800ac7:	39 c2                	cmp    %eax,%edx
  800ac9:	75 f6                	jne    800ac1 <memset+0x15>
	return v;
}
  800acb:	89 d8                	mov    %ebx,%eax
  800acd:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800ad0:	c9                   	leave
  800ad1:	c3                   	ret

00800ad2 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800ad2:	55                   	push   %ebp
  800ad3:	89 e5                	mov    %esp,%ebp
  800ad5:	56                   	push   %esi
  800ad6:	53                   	push   %ebx
  800ad7:	8b 75 08             	mov    0x8(%ebp),%esi
  800ada:	8b 45 0c             	mov    0xc(%ebp),%eax
  800add:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800ae0:	39 f0                	cmp    %esi,%eax
  800ae2:	72 20                	jb     800b04 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800ae4:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800ae7:	89 f2                	mov    %esi,%edx
  800ae9:	85 c9                	test   %ecx,%ecx
  800aeb:	74 11                	je     800afe <memmove+0x2c>
			*d++ = *s++;
  800aed:	83 c0 01             	add    $0x1,%eax
  800af0:	83 c2 01             	add    $0x1,%edx
  800af3:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800af7:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800afa:	39 d8                	cmp    %ebx,%eax
  800afc:	75 ef                	jne    800aed <memmove+0x1b>
	return dst;
}
  800afe:	89 f0                	mov    %esi,%eax
  800b00:	5b                   	pop    %ebx
  800b01:	5e                   	pop    %esi
  800b02:	5d                   	pop    %ebp
  800b03:	c3                   	ret
	if (s < d && s + n > d) {
  800b04:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800b07:	39 d6                	cmp    %edx,%esi
  800b09:	73 d9                	jae    800ae4 <memmove+0x12>
		while (n-- > 0)
  800b0b:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800b0e:	85 c9                	test   %ecx,%ecx
  800b10:	74 ec                	je     800afe <memmove+0x2c>
			*--d = *--s;
  800b12:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800b16:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800b19:	83 ea 01             	sub    $0x1,%edx
  800b1c:	83 fa ff             	cmp    $0xffffffff,%edx
  800b1f:	75 f1                	jne    800b12 <memmove+0x40>
  800b21:	eb db                	jmp    800afe <memmove+0x2c>

00800b23 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800b23:	55                   	push   %ebp
  800b24:	89 e5                	mov    %esp,%ebp
  800b26:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800b29:	ff 75 10             	push   0x10(%ebp)
  800b2c:	ff 75 0c             	push   0xc(%ebp)
  800b2f:	ff 75 08             	push   0x8(%ebp)
  800b32:	e8 9b ff ff ff       	call   800ad2 <memmove>
}
  800b37:	c9                   	leave
  800b38:	c3                   	ret

00800b39 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800b39:	55                   	push   %ebp
  800b3a:	89 e5                	mov    %esp,%ebp
  800b3c:	56                   	push   %esi
  800b3d:	53                   	push   %ebx
  800b3e:	8b 45 08             	mov    0x8(%ebp),%eax
  800b41:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b44:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800b47:	85 f6                	test   %esi,%esi
  800b49:	74 29                	je     800b74 <memcmp+0x3b>
  800b4b:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800b4d:	0f b6 08             	movzbl (%eax),%ecx
  800b50:	0f b6 1a             	movzbl (%edx),%ebx
  800b53:	38 d9                	cmp    %bl,%cl
  800b55:	75 11                	jne    800b68 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800b57:	83 c0 01             	add    $0x1,%eax
  800b5a:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800b5d:	39 c6                	cmp    %eax,%esi
  800b5f:	75 ec                	jne    800b4d <memcmp+0x14>
	}
	return 0;
  800b61:	b8 00 00 00 00       	mov    $0x0,%eax
  800b66:	eb 08                	jmp    800b70 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800b68:	0f b6 c1             	movzbl %cl,%eax
  800b6b:	0f b6 db             	movzbl %bl,%ebx
  800b6e:	29 d8                	sub    %ebx,%eax
}
  800b70:	5b                   	pop    %ebx
  800b71:	5e                   	pop    %esi
  800b72:	5d                   	pop    %ebp
  800b73:	c3                   	ret
	return 0;
  800b74:	b8 00 00 00 00       	mov    $0x0,%eax
  800b79:	eb f5                	jmp    800b70 <memcmp+0x37>

00800b7b <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800b7b:	55                   	push   %ebp
  800b7c:	89 e5                	mov    %esp,%ebp
  800b7e:	8b 45 08             	mov    0x8(%ebp),%eax
  800b81:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800b84:	89 c2                	mov    %eax,%edx
  800b86:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800b89:	39 d0                	cmp    %edx,%eax
  800b8b:	73 0d                	jae    800b9a <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800b8d:	38 08                	cmp    %cl,(%eax)
  800b8f:	74 0d                	je     800b9e <memfind+0x23>
	for (; s < ends; s++)
  800b91:	83 c0 01             	add    $0x1,%eax
  800b94:	39 c2                	cmp    %eax,%edx
  800b96:	75 f5                	jne    800b8d <memfind+0x12>
  800b98:	eb 06                	jmp    800ba0 <memfind+0x25>
  800b9a:	89 c2                	mov    %eax,%edx
  800b9c:	eb 02                	jmp    800ba0 <memfind+0x25>
  800b9e:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800ba0:	89 d0                	mov    %edx,%eax
  800ba2:	5d                   	pop    %ebp
  800ba3:	c3                   	ret

00800ba4 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800ba4:	55                   	push   %ebp
  800ba5:	89 e5                	mov    %esp,%ebp
  800ba7:	57                   	push   %edi
  800ba8:	56                   	push   %esi
  800ba9:	53                   	push   %ebx
  800baa:	8b 55 08             	mov    0x8(%ebp),%edx
  800bad:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800bb0:	0f b6 02             	movzbl (%edx),%eax
  800bb3:	3c 20                	cmp    $0x20,%al
  800bb5:	74 04                	je     800bbb <strtol+0x17>
  800bb7:	3c 09                	cmp    $0x9,%al
  800bb9:	75 0e                	jne    800bc9 <strtol+0x25>
		s++;
  800bbb:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800bbe:	0f b6 02             	movzbl (%edx),%eax
  800bc1:	3c 20                	cmp    $0x20,%al
  800bc3:	74 f6                	je     800bbb <strtol+0x17>
  800bc5:	3c 09                	cmp    $0x9,%al
  800bc7:	74 f2                	je     800bbb <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800bc9:	3c 2b                	cmp    $0x2b,%al
  800bcb:	74 2a                	je     800bf7 <strtol+0x53>
	int neg = 0;
  800bcd:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800bd2:	3c 2d                	cmp    $0x2d,%al
  800bd4:	74 2b                	je     800c01 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800bd6:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800bdc:	75 0f                	jne    800bed <strtol+0x49>
  800bde:	80 3a 30             	cmpb   $0x30,(%edx)
  800be1:	74 28                	je     800c0b <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800be3:	85 db                	test   %ebx,%ebx
  800be5:	b8 0a 00 00 00       	mov    $0xa,%eax
  800bea:	0f 44 d8             	cmove  %eax,%ebx
  800bed:	b9 00 00 00 00       	mov    $0x0,%ecx
  800bf2:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800bf5:	eb 46                	jmp    800c3d <strtol+0x99>
		s++;
  800bf7:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800bfa:	bf 00 00 00 00       	mov    $0x0,%edi
  800bff:	eb d5                	jmp    800bd6 <strtol+0x32>
		s++, neg = 1;
  800c01:	83 c2 01             	add    $0x1,%edx
  800c04:	bf 01 00 00 00       	mov    $0x1,%edi
  800c09:	eb cb                	jmp    800bd6 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800c0b:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800c0f:	74 0e                	je     800c1f <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800c11:	85 db                	test   %ebx,%ebx
  800c13:	75 d8                	jne    800bed <strtol+0x49>
		s++, base = 8;
  800c15:	83 c2 01             	add    $0x1,%edx
  800c18:	bb 08 00 00 00       	mov    $0x8,%ebx
  800c1d:	eb ce                	jmp    800bed <strtol+0x49>
		s += 2, base = 16;
  800c1f:	83 c2 02             	add    $0x2,%edx
  800c22:	bb 10 00 00 00       	mov    $0x10,%ebx
  800c27:	eb c4                	jmp    800bed <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800c29:	0f be c0             	movsbl %al,%eax
  800c2c:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800c2f:	3b 45 10             	cmp    0x10(%ebp),%eax
  800c32:	7d 3a                	jge    800c6e <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800c34:	83 c2 01             	add    $0x1,%edx
  800c37:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800c3b:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800c3d:	0f b6 02             	movzbl (%edx),%eax
  800c40:	8d 70 d0             	lea    -0x30(%eax),%esi
  800c43:	89 f3                	mov    %esi,%ebx
  800c45:	80 fb 09             	cmp    $0x9,%bl
  800c48:	76 df                	jbe    800c29 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800c4a:	8d 70 9f             	lea    -0x61(%eax),%esi
  800c4d:	89 f3                	mov    %esi,%ebx
  800c4f:	80 fb 19             	cmp    $0x19,%bl
  800c52:	77 08                	ja     800c5c <strtol+0xb8>
			dig = *s - 'a' + 10;
  800c54:	0f be c0             	movsbl %al,%eax
  800c57:	83 e8 57             	sub    $0x57,%eax
  800c5a:	eb d3                	jmp    800c2f <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800c5c:	8d 70 bf             	lea    -0x41(%eax),%esi
  800c5f:	89 f3                	mov    %esi,%ebx
  800c61:	80 fb 19             	cmp    $0x19,%bl
  800c64:	77 08                	ja     800c6e <strtol+0xca>
			dig = *s - 'A' + 10;
  800c66:	0f be c0             	movsbl %al,%eax
  800c69:	83 e8 37             	sub    $0x37,%eax
  800c6c:	eb c1                	jmp    800c2f <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800c6e:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800c72:	74 05                	je     800c79 <strtol+0xd5>
		*endptr = (char *) s;
  800c74:	8b 45 0c             	mov    0xc(%ebp),%eax
  800c77:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800c79:	89 c8                	mov    %ecx,%eax
  800c7b:	f7 d8                	neg    %eax
  800c7d:	85 ff                	test   %edi,%edi
  800c7f:	0f 45 c8             	cmovne %eax,%ecx
}
  800c82:	89 c8                	mov    %ecx,%eax
  800c84:	5b                   	pop    %ebx
  800c85:	5e                   	pop    %esi
  800c86:	5f                   	pop    %edi
  800c87:	5d                   	pop    %ebp
  800c88:	c3                   	ret

00800c89 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800c89:	55                   	push   %ebp
  800c8a:	89 e5                	mov    %esp,%ebp
  800c8c:	57                   	push   %edi
  800c8d:	56                   	push   %esi
  800c8e:	53                   	push   %ebx
  800c8f:	83 ec 24             	sub    $0x24,%esp
  800c92:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800c95:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800c98:	8b 45 08             	mov    0x8(%ebp),%eax
  800c9b:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c9e:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800ca1:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800ca4:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800ca7:	89 d1                	mov    %edx,%ecx
  800ca9:	09 c1                	or     %eax,%ecx
  800cab:	74 2f                	je     800cdc <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800cad:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800cb0:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800cb3:	89 d0                	mov    %edx,%eax
  800cb5:	83 c8 00             	or     $0x0,%eax
  800cb8:	74 48                	je     800d02 <udivmod64+0x79>
  800cba:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800cbf:	be 00 00 00 00       	mov    $0x0,%esi
  800cc4:	bf 00 00 00 00       	mov    $0x0,%edi
  800cc9:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800cd0:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800cd7:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800cda:	eb 5f                	jmp    800d3b <udivmod64+0xb2>
		return ~0ULL;
  800cdc:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800ce3:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800cea:	85 db                	test   %ebx,%ebx
  800cec:	0f 84 b7 00 00 00    	je     800da9 <udivmod64+0x120>
			*rem = n;
  800cf2:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800cf5:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800cf8:	89 03                	mov    %eax,(%ebx)
  800cfa:	89 53 04             	mov    %edx,0x4(%ebx)
  800cfd:	e9 a7 00 00 00       	jmp    800da9 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800d02:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800d05:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800d08:	85 db                	test   %ebx,%ebx
  800d0a:	74 12                	je     800d1e <udivmod64+0x95>
			*rem = n32 % d32;
  800d0c:	89 c8                	mov    %ecx,%eax
  800d0e:	ba 00 00 00 00       	mov    $0x0,%edx
  800d13:	f7 f6                	div    %esi
  800d15:	89 13                	mov    %edx,(%ebx)
  800d17:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800d1e:	89 c8                	mov    %ecx,%eax
  800d20:	ba 00 00 00 00       	mov    $0x0,%edx
  800d25:	f7 f6                	div    %esi
  800d27:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800d2a:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800d31:	eb 76                	jmp    800da9 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800d33:	83 e9 01             	sub    $0x1,%ecx
  800d36:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800d39:	74 62                	je     800d9d <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800d3b:	89 f0                	mov    %esi,%eax
  800d3d:	89 fa                	mov    %edi,%edx
  800d3f:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800d43:	01 c0                	add    %eax,%eax
  800d45:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800d48:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800d4b:	0f ad fe             	shrd   %cl,%edi,%esi
  800d4e:	d3 ef                	shr    %cl,%edi
  800d50:	f6 c1 20             	test   $0x20,%cl
  800d53:	74 04                	je     800d59 <udivmod64+0xd0>
  800d55:	89 fe                	mov    %edi,%esi
  800d57:	31 ff                	xor    %edi,%edi
  800d59:	89 f7                	mov    %esi,%edi
  800d5b:	83 e7 01             	and    $0x1,%edi
  800d5e:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800d61:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800d68:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800d6b:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800d6e:	09 c6                	or     %eax,%esi
  800d70:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800d72:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800d75:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800d78:	39 c6                	cmp    %eax,%esi
  800d7a:	89 fb                	mov    %edi,%ebx
  800d7c:	19 d3                	sbb    %edx,%ebx
  800d7e:	72 b3                	jb     800d33 <udivmod64+0xaa>
			r -= d;
  800d80:	29 c6                	sub    %eax,%esi
  800d82:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800d84:	31 c0                	xor    %eax,%eax
  800d86:	31 d2                	xor    %edx,%edx
  800d88:	f6 c1 20             	test   $0x20,%cl
  800d8b:	0f 94 c0             	sete   %al
  800d8e:	0f 95 c2             	setne  %dl
  800d91:	d3 e0                	shl    %cl,%eax
  800d93:	d3 e2                	shl    %cl,%edx
  800d95:	09 45 d0             	or     %eax,-0x30(%ebp)
  800d98:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800d9b:	eb 96                	jmp    800d33 <udivmod64+0xaa>
		}
	}
	if (rem)
  800d9d:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800da0:	85 db                	test   %ebx,%ebx
  800da2:	74 05                	je     800da9 <udivmod64+0x120>
		*rem = r;
  800da4:	89 33                	mov    %esi,(%ebx)
  800da6:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800da9:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800dac:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800daf:	83 c4 24             	add    $0x24,%esp
  800db2:	5b                   	pop    %ebx
  800db3:	5e                   	pop    %esi
  800db4:	5f                   	pop    %edi
  800db5:	5d                   	pop    %ebp
  800db6:	c3                   	ret

00800db7 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800db7:	55                   	push   %ebp
  800db8:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800dba:	83 ec 04             	sub    $0x4,%esp
  800dbd:	6a 00                	push   $0x0
  800dbf:	ff 75 14             	push   0x14(%ebp)
  800dc2:	ff 75 10             	push   0x10(%ebp)
  800dc5:	8b 45 08             	mov    0x8(%ebp),%eax
  800dc8:	8b 55 0c             	mov    0xc(%ebp),%edx
  800dcb:	e8 b9 fe ff ff       	call   800c89 <udivmod64>
}
  800dd0:	c9                   	leave
  800dd1:	c3                   	ret

00800dd2 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800dd2:	55                   	push   %ebp
  800dd3:	89 e5                	mov    %esp,%ebp
  800dd5:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800dd8:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800ddb:	50                   	push   %eax
  800ddc:	ff 75 14             	push   0x14(%ebp)
  800ddf:	ff 75 10             	push   0x10(%ebp)
  800de2:	8b 45 08             	mov    0x8(%ebp),%eax
  800de5:	8b 55 0c             	mov    0xc(%ebp),%edx
  800de8:	e8 9c fe ff ff       	call   800c89 <udivmod64>
	return r;
}
  800ded:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800df0:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800df3:	c9                   	leave
  800df4:	c3                   	ret

00800df5 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800df5:	55                   	push   %ebp
  800df6:	89 e5                	mov    %esp,%ebp
  800df8:	57                   	push   %edi
  800df9:	56                   	push   %esi
  800dfa:	53                   	push   %ebx
  800dfb:	83 ec 0c             	sub    $0xc,%esp
  800dfe:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800e01:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800e04:	8b 45 10             	mov    0x10(%ebp),%eax
  800e07:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800e0a:	89 ce                	mov    %ecx,%esi
  800e0c:	89 df                	mov    %ebx,%edi
  800e0e:	31 c6                	xor    %eax,%esi
  800e10:	31 d7                	xor    %edx,%edi
  800e12:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800e15:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e18:	89 c6                	mov    %eax,%esi
  800e1a:	89 d7                	mov    %edx,%edi
  800e1c:	85 d2                	test   %edx,%edx
  800e1e:	78 25                	js     800e45 <__divdi3+0x50>
  800e20:	89 c8                	mov    %ecx,%eax
  800e22:	89 da                	mov    %ebx,%edx
  800e24:	85 db                	test   %ebx,%ebx
  800e26:	78 2a                	js     800e52 <__divdi3+0x5d>
  800e28:	83 ec 04             	sub    $0x4,%esp
  800e2b:	6a 00                	push   $0x0
  800e2d:	57                   	push   %edi
  800e2e:	56                   	push   %esi
  800e2f:	e8 55 fe ff ff       	call   800c89 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800e34:	83 c4 10             	add    $0x10,%esp
  800e37:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800e3b:	78 1e                	js     800e5b <__divdi3+0x66>
}
  800e3d:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e40:	5b                   	pop    %ebx
  800e41:	5e                   	pop    %esi
  800e42:	5f                   	pop    %edi
  800e43:	5d                   	pop    %ebp
  800e44:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e45:	f7 d8                	neg    %eax
  800e47:	83 d2 00             	adc    $0x0,%edx
  800e4a:	f7 da                	neg    %edx
  800e4c:	89 c6                	mov    %eax,%esi
  800e4e:	89 d7                	mov    %edx,%edi
  800e50:	eb ce                	jmp    800e20 <__divdi3+0x2b>
  800e52:	f7 d8                	neg    %eax
  800e54:	83 d2 00             	adc    $0x0,%edx
  800e57:	f7 da                	neg    %edx
  800e59:	eb cd                	jmp    800e28 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800e5b:	f7 d8                	neg    %eax
  800e5d:	83 d2 00             	adc    $0x0,%edx
  800e60:	f7 da                	neg    %edx
  800e62:	eb d9                	jmp    800e3d <__divdi3+0x48>

00800e64 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800e64:	55                   	push   %ebp
  800e65:	89 e5                	mov    %esp,%ebp
  800e67:	57                   	push   %edi
  800e68:	56                   	push   %esi
  800e69:	53                   	push   %ebx
  800e6a:	83 ec 14             	sub    $0x14,%esp
  800e6d:	8b 45 08             	mov    0x8(%ebp),%eax
  800e70:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e73:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800e76:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e79:	89 ce                	mov    %ecx,%esi
  800e7b:	89 df                	mov    %ebx,%edi
  800e7d:	85 db                	test   %ebx,%ebx
  800e7f:	78 23                	js     800ea4 <__moddi3+0x40>
  800e81:	85 d2                	test   %edx,%edx
  800e83:	78 28                	js     800ead <__moddi3+0x49>
  800e85:	83 ec 04             	sub    $0x4,%esp
  800e88:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800e8b:	51                   	push   %ecx
  800e8c:	57                   	push   %edi
  800e8d:	56                   	push   %esi
  800e8e:	e8 f6 fd ff ff       	call   800c89 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800e93:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800e96:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800e99:	83 c4 10             	add    $0x10,%esp
}
  800e9c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e9f:	5b                   	pop    %ebx
  800ea0:	5e                   	pop    %esi
  800ea1:	5f                   	pop    %edi
  800ea2:	5d                   	pop    %ebp
  800ea3:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800ea4:	f7 de                	neg    %esi
  800ea6:	83 d7 00             	adc    $0x0,%edi
  800ea9:	f7 df                	neg    %edi
  800eab:	eb d4                	jmp    800e81 <__moddi3+0x1d>
  800ead:	f7 d8                	neg    %eax
  800eaf:	83 d2 00             	adc    $0x0,%edx
  800eb2:	f7 da                	neg    %edx
  800eb4:	83 ec 04             	sub    $0x4,%esp
  800eb7:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800eba:	51                   	push   %ecx
  800ebb:	57                   	push   %edi
  800ebc:	56                   	push   %esi
  800ebd:	e8 c7 fd ff ff       	call   800c89 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800ec2:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800ec5:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800ec8:	f7 d8                	neg    %eax
  800eca:	83 d2 00             	adc    $0x0,%edx
  800ecd:	f7 da                	neg    %edx
  800ecf:	83 c4 10             	add    $0x10,%esp
  800ed2:	eb c8                	jmp    800e9c <__moddi3+0x38>

00800ed4 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800ed4:	55                   	push   %ebp
  800ed5:	89 e5                	mov    %esp,%ebp
  800ed7:	57                   	push   %edi
  800ed8:	56                   	push   %esi
  800ed9:	53                   	push   %ebx
	asm volatile("int %1\n"
  800eda:	b8 00 00 00 00       	mov    $0x0,%eax
  800edf:	8b 55 08             	mov    0x8(%ebp),%edx
  800ee2:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ee5:	89 c3                	mov    %eax,%ebx
  800ee7:	89 c7                	mov    %eax,%edi
  800ee9:	89 c6                	mov    %eax,%esi
  800eeb:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800eed:	5b                   	pop    %ebx
  800eee:	5e                   	pop    %esi
  800eef:	5f                   	pop    %edi
  800ef0:	5d                   	pop    %ebp
  800ef1:	c3                   	ret

00800ef2 <sys_cgetc>:

int
sys_cgetc(void)
{
  800ef2:	55                   	push   %ebp
  800ef3:	89 e5                	mov    %esp,%ebp
  800ef5:	57                   	push   %edi
  800ef6:	56                   	push   %esi
  800ef7:	53                   	push   %ebx
	asm volatile("int %1\n"
  800ef8:	ba 00 00 00 00       	mov    $0x0,%edx
  800efd:	b8 01 00 00 00       	mov    $0x1,%eax
  800f02:	89 d1                	mov    %edx,%ecx
  800f04:	89 d3                	mov    %edx,%ebx
  800f06:	89 d7                	mov    %edx,%edi
  800f08:	89 d6                	mov    %edx,%esi
  800f0a:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800f0c:	5b                   	pop    %ebx
  800f0d:	5e                   	pop    %esi
  800f0e:	5f                   	pop    %edi
  800f0f:	5d                   	pop    %ebp
  800f10:	c3                   	ret

00800f11 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800f11:	55                   	push   %ebp
  800f12:	89 e5                	mov    %esp,%ebp
  800f14:	57                   	push   %edi
  800f15:	56                   	push   %esi
  800f16:	53                   	push   %ebx
  800f17:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f1a:	b9 00 00 00 00       	mov    $0x0,%ecx
  800f1f:	8b 55 08             	mov    0x8(%ebp),%edx
  800f22:	b8 03 00 00 00       	mov    $0x3,%eax
  800f27:	89 cb                	mov    %ecx,%ebx
  800f29:	89 cf                	mov    %ecx,%edi
  800f2b:	89 ce                	mov    %ecx,%esi
  800f2d:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f2f:	85 c0                	test   %eax,%eax
  800f31:	7f 08                	jg     800f3b <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800f33:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f36:	5b                   	pop    %ebx
  800f37:	5e                   	pop    %esi
  800f38:	5f                   	pop    %edi
  800f39:	5d                   	pop    %ebp
  800f3a:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f3b:	83 ec 0c             	sub    $0xc,%esp
  800f3e:	50                   	push   %eax
  800f3f:	6a 03                	push   $0x3
  800f41:	68 a4 18 80 00       	push   $0x8018a4
  800f46:	6a 1f                	push   $0x1f
  800f48:	68 c1 18 80 00       	push   $0x8018c1
  800f4d:	e8 f0 f1 ff ff       	call   800142 <_panic>

00800f52 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800f52:	55                   	push   %ebp
  800f53:	89 e5                	mov    %esp,%ebp
  800f55:	57                   	push   %edi
  800f56:	56                   	push   %esi
  800f57:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f58:	ba 00 00 00 00       	mov    $0x0,%edx
  800f5d:	b8 02 00 00 00       	mov    $0x2,%eax
  800f62:	89 d1                	mov    %edx,%ecx
  800f64:	89 d3                	mov    %edx,%ebx
  800f66:	89 d7                	mov    %edx,%edi
  800f68:	89 d6                	mov    %edx,%esi
  800f6a:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800f6c:	5b                   	pop    %ebx
  800f6d:	5e                   	pop    %esi
  800f6e:	5f                   	pop    %edi
  800f6f:	5d                   	pop    %ebp
  800f70:	c3                   	ret

00800f71 <sys_yield>:

void
sys_yield(void)
{
  800f71:	55                   	push   %ebp
  800f72:	89 e5                	mov    %esp,%ebp
  800f74:	57                   	push   %edi
  800f75:	56                   	push   %esi
  800f76:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f77:	ba 00 00 00 00       	mov    $0x0,%edx
  800f7c:	b8 0a 00 00 00       	mov    $0xa,%eax
  800f81:	89 d1                	mov    %edx,%ecx
  800f83:	89 d3                	mov    %edx,%ebx
  800f85:	89 d7                	mov    %edx,%edi
  800f87:	89 d6                	mov    %edx,%esi
  800f89:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800f8b:	5b                   	pop    %ebx
  800f8c:	5e                   	pop    %esi
  800f8d:	5f                   	pop    %edi
  800f8e:	5d                   	pop    %ebp
  800f8f:	c3                   	ret

00800f90 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800f90:	55                   	push   %ebp
  800f91:	89 e5                	mov    %esp,%ebp
  800f93:	57                   	push   %edi
  800f94:	56                   	push   %esi
  800f95:	53                   	push   %ebx
  800f96:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f99:	be 00 00 00 00       	mov    $0x0,%esi
  800f9e:	8b 55 08             	mov    0x8(%ebp),%edx
  800fa1:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fa4:	b8 04 00 00 00       	mov    $0x4,%eax
  800fa9:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fac:	89 f7                	mov    %esi,%edi
  800fae:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fb0:	85 c0                	test   %eax,%eax
  800fb2:	7f 08                	jg     800fbc <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800fb4:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fb7:	5b                   	pop    %ebx
  800fb8:	5e                   	pop    %esi
  800fb9:	5f                   	pop    %edi
  800fba:	5d                   	pop    %ebp
  800fbb:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fbc:	83 ec 0c             	sub    $0xc,%esp
  800fbf:	50                   	push   %eax
  800fc0:	6a 04                	push   $0x4
  800fc2:	68 a4 18 80 00       	push   $0x8018a4
  800fc7:	6a 1f                	push   $0x1f
  800fc9:	68 c1 18 80 00       	push   $0x8018c1
  800fce:	e8 6f f1 ff ff       	call   800142 <_panic>

00800fd3 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800fd3:	55                   	push   %ebp
  800fd4:	89 e5                	mov    %esp,%ebp
  800fd6:	57                   	push   %edi
  800fd7:	56                   	push   %esi
  800fd8:	53                   	push   %ebx
  800fd9:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fdc:	8b 55 08             	mov    0x8(%ebp),%edx
  800fdf:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fe2:	b8 05 00 00 00       	mov    $0x5,%eax
  800fe7:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fea:	8b 7d 14             	mov    0x14(%ebp),%edi
  800fed:	8b 75 18             	mov    0x18(%ebp),%esi
  800ff0:	cd 30                	int    $0x30
	if (check && ret > 0)
  800ff2:	85 c0                	test   %eax,%eax
  800ff4:	7f 08                	jg     800ffe <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800ff6:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ff9:	5b                   	pop    %ebx
  800ffa:	5e                   	pop    %esi
  800ffb:	5f                   	pop    %edi
  800ffc:	5d                   	pop    %ebp
  800ffd:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ffe:	83 ec 0c             	sub    $0xc,%esp
  801001:	50                   	push   %eax
  801002:	6a 05                	push   $0x5
  801004:	68 a4 18 80 00       	push   $0x8018a4
  801009:	6a 1f                	push   $0x1f
  80100b:	68 c1 18 80 00       	push   $0x8018c1
  801010:	e8 2d f1 ff ff       	call   800142 <_panic>

00801015 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  801015:	55                   	push   %ebp
  801016:	89 e5                	mov    %esp,%ebp
  801018:	57                   	push   %edi
  801019:	56                   	push   %esi
  80101a:	53                   	push   %ebx
  80101b:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80101e:	bb 00 00 00 00       	mov    $0x0,%ebx
  801023:	8b 55 08             	mov    0x8(%ebp),%edx
  801026:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801029:	b8 06 00 00 00       	mov    $0x6,%eax
  80102e:	89 df                	mov    %ebx,%edi
  801030:	89 de                	mov    %ebx,%esi
  801032:	cd 30                	int    $0x30
	if (check && ret > 0)
  801034:	85 c0                	test   %eax,%eax
  801036:	7f 08                	jg     801040 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  801038:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80103b:	5b                   	pop    %ebx
  80103c:	5e                   	pop    %esi
  80103d:	5f                   	pop    %edi
  80103e:	5d                   	pop    %ebp
  80103f:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801040:	83 ec 0c             	sub    $0xc,%esp
  801043:	50                   	push   %eax
  801044:	6a 06                	push   $0x6
  801046:	68 a4 18 80 00       	push   $0x8018a4
  80104b:	6a 1f                	push   $0x1f
  80104d:	68 c1 18 80 00       	push   $0x8018c1
  801052:	e8 eb f0 ff ff       	call   800142 <_panic>

00801057 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  801057:	55                   	push   %ebp
  801058:	89 e5                	mov    %esp,%ebp
  80105a:	57                   	push   %edi
  80105b:	56                   	push   %esi
  80105c:	53                   	push   %ebx
  80105d:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801060:	bb 00 00 00 00       	mov    $0x0,%ebx
  801065:	8b 55 08             	mov    0x8(%ebp),%edx
  801068:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80106b:	b8 08 00 00 00       	mov    $0x8,%eax
  801070:	89 df                	mov    %ebx,%edi
  801072:	89 de                	mov    %ebx,%esi
  801074:	cd 30                	int    $0x30
	if (check && ret > 0)
  801076:	85 c0                	test   %eax,%eax
  801078:	7f 08                	jg     801082 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  80107a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80107d:	5b                   	pop    %ebx
  80107e:	5e                   	pop    %esi
  80107f:	5f                   	pop    %edi
  801080:	5d                   	pop    %ebp
  801081:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801082:	83 ec 0c             	sub    $0xc,%esp
  801085:	50                   	push   %eax
  801086:	6a 08                	push   $0x8
  801088:	68 a4 18 80 00       	push   $0x8018a4
  80108d:	6a 1f                	push   $0x1f
  80108f:	68 c1 18 80 00       	push   $0x8018c1
  801094:	e8 a9 f0 ff ff       	call   800142 <_panic>

00801099 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  801099:	55                   	push   %ebp
  80109a:	89 e5                	mov    %esp,%ebp
  80109c:	57                   	push   %edi
  80109d:	56                   	push   %esi
  80109e:	53                   	push   %ebx
  80109f:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8010a2:	bb 00 00 00 00       	mov    $0x0,%ebx
  8010a7:	8b 55 08             	mov    0x8(%ebp),%edx
  8010aa:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010ad:	b8 09 00 00 00       	mov    $0x9,%eax
  8010b2:	89 df                	mov    %ebx,%edi
  8010b4:	89 de                	mov    %ebx,%esi
  8010b6:	cd 30                	int    $0x30
	if (check && ret > 0)
  8010b8:	85 c0                	test   %eax,%eax
  8010ba:	7f 08                	jg     8010c4 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  8010bc:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8010bf:	5b                   	pop    %ebx
  8010c0:	5e                   	pop    %esi
  8010c1:	5f                   	pop    %edi
  8010c2:	5d                   	pop    %ebp
  8010c3:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8010c4:	83 ec 0c             	sub    $0xc,%esp
  8010c7:	50                   	push   %eax
  8010c8:	6a 09                	push   $0x9
  8010ca:	68 a4 18 80 00       	push   $0x8018a4
  8010cf:	6a 1f                	push   $0x1f
  8010d1:	68 c1 18 80 00       	push   $0x8018c1
  8010d6:	e8 67 f0 ff ff       	call   800142 <_panic>

008010db <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8010db:	55                   	push   %ebp
  8010dc:	89 e5                	mov    %esp,%ebp
  8010de:	57                   	push   %edi
  8010df:	56                   	push   %esi
  8010e0:	53                   	push   %ebx
	asm volatile("int %1\n"
  8010e1:	8b 55 08             	mov    0x8(%ebp),%edx
  8010e4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010e7:	b8 0b 00 00 00       	mov    $0xb,%eax
  8010ec:	be 00 00 00 00       	mov    $0x0,%esi
  8010f1:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8010f4:	8b 7d 14             	mov    0x14(%ebp),%edi
  8010f7:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8010f9:	5b                   	pop    %ebx
  8010fa:	5e                   	pop    %esi
  8010fb:	5f                   	pop    %edi
  8010fc:	5d                   	pop    %ebp
  8010fd:	c3                   	ret

008010fe <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8010fe:	55                   	push   %ebp
  8010ff:	89 e5                	mov    %esp,%ebp
  801101:	57                   	push   %edi
  801102:	56                   	push   %esi
  801103:	53                   	push   %ebx
  801104:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801107:	b9 00 00 00 00       	mov    $0x0,%ecx
  80110c:	8b 55 08             	mov    0x8(%ebp),%edx
  80110f:	b8 0c 00 00 00       	mov    $0xc,%eax
  801114:	89 cb                	mov    %ecx,%ebx
  801116:	89 cf                	mov    %ecx,%edi
  801118:	89 ce                	mov    %ecx,%esi
  80111a:	cd 30                	int    $0x30
	if (check && ret > 0)
  80111c:	85 c0                	test   %eax,%eax
  80111e:	7f 08                	jg     801128 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  801120:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801123:	5b                   	pop    %ebx
  801124:	5e                   	pop    %esi
  801125:	5f                   	pop    %edi
  801126:	5d                   	pop    %ebp
  801127:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801128:	83 ec 0c             	sub    $0xc,%esp
  80112b:	50                   	push   %eax
  80112c:	6a 0c                	push   $0xc
  80112e:	68 a4 18 80 00       	push   $0x8018a4
  801133:	6a 1f                	push   $0x1f
  801135:	68 c1 18 80 00       	push   $0x8018c1
  80113a:	e8 03 f0 ff ff       	call   800142 <_panic>

0080113f <page_mapped>:
// directory entry first: uvpt[pn] itself faults when its page table is
// absent.
static bool
page_mapped(uintptr_t pn)
{
	return (uvpd[pn >> (PDXSHIFT - PTXSHIFT)] & PTE_P)
  80113f:	89 c2                	mov    %eax,%edx
  801141:	c1 ea 0a             	shr    $0xa,%edx
  801144:	8b 14 95 00 d0 7b ef 	mov    -0x10843000(,%edx,4),%edx
		&& (uvpt[pn] & PTE_P);
  80114b:	f6 c2 01             	test   $0x1,%dl
  80114e:	74 0e                	je     80115e <page_mapped+0x1f>
  801150:	8b 04 85 00 00 40 ef 	mov    -0x10c00000(,%eax,4),%eax
  801157:	83 e0 01             	and    $0x1,%eax
  80115a:	83 e0 01             	and    $0x1,%eax
}
  80115d:	c3                   	ret
		&& (uvpt[pn] & PTE_P);
  80115e:	b8 00 00 00 00       	mov    $0x0,%eax
  801163:	eb f5                	jmp    80115a <page_mapped+0x1b>

00801165 <duppage>:
// Map our page number pn into envid at the same address.  A writable or
// copy-on-write page becomes copy-on-write in both environments; any other
// page is shared with its current permissions.
static int
duppage(envid_t envid, uintptr_t pn)
{
  801165:	55                   	push   %ebp
  801166:	89 e5                	mov    %esp,%ebp
  801168:	56                   	push   %esi
  801169:	53                   	push   %ebx
  80116a:	8b 45 08             	mov    0x8(%ebp),%eax
  80116d:	8b 55 0c             	mov    0xc(%ebp),%edx
	void *va = (void *) (pn * PGSIZE);
  801170:	89 d6                	mov    %edx,%esi
  801172:	c1 e6 0c             	shl    $0xc,%esi
	int perm = uvpt[pn] & PTE_SYSCALL;
  801175:	8b 1c 95 00 00 40 ef 	mov    -0x10c00000(,%edx,4),%ebx
	int r;

	if (!(perm & (PTE_W | PTE_COW)))
  80117c:	f7 c3 02 08 00 00    	test   $0x802,%ebx
  801182:	74 37                	je     8011bb <duppage+0x56>
		return sys_page_map(0, va, envid, va, perm);

	perm = (perm & ~PTE_W) | PTE_COW;
  801184:	81 e3 05 06 00 00    	and    $0x605,%ebx
  80118a:	80 cf 08             	or     $0x8,%bh
	// and here we may have written the page (our stack, for one) and
	// taken a private writable copy, and the child now shares that
	// copy; leaving it writable would let our later writes show
	// through in the child.  Doing it the other way round, a fault in
	// between would give the child our new writable page.
	if ((r = sys_page_map(0, va, envid, va, perm)) < 0)
  80118d:	83 ec 0c             	sub    $0xc,%esp
  801190:	53                   	push   %ebx
  801191:	56                   	push   %esi
  801192:	50                   	push   %eax
  801193:	56                   	push   %esi
  801194:	6a 00                	push   $0x0
  801196:	e8 38 fe ff ff       	call   800fd3 <sys_page_map>
  80119b:	83 c4 20             	add    $0x20,%esp
  80119e:	85 c0                	test   %eax,%eax
  8011a0:	78 12                	js     8011b4 <duppage+0x4f>
		return r;
	return sys_page_map(0, va, 0, va, perm);
  8011a2:	83 ec 0c             	sub    $0xc,%esp
  8011a5:	53                   	push   %ebx
  8011a6:	56                   	push   %esi
  8011a7:	6a 00                	push   $0x0
  8011a9:	56                   	push   %esi
  8011aa:	6a 00                	push   $0x0
  8011ac:	e8 22 fe ff ff       	call   800fd3 <sys_page_map>
  8011b1:	83 c4 20             	add    $0x20,%esp
}
  8011b4:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8011b7:	5b                   	pop    %ebx
  8011b8:	5e                   	pop    %esi
  8011b9:	5d                   	pop    %ebp
  8011ba:	c3                   	ret
		return sys_page_map(0, va, envid, va, perm);
  8011bb:	83 ec 0c             	sub    $0xc,%esp
	int perm = uvpt[pn] & PTE_SYSCALL;
  8011be:	81 e3 07 0e 00 00    	and    $0xe07,%ebx
		return sys_page_map(0, va, envid, va, perm);
  8011c4:	53                   	push   %ebx
  8011c5:	56                   	push   %esi
  8011c6:	50                   	push   %eax
  8011c7:	56                   	push   %esi
  8011c8:	6a 00                	push   $0x0
  8011ca:	e8 04 fe ff ff       	call   800fd3 <sys_page_map>
  8011cf:	83 c4 20             	add    $0x20,%esp
  8011d2:	eb e0                	jmp    8011b4 <duppage+0x4f>

008011d4 <sharepage>:

// How sfork gives a page to the child: the stack and the private data
// page copy-on-write as in fork, every other page shared outright.
static int
sharepage(envid_t envid, uintptr_t pn)
{
  8011d4:	55                   	push   %ebp
  8011d5:	89 e5                	mov    %esp,%ebp
  8011d7:	83 ec 18             	sub    $0x18,%esp
  8011da:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	uintptr_t va = pn * PGSIZE;
  8011dd:	89 c8                	mov    %ecx,%eax
  8011df:	c1 e0 0c             	shl    $0xc,%eax
  8011e2:	89 45 f4             	mov    %eax,-0xc(%ebp)
	uintptr_t stack_bottom = ROUNDDOWN((uintptr_t) &va, PGSIZE);
  8011e5:	8d 55 f4             	lea    -0xc(%ebp),%edx
  8011e8:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
	int perm;

	if ((va >= stack_bottom && va < USTACKTOP)
  8011ee:	39 d0                	cmp    %edx,%eax
  8011f0:	72 07                	jb     8011f9 <sharepage+0x25>
  8011f2:	3d ff df bf ee       	cmp    $0xeebfdfff,%eax
  8011f7:	76 41                	jbe    80123a <sharepage+0x66>
	    || (va >= (uintptr_t) __private_start
  8011f9:	3d 00 30 80 00       	cmp    $0x803000,%eax
  8011fe:	72 07                	jb     801207 <sharepage+0x33>
		&& va < (uintptr_t) __private_end))
  801200:	3d 00 40 80 00       	cmp    $0x804000,%eax
  801205:	72 33                	jb     80123a <sharepage+0x66>
		return duppage(envid, pn);

	// A page still copy-on-write from an earlier fork would split on
	// the first write; touch it so we own a writable copy to share.
	if (uvpt[pn] & PTE_COW) {
  801207:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
  80120e:	f6 c6 08             	test   $0x8,%dh
  801211:	74 05                	je     801218 <sharepage+0x44>
		volatile char *p = (volatile char *) va;
		*p = *p;
  801213:	0f b6 10             	movzbl (%eax),%edx
  801216:	88 10                	mov    %dl,(%eax)
	}
	perm = uvpt[pn] & PTE_SYSCALL;
  801218:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  80121f:	83 ec 0c             	sub    $0xc,%esp
	perm = uvpt[pn] & PTE_SYSCALL;
  801222:	81 e2 07 0e 00 00    	and    $0xe07,%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  801228:	52                   	push   %edx
  801229:	50                   	push   %eax
  80122a:	ff 75 08             	push   0x8(%ebp)
  80122d:	50                   	push   %eax
  80122e:	6a 00                	push   $0x0
  801230:	e8 9e fd ff ff       	call   800fd3 <sys_page_map>
  801235:	83 c4 20             	add    $0x20,%esp
}
  801238:	c9                   	leave
  801239:	c3                   	ret
		return duppage(envid, pn);
  80123a:	83 ec 08             	sub    $0x8,%esp
  80123d:	51                   	push   %ecx
  80123e:	ff 75 08             	push   0x8(%ebp)
  801241:	e8 1f ff ff ff       	call   801165 <duppage>
  801246:	83 c4 10             	add    $0x10,%esp
  801249:	eb ed                	jmp    801238 <sharepage+0x64>

0080124b <pgfault>:
{
  80124b:	55                   	push   %ebp
  80124c:	89 e5                	mov    %esp,%ebp
  80124e:	57                   	push   %edi
  80124f:	56                   	push   %esi
  801250:	53                   	push   %ebx
  801251:	83 ec 1c             	sub    $0x1c,%esp
	void *addr = (void *) utf->utf_fault_va;
  801254:	8b 45 08             	mov    0x8(%ebp),%eax
  801257:	8b 18                	mov    (%eax),%ebx
	uint32_t err = utf->utf_err;
  801259:	8b 40 04             	mov    0x4(%eax),%eax
  80125c:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	void *page = ROUNDDOWN(addr, PGSIZE);
  80125f:	89 df                	mov    %ebx,%edi
  801261:	81 e7 00 f0 ff ff    	and    $0xfffff000,%edi
	if (!(err & FEC_WR) || !page_mapped(PGNUM(addr))
  801267:	a8 02                	test   $0x2,%al
  801269:	0f 84 82 00 00 00    	je     8012f1 <pgfault+0xa6>
  80126f:	89 de                	mov    %ebx,%esi
  801271:	c1 ee 0c             	shr    $0xc,%esi
  801274:	89 f0                	mov    %esi,%eax
  801276:	e8 c4 fe ff ff       	call   80113f <page_mapped>
  80127b:	84 c0                	test   %al,%al
  80127d:	74 72                	je     8012f1 <pgfault+0xa6>
	    || !(uvpt[PGNUM(addr)] & PTE_COW))
  80127f:	8b 04 b5 00 00 40 ef 	mov    -0x10c00000(,%esi,4),%eax
  801286:	f6 c4 08             	test   $0x8,%ah
  801289:	74 66                	je     8012f1 <pgfault+0xa6>
	if ((r = sys_page_alloc(0, PFTEMP, PTE_P | PTE_U | PTE_W)) < 0)
  80128b:	83 ec 04             	sub    $0x4,%esp
  80128e:	6a 07                	push   $0x7
  801290:	68 00 f0 7f 00       	push   $0x7ff000
  801295:	6a 00                	push   $0x0
  801297:	e8 f4 fc ff ff       	call   800f90 <sys_page_alloc>
  80129c:	83 c4 10             	add    $0x10,%esp
  80129f:	85 c0                	test   %eax,%eax
  8012a1:	78 6c                	js     80130f <pgfault+0xc4>
	memmove(PFTEMP, page, PGSIZE);
  8012a3:	83 ec 04             	sub    $0x4,%esp
  8012a6:	68 00 10 00 00       	push   $0x1000
  8012ab:	57                   	push   %edi
  8012ac:	68 00 f0 7f 00       	push   $0x7ff000
  8012b1:	e8 1c f8 ff ff       	call   800ad2 <memmove>
	if ((r = sys_page_map(0, PFTEMP, 0, page, PTE_P | PTE_U | PTE_W)) < 0)
  8012b6:	c7 04 24 07 00 00 00 	movl   $0x7,(%esp)
  8012bd:	57                   	push   %edi
  8012be:	6a 00                	push   $0x0
  8012c0:	68 00 f0 7f 00       	push   $0x7ff000
  8012c5:	6a 00                	push   $0x0
  8012c7:	e8 07 fd ff ff       	call   800fd3 <sys_page_map>
  8012cc:	83 c4 20             	add    $0x20,%esp
  8012cf:	85 c0                	test   %eax,%eax
  8012d1:	78 4e                	js     801321 <pgfault+0xd6>
	if ((r = sys_page_unmap(0, PFTEMP)) < 0)
  8012d3:	83 ec 08             	sub    $0x8,%esp
  8012d6:	68 00 f0 7f 00       	push   $0x7ff000
  8012db:	6a 00                	push   $0x0
  8012dd:	e8 33 fd ff ff       	call   801015 <sys_page_unmap>
  8012e2:	83 c4 10             	add    $0x10,%esp
  8012e5:	85 c0                	test   %eax,%eax
  8012e7:	78 4a                	js     801333 <pgfault+0xe8>
}
  8012e9:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8012ec:	5b                   	pop    %ebx
  8012ed:	5e                   	pop    %esi
  8012ee:	5f                   	pop    %edi
  8012ef:	5d                   	pop    %ebp
  8012f0:	c3                   	ret
		panic("page fault at va %08x, eip %08x, err %x: "
  8012f1:	83 ec 08             	sub    $0x8,%esp
  8012f4:	ff 75 e4             	push   -0x1c(%ebp)
  8012f7:	8b 45 08             	mov    0x8(%ebp),%eax
  8012fa:	ff 70 28             	push   0x28(%eax)
  8012fd:	53                   	push   %ebx
  8012fe:	68 d0 18 80 00       	push   $0x8018d0
  801303:	6a 2d                	push   $0x2d
  801305:	68 1d 19 80 00       	push   $0x80191d
  80130a:	e8 33 ee ff ff       	call   800142 <_panic>
		panic("pgfault: sys_page_alloc: %e", r);
  80130f:	50                   	push   %eax
  801310:	68 28 19 80 00       	push   $0x801928
  801315:	6a 35                	push   $0x35
  801317:	68 1d 19 80 00       	push   $0x80191d
  80131c:	e8 21 ee ff ff       	call   800142 <_panic>
		panic("pgfault: sys_page_map: %e", r);
  801321:	50                   	push   %eax
  801322:	68 44 19 80 00       	push   $0x801944
  801327:	6a 38                	push   $0x38
  801329:	68 1d 19 80 00       	push   $0x80191d
  80132e:	e8 0f ee ff ff       	call   800142 <_panic>
		panic("pgfault: sys_page_unmap: %e", r);
  801333:	50                   	push   %eax
  801334:	68 5e 19 80 00       	push   $0x80195e
  801339:	6a 3a                	push   $0x3a
  80133b:	68 1d 19 80 00       	push   $0x80191d
  801340:	e8 fd ed ff ff       	call   800142 <_panic>

00801345 <fork_with>:
{
  801345:	55                   	push   %ebp
  801346:	89 e5                	mov    %esp,%ebp
  801348:	57                   	push   %edi
  801349:	56                   	push   %esi
  80134a:	53                   	push   %ebx
  80134b:	83 ec 28             	sub    $0x28,%esp
  80134e:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	set_pgfault_handler(pgfault);
  801351:	68 4b 12 80 00       	push   $0x80124b
  801356:	e8 fb 01 00 00       	call   801556 <set_pgfault_handler>
// real call, the return address the child pops could already be stale.
static inline envid_t __attribute__((always_inline))
sys_exofork(void)
{
	envid_t ret;
	asm volatile("int %2"
  80135b:	b8 07 00 00 00       	mov    $0x7,%eax
  801360:	cd 30                	int    $0x30
  801362:	89 45 e0             	mov    %eax,-0x20(%ebp)
  801365:	89 c7                	mov    %eax,%edi
	if (envid < 0)
  801367:	83 c4 10             	add    $0x10,%esp
  80136a:	85 c0                	test   %eax,%eax
  80136c:	0f 88 a7 00 00 00    	js     801419 <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  801372:	bb 00 00 00 00       	mov    $0x0,%ebx
	if (envid == 0) {
  801377:	75 27                	jne    8013a0 <fork_with+0x5b>
		thisenv = &envs[ENVX(sys_getenvid())];
  801379:	e8 d4 fb ff ff       	call   800f52 <sys_getenvid>
  80137e:	25 ff 03 00 00       	and    $0x3ff,%eax
  801383:	6b c0 7c             	imul   $0x7c,%eax,%eax
  801386:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80138b:	a3 00 30 80 00       	mov    %eax,0x803000
		return 0;
  801390:	e9 84 00 00 00       	jmp    801419 <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  801395:	83 c3 01             	add    $0x1,%ebx
		if (pn == PGNUM(UXSTACKTOP - PGSIZE) || !page_mapped(pn))
  801398:	81 fb ff eb 0e 00    	cmp    $0xeebff,%ebx
  80139e:	74 30                	je     8013d0 <fork_with+0x8b>
  8013a0:	89 d8                	mov    %ebx,%eax
  8013a2:	e8 98 fd ff ff       	call   80113f <page_mapped>
  8013a7:	84 c0                	test   %al,%al
  8013a9:	74 ea                	je     801395 <fork_with+0x50>
		if ((r = dup(envid, pn)) < 0)
  8013ab:	83 ec 08             	sub    $0x8,%esp
  8013ae:	53                   	push   %ebx
  8013af:	57                   	push   %edi
  8013b0:	8b 45 e4             	mov    -0x1c(%ebp),%eax
  8013b3:	ff d0                	call   *%eax
  8013b5:	89 c6                	mov    %eax,%esi
  8013b7:	83 c4 10             	add    $0x10,%esp
  8013ba:	85 c0                	test   %eax,%eax
  8013bc:	79 d7                	jns    801395 <fork_with+0x50>
		sys_env_destroy(envid);
  8013be:	83 ec 0c             	sub    $0xc,%esp
  8013c1:	ff 75 e0             	push   -0x20(%ebp)
  8013c4:	e8 48 fb ff ff       	call   800f11 <sys_env_destroy>
		return r;
  8013c9:	83 c4 10             	add    $0x10,%esp
  8013cc:	89 f7                	mov    %esi,%edi
  8013ce:	eb 49                	jmp    801419 <fork_with+0xd4>
	if ((r = sys_page_alloc(envid, (void *) (UXSTACKTOP - PGSIZE),
  8013d0:	83 ec 04             	sub    $0x4,%esp
  8013d3:	6a 07                	push   $0x7
  8013d5:	68 00 f0 bf ee       	push   $0xeebff000
  8013da:	ff 75 e0             	push   -0x20(%ebp)
  8013dd:	e8 ae fb ff ff       	call   800f90 <sys_page_alloc>
  8013e2:	89 c6                	mov    %eax,%esi
  8013e4:	83 c4 10             	add    $0x10,%esp
  8013e7:	85 c0                	test   %eax,%eax
  8013e9:	78 d3                	js     8013be <fork_with+0x79>
	if ((r = sys_env_set_pgfault_upcall(envid, _pgfault_upcall)) < 0)
  8013eb:	83 ec 08             	sub    $0x8,%esp
  8013ee:	68 c1 15 80 00       	push   $0x8015c1
  8013f3:	8b 5d e0             	mov    -0x20(%ebp),%ebx
  8013f6:	53                   	push   %ebx
  8013f7:	e8 9d fc ff ff       	call   801099 <sys_env_set_pgfault_upcall>
  8013fc:	89 c6                	mov    %eax,%esi
  8013fe:	83 c4 10             	add    $0x10,%esp
  801401:	85 c0                	test   %eax,%eax
  801403:	78 b9                	js     8013be <fork_with+0x79>
	return sys_env_set_status(envid, ENV_RUNNABLE);
  801405:	83 ec 08             	sub    $0x8,%esp
  801408:	6a 02                	push   $0x2
  80140a:	53                   	push   %ebx
  80140b:	e8 47 fc ff ff       	call   801057 <sys_env_set_status>
  801410:	89 c6                	mov    %eax,%esi
	    || (r = start_child(envid)) < 0) {
  801412:	83 c4 10             	add    $0x10,%esp
  801415:	85 c0                	test   %eax,%eax
  801417:	78 a5                	js     8013be <fork_with+0x79>
}
  801419:	89 f8                	mov    %edi,%eax
  80141b:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80141e:	5b                   	pop    %ebx
  80141f:	5e                   	pop    %esi
  801420:	5f                   	pop    %edi
  801421:	5d                   	pop    %ebp
  801422:	c3                   	ret

00801423 <fork>:
{
  801423:	55                   	push   %ebp
  801424:	89 e5                	mov    %esp,%ebp
  801426:	83 ec 08             	sub    $0x8,%esp
	return fork_with(duppage);
  801429:	b8 65 11 80 00       	mov    $0x801165,%eax
  80142e:	e8 12 ff ff ff       	call   801345 <fork_with>
}
  801433:	c9                   	leave
  801434:	c3                   	ret

00801435 <sfork>:
// Shared-memory fork (the lab's challenge): parent and child share all of
// memory except the stack and the private data page.  thisenv lives on
// that private page, so it stays correct in both.
envid_t
sfork(void)
{
  801435:	55                   	push   %ebp
  801436:	89 e5                	mov    %esp,%ebp
  801438:	83 ec 08             	sub    $0x8,%esp
	return fork_with(sharepage);
  80143b:	b8 d4 11 80 00       	mov    $0x8011d4,%eax
  801440:	e8 00 ff ff ff       	call   801345 <fork_with>
}
  801445:	c9                   	leave
  801446:	c3                   	ret

00801447 <ipc_recv>:
// If 'perm_store' is nonnull, the sent page's permission is stored there
// (0 when no page was transferred).
// On error both stores are zeroed and the error is returned.
int32_t
ipc_recv(envid_t *from_env_store, void *pg, int *perm_store)
{
  801447:	55                   	push   %ebp
  801448:	89 e5                	mov    %esp,%ebp
  80144a:	56                   	push   %esi
  80144b:	53                   	push   %ebx
  80144c:	8b 75 08             	mov    0x8(%ebp),%esi
  80144f:	8b 45 0c             	mov    0xc(%ebp),%eax
  801452:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int r;

	// UTOP is above every mappable address, so the kernel reads it as
	// "I do not want a page".  0 would be a valid address.
	if (pg == NULL)
		pg = (void *) UTOP;
  801455:	85 c0                	test   %eax,%eax
  801457:	ba 00 00 c0 ee       	mov    $0xeec00000,%edx
  80145c:	0f 44 c2             	cmove  %edx,%eax

	if ((r = sys_ipc_recv(pg)) < 0) {
  80145f:	83 ec 0c             	sub    $0xc,%esp
  801462:	50                   	push   %eax
  801463:	e8 96 fc ff ff       	call   8010fe <sys_ipc_recv>
  801468:	83 c4 10             	add    $0x10,%esp
  80146b:	85 c0                	test   %eax,%eax
  80146d:	78 40                	js     8014af <ipc_recv+0x68>
		return r;
	}

	// Look up our own Env rather than trusting thisenv: after sfork()
	// the thisenv variable is shared with another environment.
	self = &envs[ENVX(sys_getenvid())];
  80146f:	e8 de fa ff ff       	call   800f52 <sys_getenvid>
  801474:	25 ff 03 00 00       	and    $0x3ff,%eax
	if (from_env_store)
  801479:	85 f6                	test   %esi,%esi
  80147b:	74 0e                	je     80148b <ipc_recv+0x44>
		*from_env_store = self->env_ipc_from;
  80147d:	6b d0 7c             	imul   $0x7c,%eax,%edx
  801480:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  801486:	8b 52 74             	mov    0x74(%edx),%edx
  801489:	89 16                	mov    %edx,(%esi)
	if (perm_store)
  80148b:	85 db                	test   %ebx,%ebx
  80148d:	74 0e                	je     80149d <ipc_recv+0x56>
		*perm_store = self->env_ipc_perm;
  80148f:	6b d0 7c             	imul   $0x7c,%eax,%edx
  801492:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  801498:	8b 52 78             	mov    0x78(%edx),%edx
  80149b:	89 13                	mov    %edx,(%ebx)
	return self->env_ipc_value;
  80149d:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8014a0:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8014a5:	8b 40 70             	mov    0x70(%eax),%eax
}
  8014a8:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8014ab:	5b                   	pop    %ebx
  8014ac:	5e                   	pop    %esi
  8014ad:	5d                   	pop    %ebp
  8014ae:	c3                   	ret
		if (from_env_store)
  8014af:	85 f6                	test   %esi,%esi
  8014b1:	74 06                	je     8014b9 <ipc_recv+0x72>
			*from_env_store = 0;
  8014b3:	c7 06 00 00 00 00    	movl   $0x0,(%esi)
		if (perm_store)
  8014b9:	85 db                	test   %ebx,%ebx
  8014bb:	74 eb                	je     8014a8 <ipc_recv+0x61>
			*perm_store = 0;
  8014bd:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8014c3:	eb e3                	jmp    8014a8 <ipc_recv+0x61>

008014c5 <ipc_send>:
// Send 'val' (and 'pg' with 'perm', if 'pg' is nonnull) to 'to_env',
// retrying until the receiver is waiting.  Any other error is a bug in the
// caller, so panic.
void
ipc_send(envid_t to_env, uint32_t val, void *pg, int perm)
{
  8014c5:	55                   	push   %ebp
  8014c6:	89 e5                	mov    %esp,%ebp
  8014c8:	57                   	push   %edi
  8014c9:	56                   	push   %esi
  8014ca:	53                   	push   %ebx
  8014cb:	83 ec 0c             	sub    $0xc,%esp
  8014ce:	8b 75 08             	mov    0x8(%ebp),%esi
  8014d1:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8014d4:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int r;

	if (pg == NULL)
		pg = (void *) UTOP;
  8014d7:	85 db                	test   %ebx,%ebx
  8014d9:	b8 00 00 c0 ee       	mov    $0xeec00000,%eax
  8014de:	0f 44 d8             	cmove  %eax,%ebx

	while ((r = sys_ipc_try_send(to_env, val, pg, perm)) < 0) {
  8014e1:	ff 75 14             	push   0x14(%ebp)
  8014e4:	53                   	push   %ebx
  8014e5:	57                   	push   %edi
  8014e6:	56                   	push   %esi
  8014e7:	e8 ef fb ff ff       	call   8010db <sys_ipc_try_send>
  8014ec:	83 c4 10             	add    $0x10,%esp
  8014ef:	85 c0                	test   %eax,%eax
  8014f1:	79 22                	jns    801515 <ipc_send+0x50>
		if (r != -E_IPC_NOT_RECV)
  8014f3:	83 f8 f9             	cmp    $0xfffffff9,%eax
  8014f6:	75 07                	jne    8014ff <ipc_send+0x3a>
			panic("ipc_send to %08x: %e", to_env, r);
		// The receiver is not blocked in ipc_recv yet: let it run.
		sys_yield();
  8014f8:	e8 74 fa ff ff       	call   800f71 <sys_yield>
  8014fd:	eb e2                	jmp    8014e1 <ipc_send+0x1c>
			panic("ipc_send to %08x: %e", to_env, r);
  8014ff:	83 ec 0c             	sub    $0xc,%esp
  801502:	50                   	push   %eax
  801503:	56                   	push   %esi
  801504:	68 7a 19 80 00       	push   $0x80197a
  801509:	6a 35                	push   $0x35
  80150b:	68 8f 19 80 00       	push   $0x80198f
  801510:	e8 2d ec ff ff       	call   800142 <_panic>
	}
}
  801515:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801518:	5b                   	pop    %ebx
  801519:	5e                   	pop    %esi
  80151a:	5f                   	pop    %edi
  80151b:	5d                   	pop    %ebp
  80151c:	c3                   	ret

0080151d <ipc_find_env>:

// Find the first environment of the given type.  Returns its envid, or 0
// if there is none.
envid_t
ipc_find_env(enum EnvType type)
{
  80151d:	55                   	push   %ebp
  80151e:	89 e5                	mov    %esp,%ebp
  801520:	8b 4d 08             	mov    0x8(%ebp),%ecx
	int i;

	for (i = 0; i < NENV; i++)
  801523:	b8 00 00 00 00       	mov    $0x0,%eax
		if (envs[i].env_type == type)
  801528:	6b d0 7c             	imul   $0x7c,%eax,%edx
  80152b:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  801531:	8b 52 50             	mov    0x50(%edx),%edx
  801534:	39 ca                	cmp    %ecx,%edx
  801536:	74 11                	je     801549 <ipc_find_env+0x2c>
	for (i = 0; i < NENV; i++)
  801538:	83 c0 01             	add    $0x1,%eax
  80153b:	3d 00 04 00 00       	cmp    $0x400,%eax
  801540:	75 e6                	jne    801528 <ipc_find_env+0xb>
			return envs[i].env_id;
	return 0;
  801542:	b8 00 00 00 00       	mov    $0x0,%eax
  801547:	eb 0b                	jmp    801554 <ipc_find_env+0x37>
			return envs[i].env_id;
  801549:	6b c0 7c             	imul   $0x7c,%eax,%eax
  80154c:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  801551:	8b 40 48             	mov    0x48(%eax),%eax
}
  801554:	5d                   	pop    %ebp
  801555:	c3                   	ret

00801556 <set_pgfault_handler>:
// Read by _pgfault_upcall; 0 until a handler is installed.
void (*_pgfault_handler)(struct UTrapframe *utf);

void
set_pgfault_handler(void (*handler)(struct UTrapframe *utf))
{
  801556:	55                   	push   %ebp
  801557:	89 e5                	mov    %esp,%ebp
  801559:	83 ec 08             	sub    $0x8,%esp
	int r;

	if (_pgfault_handler == 0) {
  80155c:	83 3d 00 40 80 00 00 	cmpl   $0x0,0x804000
  801563:	74 0a                	je     80156f <set_pgfault_handler+0x19>
			panic("set_pgfault_handler: upcall: %e", r);
	}

	// Swapping handlers later needs no kernel call: the upcall always
	// goes through this pointer.
	_pgfault_handler = handler;
  801565:	8b 45 08             	mov    0x8(%ebp),%eax
  801568:	a3 00 40 80 00       	mov    %eax,0x804000
}
  80156d:	c9                   	leave
  80156e:	c3                   	ret
		if ((r = sys_page_alloc(0, (void *) (UXSTACKTOP - PGSIZE),
  80156f:	83 ec 04             	sub    $0x4,%esp
  801572:	6a 07                	push   $0x7
  801574:	68 00 f0 bf ee       	push   $0xeebff000
  801579:	6a 00                	push   $0x0
  80157b:	e8 10 fa ff ff       	call   800f90 <sys_page_alloc>
  801580:	83 c4 10             	add    $0x10,%esp
  801583:	85 c0                	test   %eax,%eax
  801585:	78 28                	js     8015af <set_pgfault_handler+0x59>
		if ((r = sys_env_set_pgfault_upcall(0, _pgfault_upcall)) < 0)
  801587:	83 ec 08             	sub    $0x8,%esp
  80158a:	68 c1 15 80 00       	push   $0x8015c1
  80158f:	6a 00                	push   $0x0
  801591:	e8 03 fb ff ff       	call   801099 <sys_env_set_pgfault_upcall>
  801596:	83 c4 10             	add    $0x10,%esp
  801599:	85 c0                	test   %eax,%eax
  80159b:	79 c8                	jns    801565 <set_pgfault_handler+0xf>
			panic("set_pgfault_handler: upcall: %e", r);
  80159d:	50                   	push   %eax
  80159e:	68 c8 19 80 00       	push   $0x8019c8
  8015a3:	6a 1a                	push   $0x1a
  8015a5:	68 e8 19 80 00       	push   $0x8019e8
  8015aa:	e8 93 eb ff ff       	call   800142 <_panic>
			panic("set_pgfault_handler: exception stack: %e", r);
  8015af:	50                   	push   %eax
  8015b0:	68 9c 19 80 00       	push   $0x80199c
  8015b5:	6a 18                	push   $0x18
  8015b7:	68 e8 19 80 00       	push   $0x8019e8
  8015bc:	e8 81 eb ff ff       	call   800142 <_panic>

008015c1 <_pgfault_upcall>:

.text
.globl _pgfault_upcall
_pgfault_upcall:
	// Call the C handler with a pointer to the UTrapframe.
	pushl %esp
  8015c1:	54                   	push   %esp
	movl _pgfault_handler, %eax
  8015c2:	a1 00 40 80 00       	mov    0x804000,%eax
	call *%eax
  8015c7:	ff d0                	call   *%eax
	addl $4, %esp
  8015c9:	83 c4 04             	add    $0x4,%esp

	// Push the trap-time eip onto the trap-time stack: store it one
	// word below utf_esp and make utf_esp point at it.
	movl 40(%esp), %eax
  8015cc:	8b 44 24 28          	mov    0x28(%esp),%eax
	movl 48(%esp), %edx
  8015d0:	8b 54 24 30          	mov    0x30(%esp),%edx
	subl $4, %edx
  8015d4:	83 ea 04             	sub    $0x4,%edx
	movl %eax, (%edx)
  8015d7:	89 02                	mov    %eax,(%edx)
	movl %edx, 48(%esp)
  8015d9:	89 54 24 30          	mov    %edx,0x30(%esp)

	// Restore the general registers.
	addl $8, %esp		// skip utf_fault_va and utf_err
  8015dd:	83 c4 08             	add    $0x8,%esp
	popal
  8015e0:	61                   	popa

	// Restore eflags.  Skip utf_eip first: from popfl on, no arithmetic
	// instruction may run, or it would change the restored flags.
	addl $4, %esp
  8015e1:	83 c4 04             	add    $0x4,%esp
	popfl
  8015e4:	9d                   	popf

	// Switch back to the trap-time stack (now holding the eip) ...
	popl %esp
  8015e5:	5c                   	pop    %esp

	// ... and return to the faulting instruction.
	ret
  8015e6:	c3                   	ret
