// runto: run a command until its output shows a pattern, and time it.
//
//   runto [-w] SECONDS REGEX LOG COMMAND [ARG...]
//
// Starts COMMAND (its own process group; stdin /dev/null; stdout and
// stderr into a pipe that runto copies to LOG), and watches the output for
// the POSIX extended regular expression REGEX.  The text of the current
// line is matched as soon as it arrives, not only once its newline does:
// JOS's monitor prompt "K> " never gets one.  On a match, or when COMMAND
// exits, or after SECONDS, runto kills the process group and prints one
// line:
//
//   status=matched|exited|timeout seconds=S.SSS rss_kb=N exit=E
//
// seconds runs from just before the fork to the match (or exit/timeout);
// rss_kb is the peak resident set of COMMAND (wait4's ru_maxrss: the
// largest of COMMAND and the children it waited for).  With -w, runto does not
// kill COMMAND at the match: it lets it finish (within SECONDS), so that
// rss_kb covers every descendant a grader waited for; seconds still stops
// at the match.  The same watcher
// serves j86, QEMU and the native programs, so all are measured alike.
// Exit status: 0 when matched, 1 otherwise, 2 on a usage error.

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <regex.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define LINE_MAX_KEEP 4096

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static pid_t
spawn(char **argv, int *out)
{
	int p[2];
	pid_t pid;

	if (pipe(p) < 0)
		return -1;
	pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_RDONLY);
		setpgid(0, 0);
		dup2(null, 0);
		dup2(p[1], 1);
		dup2(p[1], 2);
		close(p[0]);
		close(p[1]);
		execvp(argv[0], argv);
		perror(argv[0]);
		_exit(127);
	}
	setpgid(pid, pid);
	close(p[1]);
	*out = p[0];
	return pid;
}

// Feed a chunk of output to the line buffer; return 1 once REGEX matches
// a line (complete or partial).
static int
scan(regex_t *re, char *line, size_t *len, const char *buf, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (buf[i] == '\n') {
			line[*len] = 0;
			if (regexec(re, line, 0, NULL, 0) == 0)
				return 1;
			*len = 0;
		} else if (buf[i] != '\r' && *len < LINE_MAX_KEEP - 1) {
			line[(*len)++] = buf[i];
		}
	}
	line[*len] = 0;
	return *len > 0 && regexec(re, line, 0, NULL, 0) == 0;
}

// Copy COMMAND's output to LOG until REGEX matches (with drain, on until
// end of output) or the time runs out; *at is when the match happened (or
// the output ended, or the time ran out).  Returns the status word.
static const char *
watch(int out, regex_t *re, FILE *log, double start, double limit, int drain, double *at)
{
	static char line[LINE_MAX_KEEP], buf[65536];
	size_t len = 0;
	int matched = 0;

	for (;;) {
		double left = limit - (now() - start);
		struct pollfd pfd = { out, POLLIN, 0 };
		if (left <= 0)
			break;
		if (poll(&pfd, 1, (int) (left * 1000) + 1) <= 0)
			continue;
		ssize_t n = read(out, buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (matched)
				return "matched";
			*at = now();
			return "exited";
		}
		fwrite(buf, 1, n, log);
		if (!matched && scan(re, line, &len, buf, n)) {
			matched = 1;
			*at = now();
			if (!drain)
				return "matched";
		}
	}
	if (matched)
		return "matched";
	*at = now();
	return "timeout";
}

int
main(int argc, char **argv)
{
	int drain = argc > 1 && strcmp(argv[1], "-w") == 0;
	regex_t re;
	int out, code = -1, st = 0;
	FILE *log;
	double at;

	argv += drain;
	argc -= drain;
	if (argc < 5 || regcomp(&re, argv[2], REG_EXTENDED | REG_NOSUB) != 0) {
		fprintf(stderr, "usage: runto [-w] SECONDS REGEX LOG COMMAND [ARG...]\n");
		return 2;
	}
	if (!(log = fopen(argv[3], "w"))) {
		perror(argv[3]);
		return 2;
	}
	double start = now();
	pid_t pid = spawn(argv + 4, &out);
	if (pid < 0) {
		perror("fork");
		return 2;
	}
	const char *status = watch(out, &re, log, start, atof(argv[1]), drain, &at);
	fclose(log);
	kill(-pid, SIGKILL);
	close(out);

	struct rusage ru;
	while (wait4(pid, &st, 0, &ru) < 0 && errno == EINTR)
		;
	if (WIFEXITED(st))
		code = WEXITSTATUS(st);
	printf("status=%s seconds=%.3f rss_kb=%ld exit=%d\n", status, at - start, ru.ru_maxrss, code);
	return strcmp(status, "matched") == 0 ? 0 : 1;
}
