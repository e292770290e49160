
obj-walkfork/user/crc32:     file format elf32-i386


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
  80002c:	e8 ce 00 00 00       	call   8000ff <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:
	return c ^ 0xFFFFFFFF;
}

void
umain(int argc, char **argv)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	57                   	push   %edi
  800037:	56                   	push   %esi
  800038:	53                   	push   %ebx
  800039:	83 ec 1c             	sub    $0x1c,%esp
	for (n = 0; n < 256; n++) {
  80003c:	be 00 00 00 00       	mov    $0x0,%esi
  800041:	eb 12                	jmp    800055 <umain+0x22>
		table[n] = c;
  800043:	89 04 b5 00 40 8a 00 	mov    %eax,0x8a4000(,%esi,4)
	for (n = 0; n < 256; n++) {
  80004a:	83 c6 01             	add    $0x1,%esi
  80004d:	81 fe 00 01 00 00    	cmp    $0x100,%esi
  800053:	74 23                	je     800078 <umain+0x45>
{
  800055:	89 f0                	mov    %esi,%eax
  800057:	bb 08 00 00 00       	mov    $0x8,%ebx
			c = (c & 1) ? 0xEDB88320 ^ (c >> 1) : c >> 1;
  80005c:	89 c2                	mov    %eax,%edx
  80005e:	d1 ea                	shr    %edx
  800060:	81 f2 20 83 b8 ed    	xor    $0xedb88320,%edx
  800066:	89 c1                	mov    %eax,%ecx
  800068:	d1 e9                	shr    %ecx
  80006a:	a8 01                	test   $0x1,%al
  80006c:	89 d0                	mov    %edx,%eax
  80006e:	0f 44 c1             	cmove  %ecx,%eax
		for (k = 0; k < 8; k++)
  800071:	83 eb 01             	sub    $0x1,%ebx
  800074:	75 e6                	jne    80005c <umain+0x29>
  800076:	eb cb                	jmp    800043 <umain+0x10>
	uint32_t r, sum = 0;
  800078:	89 df                	mov    %ebx,%edi

	make_table();
	for (r = 0; r < BENCH_ROUNDS; r++) {
  80007a:	89 de                	mov    %ebx,%esi
  80007c:	eb 14                	jmp    800092 <umain+0x5f>
		fill(r + 1);
		sum = (sum ^ crc32(buf, CRC_BYTES)) * 0x01000193 + r;
  80007e:	31 f8                	xor    %edi,%eax
  800080:	f7 d0                	not    %eax
  800082:	69 c0 93 01 00 01    	imul   $0x1000193,%eax,%eax
  800088:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  80008b:	01 c7                	add    %eax,%edi
	for (r = 0; r < BENCH_ROUNDS; r++) {
  80008d:	83 fe 64             	cmp    $0x64,%esi
  800090:	74 54                	je     8000e6 <umain+0xb3>
		fill(r + 1);
  800092:	89 75 e4             	mov    %esi,-0x1c(%ebp)
  800095:	83 c6 01             	add    $0x1,%esi
	for (i = 0; i < CRC_BYTES; i++) {
  800098:	89 da                	mov    %ebx,%edx
	uint32_t i, x = seed;
  80009a:	89 f0                	mov    %esi,%eax
		x = x * 1103515245 + 12345;
  80009c:	69 c0 6d 4e c6 41    	imul   $0x41c64e6d,%eax,%eax
  8000a2:	05 39 30 00 00       	add    $0x3039,%eax
		buf[i] = x >> 16;
  8000a7:	89 c1                	mov    %eax,%ecx
  8000a9:	c1 e9 10             	shr    $0x10,%ecx
  8000ac:	88 8a 00 40 80 00    	mov    %cl,0x804000(%edx)
	for (i = 0; i < CRC_BYTES; i++) {
  8000b2:	83 c2 01             	add    $0x1,%edx
  8000b5:	81 fa 00 00 0a 00    	cmp    $0xa0000,%edx
  8000bb:	75 df                	jne    80009c <umain+0x69>
	uint32_t c = 0xFFFFFFFF;
  8000bd:	b8 ff ff ff ff       	mov    $0xffffffff,%eax
  8000c2:	ba 00 40 80 00       	mov    $0x804000,%edx
		c = table[(c ^ *p++) & 0xFF] ^ (c >> 8);
  8000c7:	83 c2 01             	add    $0x1,%edx
  8000ca:	89 c1                	mov    %eax,%ecx
  8000cc:	32 4a ff             	xor    -0x1(%edx),%cl
  8000cf:	0f b6 c9             	movzbl %cl,%ecx
  8000d2:	c1 e8 08             	shr    $0x8,%eax
  8000d5:	33 04 8d 00 40 8a 00 	xor    0x8a4000(,%ecx,4),%eax
	while (n--)
  8000dc:	81 fa 00 40 8a 00    	cmp    $0x8a4000,%edx
  8000e2:	75 e3                	jne    8000c7 <umain+0x94>
  8000e4:	eb 98                	jmp    80007e <umain+0x4b>
	}
	cprintf("crc32: checksum %08x\n", sum);
  8000e6:	83 ec 08             	sub    $0x8,%esp
  8000e9:	57                   	push   %edi
  8000ea:	68 60 11 80 00       	push   $0x801160
  8000ef:	e8 f0 06 00 00       	call   8007e4 <cprintf>
}
  8000f4:	83 c4 10             	add    $0x10,%esp
  8000f7:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8000fa:	5b                   	pop    %ebx
  8000fb:	5e                   	pop    %esi
  8000fc:	5f                   	pop    %edi
  8000fd:	5d                   	pop    %ebp
  8000fe:	c3                   	ret

008000ff <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8000ff:	55                   	push   %ebp
  800100:	89 e5                	mov    %esp,%ebp
  800102:	56                   	push   %esi
  800103:	53                   	push   %ebx
  800104:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800107:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  80010a:	e8 70 0d 00 00       	call   800e7f <sys_getenvid>
  80010f:	25 ff 03 00 00       	and    $0x3ff,%eax
  800114:	6b c0 7c             	imul   $0x7c,%eax,%eax
  800117:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80011c:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800121:	85 db                	test   %ebx,%ebx
  800123:	7e 07                	jle    80012c <libmain+0x2d>
		binaryname = argv[0];
  800125:	8b 06                	mov    (%esi),%eax
  800127:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  80012c:	83 ec 08             	sub    $0x8,%esp
  80012f:	56                   	push   %esi
  800130:	53                   	push   %ebx
  800131:	e8 fd fe ff ff       	call   800033 <umain>

	exit();
  800136:	e8 0a 00 00 00       	call   800145 <exit>
}
  80013b:	83 c4 10             	add    $0x10,%esp
  80013e:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800141:	5b                   	pop    %ebx
  800142:	5e                   	pop    %esi
  800143:	5d                   	pop    %ebp
  800144:	c3                   	ret

00800145 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  800145:	55                   	push   %ebp
  800146:	89 e5                	mov    %esp,%ebp
  800148:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  80014b:	6a 00                	push   $0x0
  80014d:	e8 ec 0c 00 00       	call   800e3e <sys_env_destroy>
}
  800152:	83 c4 10             	add    $0x10,%esp
  800155:	c9                   	leave
  800156:	c3                   	ret

00800157 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  800157:	55                   	push   %ebp
  800158:	89 e5                	mov    %esp,%ebp
  80015a:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  80015d:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  800161:	8b 10                	mov    (%eax),%edx
  800163:	3b 50 04             	cmp    0x4(%eax),%edx
  800166:	73 0a                	jae    800172 <sprintputch+0x1b>
		*b->buf++ = ch;
  800168:	8d 4a 01             	lea    0x1(%edx),%ecx
  80016b:	89 08                	mov    %ecx,(%eax)
  80016d:	8b 45 08             	mov    0x8(%ebp),%eax
  800170:	88 02                	mov    %al,(%edx)
}
  800172:	5d                   	pop    %ebp
  800173:	c3                   	ret

00800174 <printfmt>:
{
  800174:	55                   	push   %ebp
  800175:	89 e5                	mov    %esp,%ebp
  800177:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  80017a:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  80017d:	50                   	push   %eax
  80017e:	ff 75 10             	push   0x10(%ebp)
  800181:	ff 75 0c             	push   0xc(%ebp)
  800184:	ff 75 08             	push   0x8(%ebp)
  800187:	e8 05 00 00 00       	call   800191 <vprintfmt>
}
  80018c:	83 c4 10             	add    $0x10,%esp
  80018f:	c9                   	leave
  800190:	c3                   	ret

00800191 <vprintfmt>:
{
  800191:	55                   	push   %ebp
  800192:	89 e5                	mov    %esp,%ebp
  800194:	57                   	push   %edi
  800195:	56                   	push   %esi
  800196:	53                   	push   %ebx
  800197:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80019a:	8b 45 10             	mov    0x10(%ebp),%eax
  80019d:	8d 58 01             	lea    0x1(%eax),%ebx
  8001a0:	0f b6 00             	movzbl (%eax),%eax
  8001a3:	83 f8 25             	cmp    $0x25,%eax
  8001a6:	74 24                	je     8001cc <vprintfmt+0x3b>
  8001a8:	8b 75 08             	mov    0x8(%ebp),%esi
  8001ab:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  8001ae:	85 c0                	test   %eax,%eax
  8001b0:	0f 84 d8 05 00 00    	je     80078e <vprintfmt+0x5fd>
			putch(ch, putdat);
  8001b6:	83 ec 08             	sub    $0x8,%esp
  8001b9:	57                   	push   %edi
  8001ba:	50                   	push   %eax
  8001bb:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  8001bd:	83 c3 01             	add    $0x1,%ebx
  8001c0:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  8001c4:	83 c4 10             	add    $0x10,%esp
  8001c7:	83 f8 25             	cmp    $0x25,%eax
  8001ca:	75 e2                	jne    8001ae <vprintfmt+0x1d>
		padc = ' ';
  8001cc:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  8001d0:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  8001d5:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  8001dc:	b9 00 00 00 00       	mov    $0x0,%ecx
  8001e1:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8001e3:	8d 53 01             	lea    0x1(%ebx),%edx
  8001e6:	0f b6 0b             	movzbl (%ebx),%ecx
  8001e9:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8001ec:	3c 55                	cmp    $0x55,%al
  8001ee:	0f 87 21 05 00 00    	ja     800715 <vprintfmt+0x584>
  8001f4:	0f b6 c0             	movzbl %al,%eax
  8001f7:	ff 24 85 40 12 80 00 	jmp    *0x801240(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8001fe:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800201:	eb 97                	jmp    80019a <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  800203:	89 d3                	mov    %edx,%ebx
			padc = '-';
  800205:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  800209:	eb d8                	jmp    8001e3 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80020b:	89 d3                	mov    %edx,%ebx
  80020d:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  800211:	eb d0                	jmp    8001e3 <vprintfmt+0x52>
  800213:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  800216:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  800219:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  80021d:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800220:	83 f9 09             	cmp    $0x9,%ecx
  800223:	77 54                	ja     800279 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  800225:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  800228:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  80022b:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  80022f:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  800232:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800235:	83 f9 09             	cmp    $0x9,%ecx
  800238:	76 eb                	jbe    800225 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  80023a:	89 d3                	mov    %edx,%ebx
  80023c:	eb 0d                	jmp    80024b <vprintfmt+0xba>
			precision = va_arg(ap, int);
  80023e:	8b 45 14             	mov    0x14(%ebp),%eax
  800241:	8b 38                	mov    (%eax),%edi
  800243:	8d 40 04             	lea    0x4(%eax),%eax
  800246:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800249:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  80024b:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80024f:	79 92                	jns    8001e3 <vprintfmt+0x52>
				width = precision, precision = -1;
  800251:	89 7d ac             	mov    %edi,-0x54(%ebp)
  800254:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  800259:	eb 88                	jmp    8001e3 <vprintfmt+0x52>
			if (width < 0)
  80025b:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  80025e:	85 c9                	test   %ecx,%ecx
  800260:	b8 00 00 00 00       	mov    $0x0,%eax
  800265:	0f 49 c1             	cmovns %ecx,%eax
  800268:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  80026b:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80026d:	e9 71 ff ff ff       	jmp    8001e3 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800272:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800274:	e9 6a ff ff ff       	jmp    8001e3 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800279:	89 d3                	mov    %edx,%ebx
  80027b:	eb ce                	jmp    80024b <vprintfmt+0xba>
			lflag++;
  80027d:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800280:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800282:	e9 5c ff ff ff       	jmp    8001e3 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800287:	89 55 10             	mov    %edx,0x10(%ebp)
  80028a:	8b 45 14             	mov    0x14(%ebp),%eax
  80028d:	8d 58 04             	lea    0x4(%eax),%ebx
  800290:	83 ec 08             	sub    $0x8,%esp
  800293:	ff 75 0c             	push   0xc(%ebp)
  800296:	ff 30                	push   (%eax)
  800298:	ff 55 08             	call   *0x8(%ebp)
			break;
  80029b:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  80029e:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  8002a1:	e9 f4 fe ff ff       	jmp    80019a <vprintfmt+0x9>
			err = va_arg(ap, int);
  8002a6:	89 55 10             	mov    %edx,0x10(%ebp)
  8002a9:	8b 45 14             	mov    0x14(%ebp),%eax
  8002ac:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  8002af:	8b 10                	mov    (%eax),%edx
  8002b1:	89 d0                	mov    %edx,%eax
  8002b3:	f7 d8                	neg    %eax
  8002b5:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  8002b8:	83 f8 08             	cmp    $0x8,%eax
  8002bb:	7f 27                	jg     8002e4 <vprintfmt+0x153>
  8002bd:	8b 14 85 a0 13 80 00 	mov    0x8013a0(,%eax,4),%edx
  8002c4:	85 d2                	test   %edx,%edx
  8002c6:	74 1c                	je     8002e4 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  8002c8:	52                   	push   %edx
  8002c9:	68 90 11 80 00       	push   $0x801190
  8002ce:	ff 75 0c             	push   0xc(%ebp)
  8002d1:	ff 75 08             	push   0x8(%ebp)
  8002d4:	e8 9b fe ff ff       	call   800174 <printfmt>
  8002d9:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8002dc:	89 5d 14             	mov    %ebx,0x14(%ebp)
  8002df:	e9 b6 fe ff ff       	jmp    80019a <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  8002e4:	50                   	push   %eax
  8002e5:	68 87 11 80 00       	push   $0x801187
  8002ea:	ff 75 0c             	push   0xc(%ebp)
  8002ed:	ff 75 08             	push   0x8(%ebp)
  8002f0:	e8 7f fe ff ff       	call   800174 <printfmt>
  8002f5:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8002f8:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8002fb:	e9 9a fe ff ff       	jmp    80019a <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  800300:	89 55 10             	mov    %edx,0x10(%ebp)
  800303:	8b 45 14             	mov    0x14(%ebp),%eax
  800306:	83 c0 04             	add    $0x4,%eax
  800309:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80030c:	8b 45 14             	mov    0x14(%ebp),%eax
  80030f:	8b 30                	mov    (%eax),%esi
  800311:	85 f6                	test   %esi,%esi
  800313:	0f 84 53 04 00 00    	je     80076c <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  800319:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80031d:	7e 06                	jle    800325 <vprintfmt+0x194>
  80031f:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800323:	75 1b                	jne    800340 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800325:	8d 5e 01             	lea    0x1(%esi),%ebx
  800328:	0f be 06             	movsbl (%esi),%eax
  80032b:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80032e:	85 c0                	test   %eax,%eax
  800330:	0f 85 80 00 00 00    	jne    8003b6 <vprintfmt+0x225>
  800336:	e9 8c 00 00 00       	jmp    8003c7 <vprintfmt+0x236>
				p = "(null)";
  80033b:	be 80 11 80 00       	mov    $0x801180,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  800340:	83 ec 08             	sub    $0x8,%esp
  800343:	57                   	push   %edi
  800344:	56                   	push   %esi
  800345:	e8 ea 04 00 00       	call   800834 <strnlen>
  80034a:	29 45 ac             	sub    %eax,-0x54(%ebp)
  80034d:	8b 55 ac             	mov    -0x54(%ebp),%edx
  800350:	83 c4 10             	add    $0x10,%esp
  800353:	85 d2                	test   %edx,%edx
  800355:	0f 8e f5 03 00 00    	jle    800750 <vprintfmt+0x5bf>
					putch(padc, putdat);
  80035b:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  80035f:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800362:	89 d6                	mov    %edx,%esi
  800364:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800367:	8b 7d 0c             	mov    0xc(%ebp),%edi
  80036a:	83 ec 08             	sub    $0x8,%esp
  80036d:	57                   	push   %edi
  80036e:	53                   	push   %ebx
  80036f:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800372:	83 c4 10             	add    $0x10,%esp
  800375:	83 ee 01             	sub    $0x1,%esi
  800378:	75 f0                	jne    80036a <vprintfmt+0x1d9>
  80037a:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80037d:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800380:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800383:	8d 5e 01             	lea    0x1(%esi),%ebx
  800386:	0f be 06             	movsbl (%esi),%eax
  800389:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80038c:	85 c0                	test   %eax,%eax
  80038e:	75 26                	jne    8003b6 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800390:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800393:	89 45 14             	mov    %eax,0x14(%ebp)
  800396:	e9 ff fd ff ff       	jmp    80019a <vprintfmt+0x9>
				putch(ch, putdat);
  80039b:	83 ec 08             	sub    $0x8,%esp
  80039e:	ff 75 0c             	push   0xc(%ebp)
  8003a1:	50                   	push   %eax
  8003a2:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8003a5:	83 ee 01             	sub    $0x1,%esi
  8003a8:	83 c3 01             	add    $0x1,%ebx
  8003ab:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  8003af:	83 c4 10             	add    $0x10,%esp
  8003b2:	85 c0                	test   %eax,%eax
  8003b4:	74 0e                	je     8003c4 <vprintfmt+0x233>
  8003b6:	85 ff                	test   %edi,%edi
  8003b8:	78 e1                	js     80039b <vprintfmt+0x20a>
  8003ba:	83 ef 01             	sub    $0x1,%edi
  8003bd:	79 dc                	jns    80039b <vprintfmt+0x20a>
  8003bf:	89 75 ac             	mov    %esi,-0x54(%ebp)
  8003c2:	eb 03                	jmp    8003c7 <vprintfmt+0x236>
  8003c4:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  8003c7:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8003cb:	7e 24                	jle    8003f1 <vprintfmt+0x260>
  8003cd:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  8003d0:	8b 75 08             	mov    0x8(%ebp),%esi
  8003d3:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  8003d6:	83 ec 08             	sub    $0x8,%esp
  8003d9:	57                   	push   %edi
  8003da:	6a 20                	push   $0x20
  8003dc:	ff d6                	call   *%esi
			for (; width > 0; width--)
  8003de:	83 c4 10             	add    $0x10,%esp
  8003e1:	83 eb 01             	sub    $0x1,%ebx
  8003e4:	75 f0                	jne    8003d6 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  8003e6:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8003e9:	89 45 14             	mov    %eax,0x14(%ebp)
  8003ec:	e9 a9 fd ff ff       	jmp    80019a <vprintfmt+0x9>
  8003f1:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8003f4:	89 45 14             	mov    %eax,0x14(%ebp)
  8003f7:	e9 9e fd ff ff       	jmp    80019a <vprintfmt+0x9>
	if (lflag >= 2)
  8003fc:	89 55 10             	mov    %edx,0x10(%ebp)
  8003ff:	83 fe 01             	cmp    $0x1,%esi
  800402:	7f 1b                	jg     80041f <vprintfmt+0x28e>
	else if (lflag)
  800404:	85 f6                	test   %esi,%esi
  800406:	74 39                	je     800441 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  800408:	8b 45 14             	mov    0x14(%ebp),%eax
  80040b:	8b 00                	mov    (%eax),%eax
  80040d:	89 c6                	mov    %eax,%esi
  80040f:	89 c7                	mov    %eax,%edi
  800411:	c1 ff 1f             	sar    $0x1f,%edi
  800414:	8b 45 14             	mov    0x14(%ebp),%eax
  800417:	8d 40 04             	lea    0x4(%eax),%eax
  80041a:	89 45 14             	mov    %eax,0x14(%ebp)
  80041d:	eb 0e                	jmp    80042d <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  80041f:	8b 45 14             	mov    0x14(%ebp),%eax
  800422:	8b 30                	mov    (%eax),%esi
  800424:	8b 78 04             	mov    0x4(%eax),%edi
  800427:	8d 40 08             	lea    0x8(%eax),%eax
  80042a:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  80042d:	85 ff                	test   %edi,%edi
  80042f:	78 27                	js     800458 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  800431:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800434:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  800437:	b8 0a 00 00 00       	mov    $0xa,%eax
  80043c:	e9 53 01 00 00       	jmp    800594 <vprintfmt+0x403>
		return va_arg(*ap, int);
  800441:	8b 45 14             	mov    0x14(%ebp),%eax
  800444:	8b 00                	mov    (%eax),%eax
  800446:	89 c6                	mov    %eax,%esi
  800448:	89 c7                	mov    %eax,%edi
  80044a:	c1 ff 1f             	sar    $0x1f,%edi
  80044d:	8b 45 14             	mov    0x14(%ebp),%eax
  800450:	8d 40 04             	lea    0x4(%eax),%eax
  800453:	89 45 14             	mov    %eax,0x14(%ebp)
  800456:	eb d5                	jmp    80042d <vprintfmt+0x29c>
				putch('-', putdat);
  800458:	83 ec 08             	sub    $0x8,%esp
  80045b:	ff 75 0c             	push   0xc(%ebp)
  80045e:	6a 2d                	push   $0x2d
  800460:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800463:	f7 de                	neg    %esi
  800465:	83 d7 00             	adc    $0x0,%edi
  800468:	f7 df                	neg    %edi
  80046a:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80046d:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800470:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800473:	b8 0a 00 00 00       	mov    $0xa,%eax
  800478:	e9 17 01 00 00       	jmp    800594 <vprintfmt+0x403>
	if (lflag >= 2)
  80047d:	89 55 10             	mov    %edx,0x10(%ebp)
  800480:	83 fe 01             	cmp    $0x1,%esi
  800483:	7f 27                	jg     8004ac <vprintfmt+0x31b>
	else if (lflag)
  800485:	85 f6                	test   %esi,%esi
  800487:	74 44                	je     8004cd <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800489:	8b 45 14             	mov    0x14(%ebp),%eax
  80048c:	8b 00                	mov    (%eax),%eax
  80048e:	ba 00 00 00 00       	mov    $0x0,%edx
  800493:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800496:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800499:	8b 45 14             	mov    0x14(%ebp),%eax
  80049c:	8d 40 04             	lea    0x4(%eax),%eax
  80049f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8004a2:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  8004a7:	e9 e8 00 00 00       	jmp    800594 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8004ac:	8b 45 14             	mov    0x14(%ebp),%eax
  8004af:	8b 50 04             	mov    0x4(%eax),%edx
  8004b2:	8b 00                	mov    (%eax),%eax
  8004b4:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004b7:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004ba:	8b 45 14             	mov    0x14(%ebp),%eax
  8004bd:	8d 40 08             	lea    0x8(%eax),%eax
  8004c0:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8004c3:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  8004c8:	e9 c7 00 00 00       	jmp    800594 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8004cd:	8b 45 14             	mov    0x14(%ebp),%eax
  8004d0:	8b 00                	mov    (%eax),%eax
  8004d2:	ba 00 00 00 00       	mov    $0x0,%edx
  8004d7:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004da:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004dd:	8b 45 14             	mov    0x14(%ebp),%eax
  8004e0:	8d 40 04             	lea    0x4(%eax),%eax
  8004e3:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8004e6:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8004eb:	e9 a4 00 00 00       	jmp    800594 <vprintfmt+0x403>
	if (lflag >= 2)
  8004f0:	89 55 10             	mov    %edx,0x10(%ebp)
  8004f3:	83 fe 01             	cmp    $0x1,%esi
  8004f6:	7f 24                	jg     80051c <vprintfmt+0x38b>
	else if (lflag)
  8004f8:	85 f6                	test   %esi,%esi
  8004fa:	74 3e                	je     80053a <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8004fc:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ff:	8b 00                	mov    (%eax),%eax
  800501:	ba 00 00 00 00       	mov    $0x0,%edx
  800506:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800509:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80050c:	8b 45 14             	mov    0x14(%ebp),%eax
  80050f:	8d 40 04             	lea    0x4(%eax),%eax
  800512:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800515:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  80051a:	eb 78                	jmp    800594 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80051c:	8b 45 14             	mov    0x14(%ebp),%eax
  80051f:	8b 50 04             	mov    0x4(%eax),%edx
  800522:	8b 00                	mov    (%eax),%eax
  800524:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800527:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80052a:	8b 45 14             	mov    0x14(%ebp),%eax
  80052d:	8d 40 08             	lea    0x8(%eax),%eax
  800530:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800533:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  800538:	eb 5a                	jmp    800594 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80053a:	8b 45 14             	mov    0x14(%ebp),%eax
  80053d:	8b 00                	mov    (%eax),%eax
  80053f:	ba 00 00 00 00       	mov    $0x0,%edx
  800544:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800547:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80054a:	8b 45 14             	mov    0x14(%ebp),%eax
  80054d:	8d 40 04             	lea    0x4(%eax),%eax
  800550:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800553:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  800558:	eb 3a                	jmp    800594 <vprintfmt+0x403>
			putch('0', putdat);
  80055a:	89 55 10             	mov    %edx,0x10(%ebp)
  80055d:	83 ec 08             	sub    $0x8,%esp
  800560:	ff 75 0c             	push   0xc(%ebp)
  800563:	6a 30                	push   $0x30
  800565:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  800568:	83 c4 08             	add    $0x8,%esp
  80056b:	ff 75 0c             	push   0xc(%ebp)
  80056e:	6a 78                	push   $0x78
  800570:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800573:	8b 45 14             	mov    0x14(%ebp),%eax
  800576:	8b 00                	mov    (%eax),%eax
  800578:	ba 00 00 00 00       	mov    $0x0,%edx
  80057d:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800580:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800583:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800586:	8b 45 14             	mov    0x14(%ebp),%eax
  800589:	8d 40 04             	lea    0x4(%eax),%eax
  80058c:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80058f:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800594:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800598:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  80059b:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  8005a0:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8005a3:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  8005aa:	89 7d a8             	mov    %edi,-0x58(%ebp)
  8005ad:	8b 75 b0             	mov    -0x50(%ebp),%esi
  8005b0:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  8005b3:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  8005b6:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  8005ba:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  8005bd:	8d 55 cf             	lea    -0x31(%ebp),%edx
  8005c0:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  8005c3:	ff 75 bc             	push   -0x44(%ebp)
  8005c6:	ff 75 b8             	push   -0x48(%ebp)
  8005c9:	57                   	push   %edi
  8005ca:	56                   	push   %esi
  8005cb:	e8 2f 07 00 00       	call   800cff <__umoddi3>
  8005d0:	83 c4 10             	add    $0x10,%esp
  8005d3:	0f b6 80 93 11 80 00 	movzbl 0x801193(%eax),%eax
  8005da:	88 03                	mov    %al,(%ebx)
		num /= base;
  8005dc:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8005df:	89 fb                	mov    %edi,%ebx
  8005e1:	ff 75 bc             	push   -0x44(%ebp)
  8005e4:	ff 75 b8             	push   -0x48(%ebp)
  8005e7:	57                   	push   %edi
  8005e8:	56                   	push   %esi
  8005e9:	e8 f6 06 00 00       	call   800ce4 <__udivdi3>
  8005ee:	83 c4 10             	add    $0x10,%esp
  8005f1:	89 c6                	mov    %eax,%esi
  8005f3:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8005f5:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8005f8:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8005fb:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8005fe:	73 b6                	jae    8005b6 <vprintfmt+0x425>
	pad = width - n;
  800600:	8b 7d a8             	mov    -0x58(%ebp),%edi
  800603:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  800606:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800609:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  80060b:	83 ff 2d             	cmp    $0x2d,%edi
  80060e:	0f 84 de 00 00 00    	je     8006f2 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  800614:	85 f6                	test   %esi,%esi
  800616:	0f 8e 27 01 00 00    	jle    800743 <vprintfmt+0x5b2>
  80061c:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  80061f:	83 ec 08             	sub    $0x8,%esp
  800622:	53                   	push   %ebx
  800623:	57                   	push   %edi
  800624:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  800627:	83 c4 10             	add    $0x10,%esp
  80062a:	83 ee 01             	sub    $0x1,%esi
  80062d:	75 f0                	jne    80061f <vprintfmt+0x48e>
  80062f:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  800632:	85 db                	test   %ebx,%ebx
  800634:	0f 8e 60 fb ff ff    	jle    80019a <vprintfmt+0x9>
		putch(digits[--n], putdat);
  80063a:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  80063d:	8b 75 08             	mov    0x8(%ebp),%esi
  800640:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800643:	83 eb 01             	sub    $0x1,%ebx
  800646:	83 ec 08             	sub    $0x8,%esp
  800649:	57                   	push   %edi
  80064a:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  80064f:	50                   	push   %eax
  800650:	ff d6                	call   *%esi
	while (n > 0)
  800652:	83 c4 10             	add    $0x10,%esp
  800655:	85 db                	test   %ebx,%ebx
  800657:	7f ea                	jg     800643 <vprintfmt+0x4b2>
  800659:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  80065c:	85 f6                	test   %esi,%esi
  80065e:	0f 8e 36 fb ff ff    	jle    80019a <vprintfmt+0x9>
  800664:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800667:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  80066a:	83 ec 08             	sub    $0x8,%esp
  80066d:	57                   	push   %edi
  80066e:	6a 20                	push   $0x20
  800670:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800672:	83 c4 10             	add    $0x10,%esp
  800675:	83 ee 01             	sub    $0x1,%esi
  800678:	75 f0                	jne    80066a <vprintfmt+0x4d9>
  80067a:	e9 1b fb ff ff       	jmp    80019a <vprintfmt+0x9>
	if (lflag >= 2)
  80067f:	89 55 10             	mov    %edx,0x10(%ebp)
  800682:	83 fe 01             	cmp    $0x1,%esi
  800685:	7f 27                	jg     8006ae <vprintfmt+0x51d>
	else if (lflag)
  800687:	85 f6                	test   %esi,%esi
  800689:	74 44                	je     8006cf <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  80068b:	8b 45 14             	mov    0x14(%ebp),%eax
  80068e:	8b 00                	mov    (%eax),%eax
  800690:	ba 00 00 00 00       	mov    $0x0,%edx
  800695:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800698:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80069b:	8b 45 14             	mov    0x14(%ebp),%eax
  80069e:	8d 40 04             	lea    0x4(%eax),%eax
  8006a1:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8006a4:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  8006a9:	e9 e6 fe ff ff       	jmp    800594 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8006ae:	8b 45 14             	mov    0x14(%ebp),%eax
  8006b1:	8b 50 04             	mov    0x4(%eax),%edx
  8006b4:	8b 00                	mov    (%eax),%eax
  8006b6:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8006b9:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8006bc:	8b 45 14             	mov    0x14(%ebp),%eax
  8006bf:	8d 40 08             	lea    0x8(%eax),%eax
  8006c2:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8006c5:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  8006ca:	e9 c5 fe ff ff       	jmp    800594 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8006cf:	8b 45 14             	mov    0x14(%ebp),%eax
  8006d2:	8b 00                	mov    (%eax),%eax
  8006d4:	ba 00 00 00 00       	mov    $0x0,%edx
  8006d9:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8006dc:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8006df:	8b 45 14             	mov    0x14(%ebp),%eax
  8006e2:	8d 40 04             	lea    0x4(%eax),%eax
  8006e5:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8006e8:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8006ed:	e9 a2 fe ff ff       	jmp    800594 <vprintfmt+0x403>
	while (n > 0)
  8006f2:	85 db                	test   %ebx,%ebx
  8006f4:	0f 8f 40 ff ff ff    	jg     80063a <vprintfmt+0x4a9>
  8006fa:	e9 5d ff ff ff       	jmp    80065c <vprintfmt+0x4cb>
			putch(ch, putdat);
  8006ff:	89 55 10             	mov    %edx,0x10(%ebp)
  800702:	83 ec 08             	sub    $0x8,%esp
  800705:	ff 75 0c             	push   0xc(%ebp)
  800708:	6a 25                	push   $0x25
  80070a:	ff 55 08             	call   *0x8(%ebp)
			break;
  80070d:	83 c4 10             	add    $0x10,%esp
  800710:	e9 85 fa ff ff       	jmp    80019a <vprintfmt+0x9>
			putch('%', putdat);
  800715:	83 ec 08             	sub    $0x8,%esp
  800718:	ff 75 0c             	push   0xc(%ebp)
  80071b:	6a 25                	push   $0x25
  80071d:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  800720:	83 c4 10             	add    $0x10,%esp
  800723:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  800727:	0f 84 d1 fa ff ff    	je     8001fe <vprintfmt+0x6d>
  80072d:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800730:	89 d8                	mov    %ebx,%eax
  800732:	83 e8 01             	sub    $0x1,%eax
  800735:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  800739:	75 f7                	jne    800732 <vprintfmt+0x5a1>
  80073b:	89 45 10             	mov    %eax,0x10(%ebp)
  80073e:	e9 57 fa ff ff       	jmp    80019a <vprintfmt+0x9>
	while (n > 0)
  800743:	85 db                	test   %ebx,%ebx
  800745:	0f 8f ef fe ff ff    	jg     80063a <vprintfmt+0x4a9>
  80074b:	e9 4a fa ff ff       	jmp    80019a <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800750:	8d 5e 01             	lea    0x1(%esi),%ebx
  800753:	0f be 06             	movsbl (%esi),%eax
  800756:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800759:	85 c0                	test   %eax,%eax
  80075b:	0f 85 55 fc ff ff    	jne    8003b6 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800761:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800764:	89 45 14             	mov    %eax,0x14(%ebp)
  800767:	e9 2e fa ff ff       	jmp    80019a <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  80076c:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800770:	74 0a                	je     80077c <vprintfmt+0x5eb>
  800772:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800776:	0f 8f bf fb ff ff    	jg     80033b <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80077c:	b8 28 00 00 00       	mov    $0x28,%eax
  800781:	bb 81 11 80 00       	mov    $0x801181,%ebx
  800786:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800789:	e9 28 fc ff ff       	jmp    8003b6 <vprintfmt+0x225>
}
  80078e:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800791:	5b                   	pop    %ebx
  800792:	5e                   	pop    %esi
  800793:	5f                   	pop    %edi
  800794:	5d                   	pop    %ebp
  800795:	c3                   	ret

00800796 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800796:	55                   	push   %ebp
  800797:	89 e5                	mov    %esp,%ebp
  800799:	83 ec 18             	sub    $0x18,%esp
  80079c:	8b 45 08             	mov    0x8(%ebp),%eax
  80079f:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  8007a2:	89 45 ec             	mov    %eax,-0x14(%ebp)
  8007a5:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  8007a9:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  8007ac:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  8007b3:	85 c0                	test   %eax,%eax
  8007b5:	74 26                	je     8007dd <vsnprintf+0x47>
  8007b7:	85 d2                	test   %edx,%edx
  8007b9:	7e 22                	jle    8007dd <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  8007bb:	ff 75 14             	push   0x14(%ebp)
  8007be:	ff 75 10             	push   0x10(%ebp)
  8007c1:	8d 45 ec             	lea    -0x14(%ebp),%eax
  8007c4:	50                   	push   %eax
  8007c5:	68 57 01 80 00       	push   $0x800157
  8007ca:	e8 c2 f9 ff ff       	call   800191 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  8007cf:	8b 45 ec             	mov    -0x14(%ebp),%eax
  8007d2:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  8007d5:	8b 45 f4             	mov    -0xc(%ebp),%eax
  8007d8:	83 c4 10             	add    $0x10,%esp
}
  8007db:	c9                   	leave
  8007dc:	c3                   	ret
		return -E_INVAL;
  8007dd:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  8007e2:	eb f7                	jmp    8007db <vsnprintf+0x45>

008007e4 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  8007e4:	55                   	push   %ebp
  8007e5:	89 e5                	mov    %esp,%ebp
  8007e7:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  8007ea:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  8007ed:	50                   	push   %eax
  8007ee:	ff 75 08             	push   0x8(%ebp)
  8007f1:	e8 00 09 00 00       	call   8010f6 <vcprintf>
	va_end(ap);

	return cnt;
}
  8007f6:	c9                   	leave
  8007f7:	c3                   	ret

008007f8 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  8007f8:	55                   	push   %ebp
  8007f9:	89 e5                	mov    %esp,%ebp
  8007fb:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  8007fe:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800801:	50                   	push   %eax
  800802:	ff 75 10             	push   0x10(%ebp)
  800805:	ff 75 0c             	push   0xc(%ebp)
  800808:	ff 75 08             	push   0x8(%ebp)
  80080b:	e8 86 ff ff ff       	call   800796 <vsnprintf>
	va_end(ap);

	return rc;
}
  800810:	c9                   	leave
  800811:	c3                   	ret

00800812 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  800812:	55                   	push   %ebp
  800813:	89 e5                	mov    %esp,%ebp
  800815:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800818:	80 3a 00             	cmpb   $0x0,(%edx)
  80081b:	74 10                	je     80082d <strlen+0x1b>
  80081d:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800822:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800825:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800829:	75 f7                	jne    800822 <strlen+0x10>
	return n;
}
  80082b:	5d                   	pop    %ebp
  80082c:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  80082d:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800832:	eb f7                	jmp    80082b <strlen+0x19>

00800834 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800834:	55                   	push   %ebp
  800835:	89 e5                	mov    %esp,%ebp
  800837:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80083a:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80083d:	85 d2                	test   %edx,%edx
  80083f:	74 16                	je     800857 <strnlen+0x23>
  800841:	b8 00 00 00 00       	mov    $0x0,%eax
  800846:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  80084a:	74 09                	je     800855 <strnlen+0x21>
		n++;
  80084c:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80084f:	39 d0                	cmp    %edx,%eax
  800851:	75 f3                	jne    800846 <strnlen+0x12>
		n++;
  800853:	89 d0                	mov    %edx,%eax
	return n;
}
  800855:	5d                   	pop    %ebp
  800856:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800857:	b8 00 00 00 00       	mov    $0x0,%eax
  80085c:	eb f7                	jmp    800855 <strnlen+0x21>

0080085e <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  80085e:	55                   	push   %ebp
  80085f:	89 e5                	mov    %esp,%ebp
  800861:	53                   	push   %ebx
  800862:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800865:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800868:	b8 00 00 00 00       	mov    $0x0,%eax
  80086d:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800871:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800874:	83 c0 01             	add    $0x1,%eax
  800877:	84 d2                	test   %dl,%dl
  800879:	75 f2                	jne    80086d <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  80087b:	89 c8                	mov    %ecx,%eax
  80087d:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800880:	c9                   	leave
  800881:	c3                   	ret

00800882 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800882:	55                   	push   %ebp
  800883:	89 e5                	mov    %esp,%ebp
  800885:	53                   	push   %ebx
  800886:	83 ec 10             	sub    $0x10,%esp
  800889:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  80088c:	53                   	push   %ebx
  80088d:	e8 80 ff ff ff       	call   800812 <strlen>
  800892:	83 c4 08             	add    $0x8,%esp
  800895:	ff 75 0c             	push   0xc(%ebp)
  800898:	01 d8                	add    %ebx,%eax
  80089a:	50                   	push   %eax
  80089b:	e8 be ff ff ff       	call   80085e <strcpy>
	return dst;
}
  8008a0:	89 d8                	mov    %ebx,%eax
  8008a2:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8008a5:	c9                   	leave
  8008a6:	c3                   	ret

008008a7 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  8008a7:	55                   	push   %ebp
  8008a8:	89 e5                	mov    %esp,%ebp
  8008aa:	56                   	push   %esi
  8008ab:	53                   	push   %ebx
  8008ac:	8b 75 08             	mov    0x8(%ebp),%esi
  8008af:	8b 55 0c             	mov    0xc(%ebp),%edx
  8008b2:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  8008b5:	85 db                	test   %ebx,%ebx
  8008b7:	74 17                	je     8008d0 <strncpy+0x29>
  8008b9:	01 f3                	add    %esi,%ebx
  8008bb:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  8008bd:	83 c0 01             	add    $0x1,%eax
  8008c0:	0f b6 0a             	movzbl (%edx),%ecx
  8008c3:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  8008c6:	80 f9 01             	cmp    $0x1,%cl
  8008c9:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  8008cc:	39 c3                	cmp    %eax,%ebx
  8008ce:	75 ed                	jne    8008bd <strncpy+0x16>
	}
	return ret;
}
  8008d0:	89 f0                	mov    %esi,%eax
  8008d2:	5b                   	pop    %ebx
  8008d3:	5e                   	pop    %esi
  8008d4:	5d                   	pop    %ebp
  8008d5:	c3                   	ret

008008d6 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  8008d6:	55                   	push   %ebp
  8008d7:	89 e5                	mov    %esp,%ebp
  8008d9:	56                   	push   %esi
  8008da:	53                   	push   %ebx
  8008db:	8b 75 08             	mov    0x8(%ebp),%esi
  8008de:	8b 55 0c             	mov    0xc(%ebp),%edx
  8008e1:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  8008e4:	89 f0                	mov    %esi,%eax
  8008e6:	85 db                	test   %ebx,%ebx
  8008e8:	74 1e                	je     800908 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  8008ea:	83 eb 01             	sub    $0x1,%ebx
  8008ed:	74 16                	je     800905 <strlcpy+0x2f>
  8008ef:	01 f3                	add    %esi,%ebx
  8008f1:	0f b6 0a             	movzbl (%edx),%ecx
  8008f4:	84 c9                	test   %cl,%cl
  8008f6:	74 0d                	je     800905 <strlcpy+0x2f>
			*dst++ = *src++;
  8008f8:	83 c2 01             	add    $0x1,%edx
  8008fb:	83 c0 01             	add    $0x1,%eax
  8008fe:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800901:	39 d8                	cmp    %ebx,%eax
  800903:	75 ec                	jne    8008f1 <strlcpy+0x1b>
		*dst = '\0';
  800905:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800908:	29 f0                	sub    %esi,%eax
}
  80090a:	5b                   	pop    %ebx
  80090b:	5e                   	pop    %esi
  80090c:	5d                   	pop    %ebp
  80090d:	c3                   	ret

0080090e <strcmp>:

int
strcmp(const char *p, const char *q)
{
  80090e:	55                   	push   %ebp
  80090f:	89 e5                	mov    %esp,%ebp
  800911:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800914:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800917:	0f b6 01             	movzbl (%ecx),%eax
  80091a:	84 c0                	test   %al,%al
  80091c:	74 11                	je     80092f <strcmp+0x21>
  80091e:	38 02                	cmp    %al,(%edx)
  800920:	75 0d                	jne    80092f <strcmp+0x21>
		p++, q++;
  800922:	83 c1 01             	add    $0x1,%ecx
  800925:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800928:	0f b6 01             	movzbl (%ecx),%eax
  80092b:	84 c0                	test   %al,%al
  80092d:	75 ef                	jne    80091e <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  80092f:	0f b6 c0             	movzbl %al,%eax
  800932:	0f b6 12             	movzbl (%edx),%edx
  800935:	29 d0                	sub    %edx,%eax
}
  800937:	5d                   	pop    %ebp
  800938:	c3                   	ret

00800939 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800939:	55                   	push   %ebp
  80093a:	89 e5                	mov    %esp,%ebp
  80093c:	53                   	push   %ebx
  80093d:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800940:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800943:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800946:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  80094b:	85 d2                	test   %edx,%edx
  80094d:	74 2e                	je     80097d <strncmp+0x44>
  80094f:	0f b6 01             	movzbl (%ecx),%eax
  800952:	84 c0                	test   %al,%al
  800954:	74 16                	je     80096c <strncmp+0x33>
  800956:	3a 03                	cmp    (%ebx),%al
  800958:	75 12                	jne    80096c <strncmp+0x33>
		n--, p++, q++;
  80095a:	83 c1 01             	add    $0x1,%ecx
  80095d:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800960:	83 ea 01             	sub    $0x1,%edx
  800963:	75 ea                	jne    80094f <strncmp+0x16>
		return 0;
  800965:	b8 00 00 00 00       	mov    $0x0,%eax
  80096a:	eb 11                	jmp    80097d <strncmp+0x44>
  80096c:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800971:	85 d2                	test   %edx,%edx
  800973:	74 08                	je     80097d <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800975:	0f b6 01             	movzbl (%ecx),%eax
  800978:	0f b6 13             	movzbl (%ebx),%edx
  80097b:	29 d0                	sub    %edx,%eax
}
  80097d:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800980:	c9                   	leave
  800981:	c3                   	ret

00800982 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800982:	55                   	push   %ebp
  800983:	89 e5                	mov    %esp,%ebp
  800985:	8b 45 08             	mov    0x8(%ebp),%eax
  800988:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  80098c:	0f b6 10             	movzbl (%eax),%edx
  80098f:	84 d2                	test   %dl,%dl
  800991:	74 15                	je     8009a8 <strchr+0x26>
		if (*s == c)
  800993:	38 d1                	cmp    %dl,%cl
  800995:	74 0f                	je     8009a6 <strchr+0x24>
	for (; *s; s++)
  800997:	83 c0 01             	add    $0x1,%eax
  80099a:	0f b6 10             	movzbl (%eax),%edx
  80099d:	84 d2                	test   %dl,%dl
  80099f:	75 f2                	jne    800993 <strchr+0x11>
			return (char *) s;
	return 0;
  8009a1:	b8 00 00 00 00       	mov    $0x0,%eax
}
  8009a6:	5d                   	pop    %ebp
  8009a7:	c3                   	ret
	return 0;
  8009a8:	b8 00 00 00 00       	mov    $0x0,%eax
  8009ad:	eb f7                	jmp    8009a6 <strchr+0x24>

008009af <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  8009af:	55                   	push   %ebp
  8009b0:	89 e5                	mov    %esp,%ebp
  8009b2:	53                   	push   %ebx
  8009b3:	8b 45 08             	mov    0x8(%ebp),%eax
  8009b6:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  8009b9:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  8009bc:	38 d3                	cmp    %dl,%bl
  8009be:	74 14                	je     8009d4 <strfind+0x25>
  8009c0:	89 d1                	mov    %edx,%ecx
  8009c2:	84 db                	test   %bl,%bl
  8009c4:	74 0e                	je     8009d4 <strfind+0x25>
	for (; *s; s++)
  8009c6:	83 c0 01             	add    $0x1,%eax
  8009c9:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  8009cc:	38 ca                	cmp    %cl,%dl
  8009ce:	74 04                	je     8009d4 <strfind+0x25>
  8009d0:	84 d2                	test   %dl,%dl
  8009d2:	75 f2                	jne    8009c6 <strfind+0x17>
			break;
	return (char *) s;
}
  8009d4:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8009d7:	c9                   	leave
  8009d8:	c3                   	ret

008009d9 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  8009d9:	55                   	push   %ebp
  8009da:	89 e5                	mov    %esp,%ebp
  8009dc:	53                   	push   %ebx
  8009dd:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8009e0:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8009e3:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  8009e6:	85 d2                	test   %edx,%edx
  8009e8:	74 0e                	je     8009f8 <memset+0x1f>
  8009ea:	01 da                	add    %ebx,%edx
	char *p = v;
  8009ec:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  8009ee:	83 c0 01             	add    $0x1,%eax
  8009f1:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  8009f4:	39 c2                	cmp    %eax,%edx
  8009f6:	75 f6                	jne    8009ee <memset+0x15>
	return v;
}
  8009f8:	89 d8                	mov    %ebx,%eax
  8009fa:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8009fd:	c9                   	leave
  8009fe:	c3                   	ret

008009ff <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  8009ff:	55                   	push   %ebp
  800a00:	89 e5                	mov    %esp,%ebp
  800a02:	56                   	push   %esi
  800a03:	53                   	push   %ebx
  800a04:	8b 75 08             	mov    0x8(%ebp),%esi
  800a07:	8b 45 0c             	mov    0xc(%ebp),%eax
  800a0a:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800a0d:	39 f0                	cmp    %esi,%eax
  800a0f:	72 20                	jb     800a31 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800a11:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800a14:	89 f2                	mov    %esi,%edx
  800a16:	85 c9                	test   %ecx,%ecx
  800a18:	74 11                	je     800a2b <memmove+0x2c>
			*d++ = *s++;
  800a1a:	83 c0 01             	add    $0x1,%eax
  800a1d:	83 c2 01             	add    $0x1,%edx
  800a20:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800a24:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800a27:	39 d8                	cmp    %ebx,%eax
  800a29:	75 ef                	jne    800a1a <memmove+0x1b>
	return dst;
}
  800a2b:	89 f0                	mov    %esi,%eax
  800a2d:	5b                   	pop    %ebx
  800a2e:	5e                   	pop    %esi
  800a2f:	5d                   	pop    %ebp
  800a30:	c3                   	ret
	if (s < d && s + n > d) {
  800a31:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800a34:	39 d6                	cmp    %edx,%esi
  800a36:	73 d9                	jae    800a11 <memmove+0x12>
		while (n-- > 0)
  800a38:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800a3b:	85 c9                	test   %ecx,%ecx
  800a3d:	74 ec                	je     800a2b <memmove+0x2c>
			*--d = *--s;
  800a3f:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800a43:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800a46:	83 ea 01             	sub    $0x1,%edx
  800a49:	83 fa ff             	cmp    $0xffffffff,%edx
  800a4c:	75 f1                	jne    800a3f <memmove+0x40>
  800a4e:	eb db                	jmp    800a2b <memmove+0x2c>

00800a50 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800a50:	55                   	push   %ebp
  800a51:	89 e5                	mov    %esp,%ebp
  800a53:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800a56:	ff 75 10             	push   0x10(%ebp)
  800a59:	ff 75 0c             	push   0xc(%ebp)
  800a5c:	ff 75 08             	push   0x8(%ebp)
  800a5f:	e8 9b ff ff ff       	call   8009ff <memmove>
}
  800a64:	c9                   	leave
  800a65:	c3                   	ret

00800a66 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800a66:	55                   	push   %ebp
  800a67:	89 e5                	mov    %esp,%ebp
  800a69:	56                   	push   %esi
  800a6a:	53                   	push   %ebx
  800a6b:	8b 45 08             	mov    0x8(%ebp),%eax
  800a6e:	8b 55 0c             	mov    0xc(%ebp),%edx
  800a71:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800a74:	85 f6                	test   %esi,%esi
  800a76:	74 29                	je     800aa1 <memcmp+0x3b>
  800a78:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800a7a:	0f b6 08             	movzbl (%eax),%ecx
  800a7d:	0f b6 1a             	movzbl (%edx),%ebx
  800a80:	38 d9                	cmp    %bl,%cl
  800a82:	75 11                	jne    800a95 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800a84:	83 c0 01             	add    $0x1,%eax
  800a87:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800a8a:	39 c6                	cmp    %eax,%esi
  800a8c:	75 ec                	jne    800a7a <memcmp+0x14>
	}
	return 0;
  800a8e:	b8 00 00 00 00       	mov    $0x0,%eax
  800a93:	eb 08                	jmp    800a9d <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800a95:	0f b6 c1             	movzbl %cl,%eax
  800a98:	0f b6 db             	movzbl %bl,%ebx
  800a9b:	29 d8                	sub    %ebx,%eax
}
  800a9d:	5b                   	pop    %ebx
  800a9e:	5e                   	pop    %esi
  800a9f:	5d                   	pop    %ebp
  800aa0:	c3                   	ret
	return 0;
  800aa1:	b8 00 00 00 00       	mov    $0x0,%eax
  800aa6:	eb f5                	jmp    800a9d <memcmp+0x37>

00800aa8 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800aa8:	55                   	push   %ebp
  800aa9:	89 e5                	mov    %esp,%ebp
  800aab:	8b 45 08             	mov    0x8(%ebp),%eax
  800aae:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800ab1:	89 c2                	mov    %eax,%edx
  800ab3:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800ab6:	39 d0                	cmp    %edx,%eax
  800ab8:	73 0d                	jae    800ac7 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800aba:	38 08                	cmp    %cl,(%eax)
  800abc:	74 0d                	je     800acb <memfind+0x23>
	for (; s < ends; s++)
  800abe:	83 c0 01             	add    $0x1,%eax
  800ac1:	39 c2                	cmp    %eax,%edx
  800ac3:	75 f5                	jne    800aba <memfind+0x12>
  800ac5:	eb 06                	jmp    800acd <memfind+0x25>
  800ac7:	89 c2                	mov    %eax,%edx
  800ac9:	eb 02                	jmp    800acd <memfind+0x25>
  800acb:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800acd:	89 d0                	mov    %edx,%eax
  800acf:	5d                   	pop    %ebp
  800ad0:	c3                   	ret

00800ad1 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800ad1:	55                   	push   %ebp
  800ad2:	89 e5                	mov    %esp,%ebp
  800ad4:	57                   	push   %edi
  800ad5:	56                   	push   %esi
  800ad6:	53                   	push   %ebx
  800ad7:	8b 55 08             	mov    0x8(%ebp),%edx
  800ada:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800add:	0f b6 02             	movzbl (%edx),%eax
  800ae0:	3c 20                	cmp    $0x20,%al
  800ae2:	74 04                	je     800ae8 <strtol+0x17>
  800ae4:	3c 09                	cmp    $0x9,%al
  800ae6:	75 0e                	jne    800af6 <strtol+0x25>
		s++;
  800ae8:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800aeb:	0f b6 02             	movzbl (%edx),%eax
  800aee:	3c 20                	cmp    $0x20,%al
  800af0:	74 f6                	je     800ae8 <strtol+0x17>
  800af2:	3c 09                	cmp    $0x9,%al
  800af4:	74 f2                	je     800ae8 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800af6:	3c 2b                	cmp    $0x2b,%al
  800af8:	74 2a                	je     800b24 <strtol+0x53>
	int neg = 0;
  800afa:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800aff:	3c 2d                	cmp    $0x2d,%al
  800b01:	74 2b                	je     800b2e <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800b03:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800b09:	75 0f                	jne    800b1a <strtol+0x49>
  800b0b:	80 3a 30             	cmpb   $0x30,(%edx)
  800b0e:	74 28                	je     800b38 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800b10:	85 db                	test   %ebx,%ebx
  800b12:	b8 0a 00 00 00       	mov    $0xa,%eax
  800b17:	0f 44 d8             	cmove  %eax,%ebx
  800b1a:	b9 00 00 00 00       	mov    $0x0,%ecx
  800b1f:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800b22:	eb 46                	jmp    800b6a <strtol+0x99>
		s++;
  800b24:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800b27:	bf 00 00 00 00       	mov    $0x0,%edi
  800b2c:	eb d5                	jmp    800b03 <strtol+0x32>
		s++, neg = 1;
  800b2e:	83 c2 01             	add    $0x1,%edx
  800b31:	bf 01 00 00 00       	mov    $0x1,%edi
  800b36:	eb cb                	jmp    800b03 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800b38:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800b3c:	74 0e                	je     800b4c <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800b3e:	85 db                	test   %ebx,%ebx
  800b40:	75 d8                	jne    800b1a <strtol+0x49>
		s++, base = 8;
  800b42:	83 c2 01             	add    $0x1,%edx
  800b45:	bb 08 00 00 00       	mov    $0x8,%ebx
  800b4a:	eb ce                	jmp    800b1a <strtol+0x49>
		s += 2, base = 16;
  800b4c:	83 c2 02             	add    $0x2,%edx
  800b4f:	bb 10 00 00 00       	mov    $0x10,%ebx
  800b54:	eb c4                	jmp    800b1a <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800b56:	0f be c0             	movsbl %al,%eax
  800b59:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800b5c:	3b 45 10             	cmp    0x10(%ebp),%eax
  800b5f:	7d 3a                	jge    800b9b <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800b61:	83 c2 01             	add    $0x1,%edx
  800b64:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800b68:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800b6a:	0f b6 02             	movzbl (%edx),%eax
  800b6d:	8d 70 d0             	lea    -0x30(%eax),%esi
  800b70:	89 f3                	mov    %esi,%ebx
  800b72:	80 fb 09             	cmp    $0x9,%bl
  800b75:	76 df                	jbe    800b56 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800b77:	8d 70 9f             	lea    -0x61(%eax),%esi
  800b7a:	89 f3                	mov    %esi,%ebx
  800b7c:	80 fb 19             	cmp    $0x19,%bl
  800b7f:	77 08                	ja     800b89 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800b81:	0f be c0             	movsbl %al,%eax
  800b84:	83 e8 57             	sub    $0x57,%eax
  800b87:	eb d3                	jmp    800b5c <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800b89:	8d 70 bf             	lea    -0x41(%eax),%esi
  800b8c:	89 f3                	mov    %esi,%ebx
  800b8e:	80 fb 19             	cmp    $0x19,%bl
  800b91:	77 08                	ja     800b9b <strtol+0xca>
			dig = *s - 'A' + 10;
  800b93:	0f be c0             	movsbl %al,%eax
  800b96:	83 e8 37             	sub    $0x37,%eax
  800b99:	eb c1                	jmp    800b5c <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800b9b:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800b9f:	74 05                	je     800ba6 <strtol+0xd5>
		*endptr = (char *) s;
  800ba1:	8b 45 0c             	mov    0xc(%ebp),%eax
  800ba4:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800ba6:	89 c8                	mov    %ecx,%eax
  800ba8:	f7 d8                	neg    %eax
  800baa:	85 ff                	test   %edi,%edi
  800bac:	0f 45 c8             	cmovne %eax,%ecx
}
  800baf:	89 c8                	mov    %ecx,%eax
  800bb1:	5b                   	pop    %ebx
  800bb2:	5e                   	pop    %esi
  800bb3:	5f                   	pop    %edi
  800bb4:	5d                   	pop    %ebp
  800bb5:	c3                   	ret

00800bb6 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800bb6:	55                   	push   %ebp
  800bb7:	89 e5                	mov    %esp,%ebp
  800bb9:	57                   	push   %edi
  800bba:	56                   	push   %esi
  800bbb:	53                   	push   %ebx
  800bbc:	83 ec 24             	sub    $0x24,%esp
  800bbf:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800bc2:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800bc5:	8b 45 08             	mov    0x8(%ebp),%eax
  800bc8:	8b 55 0c             	mov    0xc(%ebp),%edx
  800bcb:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800bce:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800bd1:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800bd4:	89 d1                	mov    %edx,%ecx
  800bd6:	09 c1                	or     %eax,%ecx
  800bd8:	74 2f                	je     800c09 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800bda:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800bdd:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800be0:	89 d0                	mov    %edx,%eax
  800be2:	83 c8 00             	or     $0x0,%eax
  800be5:	74 48                	je     800c2f <udivmod64+0x79>
  800be7:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800bec:	be 00 00 00 00       	mov    $0x0,%esi
  800bf1:	bf 00 00 00 00       	mov    $0x0,%edi
  800bf6:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800bfd:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800c04:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800c07:	eb 5f                	jmp    800c68 <udivmod64+0xb2>
		return ~0ULL;
  800c09:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800c10:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800c17:	85 db                	test   %ebx,%ebx
  800c19:	0f 84 b7 00 00 00    	je     800cd6 <udivmod64+0x120>
			*rem = n;
  800c1f:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800c22:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800c25:	89 03                	mov    %eax,(%ebx)
  800c27:	89 53 04             	mov    %edx,0x4(%ebx)
  800c2a:	e9 a7 00 00 00       	jmp    800cd6 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800c2f:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800c32:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800c35:	85 db                	test   %ebx,%ebx
  800c37:	74 12                	je     800c4b <udivmod64+0x95>
			*rem = n32 % d32;
  800c39:	89 c8                	mov    %ecx,%eax
  800c3b:	ba 00 00 00 00       	mov    $0x0,%edx
  800c40:	f7 f6                	div    %esi
  800c42:	89 13                	mov    %edx,(%ebx)
  800c44:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800c4b:	89 c8                	mov    %ecx,%eax
  800c4d:	ba 00 00 00 00       	mov    $0x0,%edx
  800c52:	f7 f6                	div    %esi
  800c54:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800c57:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800c5e:	eb 76                	jmp    800cd6 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800c60:	83 e9 01             	sub    $0x1,%ecx
  800c63:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800c66:	74 62                	je     800cca <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800c68:	89 f0                	mov    %esi,%eax
  800c6a:	89 fa                	mov    %edi,%edx
  800c6c:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800c70:	01 c0                	add    %eax,%eax
  800c72:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800c75:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800c78:	0f ad fe             	shrd   %cl,%edi,%esi
  800c7b:	d3 ef                	shr    %cl,%edi
  800c7d:	f6 c1 20             	test   $0x20,%cl
  800c80:	74 04                	je     800c86 <udivmod64+0xd0>
  800c82:	89 fe                	mov    %edi,%esi
  800c84:	31 ff                	xor    %edi,%edi
  800c86:	89 f7                	mov    %esi,%edi
  800c88:	83 e7 01             	and    $0x1,%edi
  800c8b:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800c8e:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800c95:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800c98:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800c9b:	09 c6                	or     %eax,%esi
  800c9d:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800c9f:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800ca2:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800ca5:	39 c6                	cmp    %eax,%esi
  800ca7:	89 fb                	mov    %edi,%ebx
  800ca9:	19 d3                	sbb    %edx,%ebx
  800cab:	72 b3                	jb     800c60 <udivmod64+0xaa>
			r -= d;
  800cad:	29 c6                	sub    %eax,%esi
  800caf:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800cb1:	31 c0                	xor    %eax,%eax
  800cb3:	31 d2                	xor    %edx,%edx
  800cb5:	f6 c1 20             	test   $0x20,%cl
  800cb8:	0f 94 c0             	sete   %al
  800cbb:	0f 95 c2             	setne  %dl
  800cbe:	d3 e0                	shl    %cl,%eax
  800cc0:	d3 e2                	shl    %cl,%edx
  800cc2:	09 45 d0             	or     %eax,-0x30(%ebp)
  800cc5:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800cc8:	eb 96                	jmp    800c60 <udivmod64+0xaa>
		}
	}
	if (rem)
  800cca:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800ccd:	85 db                	test   %ebx,%ebx
  800ccf:	74 05                	je     800cd6 <udivmod64+0x120>
		*rem = r;
  800cd1:	89 33                	mov    %esi,(%ebx)
  800cd3:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800cd6:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800cd9:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800cdc:	83 c4 24             	add    $0x24,%esp
  800cdf:	5b                   	pop    %ebx
  800ce0:	5e                   	pop    %esi
  800ce1:	5f                   	pop    %edi
  800ce2:	5d                   	pop    %ebp
  800ce3:	c3                   	ret

00800ce4 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800ce4:	55                   	push   %ebp
  800ce5:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800ce7:	83 ec 04             	sub    $0x4,%esp
  800cea:	6a 00                	push   $0x0
  800cec:	ff 75 14             	push   0x14(%ebp)
  800cef:	ff 75 10             	push   0x10(%ebp)
  800cf2:	8b 45 08             	mov    0x8(%ebp),%eax
  800cf5:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cf8:	e8 b9 fe ff ff       	call   800bb6 <udivmod64>
}
  800cfd:	c9                   	leave
  800cfe:	c3                   	ret

00800cff <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800cff:	55                   	push   %ebp
  800d00:	89 e5                	mov    %esp,%ebp
  800d02:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800d05:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800d08:	50                   	push   %eax
  800d09:	ff 75 14             	push   0x14(%ebp)
  800d0c:	ff 75 10             	push   0x10(%ebp)
  800d0f:	8b 45 08             	mov    0x8(%ebp),%eax
  800d12:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d15:	e8 9c fe ff ff       	call   800bb6 <udivmod64>
	return r;
}
  800d1a:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800d1d:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800d20:	c9                   	leave
  800d21:	c3                   	ret

00800d22 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800d22:	55                   	push   %ebp
  800d23:	89 e5                	mov    %esp,%ebp
  800d25:	57                   	push   %edi
  800d26:	56                   	push   %esi
  800d27:	53                   	push   %ebx
  800d28:	83 ec 0c             	sub    $0xc,%esp
  800d2b:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800d2e:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800d31:	8b 45 10             	mov    0x10(%ebp),%eax
  800d34:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800d37:	89 ce                	mov    %ecx,%esi
  800d39:	89 df                	mov    %ebx,%edi
  800d3b:	31 c6                	xor    %eax,%esi
  800d3d:	31 d7                	xor    %edx,%edi
  800d3f:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800d42:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d45:	89 c6                	mov    %eax,%esi
  800d47:	89 d7                	mov    %edx,%edi
  800d49:	85 d2                	test   %edx,%edx
  800d4b:	78 25                	js     800d72 <__divdi3+0x50>
  800d4d:	89 c8                	mov    %ecx,%eax
  800d4f:	89 da                	mov    %ebx,%edx
  800d51:	85 db                	test   %ebx,%ebx
  800d53:	78 2a                	js     800d7f <__divdi3+0x5d>
  800d55:	83 ec 04             	sub    $0x4,%esp
  800d58:	6a 00                	push   $0x0
  800d5a:	57                   	push   %edi
  800d5b:	56                   	push   %esi
  800d5c:	e8 55 fe ff ff       	call   800bb6 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800d61:	83 c4 10             	add    $0x10,%esp
  800d64:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800d68:	78 1e                	js     800d88 <__divdi3+0x66>
}
  800d6a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d6d:	5b                   	pop    %ebx
  800d6e:	5e                   	pop    %esi
  800d6f:	5f                   	pop    %edi
  800d70:	5d                   	pop    %ebp
  800d71:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d72:	f7 d8                	neg    %eax
  800d74:	83 d2 00             	adc    $0x0,%edx
  800d77:	f7 da                	neg    %edx
  800d79:	89 c6                	mov    %eax,%esi
  800d7b:	89 d7                	mov    %edx,%edi
  800d7d:	eb ce                	jmp    800d4d <__divdi3+0x2b>
  800d7f:	f7 d8                	neg    %eax
  800d81:	83 d2 00             	adc    $0x0,%edx
  800d84:	f7 da                	neg    %edx
  800d86:	eb cd                	jmp    800d55 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800d88:	f7 d8                	neg    %eax
  800d8a:	83 d2 00             	adc    $0x0,%edx
  800d8d:	f7 da                	neg    %edx
  800d8f:	eb d9                	jmp    800d6a <__divdi3+0x48>

00800d91 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800d91:	55                   	push   %ebp
  800d92:	89 e5                	mov    %esp,%ebp
  800d94:	57                   	push   %edi
  800d95:	56                   	push   %esi
  800d96:	53                   	push   %ebx
  800d97:	83 ec 14             	sub    $0x14,%esp
  800d9a:	8b 45 08             	mov    0x8(%ebp),%eax
  800d9d:	8b 55 0c             	mov    0xc(%ebp),%edx
  800da0:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800da3:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800da6:	89 ce                	mov    %ecx,%esi
  800da8:	89 df                	mov    %ebx,%edi
  800daa:	85 db                	test   %ebx,%ebx
  800dac:	78 23                	js     800dd1 <__moddi3+0x40>
  800dae:	85 d2                	test   %edx,%edx
  800db0:	78 28                	js     800dda <__moddi3+0x49>
  800db2:	83 ec 04             	sub    $0x4,%esp
  800db5:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800db8:	51                   	push   %ecx
  800db9:	57                   	push   %edi
  800dba:	56                   	push   %esi
  800dbb:	e8 f6 fd ff ff       	call   800bb6 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800dc0:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800dc3:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800dc6:	83 c4 10             	add    $0x10,%esp
}
  800dc9:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800dcc:	5b                   	pop    %ebx
  800dcd:	5e                   	pop    %esi
  800dce:	5f                   	pop    %edi
  800dcf:	5d                   	pop    %ebp
  800dd0:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800dd1:	f7 de                	neg    %esi
  800dd3:	83 d7 00             	adc    $0x0,%edi
  800dd6:	f7 df                	neg    %edi
  800dd8:	eb d4                	jmp    800dae <__moddi3+0x1d>
  800dda:	f7 d8                	neg    %eax
  800ddc:	83 d2 00             	adc    $0x0,%edx
  800ddf:	f7 da                	neg    %edx
  800de1:	83 ec 04             	sub    $0x4,%esp
  800de4:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800de7:	51                   	push   %ecx
  800de8:	57                   	push   %edi
  800de9:	56                   	push   %esi
  800dea:	e8 c7 fd ff ff       	call   800bb6 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800def:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800df2:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800df5:	f7 d8                	neg    %eax
  800df7:	83 d2 00             	adc    $0x0,%edx
  800dfa:	f7 da                	neg    %edx
  800dfc:	83 c4 10             	add    $0x10,%esp
  800dff:	eb c8                	jmp    800dc9 <__moddi3+0x38>

00800e01 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800e01:	55                   	push   %ebp
  800e02:	89 e5                	mov    %esp,%ebp
  800e04:	57                   	push   %edi
  800e05:	56                   	push   %esi
  800e06:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e07:	b8 00 00 00 00       	mov    $0x0,%eax
  800e0c:	8b 55 08             	mov    0x8(%ebp),%edx
  800e0f:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e12:	89 c3                	mov    %eax,%ebx
  800e14:	89 c7                	mov    %eax,%edi
  800e16:	89 c6                	mov    %eax,%esi
  800e18:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800e1a:	5b                   	pop    %ebx
  800e1b:	5e                   	pop    %esi
  800e1c:	5f                   	pop    %edi
  800e1d:	5d                   	pop    %ebp
  800e1e:	c3                   	ret

00800e1f <sys_cgetc>:

int
sys_cgetc(void)
{
  800e1f:	55                   	push   %ebp
  800e20:	89 e5                	mov    %esp,%ebp
  800e22:	57                   	push   %edi
  800e23:	56                   	push   %esi
  800e24:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e25:	ba 00 00 00 00       	mov    $0x0,%edx
  800e2a:	b8 01 00 00 00       	mov    $0x1,%eax
  800e2f:	89 d1                	mov    %edx,%ecx
  800e31:	89 d3                	mov    %edx,%ebx
  800e33:	89 d7                	mov    %edx,%edi
  800e35:	89 d6                	mov    %edx,%esi
  800e37:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800e39:	5b                   	pop    %ebx
  800e3a:	5e                   	pop    %esi
  800e3b:	5f                   	pop    %edi
  800e3c:	5d                   	pop    %ebp
  800e3d:	c3                   	ret

00800e3e <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800e3e:	55                   	push   %ebp
  800e3f:	89 e5                	mov    %esp,%ebp
  800e41:	57                   	push   %edi
  800e42:	56                   	push   %esi
  800e43:	53                   	push   %ebx
  800e44:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e47:	b9 00 00 00 00       	mov    $0x0,%ecx
  800e4c:	8b 55 08             	mov    0x8(%ebp),%edx
  800e4f:	b8 03 00 00 00       	mov    $0x3,%eax
  800e54:	89 cb                	mov    %ecx,%ebx
  800e56:	89 cf                	mov    %ecx,%edi
  800e58:	89 ce                	mov    %ecx,%esi
  800e5a:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e5c:	85 c0                	test   %eax,%eax
  800e5e:	7f 08                	jg     800e68 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800e60:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e63:	5b                   	pop    %ebx
  800e64:	5e                   	pop    %esi
  800e65:	5f                   	pop    %edi
  800e66:	5d                   	pop    %ebp
  800e67:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e68:	83 ec 0c             	sub    $0xc,%esp
  800e6b:	50                   	push   %eax
  800e6c:	6a 03                	push   $0x3
  800e6e:	68 c4 13 80 00       	push   $0x8013c4
  800e73:	6a 1f                	push   $0x1f
  800e75:	68 e1 13 80 00       	push   $0x8013e1
  800e7a:	e8 ed 01 00 00       	call   80106c <_panic>

00800e7f <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800e7f:	55                   	push   %ebp
  800e80:	89 e5                	mov    %esp,%ebp
  800e82:	57                   	push   %edi
  800e83:	56                   	push   %esi
  800e84:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e85:	ba 00 00 00 00       	mov    $0x0,%edx
  800e8a:	b8 02 00 00 00       	mov    $0x2,%eax
  800e8f:	89 d1                	mov    %edx,%ecx
  800e91:	89 d3                	mov    %edx,%ebx
  800e93:	89 d7                	mov    %edx,%edi
  800e95:	89 d6                	mov    %edx,%esi
  800e97:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800e99:	5b                   	pop    %ebx
  800e9a:	5e                   	pop    %esi
  800e9b:	5f                   	pop    %edi
  800e9c:	5d                   	pop    %ebp
  800e9d:	c3                   	ret

00800e9e <sys_yield>:

void
sys_yield(void)
{
  800e9e:	55                   	push   %ebp
  800e9f:	89 e5                	mov    %esp,%ebp
  800ea1:	57                   	push   %edi
  800ea2:	56                   	push   %esi
  800ea3:	53                   	push   %ebx
	asm volatile("int %1\n"
  800ea4:	ba 00 00 00 00       	mov    $0x0,%edx
  800ea9:	b8 0a 00 00 00       	mov    $0xa,%eax
  800eae:	89 d1                	mov    %edx,%ecx
  800eb0:	89 d3                	mov    %edx,%ebx
  800eb2:	89 d7                	mov    %edx,%edi
  800eb4:	89 d6                	mov    %edx,%esi
  800eb6:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800eb8:	5b                   	pop    %ebx
  800eb9:	5e                   	pop    %esi
  800eba:	5f                   	pop    %edi
  800ebb:	5d                   	pop    %ebp
  800ebc:	c3                   	ret

00800ebd <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800ebd:	55                   	push   %ebp
  800ebe:	89 e5                	mov    %esp,%ebp
  800ec0:	57                   	push   %edi
  800ec1:	56                   	push   %esi
  800ec2:	53                   	push   %ebx
  800ec3:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800ec6:	be 00 00 00 00       	mov    $0x0,%esi
  800ecb:	8b 55 08             	mov    0x8(%ebp),%edx
  800ece:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ed1:	b8 04 00 00 00       	mov    $0x4,%eax
  800ed6:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800ed9:	89 f7                	mov    %esi,%edi
  800edb:	cd 30                	int    $0x30
	if (check && ret > 0)
  800edd:	85 c0                	test   %eax,%eax
  800edf:	7f 08                	jg     800ee9 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800ee1:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ee4:	5b                   	pop    %ebx
  800ee5:	5e                   	pop    %esi
  800ee6:	5f                   	pop    %edi
  800ee7:	5d                   	pop    %ebp
  800ee8:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ee9:	83 ec 0c             	sub    $0xc,%esp
  800eec:	50                   	push   %eax
  800eed:	6a 04                	push   $0x4
  800eef:	68 c4 13 80 00       	push   $0x8013c4
  800ef4:	6a 1f                	push   $0x1f
  800ef6:	68 e1 13 80 00       	push   $0x8013e1
  800efb:	e8 6c 01 00 00       	call   80106c <_panic>

00800f00 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800f00:	55                   	push   %ebp
  800f01:	89 e5                	mov    %esp,%ebp
  800f03:	57                   	push   %edi
  800f04:	56                   	push   %esi
  800f05:	53                   	push   %ebx
  800f06:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f09:	8b 55 08             	mov    0x8(%ebp),%edx
  800f0c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f0f:	b8 05 00 00 00       	mov    $0x5,%eax
  800f14:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f17:	8b 7d 14             	mov    0x14(%ebp),%edi
  800f1a:	8b 75 18             	mov    0x18(%ebp),%esi
  800f1d:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f1f:	85 c0                	test   %eax,%eax
  800f21:	7f 08                	jg     800f2b <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800f23:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f26:	5b                   	pop    %ebx
  800f27:	5e                   	pop    %esi
  800f28:	5f                   	pop    %edi
  800f29:	5d                   	pop    %ebp
  800f2a:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f2b:	83 ec 0c             	sub    $0xc,%esp
  800f2e:	50                   	push   %eax
  800f2f:	6a 05                	push   $0x5
  800f31:	68 c4 13 80 00       	push   $0x8013c4
  800f36:	6a 1f                	push   $0x1f
  800f38:	68 e1 13 80 00       	push   $0x8013e1
  800f3d:	e8 2a 01 00 00       	call   80106c <_panic>

00800f42 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800f42:	55                   	push   %ebp
  800f43:	89 e5                	mov    %esp,%ebp
  800f45:	57                   	push   %edi
  800f46:	56                   	push   %esi
  800f47:	53                   	push   %ebx
  800f48:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f4b:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f50:	8b 55 08             	mov    0x8(%ebp),%edx
  800f53:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f56:	b8 06 00 00 00       	mov    $0x6,%eax
  800f5b:	89 df                	mov    %ebx,%edi
  800f5d:	89 de                	mov    %ebx,%esi
  800f5f:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f61:	85 c0                	test   %eax,%eax
  800f63:	7f 08                	jg     800f6d <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800f65:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f68:	5b                   	pop    %ebx
  800f69:	5e                   	pop    %esi
  800f6a:	5f                   	pop    %edi
  800f6b:	5d                   	pop    %ebp
  800f6c:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f6d:	83 ec 0c             	sub    $0xc,%esp
  800f70:	50                   	push   %eax
  800f71:	6a 06                	push   $0x6
  800f73:	68 c4 13 80 00       	push   $0x8013c4
  800f78:	6a 1f                	push   $0x1f
  800f7a:	68 e1 13 80 00       	push   $0x8013e1
  800f7f:	e8 e8 00 00 00       	call   80106c <_panic>

00800f84 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800f84:	55                   	push   %ebp
  800f85:	89 e5                	mov    %esp,%ebp
  800f87:	57                   	push   %edi
  800f88:	56                   	push   %esi
  800f89:	53                   	push   %ebx
  800f8a:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f8d:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f92:	8b 55 08             	mov    0x8(%ebp),%edx
  800f95:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f98:	b8 08 00 00 00       	mov    $0x8,%eax
  800f9d:	89 df                	mov    %ebx,%edi
  800f9f:	89 de                	mov    %ebx,%esi
  800fa1:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fa3:	85 c0                	test   %eax,%eax
  800fa5:	7f 08                	jg     800faf <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800fa7:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800faa:	5b                   	pop    %ebx
  800fab:	5e                   	pop    %esi
  800fac:	5f                   	pop    %edi
  800fad:	5d                   	pop    %ebp
  800fae:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800faf:	83 ec 0c             	sub    $0xc,%esp
  800fb2:	50                   	push   %eax
  800fb3:	6a 08                	push   $0x8
  800fb5:	68 c4 13 80 00       	push   $0x8013c4
  800fba:	6a 1f                	push   $0x1f
  800fbc:	68 e1 13 80 00       	push   $0x8013e1
  800fc1:	e8 a6 00 00 00       	call   80106c <_panic>

00800fc6 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800fc6:	55                   	push   %ebp
  800fc7:	89 e5                	mov    %esp,%ebp
  800fc9:	57                   	push   %edi
  800fca:	56                   	push   %esi
  800fcb:	53                   	push   %ebx
  800fcc:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fcf:	bb 00 00 00 00       	mov    $0x0,%ebx
  800fd4:	8b 55 08             	mov    0x8(%ebp),%edx
  800fd7:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fda:	b8 09 00 00 00       	mov    $0x9,%eax
  800fdf:	89 df                	mov    %ebx,%edi
  800fe1:	89 de                	mov    %ebx,%esi
  800fe3:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fe5:	85 c0                	test   %eax,%eax
  800fe7:	7f 08                	jg     800ff1 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800fe9:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fec:	5b                   	pop    %ebx
  800fed:	5e                   	pop    %esi
  800fee:	5f                   	pop    %edi
  800fef:	5d                   	pop    %ebp
  800ff0:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ff1:	83 ec 0c             	sub    $0xc,%esp
  800ff4:	50                   	push   %eax
  800ff5:	6a 09                	push   $0x9
  800ff7:	68 c4 13 80 00       	push   $0x8013c4
  800ffc:	6a 1f                	push   $0x1f
  800ffe:	68 e1 13 80 00       	push   $0x8013e1
  801003:	e8 64 00 00 00       	call   80106c <_panic>

00801008 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  801008:	55                   	push   %ebp
  801009:	89 e5                	mov    %esp,%ebp
  80100b:	57                   	push   %edi
  80100c:	56                   	push   %esi
  80100d:	53                   	push   %ebx
	asm volatile("int %1\n"
  80100e:	8b 55 08             	mov    0x8(%ebp),%edx
  801011:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801014:	b8 0b 00 00 00       	mov    $0xb,%eax
  801019:	be 00 00 00 00       	mov    $0x0,%esi
  80101e:	8b 5d 10             	mov    0x10(%ebp),%ebx
  801021:	8b 7d 14             	mov    0x14(%ebp),%edi
  801024:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  801026:	5b                   	pop    %ebx
  801027:	5e                   	pop    %esi
  801028:	5f                   	pop    %edi
  801029:	5d                   	pop    %ebp
  80102a:	c3                   	ret

0080102b <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  80102b:	55                   	push   %ebp
  80102c:	89 e5                	mov    %esp,%ebp
  80102e:	57                   	push   %edi
  80102f:	56                   	push   %esi
  801030:	53                   	push   %ebx
  801031:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801034:	b9 00 00 00 00       	mov    $0x0,%ecx
  801039:	8b 55 08             	mov    0x8(%ebp),%edx
  80103c:	b8 0c 00 00 00       	mov    $0xc,%eax
  801041:	89 cb                	mov    %ecx,%ebx
  801043:	89 cf                	mov    %ecx,%edi
  801045:	89 ce                	mov    %ecx,%esi
  801047:	cd 30                	int    $0x30
	if (check && ret > 0)
  801049:	85 c0                	test   %eax,%eax
  80104b:	7f 08                	jg     801055 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  80104d:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801050:	5b                   	pop    %ebx
  801051:	5e                   	pop    %esi
  801052:	5f                   	pop    %edi
  801053:	5d                   	pop    %ebp
  801054:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801055:	83 ec 0c             	sub    $0xc,%esp
  801058:	50                   	push   %eax
  801059:	6a 0c                	push   $0xc
  80105b:	68 c4 13 80 00       	push   $0x8013c4
  801060:	6a 1f                	push   $0x1f
  801062:	68 e1 13 80 00       	push   $0x8013e1
  801067:	e8 00 00 00 00       	call   80106c <_panic>

0080106c <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  80106c:	55                   	push   %ebp
  80106d:	89 e5                	mov    %esp,%ebp
  80106f:	56                   	push   %esi
  801070:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  801071:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  801074:	8b 35 00 20 80 00    	mov    0x802000,%esi
  80107a:	e8 00 fe ff ff       	call   800e7f <sys_getenvid>
  80107f:	83 ec 0c             	sub    $0xc,%esp
  801082:	ff 75 0c             	push   0xc(%ebp)
  801085:	ff 75 08             	push   0x8(%ebp)
  801088:	56                   	push   %esi
  801089:	50                   	push   %eax
  80108a:	68 f0 13 80 00       	push   $0x8013f0
  80108f:	e8 50 f7 ff ff       	call   8007e4 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  801094:	83 c4 18             	add    $0x18,%esp
  801097:	53                   	push   %ebx
  801098:	ff 75 10             	push   0x10(%ebp)
  80109b:	e8 56 00 00 00       	call   8010f6 <vcprintf>
	cprintf("\n");
  8010a0:	c7 04 24 74 11 80 00 	movl   $0x801174,(%esp)
  8010a7:	e8 38 f7 ff ff       	call   8007e4 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  8010ac:	cc                   	int3
  8010ad:	83 c4 10             	add    $0x10,%esp
	for (;;)
  8010b0:	eb fe                	jmp    8010b0 <_panic+0x44>

008010b2 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  8010b2:	55                   	push   %ebp
  8010b3:	89 e5                	mov    %esp,%ebp
  8010b5:	53                   	push   %ebx
  8010b6:	83 ec 04             	sub    $0x4,%esp
  8010b9:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  8010bc:	8b 13                	mov    (%ebx),%edx
  8010be:	8d 42 01             	lea    0x1(%edx),%eax
  8010c1:	89 03                	mov    %eax,(%ebx)
  8010c3:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8010c6:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  8010ca:	3d 00 01 00 00       	cmp    $0x100,%eax
  8010cf:	74 09                	je     8010da <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  8010d1:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  8010d5:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8010d8:	c9                   	leave
  8010d9:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8010da:	83 ec 08             	sub    $0x8,%esp
  8010dd:	68 00 01 00 00       	push   $0x100
  8010e2:	8d 43 08             	lea    0x8(%ebx),%eax
  8010e5:	50                   	push   %eax
  8010e6:	e8 16 fd ff ff       	call   800e01 <sys_cputs>
		b->idx = 0;
  8010eb:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8010f1:	83 c4 10             	add    $0x10,%esp
  8010f4:	eb db                	jmp    8010d1 <putch+0x1f>

008010f6 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8010f6:	55                   	push   %ebp
  8010f7:	89 e5                	mov    %esp,%ebp
  8010f9:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8010ff:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  801106:	00 00 00 
	b.cnt = 0;
  801109:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  801110:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  801113:	ff 75 0c             	push   0xc(%ebp)
  801116:	ff 75 08             	push   0x8(%ebp)
  801119:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  80111f:	50                   	push   %eax
  801120:	68 b2 10 80 00       	push   $0x8010b2
  801125:	e8 67 f0 ff ff       	call   800191 <vprintfmt>
	if (b->idx > 0) {
  80112a:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  801130:	83 c4 10             	add    $0x10,%esp
  801133:	85 c0                	test   %eax,%eax
  801135:	7f 08                	jg     80113f <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  801137:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  80113d:	c9                   	leave
  80113e:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80113f:	83 ec 08             	sub    $0x8,%esp
  801142:	50                   	push   %eax
  801143:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  801149:	50                   	push   %eax
  80114a:	e8 b2 fc ff ff       	call   800e01 <sys_cputs>
  80114f:	83 c4 10             	add    $0x10,%esp
  801152:	eb e3                	jmp    801137 <vcprintf+0x41>
