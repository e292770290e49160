
obj-walkfork/user/testbss:     file format elf32-i386


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
  80002c:	e8 ab 00 00 00       	call   8000dc <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:

uint32_t bigarray[ARRAYSIZE];

void
umain(int argc, char **argv)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	83 ec 14             	sub    $0x14,%esp
	int i;

	cprintf("Making sure bss works right...\n");
  800039:	68 40 11 80 00       	push   $0x801140
  80003e:	e8 66 08 00 00       	call   8008a9 <cprintf>
  800043:	83 c4 10             	add    $0x10,%esp
	for (i = 0; i < ARRAYSIZE; i++)
  800046:	b8 00 00 00 00       	mov    $0x0,%eax
		if (bigarray[i] != 0)
  80004b:	83 3c 85 00 40 80 00 	cmpl   $0x0,0x804000(,%eax,4)
  800052:	00 
  800053:	75 63                	jne    8000b8 <umain+0x85>
	for (i = 0; i < ARRAYSIZE; i++)
  800055:	83 c0 01             	add    $0x1,%eax
  800058:	3d 00 00 10 00       	cmp    $0x100000,%eax
  80005d:	75 ec                	jne    80004b <umain+0x18>
			panic("bigarray[%d] isn't cleared!\n", i);
	for (i = 0; i < ARRAYSIZE; i++)
  80005f:	b8 00 00 00 00       	mov    $0x0,%eax
		bigarray[i] = i;
  800064:	89 04 85 00 40 80 00 	mov    %eax,0x804000(,%eax,4)
	for (i = 0; i < ARRAYSIZE; i++)
  80006b:	83 c0 01             	add    $0x1,%eax
  80006e:	3d 00 00 10 00       	cmp    $0x100000,%eax
  800073:	75 ef                	jne    800064 <umain+0x31>
	for (i = 0; i < ARRAYSIZE; i++)
  800075:	b8 00 00 00 00       	mov    $0x0,%eax
		if (bigarray[i] != i)
  80007a:	39 04 85 00 40 80 00 	cmp    %eax,0x804000(,%eax,4)
  800081:	75 47                	jne    8000ca <umain+0x97>
	for (i = 0; i < ARRAYSIZE; i++)
  800083:	83 c0 01             	add    $0x1,%eax
  800086:	3d 00 00 10 00       	cmp    $0x100000,%eax
  80008b:	75 ed                	jne    80007a <umain+0x47>
			panic("bigarray[%d] didn't hold its value!\n", i);

	cprintf("Yes, good.  Now doing a wild write off the end...\n");
  80008d:	83 ec 0c             	sub    $0xc,%esp
  800090:	68 88 11 80 00       	push   $0x801188
  800095:	e8 0f 08 00 00       	call   8008a9 <cprintf>
	bigarray[ARRAYSIZE+1024] = 0;
  80009a:	c7 05 00 50 c0 00 00 	movl   $0x0,0xc05000
  8000a1:	00 00 00 
	panic("SHOULD HAVE TRAPPED!!!");
  8000a4:	83 c4 0c             	add    $0xc,%esp
  8000a7:	68 e7 11 80 00       	push   $0x8011e7
  8000ac:	6a 1b                	push   $0x1b
  8000ae:	68 d8 11 80 00       	push   $0x8011d8
  8000b3:	e8 7c 00 00 00       	call   800134 <_panic>
			panic("bigarray[%d] isn't cleared!\n", i);
  8000b8:	50                   	push   %eax
  8000b9:	68 bb 11 80 00       	push   $0x8011bb
  8000be:	6a 12                	push   $0x12
  8000c0:	68 d8 11 80 00       	push   $0x8011d8
  8000c5:	e8 6a 00 00 00       	call   800134 <_panic>
			panic("bigarray[%d] didn't hold its value!\n", i);
  8000ca:	50                   	push   %eax
  8000cb:	68 60 11 80 00       	push   $0x801160
  8000d0:	6a 17                	push   $0x17
  8000d2:	68 d8 11 80 00       	push   $0x8011d8
  8000d7:	e8 58 00 00 00       	call   800134 <_panic>

008000dc <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8000dc:	55                   	push   %ebp
  8000dd:	89 e5                	mov    %esp,%ebp
  8000df:	56                   	push   %esi
  8000e0:	53                   	push   %ebx
  8000e1:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8000e4:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  8000e7:	e8 58 0e 00 00       	call   800f44 <sys_getenvid>
  8000ec:	25 ff 03 00 00       	and    $0x3ff,%eax
  8000f1:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8000f4:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8000f9:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  8000fe:	85 db                	test   %ebx,%ebx
  800100:	7e 07                	jle    800109 <libmain+0x2d>
		binaryname = argv[0];
  800102:	8b 06                	mov    (%esi),%eax
  800104:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800109:	83 ec 08             	sub    $0x8,%esp
  80010c:	56                   	push   %esi
  80010d:	53                   	push   %ebx
  80010e:	e8 20 ff ff ff       	call   800033 <umain>

	exit();
  800113:	e8 0a 00 00 00       	call   800122 <exit>
}
  800118:	83 c4 10             	add    $0x10,%esp
  80011b:	8d 65 f8             	lea    -0x8(%ebp),%esp
  80011e:	5b                   	pop    %ebx
  80011f:	5e                   	pop    %esi
  800120:	5d                   	pop    %ebp
  800121:	c3                   	ret

00800122 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  800122:	55                   	push   %ebp
  800123:	89 e5                	mov    %esp,%ebp
  800125:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800128:	6a 00                	push   $0x0
  80012a:	e8 d4 0d 00 00       	call   800f03 <sys_env_destroy>
}
  80012f:	83 c4 10             	add    $0x10,%esp
  800132:	c9                   	leave
  800133:	c3                   	ret

00800134 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  800134:	55                   	push   %ebp
  800135:	89 e5                	mov    %esp,%ebp
  800137:	56                   	push   %esi
  800138:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800139:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  80013c:	8b 35 00 20 80 00    	mov    0x802000,%esi
  800142:	e8 fd 0d 00 00       	call   800f44 <sys_getenvid>
  800147:	83 ec 0c             	sub    $0xc,%esp
  80014a:	ff 75 0c             	push   0xc(%ebp)
  80014d:	ff 75 08             	push   0x8(%ebp)
  800150:	56                   	push   %esi
  800151:	50                   	push   %eax
  800152:	68 08 12 80 00       	push   $0x801208
  800157:	e8 4d 07 00 00       	call   8008a9 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  80015c:	83 c4 18             	add    $0x18,%esp
  80015f:	53                   	push   %ebx
  800160:	ff 75 10             	push   0x10(%ebp)
  800163:	e8 56 00 00 00       	call   8001be <vcprintf>
	cprintf("\n");
  800168:	c7 04 24 d6 11 80 00 	movl   $0x8011d6,(%esp)
  80016f:	e8 35 07 00 00       	call   8008a9 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  800174:	cc                   	int3
  800175:	83 c4 10             	add    $0x10,%esp
	for (;;)
  800178:	eb fe                	jmp    800178 <_panic+0x44>

0080017a <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  80017a:	55                   	push   %ebp
  80017b:	89 e5                	mov    %esp,%ebp
  80017d:	53                   	push   %ebx
  80017e:	83 ec 04             	sub    $0x4,%esp
  800181:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  800184:	8b 13                	mov    (%ebx),%edx
  800186:	8d 42 01             	lea    0x1(%edx),%eax
  800189:	89 03                	mov    %eax,(%ebx)
  80018b:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80018e:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  800192:	3d 00 01 00 00       	cmp    $0x100,%eax
  800197:	74 09                	je     8001a2 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  800199:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  80019d:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8001a0:	c9                   	leave
  8001a1:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8001a2:	83 ec 08             	sub    $0x8,%esp
  8001a5:	68 00 01 00 00       	push   $0x100
  8001aa:	8d 43 08             	lea    0x8(%ebx),%eax
  8001ad:	50                   	push   %eax
  8001ae:	e8 13 0d 00 00       	call   800ec6 <sys_cputs>
		b->idx = 0;
  8001b3:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8001b9:	83 c4 10             	add    $0x10,%esp
  8001bc:	eb db                	jmp    800199 <putch+0x1f>

008001be <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8001be:	55                   	push   %ebp
  8001bf:	89 e5                	mov    %esp,%ebp
  8001c1:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8001c7:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8001ce:	00 00 00 
	b.cnt = 0;
  8001d1:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8001d8:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8001db:	ff 75 0c             	push   0xc(%ebp)
  8001de:	ff 75 08             	push   0x8(%ebp)
  8001e1:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8001e7:	50                   	push   %eax
  8001e8:	68 7a 01 80 00       	push   $0x80017a
  8001ed:	e8 64 00 00 00       	call   800256 <vprintfmt>
	if (b->idx > 0) {
  8001f2:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8001f8:	83 c4 10             	add    $0x10,%esp
  8001fb:	85 c0                	test   %eax,%eax
  8001fd:	7f 08                	jg     800207 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8001ff:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  800205:	c9                   	leave
  800206:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  800207:	83 ec 08             	sub    $0x8,%esp
  80020a:	50                   	push   %eax
  80020b:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  800211:	50                   	push   %eax
  800212:	e8 af 0c 00 00       	call   800ec6 <sys_cputs>
  800217:	83 c4 10             	add    $0x10,%esp
  80021a:	eb e3                	jmp    8001ff <vcprintf+0x41>

0080021c <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  80021c:	55                   	push   %ebp
  80021d:	89 e5                	mov    %esp,%ebp
  80021f:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  800222:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  800226:	8b 10                	mov    (%eax),%edx
  800228:	3b 50 04             	cmp    0x4(%eax),%edx
  80022b:	73 0a                	jae    800237 <sprintputch+0x1b>
		*b->buf++ = ch;
  80022d:	8d 4a 01             	lea    0x1(%edx),%ecx
  800230:	89 08                	mov    %ecx,(%eax)
  800232:	8b 45 08             	mov    0x8(%ebp),%eax
  800235:	88 02                	mov    %al,(%edx)
}
  800237:	5d                   	pop    %ebp
  800238:	c3                   	ret

00800239 <printfmt>:
{
  800239:	55                   	push   %ebp
  80023a:	89 e5                	mov    %esp,%ebp
  80023c:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  80023f:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  800242:	50                   	push   %eax
  800243:	ff 75 10             	push   0x10(%ebp)
  800246:	ff 75 0c             	push   0xc(%ebp)
  800249:	ff 75 08             	push   0x8(%ebp)
  80024c:	e8 05 00 00 00       	call   800256 <vprintfmt>
}
  800251:	83 c4 10             	add    $0x10,%esp
  800254:	c9                   	leave
  800255:	c3                   	ret

00800256 <vprintfmt>:
{
  800256:	55                   	push   %ebp
  800257:	89 e5                	mov    %esp,%ebp
  800259:	57                   	push   %edi
  80025a:	56                   	push   %esi
  80025b:	53                   	push   %ebx
  80025c:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80025f:	8b 45 10             	mov    0x10(%ebp),%eax
  800262:	8d 58 01             	lea    0x1(%eax),%ebx
  800265:	0f b6 00             	movzbl (%eax),%eax
  800268:	83 f8 25             	cmp    $0x25,%eax
  80026b:	74 24                	je     800291 <vprintfmt+0x3b>
  80026d:	8b 75 08             	mov    0x8(%ebp),%esi
  800270:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800273:	85 c0                	test   %eax,%eax
  800275:	0f 84 d8 05 00 00    	je     800853 <vprintfmt+0x5fd>
			putch(ch, putdat);
  80027b:	83 ec 08             	sub    $0x8,%esp
  80027e:	57                   	push   %edi
  80027f:	50                   	push   %eax
  800280:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800282:	83 c3 01             	add    $0x1,%ebx
  800285:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800289:	83 c4 10             	add    $0x10,%esp
  80028c:	83 f8 25             	cmp    $0x25,%eax
  80028f:	75 e2                	jne    800273 <vprintfmt+0x1d>
		padc = ' ';
  800291:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  800295:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  80029a:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  8002a1:	b9 00 00 00 00       	mov    $0x0,%ecx
  8002a6:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8002a8:	8d 53 01             	lea    0x1(%ebx),%edx
  8002ab:	0f b6 0b             	movzbl (%ebx),%ecx
  8002ae:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8002b1:	3c 55                	cmp    $0x55,%al
  8002b3:	0f 87 21 05 00 00    	ja     8007da <vprintfmt+0x584>
  8002b9:	0f b6 c0             	movzbl %al,%eax
  8002bc:	ff 24 85 00 13 80 00 	jmp    *0x801300(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8002c3:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8002c6:	eb 97                	jmp    80025f <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8002c8:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8002ca:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8002ce:	eb d8                	jmp    8002a8 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8002d0:	89 d3                	mov    %edx,%ebx
  8002d2:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8002d6:	eb d0                	jmp    8002a8 <vprintfmt+0x52>
  8002d8:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8002db:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8002de:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8002e2:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8002e5:	83 f9 09             	cmp    $0x9,%ecx
  8002e8:	77 54                	ja     80033e <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8002ea:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8002ed:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8002f0:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8002f4:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8002f7:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8002fa:	83 f9 09             	cmp    $0x9,%ecx
  8002fd:	76 eb                	jbe    8002ea <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8002ff:	89 d3                	mov    %edx,%ebx
  800301:	eb 0d                	jmp    800310 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  800303:	8b 45 14             	mov    0x14(%ebp),%eax
  800306:	8b 38                	mov    (%eax),%edi
  800308:	8d 40 04             	lea    0x4(%eax),%eax
  80030b:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  80030e:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  800310:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800314:	79 92                	jns    8002a8 <vprintfmt+0x52>
				width = precision, precision = -1;
  800316:	89 7d ac             	mov    %edi,-0x54(%ebp)
  800319:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  80031e:	eb 88                	jmp    8002a8 <vprintfmt+0x52>
			if (width < 0)
  800320:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  800323:	85 c9                	test   %ecx,%ecx
  800325:	b8 00 00 00 00       	mov    $0x0,%eax
  80032a:	0f 49 c1             	cmovns %ecx,%eax
  80032d:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800330:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800332:	e9 71 ff ff ff       	jmp    8002a8 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800337:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800339:	e9 6a ff ff ff       	jmp    8002a8 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80033e:	89 d3                	mov    %edx,%ebx
  800340:	eb ce                	jmp    800310 <vprintfmt+0xba>
			lflag++;
  800342:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800345:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800347:	e9 5c ff ff ff       	jmp    8002a8 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  80034c:	89 55 10             	mov    %edx,0x10(%ebp)
  80034f:	8b 45 14             	mov    0x14(%ebp),%eax
  800352:	8d 58 04             	lea    0x4(%eax),%ebx
  800355:	83 ec 08             	sub    $0x8,%esp
  800358:	ff 75 0c             	push   0xc(%ebp)
  80035b:	ff 30                	push   (%eax)
  80035d:	ff 55 08             	call   *0x8(%ebp)
			break;
  800360:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800363:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800366:	e9 f4 fe ff ff       	jmp    80025f <vprintfmt+0x9>
			err = va_arg(ap, int);
  80036b:	89 55 10             	mov    %edx,0x10(%ebp)
  80036e:	8b 45 14             	mov    0x14(%ebp),%eax
  800371:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800374:	8b 10                	mov    (%eax),%edx
  800376:	89 d0                	mov    %edx,%eax
  800378:	f7 d8                	neg    %eax
  80037a:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  80037d:	83 f8 08             	cmp    $0x8,%eax
  800380:	7f 27                	jg     8003a9 <vprintfmt+0x153>
  800382:	8b 14 85 60 14 80 00 	mov    0x801460(,%eax,4),%edx
  800389:	85 d2                	test   %edx,%edx
  80038b:	74 1c                	je     8003a9 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  80038d:	52                   	push   %edx
  80038e:	68 3b 12 80 00       	push   $0x80123b
  800393:	ff 75 0c             	push   0xc(%ebp)
  800396:	ff 75 08             	push   0x8(%ebp)
  800399:	e8 9b fe ff ff       	call   800239 <printfmt>
  80039e:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8003a1:	89 5d 14             	mov    %ebx,0x14(%ebp)
  8003a4:	e9 b6 fe ff ff       	jmp    80025f <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  8003a9:	50                   	push   %eax
  8003aa:	68 32 12 80 00       	push   $0x801232
  8003af:	ff 75 0c             	push   0xc(%ebp)
  8003b2:	ff 75 08             	push   0x8(%ebp)
  8003b5:	e8 7f fe ff ff       	call   800239 <printfmt>
  8003ba:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8003bd:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8003c0:	e9 9a fe ff ff       	jmp    80025f <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8003c5:	89 55 10             	mov    %edx,0x10(%ebp)
  8003c8:	8b 45 14             	mov    0x14(%ebp),%eax
  8003cb:	83 c0 04             	add    $0x4,%eax
  8003ce:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8003d1:	8b 45 14             	mov    0x14(%ebp),%eax
  8003d4:	8b 30                	mov    (%eax),%esi
  8003d6:	85 f6                	test   %esi,%esi
  8003d8:	0f 84 53 04 00 00    	je     800831 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8003de:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8003e2:	7e 06                	jle    8003ea <vprintfmt+0x194>
  8003e4:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8003e8:	75 1b                	jne    800405 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8003ea:	8d 5e 01             	lea    0x1(%esi),%ebx
  8003ed:	0f be 06             	movsbl (%esi),%eax
  8003f0:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8003f3:	85 c0                	test   %eax,%eax
  8003f5:	0f 85 80 00 00 00    	jne    80047b <vprintfmt+0x225>
  8003fb:	e9 8c 00 00 00       	jmp    80048c <vprintfmt+0x236>
				p = "(null)";
  800400:	be 2b 12 80 00       	mov    $0x80122b,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  800405:	83 ec 08             	sub    $0x8,%esp
  800408:	57                   	push   %edi
  800409:	56                   	push   %esi
  80040a:	e8 ea 04 00 00       	call   8008f9 <strnlen>
  80040f:	29 45 ac             	sub    %eax,-0x54(%ebp)
  800412:	8b 55 ac             	mov    -0x54(%ebp),%edx
  800415:	83 c4 10             	add    $0x10,%esp
  800418:	85 d2                	test   %edx,%edx
  80041a:	0f 8e f5 03 00 00    	jle    800815 <vprintfmt+0x5bf>
					putch(padc, putdat);
  800420:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  800424:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800427:	89 d6                	mov    %edx,%esi
  800429:	89 7d b0             	mov    %edi,-0x50(%ebp)
  80042c:	8b 7d 0c             	mov    0xc(%ebp),%edi
  80042f:	83 ec 08             	sub    $0x8,%esp
  800432:	57                   	push   %edi
  800433:	53                   	push   %ebx
  800434:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800437:	83 c4 10             	add    $0x10,%esp
  80043a:	83 ee 01             	sub    $0x1,%esi
  80043d:	75 f0                	jne    80042f <vprintfmt+0x1d9>
  80043f:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800442:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800445:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800448:	8d 5e 01             	lea    0x1(%esi),%ebx
  80044b:	0f be 06             	movsbl (%esi),%eax
  80044e:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800451:	85 c0                	test   %eax,%eax
  800453:	75 26                	jne    80047b <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800455:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800458:	89 45 14             	mov    %eax,0x14(%ebp)
  80045b:	e9 ff fd ff ff       	jmp    80025f <vprintfmt+0x9>
				putch(ch, putdat);
  800460:	83 ec 08             	sub    $0x8,%esp
  800463:	ff 75 0c             	push   0xc(%ebp)
  800466:	50                   	push   %eax
  800467:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80046a:	83 ee 01             	sub    $0x1,%esi
  80046d:	83 c3 01             	add    $0x1,%ebx
  800470:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800474:	83 c4 10             	add    $0x10,%esp
  800477:	85 c0                	test   %eax,%eax
  800479:	74 0e                	je     800489 <vprintfmt+0x233>
  80047b:	85 ff                	test   %edi,%edi
  80047d:	78 e1                	js     800460 <vprintfmt+0x20a>
  80047f:	83 ef 01             	sub    $0x1,%edi
  800482:	79 dc                	jns    800460 <vprintfmt+0x20a>
  800484:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800487:	eb 03                	jmp    80048c <vprintfmt+0x236>
  800489:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  80048c:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800490:	7e 24                	jle    8004b6 <vprintfmt+0x260>
  800492:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  800495:	8b 75 08             	mov    0x8(%ebp),%esi
  800498:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  80049b:	83 ec 08             	sub    $0x8,%esp
  80049e:	57                   	push   %edi
  80049f:	6a 20                	push   $0x20
  8004a1:	ff d6                	call   *%esi
			for (; width > 0; width--)
  8004a3:	83 c4 10             	add    $0x10,%esp
  8004a6:	83 eb 01             	sub    $0x1,%ebx
  8004a9:	75 f0                	jne    80049b <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  8004ab:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8004ae:	89 45 14             	mov    %eax,0x14(%ebp)
  8004b1:	e9 a9 fd ff ff       	jmp    80025f <vprintfmt+0x9>
  8004b6:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8004b9:	89 45 14             	mov    %eax,0x14(%ebp)
  8004bc:	e9 9e fd ff ff       	jmp    80025f <vprintfmt+0x9>
	if (lflag >= 2)
  8004c1:	89 55 10             	mov    %edx,0x10(%ebp)
  8004c4:	83 fe 01             	cmp    $0x1,%esi
  8004c7:	7f 1b                	jg     8004e4 <vprintfmt+0x28e>
	else if (lflag)
  8004c9:	85 f6                	test   %esi,%esi
  8004cb:	74 39                	je     800506 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8004cd:	8b 45 14             	mov    0x14(%ebp),%eax
  8004d0:	8b 00                	mov    (%eax),%eax
  8004d2:	89 c6                	mov    %eax,%esi
  8004d4:	89 c7                	mov    %eax,%edi
  8004d6:	c1 ff 1f             	sar    $0x1f,%edi
  8004d9:	8b 45 14             	mov    0x14(%ebp),%eax
  8004dc:	8d 40 04             	lea    0x4(%eax),%eax
  8004df:	89 45 14             	mov    %eax,0x14(%ebp)
  8004e2:	eb 0e                	jmp    8004f2 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8004e4:	8b 45 14             	mov    0x14(%ebp),%eax
  8004e7:	8b 30                	mov    (%eax),%esi
  8004e9:	8b 78 04             	mov    0x4(%eax),%edi
  8004ec:	8d 40 08             	lea    0x8(%eax),%eax
  8004ef:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8004f2:	85 ff                	test   %edi,%edi
  8004f4:	78 27                	js     80051d <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8004f6:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8004f9:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8004fc:	b8 0a 00 00 00       	mov    $0xa,%eax
  800501:	e9 53 01 00 00       	jmp    800659 <vprintfmt+0x403>
		return va_arg(*ap, int);
  800506:	8b 45 14             	mov    0x14(%ebp),%eax
  800509:	8b 00                	mov    (%eax),%eax
  80050b:	89 c6                	mov    %eax,%esi
  80050d:	89 c7                	mov    %eax,%edi
  80050f:	c1 ff 1f             	sar    $0x1f,%edi
  800512:	8b 45 14             	mov    0x14(%ebp),%eax
  800515:	8d 40 04             	lea    0x4(%eax),%eax
  800518:	89 45 14             	mov    %eax,0x14(%ebp)
  80051b:	eb d5                	jmp    8004f2 <vprintfmt+0x29c>
				putch('-', putdat);
  80051d:	83 ec 08             	sub    $0x8,%esp
  800520:	ff 75 0c             	push   0xc(%ebp)
  800523:	6a 2d                	push   $0x2d
  800525:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800528:	f7 de                	neg    %esi
  80052a:	83 d7 00             	adc    $0x0,%edi
  80052d:	f7 df                	neg    %edi
  80052f:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800532:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800535:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800538:	b8 0a 00 00 00       	mov    $0xa,%eax
  80053d:	e9 17 01 00 00       	jmp    800659 <vprintfmt+0x403>
	if (lflag >= 2)
  800542:	89 55 10             	mov    %edx,0x10(%ebp)
  800545:	83 fe 01             	cmp    $0x1,%esi
  800548:	7f 27                	jg     800571 <vprintfmt+0x31b>
	else if (lflag)
  80054a:	85 f6                	test   %esi,%esi
  80054c:	74 44                	je     800592 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  80054e:	8b 45 14             	mov    0x14(%ebp),%eax
  800551:	8b 00                	mov    (%eax),%eax
  800553:	ba 00 00 00 00       	mov    $0x0,%edx
  800558:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80055b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80055e:	8b 45 14             	mov    0x14(%ebp),%eax
  800561:	8d 40 04             	lea    0x4(%eax),%eax
  800564:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800567:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  80056c:	e9 e8 00 00 00       	jmp    800659 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800571:	8b 45 14             	mov    0x14(%ebp),%eax
  800574:	8b 50 04             	mov    0x4(%eax),%edx
  800577:	8b 00                	mov    (%eax),%eax
  800579:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80057c:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80057f:	8b 45 14             	mov    0x14(%ebp),%eax
  800582:	8d 40 08             	lea    0x8(%eax),%eax
  800585:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800588:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  80058d:	e9 c7 00 00 00       	jmp    800659 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800592:	8b 45 14             	mov    0x14(%ebp),%eax
  800595:	8b 00                	mov    (%eax),%eax
  800597:	ba 00 00 00 00       	mov    $0x0,%edx
  80059c:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80059f:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005a2:	8b 45 14             	mov    0x14(%ebp),%eax
  8005a5:	8d 40 04             	lea    0x4(%eax),%eax
  8005a8:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8005ab:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8005b0:	e9 a4 00 00 00       	jmp    800659 <vprintfmt+0x403>
	if (lflag >= 2)
  8005b5:	89 55 10             	mov    %edx,0x10(%ebp)
  8005b8:	83 fe 01             	cmp    $0x1,%esi
  8005bb:	7f 24                	jg     8005e1 <vprintfmt+0x38b>
	else if (lflag)
  8005bd:	85 f6                	test   %esi,%esi
  8005bf:	74 3e                	je     8005ff <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8005c1:	8b 45 14             	mov    0x14(%ebp),%eax
  8005c4:	8b 00                	mov    (%eax),%eax
  8005c6:	ba 00 00 00 00       	mov    $0x0,%edx
  8005cb:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005ce:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005d1:	8b 45 14             	mov    0x14(%ebp),%eax
  8005d4:	8d 40 04             	lea    0x4(%eax),%eax
  8005d7:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005da:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8005df:	eb 78                	jmp    800659 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8005e1:	8b 45 14             	mov    0x14(%ebp),%eax
  8005e4:	8b 50 04             	mov    0x4(%eax),%edx
  8005e7:	8b 00                	mov    (%eax),%eax
  8005e9:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005ec:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005ef:	8b 45 14             	mov    0x14(%ebp),%eax
  8005f2:	8d 40 08             	lea    0x8(%eax),%eax
  8005f5:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005f8:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8005fd:	eb 5a                	jmp    800659 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8005ff:	8b 45 14             	mov    0x14(%ebp),%eax
  800602:	8b 00                	mov    (%eax),%eax
  800604:	ba 00 00 00 00       	mov    $0x0,%edx
  800609:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80060c:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80060f:	8b 45 14             	mov    0x14(%ebp),%eax
  800612:	8d 40 04             	lea    0x4(%eax),%eax
  800615:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800618:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  80061d:	eb 3a                	jmp    800659 <vprintfmt+0x403>
			putch('0', putdat);
  80061f:	89 55 10             	mov    %edx,0x10(%ebp)
  800622:	83 ec 08             	sub    $0x8,%esp
  800625:	ff 75 0c             	push   0xc(%ebp)
  800628:	6a 30                	push   $0x30
  80062a:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  80062d:	83 c4 08             	add    $0x8,%esp
  800630:	ff 75 0c             	push   0xc(%ebp)
  800633:	6a 78                	push   $0x78
  800635:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800638:	8b 45 14             	mov    0x14(%ebp),%eax
  80063b:	8b 00                	mov    (%eax),%eax
  80063d:	ba 00 00 00 00       	mov    $0x0,%edx
  800642:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800645:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800648:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  80064b:	8b 45 14             	mov    0x14(%ebp),%eax
  80064e:	8d 40 04             	lea    0x4(%eax),%eax
  800651:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800654:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800659:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  80065d:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800660:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800665:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800668:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  80066f:	89 7d a8             	mov    %edi,-0x58(%ebp)
  800672:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800675:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800678:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  80067b:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  80067f:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  800682:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800685:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800688:	ff 75 bc             	push   -0x44(%ebp)
  80068b:	ff 75 b8             	push   -0x48(%ebp)
  80068e:	57                   	push   %edi
  80068f:	56                   	push   %esi
  800690:	e8 2f 07 00 00       	call   800dc4 <__umoddi3>
  800695:	83 c4 10             	add    $0x10,%esp
  800698:	0f b6 80 3e 12 80 00 	movzbl 0x80123e(%eax),%eax
  80069f:	88 03                	mov    %al,(%ebx)
		num /= base;
  8006a1:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006a4:	89 fb                	mov    %edi,%ebx
  8006a6:	ff 75 bc             	push   -0x44(%ebp)
  8006a9:	ff 75 b8             	push   -0x48(%ebp)
  8006ac:	57                   	push   %edi
  8006ad:	56                   	push   %esi
  8006ae:	e8 f6 06 00 00       	call   800da9 <__udivdi3>
  8006b3:	83 c4 10             	add    $0x10,%esp
  8006b6:	89 c6                	mov    %eax,%esi
  8006b8:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8006ba:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8006bd:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8006c0:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8006c3:	73 b6                	jae    80067b <vprintfmt+0x425>
	pad = width - n;
  8006c5:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8006c8:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8006cb:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006ce:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8006d0:	83 ff 2d             	cmp    $0x2d,%edi
  8006d3:	0f 84 de 00 00 00    	je     8007b7 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8006d9:	85 f6                	test   %esi,%esi
  8006db:	0f 8e 27 01 00 00    	jle    800808 <vprintfmt+0x5b2>
  8006e1:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8006e4:	83 ec 08             	sub    $0x8,%esp
  8006e7:	53                   	push   %ebx
  8006e8:	57                   	push   %edi
  8006e9:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8006ec:	83 c4 10             	add    $0x10,%esp
  8006ef:	83 ee 01             	sub    $0x1,%esi
  8006f2:	75 f0                	jne    8006e4 <vprintfmt+0x48e>
  8006f4:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8006f7:	85 db                	test   %ebx,%ebx
  8006f9:	0f 8e 60 fb ff ff    	jle    80025f <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8006ff:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800702:	8b 75 08             	mov    0x8(%ebp),%esi
  800705:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800708:	83 eb 01             	sub    $0x1,%ebx
  80070b:	83 ec 08             	sub    $0x8,%esp
  80070e:	57                   	push   %edi
  80070f:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  800714:	50                   	push   %eax
  800715:	ff d6                	call   *%esi
	while (n > 0)
  800717:	83 c4 10             	add    $0x10,%esp
  80071a:	85 db                	test   %ebx,%ebx
  80071c:	7f ea                	jg     800708 <vprintfmt+0x4b2>
  80071e:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  800721:	85 f6                	test   %esi,%esi
  800723:	0f 8e 36 fb ff ff    	jle    80025f <vprintfmt+0x9>
  800729:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80072c:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  80072f:	83 ec 08             	sub    $0x8,%esp
  800732:	57                   	push   %edi
  800733:	6a 20                	push   $0x20
  800735:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800737:	83 c4 10             	add    $0x10,%esp
  80073a:	83 ee 01             	sub    $0x1,%esi
  80073d:	75 f0                	jne    80072f <vprintfmt+0x4d9>
  80073f:	e9 1b fb ff ff       	jmp    80025f <vprintfmt+0x9>
	if (lflag >= 2)
  800744:	89 55 10             	mov    %edx,0x10(%ebp)
  800747:	83 fe 01             	cmp    $0x1,%esi
  80074a:	7f 27                	jg     800773 <vprintfmt+0x51d>
	else if (lflag)
  80074c:	85 f6                	test   %esi,%esi
  80074e:	74 44                	je     800794 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800750:	8b 45 14             	mov    0x14(%ebp),%eax
  800753:	8b 00                	mov    (%eax),%eax
  800755:	ba 00 00 00 00       	mov    $0x0,%edx
  80075a:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80075d:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800760:	8b 45 14             	mov    0x14(%ebp),%eax
  800763:	8d 40 04             	lea    0x4(%eax),%eax
  800766:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800769:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  80076e:	e9 e6 fe ff ff       	jmp    800659 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800773:	8b 45 14             	mov    0x14(%ebp),%eax
  800776:	8b 50 04             	mov    0x4(%eax),%edx
  800779:	8b 00                	mov    (%eax),%eax
  80077b:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80077e:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800781:	8b 45 14             	mov    0x14(%ebp),%eax
  800784:	8d 40 08             	lea    0x8(%eax),%eax
  800787:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80078a:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  80078f:	e9 c5 fe ff ff       	jmp    800659 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800794:	8b 45 14             	mov    0x14(%ebp),%eax
  800797:	8b 00                	mov    (%eax),%eax
  800799:	ba 00 00 00 00       	mov    $0x0,%edx
  80079e:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007a1:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007a4:	8b 45 14             	mov    0x14(%ebp),%eax
  8007a7:	8d 40 04             	lea    0x4(%eax),%eax
  8007aa:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8007ad:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8007b2:	e9 a2 fe ff ff       	jmp    800659 <vprintfmt+0x403>
	while (n > 0)
  8007b7:	85 db                	test   %ebx,%ebx
  8007b9:	0f 8f 40 ff ff ff    	jg     8006ff <vprintfmt+0x4a9>
  8007bf:	e9 5d ff ff ff       	jmp    800721 <vprintfmt+0x4cb>
			putch(ch, putdat);
  8007c4:	89 55 10             	mov    %edx,0x10(%ebp)
  8007c7:	83 ec 08             	sub    $0x8,%esp
  8007ca:	ff 75 0c             	push   0xc(%ebp)
  8007cd:	6a 25                	push   $0x25
  8007cf:	ff 55 08             	call   *0x8(%ebp)
			break;
  8007d2:	83 c4 10             	add    $0x10,%esp
  8007d5:	e9 85 fa ff ff       	jmp    80025f <vprintfmt+0x9>
			putch('%', putdat);
  8007da:	83 ec 08             	sub    $0x8,%esp
  8007dd:	ff 75 0c             	push   0xc(%ebp)
  8007e0:	6a 25                	push   $0x25
  8007e2:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8007e5:	83 c4 10             	add    $0x10,%esp
  8007e8:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8007ec:	0f 84 d1 fa ff ff    	je     8002c3 <vprintfmt+0x6d>
  8007f2:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8007f5:	89 d8                	mov    %ebx,%eax
  8007f7:	83 e8 01             	sub    $0x1,%eax
  8007fa:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8007fe:	75 f7                	jne    8007f7 <vprintfmt+0x5a1>
  800800:	89 45 10             	mov    %eax,0x10(%ebp)
  800803:	e9 57 fa ff ff       	jmp    80025f <vprintfmt+0x9>
	while (n > 0)
  800808:	85 db                	test   %ebx,%ebx
  80080a:	0f 8f ef fe ff ff    	jg     8006ff <vprintfmt+0x4a9>
  800810:	e9 4a fa ff ff       	jmp    80025f <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800815:	8d 5e 01             	lea    0x1(%esi),%ebx
  800818:	0f be 06             	movsbl (%esi),%eax
  80081b:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80081e:	85 c0                	test   %eax,%eax
  800820:	0f 85 55 fc ff ff    	jne    80047b <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800826:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800829:	89 45 14             	mov    %eax,0x14(%ebp)
  80082c:	e9 2e fa ff ff       	jmp    80025f <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800831:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800835:	74 0a                	je     800841 <vprintfmt+0x5eb>
  800837:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80083b:	0f 8f bf fb ff ff    	jg     800400 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800841:	b8 28 00 00 00       	mov    $0x28,%eax
  800846:	bb 2c 12 80 00       	mov    $0x80122c,%ebx
  80084b:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80084e:	e9 28 fc ff ff       	jmp    80047b <vprintfmt+0x225>
}
  800853:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800856:	5b                   	pop    %ebx
  800857:	5e                   	pop    %esi
  800858:	5f                   	pop    %edi
  800859:	5d                   	pop    %ebp
  80085a:	c3                   	ret

0080085b <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  80085b:	55                   	push   %ebp
  80085c:	89 e5                	mov    %esp,%ebp
  80085e:	83 ec 18             	sub    $0x18,%esp
  800861:	8b 45 08             	mov    0x8(%ebp),%eax
  800864:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800867:	89 45 ec             	mov    %eax,-0x14(%ebp)
  80086a:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  80086e:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800871:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800878:	85 c0                	test   %eax,%eax
  80087a:	74 26                	je     8008a2 <vsnprintf+0x47>
  80087c:	85 d2                	test   %edx,%edx
  80087e:	7e 22                	jle    8008a2 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800880:	ff 75 14             	push   0x14(%ebp)
  800883:	ff 75 10             	push   0x10(%ebp)
  800886:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800889:	50                   	push   %eax
  80088a:	68 1c 02 80 00       	push   $0x80021c
  80088f:	e8 c2 f9 ff ff       	call   800256 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800894:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800897:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  80089a:	8b 45 f4             	mov    -0xc(%ebp),%eax
  80089d:	83 c4 10             	add    $0x10,%esp
}
  8008a0:	c9                   	leave
  8008a1:	c3                   	ret
		return -E_INVAL;
  8008a2:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  8008a7:	eb f7                	jmp    8008a0 <vsnprintf+0x45>

008008a9 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  8008a9:	55                   	push   %ebp
  8008aa:	89 e5                	mov    %esp,%ebp
  8008ac:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  8008af:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  8008b2:	50                   	push   %eax
  8008b3:	ff 75 08             	push   0x8(%ebp)
  8008b6:	e8 03 f9 ff ff       	call   8001be <vcprintf>
	va_end(ap);

	return cnt;
}
  8008bb:	c9                   	leave
  8008bc:	c3                   	ret

008008bd <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  8008bd:	55                   	push   %ebp
  8008be:	89 e5                	mov    %esp,%ebp
  8008c0:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  8008c3:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  8008c6:	50                   	push   %eax
  8008c7:	ff 75 10             	push   0x10(%ebp)
  8008ca:	ff 75 0c             	push   0xc(%ebp)
  8008cd:	ff 75 08             	push   0x8(%ebp)
  8008d0:	e8 86 ff ff ff       	call   80085b <vsnprintf>
	va_end(ap);

	return rc;
}
  8008d5:	c9                   	leave
  8008d6:	c3                   	ret

008008d7 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8008d7:	55                   	push   %ebp
  8008d8:	89 e5                	mov    %esp,%ebp
  8008da:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8008dd:	80 3a 00             	cmpb   $0x0,(%edx)
  8008e0:	74 10                	je     8008f2 <strlen+0x1b>
  8008e2:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  8008e7:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  8008ea:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  8008ee:	75 f7                	jne    8008e7 <strlen+0x10>
	return n;
}
  8008f0:	5d                   	pop    %ebp
  8008f1:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  8008f2:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  8008f7:	eb f7                	jmp    8008f0 <strlen+0x19>

008008f9 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  8008f9:	55                   	push   %ebp
  8008fa:	89 e5                	mov    %esp,%ebp
  8008fc:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008ff:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800902:	85 d2                	test   %edx,%edx
  800904:	74 16                	je     80091c <strnlen+0x23>
  800906:	b8 00 00 00 00       	mov    $0x0,%eax
  80090b:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  80090f:	74 09                	je     80091a <strnlen+0x21>
		n++;
  800911:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800914:	39 d0                	cmp    %edx,%eax
  800916:	75 f3                	jne    80090b <strnlen+0x12>
		n++;
  800918:	89 d0                	mov    %edx,%eax
	return n;
}
  80091a:	5d                   	pop    %ebp
  80091b:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80091c:	b8 00 00 00 00       	mov    $0x0,%eax
  800921:	eb f7                	jmp    80091a <strnlen+0x21>

00800923 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800923:	55                   	push   %ebp
  800924:	89 e5                	mov    %esp,%ebp
  800926:	53                   	push   %ebx
  800927:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80092a:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  80092d:	b8 00 00 00 00       	mov    $0x0,%eax
  800932:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800936:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800939:	83 c0 01             	add    $0x1,%eax
  80093c:	84 d2                	test   %dl,%dl
  80093e:	75 f2                	jne    800932 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800940:	89 c8                	mov    %ecx,%eax
  800942:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800945:	c9                   	leave
  800946:	c3                   	ret

00800947 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800947:	55                   	push   %ebp
  800948:	89 e5                	mov    %esp,%ebp
  80094a:	53                   	push   %ebx
  80094b:	83 ec 10             	sub    $0x10,%esp
  80094e:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800951:	53                   	push   %ebx
  800952:	e8 80 ff ff ff       	call   8008d7 <strlen>
  800957:	83 c4 08             	add    $0x8,%esp
  80095a:	ff 75 0c             	push   0xc(%ebp)
  80095d:	01 d8                	add    %ebx,%eax
  80095f:	50                   	push   %eax
  800960:	e8 be ff ff ff       	call   800923 <strcpy>
	return dst;
}
  800965:	89 d8                	mov    %ebx,%eax
  800967:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80096a:	c9                   	leave
  80096b:	c3                   	ret

0080096c <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  80096c:	55                   	push   %ebp
  80096d:	89 e5                	mov    %esp,%ebp
  80096f:	56                   	push   %esi
  800970:	53                   	push   %ebx
  800971:	8b 75 08             	mov    0x8(%ebp),%esi
  800974:	8b 55 0c             	mov    0xc(%ebp),%edx
  800977:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  80097a:	85 db                	test   %ebx,%ebx
  80097c:	74 17                	je     800995 <strncpy+0x29>
  80097e:	01 f3                	add    %esi,%ebx
  800980:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800982:	83 c0 01             	add    $0x1,%eax
  800985:	0f b6 0a             	movzbl (%edx),%ecx
  800988:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  80098b:	80 f9 01             	cmp    $0x1,%cl
  80098e:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800991:	39 c3                	cmp    %eax,%ebx
  800993:	75 ed                	jne    800982 <strncpy+0x16>
	}
	return ret;
}
  800995:	89 f0                	mov    %esi,%eax
  800997:	5b                   	pop    %ebx
  800998:	5e                   	pop    %esi
  800999:	5d                   	pop    %ebp
  80099a:	c3                   	ret

0080099b <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  80099b:	55                   	push   %ebp
  80099c:	89 e5                	mov    %esp,%ebp
  80099e:	56                   	push   %esi
  80099f:	53                   	push   %ebx
  8009a0:	8b 75 08             	mov    0x8(%ebp),%esi
  8009a3:	8b 55 0c             	mov    0xc(%ebp),%edx
  8009a6:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  8009a9:	89 f0                	mov    %esi,%eax
  8009ab:	85 db                	test   %ebx,%ebx
  8009ad:	74 1e                	je     8009cd <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  8009af:	83 eb 01             	sub    $0x1,%ebx
  8009b2:	74 16                	je     8009ca <strlcpy+0x2f>
  8009b4:	01 f3                	add    %esi,%ebx
  8009b6:	0f b6 0a             	movzbl (%edx),%ecx
  8009b9:	84 c9                	test   %cl,%cl
  8009bb:	74 0d                	je     8009ca <strlcpy+0x2f>
			*dst++ = *src++;
  8009bd:	83 c2 01             	add    $0x1,%edx
  8009c0:	83 c0 01             	add    $0x1,%eax
  8009c3:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  8009c6:	39 d8                	cmp    %ebx,%eax
  8009c8:	75 ec                	jne    8009b6 <strlcpy+0x1b>
		*dst = '\0';
  8009ca:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  8009cd:	29 f0                	sub    %esi,%eax
}
  8009cf:	5b                   	pop    %ebx
  8009d0:	5e                   	pop    %esi
  8009d1:	5d                   	pop    %ebp
  8009d2:	c3                   	ret

008009d3 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  8009d3:	55                   	push   %ebp
  8009d4:	89 e5                	mov    %esp,%ebp
  8009d6:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8009d9:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  8009dc:	0f b6 01             	movzbl (%ecx),%eax
  8009df:	84 c0                	test   %al,%al
  8009e1:	74 11                	je     8009f4 <strcmp+0x21>
  8009e3:	38 02                	cmp    %al,(%edx)
  8009e5:	75 0d                	jne    8009f4 <strcmp+0x21>
		p++, q++;
  8009e7:	83 c1 01             	add    $0x1,%ecx
  8009ea:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  8009ed:	0f b6 01             	movzbl (%ecx),%eax
  8009f0:	84 c0                	test   %al,%al
  8009f2:	75 ef                	jne    8009e3 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  8009f4:	0f b6 c0             	movzbl %al,%eax
  8009f7:	0f b6 12             	movzbl (%edx),%edx
  8009fa:	29 d0                	sub    %edx,%eax
}
  8009fc:	5d                   	pop    %ebp
  8009fd:	c3                   	ret

008009fe <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  8009fe:	55                   	push   %ebp
  8009ff:	89 e5                	mov    %esp,%ebp
  800a01:	53                   	push   %ebx
  800a02:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800a05:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800a08:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800a0b:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800a10:	85 d2                	test   %edx,%edx
  800a12:	74 2e                	je     800a42 <strncmp+0x44>
  800a14:	0f b6 01             	movzbl (%ecx),%eax
  800a17:	84 c0                	test   %al,%al
  800a19:	74 16                	je     800a31 <strncmp+0x33>
  800a1b:	3a 03                	cmp    (%ebx),%al
  800a1d:	75 12                	jne    800a31 <strncmp+0x33>
		n--, p++, q++;
  800a1f:	83 c1 01             	add    $0x1,%ecx
  800a22:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800a25:	83 ea 01             	sub    $0x1,%edx
  800a28:	75 ea                	jne    800a14 <strncmp+0x16>
		return 0;
  800a2a:	b8 00 00 00 00       	mov    $0x0,%eax
  800a2f:	eb 11                	jmp    800a42 <strncmp+0x44>
  800a31:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800a36:	85 d2                	test   %edx,%edx
  800a38:	74 08                	je     800a42 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800a3a:	0f b6 01             	movzbl (%ecx),%eax
  800a3d:	0f b6 13             	movzbl (%ebx),%edx
  800a40:	29 d0                	sub    %edx,%eax
}
  800a42:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a45:	c9                   	leave
  800a46:	c3                   	ret

00800a47 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800a47:	55                   	push   %ebp
  800a48:	89 e5                	mov    %esp,%ebp
  800a4a:	8b 45 08             	mov    0x8(%ebp),%eax
  800a4d:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800a51:	0f b6 10             	movzbl (%eax),%edx
  800a54:	84 d2                	test   %dl,%dl
  800a56:	74 15                	je     800a6d <strchr+0x26>
		if (*s == c)
  800a58:	38 d1                	cmp    %dl,%cl
  800a5a:	74 0f                	je     800a6b <strchr+0x24>
	for (; *s; s++)
  800a5c:	83 c0 01             	add    $0x1,%eax
  800a5f:	0f b6 10             	movzbl (%eax),%edx
  800a62:	84 d2                	test   %dl,%dl
  800a64:	75 f2                	jne    800a58 <strchr+0x11>
			return (char *) s;
	return 0;
  800a66:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800a6b:	5d                   	pop    %ebp
  800a6c:	c3                   	ret
	return 0;
  800a6d:	b8 00 00 00 00       	mov    $0x0,%eax
  800a72:	eb f7                	jmp    800a6b <strchr+0x24>

00800a74 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800a74:	55                   	push   %ebp
  800a75:	89 e5                	mov    %esp,%ebp
  800a77:	53                   	push   %ebx
  800a78:	8b 45 08             	mov    0x8(%ebp),%eax
  800a7b:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800a7e:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800a81:	38 d3                	cmp    %dl,%bl
  800a83:	74 14                	je     800a99 <strfind+0x25>
  800a85:	89 d1                	mov    %edx,%ecx
  800a87:	84 db                	test   %bl,%bl
  800a89:	74 0e                	je     800a99 <strfind+0x25>
	for (; *s; s++)
  800a8b:	83 c0 01             	add    $0x1,%eax
  800a8e:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800a91:	38 ca                	cmp    %cl,%dl
  800a93:	74 04                	je     800a99 <strfind+0x25>
  800a95:	84 d2                	test   %dl,%dl
  800a97:	75 f2                	jne    800a8b <strfind+0x17>
			break;
	return (char *) s;
}
  800a99:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a9c:	c9                   	leave
  800a9d:	c3                   	ret

00800a9e <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800a9e:	55                   	push   %ebp
  800a9f:	89 e5                	mov    %esp,%ebp
  800aa1:	53                   	push   %ebx
  800aa2:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800aa5:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800aa8:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800aab:	85 d2                	test   %edx,%edx
  800aad:	74 0e                	je     800abd <memset+0x1f>
  800aaf:	01 da                	add    %ebx,%edx
	char *p = v;
  800ab1:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800ab3:	83 c0 01             	add    $0x1,%eax
  800ab6:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800ab9:	39 c2                	cmp    %eax,%edx
  800abb:	75 f6                	jne    800ab3 <memset+0x15>
	return v;
}
  800abd:	89 d8                	mov    %ebx,%eax
  800abf:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800ac2:	c9                   	leave
  800ac3:	c3                   	ret

00800ac4 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800ac4:	55                   	push   %ebp
  800ac5:	89 e5                	mov    %esp,%ebp
  800ac7:	56                   	push   %esi
  800ac8:	53                   	push   %ebx
  800ac9:	8b 75 08             	mov    0x8(%ebp),%esi
  800acc:	8b 45 0c             	mov    0xc(%ebp),%eax
  800acf:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800ad2:	39 f0                	cmp    %esi,%eax
  800ad4:	72 20                	jb     800af6 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800ad6:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800ad9:	89 f2                	mov    %esi,%edx
  800adb:	85 c9                	test   %ecx,%ecx
  800add:	74 11                	je     800af0 <memmove+0x2c>
			*d++ = *s++;
  800adf:	83 c0 01             	add    $0x1,%eax
  800ae2:	83 c2 01             	add    $0x1,%edx
  800ae5:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800ae9:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800aec:	39 d8                	cmp    %ebx,%eax
  800aee:	75 ef                	jne    800adf <memmove+0x1b>
	return dst;
}
  800af0:	89 f0                	mov    %esi,%eax
  800af2:	5b                   	pop    %ebx
  800af3:	5e                   	pop    %esi
  800af4:	5d                   	pop    %ebp
  800af5:	c3                   	ret
	if (s < d && s + n > d) {
  800af6:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800af9:	39 d6                	cmp    %edx,%esi
  800afb:	73 d9                	jae    800ad6 <memmove+0x12>
		while (n-- > 0)
  800afd:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800b00:	85 c9                	test   %ecx,%ecx
  800b02:	74 ec                	je     800af0 <memmove+0x2c>
			*--d = *--s;
  800b04:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800b08:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800b0b:	83 ea 01             	sub    $0x1,%edx
  800b0e:	83 fa ff             	cmp    $0xffffffff,%edx
  800b11:	75 f1                	jne    800b04 <memmove+0x40>
  800b13:	eb db                	jmp    800af0 <memmove+0x2c>

00800b15 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800b15:	55                   	push   %ebp
  800b16:	89 e5                	mov    %esp,%ebp
  800b18:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800b1b:	ff 75 10             	push   0x10(%ebp)
  800b1e:	ff 75 0c             	push   0xc(%ebp)
  800b21:	ff 75 08             	push   0x8(%ebp)
  800b24:	e8 9b ff ff ff       	call   800ac4 <memmove>
}
  800b29:	c9                   	leave
  800b2a:	c3                   	ret

00800b2b <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800b2b:	55                   	push   %ebp
  800b2c:	89 e5                	mov    %esp,%ebp
  800b2e:	56                   	push   %esi
  800b2f:	53                   	push   %ebx
  800b30:	8b 45 08             	mov    0x8(%ebp),%eax
  800b33:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b36:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800b39:	85 f6                	test   %esi,%esi
  800b3b:	74 29                	je     800b66 <memcmp+0x3b>
  800b3d:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800b3f:	0f b6 08             	movzbl (%eax),%ecx
  800b42:	0f b6 1a             	movzbl (%edx),%ebx
  800b45:	38 d9                	cmp    %bl,%cl
  800b47:	75 11                	jne    800b5a <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800b49:	83 c0 01             	add    $0x1,%eax
  800b4c:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800b4f:	39 c6                	cmp    %eax,%esi
  800b51:	75 ec                	jne    800b3f <memcmp+0x14>
	}
	return 0;
  800b53:	b8 00 00 00 00       	mov    $0x0,%eax
  800b58:	eb 08                	jmp    800b62 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800b5a:	0f b6 c1             	movzbl %cl,%eax
  800b5d:	0f b6 db             	movzbl %bl,%ebx
  800b60:	29 d8                	sub    %ebx,%eax
}
  800b62:	5b                   	pop    %ebx
  800b63:	5e                   	pop    %esi
  800b64:	5d                   	pop    %ebp
  800b65:	c3                   	ret
	return 0;
  800b66:	b8 00 00 00 00       	mov    $0x0,%eax
  800b6b:	eb f5                	jmp    800b62 <memcmp+0x37>

00800b6d <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800b6d:	55                   	push   %ebp
  800b6e:	89 e5                	mov    %esp,%ebp
  800b70:	8b 45 08             	mov    0x8(%ebp),%eax
  800b73:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800b76:	89 c2                	mov    %eax,%edx
  800b78:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800b7b:	39 d0                	cmp    %edx,%eax
  800b7d:	73 0d                	jae    800b8c <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800b7f:	38 08                	cmp    %cl,(%eax)
  800b81:	74 0d                	je     800b90 <memfind+0x23>
	for (; s < ends; s++)
  800b83:	83 c0 01             	add    $0x1,%eax
  800b86:	39 c2                	cmp    %eax,%edx
  800b88:	75 f5                	jne    800b7f <memfind+0x12>
  800b8a:	eb 06                	jmp    800b92 <memfind+0x25>
  800b8c:	89 c2                	mov    %eax,%edx
  800b8e:	eb 02                	jmp    800b92 <memfind+0x25>
  800b90:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800b92:	89 d0                	mov    %edx,%eax
  800b94:	5d                   	pop    %ebp
  800b95:	c3                   	ret

00800b96 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800b96:	55                   	push   %ebp
  800b97:	89 e5                	mov    %esp,%ebp
  800b99:	57                   	push   %edi
  800b9a:	56                   	push   %esi
  800b9b:	53                   	push   %ebx
  800b9c:	8b 55 08             	mov    0x8(%ebp),%edx
  800b9f:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800ba2:	0f b6 02             	movzbl (%edx),%eax
  800ba5:	3c 20                	cmp    $0x20,%al
  800ba7:	74 04                	je     800bad <strtol+0x17>
  800ba9:	3c 09                	cmp    $0x9,%al
  800bab:	75 0e                	jne    800bbb <strtol+0x25>
		s++;
  800bad:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800bb0:	0f b6 02             	movzbl (%edx),%eax
  800bb3:	3c 20                	cmp    $0x20,%al
  800bb5:	74 f6                	je     800bad <strtol+0x17>
  800bb7:	3c 09                	cmp    $0x9,%al
  800bb9:	74 f2                	je     800bad <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800bbb:	3c 2b                	cmp    $0x2b,%al
  800bbd:	74 2a                	je     800be9 <strtol+0x53>
	int neg = 0;
  800bbf:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800bc4:	3c 2d                	cmp    $0x2d,%al
  800bc6:	74 2b                	je     800bf3 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800bc8:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800bce:	75 0f                	jne    800bdf <strtol+0x49>
  800bd0:	80 3a 30             	cmpb   $0x30,(%edx)
  800bd3:	74 28                	je     800bfd <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800bd5:	85 db                	test   %ebx,%ebx
  800bd7:	b8 0a 00 00 00       	mov    $0xa,%eax
  800bdc:	0f 44 d8             	cmove  %eax,%ebx
  800bdf:	b9 00 00 00 00       	mov    $0x0,%ecx
  800be4:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800be7:	eb 46                	jmp    800c2f <strtol+0x99>
		s++;
  800be9:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800bec:	bf 00 00 00 00       	mov    $0x0,%edi
  800bf1:	eb d5                	jmp    800bc8 <strtol+0x32>
		s++, neg = 1;
  800bf3:	83 c2 01             	add    $0x1,%edx
  800bf6:	bf 01 00 00 00       	mov    $0x1,%edi
  800bfb:	eb cb                	jmp    800bc8 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800bfd:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800c01:	74 0e                	je     800c11 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800c03:	85 db                	test   %ebx,%ebx
  800c05:	75 d8                	jne    800bdf <strtol+0x49>
		s++, base = 8;
  800c07:	83 c2 01             	add    $0x1,%edx
  800c0a:	bb 08 00 00 00       	mov    $0x8,%ebx
  800c0f:	eb ce                	jmp    800bdf <strtol+0x49>
		s += 2, base = 16;
  800c11:	83 c2 02             	add    $0x2,%edx
  800c14:	bb 10 00 00 00       	mov    $0x10,%ebx
  800c19:	eb c4                	jmp    800bdf <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800c1b:	0f be c0             	movsbl %al,%eax
  800c1e:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800c21:	3b 45 10             	cmp    0x10(%ebp),%eax
  800c24:	7d 3a                	jge    800c60 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800c26:	83 c2 01             	add    $0x1,%edx
  800c29:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800c2d:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800c2f:	0f b6 02             	movzbl (%edx),%eax
  800c32:	8d 70 d0             	lea    -0x30(%eax),%esi
  800c35:	89 f3                	mov    %esi,%ebx
  800c37:	80 fb 09             	cmp    $0x9,%bl
  800c3a:	76 df                	jbe    800c1b <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800c3c:	8d 70 9f             	lea    -0x61(%eax),%esi
  800c3f:	89 f3                	mov    %esi,%ebx
  800c41:	80 fb 19             	cmp    $0x19,%bl
  800c44:	77 08                	ja     800c4e <strtol+0xb8>
			dig = *s - 'a' + 10;
  800c46:	0f be c0             	movsbl %al,%eax
  800c49:	83 e8 57             	sub    $0x57,%eax
  800c4c:	eb d3                	jmp    800c21 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800c4e:	8d 70 bf             	lea    -0x41(%eax),%esi
  800c51:	89 f3                	mov    %esi,%ebx
  800c53:	80 fb 19             	cmp    $0x19,%bl
  800c56:	77 08                	ja     800c60 <strtol+0xca>
			dig = *s - 'A' + 10;
  800c58:	0f be c0             	movsbl %al,%eax
  800c5b:	83 e8 37             	sub    $0x37,%eax
  800c5e:	eb c1                	jmp    800c21 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800c60:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800c64:	74 05                	je     800c6b <strtol+0xd5>
		*endptr = (char *) s;
  800c66:	8b 45 0c             	mov    0xc(%ebp),%eax
  800c69:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800c6b:	89 c8                	mov    %ecx,%eax
  800c6d:	f7 d8                	neg    %eax
  800c6f:	85 ff                	test   %edi,%edi
  800c71:	0f 45 c8             	cmovne %eax,%ecx
}
  800c74:	89 c8                	mov    %ecx,%eax
  800c76:	5b                   	pop    %ebx
  800c77:	5e                   	pop    %esi
  800c78:	5f                   	pop    %edi
  800c79:	5d                   	pop    %ebp
  800c7a:	c3                   	ret

00800c7b <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800c7b:	55                   	push   %ebp
  800c7c:	89 e5                	mov    %esp,%ebp
  800c7e:	57                   	push   %edi
  800c7f:	56                   	push   %esi
  800c80:	53                   	push   %ebx
  800c81:	83 ec 24             	sub    $0x24,%esp
  800c84:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800c87:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800c8a:	8b 45 08             	mov    0x8(%ebp),%eax
  800c8d:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c90:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800c93:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800c96:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800c99:	89 d1                	mov    %edx,%ecx
  800c9b:	09 c1                	or     %eax,%ecx
  800c9d:	74 2f                	je     800cce <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800c9f:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800ca2:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800ca5:	89 d0                	mov    %edx,%eax
  800ca7:	83 c8 00             	or     $0x0,%eax
  800caa:	74 48                	je     800cf4 <udivmod64+0x79>
  800cac:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800cb1:	be 00 00 00 00       	mov    $0x0,%esi
  800cb6:	bf 00 00 00 00       	mov    $0x0,%edi
  800cbb:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800cc2:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800cc9:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ccc:	eb 5f                	jmp    800d2d <udivmod64+0xb2>
		return ~0ULL;
  800cce:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800cd5:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800cdc:	85 db                	test   %ebx,%ebx
  800cde:	0f 84 b7 00 00 00    	je     800d9b <udivmod64+0x120>
			*rem = n;
  800ce4:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800ce7:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800cea:	89 03                	mov    %eax,(%ebx)
  800cec:	89 53 04             	mov    %edx,0x4(%ebx)
  800cef:	e9 a7 00 00 00       	jmp    800d9b <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800cf4:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800cf7:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800cfa:	85 db                	test   %ebx,%ebx
  800cfc:	74 12                	je     800d10 <udivmod64+0x95>
			*rem = n32 % d32;
  800cfe:	89 c8                	mov    %ecx,%eax
  800d00:	ba 00 00 00 00       	mov    $0x0,%edx
  800d05:	f7 f6                	div    %esi
  800d07:	89 13                	mov    %edx,(%ebx)
  800d09:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800d10:	89 c8                	mov    %ecx,%eax
  800d12:	ba 00 00 00 00       	mov    $0x0,%edx
  800d17:	f7 f6                	div    %esi
  800d19:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800d1c:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800d23:	eb 76                	jmp    800d9b <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800d25:	83 e9 01             	sub    $0x1,%ecx
  800d28:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800d2b:	74 62                	je     800d8f <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800d2d:	89 f0                	mov    %esi,%eax
  800d2f:	89 fa                	mov    %edi,%edx
  800d31:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800d35:	01 c0                	add    %eax,%eax
  800d37:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800d3a:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800d3d:	0f ad fe             	shrd   %cl,%edi,%esi
  800d40:	d3 ef                	shr    %cl,%edi
  800d42:	f6 c1 20             	test   $0x20,%cl
  800d45:	74 04                	je     800d4b <udivmod64+0xd0>
  800d47:	89 fe                	mov    %edi,%esi
  800d49:	31 ff                	xor    %edi,%edi
  800d4b:	89 f7                	mov    %esi,%edi
  800d4d:	83 e7 01             	and    $0x1,%edi
  800d50:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800d53:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800d5a:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800d5d:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800d60:	09 c6                	or     %eax,%esi
  800d62:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800d64:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800d67:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800d6a:	39 c6                	cmp    %eax,%esi
  800d6c:	89 fb                	mov    %edi,%ebx
  800d6e:	19 d3                	sbb    %edx,%ebx
  800d70:	72 b3                	jb     800d25 <udivmod64+0xaa>
			r -= d;
  800d72:	29 c6                	sub    %eax,%esi
  800d74:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800d76:	31 c0                	xor    %eax,%eax
  800d78:	31 d2                	xor    %edx,%edx
  800d7a:	f6 c1 20             	test   $0x20,%cl
  800d7d:	0f 94 c0             	sete   %al
  800d80:	0f 95 c2             	setne  %dl
  800d83:	d3 e0                	shl    %cl,%eax
  800d85:	d3 e2                	shl    %cl,%edx
  800d87:	09 45 d0             	or     %eax,-0x30(%ebp)
  800d8a:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800d8d:	eb 96                	jmp    800d25 <udivmod64+0xaa>
		}
	}
	if (rem)
  800d8f:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800d92:	85 db                	test   %ebx,%ebx
  800d94:	74 05                	je     800d9b <udivmod64+0x120>
		*rem = r;
  800d96:	89 33                	mov    %esi,(%ebx)
  800d98:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800d9b:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800d9e:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800da1:	83 c4 24             	add    $0x24,%esp
  800da4:	5b                   	pop    %ebx
  800da5:	5e                   	pop    %esi
  800da6:	5f                   	pop    %edi
  800da7:	5d                   	pop    %ebp
  800da8:	c3                   	ret

00800da9 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800da9:	55                   	push   %ebp
  800daa:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800dac:	83 ec 04             	sub    $0x4,%esp
  800daf:	6a 00                	push   $0x0
  800db1:	ff 75 14             	push   0x14(%ebp)
  800db4:	ff 75 10             	push   0x10(%ebp)
  800db7:	8b 45 08             	mov    0x8(%ebp),%eax
  800dba:	8b 55 0c             	mov    0xc(%ebp),%edx
  800dbd:	e8 b9 fe ff ff       	call   800c7b <udivmod64>
}
  800dc2:	c9                   	leave
  800dc3:	c3                   	ret

00800dc4 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800dc4:	55                   	push   %ebp
  800dc5:	89 e5                	mov    %esp,%ebp
  800dc7:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800dca:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800dcd:	50                   	push   %eax
  800dce:	ff 75 14             	push   0x14(%ebp)
  800dd1:	ff 75 10             	push   0x10(%ebp)
  800dd4:	8b 45 08             	mov    0x8(%ebp),%eax
  800dd7:	8b 55 0c             	mov    0xc(%ebp),%edx
  800dda:	e8 9c fe ff ff       	call   800c7b <udivmod64>
	return r;
}
  800ddf:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800de2:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800de5:	c9                   	leave
  800de6:	c3                   	ret

00800de7 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800de7:	55                   	push   %ebp
  800de8:	89 e5                	mov    %esp,%ebp
  800dea:	57                   	push   %edi
  800deb:	56                   	push   %esi
  800dec:	53                   	push   %ebx
  800ded:	83 ec 0c             	sub    $0xc,%esp
  800df0:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800df3:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800df6:	8b 45 10             	mov    0x10(%ebp),%eax
  800df9:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800dfc:	89 ce                	mov    %ecx,%esi
  800dfe:	89 df                	mov    %ebx,%edi
  800e00:	31 c6                	xor    %eax,%esi
  800e02:	31 d7                	xor    %edx,%edi
  800e04:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800e07:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e0a:	89 c6                	mov    %eax,%esi
  800e0c:	89 d7                	mov    %edx,%edi
  800e0e:	85 d2                	test   %edx,%edx
  800e10:	78 25                	js     800e37 <__divdi3+0x50>
  800e12:	89 c8                	mov    %ecx,%eax
  800e14:	89 da                	mov    %ebx,%edx
  800e16:	85 db                	test   %ebx,%ebx
  800e18:	78 2a                	js     800e44 <__divdi3+0x5d>
  800e1a:	83 ec 04             	sub    $0x4,%esp
  800e1d:	6a 00                	push   $0x0
  800e1f:	57                   	push   %edi
  800e20:	56                   	push   %esi
  800e21:	e8 55 fe ff ff       	call   800c7b <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800e26:	83 c4 10             	add    $0x10,%esp
  800e29:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800e2d:	78 1e                	js     800e4d <__divdi3+0x66>
}
  800e2f:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e32:	5b                   	pop    %ebx
  800e33:	5e                   	pop    %esi
  800e34:	5f                   	pop    %edi
  800e35:	5d                   	pop    %ebp
  800e36:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e37:	f7 d8                	neg    %eax
  800e39:	83 d2 00             	adc    $0x0,%edx
  800e3c:	f7 da                	neg    %edx
  800e3e:	89 c6                	mov    %eax,%esi
  800e40:	89 d7                	mov    %edx,%edi
  800e42:	eb ce                	jmp    800e12 <__divdi3+0x2b>
  800e44:	f7 d8                	neg    %eax
  800e46:	83 d2 00             	adc    $0x0,%edx
  800e49:	f7 da                	neg    %edx
  800e4b:	eb cd                	jmp    800e1a <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800e4d:	f7 d8                	neg    %eax
  800e4f:	83 d2 00             	adc    $0x0,%edx
  800e52:	f7 da                	neg    %edx
  800e54:	eb d9                	jmp    800e2f <__divdi3+0x48>

00800e56 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800e56:	55                   	push   %ebp
  800e57:	89 e5                	mov    %esp,%ebp
  800e59:	57                   	push   %edi
  800e5a:	56                   	push   %esi
  800e5b:	53                   	push   %ebx
  800e5c:	83 ec 14             	sub    $0x14,%esp
  800e5f:	8b 45 08             	mov    0x8(%ebp),%eax
  800e62:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e65:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800e68:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e6b:	89 ce                	mov    %ecx,%esi
  800e6d:	89 df                	mov    %ebx,%edi
  800e6f:	85 db                	test   %ebx,%ebx
  800e71:	78 23                	js     800e96 <__moddi3+0x40>
  800e73:	85 d2                	test   %edx,%edx
  800e75:	78 28                	js     800e9f <__moddi3+0x49>
  800e77:	83 ec 04             	sub    $0x4,%esp
  800e7a:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800e7d:	51                   	push   %ecx
  800e7e:	57                   	push   %edi
  800e7f:	56                   	push   %esi
  800e80:	e8 f6 fd ff ff       	call   800c7b <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800e85:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800e88:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800e8b:	83 c4 10             	add    $0x10,%esp
}
  800e8e:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e91:	5b                   	pop    %ebx
  800e92:	5e                   	pop    %esi
  800e93:	5f                   	pop    %edi
  800e94:	5d                   	pop    %ebp
  800e95:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e96:	f7 de                	neg    %esi
  800e98:	83 d7 00             	adc    $0x0,%edi
  800e9b:	f7 df                	neg    %edi
  800e9d:	eb d4                	jmp    800e73 <__moddi3+0x1d>
  800e9f:	f7 d8                	neg    %eax
  800ea1:	83 d2 00             	adc    $0x0,%edx
  800ea4:	f7 da                	neg    %edx
  800ea6:	83 ec 04             	sub    $0x4,%esp
  800ea9:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800eac:	51                   	push   %ecx
  800ead:	57                   	push   %edi
  800eae:	56                   	push   %esi
  800eaf:	e8 c7 fd ff ff       	call   800c7b <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800eb4:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800eb7:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800eba:	f7 d8                	neg    %eax
  800ebc:	83 d2 00             	adc    $0x0,%edx
  800ebf:	f7 da                	neg    %edx
  800ec1:	83 c4 10             	add    $0x10,%esp
  800ec4:	eb c8                	jmp    800e8e <__moddi3+0x38>

00800ec6 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800ec6:	55                   	push   %ebp
  800ec7:	89 e5                	mov    %esp,%ebp
  800ec9:	57                   	push   %edi
  800eca:	56                   	push   %esi
  800ecb:	53                   	push   %ebx
	asm volatile("int %1\n"
  800ecc:	b8 00 00 00 00       	mov    $0x0,%eax
  800ed1:	8b 55 08             	mov    0x8(%ebp),%edx
  800ed4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ed7:	89 c3                	mov    %eax,%ebx
  800ed9:	89 c7                	mov    %eax,%edi
  800edb:	89 c6                	mov    %eax,%esi
  800edd:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800edf:	5b                   	pop    %ebx
  800ee0:	5e                   	pop    %esi
  800ee1:	5f                   	pop    %edi
  800ee2:	5d                   	pop    %ebp
  800ee3:	c3                   	ret

00800ee4 <sys_cgetc>:

int
sys_cgetc(void)
{
  800ee4:	55                   	push   %ebp
  800ee5:	89 e5                	mov    %esp,%ebp
  800ee7:	57                   	push   %edi
  800ee8:	56                   	push   %esi
  800ee9:	53                   	push   %ebx
	asm volatile("int %1\n"
  800eea:	ba 00 00 00 00       	mov    $0x0,%edx
  800eef:	b8 01 00 00 00       	mov    $0x1,%eax
  800ef4:	89 d1                	mov    %edx,%ecx
  800ef6:	89 d3                	mov    %edx,%ebx
  800ef8:	89 d7                	mov    %edx,%edi
  800efa:	89 d6                	mov    %edx,%esi
  800efc:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800efe:	5b                   	pop    %ebx
  800eff:	5e                   	pop    %esi
  800f00:	5f                   	pop    %edi
  800f01:	5d                   	pop    %ebp
  800f02:	c3                   	ret

00800f03 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800f03:	55                   	push   %ebp
  800f04:	89 e5                	mov    %esp,%ebp
  800f06:	57                   	push   %edi
  800f07:	56                   	push   %esi
  800f08:	53                   	push   %ebx
  800f09:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f0c:	b9 00 00 00 00       	mov    $0x0,%ecx
  800f11:	8b 55 08             	mov    0x8(%ebp),%edx
  800f14:	b8 03 00 00 00       	mov    $0x3,%eax
  800f19:	89 cb                	mov    %ecx,%ebx
  800f1b:	89 cf                	mov    %ecx,%edi
  800f1d:	89 ce                	mov    %ecx,%esi
  800f1f:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f21:	85 c0                	test   %eax,%eax
  800f23:	7f 08                	jg     800f2d <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800f25:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f28:	5b                   	pop    %ebx
  800f29:	5e                   	pop    %esi
  800f2a:	5f                   	pop    %edi
  800f2b:	5d                   	pop    %ebp
  800f2c:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f2d:	83 ec 0c             	sub    $0xc,%esp
  800f30:	50                   	push   %eax
  800f31:	6a 03                	push   $0x3
  800f33:	68 84 14 80 00       	push   $0x801484
  800f38:	6a 1f                	push   $0x1f
  800f3a:	68 a1 14 80 00       	push   $0x8014a1
  800f3f:	e8 f0 f1 ff ff       	call   800134 <_panic>

00800f44 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800f44:	55                   	push   %ebp
  800f45:	89 e5                	mov    %esp,%ebp
  800f47:	57                   	push   %edi
  800f48:	56                   	push   %esi
  800f49:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f4a:	ba 00 00 00 00       	mov    $0x0,%edx
  800f4f:	b8 02 00 00 00       	mov    $0x2,%eax
  800f54:	89 d1                	mov    %edx,%ecx
  800f56:	89 d3                	mov    %edx,%ebx
  800f58:	89 d7                	mov    %edx,%edi
  800f5a:	89 d6                	mov    %edx,%esi
  800f5c:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800f5e:	5b                   	pop    %ebx
  800f5f:	5e                   	pop    %esi
  800f60:	5f                   	pop    %edi
  800f61:	5d                   	pop    %ebp
  800f62:	c3                   	ret

00800f63 <sys_yield>:

void
sys_yield(void)
{
  800f63:	55                   	push   %ebp
  800f64:	89 e5                	mov    %esp,%ebp
  800f66:	57                   	push   %edi
  800f67:	56                   	push   %esi
  800f68:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f69:	ba 00 00 00 00       	mov    $0x0,%edx
  800f6e:	b8 0a 00 00 00       	mov    $0xa,%eax
  800f73:	89 d1                	mov    %edx,%ecx
  800f75:	89 d3                	mov    %edx,%ebx
  800f77:	89 d7                	mov    %edx,%edi
  800f79:	89 d6                	mov    %edx,%esi
  800f7b:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800f7d:	5b                   	pop    %ebx
  800f7e:	5e                   	pop    %esi
  800f7f:	5f                   	pop    %edi
  800f80:	5d                   	pop    %ebp
  800f81:	c3                   	ret

00800f82 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800f82:	55                   	push   %ebp
  800f83:	89 e5                	mov    %esp,%ebp
  800f85:	57                   	push   %edi
  800f86:	56                   	push   %esi
  800f87:	53                   	push   %ebx
  800f88:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f8b:	be 00 00 00 00       	mov    $0x0,%esi
  800f90:	8b 55 08             	mov    0x8(%ebp),%edx
  800f93:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f96:	b8 04 00 00 00       	mov    $0x4,%eax
  800f9b:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f9e:	89 f7                	mov    %esi,%edi
  800fa0:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fa2:	85 c0                	test   %eax,%eax
  800fa4:	7f 08                	jg     800fae <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800fa6:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fa9:	5b                   	pop    %ebx
  800faa:	5e                   	pop    %esi
  800fab:	5f                   	pop    %edi
  800fac:	5d                   	pop    %ebp
  800fad:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fae:	83 ec 0c             	sub    $0xc,%esp
  800fb1:	50                   	push   %eax
  800fb2:	6a 04                	push   $0x4
  800fb4:	68 84 14 80 00       	push   $0x801484
  800fb9:	6a 1f                	push   $0x1f
  800fbb:	68 a1 14 80 00       	push   $0x8014a1
  800fc0:	e8 6f f1 ff ff       	call   800134 <_panic>

00800fc5 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800fc5:	55                   	push   %ebp
  800fc6:	89 e5                	mov    %esp,%ebp
  800fc8:	57                   	push   %edi
  800fc9:	56                   	push   %esi
  800fca:	53                   	push   %ebx
  800fcb:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fce:	8b 55 08             	mov    0x8(%ebp),%edx
  800fd1:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fd4:	b8 05 00 00 00       	mov    $0x5,%eax
  800fd9:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fdc:	8b 7d 14             	mov    0x14(%ebp),%edi
  800fdf:	8b 75 18             	mov    0x18(%ebp),%esi
  800fe2:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fe4:	85 c0                	test   %eax,%eax
  800fe6:	7f 08                	jg     800ff0 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800fe8:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800feb:	5b                   	pop    %ebx
  800fec:	5e                   	pop    %esi
  800fed:	5f                   	pop    %edi
  800fee:	5d                   	pop    %ebp
  800fef:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ff0:	83 ec 0c             	sub    $0xc,%esp
  800ff3:	50                   	push   %eax
  800ff4:	6a 05                	push   $0x5
  800ff6:	68 84 14 80 00       	push   $0x801484
  800ffb:	6a 1f                	push   $0x1f
  800ffd:	68 a1 14 80 00       	push   $0x8014a1
  801002:	e8 2d f1 ff ff       	call   800134 <_panic>

00801007 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  801007:	55                   	push   %ebp
  801008:	89 e5                	mov    %esp,%ebp
  80100a:	57                   	push   %edi
  80100b:	56                   	push   %esi
  80100c:	53                   	push   %ebx
  80100d:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801010:	bb 00 00 00 00       	mov    $0x0,%ebx
  801015:	8b 55 08             	mov    0x8(%ebp),%edx
  801018:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80101b:	b8 06 00 00 00       	mov    $0x6,%eax
  801020:	89 df                	mov    %ebx,%edi
  801022:	89 de                	mov    %ebx,%esi
  801024:	cd 30                	int    $0x30
	if (check && ret > 0)
  801026:	85 c0                	test   %eax,%eax
  801028:	7f 08                	jg     801032 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  80102a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80102d:	5b                   	pop    %ebx
  80102e:	5e                   	pop    %esi
  80102f:	5f                   	pop    %edi
  801030:	5d                   	pop    %ebp
  801031:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801032:	83 ec 0c             	sub    $0xc,%esp
  801035:	50                   	push   %eax
  801036:	6a 06                	push   $0x6
  801038:	68 84 14 80 00       	push   $0x801484
  80103d:	6a 1f                	push   $0x1f
  80103f:	68 a1 14 80 00       	push   $0x8014a1
  801044:	e8 eb f0 ff ff       	call   800134 <_panic>

00801049 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  801049:	55                   	push   %ebp
  80104a:	89 e5                	mov    %esp,%ebp
  80104c:	57                   	push   %edi
  80104d:	56                   	push   %esi
  80104e:	53                   	push   %ebx
  80104f:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801052:	bb 00 00 00 00       	mov    $0x0,%ebx
  801057:	8b 55 08             	mov    0x8(%ebp),%edx
  80105a:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80105d:	b8 08 00 00 00       	mov    $0x8,%eax
  801062:	89 df                	mov    %ebx,%edi
  801064:	89 de                	mov    %ebx,%esi
  801066:	cd 30                	int    $0x30
	if (check && ret > 0)
  801068:	85 c0                	test   %eax,%eax
  80106a:	7f 08                	jg     801074 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  80106c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80106f:	5b                   	pop    %ebx
  801070:	5e                   	pop    %esi
  801071:	5f                   	pop    %edi
  801072:	5d                   	pop    %ebp
  801073:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801074:	83 ec 0c             	sub    $0xc,%esp
  801077:	50                   	push   %eax
  801078:	6a 08                	push   $0x8
  80107a:	68 84 14 80 00       	push   $0x801484
  80107f:	6a 1f                	push   $0x1f
  801081:	68 a1 14 80 00       	push   $0x8014a1
  801086:	e8 a9 f0 ff ff       	call   800134 <_panic>

0080108b <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  80108b:	55                   	push   %ebp
  80108c:	89 e5                	mov    %esp,%ebp
  80108e:	57                   	push   %edi
  80108f:	56                   	push   %esi
  801090:	53                   	push   %ebx
  801091:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801094:	bb 00 00 00 00       	mov    $0x0,%ebx
  801099:	8b 55 08             	mov    0x8(%ebp),%edx
  80109c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80109f:	b8 09 00 00 00       	mov    $0x9,%eax
  8010a4:	89 df                	mov    %ebx,%edi
  8010a6:	89 de                	mov    %ebx,%esi
  8010a8:	cd 30                	int    $0x30
	if (check && ret > 0)
  8010aa:	85 c0                	test   %eax,%eax
  8010ac:	7f 08                	jg     8010b6 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  8010ae:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8010b1:	5b                   	pop    %ebx
  8010b2:	5e                   	pop    %esi
  8010b3:	5f                   	pop    %edi
  8010b4:	5d                   	pop    %ebp
  8010b5:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8010b6:	83 ec 0c             	sub    $0xc,%esp
  8010b9:	50                   	push   %eax
  8010ba:	6a 09                	push   $0x9
  8010bc:	68 84 14 80 00       	push   $0x801484
  8010c1:	6a 1f                	push   $0x1f
  8010c3:	68 a1 14 80 00       	push   $0x8014a1
  8010c8:	e8 67 f0 ff ff       	call   800134 <_panic>

008010cd <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8010cd:	55                   	push   %ebp
  8010ce:	89 e5                	mov    %esp,%ebp
  8010d0:	57                   	push   %edi
  8010d1:	56                   	push   %esi
  8010d2:	53                   	push   %ebx
	asm volatile("int %1\n"
  8010d3:	8b 55 08             	mov    0x8(%ebp),%edx
  8010d6:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010d9:	b8 0b 00 00 00       	mov    $0xb,%eax
  8010de:	be 00 00 00 00       	mov    $0x0,%esi
  8010e3:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8010e6:	8b 7d 14             	mov    0x14(%ebp),%edi
  8010e9:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8010eb:	5b                   	pop    %ebx
  8010ec:	5e                   	pop    %esi
  8010ed:	5f                   	pop    %edi
  8010ee:	5d                   	pop    %ebp
  8010ef:	c3                   	ret

008010f0 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8010f0:	55                   	push   %ebp
  8010f1:	89 e5                	mov    %esp,%ebp
  8010f3:	57                   	push   %edi
  8010f4:	56                   	push   %esi
  8010f5:	53                   	push   %ebx
  8010f6:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8010f9:	b9 00 00 00 00       	mov    $0x0,%ecx
  8010fe:	8b 55 08             	mov    0x8(%ebp),%edx
  801101:	b8 0c 00 00 00       	mov    $0xc,%eax
  801106:	89 cb                	mov    %ecx,%ebx
  801108:	89 cf                	mov    %ecx,%edi
  80110a:	89 ce                	mov    %ecx,%esi
  80110c:	cd 30                	int    $0x30
	if (check && ret > 0)
  80110e:	85 c0                	test   %eax,%eax
  801110:	7f 08                	jg     80111a <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  801112:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801115:	5b                   	pop    %ebx
  801116:	5e                   	pop    %esi
  801117:	5f                   	pop    %edi
  801118:	5d                   	pop    %ebp
  801119:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80111a:	83 ec 0c             	sub    $0xc,%esp
  80111d:	50                   	push   %eax
  80111e:	6a 0c                	push   $0xc
  801120:	68 84 14 80 00       	push   $0x801484
  801125:	6a 1f                	push   $0x1f
  801127:	68 a1 14 80 00       	push   $0x8014a1
  80112c:	e8 03 f0 ff ff       	call   800134 <_panic>
