// Physical memory management: the page allocator, page tables, the
// kernel's address space, and checks of user pointers.  The self-checks
// mem_init runs are in pmap_check.c.

#include <inc/x86.h>
#include <inc/mmu.h>
#include <inc/error.h>
#include <inc/string.h>
#include <inc/assert.h>

#include <kern/pmap.h>
#include <kern/kclock.h>
#include <kern/env.h>
#include <kern/cpu.h>

// These variables are set by i386_detect_memory()
size_t npages;			// Amount of physical memory (in pages)
static size_t npages_basemem;	// Amount of base memory (in pages)

// These variables are set in mem_init()
pde_t *kern_pgdir;		// Kernel's initial page directory
struct PageInfo *pages;		// Physical page state array
struct PageInfo *page_free_list;	// Free list of physical pages


// --------------------------------------------------------------
// Detect machine's physical memory setup.
// --------------------------------------------------------------

static int
nvram_read(int r)
{
	return mc146818_read(r) | (mc146818_read(r + 1) << 8);
}

// The CMOS reports three sizes in KB: base memory (below 640K),
// memory between 1M and 16M, and memory above 16M in 64K units.
static void
i386_detect_memory(void)
{
	size_t basemem, extmem, ext16mem, totalmem;

	basemem = nvram_read(NVRAM_BASELO);
	extmem = nvram_read(NVRAM_EXTLO);
	ext16mem = nvram_read(NVRAM_EXT16LO) * 64;

	if (ext16mem)
		totalmem = 16 * 1024 + ext16mem;
	else if (extmem)
		totalmem = 1 * 1024 + extmem;
	else
		totalmem = basemem;

	npages = totalmem / (PGSIZE / 1024);
	npages_basemem = basemem / (PGSIZE / 1024);

	// The kernel maps all of physical memory at KERNBASE, which
	// leaves room for at most 256MB.
	if (npages > (0x100000000ULL - KERNBASE) / PGSIZE)
		npages = (0x100000000ULL - KERNBASE) / PGSIZE;

	cprintf("Physical memory: %uK available, base = %uK, extended = %uK\n",
		totalmem, basemem, totalmem - basemem);
}


// --------------------------------------------------------------
// Set up memory mappings above UTOP.
// --------------------------------------------------------------

static void mem_init_mp(void);
static void boot_map_region(pde_t *pgdir, uintptr_t va, size_t size,
			    physaddr_t pa, int perm);

// Allocator used only while the page allocator is not yet set up.
// Returns the kernel virtual address of n bytes (rounded up to whole
// pages) just past the kernel's bss; boot_alloc(0) returns the next
// free address without allocating.  The memory is not zeroed.
void *
boot_alloc(uint32_t n)
{
	static char *nextfree;	// virtual address of next byte of free memory
	char *result;

	// 'end' is a symbol the linker puts at the end of the kernel's
	// bss segment: the first virtual address it did not use.
	if (!nextfree) {
		extern char end[];
		nextfree = ROUNDUP((char *) end, PGSIZE);
	}

	result = nextfree;
	nextfree = ROUNDUP(nextfree + n, PGSIZE);

	// Until kern_pgdir is loaded, only the first 4MB are mapped.
	if ((uintptr_t) nextfree > KERNBASE + PTSIZE ||
	    PADDR(nextfree) > npages * PGSIZE)
		panic("boot_alloc: out of memory (%u bytes requested)", n);
	return result;
}

// Build kern_pgdir, the kernel's address space (everything above UTOP),
// switch to it, and run the self-checks along the way.
void
mem_init(void)
{
	uint32_t cr0;
	size_t n;

	i386_detect_memory();

	// The page directory.
	kern_pgdir = (pde_t *) boot_alloc(PGSIZE);
	memset(kern_pgdir, 0, PGSIZE);

	// Map the page directory into itself at UVPT, read-only for users,
	// so that user programs can read their page tables (uvpt/uvpd).
	kern_pgdir[PDX(UVPT)] = PADDR(kern_pgdir) | PTE_U | PTE_P;

	// One struct PageInfo per physical page.
	n = npages * sizeof(struct PageInfo);
	pages = (struct PageInfo *) boot_alloc(n);
	memset(pages, 0, n);

	// The environment array.
	envs = (struct Env *) boot_alloc(NENV * sizeof(struct Env));
	memset(envs, 0, NENV * sizeof(struct Env));

	// From here on, allocate physical pages with page_alloc.
	page_init();

	check_page_free_list(1);
	check_page_alloc();
	check_page();

	// Read-only views for user programs of pages[] and envs[].
	boot_map_region(kern_pgdir, UPAGES,
			ROUNDUP(npages * sizeof(struct PageInfo), PGSIZE),
			PADDR(pages), PTE_U);
	boot_map_region(kern_pgdir, UENVS,
			ROUNDUP(NENV * sizeof(struct Env), PGSIZE),
			PADDR(envs), PTE_U);

	// Per-CPU kernel stacks below KSTACKTOP.
	mem_init_mp();

	// All of physical memory at KERNBASE.  The range is
	// [KERNBASE, 2^32), i.e. 2^32 - KERNBASE bytes.
	boot_map_region(kern_pgdir, KERNBASE, -KERNBASE, 0, PTE_W);

	check_kern_pgdir();

	// Switch from entry_pgdir to the full kernel page directory.
	lcr3(PADDR(kern_pgdir));

	check_page_free_list(0);

	// Paging flags for normal operation: write protection applies in
	// the kernel too (so copy-on-write faults are noticed).
	cr0 = rcr0();
	cr0 |= CR0_PE|CR0_PG|CR0_AM|CR0_WP|CR0_NE|CR0_MP;
	cr0 &= ~(CR0_TS|CR0_EM);
	lcr0(cr0);

	check_page_installed_pgdir();
}

// Map the kernel stack of every possible CPU.  Each stack is KSTKSIZE
// bytes and is followed (below) by KSTKGAP unmapped bytes, so that a
// stack overflow faults instead of silently corrupting another stack.
static void
mem_init_mp(void)
{
	int i;

	for (i = 0; i < NCPU; i++) {
		uintptr_t kstacktop_i = KSTACKTOP - i * (KSTKSIZE + KSTKGAP);
		boot_map_region(kern_pgdir, kstacktop_i - KSTKSIZE, KSTKSIZE,
				PADDR(percpu_kstacks[i]), PTE_W);
	}
}

// --------------------------------------------------------------
// Tracking of physical pages.
// --------------------------------------------------------------

// Is physical page number 'pn' in use by the kernel at boot?
static bool
page_is_reserved(size_t pn, size_t kernel_end_pn)
{
	physaddr_t pa = pn * PGSIZE;

	if (pn == 0)			// real-mode IDT and BIOS data
		return true;
	if (pa == MPENTRY_PADDR)	// AP bootstrap code (boot_aps)
		return true;
	if (pa >= IOPHYSMEM && pa < EXTPHYSMEM)	// I/O hole
		return true;
	if (pa >= EXTPHYSMEM && pn < kernel_end_pn)	// kernel + boot_alloc
		return true;
	return false;
}

// Initialize pages[] and the free list.  After this, boot_alloc must not
// be used.  Pages are pushed in increasing order, so the free list starts
// with the highest page.
void
page_init(void)
{
	size_t i, kernel_end_pn;

	kernel_end_pn = PADDR(boot_alloc(0)) / PGSIZE;
	page_free_list = NULL;
	for (i = 0; i < npages; i++) {
		pages[i].pp_ref = 0;
		pages[i].pp_link = NULL;
		if (page_is_reserved(i, kernel_end_pn)) {
			// Never freed, so the count only has to be nonzero.
			pages[i].pp_ref = 1;
			continue;
		}
		pages[i].pp_link = page_free_list;
		page_free_list = &pages[i];
	}
}

// Allocate a physical page; with ALLOC_ZERO, fill it with zeroes.
// The page's reference count is NOT incremented: the caller does that
// (page_insert, for example).  Returns NULL when out of memory.
struct PageInfo *
page_alloc(int alloc_flags)
{
	struct PageInfo *pp = page_free_list;

	if (!pp)
		return NULL;
	page_free_list = pp->pp_link;
	// A NULL link lets page_free catch double frees.
	pp->pp_link = NULL;
	if (alloc_flags & ALLOC_ZERO)
		memset(page2kva(pp), 0, PGSIZE);
	return pp;
}

// Return a page to the free list (only when pp_ref reaches 0).
void
page_free(struct PageInfo *pp)
{
	if (pp->pp_ref != 0)
		panic("page_free: page %08x still has %d references",
		      page2pa(pp), pp->pp_ref);
	if (pp->pp_link != NULL)
		panic("page_free: page %08x is already free", page2pa(pp));
	pp->pp_link = page_free_list;
	page_free_list = pp;
}

// Drop a reference to a page, freeing it if there are no more refs.
void
page_decref(struct PageInfo* pp)
{
	if (--pp->pp_ref == 0)
		page_free(pp);
}

// Return a pointer to the page table entry for 'va' in 'pgdir'.
// If the page table is missing and 'create' is set, allocate a zeroed
// one; otherwise return NULL.  The directory entry gets the most
// permissive flags (P, W, U): the page table entries restrict access.
pte_t *
pgdir_walk(pde_t *pgdir, const void *va, int create)
{
	pde_t *pde = &pgdir[PDX(va)];
	struct PageInfo *pp;

	if (!(*pde & PTE_P)) {
		if (!create || !(pp = page_alloc(ALLOC_ZERO)))
			return NULL;
		pp->pp_ref++;
		*pde = page2pa(pp) | PTE_P | PTE_W | PTE_U;
	}
	return (pte_t *) KADDR(PTE_ADDR(*pde)) + PTX(va);
}

// Map [va, va+size) to [pa, pa+size) with permissions perm|PTE_P.
// size is a multiple of PGSIZE and va, pa are page-aligned.  This only
// sets up static mappings above UTOP: reference counts are untouched.
static void
boot_map_region(pde_t *pgdir, uintptr_t va, size_t size, physaddr_t pa, int perm)
{
	size_t off;
	pte_t *pte;

	for (off = 0; off < size; off += PGSIZE) {
		pte = pgdir_walk(pgdir, (void *) (va + off), 1);
		if (!pte)
			panic("boot_map_region: out of memory");
		*pte = (pa + off) | perm | PTE_P;
	}
}

// Map physical page 'pp' at 'va' with permissions perm|PTE_P, replacing
// (and unreferencing) whatever was mapped there.  Returns 0 or -E_NO_MEM
// if a page table could not be allocated.
//
// Re-inserting the same page at the same address must work, so the
// reference count goes up before the old mapping is removed.
int
page_insert(pde_t *pgdir, struct PageInfo *pp, void *va, int perm)
{
	pte_t *pte = pgdir_walk(pgdir, va, 1);

	if (!pte)
		return -E_NO_MEM;
	pp->pp_ref++;
	if (*pte & PTE_P)
		page_remove(pgdir, va);
	*pte = page2pa(pp) | perm | PTE_P;
	return 0;
}

// Return the page mapped at 'va' (NULL if none).  If pte_store is not
// NULL, store the address of the page table entry there.
struct PageInfo *
page_lookup(pde_t *pgdir, void *va, pte_t **pte_store)
{
	pte_t *pte = pgdir_walk(pgdir, va, 0);

	if (!pte || !(*pte & PTE_P))
		return NULL;
	if (pte_store)
		*pte_store = pte;
	return pa2page(PTE_ADDR(*pte));
}

// Unmap the page at 'va', if any: drop its reference, clear the entry
// and invalidate the TLB.
void
page_remove(pde_t *pgdir, void *va)
{
	pte_t *pte;
	struct PageInfo *pp = page_lookup(pgdir, va, &pte);

	if (!pp)
		return;
	*pte = 0;
	page_decref(pp);
	tlb_invalidate(pgdir, va);
}

// Invalidate a TLB entry, but only if the page tables being
// edited are the ones currently in use by the processor.
void
tlb_invalidate(pde_t *pgdir, void *va)
{
	if (!curenv || curenv->env_pgdir == pgdir)
		invlpg(va);
}

// Reserve virtual space in [MMIOBASE, MMIOLIM) and map the device
// memory [pa, pa+size) there, uncached (PCD|PWT) since reads and writes
// have side effects.  Returns the virtual address of pa.
void *
mmio_map_region(physaddr_t pa, size_t size)
{
	// Next free byte of the MMIO region; like boot_alloc's nextfree,
	// mappings are never given back.
	static uintptr_t base = MMIOBASE;
	physaddr_t start = ROUNDDOWN(pa, PGSIZE);
	size_t len = ROUNDUP(pa + size, PGSIZE) - start;
	uintptr_t va = base;

	if (len > MMIOLIM - base)
		panic("mmio_map_region: out of MMIO space mapping %08x", pa);
	boot_map_region(kern_pgdir, va, len, start, PTE_PCD | PTE_PWT | PTE_W);
	base += len;
	return (void *) (va + (pa - start));
}

static uintptr_t user_mem_check_addr;

// May 'env' access [va, va+len) with permissions 'perm | PTE_P'?
// Every byte must lie below ULIM and on a page mapped with at least
// those permissions.  On failure, returns -E_FAULT and records the first
// bad address in user_mem_check_addr.
int
user_mem_check(struct Env *env, const void *va, size_t len, int perm)
{
	uintptr_t start = (uintptr_t) va;
	uintptr_t end = start + len;
	uintptr_t a;
	pte_t *pte;

	perm |= PTE_P;
	if (end < start) {		// wrapped around
		user_mem_check_addr = start;
		return -E_FAULT;
	}
	for (a = ROUNDDOWN(start, PGSIZE); a < end; a += PGSIZE) {
		if (a >= ULIM)
			goto bad;
		pte = pgdir_walk(env->env_pgdir, (void *) a, 0);
		if (!pte || (*pte & perm) != perm)
			goto bad;
		if (a + PGSIZE < a)	// last page of the address space
			break;
	}
	return 0;

bad:
	user_mem_check_addr = a < start ? start : a;
	return -E_FAULT;
}

// Like user_mem_check, but destroys the environment on failure
// (and then does not return if env is the current environment).
void
user_mem_assert(struct Env *env, const void *va, size_t len, int perm)
{
	if (user_mem_check(env, va, len, perm | PTE_U) < 0) {
		cprintf("[%08x] user_mem_check assertion failure for "
			"va %08x\n", env->env_id, user_mem_check_addr);
		env_destroy(env);	// may not return
	}
}
