
obj-walkfork/user/yield:     file format elf32-i386


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
  80002c:	e8 69 00 00 00       	call   80009a <libmain>
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
  800037:	83 ec 0c             	sub    $0xc,%esp
	int i;

	cprintf("Hello, I am environment %08x.\n", thisenv->env_id);
  80003a:	a1 00 30 80 00       	mov    0x803000,%eax
  80003f:	8b 40 48             	mov    0x48(%eax),%eax
  800042:	50                   	push   %eax
  800043:	68 00 11 80 00       	push   $0x801100
  800048:	e8 32 07 00 00       	call   80077f <cprintf>
  80004d:	83 c4 10             	add    $0x10,%esp
	for (i = 0; i < 5; i++) {
  800050:	bb 00 00 00 00       	mov    $0x0,%ebx
		sys_yield();
  800055:	e8 df 0d 00 00       	call   800e39 <sys_yield>
		cprintf("Back in environment %08x, iteration %d.\n",
			thisenv->env_id, i);
  80005a:	a1 00 30 80 00       	mov    0x803000,%eax
  80005f:	8b 40 48             	mov    0x48(%eax),%eax
		cprintf("Back in environment %08x, iteration %d.\n",
  800062:	83 ec 04             	sub    $0x4,%esp
  800065:	53                   	push   %ebx
  800066:	50                   	push   %eax
  800067:	68 20 11 80 00       	push   $0x801120
  80006c:	e8 0e 07 00 00       	call   80077f <cprintf>
	for (i = 0; i < 5; i++) {
  800071:	83 c3 01             	add    $0x1,%ebx
  800074:	83 c4 10             	add    $0x10,%esp
  800077:	83 fb 05             	cmp    $0x5,%ebx
  80007a:	75 d9                	jne    800055 <umain+0x22>
	}
	cprintf("All done in environment %08x.\n", thisenv->env_id);
  80007c:	a1 00 30 80 00       	mov    0x803000,%eax
  800081:	8b 40 48             	mov    0x48(%eax),%eax
  800084:	83 ec 08             	sub    $0x8,%esp
  800087:	50                   	push   %eax
  800088:	68 4c 11 80 00       	push   $0x80114c
  80008d:	e8 ed 06 00 00       	call   80077f <cprintf>
}
  800092:	83 c4 10             	add    $0x10,%esp
  800095:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800098:	c9                   	leave
  800099:	c3                   	ret

0080009a <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  80009a:	55                   	push   %ebp
  80009b:	89 e5                	mov    %esp,%ebp
  80009d:	56                   	push   %esi
  80009e:	53                   	push   %ebx
  80009f:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8000a2:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  8000a5:	e8 70 0d 00 00       	call   800e1a <sys_getenvid>
  8000aa:	25 ff 03 00 00       	and    $0x3ff,%eax
  8000af:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8000b2:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8000b7:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  8000bc:	85 db                	test   %ebx,%ebx
  8000be:	7e 07                	jle    8000c7 <libmain+0x2d>
		binaryname = argv[0];
  8000c0:	8b 06                	mov    (%esi),%eax
  8000c2:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  8000c7:	83 ec 08             	sub    $0x8,%esp
  8000ca:	56                   	push   %esi
  8000cb:	53                   	push   %ebx
  8000cc:	e8 62 ff ff ff       	call   800033 <umain>

	exit();
  8000d1:	e8 0a 00 00 00       	call   8000e0 <exit>
}
  8000d6:	83 c4 10             	add    $0x10,%esp
  8000d9:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8000dc:	5b                   	pop    %ebx
  8000dd:	5e                   	pop    %esi
  8000de:	5d                   	pop    %ebp
  8000df:	c3                   	ret

008000e0 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  8000e0:	55                   	push   %ebp
  8000e1:	89 e5                	mov    %esp,%ebp
  8000e3:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  8000e6:	6a 00                	push   $0x0
  8000e8:	e8 ec 0c 00 00       	call   800dd9 <sys_env_destroy>
}
  8000ed:	83 c4 10             	add    $0x10,%esp
  8000f0:	c9                   	leave
  8000f1:	c3                   	ret

008000f2 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8000f2:	55                   	push   %ebp
  8000f3:	89 e5                	mov    %esp,%ebp
  8000f5:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8000f8:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  8000fc:	8b 10                	mov    (%eax),%edx
  8000fe:	3b 50 04             	cmp    0x4(%eax),%edx
  800101:	73 0a                	jae    80010d <sprintputch+0x1b>
		*b->buf++ = ch;
  800103:	8d 4a 01             	lea    0x1(%edx),%ecx
  800106:	89 08                	mov    %ecx,(%eax)
  800108:	8b 45 08             	mov    0x8(%ebp),%eax
  80010b:	88 02                	mov    %al,(%edx)
}
  80010d:	5d                   	pop    %ebp
  80010e:	c3                   	ret

0080010f <printfmt>:
{
  80010f:	55                   	push   %ebp
  800110:	89 e5                	mov    %esp,%ebp
  800112:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800115:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  800118:	50                   	push   %eax
  800119:	ff 75 10             	push   0x10(%ebp)
  80011c:	ff 75 0c             	push   0xc(%ebp)
  80011f:	ff 75 08             	push   0x8(%ebp)
  800122:	e8 05 00 00 00       	call   80012c <vprintfmt>
}
  800127:	83 c4 10             	add    $0x10,%esp
  80012a:	c9                   	leave
  80012b:	c3                   	ret

0080012c <vprintfmt>:
{
  80012c:	55                   	push   %ebp
  80012d:	89 e5                	mov    %esp,%ebp
  80012f:	57                   	push   %edi
  800130:	56                   	push   %esi
  800131:	53                   	push   %ebx
  800132:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800135:	8b 45 10             	mov    0x10(%ebp),%eax
  800138:	8d 58 01             	lea    0x1(%eax),%ebx
  80013b:	0f b6 00             	movzbl (%eax),%eax
  80013e:	83 f8 25             	cmp    $0x25,%eax
  800141:	74 24                	je     800167 <vprintfmt+0x3b>
  800143:	8b 75 08             	mov    0x8(%ebp),%esi
  800146:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800149:	85 c0                	test   %eax,%eax
  80014b:	0f 84 d8 05 00 00    	je     800729 <vprintfmt+0x5fd>
			putch(ch, putdat);
  800151:	83 ec 08             	sub    $0x8,%esp
  800154:	57                   	push   %edi
  800155:	50                   	push   %eax
  800156:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800158:	83 c3 01             	add    $0x1,%ebx
  80015b:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  80015f:	83 c4 10             	add    $0x10,%esp
  800162:	83 f8 25             	cmp    $0x25,%eax
  800165:	75 e2                	jne    800149 <vprintfmt+0x1d>
		padc = ' ';
  800167:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  80016b:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800170:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  800177:	b9 00 00 00 00       	mov    $0x0,%ecx
  80017c:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80017e:	8d 53 01             	lea    0x1(%ebx),%edx
  800181:	0f b6 0b             	movzbl (%ebx),%ecx
  800184:	8d 41 dd             	lea    -0x23(%ecx),%eax
  800187:	3c 55                	cmp    $0x55,%al
  800189:	0f 87 21 05 00 00    	ja     8006b0 <vprintfmt+0x584>
  80018f:	0f b6 c0             	movzbl %al,%eax
  800192:	ff 24 85 40 12 80 00 	jmp    *0x801240(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  800199:	89 5d 10             	mov    %ebx,0x10(%ebp)
  80019c:	eb 97                	jmp    800135 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  80019e:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8001a0:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8001a4:	eb d8                	jmp    80017e <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8001a6:	89 d3                	mov    %edx,%ebx
  8001a8:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8001ac:	eb d0                	jmp    80017e <vprintfmt+0x52>
  8001ae:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8001b1:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8001b4:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8001b8:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8001bb:	83 f9 09             	cmp    $0x9,%ecx
  8001be:	77 54                	ja     800214 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8001c0:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8001c3:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8001c6:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8001ca:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8001cd:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8001d0:	83 f9 09             	cmp    $0x9,%ecx
  8001d3:	76 eb                	jbe    8001c0 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8001d5:	89 d3                	mov    %edx,%ebx
  8001d7:	eb 0d                	jmp    8001e6 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8001d9:	8b 45 14             	mov    0x14(%ebp),%eax
  8001dc:	8b 38                	mov    (%eax),%edi
  8001de:	8d 40 04             	lea    0x4(%eax),%eax
  8001e1:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8001e4:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8001e6:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8001ea:	79 92                	jns    80017e <vprintfmt+0x52>
				width = precision, precision = -1;
  8001ec:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8001ef:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8001f4:	eb 88                	jmp    80017e <vprintfmt+0x52>
			if (width < 0)
  8001f6:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  8001f9:	85 c9                	test   %ecx,%ecx
  8001fb:	b8 00 00 00 00       	mov    $0x0,%eax
  800200:	0f 49 c1             	cmovns %ecx,%eax
  800203:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800206:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800208:	e9 71 ff ff ff       	jmp    80017e <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80020d:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80020f:	e9 6a ff ff ff       	jmp    80017e <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800214:	89 d3                	mov    %edx,%ebx
  800216:	eb ce                	jmp    8001e6 <vprintfmt+0xba>
			lflag++;
  800218:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80021b:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80021d:	e9 5c ff ff ff       	jmp    80017e <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800222:	89 55 10             	mov    %edx,0x10(%ebp)
  800225:	8b 45 14             	mov    0x14(%ebp),%eax
  800228:	8d 58 04             	lea    0x4(%eax),%ebx
  80022b:	83 ec 08             	sub    $0x8,%esp
  80022e:	ff 75 0c             	push   0xc(%ebp)
  800231:	ff 30                	push   (%eax)
  800233:	ff 55 08             	call   *0x8(%ebp)
			break;
  800236:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800239:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  80023c:	e9 f4 fe ff ff       	jmp    800135 <vprintfmt+0x9>
			err = va_arg(ap, int);
  800241:	89 55 10             	mov    %edx,0x10(%ebp)
  800244:	8b 45 14             	mov    0x14(%ebp),%eax
  800247:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  80024a:	8b 10                	mov    (%eax),%edx
  80024c:	89 d0                	mov    %edx,%eax
  80024e:	f7 d8                	neg    %eax
  800250:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800253:	83 f8 08             	cmp    $0x8,%eax
  800256:	7f 27                	jg     80027f <vprintfmt+0x153>
  800258:	8b 14 85 a0 13 80 00 	mov    0x8013a0(,%eax,4),%edx
  80025f:	85 d2                	test   %edx,%edx
  800261:	74 1c                	je     80027f <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800263:	52                   	push   %edx
  800264:	68 85 11 80 00       	push   $0x801185
  800269:	ff 75 0c             	push   0xc(%ebp)
  80026c:	ff 75 08             	push   0x8(%ebp)
  80026f:	e8 9b fe ff ff       	call   80010f <printfmt>
  800274:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800277:	89 5d 14             	mov    %ebx,0x14(%ebp)
  80027a:	e9 b6 fe ff ff       	jmp    800135 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  80027f:	50                   	push   %eax
  800280:	68 7c 11 80 00       	push   $0x80117c
  800285:	ff 75 0c             	push   0xc(%ebp)
  800288:	ff 75 08             	push   0x8(%ebp)
  80028b:	e8 7f fe ff ff       	call   80010f <printfmt>
  800290:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800293:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  800296:	e9 9a fe ff ff       	jmp    800135 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  80029b:	89 55 10             	mov    %edx,0x10(%ebp)
  80029e:	8b 45 14             	mov    0x14(%ebp),%eax
  8002a1:	83 c0 04             	add    $0x4,%eax
  8002a4:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8002a7:	8b 45 14             	mov    0x14(%ebp),%eax
  8002aa:	8b 30                	mov    (%eax),%esi
  8002ac:	85 f6                	test   %esi,%esi
  8002ae:	0f 84 53 04 00 00    	je     800707 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8002b4:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8002b8:	7e 06                	jle    8002c0 <vprintfmt+0x194>
  8002ba:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8002be:	75 1b                	jne    8002db <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8002c0:	8d 5e 01             	lea    0x1(%esi),%ebx
  8002c3:	0f be 06             	movsbl (%esi),%eax
  8002c6:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8002c9:	85 c0                	test   %eax,%eax
  8002cb:	0f 85 80 00 00 00    	jne    800351 <vprintfmt+0x225>
  8002d1:	e9 8c 00 00 00       	jmp    800362 <vprintfmt+0x236>
				p = "(null)";
  8002d6:	be 75 11 80 00       	mov    $0x801175,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8002db:	83 ec 08             	sub    $0x8,%esp
  8002de:	57                   	push   %edi
  8002df:	56                   	push   %esi
  8002e0:	e8 ea 04 00 00       	call   8007cf <strnlen>
  8002e5:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8002e8:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8002eb:	83 c4 10             	add    $0x10,%esp
  8002ee:	85 d2                	test   %edx,%edx
  8002f0:	0f 8e f5 03 00 00    	jle    8006eb <vprintfmt+0x5bf>
					putch(padc, putdat);
  8002f6:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  8002fa:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8002fd:	89 d6                	mov    %edx,%esi
  8002ff:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800302:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800305:	83 ec 08             	sub    $0x8,%esp
  800308:	57                   	push   %edi
  800309:	53                   	push   %ebx
  80030a:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  80030d:	83 c4 10             	add    $0x10,%esp
  800310:	83 ee 01             	sub    $0x1,%esi
  800313:	75 f0                	jne    800305 <vprintfmt+0x1d9>
  800315:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800318:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  80031b:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80031e:	8d 5e 01             	lea    0x1(%esi),%ebx
  800321:	0f be 06             	movsbl (%esi),%eax
  800324:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800327:	85 c0                	test   %eax,%eax
  800329:	75 26                	jne    800351 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  80032b:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80032e:	89 45 14             	mov    %eax,0x14(%ebp)
  800331:	e9 ff fd ff ff       	jmp    800135 <vprintfmt+0x9>
				putch(ch, putdat);
  800336:	83 ec 08             	sub    $0x8,%esp
  800339:	ff 75 0c             	push   0xc(%ebp)
  80033c:	50                   	push   %eax
  80033d:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800340:	83 ee 01             	sub    $0x1,%esi
  800343:	83 c3 01             	add    $0x1,%ebx
  800346:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  80034a:	83 c4 10             	add    $0x10,%esp
  80034d:	85 c0                	test   %eax,%eax
  80034f:	74 0e                	je     80035f <vprintfmt+0x233>
  800351:	85 ff                	test   %edi,%edi
  800353:	78 e1                	js     800336 <vprintfmt+0x20a>
  800355:	83 ef 01             	sub    $0x1,%edi
  800358:	79 dc                	jns    800336 <vprintfmt+0x20a>
  80035a:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80035d:	eb 03                	jmp    800362 <vprintfmt+0x236>
  80035f:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800362:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800366:	7e 24                	jle    80038c <vprintfmt+0x260>
  800368:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  80036b:	8b 75 08             	mov    0x8(%ebp),%esi
  80036e:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800371:	83 ec 08             	sub    $0x8,%esp
  800374:	57                   	push   %edi
  800375:	6a 20                	push   $0x20
  800377:	ff d6                	call   *%esi
			for (; width > 0; width--)
  800379:	83 c4 10             	add    $0x10,%esp
  80037c:	83 eb 01             	sub    $0x1,%ebx
  80037f:	75 f0                	jne    800371 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800381:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800384:	89 45 14             	mov    %eax,0x14(%ebp)
  800387:	e9 a9 fd ff ff       	jmp    800135 <vprintfmt+0x9>
  80038c:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80038f:	89 45 14             	mov    %eax,0x14(%ebp)
  800392:	e9 9e fd ff ff       	jmp    800135 <vprintfmt+0x9>
	if (lflag >= 2)
  800397:	89 55 10             	mov    %edx,0x10(%ebp)
  80039a:	83 fe 01             	cmp    $0x1,%esi
  80039d:	7f 1b                	jg     8003ba <vprintfmt+0x28e>
	else if (lflag)
  80039f:	85 f6                	test   %esi,%esi
  8003a1:	74 39                	je     8003dc <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8003a3:	8b 45 14             	mov    0x14(%ebp),%eax
  8003a6:	8b 00                	mov    (%eax),%eax
  8003a8:	89 c6                	mov    %eax,%esi
  8003aa:	89 c7                	mov    %eax,%edi
  8003ac:	c1 ff 1f             	sar    $0x1f,%edi
  8003af:	8b 45 14             	mov    0x14(%ebp),%eax
  8003b2:	8d 40 04             	lea    0x4(%eax),%eax
  8003b5:	89 45 14             	mov    %eax,0x14(%ebp)
  8003b8:	eb 0e                	jmp    8003c8 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8003ba:	8b 45 14             	mov    0x14(%ebp),%eax
  8003bd:	8b 30                	mov    (%eax),%esi
  8003bf:	8b 78 04             	mov    0x4(%eax),%edi
  8003c2:	8d 40 08             	lea    0x8(%eax),%eax
  8003c5:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8003c8:	85 ff                	test   %edi,%edi
  8003ca:	78 27                	js     8003f3 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8003cc:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8003cf:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8003d2:	b8 0a 00 00 00       	mov    $0xa,%eax
  8003d7:	e9 53 01 00 00       	jmp    80052f <vprintfmt+0x403>
		return va_arg(*ap, int);
  8003dc:	8b 45 14             	mov    0x14(%ebp),%eax
  8003df:	8b 00                	mov    (%eax),%eax
  8003e1:	89 c6                	mov    %eax,%esi
  8003e3:	89 c7                	mov    %eax,%edi
  8003e5:	c1 ff 1f             	sar    $0x1f,%edi
  8003e8:	8b 45 14             	mov    0x14(%ebp),%eax
  8003eb:	8d 40 04             	lea    0x4(%eax),%eax
  8003ee:	89 45 14             	mov    %eax,0x14(%ebp)
  8003f1:	eb d5                	jmp    8003c8 <vprintfmt+0x29c>
				putch('-', putdat);
  8003f3:	83 ec 08             	sub    $0x8,%esp
  8003f6:	ff 75 0c             	push   0xc(%ebp)
  8003f9:	6a 2d                	push   $0x2d
  8003fb:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  8003fe:	f7 de                	neg    %esi
  800400:	83 d7 00             	adc    $0x0,%edi
  800403:	f7 df                	neg    %edi
  800405:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800408:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  80040b:	83 c4 10             	add    $0x10,%esp
			base = 10;
  80040e:	b8 0a 00 00 00       	mov    $0xa,%eax
  800413:	e9 17 01 00 00       	jmp    80052f <vprintfmt+0x403>
	if (lflag >= 2)
  800418:	89 55 10             	mov    %edx,0x10(%ebp)
  80041b:	83 fe 01             	cmp    $0x1,%esi
  80041e:	7f 27                	jg     800447 <vprintfmt+0x31b>
	else if (lflag)
  800420:	85 f6                	test   %esi,%esi
  800422:	74 44                	je     800468 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800424:	8b 45 14             	mov    0x14(%ebp),%eax
  800427:	8b 00                	mov    (%eax),%eax
  800429:	ba 00 00 00 00       	mov    $0x0,%edx
  80042e:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800431:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800434:	8b 45 14             	mov    0x14(%ebp),%eax
  800437:	8d 40 04             	lea    0x4(%eax),%eax
  80043a:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80043d:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800442:	e9 e8 00 00 00       	jmp    80052f <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800447:	8b 45 14             	mov    0x14(%ebp),%eax
  80044a:	8b 50 04             	mov    0x4(%eax),%edx
  80044d:	8b 00                	mov    (%eax),%eax
  80044f:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800452:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800455:	8b 45 14             	mov    0x14(%ebp),%eax
  800458:	8d 40 08             	lea    0x8(%eax),%eax
  80045b:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80045e:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800463:	e9 c7 00 00 00       	jmp    80052f <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800468:	8b 45 14             	mov    0x14(%ebp),%eax
  80046b:	8b 00                	mov    (%eax),%eax
  80046d:	ba 00 00 00 00       	mov    $0x0,%edx
  800472:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800475:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800478:	8b 45 14             	mov    0x14(%ebp),%eax
  80047b:	8d 40 04             	lea    0x4(%eax),%eax
  80047e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800481:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  800486:	e9 a4 00 00 00       	jmp    80052f <vprintfmt+0x403>
	if (lflag >= 2)
  80048b:	89 55 10             	mov    %edx,0x10(%ebp)
  80048e:	83 fe 01             	cmp    $0x1,%esi
  800491:	7f 24                	jg     8004b7 <vprintfmt+0x38b>
	else if (lflag)
  800493:	85 f6                	test   %esi,%esi
  800495:	74 3e                	je     8004d5 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  800497:	8b 45 14             	mov    0x14(%ebp),%eax
  80049a:	8b 00                	mov    (%eax),%eax
  80049c:	ba 00 00 00 00       	mov    $0x0,%edx
  8004a1:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004a4:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004a7:	8b 45 14             	mov    0x14(%ebp),%eax
  8004aa:	8d 40 04             	lea    0x4(%eax),%eax
  8004ad:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004b0:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8004b5:	eb 78                	jmp    80052f <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8004b7:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ba:	8b 50 04             	mov    0x4(%eax),%edx
  8004bd:	8b 00                	mov    (%eax),%eax
  8004bf:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004c2:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004c5:	8b 45 14             	mov    0x14(%ebp),%eax
  8004c8:	8d 40 08             	lea    0x8(%eax),%eax
  8004cb:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004ce:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8004d3:	eb 5a                	jmp    80052f <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8004d5:	8b 45 14             	mov    0x14(%ebp),%eax
  8004d8:	8b 00                	mov    (%eax),%eax
  8004da:	ba 00 00 00 00       	mov    $0x0,%edx
  8004df:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004e2:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004e5:	8b 45 14             	mov    0x14(%ebp),%eax
  8004e8:	8d 40 04             	lea    0x4(%eax),%eax
  8004eb:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004ee:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8004f3:	eb 3a                	jmp    80052f <vprintfmt+0x403>
			putch('0', putdat);
  8004f5:	89 55 10             	mov    %edx,0x10(%ebp)
  8004f8:	83 ec 08             	sub    $0x8,%esp
  8004fb:	ff 75 0c             	push   0xc(%ebp)
  8004fe:	6a 30                	push   $0x30
  800500:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  800503:	83 c4 08             	add    $0x8,%esp
  800506:	ff 75 0c             	push   0xc(%ebp)
  800509:	6a 78                	push   $0x78
  80050b:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  80050e:	8b 45 14             	mov    0x14(%ebp),%eax
  800511:	8b 00                	mov    (%eax),%eax
  800513:	ba 00 00 00 00       	mov    $0x0,%edx
  800518:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80051b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  80051e:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800521:	8b 45 14             	mov    0x14(%ebp),%eax
  800524:	8d 40 04             	lea    0x4(%eax),%eax
  800527:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80052a:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  80052f:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800533:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800536:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  80053b:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80053e:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800545:	89 7d a8             	mov    %edi,-0x58(%ebp)
  800548:	8b 75 b0             	mov    -0x50(%ebp),%esi
  80054b:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  80054e:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800551:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800555:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  800558:	8d 55 cf             	lea    -0x31(%ebp),%edx
  80055b:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  80055e:	ff 75 bc             	push   -0x44(%ebp)
  800561:	ff 75 b8             	push   -0x48(%ebp)
  800564:	57                   	push   %edi
  800565:	56                   	push   %esi
  800566:	e8 2f 07 00 00       	call   800c9a <__umoddi3>
  80056b:	83 c4 10             	add    $0x10,%esp
  80056e:	0f b6 80 88 11 80 00 	movzbl 0x801188(%eax),%eax
  800575:	88 03                	mov    %al,(%ebx)
		num /= base;
  800577:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80057a:	89 fb                	mov    %edi,%ebx
  80057c:	ff 75 bc             	push   -0x44(%ebp)
  80057f:	ff 75 b8             	push   -0x48(%ebp)
  800582:	57                   	push   %edi
  800583:	56                   	push   %esi
  800584:	e8 f6 06 00 00       	call   800c7f <__udivdi3>
  800589:	83 c4 10             	add    $0x10,%esp
  80058c:	89 c6                	mov    %eax,%esi
  80058e:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  800590:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  800593:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  800596:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  800599:	73 b6                	jae    800551 <vprintfmt+0x425>
	pad = width - n;
  80059b:	8b 7d a8             	mov    -0x58(%ebp),%edi
  80059e:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8005a1:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005a4:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8005a6:	83 ff 2d             	cmp    $0x2d,%edi
  8005a9:	0f 84 de 00 00 00    	je     80068d <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8005af:	85 f6                	test   %esi,%esi
  8005b1:	0f 8e 27 01 00 00    	jle    8006de <vprintfmt+0x5b2>
  8005b7:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8005ba:	83 ec 08             	sub    $0x8,%esp
  8005bd:	53                   	push   %ebx
  8005be:	57                   	push   %edi
  8005bf:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8005c2:	83 c4 10             	add    $0x10,%esp
  8005c5:	83 ee 01             	sub    $0x1,%esi
  8005c8:	75 f0                	jne    8005ba <vprintfmt+0x48e>
  8005ca:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8005cd:	85 db                	test   %ebx,%ebx
  8005cf:	0f 8e 60 fb ff ff    	jle    800135 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8005d5:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8005d8:	8b 75 08             	mov    0x8(%ebp),%esi
  8005db:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8005de:	83 eb 01             	sub    $0x1,%ebx
  8005e1:	83 ec 08             	sub    $0x8,%esp
  8005e4:	57                   	push   %edi
  8005e5:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8005ea:	50                   	push   %eax
  8005eb:	ff d6                	call   *%esi
	while (n > 0)
  8005ed:	83 c4 10             	add    $0x10,%esp
  8005f0:	85 db                	test   %ebx,%ebx
  8005f2:	7f ea                	jg     8005de <vprintfmt+0x4b2>
  8005f4:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8005f7:	85 f6                	test   %esi,%esi
  8005f9:	0f 8e 36 fb ff ff    	jle    800135 <vprintfmt+0x9>
  8005ff:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800602:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  800605:	83 ec 08             	sub    $0x8,%esp
  800608:	57                   	push   %edi
  800609:	6a 20                	push   $0x20
  80060b:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  80060d:	83 c4 10             	add    $0x10,%esp
  800610:	83 ee 01             	sub    $0x1,%esi
  800613:	75 f0                	jne    800605 <vprintfmt+0x4d9>
  800615:	e9 1b fb ff ff       	jmp    800135 <vprintfmt+0x9>
	if (lflag >= 2)
  80061a:	89 55 10             	mov    %edx,0x10(%ebp)
  80061d:	83 fe 01             	cmp    $0x1,%esi
  800620:	7f 27                	jg     800649 <vprintfmt+0x51d>
	else if (lflag)
  800622:	85 f6                	test   %esi,%esi
  800624:	74 44                	je     80066a <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800626:	8b 45 14             	mov    0x14(%ebp),%eax
  800629:	8b 00                	mov    (%eax),%eax
  80062b:	ba 00 00 00 00       	mov    $0x0,%edx
  800630:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800633:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800636:	8b 45 14             	mov    0x14(%ebp),%eax
  800639:	8d 40 04             	lea    0x4(%eax),%eax
  80063c:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80063f:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  800644:	e9 e6 fe ff ff       	jmp    80052f <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800649:	8b 45 14             	mov    0x14(%ebp),%eax
  80064c:	8b 50 04             	mov    0x4(%eax),%edx
  80064f:	8b 00                	mov    (%eax),%eax
  800651:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800654:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800657:	8b 45 14             	mov    0x14(%ebp),%eax
  80065a:	8d 40 08             	lea    0x8(%eax),%eax
  80065d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800660:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800665:	e9 c5 fe ff ff       	jmp    80052f <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80066a:	8b 45 14             	mov    0x14(%ebp),%eax
  80066d:	8b 00                	mov    (%eax),%eax
  80066f:	ba 00 00 00 00       	mov    $0x0,%edx
  800674:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800677:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80067a:	8b 45 14             	mov    0x14(%ebp),%eax
  80067d:	8d 40 04             	lea    0x4(%eax),%eax
  800680:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800683:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  800688:	e9 a2 fe ff ff       	jmp    80052f <vprintfmt+0x403>
	while (n > 0)
  80068d:	85 db                	test   %ebx,%ebx
  80068f:	0f 8f 40 ff ff ff    	jg     8005d5 <vprintfmt+0x4a9>
  800695:	e9 5d ff ff ff       	jmp    8005f7 <vprintfmt+0x4cb>
			putch(ch, putdat);
  80069a:	89 55 10             	mov    %edx,0x10(%ebp)
  80069d:	83 ec 08             	sub    $0x8,%esp
  8006a0:	ff 75 0c             	push   0xc(%ebp)
  8006a3:	6a 25                	push   $0x25
  8006a5:	ff 55 08             	call   *0x8(%ebp)
			break;
  8006a8:	83 c4 10             	add    $0x10,%esp
  8006ab:	e9 85 fa ff ff       	jmp    800135 <vprintfmt+0x9>
			putch('%', putdat);
  8006b0:	83 ec 08             	sub    $0x8,%esp
  8006b3:	ff 75 0c             	push   0xc(%ebp)
  8006b6:	6a 25                	push   $0x25
  8006b8:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8006bb:	83 c4 10             	add    $0x10,%esp
  8006be:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8006c2:	0f 84 d1 fa ff ff    	je     800199 <vprintfmt+0x6d>
  8006c8:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8006cb:	89 d8                	mov    %ebx,%eax
  8006cd:	83 e8 01             	sub    $0x1,%eax
  8006d0:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8006d4:	75 f7                	jne    8006cd <vprintfmt+0x5a1>
  8006d6:	89 45 10             	mov    %eax,0x10(%ebp)
  8006d9:	e9 57 fa ff ff       	jmp    800135 <vprintfmt+0x9>
	while (n > 0)
  8006de:	85 db                	test   %ebx,%ebx
  8006e0:	0f 8f ef fe ff ff    	jg     8005d5 <vprintfmt+0x4a9>
  8006e6:	e9 4a fa ff ff       	jmp    800135 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8006eb:	8d 5e 01             	lea    0x1(%esi),%ebx
  8006ee:	0f be 06             	movsbl (%esi),%eax
  8006f1:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006f4:	85 c0                	test   %eax,%eax
  8006f6:	0f 85 55 fc ff ff    	jne    800351 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8006fc:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8006ff:	89 45 14             	mov    %eax,0x14(%ebp)
  800702:	e9 2e fa ff ff       	jmp    800135 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800707:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  80070b:	74 0a                	je     800717 <vprintfmt+0x5eb>
  80070d:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800711:	0f 8f bf fb ff ff    	jg     8002d6 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800717:	b8 28 00 00 00       	mov    $0x28,%eax
  80071c:	bb 76 11 80 00       	mov    $0x801176,%ebx
  800721:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800724:	e9 28 fc ff ff       	jmp    800351 <vprintfmt+0x225>
}
  800729:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80072c:	5b                   	pop    %ebx
  80072d:	5e                   	pop    %esi
  80072e:	5f                   	pop    %edi
  80072f:	5d                   	pop    %ebp
  800730:	c3                   	ret

00800731 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800731:	55                   	push   %ebp
  800732:	89 e5                	mov    %esp,%ebp
  800734:	83 ec 18             	sub    $0x18,%esp
  800737:	8b 45 08             	mov    0x8(%ebp),%eax
  80073a:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  80073d:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800740:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800744:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800747:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  80074e:	85 c0                	test   %eax,%eax
  800750:	74 26                	je     800778 <vsnprintf+0x47>
  800752:	85 d2                	test   %edx,%edx
  800754:	7e 22                	jle    800778 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800756:	ff 75 14             	push   0x14(%ebp)
  800759:	ff 75 10             	push   0x10(%ebp)
  80075c:	8d 45 ec             	lea    -0x14(%ebp),%eax
  80075f:	50                   	push   %eax
  800760:	68 f2 00 80 00       	push   $0x8000f2
  800765:	e8 c2 f9 ff ff       	call   80012c <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  80076a:	8b 45 ec             	mov    -0x14(%ebp),%eax
  80076d:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800770:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800773:	83 c4 10             	add    $0x10,%esp
}
  800776:	c9                   	leave
  800777:	c3                   	ret
		return -E_INVAL;
  800778:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  80077d:	eb f7                	jmp    800776 <vsnprintf+0x45>

0080077f <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  80077f:	55                   	push   %ebp
  800780:	89 e5                	mov    %esp,%ebp
  800782:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  800785:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  800788:	50                   	push   %eax
  800789:	ff 75 08             	push   0x8(%ebp)
  80078c:	e8 00 09 00 00       	call   801091 <vcprintf>
	va_end(ap);

	return cnt;
}
  800791:	c9                   	leave
  800792:	c3                   	ret

00800793 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800793:	55                   	push   %ebp
  800794:	89 e5                	mov    %esp,%ebp
  800796:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  800799:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  80079c:	50                   	push   %eax
  80079d:	ff 75 10             	push   0x10(%ebp)
  8007a0:	ff 75 0c             	push   0xc(%ebp)
  8007a3:	ff 75 08             	push   0x8(%ebp)
  8007a6:	e8 86 ff ff ff       	call   800731 <vsnprintf>
	va_end(ap);

	return rc;
}
  8007ab:	c9                   	leave
  8007ac:	c3                   	ret

008007ad <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8007ad:	55                   	push   %ebp
  8007ae:	89 e5                	mov    %esp,%ebp
  8007b0:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8007b3:	80 3a 00             	cmpb   $0x0,(%edx)
  8007b6:	74 10                	je     8007c8 <strlen+0x1b>
  8007b8:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  8007bd:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  8007c0:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  8007c4:	75 f7                	jne    8007bd <strlen+0x10>
	return n;
}
  8007c6:	5d                   	pop    %ebp
  8007c7:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  8007c8:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  8007cd:	eb f7                	jmp    8007c6 <strlen+0x19>

008007cf <strnlen>:

int
strnlen(const char *s, size_t size)
{
  8007cf:	55                   	push   %ebp
  8007d0:	89 e5                	mov    %esp,%ebp
  8007d2:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8007d5:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007d8:	85 d2                	test   %edx,%edx
  8007da:	74 16                	je     8007f2 <strnlen+0x23>
  8007dc:	b8 00 00 00 00       	mov    $0x0,%eax
  8007e1:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  8007e5:	74 09                	je     8007f0 <strnlen+0x21>
		n++;
  8007e7:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007ea:	39 d0                	cmp    %edx,%eax
  8007ec:	75 f3                	jne    8007e1 <strnlen+0x12>
		n++;
  8007ee:	89 d0                	mov    %edx,%eax
	return n;
}
  8007f0:	5d                   	pop    %ebp
  8007f1:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007f2:	b8 00 00 00 00       	mov    $0x0,%eax
  8007f7:	eb f7                	jmp    8007f0 <strnlen+0x21>

008007f9 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  8007f9:	55                   	push   %ebp
  8007fa:	89 e5                	mov    %esp,%ebp
  8007fc:	53                   	push   %ebx
  8007fd:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800800:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800803:	b8 00 00 00 00       	mov    $0x0,%eax
  800808:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  80080c:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  80080f:	83 c0 01             	add    $0x1,%eax
  800812:	84 d2                	test   %dl,%dl
  800814:	75 f2                	jne    800808 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800816:	89 c8                	mov    %ecx,%eax
  800818:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80081b:	c9                   	leave
  80081c:	c3                   	ret

0080081d <strcat>:

char *
strcat(char *dst, const char *src)
{
  80081d:	55                   	push   %ebp
  80081e:	89 e5                	mov    %esp,%ebp
  800820:	53                   	push   %ebx
  800821:	83 ec 10             	sub    $0x10,%esp
  800824:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800827:	53                   	push   %ebx
  800828:	e8 80 ff ff ff       	call   8007ad <strlen>
  80082d:	83 c4 08             	add    $0x8,%esp
  800830:	ff 75 0c             	push   0xc(%ebp)
  800833:	01 d8                	add    %ebx,%eax
  800835:	50                   	push   %eax
  800836:	e8 be ff ff ff       	call   8007f9 <strcpy>
	return dst;
}
  80083b:	89 d8                	mov    %ebx,%eax
  80083d:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800840:	c9                   	leave
  800841:	c3                   	ret

00800842 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800842:	55                   	push   %ebp
  800843:	89 e5                	mov    %esp,%ebp
  800845:	56                   	push   %esi
  800846:	53                   	push   %ebx
  800847:	8b 75 08             	mov    0x8(%ebp),%esi
  80084a:	8b 55 0c             	mov    0xc(%ebp),%edx
  80084d:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800850:	85 db                	test   %ebx,%ebx
  800852:	74 17                	je     80086b <strncpy+0x29>
  800854:	01 f3                	add    %esi,%ebx
  800856:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800858:	83 c0 01             	add    $0x1,%eax
  80085b:	0f b6 0a             	movzbl (%edx),%ecx
  80085e:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800861:	80 f9 01             	cmp    $0x1,%cl
  800864:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800867:	39 c3                	cmp    %eax,%ebx
  800869:	75 ed                	jne    800858 <strncpy+0x16>
	}
	return ret;
}
  80086b:	89 f0                	mov    %esi,%eax
  80086d:	5b                   	pop    %ebx
  80086e:	5e                   	pop    %esi
  80086f:	5d                   	pop    %ebp
  800870:	c3                   	ret

00800871 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800871:	55                   	push   %ebp
  800872:	89 e5                	mov    %esp,%ebp
  800874:	56                   	push   %esi
  800875:	53                   	push   %ebx
  800876:	8b 75 08             	mov    0x8(%ebp),%esi
  800879:	8b 55 0c             	mov    0xc(%ebp),%edx
  80087c:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  80087f:	89 f0                	mov    %esi,%eax
  800881:	85 db                	test   %ebx,%ebx
  800883:	74 1e                	je     8008a3 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800885:	83 eb 01             	sub    $0x1,%ebx
  800888:	74 16                	je     8008a0 <strlcpy+0x2f>
  80088a:	01 f3                	add    %esi,%ebx
  80088c:	0f b6 0a             	movzbl (%edx),%ecx
  80088f:	84 c9                	test   %cl,%cl
  800891:	74 0d                	je     8008a0 <strlcpy+0x2f>
			*dst++ = *src++;
  800893:	83 c2 01             	add    $0x1,%edx
  800896:	83 c0 01             	add    $0x1,%eax
  800899:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  80089c:	39 d8                	cmp    %ebx,%eax
  80089e:	75 ec                	jne    80088c <strlcpy+0x1b>
		*dst = '\0';
  8008a0:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  8008a3:	29 f0                	sub    %esi,%eax
}
  8008a5:	5b                   	pop    %ebx
  8008a6:	5e                   	pop    %esi
  8008a7:	5d                   	pop    %ebp
  8008a8:	c3                   	ret

008008a9 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  8008a9:	55                   	push   %ebp
  8008aa:	89 e5                	mov    %esp,%ebp
  8008ac:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008af:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  8008b2:	0f b6 01             	movzbl (%ecx),%eax
  8008b5:	84 c0                	test   %al,%al
  8008b7:	74 11                	je     8008ca <strcmp+0x21>
  8008b9:	38 02                	cmp    %al,(%edx)
  8008bb:	75 0d                	jne    8008ca <strcmp+0x21>
		p++, q++;
  8008bd:	83 c1 01             	add    $0x1,%ecx
  8008c0:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  8008c3:	0f b6 01             	movzbl (%ecx),%eax
  8008c6:	84 c0                	test   %al,%al
  8008c8:	75 ef                	jne    8008b9 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  8008ca:	0f b6 c0             	movzbl %al,%eax
  8008cd:	0f b6 12             	movzbl (%edx),%edx
  8008d0:	29 d0                	sub    %edx,%eax
}
  8008d2:	5d                   	pop    %ebp
  8008d3:	c3                   	ret

008008d4 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  8008d4:	55                   	push   %ebp
  8008d5:	89 e5                	mov    %esp,%ebp
  8008d7:	53                   	push   %ebx
  8008d8:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008db:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  8008de:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  8008e1:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  8008e6:	85 d2                	test   %edx,%edx
  8008e8:	74 2e                	je     800918 <strncmp+0x44>
  8008ea:	0f b6 01             	movzbl (%ecx),%eax
  8008ed:	84 c0                	test   %al,%al
  8008ef:	74 16                	je     800907 <strncmp+0x33>
  8008f1:	3a 03                	cmp    (%ebx),%al
  8008f3:	75 12                	jne    800907 <strncmp+0x33>
		n--, p++, q++;
  8008f5:	83 c1 01             	add    $0x1,%ecx
  8008f8:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  8008fb:	83 ea 01             	sub    $0x1,%edx
  8008fe:	75 ea                	jne    8008ea <strncmp+0x16>
		return 0;
  800900:	b8 00 00 00 00       	mov    $0x0,%eax
  800905:	eb 11                	jmp    800918 <strncmp+0x44>
  800907:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  80090c:	85 d2                	test   %edx,%edx
  80090e:	74 08                	je     800918 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800910:	0f b6 01             	movzbl (%ecx),%eax
  800913:	0f b6 13             	movzbl (%ebx),%edx
  800916:	29 d0                	sub    %edx,%eax
}
  800918:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80091b:	c9                   	leave
  80091c:	c3                   	ret

0080091d <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  80091d:	55                   	push   %ebp
  80091e:	89 e5                	mov    %esp,%ebp
  800920:	8b 45 08             	mov    0x8(%ebp),%eax
  800923:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800927:	0f b6 10             	movzbl (%eax),%edx
  80092a:	84 d2                	test   %dl,%dl
  80092c:	74 15                	je     800943 <strchr+0x26>
		if (*s == c)
  80092e:	38 d1                	cmp    %dl,%cl
  800930:	74 0f                	je     800941 <strchr+0x24>
	for (; *s; s++)
  800932:	83 c0 01             	add    $0x1,%eax
  800935:	0f b6 10             	movzbl (%eax),%edx
  800938:	84 d2                	test   %dl,%dl
  80093a:	75 f2                	jne    80092e <strchr+0x11>
			return (char *) s;
	return 0;
  80093c:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800941:	5d                   	pop    %ebp
  800942:	c3                   	ret
	return 0;
  800943:	b8 00 00 00 00       	mov    $0x0,%eax
  800948:	eb f7                	jmp    800941 <strchr+0x24>

0080094a <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  80094a:	55                   	push   %ebp
  80094b:	89 e5                	mov    %esp,%ebp
  80094d:	53                   	push   %ebx
  80094e:	8b 45 08             	mov    0x8(%ebp),%eax
  800951:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800954:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800957:	38 d3                	cmp    %dl,%bl
  800959:	74 14                	je     80096f <strfind+0x25>
  80095b:	89 d1                	mov    %edx,%ecx
  80095d:	84 db                	test   %bl,%bl
  80095f:	74 0e                	je     80096f <strfind+0x25>
	for (; *s; s++)
  800961:	83 c0 01             	add    $0x1,%eax
  800964:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800967:	38 ca                	cmp    %cl,%dl
  800969:	74 04                	je     80096f <strfind+0x25>
  80096b:	84 d2                	test   %dl,%dl
  80096d:	75 f2                	jne    800961 <strfind+0x17>
			break;
	return (char *) s;
}
  80096f:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800972:	c9                   	leave
  800973:	c3                   	ret

00800974 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800974:	55                   	push   %ebp
  800975:	89 e5                	mov    %esp,%ebp
  800977:	53                   	push   %ebx
  800978:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80097b:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80097e:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800981:	85 d2                	test   %edx,%edx
  800983:	74 0e                	je     800993 <memset+0x1f>
  800985:	01 da                	add    %ebx,%edx
	char *p = v;
  800987:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800989:	83 c0 01             	add    $0x1,%eax
  80098c:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  80098f:	39 c2                	cmp    %eax,%edx
  800991:	75 f6                	jne    800989 <memset+0x15>
	return v;
}
  800993:	89 d8                	mov    %ebx,%eax
  800995:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800998:	c9                   	leave
  800999:	c3                   	ret

0080099a <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  80099a:	55                   	push   %ebp
  80099b:	89 e5                	mov    %esp,%ebp
  80099d:	56                   	push   %esi
  80099e:	53                   	push   %ebx
  80099f:	8b 75 08             	mov    0x8(%ebp),%esi
  8009a2:	8b 45 0c             	mov    0xc(%ebp),%eax
  8009a5:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  8009a8:	39 f0                	cmp    %esi,%eax
  8009aa:	72 20                	jb     8009cc <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  8009ac:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  8009af:	89 f2                	mov    %esi,%edx
  8009b1:	85 c9                	test   %ecx,%ecx
  8009b3:	74 11                	je     8009c6 <memmove+0x2c>
			*d++ = *s++;
  8009b5:	83 c0 01             	add    $0x1,%eax
  8009b8:	83 c2 01             	add    $0x1,%edx
  8009bb:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  8009bf:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  8009c2:	39 d8                	cmp    %ebx,%eax
  8009c4:	75 ef                	jne    8009b5 <memmove+0x1b>
	return dst;
}
  8009c6:	89 f0                	mov    %esi,%eax
  8009c8:	5b                   	pop    %ebx
  8009c9:	5e                   	pop    %esi
  8009ca:	5d                   	pop    %ebp
  8009cb:	c3                   	ret
	if (s < d && s + n > d) {
  8009cc:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  8009cf:	39 d6                	cmp    %edx,%esi
  8009d1:	73 d9                	jae    8009ac <memmove+0x12>
		while (n-- > 0)
  8009d3:	8d 51 ff             	lea    -0x1(%ecx),%edx
  8009d6:	85 c9                	test   %ecx,%ecx
  8009d8:	74 ec                	je     8009c6 <memmove+0x2c>
			*--d = *--s;
  8009da:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  8009de:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  8009e1:	83 ea 01             	sub    $0x1,%edx
  8009e4:	83 fa ff             	cmp    $0xffffffff,%edx
  8009e7:	75 f1                	jne    8009da <memmove+0x40>
  8009e9:	eb db                	jmp    8009c6 <memmove+0x2c>

008009eb <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  8009eb:	55                   	push   %ebp
  8009ec:	89 e5                	mov    %esp,%ebp
  8009ee:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  8009f1:	ff 75 10             	push   0x10(%ebp)
  8009f4:	ff 75 0c             	push   0xc(%ebp)
  8009f7:	ff 75 08             	push   0x8(%ebp)
  8009fa:	e8 9b ff ff ff       	call   80099a <memmove>
}
  8009ff:	c9                   	leave
  800a00:	c3                   	ret

00800a01 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800a01:	55                   	push   %ebp
  800a02:	89 e5                	mov    %esp,%ebp
  800a04:	56                   	push   %esi
  800a05:	53                   	push   %ebx
  800a06:	8b 45 08             	mov    0x8(%ebp),%eax
  800a09:	8b 55 0c             	mov    0xc(%ebp),%edx
  800a0c:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800a0f:	85 f6                	test   %esi,%esi
  800a11:	74 29                	je     800a3c <memcmp+0x3b>
  800a13:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800a15:	0f b6 08             	movzbl (%eax),%ecx
  800a18:	0f b6 1a             	movzbl (%edx),%ebx
  800a1b:	38 d9                	cmp    %bl,%cl
  800a1d:	75 11                	jne    800a30 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800a1f:	83 c0 01             	add    $0x1,%eax
  800a22:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800a25:	39 c6                	cmp    %eax,%esi
  800a27:	75 ec                	jne    800a15 <memcmp+0x14>
	}
	return 0;
  800a29:	b8 00 00 00 00       	mov    $0x0,%eax
  800a2e:	eb 08                	jmp    800a38 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800a30:	0f b6 c1             	movzbl %cl,%eax
  800a33:	0f b6 db             	movzbl %bl,%ebx
  800a36:	29 d8                	sub    %ebx,%eax
}
  800a38:	5b                   	pop    %ebx
  800a39:	5e                   	pop    %esi
  800a3a:	5d                   	pop    %ebp
  800a3b:	c3                   	ret
	return 0;
  800a3c:	b8 00 00 00 00       	mov    $0x0,%eax
  800a41:	eb f5                	jmp    800a38 <memcmp+0x37>

00800a43 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800a43:	55                   	push   %ebp
  800a44:	89 e5                	mov    %esp,%ebp
  800a46:	8b 45 08             	mov    0x8(%ebp),%eax
  800a49:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800a4c:	89 c2                	mov    %eax,%edx
  800a4e:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800a51:	39 d0                	cmp    %edx,%eax
  800a53:	73 0d                	jae    800a62 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800a55:	38 08                	cmp    %cl,(%eax)
  800a57:	74 0d                	je     800a66 <memfind+0x23>
	for (; s < ends; s++)
  800a59:	83 c0 01             	add    $0x1,%eax
  800a5c:	39 c2                	cmp    %eax,%edx
  800a5e:	75 f5                	jne    800a55 <memfind+0x12>
  800a60:	eb 06                	jmp    800a68 <memfind+0x25>
  800a62:	89 c2                	mov    %eax,%edx
  800a64:	eb 02                	jmp    800a68 <memfind+0x25>
  800a66:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800a68:	89 d0                	mov    %edx,%eax
  800a6a:	5d                   	pop    %ebp
  800a6b:	c3                   	ret

00800a6c <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800a6c:	55                   	push   %ebp
  800a6d:	89 e5                	mov    %esp,%ebp
  800a6f:	57                   	push   %edi
  800a70:	56                   	push   %esi
  800a71:	53                   	push   %ebx
  800a72:	8b 55 08             	mov    0x8(%ebp),%edx
  800a75:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800a78:	0f b6 02             	movzbl (%edx),%eax
  800a7b:	3c 20                	cmp    $0x20,%al
  800a7d:	74 04                	je     800a83 <strtol+0x17>
  800a7f:	3c 09                	cmp    $0x9,%al
  800a81:	75 0e                	jne    800a91 <strtol+0x25>
		s++;
  800a83:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800a86:	0f b6 02             	movzbl (%edx),%eax
  800a89:	3c 20                	cmp    $0x20,%al
  800a8b:	74 f6                	je     800a83 <strtol+0x17>
  800a8d:	3c 09                	cmp    $0x9,%al
  800a8f:	74 f2                	je     800a83 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800a91:	3c 2b                	cmp    $0x2b,%al
  800a93:	74 2a                	je     800abf <strtol+0x53>
	int neg = 0;
  800a95:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800a9a:	3c 2d                	cmp    $0x2d,%al
  800a9c:	74 2b                	je     800ac9 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800a9e:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800aa4:	75 0f                	jne    800ab5 <strtol+0x49>
  800aa6:	80 3a 30             	cmpb   $0x30,(%edx)
  800aa9:	74 28                	je     800ad3 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800aab:	85 db                	test   %ebx,%ebx
  800aad:	b8 0a 00 00 00       	mov    $0xa,%eax
  800ab2:	0f 44 d8             	cmove  %eax,%ebx
  800ab5:	b9 00 00 00 00       	mov    $0x0,%ecx
  800aba:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800abd:	eb 46                	jmp    800b05 <strtol+0x99>
		s++;
  800abf:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800ac2:	bf 00 00 00 00       	mov    $0x0,%edi
  800ac7:	eb d5                	jmp    800a9e <strtol+0x32>
		s++, neg = 1;
  800ac9:	83 c2 01             	add    $0x1,%edx
  800acc:	bf 01 00 00 00       	mov    $0x1,%edi
  800ad1:	eb cb                	jmp    800a9e <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800ad3:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800ad7:	74 0e                	je     800ae7 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800ad9:	85 db                	test   %ebx,%ebx
  800adb:	75 d8                	jne    800ab5 <strtol+0x49>
		s++, base = 8;
  800add:	83 c2 01             	add    $0x1,%edx
  800ae0:	bb 08 00 00 00       	mov    $0x8,%ebx
  800ae5:	eb ce                	jmp    800ab5 <strtol+0x49>
		s += 2, base = 16;
  800ae7:	83 c2 02             	add    $0x2,%edx
  800aea:	bb 10 00 00 00       	mov    $0x10,%ebx
  800aef:	eb c4                	jmp    800ab5 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800af1:	0f be c0             	movsbl %al,%eax
  800af4:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800af7:	3b 45 10             	cmp    0x10(%ebp),%eax
  800afa:	7d 3a                	jge    800b36 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800afc:	83 c2 01             	add    $0x1,%edx
  800aff:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800b03:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800b05:	0f b6 02             	movzbl (%edx),%eax
  800b08:	8d 70 d0             	lea    -0x30(%eax),%esi
  800b0b:	89 f3                	mov    %esi,%ebx
  800b0d:	80 fb 09             	cmp    $0x9,%bl
  800b10:	76 df                	jbe    800af1 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800b12:	8d 70 9f             	lea    -0x61(%eax),%esi
  800b15:	89 f3                	mov    %esi,%ebx
  800b17:	80 fb 19             	cmp    $0x19,%bl
  800b1a:	77 08                	ja     800b24 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800b1c:	0f be c0             	movsbl %al,%eax
  800b1f:	83 e8 57             	sub    $0x57,%eax
  800b22:	eb d3                	jmp    800af7 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800b24:	8d 70 bf             	lea    -0x41(%eax),%esi
  800b27:	89 f3                	mov    %esi,%ebx
  800b29:	80 fb 19             	cmp    $0x19,%bl
  800b2c:	77 08                	ja     800b36 <strtol+0xca>
			dig = *s - 'A' + 10;
  800b2e:	0f be c0             	movsbl %al,%eax
  800b31:	83 e8 37             	sub    $0x37,%eax
  800b34:	eb c1                	jmp    800af7 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800b36:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800b3a:	74 05                	je     800b41 <strtol+0xd5>
		*endptr = (char *) s;
  800b3c:	8b 45 0c             	mov    0xc(%ebp),%eax
  800b3f:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800b41:	89 c8                	mov    %ecx,%eax
  800b43:	f7 d8                	neg    %eax
  800b45:	85 ff                	test   %edi,%edi
  800b47:	0f 45 c8             	cmovne %eax,%ecx
}
  800b4a:	89 c8                	mov    %ecx,%eax
  800b4c:	5b                   	pop    %ebx
  800b4d:	5e                   	pop    %esi
  800b4e:	5f                   	pop    %edi
  800b4f:	5d                   	pop    %ebp
  800b50:	c3                   	ret

00800b51 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800b51:	55                   	push   %ebp
  800b52:	89 e5                	mov    %esp,%ebp
  800b54:	57                   	push   %edi
  800b55:	56                   	push   %esi
  800b56:	53                   	push   %ebx
  800b57:	83 ec 24             	sub    $0x24,%esp
  800b5a:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800b5d:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800b60:	8b 45 08             	mov    0x8(%ebp),%eax
  800b63:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b66:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800b69:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800b6c:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800b6f:	89 d1                	mov    %edx,%ecx
  800b71:	09 c1                	or     %eax,%ecx
  800b73:	74 2f                	je     800ba4 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800b75:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800b78:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800b7b:	89 d0                	mov    %edx,%eax
  800b7d:	83 c8 00             	or     $0x0,%eax
  800b80:	74 48                	je     800bca <udivmod64+0x79>
  800b82:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800b87:	be 00 00 00 00       	mov    $0x0,%esi
  800b8c:	bf 00 00 00 00       	mov    $0x0,%edi
  800b91:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800b98:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800b9f:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ba2:	eb 5f                	jmp    800c03 <udivmod64+0xb2>
		return ~0ULL;
  800ba4:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800bab:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800bb2:	85 db                	test   %ebx,%ebx
  800bb4:	0f 84 b7 00 00 00    	je     800c71 <udivmod64+0x120>
			*rem = n;
  800bba:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800bbd:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800bc0:	89 03                	mov    %eax,(%ebx)
  800bc2:	89 53 04             	mov    %edx,0x4(%ebx)
  800bc5:	e9 a7 00 00 00       	jmp    800c71 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800bca:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800bcd:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800bd0:	85 db                	test   %ebx,%ebx
  800bd2:	74 12                	je     800be6 <udivmod64+0x95>
			*rem = n32 % d32;
  800bd4:	89 c8                	mov    %ecx,%eax
  800bd6:	ba 00 00 00 00       	mov    $0x0,%edx
  800bdb:	f7 f6                	div    %esi
  800bdd:	89 13                	mov    %edx,(%ebx)
  800bdf:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800be6:	89 c8                	mov    %ecx,%eax
  800be8:	ba 00 00 00 00       	mov    $0x0,%edx
  800bed:	f7 f6                	div    %esi
  800bef:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800bf2:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800bf9:	eb 76                	jmp    800c71 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800bfb:	83 e9 01             	sub    $0x1,%ecx
  800bfe:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800c01:	74 62                	je     800c65 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800c03:	89 f0                	mov    %esi,%eax
  800c05:	89 fa                	mov    %edi,%edx
  800c07:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800c0b:	01 c0                	add    %eax,%eax
  800c0d:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800c10:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800c13:	0f ad fe             	shrd   %cl,%edi,%esi
  800c16:	d3 ef                	shr    %cl,%edi
  800c18:	f6 c1 20             	test   $0x20,%cl
  800c1b:	74 04                	je     800c21 <udivmod64+0xd0>
  800c1d:	89 fe                	mov    %edi,%esi
  800c1f:	31 ff                	xor    %edi,%edi
  800c21:	89 f7                	mov    %esi,%edi
  800c23:	83 e7 01             	and    $0x1,%edi
  800c26:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800c29:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800c30:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800c33:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800c36:	09 c6                	or     %eax,%esi
  800c38:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800c3a:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800c3d:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800c40:	39 c6                	cmp    %eax,%esi
  800c42:	89 fb                	mov    %edi,%ebx
  800c44:	19 d3                	sbb    %edx,%ebx
  800c46:	72 b3                	jb     800bfb <udivmod64+0xaa>
			r -= d;
  800c48:	29 c6                	sub    %eax,%esi
  800c4a:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800c4c:	31 c0                	xor    %eax,%eax
  800c4e:	31 d2                	xor    %edx,%edx
  800c50:	f6 c1 20             	test   $0x20,%cl
  800c53:	0f 94 c0             	sete   %al
  800c56:	0f 95 c2             	setne  %dl
  800c59:	d3 e0                	shl    %cl,%eax
  800c5b:	d3 e2                	shl    %cl,%edx
  800c5d:	09 45 d0             	or     %eax,-0x30(%ebp)
  800c60:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800c63:	eb 96                	jmp    800bfb <udivmod64+0xaa>
		}
	}
	if (rem)
  800c65:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800c68:	85 db                	test   %ebx,%ebx
  800c6a:	74 05                	je     800c71 <udivmod64+0x120>
		*rem = r;
  800c6c:	89 33                	mov    %esi,(%ebx)
  800c6e:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800c71:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800c74:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800c77:	83 c4 24             	add    $0x24,%esp
  800c7a:	5b                   	pop    %ebx
  800c7b:	5e                   	pop    %esi
  800c7c:	5f                   	pop    %edi
  800c7d:	5d                   	pop    %ebp
  800c7e:	c3                   	ret

00800c7f <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800c7f:	55                   	push   %ebp
  800c80:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800c82:	83 ec 04             	sub    $0x4,%esp
  800c85:	6a 00                	push   $0x0
  800c87:	ff 75 14             	push   0x14(%ebp)
  800c8a:	ff 75 10             	push   0x10(%ebp)
  800c8d:	8b 45 08             	mov    0x8(%ebp),%eax
  800c90:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c93:	e8 b9 fe ff ff       	call   800b51 <udivmod64>
}
  800c98:	c9                   	leave
  800c99:	c3                   	ret

00800c9a <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800c9a:	55                   	push   %ebp
  800c9b:	89 e5                	mov    %esp,%ebp
  800c9d:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800ca0:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800ca3:	50                   	push   %eax
  800ca4:	ff 75 14             	push   0x14(%ebp)
  800ca7:	ff 75 10             	push   0x10(%ebp)
  800caa:	8b 45 08             	mov    0x8(%ebp),%eax
  800cad:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cb0:	e8 9c fe ff ff       	call   800b51 <udivmod64>
	return r;
}
  800cb5:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800cb8:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800cbb:	c9                   	leave
  800cbc:	c3                   	ret

00800cbd <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800cbd:	55                   	push   %ebp
  800cbe:	89 e5                	mov    %esp,%ebp
  800cc0:	57                   	push   %edi
  800cc1:	56                   	push   %esi
  800cc2:	53                   	push   %ebx
  800cc3:	83 ec 0c             	sub    $0xc,%esp
  800cc6:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800cc9:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800ccc:	8b 45 10             	mov    0x10(%ebp),%eax
  800ccf:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800cd2:	89 ce                	mov    %ecx,%esi
  800cd4:	89 df                	mov    %ebx,%edi
  800cd6:	31 c6                	xor    %eax,%esi
  800cd8:	31 d7                	xor    %edx,%edi
  800cda:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800cdd:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800ce0:	89 c6                	mov    %eax,%esi
  800ce2:	89 d7                	mov    %edx,%edi
  800ce4:	85 d2                	test   %edx,%edx
  800ce6:	78 25                	js     800d0d <__divdi3+0x50>
  800ce8:	89 c8                	mov    %ecx,%eax
  800cea:	89 da                	mov    %ebx,%edx
  800cec:	85 db                	test   %ebx,%ebx
  800cee:	78 2a                	js     800d1a <__divdi3+0x5d>
  800cf0:	83 ec 04             	sub    $0x4,%esp
  800cf3:	6a 00                	push   $0x0
  800cf5:	57                   	push   %edi
  800cf6:	56                   	push   %esi
  800cf7:	e8 55 fe ff ff       	call   800b51 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800cfc:	83 c4 10             	add    $0x10,%esp
  800cff:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800d03:	78 1e                	js     800d23 <__divdi3+0x66>
}
  800d05:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d08:	5b                   	pop    %ebx
  800d09:	5e                   	pop    %esi
  800d0a:	5f                   	pop    %edi
  800d0b:	5d                   	pop    %ebp
  800d0c:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d0d:	f7 d8                	neg    %eax
  800d0f:	83 d2 00             	adc    $0x0,%edx
  800d12:	f7 da                	neg    %edx
  800d14:	89 c6                	mov    %eax,%esi
  800d16:	89 d7                	mov    %edx,%edi
  800d18:	eb ce                	jmp    800ce8 <__divdi3+0x2b>
  800d1a:	f7 d8                	neg    %eax
  800d1c:	83 d2 00             	adc    $0x0,%edx
  800d1f:	f7 da                	neg    %edx
  800d21:	eb cd                	jmp    800cf0 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800d23:	f7 d8                	neg    %eax
  800d25:	83 d2 00             	adc    $0x0,%edx
  800d28:	f7 da                	neg    %edx
  800d2a:	eb d9                	jmp    800d05 <__divdi3+0x48>

00800d2c <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800d2c:	55                   	push   %ebp
  800d2d:	89 e5                	mov    %esp,%ebp
  800d2f:	57                   	push   %edi
  800d30:	56                   	push   %esi
  800d31:	53                   	push   %ebx
  800d32:	83 ec 14             	sub    $0x14,%esp
  800d35:	8b 45 08             	mov    0x8(%ebp),%eax
  800d38:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d3b:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800d3e:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d41:	89 ce                	mov    %ecx,%esi
  800d43:	89 df                	mov    %ebx,%edi
  800d45:	85 db                	test   %ebx,%ebx
  800d47:	78 23                	js     800d6c <__moddi3+0x40>
  800d49:	85 d2                	test   %edx,%edx
  800d4b:	78 28                	js     800d75 <__moddi3+0x49>
  800d4d:	83 ec 04             	sub    $0x4,%esp
  800d50:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d53:	51                   	push   %ecx
  800d54:	57                   	push   %edi
  800d55:	56                   	push   %esi
  800d56:	e8 f6 fd ff ff       	call   800b51 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800d5b:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800d5e:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800d61:	83 c4 10             	add    $0x10,%esp
}
  800d64:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d67:	5b                   	pop    %ebx
  800d68:	5e                   	pop    %esi
  800d69:	5f                   	pop    %edi
  800d6a:	5d                   	pop    %ebp
  800d6b:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d6c:	f7 de                	neg    %esi
  800d6e:	83 d7 00             	adc    $0x0,%edi
  800d71:	f7 df                	neg    %edi
  800d73:	eb d4                	jmp    800d49 <__moddi3+0x1d>
  800d75:	f7 d8                	neg    %eax
  800d77:	83 d2 00             	adc    $0x0,%edx
  800d7a:	f7 da                	neg    %edx
  800d7c:	83 ec 04             	sub    $0x4,%esp
  800d7f:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d82:	51                   	push   %ecx
  800d83:	57                   	push   %edi
  800d84:	56                   	push   %esi
  800d85:	e8 c7 fd ff ff       	call   800b51 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800d8a:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800d8d:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800d90:	f7 d8                	neg    %eax
  800d92:	83 d2 00             	adc    $0x0,%edx
  800d95:	f7 da                	neg    %edx
  800d97:	83 c4 10             	add    $0x10,%esp
  800d9a:	eb c8                	jmp    800d64 <__moddi3+0x38>

00800d9c <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800d9c:	55                   	push   %ebp
  800d9d:	89 e5                	mov    %esp,%ebp
  800d9f:	57                   	push   %edi
  800da0:	56                   	push   %esi
  800da1:	53                   	push   %ebx
	asm volatile("int %1\n"
  800da2:	b8 00 00 00 00       	mov    $0x0,%eax
  800da7:	8b 55 08             	mov    0x8(%ebp),%edx
  800daa:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800dad:	89 c3                	mov    %eax,%ebx
  800daf:	89 c7                	mov    %eax,%edi
  800db1:	89 c6                	mov    %eax,%esi
  800db3:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800db5:	5b                   	pop    %ebx
  800db6:	5e                   	pop    %esi
  800db7:	5f                   	pop    %edi
  800db8:	5d                   	pop    %ebp
  800db9:	c3                   	ret

00800dba <sys_cgetc>:

int
sys_cgetc(void)
{
  800dba:	55                   	push   %ebp
  800dbb:	89 e5                	mov    %esp,%ebp
  800dbd:	57                   	push   %edi
  800dbe:	56                   	push   %esi
  800dbf:	53                   	push   %ebx
	asm volatile("int %1\n"
  800dc0:	ba 00 00 00 00       	mov    $0x0,%edx
  800dc5:	b8 01 00 00 00       	mov    $0x1,%eax
  800dca:	89 d1                	mov    %edx,%ecx
  800dcc:	89 d3                	mov    %edx,%ebx
  800dce:	89 d7                	mov    %edx,%edi
  800dd0:	89 d6                	mov    %edx,%esi
  800dd2:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800dd4:	5b                   	pop    %ebx
  800dd5:	5e                   	pop    %esi
  800dd6:	5f                   	pop    %edi
  800dd7:	5d                   	pop    %ebp
  800dd8:	c3                   	ret

00800dd9 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800dd9:	55                   	push   %ebp
  800dda:	89 e5                	mov    %esp,%ebp
  800ddc:	57                   	push   %edi
  800ddd:	56                   	push   %esi
  800dde:	53                   	push   %ebx
  800ddf:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800de2:	b9 00 00 00 00       	mov    $0x0,%ecx
  800de7:	8b 55 08             	mov    0x8(%ebp),%edx
  800dea:	b8 03 00 00 00       	mov    $0x3,%eax
  800def:	89 cb                	mov    %ecx,%ebx
  800df1:	89 cf                	mov    %ecx,%edi
  800df3:	89 ce                	mov    %ecx,%esi
  800df5:	cd 30                	int    $0x30
	if (check && ret > 0)
  800df7:	85 c0                	test   %eax,%eax
  800df9:	7f 08                	jg     800e03 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800dfb:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800dfe:	5b                   	pop    %ebx
  800dff:	5e                   	pop    %esi
  800e00:	5f                   	pop    %edi
  800e01:	5d                   	pop    %ebp
  800e02:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e03:	83 ec 0c             	sub    $0xc,%esp
  800e06:	50                   	push   %eax
  800e07:	6a 03                	push   $0x3
  800e09:	68 c4 13 80 00       	push   $0x8013c4
  800e0e:	6a 1f                	push   $0x1f
  800e10:	68 e1 13 80 00       	push   $0x8013e1
  800e15:	e8 ed 01 00 00       	call   801007 <_panic>

00800e1a <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800e1a:	55                   	push   %ebp
  800e1b:	89 e5                	mov    %esp,%ebp
  800e1d:	57                   	push   %edi
  800e1e:	56                   	push   %esi
  800e1f:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e20:	ba 00 00 00 00       	mov    $0x0,%edx
  800e25:	b8 02 00 00 00       	mov    $0x2,%eax
  800e2a:	89 d1                	mov    %edx,%ecx
  800e2c:	89 d3                	mov    %edx,%ebx
  800e2e:	89 d7                	mov    %edx,%edi
  800e30:	89 d6                	mov    %edx,%esi
  800e32:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800e34:	5b                   	pop    %ebx
  800e35:	5e                   	pop    %esi
  800e36:	5f                   	pop    %edi
  800e37:	5d                   	pop    %ebp
  800e38:	c3                   	ret

00800e39 <sys_yield>:

void
sys_yield(void)
{
  800e39:	55                   	push   %ebp
  800e3a:	89 e5                	mov    %esp,%ebp
  800e3c:	57                   	push   %edi
  800e3d:	56                   	push   %esi
  800e3e:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e3f:	ba 00 00 00 00       	mov    $0x0,%edx
  800e44:	b8 0a 00 00 00       	mov    $0xa,%eax
  800e49:	89 d1                	mov    %edx,%ecx
  800e4b:	89 d3                	mov    %edx,%ebx
  800e4d:	89 d7                	mov    %edx,%edi
  800e4f:	89 d6                	mov    %edx,%esi
  800e51:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800e53:	5b                   	pop    %ebx
  800e54:	5e                   	pop    %esi
  800e55:	5f                   	pop    %edi
  800e56:	5d                   	pop    %ebp
  800e57:	c3                   	ret

00800e58 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800e58:	55                   	push   %ebp
  800e59:	89 e5                	mov    %esp,%ebp
  800e5b:	57                   	push   %edi
  800e5c:	56                   	push   %esi
  800e5d:	53                   	push   %ebx
  800e5e:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e61:	be 00 00 00 00       	mov    $0x0,%esi
  800e66:	8b 55 08             	mov    0x8(%ebp),%edx
  800e69:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e6c:	b8 04 00 00 00       	mov    $0x4,%eax
  800e71:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800e74:	89 f7                	mov    %esi,%edi
  800e76:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e78:	85 c0                	test   %eax,%eax
  800e7a:	7f 08                	jg     800e84 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800e7c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e7f:	5b                   	pop    %ebx
  800e80:	5e                   	pop    %esi
  800e81:	5f                   	pop    %edi
  800e82:	5d                   	pop    %ebp
  800e83:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e84:	83 ec 0c             	sub    $0xc,%esp
  800e87:	50                   	push   %eax
  800e88:	6a 04                	push   $0x4
  800e8a:	68 c4 13 80 00       	push   $0x8013c4
  800e8f:	6a 1f                	push   $0x1f
  800e91:	68 e1 13 80 00       	push   $0x8013e1
  800e96:	e8 6c 01 00 00       	call   801007 <_panic>

00800e9b <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800e9b:	55                   	push   %ebp
  800e9c:	89 e5                	mov    %esp,%ebp
  800e9e:	57                   	push   %edi
  800e9f:	56                   	push   %esi
  800ea0:	53                   	push   %ebx
  800ea1:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800ea4:	8b 55 08             	mov    0x8(%ebp),%edx
  800ea7:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800eaa:	b8 05 00 00 00       	mov    $0x5,%eax
  800eaf:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800eb2:	8b 7d 14             	mov    0x14(%ebp),%edi
  800eb5:	8b 75 18             	mov    0x18(%ebp),%esi
  800eb8:	cd 30                	int    $0x30
	if (check && ret > 0)
  800eba:	85 c0                	test   %eax,%eax
  800ebc:	7f 08                	jg     800ec6 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800ebe:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ec1:	5b                   	pop    %ebx
  800ec2:	5e                   	pop    %esi
  800ec3:	5f                   	pop    %edi
  800ec4:	5d                   	pop    %ebp
  800ec5:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ec6:	83 ec 0c             	sub    $0xc,%esp
  800ec9:	50                   	push   %eax
  800eca:	6a 05                	push   $0x5
  800ecc:	68 c4 13 80 00       	push   $0x8013c4
  800ed1:	6a 1f                	push   $0x1f
  800ed3:	68 e1 13 80 00       	push   $0x8013e1
  800ed8:	e8 2a 01 00 00       	call   801007 <_panic>

00800edd <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800edd:	55                   	push   %ebp
  800ede:	89 e5                	mov    %esp,%ebp
  800ee0:	57                   	push   %edi
  800ee1:	56                   	push   %esi
  800ee2:	53                   	push   %ebx
  800ee3:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800ee6:	bb 00 00 00 00       	mov    $0x0,%ebx
  800eeb:	8b 55 08             	mov    0x8(%ebp),%edx
  800eee:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ef1:	b8 06 00 00 00       	mov    $0x6,%eax
  800ef6:	89 df                	mov    %ebx,%edi
  800ef8:	89 de                	mov    %ebx,%esi
  800efa:	cd 30                	int    $0x30
	if (check && ret > 0)
  800efc:	85 c0                	test   %eax,%eax
  800efe:	7f 08                	jg     800f08 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800f00:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f03:	5b                   	pop    %ebx
  800f04:	5e                   	pop    %esi
  800f05:	5f                   	pop    %edi
  800f06:	5d                   	pop    %ebp
  800f07:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f08:	83 ec 0c             	sub    $0xc,%esp
  800f0b:	50                   	push   %eax
  800f0c:	6a 06                	push   $0x6
  800f0e:	68 c4 13 80 00       	push   $0x8013c4
  800f13:	6a 1f                	push   $0x1f
  800f15:	68 e1 13 80 00       	push   $0x8013e1
  800f1a:	e8 e8 00 00 00       	call   801007 <_panic>

00800f1f <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800f1f:	55                   	push   %ebp
  800f20:	89 e5                	mov    %esp,%ebp
  800f22:	57                   	push   %edi
  800f23:	56                   	push   %esi
  800f24:	53                   	push   %ebx
  800f25:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f28:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f2d:	8b 55 08             	mov    0x8(%ebp),%edx
  800f30:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f33:	b8 08 00 00 00       	mov    $0x8,%eax
  800f38:	89 df                	mov    %ebx,%edi
  800f3a:	89 de                	mov    %ebx,%esi
  800f3c:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f3e:	85 c0                	test   %eax,%eax
  800f40:	7f 08                	jg     800f4a <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800f42:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f45:	5b                   	pop    %ebx
  800f46:	5e                   	pop    %esi
  800f47:	5f                   	pop    %edi
  800f48:	5d                   	pop    %ebp
  800f49:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f4a:	83 ec 0c             	sub    $0xc,%esp
  800f4d:	50                   	push   %eax
  800f4e:	6a 08                	push   $0x8
  800f50:	68 c4 13 80 00       	push   $0x8013c4
  800f55:	6a 1f                	push   $0x1f
  800f57:	68 e1 13 80 00       	push   $0x8013e1
  800f5c:	e8 a6 00 00 00       	call   801007 <_panic>

00800f61 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800f61:	55                   	push   %ebp
  800f62:	89 e5                	mov    %esp,%ebp
  800f64:	57                   	push   %edi
  800f65:	56                   	push   %esi
  800f66:	53                   	push   %ebx
  800f67:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f6a:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f6f:	8b 55 08             	mov    0x8(%ebp),%edx
  800f72:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f75:	b8 09 00 00 00       	mov    $0x9,%eax
  800f7a:	89 df                	mov    %ebx,%edi
  800f7c:	89 de                	mov    %ebx,%esi
  800f7e:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f80:	85 c0                	test   %eax,%eax
  800f82:	7f 08                	jg     800f8c <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800f84:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f87:	5b                   	pop    %ebx
  800f88:	5e                   	pop    %esi
  800f89:	5f                   	pop    %edi
  800f8a:	5d                   	pop    %ebp
  800f8b:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f8c:	83 ec 0c             	sub    $0xc,%esp
  800f8f:	50                   	push   %eax
  800f90:	6a 09                	push   $0x9
  800f92:	68 c4 13 80 00       	push   $0x8013c4
  800f97:	6a 1f                	push   $0x1f
  800f99:	68 e1 13 80 00       	push   $0x8013e1
  800f9e:	e8 64 00 00 00       	call   801007 <_panic>

00800fa3 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  800fa3:	55                   	push   %ebp
  800fa4:	89 e5                	mov    %esp,%ebp
  800fa6:	57                   	push   %edi
  800fa7:	56                   	push   %esi
  800fa8:	53                   	push   %ebx
	asm volatile("int %1\n"
  800fa9:	8b 55 08             	mov    0x8(%ebp),%edx
  800fac:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800faf:	b8 0b 00 00 00       	mov    $0xb,%eax
  800fb4:	be 00 00 00 00       	mov    $0x0,%esi
  800fb9:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fbc:	8b 7d 14             	mov    0x14(%ebp),%edi
  800fbf:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  800fc1:	5b                   	pop    %ebx
  800fc2:	5e                   	pop    %esi
  800fc3:	5f                   	pop    %edi
  800fc4:	5d                   	pop    %ebp
  800fc5:	c3                   	ret

00800fc6 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  800fc6:	55                   	push   %ebp
  800fc7:	89 e5                	mov    %esp,%ebp
  800fc9:	57                   	push   %edi
  800fca:	56                   	push   %esi
  800fcb:	53                   	push   %ebx
  800fcc:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fcf:	b9 00 00 00 00       	mov    $0x0,%ecx
  800fd4:	8b 55 08             	mov    0x8(%ebp),%edx
  800fd7:	b8 0c 00 00 00       	mov    $0xc,%eax
  800fdc:	89 cb                	mov    %ecx,%ebx
  800fde:	89 cf                	mov    %ecx,%edi
  800fe0:	89 ce                	mov    %ecx,%esi
  800fe2:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fe4:	85 c0                	test   %eax,%eax
  800fe6:	7f 08                	jg     800ff0 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
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
  800ff4:	6a 0c                	push   $0xc
  800ff6:	68 c4 13 80 00       	push   $0x8013c4
  800ffb:	6a 1f                	push   $0x1f
  800ffd:	68 e1 13 80 00       	push   $0x8013e1
  801002:	e8 00 00 00 00       	call   801007 <_panic>

00801007 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  801007:	55                   	push   %ebp
  801008:	89 e5                	mov    %esp,%ebp
  80100a:	56                   	push   %esi
  80100b:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  80100c:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  80100f:	8b 35 00 20 80 00    	mov    0x802000,%esi
  801015:	e8 00 fe ff ff       	call   800e1a <sys_getenvid>
  80101a:	83 ec 0c             	sub    $0xc,%esp
  80101d:	ff 75 0c             	push   0xc(%ebp)
  801020:	ff 75 08             	push   0x8(%ebp)
  801023:	56                   	push   %esi
  801024:	50                   	push   %eax
  801025:	68 f0 13 80 00       	push   $0x8013f0
  80102a:	e8 50 f7 ff ff       	call   80077f <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  80102f:	83 c4 18             	add    $0x18,%esp
  801032:	53                   	push   %ebx
  801033:	ff 75 10             	push   0x10(%ebp)
  801036:	e8 56 00 00 00       	call   801091 <vcprintf>
	cprintf("\n");
  80103b:	c7 04 24 13 14 80 00 	movl   $0x801413,(%esp)
  801042:	e8 38 f7 ff ff       	call   80077f <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  801047:	cc                   	int3
  801048:	83 c4 10             	add    $0x10,%esp
	for (;;)
  80104b:	eb fe                	jmp    80104b <_panic+0x44>

0080104d <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  80104d:	55                   	push   %ebp
  80104e:	89 e5                	mov    %esp,%ebp
  801050:	53                   	push   %ebx
  801051:	83 ec 04             	sub    $0x4,%esp
  801054:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  801057:	8b 13                	mov    (%ebx),%edx
  801059:	8d 42 01             	lea    0x1(%edx),%eax
  80105c:	89 03                	mov    %eax,(%ebx)
  80105e:	8b 4d 08             	mov    0x8(%ebp),%ecx
  801061:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  801065:	3d 00 01 00 00       	cmp    $0x100,%eax
  80106a:	74 09                	je     801075 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  80106c:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  801070:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  801073:	c9                   	leave
  801074:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  801075:	83 ec 08             	sub    $0x8,%esp
  801078:	68 00 01 00 00       	push   $0x100
  80107d:	8d 43 08             	lea    0x8(%ebx),%eax
  801080:	50                   	push   %eax
  801081:	e8 16 fd ff ff       	call   800d9c <sys_cputs>
		b->idx = 0;
  801086:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  80108c:	83 c4 10             	add    $0x10,%esp
  80108f:	eb db                	jmp    80106c <putch+0x1f>

00801091 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  801091:	55                   	push   %ebp
  801092:	89 e5                	mov    %esp,%ebp
  801094:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  80109a:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8010a1:	00 00 00 
	b.cnt = 0;
  8010a4:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8010ab:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8010ae:	ff 75 0c             	push   0xc(%ebp)
  8010b1:	ff 75 08             	push   0x8(%ebp)
  8010b4:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8010ba:	50                   	push   %eax
  8010bb:	68 4d 10 80 00       	push   $0x80104d
  8010c0:	e8 67 f0 ff ff       	call   80012c <vprintfmt>
	if (b->idx > 0) {
  8010c5:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8010cb:	83 c4 10             	add    $0x10,%esp
  8010ce:	85 c0                	test   %eax,%eax
  8010d0:	7f 08                	jg     8010da <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8010d2:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8010d8:	c9                   	leave
  8010d9:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8010da:	83 ec 08             	sub    $0x8,%esp
  8010dd:	50                   	push   %eax
  8010de:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  8010e4:	50                   	push   %eax
  8010e5:	e8 b2 fc ff ff       	call   800d9c <sys_cputs>
  8010ea:	83 c4 10             	add    $0x10,%esp
  8010ed:	eb e3                	jmp    8010d2 <vcprintf+0x41>
