
obj-walkfork/user/pingpong:     file format elf32-i386


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
  80002c:	e8 8f 00 00 00       	call   8000c0 <libmain>
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
  800036:	57                   	push   %edi
  800037:	56                   	push   %esi
  800038:	53                   	push   %ebx
  800039:	83 ec 1c             	sub    $0x1c,%esp
	envid_t who;
	uint32_t i;

	if ((who = fork()) != 0) {
  80003c:	e8 d0 12 00 00       	call   801311 <fork>
  800041:	89 45 e4             	mov    %eax,-0x1c(%ebp)
  800044:	85 c0                	test   %eax,%eax
  800046:	75 4f                	jne    800097 <umain+0x64>
		cprintf("send 0 from %x to %x\n", sys_getenvid(), who);
		ipc_send(who, 0, 0, 0);
	}

	while (1) {
		i = ipc_recv(&who, 0, 0);
  800048:	8d 75 e4             	lea    -0x1c(%ebp),%esi
  80004b:	83 ec 04             	sub    $0x4,%esp
  80004e:	6a 00                	push   $0x0
  800050:	6a 00                	push   $0x0
  800052:	56                   	push   %esi
  800053:	e8 dd 12 00 00       	call   801335 <ipc_recv>
  800058:	89 c3                	mov    %eax,%ebx
		cprintf("%x got %d from %x\n", sys_getenvid(), i, who);
  80005a:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  80005d:	e8 de 0d 00 00       	call   800e40 <sys_getenvid>
  800062:	57                   	push   %edi
  800063:	53                   	push   %ebx
  800064:	50                   	push   %eax
  800065:	68 d6 15 80 00       	push   $0x8015d6
  80006a:	e8 36 07 00 00       	call   8007a5 <cprintf>
		if (i == 10)
  80006f:	83 c4 20             	add    $0x20,%esp
  800072:	83 fb 0a             	cmp    $0xa,%ebx
  800075:	74 18                	je     80008f <umain+0x5c>
			return;
		i++;
  800077:	83 c3 01             	add    $0x1,%ebx
		ipc_send(who, i, 0, 0);
  80007a:	6a 00                	push   $0x0
  80007c:	6a 00                	push   $0x0
  80007e:	53                   	push   %ebx
  80007f:	ff 75 e4             	push   -0x1c(%ebp)
  800082:	e8 2c 13 00 00       	call   8013b3 <ipc_send>
		if (i == 10)
  800087:	83 c4 10             	add    $0x10,%esp
  80008a:	83 fb 0a             	cmp    $0xa,%ebx
  80008d:	75 bc                	jne    80004b <umain+0x18>
			return;
	}
}
  80008f:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800092:	5b                   	pop    %ebx
  800093:	5e                   	pop    %esi
  800094:	5f                   	pop    %edi
  800095:	5d                   	pop    %ebp
  800096:	c3                   	ret
  800097:	89 c3                	mov    %eax,%ebx
		cprintf("send 0 from %x to %x\n", sys_getenvid(), who);
  800099:	e8 a2 0d 00 00       	call   800e40 <sys_getenvid>
  80009e:	83 ec 04             	sub    $0x4,%esp
  8000a1:	53                   	push   %ebx
  8000a2:	50                   	push   %eax
  8000a3:	68 c0 15 80 00       	push   $0x8015c0
  8000a8:	e8 f8 06 00 00       	call   8007a5 <cprintf>
		ipc_send(who, 0, 0, 0);
  8000ad:	6a 00                	push   $0x0
  8000af:	6a 00                	push   $0x0
  8000b1:	6a 00                	push   $0x0
  8000b3:	ff 75 e4             	push   -0x1c(%ebp)
  8000b6:	e8 f8 12 00 00       	call   8013b3 <ipc_send>
  8000bb:	83 c4 20             	add    $0x20,%esp
  8000be:	eb 88                	jmp    800048 <umain+0x15>

008000c0 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8000c0:	55                   	push   %ebp
  8000c1:	89 e5                	mov    %esp,%ebp
  8000c3:	56                   	push   %esi
  8000c4:	53                   	push   %ebx
  8000c5:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8000c8:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  8000cb:	e8 70 0d 00 00       	call   800e40 <sys_getenvid>
  8000d0:	25 ff 03 00 00       	and    $0x3ff,%eax
  8000d5:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8000d8:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8000dd:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  8000e2:	85 db                	test   %ebx,%ebx
  8000e4:	7e 07                	jle    8000ed <libmain+0x2d>
		binaryname = argv[0];
  8000e6:	8b 06                	mov    (%esi),%eax
  8000e8:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  8000ed:	83 ec 08             	sub    $0x8,%esp
  8000f0:	56                   	push   %esi
  8000f1:	53                   	push   %ebx
  8000f2:	e8 3c ff ff ff       	call   800033 <umain>

	exit();
  8000f7:	e8 0a 00 00 00       	call   800106 <exit>
}
  8000fc:	83 c4 10             	add    $0x10,%esp
  8000ff:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800102:	5b                   	pop    %ebx
  800103:	5e                   	pop    %esi
  800104:	5d                   	pop    %ebp
  800105:	c3                   	ret

00800106 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  800106:	55                   	push   %ebp
  800107:	89 e5                	mov    %esp,%ebp
  800109:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  80010c:	6a 00                	push   $0x0
  80010e:	e8 ec 0c 00 00       	call   800dff <sys_env_destroy>
}
  800113:	83 c4 10             	add    $0x10,%esp
  800116:	c9                   	leave
  800117:	c3                   	ret

00800118 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  800118:	55                   	push   %ebp
  800119:	89 e5                	mov    %esp,%ebp
  80011b:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  80011e:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  800122:	8b 10                	mov    (%eax),%edx
  800124:	3b 50 04             	cmp    0x4(%eax),%edx
  800127:	73 0a                	jae    800133 <sprintputch+0x1b>
		*b->buf++ = ch;
  800129:	8d 4a 01             	lea    0x1(%edx),%ecx
  80012c:	89 08                	mov    %ecx,(%eax)
  80012e:	8b 45 08             	mov    0x8(%ebp),%eax
  800131:	88 02                	mov    %al,(%edx)
}
  800133:	5d                   	pop    %ebp
  800134:	c3                   	ret

00800135 <printfmt>:
{
  800135:	55                   	push   %ebp
  800136:	89 e5                	mov    %esp,%ebp
  800138:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  80013b:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  80013e:	50                   	push   %eax
  80013f:	ff 75 10             	push   0x10(%ebp)
  800142:	ff 75 0c             	push   0xc(%ebp)
  800145:	ff 75 08             	push   0x8(%ebp)
  800148:	e8 05 00 00 00       	call   800152 <vprintfmt>
}
  80014d:	83 c4 10             	add    $0x10,%esp
  800150:	c9                   	leave
  800151:	c3                   	ret

00800152 <vprintfmt>:
{
  800152:	55                   	push   %ebp
  800153:	89 e5                	mov    %esp,%ebp
  800155:	57                   	push   %edi
  800156:	56                   	push   %esi
  800157:	53                   	push   %ebx
  800158:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80015b:	8b 45 10             	mov    0x10(%ebp),%eax
  80015e:	8d 58 01             	lea    0x1(%eax),%ebx
  800161:	0f b6 00             	movzbl (%eax),%eax
  800164:	83 f8 25             	cmp    $0x25,%eax
  800167:	74 24                	je     80018d <vprintfmt+0x3b>
  800169:	8b 75 08             	mov    0x8(%ebp),%esi
  80016c:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  80016f:	85 c0                	test   %eax,%eax
  800171:	0f 84 d8 05 00 00    	je     80074f <vprintfmt+0x5fd>
			putch(ch, putdat);
  800177:	83 ec 08             	sub    $0x8,%esp
  80017a:	57                   	push   %edi
  80017b:	50                   	push   %eax
  80017c:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80017e:	83 c3 01             	add    $0x1,%ebx
  800181:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800185:	83 c4 10             	add    $0x10,%esp
  800188:	83 f8 25             	cmp    $0x25,%eax
  80018b:	75 e2                	jne    80016f <vprintfmt+0x1d>
		padc = ' ';
  80018d:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  800191:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800196:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  80019d:	b9 00 00 00 00       	mov    $0x0,%ecx
  8001a2:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8001a4:	8d 53 01             	lea    0x1(%ebx),%edx
  8001a7:	0f b6 0b             	movzbl (%ebx),%ecx
  8001aa:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8001ad:	3c 55                	cmp    $0x55,%al
  8001af:	0f 87 21 05 00 00    	ja     8006d6 <vprintfmt+0x584>
  8001b5:	0f b6 c0             	movzbl %al,%eax
  8001b8:	ff 24 85 c0 16 80 00 	jmp    *0x8016c0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8001bf:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8001c2:	eb 97                	jmp    80015b <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8001c4:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8001c6:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8001ca:	eb d8                	jmp    8001a4 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8001cc:	89 d3                	mov    %edx,%ebx
  8001ce:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8001d2:	eb d0                	jmp    8001a4 <vprintfmt+0x52>
  8001d4:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8001d7:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8001da:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8001de:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8001e1:	83 f9 09             	cmp    $0x9,%ecx
  8001e4:	77 54                	ja     80023a <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8001e6:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8001e9:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8001ec:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8001f0:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8001f3:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8001f6:	83 f9 09             	cmp    $0x9,%ecx
  8001f9:	76 eb                	jbe    8001e6 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8001fb:	89 d3                	mov    %edx,%ebx
  8001fd:	eb 0d                	jmp    80020c <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8001ff:	8b 45 14             	mov    0x14(%ebp),%eax
  800202:	8b 38                	mov    (%eax),%edi
  800204:	8d 40 04             	lea    0x4(%eax),%eax
  800207:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  80020a:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  80020c:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800210:	79 92                	jns    8001a4 <vprintfmt+0x52>
				width = precision, precision = -1;
  800212:	89 7d ac             	mov    %edi,-0x54(%ebp)
  800215:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  80021a:	eb 88                	jmp    8001a4 <vprintfmt+0x52>
			if (width < 0)
  80021c:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  80021f:	85 c9                	test   %ecx,%ecx
  800221:	b8 00 00 00 00       	mov    $0x0,%eax
  800226:	0f 49 c1             	cmovns %ecx,%eax
  800229:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  80022c:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80022e:	e9 71 ff ff ff       	jmp    8001a4 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800233:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800235:	e9 6a ff ff ff       	jmp    8001a4 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80023a:	89 d3                	mov    %edx,%ebx
  80023c:	eb ce                	jmp    80020c <vprintfmt+0xba>
			lflag++;
  80023e:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800241:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800243:	e9 5c ff ff ff       	jmp    8001a4 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800248:	89 55 10             	mov    %edx,0x10(%ebp)
  80024b:	8b 45 14             	mov    0x14(%ebp),%eax
  80024e:	8d 58 04             	lea    0x4(%eax),%ebx
  800251:	83 ec 08             	sub    $0x8,%esp
  800254:	ff 75 0c             	push   0xc(%ebp)
  800257:	ff 30                	push   (%eax)
  800259:	ff 55 08             	call   *0x8(%ebp)
			break;
  80025c:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  80025f:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800262:	e9 f4 fe ff ff       	jmp    80015b <vprintfmt+0x9>
			err = va_arg(ap, int);
  800267:	89 55 10             	mov    %edx,0x10(%ebp)
  80026a:	8b 45 14             	mov    0x14(%ebp),%eax
  80026d:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800270:	8b 10                	mov    (%eax),%edx
  800272:	89 d0                	mov    %edx,%eax
  800274:	f7 d8                	neg    %eax
  800276:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800279:	83 f8 08             	cmp    $0x8,%eax
  80027c:	7f 27                	jg     8002a5 <vprintfmt+0x153>
  80027e:	8b 14 85 20 18 80 00 	mov    0x801820(,%eax,4),%edx
  800285:	85 d2                	test   %edx,%edx
  800287:	74 1c                	je     8002a5 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800289:	52                   	push   %edx
  80028a:	68 03 16 80 00       	push   $0x801603
  80028f:	ff 75 0c             	push   0xc(%ebp)
  800292:	ff 75 08             	push   0x8(%ebp)
  800295:	e8 9b fe ff ff       	call   800135 <printfmt>
  80029a:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80029d:	89 5d 14             	mov    %ebx,0x14(%ebp)
  8002a0:	e9 b6 fe ff ff       	jmp    80015b <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  8002a5:	50                   	push   %eax
  8002a6:	68 fa 15 80 00       	push   $0x8015fa
  8002ab:	ff 75 0c             	push   0xc(%ebp)
  8002ae:	ff 75 08             	push   0x8(%ebp)
  8002b1:	e8 7f fe ff ff       	call   800135 <printfmt>
  8002b6:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8002b9:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8002bc:	e9 9a fe ff ff       	jmp    80015b <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8002c1:	89 55 10             	mov    %edx,0x10(%ebp)
  8002c4:	8b 45 14             	mov    0x14(%ebp),%eax
  8002c7:	83 c0 04             	add    $0x4,%eax
  8002ca:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8002cd:	8b 45 14             	mov    0x14(%ebp),%eax
  8002d0:	8b 30                	mov    (%eax),%esi
  8002d2:	85 f6                	test   %esi,%esi
  8002d4:	0f 84 53 04 00 00    	je     80072d <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8002da:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8002de:	7e 06                	jle    8002e6 <vprintfmt+0x194>
  8002e0:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8002e4:	75 1b                	jne    800301 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8002e6:	8d 5e 01             	lea    0x1(%esi),%ebx
  8002e9:	0f be 06             	movsbl (%esi),%eax
  8002ec:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8002ef:	85 c0                	test   %eax,%eax
  8002f1:	0f 85 80 00 00 00    	jne    800377 <vprintfmt+0x225>
  8002f7:	e9 8c 00 00 00       	jmp    800388 <vprintfmt+0x236>
				p = "(null)";
  8002fc:	be f3 15 80 00       	mov    $0x8015f3,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  800301:	83 ec 08             	sub    $0x8,%esp
  800304:	57                   	push   %edi
  800305:	56                   	push   %esi
  800306:	e8 ea 04 00 00       	call   8007f5 <strnlen>
  80030b:	29 45 ac             	sub    %eax,-0x54(%ebp)
  80030e:	8b 55 ac             	mov    -0x54(%ebp),%edx
  800311:	83 c4 10             	add    $0x10,%esp
  800314:	85 d2                	test   %edx,%edx
  800316:	0f 8e f5 03 00 00    	jle    800711 <vprintfmt+0x5bf>
					putch(padc, putdat);
  80031c:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  800320:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800323:	89 d6                	mov    %edx,%esi
  800325:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800328:	8b 7d 0c             	mov    0xc(%ebp),%edi
  80032b:	83 ec 08             	sub    $0x8,%esp
  80032e:	57                   	push   %edi
  80032f:	53                   	push   %ebx
  800330:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800333:	83 c4 10             	add    $0x10,%esp
  800336:	83 ee 01             	sub    $0x1,%esi
  800339:	75 f0                	jne    80032b <vprintfmt+0x1d9>
  80033b:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80033e:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800341:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800344:	8d 5e 01             	lea    0x1(%esi),%ebx
  800347:	0f be 06             	movsbl (%esi),%eax
  80034a:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80034d:	85 c0                	test   %eax,%eax
  80034f:	75 26                	jne    800377 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800351:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800354:	89 45 14             	mov    %eax,0x14(%ebp)
  800357:	e9 ff fd ff ff       	jmp    80015b <vprintfmt+0x9>
				putch(ch, putdat);
  80035c:	83 ec 08             	sub    $0x8,%esp
  80035f:	ff 75 0c             	push   0xc(%ebp)
  800362:	50                   	push   %eax
  800363:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800366:	83 ee 01             	sub    $0x1,%esi
  800369:	83 c3 01             	add    $0x1,%ebx
  80036c:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800370:	83 c4 10             	add    $0x10,%esp
  800373:	85 c0                	test   %eax,%eax
  800375:	74 0e                	je     800385 <vprintfmt+0x233>
  800377:	85 ff                	test   %edi,%edi
  800379:	78 e1                	js     80035c <vprintfmt+0x20a>
  80037b:	83 ef 01             	sub    $0x1,%edi
  80037e:	79 dc                	jns    80035c <vprintfmt+0x20a>
  800380:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800383:	eb 03                	jmp    800388 <vprintfmt+0x236>
  800385:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800388:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80038c:	7e 24                	jle    8003b2 <vprintfmt+0x260>
  80038e:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  800391:	8b 75 08             	mov    0x8(%ebp),%esi
  800394:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800397:	83 ec 08             	sub    $0x8,%esp
  80039a:	57                   	push   %edi
  80039b:	6a 20                	push   $0x20
  80039d:	ff d6                	call   *%esi
			for (; width > 0; width--)
  80039f:	83 c4 10             	add    $0x10,%esp
  8003a2:	83 eb 01             	sub    $0x1,%ebx
  8003a5:	75 f0                	jne    800397 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  8003a7:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8003aa:	89 45 14             	mov    %eax,0x14(%ebp)
  8003ad:	e9 a9 fd ff ff       	jmp    80015b <vprintfmt+0x9>
  8003b2:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8003b5:	89 45 14             	mov    %eax,0x14(%ebp)
  8003b8:	e9 9e fd ff ff       	jmp    80015b <vprintfmt+0x9>
	if (lflag >= 2)
  8003bd:	89 55 10             	mov    %edx,0x10(%ebp)
  8003c0:	83 fe 01             	cmp    $0x1,%esi
  8003c3:	7f 1b                	jg     8003e0 <vprintfmt+0x28e>
	else if (lflag)
  8003c5:	85 f6                	test   %esi,%esi
  8003c7:	74 39                	je     800402 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8003c9:	8b 45 14             	mov    0x14(%ebp),%eax
  8003cc:	8b 00                	mov    (%eax),%eax
  8003ce:	89 c6                	mov    %eax,%esi
  8003d0:	89 c7                	mov    %eax,%edi
  8003d2:	c1 ff 1f             	sar    $0x1f,%edi
  8003d5:	8b 45 14             	mov    0x14(%ebp),%eax
  8003d8:	8d 40 04             	lea    0x4(%eax),%eax
  8003db:	89 45 14             	mov    %eax,0x14(%ebp)
  8003de:	eb 0e                	jmp    8003ee <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8003e0:	8b 45 14             	mov    0x14(%ebp),%eax
  8003e3:	8b 30                	mov    (%eax),%esi
  8003e5:	8b 78 04             	mov    0x4(%eax),%edi
  8003e8:	8d 40 08             	lea    0x8(%eax),%eax
  8003eb:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8003ee:	85 ff                	test   %edi,%edi
  8003f0:	78 27                	js     800419 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8003f2:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8003f5:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8003f8:	b8 0a 00 00 00       	mov    $0xa,%eax
  8003fd:	e9 53 01 00 00       	jmp    800555 <vprintfmt+0x403>
		return va_arg(*ap, int);
  800402:	8b 45 14             	mov    0x14(%ebp),%eax
  800405:	8b 00                	mov    (%eax),%eax
  800407:	89 c6                	mov    %eax,%esi
  800409:	89 c7                	mov    %eax,%edi
  80040b:	c1 ff 1f             	sar    $0x1f,%edi
  80040e:	8b 45 14             	mov    0x14(%ebp),%eax
  800411:	8d 40 04             	lea    0x4(%eax),%eax
  800414:	89 45 14             	mov    %eax,0x14(%ebp)
  800417:	eb d5                	jmp    8003ee <vprintfmt+0x29c>
				putch('-', putdat);
  800419:	83 ec 08             	sub    $0x8,%esp
  80041c:	ff 75 0c             	push   0xc(%ebp)
  80041f:	6a 2d                	push   $0x2d
  800421:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800424:	f7 de                	neg    %esi
  800426:	83 d7 00             	adc    $0x0,%edi
  800429:	f7 df                	neg    %edi
  80042b:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80042e:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800431:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800434:	b8 0a 00 00 00       	mov    $0xa,%eax
  800439:	e9 17 01 00 00       	jmp    800555 <vprintfmt+0x403>
	if (lflag >= 2)
  80043e:	89 55 10             	mov    %edx,0x10(%ebp)
  800441:	83 fe 01             	cmp    $0x1,%esi
  800444:	7f 27                	jg     80046d <vprintfmt+0x31b>
	else if (lflag)
  800446:	85 f6                	test   %esi,%esi
  800448:	74 44                	je     80048e <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  80044a:	8b 45 14             	mov    0x14(%ebp),%eax
  80044d:	8b 00                	mov    (%eax),%eax
  80044f:	ba 00 00 00 00       	mov    $0x0,%edx
  800454:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800457:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80045a:	8b 45 14             	mov    0x14(%ebp),%eax
  80045d:	8d 40 04             	lea    0x4(%eax),%eax
  800460:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800463:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800468:	e9 e8 00 00 00       	jmp    800555 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80046d:	8b 45 14             	mov    0x14(%ebp),%eax
  800470:	8b 50 04             	mov    0x4(%eax),%edx
  800473:	8b 00                	mov    (%eax),%eax
  800475:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800478:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80047b:	8b 45 14             	mov    0x14(%ebp),%eax
  80047e:	8d 40 08             	lea    0x8(%eax),%eax
  800481:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800484:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800489:	e9 c7 00 00 00       	jmp    800555 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80048e:	8b 45 14             	mov    0x14(%ebp),%eax
  800491:	8b 00                	mov    (%eax),%eax
  800493:	ba 00 00 00 00       	mov    $0x0,%edx
  800498:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80049b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80049e:	8b 45 14             	mov    0x14(%ebp),%eax
  8004a1:	8d 40 04             	lea    0x4(%eax),%eax
  8004a4:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8004a7:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8004ac:	e9 a4 00 00 00       	jmp    800555 <vprintfmt+0x403>
	if (lflag >= 2)
  8004b1:	89 55 10             	mov    %edx,0x10(%ebp)
  8004b4:	83 fe 01             	cmp    $0x1,%esi
  8004b7:	7f 24                	jg     8004dd <vprintfmt+0x38b>
	else if (lflag)
  8004b9:	85 f6                	test   %esi,%esi
  8004bb:	74 3e                	je     8004fb <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8004bd:	8b 45 14             	mov    0x14(%ebp),%eax
  8004c0:	8b 00                	mov    (%eax),%eax
  8004c2:	ba 00 00 00 00       	mov    $0x0,%edx
  8004c7:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004ca:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004cd:	8b 45 14             	mov    0x14(%ebp),%eax
  8004d0:	8d 40 04             	lea    0x4(%eax),%eax
  8004d3:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004d6:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8004db:	eb 78                	jmp    800555 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8004dd:	8b 45 14             	mov    0x14(%ebp),%eax
  8004e0:	8b 50 04             	mov    0x4(%eax),%edx
  8004e3:	8b 00                	mov    (%eax),%eax
  8004e5:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004e8:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004eb:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ee:	8d 40 08             	lea    0x8(%eax),%eax
  8004f1:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004f4:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8004f9:	eb 5a                	jmp    800555 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8004fb:	8b 45 14             	mov    0x14(%ebp),%eax
  8004fe:	8b 00                	mov    (%eax),%eax
  800500:	ba 00 00 00 00       	mov    $0x0,%edx
  800505:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800508:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80050b:	8b 45 14             	mov    0x14(%ebp),%eax
  80050e:	8d 40 04             	lea    0x4(%eax),%eax
  800511:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800514:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  800519:	eb 3a                	jmp    800555 <vprintfmt+0x403>
			putch('0', putdat);
  80051b:	89 55 10             	mov    %edx,0x10(%ebp)
  80051e:	83 ec 08             	sub    $0x8,%esp
  800521:	ff 75 0c             	push   0xc(%ebp)
  800524:	6a 30                	push   $0x30
  800526:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  800529:	83 c4 08             	add    $0x8,%esp
  80052c:	ff 75 0c             	push   0xc(%ebp)
  80052f:	6a 78                	push   $0x78
  800531:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800534:	8b 45 14             	mov    0x14(%ebp),%eax
  800537:	8b 00                	mov    (%eax),%eax
  800539:	ba 00 00 00 00       	mov    $0x0,%edx
  80053e:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800541:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800544:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800547:	8b 45 14             	mov    0x14(%ebp),%eax
  80054a:	8d 40 04             	lea    0x4(%eax),%eax
  80054d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800550:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800555:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800559:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  80055c:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800561:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800564:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  80056b:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80056e:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800571:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800574:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800577:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  80057b:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80057e:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800581:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800584:	ff 75 bc             	push   -0x44(%ebp)
  800587:	ff 75 b8             	push   -0x48(%ebp)
  80058a:	57                   	push   %edi
  80058b:	56                   	push   %esi
  80058c:	e8 2f 07 00 00       	call   800cc0 <__umoddi3>
  800591:	83 c4 10             	add    $0x10,%esp
  800594:	0f b6 80 06 16 80 00 	movzbl 0x801606(%eax),%eax
  80059b:	88 03                	mov    %al,(%ebx)
		num /= base;
  80059d:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8005a0:	89 fb                	mov    %edi,%ebx
  8005a2:	ff 75 bc             	push   -0x44(%ebp)
  8005a5:	ff 75 b8             	push   -0x48(%ebp)
  8005a8:	57                   	push   %edi
  8005a9:	56                   	push   %esi
  8005aa:	e8 f6 06 00 00       	call   800ca5 <__udivdi3>
  8005af:	83 c4 10             	add    $0x10,%esp
  8005b2:	89 c6                	mov    %eax,%esi
  8005b4:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8005b6:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8005b9:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8005bc:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8005bf:	73 b6                	jae    800577 <vprintfmt+0x425>
	pad = width - n;
  8005c1:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8005c4:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8005c7:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005ca:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8005cc:	83 ff 2d             	cmp    $0x2d,%edi
  8005cf:	0f 84 de 00 00 00    	je     8006b3 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8005d5:	85 f6                	test   %esi,%esi
  8005d7:	0f 8e 27 01 00 00    	jle    800704 <vprintfmt+0x5b2>
  8005dd:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8005e0:	83 ec 08             	sub    $0x8,%esp
  8005e3:	53                   	push   %ebx
  8005e4:	57                   	push   %edi
  8005e5:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8005e8:	83 c4 10             	add    $0x10,%esp
  8005eb:	83 ee 01             	sub    $0x1,%esi
  8005ee:	75 f0                	jne    8005e0 <vprintfmt+0x48e>
  8005f0:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8005f3:	85 db                	test   %ebx,%ebx
  8005f5:	0f 8e 60 fb ff ff    	jle    80015b <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8005fb:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8005fe:	8b 75 08             	mov    0x8(%ebp),%esi
  800601:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800604:	83 eb 01             	sub    $0x1,%ebx
  800607:	83 ec 08             	sub    $0x8,%esp
  80060a:	57                   	push   %edi
  80060b:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  800610:	50                   	push   %eax
  800611:	ff d6                	call   *%esi
	while (n > 0)
  800613:	83 c4 10             	add    $0x10,%esp
  800616:	85 db                	test   %ebx,%ebx
  800618:	7f ea                	jg     800604 <vprintfmt+0x4b2>
  80061a:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  80061d:	85 f6                	test   %esi,%esi
  80061f:	0f 8e 36 fb ff ff    	jle    80015b <vprintfmt+0x9>
  800625:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800628:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  80062b:	83 ec 08             	sub    $0x8,%esp
  80062e:	57                   	push   %edi
  80062f:	6a 20                	push   $0x20
  800631:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800633:	83 c4 10             	add    $0x10,%esp
  800636:	83 ee 01             	sub    $0x1,%esi
  800639:	75 f0                	jne    80062b <vprintfmt+0x4d9>
  80063b:	e9 1b fb ff ff       	jmp    80015b <vprintfmt+0x9>
	if (lflag >= 2)
  800640:	89 55 10             	mov    %edx,0x10(%ebp)
  800643:	83 fe 01             	cmp    $0x1,%esi
  800646:	7f 27                	jg     80066f <vprintfmt+0x51d>
	else if (lflag)
  800648:	85 f6                	test   %esi,%esi
  80064a:	74 44                	je     800690 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  80064c:	8b 45 14             	mov    0x14(%ebp),%eax
  80064f:	8b 00                	mov    (%eax),%eax
  800651:	ba 00 00 00 00       	mov    $0x0,%edx
  800656:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800659:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80065c:	8b 45 14             	mov    0x14(%ebp),%eax
  80065f:	8d 40 04             	lea    0x4(%eax),%eax
  800662:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800665:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  80066a:	e9 e6 fe ff ff       	jmp    800555 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80066f:	8b 45 14             	mov    0x14(%ebp),%eax
  800672:	8b 50 04             	mov    0x4(%eax),%edx
  800675:	8b 00                	mov    (%eax),%eax
  800677:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80067a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80067d:	8b 45 14             	mov    0x14(%ebp),%eax
  800680:	8d 40 08             	lea    0x8(%eax),%eax
  800683:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800686:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  80068b:	e9 c5 fe ff ff       	jmp    800555 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800690:	8b 45 14             	mov    0x14(%ebp),%eax
  800693:	8b 00                	mov    (%eax),%eax
  800695:	ba 00 00 00 00       	mov    $0x0,%edx
  80069a:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80069d:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8006a0:	8b 45 14             	mov    0x14(%ebp),%eax
  8006a3:	8d 40 04             	lea    0x4(%eax),%eax
  8006a6:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8006a9:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8006ae:	e9 a2 fe ff ff       	jmp    800555 <vprintfmt+0x403>
	while (n > 0)
  8006b3:	85 db                	test   %ebx,%ebx
  8006b5:	0f 8f 40 ff ff ff    	jg     8005fb <vprintfmt+0x4a9>
  8006bb:	e9 5d ff ff ff       	jmp    80061d <vprintfmt+0x4cb>
			putch(ch, putdat);
  8006c0:	89 55 10             	mov    %edx,0x10(%ebp)
  8006c3:	83 ec 08             	sub    $0x8,%esp
  8006c6:	ff 75 0c             	push   0xc(%ebp)
  8006c9:	6a 25                	push   $0x25
  8006cb:	ff 55 08             	call   *0x8(%ebp)
			break;
  8006ce:	83 c4 10             	add    $0x10,%esp
  8006d1:	e9 85 fa ff ff       	jmp    80015b <vprintfmt+0x9>
			putch('%', putdat);
  8006d6:	83 ec 08             	sub    $0x8,%esp
  8006d9:	ff 75 0c             	push   0xc(%ebp)
  8006dc:	6a 25                	push   $0x25
  8006de:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8006e1:	83 c4 10             	add    $0x10,%esp
  8006e4:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8006e8:	0f 84 d1 fa ff ff    	je     8001bf <vprintfmt+0x6d>
  8006ee:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8006f1:	89 d8                	mov    %ebx,%eax
  8006f3:	83 e8 01             	sub    $0x1,%eax
  8006f6:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8006fa:	75 f7                	jne    8006f3 <vprintfmt+0x5a1>
  8006fc:	89 45 10             	mov    %eax,0x10(%ebp)
  8006ff:	e9 57 fa ff ff       	jmp    80015b <vprintfmt+0x9>
	while (n > 0)
  800704:	85 db                	test   %ebx,%ebx
  800706:	0f 8f ef fe ff ff    	jg     8005fb <vprintfmt+0x4a9>
  80070c:	e9 4a fa ff ff       	jmp    80015b <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800711:	8d 5e 01             	lea    0x1(%esi),%ebx
  800714:	0f be 06             	movsbl (%esi),%eax
  800717:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80071a:	85 c0                	test   %eax,%eax
  80071c:	0f 85 55 fc ff ff    	jne    800377 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800722:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800725:	89 45 14             	mov    %eax,0x14(%ebp)
  800728:	e9 2e fa ff ff       	jmp    80015b <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  80072d:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800731:	74 0a                	je     80073d <vprintfmt+0x5eb>
  800733:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800737:	0f 8f bf fb ff ff    	jg     8002fc <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80073d:	b8 28 00 00 00       	mov    $0x28,%eax
  800742:	bb f4 15 80 00       	mov    $0x8015f4,%ebx
  800747:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80074a:	e9 28 fc ff ff       	jmp    800377 <vprintfmt+0x225>
}
  80074f:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800752:	5b                   	pop    %ebx
  800753:	5e                   	pop    %esi
  800754:	5f                   	pop    %edi
  800755:	5d                   	pop    %ebp
  800756:	c3                   	ret

00800757 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800757:	55                   	push   %ebp
  800758:	89 e5                	mov    %esp,%ebp
  80075a:	83 ec 18             	sub    $0x18,%esp
  80075d:	8b 45 08             	mov    0x8(%ebp),%eax
  800760:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800763:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800766:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  80076a:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  80076d:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800774:	85 c0                	test   %eax,%eax
  800776:	74 26                	je     80079e <vsnprintf+0x47>
  800778:	85 d2                	test   %edx,%edx
  80077a:	7e 22                	jle    80079e <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  80077c:	ff 75 14             	push   0x14(%ebp)
  80077f:	ff 75 10             	push   0x10(%ebp)
  800782:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800785:	50                   	push   %eax
  800786:	68 18 01 80 00       	push   $0x800118
  80078b:	e8 c2 f9 ff ff       	call   800152 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800790:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800793:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800796:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800799:	83 c4 10             	add    $0x10,%esp
}
  80079c:	c9                   	leave
  80079d:	c3                   	ret
		return -E_INVAL;
  80079e:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  8007a3:	eb f7                	jmp    80079c <vsnprintf+0x45>

008007a5 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  8007a5:	55                   	push   %ebp
  8007a6:	89 e5                	mov    %esp,%ebp
  8007a8:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  8007ab:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  8007ae:	50                   	push   %eax
  8007af:	ff 75 08             	push   0x8(%ebp)
  8007b2:	e8 17 0d 00 00       	call   8014ce <vcprintf>
	va_end(ap);

	return cnt;
}
  8007b7:	c9                   	leave
  8007b8:	c3                   	ret

008007b9 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  8007b9:	55                   	push   %ebp
  8007ba:	89 e5                	mov    %esp,%ebp
  8007bc:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  8007bf:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  8007c2:	50                   	push   %eax
  8007c3:	ff 75 10             	push   0x10(%ebp)
  8007c6:	ff 75 0c             	push   0xc(%ebp)
  8007c9:	ff 75 08             	push   0x8(%ebp)
  8007cc:	e8 86 ff ff ff       	call   800757 <vsnprintf>
	va_end(ap);

	return rc;
}
  8007d1:	c9                   	leave
  8007d2:	c3                   	ret

008007d3 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8007d3:	55                   	push   %ebp
  8007d4:	89 e5                	mov    %esp,%ebp
  8007d6:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8007d9:	80 3a 00             	cmpb   $0x0,(%edx)
  8007dc:	74 10                	je     8007ee <strlen+0x1b>
  8007de:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  8007e3:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  8007e6:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  8007ea:	75 f7                	jne    8007e3 <strlen+0x10>
	return n;
}
  8007ec:	5d                   	pop    %ebp
  8007ed:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  8007ee:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  8007f3:	eb f7                	jmp    8007ec <strlen+0x19>

008007f5 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  8007f5:	55                   	push   %ebp
  8007f6:	89 e5                	mov    %esp,%ebp
  8007f8:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8007fb:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007fe:	85 d2                	test   %edx,%edx
  800800:	74 16                	je     800818 <strnlen+0x23>
  800802:	b8 00 00 00 00       	mov    $0x0,%eax
  800807:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  80080b:	74 09                	je     800816 <strnlen+0x21>
		n++;
  80080d:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800810:	39 d0                	cmp    %edx,%eax
  800812:	75 f3                	jne    800807 <strnlen+0x12>
		n++;
  800814:	89 d0                	mov    %edx,%eax
	return n;
}
  800816:	5d                   	pop    %ebp
  800817:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800818:	b8 00 00 00 00       	mov    $0x0,%eax
  80081d:	eb f7                	jmp    800816 <strnlen+0x21>

0080081f <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  80081f:	55                   	push   %ebp
  800820:	89 e5                	mov    %esp,%ebp
  800822:	53                   	push   %ebx
  800823:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800826:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800829:	b8 00 00 00 00       	mov    $0x0,%eax
  80082e:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800832:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800835:	83 c0 01             	add    $0x1,%eax
  800838:	84 d2                	test   %dl,%dl
  80083a:	75 f2                	jne    80082e <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  80083c:	89 c8                	mov    %ecx,%eax
  80083e:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800841:	c9                   	leave
  800842:	c3                   	ret

00800843 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800843:	55                   	push   %ebp
  800844:	89 e5                	mov    %esp,%ebp
  800846:	53                   	push   %ebx
  800847:	83 ec 10             	sub    $0x10,%esp
  80084a:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  80084d:	53                   	push   %ebx
  80084e:	e8 80 ff ff ff       	call   8007d3 <strlen>
  800853:	83 c4 08             	add    $0x8,%esp
  800856:	ff 75 0c             	push   0xc(%ebp)
  800859:	01 d8                	add    %ebx,%eax
  80085b:	50                   	push   %eax
  80085c:	e8 be ff ff ff       	call   80081f <strcpy>
	return dst;
}
  800861:	89 d8                	mov    %ebx,%eax
  800863:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800866:	c9                   	leave
  800867:	c3                   	ret

00800868 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800868:	55                   	push   %ebp
  800869:	89 e5                	mov    %esp,%ebp
  80086b:	56                   	push   %esi
  80086c:	53                   	push   %ebx
  80086d:	8b 75 08             	mov    0x8(%ebp),%esi
  800870:	8b 55 0c             	mov    0xc(%ebp),%edx
  800873:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800876:	85 db                	test   %ebx,%ebx
  800878:	74 17                	je     800891 <strncpy+0x29>
  80087a:	01 f3                	add    %esi,%ebx
  80087c:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  80087e:	83 c0 01             	add    $0x1,%eax
  800881:	0f b6 0a             	movzbl (%edx),%ecx
  800884:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800887:	80 f9 01             	cmp    $0x1,%cl
  80088a:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  80088d:	39 c3                	cmp    %eax,%ebx
  80088f:	75 ed                	jne    80087e <strncpy+0x16>
	}
	return ret;
}
  800891:	89 f0                	mov    %esi,%eax
  800893:	5b                   	pop    %ebx
  800894:	5e                   	pop    %esi
  800895:	5d                   	pop    %ebp
  800896:	c3                   	ret

00800897 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800897:	55                   	push   %ebp
  800898:	89 e5                	mov    %esp,%ebp
  80089a:	56                   	push   %esi
  80089b:	53                   	push   %ebx
  80089c:	8b 75 08             	mov    0x8(%ebp),%esi
  80089f:	8b 55 0c             	mov    0xc(%ebp),%edx
  8008a2:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  8008a5:	89 f0                	mov    %esi,%eax
  8008a7:	85 db                	test   %ebx,%ebx
  8008a9:	74 1e                	je     8008c9 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  8008ab:	83 eb 01             	sub    $0x1,%ebx
  8008ae:	74 16                	je     8008c6 <strlcpy+0x2f>
  8008b0:	01 f3                	add    %esi,%ebx
  8008b2:	0f b6 0a             	movzbl (%edx),%ecx
  8008b5:	84 c9                	test   %cl,%cl
  8008b7:	74 0d                	je     8008c6 <strlcpy+0x2f>
			*dst++ = *src++;
  8008b9:	83 c2 01             	add    $0x1,%edx
  8008bc:	83 c0 01             	add    $0x1,%eax
  8008bf:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  8008c2:	39 d8                	cmp    %ebx,%eax
  8008c4:	75 ec                	jne    8008b2 <strlcpy+0x1b>
		*dst = '\0';
  8008c6:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  8008c9:	29 f0                	sub    %esi,%eax
}
  8008cb:	5b                   	pop    %ebx
  8008cc:	5e                   	pop    %esi
  8008cd:	5d                   	pop    %ebp
  8008ce:	c3                   	ret

008008cf <strcmp>:

int
strcmp(const char *p, const char *q)
{
  8008cf:	55                   	push   %ebp
  8008d0:	89 e5                	mov    %esp,%ebp
  8008d2:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008d5:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  8008d8:	0f b6 01             	movzbl (%ecx),%eax
  8008db:	84 c0                	test   %al,%al
  8008dd:	74 11                	je     8008f0 <strcmp+0x21>
  8008df:	38 02                	cmp    %al,(%edx)
  8008e1:	75 0d                	jne    8008f0 <strcmp+0x21>
		p++, q++;
  8008e3:	83 c1 01             	add    $0x1,%ecx
  8008e6:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  8008e9:	0f b6 01             	movzbl (%ecx),%eax
  8008ec:	84 c0                	test   %al,%al
  8008ee:	75 ef                	jne    8008df <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  8008f0:	0f b6 c0             	movzbl %al,%eax
  8008f3:	0f b6 12             	movzbl (%edx),%edx
  8008f6:	29 d0                	sub    %edx,%eax
}
  8008f8:	5d                   	pop    %ebp
  8008f9:	c3                   	ret

008008fa <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  8008fa:	55                   	push   %ebp
  8008fb:	89 e5                	mov    %esp,%ebp
  8008fd:	53                   	push   %ebx
  8008fe:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800901:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800904:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800907:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  80090c:	85 d2                	test   %edx,%edx
  80090e:	74 2e                	je     80093e <strncmp+0x44>
  800910:	0f b6 01             	movzbl (%ecx),%eax
  800913:	84 c0                	test   %al,%al
  800915:	74 16                	je     80092d <strncmp+0x33>
  800917:	3a 03                	cmp    (%ebx),%al
  800919:	75 12                	jne    80092d <strncmp+0x33>
		n--, p++, q++;
  80091b:	83 c1 01             	add    $0x1,%ecx
  80091e:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800921:	83 ea 01             	sub    $0x1,%edx
  800924:	75 ea                	jne    800910 <strncmp+0x16>
		return 0;
  800926:	b8 00 00 00 00       	mov    $0x0,%eax
  80092b:	eb 11                	jmp    80093e <strncmp+0x44>
  80092d:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800932:	85 d2                	test   %edx,%edx
  800934:	74 08                	je     80093e <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800936:	0f b6 01             	movzbl (%ecx),%eax
  800939:	0f b6 13             	movzbl (%ebx),%edx
  80093c:	29 d0                	sub    %edx,%eax
}
  80093e:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800941:	c9                   	leave
  800942:	c3                   	ret

00800943 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800943:	55                   	push   %ebp
  800944:	89 e5                	mov    %esp,%ebp
  800946:	8b 45 08             	mov    0x8(%ebp),%eax
  800949:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  80094d:	0f b6 10             	movzbl (%eax),%edx
  800950:	84 d2                	test   %dl,%dl
  800952:	74 15                	je     800969 <strchr+0x26>
		if (*s == c)
  800954:	38 d1                	cmp    %dl,%cl
  800956:	74 0f                	je     800967 <strchr+0x24>
	for (; *s; s++)
  800958:	83 c0 01             	add    $0x1,%eax
  80095b:	0f b6 10             	movzbl (%eax),%edx
  80095e:	84 d2                	test   %dl,%dl
  800960:	75 f2                	jne    800954 <strchr+0x11>
			return (char *) s;
	return 0;
  800962:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800967:	5d                   	pop    %ebp
  800968:	c3                   	ret
	return 0;
  800969:	b8 00 00 00 00       	mov    $0x0,%eax
  80096e:	eb f7                	jmp    800967 <strchr+0x24>

00800970 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800970:	55                   	push   %ebp
  800971:	89 e5                	mov    %esp,%ebp
  800973:	53                   	push   %ebx
  800974:	8b 45 08             	mov    0x8(%ebp),%eax
  800977:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  80097a:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  80097d:	38 d3                	cmp    %dl,%bl
  80097f:	74 14                	je     800995 <strfind+0x25>
  800981:	89 d1                	mov    %edx,%ecx
  800983:	84 db                	test   %bl,%bl
  800985:	74 0e                	je     800995 <strfind+0x25>
	for (; *s; s++)
  800987:	83 c0 01             	add    $0x1,%eax
  80098a:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  80098d:	38 ca                	cmp    %cl,%dl
  80098f:	74 04                	je     800995 <strfind+0x25>
  800991:	84 d2                	test   %dl,%dl
  800993:	75 f2                	jne    800987 <strfind+0x17>
			break;
	return (char *) s;
}
  800995:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800998:	c9                   	leave
  800999:	c3                   	ret

0080099a <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  80099a:	55                   	push   %ebp
  80099b:	89 e5                	mov    %esp,%ebp
  80099d:	53                   	push   %ebx
  80099e:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8009a1:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8009a4:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  8009a7:	85 d2                	test   %edx,%edx
  8009a9:	74 0e                	je     8009b9 <memset+0x1f>
  8009ab:	01 da                	add    %ebx,%edx
	char *p = v;
  8009ad:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  8009af:	83 c0 01             	add    $0x1,%eax
  8009b2:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  8009b5:	39 c2                	cmp    %eax,%edx
  8009b7:	75 f6                	jne    8009af <memset+0x15>
	return v;
}
  8009b9:	89 d8                	mov    %ebx,%eax
  8009bb:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8009be:	c9                   	leave
  8009bf:	c3                   	ret

008009c0 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  8009c0:	55                   	push   %ebp
  8009c1:	89 e5                	mov    %esp,%ebp
  8009c3:	56                   	push   %esi
  8009c4:	53                   	push   %ebx
  8009c5:	8b 75 08             	mov    0x8(%ebp),%esi
  8009c8:	8b 45 0c             	mov    0xc(%ebp),%eax
  8009cb:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  8009ce:	39 f0                	cmp    %esi,%eax
  8009d0:	72 20                	jb     8009f2 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  8009d2:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  8009d5:	89 f2                	mov    %esi,%edx
  8009d7:	85 c9                	test   %ecx,%ecx
  8009d9:	74 11                	je     8009ec <memmove+0x2c>
			*d++ = *s++;
  8009db:	83 c0 01             	add    $0x1,%eax
  8009de:	83 c2 01             	add    $0x1,%edx
  8009e1:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  8009e5:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  8009e8:	39 d8                	cmp    %ebx,%eax
  8009ea:	75 ef                	jne    8009db <memmove+0x1b>
	return dst;
}
  8009ec:	89 f0                	mov    %esi,%eax
  8009ee:	5b                   	pop    %ebx
  8009ef:	5e                   	pop    %esi
  8009f0:	5d                   	pop    %ebp
  8009f1:	c3                   	ret
	if (s < d && s + n > d) {
  8009f2:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  8009f5:	39 d6                	cmp    %edx,%esi
  8009f7:	73 d9                	jae    8009d2 <memmove+0x12>
		while (n-- > 0)
  8009f9:	8d 51 ff             	lea    -0x1(%ecx),%edx
  8009fc:	85 c9                	test   %ecx,%ecx
  8009fe:	74 ec                	je     8009ec <memmove+0x2c>
			*--d = *--s;
  800a00:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800a04:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800a07:	83 ea 01             	sub    $0x1,%edx
  800a0a:	83 fa ff             	cmp    $0xffffffff,%edx
  800a0d:	75 f1                	jne    800a00 <memmove+0x40>
  800a0f:	eb db                	jmp    8009ec <memmove+0x2c>

00800a11 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800a11:	55                   	push   %ebp
  800a12:	89 e5                	mov    %esp,%ebp
  800a14:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800a17:	ff 75 10             	push   0x10(%ebp)
  800a1a:	ff 75 0c             	push   0xc(%ebp)
  800a1d:	ff 75 08             	push   0x8(%ebp)
  800a20:	e8 9b ff ff ff       	call   8009c0 <memmove>
}
  800a25:	c9                   	leave
  800a26:	c3                   	ret

00800a27 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800a27:	55                   	push   %ebp
  800a28:	89 e5                	mov    %esp,%ebp
  800a2a:	56                   	push   %esi
  800a2b:	53                   	push   %ebx
  800a2c:	8b 45 08             	mov    0x8(%ebp),%eax
  800a2f:	8b 55 0c             	mov    0xc(%ebp),%edx
  800a32:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800a35:	85 f6                	test   %esi,%esi
  800a37:	74 29                	je     800a62 <memcmp+0x3b>
  800a39:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800a3b:	0f b6 08             	movzbl (%eax),%ecx
  800a3e:	0f b6 1a             	movzbl (%edx),%ebx
  800a41:	38 d9                	cmp    %bl,%cl
  800a43:	75 11                	jne    800a56 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800a45:	83 c0 01             	add    $0x1,%eax
  800a48:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800a4b:	39 c6                	cmp    %eax,%esi
  800a4d:	75 ec                	jne    800a3b <memcmp+0x14>
	}
	return 0;
  800a4f:	b8 00 00 00 00       	mov    $0x0,%eax
  800a54:	eb 08                	jmp    800a5e <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800a56:	0f b6 c1             	movzbl %cl,%eax
  800a59:	0f b6 db             	movzbl %bl,%ebx
  800a5c:	29 d8                	sub    %ebx,%eax
}
  800a5e:	5b                   	pop    %ebx
  800a5f:	5e                   	pop    %esi
  800a60:	5d                   	pop    %ebp
  800a61:	c3                   	ret
	return 0;
  800a62:	b8 00 00 00 00       	mov    $0x0,%eax
  800a67:	eb f5                	jmp    800a5e <memcmp+0x37>

00800a69 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800a69:	55                   	push   %ebp
  800a6a:	89 e5                	mov    %esp,%ebp
  800a6c:	8b 45 08             	mov    0x8(%ebp),%eax
  800a6f:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800a72:	89 c2                	mov    %eax,%edx
  800a74:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800a77:	39 d0                	cmp    %edx,%eax
  800a79:	73 0d                	jae    800a88 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800a7b:	38 08                	cmp    %cl,(%eax)
  800a7d:	74 0d                	je     800a8c <memfind+0x23>
	for (; s < ends; s++)
  800a7f:	83 c0 01             	add    $0x1,%eax
  800a82:	39 c2                	cmp    %eax,%edx
  800a84:	75 f5                	jne    800a7b <memfind+0x12>
  800a86:	eb 06                	jmp    800a8e <memfind+0x25>
  800a88:	89 c2                	mov    %eax,%edx
  800a8a:	eb 02                	jmp    800a8e <memfind+0x25>
  800a8c:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800a8e:	89 d0                	mov    %edx,%eax
  800a90:	5d                   	pop    %ebp
  800a91:	c3                   	ret

00800a92 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800a92:	55                   	push   %ebp
  800a93:	89 e5                	mov    %esp,%ebp
  800a95:	57                   	push   %edi
  800a96:	56                   	push   %esi
  800a97:	53                   	push   %ebx
  800a98:	8b 55 08             	mov    0x8(%ebp),%edx
  800a9b:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800a9e:	0f b6 02             	movzbl (%edx),%eax
  800aa1:	3c 20                	cmp    $0x20,%al
  800aa3:	74 04                	je     800aa9 <strtol+0x17>
  800aa5:	3c 09                	cmp    $0x9,%al
  800aa7:	75 0e                	jne    800ab7 <strtol+0x25>
		s++;
  800aa9:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800aac:	0f b6 02             	movzbl (%edx),%eax
  800aaf:	3c 20                	cmp    $0x20,%al
  800ab1:	74 f6                	je     800aa9 <strtol+0x17>
  800ab3:	3c 09                	cmp    $0x9,%al
  800ab5:	74 f2                	je     800aa9 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800ab7:	3c 2b                	cmp    $0x2b,%al
  800ab9:	74 2a                	je     800ae5 <strtol+0x53>
	int neg = 0;
  800abb:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800ac0:	3c 2d                	cmp    $0x2d,%al
  800ac2:	74 2b                	je     800aef <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800ac4:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800aca:	75 0f                	jne    800adb <strtol+0x49>
  800acc:	80 3a 30             	cmpb   $0x30,(%edx)
  800acf:	74 28                	je     800af9 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800ad1:	85 db                	test   %ebx,%ebx
  800ad3:	b8 0a 00 00 00       	mov    $0xa,%eax
  800ad8:	0f 44 d8             	cmove  %eax,%ebx
  800adb:	b9 00 00 00 00       	mov    $0x0,%ecx
  800ae0:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ae3:	eb 46                	jmp    800b2b <strtol+0x99>
		s++;
  800ae5:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800ae8:	bf 00 00 00 00       	mov    $0x0,%edi
  800aed:	eb d5                	jmp    800ac4 <strtol+0x32>
		s++, neg = 1;
  800aef:	83 c2 01             	add    $0x1,%edx
  800af2:	bf 01 00 00 00       	mov    $0x1,%edi
  800af7:	eb cb                	jmp    800ac4 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800af9:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800afd:	74 0e                	je     800b0d <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800aff:	85 db                	test   %ebx,%ebx
  800b01:	75 d8                	jne    800adb <strtol+0x49>
		s++, base = 8;
  800b03:	83 c2 01             	add    $0x1,%edx
  800b06:	bb 08 00 00 00       	mov    $0x8,%ebx
  800b0b:	eb ce                	jmp    800adb <strtol+0x49>
		s += 2, base = 16;
  800b0d:	83 c2 02             	add    $0x2,%edx
  800b10:	bb 10 00 00 00       	mov    $0x10,%ebx
  800b15:	eb c4                	jmp    800adb <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800b17:	0f be c0             	movsbl %al,%eax
  800b1a:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800b1d:	3b 45 10             	cmp    0x10(%ebp),%eax
  800b20:	7d 3a                	jge    800b5c <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800b22:	83 c2 01             	add    $0x1,%edx
  800b25:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800b29:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800b2b:	0f b6 02             	movzbl (%edx),%eax
  800b2e:	8d 70 d0             	lea    -0x30(%eax),%esi
  800b31:	89 f3                	mov    %esi,%ebx
  800b33:	80 fb 09             	cmp    $0x9,%bl
  800b36:	76 df                	jbe    800b17 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800b38:	8d 70 9f             	lea    -0x61(%eax),%esi
  800b3b:	89 f3                	mov    %esi,%ebx
  800b3d:	80 fb 19             	cmp    $0x19,%bl
  800b40:	77 08                	ja     800b4a <strtol+0xb8>
			dig = *s - 'a' + 10;
  800b42:	0f be c0             	movsbl %al,%eax
  800b45:	83 e8 57             	sub    $0x57,%eax
  800b48:	eb d3                	jmp    800b1d <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800b4a:	8d 70 bf             	lea    -0x41(%eax),%esi
  800b4d:	89 f3                	mov    %esi,%ebx
  800b4f:	80 fb 19             	cmp    $0x19,%bl
  800b52:	77 08                	ja     800b5c <strtol+0xca>
			dig = *s - 'A' + 10;
  800b54:	0f be c0             	movsbl %al,%eax
  800b57:	83 e8 37             	sub    $0x37,%eax
  800b5a:	eb c1                	jmp    800b1d <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800b5c:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800b60:	74 05                	je     800b67 <strtol+0xd5>
		*endptr = (char *) s;
  800b62:	8b 45 0c             	mov    0xc(%ebp),%eax
  800b65:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800b67:	89 c8                	mov    %ecx,%eax
  800b69:	f7 d8                	neg    %eax
  800b6b:	85 ff                	test   %edi,%edi
  800b6d:	0f 45 c8             	cmovne %eax,%ecx
}
  800b70:	89 c8                	mov    %ecx,%eax
  800b72:	5b                   	pop    %ebx
  800b73:	5e                   	pop    %esi
  800b74:	5f                   	pop    %edi
  800b75:	5d                   	pop    %ebp
  800b76:	c3                   	ret

00800b77 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800b77:	55                   	push   %ebp
  800b78:	89 e5                	mov    %esp,%ebp
  800b7a:	57                   	push   %edi
  800b7b:	56                   	push   %esi
  800b7c:	53                   	push   %ebx
  800b7d:	83 ec 24             	sub    $0x24,%esp
  800b80:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800b83:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800b86:	8b 45 08             	mov    0x8(%ebp),%eax
  800b89:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b8c:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800b8f:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800b92:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800b95:	89 d1                	mov    %edx,%ecx
  800b97:	09 c1                	or     %eax,%ecx
  800b99:	74 2f                	je     800bca <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800b9b:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800b9e:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800ba1:	89 d0                	mov    %edx,%eax
  800ba3:	83 c8 00             	or     $0x0,%eax
  800ba6:	74 48                	je     800bf0 <udivmod64+0x79>
  800ba8:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800bad:	be 00 00 00 00       	mov    $0x0,%esi
  800bb2:	bf 00 00 00 00       	mov    $0x0,%edi
  800bb7:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800bbe:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800bc5:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800bc8:	eb 5f                	jmp    800c29 <udivmod64+0xb2>
		return ~0ULL;
  800bca:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800bd1:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800bd8:	85 db                	test   %ebx,%ebx
  800bda:	0f 84 b7 00 00 00    	je     800c97 <udivmod64+0x120>
			*rem = n;
  800be0:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800be3:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800be6:	89 03                	mov    %eax,(%ebx)
  800be8:	89 53 04             	mov    %edx,0x4(%ebx)
  800beb:	e9 a7 00 00 00       	jmp    800c97 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800bf0:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800bf3:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800bf6:	85 db                	test   %ebx,%ebx
  800bf8:	74 12                	je     800c0c <udivmod64+0x95>
			*rem = n32 % d32;
  800bfa:	89 c8                	mov    %ecx,%eax
  800bfc:	ba 00 00 00 00       	mov    $0x0,%edx
  800c01:	f7 f6                	div    %esi
  800c03:	89 13                	mov    %edx,(%ebx)
  800c05:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800c0c:	89 c8                	mov    %ecx,%eax
  800c0e:	ba 00 00 00 00       	mov    $0x0,%edx
  800c13:	f7 f6                	div    %esi
  800c15:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800c18:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800c1f:	eb 76                	jmp    800c97 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800c21:	83 e9 01             	sub    $0x1,%ecx
  800c24:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800c27:	74 62                	je     800c8b <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800c29:	89 f0                	mov    %esi,%eax
  800c2b:	89 fa                	mov    %edi,%edx
  800c2d:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800c31:	01 c0                	add    %eax,%eax
  800c33:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800c36:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800c39:	0f ad fe             	shrd   %cl,%edi,%esi
  800c3c:	d3 ef                	shr    %cl,%edi
  800c3e:	f6 c1 20             	test   $0x20,%cl
  800c41:	74 04                	je     800c47 <udivmod64+0xd0>
  800c43:	89 fe                	mov    %edi,%esi
  800c45:	31 ff                	xor    %edi,%edi
  800c47:	89 f7                	mov    %esi,%edi
  800c49:	83 e7 01             	and    $0x1,%edi
  800c4c:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800c4f:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800c56:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800c59:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800c5c:	09 c6                	or     %eax,%esi
  800c5e:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800c60:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800c63:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800c66:	39 c6                	cmp    %eax,%esi
  800c68:	89 fb                	mov    %edi,%ebx
  800c6a:	19 d3                	sbb    %edx,%ebx
  800c6c:	72 b3                	jb     800c21 <udivmod64+0xaa>
			r -= d;
  800c6e:	29 c6                	sub    %eax,%esi
  800c70:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800c72:	31 c0                	xor    %eax,%eax
  800c74:	31 d2                	xor    %edx,%edx
  800c76:	f6 c1 20             	test   $0x20,%cl
  800c79:	0f 94 c0             	sete   %al
  800c7c:	0f 95 c2             	setne  %dl
  800c7f:	d3 e0                	shl    %cl,%eax
  800c81:	d3 e2                	shl    %cl,%edx
  800c83:	09 45 d0             	or     %eax,-0x30(%ebp)
  800c86:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800c89:	eb 96                	jmp    800c21 <udivmod64+0xaa>
		}
	}
	if (rem)
  800c8b:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800c8e:	85 db                	test   %ebx,%ebx
  800c90:	74 05                	je     800c97 <udivmod64+0x120>
		*rem = r;
  800c92:	89 33                	mov    %esi,(%ebx)
  800c94:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800c97:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800c9a:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800c9d:	83 c4 24             	add    $0x24,%esp
  800ca0:	5b                   	pop    %ebx
  800ca1:	5e                   	pop    %esi
  800ca2:	5f                   	pop    %edi
  800ca3:	5d                   	pop    %ebp
  800ca4:	c3                   	ret

00800ca5 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800ca5:	55                   	push   %ebp
  800ca6:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800ca8:	83 ec 04             	sub    $0x4,%esp
  800cab:	6a 00                	push   $0x0
  800cad:	ff 75 14             	push   0x14(%ebp)
  800cb0:	ff 75 10             	push   0x10(%ebp)
  800cb3:	8b 45 08             	mov    0x8(%ebp),%eax
  800cb6:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cb9:	e8 b9 fe ff ff       	call   800b77 <udivmod64>
}
  800cbe:	c9                   	leave
  800cbf:	c3                   	ret

00800cc0 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800cc0:	55                   	push   %ebp
  800cc1:	89 e5                	mov    %esp,%ebp
  800cc3:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800cc6:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800cc9:	50                   	push   %eax
  800cca:	ff 75 14             	push   0x14(%ebp)
  800ccd:	ff 75 10             	push   0x10(%ebp)
  800cd0:	8b 45 08             	mov    0x8(%ebp),%eax
  800cd3:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cd6:	e8 9c fe ff ff       	call   800b77 <udivmod64>
	return r;
}
  800cdb:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800cde:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800ce1:	c9                   	leave
  800ce2:	c3                   	ret

00800ce3 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800ce3:	55                   	push   %ebp
  800ce4:	89 e5                	mov    %esp,%ebp
  800ce6:	57                   	push   %edi
  800ce7:	56                   	push   %esi
  800ce8:	53                   	push   %ebx
  800ce9:	83 ec 0c             	sub    $0xc,%esp
  800cec:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800cef:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800cf2:	8b 45 10             	mov    0x10(%ebp),%eax
  800cf5:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800cf8:	89 ce                	mov    %ecx,%esi
  800cfa:	89 df                	mov    %ebx,%edi
  800cfc:	31 c6                	xor    %eax,%esi
  800cfe:	31 d7                	xor    %edx,%edi
  800d00:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800d03:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d06:	89 c6                	mov    %eax,%esi
  800d08:	89 d7                	mov    %edx,%edi
  800d0a:	85 d2                	test   %edx,%edx
  800d0c:	78 25                	js     800d33 <__divdi3+0x50>
  800d0e:	89 c8                	mov    %ecx,%eax
  800d10:	89 da                	mov    %ebx,%edx
  800d12:	85 db                	test   %ebx,%ebx
  800d14:	78 2a                	js     800d40 <__divdi3+0x5d>
  800d16:	83 ec 04             	sub    $0x4,%esp
  800d19:	6a 00                	push   $0x0
  800d1b:	57                   	push   %edi
  800d1c:	56                   	push   %esi
  800d1d:	e8 55 fe ff ff       	call   800b77 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800d22:	83 c4 10             	add    $0x10,%esp
  800d25:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800d29:	78 1e                	js     800d49 <__divdi3+0x66>
}
  800d2b:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d2e:	5b                   	pop    %ebx
  800d2f:	5e                   	pop    %esi
  800d30:	5f                   	pop    %edi
  800d31:	5d                   	pop    %ebp
  800d32:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d33:	f7 d8                	neg    %eax
  800d35:	83 d2 00             	adc    $0x0,%edx
  800d38:	f7 da                	neg    %edx
  800d3a:	89 c6                	mov    %eax,%esi
  800d3c:	89 d7                	mov    %edx,%edi
  800d3e:	eb ce                	jmp    800d0e <__divdi3+0x2b>
  800d40:	f7 d8                	neg    %eax
  800d42:	83 d2 00             	adc    $0x0,%edx
  800d45:	f7 da                	neg    %edx
  800d47:	eb cd                	jmp    800d16 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800d49:	f7 d8                	neg    %eax
  800d4b:	83 d2 00             	adc    $0x0,%edx
  800d4e:	f7 da                	neg    %edx
  800d50:	eb d9                	jmp    800d2b <__divdi3+0x48>

00800d52 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800d52:	55                   	push   %ebp
  800d53:	89 e5                	mov    %esp,%ebp
  800d55:	57                   	push   %edi
  800d56:	56                   	push   %esi
  800d57:	53                   	push   %ebx
  800d58:	83 ec 14             	sub    $0x14,%esp
  800d5b:	8b 45 08             	mov    0x8(%ebp),%eax
  800d5e:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d61:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800d64:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d67:	89 ce                	mov    %ecx,%esi
  800d69:	89 df                	mov    %ebx,%edi
  800d6b:	85 db                	test   %ebx,%ebx
  800d6d:	78 23                	js     800d92 <__moddi3+0x40>
  800d6f:	85 d2                	test   %edx,%edx
  800d71:	78 28                	js     800d9b <__moddi3+0x49>
  800d73:	83 ec 04             	sub    $0x4,%esp
  800d76:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d79:	51                   	push   %ecx
  800d7a:	57                   	push   %edi
  800d7b:	56                   	push   %esi
  800d7c:	e8 f6 fd ff ff       	call   800b77 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800d81:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800d84:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800d87:	83 c4 10             	add    $0x10,%esp
}
  800d8a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d8d:	5b                   	pop    %ebx
  800d8e:	5e                   	pop    %esi
  800d8f:	5f                   	pop    %edi
  800d90:	5d                   	pop    %ebp
  800d91:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d92:	f7 de                	neg    %esi
  800d94:	83 d7 00             	adc    $0x0,%edi
  800d97:	f7 df                	neg    %edi
  800d99:	eb d4                	jmp    800d6f <__moddi3+0x1d>
  800d9b:	f7 d8                	neg    %eax
  800d9d:	83 d2 00             	adc    $0x0,%edx
  800da0:	f7 da                	neg    %edx
  800da2:	83 ec 04             	sub    $0x4,%esp
  800da5:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800da8:	51                   	push   %ecx
  800da9:	57                   	push   %edi
  800daa:	56                   	push   %esi
  800dab:	e8 c7 fd ff ff       	call   800b77 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800db0:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800db3:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800db6:	f7 d8                	neg    %eax
  800db8:	83 d2 00             	adc    $0x0,%edx
  800dbb:	f7 da                	neg    %edx
  800dbd:	83 c4 10             	add    $0x10,%esp
  800dc0:	eb c8                	jmp    800d8a <__moddi3+0x38>

00800dc2 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800dc2:	55                   	push   %ebp
  800dc3:	89 e5                	mov    %esp,%ebp
  800dc5:	57                   	push   %edi
  800dc6:	56                   	push   %esi
  800dc7:	53                   	push   %ebx
	asm volatile("int %1\n"
  800dc8:	b8 00 00 00 00       	mov    $0x0,%eax
  800dcd:	8b 55 08             	mov    0x8(%ebp),%edx
  800dd0:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800dd3:	89 c3                	mov    %eax,%ebx
  800dd5:	89 c7                	mov    %eax,%edi
  800dd7:	89 c6                	mov    %eax,%esi
  800dd9:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800ddb:	5b                   	pop    %ebx
  800ddc:	5e                   	pop    %esi
  800ddd:	5f                   	pop    %edi
  800dde:	5d                   	pop    %ebp
  800ddf:	c3                   	ret

00800de0 <sys_cgetc>:

int
sys_cgetc(void)
{
  800de0:	55                   	push   %ebp
  800de1:	89 e5                	mov    %esp,%ebp
  800de3:	57                   	push   %edi
  800de4:	56                   	push   %esi
  800de5:	53                   	push   %ebx
	asm volatile("int %1\n"
  800de6:	ba 00 00 00 00       	mov    $0x0,%edx
  800deb:	b8 01 00 00 00       	mov    $0x1,%eax
  800df0:	89 d1                	mov    %edx,%ecx
  800df2:	89 d3                	mov    %edx,%ebx
  800df4:	89 d7                	mov    %edx,%edi
  800df6:	89 d6                	mov    %edx,%esi
  800df8:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800dfa:	5b                   	pop    %ebx
  800dfb:	5e                   	pop    %esi
  800dfc:	5f                   	pop    %edi
  800dfd:	5d                   	pop    %ebp
  800dfe:	c3                   	ret

00800dff <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800dff:	55                   	push   %ebp
  800e00:	89 e5                	mov    %esp,%ebp
  800e02:	57                   	push   %edi
  800e03:	56                   	push   %esi
  800e04:	53                   	push   %ebx
  800e05:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e08:	b9 00 00 00 00       	mov    $0x0,%ecx
  800e0d:	8b 55 08             	mov    0x8(%ebp),%edx
  800e10:	b8 03 00 00 00       	mov    $0x3,%eax
  800e15:	89 cb                	mov    %ecx,%ebx
  800e17:	89 cf                	mov    %ecx,%edi
  800e19:	89 ce                	mov    %ecx,%esi
  800e1b:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e1d:	85 c0                	test   %eax,%eax
  800e1f:	7f 08                	jg     800e29 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800e21:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e24:	5b                   	pop    %ebx
  800e25:	5e                   	pop    %esi
  800e26:	5f                   	pop    %edi
  800e27:	5d                   	pop    %ebp
  800e28:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e29:	83 ec 0c             	sub    $0xc,%esp
  800e2c:	50                   	push   %eax
  800e2d:	6a 03                	push   $0x3
  800e2f:	68 44 18 80 00       	push   $0x801844
  800e34:	6a 1f                	push   $0x1f
  800e36:	68 61 18 80 00       	push   $0x801861
  800e3b:	e8 04 06 00 00       	call   801444 <_panic>

00800e40 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800e40:	55                   	push   %ebp
  800e41:	89 e5                	mov    %esp,%ebp
  800e43:	57                   	push   %edi
  800e44:	56                   	push   %esi
  800e45:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e46:	ba 00 00 00 00       	mov    $0x0,%edx
  800e4b:	b8 02 00 00 00       	mov    $0x2,%eax
  800e50:	89 d1                	mov    %edx,%ecx
  800e52:	89 d3                	mov    %edx,%ebx
  800e54:	89 d7                	mov    %edx,%edi
  800e56:	89 d6                	mov    %edx,%esi
  800e58:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800e5a:	5b                   	pop    %ebx
  800e5b:	5e                   	pop    %esi
  800e5c:	5f                   	pop    %edi
  800e5d:	5d                   	pop    %ebp
  800e5e:	c3                   	ret

00800e5f <sys_yield>:

void
sys_yield(void)
{
  800e5f:	55                   	push   %ebp
  800e60:	89 e5                	mov    %esp,%ebp
  800e62:	57                   	push   %edi
  800e63:	56                   	push   %esi
  800e64:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e65:	ba 00 00 00 00       	mov    $0x0,%edx
  800e6a:	b8 0a 00 00 00       	mov    $0xa,%eax
  800e6f:	89 d1                	mov    %edx,%ecx
  800e71:	89 d3                	mov    %edx,%ebx
  800e73:	89 d7                	mov    %edx,%edi
  800e75:	89 d6                	mov    %edx,%esi
  800e77:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800e79:	5b                   	pop    %ebx
  800e7a:	5e                   	pop    %esi
  800e7b:	5f                   	pop    %edi
  800e7c:	5d                   	pop    %ebp
  800e7d:	c3                   	ret

00800e7e <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800e7e:	55                   	push   %ebp
  800e7f:	89 e5                	mov    %esp,%ebp
  800e81:	57                   	push   %edi
  800e82:	56                   	push   %esi
  800e83:	53                   	push   %ebx
  800e84:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e87:	be 00 00 00 00       	mov    $0x0,%esi
  800e8c:	8b 55 08             	mov    0x8(%ebp),%edx
  800e8f:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e92:	b8 04 00 00 00       	mov    $0x4,%eax
  800e97:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800e9a:	89 f7                	mov    %esi,%edi
  800e9c:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e9e:	85 c0                	test   %eax,%eax
  800ea0:	7f 08                	jg     800eaa <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800ea2:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ea5:	5b                   	pop    %ebx
  800ea6:	5e                   	pop    %esi
  800ea7:	5f                   	pop    %edi
  800ea8:	5d                   	pop    %ebp
  800ea9:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800eaa:	83 ec 0c             	sub    $0xc,%esp
  800ead:	50                   	push   %eax
  800eae:	6a 04                	push   $0x4
  800eb0:	68 44 18 80 00       	push   $0x801844
  800eb5:	6a 1f                	push   $0x1f
  800eb7:	68 61 18 80 00       	push   $0x801861
  800ebc:	e8 83 05 00 00       	call   801444 <_panic>

00800ec1 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800ec1:	55                   	push   %ebp
  800ec2:	89 e5                	mov    %esp,%ebp
  800ec4:	57                   	push   %edi
  800ec5:	56                   	push   %esi
  800ec6:	53                   	push   %ebx
  800ec7:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800eca:	8b 55 08             	mov    0x8(%ebp),%edx
  800ecd:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ed0:	b8 05 00 00 00       	mov    $0x5,%eax
  800ed5:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800ed8:	8b 7d 14             	mov    0x14(%ebp),%edi
  800edb:	8b 75 18             	mov    0x18(%ebp),%esi
  800ede:	cd 30                	int    $0x30
	if (check && ret > 0)
  800ee0:	85 c0                	test   %eax,%eax
  800ee2:	7f 08                	jg     800eec <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800ee4:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ee7:	5b                   	pop    %ebx
  800ee8:	5e                   	pop    %esi
  800ee9:	5f                   	pop    %edi
  800eea:	5d                   	pop    %ebp
  800eeb:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800eec:	83 ec 0c             	sub    $0xc,%esp
  800eef:	50                   	push   %eax
  800ef0:	6a 05                	push   $0x5
  800ef2:	68 44 18 80 00       	push   $0x801844
  800ef7:	6a 1f                	push   $0x1f
  800ef9:	68 61 18 80 00       	push   $0x801861
  800efe:	e8 41 05 00 00       	call   801444 <_panic>

00800f03 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800f03:	55                   	push   %ebp
  800f04:	89 e5                	mov    %esp,%ebp
  800f06:	57                   	push   %edi
  800f07:	56                   	push   %esi
  800f08:	53                   	push   %ebx
  800f09:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f0c:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f11:	8b 55 08             	mov    0x8(%ebp),%edx
  800f14:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f17:	b8 06 00 00 00       	mov    $0x6,%eax
  800f1c:	89 df                	mov    %ebx,%edi
  800f1e:	89 de                	mov    %ebx,%esi
  800f20:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f22:	85 c0                	test   %eax,%eax
  800f24:	7f 08                	jg     800f2e <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800f26:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f29:	5b                   	pop    %ebx
  800f2a:	5e                   	pop    %esi
  800f2b:	5f                   	pop    %edi
  800f2c:	5d                   	pop    %ebp
  800f2d:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f2e:	83 ec 0c             	sub    $0xc,%esp
  800f31:	50                   	push   %eax
  800f32:	6a 06                	push   $0x6
  800f34:	68 44 18 80 00       	push   $0x801844
  800f39:	6a 1f                	push   $0x1f
  800f3b:	68 61 18 80 00       	push   $0x801861
  800f40:	e8 ff 04 00 00       	call   801444 <_panic>

00800f45 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800f45:	55                   	push   %ebp
  800f46:	89 e5                	mov    %esp,%ebp
  800f48:	57                   	push   %edi
  800f49:	56                   	push   %esi
  800f4a:	53                   	push   %ebx
  800f4b:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f4e:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f53:	8b 55 08             	mov    0x8(%ebp),%edx
  800f56:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f59:	b8 08 00 00 00       	mov    $0x8,%eax
  800f5e:	89 df                	mov    %ebx,%edi
  800f60:	89 de                	mov    %ebx,%esi
  800f62:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f64:	85 c0                	test   %eax,%eax
  800f66:	7f 08                	jg     800f70 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800f68:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f6b:	5b                   	pop    %ebx
  800f6c:	5e                   	pop    %esi
  800f6d:	5f                   	pop    %edi
  800f6e:	5d                   	pop    %ebp
  800f6f:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f70:	83 ec 0c             	sub    $0xc,%esp
  800f73:	50                   	push   %eax
  800f74:	6a 08                	push   $0x8
  800f76:	68 44 18 80 00       	push   $0x801844
  800f7b:	6a 1f                	push   $0x1f
  800f7d:	68 61 18 80 00       	push   $0x801861
  800f82:	e8 bd 04 00 00       	call   801444 <_panic>

00800f87 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800f87:	55                   	push   %ebp
  800f88:	89 e5                	mov    %esp,%ebp
  800f8a:	57                   	push   %edi
  800f8b:	56                   	push   %esi
  800f8c:	53                   	push   %ebx
  800f8d:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f90:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f95:	8b 55 08             	mov    0x8(%ebp),%edx
  800f98:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f9b:	b8 09 00 00 00       	mov    $0x9,%eax
  800fa0:	89 df                	mov    %ebx,%edi
  800fa2:	89 de                	mov    %ebx,%esi
  800fa4:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fa6:	85 c0                	test   %eax,%eax
  800fa8:	7f 08                	jg     800fb2 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800faa:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fad:	5b                   	pop    %ebx
  800fae:	5e                   	pop    %esi
  800faf:	5f                   	pop    %edi
  800fb0:	5d                   	pop    %ebp
  800fb1:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fb2:	83 ec 0c             	sub    $0xc,%esp
  800fb5:	50                   	push   %eax
  800fb6:	6a 09                	push   $0x9
  800fb8:	68 44 18 80 00       	push   $0x801844
  800fbd:	6a 1f                	push   $0x1f
  800fbf:	68 61 18 80 00       	push   $0x801861
  800fc4:	e8 7b 04 00 00       	call   801444 <_panic>

00800fc9 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  800fc9:	55                   	push   %ebp
  800fca:	89 e5                	mov    %esp,%ebp
  800fcc:	57                   	push   %edi
  800fcd:	56                   	push   %esi
  800fce:	53                   	push   %ebx
	asm volatile("int %1\n"
  800fcf:	8b 55 08             	mov    0x8(%ebp),%edx
  800fd2:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fd5:	b8 0b 00 00 00       	mov    $0xb,%eax
  800fda:	be 00 00 00 00       	mov    $0x0,%esi
  800fdf:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fe2:	8b 7d 14             	mov    0x14(%ebp),%edi
  800fe5:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  800fe7:	5b                   	pop    %ebx
  800fe8:	5e                   	pop    %esi
  800fe9:	5f                   	pop    %edi
  800fea:	5d                   	pop    %ebp
  800feb:	c3                   	ret

00800fec <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  800fec:	55                   	push   %ebp
  800fed:	89 e5                	mov    %esp,%ebp
  800fef:	57                   	push   %edi
  800ff0:	56                   	push   %esi
  800ff1:	53                   	push   %ebx
  800ff2:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800ff5:	b9 00 00 00 00       	mov    $0x0,%ecx
  800ffa:	8b 55 08             	mov    0x8(%ebp),%edx
  800ffd:	b8 0c 00 00 00       	mov    $0xc,%eax
  801002:	89 cb                	mov    %ecx,%ebx
  801004:	89 cf                	mov    %ecx,%edi
  801006:	89 ce                	mov    %ecx,%esi
  801008:	cd 30                	int    $0x30
	if (check && ret > 0)
  80100a:	85 c0                	test   %eax,%eax
  80100c:	7f 08                	jg     801016 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  80100e:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801011:	5b                   	pop    %ebx
  801012:	5e                   	pop    %esi
  801013:	5f                   	pop    %edi
  801014:	5d                   	pop    %ebp
  801015:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801016:	83 ec 0c             	sub    $0xc,%esp
  801019:	50                   	push   %eax
  80101a:	6a 0c                	push   $0xc
  80101c:	68 44 18 80 00       	push   $0x801844
  801021:	6a 1f                	push   $0x1f
  801023:	68 61 18 80 00       	push   $0x801861
  801028:	e8 17 04 00 00       	call   801444 <_panic>

0080102d <page_mapped>:
// directory entry first: uvpt[pn] itself faults when its page table is
// absent.
static bool
page_mapped(uintptr_t pn)
{
	return (uvpd[pn >> (PDXSHIFT - PTXSHIFT)] & PTE_P)
  80102d:	89 c2                	mov    %eax,%edx
  80102f:	c1 ea 0a             	shr    $0xa,%edx
  801032:	8b 14 95 00 d0 7b ef 	mov    -0x10843000(,%edx,4),%edx
		&& (uvpt[pn] & PTE_P);
  801039:	f6 c2 01             	test   $0x1,%dl
  80103c:	74 0e                	je     80104c <page_mapped+0x1f>
  80103e:	8b 04 85 00 00 40 ef 	mov    -0x10c00000(,%eax,4),%eax
  801045:	83 e0 01             	and    $0x1,%eax
  801048:	83 e0 01             	and    $0x1,%eax
}
  80104b:	c3                   	ret
		&& (uvpt[pn] & PTE_P);
  80104c:	b8 00 00 00 00       	mov    $0x0,%eax
  801051:	eb f5                	jmp    801048 <page_mapped+0x1b>

00801053 <duppage>:
// Map our page number pn into envid at the same address.  A writable or
// copy-on-write page becomes copy-on-write in both environments; any other
// page is shared with its current permissions.
static int
duppage(envid_t envid, uintptr_t pn)
{
  801053:	55                   	push   %ebp
  801054:	89 e5                	mov    %esp,%ebp
  801056:	56                   	push   %esi
  801057:	53                   	push   %ebx
  801058:	8b 45 08             	mov    0x8(%ebp),%eax
  80105b:	8b 55 0c             	mov    0xc(%ebp),%edx
	void *va = (void *) (pn * PGSIZE);
  80105e:	89 d6                	mov    %edx,%esi
  801060:	c1 e6 0c             	shl    $0xc,%esi
	int perm = uvpt[pn] & PTE_SYSCALL;
  801063:	8b 1c 95 00 00 40 ef 	mov    -0x10c00000(,%edx,4),%ebx
	int r;

	if (!(perm & (PTE_W | PTE_COW)))
  80106a:	f7 c3 02 08 00 00    	test   $0x802,%ebx
  801070:	74 37                	je     8010a9 <duppage+0x56>
		return sys_page_map(0, va, envid, va, perm);

	perm = (perm & ~PTE_W) | PTE_COW;
  801072:	81 e3 05 06 00 00    	and    $0x605,%ebx
  801078:	80 cf 08             	or     $0x8,%bh
	// and here we may have written the page (our stack, for one) and
	// taken a private writable copy, and the child now shares that
	// copy; leaving it writable would let our later writes show
	// through in the child.  Doing it the other way round, a fault in
	// between would give the child our new writable page.
	if ((r = sys_page_map(0, va, envid, va, perm)) < 0)
  80107b:	83 ec 0c             	sub    $0xc,%esp
  80107e:	53                   	push   %ebx
  80107f:	56                   	push   %esi
  801080:	50                   	push   %eax
  801081:	56                   	push   %esi
  801082:	6a 00                	push   $0x0
  801084:	e8 38 fe ff ff       	call   800ec1 <sys_page_map>
  801089:	83 c4 20             	add    $0x20,%esp
  80108c:	85 c0                	test   %eax,%eax
  80108e:	78 12                	js     8010a2 <duppage+0x4f>
		return r;
	return sys_page_map(0, va, 0, va, perm);
  801090:	83 ec 0c             	sub    $0xc,%esp
  801093:	53                   	push   %ebx
  801094:	56                   	push   %esi
  801095:	6a 00                	push   $0x0
  801097:	56                   	push   %esi
  801098:	6a 00                	push   $0x0
  80109a:	e8 22 fe ff ff       	call   800ec1 <sys_page_map>
  80109f:	83 c4 20             	add    $0x20,%esp
}
  8010a2:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8010a5:	5b                   	pop    %ebx
  8010a6:	5e                   	pop    %esi
  8010a7:	5d                   	pop    %ebp
  8010a8:	c3                   	ret
		return sys_page_map(0, va, envid, va, perm);
  8010a9:	83 ec 0c             	sub    $0xc,%esp
	int perm = uvpt[pn] & PTE_SYSCALL;
  8010ac:	81 e3 07 0e 00 00    	and    $0xe07,%ebx
		return sys_page_map(0, va, envid, va, perm);
  8010b2:	53                   	push   %ebx
  8010b3:	56                   	push   %esi
  8010b4:	50                   	push   %eax
  8010b5:	56                   	push   %esi
  8010b6:	6a 00                	push   $0x0
  8010b8:	e8 04 fe ff ff       	call   800ec1 <sys_page_map>
  8010bd:	83 c4 20             	add    $0x20,%esp
  8010c0:	eb e0                	jmp    8010a2 <duppage+0x4f>

008010c2 <sharepage>:

// How sfork gives a page to the child: the stack and the private data
// page copy-on-write as in fork, every other page shared outright.
static int
sharepage(envid_t envid, uintptr_t pn)
{
  8010c2:	55                   	push   %ebp
  8010c3:	89 e5                	mov    %esp,%ebp
  8010c5:	83 ec 18             	sub    $0x18,%esp
  8010c8:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	uintptr_t va = pn * PGSIZE;
  8010cb:	89 c8                	mov    %ecx,%eax
  8010cd:	c1 e0 0c             	shl    $0xc,%eax
  8010d0:	89 45 f4             	mov    %eax,-0xc(%ebp)
	uintptr_t stack_bottom = ROUNDDOWN((uintptr_t) &va, PGSIZE);
  8010d3:	8d 55 f4             	lea    -0xc(%ebp),%edx
  8010d6:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
	int perm;

	if ((va >= stack_bottom && va < USTACKTOP)
  8010dc:	39 d0                	cmp    %edx,%eax
  8010de:	72 07                	jb     8010e7 <sharepage+0x25>
  8010e0:	3d ff df bf ee       	cmp    $0xeebfdfff,%eax
  8010e5:	76 41                	jbe    801128 <sharepage+0x66>
	    || (va >= (uintptr_t) __private_start
  8010e7:	3d 00 30 80 00       	cmp    $0x803000,%eax
  8010ec:	72 07                	jb     8010f5 <sharepage+0x33>
		&& va < (uintptr_t) __private_end))
  8010ee:	3d 00 40 80 00       	cmp    $0x804000,%eax
  8010f3:	72 33                	jb     801128 <sharepage+0x66>
		return duppage(envid, pn);

	// A page still copy-on-write from an earlier fork would split on
	// the first write; touch it so we own a writable copy to share.
	if (uvpt[pn] & PTE_COW) {
  8010f5:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
  8010fc:	f6 c6 08             	test   $0x8,%dh
  8010ff:	74 05                	je     801106 <sharepage+0x44>
		volatile char *p = (volatile char *) va;
		*p = *p;
  801101:	0f b6 10             	movzbl (%eax),%edx
  801104:	88 10                	mov    %dl,(%eax)
	}
	perm = uvpt[pn] & PTE_SYSCALL;
  801106:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  80110d:	83 ec 0c             	sub    $0xc,%esp
	perm = uvpt[pn] & PTE_SYSCALL;
  801110:	81 e2 07 0e 00 00    	and    $0xe07,%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  801116:	52                   	push   %edx
  801117:	50                   	push   %eax
  801118:	ff 75 08             	push   0x8(%ebp)
  80111b:	50                   	push   %eax
  80111c:	6a 00                	push   $0x0
  80111e:	e8 9e fd ff ff       	call   800ec1 <sys_page_map>
  801123:	83 c4 20             	add    $0x20,%esp
}
  801126:	c9                   	leave
  801127:	c3                   	ret
		return duppage(envid, pn);
  801128:	83 ec 08             	sub    $0x8,%esp
  80112b:	51                   	push   %ecx
  80112c:	ff 75 08             	push   0x8(%ebp)
  80112f:	e8 1f ff ff ff       	call   801053 <duppage>
  801134:	83 c4 10             	add    $0x10,%esp
  801137:	eb ed                	jmp    801126 <sharepage+0x64>

00801139 <pgfault>:
{
  801139:	55                   	push   %ebp
  80113a:	89 e5                	mov    %esp,%ebp
  80113c:	57                   	push   %edi
  80113d:	56                   	push   %esi
  80113e:	53                   	push   %ebx
  80113f:	83 ec 1c             	sub    $0x1c,%esp
	void *addr = (void *) utf->utf_fault_va;
  801142:	8b 45 08             	mov    0x8(%ebp),%eax
  801145:	8b 18                	mov    (%eax),%ebx
	uint32_t err = utf->utf_err;
  801147:	8b 40 04             	mov    0x4(%eax),%eax
  80114a:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	void *page = ROUNDDOWN(addr, PGSIZE);
  80114d:	89 df                	mov    %ebx,%edi
  80114f:	81 e7 00 f0 ff ff    	and    $0xfffff000,%edi
	if (!(err & FEC_WR) || !page_mapped(PGNUM(addr))
  801155:	a8 02                	test   $0x2,%al
  801157:	0f 84 82 00 00 00    	je     8011df <pgfault+0xa6>
  80115d:	89 de                	mov    %ebx,%esi
  80115f:	c1 ee 0c             	shr    $0xc,%esi
  801162:	89 f0                	mov    %esi,%eax
  801164:	e8 c4 fe ff ff       	call   80102d <page_mapped>
  801169:	84 c0                	test   %al,%al
  80116b:	74 72                	je     8011df <pgfault+0xa6>
	    || !(uvpt[PGNUM(addr)] & PTE_COW))
  80116d:	8b 04 b5 00 00 40 ef 	mov    -0x10c00000(,%esi,4),%eax
  801174:	f6 c4 08             	test   $0x8,%ah
  801177:	74 66                	je     8011df <pgfault+0xa6>
	if ((r = sys_page_alloc(0, PFTEMP, PTE_P | PTE_U | PTE_W)) < 0)
  801179:	83 ec 04             	sub    $0x4,%esp
  80117c:	6a 07                	push   $0x7
  80117e:	68 00 f0 7f 00       	push   $0x7ff000
  801183:	6a 00                	push   $0x0
  801185:	e8 f4 fc ff ff       	call   800e7e <sys_page_alloc>
  80118a:	83 c4 10             	add    $0x10,%esp
  80118d:	85 c0                	test   %eax,%eax
  80118f:	78 6c                	js     8011fd <pgfault+0xc4>
	memmove(PFTEMP, page, PGSIZE);
  801191:	83 ec 04             	sub    $0x4,%esp
  801194:	68 00 10 00 00       	push   $0x1000
  801199:	57                   	push   %edi
  80119a:	68 00 f0 7f 00       	push   $0x7ff000
  80119f:	e8 1c f8 ff ff       	call   8009c0 <memmove>
	if ((r = sys_page_map(0, PFTEMP, 0, page, PTE_P | PTE_U | PTE_W)) < 0)
  8011a4:	c7 04 24 07 00 00 00 	movl   $0x7,(%esp)
  8011ab:	57                   	push   %edi
  8011ac:	6a 00                	push   $0x0
  8011ae:	68 00 f0 7f 00       	push   $0x7ff000
  8011b3:	6a 00                	push   $0x0
  8011b5:	e8 07 fd ff ff       	call   800ec1 <sys_page_map>
  8011ba:	83 c4 20             	add    $0x20,%esp
  8011bd:	85 c0                	test   %eax,%eax
  8011bf:	78 4e                	js     80120f <pgfault+0xd6>
	if ((r = sys_page_unmap(0, PFTEMP)) < 0)
  8011c1:	83 ec 08             	sub    $0x8,%esp
  8011c4:	68 00 f0 7f 00       	push   $0x7ff000
  8011c9:	6a 00                	push   $0x0
  8011cb:	e8 33 fd ff ff       	call   800f03 <sys_page_unmap>
  8011d0:	83 c4 10             	add    $0x10,%esp
  8011d3:	85 c0                	test   %eax,%eax
  8011d5:	78 4a                	js     801221 <pgfault+0xe8>
}
  8011d7:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8011da:	5b                   	pop    %ebx
  8011db:	5e                   	pop    %esi
  8011dc:	5f                   	pop    %edi
  8011dd:	5d                   	pop    %ebp
  8011de:	c3                   	ret
		panic("page fault at va %08x, eip %08x, err %x: "
  8011df:	83 ec 08             	sub    $0x8,%esp
  8011e2:	ff 75 e4             	push   -0x1c(%ebp)
  8011e5:	8b 45 08             	mov    0x8(%ebp),%eax
  8011e8:	ff 70 28             	push   0x28(%eax)
  8011eb:	53                   	push   %ebx
  8011ec:	68 70 18 80 00       	push   $0x801870
  8011f1:	6a 2d                	push   $0x2d
  8011f3:	68 bd 18 80 00       	push   $0x8018bd
  8011f8:	e8 47 02 00 00       	call   801444 <_panic>
		panic("pgfault: sys_page_alloc: %e", r);
  8011fd:	50                   	push   %eax
  8011fe:	68 c8 18 80 00       	push   $0x8018c8
  801203:	6a 35                	push   $0x35
  801205:	68 bd 18 80 00       	push   $0x8018bd
  80120a:	e8 35 02 00 00       	call   801444 <_panic>
		panic("pgfault: sys_page_map: %e", r);
  80120f:	50                   	push   %eax
  801210:	68 e4 18 80 00       	push   $0x8018e4
  801215:	6a 38                	push   $0x38
  801217:	68 bd 18 80 00       	push   $0x8018bd
  80121c:	e8 23 02 00 00       	call   801444 <_panic>
		panic("pgfault: sys_page_unmap: %e", r);
  801221:	50                   	push   %eax
  801222:	68 fe 18 80 00       	push   $0x8018fe
  801227:	6a 3a                	push   $0x3a
  801229:	68 bd 18 80 00       	push   $0x8018bd
  80122e:	e8 11 02 00 00       	call   801444 <_panic>

00801233 <fork_with>:
{
  801233:	55                   	push   %ebp
  801234:	89 e5                	mov    %esp,%ebp
  801236:	57                   	push   %edi
  801237:	56                   	push   %esi
  801238:	53                   	push   %ebx
  801239:	83 ec 28             	sub    $0x28,%esp
  80123c:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	set_pgfault_handler(pgfault);
  80123f:	68 39 11 80 00       	push   $0x801139
  801244:	e8 e3 02 00 00       	call   80152c <set_pgfault_handler>
// real call, the return address the child pops could already be stale.
static inline envid_t __attribute__((always_inline))
sys_exofork(void)
{
	envid_t ret;
	asm volatile("int %2"
  801249:	b8 07 00 00 00       	mov    $0x7,%eax
  80124e:	cd 30                	int    $0x30
  801250:	89 45 e0             	mov    %eax,-0x20(%ebp)
  801253:	89 c7                	mov    %eax,%edi
	if (envid < 0)
  801255:	83 c4 10             	add    $0x10,%esp
  801258:	85 c0                	test   %eax,%eax
  80125a:	0f 88 a7 00 00 00    	js     801307 <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  801260:	bb 00 00 00 00       	mov    $0x0,%ebx
	if (envid == 0) {
  801265:	75 27                	jne    80128e <fork_with+0x5b>
		thisenv = &envs[ENVX(sys_getenvid())];
  801267:	e8 d4 fb ff ff       	call   800e40 <sys_getenvid>
  80126c:	25 ff 03 00 00       	and    $0x3ff,%eax
  801271:	6b c0 7c             	imul   $0x7c,%eax,%eax
  801274:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  801279:	a3 00 30 80 00       	mov    %eax,0x803000
		return 0;
  80127e:	e9 84 00 00 00       	jmp    801307 <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  801283:	83 c3 01             	add    $0x1,%ebx
		if (pn == PGNUM(UXSTACKTOP - PGSIZE) || !page_mapped(pn))
  801286:	81 fb ff eb 0e 00    	cmp    $0xeebff,%ebx
  80128c:	74 30                	je     8012be <fork_with+0x8b>
  80128e:	89 d8                	mov    %ebx,%eax
  801290:	e8 98 fd ff ff       	call   80102d <page_mapped>
  801295:	84 c0                	test   %al,%al
  801297:	74 ea                	je     801283 <fork_with+0x50>
		if ((r = dup(envid, pn)) < 0)
  801299:	83 ec 08             	sub    $0x8,%esp
  80129c:	53                   	push   %ebx
  80129d:	57                   	push   %edi
  80129e:	8b 45 e4             	mov    -0x1c(%ebp),%eax
  8012a1:	ff d0                	call   *%eax
  8012a3:	89 c6                	mov    %eax,%esi
  8012a5:	83 c4 10             	add    $0x10,%esp
  8012a8:	85 c0                	test   %eax,%eax
  8012aa:	79 d7                	jns    801283 <fork_with+0x50>
		sys_env_destroy(envid);
  8012ac:	83 ec 0c             	sub    $0xc,%esp
  8012af:	ff 75 e0             	push   -0x20(%ebp)
  8012b2:	e8 48 fb ff ff       	call   800dff <sys_env_destroy>
		return r;
  8012b7:	83 c4 10             	add    $0x10,%esp
  8012ba:	89 f7                	mov    %esi,%edi
  8012bc:	eb 49                	jmp    801307 <fork_with+0xd4>
	if ((r = sys_page_alloc(envid, (void *) (UXSTACKTOP - PGSIZE),
  8012be:	83 ec 04             	sub    $0x4,%esp
  8012c1:	6a 07                	push   $0x7
  8012c3:	68 00 f0 bf ee       	push   $0xeebff000
  8012c8:	ff 75 e0             	push   -0x20(%ebp)
  8012cb:	e8 ae fb ff ff       	call   800e7e <sys_page_alloc>
  8012d0:	89 c6                	mov    %eax,%esi
  8012d2:	83 c4 10             	add    $0x10,%esp
  8012d5:	85 c0                	test   %eax,%eax
  8012d7:	78 d3                	js     8012ac <fork_with+0x79>
	if ((r = sys_env_set_pgfault_upcall(envid, _pgfault_upcall)) < 0)
  8012d9:	83 ec 08             	sub    $0x8,%esp
  8012dc:	68 97 15 80 00       	push   $0x801597
  8012e1:	8b 5d e0             	mov    -0x20(%ebp),%ebx
  8012e4:	53                   	push   %ebx
  8012e5:	e8 9d fc ff ff       	call   800f87 <sys_env_set_pgfault_upcall>
  8012ea:	89 c6                	mov    %eax,%esi
  8012ec:	83 c4 10             	add    $0x10,%esp
  8012ef:	85 c0                	test   %eax,%eax
  8012f1:	78 b9                	js     8012ac <fork_with+0x79>
	return sys_env_set_status(envid, ENV_RUNNABLE);
  8012f3:	83 ec 08             	sub    $0x8,%esp
  8012f6:	6a 02                	push   $0x2
  8012f8:	53                   	push   %ebx
  8012f9:	e8 47 fc ff ff       	call   800f45 <sys_env_set_status>
  8012fe:	89 c6                	mov    %eax,%esi
	    || (r = start_child(envid)) < 0) {
  801300:	83 c4 10             	add    $0x10,%esp
  801303:	85 c0                	test   %eax,%eax
  801305:	78 a5                	js     8012ac <fork_with+0x79>
}
  801307:	89 f8                	mov    %edi,%eax
  801309:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80130c:	5b                   	pop    %ebx
  80130d:	5e                   	pop    %esi
  80130e:	5f                   	pop    %edi
  80130f:	5d                   	pop    %ebp
  801310:	c3                   	ret

00801311 <fork>:
{
  801311:	55                   	push   %ebp
  801312:	89 e5                	mov    %esp,%ebp
  801314:	83 ec 08             	sub    $0x8,%esp
	return fork_with(duppage);
  801317:	b8 53 10 80 00       	mov    $0x801053,%eax
  80131c:	e8 12 ff ff ff       	call   801233 <fork_with>
}
  801321:	c9                   	leave
  801322:	c3                   	ret

00801323 <sfork>:
// Shared-memory fork (the lab's challenge): parent and child share all of
// memory except the stack and the private data page.  thisenv lives on
// that private page, so it stays correct in both.
envid_t
sfork(void)
{
  801323:	55                   	push   %ebp
  801324:	89 e5                	mov    %esp,%ebp
  801326:	83 ec 08             	sub    $0x8,%esp
	return fork_with(sharepage);
  801329:	b8 c2 10 80 00       	mov    $0x8010c2,%eax
  80132e:	e8 00 ff ff ff       	call   801233 <fork_with>
}
  801333:	c9                   	leave
  801334:	c3                   	ret

00801335 <ipc_recv>:
// If 'perm_store' is nonnull, the sent page's permission is stored there
// (0 when no page was transferred).
// On error both stores are zeroed and the error is returned.
int32_t
ipc_recv(envid_t *from_env_store, void *pg, int *perm_store)
{
  801335:	55                   	push   %ebp
  801336:	89 e5                	mov    %esp,%ebp
  801338:	56                   	push   %esi
  801339:	53                   	push   %ebx
  80133a:	8b 75 08             	mov    0x8(%ebp),%esi
  80133d:	8b 45 0c             	mov    0xc(%ebp),%eax
  801340:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int r;

	// UTOP is above every mappable address, so the kernel reads it as
	// "I do not want a page".  0 would be a valid address.
	if (pg == NULL)
		pg = (void *) UTOP;
  801343:	85 c0                	test   %eax,%eax
  801345:	ba 00 00 c0 ee       	mov    $0xeec00000,%edx
  80134a:	0f 44 c2             	cmove  %edx,%eax

	if ((r = sys_ipc_recv(pg)) < 0) {
  80134d:	83 ec 0c             	sub    $0xc,%esp
  801350:	50                   	push   %eax
  801351:	e8 96 fc ff ff       	call   800fec <sys_ipc_recv>
  801356:	83 c4 10             	add    $0x10,%esp
  801359:	85 c0                	test   %eax,%eax
  80135b:	78 40                	js     80139d <ipc_recv+0x68>
		return r;
	}

	// Look up our own Env rather than trusting thisenv: after sfork()
	// the thisenv variable is shared with another environment.
	self = &envs[ENVX(sys_getenvid())];
  80135d:	e8 de fa ff ff       	call   800e40 <sys_getenvid>
  801362:	25 ff 03 00 00       	and    $0x3ff,%eax
	if (from_env_store)
  801367:	85 f6                	test   %esi,%esi
  801369:	74 0e                	je     801379 <ipc_recv+0x44>
		*from_env_store = self->env_ipc_from;
  80136b:	6b d0 7c             	imul   $0x7c,%eax,%edx
  80136e:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  801374:	8b 52 74             	mov    0x74(%edx),%edx
  801377:	89 16                	mov    %edx,(%esi)
	if (perm_store)
  801379:	85 db                	test   %ebx,%ebx
  80137b:	74 0e                	je     80138b <ipc_recv+0x56>
		*perm_store = self->env_ipc_perm;
  80137d:	6b d0 7c             	imul   $0x7c,%eax,%edx
  801380:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  801386:	8b 52 78             	mov    0x78(%edx),%edx
  801389:	89 13                	mov    %edx,(%ebx)
	return self->env_ipc_value;
  80138b:	6b c0 7c             	imul   $0x7c,%eax,%eax
  80138e:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  801393:	8b 40 70             	mov    0x70(%eax),%eax
}
  801396:	8d 65 f8             	lea    -0x8(%ebp),%esp
  801399:	5b                   	pop    %ebx
  80139a:	5e                   	pop    %esi
  80139b:	5d                   	pop    %ebp
  80139c:	c3                   	ret
		if (from_env_store)
  80139d:	85 f6                	test   %esi,%esi
  80139f:	74 06                	je     8013a7 <ipc_recv+0x72>
			*from_env_store = 0;
  8013a1:	c7 06 00 00 00 00    	movl   $0x0,(%esi)
		if (perm_store)
  8013a7:	85 db                	test   %ebx,%ebx
  8013a9:	74 eb                	je     801396 <ipc_recv+0x61>
			*perm_store = 0;
  8013ab:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8013b1:	eb e3                	jmp    801396 <ipc_recv+0x61>

008013b3 <ipc_send>:
// Send 'val' (and 'pg' with 'perm', if 'pg' is nonnull) to 'to_env',
// retrying until the receiver is waiting.  Any other error is a bug in the
// caller, so panic.
void
ipc_send(envid_t to_env, uint32_t val, void *pg, int perm)
{
  8013b3:	55                   	push   %ebp
  8013b4:	89 e5                	mov    %esp,%ebp
  8013b6:	57                   	push   %edi
  8013b7:	56                   	push   %esi
  8013b8:	53                   	push   %ebx
  8013b9:	83 ec 0c             	sub    $0xc,%esp
  8013bc:	8b 75 08             	mov    0x8(%ebp),%esi
  8013bf:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8013c2:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int r;

	if (pg == NULL)
		pg = (void *) UTOP;
  8013c5:	85 db                	test   %ebx,%ebx
  8013c7:	b8 00 00 c0 ee       	mov    $0xeec00000,%eax
  8013cc:	0f 44 d8             	cmove  %eax,%ebx

	while ((r = sys_ipc_try_send(to_env, val, pg, perm)) < 0) {
  8013cf:	ff 75 14             	push   0x14(%ebp)
  8013d2:	53                   	push   %ebx
  8013d3:	57                   	push   %edi
  8013d4:	56                   	push   %esi
  8013d5:	e8 ef fb ff ff       	call   800fc9 <sys_ipc_try_send>
  8013da:	83 c4 10             	add    $0x10,%esp
  8013dd:	85 c0                	test   %eax,%eax
  8013df:	79 22                	jns    801403 <ipc_send+0x50>
		if (r != -E_IPC_NOT_RECV)
  8013e1:	83 f8 f9             	cmp    $0xfffffff9,%eax
  8013e4:	75 07                	jne    8013ed <ipc_send+0x3a>
			panic("ipc_send to %08x: %e", to_env, r);
		// The receiver is not blocked in ipc_recv yet: let it run.
		sys_yield();
  8013e6:	e8 74 fa ff ff       	call   800e5f <sys_yield>
  8013eb:	eb e2                	jmp    8013cf <ipc_send+0x1c>
			panic("ipc_send to %08x: %e", to_env, r);
  8013ed:	83 ec 0c             	sub    $0xc,%esp
  8013f0:	50                   	push   %eax
  8013f1:	56                   	push   %esi
  8013f2:	68 1a 19 80 00       	push   $0x80191a
  8013f7:	6a 35                	push   $0x35
  8013f9:	68 2f 19 80 00       	push   $0x80192f
  8013fe:	e8 41 00 00 00       	call   801444 <_panic>
	}
}
  801403:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801406:	5b                   	pop    %ebx
  801407:	5e                   	pop    %esi
  801408:	5f                   	pop    %edi
  801409:	5d                   	pop    %ebp
  80140a:	c3                   	ret

0080140b <ipc_find_env>:

// Find the first environment of the given type.  Returns its envid, or 0
// if there is none.
envid_t
ipc_find_env(enum EnvType type)
{
  80140b:	55                   	push   %ebp
  80140c:	89 e5                	mov    %esp,%ebp
  80140e:	8b 4d 08             	mov    0x8(%ebp),%ecx
	int i;

	for (i = 0; i < NENV; i++)
  801411:	b8 00 00 00 00       	mov    $0x0,%eax
		if (envs[i].env_type == type)
  801416:	6b d0 7c             	imul   $0x7c,%eax,%edx
  801419:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  80141f:	8b 52 50             	mov    0x50(%edx),%edx
  801422:	39 ca                	cmp    %ecx,%edx
  801424:	74 11                	je     801437 <ipc_find_env+0x2c>
	for (i = 0; i < NENV; i++)
  801426:	83 c0 01             	add    $0x1,%eax
  801429:	3d 00 04 00 00       	cmp    $0x400,%eax
  80142e:	75 e6                	jne    801416 <ipc_find_env+0xb>
			return envs[i].env_id;
	return 0;
  801430:	b8 00 00 00 00       	mov    $0x0,%eax
  801435:	eb 0b                	jmp    801442 <ipc_find_env+0x37>
			return envs[i].env_id;
  801437:	6b c0 7c             	imul   $0x7c,%eax,%eax
  80143a:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80143f:	8b 40 48             	mov    0x48(%eax),%eax
}
  801442:	5d                   	pop    %ebp
  801443:	c3                   	ret

00801444 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  801444:	55                   	push   %ebp
  801445:	89 e5                	mov    %esp,%ebp
  801447:	56                   	push   %esi
  801448:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  801449:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  80144c:	8b 35 00 20 80 00    	mov    0x802000,%esi
  801452:	e8 e9 f9 ff ff       	call   800e40 <sys_getenvid>
  801457:	83 ec 0c             	sub    $0xc,%esp
  80145a:	ff 75 0c             	push   0xc(%ebp)
  80145d:	ff 75 08             	push   0x8(%ebp)
  801460:	56                   	push   %esi
  801461:	50                   	push   %eax
  801462:	68 3c 19 80 00       	push   $0x80193c
  801467:	e8 39 f3 ff ff       	call   8007a5 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  80146c:	83 c4 18             	add    $0x18,%esp
  80146f:	53                   	push   %ebx
  801470:	ff 75 10             	push   0x10(%ebp)
  801473:	e8 56 00 00 00       	call   8014ce <vcprintf>
	cprintf("\n");
  801478:	c7 04 24 e7 15 80 00 	movl   $0x8015e7,(%esp)
  80147f:	e8 21 f3 ff ff       	call   8007a5 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  801484:	cc                   	int3
  801485:	83 c4 10             	add    $0x10,%esp
	for (;;)
  801488:	eb fe                	jmp    801488 <_panic+0x44>

0080148a <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  80148a:	55                   	push   %ebp
  80148b:	89 e5                	mov    %esp,%ebp
  80148d:	53                   	push   %ebx
  80148e:	83 ec 04             	sub    $0x4,%esp
  801491:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  801494:	8b 13                	mov    (%ebx),%edx
  801496:	8d 42 01             	lea    0x1(%edx),%eax
  801499:	89 03                	mov    %eax,(%ebx)
  80149b:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80149e:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  8014a2:	3d 00 01 00 00       	cmp    $0x100,%eax
  8014a7:	74 09                	je     8014b2 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  8014a9:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  8014ad:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8014b0:	c9                   	leave
  8014b1:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8014b2:	83 ec 08             	sub    $0x8,%esp
  8014b5:	68 00 01 00 00       	push   $0x100
  8014ba:	8d 43 08             	lea    0x8(%ebx),%eax
  8014bd:	50                   	push   %eax
  8014be:	e8 ff f8 ff ff       	call   800dc2 <sys_cputs>
		b->idx = 0;
  8014c3:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8014c9:	83 c4 10             	add    $0x10,%esp
  8014cc:	eb db                	jmp    8014a9 <putch+0x1f>

008014ce <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8014ce:	55                   	push   %ebp
  8014cf:	89 e5                	mov    %esp,%ebp
  8014d1:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8014d7:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8014de:	00 00 00 
	b.cnt = 0;
  8014e1:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8014e8:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8014eb:	ff 75 0c             	push   0xc(%ebp)
  8014ee:	ff 75 08             	push   0x8(%ebp)
  8014f1:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8014f7:	50                   	push   %eax
  8014f8:	68 8a 14 80 00       	push   $0x80148a
  8014fd:	e8 50 ec ff ff       	call   800152 <vprintfmt>
	if (b->idx > 0) {
  801502:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  801508:	83 c4 10             	add    $0x10,%esp
  80150b:	85 c0                	test   %eax,%eax
  80150d:	7f 08                	jg     801517 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  80150f:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  801515:	c9                   	leave
  801516:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  801517:	83 ec 08             	sub    $0x8,%esp
  80151a:	50                   	push   %eax
  80151b:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  801521:	50                   	push   %eax
  801522:	e8 9b f8 ff ff       	call   800dc2 <sys_cputs>
  801527:	83 c4 10             	add    $0x10,%esp
  80152a:	eb e3                	jmp    80150f <vcprintf+0x41>

0080152c <set_pgfault_handler>:
// Read by _pgfault_upcall; 0 until a handler is installed.
void (*_pgfault_handler)(struct UTrapframe *utf);

void
set_pgfault_handler(void (*handler)(struct UTrapframe *utf))
{
  80152c:	55                   	push   %ebp
  80152d:	89 e5                	mov    %esp,%ebp
  80152f:	83 ec 08             	sub    $0x8,%esp
	int r;

	if (_pgfault_handler == 0) {
  801532:	83 3d 00 40 80 00 00 	cmpl   $0x0,0x804000
  801539:	74 0a                	je     801545 <set_pgfault_handler+0x19>
			panic("set_pgfault_handler: upcall: %e", r);
	}

	// Swapping handlers later needs no kernel call: the upcall always
	// goes through this pointer.
	_pgfault_handler = handler;
  80153b:	8b 45 08             	mov    0x8(%ebp),%eax
  80153e:	a3 00 40 80 00       	mov    %eax,0x804000
}
  801543:	c9                   	leave
  801544:	c3                   	ret
		if ((r = sys_page_alloc(0, (void *) (UXSTACKTOP - PGSIZE),
  801545:	83 ec 04             	sub    $0x4,%esp
  801548:	6a 07                	push   $0x7
  80154a:	68 00 f0 bf ee       	push   $0xeebff000
  80154f:	6a 00                	push   $0x0
  801551:	e8 28 f9 ff ff       	call   800e7e <sys_page_alloc>
  801556:	83 c4 10             	add    $0x10,%esp
  801559:	85 c0                	test   %eax,%eax
  80155b:	78 28                	js     801585 <set_pgfault_handler+0x59>
		if ((r = sys_env_set_pgfault_upcall(0, _pgfault_upcall)) < 0)
  80155d:	83 ec 08             	sub    $0x8,%esp
  801560:	68 97 15 80 00       	push   $0x801597
  801565:	6a 00                	push   $0x0
  801567:	e8 1b fa ff ff       	call   800f87 <sys_env_set_pgfault_upcall>
  80156c:	83 c4 10             	add    $0x10,%esp
  80156f:	85 c0                	test   %eax,%eax
  801571:	79 c8                	jns    80153b <set_pgfault_handler+0xf>
			panic("set_pgfault_handler: upcall: %e", r);
  801573:	50                   	push   %eax
  801574:	68 8c 19 80 00       	push   $0x80198c
  801579:	6a 1a                	push   $0x1a
  80157b:	68 ac 19 80 00       	push   $0x8019ac
  801580:	e8 bf fe ff ff       	call   801444 <_panic>
			panic("set_pgfault_handler: exception stack: %e", r);
  801585:	50                   	push   %eax
  801586:	68 60 19 80 00       	push   $0x801960
  80158b:	6a 18                	push   $0x18
  80158d:	68 ac 19 80 00       	push   $0x8019ac
  801592:	e8 ad fe ff ff       	call   801444 <_panic>

00801597 <_pgfault_upcall>:

.text
.globl _pgfault_upcall
_pgfault_upcall:
	// Call the C handler with a pointer to the UTrapframe.
	pushl %esp
  801597:	54                   	push   %esp
	movl _pgfault_handler, %eax
  801598:	a1 00 40 80 00       	mov    0x804000,%eax
	call *%eax
  80159d:	ff d0                	call   *%eax
	addl $4, %esp
  80159f:	83 c4 04             	add    $0x4,%esp

	// Push the trap-time eip onto the trap-time stack: store it one
	// word below utf_esp and make utf_esp point at it.
	movl 40(%esp), %eax
  8015a2:	8b 44 24 28          	mov    0x28(%esp),%eax
	movl 48(%esp), %edx
  8015a6:	8b 54 24 30          	mov    0x30(%esp),%edx
	subl $4, %edx
  8015aa:	83 ea 04             	sub    $0x4,%edx
	movl %eax, (%edx)
  8015ad:	89 02                	mov    %eax,(%edx)
	movl %edx, 48(%esp)
  8015af:	89 54 24 30          	mov    %edx,0x30(%esp)

	// Restore the general registers.
	addl $8, %esp		// skip utf_fault_va and utf_err
  8015b3:	83 c4 08             	add    $0x8,%esp
	popal
  8015b6:	61                   	popa

	// Restore eflags.  Skip utf_eip first: from popfl on, no arithmetic
	// instruction may run, or it would change the restored flags.
	addl $4, %esp
  8015b7:	83 c4 04             	add    $0x4,%esp
	popfl
  8015ba:	9d                   	popf

	// Switch back to the trap-time stack (now holding the eip) ...
	popl %esp
  8015bb:	5c                   	pop    %esp

	// ... and return to the faulting instruction.
	ret
  8015bc:	c3                   	ret
