
obj-walkfork/user/sieve:     file format elf32-i386


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
  80002c:	e8 cb 00 00 00       	call   8000fc <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <umain>:
	return h ^ count;
}

void
umain(int argc, char **argv)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	57                   	push   %edi
  800037:	56                   	push   %esi
  800038:	53                   	push   %ebx
  800039:	83 ec 0c             	sub    $0xc,%esp
	uint32_t r, sum = 0;
  80003c:	bb 00 00 00 00       	mov    $0x0,%ebx

	for (r = 0; r < BENCH_ROUNDS; r++)
  800041:	bf 00 00 00 00       	mov    $0x0,%edi
  800046:	eb 79                	jmp    8000c1 <umain+0x8e>
				composite[j] = 1;
  800048:	c6 80 00 40 80 00 01 	movb   $0x1,0x804000(%eax)
			for (j = i * i; j < SIEVE_N; j += i)
  80004f:	01 d0                	add    %edx,%eax
  800051:	3d bf 27 09 00       	cmp    $0x927bf,%eax
  800056:	76 f0                	jbe    800048 <umain+0x15>
	for (i = 2; i * i < SIEVE_N; i++)
  800058:	83 c2 01             	add    $0x1,%edx
  80005b:	89 d0                	mov    %edx,%eax
  80005d:	0f af c2             	imul   %edx,%eax
  800060:	3d bf 27 09 00       	cmp    $0x927bf,%eax
  800065:	77 12                	ja     800079 <umain+0x46>
		if (!composite[i])
  800067:	80 ba 00 40 80 00 00 	cmpb   $0x0,0x804000(%edx)
  80006e:	75 e8                	jne    800058 <umain+0x25>
			for (j = i * i; j < SIEVE_N; j += i)
  800070:	3d bf 27 09 00       	cmp    $0x927bf,%eax
  800075:	76 d1                	jbe    800048 <umain+0x15>
  800077:	eb df                	jmp    800058 <umain+0x25>
	uint32_t i, j, h = 0, count = 0;
  800079:	b9 00 00 00 00       	mov    $0x0,%ecx
  80007e:	be 00 00 00 00       	mov    $0x0,%esi
	for (i = 2; i < SIEVE_N; i++)
  800083:	b8 02 00 00 00       	mov    $0x2,%eax
  800088:	eb 0a                	jmp    800094 <umain+0x61>
  80008a:	83 c0 01             	add    $0x1,%eax
  80008d:	3d c0 27 09 00       	cmp    $0x927c0,%eax
  800092:	74 18                	je     8000ac <umain+0x79>
		if (!composite[i]) {
  800094:	80 b8 00 40 80 00 00 	cmpb   $0x0,0x804000(%eax)
  80009b:	75 ed                	jne    80008a <umain+0x57>
			count++;
  80009d:	83 c6 01             	add    $0x1,%esi
			h = h * 31 + i;
  8000a0:	89 ca                	mov    %ecx,%edx
  8000a2:	c1 e2 05             	shl    $0x5,%edx
  8000a5:	29 ca                	sub    %ecx,%edx
  8000a7:	8d 0c 02             	lea    (%edx,%eax,1),%ecx
  8000aa:	eb de                	jmp    80008a <umain+0x57>
	return h ^ count;
  8000ac:	31 f1                	xor    %esi,%ecx
		sum = (sum ^ sieve_once()) * 0x01000193 + r;
  8000ae:	31 d9                	xor    %ebx,%ecx
  8000b0:	69 c1 93 01 00 01    	imul   $0x1000193,%ecx,%eax
  8000b6:	8d 1c 38             	lea    (%eax,%edi,1),%ebx
	for (r = 0; r < BENCH_ROUNDS; r++)
  8000b9:	83 c7 01             	add    $0x1,%edi
  8000bc:	83 ff 64             	cmp    $0x64,%edi
  8000bf:	74 22                	je     8000e3 <umain+0xb0>
	for (i = 0; i < SIEVE_N; i++)
  8000c1:	b8 00 00 00 00       	mov    $0x0,%eax
		composite[i] = 0;
  8000c6:	c6 80 00 40 80 00 00 	movb   $0x0,0x804000(%eax)
	for (i = 0; i < SIEVE_N; i++)
  8000cd:	83 c0 01             	add    $0x1,%eax
  8000d0:	3d c0 27 09 00       	cmp    $0x927c0,%eax
  8000d5:	75 ef                	jne    8000c6 <umain+0x93>
	for (i = 2; i * i < SIEVE_N; i++)
  8000d7:	b8 04 00 00 00       	mov    $0x4,%eax
  8000dc:	ba 02 00 00 00       	mov    $0x2,%edx
  8000e1:	eb 84                	jmp    800067 <umain+0x34>
	cprintf("sieve: checksum %08x\n", sum);
  8000e3:	83 ec 08             	sub    $0x8,%esp
  8000e6:	53                   	push   %ebx
  8000e7:	68 60 11 80 00       	push   $0x801160
  8000ec:	e8 f0 06 00 00       	call   8007e1 <cprintf>
}
  8000f1:	83 c4 10             	add    $0x10,%esp
  8000f4:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8000f7:	5b                   	pop    %ebx
  8000f8:	5e                   	pop    %esi
  8000f9:	5f                   	pop    %edi
  8000fa:	5d                   	pop    %ebp
  8000fb:	c3                   	ret

008000fc <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8000fc:	55                   	push   %ebp
  8000fd:	89 e5                	mov    %esp,%ebp
  8000ff:	56                   	push   %esi
  800100:	53                   	push   %ebx
  800101:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800104:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  800107:	e8 70 0d 00 00       	call   800e7c <sys_getenvid>
  80010c:	25 ff 03 00 00       	and    $0x3ff,%eax
  800111:	6b c0 7c             	imul   $0x7c,%eax,%eax
  800114:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  800119:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  80011e:	85 db                	test   %ebx,%ebx
  800120:	7e 07                	jle    800129 <libmain+0x2d>
		binaryname = argv[0];
  800122:	8b 06                	mov    (%esi),%eax
  800124:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800129:	83 ec 08             	sub    $0x8,%esp
  80012c:	56                   	push   %esi
  80012d:	53                   	push   %ebx
  80012e:	e8 00 ff ff ff       	call   800033 <umain>

	exit();
  800133:	e8 0a 00 00 00       	call   800142 <exit>
}
  800138:	83 c4 10             	add    $0x10,%esp
  80013b:	8d 65 f8             	lea    -0x8(%ebp),%esp
  80013e:	5b                   	pop    %ebx
  80013f:	5e                   	pop    %esi
  800140:	5d                   	pop    %ebp
  800141:	c3                   	ret

00800142 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  800142:	55                   	push   %ebp
  800143:	89 e5                	mov    %esp,%ebp
  800145:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800148:	6a 00                	push   $0x0
  80014a:	e8 ec 0c 00 00       	call   800e3b <sys_env_destroy>
}
  80014f:	83 c4 10             	add    $0x10,%esp
  800152:	c9                   	leave
  800153:	c3                   	ret

00800154 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  800154:	55                   	push   %ebp
  800155:	89 e5                	mov    %esp,%ebp
  800157:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  80015a:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  80015e:	8b 10                	mov    (%eax),%edx
  800160:	3b 50 04             	cmp    0x4(%eax),%edx
  800163:	73 0a                	jae    80016f <sprintputch+0x1b>
		*b->buf++ = ch;
  800165:	8d 4a 01             	lea    0x1(%edx),%ecx
  800168:	89 08                	mov    %ecx,(%eax)
  80016a:	8b 45 08             	mov    0x8(%ebp),%eax
  80016d:	88 02                	mov    %al,(%edx)
}
  80016f:	5d                   	pop    %ebp
  800170:	c3                   	ret

00800171 <printfmt>:
{
  800171:	55                   	push   %ebp
  800172:	89 e5                	mov    %esp,%ebp
  800174:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800177:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  80017a:	50                   	push   %eax
  80017b:	ff 75 10             	push   0x10(%ebp)
  80017e:	ff 75 0c             	push   0xc(%ebp)
  800181:	ff 75 08             	push   0x8(%ebp)
  800184:	e8 05 00 00 00       	call   80018e <vprintfmt>
}
  800189:	83 c4 10             	add    $0x10,%esp
  80018c:	c9                   	leave
  80018d:	c3                   	ret

0080018e <vprintfmt>:
{
  80018e:	55                   	push   %ebp
  80018f:	89 e5                	mov    %esp,%ebp
  800191:	57                   	push   %edi
  800192:	56                   	push   %esi
  800193:	53                   	push   %ebx
  800194:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800197:	8b 45 10             	mov    0x10(%ebp),%eax
  80019a:	8d 58 01             	lea    0x1(%eax),%ebx
  80019d:	0f b6 00             	movzbl (%eax),%eax
  8001a0:	83 f8 25             	cmp    $0x25,%eax
  8001a3:	74 24                	je     8001c9 <vprintfmt+0x3b>
  8001a5:	8b 75 08             	mov    0x8(%ebp),%esi
  8001a8:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  8001ab:	85 c0                	test   %eax,%eax
  8001ad:	0f 84 d8 05 00 00    	je     80078b <vprintfmt+0x5fd>
			putch(ch, putdat);
  8001b3:	83 ec 08             	sub    $0x8,%esp
  8001b6:	57                   	push   %edi
  8001b7:	50                   	push   %eax
  8001b8:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  8001ba:	83 c3 01             	add    $0x1,%ebx
  8001bd:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  8001c1:	83 c4 10             	add    $0x10,%esp
  8001c4:	83 f8 25             	cmp    $0x25,%eax
  8001c7:	75 e2                	jne    8001ab <vprintfmt+0x1d>
		padc = ' ';
  8001c9:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  8001cd:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  8001d2:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  8001d9:	b9 00 00 00 00       	mov    $0x0,%ecx
  8001de:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8001e0:	8d 53 01             	lea    0x1(%ebx),%edx
  8001e3:	0f b6 0b             	movzbl (%ebx),%ecx
  8001e6:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8001e9:	3c 55                	cmp    $0x55,%al
  8001eb:	0f 87 21 05 00 00    	ja     800712 <vprintfmt+0x584>
  8001f1:	0f b6 c0             	movzbl %al,%eax
  8001f4:	ff 24 85 40 12 80 00 	jmp    *0x801240(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8001fb:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8001fe:	eb 97                	jmp    800197 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  800200:	89 d3                	mov    %edx,%ebx
			padc = '-';
  800202:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  800206:	eb d8                	jmp    8001e0 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800208:	89 d3                	mov    %edx,%ebx
  80020a:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  80020e:	eb d0                	jmp    8001e0 <vprintfmt+0x52>
  800210:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  800213:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  800216:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  80021a:	8d 48 d0             	lea    -0x30(%eax),%ecx
  80021d:	83 f9 09             	cmp    $0x9,%ecx
  800220:	77 54                	ja     800276 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  800222:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  800225:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  800228:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  80022c:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  80022f:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800232:	83 f9 09             	cmp    $0x9,%ecx
  800235:	76 eb                	jbe    800222 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  800237:	89 d3                	mov    %edx,%ebx
  800239:	eb 0d                	jmp    800248 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  80023b:	8b 45 14             	mov    0x14(%ebp),%eax
  80023e:	8b 38                	mov    (%eax),%edi
  800240:	8d 40 04             	lea    0x4(%eax),%eax
  800243:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800246:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  800248:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80024c:	79 92                	jns    8001e0 <vprintfmt+0x52>
				width = precision, precision = -1;
  80024e:	89 7d ac             	mov    %edi,-0x54(%ebp)
  800251:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  800256:	eb 88                	jmp    8001e0 <vprintfmt+0x52>
			if (width < 0)
  800258:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  80025b:	85 c9                	test   %ecx,%ecx
  80025d:	b8 00 00 00 00       	mov    $0x0,%eax
  800262:	0f 49 c1             	cmovns %ecx,%eax
  800265:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800268:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80026a:	e9 71 ff ff ff       	jmp    8001e0 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80026f:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800271:	e9 6a ff ff ff       	jmp    8001e0 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800276:	89 d3                	mov    %edx,%ebx
  800278:	eb ce                	jmp    800248 <vprintfmt+0xba>
			lflag++;
  80027a:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80027d:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80027f:	e9 5c ff ff ff       	jmp    8001e0 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800284:	89 55 10             	mov    %edx,0x10(%ebp)
  800287:	8b 45 14             	mov    0x14(%ebp),%eax
  80028a:	8d 58 04             	lea    0x4(%eax),%ebx
  80028d:	83 ec 08             	sub    $0x8,%esp
  800290:	ff 75 0c             	push   0xc(%ebp)
  800293:	ff 30                	push   (%eax)
  800295:	ff 55 08             	call   *0x8(%ebp)
			break;
  800298:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  80029b:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  80029e:	e9 f4 fe ff ff       	jmp    800197 <vprintfmt+0x9>
			err = va_arg(ap, int);
  8002a3:	89 55 10             	mov    %edx,0x10(%ebp)
  8002a6:	8b 45 14             	mov    0x14(%ebp),%eax
  8002a9:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  8002ac:	8b 10                	mov    (%eax),%edx
  8002ae:	89 d0                	mov    %edx,%eax
  8002b0:	f7 d8                	neg    %eax
  8002b2:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  8002b5:	83 f8 08             	cmp    $0x8,%eax
  8002b8:	7f 27                	jg     8002e1 <vprintfmt+0x153>
  8002ba:	8b 14 85 a0 13 80 00 	mov    0x8013a0(,%eax,4),%edx
  8002c1:	85 d2                	test   %edx,%edx
  8002c3:	74 1c                	je     8002e1 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  8002c5:	52                   	push   %edx
  8002c6:	68 90 11 80 00       	push   $0x801190
  8002cb:	ff 75 0c             	push   0xc(%ebp)
  8002ce:	ff 75 08             	push   0x8(%ebp)
  8002d1:	e8 9b fe ff ff       	call   800171 <printfmt>
  8002d6:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8002d9:	89 5d 14             	mov    %ebx,0x14(%ebp)
  8002dc:	e9 b6 fe ff ff       	jmp    800197 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  8002e1:	50                   	push   %eax
  8002e2:	68 87 11 80 00       	push   $0x801187
  8002e7:	ff 75 0c             	push   0xc(%ebp)
  8002ea:	ff 75 08             	push   0x8(%ebp)
  8002ed:	e8 7f fe ff ff       	call   800171 <printfmt>
  8002f2:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8002f5:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8002f8:	e9 9a fe ff ff       	jmp    800197 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8002fd:	89 55 10             	mov    %edx,0x10(%ebp)
  800300:	8b 45 14             	mov    0x14(%ebp),%eax
  800303:	83 c0 04             	add    $0x4,%eax
  800306:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800309:	8b 45 14             	mov    0x14(%ebp),%eax
  80030c:	8b 30                	mov    (%eax),%esi
  80030e:	85 f6                	test   %esi,%esi
  800310:	0f 84 53 04 00 00    	je     800769 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  800316:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80031a:	7e 06                	jle    800322 <vprintfmt+0x194>
  80031c:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800320:	75 1b                	jne    80033d <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800322:	8d 5e 01             	lea    0x1(%esi),%ebx
  800325:	0f be 06             	movsbl (%esi),%eax
  800328:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80032b:	85 c0                	test   %eax,%eax
  80032d:	0f 85 80 00 00 00    	jne    8003b3 <vprintfmt+0x225>
  800333:	e9 8c 00 00 00       	jmp    8003c4 <vprintfmt+0x236>
				p = "(null)";
  800338:	be 80 11 80 00       	mov    $0x801180,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  80033d:	83 ec 08             	sub    $0x8,%esp
  800340:	57                   	push   %edi
  800341:	56                   	push   %esi
  800342:	e8 ea 04 00 00       	call   800831 <strnlen>
  800347:	29 45 ac             	sub    %eax,-0x54(%ebp)
  80034a:	8b 55 ac             	mov    -0x54(%ebp),%edx
  80034d:	83 c4 10             	add    $0x10,%esp
  800350:	85 d2                	test   %edx,%edx
  800352:	0f 8e f5 03 00 00    	jle    80074d <vprintfmt+0x5bf>
					putch(padc, putdat);
  800358:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  80035c:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  80035f:	89 d6                	mov    %edx,%esi
  800361:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800364:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800367:	83 ec 08             	sub    $0x8,%esp
  80036a:	57                   	push   %edi
  80036b:	53                   	push   %ebx
  80036c:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  80036f:	83 c4 10             	add    $0x10,%esp
  800372:	83 ee 01             	sub    $0x1,%esi
  800375:	75 f0                	jne    800367 <vprintfmt+0x1d9>
  800377:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80037a:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  80037d:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800380:	8d 5e 01             	lea    0x1(%esi),%ebx
  800383:	0f be 06             	movsbl (%esi),%eax
  800386:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800389:	85 c0                	test   %eax,%eax
  80038b:	75 26                	jne    8003b3 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  80038d:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800390:	89 45 14             	mov    %eax,0x14(%ebp)
  800393:	e9 ff fd ff ff       	jmp    800197 <vprintfmt+0x9>
				putch(ch, putdat);
  800398:	83 ec 08             	sub    $0x8,%esp
  80039b:	ff 75 0c             	push   0xc(%ebp)
  80039e:	50                   	push   %eax
  80039f:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8003a2:	83 ee 01             	sub    $0x1,%esi
  8003a5:	83 c3 01             	add    $0x1,%ebx
  8003a8:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  8003ac:	83 c4 10             	add    $0x10,%esp
  8003af:	85 c0                	test   %eax,%eax
  8003b1:	74 0e                	je     8003c1 <vprintfmt+0x233>
  8003b3:	85 ff                	test   %edi,%edi
  8003b5:	78 e1                	js     800398 <vprintfmt+0x20a>
  8003b7:	83 ef 01             	sub    $0x1,%edi
  8003ba:	79 dc                	jns    800398 <vprintfmt+0x20a>
  8003bc:	89 75 ac             	mov    %esi,-0x54(%ebp)
  8003bf:	eb 03                	jmp    8003c4 <vprintfmt+0x236>
  8003c1:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  8003c4:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8003c8:	7e 24                	jle    8003ee <vprintfmt+0x260>
  8003ca:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  8003cd:	8b 75 08             	mov    0x8(%ebp),%esi
  8003d0:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  8003d3:	83 ec 08             	sub    $0x8,%esp
  8003d6:	57                   	push   %edi
  8003d7:	6a 20                	push   $0x20
  8003d9:	ff d6                	call   *%esi
			for (; width > 0; width--)
  8003db:	83 c4 10             	add    $0x10,%esp
  8003de:	83 eb 01             	sub    $0x1,%ebx
  8003e1:	75 f0                	jne    8003d3 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  8003e3:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8003e6:	89 45 14             	mov    %eax,0x14(%ebp)
  8003e9:	e9 a9 fd ff ff       	jmp    800197 <vprintfmt+0x9>
  8003ee:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8003f1:	89 45 14             	mov    %eax,0x14(%ebp)
  8003f4:	e9 9e fd ff ff       	jmp    800197 <vprintfmt+0x9>
	if (lflag >= 2)
  8003f9:	89 55 10             	mov    %edx,0x10(%ebp)
  8003fc:	83 fe 01             	cmp    $0x1,%esi
  8003ff:	7f 1b                	jg     80041c <vprintfmt+0x28e>
	else if (lflag)
  800401:	85 f6                	test   %esi,%esi
  800403:	74 39                	je     80043e <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  800405:	8b 45 14             	mov    0x14(%ebp),%eax
  800408:	8b 00                	mov    (%eax),%eax
  80040a:	89 c6                	mov    %eax,%esi
  80040c:	89 c7                	mov    %eax,%edi
  80040e:	c1 ff 1f             	sar    $0x1f,%edi
  800411:	8b 45 14             	mov    0x14(%ebp),%eax
  800414:	8d 40 04             	lea    0x4(%eax),%eax
  800417:	89 45 14             	mov    %eax,0x14(%ebp)
  80041a:	eb 0e                	jmp    80042a <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  80041c:	8b 45 14             	mov    0x14(%ebp),%eax
  80041f:	8b 30                	mov    (%eax),%esi
  800421:	8b 78 04             	mov    0x4(%eax),%edi
  800424:	8d 40 08             	lea    0x8(%eax),%eax
  800427:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  80042a:	85 ff                	test   %edi,%edi
  80042c:	78 27                	js     800455 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  80042e:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800431:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  800434:	b8 0a 00 00 00       	mov    $0xa,%eax
  800439:	e9 53 01 00 00       	jmp    800591 <vprintfmt+0x403>
		return va_arg(*ap, int);
  80043e:	8b 45 14             	mov    0x14(%ebp),%eax
  800441:	8b 00                	mov    (%eax),%eax
  800443:	89 c6                	mov    %eax,%esi
  800445:	89 c7                	mov    %eax,%edi
  800447:	c1 ff 1f             	sar    $0x1f,%edi
  80044a:	8b 45 14             	mov    0x14(%ebp),%eax
  80044d:	8d 40 04             	lea    0x4(%eax),%eax
  800450:	89 45 14             	mov    %eax,0x14(%ebp)
  800453:	eb d5                	jmp    80042a <vprintfmt+0x29c>
				putch('-', putdat);
  800455:	83 ec 08             	sub    $0x8,%esp
  800458:	ff 75 0c             	push   0xc(%ebp)
  80045b:	6a 2d                	push   $0x2d
  80045d:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800460:	f7 de                	neg    %esi
  800462:	83 d7 00             	adc    $0x0,%edi
  800465:	f7 df                	neg    %edi
  800467:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80046a:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  80046d:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800470:	b8 0a 00 00 00       	mov    $0xa,%eax
  800475:	e9 17 01 00 00       	jmp    800591 <vprintfmt+0x403>
	if (lflag >= 2)
  80047a:	89 55 10             	mov    %edx,0x10(%ebp)
  80047d:	83 fe 01             	cmp    $0x1,%esi
  800480:	7f 27                	jg     8004a9 <vprintfmt+0x31b>
	else if (lflag)
  800482:	85 f6                	test   %esi,%esi
  800484:	74 44                	je     8004ca <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800486:	8b 45 14             	mov    0x14(%ebp),%eax
  800489:	8b 00                	mov    (%eax),%eax
  80048b:	ba 00 00 00 00       	mov    $0x0,%edx
  800490:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800493:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800496:	8b 45 14             	mov    0x14(%ebp),%eax
  800499:	8d 40 04             	lea    0x4(%eax),%eax
  80049c:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  80049f:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  8004a4:	e9 e8 00 00 00       	jmp    800591 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8004a9:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ac:	8b 50 04             	mov    0x4(%eax),%edx
  8004af:	8b 00                	mov    (%eax),%eax
  8004b1:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004b4:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004b7:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ba:	8d 40 08             	lea    0x8(%eax),%eax
  8004bd:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8004c0:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  8004c5:	e9 c7 00 00 00       	jmp    800591 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8004ca:	8b 45 14             	mov    0x14(%ebp),%eax
  8004cd:	8b 00                	mov    (%eax),%eax
  8004cf:	ba 00 00 00 00       	mov    $0x0,%edx
  8004d4:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004d7:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004da:	8b 45 14             	mov    0x14(%ebp),%eax
  8004dd:	8d 40 04             	lea    0x4(%eax),%eax
  8004e0:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8004e3:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8004e8:	e9 a4 00 00 00       	jmp    800591 <vprintfmt+0x403>
	if (lflag >= 2)
  8004ed:	89 55 10             	mov    %edx,0x10(%ebp)
  8004f0:	83 fe 01             	cmp    $0x1,%esi
  8004f3:	7f 24                	jg     800519 <vprintfmt+0x38b>
	else if (lflag)
  8004f5:	85 f6                	test   %esi,%esi
  8004f7:	74 3e                	je     800537 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8004f9:	8b 45 14             	mov    0x14(%ebp),%eax
  8004fc:	8b 00                	mov    (%eax),%eax
  8004fe:	ba 00 00 00 00       	mov    $0x0,%edx
  800503:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800506:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800509:	8b 45 14             	mov    0x14(%ebp),%eax
  80050c:	8d 40 04             	lea    0x4(%eax),%eax
  80050f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800512:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  800517:	eb 78                	jmp    800591 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800519:	8b 45 14             	mov    0x14(%ebp),%eax
  80051c:	8b 50 04             	mov    0x4(%eax),%edx
  80051f:	8b 00                	mov    (%eax),%eax
  800521:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800524:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800527:	8b 45 14             	mov    0x14(%ebp),%eax
  80052a:	8d 40 08             	lea    0x8(%eax),%eax
  80052d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800530:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  800535:	eb 5a                	jmp    800591 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800537:	8b 45 14             	mov    0x14(%ebp),%eax
  80053a:	8b 00                	mov    (%eax),%eax
  80053c:	ba 00 00 00 00       	mov    $0x0,%edx
  800541:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800544:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800547:	8b 45 14             	mov    0x14(%ebp),%eax
  80054a:	8d 40 04             	lea    0x4(%eax),%eax
  80054d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800550:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  800555:	eb 3a                	jmp    800591 <vprintfmt+0x403>
			putch('0', putdat);
  800557:	89 55 10             	mov    %edx,0x10(%ebp)
  80055a:	83 ec 08             	sub    $0x8,%esp
  80055d:	ff 75 0c             	push   0xc(%ebp)
  800560:	6a 30                	push   $0x30
  800562:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  800565:	83 c4 08             	add    $0x8,%esp
  800568:	ff 75 0c             	push   0xc(%ebp)
  80056b:	6a 78                	push   $0x78
  80056d:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800570:	8b 45 14             	mov    0x14(%ebp),%eax
  800573:	8b 00                	mov    (%eax),%eax
  800575:	ba 00 00 00 00       	mov    $0x0,%edx
  80057a:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80057d:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800580:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800583:	8b 45 14             	mov    0x14(%ebp),%eax
  800586:	8d 40 04             	lea    0x4(%eax),%eax
  800589:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80058c:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800591:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800595:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800598:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  80059d:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8005a0:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  8005a7:	89 7d a8             	mov    %edi,-0x58(%ebp)
  8005aa:	8b 75 b0             	mov    -0x50(%ebp),%esi
  8005ad:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  8005b0:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  8005b3:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  8005b7:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  8005ba:	8d 55 cf             	lea    -0x31(%ebp),%edx
  8005bd:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  8005c0:	ff 75 bc             	push   -0x44(%ebp)
  8005c3:	ff 75 b8             	push   -0x48(%ebp)
  8005c6:	57                   	push   %edi
  8005c7:	56                   	push   %esi
  8005c8:	e8 2f 07 00 00       	call   800cfc <__umoddi3>
  8005cd:	83 c4 10             	add    $0x10,%esp
  8005d0:	0f b6 80 93 11 80 00 	movzbl 0x801193(%eax),%eax
  8005d7:	88 03                	mov    %al,(%ebx)
		num /= base;
  8005d9:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8005dc:	89 fb                	mov    %edi,%ebx
  8005de:	ff 75 bc             	push   -0x44(%ebp)
  8005e1:	ff 75 b8             	push   -0x48(%ebp)
  8005e4:	57                   	push   %edi
  8005e5:	56                   	push   %esi
  8005e6:	e8 f6 06 00 00       	call   800ce1 <__udivdi3>
  8005eb:	83 c4 10             	add    $0x10,%esp
  8005ee:	89 c6                	mov    %eax,%esi
  8005f0:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8005f2:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8005f5:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8005f8:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8005fb:	73 b6                	jae    8005b3 <vprintfmt+0x425>
	pad = width - n;
  8005fd:	8b 7d a8             	mov    -0x58(%ebp),%edi
  800600:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  800603:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800606:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  800608:	83 ff 2d             	cmp    $0x2d,%edi
  80060b:	0f 84 de 00 00 00    	je     8006ef <vprintfmt+0x561>
		for (; pad > 0; pad--)
  800611:	85 f6                	test   %esi,%esi
  800613:	0f 8e 27 01 00 00    	jle    800740 <vprintfmt+0x5b2>
  800619:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  80061c:	83 ec 08             	sub    $0x8,%esp
  80061f:	53                   	push   %ebx
  800620:	57                   	push   %edi
  800621:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  800624:	83 c4 10             	add    $0x10,%esp
  800627:	83 ee 01             	sub    $0x1,%esi
  80062a:	75 f0                	jne    80061c <vprintfmt+0x48e>
  80062c:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  80062f:	85 db                	test   %ebx,%ebx
  800631:	0f 8e 60 fb ff ff    	jle    800197 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  800637:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  80063a:	8b 75 08             	mov    0x8(%ebp),%esi
  80063d:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800640:	83 eb 01             	sub    $0x1,%ebx
  800643:	83 ec 08             	sub    $0x8,%esp
  800646:	57                   	push   %edi
  800647:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  80064c:	50                   	push   %eax
  80064d:	ff d6                	call   *%esi
	while (n > 0)
  80064f:	83 c4 10             	add    $0x10,%esp
  800652:	85 db                	test   %ebx,%ebx
  800654:	7f ea                	jg     800640 <vprintfmt+0x4b2>
  800656:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  800659:	85 f6                	test   %esi,%esi
  80065b:	0f 8e 36 fb ff ff    	jle    800197 <vprintfmt+0x9>
  800661:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800664:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  800667:	83 ec 08             	sub    $0x8,%esp
  80066a:	57                   	push   %edi
  80066b:	6a 20                	push   $0x20
  80066d:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  80066f:	83 c4 10             	add    $0x10,%esp
  800672:	83 ee 01             	sub    $0x1,%esi
  800675:	75 f0                	jne    800667 <vprintfmt+0x4d9>
  800677:	e9 1b fb ff ff       	jmp    800197 <vprintfmt+0x9>
	if (lflag >= 2)
  80067c:	89 55 10             	mov    %edx,0x10(%ebp)
  80067f:	83 fe 01             	cmp    $0x1,%esi
  800682:	7f 27                	jg     8006ab <vprintfmt+0x51d>
	else if (lflag)
  800684:	85 f6                	test   %esi,%esi
  800686:	74 44                	je     8006cc <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800688:	8b 45 14             	mov    0x14(%ebp),%eax
  80068b:	8b 00                	mov    (%eax),%eax
  80068d:	ba 00 00 00 00       	mov    $0x0,%edx
  800692:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800695:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800698:	8b 45 14             	mov    0x14(%ebp),%eax
  80069b:	8d 40 04             	lea    0x4(%eax),%eax
  80069e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8006a1:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  8006a6:	e9 e6 fe ff ff       	jmp    800591 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8006ab:	8b 45 14             	mov    0x14(%ebp),%eax
  8006ae:	8b 50 04             	mov    0x4(%eax),%edx
  8006b1:	8b 00                	mov    (%eax),%eax
  8006b3:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8006b6:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8006b9:	8b 45 14             	mov    0x14(%ebp),%eax
  8006bc:	8d 40 08             	lea    0x8(%eax),%eax
  8006bf:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8006c2:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  8006c7:	e9 c5 fe ff ff       	jmp    800591 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8006cc:	8b 45 14             	mov    0x14(%ebp),%eax
  8006cf:	8b 00                	mov    (%eax),%eax
  8006d1:	ba 00 00 00 00       	mov    $0x0,%edx
  8006d6:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8006d9:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8006dc:	8b 45 14             	mov    0x14(%ebp),%eax
  8006df:	8d 40 04             	lea    0x4(%eax),%eax
  8006e2:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8006e5:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8006ea:	e9 a2 fe ff ff       	jmp    800591 <vprintfmt+0x403>
	while (n > 0)
  8006ef:	85 db                	test   %ebx,%ebx
  8006f1:	0f 8f 40 ff ff ff    	jg     800637 <vprintfmt+0x4a9>
  8006f7:	e9 5d ff ff ff       	jmp    800659 <vprintfmt+0x4cb>
			putch(ch, putdat);
  8006fc:	89 55 10             	mov    %edx,0x10(%ebp)
  8006ff:	83 ec 08             	sub    $0x8,%esp
  800702:	ff 75 0c             	push   0xc(%ebp)
  800705:	6a 25                	push   $0x25
  800707:	ff 55 08             	call   *0x8(%ebp)
			break;
  80070a:	83 c4 10             	add    $0x10,%esp
  80070d:	e9 85 fa ff ff       	jmp    800197 <vprintfmt+0x9>
			putch('%', putdat);
  800712:	83 ec 08             	sub    $0x8,%esp
  800715:	ff 75 0c             	push   0xc(%ebp)
  800718:	6a 25                	push   $0x25
  80071a:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  80071d:	83 c4 10             	add    $0x10,%esp
  800720:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  800724:	0f 84 d1 fa ff ff    	je     8001fb <vprintfmt+0x6d>
  80072a:	89 5d 10             	mov    %ebx,0x10(%ebp)
  80072d:	89 d8                	mov    %ebx,%eax
  80072f:	83 e8 01             	sub    $0x1,%eax
  800732:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  800736:	75 f7                	jne    80072f <vprintfmt+0x5a1>
  800738:	89 45 10             	mov    %eax,0x10(%ebp)
  80073b:	e9 57 fa ff ff       	jmp    800197 <vprintfmt+0x9>
	while (n > 0)
  800740:	85 db                	test   %ebx,%ebx
  800742:	0f 8f ef fe ff ff    	jg     800637 <vprintfmt+0x4a9>
  800748:	e9 4a fa ff ff       	jmp    800197 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80074d:	8d 5e 01             	lea    0x1(%esi),%ebx
  800750:	0f be 06             	movsbl (%esi),%eax
  800753:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800756:	85 c0                	test   %eax,%eax
  800758:	0f 85 55 fc ff ff    	jne    8003b3 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  80075e:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800761:	89 45 14             	mov    %eax,0x14(%ebp)
  800764:	e9 2e fa ff ff       	jmp    800197 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800769:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  80076d:	74 0a                	je     800779 <vprintfmt+0x5eb>
  80076f:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800773:	0f 8f bf fb ff ff    	jg     800338 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800779:	b8 28 00 00 00       	mov    $0x28,%eax
  80077e:	bb 81 11 80 00       	mov    $0x801181,%ebx
  800783:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800786:	e9 28 fc ff ff       	jmp    8003b3 <vprintfmt+0x225>
}
  80078b:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80078e:	5b                   	pop    %ebx
  80078f:	5e                   	pop    %esi
  800790:	5f                   	pop    %edi
  800791:	5d                   	pop    %ebp
  800792:	c3                   	ret

00800793 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800793:	55                   	push   %ebp
  800794:	89 e5                	mov    %esp,%ebp
  800796:	83 ec 18             	sub    $0x18,%esp
  800799:	8b 45 08             	mov    0x8(%ebp),%eax
  80079c:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  80079f:	89 45 ec             	mov    %eax,-0x14(%ebp)
  8007a2:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  8007a6:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  8007a9:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  8007b0:	85 c0                	test   %eax,%eax
  8007b2:	74 26                	je     8007da <vsnprintf+0x47>
  8007b4:	85 d2                	test   %edx,%edx
  8007b6:	7e 22                	jle    8007da <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  8007b8:	ff 75 14             	push   0x14(%ebp)
  8007bb:	ff 75 10             	push   0x10(%ebp)
  8007be:	8d 45 ec             	lea    -0x14(%ebp),%eax
  8007c1:	50                   	push   %eax
  8007c2:	68 54 01 80 00       	push   $0x800154
  8007c7:	e8 c2 f9 ff ff       	call   80018e <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  8007cc:	8b 45 ec             	mov    -0x14(%ebp),%eax
  8007cf:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  8007d2:	8b 45 f4             	mov    -0xc(%ebp),%eax
  8007d5:	83 c4 10             	add    $0x10,%esp
}
  8007d8:	c9                   	leave
  8007d9:	c3                   	ret
		return -E_INVAL;
  8007da:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  8007df:	eb f7                	jmp    8007d8 <vsnprintf+0x45>

008007e1 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  8007e1:	55                   	push   %ebp
  8007e2:	89 e5                	mov    %esp,%ebp
  8007e4:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  8007e7:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  8007ea:	50                   	push   %eax
  8007eb:	ff 75 08             	push   0x8(%ebp)
  8007ee:	e8 00 09 00 00       	call   8010f3 <vcprintf>
	va_end(ap);

	return cnt;
}
  8007f3:	c9                   	leave
  8007f4:	c3                   	ret

008007f5 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  8007f5:	55                   	push   %ebp
  8007f6:	89 e5                	mov    %esp,%ebp
  8007f8:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  8007fb:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  8007fe:	50                   	push   %eax
  8007ff:	ff 75 10             	push   0x10(%ebp)
  800802:	ff 75 0c             	push   0xc(%ebp)
  800805:	ff 75 08             	push   0x8(%ebp)
  800808:	e8 86 ff ff ff       	call   800793 <vsnprintf>
	va_end(ap);

	return rc;
}
  80080d:	c9                   	leave
  80080e:	c3                   	ret

0080080f <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  80080f:	55                   	push   %ebp
  800810:	89 e5                	mov    %esp,%ebp
  800812:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  800815:	80 3a 00             	cmpb   $0x0,(%edx)
  800818:	74 10                	je     80082a <strlen+0x1b>
  80081a:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  80081f:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800822:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  800826:	75 f7                	jne    80081f <strlen+0x10>
	return n;
}
  800828:	5d                   	pop    %ebp
  800829:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  80082a:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  80082f:	eb f7                	jmp    800828 <strlen+0x19>

00800831 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800831:	55                   	push   %ebp
  800832:	89 e5                	mov    %esp,%ebp
  800834:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800837:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80083a:	85 d2                	test   %edx,%edx
  80083c:	74 16                	je     800854 <strnlen+0x23>
  80083e:	b8 00 00 00 00       	mov    $0x0,%eax
  800843:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  800847:	74 09                	je     800852 <strnlen+0x21>
		n++;
  800849:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80084c:	39 d0                	cmp    %edx,%eax
  80084e:	75 f3                	jne    800843 <strnlen+0x12>
		n++;
  800850:	89 d0                	mov    %edx,%eax
	return n;
}
  800852:	5d                   	pop    %ebp
  800853:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800854:	b8 00 00 00 00       	mov    $0x0,%eax
  800859:	eb f7                	jmp    800852 <strnlen+0x21>

0080085b <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  80085b:	55                   	push   %ebp
  80085c:	89 e5                	mov    %esp,%ebp
  80085e:	53                   	push   %ebx
  80085f:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800862:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800865:	b8 00 00 00 00       	mov    $0x0,%eax
  80086a:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  80086e:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800871:	83 c0 01             	add    $0x1,%eax
  800874:	84 d2                	test   %dl,%dl
  800876:	75 f2                	jne    80086a <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800878:	89 c8                	mov    %ecx,%eax
  80087a:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80087d:	c9                   	leave
  80087e:	c3                   	ret

0080087f <strcat>:

char *
strcat(char *dst, const char *src)
{
  80087f:	55                   	push   %ebp
  800880:	89 e5                	mov    %esp,%ebp
  800882:	53                   	push   %ebx
  800883:	83 ec 10             	sub    $0x10,%esp
  800886:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800889:	53                   	push   %ebx
  80088a:	e8 80 ff ff ff       	call   80080f <strlen>
  80088f:	83 c4 08             	add    $0x8,%esp
  800892:	ff 75 0c             	push   0xc(%ebp)
  800895:	01 d8                	add    %ebx,%eax
  800897:	50                   	push   %eax
  800898:	e8 be ff ff ff       	call   80085b <strcpy>
	return dst;
}
  80089d:	89 d8                	mov    %ebx,%eax
  80089f:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8008a2:	c9                   	leave
  8008a3:	c3                   	ret

008008a4 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  8008a4:	55                   	push   %ebp
  8008a5:	89 e5                	mov    %esp,%ebp
  8008a7:	56                   	push   %esi
  8008a8:	53                   	push   %ebx
  8008a9:	8b 75 08             	mov    0x8(%ebp),%esi
  8008ac:	8b 55 0c             	mov    0xc(%ebp),%edx
  8008af:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  8008b2:	85 db                	test   %ebx,%ebx
  8008b4:	74 17                	je     8008cd <strncpy+0x29>
  8008b6:	01 f3                	add    %esi,%ebx
  8008b8:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  8008ba:	83 c0 01             	add    $0x1,%eax
  8008bd:	0f b6 0a             	movzbl (%edx),%ecx
  8008c0:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  8008c3:	80 f9 01             	cmp    $0x1,%cl
  8008c6:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  8008c9:	39 c3                	cmp    %eax,%ebx
  8008cb:	75 ed                	jne    8008ba <strncpy+0x16>
	}
	return ret;
}
  8008cd:	89 f0                	mov    %esi,%eax
  8008cf:	5b                   	pop    %ebx
  8008d0:	5e                   	pop    %esi
  8008d1:	5d                   	pop    %ebp
  8008d2:	c3                   	ret

008008d3 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  8008d3:	55                   	push   %ebp
  8008d4:	89 e5                	mov    %esp,%ebp
  8008d6:	56                   	push   %esi
  8008d7:	53                   	push   %ebx
  8008d8:	8b 75 08             	mov    0x8(%ebp),%esi
  8008db:	8b 55 0c             	mov    0xc(%ebp),%edx
  8008de:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  8008e1:	89 f0                	mov    %esi,%eax
  8008e3:	85 db                	test   %ebx,%ebx
  8008e5:	74 1e                	je     800905 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  8008e7:	83 eb 01             	sub    $0x1,%ebx
  8008ea:	74 16                	je     800902 <strlcpy+0x2f>
  8008ec:	01 f3                	add    %esi,%ebx
  8008ee:	0f b6 0a             	movzbl (%edx),%ecx
  8008f1:	84 c9                	test   %cl,%cl
  8008f3:	74 0d                	je     800902 <strlcpy+0x2f>
			*dst++ = *src++;
  8008f5:	83 c2 01             	add    $0x1,%edx
  8008f8:	83 c0 01             	add    $0x1,%eax
  8008fb:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  8008fe:	39 d8                	cmp    %ebx,%eax
  800900:	75 ec                	jne    8008ee <strlcpy+0x1b>
		*dst = '\0';
  800902:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  800905:	29 f0                	sub    %esi,%eax
}
  800907:	5b                   	pop    %ebx
  800908:	5e                   	pop    %esi
  800909:	5d                   	pop    %ebp
  80090a:	c3                   	ret

0080090b <strcmp>:

int
strcmp(const char *p, const char *q)
{
  80090b:	55                   	push   %ebp
  80090c:	89 e5                	mov    %esp,%ebp
  80090e:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800911:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  800914:	0f b6 01             	movzbl (%ecx),%eax
  800917:	84 c0                	test   %al,%al
  800919:	74 11                	je     80092c <strcmp+0x21>
  80091b:	38 02                	cmp    %al,(%edx)
  80091d:	75 0d                	jne    80092c <strcmp+0x21>
		p++, q++;
  80091f:	83 c1 01             	add    $0x1,%ecx
  800922:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  800925:	0f b6 01             	movzbl (%ecx),%eax
  800928:	84 c0                	test   %al,%al
  80092a:	75 ef                	jne    80091b <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  80092c:	0f b6 c0             	movzbl %al,%eax
  80092f:	0f b6 12             	movzbl (%edx),%edx
  800932:	29 d0                	sub    %edx,%eax
}
  800934:	5d                   	pop    %ebp
  800935:	c3                   	ret

00800936 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  800936:	55                   	push   %ebp
  800937:	89 e5                	mov    %esp,%ebp
  800939:	53                   	push   %ebx
  80093a:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80093d:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800940:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  800943:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  800948:	85 d2                	test   %edx,%edx
  80094a:	74 2e                	je     80097a <strncmp+0x44>
  80094c:	0f b6 01             	movzbl (%ecx),%eax
  80094f:	84 c0                	test   %al,%al
  800951:	74 16                	je     800969 <strncmp+0x33>
  800953:	3a 03                	cmp    (%ebx),%al
  800955:	75 12                	jne    800969 <strncmp+0x33>
		n--, p++, q++;
  800957:	83 c1 01             	add    $0x1,%ecx
  80095a:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  80095d:	83 ea 01             	sub    $0x1,%edx
  800960:	75 ea                	jne    80094c <strncmp+0x16>
		return 0;
  800962:	b8 00 00 00 00       	mov    $0x0,%eax
  800967:	eb 11                	jmp    80097a <strncmp+0x44>
  800969:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  80096e:	85 d2                	test   %edx,%edx
  800970:	74 08                	je     80097a <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800972:	0f b6 01             	movzbl (%ecx),%eax
  800975:	0f b6 13             	movzbl (%ebx),%edx
  800978:	29 d0                	sub    %edx,%eax
}
  80097a:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80097d:	c9                   	leave
  80097e:	c3                   	ret

0080097f <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  80097f:	55                   	push   %ebp
  800980:	89 e5                	mov    %esp,%ebp
  800982:	8b 45 08             	mov    0x8(%ebp),%eax
  800985:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800989:	0f b6 10             	movzbl (%eax),%edx
  80098c:	84 d2                	test   %dl,%dl
  80098e:	74 15                	je     8009a5 <strchr+0x26>
		if (*s == c)
  800990:	38 d1                	cmp    %dl,%cl
  800992:	74 0f                	je     8009a3 <strchr+0x24>
	for (; *s; s++)
  800994:	83 c0 01             	add    $0x1,%eax
  800997:	0f b6 10             	movzbl (%eax),%edx
  80099a:	84 d2                	test   %dl,%dl
  80099c:	75 f2                	jne    800990 <strchr+0x11>
			return (char *) s;
	return 0;
  80099e:	b8 00 00 00 00       	mov    $0x0,%eax
}
  8009a3:	5d                   	pop    %ebp
  8009a4:	c3                   	ret
	return 0;
  8009a5:	b8 00 00 00 00       	mov    $0x0,%eax
  8009aa:	eb f7                	jmp    8009a3 <strchr+0x24>

008009ac <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  8009ac:	55                   	push   %ebp
  8009ad:	89 e5                	mov    %esp,%ebp
  8009af:	53                   	push   %ebx
  8009b0:	8b 45 08             	mov    0x8(%ebp),%eax
  8009b3:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  8009b6:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  8009b9:	38 d3                	cmp    %dl,%bl
  8009bb:	74 14                	je     8009d1 <strfind+0x25>
  8009bd:	89 d1                	mov    %edx,%ecx
  8009bf:	84 db                	test   %bl,%bl
  8009c1:	74 0e                	je     8009d1 <strfind+0x25>
	for (; *s; s++)
  8009c3:	83 c0 01             	add    $0x1,%eax
  8009c6:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  8009c9:	38 ca                	cmp    %cl,%dl
  8009cb:	74 04                	je     8009d1 <strfind+0x25>
  8009cd:	84 d2                	test   %dl,%dl
  8009cf:	75 f2                	jne    8009c3 <strfind+0x17>
			break;
	return (char *) s;
}
  8009d1:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8009d4:	c9                   	leave
  8009d5:	c3                   	ret

008009d6 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  8009d6:	55                   	push   %ebp
  8009d7:	89 e5                	mov    %esp,%ebp
  8009d9:	53                   	push   %ebx
  8009da:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8009dd:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8009e0:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  8009e3:	85 d2                	test   %edx,%edx
  8009e5:	74 0e                	je     8009f5 <memset+0x1f>
  8009e7:	01 da                	add    %ebx,%edx
	char *p = v;
  8009e9:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  8009eb:	83 c0 01             	add    $0x1,%eax
  8009ee:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  8009f1:	39 c2                	cmp    %eax,%edx
  8009f3:	75 f6                	jne    8009eb <memset+0x15>
	return v;
}
  8009f5:	89 d8                	mov    %ebx,%eax
  8009f7:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8009fa:	c9                   	leave
  8009fb:	c3                   	ret

008009fc <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  8009fc:	55                   	push   %ebp
  8009fd:	89 e5                	mov    %esp,%ebp
  8009ff:	56                   	push   %esi
  800a00:	53                   	push   %ebx
  800a01:	8b 75 08             	mov    0x8(%ebp),%esi
  800a04:	8b 45 0c             	mov    0xc(%ebp),%eax
  800a07:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800a0a:	39 f0                	cmp    %esi,%eax
  800a0c:	72 20                	jb     800a2e <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800a0e:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800a11:	89 f2                	mov    %esi,%edx
  800a13:	85 c9                	test   %ecx,%ecx
  800a15:	74 11                	je     800a28 <memmove+0x2c>
			*d++ = *s++;
  800a17:	83 c0 01             	add    $0x1,%eax
  800a1a:	83 c2 01             	add    $0x1,%edx
  800a1d:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800a21:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800a24:	39 d8                	cmp    %ebx,%eax
  800a26:	75 ef                	jne    800a17 <memmove+0x1b>
	return dst;
}
  800a28:	89 f0                	mov    %esi,%eax
  800a2a:	5b                   	pop    %ebx
  800a2b:	5e                   	pop    %esi
  800a2c:	5d                   	pop    %ebp
  800a2d:	c3                   	ret
	if (s < d && s + n > d) {
  800a2e:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800a31:	39 d6                	cmp    %edx,%esi
  800a33:	73 d9                	jae    800a0e <memmove+0x12>
		while (n-- > 0)
  800a35:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800a38:	85 c9                	test   %ecx,%ecx
  800a3a:	74 ec                	je     800a28 <memmove+0x2c>
			*--d = *--s;
  800a3c:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800a40:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800a43:	83 ea 01             	sub    $0x1,%edx
  800a46:	83 fa ff             	cmp    $0xffffffff,%edx
  800a49:	75 f1                	jne    800a3c <memmove+0x40>
  800a4b:	eb db                	jmp    800a28 <memmove+0x2c>

00800a4d <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800a4d:	55                   	push   %ebp
  800a4e:	89 e5                	mov    %esp,%ebp
  800a50:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800a53:	ff 75 10             	push   0x10(%ebp)
  800a56:	ff 75 0c             	push   0xc(%ebp)
  800a59:	ff 75 08             	push   0x8(%ebp)
  800a5c:	e8 9b ff ff ff       	call   8009fc <memmove>
}
  800a61:	c9                   	leave
  800a62:	c3                   	ret

00800a63 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800a63:	55                   	push   %ebp
  800a64:	89 e5                	mov    %esp,%ebp
  800a66:	56                   	push   %esi
  800a67:	53                   	push   %ebx
  800a68:	8b 45 08             	mov    0x8(%ebp),%eax
  800a6b:	8b 55 0c             	mov    0xc(%ebp),%edx
  800a6e:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800a71:	85 f6                	test   %esi,%esi
  800a73:	74 29                	je     800a9e <memcmp+0x3b>
  800a75:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800a77:	0f b6 08             	movzbl (%eax),%ecx
  800a7a:	0f b6 1a             	movzbl (%edx),%ebx
  800a7d:	38 d9                	cmp    %bl,%cl
  800a7f:	75 11                	jne    800a92 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800a81:	83 c0 01             	add    $0x1,%eax
  800a84:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800a87:	39 c6                	cmp    %eax,%esi
  800a89:	75 ec                	jne    800a77 <memcmp+0x14>
	}
	return 0;
  800a8b:	b8 00 00 00 00       	mov    $0x0,%eax
  800a90:	eb 08                	jmp    800a9a <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800a92:	0f b6 c1             	movzbl %cl,%eax
  800a95:	0f b6 db             	movzbl %bl,%ebx
  800a98:	29 d8                	sub    %ebx,%eax
}
  800a9a:	5b                   	pop    %ebx
  800a9b:	5e                   	pop    %esi
  800a9c:	5d                   	pop    %ebp
  800a9d:	c3                   	ret
	return 0;
  800a9e:	b8 00 00 00 00       	mov    $0x0,%eax
  800aa3:	eb f5                	jmp    800a9a <memcmp+0x37>

00800aa5 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800aa5:	55                   	push   %ebp
  800aa6:	89 e5                	mov    %esp,%ebp
  800aa8:	8b 45 08             	mov    0x8(%ebp),%eax
  800aab:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800aae:	89 c2                	mov    %eax,%edx
  800ab0:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800ab3:	39 d0                	cmp    %edx,%eax
  800ab5:	73 0d                	jae    800ac4 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800ab7:	38 08                	cmp    %cl,(%eax)
  800ab9:	74 0d                	je     800ac8 <memfind+0x23>
	for (; s < ends; s++)
  800abb:	83 c0 01             	add    $0x1,%eax
  800abe:	39 c2                	cmp    %eax,%edx
  800ac0:	75 f5                	jne    800ab7 <memfind+0x12>
  800ac2:	eb 06                	jmp    800aca <memfind+0x25>
  800ac4:	89 c2                	mov    %eax,%edx
  800ac6:	eb 02                	jmp    800aca <memfind+0x25>
  800ac8:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800aca:	89 d0                	mov    %edx,%eax
  800acc:	5d                   	pop    %ebp
  800acd:	c3                   	ret

00800ace <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800ace:	55                   	push   %ebp
  800acf:	89 e5                	mov    %esp,%ebp
  800ad1:	57                   	push   %edi
  800ad2:	56                   	push   %esi
  800ad3:	53                   	push   %ebx
  800ad4:	8b 55 08             	mov    0x8(%ebp),%edx
  800ad7:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800ada:	0f b6 02             	movzbl (%edx),%eax
  800add:	3c 20                	cmp    $0x20,%al
  800adf:	74 04                	je     800ae5 <strtol+0x17>
  800ae1:	3c 09                	cmp    $0x9,%al
  800ae3:	75 0e                	jne    800af3 <strtol+0x25>
		s++;
  800ae5:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800ae8:	0f b6 02             	movzbl (%edx),%eax
  800aeb:	3c 20                	cmp    $0x20,%al
  800aed:	74 f6                	je     800ae5 <strtol+0x17>
  800aef:	3c 09                	cmp    $0x9,%al
  800af1:	74 f2                	je     800ae5 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800af3:	3c 2b                	cmp    $0x2b,%al
  800af5:	74 2a                	je     800b21 <strtol+0x53>
	int neg = 0;
  800af7:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800afc:	3c 2d                	cmp    $0x2d,%al
  800afe:	74 2b                	je     800b2b <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800b00:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800b06:	75 0f                	jne    800b17 <strtol+0x49>
  800b08:	80 3a 30             	cmpb   $0x30,(%edx)
  800b0b:	74 28                	je     800b35 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800b0d:	85 db                	test   %ebx,%ebx
  800b0f:	b8 0a 00 00 00       	mov    $0xa,%eax
  800b14:	0f 44 d8             	cmove  %eax,%ebx
  800b17:	b9 00 00 00 00       	mov    $0x0,%ecx
  800b1c:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800b1f:	eb 46                	jmp    800b67 <strtol+0x99>
		s++;
  800b21:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800b24:	bf 00 00 00 00       	mov    $0x0,%edi
  800b29:	eb d5                	jmp    800b00 <strtol+0x32>
		s++, neg = 1;
  800b2b:	83 c2 01             	add    $0x1,%edx
  800b2e:	bf 01 00 00 00       	mov    $0x1,%edi
  800b33:	eb cb                	jmp    800b00 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800b35:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800b39:	74 0e                	je     800b49 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800b3b:	85 db                	test   %ebx,%ebx
  800b3d:	75 d8                	jne    800b17 <strtol+0x49>
		s++, base = 8;
  800b3f:	83 c2 01             	add    $0x1,%edx
  800b42:	bb 08 00 00 00       	mov    $0x8,%ebx
  800b47:	eb ce                	jmp    800b17 <strtol+0x49>
		s += 2, base = 16;
  800b49:	83 c2 02             	add    $0x2,%edx
  800b4c:	bb 10 00 00 00       	mov    $0x10,%ebx
  800b51:	eb c4                	jmp    800b17 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800b53:	0f be c0             	movsbl %al,%eax
  800b56:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800b59:	3b 45 10             	cmp    0x10(%ebp),%eax
  800b5c:	7d 3a                	jge    800b98 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800b5e:	83 c2 01             	add    $0x1,%edx
  800b61:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800b65:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800b67:	0f b6 02             	movzbl (%edx),%eax
  800b6a:	8d 70 d0             	lea    -0x30(%eax),%esi
  800b6d:	89 f3                	mov    %esi,%ebx
  800b6f:	80 fb 09             	cmp    $0x9,%bl
  800b72:	76 df                	jbe    800b53 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800b74:	8d 70 9f             	lea    -0x61(%eax),%esi
  800b77:	89 f3                	mov    %esi,%ebx
  800b79:	80 fb 19             	cmp    $0x19,%bl
  800b7c:	77 08                	ja     800b86 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800b7e:	0f be c0             	movsbl %al,%eax
  800b81:	83 e8 57             	sub    $0x57,%eax
  800b84:	eb d3                	jmp    800b59 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800b86:	8d 70 bf             	lea    -0x41(%eax),%esi
  800b89:	89 f3                	mov    %esi,%ebx
  800b8b:	80 fb 19             	cmp    $0x19,%bl
  800b8e:	77 08                	ja     800b98 <strtol+0xca>
			dig = *s - 'A' + 10;
  800b90:	0f be c0             	movsbl %al,%eax
  800b93:	83 e8 37             	sub    $0x37,%eax
  800b96:	eb c1                	jmp    800b59 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800b98:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800b9c:	74 05                	je     800ba3 <strtol+0xd5>
		*endptr = (char *) s;
  800b9e:	8b 45 0c             	mov    0xc(%ebp),%eax
  800ba1:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800ba3:	89 c8                	mov    %ecx,%eax
  800ba5:	f7 d8                	neg    %eax
  800ba7:	85 ff                	test   %edi,%edi
  800ba9:	0f 45 c8             	cmovne %eax,%ecx
}
  800bac:	89 c8                	mov    %ecx,%eax
  800bae:	5b                   	pop    %ebx
  800baf:	5e                   	pop    %esi
  800bb0:	5f                   	pop    %edi
  800bb1:	5d                   	pop    %ebp
  800bb2:	c3                   	ret

00800bb3 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800bb3:	55                   	push   %ebp
  800bb4:	89 e5                	mov    %esp,%ebp
  800bb6:	57                   	push   %edi
  800bb7:	56                   	push   %esi
  800bb8:	53                   	push   %ebx
  800bb9:	83 ec 24             	sub    $0x24,%esp
  800bbc:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800bbf:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800bc2:	8b 45 08             	mov    0x8(%ebp),%eax
  800bc5:	8b 55 0c             	mov    0xc(%ebp),%edx
  800bc8:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800bcb:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800bce:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800bd1:	89 d1                	mov    %edx,%ecx
  800bd3:	09 c1                	or     %eax,%ecx
  800bd5:	74 2f                	je     800c06 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800bd7:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800bda:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800bdd:	89 d0                	mov    %edx,%eax
  800bdf:	83 c8 00             	or     $0x0,%eax
  800be2:	74 48                	je     800c2c <udivmod64+0x79>
  800be4:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800be9:	be 00 00 00 00       	mov    $0x0,%esi
  800bee:	bf 00 00 00 00       	mov    $0x0,%edi
  800bf3:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800bfa:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800c01:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800c04:	eb 5f                	jmp    800c65 <udivmod64+0xb2>
		return ~0ULL;
  800c06:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800c0d:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800c14:	85 db                	test   %ebx,%ebx
  800c16:	0f 84 b7 00 00 00    	je     800cd3 <udivmod64+0x120>
			*rem = n;
  800c1c:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800c1f:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800c22:	89 03                	mov    %eax,(%ebx)
  800c24:	89 53 04             	mov    %edx,0x4(%ebx)
  800c27:	e9 a7 00 00 00       	jmp    800cd3 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800c2c:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800c2f:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800c32:	85 db                	test   %ebx,%ebx
  800c34:	74 12                	je     800c48 <udivmod64+0x95>
			*rem = n32 % d32;
  800c36:	89 c8                	mov    %ecx,%eax
  800c38:	ba 00 00 00 00       	mov    $0x0,%edx
  800c3d:	f7 f6                	div    %esi
  800c3f:	89 13                	mov    %edx,(%ebx)
  800c41:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800c48:	89 c8                	mov    %ecx,%eax
  800c4a:	ba 00 00 00 00       	mov    $0x0,%edx
  800c4f:	f7 f6                	div    %esi
  800c51:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800c54:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800c5b:	eb 76                	jmp    800cd3 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800c5d:	83 e9 01             	sub    $0x1,%ecx
  800c60:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800c63:	74 62                	je     800cc7 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800c65:	89 f0                	mov    %esi,%eax
  800c67:	89 fa                	mov    %edi,%edx
  800c69:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800c6d:	01 c0                	add    %eax,%eax
  800c6f:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800c72:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800c75:	0f ad fe             	shrd   %cl,%edi,%esi
  800c78:	d3 ef                	shr    %cl,%edi
  800c7a:	f6 c1 20             	test   $0x20,%cl
  800c7d:	74 04                	je     800c83 <udivmod64+0xd0>
  800c7f:	89 fe                	mov    %edi,%esi
  800c81:	31 ff                	xor    %edi,%edi
  800c83:	89 f7                	mov    %esi,%edi
  800c85:	83 e7 01             	and    $0x1,%edi
  800c88:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800c8b:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800c92:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800c95:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800c98:	09 c6                	or     %eax,%esi
  800c9a:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800c9c:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800c9f:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800ca2:	39 c6                	cmp    %eax,%esi
  800ca4:	89 fb                	mov    %edi,%ebx
  800ca6:	19 d3                	sbb    %edx,%ebx
  800ca8:	72 b3                	jb     800c5d <udivmod64+0xaa>
			r -= d;
  800caa:	29 c6                	sub    %eax,%esi
  800cac:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800cae:	31 c0                	xor    %eax,%eax
  800cb0:	31 d2                	xor    %edx,%edx
  800cb2:	f6 c1 20             	test   $0x20,%cl
  800cb5:	0f 94 c0             	sete   %al
  800cb8:	0f 95 c2             	setne  %dl
  800cbb:	d3 e0                	shl    %cl,%eax
  800cbd:	d3 e2                	shl    %cl,%edx
  800cbf:	09 45 d0             	or     %eax,-0x30(%ebp)
  800cc2:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800cc5:	eb 96                	jmp    800c5d <udivmod64+0xaa>
		}
	}
	if (rem)
  800cc7:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800cca:	85 db                	test   %ebx,%ebx
  800ccc:	74 05                	je     800cd3 <udivmod64+0x120>
		*rem = r;
  800cce:	89 33                	mov    %esi,(%ebx)
  800cd0:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800cd3:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800cd6:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800cd9:	83 c4 24             	add    $0x24,%esp
  800cdc:	5b                   	pop    %ebx
  800cdd:	5e                   	pop    %esi
  800cde:	5f                   	pop    %edi
  800cdf:	5d                   	pop    %ebp
  800ce0:	c3                   	ret

00800ce1 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800ce1:	55                   	push   %ebp
  800ce2:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800ce4:	83 ec 04             	sub    $0x4,%esp
  800ce7:	6a 00                	push   $0x0
  800ce9:	ff 75 14             	push   0x14(%ebp)
  800cec:	ff 75 10             	push   0x10(%ebp)
  800cef:	8b 45 08             	mov    0x8(%ebp),%eax
  800cf2:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cf5:	e8 b9 fe ff ff       	call   800bb3 <udivmod64>
}
  800cfa:	c9                   	leave
  800cfb:	c3                   	ret

00800cfc <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800cfc:	55                   	push   %ebp
  800cfd:	89 e5                	mov    %esp,%ebp
  800cff:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800d02:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800d05:	50                   	push   %eax
  800d06:	ff 75 14             	push   0x14(%ebp)
  800d09:	ff 75 10             	push   0x10(%ebp)
  800d0c:	8b 45 08             	mov    0x8(%ebp),%eax
  800d0f:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d12:	e8 9c fe ff ff       	call   800bb3 <udivmod64>
	return r;
}
  800d17:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800d1a:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800d1d:	c9                   	leave
  800d1e:	c3                   	ret

00800d1f <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800d1f:	55                   	push   %ebp
  800d20:	89 e5                	mov    %esp,%ebp
  800d22:	57                   	push   %edi
  800d23:	56                   	push   %esi
  800d24:	53                   	push   %ebx
  800d25:	83 ec 0c             	sub    $0xc,%esp
  800d28:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800d2b:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800d2e:	8b 45 10             	mov    0x10(%ebp),%eax
  800d31:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800d34:	89 ce                	mov    %ecx,%esi
  800d36:	89 df                	mov    %ebx,%edi
  800d38:	31 c6                	xor    %eax,%esi
  800d3a:	31 d7                	xor    %edx,%edi
  800d3c:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800d3f:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d42:	89 c6                	mov    %eax,%esi
  800d44:	89 d7                	mov    %edx,%edi
  800d46:	85 d2                	test   %edx,%edx
  800d48:	78 25                	js     800d6f <__divdi3+0x50>
  800d4a:	89 c8                	mov    %ecx,%eax
  800d4c:	89 da                	mov    %ebx,%edx
  800d4e:	85 db                	test   %ebx,%ebx
  800d50:	78 2a                	js     800d7c <__divdi3+0x5d>
  800d52:	83 ec 04             	sub    $0x4,%esp
  800d55:	6a 00                	push   $0x0
  800d57:	57                   	push   %edi
  800d58:	56                   	push   %esi
  800d59:	e8 55 fe ff ff       	call   800bb3 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800d5e:	83 c4 10             	add    $0x10,%esp
  800d61:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800d65:	78 1e                	js     800d85 <__divdi3+0x66>
}
  800d67:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d6a:	5b                   	pop    %ebx
  800d6b:	5e                   	pop    %esi
  800d6c:	5f                   	pop    %edi
  800d6d:	5d                   	pop    %ebp
  800d6e:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d6f:	f7 d8                	neg    %eax
  800d71:	83 d2 00             	adc    $0x0,%edx
  800d74:	f7 da                	neg    %edx
  800d76:	89 c6                	mov    %eax,%esi
  800d78:	89 d7                	mov    %edx,%edi
  800d7a:	eb ce                	jmp    800d4a <__divdi3+0x2b>
  800d7c:	f7 d8                	neg    %eax
  800d7e:	83 d2 00             	adc    $0x0,%edx
  800d81:	f7 da                	neg    %edx
  800d83:	eb cd                	jmp    800d52 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800d85:	f7 d8                	neg    %eax
  800d87:	83 d2 00             	adc    $0x0,%edx
  800d8a:	f7 da                	neg    %edx
  800d8c:	eb d9                	jmp    800d67 <__divdi3+0x48>

00800d8e <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800d8e:	55                   	push   %ebp
  800d8f:	89 e5                	mov    %esp,%ebp
  800d91:	57                   	push   %edi
  800d92:	56                   	push   %esi
  800d93:	53                   	push   %ebx
  800d94:	83 ec 14             	sub    $0x14,%esp
  800d97:	8b 45 08             	mov    0x8(%ebp),%eax
  800d9a:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d9d:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800da0:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800da3:	89 ce                	mov    %ecx,%esi
  800da5:	89 df                	mov    %ebx,%edi
  800da7:	85 db                	test   %ebx,%ebx
  800da9:	78 23                	js     800dce <__moddi3+0x40>
  800dab:	85 d2                	test   %edx,%edx
  800dad:	78 28                	js     800dd7 <__moddi3+0x49>
  800daf:	83 ec 04             	sub    $0x4,%esp
  800db2:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800db5:	51                   	push   %ecx
  800db6:	57                   	push   %edi
  800db7:	56                   	push   %esi
  800db8:	e8 f6 fd ff ff       	call   800bb3 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800dbd:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800dc0:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800dc3:	83 c4 10             	add    $0x10,%esp
}
  800dc6:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800dc9:	5b                   	pop    %ebx
  800dca:	5e                   	pop    %esi
  800dcb:	5f                   	pop    %edi
  800dcc:	5d                   	pop    %ebp
  800dcd:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800dce:	f7 de                	neg    %esi
  800dd0:	83 d7 00             	adc    $0x0,%edi
  800dd3:	f7 df                	neg    %edi
  800dd5:	eb d4                	jmp    800dab <__moddi3+0x1d>
  800dd7:	f7 d8                	neg    %eax
  800dd9:	83 d2 00             	adc    $0x0,%edx
  800ddc:	f7 da                	neg    %edx
  800dde:	83 ec 04             	sub    $0x4,%esp
  800de1:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800de4:	51                   	push   %ecx
  800de5:	57                   	push   %edi
  800de6:	56                   	push   %esi
  800de7:	e8 c7 fd ff ff       	call   800bb3 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800dec:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800def:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800df2:	f7 d8                	neg    %eax
  800df4:	83 d2 00             	adc    $0x0,%edx
  800df7:	f7 da                	neg    %edx
  800df9:	83 c4 10             	add    $0x10,%esp
  800dfc:	eb c8                	jmp    800dc6 <__moddi3+0x38>

00800dfe <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800dfe:	55                   	push   %ebp
  800dff:	89 e5                	mov    %esp,%ebp
  800e01:	57                   	push   %edi
  800e02:	56                   	push   %esi
  800e03:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e04:	b8 00 00 00 00       	mov    $0x0,%eax
  800e09:	8b 55 08             	mov    0x8(%ebp),%edx
  800e0c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800e0f:	89 c3                	mov    %eax,%ebx
  800e11:	89 c7                	mov    %eax,%edi
  800e13:	89 c6                	mov    %eax,%esi
  800e15:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800e17:	5b                   	pop    %ebx
  800e18:	5e                   	pop    %esi
  800e19:	5f                   	pop    %edi
  800e1a:	5d                   	pop    %ebp
  800e1b:	c3                   	ret

00800e1c <sys_cgetc>:

int
sys_cgetc(void)
{
  800e1c:	55                   	push   %ebp
  800e1d:	89 e5                	mov    %esp,%ebp
  800e1f:	57                   	push   %edi
  800e20:	56                   	push   %esi
  800e21:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e22:	ba 00 00 00 00       	mov    $0x0,%edx
  800e27:	b8 01 00 00 00       	mov    $0x1,%eax
  800e2c:	89 d1                	mov    %edx,%ecx
  800e2e:	89 d3                	mov    %edx,%ebx
  800e30:	89 d7                	mov    %edx,%edi
  800e32:	89 d6                	mov    %edx,%esi
  800e34:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800e36:	5b                   	pop    %ebx
  800e37:	5e                   	pop    %esi
  800e38:	5f                   	pop    %edi
  800e39:	5d                   	pop    %ebp
  800e3a:	c3                   	ret

00800e3b <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800e3b:	55                   	push   %ebp
  800e3c:	89 e5                	mov    %esp,%ebp
  800e3e:	57                   	push   %edi
  800e3f:	56                   	push   %esi
  800e40:	53                   	push   %ebx
  800e41:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e44:	b9 00 00 00 00       	mov    $0x0,%ecx
  800e49:	8b 55 08             	mov    0x8(%ebp),%edx
  800e4c:	b8 03 00 00 00       	mov    $0x3,%eax
  800e51:	89 cb                	mov    %ecx,%ebx
  800e53:	89 cf                	mov    %ecx,%edi
  800e55:	89 ce                	mov    %ecx,%esi
  800e57:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e59:	85 c0                	test   %eax,%eax
  800e5b:	7f 08                	jg     800e65 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800e5d:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e60:	5b                   	pop    %ebx
  800e61:	5e                   	pop    %esi
  800e62:	5f                   	pop    %edi
  800e63:	5d                   	pop    %ebp
  800e64:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e65:	83 ec 0c             	sub    $0xc,%esp
  800e68:	50                   	push   %eax
  800e69:	6a 03                	push   $0x3
  800e6b:	68 c4 13 80 00       	push   $0x8013c4
  800e70:	6a 1f                	push   $0x1f
  800e72:	68 e1 13 80 00       	push   $0x8013e1
  800e77:	e8 ed 01 00 00       	call   801069 <_panic>

00800e7c <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800e7c:	55                   	push   %ebp
  800e7d:	89 e5                	mov    %esp,%ebp
  800e7f:	57                   	push   %edi
  800e80:	56                   	push   %esi
  800e81:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e82:	ba 00 00 00 00       	mov    $0x0,%edx
  800e87:	b8 02 00 00 00       	mov    $0x2,%eax
  800e8c:	89 d1                	mov    %edx,%ecx
  800e8e:	89 d3                	mov    %edx,%ebx
  800e90:	89 d7                	mov    %edx,%edi
  800e92:	89 d6                	mov    %edx,%esi
  800e94:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800e96:	5b                   	pop    %ebx
  800e97:	5e                   	pop    %esi
  800e98:	5f                   	pop    %edi
  800e99:	5d                   	pop    %ebp
  800e9a:	c3                   	ret

00800e9b <sys_yield>:

void
sys_yield(void)
{
  800e9b:	55                   	push   %ebp
  800e9c:	89 e5                	mov    %esp,%ebp
  800e9e:	57                   	push   %edi
  800e9f:	56                   	push   %esi
  800ea0:	53                   	push   %ebx
	asm volatile("int %1\n"
  800ea1:	ba 00 00 00 00       	mov    $0x0,%edx
  800ea6:	b8 0a 00 00 00       	mov    $0xa,%eax
  800eab:	89 d1                	mov    %edx,%ecx
  800ead:	89 d3                	mov    %edx,%ebx
  800eaf:	89 d7                	mov    %edx,%edi
  800eb1:	89 d6                	mov    %edx,%esi
  800eb3:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800eb5:	5b                   	pop    %ebx
  800eb6:	5e                   	pop    %esi
  800eb7:	5f                   	pop    %edi
  800eb8:	5d                   	pop    %ebp
  800eb9:	c3                   	ret

00800eba <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800eba:	55                   	push   %ebp
  800ebb:	89 e5                	mov    %esp,%ebp
  800ebd:	57                   	push   %edi
  800ebe:	56                   	push   %esi
  800ebf:	53                   	push   %ebx
  800ec0:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800ec3:	be 00 00 00 00       	mov    $0x0,%esi
  800ec8:	8b 55 08             	mov    0x8(%ebp),%edx
  800ecb:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ece:	b8 04 00 00 00       	mov    $0x4,%eax
  800ed3:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800ed6:	89 f7                	mov    %esi,%edi
  800ed8:	cd 30                	int    $0x30
	if (check && ret > 0)
  800eda:	85 c0                	test   %eax,%eax
  800edc:	7f 08                	jg     800ee6 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800ede:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800ee1:	5b                   	pop    %ebx
  800ee2:	5e                   	pop    %esi
  800ee3:	5f                   	pop    %edi
  800ee4:	5d                   	pop    %ebp
  800ee5:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800ee6:	83 ec 0c             	sub    $0xc,%esp
  800ee9:	50                   	push   %eax
  800eea:	6a 04                	push   $0x4
  800eec:	68 c4 13 80 00       	push   $0x8013c4
  800ef1:	6a 1f                	push   $0x1f
  800ef3:	68 e1 13 80 00       	push   $0x8013e1
  800ef8:	e8 6c 01 00 00       	call   801069 <_panic>

00800efd <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800efd:	55                   	push   %ebp
  800efe:	89 e5                	mov    %esp,%ebp
  800f00:	57                   	push   %edi
  800f01:	56                   	push   %esi
  800f02:	53                   	push   %ebx
  800f03:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f06:	8b 55 08             	mov    0x8(%ebp),%edx
  800f09:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f0c:	b8 05 00 00 00       	mov    $0x5,%eax
  800f11:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f14:	8b 7d 14             	mov    0x14(%ebp),%edi
  800f17:	8b 75 18             	mov    0x18(%ebp),%esi
  800f1a:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f1c:	85 c0                	test   %eax,%eax
  800f1e:	7f 08                	jg     800f28 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800f20:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f23:	5b                   	pop    %ebx
  800f24:	5e                   	pop    %esi
  800f25:	5f                   	pop    %edi
  800f26:	5d                   	pop    %ebp
  800f27:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f28:	83 ec 0c             	sub    $0xc,%esp
  800f2b:	50                   	push   %eax
  800f2c:	6a 05                	push   $0x5
  800f2e:	68 c4 13 80 00       	push   $0x8013c4
  800f33:	6a 1f                	push   $0x1f
  800f35:	68 e1 13 80 00       	push   $0x8013e1
  800f3a:	e8 2a 01 00 00       	call   801069 <_panic>

00800f3f <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800f3f:	55                   	push   %ebp
  800f40:	89 e5                	mov    %esp,%ebp
  800f42:	57                   	push   %edi
  800f43:	56                   	push   %esi
  800f44:	53                   	push   %ebx
  800f45:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f48:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f4d:	8b 55 08             	mov    0x8(%ebp),%edx
  800f50:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f53:	b8 06 00 00 00       	mov    $0x6,%eax
  800f58:	89 df                	mov    %ebx,%edi
  800f5a:	89 de                	mov    %ebx,%esi
  800f5c:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f5e:	85 c0                	test   %eax,%eax
  800f60:	7f 08                	jg     800f6a <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  800f62:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f65:	5b                   	pop    %ebx
  800f66:	5e                   	pop    %esi
  800f67:	5f                   	pop    %edi
  800f68:	5d                   	pop    %ebp
  800f69:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f6a:	83 ec 0c             	sub    $0xc,%esp
  800f6d:	50                   	push   %eax
  800f6e:	6a 06                	push   $0x6
  800f70:	68 c4 13 80 00       	push   $0x8013c4
  800f75:	6a 1f                	push   $0x1f
  800f77:	68 e1 13 80 00       	push   $0x8013e1
  800f7c:	e8 e8 00 00 00       	call   801069 <_panic>

00800f81 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  800f81:	55                   	push   %ebp
  800f82:	89 e5                	mov    %esp,%ebp
  800f84:	57                   	push   %edi
  800f85:	56                   	push   %esi
  800f86:	53                   	push   %ebx
  800f87:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f8a:	bb 00 00 00 00       	mov    $0x0,%ebx
  800f8f:	8b 55 08             	mov    0x8(%ebp),%edx
  800f92:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f95:	b8 08 00 00 00       	mov    $0x8,%eax
  800f9a:	89 df                	mov    %ebx,%edi
  800f9c:	89 de                	mov    %ebx,%esi
  800f9e:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fa0:	85 c0                	test   %eax,%eax
  800fa2:	7f 08                	jg     800fac <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  800fa4:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fa7:	5b                   	pop    %ebx
  800fa8:	5e                   	pop    %esi
  800fa9:	5f                   	pop    %edi
  800faa:	5d                   	pop    %ebp
  800fab:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fac:	83 ec 0c             	sub    $0xc,%esp
  800faf:	50                   	push   %eax
  800fb0:	6a 08                	push   $0x8
  800fb2:	68 c4 13 80 00       	push   $0x8013c4
  800fb7:	6a 1f                	push   $0x1f
  800fb9:	68 e1 13 80 00       	push   $0x8013e1
  800fbe:	e8 a6 00 00 00       	call   801069 <_panic>

00800fc3 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800fc3:	55                   	push   %ebp
  800fc4:	89 e5                	mov    %esp,%ebp
  800fc6:	57                   	push   %edi
  800fc7:	56                   	push   %esi
  800fc8:	53                   	push   %ebx
  800fc9:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fcc:	bb 00 00 00 00       	mov    $0x0,%ebx
  800fd1:	8b 55 08             	mov    0x8(%ebp),%edx
  800fd4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fd7:	b8 09 00 00 00       	mov    $0x9,%eax
  800fdc:	89 df                	mov    %ebx,%edi
  800fde:	89 de                	mov    %ebx,%esi
  800fe0:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fe2:	85 c0                	test   %eax,%eax
  800fe4:	7f 08                	jg     800fee <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800fe6:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fe9:	5b                   	pop    %ebx
  800fea:	5e                   	pop    %esi
  800feb:	5f                   	pop    %edi
  800fec:	5d                   	pop    %ebp
  800fed:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fee:	83 ec 0c             	sub    $0xc,%esp
  800ff1:	50                   	push   %eax
  800ff2:	6a 09                	push   $0x9
  800ff4:	68 c4 13 80 00       	push   $0x8013c4
  800ff9:	6a 1f                	push   $0x1f
  800ffb:	68 e1 13 80 00       	push   $0x8013e1
  801000:	e8 64 00 00 00       	call   801069 <_panic>

00801005 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  801005:	55                   	push   %ebp
  801006:	89 e5                	mov    %esp,%ebp
  801008:	57                   	push   %edi
  801009:	56                   	push   %esi
  80100a:	53                   	push   %ebx
	asm volatile("int %1\n"
  80100b:	8b 55 08             	mov    0x8(%ebp),%edx
  80100e:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801011:	b8 0b 00 00 00       	mov    $0xb,%eax
  801016:	be 00 00 00 00       	mov    $0x0,%esi
  80101b:	8b 5d 10             	mov    0x10(%ebp),%ebx
  80101e:	8b 7d 14             	mov    0x14(%ebp),%edi
  801021:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  801023:	5b                   	pop    %ebx
  801024:	5e                   	pop    %esi
  801025:	5f                   	pop    %edi
  801026:	5d                   	pop    %ebp
  801027:	c3                   	ret

00801028 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  801028:	55                   	push   %ebp
  801029:	89 e5                	mov    %esp,%ebp
  80102b:	57                   	push   %edi
  80102c:	56                   	push   %esi
  80102d:	53                   	push   %ebx
  80102e:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801031:	b9 00 00 00 00       	mov    $0x0,%ecx
  801036:	8b 55 08             	mov    0x8(%ebp),%edx
  801039:	b8 0c 00 00 00       	mov    $0xc,%eax
  80103e:	89 cb                	mov    %ecx,%ebx
  801040:	89 cf                	mov    %ecx,%edi
  801042:	89 ce                	mov    %ecx,%esi
  801044:	cd 30                	int    $0x30
	if (check && ret > 0)
  801046:	85 c0                	test   %eax,%eax
  801048:	7f 08                	jg     801052 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  80104a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80104d:	5b                   	pop    %ebx
  80104e:	5e                   	pop    %esi
  80104f:	5f                   	pop    %edi
  801050:	5d                   	pop    %ebp
  801051:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801052:	83 ec 0c             	sub    $0xc,%esp
  801055:	50                   	push   %eax
  801056:	6a 0c                	push   $0xc
  801058:	68 c4 13 80 00       	push   $0x8013c4
  80105d:	6a 1f                	push   $0x1f
  80105f:	68 e1 13 80 00       	push   $0x8013e1
  801064:	e8 00 00 00 00       	call   801069 <_panic>

00801069 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  801069:	55                   	push   %ebp
  80106a:	89 e5                	mov    %esp,%ebp
  80106c:	56                   	push   %esi
  80106d:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  80106e:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  801071:	8b 35 00 20 80 00    	mov    0x802000,%esi
  801077:	e8 00 fe ff ff       	call   800e7c <sys_getenvid>
  80107c:	83 ec 0c             	sub    $0xc,%esp
  80107f:	ff 75 0c             	push   0xc(%ebp)
  801082:	ff 75 08             	push   0x8(%ebp)
  801085:	56                   	push   %esi
  801086:	50                   	push   %eax
  801087:	68 f0 13 80 00       	push   $0x8013f0
  80108c:	e8 50 f7 ff ff       	call   8007e1 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  801091:	83 c4 18             	add    $0x18,%esp
  801094:	53                   	push   %ebx
  801095:	ff 75 10             	push   0x10(%ebp)
  801098:	e8 56 00 00 00       	call   8010f3 <vcprintf>
	cprintf("\n");
  80109d:	c7 04 24 74 11 80 00 	movl   $0x801174,(%esp)
  8010a4:	e8 38 f7 ff ff       	call   8007e1 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  8010a9:	cc                   	int3
  8010aa:	83 c4 10             	add    $0x10,%esp
	for (;;)
  8010ad:	eb fe                	jmp    8010ad <_panic+0x44>

008010af <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  8010af:	55                   	push   %ebp
  8010b0:	89 e5                	mov    %esp,%ebp
  8010b2:	53                   	push   %ebx
  8010b3:	83 ec 04             	sub    $0x4,%esp
  8010b6:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  8010b9:	8b 13                	mov    (%ebx),%edx
  8010bb:	8d 42 01             	lea    0x1(%edx),%eax
  8010be:	89 03                	mov    %eax,(%ebx)
  8010c0:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8010c3:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  8010c7:	3d 00 01 00 00       	cmp    $0x100,%eax
  8010cc:	74 09                	je     8010d7 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  8010ce:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  8010d2:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8010d5:	c9                   	leave
  8010d6:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8010d7:	83 ec 08             	sub    $0x8,%esp
  8010da:	68 00 01 00 00       	push   $0x100
  8010df:	8d 43 08             	lea    0x8(%ebx),%eax
  8010e2:	50                   	push   %eax
  8010e3:	e8 16 fd ff ff       	call   800dfe <sys_cputs>
		b->idx = 0;
  8010e8:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8010ee:	83 c4 10             	add    $0x10,%esp
  8010f1:	eb db                	jmp    8010ce <putch+0x1f>

008010f3 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8010f3:	55                   	push   %ebp
  8010f4:	89 e5                	mov    %esp,%ebp
  8010f6:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8010fc:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  801103:	00 00 00 
	b.cnt = 0;
  801106:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  80110d:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  801110:	ff 75 0c             	push   0xc(%ebp)
  801113:	ff 75 08             	push   0x8(%ebp)
  801116:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  80111c:	50                   	push   %eax
  80111d:	68 af 10 80 00       	push   $0x8010af
  801122:	e8 67 f0 ff ff       	call   80018e <vprintfmt>
	if (b->idx > 0) {
  801127:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  80112d:	83 c4 10             	add    $0x10,%esp
  801130:	85 c0                	test   %eax,%eax
  801132:	7f 08                	jg     80113c <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  801134:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  80113a:	c9                   	leave
  80113b:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80113c:	83 ec 08             	sub    $0x8,%esp
  80113f:	50                   	push   %eax
  801140:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  801146:	50                   	push   %eax
  801147:	e8 b2 fc ff ff       	call   800dfe <sys_cputs>
  80114c:	83 c4 10             	add    $0x10,%esp
  80114f:	eb e3                	jmp    801134 <vcprintf+0x41>
