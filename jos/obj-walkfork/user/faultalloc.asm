
obj-walkfork/user/faultalloc:     file format elf32-i386


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
  80002c:	e8 99 00 00 00       	call   8000ca <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <handler>:

#include <inc/lib.h>

void
handler(struct UTrapframe *utf)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	53                   	push   %ebx
  800037:	83 ec 0c             	sub    $0xc,%esp
	int r;
	void *addr = (void*)utf->utf_fault_va;
  80003a:	8b 45 08             	mov    0x8(%ebp),%eax
  80003d:	8b 18                	mov    (%eax),%ebx

	cprintf("fault %x\n", addr);
  80003f:	53                   	push   %ebx
  800040:	68 c0 11 80 00       	push   $0x8011c0
  800045:	e8 4d 08 00 00       	call   800897 <cprintf>
	if ((r = sys_page_alloc(0, ROUNDDOWN(addr, PGSIZE),
  80004a:	83 c4 0c             	add    $0xc,%esp
  80004d:	6a 07                	push   $0x7
  80004f:	89 d8                	mov    %ebx,%eax
  800051:	25 00 f0 ff ff       	and    $0xfffff000,%eax
  800056:	50                   	push   %eax
  800057:	6a 00                	push   $0x0
  800059:	e8 12 0f 00 00       	call   800f70 <sys_page_alloc>
  80005e:	83 c4 10             	add    $0x10,%esp
  800061:	85 c0                	test   %eax,%eax
  800063:	78 16                	js     80007b <handler+0x48>
				PTE_P|PTE_U|PTE_W)) < 0)
		panic("allocating at %x in page fault handler: %e", addr, r);
	snprintf((char*) addr, 100, "this string was faulted in at %x", addr);
  800065:	53                   	push   %ebx
  800066:	68 0c 12 80 00       	push   $0x80120c
  80006b:	6a 64                	push   $0x64
  80006d:	53                   	push   %ebx
  80006e:	e8 38 08 00 00       	call   8008ab <snprintf>
}
  800073:	83 c4 10             	add    $0x10,%esp
  800076:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800079:	c9                   	leave
  80007a:	c3                   	ret
		panic("allocating at %x in page fault handler: %e", addr, r);
  80007b:	83 ec 0c             	sub    $0xc,%esp
  80007e:	50                   	push   %eax
  80007f:	53                   	push   %ebx
  800080:	68 e0 11 80 00       	push   $0x8011e0
  800085:	6a 11                	push   $0x11
  800087:	68 ca 11 80 00       	push   $0x8011ca
  80008c:	e8 91 00 00 00       	call   800122 <_panic>

00800091 <umain>:

void
umain(int argc, char **argv)
{
  800091:	55                   	push   %ebp
  800092:	89 e5                	mov    %esp,%ebp
  800094:	83 ec 14             	sub    $0x14,%esp
	set_pgfault_handler(handler);
  800097:	68 33 00 80 00       	push   $0x800033
  80009c:	e8 7e 10 00 00       	call   80111f <set_pgfault_handler>
	cprintf("%s\n", (char*)0xDeadBeef);
  8000a1:	83 c4 08             	add    $0x8,%esp
  8000a4:	68 ef be ad de       	push   $0xdeadbeef
  8000a9:	68 dc 11 80 00       	push   $0x8011dc
  8000ae:	e8 e4 07 00 00       	call   800897 <cprintf>
	cprintf("%s\n", (char*)0xCafeBffe);
  8000b3:	83 c4 08             	add    $0x8,%esp
  8000b6:	68 fe bf fe ca       	push   $0xcafebffe
  8000bb:	68 dc 11 80 00       	push   $0x8011dc
  8000c0:	e8 d2 07 00 00       	call   800897 <cprintf>
}
  8000c5:	83 c4 10             	add    $0x10,%esp
  8000c8:	c9                   	leave
  8000c9:	c3                   	ret

008000ca <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8000ca:	55                   	push   %ebp
  8000cb:	89 e5                	mov    %esp,%ebp
  8000cd:	56                   	push   %esi
  8000ce:	53                   	push   %ebx
  8000cf:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8000d2:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  8000d5:	e8 58 0e 00 00       	call   800f32 <sys_getenvid>
  8000da:	25 ff 03 00 00       	and    $0x3ff,%eax
  8000df:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8000e2:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8000e7:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  8000ec:	85 db                	test   %ebx,%ebx
  8000ee:	7e 07                	jle    8000f7 <libmain+0x2d>
		binaryname = argv[0];
  8000f0:	8b 06                	mov    (%esi),%eax
  8000f2:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  8000f7:	83 ec 08             	sub    $0x8,%esp
  8000fa:	56                   	push   %esi
  8000fb:	53                   	push   %ebx
  8000fc:	e8 90 ff ff ff       	call   800091 <umain>

	exit();
  800101:	e8 0a 00 00 00       	call   800110 <exit>
}
  800106:	83 c4 10             	add    $0x10,%esp
  800109:	8d 65 f8             	lea    -0x8(%ebp),%esp
  80010c:	5b                   	pop    %ebx
  80010d:	5e                   	pop    %esi
  80010e:	5d                   	pop    %ebp
  80010f:	c3                   	ret

00800110 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  800110:	55                   	push   %ebp
  800111:	89 e5                	mov    %esp,%ebp
  800113:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800116:	6a 00                	push   $0x0
  800118:	e8 d4 0d 00 00       	call   800ef1 <sys_env_destroy>
}
  80011d:	83 c4 10             	add    $0x10,%esp
  800120:	c9                   	leave
  800121:	c3                   	ret

00800122 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  800122:	55                   	push   %ebp
  800123:	89 e5                	mov    %esp,%ebp
  800125:	56                   	push   %esi
  800126:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800127:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  80012a:	8b 35 00 20 80 00    	mov    0x802000,%esi
  800130:	e8 fd 0d 00 00       	call   800f32 <sys_getenvid>
  800135:	83 ec 0c             	sub    $0xc,%esp
  800138:	ff 75 0c             	push   0xc(%ebp)
  80013b:	ff 75 08             	push   0x8(%ebp)
  80013e:	56                   	push   %esi
  80013f:	50                   	push   %eax
  800140:	68 38 12 80 00       	push   $0x801238
  800145:	e8 4d 07 00 00       	call   800897 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  80014a:	83 c4 18             	add    $0x18,%esp
  80014d:	53                   	push   %ebx
  80014e:	ff 75 10             	push   0x10(%ebp)
  800151:	e8 56 00 00 00       	call   8001ac <vcprintf>
	cprintf("\n");
  800156:	c7 04 24 de 11 80 00 	movl   $0x8011de,(%esp)
  80015d:	e8 35 07 00 00       	call   800897 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  800162:	cc                   	int3
  800163:	83 c4 10             	add    $0x10,%esp
	for (;;)
  800166:	eb fe                	jmp    800166 <_panic+0x44>

00800168 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  800168:	55                   	push   %ebp
  800169:	89 e5                	mov    %esp,%ebp
  80016b:	53                   	push   %ebx
  80016c:	83 ec 04             	sub    $0x4,%esp
  80016f:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  800172:	8b 13                	mov    (%ebx),%edx
  800174:	8d 42 01             	lea    0x1(%edx),%eax
  800177:	89 03                	mov    %eax,(%ebx)
  800179:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80017c:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  800180:	3d 00 01 00 00       	cmp    $0x100,%eax
  800185:	74 09                	je     800190 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  800187:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  80018b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80018e:	c9                   	leave
  80018f:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  800190:	83 ec 08             	sub    $0x8,%esp
  800193:	68 00 01 00 00       	push   $0x100
  800198:	8d 43 08             	lea    0x8(%ebx),%eax
  80019b:	50                   	push   %eax
  80019c:	e8 13 0d 00 00       	call   800eb4 <sys_cputs>
		b->idx = 0;
  8001a1:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8001a7:	83 c4 10             	add    $0x10,%esp
  8001aa:	eb db                	jmp    800187 <putch+0x1f>

008001ac <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8001ac:	55                   	push   %ebp
  8001ad:	89 e5                	mov    %esp,%ebp
  8001af:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8001b5:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8001bc:	00 00 00 
	b.cnt = 0;
  8001bf:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8001c6:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8001c9:	ff 75 0c             	push   0xc(%ebp)
  8001cc:	ff 75 08             	push   0x8(%ebp)
  8001cf:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8001d5:	50                   	push   %eax
  8001d6:	68 68 01 80 00       	push   $0x800168
  8001db:	e8 64 00 00 00       	call   800244 <vprintfmt>
	if (b->idx > 0) {
  8001e0:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8001e6:	83 c4 10             	add    $0x10,%esp
  8001e9:	85 c0                	test   %eax,%eax
  8001eb:	7f 08                	jg     8001f5 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8001ed:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8001f3:	c9                   	leave
  8001f4:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8001f5:	83 ec 08             	sub    $0x8,%esp
  8001f8:	50                   	push   %eax
  8001f9:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  8001ff:	50                   	push   %eax
  800200:	e8 af 0c 00 00       	call   800eb4 <sys_cputs>
  800205:	83 c4 10             	add    $0x10,%esp
  800208:	eb e3                	jmp    8001ed <vcprintf+0x41>

0080020a <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  80020a:	55                   	push   %ebp
  80020b:	89 e5                	mov    %esp,%ebp
  80020d:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  800210:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  800214:	8b 10                	mov    (%eax),%edx
  800216:	3b 50 04             	cmp    0x4(%eax),%edx
  800219:	73 0a                	jae    800225 <sprintputch+0x1b>
		*b->buf++ = ch;
  80021b:	8d 4a 01             	lea    0x1(%edx),%ecx
  80021e:	89 08                	mov    %ecx,(%eax)
  800220:	8b 45 08             	mov    0x8(%ebp),%eax
  800223:	88 02                	mov    %al,(%edx)
}
  800225:	5d                   	pop    %ebp
  800226:	c3                   	ret

00800227 <printfmt>:
{
  800227:	55                   	push   %ebp
  800228:	89 e5                	mov    %esp,%ebp
  80022a:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  80022d:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  800230:	50                   	push   %eax
  800231:	ff 75 10             	push   0x10(%ebp)
  800234:	ff 75 0c             	push   0xc(%ebp)
  800237:	ff 75 08             	push   0x8(%ebp)
  80023a:	e8 05 00 00 00       	call   800244 <vprintfmt>
}
  80023f:	83 c4 10             	add    $0x10,%esp
  800242:	c9                   	leave
  800243:	c3                   	ret

00800244 <vprintfmt>:
{
  800244:	55                   	push   %ebp
  800245:	89 e5                	mov    %esp,%ebp
  800247:	57                   	push   %edi
  800248:	56                   	push   %esi
  800249:	53                   	push   %ebx
  80024a:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80024d:	8b 45 10             	mov    0x10(%ebp),%eax
  800250:	8d 58 01             	lea    0x1(%eax),%ebx
  800253:	0f b6 00             	movzbl (%eax),%eax
  800256:	83 f8 25             	cmp    $0x25,%eax
  800259:	74 24                	je     80027f <vprintfmt+0x3b>
  80025b:	8b 75 08             	mov    0x8(%ebp),%esi
  80025e:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800261:	85 c0                	test   %eax,%eax
  800263:	0f 84 d8 05 00 00    	je     800841 <vprintfmt+0x5fd>
			putch(ch, putdat);
  800269:	83 ec 08             	sub    $0x8,%esp
  80026c:	57                   	push   %edi
  80026d:	50                   	push   %eax
  80026e:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800270:	83 c3 01             	add    $0x1,%ebx
  800273:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800277:	83 c4 10             	add    $0x10,%esp
  80027a:	83 f8 25             	cmp    $0x25,%eax
  80027d:	75 e2                	jne    800261 <vprintfmt+0x1d>
		padc = ' ';
  80027f:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  800283:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800288:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  80028f:	b9 00 00 00 00       	mov    $0x0,%ecx
  800294:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800296:	8d 53 01             	lea    0x1(%ebx),%edx
  800299:	0f b6 0b             	movzbl (%ebx),%ecx
  80029c:	8d 41 dd             	lea    -0x23(%ecx),%eax
  80029f:	3c 55                	cmp    $0x55,%al
  8002a1:	0f 87 21 05 00 00    	ja     8007c8 <vprintfmt+0x584>
  8002a7:	0f b6 c0             	movzbl %al,%eax
  8002aa:	ff 24 85 20 13 80 00 	jmp    *0x801320(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8002b1:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8002b4:	eb 97                	jmp    80024d <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8002b6:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8002b8:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8002bc:	eb d8                	jmp    800296 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8002be:	89 d3                	mov    %edx,%ebx
  8002c0:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8002c4:	eb d0                	jmp    800296 <vprintfmt+0x52>
  8002c6:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8002c9:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8002cc:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8002d0:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8002d3:	83 f9 09             	cmp    $0x9,%ecx
  8002d6:	77 54                	ja     80032c <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8002d8:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8002db:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8002de:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8002e2:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8002e5:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8002e8:	83 f9 09             	cmp    $0x9,%ecx
  8002eb:	76 eb                	jbe    8002d8 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8002ed:	89 d3                	mov    %edx,%ebx
  8002ef:	eb 0d                	jmp    8002fe <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8002f1:	8b 45 14             	mov    0x14(%ebp),%eax
  8002f4:	8b 38                	mov    (%eax),%edi
  8002f6:	8d 40 04             	lea    0x4(%eax),%eax
  8002f9:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8002fc:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8002fe:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800302:	79 92                	jns    800296 <vprintfmt+0x52>
				width = precision, precision = -1;
  800304:	89 7d ac             	mov    %edi,-0x54(%ebp)
  800307:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  80030c:	eb 88                	jmp    800296 <vprintfmt+0x52>
			if (width < 0)
  80030e:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  800311:	85 c9                	test   %ecx,%ecx
  800313:	b8 00 00 00 00       	mov    $0x0,%eax
  800318:	0f 49 c1             	cmovns %ecx,%eax
  80031b:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  80031e:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800320:	e9 71 ff ff ff       	jmp    800296 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800325:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800327:	e9 6a ff ff ff       	jmp    800296 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80032c:	89 d3                	mov    %edx,%ebx
  80032e:	eb ce                	jmp    8002fe <vprintfmt+0xba>
			lflag++;
  800330:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800333:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800335:	e9 5c ff ff ff       	jmp    800296 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  80033a:	89 55 10             	mov    %edx,0x10(%ebp)
  80033d:	8b 45 14             	mov    0x14(%ebp),%eax
  800340:	8d 58 04             	lea    0x4(%eax),%ebx
  800343:	83 ec 08             	sub    $0x8,%esp
  800346:	ff 75 0c             	push   0xc(%ebp)
  800349:	ff 30                	push   (%eax)
  80034b:	ff 55 08             	call   *0x8(%ebp)
			break;
  80034e:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800351:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800354:	e9 f4 fe ff ff       	jmp    80024d <vprintfmt+0x9>
			err = va_arg(ap, int);
  800359:	89 55 10             	mov    %edx,0x10(%ebp)
  80035c:	8b 45 14             	mov    0x14(%ebp),%eax
  80035f:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800362:	8b 10                	mov    (%eax),%edx
  800364:	89 d0                	mov    %edx,%eax
  800366:	f7 d8                	neg    %eax
  800368:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  80036b:	83 f8 08             	cmp    $0x8,%eax
  80036e:	7f 27                	jg     800397 <vprintfmt+0x153>
  800370:	8b 14 85 80 14 80 00 	mov    0x801480(,%eax,4),%edx
  800377:	85 d2                	test   %edx,%edx
  800379:	74 1c                	je     800397 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  80037b:	52                   	push   %edx
  80037c:	68 6b 12 80 00       	push   $0x80126b
  800381:	ff 75 0c             	push   0xc(%ebp)
  800384:	ff 75 08             	push   0x8(%ebp)
  800387:	e8 9b fe ff ff       	call   800227 <printfmt>
  80038c:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80038f:	89 5d 14             	mov    %ebx,0x14(%ebp)
  800392:	e9 b6 fe ff ff       	jmp    80024d <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  800397:	50                   	push   %eax
  800398:	68 62 12 80 00       	push   $0x801262
  80039d:	ff 75 0c             	push   0xc(%ebp)
  8003a0:	ff 75 08             	push   0x8(%ebp)
  8003a3:	e8 7f fe ff ff       	call   800227 <printfmt>
  8003a8:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8003ab:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8003ae:	e9 9a fe ff ff       	jmp    80024d <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8003b3:	89 55 10             	mov    %edx,0x10(%ebp)
  8003b6:	8b 45 14             	mov    0x14(%ebp),%eax
  8003b9:	83 c0 04             	add    $0x4,%eax
  8003bc:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8003bf:	8b 45 14             	mov    0x14(%ebp),%eax
  8003c2:	8b 30                	mov    (%eax),%esi
  8003c4:	85 f6                	test   %esi,%esi
  8003c6:	0f 84 53 04 00 00    	je     80081f <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8003cc:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8003d0:	7e 06                	jle    8003d8 <vprintfmt+0x194>
  8003d2:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8003d6:	75 1b                	jne    8003f3 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8003d8:	8d 5e 01             	lea    0x1(%esi),%ebx
  8003db:	0f be 06             	movsbl (%esi),%eax
  8003de:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8003e1:	85 c0                	test   %eax,%eax
  8003e3:	0f 85 80 00 00 00    	jne    800469 <vprintfmt+0x225>
  8003e9:	e9 8c 00 00 00       	jmp    80047a <vprintfmt+0x236>
				p = "(null)";
  8003ee:	be 5b 12 80 00       	mov    $0x80125b,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8003f3:	83 ec 08             	sub    $0x8,%esp
  8003f6:	57                   	push   %edi
  8003f7:	56                   	push   %esi
  8003f8:	e8 ea 04 00 00       	call   8008e7 <strnlen>
  8003fd:	29 45 ac             	sub    %eax,-0x54(%ebp)
  800400:	8b 55 ac             	mov    -0x54(%ebp),%edx
  800403:	83 c4 10             	add    $0x10,%esp
  800406:	85 d2                	test   %edx,%edx
  800408:	0f 8e f5 03 00 00    	jle    800803 <vprintfmt+0x5bf>
					putch(padc, putdat);
  80040e:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  800412:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800415:	89 d6                	mov    %edx,%esi
  800417:	89 7d b0             	mov    %edi,-0x50(%ebp)
  80041a:	8b 7d 0c             	mov    0xc(%ebp),%edi
  80041d:	83 ec 08             	sub    $0x8,%esp
  800420:	57                   	push   %edi
  800421:	53                   	push   %ebx
  800422:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800425:	83 c4 10             	add    $0x10,%esp
  800428:	83 ee 01             	sub    $0x1,%esi
  80042b:	75 f0                	jne    80041d <vprintfmt+0x1d9>
  80042d:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800430:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800433:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800436:	8d 5e 01             	lea    0x1(%esi),%ebx
  800439:	0f be 06             	movsbl (%esi),%eax
  80043c:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80043f:	85 c0                	test   %eax,%eax
  800441:	75 26                	jne    800469 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800443:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800446:	89 45 14             	mov    %eax,0x14(%ebp)
  800449:	e9 ff fd ff ff       	jmp    80024d <vprintfmt+0x9>
				putch(ch, putdat);
  80044e:	83 ec 08             	sub    $0x8,%esp
  800451:	ff 75 0c             	push   0xc(%ebp)
  800454:	50                   	push   %eax
  800455:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800458:	83 ee 01             	sub    $0x1,%esi
  80045b:	83 c3 01             	add    $0x1,%ebx
  80045e:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800462:	83 c4 10             	add    $0x10,%esp
  800465:	85 c0                	test   %eax,%eax
  800467:	74 0e                	je     800477 <vprintfmt+0x233>
  800469:	85 ff                	test   %edi,%edi
  80046b:	78 e1                	js     80044e <vprintfmt+0x20a>
  80046d:	83 ef 01             	sub    $0x1,%edi
  800470:	79 dc                	jns    80044e <vprintfmt+0x20a>
  800472:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800475:	eb 03                	jmp    80047a <vprintfmt+0x236>
  800477:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  80047a:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80047e:	7e 24                	jle    8004a4 <vprintfmt+0x260>
  800480:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  800483:	8b 75 08             	mov    0x8(%ebp),%esi
  800486:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800489:	83 ec 08             	sub    $0x8,%esp
  80048c:	57                   	push   %edi
  80048d:	6a 20                	push   $0x20
  80048f:	ff d6                	call   *%esi
			for (; width > 0; width--)
  800491:	83 c4 10             	add    $0x10,%esp
  800494:	83 eb 01             	sub    $0x1,%ebx
  800497:	75 f0                	jne    800489 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800499:	8b 45 b8             	mov    -0x48(%ebp),%eax
  80049c:	89 45 14             	mov    %eax,0x14(%ebp)
  80049f:	e9 a9 fd ff ff       	jmp    80024d <vprintfmt+0x9>
  8004a4:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8004a7:	89 45 14             	mov    %eax,0x14(%ebp)
  8004aa:	e9 9e fd ff ff       	jmp    80024d <vprintfmt+0x9>
	if (lflag >= 2)
  8004af:	89 55 10             	mov    %edx,0x10(%ebp)
  8004b2:	83 fe 01             	cmp    $0x1,%esi
  8004b5:	7f 1b                	jg     8004d2 <vprintfmt+0x28e>
	else if (lflag)
  8004b7:	85 f6                	test   %esi,%esi
  8004b9:	74 39                	je     8004f4 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8004bb:	8b 45 14             	mov    0x14(%ebp),%eax
  8004be:	8b 00                	mov    (%eax),%eax
  8004c0:	89 c6                	mov    %eax,%esi
  8004c2:	89 c7                	mov    %eax,%edi
  8004c4:	c1 ff 1f             	sar    $0x1f,%edi
  8004c7:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ca:	8d 40 04             	lea    0x4(%eax),%eax
  8004cd:	89 45 14             	mov    %eax,0x14(%ebp)
  8004d0:	eb 0e                	jmp    8004e0 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8004d2:	8b 45 14             	mov    0x14(%ebp),%eax
  8004d5:	8b 30                	mov    (%eax),%esi
  8004d7:	8b 78 04             	mov    0x4(%eax),%edi
  8004da:	8d 40 08             	lea    0x8(%eax),%eax
  8004dd:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8004e0:	85 ff                	test   %edi,%edi
  8004e2:	78 27                	js     80050b <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8004e4:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8004e7:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8004ea:	b8 0a 00 00 00       	mov    $0xa,%eax
  8004ef:	e9 53 01 00 00       	jmp    800647 <vprintfmt+0x403>
		return va_arg(*ap, int);
  8004f4:	8b 45 14             	mov    0x14(%ebp),%eax
  8004f7:	8b 00                	mov    (%eax),%eax
  8004f9:	89 c6                	mov    %eax,%esi
  8004fb:	89 c7                	mov    %eax,%edi
  8004fd:	c1 ff 1f             	sar    $0x1f,%edi
  800500:	8b 45 14             	mov    0x14(%ebp),%eax
  800503:	8d 40 04             	lea    0x4(%eax),%eax
  800506:	89 45 14             	mov    %eax,0x14(%ebp)
  800509:	eb d5                	jmp    8004e0 <vprintfmt+0x29c>
				putch('-', putdat);
  80050b:	83 ec 08             	sub    $0x8,%esp
  80050e:	ff 75 0c             	push   0xc(%ebp)
  800511:	6a 2d                	push   $0x2d
  800513:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800516:	f7 de                	neg    %esi
  800518:	83 d7 00             	adc    $0x0,%edi
  80051b:	f7 df                	neg    %edi
  80051d:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800520:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800523:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800526:	b8 0a 00 00 00       	mov    $0xa,%eax
  80052b:	e9 17 01 00 00       	jmp    800647 <vprintfmt+0x403>
	if (lflag >= 2)
  800530:	89 55 10             	mov    %edx,0x10(%ebp)
  800533:	83 fe 01             	cmp    $0x1,%esi
  800536:	7f 27                	jg     80055f <vprintfmt+0x31b>
	else if (lflag)
  800538:	85 f6                	test   %esi,%esi
  80053a:	74 44                	je     800580 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  80053c:	8b 45 14             	mov    0x14(%ebp),%eax
  80053f:	8b 00                	mov    (%eax),%eax
  800541:	ba 00 00 00 00       	mov    $0x0,%edx
  800546:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800549:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80054c:	8b 45 14             	mov    0x14(%ebp),%eax
  80054f:	8d 40 04             	lea    0x4(%eax),%eax
  800552:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800555:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  80055a:	e9 e8 00 00 00       	jmp    800647 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80055f:	8b 45 14             	mov    0x14(%ebp),%eax
  800562:	8b 50 04             	mov    0x4(%eax),%edx
  800565:	8b 00                	mov    (%eax),%eax
  800567:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80056a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80056d:	8b 45 14             	mov    0x14(%ebp),%eax
  800570:	8d 40 08             	lea    0x8(%eax),%eax
  800573:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800576:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  80057b:	e9 c7 00 00 00       	jmp    800647 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800580:	8b 45 14             	mov    0x14(%ebp),%eax
  800583:	8b 00                	mov    (%eax),%eax
  800585:	ba 00 00 00 00       	mov    $0x0,%edx
  80058a:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80058d:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800590:	8b 45 14             	mov    0x14(%ebp),%eax
  800593:	8d 40 04             	lea    0x4(%eax),%eax
  800596:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800599:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  80059e:	e9 a4 00 00 00       	jmp    800647 <vprintfmt+0x403>
	if (lflag >= 2)
  8005a3:	89 55 10             	mov    %edx,0x10(%ebp)
  8005a6:	83 fe 01             	cmp    $0x1,%esi
  8005a9:	7f 24                	jg     8005cf <vprintfmt+0x38b>
	else if (lflag)
  8005ab:	85 f6                	test   %esi,%esi
  8005ad:	74 3e                	je     8005ed <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8005af:	8b 45 14             	mov    0x14(%ebp),%eax
  8005b2:	8b 00                	mov    (%eax),%eax
  8005b4:	ba 00 00 00 00       	mov    $0x0,%edx
  8005b9:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005bc:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005bf:	8b 45 14             	mov    0x14(%ebp),%eax
  8005c2:	8d 40 04             	lea    0x4(%eax),%eax
  8005c5:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005c8:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8005cd:	eb 78                	jmp    800647 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8005cf:	8b 45 14             	mov    0x14(%ebp),%eax
  8005d2:	8b 50 04             	mov    0x4(%eax),%edx
  8005d5:	8b 00                	mov    (%eax),%eax
  8005d7:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005da:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005dd:	8b 45 14             	mov    0x14(%ebp),%eax
  8005e0:	8d 40 08             	lea    0x8(%eax),%eax
  8005e3:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005e6:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8005eb:	eb 5a                	jmp    800647 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8005ed:	8b 45 14             	mov    0x14(%ebp),%eax
  8005f0:	8b 00                	mov    (%eax),%eax
  8005f2:	ba 00 00 00 00       	mov    $0x0,%edx
  8005f7:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005fa:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005fd:	8b 45 14             	mov    0x14(%ebp),%eax
  800600:	8d 40 04             	lea    0x4(%eax),%eax
  800603:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800606:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  80060b:	eb 3a                	jmp    800647 <vprintfmt+0x403>
			putch('0', putdat);
  80060d:	89 55 10             	mov    %edx,0x10(%ebp)
  800610:	83 ec 08             	sub    $0x8,%esp
  800613:	ff 75 0c             	push   0xc(%ebp)
  800616:	6a 30                	push   $0x30
  800618:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  80061b:	83 c4 08             	add    $0x8,%esp
  80061e:	ff 75 0c             	push   0xc(%ebp)
  800621:	6a 78                	push   $0x78
  800623:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800626:	8b 45 14             	mov    0x14(%ebp),%eax
  800629:	8b 00                	mov    (%eax),%eax
  80062b:	ba 00 00 00 00       	mov    $0x0,%edx
  800630:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800633:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800636:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800639:	8b 45 14             	mov    0x14(%ebp),%eax
  80063c:	8d 40 04             	lea    0x4(%eax),%eax
  80063f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800642:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800647:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  80064b:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  80064e:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800653:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800656:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  80065d:	89 7d a8             	mov    %edi,-0x58(%ebp)
  800660:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800663:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800666:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800669:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  80066d:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  800670:	8d 55 cf             	lea    -0x31(%ebp),%edx
  800673:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800676:	ff 75 bc             	push   -0x44(%ebp)
  800679:	ff 75 b8             	push   -0x48(%ebp)
  80067c:	57                   	push   %edi
  80067d:	56                   	push   %esi
  80067e:	e8 2f 07 00 00       	call   800db2 <__umoddi3>
  800683:	83 c4 10             	add    $0x10,%esp
  800686:	0f b6 80 6e 12 80 00 	movzbl 0x80126e(%eax),%eax
  80068d:	88 03                	mov    %al,(%ebx)
		num /= base;
  80068f:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800692:	89 fb                	mov    %edi,%ebx
  800694:	ff 75 bc             	push   -0x44(%ebp)
  800697:	ff 75 b8             	push   -0x48(%ebp)
  80069a:	57                   	push   %edi
  80069b:	56                   	push   %esi
  80069c:	e8 f6 06 00 00       	call   800d97 <__udivdi3>
  8006a1:	83 c4 10             	add    $0x10,%esp
  8006a4:	89 c6                	mov    %eax,%esi
  8006a6:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8006a8:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8006ab:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8006ae:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8006b1:	73 b6                	jae    800669 <vprintfmt+0x425>
	pad = width - n;
  8006b3:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8006b6:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8006b9:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006bc:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8006be:	83 ff 2d             	cmp    $0x2d,%edi
  8006c1:	0f 84 de 00 00 00    	je     8007a5 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8006c7:	85 f6                	test   %esi,%esi
  8006c9:	0f 8e 27 01 00 00    	jle    8007f6 <vprintfmt+0x5b2>
  8006cf:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8006d2:	83 ec 08             	sub    $0x8,%esp
  8006d5:	53                   	push   %ebx
  8006d6:	57                   	push   %edi
  8006d7:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8006da:	83 c4 10             	add    $0x10,%esp
  8006dd:	83 ee 01             	sub    $0x1,%esi
  8006e0:	75 f0                	jne    8006d2 <vprintfmt+0x48e>
  8006e2:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8006e5:	85 db                	test   %ebx,%ebx
  8006e7:	0f 8e 60 fb ff ff    	jle    80024d <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8006ed:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8006f0:	8b 75 08             	mov    0x8(%ebp),%esi
  8006f3:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8006f6:	83 eb 01             	sub    $0x1,%ebx
  8006f9:	83 ec 08             	sub    $0x8,%esp
  8006fc:	57                   	push   %edi
  8006fd:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  800702:	50                   	push   %eax
  800703:	ff d6                	call   *%esi
	while (n > 0)
  800705:	83 c4 10             	add    $0x10,%esp
  800708:	85 db                	test   %ebx,%ebx
  80070a:	7f ea                	jg     8006f6 <vprintfmt+0x4b2>
  80070c:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  80070f:	85 f6                	test   %esi,%esi
  800711:	0f 8e 36 fb ff ff    	jle    80024d <vprintfmt+0x9>
  800717:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80071a:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  80071d:	83 ec 08             	sub    $0x8,%esp
  800720:	57                   	push   %edi
  800721:	6a 20                	push   $0x20
  800723:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800725:	83 c4 10             	add    $0x10,%esp
  800728:	83 ee 01             	sub    $0x1,%esi
  80072b:	75 f0                	jne    80071d <vprintfmt+0x4d9>
  80072d:	e9 1b fb ff ff       	jmp    80024d <vprintfmt+0x9>
	if (lflag >= 2)
  800732:	89 55 10             	mov    %edx,0x10(%ebp)
  800735:	83 fe 01             	cmp    $0x1,%esi
  800738:	7f 27                	jg     800761 <vprintfmt+0x51d>
	else if (lflag)
  80073a:	85 f6                	test   %esi,%esi
  80073c:	74 44                	je     800782 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  80073e:	8b 45 14             	mov    0x14(%ebp),%eax
  800741:	8b 00                	mov    (%eax),%eax
  800743:	ba 00 00 00 00       	mov    $0x0,%edx
  800748:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80074b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80074e:	8b 45 14             	mov    0x14(%ebp),%eax
  800751:	8d 40 04             	lea    0x4(%eax),%eax
  800754:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800757:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  80075c:	e9 e6 fe ff ff       	jmp    800647 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800761:	8b 45 14             	mov    0x14(%ebp),%eax
  800764:	8b 50 04             	mov    0x4(%eax),%edx
  800767:	8b 00                	mov    (%eax),%eax
  800769:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80076c:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80076f:	8b 45 14             	mov    0x14(%ebp),%eax
  800772:	8d 40 08             	lea    0x8(%eax),%eax
  800775:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800778:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  80077d:	e9 c5 fe ff ff       	jmp    800647 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  800782:	8b 45 14             	mov    0x14(%ebp),%eax
  800785:	8b 00                	mov    (%eax),%eax
  800787:	ba 00 00 00 00       	mov    $0x0,%edx
  80078c:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80078f:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800792:	8b 45 14             	mov    0x14(%ebp),%eax
  800795:	8d 40 04             	lea    0x4(%eax),%eax
  800798:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80079b:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8007a0:	e9 a2 fe ff ff       	jmp    800647 <vprintfmt+0x403>
	while (n > 0)
  8007a5:	85 db                	test   %ebx,%ebx
  8007a7:	0f 8f 40 ff ff ff    	jg     8006ed <vprintfmt+0x4a9>
  8007ad:	e9 5d ff ff ff       	jmp    80070f <vprintfmt+0x4cb>
			putch(ch, putdat);
  8007b2:	89 55 10             	mov    %edx,0x10(%ebp)
  8007b5:	83 ec 08             	sub    $0x8,%esp
  8007b8:	ff 75 0c             	push   0xc(%ebp)
  8007bb:	6a 25                	push   $0x25
  8007bd:	ff 55 08             	call   *0x8(%ebp)
			break;
  8007c0:	83 c4 10             	add    $0x10,%esp
  8007c3:	e9 85 fa ff ff       	jmp    80024d <vprintfmt+0x9>
			putch('%', putdat);
  8007c8:	83 ec 08             	sub    $0x8,%esp
  8007cb:	ff 75 0c             	push   0xc(%ebp)
  8007ce:	6a 25                	push   $0x25
  8007d0:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8007d3:	83 c4 10             	add    $0x10,%esp
  8007d6:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8007da:	0f 84 d1 fa ff ff    	je     8002b1 <vprintfmt+0x6d>
  8007e0:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8007e3:	89 d8                	mov    %ebx,%eax
  8007e5:	83 e8 01             	sub    $0x1,%eax
  8007e8:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8007ec:	75 f7                	jne    8007e5 <vprintfmt+0x5a1>
  8007ee:	89 45 10             	mov    %eax,0x10(%ebp)
  8007f1:	e9 57 fa ff ff       	jmp    80024d <vprintfmt+0x9>
	while (n > 0)
  8007f6:	85 db                	test   %ebx,%ebx
  8007f8:	0f 8f ef fe ff ff    	jg     8006ed <vprintfmt+0x4a9>
  8007fe:	e9 4a fa ff ff       	jmp    80024d <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800803:	8d 5e 01             	lea    0x1(%esi),%ebx
  800806:	0f be 06             	movsbl (%esi),%eax
  800809:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80080c:	85 c0                	test   %eax,%eax
  80080e:	0f 85 55 fc ff ff    	jne    800469 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800814:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800817:	89 45 14             	mov    %eax,0x14(%ebp)
  80081a:	e9 2e fa ff ff       	jmp    80024d <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  80081f:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800823:	74 0a                	je     80082f <vprintfmt+0x5eb>
  800825:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800829:	0f 8f bf fb ff ff    	jg     8003ee <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80082f:	b8 28 00 00 00       	mov    $0x28,%eax
  800834:	bb 5c 12 80 00       	mov    $0x80125c,%ebx
  800839:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80083c:	e9 28 fc ff ff       	jmp    800469 <vprintfmt+0x225>
}
  800841:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800844:	5b                   	pop    %ebx
  800845:	5e                   	pop    %esi
  800846:	5f                   	pop    %edi
  800847:	5d                   	pop    %ebp
  800848:	c3                   	ret

00800849 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800849:	55                   	push   %ebp
  80084a:	89 e5                	mov    %esp,%ebp
  80084c:	83 ec 18             	sub    $0x18,%esp
  80084f:	8b 45 08             	mov    0x8(%ebp),%eax
  800852:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800855:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800858:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  80085c:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  80085f:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800866:	85 c0                	test   %eax,%eax
  800868:	74 26                	je     800890 <vsnprintf+0x47>
  80086a:	85 d2                	test   %edx,%edx
  80086c:	7e 22                	jle    800890 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  80086e:	ff 75 14             	push   0x14(%ebp)
  800871:	ff 75 10             	push   0x10(%ebp)
  800874:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800877:	50                   	push   %eax
  800878:	68 0a 02 80 00       	push   $0x80020a
  80087d:	e8 c2 f9 ff ff       	call   800244 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  800882:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800885:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800888:	8b 45 f4             	mov    -0xc(%ebp),%eax
  80088b:	83 c4 10             	add    $0x10,%esp
}
  80088e:	c9                   	leave
  80088f:	c3                   	ret
		return -E_INVAL;
  800890:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800895:	eb f7                	jmp    80088e <vsnprintf+0x45>

00800897 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800897:	55                   	push   %ebp
  800898:	89 e5                	mov    %esp,%ebp
  80089a:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  80089d:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  8008a0:	50                   	push   %eax
  8008a1:	ff 75 08             	push   0x8(%ebp)
  8008a4:	e8 03 f9 ff ff       	call   8001ac <vcprintf>
	va_end(ap);

	return cnt;
}
  8008a9:	c9                   	leave
  8008aa:	c3                   	ret

008008ab <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  8008ab:	55                   	push   %ebp
  8008ac:	89 e5                	mov    %esp,%ebp
  8008ae:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  8008b1:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  8008b4:	50                   	push   %eax
  8008b5:	ff 75 10             	push   0x10(%ebp)
  8008b8:	ff 75 0c             	push   0xc(%ebp)
  8008bb:	ff 75 08             	push   0x8(%ebp)
  8008be:	e8 86 ff ff ff       	call   800849 <vsnprintf>
	va_end(ap);

	return rc;
}
  8008c3:	c9                   	leave
  8008c4:	c3                   	ret

008008c5 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8008c5:	55                   	push   %ebp
  8008c6:	89 e5                	mov    %esp,%ebp
  8008c8:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8008cb:	80 3a 00             	cmpb   $0x0,(%edx)
  8008ce:	74 10                	je     8008e0 <strlen+0x1b>
  8008d0:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  8008d5:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  8008d8:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  8008dc:	75 f7                	jne    8008d5 <strlen+0x10>
	return n;
}
  8008de:	5d                   	pop    %ebp
  8008df:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  8008e0:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  8008e5:	eb f7                	jmp    8008de <strlen+0x19>

008008e7 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  8008e7:	55                   	push   %ebp
  8008e8:	89 e5                	mov    %esp,%ebp
  8008ea:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008ed:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8008f0:	85 d2                	test   %edx,%edx
  8008f2:	74 16                	je     80090a <strnlen+0x23>
  8008f4:	b8 00 00 00 00       	mov    $0x0,%eax
  8008f9:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  8008fd:	74 09                	je     800908 <strnlen+0x21>
		n++;
  8008ff:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800902:	39 d0                	cmp    %edx,%eax
  800904:	75 f3                	jne    8008f9 <strnlen+0x12>
		n++;
  800906:	89 d0                	mov    %edx,%eax
	return n;
}
  800908:	5d                   	pop    %ebp
  800909:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80090a:	b8 00 00 00 00       	mov    $0x0,%eax
  80090f:	eb f7                	jmp    800908 <strnlen+0x21>

00800911 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800911:	55                   	push   %ebp
  800912:	89 e5                	mov    %esp,%ebp
  800914:	53                   	push   %ebx
  800915:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800918:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  80091b:	b8 00 00 00 00       	mov    $0x0,%eax
  800920:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800924:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800927:	83 c0 01             	add    $0x1,%eax
  80092a:	84 d2                	test   %dl,%dl
  80092c:	75 f2                	jne    800920 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  80092e:	89 c8                	mov    %ecx,%eax
  800930:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800933:	c9                   	leave
  800934:	c3                   	ret

00800935 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800935:	55                   	push   %ebp
  800936:	89 e5                	mov    %esp,%ebp
  800938:	53                   	push   %ebx
  800939:	83 ec 10             	sub    $0x10,%esp
  80093c:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  80093f:	53                   	push   %ebx
  800940:	e8 80 ff ff ff       	call   8008c5 <strlen>
  800945:	83 c4 08             	add    $0x8,%esp
  800948:	ff 75 0c             	push   0xc(%ebp)
  80094b:	01 d8                	add    %ebx,%eax
  80094d:	50                   	push   %eax
  80094e:	e8 be ff ff ff       	call   800911 <strcpy>
	return dst;
}
  800953:	89 d8                	mov    %ebx,%eax
  800955:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800958:	c9                   	leave
  800959:	c3                   	ret

0080095a <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  80095a:	55                   	push   %ebp
  80095b:	89 e5                	mov    %esp,%ebp
  80095d:	56                   	push   %esi
  80095e:	53                   	push   %ebx
  80095f:	8b 75 08             	mov    0x8(%ebp),%esi
  800962:	8b 55 0c             	mov    0xc(%ebp),%edx
  800965:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800968:	85 db                	test   %ebx,%ebx
  80096a:	74 17                	je     800983 <strncpy+0x29>
  80096c:	01 f3                	add    %esi,%ebx
  80096e:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  800970:	83 c0 01             	add    $0x1,%eax
  800973:	0f b6 0a             	movzbl (%edx),%ecx
  800976:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800979:	80 f9 01             	cmp    $0x1,%cl
  80097c:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  80097f:	39 c3                	cmp    %eax,%ebx
  800981:	75 ed                	jne    800970 <strncpy+0x16>
	}
	return ret;
}
  800983:	89 f0                	mov    %esi,%eax
  800985:	5b                   	pop    %ebx
  800986:	5e                   	pop    %esi
  800987:	5d                   	pop    %ebp
  800988:	c3                   	ret

00800989 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800989:	55                   	push   %ebp
  80098a:	89 e5                	mov    %esp,%ebp
  80098c:	56                   	push   %esi
  80098d:	53                   	push   %ebx
  80098e:	8b 75 08             	mov    0x8(%ebp),%esi
  800991:	8b 55 0c             	mov    0xc(%ebp),%edx
  800994:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800997:	89 f0                	mov    %esi,%eax
  800999:	85 db                	test   %ebx,%ebx
  80099b:	74 1e                	je     8009bb <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  80099d:	83 eb 01             	sub    $0x1,%ebx
  8009a0:	74 16                	je     8009b8 <strlcpy+0x2f>
  8009a2:	01 f3                	add    %esi,%ebx
  8009a4:	0f b6 0a             	movzbl (%edx),%ecx
  8009a7:	84 c9                	test   %cl,%cl
  8009a9:	74 0d                	je     8009b8 <strlcpy+0x2f>
			*dst++ = *src++;
  8009ab:	83 c2 01             	add    $0x1,%edx
  8009ae:	83 c0 01             	add    $0x1,%eax
  8009b1:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  8009b4:	39 d8                	cmp    %ebx,%eax
  8009b6:	75 ec                	jne    8009a4 <strlcpy+0x1b>
		*dst = '\0';
  8009b8:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  8009bb:	29 f0                	sub    %esi,%eax
}
  8009bd:	5b                   	pop    %ebx
  8009be:	5e                   	pop    %esi
  8009bf:	5d                   	pop    %ebp
  8009c0:	c3                   	ret

008009c1 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  8009c1:	55                   	push   %ebp
  8009c2:	89 e5                	mov    %esp,%ebp
  8009c4:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8009c7:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  8009ca:	0f b6 01             	movzbl (%ecx),%eax
  8009cd:	84 c0                	test   %al,%al
  8009cf:	74 11                	je     8009e2 <strcmp+0x21>
  8009d1:	38 02                	cmp    %al,(%edx)
  8009d3:	75 0d                	jne    8009e2 <strcmp+0x21>
		p++, q++;
  8009d5:	83 c1 01             	add    $0x1,%ecx
  8009d8:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  8009db:	0f b6 01             	movzbl (%ecx),%eax
  8009de:	84 c0                	test   %al,%al
  8009e0:	75 ef                	jne    8009d1 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  8009e2:	0f b6 c0             	movzbl %al,%eax
  8009e5:	0f b6 12             	movzbl (%edx),%edx
  8009e8:	29 d0                	sub    %edx,%eax
}
  8009ea:	5d                   	pop    %ebp
  8009eb:	c3                   	ret

008009ec <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  8009ec:	55                   	push   %ebp
  8009ed:	89 e5                	mov    %esp,%ebp
  8009ef:	53                   	push   %ebx
  8009f0:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8009f3:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  8009f6:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  8009f9:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  8009fe:	85 d2                	test   %edx,%edx
  800a00:	74 2e                	je     800a30 <strncmp+0x44>
  800a02:	0f b6 01             	movzbl (%ecx),%eax
  800a05:	84 c0                	test   %al,%al
  800a07:	74 16                	je     800a1f <strncmp+0x33>
  800a09:	3a 03                	cmp    (%ebx),%al
  800a0b:	75 12                	jne    800a1f <strncmp+0x33>
		n--, p++, q++;
  800a0d:	83 c1 01             	add    $0x1,%ecx
  800a10:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800a13:	83 ea 01             	sub    $0x1,%edx
  800a16:	75 ea                	jne    800a02 <strncmp+0x16>
		return 0;
  800a18:	b8 00 00 00 00       	mov    $0x0,%eax
  800a1d:	eb 11                	jmp    800a30 <strncmp+0x44>
  800a1f:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800a24:	85 d2                	test   %edx,%edx
  800a26:	74 08                	je     800a30 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800a28:	0f b6 01             	movzbl (%ecx),%eax
  800a2b:	0f b6 13             	movzbl (%ebx),%edx
  800a2e:	29 d0                	sub    %edx,%eax
}
  800a30:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a33:	c9                   	leave
  800a34:	c3                   	ret

00800a35 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800a35:	55                   	push   %ebp
  800a36:	89 e5                	mov    %esp,%ebp
  800a38:	8b 45 08             	mov    0x8(%ebp),%eax
  800a3b:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800a3f:	0f b6 10             	movzbl (%eax),%edx
  800a42:	84 d2                	test   %dl,%dl
  800a44:	74 15                	je     800a5b <strchr+0x26>
		if (*s == c)
  800a46:	38 d1                	cmp    %dl,%cl
  800a48:	74 0f                	je     800a59 <strchr+0x24>
	for (; *s; s++)
  800a4a:	83 c0 01             	add    $0x1,%eax
  800a4d:	0f b6 10             	movzbl (%eax),%edx
  800a50:	84 d2                	test   %dl,%dl
  800a52:	75 f2                	jne    800a46 <strchr+0x11>
			return (char *) s;
	return 0;
  800a54:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800a59:	5d                   	pop    %ebp
  800a5a:	c3                   	ret
	return 0;
  800a5b:	b8 00 00 00 00       	mov    $0x0,%eax
  800a60:	eb f7                	jmp    800a59 <strchr+0x24>

00800a62 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800a62:	55                   	push   %ebp
  800a63:	89 e5                	mov    %esp,%ebp
  800a65:	53                   	push   %ebx
  800a66:	8b 45 08             	mov    0x8(%ebp),%eax
  800a69:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800a6c:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800a6f:	38 d3                	cmp    %dl,%bl
  800a71:	74 14                	je     800a87 <strfind+0x25>
  800a73:	89 d1                	mov    %edx,%ecx
  800a75:	84 db                	test   %bl,%bl
  800a77:	74 0e                	je     800a87 <strfind+0x25>
	for (; *s; s++)
  800a79:	83 c0 01             	add    $0x1,%eax
  800a7c:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800a7f:	38 ca                	cmp    %cl,%dl
  800a81:	74 04                	je     800a87 <strfind+0x25>
  800a83:	84 d2                	test   %dl,%dl
  800a85:	75 f2                	jne    800a79 <strfind+0x17>
			break;
	return (char *) s;
}
  800a87:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a8a:	c9                   	leave
  800a8b:	c3                   	ret

00800a8c <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800a8c:	55                   	push   %ebp
  800a8d:	89 e5                	mov    %esp,%ebp
  800a8f:	53                   	push   %ebx
  800a90:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800a93:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800a96:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800a99:	85 d2                	test   %edx,%edx
  800a9b:	74 0e                	je     800aab <memset+0x1f>
  800a9d:	01 da                	add    %ebx,%edx
	char *p = v;
  800a9f:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800aa1:	83 c0 01             	add    $0x1,%eax
  800aa4:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800aa7:	39 c2                	cmp    %eax,%edx
  800aa9:	75 f6                	jne    800aa1 <memset+0x15>
	return v;
}
  800aab:	89 d8                	mov    %ebx,%eax
  800aad:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800ab0:	c9                   	leave
  800ab1:	c3                   	ret

00800ab2 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800ab2:	55                   	push   %ebp
  800ab3:	89 e5                	mov    %esp,%ebp
  800ab5:	56                   	push   %esi
  800ab6:	53                   	push   %ebx
  800ab7:	8b 75 08             	mov    0x8(%ebp),%esi
  800aba:	8b 45 0c             	mov    0xc(%ebp),%eax
  800abd:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800ac0:	39 f0                	cmp    %esi,%eax
  800ac2:	72 20                	jb     800ae4 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800ac4:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800ac7:	89 f2                	mov    %esi,%edx
  800ac9:	85 c9                	test   %ecx,%ecx
  800acb:	74 11                	je     800ade <memmove+0x2c>
			*d++ = *s++;
  800acd:	83 c0 01             	add    $0x1,%eax
  800ad0:	83 c2 01             	add    $0x1,%edx
  800ad3:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800ad7:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800ada:	39 d8                	cmp    %ebx,%eax
  800adc:	75 ef                	jne    800acd <memmove+0x1b>
	return dst;
}
  800ade:	89 f0                	mov    %esi,%eax
  800ae0:	5b                   	pop    %ebx
  800ae1:	5e                   	pop    %esi
  800ae2:	5d                   	pop    %ebp
  800ae3:	c3                   	ret
	if (s < d && s + n > d) {
  800ae4:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800ae7:	39 d6                	cmp    %edx,%esi
  800ae9:	73 d9                	jae    800ac4 <memmove+0x12>
		while (n-- > 0)
  800aeb:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800aee:	85 c9                	test   %ecx,%ecx
  800af0:	74 ec                	je     800ade <memmove+0x2c>
			*--d = *--s;
  800af2:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800af6:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800af9:	83 ea 01             	sub    $0x1,%edx
  800afc:	83 fa ff             	cmp    $0xffffffff,%edx
  800aff:	75 f1                	jne    800af2 <memmove+0x40>
  800b01:	eb db                	jmp    800ade <memmove+0x2c>

00800b03 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800b03:	55                   	push   %ebp
  800b04:	89 e5                	mov    %esp,%ebp
  800b06:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800b09:	ff 75 10             	push   0x10(%ebp)
  800b0c:	ff 75 0c             	push   0xc(%ebp)
  800b0f:	ff 75 08             	push   0x8(%ebp)
  800b12:	e8 9b ff ff ff       	call   800ab2 <memmove>
}
  800b17:	c9                   	leave
  800b18:	c3                   	ret

00800b19 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800b19:	55                   	push   %ebp
  800b1a:	89 e5                	mov    %esp,%ebp
  800b1c:	56                   	push   %esi
  800b1d:	53                   	push   %ebx
  800b1e:	8b 45 08             	mov    0x8(%ebp),%eax
  800b21:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b24:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800b27:	85 f6                	test   %esi,%esi
  800b29:	74 29                	je     800b54 <memcmp+0x3b>
  800b2b:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800b2d:	0f b6 08             	movzbl (%eax),%ecx
  800b30:	0f b6 1a             	movzbl (%edx),%ebx
  800b33:	38 d9                	cmp    %bl,%cl
  800b35:	75 11                	jne    800b48 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800b37:	83 c0 01             	add    $0x1,%eax
  800b3a:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800b3d:	39 c6                	cmp    %eax,%esi
  800b3f:	75 ec                	jne    800b2d <memcmp+0x14>
	}
	return 0;
  800b41:	b8 00 00 00 00       	mov    $0x0,%eax
  800b46:	eb 08                	jmp    800b50 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800b48:	0f b6 c1             	movzbl %cl,%eax
  800b4b:	0f b6 db             	movzbl %bl,%ebx
  800b4e:	29 d8                	sub    %ebx,%eax
}
  800b50:	5b                   	pop    %ebx
  800b51:	5e                   	pop    %esi
  800b52:	5d                   	pop    %ebp
  800b53:	c3                   	ret
	return 0;
  800b54:	b8 00 00 00 00       	mov    $0x0,%eax
  800b59:	eb f5                	jmp    800b50 <memcmp+0x37>

00800b5b <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800b5b:	55                   	push   %ebp
  800b5c:	89 e5                	mov    %esp,%ebp
  800b5e:	8b 45 08             	mov    0x8(%ebp),%eax
  800b61:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800b64:	89 c2                	mov    %eax,%edx
  800b66:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800b69:	39 d0                	cmp    %edx,%eax
  800b6b:	73 0d                	jae    800b7a <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800b6d:	38 08                	cmp    %cl,(%eax)
  800b6f:	74 0d                	je     800b7e <memfind+0x23>
	for (; s < ends; s++)
  800b71:	83 c0 01             	add    $0x1,%eax
  800b74:	39 c2                	cmp    %eax,%edx
  800b76:	75 f5                	jne    800b6d <memfind+0x12>
  800b78:	eb 06                	jmp    800b80 <memfind+0x25>
  800b7a:	89 c2                	mov    %eax,%edx
  800b7c:	eb 02                	jmp    800b80 <memfind+0x25>
  800b7e:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800b80:	89 d0                	mov    %edx,%eax
  800b82:	5d                   	pop    %ebp
  800b83:	c3                   	ret

00800b84 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800b84:	55                   	push   %ebp
  800b85:	89 e5                	mov    %esp,%ebp
  800b87:	57                   	push   %edi
  800b88:	56                   	push   %esi
  800b89:	53                   	push   %ebx
  800b8a:	8b 55 08             	mov    0x8(%ebp),%edx
  800b8d:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800b90:	0f b6 02             	movzbl (%edx),%eax
  800b93:	3c 20                	cmp    $0x20,%al
  800b95:	74 04                	je     800b9b <strtol+0x17>
  800b97:	3c 09                	cmp    $0x9,%al
  800b99:	75 0e                	jne    800ba9 <strtol+0x25>
		s++;
  800b9b:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800b9e:	0f b6 02             	movzbl (%edx),%eax
  800ba1:	3c 20                	cmp    $0x20,%al
  800ba3:	74 f6                	je     800b9b <strtol+0x17>
  800ba5:	3c 09                	cmp    $0x9,%al
  800ba7:	74 f2                	je     800b9b <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800ba9:	3c 2b                	cmp    $0x2b,%al
  800bab:	74 2a                	je     800bd7 <strtol+0x53>
	int neg = 0;
  800bad:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800bb2:	3c 2d                	cmp    $0x2d,%al
  800bb4:	74 2b                	je     800be1 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800bb6:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800bbc:	75 0f                	jne    800bcd <strtol+0x49>
  800bbe:	80 3a 30             	cmpb   $0x30,(%edx)
  800bc1:	74 28                	je     800beb <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800bc3:	85 db                	test   %ebx,%ebx
  800bc5:	b8 0a 00 00 00       	mov    $0xa,%eax
  800bca:	0f 44 d8             	cmove  %eax,%ebx
  800bcd:	b9 00 00 00 00       	mov    $0x0,%ecx
  800bd2:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800bd5:	eb 46                	jmp    800c1d <strtol+0x99>
		s++;
  800bd7:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800bda:	bf 00 00 00 00       	mov    $0x0,%edi
  800bdf:	eb d5                	jmp    800bb6 <strtol+0x32>
		s++, neg = 1;
  800be1:	83 c2 01             	add    $0x1,%edx
  800be4:	bf 01 00 00 00       	mov    $0x1,%edi
  800be9:	eb cb                	jmp    800bb6 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800beb:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800bef:	74 0e                	je     800bff <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800bf1:	85 db                	test   %ebx,%ebx
  800bf3:	75 d8                	jne    800bcd <strtol+0x49>
		s++, base = 8;
  800bf5:	83 c2 01             	add    $0x1,%edx
  800bf8:	bb 08 00 00 00       	mov    $0x8,%ebx
  800bfd:	eb ce                	jmp    800bcd <strtol+0x49>
		s += 2, base = 16;
  800bff:	83 c2 02             	add    $0x2,%edx
  800c02:	bb 10 00 00 00       	mov    $0x10,%ebx
  800c07:	eb c4                	jmp    800bcd <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800c09:	0f be c0             	movsbl %al,%eax
  800c0c:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800c0f:	3b 45 10             	cmp    0x10(%ebp),%eax
  800c12:	7d 3a                	jge    800c4e <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800c14:	83 c2 01             	add    $0x1,%edx
  800c17:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800c1b:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800c1d:	0f b6 02             	movzbl (%edx),%eax
  800c20:	8d 70 d0             	lea    -0x30(%eax),%esi
  800c23:	89 f3                	mov    %esi,%ebx
  800c25:	80 fb 09             	cmp    $0x9,%bl
  800c28:	76 df                	jbe    800c09 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800c2a:	8d 70 9f             	lea    -0x61(%eax),%esi
  800c2d:	89 f3                	mov    %esi,%ebx
  800c2f:	80 fb 19             	cmp    $0x19,%bl
  800c32:	77 08                	ja     800c3c <strtol+0xb8>
			dig = *s - 'a' + 10;
  800c34:	0f be c0             	movsbl %al,%eax
  800c37:	83 e8 57             	sub    $0x57,%eax
  800c3a:	eb d3                	jmp    800c0f <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800c3c:	8d 70 bf             	lea    -0x41(%eax),%esi
  800c3f:	89 f3                	mov    %esi,%ebx
  800c41:	80 fb 19             	cmp    $0x19,%bl
  800c44:	77 08                	ja     800c4e <strtol+0xca>
			dig = *s - 'A' + 10;
  800c46:	0f be c0             	movsbl %al,%eax
  800c49:	83 e8 37             	sub    $0x37,%eax
  800c4c:	eb c1                	jmp    800c0f <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800c4e:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800c52:	74 05                	je     800c59 <strtol+0xd5>
		*endptr = (char *) s;
  800c54:	8b 45 0c             	mov    0xc(%ebp),%eax
  800c57:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800c59:	89 c8                	mov    %ecx,%eax
  800c5b:	f7 d8                	neg    %eax
  800c5d:	85 ff                	test   %edi,%edi
  800c5f:	0f 45 c8             	cmovne %eax,%ecx
}
  800c62:	89 c8                	mov    %ecx,%eax
  800c64:	5b                   	pop    %ebx
  800c65:	5e                   	pop    %esi
  800c66:	5f                   	pop    %edi
  800c67:	5d                   	pop    %ebp
  800c68:	c3                   	ret

00800c69 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800c69:	55                   	push   %ebp
  800c6a:	89 e5                	mov    %esp,%ebp
  800c6c:	57                   	push   %edi
  800c6d:	56                   	push   %esi
  800c6e:	53                   	push   %ebx
  800c6f:	83 ec 24             	sub    $0x24,%esp
  800c72:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800c75:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800c78:	8b 45 08             	mov    0x8(%ebp),%eax
  800c7b:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c7e:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800c81:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800c84:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800c87:	89 d1                	mov    %edx,%ecx
  800c89:	09 c1                	or     %eax,%ecx
  800c8b:	74 2f                	je     800cbc <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800c8d:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800c90:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800c93:	89 d0                	mov    %edx,%eax
  800c95:	83 c8 00             	or     $0x0,%eax
  800c98:	74 48                	je     800ce2 <udivmod64+0x79>
  800c9a:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800c9f:	be 00 00 00 00       	mov    $0x0,%esi
  800ca4:	bf 00 00 00 00       	mov    $0x0,%edi
  800ca9:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800cb0:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800cb7:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800cba:	eb 5f                	jmp    800d1b <udivmod64+0xb2>
		return ~0ULL;
  800cbc:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800cc3:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800cca:	85 db                	test   %ebx,%ebx
  800ccc:	0f 84 b7 00 00 00    	je     800d89 <udivmod64+0x120>
			*rem = n;
  800cd2:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800cd5:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800cd8:	89 03                	mov    %eax,(%ebx)
  800cda:	89 53 04             	mov    %edx,0x4(%ebx)
  800cdd:	e9 a7 00 00 00       	jmp    800d89 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800ce2:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800ce5:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800ce8:	85 db                	test   %ebx,%ebx
  800cea:	74 12                	je     800cfe <udivmod64+0x95>
			*rem = n32 % d32;
  800cec:	89 c8                	mov    %ecx,%eax
  800cee:	ba 00 00 00 00       	mov    $0x0,%edx
  800cf3:	f7 f6                	div    %esi
  800cf5:	89 13                	mov    %edx,(%ebx)
  800cf7:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800cfe:	89 c8                	mov    %ecx,%eax
  800d00:	ba 00 00 00 00       	mov    $0x0,%edx
  800d05:	f7 f6                	div    %esi
  800d07:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800d0a:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800d11:	eb 76                	jmp    800d89 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800d13:	83 e9 01             	sub    $0x1,%ecx
  800d16:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800d19:	74 62                	je     800d7d <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800d1b:	89 f0                	mov    %esi,%eax
  800d1d:	89 fa                	mov    %edi,%edx
  800d1f:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800d23:	01 c0                	add    %eax,%eax
  800d25:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800d28:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800d2b:	0f ad fe             	shrd   %cl,%edi,%esi
  800d2e:	d3 ef                	shr    %cl,%edi
  800d30:	f6 c1 20             	test   $0x20,%cl
  800d33:	74 04                	je     800d39 <udivmod64+0xd0>
  800d35:	89 fe                	mov    %edi,%esi
  800d37:	31 ff                	xor    %edi,%edi
  800d39:	89 f7                	mov    %esi,%edi
  800d3b:	83 e7 01             	and    $0x1,%edi
  800d3e:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800d41:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800d48:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800d4b:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800d4e:	09 c6                	or     %eax,%esi
  800d50:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800d52:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800d55:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800d58:	39 c6                	cmp    %eax,%esi
  800d5a:	89 fb                	mov    %edi,%ebx
  800d5c:	19 d3                	sbb    %edx,%ebx
  800d5e:	72 b3                	jb     800d13 <udivmod64+0xaa>
			r -= d;
  800d60:	29 c6                	sub    %eax,%esi
  800d62:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800d64:	31 c0                	xor    %eax,%eax
  800d66:	31 d2                	xor    %edx,%edx
  800d68:	f6 c1 20             	test   $0x20,%cl
  800d6b:	0f 94 c0             	sete   %al
  800d6e:	0f 95 c2             	setne  %dl
  800d71:	d3 e0                	shl    %cl,%eax
  800d73:	d3 e2                	shl    %cl,%edx
  800d75:	09 45 d0             	or     %eax,-0x30(%ebp)
  800d78:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800d7b:	eb 96                	jmp    800d13 <udivmod64+0xaa>
		}
	}
	if (rem)
  800d7d:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800d80:	85 db                	test   %ebx,%ebx
  800d82:	74 05                	je     800d89 <udivmod64+0x120>
		*rem = r;
  800d84:	89 33                	mov    %esi,(%ebx)
  800d86:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800d89:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800d8c:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800d8f:	83 c4 24             	add    $0x24,%esp
  800d92:	5b                   	pop    %ebx
  800d93:	5e                   	pop    %esi
  800d94:	5f                   	pop    %edi
  800d95:	5d                   	pop    %ebp
  800d96:	c3                   	ret

00800d97 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800d97:	55                   	push   %ebp
  800d98:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800d9a:	83 ec 04             	sub    $0x4,%esp
  800d9d:	6a 00                	push   $0x0
  800d9f:	ff 75 14             	push   0x14(%ebp)
  800da2:	ff 75 10             	push   0x10(%ebp)
  800da5:	8b 45 08             	mov    0x8(%ebp),%eax
  800da8:	8b 55 0c             	mov    0xc(%ebp),%edx
  800dab:	e8 b9 fe ff ff       	call   800c69 <udivmod64>
}
  800db0:	c9                   	leave
  800db1:	c3                   	ret

00800db2 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800db2:	55                   	push   %ebp
  800db3:	89 e5                	mov    %esp,%ebp
  800db5:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800db8:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800dbb:	50                   	push   %eax
  800dbc:	ff 75 14             	push   0x14(%ebp)
  800dbf:	ff 75 10             	push   0x10(%ebp)
  800dc2:	8b 45 08             	mov    0x8(%ebp),%eax
  800dc5:	8b 55 0c             	mov    0xc(%ebp),%edx
  800dc8:	e8 9c fe ff ff       	call   800c69 <udivmod64>
	return r;
}
  800dcd:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800dd0:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800dd3:	c9                   	leave
  800dd4:	c3                   	ret

00800dd5 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800dd5:	55                   	push   %ebp
  800dd6:	89 e5                	mov    %esp,%ebp
  800dd8:	57                   	push   %edi
  800dd9:	56                   	push   %esi
  800dda:	53                   	push   %ebx
  800ddb:	83 ec 0c             	sub    $0xc,%esp
  800dde:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800de1:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800de4:	8b 45 10             	mov    0x10(%ebp),%eax
  800de7:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800dea:	89 ce                	mov    %ecx,%esi
  800dec:	89 df                	mov    %ebx,%edi
  800dee:	31 c6                	xor    %eax,%esi
  800df0:	31 d7                	xor    %edx,%edi
  800df2:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800df5:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800df8:	89 c6                	mov    %eax,%esi
  800dfa:	89 d7                	mov    %edx,%edi
  800dfc:	85 d2                	test   %edx,%edx
  800dfe:	78 25                	js     800e25 <__divdi3+0x50>
  800e00:	89 c8                	mov    %ecx,%eax
  800e02:	89 da                	mov    %ebx,%edx
  800e04:	85 db                	test   %ebx,%ebx
  800e06:	78 2a                	js     800e32 <__divdi3+0x5d>
  800e08:	83 ec 04             	sub    $0x4,%esp
  800e0b:	6a 00                	push   $0x0
  800e0d:	57                   	push   %edi
  800e0e:	56                   	push   %esi
  800e0f:	e8 55 fe ff ff       	call   800c69 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800e14:	83 c4 10             	add    $0x10,%esp
  800e17:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800e1b:	78 1e                	js     800e3b <__divdi3+0x66>
}
  800e1d:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e20:	5b                   	pop    %ebx
  800e21:	5e                   	pop    %esi
  800e22:	5f                   	pop    %edi
  800e23:	5d                   	pop    %ebp
  800e24:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e25:	f7 d8                	neg    %eax
  800e27:	83 d2 00             	adc    $0x0,%edx
  800e2a:	f7 da                	neg    %edx
  800e2c:	89 c6                	mov    %eax,%esi
  800e2e:	89 d7                	mov    %edx,%edi
  800e30:	eb ce                	jmp    800e00 <__divdi3+0x2b>
  800e32:	f7 d8                	neg    %eax
  800e34:	83 d2 00             	adc    $0x0,%edx
  800e37:	f7 da                	neg    %edx
  800e39:	eb cd                	jmp    800e08 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800e3b:	f7 d8                	neg    %eax
  800e3d:	83 d2 00             	adc    $0x0,%edx
  800e40:	f7 da                	neg    %edx
  800e42:	eb d9                	jmp    800e1d <__divdi3+0x48>

00800e44 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800e44:	55                   	push   %ebp
  800e45:	89 e5                	mov    %esp,%ebp
  800e47:	57                   	push   %edi
  800e48:	56                   	push   %esi
  800e49:	53                   	push   %ebx
  800e4a:	83 ec 14             	sub    $0x14,%esp
  800e4d:	8b 45 08             	mov    0x8(%ebp),%eax
  800e50:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e53:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800e56:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e59:	89 ce                	mov    %ecx,%esi
  800e5b:	89 df                	mov    %ebx,%edi
  800e5d:	85 db                	test   %ebx,%ebx
  800e5f:	78 23                	js     800e84 <__moddi3+0x40>
  800e61:	85 d2                	test   %edx,%edx
  800e63:	78 28                	js     800e8d <__moddi3+0x49>
  800e65:	83 ec 04             	sub    $0x4,%esp
  800e68:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800e6b:	51                   	push   %ecx
  800e6c:	57                   	push   %edi
  800e6d:	56                   	push   %esi
  800e6e:	e8 f6 fd ff ff       	call   800c69 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800e73:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800e76:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800e79:	83 c4 10             	add    $0x10,%esp
}
  800e7c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e7f:	5b                   	pop    %ebx
  800e80:	5e                   	pop    %esi
  800e81:	5f                   	pop    %edi
  800e82:	5d                   	pop    %ebp
  800e83:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e84:	f7 de                	neg    %esi
  800e86:	83 d7 00             	adc    $0x0,%edi
  800e89:	f7 df                	neg    %edi
  800e8b:	eb d4                	jmp    800e61 <__moddi3+0x1d>
  800e8d:	f7 d8                	neg    %eax
  800e8f:	83 d2 00             	adc    $0x0,%edx
  800e92:	f7 da                	neg    %edx
  800e94:	83 ec 04             	sub    $0x4,%esp
  800e97:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800e9a:	51                   	push   %ecx
  800e9b:	57                   	push   %edi
  800e9c:	56                   	push   %esi
  800e9d:	e8 c7 fd ff ff       	call   800c69 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800ea2:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800ea5:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800ea8:	f7 d8                	neg    %eax
  800eaa:	83 d2 00             	adc    $0x0,%edx
  800ead:	f7 da                	neg    %edx
  800eaf:	83 c4 10             	add    $0x10,%esp
  800eb2:	eb c8                	jmp    800e7c <__moddi3+0x38>

00800eb4 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800eb4:	55                   	push   %ebp
  800eb5:	89 e5                	mov    %esp,%ebp
  800eb7:	57                   	push   %edi
  800eb8:	56                   	push   %esi
  800eb9:	53                   	push   %ebx
	asm volatile("int %1\n"
  800eba:	b8 00 00 00 00       	mov    $0x0,%eax
  800ebf:	8b 55 08             	mov    0x8(%ebp),%edx
  800ec2:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ec5:	89 c3                	mov    %eax,%ebx
  800ec7:	89 c7                	mov    %eax,%edi
  800ec9:	89 c6                	mov    %eax,%esi
  800ecb:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800ecd:	5b                   	pop    %ebx
  800ece:	5e                   	pop    %esi
  800ecf:	5f                   	pop    %edi
  800ed0:	5d                   	pop    %ebp
  800ed1:	c3                   	ret

00800ed2 <sys_cgetc>:

int
sys_cgetc(void)
{
  800ed2:	55                   	push   %ebp
  800ed3:	89 e5                	mov    %esp,%ebp
  800ed5:	57                   	push   %edi
  800ed6:	56                   	push   %esi
  800ed7:	53                   	push   %ebx
	asm volatile("int %1\n"
  800ed8:	ba 00 00 00 00       	mov    $0x0,%edx
  800edd:	b8 01 00 00 00       	mov    $0x1,%eax
  800ee2:	89 d1                	mov    %edx,%ecx
  800ee4:	89 d3                	mov    %edx,%ebx
  800ee6:	89 d7                	mov    %edx,%edi
  800ee8:	89 d6                	mov    %edx,%esi
  800eea:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800eec:	5b                   	pop    %ebx
  800eed:	5e                   	pop    %esi
  800eee:	5f                   	pop    %edi
  800eef:	5d                   	pop    %ebp
  800ef0:	c3                   	ret

00800ef1 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800ef1:	55                   	push   %ebp
  800ef2:	89 e5                	mov    %esp,%ebp
  800ef4:	57                   	push   %edi
  800ef5:	56                   	push   %esi
  800ef6:	53                   	push   %ebx
  800ef7:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800efa:	b9 00 00 00 00       	mov    $0x0,%ecx
  800eff:	8b 55 08             	mov    0x8(%ebp),%edx
  800f02:	b8 03 00 00 00       	mov    $0x3,%eax
  800f07:	89 cb                	mov    %ecx,%ebx
  800f09:	89 cf                	mov    %ecx,%edi
  800f0b:	89 ce                	mov    %ecx,%esi
  800f0d:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f0f:	85 c0                	test   %eax,%eax
  800f11:	7f 08                	jg     800f1b <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800f13:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f16:	5b                   	pop    %ebx
  800f17:	5e                   	pop    %esi
  800f18:	5f                   	pop    %edi
  800f19:	5d                   	pop    %ebp
  800f1a:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f1b:	83 ec 0c             	sub    $0xc,%esp
  800f1e:	50                   	push   %eax
  800f1f:	6a 03                	push   $0x3
  800f21:	68 a4 14 80 00       	push   $0x8014a4
  800f26:	6a 1f                	push   $0x1f
  800f28:	68 c1 14 80 00       	push   $0x8014c1
  800f2d:	e8 f0 f1 ff ff       	call   800122 <_panic>

00800f32 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800f32:	55                   	push   %ebp
  800f33:	89 e5                	mov    %esp,%ebp
  800f35:	57                   	push   %edi
  800f36:	56                   	push   %esi
  800f37:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f38:	ba 00 00 00 00       	mov    $0x0,%edx
  800f3d:	b8 02 00 00 00       	mov    $0x2,%eax
  800f42:	89 d1                	mov    %edx,%ecx
  800f44:	89 d3                	mov    %edx,%ebx
  800f46:	89 d7                	mov    %edx,%edi
  800f48:	89 d6                	mov    %edx,%esi
  800f4a:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800f4c:	5b                   	pop    %ebx
  800f4d:	5e                   	pop    %esi
  800f4e:	5f                   	pop    %edi
  800f4f:	5d                   	pop    %ebp
  800f50:	c3                   	ret

00800f51 <sys_yield>:

void
sys_yield(void)
{
  800f51:	55                   	push   %ebp
  800f52:	89 e5                	mov    %esp,%ebp
  800f54:	57                   	push   %edi
  800f55:	56                   	push   %esi
  800f56:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f57:	ba 00 00 00 00       	mov    $0x0,%edx
  800f5c:	b8 0a 00 00 00       	mov    $0xa,%eax
  800f61:	89 d1                	mov    %edx,%ecx
  800f63:	89 d3                	mov    %edx,%ebx
  800f65:	89 d7                	mov    %edx,%edi
  800f67:	89 d6                	mov    %edx,%esi
  800f69:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800f6b:	5b                   	pop    %ebx
  800f6c:	5e                   	pop    %esi
  800f6d:	5f                   	pop    %edi
  800f6e:	5d                   	pop    %ebp
  800f6f:	c3                   	ret

00800f70 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800f70:	55                   	push   %ebp
  800f71:	89 e5                	mov    %esp,%ebp
  800f73:	57                   	push   %edi
  800f74:	56                   	push   %esi
  800f75:	53                   	push   %ebx
  800f76:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f79:	be 00 00 00 00       	mov    $0x0,%esi
  800f7e:	8b 55 08             	mov    0x8(%ebp),%edx
  800f81:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f84:	b8 04 00 00 00       	mov    $0x4,%eax
  800f89:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f8c:	89 f7                	mov    %esi,%edi
  800f8e:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f90:	85 c0                	test   %eax,%eax
  800f92:	7f 08                	jg     800f9c <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800f94:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f97:	5b                   	pop    %ebx
  800f98:	5e                   	pop    %esi
  800f99:	5f                   	pop    %edi
  800f9a:	5d                   	pop    %ebp
  800f9b:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f9c:	83 ec 0c             	sub    $0xc,%esp
  800f9f:	50                   	push   %eax
  800fa0:	6a 04                	push   $0x4
  800fa2:	68 a4 14 80 00       	push   $0x8014a4
  800fa7:	6a 1f                	push   $0x1f
  800fa9:	68 c1 14 80 00       	push   $0x8014c1
  800fae:	e8 6f f1 ff ff       	call   800122 <_panic>

00800fb3 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800fb3:	55                   	push   %ebp
  800fb4:	89 e5                	mov    %esp,%ebp
  800fb6:	57                   	push   %edi
  800fb7:	56                   	push   %esi
  800fb8:	53                   	push   %ebx
  800fb9:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fbc:	8b 55 08             	mov    0x8(%ebp),%edx
  800fbf:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fc2:	b8 05 00 00 00       	mov    $0x5,%eax
  800fc7:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fca:	8b 7d 14             	mov    0x14(%ebp),%edi
  800fcd:	8b 75 18             	mov    0x18(%ebp),%esi
  800fd0:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fd2:	85 c0                	test   %eax,%eax
  800fd4:	7f 08                	jg     800fde <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800fd6:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fd9:	5b                   	pop    %ebx
  800fda:	5e                   	pop    %esi
  800fdb:	5f                   	pop    %edi
  800fdc:	5d                   	pop    %ebp
  800fdd:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fde:	83 ec 0c             	sub    $0xc,%esp
  800fe1:	50                   	push   %eax
  800fe2:	6a 05                	push   $0x5
  800fe4:	68 a4 14 80 00       	push   $0x8014a4
  800fe9:	6a 1f                	push   $0x1f
  800feb:	68 c1 14 80 00       	push   $0x8014c1
  800ff0:	e8 2d f1 ff ff       	call   800122 <_panic>

00800ff5 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800ff5:	55                   	push   %ebp
  800ff6:	89 e5                	mov    %esp,%ebp
  800ff8:	57                   	push   %edi
  800ff9:	56                   	push   %esi
  800ffa:	53                   	push   %ebx
  800ffb:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800ffe:	bb 00 00 00 00       	mov    $0x0,%ebx
  801003:	8b 55 08             	mov    0x8(%ebp),%edx
  801006:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801009:	b8 06 00 00 00       	mov    $0x6,%eax
  80100e:	89 df                	mov    %ebx,%edi
  801010:	89 de                	mov    %ebx,%esi
  801012:	cd 30                	int    $0x30
	if (check && ret > 0)
  801014:	85 c0                	test   %eax,%eax
  801016:	7f 08                	jg     801020 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  801018:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80101b:	5b                   	pop    %ebx
  80101c:	5e                   	pop    %esi
  80101d:	5f                   	pop    %edi
  80101e:	5d                   	pop    %ebp
  80101f:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801020:	83 ec 0c             	sub    $0xc,%esp
  801023:	50                   	push   %eax
  801024:	6a 06                	push   $0x6
  801026:	68 a4 14 80 00       	push   $0x8014a4
  80102b:	6a 1f                	push   $0x1f
  80102d:	68 c1 14 80 00       	push   $0x8014c1
  801032:	e8 eb f0 ff ff       	call   800122 <_panic>

00801037 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  801037:	55                   	push   %ebp
  801038:	89 e5                	mov    %esp,%ebp
  80103a:	57                   	push   %edi
  80103b:	56                   	push   %esi
  80103c:	53                   	push   %ebx
  80103d:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801040:	bb 00 00 00 00       	mov    $0x0,%ebx
  801045:	8b 55 08             	mov    0x8(%ebp),%edx
  801048:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80104b:	b8 08 00 00 00       	mov    $0x8,%eax
  801050:	89 df                	mov    %ebx,%edi
  801052:	89 de                	mov    %ebx,%esi
  801054:	cd 30                	int    $0x30
	if (check && ret > 0)
  801056:	85 c0                	test   %eax,%eax
  801058:	7f 08                	jg     801062 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  80105a:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80105d:	5b                   	pop    %ebx
  80105e:	5e                   	pop    %esi
  80105f:	5f                   	pop    %edi
  801060:	5d                   	pop    %ebp
  801061:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801062:	83 ec 0c             	sub    $0xc,%esp
  801065:	50                   	push   %eax
  801066:	6a 08                	push   $0x8
  801068:	68 a4 14 80 00       	push   $0x8014a4
  80106d:	6a 1f                	push   $0x1f
  80106f:	68 c1 14 80 00       	push   $0x8014c1
  801074:	e8 a9 f0 ff ff       	call   800122 <_panic>

00801079 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  801079:	55                   	push   %ebp
  80107a:	89 e5                	mov    %esp,%ebp
  80107c:	57                   	push   %edi
  80107d:	56                   	push   %esi
  80107e:	53                   	push   %ebx
  80107f:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801082:	bb 00 00 00 00       	mov    $0x0,%ebx
  801087:	8b 55 08             	mov    0x8(%ebp),%edx
  80108a:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  80108d:	b8 09 00 00 00       	mov    $0x9,%eax
  801092:	89 df                	mov    %ebx,%edi
  801094:	89 de                	mov    %ebx,%esi
  801096:	cd 30                	int    $0x30
	if (check && ret > 0)
  801098:	85 c0                	test   %eax,%eax
  80109a:	7f 08                	jg     8010a4 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  80109c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80109f:	5b                   	pop    %ebx
  8010a0:	5e                   	pop    %esi
  8010a1:	5f                   	pop    %edi
  8010a2:	5d                   	pop    %ebp
  8010a3:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8010a4:	83 ec 0c             	sub    $0xc,%esp
  8010a7:	50                   	push   %eax
  8010a8:	6a 09                	push   $0x9
  8010aa:	68 a4 14 80 00       	push   $0x8014a4
  8010af:	6a 1f                	push   $0x1f
  8010b1:	68 c1 14 80 00       	push   $0x8014c1
  8010b6:	e8 67 f0 ff ff       	call   800122 <_panic>

008010bb <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8010bb:	55                   	push   %ebp
  8010bc:	89 e5                	mov    %esp,%ebp
  8010be:	57                   	push   %edi
  8010bf:	56                   	push   %esi
  8010c0:	53                   	push   %ebx
	asm volatile("int %1\n"
  8010c1:	8b 55 08             	mov    0x8(%ebp),%edx
  8010c4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010c7:	b8 0b 00 00 00       	mov    $0xb,%eax
  8010cc:	be 00 00 00 00       	mov    $0x0,%esi
  8010d1:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8010d4:	8b 7d 14             	mov    0x14(%ebp),%edi
  8010d7:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8010d9:	5b                   	pop    %ebx
  8010da:	5e                   	pop    %esi
  8010db:	5f                   	pop    %edi
  8010dc:	5d                   	pop    %ebp
  8010dd:	c3                   	ret

008010de <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8010de:	55                   	push   %ebp
  8010df:	89 e5                	mov    %esp,%ebp
  8010e1:	57                   	push   %edi
  8010e2:	56                   	push   %esi
  8010e3:	53                   	push   %ebx
  8010e4:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8010e7:	b9 00 00 00 00       	mov    $0x0,%ecx
  8010ec:	8b 55 08             	mov    0x8(%ebp),%edx
  8010ef:	b8 0c 00 00 00       	mov    $0xc,%eax
  8010f4:	89 cb                	mov    %ecx,%ebx
  8010f6:	89 cf                	mov    %ecx,%edi
  8010f8:	89 ce                	mov    %ecx,%esi
  8010fa:	cd 30                	int    $0x30
	if (check && ret > 0)
  8010fc:	85 c0                	test   %eax,%eax
  8010fe:	7f 08                	jg     801108 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  801100:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801103:	5b                   	pop    %ebx
  801104:	5e                   	pop    %esi
  801105:	5f                   	pop    %edi
  801106:	5d                   	pop    %ebp
  801107:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801108:	83 ec 0c             	sub    $0xc,%esp
  80110b:	50                   	push   %eax
  80110c:	6a 0c                	push   $0xc
  80110e:	68 a4 14 80 00       	push   $0x8014a4
  801113:	6a 1f                	push   $0x1f
  801115:	68 c1 14 80 00       	push   $0x8014c1
  80111a:	e8 03 f0 ff ff       	call   800122 <_panic>

0080111f <set_pgfault_handler>:
// Read by _pgfault_upcall; 0 until a handler is installed.
void (*_pgfault_handler)(struct UTrapframe *utf);

void
set_pgfault_handler(void (*handler)(struct UTrapframe *utf))
{
  80111f:	55                   	push   %ebp
  801120:	89 e5                	mov    %esp,%ebp
  801122:	83 ec 08             	sub    $0x8,%esp
	int r;

	if (_pgfault_handler == 0) {
  801125:	83 3d 00 40 80 00 00 	cmpl   $0x0,0x804000
  80112c:	74 0a                	je     801138 <set_pgfault_handler+0x19>
			panic("set_pgfault_handler: upcall: %e", r);
	}

	// Swapping handlers later needs no kernel call: the upcall always
	// goes through this pointer.
	_pgfault_handler = handler;
  80112e:	8b 45 08             	mov    0x8(%ebp),%eax
  801131:	a3 00 40 80 00       	mov    %eax,0x804000
}
  801136:	c9                   	leave
  801137:	c3                   	ret
		if ((r = sys_page_alloc(0, (void *) (UXSTACKTOP - PGSIZE),
  801138:	83 ec 04             	sub    $0x4,%esp
  80113b:	6a 07                	push   $0x7
  80113d:	68 00 f0 bf ee       	push   $0xeebff000
  801142:	6a 00                	push   $0x0
  801144:	e8 27 fe ff ff       	call   800f70 <sys_page_alloc>
  801149:	83 c4 10             	add    $0x10,%esp
  80114c:	85 c0                	test   %eax,%eax
  80114e:	78 28                	js     801178 <set_pgfault_handler+0x59>
		if ((r = sys_env_set_pgfault_upcall(0, _pgfault_upcall)) < 0)
  801150:	83 ec 08             	sub    $0x8,%esp
  801153:	68 8a 11 80 00       	push   $0x80118a
  801158:	6a 00                	push   $0x0
  80115a:	e8 1a ff ff ff       	call   801079 <sys_env_set_pgfault_upcall>
  80115f:	83 c4 10             	add    $0x10,%esp
  801162:	85 c0                	test   %eax,%eax
  801164:	79 c8                	jns    80112e <set_pgfault_handler+0xf>
			panic("set_pgfault_handler: upcall: %e", r);
  801166:	50                   	push   %eax
  801167:	68 fc 14 80 00       	push   $0x8014fc
  80116c:	6a 1a                	push   $0x1a
  80116e:	68 1c 15 80 00       	push   $0x80151c
  801173:	e8 aa ef ff ff       	call   800122 <_panic>
			panic("set_pgfault_handler: exception stack: %e", r);
  801178:	50                   	push   %eax
  801179:	68 d0 14 80 00       	push   $0x8014d0
  80117e:	6a 18                	push   $0x18
  801180:	68 1c 15 80 00       	push   $0x80151c
  801185:	e8 98 ef ff ff       	call   800122 <_panic>

0080118a <_pgfault_upcall>:

.text
.globl _pgfault_upcall
_pgfault_upcall:
	// Call the C handler with a pointer to the UTrapframe.
	pushl %esp
  80118a:	54                   	push   %esp
	movl _pgfault_handler, %eax
  80118b:	a1 00 40 80 00       	mov    0x804000,%eax
	call *%eax
  801190:	ff d0                	call   *%eax
	addl $4, %esp
  801192:	83 c4 04             	add    $0x4,%esp

	// Push the trap-time eip onto the trap-time stack: store it one
	// word below utf_esp and make utf_esp point at it.
	movl 40(%esp), %eax
  801195:	8b 44 24 28          	mov    0x28(%esp),%eax
	movl 48(%esp), %edx
  801199:	8b 54 24 30          	mov    0x30(%esp),%edx
	subl $4, %edx
  80119d:	83 ea 04             	sub    $0x4,%edx
	movl %eax, (%edx)
  8011a0:	89 02                	mov    %eax,(%edx)
	movl %edx, 48(%esp)
  8011a2:	89 54 24 30          	mov    %edx,0x30(%esp)

	// Restore the general registers.
	addl $8, %esp		// skip utf_fault_va and utf_err
  8011a6:	83 c4 08             	add    $0x8,%esp
	popal
  8011a9:	61                   	popa

	// Restore eflags.  Skip utf_eip first: from popfl on, no arithmetic
	// instruction may run, or it would change the restored flags.
	addl $4, %esp
  8011aa:	83 c4 04             	add    $0x4,%esp
	popfl
  8011ad:	9d                   	popf

	// Switch back to the trap-time stack (now holding the eip) ...
	popl %esp
  8011ae:	5c                   	pop    %esp

	// ... and return to the faulting instruction.
	ret
  8011af:	c3                   	ret
