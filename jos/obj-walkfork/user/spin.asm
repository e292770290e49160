
obj-walkfork/user/spin:     file format elf32-i386


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
  80002c:	e8 84 00 00 00       	call   8000b5 <libmain>
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
  800036:	53                   	push   %ebx
  800037:	83 ec 10             	sub    $0x10,%esp
	envid_t env;
	int i;

	cprintf("I am the parent.  Forking the child...\n");
  80003a:	68 c0 14 80 00       	push   $0x8014c0
  80003f:	e8 56 07 00 00       	call   80079a <cprintf>
	if ((env = fork()) == 0) {
  800044:	e8 bd 12 00 00       	call   801306 <fork>
  800049:	83 c4 10             	add    $0x10,%esp
  80004c:	85 c0                	test   %eax,%eax
  80004e:	75 12                	jne    800062 <umain+0x2f>
		cprintf("I am the child.  Spinning...\n");
  800050:	83 ec 0c             	sub    $0xc,%esp
  800053:	68 38 15 80 00       	push   $0x801538
  800058:	e8 3d 07 00 00       	call   80079a <cprintf>
  80005d:	83 c4 10             	add    $0x10,%esp
		while (1)
  800060:	eb fe                	jmp    800060 <umain+0x2d>
  800062:	89 c3                	mov    %eax,%ebx
			/* do nothing */;
	}

	cprintf("I am the parent.  Running the child...\n");
  800064:	83 ec 0c             	sub    $0xc,%esp
  800067:	68 e8 14 80 00       	push   $0x8014e8
  80006c:	e8 29 07 00 00       	call   80079a <cprintf>
	for (i = 0; i < 8; i++)
		sys_yield();
  800071:	e8 de 0d 00 00       	call   800e54 <sys_yield>
  800076:	e8 d9 0d 00 00       	call   800e54 <sys_yield>
  80007b:	e8 d4 0d 00 00       	call   800e54 <sys_yield>
  800080:	e8 cf 0d 00 00       	call   800e54 <sys_yield>
  800085:	e8 ca 0d 00 00       	call   800e54 <sys_yield>
  80008a:	e8 c5 0d 00 00       	call   800e54 <sys_yield>
  80008f:	e8 c0 0d 00 00       	call   800e54 <sys_yield>
  800094:	e8 bb 0d 00 00       	call   800e54 <sys_yield>

	cprintf("I am the parent.  Killing the child...\n");
  800099:	c7 04 24 10 15 80 00 	movl   $0x801510,(%esp)
  8000a0:	e8 f5 06 00 00       	call   80079a <cprintf>
	sys_env_destroy(env);
  8000a5:	89 1c 24             	mov    %ebx,(%esp)
  8000a8:	e8 47 0d 00 00       	call   800df4 <sys_env_destroy>
}
  8000ad:	83 c4 10             	add    $0x10,%esp
  8000b0:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8000b3:	c9                   	leave
  8000b4:	c3                   	ret

008000b5 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8000b5:	55                   	push   %ebp
  8000b6:	89 e5                	mov    %esp,%ebp
  8000b8:	56                   	push   %esi
  8000b9:	53                   	push   %ebx
  8000ba:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8000bd:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  8000c0:	e8 70 0d 00 00       	call   800e35 <sys_getenvid>
  8000c5:	25 ff 03 00 00       	and    $0x3ff,%eax
  8000ca:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8000cd:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8000d2:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  8000d7:	85 db                	test   %ebx,%ebx
  8000d9:	7e 07                	jle    8000e2 <libmain+0x2d>
		binaryname = argv[0];
  8000db:	8b 06                	mov    (%esi),%eax
  8000dd:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  8000e2:	83 ec 08             	sub    $0x8,%esp
  8000e5:	56                   	push   %esi
  8000e6:	53                   	push   %ebx
  8000e7:	e8 47 ff ff ff       	call   800033 <umain>

	exit();
  8000ec:	e8 0a 00 00 00       	call   8000fb <exit>
}
  8000f1:	83 c4 10             	add    $0x10,%esp
  8000f4:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8000f7:	5b                   	pop    %ebx
  8000f8:	5e                   	pop    %esi
  8000f9:	5d                   	pop    %ebp
  8000fa:	c3                   	ret

008000fb <exit>:

#include <inc/lib.h>

void
exit(void)
{
  8000fb:	55                   	push   %ebp
  8000fc:	89 e5                	mov    %esp,%ebp
  8000fe:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800101:	6a 00                	push   $0x0
  800103:	e8 ec 0c 00 00       	call   800df4 <sys_env_destroy>
}
  800108:	83 c4 10             	add    $0x10,%esp
  80010b:	c9                   	leave
  80010c:	c3                   	ret

0080010d <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  80010d:	55                   	push   %ebp
  80010e:	89 e5                	mov    %esp,%ebp
  800110:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  800113:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  800117:	8b 10                	mov    (%eax),%edx
  800119:	3b 50 04             	cmp    0x4(%eax),%edx
  80011c:	73 0a                	jae    800128 <sprintputch+0x1b>
		*b->buf++ = ch;
  80011e:	8d 4a 01             	lea    0x1(%edx),%ecx
  800121:	89 08                	mov    %ecx,(%eax)
  800123:	8b 45 08             	mov    0x8(%ebp),%eax
  800126:	88 02                	mov    %al,(%edx)
}
  800128:	5d                   	pop    %ebp
  800129:	c3                   	ret

0080012a <printfmt>:
{
  80012a:	55                   	push   %ebp
  80012b:	89 e5                	mov    %esp,%ebp
  80012d:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800130:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  800133:	50                   	push   %eax
  800134:	ff 75 10             	push   0x10(%ebp)
  800137:	ff 75 0c             	push   0xc(%ebp)
  80013a:	ff 75 08             	push   0x8(%ebp)
  80013d:	e8 05 00 00 00       	call   800147 <vprintfmt>
}
  800142:	83 c4 10             	add    $0x10,%esp
  800145:	c9                   	leave
  800146:	c3                   	ret

00800147 <vprintfmt>:
{
  800147:	55                   	push   %ebp
  800148:	89 e5                	mov    %esp,%ebp
  80014a:	57                   	push   %edi
  80014b:	56                   	push   %esi
  80014c:	53                   	push   %ebx
  80014d:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800150:	8b 45 10             	mov    0x10(%ebp),%eax
  800153:	8d 58 01             	lea    0x1(%eax),%ebx
  800156:	0f b6 00             	movzbl (%eax),%eax
  800159:	83 f8 25             	cmp    $0x25,%eax
  80015c:	74 24                	je     800182 <vprintfmt+0x3b>
  80015e:	8b 75 08             	mov    0x8(%ebp),%esi
  800161:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800164:	85 c0                	test   %eax,%eax
  800166:	0f 84 d8 05 00 00    	je     800744 <vprintfmt+0x5fd>
			putch(ch, putdat);
  80016c:	83 ec 08             	sub    $0x8,%esp
  80016f:	57                   	push   %edi
  800170:	50                   	push   %eax
  800171:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800173:	83 c3 01             	add    $0x1,%ebx
  800176:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  80017a:	83 c4 10             	add    $0x10,%esp
  80017d:	83 f8 25             	cmp    $0x25,%eax
  800180:	75 e2                	jne    800164 <vprintfmt+0x1d>
		padc = ' ';
  800182:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  800186:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  80018b:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  800192:	b9 00 00 00 00       	mov    $0x0,%ecx
  800197:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800199:	8d 53 01             	lea    0x1(%ebx),%edx
  80019c:	0f b6 0b             	movzbl (%ebx),%ecx
  80019f:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8001a2:	3c 55                	cmp    $0x55,%al
  8001a4:	0f 87 21 05 00 00    	ja     8006cb <vprintfmt+0x584>
  8001aa:	0f b6 c0             	movzbl %al,%eax
  8001ad:	ff 24 85 20 16 80 00 	jmp    *0x801620(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8001b4:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8001b7:	eb 97                	jmp    800150 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8001b9:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8001bb:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8001bf:	eb d8                	jmp    800199 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8001c1:	89 d3                	mov    %edx,%ebx
  8001c3:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8001c7:	eb d0                	jmp    800199 <vprintfmt+0x52>
  8001c9:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8001cc:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8001cf:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8001d3:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8001d6:	83 f9 09             	cmp    $0x9,%ecx
  8001d9:	77 54                	ja     80022f <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8001db:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8001de:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8001e1:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8001e5:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8001e8:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8001eb:	83 f9 09             	cmp    $0x9,%ecx
  8001ee:	76 eb                	jbe    8001db <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8001f0:	89 d3                	mov    %edx,%ebx
  8001f2:	eb 0d                	jmp    800201 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8001f4:	8b 45 14             	mov    0x14(%ebp),%eax
  8001f7:	8b 38                	mov    (%eax),%edi
  8001f9:	8d 40 04             	lea    0x4(%eax),%eax
  8001fc:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8001ff:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  800201:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800205:	79 92                	jns    800199 <vprintfmt+0x52>
				width = precision, precision = -1;
  800207:	89 7d ac             	mov    %edi,-0x54(%ebp)
  80020a:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  80020f:	eb 88                	jmp    800199 <vprintfmt+0x52>
			if (width < 0)
  800211:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  800214:	85 c9                	test   %ecx,%ecx
  800216:	b8 00 00 00 00       	mov    $0x0,%eax
  80021b:	0f 49 c1             	cmovns %ecx,%eax
  80021e:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800221:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800223:	e9 71 ff ff ff       	jmp    800199 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800228:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80022a:	e9 6a ff ff ff       	jmp    800199 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80022f:	89 d3                	mov    %edx,%ebx
  800231:	eb ce                	jmp    800201 <vprintfmt+0xba>
			lflag++;
  800233:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800236:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800238:	e9 5c ff ff ff       	jmp    800199 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  80023d:	89 55 10             	mov    %edx,0x10(%ebp)
  800240:	8b 45 14             	mov    0x14(%ebp),%eax
  800243:	8d 58 04             	lea    0x4(%eax),%ebx
  800246:	83 ec 08             	sub    $0x8,%esp
  800249:	ff 75 0c             	push   0xc(%ebp)
  80024c:	ff 30                	push   (%eax)
  80024e:	ff 55 08             	call   *0x8(%ebp)
			break;
  800251:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800254:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800257:	e9 f4 fe ff ff       	jmp    800150 <vprintfmt+0x9>
			err = va_arg(ap, int);
  80025c:	89 55 10             	mov    %edx,0x10(%ebp)
  80025f:	8b 45 14             	mov    0x14(%ebp),%eax
  800262:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800265:	8b 10                	mov    (%eax),%edx
  800267:	89 d0                	mov    %edx,%eax
  800269:	f7 d8                	neg    %eax
  80026b:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  80026e:	83 f8 08             	cmp    $0x8,%eax
  800271:	7f 27                	jg     80029a <vprintfmt+0x153>
  800273:	8b 14 85 80 17 80 00 	mov    0x801780(,%eax,4),%edx
  80027a:	85 d2                	test   %edx,%edx
  80027c:	74 1c                	je     80029a <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  80027e:	52                   	push   %edx
  80027f:	68 70 15 80 00       	push   $0x801570
  800284:	ff 75 0c             	push   0xc(%ebp)
  800287:	ff 75 08             	push   0x8(%ebp)
  80028a:	e8 9b fe ff ff       	call   80012a <printfmt>
  80028f:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800292:	89 5d 14             	mov    %ebx,0x14(%ebp)
  800295:	e9 b6 fe ff ff       	jmp    800150 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  80029a:	50                   	push   %eax
  80029b:	68 67 15 80 00       	push   $0x801567
  8002a0:	ff 75 0c             	push   0xc(%ebp)
  8002a3:	ff 75 08             	push   0x8(%ebp)
  8002a6:	e8 7f fe ff ff       	call   80012a <printfmt>
  8002ab:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8002ae:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8002b1:	e9 9a fe ff ff       	jmp    800150 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8002b6:	89 55 10             	mov    %edx,0x10(%ebp)
  8002b9:	8b 45 14             	mov    0x14(%ebp),%eax
  8002bc:	83 c0 04             	add    $0x4,%eax
  8002bf:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8002c2:	8b 45 14             	mov    0x14(%ebp),%eax
  8002c5:	8b 30                	mov    (%eax),%esi
  8002c7:	85 f6                	test   %esi,%esi
  8002c9:	0f 84 53 04 00 00    	je     800722 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8002cf:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8002d3:	7e 06                	jle    8002db <vprintfmt+0x194>
  8002d5:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8002d9:	75 1b                	jne    8002f6 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8002db:	8d 5e 01             	lea    0x1(%esi),%ebx
  8002de:	0f be 06             	movsbl (%esi),%eax
  8002e1:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8002e4:	85 c0                	test   %eax,%eax
  8002e6:	0f 85 80 00 00 00    	jne    80036c <vprintfmt+0x225>
  8002ec:	e9 8c 00 00 00       	jmp    80037d <vprintfmt+0x236>
				p = "(null)";
  8002f1:	be 60 15 80 00       	mov    $0x801560,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8002f6:	83 ec 08             	sub    $0x8,%esp
  8002f9:	57                   	push   %edi
  8002fa:	56                   	push   %esi
  8002fb:	e8 ea 04 00 00       	call   8007ea <strnlen>
  800300:	29 45 ac             	sub    %eax,-0x54(%ebp)
  800303:	8b 55 ac             	mov    -0x54(%ebp),%edx
  800306:	83 c4 10             	add    $0x10,%esp
  800309:	85 d2                	test   %edx,%edx
  80030b:	0f 8e f5 03 00 00    	jle    800706 <vprintfmt+0x5bf>
					putch(padc, putdat);
  800311:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  800315:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800318:	89 d6                	mov    %edx,%esi
  80031a:	89 7d b0             	mov    %edi,-0x50(%ebp)
  80031d:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800320:	83 ec 08             	sub    $0x8,%esp
  800323:	57                   	push   %edi
  800324:	53                   	push   %ebx
  800325:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800328:	83 c4 10             	add    $0x10,%esp
  80032b:	83 ee 01             	sub    $0x1,%esi
  80032e:	75 f0                	jne    800320 <vprintfmt+0x1d9>
  800330:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800333:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800336:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800339:	8d 5e 01             	lea    0x1(%esi),%ebx
  80033c:	0f be 06             	movsbl (%esi),%eax
  80033f:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800342:	85 c0                	test   %eax,%eax
  800344:	75 26                	jne    80036c <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800346:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800349:	89 45 14             	mov    %eax,0x14(%ebp)
  80034c:	e9 ff fd ff ff       	jmp    800150 <vprintfmt+0x9>
				putch(ch, putdat);
  800351:	83 ec 08             	sub    $0x8,%esp
  800354:	ff 75 0c             	push   0xc(%ebp)
  800357:	50                   	push   %eax
  800358:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80035b:	83 ee 01             	sub    $0x1,%esi
  80035e:	83 c3 01             	add    $0x1,%ebx
  800361:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800365:	83 c4 10             	add    $0x10,%esp
  800368:	85 c0                	test   %eax,%eax
  80036a:	74 0e                	je     80037a <vprintfmt+0x233>
  80036c:	85 ff                	test   %edi,%edi
  80036e:	78 e1                	js     800351 <vprintfmt+0x20a>
  800370:	83 ef 01             	sub    $0x1,%edi
  800373:	79 dc                	jns    800351 <vprintfmt+0x20a>
  800375:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800378:	eb 03                	jmp    80037d <vprintfmt+0x236>
  80037a:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  80037d:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800381:	7e 24                	jle    8003a7 <vprintfmt+0x260>
  800383:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  800386:	8b 75 08             	mov    0x8(%ebp),%esi
  800389:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  80038c:	83 ec 08             	sub    $0x8,%esp
  80038f:	57                   	push   %edi
  800390:	6a 20                	push   $0x20
  800392:	ff d6                	call   *%esi
			for (; width > 0; width--)
  800394:	83 c4 10             	add    $0x10,%esp
  800397:	83 eb 01             	sub    $0x1,%ebx
  80039a:	75 f0                	jne    80038c <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  80039c:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80039f:	89 45 14             	mov    %eax,0x14(%ebp)
  8003a2:	e9 a9 fd ff ff       	jmp    800150 <vprintfmt+0x9>
  8003a7:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8003aa:	89 45 14             	mov    %eax,0x14(%ebp)
  8003ad:	e9 9e fd ff ff       	jmp    800150 <vprintfmt+0x9>
	if (lflag >= 2)
  8003b2:	89 55 10             	mov    %edx,0x10(%ebp)
  8003b5:	83 fe 01             	cmp    $0x1,%esi
  8003b8:	7f 1b                	jg     8003d5 <vprintfmt+0x28e>
	else if (lflag)
  8003ba:	85 f6                	test   %esi,%esi
  8003bc:	74 39                	je     8003f7 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8003be:	8b 45 14             	mov    0x14(%ebp),%eax
  8003c1:	8b 00                	mov    (%eax),%eax
  8003c3:	89 c6                	mov    %eax,%esi
  8003c5:	89 c7                	mov    %eax,%edi
  8003c7:	c1 ff 1f             	sar    $0x1f,%edi
  8003ca:	8b 45 14             	mov    0x14(%ebp),%eax
  8003cd:	8d 40 04             	lea    0x4(%eax),%eax
  8003d0:	89 45 14             	mov    %eax,0x14(%ebp)
  8003d3:	eb 0e                	jmp    8003e3 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8003d5:	8b 45 14             	mov    0x14(%ebp),%eax
  8003d8:	8b 30                	mov    (%eax),%esi
  8003da:	8b 78 04             	mov    0x4(%eax),%edi
  8003dd:	8d 40 08             	lea    0x8(%eax),%eax
  8003e0:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8003e3:	85 ff                	test   %edi,%edi
  8003e5:	78 27                	js     80040e <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8003e7:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8003ea:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8003ed:	b8 0a 00 00 00       	mov    $0xa,%eax
  8003f2:	e9 53 01 00 00       	jmp    80054a <vprintfmt+0x403>
		return va_arg(*ap, int);
  8003f7:	8b 45 14             	mov    0x14(%ebp),%eax
  8003fa:	8b 00                	mov    (%eax),%eax
  8003fc:	89 c6                	mov    %eax,%esi
  8003fe:	89 c7                	mov    %eax,%edi
  800400:	c1 ff 1f             	sar    $0x1f,%edi
  800403:	8b 45 14             	mov    0x14(%ebp),%eax
  800406:	8d 40 04             	lea    0x4(%eax),%eax
  800409:	89 45 14             	mov    %eax,0x14(%ebp)
  80040c:	eb d5                	jmp    8003e3 <vprintfmt+0x29c>
				putch('-', putdat);
  80040e:	83 ec 08             	sub    $0x8,%esp
  800411:	ff 75 0c             	push   0xc(%ebp)
  800414:	6a 2d                	push   $0x2d
  800416:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800419:	f7 de                	neg    %esi
  80041b:	83 d7 00             	adc    $0x0,%edi
  80041e:	f7 df                	neg    %edi
  800420:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800423:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800426:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800429:	b8 0a 00 00 00       	mov    $0xa,%eax
  80042e:	e9 17 01 00 00       	jmp    80054a <vprintfmt+0x403>
	if (lflag >= 2)
  800433:	89 55 10             	mov    %edx,0x10(%ebp)
  800436:	83 fe 01             	cmp    $0x1,%esi
  800439:	7f 27                	jg     800462 <vprintfmt+0x31b>
	else if (lflag)
  80043b:	85 f6                	test   %esi,%esi
  80043d:	74 44                	je     800483 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  80043f:	8b 45 14             	mov    0x14(%ebp),%eax
  800442:	8b 00                	mov    (%eax),%eax
  800444:	ba 00 00 00 00       	mov    $0x0,%edx
  800449:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80044c:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80044f:	8b 45 14             	mov    0x14(%ebp),%eax
  800452:	8d 40 04             	lea    0x4(%eax),%eax
  800455:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800458:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  80045d:	e9 e8 00 00 00       	jmp    80054a <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800462:	8b 45 14             	mov    0x14(%ebp),%eax
  800465:	8b 50 04             	mov    0x4(%eax),%edx
  800468:	8b 00                	mov    (%eax),%eax
  80046a:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80046d:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800470:	8b 45 14             	mov    0x14(%ebp),%eax
  800473:	8d 40 08             	lea    0x8(%eax),%eax
  800476:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800479:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  80047e:	e9 c7 00 00 00       	jmp    80054a <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800483:	8b 45 14             	mov    0x14(%ebp),%eax
  800486:	8b 00                	mov    (%eax),%eax
  800488:	ba 00 00 00 00       	mov    $0x0,%edx
  80048d:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800490:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800493:	8b 45 14             	mov    0x14(%ebp),%eax
  800496:	8d 40 04             	lea    0x4(%eax),%eax
  800499:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80049c:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8004a1:	e9 a4 00 00 00       	jmp    80054a <vprintfmt+0x403>
	if (lflag >= 2)
  8004a6:	89 55 10             	mov    %edx,0x10(%ebp)
  8004a9:	83 fe 01             	cmp    $0x1,%esi
  8004ac:	7f 24                	jg     8004d2 <vprintfmt+0x38b>
	else if (lflag)
  8004ae:	85 f6                	test   %esi,%esi
  8004b0:	74 3e                	je     8004f0 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8004b2:	8b 45 14             	mov    0x14(%ebp),%eax
  8004b5:	8b 00                	mov    (%eax),%eax
  8004b7:	ba 00 00 00 00       	mov    $0x0,%edx
  8004bc:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004bf:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004c2:	8b 45 14             	mov    0x14(%ebp),%eax
  8004c5:	8d 40 04             	lea    0x4(%eax),%eax
  8004c8:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004cb:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8004d0:	eb 78                	jmp    80054a <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8004d2:	8b 45 14             	mov    0x14(%ebp),%eax
  8004d5:	8b 50 04             	mov    0x4(%eax),%edx
  8004d8:	8b 00                	mov    (%eax),%eax
  8004da:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004dd:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004e0:	8b 45 14             	mov    0x14(%ebp),%eax
  8004e3:	8d 40 08             	lea    0x8(%eax),%eax
  8004e6:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004e9:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8004ee:	eb 5a                	jmp    80054a <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8004f0:	8b 45 14             	mov    0x14(%ebp),%eax
  8004f3:	8b 00                	mov    (%eax),%eax
  8004f5:	ba 00 00 00 00       	mov    $0x0,%edx
  8004fa:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004fd:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800500:	8b 45 14             	mov    0x14(%ebp),%eax
  800503:	8d 40 04             	lea    0x4(%eax),%eax
  800506:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800509:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  80050e:	eb 3a                	jmp    80054a <vprintfmt+0x403>
			putch('0', putdat);
  800510:	89 55 10             	mov    %edx,0x10(%ebp)
  800513:	83 ec 08             	sub    $0x8,%esp
  800516:	ff 75 0c             	push   0xc(%ebp)
  800519:	6a 30                	push   $0x30
  80051b:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  80051e:	83 c4 08             	add    $0x8,%esp
  800521:	ff 75 0c             	push   0xc(%ebp)
  800524:	6a 78                	push   $0x78
  800526:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800529:	8b 45 14             	mov    0x14(%ebp),%eax
  80052c:	8b 00                	mov    (%eax),%eax
  80052e:	ba 00 00 00 00       	mov    $0x0,%edx
  800533:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800536:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800539:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  80053c:	8b 45 14             	mov    0x14(%ebp),%eax
  80053f:	8d 40 04             	lea    0x4(%eax),%eax
  800542:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800545:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  80054a:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  80054e:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800551:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800556:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800559:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800560:	89 7d a8             	mov    %edi,-0x58(%ebp)
  800563:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800566:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800569:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  80056c:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800570:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  800573:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800576:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800579:	ff 75 bc             	push   -0x44(%ebp)
  80057c:	ff 75 b8             	push   -0x48(%ebp)
  80057f:	57                   	push   %edi
  800580:	56                   	push   %esi
  800581:	e8 2f 07 00 00       	call   800cb5 <__umoddi3>
  800586:	83 c4 10             	add    $0x10,%esp
  800589:	0f b6 80 73 15 80 00 	movzbl 0x801573(%eax),%eax
  800590:	88 03                	mov    %al,(%ebx)
		num /= base;
  800592:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800595:	89 fb                	mov    %edi,%ebx
  800597:	ff 75 bc             	push   -0x44(%ebp)
  80059a:	ff 75 b8             	push   -0x48(%ebp)
  80059d:	57                   	push   %edi
  80059e:	56                   	push   %esi
  80059f:	e8 f6 06 00 00       	call   800c9a <__udivdi3>
  8005a4:	83 c4 10             	add    $0x10,%esp
  8005a7:	89 c6                	mov    %eax,%esi
  8005a9:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8005ab:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8005ae:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8005b1:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8005b4:	73 b6                	jae    80056c <vprintfmt+0x425>
	pad = width - n;
  8005b6:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8005b9:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8005bc:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005bf:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8005c1:	83 ff 2d             	cmp    $0x2d,%edi
  8005c4:	0f 84 de 00 00 00    	je     8006a8 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8005ca:	85 f6                	test   %esi,%esi
  8005cc:	0f 8e 27 01 00 00    	jle    8006f9 <vprintfmt+0x5b2>
  8005d2:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8005d5:	83 ec 08             	sub    $0x8,%esp
  8005d8:	53                   	push   %ebx
  8005d9:	57                   	push   %edi
  8005da:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8005dd:	83 c4 10             	add    $0x10,%esp
  8005e0:	83 ee 01             	sub    $0x1,%esi
  8005e3:	75 f0                	jne    8005d5 <vprintfmt+0x48e>
  8005e5:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8005e8:	85 db                	test   %ebx,%ebx
  8005ea:	0f 8e 60 fb ff ff    	jle    800150 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8005f0:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8005f3:	8b 75 08             	mov    0x8(%ebp),%esi
  8005f6:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8005f9:	83 eb 01             	sub    $0x1,%ebx
  8005fc:	83 ec 08             	sub    $0x8,%esp
  8005ff:	57                   	push   %edi
  800600:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  800605:	50                   	push   %eax
  800606:	ff d6                	call   *%esi
	while (n > 0)
  800608:	83 c4 10             	add    $0x10,%esp
  80060b:	85 db                	test   %ebx,%ebx
  80060d:	7f ea                	jg     8005f9 <vprintfmt+0x4b2>
  80060f:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  800612:	85 f6                	test   %esi,%esi
  800614:	0f 8e 36 fb ff ff    	jle    800150 <vprintfmt+0x9>
  80061a:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80061d:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  800620:	83 ec 08             	sub    $0x8,%esp
  800623:	57                   	push   %edi
  800624:	6a 20                	push   $0x20
  800626:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800628:	83 c4 10             	add    $0x10,%esp
  80062b:	83 ee 01             	sub    $0x1,%esi
  80062e:	75 f0                	jne    800620 <vprintfmt+0x4d9>
  800630:	e9 1b fb ff ff       	jmp    800150 <vprintfmt+0x9>
	if (lflag >= 2)
  800635:	89 55 10             	mov    %edx,0x10(%ebp)
  800638:	83 fe 01             	cmp    $0x1,%esi
  80063b:	7f 27                	jg     800664 <vprintfmt+0x51d>
	else if (lflag)
  80063d:	85 f6                	test   %esi,%esi
  80063f:	74 44                	je     800685 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800641:	8b 45 14             	mov    0x14(%ebp),%eax
  800644:	8b 00                	mov    (%eax),%eax
  800646:	ba 00 00 00 00       	mov    $0x0,%edx
  80064b:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80064e:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800651:	8b 45 14             	mov    0x14(%ebp),%eax
  800654:	8d 40 04             	lea    0x4(%eax),%eax
  800657:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80065a:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  80065f:	e9 e6 fe ff ff       	jmp    80054a <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800664:	8b 45 14             	mov    0x14(%ebp),%eax
  800667:	8b 50 04             	mov    0x4(%eax),%edx
  80066a:	8b 00                	mov    (%eax),%eax
  80066c:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80066f:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800672:	8b 45 14             	mov    0x14(%ebp),%eax
  800675:	8d 40 08             	lea    0x8(%eax),%eax
  800678:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80067b:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800680:	e9 c5 fe ff ff       	jmp    80054a <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800685:	8b 45 14             	mov    0x14(%ebp),%eax
  800688:	8b 00                	mov    (%eax),%eax
  80068a:	ba 00 00 00 00       	mov    $0x0,%edx
  80068f:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800692:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800695:	8b 45 14             	mov    0x14(%ebp),%eax
  800698:	8d 40 04             	lea    0x4(%eax),%eax
  80069b:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80069e:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8006a3:	e9 a2 fe ff ff       	jmp    80054a <vprintfmt+0x403>
	while (n > 0)
  8006a8:	85 db                	test   %ebx,%ebx
  8006aa:	0f 8f 40 ff ff ff    	jg     8005f0 <vprintfmt+0x4a9>
  8006b0:	e9 5d ff ff ff       	jmp    800612 <vprintfmt+0x4cb>
			putch(ch, putdat);
  8006b5:	89 55 10             	mov    %edx,0x10(%ebp)
  8006b8:	83 ec 08             	sub    $0x8,%esp
  8006bb:	ff 75 0c             	push   0xc(%ebp)
  8006be:	6a 25                	push   $0x25
  8006c0:	ff 55 08             	call   *0x8(%ebp)
			break;
  8006c3:	83 c4 10             	add    $0x10,%esp
  8006c6:	e9 85 fa ff ff       	jmp    800150 <vprintfmt+0x9>
			putch('%', putdat);
  8006cb:	83 ec 08             	sub    $0x8,%esp
  8006ce:	ff 75 0c             	push   0xc(%ebp)
  8006d1:	6a 25                	push   $0x25
  8006d3:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8006d6:	83 c4 10             	add    $0x10,%esp
  8006d9:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8006dd:	0f 84 d1 fa ff ff    	je     8001b4 <vprintfmt+0x6d>
  8006e3:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8006e6:	89 d8                	mov    %ebx,%eax
  8006e8:	83 e8 01             	sub    $0x1,%eax
  8006eb:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8006ef:	75 f7                	jne    8006e8 <vprintfmt+0x5a1>
  8006f1:	89 45 10             	mov    %eax,0x10(%ebp)
  8006f4:	e9 57 fa ff ff       	jmp    800150 <vprintfmt+0x9>
	while (n > 0)
  8006f9:	85 db                	test   %ebx,%ebx
  8006fb:	0f 8f ef fe ff ff    	jg     8005f0 <vprintfmt+0x4a9>
  800701:	e9 4a fa ff ff       	jmp    800150 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800706:	8d 5e 01             	lea    0x1(%esi),%ebx
  800709:	0f be 06             	movsbl (%esi),%eax
  80070c:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80070f:	85 c0                	test   %eax,%eax
  800711:	0f 85 55 fc ff ff    	jne    80036c <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800717:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80071a:	89 45 14             	mov    %eax,0x14(%ebp)
  80071d:	e9 2e fa ff ff       	jmp    800150 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800722:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800726:	74 0a                	je     800732 <vprintfmt+0x5eb>
  800728:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80072c:	0f 8f bf fb ff ff    	jg     8002f1 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800732:	b8 28 00 00 00       	mov    $0x28,%eax
  800737:	bb 61 15 80 00       	mov    $0x801561,%ebx
  80073c:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80073f:	e9 28 fc ff ff       	jmp    80036c <vprintfmt+0x225>
}
  800744:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800747:	5b                   	pop    %ebx
  800748:	5e                   	pop    %esi
  800749:	5f                   	pop    %edi
  80074a:	5d                   	pop    %ebp
  80074b:	c3                   	ret

0080074c <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  80074c:	55                   	push   %ebp
  80074d:	89 e5                	mov    %esp,%ebp
  80074f:	83 ec 18             	sub    $0x18,%esp
  800752:	8b 45 08             	mov    0x8(%ebp),%eax
  800755:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800758:	89 45 ec             	mov    %eax,-0x14(%ebp)
  80075b:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  80075f:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800762:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800769:	85 c0                	test   %eax,%eax
  80076b:	74 26                	je     800793 <vsnprintf+0x47>
  80076d:	85 d2                	test   %edx,%edx
  80076f:	7e 22                	jle    800793 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800771:	ff 75 14             	push   0x14(%ebp)
  800774:	ff 75 10             	push   0x10(%ebp)
  800777:	8d 45 ec             	lea    -0x14(%ebp),%eax
  80077a:	50                   	push   %eax
  80077b:	68 0d 01 80 00       	push   $0x80010d
  800780:	e8 c2 f9 ff ff       	call   800147 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800785:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800788:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  80078b:	8b 45 f4             	mov    -0xc(%ebp),%eax
  80078e:	83 c4 10             	add    $0x10,%esp
}
  800791:	c9                   	leave
  800792:	c3                   	ret
		return -E_INVAL;
  800793:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800798:	eb f7                	jmp    800791 <vsnprintf+0x45>

0080079a <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  80079a:	55                   	push   %ebp
  80079b:	89 e5                	mov    %esp,%ebp
  80079d:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  8007a0:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  8007a3:	50                   	push   %eax
  8007a4:	ff 75 08             	push   0x8(%ebp)
  8007a7:	e8 08 0c 00 00       	call   8013b4 <vcprintf>
	va_end(ap);

	return cnt;
}
  8007ac:	c9                   	leave
  8007ad:	c3                   	ret

008007ae <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  8007ae:	55                   	push   %ebp
  8007af:	89 e5                	mov    %esp,%ebp
  8007b1:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  8007b4:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  8007b7:	50                   	push   %eax
  8007b8:	ff 75 10             	push   0x10(%ebp)
  8007bb:	ff 75 0c             	push   0xc(%ebp)
  8007be:	ff 75 08             	push   0x8(%ebp)
  8007c1:	e8 86 ff ff ff       	call   80074c <vsnprintf>
	va_end(ap);

	return rc;
}
  8007c6:	c9                   	leave
  8007c7:	c3                   	ret

008007c8 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8007c8:	55                   	push   %ebp
  8007c9:	89 e5                	mov    %esp,%ebp
  8007cb:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8007ce:	80 3a 00             	cmpb   $0x0,(%edx)
  8007d1:	74 10                	je     8007e3 <strlen+0x1b>
  8007d3:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  8007d8:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  8007db:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  8007df:	75 f7                	jne    8007d8 <strlen+0x10>
	return n;
}
  8007e1:	5d                   	pop    %ebp
  8007e2:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  8007e3:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  8007e8:	eb f7                	jmp    8007e1 <strlen+0x19>

008007ea <strnlen>:

int
strnlen(const char *s, size_t size)
{
  8007ea:	55                   	push   %ebp
  8007eb:	89 e5                	mov    %esp,%ebp
  8007ed:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8007f0:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007f3:	85 d2                	test   %edx,%edx
  8007f5:	74 16                	je     80080d <strnlen+0x23>
  8007f7:	b8 00 00 00 00       	mov    $0x0,%eax
  8007fc:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800800:	74 09                	je     80080b <strnlen+0x21>
		n++;
  800802:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800805:	39 d0                	cmp    %edx,%eax
  800807:	75 f3                	jne    8007fc <strnlen+0x12>
		n++;
  800809:	89 d0                	mov    %edx,%eax
	return n;
}
  80080b:	5d                   	pop    %ebp
  80080c:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80080d:	b8 00 00 00 00       	mov    $0x0,%eax
  800812:	eb f7                	jmp    80080b <strnlen+0x21>

00800814 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800814:	55                   	push   %ebp
  800815:	89 e5                	mov    %esp,%ebp
  800817:	53                   	push   %ebx
  800818:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80081b:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  80081e:	b8 00 00 00 00       	mov    $0x0,%eax
  800823:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800827:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  80082a:	83 c0 01             	add    $0x1,%eax
  80082d:	84 d2                	test   %dl,%dl
  80082f:	75 f2                	jne    800823 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800831:	89 c8                	mov    %ecx,%eax
  800833:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800836:	c9                   	leave
  800837:	c3                   	ret

00800838 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800838:	55                   	push   %ebp
  800839:	89 e5                	mov    %esp,%ebp
  80083b:	53                   	push   %ebx
  80083c:	83 ec 10             	sub    $0x10,%esp
  80083f:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800842:	53                   	push   %ebx
  800843:	e8 80 ff ff ff       	call   8007c8 <strlen>
  800848:	83 c4 08             	add    $0x8,%esp
  80084b:	ff 75 0c             	push   0xc(%ebp)
  80084e:	01 d8                	add    %ebx,%eax
  800850:	50                   	push   %eax
  800851:	e8 be ff ff ff       	call   800814 <strcpy>
	return dst;
}
  800856:	89 d8                	mov    %ebx,%eax
  800858:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80085b:	c9                   	leave
  80085c:	c3                   	ret

0080085d <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  80085d:	55                   	push   %ebp
  80085e:	89 e5                	mov    %esp,%ebp
  800860:	56                   	push   %esi
  800861:	53                   	push   %ebx
  800862:	8b 75 08             	mov    0x8(%ebp),%esi
  800865:	8b 55 0c             	mov    0xc(%ebp),%edx
  800868:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  80086b:	85 db                	test   %ebx,%ebx
  80086d:	74 17                	je     800886 <strncpy+0x29>
  80086f:	01 f3                	add    %esi,%ebx
  800871:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800873:	83 c0 01             	add    $0x1,%eax
  800876:	0f b6 0a             	movzbl (%edx),%ecx
  800879:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  80087c:	80 f9 01             	cmp    $0x1,%cl
  80087f:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800882:	39 c3                	cmp    %eax,%ebx
  800884:	75 ed                	jne    800873 <strncpy+0x16>
	}
	return ret;
}
  800886:	89 f0                	mov    %esi,%eax
  800888:	5b                   	pop    %ebx
  800889:	5e                   	pop    %esi
  80088a:	5d                   	pop    %ebp
  80088b:	c3                   	ret

0080088c <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  80088c:	55                   	push   %ebp
  80088d:	89 e5                	mov    %esp,%ebp
  80088f:	56                   	push   %esi
  800890:	53                   	push   %ebx
  800891:	8b 75 08             	mov    0x8(%ebp),%esi
  800894:	8b 55 0c             	mov    0xc(%ebp),%edx
  800897:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  80089a:	89 f0                	mov    %esi,%eax
  80089c:	85 db                	test   %ebx,%ebx
  80089e:	74 1e                	je     8008be <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  8008a0:	83 eb 01             	sub    $0x1,%ebx
  8008a3:	74 16                	je     8008bb <strlcpy+0x2f>
  8008a5:	01 f3                	add    %esi,%ebx
  8008a7:	0f b6 0a             	movzbl (%edx),%ecx
  8008aa:	84 c9                	test   %cl,%cl
  8008ac:	74 0d                	je     8008bb <strlcpy+0x2f>
			*dst++ = *src++;
  8008ae:	83 c2 01             	add    $0x1,%edx
  8008b1:	83 c0 01             	add    $0x1,%eax
  8008b4:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  8008b7:	39 d8                	cmp    %ebx,%eax
  8008b9:	75 ec                	jne    8008a7 <strlcpy+0x1b>
		*dst = '\0';
  8008bb:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  8008be:	29 f0                	sub    %esi,%eax
}
  8008c0:	5b                   	pop    %ebx
  8008c1:	5e                   	pop    %esi
  8008c2:	5d                   	pop    %ebp
  8008c3:	c3                   	ret

008008c4 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  8008c4:	55                   	push   %ebp
  8008c5:	89 e5                	mov    %esp,%ebp
  8008c7:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008ca:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  8008cd:	0f b6 01             	movzbl (%ecx),%eax
  8008d0:	84 c0                	test   %al,%al
  8008d2:	74 11                	je     8008e5 <strcmp+0x21>
  8008d4:	38 02                	cmp    %al,(%edx)
  8008d6:	75 0d                	jne    8008e5 <strcmp+0x21>
		p++, q++;
  8008d8:	83 c1 01             	add    $0x1,%ecx
  8008db:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  8008de:	0f b6 01             	movzbl (%ecx),%eax
  8008e1:	84 c0                	test   %al,%al
  8008e3:	75 ef                	jne    8008d4 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  8008e5:	0f b6 c0             	movzbl %al,%eax
  8008e8:	0f b6 12             	movzbl (%edx),%edx
  8008eb:	29 d0                	sub    %edx,%eax
}
  8008ed:	5d                   	pop    %ebp
  8008ee:	c3                   	ret

008008ef <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  8008ef:	55                   	push   %ebp
  8008f0:	89 e5                	mov    %esp,%ebp
  8008f2:	53                   	push   %ebx
  8008f3:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008f6:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  8008f9:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  8008fc:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800901:	85 d2                	test   %edx,%edx
  800903:	74 2e                	je     800933 <strncmp+0x44>
  800905:	0f b6 01             	movzbl (%ecx),%eax
  800908:	84 c0                	test   %al,%al
  80090a:	74 16                	je     800922 <strncmp+0x33>
  80090c:	3a 03                	cmp    (%ebx),%al
  80090e:	75 12                	jne    800922 <strncmp+0x33>
		n--, p++, q++;
  800910:	83 c1 01             	add    $0x1,%ecx
  800913:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800916:	83 ea 01             	sub    $0x1,%edx
  800919:	75 ea                	jne    800905 <strncmp+0x16>
		return 0;
  80091b:	b8 00 00 00 00       	mov    $0x0,%eax
  800920:	eb 11                	jmp    800933 <strncmp+0x44>
  800922:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800927:	85 d2                	test   %edx,%edx
  800929:	74 08                	je     800933 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  80092b:	0f b6 01             	movzbl (%ecx),%eax
  80092e:	0f b6 13             	movzbl (%ebx),%edx
  800931:	29 d0                	sub    %edx,%eax
}
  800933:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800936:	c9                   	leave
  800937:	c3                   	ret

00800938 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800938:	55                   	push   %ebp
  800939:	89 e5                	mov    %esp,%ebp
  80093b:	8b 45 08             	mov    0x8(%ebp),%eax
  80093e:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800942:	0f b6 10             	movzbl (%eax),%edx
  800945:	84 d2                	test   %dl,%dl
  800947:	74 15                	je     80095e <strchr+0x26>
		if (*s == c)
  800949:	38 d1                	cmp    %dl,%cl
  80094b:	74 0f                	je     80095c <strchr+0x24>
	for (; *s; s++)
  80094d:	83 c0 01             	add    $0x1,%eax
  800950:	0f b6 10             	movzbl (%eax),%edx
  800953:	84 d2                	test   %dl,%dl
  800955:	75 f2                	jne    800949 <strchr+0x11>
			return (char *) s;
	return 0;
  800957:	b8 00 00 00 00       	mov    $0x0,%eax
}
  80095c:	5d                   	pop    %ebp
  80095d:	c3                   	ret
	return 0;
  80095e:	b8 00 00 00 00       	mov    $0x0,%eax
  800963:	eb f7                	jmp    80095c <strchr+0x24>

00800965 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800965:	55                   	push   %ebp
  800966:	89 e5                	mov    %esp,%ebp
  800968:	53                   	push   %ebx
  800969:	8b 45 08             	mov    0x8(%ebp),%eax
  80096c:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  80096f:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800972:	38 d3                	cmp    %dl,%bl
  800974:	74 14                	je     80098a <strfind+0x25>
  800976:	89 d1                	mov    %edx,%ecx
  800978:	84 db                	test   %bl,%bl
  80097a:	74 0e                	je     80098a <strfind+0x25>
	for (; *s; s++)
  80097c:	83 c0 01             	add    $0x1,%eax
  80097f:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800982:	38 ca                	cmp    %cl,%dl
  800984:	74 04                	je     80098a <strfind+0x25>
  800986:	84 d2                	test   %dl,%dl
  800988:	75 f2                	jne    80097c <strfind+0x17>
			break;
	return (char *) s;
}
  80098a:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80098d:	c9                   	leave
  80098e:	c3                   	ret

0080098f <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  80098f:	55                   	push   %ebp
  800990:	89 e5                	mov    %esp,%ebp
  800992:	53                   	push   %ebx
  800993:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800996:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800999:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  80099c:	85 d2                	test   %edx,%edx
  80099e:	74 0e                	je     8009ae <memset+0x1f>
  8009a0:	01 da                	add    %ebx,%edx
	char *p = v;
  8009a2:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  8009a4:	83 c0 01             	add    $0x1,%eax
  8009a7:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  8009aa:	39 c2                	cmp    %eax,%edx
  8009ac:	75 f6                	jne    8009a4 <memset+0x15>
	return v;
}
  8009ae:	89 d8                	mov    %ebx,%eax
  8009b0:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8009b3:	c9                   	leave
  8009b4:	c3                   	ret

008009b5 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  8009b5:	55                   	push   %ebp
  8009b6:	89 e5                	mov    %esp,%ebp
  8009b8:	56                   	push   %esi
  8009b9:	53                   	push   %ebx
  8009ba:	8b 75 08             	mov    0x8(%ebp),%esi
  8009bd:	8b 45 0c             	mov    0xc(%ebp),%eax
  8009c0:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  8009c3:	39 f0                	cmp    %esi,%eax
  8009c5:	72 20                	jb     8009e7 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  8009c7:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  8009ca:	89 f2                	mov    %esi,%edx
  8009cc:	85 c9                	test   %ecx,%ecx
  8009ce:	74 11                	je     8009e1 <memmove+0x2c>
			*d++ = *s++;
  8009d0:	83 c0 01             	add    $0x1,%eax
  8009d3:	83 c2 01             	add    $0x1,%edx
  8009d6:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  8009da:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  8009dd:	39 d8                	cmp    %ebx,%eax
  8009df:	75 ef                	jne    8009d0 <memmove+0x1b>
	return dst;
}
  8009e1:	89 f0                	mov    %esi,%eax
  8009e3:	5b                   	pop    %ebx
  8009e4:	5e                   	pop    %esi
  8009e5:	5d                   	pop    %ebp
  8009e6:	c3                   	ret
	if (s < d && s + n > d) {
  8009e7:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  8009ea:	39 d6                	cmp    %edx,%esi
  8009ec:	73 d9                	jae    8009c7 <memmove+0x12>
		while (n-- > 0)
  8009ee:	8d 51 ff             	lea    -0x1(%ecx),%edx
  8009f1:	85 c9                	test   %ecx,%ecx
  8009f3:	74 ec                	je     8009e1 <memmove+0x2c>
			*--d = *--s;
  8009f5:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  8009f9:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  8009fc:	83 ea 01             	sub    $0x1,%edx
  8009ff:	83 fa ff             	cmp    $0xffffffff,%edx
  800a02:	75 f1                	jne    8009f5 <memmove+0x40>
  800a04:	eb db                	jmp    8009e1 <memmove+0x2c>

00800a06 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800a06:	55                   	push   %ebp
  800a07:	89 e5                	mov    %esp,%ebp
  800a09:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800a0c:	ff 75 10             	push   0x10(%ebp)
  800a0f:	ff 75 0c             	push   0xc(%ebp)
  800a12:	ff 75 08             	push   0x8(%ebp)
  800a15:	e8 9b ff ff ff       	call   8009b5 <memmove>
}
  800a1a:	c9                   	leave
  800a1b:	c3                   	ret

00800a1c <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800a1c:	55                   	push   %ebp
  800a1d:	89 e5                	mov    %esp,%ebp
  800a1f:	56                   	push   %esi
  800a20:	53                   	push   %ebx
  800a21:	8b 45 08             	mov    0x8(%ebp),%eax
  800a24:	8b 55 0c             	mov    0xc(%ebp),%edx
  800a27:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800a2a:	85 f6                	test   %esi,%esi
  800a2c:	74 29                	je     800a57 <memcmp+0x3b>
  800a2e:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800a30:	0f b6 08             	movzbl (%eax),%ecx
  800a33:	0f b6 1a             	movzbl (%edx),%ebx
  800a36:	38 d9                	cmp    %bl,%cl
  800a38:	75 11                	jne    800a4b <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800a3a:	83 c0 01             	add    $0x1,%eax
  800a3d:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800a40:	39 c6                	cmp    %eax,%esi
  800a42:	75 ec                	jne    800a30 <memcmp+0x14>
	}
	return 0;
  800a44:	b8 00 00 00 00       	mov    $0x0,%eax
  800a49:	eb 08                	jmp    800a53 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800a4b:	0f b6 c1             	movzbl %cl,%eax
  800a4e:	0f b6 db             	movzbl %bl,%ebx
  800a51:	29 d8                	sub    %ebx,%eax
}
  800a53:	5b                   	pop    %ebx
  800a54:	5e                   	pop    %esi
  800a55:	5d                   	pop    %ebp
  800a56:	c3                   	ret
	return 0;
  800a57:	b8 00 00 00 00       	mov    $0x0,%eax
  800a5c:	eb f5                	jmp    800a53 <memcmp+0x37>

00800a5e <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800a5e:	55                   	push   %ebp
  800a5f:	89 e5                	mov    %esp,%ebp
  800a61:	8b 45 08             	mov    0x8(%ebp),%eax
  800a64:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800a67:	89 c2                	mov    %eax,%edx
  800a69:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800a6c:	39 d0                	cmp    %edx,%eax
  800a6e:	73 0d                	jae    800a7d <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800a70:	38 08                	cmp    %cl,(%eax)
  800a72:	74 0d                	je     800a81 <memfind+0x23>
	for (; s < ends; s++)
  800a74:	83 c0 01             	add    $0x1,%eax
  800a77:	39 c2                	cmp    %eax,%edx
  800a79:	75 f5                	jne    800a70 <memfind+0x12>
  800a7b:	eb 06                	jmp    800a83 <memfind+0x25>
  800a7d:	89 c2                	mov    %eax,%edx
  800a7f:	eb 02                	jmp    800a83 <memfind+0x25>
  800a81:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800a83:	89 d0                	mov    %edx,%eax
  800a85:	5d                   	pop    %ebp
  800a86:	c3                   	ret

00800a87 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800a87:	55                   	push   %ebp
  800a88:	89 e5                	mov    %esp,%ebp
  800a8a:	57                   	push   %edi
  800a8b:	56                   	push   %esi
  800a8c:	53                   	push   %ebx
  800a8d:	8b 55 08             	mov    0x8(%ebp),%edx
  800a90:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800a93:	0f b6 02             	movzbl (%edx),%eax
  800a96:	3c 20                	cmp    $0x20,%al
  800a98:	74 04                	je     800a9e <strtol+0x17>
  800a9a:	3c 09                	cmp    $0x9,%al
  800a9c:	75 0e                	jne    800aac <strtol+0x25>
		s++;
  800a9e:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800aa1:	0f b6 02             	movzbl (%edx),%eax
  800aa4:	3c 20                	cmp    $0x20,%al
  800aa6:	74 f6                	je     800a9e <strtol+0x17>
  800aa8:	3c 09                	cmp    $0x9,%al
  800aaa:	74 f2                	je     800a9e <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800aac:	3c 2b                	cmp    $0x2b,%al
  800aae:	74 2a                	je     800ada <strtol+0x53>
	int neg = 0;
  800ab0:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800ab5:	3c 2d                	cmp    $0x2d,%al
  800ab7:	74 2b                	je     800ae4 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800ab9:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800abf:	75 0f                	jne    800ad0 <strtol+0x49>
  800ac1:	80 3a 30             	cmpb   $0x30,(%edx)
  800ac4:	74 28                	je     800aee <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800ac6:	85 db                	test   %ebx,%ebx
  800ac8:	b8 0a 00 00 00       	mov    $0xa,%eax
  800acd:	0f 44 d8             	cmove  %eax,%ebx
  800ad0:	b9 00 00 00 00       	mov    $0x0,%ecx
  800ad5:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ad8:	eb 46                	jmp    800b20 <strtol+0x99>
		s++;
  800ada:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800add:	bf 00 00 00 00       	mov    $0x0,%edi
  800ae2:	eb d5                	jmp    800ab9 <strtol+0x32>
		s++, neg = 1;
  800ae4:	83 c2 01             	add    $0x1,%edx
  800ae7:	bf 01 00 00 00       	mov    $0x1,%edi
  800aec:	eb cb                	jmp    800ab9 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800aee:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800af2:	74 0e                	je     800b02 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800af4:	85 db                	test   %ebx,%ebx
  800af6:	75 d8                	jne    800ad0 <strtol+0x49>
		s++, base = 8;
  800af8:	83 c2 01             	add    $0x1,%edx
  800afb:	bb 08 00 00 00       	mov    $0x8,%ebx
  800b00:	eb ce                	jmp    800ad0 <strtol+0x49>
		s += 2, base = 16;
  800b02:	83 c2 02             	add    $0x2,%edx
  800b05:	bb 10 00 00 00       	mov    $0x10,%ebx
  800b0a:	eb c4                	jmp    800ad0 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800b0c:	0f be c0             	movsbl %al,%eax
  800b0f:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800b12:	3b 45 10             	cmp    0x10(%ebp),%eax
  800b15:	7d 3a                	jge    800b51 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800b17:	83 c2 01             	add    $0x1,%edx
  800b1a:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800b1e:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800b20:	0f b6 02             	movzbl (%edx),%eax
  800b23:	8d 70 d0             	lea    -0x30(%eax),%esi
  800b26:	89 f3                	mov    %esi,%ebx
  800b28:	80 fb 09             	cmp    $0x9,%bl
  800b2b:	76 df                	jbe    800b0c <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800b2d:	8d 70 9f             	lea    -0x61(%eax),%esi
  800b30:	89 f3                	mov    %esi,%ebx
  800b32:	80 fb 19             	cmp    $0x19,%bl
  800b35:	77 08                	ja     800b3f <strtol+0xb8>
			dig = *s - 'a' + 10;
  800b37:	0f be c0             	movsbl %al,%eax
  800b3a:	83 e8 57             	sub    $0x57,%eax
  800b3d:	eb d3                	jmp    800b12 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800b3f:	8d 70 bf             	lea    -0x41(%eax),%esi
  800b42:	89 f3                	mov    %esi,%ebx
  800b44:	80 fb 19             	cmp    $0x19,%bl
  800b47:	77 08                	ja     800b51 <strtol+0xca>
			dig = *s - 'A' + 10;
  800b49:	0f be c0             	movsbl %al,%eax
  800b4c:	83 e8 37             	sub    $0x37,%eax
  800b4f:	eb c1                	jmp    800b12 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800b51:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800b55:	74 05                	je     800b5c <strtol+0xd5>
		*endptr = (char *) s;
  800b57:	8b 45 0c             	mov    0xc(%ebp),%eax
  800b5a:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800b5c:	89 c8                	mov    %ecx,%eax
  800b5e:	f7 d8                	neg    %eax
  800b60:	85 ff                	test   %edi,%edi
  800b62:	0f 45 c8             	cmovne %eax,%ecx
}
  800b65:	89 c8                	mov    %ecx,%eax
  800b67:	5b                   	pop    %ebx
  800b68:	5e                   	pop    %esi
  800b69:	5f                   	pop    %edi
  800b6a:	5d                   	pop    %ebp
  800b6b:	c3                   	ret

00800b6c <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800b6c:	55                   	push   %ebp
  800b6d:	89 e5                	mov    %esp,%ebp
  800b6f:	57                   	push   %edi
  800b70:	56                   	push   %esi
  800b71:	53                   	push   %ebx
  800b72:	83 ec 24             	sub    $0x24,%esp
  800b75:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800b78:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800b7b:	8b 45 08             	mov    0x8(%ebp),%eax
  800b7e:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b81:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800b84:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800b87:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800b8a:	89 d1                	mov    %edx,%ecx
  800b8c:	09 c1                	or     %eax,%ecx
  800b8e:	74 2f                	je     800bbf <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800b90:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800b93:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800b96:	89 d0                	mov    %edx,%eax
  800b98:	83 c8 00             	or     $0x0,%eax
  800b9b:	74 48                	je     800be5 <udivmod64+0x79>
  800b9d:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800ba2:	be 00 00 00 00       	mov    $0x0,%esi
  800ba7:	bf 00 00 00 00       	mov    $0x0,%edi
  800bac:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800bb3:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800bba:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800bbd:	eb 5f                	jmp    800c1e <udivmod64+0xb2>
		return ~0ULL;
  800bbf:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800bc6:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800bcd:	85 db                	test   %ebx,%ebx
  800bcf:	0f 84 b7 00 00 00    	je     800c8c <udivmod64+0x120>
			*rem = n;
  800bd5:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800bd8:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800bdb:	89 03                	mov    %eax,(%ebx)
  800bdd:	89 53 04             	mov    %edx,0x4(%ebx)
  800be0:	e9 a7 00 00 00       	jmp    800c8c <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800be5:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800be8:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800beb:	85 db                	test   %ebx,%ebx
  800bed:	74 12                	je     800c01 <udivmod64+0x95>
			*rem = n32 % d32;
  800bef:	89 c8                	mov    %ecx,%eax
  800bf1:	ba 00 00 00 00       	mov    $0x0,%edx
  800bf6:	f7 f6                	div    %esi
  800bf8:	89 13                	mov    %edx,(%ebx)
  800bfa:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800c01:	89 c8                	mov    %ecx,%eax
  800c03:	ba 00 00 00 00       	mov    $0x0,%edx
  800c08:	f7 f6                	div    %esi
  800c0a:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800c0d:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800c14:	eb 76                	jmp    800c8c <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800c16:	83 e9 01             	sub    $0x1,%ecx
  800c19:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800c1c:	74 62                	je     800c80 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800c1e:	89 f0                	mov    %esi,%eax
  800c20:	89 fa                	mov    %edi,%edx
  800c22:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800c26:	01 c0                	add    %eax,%eax
  800c28:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800c2b:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800c2e:	0f ad fe             	shrd   %cl,%edi,%esi
  800c31:	d3 ef                	shr    %cl,%edi
  800c33:	f6 c1 20             	test   $0x20,%cl
  800c36:	74 04                	je     800c3c <udivmod64+0xd0>
  800c38:	89 fe                	mov    %edi,%esi
  800c3a:	31 ff                	xor    %edi,%edi
  800c3c:	89 f7                	mov    %esi,%edi
  800c3e:	83 e7 01             	and    $0x1,%edi
  800c41:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800c44:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800c4b:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800c4e:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800c51:	09 c6                	or     %eax,%esi
  800c53:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800c55:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800c58:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800c5b:	39 c6                	cmp    %eax,%esi
  800c5d:	89 fb                	mov    %edi,%ebx
  800c5f:	19 d3                	sbb    %edx,%ebx
  800c61:	72 b3                	jb     800c16 <udivmod64+0xaa>
			r -= d;
  800c63:	29 c6                	sub    %eax,%esi
  800c65:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800c67:	31 c0                	xor    %eax,%eax
  800c69:	31 d2                	xor    %edx,%edx
  800c6b:	f6 c1 20             	test   $0x20,%cl
  800c6e:	0f 94 c0             	sete   %al
  800c71:	0f 95 c2             	setne  %dl
  800c74:	d3 e0                	shl    %cl,%eax
  800c76:	d3 e2                	shl    %cl,%edx
  800c78:	09 45 d0             	or     %eax,-0x30(%ebp)
  800c7b:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800c7e:	eb 96                	jmp    800c16 <udivmod64+0xaa>
		}
	}
	if (rem)
  800c80:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800c83:	85 db                	test   %ebx,%ebx
  800c85:	74 05                	je     800c8c <udivmod64+0x120>
		*rem = r;
  800c87:	89 33                	mov    %esi,(%ebx)
  800c89:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800c8c:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800c8f:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800c92:	83 c4 24             	add    $0x24,%esp
  800c95:	5b                   	pop    %ebx
  800c96:	5e                   	pop    %esi
  800c97:	5f                   	pop    %edi
  800c98:	5d                   	pop    %ebp
  800c99:	c3                   	ret

00800c9a <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800c9a:	55                   	push   %ebp
  800c9b:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800c9d:	83 ec 04             	sub    $0x4,%esp
  800ca0:	6a 00                	push   $0x0
  800ca2:	ff 75 14             	push   0x14(%ebp)
  800ca5:	ff 75 10             	push   0x10(%ebp)
  800ca8:	8b 45 08             	mov    0x8(%ebp),%eax
  800cab:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cae:	e8 b9 fe ff ff       	call   800b6c <udivmod64>
}
  800cb3:	c9                   	leave
  800cb4:	c3                   	ret

00800cb5 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800cb5:	55                   	push   %ebp
  800cb6:	89 e5                	mov    %esp,%ebp
  800cb8:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800cbb:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800cbe:	50                   	push   %eax
  800cbf:	ff 75 14             	push   0x14(%ebp)
  800cc2:	ff 75 10             	push   0x10(%ebp)
  800cc5:	8b 45 08             	mov    0x8(%ebp),%eax
  800cc8:	8b 55 0c             	mov    0xc(%ebp),%edx
  800ccb:	e8 9c fe ff ff       	call   800b6c <udivmod64>
	return r;
}
  800cd0:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800cd3:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800cd6:	c9                   	leave
  800cd7:	c3                   	ret

00800cd8 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800cd8:	55                   	push   %ebp
  800cd9:	89 e5                	mov    %esp,%ebp
  800cdb:	57                   	push   %edi
  800cdc:	56                   	push   %esi
  800cdd:	53                   	push   %ebx
  800cde:	83 ec 0c             	sub    $0xc,%esp
  800ce1:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800ce4:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800ce7:	8b 45 10             	mov    0x10(%ebp),%eax
  800cea:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800ced:	89 ce                	mov    %ecx,%esi
  800cef:	89 df                	mov    %ebx,%edi
  800cf1:	31 c6                	xor    %eax,%esi
  800cf3:	31 d7                	xor    %edx,%edi
  800cf5:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800cf8:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800cfb:	89 c6                	mov    %eax,%esi
  800cfd:	89 d7                	mov    %edx,%edi
  800cff:	85 d2                	test   %edx,%edx
  800d01:	78 25                	js     800d28 <__divdi3+0x50>
  800d03:	89 c8                	mov    %ecx,%eax
  800d05:	89 da                	mov    %ebx,%edx
  800d07:	85 db                	test   %ebx,%ebx
  800d09:	78 2a                	js     800d35 <__divdi3+0x5d>
  800d0b:	83 ec 04             	sub    $0x4,%esp
  800d0e:	6a 00                	push   $0x0
  800d10:	57                   	push   %edi
  800d11:	56                   	push   %esi
  800d12:	e8 55 fe ff ff       	call   800b6c <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800d17:	83 c4 10             	add    $0x10,%esp
  800d1a:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800d1e:	78 1e                	js     800d3e <__divdi3+0x66>
}
  800d20:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d23:	5b                   	pop    %ebx
  800d24:	5e                   	pop    %esi
  800d25:	5f                   	pop    %edi
  800d26:	5d                   	pop    %ebp
  800d27:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d28:	f7 d8                	neg    %eax
  800d2a:	83 d2 00             	adc    $0x0,%edx
  800d2d:	f7 da                	neg    %edx
  800d2f:	89 c6                	mov    %eax,%esi
  800d31:	89 d7                	mov    %edx,%edi
  800d33:	eb ce                	jmp    800d03 <__divdi3+0x2b>
  800d35:	f7 d8                	neg    %eax
  800d37:	83 d2 00             	adc    $0x0,%edx
  800d3a:	f7 da                	neg    %edx
  800d3c:	eb cd                	jmp    800d0b <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800d3e:	f7 d8                	neg    %eax
  800d40:	83 d2 00             	adc    $0x0,%edx
  800d43:	f7 da                	neg    %edx
  800d45:	eb d9                	jmp    800d20 <__divdi3+0x48>

00800d47 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800d47:	55                   	push   %ebp
  800d48:	89 e5                	mov    %esp,%ebp
  800d4a:	57                   	push   %edi
  800d4b:	56                   	push   %esi
  800d4c:	53                   	push   %ebx
  800d4d:	83 ec 14             	sub    $0x14,%esp
  800d50:	8b 45 08             	mov    0x8(%ebp),%eax
  800d53:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d56:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800d59:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d5c:	89 ce                	mov    %ecx,%esi
  800d5e:	89 df                	mov    %ebx,%edi
  800d60:	85 db                	test   %ebx,%ebx
  800d62:	78 23                	js     800d87 <__moddi3+0x40>
  800d64:	85 d2                	test   %edx,%edx
  800d66:	78 28                	js     800d90 <__moddi3+0x49>
  800d68:	83 ec 04             	sub    $0x4,%esp
  800d6b:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d6e:	51                   	push   %ecx
  800d6f:	57                   	push   %edi
  800d70:	56                   	push   %esi
  800d71:	e8 f6 fd ff ff       	call   800b6c <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800d76:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800d79:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800d7c:	83 c4 10             	add    $0x10,%esp
}
  800d7f:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d82:	5b                   	pop    %ebx
  800d83:	5e                   	pop    %esi
  800d84:	5f                   	pop    %edi
  800d85:	5d                   	pop    %ebp
  800d86:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d87:	f7 de                	neg    %esi
  800d89:	83 d7 00             	adc    $0x0,%edi
  800d8c:	f7 df                	neg    %edi
  800d8e:	eb d4                	jmp    800d64 <__moddi3+0x1d>
  800d90:	f7 d8                	neg    %eax
  800d92:	83 d2 00             	adc    $0x0,%edx
  800d95:	f7 da                	neg    %edx
  800d97:	83 ec 04             	sub    $0x4,%esp
  800d9a:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d9d:	51                   	push   %ecx
  800d9e:	57                   	push   %edi
  800d9f:	56                   	push   %esi
  800da0:	e8 c7 fd ff ff       	call   800b6c <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800da5:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800da8:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800dab:	f7 d8                	neg    %eax
  800dad:	83 d2 00             	adc    $0x0,%edx
  800db0:	f7 da                	neg    %edx
  800db2:	83 c4 10             	add    $0x10,%esp
  800db5:	eb c8                	jmp    800d7f <__moddi3+0x38>

00800db7 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800db7:	55                   	push   %ebp
  800db8:	89 e5                	mov    %esp,%ebp
  800dba:	57                   	push   %edi
  800dbb:	56                   	push   %esi
  800dbc:	53                   	push   %ebx
	asm volatile("int %1\n"
  800dbd:	b8 00 00 00 00       	mov    $0x0,%eax
  800dc2:	8b 55 08             	mov    0x8(%ebp),%edx
  800dc5:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800dc8:	89 c3                	mov    %eax,%ebx
  800dca:	89 c7                	mov    %eax,%edi
  800dcc:	89 c6                	mov    %eax,%esi
  800dce:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800dd0:	5b                   	pop    %ebx
  800dd1:	5e                   	pop    %esi
  800dd2:	5f                   	pop    %edi
  800dd3:	5d                   	pop    %ebp
  800dd4:	c3                   	ret

00800dd5 <sys_cgetc>:

int
sys_cgetc(void)
{
  800dd5:	55                   	push   %ebp
  800dd6:	89 e5                	mov    %esp,%ebp
  800dd8:	57                   	push   %edi
  800dd9:	56                   	push   %esi
  800dda:	53                   	push   %ebx
	asm volatile("int %1\n"
  800ddb:	ba 00 00 00 00       	mov    $0x0,%edx
  800de0:	b8 01 00 00 00       	mov    $0x1,%eax
  800de5:	89 d1                	mov    %edx,%ecx
  800de7:	89 d3                	mov    %edx,%ebx
  800de9:	89 d7                	mov    %edx,%edi
  800deb:	89 d6                	mov    %edx,%esi
  800ded:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800def:	5b                   	pop    %ebx
  800df0:	5e                   	pop    %esi
  800df1:	5f                   	pop    %edi
  800df2:	5d                   	pop    %ebp
  800df3:	c3                   	ret

00800df4 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800df4:	55                   	push   %ebp
  800df5:	89 e5                	mov    %esp,%ebp
  800df7:	57                   	push   %edi
  800df8:	56                   	push   %esi
  800df9:	53                   	push   %ebx
  800dfa:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800dfd:	b9 00 00 00 00       	mov    $0x0,%ecx
  800e02:	8b 55 08             	mov    0x8(%ebp),%edx
  800e05:	b8 03 00 00 00       	mov    $0x3,%eax
  800e0a:	89 cb                	mov    %ecx,%ebx
  800e0c:	89 cf                	mov    %ecx,%edi
  800e0e:	89 ce                	mov    %ecx,%esi
  800e10:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e12:	85 c0                	test   %eax,%eax
  800e14:	7f 08                	jg     800e1e <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800e16:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e19:	5b                   	pop    %ebx
  800e1a:	5e                   	pop    %esi
  800e1b:	5f                   	pop    %edi
  800e1c:	5d                   	pop    %ebp
  800e1d:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e1e:	83 ec 0c             	sub    $0xc,%esp
  800e21:	50                   	push   %eax
  800e22:	6a 03                	push   $0x3
  800e24:	68 a4 17 80 00       	push   $0x8017a4
  800e29:	6a 1f                	push   $0x1f
  800e2b:	68 c1 17 80 00       	push   $0x8017c1
  800e30:	e8 f5 04 00 00       	call   80132a <_panic>

00800e35 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800e35:	55                   	push   %ebp
  800e36:	89 e5                	mov    %esp,%ebp
  800e38:	57                   	push   %edi
  800e39:	56                   	push   %esi
  800e3a:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e3b:	ba 00 00 00 00       	mov    $0x0,%edx
  800e40:	b8 02 00 00 00       	mov    $0x2,%eax
  800e45:	89 d1                	mov    %edx,%ecx
  800e47:	89 d3                	mov    %edx,%ebx
  800e49:	89 d7                	mov    %edx,%edi
  800e4b:	89 d6                	mov    %edx,%esi
  800e4d:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800e4f:	5b                   	pop    %ebx
  800e50:	5e                   	pop    %esi
  800e51:	5f                   	pop    %edi
  800e52:	5d                   	pop    %ebp
  800e53:	c3                   	ret

00800e54 <sys_yield>:

void
sys_yield(void)
{
  800e54:	55                   	push   %ebp
  800e55:	89 e5                	mov    %esp,%ebp
  800e57:	57                   	push   %edi
  800e58:	56                   	push   %esi
  800e59:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e5a:	ba 00 00 00 00       	mov    $0x0,%edx
  800e5f:	b8 0a 00 00 00       	mov    $0xa,%eax
  800e64:	89 d1                	mov    %edx,%ecx
  800e66:	89 d3                	mov    %edx,%ebx
  800e68:	89 d7                	mov    %edx,%edi
  800e6a:	89 d6                	mov    %edx,%esi
  800e6c:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800e6e:	5b                   	pop    %ebx
  800e6f:	5e                   	pop    %esi
  800e70:	5f                   	pop    %edi
  800e71:	5d                   	pop    %ebp
  800e72:	c3                   	ret

00800e73 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800e73:	55                   	push   %ebp
  800e74:	89 e5                	mov    %esp,%ebp
  800e76:	57                   	push   %edi
  800e77:	56                   	push   %esi
  800e78:	53                   	push   %ebx
  800e79:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e7c:	be 00 00 00 00       	mov    $0x0,%esi
  800e81:	8b 55 08             	mov    0x8(%ebp),%edx
  800e84:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e87:	b8 04 00 00 00       	mov    $0x4,%eax
  800e8c:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800e8f:	89 f7                	mov    %esi,%edi
  800e91:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e93:	85 c0                	test   %eax,%eax
  800e95:	7f 08                	jg     800e9f <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800e97:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e9a:	5b                   	pop    %ebx
  800e9b:	5e                   	pop    %esi
  800e9c:	5f                   	pop    %edi
  800e9d:	5d                   	pop    %ebp
  800e9e:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e9f:	83 ec 0c             	sub    $0xc,%esp
  800ea2:	50                   	push   %eax
  800ea3:	6a 04                	push   $0x4
  800ea5:	68 a4 17 80 00       	push   $0x8017a4
  800eaa:	6a 1f                	push   $0x1f
  800eac:	68 c1 17 80 00       	push   $0x8017c1
  800eb1:	e8 74 04 00 00       	call   80132a <_panic>

00800eb6 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800eb6:	55                   	push   %ebp
  800eb7:	89 e5                	mov    %esp,%ebp
  800eb9:	57                   	push   %edi
  800eba:	56                   	push   %esi
  800ebb:	53                   	push   %ebx
  800ebc:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800ebf:	8b 55 08             	mov    0x8(%ebp),%edx
  800ec2:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ec5:	b8 05 00 00 00       	mov    $0x5,%eax
  800eca:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800ecd:	8b 7d 14             	mov    0x14(%ebp),%edi
  800ed0:	8b 75 18             	mov    0x18(%ebp),%esi
  800ed3:	cd 30                	int    $0x30
	if (check && ret > 0)
  800ed5:	85 c0                	test   %eax,%eax
  800ed7:	7f 08                	jg     800ee1 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800ed9:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800edc:	5b                   	pop    %ebx
  800edd:	5e                   	pop    %esi
  800ede:	5f                   	pop    %edi
  800edf:	5d                   	pop    %ebp
  800ee0:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ee1:	83 ec 0c             	sub    $0xc,%esp
  800ee4:	50                   	push   %eax
  800ee5:	6a 05                	push   $0x5
  800ee7:	68 a4 17 80 00       	push   $0x8017a4
  800eec:	6a 1f                	push   $0x1f
  800eee:	68 c1 17 80 00       	push   $0x8017c1
  800ef3:	e8 32 04 00 00       	call   80132a <_panic>

00800ef8 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800ef8:	55                   	push   %ebp
  800ef9:	89 e5                	mov    %esp,%ebp
  800efb:	57                   	push   %edi
  800efc:	56                   	push   %esi
  800efd:	53                   	push   %ebx
  800efe:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f01:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f06:	8b 55 08             	mov    0x8(%ebp),%edx
  800f09:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f0c:	b8 06 00 00 00       	mov    $0x6,%eax
  800f11:	89 df                	mov    %ebx,%edi
  800f13:	89 de                	mov    %ebx,%esi
  800f15:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f17:	85 c0                	test   %eax,%eax
  800f19:	7f 08                	jg     800f23 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800f1b:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f1e:	5b                   	pop    %ebx
  800f1f:	5e                   	pop    %esi
  800f20:	5f                   	pop    %edi
  800f21:	5d                   	pop    %ebp
  800f22:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f23:	83 ec 0c             	sub    $0xc,%esp
  800f26:	50                   	push   %eax
  800f27:	6a 06                	push   $0x6
  800f29:	68 a4 17 80 00       	push   $0x8017a4
  800f2e:	6a 1f                	push   $0x1f
  800f30:	68 c1 17 80 00       	push   $0x8017c1
  800f35:	e8 f0 03 00 00       	call   80132a <_panic>

00800f3a <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800f3a:	55                   	push   %ebp
  800f3b:	89 e5                	mov    %esp,%ebp
  800f3d:	57                   	push   %edi
  800f3e:	56                   	push   %esi
  800f3f:	53                   	push   %ebx
  800f40:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f43:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f48:	8b 55 08             	mov    0x8(%ebp),%edx
  800f4b:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f4e:	b8 08 00 00 00       	mov    $0x8,%eax
  800f53:	89 df                	mov    %ebx,%edi
  800f55:	89 de                	mov    %ebx,%esi
  800f57:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f59:	85 c0                	test   %eax,%eax
  800f5b:	7f 08                	jg     800f65 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800f5d:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f60:	5b                   	pop    %ebx
  800f61:	5e                   	pop    %esi
  800f62:	5f                   	pop    %edi
  800f63:	5d                   	pop    %ebp
  800f64:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f65:	83 ec 0c             	sub    $0xc,%esp
  800f68:	50                   	push   %eax
  800f69:	6a 08                	push   $0x8
  800f6b:	68 a4 17 80 00       	push   $0x8017a4
  800f70:	6a 1f                	push   $0x1f
  800f72:	68 c1 17 80 00       	push   $0x8017c1
  800f77:	e8 ae 03 00 00       	call   80132a <_panic>

00800f7c <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800f7c:	55                   	push   %ebp
  800f7d:	89 e5                	mov    %esp,%ebp
  800f7f:	57                   	push   %edi
  800f80:	56                   	push   %esi
  800f81:	53                   	push   %ebx
  800f82:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f85:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f8a:	8b 55 08             	mov    0x8(%ebp),%edx
  800f8d:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f90:	b8 09 00 00 00       	mov    $0x9,%eax
  800f95:	89 df                	mov    %ebx,%edi
  800f97:	89 de                	mov    %ebx,%esi
  800f99:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f9b:	85 c0                	test   %eax,%eax
  800f9d:	7f 08                	jg     800fa7 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800f9f:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fa2:	5b                   	pop    %ebx
  800fa3:	5e                   	pop    %esi
  800fa4:	5f                   	pop    %edi
  800fa5:	5d                   	pop    %ebp
  800fa6:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fa7:	83 ec 0c             	sub    $0xc,%esp
  800faa:	50                   	push   %eax
  800fab:	6a 09                	push   $0x9
  800fad:	68 a4 17 80 00       	push   $0x8017a4
  800fb2:	6a 1f                	push   $0x1f
  800fb4:	68 c1 17 80 00       	push   $0x8017c1
  800fb9:	e8 6c 03 00 00       	call   80132a <_panic>

00800fbe <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  800fbe:	55                   	push   %ebp
  800fbf:	89 e5                	mov    %esp,%ebp
  800fc1:	57                   	push   %edi
  800fc2:	56                   	push   %esi
  800fc3:	53                   	push   %ebx
	asm volatile("int %1\n"
  800fc4:	8b 55 08             	mov    0x8(%ebp),%edx
  800fc7:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fca:	b8 0b 00 00 00       	mov    $0xb,%eax
  800fcf:	be 00 00 00 00       	mov    $0x0,%esi
  800fd4:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fd7:	8b 7d 14             	mov    0x14(%ebp),%edi
  800fda:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  800fdc:	5b                   	pop    %ebx
  800fdd:	5e                   	pop    %esi
  800fde:	5f                   	pop    %edi
  800fdf:	5d                   	pop    %ebp
  800fe0:	c3                   	ret

00800fe1 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  800fe1:	55                   	push   %ebp
  800fe2:	89 e5                	mov    %esp,%ebp
  800fe4:	57                   	push   %edi
  800fe5:	56                   	push   %esi
  800fe6:	53                   	push   %ebx
  800fe7:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fea:	b9 00 00 00 00       	mov    $0x0,%ecx
  800fef:	8b 55 08             	mov    0x8(%ebp),%edx
  800ff2:	b8 0c 00 00 00       	mov    $0xc,%eax
  800ff7:	89 cb                	mov    %ecx,%ebx
  800ff9:	89 cf                	mov    %ecx,%edi
  800ffb:	89 ce                	mov    %ecx,%esi
  800ffd:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fff:	85 c0                	test   %eax,%eax
  801001:	7f 08                	jg     80100b <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  801003:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801006:	5b                   	pop    %ebx
  801007:	5e                   	pop    %esi
  801008:	5f                   	pop    %edi
  801009:	5d                   	pop    %ebp
  80100a:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80100b:	83 ec 0c             	sub    $0xc,%esp
  80100e:	50                   	push   %eax
  80100f:	6a 0c                	push   $0xc
  801011:	68 a4 17 80 00       	push   $0x8017a4
  801016:	6a 1f                	push   $0x1f
  801018:	68 c1 17 80 00       	push   $0x8017c1
  80101d:	e8 08 03 00 00       	call   80132a <_panic>

00801022 <page_mapped>:
// directory entry first: uvpt[pn] itself faults when its page table is
// absent.
static bool
page_mapped(uintptr_t pn)
{
	return (uvpd[pn >> (PDXSHIFT - PTXSHIFT)] & PTE_P)
  801022:	89 c2                	mov    %eax,%edx
  801024:	c1 ea 0a             	shr    $0xa,%edx
  801027:	8b 14 95 00 d0 7b ef 	mov    -0x10843000(,%edx,4),%edx
		&& (uvpt[pn] & PTE_P);
  80102e:	f6 c2 01             	test   $0x1,%dl
  801031:	74 0e                	je     801041 <page_mapped+0x1f>
  801033:	8b 04 85 00 00 40 ef 	mov    -0x10c00000(,%eax,4),%eax
  80103a:	83 e0 01             	and    $0x1,%eax
  80103d:	83 e0 01             	and    $0x1,%eax
}
  801040:	c3                   	ret
		&& (uvpt[pn] & PTE_P);
  801041:	b8 00 00 00 00       	mov    $0x0,%eax
  801046:	eb f5                	jmp    80103d <page_mapped+0x1b>

00801048 <duppage>:
// Map our page number pn into envid at the same address.  A writable or
// copy-on-write page becomes copy-on-write in both environments; any other
// page is shared with its current permissions.
static int
duppage(envid_t envid, uintptr_t pn)
{
  801048:	55                   	push   %ebp
  801049:	89 e5                	mov    %esp,%ebp
  80104b:	56                   	push   %esi
  80104c:	53                   	push   %ebx
  80104d:	8b 45 08             	mov    0x8(%ebp),%eax
  801050:	8b 55 0c             	mov    0xc(%ebp),%edx
	void *va = (void *) (pn * PGSIZE);
  801053:	89 d6                	mov    %edx,%esi
  801055:	c1 e6 0c             	shl    $0xc,%esi
	int perm = uvpt[pn] & PTE_SYSCALL;
  801058:	8b 1c 95 00 00 40 ef 	mov    -0x10c00000(,%edx,4),%ebx
	int r;

	if (!(perm & (PTE_W | PTE_COW)))
  80105f:	f7 c3 02 08 00 00    	test   $0x802,%ebx
  801065:	74 37                	je     80109e <duppage+0x56>
		return sys_page_map(0, va, envid, va, perm);

	perm = (perm & ~PTE_W) | PTE_COW;
  801067:	81 e3 05 06 00 00    	and    $0x605,%ebx
  80106d:	80 cf 08             	or     $0x8,%bh
	// and here we may have written the page (our stack, for one) and
	// taken a private writable copy, and the child now shares that
	// copy; leaving it writable would let our later writes show
	// through in the child.  Doing it the other way round, a fault in
	// between would give the child our new writable page.
	if ((r = sys_page_map(0, va, envid, va, perm)) < 0)
  801070:	83 ec 0c             	sub    $0xc,%esp
  801073:	53                   	push   %ebx
  801074:	56                   	push   %esi
  801075:	50                   	push   %eax
  801076:	56                   	push   %esi
  801077:	6a 00                	push   $0x0
  801079:	e8 38 fe ff ff       	call   800eb6 <sys_page_map>
  80107e:	83 c4 20             	add    $0x20,%esp
  801081:	85 c0                	test   %eax,%eax
  801083:	78 12                	js     801097 <duppage+0x4f>
		return r;
	return sys_page_map(0, va, 0, va, perm);
  801085:	83 ec 0c             	sub    $0xc,%esp
  801088:	53                   	push   %ebx
  801089:	56                   	push   %esi
  80108a:	6a 00                	push   $0x0
  80108c:	56                   	push   %esi
  80108d:	6a 00                	push   $0x0
  80108f:	e8 22 fe ff ff       	call   800eb6 <sys_page_map>
  801094:	83 c4 20             	add    $0x20,%esp
}
  801097:	8d 65 f8             	lea    -0x8(%ebp),%esp
  80109a:	5b                   	pop    %ebx
  80109b:	5e                   	pop    %esi
  80109c:	5d                   	pop    %ebp
  80109d:	c3                   	ret
		return sys_page_map(0, va, envid, va, perm);
  80109e:	83 ec 0c             	sub    $0xc,%esp
	int perm = uvpt[pn] & PTE_SYSCALL;
  8010a1:	81 e3 07 0e 00 00    	and    $0xe07,%ebx
		return sys_page_map(0, va, envid, va, perm);
  8010a7:	53                   	push   %ebx
  8010a8:	56                   	push   %esi
  8010a9:	50                   	push   %eax
  8010aa:	56                   	push   %esi
  8010ab:	6a 00                	push   $0x0
  8010ad:	e8 04 fe ff ff       	call   800eb6 <sys_page_map>
  8010b2:	83 c4 20             	add    $0x20,%esp
  8010b5:	eb e0                	jmp    801097 <duppage+0x4f>

008010b7 <sharepage>:

// How sfork gives a page to the child: the stack and the private data
// page copy-on-write as in fork, every other page shared outright.
static int
sharepage(envid_t envid, uintptr_t pn)
{
  8010b7:	55                   	push   %ebp
  8010b8:	89 e5                	mov    %esp,%ebp
  8010ba:	83 ec 18             	sub    $0x18,%esp
  8010bd:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	uintptr_t va = pn * PGSIZE;
  8010c0:	89 c8                	mov    %ecx,%eax
  8010c2:	c1 e0 0c             	shl    $0xc,%eax
  8010c5:	89 45 f4             	mov    %eax,-0xc(%ebp)
	uintptr_t stack_bottom = ROUNDDOWN((uintptr_t) &va, PGSIZE);
  8010c8:	8d 55 f4             	lea    -0xc(%ebp),%edx
  8010cb:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
	int perm;

	if ((va >= stack_bottom && va < USTACKTOP)
  8010d1:	39 d0                	cmp    %edx,%eax
  8010d3:	72 07                	jb     8010dc <sharepage+0x25>
  8010d5:	3d ff df bf ee       	cmp    $0xeebfdfff,%eax
  8010da:	76 41                	jbe    80111d <sharepage+0x66>
	    || (va >= (uintptr_t) __private_start
  8010dc:	3d 00 30 80 00       	cmp    $0x803000,%eax
  8010e1:	72 07                	jb     8010ea <sharepage+0x33>
		&& va < (uintptr_t) __private_end))
  8010e3:	3d 00 40 80 00       	cmp    $0x804000,%eax
  8010e8:	72 33                	jb     80111d <sharepage+0x66>
		return duppage(envid, pn);

	// A page still copy-on-write from an earlier fork would split on
	// the first write; touch it so we own a writable copy to share.
	if (uvpt[pn] & PTE_COW) {
  8010ea:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
  8010f1:	f6 c6 08             	test   $0x8,%dh
  8010f4:	74 05                	je     8010fb <sharepage+0x44>
		volatile char *p = (volatile char *) va;
		*p = *p;
  8010f6:	0f b6 10             	movzbl (%eax),%edx
  8010f9:	88 10                	mov    %dl,(%eax)
	}
	perm = uvpt[pn] & PTE_SYSCALL;
  8010fb:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  801102:	83 ec 0c             	sub    $0xc,%esp
	perm = uvpt[pn] & PTE_SYSCALL;
  801105:	81 e2 07 0e 00 00    	and    $0xe07,%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  80110b:	52                   	push   %edx
  80110c:	50                   	push   %eax
  80110d:	ff 75 08             	push   0x8(%ebp)
  801110:	50                   	push   %eax
  801111:	6a 00                	push   $0x0
  801113:	e8 9e fd ff ff       	call   800eb6 <sys_page_map>
  801118:	83 c4 20             	add    $0x20,%esp
}
  80111b:	c9                   	leave
  80111c:	c3                   	ret
		return duppage(envid, pn);
  80111d:	83 ec 08             	sub    $0x8,%esp
  801120:	51                   	push   %ecx
  801121:	ff 75 08             	push   0x8(%ebp)
  801124:	e8 1f ff ff ff       	call   801048 <duppage>
  801129:	83 c4 10             	add    $0x10,%esp
  80112c:	eb ed                	jmp    80111b <sharepage+0x64>

0080112e <pgfault>:
{
  80112e:	55                   	push   %ebp
  80112f:	89 e5                	mov    %esp,%ebp
  801131:	57                   	push   %edi
  801132:	56                   	push   %esi
  801133:	53                   	push   %ebx
  801134:	83 ec 1c             	sub    $0x1c,%esp
	void *addr = (void *) utf->utf_fault_va;
  801137:	8b 45 08             	mov    0x8(%ebp),%eax
  80113a:	8b 18                	mov    (%eax),%ebx
	uint32_t err = utf->utf_err;
  80113c:	8b 40 04             	mov    0x4(%eax),%eax
  80113f:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	void *page = ROUNDDOWN(addr, PGSIZE);
  801142:	89 df                	mov    %ebx,%edi
  801144:	81 e7 00 f0 ff ff    	and    $0xfffff000,%edi
	if (!(err & FEC_WR) || !page_mapped(PGNUM(addr))
  80114a:	a8 02                	test   $0x2,%al
  80114c:	0f 84 82 00 00 00    	je     8011d4 <pgfault+0xa6>
  801152:	89 de                	mov    %ebx,%esi
  801154:	c1 ee 0c             	shr    $0xc,%esi
  801157:	89 f0                	mov    %esi,%eax
  801159:	e8 c4 fe ff ff       	call   801022 <page_mapped>
  80115e:	84 c0                	test   %al,%al
  801160:	74 72                	je     8011d4 <pgfault+0xa6>
	    || !(uvpt[PGNUM(addr)] & PTE_COW))
  801162:	8b 04 b5 00 00 40 ef 	mov    -0x10c00000(,%esi,4),%eax
  801169:	f6 c4 08             	test   $0x8,%ah
  80116c:	74 66                	je     8011d4 <pgfault+0xa6>
	if ((r = sys_page_alloc(0, PFTEMP, PTE_P | PTE_U | PTE_W)) < 0)
  80116e:	83 ec 04             	sub    $0x4,%esp
  801171:	6a 07                	push   $0x7
  801173:	68 00 f0 7f 00       	push   $0x7ff000
  801178:	6a 00                	push   $0x0
  80117a:	e8 f4 fc ff ff       	call   800e73 <sys_page_alloc>
  80117f:	83 c4 10             	add    $0x10,%esp
  801182:	85 c0                	test   %eax,%eax
  801184:	78 6c                	js     8011f2 <pgfault+0xc4>
	memmove(PFTEMP, page, PGSIZE);
  801186:	83 ec 04             	sub    $0x4,%esp
  801189:	68 00 10 00 00       	push   $0x1000
  80118e:	57                   	push   %edi
  80118f:	68 00 f0 7f 00       	push   $0x7ff000
  801194:	e8 1c f8 ff ff       	call   8009b5 <memmove>
	if ((r = sys_page_map(0, PFTEMP, 0, page, PTE_P | PTE_U | PTE_W)) < 0)
  801199:	c7 04 24 07 00 00 00 	movl   $0x7,(%esp)
  8011a0:	57                   	push   %edi
  8011a1:	6a 00                	push   $0x0
  8011a3:	68 00 f0 7f 00       	push   $0x7ff000
  8011a8:	6a 00                	push   $0x0
  8011aa:	e8 07 fd ff ff       	call   800eb6 <sys_page_map>
  8011af:	83 c4 20             	add    $0x20,%esp
  8011b2:	85 c0                	test   %eax,%eax
  8011b4:	78 4e                	js     801204 <pgfault+0xd6>
	if ((r = sys_page_unmap(0, PFTEMP)) < 0)
  8011b6:	83 ec 08             	sub    $0x8,%esp
  8011b9:	68 00 f0 7f 00       	push   $0x7ff000
  8011be:	6a 00                	push   $0x0
  8011c0:	e8 33 fd ff ff       	call   800ef8 <sys_page_unmap>
  8011c5:	83 c4 10             	add    $0x10,%esp
  8011c8:	85 c0                	test   %eax,%eax
  8011ca:	78 4a                	js     801216 <pgfault+0xe8>
}
  8011cc:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8011cf:	5b                   	pop    %ebx
  8011d0:	5e                   	pop    %esi
  8011d1:	5f                   	pop    %edi
  8011d2:	5d                   	pop    %ebp
  8011d3:	c3                   	ret
		panic("page fault at va %08x, eip %08x, err %x: "
  8011d4:	83 ec 08             	sub    $0x8,%esp
  8011d7:	ff 75 e4             	push   -0x1c(%ebp)
  8011da:	8b 45 08             	mov    0x8(%ebp),%eax
  8011dd:	ff 70 28             	push   0x28(%eax)
  8011e0:	53                   	push   %ebx
  8011e1:	68 d0 17 80 00       	push   $0x8017d0
  8011e6:	6a 2d                	push   $0x2d
  8011e8:	68 1d 18 80 00       	push   $0x80181d
  8011ed:	e8 38 01 00 00       	call   80132a <_panic>
		panic("pgfault: sys_page_alloc: %e", r);
  8011f2:	50                   	push   %eax
  8011f3:	68 28 18 80 00       	push   $0x801828
  8011f8:	6a 35                	push   $0x35
  8011fa:	68 1d 18 80 00       	push   $0x80181d
  8011ff:	e8 26 01 00 00       	call   80132a <_panic>
		panic("pgfault: sys_page_map: %e", r);
  801204:	50                   	push   %eax
  801205:	68 44 18 80 00       	push   $0x801844
  80120a:	6a 38                	push   $0x38
  80120c:	68 1d 18 80 00       	push   $0x80181d
  801211:	e8 14 01 00 00       	call   80132a <_panic>
		panic("pgfault: sys_page_unmap: %e", r);
  801216:	50                   	push   %eax
  801217:	68 5e 18 80 00       	push   $0x80185e
  80121c:	6a 3a                	push   $0x3a
  80121e:	68 1d 18 80 00       	push   $0x80181d
  801223:	e8 02 01 00 00       	call   80132a <_panic>

00801228 <fork_with>:
{
  801228:	55                   	push   %ebp
  801229:	89 e5                	mov    %esp,%ebp
  80122b:	57                   	push   %edi
  80122c:	56                   	push   %esi
  80122d:	53                   	push   %ebx
  80122e:	83 ec 28             	sub    $0x28,%esp
  801231:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	set_pgfault_handler(pgfault);
  801234:	68 2e 11 80 00       	push   $0x80112e
  801239:	e8 d4 01 00 00       	call   801412 <set_pgfault_handler>
// real call, the return address the child pops could already be stale.
static inline envid_t __attribute__((always_inline))
sys_exofork(void)
{
	envid_t ret;
	asm volatile("int %2"
  80123e:	b8 07 00 00 00       	mov    $0x7,%eax
  801243:	cd 30                	int    $0x30
  801245:	89 45 e0             	mov    %eax,-0x20(%ebp)
  801248:	89 c7                	mov    %eax,%edi
	if (envid < 0)
  80124a:	83 c4 10             	add    $0x10,%esp
  80124d:	85 c0                	test   %eax,%eax
  80124f:	0f 88 a7 00 00 00    	js     8012fc <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  801255:	bb 00 00 00 00       	mov    $0x0,%ebx
	if (envid == 0) {
  80125a:	75 27                	jne    801283 <fork_with+0x5b>
		thisenv = &envs[ENVX(sys_getenvid())];
  80125c:	e8 d4 fb ff ff       	call   800e35 <sys_getenvid>
  801261:	25 ff 03 00 00       	and    $0x3ff,%eax
  801266:	6b c0 7c             	imul   $0x7c,%eax,%eax
  801269:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80126e:	a3 00 30 80 00       	mov    %eax,0x803000
		return 0;
  801273:	e9 84 00 00 00       	jmp    8012fc <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  801278:	83 c3 01             	add    $0x1,%ebx
		if (pn == PGNUM(UXSTACKTOP - PGSIZE) || !page_mapped(pn))
  80127b:	81 fb ff eb 0e 00    	cmp    $0xeebff,%ebx
  801281:	74 30                	je     8012b3 <fork_with+0x8b>
  801283:	89 d8                	mov    %ebx,%eax
  801285:	e8 98 fd ff ff       	call   801022 <page_mapped>
  80128a:	84 c0                	test   %al,%al
  80128c:	74 ea                	je     801278 <fork_with+0x50>
		if ((r = dup(envid, pn)) < 0)
  80128e:	83 ec 08             	sub    $0x8,%esp
  801291:	53                   	push   %ebx
  801292:	57                   	push   %edi
  801293:	8b 45 e4             	mov    -0x1c(%ebp),%eax
  801296:	ff d0                	call   *%eax
  801298:	89 c6                	mov    %eax,%esi
  80129a:	83 c4 10             	add    $0x10,%esp
  80129d:	85 c0                	test   %eax,%eax
  80129f:	79 d7                	jns    801278 <fork_with+0x50>
		sys_env_destroy(envid);
  8012a1:	83 ec 0c             	sub    $0xc,%esp
  8012a4:	ff 75 e0             	push   -0x20(%ebp)
  8012a7:	e8 48 fb ff ff       	call   800df4 <sys_env_destroy>
		return r;
  8012ac:	83 c4 10             	add    $0x10,%esp
  8012af:	89 f7                	mov    %esi,%edi
  8012b1:	eb 49                	jmp    8012fc <fork_with+0xd4>
	if ((r = sys_page_alloc(envid, (void *) (UXSTACKTOP - PGSIZE),
  8012b3:	83 ec 04             	sub    $0x4,%esp
  8012b6:	6a 07                	push   $0x7
  8012b8:	68 00 f0 bf ee       	push   $0xeebff000
  8012bd:	ff 75 e0             	push   -0x20(%ebp)
  8012c0:	e8 ae fb ff ff       	call   800e73 <sys_page_alloc>
  8012c5:	89 c6                	mov    %eax,%esi
  8012c7:	83 c4 10             	add    $0x10,%esp
  8012ca:	85 c0                	test   %eax,%eax
  8012cc:	78 d3                	js     8012a1 <fork_with+0x79>
	if ((r = sys_env_set_pgfault_upcall(envid, _pgfault_upcall)) < 0)
  8012ce:	83 ec 08             	sub    $0x8,%esp
  8012d1:	68 7d 14 80 00       	push   $0x80147d
  8012d6:	8b 5d e0             	mov    -0x20(%ebp),%ebx
  8012d9:	53                   	push   %ebx
  8012da:	e8 9d fc ff ff       	call   800f7c <sys_env_set_pgfault_upcall>
  8012df:	89 c6                	mov    %eax,%esi
  8012e1:	83 c4 10             	add    $0x10,%esp
  8012e4:	85 c0                	test   %eax,%eax
  8012e6:	78 b9                	js     8012a1 <fork_with+0x79>
	return sys_env_set_status(envid, ENV_RUNNABLE);
  8012e8:	83 ec 08             	sub    $0x8,%esp
  8012eb:	6a 02                	push   $0x2
  8012ed:	53                   	push   %ebx
  8012ee:	e8 47 fc ff ff       	call   800f3a <sys_env_set_status>
  8012f3:	89 c6                	mov    %eax,%esi
	    || (r = start_child(envid)) < 0) {
  8012f5:	83 c4 10             	add    $0x10,%esp
  8012f8:	85 c0                	test   %eax,%eax
  8012fa:	78 a5                	js     8012a1 <fork_with+0x79>
}
  8012fc:	89 f8                	mov    %edi,%eax
  8012fe:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801301:	5b                   	pop    %ebx
  801302:	5e                   	pop    %esi
  801303:	5f                   	pop    %edi
  801304:	5d                   	pop    %ebp
  801305:	c3                   	ret

00801306 <fork>:
{
  801306:	55                   	push   %ebp
  801307:	89 e5                	mov    %esp,%ebp
  801309:	83 ec 08             	sub    $0x8,%esp
	return fork_with(duppage);
  80130c:	b8 48 10 80 00       	mov    $0x801048,%eax
  801311:	e8 12 ff ff ff       	call   801228 <fork_with>
}
  801316:	c9                   	leave
  801317:	c3                   	ret

00801318 <sfork>:
// Shared-memory fork (the lab's challenge): parent and child share all of
// memory except the stack and the private data page.  thisenv lives on
// that private page, so it stays correct in both.
envid_t
sfork(void)
{
  801318:	55                   	push   %ebp
  801319:	89 e5                	mov    %esp,%ebp
  80131b:	83 ec 08             	sub    $0x8,%esp
	return fork_with(sharepage);
  80131e:	b8 b7 10 80 00       	mov    $0x8010b7,%eax
  801323:	e8 00 ff ff ff       	call   801228 <fork_with>
}
  801328:	c9                   	leave
  801329:	c3                   	ret

0080132a <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  80132a:	55                   	push   %ebp
  80132b:	89 e5                	mov    %esp,%ebp
  80132d:	56                   	push   %esi
  80132e:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  80132f:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  801332:	8b 35 00 20 80 00    	mov    0x802000,%esi
  801338:	e8 f8 fa ff ff       	call   800e35 <sys_getenvid>
  80133d:	83 ec 0c             	sub    $0xc,%esp
  801340:	ff 75 0c             	push   0xc(%ebp)
  801343:	ff 75 08             	push   0x8(%ebp)
  801346:	56                   	push   %esi
  801347:	50                   	push   %eax
  801348:	68 7c 18 80 00       	push   $0x80187c
  80134d:	e8 48 f4 ff ff       	call   80079a <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  801352:	83 c4 18             	add    $0x18,%esp
  801355:	53                   	push   %ebx
  801356:	ff 75 10             	push   0x10(%ebp)
  801359:	e8 56 00 00 00       	call   8013b4 <vcprintf>
	cprintf("\n");
  80135e:	c7 04 24 54 15 80 00 	movl   $0x801554,(%esp)
  801365:	e8 30 f4 ff ff       	call   80079a <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  80136a:	cc                   	int3
  80136b:	83 c4 10             	add    $0x10,%esp
	for (;;)
  80136e:	eb fe                	jmp    80136e <_panic+0x44>

00801370 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  801370:	55                   	push   %ebp
  801371:	89 e5                	mov    %esp,%ebp
  801373:	53                   	push   %ebx
  801374:	83 ec 04             	sub    $0x4,%esp
  801377:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  80137a:	8b 13                	mov    (%ebx),%edx
  80137c:	8d 42 01             	lea    0x1(%edx),%eax
  80137f:	89 03                	mov    %eax,(%ebx)
  801381:	8b 4d 08             	mov    0x8(%ebp),%ecx
  801384:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  801388:	3d 00 01 00 00       	cmp    $0x100,%eax
  80138d:	74 09                	je     801398 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  80138f:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  801393:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  801396:	c9                   	leave
  801397:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  801398:	83 ec 08             	sub    $0x8,%esp
  80139b:	68 00 01 00 00       	push   $0x100
  8013a0:	8d 43 08             	lea    0x8(%ebx),%eax
  8013a3:	50                   	push   %eax
  8013a4:	e8 0e fa ff ff       	call   800db7 <sys_cputs>
		b->idx = 0;
  8013a9:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8013af:	83 c4 10             	add    $0x10,%esp
  8013b2:	eb db                	jmp    80138f <putch+0x1f>

008013b4 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8013b4:	55                   	push   %ebp
  8013b5:	89 e5                	mov    %esp,%ebp
  8013b7:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8013bd:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8013c4:	00 00 00 
	b.cnt = 0;
  8013c7:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8013ce:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8013d1:	ff 75 0c             	push   0xc(%ebp)
  8013d4:	ff 75 08             	push   0x8(%ebp)
  8013d7:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8013dd:	50                   	push   %eax
  8013de:	68 70 13 80 00       	push   $0x801370
  8013e3:	e8 5f ed ff ff       	call   800147 <vprintfmt>
	if (b->idx > 0) {
  8013e8:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8013ee:	83 c4 10             	add    $0x10,%esp
  8013f1:	85 c0                	test   %eax,%eax
  8013f3:	7f 08                	jg     8013fd <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8013f5:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8013fb:	c9                   	leave
  8013fc:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8013fd:	83 ec 08             	sub    $0x8,%esp
  801400:	50                   	push   %eax
  801401:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  801407:	50                   	push   %eax
  801408:	e8 aa f9 ff ff       	call   800db7 <sys_cputs>
  80140d:	83 c4 10             	add    $0x10,%esp
  801410:	eb e3                	jmp    8013f5 <vcprintf+0x41>

00801412 <set_pgfault_handler>:
// Read by _pgfault_upcall; 0 until a handler is installed.
void (*_pgfault_handler)(struct UTrapframe *utf);

void
set_pgfault_handler(void (*handler)(struct UTrapframe *utf))
{
  801412:	55                   	push   %ebp
  801413:	89 e5                	mov    %esp,%ebp
  801415:	83 ec 08             	sub    $0x8,%esp
	int r;

	if (_pgfault_handler == 0) {
  801418:	83 3d 00 40 80 00 00 	cmpl   $0x0,0x804000
  80141f:	74 0a                	je     80142b <set_pgfault_handler+0x19>
			panic("set_pgfault_handler: upcall: %e", r);
	}

	// Swapping handlers later needs no kernel call: the upcall always
	// goes through this pointer.
	_pgfault_handler = handler;
  801421:	8b 45 08             	mov    0x8(%ebp),%eax
  801424:	a3 00 40 80 00       	mov    %eax,0x804000
}
  801429:	c9                   	leave
  80142a:	c3                   	ret
		if ((r = sys_page_alloc(0, (void *) (UXSTACKTOP - PGSIZE),
  80142b:	83 ec 04             	sub    $0x4,%esp
  80142e:	6a 07                	push   $0x7
  801430:	68 00 f0 bf ee       	push   $0xeebff000
  801435:	6a 00                	push   $0x0
  801437:	e8 37 fa ff ff       	call   800e73 <sys_page_alloc>
  80143c:	83 c4 10             	add    $0x10,%esp
  80143f:	85 c0                	test   %eax,%eax
  801441:	78 28                	js     80146b <set_pgfault_handler+0x59>
		if ((r = sys_env_set_pgfault_upcall(0, _pgfault_upcall)) < 0)
  801443:	83 ec 08             	sub    $0x8,%esp
  801446:	68 7d 14 80 00       	push   $0x80147d
  80144b:	6a 00                	push   $0x0
  80144d:	e8 2a fb ff ff       	call   800f7c <sys_env_set_pgfault_upcall>
  801452:	83 c4 10             	add    $0x10,%esp
  801455:	85 c0                	test   %eax,%eax
  801457:	79 c8                	jns    801421 <set_pgfault_handler+0xf>
			panic("set_pgfault_handler: upcall: %e", r);
  801459:	50                   	push   %eax
  80145a:	68 cc 18 80 00       	push   $0x8018cc
  80145f:	6a 1a                	push   $0x1a
  801461:	68 ec 18 80 00       	push   $0x8018ec
  801466:	e8 bf fe ff ff       	call   80132a <_panic>
			panic("set_pgfault_handler: exception stack: %e", r);
  80146b:	50                   	push   %eax
  80146c:	68 a0 18 80 00       	push   $0x8018a0
  801471:	6a 18                	push   $0x18
  801473:	68 ec 18 80 00       	push   $0x8018ec
  801478:	e8 ad fe ff ff       	call   80132a <_panic>

0080147d <_pgfault_upcall>:

.text
.globl _pgfault_upcall
_pgfault_upcall:
	// Call the C handler with a pointer to the UTrapframe.
	pushl %esp
  80147d:	54                   	push   %esp
	movl _pgfault_handler, %eax
  80147e:	a1 00 40 80 00       	mov    0x804000,%eax
	call *%eax
  801483:	ff d0                	call   *%eax
	addl $4, %esp
  801485:	83 c4 04             	add    $0x4,%esp

	// Push the trap-time eip onto the trap-time stack: store it one
	// word below utf_esp and make utf_esp point at it.
	movl 40(%esp), %eax
  801488:	8b 44 24 28          	mov    0x28(%esp),%eax
	movl 48(%esp), %edx
  80148c:	8b 54 24 30          	mov    0x30(%esp),%edx
	subl $4, %edx
  801490:	83 ea 04             	sub    $0x4,%edx
	movl %eax, (%edx)
  801493:	89 02                	mov    %eax,(%edx)
	movl %edx, 48(%esp)
  801495:	89 54 24 30          	mov    %edx,0x30(%esp)

	// Restore the general registers.
	addl $8, %esp		// skip utf_fault_va and utf_err
  801499:	83 c4 08             	add    $0x8,%esp
	popal
  80149c:	61                   	popa

	// Restore eflags.  Skip utf_eip first: from popfl on, no arithmetic
	// instruction may run, or it would change the restored flags.
	addl $4, %esp
  80149d:	83 c4 04             	add    $0x4,%esp
	popfl
  8014a0:	9d                   	popf

	// Switch back to the trap-time stack (now holding the eip) ...
	popl %esp
  8014a1:	5c                   	pop    %esp

	// ... and return to the faulting instruction.
	ret
  8014a2:	c3                   	ret
