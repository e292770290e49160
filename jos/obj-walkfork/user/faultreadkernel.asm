
obj-walkfork/user/faultreadkernel:     file format elf32-i386


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
  80002c:	e8 1d 00 00 00       	call   80004e <libmain>
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
  800036:	83 ec 10             	sub    $0x10,%esp
	cprintf("I read %08x from location 0xf0100000!\n",
  800039:	a1 00 00 10 f0       	mov    0xf0100000,%eax
  80003e:	50                   	push   %eax
  80003f:	68 c0 10 80 00       	push   $0x8010c0
  800044:	e8 ea 06 00 00       	call   800733 <cprintf>
		*(volatile unsigned*)0xf0100000);
}
  800049:	83 c4 10             	add    $0x10,%esp
  80004c:	c9                   	leave
  80004d:	c3                   	ret

0080004e <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  80004e:	55                   	push   %ebp
  80004f:	89 e5                	mov    %esp,%ebp
  800051:	56                   	push   %esi
  800052:	53                   	push   %ebx
  800053:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800056:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  800059:	e8 70 0d 00 00       	call   800dce <sys_getenvid>
  80005e:	25 ff 03 00 00       	and    $0x3ff,%eax
  800063:	6b c0 7c             	imul   $0x7c,%eax,%eax
  800066:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80006b:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800070:	85 db                	test   %ebx,%ebx
  800072:	7e 07                	jle    80007b <libmain+0x2d>
		binaryname = argv[0];
  800074:	8b 06                	mov    (%esi),%eax
  800076:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  80007b:	83 ec 08             	sub    $0x8,%esp
  80007e:	56                   	push   %esi
  80007f:	53                   	push   %ebx
  800080:	e8 ae ff ff ff       	call   800033 <umain>

	exit();
  800085:	e8 0a 00 00 00       	call   800094 <exit>
}
  80008a:	83 c4 10             	add    $0x10,%esp
  80008d:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800090:	5b                   	pop    %ebx
  800091:	5e                   	pop    %esi
  800092:	5d                   	pop    %ebp
  800093:	c3                   	ret

00800094 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  800094:	55                   	push   %ebp
  800095:	89 e5                	mov    %esp,%ebp
  800097:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  80009a:	6a 00                	push   $0x0
  80009c:	e8 ec 0c 00 00       	call   800d8d <sys_env_destroy>
}
  8000a1:	83 c4 10             	add    $0x10,%esp
  8000a4:	c9                   	leave
  8000a5:	c3                   	ret

008000a6 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8000a6:	55                   	push   %ebp
  8000a7:	89 e5                	mov    %esp,%ebp
  8000a9:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8000ac:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  8000b0:	8b 10                	mov    (%eax),%edx
  8000b2:	3b 50 04             	cmp    0x4(%eax),%edx
  8000b5:	73 0a                	jae    8000c1 <sprintputch+0x1b>
		*b->buf++ = ch;
  8000b7:	8d 4a 01             	lea    0x1(%edx),%ecx
  8000ba:	89 08                	mov    %ecx,(%eax)
  8000bc:	8b 45 08             	mov    0x8(%ebp),%eax
  8000bf:	88 02                	mov    %al,(%edx)
}
  8000c1:	5d                   	pop    %ebp
  8000c2:	c3                   	ret

008000c3 <printfmt>:
{
  8000c3:	55                   	push   %ebp
  8000c4:	89 e5                	mov    %esp,%ebp
  8000c6:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  8000c9:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  8000cc:	50                   	push   %eax
  8000cd:	ff 75 10             	push   0x10(%ebp)
  8000d0:	ff 75 0c             	push   0xc(%ebp)
  8000d3:	ff 75 08             	push   0x8(%ebp)
  8000d6:	e8 05 00 00 00       	call   8000e0 <vprintfmt>
}
  8000db:	83 c4 10             	add    $0x10,%esp
  8000de:	c9                   	leave
  8000df:	c3                   	ret

008000e0 <vprintfmt>:
{
  8000e0:	55                   	push   %ebp
  8000e1:	89 e5                	mov    %esp,%ebp
  8000e3:	57                   	push   %edi
  8000e4:	56                   	push   %esi
  8000e5:	53                   	push   %ebx
  8000e6:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  8000e9:	8b 45 10             	mov    0x10(%ebp),%eax
  8000ec:	8d 58 01             	lea    0x1(%eax),%ebx
  8000ef:	0f b6 00             	movzbl (%eax),%eax
  8000f2:	83 f8 25             	cmp    $0x25,%eax
  8000f5:	74 24                	je     80011b <vprintfmt+0x3b>
  8000f7:	8b 75 08             	mov    0x8(%ebp),%esi
  8000fa:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  8000fd:	85 c0                	test   %eax,%eax
  8000ff:	0f 84 d8 05 00 00    	je     8006dd <vprintfmt+0x5fd>
			putch(ch, putdat);
  800105:	83 ec 08             	sub    $0x8,%esp
  800108:	57                   	push   %edi
  800109:	50                   	push   %eax
  80010a:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80010c:	83 c3 01             	add    $0x1,%ebx
  80010f:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800113:	83 c4 10             	add    $0x10,%esp
  800116:	83 f8 25             	cmp    $0x25,%eax
  800119:	75 e2                	jne    8000fd <vprintfmt+0x1d>
		padc = ' ';
  80011b:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  80011f:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800124:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  80012b:	b9 00 00 00 00       	mov    $0x0,%ecx
  800130:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800132:	8d 53 01             	lea    0x1(%ebx),%edx
  800135:	0f b6 0b             	movzbl (%ebx),%ecx
  800138:	8d 41 dd             	lea    -0x23(%ecx),%eax
  80013b:	3c 55                	cmp    $0x55,%al
  80013d:	0f 87 21 05 00 00    	ja     800664 <vprintfmt+0x584>
  800143:	0f b6 c0             	movzbl %al,%eax
  800146:	ff 24 85 c0 11 80 00 	jmp    *0x8011c0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  80014d:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800150:	eb 97                	jmp    8000e9 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  800152:	89 d3                	mov    %edx,%ebx
			padc = '-';
  800154:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  800158:	eb d8                	jmp    800132 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80015a:	89 d3                	mov    %edx,%ebx
  80015c:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  800160:	eb d0                	jmp    800132 <vprintfmt+0x52>
  800162:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  800165:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  800168:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  80016c:	8d 48 d0             	lea    -0x30(%eax),%ecx
  80016f:	83 f9 09             	cmp    $0x9,%ecx
  800172:	77 54                	ja     8001c8 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  800174:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  800177:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  80017a:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  80017e:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  800181:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800184:	83 f9 09             	cmp    $0x9,%ecx
  800187:	76 eb                	jbe    800174 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  800189:	89 d3                	mov    %edx,%ebx
  80018b:	eb 0d                	jmp    80019a <vprintfmt+0xba>
			precision = va_arg(ap, int);
  80018d:	8b 45 14             	mov    0x14(%ebp),%eax
  800190:	8b 38                	mov    (%eax),%edi
  800192:	8d 40 04             	lea    0x4(%eax),%eax
  800195:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800198:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  80019a:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80019e:	79 92                	jns    800132 <vprintfmt+0x52>
				width = precision, precision = -1;
  8001a0:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8001a3:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8001a8:	eb 88                	jmp    800132 <vprintfmt+0x52>
			if (width < 0)
  8001aa:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  8001ad:	85 c9                	test   %ecx,%ecx
  8001af:	b8 00 00 00 00       	mov    $0x0,%eax
  8001b4:	0f 49 c1             	cmovns %ecx,%eax
  8001b7:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8001ba:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8001bc:	e9 71 ff ff ff       	jmp    800132 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8001c1:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8001c3:	e9 6a ff ff ff       	jmp    800132 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8001c8:	89 d3                	mov    %edx,%ebx
  8001ca:	eb ce                	jmp    80019a <vprintfmt+0xba>
			lflag++;
  8001cc:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8001cf:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8001d1:	e9 5c ff ff ff       	jmp    800132 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  8001d6:	89 55 10             	mov    %edx,0x10(%ebp)
  8001d9:	8b 45 14             	mov    0x14(%ebp),%eax
  8001dc:	8d 58 04             	lea    0x4(%eax),%ebx
  8001df:	83 ec 08             	sub    $0x8,%esp
  8001e2:	ff 75 0c             	push   0xc(%ebp)
  8001e5:	ff 30                	push   (%eax)
  8001e7:	ff 55 08             	call   *0x8(%ebp)
			break;
  8001ea:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  8001ed:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  8001f0:	e9 f4 fe ff ff       	jmp    8000e9 <vprintfmt+0x9>
			err = va_arg(ap, int);
  8001f5:	89 55 10             	mov    %edx,0x10(%ebp)
  8001f8:	8b 45 14             	mov    0x14(%ebp),%eax
  8001fb:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  8001fe:	8b 10                	mov    (%eax),%edx
  800200:	89 d0                	mov    %edx,%eax
  800202:	f7 d8                	neg    %eax
  800204:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800207:	83 f8 08             	cmp    $0x8,%eax
  80020a:	7f 27                	jg     800233 <vprintfmt+0x153>
  80020c:	8b 14 85 20 13 80 00 	mov    0x801320(,%eax,4),%edx
  800213:	85 d2                	test   %edx,%edx
  800215:	74 1c                	je     800233 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800217:	52                   	push   %edx
  800218:	68 01 11 80 00       	push   $0x801101
  80021d:	ff 75 0c             	push   0xc(%ebp)
  800220:	ff 75 08             	push   0x8(%ebp)
  800223:	e8 9b fe ff ff       	call   8000c3 <printfmt>
  800228:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80022b:	89 5d 14             	mov    %ebx,0x14(%ebp)
  80022e:	e9 b6 fe ff ff       	jmp    8000e9 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  800233:	50                   	push   %eax
  800234:	68 f8 10 80 00       	push   $0x8010f8
  800239:	ff 75 0c             	push   0xc(%ebp)
  80023c:	ff 75 08             	push   0x8(%ebp)
  80023f:	e8 7f fe ff ff       	call   8000c3 <printfmt>
  800244:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800247:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  80024a:	e9 9a fe ff ff       	jmp    8000e9 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  80024f:	89 55 10             	mov    %edx,0x10(%ebp)
  800252:	8b 45 14             	mov    0x14(%ebp),%eax
  800255:	83 c0 04             	add    $0x4,%eax
  800258:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80025b:	8b 45 14             	mov    0x14(%ebp),%eax
  80025e:	8b 30                	mov    (%eax),%esi
  800260:	85 f6                	test   %esi,%esi
  800262:	0f 84 53 04 00 00    	je     8006bb <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  800268:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80026c:	7e 06                	jle    800274 <vprintfmt+0x194>
  80026e:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800272:	75 1b                	jne    80028f <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800274:	8d 5e 01             	lea    0x1(%esi),%ebx
  800277:	0f be 06             	movsbl (%esi),%eax
  80027a:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80027d:	85 c0                	test   %eax,%eax
  80027f:	0f 85 80 00 00 00    	jne    800305 <vprintfmt+0x225>
  800285:	e9 8c 00 00 00       	jmp    800316 <vprintfmt+0x236>
				p = "(null)";
  80028a:	be f1 10 80 00       	mov    $0x8010f1,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  80028f:	83 ec 08             	sub    $0x8,%esp
  800292:	57                   	push   %edi
  800293:	56                   	push   %esi
  800294:	e8 ea 04 00 00       	call   800783 <strnlen>
  800299:	29 45 ac             	sub    %eax,-0x54(%ebp)
  80029c:	8b 55 ac             	mov    -0x54(%ebp),%edx
  80029f:	83 c4 10             	add    $0x10,%esp
  8002a2:	85 d2                	test   %edx,%edx
  8002a4:	0f 8e f5 03 00 00    	jle    80069f <vprintfmt+0x5bf>
					putch(padc, putdat);
  8002aa:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  8002ae:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8002b1:	89 d6                	mov    %edx,%esi
  8002b3:	89 7d b0             	mov    %edi,-0x50(%ebp)
  8002b6:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8002b9:	83 ec 08             	sub    $0x8,%esp
  8002bc:	57                   	push   %edi
  8002bd:	53                   	push   %ebx
  8002be:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  8002c1:	83 c4 10             	add    $0x10,%esp
  8002c4:	83 ee 01             	sub    $0x1,%esi
  8002c7:	75 f0                	jne    8002b9 <vprintfmt+0x1d9>
  8002c9:	89 75 ac             	mov    %esi,-0x54(%ebp)
  8002cc:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  8002cf:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8002d2:	8d 5e 01             	lea    0x1(%esi),%ebx
  8002d5:	0f be 06             	movsbl (%esi),%eax
  8002d8:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8002db:	85 c0                	test   %eax,%eax
  8002dd:	75 26                	jne    800305 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8002df:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8002e2:	89 45 14             	mov    %eax,0x14(%ebp)
  8002e5:	e9 ff fd ff ff       	jmp    8000e9 <vprintfmt+0x9>
				putch(ch, putdat);
  8002ea:	83 ec 08             	sub    $0x8,%esp
  8002ed:	ff 75 0c             	push   0xc(%ebp)
  8002f0:	50                   	push   %eax
  8002f1:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8002f4:	83 ee 01             	sub    $0x1,%esi
  8002f7:	83 c3 01             	add    $0x1,%ebx
  8002fa:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  8002fe:	83 c4 10             	add    $0x10,%esp
  800301:	85 c0                	test   %eax,%eax
  800303:	74 0e                	je     800313 <vprintfmt+0x233>
  800305:	85 ff                	test   %edi,%edi
  800307:	78 e1                	js     8002ea <vprintfmt+0x20a>
  800309:	83 ef 01             	sub    $0x1,%edi
  80030c:	79 dc                	jns    8002ea <vprintfmt+0x20a>
  80030e:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800311:	eb 03                	jmp    800316 <vprintfmt+0x236>
  800313:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800316:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80031a:	7e 24                	jle    800340 <vprintfmt+0x260>
  80031c:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  80031f:	8b 75 08             	mov    0x8(%ebp),%esi
  800322:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800325:	83 ec 08             	sub    $0x8,%esp
  800328:	57                   	push   %edi
  800329:	6a 20                	push   $0x20
  80032b:	ff d6                	call   *%esi
			for (; width > 0; width--)
  80032d:	83 c4 10             	add    $0x10,%esp
  800330:	83 eb 01             	sub    $0x1,%ebx
  800333:	75 f0                	jne    800325 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800335:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800338:	89 45 14             	mov    %eax,0x14(%ebp)
  80033b:	e9 a9 fd ff ff       	jmp    8000e9 <vprintfmt+0x9>
  800340:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800343:	89 45 14             	mov    %eax,0x14(%ebp)
  800346:	e9 9e fd ff ff       	jmp    8000e9 <vprintfmt+0x9>
	if (lflag >= 2)
  80034b:	89 55 10             	mov    %edx,0x10(%ebp)
  80034e:	83 fe 01             	cmp    $0x1,%esi
  800351:	7f 1b                	jg     80036e <vprintfmt+0x28e>
	else if (lflag)
  800353:	85 f6                	test   %esi,%esi
  800355:	74 39                	je     800390 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  800357:	8b 45 14             	mov    0x14(%ebp),%eax
  80035a:	8b 00                	mov    (%eax),%eax
  80035c:	89 c6                	mov    %eax,%esi
  80035e:	89 c7                	mov    %eax,%edi
  800360:	c1 ff 1f             	sar    $0x1f,%edi
  800363:	8b 45 14             	mov    0x14(%ebp),%eax
  800366:	8d 40 04             	lea    0x4(%eax),%eax
  800369:	89 45 14             	mov    %eax,0x14(%ebp)
  80036c:	eb 0e                	jmp    80037c <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  80036e:	8b 45 14             	mov    0x14(%ebp),%eax
  800371:	8b 30                	mov    (%eax),%esi
  800373:	8b 78 04             	mov    0x4(%eax),%edi
  800376:	8d 40 08             	lea    0x8(%eax),%eax
  800379:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  80037c:	85 ff                	test   %edi,%edi
  80037e:	78 27                	js     8003a7 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  800380:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800383:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  800386:	b8 0a 00 00 00       	mov    $0xa,%eax
  80038b:	e9 53 01 00 00       	jmp    8004e3 <vprintfmt+0x403>
		return va_arg(*ap, int);
  800390:	8b 45 14             	mov    0x14(%ebp),%eax
  800393:	8b 00                	mov    (%eax),%eax
  800395:	89 c6                	mov    %eax,%esi
  800397:	89 c7                	mov    %eax,%edi
  800399:	c1 ff 1f             	sar    $0x1f,%edi
  80039c:	8b 45 14             	mov    0x14(%ebp),%eax
  80039f:	8d 40 04             	lea    0x4(%eax),%eax
  8003a2:	89 45 14             	mov    %eax,0x14(%ebp)
  8003a5:	eb d5                	jmp    80037c <vprintfmt+0x29c>
				putch('-', putdat);
  8003a7:	83 ec 08             	sub    $0x8,%esp
  8003aa:	ff 75 0c             	push   0xc(%ebp)
  8003ad:	6a 2d                	push   $0x2d
  8003af:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  8003b2:	f7 de                	neg    %esi
  8003b4:	83 d7 00             	adc    $0x0,%edi
  8003b7:	f7 df                	neg    %edi
  8003b9:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8003bc:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  8003bf:	83 c4 10             	add    $0x10,%esp
			base = 10;
  8003c2:	b8 0a 00 00 00       	mov    $0xa,%eax
  8003c7:	e9 17 01 00 00       	jmp    8004e3 <vprintfmt+0x403>
	if (lflag >= 2)
  8003cc:	89 55 10             	mov    %edx,0x10(%ebp)
  8003cf:	83 fe 01             	cmp    $0x1,%esi
  8003d2:	7f 27                	jg     8003fb <vprintfmt+0x31b>
	else if (lflag)
  8003d4:	85 f6                	test   %esi,%esi
  8003d6:	74 44                	je     80041c <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  8003d8:	8b 45 14             	mov    0x14(%ebp),%eax
  8003db:	8b 00                	mov    (%eax),%eax
  8003dd:	ba 00 00 00 00       	mov    $0x0,%edx
  8003e2:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8003e5:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8003e8:	8b 45 14             	mov    0x14(%ebp),%eax
  8003eb:	8d 40 04             	lea    0x4(%eax),%eax
  8003ee:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8003f1:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  8003f6:	e9 e8 00 00 00       	jmp    8004e3 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8003fb:	8b 45 14             	mov    0x14(%ebp),%eax
  8003fe:	8b 50 04             	mov    0x4(%eax),%edx
  800401:	8b 00                	mov    (%eax),%eax
  800403:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800406:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800409:	8b 45 14             	mov    0x14(%ebp),%eax
  80040c:	8d 40 08             	lea    0x8(%eax),%eax
  80040f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800412:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800417:	e9 c7 00 00 00       	jmp    8004e3 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80041c:	8b 45 14             	mov    0x14(%ebp),%eax
  80041f:	8b 00                	mov    (%eax),%eax
  800421:	ba 00 00 00 00       	mov    $0x0,%edx
  800426:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800429:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80042c:	8b 45 14             	mov    0x14(%ebp),%eax
  80042f:	8d 40 04             	lea    0x4(%eax),%eax
  800432:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800435:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  80043a:	e9 a4 00 00 00       	jmp    8004e3 <vprintfmt+0x403>
	if (lflag >= 2)
  80043f:	89 55 10             	mov    %edx,0x10(%ebp)
  800442:	83 fe 01             	cmp    $0x1,%esi
  800445:	7f 24                	jg     80046b <vprintfmt+0x38b>
	else if (lflag)
  800447:	85 f6                	test   %esi,%esi
  800449:	74 3e                	je     800489 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  80044b:	8b 45 14             	mov    0x14(%ebp),%eax
  80044e:	8b 00                	mov    (%eax),%eax
  800450:	ba 00 00 00 00       	mov    $0x0,%edx
  800455:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800458:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80045b:	8b 45 14             	mov    0x14(%ebp),%eax
  80045e:	8d 40 04             	lea    0x4(%eax),%eax
  800461:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800464:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  800469:	eb 78                	jmp    8004e3 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80046b:	8b 45 14             	mov    0x14(%ebp),%eax
  80046e:	8b 50 04             	mov    0x4(%eax),%edx
  800471:	8b 00                	mov    (%eax),%eax
  800473:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800476:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800479:	8b 45 14             	mov    0x14(%ebp),%eax
  80047c:	8d 40 08             	lea    0x8(%eax),%eax
  80047f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800482:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  800487:	eb 5a                	jmp    8004e3 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800489:	8b 45 14             	mov    0x14(%ebp),%eax
  80048c:	8b 00                	mov    (%eax),%eax
  80048e:	ba 00 00 00 00       	mov    $0x0,%edx
  800493:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800496:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800499:	8b 45 14             	mov    0x14(%ebp),%eax
  80049c:	8d 40 04             	lea    0x4(%eax),%eax
  80049f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004a2:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8004a7:	eb 3a                	jmp    8004e3 <vprintfmt+0x403>
			putch('0', putdat);
  8004a9:	89 55 10             	mov    %edx,0x10(%ebp)
  8004ac:	83 ec 08             	sub    $0x8,%esp
  8004af:	ff 75 0c             	push   0xc(%ebp)
  8004b2:	6a 30                	push   $0x30
  8004b4:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  8004b7:	83 c4 08             	add    $0x8,%esp
  8004ba:	ff 75 0c             	push   0xc(%ebp)
  8004bd:	6a 78                	push   $0x78
  8004bf:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  8004c2:	8b 45 14             	mov    0x14(%ebp),%eax
  8004c5:	8b 00                	mov    (%eax),%eax
  8004c7:	ba 00 00 00 00       	mov    $0x0,%edx
  8004cc:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004cf:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  8004d2:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  8004d5:	8b 45 14             	mov    0x14(%ebp),%eax
  8004d8:	8d 40 04             	lea    0x4(%eax),%eax
  8004db:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8004de:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  8004e3:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  8004e7:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  8004ea:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  8004ef:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8004f2:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  8004f9:	89 7d a8             	mov    %edi,-0x58(%ebp)
  8004fc:	8b 75 b0             	mov    -0x50(%ebp),%esi
  8004ff:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800502:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800505:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800509:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80050c:	8d 55 cf             	lea    -0x31(%ebp),%edx
  80050f:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800512:	ff 75 bc             	push   -0x44(%ebp)
  800515:	ff 75 b8             	push   -0x48(%ebp)
  800518:	57                   	push   %edi
  800519:	56                   	push   %esi
  80051a:	e8 2f 07 00 00       	call   800c4e <__umoddi3>
  80051f:	83 c4 10             	add    $0x10,%esp
  800522:	0f b6 80 04 11 80 00 	movzbl 0x801104(%eax),%eax
  800529:	88 03                	mov    %al,(%ebx)
		num /= base;
  80052b:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80052e:	89 fb                	mov    %edi,%ebx
  800530:	ff 75 bc             	push   -0x44(%ebp)
  800533:	ff 75 b8             	push   -0x48(%ebp)
  800536:	57                   	push   %edi
  800537:	56                   	push   %esi
  800538:	e8 f6 06 00 00       	call   800c33 <__udivdi3>
  80053d:	83 c4 10             	add    $0x10,%esp
  800540:	89 c6                	mov    %eax,%esi
  800542:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  800544:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  800547:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  80054a:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  80054d:	73 b6                	jae    800505 <vprintfmt+0x425>
	pad = width - n;
  80054f:	8b 7d a8             	mov    -0x58(%ebp),%edi
  800552:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  800555:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800558:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  80055a:	83 ff 2d             	cmp    $0x2d,%edi
  80055d:	0f 84 de 00 00 00    	je     800641 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  800563:	85 f6                	test   %esi,%esi
  800565:	0f 8e 27 01 00 00    	jle    800692 <vprintfmt+0x5b2>
  80056b:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  80056e:	83 ec 08             	sub    $0x8,%esp
  800571:	53                   	push   %ebx
  800572:	57                   	push   %edi
  800573:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  800576:	83 c4 10             	add    $0x10,%esp
  800579:	83 ee 01             	sub    $0x1,%esi
  80057c:	75 f0                	jne    80056e <vprintfmt+0x48e>
  80057e:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  800581:	85 db                	test   %ebx,%ebx
  800583:	0f 8e 60 fb ff ff    	jle    8000e9 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  800589:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  80058c:	8b 75 08             	mov    0x8(%ebp),%esi
  80058f:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800592:	83 eb 01             	sub    $0x1,%ebx
  800595:	83 ec 08             	sub    $0x8,%esp
  800598:	57                   	push   %edi
  800599:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  80059e:	50                   	push   %eax
  80059f:	ff d6                	call   *%esi
	while (n > 0)
  8005a1:	83 c4 10             	add    $0x10,%esp
  8005a4:	85 db                	test   %ebx,%ebx
  8005a6:	7f ea                	jg     800592 <vprintfmt+0x4b2>
  8005a8:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8005ab:	85 f6                	test   %esi,%esi
  8005ad:	0f 8e 36 fb ff ff    	jle    8000e9 <vprintfmt+0x9>
  8005b3:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8005b6:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  8005b9:	83 ec 08             	sub    $0x8,%esp
  8005bc:	57                   	push   %edi
  8005bd:	6a 20                	push   $0x20
  8005bf:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  8005c1:	83 c4 10             	add    $0x10,%esp
  8005c4:	83 ee 01             	sub    $0x1,%esi
  8005c7:	75 f0                	jne    8005b9 <vprintfmt+0x4d9>
  8005c9:	e9 1b fb ff ff       	jmp    8000e9 <vprintfmt+0x9>
	if (lflag >= 2)
  8005ce:	89 55 10             	mov    %edx,0x10(%ebp)
  8005d1:	83 fe 01             	cmp    $0x1,%esi
  8005d4:	7f 27                	jg     8005fd <vprintfmt+0x51d>
	else if (lflag)
  8005d6:	85 f6                	test   %esi,%esi
  8005d8:	74 44                	je     80061e <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  8005da:	8b 45 14             	mov    0x14(%ebp),%eax
  8005dd:	8b 00                	mov    (%eax),%eax
  8005df:	ba 00 00 00 00       	mov    $0x0,%edx
  8005e4:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005e7:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005ea:	8b 45 14             	mov    0x14(%ebp),%eax
  8005ed:	8d 40 04             	lea    0x4(%eax),%eax
  8005f0:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8005f3:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  8005f8:	e9 e6 fe ff ff       	jmp    8004e3 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8005fd:	8b 45 14             	mov    0x14(%ebp),%eax
  800600:	8b 50 04             	mov    0x4(%eax),%edx
  800603:	8b 00                	mov    (%eax),%eax
  800605:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800608:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80060b:	8b 45 14             	mov    0x14(%ebp),%eax
  80060e:	8d 40 08             	lea    0x8(%eax),%eax
  800611:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800614:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800619:	e9 c5 fe ff ff       	jmp    8004e3 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80061e:	8b 45 14             	mov    0x14(%ebp),%eax
  800621:	8b 00                	mov    (%eax),%eax
  800623:	ba 00 00 00 00       	mov    $0x0,%edx
  800628:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80062b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80062e:	8b 45 14             	mov    0x14(%ebp),%eax
  800631:	8d 40 04             	lea    0x4(%eax),%eax
  800634:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800637:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  80063c:	e9 a2 fe ff ff       	jmp    8004e3 <vprintfmt+0x403>
	while (n > 0)
  800641:	85 db                	test   %ebx,%ebx
  800643:	0f 8f 40 ff ff ff    	jg     800589 <vprintfmt+0x4a9>
  800649:	e9 5d ff ff ff       	jmp    8005ab <vprintfmt+0x4cb>
			putch(ch, putdat);
  80064e:	89 55 10             	mov    %edx,0x10(%ebp)
  800651:	83 ec 08             	sub    $0x8,%esp
  800654:	ff 75 0c             	push   0xc(%ebp)
  800657:	6a 25                	push   $0x25
  800659:	ff 55 08             	call   *0x8(%ebp)
			break;
  80065c:	83 c4 10             	add    $0x10,%esp
  80065f:	e9 85 fa ff ff       	jmp    8000e9 <vprintfmt+0x9>
			putch('%', putdat);
  800664:	83 ec 08             	sub    $0x8,%esp
  800667:	ff 75 0c             	push   0xc(%ebp)
  80066a:	6a 25                	push   $0x25
  80066c:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  80066f:	83 c4 10             	add    $0x10,%esp
  800672:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  800676:	0f 84 d1 fa ff ff    	je     80014d <vprintfmt+0x6d>
  80067c:	89 5d 10             	mov    %ebx,0x10(%ebp)
  80067f:	89 d8                	mov    %ebx,%eax
  800681:	83 e8 01             	sub    $0x1,%eax
  800684:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  800688:	75 f7                	jne    800681 <vprintfmt+0x5a1>
  80068a:	89 45 10             	mov    %eax,0x10(%ebp)
  80068d:	e9 57 fa ff ff       	jmp    8000e9 <vprintfmt+0x9>
	while (n > 0)
  800692:	85 db                	test   %ebx,%ebx
  800694:	0f 8f ef fe ff ff    	jg     800589 <vprintfmt+0x4a9>
  80069a:	e9 4a fa ff ff       	jmp    8000e9 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80069f:	8d 5e 01             	lea    0x1(%esi),%ebx
  8006a2:	0f be 06             	movsbl (%esi),%eax
  8006a5:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006a8:	85 c0                	test   %eax,%eax
  8006aa:	0f 85 55 fc ff ff    	jne    800305 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8006b0:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8006b3:	89 45 14             	mov    %eax,0x14(%ebp)
  8006b6:	e9 2e fa ff ff       	jmp    8000e9 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  8006bb:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8006bf:	74 0a                	je     8006cb <vprintfmt+0x5eb>
  8006c1:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8006c5:	0f 8f bf fb ff ff    	jg     80028a <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8006cb:	b8 28 00 00 00       	mov    $0x28,%eax
  8006d0:	bb f2 10 80 00       	mov    $0x8010f2,%ebx
  8006d5:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006d8:	e9 28 fc ff ff       	jmp    800305 <vprintfmt+0x225>
}
  8006dd:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8006e0:	5b                   	pop    %ebx
  8006e1:	5e                   	pop    %esi
  8006e2:	5f                   	pop    %edi
  8006e3:	5d                   	pop    %ebp
  8006e4:	c3                   	ret

008006e5 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  8006e5:	55                   	push   %ebp
  8006e6:	89 e5                	mov    %esp,%ebp
  8006e8:	83 ec 18             	sub    $0x18,%esp
  8006eb:	8b 45 08             	mov    0x8(%ebp),%eax
  8006ee:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  8006f1:	89 45 ec             	mov    %eax,-0x14(%ebp)
  8006f4:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  8006f8:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  8006fb:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800702:	85 c0                	test   %eax,%eax
  800704:	74 26                	je     80072c <vsnprintf+0x47>
  800706:	85 d2                	test   %edx,%edx
  800708:	7e 22                	jle    80072c <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  80070a:	ff 75 14             	push   0x14(%ebp)
  80070d:	ff 75 10             	push   0x10(%ebp)
  800710:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800713:	50                   	push   %eax
  800714:	68 a6 00 80 00       	push   $0x8000a6
  800719:	e8 c2 f9 ff ff       	call   8000e0 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  80071e:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800721:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800724:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800727:	83 c4 10             	add    $0x10,%esp
}
  80072a:	c9                   	leave
  80072b:	c3                   	ret
		return -E_INVAL;
  80072c:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800731:	eb f7                	jmp    80072a <vsnprintf+0x45>

00800733 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800733:	55                   	push   %ebp
  800734:	89 e5                	mov    %esp,%ebp
  800736:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  800739:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  80073c:	50                   	push   %eax
  80073d:	ff 75 08             	push   0x8(%ebp)
  800740:	e8 00 09 00 00       	call   801045 <vcprintf>
	va_end(ap);

	return cnt;
}
  800745:	c9                   	leave
  800746:	c3                   	ret

00800747 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800747:	55                   	push   %ebp
  800748:	89 e5                	mov    %esp,%ebp
  80074a:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  80074d:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800750:	50                   	push   %eax
  800751:	ff 75 10             	push   0x10(%ebp)
  800754:	ff 75 0c             	push   0xc(%ebp)
  800757:	ff 75 08             	push   0x8(%ebp)
  80075a:	e8 86 ff ff ff       	call   8006e5 <vsnprintf>
	va_end(ap);

	return rc;
}
  80075f:	c9                   	leave
  800760:	c3                   	ret

00800761 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800761:	55                   	push   %ebp
  800762:	89 e5                	mov    %esp,%ebp
  800764:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800767:	80 3a 00             	cmpb   $0x0,(%edx)
  80076a:	74 10                	je     80077c <strlen+0x1b>
  80076c:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800771:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800774:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800778:	75 f7                	jne    800771 <strlen+0x10>
	return n;
}
  80077a:	5d                   	pop    %ebp
  80077b:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  80077c:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800781:	eb f7                	jmp    80077a <strlen+0x19>

00800783 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800783:	55                   	push   %ebp
  800784:	89 e5                	mov    %esp,%ebp
  800786:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800789:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80078c:	85 d2                	test   %edx,%edx
  80078e:	74 16                	je     8007a6 <strnlen+0x23>
  800790:	b8 00 00 00 00       	mov    $0x0,%eax
  800795:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800799:	74 09                	je     8007a4 <strnlen+0x21>
		n++;
  80079b:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80079e:	39 d0                	cmp    %edx,%eax
  8007a0:	75 f3                	jne    800795 <strnlen+0x12>
		n++;
  8007a2:	89 d0                	mov    %edx,%eax
	return n;
}
  8007a4:	5d                   	pop    %ebp
  8007a5:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007a6:	b8 00 00 00 00       	mov    $0x0,%eax
  8007ab:	eb f7                	jmp    8007a4 <strnlen+0x21>

008007ad <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  8007ad:	55                   	push   %ebp
  8007ae:	89 e5                	mov    %esp,%ebp
  8007b0:	53                   	push   %ebx
  8007b1:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8007b4:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  8007b7:	b8 00 00 00 00       	mov    $0x0,%eax
  8007bc:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  8007c0:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  8007c3:	83 c0 01             	add    $0x1,%eax
  8007c6:	84 d2                	test   %dl,%dl
  8007c8:	75 f2                	jne    8007bc <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  8007ca:	89 c8                	mov    %ecx,%eax
  8007cc:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8007cf:	c9                   	leave
  8007d0:	c3                   	ret

008007d1 <strcat>:

char *
strcat(char *dst, const char *src)
{
  8007d1:	55                   	push   %ebp
  8007d2:	89 e5                	mov    %esp,%ebp
  8007d4:	53                   	push   %ebx
  8007d5:	83 ec 10             	sub    $0x10,%esp
  8007d8:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  8007db:	53                   	push   %ebx
  8007dc:	e8 80 ff ff ff       	call   800761 <strlen>
  8007e1:	83 c4 08             	add    $0x8,%esp
  8007e4:	ff 75 0c             	push   0xc(%ebp)
  8007e7:	01 d8                	add    %ebx,%eax
  8007e9:	50                   	push   %eax
  8007ea:	e8 be ff ff ff       	call   8007ad <strcpy>
	return dst;
}
  8007ef:	89 d8                	mov    %ebx,%eax
  8007f1:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8007f4:	c9                   	leave
  8007f5:	c3                   	ret

008007f6 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  8007f6:	55                   	push   %ebp
  8007f7:	89 e5                	mov    %esp,%ebp
  8007f9:	56                   	push   %esi
  8007fa:	53                   	push   %ebx
  8007fb:	8b 75 08             	mov    0x8(%ebp),%esi
  8007fe:	8b 55 0c             	mov    0xc(%ebp),%edx
  800801:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800804:	85 db                	test   %ebx,%ebx
  800806:	74 17                	je     80081f <strncpy+0x29>
  800808:	01 f3                	add    %esi,%ebx
  80080a:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  80080c:	83 c0 01             	add    $0x1,%eax
  80080f:	0f b6 0a             	movzbl (%edx),%ecx
  800812:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800815:	80 f9 01             	cmp    $0x1,%cl
  800818:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  80081b:	39 c3                	cmp    %eax,%ebx
  80081d:	75 ed                	jne    80080c <strncpy+0x16>
	}
	return ret;
}
  80081f:	89 f0                	mov    %esi,%eax
  800821:	5b                   	pop    %ebx
  800822:	5e                   	pop    %esi
  800823:	5d                   	pop    %ebp
  800824:	c3                   	ret

00800825 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800825:	55                   	push   %ebp
  800826:	89 e5                	mov    %esp,%ebp
  800828:	56                   	push   %esi
  800829:	53                   	push   %ebx
  80082a:	8b 75 08             	mov    0x8(%ebp),%esi
  80082d:	8b 55 0c             	mov    0xc(%ebp),%edx
  800830:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800833:	89 f0                	mov    %esi,%eax
  800835:	85 db                	test   %ebx,%ebx
  800837:	74 1e                	je     800857 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800839:	83 eb 01             	sub    $0x1,%ebx
  80083c:	74 16                	je     800854 <strlcpy+0x2f>
  80083e:	01 f3                	add    %esi,%ebx
  800840:	0f b6 0a             	movzbl (%edx),%ecx
  800843:	84 c9                	test   %cl,%cl
  800845:	74 0d                	je     800854 <strlcpy+0x2f>
			*dst++ = *src++;
  800847:	83 c2 01             	add    $0x1,%edx
  80084a:	83 c0 01             	add    $0x1,%eax
  80084d:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800850:	39 d8                	cmp    %ebx,%eax
  800852:	75 ec                	jne    800840 <strlcpy+0x1b>
		*dst = '\0';
  800854:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800857:	29 f0                	sub    %esi,%eax
}
  800859:	5b                   	pop    %ebx
  80085a:	5e                   	pop    %esi
  80085b:	5d                   	pop    %ebp
  80085c:	c3                   	ret

0080085d <strcmp>:

int
strcmp(const char *p, const char *q)
{
  80085d:	55                   	push   %ebp
  80085e:	89 e5                	mov    %esp,%ebp
  800860:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800863:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800866:	0f b6 01             	movzbl (%ecx),%eax
  800869:	84 c0                	test   %al,%al
  80086b:	74 11                	je     80087e <strcmp+0x21>
  80086d:	38 02                	cmp    %al,(%edx)
  80086f:	75 0d                	jne    80087e <strcmp+0x21>
		p++, q++;
  800871:	83 c1 01             	add    $0x1,%ecx
  800874:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800877:	0f b6 01             	movzbl (%ecx),%eax
  80087a:	84 c0                	test   %al,%al
  80087c:	75 ef                	jne    80086d <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  80087e:	0f b6 c0             	movzbl %al,%eax
  800881:	0f b6 12             	movzbl (%edx),%edx
  800884:	29 d0                	sub    %edx,%eax
}
  800886:	5d                   	pop    %ebp
  800887:	c3                   	ret

00800888 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800888:	55                   	push   %ebp
  800889:	89 e5                	mov    %esp,%ebp
  80088b:	53                   	push   %ebx
  80088c:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80088f:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800892:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800895:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  80089a:	85 d2                	test   %edx,%edx
  80089c:	74 2e                	je     8008cc <strncmp+0x44>
  80089e:	0f b6 01             	movzbl (%ecx),%eax
  8008a1:	84 c0                	test   %al,%al
  8008a3:	74 16                	je     8008bb <strncmp+0x33>
  8008a5:	3a 03                	cmp    (%ebx),%al
  8008a7:	75 12                	jne    8008bb <strncmp+0x33>
		n--, p++, q++;
  8008a9:	83 c1 01             	add    $0x1,%ecx
  8008ac:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  8008af:	83 ea 01             	sub    $0x1,%edx
  8008b2:	75 ea                	jne    80089e <strncmp+0x16>
		return 0;
  8008b4:	b8 00 00 00 00       	mov    $0x0,%eax
  8008b9:	eb 11                	jmp    8008cc <strncmp+0x44>
  8008bb:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  8008c0:	85 d2                	test   %edx,%edx
  8008c2:	74 08                	je     8008cc <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  8008c4:	0f b6 01             	movzbl (%ecx),%eax
  8008c7:	0f b6 13             	movzbl (%ebx),%edx
  8008ca:	29 d0                	sub    %edx,%eax
}
  8008cc:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8008cf:	c9                   	leave
  8008d0:	c3                   	ret

008008d1 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  8008d1:	55                   	push   %ebp
  8008d2:	89 e5                	mov    %esp,%ebp
  8008d4:	8b 45 08             	mov    0x8(%ebp),%eax
  8008d7:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  8008db:	0f b6 10             	movzbl (%eax),%edx
  8008de:	84 d2                	test   %dl,%dl
  8008e0:	74 15                	je     8008f7 <strchr+0x26>
		if (*s == c)
  8008e2:	38 d1                	cmp    %dl,%cl
  8008e4:	74 0f                	je     8008f5 <strchr+0x24>
	for (; *s; s++)
  8008e6:	83 c0 01             	add    $0x1,%eax
  8008e9:	0f b6 10             	movzbl (%eax),%edx
  8008ec:	84 d2                	test   %dl,%dl
  8008ee:	75 f2                	jne    8008e2 <strchr+0x11>
			return (char *) s;
	return 0;
  8008f0:	b8 00 00 00 00       	mov    $0x0,%eax
}
  8008f5:	5d                   	pop    %ebp
  8008f6:	c3                   	ret
	return 0;
  8008f7:	b8 00 00 00 00       	mov    $0x0,%eax
  8008fc:	eb f7                	jmp    8008f5 <strchr+0x24>

008008fe <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  8008fe:	55                   	push   %ebp
  8008ff:	89 e5                	mov    %esp,%ebp
  800901:	53                   	push   %ebx
  800902:	8b 45 08             	mov    0x8(%ebp),%eax
  800905:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800908:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  80090b:	38 d3                	cmp    %dl,%bl
  80090d:	74 14                	je     800923 <strfind+0x25>
  80090f:	89 d1                	mov    %edx,%ecx
  800911:	84 db                	test   %bl,%bl
  800913:	74 0e                	je     800923 <strfind+0x25>
	for (; *s; s++)
  800915:	83 c0 01             	add    $0x1,%eax
  800918:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  80091b:	38 ca                	cmp    %cl,%dl
  80091d:	74 04                	je     800923 <strfind+0x25>
  80091f:	84 d2                	test   %dl,%dl
  800921:	75 f2                	jne    800915 <strfind+0x17>
			break;
	return (char *) s;
}
  800923:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800926:	c9                   	leave
  800927:	c3                   	ret

00800928 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800928:	55                   	push   %ebp
  800929:	89 e5                	mov    %esp,%ebp
  80092b:	53                   	push   %ebx
  80092c:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80092f:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800932:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800935:	85 d2                	test   %edx,%edx
  800937:	74 0e                	je     800947 <memset+0x1f>
  800939:	01 da                	add    %ebx,%edx
	char *p = v;
  80093b:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  80093d:	83 c0 01             	add    $0x1,%eax
  800940:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800943:	39 c2                	cmp    %eax,%edx
  800945:	75 f6                	jne    80093d <memset+0x15>
	return v;
}
  800947:	89 d8                	mov    %ebx,%eax
  800949:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80094c:	c9                   	leave
  80094d:	c3                   	ret

0080094e <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  80094e:	55                   	push   %ebp
  80094f:	89 e5                	mov    %esp,%ebp
  800951:	56                   	push   %esi
  800952:	53                   	push   %ebx
  800953:	8b 75 08             	mov    0x8(%ebp),%esi
  800956:	8b 45 0c             	mov    0xc(%ebp),%eax
  800959:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  80095c:	39 f0                	cmp    %esi,%eax
  80095e:	72 20                	jb     800980 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800960:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800963:	89 f2                	mov    %esi,%edx
  800965:	85 c9                	test   %ecx,%ecx
  800967:	74 11                	je     80097a <memmove+0x2c>
			*d++ = *s++;
  800969:	83 c0 01             	add    $0x1,%eax
  80096c:	83 c2 01             	add    $0x1,%edx
  80096f:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800973:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800976:	39 d8                	cmp    %ebx,%eax
  800978:	75 ef                	jne    800969 <memmove+0x1b>
	return dst;
}
  80097a:	89 f0                	mov    %esi,%eax
  80097c:	5b                   	pop    %ebx
  80097d:	5e                   	pop    %esi
  80097e:	5d                   	pop    %ebp
  80097f:	c3                   	ret
	if (s < d && s + n > d) {
  800980:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800983:	39 d6                	cmp    %edx,%esi
  800985:	73 d9                	jae    800960 <memmove+0x12>
		while (n-- > 0)
  800987:	8d 51 ff             	lea    -0x1(%ecx),%edx
  80098a:	85 c9                	test   %ecx,%ecx
  80098c:	74 ec                	je     80097a <memmove+0x2c>
			*--d = *--s;
  80098e:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800992:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800995:	83 ea 01             	sub    $0x1,%edx
  800998:	83 fa ff             	cmp    $0xffffffff,%edx
  80099b:	75 f1                	jne    80098e <memmove+0x40>
  80099d:	eb db                	jmp    80097a <memmove+0x2c>

0080099f <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  80099f:	55                   	push   %ebp
  8009a0:	89 e5                	mov    %esp,%ebp
  8009a2:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  8009a5:	ff 75 10             	push   0x10(%ebp)
  8009a8:	ff 75 0c             	push   0xc(%ebp)
  8009ab:	ff 75 08             	push   0x8(%ebp)
  8009ae:	e8 9b ff ff ff       	call   80094e <memmove>
}
  8009b3:	c9                   	leave
  8009b4:	c3                   	ret

008009b5 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  8009b5:	55                   	push   %ebp
  8009b6:	89 e5                	mov    %esp,%ebp
  8009b8:	56                   	push   %esi
  8009b9:	53                   	push   %ebx
  8009ba:	8b 45 08             	mov    0x8(%ebp),%eax
  8009bd:	8b 55 0c             	mov    0xc(%ebp),%edx
  8009c0:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  8009c3:	85 f6                	test   %esi,%esi
  8009c5:	74 29                	je     8009f0 <memcmp+0x3b>
  8009c7:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  8009c9:	0f b6 08             	movzbl (%eax),%ecx
  8009cc:	0f b6 1a             	movzbl (%edx),%ebx
  8009cf:	38 d9                	cmp    %bl,%cl
  8009d1:	75 11                	jne    8009e4 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  8009d3:	83 c0 01             	add    $0x1,%eax
  8009d6:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  8009d9:	39 c6                	cmp    %eax,%esi
  8009db:	75 ec                	jne    8009c9 <memcmp+0x14>
	}
	return 0;
  8009dd:	b8 00 00 00 00       	mov    $0x0,%eax
  8009e2:	eb 08                	jmp    8009ec <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  8009e4:	0f b6 c1             	movzbl %cl,%eax
  8009e7:	0f b6 db             	movzbl %bl,%ebx
  8009ea:	29 d8                	sub    %ebx,%eax
}
  8009ec:	5b                   	pop    %ebx
  8009ed:	5e                   	pop    %esi
  8009ee:	5d                   	pop    %ebp
  8009ef:	c3                   	ret
	return 0;
  8009f0:	b8 00 00 00 00       	mov    $0x0,%eax
  8009f5:	eb f5                	jmp    8009ec <memcmp+0x37>

008009f7 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  8009f7:	55                   	push   %ebp
  8009f8:	89 e5                	mov    %esp,%ebp
  8009fa:	8b 45 08             	mov    0x8(%ebp),%eax
  8009fd:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800a00:	89 c2                	mov    %eax,%edx
  800a02:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800a05:	39 d0                	cmp    %edx,%eax
  800a07:	73 0d                	jae    800a16 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800a09:	38 08                	cmp    %cl,(%eax)
  800a0b:	74 0d                	je     800a1a <memfind+0x23>
	for (; s < ends; s++)
  800a0d:	83 c0 01             	add    $0x1,%eax
  800a10:	39 c2                	cmp    %eax,%edx
  800a12:	75 f5                	jne    800a09 <memfind+0x12>
  800a14:	eb 06                	jmp    800a1c <memfind+0x25>
  800a16:	89 c2                	mov    %eax,%edx
  800a18:	eb 02                	jmp    800a1c <memfind+0x25>
  800a1a:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800a1c:	89 d0                	mov    %edx,%eax
  800a1e:	5d                   	pop    %ebp
  800a1f:	c3                   	ret

00800a20 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800a20:	55                   	push   %ebp
  800a21:	89 e5                	mov    %esp,%ebp
  800a23:	57                   	push   %edi
  800a24:	56                   	push   %esi
  800a25:	53                   	push   %ebx
  800a26:	8b 55 08             	mov    0x8(%ebp),%edx
  800a29:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800a2c:	0f b6 02             	movzbl (%edx),%eax
  800a2f:	3c 20                	cmp    $0x20,%al
  800a31:	74 04                	je     800a37 <strtol+0x17>
  800a33:	3c 09                	cmp    $0x9,%al
  800a35:	75 0e                	jne    800a45 <strtol+0x25>
		s++;
  800a37:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800a3a:	0f b6 02             	movzbl (%edx),%eax
  800a3d:	3c 20                	cmp    $0x20,%al
  800a3f:	74 f6                	je     800a37 <strtol+0x17>
  800a41:	3c 09                	cmp    $0x9,%al
  800a43:	74 f2                	je     800a37 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800a45:	3c 2b                	cmp    $0x2b,%al
  800a47:	74 2a                	je     800a73 <strtol+0x53>
	int neg = 0;
  800a49:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800a4e:	3c 2d                	cmp    $0x2d,%al
  800a50:	74 2b                	je     800a7d <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800a52:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800a58:	75 0f                	jne    800a69 <strtol+0x49>
  800a5a:	80 3a 30             	cmpb   $0x30,(%edx)
  800a5d:	74 28                	je     800a87 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800a5f:	85 db                	test   %ebx,%ebx
  800a61:	b8 0a 00 00 00       	mov    $0xa,%eax
  800a66:	0f 44 d8             	cmove  %eax,%ebx
  800a69:	b9 00 00 00 00       	mov    $0x0,%ecx
  800a6e:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800a71:	eb 46                	jmp    800ab9 <strtol+0x99>
		s++;
  800a73:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800a76:	bf 00 00 00 00       	mov    $0x0,%edi
  800a7b:	eb d5                	jmp    800a52 <strtol+0x32>
		s++, neg = 1;
  800a7d:	83 c2 01             	add    $0x1,%edx
  800a80:	bf 01 00 00 00       	mov    $0x1,%edi
  800a85:	eb cb                	jmp    800a52 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800a87:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800a8b:	74 0e                	je     800a9b <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800a8d:	85 db                	test   %ebx,%ebx
  800a8f:	75 d8                	jne    800a69 <strtol+0x49>
		s++, base = 8;
  800a91:	83 c2 01             	add    $0x1,%edx
  800a94:	bb 08 00 00 00       	mov    $0x8,%ebx
  800a99:	eb ce                	jmp    800a69 <strtol+0x49>
		s += 2, base = 16;
  800a9b:	83 c2 02             	add    $0x2,%edx
  800a9e:	bb 10 00 00 00       	mov    $0x10,%ebx
  800aa3:	eb c4                	jmp    800a69 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800aa5:	0f be c0             	movsbl %al,%eax
  800aa8:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800aab:	3b 45 10             	cmp    0x10(%ebp),%eax
  800aae:	7d 3a                	jge    800aea <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800ab0:	83 c2 01             	add    $0x1,%edx
  800ab3:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800ab7:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800ab9:	0f b6 02             	movzbl (%edx),%eax
  800abc:	8d 70 d0             	lea    -0x30(%eax),%esi
  800abf:	89 f3                	mov    %esi,%ebx
  800ac1:	80 fb 09             	cmp    $0x9,%bl
  800ac4:	76 df                	jbe    800aa5 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800ac6:	8d 70 9f             	lea    -0x61(%eax),%esi
  800ac9:	89 f3                	mov    %esi,%ebx
  800acb:	80 fb 19             	cmp    $0x19,%bl
  800ace:	77 08                	ja     800ad8 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800ad0:	0f be c0             	movsbl %al,%eax
  800ad3:	83 e8 57             	sub    $0x57,%eax
  800ad6:	eb d3                	jmp    800aab <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800ad8:	8d 70 bf             	lea    -0x41(%eax),%esi
  800adb:	89 f3                	mov    %esi,%ebx
  800add:	80 fb 19             	cmp    $0x19,%bl
  800ae0:	77 08                	ja     800aea <strtol+0xca>
			dig = *s - 'A' + 10;
  800ae2:	0f be c0             	movsbl %al,%eax
  800ae5:	83 e8 37             	sub    $0x37,%eax
  800ae8:	eb c1                	jmp    800aab <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800aea:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800aee:	74 05                	je     800af5 <strtol+0xd5>
		*endptr = (char *) s;
  800af0:	8b 45 0c             	mov    0xc(%ebp),%eax
  800af3:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800af5:	89 c8                	mov    %ecx,%eax
  800af7:	f7 d8                	neg    %eax
  800af9:	85 ff                	test   %edi,%edi
  800afb:	0f 45 c8             	cmovne %eax,%ecx
}
  800afe:	89 c8                	mov    %ecx,%eax
  800b00:	5b                   	pop    %ebx
  800b01:	5e                   	pop    %esi
  800b02:	5f                   	pop    %edi
  800b03:	5d                   	pop    %ebp
  800b04:	c3                   	ret

00800b05 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800b05:	55                   	push   %ebp
  800b06:	89 e5                	mov    %esp,%ebp
  800b08:	57                   	push   %edi
  800b09:	56                   	push   %esi
  800b0a:	53                   	push   %ebx
  800b0b:	83 ec 24             	sub    $0x24,%esp
  800b0e:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800b11:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800b14:	8b 45 08             	mov    0x8(%ebp),%eax
  800b17:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b1a:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800b1d:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800b20:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800b23:	89 d1                	mov    %edx,%ecx
  800b25:	09 c1                	or     %eax,%ecx
  800b27:	74 2f                	je     800b58 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800b29:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800b2c:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800b2f:	89 d0                	mov    %edx,%eax
  800b31:	83 c8 00             	or     $0x0,%eax
  800b34:	74 48                	je     800b7e <udivmod64+0x79>
  800b36:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800b3b:	be 00 00 00 00       	mov    $0x0,%esi
  800b40:	bf 00 00 00 00       	mov    $0x0,%edi
  800b45:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800b4c:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800b53:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800b56:	eb 5f                	jmp    800bb7 <udivmod64+0xb2>
		return ~0ULL;
  800b58:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800b5f:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800b66:	85 db                	test   %ebx,%ebx
  800b68:	0f 84 b7 00 00 00    	je     800c25 <udivmod64+0x120>
			*rem = n;
  800b6e:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800b71:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800b74:	89 03                	mov    %eax,(%ebx)
  800b76:	89 53 04             	mov    %edx,0x4(%ebx)
  800b79:	e9 a7 00 00 00       	jmp    800c25 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800b7e:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800b81:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800b84:	85 db                	test   %ebx,%ebx
  800b86:	74 12                	je     800b9a <udivmod64+0x95>
			*rem = n32 % d32;
  800b88:	89 c8                	mov    %ecx,%eax
  800b8a:	ba 00 00 00 00       	mov    $0x0,%edx
  800b8f:	f7 f6                	div    %esi
  800b91:	89 13                	mov    %edx,(%ebx)
  800b93:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800b9a:	89 c8                	mov    %ecx,%eax
  800b9c:	ba 00 00 00 00       	mov    $0x0,%edx
  800ba1:	f7 f6                	div    %esi
  800ba3:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800ba6:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800bad:	eb 76                	jmp    800c25 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800baf:	83 e9 01             	sub    $0x1,%ecx
  800bb2:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800bb5:	74 62                	je     800c19 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800bb7:	89 f0                	mov    %esi,%eax
  800bb9:	89 fa                	mov    %edi,%edx
  800bbb:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800bbf:	01 c0                	add    %eax,%eax
  800bc1:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800bc4:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800bc7:	0f ad fe             	shrd   %cl,%edi,%esi
  800bca:	d3 ef                	shr    %cl,%edi
  800bcc:	f6 c1 20             	test   $0x20,%cl
  800bcf:	74 04                	je     800bd5 <udivmod64+0xd0>
  800bd1:	89 fe                	mov    %edi,%esi
  800bd3:	31 ff                	xor    %edi,%edi
  800bd5:	89 f7                	mov    %esi,%edi
  800bd7:	83 e7 01             	and    $0x1,%edi
  800bda:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800bdd:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800be4:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800be7:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800bea:	09 c6                	or     %eax,%esi
  800bec:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800bee:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800bf1:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800bf4:	39 c6                	cmp    %eax,%esi
  800bf6:	89 fb                	mov    %edi,%ebx
  800bf8:	19 d3                	sbb    %edx,%ebx
  800bfa:	72 b3                	jb     800baf <udivmod64+0xaa>
			r -= d;
  800bfc:	29 c6                	sub    %eax,%esi
  800bfe:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800c00:	31 c0                	xor    %eax,%eax
  800c02:	31 d2                	xor    %edx,%edx
  800c04:	f6 c1 20             	test   $0x20,%cl
  800c07:	0f 94 c0             	sete   %al
  800c0a:	0f 95 c2             	setne  %dl
  800c0d:	d3 e0                	shl    %cl,%eax
  800c0f:	d3 e2                	shl    %cl,%edx
  800c11:	09 45 d0             	or     %eax,-0x30(%ebp)
  800c14:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800c17:	eb 96                	jmp    800baf <udivmod64+0xaa>
		}
	}
	if (rem)
  800c19:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800c1c:	85 db                	test   %ebx,%ebx
  800c1e:	74 05                	je     800c25 <udivmod64+0x120>
		*rem = r;
  800c20:	89 33                	mov    %esi,(%ebx)
  800c22:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800c25:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800c28:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800c2b:	83 c4 24             	add    $0x24,%esp
  800c2e:	5b                   	pop    %ebx
  800c2f:	5e                   	pop    %esi
  800c30:	5f                   	pop    %edi
  800c31:	5d                   	pop    %ebp
  800c32:	c3                   	ret

00800c33 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800c33:	55                   	push   %ebp
  800c34:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800c36:	83 ec 04             	sub    $0x4,%esp
  800c39:	6a 00                	push   $0x0
  800c3b:	ff 75 14             	push   0x14(%ebp)
  800c3e:	ff 75 10             	push   0x10(%ebp)
  800c41:	8b 45 08             	mov    0x8(%ebp),%eax
  800c44:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c47:	e8 b9 fe ff ff       	call   800b05 <udivmod64>
}
  800c4c:	c9                   	leave
  800c4d:	c3                   	ret

00800c4e <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800c4e:	55                   	push   %ebp
  800c4f:	89 e5                	mov    %esp,%ebp
  800c51:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800c54:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800c57:	50                   	push   %eax
  800c58:	ff 75 14             	push   0x14(%ebp)
  800c5b:	ff 75 10             	push   0x10(%ebp)
  800c5e:	8b 45 08             	mov    0x8(%ebp),%eax
  800c61:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c64:	e8 9c fe ff ff       	call   800b05 <udivmod64>
	return r;
}
  800c69:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800c6c:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800c6f:	c9                   	leave
  800c70:	c3                   	ret

00800c71 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800c71:	55                   	push   %ebp
  800c72:	89 e5                	mov    %esp,%ebp
  800c74:	57                   	push   %edi
  800c75:	56                   	push   %esi
  800c76:	53                   	push   %ebx
  800c77:	83 ec 0c             	sub    $0xc,%esp
  800c7a:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800c7d:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800c80:	8b 45 10             	mov    0x10(%ebp),%eax
  800c83:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800c86:	89 ce                	mov    %ecx,%esi
  800c88:	89 df                	mov    %ebx,%edi
  800c8a:	31 c6                	xor    %eax,%esi
  800c8c:	31 d7                	xor    %edx,%edi
  800c8e:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800c91:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800c94:	89 c6                	mov    %eax,%esi
  800c96:	89 d7                	mov    %edx,%edi
  800c98:	85 d2                	test   %edx,%edx
  800c9a:	78 25                	js     800cc1 <__divdi3+0x50>
  800c9c:	89 c8                	mov    %ecx,%eax
  800c9e:	89 da                	mov    %ebx,%edx
  800ca0:	85 db                	test   %ebx,%ebx
  800ca2:	78 2a                	js     800cce <__divdi3+0x5d>
  800ca4:	83 ec 04             	sub    $0x4,%esp
  800ca7:	6a 00                	push   $0x0
  800ca9:	57                   	push   %edi
  800caa:	56                   	push   %esi
  800cab:	e8 55 fe ff ff       	call   800b05 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800cb0:	83 c4 10             	add    $0x10,%esp
  800cb3:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800cb7:	78 1e                	js     800cd7 <__divdi3+0x66>
}
  800cb9:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800cbc:	5b                   	pop    %ebx
  800cbd:	5e                   	pop    %esi
  800cbe:	5f                   	pop    %edi
  800cbf:	5d                   	pop    %ebp
  800cc0:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800cc1:	f7 d8                	neg    %eax
  800cc3:	83 d2 00             	adc    $0x0,%edx
  800cc6:	f7 da                	neg    %edx
  800cc8:	89 c6                	mov    %eax,%esi
  800cca:	89 d7                	mov    %edx,%edi
  800ccc:	eb ce                	jmp    800c9c <__divdi3+0x2b>
  800cce:	f7 d8                	neg    %eax
  800cd0:	83 d2 00             	adc    $0x0,%edx
  800cd3:	f7 da                	neg    %edx
  800cd5:	eb cd                	jmp    800ca4 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800cd7:	f7 d8                	neg    %eax
  800cd9:	83 d2 00             	adc    $0x0,%edx
  800cdc:	f7 da                	neg    %edx
  800cde:	eb d9                	jmp    800cb9 <__divdi3+0x48>

00800ce0 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800ce0:	55                   	push   %ebp
  800ce1:	89 e5                	mov    %esp,%ebp
  800ce3:	57                   	push   %edi
  800ce4:	56                   	push   %esi
  800ce5:	53                   	push   %ebx
  800ce6:	83 ec 14             	sub    $0x14,%esp
  800ce9:	8b 45 08             	mov    0x8(%ebp),%eax
  800cec:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cef:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800cf2:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800cf5:	89 ce                	mov    %ecx,%esi
  800cf7:	89 df                	mov    %ebx,%edi
  800cf9:	85 db                	test   %ebx,%ebx
  800cfb:	78 23                	js     800d20 <__moddi3+0x40>
  800cfd:	85 d2                	test   %edx,%edx
  800cff:	78 28                	js     800d29 <__moddi3+0x49>
  800d01:	83 ec 04             	sub    $0x4,%esp
  800d04:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d07:	51                   	push   %ecx
  800d08:	57                   	push   %edi
  800d09:	56                   	push   %esi
  800d0a:	e8 f6 fd ff ff       	call   800b05 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800d0f:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800d12:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800d15:	83 c4 10             	add    $0x10,%esp
}
  800d18:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d1b:	5b                   	pop    %ebx
  800d1c:	5e                   	pop    %esi
  800d1d:	5f                   	pop    %edi
  800d1e:	5d                   	pop    %ebp
  800d1f:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d20:	f7 de                	neg    %esi
  800d22:	83 d7 00             	adc    $0x0,%edi
  800d25:	f7 df                	neg    %edi
  800d27:	eb d4                	jmp    800cfd <__moddi3+0x1d>
  800d29:	f7 d8                	neg    %eax
  800d2b:	83 d2 00             	adc    $0x0,%edx
  800d2e:	f7 da                	neg    %edx
  800d30:	83 ec 04             	sub    $0x4,%esp
  800d33:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d36:	51                   	push   %ecx
  800d37:	57                   	push   %edi
  800d38:	56                   	push   %esi
  800d39:	e8 c7 fd ff ff       	call   800b05 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800d3e:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800d41:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800d44:	f7 d8                	neg    %eax
  800d46:	83 d2 00             	adc    $0x0,%edx
  800d49:	f7 da                	neg    %edx
  800d4b:	83 c4 10             	add    $0x10,%esp
  800d4e:	eb c8                	jmp    800d18 <__moddi3+0x38>

00800d50 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800d50:	55                   	push   %ebp
  800d51:	89 e5                	mov    %esp,%ebp
  800d53:	57                   	push   %edi
  800d54:	56                   	push   %esi
  800d55:	53                   	push   %ebx
	asm volatile("int %1\n"
  800d56:	b8 00 00 00 00       	mov    $0x0,%eax
  800d5b:	8b 55 08             	mov    0x8(%ebp),%edx
  800d5e:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800d61:	89 c3                	mov    %eax,%ebx
  800d63:	89 c7                	mov    %eax,%edi
  800d65:	89 c6                	mov    %eax,%esi
  800d67:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800d69:	5b                   	pop    %ebx
  800d6a:	5e                   	pop    %esi
  800d6b:	5f                   	pop    %edi
  800d6c:	5d                   	pop    %ebp
  800d6d:	c3                   	ret

00800d6e <sys_cgetc>:

int
sys_cgetc(void)
{
  800d6e:	55                   	push   %ebp
  800d6f:	89 e5                	mov    %esp,%ebp
  800d71:	57                   	push   %edi
  800d72:	56                   	push   %esi
  800d73:	53                   	push   %ebx
	asm volatile("int %1\n"
  800d74:	ba 00 00 00 00       	mov    $0x0,%edx
  800d79:	b8 01 00 00 00       	mov    $0x1,%eax
  800d7e:	89 d1                	mov    %edx,%ecx
  800d80:	89 d3                	mov    %edx,%ebx
  800d82:	89 d7                	mov    %edx,%edi
  800d84:	89 d6                	mov    %edx,%esi
  800d86:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800d88:	5b                   	pop    %ebx
  800d89:	5e                   	pop    %esi
  800d8a:	5f                   	pop    %edi
  800d8b:	5d                   	pop    %ebp
  800d8c:	c3                   	ret

00800d8d <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800d8d:	55                   	push   %ebp
  800d8e:	89 e5                	mov    %esp,%ebp
  800d90:	57                   	push   %edi
  800d91:	56                   	push   %esi
  800d92:	53                   	push   %ebx
  800d93:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800d96:	b9 00 00 00 00       	mov    $0x0,%ecx
  800d9b:	8b 55 08             	mov    0x8(%ebp),%edx
  800d9e:	b8 03 00 00 00       	mov    $0x3,%eax
  800da3:	89 cb                	mov    %ecx,%ebx
  800da5:	89 cf                	mov    %ecx,%edi
  800da7:	89 ce                	mov    %ecx,%esi
  800da9:	cd 30                	int    $0x30
	if (check && ret > 0)
  800dab:	85 c0                	test   %eax,%eax
  800dad:	7f 08                	jg     800db7 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800daf:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800db2:	5b                   	pop    %ebx
  800db3:	5e                   	pop    %esi
  800db4:	5f                   	pop    %edi
  800db5:	5d                   	pop    %ebp
  800db6:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800db7:	83 ec 0c             	sub    $0xc,%esp
  800dba:	50                   	push   %eax
  800dbb:	6a 03                	push   $0x3
  800dbd:	68 44 13 80 00       	push   $0x801344
  800dc2:	6a 1f                	push   $0x1f
  800dc4:	68 61 13 80 00       	push   $0x801361
  800dc9:	e8 ed 01 00 00       	call   800fbb <_panic>

00800dce <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800dce:	55                   	push   %ebp
  800dcf:	89 e5                	mov    %esp,%ebp
  800dd1:	57                   	push   %edi
  800dd2:	56                   	push   %esi
  800dd3:	53                   	push   %ebx
	asm volatile("int %1\n"
  800dd4:	ba 00 00 00 00       	mov    $0x0,%edx
  800dd9:	b8 02 00 00 00       	mov    $0x2,%eax
  800dde:	89 d1                	mov    %edx,%ecx
  800de0:	89 d3                	mov    %edx,%ebx
  800de2:	89 d7                	mov    %edx,%edi
  800de4:	89 d6                	mov    %edx,%esi
  800de6:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800de8:	5b                   	pop    %ebx
  800de9:	5e                   	pop    %esi
  800dea:	5f                   	pop    %edi
  800deb:	5d                   	pop    %ebp
  800dec:	c3                   	ret

00800ded <sys_yield>:

void
sys_yield(void)
{
  800ded:	55                   	push   %ebp
  800dee:	89 e5                	mov    %esp,%ebp
  800df0:	57                   	push   %edi
  800df1:	56                   	push   %esi
  800df2:	53                   	push   %ebx
	asm volatile("int %1\n"
  800df3:	ba 00 00 00 00       	mov    $0x0,%edx
  800df8:	b8 0a 00 00 00       	mov    $0xa,%eax
  800dfd:	89 d1                	mov    %edx,%ecx
  800dff:	89 d3                	mov    %edx,%ebx
  800e01:	89 d7                	mov    %edx,%edi
  800e03:	89 d6                	mov    %edx,%esi
  800e05:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800e07:	5b                   	pop    %ebx
  800e08:	5e                   	pop    %esi
  800e09:	5f                   	pop    %edi
  800e0a:	5d                   	pop    %ebp
  800e0b:	c3                   	ret

00800e0c <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800e0c:	55                   	push   %ebp
  800e0d:	89 e5                	mov    %esp,%ebp
  800e0f:	57                   	push   %edi
  800e10:	56                   	push   %esi
  800e11:	53                   	push   %ebx
  800e12:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e15:	be 00 00 00 00       	mov    $0x0,%esi
  800e1a:	8b 55 08             	mov    0x8(%ebp),%edx
  800e1d:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e20:	b8 04 00 00 00       	mov    $0x4,%eax
  800e25:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800e28:	89 f7                	mov    %esi,%edi
  800e2a:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e2c:	85 c0                	test   %eax,%eax
  800e2e:	7f 08                	jg     800e38 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800e30:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e33:	5b                   	pop    %ebx
  800e34:	5e                   	pop    %esi
  800e35:	5f                   	pop    %edi
  800e36:	5d                   	pop    %ebp
  800e37:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e38:	83 ec 0c             	sub    $0xc,%esp
  800e3b:	50                   	push   %eax
  800e3c:	6a 04                	push   $0x4
  800e3e:	68 44 13 80 00       	push   $0x801344
  800e43:	6a 1f                	push   $0x1f
  800e45:	68 61 13 80 00       	push   $0x801361
  800e4a:	e8 6c 01 00 00       	call   800fbb <_panic>

00800e4f <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800e4f:	55                   	push   %ebp
  800e50:	89 e5                	mov    %esp,%ebp
  800e52:	57                   	push   %edi
  800e53:	56                   	push   %esi
  800e54:	53                   	push   %ebx
  800e55:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e58:	8b 55 08             	mov    0x8(%ebp),%edx
  800e5b:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e5e:	b8 05 00 00 00       	mov    $0x5,%eax
  800e63:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800e66:	8b 7d 14             	mov    0x14(%ebp),%edi
  800e69:	8b 75 18             	mov    0x18(%ebp),%esi
  800e6c:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e6e:	85 c0                	test   %eax,%eax
  800e70:	7f 08                	jg     800e7a <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800e72:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e75:	5b                   	pop    %ebx
  800e76:	5e                   	pop    %esi
  800e77:	5f                   	pop    %edi
  800e78:	5d                   	pop    %ebp
  800e79:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e7a:	83 ec 0c             	sub    $0xc,%esp
  800e7d:	50                   	push   %eax
  800e7e:	6a 05                	push   $0x5
  800e80:	68 44 13 80 00       	push   $0x801344
  800e85:	6a 1f                	push   $0x1f
  800e87:	68 61 13 80 00       	push   $0x801361
  800e8c:	e8 2a 01 00 00       	call   800fbb <_panic>

00800e91 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800e91:	55                   	push   %ebp
  800e92:	89 e5                	mov    %esp,%ebp
  800e94:	57                   	push   %edi
  800e95:	56                   	push   %esi
  800e96:	53                   	push   %ebx
  800e97:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e9a:	bb 00 00 00 00       	mov    $0x0,%ebx
  800e9f:	8b 55 08             	mov    0x8(%ebp),%edx
  800ea2:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ea5:	b8 06 00 00 00       	mov    $0x6,%eax
  800eaa:	89 df                	mov    %ebx,%edi
  800eac:	89 de                	mov    %ebx,%esi
  800eae:	cd 30                	int    $0x30
	if (check && ret > 0)
  800eb0:	85 c0                	test   %eax,%eax
  800eb2:	7f 08                	jg     800ebc <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800eb4:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800eb7:	5b                   	pop    %ebx
  800eb8:	5e                   	pop    %esi
  800eb9:	5f                   	pop    %edi
  800eba:	5d                   	pop    %ebp
  800ebb:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ebc:	83 ec 0c             	sub    $0xc,%esp
  800ebf:	50                   	push   %eax
  800ec0:	6a 06                	push   $0x6
  800ec2:	68 44 13 80 00       	push   $0x801344
  800ec7:	6a 1f                	push   $0x1f
  800ec9:	68 61 13 80 00       	push   $0x801361
  800ece:	e8 e8 00 00 00       	call   800fbb <_panic>

00800ed3 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800ed3:	55                   	push   %ebp
  800ed4:	89 e5                	mov    %esp,%ebp
  800ed6:	57                   	push   %edi
  800ed7:	56                   	push   %esi
  800ed8:	53                   	push   %ebx
  800ed9:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800edc:	bb 00 00 00 00       	mov    $0x0,%ebx
  800ee1:	8b 55 08             	mov    0x8(%ebp),%edx
  800ee4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ee7:	b8 08 00 00 00       	mov    $0x8,%eax
  800eec:	89 df                	mov    %ebx,%edi
  800eee:	89 de                	mov    %ebx,%esi
  800ef0:	cd 30                	int    $0x30
	if (check && ret > 0)
  800ef2:	85 c0                	test   %eax,%eax
  800ef4:	7f 08                	jg     800efe <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800ef6:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ef9:	5b                   	pop    %ebx
  800efa:	5e                   	pop    %esi
  800efb:	5f                   	pop    %edi
  800efc:	5d                   	pop    %ebp
  800efd:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800efe:	83 ec 0c             	sub    $0xc,%esp
  800f01:	50                   	push   %eax
  800f02:	6a 08                	push   $0x8
  800f04:	68 44 13 80 00       	push   $0x801344
  800f09:	6a 1f                	push   $0x1f
  800f0b:	68 61 13 80 00       	push   $0x801361
  800f10:	e8 a6 00 00 00       	call   800fbb <_panic>

00800f15 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800f15:	55                   	push   %ebp
  800f16:	89 e5                	mov    %esp,%ebp
  800f18:	57                   	push   %edi
  800f19:	56                   	push   %esi
  800f1a:	53                   	push   %ebx
  800f1b:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f1e:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f23:	8b 55 08             	mov    0x8(%ebp),%edx
  800f26:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f29:	b8 09 00 00 00       	mov    $0x9,%eax
  800f2e:	89 df                	mov    %ebx,%edi
  800f30:	89 de                	mov    %ebx,%esi
  800f32:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f34:	85 c0                	test   %eax,%eax
  800f36:	7f 08                	jg     800f40 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800f38:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f3b:	5b                   	pop    %ebx
  800f3c:	5e                   	pop    %esi
  800f3d:	5f                   	pop    %edi
  800f3e:	5d                   	pop    %ebp
  800f3f:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f40:	83 ec 0c             	sub    $0xc,%esp
  800f43:	50                   	push   %eax
  800f44:	6a 09                	push   $0x9
  800f46:	68 44 13 80 00       	push   $0x801344
  800f4b:	6a 1f                	push   $0x1f
  800f4d:	68 61 13 80 00       	push   $0x801361
  800f52:	e8 64 00 00 00       	call   800fbb <_panic>

00800f57 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  800f57:	55                   	push   %ebp
  800f58:	89 e5                	mov    %esp,%ebp
  800f5a:	57                   	push   %edi
  800f5b:	56                   	push   %esi
  800f5c:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f5d:	8b 55 08             	mov    0x8(%ebp),%edx
  800f60:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f63:	b8 0b 00 00 00       	mov    $0xb,%eax
  800f68:	be 00 00 00 00       	mov    $0x0,%esi
  800f6d:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f70:	8b 7d 14             	mov    0x14(%ebp),%edi
  800f73:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  800f75:	5b                   	pop    %ebx
  800f76:	5e                   	pop    %esi
  800f77:	5f                   	pop    %edi
  800f78:	5d                   	pop    %ebp
  800f79:	c3                   	ret

00800f7a <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  800f7a:	55                   	push   %ebp
  800f7b:	89 e5                	mov    %esp,%ebp
  800f7d:	57                   	push   %edi
  800f7e:	56                   	push   %esi
  800f7f:	53                   	push   %ebx
  800f80:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f83:	b9 00 00 00 00       	mov    $0x0,%ecx
  800f88:	8b 55 08             	mov    0x8(%ebp),%edx
  800f8b:	b8 0c 00 00 00       	mov    $0xc,%eax
  800f90:	89 cb                	mov    %ecx,%ebx
  800f92:	89 cf                	mov    %ecx,%edi
  800f94:	89 ce                	mov    %ecx,%esi
  800f96:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f98:	85 c0                	test   %eax,%eax
  800f9a:	7f 08                	jg     800fa4 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  800f9c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f9f:	5b                   	pop    %ebx
  800fa0:	5e                   	pop    %esi
  800fa1:	5f                   	pop    %edi
  800fa2:	5d                   	pop    %ebp
  800fa3:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fa4:	83 ec 0c             	sub    $0xc,%esp
  800fa7:	50                   	push   %eax
  800fa8:	6a 0c                	push   $0xc
  800faa:	68 44 13 80 00       	push   $0x801344
  800faf:	6a 1f                	push   $0x1f
  800fb1:	68 61 13 80 00       	push   $0x801361
  800fb6:	e8 00 00 00 00       	call   800fbb <_panic>

00800fbb <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  800fbb:	55                   	push   %ebp
  800fbc:	89 e5                	mov    %esp,%ebp
  800fbe:	56                   	push   %esi
  800fbf:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800fc0:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800fc3:	8b 35 00 20 80 00    	mov    0x802000,%esi
  800fc9:	e8 00 fe ff ff       	call   800dce <sys_getenvid>
  800fce:	83 ec 0c             	sub    $0xc,%esp
  800fd1:	ff 75 0c             	push   0xc(%ebp)
  800fd4:	ff 75 08             	push   0x8(%ebp)
  800fd7:	56                   	push   %esi
  800fd8:	50                   	push   %eax
  800fd9:	68 70 13 80 00       	push   $0x801370
  800fde:	e8 50 f7 ff ff       	call   800733 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800fe3:	83 c4 18             	add    $0x18,%esp
  800fe6:	53                   	push   %ebx
  800fe7:	ff 75 10             	push   0x10(%ebp)
  800fea:	e8 56 00 00 00       	call   801045 <vcprintf>
	cprintf("\n");
  800fef:	c7 04 24 93 13 80 00 	movl   $0x801393,(%esp)
  800ff6:	e8 38 f7 ff ff       	call   800733 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  800ffb:	cc                   	int3
  800ffc:	83 c4 10             	add    $0x10,%esp
	for (;;)
  800fff:	eb fe                	jmp    800fff <_panic+0x44>

00801001 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  801001:	55                   	push   %ebp
  801002:	89 e5                	mov    %esp,%ebp
  801004:	53                   	push   %ebx
  801005:	83 ec 04             	sub    $0x4,%esp
  801008:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  80100b:	8b 13                	mov    (%ebx),%edx
  80100d:	8d 42 01             	lea    0x1(%edx),%eax
  801010:	89 03                	mov    %eax,(%ebx)
  801012:	8b 4d 08             	mov    0x8(%ebp),%ecx
  801015:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  801019:	3d 00 01 00 00       	cmp    $0x100,%eax
  80101e:	74 09                	je     801029 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  801020:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  801024:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  801027:	c9                   	leave
  801028:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  801029:	83 ec 08             	sub    $0x8,%esp
  80102c:	68 00 01 00 00       	push   $0x100
  801031:	8d 43 08             	lea    0x8(%ebx),%eax
  801034:	50                   	push   %eax
  801035:	e8 16 fd ff ff       	call   800d50 <sys_cputs>
		b->idx = 0;
  80103a:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  801040:	83 c4 10             	add    $0x10,%esp
  801043:	eb db                	jmp    801020 <putch+0x1f>

00801045 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  801045:	55                   	push   %ebp
  801046:	89 e5                	mov    %esp,%ebp
  801048:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  80104e:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  801055:	00 00 00 
	b.cnt = 0;
  801058:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  80105f:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  801062:	ff 75 0c             	push   0xc(%ebp)
  801065:	ff 75 08             	push   0x8(%ebp)
  801068:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  80106e:	50                   	push   %eax
  80106f:	68 01 10 80 00       	push   $0x801001
  801074:	e8 67 f0 ff ff       	call   8000e0 <vprintfmt>
	if (b->idx > 0) {
  801079:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  80107f:	83 c4 10             	add    $0x10,%esp
  801082:	85 c0                	test   %eax,%eax
  801084:	7f 08                	jg     80108e <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  801086:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  80108c:	c9                   	leave
  80108d:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80108e:	83 ec 08             	sub    $0x8,%esp
  801091:	50                   	push   %eax
  801092:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  801098:	50                   	push   %eax
  801099:	e8 b2 fc ff ff       	call   800d50 <sys_cputs>
  80109e:	83 c4 10             	add    $0x10,%esp
  8010a1:	eb e3                	jmp    801086 <vcprintf+0x41>
