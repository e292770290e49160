// Fork a binary tree of environments, three levels deep.  Each names
// itself by its path from the root ("", "0", "1", "00", ... "111").

#include <inc/lib.h>

#define DEPTH 3

void forktree(const char *cur);

// Fork a child whose name is cur followed by branch, unless cur is
// already at the bottom of the tree.
void
forkchild(const char *cur, char branch)
{
	char nxt[DEPTH+1];

	if (strlen(cur) >= DEPTH)
		return;

	snprintf(nxt, DEPTH+1, "%s%c", cur, branch);
	if (fork() == 0) {
		forktree(nxt);
		exit();
	}
}

void
forktree(const char *cur)
{
	cprintf("%04x: I am '%s'\n", sys_getenvid(), cur);

	forkchild(cur, '0');
	forkchild(cur, '1');
}

void
umain(int argc, char **argv)
{
	forktree("");
}
