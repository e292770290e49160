
obj-walkfork/user/forktree:     file format elf32-i386


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
  80002c:	e8 b2 00 00 00       	call   8000e3 <libmain>
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b
  800031:	eb fe                	jmp    800031 <_start+0x11>

00800033 <forktree>:
	}
}

void
forktree(const char *cur)
{
  800033:	55                   	push   %ebp
  800034:	89 e5                	mov    %esp,%ebp
  800036:	53                   	push   %ebx
  800037:	83 ec 04             	sub    $0x4,%esp
  80003a:	8b 5d 08             	mov    0x8(%ebp),%ebx
	cprintf("%04x: I am '%s'\n", sys_getenvid(), cur);
  80003d:	e8 21 0e 00 00       	call   800e63 <sys_getenvid>
  800042:	83 ec 04             	sub    $0x4,%esp
  800045:	53                   	push   %ebx
  800046:	50                   	push   %eax
  800047:	68 e0 14 80 00       	push   $0x8014e0
  80004c:	e8 77 07 00 00       	call   8007c8 <cprintf>

	forkchild(cur, '0');
  800051:	83 c4 08             	add    $0x8,%esp
  800054:	6a 30                	push   $0x30
  800056:	53                   	push   %ebx
  800057:	e8 13 00 00 00       	call   80006f <forkchild>
	forkchild(cur, '1');
  80005c:	83 c4 08             	add    $0x8,%esp
  80005f:	6a 31                	push   $0x31
  800061:	53                   	push   %ebx
  800062:	e8 08 00 00 00       	call   80006f <forkchild>
}
  800067:	83 c4 10             	add    $0x10,%esp
  80006a:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  80006d:	c9                   	leave
  80006e:	c3                   	ret

0080006f <forkchild>:
{
  80006f:	55                   	push   %ebp
  800070:	89 e5                	mov    %esp,%ebp
  800072:	56                   	push   %esi
  800073:	53                   	push   %ebx
  800074:	83 ec 1c             	sub    $0x1c,%esp
  800077:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80007a:	8b 75 0c             	mov    0xc(%ebp),%esi
	if (strlen(cur) >= DEPTH)
  80007d:	53                   	push   %ebx
  80007e:	e8 73 07 00 00       	call   8007f6 <strlen>
  800083:	83 c4 10             	add    $0x10,%esp
  800086:	83 f8 02             	cmp    $0x2,%eax
  800089:	7e 07                	jle    800092 <forkchild+0x23>
}
  80008b:	8d 65 f8             	lea    -0x8(%ebp),%esp
  80008e:	5b                   	pop    %ebx
  80008f:	5e                   	pop    %esi
  800090:	5d                   	pop    %ebp
  800091:	c3                   	ret
	snprintf(nxt, DEPTH+1, "%s%c", cur, branch);
  800092:	83 ec 0c             	sub    $0xc,%esp
  800095:	89 f0                	mov    %esi,%eax
  800097:	0f be f0             	movsbl %al,%esi
  80009a:	56                   	push   %esi
  80009b:	53                   	push   %ebx
  80009c:	68 f1 14 80 00       	push   $0x8014f1
  8000a1:	6a 04                	push   $0x4
  8000a3:	8d 45 f4             	lea    -0xc(%ebp),%eax
  8000a6:	50                   	push   %eax
  8000a7:	e8 30 07 00 00       	call   8007dc <snprintf>
	if (fork() == 0) {
  8000ac:	83 c4 20             	add    $0x20,%esp
  8000af:	e8 80 12 00 00       	call   801334 <fork>
  8000b4:	85 c0                	test   %eax,%eax
  8000b6:	75 d3                	jne    80008b <forkchild+0x1c>
		forktree(nxt);
  8000b8:	83 ec 0c             	sub    $0xc,%esp
  8000bb:	8d 45 f4             	lea    -0xc(%ebp),%eax
  8000be:	50                   	push   %eax
  8000bf:	e8 6f ff ff ff       	call   800033 <forktree>
		exit();
  8000c4:	e8 60 00 00 00       	call   800129 <exit>
  8000c9:	83 c4 10             	add    $0x10,%esp
  8000cc:	eb bd                	jmp    80008b <forkchild+0x1c>

008000ce <umain>:

void
umain(int argc, char **argv)
{
  8000ce:	55                   	push   %ebp
  8000cf:	89 e5                	mov    %esp,%ebp
  8000d1:	83 ec 14             	sub    $0x14,%esp
	forktree("");
  8000d4:	68 f0 14 80 00       	push   $0x8014f0
  8000d9:	e8 55 ff ff ff       	call   800033 <forktree>
}
  8000de:	83 c4 10             	add    $0x10,%esp
  8000e1:	c9                   	leave
  8000e2:	c3                   	ret

008000e3 <libmain>:
// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
  8000e3:	55                   	push   %ebp
  8000e4:	89 e5                	mov    %esp,%ebp
  8000e6:	56                   	push   %esi
  8000e7:	53                   	push   %ebx
  8000e8:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8000eb:	8b 75 0c             	mov    0xc(%ebp),%esi
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];
  8000ee:	e8 70 0d 00 00       	call   800e63 <sys_getenvid>
  8000f3:	25 ff 03 00 00       	and    $0x3ff,%eax
  8000f8:	6b c0 7c             	imul   $0x7c,%eax,%eax
  8000fb:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  800100:	a3 00 30 80 00       	mov    %eax,0x803000

	if (argc > 0)
  800105:	85 db                	test   %ebx,%ebx
  800107:	7e 07                	jle    800110 <libmain+0x2d>
		binaryname = argv[0];
  800109:	8b 06                	mov    (%esi),%eax
  80010b:	a3 00 20 80 00       	mov    %eax,0x802000

	umain(argc, argv);
  800110:	83 ec 08             	sub    $0x8,%esp
  800113:	56                   	push   %esi
  800114:	53                   	push   %ebx
  800115:	e8 b4 ff ff ff       	call   8000ce <umain>

	exit();
  80011a:	e8 0a 00 00 00       	call   800129 <exit>
}
  80011f:	83 c4 10             	add    $0x10,%esp
  800122:	8d 65 f8             	lea    -0x8(%ebp),%esp
  800125:	5b                   	pop    %ebx
  800126:	5e                   	pop    %esi
  800127:	5d                   	pop    %ebp
  800128:	c3                   	ret

00800129 <exit>:

#include <inc/lib.h>

void
exit(void)
{
  800129:	55                   	push   %ebp
  80012a:	89 e5                	mov    %esp,%ebp
  80012c:	83 ec 14             	sub    $0x14,%esp
	// Envid 0 means "the caller" to the kernel.
	sys_env_destroy(0);
  80012f:	6a 00                	push   $0x0
  800131:	e8 ec 0c 00 00       	call   800e22 <sys_env_destroy>
}
  800136:	83 c4 10             	add    $0x10,%esp
  800139:	c9                   	leave
  80013a:	c3                   	ret

0080013b <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
  80013b:	55                   	push   %ebp
  80013c:	89 e5                	mov    %esp,%ebp
  80013e:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
  800141:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
  800145:	8b 10                	mov    (%eax),%edx
  800147:	3b 50 04             	cmp    0x4(%eax),%edx
  80014a:	73 0a                	jae    800156 <sprintputch+0x1b>
		*b->buf++ = ch;
  80014c:	8d 4a 01             	lea    0x1(%edx),%ecx
  80014f:	89 08                	mov    %ecx,(%eax)
  800151:	8b 45 08             	mov    0x8(%ebp),%eax
  800154:	88 02                	mov    %al,(%edx)
}
  800156:	5d                   	pop    %ebp
  800157:	c3                   	ret

00800158 <printfmt>:
{
  800158:	55                   	push   %ebp
  800159:	89 e5                	mov    %esp,%ebp
  80015b:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
  80015e:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
  800161:	50                   	push   %eax
  800162:	ff 75 10             	push   0x10(%ebp)
  800165:	ff 75 0c             	push   0xc(%ebp)
  800168:	ff 75 08             	push   0x8(%ebp)
  80016b:	e8 05 00 00 00       	call   800175 <vprintfmt>
}
  800170:	83 c4 10             	add    $0x10,%esp
  800173:	c9                   	leave
  800174:	c3                   	ret

00800175 <vprintfmt>:
{
  800175:	55                   	push   %ebp
  800176:	89 e5                	mov    %esp,%ebp
  800178:	57                   	push   %edi
  800179:	56                   	push   %esi
  80017a:	53                   	push   %ebx
  80017b:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
  80017e:	8b 45 10             	mov    0x10(%ebp),%eax
  800181:	8d 58 01             	lea    0x1(%eax),%ebx
  800184:	0f b6 00             	movzbl (%eax),%eax
  800187:	83 f8 25             	cmp    $0x25,%eax
  80018a:	74 24                	je     8001b0 <vprintfmt+0x3b>
  80018c:	8b 75 08             	mov    0x8(%ebp),%esi
  80018f:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
  800192:	85 c0                	test   %eax,%eax
  800194:	0f 84 d8 05 00 00    	je     800772 <vprintfmt+0x5fd>
			putch(ch, putdat);
  80019a:	83 ec 08             	sub    $0x8,%esp
  80019d:	57                   	push   %edi
  80019e:	50                   	push   %eax
  80019f:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
  8001a1:	83 c3 01             	add    $0x1,%ebx
  8001a4:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
  8001a8:	83 c4 10             	add    $0x10,%esp
  8001ab:	83 f8 25             	cmp    $0x25,%eax
  8001ae:	75 e2                	jne    800192 <vprintfmt+0x1d>
		padc = ' ';
  8001b0:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
  8001b4:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
  8001b9:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
  8001c0:	b9 00 00 00 00       	mov    $0x0,%ecx
  8001c5:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
  8001c7:	8d 53 01             	lea    0x1(%ebx),%edx
  8001ca:	0f b6 0b             	movzbl (%ebx),%ecx
  8001cd:	8d 41 dd             	lea    -0x23(%ecx),%eax
  8001d0:	3c 55                	cmp    $0x55,%al
  8001d2:	0f 87 21 05 00 00    	ja     8006f9 <vprintfmt+0x584>
  8001d8:	0f b6 c0             	movzbl %al,%eax
  8001db:	ff 24 85 c0 15 80 00 	jmp    *0x8015c0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
  8001e2:	89 5d 10             	mov    %ebx,0x10(%ebp)
  8001e5:	eb 97                	jmp    80017e <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
  8001e7:	89 d3                	mov    %edx,%ebx
			padc = '-';
  8001e9:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
  8001ed:	eb d8                	jmp    8001c7 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  8001ef:	89 d3                	mov    %edx,%ebx
  8001f1:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
  8001f5:	eb d0                	jmp    8001c7 <vprintfmt+0x52>
  8001f7:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
  8001fa:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
  8001fd:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
  800201:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800204:	83 f9 09             	cmp    $0x9,%ecx
  800207:	77 54                	ja     80025d <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
  800209:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
  80020c:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
  80020f:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
  800213:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
  800216:	8d 48 d0             	lea    -0x30(%eax),%ecx
  800219:	83 f9 09             	cmp    $0x9,%ecx
  80021c:	76 eb                	jbe    800209 <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
  80021e:	89 d3                	mov    %edx,%ebx
  800220:	eb 0d                	jmp    80022f <vprintfmt+0xba>
			precision = va_arg(ap, int);
  800222:	8b 45 14             	mov    0x14(%ebp),%eax
  800225:	8b 38                	mov    (%eax),%edi
  800227:	8d 40 04             	lea    0x4(%eax),%eax
  80022a:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  80022d:	89 d3                	mov    %edx,%ebx
			if (width < 0)
  80022f:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800233:	79 92                	jns    8001c7 <vprintfmt+0x52>
				width = precision, precision = -1;
  800235:	89 7d ac             	mov    %edi,-0x54(%ebp)
  800238:	bf ff ff ff ff       	mov    $0xffffffff,%edi
  80023d:	eb 88                	jmp    8001c7 <vprintfmt+0x52>
			if (width < 0)
  80023f:	8b 4d ac             	mov    -0x54(%ebp),%ecx
  800242:	85 c9                	test   %ecx,%ecx
  800244:	b8 00 00 00 00       	mov    $0x0,%eax
  800249:	0f 49 c1             	cmovns %ecx,%eax
  80024c:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
  80024f:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800251:	e9 71 ff ff ff       	jmp    8001c7 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  800256:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800258:	e9 6a ff ff ff       	jmp    8001c7 <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
  80025d:	89 d3                	mov    %edx,%ebx
  80025f:	eb ce                	jmp    80022f <vprintfmt+0xba>
			lflag++;
  800261:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
  800264:	89 d3                	mov    %edx,%ebx
			goto reswitch;
  800266:	e9 5c ff ff ff       	jmp    8001c7 <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
  80026b:	89 55 10             	mov    %edx,0x10(%ebp)
  80026e:	8b 45 14             	mov    0x14(%ebp),%eax
  800271:	8d 58 04             	lea    0x4(%eax),%ebx
  800274:	83 ec 08             	sub    $0x8,%esp
  800277:	ff 75 0c             	push   0xc(%ebp)
  80027a:	ff 30                	push   (%eax)
  80027c:	ff 55 08             	call   *0x8(%ebp)
			break;
  80027f:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
  800282:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
  800285:	e9 f4 fe ff ff       	jmp    80017e <vprintfmt+0x9>
			err = va_arg(ap, int);
  80028a:	89 55 10             	mov    %edx,0x10(%ebp)
  80028d:	8b 45 14             	mov    0x14(%ebp),%eax
  800290:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
  800293:	8b 10                	mov    (%eax),%edx
  800295:	89 d0                	mov    %edx,%eax
  800297:	f7 d8                	neg    %eax
  800299:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
  80029c:	83 f8 08             	cmp    $0x8,%eax
  80029f:	7f 27                	jg     8002c8 <vprintfmt+0x153>
  8002a1:	8b 14 85 20 17 80 00 	mov    0x801720(,%eax,4),%edx
  8002a8:	85 d2                	test   %edx,%edx
  8002aa:	74 1c                	je     8002c8 <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
  8002ac:	52                   	push   %edx
  8002ad:	68 10 15 80 00       	push   $0x801510
  8002b2:	ff 75 0c             	push   0xc(%ebp)
  8002b5:	ff 75 08             	push   0x8(%ebp)
  8002b8:	e8 9b fe ff ff       	call   800158 <printfmt>
  8002bd:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8002c0:	89 5d 14             	mov    %ebx,0x14(%ebp)
  8002c3:	e9 b6 fe ff ff       	jmp    80017e <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
  8002c8:	50                   	push   %eax
  8002c9:	68 07 15 80 00       	push   $0x801507
  8002ce:	ff 75 0c             	push   0xc(%ebp)
  8002d1:	ff 75 08             	push   0x8(%ebp)
  8002d4:	e8 7f fe ff ff       	call   800158 <printfmt>
  8002d9:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
  8002dc:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
  8002df:	e9 9a fe ff ff       	jmp    80017e <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
  8002e4:	89 55 10             	mov    %edx,0x10(%ebp)
  8002e7:	8b 45 14             	mov    0x14(%ebp),%eax
  8002ea:	83 c0 04             	add    $0x4,%eax
  8002ed:	89 45 b8             	mov    %eax,-0x48(%ebp)
  8002f0:	8b 45 14             	mov    0x14(%ebp),%eax
  8002f3:	8b 30                	mov    (%eax),%esi
  8002f5:	85 f6                	test   %esi,%esi
  8002f7:	0f 84 53 04 00 00    	je     800750 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
  8002fd:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  800301:	7e 06                	jle    800309 <vprintfmt+0x194>
  800303:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800307:	75 1b                	jne    800324 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800309:	8d 5e 01             	lea    0x1(%esi),%ebx
  80030c:	0f be 06             	movsbl (%esi),%eax
  80030f:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800312:	85 c0                	test   %eax,%eax
  800314:	0f 85 80 00 00 00    	jne    80039a <vprintfmt+0x225>
  80031a:	e9 8c 00 00 00       	jmp    8003ab <vprintfmt+0x236>
				p = "(null)";
  80031f:	be 00 15 80 00       	mov    $0x801500,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
  800324:	83 ec 08             	sub    $0x8,%esp
  800327:	57                   	push   %edi
  800328:	56                   	push   %esi
  800329:	e8 ea 04 00 00       	call   800818 <strnlen>
  80032e:	29 45 ac             	sub    %eax,-0x54(%ebp)
  800331:	8b 55 ac             	mov    -0x54(%ebp),%edx
  800334:	83 c4 10             	add    $0x10,%esp
  800337:	85 d2                	test   %edx,%edx
  800339:	0f 8e f5 03 00 00    	jle    800734 <vprintfmt+0x5bf>
					putch(padc, putdat);
  80033f:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
  800343:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800346:	89 d6                	mov    %edx,%esi
  800348:	89 7d b0             	mov    %edi,-0x50(%ebp)
  80034b:	8b 7d 0c             	mov    0xc(%ebp),%edi
  80034e:	83 ec 08             	sub    $0x8,%esp
  800351:	57                   	push   %edi
  800352:	53                   	push   %ebx
  800353:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
  800356:	83 c4 10             	add    $0x10,%esp
  800359:	83 ee 01             	sub    $0x1,%esi
  80035c:	75 f0                	jne    80034e <vprintfmt+0x1d9>
  80035e:	89 75 ac             	mov    %esi,-0x54(%ebp)
  800361:	8b 75 c4             	mov    -0x3c(%ebp),%esi
  800364:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800367:	8d 5e 01             	lea    0x1(%esi),%ebx
  80036a:	0f be 06             	movsbl (%esi),%eax
  80036d:	8b 75 ac             	mov    -0x54(%ebp),%esi
  800370:	85 c0                	test   %eax,%eax
  800372:	75 26                	jne    80039a <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800374:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800377:	89 45 14             	mov    %eax,0x14(%ebp)
  80037a:	e9 ff fd ff ff       	jmp    80017e <vprintfmt+0x9>
				putch(ch, putdat);
  80037f:	83 ec 08             	sub    $0x8,%esp
  800382:	ff 75 0c             	push   0xc(%ebp)
  800385:	50                   	push   %eax
  800386:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800389:	83 ee 01             	sub    $0x1,%esi
  80038c:	83 c3 01             	add    $0x1,%ebx
  80038f:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
  800393:	83 c4 10             	add    $0x10,%esp
  800396:	85 c0                	test   %eax,%eax
  800398:	74 0e                	je     8003a8 <vprintfmt+0x233>
  80039a:	85 ff                	test   %edi,%edi
  80039c:	78 e1                	js     80037f <vprintfmt+0x20a>
  80039e:	83 ef 01             	sub    $0x1,%edi
  8003a1:	79 dc                	jns    80037f <vprintfmt+0x20a>
  8003a3:	89 75 ac             	mov    %esi,-0x54(%ebp)
  8003a6:	eb 03                	jmp    8003ab <vprintfmt+0x236>
  8003a8:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
  8003ab:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  8003af:	7e 24                	jle    8003d5 <vprintfmt+0x260>
  8003b1:	8b 5d ac             	mov    -0x54(%ebp),%ebx
  8003b4:	8b 75 08             	mov    0x8(%ebp),%esi
  8003b7:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
  8003ba:	83 ec 08             	sub    $0x8,%esp
  8003bd:	57                   	push   %edi
  8003be:	6a 20                	push   $0x20
  8003c0:	ff d6                	call   *%esi
			for (; width > 0; width--)
  8003c2:	83 c4 10             	add    $0x10,%esp
  8003c5:	83 eb 01             	sub    $0x1,%ebx
  8003c8:	75 f0                	jne    8003ba <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
  8003ca:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8003cd:	89 45 14             	mov    %eax,0x14(%ebp)
  8003d0:	e9 a9 fd ff ff       	jmp    80017e <vprintfmt+0x9>
  8003d5:	8b 45 b8             	mov    -0x48(%ebp),%eax
  8003d8:	89 45 14             	mov    %eax,0x14(%ebp)
  8003db:	e9 9e fd ff ff       	jmp    80017e <vprintfmt+0x9>
	if (lflag >= 2)
  8003e0:	89 55 10             	mov    %edx,0x10(%ebp)
  8003e3:	83 fe 01             	cmp    $0x1,%esi
  8003e6:	7f 1b                	jg     800403 <vprintfmt+0x28e>
	else if (lflag)
  8003e8:	85 f6                	test   %esi,%esi
  8003ea:	74 39                	je     800425 <vprintfmt+0x2b0>
		return va_arg(*ap, long);
  8003ec:	8b 45 14             	mov    0x14(%ebp),%eax
  8003ef:	8b 00                	mov    (%eax),%eax
  8003f1:	89 c6                	mov    %eax,%esi
  8003f3:	89 c7                	mov    %eax,%edi
  8003f5:	c1 ff 1f             	sar    $0x1f,%edi
  8003f8:	8b 45 14             	mov    0x14(%ebp),%eax
  8003fb:	8d 40 04             	lea    0x4(%eax),%eax
  8003fe:	89 45 14             	mov    %eax,0x14(%ebp)
  800401:	eb 0e                	jmp    800411 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
  800403:	8b 45 14             	mov    0x14(%ebp),%eax
  800406:	8b 30                	mov    (%eax),%esi
  800408:	8b 78 04             	mov    0x4(%eax),%edi
  80040b:	8d 40 08             	lea    0x8(%eax),%eax
  80040e:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
  800411:	85 ff                	test   %edi,%edi
  800413:	78 27                	js     80043c <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
  800415:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800418:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
  80041b:	b8 0a 00 00 00       	mov    $0xa,%eax
  800420:	e9 53 01 00 00       	jmp    800578 <vprintfmt+0x403>
		return va_arg(*ap, int);
  800425:	8b 45 14             	mov    0x14(%ebp),%eax
  800428:	8b 00                	mov    (%eax),%eax
  80042a:	89 c6                	mov    %eax,%esi
  80042c:	89 c7                	mov    %eax,%edi
  80042e:	c1 ff 1f             	sar    $0x1f,%edi
  800431:	8b 45 14             	mov    0x14(%ebp),%eax
  800434:	8d 40 04             	lea    0x4(%eax),%eax
  800437:	89 45 14             	mov    %eax,0x14(%ebp)
  80043a:	eb d5                	jmp    800411 <vprintfmt+0x29c>
				putch('-', putdat);
  80043c:	83 ec 08             	sub    $0x8,%esp
  80043f:	ff 75 0c             	push   0xc(%ebp)
  800442:	6a 2d                	push   $0x2d
  800444:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
  800447:	f7 de                	neg    %esi
  800449:	83 d7 00             	adc    $0x0,%edi
  80044c:	f7 df                	neg    %edi
  80044e:	89 75 b0             	mov    %esi,-0x50(%ebp)
  800451:	89 7d b4             	mov    %edi,-0x4c(%ebp)
  800454:	83 c4 10             	add    $0x10,%esp
			base = 10;
  800457:	b8 0a 00 00 00       	mov    $0xa,%eax
  80045c:	e9 17 01 00 00       	jmp    800578 <vprintfmt+0x403>
	if (lflag >= 2)
  800461:	89 55 10             	mov    %edx,0x10(%ebp)
  800464:	83 fe 01             	cmp    $0x1,%esi
  800467:	7f 27                	jg     800490 <vprintfmt+0x31b>
	else if (lflag)
  800469:	85 f6                	test   %esi,%esi
  80046b:	74 44                	je     8004b1 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
  80046d:	8b 45 14             	mov    0x14(%ebp),%eax
  800470:	8b 00                	mov    (%eax),%eax
  800472:	ba 00 00 00 00       	mov    $0x0,%edx
  800477:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80047a:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80047d:	8b 45 14             	mov    0x14(%ebp),%eax
  800480:	8d 40 04             	lea    0x4(%eax),%eax
  800483:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  800486:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
  80048b:	e9 e8 00 00 00       	jmp    800578 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800490:	8b 45 14             	mov    0x14(%ebp),%eax
  800493:	8b 50 04             	mov    0x4(%eax),%edx
  800496:	8b 00                	mov    (%eax),%eax
  800498:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80049b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80049e:	8b 45 14             	mov    0x14(%ebp),%eax
  8004a1:	8d 40 08             	lea    0x8(%eax),%eax
  8004a4:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8004a7:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
  8004ac:	e9 c7 00 00 00       	jmp    800578 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8004b1:	8b 45 14             	mov    0x14(%ebp),%eax
  8004b4:	8b 00                	mov    (%eax),%eax
  8004b6:	ba 00 00 00 00       	mov    $0x0,%edx
  8004bb:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004be:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004c1:	8b 45 14             	mov    0x14(%ebp),%eax
  8004c4:	8d 40 04             	lea    0x4(%eax),%eax
  8004c7:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
  8004ca:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
  8004cf:	e9 a4 00 00 00       	jmp    800578 <vprintfmt+0x403>
	if (lflag >= 2)
  8004d4:	89 55 10             	mov    %edx,0x10(%ebp)
  8004d7:	83 fe 01             	cmp    $0x1,%esi
  8004da:	7f 24                	jg     800500 <vprintfmt+0x38b>
	else if (lflag)
  8004dc:	85 f6                	test   %esi,%esi
  8004de:	74 3e                	je     80051e <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
  8004e0:	8b 45 14             	mov    0x14(%ebp),%eax
  8004e3:	8b 00                	mov    (%eax),%eax
  8004e5:	ba 00 00 00 00       	mov    $0x0,%edx
  8004ea:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8004ed:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8004f0:	8b 45 14             	mov    0x14(%ebp),%eax
  8004f3:	8d 40 04             	lea    0x4(%eax),%eax
  8004f6:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  8004f9:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
  8004fe:	eb 78                	jmp    800578 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800500:	8b 45 14             	mov    0x14(%ebp),%eax
  800503:	8b 50 04             	mov    0x4(%eax),%edx
  800506:	8b 00                	mov    (%eax),%eax
  800508:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80050b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80050e:	8b 45 14             	mov    0x14(%ebp),%eax
  800511:	8d 40 08             	lea    0x8(%eax),%eax
  800514:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800517:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
  80051c:	eb 5a                	jmp    800578 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  80051e:	8b 45 14             	mov    0x14(%ebp),%eax
  800521:	8b 00                	mov    (%eax),%eax
  800523:	ba 00 00 00 00       	mov    $0x0,%edx
  800528:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80052b:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80052e:	8b 45 14             	mov    0x14(%ebp),%eax
  800531:	8d 40 04             	lea    0x4(%eax),%eax
  800534:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
  800537:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
  80053c:	eb 3a                	jmp    800578 <vprintfmt+0x403>
			putch('0', putdat);
  80053e:	89 55 10             	mov    %edx,0x10(%ebp)
  800541:	83 ec 08             	sub    $0x8,%esp
  800544:	ff 75 0c             	push   0xc(%ebp)
  800547:	6a 30                	push   $0x30
  800549:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
  80054c:	83 c4 08             	add    $0x8,%esp
  80054f:	ff 75 0c             	push   0xc(%ebp)
  800552:	6a 78                	push   $0x78
  800554:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
  800557:	8b 45 14             	mov    0x14(%ebp),%eax
  80055a:	8b 00                	mov    (%eax),%eax
  80055c:	ba 00 00 00 00       	mov    $0x0,%edx
  800561:	89 45 b0             	mov    %eax,-0x50(%ebp)
  800564:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
  800567:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
  80056a:	8b 45 14             	mov    0x14(%ebp),%eax
  80056d:	8d 40 04             	lea    0x4(%eax),%eax
  800570:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800573:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
  800578:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
  80057c:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
  80057f:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
  800584:	89 45 b8             	mov    %eax,-0x48(%ebp)
  800587:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
  80058e:	89 7d a8             	mov    %edi,-0x58(%ebp)
  800591:	8b 75 b0             	mov    -0x50(%ebp),%esi
  800594:	8b 7d b4             	mov    -0x4c(%ebp),%edi
  800597:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
  80059a:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
  80059e:	8b 45 c4             	mov    -0x3c(%ebp),%eax
  8005a1:	8d 55 cf             	lea    -0x31(%ebp),%edx
  8005a4:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
  8005a7:	ff 75 bc             	push   -0x44(%ebp)
  8005aa:	ff 75 b8             	push   -0x48(%ebp)
  8005ad:	57                   	push   %edi
  8005ae:	56                   	push   %esi
  8005af:	e8 2f 07 00 00       	call   800ce3 <__umoddi3>
  8005b4:	83 c4 10             	add    $0x10,%esp
  8005b7:	0f b6 80 13 15 80 00 	movzbl 0x801513(%eax),%eax
  8005be:	88 03                	mov    %al,(%ebx)
		num /= base;
  8005c0:	89 75 b0             	mov    %esi,-0x50(%ebp)
  8005c3:	89 fb                	mov    %edi,%ebx
  8005c5:	ff 75 bc             	push   -0x44(%ebp)
  8005c8:	ff 75 b8             	push   -0x48(%ebp)
  8005cb:	57                   	push   %edi
  8005cc:	56                   	push   %esi
  8005cd:	e8 f6 06 00 00       	call   800cc8 <__udivdi3>
  8005d2:	83 c4 10             	add    $0x10,%esp
  8005d5:	89 c6                	mov    %eax,%esi
  8005d7:	89 d7                	mov    %edx,%edi
	} while (num != 0);
  8005d9:	8b 4d c0             	mov    -0x40(%ebp),%ecx
  8005dc:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
  8005df:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
  8005e2:	73 b6                	jae    80059a <vprintfmt+0x425>
	pad = width - n;
  8005e4:	8b 7d a8             	mov    -0x58(%ebp),%edi
  8005e7:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
  8005ea:	8b 75 ac             	mov    -0x54(%ebp),%esi
  8005ed:	29 de                	sub    %ebx,%esi
	if (padc != '-')
  8005ef:	83 ff 2d             	cmp    $0x2d,%edi
  8005f2:	0f 84 de 00 00 00    	je     8006d6 <vprintfmt+0x561>
		for (; pad > 0; pad--)
  8005f8:	85 f6                	test   %esi,%esi
  8005fa:	0f 8e 27 01 00 00    	jle    800727 <vprintfmt+0x5b2>
  800600:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
  800603:	83 ec 08             	sub    $0x8,%esp
  800606:	53                   	push   %ebx
  800607:	57                   	push   %edi
  800608:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
  80060b:	83 c4 10             	add    $0x10,%esp
  80060e:	83 ee 01             	sub    $0x1,%esi
  800611:	75 f0                	jne    800603 <vprintfmt+0x48e>
  800613:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
  800616:	85 db                	test   %ebx,%ebx
  800618:	0f 8e 60 fb ff ff    	jle    80017e <vprintfmt+0x9>
		putch(digits[--n], putdat);
  80061e:	89 75 c4             	mov    %esi,-0x3c(%ebp)
  800621:	8b 75 08             	mov    0x8(%ebp),%esi
  800624:	8b 7d 0c             	mov    0xc(%ebp),%edi
  800627:	83 eb 01             	sub    $0x1,%ebx
  80062a:	83 ec 08             	sub    $0x8,%esp
  80062d:	57                   	push   %edi
  80062e:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
  800633:	50                   	push   %eax
  800634:	ff d6                	call   *%esi
	while (n > 0)
  800636:	83 c4 10             	add    $0x10,%esp
  800639:	85 db                	test   %ebx,%ebx
  80063b:	7f ea                	jg     800627 <vprintfmt+0x4b2>
  80063d:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
  800640:	85 f6                	test   %esi,%esi
  800642:	0f 8e 36 fb ff ff    	jle    80017e <vprintfmt+0x9>
  800648:	8b 5d 08             	mov    0x8(%ebp),%ebx
  80064b:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
  80064e:	83 ec 08             	sub    $0x8,%esp
  800651:	57                   	push   %edi
  800652:	6a 20                	push   $0x20
  800654:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
  800656:	83 c4 10             	add    $0x10,%esp
  800659:	83 ee 01             	sub    $0x1,%esi
  80065c:	75 f0                	jne    80064e <vprintfmt+0x4d9>
  80065e:	e9 1b fb ff ff       	jmp    80017e <vprintfmt+0x9>
	if (lflag >= 2)
  800663:	89 55 10             	mov    %edx,0x10(%ebp)
  800666:	83 fe 01             	cmp    $0x1,%esi
  800669:	7f 27                	jg     800692 <vprintfmt+0x51d>
	else if (lflag)
  80066b:	85 f6                	test   %esi,%esi
  80066d:	74 44                	je     8006b3 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
  80066f:	8b 45 14             	mov    0x14(%ebp),%eax
  800672:	8b 00                	mov    (%eax),%eax
  800674:	ba 00 00 00 00       	mov    $0x0,%edx
  800679:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80067c:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  80067f:	8b 45 14             	mov    0x14(%ebp),%eax
  800682:	8d 40 04             	lea    0x4(%eax),%eax
  800685:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  800688:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
  80068d:	e9 e6 fe ff ff       	jmp    800578 <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
  800692:	8b 45 14             	mov    0x14(%ebp),%eax
  800695:	8b 50 04             	mov    0x4(%eax),%edx
  800698:	8b 00                	mov    (%eax),%eax
  80069a:	89 45 b0             	mov    %eax,-0x50(%ebp)
  80069d:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8006a0:	8b 45 14             	mov    0x14(%ebp),%eax
  8006a3:	8d 40 08             	lea    0x8(%eax),%eax
  8006a6:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8006a9:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
  8006ae:	e9 c5 fe ff ff       	jmp    800578 <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
  8006b3:	8b 45 14             	mov    0x14(%ebp),%eax
  8006b6:	8b 00                	mov    (%eax),%eax
  8006b8:	ba 00 00 00 00       	mov    $0x0,%edx
  8006bd:	89 45 b0             	mov    %eax,-0x50(%ebp)
  8006c0:	89 55 b4             	mov    %edx,-0x4c(%ebp)
  8006c3:	8b 45 14             	mov    0x14(%ebp),%eax
  8006c6:	8d 40 04             	lea    0x4(%eax),%eax
  8006c9:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
  8006cc:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
  8006d1:	e9 a2 fe ff ff       	jmp    800578 <vprintfmt+0x403>
	while (n > 0)
  8006d6:	85 db                	test   %ebx,%ebx
  8006d8:	0f 8f 40 ff ff ff    	jg     80061e <vprintfmt+0x4a9>
  8006de:	e9 5d ff ff ff       	jmp    800640 <vprintfmt+0x4cb>
			putch(ch, putdat);
  8006e3:	89 55 10             	mov    %edx,0x10(%ebp)
  8006e6:	83 ec 08             	sub    $0x8,%esp
  8006e9:	ff 75 0c             	push   0xc(%ebp)
  8006ec:	6a 25                	push   $0x25
  8006ee:	ff 55 08             	call   *0x8(%ebp)
			break;
  8006f1:	83 c4 10             	add    $0x10,%esp
  8006f4:	e9 85 fa ff ff       	jmp    80017e <vprintfmt+0x9>
			putch('%', putdat);
  8006f9:	83 ec 08             	sub    $0x8,%esp
  8006fc:	ff 75 0c             	push   0xc(%ebp)
  8006ff:	6a 25                	push   $0x25
  800701:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
  800704:	83 c4 10             	add    $0x10,%esp
  800707:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
  80070b:	0f 84 d1 fa ff ff    	je     8001e2 <vprintfmt+0x6d>
  800711:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800714:	89 d8                	mov    %ebx,%eax
  800716:	83 e8 01             	sub    $0x1,%eax
  800719:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
  80071d:	75 f7                	jne    800716 <vprintfmt+0x5a1>
  80071f:	89 45 10             	mov    %eax,0x10(%ebp)
  800722:	e9 57 fa ff ff       	jmp    80017e <vprintfmt+0x9>
	while (n > 0)
  800727:	85 db                	test   %ebx,%ebx
  800729:	0f 8f ef fe ff ff    	jg     80061e <vprintfmt+0x4a9>
  80072f:	e9 4a fa ff ff       	jmp    80017e <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800734:	8d 5e 01             	lea    0x1(%esi),%ebx
  800737:	0f be 06             	movsbl (%esi),%eax
  80073a:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80073d:	85 c0                	test   %eax,%eax
  80073f:	0f 85 55 fc ff ff    	jne    80039a <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
  800745:	8b 45 b8             	mov    -0x48(%ebp),%eax
  800748:	89 45 14             	mov    %eax,0x14(%ebp)
  80074b:	e9 2e fa ff ff       	jmp    80017e <vprintfmt+0x9>
			if (width > 0 && padc != '-')
  800750:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
  800754:	74 0a                	je     800760 <vprintfmt+0x5eb>
  800756:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
  80075a:	0f 8f bf fb ff ff    	jg     80031f <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
  800760:	b8 28 00 00 00       	mov    $0x28,%eax
  800765:	bb 01 15 80 00       	mov    $0x801501,%ebx
  80076a:	8b 75 ac             	mov    -0x54(%ebp),%esi
  80076d:	e9 28 fc ff ff       	jmp    80039a <vprintfmt+0x225>
}
  800772:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800775:	5b                   	pop    %ebx
  800776:	5e                   	pop    %esi
  800777:	5f                   	pop    %edi
  800778:	5d                   	pop    %ebp
  800779:	c3                   	ret

0080077a <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
  80077a:	55                   	push   %ebp
  80077b:	89 e5                	mov    %esp,%ebp
  80077d:	83 ec 18             	sub    $0x18,%esp
  800780:	8b 45 08             	mov    0x8(%ebp),%eax
  800783:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
  800786:	89 45 ec             	mov    %eax,-0x14(%ebp)
  800789:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
  80078d:	89 4d f0             	mov    %ecx,-0x10(%ebp)
  800790:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
  800797:	85 c0                	test   %eax,%eax
  800799:	74 26                	je     8007c1 <vsnprintf+0x47>
  80079b:	85 d2                	test   %edx,%edx
  80079d:	7e 22                	jle    8007c1 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
  80079f:	ff 75 14             	push   0x14(%ebp)
  8007a2:	ff 75 10             	push   0x10(%ebp)
  8007a5:	8d 45 ec             	lea    -0x14(%ebp),%eax
  8007a8:	50                   	push   %eax
  8007a9:	68 3b 01 80 00       	push   $0x80013b
  8007ae:	e8 c2 f9 ff ff       	call   800175 <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
  8007b3:	8b 45 ec             	mov    -0x14(%ebp),%eax
  8007b6:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
  8007b9:	8b 45 f4             	mov    -0xc(%ebp),%eax
  8007bc:	83 c4 10             	add    $0x10,%esp
}
  8007bf:	c9                   	leave
  8007c0:	c3                   	ret
		return -E_INVAL;
  8007c1:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
  8007c6:	eb f7                	jmp    8007bf <vsnprintf+0x45>

008007c8 <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
  8007c8:	55                   	push   %ebp
  8007c9:	89 e5                	mov    %esp,%ebp
  8007cb:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
  8007ce:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
  8007d1:	50                   	push   %eax
  8007d2:	ff 75 08             	push   0x8(%ebp)
  8007d5:	e8 08 0c 00 00       	call   8013e2 <vcprintf>
	va_end(ap);

	return cnt;
}
  8007da:	c9                   	leave
  8007db:	c3                   	ret

008007dc <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
  8007dc:	55                   	push   %ebp
  8007dd:	89 e5                	mov    %esp,%ebp
  8007df:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
  8007e2:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
  8007e5:	50                   	push   %eax
  8007e6:	ff 75 10             	push   0x10(%ebp)
  8007e9:	ff 75 0c             	push   0xc(%ebp)
  8007ec:	ff 75 08             	push   0x8(%ebp)
  8007ef:	e8 86 ff ff ff       	call   80077a <vsnprintf>
	va_end(ap);

	return rc;
}
  8007f4:	c9                   	leave
  8007f5:	c3                   	ret

008007f6 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
  8007f6:	55                   	push   %ebp
  8007f7:	89 e5                	mov    %esp,%ebp
  8007f9:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
  8007fc:	80 3a 00             	cmpb   $0x0,(%edx)
  8007ff:	74 10                	je     800811 <strlen+0x1b>
  800801:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
  800806:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
  800809:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
  80080d:	75 f7                	jne    800806 <strlen+0x10>
	return n;
}
  80080f:	5d                   	pop    %ebp
  800810:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
  800811:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
  800816:	eb f7                	jmp    80080f <strlen+0x19>

00800818 <strnlen>:

int
strnlen(const char *s, size_t size)
{
  800818:	55                   	push   %ebp
  800819:	89 e5                	mov    %esp,%ebp
  80081b:	8b 4d 08             	mov    0x8(%ebp),%ecx
  80081e:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800821:	85 d2                	test   %edx,%edx
  800823:	74 16                	je     80083b <strnlen+0x23>
  800825:	b8 00 00 00 00       	mov    $0x0,%eax
  80082a:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
  80082e:	74 09                	je     800839 <strnlen+0x21>
		n++;
  800830:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  800833:	39 d0                	cmp    %edx,%eax
  800835:	75 f3                	jne    80082a <strnlen+0x12>
		n++;
  800837:	89 d0                	mov    %edx,%eax
	return n;
}
  800839:	5d                   	pop    %ebp
  80083a:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
  80083b:	b8 00 00 00 00       	mov    $0x0,%eax
  800840:	eb f7                	jmp    800839 <strnlen+0x21>

00800842 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
  800842:	55                   	push   %ebp
  800843:	89 e5                	mov    %esp,%ebp
  800845:	53                   	push   %ebx
  800846:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800849:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
  80084c:	b8 00 00 00 00       	mov    $0x0,%eax
  800851:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
  800855:	88 14 01             	mov    %dl,(%ecx,%eax,1)
  800858:	83 c0 01             	add    $0x1,%eax
  80085b:	84 d2                	test   %dl,%dl
  80085d:	75 f2                	jne    800851 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
  80085f:	89 c8                	mov    %ecx,%eax
  800861:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800864:	c9                   	leave
  800865:	c3                   	ret

00800866 <strcat>:

char *
strcat(char *dst, const char *src)
{
  800866:	55                   	push   %ebp
  800867:	89 e5                	mov    %esp,%ebp
  800869:	53                   	push   %ebx
  80086a:	83 ec 10             	sub    $0x10,%esp
  80086d:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
  800870:	53                   	push   %ebx
  800871:	e8 80 ff ff ff       	call   8007f6 <strlen>
  800876:	83 c4 08             	add    $0x8,%esp
  800879:	ff 75 0c             	push   0xc(%ebp)
  80087c:	01 d8                	add    %ebx,%eax
  80087e:	50                   	push   %eax
  80087f:	e8 be ff ff ff       	call   800842 <strcpy>
	return dst;
}
  800884:	89 d8                	mov    %ebx,%eax
  800886:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800889:	c9                   	leave
  80088a:	c3                   	ret

0080088b <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
  80088b:	55                   	push   %ebp
  80088c:	89 e5                	mov    %esp,%ebp
  80088e:	56                   	push   %esi
  80088f:	53                   	push   %ebx
  800890:	8b 75 08             	mov    0x8(%ebp),%esi
  800893:	8b 55 0c             	mov    0xc(%ebp),%edx
  800896:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
  800899:	85 db                	test   %ebx,%ebx
  80089b:	74 17                	je     8008b4 <strncpy+0x29>
  80089d:	01 f3                	add    %esi,%ebx
  80089f:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
  8008a1:	83 c0 01             	add    $0x1,%eax
  8008a4:	0f b6 0a             	movzbl (%edx),%ecx
  8008a7:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
  8008aa:	80 f9 01             	cmp    $0x1,%cl
  8008ad:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
  8008b0:	39 c3                	cmp    %eax,%ebx
  8008b2:	75 ed                	jne    8008a1 <strncpy+0x16>
	}
	return ret;
}
  8008b4:	89 f0                	mov    %esi,%eax
  8008b6:	5b                   	pop    %ebx
  8008b7:	5e                   	pop    %esi
  8008b8:	5d                   	pop    %ebp
  8008b9:	c3                   	ret

008008ba <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
  8008ba:	55                   	push   %ebp
  8008bb:	89 e5                	mov    %esp,%ebp
  8008bd:	56                   	push   %esi
  8008be:	53                   	push   %ebx
  8008bf:	8b 75 08             	mov    0x8(%ebp),%esi
  8008c2:	8b 55 0c             	mov    0xc(%ebp),%edx
  8008c5:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
  8008c8:	89 f0                	mov    %esi,%eax
  8008ca:	85 db                	test   %ebx,%ebx
  8008cc:	74 1e                	je     8008ec <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
  8008ce:	83 eb 01             	sub    $0x1,%ebx
  8008d1:	74 16                	je     8008e9 <strlcpy+0x2f>
  8008d3:	01 f3                	add    %esi,%ebx
  8008d5:	0f b6 0a             	movzbl (%edx),%ecx
  8008d8:	84 c9                	test   %cl,%cl
  8008da:	74 0d                	je     8008e9 <strlcpy+0x2f>
			*dst++ = *src++;
  8008dc:	83 c2 01             	add    $0x1,%edx
  8008df:	83 c0 01             	add    $0x1,%eax
  8008e2:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
  8008e5:	39 d8                	cmp    %ebx,%eax
  8008e7:	75 ec                	jne    8008d5 <strlcpy+0x1b>
		*dst = '\0';
  8008e9:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
  8008ec:	29 f0                	sub    %esi,%eax
}
  8008ee:	5b                   	pop    %ebx
  8008ef:	5e                   	pop    %esi
  8008f0:	5d                   	pop    %ebp
  8008f1:	c3                   	ret

008008f2 <strcmp>:

int
strcmp(const char *p, const char *q)
{
  8008f2:	55                   	push   %ebp
  8008f3:	89 e5                	mov    %esp,%ebp
  8008f5:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8008f8:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
  8008fb:	0f b6 01             	movzbl (%ecx),%eax
  8008fe:	84 c0                	test   %al,%al
  800900:	74 11                	je     800913 <strcmp+0x21>
  800902:	38 02                	cmp    %al,(%edx)
  800904:	75 0d                	jne    800913 <strcmp+0x21>
		p++, q++;
  800906:	83 c1 01             	add    $0x1,%ecx
  800909:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
  80090c:	0f b6 01             	movzbl (%ecx),%eax
  80090f:	84 c0                	test   %al,%al
  800911:	75 ef                	jne    800902 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
  800913:	0f b6 c0             	movzbl %al,%eax
  800916:	0f b6 12             	movzbl (%edx),%edx
  800919:	29 d0                	sub    %edx,%eax
}
  80091b:	5d                   	pop    %ebp
  80091c:	c3                   	ret

0080091d <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
  80091d:	55                   	push   %ebp
  80091e:	89 e5                	mov    %esp,%ebp
  800920:	53                   	push   %ebx
  800921:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800924:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800927:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
  80092a:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
  80092f:	85 d2                	test   %edx,%edx
  800931:	74 2e                	je     800961 <strncmp+0x44>
  800933:	0f b6 01             	movzbl (%ecx),%eax
  800936:	84 c0                	test   %al,%al
  800938:	74 16                	je     800950 <strncmp+0x33>
  80093a:	3a 03                	cmp    (%ebx),%al
  80093c:	75 12                	jne    800950 <strncmp+0x33>
		n--, p++, q++;
  80093e:	83 c1 01             	add    $0x1,%ecx
  800941:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
  800944:	83 ea 01             	sub    $0x1,%edx
  800947:	75 ea                	jne    800933 <strncmp+0x16>
		return 0;
  800949:	b8 00 00 00 00       	mov    $0x0,%eax
  80094e:	eb 11                	jmp    800961 <strncmp+0x44>
  800950:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
  800955:	85 d2                	test   %edx,%edx
  800957:	74 08                	je     800961 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
  800959:	0f b6 01             	movzbl (%ecx),%eax
  80095c:	0f b6 13             	movzbl (%ebx),%edx
  80095f:	29 d0                	sub    %edx,%eax
}
  800961:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  800964:	c9                   	leave
  800965:	c3                   	ret

00800966 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
  800966:	55                   	push   %ebp
  800967:	89 e5                	mov    %esp,%ebp
  800969:	8b 45 08             	mov    0x8(%ebp),%eax
  80096c:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
  800970:	0f b6 10             	movzbl (%eax),%edx
  800973:	84 d2                	test   %dl,%dl
  800975:	74 15                	je     80098c <strchr+0x26>
		if (*s == c)
  800977:	38 d1                	cmp    %dl,%cl
  800979:	74 0f                	je     80098a <strchr+0x24>
	for (; *s; s++)
  80097b:	83 c0 01             	add    $0x1,%eax
  80097e:	0f b6 10             	movzbl (%eax),%edx
  800981:	84 d2                	test   %dl,%dl
  800983:	75 f2                	jne    800977 <strchr+0x11>
			return (char *) s;
	return 0;
  800985:	b8 00 00 00 00       	mov    $0x0,%eax
}
  80098a:	5d                   	pop    %ebp
  80098b:	c3                   	ret
	return 0;
  80098c:	b8 00 00 00 00       	mov    $0x0,%eax
  800991:	eb f7                	jmp    80098a <strchr+0x24>

00800993 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
  800993:	55                   	push   %ebp
  800994:	89 e5                	mov    %esp,%ebp
  800996:	53                   	push   %ebx
  800997:	8b 45 08             	mov    0x8(%ebp),%eax
  80099a:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
  80099d:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
  8009a0:	38 d3                	cmp    %dl,%bl
  8009a2:	74 14                	je     8009b8 <strfind+0x25>
  8009a4:	89 d1                	mov    %edx,%ecx
  8009a6:	84 db                	test   %bl,%bl
  8009a8:	74 0e                	je     8009b8 <strfind+0x25>
	for (; *s; s++)
  8009aa:	83 c0 01             	add    $0x1,%eax
  8009ad:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
  8009b0:	38 ca                	cmp    %cl,%dl
  8009b2:	74 04                	je     8009b8 <strfind+0x25>
  8009b4:	84 d2                	test   %dl,%dl
  8009b6:	75 f2                	jne    8009aa <strfind+0x17>
			break;
	return (char *) s;
}
  8009b8:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8009bb:	c9                   	leave
  8009bc:	c3                   	ret

008009bd <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
  8009bd:	55                   	push   %ebp
  8009be:	89 e5                	mov    %esp,%ebp
  8009c0:	53                   	push   %ebx
  8009c1:	8b 5d 08             	mov    0x8(%ebp),%ebx
  8009c4:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  8009c7:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
  8009ca:	85 d2                	test   %edx,%edx
  8009cc:	74 0e                	je     8009dc <memset+0x1f>
  8009ce:	01 da                	add    %ebx,%edx
	char *p = v;
  8009d0:	89 d8                	mov    %ebx,%eax
		*p++ = c;
  8009d2:	83 c0 01             	add    $0x1,%eax
  8009d5:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
  8009d8:	39 c2                	cmp    %eax,%edx
  8009da:	75 f6                	jne    8009d2 <memset+0x15>
	return v;
}
  8009dc:	89 d8                	mov    %ebx,%eax
  8009de:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8009e1:	c9                   	leave
  8009e2:	c3                   	ret

008009e3 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
  8009e3:	55                   	push   %ebp
  8009e4:	89 e5                	mov    %esp,%ebp
  8009e6:	56                   	push   %esi
  8009e7:	53                   	push   %ebx
  8009e8:	8b 75 08             	mov    0x8(%ebp),%esi
  8009eb:	8b 45 0c             	mov    0xc(%ebp),%eax
  8009ee:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
  8009f1:	39 f0                	cmp    %esi,%eax
  8009f3:	72 20                	jb     800a15 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
  8009f5:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
  8009f8:	89 f2                	mov    %esi,%edx
  8009fa:	85 c9                	test   %ecx,%ecx
  8009fc:	74 11                	je     800a0f <memmove+0x2c>
			*d++ = *s++;
  8009fe:	83 c0 01             	add    $0x1,%eax
  800a01:	83 c2 01             	add    $0x1,%edx
  800a04:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
  800a08:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
  800a0b:	39 d8                	cmp    %ebx,%eax
  800a0d:	75 ef                	jne    8009fe <memmove+0x1b>
	return dst;
}
  800a0f:	89 f0                	mov    %esi,%eax
  800a11:	5b                   	pop    %ebx
  800a12:	5e                   	pop    %esi
  800a13:	5d                   	pop    %ebp
  800a14:	c3                   	ret
	if (s < d && s + n > d) {
  800a15:	8d 14 08             	lea    (%eax,%ecx,1),%edx
  800a18:	39 d6                	cmp    %edx,%esi
  800a1a:	73 d9                	jae    8009f5 <memmove+0x12>
		while (n-- > 0)
  800a1c:	8d 51 ff             	lea    -0x1(%ecx),%edx
  800a1f:	85 c9                	test   %ecx,%ecx
  800a21:	74 ec                	je     800a0f <memmove+0x2c>
			*--d = *--s;
  800a23:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
  800a27:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
  800a2a:	83 ea 01             	sub    $0x1,%edx
  800a2d:	83 fa ff             	cmp    $0xffffffff,%edx
  800a30:	75 f1                	jne    800a23 <memmove+0x40>
  800a32:	eb db                	jmp    800a0f <memmove+0x2c>

00800a34 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
  800a34:	55                   	push   %ebp
  800a35:	89 e5                	mov    %esp,%ebp
  800a37:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
  800a3a:	ff 75 10             	push   0x10(%ebp)
  800a3d:	ff 75 0c             	push   0xc(%ebp)
  800a40:	ff 75 08             	push   0x8(%ebp)
  800a43:	e8 9b ff ff ff       	call   8009e3 <memmove>
}
  800a48:	c9                   	leave
  800a49:	c3                   	ret

00800a4a <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
  800a4a:	55                   	push   %ebp
  800a4b:	89 e5                	mov    %esp,%ebp
  800a4d:	56                   	push   %esi
  800a4e:	53                   	push   %ebx
  800a4f:	8b 45 08             	mov    0x8(%ebp),%eax
  800a52:	8b 55 0c             	mov    0xc(%ebp),%edx
  800a55:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
  800a58:	85 f6                	test   %esi,%esi
  800a5a:	74 29                	je     800a85 <memcmp+0x3b>
  800a5c:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
  800a5e:	0f b6 08             	movzbl (%eax),%ecx
  800a61:	0f b6 1a             	movzbl (%edx),%ebx
  800a64:	38 d9                	cmp    %bl,%cl
  800a66:	75 11                	jne    800a79 <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
  800a68:	83 c0 01             	add    $0x1,%eax
  800a6b:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
  800a6e:	39 c6                	cmp    %eax,%esi
  800a70:	75 ec                	jne    800a5e <memcmp+0x14>
	}
	return 0;
  800a72:	b8 00 00 00 00       	mov    $0x0,%eax
  800a77:	eb 08                	jmp    800a81 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
  800a79:	0f b6 c1             	movzbl %cl,%eax
  800a7c:	0f b6 db             	movzbl %bl,%ebx
  800a7f:	29 d8                	sub    %ebx,%eax
}
  800a81:	5b                   	pop    %ebx
  800a82:	5e                   	pop    %esi
  800a83:	5d                   	pop    %ebp
  800a84:	c3                   	ret
	return 0;
  800a85:	b8 00 00 00 00       	mov    $0x0,%eax
  800a8a:	eb f5                	jmp    800a81 <memcmp+0x37>

00800a8c <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
  800a8c:	55                   	push   %ebp
  800a8d:	89 e5                	mov    %esp,%ebp
  800a8f:	8b 45 08             	mov    0x8(%ebp),%eax
  800a92:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
  800a95:	89 c2                	mov    %eax,%edx
  800a97:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
  800a9a:	39 d0                	cmp    %edx,%eax
  800a9c:	73 0d                	jae    800aab <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
  800a9e:	38 08                	cmp    %cl,(%eax)
  800aa0:	74 0d                	je     800aaf <memfind+0x23>
	for (; s < ends; s++)
  800aa2:	83 c0 01             	add    $0x1,%eax
  800aa5:	39 c2                	cmp    %eax,%edx
  800aa7:	75 f5                	jne    800a9e <memfind+0x12>
  800aa9:	eb 06                	jmp    800ab1 <memfind+0x25>
  800aab:	89 c2                	mov    %eax,%edx
  800aad:	eb 02                	jmp    800ab1 <memfind+0x25>
  800aaf:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
  800ab1:	89 d0                	mov    %edx,%eax
  800ab3:	5d                   	pop    %ebp
  800ab4:	c3                   	ret

00800ab5 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
  800ab5:	55                   	push   %ebp
  800ab6:	89 e5                	mov    %esp,%ebp
  800ab8:	57                   	push   %edi
  800ab9:	56                   	push   %esi
  800aba:	53                   	push   %ebx
  800abb:	8b 55 08             	mov    0x8(%ebp),%edx
  800abe:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
  800ac1:	0f b6 02             	movzbl (%edx),%eax
  800ac4:	3c 20                	cmp    $0x20,%al
  800ac6:	74 04                	je     800acc <strtol+0x17>
  800ac8:	3c 09                	cmp    $0x9,%al
  800aca:	75 0e                	jne    800ada <strtol+0x25>
		s++;
  800acc:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
  800acf:	0f b6 02             	movzbl (%edx),%eax
  800ad2:	3c 20                	cmp    $0x20,%al
  800ad4:	74 f6                	je     800acc <strtol+0x17>
  800ad6:	3c 09                	cmp    $0x9,%al
  800ad8:	74 f2                	je     800acc <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
  800ada:	3c 2b                	cmp    $0x2b,%al
  800adc:	74 2a                	je     800b08 <strtol+0x53>
	int neg = 0;
  800ade:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
  800ae3:	3c 2d                	cmp    $0x2d,%al
  800ae5:	74 2b                	je     800b12 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800ae7:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
  800aed:	75 0f                	jne    800afe <strtol+0x49>
  800aef:	80 3a 30             	cmpb   $0x30,(%edx)
  800af2:	74 28                	je     800b1c <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
  800af4:	85 db                	test   %ebx,%ebx
  800af6:	b8 0a 00 00 00       	mov    $0xa,%eax
  800afb:	0f 44 d8             	cmove  %eax,%ebx
  800afe:	b9 00 00 00 00       	mov    $0x0,%ecx
  800b03:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800b06:	eb 46                	jmp    800b4e <strtol+0x99>
		s++;
  800b08:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
  800b0b:	bf 00 00 00 00       	mov    $0x0,%edi
  800b10:	eb d5                	jmp    800ae7 <strtol+0x32>
		s++, neg = 1;
  800b12:	83 c2 01             	add    $0x1,%edx
  800b15:	bf 01 00 00 00       	mov    $0x1,%edi
  800b1a:	eb cb                	jmp    800ae7 <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
  800b1c:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
  800b20:	74 0e                	je     800b30 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
  800b22:	85 db                	test   %ebx,%ebx
  800b24:	75 d8                	jne    800afe <strtol+0x49>
		s++, base = 8;
  800b26:	83 c2 01             	add    $0x1,%edx
  800b29:	bb 08 00 00 00       	mov    $0x8,%ebx
  800b2e:	eb ce                	jmp    800afe <strtol+0x49>
		s += 2, base = 16;
  800b30:	83 c2 02             	add    $0x2,%edx
  800b33:	bb 10 00 00 00       	mov    $0x10,%ebx
  800b38:	eb c4                	jmp    800afe <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
  800b3a:	0f be c0             	movsbl %al,%eax
  800b3d:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
  800b40:	3b 45 10             	cmp    0x10(%ebp),%eax
  800b43:	7d 3a                	jge    800b7f <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
  800b45:	83 c2 01             	add    $0x1,%edx
  800b48:	0f af 4d 10          	imul   0x10(%ebp),%ecx
  800b4c:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
  800b4e:	0f b6 02             	movzbl (%edx),%eax
  800b51:	8d 70 d0             	lea    -0x30(%eax),%esi
  800b54:	89 f3                	mov    %esi,%ebx
  800b56:	80 fb 09             	cmp    $0x9,%bl
  800b59:	76 df                	jbe    800b3a <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
  800b5b:	8d 70 9f             	lea    -0x61(%eax),%esi
  800b5e:	89 f3                	mov    %esi,%ebx
  800b60:	80 fb 19             	cmp    $0x19,%bl
  800b63:	77 08                	ja     800b6d <strtol+0xb8>
			dig = *s - 'a' + 10;
  800b65:	0f be c0             	movsbl %al,%eax
  800b68:	83 e8 57             	sub    $0x57,%eax
  800b6b:	eb d3                	jmp    800b40 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
  800b6d:	8d 70 bf             	lea    -0x41(%eax),%esi
  800b70:	89 f3                	mov    %esi,%ebx
  800b72:	80 fb 19             	cmp    $0x19,%bl
  800b75:	77 08                	ja     800b7f <strtol+0xca>
			dig = *s - 'A' + 10;
  800b77:	0f be c0             	movsbl %al,%eax
  800b7a:	83 e8 37             	sub    $0x37,%eax
  800b7d:	eb c1                	jmp    800b40 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
  800b7f:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
  800b83:	74 05                	je     800b8a <strtol+0xd5>
		*endptr = (char *) s;
  800b85:	8b 45 0c             	mov    0xc(%ebp),%eax
  800b88:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
  800b8a:	89 c8                	mov    %ecx,%eax
  800b8c:	f7 d8                	neg    %eax
  800b8e:	85 ff                	test   %edi,%edi
  800b90:	0f 45 c8             	cmovne %eax,%ecx
}
  800b93:	89 c8                	mov    %ecx,%eax
  800b95:	5b                   	pop    %ebx
  800b96:	5e                   	pop    %esi
  800b97:	5f                   	pop    %edi
  800b98:	5d                   	pop    %ebp
  800b99:	c3                   	ret

00800b9a <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
  800b9a:	55                   	push   %ebp
  800b9b:	89 e5                	mov    %esp,%ebp
  800b9d:	57                   	push   %edi
  800b9e:	56                   	push   %esi
  800b9f:	53                   	push   %ebx
  800ba0:	83 ec 24             	sub    $0x24,%esp
  800ba3:	89 45 e0             	mov    %eax,-0x20(%ebp)
  800ba6:	89 55 e4             	mov    %edx,-0x1c(%ebp)
  800ba9:	8b 45 08             	mov    0x8(%ebp),%eax
  800bac:	8b 55 0c             	mov    0xc(%ebp),%edx
  800baf:	89 45 d8             	mov    %eax,-0x28(%ebp)
  800bb2:	89 55 dc             	mov    %edx,-0x24(%ebp)
  800bb5:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
  800bb8:	89 d1                	mov    %edx,%ecx
  800bba:	09 c1                	or     %eax,%ecx
  800bbc:	74 2f                	je     800bed <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
  800bbe:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800bc1:	0b 55 e4             	or     -0x1c(%ebp),%edx
  800bc4:	89 d0                	mov    %edx,%eax
  800bc6:	83 c8 00             	or     $0x0,%eax
  800bc9:	74 48                	je     800c13 <udivmod64+0x79>
  800bcb:	b9 3f 00 00 00       	mov    $0x3f,%ecx
  800bd0:	be 00 00 00 00       	mov    $0x0,%esi
  800bd5:	bf 00 00 00 00       	mov    $0x0,%edi
  800bda:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
  800be1:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800be8:	89 5d 10             	mov    %ebx,0x10(%ebp)
  800beb:	eb 5f                	jmp    800c4c <udivmod64+0xb2>
		return ~0ULL;
  800bed:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
  800bf4:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
  800bfb:	85 db                	test   %ebx,%ebx
  800bfd:	0f 84 b7 00 00 00    	je     800cba <udivmod64+0x120>
			*rem = n;
  800c03:	8b 45 e0             	mov    -0x20(%ebp),%eax
  800c06:	8b 55 e4             	mov    -0x1c(%ebp),%edx
  800c09:	89 03                	mov    %eax,(%ebx)
  800c0b:	89 53 04             	mov    %edx,0x4(%ebx)
  800c0e:	e9 a7 00 00 00       	jmp    800cba <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
  800c13:	8b 4d e0             	mov    -0x20(%ebp),%ecx
  800c16:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
  800c19:	85 db                	test   %ebx,%ebx
  800c1b:	74 12                	je     800c2f <udivmod64+0x95>
			*rem = n32 % d32;
  800c1d:	89 c8                	mov    %ecx,%eax
  800c1f:	ba 00 00 00 00       	mov    $0x0,%edx
  800c24:	f7 f6                	div    %esi
  800c26:	89 13                	mov    %edx,(%ebx)
  800c28:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
  800c2f:	89 c8                	mov    %ecx,%eax
  800c31:	ba 00 00 00 00       	mov    $0x0,%edx
  800c36:	f7 f6                	div    %esi
  800c38:	89 45 d0             	mov    %eax,-0x30(%ebp)
  800c3b:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
  800c42:	eb 76                	jmp    800cba <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
  800c44:	83 e9 01             	sub    $0x1,%ecx
  800c47:	83 f9 ff             	cmp    $0xffffffff,%ecx
  800c4a:	74 62                	je     800cae <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
  800c4c:	89 f0                	mov    %esi,%eax
  800c4e:	89 fa                	mov    %edi,%edx
  800c50:	0f a4 c2 01          	shld   $0x1,%eax,%edx
  800c54:	01 c0                	add    %eax,%eax
  800c56:	8b 75 e0             	mov    -0x20(%ebp),%esi
  800c59:	8b 7d e4             	mov    -0x1c(%ebp),%edi
  800c5c:	0f ad fe             	shrd   %cl,%edi,%esi
  800c5f:	d3 ef                	shr    %cl,%edi
  800c61:	f6 c1 20             	test   $0x20,%cl
  800c64:	74 04                	je     800c6a <udivmod64+0xd0>
  800c66:	89 fe                	mov    %edi,%esi
  800c68:	31 ff                	xor    %edi,%edi
  800c6a:	89 f7                	mov    %esi,%edi
  800c6c:	83 e7 01             	and    $0x1,%edi
  800c6f:	89 7d e8             	mov    %edi,-0x18(%ebp)
  800c72:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
  800c79:	8b 75 e8             	mov    -0x18(%ebp),%esi
  800c7c:	8b 7d ec             	mov    -0x14(%ebp),%edi
  800c7f:	09 c6                	or     %eax,%esi
  800c81:	09 d7                	or     %edx,%edi
		if (r >= d) {
  800c83:	8b 45 d8             	mov    -0x28(%ebp),%eax
  800c86:	8b 55 dc             	mov    -0x24(%ebp),%edx
  800c89:	39 c6                	cmp    %eax,%esi
  800c8b:	89 fb                	mov    %edi,%ebx
  800c8d:	19 d3                	sbb    %edx,%ebx
  800c8f:	72 b3                	jb     800c44 <udivmod64+0xaa>
			r -= d;
  800c91:	29 c6                	sub    %eax,%esi
  800c93:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
  800c95:	31 c0                	xor    %eax,%eax
  800c97:	31 d2                	xor    %edx,%edx
  800c99:	f6 c1 20             	test   $0x20,%cl
  800c9c:	0f 94 c0             	sete   %al
  800c9f:	0f 95 c2             	setne  %dl
  800ca2:	d3 e0                	shl    %cl,%eax
  800ca4:	d3 e2                	shl    %cl,%edx
  800ca6:	09 45 d0             	or     %eax,-0x30(%ebp)
  800ca9:	09 55 d4             	or     %edx,-0x2c(%ebp)
  800cac:	eb 96                	jmp    800c44 <udivmod64+0xaa>
		}
	}
	if (rem)
  800cae:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800cb1:	85 db                	test   %ebx,%ebx
  800cb3:	74 05                	je     800cba <udivmod64+0x120>
		*rem = r;
  800cb5:	89 33                	mov    %esi,(%ebx)
  800cb7:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
  800cba:	8b 45 d0             	mov    -0x30(%ebp),%eax
  800cbd:	8b 55 d4             	mov    -0x2c(%ebp),%edx
  800cc0:	83 c4 24             	add    $0x24,%esp
  800cc3:	5b                   	pop    %ebx
  800cc4:	5e                   	pop    %esi
  800cc5:	5f                   	pop    %edi
  800cc6:	5d                   	pop    %ebp
  800cc7:	c3                   	ret

00800cc8 <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
  800cc8:	55                   	push   %ebp
  800cc9:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
  800ccb:	83 ec 04             	sub    $0x4,%esp
  800cce:	6a 00                	push   $0x0
  800cd0:	ff 75 14             	push   0x14(%ebp)
  800cd3:	ff 75 10             	push   0x10(%ebp)
  800cd6:	8b 45 08             	mov    0x8(%ebp),%eax
  800cd9:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cdc:	e8 b9 fe ff ff       	call   800b9a <udivmod64>
}
  800ce1:	c9                   	leave
  800ce2:	c3                   	ret

00800ce3 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
  800ce3:	55                   	push   %ebp
  800ce4:	89 e5                	mov    %esp,%ebp
  800ce6:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
  800ce9:	8d 45 f8             	lea    -0x8(%ebp),%eax
  800cec:	50                   	push   %eax
  800ced:	ff 75 14             	push   0x14(%ebp)
  800cf0:	ff 75 10             	push   0x10(%ebp)
  800cf3:	8b 45 08             	mov    0x8(%ebp),%eax
  800cf6:	8b 55 0c             	mov    0xc(%ebp),%edx
  800cf9:	e8 9c fe ff ff       	call   800b9a <udivmod64>
	return r;
}
  800cfe:	8b 45 f8             	mov    -0x8(%ebp),%eax
  800d01:	8b 55 fc             	mov    -0x4(%ebp),%edx
  800d04:	c9                   	leave
  800d05:	c3                   	ret

00800d06 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
  800d06:	55                   	push   %ebp
  800d07:	89 e5                	mov    %esp,%ebp
  800d09:	57                   	push   %edi
  800d0a:	56                   	push   %esi
  800d0b:	53                   	push   %ebx
  800d0c:	83 ec 0c             	sub    $0xc,%esp
  800d0f:	8b 4d 08             	mov    0x8(%ebp),%ecx
  800d12:	8b 5d 0c             	mov    0xc(%ebp),%ebx
  800d15:	8b 45 10             	mov    0x10(%ebp),%eax
  800d18:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
  800d1b:	89 ce                	mov    %ecx,%esi
  800d1d:	89 df                	mov    %ebx,%edi
  800d1f:	31 c6                	xor    %eax,%esi
  800d21:	31 d7                	xor    %edx,%edi
  800d23:	89 75 e8             	mov    %esi,-0x18(%ebp)
  800d26:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d29:	89 c6                	mov    %eax,%esi
  800d2b:	89 d7                	mov    %edx,%edi
  800d2d:	85 d2                	test   %edx,%edx
  800d2f:	78 25                	js     800d56 <__divdi3+0x50>
  800d31:	89 c8                	mov    %ecx,%eax
  800d33:	89 da                	mov    %ebx,%edx
  800d35:	85 db                	test   %ebx,%ebx
  800d37:	78 2a                	js     800d63 <__divdi3+0x5d>
  800d39:	83 ec 04             	sub    $0x4,%esp
  800d3c:	6a 00                	push   $0x0
  800d3e:	57                   	push   %edi
  800d3f:	56                   	push   %esi
  800d40:	e8 55 fe ff ff       	call   800b9a <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
  800d45:	83 c4 10             	add    $0x10,%esp
  800d48:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
  800d4c:	78 1e                	js     800d6c <__divdi3+0x66>
}
  800d4e:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800d51:	5b                   	pop    %ebx
  800d52:	5e                   	pop    %esi
  800d53:	5f                   	pop    %edi
  800d54:	5d                   	pop    %ebp
  800d55:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d56:	f7 d8                	neg    %eax
  800d58:	83 d2 00             	adc    $0x0,%edx
  800d5b:	f7 da                	neg    %edx
  800d5d:	89 c6                	mov    %eax,%esi
  800d5f:	89 d7                	mov    %edx,%edi
  800d61:	eb ce                	jmp    800d31 <__divdi3+0x2b>
  800d63:	f7 d8                	neg    %eax
  800d65:	83 d2 00             	adc    $0x0,%edx
  800d68:	f7 da                	neg    %edx
  800d6a:	eb cd                	jmp    800d39 <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
  800d6c:	f7 d8                	neg    %eax
  800d6e:	83 d2 00             	adc    $0x0,%edx
  800d71:	f7 da                	neg    %edx
  800d73:	eb d9                	jmp    800d4e <__divdi3+0x48>

00800d75 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
  800d75:	55                   	push   %ebp
  800d76:	89 e5                	mov    %esp,%ebp
  800d78:	57                   	push   %edi
  800d79:	56                   	push   %esi
  800d7a:	53                   	push   %ebx
  800d7b:	83 ec 14             	sub    $0x14,%esp
  800d7e:	8b 45 08             	mov    0x8(%ebp),%eax
  800d81:	8b 55 0c             	mov    0xc(%ebp),%edx
  800d84:	8b 4d 10             	mov    0x10(%ebp),%ecx
  800d87:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800d8a:	89 ce                	mov    %ecx,%esi
  800d8c:	89 df                	mov    %ebx,%edi
  800d8e:	85 db                	test   %ebx,%ebx
  800d90:	78 23                	js     800db5 <__moddi3+0x40>
  800d92:	85 d2                	test   %edx,%edx
  800d94:	78 28                	js     800dbe <__moddi3+0x49>
  800d96:	83 ec 04             	sub    $0x4,%esp
  800d99:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800d9c:	51                   	push   %ecx
  800d9d:	57                   	push   %edi
  800d9e:	56                   	push   %esi
  800d9f:	e8 f6 fd ff ff       	call   800b9a <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800da4:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800da7:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800daa:	83 c4 10             	add    $0x10,%esp
}
  800dad:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800db0:	5b                   	pop    %ebx
  800db1:	5e                   	pop    %esi
  800db2:	5f                   	pop    %edi
  800db3:	5d                   	pop    %ebp
  800db4:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
  800db5:	f7 de                	neg    %esi
  800db7:	83 d7 00             	adc    $0x0,%edi
  800dba:	f7 df                	neg    %edi
  800dbc:	eb d4                	jmp    800d92 <__moddi3+0x1d>
  800dbe:	f7 d8                	neg    %eax
  800dc0:	83 d2 00             	adc    $0x0,%edx
  800dc3:	f7 da                	neg    %edx
  800dc5:	83 ec 04             	sub    $0x4,%esp
  800dc8:	8d 4d e8             	lea    -0x18(%ebp),%ecx
  800dcb:	51                   	push   %ecx
  800dcc:	57                   	push   %edi
  800dcd:	56                   	push   %esi
  800dce:	e8 c7 fd ff ff       	call   800b9a <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
  800dd3:	8b 45 e8             	mov    -0x18(%ebp),%eax
  800dd6:	8b 55 ec             	mov    -0x14(%ebp),%edx
  800dd9:	f7 d8                	neg    %eax
  800ddb:	83 d2 00             	adc    $0x0,%edx
  800dde:	f7 da                	neg    %edx
  800de0:	83 c4 10             	add    $0x10,%esp
  800de3:	eb c8                	jmp    800dad <__moddi3+0x38>

00800de5 <sys_cputs>:
	return ret;
}

void
sys_cputs(const char *s, size_t len)
{
  800de5:	55                   	push   %ebp
  800de6:	89 e5                	mov    %esp,%ebp
  800de8:	57                   	push   %edi
  800de9:	56                   	push   %esi
  800dea:	53                   	push   %ebx
	asm volatile("int %1\n"
  800deb:	b8 00 00 00 00       	mov    $0x0,%eax
  800df0:	8b 55 08             	mov    0x8(%ebp),%edx
  800df3:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800df6:	89 c3                	mov    %eax,%ebx
  800df8:	89 c7                	mov    %eax,%edi
  800dfa:	89 c6                	mov    %eax,%esi
  800dfc:	cd 30                	int    $0x30
	syscall(SYS_cputs, 0, (uint32_t)s, len, 0, 0, 0);
}
  800dfe:	5b                   	pop    %ebx
  800dff:	5e                   	pop    %esi
  800e00:	5f                   	pop    %edi
  800e01:	5d                   	pop    %ebp
  800e02:	c3                   	ret

00800e03 <sys_cgetc>:

int
sys_cgetc(void)
{
  800e03:	55                   	push   %ebp
  800e04:	89 e5                	mov    %esp,%ebp
  800e06:	57                   	push   %edi
  800e07:	56                   	push   %esi
  800e08:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e09:	ba 00 00 00 00       	mov    $0x0,%edx
  800e0e:	b8 01 00 00 00       	mov    $0x1,%eax
  800e13:	89 d1                	mov    %edx,%ecx
  800e15:	89 d3                	mov    %edx,%ebx
  800e17:	89 d7                	mov    %edx,%edi
  800e19:	89 d6                	mov    %edx,%esi
  800e1b:	cd 30                	int    $0x30
	return syscall(SYS_cgetc, 0, 0, 0, 0, 0, 0);
}
  800e1d:	5b                   	pop    %ebx
  800e1e:	5e                   	pop    %esi
  800e1f:	5f                   	pop    %edi
  800e20:	5d                   	pop    %ebp
  800e21:	c3                   	ret

00800e22 <sys_env_destroy>:

int
sys_env_destroy(envid_t envid)
{
  800e22:	55                   	push   %ebp
  800e23:	89 e5                	mov    %esp,%ebp
  800e25:	57                   	push   %edi
  800e26:	56                   	push   %esi
  800e27:	53                   	push   %ebx
  800e28:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800e2b:	b9 00 00 00 00       	mov    $0x0,%ecx
  800e30:	8b 55 08             	mov    0x8(%ebp),%edx
  800e33:	b8 03 00 00 00       	mov    $0x3,%eax
  800e38:	89 cb                	mov    %ecx,%ebx
  800e3a:	89 cf                	mov    %ecx,%edi
  800e3c:	89 ce                	mov    %ecx,%esi
  800e3e:	cd 30                	int    $0x30
	if (check && ret > 0)
  800e40:	85 c0                	test   %eax,%eax
  800e42:	7f 08                	jg     800e4c <sys_env_destroy+0x2a>
	return syscall(SYS_env_destroy, 1, envid, 0, 0, 0, 0);
}
  800e44:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800e47:	5b                   	pop    %ebx
  800e48:	5e                   	pop    %esi
  800e49:	5f                   	pop    %edi
  800e4a:	5d                   	pop    %ebp
  800e4b:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800e4c:	83 ec 0c             	sub    $0xc,%esp
  800e4f:	50                   	push   %eax
  800e50:	6a 03                	push   $0x3
  800e52:	68 44 17 80 00       	push   $0x801744
  800e57:	6a 1f                	push   $0x1f
  800e59:	68 61 17 80 00       	push   $0x801761
  800e5e:	e8 f5 04 00 00       	call   801358 <_panic>

00800e63 <sys_getenvid>:

envid_t
sys_getenvid(void)
{
  800e63:	55                   	push   %ebp
  800e64:	89 e5                	mov    %esp,%ebp
  800e66:	57                   	push   %edi
  800e67:	56                   	push   %esi
  800e68:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e69:	ba 00 00 00 00       	mov    $0x0,%edx
  800e6e:	b8 02 00 00 00       	mov    $0x2,%eax
  800e73:	89 d1                	mov    %edx,%ecx
  800e75:	89 d3                	mov    %edx,%ebx
  800e77:	89 d7                	mov    %edx,%edi
  800e79:	89 d6                	mov    %edx,%esi
  800e7b:	cd 30                	int    $0x30
	 return syscall(SYS_getenvid, 0, 0, 0, 0, 0, 0);
}
  800e7d:	5b                   	pop    %ebx
  800e7e:	5e                   	pop    %esi
  800e7f:	5f                   	pop    %edi
  800e80:	5d                   	pop    %ebp
  800e81:	c3                   	ret

00800e82 <sys_yield>:

void
sys_yield(void)
{
  800e82:	55                   	push   %ebp
  800e83:	89 e5                	mov    %esp,%ebp
  800e85:	57                   	push   %edi
  800e86:	56                   	push   %esi
  800e87:	53                   	push   %ebx
	asm volatile("int %1\n"
  800e88:	ba 00 00 00 00       	mov    $0x0,%edx
  800e8d:	b8 0a 00 00 00       	mov    $0xa,%eax
  800e92:	89 d1                	mov    %edx,%ecx
  800e94:	89 d3                	mov    %edx,%ebx
  800e96:	89 d7                	mov    %edx,%edi
  800e98:	89 d6                	mov    %edx,%esi
  800e9a:	cd 30                	int    $0x30
	syscall(SYS_yield, 0, 0, 0, 0, 0, 0);
}
  800e9c:	5b                   	pop    %ebx
  800e9d:	5e                   	pop    %esi
  800e9e:	5f                   	pop    %edi
  800e9f:	5d                   	pop    %ebp
  800ea0:	c3                   	ret

00800ea1 <sys_page_alloc>:

int
sys_page_alloc(envid_t envid, void *va, int perm)
{
  800ea1:	55                   	push   %ebp
  800ea2:	89 e5                	mov    %esp,%ebp
  800ea4:	57                   	push   %edi
  800ea5:	56                   	push   %esi
  800ea6:	53                   	push   %ebx
  800ea7:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800eaa:	be 00 00 00 00       	mov    $0x0,%esi
  800eaf:	8b 55 08             	mov    0x8(%ebp),%edx
  800eb2:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800eb5:	b8 04 00 00 00       	mov    $0x4,%eax
  800eba:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800ebd:	89 f7                	mov    %esi,%edi
  800ebf:	cd 30                	int    $0x30
	if (check && ret > 0)
  800ec1:	85 c0                	test   %eax,%eax
  800ec3:	7f 08                	jg     800ecd <sys_page_alloc+0x2c>
	return syscall(SYS_page_alloc, 1, envid, (uint32_t) va, perm, 0, 0);
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
  800ed1:	6a 04                	push   $0x4
  800ed3:	68 44 17 80 00       	push   $0x801744
  800ed8:	6a 1f                	push   $0x1f
  800eda:	68 61 17 80 00       	push   $0x801761
  800edf:	e8 74 04 00 00       	call   801358 <_panic>

00800ee4 <sys_page_map>:

int
sys_page_map(envid_t srcenv, void *srcva, envid_t dstenv, void *dstva, int perm)
{
  800ee4:	55                   	push   %ebp
  800ee5:	89 e5                	mov    %esp,%ebp
  800ee7:	57                   	push   %edi
  800ee8:	56                   	push   %esi
  800ee9:	53                   	push   %ebx
  800eea:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800eed:	8b 55 08             	mov    0x8(%ebp),%edx
  800ef0:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ef3:	b8 05 00 00 00       	mov    $0x5,%eax
  800ef8:	8b 5d 10             	mov    0x10(%ebp),%ebx
  800efb:	8b 7d 14             	mov    0x14(%ebp),%edi
  800efe:	8b 75 18             	mov    0x18(%ebp),%esi
  800f01:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f03:	85 c0                	test   %eax,%eax
  800f05:	7f 08                	jg     800f0f <sys_page_map+0x2b>
	return syscall(SYS_page_map, 1, srcenv, (uint32_t) srcva,
		       dstenv, (uint32_t) dstva, perm);
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
  800f13:	6a 05                	push   $0x5
  800f15:	68 44 17 80 00       	push   $0x801744
  800f1a:	6a 1f                	push   $0x1f
  800f1c:	68 61 17 80 00       	push   $0x801761
  800f21:	e8 32 04 00 00       	call   801358 <_panic>

00800f26 <sys_page_unmap>:

int
sys_page_unmap(envid_t envid, void *va)
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
  800f3a:	b8 06 00 00 00       	mov    $0x6,%eax
  800f3f:	89 df                	mov    %ebx,%edi
  800f41:	89 de                	mov    %ebx,%esi
  800f43:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f45:	85 c0                	test   %eax,%eax
  800f47:	7f 08                	jg     800f51 <sys_page_unmap+0x2b>
	return syscall(SYS_page_unmap, 1, envid, (uint32_t) va, 0, 0, 0);
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
  800f55:	6a 06                	push   $0x6
  800f57:	68 44 17 80 00       	push   $0x801744
  800f5c:	6a 1f                	push   $0x1f
  800f5e:	68 61 17 80 00       	push   $0x801761
  800f63:	e8 f0 03 00 00       	call   801358 <_panic>

00800f68 <sys_env_set_status>:
// frame of the int instruction, and it must not return through a stack
// frame that only the parent set up.

int
sys_env_set_status(envid_t envid, int status)
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
  800f7c:	b8 08 00 00 00       	mov    $0x8,%eax
  800f81:	89 df                	mov    %ebx,%edi
  800f83:	89 de                	mov    %ebx,%esi
  800f85:	cd 30                	int    $0x30
	if (check && ret > 0)
  800f87:	85 c0                	test   %eax,%eax
  800f89:	7f 08                	jg     800f93 <sys_env_set_status+0x2b>
	return syscall(SYS_env_set_status, 1, envid, status, 0, 0, 0);
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
  800f97:	6a 08                	push   $0x8
  800f99:	68 44 17 80 00       	push   $0x801744
  800f9e:	6a 1f                	push   $0x1f
  800fa0:	68 61 17 80 00       	push   $0x801761
  800fa5:	e8 ae 03 00 00       	call   801358 <_panic>

00800faa <sys_env_set_pgfault_upcall>:

int
sys_env_set_pgfault_upcall(envid_t envid, void *upcall)
{
  800faa:	55                   	push   %ebp
  800fab:	89 e5                	mov    %esp,%ebp
  800fad:	57                   	push   %edi
  800fae:	56                   	push   %esi
  800faf:	53                   	push   %ebx
  800fb0:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  800fb3:	bb 00 00 00 00       	mov    $0x0,%ebx
  800fb8:	8b 55 08             	mov    0x8(%ebp),%edx
  800fbb:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800fbe:	b8 09 00 00 00       	mov    $0x9,%eax
  800fc3:	89 df                	mov    %ebx,%edi
  800fc5:	89 de                	mov    %ebx,%esi
  800fc7:	cd 30                	int    $0x30
	if (check && ret > 0)
  800fc9:	85 c0                	test   %eax,%eax
  800fcb:	7f 08                	jg     800fd5 <sys_env_set_pgfault_upcall+0x2b>
	return syscall(SYS_env_set_pgfault_upcall, 1, envid, (uint32_t) upcall,
		       0, 0, 0);
}
  800fcd:	8d 65 f4             	lea    -0xc(%ebp),%esp
  800fd0:	5b                   	pop    %ebx
  800fd1:	5e                   	pop    %esi
  800fd2:	5f                   	pop    %edi
  800fd3:	5d                   	pop    %ebp
  800fd4:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  800fd5:	83 ec 0c             	sub    $0xc,%esp
  800fd8:	50                   	push   %eax
  800fd9:	6a 09                	push   $0x9
  800fdb:	68 44 17 80 00       	push   $0x801744
  800fe0:	6a 1f                	push   $0x1f
  800fe2:	68 61 17 80 00       	push   $0x801761
  800fe7:	e8 6c 03 00 00       	call   801358 <_panic>

00800fec <sys_ipc_try_send>:

int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, int perm)
{
  800fec:	55                   	push   %ebp
  800fed:	89 e5                	mov    %esp,%ebp
  800fef:	57                   	push   %edi
  800ff0:	56                   	push   %esi
  800ff1:	53                   	push   %ebx
	asm volatile("int %1\n"
  800ff2:	8b 55 08             	mov    0x8(%ebp),%edx
  800ff5:	8b 4d 0c             	mov    0xc(%ebp),%ecx
  800ff8:	b8 0b 00 00 00       	mov    $0xb,%eax
  800ffd:	be 00 00 00 00       	mov    $0x0,%esi
  801002:	8b 5d 10             	mov    0x10(%ebp),%ebx
  801005:	8b 7d 14             	mov    0x14(%ebp),%edi
  801008:	cd 30                	int    $0x30
	// No check: -E_IPC_NOT_RECV is an expected answer, and 0 is success.
	return syscall(SYS_ipc_try_send, 0, envid, value, (uint32_t) srcva,
		       perm, 0);
}
  80100a:	5b                   	pop    %ebx
  80100b:	5e                   	pop    %esi
  80100c:	5f                   	pop    %edi
  80100d:	5d                   	pop    %ebp
  80100e:	c3                   	ret

0080100f <sys_ipc_recv>:

int
sys_ipc_recv(void *dstva)
{
  80100f:	55                   	push   %ebp
  801010:	89 e5                	mov    %esp,%ebp
  801012:	57                   	push   %edi
  801013:	56                   	push   %esi
  801014:	53                   	push   %ebx
  801015:	83 ec 0c             	sub    $0xc,%esp
	asm volatile("int %1\n"
  801018:	b9 00 00 00 00       	mov    $0x0,%ecx
  80101d:	8b 55 08             	mov    0x8(%ebp),%edx
  801020:	b8 0c 00 00 00       	mov    $0xc,%eax
  801025:	89 cb                	mov    %ecx,%ebx
  801027:	89 cf                	mov    %ecx,%edi
  801029:	89 ce                	mov    %ecx,%esi
  80102b:	cd 30                	int    $0x30
	if (check && ret > 0)
  80102d:	85 c0                	test   %eax,%eax
  80102f:	7f 08                	jg     801039 <sys_ipc_recv+0x2a>
	return syscall(SYS_ipc_recv, 1, (uint32_t)dstva, 0, 0, 0, 0);
}
  801031:	8d 65 f4             	lea    -0xc(%ebp),%esp
  801034:	5b                   	pop    %ebx
  801035:	5e                   	pop    %esi
  801036:	5f                   	pop    %edi
  801037:	5d                   	pop    %ebp
  801038:	c3                   	ret
		panic("syscall %d returned %d (> 0)", num, ret);
  801039:	83 ec 0c             	sub    $0xc,%esp
  80103c:	50                   	push   %eax
  80103d:	6a 0c                	push   $0xc
  80103f:	68 44 17 80 00       	push   $0x801744
  801044:	6a 1f                	push   $0x1f
  801046:	68 61 17 80 00       	push   $0x801761
  80104b:	e8 08 03 00 00       	call   801358 <_panic>

00801050 <page_mapped>:
// directory entry first: uvpt[pn] itself faults when its page table is
// absent.
static bool
page_mapped(uintptr_t pn)
{
	return (uvpd[pn >> (PDXSHIFT - PTXSHIFT)] & PTE_P)
  801050:	89 c2                	mov    %eax,%edx
  801052:	c1 ea 0a             	shr    $0xa,%edx
  801055:	8b 14 95 00 d0 7b ef 	mov    -0x10843000(,%edx,4),%edx
		&& (uvpt[pn] & PTE_P);
  80105c:	f6 c2 01             	test   $0x1,%dl
  80105f:	74 0e                	je     80106f <page_mapped+0x1f>
  801061:	8b 04 85 00 00 40 ef 	mov    -0x10c00000(,%eax,4),%eax
  801068:	83 e0 01             	and    $0x1,%eax
  80106b:	83 e0 01             	and    $0x1,%eax
}
  80106e:	c3                   	ret
		&& (uvpt[pn] & PTE_P);
  80106f:	b8 00 00 00 00       	mov    $0x0,%eax
  801074:	eb f5                	jmp    80106b <page_mapped+0x1b>

00801076 <duppage>:
// Map our page number pn into envid at the same address.  A writable or
// copy-on-write page becomes copy-on-write in both environments; any other
// page is shared with its current permissions.
static int
duppage(envid_t envid, uintptr_t pn)
{
  801076:	55                   	push   %ebp
  801077:	89 e5                	mov    %esp,%ebp
  801079:	56                   	push   %esi
  80107a:	53                   	push   %ebx
  80107b:	8b 45 08             	mov    0x8(%ebp),%eax
  80107e:	8b 55 0c             	mov    0xc(%ebp),%edx
	void *va = (void *) (pn * PGSIZE);
  801081:	89 d6                	mov    %edx,%esi
  801083:	c1 e6 0c             	shl    $0xc,%esi
	int perm = uvpt[pn] & PTE_SYSCALL;
  801086:	8b 1c 95 00 00 40 ef 	mov    -0x10c00000(,%edx,4),%ebx
	int r;

	if (!(perm & (PTE_W | PTE_COW)))
  80108d:	f7 c3 02 08 00 00    	test   $0x802,%ebx
  801093:	74 37                	je     8010cc <duppage+0x56>
		return sys_page_map(0, va, envid, va, perm);

	perm = (perm & ~PTE_W) | PTE_COW;
  801095:	81 e3 05 06 00 00    	and    $0x605,%ebx
  80109b:	80 cf 08             	or     $0x8,%bh
	// and here we may have written the page (our stack, for one) and
	// taken a private writable copy, and the child now shares that
	// copy; leaving it writable would let our later writes show
	// through in the child.  Doing it the other way round, a fault in
	// between would give the child our new writable page.
	if ((r = sys_page_map(0, va, envid, va, perm)) < 0)
  80109e:	83 ec 0c             	sub    $0xc,%esp
  8010a1:	53                   	push   %ebx
  8010a2:	56                   	push   %esi
  8010a3:	50                   	push   %eax
  8010a4:	56                   	push   %esi
  8010a5:	6a 00                	push   $0x0
  8010a7:	e8 38 fe ff ff       	call   800ee4 <sys_page_map>
  8010ac:	83 c4 20             	add    $0x20,%esp
  8010af:	85 c0                	test   %eax,%eax
  8010b1:	78 12                	js     8010c5 <duppage+0x4f>
		return r;
	return sys_page_map(0, va, 0, va, perm);
  8010b3:	83 ec 0c             	sub    $0xc,%esp
  8010b6:	53                   	push   %ebx
  8010b7:	56                   	push   %esi
  8010b8:	6a 00                	push   $0x0
  8010ba:	56                   	push   %esi
  8010bb:	6a 00                	push   $0x0
  8010bd:	e8 22 fe ff ff       	call   800ee4 <sys_page_map>
  8010c2:	83 c4 20             	add    $0x20,%esp
}
  8010c5:	8d 65 f8             	lea    -0x8(%ebp),%esp
  8010c8:	5b                   	pop    %ebx
  8010c9:	5e                   	pop    %esi
  8010ca:	5d                   	pop    %ebp
  8010cb:	c3                   	ret
		return sys_page_map(0, va, envid, va, perm);
  8010cc:	83 ec 0c             	sub    $0xc,%esp
	int perm = uvpt[pn] & PTE_SYSCALL;
  8010cf:	81 e3 07 0e 00 00    	and    $0xe07,%ebx
		return sys_page_map(0, va, envid, va, perm);
  8010d5:	53                   	push   %ebx
  8010d6:	56                   	push   %esi
  8010d7:	50                   	push   %eax
  8010d8:	56                   	push   %esi
  8010d9:	6a 00                	push   $0x0
  8010db:	e8 04 fe ff ff       	call   800ee4 <sys_page_map>
  8010e0:	83 c4 20             	add    $0x20,%esp
  8010e3:	eb e0                	jmp    8010c5 <duppage+0x4f>

008010e5 <sharepage>:

// How sfork gives a page to the child: the stack and the private data
// page copy-on-write as in fork, every other page shared outright.
static int
sharepage(envid_t envid, uintptr_t pn)
{
  8010e5:	55                   	push   %ebp
  8010e6:	89 e5                	mov    %esp,%ebp
  8010e8:	83 ec 18             	sub    $0x18,%esp
  8010eb:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	uintptr_t va = pn * PGSIZE;
  8010ee:	89 c8                	mov    %ecx,%eax
  8010f0:	c1 e0 0c             	shl    $0xc,%eax
  8010f3:	89 45 f4             	mov    %eax,-0xc(%ebp)
	uintptr_t stack_bottom = ROUNDDOWN((uintptr_t) &va, PGSIZE);
  8010f6:	8d 55 f4             	lea    -0xc(%ebp),%edx
  8010f9:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
	int perm;

	if ((va >= stack_bottom && va < USTACKTOP)
  8010ff:	39 d0                	cmp    %edx,%eax
  801101:	72 07                	jb     80110a <sharepage+0x25>
  801103:	3d ff df bf ee       	cmp    $0xeebfdfff,%eax
  801108:	76 41                	jbe    80114b <sharepage+0x66>
	    || (va >= (uintptr_t) __private_start
  80110a:	3d 00 30 80 00       	cmp    $0x803000,%eax
  80110f:	72 07                	jb     801118 <sharepage+0x33>
		&& va < (uintptr_t) __private_end))
  801111:	3d 00 40 80 00       	cmp    $0x804000,%eax
  801116:	72 33                	jb     80114b <sharepage+0x66>
		return duppage(envid, pn);

	// A page still copy-on-write from an earlier fork would split on
	// the first write; touch it so we own a writable copy to share.
	if (uvpt[pn] & PTE_COW) {
  801118:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
  80111f:	f6 c6 08             	test   $0x8,%dh
  801122:	74 05                	je     801129 <sharepage+0x44>
		volatile char *p = (volatile char *) va;
		*p = *p;
  801124:	0f b6 10             	movzbl (%eax),%edx
  801127:	88 10                	mov    %dl,(%eax)
	}
	perm = uvpt[pn] & PTE_SYSCALL;
  801129:	8b 14 8d 00 00 40 ef 	mov    -0x10c00000(,%ecx,4),%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  801130:	83 ec 0c             	sub    $0xc,%esp
	perm = uvpt[pn] & PTE_SYSCALL;
  801133:	81 e2 07 0e 00 00    	and    $0xe07,%edx
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
  801139:	52                   	push   %edx
  80113a:	50                   	push   %eax
  80113b:	ff 75 08             	push   0x8(%ebp)
  80113e:	50                   	push   %eax
  80113f:	6a 00                	push   $0x0
  801141:	e8 9e fd ff ff       	call   800ee4 <sys_page_map>
  801146:	83 c4 20             	add    $0x20,%esp
}
  801149:	c9                   	leave
  80114a:	c3                   	ret
		return duppage(envid, pn);
  80114b:	83 ec 08             	sub    $0x8,%esp
  80114e:	51                   	push   %ecx
  80114f:	ff 75 08             	push   0x8(%ebp)
  801152:	e8 1f ff ff ff       	call   801076 <duppage>
  801157:	83 c4 10             	add    $0x10,%esp
  80115a:	eb ed                	jmp    801149 <sharepage+0x64>

0080115c <pgfault>:
{
  80115c:	55                   	push   %ebp
  80115d:	89 e5                	mov    %esp,%ebp
  80115f:	57                   	push   %edi
  801160:	56                   	push   %esi
  801161:	53                   	push   %ebx
  801162:	83 ec 1c             	sub    $0x1c,%esp
	void *addr = (void *) utf->utf_fault_va;
  801165:	8b 45 08             	mov    0x8(%ebp),%eax
  801168:	8b 18                	mov    (%eax),%ebx
	uint32_t err = utf->utf_err;
  80116a:	8b 40 04             	mov    0x4(%eax),%eax
  80116d:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	void *page = ROUNDDOWN(addr, PGSIZE);
  801170:	89 df                	mov    %ebx,%edi
  801172:	81 e7 00 f0 ff ff    	and    $0xfffff000,%edi
	if (!(err & FEC_WR) || !page_mapped(PGNUM(addr))
  801178:	a8 02                	test   $0x2,%al
  80117a:	0f 84 82 00 00 00    	je     801202 <pgfault+0xa6>
  801180:	89 de                	mov    %ebx,%esi
  801182:	c1 ee 0c             	shr    $0xc,%esi
  801185:	89 f0                	mov    %esi,%eax
  801187:	e8 c4 fe ff ff       	call   801050 <page_mapped>
  80118c:	84 c0                	test   %al,%al
  80118e:	74 72                	je     801202 <pgfault+0xa6>
	    || !(uvpt[PGNUM(addr)] & PTE_COW))
  801190:	8b 04 b5 00 00 40 ef 	mov    -0x10c00000(,%esi,4),%eax
  801197:	f6 c4 08             	test   $0x8,%ah
  80119a:	74 66                	je     801202 <pgfault+0xa6>
	if ((r = sys_page_alloc(0, PFTEMP, PTE_P | PTE_U | PTE_W)) < 0)
  80119c:	83 ec 04             	sub    $0x4,%esp
  80119f:	6a 07                	push   $0x7
  8011a1:	68 00 f0 7f 00       	push   $0x7ff000
  8011a6:	6a 00                	push   $0x0
  8011a8:	e8 f4 fc ff ff       	call   800ea1 <sys_page_alloc>
  8011ad:	83 c4 10             	add    $0x10,%esp
  8011b0:	85 c0                	test   %eax,%eax
  8011b2:	78 6c                	js     801220 <pgfault+0xc4>
	memmove(PFTEMP, page, PGSIZE);
  8011b4:	83 ec 04             	sub    $0x4,%esp
  8011b7:	68 00 10 00 00       	push   $0x1000
  8011bc:	57                   	push   %edi
  8011bd:	68 00 f0 7f 00       	push   $0x7ff000
  8011c2:	e8 1c f8 ff ff       	call   8009e3 <memmove>
	if ((r = sys_page_map(0, PFTEMP, 0, page, PTE_P | PTE_U | PTE_W)) < 0)
  8011c7:	c7 04 24 07 00 00 00 	movl   $0x7,(%esp)
  8011ce:	57                   	push   %edi
  8011cf:	6a 00                	push   $0x0
  8011d1:	68 00 f0 7f 00       	push   $0x7ff000
  8011d6:	6a 00                	push   $0x0
  8011d8:	e8 07 fd ff ff       	call   800ee4 <sys_page_map>
  8011dd:	83 c4 20             	add    $0x20,%esp
  8011e0:	85 c0                	test   %eax,%eax
  8011e2:	78 4e                	js     801232 <pgfault+0xd6>
	if ((r = sys_page_unmap(0, PFTEMP)) < 0)
  8011e4:	83 ec 08             	sub    $0x8,%esp
  8011e7:	68 00 f0 7f 00       	push   $0x7ff000
  8011ec:	6a 00                	push   $0x0
  8011ee:	e8 33 fd ff ff       	call   800f26 <sys_page_unmap>
  8011f3:	83 c4 10             	add    $0x10,%esp
  8011f6:	85 c0                	test   %eax,%eax
  8011f8:	78 4a                	js     801244 <pgfault+0xe8>
}
  8011fa:	8d 65 f4             	lea    -0xc(%ebp),%esp
  8011fd:	5b                   	pop    %ebx
  8011fe:	5e                   	pop    %esi
  8011ff:	5f                   	pop    %edi
  801200:	5d                   	pop    %ebp
  801201:	c3                   	ret
		panic("page fault at va %08x, eip %08x, err %x: "
  801202:	83 ec 08             	sub    $0x8,%esp
  801205:	ff 75 e4             	push   -0x1c(%ebp)
  801208:	8b 45 08             	mov    0x8(%ebp),%eax
  80120b:	ff 70 28             	push   0x28(%eax)
  80120e:	53                   	push   %ebx
  80120f:	68 70 17 80 00       	push   $0x801770
  801214:	6a 2d                	push   $0x2d
  801216:	68 bd 17 80 00       	push   $0x8017bd
  80121b:	e8 38 01 00 00       	call   801358 <_panic>
		panic("pgfault: sys_page_alloc: %e", r);
  801220:	50                   	push   %eax
  801221:	68 c8 17 80 00       	push   $0x8017c8
  801226:	6a 35                	push   $0x35
  801228:	68 bd 17 80 00       	push   $0x8017bd
  80122d:	e8 26 01 00 00       	call   801358 <_panic>
		panic("pgfault: sys_page_map: %e", r);
  801232:	50                   	push   %eax
  801233:	68 e4 17 80 00       	push   $0x8017e4
  801238:	6a 38                	push   $0x38
  80123a:	68 bd 17 80 00       	push   $0x8017bd
  80123f:	e8 14 01 00 00       	call   801358 <_panic>
		panic("pgfault: sys_page_unmap: %e", r);
  801244:	50                   	push   %eax
  801245:	68 fe 17 80 00       	push   $0x8017fe
  80124a:	6a 3a                	push   $0x3a
  80124c:	68 bd 17 80 00       	push   $0x8017bd
  801251:	e8 02 01 00 00       	call   801358 <_panic>

00801256 <fork_with>:
{
  801256:	55                   	push   %ebp
  801257:	89 e5                	mov    %esp,%ebp
  801259:	57                   	push   %edi
  80125a:	56                   	push   %esi
  80125b:	53                   	push   %ebx
  80125c:	83 ec 28             	sub    $0x28,%esp
  80125f:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	set_pgfault_handler(pgfault);
  801262:	68 5c 11 80 00       	push   $0x80115c
  801267:	e8 d4 01 00 00       	call   801440 <set_pgfault_handler>
// real call, the return address the child pops could already be stale.
static inline envid_t __attribute__((always_inline))
sys_exofork(void)
{
	envid_t ret;
	asm volatile("int %2"
  80126c:	b8 07 00 00 00       	mov    $0x7,%eax
  801271:	cd 30                	int    $0x30
  801273:	89 45 e0             	mov    %eax,-0x20(%ebp)
  801276:	89 c7                	mov    %eax,%edi
	if (envid < 0)
  801278:	83 c4 10             	add    $0x10,%esp
  80127b:	85 c0                	test   %eax,%eax
  80127d:	0f 88 a7 00 00 00    	js     80132a <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  801283:	bb 00 00 00 00       	mov    $0x0,%ebx
	if (envid == 0) {
  801288:	75 27                	jne    8012b1 <fork_with+0x5b>
		thisenv = &envs[ENVX(sys_getenvid())];
  80128a:	e8 d4 fb ff ff       	call   800e63 <sys_getenvid>
  80128f:	25 ff 03 00 00       	and    $0x3ff,%eax
  801294:	6b c0 7c             	imul   $0x7c,%eax,%eax
  801297:	05 00 00 c0 ee       	add    $0xeec00000,%eax
  80129c:	a3 00 30 80 00       	mov    %eax,0x803000
		return 0;
  8012a1:	e9 84 00 00 00       	jmp    80132a <fork_with+0xd4>
	for (pn = 0; pn < PGNUM(UTOP); pn++) {
  8012a6:	83 c3 01             	add    $0x1,%ebx
		if (pn == PGNUM(UXSTACKTOP - PGSIZE) || !page_mapped(pn))
  8012a9:	81 fb ff eb 0e 00    	cmp    $0xeebff,%ebx
  8012af:	74 30                	je     8012e1 <fork_with+0x8b>
  8012b1:	89 d8                	mov    %ebx,%eax
  8012b3:	e8 98 fd ff ff       	call   801050 <page_mapped>
  8012b8:	84 c0                	test   %al,%al
  8012ba:	74 ea                	je     8012a6 <fork_with+0x50>
		if ((r = dup(envid, pn)) < 0)
  8012bc:	83 ec 08             	sub    $0x8,%esp
  8012bf:	53                   	push   %ebx
  8012c0:	57                   	push   %edi
  8012c1:	8b 45 e4             	mov    -0x1c(%ebp),%eax
  8012c4:	ff d0                	call   *%eax
  8012c6:	89 c6                	mov    %eax,%esi
  8012c8:	83 c4 10             	add    $0x10,%esp
  8012cb:	85 c0                	test   %eax,%eax
  8012cd:	79 d7                	jns    8012a6 <fork_with+0x50>
		sys_env_destroy(envid);
  8012cf:	83 ec 0c             	sub    $0xc,%esp
  8012d2:	ff 75 e0             	push   -0x20(%ebp)
  8012d5:	e8 48 fb ff ff       	call   800e22 <sys_env_destroy>
		return r;
  8012da:	83 c4 10             	add    $0x10,%esp
  8012dd:	89 f7                	mov    %esi,%edi
  8012df:	eb 49                	jmp    80132a <fork_with+0xd4>
	if ((r = sys_page_alloc(envid, (void *) (UXSTACKTOP - PGSIZE),
  8012e1:	83 ec 04             	sub    $0x4,%esp
  8012e4:	6a 07                	push   $0x7
  8012e6:	68 00 f0 bf ee       	push   $0xeebff000
  8012eb:	ff 75 e0             	push   -0x20(%ebp)
  8012ee:	e8 ae fb ff ff       	call   800ea1 <sys_page_alloc>
  8012f3:	89 c6                	mov    %eax,%esi
  8012f5:	83 c4 10             	add    $0x10,%esp
  8012f8:	85 c0                	test   %eax,%eax
  8012fa:	78 d3                	js     8012cf <fork_with+0x79>
	if ((r = sys_env_set_pgfault_upcall(envid, _pgfault_upcall)) < 0)
  8012fc:	83 ec 08             	sub    $0x8,%esp
  8012ff:	68 ab 14 80 00       	push   $0x8014ab
  801304:	8b 5d e0             	mov    -0x20(%ebp),%ebx
  801307:	53                   	push   %ebx
  801308:	e8 9d fc ff ff       	call   800faa <sys_env_set_pgfault_upcall>
  80130d:	89 c6                	mov    %eax,%esi
  80130f:	83 c4 10             	add    $0x10,%esp
  801312:	85 c0                	test   %eax,%eax
  801314:	78 b9                	js     8012cf <fork_with+0x79>
	return sys_env_set_status(envid, ENV_RUNNABLE);
  801316:	83 ec 08             	sub    $0x8,%esp
  801319:	6a 02                	push   $0x2
  80131b:	53                   	push   %ebx
  80131c:	e8 47 fc ff ff       	call   800f68 <sys_env_set_status>
  801321:	89 c6                	mov    %eax,%esi
	    || (r = start_child(envid)) < 0) {
  801323:	83 c4 10             	add    $0x10,%esp
  801326:	85 c0                	test   %eax,%eax
  801328:	78 a5                	js     8012cf <fork_with+0x79>
}
  80132a:	89 f8                	mov    %edi,%eax
  80132c:	8d 65 f4             	lea    -0xc(%ebp),%esp
  80132f:	5b                   	pop    %ebx
  801330:	5e                   	pop    %esi
  801331:	5f                   	pop    %edi
  801332:	5d                   	pop    %ebp
  801333:	c3                   	ret

00801334 <fork>:
{
  801334:	55                   	push   %ebp
  801335:	89 e5                	mov    %esp,%ebp
  801337:	83 ec 08             	sub    $0x8,%esp
	return fork_with(duppage);
  80133a:	b8 76 10 80 00       	mov    $0x801076,%eax
  80133f:	e8 12 ff ff ff       	call   801256 <fork_with>
}
  801344:	c9                   	leave
  801345:	c3                   	ret

00801346 <sfork>:
// Shared-memory fork (the lab's challenge): parent and child share all of
// memory except the stack and the private data page.  thisenv lives on
// that private page, so it stays correct in both.
envid_t
sfork(void)
{
  801346:	55                   	push   %ebp
  801347:	89 e5                	mov    %esp,%ebp
  801349:	83 ec 08             	sub    $0x8,%esp
	return fork_with(sharepage);
  80134c:	b8 e5 10 80 00       	mov    $0x8010e5,%eax
  801351:	e8 00 ff ff ff       	call   801256 <fork_with>
}
  801356:	c9                   	leave
  801357:	c3                   	ret

00801358 <_panic>:

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
  801358:	55                   	push   %ebp
  801359:	89 e5                	mov    %esp,%ebp
  80135b:	56                   	push   %esi
  80135c:	53                   	push   %ebx
	va_list ap;

	va_start(ap, fmt);
  80135d:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("[%08x] user panic in %s at %s:%d: ",
  801360:	8b 35 00 20 80 00    	mov    0x802000,%esi
  801366:	e8 f8 fa ff ff       	call   800e63 <sys_getenvid>
  80136b:	83 ec 0c             	sub    $0xc,%esp
  80136e:	ff 75 0c             	push   0xc(%ebp)
  801371:	ff 75 08             	push   0x8(%ebp)
  801374:	56                   	push   %esi
  801375:	50                   	push   %eax
  801376:	68 1c 18 80 00       	push   $0x80181c
  80137b:	e8 48 f4 ff ff       	call   8007c8 <cprintf>
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
  801380:	83 c4 18             	add    $0x18,%esp
  801383:	53                   	push   %ebx
  801384:	ff 75 10             	push   0x10(%ebp)
  801387:	e8 56 00 00 00       	call   8013e2 <vcprintf>
	cprintf("\n");
  80138c:	c7 04 24 ef 14 80 00 	movl   $0x8014ef,(%esp)
  801393:	e8 30 f4 ff ff       	call   8007c8 <cprintf>
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
  801398:	cc                   	int3
  801399:	83 c4 10             	add    $0x10,%esp
	for (;;)
  80139c:	eb fe                	jmp    80139c <_panic+0x44>

0080139e <putch>:
	}
}

static void
putch(int ch, struct printbuf *b)
{
  80139e:	55                   	push   %ebp
  80139f:	89 e5                	mov    %esp,%ebp
  8013a1:	53                   	push   %ebx
  8013a2:	83 ec 04             	sub    $0x4,%esp
  8013a5:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	b->buf[b->idx++] = ch;
  8013a8:	8b 13                	mov    (%ebx),%edx
  8013aa:	8d 42 01             	lea    0x1(%edx),%eax
  8013ad:	89 03                	mov    %eax,(%ebx)
  8013af:	8b 4d 08             	mov    0x8(%ebp),%ecx
  8013b2:	88 4c 13 08          	mov    %cl,0x8(%ebx,%edx,1)
	if (b->idx > 0) {
  8013b6:	3d 00 01 00 00       	cmp    $0x100,%eax
  8013bb:	74 09                	je     8013c6 <putch+0x28>
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
  8013bd:	83 43 04 01          	addl   $0x1,0x4(%ebx)
}
  8013c1:	8b 5d fc             	mov    -0x4(%ebp),%ebx
  8013c4:	c9                   	leave
  8013c5:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  8013c6:	83 ec 08             	sub    $0x8,%esp
  8013c9:	68 00 01 00 00       	push   $0x100
  8013ce:	8d 43 08             	lea    0x8(%ebx),%eax
  8013d1:	50                   	push   %eax
  8013d2:	e8 0e fa ff ff       	call   800de5 <sys_cputs>
		b->idx = 0;
  8013d7:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
  8013dd:	83 c4 10             	add    $0x10,%esp
  8013e0:	eb db                	jmp    8013bd <putch+0x1f>

008013e2 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
  8013e2:	55                   	push   %ebp
  8013e3:	89 e5                	mov    %esp,%ebp
  8013e5:	81 ec 18 01 00 00    	sub    $0x118,%esp
	struct printbuf b;

	b.idx = 0;
  8013eb:	c7 85 f0 fe ff ff 00 	movl   $0x0,-0x110(%ebp)
  8013f2:	00 00 00 
	b.cnt = 0;
  8013f5:	c7 85 f4 fe ff ff 00 	movl   $0x0,-0x10c(%ebp)
  8013fc:	00 00 00 
	vprintfmt((void*)putch, &b, fmt, ap);
  8013ff:	ff 75 0c             	push   0xc(%ebp)
  801402:	ff 75 08             	push   0x8(%ebp)
  801405:	8d 85 f0 fe ff ff    	lea    -0x110(%ebp),%eax
  80140b:	50                   	push   %eax
  80140c:	68 9e 13 80 00       	push   $0x80139e
  801411:	e8 5f ed ff ff       	call   800175 <vprintfmt>
	if (b->idx > 0) {
  801416:	8b 85 f0 fe ff ff    	mov    -0x110(%ebp),%eax
  80141c:	83 c4 10             	add    $0x10,%esp
  80141f:	85 c0                	test   %eax,%eax
  801421:	7f 08                	jg     80142b <vcprintf+0x49>
	flush(&b);
	return b.cnt;
}
  801423:	8b 85 f4 fe ff ff    	mov    -0x10c(%ebp),%eax
  801429:	c9                   	leave
  80142a:	c3                   	ret
		sys_cputs(b->buf, b->idx);
  80142b:	83 ec 08             	sub    $0x8,%esp
  80142e:	50                   	push   %eax
  80142f:	8d 85 f8 fe ff ff    	lea    -0x108(%ebp),%eax
  801435:	50                   	push   %eax
  801436:	e8 aa f9 ff ff       	call   800de5 <sys_cputs>
  80143b:	83 c4 10             	add    $0x10,%esp
  80143e:	eb e3                	jmp    801423 <vcprintf+0x41>

00801440 <set_pgfault_handler>:
// Read by _pgfault_upcall; 0 until a handler is installed.
void (*_pgfault_handler)(struct UTrapframe *utf);

void
set_pgfault_handler(void (*handler)(struct UTrapframe *utf))
{
  801440:	55                   	push   %ebp
  801441:	89 e5                	mov    %esp,%ebp
  801443:	83 ec 08             	sub    $0x8,%esp
	int r;

	if (_pgfault_handler == 0) {
  801446:	83 3d 00 40 80 00 00 	cmpl   $0x0,0x804000
  80144d:	74 0a                	je     801459 <set_pgfault_handler+0x19>
			panic("set_pgfault_handler: upcall: %e", r);
	}

	// Swapping handlers later needs no kernel call: the upcall always
	// goes through this pointer.
	_pgfault_handler = handler;
  80144f:	8b 45 08             	mov    0x8(%ebp),%eax
  801452:	a3 00 40 80 00       	mov    %eax,0x804000
}
  801457:	c9                   	leave
  801458:	c3                   	ret
		if ((r = sys_page_alloc(0, (void *) (UXSTACKTOP - PGSIZE),
  801459:	83 ec 04             	sub    $0x4,%esp
  80145c:	6a 07                	push   $0x7
  80145e:	68 00 f0 bf ee       	push   $0xeebff000
  801463:	6a 00                	push   $0x0
  801465:	e8 37 fa ff ff       	call   800ea1 <sys_page_alloc>
  80146a:	83 c4 10             	add    $0x10,%esp
  80146d:	85 c0                	test   %eax,%eax
  80146f:	78 28                	js     801499 <set_pgfault_handler+0x59>
		if ((r = sys_env_set_pgfault_upcall(0, _pgfault_upcall)) < 0)
  801471:	83 ec 08             	sub    $0x8,%esp
  801474:	68 ab 14 80 00       	push   $0x8014ab
  801479:	6a 00                	push   $0x0
  80147b:	e8 2a fb ff ff       	call   800faa <sys_env_set_pgfault_upcall>
  801480:	83 c4 10             	add    $0x10,%esp
  801483:	85 c0                	test   %eax,%eax
  801485:	79 c8                	jns    80144f <set_pgfault_handler+0xf>
			panic("set_pgfault_handler: upcall: %e", r);
  801487:	50                   	push   %eax
  801488:	68 6c 18 80 00       	push   $0x80186c
  80148d:	6a 1a                	push   $0x1a
  80148f:	68 8c 18 80 00       	push   $0x80188c
  801494:	e8 bf fe ff ff       	call   801358 <_panic>
			panic("set_pgfault_handler: exception stack: %e", r);
  801499:	50                   	push   %eax
  80149a:	68 40 18 80 00       	push   $0x801840
  80149f:	6a 18                	push   $0x18
  8014a1:	68 8c 18 80 00       	push   $0x80188c
  8014a6:	e8 ad fe ff ff       	call   801358 <_panic>

008014ab <_pgfault_upcall>:

.text
.globl _pgfault_upcall
_pgfault_upcall:
	// Call the C handler with a pointer to the UTrapframe.
	pushl %esp
  8014ab:	54                   	push   %esp
	movl _pgfault_handler, %eax
  8014ac:	a1 00 40 80 00       	mov    0x804000,%eax
	call *%eax
  8014b1:	ff d0                	call   *%eax
	addl $4, %esp
  8014b3:	83 c4 04             	add    $0x4,%esp

	// Push the trap-time eip onto the trap-time stack: store it one
	// word below utf_esp and make utf_esp point at it.
	movl 40(%esp), %eax
  8014b6:	8b 44 24 28          	mov    0x28(%esp),%eax
	movl 48(%esp), %edx
  8014ba:	8b 54 24 30          	mov    0x30(%esp),%edx
	subl $4, %edx
  8014be:	83 ea 04             	sub    $0x4,%edx
	movl %eax, (%edx)
  8014c1:	89 02                	mov    %eax,(%edx)
	movl %edx, 48(%esp)
  8014c3:	89 54 24 30          	mov    %edx,0x30(%esp)

	// Restore the general registers.
	addl $8, %esp		// skip utf_fault_va and utf_err
  8014c7:	83 c4 08             	add    $0x8,%esp
	popal
  8014ca:	61                   	popa

	// Restore eflags.  Skip utf_eip first: from popfl on, no arithmetic
	// instruction may run, or it would change the restored flags.
	addl $4, %esp
  8014cb:	83 c4 04             	add    $0x4,%esp
	popfl
  8014ce:	9d                   	popf

	// Switch back to the trap-time stack (now holding the eip) ...
	popl %esp
  8014cf:	5c                   	pop    %esp

	// ... and return to the faulting instruction.
	ret
  8014d0:	c3                   	ret
