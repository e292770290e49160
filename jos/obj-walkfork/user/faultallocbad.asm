
obj-walkfork/user/faultallocbad:     file format elf32-i386


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
  80002c:	e8 84 00 00 00       	call   8000b5 <libmain>
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
  800040:	68 a0 11 80 00       	push   $0x8011a0
  800045:	e8 38 08 00 00       	call   800882 <cprintf>
	if ((r = sys_page_alloc(0, ROUNDDOWN(addr, PGSIZE),
  80004a:	83 c4 0c             	add    $0xc,%esp
  80004d:	6a 07                	push   $0x7
  80004f:	89 d8                	mov    %ebx,%eax
  800051:	25 00 f0 ff ff       	and    $0xfffff000,%eax
  800056:	50                   	push   %eax
  800057:	6a 00                	push   $0x0
  800059:	e8 fd 0e 00 00       	call   800f5b <sys_page_alloc>
  80005e:	83 c4 10             	add    $0x10,%esp
  800061:	85 c0                	test   %eax,%eax
  800063:	78 16                	js     80007b <handler+0x48>
				PTE_P|PTE_U|PTE_W)) < 0)
		panic("allocating at %x in page fault handler: %e", addr, r);
	snprintf((char*) addr, 100, "this string was faulted in at %x", addr);
  800065:	53                   	push   %ebx
  800066:	68 ec 11 80 00       	push   $0x8011ec
  80006b:	6a 64                	push   $0x64
  80006d:	53                   	push   %ebx
  80006e:	e8 23 08 00 00       	call   800896 <snprintf>
}
  800073:	83 c4 10             	add    $0x10,%esp
  800076:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800079:	c9                   	leave
  80007a:	c3                   	ret
		panic("allocating at %x in page fault handler: %e", addr, r);
  80007b:	83 ec 0c             	sub    $0xc,%esp
  80007e:	50                   	push   %eax
  80007f:	53                   	push   %ebx
  800080:	68 c0 11 80 00       	push   $0x8011c0
  800085:	6a 10                	push   $0x10
  800087:	68 aa 11 80 00       	push   $0x8011aa
  80008c:	e8 7c 00 00 00       	call   80010d <_panic>

00800091 <umain>:

void
umain(int argc, char **argv)
{
  800091:	55                   	push   %ebp
  800092:	89 e5                	mov    %esp,%ebp
  800094:	83 ec 14             	sub    $0x14,%esp
	set_pgfault_handler(handler);
  800097:	68 33 00 80 00       	push   $0x800033
  80009c:	e8 69 10 00 00       	call   80110a <set_pgfault_handler>
	sys_cputs((char*)0xDEADBEEF, 4);
  8000a1:	83 c4 08             	add    $0x8,%esp
  8000a4:	6a 04                	push   $0x4
  8000a6:	68 ef be ad de       	push   $0xdeadbeef
  8000ab:	e8 ef 0d 00 00       	call   800e9f <sys_cputs>
}
  8000b0:	83 c4 10             	add    $0x10,%esp
  8000b3:	c9                   	leave
  8000b4:	c3                   	ret

008000b5 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8000b5:	55                   	push   %ebp
  8000b6:	89 e5                	mov    %esp,%ebp
  8000b8:	56                   	push   %esi
  8000b9:	53                   	push   %ebx
  8000ba:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8000bd:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  8000c0:	e8 58 0e 00 00       	call   800f1d <sys_getenvid>
  8000c5:	25 ff 03 00 00       	and    $0x3ff,%eax
  8000ca:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8000cd:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  8000d2:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  8000d7:	85 db                	test   %ebx,%ebx
  8000d9:	7e 07                	jle    8000e2 <libmain+0x2d>
		binaryname = argv[0];
  8000db:	8b 06                	mov    (%esi),%eax
  8000dd:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  8000e2:	83 ec 08             	sub    $0x8,%esp
  8000e5:	56                   	push   %esi
  8000e6:	53                   	push   %ebx
  8000e7:	e8 a5 ff ff ff       	call   800091 <umain>

	exit();
  8000ec:	e8 0a 00 00 00       	call   8000fb <exit>
}
  8000f1:	83 c4 10             	add    $0x10,%esp
  8000f4:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8000f7:	5b                   	pop    %ebx
  8000f8:	5e                   	pop    %esi
  8000f9:	5d                   	pop    %ebp
  8000fa:	c3                   	ret

008000fb <exit>:

#include <inc/lib.h>

void
exit(void)
{
  8000fb:	55                   	push   %ebp
  8000fc:	89 e5                	mov    %esp,%ebp
  8000fe:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  800101:	6a 00                	push   $0x0
  800103:	e8 d4 0d 00 00       	call   800edc <sys_env_destroy>
}
  800108:	83 c4 10             	add    $0x10,%esp
  80010b:	c9                   	leave
  80010c:	c3                   	ret

0080010d <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  80010d:	55                   	push   %ebp
  80010e:	89 e5                	mov    %esp,%ebp
  800110:	56                   	push   %esi
  800111:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  800112:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  800115:	8b 35 00 20 80 00    	mov    0x802000,%esi
  80011b:	e8 fd 0d 00 00       	call   800f1d <sys_getenvid>
  800120:	83 ec 0c             	sub    $0xc,%esp
  800123:	ff 75 0c             	push   0xc(%ebp)
  800126:	ff 75 08             	push   0x8(%ebp)
  800129:	56                   	push   %esi
  80012a:	50                   	push   %eax
  80012b:	68 18 12 80 00       	push   $0x801218
  800130:	e8 4d 07 00 00       	call   800882 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  800135:	83 c4 18             	add    $0x18,%esp
  800138:	53                   	push   %ebx
  800139:	ff 75 10             	push   0x10(%ebp)
  80013c:	e8 56 00 00 00       	call   800197 <vcprintf>
	cprintf("\n");
  800141:	c7 04 24 a8 11 80 00 	movl   $0x8011a8,(%esp)
  800148:	e8 35 07 00 00       	call   800882 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  80014d:	cc                   	int3
  80014e:	83 c4 10             	add    $0x10,%esp
	for (;;)
  800151:	eb fe                	jmp    800151 <_panic+0x44>

00800153 <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  800153:	55                   	push   %ebp
  800154:	89 e5                	mov    %esp,%ebp
  800156:	53                   	push   %ebx
  800157:	83 ec 04             	sub    $0x4,%esp
  80015a:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  80015d:	8b 13                	mov    (%ebx),%edx
  80015f:	8d 42 01             	lea    0x1(%edx),%eax
  800162:	89 03                	mov    %eax,(%ebx)
  800164:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800167:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  80016b:	3d 00 01 00 00       	cmp    $0x100,%eax
  800170:	74 09                	je     80017b <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  800172:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  800176:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800179:	c9                   	leave
  80017a:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80017b:	83 ec 08             	sub    $0x8,%esp
  80017e:	68 00 01 00 00       	push   $0x100
  800183:	8d 43 08             	lea    0x8(%ebx),%eax
  800186:	50                   	push   %eax
  800187:	e8 13 0d 00 00       	call   800e9f <sys_cputs>
		b->idx = 0;
  80018c:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  800192:	83 c4 10             	add    $0x10,%esp
  800195:	eb db                	jmp    800172 <putch+0x1f>

00800197 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  800197:	55                   	push   %ebp
  800198:	89 e5                	mov    %esp,%ebp
  80019a:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8001a0:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8001a7:	00 00 00 
	b.cnt = 0;
  8001aa:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8001b1:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8001b4:	ff 75 0c             	push   0xc(%ebp)
  8001b7:	ff 75 08             	push   0x8(%ebp)
  8001ba:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  8001c0:	50                   	push   %eax
  8001c1:	68 53 01 80 00       	push   $0x800153
  8001c6:	e8 64 00 00 00       	call   80022f <vprintfmt>
	if (b->idx > 0) {
  8001cb:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  8001d1:	83 c4 10             	add    $0x10,%esp
  8001d4:	85 c0                	test   %eax,%eax
  8001d6:	7f 08                	jg     8001e0 <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  8001d8:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  8001de:	c9                   	leave
  8001df:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8001e0:	83 ec 08             	sub    $0x8,%esp
  8001e3:	50                   	push   %eax
  8001e4:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  8001ea:	50                   	push   %eax
  8001eb:	e8 af 0c 00 00       	call   800e9f <sys_cputs>
  8001f0:	83 c4 10             	add    $0x10,%esp
  8001f3:	eb e3                	jmp    8001d8 <vcprintf+0x41>

008001f5 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  8001f5:	55                   	push   %ebp
  8001f6:	89 e5                	mov    %esp,%ebp
  8001f8:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  8001fb:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  8001ff:	8b 10                	mov    (%eax),%edx
  800201:	3b 50 04             	cmp    0x4(%eax),%edx
  800204:	73 0a                	jae    800210 <sprintputch+0x1b>
		*b->buf++ = ch;
  800206:	8d 4a 01             	lea    0x1(%edx),%ecx
  800209:	89 08                	mov    %ecx,(%eax)
  80020b:	8b 45 08             	mov    0x8(%ebp),%eax
  80020e:	88 02                	mov    %al,(%edx)
}
  800210:	5d                   	pop    %ebp
  800211:	c3                   	ret

00800212 <printfmt>:
{
  800212:	55                   	push   %ebp
  800213:	89 e5                	mov    %esp,%ebp
  800215:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  800218:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  80021b:	50                   	push   %eax
  80021c:	ff 75 10             	push   0x10(%ebp)
  80021f:	ff 75 0c             	push   0xc(%ebp)
  800222:	ff 75 08             	push   0x8(%ebp)
  800225:	e8 05 00 00 00       	call   80022f <vprintfmt>
}
  80022a:	83 c4 10             	add    $0x10,%esp
  80022d:	c9                   	leave
  80022e:	c3                   	ret

0080022f <vprintfmt>:
{
  80022f:	55                   	push   %ebp
  800230:	89 e5                	mov    %esp,%ebp
  800232:	57                   	push   %edi
  800233:	56                   	push   %esi
  800234:	53                   	push   %ebx
  800235:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  800238:	8b 45 10             	mov    0x10(%ebp),%eax
  80023b:	8d 58 01             	lea    0x1(%eax),%ebx
  80023e:	0f b6 00             	movzbl (%eax),%eax
  800241:	83 f8 25             	cmp    $0x25,%eax
  800244:	74 24                	je     80026a <vprintfmt+0x3b>
  800246:	8b 75 08             	mov    0x8(%ebp),%esi
  800249:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  80024c:	85 c0                	test   %eax,%eax
  80024e:	0f 84 d8 05 00 00    	je     80082c <vprintfmt+0x5fd>
			putch(ch, putdat);
  800254:	83 ec 08             	sub    $0x8,%esp
  800257:	57                   	push   %edi
  800258:	50                   	push   %eax
  800259:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80025b:	83 c3 01             	add    $0x1,%ebx
  80025e:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  800262:	83 c4 10             	add    $0x10,%esp
  800265:	83 f8 25             	cmp    $0x25,%eax
  800268:	75 e2                	jne    80024c <vprintfmt+0x1d>
		padc = ' ';
  80026a:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  80026e:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  800273:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  80027a:	b9 00 00 00 00       	mov    $0x0,%ecx
  80027f:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800281:	8d 53 01             	lea    0x1(%ebx),%edx
  800284:	0f b6 0b             	movzbl (%ebx),%ecx
  800287:	8d 41 dd             	lea    -0x23(%ecx),%eax
  80028a:	3c 55                	cmp    $0x55,%al
  80028c:	0f 87 21 05 00 00    	ja     8007b3 <vprintfmt+0x584>
  800292:	0f b6 c0             	movzbl %al,%eax
  800295:	ff 24 85 00 13 80 00 	jmp    *0x801300(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  80029c:	89 5d 10             	mov    %ebx,0x10(%ebp)
  80029f:	eb 97                	jmp    800238 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8002a1:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8002a3:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8002a7:	eb d8                	jmp    800281 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8002a9:	89 d3                	mov    %edx,%ebx
  8002ab:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8002af:	eb d0                	jmp    800281 <vprintfmt+0x52>
  8002b1:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8002b4:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8002b7:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  8002bb:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8002be:	83 f9 09             	cmp    $0x9,%ecx
  8002c1:	77 54                	ja     800317 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  8002c3:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  8002c6:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  8002c9:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  8002cd:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  8002d0:	8d 48 d0             	lea    -0x30(%eax),%ecx
  8002d3:	83 f9 09             	cmp    $0x9,%ecx
  8002d6:	76 eb                	jbe    8002c3 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  8002d8:	89 d3                	mov    %edx,%ebx
  8002da:	eb 0d                	jmp    8002e9 <vprintfmt+0xba>
			precision = va_arg(ap, int);
  8002dc:	8b 45 14             	mov    0x14(%ebp),%eax
  8002df:	8b 38                	mov    (%eax),%edi
  8002e1:	8d 40 04             	lea    0x4(%eax),%eax
  8002e4:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  8002e7:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  8002e9:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8002ed:	79 92                	jns    800281 <vprintfmt+0x52>
				width = precision, precision = -1;
  8002ef:	89 7d ac             	mov    %edi,-0x54(%ebp)
  8002f2:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  8002f7:	eb 88                	jmp    800281 <vprintfmt+0x52>
			if (width < 0)
  8002f9:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  8002fc:	85 c9                	test   %ecx,%ecx
  8002fe:	b8 00 00 00 00       	mov    $0x0,%eax
  800303:	0f 49 c1             	cmovns %ecx,%eax
  800306:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  800309:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  80030b:	e9 71 ff ff ff       	jmp    800281 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800310:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800312:	e9 6a ff ff ff       	jmp    800281 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800317:	89 d3                	mov    %edx,%ebx
  800319:	eb ce                	jmp    8002e9 <vprintfmt+0xba>
			lflag++;
  80031b:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  80031e:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800320:	e9 5c ff ff ff       	jmp    800281 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  800325:	89 55 10             	mov    %edx,0x10(%ebp)
  800328:	8b 45 14             	mov    0x14(%ebp),%eax
  80032b:	8d 58 04             	lea    0x4(%eax),%ebx
  80032e:	83 ec 08             	sub    $0x8,%esp
  800331:	ff 75 0c             	push   0xc(%ebp)
  800334:	ff 30                	push   (%eax)
  800336:	ff 55 08             	call   *0x8(%ebp)
			break;
  800339:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  80033c:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  80033f:	e9 f4 fe ff ff       	jmp    800238 <vprintfmt+0x9>
			err = va_arg(ap, int);
  800344:	89 55 10             	mov    %edx,0x10(%ebp)
  800347:	8b 45 14             	mov    0x14(%ebp),%eax
  80034a:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  80034d:	8b 10                	mov    (%eax),%edx
  80034f:	89 d0                	mov    %edx,%eax
  800351:	f7 d8                	neg    %eax
  800353:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  800356:	83 f8 08             	cmp    $0x8,%eax
  800359:	7f 27                	jg     800382 <vprintfmt+0x153>
  80035b:	8b 14 85 60 14 80 00 	mov    0x801460(,%eax,4),%edx
  800362:	85 d2                	test   %edx,%edx
  800364:	74 1c                	je     800382 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  800366:	52                   	push   %edx
  800367:	68 4b 12 80 00       	push   $0x80124b
  80036c:	ff 75 0c             	push   0xc(%ebp)
  80036f:	ff 75 08             	push   0x8(%ebp)
  800372:	e8 9b fe ff ff       	call   800212 <printfmt>
  800377:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  80037a:	89 5d 14             	mov    %ebx,0x14(%ebp)
  80037d:	e9 b6 fe ff ff       	jmp    800238 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  800382:	50                   	push   %eax
  800383:	68 42 12 80 00       	push   $0x801242
  800388:	ff 75 0c             	push   0xc(%ebp)
  80038b:	ff 75 08             	push   0x8(%ebp)
  80038e:	e8 7f fe ff ff       	call   800212 <printfmt>
  800393:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  800396:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  800399:	e9 9a fe ff ff       	jmp    800238 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  80039e:	89 55 10             	mov    %edx,0x10(%ebp)
  8003a1:	8b 45 14             	mov    0x14(%ebp),%eax
  8003a4:	83 c0 04             	add    $0x4,%eax
  8003a7:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8003aa:	8b 45 14             	mov    0x14(%ebp),%eax
  8003ad:	8b 30                	mov    (%eax),%esi
  8003af:	85 f6                	test   %esi,%esi
  8003b1:	0f 84 53 04 00 00    	je     80080a <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8003b7:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8003bb:	7e 06                	jle    8003c3 <vprintfmt+0x194>
  8003bd:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  8003c1:	75 1b                	jne    8003de <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8003c3:	8d 5e 01             	lea    0x1(%esi),%ebx
  8003c6:	0f be 06             	movsbl (%esi),%eax
  8003c9:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8003cc:	85 c0                	test   %eax,%eax
  8003ce:	0f 85 80 00 00 00    	jne    800454 <vprintfmt+0x225>
  8003d4:	e9 8c 00 00 00       	jmp    800465 <vprintfmt+0x236>
				p = "(null)";
  8003d9:	be 3b 12 80 00       	mov    $0x80123b,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  8003de:	83 ec 08             	sub    $0x8,%esp
  8003e1:	57                   	push   %edi
  8003e2:	56                   	push   %esi
  8003e3:	e8 ea 04 00 00       	call   8008d2 <strnlen>
  8003e8:	29 45 ac             	sub    %eax,-0x54(%ebp)
  8003eb:	8b 55 ac             	mov    -0x54(%ebp),%edx
  8003ee:	83 c4 10             	add    $0x10,%esp
  8003f1:	85 d2                	test   %edx,%edx
  8003f3:	0f 8e f5 03 00 00    	jle    8007ee <vprintfmt+0x5bf>
					putch(padc, putdat);
  8003f9:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  8003fd:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800400:	89 d6                	mov    %edx,%esi
  800402:	89 7d b0             	mov    %edi,-0x50(%ebp)
  800405:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800408:	83 ec 08             	sub    $0x8,%esp
  80040b:	57                   	push   %edi
  80040c:	53                   	push   %ebx
  80040d:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800410:	83 c4 10             	add    $0x10,%esp
  800413:	83 ee 01             	sub    $0x1,%esi
  800416:	75 f0                	jne    800408 <vprintfmt+0x1d9>
  800418:	89 75 ac             	mov    %esi,-0x54(%ebp)
  80041b:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  80041e:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800421:	8d 5e 01             	lea    0x1(%esi),%ebx
  800424:	0f be 06             	movsbl (%esi),%eax
  800427:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80042a:	85 c0                	test   %eax,%eax
  80042c:	75 26                	jne    800454 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  80042e:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800431:	89 45 14             	mov    %eax,0x14(%ebp)
  800434:	e9 ff fd ff ff       	jmp    800238 <vprintfmt+0x9>
				putch(ch, putdat);
  800439:	83 ec 08             	sub    $0x8,%esp
  80043c:	ff 75 0c             	push   0xc(%ebp)
  80043f:	50                   	push   %eax
  800440:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800443:	83 ee 01             	sub    $0x1,%esi
  800446:	83 c3 01             	add    $0x1,%ebx
  800449:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  80044d:	83 c4 10             	add    $0x10,%esp
  800450:	85 c0                	test   %eax,%eax
  800452:	74 0e                	je     800462 <vprintfmt+0x233>
  800454:	85 ff                	test   %edi,%edi
  800456:	78 e1                	js     800439 <vprintfmt+0x20a>
  800458:	83 ef 01             	sub    $0x1,%edi
  80045b:	79 dc                	jns    800439 <vprintfmt+0x20a>
  80045d:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800460:	eb 03                	jmp    800465 <vprintfmt+0x236>
  800462:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  800465:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800469:	7e 24                	jle    80048f <vprintfmt+0x260>
  80046b:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  80046e:	8b 75 08             	mov    0x8(%ebp),%esi
  800471:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  800474:	83 ec 08             	sub    $0x8,%esp
  800477:	57                   	push   %edi
  800478:	6a 20                	push   $0x20
  80047a:	ff d6                	call   *%esi
			for (; width > 0; width--)
  80047c:	83 c4 10             	add    $0x10,%esp
  80047f:	83 eb 01             	sub    $0x1,%ebx
  800482:	75 f0                	jne    800474 <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  800484:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800487:	89 45 14             	mov    %eax,0x14(%ebp)
  80048a:	e9 a9 fd ff ff       	jmp    800238 <vprintfmt+0x9>
  80048f:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800492:	89 45 14             	mov    %eax,0x14(%ebp)
  800495:	e9 9e fd ff ff       	jmp    800238 <vprintfmt+0x9>
	if (lflag >= 2)
  80049a:	89 55 10             	mov    %edx,0x10(%ebp)
  80049d:	83 fe 01             	cmp    $0x1,%esi
  8004a0:	7f 1b                	jg     8004bd <vprintfmt+0x28e>
	else if (lflag)
  8004a2:	85 f6                	test   %esi,%esi
  8004a4:	74 39                	je     8004df <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8004a6:	8b 45 14             	mov    0x14(%ebp),%eax
  8004a9:	8b 00                	mov    (%eax),%eax
  8004ab:	89 c6                	mov    %eax,%esi
  8004ad:	89 c7                	mov    %eax,%edi
  8004af:	c1 ff 1f             	sar    $0x1f,%edi
  8004b2:	8b 45 14             	mov    0x14(%ebp),%eax
  8004b5:	8d 40 04             	lea    0x4(%eax),%eax
  8004b8:	89 45 14             	mov    %eax,0x14(%ebp)
  8004bb:	eb 0e                	jmp    8004cb <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  8004bd:	8b 45 14             	mov    0x14(%ebp),%eax
  8004c0:	8b 30                	mov    (%eax),%esi
  8004c2:	8b 78 04             	mov    0x4(%eax),%edi
  8004c5:	8d 40 08             	lea    0x8(%eax),%eax
  8004c8:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  8004cb:	85 ff                	test   %edi,%edi
  8004cd:	78 27                	js     8004f6 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  8004cf:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8004d2:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  8004d5:	b8 0a 00 00 00       	mov    $0xa,%eax
  8004da:	e9 53 01 00 00       	jmp    800632 <vprintfmt+0x403>
		return va_arg(*ap, int);
  8004df:	8b 45 14             	mov    0x14(%ebp),%eax
  8004e2:	8b 00                	mov    (%eax),%eax
  8004e4:	89 c6                	mov    %eax,%esi
  8004e6:	89 c7                	mov    %eax,%edi
  8004e8:	c1 ff 1f             	sar    $0x1f,%edi
  8004eb:	8b 45 14             	mov    0x14(%ebp),%eax
  8004ee:	8d 40 04             	lea    0x4(%eax),%eax
  8004f1:	89 45 14             	mov    %eax,0x14(%ebp)
  8004f4:	eb d5                	jmp    8004cb <vprintfmt+0x29c>
				putch('-', putdat);
  8004f6:	83 ec 08             	sub    $0x8,%esp
  8004f9:	ff 75 0c             	push   0xc(%ebp)
  8004fc:	6a 2d                	push   $0x2d
  8004fe:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800501:	f7 de                	neg    %esi
  800503:	83 d7 00             	adc    $0x0,%edi
  800506:	f7 df                	neg    %edi
  800508:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80050b:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  80050e:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800511:	b8 0a 00 00 00       	mov    $0xa,%eax
  800516:	e9 17 01 00 00       	jmp    800632 <vprintfmt+0x403>
	if (lflag >= 2)
  80051b:	89 55 10             	mov    %edx,0x10(%ebp)
  80051e:	83 fe 01             	cmp    $0x1,%esi
  800521:	7f 27                	jg     80054a <vprintfmt+0x31b>
	else if (lflag)
  800523:	85 f6                	test   %esi,%esi
  800525:	74 44                	je     80056b <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  800527:	8b 45 14             	mov    0x14(%ebp),%eax
  80052a:	8b 00                	mov    (%eax),%eax
  80052c:	ba 00 00 00 00       	mov    $0x0,%edx
  800531:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800534:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800537:	8b 45 14             	mov    0x14(%ebp),%eax
  80053a:	8d 40 04             	lea    0x4(%eax),%eax
  80053d:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800540:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  800545:	e9 e8 00 00 00       	jmp    800632 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80054a:	8b 45 14             	mov    0x14(%ebp),%eax
  80054d:	8b 50 04             	mov    0x4(%eax),%edx
  800550:	8b 00                	mov    (%eax),%eax
  800552:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800555:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800558:	8b 45 14             	mov    0x14(%ebp),%eax
  80055b:	8d 40 08             	lea    0x8(%eax),%eax
  80055e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800561:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  800566:	e9 c7 00 00 00       	jmp    800632 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80056b:	8b 45 14             	mov    0x14(%ebp),%eax
  80056e:	8b 00                	mov    (%eax),%eax
  800570:	ba 00 00 00 00       	mov    $0x0,%edx
  800575:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800578:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80057b:	8b 45 14             	mov    0x14(%ebp),%eax
  80057e:	8d 40 04             	lea    0x4(%eax),%eax
  800581:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800584:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  800589:	e9 a4 00 00 00       	jmp    800632 <vprintfmt+0x403>
	if (lflag >= 2)
  80058e:	89 55 10             	mov    %edx,0x10(%ebp)
  800591:	83 fe 01             	cmp    $0x1,%esi
  800594:	7f 24                	jg     8005ba <vprintfmt+0x38b>
	else if (lflag)
  800596:	85 f6                	test   %esi,%esi
  800598:	74 3e                	je     8005d8 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  80059a:	8b 45 14             	mov    0x14(%ebp),%eax
  80059d:	8b 00                	mov    (%eax),%eax
  80059f:	ba 00 00 00 00       	mov    $0x0,%edx
  8005a4:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005a7:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005aa:	8b 45 14             	mov    0x14(%ebp),%eax
  8005ad:	8d 40 04             	lea    0x4(%eax),%eax
  8005b0:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005b3:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8005b8:	eb 78                	jmp    800632 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  8005ba:	8b 45 14             	mov    0x14(%ebp),%eax
  8005bd:	8b 50 04             	mov    0x4(%eax),%edx
  8005c0:	8b 00                	mov    (%eax),%eax
  8005c2:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005c5:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005c8:	8b 45 14             	mov    0x14(%ebp),%eax
  8005cb:	8d 40 08             	lea    0x8(%eax),%eax
  8005ce:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005d1:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  8005d6:	eb 5a                	jmp    800632 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8005d8:	8b 45 14             	mov    0x14(%ebp),%eax
  8005db:	8b 00                	mov    (%eax),%eax
  8005dd:	ba 00 00 00 00       	mov    $0x0,%edx
  8005e2:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8005e5:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8005e8:	8b 45 14             	mov    0x14(%ebp),%eax
  8005eb:	8d 40 04             	lea    0x4(%eax),%eax
  8005ee:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8005f1:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  8005f6:	eb 3a                	jmp    800632 <vprintfmt+0x403>
			putch('0', putdat);
  8005f8:	89 55 10             	mov    %edx,0x10(%ebp)
  8005fb:	83 ec 08             	sub    $0x8,%esp
  8005fe:	ff 75 0c             	push   0xc(%ebp)
  800601:	6a 30                	push   $0x30
  800603:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  800606:	83 c4 08             	add    $0x8,%esp
  800609:	ff 75 0c             	push   0xc(%ebp)
  80060c:	6a 78                	push   $0x78
  80060e:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800611:	8b 45 14             	mov    0x14(%ebp),%eax
  800614:	8b 00                	mov    (%eax),%eax
  800616:	ba 00 00 00 00       	mov    $0x0,%edx
  80061b:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80061e:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800621:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  800624:	8b 45 14             	mov    0x14(%ebp),%eax
  800627:	8d 40 04             	lea    0x4(%eax),%eax
  80062a:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  80062d:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800632:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  800636:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  800639:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  80063e:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800641:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  800648:	89 7d a8             	mov    %edi,-0x58(%ebp)
  80064b:	8b 75 b0             	mov    -0x50(%ebp),%esi
  80064e:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800651:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  800654:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  800658:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  80065b:	8d 55 cf             	lea    -0x31(%ebp),%edx
  80065e:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  800661:	ff 75 bc             	push   -0x44(%ebp)
  800664:	ff 75 b8             	push   -0x48(%ebp)
  800667:	57                   	push   %edi
  800668:	56                   	push   %esi
  800669:	e8 2f 07 00 00       	call   800d9d <__umoddi3>
  80066e:	83 c4 10             	add    $0x10,%esp
  800671:	0f b6 80 4e 12 80 00 	movzbl 0x80124e(%eax),%eax
  800678:	88 03                	mov    %al,(%ebx)
		num /= base;
  80067a:	89 75 b0             	mov    %esi,-0x50(%ebp)
  80067d:	89 fb                	mov    %edi,%ebx
  80067f:	ff 75 bc             	push   -0x44(%ebp)
  800682:	ff 75 b8             	push   -0x48(%ebp)
  800685:	57                   	push   %edi
  800686:	56                   	push   %esi
  800687:	e8 f6 06 00 00       	call   800d82 <__udivdi3>
  80068c:	83 c4 10             	add    $0x10,%esp
  80068f:	89 c6                	mov    %eax,%esi
  800691:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  800693:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  800696:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  800699:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  80069c:	73 b6                	jae    800654 <vprintfmt+0x425>
	pad = width - n;
  80069e:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8006a1:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8006a4:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8006a7:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8006a9:	83 ff 2d             	cmp    $0x2d,%edi
  8006ac:	0f 84 de 00 00 00    	je     800790 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8006b2:	85 f6                	test   %esi,%esi
  8006b4:	0f 8e 27 01 00 00    	jle    8007e1 <vprintfmt+0x5b2>
  8006ba:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  8006bd:	83 ec 08             	sub    $0x8,%esp
  8006c0:	53                   	push   %ebx
  8006c1:	57                   	push   %edi
  8006c2:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  8006c5:	83 c4 10             	add    $0x10,%esp
  8006c8:	83 ee 01             	sub    $0x1,%esi
  8006cb:	75 f0                	jne    8006bd <vprintfmt+0x48e>
  8006cd:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  8006d0:	85 db                	test   %ebx,%ebx
  8006d2:	0f 8e 60 fb ff ff    	jle    800238 <vprintfmt+0x9>
		putch(digits[--n], putdat);
  8006d8:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  8006db:	8b 75 08             	mov    0x8(%ebp),%esi
  8006de:	8b 7d 0c             	mov    0xc(%ebp),%edi
  8006e1:	83 eb 01             	sub    $0x1,%ebx
  8006e4:	83 ec 08             	sub    $0x8,%esp
  8006e7:	57                   	push   %edi
  8006e8:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  8006ed:	50                   	push   %eax
  8006ee:	ff d6                	call   *%esi
	while (n > 0)
  8006f0:	83 c4 10             	add    $0x10,%esp
  8006f3:	85 db                	test   %ebx,%ebx
  8006f5:	7f ea                	jg     8006e1 <vprintfmt+0x4b2>
  8006f7:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  8006fa:	85 f6                	test   %esi,%esi
  8006fc:	0f 8e 36 fb ff ff    	jle    800238 <vprintfmt+0x9>
  800702:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800705:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  800708:	83 ec 08             	sub    $0x8,%esp
  80070b:	57                   	push   %edi
  80070c:	6a 20                	push   $0x20
  80070e:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800710:	83 c4 10             	add    $0x10,%esp
  800713:	83 ee 01             	sub    $0x1,%esi
  800716:	75 f0                	jne    800708 <vprintfmt+0x4d9>
  800718:	e9 1b fb ff ff       	jmp    800238 <vprintfmt+0x9>
	if (lflag >= 2)
  80071d:	89 55 10             	mov    %edx,0x10(%ebp)
  800720:	83 fe 01             	cmp    $0x1,%esi
  800723:	7f 27                	jg     80074c <vprintfmt+0x51d>
	else if (lflag)
  800725:	85 f6                	test   %esi,%esi
  800727:	74 44                	je     80076d <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  800729:	8b 45 14             	mov    0x14(%ebp),%eax
  80072c:	8b 00                	mov    (%eax),%eax
  80072e:	ba 00 00 00 00       	mov    $0x0,%edx
  800733:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800736:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  800739:	8b 45 14             	mov    0x14(%ebp),%eax
  80073c:	8d 40 04             	lea    0x4(%eax),%eax
  80073f:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800742:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  800747:	e9 e6 fe ff ff       	jmp    800632 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  80074c:	8b 45 14             	mov    0x14(%ebp),%eax
  80074f:	8b 50 04             	mov    0x4(%eax),%edx
  800752:	8b 00                	mov    (%eax),%eax
  800754:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800757:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80075a:	8b 45 14             	mov    0x14(%ebp),%eax
  80075d:	8d 40 08             	lea    0x8(%eax),%eax
  800760:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800763:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  800768:	e9 c5 fe ff ff       	jmp    800632 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80076d:	8b 45 14             	mov    0x14(%ebp),%eax
  800770:	8b 00                	mov    (%eax),%eax
  800772:	ba 00 00 00 00       	mov    $0x0,%edx
  800777:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80077a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80077d:	8b 45 14             	mov    0x14(%ebp),%eax
  800780:	8d 40 04             	lea    0x4(%eax),%eax
  800783:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800786:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  80078b:	e9 a2 fe ff ff       	jmp    800632 <vprintfmt+0x403>
	while (n > 0)
  800790:	85 db                	test   %ebx,%ebx
  800792:	0f 8f 40 ff ff ff    	jg     8006d8 <vprintfmt+0x4a9>
  800798:	e9 5d ff ff ff       	jmp    8006fa <vprintfmt+0x4cb>
			putch(ch, putdat);
  80079d:	89 55 10             	mov    %edx,0x10(%ebp)
  8007a0:	83 ec 08             	sub    $0x8,%esp
  8007a3:	ff 75 0c             	push   0xc(%ebp)
  8007a6:	6a 25                	push   $0x25
  8007a8:	ff 55 08             	call   *0x8(%ebp)
			break;
  8007ab:	83 c4 10             	add    $0x10,%esp
  8007ae:	e9 85 fa ff ff       	jmp    800238 <vprintfmt+0x9>
			putch('%', putdat);
  8007b3:	83 ec 08             	sub    $0x8,%esp
  8007b6:	ff 75 0c             	push   0xc(%ebp)
  8007b9:	6a 25                	push   $0x25
  8007bb:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8007be:	83 c4 10             	add    $0x10,%esp
  8007c1:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  8007c5:	0f 84 d1 fa ff ff    	je     80029c <vprintfmt+0x6d>
  8007cb:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8007ce:	89 d8                	mov    %ebx,%eax
  8007d0:	83 e8 01             	sub    $0x1,%eax
  8007d3:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  8007d7:	75 f7                	jne    8007d0 <vprintfmt+0x5a1>
  8007d9:	89 45 10             	mov    %eax,0x10(%ebp)
  8007dc:	e9 57 fa ff ff       	jmp    800238 <vprintfmt+0x9>
	while (n > 0)
  8007e1:	85 db                	test   %ebx,%ebx
  8007e3:	0f 8f ef fe ff ff    	jg     8006d8 <vprintfmt+0x4a9>
  8007e9:	e9 4a fa ff ff       	jmp    800238 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  8007ee:	8d 5e 01             	lea    0x1(%esi),%ebx
  8007f1:	0f be 06             	movsbl (%esi),%eax
  8007f4:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8007f7:	85 c0                	test   %eax,%eax
  8007f9:	0f 85 55 fc ff ff    	jne    800454 <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  8007ff:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800802:	89 45 14             	mov    %eax,0x14(%ebp)
  800805:	e9 2e fa ff ff       	jmp    800238 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  80080a:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  80080e:	74 0a                	je     80081a <vprintfmt+0x5eb>
  800810:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800814:	0f 8f bf fb ff ff    	jg     8003d9 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  80081a:	b8 28 00 00 00       	mov    $0x28,%eax
  80081f:	bb 3c 12 80 00       	mov    $0x80123c,%ebx
  800824:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800827:	e9 28 fc ff ff       	jmp    800454 <vprintfmt+0x225>
}
  80082c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80082f:	5b                   	pop    %ebx
  800830:	5e                   	pop    %esi
  800831:	5f                   	pop    %edi
  800832:	5d                   	pop    %ebp
  800833:	c3                   	ret

00800834 <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  800834:	55                   	push   %ebp
  800835:	89 e5                	mov    %esp,%ebp
  800837:	83 ec 18             	sub    $0x18,%esp
  80083a:	8b 45 08             	mov    0x8(%ebp),%eax
  80083d:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800840:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800843:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  800847:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  80084a:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800851:	85 c0                	test   %eax,%eax
  800853:	74 26                	je     80087b <vsnprintf+0x47>
  800855:	85 d2                	test   %edx,%edx
  800857:	7e 22                	jle    80087b <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  800859:	ff 75 14             	push   0x14(%ebp)
  80085c:	ff 75 10             	push   0x10(%ebp)
  80085f:	8d 45 ec             	lea    -0x14(%ebp),%eax
  800862:	50                   	push   %eax
  800863:	68 f5 01 80 00       	push   $0x8001f5
  800868:	e8 c2 f9 ff ff       	call   80022f <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  80086d:	8b 45 ec             	mov    -0x14(%ebp),%eax
  800870:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  800873:	8b 45 f4             	mov    -0xc(%ebp),%eax
  800876:	83 c4 10             	add    $0x10,%esp
}
  800879:	c9                   	leave
  80087a:	c3                   	ret
		return -E_INVAL;
  80087b:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  800880:	eb f7                	jmp    800879 <vsnprintf+0x45>

00800882 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  800882:	55                   	push   %ebp
  800883:	89 e5                	mov    %esp,%ebp
  800885:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  800888:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  80088b:	50                   	push   %eax
  80088c:	ff 75 08             	push   0x8(%ebp)
  80088f:	e8 03 f9 ff ff       	call   800197 <vcprintf>
	va_end(ap);

	return cnt;
}
  800894:	c9                   	leave
  800895:	c3                   	ret

00800896 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  800896:	55                   	push   %ebp
  800897:	89 e5                	mov    %esp,%ebp
  800899:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  80089c:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  80089f:	50                   	push   %eax
  8008a0:	ff 75 10             	push   0x10(%ebp)
  8008a3:	ff 75 0c             	push   0xc(%ebp)
  8008a6:	ff 75 08             	push   0x8(%ebp)
  8008a9:	e8 86 ff ff ff       	call   800834 <vsnprintf>
	va_end(ap);

	return rc;
}
  8008ae:	c9                   	leave
  8008af:	c3                   	ret

008008b0 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8008b0:	55                   	push   %ebp
  8008b1:	89 e5                	mov    %esp,%ebp
  8008b3:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8008b6:	80 3a 00             	cmpb   $0x0,(%edx)
  8008b9:	74 10                	je     8008cb <strlen+0x1b>
  8008bb:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  8008c0:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  8008c3:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  8008c7:	75 f7                	jne    8008c0 <strlen+0x10>
	return n;
}
  8008c9:	5d                   	pop    %ebp
  8008ca:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  8008cb:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  8008d0:	eb f7                	jmp    8008c9 <strlen+0x19>

008008d2 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  8008d2:	55                   	push   %ebp
  8008d3:	89 e5                	mov    %esp,%ebp
  8008d5:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008d8:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8008db:	85 d2                	test   %edx,%edx
  8008dd:	74 16                	je     8008f5 <strnlen+0x23>
  8008df:	b8 00 00 00 00       	mov    $0x0,%eax
  8008e4:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  8008e8:	74 09                	je     8008f3 <strnlen+0x21>
		n++;
  8008ea:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8008ed:	39 d0                	cmp    %edx,%eax
  8008ef:	75 f3                	jne    8008e4 <strnlen+0x12>
		n++;
  8008f1:	89 d0                	mov    %edx,%eax
	return n;
}
  8008f3:	5d                   	pop    %ebp
  8008f4:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  8008f5:	b8 00 00 00 00       	mov    $0x0,%eax
  8008fa:	eb f7                	jmp    8008f3 <strnlen+0x21>

008008fc <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  8008fc:	55                   	push   %ebp
  8008fd:	89 e5                	mov    %esp,%ebp
  8008ff:	53                   	push   %ebx
  800900:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800903:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  800906:	b8 00 00 00 00       	mov    $0x0,%eax
  80090b:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  80090f:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800912:	83 c0 01             	add    $0x1,%eax
  800915:	84 d2                	test   %dl,%dl
  800917:	75 f2                	jne    80090b <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  800919:	89 c8                	mov    %ecx,%eax
  80091b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80091e:	c9                   	leave
  80091f:	c3                   	ret

00800920 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800920:	55                   	push   %ebp
  800921:	89 e5                	mov    %esp,%ebp
  800923:	53                   	push   %ebx
  800924:	83 ec 10             	sub    $0x10,%esp
  800927:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  80092a:	53                   	push   %ebx
  80092b:	e8 80 ff ff ff       	call   8008b0 <strlen>
  800930:	83 c4 08             	add    $0x8,%esp
  800933:	ff 75 0c             	push   0xc(%ebp)
  800936:	01 d8                	add    %ebx,%eax
  800938:	50                   	push   %eax
  800939:	e8 be ff ff ff       	call   8008fc <strcpy>
	return dst;
}
  80093e:	89 d8                	mov    %ebx,%eax
  800940:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800943:	c9                   	leave
  800944:	c3                   	ret

00800945 <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  800945:	55                   	push   %ebp
  800946:	89 e5                	mov    %esp,%ebp
  800948:	56                   	push   %esi
  800949:	53                   	push   %ebx
  80094a:	8b 75 08             	mov    0x8(%ebp),%esi
  80094d:	8b 55 0c             	mov    0xc(%ebp),%edx
  800950:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800953:	85 db                	test   %ebx,%ebx
  800955:	74 17                	je     80096e <strncpy+0x29>
  800957:	01 f3                	add    %esi,%ebx
  800959:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  80095b:	83 c0 01             	add    $0x1,%eax
  80095e:	0f b6 0a             	movzbl (%edx),%ecx
  800961:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  800964:	80 f9 01             	cmp    $0x1,%cl
  800967:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  80096a:	39 c3                	cmp    %eax,%ebx
  80096c:	75 ed                	jne    80095b <strncpy+0x16>
	}
	return ret;
}
  80096e:	89 f0                	mov    %esi,%eax
  800970:	5b                   	pop    %ebx
  800971:	5e                   	pop    %esi
  800972:	5d                   	pop    %ebp
  800973:	c3                   	ret

00800974 <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  800974:	55                   	push   %ebp
  800975:	89 e5                	mov    %esp,%ebp
  800977:	56                   	push   %esi
  800978:	53                   	push   %ebx
  800979:	8b 75 08             	mov    0x8(%ebp),%esi
  80097c:	8b 55 0c             	mov    0xc(%ebp),%edx
  80097f:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  800982:	89 f0                	mov    %esi,%eax
  800984:	85 db                	test   %ebx,%ebx
  800986:	74 1e                	je     8009a6 <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  800988:	83 eb 01             	sub    $0x1,%ebx
  80098b:	74 16                	je     8009a3 <strlcpy+0x2f>
  80098d:	01 f3                	add    %esi,%ebx
  80098f:	0f b6 0a             	movzbl (%edx),%ecx
  800992:	84 c9                	test   %cl,%cl
  800994:	74 0d                	je     8009a3 <strlcpy+0x2f>
			*dst++ = *src++;
  800996:	83 c2 01             	add    $0x1,%edx
  800999:	83 c0 01             	add    $0x1,%eax
  80099c:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  80099f:	39 d8                	cmp    %ebx,%eax
  8009a1:	75 ec                	jne    80098f <strlcpy+0x1b>
		*dst = '\0';
  8009a3:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  8009a6:	29 f0                	sub    %esi,%eax
}
  8009a8:	5b                   	pop    %ebx
  8009a9:	5e                   	pop    %esi
  8009aa:	5d                   	pop    %ebp
  8009ab:	c3                   	ret

008009ac <strcmp>:

int
strcmp(const char *p, const char *q)
{
  8009ac:	55                   	push   %ebp
  8009ad:	89 e5                	mov    %esp,%ebp
  8009af:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8009b2:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  8009b5:	0f b6 01             	movzbl (%ecx),%eax
  8009b8:	84 c0                	test   %al,%al
  8009ba:	74 11                	je     8009cd <strcmp+0x21>
  8009bc:	38 02                	cmp    %al,(%edx)
  8009be:	75 0d                	jne    8009cd <strcmp+0x21>
		p++, q++;
  8009c0:	83 c1 01             	add    $0x1,%ecx
  8009c3:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  8009c6:	0f b6 01             	movzbl (%ecx),%eax
  8009c9:	84 c0                	test   %al,%al
  8009cb:	75 ef                	jne    8009bc <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  8009cd:	0f b6 c0             	movzbl %al,%eax
  8009d0:	0f b6 12             	movzbl (%edx),%edx
  8009d3:	29 d0                	sub    %edx,%eax
}
  8009d5:	5d                   	pop    %ebp
  8009d6:	c3                   	ret

008009d7 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  8009d7:	55                   	push   %ebp
  8009d8:	89 e5                	mov    %esp,%ebp
  8009da:	53                   	push   %ebx
  8009db:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8009de:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  8009e1:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  8009e4:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  8009e9:	85 d2                	test   %edx,%edx
  8009eb:	74 2e                	je     800a1b <strncmp+0x44>
  8009ed:	0f b6 01             	movzbl (%ecx),%eax
  8009f0:	84 c0                	test   %al,%al
  8009f2:	74 16                	je     800a0a <strncmp+0x33>
  8009f4:	3a 03                	cmp    (%ebx),%al
  8009f6:	75 12                	jne    800a0a <strncmp+0x33>
		n--, p++, q++;
  8009f8:	83 c1 01             	add    $0x1,%ecx
  8009fb:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  8009fe:	83 ea 01             	sub    $0x1,%edx
  800a01:	75 ea                	jne    8009ed <strncmp+0x16>
		return 0;
  800a03:	b8 00 00 00 00       	mov    $0x0,%eax
  800a08:	eb 11                	jmp    800a1b <strncmp+0x44>
  800a0a:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800a0f:	85 d2                	test   %edx,%edx
  800a11:	74 08                	je     800a1b <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800a13:	0f b6 01             	movzbl (%ecx),%eax
  800a16:	0f b6 13             	movzbl (%ebx),%edx
  800a19:	29 d0                	sub    %edx,%eax
}
  800a1b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a1e:	c9                   	leave
  800a1f:	c3                   	ret

00800a20 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800a20:	55                   	push   %ebp
  800a21:	89 e5                	mov    %esp,%ebp
  800a23:	8b 45 08             	mov    0x8(%ebp),%eax
  800a26:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800a2a:	0f b6 10             	movzbl (%eax),%edx
  800a2d:	84 d2                	test   %dl,%dl
  800a2f:	74 15                	je     800a46 <strchr+0x26>
		if (*s == c)
  800a31:	38 d1                	cmp    %dl,%cl
  800a33:	74 0f                	je     800a44 <strchr+0x24>
	for (; *s; s++)
  800a35:	83 c0 01             	add    $0x1,%eax
  800a38:	0f b6 10             	movzbl (%eax),%edx
  800a3b:	84 d2                	test   %dl,%dl
  800a3d:	75 f2                	jne    800a31 <strchr+0x11>
			return (char *) s;
	return 0;
  800a3f:	b8 00 00 00 00       	mov    $0x0,%eax
}
  800a44:	5d                   	pop    %ebp
  800a45:	c3                   	ret
	return 0;
  800a46:	b8 00 00 00 00       	mov    $0x0,%eax
  800a4b:	eb f7                	jmp    800a44 <strchr+0x24>

00800a4d <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800a4d:	55                   	push   %ebp
  800a4e:	89 e5                	mov    %esp,%ebp
  800a50:	53                   	push   %ebx
  800a51:	8b 45 08             	mov    0x8(%ebp),%eax
  800a54:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  800a57:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  800a5a:	38 d3                	cmp    %dl,%bl
  800a5c:	74 14                	je     800a72 <strfind+0x25>
  800a5e:	89 d1                	mov    %edx,%ecx
  800a60:	84 db                	test   %bl,%bl
  800a62:	74 0e                	je     800a72 <strfind+0x25>
	for (; *s; s++)
  800a64:	83 c0 01             	add    $0x1,%eax
  800a67:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  800a6a:	38 ca                	cmp    %cl,%dl
  800a6c:	74 04                	je     800a72 <strfind+0x25>
  800a6e:	84 d2                	test   %dl,%dl
  800a70:	75 f2                	jne    800a64 <strfind+0x17>
			break;
	return (char *) s;
}
  800a72:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a75:	c9                   	leave
  800a76:	c3                   	ret

00800a77 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  800a77:	55                   	push   %ebp
  800a78:	89 e5                	mov    %esp,%ebp
  800a7a:	53                   	push   %ebx
  800a7b:	8b 5d 08             	mov    0x8(%ebp),%ebx
  800a7e:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800a81:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  800a84:	85 d2                	test   %edx,%edx
  800a86:	74 0e                	je     800a96 <memset+0x1f>
  800a88:	01 da                	add    %ebx,%edx
	char *p = v;
  800a8a:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  800a8c:	83 c0 01             	add    $0x1,%eax
  800a8f:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  800a92:	39 c2                	cmp    %eax,%edx
  800a94:	75 f6                	jne    800a8c <memset+0x15>
	return v;
}
  800a96:	89 d8                	mov    %ebx,%eax
  800a98:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800a9b:	c9                   	leave
  800a9c:	c3                   	ret

00800a9d <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  800a9d:	55                   	push   %ebp
  800a9e:	89 e5                	mov    %esp,%ebp
  800aa0:	56                   	push   %esi
  800aa1:	53                   	push   %ebx
  800aa2:	8b 75 08             	mov    0x8(%ebp),%esi
  800aa5:	8b 45 0c             	mov    0xc(%ebp),%eax
  800aa8:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  800aab:	39 f0                	cmp    %esi,%eax
  800aad:	72 20                	jb     800acf <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  800aaf:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  800ab2:	89 f2                	mov    %esi,%edx
  800ab4:	85 c9                	test   %ecx,%ecx
  800ab6:	74 11                	je     800ac9 <memmove+0x2c>
			*d++ = *s++;
  800ab8:	83 c0 01             	add    $0x1,%eax
  800abb:	83 c2 01             	add    $0x1,%edx
  800abe:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800ac2:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800ac5:	39 d8                	cmp    %ebx,%eax
  800ac7:	75 ef                	jne    800ab8 <memmove+0x1b>
	return dst;
}
  800ac9:	89 f0                	mov    %esi,%eax
  800acb:	5b                   	pop    %ebx
  800acc:	5e                   	pop    %esi
  800acd:	5d                   	pop    %ebp
  800ace:	c3                   	ret
	if (s < d && s + n > d) {
  800acf:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800ad2:	39 d6                	cmp    %edx,%esi
  800ad4:	73 d9                	jae    800aaf <memmove+0x12>
		while (n-- > 0)
  800ad6:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800ad9:	85 c9                	test   %ecx,%ecx
  800adb:	74 ec                	je     800ac9 <memmove+0x2c>
			*--d = *--s;
  800add:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800ae1:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800ae4:	83 ea 01             	sub    $0x1,%edx
  800ae7:	83 fa ff             	cmp    $0xffffffff,%edx
  800aea:	75 f1                	jne    800add <memmove+0x40>
  800aec:	eb db                	jmp    800ac9 <memmove+0x2c>

00800aee <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800aee:	55                   	push   %ebp
  800aef:	89 e5                	mov    %esp,%ebp
  800af1:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800af4:	ff 75 10             	push   0x10(%ebp)
  800af7:	ff 75 0c             	push   0xc(%ebp)
  800afa:	ff 75 08             	push   0x8(%ebp)
  800afd:	e8 9b ff ff ff       	call   800a9d <memmove>
}
  800b02:	c9                   	leave
  800b03:	c3                   	ret

00800b04 <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800b04:	55                   	push   %ebp
  800b05:	89 e5                	mov    %esp,%ebp
  800b07:	56                   	push   %esi
  800b08:	53                   	push   %ebx
  800b09:	8b 45 08             	mov    0x8(%ebp),%eax
  800b0c:	8b 55 0c             	mov    0xc(%ebp),%edx
  800b0f:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800b12:	85 f6                	test   %esi,%esi
  800b14:	74 29                	je     800b3f <memcmp+0x3b>
  800b16:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800b18:	0f b6 08             	movzbl (%eax),%ecx
  800b1b:	0f b6 1a             	movzbl (%edx),%ebx
  800b1e:	38 d9                	cmp    %bl,%cl
  800b20:	75 11                	jne    800b33 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800b22:	83 c0 01             	add    $0x1,%eax
  800b25:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800b28:	39 c6                	cmp    %eax,%esi
  800b2a:	75 ec                	jne    800b18 <memcmp+0x14>
	}
	return 0;
  800b2c:	b8 00 00 00 00       	mov    $0x0,%eax
  800b31:	eb 08                	jmp    800b3b <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800b33:	0f b6 c1             	movzbl %cl,%eax
  800b36:	0f b6 db             	movzbl %bl,%ebx
  800b39:	29 d8                	sub    %ebx,%eax
}
  800b3b:	5b                   	pop    %ebx
  800b3c:	5e                   	pop    %esi
  800b3d:	5d                   	pop    %ebp
  800b3e:	c3                   	ret
	return 0;
  800b3f:	b8 00 00 00 00       	mov    $0x0,%eax
  800b44:	eb f5                	jmp    800b3b <memcmp+0x37>

00800b46 <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800b46:	55                   	push   %ebp
  800b47:	89 e5                	mov    %esp,%ebp
  800b49:	8b 45 08             	mov    0x8(%ebp),%eax
  800b4c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800b4f:	89 c2                	mov    %eax,%edx
  800b51:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800b54:	39 d0                	cmp    %edx,%eax
  800b56:	73 0d                	jae    800b65 <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800b58:	38 08                	cmp    %cl,(%eax)
  800b5a:	74 0d                	je     800b69 <memfind+0x23>
	for (; s < ends; s++)
  800b5c:	83 c0 01             	add    $0x1,%eax
  800b5f:	39 c2                	cmp    %eax,%edx
  800b61:	75 f5                	jne    800b58 <memfind+0x12>
  800b63:	eb 06                	jmp    800b6b <memfind+0x25>
  800b65:	89 c2                	mov    %eax,%edx
  800b67:	eb 02                	jmp    800b6b <memfind+0x25>
  800b69:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800b6b:	89 d0                	mov    %edx,%eax
  800b6d:	5d                   	pop    %ebp
  800b6e:	c3                   	ret

00800b6f <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800b6f:	55                   	push   %ebp
  800b70:	89 e5                	mov    %esp,%ebp
  800b72:	57                   	push   %edi
  800b73:	56                   	push   %esi
  800b74:	53                   	push   %ebx
  800b75:	8b 55 08             	mov    0x8(%ebp),%edx
  800b78:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800b7b:	0f b6 02             	movzbl (%edx),%eax
  800b7e:	3c 20                	cmp    $0x20,%al
  800b80:	74 04                	je     800b86 <strtol+0x17>
  800b82:	3c 09                	cmp    $0x9,%al
  800b84:	75 0e                	jne    800b94 <strtol+0x25>
		s++;
  800b86:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800b89:	0f b6 02             	movzbl (%edx),%eax
  800b8c:	3c 20                	cmp    $0x20,%al
  800b8e:	74 f6                	je     800b86 <strtol+0x17>
  800b90:	3c 09                	cmp    $0x9,%al
  800b92:	74 f2                	je     800b86 <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800b94:	3c 2b                	cmp    $0x2b,%al
  800b96:	74 2a                	je     800bc2 <strtol+0x53>
	int neg = 0;
  800b98:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800b9d:	3c 2d                	cmp    $0x2d,%al
  800b9f:	74 2b                	je     800bcc <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800ba1:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800ba7:	75 0f                	jne    800bb8 <strtol+0x49>
  800ba9:	80 3a 30             	cmpb   $0x30,(%edx)
  800bac:	74 28                	je     800bd6 <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800bae:	85 db                	test   %ebx,%ebx
  800bb0:	b8 0a 00 00 00       	mov    $0xa,%eax
  800bb5:	0f 44 d8             	cmove  %eax,%ebx
  800bb8:	b9 00 00 00 00       	mov    $0x0,%ecx
  800bbd:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800bc0:	eb 46                	jmp    800c08 <strtol+0x99>
		s++;
  800bc2:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800bc5:	bf 00 00 00 00       	mov    $0x0,%edi
  800bca:	eb d5                	jmp    800ba1 <strtol+0x32>
		s++, neg = 1;
  800bcc:	83 c2 01             	add    $0x1,%edx
  800bcf:	bf 01 00 00 00       	mov    $0x1,%edi
  800bd4:	eb cb                	jmp    800ba1 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800bd6:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800bda:	74 0e                	je     800bea <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800bdc:	85 db                	test   %ebx,%ebx
  800bde:	75 d8                	jne    800bb8 <strtol+0x49>
		s++, base = 8;
  800be0:	83 c2 01             	add    $0x1,%edx
  800be3:	bb 08 00 00 00       	mov    $0x8,%ebx
  800be8:	eb ce                	jmp    800bb8 <strtol+0x49>
		s += 2, base = 16;
  800bea:	83 c2 02             	add    $0x2,%edx
  800bed:	bb 10 00 00 00       	mov    $0x10,%ebx
  800bf2:	eb c4                	jmp    800bb8 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800bf4:	0f be c0             	movsbl %al,%eax
  800bf7:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800bfa:	3b 45 10             	cmp    0x10(%ebp),%eax
  800bfd:	7d 3a                	jge    800c39 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800bff:	83 c2 01             	add    $0x1,%edx
  800c02:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800c06:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800c08:	0f b6 02             	movzbl (%edx),%eax
  800c0b:	8d 70 d0             	lea    -0x30(%eax),%esi
  800c0e:	89 f3                	mov    %esi,%ebx
  800c10:	80 fb 09             	cmp    $0x9,%bl
  800c13:	76 df                	jbe    800bf4 <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800c15:	8d 70 9f             	lea    -0x61(%eax),%esi
  800c18:	89 f3                	mov    %esi,%ebx
  800c1a:	80 fb 19             	cmp    $0x19,%bl
  800c1d:	77 08                	ja     800c27 <strtol+0xb8>
			dig = *s - 'a' + 10;
  800c1f:	0f be c0             	movsbl %al,%eax
  800c22:	83 e8 57             	sub    $0x57,%eax
  800c25:	eb d3                	jmp    800bfa <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800c27:	8d 70 bf             	lea    -0x41(%eax),%esi
  800c2a:	89 f3                	mov    %esi,%ebx
  800c2c:	80 fb 19             	cmp    $0x19,%bl
  800c2f:	77 08                	ja     800c39 <strtol+0xca>
			dig = *s - 'A' + 10;
  800c31:	0f be c0             	movsbl %al,%eax
  800c34:	83 e8 37             	sub    $0x37,%eax
  800c37:	eb c1                	jmp    800bfa <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800c39:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800c3d:	74 05                	je     800c44 <strtol+0xd5>
		*endptr = (char *) s;
  800c3f:	8b 45 0c             	mov    0xc(%ebp),%eax
  800c42:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800c44:	89 c8                	mov    %ecx,%eax
  800c46:	f7 d8                	neg    %eax
  800c48:	85 ff                	test   %edi,%edi
  800c4a:	0f 45 c8             	cmovne %eax,%ecx
}
  800c4d:	89 c8                	mov    %ecx,%eax
  800c4f:	5b                   	pop    %ebx
  800c50:	5e                   	pop    %esi
  800c51:	5f                   	pop    %edi
  800c52:	5d                   	pop    %ebp
  800c53:	c3                   	ret

00800c54 <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800c54:	55                   	push   %ebp
  800c55:	89 e5                	mov    %esp,%ebp
  800c57:	57                   	push   %edi
  800c58:	56                   	push   %esi
  800c59:	53                   	push   %ebx
  800c5a:	83 ec 24             	sub    $0x24,%esp
  800c5d:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800c60:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800c63:	8b 45 08             	mov    0x8(%ebp),%eax
  800c66:	8b 55 0c             	mov    0xc(%ebp),%edx
  800c69:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800c6c:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800c6f:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800c72:	89 d1                	mov    %edx,%ecx
  800c74:	09 c1                	or     %eax,%ecx
  800c76:	74 2f                	je     800ca7 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800c78:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800c7b:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800c7e:	89 d0                	mov    %edx,%eax
  800c80:	83 c8 00             	or     $0x0,%eax
  800c83:	74 48                	je     800ccd <udivmod64+0x79>
  800c85:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800c8a:	be 00 00 00 00       	mov    $0x0,%esi
  800c8f:	bf 00 00 00 00       	mov    $0x0,%edi
  800c94:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800c9b:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800ca2:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800ca5:	eb 5f                	jmp    800d06 <udivmod64+0xb2>
		return ~0ULL;
  800ca7:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800cae:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800cb5:	85 db                	test   %ebx,%ebx
  800cb7:	0f 84 b7 00 00 00    	je     800d74 <udivmod64+0x120>
			*rem = n;
  800cbd:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800cc0:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800cc3:	89 03                	mov    %eax,(%ebx)
  800cc5:	89 53 04             	mov    %edx,0x4(%ebx)
  800cc8:	e9 a7 00 00 00       	jmp    800d74 <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800ccd:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800cd0:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800cd3:	85 db                	test   %ebx,%ebx
  800cd5:	74 12                	je     800ce9 <udivmod64+0x95>
			*rem = n32 % d32;
  800cd7:	89 c8                	mov    %ecx,%eax
  800cd9:	ba 00 00 00 00       	mov    $0x0,%edx
  800cde:	f7 f6                	div    %esi
  800ce0:	89 13                	mov    %edx,(%ebx)
  800ce2:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800ce9:	89 c8                	mov    %ecx,%eax
  800ceb:	ba 00 00 00 00       	mov    $0x0,%edx
  800cf0:	f7 f6                	div    %esi
  800cf2:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800cf5:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800cfc:	eb 76                	jmp    800d74 <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800cfe:	83 e9 01             	sub    $0x1,%ecx
  800d01:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800d04:	74 62                	je     800d68 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800d06:	89 f0                	mov    %esi,%eax
  800d08:	89 fa                	mov    %edi,%edx
  800d0a:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800d0e:	01 c0                	add    %eax,%eax
  800d10:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800d13:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800d16:	0f ad fe             	shrd   %cl,%edi,%esi
  800d19:	d3 ef                	shr    %cl,%edi
  800d1b:	f6 c1 20             	test   $0x20,%cl
  800d1e:	74 04                	je     800d24 <udivmod64+0xd0>
  800d20:	89 fe                	mov    %edi,%esi
  800d22:	31 ff                	xor    %edi,%edi
  800d24:	89 f7                	mov    %esi,%edi
  800d26:	83 e7 01             	and    $0x1,%edi
  800d29:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800d2c:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800d33:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800d36:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800d39:	09 c6                	or     %eax,%esi
  800d3b:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800d3d:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800d40:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800d43:	39 c6                	cmp    %eax,%esi
  800d45:	89 fb                	mov    %edi,%ebx
  800d47:	19 d3                	sbb    %edx,%ebx
  800d49:	72 b3                	jb     800cfe <udivmod64+0xaa>
			r -= d;
  800d4b:	29 c6                	sub    %eax,%esi
  800d4d:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800d4f:	31 c0                	xor    %eax,%eax
  800d51:	31 d2                	xor    %edx,%edx
  800d53:	f6 c1 20             	test   $0x20,%cl
  800d56:	0f 94 c0             	sete   %al
  800d59:	0f 95 c2             	setne  %dl
  800d5c:	d3 e0                	shl    %cl,%eax
  800d5e:	d3 e2                	shl    %cl,%edx
  800d60:	09 45 d0             	or     %eax,-0x30(%ebp)
  800d63:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800d66:	eb 96                	jmp    800cfe <udivmod64+0xaa>
		}
	}
	if (rem)
  800d68:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800d6b:	85 db                	test   %ebx,%ebx
  800d6d:	74 05                	je     800d74 <udivmod64+0x120>
		*rem = r;
  800d6f:	89 33                	mov    %esi,(%ebx)
  800d71:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800d74:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800d77:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800d7a:	83 c4 24             	add    $0x24,%esp
  800d7d:	5b                   	pop    %ebx
  800d7e:	5e                   	pop    %esi
  800d7f:	5f                   	pop    %edi
  800d80:	5d                   	pop    %ebp
  800d81:	c3                   	ret

00800d82 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800d82:	55                   	push   %ebp
  800d83:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800d85:	83 ec 04             	sub    $0x4,%esp
  800d88:	6a 00                	push   $0x0
  800d8a:	ff 75 14             	push   0x14(%ebp)
  800d8d:	ff 75 10             	push   0x10(%ebp)
  800d90:	8b 45 08             	mov    0x8(%ebp),%eax
  800d93:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d96:	e8 b9 fe ff ff       	call   800c54 <udivmod64>
}
  800d9b:	c9                   	leave
  800d9c:	c3                   	ret

00800d9d <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800d9d:	55                   	push   %ebp
  800d9e:	89 e5                	mov    %esp,%ebp
  800da0:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800da3:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800da6:	50                   	push   %eax
  800da7:	ff 75 14             	push   0x14(%ebp)
  800daa:	ff 75 10             	push   0x10(%ebp)
  800dad:	8b 45 08             	mov    0x8(%ebp),%eax
  800db0:	8b 55 0c             	mov    0xc(%ebp),%edx
  800db3:	e8 9c fe ff ff       	call   800c54 <udivmod64>
	return r;
}
  800db8:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800dbb:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800dbe:	c9                   	leave
  800dbf:	c3                   	ret

00800dc0 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800dc0:	55                   	push   %ebp
  800dc1:	89 e5                	mov    %esp,%ebp
  800dc3:	57                   	push   %edi
  800dc4:	56                   	push   %esi
  800dc5:	53                   	push   %ebx
  800dc6:	83 ec 0c             	sub    $0xc,%esp
  800dc9:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800dcc:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800dcf:	8b 45 10             	mov    0x10(%ebp),%eax
  800dd2:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800dd5:	89 ce                	mov    %ecx,%esi
  800dd7:	89 df                	mov    %ebx,%edi
  800dd9:	31 c6                	xor    %eax,%esi
  800ddb:	31 d7                	xor    %edx,%edi
  800ddd:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800de0:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800de3:	89 c6                	mov    %eax,%esi
  800de5:	89 d7                	mov    %edx,%edi
  800de7:	85 d2                	test   %edx,%edx
  800de9:	78 25                	js     800e10 <__divdi3+0x50>
  800deb:	89 c8                	mov    %ecx,%eax
  800ded:	89 da                	mov    %ebx,%edx
  800def:	85 db                	test   %ebx,%ebx
  800df1:	78 2a                	js     800e1d <__divdi3+0x5d>
  800df3:	83 ec 04             	sub    $0x4,%esp
  800df6:	6a 00                	push   $0x0
  800df8:	57                   	push   %edi
  800df9:	56                   	push   %esi
  800dfa:	e8 55 fe ff ff       	call   800c54 <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800dff:	83 c4 10             	add    $0x10,%esp
  800e02:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800e06:	78 1e                	js     800e26 <__divdi3+0x66>
}
  800e08:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e0b:	5b                   	pop    %ebx
  800e0c:	5e                   	pop    %esi
  800e0d:	5f                   	pop    %edi
  800e0e:	5d                   	pop    %ebp
  800e0f:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e10:	f7 d8                	neg    %eax
  800e12:	83 d2 00             	adc    $0x0,%edx
  800e15:	f7 da                	neg    %edx
  800e17:	89 c6                	mov    %eax,%esi
  800e19:	89 d7                	mov    %edx,%edi
  800e1b:	eb ce                	jmp    800deb <__divdi3+0x2b>
  800e1d:	f7 d8                	neg    %eax
  800e1f:	83 d2 00             	adc    $0x0,%edx
  800e22:	f7 da                	neg    %edx
  800e24:	eb cd                	jmp    800df3 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800e26:	f7 d8                	neg    %eax
  800e28:	83 d2 00             	adc    $0x0,%edx
  800e2b:	f7 da                	neg    %edx
  800e2d:	eb d9                	jmp    800e08 <__divdi3+0x48>

00800e2f <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800e2f:	55                   	push   %ebp
  800e30:	89 e5                	mov    %esp,%ebp
  800e32:	57                   	push   %edi
  800e33:	56                   	push   %esi
  800e34:	53                   	push   %ebx
  800e35:	83 ec 14             	sub    $0x14,%esp
  800e38:	8b 45 08             	mov    0x8(%ebp),%eax
  800e3b:	8b 55 0c             	mov    0xc(%ebp),%edx
  800e3e:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800e41:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e44:	89 ce                	mov    %ecx,%esi
  800e46:	89 df                	mov    %ebx,%edi
  800e48:	85 db                	test   %ebx,%ebx
  800e4a:	78 23                	js     800e6f <__moddi3+0x40>
  800e4c:	85 d2                	test   %edx,%edx
  800e4e:	78 28                	js     800e78 <__moddi3+0x49>
  800e50:	83 ec 04             	sub    $0x4,%esp
  800e53:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800e56:	51                   	push   %ecx
  800e57:	57                   	push   %edi
  800e58:	56                   	push   %esi
  800e59:	e8 f6 fd ff ff       	call   800c54 <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800e5e:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800e61:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800e64:	83 c4 10             	add    $0x10,%esp
}
  800e67:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e6a:	5b                   	pop    %ebx
  800e6b:	5e                   	pop    %esi
  800e6c:	5f                   	pop    %edi
  800e6d:	5d                   	pop    %ebp
  800e6e:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800e6f:	f7 de                	neg    %esi
  800e71:	83 d7 00             	adc    $0x0,%edi
  800e74:	f7 df                	neg    %edi
  800e76:	eb d4                	jmp    800e4c <__moddi3+0x1d>
  800e78:	f7 d8                	neg    %eax
  800e7a:	83 d2 00             	adc    $0x0,%edx
  800e7d:	f7 da                	neg    %edx
  800e7f:	83 ec 04             	sub    $0x4,%esp
  800e82:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800e85:	51                   	push   %ecx
  800e86:	57                   	push   %edi
  800e87:	56                   	push   %esi
  800e88:	e8 c7 fd ff ff       	call   800c54 <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800e8d:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800e90:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800e93:	f7 d8                	neg    %eax
  800e95:	83 d2 00             	adc    $0x0,%edx
  800e98:	f7 da                	neg    %edx
  800e9a:	83 c4 10             	add    $0x10,%esp
  800e9d:	eb c8                	jmp    800e67 <__moddi3+0x38>

00800e9f <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800e9f:	55                   	push   %ebp
  800ea0:	89 e5                	mov    %esp,%ebp
  800ea2:	57                   	push   %edi
  800ea3:	56                   	push   %esi
  800ea4:	53                   	push   %ebx
	asm volatile("int %1\n"
  800ea5:	b8 00 00 00 00       	mov    $0x0,%eax
  800eaa:	8b 55 08             	mov    0x8(%ebp),%edx
  800ead:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800eb0:	89 c3                	mov    %eax,%ebx
  800eb2:	89 c7                	mov    %eax,%edi
  800eb4:	89 c6                	mov    %eax,%esi
  800eb6:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800eb8:	5b                   	pop    %ebx
  800eb9:	5e                   	pop    %esi
  800eba:	5f                   	pop    %edi
  800ebb:	5d                   	pop    %ebp
  800ebc:	c3                   	ret

00800ebd <sys_cgetc>:

int
sys_cgetc(void)
{
  800ebd:	55                   	push   %ebp
  800ebe:	89 e5                	mov    %esp,%ebp
  800ec0:	57                   	push   %edi
  800ec1:	56                   	push   %esi
  800ec2:	53                   	push   %ebx
	asm volatile("int %1\n"
  800ec3:	ba 00 00 00 00       	mov    $0x0,%edx
  800ec8:	b8 01 00 00 00       	mov    $0x1,%eax
  800ecd:	89 d1                	mov    %edx,%ecx
  800ecf:	89 d3                	mov    %edx,%ebx
  800ed1:	89 d7                	mov    %edx,%edi
  800ed3:	89 d6                	mov    %edx,%esi
  800ed5:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800ed7:	5b                   	pop    %ebx
  800ed8:	5e                   	pop    %esi
  800ed9:	5f                   	pop    %edi
  800eda:	5d                   	pop    %ebp
  800edb:	c3                   	ret

00800edc <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800edc:	55                   	push   %ebp
  800edd:	89 e5                	mov    %esp,%ebp
  800edf:	57                   	push   %edi
  800ee0:	56                   	push   %esi
  800ee1:	53                   	push   %ebx
  800ee2:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800ee5:	b9 00 00 00 00       	mov    $0x0,%ecx
  800eea:	8b 55 08             	mov    0x8(%ebp),%edx
  800eed:	b8 03 00 00 00       	mov    $0x3,%eax
  800ef2:	89 cb                	mov    %ecx,%ebx
  800ef4:	89 cf                	mov    %ecx,%edi
  800ef6:	89 ce                	mov    %ecx,%esi
  800ef8:	cd 30                	int    $0x30
	if (check && ret > 0)
  800efa:	85 c0                	test   %eax,%eax
  800efc:	7f 08                	jg     800f06 <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800efe:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f01:	5b                   	pop    %ebx
  800f02:	5e                   	pop    %esi
  800f03:	5f                   	pop    %edi
  800f04:	5d                   	pop    %ebp
  800f05:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f06:	83 ec 0c             	sub    $0xc,%esp
  800f09:	50                   	push   %eax
  800f0a:	6a 03                	push   $0x3
  800f0c:	68 84 14 80 00       	push   $0x801484
  800f11:	6a 1f                	push   $0x1f
  800f13:	68 a1 14 80 00       	push   $0x8014a1
  800f18:	e8 f0 f1 ff ff       	call   80010d <_panic>

00800f1d <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800f1d:	55                   	push   %ebp
  800f1e:	89 e5                	mov    %esp,%ebp
  800f20:	57                   	push   %edi
  800f21:	56                   	push   %esi
  800f22:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f23:	ba 00 00 00 00       	mov    $0x0,%edx
  800f28:	b8 02 00 00 00       	mov    $0x2,%eax
  800f2d:	89 d1                	mov    %edx,%ecx
  800f2f:	89 d3                	mov    %edx,%ebx
  800f31:	89 d7                	mov    %edx,%edi
  800f33:	89 d6                	mov    %edx,%esi
  800f35:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800f37:	5b                   	pop    %ebx
  800f38:	5e                   	pop    %esi
  800f39:	5f                   	pop    %edi
  800f3a:	5d                   	pop    %ebp
  800f3b:	c3                   	ret

00800f3c <sys_yield>:

void
sys_yield(void)
{
  800f3c:	55                   	push   %ebp
  800f3d:	89 e5                	mov    %esp,%ebp
  800f3f:	57                   	push   %edi
  800f40:	56                   	push   %esi
  800f41:	53                   	push   %ebx
	asm volatile("int %1\n"
  800f42:	ba 00 00 00 00       	mov    $0x0,%edx
  800f47:	b8 0a 00 00 00       	mov    $0xa,%eax
  800f4c:	89 d1                	mov    %edx,%ecx
  800f4e:	89 d3                	mov    %edx,%ebx
  800f50:	89 d7                	mov    %edx,%edi
  800f52:	89 d6                	mov    %edx,%esi
  800f54:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800f56:	5b                   	pop    %ebx
  800f57:	5e                   	pop    %esi
  800f58:	5f                   	pop    %edi
  800f59:	5d                   	pop    %ebp
  800f5a:	c3                   	ret

00800f5b <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800f5b:	55                   	push   %ebp
  800f5c:	89 e5                	mov    %esp,%ebp
  800f5e:	57                   	push   %edi
  800f5f:	56                   	push   %esi
  800f60:	53                   	push   %ebx
  800f61:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800f64:	be 00 00 00 00       	mov    $0x0,%esi
  800f69:	8b 55 08             	mov    0x8(%ebp),%edx
  800f6c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800f6f:	b8 04 00 00 00       	mov    $0x4,%eax
  800f74:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800f77:	89 f7                	mov    %esi,%edi
  800f79:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f7b:	85 c0                	test   %eax,%eax
  800f7d:	7f 08                	jg     800f87 <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
}
  800f7f:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800f82:	5b                   	pop    %ebx
  800f83:	5e                   	pop    %esi
  800f84:	5f                   	pop    %edi
  800f85:	5d                   	pop    %ebp
  800f86:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800f87:	83 ec 0c             	sub    $0xc,%esp
  800f8a:	50                   	push   %eax
  800f8b:	6a 04                	push   $0x4
  800f8d:	68 84 14 80 00       	push   $0x801484
  800f92:	6a 1f                	push   $0x1f
  800f94:	68 a1 14 80 00       	push   $0x8014a1
  800f99:	e8 6f f1 ff ff       	call   80010d <_panic>

00800f9e <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800f9e:	55                   	push   %ebp
  800f9f:	89 e5                	mov    %esp,%ebp
  800fa1:	57                   	push   %edi
  800fa2:	56                   	push   %esi
  800fa3:	53                   	push   %ebx
  800fa4:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fa7:	8b 55 08             	mov    0x8(%ebp),%edx
  800faa:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fad:	b8 05 00 00 00       	mov    $0x5,%eax
  800fb2:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800fb5:	8b 7d 14             	mov    0x14(%ebp),%edi
  800fb8:	8b 75 18             	mov    0x18(%ebp),%esi
  800fbb:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fbd:	85 c0                	test   %eax,%eax
  800fbf:	7f 08                	jg     800fc9 <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
}
  800fc1:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fc4:	5b                   	pop    %ebx
  800fc5:	5e                   	pop    %esi
  800fc6:	5f                   	pop    %edi
  800fc7:	5d                   	pop    %ebp
  800fc8:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fc9:	83 ec 0c             	sub    $0xc,%esp
  800fcc:	50                   	push   %eax
  800fcd:	6a 05                	push   $0x5
  800fcf:	68 84 14 80 00       	push   $0x801484
  800fd4:	6a 1f                	push   $0x1f
  800fd6:	68 a1 14 80 00       	push   $0x8014a1
  800fdb:	e8 2d f1 ff ff       	call   80010d <_panic>

00800fe0 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
{
  800fe0:	55                   	push   %ebp
  800fe1:	89 e5                	mov    %esp,%ebp
  800fe3:	57                   	push   %edi
  800fe4:	56                   	push   %esi
  800fe5:	53                   	push   %ebx
  800fe6:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fe9:	bb 00 00 00 00       	mov    $0x0,%ebx
  800fee:	8b 55 08             	mov    0x8(%ebp),%edx
  800ff1:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ff4:	b8 06 00 00 00       	mov    $0x6,%eax
  800ff9:	89 df                	mov    %ebx,%edi
  800ffb:	89 de                	mov    %ebx,%esi
  800ffd:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fff:	85 c0                	test   %eax,%eax
  801001:	7f 08                	jg     80100b <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
}
  801003:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801006:	5b                   	pop    %ebx
  801007:	5e                   	pop    %esi
  801008:	5f                   	pop    %edi
  801009:	5d                   	pop    %ebp
  80100a:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80100b:	83 ec 0c             	sub    $0xc,%esp
  80100e:	50                   	push   %eax
  80100f:	6a 06                	push   $0x6
  801011:	68 84 14 80 00       	push   $0x801484
  801016:	6a 1f                	push   $0x1f
  801018:	68 a1 14 80 00       	push   $0x8014a1
  80101d:	e8 eb f0 ff ff       	call   80010d <_panic>

00801022 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
{
  801022:	55                   	push   %ebp
  801023:	89 e5                	mov    %esp,%ebp
  801025:	57                   	push   %edi
  801026:	56                   	push   %esi
  801027:	53                   	push   %ebx
  801028:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80102b:	bb 00 00 00 00       	mov    $0x0,%ebx
  801030:	8b 55 08             	mov    0x8(%ebp),%edx
  801033:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801036:	b8 08 00 00 00       	mov    $0x8,%eax
  80103b:	89 df                	mov    %ebx,%edi
  80103d:	89 de                	mov    %ebx,%esi
  80103f:	cd 30                	int    $0x30
	if (check && ret > 0)
  801041:	85 c0                	test   %eax,%eax
  801043:	7f 08                	jg     80104d <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
}
  801045:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801048:	5b                   	pop    %ebx
  801049:	5e                   	pop    %esi
  80104a:	5f                   	pop    %edi
  80104b:	5d                   	pop    %ebp
  80104c:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80104d:	83 ec 0c             	sub    $0xc,%esp
  801050:	50                   	push   %eax
  801051:	6a 08                	push   $0x8
  801053:	68 84 14 80 00       	push   $0x801484
  801058:	6a 1f                	push   $0x1f
  80105a:	68 a1 14 80 00       	push   $0x8014a1
  80105f:	e8 a9 f0 ff ff       	call   80010d <_panic>

00801064 <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  801064:	55                   	push   %ebp
  801065:	89 e5                	mov    %esp,%ebp
  801067:	57                   	push   %edi
  801068:	56                   	push   %esi
  801069:	53                   	push   %ebx
  80106a:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  80106d:	bb 00 00 00 00       	mov    $0x0,%ebx
  801072:	8b 55 08             	mov    0x8(%ebp),%edx
  801075:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  801078:	b8 09 00 00 00       	mov    $0x9,%eax
  80107d:	89 df                	mov    %ebx,%edi
  80107f:	89 de                	mov    %ebx,%esi
  801081:	cd 30                	int    $0x30
	if (check && ret > 0)
  801083:	85 c0                	test   %eax,%eax
  801085:	7f 08                	jg     80108f <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  801087:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80108a:	5b                   	pop    %ebx
  80108b:	5e                   	pop    %esi
  80108c:	5f                   	pop    %edi
  80108d:	5d                   	pop    %ebp
  80108e:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  80108f:	83 ec 0c             	sub    $0xc,%esp
  801092:	50                   	push   %eax
  801093:	6a 09                	push   $0x9
  801095:	68 84 14 80 00       	push   $0x801484
  80109a:	6a 1f                	push   $0x1f
  80109c:	68 a1 14 80 00       	push   $0x8014a1
  8010a1:	e8 67 f0 ff ff       	call   80010d <_panic>

008010a6 <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  8010a6:	55                   	push   %ebp
  8010a7:	89 e5                	mov    %esp,%ebp
  8010a9:	57                   	push   %edi
  8010aa:	56                   	push   %esi
  8010ab:	53                   	push   %ebx
	asm volatile("int %1\n"
  8010ac:	8b 55 08             	mov    0x8(%ebp),%edx
  8010af:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8010b2:	b8 0b 00 00 00       	mov    $0xb,%eax
  8010b7:	be 00 00 00 00       	mov    $0x0,%esi
  8010bc:	8b 5d 10             	mov    0x10(%ebp),%ebx
  8010bf:	8b 7d 14             	mov    0x14(%ebp),%edi
  8010c2:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  8010c4:	5b                   	pop    %ebx
  8010c5:	5e                   	pop    %esi
  8010c6:	5f                   	pop    %edi
  8010c7:	5d                   	pop    %ebp
  8010c8:	c3                   	ret

008010c9 <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  8010c9:	55                   	push   %ebp
  8010ca:	89 e5                	mov    %esp,%ebp
  8010cc:	57                   	push   %edi
  8010cd:	56                   	push   %esi
  8010ce:	53                   	push   %ebx
  8010cf:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  8010d2:	b9 00 00 00 00       	mov    $0x0,%ecx
  8010d7:	8b 55 08             	mov    0x8(%ebp),%edx
  8010da:	b8 0c 00 00 00       	mov    $0xc,%eax
  8010df:	89 cb                	mov    %ecx,%ebx
  8010e1:	89 cf                	mov    %ecx,%edi
  8010e3:	89 ce                	mov    %ecx,%esi
  8010e5:	cd 30                	int    $0x30
	if (check && ret > 0)
  8010e7:	85 c0                	test   %eax,%eax
  8010e9:	7f 08                	jg     8010f3 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  8010eb:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8010ee:	5b                   	pop    %ebx
  8010ef:	5e                   	pop    %esi
  8010f0:	5f                   	pop    %edi
  8010f1:	5d                   	pop    %ebp
  8010f2:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  8010f3:	83 ec 0c             	sub    $0xc,%esp
  8010f6:	50                   	push   %eax
  8010f7:	6a 0c                	push   $0xc
  8010f9:	68 84 14 80 00       	push   $0x801484
  8010fe:	6a 1f                	push   $0x1f
  801100:	68 a1 14 80 00       	push   $0x8014a1
  801105:	e8 03 f0 ff ff       	call   80010d <_panic>

0080110a <set_pgfault_handler>:
// Read by _pgfault_upcall; 0 until a handler is installed.
void (*_pgfault_handler)(struct UTrapframe *utf);

void
set_pgfault_handler(void (*handler)(struct UTrapframe *utf))
{
  80110a:	55                   	push   %ebp
  80110b:	89 e5                	mov    %esp,%ebp
  80110d:	83 ec 08             	sub    $0x8,%esp
	int r;

	if (_pgfault_handler == 0) {
  801110:	83 3d 00 40 80 00 00 	cmpl   $0x0,0x804000
  801117:	74 0a                	je     801123 <set_pgfault_handler+0x19>
			panic("set_pgfault_handler: upcall: %e", r);
	}

	// Swapping handlers later needs no kernel call: the upcall always
	// goes through this pointer.
	_pgfault_handler = handler;
  801119:	8b 45 08             	mov    0x8(%ebp),%eax
  80111c:	a3 00 40 80 00       	mov    %eax,0x804000
}
  801121:	c9                   	leave
  801122:	c3                   	ret
		if ((r = sys_page_alloc(0, (void *) (UXSTACKTOP - PGSIZE),
  801123:	83 ec 04             	sub    $0x4,%esp
  801126:	6a 07                	push   $0x7
  801128:	68 00 f0 bf ee       	push   $0xeebff000
  80112d:	6a 00                	push   $0x0
  80112f:	e8 27 fe ff ff       	call   800f5b <sys_page_alloc>
  801134:	83 c4 10             	add    $0x10,%esp
  801137:	85 c0                	test   %eax,%eax
  801139:	78 28                	js     801163 <set_pgfault_handler+0x59>
		if ((r = sys_env_set_pgfault_upcall(0, _pgfault_upcall)) < 0)
  80113b:	83 ec 08             	sub    $0x8,%esp
  80113e:	68 75 11 80 00       	push   $0x801175
  801143:	6a 00                	push   $0x0
  801145:	e8 1a ff ff ff       	call   801064 <sys_env_set_pgfault_upcall>
  80114a:	83 c4 10             	add    $0x10,%esp
  80114d:	85 c0                	test   %eax,%eax
  80114f:	79 c8                	jns    801119 <set_pgfault_handler+0xf>
			panic("set_pgfault_handler: upcall: %e", r);
  801151:	50                   	push   %eax
  801152:	68 dc 14 80 00       	push   $0x8014dc
  801157:	6a 1a                	push   $0x1a
  801159:	68 fc 14 80 00       	push   $0x8014fc
  80115e:	e8 aa ef ff ff       	call   80010d <_panic>
			panic("set_pgfault_handler: exception stack: %e", r);
  801163:	50                   	push   %eax
  801164:	68 b0 14 80 00       	push   $0x8014b0
  801169:	6a 18                	push   $0x18
  80116b:	68 fc 14 80 00       	push   $0x8014fc
  801170:	e8 98 ef ff ff       	call   80010d <_panic>

00801175 <_pgfault_upcall>:

.text
.globl _pgfault_upcall
_pgfault_upcall:
	// Call the C handler with a pointer to the UTrapframe.
	pushl %esp
  801175:	54                   	push   %esp
	movl _pgfault_handler, %eax
  801176:	a1 00 40 80 00       	mov    0x804000,%eax
	call *%eax
  80117b:	ff d0                	call   *%eax
	addl $4, %esp
  80117d:	83 c4 04             	add    $0x4,%esp

	// Push the trap-time eip onto the trap-time stack: store it one
	// word below utf_esp and make utf_esp point at it.
	movl 40(%esp), %eax
  801180:	8b 44 24 28          	mov    0x28(%esp),%eax
	movl 48(%esp), %edx
  801184:	8b 54 24 30          	mov    0x30(%esp),%edx
	subl $4, %edx
  801188:	83 ea 04             	sub    $0x4,%edx
	movl %eax, (%edx)
  80118b:	89 02                	mov    %eax,(%edx)
	movl %edx, 48(%esp)
  80118d:	89 54 24 30          	mov    %edx,0x30(%esp)

	// Restore the general registers.
	addl $8, %esp		// skip utf_fault_va and utf_err
  801191:	83 c4 08             	add    $0x8,%esp
	popal
  801194:	61                   	popa

	// Restore eflags.  Skip utf_eip first: from popfl on, no arithmetic
	// instruction may run, or it would change the restored flags.
	addl $4, %esp
  801195:	83 c4 04             	add    $0x4,%esp
	popfl
  801198:	9d                   	popf

	// Switch back to the trap-time stack (now holding the eip) ...
	popl %esp
  801199:	5c                   	pop    %esp

	// ... and return to the faulting instruction.
	ret
  80119a:	c3                   	ret
