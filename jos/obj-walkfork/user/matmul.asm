
obj-walkfork/user/matmul:     file format elf32-i386


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
  80002c:	e8 5f 01 00 00       	call   800190 <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:
	return h;
}

void
umain(int argc, char **argv)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	57                   	push   %edi
  800037:	56                   	push   %esi
  800038:	53                   	push   %ebx
  800039:	83 ec 2c             	sub    $0x2c,%esp
	uint32_t r, sum = 0;
  80003c:	c7 45 e4 00 00 00 00 	movl   $0x0,-0x1c(%ebp)

	for (r = 0; r < BENCH_ROUNDS; r++) {
  800043:	ba 00 00 00 00       	mov    $0x0,%edx
  800048:	e9 b4 00 00 00       	jmp    800101 <umain+0xce>
			c[i][j] = s;
  80004d:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800050:	8b 5d e0             	mov    -0x20(%ebp),%ebx
  800053:	89 18                	mov    %ebx,(%eax)
		for (j = 0; j < MAT_N; j++) {
  800055:	83 c0 04             	add    $0x4,%eax
  800058:	83 c1 04             	add    $0x4,%ecx
  80005b:	39 f8                	cmp    %edi,%eax
  80005d:	74 2a                	je     800089 <umain+0x56>
			for (k = 0; k < MAT_N; k++)
  80005f:	8d 91 00 1f ff ff    	lea    -0xe100(%ecx),%edx
		fill(r + 1);
  800065:	8b 5d dc             	mov    -0x24(%ebp),%ebx
			s = 0;
  800068:	c7 45 e0 00 00 00 00 	movl   $0x0,-0x20(%ebp)
  80006f:	89 45 d0             	mov    %eax,-0x30(%ebp)
				s += a[i][k] * b[k][j];
  800072:	8b 03                	mov    (%ebx),%eax
  800074:	0f af 02             	imul   (%edx),%eax
  800077:	01 45 e0             	add    %eax,-0x20(%ebp)
			for (k = 0; k < MAT_N; k++)
  80007a:	83 c3 04             	add    $0x4,%ebx
  80007d:	81 c2 e0 01 00 00    	add    $0x1e0,%edx
  800083:	39 ca                	cmp    %ecx,%edx
  800085:	75 eb                	jne    800072 <umain+0x3f>
  800087:	eb c4                	jmp    80004d <umain+0x1a>
	for (i = 0; i < MAT_N; i++)
  800089:	89 f2                	mov    %esi,%edx
  80008b:	8b 5d d4             	mov    -0x2c(%ebp),%ebx
  80008e:	81 c7 e0 01 00 00    	add    $0x1e0,%edi
  800094:	81 45 dc e0 01 00 00 	addl   $0x1e0,-0x24(%ebp)
  80009b:	81 ff e0 22 81 00    	cmp    $0x8122e0,%edi
  8000a1:	74 12                	je     8000b5 <umain+0x82>
		for (j = 0; j < MAT_N; j++) {
  8000a3:	8d 87 20 fe ff ff    	lea    -0x1e0(%edi),%eax
  8000a9:	b9 00 02 82 00       	mov    $0x820200,%ecx
  8000ae:	89 d6                	mov    %edx,%esi
  8000b0:	89 5d d4             	mov    %ebx,-0x2c(%ebp)
  8000b3:	eb aa                	jmp    80005f <umain+0x2c>
  8000b5:	89 f1                	mov    %esi,%ecx
  8000b7:	8b 55 d8             	mov    -0x28(%ebp),%edx
  8000ba:	be 00 21 81 00       	mov    $0x812100,%esi
	uint32_t h = 0;
  8000bf:	b8 00 00 00 00       	mov    $0x0,%eax
  8000c4:	89 55 e0             	mov    %edx,-0x20(%ebp)
			s = 0;
  8000c7:	89 cf                	mov    %ecx,%edi
  8000c9:	8d 91 e0 01 00 00    	lea    0x1e0(%ecx),%edx
			h = h * 31 + (uint32_t) c[i][j];
  8000cf:	89 c1                	mov    %eax,%ecx
  8000d1:	c1 e1 05             	shl    $0x5,%ecx
  8000d4:	29 c1                	sub    %eax,%ecx
  8000d6:	89 c8                	mov    %ecx,%eax
  8000d8:	03 07                	add    (%edi),%eax
		for (j = 0; j < MAT_N; j++)
  8000da:	83 c7 04             	add    $0x4,%edi
  8000dd:	39 d7                	cmp    %edx,%edi
  8000df:	75 ee                	jne    8000cf <umain+0x9c>
	for (i = 0; i < MAT_N; i++)
  8000e1:	39 f2                	cmp    %esi,%edx
  8000e3:	74 04                	je     8000e9 <umain+0xb6>
  8000e5:	89 d1                	mov    %edx,%ecx
  8000e7:	eb de                	jmp    8000c7 <umain+0x94>
		multiply();
		sum = (sum ^ digest()) * 0x01000193 + r;
  8000e9:	8b 55 e0             	mov    -0x20(%ebp),%edx
  8000ec:	8b 75 e4             	mov    -0x1c(%ebp),%esi
  8000ef:	31 f0                	xor    %esi,%eax
  8000f1:	69 c0 93 01 00 01    	imul   $0x1000193,%eax,%eax
  8000f7:	01 d8                	add    %ebx,%eax
  8000f9:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	for (r = 0; r < BENCH_ROUNDS; r++) {
  8000fc:	83 fa 64             	cmp    $0x64,%edx
  8000ff:	74 76                	je     800177 <umain+0x144>
		fill(r + 1);
  800101:	89 d3                	mov    %edx,%ebx
  800103:	83 c2 01             	add    $0x1,%edx
	uint32_t x = seed;
  800106:	89 d0                	mov    %edx,%eax
		fill(r + 1);
  800108:	b9 00 00 00 00       	mov    $0x0,%ecx
	for (r = 0; r < BENCH_ROUNDS; r++) {
  80010d:	89 ce                	mov    %ecx,%esi
  80010f:	81 c1 e0 01 00 00    	add    $0x1e0,%ecx
			x = x * 1664525 + 1013904223;
  800115:	69 c0 0d 66 19 00    	imul   $0x19660d,%eax,%eax
  80011b:	05 5f f3 6e 3c       	add    $0x3c6ef35f,%eax
			a[i][j] = (int32_t) (x >> 20) - 2048;
  800120:	89 c7                	mov    %eax,%edi
  800122:	c1 ef 14             	shr    $0x14,%edi
  800125:	81 ef 00 08 00 00    	sub    $0x800,%edi
  80012b:	89 be 00 02 82 00    	mov    %edi,0x820200(%esi)
			x = x * 1664525 + 1013904223;
  800131:	69 c0 0d 66 19 00    	imul   $0x19660d,%eax,%eax
  800137:	05 5f f3 6e 3c       	add    $0x3c6ef35f,%eax
			b[i][j] = (int32_t) (x >> 20) - 2048;
  80013c:	89 c7                	mov    %eax,%edi
  80013e:	c1 ef 14             	shr    $0x14,%edi
  800141:	81 ef 00 08 00 00    	sub    $0x800,%edi
  800147:	89 be 00 21 81 00    	mov    %edi,0x812100(%esi)
		for (j = 0; j < MAT_N; j++) {
  80014d:	83 c6 04             	add    $0x4,%esi
  800150:	39 ce                	cmp    %ecx,%esi
  800152:	75 c1                	jne    800115 <umain+0xe2>
	for (i = 0; i < MAT_N; i++)
  800154:	81 f9 00 e1 00 00    	cmp    $0xe100,%ecx
  80015a:	75 b1                	jne    80010d <umain+0xda>
  80015c:	b9 00 40 80 00       	mov    $0x804000,%ecx
  800161:	bf e0 41 80 00       	mov    $0x8041e0,%edi
  800166:	c7 45 dc 00 02 82 00 	movl   $0x820200,-0x24(%ebp)
  80016d:	89 55 d8             	mov    %edx,-0x28(%ebp)
  800170:	89 ca                	mov    %ecx,%edx
  800172:	e9 2c ff ff ff       	jmp    8000a3 <umain+0x70>
	}
	cprintf("matmul: checksum %08x\n", sum);
  800177:	83 ec 08             	sub    $0x8,%esp
  80017a:	50                   	push   %eax
  80017b:	68 00 12 80 00       	push   $0x801200
  800180:	e8 f0 06 00 00       	call   800875 <cprintf>
}
  800185:	83 c4 10             	add    $0x10,%esp
  800188:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80018b:	5b                   	pop    %ebx
  80018c:	5e                   	pop    %esi
  80018d:	5f                   	pop    %edi
  80018e:	5d                   	pop    %ebp
  80018f:	c3                   	ret

00800190 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  800190:	55                   	push   %ebp
  800191:	89 e5                	mov    %esp,%ebp
  800193:	56                   	push   %esi
  800194:	53                   	push   %ebx
  800195:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800198:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  80019b:	e8 70 0d 00 00       	call   800f10 <sys_getenvid>
  8001a0:	25 ff 03 00 00       	and    $0x3ff,%eax
  8001a5:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8001a8:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8001ad:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  8001b2:	85 db                	test   %ebx,%ebx
  8001b4:	7e 07                	jle    8001bd <libmain+0x2d>
		binaryname = argv[0];
  8001b6:	8b 06                	mov    (%esi),%eax
  8001b8:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  8001bd:	83 ec 08             	sub    $0x8,%esp
  8001c0:	56                   	push   %esi
  8001c1:	53                   	push   %ebx
  8001c2:	e8 6c fe ff ff       	call   800033 <umain>

	exit();
  8001c7:	e8 0a 00 00 00       	call   8001d6 <exit>
}
  8001cc:	83 c4 10             	add    $0x10,%esp
  8001cf:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8001d2:	5b                   	pop    %ebx
  8001d3:	5e                   	pop    %esi
  8001d4:	5d                   	pop    %ebp
  8001d5:	c3                   	ret

008001d6 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  8001d6:	55                   	push   %ebp
  8001d7:	89 e5                	mov    %esp,%ebp
  8001d9:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  8001dc:	6a 00                	push   $0x0
  8001de:	e8 ec 0c 00 00       	call   800ecf <sys_env_destroy>
}
  8001e3:	83 c4 10             	add    $0x10,%esp
  8001e6:	c9                   	leave
  8001e7:	c3                   	ret

008001e8 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8001e8:	55                   	push   %ebp
  8001e9:	89 e5                	mov    %esp,%ebp
  8001eb:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8001ee:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  8001f2:	8b 10                	mov    (%eax),%edx
  8001f4:	3b 50 04             	cmp    0x4(%eax),%edx
  8001f7:	73 0a                	jae    800203 <sprintputch+0x1b>
		*b->buf++ = ch;
  8001f9:	8d 4a 01             	lea    0x1(%edx),%ecx
  8001fc:	89 08                	mov    %ecx,(%eax)
  8001fe:	8b 45 08             	mov    0x8(%ebp),%eax
  800201:	88 02                	mov    %al,(%edx)
}
  800203:	5d                   	pop    %ebp
  800204:	c3                   	ret

00800205 <printfmt>:
{
  800205:	55                   	push   %ebp
  800206:	89 e5                	mov    %esp,%ebp
  800208:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  80020b:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  80020e:	50                   	push   %eax
  80020f:	ff 75 10             	push   0x10(%ebp)
  800212:	ff 75 0c             	push   0xc(%ebp)
  800215:	ff 75 08             	push   0x8(%ebp)
  800218:	e8 05 00 00 00       	call   800222 <vprintfmt>
}
  80021d:	83 c4 10             	add    $0x10,%esp
  800220:	c9                   	leave
  800221:	c3                   	ret

00800222 <vprintfmt>:
{
  800222:	55                   	push   %ebp
  800223:	89 e5                	mov    %esp,%ebp
  800225:	57                   	push   %edi
  800226:	56                   	push   %esi
  800227:	53                   	push   %ebx
  800228:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80022b:	8b 45 10             	mov    0x10(%ebp),%eax
  80022e:	8d 58 01             	lea    0x1(%eax),%ebx
  800231:	0f b6 00             	movzbl (%eax),%eax
  800234:	83 f8 25             	cmp    $0x25,%eax
  800237:	74 24                	je     80025d <vprintfmt+0x3b>
  800239:	8b 75 08             	mov    0x8(%ebp),%esi
  80023c:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  80023f:	85 c0                	test   %eax,%eax
  800241:	0f 84 d8 05 00 00    	je     80081f <vprintfmt+0x5fd>
			putch(ch, putdat);
  800247:	83 ec 08             	sub    $0x8,%esp
  80024a:	57                   	push   %edi
  80024b:	50                   	push   %eax
  80024c:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80024e:	83 c3 01             	add    $0x1,%ebx
  800251:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800255:	83 c4 10             	add    $0x10,%esp
  800258:	83 f8 25             	cmp    $0x25,%eax
  80025b:	75 e2                	jne    80023f <vprintfmt+0x1d>
		padc = ' ';
  80025d:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  800261:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800266:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  80026d:	b9 00 00 00 00       	mov    $0x0,%ecx
  800272:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800274:	8d 53 01             	lea    0x1(%ebx),%edx
  800277:	0f b6 0b             	movzbl (%ebx),%ecx
  80027a:	8d 41 dd             	lea    -0x23(%ecx),%eax
  80027d:	3c 55                	cmp    $0x55,%al
  80027f:	0f 87 21 05 00 00    	ja     8007a6 <vprintfmt+0x584>
  800285:	0f b6 c0             	movzbl %al,%eax
  800288:	ff 24 85 e0 12 80 00 	jmp    *0x8012e0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  80028f:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800292:	eb 97                	jmp    80022b <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  800294:	89 d3                	mov    %edx,%ebx
			padc = '-';
  800296:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  80029a:	eb d8                	jmp    800274 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80029c:	89 d3                	mov    %edx,%ebx
  80029e:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8002a2:	eb d0                	jmp    800274 <vprintfmt+0x52>
  8002a4:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8002a7:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8002aa:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8002ae:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8002b1:	83 f9 09             	cmp    $0x9,%ecx
  8002b4:	77 54                	ja     80030a <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8002b6:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8002b9:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8002bc:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8002c0:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8002c3:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8002c6:	83 f9 09             	cmp    $0x9,%ecx
  8002c9:	76 eb                	jbe    8002b6 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8002cb:	89 d3                	mov    %edx,%ebx
  8002cd:	eb 0d                	jmp    8002dc <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8002cf:	8b 45 14             	mov    0x14(%ebp),%eax
  8002d2:	8b 38                	mov    (%eax),%edi
  8002d4:	8d 40 04             	lea    0x4(%eax),%eax
  8002d7:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8002da:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8002dc:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8002e0:	79 92                	jns    800274 <vprintfmt+0x52>
				width = precision, precision = -1;
  8002e2:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8002e5:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8002ea:	eb 88                	jmp    800274 <vprintfmt+0x52>
			if (width < 0)
  8002ec:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  8002ef:	85 c9                	test   %ecx,%ecx
  8002f1:	b8 00 00 00 00       	mov    $0x0,%eax
  8002f6:	0f 49 c1             	cmovns %ecx,%eax
  8002f9:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8002fc:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  8002fe:	e9 71 ff ff ff       	jmp    800274 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800303:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800305:	e9 6a ff ff ff       	jmp    800274 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80030a:	89 d3                	mov    %edx,%ebx
  80030c:	eb ce                	jmp    8002dc <vprintfmt+0xba>
			lflag++;
  80030e:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800311:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800313:	e9 5c ff ff ff       	jmp    800274 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800318:	89 55 10             	mov    %edx,0x10(%ebp)
  80031b:	8b 45 14             	mov    0x14(%ebp),%eax
  80031e:	8d 58 04             	lea    0x4(%eax),%ebx
  800321:	83 ec 08             	sub    $0x8,%esp
  800324:	ff 75 0c             	push   0xc(%ebp)
  800327:	ff 30                	push   (%eax)
  800329:	ff 55 08             	call   *0x8(%ebp)
			break;
  80032c:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  80032f:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800332:	e9 f4 fe ff ff       	jmp    80022b <vprintfmt+0x9>
			err = va_arg(ap, int);
  800337:	89 55 10             	mov    %edx,0x10(%ebp)
  80033a:	8b 45 14             	mov    0x14(%ebp),%eax
  80033d:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800340:	8b 10                	mov    (%eax),%edx
  800342:	89 d0                	mov    %edx,%eax
  800344:	f7 d8                	neg    %eax
  800346:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800349:	83 f8 08             	cmp    $0x8,%eax
  80034c:	7f 27                	jg     800375 <vprintfmt+0x153>
  80034e:	8b 14 85 40 14 80 00 	mov    0x801440(,%eax,4),%edx
  800355:	85 d2                	test   %edx,%edx
  800357:	74 1c                	je     800375 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800359:	52                   	push   %edx
  80035a:	68 31 12 80 00       	push   $0x801231
  80035f:	ff 75 0c             	push   0xc(%ebp)
  800362:	ff 75 08             	push   0x8(%ebp)
  800365:	e8 9b fe ff ff       	call   800205 <printfmt>
  80036a:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80036d:	89 5d 14             	mov    %ebx,0x14(%ebp)
  800370:	e9 b6 fe ff ff       	jmp    80022b <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  800375:	50                   	push   %eax
  800376:	68 28 12 80 00       	push   $0x801228
  80037b:	ff 75 0c             	push   0xc(%ebp)
  80037e:	ff 75 08             	push   0x8(%ebp)
  800381:	e8 7f fe ff ff       	call   800205 <printfmt>
  800386:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800389:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  80038c:	e9 9a fe ff ff       	jmp    80022b <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  800391:	89 55 10             	mov    %edx,0x10(%ebp)
  800394:	8b 45 14             	mov    0x14(%ebp),%eax
  800397:	83 c0 04             	add    $0x4,%eax
  80039a:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80039d:	8b 45 14             	mov    0x14(%ebp),%eax
  8003a0:	8b 30                	mov    (%eax),%esi
  8003a2:	85 f6                	test   %esi,%esi
  8003a4:	0f 84 53 04 00 00    	je     8007fd <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8003aa:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8003ae:	7e 06                	jle    8003b6 <vprintfmt+0x194>
  8003b0:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8003b4:	75 1b                	jne    8003d1 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8003b6:	8d 5e 01             	lea    0x1(%esi),%ebx
  8003b9:	0f be 06             	movsbl (%esi),%eax
  8003bc:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8003bf:	85 c0                	test   %eax,%eax
  8003c1:	0f 85 80 00 00 00    	jne    800447 <vprintfmt+0x225>
  8003c7:	e9 8c 00 00 00       	jmp    800458 <vprintfmt+0x236>
				p = "(null)";
  8003cc:	be 21 12 80 00       	mov    $0x801221,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8003d1:	83 ec 08             	sub    $0x8,%esp
  8003d4:	57                   	push   %edi
  8003d5:	56                   	push   %esi
  8003d6:	e8 ea 04 00 00       	call   8008c5 <strnlen>
  8003db:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8003de:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8003e1:	83 c4 10             	add    $0x10,%esp
  8003e4:	85 d2                	test   %edx,%edx
  8003e6:	0f 8e f5 03 00 00    	jle    8007e1 <vprintfmt+0x5bf>
					putch(padc, putdat);
  8003ec:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  8003f0:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8003f3:	89 d6                	mov    %edx,%esi
  8003f5:	89 7d b0             	mov    %edi,-0x50(%ebp)
  8003f8:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8003fb:	83 ec 08             	sub    $0x8,%esp
  8003fe:	57                   	push   %edi
  8003ff:	53                   	push   %ebx
  800400:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800403:	83 c4 10             	add    $0x10,%esp
  800406:	83 ee 01             	sub    $0x1,%esi
  800409:	75 f0                	jne    8003fb <vprintfmt+0x1d9>
  80040b:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80040e:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800411:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800414:	8d 5e 01             	lea    0x1(%esi),%ebx
  800417:	0f be 06             	movsbl (%esi),%eax
  80041a:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80041d:	85 c0                	test   %eax,%eax
  80041f:	75 26                	jne    800447 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800421:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800424:	89 45 14             	mov    %eax,0x14(%ebp)
  800427:	e9 ff fd ff ff       	jmp    80022b <vprintfmt+0x9>
				putch(ch, putdat);
  80042c:	83 ec 08             	sub    $0x8,%esp
  80042f:	ff 75 0c             	push   0xc(%ebp)
  800432:	50                   	push   %eax
  800433:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800436:	83 ee 01             	sub    $0x1,%esi
  800439:	83 c3 01             	add    $0x1,%ebx
  80043c:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800440:	83 c4 10             	add    $0x10,%esp
  800443:	85 c0                	test   %eax,%eax
  800445:	74 0e                	je     800455 <vprintfmt+0x233>
  800447:	85 ff                	test   %edi,%edi
  800449:	78 e1                	js     80042c <vprintfmt+0x20a>
  80044b:	83 ef 01             	sub    $0x1,%edi
  80044e:	79 dc                	jns    80042c <vprintfmt+0x20a>
  800450:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800453:	eb 03                	jmp    800458 <vprintfmt+0x236>
  800455:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800458:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80045c:	7e 24                	jle    800482 <vprintfmt+0x260>
  80045e:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  800461:	8b 75 08             	mov    0x8(%ebp),%esi
  800464:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800467:	83 ec 08             	sub    $0x8,%esp
  80046a:	57                   	push   %edi
  80046b:	6a 20                	push   $0x20
  80046d:	ff d6                	call   *%esi
			for (; width > 0; width--)
  80046f:	83 c4 10             	add    $0x10,%esp
  800472:	83 eb 01             	sub    $0x1,%ebx
  800475:	75 f0                	jne    800467 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800477:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80047a:	89 45 14             	mov    %eax,0x14(%ebp)
  80047d:	e9 a9 fd ff ff       	jmp    80022b <vprintfmt+0x9>
  800482:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800485:	89 45 14             	mov    %eax,0x14(%ebp)
  800488:	e9 9e fd ff ff       	jmp    80022b <vprintfmt+0x9>
	if (lflag >= 2)
  80048d:	89 55 10             	mov    %edx,0x10(%ebp)
  800490:	83 fe 01             	cmp    $0x1,%esi
  800493:	7f 1b                	jg     8004b0 <vprintfmt+0x28e>
	else if (lflag)
  800495:	85 f6                	test   %esi,%esi
  800497:	74 39                	je     8004d2 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  800499:	8b 45 14             	mov    0x14(%ebp),%eax
  80049c:	8b 00                	mov    (%eax),%eax
  80049e:	89 c6                	mov    %eax,%esi
  8004a0:	89 c7                	mov    %eax,%edi
  8004a2:	c1 ff 1f             	sar    $0x1f,%edi
  8004a5:	8b 45 14             	mov    0x14(%ebp),%eax
  8004a8:	8d 40 04             	lea    0x4(%eax),%eax
  8004ab:	89 45 14             	mov    %eax,0x14(%ebp)
  8004ae:	eb 0e                	jmp    8004be <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8004b0:	8b 45 14             	mov    0x14(%ebp),%eax
  8004b3:	8b 30                	mov    (%eax),%esi
  8004b5:	8b 78 04             	mov    0x4(%eax),%edi
  8004b8:	8d 40 08             	lea    0x8(%eax),%eax
  8004bb:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8004be:	85 ff                	test   %edi,%edi
  8004c0:	78 27                	js     8004e9 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8004c2:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8004c5:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8004c8:	b8 0a 00 00 00       	mov    $0xa,%eax
  8004cd:	e9 53 01 00 00       	jmp    800625 <vprintfmt+0x403>
		return va_arg(*ap, int);
  8004d2:	8b 45 14             	mov    0x14(%ebp),%eax
  8004d5:	8b 00                	mov    (%eax),%eax
  8004d7:	89 c6                	mov    %eax,%esi
  8004d9:	89 c7                	mov    %eax,%edi
  8004db:	c1 ff 1f             	sar    $0x1f,%edi
  8004de:	8b 45 14             	mov    0x14(%ebp),%eax
  8004e1:	8d 40 04             	lea    0x4(%eax),%eax
  8004e4:	89 45 14             	mov    %eax,0x14(%ebp)
  8004e7:	eb d5                	jmp    8004be <vprintfmt+0x29c>
				putch('-', putdat);
  8004e9:	83 ec 08             	sub    $0x8,%esp
  8004ec:	ff 75 0c             	push   0xc(%ebp)
  8004ef:	6a 2d                	push   $0x2d
  8004f1:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  8004f4:	f7 de                	neg    %esi
  8004f6:	83 d7 00             	adc    $0x0,%edi
  8004f9:	f7 df                	neg    %edi
  8004fb:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8004fe:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800501:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800504:	b8 0a 00 00 00       	mov    $0xa,%eax
  800509:	e9 17 01 00 00       	jmp    800625 <vprintfmt+0x403>
	if (lflag >= 2)
  80050e:	89 55 10             	mov    %edx,0x10(%ebp)
  800511:	83 fe 01             	cmp    $0x1,%esi
  800514:	7f 27                	jg     80053d <vprintfmt+0x31b>
	else if (lflag)
  800516:	85 f6                	test   %esi,%esi
  800518:	74 44                	je     80055e <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  80051a:	8b 45 14             	mov    0x14(%ebp),%eax
  80051d:	8b 00                	mov    (%eax),%eax
  80051f:	ba 00 00 00 00       	mov    $0x0,%edx
  800524:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800527:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80052a:	8b 45 14             	mov    0x14(%ebp),%eax
  80052d:	8d 40 04             	lea    0x4(%eax),%eax
  800530:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800533:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800538:	e9 e8 00 00 00       	jmp    800625 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80053d:	8b 45 14             	mov    0x14(%ebp),%eax
  800540:	8b 50 04             	mov    0x4(%eax),%edx
  800543:	8b 00                	mov    (%eax),%eax
  800545:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800548:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80054b:	8b 45 14             	mov    0x14(%ebp),%eax
  80054e:	8d 40 08             	lea    0x8(%eax),%eax
  800551:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800554:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800559:	e9 c7 00 00 00       	jmp    800625 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80055e:	8b 45 14             	mov    0x14(%ebp),%eax
  800561:	8b 00                	mov    (%eax),%eax
  800563:	ba 00 00 00 00       	mov    $0x0,%edx
  800568:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80056b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80056e:	8b 45 14             	mov    0x14(%ebp),%eax
  800571:	8d 40 04             	lea    0x4(%eax),%eax
  800574:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800577:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  80057c:	e9 a4 00 00 00       	jmp    800625 <vprintfmt+0x403>
	if (lflag >= 2)
  800581:	89 55 10             	mov    %edx,0x10(%ebp)
  800584:	83 fe 01             	cmp    $0x1,%esi
  800587:	7f 24                	jg     8005ad <vprintfmt+0x38b>
	else if (lflag)
  800589:	85 f6                	test   %esi,%esi
  80058b:	74 3e                	je     8005cb <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  80058d:	8b 45 14             	mov    0x14(%ebp),%eax
  800590:	8b 00                	mov    (%eax),%eax
  800592:	ba 00 00 00 00       	mov    $0x0,%edx
  800597:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80059a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80059d:	8b 45 14             	mov    0x14(%ebp),%eax
  8005a0:	8d 40 04             	lea    0x4(%eax),%eax
  8005a3:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005a6:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8005ab:	eb 78                	jmp    800625 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8005ad:	8b 45 14             	mov    0x14(%ebp),%eax
  8005b0:	8b 50 04             	mov    0x4(%eax),%edx
  8005b3:	8b 00                	mov    (%eax),%eax
  8005b5:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005b8:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005bb:	8b 45 14             	mov    0x14(%ebp),%eax
  8005be:	8d 40 08             	lea    0x8(%eax),%eax
  8005c1:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005c4:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8005c9:	eb 5a                	jmp    800625 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8005cb:	8b 45 14             	mov    0x14(%ebp),%eax
  8005ce:	8b 00                	mov    (%eax),%eax
  8005d0:	ba 00 00 00 00       	mov    $0x0,%edx
  8005d5:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005d8:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005db:	8b 45 14             	mov    0x14(%ebp),%eax
  8005de:	8d 40 04             	lea    0x4(%eax),%eax
  8005e1:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005e4:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8005e9:	eb 3a                	jmp    800625 <vprintfmt+0x403>
			putch('0', putdat);
  8005eb:	89 55 10             	mov    %edx,0x10(%ebp)
  8005ee:	83 ec 08             	sub    $0x8,%esp
  8005f1:	ff 75 0c             	push   0xc(%ebp)
  8005f4:	6a 30                	push   $0x30
  8005f6:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  8005f9:	83 c4 08             	add    $0x8,%esp
  8005fc:	ff 75 0c             	push   0xc(%ebp)
  8005ff:	6a 78                	push   $0x78
  800601:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800604:	8b 45 14             	mov    0x14(%ebp),%eax
  800607:	8b 00                	mov    (%eax),%eax
  800609:	ba 00 00 00 00       	mov    $0x0,%edx
  80060e:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800611:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800614:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800617:	8b 45 14             	mov    0x14(%ebp),%eax
  80061a:	8d 40 04             	lea    0x4(%eax),%eax
  80061d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800620:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800625:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800629:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  80062c:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800631:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800634:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  80063b:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80063e:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800641:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800644:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800647:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  80064b:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80064e:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800651:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800654:	ff 75 bc             	push   -0x44(%ebp)
  800657:	ff 75 b8             	push   -0x48(%ebp)
  80065a:	57                   	push   %edi
  80065b:	56                   	push   %esi
  80065c:	e8 2f 07 00 00       	call   800d90 <__umoddi3>
  800661:	83 c4 10             	add    $0x10,%esp
  800664:	0f b6 80 34 12 80 00 	movzbl 0x801234(%eax),%eax
  80066b:	88 03                	mov    %al,(%ebx)
		num /= base;
  80066d:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800670:	89 fb                	mov    %edi,%ebx
  800672:	ff 75 bc             	push   -0x44(%ebp)
  800675:	ff 75 b8             	push   -0x48(%ebp)
  800678:	57                   	push   %edi
  800679:	56                   	push   %esi
  80067a:	e8 f6 06 00 00       	call   800d75 <__udivdi3>
  80067f:	83 c4 10             	add    $0x10,%esp
  800682:	89 c6                	mov    %eax,%esi
  800684:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  800686:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  800689:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  80068c:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  80068f:	73 b6                	jae    800647 <vprintfmt+0x425>
	pad = width - n;
  800691:	8b 7d a8             	mov    -0x58(%ebp),%edi
  800694:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  800697:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80069a:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  80069c:	83 ff 2d             	cmp    $0x2d,%edi
  80069f:	0f 84 de 00 00 00    	je     800783 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8006a5:	85 f6                	test   %esi,%esi
  8006a7:	0f 8e 27 01 00 00    	jle    8007d4 <vprintfmt+0x5b2>
  8006ad:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8006b0:	83 ec 08             	sub    $0x8,%esp
  8006b3:	53                   	push   %ebx
  8006b4:	57                   	push   %edi
  8006b5:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8006b8:	83 c4 10             	add    $0x10,%esp
  8006bb:	83 ee 01             	sub    $0x1,%esi
  8006be:	75 f0                	jne    8006b0 <vprintfmt+0x48e>
  8006c0:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8006c3:	85 db                	test   %ebx,%ebx
  8006c5:	0f 8e 60 fb ff ff    	jle    80022b <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8006cb:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8006ce:	8b 75 08             	mov    0x8(%ebp),%esi
  8006d1:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8006d4:	83 eb 01             	sub    $0x1,%ebx
  8006d7:	83 ec 08             	sub    $0x8,%esp
  8006da:	57                   	push   %edi
  8006db:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8006e0:	50                   	push   %eax
  8006e1:	ff d6                	call   *%esi
	while (n > 0)
  8006e3:	83 c4 10             	add    $0x10,%esp
  8006e6:	85 db                	test   %ebx,%ebx
  8006e8:	7f ea                	jg     8006d4 <vprintfmt+0x4b2>
  8006ea:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8006ed:	85 f6                	test   %esi,%esi
  8006ef:	0f 8e 36 fb ff ff    	jle    80022b <vprintfmt+0x9>
  8006f5:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8006f8:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  8006fb:	83 ec 08             	sub    $0x8,%esp
  8006fe:	57                   	push   %edi
  8006ff:	6a 20                	push   $0x20
  800701:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800703:	83 c4 10             	add    $0x10,%esp
  800706:	83 ee 01             	sub    $0x1,%esi
  800709:	75 f0                	jne    8006fb <vprintfmt+0x4d9>
  80070b:	e9 1b fb ff ff       	jmp    80022b <vprintfmt+0x9>
	if (lflag >= 2)
  800710:	89 55 10             	mov    %edx,0x10(%ebp)
  800713:	83 fe 01             	cmp    $0x1,%esi
  800716:	7f 27                	jg     80073f <vprintfmt+0x51d>
	else if (lflag)
  800718:	85 f6                	test   %esi,%esi
  80071a:	74 44                	je     800760 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  80071c:	8b 45 14             	mov    0x14(%ebp),%eax
  80071f:	8b 00                	mov    (%eax),%eax
  800721:	ba 00 00 00 00       	mov    $0x0,%edx
  800726:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800729:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80072c:	8b 45 14             	mov    0x14(%ebp),%eax
  80072f:	8d 40 04             	lea    0x4(%eax),%eax
  800732:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800735:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  80073a:	e9 e6 fe ff ff       	jmp    800625 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80073f:	8b 45 14             	mov    0x14(%ebp),%eax
  800742:	8b 50 04             	mov    0x4(%eax),%edx
  800745:	8b 00                	mov    (%eax),%eax
  800747:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80074a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80074d:	8b 45 14             	mov    0x14(%ebp),%eax
  800750:	8d 40 08             	lea    0x8(%eax),%eax
  800753:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800756:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  80075b:	e9 c5 fe ff ff       	jmp    800625 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800760:	8b 45 14             	mov    0x14(%ebp),%eax
  800763:	8b 00                	mov    (%eax),%eax
  800765:	ba 00 00 00 00       	mov    $0x0,%edx
  80076a:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80076d:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800770:	8b 45 14             	mov    0x14(%ebp),%eax
  800773:	8d 40 04             	lea    0x4(%eax),%eax
  800776:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800779:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  80077e:	e9 a2 fe ff ff       	jmp    800625 <vprintfmt+0x403>
	while (n > 0)
  800783:	85 db                	test   %ebx,%ebx
  800785:	0f 8f 40 ff ff ff    	jg     8006cb <vprintfmt+0x4a9>
  80078b:	e9 5d ff ff ff       	jmp    8006ed <vprintfmt+0x4cb>
			putch(ch, putdat);
  800790:	89 55 10             	mov    %edx,0x10(%ebp)
  800793:	83 ec 08             	sub    $0x8,%esp
  800796:	ff 75 0c             	push   0xc(%ebp)
  800799:	6a 25                	push   $0x25
  80079b:	ff 55 08             	call   *0x8(%ebp)
			break;
  80079e:	83 c4 10             	add    $0x10,%esp
  8007a1:	e9 85 fa ff ff       	jmp    80022b <vprintfmt+0x9>
			putch('%', putdat);
  8007a6:	83 ec 08             	sub    $0x8,%esp
  8007a9:	ff 75 0c             	push   0xc(%ebp)
  8007ac:	6a 25                	push   $0x25
  8007ae:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8007b1:	83 c4 10             	add    $0x10,%esp
  8007b4:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8007b8:	0f 84 d1 fa ff ff    	je     80028f <vprintfmt+0x6d>
  8007be:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8007c1:	89 d8                	mov    %ebx,%eax
  8007c3:	83 e8 01             	sub    $0x1,%eax
  8007c6:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8007ca:	75 f7                	jne    8007c3 <vprintfmt+0x5a1>
  8007cc:	89 45 10             	mov    %eax,0x10(%ebp)
  8007cf:	e9 57 fa ff ff       	jmp    80022b <vprintfmt+0x9>
	while (n > 0)
  8007d4:	85 db                	test   %ebx,%ebx
  8007d6:	0f 8f ef fe ff ff    	jg     8006cb <vprintfmt+0x4a9>
  8007dc:	e9 4a fa ff ff       	jmp    80022b <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8007e1:	8d 5e 01             	lea    0x1(%esi),%ebx
  8007e4:	0f be 06             	movsbl (%esi),%eax
  8007e7:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8007ea:	85 c0                	test   %eax,%eax
  8007ec:	0f 85 55 fc ff ff    	jne    800447 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8007f2:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8007f5:	89 45 14             	mov    %eax,0x14(%ebp)
  8007f8:	e9 2e fa ff ff       	jmp    80022b <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  8007fd:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800801:	74 0a                	je     80080d <vprintfmt+0x5eb>
  800803:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800807:	0f 8f bf fb ff ff    	jg     8003cc <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80080d:	b8 28 00 00 00       	mov    $0x28,%eax
  800812:	bb 22 12 80 00       	mov    $0x801222,%ebx
  800817:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80081a:	e9 28 fc ff ff       	jmp    800447 <vprintfmt+0x225>
}
  80081f:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800822:	5b                   	pop    %ebx
  800823:	5e                   	pop    %esi
  800824:	5f                   	pop    %edi
  800825:	5d                   	pop    %ebp
  800826:	c3                   	ret

00800827 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800827:	55                   	push   %ebp
  800828:	89 e5                	mov    %esp,%ebp
  80082a:	83 ec 18             	sub    $0x18,%esp
  80082d:	8b 45 08             	mov    0x8(%ebp),%eax
  800830:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800833:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800836:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  80083a:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  80083d:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800844:	85 c0                	test   %eax,%eax
  800846:	74 26                	je     80086e <vsnprintf+0x47>
  800848:	85 d2                	test   %edx,%edx
  80084a:	7e 22                	jle    80086e <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  80084c:	ff 75 14             	push   0x14(%ebp)
  80084f:	ff 75 10             	push   0x10(%ebp)
  800852:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800855:	50                   	push   %eax
  800856:	68 e8 01 80 00       	push   $0x8001e8
  80085b:	e8 c2 f9 ff ff       	call   800222 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800860:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800863:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800866:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800869:	83 c4 10             	add    $0x10,%esp
}
  80086c:	c9                   	leave
  80086d:	c3                   	ret
		return -E_INVAL;
  80086e:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800873:	eb f7                	jmp    80086c <vsnprintf+0x45>

00800875 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800875:	55                   	push   %ebp
  800876:	89 e5                	mov    %esp,%ebp
  800878:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  80087b:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  80087e:	50                   	push   %eax
  80087f:	ff 75 08             	push   0x8(%ebp)
  800882:	e8 00 09 00 00       	call   801187 <vcprintf>
	va_end(ap);

	return cnt;
}
  800887:	c9                   	leave
  800888:	c3                   	ret

00800889 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800889:	55                   	push   %ebp
  80088a:	89 e5                	mov    %esp,%ebp
  80088c:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  80088f:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  800892:	50                   	push   %eax
  800893:	ff 75 10             	push   0x10(%ebp)
  800896:	ff 75 0c             	push   0xc(%ebp)
  800899:	ff 75 08             	push   0x8(%ebp)
  80089c:	e8 86 ff ff ff       	call   800827 <vsnprintf>
	va_end(ap);

	return rc;
}
  8008a1:	c9                   	leave
  8008a2:	c3                   	ret

008008a3 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8008a3:	55                   	push   %ebp
  8008a4:	89 e5                	mov    %esp,%ebp
  8008a6:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8008a9:	80 3a 00             	cmpb   $0x0,(%edx)
  8008ac:	74 10                	je     8008be <strlen+0x1b>
  8008ae:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  8008b3:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  8008b6:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  8008ba:	75 f7                	jne    8008b3 <strlen+0x10>
	return n;
}
  8008bc:	5d                   	pop    %ebp
  8008bd:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  8008be:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  8008c3:	eb f7                	jmp    8008bc <strlen+0x19>

008008c5 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  8008c5:	55                   	push   %ebp
  8008c6:	89 e5                	mov    %esp,%ebp
  8008c8:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008cb:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8008ce:	85 d2                	test   %edx,%edx
  8008d0:	74 16                	je     8008e8 <strnlen+0x23>
  8008d2:	b8 00 00 00 00       	mov    $0x0,%eax
  8008d7:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  8008db:	74 09                	je     8008e6 <strnlen+0x21>
		n++;
  8008dd:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8008e0:	39 d0                	cmp    %edx,%eax
  8008e2:	75 f3                	jne    8008d7 <strnlen+0x12>
		n++;
  8008e4:	89 d0                	mov    %edx,%eax
	return n;
}
  8008e6:	5d                   	pop    %ebp
  8008e7:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8008e8:	b8 00 00 00 00       	mov    $0x0,%eax
  8008ed:	eb f7                	jmp    8008e6 <strnlen+0x21>

008008ef <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  8008ef:	55                   	push   %ebp
  8008f0:	89 e5                	mov    %esp,%ebp
  8008f2:	53                   	push   %ebx
  8008f3:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008f6:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  8008f9:	b8 00 00 00 00       	mov    $0x0,%eax
  8008fe:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800902:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800905:	83 c0 01             	add    $0x1,%eax
  800908:	84 d2                	test   %dl,%dl
  80090a:	75 f2                	jne    8008fe <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  80090c:	89 c8                	mov    %ecx,%eax
  80090e:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800911:	c9                   	leave
  800912:	c3                   	ret

00800913 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800913:	55                   	push   %ebp
  800914:	89 e5                	mov    %esp,%ebp
  800916:	53                   	push   %ebx
  800917:	83 ec 10             	sub    $0x10,%esp
  80091a:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  80091d:	53                   	push   %ebx
  80091e:	e8 80 ff ff ff       	call   8008a3 <strlen>
  800923:	83 c4 08             	add    $0x8,%esp
  800926:	ff 75 0c             	push   0xc(%ebp)
  800929:	01 d8                	add    %ebx,%eax
  80092b:	50                   	push   %eax
  80092c:	e8 be ff ff ff       	call   8008ef <strcpy>
	return dst;
}
  800931:	89 d8                	mov    %ebx,%eax
  800933:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800936:	c9                   	leave
  800937:	c3                   	ret

00800938 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800938:	55                   	push   %ebp
  800939:	89 e5                	mov    %esp,%ebp
  80093b:	56                   	push   %esi
  80093c:	53                   	push   %ebx
  80093d:	8b 75 08             	mov    0x8(%ebp),%esi
  800940:	8b 55 0c             	mov    0xc(%ebp),%edx
  800943:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800946:	85 db                	test   %ebx,%ebx
  800948:	74 17                	je     800961 <strncpy+0x29>
  80094a:	01 f3                	add    %esi,%ebx
  80094c:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  80094e:	83 c0 01             	add    $0x1,%eax
  800951:	0f b6 0a             	movzbl (%edx),%ecx
  800954:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800957:	80 f9 01             	cmp    $0x1,%cl
  80095a:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  80095d:	39 c3                	cmp    %eax,%ebx
  80095f:	75 ed                	jne    80094e <strncpy+0x16>
	}
	return ret;
}
  800961:	89 f0                	mov    %esi,%eax
  800963:	5b                   	pop    %ebx
  800964:	5e                   	pop    %esi
  800965:	5d                   	pop    %ebp
  800966:	c3                   	ret

00800967 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800967:	55                   	push   %ebp
  800968:	89 e5                	mov    %esp,%ebp
  80096a:	56                   	push   %esi
  80096b:	53                   	push   %ebx
  80096c:	8b 75 08             	mov    0x8(%ebp),%esi
  80096f:	8b 55 0c             	mov    0xc(%ebp),%edx
  800972:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800975:	89 f0                	mov    %esi,%eax
  800977:	85 db                	test   %ebx,%ebx
  800979:	74 1e                	je     800999 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  80097b:	83 eb 01             	sub    $0x1,%ebx
  80097e:	74 16                	je     800996 <strlcpy+0x2f>
  800980:	01 f3                	add    %esi,%ebx
  800982:	0f b6 0a             	movzbl (%edx),%ecx
  800985:	84 c9                	test   %cl,%cl
  800987:	74 0d                	je     800996 <strlcpy+0x2f>
			*dst++ = *src++;
  800989:	83 c2 01             	add    $0x1,%edx
  80098c:	83 c0 01             	add    $0x1,%eax
  80098f:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  800992:	39 d8                	cmp    %ebx,%eax
  800994:	75 ec                	jne    800982 <strlcpy+0x1b>
		*dst = '\0';
  800996:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800999:	29 f0                	sub    %esi,%eax
}
  80099b:	5b                   	pop    %ebx
  80099c:	5e                   	pop    %esi
  80099d:	5d                   	pop    %ebp
  80099e:	c3                   	ret

0080099f <strcmp>:

int
strcmp(const char *p, const char *q)
{
  80099f:	55                   	push   %ebp
  8009a0:	89 e5                	mov    %esp,%ebp
  8009a2:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8009a5:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  8009a8:	0f b6 01             	movzbl (%ecx),%eax
  8009ab:	84 c0                	test   %al,%al
  8009ad:	74 11                	je     8009c0 <strcmp+0x21>
  8009af:	38 02                	cmp    %al,(%edx)
  8009b1:	75 0d                	jne    8009c0 <strcmp+0x21>
		p++, q++;
  8009b3:	83 c1 01             	add    $0x1,%ecx
  8009b6:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  8009b9:	0f b6 01             	movzbl (%ecx),%eax
  8009bc:	84 c0                	test   %al,%al
  8009be:	75 ef                	jne    8009af <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  8009c0:	0f b6 c0             	movzbl %al,%eax
  8009c3:	0f b6 12             	movzbl (%edx),%edx
  8009c6:	29 d0                	sub    %edx,%eax
}
  8009c8:	5d                   	pop    %ebp
  8009c9:	c3                   	ret

008009ca <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  8009ca:	55                   	push   %ebp
  8009cb:	89 e5                	mov    %esp,%ebp
  8009cd:	53                   	push   %ebx
  8009ce:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8009d1:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  8009d4:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  8009d7:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  8009dc:	85 d2                	test   %edx,%edx
  8009de:	74 2e                	je     800a0e <strncmp+0x44>
  8009e0:	0f b6 01             	movzbl (%ecx),%eax
  8009e3:	84 c0                	test   %al,%al
  8009e5:	74 16                	je     8009fd <strncmp+0x33>
  8009e7:	3a 03                	cmp    (%ebx),%al
  8009e9:	75 12                	jne    8009fd <strncmp+0x33>
		n--, p++, q++;
  8009eb:	83 c1 01             	add    $0x1,%ecx
  8009ee:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  8009f1:	83 ea 01             	sub    $0x1,%edx
  8009f4:	75 ea                	jne    8009e0 <strncmp+0x16>
		return 0;
  8009f6:	b8 00 00 00 00       	mov    $0x0,%eax
  8009fb:	eb 11                	jmp    800a0e <strncmp+0x44>
  8009fd:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800a02:	85 d2                	test   %edx,%edx
  800a04:	74 08                	je     800a0e <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800a06:	0f b6 01             	movzbl (%ecx),%eax
  800a09:	0f b6 13             	movzbl (%ebx),%edx
  800a0c:	29 d0                	sub    %edx,%eax
}
  800a0e:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a11:	c9                   	leave
  800a12:	c3                   	ret

00800a13 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800a13:	55                   	push   %ebp
  800a14:	89 e5                	mov    %esp,%ebp
  800a16:	8b 45 08             	mov    0x8(%ebp),%eax
  800a19:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800a1d:	0f b6 10             	movzbl (%eax),%edx
  800a20:	84 d2                	test   %dl,%dl
  800a22:	74 15                	je     800a39 <strchr+0x26>
		if (*s == c)
  800a24:	38 d1                	cmp    %dl,%cl
  800a26:	74 0f                	je     800a37 <strchr+0x24>
	for (; *s; s++)
  800a28:	83 c0 01             	add    $0x1,%eax
  800a2b:	0f b6 10             	movzbl (%eax),%edx
  800a2e:	84 d2                	test   %dl,%dl
  800a30:	75 f2                	jne    800a24 <strchr+0x11>
			return (char *) s;
	return 0;
  800a32:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800a37:	5d                   	pop    %ebp
  800a38:	c3                   	ret
	return 0;
  800a39:	b8 00 00 00 00       	mov    $0x0,%eax
  800a3e:	eb f7                	jmp    800a37 <strchr+0x24>

00800a40 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800a40:	55                   	push   %ebp
  800a41:	89 e5                	mov    %esp,%ebp
  800a43:	53                   	push   %ebx
  800a44:	8b 45 08             	mov    0x8(%ebp),%eax
  800a47:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800a4a:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800a4d:	38 d3                	cmp    %dl,%bl
  800a4f:	74 14                	je     800a65 <strfind+0x25>
  800a51:	89 d1                	mov    %edx,%ecx
  800a53:	84 db                	test   %bl,%bl
  800a55:	74 0e                	je     800a65 <strfind+0x25>
	for (; *s; s++)
  800a57:	83 c0 01             	add    $0x1,%eax
  800a5a:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800a5d:	38 ca                	cmp    %cl,%dl
  800a5f:	74 04                	je     800a65 <strfind+0x25>
  800a61:	84 d2                	test   %dl,%dl
  800a63:	75 f2                	jne    800a57 <strfind+0x17>
			break;
	return (char *) s;
}
  800a65:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a68:	c9                   	leave
  800a69:	c3                   	ret

00800a6a <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800a6a:	55                   	push   %ebp
  800a6b:	89 e5                	mov    %esp,%ebp
  800a6d:	53                   	push   %ebx
  800a6e:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800a71:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800a74:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800a77:	85 d2                	test   %edx,%edx
  800a79:	74 0e                	je     800a89 <memset+0x1f>
  800a7b:	01 da                	add    %ebx,%edx
	char *p = v;
  800a7d:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800a7f:	83 c0 01             	add    $0x1,%eax
  800a82:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800a85:	39 c2                	cmp    %eax,%edx
  800a87:	75 f6                	jne    800a7f <memset+0x15>
	return v;
}
  800a89:	89 d8                	mov    %ebx,%eax
  800a8b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a8e:	c9                   	leave
  800a8f:	c3                   	ret

00800a90 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800a90:	55                   	push   %ebp
  800a91:	89 e5                	mov    %esp,%ebp
  800a93:	56                   	push   %esi
  800a94:	53                   	push   %ebx
  800a95:	8b 75 08             	mov    0x8(%ebp),%esi
  800a98:	8b 45 0c             	mov    0xc(%ebp),%eax
  800a9b:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800a9e:	39 f0                	cmp    %esi,%eax
  800aa0:	72 20                	jb     800ac2 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800aa2:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800aa5:	89 f2                	mov    %esi,%edx
  800aa7:	85 c9                	test   %ecx,%ecx
  800aa9:	74 11                	je     800abc <memmove+0x2c>
			*d++ = *s++;
  800aab:	83 c0 01             	add    $0x1,%eax
  800aae:	83 c2 01             	add    $0x1,%edx
  800ab1:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800ab5:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800ab8:	39 d8                	cmp    %ebx,%eax
  800aba:	75 ef                	jne    800aab <memmove+0x1b>
	return dst;
}
  800abc:	89 f0                	mov    %esi,%eax
  800abe:	5b                   	pop    %ebx
  800abf:	5e                   	pop    %esi
  800ac0:	5d                   	pop    %ebp
  800ac1:	c3                   	ret
	if (s < d && s + n > d) {
  800ac2:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800ac5:	39 d6                	cmp    %edx,%esi
  800ac7:	73 d9                	jae    800aa2 <memmove+0x12>
		while (n-- > 0)
  800ac9:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800acc:	85 c9                	test   %ecx,%ecx
  800ace:	74 ec                	je     800abc <memmove+0x2c>
			*--d = *--s;
  800ad0:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800ad4:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800ad7:	83 ea 01             	sub    $0x1,%edx
  800ada:	83 fa ff             	cmp    $0xffffffff,%edx
  800add:	75 f1                	jne    800ad0 <memmove+0x40>
  800adf:	eb db                	jmp    800abc <memmove+0x2c>

00800ae1 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800ae1:	55                   	push   %ebp
  800ae2:	89 e5                	mov    %esp,%ebp
  800ae4:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800ae7:	ff 75 10             	push   0x10(%ebp)
  800aea:	ff 75 0c             	push   0xc(%ebp)
  800aed:	ff 75 08             	push   0x8(%ebp)
  800af0:	e8 9b ff ff ff       	call   800a90 <memmove>
}
  800af5:	c9                   	leave
  800af6:	c3                   	ret

00800af7 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800af7:	55                   	push   %ebp
  800af8:	89 e5                	mov    %esp,%ebp
  800afa:	56                   	push   %esi
  800afb:	53                   	push   %ebx
  800afc:	8b 45 08             	mov    0x8(%ebp),%eax
  800aff:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b02:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800b05:	85 f6                	test   %esi,%esi
  800b07:	74 29                	je     800b32 <memcmp+0x3b>
  800b09:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800b0b:	0f b6 08             	movzbl (%eax),%ecx
  800b0e:	0f b6 1a             	movzbl (%edx),%ebx
  800b11:	38 d9                	cmp    %bl,%cl
  800b13:	75 11                	jne    800b26 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800b15:	83 c0 01             	add    $0x1,%eax
  800b18:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800b1b:	39 c6                	cmp    %eax,%esi
  800b1d:	75 ec                	jne    800b0b <memcmp+0x14>
	}
	return 0;
  800b1f:	b8 00 00 00 00       	mov    $0x0,%eax
  800b24:	eb 08                	jmp    800b2e <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800b26:	0f b6 c1             	movzbl %cl,%eax
  800b29:	0f b6 db             	movzbl %bl,%ebx
  800b2c:	29 d8                	sub    %ebx,%eax
}
  800b2e:	5b                   	pop    %ebx
  800b2f:	5e                   	pop    %esi
  800b30:	5d                   	pop    %ebp
  800b31:	c3                   	ret
	return 0;
  800b32:	b8 00 00 00 00       	mov    $0x0,%eax
  800b37:	eb f5                	jmp    800b2e <memcmp+0x37>

00800b39 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800b39:	55                   	push   %ebp
  800b3a:	89 e5                	mov    %esp,%ebp
  800b3c:	8b 45 08             	mov    0x8(%ebp),%eax
  800b3f:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800b42:	89 c2                	mov    %eax,%edx
  800b44:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800b47:	39 d0                	cmp    %edx,%eax
  800b49:	73 0d                	jae    800b58 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800b4b:	38 08                	cmp    %cl,(%eax)
  800b4d:	74 0d                	je     800b5c <memfind+0x23>
	for (; s < ends; s++)
  800b4f:	83 c0 01             	add    $0x1,%eax
  800b52:	39 c2                	cmp    %eax,%edx
  800b54:	75 f5                	jne    800b4b <memfind+0x12>
  800b56:	eb 06                	jmp    800b5e <memfind+0x25>
  800b58:	89 c2                	mov    %eax,%edx
  800b5a:	eb 02                	jmp    800b5e <memfind+0x25>
  800b5c:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800b5e:	89 d0                	mov    %edx,%eax
  800b60:	5d                   	pop    %ebp
  800b61:	c3                   	ret

00800b62 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800b62:	55                   	push   %ebp
  800b63:	89 e5                	mov    %esp,%ebp
  800b65:	57                   	push   %edi
  800b66:	56                   	push   %esi
  800b67:	53                   	push   %ebx
  800b68:	8b 55 08             	mov    0x8(%ebp),%edx
  800b6b:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800b6e:	0f b6 02             	movzbl (%edx),%eax
  800b71:	3c 20                	cmp    $0x20,%al
  800b73:	74 04                	je     800b79 <strtol+0x17>
  800b75:	3c 09                	cmp    $0x9,%al
  800b77:	75 0e                	jne    800b87 <strtol+0x25>
		s++;
  800b79:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800b7c:	0f b6 02             	movzbl (%edx),%eax
  800b7f:	3c 20                	cmp    $0x20,%al
  800b81:	74 f6                	je     800b79 <strtol+0x17>
  800b83:	3c 09                	cmp    $0x9,%al
  800b85:	74 f2                	je     800b79 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800b87:	3c 2b                	cmp    $0x2b,%al
  800b89:	74 2a                	je     800bb5 <strtol+0x53>
	int neg = 0;
  800b8b:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800b90:	3c 2d                	cmp    $0x2d,%al
  800b92:	74 2b                	je     800bbf <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800b94:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800b9a:	75 0f                	jne    800bab <strtol+0x49>
  800b9c:	80 3a 30             	cmpb   $0x30,(%edx)
  800b9f:	74 28                	je     800bc9 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800ba1:	85 db                	test   %ebx,%ebx
  800ba3:	b8 0a 00 00 00       	mov    $0xa,%eax
  800ba8:	0f 44 d8             	cmove  %eax,%ebx
  800bab:	b9 00 00 00 00       	mov    $0x0,%ecx
  800bb0:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800bb3:	eb 46                	jmp    800bfb <strtol+0x99>
		s++;
  800bb5:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800bb8:	bf 00 00 00 00       	mov    $0x0,%edi
  800bbd:	eb d5                	jmp    800b94 <strtol+0x32>
		s++, neg = 1;
  800bbf:	83 c2 01             	add    $0x1,%edx
  800bc2:	bf 01 00 00 00       	mov    $0x1,%edi
  800bc7:	eb cb                	jmp    800b94 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800bc9:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800bcd:	74 0e                	je     800bdd <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800bcf:	85 db                	test   %ebx,%ebx
  800bd1:	75 d8                	jne    800bab <strtol+0x49>
		s++, base = 8;
  800bd3:	83 c2 01             	add    $0x1,%edx
  800bd6:	bb 08 00 00 00       	mov    $0x8,%ebx
  800bdb:	eb ce                	jmp    800bab <strtol+0x49>
		s += 2, base = 16;
  800bdd:	83 c2 02             	add    $0x2,%edx
  800be0:	bb 10 00 00 00       	mov    $0x10,%ebx
  800be5:	eb c4                	jmp    800bab <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800be7:	0f be c0             	movsbl %al,%eax
  800bea:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800bed:	3b 45 10             	cmp    0x10(%ebp),%eax
  800bf0:	7d 3a                	jge    800c2c <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800bf2:	83 c2 01             	add    $0x1,%edx
  800bf5:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800bf9:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800bfb:	0f b6 02             	movzbl (%edx),%eax
  800bfe:	8d 70 d0             	lea    -0x30(%eax),%esi
  800c01:	89 f3                	mov    %esi,%ebx
  800c03:	80 fb 09             	cmp    $0x9,%bl
  800c06:	76 df                	jbe    800be7 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800c08:	8d 70 9f             	lea    -0x61(%eax),%esi
  800c0b:	89 f3                	mov    %esi,%ebx
  800c0d:	80 fb 19             	cmp    $0x19,%bl
  800c10:	77 08                	ja     800c1a <strtol+0xb8>
			dig = *s - 'a' + 10;
  800c12:	0f be c0             	movsbl %al,%eax
  800c15:	83 e8 57             	sub    $0x57,%eax
  800c18:	eb d3                	jmp    800bed <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800c1a:	8d 70 bf             	lea    -0x41(%eax),%esi
  800c1d:	89 f3                	mov    %esi,%ebx
  800c1f:	80 fb 19             	cmp    $0x19,%bl
  800c22:	77 08                	ja     800c2c <strtol+0xca>
			dig = *s - 'A' + 10;
  800c24:	0f be c0             	movsbl %al,%eax
  800c27:	83 e8 37             	sub    $0x37,%eax
  800c2a:	eb c1                	jmp    800bed <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800c2c:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800c30:	74 05                	je     800c37 <strtol+0xd5>
		*endptr = (char *) s;
  800c32:	8b 45 0c             	mov    0xc(%ebp),%eax
  800c35:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800c37:	89 c8                	mov    %ecx,%eax
  800c39:	f7 d8                	neg    %eax
  800c3b:	85 ff                	test   %edi,%edi
  800c3d:	0f 45 c8             	cmovne %eax,%ecx
}
  800c40:	89 c8                	mov    %ecx,%eax
  800c42:	5b                   	pop    %ebx
  800c43:	5e                   	pop    %esi
  800c44:	5f                   	pop    %edi
  800c45:	5d                   	pop    %ebp
  800c46:	c3                   	ret

00800c47 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800c47:	55                   	push   %ebp
  800c48:	89 e5                	mov    %esp,%ebp
  800c4a:	57                   	push   %edi
  800c4b:	56                   	push   %esi
  800c4c:	53                   	push   %ebx
  800c4d:	83 ec 24             	sub    $0x24,%esp
  800c50:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800c53:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800c56:	8b 45 08             	mov    0x8(%ebp),%eax
  800c59:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c5c:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800c5f:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800c62:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800c65:	89 d1                	mov    %edx,%ecx
  800c67:	09 c1                	or     %eax,%ecx
  800c69:	74 2f                	je     800c9a <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800c6b:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800c6e:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800c71:	89 d0                	mov    %edx,%eax
  800c73:	83 c8 00             	or     $0x0,%eax
  800c76:	74 48                	je     800cc0 <udivmod64+0x79>
  800c78:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800c7d:	be 00 00 00 00       	mov    $0x0,%esi
  800c82:	bf 00 00 00 00       	mov    $0x0,%edi
  800c87:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800c8e:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800c95:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800c98:	eb 5f                	jmp    800cf9 <udivmod64+0xb2>
		return ~0ULL;
  800c9a:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800ca1:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800ca8:	85 db                	test   %ebx,%ebx
  800caa:	0f 84 b7 00 00 00    	je     800d67 <udivmod64+0x120>
			*rem = n;
  800cb0:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800cb3:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800cb6:	89 03                	mov    %eax,(%ebx)
  800cb8:	89 53 04             	mov    %edx,0x4(%ebx)
  800cbb:	e9 a7 00 00 00       	jmp    800d67 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800cc0:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800cc3:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800cc6:	85 db                	test   %ebx,%ebx
  800cc8:	74 12                	je     800cdc <udivmod64+0x95>
			*rem = n32 % d32;
  800cca:	89 c8                	mov    %ecx,%eax
  800ccc:	ba 00 00 00 00       	mov    $0x0,%edx
  800cd1:	f7 f6                	div    %esi
  800cd3:	89 13                	mov    %edx,(%ebx)
  800cd5:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800cdc:	89 c8                	mov    %ecx,%eax
  800cde:	ba 00 00 00 00       	mov    $0x0,%edx
  800ce3:	f7 f6                	div    %esi
  800ce5:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800ce8:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800cef:	eb 76                	jmp    800d67 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800cf1:	83 e9 01             	sub    $0x1,%ecx
  800cf4:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800cf7:	74 62                	je     800d5b <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800cf9:	89 f0                	mov    %esi,%eax
  800cfb:	89 fa                	mov    %edi,%edx
  800cfd:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800d01:	01 c0                	add    %eax,%eax
  800d03:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800d06:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800d09:	0f ad fe             	shrd   %cl,%edi,%esi
  800d0c:	d3 ef                	shr    %cl,%edi
  800d0e:	f6 c1 20             	test   $0x20,%cl
  800d11:	74 04                	je     800d17 <udivmod64+0xd0>
  800d13:	89 fe                	mov    %edi,%esi
  800d15:	31 ff                	xor    %edi,%edi
  800d17:	89 f7                	mov    %esi,%edi
  800d19:	83 e7 01             	and    $0x1,%edi
  800d1c:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800d1f:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800d26:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800d29:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800d2c:	09 c6                	or     %eax,%esi
  800d2e:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800d30:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800d33:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800d36:	39 c6                	cmp    %eax,%esi
  800d38:	89 fb                	mov    %edi,%ebx
  800d3a:	19 d3                	sbb    %edx,%ebx
  800d3c:	72 b3                	jb     800cf1 <udivmod64+0xaa>
			r -= d;
  800d3e:	29 c6                	sub    %eax,%esi
  800d40:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800d42:	31 c0                	xor    %eax,%eax
  800d44:	31 d2                	xor    %edx,%edx
  800d46:	f6 c1 20             	test   $0x20,%cl
  800d49:	0f 94 c0             	sete   %al
  800d4c:	0f 95 c2             	setne  %dl
  800d4f:	d3 e0                	shl    %cl,%eax
  800d51:	d3 e2                	shl    %cl,%edx
  800d53:	09 45 d0             	or     %eax,-0x30(%ebp)
  800d56:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800d59:	eb 96                	jmp    800cf1 <udivmod64+0xaa>
		}
	}
	if (rem)
  800d5b:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800d5e:	85 db                	test   %ebx,%ebx
  800d60:	74 05                	je     800d67 <udivmod64+0x120>
		*rem = r;
  800d62:	89 33                	mov    %esi,(%ebx)
  800d64:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800d67:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800d6a:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800d6d:	83 c4 24             	add    $0x24,%esp
  800d70:	5b                   	pop    %ebx
  800d71:	5e                   	pop    %esi
  800d72:	5f                   	pop    %edi
  800d73:	5d                   	pop    %ebp
  800d74:	c3                   	ret

00800d75 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800d75:	55                   	push   %ebp
  800d76:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800d78:	83 ec 04             	sub    $0x4,%esp
  800d7b:	6a 00                	push   $0x0
  800d7d:	ff 75 14             	push   0x14(%ebp)
  800d80:	ff 75 10             	push   0x10(%ebp)
  800d83:	8b 45 08             	mov    0x8(%ebp),%eax
  800d86:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d89:	e8 b9 fe ff ff       	call   800c47 <udivmod64>
}
  800d8e:	c9                   	leave
  800d8f:	c3                   	ret

00800d90 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800d90:	55                   	push   %ebp
  800d91:	89 e5                	mov    %esp,%ebp
  800d93:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800d96:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800d99:	50                   	push   %eax
  800d9a:	ff 75 14             	push   0x14(%ebp)
  800d9d:	ff 75 10             	push   0x10(%ebp)
  800da0:	8b 45 08             	mov    0x8(%ebp),%eax
  800da3:	8b 55 0c             	mov    0xc(%ebp),%edx
  800da6:	e8 9c fe ff ff       	call   800c47 <udivmod64>
	return r;
}
  800dab:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800dae:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800db1:	c9                   	leave
  800db2:	c3                   	ret

00800db3 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800db3:	55                   	push   %ebp
  800db4:	89 e5                	mov    %esp,%ebp
  800db6:	57                   	push   %edi
  800db7:	56                   	push   %esi
  800db8:	53                   	push   %ebx
  800db9:	83 ec 0c             	sub    $0xc,%esp
  800dbc:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800dbf:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800dc2:	8b 45 10             	mov    0x10(%ebp),%eax
  800dc5:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800dc8:	89 ce                	mov    %ecx,%esi
  800dca:	89 df                	mov    %ebx,%edi
  800dcc:	31 c6                	xor    %eax,%esi
  800dce:	31 d7                	xor    %edx,%edi
  800dd0:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800dd3:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800dd6:	89 c6                	mov    %eax,%esi
  800dd8:	89 d7                	mov    %edx,%edi
  800dda:	85 d2                	test   %edx,%edx
  800ddc:	78 25                	js     800e03 <__divdi3+0x50>
  800dde:	89 c8                	mov    %ecx,%eax
  800de0:	89 da                	mov    %ebx,%edx
  800de2:	85 db                	test   %ebx,%ebx
  800de4:	78 2a                	js     800e10 <__divdi3+0x5d>
  800de6:	83 ec 04             	sub    $0x4,%esp
  800de9:	6a 00                	push   $0x0
  800deb:	57                   	push   %edi
  800dec:	56                   	push   %esi
  800ded:	e8 55 fe ff ff       	call   800c47 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800df2:	83 c4 10             	add    $0x10,%esp
  800df5:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800df9:	78 1e                	js     800e19 <__divdi3+0x66>
}
  800dfb:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800dfe:	5b                   	pop    %ebx
  800dff:	5e                   	pop    %esi
  800e00:	5f                   	pop    %edi
  800e01:	5d                   	pop    %ebp
  800e02:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e03:	f7 d8                	neg    %eax
  800e05:	83 d2 00             	adc    $0x0,%edx
  800e08:	f7 da                	neg    %edx
  800e0a:	89 c6                	mov    %eax,%esi
  800e0c:	89 d7                	mov    %edx,%edi
  800e0e:	eb ce                	jmp    800dde <__divdi3+0x2b>
  800e10:	f7 d8                	neg    %eax
  800e12:	83 d2 00             	adc    $0x0,%edx
  800e15:	f7 da                	neg    %edx
  800e17:	eb cd                	jmp    800de6 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800e19:	f7 d8                	neg    %eax
  800e1b:	83 d2 00             	adc    $0x0,%edx
  800e1e:	f7 da                	neg    %edx
  800e20:	eb d9                	jmp    800dfb <__divdi3+0x48>

00800e22 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800e22:	55                   	push   %ebp
  800e23:	89 e5                	mov    %esp,%ebp
  800e25:	57                   	push   %edi
  800e26:	56                   	push   %esi
  800e27:	53                   	push   %ebx
  800e28:	83 ec 14             	sub    $0x14,%esp
  800e2b:	8b 45 08             	mov    0x8(%ebp),%eax
  800e2e:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e31:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800e34:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e37:	89 ce                	mov    %ecx,%esi
  800e39:	89 df                	mov    %ebx,%edi
  800e3b:	85 db                	test   %ebx,%ebx
  800e3d:	78 23                	js     800e62 <__moddi3+0x40>
  800e3f:	85 d2                	test   %edx,%edx
  800e41:	78 28                	js     800e6b <__moddi3+0x49>
  800e43:	83 ec 04             	sub    $0x4,%esp
  800e46:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800e49:	51                   	push   %ecx
  800e4a:	57                   	push   %edi
  800e4b:	56                   	push   %esi
  800e4c:	e8 f6 fd ff ff       	call   800c47 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800e51:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800e54:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800e57:	83 c4 10             	add    $0x10,%esp
}
  800e5a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e5d:	5b                   	pop    %ebx
  800e5e:	5e                   	pop    %esi
  800e5f:	5f                   	pop    %edi
  800e60:	5d                   	pop    %ebp
  800e61:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e62:	f7 de                	neg    %esi
  800e64:	83 d7 00             	adc    $0x0,%edi
  800e67:	f7 df                	neg    %edi
  800e69:	eb d4                	jmp    800e3f <__moddi3+0x1d>
  800e6b:	f7 d8                	neg    %eax
  800e6d:	83 d2 00             	adc    $0x0,%edx
  800e70:	f7 da                	neg    %edx
  800e72:	83 ec 04             	sub    $0x4,%esp
  800e75:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800e78:	51                   	push   %ecx
  800e79:	57                   	push   %edi
  800e7a:	56                   	push   %esi
  800e7b:	e8 c7 fd ff ff       	call   800c47 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800e80:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800e83:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800e86:	f7 d8                	neg    %eax
  800e88:	83 d2 00             	adc    $0x0,%edx
  800e8b:	f7 da                	neg    %edx
  800e8d:	83 c4 10             	add    $0x10,%esp
  800e90:	eb c8                	jmp    800e5a <__moddi3+0x38>

00800e92 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800e92:	55                   	push   %ebp
  800e93:	89 e5                	mov    %esp,%ebp
  800e95:	57                   	push   %edi
  800e96:	56                   	push   %esi
  800e97:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e98:	b8 00 00 00 00       	mov    $0x0,%eax
  800e9d:	8b 55 08             	mov    0x8(%ebp),%edx
  800ea0:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ea3:	89 c3                	mov    %eax,%ebx
  800ea5:	89 c7                	mov    %eax,%edi
  800ea7:	89 c6                	mov    %eax,%esi
  800ea9:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800eab:	5b                   	pop    %ebx
  800eac:	5e                   	pop    %esi
  800ead:	5f                   	pop    %edi
  800eae:	5d                   	pop    %ebp
  800eaf:	c3                   	ret

00800eb0 <sys_cgetc>:

int
sys_cgetc(void)
{
  800eb0:	55                   	push   %ebp
  800eb1:	89 e5                	mov    %esp,%ebp
  800eb3:	57                   	push   %edi
  800eb4:	56                   	push   %esi
  800eb5:	53                   	push   %ebx
	asm volatile("int %1\n"
  800eb6:	ba 00 00 00 00       	mov    $0x0,%edx
  800ebb:	b8 01 00 00 00       	mov    $0x1,%eax
  800ec0:	89 d1                	mov    %edx,%ecx
  800ec2:	89 d3                	mov    %edx,%ebx
  800ec4:	89 d7                	mov    %edx,%edi
  800ec6:	89 d6                	mov    %edx,%esi
  800ec8:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800eca:	5b                   	pop    %ebx
  800ecb:	5e                   	pop    %esi
  800ecc:	5f                   	pop    %edi
  800ecd:	5d                   	pop    %ebp
  800ece:	c3                   	ret

00800ecf <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800ecf:	55                   	push   %ebp
  800ed0:	89 e5                	mov    %esp,%ebp
  800ed2:	57                   	push   %edi
  800ed3:	56                   	push   %esi
  800ed4:	53                   	push   %ebx
  800ed5:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800ed8:	b9 00 00 00 00       	mov    $0x0,%ecx
  800edd:	8b 55 08             	mov    0x8(%ebp),%edx
  800ee0:	b8 03 00 00 00       	mov    $0x3,%eax
  800ee5:	89 cb                	mov    %ecx,%ebx
  800ee7:	89 cf                	mov    %ecx,%edi
  800ee9:	89 ce                	mov    %ecx,%esi
  800eeb:	cd 30                	int    $0x30
	if (check && ret > 0)
  800eed:	85 c0                	test   %eax,%eax
  800eef:	7f 08                	jg     800ef9 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800ef1:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ef4:	5b                   	pop    %ebx
  800ef5:	5e                   	pop    %esi
  800ef6:	5f                   	pop    %edi
  800ef7:	5d                   	pop    %ebp
  800ef8:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ef9:	83 ec 0c             	sub    $0xc,%esp
  800efc:	50                   	push   %eax
  800efd:	6a 03                	push   $0x3
  800eff:	68 64 14 80 00       	push   $0x801464
  800f04:	6a 1f                	push   $0x1f
  800f06:	68 81 14 80 00       	push   $0x801481
  800f0b:	e8 ed 01 00 00       	call   8010fd <_panic>

00800f10 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800f10:	55                   	push   %ebp
  800f11:	89 e5                	mov    %esp,%ebp
  800f13:	57                   	push   %edi
  800f14:	56                   	push   %esi
  800f15:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f16:	ba 00 00 00 00       	mov    $0x0,%edx
  800f1b:	b8 02 00 00 00       	mov    $0x2,%eax
  800f20:	89 d1                	mov    %edx,%ecx
  800f22:	89 d3                	mov    %edx,%ebx
  800f24:	89 d7                	mov    %edx,%edi
  800f26:	89 d6                	mov    %edx,%esi
  800f28:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800f2a:	5b                   	pop    %ebx
  800f2b:	5e                   	pop    %esi
  800f2c:	5f                   	pop    %edi
  800f2d:	5d                   	pop    %ebp
  800f2e:	c3                   	ret

00800f2f <sys_yield>:

void
sys_yield(void)
{
  800f2f:	55                   	push   %ebp
  800f30:	89 e5                	mov    %esp,%ebp
  800f32:	57                   	push   %edi
  800f33:	56                   	push   %esi
  800f34:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f35:	ba 00 00 00 00       	mov    $0x0,%edx
  800f3a:	b8 0a 00 00 00       	mov    $0xa,%eax
  800f3f:	89 d1                	mov    %edx,%ecx
  800f41:	89 d3                	mov    %edx,%ebx
  800f43:	89 d7                	mov    %edx,%edi
  800f45:	89 d6                	mov    %edx,%esi
  800f47:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800f49:	5b                   	pop    %ebx
  800f4a:	5e                   	pop    %esi
  800f4b:	5f                   	pop    %edi
  800f4c:	5d                   	pop    %ebp
  800f4d:	c3                   	ret

00800f4e <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800f4e:	55                   	push   %ebp
  800f4f:	89 e5                	mov    %esp,%ebp
  800f51:	57                   	push   %edi
  800f52:	56                   	push   %esi
  800f53:	53                   	push   %ebx
  800f54:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f57:	be 00 00 00 00       	mov    $0x0,%esi
  800f5c:	8b 55 08             	mov    0x8(%ebp),%edx
  800f5f:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f62:	b8 04 00 00 00       	mov    $0x4,%eax
  800f67:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f6a:	89 f7                	mov    %esi,%edi
  800f6c:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f6e:	85 c0                	test   %eax,%eax
  800f70:	7f 08                	jg     800f7a <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800f72:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f75:	5b                   	pop    %ebx
  800f76:	5e                   	pop    %esi
  800f77:	5f                   	pop    %edi
  800f78:	5d                   	pop    %ebp
  800f79:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f7a:	83 ec 0c             	sub    $0xc,%esp
  800f7d:	50                   	push   %eax
  800f7e:	6a 04                	push   $0x4
  800f80:	68 64 14 80 00       	push   $0x801464
  800f85:	6a 1f                	push   $0x1f
  800f87:	68 81 14 80 00       	push   $0x801481
  800f8c:	e8 6c 01 00 00       	call   8010fd <_panic>

00800f91 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800f91:	55                   	push   %ebp
  800f92:	89 e5                	mov    %esp,%ebp
  800f94:	57                   	push   %edi
  800f95:	56                   	push   %esi
  800f96:	53                   	push   %ebx
  800f97:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f9a:	8b 55 08             	mov    0x8(%ebp),%edx
  800f9d:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fa0:	b8 05 00 00 00       	mov    $0x5,%eax
  800fa5:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fa8:	8b 7d 14             	mov    0x14(%ebp),%edi
  800fab:	8b 75 18             	mov    0x18(%ebp),%esi
  800fae:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fb0:	85 c0                	test   %eax,%eax
  800fb2:	7f 08                	jg     800fbc <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800fb4:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fb7:	5b                   	pop    %ebx
  800fb8:	5e                   	pop    %esi
  800fb9:	5f                   	pop    %edi
  800fba:	5d                   	pop    %ebp
  800fbb:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fbc:	83 ec 0c             	sub    $0xc,%esp
  800fbf:	50                   	push   %eax
  800fc0:	6a 05                	push   $0x5
  800fc2:	68 64 14 80 00       	push   $0x801464
  800fc7:	6a 1f                	push   $0x1f
  800fc9:	68 81 14 80 00       	push   $0x801481
  800fce:	e8 2a 01 00 00       	call   8010fd <_panic>

00800fd3 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800fd3:	55                   	push   %ebp
  800fd4:	89 e5                	mov    %esp,%ebp
  800fd6:	57                   	push   %edi
  800fd7:	56                   	push   %esi
  800fd8:	53                   	push   %ebx
  800fd9:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fdc:	bb 00 00 00 00       	mov    $0x0,%ebx
  800fe1:	8b 55 08             	mov    0x8(%ebp),%edx
  800fe4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fe7:	b8 06 00 00 00       	mov    $0x6,%eax
  800fec:	89 df                	mov    %ebx,%edi
  800fee:	89 de                	mov    %ebx,%esi
  800ff0:	cd 30                	int    $0x30
	if (check && ret > 0)
  800ff2:	85 c0                	test   %eax,%eax
  800ff4:	7f 08                	jg     800ffe <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800ff6:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ff9:	5b                   	pop    %ebx
  800ffa:	5e                   	pop    %esi
  800ffb:	5f                   	pop    %edi
  800ffc:	5d                   	pop    %ebp
  800ffd:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ffe:	83 ec 0c             	sub    $0xc,%esp
  801001:	50                   	push   %eax
  801002:	6a 06                	push   $0x6
  801004:	68 64 14 80 00       	push   $0x801464
  801009:	6a 1f                	push   $0x1f
  80100b:	68 81 14 80 00       	push   $0x801481
  801010:	e8 e8 00 00 00       	call   8010fd <_panic>

00801015 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  801015:	55                   	push   %ebp
  801016:	89 e5                	mov    %esp,%ebp
  801018:	57                   	push   %edi
  801019:	56                   	push   %esi
  80101a:	53                   	push   %ebx
  80101b:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80101e:	bb 00 00 00 00       	mov    $0x0,%ebx
  801023:	8b 55 08             	mov    0x8(%ebp),%edx
  801026:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801029:	b8 08 00 00 00       	mov    $0x8,%eax
  80102e:	89 df                	mov    %ebx,%edi
  801030:	89 de                	mov    %ebx,%esi
  801032:	cd 30                	int    $0x30
	if (check && ret > 0)
  801034:	85 c0                	test   %eax,%eax
  801036:	7f 08                	jg     801040 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  801038:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80103b:	5b                   	pop    %ebx
  80103c:	5e                   	pop    %esi
  80103d:	5f                   	pop    %edi
  80103e:	5d                   	pop    %ebp
  80103f:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801040:	83 ec 0c             	sub    $0xc,%esp
  801043:	50                   	push   %eax
  801044:	6a 08                	push   $0x8
  801046:	68 64 14 80 00       	push   $0x801464
  80104b:	6a 1f                	push   $0x1f
  80104d:	68 81 14 80 00       	push   $0x801481
  801052:	e8 a6 00 00 00       	call   8010fd <_panic>

00801057 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  801057:	55                   	push   %ebp
  801058:	89 e5                	mov    %esp,%ebp
  80105a:	57                   	push   %edi
  80105b:	56                   	push   %esi
  80105c:	53                   	push   %ebx
  80105d:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801060:	bb 00 00 00 00       	mov    $0x0,%ebx
  801065:	8b 55 08             	mov    0x8(%ebp),%edx
  801068:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80106b:	b8 09 00 00 00       	mov    $0x9,%eax
  801070:	89 df                	mov    %ebx,%edi
  801072:	89 de                	mov    %ebx,%esi
  801074:	cd 30                	int    $0x30
	if (check && ret > 0)
  801076:	85 c0                	test   %eax,%eax
  801078:	7f 08                	jg     801082 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  80107a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80107d:	5b                   	pop    %ebx
  80107e:	5e                   	pop    %esi
  80107f:	5f                   	pop    %edi
  801080:	5d                   	pop    %ebp
  801081:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801082:	83 ec 0c             	sub    $0xc,%esp
  801085:	50                   	push   %eax
  801086:	6a 09                	push   $0x9
  801088:	68 64 14 80 00       	push   $0x801464
  80108d:	6a 1f                	push   $0x1f
  80108f:	68 81 14 80 00       	push   $0x801481
  801094:	e8 64 00 00 00       	call   8010fd <_panic>

00801099 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  801099:	55                   	push   %ebp
  80109a:	89 e5                	mov    %esp,%ebp
  80109c:	57                   	push   %edi
  80109d:	56                   	push   %esi
  80109e:	53                   	push   %ebx
	asm volatile("int %1\n"
  80109f:	8b 55 08             	mov    0x8(%ebp),%edx
  8010a2:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010a5:	b8 0b 00 00 00       	mov    $0xb,%eax
  8010aa:	be 00 00 00 00       	mov    $0x0,%esi
  8010af:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8010b2:	8b 7d 14             	mov    0x14(%ebp),%edi
  8010b5:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8010b7:	5b                   	pop    %ebx
  8010b8:	5e                   	pop    %esi
  8010b9:	5f                   	pop    %edi
  8010ba:	5d                   	pop    %ebp
  8010bb:	c3                   	ret

008010bc <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8010bc:	55                   	push   %ebp
  8010bd:	89 e5                	mov    %esp,%ebp
  8010bf:	57                   	push   %edi
  8010c0:	56                   	push   %esi
  8010c1:	53                   	push   %ebx
  8010c2:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8010c5:	b9 00 00 00 00       	mov    $0x0,%ecx
  8010ca:	8b 55 08             	mov    0x8(%ebp),%edx
  8010cd:	b8 0c 00 00 00       	mov    $0xc,%eax
  8010d2:	89 cb                	mov    %ecx,%ebx
  8010d4:	89 cf                	mov    %ecx,%edi
  8010d6:	89 ce                	mov    %ecx,%esi
  8010d8:	cd 30                	int    $0x30
	if (check && ret > 0)
  8010da:	85 c0                	test   %eax,%eax
  8010dc:	7f 08                	jg     8010e6 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  8010de:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8010e1:	5b                   	pop    %ebx
  8010e2:	5e                   	pop    %esi
  8010e3:	5f                   	pop    %edi
  8010e4:	5d                   	pop    %ebp
  8010e5:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8010e6:	83 ec 0c             	sub    $0xc,%esp
  8010e9:	50                   	push   %eax
  8010ea:	6a 0c                	push   $0xc
  8010ec:	68 64 14 80 00       	push   $0x801464
  8010f1:	6a 1f                	push   $0x1f
  8010f3:	68 81 14 80 00       	push   $0x801481
  8010f8:	e8 00 00 00 00       	call   8010fd <_panic>

008010fd <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  8010fd:	55                   	push   %ebp
  8010fe:	89 e5                	mov    %esp,%ebp
  801100:	56                   	push   %esi
  801101:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  801102:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  801105:	8b 35 00 20 80 00    	mov    0x802000,%esi
  80110b:	e8 00 fe ff ff       	call   800f10 <sys_getenvid>
  801110:	83 ec 0c             	sub    $0xc,%esp
  801113:	ff 75 0c             	push   0xc(%ebp)
  801116:	ff 75 08             	push   0x8(%ebp)
  801119:	56                   	push   %esi
  80111a:	50                   	push   %eax
  80111b:	68 90 14 80 00       	push   $0x801490
  801120:	e8 50 f7 ff ff       	call   800875 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  801125:	83 c4 18             	add    $0x18,%esp
  801128:	53                   	push   %ebx
  801129:	ff 75 10             	push   0x10(%ebp)
  80112c:	e8 56 00 00 00       	call   801187 <vcprintf>
	cprintf("\n");
  801131:	c7 04 24 15 12 80 00 	movl   $0x801215,(%esp)
  801138:	e8 38 f7 ff ff       	call   800875 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  80113d:	cc                   	int3
  80113e:	83 c4 10             	add    $0x10,%esp
	for (;;)
  801141:	eb fe                	jmp    801141 <_panic+0x44>

00801143 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  801143:	55                   	push   %ebp
  801144:	89 e5                	mov    %esp,%ebp
  801146:	53                   	push   %ebx
  801147:	83 ec 04             	sub    $0x4,%esp
  80114a:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  80114d:	8b 13                	mov    (%ebx),%edx
  80114f:	8d 42 01             	lea    0x1(%edx),%eax
  801152:	89 03                	mov    %eax,(%ebx)
  801154:	8b 4d 08             	mov    0x8(%ebp),%ecx
  801157:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  80115b:	3d 00 01 00 00       	cmp    $0x100,%eax
  801160:	74 09                	je     80116b <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  801162:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  801166:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  801169:	c9                   	leave
  80116a:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80116b:	83 ec 08             	sub    $0x8,%esp
  80116e:	68 00 01 00 00       	push   $0x100
  801173:	8d 43 08             	lea    0x8(%ebx),%eax
  801176:	50                   	push   %eax
  801177:	e8 16 fd ff ff       	call   800e92 <sys_cputs>
		b->idx = 0;
  80117c:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  801182:	83 c4 10             	add    $0x10,%esp
  801185:	eb db                	jmp    801162 <putch+0x1f>

00801187 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  801187:	55                   	push   %ebp
  801188:	89 e5                	mov    %esp,%ebp
  80118a:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  801190:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  801197:	00 00 00 
	b.cnt = 0;
  80119a:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8011a1:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8011a4:	ff 75 0c             	push   0xc(%ebp)
  8011a7:	ff 75 08             	push   0x8(%ebp)
  8011aa:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8011b0:	50                   	push   %eax
  8011b1:	68 43 11 80 00       	push   $0x801143
  8011b6:	e8 67 f0 ff ff       	call   800222 <vprintfmt>
	if (b->idx > 0) {
  8011bb:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8011c1:	83 c4 10             	add    $0x10,%esp
  8011c4:	85 c0                	test   %eax,%eax
  8011c6:	7f 08                	jg     8011d0 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8011c8:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8011ce:	c9                   	leave
  8011cf:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8011d0:	83 ec 08             	sub    $0x8,%esp
  8011d3:	50                   	push   %eax
  8011d4:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  8011da:	50                   	push   %eax
  8011db:	e8 b2 fc ff ff       	call   800e92 <sys_cputs>
  8011e0:	83 c4 10             	add    $0x10,%esp
  8011e3:	eb e3                	jmp    8011c8 <vcprintf+0x41>
