
obj-walkfork/user/hello:     file format elf32-i386


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
  80002c:	e8 2d 00 00 00       	call   80005e <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:

#include <inc/lib.h>

void
umain(int argc, char **argv)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	83 ec 14             	sub    $0x14,%esp
	cprintf("hello, world\n");
  800039:	68 c0 10 80 00       	push   $0x8010c0
  80003e:	e8 00 07 00 00       	call   800743 <cprintf>
	cprintf("i am environment %08x\n", thisenv->env_id);
  800043:	a1 00 30 80 00       	mov    0x803000,%eax
  800048:	8b 40 48             	mov    0x48(%eax),%eax
  80004b:	83 c4 08             	add    $0x8,%esp
  80004e:	50                   	push   %eax
  80004f:	68 ce 10 80 00       	push   $0x8010ce
  800054:	e8 ea 06 00 00       	call   800743 <cprintf>
}
  800059:	83 c4 10             	add    $0x10,%esp
  80005c:	c9                   	leave
  80005d:	c3                   	ret

0080005e <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  80005e:	55                   	push   %ebp
  80005f:	89 e5                	mov    %esp,%ebp
  800061:	56                   	push   %esi
  800062:	53                   	push   %ebx
  800063:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800066:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  800069:	e8 70 0d 00 00       	call   800dde <sys_getenvid>
  80006e:	25 ff 03 00 00       	and    $0x3ff,%eax
  800073:	6b c0 7c             	imul   $0x7c,%eax,%eax
  800076:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80007b:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800080:	85 db                	test   %ebx,%ebx
  800082:	7e 07                	jle    80008b <libmain+0x2d>
		binaryname = argv[0];
  800084:	8b 06                	mov    (%esi),%eax
  800086:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  80008b:	83 ec 08             	sub    $0x8,%esp
  80008e:	56                   	push   %esi
  80008f:	53                   	push   %ebx
  800090:	e8 9e ff ff ff       	call   800033 <umain>

	exit();
  800095:	e8 0a 00 00 00       	call   8000a4 <exit>
}
  80009a:	83 c4 10             	add    $0x10,%esp
  80009d:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8000a0:	5b                   	pop    %ebx
  8000a1:	5e                   	pop    %esi
  8000a2:	5d                   	pop    %ebp
  8000a3:	c3                   	ret

008000a4 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  8000a4:	55                   	push   %ebp
  8000a5:	89 e5                	mov    %esp,%ebp
  8000a7:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  8000aa:	6a 00                	push   $0x0
  8000ac:	e8 ec 0c 00 00       	call   800d9d <sys_env_destroy>
}
  8000b1:	83 c4 10             	add    $0x10,%esp
  8000b4:	c9                   	leave
  8000b5:	c3                   	ret

008000b6 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8000b6:	55                   	push   %ebp
  8000b7:	89 e5                	mov    %esp,%ebp
  8000b9:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8000bc:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  8000c0:	8b 10                	mov    (%eax),%edx
  8000c2:	3b 50 04             	cmp    0x4(%eax),%edx
  8000c5:	73 0a                	jae    8000d1 <sprintputch+0x1b>
		*b->buf++ = ch;
  8000c7:	8d 4a 01             	lea    0x1(%edx),%ecx
  8000ca:	89 08                	mov    %ecx,(%eax)
  8000cc:	8b 45 08             	mov    0x8(%ebp),%eax
  8000cf:	88 02                	mov    %al,(%edx)
}
  8000d1:	5d                   	pop    %ebp
  8000d2:	c3                   	ret

008000d3 <printfmt>:
{
  8000d3:	55                   	push   %ebp
  8000d4:	89 e5                	mov    %esp,%ebp
  8000d6:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  8000d9:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  8000dc:	50                   	push   %eax
  8000dd:	ff 75 10             	push   0x10(%ebp)
  8000e0:	ff 75 0c             	push   0xc(%ebp)
  8000e3:	ff 75 08             	push   0x8(%ebp)
  8000e6:	e8 05 00 00 00       	call   8000f0 <vprintfmt>
}
  8000eb:	83 c4 10             	add    $0x10,%esp
  8000ee:	c9                   	leave
  8000ef:	c3                   	ret

008000f0 <vprintfmt>:
{
  8000f0:	55                   	push   %ebp
  8000f1:	89 e5                	mov    %esp,%ebp
  8000f3:	57                   	push   %edi
  8000f4:	56                   	push   %esi
  8000f5:	53                   	push   %ebx
  8000f6:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  8000f9:	8b 45 10             	mov    0x10(%ebp),%eax
  8000fc:	8d 58 01             	lea    0x1(%eax),%ebx
  8000ff:	0f b6 00             	movzbl (%eax),%eax
  800102:	83 f8 25             	cmp    $0x25,%eax
  800105:	74 24                	je     80012b <vprintfmt+0x3b>
  800107:	8b 75 08             	mov    0x8(%ebp),%esi
  80010a:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  80010d:	85 c0                	test   %eax,%eax
  80010f:	0f 84 d8 05 00 00    	je     8006ed <vprintfmt+0x5fd>
			putch(ch, putdat);
  800115:	83 ec 08             	sub    $0x8,%esp
  800118:	57                   	push   %edi
  800119:	50                   	push   %eax
  80011a:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80011c:	83 c3 01             	add    $0x1,%ebx
  80011f:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800123:	83 c4 10             	add    $0x10,%esp
  800126:	83 f8 25             	cmp    $0x25,%eax
  800129:	75 e2                	jne    80010d <vprintfmt+0x1d>
		padc = ' ';
  80012b:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  80012f:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800134:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  80013b:	b9 00 00 00 00       	mov    $0x0,%ecx
  800140:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800142:	8d 53 01             	lea    0x1(%ebx),%edx
  800145:	0f b6 0b             	movzbl (%ebx),%ecx
  800148:	8d 41 dd             	lea    -0x23(%ecx),%eax
  80014b:	3c 55                	cmp    $0x55,%al
  80014d:	0f 87 21 05 00 00    	ja     800674 <vprintfmt+0x584>
  800153:	0f b6 c0             	movzbl %al,%eax
  800156:	ff 24 85 c0 11 80 00 	jmp    *0x8011c0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  80015d:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800160:	eb 97                	jmp    8000f9 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  800162:	89 d3                	mov    %edx,%ebx
			padc = '-';
  800164:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  800168:	eb d8                	jmp    800142 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80016a:	89 d3                	mov    %edx,%ebx
  80016c:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  800170:	eb d0                	jmp    800142 <vprintfmt+0x52>
  800172:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  800175:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  800178:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  80017c:	8d 48 d0             	lea    -0x30(%eax),%ecx
  80017f:	83 f9 09             	cmp    $0x9,%ecx
  800182:	77 54                	ja     8001d8 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  800184:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  800187:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  80018a:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  80018e:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  800191:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800194:	83 f9 09             	cmp    $0x9,%ecx
  800197:	76 eb                	jbe    800184 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  800199:	89 d3                	mov    %edx,%ebx
  80019b:	eb 0d                	jmp    8001aa <vprintfmt+0xba>
			precision = va_arg(ap, int);
  80019d:	8b 45 14             	mov    0x14(%ebp),%eax
  8001a0:	8b 38                	mov    (%eax),%edi
  8001a2:	8d 40 04             	lea    0x4(%eax),%eax
  8001a5:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8001a8:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8001aa:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8001ae:	79 92                	jns    800142 <vprintfmt+0x52>
				width = precision, precision = -1;
  8001b0:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8001b3:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8001b8:	eb 88                	jmp    800142 <vprintfmt+0x52>
			if (width < 0)
  8001ba:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  8001bd:	85 c9                	test   %ecx,%ecx
  8001bf:	b8 00 00 00 00       	mov    $0x0,%eax
  8001c4:	0f 49 c1             	cmovns %ecx,%eax
  8001c7:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8001ca:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8001cc:	e9 71 ff ff ff       	jmp    800142 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8001d1:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8001d3:	e9 6a ff ff ff       	jmp    800142 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8001d8:	89 d3                	mov    %edx,%ebx
  8001da:	eb ce                	jmp    8001aa <vprintfmt+0xba>
			lflag++;
  8001dc:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8001df:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8001e1:	e9 5c ff ff ff       	jmp    800142 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  8001e6:	89 55 10             	mov    %edx,0x10(%ebp)
  8001e9:	8b 45 14             	mov    0x14(%ebp),%eax
  8001ec:	8d 58 04             	lea    0x4(%eax),%ebx
  8001ef:	83 ec 08             	sub    $0x8,%esp
  8001f2:	ff 75 0c             	push   0xc(%ebp)
  8001f5:	ff 30                	push   (%eax)
  8001f7:	ff 55 08             	call   *0x8(%ebp)
			break;
  8001fa:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  8001fd:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800200:	e9 f4 fe ff ff       	jmp    8000f9 <vprintfmt+0x9>
			err = va_arg(ap, int);
  800205:	89 55 10             	mov    %edx,0x10(%ebp)
  800208:	8b 45 14             	mov    0x14(%ebp),%eax
  80020b:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  80020e:	8b 10                	mov    (%eax),%edx
  800210:	89 d0                	mov    %edx,%eax
  800212:	f7 d8                	neg    %eax
  800214:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800217:	83 f8 08             	cmp    $0x8,%eax
  80021a:	7f 27                	jg     800243 <vprintfmt+0x153>
  80021c:	8b 14 85 20 13 80 00 	mov    0x801320(,%eax,4),%edx
  800223:	85 d2                	test   %edx,%edx
  800225:	74 1c                	je     800243 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800227:	52                   	push   %edx
  800228:	68 ff 10 80 00       	push   $0x8010ff
  80022d:	ff 75 0c             	push   0xc(%ebp)
  800230:	ff 75 08             	push   0x8(%ebp)
  800233:	e8 9b fe ff ff       	call   8000d3 <printfmt>
  800238:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80023b:	89 5d 14             	mov    %ebx,0x14(%ebp)
  80023e:	e9 b6 fe ff ff       	jmp    8000f9 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  800243:	50                   	push   %eax
  800244:	68 f6 10 80 00       	push   $0x8010f6
  800249:	ff 75 0c             	push   0xc(%ebp)
  80024c:	ff 75 08             	push   0x8(%ebp)
  80024f:	e8 7f fe ff ff       	call   8000d3 <printfmt>
  800254:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800257:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  80025a:	e9 9a fe ff ff       	jmp    8000f9 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  80025f:	89 55 10             	mov    %edx,0x10(%ebp)
  800262:	8b 45 14             	mov    0x14(%ebp),%eax
  800265:	83 c0 04             	add    $0x4,%eax
  800268:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80026b:	8b 45 14             	mov    0x14(%ebp),%eax
  80026e:	8b 30                	mov    (%eax),%esi
  800270:	85 f6                	test   %esi,%esi
  800272:	0f 84 53 04 00 00    	je     8006cb <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  800278:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80027c:	7e 06                	jle    800284 <vprintfmt+0x194>
  80027e:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800282:	75 1b                	jne    80029f <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800284:	8d 5e 01             	lea    0x1(%esi),%ebx
  800287:	0f be 06             	movsbl (%esi),%eax
  80028a:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80028d:	85 c0                	test   %eax,%eax
  80028f:	0f 85 80 00 00 00    	jne    800315 <vprintfmt+0x225>
  800295:	e9 8c 00 00 00       	jmp    800326 <vprintfmt+0x236>
				p = "(null)";
  80029a:	be ef 10 80 00       	mov    $0x8010ef,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  80029f:	83 ec 08             	sub    $0x8,%esp
  8002a2:	57                   	push   %edi
  8002a3:	56                   	push   %esi
  8002a4:	e8 ea 04 00 00       	call   800793 <strnlen>
  8002a9:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8002ac:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8002af:	83 c4 10             	add    $0x10,%esp
  8002b2:	85 d2                	test   %edx,%edx
  8002b4:	0f 8e f5 03 00 00    	jle    8006af <vprintfmt+0x5bf>
					putch(padc, putdat);
  8002ba:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  8002be:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8002c1:	89 d6                	mov    %edx,%esi
  8002c3:	89 7d b0             	mov    %edi,-0x50(%ebp)
  8002c6:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8002c9:	83 ec 08             	sub    $0x8,%esp
  8002cc:	57                   	push   %edi
  8002cd:	53                   	push   %ebx
  8002ce:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  8002d1:	83 c4 10             	add    $0x10,%esp
  8002d4:	83 ee 01             	sub    $0x1,%esi
  8002d7:	75 f0                	jne    8002c9 <vprintfmt+0x1d9>
  8002d9:	89 75 ac             	mov    %esi,-0x54(%ebp)
  8002dc:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  8002df:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8002e2:	8d 5e 01             	lea    0x1(%esi),%ebx
  8002e5:	0f be 06             	movsbl (%esi),%eax
  8002e8:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8002eb:	85 c0                	test   %eax,%eax
  8002ed:	75 26                	jne    800315 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8002ef:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8002f2:	89 45 14             	mov    %eax,0x14(%ebp)
  8002f5:	e9 ff fd ff ff       	jmp    8000f9 <vprintfmt+0x9>
				putch(ch, putdat);
  8002fa:	83 ec 08             	sub    $0x8,%esp
  8002fd:	ff 75 0c             	push   0xc(%ebp)
  800300:	50                   	push   %eax
  800301:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800304:	83 ee 01             	sub    $0x1,%esi
  800307:	83 c3 01             	add    $0x1,%ebx
  80030a:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  80030e:	83 c4 10             	add    $0x10,%esp
  800311:	85 c0                	test   %eax,%eax
  800313:	74 0e                	je     800323 <vprintfmt+0x233>
  800315:	85 ff                	test   %edi,%edi
  800317:	78 e1                	js     8002fa <vprintfmt+0x20a>
  800319:	83 ef 01             	sub    $0x1,%edi
  80031c:	79 dc                	jns    8002fa <vprintfmt+0x20a>
  80031e:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800321:	eb 03                	jmp    800326 <vprintfmt+0x236>
  800323:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800326:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80032a:	7e 24                	jle    800350 <vprintfmt+0x260>
  80032c:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  80032f:	8b 75 08             	mov    0x8(%ebp),%esi
  800332:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800335:	83 ec 08             	sub    $0x8,%esp
  800338:	57                   	push   %edi
  800339:	6a 20                	push   $0x20
  80033b:	ff d6                	call   *%esi
			for (; width > 0; width--)
  80033d:	83 c4 10             	add    $0x10,%esp
  800340:	83 eb 01             	sub    $0x1,%ebx
  800343:	75 f0                	jne    800335 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800345:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800348:	89 45 14             	mov    %eax,0x14(%ebp)
  80034b:	e9 a9 fd ff ff       	jmp    8000f9 <vprintfmt+0x9>
  800350:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800353:	89 45 14             	mov    %eax,0x14(%ebp)
  800356:	e9 9e fd ff ff       	jmp    8000f9 <vprintfmt+0x9>
	if (lflag >= 2)
  80035b:	89 55 10             	mov    %edx,0x10(%ebp)
  80035e:	83 fe 01             	cmp    $0x1,%esi
  800361:	7f 1b                	jg     80037e <vprintfmt+0x28e>
	else if (lflag)
  800363:	85 f6                	test   %esi,%esi
  800365:	74 39                	je     8003a0 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  800367:	8b 45 14             	mov    0x14(%ebp),%eax
  80036a:	8b 00                	mov    (%eax),%eax
  80036c:	89 c6                	mov    %eax,%esi
  80036e:	89 c7                	mov    %eax,%edi
  800370:	c1 ff 1f             	sar    $0x1f,%edi
  800373:	8b 45 14             	mov    0x14(%ebp),%eax
  800376:	8d 40 04             	lea    0x4(%eax),%eax
  800379:	89 45 14             	mov    %eax,0x14(%ebp)
  80037c:	eb 0e                	jmp    80038c <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  80037e:	8b 45 14             	mov    0x14(%ebp),%eax
  800381:	8b 30                	mov    (%eax),%esi
  800383:	8b 78 04             	mov    0x4(%eax),%edi
  800386:	8d 40 08             	lea    0x8(%eax),%eax
  800389:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  80038c:	85 ff                	test   %edi,%edi
  80038e:	78 27                	js     8003b7 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  800390:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800393:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  800396:	b8 0a 00 00 00       	mov    $0xa,%eax
  80039b:	e9 53 01 00 00       	jmp    8004f3 <vprintfmt+0x403>
		return va_arg(*ap, int);
  8003a0:	8b 45 14             	mov    0x14(%ebp),%eax
  8003a3:	8b 00                	mov    (%eax),%eax
  8003a5:	89 c6                	mov    %eax,%esi
  8003a7:	89 c7                	mov    %eax,%edi
  8003a9:	c1 ff 1f             	sar    $0x1f,%edi
  8003ac:	8b 45 14             	mov    0x14(%ebp),%eax
  8003af:	8d 40 04             	lea    0x4(%eax),%eax
  8003b2:	89 45 14             	mov    %eax,0x14(%ebp)
  8003b5:	eb d5                	jmp    80038c <vprintfmt+0x29c>
				putch('-', putdat);
  8003b7:	83 ec 08             	sub    $0x8,%esp
  8003ba:	ff 75 0c             	push   0xc(%ebp)
  8003bd:	6a 2d                	push   $0x2d
  8003bf:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  8003c2:	f7 de                	neg    %esi
  8003c4:	83 d7 00             	adc    $0x0,%edi
  8003c7:	f7 df                	neg    %edi
  8003c9:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8003cc:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  8003cf:	83 c4 10             	add    $0x10,%esp
			base = 10;
  8003d2:	b8 0a 00 00 00       	mov    $0xa,%eax
  8003d7:	e9 17 01 00 00       	jmp    8004f3 <vprintfmt+0x403>
	if (lflag >= 2)
  8003dc:	89 55 10             	mov    %edx,0x10(%ebp)
  8003df:	83 fe 01             	cmp    $0x1,%esi
  8003e2:	7f 27                	jg     80040b <vprintfmt+0x31b>
	else if (lflag)
  8003e4:	85 f6                	test   %esi,%esi
  8003e6:	74 44                	je     80042c <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  8003e8:	8b 45 14             	mov    0x14(%ebp),%eax
  8003eb:	8b 00                	mov    (%eax),%eax
  8003ed:	ba 00 00 00 00       	mov    $0x0,%edx
  8003f2:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8003f5:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8003f8:	8b 45 14             	mov    0x14(%ebp),%eax
  8003fb:	8d 40 04             	lea    0x4(%eax),%eax
  8003fe:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800401:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800406:	e9 e8 00 00 00       	jmp    8004f3 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80040b:	8b 45 14             	mov    0x14(%ebp),%eax
  80040e:	8b 50 04             	mov    0x4(%eax),%edx
  800411:	8b 00                	mov    (%eax),%eax
  800413:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800416:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800419:	8b 45 14             	mov    0x14(%ebp),%eax
  80041c:	8d 40 08             	lea    0x8(%eax),%eax
  80041f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800422:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800427:	e9 c7 00 00 00       	jmp    8004f3 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80042c:	8b 45 14             	mov    0x14(%ebp),%eax
  80042f:	8b 00                	mov    (%eax),%eax
  800431:	ba 00 00 00 00       	mov    $0x0,%edx
  800436:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800439:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80043c:	8b 45 14             	mov    0x14(%ebp),%eax
  80043f:	8d 40 04             	lea    0x4(%eax),%eax
  800442:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800445:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  80044a:	e9 a4 00 00 00       	jmp    8004f3 <vprintfmt+0x403>
	if (lflag >= 2)
  80044f:	89 55 10             	mov    %edx,0x10(%ebp)
  800452:	83 fe 01             	cmp    $0x1,%esi
  800455:	7f 24                	jg     80047b <vprintfmt+0x38b>
	else if (lflag)
  800457:	85 f6                	test   %esi,%esi
  800459:	74 3e                	je     800499 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  80045b:	8b 45 14             	mov    0x14(%ebp),%eax
  80045e:	8b 00                	mov    (%eax),%eax
  800460:	ba 00 00 00 00       	mov    $0x0,%edx
  800465:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800468:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80046b:	8b 45 14             	mov    0x14(%ebp),%eax
  80046e:	8d 40 04             	lea    0x4(%eax),%eax
  800471:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800474:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  800479:	eb 78                	jmp    8004f3 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80047b:	8b 45 14             	mov    0x14(%ebp),%eax
  80047e:	8b 50 04             	mov    0x4(%eax),%edx
  800481:	8b 00                	mov    (%eax),%eax
  800483:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800486:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800489:	8b 45 14             	mov    0x14(%ebp),%eax
  80048c:	8d 40 08             	lea    0x8(%eax),%eax
  80048f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800492:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  800497:	eb 5a                	jmp    8004f3 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800499:	8b 45 14             	mov    0x14(%ebp),%eax
  80049c:	8b 00                	mov    (%eax),%eax
  80049e:	ba 00 00 00 00       	mov    $0x0,%edx
  8004a3:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004a6:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004a9:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ac:	8d 40 04             	lea    0x4(%eax),%eax
  8004af:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004b2:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8004b7:	eb 3a                	jmp    8004f3 <vprintfmt+0x403>
			putch('0', putdat);
  8004b9:	89 55 10             	mov    %edx,0x10(%ebp)
  8004bc:	83 ec 08             	sub    $0x8,%esp
  8004bf:	ff 75 0c             	push   0xc(%ebp)
  8004c2:	6a 30                	push   $0x30
  8004c4:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  8004c7:	83 c4 08             	add    $0x8,%esp
  8004ca:	ff 75 0c             	push   0xc(%ebp)
  8004cd:	6a 78                	push   $0x78
  8004cf:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  8004d2:	8b 45 14             	mov    0x14(%ebp),%eax
  8004d5:	8b 00                	mov    (%eax),%eax
  8004d7:	ba 00 00 00 00       	mov    $0x0,%edx
  8004dc:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004df:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  8004e2:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  8004e5:	8b 45 14             	mov    0x14(%ebp),%eax
  8004e8:	8d 40 04             	lea    0x4(%eax),%eax
  8004eb:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8004ee:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  8004f3:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  8004f7:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  8004fa:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  8004ff:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800502:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800509:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80050c:	8b 75 b0             	mov    -0x50(%ebp),%esi
  80050f:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800512:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800515:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800519:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80051c:	8d 55 cf             	lea    -0x31(%ebp),%edx
  80051f:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800522:	ff 75 bc             	push   -0x44(%ebp)
  800525:	ff 75 b8             	push   -0x48(%ebp)
  800528:	57                   	push   %edi
  800529:	56                   	push   %esi
  80052a:	e8 2f 07 00 00       	call   800c5e <__umoddi3>
  80052f:	83 c4 10             	add    $0x10,%esp
  800532:	0f b6 80 02 11 80 00 	movzbl 0x801102(%eax),%eax
  800539:	88 03                	mov    %al,(%ebx)
		num /= base;
  80053b:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80053e:	89 fb                	mov    %edi,%ebx
  800540:	ff 75 bc             	push   -0x44(%ebp)
  800543:	ff 75 b8             	push   -0x48(%ebp)
  800546:	57                   	push   %edi
  800547:	56                   	push   %esi
  800548:	e8 f6 06 00 00       	call   800c43 <__udivdi3>
  80054d:	83 c4 10             	add    $0x10,%esp
  800550:	89 c6                	mov    %eax,%esi
  800552:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  800554:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  800557:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  80055a:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  80055d:	73 b6                	jae    800515 <vprintfmt+0x425>
	pad = width - n;
  80055f:	8b 7d a8             	mov    -0x58(%ebp),%edi
  800562:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  800565:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800568:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  80056a:	83 ff 2d             	cmp    $0x2d,%edi
  80056d:	0f 84 de 00 00 00    	je     800651 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  800573:	85 f6                	test   %esi,%esi
  800575:	0f 8e 27 01 00 00    	jle    8006a2 <vprintfmt+0x5b2>
  80057b:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  80057e:	83 ec 08             	sub    $0x8,%esp
  800581:	53                   	push   %ebx
  800582:	57                   	push   %edi
  800583:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  800586:	83 c4 10             	add    $0x10,%esp
  800589:	83 ee 01             	sub    $0x1,%esi
  80058c:	75 f0                	jne    80057e <vprintfmt+0x48e>
  80058e:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  800591:	85 db                	test   %ebx,%ebx
  800593:	0f 8e 60 fb ff ff    	jle    8000f9 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  800599:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  80059c:	8b 75 08             	mov    0x8(%ebp),%esi
  80059f:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8005a2:	83 eb 01             	sub    $0x1,%ebx
  8005a5:	83 ec 08             	sub    $0x8,%esp
  8005a8:	57                   	push   %edi
  8005a9:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8005ae:	50                   	push   %eax
  8005af:	ff d6                	call   *%esi
	while (n > 0)
  8005b1:	83 c4 10             	add    $0x10,%esp
  8005b4:	85 db                	test   %ebx,%ebx
  8005b6:	7f ea                	jg     8005a2 <vprintfmt+0x4b2>
  8005b8:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8005bb:	85 f6                	test   %esi,%esi
  8005bd:	0f 8e 36 fb ff ff    	jle    8000f9 <vprintfmt+0x9>
  8005c3:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8005c6:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  8005c9:	83 ec 08             	sub    $0x8,%esp
  8005cc:	57                   	push   %edi
  8005cd:	6a 20                	push   $0x20
  8005cf:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  8005d1:	83 c4 10             	add    $0x10,%esp
  8005d4:	83 ee 01             	sub    $0x1,%esi
  8005d7:	75 f0                	jne    8005c9 <vprintfmt+0x4d9>
  8005d9:	e9 1b fb ff ff       	jmp    8000f9 <vprintfmt+0x9>
	if (lflag >= 2)
  8005de:	89 55 10             	mov    %edx,0x10(%ebp)
  8005e1:	83 fe 01             	cmp    $0x1,%esi
  8005e4:	7f 27                	jg     80060d <vprintfmt+0x51d>
	else if (lflag)
  8005e6:	85 f6                	test   %esi,%esi
  8005e8:	74 44                	je     80062e <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  8005ea:	8b 45 14             	mov    0x14(%ebp),%eax
  8005ed:	8b 00                	mov    (%eax),%eax
  8005ef:	ba 00 00 00 00       	mov    $0x0,%edx
  8005f4:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005f7:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005fa:	8b 45 14             	mov    0x14(%ebp),%eax
  8005fd:	8d 40 04             	lea    0x4(%eax),%eax
  800600:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800603:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  800608:	e9 e6 fe ff ff       	jmp    8004f3 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80060d:	8b 45 14             	mov    0x14(%ebp),%eax
  800610:	8b 50 04             	mov    0x4(%eax),%edx
  800613:	8b 00                	mov    (%eax),%eax
  800615:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800618:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80061b:	8b 45 14             	mov    0x14(%ebp),%eax
  80061e:	8d 40 08             	lea    0x8(%eax),%eax
  800621:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800624:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800629:	e9 c5 fe ff ff       	jmp    8004f3 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80062e:	8b 45 14             	mov    0x14(%ebp),%eax
  800631:	8b 00                	mov    (%eax),%eax
  800633:	ba 00 00 00 00       	mov    $0x0,%edx
  800638:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80063b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80063e:	8b 45 14             	mov    0x14(%ebp),%eax
  800641:	8d 40 04             	lea    0x4(%eax),%eax
  800644:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800647:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  80064c:	e9 a2 fe ff ff       	jmp    8004f3 <vprintfmt+0x403>
	while (n > 0)
  800651:	85 db                	test   %ebx,%ebx
  800653:	0f 8f 40 ff ff ff    	jg     800599 <vprintfmt+0x4a9>
  800659:	e9 5d ff ff ff       	jmp    8005bb <vprintfmt+0x4cb>
			putch(ch, putdat);
  80065e:	89 55 10             	mov    %edx,0x10(%ebp)
  800661:	83 ec 08             	sub    $0x8,%esp
  800664:	ff 75 0c             	push   0xc(%ebp)
  800667:	6a 25                	push   $0x25
  800669:	ff 55 08             	call   *0x8(%ebp)
			break;
  80066c:	83 c4 10             	add    $0x10,%esp
  80066f:	e9 85 fa ff ff       	jmp    8000f9 <vprintfmt+0x9>
			putch('%', putdat);
  800674:	83 ec 08             	sub    $0x8,%esp
  800677:	ff 75 0c             	push   0xc(%ebp)
  80067a:	6a 25                	push   $0x25
  80067c:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  80067f:	83 c4 10             	add    $0x10,%esp
  800682:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  800686:	0f 84 d1 fa ff ff    	je     80015d <vprintfmt+0x6d>
  80068c:	89 5d 10             	mov    %ebx,0x10(%ebp)
  80068f:	89 d8                	mov    %ebx,%eax
  800691:	83 e8 01             	sub    $0x1,%eax
  800694:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  800698:	75 f7                	jne    800691 <vprintfmt+0x5a1>
  80069a:	89 45 10             	mov    %eax,0x10(%ebp)
  80069d:	e9 57 fa ff ff       	jmp    8000f9 <vprintfmt+0x9>
	while (n > 0)
  8006a2:	85 db                	test   %ebx,%ebx
  8006a4:	0f 8f ef fe ff ff    	jg     800599 <vprintfmt+0x4a9>
  8006aa:	e9 4a fa ff ff       	jmp    8000f9 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8006af:	8d 5e 01             	lea    0x1(%esi),%ebx
  8006b2:	0f be 06             	movsbl (%esi),%eax
  8006b5:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006b8:	85 c0                	test   %eax,%eax
  8006ba:	0f 85 55 fc ff ff    	jne    800315 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8006c0:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8006c3:	89 45 14             	mov    %eax,0x14(%ebp)
  8006c6:	e9 2e fa ff ff       	jmp    8000f9 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  8006cb:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8006cf:	74 0a                	je     8006db <vprintfmt+0x5eb>
  8006d1:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8006d5:	0f 8f bf fb ff ff    	jg     80029a <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8006db:	b8 28 00 00 00       	mov    $0x28,%eax
  8006e0:	bb f0 10 80 00       	mov    $0x8010f0,%ebx
  8006e5:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006e8:	e9 28 fc ff ff       	jmp    800315 <vprintfmt+0x225>
}
  8006ed:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8006f0:	5b                   	pop    %ebx
  8006f1:	5e                   	pop    %esi
  8006f2:	5f                   	pop    %edi
  8006f3:	5d                   	pop    %ebp
  8006f4:	c3                   	ret

008006f5 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  8006f5:	55                   	push   %ebp
  8006f6:	89 e5                	mov    %esp,%ebp
  8006f8:	83 ec 18             	sub    $0x18,%esp
  8006fb:	8b 45 08             	mov    0x8(%ebp),%eax
  8006fe:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800701:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800704:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800708:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  80070b:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800712:	85 c0                	test   %eax,%eax
  800714:	74 26                	je     80073c <vsnprintf+0x47>
  800716:	85 d2                	test   %edx,%edx
  800718:	7e 22                	jle    80073c <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  80071a:	ff 75 14             	push   0x14(%ebp)
  80071d:	ff 75 10             	push   0x10(%ebp)
  800720:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800723:	50                   	push   %eax
  800724:	68 b6 00 80 00       	push   $0x8000b6
  800729:	e8 c2 f9 ff ff       	call   8000f0 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  80072e:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800731:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800734:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800737:	83 c4 10             	add    $0x10,%esp
}
  80073a:	c9                   	leave
  80073b:	c3                   	ret
		return -E_INVAL;
  80073c:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800741:	eb f7                	jmp    80073a <vsnprintf+0x45>

00800743 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800743:	55                   	push   %ebp
  800744:	89 e5                	mov    %esp,%ebp
  800746:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  800749:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  80074c:	50                   	push   %eax
  80074d:	ff 75 08             	push   0x8(%ebp)
  800750:	e8 00 09 00 00       	call   801055 <vcprintf>
	va_end(ap);

	return cnt;
}
  800755:	c9                   	leave
  800756:	c3                   	ret

00800757 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800757:	55                   	push   %ebp
  800758:	89 e5                	mov    %esp,%ebp
  80075a:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  80075d:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800760:	50                   	push   %eax
  800761:	ff 75 10             	push   0x10(%ebp)
  800764:	ff 75 0c             	push   0xc(%ebp)
  800767:	ff 75 08             	push   0x8(%ebp)
  80076a:	e8 86 ff ff ff       	call   8006f5 <vsnprintf>
	va_end(ap);

	return rc;
}
  80076f:	c9                   	leave
  800770:	c3                   	ret

00800771 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800771:	55                   	push   %ebp
  800772:	89 e5                	mov    %esp,%ebp
  800774:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800777:	80 3a 00             	cmpb   $0x0,(%edx)
  80077a:	74 10                	je     80078c <strlen+0x1b>
  80077c:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800781:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800784:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800788:	75 f7                	jne    800781 <strlen+0x10>
	return n;
}
  80078a:	5d                   	pop    %ebp
  80078b:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  80078c:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800791:	eb f7                	jmp    80078a <strlen+0x19>

00800793 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800793:	55                   	push   %ebp
  800794:	89 e5                	mov    %esp,%ebp
  800796:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800799:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80079c:	85 d2                	test   %edx,%edx
  80079e:	74 16                	je     8007b6 <strnlen+0x23>
  8007a0:	b8 00 00 00 00       	mov    $0x0,%eax
  8007a5:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  8007a9:	74 09                	je     8007b4 <strnlen+0x21>
		n++;
  8007ab:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007ae:	39 d0                	cmp    %edx,%eax
  8007b0:	75 f3                	jne    8007a5 <strnlen+0x12>
		n++;
  8007b2:	89 d0                	mov    %edx,%eax
	return n;
}
  8007b4:	5d                   	pop    %ebp
  8007b5:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007b6:	b8 00 00 00 00       	mov    $0x0,%eax
  8007bb:	eb f7                	jmp    8007b4 <strnlen+0x21>

008007bd <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  8007bd:	55                   	push   %ebp
  8007be:	89 e5                	mov    %esp,%ebp
  8007c0:	53                   	push   %ebx
  8007c1:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8007c4:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  8007c7:	b8 00 00 00 00       	mov    $0x0,%eax
  8007cc:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  8007d0:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  8007d3:	83 c0 01             	add    $0x1,%eax
  8007d6:	84 d2                	test   %dl,%dl
  8007d8:	75 f2                	jne    8007cc <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  8007da:	89 c8                	mov    %ecx,%eax
  8007dc:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8007df:	c9                   	leave
  8007e0:	c3                   	ret

008007e1 <strcat>:

char *
strcat(char *dst, const char *src)
{
  8007e1:	55                   	push   %ebp
  8007e2:	89 e5                	mov    %esp,%ebp
  8007e4:	53                   	push   %ebx
  8007e5:	83 ec 10             	sub    $0x10,%esp
  8007e8:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  8007eb:	53                   	push   %ebx
  8007ec:	e8 80 ff ff ff       	call   800771 <strlen>
  8007f1:	83 c4 08             	add    $0x8,%esp
  8007f4:	ff 75 0c             	push   0xc(%ebp)
  8007f7:	01 d8                	add    %ebx,%eax
  8007f9:	50                   	push   %eax
  8007fa:	e8 be ff ff ff       	call   8007bd <strcpy>
	return dst;
}
  8007ff:	89 d8                	mov    %ebx,%eax
  800801:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800804:	c9                   	leave
  800805:	c3                   	ret

00800806 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800806:	55                   	push   %ebp
  800807:	89 e5                	mov    %esp,%ebp
  800809:	56                   	push   %esi
  80080a:	53                   	push   %ebx
  80080b:	8b 75 08             	mov    0x8(%ebp),%esi
  80080e:	8b 55 0c             	mov    0xc(%ebp),%edx
  800811:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800814:	85 db                	test   %ebx,%ebx
  800816:	74 17                	je     80082f <strncpy+0x29>
  800818:	01 f3                	add    %esi,%ebx
  80081a:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  80081c:	83 c0 01             	add    $0x1,%eax
  80081f:	0f b6 0a             	movzbl (%edx),%ecx
  800822:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800825:	80 f9 01             	cmp    $0x1,%cl
  800828:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  80082b:	39 c3                	cmp    %eax,%ebx
  80082d:	75 ed                	jne    80081c <strncpy+0x16>
	}
	return ret;
}
  80082f:	89 f0                	mov    %esi,%eax
  800831:	5b                   	pop    %ebx
  800832:	5e                   	pop    %esi
  800833:	5d                   	pop    %ebp
  800834:	c3                   	ret

00800835 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800835:	55                   	push   %ebp
  800836:	89 e5                	mov    %esp,%ebp
  800838:	56                   	push   %esi
  800839:	53                   	push   %ebx
  80083a:	8b 75 08             	mov    0x8(%ebp),%esi
  80083d:	8b 55 0c             	mov    0xc(%ebp),%edx
  800840:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800843:	89 f0                	mov    %esi,%eax
  800845:	85 db                	test   %ebx,%ebx
  800847:	74 1e                	je     800867 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800849:	83 eb 01             	sub    $0x1,%ebx
  80084c:	74 16                	je     800864 <strlcpy+0x2f>
  80084e:	01 f3                	add    %esi,%ebx
  800850:	0f b6 0a             	movzbl (%edx),%ecx
  800853:	84 c9                	test   %cl,%cl
  800855:	74 0d                	je     800864 <strlcpy+0x2f>
			*dst++ = *src++;
  800857:	83 c2 01             	add    $0x1,%edx
  80085a:	83 c0 01             	add    $0x1,%eax
  80085d:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800860:	39 d8                	cmp    %ebx,%eax
  800862:	75 ec                	jne    800850 <strlcpy+0x1b>
		*dst = '\0';
  800864:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800867:	29 f0                	sub    %esi,%eax
}
  800869:	5b                   	pop    %ebx
  80086a:	5e                   	pop    %esi
  80086b:	5d                   	pop    %ebp
  80086c:	c3                   	ret

0080086d <strcmp>:

int
strcmp(const char *p, const char *q)
{
  80086d:	55                   	push   %ebp
  80086e:	89 e5                	mov    %esp,%ebp
  800870:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800873:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800876:	0f b6 01             	movzbl (%ecx),%eax
  800879:	84 c0                	test   %al,%al
  80087b:	74 11                	je     80088e <strcmp+0x21>
  80087d:	38 02                	cmp    %al,(%edx)
  80087f:	75 0d                	jne    80088e <strcmp+0x21>
		p++, q++;
  800881:	83 c1 01             	add    $0x1,%ecx
  800884:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800887:	0f b6 01             	movzbl (%ecx),%eax
  80088a:	84 c0                	test   %al,%al
  80088c:	75 ef                	jne    80087d <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  80088e:	0f b6 c0             	movzbl %al,%eax
  800891:	0f b6 12             	movzbl (%edx),%edx
  800894:	29 d0                	sub    %edx,%eax
}
  800896:	5d                   	pop    %ebp
  800897:	c3                   	ret

00800898 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800898:	55                   	push   %ebp
  800899:	89 e5                	mov    %esp,%ebp
  80089b:	53                   	push   %ebx
  80089c:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80089f:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  8008a2:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  8008a5:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  8008aa:	85 d2                	test   %edx,%edx
  8008ac:	74 2e                	je     8008dc <strncmp+0x44>
  8008ae:	0f b6 01             	movzbl (%ecx),%eax
  8008b1:	84 c0                	test   %al,%al
  8008b3:	74 16                	je     8008cb <strncmp+0x33>
  8008b5:	3a 03                	cmp    (%ebx),%al
  8008b7:	75 12                	jne    8008cb <strncmp+0x33>
		n--, p++, q++;
  8008b9:	83 c1 01             	add    $0x1,%ecx
  8008bc:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  8008bf:	83 ea 01             	sub    $0x1,%edx
  8008c2:	75 ea                	jne    8008ae <strncmp+0x16>
		return 0;
  8008c4:	b8 00 00 00 00       	mov    $0x0,%eax
  8008c9:	eb 11                	jmp    8008dc <strncmp+0x44>
  8008cb:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  8008d0:	85 d2                	test   %edx,%edx
  8008d2:	74 08                	je     8008dc <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  8008d4:	0f b6 01             	movzbl (%ecx),%eax
  8008d7:	0f b6 13             	movzbl (%ebx),%edx
  8008da:	29 d0                	sub    %edx,%eax
}
  8008dc:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8008df:	c9                   	leave
  8008e0:	c3                   	ret

008008e1 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  8008e1:	55                   	push   %ebp
  8008e2:	89 e5                	mov    %esp,%ebp
  8008e4:	8b 45 08             	mov    0x8(%ebp),%eax
  8008e7:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  8008eb:	0f b6 10             	movzbl (%eax),%edx
  8008ee:	84 d2                	test   %dl,%dl
  8008f0:	74 15                	je     800907 <strchr+0x26>
		if (*s == c)
  8008f2:	38 d1                	cmp    %dl,%cl
  8008f4:	74 0f                	je     800905 <strchr+0x24>
	for (; *s; s++)
  8008f6:	83 c0 01             	add    $0x1,%eax
  8008f9:	0f b6 10             	movzbl (%eax),%edx
  8008fc:	84 d2                	test   %dl,%dl
  8008fe:	75 f2                	jne    8008f2 <strchr+0x11>
			return (char *) s;
	return 0;
  800900:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800905:	5d                   	pop    %ebp
  800906:	c3                   	ret
	return 0;
  800907:	b8 00 00 00 00       	mov    $0x0,%eax
  80090c:	eb f7                	jmp    800905 <strchr+0x24>

0080090e <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  80090e:	55                   	push   %ebp
  80090f:	89 e5                	mov    %esp,%ebp
  800911:	53                   	push   %ebx
  800912:	8b 45 08             	mov    0x8(%ebp),%eax
  800915:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800918:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  80091b:	38 d3                	cmp    %dl,%bl
  80091d:	74 14                	je     800933 <strfind+0x25>
  80091f:	89 d1                	mov    %edx,%ecx
  800921:	84 db                	test   %bl,%bl
  800923:	74 0e                	je     800933 <strfind+0x25>
	for (; *s; s++)
  800925:	83 c0 01             	add    $0x1,%eax
  800928:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  80092b:	38 ca                	cmp    %cl,%dl
  80092d:	74 04                	je     800933 <strfind+0x25>
  80092f:	84 d2                	test   %dl,%dl
  800931:	75 f2                	jne    800925 <strfind+0x17>
			break;
	return (char *) s;
}
  800933:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800936:	c9                   	leave
  800937:	c3                   	ret

00800938 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800938:	55                   	push   %ebp
  800939:	89 e5                	mov    %esp,%ebp
  80093b:	53                   	push   %ebx
  80093c:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80093f:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800942:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800945:	85 d2                	test   %edx,%edx
  800947:	74 0e                	je     800957 <memset+0x1f>
  800949:	01 da                	add    %ebx,%edx
	char *p = v;
  80094b:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  80094d:	83 c0 01             	add    $0x1,%eax
  800950:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800953:	39 c2                	cmp    %eax,%edx
  800955:	75 f6                	jne    80094d <memset+0x15>
	return v;
}
  800957:	89 d8                	mov    %ebx,%eax
  800959:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80095c:	c9                   	leave
  80095d:	c3                   	ret

0080095e <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  80095e:	55                   	push   %ebp
  80095f:	89 e5                	mov    %esp,%ebp
  800961:	56                   	push   %esi
  800962:	53                   	push   %ebx
  800963:	8b 75 08             	mov    0x8(%ebp),%esi
  800966:	8b 45 0c             	mov    0xc(%ebp),%eax
  800969:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  80096c:	39 f0                	cmp    %esi,%eax
  80096e:	72 20                	jb     800990 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800970:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800973:	89 f2                	mov    %esi,%edx
  800975:	85 c9                	test   %ecx,%ecx
  800977:	74 11                	je     80098a <memmove+0x2c>
			*d++ = *s++;
  800979:	83 c0 01             	add    $0x1,%eax
  80097c:	83 c2 01             	add    $0x1,%edx
  80097f:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800983:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800986:	39 d8                	cmp    %ebx,%eax
  800988:	75 ef                	jne    800979 <memmove+0x1b>
	return dst;
}
  80098a:	89 f0                	mov    %esi,%eax
  80098c:	5b                   	pop    %ebx
  80098d:	5e                   	pop    %esi
  80098e:	5d                   	pop    %ebp
  80098f:	c3                   	ret
	if (s < d && s + n > d) {
  800990:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800993:	39 d6                	cmp    %edx,%esi
  800995:	73 d9                	jae    800970 <memmove+0x12>
		while (n-- > 0)
  800997:	8d 51 ff             	lea    -0x1(%ecx),%edx
  80099a:	85 c9                	test   %ecx,%ecx
  80099c:	74 ec                	je     80098a <memmove+0x2c>
			*--d = *--s;
  80099e:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  8009a2:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  8009a5:	83 ea 01             	sub    $0x1,%edx
  8009a8:	83 fa ff             	cmp    $0xffffffff,%edx
  8009ab:	75 f1                	jne    80099e <memmove+0x40>
  8009ad:	eb db                	jmp    80098a <memmove+0x2c>

008009af <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  8009af:	55                   	push   %ebp
  8009b0:	89 e5                	mov    %esp,%ebp
  8009b2:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  8009b5:	ff 75 10             	push   0x10(%ebp)
  8009b8:	ff 75 0c             	push   0xc(%ebp)
  8009bb:	ff 75 08             	push   0x8(%ebp)
  8009be:	e8 9b ff ff ff       	call   80095e <memmove>
}
  8009c3:	c9                   	leave
  8009c4:	c3                   	ret

008009c5 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  8009c5:	55                   	push   %ebp
  8009c6:	89 e5                	mov    %esp,%ebp
  8009c8:	56                   	push   %esi
  8009c9:	53                   	push   %ebx
  8009ca:	8b 45 08             	mov    0x8(%ebp),%eax
  8009cd:	8b 55 0c             	mov    0xc(%ebp),%edx
  8009d0:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  8009d3:	85 f6                	test   %esi,%esi
  8009d5:	74 29                	je     800a00 <memcmp+0x3b>
  8009d7:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  8009d9:	0f b6 08             	movzbl (%eax),%ecx
  8009dc:	0f b6 1a             	movzbl (%edx),%ebx
  8009df:	38 d9                	cmp    %bl,%cl
  8009e1:	75 11                	jne    8009f4 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  8009e3:	83 c0 01             	add    $0x1,%eax
  8009e6:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  8009e9:	39 c6                	cmp    %eax,%esi
  8009eb:	75 ec                	jne    8009d9 <memcmp+0x14>
	}
	return 0;
  8009ed:	b8 00 00 00 00       	mov    $0x0,%eax
  8009f2:	eb 08                	jmp    8009fc <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  8009f4:	0f b6 c1             	movzbl %cl,%eax
  8009f7:	0f b6 db             	movzbl %bl,%ebx
  8009fa:	29 d8                	sub    %ebx,%eax
}
  8009fc:	5b                   	pop    %ebx
  8009fd:	5e                   	pop    %esi
  8009fe:	5d                   	pop    %ebp
  8009ff:	c3                   	ret
	return 0;
  800a00:	b8 00 00 00 00       	mov    $0x0,%eax
  800a05:	eb f5                	jmp    8009fc <memcmp+0x37>

00800a07 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800a07:	55                   	push   %ebp
  800a08:	89 e5                	mov    %esp,%ebp
  800a0a:	8b 45 08             	mov    0x8(%ebp),%eax
  800a0d:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800a10:	89 c2                	mov    %eax,%edx
  800a12:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800a15:	39 d0                	cmp    %edx,%eax
  800a17:	73 0d                	jae    800a26 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800a19:	38 08                	cmp    %cl,(%eax)
  800a1b:	74 0d                	je     800a2a <memfind+0x23>
	for (; s < ends; s++)
  800a1d:	83 c0 01             	add    $0x1,%eax
  800a20:	39 c2                	cmp    %eax,%edx
  800a22:	75 f5                	jne    800a19 <memfind+0x12>
  800a24:	eb 06                	jmp    800a2c <memfind+0x25>
  800a26:	89 c2                	mov    %eax,%edx
  800a28:	eb 02                	jmp    800a2c <memfind+0x25>
  800a2a:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800a2c:	89 d0                	mov    %edx,%eax
  800a2e:	5d                   	pop    %ebp
  800a2f:	c3                   	ret

00800a30 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800a30:	55                   	push   %ebp
  800a31:	89 e5                	mov    %esp,%ebp
  800a33:	57                   	push   %edi
  800a34:	56                   	push   %esi
  800a35:	53                   	push   %ebx
  800a36:	8b 55 08             	mov    0x8(%ebp),%edx
  800a39:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800a3c:	0f b6 02             	movzbl (%edx),%eax
  800a3f:	3c 20                	cmp    $0x20,%al
  800a41:	74 04                	je     800a47 <strtol+0x17>
  800a43:	3c 09                	cmp    $0x9,%al
  800a45:	75 0e                	jne    800a55 <strtol+0x25>
		s++;
  800a47:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800a4a:	0f b6 02             	movzbl (%edx),%eax
  800a4d:	3c 20                	cmp    $0x20,%al
  800a4f:	74 f6                	je     800a47 <strtol+0x17>
  800a51:	3c 09                	cmp    $0x9,%al
  800a53:	74 f2                	je     800a47 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800a55:	3c 2b                	cmp    $0x2b,%al
  800a57:	74 2a                	je     800a83 <strtol+0x53>
	int neg = 0;
  800a59:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800a5e:	3c 2d                	cmp    $0x2d,%al
  800a60:	74 2b                	je     800a8d <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800a62:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800a68:	75 0f                	jne    800a79 <strtol+0x49>
  800a6a:	80 3a 30             	cmpb   $0x30,(%edx)
  800a6d:	74 28                	je     800a97 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800a6f:	85 db                	test   %ebx,%ebx
  800a71:	b8 0a 00 00 00       	mov    $0xa,%eax
  800a76:	0f 44 d8             	cmove  %eax,%ebx
  800a79:	b9 00 00 00 00       	mov    $0x0,%ecx
  800a7e:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800a81:	eb 46                	jmp    800ac9 <strtol+0x99>
		s++;
  800a83:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800a86:	bf 00 00 00 00       	mov    $0x0,%edi
  800a8b:	eb d5                	jmp    800a62 <strtol+0x32>
		s++, neg = 1;
  800a8d:	83 c2 01             	add    $0x1,%edx
  800a90:	bf 01 00 00 00       	mov    $0x1,%edi
  800a95:	eb cb                	jmp    800a62 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800a97:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800a9b:	74 0e                	je     800aab <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800a9d:	85 db                	test   %ebx,%ebx
  800a9f:	75 d8                	jne    800a79 <strtol+0x49>
		s++, base = 8;
  800aa1:	83 c2 01             	add    $0x1,%edx
  800aa4:	bb 08 00 00 00       	mov    $0x8,%ebx
  800aa9:	eb ce                	jmp    800a79 <strtol+0x49>
		s += 2, base = 16;
  800aab:	83 c2 02             	add    $0x2,%edx
  800aae:	bb 10 00 00 00       	mov    $0x10,%ebx
  800ab3:	eb c4                	jmp    800a79 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800ab5:	0f be c0             	movsbl %al,%eax
  800ab8:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800abb:	3b 45 10             	cmp    0x10(%ebp),%eax
  800abe:	7d 3a                	jge    800afa <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800ac0:	83 c2 01             	add    $0x1,%edx
  800ac3:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800ac7:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800ac9:	0f b6 02             	movzbl (%edx),%eax
  800acc:	8d 70 d0             	lea    -0x30(%eax),%esi
  800acf:	89 f3                	mov    %esi,%ebx
  800ad1:	80 fb 09             	cmp    $0x9,%bl
  800ad4:	76 df                	jbe    800ab5 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800ad6:	8d 70 9f             	lea    -0x61(%eax),%esi
  800ad9:	89 f3                	mov    %esi,%ebx
  800adb:	80 fb 19             	cmp    $0x19,%bl
  800ade:	77 08                	ja     800ae8 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800ae0:	0f be c0             	movsbl %al,%eax
  800ae3:	83 e8 57             	sub    $0x57,%eax
  800ae6:	eb d3                	jmp    800abb <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800ae8:	8d 70 bf             	lea    -0x41(%eax),%esi
  800aeb:	89 f3                	mov    %esi,%ebx
  800aed:	80 fb 19             	cmp    $0x19,%bl
  800af0:	77 08                	ja     800afa <strtol+0xca>
			dig = *s - 'A' + 10;
  800af2:	0f be c0             	movsbl %al,%eax
  800af5:	83 e8 37             	sub    $0x37,%eax
  800af8:	eb c1                	jmp    800abb <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800afa:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800afe:	74 05                	je     800b05 <strtol+0xd5>
		*endptr = (char *) s;
  800b00:	8b 45 0c             	mov    0xc(%ebp),%eax
  800b03:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800b05:	89 c8                	mov    %ecx,%eax
  800b07:	f7 d8                	neg    %eax
  800b09:	85 ff                	test   %edi,%edi
  800b0b:	0f 45 c8             	cmovne %eax,%ecx
}
  800b0e:	89 c8                	mov    %ecx,%eax
  800b10:	5b                   	pop    %ebx
  800b11:	5e                   	pop    %esi
  800b12:	5f                   	pop    %edi
  800b13:	5d                   	pop    %ebp
  800b14:	c3                   	ret

00800b15 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800b15:	55                   	push   %ebp
  800b16:	89 e5                	mov    %esp,%ebp
  800b18:	57                   	push   %edi
  800b19:	56                   	push   %esi
  800b1a:	53                   	push   %ebx
  800b1b:	83 ec 24             	sub    $0x24,%esp
  800b1e:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800b21:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800b24:	8b 45 08             	mov    0x8(%ebp),%eax
  800b27:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b2a:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800b2d:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800b30:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800b33:	89 d1                	mov    %edx,%ecx
  800b35:	09 c1                	or     %eax,%ecx
  800b37:	74 2f                	je     800b68 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800b39:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800b3c:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800b3f:	89 d0                	mov    %edx,%eax
  800b41:	83 c8 00             	or     $0x0,%eax
  800b44:	74 48                	je     800b8e <udivmod64+0x79>
  800b46:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800b4b:	be 00 00 00 00       	mov    $0x0,%esi
  800b50:	bf 00 00 00 00       	mov    $0x0,%edi
  800b55:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800b5c:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800b63:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800b66:	eb 5f                	jmp    800bc7 <udivmod64+0xb2>
		return ~0ULL;
  800b68:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800b6f:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800b76:	85 db                	test   %ebx,%ebx
  800b78:	0f 84 b7 00 00 00    	je     800c35 <udivmod64+0x120>
			*rem = n;
  800b7e:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800b81:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800b84:	89 03                	mov    %eax,(%ebx)
  800b86:	89 53 04             	mov    %edx,0x4(%ebx)
  800b89:	e9 a7 00 00 00       	jmp    800c35 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800b8e:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800b91:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800b94:	85 db                	test   %ebx,%ebx
  800b96:	74 12                	je     800baa <udivmod64+0x95>
			*rem = n32 % d32;
  800b98:	89 c8                	mov    %ecx,%eax
  800b9a:	ba 00 00 00 00       	mov    $0x0,%edx
  800b9f:	f7 f6                	div    %esi
  800ba1:	89 13                	mov    %edx,(%ebx)
  800ba3:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800baa:	89 c8                	mov    %ecx,%eax
  800bac:	ba 00 00 00 00       	mov    $0x0,%edx
  800bb1:	f7 f6                	div    %esi
  800bb3:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800bb6:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800bbd:	eb 76                	jmp    800c35 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800bbf:	83 e9 01             	sub    $0x1,%ecx
  800bc2:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800bc5:	74 62                	je     800c29 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800bc7:	89 f0                	mov    %esi,%eax
  800bc9:	89 fa                	mov    %edi,%edx
  800bcb:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800bcf:	01 c0                	add    %eax,%eax
  800bd1:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800bd4:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800bd7:	0f ad fe             	shrd   %cl,%edi,%esi
  800bda:	d3 ef                	shr    %cl,%edi
  800bdc:	f6 c1 20             	test   $0x20,%cl
  800bdf:	74 04                	je     800be5 <udivmod64+0xd0>
  800be1:	89 fe                	mov    %edi,%esi
  800be3:	31 ff                	xor    %edi,%edi
  800be5:	89 f7                	mov    %esi,%edi
  800be7:	83 e7 01             	and    $0x1,%edi
  800bea:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800bed:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800bf4:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800bf7:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800bfa:	09 c6                	or     %eax,%esi
  800bfc:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800bfe:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800c01:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800c04:	39 c6                	cmp    %eax,%esi
  800c06:	89 fb                	mov    %edi,%ebx
  800c08:	19 d3                	sbb    %edx,%ebx
  800c0a:	72 b3                	jb     800bbf <udivmod64+0xaa>
			r -= d;
  800c0c:	29 c6                	sub    %eax,%esi
  800c0e:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800c10:	31 c0                	xor    %eax,%eax
  800c12:	31 d2                	xor    %edx,%edx
  800c14:	f6 c1 20             	test   $0x20,%cl
  800c17:	0f 94 c0             	sete   %al
  800c1a:	0f 95 c2             	setne  %dl
  800c1d:	d3 e0                	shl    %cl,%eax
  800c1f:	d3 e2                	shl    %cl,%edx
  800c21:	09 45 d0             	or     %eax,-0x30(%ebp)
  800c24:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800c27:	eb 96                	jmp    800bbf <udivmod64+0xaa>
		}
	}
	if (rem)
  800c29:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800c2c:	85 db                	test   %ebx,%ebx
  800c2e:	74 05                	je     800c35 <udivmod64+0x120>
		*rem = r;
  800c30:	89 33                	mov    %esi,(%ebx)
  800c32:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800c35:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800c38:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800c3b:	83 c4 24             	add    $0x24,%esp
  800c3e:	5b                   	pop    %ebx
  800c3f:	5e                   	pop    %esi
  800c40:	5f                   	pop    %edi
  800c41:	5d                   	pop    %ebp
  800c42:	c3                   	ret

00800c43 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800c43:	55                   	push   %ebp
  800c44:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800c46:	83 ec 04             	sub    $0x4,%esp
  800c49:	6a 00                	push   $0x0
  800c4b:	ff 75 14             	push   0x14(%ebp)
  800c4e:	ff 75 10             	push   0x10(%ebp)
  800c51:	8b 45 08             	mov    0x8(%ebp),%eax
  800c54:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c57:	e8 b9 fe ff ff       	call   800b15 <udivmod64>
}
  800c5c:	c9                   	leave
  800c5d:	c3                   	ret

00800c5e <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800c5e:	55                   	push   %ebp
  800c5f:	89 e5                	mov    %esp,%ebp
  800c61:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800c64:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800c67:	50                   	push   %eax
  800c68:	ff 75 14             	push   0x14(%ebp)
  800c6b:	ff 75 10             	push   0x10(%ebp)
  800c6e:	8b 45 08             	mov    0x8(%ebp),%eax
  800c71:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c74:	e8 9c fe ff ff       	call   800b15 <udivmod64>
	return r;
}
  800c79:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800c7c:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800c7f:	c9                   	leave
  800c80:	c3                   	ret

00800c81 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800c81:	55                   	push   %ebp
  800c82:	89 e5                	mov    %esp,%ebp
  800c84:	57                   	push   %edi
  800c85:	56                   	push   %esi
  800c86:	53                   	push   %ebx
  800c87:	83 ec 0c             	sub    $0xc,%esp
  800c8a:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800c8d:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800c90:	8b 45 10             	mov    0x10(%ebp),%eax
  800c93:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800c96:	89 ce                	mov    %ecx,%esi
  800c98:	89 df                	mov    %ebx,%edi
  800c9a:	31 c6                	xor    %eax,%esi
  800c9c:	31 d7                	xor    %edx,%edi
  800c9e:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800ca1:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800ca4:	89 c6                	mov    %eax,%esi
  800ca6:	89 d7                	mov    %edx,%edi
  800ca8:	85 d2                	test   %edx,%edx
  800caa:	78 25                	js     800cd1 <__divdi3+0x50>
  800cac:	89 c8                	mov    %ecx,%eax
  800cae:	89 da                	mov    %ebx,%edx
  800cb0:	85 db                	test   %ebx,%ebx
  800cb2:	78 2a                	js     800cde <__divdi3+0x5d>
  800cb4:	83 ec 04             	sub    $0x4,%esp
  800cb7:	6a 00                	push   $0x0
  800cb9:	57                   	push   %edi
  800cba:	56                   	push   %esi
  800cbb:	e8 55 fe ff ff       	call   800b15 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800cc0:	83 c4 10             	add    $0x10,%esp
  800cc3:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800cc7:	78 1e                	js     800ce7 <__divdi3+0x66>
}
  800cc9:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ccc:	5b                   	pop    %ebx
  800ccd:	5e                   	pop    %esi
  800cce:	5f                   	pop    %edi
  800ccf:	5d                   	pop    %ebp
  800cd0:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800cd1:	f7 d8                	neg    %eax
  800cd3:	83 d2 00             	adc    $0x0,%edx
  800cd6:	f7 da                	neg    %edx
  800cd8:	89 c6                	mov    %eax,%esi
  800cda:	89 d7                	mov    %edx,%edi
  800cdc:	eb ce                	jmp    800cac <__divdi3+0x2b>
  800cde:	f7 d8                	neg    %eax
  800ce0:	83 d2 00             	adc    $0x0,%edx
  800ce3:	f7 da                	neg    %edx
  800ce5:	eb cd                	jmp    800cb4 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800ce7:	f7 d8                	neg    %eax
  800ce9:	83 d2 00             	adc    $0x0,%edx
  800cec:	f7 da                	neg    %edx
  800cee:	eb d9                	jmp    800cc9 <__divdi3+0x48>

00800cf0 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800cf0:	55                   	push   %ebp
  800cf1:	89 e5                	mov    %esp,%ebp
  800cf3:	57                   	push   %edi
  800cf4:	56                   	push   %esi
  800cf5:	53                   	push   %ebx
  800cf6:	83 ec 14             	sub    $0x14,%esp
  800cf9:	8b 45 08             	mov    0x8(%ebp),%eax
  800cfc:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cff:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800d02:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d05:	89 ce                	mov    %ecx,%esi
  800d07:	89 df                	mov    %ebx,%edi
  800d09:	85 db                	test   %ebx,%ebx
  800d0b:	78 23                	js     800d30 <__moddi3+0x40>
  800d0d:	85 d2                	test   %edx,%edx
  800d0f:	78 28                	js     800d39 <__moddi3+0x49>
  800d11:	83 ec 04             	sub    $0x4,%esp
  800d14:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d17:	51                   	push   %ecx
  800d18:	57                   	push   %edi
  800d19:	56                   	push   %esi
  800d1a:	e8 f6 fd ff ff       	call   800b15 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800d1f:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800d22:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800d25:	83 c4 10             	add    $0x10,%esp
}
  800d28:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d2b:	5b                   	pop    %ebx
  800d2c:	5e                   	pop    %esi
  800d2d:	5f                   	pop    %edi
  800d2e:	5d                   	pop    %ebp
  800d2f:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d30:	f7 de                	neg    %esi
  800d32:	83 d7 00             	adc    $0x0,%edi
  800d35:	f7 df                	neg    %edi
  800d37:	eb d4                	jmp    800d0d <__moddi3+0x1d>
  800d39:	f7 d8                	neg    %eax
  800d3b:	83 d2 00             	adc    $0x0,%edx
  800d3e:	f7 da                	neg    %edx
  800d40:	83 ec 04             	sub    $0x4,%esp
  800d43:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d46:	51                   	push   %ecx
  800d47:	57                   	push   %edi
  800d48:	56                   	push   %esi
  800d49:	e8 c7 fd ff ff       	call   800b15 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800d4e:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800d51:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800d54:	f7 d8                	neg    %eax
  800d56:	83 d2 00             	adc    $0x0,%edx
  800d59:	f7 da                	neg    %edx
  800d5b:	83 c4 10             	add    $0x10,%esp
  800d5e:	eb c8                	jmp    800d28 <__moddi3+0x38>

00800d60 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800d60:	55                   	push   %ebp
  800d61:	89 e5                	mov    %esp,%ebp
  800d63:	57                   	push   %edi
  800d64:	56                   	push   %esi
  800d65:	53                   	push   %ebx
	asm volatile("int %1\n"
  800d66:	b8 00 00 00 00       	mov    $0x0,%eax
  800d6b:	8b 55 08             	mov    0x8(%ebp),%edx
  800d6e:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800d71:	89 c3                	mov    %eax,%ebx
  800d73:	89 c7                	mov    %eax,%edi
  800d75:	89 c6                	mov    %eax,%esi
  800d77:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800d79:	5b                   	pop    %ebx
  800d7a:	5e                   	pop    %esi
  800d7b:	5f                   	pop    %edi
  800d7c:	5d                   	pop    %ebp
  800d7d:	c3                   	ret

00800d7e <sys_cgetc>:

int
sys_cgetc(void)
{
  800d7e:	55                   	push   %ebp
  800d7f:	89 e5                	mov    %esp,%ebp
  800d81:	57                   	push   %edi
  800d82:	56                   	push   %esi
  800d83:	53                   	push   %ebx
	asm volatile("int %1\n"
  800d84:	ba 00 00 00 00       	mov    $0x0,%edx
  800d89:	b8 01 00 00 00       	mov    $0x1,%eax
  800d8e:	89 d1                	mov    %edx,%ecx
  800d90:	89 d3                	mov    %edx,%ebx
  800d92:	89 d7                	mov    %edx,%edi
  800d94:	89 d6                	mov    %edx,%esi
  800d96:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800d98:	5b                   	pop    %ebx
  800d99:	5e                   	pop    %esi
  800d9a:	5f                   	pop    %edi
  800d9b:	5d                   	pop    %ebp
  800d9c:	c3                   	ret

00800d9d <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800d9d:	55                   	push   %ebp
  800d9e:	89 e5                	mov    %esp,%ebp
  800da0:	57                   	push   %edi
  800da1:	56                   	push   %esi
  800da2:	53                   	push   %ebx
  800da3:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800da6:	b9 00 00 00 00       	mov    $0x0,%ecx
  800dab:	8b 55 08             	mov    0x8(%ebp),%edx
  800dae:	b8 03 00 00 00       	mov    $0x3,%eax
  800db3:	89 cb                	mov    %ecx,%ebx
  800db5:	89 cf                	mov    %ecx,%edi
  800db7:	89 ce                	mov    %ecx,%esi
  800db9:	cd 30                	int    $0x30
	if (check && ret > 0)
  800dbb:	85 c0                	test   %eax,%eax
  800dbd:	7f 08                	jg     800dc7 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800dbf:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800dc2:	5b                   	pop    %ebx
  800dc3:	5e                   	pop    %esi
  800dc4:	5f                   	pop    %edi
  800dc5:	5d                   	pop    %ebp
  800dc6:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800dc7:	83 ec 0c             	sub    $0xc,%esp
  800dca:	50                   	push   %eax
  800dcb:	6a 03                	push   $0x3
  800dcd:	68 44 13 80 00       	push   $0x801344
  800dd2:	6a 1f                	push   $0x1f
  800dd4:	68 61 13 80 00       	push   $0x801361
  800dd9:	e8 ed 01 00 00       	call   800fcb <_panic>

00800dde <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800dde:	55                   	push   %ebp
  800ddf:	89 e5                	mov    %esp,%ebp
  800de1:	57                   	push   %edi
  800de2:	56                   	push   %esi
  800de3:	53                   	push   %ebx
	asm volatile("int %1\n"
  800de4:	ba 00 00 00 00       	mov    $0x0,%edx
  800de9:	b8 02 00 00 00       	mov    $0x2,%eax
  800dee:	89 d1                	mov    %edx,%ecx
  800df0:	89 d3                	mov    %edx,%ebx
  800df2:	89 d7                	mov    %edx,%edi
  800df4:	89 d6                	mov    %edx,%esi
  800df6:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800df8:	5b                   	pop    %ebx
  800df9:	5e                   	pop    %esi
  800dfa:	5f                   	pop    %edi
  800dfb:	5d                   	pop    %ebp
  800dfc:	c3                   	ret

00800dfd <sys_yield>:

void
sys_yield(void)
{
  800dfd:	55                   	push   %ebp
  800dfe:	89 e5                	mov    %esp,%ebp
  800e00:	57                   	push   %edi
  800e01:	56                   	push   %esi
  800e02:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e03:	ba 00 00 00 00       	mov    $0x0,%edx
  800e08:	b8 0a 00 00 00       	mov    $0xa,%eax
  800e0d:	89 d1                	mov    %edx,%ecx
  800e0f:	89 d3                	mov    %edx,%ebx
  800e11:	89 d7                	mov    %edx,%edi
  800e13:	89 d6                	mov    %edx,%esi
  800e15:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800e17:	5b                   	pop    %ebx
  800e18:	5e                   	pop    %esi
  800e19:	5f                   	pop    %edi
  800e1a:	5d                   	pop    %ebp
  800e1b:	c3                   	ret

00800e1c <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800e1c:	55                   	push   %ebp
  800e1d:	89 e5                	mov    %esp,%ebp
  800e1f:	57                   	push   %edi
  800e20:	56                   	push   %esi
  800e21:	53                   	push   %ebx
  800e22:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e25:	be 00 00 00 00       	mov    $0x0,%esi
  800e2a:	8b 55 08             	mov    0x8(%ebp),%edx
  800e2d:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e30:	b8 04 00 00 00       	mov    $0x4,%eax
  800e35:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800e38:	89 f7                	mov    %esi,%edi
  800e3a:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e3c:	85 c0                	test   %eax,%eax
  800e3e:	7f 08                	jg     800e48 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800e40:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e43:	5b                   	pop    %ebx
  800e44:	5e                   	pop    %esi
  800e45:	5f                   	pop    %edi
  800e46:	5d                   	pop    %ebp
  800e47:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e48:	83 ec 0c             	sub    $0xc,%esp
  800e4b:	50                   	push   %eax
  800e4c:	6a 04                	push   $0x4
  800e4e:	68 44 13 80 00       	push   $0x801344
  800e53:	6a 1f                	push   $0x1f
  800e55:	68 61 13 80 00       	push   $0x801361
  800e5a:	e8 6c 01 00 00       	call   800fcb <_panic>

00800e5f <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800e5f:	55                   	push   %ebp
  800e60:	89 e5                	mov    %esp,%ebp
  800e62:	57                   	push   %edi
  800e63:	56                   	push   %esi
  800e64:	53                   	push   %ebx
  800e65:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e68:	8b 55 08             	mov    0x8(%ebp),%edx
  800e6b:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e6e:	b8 05 00 00 00       	mov    $0x5,%eax
  800e73:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800e76:	8b 7d 14             	mov    0x14(%ebp),%edi
  800e79:	8b 75 18             	mov    0x18(%ebp),%esi
  800e7c:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e7e:	85 c0                	test   %eax,%eax
  800e80:	7f 08                	jg     800e8a <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800e82:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e85:	5b                   	pop    %ebx
  800e86:	5e                   	pop    %esi
  800e87:	5f                   	pop    %edi
  800e88:	5d                   	pop    %ebp
  800e89:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e8a:	83 ec 0c             	sub    $0xc,%esp
  800e8d:	50                   	push   %eax
  800e8e:	6a 05                	push   $0x5
  800e90:	68 44 13 80 00       	push   $0x801344
  800e95:	6a 1f                	push   $0x1f
  800e97:	68 61 13 80 00       	push   $0x801361
  800e9c:	e8 2a 01 00 00       	call   800fcb <_panic>

00800ea1 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800ea1:	55                   	push   %ebp
  800ea2:	89 e5                	mov    %esp,%ebp
  800ea4:	57                   	push   %edi
  800ea5:	56                   	push   %esi
  800ea6:	53                   	push   %ebx
  800ea7:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800eaa:	bb 00 00 00 00       	mov    $0x0,%ebx
  800eaf:	8b 55 08             	mov    0x8(%ebp),%edx
  800eb2:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800eb5:	b8 06 00 00 00       	mov    $0x6,%eax
  800eba:	89 df                	mov    %ebx,%edi
  800ebc:	89 de                	mov    %ebx,%esi
  800ebe:	cd 30                	int    $0x30
	if (check && ret > 0)
  800ec0:	85 c0                	test   %eax,%eax
  800ec2:	7f 08                	jg     800ecc <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800ec4:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ec7:	5b                   	pop    %ebx
  800ec8:	5e                   	pop    %esi
  800ec9:	5f                   	pop    %edi
  800eca:	5d                   	pop    %ebp
  800ecb:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ecc:	83 ec 0c             	sub    $0xc,%esp
  800ecf:	50                   	push   %eax
  800ed0:	6a 06                	push   $0x6
  800ed2:	68 44 13 80 00       	push   $0x801344
  800ed7:	6a 1f                	push   $0x1f
  800ed9:	68 61 13 80 00       	push   $0x801361
  800ede:	e8 e8 00 00 00       	call   800fcb <_panic>

00800ee3 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800ee3:	55                   	push   %ebp
  800ee4:	89 e5                	mov    %esp,%ebp
  800ee6:	57                   	push   %edi
  800ee7:	56                   	push   %esi
  800ee8:	53                   	push   %ebx
  800ee9:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800eec:	bb 00 00 00 00       	mov    $0x0,%ebx
  800ef1:	8b 55 08             	mov    0x8(%ebp),%edx
  800ef4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ef7:	b8 08 00 00 00       	mov    $0x8,%eax
  800efc:	89 df                	mov    %ebx,%edi
  800efe:	89 de                	mov    %ebx,%esi
  800f00:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f02:	85 c0                	test   %eax,%eax
  800f04:	7f 08                	jg     800f0e <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800f06:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f09:	5b                   	pop    %ebx
  800f0a:	5e                   	pop    %esi
  800f0b:	5f                   	pop    %edi
  800f0c:	5d                   	pop    %ebp
  800f0d:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f0e:	83 ec 0c             	sub    $0xc,%esp
  800f11:	50                   	push   %eax
  800f12:	6a 08                	push   $0x8
  800f14:	68 44 13 80 00       	push   $0x801344
  800f19:	6a 1f                	push   $0x1f
  800f1b:	68 61 13 80 00       	push   $0x801361
  800f20:	e8 a6 00 00 00       	call   800fcb <_panic>

00800f25 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800f25:	55                   	push   %ebp
  800f26:	89 e5                	mov    %esp,%ebp
  800f28:	57                   	push   %edi
  800f29:	56                   	push   %esi
  800f2a:	53                   	push   %ebx
  800f2b:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f2e:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f33:	8b 55 08             	mov    0x8(%ebp),%edx
  800f36:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f39:	b8 09 00 00 00       	mov    $0x9,%eax
  800f3e:	89 df                	mov    %ebx,%edi
  800f40:	89 de                	mov    %ebx,%esi
  800f42:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f44:	85 c0                	test   %eax,%eax
  800f46:	7f 08                	jg     800f50 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800f48:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f4b:	5b                   	pop    %ebx
  800f4c:	5e                   	pop    %esi
  800f4d:	5f                   	pop    %edi
  800f4e:	5d                   	pop    %ebp
  800f4f:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f50:	83 ec 0c             	sub    $0xc,%esp
  800f53:	50                   	push   %eax
  800f54:	6a 09                	push   $0x9
  800f56:	68 44 13 80 00       	push   $0x801344
  800f5b:	6a 1f                	push   $0x1f
  800f5d:	68 61 13 80 00       	push   $0x801361
  800f62:	e8 64 00 00 00       	call   800fcb <_panic>

00800f67 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  800f67:	55                   	push   %ebp
  800f68:	89 e5                	mov    %esp,%ebp
  800f6a:	57                   	push   %edi
  800f6b:	56                   	push   %esi
  800f6c:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f6d:	8b 55 08             	mov    0x8(%ebp),%edx
  800f70:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f73:	b8 0b 00 00 00       	mov    $0xb,%eax
  800f78:	be 00 00 00 00       	mov    $0x0,%esi
  800f7d:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f80:	8b 7d 14             	mov    0x14(%ebp),%edi
  800f83:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  800f85:	5b                   	pop    %ebx
  800f86:	5e                   	pop    %esi
  800f87:	5f                   	pop    %edi
  800f88:	5d                   	pop    %ebp
  800f89:	c3                   	ret

00800f8a <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  800f8a:	55                   	push   %ebp
  800f8b:	89 e5                	mov    %esp,%ebp
  800f8d:	57                   	push   %edi
  800f8e:	56                   	push   %esi
  800f8f:	53                   	push   %ebx
  800f90:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f93:	b9 00 00 00 00       	mov    $0x0,%ecx
  800f98:	8b 55 08             	mov    0x8(%ebp),%edx
  800f9b:	b8 0c 00 00 00       	mov    $0xc,%eax
  800fa0:	89 cb                	mov    %ecx,%ebx
  800fa2:	89 cf                	mov    %ecx,%edi
  800fa4:	89 ce                	mov    %ecx,%esi
  800fa6:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fa8:	85 c0                	test   %eax,%eax
  800faa:	7f 08                	jg     800fb4 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  800fac:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800faf:	5b                   	pop    %ebx
  800fb0:	5e                   	pop    %esi
  800fb1:	5f                   	pop    %edi
  800fb2:	5d                   	pop    %ebp
  800fb3:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fb4:	83 ec 0c             	sub    $0xc,%esp
  800fb7:	50                   	push   %eax
  800fb8:	6a 0c                	push   $0xc
  800fba:	68 44 13 80 00       	push   $0x801344
  800fbf:	6a 1f                	push   $0x1f
  800fc1:	68 61 13 80 00       	push   $0x801361
  800fc6:	e8 00 00 00 00       	call   800fcb <_panic>

00800fcb <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  800fcb:	55                   	push   %ebp
  800fcc:	89 e5                	mov    %esp,%ebp
  800fce:	56                   	push   %esi
  800fcf:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800fd0:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800fd3:	8b 35 00 20 80 00    	mov    0x802000,%esi
  800fd9:	e8 00 fe ff ff       	call   800dde <sys_getenvid>
  800fde:	83 ec 0c             	sub    $0xc,%esp
  800fe1:	ff 75 0c             	push   0xc(%ebp)
  800fe4:	ff 75 08             	push   0x8(%ebp)
  800fe7:	56                   	push   %esi
  800fe8:	50                   	push   %eax
  800fe9:	68 70 13 80 00       	push   $0x801370
  800fee:	e8 50 f7 ff ff       	call   800743 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800ff3:	83 c4 18             	add    $0x18,%esp
  800ff6:	53                   	push   %ebx
  800ff7:	ff 75 10             	push   0x10(%ebp)
  800ffa:	e8 56 00 00 00       	call   801055 <vcprintf>
	cprintf("\n");
  800fff:	c7 04 24 cc 10 80 00 	movl   $0x8010cc,(%esp)
  801006:	e8 38 f7 ff ff       	call   800743 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  80100b:	cc                   	int3
  80100c:	83 c4 10             	add    $0x10,%esp
	for (;;)
  80100f:	eb fe                	jmp    80100f <_panic+0x44>

00801011 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  801011:	55                   	push   %ebp
  801012:	89 e5                	mov    %esp,%ebp
  801014:	53                   	push   %ebx
  801015:	83 ec 04             	sub    $0x4,%esp
  801018:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  80101b:	8b 13                	mov    (%ebx),%edx
  80101d:	8d 42 01             	lea    0x1(%edx),%eax
  801020:	89 03                	mov    %eax,(%ebx)
  801022:	8b 4d 08             	mov    0x8(%ebp),%ecx
  801025:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  801029:	3d 00 01 00 00       	cmp    $0x100,%eax
  80102e:	74 09                	je     801039 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  801030:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  801034:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  801037:	c9                   	leave
  801038:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  801039:	83 ec 08             	sub    $0x8,%esp
  80103c:	68 00 01 00 00       	push   $0x100
  801041:	8d 43 08             	lea    0x8(%ebx),%eax
  801044:	50                   	push   %eax
  801045:	e8 16 fd ff ff       	call   800d60 <sys_cputs>
		b->idx = 0;
  80104a:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  801050:	83 c4 10             	add    $0x10,%esp
  801053:	eb db                	jmp    801030 <putch+0x1f>

00801055 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  801055:	55                   	push   %ebp
  801056:	89 e5                	mov    %esp,%ebp
  801058:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  80105e:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  801065:	00 00 00 
	b.cnt = 0;
  801068:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  80106f:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  801072:	ff 75 0c             	push   0xc(%ebp)
  801075:	ff 75 08             	push   0x8(%ebp)
  801078:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  80107e:	50                   	push   %eax
  80107f:	68 11 10 80 00       	push   $0x801011
  801084:	e8 67 f0 ff ff       	call   8000f0 <vprintfmt>
	if (b->idx > 0) {
  801089:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  80108f:	83 c4 10             	add    $0x10,%esp
  801092:	85 c0                	test   %eax,%eax
  801094:	7f 08                	jg     80109e <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  801096:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  80109c:	c9                   	leave
  80109d:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80109e:	83 ec 08             	sub    $0x8,%esp
  8010a1:	50                   	push   %eax
  8010a2:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  8010a8:	50                   	push   %eax
  8010a9:	e8 b2 fc ff ff       	call   800d60 <sys_cputs>
  8010ae:	83 c4 10             	add    $0x10,%esp
  8010b1:	eb e3                	jmp    801096 <vcprintf+0x41>
