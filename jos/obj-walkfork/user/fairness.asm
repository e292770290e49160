
obj-walkfork/user/fairness:     file format elf32-i386


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
  80002c:	e8 70 00 00 00       	call   8000a1 <libmain>
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
  800036:	56                   	push   %esi
  800037:	53                   	push   %ebx
  800038:	83 ec 10             	sub    $0x10,%esp
	envid_t who, id;

	id = sys_getenvid();
  80003b:	e8 e1 0d 00 00       	call   800e21 <sys_getenvid>
  800040:	89 c3                	mov    %eax,%ebx

	if (thisenv == &envs[1]) {
  800042:	81 3d 00 30 80 00 7c 	cmpl   $0xeec0007c,0x803000
  800049:	00 c0 ee 
  80004c:	74 2d                	je     80007b <umain+0x48>
		while (1) {
			ipc_recv(&who, 0, 0);
			cprintf("%x recv from %x\n", id, who);
		}
	} else {
		cprintf("%x loop sending to %x\n", id, envs[1].env_id);
  80004e:	a1 c4 00 c0 ee       	mov    0xeec000c4,%eax
  800053:	83 ec 04             	sub    $0x4,%esp
  800056:	50                   	push   %eax
  800057:	53                   	push   %ebx
  800058:	68 31 12 80 00       	push   $0x801231
  80005d:	e8 24 07 00 00       	call   800786 <cprintf>
  800062:	83 c4 10             	add    $0x10,%esp
		while (1)
			ipc_send(envs[1].env_id, 0, 0, 0);
  800065:	a1 c4 00 c0 ee       	mov    0xeec000c4,%eax
  80006a:	6a 00                	push   $0x0
  80006c:	6a 00                	push   $0x0
  80006e:	6a 00                	push   $0x0
  800070:	50                   	push   %eax
  800071:	e8 16 10 00 00       	call   80108c <ipc_send>
  800076:	83 c4 10             	add    $0x10,%esp
  800079:	eb ea                	jmp    800065 <umain+0x32>
			ipc_recv(&who, 0, 0);
  80007b:	8d 75 f4             	lea    -0xc(%ebp),%esi
  80007e:	83 ec 04             	sub    $0x4,%esp
  800081:	6a 00                	push   $0x0
  800083:	6a 00                	push   $0x0
  800085:	56                   	push   %esi
  800086:	e8 83 0f 00 00       	call   80100e <ipc_recv>
			cprintf("%x recv from %x\n", id, who);
  80008b:	83 c4 0c             	add    $0xc,%esp
  80008e:	ff 75 f4             	push   -0xc(%ebp)
  800091:	53                   	push   %ebx
  800092:	68 20 12 80 00       	push   $0x801220
  800097:	e8 ea 06 00 00       	call   800786 <cprintf>
  80009c:	83 c4 10             	add    $0x10,%esp
  80009f:	eb dd                	jmp    80007e <umain+0x4b>

008000a1 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8000a1:	55                   	push   %ebp
  8000a2:	89 e5                	mov    %esp,%ebp
  8000a4:	56                   	push   %esi
  8000a5:	53                   	push   %ebx
  8000a6:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8000a9:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  8000ac:	e8 70 0d 00 00       	call   800e21 <sys_getenvid>
  8000b1:	25 ff 03 00 00       	and    $0x3ff,%eax
  8000b6:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8000b9:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8000be:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  8000c3:	85 db                	test   %ebx,%ebx
  8000c5:	7e 07                	jle    8000ce <libmain+0x2d>
		binaryname = argv[0];
  8000c7:	8b 06                	mov    (%esi),%eax
  8000c9:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  8000ce:	83 ec 08             	sub    $0x8,%esp
  8000d1:	56                   	push   %esi
  8000d2:	53                   	push   %ebx
  8000d3:	e8 5b ff ff ff       	call   800033 <umain>

	exit();
  8000d8:	e8 0a 00 00 00       	call   8000e7 <exit>
}
  8000dd:	83 c4 10             	add    $0x10,%esp
  8000e0:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8000e3:	5b                   	pop    %ebx
  8000e4:	5e                   	pop    %esi
  8000e5:	5d                   	pop    %ebp
  8000e6:	c3                   	ret

008000e7 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  8000e7:	55                   	push   %ebp
  8000e8:	89 e5                	mov    %esp,%ebp
  8000ea:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  8000ed:	6a 00                	push   $0x0
  8000ef:	e8 ec 0c 00 00       	call   800de0 <sys_env_destroy>
}
  8000f4:	83 c4 10             	add    $0x10,%esp
  8000f7:	c9                   	leave
  8000f8:	c3                   	ret

008000f9 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8000f9:	55                   	push   %ebp
  8000fa:	89 e5                	mov    %esp,%ebp
  8000fc:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8000ff:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  800103:	8b 10                	mov    (%eax),%edx
  800105:	3b 50 04             	cmp    0x4(%eax),%edx
  800108:	73 0a                	jae    800114 <sprintputch+0x1b>
		*b->buf++ = ch;
  80010a:	8d 4a 01             	lea    0x1(%edx),%ecx
  80010d:	89 08                	mov    %ecx,(%eax)
  80010f:	8b 45 08             	mov    0x8(%ebp),%eax
  800112:	88 02                	mov    %al,(%edx)
}
  800114:	5d                   	pop    %ebp
  800115:	c3                   	ret

00800116 <printfmt>:
{
  800116:	55                   	push   %ebp
  800117:	89 e5                	mov    %esp,%ebp
  800119:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  80011c:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  80011f:	50                   	push   %eax
  800120:	ff 75 10             	push   0x10(%ebp)
  800123:	ff 75 0c             	push   0xc(%ebp)
  800126:	ff 75 08             	push   0x8(%ebp)
  800129:	e8 05 00 00 00       	call   800133 <vprintfmt>
}
  80012e:	83 c4 10             	add    $0x10,%esp
  800131:	c9                   	leave
  800132:	c3                   	ret

00800133 <vprintfmt>:
{
  800133:	55                   	push   %ebp
  800134:	89 e5                	mov    %esp,%ebp
  800136:	57                   	push   %edi
  800137:	56                   	push   %esi
  800138:	53                   	push   %ebx
  800139:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80013c:	8b 45 10             	mov    0x10(%ebp),%eax
  80013f:	8d 58 01             	lea    0x1(%eax),%ebx
  800142:	0f b6 00             	movzbl (%eax),%eax
  800145:	83 f8 25             	cmp    $0x25,%eax
  800148:	74 24                	je     80016e <vprintfmt+0x3b>
  80014a:	8b 75 08             	mov    0x8(%ebp),%esi
  80014d:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800150:	85 c0                	test   %eax,%eax
  800152:	0f 84 d8 05 00 00    	je     800730 <vprintfmt+0x5fd>
			putch(ch, putdat);
  800158:	83 ec 08             	sub    $0x8,%esp
  80015b:	57                   	push   %edi
  80015c:	50                   	push   %eax
  80015d:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80015f:	83 c3 01             	add    $0x1,%ebx
  800162:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800166:	83 c4 10             	add    $0x10,%esp
  800169:	83 f8 25             	cmp    $0x25,%eax
  80016c:	75 e2                	jne    800150 <vprintfmt+0x1d>
		padc = ' ';
  80016e:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  800172:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800177:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  80017e:	b9 00 00 00 00       	mov    $0x0,%ecx
  800183:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800185:	8d 53 01             	lea    0x1(%ebx),%edx
  800188:	0f b6 0b             	movzbl (%ebx),%ecx
  80018b:	8d 41 dd             	lea    -0x23(%ecx),%eax
  80018e:	3c 55                	cmp    $0x55,%al
  800190:	0f 87 21 05 00 00    	ja     8006b7 <vprintfmt+0x584>
  800196:	0f b6 c0             	movzbl %al,%eax
  800199:	ff 24 85 20 13 80 00 	jmp    *0x801320(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8001a0:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8001a3:	eb 97                	jmp    80013c <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8001a5:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8001a7:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8001ab:	eb d8                	jmp    800185 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8001ad:	89 d3                	mov    %edx,%ebx
  8001af:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8001b3:	eb d0                	jmp    800185 <vprintfmt+0x52>
  8001b5:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8001b8:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8001bb:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8001bf:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8001c2:	83 f9 09             	cmp    $0x9,%ecx
  8001c5:	77 54                	ja     80021b <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8001c7:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8001ca:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8001cd:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8001d1:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8001d4:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8001d7:	83 f9 09             	cmp    $0x9,%ecx
  8001da:	76 eb                	jbe    8001c7 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8001dc:	89 d3                	mov    %edx,%ebx
  8001de:	eb 0d                	jmp    8001ed <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8001e0:	8b 45 14             	mov    0x14(%ebp),%eax
  8001e3:	8b 38                	mov    (%eax),%edi
  8001e5:	8d 40 04             	lea    0x4(%eax),%eax
  8001e8:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8001eb:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8001ed:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8001f1:	79 92                	jns    800185 <vprintfmt+0x52>
				width = precision, precision = -1;
  8001f3:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8001f6:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8001fb:	eb 88                	jmp    800185 <vprintfmt+0x52>
			if (width < 0)
  8001fd:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  800200:	85 c9                	test   %ecx,%ecx
  800202:	b8 00 00 00 00       	mov    $0x0,%eax
  800207:	0f 49 c1             	cmovns %ecx,%eax
  80020a:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  80020d:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80020f:	e9 71 ff ff ff       	jmp    800185 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800214:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800216:	e9 6a ff ff ff       	jmp    800185 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80021b:	89 d3                	mov    %edx,%ebx
  80021d:	eb ce                	jmp    8001ed <vprintfmt+0xba>
			lflag++;
  80021f:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800222:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800224:	e9 5c ff ff ff       	jmp    800185 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800229:	89 55 10             	mov    %edx,0x10(%ebp)
  80022c:	8b 45 14             	mov    0x14(%ebp),%eax
  80022f:	8d 58 04             	lea    0x4(%eax),%ebx
  800232:	83 ec 08             	sub    $0x8,%esp
  800235:	ff 75 0c             	push   0xc(%ebp)
  800238:	ff 30                	push   (%eax)
  80023a:	ff 55 08             	call   *0x8(%ebp)
			break;
  80023d:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800240:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800243:	e9 f4 fe ff ff       	jmp    80013c <vprintfmt+0x9>
			err = va_arg(ap, int);
  800248:	89 55 10             	mov    %edx,0x10(%ebp)
  80024b:	8b 45 14             	mov    0x14(%ebp),%eax
  80024e:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800251:	8b 10                	mov    (%eax),%edx
  800253:	89 d0                	mov    %edx,%eax
  800255:	f7 d8                	neg    %eax
  800257:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  80025a:	83 f8 08             	cmp    $0x8,%eax
  80025d:	7f 27                	jg     800286 <vprintfmt+0x153>
  80025f:	8b 14 85 80 14 80 00 	mov    0x801480(,%eax,4),%edx
  800266:	85 d2                	test   %edx,%edx
  800268:	74 1c                	je     800286 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  80026a:	52                   	push   %edx
  80026b:	68 62 12 80 00       	push   $0x801262
  800270:	ff 75 0c             	push   0xc(%ebp)
  800273:	ff 75 08             	push   0x8(%ebp)
  800276:	e8 9b fe ff ff       	call   800116 <printfmt>
  80027b:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80027e:	89 5d 14             	mov    %ebx,0x14(%ebp)
  800281:	e9 b6 fe ff ff       	jmp    80013c <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  800286:	50                   	push   %eax
  800287:	68 59 12 80 00       	push   $0x801259
  80028c:	ff 75 0c             	push   0xc(%ebp)
  80028f:	ff 75 08             	push   0x8(%ebp)
  800292:	e8 7f fe ff ff       	call   800116 <printfmt>
  800297:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80029a:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  80029d:	e9 9a fe ff ff       	jmp    80013c <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8002a2:	89 55 10             	mov    %edx,0x10(%ebp)
  8002a5:	8b 45 14             	mov    0x14(%ebp),%eax
  8002a8:	83 c0 04             	add    $0x4,%eax
  8002ab:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8002ae:	8b 45 14             	mov    0x14(%ebp),%eax
  8002b1:	8b 30                	mov    (%eax),%esi
  8002b3:	85 f6                	test   %esi,%esi
  8002b5:	0f 84 53 04 00 00    	je     80070e <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8002bb:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8002bf:	7e 06                	jle    8002c7 <vprintfmt+0x194>
  8002c1:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8002c5:	75 1b                	jne    8002e2 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8002c7:	8d 5e 01             	lea    0x1(%esi),%ebx
  8002ca:	0f be 06             	movsbl (%esi),%eax
  8002cd:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8002d0:	85 c0                	test   %eax,%eax
  8002d2:	0f 85 80 00 00 00    	jne    800358 <vprintfmt+0x225>
  8002d8:	e9 8c 00 00 00       	jmp    800369 <vprintfmt+0x236>
				p = "(null)";
  8002dd:	be 52 12 80 00       	mov    $0x801252,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8002e2:	83 ec 08             	sub    $0x8,%esp
  8002e5:	57                   	push   %edi
  8002e6:	56                   	push   %esi
  8002e7:	e8 ea 04 00 00       	call   8007d6 <strnlen>
  8002ec:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8002ef:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8002f2:	83 c4 10             	add    $0x10,%esp
  8002f5:	85 d2                	test   %edx,%edx
  8002f7:	0f 8e f5 03 00 00    	jle    8006f2 <vprintfmt+0x5bf>
					putch(padc, putdat);
  8002fd:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  800301:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800304:	89 d6                	mov    %edx,%esi
  800306:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800309:	8b 7d 0c             	mov    0xc(%ebp),%edi
  80030c:	83 ec 08             	sub    $0x8,%esp
  80030f:	57                   	push   %edi
  800310:	53                   	push   %ebx
  800311:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800314:	83 c4 10             	add    $0x10,%esp
  800317:	83 ee 01             	sub    $0x1,%esi
  80031a:	75 f0                	jne    80030c <vprintfmt+0x1d9>
  80031c:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80031f:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800322:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800325:	8d 5e 01             	lea    0x1(%esi),%ebx
  800328:	0f be 06             	movsbl (%esi),%eax
  80032b:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80032e:	85 c0                	test   %eax,%eax
  800330:	75 26                	jne    800358 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800332:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800335:	89 45 14             	mov    %eax,0x14(%ebp)
  800338:	e9 ff fd ff ff       	jmp    80013c <vprintfmt+0x9>
				putch(ch, putdat);
  80033d:	83 ec 08             	sub    $0x8,%esp
  800340:	ff 75 0c             	push   0xc(%ebp)
  800343:	50                   	push   %eax
  800344:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800347:	83 ee 01             	sub    $0x1,%esi
  80034a:	83 c3 01             	add    $0x1,%ebx
  80034d:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800351:	83 c4 10             	add    $0x10,%esp
  800354:	85 c0                	test   %eax,%eax
  800356:	74 0e                	je     800366 <vprintfmt+0x233>
  800358:	85 ff                	test   %edi,%edi
  80035a:	78 e1                	js     80033d <vprintfmt+0x20a>
  80035c:	83 ef 01             	sub    $0x1,%edi
  80035f:	79 dc                	jns    80033d <vprintfmt+0x20a>
  800361:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800364:	eb 03                	jmp    800369 <vprintfmt+0x236>
  800366:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800369:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80036d:	7e 24                	jle    800393 <vprintfmt+0x260>
  80036f:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  800372:	8b 75 08             	mov    0x8(%ebp),%esi
  800375:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800378:	83 ec 08             	sub    $0x8,%esp
  80037b:	57                   	push   %edi
  80037c:	6a 20                	push   $0x20
  80037e:	ff d6                	call   *%esi
			for (; width > 0; width--)
  800380:	83 c4 10             	add    $0x10,%esp
  800383:	83 eb 01             	sub    $0x1,%ebx
  800386:	75 f0                	jne    800378 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800388:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80038b:	89 45 14             	mov    %eax,0x14(%ebp)
  80038e:	e9 a9 fd ff ff       	jmp    80013c <vprintfmt+0x9>
  800393:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800396:	89 45 14             	mov    %eax,0x14(%ebp)
  800399:	e9 9e fd ff ff       	jmp    80013c <vprintfmt+0x9>
	if (lflag >= 2)
  80039e:	89 55 10             	mov    %edx,0x10(%ebp)
  8003a1:	83 fe 01             	cmp    $0x1,%esi
  8003a4:	7f 1b                	jg     8003c1 <vprintfmt+0x28e>
	else if (lflag)
  8003a6:	85 f6                	test   %esi,%esi
  8003a8:	74 39                	je     8003e3 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8003aa:	8b 45 14             	mov    0x14(%ebp),%eax
  8003ad:	8b 00                	mov    (%eax),%eax
  8003af:	89 c6                	mov    %eax,%esi
  8003b1:	89 c7                	mov    %eax,%edi
  8003b3:	c1 ff 1f             	sar    $0x1f,%edi
  8003b6:	8b 45 14             	mov    0x14(%ebp),%eax
  8003b9:	8d 40 04             	lea    0x4(%eax),%eax
  8003bc:	89 45 14             	mov    %eax,0x14(%ebp)
  8003bf:	eb 0e                	jmp    8003cf <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8003c1:	8b 45 14             	mov    0x14(%ebp),%eax
  8003c4:	8b 30                	mov    (%eax),%esi
  8003c6:	8b 78 04             	mov    0x4(%eax),%edi
  8003c9:	8d 40 08             	lea    0x8(%eax),%eax
  8003cc:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8003cf:	85 ff                	test   %edi,%edi
  8003d1:	78 27                	js     8003fa <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8003d3:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8003d6:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8003d9:	b8 0a 00 00 00       	mov    $0xa,%eax
  8003de:	e9 53 01 00 00       	jmp    800536 <vprintfmt+0x403>
		return va_arg(*ap, int);
  8003e3:	8b 45 14             	mov    0x14(%ebp),%eax
  8003e6:	8b 00                	mov    (%eax),%eax
  8003e8:	89 c6                	mov    %eax,%esi
  8003ea:	89 c7                	mov    %eax,%edi
  8003ec:	c1 ff 1f             	sar    $0x1f,%edi
  8003ef:	8b 45 14             	mov    0x14(%ebp),%eax
  8003f2:	8d 40 04             	lea    0x4(%eax),%eax
  8003f5:	89 45 14             	mov    %eax,0x14(%ebp)
  8003f8:	eb d5                	jmp    8003cf <vprintfmt+0x29c>
				putch('-', putdat);
  8003fa:	83 ec 08             	sub    $0x8,%esp
  8003fd:	ff 75 0c             	push   0xc(%ebp)
  800400:	6a 2d                	push   $0x2d
  800402:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800405:	f7 de                	neg    %esi
  800407:	83 d7 00             	adc    $0x0,%edi
  80040a:	f7 df                	neg    %edi
  80040c:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80040f:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800412:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800415:	b8 0a 00 00 00       	mov    $0xa,%eax
  80041a:	e9 17 01 00 00       	jmp    800536 <vprintfmt+0x403>
	if (lflag >= 2)
  80041f:	89 55 10             	mov    %edx,0x10(%ebp)
  800422:	83 fe 01             	cmp    $0x1,%esi
  800425:	7f 27                	jg     80044e <vprintfmt+0x31b>
	else if (lflag)
  800427:	85 f6                	test   %esi,%esi
  800429:	74 44                	je     80046f <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  80042b:	8b 45 14             	mov    0x14(%ebp),%eax
  80042e:	8b 00                	mov    (%eax),%eax
  800430:	ba 00 00 00 00       	mov    $0x0,%edx
  800435:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800438:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80043b:	8b 45 14             	mov    0x14(%ebp),%eax
  80043e:	8d 40 04             	lea    0x4(%eax),%eax
  800441:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800444:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800449:	e9 e8 00 00 00       	jmp    800536 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80044e:	8b 45 14             	mov    0x14(%ebp),%eax
  800451:	8b 50 04             	mov    0x4(%eax),%edx
  800454:	8b 00                	mov    (%eax),%eax
  800456:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800459:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80045c:	8b 45 14             	mov    0x14(%ebp),%eax
  80045f:	8d 40 08             	lea    0x8(%eax),%eax
  800462:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800465:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  80046a:	e9 c7 00 00 00       	jmp    800536 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80046f:	8b 45 14             	mov    0x14(%ebp),%eax
  800472:	8b 00                	mov    (%eax),%eax
  800474:	ba 00 00 00 00       	mov    $0x0,%edx
  800479:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80047c:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80047f:	8b 45 14             	mov    0x14(%ebp),%eax
  800482:	8d 40 04             	lea    0x4(%eax),%eax
  800485:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800488:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  80048d:	e9 a4 00 00 00       	jmp    800536 <vprintfmt+0x403>
	if (lflag >= 2)
  800492:	89 55 10             	mov    %edx,0x10(%ebp)
  800495:	83 fe 01             	cmp    $0x1,%esi
  800498:	7f 24                	jg     8004be <vprintfmt+0x38b>
	else if (lflag)
  80049a:	85 f6                	test   %esi,%esi
  80049c:	74 3e                	je     8004dc <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  80049e:	8b 45 14             	mov    0x14(%ebp),%eax
  8004a1:	8b 00                	mov    (%eax),%eax
  8004a3:	ba 00 00 00 00       	mov    $0x0,%edx
  8004a8:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004ab:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004ae:	8b 45 14             	mov    0x14(%ebp),%eax
  8004b1:	8d 40 04             	lea    0x4(%eax),%eax
  8004b4:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004b7:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8004bc:	eb 78                	jmp    800536 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8004be:	8b 45 14             	mov    0x14(%ebp),%eax
  8004c1:	8b 50 04             	mov    0x4(%eax),%edx
  8004c4:	8b 00                	mov    (%eax),%eax
  8004c6:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004c9:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004cc:	8b 45 14             	mov    0x14(%ebp),%eax
  8004cf:	8d 40 08             	lea    0x8(%eax),%eax
  8004d2:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004d5:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8004da:	eb 5a                	jmp    800536 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8004dc:	8b 45 14             	mov    0x14(%ebp),%eax
  8004df:	8b 00                	mov    (%eax),%eax
  8004e1:	ba 00 00 00 00       	mov    $0x0,%edx
  8004e6:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004e9:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004ec:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ef:	8d 40 04             	lea    0x4(%eax),%eax
  8004f2:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004f5:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8004fa:	eb 3a                	jmp    800536 <vprintfmt+0x403>
			putch('0', putdat);
  8004fc:	89 55 10             	mov    %edx,0x10(%ebp)
  8004ff:	83 ec 08             	sub    $0x8,%esp
  800502:	ff 75 0c             	push   0xc(%ebp)
  800505:	6a 30                	push   $0x30
  800507:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  80050a:	83 c4 08             	add    $0x8,%esp
  80050d:	ff 75 0c             	push   0xc(%ebp)
  800510:	6a 78                	push   $0x78
  800512:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800515:	8b 45 14             	mov    0x14(%ebp),%eax
  800518:	8b 00                	mov    (%eax),%eax
  80051a:	ba 00 00 00 00       	mov    $0x0,%edx
  80051f:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800522:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800525:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800528:	8b 45 14             	mov    0x14(%ebp),%eax
  80052b:	8d 40 04             	lea    0x4(%eax),%eax
  80052e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800531:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800536:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  80053a:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  80053d:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800542:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800545:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  80054c:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80054f:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800552:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800555:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800558:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  80055c:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80055f:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800562:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800565:	ff 75 bc             	push   -0x44(%ebp)
  800568:	ff 75 b8             	push   -0x48(%ebp)
  80056b:	57                   	push   %edi
  80056c:	56                   	push   %esi
  80056d:	e8 2f 07 00 00       	call   800ca1 <__umoddi3>
  800572:	83 c4 10             	add    $0x10,%esp
  800575:	0f b6 80 65 12 80 00 	movzbl 0x801265(%eax),%eax
  80057c:	88 03                	mov    %al,(%ebx)
		num /= base;
  80057e:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800581:	89 fb                	mov    %edi,%ebx
  800583:	ff 75 bc             	push   -0x44(%ebp)
  800586:	ff 75 b8             	push   -0x48(%ebp)
  800589:	57                   	push   %edi
  80058a:	56                   	push   %esi
  80058b:	e8 f6 06 00 00       	call   800c86 <__udivdi3>
  800590:	83 c4 10             	add    $0x10,%esp
  800593:	89 c6                	mov    %eax,%esi
  800595:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  800597:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  80059a:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  80059d:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8005a0:	73 b6                	jae    800558 <vprintfmt+0x425>
	pad = width - n;
  8005a2:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8005a5:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8005a8:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005ab:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8005ad:	83 ff 2d             	cmp    $0x2d,%edi
  8005b0:	0f 84 de 00 00 00    	je     800694 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8005b6:	85 f6                	test   %esi,%esi
  8005b8:	0f 8e 27 01 00 00    	jle    8006e5 <vprintfmt+0x5b2>
  8005be:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8005c1:	83 ec 08             	sub    $0x8,%esp
  8005c4:	53                   	push   %ebx
  8005c5:	57                   	push   %edi
  8005c6:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8005c9:	83 c4 10             	add    $0x10,%esp
  8005cc:	83 ee 01             	sub    $0x1,%esi
  8005cf:	75 f0                	jne    8005c1 <vprintfmt+0x48e>
  8005d1:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8005d4:	85 db                	test   %ebx,%ebx
  8005d6:	0f 8e 60 fb ff ff    	jle    80013c <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8005dc:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8005df:	8b 75 08             	mov    0x8(%ebp),%esi
  8005e2:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8005e5:	83 eb 01             	sub    $0x1,%ebx
  8005e8:	83 ec 08             	sub    $0x8,%esp
  8005eb:	57                   	push   %edi
  8005ec:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8005f1:	50                   	push   %eax
  8005f2:	ff d6                	call   *%esi
	while (n > 0)
  8005f4:	83 c4 10             	add    $0x10,%esp
  8005f7:	85 db                	test   %ebx,%ebx
  8005f9:	7f ea                	jg     8005e5 <vprintfmt+0x4b2>
  8005fb:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8005fe:	85 f6                	test   %esi,%esi
  800600:	0f 8e 36 fb ff ff    	jle    80013c <vprintfmt+0x9>
  800606:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800609:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  80060c:	83 ec 08             	sub    $0x8,%esp
  80060f:	57                   	push   %edi
  800610:	6a 20                	push   $0x20
  800612:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800614:	83 c4 10             	add    $0x10,%esp
  800617:	83 ee 01             	sub    $0x1,%esi
  80061a:	75 f0                	jne    80060c <vprintfmt+0x4d9>
  80061c:	e9 1b fb ff ff       	jmp    80013c <vprintfmt+0x9>
	if (lflag >= 2)
  800621:	89 55 10             	mov    %edx,0x10(%ebp)
  800624:	83 fe 01             	cmp    $0x1,%esi
  800627:	7f 27                	jg     800650 <vprintfmt+0x51d>
	else if (lflag)
  800629:	85 f6                	test   %esi,%esi
  80062b:	74 44                	je     800671 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  80062d:	8b 45 14             	mov    0x14(%ebp),%eax
  800630:	8b 00                	mov    (%eax),%eax
  800632:	ba 00 00 00 00       	mov    $0x0,%edx
  800637:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80063a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80063d:	8b 45 14             	mov    0x14(%ebp),%eax
  800640:	8d 40 04             	lea    0x4(%eax),%eax
  800643:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800646:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  80064b:	e9 e6 fe ff ff       	jmp    800536 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800650:	8b 45 14             	mov    0x14(%ebp),%eax
  800653:	8b 50 04             	mov    0x4(%eax),%edx
  800656:	8b 00                	mov    (%eax),%eax
  800658:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80065b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80065e:	8b 45 14             	mov    0x14(%ebp),%eax
  800661:	8d 40 08             	lea    0x8(%eax),%eax
  800664:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800667:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  80066c:	e9 c5 fe ff ff       	jmp    800536 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800671:	8b 45 14             	mov    0x14(%ebp),%eax
  800674:	8b 00                	mov    (%eax),%eax
  800676:	ba 00 00 00 00       	mov    $0x0,%edx
  80067b:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80067e:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800681:	8b 45 14             	mov    0x14(%ebp),%eax
  800684:	8d 40 04             	lea    0x4(%eax),%eax
  800687:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80068a:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  80068f:	e9 a2 fe ff ff       	jmp    800536 <vprintfmt+0x403>
	while (n > 0)
  800694:	85 db                	test   %ebx,%ebx
  800696:	0f 8f 40 ff ff ff    	jg     8005dc <vprintfmt+0x4a9>
  80069c:	e9 5d ff ff ff       	jmp    8005fe <vprintfmt+0x4cb>
			putch(ch, putdat);
  8006a1:	89 55 10             	mov    %edx,0x10(%ebp)
  8006a4:	83 ec 08             	sub    $0x8,%esp
  8006a7:	ff 75 0c             	push   0xc(%ebp)
  8006aa:	6a 25                	push   $0x25
  8006ac:	ff 55 08             	call   *0x8(%ebp)
			break;
  8006af:	83 c4 10             	add    $0x10,%esp
  8006b2:	e9 85 fa ff ff       	jmp    80013c <vprintfmt+0x9>
			putch('%', putdat);
  8006b7:	83 ec 08             	sub    $0x8,%esp
  8006ba:	ff 75 0c             	push   0xc(%ebp)
  8006bd:	6a 25                	push   $0x25
  8006bf:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8006c2:	83 c4 10             	add    $0x10,%esp
  8006c5:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8006c9:	0f 84 d1 fa ff ff    	je     8001a0 <vprintfmt+0x6d>
  8006cf:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8006d2:	89 d8                	mov    %ebx,%eax
  8006d4:	83 e8 01             	sub    $0x1,%eax
  8006d7:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8006db:	75 f7                	jne    8006d4 <vprintfmt+0x5a1>
  8006dd:	89 45 10             	mov    %eax,0x10(%ebp)
  8006e0:	e9 57 fa ff ff       	jmp    80013c <vprintfmt+0x9>
	while (n > 0)
  8006e5:	85 db                	test   %ebx,%ebx
  8006e7:	0f 8f ef fe ff ff    	jg     8005dc <vprintfmt+0x4a9>
  8006ed:	e9 4a fa ff ff       	jmp    80013c <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8006f2:	8d 5e 01             	lea    0x1(%esi),%ebx
  8006f5:	0f be 06             	movsbl (%esi),%eax
  8006f8:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006fb:	85 c0                	test   %eax,%eax
  8006fd:	0f 85 55 fc ff ff    	jne    800358 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800703:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800706:	89 45 14             	mov    %eax,0x14(%ebp)
  800709:	e9 2e fa ff ff       	jmp    80013c <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  80070e:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800712:	74 0a                	je     80071e <vprintfmt+0x5eb>
  800714:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800718:	0f 8f bf fb ff ff    	jg     8002dd <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80071e:	b8 28 00 00 00       	mov    $0x28,%eax
  800723:	bb 53 12 80 00       	mov    $0x801253,%ebx
  800728:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80072b:	e9 28 fc ff ff       	jmp    800358 <vprintfmt+0x225>
}
  800730:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800733:	5b                   	pop    %ebx
  800734:	5e                   	pop    %esi
  800735:	5f                   	pop    %edi
  800736:	5d                   	pop    %ebp
  800737:	c3                   	ret

00800738 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800738:	55                   	push   %ebp
  800739:	89 e5                	mov    %esp,%ebp
  80073b:	83 ec 18             	sub    $0x18,%esp
  80073e:	8b 45 08             	mov    0x8(%ebp),%eax
  800741:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800744:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800747:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  80074b:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  80074e:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800755:	85 c0                	test   %eax,%eax
  800757:	74 26                	je     80077f <vsnprintf+0x47>
  800759:	85 d2                	test   %edx,%edx
  80075b:	7e 22                	jle    80077f <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  80075d:	ff 75 14             	push   0x14(%ebp)
  800760:	ff 75 10             	push   0x10(%ebp)
  800763:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800766:	50                   	push   %eax
  800767:	68 f9 00 80 00       	push   $0x8000f9
  80076c:	e8 c2 f9 ff ff       	call   800133 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800771:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800774:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800777:	8b 45 f4             	mov    -0xc(%ebp),%eax
  80077a:	83 c4 10             	add    $0x10,%esp
}
  80077d:	c9                   	leave
  80077e:	c3                   	ret
		return -E_INVAL;
  80077f:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800784:	eb f7                	jmp    80077d <vsnprintf+0x45>

00800786 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800786:	55                   	push   %ebp
  800787:	89 e5                	mov    %esp,%ebp
  800789:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  80078c:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  80078f:	50                   	push   %eax
  800790:	ff 75 08             	push   0x8(%ebp)
  800793:	e8 0f 0a 00 00       	call   8011a7 <vcprintf>
	va_end(ap);

	return cnt;
}
  800798:	c9                   	leave
  800799:	c3                   	ret

0080079a <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  80079a:	55                   	push   %ebp
  80079b:	89 e5                	mov    %esp,%ebp
  80079d:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  8007a0:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  8007a3:	50                   	push   %eax
  8007a4:	ff 75 10             	push   0x10(%ebp)
  8007a7:	ff 75 0c             	push   0xc(%ebp)
  8007aa:	ff 75 08             	push   0x8(%ebp)
  8007ad:	e8 86 ff ff ff       	call   800738 <vsnprintf>
	va_end(ap);

	return rc;
}
  8007b2:	c9                   	leave
  8007b3:	c3                   	ret

008007b4 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8007b4:	55                   	push   %ebp
  8007b5:	89 e5                	mov    %esp,%ebp
  8007b7:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8007ba:	80 3a 00             	cmpb   $0x0,(%edx)
  8007bd:	74 10                	je     8007cf <strlen+0x1b>
  8007bf:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  8007c4:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  8007c7:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  8007cb:	75 f7                	jne    8007c4 <strlen+0x10>
	return n;
}
  8007cd:	5d                   	pop    %ebp
  8007ce:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  8007cf:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  8007d4:	eb f7                	jmp    8007cd <strlen+0x19>

008007d6 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  8007d6:	55                   	push   %ebp
  8007d7:	89 e5                	mov    %esp,%ebp
  8007d9:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8007dc:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007df:	85 d2                	test   %edx,%edx
  8007e1:	74 16                	je     8007f9 <strnlen+0x23>
  8007e3:	b8 00 00 00 00       	mov    $0x0,%eax
  8007e8:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  8007ec:	74 09                	je     8007f7 <strnlen+0x21>
		n++;
  8007ee:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007f1:	39 d0                	cmp    %edx,%eax
  8007f3:	75 f3                	jne    8007e8 <strnlen+0x12>
		n++;
  8007f5:	89 d0                	mov    %edx,%eax
	return n;
}
  8007f7:	5d                   	pop    %ebp
  8007f8:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8007f9:	b8 00 00 00 00       	mov    $0x0,%eax
  8007fe:	eb f7                	jmp    8007f7 <strnlen+0x21>

00800800 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800800:	55                   	push   %ebp
  800801:	89 e5                	mov    %esp,%ebp
  800803:	53                   	push   %ebx
  800804:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800807:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  80080a:	b8 00 00 00 00       	mov    $0x0,%eax
  80080f:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800813:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800816:	83 c0 01             	add    $0x1,%eax
  800819:	84 d2                	test   %dl,%dl
  80081b:	75 f2                	jne    80080f <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  80081d:	89 c8                	mov    %ecx,%eax
  80081f:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800822:	c9                   	leave
  800823:	c3                   	ret

00800824 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800824:	55                   	push   %ebp
  800825:	89 e5                	mov    %esp,%ebp
  800827:	53                   	push   %ebx
  800828:	83 ec 10             	sub    $0x10,%esp
  80082b:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  80082e:	53                   	push   %ebx
  80082f:	e8 80 ff ff ff       	call   8007b4 <strlen>
  800834:	83 c4 08             	add    $0x8,%esp
  800837:	ff 75 0c             	push   0xc(%ebp)
  80083a:	01 d8                	add    %ebx,%eax
  80083c:	50                   	push   %eax
  80083d:	e8 be ff ff ff       	call   800800 <strcpy>
	return dst;
}
  800842:	89 d8                	mov    %ebx,%eax
  800844:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800847:	c9                   	leave
  800848:	c3                   	ret

00800849 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800849:	55                   	push   %ebp
  80084a:	89 e5                	mov    %esp,%ebp
  80084c:	56                   	push   %esi
  80084d:	53                   	push   %ebx
  80084e:	8b 75 08             	mov    0x8(%ebp),%esi
  800851:	8b 55 0c             	mov    0xc(%ebp),%edx
  800854:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800857:	85 db                	test   %ebx,%ebx
  800859:	74 17                	je     800872 <strncpy+0x29>
  80085b:	01 f3                	add    %esi,%ebx
  80085d:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  80085f:	83 c0 01             	add    $0x1,%eax
  800862:	0f b6 0a             	movzbl (%edx),%ecx
  800865:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800868:	80 f9 01             	cmp    $0x1,%cl
  80086b:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  80086e:	39 c3                	cmp    %eax,%ebx
  800870:	75 ed                	jne    80085f <strncpy+0x16>
	}
	return ret;
}
  800872:	89 f0                	mov    %esi,%eax
  800874:	5b                   	pop    %ebx
  800875:	5e                   	pop    %esi
  800876:	5d                   	pop    %ebp
  800877:	c3                   	ret

00800878 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800878:	55                   	push   %ebp
  800879:	89 e5                	mov    %esp,%ebp
  80087b:	56                   	push   %esi
  80087c:	53                   	push   %ebx
  80087d:	8b 75 08             	mov    0x8(%ebp),%esi
  800880:	8b 55 0c             	mov    0xc(%ebp),%edx
  800883:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800886:	89 f0                	mov    %esi,%eax
  800888:	85 db                	test   %ebx,%ebx
  80088a:	74 1e                	je     8008aa <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  80088c:	83 eb 01             	sub    $0x1,%ebx
  80088f:	74 16                	je     8008a7 <strlcpy+0x2f>
  800891:	01 f3                	add    %esi,%ebx
  800893:	0f b6 0a             	movzbl (%edx),%ecx
  800896:	84 c9                	test   %cl,%cl
  800898:	74 0d                	je     8008a7 <strlcpy+0x2f>
			*dst++ = *src++;
  80089a:	83 c2 01             	add    $0x1,%edx
  80089d:	83 c0 01             	add    $0x1,%eax
  8008a0:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  8008a3:	39 d8                	cmp    %ebx,%eax
  8008a5:	75 ec                	jne    800893 <strlcpy+0x1b>
		*dst = '\0';
  8008a7:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  8008aa:	29 f0                	sub    %esi,%eax
}
  8008ac:	5b                   	pop    %ebx
  8008ad:	5e                   	pop    %esi
  8008ae:	5d                   	pop    %ebp
  8008af:	c3                   	ret

008008b0 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  8008b0:	55                   	push   %ebp
  8008b1:	89 e5                	mov    %esp,%ebp
  8008b3:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008b6:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  8008b9:	0f b6 01             	movzbl (%ecx),%eax
  8008bc:	84 c0                	test   %al,%al
  8008be:	74 11                	je     8008d1 <strcmp+0x21>
  8008c0:	38 02                	cmp    %al,(%edx)
  8008c2:	75 0d                	jne    8008d1 <strcmp+0x21>
		p++, q++;
  8008c4:	83 c1 01             	add    $0x1,%ecx
  8008c7:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  8008ca:	0f b6 01             	movzbl (%ecx),%eax
  8008cd:	84 c0                	test   %al,%al
  8008cf:	75 ef                	jne    8008c0 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  8008d1:	0f b6 c0             	movzbl %al,%eax
  8008d4:	0f b6 12             	movzbl (%edx),%edx
  8008d7:	29 d0                	sub    %edx,%eax
}
  8008d9:	5d                   	pop    %ebp
  8008da:	c3                   	ret

008008db <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  8008db:	55                   	push   %ebp
  8008dc:	89 e5                	mov    %esp,%ebp
  8008de:	53                   	push   %ebx
  8008df:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008e2:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  8008e5:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  8008e8:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  8008ed:	85 d2                	test   %edx,%edx
  8008ef:	74 2e                	je     80091f <strncmp+0x44>
  8008f1:	0f b6 01             	movzbl (%ecx),%eax
  8008f4:	84 c0                	test   %al,%al
  8008f6:	74 16                	je     80090e <strncmp+0x33>
  8008f8:	3a 03                	cmp    (%ebx),%al
  8008fa:	75 12                	jne    80090e <strncmp+0x33>
		n--, p++, q++;
  8008fc:	83 c1 01             	add    $0x1,%ecx
  8008ff:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800902:	83 ea 01             	sub    $0x1,%edx
  800905:	75 ea                	jne    8008f1 <strncmp+0x16>
		return 0;
  800907:	b8 00 00 00 00       	mov    $0x0,%eax
  80090c:	eb 11                	jmp    80091f <strncmp+0x44>
  80090e:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800913:	85 d2                	test   %edx,%edx
  800915:	74 08                	je     80091f <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800917:	0f b6 01             	movzbl (%ecx),%eax
  80091a:	0f b6 13             	movzbl (%ebx),%edx
  80091d:	29 d0                	sub    %edx,%eax
}
  80091f:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800922:	c9                   	leave
  800923:	c3                   	ret

00800924 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800924:	55                   	push   %ebp
  800925:	89 e5                	mov    %esp,%ebp
  800927:	8b 45 08             	mov    0x8(%ebp),%eax
  80092a:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  80092e:	0f b6 10             	movzbl (%eax),%edx
  800931:	84 d2                	test   %dl,%dl
  800933:	74 15                	je     80094a <strchr+0x26>
		if (*s == c)
  800935:	38 d1                	cmp    %dl,%cl
  800937:	74 0f                	je     800948 <strchr+0x24>
	for (; *s; s++)
  800939:	83 c0 01             	add    $0x1,%eax
  80093c:	0f b6 10             	movzbl (%eax),%edx
  80093f:	84 d2                	test   %dl,%dl
  800941:	75 f2                	jne    800935 <strchr+0x11>
			return (char *) s;
	return 0;
  800943:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800948:	5d                   	pop    %ebp
  800949:	c3                   	ret
	return 0;
  80094a:	b8 00 00 00 00       	mov    $0x0,%eax
  80094f:	eb f7                	jmp    800948 <strchr+0x24>

00800951 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800951:	55                   	push   %ebp
  800952:	89 e5                	mov    %esp,%ebp
  800954:	53                   	push   %ebx
  800955:	8b 45 08             	mov    0x8(%ebp),%eax
  800958:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  80095b:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  80095e:	38 d3                	cmp    %dl,%bl
  800960:	74 14                	je     800976 <strfind+0x25>
  800962:	89 d1                	mov    %edx,%ecx
  800964:	84 db                	test   %bl,%bl
  800966:	74 0e                	je     800976 <strfind+0x25>
	for (; *s; s++)
  800968:	83 c0 01             	add    $0x1,%eax
  80096b:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  80096e:	38 ca                	cmp    %cl,%dl
  800970:	74 04                	je     800976 <strfind+0x25>
  800972:	84 d2                	test   %dl,%dl
  800974:	75 f2                	jne    800968 <strfind+0x17>
			break;
	return (char *) s;
}
  800976:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800979:	c9                   	leave
  80097a:	c3                   	ret

0080097b <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  80097b:	55                   	push   %ebp
  80097c:	89 e5                	mov    %esp,%ebp
  80097e:	53                   	push   %ebx
  80097f:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800982:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800985:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800988:	85 d2                	test   %edx,%edx
  80098a:	74 0e                	je     80099a <memset+0x1f>
  80098c:	01 da                	add    %ebx,%edx
	char *p = v;
  80098e:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800990:	83 c0 01             	add    $0x1,%eax
  800993:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800996:	39 c2                	cmp    %eax,%edx
  800998:	75 f6                	jne    800990 <memset+0x15>
	return v;
}
  80099a:	89 d8                	mov    %ebx,%eax
  80099c:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80099f:	c9                   	leave
  8009a0:	c3                   	ret

008009a1 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  8009a1:	55                   	push   %ebp
  8009a2:	89 e5                	mov    %esp,%ebp
  8009a4:	56                   	push   %esi
  8009a5:	53                   	push   %ebx
  8009a6:	8b 75 08             	mov    0x8(%ebp),%esi
  8009a9:	8b 45 0c             	mov    0xc(%ebp),%eax
  8009ac:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  8009af:	39 f0                	cmp    %esi,%eax
  8009b1:	72 20                	jb     8009d3 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  8009b3:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  8009b6:	89 f2                	mov    %esi,%edx
  8009b8:	85 c9                	test   %ecx,%ecx
  8009ba:	74 11                	je     8009cd <memmove+0x2c>
			*d++ = *s++;
  8009bc:	83 c0 01             	add    $0x1,%eax
  8009bf:	83 c2 01             	add    $0x1,%edx
  8009c2:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  8009c6:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  8009c9:	39 d8                	cmp    %ebx,%eax
  8009cb:	75 ef                	jne    8009bc <memmove+0x1b>
	return dst;
}
  8009cd:	89 f0                	mov    %esi,%eax
  8009cf:	5b                   	pop    %ebx
  8009d0:	5e                   	pop    %esi
  8009d1:	5d                   	pop    %ebp
  8009d2:	c3                   	ret
	if (s < d && s + n > d) {
  8009d3:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  8009d6:	39 d6                	cmp    %edx,%esi
  8009d8:	73 d9                	jae    8009b3 <memmove+0x12>
		while (n-- > 0)
  8009da:	8d 51 ff             	lea    -0x1(%ecx),%edx
  8009dd:	85 c9                	test   %ecx,%ecx
  8009df:	74 ec                	je     8009cd <memmove+0x2c>
			*--d = *--s;
  8009e1:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  8009e5:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  8009e8:	83 ea 01             	sub    $0x1,%edx
  8009eb:	83 fa ff             	cmp    $0xffffffff,%edx
  8009ee:	75 f1                	jne    8009e1 <memmove+0x40>
  8009f0:	eb db                	jmp    8009cd <memmove+0x2c>

008009f2 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  8009f2:	55                   	push   %ebp
  8009f3:	89 e5                	mov    %esp,%ebp
  8009f5:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  8009f8:	ff 75 10             	push   0x10(%ebp)
  8009fb:	ff 75 0c             	push   0xc(%ebp)
  8009fe:	ff 75 08             	push   0x8(%ebp)
  800a01:	e8 9b ff ff ff       	call   8009a1 <memmove>
}
  800a06:	c9                   	leave
  800a07:	c3                   	ret

00800a08 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800a08:	55                   	push   %ebp
  800a09:	89 e5                	mov    %esp,%ebp
  800a0b:	56                   	push   %esi
  800a0c:	53                   	push   %ebx
  800a0d:	8b 45 08             	mov    0x8(%ebp),%eax
  800a10:	8b 55 0c             	mov    0xc(%ebp),%edx
  800a13:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800a16:	85 f6                	test   %esi,%esi
  800a18:	74 29                	je     800a43 <memcmp+0x3b>
  800a1a:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800a1c:	0f b6 08             	movzbl (%eax),%ecx
  800a1f:	0f b6 1a             	movzbl (%edx),%ebx
  800a22:	38 d9                	cmp    %bl,%cl
  800a24:	75 11                	jne    800a37 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800a26:	83 c0 01             	add    $0x1,%eax
  800a29:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800a2c:	39 c6                	cmp    %eax,%esi
  800a2e:	75 ec                	jne    800a1c <memcmp+0x14>
	}
	return 0;
  800a30:	b8 00 00 00 00       	mov    $0x0,%eax
  800a35:	eb 08                	jmp    800a3f <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800a37:	0f b6 c1             	movzbl %cl,%eax
  800a3a:	0f b6 db             	movzbl %bl,%ebx
  800a3d:	29 d8                	sub    %ebx,%eax
}
  800a3f:	5b                   	pop    %ebx
  800a40:	5e                   	pop    %esi
  800a41:	5d                   	pop    %ebp
  800a42:	c3                   	ret
	return 0;
  800a43:	b8 00 00 00 00       	mov    $0x0,%eax
  800a48:	eb f5                	jmp    800a3f <memcmp+0x37>

00800a4a <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800a4a:	55                   	push   %ebp
  800a4b:	89 e5                	mov    %esp,%ebp
  800a4d:	8b 45 08             	mov    0x8(%ebp),%eax
  800a50:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800a53:	89 c2                	mov    %eax,%edx
  800a55:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800a58:	39 d0                	cmp    %edx,%eax
  800a5a:	73 0d                	jae    800a69 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800a5c:	38 08                	cmp    %cl,(%eax)
  800a5e:	74 0d                	je     800a6d <memfind+0x23>
	for (; s < ends; s++)
  800a60:	83 c0 01             	add    $0x1,%eax
  800a63:	39 c2                	cmp    %eax,%edx
  800a65:	75 f5                	jne    800a5c <memfind+0x12>
  800a67:	eb 06                	jmp    800a6f <memfind+0x25>
  800a69:	89 c2                	mov    %eax,%edx
  800a6b:	eb 02                	jmp    800a6f <memfind+0x25>
  800a6d:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800a6f:	89 d0                	mov    %edx,%eax
  800a71:	5d                   	pop    %ebp
  800a72:	c3                   	ret

00800a73 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800a73:	55                   	push   %ebp
  800a74:	89 e5                	mov    %esp,%ebp
  800a76:	57                   	push   %edi
  800a77:	56                   	push   %esi
  800a78:	53                   	push   %ebx
  800a79:	8b 55 08             	mov    0x8(%ebp),%edx
  800a7c:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800a7f:	0f b6 02             	movzbl (%edx),%eax
  800a82:	3c 20                	cmp    $0x20,%al
  800a84:	74 04                	je     800a8a <strtol+0x17>
  800a86:	3c 09                	cmp    $0x9,%al
  800a88:	75 0e                	jne    800a98 <strtol+0x25>
		s++;
  800a8a:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800a8d:	0f b6 02             	movzbl (%edx),%eax
  800a90:	3c 20                	cmp    $0x20,%al
  800a92:	74 f6                	je     800a8a <strtol+0x17>
  800a94:	3c 09                	cmp    $0x9,%al
  800a96:	74 f2                	je     800a8a <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800a98:	3c 2b                	cmp    $0x2b,%al
  800a9a:	74 2a                	je     800ac6 <strtol+0x53>
	int neg = 0;
  800a9c:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800aa1:	3c 2d                	cmp    $0x2d,%al
  800aa3:	74 2b                	je     800ad0 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800aa5:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800aab:	75 0f                	jne    800abc <strtol+0x49>
  800aad:	80 3a 30             	cmpb   $0x30,(%edx)
  800ab0:	74 28                	je     800ada <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800ab2:	85 db                	test   %ebx,%ebx
  800ab4:	b8 0a 00 00 00       	mov    $0xa,%eax
  800ab9:	0f 44 d8             	cmove  %eax,%ebx
  800abc:	b9 00 00 00 00       	mov    $0x0,%ecx
  800ac1:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ac4:	eb 46                	jmp    800b0c <strtol+0x99>
		s++;
  800ac6:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800ac9:	bf 00 00 00 00       	mov    $0x0,%edi
  800ace:	eb d5                	jmp    800aa5 <strtol+0x32>
		s++, neg = 1;
  800ad0:	83 c2 01             	add    $0x1,%edx
  800ad3:	bf 01 00 00 00       	mov    $0x1,%edi
  800ad8:	eb cb                	jmp    800aa5 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800ada:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800ade:	74 0e                	je     800aee <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800ae0:	85 db                	test   %ebx,%ebx
  800ae2:	75 d8                	jne    800abc <strtol+0x49>
		s++, base = 8;
  800ae4:	83 c2 01             	add    $0x1,%edx
  800ae7:	bb 08 00 00 00       	mov    $0x8,%ebx
  800aec:	eb ce                	jmp    800abc <strtol+0x49>
		s += 2, base = 16;
  800aee:	83 c2 02             	add    $0x2,%edx
  800af1:	bb 10 00 00 00       	mov    $0x10,%ebx
  800af6:	eb c4                	jmp    800abc <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800af8:	0f be c0             	movsbl %al,%eax
  800afb:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800afe:	3b 45 10             	cmp    0x10(%ebp),%eax
  800b01:	7d 3a                	jge    800b3d <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800b03:	83 c2 01             	add    $0x1,%edx
  800b06:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800b0a:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800b0c:	0f b6 02             	movzbl (%edx),%eax
  800b0f:	8d 70 d0             	lea    -0x30(%eax),%esi
  800b12:	89 f3                	mov    %esi,%ebx
  800b14:	80 fb 09             	cmp    $0x9,%bl
  800b17:	76 df                	jbe    800af8 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800b19:	8d 70 9f             	lea    -0x61(%eax),%esi
  800b1c:	89 f3                	mov    %esi,%ebx
  800b1e:	80 fb 19             	cmp    $0x19,%bl
  800b21:	77 08                	ja     800b2b <strtol+0xb8>
			dig = *s - 'a' + 10;
  800b23:	0f be c0             	movsbl %al,%eax
  800b26:	83 e8 57             	sub    $0x57,%eax
  800b29:	eb d3                	jmp    800afe <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800b2b:	8d 70 bf             	lea    -0x41(%eax),%esi
  800b2e:	89 f3                	mov    %esi,%ebx
  800b30:	80 fb 19             	cmp    $0x19,%bl
  800b33:	77 08                	ja     800b3d <strtol+0xca>
			dig = *s - 'A' + 10;
  800b35:	0f be c0             	movsbl %al,%eax
  800b38:	83 e8 37             	sub    $0x37,%eax
  800b3b:	eb c1                	jmp    800afe <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800b3d:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800b41:	74 05                	je     800b48 <strtol+0xd5>
		*endptr = (char *) s;
  800b43:	8b 45 0c             	mov    0xc(%ebp),%eax
  800b46:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800b48:	89 c8                	mov    %ecx,%eax
  800b4a:	f7 d8                	neg    %eax
  800b4c:	85 ff                	test   %edi,%edi
  800b4e:	0f 45 c8             	cmovne %eax,%ecx
}
  800b51:	89 c8                	mov    %ecx,%eax
  800b53:	5b                   	pop    %ebx
  800b54:	5e                   	pop    %esi
  800b55:	5f                   	pop    %edi
  800b56:	5d                   	pop    %ebp
  800b57:	c3                   	ret

00800b58 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800b58:	55                   	push   %ebp
  800b59:	89 e5                	mov    %esp,%ebp
  800b5b:	57                   	push   %edi
  800b5c:	56                   	push   %esi
  800b5d:	53                   	push   %ebx
  800b5e:	83 ec 24             	sub    $0x24,%esp
  800b61:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800b64:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800b67:	8b 45 08             	mov    0x8(%ebp),%eax
  800b6a:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b6d:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800b70:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800b73:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800b76:	89 d1                	mov    %edx,%ecx
  800b78:	09 c1                	or     %eax,%ecx
  800b7a:	74 2f                	je     800bab <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800b7c:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800b7f:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800b82:	89 d0                	mov    %edx,%eax
  800b84:	83 c8 00             	or     $0x0,%eax
  800b87:	74 48                	je     800bd1 <udivmod64+0x79>
  800b89:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800b8e:	be 00 00 00 00       	mov    $0x0,%esi
  800b93:	bf 00 00 00 00       	mov    $0x0,%edi
  800b98:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800b9f:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800ba6:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ba9:	eb 5f                	jmp    800c0a <udivmod64+0xb2>
		return ~0ULL;
  800bab:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800bb2:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800bb9:	85 db                	test   %ebx,%ebx
  800bbb:	0f 84 b7 00 00 00    	je     800c78 <udivmod64+0x120>
			*rem = n;
  800bc1:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800bc4:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800bc7:	89 03                	mov    %eax,(%ebx)
  800bc9:	89 53 04             	mov    %edx,0x4(%ebx)
  800bcc:	e9 a7 00 00 00       	jmp    800c78 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800bd1:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800bd4:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800bd7:	85 db                	test   %ebx,%ebx
  800bd9:	74 12                	je     800bed <udivmod64+0x95>
			*rem = n32 % d32;
  800bdb:	89 c8                	mov    %ecx,%eax
  800bdd:	ba 00 00 00 00       	mov    $0x0,%edx
  800be2:	f7 f6                	div    %esi
  800be4:	89 13                	mov    %edx,(%ebx)
  800be6:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800bed:	89 c8                	mov    %ecx,%eax
  800bef:	ba 00 00 00 00       	mov    $0x0,%edx
  800bf4:	f7 f6                	div    %esi
  800bf6:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800bf9:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800c00:	eb 76                	jmp    800c78 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800c02:	83 e9 01             	sub    $0x1,%ecx
  800c05:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800c08:	74 62                	je     800c6c <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800c0a:	89 f0                	mov    %esi,%eax
  800c0c:	89 fa                	mov    %edi,%edx
  800c0e:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800c12:	01 c0                	add    %eax,%eax
  800c14:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800c17:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800c1a:	0f ad fe             	shrd   %cl,%edi,%esi
  800c1d:	d3 ef                	shr    %cl,%edi
  800c1f:	f6 c1 20             	test   $0x20,%cl
  800c22:	74 04                	je     800c28 <udivmod64+0xd0>
  800c24:	89 fe                	mov    %edi,%esi
  800c26:	31 ff                	xor    %edi,%edi
  800c28:	89 f7                	mov    %esi,%edi
  800c2a:	83 e7 01             	and    $0x1,%edi
  800c2d:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800c30:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800c37:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800c3a:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800c3d:	09 c6                	or     %eax,%esi
  800c3f:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800c41:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800c44:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800c47:	39 c6                	cmp    %eax,%esi
  800c49:	89 fb                	mov    %edi,%ebx
  800c4b:	19 d3                	sbb    %edx,%ebx
  800c4d:	72 b3                	jb     800c02 <udivmod64+0xaa>
			r -= d;
  800c4f:	29 c6                	sub    %eax,%esi
  800c51:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800c53:	31 c0                	xor    %eax,%eax
  800c55:	31 d2                	xor    %edx,%edx
  800c57:	f6 c1 20             	test   $0x20,%cl
  800c5a:	0f 94 c0             	sete   %al
  800c5d:	0f 95 c2             	setne  %dl
  800c60:	d3 e0                	shl    %cl,%eax
  800c62:	d3 e2                	shl    %cl,%edx
  800c64:	09 45 d0             	or     %eax,-0x30(%ebp)
  800c67:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800c6a:	eb 96                	jmp    800c02 <udivmod64+0xaa>
		}
	}
	if (rem)
  800c6c:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800c6f:	85 db                	test   %ebx,%ebx
  800c71:	74 05                	je     800c78 <udivmod64+0x120>
		*rem = r;
  800c73:	89 33                	mov    %esi,(%ebx)
  800c75:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800c78:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800c7b:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800c7e:	83 c4 24             	add    $0x24,%esp
  800c81:	5b                   	pop    %ebx
  800c82:	5e                   	pop    %esi
  800c83:	5f                   	pop    %edi
  800c84:	5d                   	pop    %ebp
  800c85:	c3                   	ret

00800c86 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800c86:	55                   	push   %ebp
  800c87:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800c89:	83 ec 04             	sub    $0x4,%esp
  800c8c:	6a 00                	push   $0x0
  800c8e:	ff 75 14             	push   0x14(%ebp)
  800c91:	ff 75 10             	push   0x10(%ebp)
  800c94:	8b 45 08             	mov    0x8(%ebp),%eax
  800c97:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c9a:	e8 b9 fe ff ff       	call   800b58 <udivmod64>
}
  800c9f:	c9                   	leave
  800ca0:	c3                   	ret

00800ca1 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800ca1:	55                   	push   %ebp
  800ca2:	89 e5                	mov    %esp,%ebp
  800ca4:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800ca7:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800caa:	50                   	push   %eax
  800cab:	ff 75 14             	push   0x14(%ebp)
  800cae:	ff 75 10             	push   0x10(%ebp)
  800cb1:	8b 45 08             	mov    0x8(%ebp),%eax
  800cb4:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cb7:	e8 9c fe ff ff       	call   800b58 <udivmod64>
	return r;
}
  800cbc:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800cbf:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800cc2:	c9                   	leave
  800cc3:	c3                   	ret

00800cc4 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800cc4:	55                   	push   %ebp
  800cc5:	89 e5                	mov    %esp,%ebp
  800cc7:	57                   	push   %edi
  800cc8:	56                   	push   %esi
  800cc9:	53                   	push   %ebx
  800cca:	83 ec 0c             	sub    $0xc,%esp
  800ccd:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800cd0:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800cd3:	8b 45 10             	mov    0x10(%ebp),%eax
  800cd6:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800cd9:	89 ce                	mov    %ecx,%esi
  800cdb:	89 df                	mov    %ebx,%edi
  800cdd:	31 c6                	xor    %eax,%esi
  800cdf:	31 d7                	xor    %edx,%edi
  800ce1:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800ce4:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800ce7:	89 c6                	mov    %eax,%esi
  800ce9:	89 d7                	mov    %edx,%edi
  800ceb:	85 d2                	test   %edx,%edx
  800ced:	78 25                	js     800d14 <__divdi3+0x50>
  800cef:	89 c8                	mov    %ecx,%eax
  800cf1:	89 da                	mov    %ebx,%edx
  800cf3:	85 db                	test   %ebx,%ebx
  800cf5:	78 2a                	js     800d21 <__divdi3+0x5d>
  800cf7:	83 ec 04             	sub    $0x4,%esp
  800cfa:	6a 00                	push   $0x0
  800cfc:	57                   	push   %edi
  800cfd:	56                   	push   %esi
  800cfe:	e8 55 fe ff ff       	call   800b58 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800d03:	83 c4 10             	add    $0x10,%esp
  800d06:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800d0a:	78 1e                	js     800d2a <__divdi3+0x66>
}
  800d0c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d0f:	5b                   	pop    %ebx
  800d10:	5e                   	pop    %esi
  800d11:	5f                   	pop    %edi
  800d12:	5d                   	pop    %ebp
  800d13:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d14:	f7 d8                	neg    %eax
  800d16:	83 d2 00             	adc    $0x0,%edx
  800d19:	f7 da                	neg    %edx
  800d1b:	89 c6                	mov    %eax,%esi
  800d1d:	89 d7                	mov    %edx,%edi
  800d1f:	eb ce                	jmp    800cef <__divdi3+0x2b>
  800d21:	f7 d8                	neg    %eax
  800d23:	83 d2 00             	adc    $0x0,%edx
  800d26:	f7 da                	neg    %edx
  800d28:	eb cd                	jmp    800cf7 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800d2a:	f7 d8                	neg    %eax
  800d2c:	83 d2 00             	adc    $0x0,%edx
  800d2f:	f7 da                	neg    %edx
  800d31:	eb d9                	jmp    800d0c <__divdi3+0x48>

00800d33 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800d33:	55                   	push   %ebp
  800d34:	89 e5                	mov    %esp,%ebp
  800d36:	57                   	push   %edi
  800d37:	56                   	push   %esi
  800d38:	53                   	push   %ebx
  800d39:	83 ec 14             	sub    $0x14,%esp
  800d3c:	8b 45 08             	mov    0x8(%ebp),%eax
  800d3f:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d42:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800d45:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d48:	89 ce                	mov    %ecx,%esi
  800d4a:	89 df                	mov    %ebx,%edi
  800d4c:	85 db                	test   %ebx,%ebx
  800d4e:	78 23                	js     800d73 <__moddi3+0x40>
  800d50:	85 d2                	test   %edx,%edx
  800d52:	78 28                	js     800d7c <__moddi3+0x49>
  800d54:	83 ec 04             	sub    $0x4,%esp
  800d57:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d5a:	51                   	push   %ecx
  800d5b:	57                   	push   %edi
  800d5c:	56                   	push   %esi
  800d5d:	e8 f6 fd ff ff       	call   800b58 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800d62:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800d65:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800d68:	83 c4 10             	add    $0x10,%esp
}
  800d6b:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d6e:	5b                   	pop    %ebx
  800d6f:	5e                   	pop    %esi
  800d70:	5f                   	pop    %edi
  800d71:	5d                   	pop    %ebp
  800d72:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d73:	f7 de                	neg    %esi
  800d75:	83 d7 00             	adc    $0x0,%edi
  800d78:	f7 df                	neg    %edi
  800d7a:	eb d4                	jmp    800d50 <__moddi3+0x1d>
  800d7c:	f7 d8                	neg    %eax
  800d7e:	83 d2 00             	adc    $0x0,%edx
  800d81:	f7 da                	neg    %edx
  800d83:	83 ec 04             	sub    $0x4,%esp
  800d86:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d89:	51                   	push   %ecx
  800d8a:	57                   	push   %edi
  800d8b:	56                   	push   %esi
  800d8c:	e8 c7 fd ff ff       	call   800b58 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800d91:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800d94:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800d97:	f7 d8                	neg    %eax
  800d99:	83 d2 00             	adc    $0x0,%edx
  800d9c:	f7 da                	neg    %edx
  800d9e:	83 c4 10             	add    $0x10,%esp
  800da1:	eb c8                	jmp    800d6b <__moddi3+0x38>

00800da3 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800da3:	55                   	push   %ebp
  800da4:	89 e5                	mov    %esp,%ebp
  800da6:	57                   	push   %edi
  800da7:	56                   	push   %esi
  800da8:	53                   	push   %ebx
	asm volatile("int %1\n"
  800da9:	b8 00 00 00 00       	mov    $0x0,%eax
  800dae:	8b 55 08             	mov    0x8(%ebp),%edx
  800db1:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800db4:	89 c3                	mov    %eax,%ebx
  800db6:	89 c7                	mov    %eax,%edi
  800db8:	89 c6                	mov    %eax,%esi
  800dba:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800dbc:	5b                   	pop    %ebx
  800dbd:	5e                   	pop    %esi
  800dbe:	5f                   	pop    %edi
  800dbf:	5d                   	pop    %ebp
  800dc0:	c3                   	ret

00800dc1 <sys_cgetc>:

int
sys_cgetc(void)
{
  800dc1:	55                   	push   %ebp
  800dc2:	89 e5                	mov    %esp,%ebp
  800dc4:	57                   	push   %edi
  800dc5:	56                   	push   %esi
  800dc6:	53                   	push   %ebx
	asm volatile("int %1\n"
  800dc7:	ba 00 00 00 00       	mov    $0x0,%edx
  800dcc:	b8 01 00 00 00       	mov    $0x1,%eax
  800dd1:	89 d1                	mov    %edx,%ecx
  800dd3:	89 d3                	mov    %edx,%ebx
  800dd5:	89 d7                	mov    %edx,%edi
  800dd7:	89 d6                	mov    %edx,%esi
  800dd9:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800ddb:	5b                   	pop    %ebx
  800ddc:	5e                   	pop    %esi
  800ddd:	5f                   	pop    %edi
  800dde:	5d                   	pop    %ebp
  800ddf:	c3                   	ret

00800de0 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800de0:	55                   	push   %ebp
  800de1:	89 e5                	mov    %esp,%ebp
  800de3:	57                   	push   %edi
  800de4:	56                   	push   %esi
  800de5:	53                   	push   %ebx
  800de6:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800de9:	b9 00 00 00 00       	mov    $0x0,%ecx
  800dee:	8b 55 08             	mov    0x8(%ebp),%edx
  800df1:	b8 03 00 00 00       	mov    $0x3,%eax
  800df6:	89 cb                	mov    %ecx,%ebx
  800df8:	89 cf                	mov    %ecx,%edi
  800dfa:	89 ce                	mov    %ecx,%esi
  800dfc:	cd 30                	int    $0x30
	if (check && ret > 0)
  800dfe:	85 c0                	test   %eax,%eax
  800e00:	7f 08                	jg     800e0a <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800e02:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e05:	5b                   	pop    %ebx
  800e06:	5e                   	pop    %esi
  800e07:	5f                   	pop    %edi
  800e08:	5d                   	pop    %ebp
  800e09:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e0a:	83 ec 0c             	sub    $0xc,%esp
  800e0d:	50                   	push   %eax
  800e0e:	6a 03                	push   $0x3
  800e10:	68 a4 14 80 00       	push   $0x8014a4
  800e15:	6a 1f                	push   $0x1f
  800e17:	68 c1 14 80 00       	push   $0x8014c1
  800e1c:	e8 fc 02 00 00       	call   80111d <_panic>

00800e21 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800e21:	55                   	push   %ebp
  800e22:	89 e5                	mov    %esp,%ebp
  800e24:	57                   	push   %edi
  800e25:	56                   	push   %esi
  800e26:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e27:	ba 00 00 00 00       	mov    $0x0,%edx
  800e2c:	b8 02 00 00 00       	mov    $0x2,%eax
  800e31:	89 d1                	mov    %edx,%ecx
  800e33:	89 d3                	mov    %edx,%ebx
  800e35:	89 d7                	mov    %edx,%edi
  800e37:	89 d6                	mov    %edx,%esi
  800e39:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800e3b:	5b                   	pop    %ebx
  800e3c:	5e                   	pop    %esi
  800e3d:	5f                   	pop    %edi
  800e3e:	5d                   	pop    %ebp
  800e3f:	c3                   	ret

00800e40 <sys_yield>:

void
sys_yield(void)
{
  800e40:	55                   	push   %ebp
  800e41:	89 e5                	mov    %esp,%ebp
  800e43:	57                   	push   %edi
  800e44:	56                   	push   %esi
  800e45:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e46:	ba 00 00 00 00       	mov    $0x0,%edx
  800e4b:	b8 0a 00 00 00       	mov    $0xa,%eax
  800e50:	89 d1                	mov    %edx,%ecx
  800e52:	89 d3                	mov    %edx,%ebx
  800e54:	89 d7                	mov    %edx,%edi
  800e56:	89 d6                	mov    %edx,%esi
  800e58:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800e5a:	5b                   	pop    %ebx
  800e5b:	5e                   	pop    %esi
  800e5c:	5f                   	pop    %edi
  800e5d:	5d                   	pop    %ebp
  800e5e:	c3                   	ret

00800e5f <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800e5f:	55                   	push   %ebp
  800e60:	89 e5                	mov    %esp,%ebp
  800e62:	57                   	push   %edi
  800e63:	56                   	push   %esi
  800e64:	53                   	push   %ebx
  800e65:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e68:	be 00 00 00 00       	mov    $0x0,%esi
  800e6d:	8b 55 08             	mov    0x8(%ebp),%edx
  800e70:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e73:	b8 04 00 00 00       	mov    $0x4,%eax
  800e78:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800e7b:	89 f7                	mov    %esi,%edi
  800e7d:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e7f:	85 c0                	test   %eax,%eax
  800e81:	7f 08                	jg     800e8b <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800e83:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e86:	5b                   	pop    %ebx
  800e87:	5e                   	pop    %esi
  800e88:	5f                   	pop    %edi
  800e89:	5d                   	pop    %ebp
  800e8a:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e8b:	83 ec 0c             	sub    $0xc,%esp
  800e8e:	50                   	push   %eax
  800e8f:	6a 04                	push   $0x4
  800e91:	68 a4 14 80 00       	push   $0x8014a4
  800e96:	6a 1f                	push   $0x1f
  800e98:	68 c1 14 80 00       	push   $0x8014c1
  800e9d:	e8 7b 02 00 00       	call   80111d <_panic>

00800ea2 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800ea2:	55                   	push   %ebp
  800ea3:	89 e5                	mov    %esp,%ebp
  800ea5:	57                   	push   %edi
  800ea6:	56                   	push   %esi
  800ea7:	53                   	push   %ebx
  800ea8:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800eab:	8b 55 08             	mov    0x8(%ebp),%edx
  800eae:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800eb1:	b8 05 00 00 00       	mov    $0x5,%eax
  800eb6:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800eb9:	8b 7d 14             	mov    0x14(%ebp),%edi
  800ebc:	8b 75 18             	mov    0x18(%ebp),%esi
  800ebf:	cd 30                	int    $0x30
	if (check && ret > 0)
  800ec1:	85 c0                	test   %eax,%eax
  800ec3:	7f 08                	jg     800ecd <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800ec5:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ec8:	5b                   	pop    %ebx
  800ec9:	5e                   	pop    %esi
  800eca:	5f                   	pop    %edi
  800ecb:	5d                   	pop    %ebp
  800ecc:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ecd:	83 ec 0c             	sub    $0xc,%esp
  800ed0:	50                   	push   %eax
  800ed1:	6a 05                	push   $0x5
  800ed3:	68 a4 14 80 00       	push   $0x8014a4
  800ed8:	6a 1f                	push   $0x1f
  800eda:	68 c1 14 80 00       	push   $0x8014c1
  800edf:	e8 39 02 00 00       	call   80111d <_panic>

00800ee4 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800ee4:	55                   	push   %ebp
  800ee5:	89 e5                	mov    %esp,%ebp
  800ee7:	57                   	push   %edi
  800ee8:	56                   	push   %esi
  800ee9:	53                   	push   %ebx
  800eea:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800eed:	bb 00 00 00 00       	mov    $0x0,%ebx
  800ef2:	8b 55 08             	mov    0x8(%ebp),%edx
  800ef5:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ef8:	b8 06 00 00 00       	mov    $0x6,%eax
  800efd:	89 df                	mov    %ebx,%edi
  800eff:	89 de                	mov    %ebx,%esi
  800f01:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f03:	85 c0                	test   %eax,%eax
  800f05:	7f 08                	jg     800f0f <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800f07:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f0a:	5b                   	pop    %ebx
  800f0b:	5e                   	pop    %esi
  800f0c:	5f                   	pop    %edi
  800f0d:	5d                   	pop    %ebp
  800f0e:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f0f:	83 ec 0c             	sub    $0xc,%esp
  800f12:	50                   	push   %eax
  800f13:	6a 06                	push   $0x6
  800f15:	68 a4 14 80 00       	push   $0x8014a4
  800f1a:	6a 1f                	push   $0x1f
  800f1c:	68 c1 14 80 00       	push   $0x8014c1
  800f21:	e8 f7 01 00 00       	call   80111d <_panic>

00800f26 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800f26:	55                   	push   %ebp
  800f27:	89 e5                	mov    %esp,%ebp
  800f29:	57                   	push   %edi
  800f2a:	56                   	push   %esi
  800f2b:	53                   	push   %ebx
  800f2c:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f2f:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f34:	8b 55 08             	mov    0x8(%ebp),%edx
  800f37:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f3a:	b8 08 00 00 00       	mov    $0x8,%eax
  800f3f:	89 df                	mov    %ebx,%edi
  800f41:	89 de                	mov    %ebx,%esi
  800f43:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f45:	85 c0                	test   %eax,%eax
  800f47:	7f 08                	jg     800f51 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800f49:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f4c:	5b                   	pop    %ebx
  800f4d:	5e                   	pop    %esi
  800f4e:	5f                   	pop    %edi
  800f4f:	5d                   	pop    %ebp
  800f50:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f51:	83 ec 0c             	sub    $0xc,%esp
  800f54:	50                   	push   %eax
  800f55:	6a 08                	push   $0x8
  800f57:	68 a4 14 80 00       	push   $0x8014a4
  800f5c:	6a 1f                	push   $0x1f
  800f5e:	68 c1 14 80 00       	push   $0x8014c1
  800f63:	e8 b5 01 00 00       	call   80111d <_panic>

00800f68 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800f68:	55                   	push   %ebp
  800f69:	89 e5                	mov    %esp,%ebp
  800f6b:	57                   	push   %edi
  800f6c:	56                   	push   %esi
  800f6d:	53                   	push   %ebx
  800f6e:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f71:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f76:	8b 55 08             	mov    0x8(%ebp),%edx
  800f79:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f7c:	b8 09 00 00 00       	mov    $0x9,%eax
  800f81:	89 df                	mov    %ebx,%edi
  800f83:	89 de                	mov    %ebx,%esi
  800f85:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f87:	85 c0                	test   %eax,%eax
  800f89:	7f 08                	jg     800f93 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800f8b:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f8e:	5b                   	pop    %ebx
  800f8f:	5e                   	pop    %esi
  800f90:	5f                   	pop    %edi
  800f91:	5d                   	pop    %ebp
  800f92:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f93:	83 ec 0c             	sub    $0xc,%esp
  800f96:	50                   	push   %eax
  800f97:	6a 09                	push   $0x9
  800f99:	68 a4 14 80 00       	push   $0x8014a4
  800f9e:	6a 1f                	push   $0x1f
  800fa0:	68 c1 14 80 00       	push   $0x8014c1
  800fa5:	e8 73 01 00 00       	call   80111d <_panic>

00800faa <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  800faa:	55                   	push   %ebp
  800fab:	89 e5                	mov    %esp,%ebp
  800fad:	57                   	push   %edi
  800fae:	56                   	push   %esi
  800faf:	53                   	push   %ebx
	asm volatile("int %1\n"
  800fb0:	8b 55 08             	mov    0x8(%ebp),%edx
  800fb3:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fb6:	b8 0b 00 00 00       	mov    $0xb,%eax
  800fbb:	be 00 00 00 00       	mov    $0x0,%esi
  800fc0:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fc3:	8b 7d 14             	mov    0x14(%ebp),%edi
  800fc6:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  800fc8:	5b                   	pop    %ebx
  800fc9:	5e                   	pop    %esi
  800fca:	5f                   	pop    %edi
  800fcb:	5d                   	pop    %ebp
  800fcc:	c3                   	ret

00800fcd <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  800fcd:	55                   	push   %ebp
  800fce:	89 e5                	mov    %esp,%ebp
  800fd0:	57                   	push   %edi
  800fd1:	56                   	push   %esi
  800fd2:	53                   	push   %ebx
  800fd3:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fd6:	b9 00 00 00 00       	mov    $0x0,%ecx
  800fdb:	8b 55 08             	mov    0x8(%ebp),%edx
  800fde:	b8 0c 00 00 00       	mov    $0xc,%eax
  800fe3:	89 cb                	mov    %ecx,%ebx
  800fe5:	89 cf                	mov    %ecx,%edi
  800fe7:	89 ce                	mov    %ecx,%esi
  800fe9:	cd 30                	int    $0x30
	if (check && ret > 0)
  800feb:	85 c0                	test   %eax,%eax
  800fed:	7f 08                	jg     800ff7 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  800fef:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ff2:	5b                   	pop    %ebx
  800ff3:	5e                   	pop    %esi
  800ff4:	5f                   	pop    %edi
  800ff5:	5d                   	pop    %ebp
  800ff6:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ff7:	83 ec 0c             	sub    $0xc,%esp
  800ffa:	50                   	push   %eax
  800ffb:	6a 0c                	push   $0xc
  800ffd:	68 a4 14 80 00       	push   $0x8014a4
  801002:	6a 1f                	push   $0x1f
  801004:	68 c1 14 80 00       	push   $0x8014c1
  801009:	e8 0f 01 00 00       	call   80111d <_panic>

0080100e <ipc_recv>:
// If 'perm_store' is nonnull, the sent page's permission is stored there
// (0 when no page was transferred).
// On error both stores are zeroed and the error is returned.
int32_t
ipc_recv(envid_t *from_env_store, void *pg, int *perm_store)
{
  80100e:	55                   	push   %ebp
  80100f:	89 e5                	mov    %esp,%ebp
  801011:	56                   	push   %esi
  801012:	53                   	push   %ebx
  801013:	8b 75 08             	mov    0x8(%ebp),%esi
  801016:	8b 45 0c             	mov    0xc(%ebp),%eax
  801019:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int r;

	// UTOP is above every mappable address, so the kernel reads it as
	// "I do not want a page".  0 would be a valid address.
	if (pg == NULL)
		pg = (void *) UTOP;
  80101c:	85 c0                	test   %eax,%eax
  80101e:	ba 00 00 c0 ee       	mov    $0xeec00000,%edx
  801023:	0f 44 c2             	cmove  %edx,%eax

	if ((r = sys_ipc_recv(pg)) < 0) {
  801026:	83 ec 0c             	sub    $0xc,%esp
  801029:	50                   	push   %eax
  80102a:	e8 9e ff ff ff       	call   800fcd <sys_ipc_recv>
  80102f:	83 c4 10             	add    $0x10,%esp
  801032:	85 c0                	test   %eax,%eax
  801034:	78 40                	js     801076 <ipc_recv+0x68>
		return r;
	}

	// Look up our own Env rather than trusting thisenv: after sfork()
	// the thisenv variable is shared with another environment.
	self = &envs[ENVX(sys_getenvid())];
  801036:	e8 e6 fd ff ff       	call   800e21 <sys_getenvid>
  80103b:	25 ff 03 00 00       	and    $0x3ff,%eax
	if (from_env_store)
  801040:	85 f6                	test   %esi,%esi
  801042:	74 0e                	je     801052 <ipc_recv+0x44>
		*from_env_store = self->env_ipc_from;
  801044:	6b d0 7c             	imul   $0x7c,%eax,%edx
  801047:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  80104d:	8b 52 74             	mov    0x74(%edx),%edx
  801050:	89 16                	mov    %edx,(%esi)
	if (perm_store)
  801052:	85 db                	test   %ebx,%ebx
  801054:	74 0e                	je     801064 <ipc_recv+0x56>
		*perm_store = self->env_ipc_perm;
  801056:	6b d0 7c             	imul   $0x7c,%eax,%edx
  801059:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  80105f:	8b 52 78             	mov    0x78(%edx),%edx
  801062:	89 13                	mov    %edx,(%ebx)
	return self->env_ipc_value;
  801064:	6b c0 7c             	imul   $0x7c,%eax,%eax
  801067:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80106c:	8b 40 70             	mov    0x70(%eax),%eax
}
  80106f:	8d 65 f8             	lea    -0x8(%ebp),%esp
  801072:	5b                   	pop    %ebx
  801073:	5e                   	pop    %esi
  801074:	5d                   	pop    %ebp
  801075:	c3                   	ret
		if (from_env_store)
  801076:	85 f6                	test   %esi,%esi
  801078:	74 06                	je     801080 <ipc_recv+0x72>
			*from_env_store = 0;
  80107a:	c7 06 00 00 00 00    	movl   $0x0,(%esi)
		if (perm_store)
  801080:	85 db                	test   %ebx,%ebx
  801082:	74 eb                	je     80106f <ipc_recv+0x61>
			*perm_store = 0;
  801084:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  80108a:	eb e3                	jmp    80106f <ipc_recv+0x61>

0080108c <ipc_send>:
// Send 'val' (and 'pg' with 'perm', if 'pg' is nonnull) to 'to_env',
// retrying until the receiver is waiting.  Any other error is a bug in the
// caller, so panic.
void
ipc_send(envid_t to_env, uint32_t val, void *pg, int perm)
{
  80108c:	55                   	push   %ebp
  80108d:	89 e5                	mov    %esp,%ebp
  80108f:	57                   	push   %edi
  801090:	56                   	push   %esi
  801091:	53                   	push   %ebx
  801092:	83 ec 0c             	sub    $0xc,%esp
  801095:	8b 75 08             	mov    0x8(%ebp),%esi
  801098:	8b 7d 0c             	mov    0xc(%ebp),%edi
  80109b:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int r;

	if (pg == NULL)
		pg = (void *) UTOP;
  80109e:	85 db                	test   %ebx,%ebx
  8010a0:	b8 00 00 c0 ee       	mov    $0xeec00000,%eax
  8010a5:	0f 44 d8             	cmove  %eax,%ebx

	while ((r = sys_ipc_try_send(to_env, val, pg, perm)) < 0) {
  8010a8:	ff 75 14             	push   0x14(%ebp)
  8010ab:	53                   	push   %ebx
  8010ac:	57                   	push   %edi
  8010ad:	56                   	push   %esi
  8010ae:	e8 f7 fe ff ff       	call   800faa <sys_ipc_try_send>
  8010b3:	83 c4 10             	add    $0x10,%esp
  8010b6:	85 c0                	test   %eax,%eax
  8010b8:	79 22                	jns    8010dc <ipc_send+0x50>
		if (r != -E_IPC_NOT_RECV)
  8010ba:	83 f8 f9             	cmp    $0xfffffff9,%eax
  8010bd:	75 07                	jne    8010c6 <ipc_send+0x3a>
			panic("ipc_send to %08x: %e", to_env, r);
		// The receiver is not blocked in ipc_recv yet: let it run.
		sys_yield();
  8010bf:	e8 7c fd ff ff       	call   800e40 <sys_yield>
  8010c4:	eb e2                	jmp    8010a8 <ipc_send+0x1c>
			panic("ipc_send to %08x: %e", to_env, r);
  8010c6:	83 ec 0c             	sub    $0xc,%esp
  8010c9:	50                   	push   %eax
  8010ca:	56                   	push   %esi
  8010cb:	68 cf 14 80 00       	push   $0x8014cf
  8010d0:	6a 35                	push   $0x35
  8010d2:	68 e4 14 80 00       	push   $0x8014e4
  8010d7:	e8 41 00 00 00       	call   80111d <_panic>
	}
}
  8010dc:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8010df:	5b                   	pop    %ebx
  8010e0:	5e                   	pop    %esi
  8010e1:	5f                   	pop    %edi
  8010e2:	5d                   	pop    %ebp
  8010e3:	c3                   	ret

008010e4 <ipc_find_env>:

// Find the first environment of the given type.  Returns its envid, or 0
// if there is none.
envid_t
ipc_find_env(enum EnvType type)
{
  8010e4:	55                   	push   %ebp
  8010e5:	89 e5                	mov    %esp,%ebp
  8010e7:	8b 4d 08             	mov    0x8(%ebp),%ecx
	int i;

	for (i = 0; i < NENV; i++)
  8010ea:	b8 00 00 00 00       	mov    $0x0,%eax
		if (envs[i].env_type == type)
  8010ef:	6b d0 7c             	imul   $0x7c,%eax,%edx
  8010f2:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  8010f8:	8b 52 50             	mov    0x50(%edx),%edx
  8010fb:	39 ca                	cmp    %ecx,%edx
  8010fd:	74 11                	je     801110 <ipc_find_env+0x2c>
	for (i = 0; i < NENV; i++)
  8010ff:	83 c0 01             	add    $0x1,%eax
  801102:	3d 00 04 00 00       	cmp    $0x400,%eax
  801107:	75 e6                	jne    8010ef <ipc_find_env+0xb>
			return envs[i].env_id;
	return 0;
  801109:	b8 00 00 00 00       	mov    $0x0,%eax
  80110e:	eb 0b                	jmp    80111b <ipc_find_env+0x37>
			return envs[i].env_id;
  801110:	6b c0 7c             	imul   $0x7c,%eax,%eax
  801113:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  801118:	8b 40 48             	mov    0x48(%eax),%eax
}
  80111b:	5d                   	pop    %ebp
  80111c:	c3                   	ret

0080111d <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  80111d:	55                   	push   %ebp
  80111e:	89 e5                	mov    %esp,%ebp
  801120:	56                   	push   %esi
  801121:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  801122:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  801125:	8b 35 00 20 80 00    	mov    0x802000,%esi
  80112b:	e8 f1 fc ff ff       	call   800e21 <sys_getenvid>
  801130:	83 ec 0c             	sub    $0xc,%esp
  801133:	ff 75 0c             	push   0xc(%ebp)
  801136:	ff 75 08             	push   0x8(%ebp)
  801139:	56                   	push   %esi
  80113a:	50                   	push   %eax
  80113b:	68 f0 14 80 00       	push   $0x8014f0
  801140:	e8 41 f6 ff ff       	call   800786 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  801145:	83 c4 18             	add    $0x18,%esp
  801148:	53                   	push   %ebx
  801149:	ff 75 10             	push   0x10(%ebp)
  80114c:	e8 56 00 00 00       	call   8011a7 <vcprintf>
	cprintf("\n");
  801151:	c7 04 24 2f 12 80 00 	movl   $0x80122f,(%esp)
  801158:	e8 29 f6 ff ff       	call   800786 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  80115d:	cc                   	int3
  80115e:	83 c4 10             	add    $0x10,%esp
	for (;;)
  801161:	eb fe                	jmp    801161 <_panic+0x44>

00801163 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  801163:	55                   	push   %ebp
  801164:	89 e5                	mov    %esp,%ebp
  801166:	53                   	push   %ebx
  801167:	83 ec 04             	sub    $0x4,%esp
  80116a:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  80116d:	8b 13                	mov    (%ebx),%edx
  80116f:	8d 42 01             	lea    0x1(%edx),%eax
  801172:	89 03                	mov    %eax,(%ebx)
  801174:	8b 4d 08             	mov    0x8(%ebp),%ecx
  801177:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  80117b:	3d 00 01 00 00       	cmp    $0x100,%eax
  801180:	74 09                	je     80118b <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  801182:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  801186:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  801189:	c9                   	leave
  80118a:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80118b:	83 ec 08             	sub    $0x8,%esp
  80118e:	68 00 01 00 00       	push   $0x100
  801193:	8d 43 08             	lea    0x8(%ebx),%eax
  801196:	50                   	push   %eax
  801197:	e8 07 fc ff ff       	call   800da3 <sys_cputs>
		b->idx = 0;
  80119c:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8011a2:	83 c4 10             	add    $0x10,%esp
  8011a5:	eb db                	jmp    801182 <putch+0x1f>

008011a7 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8011a7:	55                   	push   %ebp
  8011a8:	89 e5                	mov    %esp,%ebp
  8011aa:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8011b0:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8011b7:	00 00 00 
	b.cnt = 0;
  8011ba:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8011c1:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8011c4:	ff 75 0c             	push   0xc(%ebp)
  8011c7:	ff 75 08             	push   0x8(%ebp)
  8011ca:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8011d0:	50                   	push   %eax
  8011d1:	68 63 11 80 00       	push   $0x801163
  8011d6:	e8 58 ef ff ff       	call   800133 <vprintfmt>
	if (b->idx > 0) {
  8011db:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8011e1:	83 c4 10             	add    $0x10,%esp
  8011e4:	85 c0                	test   %eax,%eax
  8011e6:	7f 08                	jg     8011f0 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8011e8:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8011ee:	c9                   	leave
  8011ef:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8011f0:	83 ec 08             	sub    $0x8,%esp
  8011f3:	50                   	push   %eax
  8011f4:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  8011fa:	50                   	push   %eax
  8011fb:	e8 a3 fb ff ff       	call   800da3 <sys_cputs>
  801200:	83 c4 10             	add    $0x10,%esp
  801203:	eb e3                	jmp    8011e8 <vcprintf+0x41>
