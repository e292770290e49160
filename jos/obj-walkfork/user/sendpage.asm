
obj-walkfork/user/sendpage:     file format elf32-i386


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
  80002c:	e8 73 01 00 00       	call   8001a4 <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:
#define TEMP_ADDR	((char*)0xa00000)
#define TEMP_ADDR_CHILD	((char*)0xb00000)

void
umain(int argc, char **argv)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	83 ec 18             	sub    $0x18,%esp
	envid_t who;

	if ((who = fork()) == 0) {
  800039:	e8 b7 13 00 00       	call   8013f5 <fork>
  80003e:	89 45 f4             	mov    %eax,-0xc(%ebp)
  800041:	85 c0                	test   %eax,%eax
  800043:	0f 84 a5 00 00 00    	je     8000ee <umain+0xbb>
		ipc_send(who, 0, TEMP_ADDR_CHILD, PTE_P | PTE_W | PTE_U);
		return;
	}

	// Parent: write the question into a fresh page and send it.
	sys_page_alloc(thisenv->env_id, TEMP_ADDR, PTE_P | PTE_W | PTE_U);
  800049:	a1 00 30 80 00       	mov    0x803000,%eax
  80004e:	8b 40 48             	mov    0x48(%eax),%eax
  800051:	83 ec 04             	sub    $0x4,%esp
  800054:	6a 07                	push   $0x7
  800056:	68 00 00 a0 00       	push   $0xa00000
  80005b:	50                   	push   %eax
  80005c:	e8 01 0f 00 00       	call   800f62 <sys_page_alloc>
	memcpy(TEMP_ADDR, str1, strlen(str1) + 1);
  800061:	83 c4 04             	add    $0x4,%esp
  800064:	ff 35 04 20 80 00    	push   0x802004
  80006a:	e8 48 08 00 00       	call   8008b7 <strlen>
  80006f:	83 c4 0c             	add    $0xc,%esp
  800072:	83 c0 01             	add    $0x1,%eax
  800075:	50                   	push   %eax
  800076:	ff 35 04 20 80 00    	push   0x802004
  80007c:	68 00 00 a0 00       	push   $0xa00000
  800081:	e8 6f 0a 00 00       	call   800af5 <memcpy>
	ipc_send(who, 0, TEMP_ADDR, PTE_P | PTE_W | PTE_U);
  800086:	6a 07                	push   $0x7
  800088:	68 00 00 a0 00       	push   $0xa00000
  80008d:	6a 00                	push   $0x0
  80008f:	ff 75 f4             	push   -0xc(%ebp)
  800092:	e8 00 14 00 00       	call   801497 <ipc_send>

	ipc_recv(&who, TEMP_ADDR, 0);
  800097:	83 c4 1c             	add    $0x1c,%esp
  80009a:	6a 00                	push   $0x0
  80009c:	68 00 00 a0 00       	push   $0xa00000
  8000a1:	8d 45 f4             	lea    -0xc(%ebp),%eax
  8000a4:	50                   	push   %eax
  8000a5:	e8 6f 13 00 00       	call   801419 <ipc_recv>
	cprintf("%x got message: %s\n", who, TEMP_ADDR);
  8000aa:	83 c4 0c             	add    $0xc,%esp
  8000ad:	68 00 00 a0 00       	push   $0xa00000
  8000b2:	ff 75 f4             	push   -0xc(%ebp)
  8000b5:	68 c0 16 80 00       	push   $0x8016c0
  8000ba:	e8 ca 07 00 00       	call   800889 <cprintf>
	if (strncmp(TEMP_ADDR, str2, strlen(str2)) == 0)
  8000bf:	83 c4 04             	add    $0x4,%esp
  8000c2:	ff 35 00 20 80 00    	push   0x802000
  8000c8:	e8 ea 07 00 00       	call   8008b7 <strlen>
  8000cd:	83 c4 0c             	add    $0xc,%esp
  8000d0:	50                   	push   %eax
  8000d1:	ff 35 00 20 80 00    	push   0x802000
  8000d7:	68 00 00 a0 00       	push   $0xa00000
  8000dc:	e8 fd 08 00 00       	call   8009de <strncmp>
  8000e1:	83 c4 10             	add    $0x10,%esp
  8000e4:	85 c0                	test   %eax,%eax
  8000e6:	0f 84 a3 00 00 00    	je     80018f <umain+0x15c>
		cprintf("parent received correct message\n");
}
  8000ec:	c9                   	leave
  8000ed:	c3                   	ret
		ipc_recv(&who, TEMP_ADDR_CHILD, 0);
  8000ee:	83 ec 04             	sub    $0x4,%esp
  8000f1:	6a 00                	push   $0x0
  8000f3:	68 00 00 b0 00       	push   $0xb00000
  8000f8:	8d 45 f4             	lea    -0xc(%ebp),%eax
  8000fb:	50                   	push   %eax
  8000fc:	e8 18 13 00 00       	call   801419 <ipc_recv>
		cprintf("%x got message: %s\n", who, TEMP_ADDR_CHILD);
  800101:	83 c4 0c             	add    $0xc,%esp
  800104:	68 00 00 b0 00       	push   $0xb00000
  800109:	ff 75 f4             	push   -0xc(%ebp)
  80010c:	68 c0 16 80 00       	push   $0x8016c0
  800111:	e8 73 07 00 00       	call   800889 <cprintf>
		if (strncmp(TEMP_ADDR_CHILD, str1, strlen(str1)) == 0)
  800116:	83 c4 04             	add    $0x4,%esp
  800119:	ff 35 04 20 80 00    	push   0x802004
  80011f:	e8 93 07 00 00       	call   8008b7 <strlen>
  800124:	83 c4 0c             	add    $0xc,%esp
  800127:	50                   	push   %eax
  800128:	ff 35 04 20 80 00    	push   0x802004
  80012e:	68 00 00 b0 00       	push   $0xb00000
  800133:	e8 a6 08 00 00       	call   8009de <strncmp>
  800138:	83 c4 10             	add    $0x10,%esp
  80013b:	85 c0                	test   %eax,%eax
  80013d:	74 3e                	je     80017d <umain+0x14a>
		memcpy(TEMP_ADDR_CHILD, str2, strlen(str2) + 1);
  80013f:	83 ec 0c             	sub    $0xc,%esp
  800142:	ff 35 00 20 80 00    	push   0x802000
  800148:	e8 6a 07 00 00       	call   8008b7 <strlen>
  80014d:	83 c4 0c             	add    $0xc,%esp
  800150:	83 c0 01             	add    $0x1,%eax
  800153:	50                   	push   %eax
  800154:	ff 35 00 20 80 00    	push   0x802000
  80015a:	68 00 00 b0 00       	push   $0xb00000
  80015f:	e8 91 09 00 00       	call   800af5 <memcpy>
		ipc_send(who, 0, TEMP_ADDR_CHILD, PTE_P | PTE_W | PTE_U);
  800164:	6a 07                	push   $0x7
  800166:	68 00 00 b0 00       	push   $0xb00000
  80016b:	6a 00                	push   $0x0
  80016d:	ff 75 f4             	push   -0xc(%ebp)
  800170:	e8 22 13 00 00       	call   801497 <ipc_send>
  800175:	83 c4 20             	add    $0x20,%esp
  800178:	e9 6f ff ff ff       	jmp    8000ec <umain+0xb9>
			cprintf("child received correct message\n");
  80017d:	83 ec 0c             	sub    $0xc,%esp
  800180:	68 d4 16 80 00       	push   $0x8016d4
  800185:	e8 ff 06 00 00       	call   800889 <cprintf>
  80018a:	83 c4 10             	add    $0x10,%esp
  80018d:	eb b0                	jmp    80013f <umain+0x10c>
		cprintf("parent received correct message\n");
  80018f:	83 ec 0c             	sub    $0xc,%esp
  800192:	68 f4 16 80 00       	push   $0x8016f4
  800197:	e8 ed 06 00 00       	call   800889 <cprintf>
  80019c:	83 c4 10             	add    $0x10,%esp
  80019f:	e9 48 ff ff ff       	jmp    8000ec <umain+0xb9>

008001a4 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8001a4:	55                   	push   %ebp
  8001a5:	89 e5                	mov    %esp,%ebp
  8001a7:	56                   	push   %esi
  8001a8:	53                   	push   %ebx
  8001a9:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8001ac:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  8001af:	e8 70 0d 00 00       	call   800f24 <sys_getenvid>
  8001b4:	25 ff 03 00 00       	and    $0x3ff,%eax
  8001b9:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8001bc:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8001c1:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  8001c6:	85 db                	test   %ebx,%ebx
  8001c8:	7e 07                	jle    8001d1 <libmain+0x2d>
		binaryname = argv[0];
  8001ca:	8b 06                	mov    (%esi),%eax
  8001cc:	a3 08 20 80 00       	mov    %eax,0x802008

	umain(argc, argv);
  8001d1:	83 ec 08             	sub    $0x8,%esp
  8001d4:	56                   	push   %esi
  8001d5:	53                   	push   %ebx
  8001d6:	e8 58 fe ff ff       	call   800033 <umain>

	exit();
  8001db:	e8 0a 00 00 00       	call   8001ea <exit>
}
  8001e0:	83 c4 10             	add    $0x10,%esp
  8001e3:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8001e6:	5b                   	pop    %ebx
  8001e7:	5e                   	pop    %esi
  8001e8:	5d                   	pop    %ebp
  8001e9:	c3                   	ret

008001ea <exit>:

#include <inc/lib.h>

void
exit(void)
{
  8001ea:	55                   	push   %ebp
  8001eb:	89 e5                	mov    %esp,%ebp
  8001ed:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  8001f0:	6a 00                	push   $0x0
  8001f2:	e8 ec 0c 00 00       	call   800ee3 <sys_env_destroy>
}
  8001f7:	83 c4 10             	add    $0x10,%esp
  8001fa:	c9                   	leave
  8001fb:	c3                   	ret

008001fc <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8001fc:	55                   	push   %ebp
  8001fd:	89 e5                	mov    %esp,%ebp
  8001ff:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  800202:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  800206:	8b 10                	mov    (%eax),%edx
  800208:	3b 50 04             	cmp    0x4(%eax),%edx
  80020b:	73 0a                	jae    800217 <sprintputch+0x1b>
		*b->buf++ = ch;
  80020d:	8d 4a 01             	lea    0x1(%edx),%ecx
  800210:	89 08                	mov    %ecx,(%eax)
  800212:	8b 45 08             	mov    0x8(%ebp),%eax
  800215:	88 02                	mov    %al,(%edx)
}
  800217:	5d                   	pop    %ebp
  800218:	c3                   	ret

00800219 <printfmt>:
{
  800219:	55                   	push   %ebp
  80021a:	89 e5                	mov    %esp,%ebp
  80021c:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  80021f:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  800222:	50                   	push   %eax
  800223:	ff 75 10             	push   0x10(%ebp)
  800226:	ff 75 0c             	push   0xc(%ebp)
  800229:	ff 75 08             	push   0x8(%ebp)
  80022c:	e8 05 00 00 00       	call   800236 <vprintfmt>
}
  800231:	83 c4 10             	add    $0x10,%esp
  800234:	c9                   	leave
  800235:	c3                   	ret

00800236 <vprintfmt>:
{
  800236:	55                   	push   %ebp
  800237:	89 e5                	mov    %esp,%ebp
  800239:	57                   	push   %edi
  80023a:	56                   	push   %esi
  80023b:	53                   	push   %ebx
  80023c:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80023f:	8b 45 10             	mov    0x10(%ebp),%eax
  800242:	8d 58 01             	lea    0x1(%eax),%ebx
  800245:	0f b6 00             	movzbl (%eax),%eax
  800248:	83 f8 25             	cmp    $0x25,%eax
  80024b:	74 24                	je     800271 <vprintfmt+0x3b>
  80024d:	8b 75 08             	mov    0x8(%ebp),%esi
  800250:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800253:	85 c0                	test   %eax,%eax
  800255:	0f 84 d8 05 00 00    	je     800833 <vprintfmt+0x5fd>
			putch(ch, putdat);
  80025b:	83 ec 08             	sub    $0x8,%esp
  80025e:	57                   	push   %edi
  80025f:	50                   	push   %eax
  800260:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800262:	83 c3 01             	add    $0x1,%ebx
  800265:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800269:	83 c4 10             	add    $0x10,%esp
  80026c:	83 f8 25             	cmp    $0x25,%eax
  80026f:	75 e2                	jne    800253 <vprintfmt+0x1d>
		padc = ' ';
  800271:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  800275:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  80027a:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  800281:	b9 00 00 00 00       	mov    $0x0,%ecx
  800286:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800288:	8d 53 01             	lea    0x1(%ebx),%edx
  80028b:	0f b6 0b             	movzbl (%ebx),%ecx
  80028e:	8d 41 dd             	lea    -0x23(%ecx),%eax
  800291:	3c 55                	cmp    $0x55,%al
  800293:	0f 87 21 05 00 00    	ja     8007ba <vprintfmt+0x584>
  800299:	0f b6 c0             	movzbl %al,%eax
  80029c:	ff 24 85 40 18 80 00 	jmp    *0x801840(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8002a3:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8002a6:	eb 97                	jmp    80023f <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8002a8:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8002aa:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8002ae:	eb d8                	jmp    800288 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8002b0:	89 d3                	mov    %edx,%ebx
  8002b2:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8002b6:	eb d0                	jmp    800288 <vprintfmt+0x52>
  8002b8:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8002bb:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8002be:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8002c2:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8002c5:	83 f9 09             	cmp    $0x9,%ecx
  8002c8:	77 54                	ja     80031e <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8002ca:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8002cd:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8002d0:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8002d4:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8002d7:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8002da:	83 f9 09             	cmp    $0x9,%ecx
  8002dd:	76 eb                	jbe    8002ca <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8002df:	89 d3                	mov    %edx,%ebx
  8002e1:	eb 0d                	jmp    8002f0 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8002e3:	8b 45 14             	mov    0x14(%ebp),%eax
  8002e6:	8b 38                	mov    (%eax),%edi
  8002e8:	8d 40 04             	lea    0x4(%eax),%eax
  8002eb:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8002ee:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8002f0:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8002f4:	79 92                	jns    800288 <vprintfmt+0x52>
				width = precision, precision = -1;
  8002f6:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8002f9:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8002fe:	eb 88                	jmp    800288 <vprintfmt+0x52>
			if (width < 0)
  800300:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  800303:	85 c9                	test   %ecx,%ecx
  800305:	b8 00 00 00 00       	mov    $0x0,%eax
  80030a:	0f 49 c1             	cmovns %ecx,%eax
  80030d:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800310:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800312:	e9 71 ff ff ff       	jmp    800288 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800317:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800319:	e9 6a ff ff ff       	jmp    800288 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80031e:	89 d3                	mov    %edx,%ebx
  800320:	eb ce                	jmp    8002f0 <vprintfmt+0xba>
			lflag++;
  800322:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800325:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800327:	e9 5c ff ff ff       	jmp    800288 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  80032c:	89 55 10             	mov    %edx,0x10(%ebp)
  80032f:	8b 45 14             	mov    0x14(%ebp),%eax
  800332:	8d 58 04             	lea    0x4(%eax),%ebx
  800335:	83 ec 08             	sub    $0x8,%esp
  800338:	ff 75 0c             	push   0xc(%ebp)
  80033b:	ff 30                	push   (%eax)
  80033d:	ff 55 08             	call   *0x8(%ebp)
			break;
  800340:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800343:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800346:	e9 f4 fe ff ff       	jmp    80023f <vprintfmt+0x9>
			err = va_arg(ap, int);
  80034b:	89 55 10             	mov    %edx,0x10(%ebp)
  80034e:	8b 45 14             	mov    0x14(%ebp),%eax
  800351:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800354:	8b 10                	mov    (%eax),%edx
  800356:	89 d0                	mov    %edx,%eax
  800358:	f7 d8                	neg    %eax
  80035a:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  80035d:	83 f8 08             	cmp    $0x8,%eax
  800360:	7f 27                	jg     800389 <vprintfmt+0x153>
  800362:	8b 14 85 a0 19 80 00 	mov    0x8019a0(,%eax,4),%edx
  800369:	85 d2                	test   %edx,%edx
  80036b:	74 1c                	je     800389 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  80036d:	52                   	push   %edx
  80036e:	68 7c 17 80 00       	push   $0x80177c
  800373:	ff 75 0c             	push   0xc(%ebp)
  800376:	ff 75 08             	push   0x8(%ebp)
  800379:	e8 9b fe ff ff       	call   800219 <printfmt>
  80037e:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800381:	89 5d 14             	mov    %ebx,0x14(%ebp)
  800384:	e9 b6 fe ff ff       	jmp    80023f <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  800389:	50                   	push   %eax
  80038a:	68 73 17 80 00       	push   $0x801773
  80038f:	ff 75 0c             	push   0xc(%ebp)
  800392:	ff 75 08             	push   0x8(%ebp)
  800395:	e8 7f fe ff ff       	call   800219 <printfmt>
  80039a:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80039d:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8003a0:	e9 9a fe ff ff       	jmp    80023f <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8003a5:	89 55 10             	mov    %edx,0x10(%ebp)
  8003a8:	8b 45 14             	mov    0x14(%ebp),%eax
  8003ab:	83 c0 04             	add    $0x4,%eax
  8003ae:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8003b1:	8b 45 14             	mov    0x14(%ebp),%eax
  8003b4:	8b 30                	mov    (%eax),%esi
  8003b6:	85 f6                	test   %esi,%esi
  8003b8:	0f 84 53 04 00 00    	je     800811 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8003be:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8003c2:	7e 06                	jle    8003ca <vprintfmt+0x194>
  8003c4:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8003c8:	75 1b                	jne    8003e5 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8003ca:	8d 5e 01             	lea    0x1(%esi),%ebx
  8003cd:	0f be 06             	movsbl (%esi),%eax
  8003d0:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8003d3:	85 c0                	test   %eax,%eax
  8003d5:	0f 85 80 00 00 00    	jne    80045b <vprintfmt+0x225>
  8003db:	e9 8c 00 00 00       	jmp    80046c <vprintfmt+0x236>
				p = "(null)";
  8003e0:	be 6c 17 80 00       	mov    $0x80176c,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8003e5:	83 ec 08             	sub    $0x8,%esp
  8003e8:	57                   	push   %edi
  8003e9:	56                   	push   %esi
  8003ea:	e8 ea 04 00 00       	call   8008d9 <strnlen>
  8003ef:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8003f2:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8003f5:	83 c4 10             	add    $0x10,%esp
  8003f8:	85 d2                	test   %edx,%edx
  8003fa:	0f 8e f5 03 00 00    	jle    8007f5 <vprintfmt+0x5bf>
					putch(padc, putdat);
  800400:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  800404:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800407:	89 d6                	mov    %edx,%esi
  800409:	89 7d b0             	mov    %edi,-0x50(%ebp)
  80040c:	8b 7d 0c             	mov    0xc(%ebp),%edi
  80040f:	83 ec 08             	sub    $0x8,%esp
  800412:	57                   	push   %edi
  800413:	53                   	push   %ebx
  800414:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800417:	83 c4 10             	add    $0x10,%esp
  80041a:	83 ee 01             	sub    $0x1,%esi
  80041d:	75 f0                	jne    80040f <vprintfmt+0x1d9>
  80041f:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800422:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800425:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800428:	8d 5e 01             	lea    0x1(%esi),%ebx
  80042b:	0f be 06             	movsbl (%esi),%eax
  80042e:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800431:	85 c0                	test   %eax,%eax
  800433:	75 26                	jne    80045b <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800435:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800438:	89 45 14             	mov    %eax,0x14(%ebp)
  80043b:	e9 ff fd ff ff       	jmp    80023f <vprintfmt+0x9>
				putch(ch, putdat);
  800440:	83 ec 08             	sub    $0x8,%esp
  800443:	ff 75 0c             	push   0xc(%ebp)
  800446:	50                   	push   %eax
  800447:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80044a:	83 ee 01             	sub    $0x1,%esi
  80044d:	83 c3 01             	add    $0x1,%ebx
  800450:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800454:	83 c4 10             	add    $0x10,%esp
  800457:	85 c0                	test   %eax,%eax
  800459:	74 0e                	je     800469 <vprintfmt+0x233>
  80045b:	85 ff                	test   %edi,%edi
  80045d:	78 e1                	js     800440 <vprintfmt+0x20a>
  80045f:	83 ef 01             	sub    $0x1,%edi
  800462:	79 dc                	jns    800440 <vprintfmt+0x20a>
  800464:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800467:	eb 03                	jmp    80046c <vprintfmt+0x236>
  800469:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  80046c:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800470:	7e 24                	jle    800496 <vprintfmt+0x260>
  800472:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  800475:	8b 75 08             	mov    0x8(%ebp),%esi
  800478:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  80047b:	83 ec 08             	sub    $0x8,%esp
  80047e:	57                   	push   %edi
  80047f:	6a 20                	push   $0x20
  800481:	ff d6                	call   *%esi
			for (; width > 0; width--)
  800483:	83 c4 10             	add    $0x10,%esp
  800486:	83 eb 01             	sub    $0x1,%ebx
  800489:	75 f0                	jne    80047b <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  80048b:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80048e:	89 45 14             	mov    %eax,0x14(%ebp)
  800491:	e9 a9 fd ff ff       	jmp    80023f <vprintfmt+0x9>
  800496:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800499:	89 45 14             	mov    %eax,0x14(%ebp)
  80049c:	e9 9e fd ff ff       	jmp    80023f <vprintfmt+0x9>
	if (lflag >= 2)
  8004a1:	89 55 10             	mov    %edx,0x10(%ebp)
  8004a4:	83 fe 01             	cmp    $0x1,%esi
  8004a7:	7f 1b                	jg     8004c4 <vprintfmt+0x28e>
	else if (lflag)
  8004a9:	85 f6                	test   %esi,%esi
  8004ab:	74 39                	je     8004e6 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8004ad:	8b 45 14             	mov    0x14(%ebp),%eax
  8004b0:	8b 00                	mov    (%eax),%eax
  8004b2:	89 c6                	mov    %eax,%esi
  8004b4:	89 c7                	mov    %eax,%edi
  8004b6:	c1 ff 1f             	sar    $0x1f,%edi
  8004b9:	8b 45 14             	mov    0x14(%ebp),%eax
  8004bc:	8d 40 04             	lea    0x4(%eax),%eax
  8004bf:	89 45 14             	mov    %eax,0x14(%ebp)
  8004c2:	eb 0e                	jmp    8004d2 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8004c4:	8b 45 14             	mov    0x14(%ebp),%eax
  8004c7:	8b 30                	mov    (%eax),%esi
  8004c9:	8b 78 04             	mov    0x4(%eax),%edi
  8004cc:	8d 40 08             	lea    0x8(%eax),%eax
  8004cf:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8004d2:	85 ff                	test   %edi,%edi
  8004d4:	78 27                	js     8004fd <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8004d6:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8004d9:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8004dc:	b8 0a 00 00 00       	mov    $0xa,%eax
  8004e1:	e9 53 01 00 00       	jmp    800639 <vprintfmt+0x403>
		return va_arg(*ap, int);
  8004e6:	8b 45 14             	mov    0x14(%ebp),%eax
  8004e9:	8b 00                	mov    (%eax),%eax
  8004eb:	89 c6                	mov    %eax,%esi
  8004ed:	89 c7                	mov    %eax,%edi
  8004ef:	c1 ff 1f             	sar    $0x1f,%edi
  8004f2:	8b 45 14             	mov    0x14(%ebp),%eax
  8004f5:	8d 40 04             	lea    0x4(%eax),%eax
  8004f8:	89 45 14             	mov    %eax,0x14(%ebp)
  8004fb:	eb d5                	jmp    8004d2 <vprintfmt+0x29c>
				putch('-', putdat);
  8004fd:	83 ec 08             	sub    $0x8,%esp
  800500:	ff 75 0c             	push   0xc(%ebp)
  800503:	6a 2d                	push   $0x2d
  800505:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800508:	f7 de                	neg    %esi
  80050a:	83 d7 00             	adc    $0x0,%edi
  80050d:	f7 df                	neg    %edi
  80050f:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800512:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800515:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800518:	b8 0a 00 00 00       	mov    $0xa,%eax
  80051d:	e9 17 01 00 00       	jmp    800639 <vprintfmt+0x403>
	if (lflag >= 2)
  800522:	89 55 10             	mov    %edx,0x10(%ebp)
  800525:	83 fe 01             	cmp    $0x1,%esi
  800528:	7f 27                	jg     800551 <vprintfmt+0x31b>
	else if (lflag)
  80052a:	85 f6                	test   %esi,%esi
  80052c:	74 44                	je     800572 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  80052e:	8b 45 14             	mov    0x14(%ebp),%eax
  800531:	8b 00                	mov    (%eax),%eax
  800533:	ba 00 00 00 00       	mov    $0x0,%edx
  800538:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80053b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80053e:	8b 45 14             	mov    0x14(%ebp),%eax
  800541:	8d 40 04             	lea    0x4(%eax),%eax
  800544:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800547:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  80054c:	e9 e8 00 00 00       	jmp    800639 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800551:	8b 45 14             	mov    0x14(%ebp),%eax
  800554:	8b 50 04             	mov    0x4(%eax),%edx
  800557:	8b 00                	mov    (%eax),%eax
  800559:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80055c:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80055f:	8b 45 14             	mov    0x14(%ebp),%eax
  800562:	8d 40 08             	lea    0x8(%eax),%eax
  800565:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800568:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  80056d:	e9 c7 00 00 00       	jmp    800639 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800572:	8b 45 14             	mov    0x14(%ebp),%eax
  800575:	8b 00                	mov    (%eax),%eax
  800577:	ba 00 00 00 00       	mov    $0x0,%edx
  80057c:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80057f:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800582:	8b 45 14             	mov    0x14(%ebp),%eax
  800585:	8d 40 04             	lea    0x4(%eax),%eax
  800588:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80058b:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  800590:	e9 a4 00 00 00       	jmp    800639 <vprintfmt+0x403>
	if (lflag >= 2)
  800595:	89 55 10             	mov    %edx,0x10(%ebp)
  800598:	83 fe 01             	cmp    $0x1,%esi
  80059b:	7f 24                	jg     8005c1 <vprintfmt+0x38b>
	else if (lflag)
  80059d:	85 f6                	test   %esi,%esi
  80059f:	74 3e                	je     8005df <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8005a1:	8b 45 14             	mov    0x14(%ebp),%eax
  8005a4:	8b 00                	mov    (%eax),%eax
  8005a6:	ba 00 00 00 00       	mov    $0x0,%edx
  8005ab:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005ae:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005b1:	8b 45 14             	mov    0x14(%ebp),%eax
  8005b4:	8d 40 04             	lea    0x4(%eax),%eax
  8005b7:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005ba:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8005bf:	eb 78                	jmp    800639 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8005c1:	8b 45 14             	mov    0x14(%ebp),%eax
  8005c4:	8b 50 04             	mov    0x4(%eax),%edx
  8005c7:	8b 00                	mov    (%eax),%eax
  8005c9:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005cc:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005cf:	8b 45 14             	mov    0x14(%ebp),%eax
  8005d2:	8d 40 08             	lea    0x8(%eax),%eax
  8005d5:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005d8:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8005dd:	eb 5a                	jmp    800639 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8005df:	8b 45 14             	mov    0x14(%ebp),%eax
  8005e2:	8b 00                	mov    (%eax),%eax
  8005e4:	ba 00 00 00 00       	mov    $0x0,%edx
  8005e9:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005ec:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005ef:	8b 45 14             	mov    0x14(%ebp),%eax
  8005f2:	8d 40 04             	lea    0x4(%eax),%eax
  8005f5:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005f8:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8005fd:	eb 3a                	jmp    800639 <vprintfmt+0x403>
			putch('0', putdat);
  8005ff:	89 55 10             	mov    %edx,0x10(%ebp)
  800602:	83 ec 08             	sub    $0x8,%esp
  800605:	ff 75 0c             	push   0xc(%ebp)
  800608:	6a 30                	push   $0x30
  80060a:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  80060d:	83 c4 08             	add    $0x8,%esp
  800610:	ff 75 0c             	push   0xc(%ebp)
  800613:	6a 78                	push   $0x78
  800615:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800618:	8b 45 14             	mov    0x14(%ebp),%eax
  80061b:	8b 00                	mov    (%eax),%eax
  80061d:	ba 00 00 00 00       	mov    $0x0,%edx
  800622:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800625:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800628:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  80062b:	8b 45 14             	mov    0x14(%ebp),%eax
  80062e:	8d 40 04             	lea    0x4(%eax),%eax
  800631:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800634:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800639:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  80063d:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800640:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800645:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800648:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  80064f:	89 7d a8             	mov    %edi,-0x58(%ebp)
  800652:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800655:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800658:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  80065b:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  80065f:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  800662:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800665:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800668:	ff 75 bc             	push   -0x44(%ebp)
  80066b:	ff 75 b8             	push   -0x48(%ebp)
  80066e:	57                   	push   %edi
  80066f:	56                   	push   %esi
  800670:	e8 2f 07 00 00       	call   800da4 <__umoddi3>
  800675:	83 c4 10             	add    $0x10,%esp
  800678:	0f b6 80 7f 17 80 00 	movzbl 0x80177f(%eax),%eax
  80067f:	88 03                	mov    %al,(%ebx)
		num /= base;
  800681:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800684:	89 fb                	mov    %edi,%ebx
  800686:	ff 75 bc             	push   -0x44(%ebp)
  800689:	ff 75 b8             	push   -0x48(%ebp)
  80068c:	57                   	push   %edi
  80068d:	56                   	push   %esi
  80068e:	e8 f6 06 00 00       	call   800d89 <__udivdi3>
  800693:	83 c4 10             	add    $0x10,%esp
  800696:	89 c6                	mov    %eax,%esi
  800698:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  80069a:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  80069d:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8006a0:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8006a3:	73 b6                	jae    80065b <vprintfmt+0x425>
	pad = width - n;
  8006a5:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8006a8:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8006ab:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006ae:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8006b0:	83 ff 2d             	cmp    $0x2d,%edi
  8006b3:	0f 84 de 00 00 00    	je     800797 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8006b9:	85 f6                	test   %esi,%esi
  8006bb:	0f 8e 27 01 00 00    	jle    8007e8 <vprintfmt+0x5b2>
  8006c1:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8006c4:	83 ec 08             	sub    $0x8,%esp
  8006c7:	53                   	push   %ebx
  8006c8:	57                   	push   %edi
  8006c9:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8006cc:	83 c4 10             	add    $0x10,%esp
  8006cf:	83 ee 01             	sub    $0x1,%esi
  8006d2:	75 f0                	jne    8006c4 <vprintfmt+0x48e>
  8006d4:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8006d7:	85 db                	test   %ebx,%ebx
  8006d9:	0f 8e 60 fb ff ff    	jle    80023f <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8006df:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8006e2:	8b 75 08             	mov    0x8(%ebp),%esi
  8006e5:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8006e8:	83 eb 01             	sub    $0x1,%ebx
  8006eb:	83 ec 08             	sub    $0x8,%esp
  8006ee:	57                   	push   %edi
  8006ef:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8006f4:	50                   	push   %eax
  8006f5:	ff d6                	call   *%esi
	while (n > 0)
  8006f7:	83 c4 10             	add    $0x10,%esp
  8006fa:	85 db                	test   %ebx,%ebx
  8006fc:	7f ea                	jg     8006e8 <vprintfmt+0x4b2>
  8006fe:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  800701:	85 f6                	test   %esi,%esi
  800703:	0f 8e 36 fb ff ff    	jle    80023f <vprintfmt+0x9>
  800709:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80070c:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  80070f:	83 ec 08             	sub    $0x8,%esp
  800712:	57                   	push   %edi
  800713:	6a 20                	push   $0x20
  800715:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800717:	83 c4 10             	add    $0x10,%esp
  80071a:	83 ee 01             	sub    $0x1,%esi
  80071d:	75 f0                	jne    80070f <vprintfmt+0x4d9>
  80071f:	e9 1b fb ff ff       	jmp    80023f <vprintfmt+0x9>
	if (lflag >= 2)
  800724:	89 55 10             	mov    %edx,0x10(%ebp)
  800727:	83 fe 01             	cmp    $0x1,%esi
  80072a:	7f 27                	jg     800753 <vprintfmt+0x51d>
	else if (lflag)
  80072c:	85 f6                	test   %esi,%esi
  80072e:	74 44                	je     800774 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800730:	8b 45 14             	mov    0x14(%ebp),%eax
  800733:	8b 00                	mov    (%eax),%eax
  800735:	ba 00 00 00 00       	mov    $0x0,%edx
  80073a:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80073d:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800740:	8b 45 14             	mov    0x14(%ebp),%eax
  800743:	8d 40 04             	lea    0x4(%eax),%eax
  800746:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800749:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  80074e:	e9 e6 fe ff ff       	jmp    800639 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800753:	8b 45 14             	mov    0x14(%ebp),%eax
  800756:	8b 50 04             	mov    0x4(%eax),%edx
  800759:	8b 00                	mov    (%eax),%eax
  80075b:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80075e:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800761:	8b 45 14             	mov    0x14(%ebp),%eax
  800764:	8d 40 08             	lea    0x8(%eax),%eax
  800767:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80076a:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  80076f:	e9 c5 fe ff ff       	jmp    800639 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800774:	8b 45 14             	mov    0x14(%ebp),%eax
  800777:	8b 00                	mov    (%eax),%eax
  800779:	ba 00 00 00 00       	mov    $0x0,%edx
  80077e:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800781:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800784:	8b 45 14             	mov    0x14(%ebp),%eax
  800787:	8d 40 04             	lea    0x4(%eax),%eax
  80078a:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80078d:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  800792:	e9 a2 fe ff ff       	jmp    800639 <vprintfmt+0x403>
	while (n > 0)
  800797:	85 db                	test   %ebx,%ebx
  800799:	0f 8f 40 ff ff ff    	jg     8006df <vprintfmt+0x4a9>
  80079f:	e9 5d ff ff ff       	jmp    800701 <vprintfmt+0x4cb>
			putch(ch, putdat);
  8007a4:	89 55 10             	mov    %edx,0x10(%ebp)
  8007a7:	83 ec 08             	sub    $0x8,%esp
  8007aa:	ff 75 0c             	push   0xc(%ebp)
  8007ad:	6a 25                	push   $0x25
  8007af:	ff 55 08             	call   *0x8(%ebp)
			break;
  8007b2:	83 c4 10             	add    $0x10,%esp
  8007b5:	e9 85 fa ff ff       	jmp    80023f <vprintfmt+0x9>
			putch('%', putdat);
  8007ba:	83 ec 08             	sub    $0x8,%esp
  8007bd:	ff 75 0c             	push   0xc(%ebp)
  8007c0:	6a 25                	push   $0x25
  8007c2:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8007c5:	83 c4 10             	add    $0x10,%esp
  8007c8:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8007cc:	0f 84 d1 fa ff ff    	je     8002a3 <vprintfmt+0x6d>
  8007d2:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8007d5:	89 d8                	mov    %ebx,%eax
  8007d7:	83 e8 01             	sub    $0x1,%eax
  8007da:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8007de:	75 f7                	jne    8007d7 <vprintfmt+0x5a1>
  8007e0:	89 45 10             	mov    %eax,0x10(%ebp)
  8007e3:	e9 57 fa ff ff       	jmp    80023f <vprintfmt+0x9>
	while (n > 0)
  8007e8:	85 db                	test   %ebx,%ebx
  8007ea:	0f 8f ef fe ff ff    	jg     8006df <vprintfmt+0x4a9>
  8007f0:	e9 4a fa ff ff       	jmp    80023f <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8007f5:	8d 5e 01             	lea    0x1(%esi),%ebx
  8007f8:	0f be 06             	movsbl (%esi),%eax
  8007fb:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8007fe:	85 c0                	test   %eax,%eax
  800800:	0f 85 55 fc ff ff    	jne    80045b <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800806:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800809:	89 45 14             	mov    %eax,0x14(%ebp)
  80080c:	e9 2e fa ff ff       	jmp    80023f <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800811:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800815:	74 0a                	je     800821 <vprintfmt+0x5eb>
  800817:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80081b:	0f 8f bf fb ff ff    	jg     8003e0 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800821:	b8 28 00 00 00       	mov    $0x28,%eax
  800826:	bb 6d 17 80 00       	mov    $0x80176d,%ebx
  80082b:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80082e:	e9 28 fc ff ff       	jmp    80045b <vprintfmt+0x225>
}
  800833:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800836:	5b                   	pop    %ebx
  800837:	5e                   	pop    %esi
  800838:	5f                   	pop    %edi
  800839:	5d                   	pop    %ebp
  80083a:	c3                   	ret

0080083b <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  80083b:	55                   	push   %ebp
  80083c:	89 e5                	mov    %esp,%ebp
  80083e:	83 ec 18             	sub    $0x18,%esp
  800841:	8b 45 08             	mov    0x8(%ebp),%eax
  800844:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800847:	89 45 ec             	mov    %eax,-0x14(%ebp)
  80084a:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  80084e:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800851:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800858:	85 c0                	test   %eax,%eax
  80085a:	74 26                	je     800882 <vsnprintf+0x47>
  80085c:	85 d2                	test   %edx,%edx
  80085e:	7e 22                	jle    800882 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800860:	ff 75 14             	push   0x14(%ebp)
  800863:	ff 75 10             	push   0x10(%ebp)
  800866:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800869:	50                   	push   %eax
  80086a:	68 fc 01 80 00       	push   $0x8001fc
  80086f:	e8 c2 f9 ff ff       	call   800236 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800874:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800877:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  80087a:	8b 45 f4             	mov    -0xc(%ebp),%eax
  80087d:	83 c4 10             	add    $0x10,%esp
}
  800880:	c9                   	leave
  800881:	c3                   	ret
		return -E_INVAL;
  800882:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800887:	eb f7                	jmp    800880 <vsnprintf+0x45>

00800889 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800889:	55                   	push   %ebp
  80088a:	89 e5                	mov    %esp,%ebp
  80088c:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  80088f:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  800892:	50                   	push   %eax
  800893:	ff 75 08             	push   0x8(%ebp)
  800896:	e8 17 0d 00 00       	call   8015b2 <vcprintf>
	va_end(ap);

	return cnt;
}
  80089b:	c9                   	leave
  80089c:	c3                   	ret

0080089d <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  80089d:	55                   	push   %ebp
  80089e:	89 e5                	mov    %esp,%ebp
  8008a0:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  8008a3:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  8008a6:	50                   	push   %eax
  8008a7:	ff 75 10             	push   0x10(%ebp)
  8008aa:	ff 75 0c             	push   0xc(%ebp)
  8008ad:	ff 75 08             	push   0x8(%ebp)
  8008b0:	e8 86 ff ff ff       	call   80083b <vsnprintf>
	va_end(ap);

	return rc;
}
  8008b5:	c9                   	leave
  8008b6:	c3                   	ret

008008b7 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8008b7:	55                   	push   %ebp
  8008b8:	89 e5                	mov    %esp,%ebp
  8008ba:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8008bd:	80 3a 00             	cmpb   $0x0,(%edx)
  8008c0:	74 10                	je     8008d2 <strlen+0x1b>
  8008c2:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  8008c7:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  8008ca:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  8008ce:	75 f7                	jne    8008c7 <strlen+0x10>
	return n;
}
  8008d0:	5d                   	pop    %ebp
  8008d1:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  8008d2:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  8008d7:	eb f7                	jmp    8008d0 <strlen+0x19>

008008d9 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  8008d9:	55                   	push   %ebp
  8008da:	89 e5                	mov    %esp,%ebp
  8008dc:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008df:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8008e2:	85 d2                	test   %edx,%edx
  8008e4:	74 16                	je     8008fc <strnlen+0x23>
  8008e6:	b8 00 00 00 00       	mov    $0x0,%eax
  8008eb:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  8008ef:	74 09                	je     8008fa <strnlen+0x21>
		n++;
  8008f1:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8008f4:	39 d0                	cmp    %edx,%eax
  8008f6:	75 f3                	jne    8008eb <strnlen+0x12>
		n++;
  8008f8:	89 d0                	mov    %edx,%eax
	return n;
}
  8008fa:	5d                   	pop    %ebp
  8008fb:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8008fc:	b8 00 00 00 00       	mov    $0x0,%eax
  800901:	eb f7                	jmp    8008fa <strnlen+0x21>

00800903 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800903:	55                   	push   %ebp
  800904:	89 e5                	mov    %esp,%ebp
  800906:	53                   	push   %ebx
  800907:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80090a:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  80090d:	b8 00 00 00 00       	mov    $0x0,%eax
  800912:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800916:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800919:	83 c0 01             	add    $0x1,%eax
  80091c:	84 d2                	test   %dl,%dl
  80091e:	75 f2                	jne    800912 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800920:	89 c8                	mov    %ecx,%eax
  800922:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800925:	c9                   	leave
  800926:	c3                   	ret

00800927 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800927:	55                   	push   %ebp
  800928:	89 e5                	mov    %esp,%ebp
  80092a:	53                   	push   %ebx
  80092b:	83 ec 10             	sub    $0x10,%esp
  80092e:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800931:	53                   	push   %ebx
  800932:	e8 80 ff ff ff       	call   8008b7 <strlen>
  800937:	83 c4 08             	add    $0x8,%esp
  80093a:	ff 75 0c             	push   0xc(%ebp)
  80093d:	01 d8                	add    %ebx,%eax
  80093f:	50                   	push   %eax
  800940:	e8 be ff ff ff       	call   800903 <strcpy>
	return dst;
}
  800945:	89 d8                	mov    %ebx,%eax
  800947:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80094a:	c9                   	leave
  80094b:	c3                   	ret

0080094c <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  80094c:	55                   	push   %ebp
  80094d:	89 e5                	mov    %esp,%ebp
  80094f:	56                   	push   %esi
  800950:	53                   	push   %ebx
  800951:	8b 75 08             	mov    0x8(%ebp),%esi
  800954:	8b 55 0c             	mov    0xc(%ebp),%edx
  800957:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  80095a:	85 db                	test   %ebx,%ebx
  80095c:	74 17                	je     800975 <strncpy+0x29>
  80095e:	01 f3                	add    %esi,%ebx
  800960:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800962:	83 c0 01             	add    $0x1,%eax
  800965:	0f b6 0a             	movzbl (%edx),%ecx
  800968:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  80096b:	80 f9 01             	cmp    $0x1,%cl
  80096e:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800971:	39 c3                	cmp    %eax,%ebx
  800973:	75 ed                	jne    800962 <strncpy+0x16>
	}
	return ret;
}
  800975:	89 f0                	mov    %esi,%eax
  800977:	5b                   	pop    %ebx
  800978:	5e                   	pop    %esi
  800979:	5d                   	pop    %ebp
  80097a:	c3                   	ret

0080097b <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  80097b:	55                   	push   %ebp
  80097c:	89 e5                	mov    %esp,%ebp
  80097e:	56                   	push   %esi
  80097f:	53                   	push   %ebx
  800980:	8b 75 08             	mov    0x8(%ebp),%esi
  800983:	8b 55 0c             	mov    0xc(%ebp),%edx
  800986:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800989:	89 f0                	mov    %esi,%eax
  80098b:	85 db                	test   %ebx,%ebx
  80098d:	74 1e                	je     8009ad <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  80098f:	83 eb 01             	sub    $0x1,%ebx
  800992:	74 16                	je     8009aa <strlcpy+0x2f>
  800994:	01 f3                	add    %esi,%ebx
  800996:	0f b6 0a             	movzbl (%edx),%ecx
  800999:	84 c9                	test   %cl,%cl
  80099b:	74 0d                	je     8009aa <strlcpy+0x2f>
			*dst++ = *src++;
  80099d:	83 c2 01             	add    $0x1,%edx
  8009a0:	83 c0 01             	add    $0x1,%eax
  8009a3:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  8009a6:	39 d8                	cmp    %ebx,%eax
  8009a8:	75 ec                	jne    800996 <strlcpy+0x1b>
		*dst = '\0';
  8009aa:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  8009ad:	29 f0                	sub    %esi,%eax
}
  8009af:	5b                   	pop    %ebx
  8009b0:	5e                   	pop    %esi
  8009b1:	5d                   	pop    %ebp
  8009b2:	c3                   	ret

008009b3 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  8009b3:	55                   	push   %ebp
  8009b4:	89 e5                	mov    %esp,%ebp
  8009b6:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8009b9:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  8009bc:	0f b6 01             	movzbl (%ecx),%eax
  8009bf:	84 c0                	test   %al,%al
  8009c1:	74 11                	je     8009d4 <strcmp+0x21>
  8009c3:	38 02                	cmp    %al,(%edx)
  8009c5:	75 0d                	jne    8009d4 <strcmp+0x21>
		p++, q++;
  8009c7:	83 c1 01             	add    $0x1,%ecx
  8009ca:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  8009cd:	0f b6 01             	movzbl (%ecx),%eax
  8009d0:	84 c0                	test   %al,%al
  8009d2:	75 ef                	jne    8009c3 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  8009d4:	0f b6 c0             	movzbl %al,%eax
  8009d7:	0f b6 12             	movzbl (%edx),%edx
  8009da:	29 d0                	sub    %edx,%eax
}
  8009dc:	5d                   	pop    %ebp
  8009dd:	c3                   	ret

008009de <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  8009de:	55                   	push   %ebp
  8009df:	89 e5                	mov    %esp,%ebp
  8009e1:	53                   	push   %ebx
  8009e2:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8009e5:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  8009e8:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  8009eb:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  8009f0:	85 d2                	test   %edx,%edx
  8009f2:	74 2e                	je     800a22 <strncmp+0x44>
  8009f4:	0f b6 01             	movzbl (%ecx),%eax
  8009f7:	84 c0                	test   %al,%al
  8009f9:	74 16                	je     800a11 <strncmp+0x33>
  8009fb:	3a 03                	cmp    (%ebx),%al
  8009fd:	75 12                	jne    800a11 <strncmp+0x33>
		n--, p++, q++;
  8009ff:	83 c1 01             	add    $0x1,%ecx
  800a02:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800a05:	83 ea 01             	sub    $0x1,%edx
  800a08:	75 ea                	jne    8009f4 <strncmp+0x16>
		return 0;
  800a0a:	b8 00 00 00 00       	mov    $0x0,%eax
  800a0f:	eb 11                	jmp    800a22 <strncmp+0x44>
  800a11:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800a16:	85 d2                	test   %edx,%edx
  800a18:	74 08                	je     800a22 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800a1a:	0f b6 01             	movzbl (%ecx),%eax
  800a1d:	0f b6 13             	movzbl (%ebx),%edx
  800a20:	29 d0                	sub    %edx,%eax
}
  800a22:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a25:	c9                   	leave
  800a26:	c3                   	ret

00800a27 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800a27:	55                   	push   %ebp
  800a28:	89 e5                	mov    %esp,%ebp
  800a2a:	8b 45 08             	mov    0x8(%ebp),%eax
  800a2d:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800a31:	0f b6 10             	movzbl (%eax),%edx
  800a34:	84 d2                	test   %dl,%dl
  800a36:	74 15                	je     800a4d <strchr+0x26>
		if (*s == c)
  800a38:	38 d1                	cmp    %dl,%cl
  800a3a:	74 0f                	je     800a4b <strchr+0x24>
	for (; *s; s++)
  800a3c:	83 c0 01             	add    $0x1,%eax
  800a3f:	0f b6 10             	movzbl (%eax),%edx
  800a42:	84 d2                	test   %dl,%dl
  800a44:	75 f2                	jne    800a38 <strchr+0x11>
			return (char *) s;
	return 0;
  800a46:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800a4b:	5d                   	pop    %ebp
  800a4c:	c3                   	ret
	return 0;
  800a4d:	b8 00 00 00 00       	mov    $0x0,%eax
  800a52:	eb f7                	jmp    800a4b <strchr+0x24>

00800a54 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800a54:	55                   	push   %ebp
  800a55:	89 e5                	mov    %esp,%ebp
  800a57:	53                   	push   %ebx
  800a58:	8b 45 08             	mov    0x8(%ebp),%eax
  800a5b:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800a5e:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800a61:	38 d3                	cmp    %dl,%bl
  800a63:	74 14                	je     800a79 <strfind+0x25>
  800a65:	89 d1                	mov    %edx,%ecx
  800a67:	84 db                	test   %bl,%bl
  800a69:	74 0e                	je     800a79 <strfind+0x25>
	for (; *s; s++)
  800a6b:	83 c0 01             	add    $0x1,%eax
  800a6e:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800a71:	38 ca                	cmp    %cl,%dl
  800a73:	74 04                	je     800a79 <strfind+0x25>
  800a75:	84 d2                	test   %dl,%dl
  800a77:	75 f2                	jne    800a6b <strfind+0x17>
			break;
	return (char *) s;
}
  800a79:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a7c:	c9                   	leave
  800a7d:	c3                   	ret

00800a7e <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800a7e:	55                   	push   %ebp
  800a7f:	89 e5                	mov    %esp,%ebp
  800a81:	53                   	push   %ebx
  800a82:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800a85:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800a88:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800a8b:	85 d2                	test   %edx,%edx
  800a8d:	74 0e                	je     800a9d <memset+0x1f>
  800a8f:	01 da                	add    %ebx,%edx
	char *p = v;
  800a91:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800a93:	83 c0 01             	add    $0x1,%eax
  800a96:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800a99:	39 c2                	cmp    %eax,%edx
  800a9b:	75 f6                	jne    800a93 <memset+0x15>
	return v;
}
  800a9d:	89 d8                	mov    %ebx,%eax
  800a9f:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800aa2:	c9                   	leave
  800aa3:	c3                   	ret

00800aa4 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800aa4:	55                   	push   %ebp
  800aa5:	89 e5                	mov    %esp,%ebp
  800aa7:	56                   	push   %esi
  800aa8:	53                   	push   %ebx
  800aa9:	8b 75 08             	mov    0x8(%ebp),%esi
  800aac:	8b 45 0c             	mov    0xc(%ebp),%eax
  800aaf:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800ab2:	39 f0                	cmp    %esi,%eax
  800ab4:	72 20                	jb     800ad6 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800ab6:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800ab9:	89 f2                	mov    %esi,%edx
  800abb:	85 c9                	test   %ecx,%ecx
  800abd:	74 11                	je     800ad0 <memmove+0x2c>
			*d++ = *s++;
  800abf:	83 c0 01             	add    $0x1,%eax
  800ac2:	83 c2 01             	add    $0x1,%edx
  800ac5:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800ac9:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800acc:	39 d8                	cmp    %ebx,%eax
  800ace:	75 ef                	jne    800abf <memmove+0x1b>
	return dst;
}
  800ad0:	89 f0                	mov    %esi,%eax
  800ad2:	5b                   	pop    %ebx
  800ad3:	5e                   	pop    %esi
  800ad4:	5d                   	pop    %ebp
  800ad5:	c3                   	ret
	if (s < d && s + n > d) {
  800ad6:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800ad9:	39 d6                	cmp    %edx,%esi
  800adb:	73 d9                	jae    800ab6 <memmove+0x12>
		while (n-- > 0)
  800add:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800ae0:	85 c9                	test   %ecx,%ecx
  800ae2:	74 ec                	je     800ad0 <memmove+0x2c>
			*--d = *--s;
  800ae4:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800ae8:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800aeb:	83 ea 01             	sub    $0x1,%edx
  800aee:	83 fa ff             	cmp    $0xffffffff,%edx
  800af1:	75 f1                	jne    800ae4 <memmove+0x40>
  800af3:	eb db                	jmp    800ad0 <memmove+0x2c>

00800af5 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800af5:	55                   	push   %ebp
  800af6:	89 e5                	mov    %esp,%ebp
  800af8:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800afb:	ff 75 10             	push   0x10(%ebp)
  800afe:	ff 75 0c             	push   0xc(%ebp)
  800b01:	ff 75 08             	push   0x8(%ebp)
  800b04:	e8 9b ff ff ff       	call   800aa4 <memmove>
}
  800b09:	c9                   	leave
  800b0a:	c3                   	ret

00800b0b <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800b0b:	55                   	push   %ebp
  800b0c:	89 e5                	mov    %esp,%ebp
  800b0e:	56                   	push   %esi
  800b0f:	53                   	push   %ebx
  800b10:	8b 45 08             	mov    0x8(%ebp),%eax
  800b13:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b16:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800b19:	85 f6                	test   %esi,%esi
  800b1b:	74 29                	je     800b46 <memcmp+0x3b>
  800b1d:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800b1f:	0f b6 08             	movzbl (%eax),%ecx
  800b22:	0f b6 1a             	movzbl (%edx),%ebx
  800b25:	38 d9                	cmp    %bl,%cl
  800b27:	75 11                	jne    800b3a <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800b29:	83 c0 01             	add    $0x1,%eax
  800b2c:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800b2f:	39 c6                	cmp    %eax,%esi
  800b31:	75 ec                	jne    800b1f <memcmp+0x14>
	}
	return 0;
  800b33:	b8 00 00 00 00       	mov    $0x0,%eax
  800b38:	eb 08                	jmp    800b42 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800b3a:	0f b6 c1             	movzbl %cl,%eax
  800b3d:	0f b6 db             	movzbl %bl,%ebx
  800b40:	29 d8                	sub    %ebx,%eax
}
  800b42:	5b                   	pop    %ebx
  800b43:	5e                   	pop    %esi
  800b44:	5d                   	pop    %ebp
  800b45:	c3                   	ret
	return 0;
  800b46:	b8 00 00 00 00       	mov    $0x0,%eax
  800b4b:	eb f5                	jmp    800b42 <memcmp+0x37>

00800b4d <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800b4d:	55                   	push   %ebp
  800b4e:	89 e5                	mov    %esp,%ebp
  800b50:	8b 45 08             	mov    0x8(%ebp),%eax
  800b53:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800b56:	89 c2                	mov    %eax,%edx
  800b58:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800b5b:	39 d0                	cmp    %edx,%eax
  800b5d:	73 0d                	jae    800b6c <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800b5f:	38 08                	cmp    %cl,(%eax)
  800b61:	74 0d                	je     800b70 <memfind+0x23>
	for (; s < ends; s++)
  800b63:	83 c0 01             	add    $0x1,%eax
  800b66:	39 c2                	cmp    %eax,%edx
  800b68:	75 f5                	jne    800b5f <memfind+0x12>
  800b6a:	eb 06                	jmp    800b72 <memfind+0x25>
  800b6c:	89 c2                	mov    %eax,%edx
  800b6e:	eb 02                	jmp    800b72 <memfind+0x25>
  800b70:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800b72:	89 d0                	mov    %edx,%eax
  800b74:	5d                   	pop    %ebp
  800b75:	c3                   	ret

00800b76 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800b76:	55                   	push   %ebp
  800b77:	89 e5                	mov    %esp,%ebp
  800b79:	57                   	push   %edi
  800b7a:	56                   	push   %esi
  800b7b:	53                   	push   %ebx
  800b7c:	8b 55 08             	mov    0x8(%ebp),%edx
  800b7f:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800b82:	0f b6 02             	movzbl (%edx),%eax
  800b85:	3c 20                	cmp    $0x20,%al
  800b87:	74 04                	je     800b8d <strtol+0x17>
  800b89:	3c 09                	cmp    $0x9,%al
  800b8b:	75 0e                	jne    800b9b <strtol+0x25>
		s++;
  800b8d:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800b90:	0f b6 02             	movzbl (%edx),%eax
  800b93:	3c 20                	cmp    $0x20,%al
  800b95:	74 f6                	je     800b8d <strtol+0x17>
  800b97:	3c 09                	cmp    $0x9,%al
  800b99:	74 f2                	je     800b8d <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800b9b:	3c 2b                	cmp    $0x2b,%al
  800b9d:	74 2a                	je     800bc9 <strtol+0x53>
	int neg = 0;
  800b9f:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800ba4:	3c 2d                	cmp    $0x2d,%al
  800ba6:	74 2b                	je     800bd3 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800ba8:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800bae:	75 0f                	jne    800bbf <strtol+0x49>
  800bb0:	80 3a 30             	cmpb   $0x30,(%edx)
  800bb3:	74 28                	je     800bdd <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800bb5:	85 db                	test   %ebx,%ebx
  800bb7:	b8 0a 00 00 00       	mov    $0xa,%eax
  800bbc:	0f 44 d8             	cmove  %eax,%ebx
  800bbf:	b9 00 00 00 00       	mov    $0x0,%ecx
  800bc4:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800bc7:	eb 46                	jmp    800c0f <strtol+0x99>
		s++;
  800bc9:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800bcc:	bf 00 00 00 00       	mov    $0x0,%edi
  800bd1:	eb d5                	jmp    800ba8 <strtol+0x32>
		s++, neg = 1;
  800bd3:	83 c2 01             	add    $0x1,%edx
  800bd6:	bf 01 00 00 00       	mov    $0x1,%edi
  800bdb:	eb cb                	jmp    800ba8 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800bdd:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800be1:	74 0e                	je     800bf1 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800be3:	85 db                	test   %ebx,%ebx
  800be5:	75 d8                	jne    800bbf <strtol+0x49>
		s++, base = 8;
  800be7:	83 c2 01             	add    $0x1,%edx
  800bea:	bb 08 00 00 00       	mov    $0x8,%ebx
  800bef:	eb ce                	jmp    800bbf <strtol+0x49>
		s += 2, base = 16;
  800bf1:	83 c2 02             	add    $0x2,%edx
  800bf4:	bb 10 00 00 00       	mov    $0x10,%ebx
  800bf9:	eb c4                	jmp    800bbf <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800bfb:	0f be c0             	movsbl %al,%eax
  800bfe:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800c01:	3b 45 10             	cmp    0x10(%ebp),%eax
  800c04:	7d 3a                	jge    800c40 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800c06:	83 c2 01             	add    $0x1,%edx
  800c09:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800c0d:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800c0f:	0f b6 02             	movzbl (%edx),%eax
  800c12:	8d 70 d0             	lea    -0x30(%eax),%esi
  800c15:	89 f3                	mov    %esi,%ebx
  800c17:	80 fb 09             	cmp    $0x9,%bl
  800c1a:	76 df                	jbe    800bfb <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800c1c:	8d 70 9f             	lea    -0x61(%eax),%esi
  800c1f:	89 f3                	mov    %esi,%ebx
  800c21:	80 fb 19             	cmp    $0x19,%bl
  800c24:	77 08                	ja     800c2e <strtol+0xb8>
			dig = *s - 'a' + 10;
  800c26:	0f be c0             	movsbl %al,%eax
  800c29:	83 e8 57             	sub    $0x57,%eax
  800c2c:	eb d3                	jmp    800c01 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800c2e:	8d 70 bf             	lea    -0x41(%eax),%esi
  800c31:	89 f3                	mov    %esi,%ebx
  800c33:	80 fb 19             	cmp    $0x19,%bl
  800c36:	77 08                	ja     800c40 <strtol+0xca>
			dig = *s - 'A' + 10;
  800c38:	0f be c0             	movsbl %al,%eax
  800c3b:	83 e8 37             	sub    $0x37,%eax
  800c3e:	eb c1                	jmp    800c01 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800c40:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800c44:	74 05                	je     800c4b <strtol+0xd5>
		*endptr = (char *) s;
  800c46:	8b 45 0c             	mov    0xc(%ebp),%eax
  800c49:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800c4b:	89 c8                	mov    %ecx,%eax
  800c4d:	f7 d8                	neg    %eax
  800c4f:	85 ff                	test   %edi,%edi
  800c51:	0f 45 c8             	cmovne %eax,%ecx
}
  800c54:	89 c8                	mov    %ecx,%eax
  800c56:	5b                   	pop    %ebx
  800c57:	5e                   	pop    %esi
  800c58:	5f                   	pop    %edi
  800c59:	5d                   	pop    %ebp
  800c5a:	c3                   	ret

00800c5b <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800c5b:	55                   	push   %ebp
  800c5c:	89 e5                	mov    %esp,%ebp
  800c5e:	57                   	push   %edi
  800c5f:	56                   	push   %esi
  800c60:	53                   	push   %ebx
  800c61:	83 ec 24             	sub    $0x24,%esp
  800c64:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800c67:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800c6a:	8b 45 08             	mov    0x8(%ebp),%eax
  800c6d:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c70:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800c73:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800c76:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800c79:	89 d1                	mov    %edx,%ecx
  800c7b:	09 c1                	or     %eax,%ecx
  800c7d:	74 2f                	je     800cae <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800c7f:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800c82:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800c85:	89 d0                	mov    %edx,%eax
  800c87:	83 c8 00             	or     $0x0,%eax
  800c8a:	74 48                	je     800cd4 <udivmod64+0x79>
  800c8c:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800c91:	be 00 00 00 00       	mov    $0x0,%esi
  800c96:	bf 00 00 00 00       	mov    $0x0,%edi
  800c9b:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800ca2:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800ca9:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800cac:	eb 5f                	jmp    800d0d <udivmod64+0xb2>
		return ~0ULL;
  800cae:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800cb5:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800cbc:	85 db                	test   %ebx,%ebx
  800cbe:	0f 84 b7 00 00 00    	je     800d7b <udivmod64+0x120>
			*rem = n;
  800cc4:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800cc7:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800cca:	89 03                	mov    %eax,(%ebx)
  800ccc:	89 53 04             	mov    %edx,0x4(%ebx)
  800ccf:	e9 a7 00 00 00       	jmp    800d7b <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800cd4:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800cd7:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800cda:	85 db                	test   %ebx,%ebx
  800cdc:	74 12                	je     800cf0 <udivmod64+0x95>
			*rem = n32 % d32;
  800cde:	89 c8                	mov    %ecx,%eax
  800ce0:	ba 00 00 00 00       	mov    $0x0,%edx
  800ce5:	f7 f6                	div    %esi
  800ce7:	89 13                	mov    %edx,(%ebx)
  800ce9:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800cf0:	89 c8                	mov    %ecx,%eax
  800cf2:	ba 00 00 00 00       	mov    $0x0,%edx
  800cf7:	f7 f6                	div    %esi
  800cf9:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800cfc:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800d03:	eb 76                	jmp    800d7b <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800d05:	83 e9 01             	sub    $0x1,%ecx
  800d08:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800d0b:	74 62                	je     800d6f <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800d0d:	89 f0                	mov    %esi,%eax
  800d0f:	89 fa                	mov    %edi,%edx
  800d11:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800d15:	01 c0                	add    %eax,%eax
  800d17:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800d1a:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800d1d:	0f ad fe             	shrd   %cl,%edi,%esi
  800d20:	d3 ef                	shr    %cl,%edi
  800d22:	f6 c1 20             	test   $0x20,%cl
  800d25:	74 04                	je     800d2b <udivmod64+0xd0>
  800d27:	89 fe                	mov    %edi,%esi
  800d29:	31 ff                	xor    %edi,%edi
  800d2b:	89 f7                	mov    %esi,%edi
  800d2d:	83 e7 01             	and    $0x1,%edi
  800d30:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800d33:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800d3a:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800d3d:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800d40:	09 c6                	or     %eax,%esi
  800d42:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800d44:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800d47:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800d4a:	39 c6                	cmp    %eax,%esi
  800d4c:	89 fb                	mov    %edi,%ebx
  800d4e:	19 d3                	sbb    %edx,%ebx
  800d50:	72 b3                	jb     800d05 <udivmod64+0xaa>
			r -= d;
  800d52:	29 c6                	sub    %eax,%esi
  800d54:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800d56:	31 c0                	xor    %eax,%eax
  800d58:	31 d2                	xor    %edx,%edx
  800d5a:	f6 c1 20             	test   $0x20,%cl
  800d5d:	0f 94 c0             	sete   %al
  800d60:	0f 95 c2             	setne  %dl
  800d63:	d3 e0                	shl    %cl,%eax
  800d65:	d3 e2                	shl    %cl,%edx
  800d67:	09 45 d0             	or     %eax,-0x30(%ebp)
  800d6a:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800d6d:	eb 96                	jmp    800d05 <udivmod64+0xaa>
		}
	}
	if (rem)
  800d6f:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800d72:	85 db                	test   %ebx,%ebx
  800d74:	74 05                	je     800d7b <udivmod64+0x120>
		*rem = r;
  800d76:	89 33                	mov    %esi,(%ebx)
  800d78:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800d7b:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800d7e:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800d81:	83 c4 24             	add    $0x24,%esp
  800d84:	5b                   	pop    %ebx
  800d85:	5e                   	pop    %esi
  800d86:	5f                   	pop    %edi
  800d87:	5d                   	pop    %ebp
  800d88:	c3                   	ret

00800d89 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800d89:	55                   	push   %ebp
  800d8a:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800d8c:	83 ec 04             	sub    $0x4,%esp
  800d8f:	6a 00                	push   $0x0
  800d91:	ff 75 14             	push   0x14(%ebp)
  800d94:	ff 75 10             	push   0x10(%ebp)
  800d97:	8b 45 08             	mov    0x8(%ebp),%eax
  800d9a:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d9d:	e8 b9 fe ff ff       	call   800c5b <udivmod64>
}
  800da2:	c9                   	leave
  800da3:	c3                   	ret

00800da4 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800da4:	55                   	push   %ebp
  800da5:	89 e5                	mov    %esp,%ebp
  800da7:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800daa:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800dad:	50                   	push   %eax
  800dae:	ff 75 14             	push   0x14(%ebp)
  800db1:	ff 75 10             	push   0x10(%ebp)
  800db4:	8b 45 08             	mov    0x8(%ebp),%eax
  800db7:	8b 55 0c             	mov    0xc(%ebp),%edx
  800dba:	e8 9c fe ff ff       	call   800c5b <udivmod64>
	return r;
}
  800dbf:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800dc2:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800dc5:	c9                   	leave
  800dc6:	c3                   	ret

00800dc7 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800dc7:	55                   	push   %ebp
  800dc8:	89 e5                	mov    %esp,%ebp
  800dca:	57                   	push   %edi
  800dcb:	56                   	push   %esi
  800dcc:	53                   	push   %ebx
  800dcd:	83 ec 0c             	sub    $0xc,%esp
  800dd0:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800dd3:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800dd6:	8b 45 10             	mov    0x10(%ebp),%eax
  800dd9:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800ddc:	89 ce                	mov    %ecx,%esi
  800dde:	89 df                	mov    %ebx,%edi
  800de0:	31 c6                	xor    %eax,%esi
  800de2:	31 d7                	xor    %edx,%edi
  800de4:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800de7:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800dea:	89 c6                	mov    %eax,%esi
  800dec:	89 d7                	mov    %edx,%edi
  800dee:	85 d2                	test   %edx,%edx
  800df0:	78 25                	js     800e17 <__divdi3+0x50>
  800df2:	89 c8                	mov    %ecx,%eax
  800df4:	89 da                	mov    %ebx,%edx
  800df6:	85 db                	test   %ebx,%ebx
  800df8:	78 2a                	js     800e24 <__divdi3+0x5d>
  800dfa:	83 ec 04             	sub    $0x4,%esp
  800dfd:	6a 00                	push   $0x0
  800dff:	57                   	push   %edi
  800e00:	56                   	push   %esi
  800e01:	e8 55 fe ff ff       	call   800c5b <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800e06:	83 c4 10             	add    $0x10,%esp
  800e09:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800e0d:	78 1e                	js     800e2d <__divdi3+0x66>
}
  800e0f:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e12:	5b                   	pop    %ebx
  800e13:	5e                   	pop    %esi
  800e14:	5f                   	pop    %edi
  800e15:	5d                   	pop    %ebp
  800e16:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e17:	f7 d8                	neg    %eax
  800e19:	83 d2 00             	adc    $0x0,%edx
  800e1c:	f7 da                	neg    %edx
  800e1e:	89 c6                	mov    %eax,%esi
  800e20:	89 d7                	mov    %edx,%edi
  800e22:	eb ce                	jmp    800df2 <__divdi3+0x2b>
  800e24:	f7 d8                	neg    %eax
  800e26:	83 d2 00             	adc    $0x0,%edx
  800e29:	f7 da                	neg    %edx
  800e2b:	eb cd                	jmp    800dfa <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800e2d:	f7 d8                	neg    %eax
  800e2f:	83 d2 00             	adc    $0x0,%edx
  800e32:	f7 da                	neg    %edx
  800e34:	eb d9                	jmp    800e0f <__divdi3+0x48>

00800e36 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800e36:	55                   	push   %ebp
  800e37:	89 e5                	mov    %esp,%ebp
  800e39:	57                   	push   %edi
  800e3a:	56                   	push   %esi
  800e3b:	53                   	push   %ebx
  800e3c:	83 ec 14             	sub    $0x14,%esp
  800e3f:	8b 45 08             	mov    0x8(%ebp),%eax
  800e42:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e45:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800e48:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e4b:	89 ce                	mov    %ecx,%esi
  800e4d:	89 df                	mov    %ebx,%edi
  800e4f:	85 db                	test   %ebx,%ebx
  800e51:	78 23                	js     800e76 <__moddi3+0x40>
  800e53:	85 d2                	test   %edx,%edx
  800e55:	78 28                	js     800e7f <__moddi3+0x49>
  800e57:	83 ec 04             	sub    $0x4,%esp
  800e5a:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800e5d:	51                   	push   %ecx
  800e5e:	57                   	push   %edi
  800e5f:	56                   	push   %esi
  800e60:	e8 f6 fd ff ff       	call   800c5b <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800e65:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800e68:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800e6b:	83 c4 10             	add    $0x10,%esp
}
  800e6e:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e71:	5b                   	pop    %ebx
  800e72:	5e                   	pop    %esi
  800e73:	5f                   	pop    %edi
  800e74:	5d                   	pop    %ebp
  800e75:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e76:	f7 de                	neg    %esi
  800e78:	83 d7 00             	adc    $0x0,%edi
  800e7b:	f7 df                	neg    %edi
  800e7d:	eb d4                	jmp    800e53 <__moddi3+0x1d>
  800e7f:	f7 d8                	neg    %eax
  800e81:	83 d2 00             	adc    $0x0,%edx
  800e84:	f7 da                	neg    %edx
  800e86:	83 ec 04             	sub    $0x4,%esp
  800e89:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800e8c:	51                   	push   %ecx
  800e8d:	57                   	push   %edi
  800e8e:	56                   	push   %esi
  800e8f:	e8 c7 fd ff ff       	call   800c5b <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800e94:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800e97:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800e9a:	f7 d8                	neg    %eax
  800e9c:	83 d2 00             	adc    $0x0,%edx
  800e9f:	f7 da                	neg    %edx
  800ea1:	83 c4 10             	add    $0x10,%esp
  800ea4:	eb c8                	jmp    800e6e <__moddi3+0x38>

00800ea6 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800ea6:	55                   	push   %ebp
  800ea7:	89 e5                	mov    %esp,%ebp
  800ea9:	57                   	push   %edi
  800eaa:	56                   	push   %esi
  800eab:	53                   	push   %ebx
	asm volatile("int %1\n"
  800eac:	b8 00 00 00 00       	mov    $0x0,%eax
  800eb1:	8b 55 08             	mov    0x8(%ebp),%edx
  800eb4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800eb7:	89 c3                	mov    %eax,%ebx
  800eb9:	89 c7                	mov    %eax,%edi
  800ebb:	89 c6                	mov    %eax,%esi
  800ebd:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800ebf:	5b                   	pop    %ebx
  800ec0:	5e                   	pop    %esi
  800ec1:	5f                   	pop    %edi
  800ec2:	5d                   	pop    %ebp
  800ec3:	c3                   	ret

00800ec4 <sys_cgetc>:

int
sys_cgetc(void)
{
  800ec4:	55                   	push   %ebp
  800ec5:	89 e5                	mov    %esp,%ebp
  800ec7:	57                   	push   %edi
  800ec8:	56                   	push   %esi
  800ec9:	53                   	push   %ebx
	asm volatile("int %1\n"
  800eca:	ba 00 00 00 00       	mov    $0x0,%edx
  800ecf:	b8 01 00 00 00       	mov    $0x1,%eax
  800ed4:	89 d1                	mov    %edx,%ecx
  800ed6:	89 d3                	mov    %edx,%ebx
  800ed8:	89 d7                	mov    %edx,%edi
  800eda:	89 d6                	mov    %edx,%esi
  800edc:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800ede:	5b                   	pop    %ebx
  800edf:	5e                   	pop    %esi
  800ee0:	5f                   	pop    %edi
  800ee1:	5d                   	pop    %ebp
  800ee2:	c3                   	ret

00800ee3 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800ee3:	55                   	push   %ebp
  800ee4:	89 e5                	mov    %esp,%ebp
  800ee6:	57                   	push   %edi
  800ee7:	56                   	push   %esi
  800ee8:	53                   	push   %ebx
  800ee9:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800eec:	b9 00 00 00 00       	mov    $0x0,%ecx
  800ef1:	8b 55 08             	mov    0x8(%ebp),%edx
  800ef4:	b8 03 00 00 00       	mov    $0x3,%eax
  800ef9:	89 cb                	mov    %ecx,%ebx
  800efb:	89 cf                	mov    %ecx,%edi
  800efd:	89 ce                	mov    %ecx,%esi
  800eff:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f01:	85 c0                	test   %eax,%eax
  800f03:	7f 08                	jg     800f0d <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800f05:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f08:	5b                   	pop    %ebx
  800f09:	5e                   	pop    %esi
  800f0a:	5f                   	pop    %edi
  800f0b:	5d                   	pop    %ebp
  800f0c:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f0d:	83 ec 0c             	sub    $0xc,%esp
  800f10:	50                   	push   %eax
  800f11:	6a 03                	push   $0x3
  800f13:	68 c4 19 80 00       	push   $0x8019c4
  800f18:	6a 1f                	push   $0x1f
  800f1a:	68 e1 19 80 00       	push   $0x8019e1
  800f1f:	e8 04 06 00 00       	call   801528 <_panic>

00800f24 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800f24:	55                   	push   %ebp
  800f25:	89 e5                	mov    %esp,%ebp
  800f27:	57                   	push   %edi
  800f28:	56                   	push   %esi
  800f29:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f2a:	ba 00 00 00 00       	mov    $0x0,%edx
  800f2f:	b8 02 00 00 00       	mov    $0x2,%eax
  800f34:	89 d1                	mov    %edx,%ecx
  800f36:	89 d3                	mov    %edx,%ebx
  800f38:	89 d7                	mov    %edx,%edi
  800f3a:	89 d6                	mov    %edx,%esi
  800f3c:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800f3e:	5b                   	pop    %ebx
  800f3f:	5e                   	pop    %esi
  800f40:	5f                   	pop    %edi
  800f41:	5d                   	pop    %ebp
  800f42:	c3                   	ret

00800f43 <sys_yield>:

void
sys_yield(void)
{
  800f43:	55                   	push   %ebp
  800f44:	89 e5                	mov    %esp,%ebp
  800f46:	57                   	push   %edi
  800f47:	56                   	push   %esi
  800f48:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f49:	ba 00 00 00 00       	mov    $0x0,%edx
  800f4e:	b8 0a 00 00 00       	mov    $0xa,%eax
  800f53:	89 d1                	mov    %edx,%ecx
  800f55:	89 d3                	mov    %edx,%ebx
  800f57:	89 d7                	mov    %edx,%edi
  800f59:	89 d6                	mov    %edx,%esi
  800f5b:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800f5d:	5b                   	pop    %ebx
  800f5e:	5e                   	pop    %esi
  800f5f:	5f                   	pop    %edi
  800f60:	5d                   	pop    %ebp
  800f61:	c3                   	ret

00800f62 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800f62:	55                   	push   %ebp
  800f63:	89 e5                	mov    %esp,%ebp
  800f65:	57                   	push   %edi
  800f66:	56                   	push   %esi
  800f67:	53                   	push   %ebx
  800f68:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f6b:	be 00 00 00 00       	mov    $0x0,%esi
  800f70:	8b 55 08             	mov    0x8(%ebp),%edx
  800f73:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f76:	b8 04 00 00 00       	mov    $0x4,%eax
  800f7b:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f7e:	89 f7                	mov    %esi,%edi
  800f80:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f82:	85 c0                	test   %eax,%eax
  800f84:	7f 08                	jg     800f8e <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800f86:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f89:	5b                   	pop    %ebx
  800f8a:	5e                   	pop    %esi
  800f8b:	5f                   	pop    %edi
  800f8c:	5d                   	pop    %ebp
  800f8d:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f8e:	83 ec 0c             	sub    $0xc,%esp
  800f91:	50                   	push   %eax
  800f92:	6a 04                	push   $0x4
  800f94:	68 c4 19 80 00       	push   $0x8019c4
  800f99:	6a 1f                	push   $0x1f
  800f9b:	68 e1 19 80 00       	push   $0x8019e1
  800fa0:	e8 83 05 00 00       	call   801528 <_panic>

00800fa5 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800fa5:	55                   	push   %ebp
  800fa6:	89 e5                	mov    %esp,%ebp
  800fa8:	57                   	push   %edi
  800fa9:	56                   	push   %esi
  800faa:	53                   	push   %ebx
  800fab:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fae:	8b 55 08             	mov    0x8(%ebp),%edx
  800fb1:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fb4:	b8 05 00 00 00       	mov    $0x5,%eax
  800fb9:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fbc:	8b 7d 14             	mov    0x14(%ebp),%edi
  800fbf:	8b 75 18             	mov    0x18(%ebp),%esi
  800fc2:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fc4:	85 c0                	test   %eax,%eax
  800fc6:	7f 08                	jg     800fd0 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800fc8:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fcb:	5b                   	pop    %ebx
  800fcc:	5e                   	pop    %esi
  800fcd:	5f                   	pop    %edi
  800fce:	5d                   	pop    %ebp
  800fcf:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fd0:	83 ec 0c             	sub    $0xc,%esp
  800fd3:	50                   	push   %eax
  800fd4:	6a 05                	push   $0x5
  800fd6:	68 c4 19 80 00       	push   $0x8019c4
  800fdb:	6a 1f                	push   $0x1f
  800fdd:	68 e1 19 80 00       	push   $0x8019e1
  800fe2:	e8 41 05 00 00       	call   801528 <_panic>

00800fe7 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800fe7:	55                   	push   %ebp
  800fe8:	89 e5                	mov    %esp,%ebp
  800fea:	57                   	push   %edi
  800feb:	56                   	push   %esi
  800fec:	53                   	push   %ebx
  800fed:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800ff0:	bb 00 00 00 00       	mov    $0x0,%ebx
  800ff5:	8b 55 08             	mov    0x8(%ebp),%edx
  800ff8:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ffb:	b8 06 00 00 00       	mov    $0x6,%eax
  801000:	89 df                	mov    %ebx,%edi
  801002:	89 de                	mov    %ebx,%esi
  801004:	cd 30                	int    $0x30
	if (check && ret > 0)
  801006:	85 c0                	test   %eax,%eax
  801008:	7f 08                	jg     801012 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  80100a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80100d:	5b                   	pop    %ebx
  80100e:	5e                   	pop    %esi
  80100f:	5f                   	pop    %edi
  801010:	5d                   	pop    %ebp
  801011:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801012:	83 ec 0c             	sub    $0xc,%esp
  801015:	50                   	push   %eax
  801016:	6a 06                	push   $0x6
  801018:	68 c4 19 80 00       	push   $0x8019c4
  80101d:	6a 1f                	push   $0x1f
  80101f:	68 e1 19 80 00       	push   $0x8019e1
  801024:	e8 ff 04 00 00       	call   801528 <_panic>

00801029 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  801029:	55                   	push   %ebp
  80102a:	89 e5                	mov    %esp,%ebp
  80102c:	57                   	push   %edi
  80102d:	56                   	push   %esi
  80102e:	53                   	push   %ebx
  80102f:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801032:	bb 00 00 00 00       	mov    $0x0,%ebx
  801037:	8b 55 08             	mov    0x8(%ebp),%edx
  80103a:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80103d:	b8 08 00 00 00       	mov    $0x8,%eax
  801042:	89 df                	mov    %ebx,%edi
  801044:	89 de                	mov    %ebx,%esi
  801046:	cd 30                	int    $0x30
	if (check && ret > 0)
  801048:	85 c0                	test   %eax,%eax
  80104a:	7f 08                	jg     801054 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  80104c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80104f:	5b                   	pop    %ebx
  801050:	5e                   	pop    %esi
  801051:	5f                   	pop    %edi
  801052:	5d                   	pop    %ebp
  801053:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801054:	83 ec 0c             	sub    $0xc,%esp
  801057:	50                   	push   %eax
  801058:	6a 08                	push   $0x8
  80105a:	68 c4 19 80 00       	push   $0x8019c4
  80105f:	6a 1f                	push   $0x1f
  801061:	68 e1 19 80 00       	push   $0x8019e1
  801066:	e8 bd 04 00 00       	call   801528 <_panic>

0080106b <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  80106b:	55                   	push   %ebp
  80106c:	89 e5                	mov    %esp,%ebp
  80106e:	57                   	push   %edi
  80106f:	56                   	push   %esi
  801070:	53                   	push   %ebx
  801071:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801074:	bb 00 00 00 00       	mov    $0x0,%ebx
  801079:	8b 55 08             	mov    0x8(%ebp),%edx
  80107c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80107f:	b8 09 00 00 00       	mov    $0x9,%eax
  801084:	89 df                	mov    %ebx,%edi
  801086:	89 de                	mov    %ebx,%esi
  801088:	cd 30                	int    $0x30
	if (check && ret > 0)
  80108a:	85 c0                	test   %eax,%eax
  80108c:	7f 08                	jg     801096 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  80108e:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801091:	5b                   	pop    %ebx
  801092:	5e                   	pop    %esi
  801093:	5f                   	pop    %edi
  801094:	5d                   	pop    %ebp
  801095:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801096:	83 ec 0c             	sub    $0xc,%esp
  801099:	50                   	push   %eax
  80109a:	6a 09                	push   $0x9
  80109c:	68 c4 19 80 00       	push   $0x8019c4
  8010a1:	6a 1f                	push   $0x1f
  8010a3:	68 e1 19 80 00       	push   $0x8019e1
  8010a8:	e8 7b 04 00 00       	call   801528 <_panic>

008010ad <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8010ad:	55                   	push   %ebp
  8010ae:	89 e5                	mov    %esp,%ebp
  8010b0:	57                   	push   %edi
  8010b1:	56                   	push   %esi
  8010b2:	53                   	push   %ebx
	asm volatile("int %1\n"
  8010b3:	8b 55 08             	mov    0x8(%ebp),%edx
  8010b6:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010b9:	b8 0b 00 00 00       	mov    $0xb,%eax
  8010be:	be 00 00 00 00       	mov    $0x0,%esi
  8010c3:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8010c6:	8b 7d 14             	mov    0x14(%ebp),%edi
  8010c9:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8010cb:	5b                   	pop    %ebx
  8010cc:	5e                   	pop    %esi
  8010cd:	5f                   	pop    %edi
  8010ce:	5d                   	pop    %ebp
  8010cf:	c3                   	ret

008010d0 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8010d0:	55                   	push   %ebp
  8010d1:	89 e5                	mov    %esp,%ebp
  8010d3:	57                   	push   %edi
  8010d4:	56                   	push   %esi
  8010d5:	53                   	push   %ebx
  8010d6:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8010d9:	b9 00 00 00 00       	mov    $0x0,%ecx
  8010de:	8b 55 08             	mov    0x8(%ebp),%edx
  8010e1:	b8 0c 00 00 00       	mov    $0xc,%eax
  8010e6:	89 cb                	mov    %ecx,%ebx
  8010e8:	89 cf                	mov    %ecx,%edi
  8010ea:	89 ce                	mov    %ecx,%esi
  8010ec:	cd 30                	int    $0x30
	if (check && ret > 0)
  8010ee:	85 c0                	test   %eax,%eax
  8010f0:	7f 08                	jg     8010fa <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  8010f2:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8010f5:	5b                   	pop    %ebx
  8010f6:	5e                   	pop    %esi
  8010f7:	5f                   	pop    %edi
  8010f8:	5d                   	pop    %ebp
  8010f9:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8010fa:	83 ec 0c             	sub    $0xc,%esp
  8010fd:	50                   	push   %eax
  8010fe:	6a 0c                	push   $0xc
  801100:	68 c4 19 80 00       	push   $0x8019c4
  801105:	6a 1f                	push   $0x1f
  801107:	68 e1 19 80 00       	push   $0x8019e1
  80110c:	e8 17 04 00 00       	call   801528 <_panic>

00801111 <page_mapped>:
// directory entry first: uvpt[pn] itself faults when its page table is
// absent.
static bool
page_mapped(uintptr_t pn)
{
	return (uvpd[pn >> (PDXSHIFT - PTXSHIFT)] & PTE_P)
  801111:	89 c2                	mov    %eax,%edx
  801113:	c1 ea 0a             	shr    $0xa,%edx
  801116:	8b 14 95 00 d0 7b ef 	mov    -0x10843000(,%edx,4),%edx
		&& (uvpt[pn] & PTE_P);
  80111d:	f6 c2 01             	test   $0x1,%dl
  801120:	74 0e                	je     801130 <page_mapped+0x1f>
  801122:	8b 04 85 00 00 40 ef 	mov    -0x10c00000(,%eax,4),%eax
  801129:	83 e0 01             	and    $0x1,%eax
  80112c:	83 e0 01             	and    $0x1,%eax
}
  80112f:	c3                   	ret
		&& (uvpt[pn] & PTE_P);
  801130:	b8 00 00 00 00       	mov    $0x0,%eax
  801135:	eb f5                	jmp    80112c <page_mapped+0x1b>

00801137 <duppage>:
// Map our page number pn into envid at the same address.  A writable or
// copy-on-write page becomes copy-on-write in both environments; any other
// page is shared with its current permissions.
static int
duppage(envid_t envid, uintptr_t pn)
{
  801137:	55                   	push   %ebp
  801138:	89 e5                	mov    %esp,%ebp
  80113a:	56                   	push   %esi
  80113b:	53                   	push   %ebx
  80113c:	8b 45 08             	mov    0x8(%ebp),%eax
  80113f:	8b 55 0c             	mov    0xc(%ebp),%edx
	void *va = (void *) (pn * PGSIZE);
  801142:	89 d6                	mov    %edx,%esi
  801144:	c1 e6 0c             	shl    $0xc,%esi
	int perm = uvpt[pn] & PTE_SYSCALL;
  801147:	8b 1c 95 00 00 40 ef 	mov    -0x10c00000(,%edx,4),%ebx
	int r;

	if (!(perm & (PTE_W | PTE_COW)))
  80114e:	f7 c3 02 08 00 00    	test   $0x802,%ebx
  801154:	74 37                	je     80118d <duppage+0x56>
		return sys_page_map(0, va, envid, va, perm);

	perm = (perm & ~PTE_W) | PTE_COW;
  801156:	81 e3 05 06 00 00    	and    $0x605,%ebx
  80115c:	80 cf 08             	or     $0x8,%bh
	// and here we may have written the page (our stack, for one) and
	// taken a private writable copy, and the child now shares that
	// copy; leaving it writable would let our later writes show
	// through in the child.  Doing it the other way round, a fault in
	// between would give the child our new writable page.
	if ((r = sys_page_map(0, va, envid, va, perm)) < 0)
  80115f:	83 ec 0c             	sub    $0xc,%esp
  801162:	53                   	push   %ebx
  801163:	56                   	push   %esi
  801164:	50                   	push   %eax
  801165:	56                   	push   %esi
  801166:	6a 00                	push   $0x0
  801168:	e8 38 fe ff ff       	call   800fa5 <sys_page_map>
  80116d:	83 c4 20             	add    $0x20,%esp
  801170:	85 c0                	test   %eax,%eax
  801172:	78 12                	js     801186 <duppage+0x4f>
		return r;
	return sys_page_map(0, va, 0, va, perm);
  801174:	83 ec 0c             	sub    $0xc,%esp
  801177:	53                   	push   %ebx
  801178:	56                   	push   %esi
  801179:	6a 00                	push   $0x0
  80117b:	56                   	push   %esi
  80117c:	6a 00                	push   $0x0
  80117e:	e8 22 fe ff ff       	call   800fa5 <sys_page_map>
  801183:	83 c4 20             	add    $0x20,%esp
}
  801186:	8d 65 f8             	lea    -0x8(%ebp),%esp
  801189:	5b                   	pop    %ebx
  80118a:	5e                   	pop    %esi
  80118b:	5d                   	pop    %ebp
  80118c:	c3                   	ret
		return sys_page_map(0, va, envid, va, perm);
  80118d:	83 ec 0c             	sub    $0xc,%esp
	int perm = uvpt[pn] & PTE_SYSCALL;
  801190:	81 e3 07 0e 00 00    	and    $0xe07,%ebx
		return sys_page_map(0, va, envid, va, perm);
  801196:	53                   	push   %ebx
  801197:	56                   	push   %esi
  801198:	50                   	push   %eax
  801199:	56                   	push   %esi
  80119a:	6a 00                	push   $0x0
  80119c:	e8 04 fe ff ff       	call   800fa5 <sys_page_map>
  8011a1:	83 c4 20             	add    $0x20,%esp
  8011a4:	eb e0                	jmp    801186 <duppage+0x4f>

008011a6 <sharepage>:

// How sfork gives a page to the child: the stack and the private data
// page copy-on-write as in fork, every other page shared outright.
static int
sharepage(envid_t envid, uintptr_t pn)
{
  8011a6:	55                   	push   %ebp
  8011a7:	89 e5                	mov    %esp,%ebp
  8011a9:	83 ec 18             	sub    $0x18,%esp
  8011ac:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	uintptr_t va = pn * PGSIZE;
  8011af:	89 c8                	mov    %ecx,%eax
  8011b1:	c1 e0 0c             	shl    $0xc,%eax
  8011b4:	89 45 f4             	mov    %eax,-0xc(%ebp)
	uintptr_t stack_bottom = ROUNDDOWN((uintptr_t) &va, PGSIZE);
  8011b7:	8d 55 f4             	lea    -0xc(%ebp),%edx
  8011ba:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
	int perm;

	if ((va >= stack_bottom && va < USTACKTOP)
  8011c0:	39 d0                	cmp    %edx,%eax
  8011c2:	72 07                	jb     8011cb <sharepage+0x25>
  8011c4:	3d ff df bf ee       	cmp    $0xeebfdfff,%eax
  8011c9:	76 41                	jbe    80120c <sharepage+0x66>
	    || (va >= (uintptr_t) __private_start
  8011cb:	3d 00 30 80 00       	cmp    $0x803000,%eax
  8011d0:	72 07                	jb     8011d9 <sharepage+0x33>
		&& va < (uintptr_t) __private_end))
  8011d2:	3d 00 40 80 00       	cmp    $0x804000,%eax
  8011d7:	72 33                	jb     80120c <sharepage+0x66>
		return duppage(envid, pn);

	// A page still copy-on-write from an earlier fork would split on
	// the first write; touch it so we own a writable copy to share.
	if (uvpt[pn] & PTE_COW) {
  8011d9:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
  8011e0:	f6 c6 08             	test   $0x8,%dh
  8011e3:	74 05                	je     8011ea <sharepage+0x44>
		volatile char *p = (volatile char *) va;
		*p = *p;
  8011e5:	0f b6 10             	movzbl (%eax),%edx
  8011e8:	88 10                	mov    %dl,(%eax)
	}
	perm = uvpt[pn] & PTE_SYSCALL;
  8011ea:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  8011f1:	83 ec 0c             	sub    $0xc,%esp
	perm = uvpt[pn] & PTE_SYSCALL;
  8011f4:	81 e2 07 0e 00 00    	and    $0xe07,%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  8011fa:	52                   	push   %edx
  8011fb:	50                   	push   %eax
  8011fc:	ff 75 08             	push   0x8(%ebp)
  8011ff:	50                   	push   %eax
  801200:	6a 00                	push   $0x0
  801202:	e8 9e fd ff ff       	call   800fa5 <sys_page_map>
  801207:	83 c4 20             	add    $0x20,%esp
}
  80120a:	c9                   	leave
  80120b:	c3                   	ret
		return duppage(envid, pn);
  80120c:	83 ec 08             	sub    $0x8,%esp
  80120f:	51                   	push   %ecx
  801210:	ff 75 08             	push   0x8(%ebp)
  801213:	e8 1f ff ff ff       	call   801137 <duppage>
  801218:	83 c4 10             	add    $0x10,%esp
  80121b:	eb ed                	jmp    80120a <sharepage+0x64>

0080121d <pgfault>:
{
  80121d:	55                   	push   %ebp
  80121e:	89 e5                	mov    %esp,%ebp
  801220:	57                   	push   %edi
  801221:	56                   	push   %esi
  801222:	53                   	push   %ebx
  801223:	83 ec 1c             	sub    $0x1c,%esp
	void *addr = (void *) utf->utf_fault_va;
  801226:	8b 45 08             	mov    0x8(%ebp),%eax
  801229:	8b 18                	mov    (%eax),%ebx
	uint32_t err = utf->utf_err;
  80122b:	8b 40 04             	mov    0x4(%eax),%eax
  80122e:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	void *page = ROUNDDOWN(addr, PGSIZE);
  801231:	89 df                	mov    %ebx,%edi
  801233:	81 e7 00 f0 ff ff    	and    $0xfffff000,%edi
	if (!(err & FEC_WR) || !page_mapped(PGNUM(addr))
  801239:	a8 02                	test   $0x2,%al
  80123b:	0f 84 82 00 00 00    	je     8012c3 <pgfault+0xa6>
  801241:	89 de                	mov    %ebx,%esi
  801243:	c1 ee 0c             	shr    $0xc,%esi
  801246:	89 f0                	mov    %esi,%eax
  801248:	e8 c4 fe ff ff       	call   801111 <page_mapped>
  80124d:	84 c0                	test   %al,%al
  80124f:	74 72                	je     8012c3 <pgfault+0xa6>
	    || !(uvpt[PGNUM(addr)] & PTE_COW))
  801251:	8b 04 b5 00 00 40 ef 	mov    -0x10c00000(,%esi,4),%eax
  801258:	f6 c4 08             	test   $0x8,%ah
  80125b:	74 66                	je     8012c3 <pgfault+0xa6>
	if ((r = sys_page_alloc(0, PFTEMP, PTE_P | PTE_U | PTE_W)) < 0)
  80125d:	83 ec 04             	sub    $0x4,%esp
  801260:	6a 07                	push   $0x7
  801262:	68 00 f0 7f 00       	push   $0x7ff000
  801267:	6a 00                	push   $0x0
  801269:	e8 f4 fc ff ff       	call   800f62 <sys_page_alloc>
  80126e:	83 c4 10             	add    $0x10,%esp
  801271:	85 c0                	test   %eax,%eax
  801273:	78 6c                	js     8012e1 <pgfault+0xc4>
	memmove(PFTEMP, page, PGSIZE);
  801275:	83 ec 04             	sub    $0x4,%esp
  801278:	68 00 10 00 00       	push   $0x1000
  80127d:	57                   	push   %edi
  80127e:	68 00 f0 7f 00       	push   $0x7ff000
  801283:	e8 1c f8 ff ff       	call   800aa4 <memmove>
	if ((r = sys_page_map(0, PFTEMP, 0, page, PTE_P | PTE_U | PTE_W)) < 0)
  801288:	c7 04 24 07 00 00 00 	movl   $0x7,(%esp)
  80128f:	57                   	push   %edi
  801290:	6a 00                	push   $0x0
  801292:	68 00 f0 7f 00       	push   $0x7ff000
  801297:	6a 00                	push   $0x0
  801299:	e8 07 fd ff ff       	call   800fa5 <sys_page_map>
  80129e:	83 c4 20             	add    $0x20,%esp
  8012a1:	85 c0                	test   %eax,%eax
  8012a3:	78 4e                	js     8012f3 <pgfault+0xd6>
	if ((r = sys_page_unmap(0, PFTEMP)) < 0)
  8012a5:	83 ec 08             	sub    $0x8,%esp
  8012a8:	68 00 f0 7f 00       	push   $0x7ff000
  8012ad:	6a 00                	push   $0x0
  8012af:	e8 33 fd ff ff       	call   800fe7 <sys_page_unmap>
  8012b4:	83 c4 10             	add    $0x10,%esp
  8012b7:	85 c0                	test   %eax,%eax
  8012b9:	78 4a                	js     801305 <pgfault+0xe8>
}
  8012bb:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8012be:	5b                   	pop    %ebx
  8012bf:	5e                   	pop    %esi
  8012c0:	5f                   	pop    %edi
  8012c1:	5d                   	pop    %ebp
  8012c2:	c3                   	ret
		panic("page fault at va %08x, eip %08x, err %x: "
  8012c3:	83 ec 08             	sub    $0x8,%esp
  8012c6:	ff 75 e4             	push   -0x1c(%ebp)
  8012c9:	8b 45 08             	mov    0x8(%ebp),%eax
  8012cc:	ff 70 28             	push   0x28(%eax)
  8012cf:	53                   	push   %ebx
  8012d0:	68 f0 19 80 00       	push   $0x8019f0
  8012d5:	6a 2d                	push   $0x2d
  8012d7:	68 3d 1a 80 00       	push   $0x801a3d
  8012dc:	e8 47 02 00 00       	call   801528 <_panic>
		panic("pgfault: sys_page_alloc: %e", r);
  8012e1:	50                   	push   %eax
  8012e2:	68 48 1a 80 00       	push   $0x801a48
  8012e7:	6a 35                	push   $0x35
  8012e9:	68 3d 1a 80 00       	push   $0x801a3d
  8012ee:	e8 35 02 00 00       	call   801528 <_panic>
		panic("pgfault: sys_page_map: %e", r);
  8012f3:	50                   	push   %eax
  8012f4:	68 64 1a 80 00       	push   $0x801a64
  8012f9:	6a 38                	push   $0x38
  8012fb:	68 3d 1a 80 00       	push   $0x801a3d
  801300:	e8 23 02 00 00       	call   801528 <_panic>
		panic("pgfault: sys_page_unmap: %e", r);
  801305:	50                   	push   %eax
  801306:	68 7e 1a 80 00       	push   $0x801a7e
  80130b:	6a 3a                	push   $0x3a
  80130d:	68 3d 1a 80 00       	push   $0x801a3d
  801312:	e8 11 02 00 00       	call   801528 <_panic>

00801317 <fork_with>:
{
  801317:	55                   	push   %ebp
  801318:	89 e5                	mov    %esp,%ebp
  80131a:	57                   	push   %edi
  80131b:	56                   	push   %esi
  80131c:	53                   	push   %ebx
  80131d:	83 ec 28             	sub    $0x28,%esp
  801320:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	set_pgfault_handler(pgfault);
  801323:	68 1d 12 80 00       	push   $0x80121d
  801328:	e8 e3 02 00 00       	call   801610 <set_pgfault_handler>
// real call, the return address the child pops could already be stale.
static inline envid_t __attribute__((always_inline))
sys_exofork(void)
{
	envid_t ret;
	asm volatile("int %2"
  80132d:	b8 07 00 00 00       	mov    $0x7,%eax
  801332:	cd 30                	int    $0x30
  801334:	89 45 e0             	mov    %eax,-0x20(%ebp)
  801337:	89 c7                	mov    %eax,%edi
	if (envid < 0)
  801339:	83 c4 10             	add    $0x10,%esp
  80133c:	85 c0                	test   %eax,%eax
  80133e:	0f 88 a7 00 00 00    	js     8013eb <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  801344:	bb 00 00 00 00       	mov    $0x0,%ebx
	if (envid == 0) {
  801349:	75 27                	jne    801372 <fork_with+0x5b>
		thisenv = &envs[ENVX(sys_getenvid())];
  80134b:	e8 d4 fb ff ff       	call   800f24 <sys_getenvid>
  801350:	25 ff 03 00 00       	and    $0x3ff,%eax
  801355:	6b c0 7c             	imul   $0x7c,%eax,%eax
  801358:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80135d:	a3 00 30 80 00       	mov    %eax,0x803000
		return 0;
  801362:	e9 84 00 00 00       	jmp    8013eb <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  801367:	83 c3 01             	add    $0x1,%ebx
		if (pn == PGNUM(UXSTACKTOP - PGSIZE) || !page_mapped(pn))
  80136a:	81 fb ff eb 0e 00    	cmp    $0xeebff,%ebx
  801370:	74 30                	je     8013a2 <fork_with+0x8b>
  801372:	89 d8                	mov    %ebx,%eax
  801374:	e8 98 fd ff ff       	call   801111 <page_mapped>
  801379:	84 c0                	test   %al,%al
  80137b:	74 ea                	je     801367 <fork_with+0x50>
		if ((r = dup(envid, pn)) < 0)
  80137d:	83 ec 08             	sub    $0x8,%esp
  801380:	53                   	push   %ebx
  801381:	57                   	push   %edi
  801382:	8b 45 e4             	mov    -0x1c(%ebp),%eax
  801385:	ff d0                	call   *%eax
  801387:	89 c6                	mov    %eax,%esi
  801389:	83 c4 10             	add    $0x10,%esp
  80138c:	85 c0                	test   %eax,%eax
  80138e:	79 d7                	jns    801367 <fork_with+0x50>
		sys_env_destroy(envid);
  801390:	83 ec 0c             	sub    $0xc,%esp
  801393:	ff 75 e0             	push   -0x20(%ebp)
  801396:	e8 48 fb ff ff       	call   800ee3 <sys_env_destroy>
		return r;
  80139b:	83 c4 10             	add    $0x10,%esp
  80139e:	89 f7                	mov    %esi,%edi
  8013a0:	eb 49                	jmp    8013eb <fork_with+0xd4>
	if ((r = sys_page_alloc(envid, (void *) (UXSTACKTOP - PGSIZE),
  8013a2:	83 ec 04             	sub    $0x4,%esp
  8013a5:	6a 07                	push   $0x7
  8013a7:	68 00 f0 bf ee       	push   $0xeebff000
  8013ac:	ff 75 e0             	push   -0x20(%ebp)
  8013af:	e8 ae fb ff ff       	call   800f62 <sys_page_alloc>
  8013b4:	89 c6                	mov    %eax,%esi
  8013b6:	83 c4 10             	add    $0x10,%esp
  8013b9:	85 c0                	test   %eax,%eax
  8013bb:	78 d3                	js     801390 <fork_with+0x79>
	if ((r = sys_env_set_pgfault_upcall(envid, _pgfault_upcall)) < 0)
  8013bd:	83 ec 08             	sub    $0x8,%esp
  8013c0:	68 7b 16 80 00       	push   $0x80167b
  8013c5:	8b 5d e0             	mov    -0x20(%ebp),%ebx
  8013c8:	53                   	push   %ebx
  8013c9:	e8 9d fc ff ff       	call   80106b <sys_env_set_pgfault_upcall>
  8013ce:	89 c6                	mov    %eax,%esi
  8013d0:	83 c4 10             	add    $0x10,%esp
  8013d3:	85 c0                	test   %eax,%eax
  8013d5:	78 b9                	js     801390 <fork_with+0x79>
	return sys_env_set_status(envid, ENV_RUNNABLE);
  8013d7:	83 ec 08             	sub    $0x8,%esp
  8013da:	6a 02                	push   $0x2
  8013dc:	53                   	push   %ebx
  8013dd:	e8 47 fc ff ff       	call   801029 <sys_env_set_status>
  8013e2:	89 c6                	mov    %eax,%esi
	    || (r = start_child(envid)) < 0) {
  8013e4:	83 c4 10             	add    $0x10,%esp
  8013e7:	85 c0                	test   %eax,%eax
  8013e9:	78 a5                	js     801390 <fork_with+0x79>
}
  8013eb:	89 f8                	mov    %edi,%eax
  8013ed:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8013f0:	5b                   	pop    %ebx
  8013f1:	5e                   	pop    %esi
  8013f2:	5f                   	pop    %edi
  8013f3:	5d                   	pop    %ebp
  8013f4:	c3                   	ret

008013f5 <fork>:
{
  8013f5:	55                   	push   %ebp
  8013f6:	89 e5                	mov    %esp,%ebp
  8013f8:	83 ec 08             	sub    $0x8,%esp
	return fork_with(duppage);
  8013fb:	b8 37 11 80 00       	mov    $0x801137,%eax
  801400:	e8 12 ff ff ff       	call   801317 <fork_with>
}
  801405:	c9                   	leave
  801406:	c3                   	ret

00801407 <sfork>:
// Shared-memory fork (the lab's challenge): parent and child share all of
// memory except the stack and the private data page.  thisenv lives on
// that private page, so it stays correct in both.
envid_t
sfork(void)
{
  801407:	55                   	push   %ebp
  801408:	89 e5                	mov    %esp,%ebp
  80140a:	83 ec 08             	sub    $0x8,%esp
	return fork_with(sharepage);
  80140d:	b8 a6 11 80 00       	mov    $0x8011a6,%eax
  801412:	e8 00 ff ff ff       	call   801317 <fork_with>
}
  801417:	c9                   	leave
  801418:	c3                   	ret

00801419 <ipc_recv>:
// If 'perm_store' is nonnull, the sent page's permission is stored there
// (0 when no page was transferred).
// On error both stores are zeroed and the error is returned.
int32_t
ipc_recv(envid_t *from_env_store, void *pg, int *perm_store)
{
  801419:	55                   	push   %ebp
  80141a:	89 e5                	mov    %esp,%ebp
  80141c:	56                   	push   %esi
  80141d:	53                   	push   %ebx
  80141e:	8b 75 08             	mov    0x8(%ebp),%esi
  801421:	8b 45 0c             	mov    0xc(%ebp),%eax
  801424:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int r;

	// UTOP is above every mappable address, so the kernel reads it as
	// "I do not want a page".  0 would be a valid address.
	if (pg == NULL)
		pg = (void *) UTOP;
  801427:	85 c0                	test   %eax,%eax
  801429:	ba 00 00 c0 ee       	mov    $0xeec00000,%edx
  80142e:	0f 44 c2             	cmove  %edx,%eax

	if ((r = sys_ipc_recv(pg)) < 0) {
  801431:	83 ec 0c             	sub    $0xc,%esp
  801434:	50                   	push   %eax
  801435:	e8 96 fc ff ff       	call   8010d0 <sys_ipc_recv>
  80143a:	83 c4 10             	add    $0x10,%esp
  80143d:	85 c0                	test   %eax,%eax
  80143f:	78 40                	js     801481 <ipc_recv+0x68>
		return r;
	}

	// Look up our own Env rather than trusting thisenv: after sfork()
	// the thisenv variable is shared with another environment.
	self = &envs[ENVX(sys_getenvid())];
  801441:	e8 de fa ff ff       	call   800f24 <sys_getenvid>
  801446:	25 ff 03 00 00       	and    $0x3ff,%eax
	if (from_env_store)
  80144b:	85 f6                	test   %esi,%esi
  80144d:	74 0e                	je     80145d <ipc_recv+0x44>
		*from_env_store = self->env_ipc_from;
  80144f:	6b d0 7c             	imul   $0x7c,%eax,%edx
  801452:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  801458:	8b 52 74             	mov    0x74(%edx),%edx
  80145b:	89 16                	mov    %edx,(%esi)
	if (perm_store)
  80145d:	85 db                	test   %ebx,%ebx
  80145f:	74 0e                	je     80146f <ipc_recv+0x56>
		*perm_store = self->env_ipc_perm;
  801461:	6b d0 7c             	imul   $0x7c,%eax,%edx
  801464:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  80146a:	8b 52 78             	mov    0x78(%edx),%edx
  80146d:	89 13                	mov    %edx,(%ebx)
	return self->env_ipc_value;
  80146f:	6b c0 7c             	imul   $0x7c,%eax,%eax
  801472:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  801477:	8b 40 70             	mov    0x70(%eax),%eax
}
  80147a:	8d 65 f8             	lea    -0x8(%ebp),%esp
  80147d:	5b                   	pop    %ebx
  80147e:	5e                   	pop    %esi
  80147f:	5d                   	pop    %ebp
  801480:	c3                   	ret
		if (from_env_store)
  801481:	85 f6                	test   %esi,%esi
  801483:	74 06                	je     80148b <ipc_recv+0x72>
			*from_env_store = 0;
  801485:	c7 06 00 00 00 00    	movl   $0x0,(%esi)
		if (perm_store)
  80148b:	85 db                	test   %ebx,%ebx
  80148d:	74 eb                	je     80147a <ipc_recv+0x61>
			*perm_store = 0;
  80148f:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  801495:	eb e3                	jmp    80147a <ipc_recv+0x61>

00801497 <ipc_send>:
// Send 'val' (and 'pg' with 'perm', if 'pg' is nonnull) to 'to_env',
// retrying until the receiver is waiting.  Any other error is a bug in the
// caller, so panic.
void
ipc_send(envid_t to_env, uint32_t val, void *pg, int perm)
{
  801497:	55                   	push   %ebp
  801498:	89 e5                	mov    %esp,%ebp
  80149a:	57                   	push   %edi
  80149b:	56                   	push   %esi
  80149c:	53                   	push   %ebx
  80149d:	83 ec 0c             	sub    $0xc,%esp
  8014a0:	8b 75 08             	mov    0x8(%ebp),%esi
  8014a3:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8014a6:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int r;

	if (pg == NULL)
		pg = (void *) UTOP;
  8014a9:	85 db                	test   %ebx,%ebx
  8014ab:	b8 00 00 c0 ee       	mov    $0xeec00000,%eax
  8014b0:	0f 44 d8             	cmove  %eax,%ebx

	while ((r = sys_ipc_try_send(to_env, val, pg, perm)) < 0) {
  8014b3:	ff 75 14             	push   0x14(%ebp)
  8014b6:	53                   	push   %ebx
  8014b7:	57                   	push   %edi
  8014b8:	56                   	push   %esi
  8014b9:	e8 ef fb ff ff       	call   8010ad <sys_ipc_try_send>
  8014be:	83 c4 10             	add    $0x10,%esp
  8014c1:	85 c0                	test   %eax,%eax
  8014c3:	79 22                	jns    8014e7 <ipc_send+0x50>
		if (r != -E_IPC_NOT_RECV)
  8014c5:	83 f8 f9             	cmp    $0xfffffff9,%eax
  8014c8:	75 07                	jne    8014d1 <ipc_send+0x3a>
			panic("ipc_send to %08x: %e", to_env, r);
		// The receiver is not blocked in ipc_recv yet: let it run.
		sys_yield();
  8014ca:	e8 74 fa ff ff       	call   800f43 <sys_yield>
  8014cf:	eb e2                	jmp    8014b3 <ipc_send+0x1c>
			panic("ipc_send to %08x: %e", to_env, r);
  8014d1:	83 ec 0c             	sub    $0xc,%esp
  8014d4:	50                   	push   %eax
  8014d5:	56                   	push   %esi
  8014d6:	68 9a 1a 80 00       	push   $0x801a9a
  8014db:	6a 35                	push   $0x35
  8014dd:	68 af 1a 80 00       	push   $0x801aaf
  8014e2:	e8 41 00 00 00       	call   801528 <_panic>
	}
}
  8014e7:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8014ea:	5b                   	pop    %ebx
  8014eb:	5e                   	pop    %esi
  8014ec:	5f                   	pop    %edi
  8014ed:	5d                   	pop    %ebp
  8014ee:	c3                   	ret

008014ef <ipc_find_env>:

// Find the first environment of the given type.  Returns its envid, or 0
// if there is none.
envid_t
ipc_find_env(enum EnvType type)
{
  8014ef:	55                   	push   %ebp
  8014f0:	89 e5                	mov    %esp,%ebp
  8014f2:	8b 4d 08             	mov    0x8(%ebp),%ecx
	int i;

	for (i = 0; i < NENV; i++)
  8014f5:	b8 00 00 00 00       	mov    $0x0,%eax
		if (envs[i].env_type == type)
  8014fa:	6b d0 7c             	imul   $0x7c,%eax,%edx
  8014fd:	81 c2 00 00 c0 ee    	add    $0xeec00000,%edx
  801503:	8b 52 50             	mov    0x50(%edx),%edx
  801506:	39 ca                	cmp    %ecx,%edx
  801508:	74 11                	je     80151b <ipc_find_env+0x2c>
	for (i = 0; i < NENV; i++)
  80150a:	83 c0 01             	add    $0x1,%eax
  80150d:	3d 00 04 00 00       	cmp    $0x400,%eax
  801512:	75 e6                	jne    8014fa <ipc_find_env+0xb>
			return envs[i].env_id;
	return 0;
  801514:	b8 00 00 00 00       	mov    $0x0,%eax
  801519:	eb 0b                	jmp    801526 <ipc_find_env+0x37>
			return envs[i].env_id;
  80151b:	6b c0 7c             	imul   $0x7c,%eax,%eax
  80151e:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  801523:	8b 40 48             	mov    0x48(%eax),%eax
}
  801526:	5d                   	pop    %ebp
  801527:	c3                   	ret

00801528 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  801528:	55                   	push   %ebp
  801529:	89 e5                	mov    %esp,%ebp
  80152b:	56                   	push   %esi
  80152c:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  80152d:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  801530:	8b 35 08 20 80 00    	mov    0x802008,%esi
  801536:	e8 e9 f9 ff ff       	call   800f24 <sys_getenvid>
  80153b:	83 ec 0c             	sub    $0xc,%esp
  80153e:	ff 75 0c             	push   0xc(%ebp)
  801541:	ff 75 08             	push   0x8(%ebp)
  801544:	56                   	push   %esi
  801545:	50                   	push   %eax
  801546:	68 bc 1a 80 00       	push   $0x801abc
  80154b:	e8 39 f3 ff ff       	call   800889 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  801550:	83 c4 18             	add    $0x18,%esp
  801553:	53                   	push   %ebx
  801554:	ff 75 10             	push   0x10(%ebp)
  801557:	e8 56 00 00 00       	call   8015b2 <vcprintf>
	cprintf("\n");
  80155c:	c7 04 24 d2 16 80 00 	movl   $0x8016d2,(%esp)
  801563:	e8 21 f3 ff ff       	call   800889 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  801568:	cc                   	int3
  801569:	83 c4 10             	add    $0x10,%esp
	for (;;)
  80156c:	eb fe                	jmp    80156c <_panic+0x44>

0080156e <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  80156e:	55                   	push   %ebp
  80156f:	89 e5                	mov    %esp,%ebp
  801571:	53                   	push   %ebx
  801572:	83 ec 04             	sub    $0x4,%esp
  801575:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  801578:	8b 13                	mov    (%ebx),%edx
  80157a:	8d 42 01             	lea    0x1(%edx),%eax
  80157d:	89 03                	mov    %eax,(%ebx)
  80157f:	8b 4d 08             	mov    0x8(%ebp),%ecx
  801582:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  801586:	3d 00 01 00 00       	cmp    $0x100,%eax
  80158b:	74 09                	je     801596 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  80158d:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  801591:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  801594:	c9                   	leave
  801595:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  801596:	83 ec 08             	sub    $0x8,%esp
  801599:	68 00 01 00 00       	push   $0x100
  80159e:	8d 43 08             	lea    0x8(%ebx),%eax
  8015a1:	50                   	push   %eax
  8015a2:	e8 ff f8 ff ff       	call   800ea6 <sys_cputs>
		b->idx = 0;
  8015a7:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8015ad:	83 c4 10             	add    $0x10,%esp
  8015b0:	eb db                	jmp    80158d <putch+0x1f>

008015b2 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8015b2:	55                   	push   %ebp
  8015b3:	89 e5                	mov    %esp,%ebp
  8015b5:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8015bb:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8015c2:	00 00 00 
	b.cnt = 0;
  8015c5:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8015cc:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8015cf:	ff 75 0c             	push   0xc(%ebp)
  8015d2:	ff 75 08             	push   0x8(%ebp)
  8015d5:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8015db:	50                   	push   %eax
  8015dc:	68 6e 15 80 00       	push   $0x80156e
  8015e1:	e8 50 ec ff ff       	call   800236 <vprintfmt>
	if (b->idx > 0) {
  8015e6:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8015ec:	83 c4 10             	add    $0x10,%esp
  8015ef:	85 c0                	test   %eax,%eax
  8015f1:	7f 08                	jg     8015fb <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8015f3:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8015f9:	c9                   	leave
  8015fa:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8015fb:	83 ec 08             	sub    $0x8,%esp
  8015fe:	50                   	push   %eax
  8015ff:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  801605:	50                   	push   %eax
  801606:	e8 9b f8 ff ff       	call   800ea6 <sys_cputs>
  80160b:	83 c4 10             	add    $0x10,%esp
  80160e:	eb e3                	jmp    8015f3 <vcprintf+0x41>

00801610 <set_pgfault_handler>:
// Read by _pgfault_upcall; 0 until a handler is installed.
void (*_pgfault_handler)(struct UTrapframe *utf);

void
set_pgfault_handler(void (*handler)(struct UTrapframe *utf))
{
  801610:	55                   	push   %ebp
  801611:	89 e5                	mov    %esp,%ebp
  801613:	83 ec 08             	sub    $0x8,%esp
	int r;

	if (_pgfault_handler == 0) {
  801616:	83 3d 00 40 80 00 00 	cmpl   $0x0,0x804000
  80161d:	74 0a                	je     801629 <set_pgfault_handler+0x19>
			panic("set_pgfault_handler: upcall: %e", r);
	}

	// Swapping handlers later needs no kernel call: the upcall always
	// goes through this pointer.
	_pgfault_handler = handler;
  80161f:	8b 45 08             	mov    0x8(%ebp),%eax
  801622:	a3 00 40 80 00       	mov    %eax,0x804000
}
  801627:	c9                   	leave
  801628:	c3                   	ret
		if ((r = sys_page_alloc(0, (void *) (UXSTACKTOP - PGSIZE),
  801629:	83 ec 04             	sub    $0x4,%esp
  80162c:	6a 07                	push   $0x7
  80162e:	68 00 f0 bf ee       	push   $0xeebff000
  801633:	6a 00                	push   $0x0
  801635:	e8 28 f9 ff ff       	call   800f62 <sys_page_alloc>
  80163a:	83 c4 10             	add    $0x10,%esp
  80163d:	85 c0                	test   %eax,%eax
  80163f:	78 28                	js     801669 <set_pgfault_handler+0x59>
		if ((r = sys_env_set_pgfault_upcall(0, _pgfault_upcall)) < 0)
  801641:	83 ec 08             	sub    $0x8,%esp
  801644:	68 7b 16 80 00       	push   $0x80167b
  801649:	6a 00                	push   $0x0
  80164b:	e8 1b fa ff ff       	call   80106b <sys_env_set_pgfault_upcall>
  801650:	83 c4 10             	add    $0x10,%esp
  801653:	85 c0                	test   %eax,%eax
  801655:	79 c8                	jns    80161f <set_pgfault_handler+0xf>
			panic("set_pgfault_handler: upcall: %e", r);
  801657:	50                   	push   %eax
  801658:	68 0c 1b 80 00       	push   $0x801b0c
  80165d:	6a 1a                	push   $0x1a
  80165f:	68 2c 1b 80 00       	push   $0x801b2c
  801664:	e8 bf fe ff ff       	call   801528 <_panic>
			panic("set_pgfault_handler: exception stack: %e", r);
  801669:	50                   	push   %eax
  80166a:	68 e0 1a 80 00       	push   $0x801ae0
  80166f:	6a 18                	push   $0x18
  801671:	68 2c 1b 80 00       	push   $0x801b2c
  801676:	e8 ad fe ff ff       	call   801528 <_panic>

0080167b <_pgfault_upcall>:

.text
.globl _pgfault_upcall
_pgfault_upcall:
	// Call the C handler with a pointer to the UTrapframe.
	pushl %esp
  80167b:	54                   	push   %esp
	movl _pgfault_handler, %eax
  80167c:	a1 00 40 80 00       	mov    0x804000,%eax
	call *%eax
  801681:	ff d0                	call   *%eax
	addl $4, %esp
  801683:	83 c4 04             	add    $0x4,%esp

	// Push the trap-time eip onto the trap-time stack: store it one
	// word below utf_esp and make utf_esp point at it.
	movl 40(%esp), %eax
  801686:	8b 44 24 28          	mov    0x28(%esp),%eax
	movl 48(%esp), %edx
  80168a:	8b 54 24 30          	mov    0x30(%esp),%edx
	subl $4, %edx
  80168e:	83 ea 04             	sub    $0x4,%edx
	movl %eax, (%edx)
  801691:	89 02                	mov    %eax,(%edx)
	movl %edx, 48(%esp)
  801693:	89 54 24 30          	mov    %edx,0x30(%esp)

	// Restore the general registers.
	addl $8, %esp		// skip utf_fault_va and utf_err
  801697:	83 c4 08             	add    $0x8,%esp
	popal
  80169a:	61                   	popa

	// Restore eflags.  Skip utf_eip first: from popfl on, no arithmetic
	// instruction may run, or it would change the restored flags.
	addl $4, %esp
  80169b:	83 c4 04             	add    $0x4,%esp
	popfl
  80169e:	9d                   	popf

	// Switch back to the trap-time stack (now holding the eip) ...
	popl %esp
  80169f:	5c                   	pop    %esp

	// ... and return to the faulting instruction.
	ret
  8016a0:	c3                   	ret
