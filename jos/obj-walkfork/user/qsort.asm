
obj-walkfork/user/qsort:     file format elf32-i386


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
  80002c:	e8 97 01 00 00       	call   8001c8 <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <quicksort>:
}

// Sort v[lo..hi] (inclusive): Hoare partition around the middle element.
static void
quicksort(int lo, int hi)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	57                   	push   %edi
  800037:	56                   	push   %esi
  800038:	53                   	push   %ebx
  800039:	83 ec 1c             	sub    $0x1c,%esp
  80003c:	89 55 d8             	mov    %edx,-0x28(%ebp)
	while (lo < hi) {
  80003f:	39 d0                	cmp    %edx,%eax
  800041:	0f 8d 98 00 00 00    	jge    8000df <quicksort+0xac>
  800047:	89 c7                	mov    %eax,%edi
  800049:	eb 23                	jmp    80006e <quicksort+0x3b>
			do j--; while (v[j] > pivot);
			if (i >= j)
				break;
			swap(&v[i], &v[j]);
		}
		if (j - lo < hi - j) {
  80004b:	8b 7d dc             	mov    -0x24(%ebp),%edi
  80004e:	89 da                	mov    %ebx,%edx
  800050:	29 fa                	sub    %edi,%edx
  800052:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800055:	29 d8                	sub    %ebx,%eax
  800057:	39 c2                	cmp    %eax,%edx
  800059:	7d 74                	jge    8000cf <quicksort+0x9c>
			quicksort(lo, j);
  80005b:	89 da                	mov    %ebx,%edx
  80005d:	89 f8                	mov    %edi,%eax
  80005f:	e8 cf ff ff ff       	call   800033 <quicksort>
			lo = j + 1;
  800064:	8b 7d e4             	mov    -0x1c(%ebp),%edi
	while (lo < hi) {
  800067:	8b 45 d8             	mov    -0x28(%ebp),%eax
  80006a:	39 c7                	cmp    %eax,%edi
  80006c:	7d 71                	jge    8000df <quicksort+0xac>
		uint32_t pivot = v[lo + (hi - lo) / 2];
  80006e:	8b 75 d8             	mov    -0x28(%ebp),%esi
  800071:	89 f2                	mov    %esi,%edx
  800073:	29 fa                	sub    %edi,%edx
  800075:	89 d0                	mov    %edx,%eax
  800077:	c1 e8 1f             	shr    $0x1f,%eax
  80007a:	01 d0                	add    %edx,%eax
  80007c:	d1 f8                	sar    %eax
  80007e:	01 f8                	add    %edi,%eax
  800080:	8b 14 85 00 40 80 00 	mov    0x804000(,%eax,4),%edx
		int i = lo - 1, j = hi + 1;
  800087:	8d 4f ff             	lea    -0x1(%edi),%ecx
  80008a:	8d 5e 01             	lea    0x1(%esi),%ebx
  80008d:	89 7d dc             	mov    %edi,-0x24(%ebp)
			do i++; while (v[i] < pivot);
  800090:	83 c1 01             	add    $0x1,%ecx
  800093:	89 4d e0             	mov    %ecx,-0x20(%ebp)
  800096:	8b 34 8d 00 40 80 00 	mov    0x804000(,%ecx,4),%esi
  80009d:	39 d6                	cmp    %edx,%esi
  80009f:	72 ef                	jb     800090 <quicksort+0x5d>
  8000a1:	8b 7d dc             	mov    -0x24(%ebp),%edi
			do j--; while (v[j] > pivot);
  8000a4:	89 5d e4             	mov    %ebx,-0x1c(%ebp)
  8000a7:	83 eb 01             	sub    $0x1,%ebx
  8000aa:	8b 04 9d 00 40 80 00 	mov    0x804000(,%ebx,4),%eax
  8000b1:	39 c2                	cmp    %eax,%edx
  8000b3:	72 ef                	jb     8000a4 <quicksort+0x71>
			if (i >= j)
  8000b5:	89 7d dc             	mov    %edi,-0x24(%ebp)
  8000b8:	39 d9                	cmp    %ebx,%ecx
  8000ba:	7d 8f                	jge    80004b <quicksort+0x18>
	*p = *q;
  8000bc:	8b 7d e0             	mov    -0x20(%ebp),%edi
  8000bf:	89 04 bd 00 40 80 00 	mov    %eax,0x804000(,%edi,4)
	*q = t;
  8000c6:	89 34 9d 00 40 80 00 	mov    %esi,0x804000(,%ebx,4)
}
  8000cd:	eb c1                	jmp    800090 <quicksort+0x5d>
		} else {
			quicksort(j + 1, hi);
  8000cf:	8b 55 d8             	mov    -0x28(%ebp),%edx
  8000d2:	8b 45 e4             	mov    -0x1c(%ebp),%eax
  8000d5:	e8 59 ff ff ff       	call   800033 <quicksort>
			do j--; while (v[j] > pivot);
  8000da:	89 5d d8             	mov    %ebx,-0x28(%ebp)
  8000dd:	eb 88                	jmp    800067 <quicksort+0x34>
			hi = j;
		}
	}
}
  8000df:	83 c4 1c             	add    $0x1c,%esp
  8000e2:	5b                   	pop    %ebx
  8000e3:	5e                   	pop    %esi
  8000e4:	5f                   	pop    %edi
  8000e5:	5d                   	pop    %ebp
  8000e6:	c3                   	ret

008000e7 <umain>:
	return h;
}

void
umain(int argc, char **argv)
{
  8000e7:	55                   	push   %ebp
  8000e8:	89 e5                	mov    %esp,%ebp
  8000ea:	57                   	push   %edi
  8000eb:	56                   	push   %esi
  8000ec:	53                   	push   %ebx
  8000ed:	83 ec 0c             	sub    $0xc,%esp
  8000f0:	bf 01 00 00 00       	mov    $0x1,%edi
	uint32_t r, sum = 0;
  8000f5:	bb 00 00 00 00       	mov    $0x0,%ebx

	for (r = 0; r < BENCH_ROUNDS; r++) {
  8000fa:	be 00 00 00 00       	mov    $0x0,%esi
  8000ff:	eb 1e                	jmp    80011f <umain+0x38>
			return 0xBADBAD;
  800101:	ba ad db ba 00       	mov    $0xbadbad,%edx
		fill(r * 2654435761u + 1);
		quicksort(0, QS_N - 1);
		sum = (sum ^ digest()) * 0x01000193 + r;
  800106:	31 da                	xor    %ebx,%edx
  800108:	69 c2 93 01 00 01    	imul   $0x1000193,%edx,%eax
  80010e:	8d 1c 30             	lea    (%eax,%esi,1),%ebx
	for (r = 0; r < BENCH_ROUNDS; r++) {
  800111:	83 c6 01             	add    $0x1,%esi
  800114:	81 ef 4f 86 c8 61    	sub    $0x61c8864f,%edi
  80011a:	83 fe 64             	cmp    $0x64,%esi
  80011d:	74 49                	je     800168 <umain+0x81>
	for (i = 0; i < QS_N; i++) {
  80011f:	ba 00 00 00 00       	mov    $0x0,%edx
  800124:	89 f9                	mov    %edi,%ecx
		x ^= x << 13;
  800126:	89 c8                	mov    %ecx,%eax
  800128:	c1 e0 0d             	shl    $0xd,%eax
  80012b:	31 c8                	xor    %ecx,%eax
		x ^= x >> 17;
  80012d:	89 c1                	mov    %eax,%ecx
  80012f:	c1 e9 11             	shr    $0x11,%ecx
  800132:	31 c8                	xor    %ecx,%eax
		x ^= x << 5;
  800134:	89 c1                	mov    %eax,%ecx
  800136:	c1 e1 05             	shl    $0x5,%ecx
  800139:	31 c1                	xor    %eax,%ecx
		v[i] = x;
  80013b:	89 0c 95 00 40 80 00 	mov    %ecx,0x804000(,%edx,4)
	for (i = 0; i < QS_N; i++) {
  800142:	83 c2 01             	add    $0x1,%edx
  800145:	81 fa 50 c3 00 00    	cmp    $0xc350,%edx
  80014b:	75 d9                	jne    800126 <umain+0x3f>
		quicksort(0, QS_N - 1);
  80014d:	ba 4f c3 00 00       	mov    $0xc34f,%edx
  800152:	b8 00 00 00 00       	mov    $0x0,%eax
  800157:	e8 d7 fe ff ff       	call   800033 <quicksort>
	uint32_t h = 0, i;
  80015c:	ba 00 00 00 00       	mov    $0x0,%edx
	for (i = 0; i < QS_N; i++) {
  800161:	b8 00 00 00 00       	mov    $0x0,%eax
  800166:	eb 29                	jmp    800191 <umain+0xaa>
	}
	cprintf("qsort: checksum %08x\n", sum);
  800168:	83 ec 08             	sub    $0x8,%esp
  80016b:	53                   	push   %ebx
  80016c:	68 20 12 80 00       	push   $0x801220
  800171:	e8 37 07 00 00       	call   8008ad <cprintf>
}
  800176:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800179:	5b                   	pop    %ebx
  80017a:	5e                   	pop    %esi
  80017b:	5f                   	pop    %edi
  80017c:	5d                   	pop    %ebp
  80017d:	c3                   	ret
		h = h * 31 + v[i];
  80017e:	89 d1                	mov    %edx,%ecx
  800180:	c1 e1 05             	shl    $0x5,%ecx
  800183:	29 d1                	sub    %edx,%ecx
  800185:	89 ca                	mov    %ecx,%edx
  800187:	03 14 85 00 40 80 00 	add    0x804000(,%eax,4),%edx
	for (i = 0; i < QS_N; i++) {
  80018e:	83 c0 01             	add    $0x1,%eax
		if (i > 0 && v[i - 1] > v[i])
  800191:	85 c0                	test   %eax,%eax
  800193:	74 e9                	je     80017e <umain+0x97>
  800195:	8b 0c 85 fc 3f 80 00 	mov    0x803ffc(,%eax,4),%ecx
  80019c:	39 0c 85 00 40 80 00 	cmp    %ecx,0x804000(,%eax,4)
  8001a3:	0f 82 58 ff ff ff    	jb     800101 <umain+0x1a>
		h = h * 31 + v[i];
  8001a9:	89 d1                	mov    %edx,%ecx
  8001ab:	c1 e1 05             	shl    $0x5,%ecx
  8001ae:	29 d1                	sub    %edx,%ecx
  8001b0:	89 ca                	mov    %ecx,%edx
  8001b2:	03 14 85 00 40 80 00 	add    0x804000(,%eax,4),%edx
	for (i = 0; i < QS_N; i++) {
  8001b9:	83 c0 01             	add    $0x1,%eax
  8001bc:	3d 50 c3 00 00       	cmp    $0xc350,%eax
  8001c1:	75 ce                	jne    800191 <umain+0xaa>
  8001c3:	e9 3e ff ff ff       	jmp    800106 <umain+0x1f>

008001c8 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8001c8:	55                   	push   %ebp
  8001c9:	89 e5                	mov    %esp,%ebp
  8001cb:	56                   	push   %esi
  8001cc:	53                   	push   %ebx
  8001cd:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8001d0:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  8001d3:	e8 70 0d 00 00       	call   800f48 <sys_getenvid>
  8001d8:	25 ff 03 00 00       	and    $0x3ff,%eax
  8001dd:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8001e0:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8001e5:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  8001ea:	85 db                	test   %ebx,%ebx
  8001ec:	7e 07                	jle    8001f5 <libmain+0x2d>
		binaryname = argv[0];
  8001ee:	8b 06                	mov    (%esi),%eax
  8001f0:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  8001f5:	83 ec 08             	sub    $0x8,%esp
  8001f8:	56                   	push   %esi
  8001f9:	53                   	push   %ebx
  8001fa:	e8 e8 fe ff ff       	call   8000e7 <umain>

	exit();
  8001ff:	e8 0a 00 00 00       	call   80020e <exit>
}
  800204:	83 c4 10             	add    $0x10,%esp
  800207:	8d 65 f8             	lea    -0x8(%ebp),%esp
  80020a:	5b                   	pop    %ebx
  80020b:	5e                   	pop    %esi
  80020c:	5d                   	pop    %ebp
  80020d:	c3                   	ret

0080020e <exit>:

#include <inc/lib.h>

void
exit(void)
{
  80020e:	55                   	push   %ebp
  80020f:	89 e5                	mov    %esp,%ebp
  800211:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800214:	6a 00                	push   $0x0
  800216:	e8 ec 0c 00 00       	call   800f07 <sys_env_destroy>
}
  80021b:	83 c4 10             	add    $0x10,%esp
  80021e:	c9                   	leave
  80021f:	c3                   	ret

00800220 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  800220:	55                   	push   %ebp
  800221:	89 e5                	mov    %esp,%ebp
  800223:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  800226:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  80022a:	8b 10                	mov    (%eax),%edx
  80022c:	3b 50 04             	cmp    0x4(%eax),%edx
  80022f:	73 0a                	jae    80023b <sprintputch+0x1b>
		*b->buf++ = ch;
  800231:	8d 4a 01             	lea    0x1(%edx),%ecx
  800234:	89 08                	mov    %ecx,(%eax)
  800236:	8b 45 08             	mov    0x8(%ebp),%eax
  800239:	88 02                	mov    %al,(%edx)
}
  80023b:	5d                   	pop    %ebp
  80023c:	c3                   	ret

0080023d <printfmt>:
{
  80023d:	55                   	push   %ebp
  80023e:	89 e5                	mov    %esp,%ebp
  800240:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800243:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  800246:	50                   	push   %eax
  800247:	ff 75 10             	push   0x10(%ebp)
  80024a:	ff 75 0c             	push   0xc(%ebp)
  80024d:	ff 75 08             	push   0x8(%ebp)
  800250:	e8 05 00 00 00       	call   80025a <vprintfmt>
}
  800255:	83 c4 10             	add    $0x10,%esp
  800258:	c9                   	leave
  800259:	c3                   	ret

0080025a <vprintfmt>:
{
  80025a:	55                   	push   %ebp
  80025b:	89 e5                	mov    %esp,%ebp
  80025d:	57                   	push   %edi
  80025e:	56                   	push   %esi
  80025f:	53                   	push   %ebx
  800260:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800263:	8b 45 10             	mov    0x10(%ebp),%eax
  800266:	8d 58 01             	lea    0x1(%eax),%ebx
  800269:	0f b6 00             	movzbl (%eax),%eax
  80026c:	83 f8 25             	cmp    $0x25,%eax
  80026f:	74 24                	je     800295 <vprintfmt+0x3b>
  800271:	8b 75 08             	mov    0x8(%ebp),%esi
  800274:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800277:	85 c0                	test   %eax,%eax
  800279:	0f 84 d8 05 00 00    	je     800857 <vprintfmt+0x5fd>
			putch(ch, putdat);
  80027f:	83 ec 08             	sub    $0x8,%esp
  800282:	57                   	push   %edi
  800283:	50                   	push   %eax
  800284:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800286:	83 c3 01             	add    $0x1,%ebx
  800289:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  80028d:	83 c4 10             	add    $0x10,%esp
  800290:	83 f8 25             	cmp    $0x25,%eax
  800293:	75 e2                	jne    800277 <vprintfmt+0x1d>
		padc = ' ';
  800295:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  800299:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  80029e:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  8002a5:	b9 00 00 00 00       	mov    $0x0,%ecx
  8002aa:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8002ac:	8d 53 01             	lea    0x1(%ebx),%edx
  8002af:	0f b6 0b             	movzbl (%ebx),%ecx
  8002b2:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8002b5:	3c 55                	cmp    $0x55,%al
  8002b7:	0f 87 21 05 00 00    	ja     8007de <vprintfmt+0x584>
  8002bd:	0f b6 c0             	movzbl %al,%eax
  8002c0:	ff 24 85 00 13 80 00 	jmp    *0x801300(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8002c7:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8002ca:	eb 97                	jmp    800263 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8002cc:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8002ce:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8002d2:	eb d8                	jmp    8002ac <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8002d4:	89 d3                	mov    %edx,%ebx
  8002d6:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8002da:	eb d0                	jmp    8002ac <vprintfmt+0x52>
  8002dc:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8002df:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8002e2:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8002e6:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8002e9:	83 f9 09             	cmp    $0x9,%ecx
  8002ec:	77 54                	ja     800342 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8002ee:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8002f1:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8002f4:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8002f8:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8002fb:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8002fe:	83 f9 09             	cmp    $0x9,%ecx
  800301:	76 eb                	jbe    8002ee <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  800303:	89 d3                	mov    %edx,%ebx
  800305:	eb 0d                	jmp    800314 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  800307:	8b 45 14             	mov    0x14(%ebp),%eax
  80030a:	8b 38                	mov    (%eax),%edi
  80030c:	8d 40 04             	lea    0x4(%eax),%eax
  80030f:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800312:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  800314:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800318:	79 92                	jns    8002ac <vprintfmt+0x52>
				width = precision, precision = -1;
  80031a:	89 7d ac             	mov    %edi,-0x54(%ebp)
  80031d:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  800322:	eb 88                	jmp    8002ac <vprintfmt+0x52>
			if (width < 0)
  800324:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  800327:	85 c9                	test   %ecx,%ecx
  800329:	b8 00 00 00 00       	mov    $0x0,%eax
  80032e:	0f 49 c1             	cmovns %ecx,%eax
  800331:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800334:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800336:	e9 71 ff ff ff       	jmp    8002ac <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80033b:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80033d:	e9 6a ff ff ff       	jmp    8002ac <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800342:	89 d3                	mov    %edx,%ebx
  800344:	eb ce                	jmp    800314 <vprintfmt+0xba>
			lflag++;
  800346:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800349:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80034b:	e9 5c ff ff ff       	jmp    8002ac <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800350:	89 55 10             	mov    %edx,0x10(%ebp)
  800353:	8b 45 14             	mov    0x14(%ebp),%eax
  800356:	8d 58 04             	lea    0x4(%eax),%ebx
  800359:	83 ec 08             	sub    $0x8,%esp
  80035c:	ff 75 0c             	push   0xc(%ebp)
  80035f:	ff 30                	push   (%eax)
  800361:	ff 55 08             	call   *0x8(%ebp)
			break;
  800364:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800367:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  80036a:	e9 f4 fe ff ff       	jmp    800263 <vprintfmt+0x9>
			err = va_arg(ap, int);
  80036f:	89 55 10             	mov    %edx,0x10(%ebp)
  800372:	8b 45 14             	mov    0x14(%ebp),%eax
  800375:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800378:	8b 10                	mov    (%eax),%edx
  80037a:	89 d0                	mov    %edx,%eax
  80037c:	f7 d8                	neg    %eax
  80037e:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800381:	83 f8 08             	cmp    $0x8,%eax
  800384:	7f 27                	jg     8003ad <vprintfmt+0x153>
  800386:	8b 14 85 60 14 80 00 	mov    0x801460(,%eax,4),%edx
  80038d:	85 d2                	test   %edx,%edx
  80038f:	74 1c                	je     8003ad <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800391:	52                   	push   %edx
  800392:	68 50 12 80 00       	push   $0x801250
  800397:	ff 75 0c             	push   0xc(%ebp)
  80039a:	ff 75 08             	push   0x8(%ebp)
  80039d:	e8 9b fe ff ff       	call   80023d <printfmt>
  8003a2:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8003a5:	89 5d 14             	mov    %ebx,0x14(%ebp)
  8003a8:	e9 b6 fe ff ff       	jmp    800263 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  8003ad:	50                   	push   %eax
  8003ae:	68 47 12 80 00       	push   $0x801247
  8003b3:	ff 75 0c             	push   0xc(%ebp)
  8003b6:	ff 75 08             	push   0x8(%ebp)
  8003b9:	e8 7f fe ff ff       	call   80023d <printfmt>
  8003be:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8003c1:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8003c4:	e9 9a fe ff ff       	jmp    800263 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8003c9:	89 55 10             	mov    %edx,0x10(%ebp)
  8003cc:	8b 45 14             	mov    0x14(%ebp),%eax
  8003cf:	83 c0 04             	add    $0x4,%eax
  8003d2:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8003d5:	8b 45 14             	mov    0x14(%ebp),%eax
  8003d8:	8b 30                	mov    (%eax),%esi
  8003da:	85 f6                	test   %esi,%esi
  8003dc:	0f 84 53 04 00 00    	je     800835 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8003e2:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8003e6:	7e 06                	jle    8003ee <vprintfmt+0x194>
  8003e8:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8003ec:	75 1b                	jne    800409 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8003ee:	8d 5e 01             	lea    0x1(%esi),%ebx
  8003f1:	0f be 06             	movsbl (%esi),%eax
  8003f4:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8003f7:	85 c0                	test   %eax,%eax
  8003f9:	0f 85 80 00 00 00    	jne    80047f <vprintfmt+0x225>
  8003ff:	e9 8c 00 00 00       	jmp    800490 <vprintfmt+0x236>
				p = "(null)";
  800404:	be 40 12 80 00       	mov    $0x801240,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  800409:	83 ec 08             	sub    $0x8,%esp
  80040c:	57                   	push   %edi
  80040d:	56                   	push   %esi
  80040e:	e8 ea 04 00 00       	call   8008fd <strnlen>
  800413:	29 45 ac             	sub    %eax,-0x54(%ebp)
  800416:	8b 55 ac             	mov    -0x54(%ebp),%edx
  800419:	83 c4 10             	add    $0x10,%esp
  80041c:	85 d2                	test   %edx,%edx
  80041e:	0f 8e f5 03 00 00    	jle    800819 <vprintfmt+0x5bf>
					putch(padc, putdat);
  800424:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  800428:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  80042b:	89 d6                	mov    %edx,%esi
  80042d:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800430:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800433:	83 ec 08             	sub    $0x8,%esp
  800436:	57                   	push   %edi
  800437:	53                   	push   %ebx
  800438:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  80043b:	83 c4 10             	add    $0x10,%esp
  80043e:	83 ee 01             	sub    $0x1,%esi
  800441:	75 f0                	jne    800433 <vprintfmt+0x1d9>
  800443:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800446:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800449:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80044c:	8d 5e 01             	lea    0x1(%esi),%ebx
  80044f:	0f be 06             	movsbl (%esi),%eax
  800452:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800455:	85 c0                	test   %eax,%eax
  800457:	75 26                	jne    80047f <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800459:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80045c:	89 45 14             	mov    %eax,0x14(%ebp)
  80045f:	e9 ff fd ff ff       	jmp    800263 <vprintfmt+0x9>
				putch(ch, putdat);
  800464:	83 ec 08             	sub    $0x8,%esp
  800467:	ff 75 0c             	push   0xc(%ebp)
  80046a:	50                   	push   %eax
  80046b:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80046e:	83 ee 01             	sub    $0x1,%esi
  800471:	83 c3 01             	add    $0x1,%ebx
  800474:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800478:	83 c4 10             	add    $0x10,%esp
  80047b:	85 c0                	test   %eax,%eax
  80047d:	74 0e                	je     80048d <vprintfmt+0x233>
  80047f:	85 ff                	test   %edi,%edi
  800481:	78 e1                	js     800464 <vprintfmt+0x20a>
  800483:	83 ef 01             	sub    $0x1,%edi
  800486:	79 dc                	jns    800464 <vprintfmt+0x20a>
  800488:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80048b:	eb 03                	jmp    800490 <vprintfmt+0x236>
  80048d:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800490:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800494:	7e 24                	jle    8004ba <vprintfmt+0x260>
  800496:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  800499:	8b 75 08             	mov    0x8(%ebp),%esi
  80049c:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  80049f:	83 ec 08             	sub    $0x8,%esp
  8004a2:	57                   	push   %edi
  8004a3:	6a 20                	push   $0x20
  8004a5:	ff d6                	call   *%esi
			for (; width > 0; width--)
  8004a7:	83 c4 10             	add    $0x10,%esp
  8004aa:	83 eb 01             	sub    $0x1,%ebx
  8004ad:	75 f0                	jne    80049f <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  8004af:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8004b2:	89 45 14             	mov    %eax,0x14(%ebp)
  8004b5:	e9 a9 fd ff ff       	jmp    800263 <vprintfmt+0x9>
  8004ba:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8004bd:	89 45 14             	mov    %eax,0x14(%ebp)
  8004c0:	e9 9e fd ff ff       	jmp    800263 <vprintfmt+0x9>
	if (lflag >= 2)
  8004c5:	89 55 10             	mov    %edx,0x10(%ebp)
  8004c8:	83 fe 01             	cmp    $0x1,%esi
  8004cb:	7f 1b                	jg     8004e8 <vprintfmt+0x28e>
	else if (lflag)
  8004cd:	85 f6                	test   %esi,%esi
  8004cf:	74 39                	je     80050a <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8004d1:	8b 45 14             	mov    0x14(%ebp),%eax
  8004d4:	8b 00                	mov    (%eax),%eax
  8004d6:	89 c6                	mov    %eax,%esi
  8004d8:	89 c7                	mov    %eax,%edi
  8004da:	c1 ff 1f             	sar    $0x1f,%edi
  8004dd:	8b 45 14             	mov    0x14(%ebp),%eax
  8004e0:	8d 40 04             	lea    0x4(%eax),%eax
  8004e3:	89 45 14             	mov    %eax,0x14(%ebp)
  8004e6:	eb 0e                	jmp    8004f6 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8004e8:	8b 45 14             	mov    0x14(%ebp),%eax
  8004eb:	8b 30                	mov    (%eax),%esi
  8004ed:	8b 78 04             	mov    0x4(%eax),%edi
  8004f0:	8d 40 08             	lea    0x8(%eax),%eax
  8004f3:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8004f6:	85 ff                	test   %edi,%edi
  8004f8:	78 27                	js     800521 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8004fa:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8004fd:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  800500:	b8 0a 00 00 00       	mov    $0xa,%eax
  800505:	e9 53 01 00 00       	jmp    80065d <vprintfmt+0x403>
		return va_arg(*ap, int);
  80050a:	8b 45 14             	mov    0x14(%ebp),%eax
  80050d:	8b 00                	mov    (%eax),%eax
  80050f:	89 c6                	mov    %eax,%esi
  800511:	89 c7                	mov    %eax,%edi
  800513:	c1 ff 1f             	sar    $0x1f,%edi
  800516:	8b 45 14             	mov    0x14(%ebp),%eax
  800519:	8d 40 04             	lea    0x4(%eax),%eax
  80051c:	89 45 14             	mov    %eax,0x14(%ebp)
  80051f:	eb d5                	jmp    8004f6 <vprintfmt+0x29c>
				putch('-', putdat);
  800521:	83 ec 08             	sub    $0x8,%esp
  800524:	ff 75 0c             	push   0xc(%ebp)
  800527:	6a 2d                	push   $0x2d
  800529:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  80052c:	f7 de                	neg    %esi
  80052e:	83 d7 00             	adc    $0x0,%edi
  800531:	f7 df                	neg    %edi
  800533:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800536:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800539:	83 c4 10             	add    $0x10,%esp
			base = 10;
  80053c:	b8 0a 00 00 00       	mov    $0xa,%eax
  800541:	e9 17 01 00 00       	jmp    80065d <vprintfmt+0x403>
	if (lflag >= 2)
  800546:	89 55 10             	mov    %edx,0x10(%ebp)
  800549:	83 fe 01             	cmp    $0x1,%esi
  80054c:	7f 27                	jg     800575 <vprintfmt+0x31b>
	else if (lflag)
  80054e:	85 f6                	test   %esi,%esi
  800550:	74 44                	je     800596 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800552:	8b 45 14             	mov    0x14(%ebp),%eax
  800555:	8b 00                	mov    (%eax),%eax
  800557:	ba 00 00 00 00       	mov    $0x0,%edx
  80055c:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80055f:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800562:	8b 45 14             	mov    0x14(%ebp),%eax
  800565:	8d 40 04             	lea    0x4(%eax),%eax
  800568:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80056b:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800570:	e9 e8 00 00 00       	jmp    80065d <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800575:	8b 45 14             	mov    0x14(%ebp),%eax
  800578:	8b 50 04             	mov    0x4(%eax),%edx
  80057b:	8b 00                	mov    (%eax),%eax
  80057d:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800580:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800583:	8b 45 14             	mov    0x14(%ebp),%eax
  800586:	8d 40 08             	lea    0x8(%eax),%eax
  800589:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80058c:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800591:	e9 c7 00 00 00       	jmp    80065d <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800596:	8b 45 14             	mov    0x14(%ebp),%eax
  800599:	8b 00                	mov    (%eax),%eax
  80059b:	ba 00 00 00 00       	mov    $0x0,%edx
  8005a0:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005a3:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005a6:	8b 45 14             	mov    0x14(%ebp),%eax
  8005a9:	8d 40 04             	lea    0x4(%eax),%eax
  8005ac:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8005af:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8005b4:	e9 a4 00 00 00       	jmp    80065d <vprintfmt+0x403>
	if (lflag >= 2)
  8005b9:	89 55 10             	mov    %edx,0x10(%ebp)
  8005bc:	83 fe 01             	cmp    $0x1,%esi
  8005bf:	7f 24                	jg     8005e5 <vprintfmt+0x38b>
	else if (lflag)
  8005c1:	85 f6                	test   %esi,%esi
  8005c3:	74 3e                	je     800603 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8005c5:	8b 45 14             	mov    0x14(%ebp),%eax
  8005c8:	8b 00                	mov    (%eax),%eax
  8005ca:	ba 00 00 00 00       	mov    $0x0,%edx
  8005cf:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005d2:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005d5:	8b 45 14             	mov    0x14(%ebp),%eax
  8005d8:	8d 40 04             	lea    0x4(%eax),%eax
  8005db:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005de:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8005e3:	eb 78                	jmp    80065d <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8005e5:	8b 45 14             	mov    0x14(%ebp),%eax
  8005e8:	8b 50 04             	mov    0x4(%eax),%edx
  8005eb:	8b 00                	mov    (%eax),%eax
  8005ed:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005f0:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005f3:	8b 45 14             	mov    0x14(%ebp),%eax
  8005f6:	8d 40 08             	lea    0x8(%eax),%eax
  8005f9:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005fc:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  800601:	eb 5a                	jmp    80065d <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800603:	8b 45 14             	mov    0x14(%ebp),%eax
  800606:	8b 00                	mov    (%eax),%eax
  800608:	ba 00 00 00 00       	mov    $0x0,%edx
  80060d:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800610:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800613:	8b 45 14             	mov    0x14(%ebp),%eax
  800616:	8d 40 04             	lea    0x4(%eax),%eax
  800619:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  80061c:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  800621:	eb 3a                	jmp    80065d <vprintfmt+0x403>
			putch('0', putdat);
  800623:	89 55 10             	mov    %edx,0x10(%ebp)
  800626:	83 ec 08             	sub    $0x8,%esp
  800629:	ff 75 0c             	push   0xc(%ebp)
  80062c:	6a 30                	push   $0x30
  80062e:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  800631:	83 c4 08             	add    $0x8,%esp
  800634:	ff 75 0c             	push   0xc(%ebp)
  800637:	6a 78                	push   $0x78
  800639:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  80063c:	8b 45 14             	mov    0x14(%ebp),%eax
  80063f:	8b 00                	mov    (%eax),%eax
  800641:	ba 00 00 00 00       	mov    $0x0,%edx
  800646:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800649:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  80064c:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  80064f:	8b 45 14             	mov    0x14(%ebp),%eax
  800652:	8d 40 04             	lea    0x4(%eax),%eax
  800655:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800658:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  80065d:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800661:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800664:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800669:	89 45 b8             	mov    %eax,-0x48(%ebp)
  80066c:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800673:	89 7d a8             	mov    %edi,-0x58(%ebp)
  800676:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800679:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  80067c:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  80067f:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800683:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  800686:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800689:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  80068c:	ff 75 bc             	push   -0x44(%ebp)
  80068f:	ff 75 b8             	push   -0x48(%ebp)
  800692:	57                   	push   %edi
  800693:	56                   	push   %esi
  800694:	e8 2f 07 00 00       	call   800dc8 <__umoddi3>
  800699:	83 c4 10             	add    $0x10,%esp
  80069c:	0f b6 80 53 12 80 00 	movzbl 0x801253(%eax),%eax
  8006a3:	88 03                	mov    %al,(%ebx)
		num /= base;
  8006a5:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8006a8:	89 fb                	mov    %edi,%ebx
  8006aa:	ff 75 bc             	push   -0x44(%ebp)
  8006ad:	ff 75 b8             	push   -0x48(%ebp)
  8006b0:	57                   	push   %edi
  8006b1:	56                   	push   %esi
  8006b2:	e8 f6 06 00 00       	call   800dad <__udivdi3>
  8006b7:	83 c4 10             	add    $0x10,%esp
  8006ba:	89 c6                	mov    %eax,%esi
  8006bc:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8006be:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8006c1:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8006c4:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8006c7:	73 b6                	jae    80067f <vprintfmt+0x425>
	pad = width - n;
  8006c9:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8006cc:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8006cf:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006d2:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8006d4:	83 ff 2d             	cmp    $0x2d,%edi
  8006d7:	0f 84 de 00 00 00    	je     8007bb <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8006dd:	85 f6                	test   %esi,%esi
  8006df:	0f 8e 27 01 00 00    	jle    80080c <vprintfmt+0x5b2>
  8006e5:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8006e8:	83 ec 08             	sub    $0x8,%esp
  8006eb:	53                   	push   %ebx
  8006ec:	57                   	push   %edi
  8006ed:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8006f0:	83 c4 10             	add    $0x10,%esp
  8006f3:	83 ee 01             	sub    $0x1,%esi
  8006f6:	75 f0                	jne    8006e8 <vprintfmt+0x48e>
  8006f8:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8006fb:	85 db                	test   %ebx,%ebx
  8006fd:	0f 8e 60 fb ff ff    	jle    800263 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  800703:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800706:	8b 75 08             	mov    0x8(%ebp),%esi
  800709:	8b 7d 0c             	mov    0xc(%ebp),%edi
  80070c:	83 eb 01             	sub    $0x1,%ebx
  80070f:	83 ec 08             	sub    $0x8,%esp
  800712:	57                   	push   %edi
  800713:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  800718:	50                   	push   %eax
  800719:	ff d6                	call   *%esi
	while (n > 0)
  80071b:	83 c4 10             	add    $0x10,%esp
  80071e:	85 db                	test   %ebx,%ebx
  800720:	7f ea                	jg     80070c <vprintfmt+0x4b2>
  800722:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  800725:	85 f6                	test   %esi,%esi
  800727:	0f 8e 36 fb ff ff    	jle    800263 <vprintfmt+0x9>
  80072d:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800730:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  800733:	83 ec 08             	sub    $0x8,%esp
  800736:	57                   	push   %edi
  800737:	6a 20                	push   $0x20
  800739:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  80073b:	83 c4 10             	add    $0x10,%esp
  80073e:	83 ee 01             	sub    $0x1,%esi
  800741:	75 f0                	jne    800733 <vprintfmt+0x4d9>
  800743:	e9 1b fb ff ff       	jmp    800263 <vprintfmt+0x9>
	if (lflag >= 2)
  800748:	89 55 10             	mov    %edx,0x10(%ebp)
  80074b:	83 fe 01             	cmp    $0x1,%esi
  80074e:	7f 27                	jg     800777 <vprintfmt+0x51d>
	else if (lflag)
  800750:	85 f6                	test   %esi,%esi
  800752:	74 44                	je     800798 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800754:	8b 45 14             	mov    0x14(%ebp),%eax
  800757:	8b 00                	mov    (%eax),%eax
  800759:	ba 00 00 00 00       	mov    $0x0,%edx
  80075e:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800761:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800764:	8b 45 14             	mov    0x14(%ebp),%eax
  800767:	8d 40 04             	lea    0x4(%eax),%eax
  80076a:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80076d:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  800772:	e9 e6 fe ff ff       	jmp    80065d <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800777:	8b 45 14             	mov    0x14(%ebp),%eax
  80077a:	8b 50 04             	mov    0x4(%eax),%edx
  80077d:	8b 00                	mov    (%eax),%eax
  80077f:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800782:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800785:	8b 45 14             	mov    0x14(%ebp),%eax
  800788:	8d 40 08             	lea    0x8(%eax),%eax
  80078b:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80078e:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800793:	e9 c5 fe ff ff       	jmp    80065d <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800798:	8b 45 14             	mov    0x14(%ebp),%eax
  80079b:	8b 00                	mov    (%eax),%eax
  80079d:	ba 00 00 00 00       	mov    $0x0,%edx
  8007a2:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8007a5:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8007a8:	8b 45 14             	mov    0x14(%ebp),%eax
  8007ab:	8d 40 04             	lea    0x4(%eax),%eax
  8007ae:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8007b1:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8007b6:	e9 a2 fe ff ff       	jmp    80065d <vprintfmt+0x403>
	while (n > 0)
  8007bb:	85 db                	test   %ebx,%ebx
  8007bd:	0f 8f 40 ff ff ff    	jg     800703 <vprintfmt+0x4a9>
  8007c3:	e9 5d ff ff ff       	jmp    800725 <vprintfmt+0x4cb>
			putch(ch, putdat);
  8007c8:	89 55 10             	mov    %edx,0x10(%ebp)
  8007cb:	83 ec 08             	sub    $0x8,%esp
  8007ce:	ff 75 0c             	push   0xc(%ebp)
  8007d1:	6a 25                	push   $0x25
  8007d3:	ff 55 08             	call   *0x8(%ebp)
			break;
  8007d6:	83 c4 10             	add    $0x10,%esp
  8007d9:	e9 85 fa ff ff       	jmp    800263 <vprintfmt+0x9>
			putch('%', putdat);
  8007de:	83 ec 08             	sub    $0x8,%esp
  8007e1:	ff 75 0c             	push   0xc(%ebp)
  8007e4:	6a 25                	push   $0x25
  8007e6:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8007e9:	83 c4 10             	add    $0x10,%esp
  8007ec:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8007f0:	0f 84 d1 fa ff ff    	je     8002c7 <vprintfmt+0x6d>
  8007f6:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8007f9:	89 d8                	mov    %ebx,%eax
  8007fb:	83 e8 01             	sub    $0x1,%eax
  8007fe:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  800802:	75 f7                	jne    8007fb <vprintfmt+0x5a1>
  800804:	89 45 10             	mov    %eax,0x10(%ebp)
  800807:	e9 57 fa ff ff       	jmp    800263 <vprintfmt+0x9>
	while (n > 0)
  80080c:	85 db                	test   %ebx,%ebx
  80080e:	0f 8f ef fe ff ff    	jg     800703 <vprintfmt+0x4a9>
  800814:	e9 4a fa ff ff       	jmp    800263 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800819:	8d 5e 01             	lea    0x1(%esi),%ebx
  80081c:	0f be 06             	movsbl (%esi),%eax
  80081f:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800822:	85 c0                	test   %eax,%eax
  800824:	0f 85 55 fc ff ff    	jne    80047f <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  80082a:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80082d:	89 45 14             	mov    %eax,0x14(%ebp)
  800830:	e9 2e fa ff ff       	jmp    800263 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800835:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800839:	74 0a                	je     800845 <vprintfmt+0x5eb>
  80083b:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80083f:	0f 8f bf fb ff ff    	jg     800404 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800845:	b8 28 00 00 00       	mov    $0x28,%eax
  80084a:	bb 41 12 80 00       	mov    $0x801241,%ebx
  80084f:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800852:	e9 28 fc ff ff       	jmp    80047f <vprintfmt+0x225>
}
  800857:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80085a:	5b                   	pop    %ebx
  80085b:	5e                   	pop    %esi
  80085c:	5f                   	pop    %edi
  80085d:	5d                   	pop    %ebp
  80085e:	c3                   	ret

0080085f <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  80085f:	55                   	push   %ebp
  800860:	89 e5                	mov    %esp,%ebp
  800862:	83 ec 18             	sub    $0x18,%esp
  800865:	8b 45 08             	mov    0x8(%ebp),%eax
  800868:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  80086b:	89 45 ec             	mov    %eax,-0x14(%ebp)
  80086e:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800872:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800875:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  80087c:	85 c0                	test   %eax,%eax
  80087e:	74 26                	je     8008a6 <vsnprintf+0x47>
  800880:	85 d2                	test   %edx,%edx
  800882:	7e 22                	jle    8008a6 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800884:	ff 75 14             	push   0x14(%ebp)
  800887:	ff 75 10             	push   0x10(%ebp)
  80088a:	8d 45 ec             	lea    -0x14(%ebp),%eax
  80088d:	50                   	push   %eax
  80088e:	68 20 02 80 00       	push   $0x800220
  800893:	e8 c2 f9 ff ff       	call   80025a <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800898:	8b 45 ec             	mov    -0x14(%ebp),%eax
  80089b:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  80089e:	8b 45 f4             	mov    -0xc(%ebp),%eax
  8008a1:	83 c4 10             	add    $0x10,%esp
}
  8008a4:	c9                   	leave
  8008a5:	c3                   	ret
		return -E_INVAL;
  8008a6:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  8008ab:	eb f7                	jmp    8008a4 <vsnprintf+0x45>

008008ad <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  8008ad:	55                   	push   %ebp
  8008ae:	89 e5                	mov    %esp,%ebp
  8008b0:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  8008b3:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  8008b6:	50                   	push   %eax
  8008b7:	ff 75 08             	push   0x8(%ebp)
  8008ba:	e8 00 09 00 00       	call   8011bf <vcprintf>
	va_end(ap);

	return cnt;
}
  8008bf:	c9                   	leave
  8008c0:	c3                   	ret

008008c1 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  8008c1:	55                   	push   %ebp
  8008c2:	89 e5                	mov    %esp,%ebp
  8008c4:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  8008c7:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  8008ca:	50                   	push   %eax
  8008cb:	ff 75 10             	push   0x10(%ebp)
  8008ce:	ff 75 0c             	push   0xc(%ebp)
  8008d1:	ff 75 08             	push   0x8(%ebp)
  8008d4:	e8 86 ff ff ff       	call   80085f <vsnprintf>
	va_end(ap);

	return rc;
}
  8008d9:	c9                   	leave
  8008da:	c3                   	ret

008008db <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8008db:	55                   	push   %ebp
  8008dc:	89 e5                	mov    %esp,%ebp
  8008de:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8008e1:	80 3a 00             	cmpb   $0x0,(%edx)
  8008e4:	74 10                	je     8008f6 <strlen+0x1b>
  8008e6:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  8008eb:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  8008ee:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  8008f2:	75 f7                	jne    8008eb <strlen+0x10>
	return n;
}
  8008f4:	5d                   	pop    %ebp
  8008f5:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  8008f6:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  8008fb:	eb f7                	jmp    8008f4 <strlen+0x19>

008008fd <strnlen>:

int
strnlen(const char *s, size_t size)
{
  8008fd:	55                   	push   %ebp
  8008fe:	89 e5                	mov    %esp,%ebp
  800900:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800903:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800906:	85 d2                	test   %edx,%edx
  800908:	74 16                	je     800920 <strnlen+0x23>
  80090a:	b8 00 00 00 00       	mov    $0x0,%eax
  80090f:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800913:	74 09                	je     80091e <strnlen+0x21>
		n++;
  800915:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800918:	39 d0                	cmp    %edx,%eax
  80091a:	75 f3                	jne    80090f <strnlen+0x12>
		n++;
  80091c:	89 d0                	mov    %edx,%eax
	return n;
}
  80091e:	5d                   	pop    %ebp
  80091f:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800920:	b8 00 00 00 00       	mov    $0x0,%eax
  800925:	eb f7                	jmp    80091e <strnlen+0x21>

00800927 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800927:	55                   	push   %ebp
  800928:	89 e5                	mov    %esp,%ebp
  80092a:	53                   	push   %ebx
  80092b:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80092e:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800931:	b8 00 00 00 00       	mov    $0x0,%eax
  800936:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  80093a:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  80093d:	83 c0 01             	add    $0x1,%eax
  800940:	84 d2                	test   %dl,%dl
  800942:	75 f2                	jne    800936 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800944:	89 c8                	mov    %ecx,%eax
  800946:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800949:	c9                   	leave
  80094a:	c3                   	ret

0080094b <strcat>:

char *
strcat(char *dst, const char *src)
{
  80094b:	55                   	push   %ebp
  80094c:	89 e5                	mov    %esp,%ebp
  80094e:	53                   	push   %ebx
  80094f:	83 ec 10             	sub    $0x10,%esp
  800952:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800955:	53                   	push   %ebx
  800956:	e8 80 ff ff ff       	call   8008db <strlen>
  80095b:	83 c4 08             	add    $0x8,%esp
  80095e:	ff 75 0c             	push   0xc(%ebp)
  800961:	01 d8                	add    %ebx,%eax
  800963:	50                   	push   %eax
  800964:	e8 be ff ff ff       	call   800927 <strcpy>
	return dst;
}
  800969:	89 d8                	mov    %ebx,%eax
  80096b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80096e:	c9                   	leave
  80096f:	c3                   	ret

00800970 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800970:	55                   	push   %ebp
  800971:	89 e5                	mov    %esp,%ebp
  800973:	56                   	push   %esi
  800974:	53                   	push   %ebx
  800975:	8b 75 08             	mov    0x8(%ebp),%esi
  800978:	8b 55 0c             	mov    0xc(%ebp),%edx
  80097b:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  80097e:	85 db                	test   %ebx,%ebx
  800980:	74 17                	je     800999 <strncpy+0x29>
  800982:	01 f3                	add    %esi,%ebx
  800984:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800986:	83 c0 01             	add    $0x1,%eax
  800989:	0f b6 0a             	movzbl (%edx),%ecx
  80098c:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  80098f:	80 f9 01             	cmp    $0x1,%cl
  800992:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  800995:	39 c3                	cmp    %eax,%ebx
  800997:	75 ed                	jne    800986 <strncpy+0x16>
	}
	return ret;
}
  800999:	89 f0                	mov    %esi,%eax
  80099b:	5b                   	pop    %ebx
  80099c:	5e                   	pop    %esi
  80099d:	5d                   	pop    %ebp
  80099e:	c3                   	ret

0080099f <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  80099f:	55                   	push   %ebp
  8009a0:	89 e5                	mov    %esp,%ebp
  8009a2:	56                   	push   %esi
  8009a3:	53                   	push   %ebx
  8009a4:	8b 75 08             	mov    0x8(%ebp),%esi
  8009a7:	8b 55 0c             	mov    0xc(%ebp),%edx
  8009aa:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  8009ad:	89 f0                	mov    %esi,%eax
  8009af:	85 db                	test   %ebx,%ebx
  8009b1:	74 1e                	je     8009d1 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  8009b3:	83 eb 01             	sub    $0x1,%ebx
  8009b6:	74 16                	je     8009ce <strlcpy+0x2f>
  8009b8:	01 f3                	add    %esi,%ebx
  8009ba:	0f b6 0a             	movzbl (%edx),%ecx
  8009bd:	84 c9                	test   %cl,%cl
  8009bf:	74 0d                	je     8009ce <strlcpy+0x2f>
			*dst++ = *src++;
  8009c1:	83 c2 01             	add    $0x1,%edx
  8009c4:	83 c0 01             	add    $0x1,%eax
  8009c7:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  8009ca:	39 d8                	cmp    %ebx,%eax
  8009cc:	75 ec                	jne    8009ba <strlcpy+0x1b>
		*dst = '\0';
  8009ce:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  8009d1:	29 f0                	sub    %esi,%eax
}
  8009d3:	5b                   	pop    %ebx
  8009d4:	5e                   	pop    %esi
  8009d5:	5d                   	pop    %ebp
  8009d6:	c3                   	ret

008009d7 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  8009d7:	55                   	push   %ebp
  8009d8:	89 e5                	mov    %esp,%ebp
  8009da:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8009dd:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  8009e0:	0f b6 01             	movzbl (%ecx),%eax
  8009e3:	84 c0                	test   %al,%al
  8009e5:	74 11                	je     8009f8 <strcmp+0x21>
  8009e7:	38 02                	cmp    %al,(%edx)
  8009e9:	75 0d                	jne    8009f8 <strcmp+0x21>
		p++, q++;
  8009eb:	83 c1 01             	add    $0x1,%ecx
  8009ee:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  8009f1:	0f b6 01             	movzbl (%ecx),%eax
  8009f4:	84 c0                	test   %al,%al
  8009f6:	75 ef                	jne    8009e7 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  8009f8:	0f b6 c0             	movzbl %al,%eax
  8009fb:	0f b6 12             	movzbl (%edx),%edx
  8009fe:	29 d0                	sub    %edx,%eax
}
  800a00:	5d                   	pop    %ebp
  800a01:	c3                   	ret

00800a02 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800a02:	55                   	push   %ebp
  800a03:	89 e5                	mov    %esp,%ebp
  800a05:	53                   	push   %ebx
  800a06:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800a09:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800a0c:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800a0f:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800a14:	85 d2                	test   %edx,%edx
  800a16:	74 2e                	je     800a46 <strncmp+0x44>
  800a18:	0f b6 01             	movzbl (%ecx),%eax
  800a1b:	84 c0                	test   %al,%al
  800a1d:	74 16                	je     800a35 <strncmp+0x33>
  800a1f:	3a 03                	cmp    (%ebx),%al
  800a21:	75 12                	jne    800a35 <strncmp+0x33>
		n--, p++, q++;
  800a23:	83 c1 01             	add    $0x1,%ecx
  800a26:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800a29:	83 ea 01             	sub    $0x1,%edx
  800a2c:	75 ea                	jne    800a18 <strncmp+0x16>
		return 0;
  800a2e:	b8 00 00 00 00       	mov    $0x0,%eax
  800a33:	eb 11                	jmp    800a46 <strncmp+0x44>
  800a35:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800a3a:	85 d2                	test   %edx,%edx
  800a3c:	74 08                	je     800a46 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800a3e:	0f b6 01             	movzbl (%ecx),%eax
  800a41:	0f b6 13             	movzbl (%ebx),%edx
  800a44:	29 d0                	sub    %edx,%eax
}
  800a46:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a49:	c9                   	leave
  800a4a:	c3                   	ret

00800a4b <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800a4b:	55                   	push   %ebp
  800a4c:	89 e5                	mov    %esp,%ebp
  800a4e:	8b 45 08             	mov    0x8(%ebp),%eax
  800a51:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800a55:	0f b6 10             	movzbl (%eax),%edx
  800a58:	84 d2                	test   %dl,%dl
  800a5a:	74 15                	je     800a71 <strchr+0x26>
		if (*s == c)
  800a5c:	38 d1                	cmp    %dl,%cl
  800a5e:	74 0f                	je     800a6f <strchr+0x24>
	for (; *s; s++)
  800a60:	83 c0 01             	add    $0x1,%eax
  800a63:	0f b6 10             	movzbl (%eax),%edx
  800a66:	84 d2                	test   %dl,%dl
  800a68:	75 f2                	jne    800a5c <strchr+0x11>
			return (char *) s;
	return 0;
  800a6a:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800a6f:	5d                   	pop    %ebp
  800a70:	c3                   	ret
	return 0;
  800a71:	b8 00 00 00 00       	mov    $0x0,%eax
  800a76:	eb f7                	jmp    800a6f <strchr+0x24>

00800a78 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800a78:	55                   	push   %ebp
  800a79:	89 e5                	mov    %esp,%ebp
  800a7b:	53                   	push   %ebx
  800a7c:	8b 45 08             	mov    0x8(%ebp),%eax
  800a7f:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800a82:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800a85:	38 d3                	cmp    %dl,%bl
  800a87:	74 14                	je     800a9d <strfind+0x25>
  800a89:	89 d1                	mov    %edx,%ecx
  800a8b:	84 db                	test   %bl,%bl
  800a8d:	74 0e                	je     800a9d <strfind+0x25>
	for (; *s; s++)
  800a8f:	83 c0 01             	add    $0x1,%eax
  800a92:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800a95:	38 ca                	cmp    %cl,%dl
  800a97:	74 04                	je     800a9d <strfind+0x25>
  800a99:	84 d2                	test   %dl,%dl
  800a9b:	75 f2                	jne    800a8f <strfind+0x17>
			break;
	return (char *) s;
}
  800a9d:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800aa0:	c9                   	leave
  800aa1:	c3                   	ret

00800aa2 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800aa2:	55                   	push   %ebp
  800aa3:	89 e5                	mov    %esp,%ebp
  800aa5:	53                   	push   %ebx
  800aa6:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800aa9:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800aac:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800aaf:	85 d2                	test   %edx,%edx
  800ab1:	74 0e                	je     800ac1 <memset+0x1f>
  800ab3:	01 da                	add    %ebx,%edx
	char *p = v;
  800ab5:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800ab7:	83 c0 01             	add    $0x1,%eax
  800aba:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800abd:	39 c2                	cmp    %eax,%edx
  800abf:	75 f6                	jne    800ab7 <memset+0x15>
	return v;
}
  800ac1:	89 d8                	mov    %ebx,%eax
  800ac3:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800ac6:	c9                   	leave
  800ac7:	c3                   	ret

00800ac8 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800ac8:	55                   	push   %ebp
  800ac9:	89 e5                	mov    %esp,%ebp
  800acb:	56                   	push   %esi
  800acc:	53                   	push   %ebx
  800acd:	8b 75 08             	mov    0x8(%ebp),%esi
  800ad0:	8b 45 0c             	mov    0xc(%ebp),%eax
  800ad3:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800ad6:	39 f0                	cmp    %esi,%eax
  800ad8:	72 20                	jb     800afa <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800ada:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800add:	89 f2                	mov    %esi,%edx
  800adf:	85 c9                	test   %ecx,%ecx
  800ae1:	74 11                	je     800af4 <memmove+0x2c>
			*d++ = *s++;
  800ae3:	83 c0 01             	add    $0x1,%eax
  800ae6:	83 c2 01             	add    $0x1,%edx
  800ae9:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800aed:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800af0:	39 d8                	cmp    %ebx,%eax
  800af2:	75 ef                	jne    800ae3 <memmove+0x1b>
	return dst;
}
  800af4:	89 f0                	mov    %esi,%eax
  800af6:	5b                   	pop    %ebx
  800af7:	5e                   	pop    %esi
  800af8:	5d                   	pop    %ebp
  800af9:	c3                   	ret
	if (s < d && s + n > d) {
  800afa:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800afd:	39 d6                	cmp    %edx,%esi
  800aff:	73 d9                	jae    800ada <memmove+0x12>
		while (n-- > 0)
  800b01:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800b04:	85 c9                	test   %ecx,%ecx
  800b06:	74 ec                	je     800af4 <memmove+0x2c>
			*--d = *--s;
  800b08:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800b0c:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800b0f:	83 ea 01             	sub    $0x1,%edx
  800b12:	83 fa ff             	cmp    $0xffffffff,%edx
  800b15:	75 f1                	jne    800b08 <memmove+0x40>
  800b17:	eb db                	jmp    800af4 <memmove+0x2c>

00800b19 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800b19:	55                   	push   %ebp
  800b1a:	89 e5                	mov    %esp,%ebp
  800b1c:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800b1f:	ff 75 10             	push   0x10(%ebp)
  800b22:	ff 75 0c             	push   0xc(%ebp)
  800b25:	ff 75 08             	push   0x8(%ebp)
  800b28:	e8 9b ff ff ff       	call   800ac8 <memmove>
}
  800b2d:	c9                   	leave
  800b2e:	c3                   	ret

00800b2f <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800b2f:	55                   	push   %ebp
  800b30:	89 e5                	mov    %esp,%ebp
  800b32:	56                   	push   %esi
  800b33:	53                   	push   %ebx
  800b34:	8b 45 08             	mov    0x8(%ebp),%eax
  800b37:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b3a:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800b3d:	85 f6                	test   %esi,%esi
  800b3f:	74 29                	je     800b6a <memcmp+0x3b>
  800b41:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800b43:	0f b6 08             	movzbl (%eax),%ecx
  800b46:	0f b6 1a             	movzbl (%edx),%ebx
  800b49:	38 d9                	cmp    %bl,%cl
  800b4b:	75 11                	jne    800b5e <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800b4d:	83 c0 01             	add    $0x1,%eax
  800b50:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800b53:	39 c6                	cmp    %eax,%esi
  800b55:	75 ec                	jne    800b43 <memcmp+0x14>
	}
	return 0;
  800b57:	b8 00 00 00 00       	mov    $0x0,%eax
  800b5c:	eb 08                	jmp    800b66 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800b5e:	0f b6 c1             	movzbl %cl,%eax
  800b61:	0f b6 db             	movzbl %bl,%ebx
  800b64:	29 d8                	sub    %ebx,%eax
}
  800b66:	5b                   	pop    %ebx
  800b67:	5e                   	pop    %esi
  800b68:	5d                   	pop    %ebp
  800b69:	c3                   	ret
	return 0;
  800b6a:	b8 00 00 00 00       	mov    $0x0,%eax
  800b6f:	eb f5                	jmp    800b66 <memcmp+0x37>

00800b71 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800b71:	55                   	push   %ebp
  800b72:	89 e5                	mov    %esp,%ebp
  800b74:	8b 45 08             	mov    0x8(%ebp),%eax
  800b77:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800b7a:	89 c2                	mov    %eax,%edx
  800b7c:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800b7f:	39 d0                	cmp    %edx,%eax
  800b81:	73 0d                	jae    800b90 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800b83:	38 08                	cmp    %cl,(%eax)
  800b85:	74 0d                	je     800b94 <memfind+0x23>
	for (; s < ends; s++)
  800b87:	83 c0 01             	add    $0x1,%eax
  800b8a:	39 c2                	cmp    %eax,%edx
  800b8c:	75 f5                	jne    800b83 <memfind+0x12>
  800b8e:	eb 06                	jmp    800b96 <memfind+0x25>
  800b90:	89 c2                	mov    %eax,%edx
  800b92:	eb 02                	jmp    800b96 <memfind+0x25>
  800b94:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800b96:	89 d0                	mov    %edx,%eax
  800b98:	5d                   	pop    %ebp
  800b99:	c3                   	ret

00800b9a <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800b9a:	55                   	push   %ebp
  800b9b:	89 e5                	mov    %esp,%ebp
  800b9d:	57                   	push   %edi
  800b9e:	56                   	push   %esi
  800b9f:	53                   	push   %ebx
  800ba0:	8b 55 08             	mov    0x8(%ebp),%edx
  800ba3:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800ba6:	0f b6 02             	movzbl (%edx),%eax
  800ba9:	3c 20                	cmp    $0x20,%al
  800bab:	74 04                	je     800bb1 <strtol+0x17>
  800bad:	3c 09                	cmp    $0x9,%al
  800baf:	75 0e                	jne    800bbf <strtol+0x25>
		s++;
  800bb1:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800bb4:	0f b6 02             	movzbl (%edx),%eax
  800bb7:	3c 20                	cmp    $0x20,%al
  800bb9:	74 f6                	je     800bb1 <strtol+0x17>
  800bbb:	3c 09                	cmp    $0x9,%al
  800bbd:	74 f2                	je     800bb1 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800bbf:	3c 2b                	cmp    $0x2b,%al
  800bc1:	74 2a                	je     800bed <strtol+0x53>
	int neg = 0;
  800bc3:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800bc8:	3c 2d                	cmp    $0x2d,%al
  800bca:	74 2b                	je     800bf7 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800bcc:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800bd2:	75 0f                	jne    800be3 <strtol+0x49>
  800bd4:	80 3a 30             	cmpb   $0x30,(%edx)
  800bd7:	74 28                	je     800c01 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800bd9:	85 db                	test   %ebx,%ebx
  800bdb:	b8 0a 00 00 00       	mov    $0xa,%eax
  800be0:	0f 44 d8             	cmove  %eax,%ebx
  800be3:	b9 00 00 00 00       	mov    $0x0,%ecx
  800be8:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800beb:	eb 46                	jmp    800c33 <strtol+0x99>
		s++;
  800bed:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800bf0:	bf 00 00 00 00       	mov    $0x0,%edi
  800bf5:	eb d5                	jmp    800bcc <strtol+0x32>
		s++, neg = 1;
  800bf7:	83 c2 01             	add    $0x1,%edx
  800bfa:	bf 01 00 00 00       	mov    $0x1,%edi
  800bff:	eb cb                	jmp    800bcc <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800c01:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800c05:	74 0e                	je     800c15 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800c07:	85 db                	test   %ebx,%ebx
  800c09:	75 d8                	jne    800be3 <strtol+0x49>
		s++, base = 8;
  800c0b:	83 c2 01             	add    $0x1,%edx
  800c0e:	bb 08 00 00 00       	mov    $0x8,%ebx
  800c13:	eb ce                	jmp    800be3 <strtol+0x49>
		s += 2, base = 16;
  800c15:	83 c2 02             	add    $0x2,%edx
  800c18:	bb 10 00 00 00       	mov    $0x10,%ebx
  800c1d:	eb c4                	jmp    800be3 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800c1f:	0f be c0             	movsbl %al,%eax
  800c22:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800c25:	3b 45 10             	cmp    0x10(%ebp),%eax
  800c28:	7d 3a                	jge    800c64 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800c2a:	83 c2 01             	add    $0x1,%edx
  800c2d:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800c31:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800c33:	0f b6 02             	movzbl (%edx),%eax
  800c36:	8d 70 d0             	lea    -0x30(%eax),%esi
  800c39:	89 f3                	mov    %esi,%ebx
  800c3b:	80 fb 09             	cmp    $0x9,%bl
  800c3e:	76 df                	jbe    800c1f <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800c40:	8d 70 9f             	lea    -0x61(%eax),%esi
  800c43:	89 f3                	mov    %esi,%ebx
  800c45:	80 fb 19             	cmp    $0x19,%bl
  800c48:	77 08                	ja     800c52 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800c4a:	0f be c0             	movsbl %al,%eax
  800c4d:	83 e8 57             	sub    $0x57,%eax
  800c50:	eb d3                	jmp    800c25 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800c52:	8d 70 bf             	lea    -0x41(%eax),%esi
  800c55:	89 f3                	mov    %esi,%ebx
  800c57:	80 fb 19             	cmp    $0x19,%bl
  800c5a:	77 08                	ja     800c64 <strtol+0xca>
			dig = *s - 'A' + 10;
  800c5c:	0f be c0             	movsbl %al,%eax
  800c5f:	83 e8 37             	sub    $0x37,%eax
  800c62:	eb c1                	jmp    800c25 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800c64:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800c68:	74 05                	je     800c6f <strtol+0xd5>
		*endptr = (char *) s;
  800c6a:	8b 45 0c             	mov    0xc(%ebp),%eax
  800c6d:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800c6f:	89 c8                	mov    %ecx,%eax
  800c71:	f7 d8                	neg    %eax
  800c73:	85 ff                	test   %edi,%edi
  800c75:	0f 45 c8             	cmovne %eax,%ecx
}
  800c78:	89 c8                	mov    %ecx,%eax
  800c7a:	5b                   	pop    %ebx
  800c7b:	5e                   	pop    %esi
  800c7c:	5f                   	pop    %edi
  800c7d:	5d                   	pop    %ebp
  800c7e:	c3                   	ret

00800c7f <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800c7f:	55                   	push   %ebp
  800c80:	89 e5                	mov    %esp,%ebp
  800c82:	57                   	push   %edi
  800c83:	56                   	push   %esi
  800c84:	53                   	push   %ebx
  800c85:	83 ec 24             	sub    $0x24,%esp
  800c88:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800c8b:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800c8e:	8b 45 08             	mov    0x8(%ebp),%eax
  800c91:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c94:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800c97:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800c9a:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800c9d:	89 d1                	mov    %edx,%ecx
  800c9f:	09 c1                	or     %eax,%ecx
  800ca1:	74 2f                	je     800cd2 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800ca3:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800ca6:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800ca9:	89 d0                	mov    %edx,%eax
  800cab:	83 c8 00             	or     $0x0,%eax
  800cae:	74 48                	je     800cf8 <udivmod64+0x79>
  800cb0:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800cb5:	be 00 00 00 00       	mov    $0x0,%esi
  800cba:	bf 00 00 00 00       	mov    $0x0,%edi
  800cbf:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800cc6:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800ccd:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800cd0:	eb 5f                	jmp    800d31 <udivmod64+0xb2>
		return ~0ULL;
  800cd2:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800cd9:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800ce0:	85 db                	test   %ebx,%ebx
  800ce2:	0f 84 b7 00 00 00    	je     800d9f <udivmod64+0x120>
			*rem = n;
  800ce8:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800ceb:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800cee:	89 03                	mov    %eax,(%ebx)
  800cf0:	89 53 04             	mov    %edx,0x4(%ebx)
  800cf3:	e9 a7 00 00 00       	jmp    800d9f <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800cf8:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800cfb:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800cfe:	85 db                	test   %ebx,%ebx
  800d00:	74 12                	je     800d14 <udivmod64+0x95>
			*rem = n32 % d32;
  800d02:	89 c8                	mov    %ecx,%eax
  800d04:	ba 00 00 00 00       	mov    $0x0,%edx
  800d09:	f7 f6                	div    %esi
  800d0b:	89 13                	mov    %edx,(%ebx)
  800d0d:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800d14:	89 c8                	mov    %ecx,%eax
  800d16:	ba 00 00 00 00       	mov    $0x0,%edx
  800d1b:	f7 f6                	div    %esi
  800d1d:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800d20:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800d27:	eb 76                	jmp    800d9f <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800d29:	83 e9 01             	sub    $0x1,%ecx
  800d2c:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800d2f:	74 62                	je     800d93 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800d31:	89 f0                	mov    %esi,%eax
  800d33:	89 fa                	mov    %edi,%edx
  800d35:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800d39:	01 c0                	add    %eax,%eax
  800d3b:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800d3e:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800d41:	0f ad fe             	shrd   %cl,%edi,%esi
  800d44:	d3 ef                	shr    %cl,%edi
  800d46:	f6 c1 20             	test   $0x20,%cl
  800d49:	74 04                	je     800d4f <udivmod64+0xd0>
  800d4b:	89 fe                	mov    %edi,%esi
  800d4d:	31 ff                	xor    %edi,%edi
  800d4f:	89 f7                	mov    %esi,%edi
  800d51:	83 e7 01             	and    $0x1,%edi
  800d54:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800d57:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800d5e:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800d61:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800d64:	09 c6                	or     %eax,%esi
  800d66:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800d68:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800d6b:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800d6e:	39 c6                	cmp    %eax,%esi
  800d70:	89 fb                	mov    %edi,%ebx
  800d72:	19 d3                	sbb    %edx,%ebx
  800d74:	72 b3                	jb     800d29 <udivmod64+0xaa>
			r -= d;
  800d76:	29 c6                	sub    %eax,%esi
  800d78:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800d7a:	31 c0                	xor    %eax,%eax
  800d7c:	31 d2                	xor    %edx,%edx
  800d7e:	f6 c1 20             	test   $0x20,%cl
  800d81:	0f 94 c0             	sete   %al
  800d84:	0f 95 c2             	setne  %dl
  800d87:	d3 e0                	shl    %cl,%eax
  800d89:	d3 e2                	shl    %cl,%edx
  800d8b:	09 45 d0             	or     %eax,-0x30(%ebp)
  800d8e:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800d91:	eb 96                	jmp    800d29 <udivmod64+0xaa>
		}
	}
	if (rem)
  800d93:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800d96:	85 db                	test   %ebx,%ebx
  800d98:	74 05                	je     800d9f <udivmod64+0x120>
		*rem = r;
  800d9a:	89 33                	mov    %esi,(%ebx)
  800d9c:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800d9f:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800da2:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800da5:	83 c4 24             	add    $0x24,%esp
  800da8:	5b                   	pop    %ebx
  800da9:	5e                   	pop    %esi
  800daa:	5f                   	pop    %edi
  800dab:	5d                   	pop    %ebp
  800dac:	c3                   	ret

00800dad <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800dad:	55                   	push   %ebp
  800dae:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800db0:	83 ec 04             	sub    $0x4,%esp
  800db3:	6a 00                	push   $0x0
  800db5:	ff 75 14             	push   0x14(%ebp)
  800db8:	ff 75 10             	push   0x10(%ebp)
  800dbb:	8b 45 08             	mov    0x8(%ebp),%eax
  800dbe:	8b 55 0c             	mov    0xc(%ebp),%edx
  800dc1:	e8 b9 fe ff ff       	call   800c7f <udivmod64>
}
  800dc6:	c9                   	leave
  800dc7:	c3                   	ret

00800dc8 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800dc8:	55                   	push   %ebp
  800dc9:	89 e5                	mov    %esp,%ebp
  800dcb:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800dce:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800dd1:	50                   	push   %eax
  800dd2:	ff 75 14             	push   0x14(%ebp)
  800dd5:	ff 75 10             	push   0x10(%ebp)
  800dd8:	8b 45 08             	mov    0x8(%ebp),%eax
  800ddb:	8b 55 0c             	mov    0xc(%ebp),%edx
  800dde:	e8 9c fe ff ff       	call   800c7f <udivmod64>
	return r;
}
  800de3:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800de6:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800de9:	c9                   	leave
  800dea:	c3                   	ret

00800deb <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800deb:	55                   	push   %ebp
  800dec:	89 e5                	mov    %esp,%ebp
  800dee:	57                   	push   %edi
  800def:	56                   	push   %esi
  800df0:	53                   	push   %ebx
  800df1:	83 ec 0c             	sub    $0xc,%esp
  800df4:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800df7:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800dfa:	8b 45 10             	mov    0x10(%ebp),%eax
  800dfd:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800e00:	89 ce                	mov    %ecx,%esi
  800e02:	89 df                	mov    %ebx,%edi
  800e04:	31 c6                	xor    %eax,%esi
  800e06:	31 d7                	xor    %edx,%edi
  800e08:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800e0b:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e0e:	89 c6                	mov    %eax,%esi
  800e10:	89 d7                	mov    %edx,%edi
  800e12:	85 d2                	test   %edx,%edx
  800e14:	78 25                	js     800e3b <__divdi3+0x50>
  800e16:	89 c8                	mov    %ecx,%eax
  800e18:	89 da                	mov    %ebx,%edx
  800e1a:	85 db                	test   %ebx,%ebx
  800e1c:	78 2a                	js     800e48 <__divdi3+0x5d>
  800e1e:	83 ec 04             	sub    $0x4,%esp
  800e21:	6a 00                	push   $0x0
  800e23:	57                   	push   %edi
  800e24:	56                   	push   %esi
  800e25:	e8 55 fe ff ff       	call   800c7f <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800e2a:	83 c4 10             	add    $0x10,%esp
  800e2d:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800e31:	78 1e                	js     800e51 <__divdi3+0x66>
}
  800e33:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e36:	5b                   	pop    %ebx
  800e37:	5e                   	pop    %esi
  800e38:	5f                   	pop    %edi
  800e39:	5d                   	pop    %ebp
  800e3a:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e3b:	f7 d8                	neg    %eax
  800e3d:	83 d2 00             	adc    $0x0,%edx
  800e40:	f7 da                	neg    %edx
  800e42:	89 c6                	mov    %eax,%esi
  800e44:	89 d7                	mov    %edx,%edi
  800e46:	eb ce                	jmp    800e16 <__divdi3+0x2b>
  800e48:	f7 d8                	neg    %eax
  800e4a:	83 d2 00             	adc    $0x0,%edx
  800e4d:	f7 da                	neg    %edx
  800e4f:	eb cd                	jmp    800e1e <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800e51:	f7 d8                	neg    %eax
  800e53:	83 d2 00             	adc    $0x0,%edx
  800e56:	f7 da                	neg    %edx
  800e58:	eb d9                	jmp    800e33 <__divdi3+0x48>

00800e5a <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800e5a:	55                   	push   %ebp
  800e5b:	89 e5                	mov    %esp,%ebp
  800e5d:	57                   	push   %edi
  800e5e:	56                   	push   %esi
  800e5f:	53                   	push   %ebx
  800e60:	83 ec 14             	sub    $0x14,%esp
  800e63:	8b 45 08             	mov    0x8(%ebp),%eax
  800e66:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e69:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800e6c:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e6f:	89 ce                	mov    %ecx,%esi
  800e71:	89 df                	mov    %ebx,%edi
  800e73:	85 db                	test   %ebx,%ebx
  800e75:	78 23                	js     800e9a <__moddi3+0x40>
  800e77:	85 d2                	test   %edx,%edx
  800e79:	78 28                	js     800ea3 <__moddi3+0x49>
  800e7b:	83 ec 04             	sub    $0x4,%esp
  800e7e:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800e81:	51                   	push   %ecx
  800e82:	57                   	push   %edi
  800e83:	56                   	push   %esi
  800e84:	e8 f6 fd ff ff       	call   800c7f <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800e89:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800e8c:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800e8f:	83 c4 10             	add    $0x10,%esp
}
  800e92:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e95:	5b                   	pop    %ebx
  800e96:	5e                   	pop    %esi
  800e97:	5f                   	pop    %edi
  800e98:	5d                   	pop    %ebp
  800e99:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e9a:	f7 de                	neg    %esi
  800e9c:	83 d7 00             	adc    $0x0,%edi
  800e9f:	f7 df                	neg    %edi
  800ea1:	eb d4                	jmp    800e77 <__moddi3+0x1d>
  800ea3:	f7 d8                	neg    %eax
  800ea5:	83 d2 00             	adc    $0x0,%edx
  800ea8:	f7 da                	neg    %edx
  800eaa:	83 ec 04             	sub    $0x4,%esp
  800ead:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800eb0:	51                   	push   %ecx
  800eb1:	57                   	push   %edi
  800eb2:	56                   	push   %esi
  800eb3:	e8 c7 fd ff ff       	call   800c7f <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800eb8:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800ebb:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800ebe:	f7 d8                	neg    %eax
  800ec0:	83 d2 00             	adc    $0x0,%edx
  800ec3:	f7 da                	neg    %edx
  800ec5:	83 c4 10             	add    $0x10,%esp
  800ec8:	eb c8                	jmp    800e92 <__moddi3+0x38>

00800eca <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800eca:	55                   	push   %ebp
  800ecb:	89 e5                	mov    %esp,%ebp
  800ecd:	57                   	push   %edi
  800ece:	56                   	push   %esi
  800ecf:	53                   	push   %ebx
	asm volatile("int %1\n"
  800ed0:	b8 00 00 00 00       	mov    $0x0,%eax
  800ed5:	8b 55 08             	mov    0x8(%ebp),%edx
  800ed8:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800edb:	89 c3                	mov    %eax,%ebx
  800edd:	89 c7                	mov    %eax,%edi
  800edf:	89 c6                	mov    %eax,%esi
  800ee1:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800ee3:	5b                   	pop    %ebx
  800ee4:	5e                   	pop    %esi
  800ee5:	5f                   	pop    %edi
  800ee6:	5d                   	pop    %ebp
  800ee7:	c3                   	ret

00800ee8 <sys_cgetc>:

int
sys_cgetc(void)
{
  800ee8:	55                   	push   %ebp
  800ee9:	89 e5                	mov    %esp,%ebp
  800eeb:	57                   	push   %edi
  800eec:	56                   	push   %esi
  800eed:	53                   	push   %ebx
	asm volatile("int %1\n"
  800eee:	ba 00 00 00 00       	mov    $0x0,%edx
  800ef3:	b8 01 00 00 00       	mov    $0x1,%eax
  800ef8:	89 d1                	mov    %edx,%ecx
  800efa:	89 d3                	mov    %edx,%ebx
  800efc:	89 d7                	mov    %edx,%edi
  800efe:	89 d6                	mov    %edx,%esi
  800f00:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800f02:	5b                   	pop    %ebx
  800f03:	5e                   	pop    %esi
  800f04:	5f                   	pop    %edi
  800f05:	5d                   	pop    %ebp
  800f06:	c3                   	ret

00800f07 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800f07:	55                   	push   %ebp
  800f08:	89 e5                	mov    %esp,%ebp
  800f0a:	57                   	push   %edi
  800f0b:	56                   	push   %esi
  800f0c:	53                   	push   %ebx
  800f0d:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f10:	b9 00 00 00 00       	mov    $0x0,%ecx
  800f15:	8b 55 08             	mov    0x8(%ebp),%edx
  800f18:	b8 03 00 00 00       	mov    $0x3,%eax
  800f1d:	89 cb                	mov    %ecx,%ebx
  800f1f:	89 cf                	mov    %ecx,%edi
  800f21:	89 ce                	mov    %ecx,%esi
  800f23:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f25:	85 c0                	test   %eax,%eax
  800f27:	7f 08                	jg     800f31 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800f29:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f2c:	5b                   	pop    %ebx
  800f2d:	5e                   	pop    %esi
  800f2e:	5f                   	pop    %edi
  800f2f:	5d                   	pop    %ebp
  800f30:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f31:	83 ec 0c             	sub    $0xc,%esp
  800f34:	50                   	push   %eax
  800f35:	6a 03                	push   $0x3
  800f37:	68 84 14 80 00       	push   $0x801484
  800f3c:	6a 1f                	push   $0x1f
  800f3e:	68 a1 14 80 00       	push   $0x8014a1
  800f43:	e8 ed 01 00 00       	call   801135 <_panic>

00800f48 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800f48:	55                   	push   %ebp
  800f49:	89 e5                	mov    %esp,%ebp
  800f4b:	57                   	push   %edi
  800f4c:	56                   	push   %esi
  800f4d:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f4e:	ba 00 00 00 00       	mov    $0x0,%edx
  800f53:	b8 02 00 00 00       	mov    $0x2,%eax
  800f58:	89 d1                	mov    %edx,%ecx
  800f5a:	89 d3                	mov    %edx,%ebx
  800f5c:	89 d7                	mov    %edx,%edi
  800f5e:	89 d6                	mov    %edx,%esi
  800f60:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800f62:	5b                   	pop    %ebx
  800f63:	5e                   	pop    %esi
  800f64:	5f                   	pop    %edi
  800f65:	5d                   	pop    %ebp
  800f66:	c3                   	ret

00800f67 <sys_yield>:

void
sys_yield(void)
{
  800f67:	55                   	push   %ebp
  800f68:	89 e5                	mov    %esp,%ebp
  800f6a:	57                   	push   %edi
  800f6b:	56                   	push   %esi
  800f6c:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f6d:	ba 00 00 00 00       	mov    $0x0,%edx
  800f72:	b8 0a 00 00 00       	mov    $0xa,%eax
  800f77:	89 d1                	mov    %edx,%ecx
  800f79:	89 d3                	mov    %edx,%ebx
  800f7b:	89 d7                	mov    %edx,%edi
  800f7d:	89 d6                	mov    %edx,%esi
  800f7f:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800f81:	5b                   	pop    %ebx
  800f82:	5e                   	pop    %esi
  800f83:	5f                   	pop    %edi
  800f84:	5d                   	pop    %ebp
  800f85:	c3                   	ret

00800f86 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800f86:	55                   	push   %ebp
  800f87:	89 e5                	mov    %esp,%ebp
  800f89:	57                   	push   %edi
  800f8a:	56                   	push   %esi
  800f8b:	53                   	push   %ebx
  800f8c:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f8f:	be 00 00 00 00       	mov    $0x0,%esi
  800f94:	8b 55 08             	mov    0x8(%ebp),%edx
  800f97:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f9a:	b8 04 00 00 00       	mov    $0x4,%eax
  800f9f:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fa2:	89 f7                	mov    %esi,%edi
  800fa4:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fa6:	85 c0                	test   %eax,%eax
  800fa8:	7f 08                	jg     800fb2 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
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
  800fb6:	6a 04                	push   $0x4
  800fb8:	68 84 14 80 00       	push   $0x801484
  800fbd:	6a 1f                	push   $0x1f
  800fbf:	68 a1 14 80 00       	push   $0x8014a1
  800fc4:	e8 6c 01 00 00       	call   801135 <_panic>

00800fc9 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800fc9:	55                   	push   %ebp
  800fca:	89 e5                	mov    %esp,%ebp
  800fcc:	57                   	push   %edi
  800fcd:	56                   	push   %esi
  800fce:	53                   	push   %ebx
  800fcf:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fd2:	8b 55 08             	mov    0x8(%ebp),%edx
  800fd5:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fd8:	b8 05 00 00 00       	mov    $0x5,%eax
  800fdd:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fe0:	8b 7d 14             	mov    0x14(%ebp),%edi
  800fe3:	8b 75 18             	mov    0x18(%ebp),%esi
  800fe6:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fe8:	85 c0                	test   %eax,%eax
  800fea:	7f 08                	jg     800ff4 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800fec:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fef:	5b                   	pop    %ebx
  800ff0:	5e                   	pop    %esi
  800ff1:	5f                   	pop    %edi
  800ff2:	5d                   	pop    %ebp
  800ff3:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ff4:	83 ec 0c             	sub    $0xc,%esp
  800ff7:	50                   	push   %eax
  800ff8:	6a 05                	push   $0x5
  800ffa:	68 84 14 80 00       	push   $0x801484
  800fff:	6a 1f                	push   $0x1f
  801001:	68 a1 14 80 00       	push   $0x8014a1
  801006:	e8 2a 01 00 00       	call   801135 <_panic>

0080100b <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  80100b:	55                   	push   %ebp
  80100c:	89 e5                	mov    %esp,%ebp
  80100e:	57                   	push   %edi
  80100f:	56                   	push   %esi
  801010:	53                   	push   %ebx
  801011:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801014:	bb 00 00 00 00       	mov    $0x0,%ebx
  801019:	8b 55 08             	mov    0x8(%ebp),%edx
  80101c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80101f:	b8 06 00 00 00       	mov    $0x6,%eax
  801024:	89 df                	mov    %ebx,%edi
  801026:	89 de                	mov    %ebx,%esi
  801028:	cd 30                	int    $0x30
	if (check && ret > 0)
  80102a:	85 c0                	test   %eax,%eax
  80102c:	7f 08                	jg     801036 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  80102e:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801031:	5b                   	pop    %ebx
  801032:	5e                   	pop    %esi
  801033:	5f                   	pop    %edi
  801034:	5d                   	pop    %ebp
  801035:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801036:	83 ec 0c             	sub    $0xc,%esp
  801039:	50                   	push   %eax
  80103a:	6a 06                	push   $0x6
  80103c:	68 84 14 80 00       	push   $0x801484
  801041:	6a 1f                	push   $0x1f
  801043:	68 a1 14 80 00       	push   $0x8014a1
  801048:	e8 e8 00 00 00       	call   801135 <_panic>

0080104d <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  80104d:	55                   	push   %ebp
  80104e:	89 e5                	mov    %esp,%ebp
  801050:	57                   	push   %edi
  801051:	56                   	push   %esi
  801052:	53                   	push   %ebx
  801053:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801056:	bb 00 00 00 00       	mov    $0x0,%ebx
  80105b:	8b 55 08             	mov    0x8(%ebp),%edx
  80105e:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801061:	b8 08 00 00 00       	mov    $0x8,%eax
  801066:	89 df                	mov    %ebx,%edi
  801068:	89 de                	mov    %ebx,%esi
  80106a:	cd 30                	int    $0x30
	if (check && ret > 0)
  80106c:	85 c0                	test   %eax,%eax
  80106e:	7f 08                	jg     801078 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  801070:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801073:	5b                   	pop    %ebx
  801074:	5e                   	pop    %esi
  801075:	5f                   	pop    %edi
  801076:	5d                   	pop    %ebp
  801077:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801078:	83 ec 0c             	sub    $0xc,%esp
  80107b:	50                   	push   %eax
  80107c:	6a 08                	push   $0x8
  80107e:	68 84 14 80 00       	push   $0x801484
  801083:	6a 1f                	push   $0x1f
  801085:	68 a1 14 80 00       	push   $0x8014a1
  80108a:	e8 a6 00 00 00       	call   801135 <_panic>

0080108f <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  80108f:	55                   	push   %ebp
  801090:	89 e5                	mov    %esp,%ebp
  801092:	57                   	push   %edi
  801093:	56                   	push   %esi
  801094:	53                   	push   %ebx
  801095:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801098:	bb 00 00 00 00       	mov    $0x0,%ebx
  80109d:	8b 55 08             	mov    0x8(%ebp),%edx
  8010a0:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010a3:	b8 09 00 00 00       	mov    $0x9,%eax
  8010a8:	89 df                	mov    %ebx,%edi
  8010aa:	89 de                	mov    %ebx,%esi
  8010ac:	cd 30                	int    $0x30
	if (check && ret > 0)
  8010ae:	85 c0                	test   %eax,%eax
  8010b0:	7f 08                	jg     8010ba <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  8010b2:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8010b5:	5b                   	pop    %ebx
  8010b6:	5e                   	pop    %esi
  8010b7:	5f                   	pop    %edi
  8010b8:	5d                   	pop    %ebp
  8010b9:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8010ba:	83 ec 0c             	sub    $0xc,%esp
  8010bd:	50                   	push   %eax
  8010be:	6a 09                	push   $0x9
  8010c0:	68 84 14 80 00       	push   $0x801484
  8010c5:	6a 1f                	push   $0x1f
  8010c7:	68 a1 14 80 00       	push   $0x8014a1
  8010cc:	e8 64 00 00 00       	call   801135 <_panic>

008010d1 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8010d1:	55                   	push   %ebp
  8010d2:	89 e5                	mov    %esp,%ebp
  8010d4:	57                   	push   %edi
  8010d5:	56                   	push   %esi
  8010d6:	53                   	push   %ebx
	asm volatile("int %1\n"
  8010d7:	8b 55 08             	mov    0x8(%ebp),%edx
  8010da:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010dd:	b8 0b 00 00 00       	mov    $0xb,%eax
  8010e2:	be 00 00 00 00       	mov    $0x0,%esi
  8010e7:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8010ea:	8b 7d 14             	mov    0x14(%ebp),%edi
  8010ed:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8010ef:	5b                   	pop    %ebx
  8010f0:	5e                   	pop    %esi
  8010f1:	5f                   	pop    %edi
  8010f2:	5d                   	pop    %ebp
  8010f3:	c3                   	ret

008010f4 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8010f4:	55                   	push   %ebp
  8010f5:	89 e5                	mov    %esp,%ebp
  8010f7:	57                   	push   %edi
  8010f8:	56                   	push   %esi
  8010f9:	53                   	push   %ebx
  8010fa:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8010fd:	b9 00 00 00 00       	mov    $0x0,%ecx
  801102:	8b 55 08             	mov    0x8(%ebp),%edx
  801105:	b8 0c 00 00 00       	mov    $0xc,%eax
  80110a:	89 cb                	mov    %ecx,%ebx
  80110c:	89 cf                	mov    %ecx,%edi
  80110e:	89 ce                	mov    %ecx,%esi
  801110:	cd 30                	int    $0x30
	if (check && ret > 0)
  801112:	85 c0                	test   %eax,%eax
  801114:	7f 08                	jg     80111e <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  801116:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801119:	5b                   	pop    %ebx
  80111a:	5e                   	pop    %esi
  80111b:	5f                   	pop    %edi
  80111c:	5d                   	pop    %ebp
  80111d:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80111e:	83 ec 0c             	sub    $0xc,%esp
  801121:	50                   	push   %eax
  801122:	6a 0c                	push   $0xc
  801124:	68 84 14 80 00       	push   $0x801484
  801129:	6a 1f                	push   $0x1f
  80112b:	68 a1 14 80 00       	push   $0x8014a1
  801130:	e8 00 00 00 00       	call   801135 <_panic>

00801135 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  801135:	55                   	push   %ebp
  801136:	89 e5                	mov    %esp,%ebp
  801138:	56                   	push   %esi
  801139:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  80113a:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  80113d:	8b 35 00 20 80 00    	mov    0x802000,%esi
  801143:	e8 00 fe ff ff       	call   800f48 <sys_getenvid>
  801148:	83 ec 0c             	sub    $0xc,%esp
  80114b:	ff 75 0c             	push   0xc(%ebp)
  80114e:	ff 75 08             	push   0x8(%ebp)
  801151:	56                   	push   %esi
  801152:	50                   	push   %eax
  801153:	68 b0 14 80 00       	push   $0x8014b0
  801158:	e8 50 f7 ff ff       	call   8008ad <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  80115d:	83 c4 18             	add    $0x18,%esp
  801160:	53                   	push   %ebx
  801161:	ff 75 10             	push   0x10(%ebp)
  801164:	e8 56 00 00 00       	call   8011bf <vcprintf>
	cprintf("\n");
  801169:	c7 04 24 34 12 80 00 	movl   $0x801234,(%esp)
  801170:	e8 38 f7 ff ff       	call   8008ad <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  801175:	cc                   	int3
  801176:	83 c4 10             	add    $0x10,%esp
	for (;;)
  801179:	eb fe                	jmp    801179 <_panic+0x44>

0080117b <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  80117b:	55                   	push   %ebp
  80117c:	89 e5                	mov    %esp,%ebp
  80117e:	53                   	push   %ebx
  80117f:	83 ec 04             	sub    $0x4,%esp
  801182:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  801185:	8b 13                	mov    (%ebx),%edx
  801187:	8d 42 01             	lea    0x1(%edx),%eax
  80118a:	89 03                	mov    %eax,(%ebx)
  80118c:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80118f:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  801193:	3d 00 01 00 00       	cmp    $0x100,%eax
  801198:	74 09                	je     8011a3 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  80119a:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  80119e:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8011a1:	c9                   	leave
  8011a2:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8011a3:	83 ec 08             	sub    $0x8,%esp
  8011a6:	68 00 01 00 00       	push   $0x100
  8011ab:	8d 43 08             	lea    0x8(%ebx),%eax
  8011ae:	50                   	push   %eax
  8011af:	e8 16 fd ff ff       	call   800eca <sys_cputs>
		b->idx = 0;
  8011b4:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8011ba:	83 c4 10             	add    $0x10,%esp
  8011bd:	eb db                	jmp    80119a <putch+0x1f>

008011bf <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8011bf:	55                   	push   %ebp
  8011c0:	89 e5                	mov    %esp,%ebp
  8011c2:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8011c8:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8011cf:	00 00 00 
	b.cnt = 0;
  8011d2:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8011d9:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8011dc:	ff 75 0c             	push   0xc(%ebp)
  8011df:	ff 75 08             	push   0x8(%ebp)
  8011e2:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8011e8:	50                   	push   %eax
  8011e9:	68 7b 11 80 00       	push   $0x80117b
  8011ee:	e8 67 f0 ff ff       	call   80025a <vprintfmt>
	if (b->idx > 0) {
  8011f3:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8011f9:	83 c4 10             	add    $0x10,%esp
  8011fc:	85 c0                	test   %eax,%eax
  8011fe:	7f 08                	jg     801208 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  801200:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  801206:	c9                   	leave
  801207:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  801208:	83 ec 08             	sub    $0x8,%esp
  80120b:	50                   	push   %eax
  80120c:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  801212:	50                   	push   %eax
  801213:	e8 b2 fc ff ff       	call   800eca <sys_cputs>
  801218:	83 c4 10             	add    $0x10,%esp
  80121b:	eb e3                	jmp    801200 <vcprintf+0x41>
