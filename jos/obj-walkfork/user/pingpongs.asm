
obj-walkfork/user/pingpongs:     file format elf32-i386


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
  80002c:	e8 d2 00 00 00       	call   800103 <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:

uint32_t val;

void
umain(int argc, char **argv)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	57                   	push   %edi
  800037:	56                   	push   %esi
  800038:	53                   	push   %ebx
  800039:	83 ec 2c             	sub    $0x2c,%esp
	envid_t who;

	if ((who = sfork()) != 0) {
  80003c:	e8 25 13 00 00       	call   801366 <sfork>
  800041:	89 45 e4             	mov    %eax,-0x1c(%ebp)
  800044:	85 c0                	test   %eax,%eax
  800046:	75 74                	jne    8000bc <umain+0x89>
		cprintf("send 0 from %x to %x\n", sys_getenvid(), who);
		ipc_send(who, 0, 0, 0);
	}

	while (1) {
		ipc_recv(&who, 0, 0);
  800048:	83 ec 04             	sub    $0x4,%esp
  80004b:	6a 00                	push   $0x0
  80004d:	6a 00                	push   $0x0
  80004f:	8d 45 e4             	lea    -0x1c(%ebp),%eax
  800052:	50                   	push   %eax
  800053:	e8 20 13 00 00       	call   801378 <ipc_recv>
		cprintf("%x got %d from %x (thisenv is %p %x)\n",
			sys_getenvid(), val, who, thisenv, thisenv->env_id);
  800058:	8b 1d 00 30 80 00    	mov    0x803000,%ebx
  80005e:	8b 7b 48             	mov    0x48(%ebx),%edi
		cprintf("%x got %d from %x (thisenv is %p %x)\n",
  800061:	8b 75 e4             	mov    -0x1c(%ebp),%esi
  800064:	a1 00 40 80 00       	mov    0x804000,%eax
  800069:	89 45 d4             	mov    %eax,-0x2c(%ebp)
  80006c:	e8 12 0e 00 00       	call   800e83 <sys_getenvid>
  800071:	83 c4 08             	add    $0x8,%esp
  800074:	57                   	push   %edi
  800075:	53                   	push   %ebx
  800076:	56                   	push   %esi
  800077:	ff 75 d4             	push   -0x2c(%ebp)
  80007a:	50                   	push   %eax
  80007b:	68 30 16 80 00       	push   $0x801630
  800080:	e8 63 07 00 00       	call   8007e8 <cprintf>
		if (val == 10)
  800085:	a1 00 40 80 00       	mov    0x804000,%eax
  80008a:	83 c4 20             	add    $0x20,%esp
  80008d:	83 f8 0a             	cmp    $0xa,%eax
  800090:	74 22                	je     8000b4 <umain+0x81>
			return;
		++val;
  800092:	83 c0 01             	add    $0x1,%eax
  800095:	a3 00 40 80 00       	mov    %eax,0x804000
		ipc_send(who, 0, 0, 0);
  80009a:	6a 00                	push   $0x0
  80009c:	6a 00                	push   $0x0
  80009e:	6a 00                	push   $0x0
  8000a0:	ff 75 e4             	push   -0x1c(%ebp)
  8000a3:	e8 4e 13 00 00       	call   8013f6 <ipc_send>
		if (val == 10)
  8000a8:	83 c4 10             	add    $0x10,%esp
  8000ab:	83 3d 00 40 80 00 0a 	cmpl   $0xa,0x804000
  8000b2:	75 94                	jne    800048 <umain+0x15>
			return;
	}
}
  8000b4:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8000b7:	5b                   	pop    %ebx
  8000b8:	5e                   	pop    %esi
  8000b9:	5f                   	pop    %edi
  8000ba:	5d                   	pop    %ebp
  8000bb:	c3                   	ret
		cprintf("i am %08x; thisenv is %p\n", sys_getenvid(), thisenv);
  8000bc:	8b 1d 00 30 80 00    	mov    0x803000,%ebx
  8000c2:	e8 bc 0d 00 00       	call   800e83 <sys_getenvid>
  8000c7:	83 ec 04             	sub    $0x4,%esp
  8000ca:	53                   	push   %ebx
  8000cb:	50                   	push   %eax
  8000cc:	68 00 16 80 00       	push   $0x801600
  8000d1:	e8 12 07 00 00       	call   8007e8 <cprintf>
		cprintf("send 0 from %x to %x\n", sys_getenvid(), who);
  8000d6:	8b 5d e4             	mov    -0x1c(%ebp),%ebx
  8000d9:	e8 a5 0d 00 00       	call   800e83 <sys_getenvid>
  8000de:	83 c4 0c             	add    $0xc,%esp
  8000e1:	53                   	push   %ebx
  8000e2:	50                   	push   %eax
  8000e3:	68 1a 16 80 00       	push   $0x80161a
  8000e8:	e8 fb 06 00 00       	call   8007e8 <cprintf>
		ipc_send(who, 0, 0, 0);
  8000ed:	6a 00                	push   $0x0
  8000ef:	6a 00                	push   $0x0
  8000f1:	6a 00                	push   $0x0
  8000f3:	ff 75 e4             	push   -0x1c(%ebp)
  8000f6:	e8 fb 12 00 00       	call   8013f6 <ipc_send>
  8000fb:	83 c4 20             	add    $0x20,%esp
  8000fe:	e9 45 ff ff ff       	jmp    800048 <umain+0x15>

00800103 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  800103:	55                   	push   %ebp
  800104:	89 e5                	mov    %esp,%ebp
  800106:	56                   	push   %esi
  800107:	53                   	push   %ebx
  800108:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80010b:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  80010e:	e8 70 0d 00 00       	call   800e83 <sys_getenvid>
  800113:	25 ff 03 00 00       	and    $0x3ff,%eax
  800118:	6b c0 7c             	imul   $0x7c,%eax,%eax
  80011b:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  800120:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800125:	85 db                	test   %ebx,%ebx
  800127:	7e 07                	jle    800130 <libmain+0x2d>
		binaryname = argv[0];
  800129:	8b 06                	mov    (%esi),%eax
  80012b:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800130:	83 ec 08             	sub    $0x8,%esp
  800133:	56                   	push   %esi
  800134:	53                   	push   %ebx
  800135:	e8 f9 fe ff ff       	call   800033 <umain>

	exit();
  80013a:	e8 0a 00 00 00       	call   800149 <exit>
}
  80013f:	83 c4 10             	add    $0x10,%esp
  800142:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800145:	5b                   	pop    %ebx
  800146:	5e                   	pop    %esi
  800147:	5d                   	pop    %ebp
  800148:	c3                   	ret

00800149 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  800149:	55                   	push   %ebp
  80014a:	89 e5                	mov    %esp,%ebp
  80014c:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  80014f:	6a 00                	push   $0x0
  800151:	e8 ec 0c 00 00       	call   800e42 <sys_env_destroy>
}
  800156:	83 c4 10             	add    $0x10,%esp
  800159:	c9                   	leave
  80015a:	c3                   	ret

0080015b <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  80015b:	55                   	push   %ebp
  80015c:	89 e5                	mov    %esp,%ebp
  80015e:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  800161:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  800165:	8b 10                	mov    (%eax),%edx
  800167:	3b 50 04             	cmp    0x4(%eax),%edx
  80016a:	73 0a                	jae    800176 <sprintputch+0x1b>
		*b->buf++ = ch;
  80016c:	8d 4a 01             	lea    0x1(%edx),%ecx
  80016f:	89 08                	mov    %ecx,(%eax)
  800171:	8b 45 08             	mov    0x8(%ebp),%eax
  800174:	88 02                	mov    %al,(%edx)
}
  800176:	5d                   	pop    %ebp
  800177:	c3                   	ret

00800178 <printfmt>:
{
  800178:	55                   	push   %ebp
  800179:	89 e5                	mov    %esp,%ebp
  80017b:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  80017e:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  800181:	50                   	push   %eax
  800182:	ff 75 10             	push   0x10(%ebp)
  800185:	ff 75 0c             	push   0xc(%ebp)
  800188:	ff 75 08             	push   0x8(%ebp)
  80018b:	e8 05 00 00 00       	call   800195 <vprintfmt>
}
  800190:	83 c4 10             	add    $0x10,%esp
  800193:	c9                   	leave
  800194:	c3                   	ret

00800195 <vprintfmt>:
{
  800195:	55                   	push   %ebp
  800196:	89 e5                	mov    %esp,%ebp
  800198:	57                   	push   %edi
  800199:	56                   	push   %esi
  80019a:	53                   	push   %ebx
  80019b:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80019e:	8b 45 10             	mov    0x10(%ebp),%eax
  8001a1:	8d 58 01             	lea    0x1(%eax),%ebx
  8001a4:	0f b6 00             	movzbl (%eax),%eax
  8001a7:	83 f8 25             	cmp    $0x25,%eax
  8001aa:	74 24                	je     8001d0 <vprintfmt+0x3b>
  8001ac:	8b 75 08             	mov    0x8(%ebp),%esi
  8001af:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  8001b2:	85 c0                	test   %eax,%eax
  8001b4:	0f 84 d8 05 00 00    	je     800792 <vprintfmt+0x5fd>
			putch(ch, putdat);
  8001ba:	83 ec 08             	sub    $0x8,%esp
  8001bd:	57                   	push   %edi
  8001be:	50                   	push   %eax
  8001bf:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  8001c1:	83 c3 01             	add    $0x1,%ebx
  8001c4:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  8001c8:	83 c4 10             	add    $0x10,%esp
  8001cb:	83 f8 25             	cmp    $0x25,%eax
  8001ce:	75 e2                	jne    8001b2 <vprintfmt+0x1d>
		padc = ' ';
  8001d0:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  8001d4:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  8001d9:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  8001e0:	b9 00 00 00 00       	mov    $0x0,%ecx
  8001e5:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8001e7:	8d 53 01             	lea    0x1(%ebx),%edx
  8001ea:	0f b6 0b             	movzbl (%ebx),%ecx
  8001ed:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8001f0:	3c 55                	cmp    $0x55,%al
  8001f2:	0f 87 21 05 00 00    	ja     800719 <vprintfmt+0x584>
  8001f8:	0f b6 c0             	movzbl %al,%eax
  8001fb:	ff 24 85 20 17 80 00 	jmp    *0x801720(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  800202:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800205:	eb 97                	jmp    80019e <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  800207:	89 d3                	mov    %edx,%ebx
			padc = '-';
  800209:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  80020d:	eb d8                	jmp    8001e7 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80020f:	89 d3                	mov    %edx,%ebx
  800211:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  800215:	eb d0                	jmp    8001e7 <vprintfmt+0x52>
  800217:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  80021a:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  80021d:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  800221:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800224:	83 f9 09             	cmp    $0x9,%ecx
  800227:	77 54                	ja     80027d <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  800229:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  80022c:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  80022f:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  800233:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  800236:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800239:	83 f9 09             	cmp    $0x9,%ecx
  80023c:	76 eb                	jbe    800229 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  80023e:	89 d3                	mov    %edx,%ebx
  800240:	eb 0d                	jmp    80024f <vprintfmt+0xba>
			precision = va_arg(ap, int);
  800242:	8b 45 14             	mov    0x14(%ebp),%eax
  800245:	8b 38                	mov    (%eax),%edi
  800247:	8d 40 04             	lea    0x4(%eax),%eax
  80024a:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  80024d:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  80024f:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800253:	79 92                	jns    8001e7 <vprintfmt+0x52>
				width = precision, precision = -1;
  800255:	89 7d ac             	mov    %edi,-0x54(%ebp)
  800258:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  80025d:	eb 88                	jmp    8001e7 <vprintfmt+0x52>
			if (width < 0)
  80025f:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  800262:	85 c9                	test   %ecx,%ecx
  800264:	b8 00 00 00 00       	mov    $0x0,%eax
  800269:	0f 49 c1             	cmovns %ecx,%eax
  80026c:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  80026f:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800271:	e9 71 ff ff ff       	jmp    8001e7 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800276:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800278:	e9 6a ff ff ff       	jmp    8001e7 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80027d:	89 d3                	mov    %edx,%ebx
  80027f:	eb ce                	jmp    80024f <vprintfmt+0xba>
			lflag++;
  800281:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800284:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800286:	e9 5c ff ff ff       	jmp    8001e7 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  80028b:	89 55 10             	mov    %edx,0x10(%ebp)
  80028e:	8b 45 14             	mov    0x14(%ebp),%eax
  800291:	8d 58 04             	lea    0x4(%eax),%ebx
  800294:	83 ec 08             	sub    $0x8,%esp
  800297:	ff 75 0c             	push   0xc(%ebp)
  80029a:	ff 30                	push   (%eax)
  80029c:	ff 55 08             	call   *0x8(%ebp)
			break;
  80029f:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  8002a2:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  8002a5:	e9 f4 fe ff ff       	jmp    80019e <vprintfmt+0x9>
			err = va_arg(ap, int);
  8002aa:	89 55 10             	mov    %edx,0x10(%ebp)
  8002ad:	8b 45 14             	mov    0x14(%ebp),%eax
  8002b0:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  8002b3:	8b 10                	mov    (%eax),%edx
  8002b5:	89 d0                	mov    %edx,%eax
  8002b7:	f7 d8                	neg    %eax
  8002b9:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  8002bc:	83 f8 08             	cmp    $0x8,%eax
  8002bf:	7f 27                	jg     8002e8 <vprintfmt+0x153>
  8002c1:	8b 14 85 80 18 80 00 	mov    0x801880(,%eax,4),%edx
  8002c8:	85 d2                	test   %edx,%edx
  8002ca:	74 1c                	je     8002e8 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  8002cc:	52                   	push   %edx
  8002cd:	68 70 16 80 00       	push   $0x801670
  8002d2:	ff 75 0c             	push   0xc(%ebp)
  8002d5:	ff 75 08             	push   0x8(%ebp)
  8002d8:	e8 9b fe ff ff       	call   800178 <printfmt>
  8002dd:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8002e0:	89 5d 14             	mov    %ebx,0x14(%ebp)
  8002e3:	e9 b6 fe ff ff       	jmp    80019e <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  8002e8:	50                   	push   %eax
  8002e9:	68 67 16 80 00       	push   $0x801667
  8002ee:	ff 75 0c             	push   0xc(%ebp)
  8002f1:	ff 75 08             	push   0x8(%ebp)
  8002f4:	e8 7f fe ff ff       	call   800178 <printfmt>
  8002f9:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8002fc:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8002ff:	e9 9a fe ff ff       	jmp    80019e <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  800304:	89 55 10             	mov    %edx,0x10(%ebp)
  800307:	8b 45 14             	mov    0x14(%ebp),%eax
  80030a:	83 c0 04             	add    $0x4,%eax
  80030d:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800310:	8b 45 14             	mov    0x14(%ebp),%eax
  800313:	8b 30                	mov    (%eax),%esi
  800315:	85 f6                	test   %esi,%esi
  800317:	0f 84 53 04 00 00    	je     800770 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  80031d:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800321:	7e 06                	jle    800329 <vprintfmt+0x194>
  800323:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800327:	75 1b                	jne    800344 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800329:	8d 5e 01             	lea    0x1(%esi),%ebx
  80032c:	0f be 06             	movsbl (%esi),%eax
  80032f:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800332:	85 c0                	test   %eax,%eax
  800334:	0f 85 80 00 00 00    	jne    8003ba <vprintfmt+0x225>
  80033a:	e9 8c 00 00 00       	jmp    8003cb <vprintfmt+0x236>
				p = "(null)";
  80033f:	be 60 16 80 00       	mov    $0x801660,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  800344:	83 ec 08             	sub    $0x8,%esp
  800347:	57                   	push   %edi
  800348:	56                   	push   %esi
  800349:	e8 ea 04 00 00       	call   800838 <strnlen>
  80034e:	29 45 ac             	sub    %eax,-0x54(%ebp)
  800351:	8b 55 ac             	mov    -0x54(%ebp),%edx
  800354:	83 c4 10             	add    $0x10,%esp
  800357:	85 d2                	test   %edx,%edx
  800359:	0f 8e f5 03 00 00    	jle    800754 <vprintfmt+0x5bf>
					putch(padc, putdat);
  80035f:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  800363:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800366:	89 d6                	mov    %edx,%esi
  800368:	89 7d b0             	mov    %edi,-0x50(%ebp)
  80036b:	8b 7d 0c             	mov    0xc(%ebp),%edi
  80036e:	83 ec 08             	sub    $0x8,%esp
  800371:	57                   	push   %edi
  800372:	53                   	push   %ebx
  800373:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800376:	83 c4 10             	add    $0x10,%esp
  800379:	83 ee 01             	sub    $0x1,%esi
  80037c:	75 f0                	jne    80036e <vprintfmt+0x1d9>
  80037e:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800381:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800384:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800387:	8d 5e 01             	lea    0x1(%esi),%ebx
  80038a:	0f be 06             	movsbl (%esi),%eax
  80038d:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800390:	85 c0                	test   %eax,%eax
  800392:	75 26                	jne    8003ba <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800394:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800397:	89 45 14             	mov    %eax,0x14(%ebp)
  80039a:	e9 ff fd ff ff       	jmp    80019e <vprintfmt+0x9>
				putch(ch, putdat);
  80039f:	83 ec 08             	sub    $0x8,%esp
  8003a2:	ff 75 0c             	push   0xc(%ebp)
  8003a5:	50                   	push   %eax
  8003a6:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8003a9:	83 ee 01             	sub    $0x1,%esi
  8003ac:	83 c3 01             	add    $0x1,%ebx
  8003af:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  8003b3:	83 c4 10             	add    $0x10,%esp
  8003b6:	85 c0                	test   %eax,%eax
  8003b8:	74 0e                	je     8003c8 <vprintfmt+0x233>
  8003ba:	85 ff                	test   %edi,%edi
  8003bc:	78 e1                	js     80039f <vprintfmt+0x20a>
  8003be:	83 ef 01             	sub    $0x1,%edi
  8003c1:	79 dc                	jns    80039f <vprintfmt+0x20a>
  8003c3:	89 75 ac             	mov    %esi,-0x54(%ebp)
  8003c6:	eb 03                	jmp    8003cb <vprintfmt+0x236>
  8003c8:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  8003cb:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8003cf:	7e 24                	jle    8003f5 <vprintfmt+0x260>
  8003d1:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  8003d4:	8b 75 08             	mov    0x8(%ebp),%esi
  8003d7:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  8003da:	83 ec 08             	sub    $0x8,%esp
  8003dd:	57                   	push   %edi
  8003de:	6a 20                	push   $0x20
  8003e0:	ff d6                	call   *%esi
			for (; width > 0; width--)
  8003e2:	83 c4 10             	add    $0x10,%esp
  8003e5:	83 eb 01             	sub    $0x1,%ebx
  8003e8:	75 f0                	jne    8003da <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  8003ea:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8003ed:	89 45 14             	mov    %eax,0x14(%ebp)
  8003f0:	e9 a9 fd ff ff       	jmp    80019e <vprintfmt+0x9>
  8003f5:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8003f8:	89 45 14             	mov    %eax,0x14(%ebp)
  8003fb:	e9 9e fd ff ff       	jmp    80019e <vprintfmt+0x9>
	if (lflag >= 2)
  800400:	89 55 10             	mov    %edx,0x10(%ebp)
  800403:	83 fe 01             	cmp    $0x1,%esi
  800406:	7f 1b                	jg     800423 <vprintfmt+0x28e>
	else if (lflag)
  800408:	85 f6                	test   %esi,%esi
  80040a:	74 39                	je     800445 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  80040c:	8b 45 14             	mov    0x14(%ebp),%eax
  80040f:	8b 00                	mov    (%eax),%eax
  800411:	89 c6                	mov    %eax,%esi
  800413:	89 c7                	mov    %eax,%edi
  800415:	c1 ff 1f             	sar    $0x1f,%edi
  800418:	8b 45 14             	mov    0x14(%ebp),%eax
  80041b:	8d 40 04             	lea    0x4(%eax),%eax
  80041e:	89 45 14             	mov    %eax,0x14(%ebp)
  800421:	eb 0e                	jmp    800431 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  800423:	8b 45 14             	mov    0x14(%ebp),%eax
  800426:	8b 30                	mov    (%eax),%esi
  800428:	8b 78 04             	mov    0x4(%eax),%edi
  80042b:	8d 40 08             	lea    0x8(%eax),%eax
  80042e:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  800431:	85 ff                	test   %edi,%edi
  800433:	78 27                	js     80045c <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  800435:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800438:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  80043b:	b8 0a 00 00 00       	mov    $0xa,%eax
  800440:	e9 53 01 00 00       	jmp    800598 <vprintfmt+0x403>
		return va_arg(*ap, int);
  800445:	8b 45 14             	mov    0x14(%ebp),%eax
  800448:	8b 00                	mov    (%eax),%eax
  80044a:	89 c6                	mov    %eax,%esi
  80044c:	89 c7                	mov    %eax,%edi
  80044e:	c1 ff 1f             	sar    $0x1f,%edi
  800451:	8b 45 14             	mov    0x14(%ebp),%eax
  800454:	8d 40 04             	lea    0x4(%eax),%eax
  800457:	89 45 14             	mov    %eax,0x14(%ebp)
  80045a:	eb d5                	jmp    800431 <vprintfmt+0x29c>
				putch('-', putdat);
  80045c:	83 ec 08             	sub    $0x8,%esp
  80045f:	ff 75 0c             	push   0xc(%ebp)
  800462:	6a 2d                	push   $0x2d
  800464:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800467:	f7 de                	neg    %esi
  800469:	83 d7 00             	adc    $0x0,%edi
  80046c:	f7 df                	neg    %edi
  80046e:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800471:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800474:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800477:	b8 0a 00 00 00       	mov    $0xa,%eax
  80047c:	e9 17 01 00 00       	jmp    800598 <vprintfmt+0x403>
	if (lflag >= 2)
  800481:	89 55 10             	mov    %edx,0x10(%ebp)
  800484:	83 fe 01             	cmp    $0x1,%esi
  800487:	7f 27                	jg     8004b0 <vprintfmt+0x31b>
	else if (lflag)
  800489:	85 f6                	test   %esi,%esi
  80048b:	74 44                	je     8004d1 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  80048d:	8b 45 14             	mov    0x14(%ebp),%eax
  800490:	8b 00                	mov    (%eax),%eax
  800492:	ba 00 00 00 00       	mov    $0x0,%edx
  800497:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80049a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80049d:	8b 45 14             	mov    0x14(%ebp),%eax
  8004a0:	8d 40 04             	lea    0x4(%eax),%eax
  8004a3:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8004a6:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  8004ab:	e9 e8 00 00 00       	jmp    800598 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8004b0:	8b 45 14             	mov    0x14(%ebp),%eax
  8004b3:	8b 50 04             	mov    0x4(%eax),%edx
  8004b6:	8b 00                	mov    (%eax),%eax
  8004b8:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004bb:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004be:	8b 45 14             	mov    0x14(%ebp),%eax
  8004c1:	8d 40 08             	lea    0x8(%eax),%eax
  8004c4:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8004c7:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  8004cc:	e9 c7 00 00 00       	jmp    800598 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8004d1:	8b 45 14             	mov    0x14(%ebp),%eax
  8004d4:	8b 00                	mov    (%eax),%eax
  8004d6:	ba 00 00 00 00       	mov    $0x0,%edx
  8004db:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004de:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004e1:	8b 45 14             	mov    0x14(%ebp),%eax
  8004e4:	8d 40 04             	lea    0x4(%eax),%eax
  8004e7:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8004ea:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8004ef:	e9 a4 00 00 00       	jmp    800598 <vprintfmt+0x403>
	if (lflag >= 2)
  8004f4:	89 55 10             	mov    %edx,0x10(%ebp)
  8004f7:	83 fe 01             	cmp    $0x1,%esi
  8004fa:	7f 24                	jg     800520 <vprintfmt+0x38b>
	else if (lflag)
  8004fc:	85 f6                	test   %esi,%esi
  8004fe:	74 3e                	je     80053e <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  800500:	8b 45 14             	mov    0x14(%ebp),%eax
  800503:	8b 00                	mov    (%eax),%eax
  800505:	ba 00 00 00 00       	mov    $0x0,%edx
  80050a:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80050d:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800510:	8b 45 14             	mov    0x14(%ebp),%eax
  800513:	8d 40 04             	lea    0x4(%eax),%eax
  800516:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800519:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  80051e:	eb 78                	jmp    800598 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800520:	8b 45 14             	mov    0x14(%ebp),%eax
  800523:	8b 50 04             	mov    0x4(%eax),%edx
  800526:	8b 00                	mov    (%eax),%eax
  800528:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80052b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80052e:	8b 45 14             	mov    0x14(%ebp),%eax
  800531:	8d 40 08             	lea    0x8(%eax),%eax
  800534:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800537:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  80053c:	eb 5a                	jmp    800598 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80053e:	8b 45 14             	mov    0x14(%ebp),%eax
  800541:	8b 00                	mov    (%eax),%eax
  800543:	ba 00 00 00 00       	mov    $0x0,%edx
  800548:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80054b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80054e:	8b 45 14             	mov    0x14(%ebp),%eax
  800551:	8d 40 04             	lea    0x4(%eax),%eax
  800554:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800557:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  80055c:	eb 3a                	jmp    800598 <vprintfmt+0x403>
			putch('0', putdat);
  80055e:	89 55 10             	mov    %edx,0x10(%ebp)
  800561:	83 ec 08             	sub    $0x8,%esp
  800564:	ff 75 0c             	push   0xc(%ebp)
  800567:	6a 30                	push   $0x30
  800569:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  80056c:	83 c4 08             	add    $0x8,%esp
  80056f:	ff 75 0c             	push   0xc(%ebp)
  800572:	6a 78                	push   $0x78
  800574:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800577:	8b 45 14             	mov    0x14(%ebp),%eax
  80057a:	8b 00                	mov    (%eax),%eax
  80057c:	ba 00 00 00 00       	mov    $0x0,%edx
  800581:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800584:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800587:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  80058a:	8b 45 14             	mov    0x14(%ebp),%eax
  80058d:	8d 40 04             	lea    0x4(%eax),%eax
  800590:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800593:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800598:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  80059c:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  80059f:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  8005a4:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8005a7:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  8005ae:	89 7d a8             	mov    %edi,-0x58(%ebp)
  8005b1:	8b 75 b0             	mov    -0x50(%ebp),%esi
  8005b4:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  8005b7:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  8005ba:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  8005be:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  8005c1:	8d 55 cf             	lea    -0x31(%ebp),%edx
  8005c4:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  8005c7:	ff 75 bc             	push   -0x44(%ebp)
  8005ca:	ff 75 b8             	push   -0x48(%ebp)
  8005cd:	57                   	push   %edi
  8005ce:	56                   	push   %esi
  8005cf:	e8 2f 07 00 00       	call   800d03 <__umoddi3>
  8005d4:	83 c4 10             	add    $0x10,%esp
  8005d7:	0f b6 80 73 16 80 00 	movzbl 0x801673(%eax),%eax
  8005de:	88 03                	mov    %al,(%ebx)
		num /= base;
  8005e0:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8005e3:	89 fb                	mov    %edi,%ebx
  8005e5:	ff 75 bc             	push   -0x44(%ebp)
  8005e8:	ff 75 b8             	push   -0x48(%ebp)
  8005eb:	57                   	push   %edi
  8005ec:	56                   	push   %esi
  8005ed:	e8 f6 06 00 00       	call   800ce8 <__udivdi3>
  8005f2:	83 c4 10             	add    $0x10,%esp
  8005f5:	89 c6                	mov    %eax,%esi
  8005f7:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8005f9:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8005fc:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8005ff:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  800602:	73 b6                	jae    8005ba <vprintfmt+0x425>
	pad = width - n;
  800604:	8b 7d a8             	mov    -0x58(%ebp),%edi
  800607:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  80060a:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80060d:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  80060f:	83 ff 2d             	cmp    $0x2d,%edi
  800612:	0f 84 de 00 00 00    	je     8006f6 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  800618:	85 f6                	test   %esi,%esi
  80061a:	0f 8e 27 01 00 00    	jle    800747 <vprintfmt+0x5b2>
  800620:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  800623:	83 ec 08             	sub    $0x8,%esp
  800626:	53                   	push   %ebx
  800627:	57                   	push   %edi
  800628:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  80062b:	83 c4 10             	add    $0x10,%esp
  80062e:	83 ee 01             	sub    $0x1,%esi
  800631:	75 f0                	jne    800623 <vprintfmt+0x48e>
  800633:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  800636:	85 db                	test   %ebx,%ebx
  800638:	0f 8e 60 fb ff ff    	jle    80019e <vprintfmt+0x9>
		putch(digits[--n], putdat);
  80063e:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800641:	8b 75 08             	mov    0x8(%ebp),%esi
  800644:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800647:	83 eb 01             	sub    $0x1,%ebx
  80064a:	83 ec 08             	sub    $0x8,%esp
  80064d:	57                   	push   %edi
  80064e:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  800653:	50                   	push   %eax
  800654:	ff d6                	call   *%esi
	while (n > 0)
  800656:	83 c4 10             	add    $0x10,%esp
  800659:	85 db                	test   %ebx,%ebx
  80065b:	7f ea                	jg     800647 <vprintfmt+0x4b2>
  80065d:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  800660:	85 f6                	test   %esi,%esi
  800662:	0f 8e 36 fb ff ff    	jle    80019e <vprintfmt+0x9>
  800668:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80066b:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  80066e:	83 ec 08             	sub    $0x8,%esp
  800671:	57                   	push   %edi
  800672:	6a 20                	push   $0x20
  800674:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800676:	83 c4 10             	add    $0x10,%esp
  800679:	83 ee 01             	sub    $0x1,%esi
  80067c:	75 f0                	jne    80066e <vprintfmt+0x4d9>
  80067e:	e9 1b fb ff ff       	jmp    80019e <vprintfmt+0x9>
	if (lflag >= 2)
  800683:	89 55 10             	mov    %edx,0x10(%ebp)
  800686:	83 fe 01             	cmp    $0x1,%esi
  800689:	7f 27                	jg     8006b2 <vprintfmt+0x51d>
	else if (lflag)
  80068b:	85 f6                	test   %esi,%esi
  80068d:	74 44                	je     8006d3 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  80068f:	8b 45 14             	mov    0x14(%ebp),%eax
  800692:	8b 00                	mov    (%eax),%eax
  800694:	ba 00 00 00 00       	mov    $0x0,%edx
  800699:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80069c:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80069f:	8b 45 14             	mov    0x14(%ebp),%eax
  8006a2:	8d 40 04             	lea    0x4(%eax),%eax
  8006a5:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8006a8:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  8006ad:	e9 e6 fe ff ff       	jmp    800598 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8006b2:	8b 45 14             	mov    0x14(%ebp),%eax
  8006b5:	8b 50 04             	mov    0x4(%eax),%edx
  8006b8:	8b 00                	mov    (%eax),%eax
  8006ba:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8006bd:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8006c0:	8b 45 14             	mov    0x14(%ebp),%eax
  8006c3:	8d 40 08             	lea    0x8(%eax),%eax
  8006c6:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8006c9:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  8006ce:	e9 c5 fe ff ff       	jmp    800598 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8006d3:	8b 45 14             	mov    0x14(%ebp),%eax
  8006d6:	8b 00                	mov    (%eax),%eax
  8006d8:	ba 00 00 00 00       	mov    $0x0,%edx
  8006dd:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8006e0:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8006e3:	8b 45 14             	mov    0x14(%ebp),%eax
  8006e6:	8d 40 04             	lea    0x4(%eax),%eax
  8006e9:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8006ec:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8006f1:	e9 a2 fe ff ff       	jmp    800598 <vprintfmt+0x403>
	while (n > 0)
  8006f6:	85 db                	test   %ebx,%ebx
  8006f8:	0f 8f 40 ff ff ff    	jg     80063e <vprintfmt+0x4a9>
  8006fe:	e9 5d ff ff ff       	jmp    800660 <vprintfmt+0x4cb>
			putch(ch, putdat);
  800703:	89 55 10             	mov    %edx,0x10(%ebp)
  800706:	83 ec 08             	sub    $0x8,%esp
  800709:	ff 75 0c             	push   0xc(%ebp)
  80070c:	6a 25                	push   $0x25
  80070e:	ff 55 08             	call   *0x8(%ebp)
			break;
  800711:	83 c4 10             	add    $0x10,%esp
  800714:	e9 85 fa ff ff       	jmp    80019e <vprintfmt+0x9>
			putch('%', putdat);
  800719:	83 ec 08             	sub    $0x8,%esp
  80071c:	ff 75 0c             	push   0xc(%ebp)
  80071f:	6a 25                	push   $0x25
  800721:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  800724:	83 c4 10             	add    $0x10,%esp
  800727:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  80072b:	0f 84 d1 fa ff ff    	je     800202 <vprintfmt+0x6d>
  800731:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800734:	89 d8                	mov    %ebx,%eax
  800736:	83 e8 01             	sub    $0x1,%eax
  800739:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  80073d:	75 f7                	jne    800736 <vprintfmt+0x5a1>
  80073f:	89 45 10             	mov    %eax,0x10(%ebp)
  800742:	e9 57 fa ff ff       	jmp    80019e <vprintfmt+0x9>
	while (n > 0)
  800747:	85 db                	test   %ebx,%ebx
  800749:	0f 8f ef fe ff ff    	jg     80063e <vprintfmt+0x4a9>
  80074f:	e9 4a fa ff ff       	jmp    80019e <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800754:	8d 5e 01             	lea    0x1(%esi),%ebx
  800757:	0f be 06             	movsbl (%esi),%eax
  80075a:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80075d:	85 c0                	test   %eax,%eax
  80075f:	0f 85 55 fc ff ff    	jne    8003ba <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800765:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800768:	89 45 14             	mov    %eax,0x14(%ebp)
  80076b:	e9 2e fa ff ff       	jmp    80019e <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800770:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800774:	74 0a                	je     800780 <vprintfmt+0x5eb>
  800776:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80077a:	0f 8f bf fb ff ff    	jg     80033f <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800780:	b8 28 00 00 00       	mov    $0x28,%eax
  800785:	bb 61 16 80 00       	mov    $0x801661,%ebx
  80078a:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80078d:	e9 28 fc ff ff       	jmp    8003ba <vprintfmt+0x225>
}
  800792:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800795:	5b                   	pop    %ebx
  800796:	5e                   	pop    %esi
  800797:	5f                   	pop    %edi
  800798:	5d                   	pop    %ebp
  800799:	c3                   	ret

0080079a <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  80079a:	55                   	push   %ebp
  80079b:	89 e5                	mov    %esp,%ebp
  80079d:	83 ec 18             	sub    $0x18,%esp
  8007a0:	8b 45 08             	mov    0x8(%ebp),%eax
  8007a3:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  8007a6:	89 45 ec             	mov    %eax,-0x14(%ebp)
  8007a9:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  8007ad:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  8007b0:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  8007b7:	85 c0                	test   %eax,%eax
  8007b9:	74 26                	je     8007e1 <vsnprintf+0x47>
  8007bb:	85 d2                	test   %edx,%edx
  8007bd:	7e 22                	jle    8007e1 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  8007bf:	ff 75 14             	push   0x14(%ebp)
  8007c2:	ff 75 10             	push   0x10(%ebp)
  8007c5:	8d 45 ec             	lea    -0x14(%ebp),%eax
  8007c8:	50                   	push   %eax
  8007c9:	68 5b 01 80 00       	push   $0x80015b
  8007ce:	e8 c2 f9 ff ff       	call   800195 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  8007d3:	8b 45 ec             	mov    -0x14(%ebp),%eax
  8007d6:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  8007d9:	8b 45 f4             	mov    -0xc(%ebp),%eax
  8007dc:	83 c4 10             	add    $0x10,%esp
}
  8007df:	c9                   	leave
  8007e0:	c3                   	ret
		return -E_INVAL;
  8007e1:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  8007e6:	eb f7                	jmp    8007df <vsnprintf+0x45>

008007e8 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  8007e8:	55                   	push   %ebp
  8007e9:	89 e5                	mov    %esp,%ebp
  8007eb:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  8007ee:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  8007f1:	50                   	push   %eax
  8007f2:	ff 75 08             	push   0x8(%ebp)
  8007f5:	e8 17 0d 00 00       	call   801511 <vcprintf>
	va_end(ap);

	return cnt;
}
  8007fa:	c9                   	leave
  8007fb:	c3                   	ret

008007fc <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  8007fc:	55                   	push   %ebp
  8007fd:	89 e5                	mov    %esp,%ebp
  8007ff:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  800802:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800805:	50                   	push   %eax
  800806:	ff 75 10             	push   0x10(%ebp)
  800809:	ff 75 0c             	push   0xc(%ebp)
  80080c:	ff 75 08             	push   0x8(%ebp)
  80080f:	e8 86 ff ff ff       	call   80079a <vsnprintf>
	va_end(ap);

	return rc;
}
  800814:	c9                   	leave
  800815:	c3                   	ret

00800816 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800816:	55                   	push   %ebp
  800817:	89 e5                	mov    %esp,%ebp
  800819:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  80081c:	80 3a 00             	cmpb   $0x0,(%edx)
  80081f:	74 10                	je     800831 <strlen+0x1b>
  800821:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800826:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800829:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  80082d:	75 f7                	jne    800826 <strlen+0x10>
	return n;
}
  80082f:	5d                   	pop    %ebp
  800830:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  800831:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800836:	eb f7                	jmp    80082f <strlen+0x19>

00800838 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800838:	55                   	push   %ebp
  800839:	89 e5                	mov    %esp,%ebp
  80083b:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80083e:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800841:	85 d2                	test   %edx,%edx
  800843:	74 16                	je     80085b <strnlen+0x23>
  800845:	b8 00 00 00 00       	mov    $0x0,%eax
  80084a:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  80084e:	74 09                	je     800859 <strnlen+0x21>
		n++;
  800850:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800853:	39 d0                	cmp    %edx,%eax
  800855:	75 f3                	jne    80084a <strnlen+0x12>
		n++;
  800857:	89 d0                	mov    %edx,%eax
	return n;
}
  800859:	5d                   	pop    %ebp
  80085a:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80085b:	b8 00 00 00 00       	mov    $0x0,%eax
  800860:	eb f7                	jmp    800859 <strnlen+0x21>

00800862 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800862:	55                   	push   %ebp
  800863:	89 e5                	mov    %esp,%ebp
  800865:	53                   	push   %ebx
  800866:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800869:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  80086c:	b8 00 00 00 00       	mov    $0x0,%eax
  800871:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800875:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800878:	83 c0 01             	add    $0x1,%eax
  80087b:	84 d2                	test   %dl,%dl
  80087d:	75 f2                	jne    800871 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  80087f:	89 c8                	mov    %ecx,%eax
  800881:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800884:	c9                   	leave
  800885:	c3                   	ret

00800886 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800886:	55                   	push   %ebp
  800887:	89 e5                	mov    %esp,%ebp
  800889:	53                   	push   %ebx
  80088a:	83 ec 10             	sub    $0x10,%esp
  80088d:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800890:	53                   	push   %ebx
  800891:	e8 80 ff ff ff       	call   800816 <strlen>
  800896:	83 c4 08             	add    $0x8,%esp
  800899:	ff 75 0c             	push   0xc(%ebp)
  80089c:	01 d8                	add    %ebx,%eax
  80089e:	50                   	push   %eax
  80089f:	e8 be ff ff ff       	call   800862 <strcpy>
	return dst;
}
  8008a4:	89 d8                	mov    %ebx,%eax
  8008a6:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8008a9:	c9                   	leave
  8008aa:	c3                   	ret

008008ab <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  8008ab:	55                   	push   %ebp
  8008ac:	89 e5                	mov    %esp,%ebp
  8008ae:	56                   	push   %esi
  8008af:	53                   	push   %ebx
  8008b0:	8b 75 08             	mov    0x8(%ebp),%esi
  8008b3:	8b 55 0c             	mov    0xc(%ebp),%edx
  8008b6:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  8008b9:	85 db                	test   %ebx,%ebx
  8008bb:	74 17                	je     8008d4 <strncpy+0x29>
  8008bd:	01 f3                	add    %esi,%ebx
  8008bf:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  8008c1:	83 c0 01             	add    $0x1,%eax
  8008c4:	0f b6 0a             	movzbl (%edx),%ecx
  8008c7:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  8008ca:	80 f9 01             	cmp    $0x1,%cl
  8008cd:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  8008d0:	39 c3                	cmp    %eax,%ebx
  8008d2:	75 ed                	jne    8008c1 <strncpy+0x16>
	}
	return ret;
}
  8008d4:	89 f0                	mov    %esi,%eax
  8008d6:	5b                   	pop    %ebx
  8008d7:	5e                   	pop    %esi
  8008d8:	5d                   	pop    %ebp
  8008d9:	c3                   	ret

008008da <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  8008da:	55                   	push   %ebp
  8008db:	89 e5                	mov    %esp,%ebp
  8008dd:	56                   	push   %esi
  8008de:	53                   	push   %ebx
  8008df:	8b 75 08             	mov    0x8(%ebp),%esi
  8008e2:	8b 55 0c             	mov    0xc(%ebp),%edx
  8008e5:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  8008e8:	89 f0                	mov    %esi,%eax
  8008ea:	85 db                	test   %ebx,%ebx
  8008ec:	74 1e                	je     80090c <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  8008ee:	83 eb 01             	sub    $0x1,%ebx
  8008f1:	74 16                	je     800909 <strlcpy+0x2f>
  8008f3:	01 f3                	add    %esi,%ebx
  8008f5:	0f b6 0a             	movzbl (%edx),%ecx
  8008f8:	84 c9                	test   %cl,%cl
  8008fa:	74 0d                	je     800909 <strlcpy+0x2f>
			*dst++ = *src++;
  8008fc:	83 c2 01             	add    $0x1,%edx
  8008ff:	83 c0 01             	add    $0x1,%eax
  800902:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800905:	39 d8                	cmp    %ebx,%eax
  800907:	75 ec                	jne    8008f5 <strlcpy+0x1b>
		*dst = '\0';
  800909:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  80090c:	29 f0                	sub    %esi,%eax
}
  80090e:	5b                   	pop    %ebx
  80090f:	5e                   	pop    %esi
  800910:	5d                   	pop    %ebp
  800911:	c3                   	ret

00800912 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  800912:	55                   	push   %ebp
  800913:	89 e5                	mov    %esp,%ebp
  800915:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800918:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  80091b:	0f b6 01             	movzbl (%ecx),%eax
  80091e:	84 c0                	test   %al,%al
  800920:	74 11                	je     800933 <strcmp+0x21>
  800922:	38 02                	cmp    %al,(%edx)
  800924:	75 0d                	jne    800933 <strcmp+0x21>
		p++, q++;
  800926:	83 c1 01             	add    $0x1,%ecx
  800929:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  80092c:	0f b6 01             	movzbl (%ecx),%eax
  80092f:	84 c0                	test   %al,%al
  800931:	75 ef                	jne    800922 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800933:	0f b6 c0             	movzbl %al,%eax
  800936:	0f b6 12             	movzbl (%edx),%edx
  800939:	29 d0                	sub    %edx,%eax
}
  80093b:	5d                   	pop    %ebp
  80093c:	c3                   	ret

0080093d <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  80093d:	55                   	push   %ebp
  80093e:	89 e5                	mov    %esp,%ebp
  800940:	53                   	push   %ebx
  800941:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800944:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800947:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  80094a:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  80094f:	85 d2                	test   %edx,%edx
  800951:	74 2e                	je     800981 <strncmp+0x44>
  800953:	0f b6 01             	movzbl (%ecx),%eax
  800956:	84 c0                	test   %al,%al
  800958:	74 16                	je     800970 <strncmp+0x33>
  80095a:	3a 03                	cmp    (%ebx),%al
  80095c:	75 12                	jne    800970 <strncmp+0x33>
		n--, p++, q++;
  80095e:	83 c1 01             	add    $0x1,%ecx
  800961:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800964:	83 ea 01             	sub    $0x1,%edx
  800967:	75 ea                	jne    800953 <strncmp+0x16>
		return 0;
  800969:	b8 00 00 00 00       	mov    $0x0,%eax
  80096e:	eb 11                	jmp    800981 <strncmp+0x44>
  800970:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800975:	85 d2                	test   %edx,%edx
  800977:	74 08                	je     800981 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800979:	0f b6 01             	movzbl (%ecx),%eax
  80097c:	0f b6 13             	movzbl (%ebx),%edx
  80097f:	29 d0                	sub    %edx,%eax
}
  800981:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800984:	c9                   	leave
  800985:	c3                   	ret

00800986 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800986:	55                   	push   %ebp
  800987:	89 e5                	mov    %esp,%ebp
  800989:	8b 45 08             	mov    0x8(%ebp),%eax
  80098c:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800990:	0f b6 10             	movzbl (%eax),%edx
  800993:	84 d2                	test   %dl,%dl
  800995:	74 15                	je     8009ac <strchr+0x26>
		if (*s == c)
  800997:	38 d1                	cmp    %dl,%cl
  800999:	74 0f                	je     8009aa <strchr+0x24>
	for (; *s; s++)
  80099b:	83 c0 01             	add    $0x1,%eax
  80099e:	0f b6 10             	movzbl (%eax),%edx
  8009a1:	84 d2                	test   %dl,%dl
  8009a3:	75 f2                	jne    800997 <strchr+0x11>
			return (char *) s;
	return 0;
  8009a5:	b8 00 00 00 00       	mov    $0x0,%eax
}
  8009aa:	5d                   	pop    %ebp
  8009ab:	c3                   	ret
	return 0;
  8009ac:	b8 00 00 00 00       	mov    $0x0,%eax
  8009b1:	eb f7                	jmp    8009aa <strchr+0x24>

008009b3 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  8009b3:	55                   	push   %ebp
  8009b4:	89 e5                	mov    %esp,%ebp
  8009b6:	53                   	push   %ebx
  8009b7:	8b 45 08             	mov    0x8(%ebp),%eax
  8009ba:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  8009bd:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  8009c0:	38 d3                	cmp    %dl,%bl
  8009c2:	74 14                	je     8009d8 <strfind+0x25>
  8009c4:	89 d1                	mov    %edx,%ecx
  8009c6:	84 db                	test   %bl,%bl
  8009c8:	74 0e                	je     8009d8 <strfind+0x25>
	for (; *s; s++)
  8009ca:	83 c0 01             	add    $0x1,%eax
  8009cd:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  8009d0:	38 ca                	cmp    %cl,%dl
  8009d2:	74 04                	je     8009d8 <strfind+0x25>
  8009d4:	84 d2                	test   %dl,%dl
  8009d6:	75 f2                	jne    8009ca <strfind+0x17>
			break;
	return (char *) s;
}
  8009d8:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8009db:	c9                   	leave
  8009dc:	c3                   	ret

008009dd <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  8009dd:	55                   	push   %ebp
  8009de:	89 e5                	mov    %esp,%ebp
  8009e0:	53                   	push   %ebx
  8009e1:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8009e4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8009e7:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  8009ea:	85 d2                	test   %edx,%edx
  8009ec:	74 0e                	je     8009fc <memset+0x1f>
  8009ee:	01 da                	add    %ebx,%edx
	char *p = v;
  8009f0:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  8009f2:	83 c0 01             	add    $0x1,%eax
  8009f5:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  8009f8:	39 c2                	cmp    %eax,%edx
  8009fa:	75 f6                	jne    8009f2 <memset+0x15>
	return v;
}
  8009fc:	89 d8                	mov    %ebx,%eax
  8009fe:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a01:	c9                   	leave
  800a02:	c3                   	ret

00800a03 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800a03:	55                   	push   %ebp
  800a04:	89 e5                	mov    %esp,%ebp
  800a06:	56                   	push   %esi
  800a07:	53                   	push   %ebx
  800a08:	8b 75 08             	mov    0x8(%ebp),%esi
  800a0b:	8b 45 0c             	mov    0xc(%ebp),%eax
  800a0e:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800a11:	39 f0                	cmp    %esi,%eax
  800a13:	72 20                	jb     800a35 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800a15:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800a18:	89 f2                	mov    %esi,%edx
  800a1a:	85 c9                	test   %ecx,%ecx
  800a1c:	74 11                	je     800a2f <memmove+0x2c>
			*d++ = *s++;
  800a1e:	83 c0 01             	add    $0x1,%eax
  800a21:	83 c2 01             	add    $0x1,%edx
  800a24:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800a28:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800a2b:	39 d8                	cmp    %ebx,%eax
  800a2d:	75 ef                	jne    800a1e <memmove+0x1b>
	return dst;
}
  800a2f:	89 f0                	mov    %esi,%eax
  800a31:	5b                   	pop    %ebx
  800a32:	5e                   	pop    %esi
  800a33:	5d                   	pop    %ebp
  800a34:	c3                   	ret
	if (s < d && s + n > d) {
  800a35:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800a38:	39 d6                	cmp    %edx,%esi
  800a3a:	73 d9                	jae    800a15 <memmove+0x12>
		while (n-- > 0)
  800a3c:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800a3f:	85 c9                	test   %ecx,%ecx
  800a41:	74 ec                	je     800a2f <memmove+0x2c>
			*--d = *--s;
  800a43:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800a47:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800a4a:	83 ea 01             	sub    $0x1,%edx
  800a4d:	83 fa ff             	cmp    $0xffffffff,%edx
  800a50:	75 f1                	jne    800a43 <memmove+0x40>
  800a52:	eb db                	jmp    800a2f <memmove+0x2c>

00800a54 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800a54:	55                   	push   %ebp
  800a55:	89 e5                	mov    %esp,%ebp
  800a57:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800a5a:	ff 75 10             	push   0x10(%ebp)
  800a5d:	ff 75 0c             	push   0xc(%ebp)
  800a60:	ff 75 08             	push   0x8(%ebp)
  800a63:	e8 9b ff ff ff       	call   800a03 <memmove>
}
  800a68:	c9                   	leave
  800a69:	c3                   	ret

00800a6a <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800a6a:	55                   	push   %ebp
  800a6b:	89 e5                	mov    %esp,%ebp
  800a6d:	56                   	push   %esi
  800a6e:	53                   	push   %ebx
  800a6f:	8b 45 08             	mov    0x8(%ebp),%eax
  800a72:	8b 55 0c             	mov    0xc(%ebp),%edx
  800a75:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800a78:	85 f6                	test   %esi,%esi
  800a7a:	74 29                	je     800aa5 <memcmp+0x3b>
  800a7c:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800a7e:	0f b6 08             	movzbl (%eax),%ecx
  800a81:	0f b6 1a             	movzbl (%edx),%ebx
  800a84:	38 d9                	cmp    %bl,%cl
  800a86:	75 11                	jne    800a99 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800a88:	83 c0 01             	add    $0x1,%eax
  800a8b:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800a8e:	39 c6                	cmp    %eax,%esi
  800a90:	75 ec                	jne    800a7e <memcmp+0x14>
	}
	return 0;
  800a92:	b8 00 00 00 00       	mov    $0x0,%eax
  800a97:	eb 08                	jmp    800aa1 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800a99:	0f b6 c1             	movzbl %cl,%eax
  800a9c:	0f b6 db             	movzbl %bl,%ebx
  800a9f:	29 d8                	sub    %ebx,%eax
}
  800aa1:	5b                   	pop    %ebx
  800aa2:	5e                   	pop    %esi
  800aa3:	5d                   	pop    %ebp
  800aa4:	c3                   	ret
	return 0;
  800aa5:	b8 00 00 00 00       	mov    $0x0,%eax
  800aaa:	eb f5                	jmp    800aa1 <memcmp+0x37>

00800aac <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800aac:	55                   	push   %ebp
  800aad:	89 e5                	mov    %esp,%ebp
  800aaf:	8b 45 08             	mov    0x8(%ebp),%eax
  800ab2:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800ab5:	89 c2                	mov    %eax,%edx
  800ab7:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800aba:	39 d0                	cmp    %edx,%eax
  800abc:	73 0d                	jae    800acb <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800abe:	38 08                	cmp    %cl,(%eax)
  800ac0:	74 0d                	je     800acf <memfind+0x23>
	for (; s < ends; s++)
  800ac2:	83 c0 01             	add    $0x1,%eax
  800ac5:	39 c2                	cmp    %eax,%edx
  800ac7:	75 f5                	jne    800abe <memfind+0x12>
  800ac9:	eb 06                	jmp    800ad1 <memfind+0x25>
  800acb:	89 c2                	mov    %eax,%edx
  800acd:	eb 02                	jmp    800ad1 <memfind+0x25>
  800acf:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800ad1:	89 d0                	mov    %edx,%eax
  800ad3:	5d                   	pop    %ebp
  800ad4:	c3                   	ret

00800ad5 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800ad5:	55                   	push   %ebp
  800ad6:	89 e5                	mov    %esp,%ebp
  800ad8:	57                   	push   %edi
  800ad9:	56                   	push   %esi
  800ada:	53                   	push   %ebx
  800adb:	8b 55 08             	mov    0x8(%ebp),%edx
  800ade:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800ae1:	0f b6 02             	movzbl (%edx),%eax
  800ae4:	3c 20                	cmp    $0x20,%al
  800ae6:	74 04                	je     800aec <strtol+0x17>
  800ae8:	3c 09                	cmp    $0x9,%al
  800aea:	75 0e                	jne    800afa <strtol+0x25>
		s++;
  800aec:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800aef:	0f b6 02             	movzbl (%edx),%eax
  800af2:	3c 20                	cmp    $0x20,%al
  800af4:	74 f6                	je     800aec <strtol+0x17>
  800af6:	3c 09                	cmp    $0x9,%al
  800af8:	74 f2                	je     800aec <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800afa:	3c 2b                	cmp    $0x2b,%al
  800afc:	74 2a                	je     800b28 <strtol+0x53>
	int neg = 0;
  800afe:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800b03:	3c 2d                	cmp    $0x2d,%al
  800b05:	74 2b                	je     800b32 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800b07:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800b0d:	75 0f                	jne    800b1e <strtol+0x49>
  800b0f:	80 3a 30             	cmpb   $0x30,(%edx)
  800b12:	74 28                	je     800b3c <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800b14:	85 db                	test   %ebx,%ebx
  800b16:	b8 0a 00 00 00       	mov    $0xa,%eax
  800b1b:	0f 44 d8             	cmove  %eax,%ebx
  800b1e:	b9 00 00 00 00       	mov    $0x0,%ecx
  800b23:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800b26:	eb 46                	jmp    800b6e <strtol+0x99>
		s++;
  800b28:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800b2b:	bf 00 00 00 00       	mov    $0x0,%edi
  800b30:	eb d5                	jmp    800b07 <strtol+0x32>
		s++, neg = 1;
  800b32:	83 c2 01             	add    $0x1,%edx
  800b35:	bf 01 00 00 00       	mov    $0x1,%edi
  800b3a:	eb cb                	jmp    800b07 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800b3c:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800b40:	74 0e                	je     800b50 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800b42:	85 db                	test   %ebx,%ebx
  800b44:	75 d8                	jne    800b1e <strtol+0x49>
		s++, base = 8;
  800b46:	83 c2 01             	add    $0x1,%edx
  800b49:	bb 08 00 00 00       	mov    $0x8,%ebx
  800b4e:	eb ce                	jmp    800b1e <strtol+0x49>
		s += 2, base = 16;
  800b50:	83 c2 02             	add    $0x2,%edx
  800b53:	bb 10 00 00 00       	mov    $0x10,%ebx
  800b58:	eb c4                	jmp    800b1e <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800b5a:	0f be c0             	movsbl %al,%eax
  800b5d:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800b60:	3b 45 10             	cmp    0x10(%ebp),%eax
  800b63:	7d 3a                	jge    800b9f <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800b65:	83 c2 01             	add    $0x1,%edx
  800b68:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800b6c:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800b6e:	0f b6 02             	movzbl (%edx),%eax
  800b71:	8d 70 d0             	lea    -0x30(%eax),%esi
  800b74:	89 f3                	mov    %esi,%ebx
  800b76:	80 fb 09             	cmp    $0x9,%bl
  800b79:	76 df                	jbe    800b5a <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800b7b:	8d 70 9f             	lea    -0x61(%eax),%esi
  800b7e:	89 f3                	mov    %esi,%ebx
  800b80:	80 fb 19             	cmp    $0x19,%bl
  800b83:	77 08                	ja     800b8d <strtol+0xb8>
			dig = *s - 'a' + 10;
  800b85:	0f be c0             	movsbl %al,%eax
  800b88:	83 e8 57             	sub    $0x57,%eax
  800b8b:	eb d3                	jmp    800b60 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800b8d:	8d 70 bf             	lea    -0x41(%eax),%esi
  800b90:	89 f3                	mov    %esi,%ebx
  800b92:	80 fb 19             	cmp    $0x19,%bl
  800b95:	77 08                	ja     800b9f <strtol+0xca>
			dig = *s - 'A' + 10;
  800b97:	0f be c0             	movsbl %al,%eax
  800b9a:	83 e8 37             	sub    $0x37,%eax
  800b9d:	eb c1                	jmp    800b60 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800b9f:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800ba3:	74 05                	je     800baa <strtol+0xd5>
		*endptr = (char *) s;
  800ba5:	8b 45 0c             	mov    0xc(%ebp),%eax
  800ba8:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800baa:	89 c8                	mov    %ecx,%eax
  800bac:	f7 d8                	neg    %eax
  800bae:	85 ff                	test   %edi,%edi
  800bb0:	0f 45 c8             	cmovne %eax,%ecx
}
  800bb3:	89 c8                	mov    %ecx,%eax
  800bb5:	5b                   	pop    %ebx
  800bb6:	5e                   	pop    %esi
  800bb7:	5f                   	pop    %edi
  800bb8:	5d                   	pop    %ebp
  800bb9:	c3                   	ret

00800bba <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800bba:	55                   	push   %ebp
  800bbb:	89 e5                	mov    %esp,%ebp
  800bbd:	57                   	push   %edi
  800bbe:	56                   	push   %esi
  800bbf:	53                   	push   %ebx
  800bc0:	83 ec 24             	sub    $0x24,%esp
  800bc3:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800bc6:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800bc9:	8b 45 08             	mov    0x8(%ebp),%eax
  800bcc:	8b 55 0c             	mov    0xc(%ebp),%edx
  800bcf:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800bd2:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800bd5:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800bd8:	89 d1                	mov    %edx,%ecx
  800bda:	09 c1                	or     %eax,%ecx
  800bdc:	74 2f                	je     800c0d <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800bde:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800be1:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800be4:	89 d0                	mov    %edx,%eax
  800be6:	83 c8 00             	or     $0x0,%eax
  800be9:	74 48                	je     800c33 <udivmod64+0x79>
  800beb:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800bf0:	be 00 00 00 00       	mov    $0x0,%esi
  800bf5:	bf 00 00 00 00       	mov    $0x0,%edi
  800bfa:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800c01:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800c08:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800c0b:	eb 5f                	jmp    800c6c <udivmod64+0xb2>
		return ~0ULL;
  800c0d:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800c14:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800c1b:	85 db                	test   %ebx,%ebx
  800c1d:	0f 84 b7 00 00 00    	je     800cda <udivmod64+0x120>
			*rem = n;
  800c23:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800c26:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800c29:	89 03                	mov    %eax,(%ebx)
  800c2b:	89 53 04             	mov    %edx,0x4(%ebx)
  800c2e:	e9 a7 00 00 00       	jmp    800cda <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800c33:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800c36:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800c39:	85 db                	test   %ebx,%ebx
  800c3b:	74 12                	je     800c4f <udivmod64+0x95>
			*rem = n32 % d32;
  800c3d:	89 c8                	mov    %ecx,%eax
  800c3f:	ba 00 00 00 00       	mov    $0x0,%edx
  800c44:	f7 f6                	div    %esi
  800c46:	89 13                	mov    %edx,(%ebx)
  800c48:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800c4f:	89 c8                	mov    %ecx,%eax
  800c51:	ba 00 00 00 00       	mov    $0x0,%edx
  800c56:	f7 f6                	div    %esi
  800c58:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800c5b:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800c62:	eb 76                	jmp    800cda <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800c64:	83 e9 01             	sub    $0x1,%ecx
  800c67:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800c6a:	74 62                	je     800cce <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800c6c:	89 f0                	mov    %esi,%eax
  800c6e:	89 fa                	mov    %edi,%edx
  800c70:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800c74:	01 c0                	add    %eax,%eax
  800c76:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800c79:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800c7c:	0f ad fe             	shrd   %cl,%edi,%esi
  800c7f:	d3 ef                	shr    %cl,%edi
  800c81:	f6 c1 20             	test   $0x20,%cl
  800c84:	74 04                	je     800c8a <udivmod64+0xd0>
  800c86:	89 fe                	mov    %edi,%esi
  800c88:	31 ff                	xor    %edi,%edi
  800c8a:	89 f7                	mov    %esi,%edi
  800c8c:	83 e7 01             	and    $0x1,%edi
  800c8f:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800c92:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800c99:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800c9c:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800c9f:	09 c6                	or     %eax,%esi
  800ca1:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800ca3:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800ca6:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800ca9:	39 c6                	cmp    %eax,%esi
  800cab:	89 fb                	mov    %edi,%ebx
  800cad:	19 d3                	sbb    %edx,%ebx
  800caf:	72 b3                	jb     800c64 <udivmod64+0xaa>
			r -= d;
  800cb1:	29 c6                	sub    %eax,%esi
  800cb3:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800cb5:	31 c0                	xor    %eax,%eax
  800cb7:	31 d2                	xor    %edx,%edx
  800cb9:	f6 c1 20             	test   $0x20,%cl
  800cbc:	0f 94 c0             	sete   %al
  800cbf:	0f 95 c2             	setne  %dl
  800cc2:	d3 e0                	shl    %cl,%eax
  800cc4:	d3 e2                	shl    %cl,%edx
  800cc6:	09 45 d0             	or     %eax,-0x30(%ebp)
  800cc9:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800ccc:	eb 96                	jmp    800c64 <udivmod64+0xaa>
		}
	}
	if (rem)
  800cce:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800cd1:	85 db                	test   %ebx,%ebx
  800cd3:	74 05                	je     800cda <udivmod64+0x120>
		*rem = r;
  800cd5:	89 33                	mov    %esi,(%ebx)
  800cd7:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800cda:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800cdd:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800ce0:	83 c4 24             	add    $0x24,%esp
  800ce3:	5b                   	pop    %ebx
  800ce4:	5e                   	pop    %esi
  800ce5:	5f                   	pop    %edi
  800ce6:	5d                   	pop    %ebp
  800ce7:	c3                   	ret

00800ce8 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800ce8:	55                   	push   %ebp
  800ce9:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800ceb:	83 ec 04             	sub    $0x4,%esp
  800cee:	6a 00                	push   $0x0
  800cf0:	ff 75 14             	push   0x14(%ebp)
  800cf3:	ff 75 10             	push   0x10(%ebp)
  800cf6:	8b 45 08             	mov    0x8(%ebp),%eax
  800cf9:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cfc:	e8 b9 fe ff ff       	call   800bba <udivmod64>
}
  800d01:	c9                   	leave
  800d02:	c3                   	ret

00800d03 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800d03:	55                   	push   %ebp
  800d04:	89 e5                	mov    %esp,%ebp
  800d06:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800d09:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800d0c:	50                   	push   %eax
  800d0d:	ff 75 14             	push   0x14(%ebp)
  800d10:	ff 75 10             	push   0x10(%ebp)
  800d13:	8b 45 08             	mov    0x8(%ebp),%eax
  800d16:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d19:	e8 9c fe ff ff       	call   800bba <udivmod64>
	return r;
}
  800d1e:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800d21:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800d24:	c9                   	leave
  800d25:	c3                   	ret

00800d26 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800d26:	55                   	push   %ebp
  800d27:	89 e5                	mov    %esp,%ebp
  800d29:	57                   	push   %edi
  800d2a:	56                   	push   %esi
  800d2b:	53                   	push   %ebx
  800d2c:	83 ec 0c             	sub    $0xc,%esp
  800d2f:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800d32:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800d35:	8b 45 10             	mov    0x10(%ebp),%eax
  800d38:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800d3b:	89 ce                	mov    %ecx,%esi
  800d3d:	89 df                	mov    %ebx,%edi
  800d3f:	31 c6                	xor    %eax,%esi
  800d41:	31 d7                	xor    %edx,%edi
  800d43:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800d46:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d49:	89 c6                	mov    %eax,%esi
  800d4b:	89 d7                	mov    %edx,%edi
  800d4d:	85 d2                	test   %edx,%edx
  800d4f:	78 25                	js     800d76 <__divdi3+0x50>
  800d51:	89 c8                	mov    %ecx,%eax
  800d53:	89 da                	mov    %ebx,%edx
  800d55:	85 db                	test   %ebx,%ebx
  800d57:	78 2a                	js     800d83 <__divdi3+0x5d>
  800d59:	83 ec 04             	sub    $0x4,%esp
  800d5c:	6a 00                	push   $0x0
  800d5e:	57                   	push   %edi
  800d5f:	56                   	push   %esi
  800d60:	e8 55 fe ff ff       	call   800bba <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800d65:	83 c4 10             	add    $0x10,%esp
  800d68:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800d6c:	78 1e                	js     800d8c <__divdi3+0x66>
}
  800d6e:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d71:	5b                   	pop    %ebx
  800d72:	5e                   	pop    %esi
  800d73:	5f                   	pop    %edi
  800d74:	5d                   	pop    %ebp
  800d75:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d76:	f7 d8                	neg    %eax
  800d78:	83 d2 00             	adc    $0x0,%edx
  800d7b:	f7 da                	neg    %edx
  800d7d:	89 c6                	mov    %eax,%esi
  800d7f:	89 d7                	mov    %edx,%edi
  800d81:	eb ce                	jmp    800d51 <__divdi3+0x2b>
  800d83:	f7 d8                	neg    %eax
  800d85:	83 d2 00             	adc    $0x0,%edx
  800d88:	f7 da                	neg    %edx
  800d8a:	eb cd                	jmp    800d59 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800d8c:	f7 d8                	neg    %eax
  800d8e:	83 d2 00             	adc    $0x0,%edx
  800d91:	f7 da                	neg    %edx
  800d93:	eb d9                	jmp    800d6e <__divdi3+0x48>

00800d95 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800d95:	55                   	push   %ebp
  800d96:	89 e5                	mov    %esp,%ebp
  800d98:	57                   	push   %edi
  800d99:	56                   	push   %esi
  800d9a:	53                   	push   %ebx
  800d9b:	83 ec 14             	sub    $0x14,%esp
  800d9e:	8b 45 08             	mov    0x8(%ebp),%eax
  800da1:	8b 55 0c             	mov    0xc(%ebp),%edx
  800da4:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800da7:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800daa:	89 ce                	mov    %ecx,%esi
  800dac:	89 df                	mov    %ebx,%edi
  800dae:	85 db                	test   %ebx,%ebx
  800db0:	78 23                	js     800dd5 <__moddi3+0x40>
  800db2:	85 d2                	test   %edx,%edx
  800db4:	78 28                	js     800dde <__moddi3+0x49>
  800db6:	83 ec 04             	sub    $0x4,%esp
  800db9:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800dbc:	51                   	push   %ecx
  800dbd:	57                   	push   %edi
  800dbe:	56                   	push   %esi
  800dbf:	e8 f6 fd ff ff       	call   800bba <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800dc4:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800dc7:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800dca:	83 c4 10             	add    $0x10,%esp
}
  800dcd:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800dd0:	5b                   	pop    %ebx
  800dd1:	5e                   	pop    %esi
  800dd2:	5f                   	pop    %edi
  800dd3:	5d                   	pop    %ebp
  800dd4:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800dd5:	f7 de                	neg    %esi
  800dd7:	83 d7 00             	adc    $0x0,%edi
  800dda:	f7 df                	neg    %edi
  800ddc:	eb d4                	jmp    800db2 <__moddi3+0x1d>
  800dde:	f7 d8                	neg    %eax
  800de0:	83 d2 00             	adc    $0x0,%edx
  800de3:	f7 da                	neg    %edx
  800de5:	83 ec 04             	sub    $0x4,%esp
  800de8:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800deb:	51                   	push   %ecx
  800dec:	57                   	push   %edi
  800ded:	56                   	push   %esi
  800dee:	e8 c7 fd ff ff       	call   800bba <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800df3:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800df6:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800df9:	f7 d8                	neg    %eax
  800dfb:	83 d2 00             	adc    $0x0,%edx
  800dfe:	f7 da                	neg    %edx
  800e00:	83 c4 10             	add    $0x10,%esp
  800e03:	eb c8                	jmp    800dcd <__moddi3+0x38>

00800e05 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800e05:	55                   	push   %ebp
  800e06:	89 e5                	mov    %esp,%ebp
  800e08:	57                   	push   %edi
  800e09:	56                   	push   %esi
  800e0a:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e0b:	b8 00 00 00 00       	mov    $0x0,%eax
  800e10:	8b 55 08             	mov    0x8(%ebp),%edx
  800e13:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e16:	89 c3                	mov    %eax,%ebx
  800e18:	89 c7                	mov    %eax,%edi
  800e1a:	89 c6                	mov    %eax,%esi
  800e1c:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800e1e:	5b                   	pop    %ebx
  800e1f:	5e                   	pop    %esi
  800e20:	5f                   	pop    %edi
  800e21:	5d                   	pop    %ebp
  800e22:	c3                   	ret

00800e23 <sys_cgetc>:

int
sys_cgetc(void)
{
  800e23:	55                   	push   %ebp
  800e24:	89 e5                	mov    %esp,%ebp
  800e26:	57                   	push   %edi
  800e27:	56                   	push   %esi
  800e28:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e29:	ba 00 00 00 00       	mov    $0x0,%edx
  800e2e:	b8 01 00 00 00       	mov    $0x1,%eax
  800e33:	89 d1                	mov    %edx,%ecx
  800e35:	89 d3                	mov    %edx,%ebx
  800e37:	89 d7                	mov    %edx,%edi
  800e39:	89 d6                	mov    %edx,%esi
  800e3b:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800e3d:	5b                   	pop    %ebx
  800e3e:	5e                   	pop    %esi
  800e3f:	5f                   	pop    %edi
  800e40:	5d                   	pop    %ebp
  800e41:	c3                   	ret

00800e42 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800e42:	55                   	push   %ebp
  800e43:	89 e5                	mov    %esp,%ebp
  800e45:	57                   	push   %edi
  800e46:	56                   	push   %esi
  800e47:	53                   	push   %ebx
  800e48:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e4b:	b9 00 00 00 00       	mov    $0x0,%ecx
  800e50:	8b 55 08             	mov    0x8(%ebp),%edx
  800e53:	b8 03 00 00 00       	mov    $0x3,%eax
  800e58:	89 cb                	mov    %ecx,%ebx
  800e5a:	89 cf                	mov    %ecx,%edi
  800e5c:	89 ce                	mov    %ecx,%esi
  800e5e:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e60:	85 c0                	test   %eax,%eax
  800e62:	7f 08                	jg     800e6c <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800e64:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e67:	5b                   	pop    %ebx
  800e68:	5e                   	pop    %esi
  800e69:	5f                   	pop    %edi
  800e6a:	5d                   	pop    %ebp
  800e6b:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e6c:	83 ec 0c             	sub    $0xc,%esp
  800e6f:	50                   	push   %eax
  800e70:	6a 03                	push   $0x3
  800e72:	68 a4 18 80 00       	push   $0x8018a4
  800e77:	6a 1f                	push   $0x1f
  800e79:	68 c1 18 80 00       	push   $0x8018c1
  800e7e:	e8 04 06 00 00       	call   801487 <_panic>

00800e83 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800e83:	55                   	push   %ebp
  800e84:	89 e5                	mov    %esp,%ebp
  800e86:	57                   	push   %edi
  800e87:	56                   	push   %esi
  800e88:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e89:	ba 00 00 00 00       	mov    $0x0,%edx
  800e8e:	b8 02 00 00 00       	mov    $0x2,%eax
  800e93:	89 d1                	mov    %edx,%ecx
  800e95:	89 d3                	mov    %edx,%ebx
  800e97:	89 d7                	mov    %edx,%edi
  800e99:	89 d6                	mov    %edx,%esi
  800e9b:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800e9d:	5b                   	pop    %ebx
  800e9e:	5e                   	pop    %esi
  800e9f:	5f                   	pop    %edi
  800ea0:	5d                   	pop    %ebp
  800ea1:	c3                   	ret

00800ea2 <sys_yield>:

void
sys_yield(void)
{
  800ea2:	55                   	push   %ebp
  800ea3:	89 e5                	mov    %esp,%ebp
  800ea5:	57                   	push   %edi
  800ea6:	56                   	push   %esi
  800ea7:	53                   	push   %ebx
	asm volatile("int %1\n"
  800ea8:	ba 00 00 00 00       	mov    $0x0,%edx
  800ead:	b8 0a 00 00 00       	mov    $0xa,%eax
  800eb2:	89 d1                	mov    %edx,%ecx
  800eb4:	89 d3                	mov    %edx,%ebx
  800eb6:	89 d7                	mov    %edx,%edi
  800eb8:	89 d6                	mov    %edx,%esi
  800eba:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800ebc:	5b                   	pop    %ebx
  800ebd:	5e                   	pop    %esi
  800ebe:	5f                   	pop    %edi
  800ebf:	5d                   	pop    %ebp
  800ec0:	c3                   	ret

00800ec1 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800ec1:	55                   	push   %ebp
  800ec2:	89 e5                	mov    %esp,%ebp
  800ec4:	57                   	push   %edi
  800ec5:	56                   	push   %esi
  800ec6:	53                   	push   %ebx
  800ec7:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800eca:	be 00 00 00 00       	mov    $0x0,%esi
  800ecf:	8b 55 08             	mov    0x8(%ebp),%edx
  800ed2:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ed5:	b8 04 00 00 00       	mov    $0x4,%eax
  800eda:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800edd:	89 f7                	mov    %esi,%edi
  800edf:	cd 30                	int    $0x30
	if (check && ret > 0)
  800ee1:	85 c0                	test   %eax,%eax
  800ee3:	7f 08                	jg     800eed <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800ee5:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ee8:	5b                   	pop    %ebx
  800ee9:	5e                   	pop    %esi
  800eea:	5f                   	pop    %edi
  800eeb:	5d                   	pop    %ebp
  800eec:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800eed:	83 ec 0c             	sub    $0xc,%esp
  800ef0:	50                   	push   %eax
  800ef1:	6a 04                	push   $0x4
  800ef3:	68 a4 18 80 00       	push   $0x8018a4
  800ef8:	6a 1f                	push   $0x1f
  800efa:	68 c1 18 80 00       	push   $0x8018c1
  800eff:	e8 83 05 00 00       	call   801487 <_panic>

00800f04 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800f04:	55                   	push   %ebp
  800f05:	89 e5                	mov    %esp,%ebp
  800f07:	57                   	push   %edi
  800f08:	56                   	push   %esi
  800f09:	53                   	push   %ebx
  800f0a:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f0d:	8b 55 08             	mov    0x8(%ebp),%edx
  800f10:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f13:	b8 05 00 00 00       	mov    $0x5,%eax
  800f18:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f1b:	8b 7d 14             	mov    0x14(%ebp),%edi
  800f1e:	8b 75 18             	mov    0x18(%ebp),%esi
  800f21:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f23:	85 c0                	test   %eax,%eax
  800f25:	7f 08                	jg     800f2f <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800f27:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f2a:	5b                   	pop    %ebx
  800f2b:	5e                   	pop    %esi
  800f2c:	5f                   	pop    %edi
  800f2d:	5d                   	pop    %ebp
  800f2e:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f2f:	83 ec 0c             	sub    $0xc,%esp
  800f32:	50                   	push   %eax
  800f33:	6a 05                	push   $0x5
  800f35:	68 a4 18 80 00       	push   $0x8018a4
  800f3a:	6a 1f                	push   $0x1f
  800f3c:	68 c1 18 80 00       	push   $0x8018c1
  800f41:	e8 41 05 00 00       	call   801487 <_panic>

00800f46 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800f46:	55                   	push   %ebp
  800f47:	89 e5                	mov    %esp,%ebp
  800f49:	57                   	push   %edi
  800f4a:	56                   	push   %esi
  800f4b:	53                   	push   %ebx
  800f4c:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f4f:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f54:	8b 55 08             	mov    0x8(%ebp),%edx
  800f57:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f5a:	b8 06 00 00 00       	mov    $0x6,%eax
  800f5f:	89 df                	mov    %ebx,%edi
  800f61:	89 de                	mov    %ebx,%esi
  800f63:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f65:	85 c0                	test   %eax,%eax
  800f67:	7f 08                	jg     800f71 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800f69:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f6c:	5b                   	pop    %ebx
  800f6d:	5e                   	pop    %esi
  800f6e:	5f                   	pop    %edi
  800f6f:	5d                   	pop    %ebp
  800f70:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f71:	83 ec 0c             	sub    $0xc,%esp
  800f74:	50                   	push   %eax
  800f75:	6a 06                	push   $0x6
  800f77:	68 a4 18 80 00       	push   $0x8018a4
  800f7c:	6a 1f                	push   $0x1f
  800f7e:	68 c1 18 80 00       	push   $0x8018c1
  800f83:	e8 ff 04 00 00       	call   801487 <_panic>

00800f88 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800f88:	55                   	push   %ebp
  800f89:	89 e5                	mov    %esp,%ebp
  800f8b:	57                   	push   %edi
  800f8c:	56                   	push   %esi
  800f8d:	53                   	push   %ebx
  800f8e:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f91:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f96:	8b 55 08             	mov    0x8(%ebp),%edx
  800f99:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f9c:	b8 08 00 00 00       	mov    $0x8,%eax
  800fa1:	89 df                	mov    %ebx,%edi
  800fa3:	89 de                	mov    %ebx,%esi
  800fa5:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fa7:	85 c0                	test   %eax,%eax
  800fa9:	7f 08                	jg     800fb3 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800fab:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fae:	5b                   	pop    %ebx
  800faf:	5e                   	pop    %esi
  800fb0:	5f                   	pop    %edi
  800fb1:	5d                   	pop    %ebp
  800fb2:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fb3:	83 ec 0c             	sub    $0xc,%esp
  800fb6:	50                   	push   %eax
  800fb7:	6a 08                	push   $0x8
  800fb9:	68 a4 18 80 00       	push   $0x8018a4
  800fbe:	6a 1f                	push   $0x1f
  800fc0:	68 c1 18 80 00       	push   $0x8018c1
  800fc5:	e8 bd 04 00 00       	call   801487 <_panic>

00800fca <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800fca:	55                   	push   %ebp
  800fcb:	89 e5                	mov    %esp,%ebp
  800fcd:	57                   	push   %edi
  800fce:	56                   	push   %esi
  800fcf:	53                   	push   %ebx
  800fd0:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fd3:	bb 00 00 00 00       	mov    $0x0,%ebx
  800fd8:	8b 55 08             	mov    0x8(%ebp),%edx
  800fdb:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fde:	b8 09 00 00 00       	mov    $0x9,%eax
  800fe3:	89 df                	mov    %ebx,%edi
  800fe5:	89 de                	mov    %ebx,%esi
  800fe7:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fe9:	85 c0                	test   %eax,%eax
  800feb:	7f 08                	jg     800ff5 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800fed:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ff0:	5b                   	pop    %ebx
  800ff1:	5e                   	pop    %esi
  800ff2:	5f                   	pop    %edi
  800ff3:	5d                   	pop    %ebp
  800ff4:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ff5:	83 ec 0c             	sub    $0xc,%esp
  800ff8:	50                   	push   %eax
  800ff9:	6a 09                	push   $0x9
  800ffb:	68 a4 18 80 00       	push   $0x8018a4
  801000:	6a 1f                	push   $0x1f
  801002:	68 c1 18 80 00       	push   $0x8018c1
  801007:	e8 7b 04 00 00       	call   801487 <_panic>

0080100c <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  80100c:	55                   	push   %ebp
  80100d:	89 e5                	mov    %esp,%ebp
  80100f:	57                   	push   %edi
  801010:	56                   	push   %esi
  801011:	53                   	push   %ebx
	asm volatile("int %1\n"
  801012:	8b 55 08             	mov    0x8(%ebp),%edx
  801015:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801018:	b8 0b 00 00 00       	mov    $0xb,%eax
  80101d:	be 00 00 00 00       	mov    $0x0,%esi
  801022:	8b 5d 10             	mov    0x10(%ebp),%ebx
  801025:	8b 7d 14             	mov    0x14(%ebp),%edi
  801028:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  80102a:	5b                   	pop    %ebx
  80102b:	5e                   	pop    %esi
  80102c:	5f                   	pop    %edi
  80102d:	5d                   	pop    %ebp
  80102e:	c3                   	ret

0080102f <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  80102f:	55                   	push   %ebp
  801030:	89 e5                	mov    %esp,%ebp
  801032:	57                   	push   %edi
  801033:	56                   	push   %esi
  801034:	53                   	push   %ebx
  801035:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801038:	b9 00 00 00 00       	mov    $0x0,%ecx
  80103d:	8b 55 08             	mov    0x8(%ebp),%edx
  801040:	b8 0c 00 00 00       	mov    $0xc,%eax
  801045:	89 cb                	mov    %ecx,%ebx
  801047:	89 cf                	mov    %ecx,%edi
  801049:	89 ce                	mov    %ecx,%esi
  80104b:	cd 30                	int    $0x30
	if (check && ret > 0)
  80104d:	85 c0                	test   %eax,%eax
  80104f:	7f 08                	jg     801059 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  801051:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801054:	5b                   	pop    %ebx
  801055:	5e                   	pop    %esi
  801056:	5f                   	pop    %edi
  801057:	5d                   	pop    %ebp
  801058:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801059:	83 ec 0c             	sub    $0xc,%esp
  80105c:	50                   	push   %eax
  80105d:	6a 0c                	push   $0xc
  80105f:	68 a4 18 80 00       	push   $0x8018a4
  801064:	6a 1f                	push   $0x1f
  801066:	68 c1 18 80 00       	push   $0x8018c1
  80106b:	e8 17 04 00 00       	call   801487 <_panic>

00801070 <page_mapped>:
// directory entry first: uvpt[pn] itself faults when its page table is
// absent.
static bool
page_mapped(uintptr_t pn)
{
	return (uvpd[pn >> (PDXSHIFT - PTXSHIFT)] & PTE_P)
  801070:	89 c2                	mov    %eax,%edx
  801072:	c1 ea 0a             	shr    $0xa,%edx
  801075:	8b 14 95 00 d0 7b ef 	mov    -0x10843000(,%edx,4),%edx
		&& (uvpt[pn] & PTE_P);
  80107c:	f6 c2 01             	test   $0x1,%dl
  80107f:	74 0e                	je     80108f <page_mapped+0x1f>
  801081:	8b 04 85 00 00 40 ef 	mov    -0x10c00000(,%eax,4),%eax
  801088:	83 e0 01             	and    $0x1,%eax
  80108b:	83 e0 01             	and    $0x1,%eax
}
  80108e:	c3                   	ret
		&& (uvpt[pn] & PTE_P);
  80108f:	b8 00 00 00 00       	mov    $0x0,%eax
  801094:	eb f5                	jmp    80108b <page_mapped+0x1b>

00801096 <duppage>:
// Map our page number pn into envid at the same address.  A writable or
// copy-on-write page becomes copy-on-write in both environments; any other
// page is shared with its current permissions.
static int
duppage(envid_t envid, uintptr_t pn)
{
  801096:	55                   	push   %ebp
  801097:	89 e5                	mov    %esp,%ebp
  801099:	56                   	push   %esi
  80109a:	53                   	push   %ebx
  80109b:	8b 45 08             	mov    0x8(%ebp),%eax
  80109e:	8b 55 0c             	mov    0xc(%ebp),%edx
	void *va = (void *) (pn * PGSIZE);
  8010a1:	89 d6                	mov    %edx,%esi
  8010a3:	c1 e6 0c             	shl    $0xc,%esi
	int perm = uvpt[pn] & PTE_SYSCALL;
  8010a6:	8b 1c 95 00 00 40 ef 	mov    -0x10c00000(,%edx,4),%ebx
	int r;

	if (!(perm & (PTE_W | PTE_COW)))
  8010ad:	f7 c3 02 08 00 00    	test   $0x802,%ebx
  8010b3:	74 37                	je     8010ec <duppage+0x56>
		return sys_page_map(0, va, envid, va, perm);

	perm = (perm & ~PTE_W) | PTE_COW;
  8010b5:	81 e3 05 06 00 00    	and    $0x605,%ebx
  8010bb:	80 cf 08             	or     $0x8,%bh
	// and here we may have written the page (our stack, for one) and
	// taken a private writable copy, and the child now shares that
	// copy; leaving it writable would let our later writes show
	// through in the child.  Doing it the other way round, a fault in
	// between would give the child our new writable page.
	if ((r = sys_page_map(0, va, envid, va, perm)) < 0)
  8010be:	83 ec 0c             	sub    $0xc,%esp
  8010c1:	53                   	push   %ebx
  8010c2:	56                   	push   %esi
  8010c3:	50                   	push   %eax
  8010c4:	56                   	push   %esi
  8010c5:	6a 00                	push   $0x0
  8010c7:	e8 38 fe ff ff       	call   800f04 <sys_page_map>
  8010cc:	83 c4 20             	add    $0x20,%esp
  8010cf:	85 c0                	test   %eax,%eax
  8010d1:	78 12                	js     8010e5 <duppage+0x4f>
		return r;
	return sys_page_map(0, va, 0, va, perm);
  8010d3:	83 ec 0c             	sub    $0xc,%esp
  8010d6:	53                   	push   %ebx
  8010d7:	56                   	push   %esi
  8010d8:	6a 00                	push   $0x0
  8010da:	56                   	push   %esi
  8010db:	6a 00                	push   $0x0
  8010dd:	e8 22 fe ff ff       	call   800f04 <sys_page_map>
  8010e2:	83 c4 20             	add    $0x20,%esp
}
  8010e5:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8010e8:	5b                   	pop    %ebx
  8010e9:	5e                   	pop    %esi
  8010ea:	5d                   	pop    %ebp
  8010eb:	c3                   	ret
		return sys_page_map(0, va, envid, va, perm);
  8010ec:	83 ec 0c             	sub    $0xc,%esp
	int perm = uvpt[pn] & PTE_SYSCALL;
  8010ef:	81 e3 07 0e 00 00    	and    $0xe07,%ebx
		return sys_page_map(0, va, envid, va, perm);
  8010f5:	53                   	push   %ebx
  8010f6:	56                   	push   %esi
  8010f7:	50                   	push   %eax
  8010f8:	56                   	push   %esi
  8010f9:	6a 00                	push   $0x0
  8010fb:	e8 04 fe ff ff       	call   800f04 <sys_page_map>
  801100:	83 c4 20             	add    $0x20,%esp
  801103:	eb e0                	jmp    8010e5 <duppage+0x4f>

00801105 <sharepage>:

// How sfork gives a page to the child: the stack and the private data
// page copy-on-write as in fork, every other page shared outright.
static int
sharepage(envid_t envid, uintptr_t pn)
{
  801105:	55                   	push   %ebp
  801106:	89 e5                	mov    %esp,%ebp
  801108:	83 ec 18             	sub    $0x18,%esp
  80110b:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	uintptr_t va = pn * PGSIZE;
  80110e:	89 c8                	mov    %ecx,%eax
  801110:	c1 e0 0c             	shl    $0xc,%eax
  801113:	89 45 f4             	mov    %eax,-0xc(%ebp)
	uintptr_t stack_bottom = ROUNDDOWN((uintptr_t) &va, PGSIZE);
  801116:	8d 55 f4             	lea    -0xc(%ebp),%edx
  801119:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
	int perm;

	if ((va >= stack_bottom && va < USTACKTOP)
  80111f:	39 d0                	cmp    %edx,%eax
  801121:	72 07                	jb     80112a <sharepage+0x25>
  801123:	3d ff df bf ee       	cmp    $0xeebfdfff,%eax
  801128:	76 41                	jbe    80116b <sharepage+0x66>
	    || (va >= (uintptr_t) __private_start
  80112a:	3d 00 30 80 00       	cmp    $0x803000,%eax
  80112f:	72 07                	jb     801138 <sharepage+0x33>
		&& va < (uintptr_t) __private_end))
  801131:	3d 00 40 80 00       	cmp    $0x804000,%eax
  801136:	72 33                	jb     80116b <sharepage+0x66>
		return duppage(envid, pn);

	// A page still copy-on-write from an earlier fork would split on
	// the first write; touch it so we own a writable copy to share.
	if (uvpt[pn] & PTE_COW) {
  801138:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
  80113f:	f6 c6 08             	test   $0x8,%dh
  801142:	74 05                	je     801149 <sharepage+0x44>
		volatile char *p = (volatile char *) va;
		*p = *p;
  801144:	0f b6 10             	movzbl (%eax),%edx
  801147:	88 10                	mov    %dl,(%eax)
	}
	perm = uvpt[pn] & PTE_SYSCALL;
  801149:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  801150:	83 ec 0c             	sub    $0xc,%esp
	perm = uvpt[pn] & PTE_SYSCALL;
  801153:	81 e2 07 0e 00 00    	and    $0xe07,%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  801159:	52                   	push   %edx
  80115a:	50                   	push   %eax
  80115b:	ff 75 08             	push   0x8(%ebp)
  80115e:	50                   	push   %eax
  80115f:	6a 00                	push   $0x0
  801161:	e8 9e fd ff ff       	call   800f04 <sys_page_map>
  801166:	83 c4 20             	add    $0x20,%esp
}
  801169:	c9                   	leave
  80116a:	c3                   	ret
		return duppage(envid, pn);
  80116b:	83 ec 08             	sub    $0x8,%esp
  80116e:	51                   	push   %ecx
  80116f:	ff 75 08             	push   0x8(%ebp)
  801172:	e8 1f ff ff ff       	call   801096 <duppage>
  801177:	83 c4 10             	add    $0x10,%esp
  80117a:	eb ed                	jmp    801169 <sharepage+0x64>

0080117c <pgfault>:
{
  80117c:	55                   	push   %ebp
  80117d:	89 e5                	mov    %esp,%ebp
  80117f:	57                   	push   %edi
  801180:	56                   	push   %esi
  801181:	53                   	push   %ebx
  801182:	83 ec 1c             	sub    $0x1c,%esp
	void *addr = (void *) utf->utf_fault_va;
  801185:	8b 45 08             	mov    0x8(%ebp),%eax
  801188:	8b 18                	mov    (%eax),%ebx
	uint32_t err = utf->utf_err;
  80118a:	8b 40 04             	mov    0x4(%eax),%eax
  80118d:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	void *page = ROUNDDOWN(addr, PGSIZE);
  801190:	89 df                	mov    %ebx,%edi
  801192:	81 e7 00 f0 ff ff    	and    $0xfffff000,%edi
	if (!(err & FEC_WR) || !page_mapped(PGNUM(addr))
  801198:	a8 02                	test   $0x2,%al
  80119a:	0f 84 82 00 00 00    	je     801222 <pgfault+0xa6>
  8011a0:	89 de                	mov    %ebx,%esi
  8011a2:	c1 ee 0c             	shr    $0xc,%esi
  8011a5:	89 f0                	mov    %esi,%eax
  8011a7:	e8 c4 fe ff ff       	call   801070 <page_mapped>
  8011ac:	84 c0                	test   %al,%al
  8011ae:	74 72                	je     801222 <pgfault+0xa6>
	    || !(uvpt[PGNUM(addr)] & PTE_COW))
  8011b0:	8b 04 b5 00 00 40 ef 	mov    -0x10c00000(,%esi,4),%eax
  8011b7:	f6 c4 08             	test   $0x8,%ah
  8011ba:	74 66                	je     801222 <pgfault+0xa6>
	if ((r = sys_page_alloc(0, PFTEMP, PTE_P | PTE_U | PTE_W)) < 0)
  8011bc:	83 ec 04             	sub    $0x4,%esp
  8011bf:	6a 07                	push   $0x7
  8011c1:	68 00 f0 7f 00       	push   $0x7ff000
  8011c6:	6a 00                	push   $0x0
  8011c8:	e8 f4 fc ff ff       	call   800ec1 <sys_page_alloc>
  8011cd:	83 c4 10             	add    $0x10,%esp
  8011d0:	85 c0                	test   %eax,%eax
  8011d2:	78 6c                	js     801240 <pgfault+0xc4>
	memmove(PFTEMP, page, PGSIZE);
  8011d4:	83 ec 04             	sub    $0x4,%esp
  8011d7:	68 00 10 00 00       	push   $0x1000
  8011dc:	57                   	push   %edi
  8011dd:	68 00 f0 7f 00       	push   $0x7ff000
  8011e2:	e8 1c f8 ff ff       	call   800a03 <memmove>
	if ((r = sys_page_map(0, PFTEMP, 0, page, PTE_P | PTE_U | PTE_W)) < 0)
  8011e7:	c7 04 24 07 00 00 00 	movl   $0x7,(%esp)
  8011ee:	57                   	push   %edi
  8011ef:	6a 00                	push   $0x0
  8011f1:	68 00 f0 7f 00       	push   $0x7ff000
  8011f6:	6a 00                	push   $0x0
  8011f8:	e8 07 fd ff ff       	call   800f04 <sys_page_map>
  8011fd:	83 c4 20             	add    $0x20,%esp
  801200:	85 c0                	test   %eax,%eax
  801202:	78 4e                	js     801252 <pgfault+0xd6>
	if ((r = sys_page_unmap(0, PFTEMP)) < 0)
  801204:	83 ec 08             	sub    $0x8,%esp
  801207:	68 00 f0 7f 00       	push   $0x7ff000
  80120c:	6a 00                	push   $0x0
  80120e:	e8 33 fd ff ff       	call   800f46 <sys_page_unmap>
  801213:	83 c4 10             	add    $0x10,%esp
  801216:	85 c0                	test   %eax,%eax
  801218:	78 4a                	js     801264 <pgfault+0xe8>
}
  80121a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80121d:	5b                   	pop    %ebx
  80121e:	5e                   	pop    %esi
  80121f:	5f                   	pop    %edi
  801220:	5d                   	pop    %ebp
  801221:	c3                   	ret
		panic("page fault at va %08x, eip %08x, err %x: "
  801222:	83 ec 08             	sub    $0x8,%esp
  801225:	ff 75 e4             	push   -0x1c(%ebp)
  801228:	8b 45 08             	mov    0x8(%ebp),%eax
  80122b:	ff 70 28             	push   0x28(%eax)
  80122e:	53                   	push   %ebx
  80122f:	68 d0 18 80 00       	push   $0x8018d0
  801234:	6a 2d                	push   $0x2d
  801236:	68 1d 19 80 00       	push   $0x80191d
  80123b:	e8 47 02 00 00       	call   801487 <_panic>
		panic("pgfault: sys_page_alloc: %e", r);
  801240:	50                   	push   %eax
  801241:	68 28 19 80 00       	push   $0x801928
  801246:	6a 35                	push   $0x35
  801248:	68 1d 19 80 00       	push   $0x80191d
  80124d:	e8 35 02 00 00       	call   801487 <_panic>
		panic("pgfault: sys_page_map: %e", r);
  801252:	50                   	push   %eax
  801253:	68 44 19 80 00       	push   $0x801944
  801258:	6a 38                	push   $0x38
  80125a:	68 1d 19 80 00       	push   $0x80191d
  80125f:	e8 23 02 00 00       	call   801487 <_panic>
		panic("pgfault: sys_page_unmap: %e", r);
  801264:	50                   	push   %eax
  801265:	68 5e 19 80 00       	push   $0x80195e
  80126a:	6a 3a                	push   $0x3a
  80126c:	68 1d 19 80 00       	push   $0x80191d
  801271:	e8 11 02 00 00       	call   801487 <_panic>

00801276 <fork_with>:
{
  801276:	55                   	push   %ebp
  801277:	89 e5                	mov    %esp,%ebp
  801279:	57                   	push   %edi
  80127a:	56                   	push   %esi
  80127b:	53                   	push   %ebx
  80127c:	83 ec 28             	sub    $0x28,%esp
  80127f:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	set_pgfault_handler(pgfault);
  801282:	68 7c 11 80 00       	push   $0x80117c
  801287:	e8 e3 02 00 00       	call   80156f <set_pgfault_handler>
// real call, the return address the child pops could already be stale.
static inline envid_t __attribute__((always_inline))
sys_exofork(void)
{
	envid_t ret;
	asm volatile("int %2"
  80128c:	b8 07 00 00 00       	mov    $0x7,%eax
  801291:	cd 30                	int    $0x30
  801293:	89 45 e0             	mov    %eax,-0x20(%ebp)
  801296:	89 c7                	mov    %eax,%edi
	if (envid < 0)
  801298:	83 c4 10             	add    $0x10,%esp
  80129b:	85 c0                	test   %eax,%eax
  80129d:	0f 88 a7 00 00 00    	js     80134a <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  8012a3:	bb 00 00 00 00       	mov    $0x0,%ebx
	if (envid == 0) {
  8012a8:	75 27                	jne    8012d1 <fork_with+0x5b>
		thisenv = &envs[ENVX(sys_getenvid())];
  8012aa:	e8 d4 fb ff ff       	call   800e83 <sys_getenvid>
  8012af:	25 ff 03 00 00       	and    $0x3ff,%eax
  8012b4:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8012b7:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8012bc:	a3 00 30 80 00       	mov    %eax,0x803000
		return 0;
  8012c1:	e9 84 00 00 00       	jmp    80134a <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  8012c6:	83 c3 01             	add    $0x1,%ebx
		if (pn == PGNUM(UXSTACKTOP - PGSIZE) || !page_mapped(pn))
  8012c9:	81 fb ff eb 0e 00    	cmp    $0xeebff,%ebx
  8012cf:	74 30                	je     801301 <fork_with+0x8b>
  8012d1:	89 d8                	mov    %ebx,%eax
  8012d3:	e8 98 fd ff ff       	call   801070 <page_mapped>
  8012d8:	84 c0                	test   %al,%al
  8012da:	74 ea                	je     8012c6 <fork_with+0x50>
		if ((r = dup(envid, pn)) < 0)
  8012dc:	83 ec 08             	sub    $0x8,%esp
  8012df:	53                   	push   %ebx
  8012e0:	57                   	push   %edi
  8012e1:	8b 45 e4             	mov    -0x1c(%ebp),%eax
  8012e4:	ff d0                	call   *%eax
  8012e6:	89 c6                	mov    %eax,%esi
  8012e8:	83 c4 10             	add    $0x10,%esp
  8012eb:	85 c0                	test   %eax,%eax
  8012ed:	79 d7                	jns    8012c6 <fork_with+0x50>
		sys_env_destroy(envid);
  8012ef:	83 ec 0c             	sub    $0xc,%esp
  8012f2:	ff 75 e0             	push   -0x20(%ebp)
  8012f5:	e8 48 fb ff ff       	call   800e42 <sys_env_destroy>
		return r;
  8012fa:	83 c4 10             	add    $0x10,%esp
  8012fd:	89 f7                	mov    %esi,%edi
  8012ff:	eb 49                	jmp    80134a <fork_with+0xd4>
	if ((r = sys_page_alloc(envid, (void *) (UXSTACKTOP - PGSIZE),
  801301:	83 ec 04             	sub    $0x4,%esp
  801304:	6a 07                	push   $0x7
  801306:	68 00 f0 bf ee       	push   $0xeebff000
  80130b:	ff 75 e0             	push   -0x20(%ebp)
  80130e:	e8 ae fb ff ff       	call   800ec1 <sys_page_alloc>
  801313:	89 c6                	mov    %eax,%esi
  801315:	83 c4 10             	add    $0x10,%esp
  801318:	85 c0                	test   %eax,%eax
  80131a:	78 d3                	js     8012ef <fork_with+0x79>
	if ((r = sys_env_set_pgfault_upcall(envid, _pgfault_upcall)) < 0)
  80131c:	83 ec 08             	sub    $0x8,%esp
  80131f:	68 da 15 80 00       	push   $0x8015da
  801324:	8b 5d e0             	mov    -0x20(%ebp),%ebx
  801327:	53                   	push   %ebx
  801328:	e8 9d fc ff ff       	call   800fca <sys_env_set_pgfault_upcall>
  80132d:	89 c6                	mov    %eax,%esi
  80132f:	83 c4 10             	add    $0x10,%esp
  801332:	85 c0                	test   %eax,%eax
  801334:	78 b9                	js     8012ef <fork_with+0x79>
	return sys_env_set_status(envid, ENV_RUNNABLE);
  801336:	83 ec 08             	sub    $0x8,%esp
  801339:	6a 02                	push   $0x2
  80133b:	53                   	push   %ebx
  80133c:	e8 47 fc ff ff       	call   800f88 <sys_env_set_status>
  801341:	89 c6                	mov    %eax,%esi
	    || (r = start_child(envid)) < 0) {
  801343:	83 c4 10             	add    $0x10,%esp
  801346:	85 c0                	test   %eax,%eax
  801348:	78 a5                	js     8012ef <fork_with+0x79>
}
  80134a:	89 f8                	mov    %edi,%eax
  80134c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80134f:	5b                   	pop    %ebx
  801350:	5e                   	pop    %esi
  801351:	5f                   	pop    %edi
  801352:	5d                   	pop    %ebp
  801353:	c3                   	ret

00801354 <fork>:
{
  801354:	55                   	push   %ebp
  801355:	89 e5                	mov    %esp,%ebp
  801357:	83 ec 08             	sub    $0x8,%esp
	return fork_with(duppage);
  80135a:	b8 96 10 80 00       	mov    $0x801096,%eax
  80135f:	e8 12 ff ff ff       	call   801276 <fork_with>
}
  801364:	c9                   	leave
  801365:	c3                   	ret

00801366 <sfork>:
// Shared-memory fork (the lab's challenge): parent and child share all of
// memory except the stack and the private data page.  thisenv lives on
// that private page, so it stays correct in both.
envid_t
sfork(void)
{
  801366:	55                   	push   %ebp
  801367:	89 e5                	mov    %esp,%ebp
  801369:	83 ec 08             	sub    $0x8,%esp
	return fork_with(sharepage);
  80136c:	b8 05 11 80 00       	mov    $0x801105,%eax
  801371:	e8 00 ff ff ff       	call   801276 <fork_with>
}
  801376:	c9                   	leave
  801377:	c3                   	ret

00801378 <ipc_recv>:
// If 'perm_store' is nonnull, the sent page's permission is stored there
// (0 when no page was transferred).
// On error both stores are zeroed and the error is returned.
int32_t
ipc_recv(envid_t *from_env_store, void *pg, int *perm_store)
{
  801378:	55                   	push   %ebp
  801379:	89 e5                	mov    %esp,%ebp
  80137b:	56                   	push   %esi
  80137c:	53                   	push   %ebx
  80137d:	8b 75 08             	mov    0x8(%ebp),%esi
  801380:	8b 45 0c             	mov    0xc(%ebp),%eax
  801383:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int r;

	// UTOP is above every mappable address, so the kernel reads it as
	// "I do not want a page".  0 would be a valid address.
	if (pg == NULL)
		pg = (void *) UTOP;
  801386:	85 c0                	test   %eax,%eax
  801388:	ba 00 00 c0 ee       	mov    $0xeec00000,%edx
  80138d:	0f 44 c2             	cmove  %edx,%eax

	if ((r = sys_ipc_recv(pg)) < 0) {
  801390:	83 ec 0c             	sub    $0xc,%esp
  801393:	50                   	push   %eax
  801394:	e8 96 fc ff ff       	call   80102f <sys_ipc_recv>
  801399:	83 c4 10             	add    $0x10,%esp
  80139c:	85 c0                	test   %eax,%eax
  80139e:	78 40                	js     8013e0 <ipc_recv+0x68>
		return r;
	}

	// Look up our own Env rather than trusting thisenv: after sfork()
	// the thisenv variable is shared with another environment.
	self = &envs[ENVX(sys_getenvid())];
  8013a0:	e8 de fa ff ff       	call   800e83 <sys_getenvid>
  8013a5:	25 ff 03 00 00       	and    $0x3ff,%eax
	if (from_env_store)
  8013aa:	85 f6                	test   %esi,%esi
  8013ac:	74 0e                	je     8013bc <ipc_recv+0x44>
		*from_env_store = self->env_ipc_from;
  8013ae:	6b d0 7c             	imul   $0x7c,%eax,%edx
  8013b1:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  8013b7:	8b 52 74             	mov    0x74(%edx),%edx
  8013ba:	89 16                	mov    %edx,(%esi)
	if (perm_store)
  8013bc:	85 db                	test   %ebx,%ebx
  8013be:	74 0e                	je     8013ce <ipc_recv+0x56>
		*perm_store = self->env_ipc_perm;
  8013c0:	6b d0 7c             	imul   $0x7c,%eax,%edx
  8013c3:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  8013c9:	8b 52 78             	mov    0x78(%edx),%edx
  8013cc:	89 13                	mov    %edx,(%ebx)
	return self->env_ipc_value;
  8013ce:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8013d1:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8013d6:	8b 40 70             	mov    0x70(%eax),%eax
}
  8013d9:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8013dc:	5b                   	pop    %ebx
  8013dd:	5e                   	pop    %esi
  8013de:	5d                   	pop    %ebp
  8013df:	c3                   	ret
		if (from_env_store)
  8013e0:	85 f6                	test   %esi,%esi
  8013e2:	74 06                	je     8013ea <ipc_recv+0x72>
			*from_env_store = 0;
  8013e4:	c7 06 00 00 00 00    	movl   $0x0,(%esi)
		if (perm_store)
  8013ea:	85 db                	test   %ebx,%ebx
  8013ec:	74 eb                	je     8013d9 <ipc_recv+0x61>
			*perm_store = 0;
  8013ee:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8013f4:	eb e3                	jmp    8013d9 <ipc_recv+0x61>

008013f6 <ipc_send>:
// Send 'val' (and 'pg' with 'perm', if 'pg' is nonnull) to 'to_env',
// retrying until the receiver is waiting.  Any other error is a bug in the
// caller, so panic.
void
ipc_send(envid_t to_env, uint32_t val, void *pg, int perm)
{
  8013f6:	55                   	push   %ebp
  8013f7:	89 e5                	mov    %esp,%ebp
  8013f9:	57                   	push   %edi
  8013fa:	56                   	push   %esi
  8013fb:	53                   	push   %ebx
  8013fc:	83 ec 0c             	sub    $0xc,%esp
  8013ff:	8b 75 08             	mov    0x8(%ebp),%esi
  801402:	8b 7d 0c             	mov    0xc(%ebp),%edi
  801405:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int r;

	if (pg == NULL)
		pg = (void *) UTOP;
  801408:	85 db                	test   %ebx,%ebx
  80140a:	b8 00 00 c0 ee       	mov    $0xeec00000,%eax
  80140f:	0f 44 d8             	cmove  %eax,%ebx

	while ((r = sys_ipc_try_send(to_env, val, pg, perm)) < 0) {
  801412:	ff 75 14             	push   0x14(%ebp)
  801415:	53                   	push   %ebx
  801416:	57                   	push   %edi
  801417:	56                   	push   %esi
  801418:	e8 ef fb ff ff       	call   80100c <sys_ipc_try_send>
  80141d:	83 c4 10             	add    $0x10,%esp
  801420:	85 c0                	test   %eax,%eax
  801422:	79 22                	jns    801446 <ipc_send+0x50>
		if (r != -E_IPC_NOT_RECV)
  801424:	83 f8 f9             	cmp    $0xfffffff9,%eax
  801427:	75 07                	jne    801430 <ipc_send+0x3a>
			panic("ipc_send to %08x: %e", to_env, r);
		// The receiver is not blocked in ipc_recv yet: let it run.
		sys_yield();
  801429:	e8 74 fa ff ff       	call   800ea2 <sys_yield>
  80142e:	eb e2                	jmp    801412 <ipc_send+0x1c>
			panic("ipc_send to %08x: %e", to_env, r);
  801430:	83 ec 0c             	sub    $0xc,%esp
  801433:	50                   	push   %eax
  801434:	56                   	push   %esi
  801435:	68 7a 19 80 00       	push   $0x80197a
  80143a:	6a 35                	push   $0x35
  80143c:	68 8f 19 80 00       	push   $0x80198f
  801441:	e8 41 00 00 00       	call   801487 <_panic>
	}
}
  801446:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801449:	5b                   	pop    %ebx
  80144a:	5e                   	pop    %esi
  80144b:	5f                   	pop    %edi
  80144c:	5d                   	pop    %ebp
  80144d:	c3                   	ret

0080144e <ipc_find_env>:

// Find the first environment of the given type.  Returns its envid, or 0
// if there is none.
envid_t
ipc_find_env(enum EnvType type)
{
  80144e:	55                   	push   %ebp
  80144f:	89 e5                	mov    %esp,%ebp
  801451:	8b 4d 08             	mov    0x8(%ebp),%ecx
	int i;

	for (i = 0; i < NENV; i++)
  801454:	b8 00 00 00 00       	mov    $0x0,%eax
		if (envs[i].env_type == type)
  801459:	6b d0 7c             	imul   $0x7c,%eax,%edx
  80145c:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  801462:	8b 52 50             	mov    0x50(%edx),%edx
  801465:	39 ca                	cmp    %ecx,%edx
  801467:	74 11                	je     80147a <ipc_find_env+0x2c>
	for (i = 0; i < NENV; i++)
  801469:	83 c0 01             	add    $0x1,%eax
  80146c:	3d 00 04 00 00       	cmp    $0x400,%eax
  801471:	75 e6                	jne    801459 <ipc_find_env+0xb>
			return envs[i].env_id;
	return 0;
  801473:	b8 00 00 00 00       	mov    $0x0,%eax
  801478:	eb 0b                	jmp    801485 <ipc_find_env+0x37>
			return envs[i].env_id;
  80147a:	6b c0 7c             	imul   $0x7c,%eax,%eax
  80147d:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  801482:	8b 40 48             	mov    0x48(%eax),%eax
}
  801485:	5d                   	pop    %ebp
  801486:	c3                   	ret

00801487 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  801487:	55                   	push   %ebp
  801488:	89 e5                	mov    %esp,%ebp
  80148a:	56                   	push   %esi
  80148b:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  80148c:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  80148f:	8b 35 00 20 80 00    	mov    0x802000,%esi
  801495:	e8 e9 f9 ff ff       	call   800e83 <sys_getenvid>
  80149a:	83 ec 0c             	sub    $0xc,%esp
  80149d:	ff 75 0c             	push   0xc(%ebp)
  8014a0:	ff 75 08             	push   0x8(%ebp)
  8014a3:	56                   	push   %esi
  8014a4:	50                   	push   %eax
  8014a5:	68 9c 19 80 00       	push   $0x80199c
  8014aa:	e8 39 f3 ff ff       	call   8007e8 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  8014af:	83 c4 18             	add    $0x18,%esp
  8014b2:	53                   	push   %ebx
  8014b3:	ff 75 10             	push   0x10(%ebp)
  8014b6:	e8 56 00 00 00       	call   801511 <vcprintf>
	cprintf("\n");
  8014bb:	c7 04 24 18 16 80 00 	movl   $0x801618,(%esp)
  8014c2:	e8 21 f3 ff ff       	call   8007e8 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  8014c7:	cc                   	int3
  8014c8:	83 c4 10             	add    $0x10,%esp
	for (;;)
  8014cb:	eb fe                	jmp    8014cb <_panic+0x44>

008014cd <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  8014cd:	55                   	push   %ebp
  8014ce:	89 e5                	mov    %esp,%ebp
  8014d0:	53                   	push   %ebx
  8014d1:	83 ec 04             	sub    $0x4,%esp
  8014d4:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  8014d7:	8b 13                	mov    (%ebx),%edx
  8014d9:	8d 42 01             	lea    0x1(%edx),%eax
  8014dc:	89 03                	mov    %eax,(%ebx)
  8014de:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8014e1:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  8014e5:	3d 00 01 00 00       	cmp    $0x100,%eax
  8014ea:	74 09                	je     8014f5 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  8014ec:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  8014f0:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8014f3:	c9                   	leave
  8014f4:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8014f5:	83 ec 08             	sub    $0x8,%esp
  8014f8:	68 00 01 00 00       	push   $0x100
  8014fd:	8d 43 08             	lea    0x8(%ebx),%eax
  801500:	50                   	push   %eax
  801501:	e8 ff f8 ff ff       	call   800e05 <sys_cputs>
		b->idx = 0;
  801506:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  80150c:	83 c4 10             	add    $0x10,%esp
  80150f:	eb db                	jmp    8014ec <putch+0x1f>

00801511 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  801511:	55                   	push   %ebp
  801512:	89 e5                	mov    %esp,%ebp
  801514:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  80151a:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  801521:	00 00 00 
	b.cnt = 0;
  801524:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  80152b:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  80152e:	ff 75 0c             	push   0xc(%ebp)
  801531:	ff 75 08             	push   0x8(%ebp)
  801534:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  80153a:	50                   	push   %eax
  80153b:	68 cd 14 80 00       	push   $0x8014cd
  801540:	e8 50 ec ff ff       	call   800195 <vprintfmt>
	if (b->idx > 0) {
  801545:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  80154b:	83 c4 10             	add    $0x10,%esp
  80154e:	85 c0                	test   %eax,%eax
  801550:	7f 08                	jg     80155a <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  801552:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  801558:	c9                   	leave
  801559:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80155a:	83 ec 08             	sub    $0x8,%esp
  80155d:	50                   	push   %eax
  80155e:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  801564:	50                   	push   %eax
  801565:	e8 9b f8 ff ff       	call   800e05 <sys_cputs>
  80156a:	83 c4 10             	add    $0x10,%esp
  80156d:	eb e3                	jmp    801552 <vcprintf+0x41>

0080156f <set_pgfault_handler>:
// Read by _pgfault_upcall; 0 until a handler is installed.
void (*_pgfault_handler)(struct UTrapframe *utf);

void
set_pgfault_handler(void (*handler)(struct UTrapframe *utf))
{
  80156f:	55                   	push   %ebp
  801570:	89 e5                	mov    %esp,%ebp
  801572:	83 ec 08             	sub    $0x8,%esp
	int r;

	if (_pgfault_handler == 0) {
  801575:	83 3d 04 40 80 00 00 	cmpl   $0x0,0x804004
  80157c:	74 0a                	je     801588 <set_pgfault_handler+0x19>
			panic("set_pgfault_handler: upcall: %e", r);
	}

	// Swapping handlers later needs no kernel call: the upcall always
	// goes through this pointer.
	_pgfault_handler = handler;
  80157e:	8b 45 08             	mov    0x8(%ebp),%eax
  801581:	a3 04 40 80 00       	mov    %eax,0x804004
}
  801586:	c9                   	leave
  801587:	c3                   	ret
		if ((r = sys_page_alloc(0, (void *) (UXSTACKTOP - PGSIZE),
  801588:	83 ec 04             	sub    $0x4,%esp
  80158b:	6a 07                	push   $0x7
  80158d:	68 00 f0 bf ee       	push   $0xeebff000
  801592:	6a 00                	push   $0x0
  801594:	e8 28 f9 ff ff       	call   800ec1 <sys_page_alloc>
  801599:	83 c4 10             	add    $0x10,%esp
  80159c:	85 c0                	test   %eax,%eax
  80159e:	78 28                	js     8015c8 <set_pgfault_handler+0x59>
		if ((r = sys_env_set_pgfault_upcall(0, _pgfault_upcall)) < 0)
  8015a0:	83 ec 08             	sub    $0x8,%esp
  8015a3:	68 da 15 80 00       	push   $0x8015da
  8015a8:	6a 00                	push   $0x0
  8015aa:	e8 1b fa ff ff       	call   800fca <sys_env_set_pgfault_upcall>
  8015af:	83 c4 10             	add    $0x10,%esp
  8015b2:	85 c0                	test   %eax,%eax
  8015b4:	79 c8                	jns    80157e <set_pgfault_handler+0xf>
			panic("set_pgfault_handler: upcall: %e", r);
  8015b6:	50                   	push   %eax
  8015b7:	68 ec 19 80 00       	push   $0x8019ec
  8015bc:	6a 1a                	push   $0x1a
  8015be:	68 0c 1a 80 00       	push   $0x801a0c
  8015c3:	e8 bf fe ff ff       	call   801487 <_panic>
			panic("set_pgfault_handler: exception stack: %e", r);
  8015c8:	50                   	push   %eax
  8015c9:	68 c0 19 80 00       	push   $0x8019c0
  8015ce:	6a 18                	push   $0x18
  8015d0:	68 0c 1a 80 00       	push   $0x801a0c
  8015d5:	e8 ad fe ff ff       	call   801487 <_panic>

008015da <_pgfault_upcall>:

.text
.globl _pgfault_upcall
_pgfault_upcall:
	// Call the C handler with a pointer to the UTrapframe.
	pushl %esp
  8015da:	54                   	push   %esp
	movl _pgfault_handler, %eax
  8015db:	a1 04 40 80 00       	mov    0x804004,%eax
	call *%eax
  8015e0:	ff d0                	call   *%eax
	addl $4, %esp
  8015e2:	83 c4 04             	add    $0x4,%esp

	// Push the trap-time eip onto the trap-time stack: store it one
	// word below utf_esp and make utf_esp point at it.
	movl 40(%esp), %eax
  8015e5:	8b 44 24 28          	mov    0x28(%esp),%eax
	movl 48(%esp), %edx
  8015e9:	8b 54 24 30          	mov    0x30(%esp),%edx
	subl $4, %edx
  8015ed:	83 ea 04             	sub    $0x4,%edx
	movl %eax, (%edx)
  8015f0:	89 02                	mov    %eax,(%edx)
	movl %edx, 48(%esp)
  8015f2:	89 54 24 30          	mov    %edx,0x30(%esp)

	// Restore the general registers.
	addl $8, %esp		// skip utf_fault_va and utf_err
  8015f6:	83 c4 08             	add    $0x8,%esp
	popal
  8015f9:	61                   	popa

	// Restore eflags.  Skip utf_eip first: from popfl on, no arithmetic
	// instruction may run, or it would change the restored flags.
	addl $4, %esp
  8015fa:	83 c4 04             	add    $0x4,%esp
	popfl
  8015fd:	9d                   	popf

	// Switch back to the trap-time stack (now holding the eip) ...
	popl %esp
  8015fe:	5c                   	pop    %esp

	// ... and return to the faulting instruction.
	ret
  8015ff:	c3                   	ret
