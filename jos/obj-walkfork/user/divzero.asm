
obj-walkfork/user/divzero:     file format elf32-i386


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
  80002c:	e8 30 00 00 00       	call   800061 <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:
// comparison, and no division (and no fault) would happen at all.
volatile int zero, one = 1;

void
umain(int argc, char **argv)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	83 ec 10             	sub    $0x10,%esp
	zero = 0;
  800039:	c7 05 00 40 80 00 00 	movl   $0x0,0x804000
  800040:	00 00 00 
	cprintf("1/0 is %08x!\n", one/zero);
  800043:	a1 00 20 80 00       	mov    0x802000,%eax
  800048:	8b 0d 00 40 80 00    	mov    0x804000,%ecx
  80004e:	99                   	cltd
  80004f:	f7 f9                	idiv   %ecx
  800051:	50                   	push   %eax
  800052:	68 c0 10 80 00       	push   $0x8010c0
  800057:	e8 ea 06 00 00       	call   800746 <cprintf>
}
  80005c:	83 c4 10             	add    $0x10,%esp
  80005f:	c9                   	leave
  800060:	c3                   	ret

00800061 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  800061:	55                   	push   %ebp
  800062:	89 e5                	mov    %esp,%ebp
  800064:	56                   	push   %esi
  800065:	53                   	push   %ebx
  800066:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800069:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  80006c:	e8 70 0d 00 00       	call   800de1 <sys_getenvid>
  800071:	25 ff 03 00 00       	and    $0x3ff,%eax
  800076:	6b c0 7c             	imul   $0x7c,%eax,%eax
  800079:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80007e:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800083:	85 db                	test   %ebx,%ebx
  800085:	7e 07                	jle    80008e <libmain+0x2d>
		binaryname = argv[0];
  800087:	8b 06                	mov    (%esi),%eax
  800089:	a3 04 20 80 00       	mov    %eax,0x802004

	umain(argc, argv);
  80008e:	83 ec 08             	sub    $0x8,%esp
  800091:	56                   	push   %esi
  800092:	53                   	push   %ebx
  800093:	e8 9b ff ff ff       	call   800033 <umain>

	exit();
  800098:	e8 0a 00 00 00       	call   8000a7 <exit>
}
  80009d:	83 c4 10             	add    $0x10,%esp
  8000a0:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8000a3:	5b                   	pop    %ebx
  8000a4:	5e                   	pop    %esi
  8000a5:	5d                   	pop    %ebp
  8000a6:	c3                   	ret

008000a7 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  8000a7:	55                   	push   %ebp
  8000a8:	89 e5                	mov    %esp,%ebp
  8000aa:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  8000ad:	6a 00                	push   $0x0
  8000af:	e8 ec 0c 00 00       	call   800da0 <sys_env_destroy>
}
  8000b4:	83 c4 10             	add    $0x10,%esp
  8000b7:	c9                   	leave
  8000b8:	c3                   	ret

008000b9 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8000b9:	55                   	push   %ebp
  8000ba:	89 e5                	mov    %esp,%ebp
  8000bc:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8000bf:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  8000c3:	8b 10                	mov    (%eax),%edx
  8000c5:	3b 50 04             	cmp    0x4(%eax),%edx
  8000c8:	73 0a                	jae    8000d4 <sprintputch+0x1b>
		*b->buf++ = ch;
  8000ca:	8d 4a 01             	lea    0x1(%edx),%ecx
  8000cd:	89 08                	mov    %ecx,(%eax)
  8000cf:	8b 45 08             	mov    0x8(%ebp),%eax
  8000d2:	88 02                	mov    %al,(%edx)
}
  8000d4:	5d                   	pop    %ebp
  8000d5:	c3                   	ret

008000d6 <printfmt>:
{
  8000d6:	55                   	push   %ebp
  8000d7:	89 e5                	mov    %esp,%ebp
  8000d9:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  8000dc:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  8000df:	50                   	push   %eax
  8000e0:	ff 75 10             	push   0x10(%ebp)
  8000e3:	ff 75 0c             	push   0xc(%ebp)
  8000e6:	ff 75 08             	push   0x8(%ebp)
  8000e9:	e8 05 00 00 00       	call   8000f3 <vprintfmt>
}
  8000ee:	83 c4 10             	add    $0x10,%esp
  8000f1:	c9                   	leave
  8000f2:	c3                   	ret

008000f3 <vprintfmt>:
{
  8000f3:	55                   	push   %ebp
  8000f4:	89 e5                	mov    %esp,%ebp
  8000f6:	57                   	push   %edi
  8000f7:	56                   	push   %esi
  8000f8:	53                   	push   %ebx
  8000f9:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  8000fc:	8b 45 10             	mov    0x10(%ebp),%eax
  8000ff:	8d 58 01             	lea    0x1(%eax),%ebx
  800102:	0f b6 00             	movzbl (%eax),%eax
  800105:	83 f8 25             	cmp    $0x25,%eax
  800108:	74 24                	je     80012e <vprintfmt+0x3b>
  80010a:	8b 75 08             	mov    0x8(%ebp),%esi
  80010d:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800110:	85 c0                	test   %eax,%eax
  800112:	0f 84 d8 05 00 00    	je     8006f0 <vprintfmt+0x5fd>
			putch(ch, putdat);
  800118:	83 ec 08             	sub    $0x8,%esp
  80011b:	57                   	push   %edi
  80011c:	50                   	push   %eax
  80011d:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80011f:	83 c3 01             	add    $0x1,%ebx
  800122:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800126:	83 c4 10             	add    $0x10,%esp
  800129:	83 f8 25             	cmp    $0x25,%eax
  80012c:	75 e2                	jne    800110 <vprintfmt+0x1d>
		padc = ' ';
  80012e:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  800132:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800137:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  80013e:	b9 00 00 00 00       	mov    $0x0,%ecx
  800143:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800145:	8d 53 01             	lea    0x1(%ebx),%edx
  800148:	0f b6 0b             	movzbl (%ebx),%ecx
  80014b:	8d 41 dd             	lea    -0x23(%ecx),%eax
  80014e:	3c 55                	cmp    $0x55,%al
  800150:	0f 87 21 05 00 00    	ja     800677 <vprintfmt+0x584>
  800156:	0f b6 c0             	movzbl %al,%eax
  800159:	ff 24 85 a0 11 80 00 	jmp    *0x8011a0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  800160:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800163:	eb 97                	jmp    8000fc <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  800165:	89 d3                	mov    %edx,%ebx
			padc = '-';
  800167:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  80016b:	eb d8                	jmp    800145 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80016d:	89 d3                	mov    %edx,%ebx
  80016f:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  800173:	eb d0                	jmp    800145 <vprintfmt+0x52>
  800175:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  800178:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  80017b:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  80017f:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800182:	83 f9 09             	cmp    $0x9,%ecx
  800185:	77 54                	ja     8001db <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  800187:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  80018a:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  80018d:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  800191:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  800194:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800197:	83 f9 09             	cmp    $0x9,%ecx
  80019a:	76 eb                	jbe    800187 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  80019c:	89 d3                	mov    %edx,%ebx
  80019e:	eb 0d                	jmp    8001ad <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8001a0:	8b 45 14             	mov    0x14(%ebp),%eax
  8001a3:	8b 38                	mov    (%eax),%edi
  8001a5:	8d 40 04             	lea    0x4(%eax),%eax
  8001a8:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8001ab:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8001ad:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8001b1:	79 92                	jns    800145 <vprintfmt+0x52>
				width = precision, precision = -1;
  8001b3:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8001b6:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8001bb:	eb 88                	jmp    800145 <vprintfmt+0x52>
			if (width < 0)
  8001bd:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  8001c0:	85 c9                	test   %ecx,%ecx
  8001c2:	b8 00 00 00 00       	mov    $0x0,%eax
  8001c7:	0f 49 c1             	cmovns %ecx,%eax
  8001ca:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8001cd:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8001cf:	e9 71 ff ff ff       	jmp    800145 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8001d4:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8001d6:	e9 6a ff ff ff       	jmp    800145 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8001db:	89 d3                	mov    %edx,%ebx
  8001dd:	eb ce                	jmp    8001ad <vprintfmt+0xba>
			lflag++;
  8001df:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8001e2:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8001e4:	e9 5c ff ff ff       	jmp    800145 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  8001e9:	89 55 10             	mov    %edx,0x10(%ebp)
  8001ec:	8b 45 14             	mov    0x14(%ebp),%eax
  8001ef:	8d 58 04             	lea    0x4(%eax),%ebx
  8001f2:	83 ec 08             	sub    $0x8,%esp
  8001f5:	ff 75 0c             	push   0xc(%ebp)
  8001f8:	ff 30                	push   (%eax)
  8001fa:	ff 55 08             	call   *0x8(%ebp)
			break;
  8001fd:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800200:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800203:	e9 f4 fe ff ff       	jmp    8000fc <vprintfmt+0x9>
			err = va_arg(ap, int);
  800208:	89 55 10             	mov    %edx,0x10(%ebp)
  80020b:	8b 45 14             	mov    0x14(%ebp),%eax
  80020e:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800211:	8b 10                	mov    (%eax),%edx
  800213:	89 d0                	mov    %edx,%eax
  800215:	f7 d8                	neg    %eax
  800217:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  80021a:	83 f8 08             	cmp    $0x8,%eax
  80021d:	7f 27                	jg     800246 <vprintfmt+0x153>
  80021f:	8b 14 85 00 13 80 00 	mov    0x801300(,%eax,4),%edx
  800226:	85 d2                	test   %edx,%edx
  800228:	74 1c                	je     800246 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  80022a:	52                   	push   %edx
  80022b:	68 e8 10 80 00       	push   $0x8010e8
  800230:	ff 75 0c             	push   0xc(%ebp)
  800233:	ff 75 08             	push   0x8(%ebp)
  800236:	e8 9b fe ff ff       	call   8000d6 <printfmt>
  80023b:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80023e:	89 5d 14             	mov    %ebx,0x14(%ebp)
  800241:	e9 b6 fe ff ff       	jmp    8000fc <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  800246:	50                   	push   %eax
  800247:	68 df 10 80 00       	push   $0x8010df
  80024c:	ff 75 0c             	push   0xc(%ebp)
  80024f:	ff 75 08             	push   0x8(%ebp)
  800252:	e8 7f fe ff ff       	call   8000d6 <printfmt>
  800257:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80025a:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  80025d:	e9 9a fe ff ff       	jmp    8000fc <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  800262:	89 55 10             	mov    %edx,0x10(%ebp)
  800265:	8b 45 14             	mov    0x14(%ebp),%eax
  800268:	83 c0 04             	add    $0x4,%eax
  80026b:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80026e:	8b 45 14             	mov    0x14(%ebp),%eax
  800271:	8b 30                	mov    (%eax),%esi
  800273:	85 f6                	test   %esi,%esi
  800275:	0f 84 53 04 00 00    	je     8006ce <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  80027b:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80027f:	7e 06                	jle    800287 <vprintfmt+0x194>
  800281:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800285:	75 1b                	jne    8002a2 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800287:	8d 5e 01             	lea    0x1(%esi),%ebx
  80028a:	0f be 06             	movsbl (%esi),%eax
  80028d:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800290:	85 c0                	test   %eax,%eax
  800292:	0f 85 80 00 00 00    	jne    800318 <vprintfmt+0x225>
  800298:	e9 8c 00 00 00       	jmp    800329 <vprintfmt+0x236>
				p = "(null)";
  80029d:	be d8 10 80 00       	mov    $0x8010d8,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8002a2:	83 ec 08             	sub    $0x8,%esp
  8002a5:	57                   	push   %edi
  8002a6:	56                   	push   %esi
  8002a7:	e8 ea 04 00 00       	call   800796 <strnlen>
  8002ac:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8002af:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8002b2:	83 c4 10             	add    $0x10,%esp
  8002b5:	85 d2                	test   %edx,%edx
  8002b7:	0f 8e f5 03 00 00    	jle    8006b2 <vprintfmt+0x5bf>
					putch(padc, putdat);
  8002bd:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  8002c1:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8002c4:	89 d6                	mov    %edx,%esi
  8002c6:	89 7d b0             	mov    %edi,-0x50(%ebp)
  8002c9:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8002cc:	83 ec 08             	sub    $0x8,%esp
  8002cf:	57                   	push   %edi
  8002d0:	53                   	push   %ebx
  8002d1:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  8002d4:	83 c4 10             	add    $0x10,%esp
  8002d7:	83 ee 01             	sub    $0x1,%esi
  8002da:	75 f0                	jne    8002cc <vprintfmt+0x1d9>
  8002dc:	89 75 ac             	mov    %esi,-0x54(%ebp)
  8002df:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  8002e2:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8002e5:	8d 5e 01             	lea    0x1(%esi),%ebx
  8002e8:	0f be 06             	movsbl (%esi),%eax
  8002eb:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8002ee:	85 c0                	test   %eax,%eax
  8002f0:	75 26                	jne    800318 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8002f2:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8002f5:	89 45 14             	mov    %eax,0x14(%ebp)
  8002f8:	e9 ff fd ff ff       	jmp    8000fc <vprintfmt+0x9>
				putch(ch, putdat);
  8002fd:	83 ec 08             	sub    $0x8,%esp
  800300:	ff 75 0c             	push   0xc(%ebp)
  800303:	50                   	push   %eax
  800304:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800307:	83 ee 01             	sub    $0x1,%esi
  80030a:	83 c3 01             	add    $0x1,%ebx
  80030d:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800311:	83 c4 10             	add    $0x10,%esp
  800314:	85 c0                	test   %eax,%eax
  800316:	74 0e                	je     800326 <vprintfmt+0x233>
  800318:	85 ff                	test   %edi,%edi
  80031a:	78 e1                	js     8002fd <vprintfmt+0x20a>
  80031c:	83 ef 01             	sub    $0x1,%edi
  80031f:	79 dc                	jns    8002fd <vprintfmt+0x20a>
  800321:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800324:	eb 03                	jmp    800329 <vprintfmt+0x236>
  800326:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800329:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80032d:	7e 24                	jle    800353 <vprintfmt+0x260>
  80032f:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  800332:	8b 75 08             	mov    0x8(%ebp),%esi
  800335:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800338:	83 ec 08             	sub    $0x8,%esp
  80033b:	57                   	push   %edi
  80033c:	6a 20                	push   $0x20
  80033e:	ff d6                	call   *%esi
			for (; width > 0; width--)
  800340:	83 c4 10             	add    $0x10,%esp
  800343:	83 eb 01             	sub    $0x1,%ebx
  800346:	75 f0                	jne    800338 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800348:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80034b:	89 45 14             	mov    %eax,0x14(%ebp)
  80034e:	e9 a9 fd ff ff       	jmp    8000fc <vprintfmt+0x9>
  800353:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800356:	89 45 14             	mov    %eax,0x14(%ebp)
  800359:	e9 9e fd ff ff       	jmp    8000fc <vprintfmt+0x9>
	if (lflag >= 2)
  80035e:	89 55 10             	mov    %edx,0x10(%ebp)
  800361:	83 fe 01             	cmp    $0x1,%esi
  800364:	7f 1b                	jg     800381 <vprintfmt+0x28e>
	else if (lflag)
  800366:	85 f6                	test   %esi,%esi
  800368:	74 39                	je     8003a3 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  80036a:	8b 45 14             	mov    0x14(%ebp),%eax
  80036d:	8b 00                	mov    (%eax),%eax
  80036f:	89 c6                	mov    %eax,%esi
  800371:	89 c7                	mov    %eax,%edi
  800373:	c1 ff 1f             	sar    $0x1f,%edi
  800376:	8b 45 14             	mov    0x14(%ebp),%eax
  800379:	8d 40 04             	lea    0x4(%eax),%eax
  80037c:	89 45 14             	mov    %eax,0x14(%ebp)
  80037f:	eb 0e                	jmp    80038f <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  800381:	8b 45 14             	mov    0x14(%ebp),%eax
  800384:	8b 30                	mov    (%eax),%esi
  800386:	8b 78 04             	mov    0x4(%eax),%edi
  800389:	8d 40 08             	lea    0x8(%eax),%eax
  80038c:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  80038f:	85 ff                	test   %edi,%edi
  800391:	78 27                	js     8003ba <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  800393:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800396:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  800399:	b8 0a 00 00 00       	mov    $0xa,%eax
  80039e:	e9 53 01 00 00       	jmp    8004f6 <vprintfmt+0x403>
		return va_arg(*ap, int);
  8003a3:	8b 45 14             	mov    0x14(%ebp),%eax
  8003a6:	8b 00                	mov    (%eax),%eax
  8003a8:	89 c6                	mov    %eax,%esi
  8003aa:	89 c7                	mov    %eax,%edi
  8003ac:	c1 ff 1f             	sar    $0x1f,%edi
  8003af:	8b 45 14             	mov    0x14(%ebp),%eax
  8003b2:	8d 40 04             	lea    0x4(%eax),%eax
  8003b5:	89 45 14             	mov    %eax,0x14(%ebp)
  8003b8:	eb d5                	jmp    80038f <vprintfmt+0x29c>
				putch('-', putdat);
  8003ba:	83 ec 08             	sub    $0x8,%esp
  8003bd:	ff 75 0c             	push   0xc(%ebp)
  8003c0:	6a 2d                	push   $0x2d
  8003c2:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  8003c5:	f7 de                	neg    %esi
  8003c7:	83 d7 00             	adc    $0x0,%edi
  8003ca:	f7 df                	neg    %edi
  8003cc:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8003cf:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  8003d2:	83 c4 10             	add    $0x10,%esp
			base = 10;
  8003d5:	b8 0a 00 00 00       	mov    $0xa,%eax
  8003da:	e9 17 01 00 00       	jmp    8004f6 <vprintfmt+0x403>
	if (lflag >= 2)
  8003df:	89 55 10             	mov    %edx,0x10(%ebp)
  8003e2:	83 fe 01             	cmp    $0x1,%esi
  8003e5:	7f 27                	jg     80040e <vprintfmt+0x31b>
	else if (lflag)
  8003e7:	85 f6                	test   %esi,%esi
  8003e9:	74 44                	je     80042f <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  8003eb:	8b 45 14             	mov    0x14(%ebp),%eax
  8003ee:	8b 00                	mov    (%eax),%eax
  8003f0:	ba 00 00 00 00       	mov    $0x0,%edx
  8003f5:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8003f8:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8003fb:	8b 45 14             	mov    0x14(%ebp),%eax
  8003fe:	8d 40 04             	lea    0x4(%eax),%eax
  800401:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800404:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800409:	e9 e8 00 00 00       	jmp    8004f6 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80040e:	8b 45 14             	mov    0x14(%ebp),%eax
  800411:	8b 50 04             	mov    0x4(%eax),%edx
  800414:	8b 00                	mov    (%eax),%eax
  800416:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800419:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80041c:	8b 45 14             	mov    0x14(%ebp),%eax
  80041f:	8d 40 08             	lea    0x8(%eax),%eax
  800422:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800425:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  80042a:	e9 c7 00 00 00       	jmp    8004f6 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80042f:	8b 45 14             	mov    0x14(%ebp),%eax
  800432:	8b 00                	mov    (%eax),%eax
  800434:	ba 00 00 00 00       	mov    $0x0,%edx
  800439:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80043c:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80043f:	8b 45 14             	mov    0x14(%ebp),%eax
  800442:	8d 40 04             	lea    0x4(%eax),%eax
  800445:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800448:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  80044d:	e9 a4 00 00 00       	jmp    8004f6 <vprintfmt+0x403>
	if (lflag >= 2)
  800452:	89 55 10             	mov    %edx,0x10(%ebp)
  800455:	83 fe 01             	cmp    $0x1,%esi
  800458:	7f 24                	jg     80047e <vprintfmt+0x38b>
	else if (lflag)
  80045a:	85 f6                	test   %esi,%esi
  80045c:	74 3e                	je     80049c <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  80045e:	8b 45 14             	mov    0x14(%ebp),%eax
  800461:	8b 00                	mov    (%eax),%eax
  800463:	ba 00 00 00 00       	mov    $0x0,%edx
  800468:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80046b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80046e:	8b 45 14             	mov    0x14(%ebp),%eax
  800471:	8d 40 04             	lea    0x4(%eax),%eax
  800474:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800477:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  80047c:	eb 78                	jmp    8004f6 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80047e:	8b 45 14             	mov    0x14(%ebp),%eax
  800481:	8b 50 04             	mov    0x4(%eax),%edx
  800484:	8b 00                	mov    (%eax),%eax
  800486:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800489:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80048c:	8b 45 14             	mov    0x14(%ebp),%eax
  80048f:	8d 40 08             	lea    0x8(%eax),%eax
  800492:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800495:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  80049a:	eb 5a                	jmp    8004f6 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80049c:	8b 45 14             	mov    0x14(%ebp),%eax
  80049f:	8b 00                	mov    (%eax),%eax
  8004a1:	ba 00 00 00 00       	mov    $0x0,%edx
  8004a6:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004a9:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004ac:	8b 45 14             	mov    0x14(%ebp),%eax
  8004af:	8d 40 04             	lea    0x4(%eax),%eax
  8004b2:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004b5:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8004ba:	eb 3a                	jmp    8004f6 <vprintfmt+0x403>
			putch('0', putdat);
  8004bc:	89 55 10             	mov    %edx,0x10(%ebp)
  8004bf:	83 ec 08             	sub    $0x8,%esp
  8004c2:	ff 75 0c             	push   0xc(%ebp)
  8004c5:	6a 30                	push   $0x30
  8004c7:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  8004ca:	83 c4 08             	add    $0x8,%esp
  8004cd:	ff 75 0c             	push   0xc(%ebp)
  8004d0:	6a 78                	push   $0x78
  8004d2:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  8004d5:	8b 45 14             	mov    0x14(%ebp),%eax
  8004d8:	8b 00                	mov    (%eax),%eax
  8004da:	ba 00 00 00 00       	mov    $0x0,%edx
  8004df:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004e2:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  8004e5:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  8004e8:	8b 45 14             	mov    0x14(%ebp),%eax
  8004eb:	8d 40 04             	lea    0x4(%eax),%eax
  8004ee:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8004f1:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  8004f6:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  8004fa:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  8004fd:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800502:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800505:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  80050c:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80050f:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800512:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800515:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800518:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  80051c:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80051f:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800522:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800525:	ff 75 bc             	push   -0x44(%ebp)
  800528:	ff 75 b8             	push   -0x48(%ebp)
  80052b:	57                   	push   %edi
  80052c:	56                   	push   %esi
  80052d:	e8 2f 07 00 00       	call   800c61 <__umoddi3>
  800532:	83 c4 10             	add    $0x10,%esp
  800535:	0f b6 80 eb 10 80 00 	movzbl 0x8010eb(%eax),%eax
  80053c:	88 03                	mov    %al,(%ebx)
		num /= base;
  80053e:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800541:	89 fb                	mov    %edi,%ebx
  800543:	ff 75 bc             	push   -0x44(%ebp)
  800546:	ff 75 b8             	push   -0x48(%ebp)
  800549:	57                   	push   %edi
  80054a:	56                   	push   %esi
  80054b:	e8 f6 06 00 00       	call   800c46 <__udivdi3>
  800550:	83 c4 10             	add    $0x10,%esp
  800553:	89 c6                	mov    %eax,%esi
  800555:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  800557:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  80055a:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  80055d:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  800560:	73 b6                	jae    800518 <vprintfmt+0x425>
	pad = width - n;
  800562:	8b 7d a8             	mov    -0x58(%ebp),%edi
  800565:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  800568:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80056b:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  80056d:	83 ff 2d             	cmp    $0x2d,%edi
  800570:	0f 84 de 00 00 00    	je     800654 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  800576:	85 f6                	test   %esi,%esi
  800578:	0f 8e 27 01 00 00    	jle    8006a5 <vprintfmt+0x5b2>
  80057e:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  800581:	83 ec 08             	sub    $0x8,%esp
  800584:	53                   	push   %ebx
  800585:	57                   	push   %edi
  800586:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  800589:	83 c4 10             	add    $0x10,%esp
  80058c:	83 ee 01             	sub    $0x1,%esi
  80058f:	75 f0                	jne    800581 <vprintfmt+0x48e>
  800591:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  800594:	85 db                	test   %ebx,%ebx
  800596:	0f 8e 60 fb ff ff    	jle    8000fc <vprintfmt+0x9>
		putch(digits[--n], putdat);
  80059c:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  80059f:	8b 75 08             	mov    0x8(%ebp),%esi
  8005a2:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8005a5:	83 eb 01             	sub    $0x1,%ebx
  8005a8:	83 ec 08             	sub    $0x8,%esp
  8005ab:	57                   	push   %edi
  8005ac:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8005b1:	50                   	push   %eax
  8005b2:	ff d6                	call   *%esi
	while (n > 0)
  8005b4:	83 c4 10             	add    $0x10,%esp
  8005b7:	85 db                	test   %ebx,%ebx
  8005b9:	7f ea                	jg     8005a5 <vprintfmt+0x4b2>
  8005bb:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8005be:	85 f6                	test   %esi,%esi
  8005c0:	0f 8e 36 fb ff ff    	jle    8000fc <vprintfmt+0x9>
  8005c6:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8005c9:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  8005cc:	83 ec 08             	sub    $0x8,%esp
  8005cf:	57                   	push   %edi
  8005d0:	6a 20                	push   $0x20
  8005d2:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  8005d4:	83 c4 10             	add    $0x10,%esp
  8005d7:	83 ee 01             	sub    $0x1,%esi
  8005da:	75 f0                	jne    8005cc <vprintfmt+0x4d9>
  8005dc:	e9 1b fb ff ff       	jmp    8000fc <vprintfmt+0x9>
	if (lflag >= 2)
  8005e1:	89 55 10             	mov    %edx,0x10(%ebp)
  8005e4:	83 fe 01             	cmp    $0x1,%esi
  8005e7:	7f 27                	jg     800610 <vprintfmt+0x51d>
	else if (lflag)
  8005e9:	85 f6                	test   %esi,%esi
  8005eb:	74 44                	je     800631 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  8005ed:	8b 45 14             	mov    0x14(%ebp),%eax
  8005f0:	8b 00                	mov    (%eax),%eax
  8005f2:	ba 00 00 00 00       	mov    $0x0,%edx
  8005f7:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005fa:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005fd:	8b 45 14             	mov    0x14(%ebp),%eax
  800600:	8d 40 04             	lea    0x4(%eax),%eax
  800603:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800606:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  80060b:	e9 e6 fe ff ff       	jmp    8004f6 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800610:	8b 45 14             	mov    0x14(%ebp),%eax
  800613:	8b 50 04             	mov    0x4(%eax),%edx
  800616:	8b 00                	mov    (%eax),%eax
  800618:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80061b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80061e:	8b 45 14             	mov    0x14(%ebp),%eax
  800621:	8d 40 08             	lea    0x8(%eax),%eax
  800624:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800627:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  80062c:	e9 c5 fe ff ff       	jmp    8004f6 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800631:	8b 45 14             	mov    0x14(%ebp),%eax
  800634:	8b 00                	mov    (%eax),%eax
  800636:	ba 00 00 00 00       	mov    $0x0,%edx
  80063b:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80063e:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800641:	8b 45 14             	mov    0x14(%ebp),%eax
  800644:	8d 40 04             	lea    0x4(%eax),%eax
  800647:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80064a:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  80064f:	e9 a2 fe ff ff       	jmp    8004f6 <vprintfmt+0x403>
	while (n > 0)
  800654:	85 db                	test   %ebx,%ebx
  800656:	0f 8f 40 ff ff ff    	jg     80059c <vprintfmt+0x4a9>
  80065c:	e9 5d ff ff ff       	jmp    8005be <vprintfmt+0x4cb>
			putch(ch, putdat);
  800661:	89 55 10             	mov    %edx,0x10(%ebp)
  800664:	83 ec 08             	sub    $0x8,%esp
  800667:	ff 75 0c             	push   0xc(%ebp)
  80066a:	6a 25                	push   $0x25
  80066c:	ff 55 08             	call   *0x8(%ebp)
			break;
  80066f:	83 c4 10             	add    $0x10,%esp
  800672:	e9 85 fa ff ff       	jmp    8000fc <vprintfmt+0x9>
			putch('%', putdat);
  800677:	83 ec 08             	sub    $0x8,%esp
  80067a:	ff 75 0c             	push   0xc(%ebp)
  80067d:	6a 25                	push   $0x25
  80067f:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  800682:	83 c4 10             	add    $0x10,%esp
  800685:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  800689:	0f 84 d1 fa ff ff    	je     800160 <vprintfmt+0x6d>
  80068f:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800692:	89 d8                	mov    %ebx,%eax
  800694:	83 e8 01             	sub    $0x1,%eax
  800697:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  80069b:	75 f7                	jne    800694 <vprintfmt+0x5a1>
  80069d:	89 45 10             	mov    %eax,0x10(%ebp)
  8006a0:	e9 57 fa ff ff       	jmp    8000fc <vprintfmt+0x9>
	while (n > 0)
  8006a5:	85 db                	test   %ebx,%ebx
  8006a7:	0f 8f ef fe ff ff    	jg     80059c <vprintfmt+0x4a9>
  8006ad:	e9 4a fa ff ff       	jmp    8000fc <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8006b2:	8d 5e 01             	lea    0x1(%esi),%ebx
  8006b5:	0f be 06             	movsbl (%esi),%eax
  8006b8:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006bb:	85 c0                	test   %eax,%eax
  8006bd:	0f 85 55 fc ff ff    	jne    800318 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8006c3:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8006c6:	89 45 14             	mov    %eax,0x14(%ebp)
  8006c9:	e9 2e fa ff ff       	jmp    8000fc <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  8006ce:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8006d2:	74 0a                	je     8006de <vprintfmt+0x5eb>
  8006d4:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8006d8:	0f 8f bf fb ff ff    	jg     80029d <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8006de:	b8 28 00 00 00       	mov    $0x28,%eax
  8006e3:	bb d9 10 80 00       	mov    $0x8010d9,%ebx
  8006e8:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006eb:	e9 28 fc ff ff       	jmp    800318 <vprintfmt+0x225>
}
  8006f0:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8006f3:	5b                   	pop    %ebx
  8006f4:	5e                   	pop    %esi
  8006f5:	5f                   	pop    %edi
  8006f6:	5d                   	pop    %ebp
  8006f7:	c3                   	ret

008006f8 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  8006f8:	55                   	push   %ebp
  8006f9:	89 e5                	mov    %esp,%ebp
  8006fb:	83 ec 18             	sub    $0x18,%esp
  8006fe:	8b 45 08             	mov    0x8(%ebp),%eax
  800701:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800704:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800707:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  80070b:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  80070e:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800715:	85 c0                	test   %eax,%eax
  800717:	74 26                	je     80073f <vsnprintf+0x47>
  800719:	85 d2                	test   %edx,%edx
  80071b:	7e 22                	jle    80073f <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  80071d:	ff 75 14             	push   0x14(%ebp)
  800720:	ff 75 10             	push   0x10(%ebp)
  800723:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800726:	50                   	push   %eax
  800727:	68 b9 00 80 00       	push   $0x8000b9
  80072c:	e8 c2 f9 ff ff       	call   8000f3 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800731:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800734:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800737:	8b 45 f4             	mov    -0xc(%ebp),%eax
  80073a:	83 c4 10             	add    $0x10,%esp
}
  80073d:	c9                   	leave
  80073e:	c3                   	ret
		return -E_INVAL;
  80073f:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800744:	eb f7                	jmp    80073d <vsnprintf+0x45>

00800746 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800746:	55                   	push   %ebp
  800747:	89 e5                	mov    %esp,%ebp
  800749:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  80074c:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  80074f:	50                   	push   %eax
  800750:	ff 75 08             	push   0x8(%ebp)
  800753:	e8 00 09 00 00       	call   801058 <vcprintf>
	va_end(ap);

	return cnt;
}
  800758:	c9                   	leave
  800759:	c3                   	ret

0080075a <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  80075a:	55                   	push   %ebp
  80075b:	89 e5                	mov    %esp,%ebp
  80075d:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  800760:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800763:	50                   	push   %eax
  800764:	ff 75 10             	push   0x10(%ebp)
  800767:	ff 75 0c             	push   0xc(%ebp)
  80076a:	ff 75 08             	push   0x8(%ebp)
  80076d:	e8 86 ff ff ff       	call   8006f8 <vsnprintf>
	va_end(ap);

	return rc;
}
  800772:	c9                   	leave
  800773:	c3                   	ret

00800774 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800774:	55                   	push   %ebp
  800775:	89 e5                	mov    %esp,%ebp
  800777:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  80077a:	80 3a 00             	cmpb   $0x0,(%edx)
  80077d:	74 10                	je     80078f <strlen+0x1b>
  80077f:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800784:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800787:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  80078b:	75 f7                	jne    800784 <strlen+0x10>
	return n;
}
  80078d:	5d                   	pop    %ebp
  80078e:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  80078f:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800794:	eb f7                	jmp    80078d <strlen+0x19>

00800796 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800796:	55                   	push   %ebp
  800797:	89 e5                	mov    %esp,%ebp
  800799:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80079c:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80079f:	85 d2                	test   %edx,%edx
  8007a1:	74 16                	je     8007b9 <strnlen+0x23>
  8007a3:	b8 00 00 00 00       	mov    $0x0,%eax
  8007a8:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  8007ac:	74 09                	je     8007b7 <strnlen+0x21>
		n++;
  8007ae:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007b1:	39 d0                	cmp    %edx,%eax
  8007b3:	75 f3                	jne    8007a8 <strnlen+0x12>
		n++;
  8007b5:	89 d0                	mov    %edx,%eax
	return n;
}
  8007b7:	5d                   	pop    %ebp
  8007b8:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007b9:	b8 00 00 00 00       	mov    $0x0,%eax
  8007be:	eb f7                	jmp    8007b7 <strnlen+0x21>

008007c0 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  8007c0:	55                   	push   %ebp
  8007c1:	89 e5                	mov    %esp,%ebp
  8007c3:	53                   	push   %ebx
  8007c4:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8007c7:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  8007ca:	b8 00 00 00 00       	mov    $0x0,%eax
  8007cf:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  8007d3:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  8007d6:	83 c0 01             	add    $0x1,%eax
  8007d9:	84 d2                	test   %dl,%dl
  8007db:	75 f2                	jne    8007cf <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  8007dd:	89 c8                	mov    %ecx,%eax
  8007df:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8007e2:	c9                   	leave
  8007e3:	c3                   	ret

008007e4 <strcat>:

char *
strcat(char *dst, const char *src)
{
  8007e4:	55                   	push   %ebp
  8007e5:	89 e5                	mov    %esp,%ebp
  8007e7:	53                   	push   %ebx
  8007e8:	83 ec 10             	sub    $0x10,%esp
  8007eb:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  8007ee:	53                   	push   %ebx
  8007ef:	e8 80 ff ff ff       	call   800774 <strlen>
  8007f4:	83 c4 08             	add    $0x8,%esp
  8007f7:	ff 75 0c             	push   0xc(%ebp)
  8007fa:	01 d8                	add    %ebx,%eax
  8007fc:	50                   	push   %eax
  8007fd:	e8 be ff ff ff       	call   8007c0 <strcpy>
	return dst;
}
  800802:	89 d8                	mov    %ebx,%eax
  800804:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800807:	c9                   	leave
  800808:	c3                   	ret

00800809 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800809:	55                   	push   %ebp
  80080a:	89 e5                	mov    %esp,%ebp
  80080c:	56                   	push   %esi
  80080d:	53                   	push   %ebx
  80080e:	8b 75 08             	mov    0x8(%ebp),%esi
  800811:	8b 55 0c             	mov    0xc(%ebp),%edx
  800814:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800817:	85 db                	test   %ebx,%ebx
  800819:	74 17                	je     800832 <strncpy+0x29>
  80081b:	01 f3                	add    %esi,%ebx
  80081d:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  80081f:	83 c0 01             	add    $0x1,%eax
  800822:	0f b6 0a             	movzbl (%edx),%ecx
  800825:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800828:	80 f9 01             	cmp    $0x1,%cl
  80082b:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  80082e:	39 c3                	cmp    %eax,%ebx
  800830:	75 ed                	jne    80081f <strncpy+0x16>
	}
	return ret;
}
  800832:	89 f0                	mov    %esi,%eax
  800834:	5b                   	pop    %ebx
  800835:	5e                   	pop    %esi
  800836:	5d                   	pop    %ebp
  800837:	c3                   	ret

00800838 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800838:	55                   	push   %ebp
  800839:	89 e5                	mov    %esp,%ebp
  80083b:	56                   	push   %esi
  80083c:	53                   	push   %ebx
  80083d:	8b 75 08             	mov    0x8(%ebp),%esi
  800840:	8b 55 0c             	mov    0xc(%ebp),%edx
  800843:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800846:	89 f0                	mov    %esi,%eax
  800848:	85 db                	test   %ebx,%ebx
  80084a:	74 1e                	je     80086a <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  80084c:	83 eb 01             	sub    $0x1,%ebx
  80084f:	74 16                	je     800867 <strlcpy+0x2f>
  800851:	01 f3                	add    %esi,%ebx
  800853:	0f b6 0a             	movzbl (%edx),%ecx
  800856:	84 c9                	test   %cl,%cl
  800858:	74 0d                	je     800867 <strlcpy+0x2f>
			*dst++ = *src++;
  80085a:	83 c2 01             	add    $0x1,%edx
  80085d:	83 c0 01             	add    $0x1,%eax
  800860:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800863:	39 d8                	cmp    %ebx,%eax
  800865:	75 ec                	jne    800853 <strlcpy+0x1b>
		*dst = '\0';
  800867:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  80086a:	29 f0                	sub    %esi,%eax
}
  80086c:	5b                   	pop    %ebx
  80086d:	5e                   	pop    %esi
  80086e:	5d                   	pop    %ebp
  80086f:	c3                   	ret

00800870 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  800870:	55                   	push   %ebp
  800871:	89 e5                	mov    %esp,%ebp
  800873:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800876:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800879:	0f b6 01             	movzbl (%ecx),%eax
  80087c:	84 c0                	test   %al,%al
  80087e:	74 11                	je     800891 <strcmp+0x21>
  800880:	38 02                	cmp    %al,(%edx)
  800882:	75 0d                	jne    800891 <strcmp+0x21>
		p++, q++;
  800884:	83 c1 01             	add    $0x1,%ecx
  800887:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  80088a:	0f b6 01             	movzbl (%ecx),%eax
  80088d:	84 c0                	test   %al,%al
  80088f:	75 ef                	jne    800880 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800891:	0f b6 c0             	movzbl %al,%eax
  800894:	0f b6 12             	movzbl (%edx),%edx
  800897:	29 d0                	sub    %edx,%eax
}
  800899:	5d                   	pop    %ebp
  80089a:	c3                   	ret

0080089b <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  80089b:	55                   	push   %ebp
  80089c:	89 e5                	mov    %esp,%ebp
  80089e:	53                   	push   %ebx
  80089f:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008a2:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  8008a5:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  8008a8:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  8008ad:	85 d2                	test   %edx,%edx
  8008af:	74 2e                	je     8008df <strncmp+0x44>
  8008b1:	0f b6 01             	movzbl (%ecx),%eax
  8008b4:	84 c0                	test   %al,%al
  8008b6:	74 16                	je     8008ce <strncmp+0x33>
  8008b8:	3a 03                	cmp    (%ebx),%al
  8008ba:	75 12                	jne    8008ce <strncmp+0x33>
		n--, p++, q++;
  8008bc:	83 c1 01             	add    $0x1,%ecx
  8008bf:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  8008c2:	83 ea 01             	sub    $0x1,%edx
  8008c5:	75 ea                	jne    8008b1 <strncmp+0x16>
		return 0;
  8008c7:	b8 00 00 00 00       	mov    $0x0,%eax
  8008cc:	eb 11                	jmp    8008df <strncmp+0x44>
  8008ce:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  8008d3:	85 d2                	test   %edx,%edx
  8008d5:	74 08                	je     8008df <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  8008d7:	0f b6 01             	movzbl (%ecx),%eax
  8008da:	0f b6 13             	movzbl (%ebx),%edx
  8008dd:	29 d0                	sub    %edx,%eax
}
  8008df:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8008e2:	c9                   	leave
  8008e3:	c3                   	ret

008008e4 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  8008e4:	55                   	push   %ebp
  8008e5:	89 e5                	mov    %esp,%ebp
  8008e7:	8b 45 08             	mov    0x8(%ebp),%eax
  8008ea:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  8008ee:	0f b6 10             	movzbl (%eax),%edx
  8008f1:	84 d2                	test   %dl,%dl
  8008f3:	74 15                	je     80090a <strchr+0x26>
		if (*s == c)
  8008f5:	38 d1                	cmp    %dl,%cl
  8008f7:	74 0f                	je     800908 <strchr+0x24>
	for (; *s; s++)
  8008f9:	83 c0 01             	add    $0x1,%eax
  8008fc:	0f b6 10             	movzbl (%eax),%edx
  8008ff:	84 d2                	test   %dl,%dl
  800901:	75 f2                	jne    8008f5 <strchr+0x11>
			return (char *) s;
	return 0;
  800903:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800908:	5d                   	pop    %ebp
  800909:	c3                   	ret
	return 0;
  80090a:	b8 00 00 00 00       	mov    $0x0,%eax
  80090f:	eb f7                	jmp    800908 <strchr+0x24>

00800911 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800911:	55                   	push   %ebp
  800912:	89 e5                	mov    %esp,%ebp
  800914:	53                   	push   %ebx
  800915:	8b 45 08             	mov    0x8(%ebp),%eax
  800918:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  80091b:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  80091e:	38 d3                	cmp    %dl,%bl
  800920:	74 14                	je     800936 <strfind+0x25>
  800922:	89 d1                	mov    %edx,%ecx
  800924:	84 db                	test   %bl,%bl
  800926:	74 0e                	je     800936 <strfind+0x25>
	for (; *s; s++)
  800928:	83 c0 01             	add    $0x1,%eax
  80092b:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  80092e:	38 ca                	cmp    %cl,%dl
  800930:	74 04                	je     800936 <strfind+0x25>
  800932:	84 d2                	test   %dl,%dl
  800934:	75 f2                	jne    800928 <strfind+0x17>
			break;
	return (char *) s;
}
  800936:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800939:	c9                   	leave
  80093a:	c3                   	ret

0080093b <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  80093b:	55                   	push   %ebp
  80093c:	89 e5                	mov    %esp,%ebp
  80093e:	53                   	push   %ebx
  80093f:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800942:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800945:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800948:	85 d2                	test   %edx,%edx
  80094a:	74 0e                	je     80095a <memset+0x1f>
  80094c:	01 da                	add    %ebx,%edx
	char *p = v;
  80094e:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800950:	83 c0 01             	add    $0x1,%eax
  800953:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800956:	39 c2                	cmp    %eax,%edx
  800958:	75 f6                	jne    800950 <memset+0x15>
	return v;
}
  80095a:	89 d8                	mov    %ebx,%eax
  80095c:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80095f:	c9                   	leave
  800960:	c3                   	ret

00800961 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800961:	55                   	push   %ebp
  800962:	89 e5                	mov    %esp,%ebp
  800964:	56                   	push   %esi
  800965:	53                   	push   %ebx
  800966:	8b 75 08             	mov    0x8(%ebp),%esi
  800969:	8b 45 0c             	mov    0xc(%ebp),%eax
  80096c:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  80096f:	39 f0                	cmp    %esi,%eax
  800971:	72 20                	jb     800993 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800973:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800976:	89 f2                	mov    %esi,%edx
  800978:	85 c9                	test   %ecx,%ecx
  80097a:	74 11                	je     80098d <memmove+0x2c>
			*d++ = *s++;
  80097c:	83 c0 01             	add    $0x1,%eax
  80097f:	83 c2 01             	add    $0x1,%edx
  800982:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800986:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800989:	39 d8                	cmp    %ebx,%eax
  80098b:	75 ef                	jne    80097c <memmove+0x1b>
	return dst;
}
  80098d:	89 f0                	mov    %esi,%eax
  80098f:	5b                   	pop    %ebx
  800990:	5e                   	pop    %esi
  800991:	5d                   	pop    %ebp
  800992:	c3                   	ret
	if (s < d && s + n > d) {
  800993:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800996:	39 d6                	cmp    %edx,%esi
  800998:	73 d9                	jae    800973 <memmove+0x12>
		while (n-- > 0)
  80099a:	8d 51 ff             	lea    -0x1(%ecx),%edx
  80099d:	85 c9                	test   %ecx,%ecx
  80099f:	74 ec                	je     80098d <memmove+0x2c>
			*--d = *--s;
  8009a1:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  8009a5:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  8009a8:	83 ea 01             	sub    $0x1,%edx
  8009ab:	83 fa ff             	cmp    $0xffffffff,%edx
  8009ae:	75 f1                	jne    8009a1 <memmove+0x40>
  8009b0:	eb db                	jmp    80098d <memmove+0x2c>

008009b2 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  8009b2:	55                   	push   %ebp
  8009b3:	89 e5                	mov    %esp,%ebp
  8009b5:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  8009b8:	ff 75 10             	push   0x10(%ebp)
  8009bb:	ff 75 0c             	push   0xc(%ebp)
  8009be:	ff 75 08             	push   0x8(%ebp)
  8009c1:	e8 9b ff ff ff       	call   800961 <memmove>
}
  8009c6:	c9                   	leave
  8009c7:	c3                   	ret

008009c8 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  8009c8:	55                   	push   %ebp
  8009c9:	89 e5                	mov    %esp,%ebp
  8009cb:	56                   	push   %esi
  8009cc:	53                   	push   %ebx
  8009cd:	8b 45 08             	mov    0x8(%ebp),%eax
  8009d0:	8b 55 0c             	mov    0xc(%ebp),%edx
  8009d3:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  8009d6:	85 f6                	test   %esi,%esi
  8009d8:	74 29                	je     800a03 <memcmp+0x3b>
  8009da:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  8009dc:	0f b6 08             	movzbl (%eax),%ecx
  8009df:	0f b6 1a             	movzbl (%edx),%ebx
  8009e2:	38 d9                	cmp    %bl,%cl
  8009e4:	75 11                	jne    8009f7 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  8009e6:	83 c0 01             	add    $0x1,%eax
  8009e9:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  8009ec:	39 c6                	cmp    %eax,%esi
  8009ee:	75 ec                	jne    8009dc <memcmp+0x14>
	}
	return 0;
  8009f0:	b8 00 00 00 00       	mov    $0x0,%eax
  8009f5:	eb 08                	jmp    8009ff <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  8009f7:	0f b6 c1             	movzbl %cl,%eax
  8009fa:	0f b6 db             	movzbl %bl,%ebx
  8009fd:	29 d8                	sub    %ebx,%eax
}
  8009ff:	5b                   	pop    %ebx
  800a00:	5e                   	pop    %esi
  800a01:	5d                   	pop    %ebp
  800a02:	c3                   	ret
	return 0;
  800a03:	b8 00 00 00 00       	mov    $0x0,%eax
  800a08:	eb f5                	jmp    8009ff <memcmp+0x37>

00800a0a <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800a0a:	55                   	push   %ebp
  800a0b:	89 e5                	mov    %esp,%ebp
  800a0d:	8b 45 08             	mov    0x8(%ebp),%eax
  800a10:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800a13:	89 c2                	mov    %eax,%edx
  800a15:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800a18:	39 d0                	cmp    %edx,%eax
  800a1a:	73 0d                	jae    800a29 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800a1c:	38 08                	cmp    %cl,(%eax)
  800a1e:	74 0d                	je     800a2d <memfind+0x23>
	for (; s < ends; s++)
  800a20:	83 c0 01             	add    $0x1,%eax
  800a23:	39 c2                	cmp    %eax,%edx
  800a25:	75 f5                	jne    800a1c <memfind+0x12>
  800a27:	eb 06                	jmp    800a2f <memfind+0x25>
  800a29:	89 c2                	mov    %eax,%edx
  800a2b:	eb 02                	jmp    800a2f <memfind+0x25>
  800a2d:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800a2f:	89 d0                	mov    %edx,%eax
  800a31:	5d                   	pop    %ebp
  800a32:	c3                   	ret

00800a33 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800a33:	55                   	push   %ebp
  800a34:	89 e5                	mov    %esp,%ebp
  800a36:	57                   	push   %edi
  800a37:	56                   	push   %esi
  800a38:	53                   	push   %ebx
  800a39:	8b 55 08             	mov    0x8(%ebp),%edx
  800a3c:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800a3f:	0f b6 02             	movzbl (%edx),%eax
  800a42:	3c 20                	cmp    $0x20,%al
  800a44:	74 04                	je     800a4a <strtol+0x17>
  800a46:	3c 09                	cmp    $0x9,%al
  800a48:	75 0e                	jne    800a58 <strtol+0x25>
		s++;
  800a4a:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800a4d:	0f b6 02             	movzbl (%edx),%eax
  800a50:	3c 20                	cmp    $0x20,%al
  800a52:	74 f6                	je     800a4a <strtol+0x17>
  800a54:	3c 09                	cmp    $0x9,%al
  800a56:	74 f2                	je     800a4a <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800a58:	3c 2b                	cmp    $0x2b,%al
  800a5a:	74 2a                	je     800a86 <strtol+0x53>
	int neg = 0;
  800a5c:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800a61:	3c 2d                	cmp    $0x2d,%al
  800a63:	74 2b                	je     800a90 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800a65:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800a6b:	75 0f                	jne    800a7c <strtol+0x49>
  800a6d:	80 3a 30             	cmpb   $0x30,(%edx)
  800a70:	74 28                	je     800a9a <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800a72:	85 db                	test   %ebx,%ebx
  800a74:	b8 0a 00 00 00       	mov    $0xa,%eax
  800a79:	0f 44 d8             	cmove  %eax,%ebx
  800a7c:	b9 00 00 00 00       	mov    $0x0,%ecx
  800a81:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800a84:	eb 46                	jmp    800acc <strtol+0x99>
		s++;
  800a86:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800a89:	bf 00 00 00 00       	mov    $0x0,%edi
  800a8e:	eb d5                	jmp    800a65 <strtol+0x32>
		s++, neg = 1;
  800a90:	83 c2 01             	add    $0x1,%edx
  800a93:	bf 01 00 00 00       	mov    $0x1,%edi
  800a98:	eb cb                	jmp    800a65 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800a9a:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800a9e:	74 0e                	je     800aae <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800aa0:	85 db                	test   %ebx,%ebx
  800aa2:	75 d8                	jne    800a7c <strtol+0x49>
		s++, base = 8;
  800aa4:	83 c2 01             	add    $0x1,%edx
  800aa7:	bb 08 00 00 00       	mov    $0x8,%ebx
  800aac:	eb ce                	jmp    800a7c <strtol+0x49>
		s += 2, base = 16;
  800aae:	83 c2 02             	add    $0x2,%edx
  800ab1:	bb 10 00 00 00       	mov    $0x10,%ebx
  800ab6:	eb c4                	jmp    800a7c <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800ab8:	0f be c0             	movsbl %al,%eax
  800abb:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800abe:	3b 45 10             	cmp    0x10(%ebp),%eax
  800ac1:	7d 3a                	jge    800afd <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800ac3:	83 c2 01             	add    $0x1,%edx
  800ac6:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800aca:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800acc:	0f b6 02             	movzbl (%edx),%eax
  800acf:	8d 70 d0             	lea    -0x30(%eax),%esi
  800ad2:	89 f3                	mov    %esi,%ebx
  800ad4:	80 fb 09             	cmp    $0x9,%bl
  800ad7:	76 df                	jbe    800ab8 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800ad9:	8d 70 9f             	lea    -0x61(%eax),%esi
  800adc:	89 f3                	mov    %esi,%ebx
  800ade:	80 fb 19             	cmp    $0x19,%bl
  800ae1:	77 08                	ja     800aeb <strtol+0xb8>
			dig = *s - 'a' + 10;
  800ae3:	0f be c0             	movsbl %al,%eax
  800ae6:	83 e8 57             	sub    $0x57,%eax
  800ae9:	eb d3                	jmp    800abe <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800aeb:	8d 70 bf             	lea    -0x41(%eax),%esi
  800aee:	89 f3                	mov    %esi,%ebx
  800af0:	80 fb 19             	cmp    $0x19,%bl
  800af3:	77 08                	ja     800afd <strtol+0xca>
			dig = *s - 'A' + 10;
  800af5:	0f be c0             	movsbl %al,%eax
  800af8:	83 e8 37             	sub    $0x37,%eax
  800afb:	eb c1                	jmp    800abe <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800afd:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800b01:	74 05                	je     800b08 <strtol+0xd5>
		*endptr = (char *) s;
  800b03:	8b 45 0c             	mov    0xc(%ebp),%eax
  800b06:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800b08:	89 c8                	mov    %ecx,%eax
  800b0a:	f7 d8                	neg    %eax
  800b0c:	85 ff                	test   %edi,%edi
  800b0e:	0f 45 c8             	cmovne %eax,%ecx
}
  800b11:	89 c8                	mov    %ecx,%eax
  800b13:	5b                   	pop    %ebx
  800b14:	5e                   	pop    %esi
  800b15:	5f                   	pop    %edi
  800b16:	5d                   	pop    %ebp
  800b17:	c3                   	ret

00800b18 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800b18:	55                   	push   %ebp
  800b19:	89 e5                	mov    %esp,%ebp
  800b1b:	57                   	push   %edi
  800b1c:	56                   	push   %esi
  800b1d:	53                   	push   %ebx
  800b1e:	83 ec 24             	sub    $0x24,%esp
  800b21:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800b24:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800b27:	8b 45 08             	mov    0x8(%ebp),%eax
  800b2a:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b2d:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800b30:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800b33:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800b36:	89 d1                	mov    %edx,%ecx
  800b38:	09 c1                	or     %eax,%ecx
  800b3a:	74 2f                	je     800b6b <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800b3c:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800b3f:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800b42:	89 d0                	mov    %edx,%eax
  800b44:	83 c8 00             	or     $0x0,%eax
  800b47:	74 48                	je     800b91 <udivmod64+0x79>
  800b49:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800b4e:	be 00 00 00 00       	mov    $0x0,%esi
  800b53:	bf 00 00 00 00       	mov    $0x0,%edi
  800b58:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800b5f:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800b66:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800b69:	eb 5f                	jmp    800bca <udivmod64+0xb2>
		return ~0ULL;
  800b6b:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800b72:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800b79:	85 db                	test   %ebx,%ebx
  800b7b:	0f 84 b7 00 00 00    	je     800c38 <udivmod64+0x120>
			*rem = n;
  800b81:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800b84:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800b87:	89 03                	mov    %eax,(%ebx)
  800b89:	89 53 04             	mov    %edx,0x4(%ebx)
  800b8c:	e9 a7 00 00 00       	jmp    800c38 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800b91:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800b94:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800b97:	85 db                	test   %ebx,%ebx
  800b99:	74 12                	je     800bad <udivmod64+0x95>
			*rem = n32 % d32;
  800b9b:	89 c8                	mov    %ecx,%eax
  800b9d:	ba 00 00 00 00       	mov    $0x0,%edx
  800ba2:	f7 f6                	div    %esi
  800ba4:	89 13                	mov    %edx,(%ebx)
  800ba6:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800bad:	89 c8                	mov    %ecx,%eax
  800baf:	ba 00 00 00 00       	mov    $0x0,%edx
  800bb4:	f7 f6                	div    %esi
  800bb6:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800bb9:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800bc0:	eb 76                	jmp    800c38 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800bc2:	83 e9 01             	sub    $0x1,%ecx
  800bc5:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800bc8:	74 62                	je     800c2c <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800bca:	89 f0                	mov    %esi,%eax
  800bcc:	89 fa                	mov    %edi,%edx
  800bce:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800bd2:	01 c0                	add    %eax,%eax
  800bd4:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800bd7:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800bda:	0f ad fe             	shrd   %cl,%edi,%esi
  800bdd:	d3 ef                	shr    %cl,%edi
  800bdf:	f6 c1 20             	test   $0x20,%cl
  800be2:	74 04                	je     800be8 <udivmod64+0xd0>
  800be4:	89 fe                	mov    %edi,%esi
  800be6:	31 ff                	xor    %edi,%edi
  800be8:	89 f7                	mov    %esi,%edi
  800bea:	83 e7 01             	and    $0x1,%edi
  800bed:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800bf0:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800bf7:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800bfa:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800bfd:	09 c6                	or     %eax,%esi
  800bff:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800c01:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800c04:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800c07:	39 c6                	cmp    %eax,%esi
  800c09:	89 fb                	mov    %edi,%ebx
  800c0b:	19 d3                	sbb    %edx,%ebx
  800c0d:	72 b3                	jb     800bc2 <udivmod64+0xaa>
			r -= d;
  800c0f:	29 c6                	sub    %eax,%esi
  800c11:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800c13:	31 c0                	xor    %eax,%eax
  800c15:	31 d2                	xor    %edx,%edx
  800c17:	f6 c1 20             	test   $0x20,%cl
  800c1a:	0f 94 c0             	sete   %al
  800c1d:	0f 95 c2             	setne  %dl
  800c20:	d3 e0                	shl    %cl,%eax
  800c22:	d3 e2                	shl    %cl,%edx
  800c24:	09 45 d0             	or     %eax,-0x30(%ebp)
  800c27:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800c2a:	eb 96                	jmp    800bc2 <udivmod64+0xaa>
		}
	}
	if (rem)
  800c2c:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800c2f:	85 db                	test   %ebx,%ebx
  800c31:	74 05                	je     800c38 <udivmod64+0x120>
		*rem = r;
  800c33:	89 33                	mov    %esi,(%ebx)
  800c35:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800c38:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800c3b:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800c3e:	83 c4 24             	add    $0x24,%esp
  800c41:	5b                   	pop    %ebx
  800c42:	5e                   	pop    %esi
  800c43:	5f                   	pop    %edi
  800c44:	5d                   	pop    %ebp
  800c45:	c3                   	ret

00800c46 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800c46:	55                   	push   %ebp
  800c47:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800c49:	83 ec 04             	sub    $0x4,%esp
  800c4c:	6a 00                	push   $0x0
  800c4e:	ff 75 14             	push   0x14(%ebp)
  800c51:	ff 75 10             	push   0x10(%ebp)
  800c54:	8b 45 08             	mov    0x8(%ebp),%eax
  800c57:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c5a:	e8 b9 fe ff ff       	call   800b18 <udivmod64>
}
  800c5f:	c9                   	leave
  800c60:	c3                   	ret

00800c61 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800c61:	55                   	push   %ebp
  800c62:	89 e5                	mov    %esp,%ebp
  800c64:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800c67:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800c6a:	50                   	push   %eax
  800c6b:	ff 75 14             	push   0x14(%ebp)
  800c6e:	ff 75 10             	push   0x10(%ebp)
  800c71:	8b 45 08             	mov    0x8(%ebp),%eax
  800c74:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c77:	e8 9c fe ff ff       	call   800b18 <udivmod64>
	return r;
}
  800c7c:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800c7f:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800c82:	c9                   	leave
  800c83:	c3                   	ret

00800c84 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800c84:	55                   	push   %ebp
  800c85:	89 e5                	mov    %esp,%ebp
  800c87:	57                   	push   %edi
  800c88:	56                   	push   %esi
  800c89:	53                   	push   %ebx
  800c8a:	83 ec 0c             	sub    $0xc,%esp
  800c8d:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800c90:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800c93:	8b 45 10             	mov    0x10(%ebp),%eax
  800c96:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800c99:	89 ce                	mov    %ecx,%esi
  800c9b:	89 df                	mov    %ebx,%edi
  800c9d:	31 c6                	xor    %eax,%esi
  800c9f:	31 d7                	xor    %edx,%edi
  800ca1:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800ca4:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800ca7:	89 c6                	mov    %eax,%esi
  800ca9:	89 d7                	mov    %edx,%edi
  800cab:	85 d2                	test   %edx,%edx
  800cad:	78 25                	js     800cd4 <__divdi3+0x50>
  800caf:	89 c8                	mov    %ecx,%eax
  800cb1:	89 da                	mov    %ebx,%edx
  800cb3:	85 db                	test   %ebx,%ebx
  800cb5:	78 2a                	js     800ce1 <__divdi3+0x5d>
  800cb7:	83 ec 04             	sub    $0x4,%esp
  800cba:	6a 00                	push   $0x0
  800cbc:	57                   	push   %edi
  800cbd:	56                   	push   %esi
  800cbe:	e8 55 fe ff ff       	call   800b18 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800cc3:	83 c4 10             	add    $0x10,%esp
  800cc6:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800cca:	78 1e                	js     800cea <__divdi3+0x66>
}
  800ccc:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ccf:	5b                   	pop    %ebx
  800cd0:	5e                   	pop    %esi
  800cd1:	5f                   	pop    %edi
  800cd2:	5d                   	pop    %ebp
  800cd3:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800cd4:	f7 d8                	neg    %eax
  800cd6:	83 d2 00             	adc    $0x0,%edx
  800cd9:	f7 da                	neg    %edx
  800cdb:	89 c6                	mov    %eax,%esi
  800cdd:	89 d7                	mov    %edx,%edi
  800cdf:	eb ce                	jmp    800caf <__divdi3+0x2b>
  800ce1:	f7 d8                	neg    %eax
  800ce3:	83 d2 00             	adc    $0x0,%edx
  800ce6:	f7 da                	neg    %edx
  800ce8:	eb cd                	jmp    800cb7 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800cea:	f7 d8                	neg    %eax
  800cec:	83 d2 00             	adc    $0x0,%edx
  800cef:	f7 da                	neg    %edx
  800cf1:	eb d9                	jmp    800ccc <__divdi3+0x48>

00800cf3 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800cf3:	55                   	push   %ebp
  800cf4:	89 e5                	mov    %esp,%ebp
  800cf6:	57                   	push   %edi
  800cf7:	56                   	push   %esi
  800cf8:	53                   	push   %ebx
  800cf9:	83 ec 14             	sub    $0x14,%esp
  800cfc:	8b 45 08             	mov    0x8(%ebp),%eax
  800cff:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d02:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800d05:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d08:	89 ce                	mov    %ecx,%esi
  800d0a:	89 df                	mov    %ebx,%edi
  800d0c:	85 db                	test   %ebx,%ebx
  800d0e:	78 23                	js     800d33 <__moddi3+0x40>
  800d10:	85 d2                	test   %edx,%edx
  800d12:	78 28                	js     800d3c <__moddi3+0x49>
  800d14:	83 ec 04             	sub    $0x4,%esp
  800d17:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d1a:	51                   	push   %ecx
  800d1b:	57                   	push   %edi
  800d1c:	56                   	push   %esi
  800d1d:	e8 f6 fd ff ff       	call   800b18 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800d22:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800d25:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800d28:	83 c4 10             	add    $0x10,%esp
}
  800d2b:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d2e:	5b                   	pop    %ebx
  800d2f:	5e                   	pop    %esi
  800d30:	5f                   	pop    %edi
  800d31:	5d                   	pop    %ebp
  800d32:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d33:	f7 de                	neg    %esi
  800d35:	83 d7 00             	adc    $0x0,%edi
  800d38:	f7 df                	neg    %edi
  800d3a:	eb d4                	jmp    800d10 <__moddi3+0x1d>
  800d3c:	f7 d8                	neg    %eax
  800d3e:	83 d2 00             	adc    $0x0,%edx
  800d41:	f7 da                	neg    %edx
  800d43:	83 ec 04             	sub    $0x4,%esp
  800d46:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d49:	51                   	push   %ecx
  800d4a:	57                   	push   %edi
  800d4b:	56                   	push   %esi
  800d4c:	e8 c7 fd ff ff       	call   800b18 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800d51:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800d54:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800d57:	f7 d8                	neg    %eax
  800d59:	83 d2 00             	adc    $0x0,%edx
  800d5c:	f7 da                	neg    %edx
  800d5e:	83 c4 10             	add    $0x10,%esp
  800d61:	eb c8                	jmp    800d2b <__moddi3+0x38>

00800d63 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800d63:	55                   	push   %ebp
  800d64:	89 e5                	mov    %esp,%ebp
  800d66:	57                   	push   %edi
  800d67:	56                   	push   %esi
  800d68:	53                   	push   %ebx
	asm volatile("int %1\n"
  800d69:	b8 00 00 00 00       	mov    $0x0,%eax
  800d6e:	8b 55 08             	mov    0x8(%ebp),%edx
  800d71:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800d74:	89 c3                	mov    %eax,%ebx
  800d76:	89 c7                	mov    %eax,%edi
  800d78:	89 c6                	mov    %eax,%esi
  800d7a:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800d7c:	5b                   	pop    %ebx
  800d7d:	5e                   	pop    %esi
  800d7e:	5f                   	pop    %edi
  800d7f:	5d                   	pop    %ebp
  800d80:	c3                   	ret

00800d81 <sys_cgetc>:

int
sys_cgetc(void)
{
  800d81:	55                   	push   %ebp
  800d82:	89 e5                	mov    %esp,%ebp
  800d84:	57                   	push   %edi
  800d85:	56                   	push   %esi
  800d86:	53                   	push   %ebx
	asm volatile("int %1\n"
  800d87:	ba 00 00 00 00       	mov    $0x0,%edx
  800d8c:	b8 01 00 00 00       	mov    $0x1,%eax
  800d91:	89 d1                	mov    %edx,%ecx
  800d93:	89 d3                	mov    %edx,%ebx
  800d95:	89 d7                	mov    %edx,%edi
  800d97:	89 d6                	mov    %edx,%esi
  800d99:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800d9b:	5b                   	pop    %ebx
  800d9c:	5e                   	pop    %esi
  800d9d:	5f                   	pop    %edi
  800d9e:	5d                   	pop    %ebp
  800d9f:	c3                   	ret

00800da0 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800da0:	55                   	push   %ebp
  800da1:	89 e5                	mov    %esp,%ebp
  800da3:	57                   	push   %edi
  800da4:	56                   	push   %esi
  800da5:	53                   	push   %ebx
  800da6:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800da9:	b9 00 00 00 00       	mov    $0x0,%ecx
  800dae:	8b 55 08             	mov    0x8(%ebp),%edx
  800db1:	b8 03 00 00 00       	mov    $0x3,%eax
  800db6:	89 cb                	mov    %ecx,%ebx
  800db8:	89 cf                	mov    %ecx,%edi
  800dba:	89 ce                	mov    %ecx,%esi
  800dbc:	cd 30                	int    $0x30
	if (check && ret > 0)
  800dbe:	85 c0                	test   %eax,%eax
  800dc0:	7f 08                	jg     800dca <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800dc2:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800dc5:	5b                   	pop    %ebx
  800dc6:	5e                   	pop    %esi
  800dc7:	5f                   	pop    %edi
  800dc8:	5d                   	pop    %ebp
  800dc9:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800dca:	83 ec 0c             	sub    $0xc,%esp
  800dcd:	50                   	push   %eax
  800dce:	6a 03                	push   $0x3
  800dd0:	68 24 13 80 00       	push   $0x801324
  800dd5:	6a 1f                	push   $0x1f
  800dd7:	68 41 13 80 00       	push   $0x801341
  800ddc:	e8 ed 01 00 00       	call   800fce <_panic>

00800de1 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800de1:	55                   	push   %ebp
  800de2:	89 e5                	mov    %esp,%ebp
  800de4:	57                   	push   %edi
  800de5:	56                   	push   %esi
  800de6:	53                   	push   %ebx
	asm volatile("int %1\n"
  800de7:	ba 00 00 00 00       	mov    $0x0,%edx
  800dec:	b8 02 00 00 00       	mov    $0x2,%eax
  800df1:	89 d1                	mov    %edx,%ecx
  800df3:	89 d3                	mov    %edx,%ebx
  800df5:	89 d7                	mov    %edx,%edi
  800df7:	89 d6                	mov    %edx,%esi
  800df9:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800dfb:	5b                   	pop    %ebx
  800dfc:	5e                   	pop    %esi
  800dfd:	5f                   	pop    %edi
  800dfe:	5d                   	pop    %ebp
  800dff:	c3                   	ret

00800e00 <sys_yield>:

void
sys_yield(void)
{
  800e00:	55                   	push   %ebp
  800e01:	89 e5                	mov    %esp,%ebp
  800e03:	57                   	push   %edi
  800e04:	56                   	push   %esi
  800e05:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e06:	ba 00 00 00 00       	mov    $0x0,%edx
  800e0b:	b8 0a 00 00 00       	mov    $0xa,%eax
  800e10:	89 d1                	mov    %edx,%ecx
  800e12:	89 d3                	mov    %edx,%ebx
  800e14:	89 d7                	mov    %edx,%edi
  800e16:	89 d6                	mov    %edx,%esi
  800e18:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800e1a:	5b                   	pop    %ebx
  800e1b:	5e                   	pop    %esi
  800e1c:	5f                   	pop    %edi
  800e1d:	5d                   	pop    %ebp
  800e1e:	c3                   	ret

00800e1f <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800e1f:	55                   	push   %ebp
  800e20:	89 e5                	mov    %esp,%ebp
  800e22:	57                   	push   %edi
  800e23:	56                   	push   %esi
  800e24:	53                   	push   %ebx
  800e25:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e28:	be 00 00 00 00       	mov    $0x0,%esi
  800e2d:	8b 55 08             	mov    0x8(%ebp),%edx
  800e30:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e33:	b8 04 00 00 00       	mov    $0x4,%eax
  800e38:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800e3b:	89 f7                	mov    %esi,%edi
  800e3d:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e3f:	85 c0                	test   %eax,%eax
  800e41:	7f 08                	jg     800e4b <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800e43:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e46:	5b                   	pop    %ebx
  800e47:	5e                   	pop    %esi
  800e48:	5f                   	pop    %edi
  800e49:	5d                   	pop    %ebp
  800e4a:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e4b:	83 ec 0c             	sub    $0xc,%esp
  800e4e:	50                   	push   %eax
  800e4f:	6a 04                	push   $0x4
  800e51:	68 24 13 80 00       	push   $0x801324
  800e56:	6a 1f                	push   $0x1f
  800e58:	68 41 13 80 00       	push   $0x801341
  800e5d:	e8 6c 01 00 00       	call   800fce <_panic>

00800e62 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800e62:	55                   	push   %ebp
  800e63:	89 e5                	mov    %esp,%ebp
  800e65:	57                   	push   %edi
  800e66:	56                   	push   %esi
  800e67:	53                   	push   %ebx
  800e68:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e6b:	8b 55 08             	mov    0x8(%ebp),%edx
  800e6e:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e71:	b8 05 00 00 00       	mov    $0x5,%eax
  800e76:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800e79:	8b 7d 14             	mov    0x14(%ebp),%edi
  800e7c:	8b 75 18             	mov    0x18(%ebp),%esi
  800e7f:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e81:	85 c0                	test   %eax,%eax
  800e83:	7f 08                	jg     800e8d <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800e85:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e88:	5b                   	pop    %ebx
  800e89:	5e                   	pop    %esi
  800e8a:	5f                   	pop    %edi
  800e8b:	5d                   	pop    %ebp
  800e8c:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e8d:	83 ec 0c             	sub    $0xc,%esp
  800e90:	50                   	push   %eax
  800e91:	6a 05                	push   $0x5
  800e93:	68 24 13 80 00       	push   $0x801324
  800e98:	6a 1f                	push   $0x1f
  800e9a:	68 41 13 80 00       	push   $0x801341
  800e9f:	e8 2a 01 00 00       	call   800fce <_panic>

00800ea4 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800ea4:	55                   	push   %ebp
  800ea5:	89 e5                	mov    %esp,%ebp
  800ea7:	57                   	push   %edi
  800ea8:	56                   	push   %esi
  800ea9:	53                   	push   %ebx
  800eaa:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800ead:	bb 00 00 00 00       	mov    $0x0,%ebx
  800eb2:	8b 55 08             	mov    0x8(%ebp),%edx
  800eb5:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800eb8:	b8 06 00 00 00       	mov    $0x6,%eax
  800ebd:	89 df                	mov    %ebx,%edi
  800ebf:	89 de                	mov    %ebx,%esi
  800ec1:	cd 30                	int    $0x30
	if (check && ret > 0)
  800ec3:	85 c0                	test   %eax,%eax
  800ec5:	7f 08                	jg     800ecf <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800ec7:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800eca:	5b                   	pop    %ebx
  800ecb:	5e                   	pop    %esi
  800ecc:	5f                   	pop    %edi
  800ecd:	5d                   	pop    %ebp
  800ece:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ecf:	83 ec 0c             	sub    $0xc,%esp
  800ed2:	50                   	push   %eax
  800ed3:	6a 06                	push   $0x6
  800ed5:	68 24 13 80 00       	push   $0x801324
  800eda:	6a 1f                	push   $0x1f
  800edc:	68 41 13 80 00       	push   $0x801341
  800ee1:	e8 e8 00 00 00       	call   800fce <_panic>

00800ee6 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800ee6:	55                   	push   %ebp
  800ee7:	89 e5                	mov    %esp,%ebp
  800ee9:	57                   	push   %edi
  800eea:	56                   	push   %esi
  800eeb:	53                   	push   %ebx
  800eec:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800eef:	bb 00 00 00 00       	mov    $0x0,%ebx
  800ef4:	8b 55 08             	mov    0x8(%ebp),%edx
  800ef7:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800efa:	b8 08 00 00 00       	mov    $0x8,%eax
  800eff:	89 df                	mov    %ebx,%edi
  800f01:	89 de                	mov    %ebx,%esi
  800f03:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f05:	85 c0                	test   %eax,%eax
  800f07:	7f 08                	jg     800f11 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800f09:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f0c:	5b                   	pop    %ebx
  800f0d:	5e                   	pop    %esi
  800f0e:	5f                   	pop    %edi
  800f0f:	5d                   	pop    %ebp
  800f10:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f11:	83 ec 0c             	sub    $0xc,%esp
  800f14:	50                   	push   %eax
  800f15:	6a 08                	push   $0x8
  800f17:	68 24 13 80 00       	push   $0x801324
  800f1c:	6a 1f                	push   $0x1f
  800f1e:	68 41 13 80 00       	push   $0x801341
  800f23:	e8 a6 00 00 00       	call   800fce <_panic>

00800f28 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800f28:	55                   	push   %ebp
  800f29:	89 e5                	mov    %esp,%ebp
  800f2b:	57                   	push   %edi
  800f2c:	56                   	push   %esi
  800f2d:	53                   	push   %ebx
  800f2e:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f31:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f36:	8b 55 08             	mov    0x8(%ebp),%edx
  800f39:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f3c:	b8 09 00 00 00       	mov    $0x9,%eax
  800f41:	89 df                	mov    %ebx,%edi
  800f43:	89 de                	mov    %ebx,%esi
  800f45:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f47:	85 c0                	test   %eax,%eax
  800f49:	7f 08                	jg     800f53 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800f4b:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f4e:	5b                   	pop    %ebx
  800f4f:	5e                   	pop    %esi
  800f50:	5f                   	pop    %edi
  800f51:	5d                   	pop    %ebp
  800f52:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f53:	83 ec 0c             	sub    $0xc,%esp
  800f56:	50                   	push   %eax
  800f57:	6a 09                	push   $0x9
  800f59:	68 24 13 80 00       	push   $0x801324
  800f5e:	6a 1f                	push   $0x1f
  800f60:	68 41 13 80 00       	push   $0x801341
  800f65:	e8 64 00 00 00       	call   800fce <_panic>

00800f6a <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  800f6a:	55                   	push   %ebp
  800f6b:	89 e5                	mov    %esp,%ebp
  800f6d:	57                   	push   %edi
  800f6e:	56                   	push   %esi
  800f6f:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f70:	8b 55 08             	mov    0x8(%ebp),%edx
  800f73:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f76:	b8 0b 00 00 00       	mov    $0xb,%eax
  800f7b:	be 00 00 00 00       	mov    $0x0,%esi
  800f80:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f83:	8b 7d 14             	mov    0x14(%ebp),%edi
  800f86:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  800f88:	5b                   	pop    %ebx
  800f89:	5e                   	pop    %esi
  800f8a:	5f                   	pop    %edi
  800f8b:	5d                   	pop    %ebp
  800f8c:	c3                   	ret

00800f8d <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  800f8d:	55                   	push   %ebp
  800f8e:	89 e5                	mov    %esp,%ebp
  800f90:	57                   	push   %edi
  800f91:	56                   	push   %esi
  800f92:	53                   	push   %ebx
  800f93:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f96:	b9 00 00 00 00       	mov    $0x0,%ecx
  800f9b:	8b 55 08             	mov    0x8(%ebp),%edx
  800f9e:	b8 0c 00 00 00       	mov    $0xc,%eax
  800fa3:	89 cb                	mov    %ecx,%ebx
  800fa5:	89 cf                	mov    %ecx,%edi
  800fa7:	89 ce                	mov    %ecx,%esi
  800fa9:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fab:	85 c0                	test   %eax,%eax
  800fad:	7f 08                	jg     800fb7 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  800faf:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fb2:	5b                   	pop    %ebx
  800fb3:	5e                   	pop    %esi
  800fb4:	5f                   	pop    %edi
  800fb5:	5d                   	pop    %ebp
  800fb6:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fb7:	83 ec 0c             	sub    $0xc,%esp
  800fba:	50                   	push   %eax
  800fbb:	6a 0c                	push   $0xc
  800fbd:	68 24 13 80 00       	push   $0x801324
  800fc2:	6a 1f                	push   $0x1f
  800fc4:	68 41 13 80 00       	push   $0x801341
  800fc9:	e8 00 00 00 00       	call   800fce <_panic>

00800fce <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  800fce:	55                   	push   %ebp
  800fcf:	89 e5                	mov    %esp,%ebp
  800fd1:	56                   	push   %esi
  800fd2:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800fd3:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800fd6:	8b 35 04 20 80 00    	mov    0x802004,%esi
  800fdc:	e8 00 fe ff ff       	call   800de1 <sys_getenvid>
  800fe1:	83 ec 0c             	sub    $0xc,%esp
  800fe4:	ff 75 0c             	push   0xc(%ebp)
  800fe7:	ff 75 08             	push   0x8(%ebp)
  800fea:	56                   	push   %esi
  800feb:	50                   	push   %eax
  800fec:	68 50 13 80 00       	push   $0x801350
  800ff1:	e8 50 f7 ff ff       	call   800746 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800ff6:	83 c4 18             	add    $0x18,%esp
  800ff9:	53                   	push   %ebx
  800ffa:	ff 75 10             	push   0x10(%ebp)
  800ffd:	e8 56 00 00 00       	call   801058 <vcprintf>
	cprintf("\n");
  801002:	c7 04 24 cc 10 80 00 	movl   $0x8010cc,(%esp)
  801009:	e8 38 f7 ff ff       	call   800746 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  80100e:	cc                   	int3
  80100f:	83 c4 10             	add    $0x10,%esp
	for (;;)
  801012:	eb fe                	jmp    801012 <_panic+0x44>

00801014 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  801014:	55                   	push   %ebp
  801015:	89 e5                	mov    %esp,%ebp
  801017:	53                   	push   %ebx
  801018:	83 ec 04             	sub    $0x4,%esp
  80101b:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  80101e:	8b 13                	mov    (%ebx),%edx
  801020:	8d 42 01             	lea    0x1(%edx),%eax
  801023:	89 03                	mov    %eax,(%ebx)
  801025:	8b 4d 08             	mov    0x8(%ebp),%ecx
  801028:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  80102c:	3d 00 01 00 00       	cmp    $0x100,%eax
  801031:	74 09                	je     80103c <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  801033:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  801037:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80103a:	c9                   	leave
  80103b:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80103c:	83 ec 08             	sub    $0x8,%esp
  80103f:	68 00 01 00 00       	push   $0x100
  801044:	8d 43 08             	lea    0x8(%ebx),%eax
  801047:	50                   	push   %eax
  801048:	e8 16 fd ff ff       	call   800d63 <sys_cputs>
		b->idx = 0;
  80104d:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  801053:	83 c4 10             	add    $0x10,%esp
  801056:	eb db                	jmp    801033 <putch+0x1f>

00801058 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  801058:	55                   	push   %ebp
  801059:	89 e5                	mov    %esp,%ebp
  80105b:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  801061:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  801068:	00 00 00 
	b.cnt = 0;
  80106b:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  801072:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  801075:	ff 75 0c             	push   0xc(%ebp)
  801078:	ff 75 08             	push   0x8(%ebp)
  80107b:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  801081:	50                   	push   %eax
  801082:	68 14 10 80 00       	push   $0x801014
  801087:	e8 67 f0 ff ff       	call   8000f3 <vprintfmt>
	if (b->idx > 0) {
  80108c:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  801092:	83 c4 10             	add    $0x10,%esp
  801095:	85 c0                	test   %eax,%eax
  801097:	7f 08                	jg     8010a1 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  801099:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  80109f:	c9                   	leave
  8010a0:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8010a1:	83 ec 08             	sub    $0x8,%esp
  8010a4:	50                   	push   %eax
  8010a5:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  8010ab:	50                   	push   %eax
  8010ac:	e8 b2 fc ff ff       	call   800d63 <sys_cputs>
  8010b1:	83 c4 10             	add    $0x10,%esp
  8010b4:	eb e3                	jmp    801099 <vcprintf+0x41>
