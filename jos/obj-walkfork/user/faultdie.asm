
obj-walkfork/user/faultdie:     file format elf32-i386


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
  80002c:	e8 4f 00 00 00       	call   800080 <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <handler>:

#include <inc/lib.h>

void
handler(struct UTrapframe *utf)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	83 ec 0c             	sub    $0xc,%esp
  800039:	8b 55 08             	mov    0x8(%ebp),%edx
	void *addr = (void*)utf->utf_fault_va;
	uint32_t err = utf->utf_err;

	cprintf("i faulted at va %x, err %x\n", addr, err & 7);
  80003c:	8b 42 04             	mov    0x4(%edx),%eax
  80003f:	83 e0 07             	and    $0x7,%eax
  800042:	50                   	push   %eax
  800043:	ff 32                	push   (%edx)
  800045:	68 80 11 80 00       	push   $0x801180
  80004a:	e8 16 07 00 00       	call   800765 <cprintf>
	sys_env_destroy(sys_getenvid());
  80004f:	e8 ac 0d 00 00       	call   800e00 <sys_getenvid>
  800054:	89 04 24             	mov    %eax,(%esp)
  800057:	e8 63 0d 00 00       	call   800dbf <sys_env_destroy>
}
  80005c:	83 c4 10             	add    $0x10,%esp
  80005f:	c9                   	leave
  800060:	c3                   	ret

00800061 <umain>:

void
umain(int argc, char **argv)
{
  800061:	55                   	push   %ebp
  800062:	89 e5                	mov    %esp,%ebp
  800064:	83 ec 14             	sub    $0x14,%esp
	set_pgfault_handler(handler);
  800067:	68 33 00 80 00       	push   $0x800033
  80006c:	e8 7c 0f 00 00       	call   800fed <set_pgfault_handler>
	*(volatile int*)0xDeadBeef = 0;
  800071:	c7 05 ef be ad de 00 	movl   $0x0,0xdeadbeef
  800078:	00 00 00 
}
  80007b:	83 c4 10             	add    $0x10,%esp
  80007e:	c9                   	leave
  80007f:	c3                   	ret

00800080 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  800080:	55                   	push   %ebp
  800081:	89 e5                	mov    %esp,%ebp
  800083:	56                   	push   %esi
  800084:	53                   	push   %ebx
  800085:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800088:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  80008b:	e8 70 0d 00 00       	call   800e00 <sys_getenvid>
  800090:	25 ff 03 00 00       	and    $0x3ff,%eax
  800095:	6b c0 7c             	imul   $0x7c,%eax,%eax
  800098:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80009d:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  8000a2:	85 db                	test   %ebx,%ebx
  8000a4:	7e 07                	jle    8000ad <libmain+0x2d>
		binaryname = argv[0];
  8000a6:	8b 06                	mov    (%esi),%eax
  8000a8:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  8000ad:	83 ec 08             	sub    $0x8,%esp
  8000b0:	56                   	push   %esi
  8000b1:	53                   	push   %ebx
  8000b2:	e8 aa ff ff ff       	call   800061 <umain>

	exit();
  8000b7:	e8 0a 00 00 00       	call   8000c6 <exit>
}
  8000bc:	83 c4 10             	add    $0x10,%esp
  8000bf:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8000c2:	5b                   	pop    %ebx
  8000c3:	5e                   	pop    %esi
  8000c4:	5d                   	pop    %ebp
  8000c5:	c3                   	ret

008000c6 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  8000c6:	55                   	push   %ebp
  8000c7:	89 e5                	mov    %esp,%ebp
  8000c9:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  8000cc:	6a 00                	push   $0x0
  8000ce:	e8 ec 0c 00 00       	call   800dbf <sys_env_destroy>
}
  8000d3:	83 c4 10             	add    $0x10,%esp
  8000d6:	c9                   	leave
  8000d7:	c3                   	ret

008000d8 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8000d8:	55                   	push   %ebp
  8000d9:	89 e5                	mov    %esp,%ebp
  8000db:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8000de:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  8000e2:	8b 10                	mov    (%eax),%edx
  8000e4:	3b 50 04             	cmp    0x4(%eax),%edx
  8000e7:	73 0a                	jae    8000f3 <sprintputch+0x1b>
		*b->buf++ = ch;
  8000e9:	8d 4a 01             	lea    0x1(%edx),%ecx
  8000ec:	89 08                	mov    %ecx,(%eax)
  8000ee:	8b 45 08             	mov    0x8(%ebp),%eax
  8000f1:	88 02                	mov    %al,(%edx)
}
  8000f3:	5d                   	pop    %ebp
  8000f4:	c3                   	ret

008000f5 <printfmt>:
{
  8000f5:	55                   	push   %ebp
  8000f6:	89 e5                	mov    %esp,%ebp
  8000f8:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  8000fb:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  8000fe:	50                   	push   %eax
  8000ff:	ff 75 10             	push   0x10(%ebp)
  800102:	ff 75 0c             	push   0xc(%ebp)
  800105:	ff 75 08             	push   0x8(%ebp)
  800108:	e8 05 00 00 00       	call   800112 <vprintfmt>
}
  80010d:	83 c4 10             	add    $0x10,%esp
  800110:	c9                   	leave
  800111:	c3                   	ret

00800112 <vprintfmt>:
{
  800112:	55                   	push   %ebp
  800113:	89 e5                	mov    %esp,%ebp
  800115:	57                   	push   %edi
  800116:	56                   	push   %esi
  800117:	53                   	push   %ebx
  800118:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80011b:	8b 45 10             	mov    0x10(%ebp),%eax
  80011e:	8d 58 01             	lea    0x1(%eax),%ebx
  800121:	0f b6 00             	movzbl (%eax),%eax
  800124:	83 f8 25             	cmp    $0x25,%eax
  800127:	74 24                	je     80014d <vprintfmt+0x3b>
  800129:	8b 75 08             	mov    0x8(%ebp),%esi
  80012c:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  80012f:	85 c0                	test   %eax,%eax
  800131:	0f 84 d8 05 00 00    	je     80070f <vprintfmt+0x5fd>
			putch(ch, putdat);
  800137:	83 ec 08             	sub    $0x8,%esp
  80013a:	57                   	push   %edi
  80013b:	50                   	push   %eax
  80013c:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80013e:	83 c3 01             	add    $0x1,%ebx
  800141:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800145:	83 c4 10             	add    $0x10,%esp
  800148:	83 f8 25             	cmp    $0x25,%eax
  80014b:	75 e2                	jne    80012f <vprintfmt+0x1d>
		padc = ' ';
  80014d:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  800151:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800156:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  80015d:	b9 00 00 00 00       	mov    $0x0,%ecx
  800162:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800164:	8d 53 01             	lea    0x1(%ebx),%edx
  800167:	0f b6 0b             	movzbl (%ebx),%ecx
  80016a:	8d 41 dd             	lea    -0x23(%ecx),%eax
  80016d:	3c 55                	cmp    $0x55,%al
  80016f:	0f 87 21 05 00 00    	ja     800696 <vprintfmt+0x584>
  800175:	0f b6 c0             	movzbl %al,%eax
  800178:	ff 24 85 60 12 80 00 	jmp    *0x801260(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  80017f:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800182:	eb 97                	jmp    80011b <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  800184:	89 d3                	mov    %edx,%ebx
			padc = '-';
  800186:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  80018a:	eb d8                	jmp    800164 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80018c:	89 d3                	mov    %edx,%ebx
  80018e:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  800192:	eb d0                	jmp    800164 <vprintfmt+0x52>
  800194:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  800197:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  80019a:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  80019e:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8001a1:	83 f9 09             	cmp    $0x9,%ecx
  8001a4:	77 54                	ja     8001fa <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8001a6:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8001a9:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8001ac:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8001b0:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8001b3:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8001b6:	83 f9 09             	cmp    $0x9,%ecx
  8001b9:	76 eb                	jbe    8001a6 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8001bb:	89 d3                	mov    %edx,%ebx
  8001bd:	eb 0d                	jmp    8001cc <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8001bf:	8b 45 14             	mov    0x14(%ebp),%eax
  8001c2:	8b 38                	mov    (%eax),%edi
  8001c4:	8d 40 04             	lea    0x4(%eax),%eax
  8001c7:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8001ca:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8001cc:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8001d0:	79 92                	jns    800164 <vprintfmt+0x52>
				width = precision, precision = -1;
  8001d2:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8001d5:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8001da:	eb 88                	jmp    800164 <vprintfmt+0x52>
			if (width < 0)
  8001dc:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  8001df:	85 c9                	test   %ecx,%ecx
  8001e1:	b8 00 00 00 00       	mov    $0x0,%eax
  8001e6:	0f 49 c1             	cmovns %ecx,%eax
  8001e9:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8001ec:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8001ee:	e9 71 ff ff ff       	jmp    800164 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8001f3:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8001f5:	e9 6a ff ff ff       	jmp    800164 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8001fa:	89 d3                	mov    %edx,%ebx
  8001fc:	eb ce                	jmp    8001cc <vprintfmt+0xba>
			lflag++;
  8001fe:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800201:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800203:	e9 5c ff ff ff       	jmp    800164 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800208:	89 55 10             	mov    %edx,0x10(%ebp)
  80020b:	8b 45 14             	mov    0x14(%ebp),%eax
  80020e:	8d 58 04             	lea    0x4(%eax),%ebx
  800211:	83 ec 08             	sub    $0x8,%esp
  800214:	ff 75 0c             	push   0xc(%ebp)
  800217:	ff 30                	push   (%eax)
  800219:	ff 55 08             	call   *0x8(%ebp)
			break;
  80021c:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  80021f:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800222:	e9 f4 fe ff ff       	jmp    80011b <vprintfmt+0x9>
			err = va_arg(ap, int);
  800227:	89 55 10             	mov    %edx,0x10(%ebp)
  80022a:	8b 45 14             	mov    0x14(%ebp),%eax
  80022d:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800230:	8b 10                	mov    (%eax),%edx
  800232:	89 d0                	mov    %edx,%eax
  800234:	f7 d8                	neg    %eax
  800236:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800239:	83 f8 08             	cmp    $0x8,%eax
  80023c:	7f 27                	jg     800265 <vprintfmt+0x153>
  80023e:	8b 14 85 c0 13 80 00 	mov    0x8013c0(,%eax,4),%edx
  800245:	85 d2                	test   %edx,%edx
  800247:	74 1c                	je     800265 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800249:	52                   	push   %edx
  80024a:	68 b6 11 80 00       	push   $0x8011b6
  80024f:	ff 75 0c             	push   0xc(%ebp)
  800252:	ff 75 08             	push   0x8(%ebp)
  800255:	e8 9b fe ff ff       	call   8000f5 <printfmt>
  80025a:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80025d:	89 5d 14             	mov    %ebx,0x14(%ebp)
  800260:	e9 b6 fe ff ff       	jmp    80011b <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  800265:	50                   	push   %eax
  800266:	68 ad 11 80 00       	push   $0x8011ad
  80026b:	ff 75 0c             	push   0xc(%ebp)
  80026e:	ff 75 08             	push   0x8(%ebp)
  800271:	e8 7f fe ff ff       	call   8000f5 <printfmt>
  800276:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800279:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  80027c:	e9 9a fe ff ff       	jmp    80011b <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  800281:	89 55 10             	mov    %edx,0x10(%ebp)
  800284:	8b 45 14             	mov    0x14(%ebp),%eax
  800287:	83 c0 04             	add    $0x4,%eax
  80028a:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80028d:	8b 45 14             	mov    0x14(%ebp),%eax
  800290:	8b 30                	mov    (%eax),%esi
  800292:	85 f6                	test   %esi,%esi
  800294:	0f 84 53 04 00 00    	je     8006ed <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  80029a:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80029e:	7e 06                	jle    8002a6 <vprintfmt+0x194>
  8002a0:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8002a4:	75 1b                	jne    8002c1 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8002a6:	8d 5e 01             	lea    0x1(%esi),%ebx
  8002a9:	0f be 06             	movsbl (%esi),%eax
  8002ac:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8002af:	85 c0                	test   %eax,%eax
  8002b1:	0f 85 80 00 00 00    	jne    800337 <vprintfmt+0x225>
  8002b7:	e9 8c 00 00 00       	jmp    800348 <vprintfmt+0x236>
				p = "(null)";
  8002bc:	be a6 11 80 00       	mov    $0x8011a6,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8002c1:	83 ec 08             	sub    $0x8,%esp
  8002c4:	57                   	push   %edi
  8002c5:	56                   	push   %esi
  8002c6:	e8 ea 04 00 00       	call   8007b5 <strnlen>
  8002cb:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8002ce:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8002d1:	83 c4 10             	add    $0x10,%esp
  8002d4:	85 d2                	test   %edx,%edx
  8002d6:	0f 8e f5 03 00 00    	jle    8006d1 <vprintfmt+0x5bf>
					putch(padc, putdat);
  8002dc:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  8002e0:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8002e3:	89 d6                	mov    %edx,%esi
  8002e5:	89 7d b0             	mov    %edi,-0x50(%ebp)
  8002e8:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8002eb:	83 ec 08             	sub    $0x8,%esp
  8002ee:	57                   	push   %edi
  8002ef:	53                   	push   %ebx
  8002f0:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  8002f3:	83 c4 10             	add    $0x10,%esp
  8002f6:	83 ee 01             	sub    $0x1,%esi
  8002f9:	75 f0                	jne    8002eb <vprintfmt+0x1d9>
  8002fb:	89 75 ac             	mov    %esi,-0x54(%ebp)
  8002fe:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800301:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800304:	8d 5e 01             	lea    0x1(%esi),%ebx
  800307:	0f be 06             	movsbl (%esi),%eax
  80030a:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80030d:	85 c0                	test   %eax,%eax
  80030f:	75 26                	jne    800337 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800311:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800314:	89 45 14             	mov    %eax,0x14(%ebp)
  800317:	e9 ff fd ff ff       	jmp    80011b <vprintfmt+0x9>
				putch(ch, putdat);
  80031c:	83 ec 08             	sub    $0x8,%esp
  80031f:	ff 75 0c             	push   0xc(%ebp)
  800322:	50                   	push   %eax
  800323:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800326:	83 ee 01             	sub    $0x1,%esi
  800329:	83 c3 01             	add    $0x1,%ebx
  80032c:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800330:	83 c4 10             	add    $0x10,%esp
  800333:	85 c0                	test   %eax,%eax
  800335:	74 0e                	je     800345 <vprintfmt+0x233>
  800337:	85 ff                	test   %edi,%edi
  800339:	78 e1                	js     80031c <vprintfmt+0x20a>
  80033b:	83 ef 01             	sub    $0x1,%edi
  80033e:	79 dc                	jns    80031c <vprintfmt+0x20a>
  800340:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800343:	eb 03                	jmp    800348 <vprintfmt+0x236>
  800345:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800348:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80034c:	7e 24                	jle    800372 <vprintfmt+0x260>
  80034e:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  800351:	8b 75 08             	mov    0x8(%ebp),%esi
  800354:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800357:	83 ec 08             	sub    $0x8,%esp
  80035a:	57                   	push   %edi
  80035b:	6a 20                	push   $0x20
  80035d:	ff d6                	call   *%esi
			for (; width > 0; width--)
  80035f:	83 c4 10             	add    $0x10,%esp
  800362:	83 eb 01             	sub    $0x1,%ebx
  800365:	75 f0                	jne    800357 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800367:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80036a:	89 45 14             	mov    %eax,0x14(%ebp)
  80036d:	e9 a9 fd ff ff       	jmp    80011b <vprintfmt+0x9>
  800372:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800375:	89 45 14             	mov    %eax,0x14(%ebp)
  800378:	e9 9e fd ff ff       	jmp    80011b <vprintfmt+0x9>
	if (lflag >= 2)
  80037d:	89 55 10             	mov    %edx,0x10(%ebp)
  800380:	83 fe 01             	cmp    $0x1,%esi
  800383:	7f 1b                	jg     8003a0 <vprintfmt+0x28e>
	else if (lflag)
  800385:	85 f6                	test   %esi,%esi
  800387:	74 39                	je     8003c2 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  800389:	8b 45 14             	mov    0x14(%ebp),%eax
  80038c:	8b 00                	mov    (%eax),%eax
  80038e:	89 c6                	mov    %eax,%esi
  800390:	89 c7                	mov    %eax,%edi
  800392:	c1 ff 1f             	sar    $0x1f,%edi
  800395:	8b 45 14             	mov    0x14(%ebp),%eax
  800398:	8d 40 04             	lea    0x4(%eax),%eax
  80039b:	89 45 14             	mov    %eax,0x14(%ebp)
  80039e:	eb 0e                	jmp    8003ae <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8003a0:	8b 45 14             	mov    0x14(%ebp),%eax
  8003a3:	8b 30                	mov    (%eax),%esi
  8003a5:	8b 78 04             	mov    0x4(%eax),%edi
  8003a8:	8d 40 08             	lea    0x8(%eax),%eax
  8003ab:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8003ae:	85 ff                	test   %edi,%edi
  8003b0:	78 27                	js     8003d9 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8003b2:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8003b5:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8003b8:	b8 0a 00 00 00       	mov    $0xa,%eax
  8003bd:	e9 53 01 00 00       	jmp    800515 <vprintfmt+0x403>
		return va_arg(*ap, int);
  8003c2:	8b 45 14             	mov    0x14(%ebp),%eax
  8003c5:	8b 00                	mov    (%eax),%eax
  8003c7:	89 c6                	mov    %eax,%esi
  8003c9:	89 c7                	mov    %eax,%edi
  8003cb:	c1 ff 1f             	sar    $0x1f,%edi
  8003ce:	8b 45 14             	mov    0x14(%ebp),%eax
  8003d1:	8d 40 04             	lea    0x4(%eax),%eax
  8003d4:	89 45 14             	mov    %eax,0x14(%ebp)
  8003d7:	eb d5                	jmp    8003ae <vprintfmt+0x29c>
				putch('-', putdat);
  8003d9:	83 ec 08             	sub    $0x8,%esp
  8003dc:	ff 75 0c             	push   0xc(%ebp)
  8003df:	6a 2d                	push   $0x2d
  8003e1:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  8003e4:	f7 de                	neg    %esi
  8003e6:	83 d7 00             	adc    $0x0,%edi
  8003e9:	f7 df                	neg    %edi
  8003eb:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8003ee:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  8003f1:	83 c4 10             	add    $0x10,%esp
			base = 10;
  8003f4:	b8 0a 00 00 00       	mov    $0xa,%eax
  8003f9:	e9 17 01 00 00       	jmp    800515 <vprintfmt+0x403>
	if (lflag >= 2)
  8003fe:	89 55 10             	mov    %edx,0x10(%ebp)
  800401:	83 fe 01             	cmp    $0x1,%esi
  800404:	7f 27                	jg     80042d <vprintfmt+0x31b>
	else if (lflag)
  800406:	85 f6                	test   %esi,%esi
  800408:	74 44                	je     80044e <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  80040a:	8b 45 14             	mov    0x14(%ebp),%eax
  80040d:	8b 00                	mov    (%eax),%eax
  80040f:	ba 00 00 00 00       	mov    $0x0,%edx
  800414:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800417:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80041a:	8b 45 14             	mov    0x14(%ebp),%eax
  80041d:	8d 40 04             	lea    0x4(%eax),%eax
  800420:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800423:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800428:	e9 e8 00 00 00       	jmp    800515 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80042d:	8b 45 14             	mov    0x14(%ebp),%eax
  800430:	8b 50 04             	mov    0x4(%eax),%edx
  800433:	8b 00                	mov    (%eax),%eax
  800435:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800438:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80043b:	8b 45 14             	mov    0x14(%ebp),%eax
  80043e:	8d 40 08             	lea    0x8(%eax),%eax
  800441:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800444:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800449:	e9 c7 00 00 00       	jmp    800515 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80044e:	8b 45 14             	mov    0x14(%ebp),%eax
  800451:	8b 00                	mov    (%eax),%eax
  800453:	ba 00 00 00 00       	mov    $0x0,%edx
  800458:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80045b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80045e:	8b 45 14             	mov    0x14(%ebp),%eax
  800461:	8d 40 04             	lea    0x4(%eax),%eax
  800464:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800467:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  80046c:	e9 a4 00 00 00       	jmp    800515 <vprintfmt+0x403>
	if (lflag >= 2)
  800471:	89 55 10             	mov    %edx,0x10(%ebp)
  800474:	83 fe 01             	cmp    $0x1,%esi
  800477:	7f 24                	jg     80049d <vprintfmt+0x38b>
	else if (lflag)
  800479:	85 f6                	test   %esi,%esi
  80047b:	74 3e                	je     8004bb <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  80047d:	8b 45 14             	mov    0x14(%ebp),%eax
  800480:	8b 00                	mov    (%eax),%eax
  800482:	ba 00 00 00 00       	mov    $0x0,%edx
  800487:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80048a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80048d:	8b 45 14             	mov    0x14(%ebp),%eax
  800490:	8d 40 04             	lea    0x4(%eax),%eax
  800493:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800496:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  80049b:	eb 78                	jmp    800515 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80049d:	8b 45 14             	mov    0x14(%ebp),%eax
  8004a0:	8b 50 04             	mov    0x4(%eax),%edx
  8004a3:	8b 00                	mov    (%eax),%eax
  8004a5:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004a8:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004ab:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ae:	8d 40 08             	lea    0x8(%eax),%eax
  8004b1:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004b4:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8004b9:	eb 5a                	jmp    800515 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8004bb:	8b 45 14             	mov    0x14(%ebp),%eax
  8004be:	8b 00                	mov    (%eax),%eax
  8004c0:	ba 00 00 00 00       	mov    $0x0,%edx
  8004c5:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004c8:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004cb:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ce:	8d 40 04             	lea    0x4(%eax),%eax
  8004d1:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004d4:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8004d9:	eb 3a                	jmp    800515 <vprintfmt+0x403>
			putch('0', putdat);
  8004db:	89 55 10             	mov    %edx,0x10(%ebp)
  8004de:	83 ec 08             	sub    $0x8,%esp
  8004e1:	ff 75 0c             	push   0xc(%ebp)
  8004e4:	6a 30                	push   $0x30
  8004e6:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  8004e9:	83 c4 08             	add    $0x8,%esp
  8004ec:	ff 75 0c             	push   0xc(%ebp)
  8004ef:	6a 78                	push   $0x78
  8004f1:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  8004f4:	8b 45 14             	mov    0x14(%ebp),%eax
  8004f7:	8b 00                	mov    (%eax),%eax
  8004f9:	ba 00 00 00 00       	mov    $0x0,%edx
  8004fe:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800501:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800504:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800507:	8b 45 14             	mov    0x14(%ebp),%eax
  80050a:	8d 40 04             	lea    0x4(%eax),%eax
  80050d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800510:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800515:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800519:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  80051c:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800521:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800524:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  80052b:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80052e:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800531:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800534:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800537:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  80053b:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80053e:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800541:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800544:	ff 75 bc             	push   -0x44(%ebp)
  800547:	ff 75 b8             	push   -0x48(%ebp)
  80054a:	57                   	push   %edi
  80054b:	56                   	push   %esi
  80054c:	e8 2f 07 00 00       	call   800c80 <__umoddi3>
  800551:	83 c4 10             	add    $0x10,%esp
  800554:	0f b6 80 b9 11 80 00 	movzbl 0x8011b9(%eax),%eax
  80055b:	88 03                	mov    %al,(%ebx)
		num /= base;
  80055d:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800560:	89 fb                	mov    %edi,%ebx
  800562:	ff 75 bc             	push   -0x44(%ebp)
  800565:	ff 75 b8             	push   -0x48(%ebp)
  800568:	57                   	push   %edi
  800569:	56                   	push   %esi
  80056a:	e8 f6 06 00 00       	call   800c65 <__udivdi3>
  80056f:	83 c4 10             	add    $0x10,%esp
  800572:	89 c6                	mov    %eax,%esi
  800574:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  800576:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  800579:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  80057c:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  80057f:	73 b6                	jae    800537 <vprintfmt+0x425>
	pad = width - n;
  800581:	8b 7d a8             	mov    -0x58(%ebp),%edi
  800584:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  800587:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80058a:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  80058c:	83 ff 2d             	cmp    $0x2d,%edi
  80058f:	0f 84 de 00 00 00    	je     800673 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  800595:	85 f6                	test   %esi,%esi
  800597:	0f 8e 27 01 00 00    	jle    8006c4 <vprintfmt+0x5b2>
  80059d:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8005a0:	83 ec 08             	sub    $0x8,%esp
  8005a3:	53                   	push   %ebx
  8005a4:	57                   	push   %edi
  8005a5:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8005a8:	83 c4 10             	add    $0x10,%esp
  8005ab:	83 ee 01             	sub    $0x1,%esi
  8005ae:	75 f0                	jne    8005a0 <vprintfmt+0x48e>
  8005b0:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8005b3:	85 db                	test   %ebx,%ebx
  8005b5:	0f 8e 60 fb ff ff    	jle    80011b <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8005bb:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8005be:	8b 75 08             	mov    0x8(%ebp),%esi
  8005c1:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8005c4:	83 eb 01             	sub    $0x1,%ebx
  8005c7:	83 ec 08             	sub    $0x8,%esp
  8005ca:	57                   	push   %edi
  8005cb:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8005d0:	50                   	push   %eax
  8005d1:	ff d6                	call   *%esi
	while (n > 0)
  8005d3:	83 c4 10             	add    $0x10,%esp
  8005d6:	85 db                	test   %ebx,%ebx
  8005d8:	7f ea                	jg     8005c4 <vprintfmt+0x4b2>
  8005da:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8005dd:	85 f6                	test   %esi,%esi
  8005df:	0f 8e 36 fb ff ff    	jle    80011b <vprintfmt+0x9>
  8005e5:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8005e8:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  8005eb:	83 ec 08             	sub    $0x8,%esp
  8005ee:	57                   	push   %edi
  8005ef:	6a 20                	push   $0x20
  8005f1:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  8005f3:	83 c4 10             	add    $0x10,%esp
  8005f6:	83 ee 01             	sub    $0x1,%esi
  8005f9:	75 f0                	jne    8005eb <vprintfmt+0x4d9>
  8005fb:	e9 1b fb ff ff       	jmp    80011b <vprintfmt+0x9>
	if (lflag >= 2)
  800600:	89 55 10             	mov    %edx,0x10(%ebp)
  800603:	83 fe 01             	cmp    $0x1,%esi
  800606:	7f 27                	jg     80062f <vprintfmt+0x51d>
	else if (lflag)
  800608:	85 f6                	test   %esi,%esi
  80060a:	74 44                	je     800650 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  80060c:	8b 45 14             	mov    0x14(%ebp),%eax
  80060f:	8b 00                	mov    (%eax),%eax
  800611:	ba 00 00 00 00       	mov    $0x0,%edx
  800616:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800619:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80061c:	8b 45 14             	mov    0x14(%ebp),%eax
  80061f:	8d 40 04             	lea    0x4(%eax),%eax
  800622:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800625:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  80062a:	e9 e6 fe ff ff       	jmp    800515 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80062f:	8b 45 14             	mov    0x14(%ebp),%eax
  800632:	8b 50 04             	mov    0x4(%eax),%edx
  800635:	8b 00                	mov    (%eax),%eax
  800637:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80063a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80063d:	8b 45 14             	mov    0x14(%ebp),%eax
  800640:	8d 40 08             	lea    0x8(%eax),%eax
  800643:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800646:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  80064b:	e9 c5 fe ff ff       	jmp    800515 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800650:	8b 45 14             	mov    0x14(%ebp),%eax
  800653:	8b 00                	mov    (%eax),%eax
  800655:	ba 00 00 00 00       	mov    $0x0,%edx
  80065a:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80065d:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800660:	8b 45 14             	mov    0x14(%ebp),%eax
  800663:	8d 40 04             	lea    0x4(%eax),%eax
  800666:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800669:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  80066e:	e9 a2 fe ff ff       	jmp    800515 <vprintfmt+0x403>
	while (n > 0)
  800673:	85 db                	test   %ebx,%ebx
  800675:	0f 8f 40 ff ff ff    	jg     8005bb <vprintfmt+0x4a9>
  80067b:	e9 5d ff ff ff       	jmp    8005dd <vprintfmt+0x4cb>
			putch(ch, putdat);
  800680:	89 55 10             	mov    %edx,0x10(%ebp)
  800683:	83 ec 08             	sub    $0x8,%esp
  800686:	ff 75 0c             	push   0xc(%ebp)
  800689:	6a 25                	push   $0x25
  80068b:	ff 55 08             	call   *0x8(%ebp)
			break;
  80068e:	83 c4 10             	add    $0x10,%esp
  800691:	e9 85 fa ff ff       	jmp    80011b <vprintfmt+0x9>
			putch('%', putdat);
  800696:	83 ec 08             	sub    $0x8,%esp
  800699:	ff 75 0c             	push   0xc(%ebp)
  80069c:	6a 25                	push   $0x25
  80069e:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8006a1:	83 c4 10             	add    $0x10,%esp
  8006a4:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8006a8:	0f 84 d1 fa ff ff    	je     80017f <vprintfmt+0x6d>
  8006ae:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8006b1:	89 d8                	mov    %ebx,%eax
  8006b3:	83 e8 01             	sub    $0x1,%eax
  8006b6:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8006ba:	75 f7                	jne    8006b3 <vprintfmt+0x5a1>
  8006bc:	89 45 10             	mov    %eax,0x10(%ebp)
  8006bf:	e9 57 fa ff ff       	jmp    80011b <vprintfmt+0x9>
	while (n > 0)
  8006c4:	85 db                	test   %ebx,%ebx
  8006c6:	0f 8f ef fe ff ff    	jg     8005bb <vprintfmt+0x4a9>
  8006cc:	e9 4a fa ff ff       	jmp    80011b <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8006d1:	8d 5e 01             	lea    0x1(%esi),%ebx
  8006d4:	0f be 06             	movsbl (%esi),%eax
  8006d7:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006da:	85 c0                	test   %eax,%eax
  8006dc:	0f 85 55 fc ff ff    	jne    800337 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8006e2:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8006e5:	89 45 14             	mov    %eax,0x14(%ebp)
  8006e8:	e9 2e fa ff ff       	jmp    80011b <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  8006ed:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8006f1:	74 0a                	je     8006fd <vprintfmt+0x5eb>
  8006f3:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8006f7:	0f 8f bf fb ff ff    	jg     8002bc <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8006fd:	b8 28 00 00 00       	mov    $0x28,%eax
  800702:	bb a7 11 80 00       	mov    $0x8011a7,%ebx
  800707:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80070a:	e9 28 fc ff ff       	jmp    800337 <vprintfmt+0x225>
}
  80070f:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800712:	5b                   	pop    %ebx
  800713:	5e                   	pop    %esi
  800714:	5f                   	pop    %edi
  800715:	5d                   	pop    %ebp
  800716:	c3                   	ret

00800717 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800717:	55                   	push   %ebp
  800718:	89 e5                	mov    %esp,%ebp
  80071a:	83 ec 18             	sub    $0x18,%esp
  80071d:	8b 45 08             	mov    0x8(%ebp),%eax
  800720:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800723:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800726:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  80072a:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  80072d:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800734:	85 c0                	test   %eax,%eax
  800736:	74 26                	je     80075e <vsnprintf+0x47>
  800738:	85 d2                	test   %edx,%edx
  80073a:	7e 22                	jle    80075e <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  80073c:	ff 75 14             	push   0x14(%ebp)
  80073f:	ff 75 10             	push   0x10(%ebp)
  800742:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800745:	50                   	push   %eax
  800746:	68 d8 00 80 00       	push   $0x8000d8
  80074b:	e8 c2 f9 ff ff       	call   800112 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800750:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800753:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800756:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800759:	83 c4 10             	add    $0x10,%esp
}
  80075c:	c9                   	leave
  80075d:	c3                   	ret
		return -E_INVAL;
  80075e:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800763:	eb f7                	jmp    80075c <vsnprintf+0x45>

00800765 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800765:	55                   	push   %ebp
  800766:	89 e5                	mov    %esp,%ebp
  800768:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  80076b:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  80076e:	50                   	push   %eax
  80076f:	ff 75 08             	push   0x8(%ebp)
  800772:	e8 91 09 00 00       	call   801108 <vcprintf>
	va_end(ap);

	return cnt;
}
  800777:	c9                   	leave
  800778:	c3                   	ret

00800779 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800779:	55                   	push   %ebp
  80077a:	89 e5                	mov    %esp,%ebp
  80077c:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  80077f:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800782:	50                   	push   %eax
  800783:	ff 75 10             	push   0x10(%ebp)
  800786:	ff 75 0c             	push   0xc(%ebp)
  800789:	ff 75 08             	push   0x8(%ebp)
  80078c:	e8 86 ff ff ff       	call   800717 <vsnprintf>
	va_end(ap);

	return rc;
}
  800791:	c9                   	leave
  800792:	c3                   	ret

00800793 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800793:	55                   	push   %ebp
  800794:	89 e5                	mov    %esp,%ebp
  800796:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800799:	80 3a 00             	cmpb   $0x0,(%edx)
  80079c:	74 10                	je     8007ae <strlen+0x1b>
  80079e:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  8007a3:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  8007a6:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  8007aa:	75 f7                	jne    8007a3 <strlen+0x10>
	return n;
}
  8007ac:	5d                   	pop    %ebp
  8007ad:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  8007ae:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  8007b3:	eb f7                	jmp    8007ac <strlen+0x19>

008007b5 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  8007b5:	55                   	push   %ebp
  8007b6:	89 e5                	mov    %esp,%ebp
  8007b8:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8007bb:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007be:	85 d2                	test   %edx,%edx
  8007c0:	74 16                	je     8007d8 <strnlen+0x23>
  8007c2:	b8 00 00 00 00       	mov    $0x0,%eax
  8007c7:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  8007cb:	74 09                	je     8007d6 <strnlen+0x21>
		n++;
  8007cd:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007d0:	39 d0                	cmp    %edx,%eax
  8007d2:	75 f3                	jne    8007c7 <strnlen+0x12>
		n++;
  8007d4:	89 d0                	mov    %edx,%eax
	return n;
}
  8007d6:	5d                   	pop    %ebp
  8007d7:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007d8:	b8 00 00 00 00       	mov    $0x0,%eax
  8007dd:	eb f7                	jmp    8007d6 <strnlen+0x21>

008007df <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  8007df:	55                   	push   %ebp
  8007e0:	89 e5                	mov    %esp,%ebp
  8007e2:	53                   	push   %ebx
  8007e3:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8007e6:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  8007e9:	b8 00 00 00 00       	mov    $0x0,%eax
  8007ee:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  8007f2:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  8007f5:	83 c0 01             	add    $0x1,%eax
  8007f8:	84 d2                	test   %dl,%dl
  8007fa:	75 f2                	jne    8007ee <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  8007fc:	89 c8                	mov    %ecx,%eax
  8007fe:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800801:	c9                   	leave
  800802:	c3                   	ret

00800803 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800803:	55                   	push   %ebp
  800804:	89 e5                	mov    %esp,%ebp
  800806:	53                   	push   %ebx
  800807:	83 ec 10             	sub    $0x10,%esp
  80080a:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  80080d:	53                   	push   %ebx
  80080e:	e8 80 ff ff ff       	call   800793 <strlen>
  800813:	83 c4 08             	add    $0x8,%esp
  800816:	ff 75 0c             	push   0xc(%ebp)
  800819:	01 d8                	add    %ebx,%eax
  80081b:	50                   	push   %eax
  80081c:	e8 be ff ff ff       	call   8007df <strcpy>
	return dst;
}
  800821:	89 d8                	mov    %ebx,%eax
  800823:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800826:	c9                   	leave
  800827:	c3                   	ret

00800828 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800828:	55                   	push   %ebp
  800829:	89 e5                	mov    %esp,%ebp
  80082b:	56                   	push   %esi
  80082c:	53                   	push   %ebx
  80082d:	8b 75 08             	mov    0x8(%ebp),%esi
  800830:	8b 55 0c             	mov    0xc(%ebp),%edx
  800833:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800836:	85 db                	test   %ebx,%ebx
  800838:	74 17                	je     800851 <strncpy+0x29>
  80083a:	01 f3                	add    %esi,%ebx
  80083c:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  80083e:	83 c0 01             	add    $0x1,%eax
  800841:	0f b6 0a             	movzbl (%edx),%ecx
  800844:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800847:	80 f9 01             	cmp    $0x1,%cl
  80084a:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  80084d:	39 c3                	cmp    %eax,%ebx
  80084f:	75 ed                	jne    80083e <strncpy+0x16>
	}
	return ret;
}
  800851:	89 f0                	mov    %esi,%eax
  800853:	5b                   	pop    %ebx
  800854:	5e                   	pop    %esi
  800855:	5d                   	pop    %ebp
  800856:	c3                   	ret

00800857 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800857:	55                   	push   %ebp
  800858:	89 e5                	mov    %esp,%ebp
  80085a:	56                   	push   %esi
  80085b:	53                   	push   %ebx
  80085c:	8b 75 08             	mov    0x8(%ebp),%esi
  80085f:	8b 55 0c             	mov    0xc(%ebp),%edx
  800862:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800865:	89 f0                	mov    %esi,%eax
  800867:	85 db                	test   %ebx,%ebx
  800869:	74 1e                	je     800889 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  80086b:	83 eb 01             	sub    $0x1,%ebx
  80086e:	74 16                	je     800886 <strlcpy+0x2f>
  800870:	01 f3                	add    %esi,%ebx
  800872:	0f b6 0a             	movzbl (%edx),%ecx
  800875:	84 c9                	test   %cl,%cl
  800877:	74 0d                	je     800886 <strlcpy+0x2f>
			*dst++ = *src++;
  800879:	83 c2 01             	add    $0x1,%edx
  80087c:	83 c0 01             	add    $0x1,%eax
  80087f:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800882:	39 d8                	cmp    %ebx,%eax
  800884:	75 ec                	jne    800872 <strlcpy+0x1b>
		*dst = '\0';
  800886:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800889:	29 f0                	sub    %esi,%eax
}
  80088b:	5b                   	pop    %ebx
  80088c:	5e                   	pop    %esi
  80088d:	5d                   	pop    %ebp
  80088e:	c3                   	ret

0080088f <strcmp>:

int
strcmp(const char *p, const char *q)
{
  80088f:	55                   	push   %ebp
  800890:	89 e5                	mov    %esp,%ebp
  800892:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800895:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800898:	0f b6 01             	movzbl (%ecx),%eax
  80089b:	84 c0                	test   %al,%al
  80089d:	74 11                	je     8008b0 <strcmp+0x21>
  80089f:	38 02                	cmp    %al,(%edx)
  8008a1:	75 0d                	jne    8008b0 <strcmp+0x21>
		p++, q++;
  8008a3:	83 c1 01             	add    $0x1,%ecx
  8008a6:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  8008a9:	0f b6 01             	movzbl (%ecx),%eax
  8008ac:	84 c0                	test   %al,%al
  8008ae:	75 ef                	jne    80089f <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  8008b0:	0f b6 c0             	movzbl %al,%eax
  8008b3:	0f b6 12             	movzbl (%edx),%edx
  8008b6:	29 d0                	sub    %edx,%eax
}
  8008b8:	5d                   	pop    %ebp
  8008b9:	c3                   	ret

008008ba <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  8008ba:	55                   	push   %ebp
  8008bb:	89 e5                	mov    %esp,%ebp
  8008bd:	53                   	push   %ebx
  8008be:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008c1:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  8008c4:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  8008c7:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  8008cc:	85 d2                	test   %edx,%edx
  8008ce:	74 2e                	je     8008fe <strncmp+0x44>
  8008d0:	0f b6 01             	movzbl (%ecx),%eax
  8008d3:	84 c0                	test   %al,%al
  8008d5:	74 16                	je     8008ed <strncmp+0x33>
  8008d7:	3a 03                	cmp    (%ebx),%al
  8008d9:	75 12                	jne    8008ed <strncmp+0x33>
		n--, p++, q++;
  8008db:	83 c1 01             	add    $0x1,%ecx
  8008de:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  8008e1:	83 ea 01             	sub    $0x1,%edx
  8008e4:	75 ea                	jne    8008d0 <strncmp+0x16>
		return 0;
  8008e6:	b8 00 00 00 00       	mov    $0x0,%eax
  8008eb:	eb 11                	jmp    8008fe <strncmp+0x44>
  8008ed:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  8008f2:	85 d2                	test   %edx,%edx
  8008f4:	74 08                	je     8008fe <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  8008f6:	0f b6 01             	movzbl (%ecx),%eax
  8008f9:	0f b6 13             	movzbl (%ebx),%edx
  8008fc:	29 d0                	sub    %edx,%eax
}
  8008fe:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800901:	c9                   	leave
  800902:	c3                   	ret

00800903 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800903:	55                   	push   %ebp
  800904:	89 e5                	mov    %esp,%ebp
  800906:	8b 45 08             	mov    0x8(%ebp),%eax
  800909:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  80090d:	0f b6 10             	movzbl (%eax),%edx
  800910:	84 d2                	test   %dl,%dl
  800912:	74 15                	je     800929 <strchr+0x26>
		if (*s == c)
  800914:	38 d1                	cmp    %dl,%cl
  800916:	74 0f                	je     800927 <strchr+0x24>
	for (; *s; s++)
  800918:	83 c0 01             	add    $0x1,%eax
  80091b:	0f b6 10             	movzbl (%eax),%edx
  80091e:	84 d2                	test   %dl,%dl
  800920:	75 f2                	jne    800914 <strchr+0x11>
			return (char *) s;
	return 0;
  800922:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800927:	5d                   	pop    %ebp
  800928:	c3                   	ret
	return 0;
  800929:	b8 00 00 00 00       	mov    $0x0,%eax
  80092e:	eb f7                	jmp    800927 <strchr+0x24>

00800930 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800930:	55                   	push   %ebp
  800931:	89 e5                	mov    %esp,%ebp
  800933:	53                   	push   %ebx
  800934:	8b 45 08             	mov    0x8(%ebp),%eax
  800937:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  80093a:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  80093d:	38 d3                	cmp    %dl,%bl
  80093f:	74 14                	je     800955 <strfind+0x25>
  800941:	89 d1                	mov    %edx,%ecx
  800943:	84 db                	test   %bl,%bl
  800945:	74 0e                	je     800955 <strfind+0x25>
	for (; *s; s++)
  800947:	83 c0 01             	add    $0x1,%eax
  80094a:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  80094d:	38 ca                	cmp    %cl,%dl
  80094f:	74 04                	je     800955 <strfind+0x25>
  800951:	84 d2                	test   %dl,%dl
  800953:	75 f2                	jne    800947 <strfind+0x17>
			break;
	return (char *) s;
}
  800955:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800958:	c9                   	leave
  800959:	c3                   	ret

0080095a <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  80095a:	55                   	push   %ebp
  80095b:	89 e5                	mov    %esp,%ebp
  80095d:	53                   	push   %ebx
  80095e:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800961:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800964:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800967:	85 d2                	test   %edx,%edx
  800969:	74 0e                	je     800979 <memset+0x1f>
  80096b:	01 da                	add    %ebx,%edx
	char *p = v;
  80096d:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  80096f:	83 c0 01             	add    $0x1,%eax
  800972:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800975:	39 c2                	cmp    %eax,%edx
  800977:	75 f6                	jne    80096f <memset+0x15>
	return v;
}
  800979:	89 d8                	mov    %ebx,%eax
  80097b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80097e:	c9                   	leave
  80097f:	c3                   	ret

00800980 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800980:	55                   	push   %ebp
  800981:	89 e5                	mov    %esp,%ebp
  800983:	56                   	push   %esi
  800984:	53                   	push   %ebx
  800985:	8b 75 08             	mov    0x8(%ebp),%esi
  800988:	8b 45 0c             	mov    0xc(%ebp),%eax
  80098b:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  80098e:	39 f0                	cmp    %esi,%eax
  800990:	72 20                	jb     8009b2 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800992:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800995:	89 f2                	mov    %esi,%edx
  800997:	85 c9                	test   %ecx,%ecx
  800999:	74 11                	je     8009ac <memmove+0x2c>
			*d++ = *s++;
  80099b:	83 c0 01             	add    $0x1,%eax
  80099e:	83 c2 01             	add    $0x1,%edx
  8009a1:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  8009a5:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  8009a8:	39 d8                	cmp    %ebx,%eax
  8009aa:	75 ef                	jne    80099b <memmove+0x1b>
	return dst;
}
  8009ac:	89 f0                	mov    %esi,%eax
  8009ae:	5b                   	pop    %ebx
  8009af:	5e                   	pop    %esi
  8009b0:	5d                   	pop    %ebp
  8009b1:	c3                   	ret
	if (s < d && s + n > d) {
  8009b2:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  8009b5:	39 d6                	cmp    %edx,%esi
  8009b7:	73 d9                	jae    800992 <memmove+0x12>
		while (n-- > 0)
  8009b9:	8d 51 ff             	lea    -0x1(%ecx),%edx
  8009bc:	85 c9                	test   %ecx,%ecx
  8009be:	74 ec                	je     8009ac <memmove+0x2c>
			*--d = *--s;
  8009c0:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  8009c4:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  8009c7:	83 ea 01             	sub    $0x1,%edx
  8009ca:	83 fa ff             	cmp    $0xffffffff,%edx
  8009cd:	75 f1                	jne    8009c0 <memmove+0x40>
  8009cf:	eb db                	jmp    8009ac <memmove+0x2c>

008009d1 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  8009d1:	55                   	push   %ebp
  8009d2:	89 e5                	mov    %esp,%ebp
  8009d4:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  8009d7:	ff 75 10             	push   0x10(%ebp)
  8009da:	ff 75 0c             	push   0xc(%ebp)
  8009dd:	ff 75 08             	push   0x8(%ebp)
  8009e0:	e8 9b ff ff ff       	call   800980 <memmove>
}
  8009e5:	c9                   	leave
  8009e6:	c3                   	ret

008009e7 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  8009e7:	55                   	push   %ebp
  8009e8:	89 e5                	mov    %esp,%ebp
  8009ea:	56                   	push   %esi
  8009eb:	53                   	push   %ebx
  8009ec:	8b 45 08             	mov    0x8(%ebp),%eax
  8009ef:	8b 55 0c             	mov    0xc(%ebp),%edx
  8009f2:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  8009f5:	85 f6                	test   %esi,%esi
  8009f7:	74 29                	je     800a22 <memcmp+0x3b>
  8009f9:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  8009fb:	0f b6 08             	movzbl (%eax),%ecx
  8009fe:	0f b6 1a             	movzbl (%edx),%ebx
  800a01:	38 d9                	cmp    %bl,%cl
  800a03:	75 11                	jne    800a16 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800a05:	83 c0 01             	add    $0x1,%eax
  800a08:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800a0b:	39 c6                	cmp    %eax,%esi
  800a0d:	75 ec                	jne    8009fb <memcmp+0x14>
	}
	return 0;
  800a0f:	b8 00 00 00 00       	mov    $0x0,%eax
  800a14:	eb 08                	jmp    800a1e <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800a16:	0f b6 c1             	movzbl %cl,%eax
  800a19:	0f b6 db             	movzbl %bl,%ebx
  800a1c:	29 d8                	sub    %ebx,%eax
}
  800a1e:	5b                   	pop    %ebx
  800a1f:	5e                   	pop    %esi
  800a20:	5d                   	pop    %ebp
  800a21:	c3                   	ret
	return 0;
  800a22:	b8 00 00 00 00       	mov    $0x0,%eax
  800a27:	eb f5                	jmp    800a1e <memcmp+0x37>

00800a29 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800a29:	55                   	push   %ebp
  800a2a:	89 e5                	mov    %esp,%ebp
  800a2c:	8b 45 08             	mov    0x8(%ebp),%eax
  800a2f:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800a32:	89 c2                	mov    %eax,%edx
  800a34:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800a37:	39 d0                	cmp    %edx,%eax
  800a39:	73 0d                	jae    800a48 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800a3b:	38 08                	cmp    %cl,(%eax)
  800a3d:	74 0d                	je     800a4c <memfind+0x23>
	for (; s < ends; s++)
  800a3f:	83 c0 01             	add    $0x1,%eax
  800a42:	39 c2                	cmp    %eax,%edx
  800a44:	75 f5                	jne    800a3b <memfind+0x12>
  800a46:	eb 06                	jmp    800a4e <memfind+0x25>
  800a48:	89 c2                	mov    %eax,%edx
  800a4a:	eb 02                	jmp    800a4e <memfind+0x25>
  800a4c:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800a4e:	89 d0                	mov    %edx,%eax
  800a50:	5d                   	pop    %ebp
  800a51:	c3                   	ret

00800a52 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800a52:	55                   	push   %ebp
  800a53:	89 e5                	mov    %esp,%ebp
  800a55:	57                   	push   %edi
  800a56:	56                   	push   %esi
  800a57:	53                   	push   %ebx
  800a58:	8b 55 08             	mov    0x8(%ebp),%edx
  800a5b:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800a5e:	0f b6 02             	movzbl (%edx),%eax
  800a61:	3c 20                	cmp    $0x20,%al
  800a63:	74 04                	je     800a69 <strtol+0x17>
  800a65:	3c 09                	cmp    $0x9,%al
  800a67:	75 0e                	jne    800a77 <strtol+0x25>
		s++;
  800a69:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800a6c:	0f b6 02             	movzbl (%edx),%eax
  800a6f:	3c 20                	cmp    $0x20,%al
  800a71:	74 f6                	je     800a69 <strtol+0x17>
  800a73:	3c 09                	cmp    $0x9,%al
  800a75:	74 f2                	je     800a69 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800a77:	3c 2b                	cmp    $0x2b,%al
  800a79:	74 2a                	je     800aa5 <strtol+0x53>
	int neg = 0;
  800a7b:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800a80:	3c 2d                	cmp    $0x2d,%al
  800a82:	74 2b                	je     800aaf <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800a84:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800a8a:	75 0f                	jne    800a9b <strtol+0x49>
  800a8c:	80 3a 30             	cmpb   $0x30,(%edx)
  800a8f:	74 28                	je     800ab9 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800a91:	85 db                	test   %ebx,%ebx
  800a93:	b8 0a 00 00 00       	mov    $0xa,%eax
  800a98:	0f 44 d8             	cmove  %eax,%ebx
  800a9b:	b9 00 00 00 00       	mov    $0x0,%ecx
  800aa0:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800aa3:	eb 46                	jmp    800aeb <strtol+0x99>
		s++;
  800aa5:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800aa8:	bf 00 00 00 00       	mov    $0x0,%edi
  800aad:	eb d5                	jmp    800a84 <strtol+0x32>
		s++, neg = 1;
  800aaf:	83 c2 01             	add    $0x1,%edx
  800ab2:	bf 01 00 00 00       	mov    $0x1,%edi
  800ab7:	eb cb                	jmp    800a84 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800ab9:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800abd:	74 0e                	je     800acd <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800abf:	85 db                	test   %ebx,%ebx
  800ac1:	75 d8                	jne    800a9b <strtol+0x49>
		s++, base = 8;
  800ac3:	83 c2 01             	add    $0x1,%edx
  800ac6:	bb 08 00 00 00       	mov    $0x8,%ebx
  800acb:	eb ce                	jmp    800a9b <strtol+0x49>
		s += 2, base = 16;
  800acd:	83 c2 02             	add    $0x2,%edx
  800ad0:	bb 10 00 00 00       	mov    $0x10,%ebx
  800ad5:	eb c4                	jmp    800a9b <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800ad7:	0f be c0             	movsbl %al,%eax
  800ada:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800add:	3b 45 10             	cmp    0x10(%ebp),%eax
  800ae0:	7d 3a                	jge    800b1c <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800ae2:	83 c2 01             	add    $0x1,%edx
  800ae5:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800ae9:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800aeb:	0f b6 02             	movzbl (%edx),%eax
  800aee:	8d 70 d0             	lea    -0x30(%eax),%esi
  800af1:	89 f3                	mov    %esi,%ebx
  800af3:	80 fb 09             	cmp    $0x9,%bl
  800af6:	76 df                	jbe    800ad7 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800af8:	8d 70 9f             	lea    -0x61(%eax),%esi
  800afb:	89 f3                	mov    %esi,%ebx
  800afd:	80 fb 19             	cmp    $0x19,%bl
  800b00:	77 08                	ja     800b0a <strtol+0xb8>
			dig = *s - 'a' + 10;
  800b02:	0f be c0             	movsbl %al,%eax
  800b05:	83 e8 57             	sub    $0x57,%eax
  800b08:	eb d3                	jmp    800add <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800b0a:	8d 70 bf             	lea    -0x41(%eax),%esi
  800b0d:	89 f3                	mov    %esi,%ebx
  800b0f:	80 fb 19             	cmp    $0x19,%bl
  800b12:	77 08                	ja     800b1c <strtol+0xca>
			dig = *s - 'A' + 10;
  800b14:	0f be c0             	movsbl %al,%eax
  800b17:	83 e8 37             	sub    $0x37,%eax
  800b1a:	eb c1                	jmp    800add <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800b1c:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800b20:	74 05                	je     800b27 <strtol+0xd5>
		*endptr = (char *) s;
  800b22:	8b 45 0c             	mov    0xc(%ebp),%eax
  800b25:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800b27:	89 c8                	mov    %ecx,%eax
  800b29:	f7 d8                	neg    %eax
  800b2b:	85 ff                	test   %edi,%edi
  800b2d:	0f 45 c8             	cmovne %eax,%ecx
}
  800b30:	89 c8                	mov    %ecx,%eax
  800b32:	5b                   	pop    %ebx
  800b33:	5e                   	pop    %esi
  800b34:	5f                   	pop    %edi
  800b35:	5d                   	pop    %ebp
  800b36:	c3                   	ret

00800b37 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800b37:	55                   	push   %ebp
  800b38:	89 e5                	mov    %esp,%ebp
  800b3a:	57                   	push   %edi
  800b3b:	56                   	push   %esi
  800b3c:	53                   	push   %ebx
  800b3d:	83 ec 24             	sub    $0x24,%esp
  800b40:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800b43:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800b46:	8b 45 08             	mov    0x8(%ebp),%eax
  800b49:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b4c:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800b4f:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800b52:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800b55:	89 d1                	mov    %edx,%ecx
  800b57:	09 c1                	or     %eax,%ecx
  800b59:	74 2f                	je     800b8a <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800b5b:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800b5e:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800b61:	89 d0                	mov    %edx,%eax
  800b63:	83 c8 00             	or     $0x0,%eax
  800b66:	74 48                	je     800bb0 <udivmod64+0x79>
  800b68:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800b6d:	be 00 00 00 00       	mov    $0x0,%esi
  800b72:	bf 00 00 00 00       	mov    $0x0,%edi
  800b77:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800b7e:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800b85:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800b88:	eb 5f                	jmp    800be9 <udivmod64+0xb2>
		return ~0ULL;
  800b8a:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800b91:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800b98:	85 db                	test   %ebx,%ebx
  800b9a:	0f 84 b7 00 00 00    	je     800c57 <udivmod64+0x120>
			*rem = n;
  800ba0:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800ba3:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800ba6:	89 03                	mov    %eax,(%ebx)
  800ba8:	89 53 04             	mov    %edx,0x4(%ebx)
  800bab:	e9 a7 00 00 00       	jmp    800c57 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800bb0:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800bb3:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800bb6:	85 db                	test   %ebx,%ebx
  800bb8:	74 12                	je     800bcc <udivmod64+0x95>
			*rem = n32 % d32;
  800bba:	89 c8                	mov    %ecx,%eax
  800bbc:	ba 00 00 00 00       	mov    $0x0,%edx
  800bc1:	f7 f6                	div    %esi
  800bc3:	89 13                	mov    %edx,(%ebx)
  800bc5:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800bcc:	89 c8                	mov    %ecx,%eax
  800bce:	ba 00 00 00 00       	mov    $0x0,%edx
  800bd3:	f7 f6                	div    %esi
  800bd5:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800bd8:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800bdf:	eb 76                	jmp    800c57 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800be1:	83 e9 01             	sub    $0x1,%ecx
  800be4:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800be7:	74 62                	je     800c4b <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800be9:	89 f0                	mov    %esi,%eax
  800beb:	89 fa                	mov    %edi,%edx
  800bed:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800bf1:	01 c0                	add    %eax,%eax
  800bf3:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800bf6:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800bf9:	0f ad fe             	shrd   %cl,%edi,%esi
  800bfc:	d3 ef                	shr    %cl,%edi
  800bfe:	f6 c1 20             	test   $0x20,%cl
  800c01:	74 04                	je     800c07 <udivmod64+0xd0>
  800c03:	89 fe                	mov    %edi,%esi
  800c05:	31 ff                	xor    %edi,%edi
  800c07:	89 f7                	mov    %esi,%edi
  800c09:	83 e7 01             	and    $0x1,%edi
  800c0c:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800c0f:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800c16:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800c19:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800c1c:	09 c6                	or     %eax,%esi
  800c1e:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800c20:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800c23:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800c26:	39 c6                	cmp    %eax,%esi
  800c28:	89 fb                	mov    %edi,%ebx
  800c2a:	19 d3                	sbb    %edx,%ebx
  800c2c:	72 b3                	jb     800be1 <udivmod64+0xaa>
			r -= d;
  800c2e:	29 c6                	sub    %eax,%esi
  800c30:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800c32:	31 c0                	xor    %eax,%eax
  800c34:	31 d2                	xor    %edx,%edx
  800c36:	f6 c1 20             	test   $0x20,%cl
  800c39:	0f 94 c0             	sete   %al
  800c3c:	0f 95 c2             	setne  %dl
  800c3f:	d3 e0                	shl    %cl,%eax
  800c41:	d3 e2                	shl    %cl,%edx
  800c43:	09 45 d0             	or     %eax,-0x30(%ebp)
  800c46:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800c49:	eb 96                	jmp    800be1 <udivmod64+0xaa>
		}
	}
	if (rem)
  800c4b:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800c4e:	85 db                	test   %ebx,%ebx
  800c50:	74 05                	je     800c57 <udivmod64+0x120>
		*rem = r;
  800c52:	89 33                	mov    %esi,(%ebx)
  800c54:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800c57:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800c5a:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800c5d:	83 c4 24             	add    $0x24,%esp
  800c60:	5b                   	pop    %ebx
  800c61:	5e                   	pop    %esi
  800c62:	5f                   	pop    %edi
  800c63:	5d                   	pop    %ebp
  800c64:	c3                   	ret

00800c65 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800c65:	55                   	push   %ebp
  800c66:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800c68:	83 ec 04             	sub    $0x4,%esp
  800c6b:	6a 00                	push   $0x0
  800c6d:	ff 75 14             	push   0x14(%ebp)
  800c70:	ff 75 10             	push   0x10(%ebp)
  800c73:	8b 45 08             	mov    0x8(%ebp),%eax
  800c76:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c79:	e8 b9 fe ff ff       	call   800b37 <udivmod64>
}
  800c7e:	c9                   	leave
  800c7f:	c3                   	ret

00800c80 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800c80:	55                   	push   %ebp
  800c81:	89 e5                	mov    %esp,%ebp
  800c83:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800c86:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800c89:	50                   	push   %eax
  800c8a:	ff 75 14             	push   0x14(%ebp)
  800c8d:	ff 75 10             	push   0x10(%ebp)
  800c90:	8b 45 08             	mov    0x8(%ebp),%eax
  800c93:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c96:	e8 9c fe ff ff       	call   800b37 <udivmod64>
	return r;
}
  800c9b:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800c9e:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800ca1:	c9                   	leave
  800ca2:	c3                   	ret

00800ca3 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800ca3:	55                   	push   %ebp
  800ca4:	89 e5                	mov    %esp,%ebp
  800ca6:	57                   	push   %edi
  800ca7:	56                   	push   %esi
  800ca8:	53                   	push   %ebx
  800ca9:	83 ec 0c             	sub    $0xc,%esp
  800cac:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800caf:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800cb2:	8b 45 10             	mov    0x10(%ebp),%eax
  800cb5:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800cb8:	89 ce                	mov    %ecx,%esi
  800cba:	89 df                	mov    %ebx,%edi
  800cbc:	31 c6                	xor    %eax,%esi
  800cbe:	31 d7                	xor    %edx,%edi
  800cc0:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800cc3:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800cc6:	89 c6                	mov    %eax,%esi
  800cc8:	89 d7                	mov    %edx,%edi
  800cca:	85 d2                	test   %edx,%edx
  800ccc:	78 25                	js     800cf3 <__divdi3+0x50>
  800cce:	89 c8                	mov    %ecx,%eax
  800cd0:	89 da                	mov    %ebx,%edx
  800cd2:	85 db                	test   %ebx,%ebx
  800cd4:	78 2a                	js     800d00 <__divdi3+0x5d>
  800cd6:	83 ec 04             	sub    $0x4,%esp
  800cd9:	6a 00                	push   $0x0
  800cdb:	57                   	push   %edi
  800cdc:	56                   	push   %esi
  800cdd:	e8 55 fe ff ff       	call   800b37 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800ce2:	83 c4 10             	add    $0x10,%esp
  800ce5:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800ce9:	78 1e                	js     800d09 <__divdi3+0x66>
}
  800ceb:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800cee:	5b                   	pop    %ebx
  800cef:	5e                   	pop    %esi
  800cf0:	5f                   	pop    %edi
  800cf1:	5d                   	pop    %ebp
  800cf2:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800cf3:	f7 d8                	neg    %eax
  800cf5:	83 d2 00             	adc    $0x0,%edx
  800cf8:	f7 da                	neg    %edx
  800cfa:	89 c6                	mov    %eax,%esi
  800cfc:	89 d7                	mov    %edx,%edi
  800cfe:	eb ce                	jmp    800cce <__divdi3+0x2b>
  800d00:	f7 d8                	neg    %eax
  800d02:	83 d2 00             	adc    $0x0,%edx
  800d05:	f7 da                	neg    %edx
  800d07:	eb cd                	jmp    800cd6 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800d09:	f7 d8                	neg    %eax
  800d0b:	83 d2 00             	adc    $0x0,%edx
  800d0e:	f7 da                	neg    %edx
  800d10:	eb d9                	jmp    800ceb <__divdi3+0x48>

00800d12 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800d12:	55                   	push   %ebp
  800d13:	89 e5                	mov    %esp,%ebp
  800d15:	57                   	push   %edi
  800d16:	56                   	push   %esi
  800d17:	53                   	push   %ebx
  800d18:	83 ec 14             	sub    $0x14,%esp
  800d1b:	8b 45 08             	mov    0x8(%ebp),%eax
  800d1e:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d21:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800d24:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d27:	89 ce                	mov    %ecx,%esi
  800d29:	89 df                	mov    %ebx,%edi
  800d2b:	85 db                	test   %ebx,%ebx
  800d2d:	78 23                	js     800d52 <__moddi3+0x40>
  800d2f:	85 d2                	test   %edx,%edx
  800d31:	78 28                	js     800d5b <__moddi3+0x49>
  800d33:	83 ec 04             	sub    $0x4,%esp
  800d36:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d39:	51                   	push   %ecx
  800d3a:	57                   	push   %edi
  800d3b:	56                   	push   %esi
  800d3c:	e8 f6 fd ff ff       	call   800b37 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800d41:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800d44:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800d47:	83 c4 10             	add    $0x10,%esp
}
  800d4a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d4d:	5b                   	pop    %ebx
  800d4e:	5e                   	pop    %esi
  800d4f:	5f                   	pop    %edi
  800d50:	5d                   	pop    %ebp
  800d51:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d52:	f7 de                	neg    %esi
  800d54:	83 d7 00             	adc    $0x0,%edi
  800d57:	f7 df                	neg    %edi
  800d59:	eb d4                	jmp    800d2f <__moddi3+0x1d>
  800d5b:	f7 d8                	neg    %eax
  800d5d:	83 d2 00             	adc    $0x0,%edx
  800d60:	f7 da                	neg    %edx
  800d62:	83 ec 04             	sub    $0x4,%esp
  800d65:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d68:	51                   	push   %ecx
  800d69:	57                   	push   %edi
  800d6a:	56                   	push   %esi
  800d6b:	e8 c7 fd ff ff       	call   800b37 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800d70:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800d73:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800d76:	f7 d8                	neg    %eax
  800d78:	83 d2 00             	adc    $0x0,%edx
  800d7b:	f7 da                	neg    %edx
  800d7d:	83 c4 10             	add    $0x10,%esp
  800d80:	eb c8                	jmp    800d4a <__moddi3+0x38>

00800d82 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800d82:	55                   	push   %ebp
  800d83:	89 e5                	mov    %esp,%ebp
  800d85:	57                   	push   %edi
  800d86:	56                   	push   %esi
  800d87:	53                   	push   %ebx
	asm volatile("int %1\n"
  800d88:	b8 00 00 00 00       	mov    $0x0,%eax
  800d8d:	8b 55 08             	mov    0x8(%ebp),%edx
  800d90:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800d93:	89 c3                	mov    %eax,%ebx
  800d95:	89 c7                	mov    %eax,%edi
  800d97:	89 c6                	mov    %eax,%esi
  800d99:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800d9b:	5b                   	pop    %ebx
  800d9c:	5e                   	pop    %esi
  800d9d:	5f                   	pop    %edi
  800d9e:	5d                   	pop    %ebp
  800d9f:	c3                   	ret

00800da0 <sys_cgetc>:

int
sys_cgetc(void)
{
  800da0:	55                   	push   %ebp
  800da1:	89 e5                	mov    %esp,%ebp
  800da3:	57                   	push   %edi
  800da4:	56                   	push   %esi
  800da5:	53                   	push   %ebx
	asm volatile("int %1\n"
  800da6:	ba 00 00 00 00       	mov    $0x0,%edx
  800dab:	b8 01 00 00 00       	mov    $0x1,%eax
  800db0:	89 d1                	mov    %edx,%ecx
  800db2:	89 d3                	mov    %edx,%ebx
  800db4:	89 d7                	mov    %edx,%edi
  800db6:	89 d6                	mov    %edx,%esi
  800db8:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800dba:	5b                   	pop    %ebx
  800dbb:	5e                   	pop    %esi
  800dbc:	5f                   	pop    %edi
  800dbd:	5d                   	pop    %ebp
  800dbe:	c3                   	ret

00800dbf <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800dbf:	55                   	push   %ebp
  800dc0:	89 e5                	mov    %esp,%ebp
  800dc2:	57                   	push   %edi
  800dc3:	56                   	push   %esi
  800dc4:	53                   	push   %ebx
  800dc5:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800dc8:	b9 00 00 00 00       	mov    $0x0,%ecx
  800dcd:	8b 55 08             	mov    0x8(%ebp),%edx
  800dd0:	b8 03 00 00 00       	mov    $0x3,%eax
  800dd5:	89 cb                	mov    %ecx,%ebx
  800dd7:	89 cf                	mov    %ecx,%edi
  800dd9:	89 ce                	mov    %ecx,%esi
  800ddb:	cd 30                	int    $0x30
	if (check && ret > 0)
  800ddd:	85 c0                	test   %eax,%eax
  800ddf:	7f 08                	jg     800de9 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800de1:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800de4:	5b                   	pop    %ebx
  800de5:	5e                   	pop    %esi
  800de6:	5f                   	pop    %edi
  800de7:	5d                   	pop    %ebp
  800de8:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800de9:	83 ec 0c             	sub    $0xc,%esp
  800dec:	50                   	push   %eax
  800ded:	6a 03                	push   $0x3
  800def:	68 e4 13 80 00       	push   $0x8013e4
  800df4:	6a 1f                	push   $0x1f
  800df6:	68 01 14 80 00       	push   $0x801401
  800dfb:	e8 7e 02 00 00       	call   80107e <_panic>

00800e00 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800e00:	55                   	push   %ebp
  800e01:	89 e5                	mov    %esp,%ebp
  800e03:	57                   	push   %edi
  800e04:	56                   	push   %esi
  800e05:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e06:	ba 00 00 00 00       	mov    $0x0,%edx
  800e0b:	b8 02 00 00 00       	mov    $0x2,%eax
  800e10:	89 d1                	mov    %edx,%ecx
  800e12:	89 d3                	mov    %edx,%ebx
  800e14:	89 d7                	mov    %edx,%edi
  800e16:	89 d6                	mov    %edx,%esi
  800e18:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800e1a:	5b                   	pop    %ebx
  800e1b:	5e                   	pop    %esi
  800e1c:	5f                   	pop    %edi
  800e1d:	5d                   	pop    %ebp
  800e1e:	c3                   	ret

00800e1f <sys_yield>:

void
sys_yield(void)
{
  800e1f:	55                   	push   %ebp
  800e20:	89 e5                	mov    %esp,%ebp
  800e22:	57                   	push   %edi
  800e23:	56                   	push   %esi
  800e24:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e25:	ba 00 00 00 00       	mov    $0x0,%edx
  800e2a:	b8 0a 00 00 00       	mov    $0xa,%eax
  800e2f:	89 d1                	mov    %edx,%ecx
  800e31:	89 d3                	mov    %edx,%ebx
  800e33:	89 d7                	mov    %edx,%edi
  800e35:	89 d6                	mov    %edx,%esi
  800e37:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800e39:	5b                   	pop    %ebx
  800e3a:	5e                   	pop    %esi
  800e3b:	5f                   	pop    %edi
  800e3c:	5d                   	pop    %ebp
  800e3d:	c3                   	ret

00800e3e <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800e3e:	55                   	push   %ebp
  800e3f:	89 e5                	mov    %esp,%ebp
  800e41:	57                   	push   %edi
  800e42:	56                   	push   %esi
  800e43:	53                   	push   %ebx
  800e44:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e47:	be 00 00 00 00       	mov    $0x0,%esi
  800e4c:	8b 55 08             	mov    0x8(%ebp),%edx
  800e4f:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e52:	b8 04 00 00 00       	mov    $0x4,%eax
  800e57:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800e5a:	89 f7                	mov    %esi,%edi
  800e5c:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e5e:	85 c0                	test   %eax,%eax
  800e60:	7f 08                	jg     800e6a <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800e62:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e65:	5b                   	pop    %ebx
  800e66:	5e                   	pop    %esi
  800e67:	5f                   	pop    %edi
  800e68:	5d                   	pop    %ebp
  800e69:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e6a:	83 ec 0c             	sub    $0xc,%esp
  800e6d:	50                   	push   %eax
  800e6e:	6a 04                	push   $0x4
  800e70:	68 e4 13 80 00       	push   $0x8013e4
  800e75:	6a 1f                	push   $0x1f
  800e77:	68 01 14 80 00       	push   $0x801401
  800e7c:	e8 fd 01 00 00       	call   80107e <_panic>

00800e81 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800e81:	55                   	push   %ebp
  800e82:	89 e5                	mov    %esp,%ebp
  800e84:	57                   	push   %edi
  800e85:	56                   	push   %esi
  800e86:	53                   	push   %ebx
  800e87:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e8a:	8b 55 08             	mov    0x8(%ebp),%edx
  800e8d:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e90:	b8 05 00 00 00       	mov    $0x5,%eax
  800e95:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800e98:	8b 7d 14             	mov    0x14(%ebp),%edi
  800e9b:	8b 75 18             	mov    0x18(%ebp),%esi
  800e9e:	cd 30                	int    $0x30
	if (check && ret > 0)
  800ea0:	85 c0                	test   %eax,%eax
  800ea2:	7f 08                	jg     800eac <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800ea4:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ea7:	5b                   	pop    %ebx
  800ea8:	5e                   	pop    %esi
  800ea9:	5f                   	pop    %edi
  800eaa:	5d                   	pop    %ebp
  800eab:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800eac:	83 ec 0c             	sub    $0xc,%esp
  800eaf:	50                   	push   %eax
  800eb0:	6a 05                	push   $0x5
  800eb2:	68 e4 13 80 00       	push   $0x8013e4
  800eb7:	6a 1f                	push   $0x1f
  800eb9:	68 01 14 80 00       	push   $0x801401
  800ebe:	e8 bb 01 00 00       	call   80107e <_panic>

00800ec3 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800ec3:	55                   	push   %ebp
  800ec4:	89 e5                	mov    %esp,%ebp
  800ec6:	57                   	push   %edi
  800ec7:	56                   	push   %esi
  800ec8:	53                   	push   %ebx
  800ec9:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800ecc:	bb 00 00 00 00       	mov    $0x0,%ebx
  800ed1:	8b 55 08             	mov    0x8(%ebp),%edx
  800ed4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ed7:	b8 06 00 00 00       	mov    $0x6,%eax
  800edc:	89 df                	mov    %ebx,%edi
  800ede:	89 de                	mov    %ebx,%esi
  800ee0:	cd 30                	int    $0x30
	if (check && ret > 0)
  800ee2:	85 c0                	test   %eax,%eax
  800ee4:	7f 08                	jg     800eee <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800ee6:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ee9:	5b                   	pop    %ebx
  800eea:	5e                   	pop    %esi
  800eeb:	5f                   	pop    %edi
  800eec:	5d                   	pop    %ebp
  800eed:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800eee:	83 ec 0c             	sub    $0xc,%esp
  800ef1:	50                   	push   %eax
  800ef2:	6a 06                	push   $0x6
  800ef4:	68 e4 13 80 00       	push   $0x8013e4
  800ef9:	6a 1f                	push   $0x1f
  800efb:	68 01 14 80 00       	push   $0x801401
  800f00:	e8 79 01 00 00       	call   80107e <_panic>

00800f05 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800f05:	55                   	push   %ebp
  800f06:	89 e5                	mov    %esp,%ebp
  800f08:	57                   	push   %edi
  800f09:	56                   	push   %esi
  800f0a:	53                   	push   %ebx
  800f0b:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f0e:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f13:	8b 55 08             	mov    0x8(%ebp),%edx
  800f16:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f19:	b8 08 00 00 00       	mov    $0x8,%eax
  800f1e:	89 df                	mov    %ebx,%edi
  800f20:	89 de                	mov    %ebx,%esi
  800f22:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f24:	85 c0                	test   %eax,%eax
  800f26:	7f 08                	jg     800f30 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800f28:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f2b:	5b                   	pop    %ebx
  800f2c:	5e                   	pop    %esi
  800f2d:	5f                   	pop    %edi
  800f2e:	5d                   	pop    %ebp
  800f2f:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f30:	83 ec 0c             	sub    $0xc,%esp
  800f33:	50                   	push   %eax
  800f34:	6a 08                	push   $0x8
  800f36:	68 e4 13 80 00       	push   $0x8013e4
  800f3b:	6a 1f                	push   $0x1f
  800f3d:	68 01 14 80 00       	push   $0x801401
  800f42:	e8 37 01 00 00       	call   80107e <_panic>

00800f47 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800f47:	55                   	push   %ebp
  800f48:	89 e5                	mov    %esp,%ebp
  800f4a:	57                   	push   %edi
  800f4b:	56                   	push   %esi
  800f4c:	53                   	push   %ebx
  800f4d:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f50:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f55:	8b 55 08             	mov    0x8(%ebp),%edx
  800f58:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f5b:	b8 09 00 00 00       	mov    $0x9,%eax
  800f60:	89 df                	mov    %ebx,%edi
  800f62:	89 de                	mov    %ebx,%esi
  800f64:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f66:	85 c0                	test   %eax,%eax
  800f68:	7f 08                	jg     800f72 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800f6a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f6d:	5b                   	pop    %ebx
  800f6e:	5e                   	pop    %esi
  800f6f:	5f                   	pop    %edi
  800f70:	5d                   	pop    %ebp
  800f71:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f72:	83 ec 0c             	sub    $0xc,%esp
  800f75:	50                   	push   %eax
  800f76:	6a 09                	push   $0x9
  800f78:	68 e4 13 80 00       	push   $0x8013e4
  800f7d:	6a 1f                	push   $0x1f
  800f7f:	68 01 14 80 00       	push   $0x801401
  800f84:	e8 f5 00 00 00       	call   80107e <_panic>

00800f89 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  800f89:	55                   	push   %ebp
  800f8a:	89 e5                	mov    %esp,%ebp
  800f8c:	57                   	push   %edi
  800f8d:	56                   	push   %esi
  800f8e:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f8f:	8b 55 08             	mov    0x8(%ebp),%edx
  800f92:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f95:	b8 0b 00 00 00       	mov    $0xb,%eax
  800f9a:	be 00 00 00 00       	mov    $0x0,%esi
  800f9f:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fa2:	8b 7d 14             	mov    0x14(%ebp),%edi
  800fa5:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  800fa7:	5b                   	pop    %ebx
  800fa8:	5e                   	pop    %esi
  800fa9:	5f                   	pop    %edi
  800faa:	5d                   	pop    %ebp
  800fab:	c3                   	ret

00800fac <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  800fac:	55                   	push   %ebp
  800fad:	89 e5                	mov    %esp,%ebp
  800faf:	57                   	push   %edi
  800fb0:	56                   	push   %esi
  800fb1:	53                   	push   %ebx
  800fb2:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fb5:	b9 00 00 00 00       	mov    $0x0,%ecx
  800fba:	8b 55 08             	mov    0x8(%ebp),%edx
  800fbd:	b8 0c 00 00 00       	mov    $0xc,%eax
  800fc2:	89 cb                	mov    %ecx,%ebx
  800fc4:	89 cf                	mov    %ecx,%edi
  800fc6:	89 ce                	mov    %ecx,%esi
  800fc8:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fca:	85 c0                	test   %eax,%eax
  800fcc:	7f 08                	jg     800fd6 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  800fce:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fd1:	5b                   	pop    %ebx
  800fd2:	5e                   	pop    %esi
  800fd3:	5f                   	pop    %edi
  800fd4:	5d                   	pop    %ebp
  800fd5:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fd6:	83 ec 0c             	sub    $0xc,%esp
  800fd9:	50                   	push   %eax
  800fda:	6a 0c                	push   $0xc
  800fdc:	68 e4 13 80 00       	push   $0x8013e4
  800fe1:	6a 1f                	push   $0x1f
  800fe3:	68 01 14 80 00       	push   $0x801401
  800fe8:	e8 91 00 00 00       	call   80107e <_panic>

00800fed <set_pgfault_handler>:
// Read by _pgfault_upcall; 0 until a handler is installed.
void (*_pgfault_handler)(struct UTrapframe *utf);

void
set_pgfault_handler(void (*handler)(struct UTrapframe *utf))
{
  800fed:	55                   	push   %ebp
  800fee:	89 e5                	mov    %esp,%ebp
  800ff0:	83 ec 08             	sub    $0x8,%esp
	int r;

	if (_pgfault_handler == 0) {
  800ff3:	83 3d 00 40 80 00 00 	cmpl   $0x0,0x804000
  800ffa:	74 0a                	je     801006 <set_pgfault_handler+0x19>
			panic("set_pgfault_handler: upcall: %e", r);
	}

	// Swapping handlers later needs no kernel call: the upcall always
	// goes through this pointer.
	_pgfault_handler = handler;
  800ffc:	8b 45 08             	mov    0x8(%ebp),%eax
  800fff:	a3 00 40 80 00       	mov    %eax,0x804000
}
  801004:	c9                   	leave
  801005:	c3                   	ret
		if ((r = sys_page_alloc(0, (void *) (UXSTACKTOP - PGSIZE),
  801006:	83 ec 04             	sub    $0x4,%esp
  801009:	6a 07                	push   $0x7
  80100b:	68 00 f0 bf ee       	push   $0xeebff000
  801010:	6a 00                	push   $0x0
  801012:	e8 27 fe ff ff       	call   800e3e <sys_page_alloc>
  801017:	83 c4 10             	add    $0x10,%esp
  80101a:	85 c0                	test   %eax,%eax
  80101c:	78 28                	js     801046 <set_pgfault_handler+0x59>
		if ((r = sys_env_set_pgfault_upcall(0, _pgfault_upcall)) < 0)
  80101e:	83 ec 08             	sub    $0x8,%esp
  801021:	68 58 10 80 00       	push   $0x801058
  801026:	6a 00                	push   $0x0
  801028:	e8 1a ff ff ff       	call   800f47 <sys_env_set_pgfault_upcall>
  80102d:	83 c4 10             	add    $0x10,%esp
  801030:	85 c0                	test   %eax,%eax
  801032:	79 c8                	jns    800ffc <set_pgfault_handler+0xf>
			panic("set_pgfault_handler: upcall: %e", r);
  801034:	50                   	push   %eax
  801035:	68 3c 14 80 00       	push   $0x80143c
  80103a:	6a 1a                	push   $0x1a
  80103c:	68 5c 14 80 00       	push   $0x80145c
  801041:	e8 38 00 00 00       	call   80107e <_panic>
			panic("set_pgfault_handler: exception stack: %e", r);
  801046:	50                   	push   %eax
  801047:	68 10 14 80 00       	push   $0x801410
  80104c:	6a 18                	push   $0x18
  80104e:	68 5c 14 80 00       	push   $0x80145c
  801053:	e8 26 00 00 00       	call   80107e <_panic>

00801058 <_pgfault_upcall>:

.text
.globl _pgfault_upcall
_pgfault_upcall:
	// Call the C handler with a pointer to the UTrapframe.
	pushl %esp
  801058:	54                   	push   %esp
	movl _pgfault_handler, %eax
  801059:	a1 00 40 80 00       	mov    0x804000,%eax
	call *%eax
  80105e:	ff d0                	call   *%eax
	addl $4, %esp
  801060:	83 c4 04             	add    $0x4,%esp

	// Push the trap-time eip onto the trap-time stack: store it one
	// word below utf_esp and make utf_esp point at it.
	movl 40(%esp), %eax
  801063:	8b 44 24 28          	mov    0x28(%esp),%eax
	movl 48(%esp), %edx
  801067:	8b 54 24 30          	mov    0x30(%esp),%edx
	subl $4, %edx
  80106b:	83 ea 04             	sub    $0x4,%edx
	movl %eax, (%edx)
  80106e:	89 02                	mov    %eax,(%edx)
	movl %edx, 48(%esp)
  801070:	89 54 24 30          	mov    %edx,0x30(%esp)

	// Restore the general registers.
	addl $8, %esp		// skip utf_fault_va and utf_err
  801074:	83 c4 08             	add    $0x8,%esp
	popal
  801077:	61                   	popa

	// Restore eflags.  Skip utf_eip first: from popfl on, no arithmetic
	// instruction may run, or it would change the restored flags.
	addl $4, %esp
  801078:	83 c4 04             	add    $0x4,%esp
	popfl
  80107b:	9d                   	popf

	// Switch back to the trap-time stack (now holding the eip) ...
	popl %esp
  80107c:	5c                   	pop    %esp

	// ... and return to the faulting instruction.
	ret
  80107d:	c3                   	ret

0080107e <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  80107e:	55                   	push   %ebp
  80107f:	89 e5                	mov    %esp,%ebp
  801081:	56                   	push   %esi
  801082:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  801083:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  801086:	8b 35 00 20 80 00    	mov    0x802000,%esi
  80108c:	e8 6f fd ff ff       	call   800e00 <sys_getenvid>
  801091:	83 ec 0c             	sub    $0xc,%esp
  801094:	ff 75 0c             	push   0xc(%ebp)
  801097:	ff 75 08             	push   0x8(%ebp)
  80109a:	56                   	push   %esi
  80109b:	50                   	push   %eax
  80109c:	68 6c 14 80 00       	push   $0x80146c
  8010a1:	e8 bf f6 ff ff       	call   800765 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  8010a6:	83 c4 18             	add    $0x18,%esp
  8010a9:	53                   	push   %ebx
  8010aa:	ff 75 10             	push   0x10(%ebp)
  8010ad:	e8 56 00 00 00       	call   801108 <vcprintf>
	cprintf("\n");
  8010b2:	c7 04 24 9a 11 80 00 	movl   $0x80119a,(%esp)
  8010b9:	e8 a7 f6 ff ff       	call   800765 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  8010be:	cc                   	int3
  8010bf:	83 c4 10             	add    $0x10,%esp
	for (;;)
  8010c2:	eb fe                	jmp    8010c2 <_panic+0x44>

008010c4 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  8010c4:	55                   	push   %ebp
  8010c5:	89 e5                	mov    %esp,%ebp
  8010c7:	53                   	push   %ebx
  8010c8:	83 ec 04             	sub    $0x4,%esp
  8010cb:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  8010ce:	8b 13                	mov    (%ebx),%edx
  8010d0:	8d 42 01             	lea    0x1(%edx),%eax
  8010d3:	89 03                	mov    %eax,(%ebx)
  8010d5:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8010d8:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  8010dc:	3d 00 01 00 00       	cmp    $0x100,%eax
  8010e1:	74 09                	je     8010ec <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  8010e3:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  8010e7:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8010ea:	c9                   	leave
  8010eb:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8010ec:	83 ec 08             	sub    $0x8,%esp
  8010ef:	68 00 01 00 00       	push   $0x100
  8010f4:	8d 43 08             	lea    0x8(%ebx),%eax
  8010f7:	50                   	push   %eax
  8010f8:	e8 85 fc ff ff       	call   800d82 <sys_cputs>
		b->idx = 0;
  8010fd:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  801103:	83 c4 10             	add    $0x10,%esp
  801106:	eb db                	jmp    8010e3 <putch+0x1f>

00801108 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  801108:	55                   	push   %ebp
  801109:	89 e5                	mov    %esp,%ebp
  80110b:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  801111:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  801118:	00 00 00 
	b.cnt = 0;
  80111b:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  801122:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  801125:	ff 75 0c             	push   0xc(%ebp)
  801128:	ff 75 08             	push   0x8(%ebp)
  80112b:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  801131:	50                   	push   %eax
  801132:	68 c4 10 80 00       	push   $0x8010c4
  801137:	e8 d6 ef ff ff       	call   800112 <vprintfmt>
	if (b->idx > 0) {
  80113c:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  801142:	83 c4 10             	add    $0x10,%esp
  801145:	85 c0                	test   %eax,%eax
  801147:	7f 08                	jg     801151 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  801149:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  80114f:	c9                   	leave
  801150:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  801151:	83 ec 08             	sub    $0x8,%esp
  801154:	50                   	push   %eax
  801155:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  80115b:	50                   	push   %eax
  80115c:	e8 21 fc ff ff       	call   800d82 <sys_cputs>
  801161:	83 c4 10             	add    $0x10,%esp
  801164:	eb e3                	jmp    801149 <vcprintf+0x41>
