// Map kernel instruction addresses to source file, line and function.
//
// Modern gcc no longer emits stabs, so the build makes its own tables:
// after a first link, kern/mksym.sh turns the kernel's symbol table (nm)
// and its DWARF line table (objdump --dwarf=decodedline) into sorted
// arrays in an assembly file that the second link adds to .rodata.
// The first link has no tables; the weak references below are then NULL
// and every lookup answers "<unknown>".

#include <inc/string.h>
#include <inc/memlayout.h>
#include <inc/assert.h>

#include <kern/kdebug.h>

struct kdebug_func {
	uintptr_t addr;		// first instruction of the function
	const char *name;
};

struct kdebug_line {
	uintptr_t addr;		// first instruction generated for the line
	uint32_t line;
	const char *file;
};

extern const struct kdebug_func kdebug_funcs[] __attribute__((weak));
extern const uint32_t kdebug_nfuncs __attribute__((weak));
extern const struct kdebug_line kdebug_lines[] __attribute__((weak));
extern const uint32_t kdebug_nlines __attribute__((weak));

// Index of the last entry whose address is <= addr, or -1.
// 'stride' is the entry size in bytes; each entry starts with its address.
static int
table_search(const void *table, uint32_t n, size_t stride, uintptr_t addr)
{
	int lo = 0, hi = (int) n - 1, found = -1;

	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		uintptr_t a = *(const uintptr_t *)
			((const char *) table + mid * stride);
		if (a <= addr) {
			found = mid;
			lo = mid + 1;
		} else
			hi = mid - 1;
	}
	return found;
}

// Fill in 'info' for 'addr'.  Returns 0 if a function was found,
// negative if not; 'info' always holds printable values.
int
debuginfo_eip(uintptr_t addr, struct Eipdebuginfo *info)
{
	int i;

	info->eip_file = "<unknown>";
	info->eip_line = 0;
	info->eip_fn_name = "<unknown>";
	info->eip_fn_namelen = 9;
	info->eip_fn_addr = addr;
	info->eip_fn_narg = 0;

	// Only the kernel has tables.
	if (addr < ULIM || !kdebug_funcs || !kdebug_lines)
		return -1;

	i = table_search(kdebug_lines, kdebug_nlines,
			 sizeof(kdebug_lines[0]), addr);
	if (i >= 0) {
		info->eip_file = kdebug_lines[i].file;
		info->eip_line = kdebug_lines[i].line;
	}

	i = table_search(kdebug_funcs, kdebug_nfuncs,
			 sizeof(kdebug_funcs[0]), addr);
	if (i < 0)
		return -1;
	info->eip_fn_name = kdebug_funcs[i].name;
	info->eip_fn_namelen = strlen(kdebug_funcs[i].name);
	info->eip_fn_addr = kdebug_funcs[i].addr;
	return 0;
}
