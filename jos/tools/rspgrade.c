// rspgrade: run one JOS test the way the MIT 6.828 grading library does,
// with GDB's remote serial protocol, so that the emulator's GDB stub is on
// the path of every graded run.
//
//   rspgrade [-t SECS] [-l REGEX]... [-k KERNEL] [-b SYMBOL] [-c SECS]
//            [-o FILE] TARGET [MAKEARG...]
//
// What it does, step by step (the lab's gradelib does the same):
//   1. asks make for the GDB port (make -s --no-print-directory
//      print-gdbport MAKEARG...) and refuses to start if something
//      already answers there;
//   2. runs make -s --no-print-directory TARGET MAKEARG... (a *-gdb
//      target: the emulator starts with -S -gdb tcp::PORT) in a process
//      group of its own, stdout and stderr into one pipe, stdin a pipe
//      that stays open and silent;
//   3. whenever a chunk of output containing a newline arrives, tries for
//      -c seconds (2, gradelib's) to connect to the port; 90 s without a
//      connection is a failure (gradelib then aborts the whole grading).
//      An emulator silent under -S must therefore listen within 2 s of
//      make's last line; when a longer -c hides a slower start, a warning
//      says by how much;
//   4. looks SYMBOL (readline) up in KERNEL's symbol table with nm and
//      sends "$Z1,ADDR,1#cs" then "$c#cs", with no acknowledgements and
//      without waiting for replies;
//   5. copies the console to FILE (default stdout) and waits, at most
//      -t seconds (30), for a stop reply starting with T05 on the socket
//      (the kernel reached SYMBOL: for readline, the monitor started,
//      every environment is gone) or a console line matching one of the
//      -l REGEXes (POSIX extended, anchored at the start of the line);
//   6. kills the whole process group (TERM, then KILL) and copies what
//      output is left.
//
// The last line on stderr says what happened and when, counted from the
// start of make in step 2:
//   rspgrade: breakpoint|line|timeout|exited after S.SSSs
// Exit status: 0 breakpoint (T05), 1 stop line, 2 time limit, 3 the
// emulator exited first, 4 could not start or connect, 64 usage.
//
// Built for the host (not -m32) by the JOS makefile: obj/tools/rspgrade.

#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <regex.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { BREAKPOINT = 0, LINE = 1, TIMEOUT = 2, EXITED = 3, SETUP = 4, USAGE = 64 };
static const char *const outcome_name[] = { "breakpoint", "line", "timeout", "exited" };

#define MAXSTOP		16
#define START_LIMIT	90.0	// seconds for make and the emulator to come up
#define LAB_WINDOW	2.0	// gradelib's connection window after a line

static pid_t group = -1;	// make's process group, once started
static FILE *out;		// console copy
static double t0;		// when make started

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

// Stop the emulator and everything else make started: the target's
// recipe runs the emulator as make's child, in make's process group.
static void
kill_group(void)
{
	if (group <= 0)
		return;
	kill(-group, SIGTERM);
	for (int i = 0; i < 40; i++) {
		if (waitpid(group, NULL, WNOHANG) != 0)
			break;
		usleep(50000);
	}
	// A child may outlive make (make forwards TERM but need not wait).
	kill(-group, SIGKILL);
	waitpid(group, NULL, 0);
	group = -1;
}

static void
fail(int status, const char *fmt, ...)
{
	va_list ap;

	kill_group();
	fprintf(stderr, "rspgrade: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	exit(status);
}

static void
on_signal(int sig)
{
	if (group > 0) {
		kill(-group, SIGKILL);
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

// Run make with ARGS in a new process group; return the read end of a
// pipe carrying its stdout and stderr.  *in keeps its stdin open.
static int
spawn_make(char **args, int *in)
{
	int o[2], i[2];

	if (pipe(o) < 0 || pipe(i) < 0)
		fail(SETUP, "pipe: %s", strerror(errno));
	pid_t pid = fork();
	if (pid < 0)
		fail(SETUP, "fork: %s", strerror(errno));
	if (pid == 0) {
		setpgid(0, 0);
		dup2(i[0], 0);
		dup2(o[1], 1);
		dup2(o[1], 2);
		close(i[0]);
		close(i[1]);
		close(o[0]);
		close(o[1]);
		execvp(args[0], args);
		fprintf(stderr, "rspgrade: %s: %s\n", args[0], strerror(errno));
		_exit(127);
	}
	setpgid(pid, pid);	// also here, so kill_group never races the child
	group = pid;
	close(o[1]);
	close(i[0]);
	*in = i[1];
	return o[0];
}

// The GDB port: the makefile's print-gdbport, with the same make
// arguments (GDBPORT=... among them chooses another).
static int
gdb_port(char **makeargs, int nargs)
{
	char cmd[4096] = "make -s --no-print-directory print-gdbport";
	char line[64];
	FILE *p;

	for (int i = 0; i < nargs; i++) {
		size_t len = strlen(cmd);
		// Single-quote each argument for the shell.
		if (len + 4 * strlen(makeargs[i]) + 4 >= sizeof(cmd))
			fail(USAGE, "make arguments too long");
		strcat(cmd, " '");
		for (const char *s = makeargs[i]; *s; s++)
			strcat(cmd, *s == '\'' ? "'\\''" : (char[]){ *s, 0 });
		strcat(cmd, "'");
	}
	if (!(p = popen(cmd, "r")) || !fgets(line, sizeof(line), p))
		fail(SETUP, "cannot get the GDB port from 'make print-gdbport'");
	pclose(p);
	int port = atoi(line);
	if (port <= 0 || port > 65535)
		fail(SETUP, "make print-gdbport said '%s', not a port", strtok(line, "\n"));
	return port;
}

// One connection attempt to 127.0.0.1:port; -1 if nobody listens.
static int
try_connect(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
	int s = socket(AF_INET, SOCK_STREAM, 0), one = 1;

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (s < 0)
		fail(SETUP, "socket: %s", strerror(errno));
	if (connect(s, (struct sockaddr *) &a, sizeof(a)) < 0) {
		close(s);
		return -1;
	}
	setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	return s;
}

// The address of symbol name in the ELF file kernel, from nm.
static unsigned long
symbol_address(const char *kernel, const char *name)
{
	char cmd[4096], sym[256], type;
	unsigned long addr;
	FILE *p;

	snprintf(cmd, sizeof(cmd), "%s '%s' 2>/dev/null", getenv("NM") ? getenv("NM") : "nm", kernel);
	if (!(p = popen(cmd, "r")))
		fail(SETUP, "cannot run nm");
	while (fscanf(p, "%lx %c %255s", &addr, &type, sym) == 3) {
		if (strcmp(sym, name) == 0) {
			pclose(p);
			return addr;
		}
	}
	pclose(p);
	fail(SETUP, "symbol %s not found in %s", name, kernel);
	return 0;
}

// Send one packet, $body#checksum, the way gradelib does: no waiting for
// the '+' and no retransmission.
static void
send_packet(int s, const char *body)
{
	char pkt[256];
	unsigned sum = 0;

	for (const char *c = body; *c; c++)
		sum += (unsigned char) *c;
	int n = snprintf(pkt, sizeof(pkt), "$%s#%02x", body, sum & 0xff);
	if (write(s, pkt, n) != n)
		fail(SETUP, "cannot write to the GDB stub: %s", strerror(errno));
}

// Console bytes: copy them out and match completed lines against the stop
// patterns.  Returns 1 when a line matched.
static char linebuf[8192];
static size_t linelen;

static int
console(const char *buf, size_t n, regex_t *stop, int nstop)
{
	int hit = 0;

	fwrite(buf, 1, n, out);
	fflush(out);
	for (size_t i = 0; i < n; i++) {
		if (buf[i] != '\n') {
			if (buf[i] != '\r' && linelen < sizeof(linebuf) - 1)
				linebuf[linelen++] = buf[i];
			continue;
		}
		linebuf[linelen] = 0;
		for (int k = 0; k < nstop; k++)
			if (regexec(&stop[k], linebuf, 0, NULL, 0) == 0)
				hit = 1;
		linelen = 0;
	}
	return hit;
}

// Stub bytes: find complete packets; returns 1 on a stop reply T05.
// Z1's reply is checked so that a stub refusing the breakpoint is
// reported (gradelib would silently wait for the time limit).
static char pktbuf[65536];
static size_t pktlen;
static int replies;

static int
stub(const char *buf, size_t n)
{
	if (pktlen + n > sizeof(pktbuf))
		pktlen = 0;	// no packet we care about is that long
	memcpy(pktbuf + pktlen, buf, n);
	pktlen += n;
	for (;;) {
		char *start = memchr(pktbuf, '$', pktlen);
		if (!start) {
			pktlen = 0;
			return 0;
		}
		char *hash = memchr(start, '#', pktbuf + pktlen - start);
		if (!hash || hash + 3 > pktbuf + pktlen)
			return 0;	// incomplete
		*hash = 0;
		const char *body = start + 1;
		int t05 = strncmp(body, "T05", 3) == 0;
		if (replies++ == 0 && strcmp(body, "OK") != 0 && !t05)
			fprintf(stderr, "rspgrade: warning: the stub answered Z1 with '%s', not OK\n", body);
		size_t used = hash + 3 - pktbuf;
		memmove(pktbuf, pktbuf + used, pktlen - used);
		pktlen -= used;
		if (t05)
			return 1;
	}
}

static void
usage(void)
{
	fprintf(stderr, "usage: rspgrade [-t SECS] [-l REGEX]... [-k KERNEL] [-b SYMBOL] [-c SECS] "
		"[-o FILE] TARGET [MAKEARG...]\n");
	exit(USAGE);
}

int
main(int argc, char **argv)
{
	double limit = 30, window = 2;
	const char *kernel = "obj/kern/kernel", *symbol = "readline", *outfile = NULL;
	regex_t stop[MAXSTOP];
	int nstop = 0, opt;

	while ((opt = getopt(argc, argv, "+t:l:k:b:c:o:")) != -1) {
		char pat[4096];
		switch (opt) {
		case 't': limit = atof(optarg); break;
		case 'c': window = atof(optarg); break;
		case 'k': kernel = optarg; break;
		case 'b': symbol = optarg; break;
		case 'o': outfile = optarg; break;
		case 'l':
			// Anchored at the start of the line, like Python's re.match.
			snprintf(pat, sizeof(pat), "^(%s)", optarg);
			if (nstop == MAXSTOP || regcomp(&stop[nstop], pat, REG_EXTENDED | REG_NOSUB) != 0) {
				fprintf(stderr, "rspgrade: bad or too many stop patterns: %s\n", optarg);
				exit(USAGE);
			}
			nstop++;
			break;
		default: usage();
		}
	}
	if (optind >= argc || limit <= 0 || window <= 0)
		usage();
	if (!(out = outfile ? fopen(outfile, "w") : stdout)) {
		fprintf(stderr, "rspgrade: %s: %s\n", outfile, strerror(errno));
		exit(USAGE);
	}
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGHUP, on_signal);
	signal(SIGPIPE, SIG_IGN);

	char **makeargs = argv + optind + 1;
	int nmakeargs = argc - optind - 1;
	int port = gdb_port(makeargs, nmakeargs);
	int s = try_connect(port);
	if (s >= 0) {
		close(s);
		fail(SETUP, "something already listens on GDB port %d (another emulator running?)", port);
	}

	char *args[nmakeargs + 5];
	args[0] = "make";
	args[1] = "-s";
	args[2] = "--no-print-directory";
	args[3] = argv[optind];
	memcpy(args + 4, makeargs, nmakeargs * sizeof(char *));
	args[nmakeargs + 4] = NULL;

	int in;
	t0 = now();
	int emu = spawn_make(args, &in);
	char buf[65536];
	ssize_t n;

	// Wait for the emulator's GDB stub: after each line of output, try
	// to connect for a short window, as gradelib does.
	while (s < 0) {
		struct pollfd p = { emu, POLLIN, 0 };
		double left = START_LIMIT - (now() - t0);
		if (left <= 0)
			fail(SETUP, "no GDB stub on port %d after %.0fs", port, START_LIMIT);
		if (poll(&p, 1, (int) (left * 1000) + 1) <= 0)
			continue;
		if ((n = read(emu, buf, sizeof(buf))) < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			fail(SETUP, "make exited before a GDB stub listened on port %d", port);
		console(buf, n, NULL, 0);
		if (!memchr(buf, '\n', n))
			continue;
		double line_at = now();
		for (double until = line_at + window; s < 0 && now() < until; usleep(20000))
			s = try_connect(port);
		if (s >= 0 && now() - line_at > LAB_WINDOW)
			fprintf(stderr, "rspgrade: warning: the GDB stub listened %.1fs after the last line of output; "
				"gradelib gives up after %.0fs\n", now() - line_at, LAB_WINDOW);
	}

	char body[64];
	snprintf(body, sizeof(body), "Z1,%lx,1", symbol_address(kernel, symbol));
	send_packet(s, body);
	send_packet(s, "c");

	int outcome = TIMEOUT;
	double at;
	for (;;) {
		struct pollfd p[2] = { { emu, POLLIN, 0 }, { s, POLLIN, 0 } };
		double left = limit - (now() - t0);
		at = now();
		if (left <= 0)
			break;
		if (poll(p, s >= 0 ? 2 : 1, (int) (left * 1000) + 1) <= 0)
			continue;
		if (p[0].revents) {
			if ((n = read(emu, buf, sizeof(buf))) <= 0) {
				if (n < 0 && errno == EINTR)
					continue;
				at = now();
				outcome = EXITED;
				break;
			}
			if (console(buf, n, stop, nstop)) {
				at = now();
				outcome = LINE;
				break;
			}
		}
		if (s >= 0 && p[1].revents) {
			if ((n = read(s, buf, sizeof(buf))) <= 0) {
				close(s);	// the stub is gone; the console decides
				s = -1;
			} else if (stub(buf, n)) {
				at = now();
				outcome = BREAKPOINT;
				break;
			}
		}
	}
	// Say so first: a caller timing the run (bench/run) watches stderr.
	fprintf(stderr, "rspgrade: %s after %.3fs\n", outcome_name[outcome], at - t0);

	// Stop it, then keep what it printed on the way out.
	if (group > 0)
		kill(-group, SIGTERM);
	for (double until = now() + 2; now() < until; ) {
		struct pollfd p = { emu, POLLIN, 0 };
		if (poll(&p, 1, 100) > 0) {
			if ((n = read(emu, buf, sizeof(buf))) <= 0)
				break;
			fwrite(buf, 1, n, out);
		}
	}
	kill_group();
	fflush(out);
	if (s >= 0)
		close(s);
	close(in);
	return outcome;
}
