// Self-checks of the page allocator and the kernel page tables, run by
// mem_init (pmap.c) as it builds the kernel's address space.  They reach
// into pmap.c's free list to simulate running out of memory.

#include <inc/x86.h>
#include <inc/mmu.h>
#include <inc/error.h>
#include <inc/string.h>
#include <inc/assert.h>

#include <kern/pmap.h>
#include <kern/env.h>
#include <kern/cpu.h>

// Check the free list: every page on it is a real, free, allocatable
// page.  With only_low_memory, first move the pages below 4MB to the
// front, since until kern_pgdir is loaded only those are addressable.
void
check_page_free_list(bool only_low_memory)
{
	struct PageInfo *pp;
	unsigned pdx_limit = only_low_memory ? 1 : NPDENTRIES;
	int nfree_basemem = 0, nfree_extmem = 0;
	char *first_free_page;

	if (!page_free_list)
		panic("'page_free_list' is a null pointer!");

	if (only_low_memory) {
		struct PageInfo *low = NULL, *high = NULL;
		struct PageInfo **low_tail = &low, **high_tail = &high;

		for (pp = page_free_list; pp; pp = pp->pp_link) {
			if (PDX(page2pa(pp)) < pdx_limit) {
				*low_tail = pp;
				low_tail = &pp->pp_link;
			} else {
				*high_tail = pp;
				high_tail = &pp->pp_link;
			}
		}
		*high_tail = NULL;
		*low_tail = high;
		page_free_list = low;
	}

	// Scribble on free pages: using one by mistake shows up quickly.
	for (pp = page_free_list; pp; pp = pp->pp_link)
		if (PDX(page2pa(pp)) < pdx_limit)
			memset(page2kva(pp), 0x97, 128);

	first_free_page = (char *) boot_alloc(0);
	for (pp = page_free_list; pp; pp = pp->pp_link) {
		physaddr_t pa = page2pa(pp);

		assert(pp >= pages);
		assert(pp < pages + npages);
		assert(((char *) pp - (char *) pages) % sizeof(*pp) == 0);

		assert(pa != 0);
		assert(pa != IOPHYSMEM);
		assert(pa != EXTPHYSMEM - PGSIZE);
		assert(pa != EXTPHYSMEM);
		assert(pa < EXTPHYSMEM || (char *) page2kva(pp) >= first_free_page);
		assert(pa != MPENTRY_PADDR);

		if (pa < EXTPHYSMEM)
			++nfree_basemem;
		else
			++nfree_extmem;
	}

	assert(nfree_basemem > 0);
	assert(nfree_extmem > 0);

	cprintf("check_page_free_list() succeeded!\n");
}

static int
count_free_pages(void)
{
	struct PageInfo *pp;
	int n = 0;

	for (pp = page_free_list; pp; pp = pp->pp_link)
		n++;
	return n;
}

// Allocate three pages, which must be there and be distinct real pages.
static void
alloc_three(struct PageInfo **pp0, struct PageInfo **pp1,
	    struct PageInfo **pp2)
{
	*pp0 = page_alloc(0);
	*pp1 = page_alloc(0);
	*pp2 = page_alloc(0);
	assert(*pp0 && *pp1 && *pp2);
	assert(*pp1 != *pp0);
	assert(*pp2 != *pp1 && *pp2 != *pp0);
	assert(page2pa(*pp0) < npages * PGSIZE);
	assert(page2pa(*pp1) < npages * PGSIZE);
	assert(page2pa(*pp2) < npages * PGSIZE);
}

// Check page_alloc and page_free, including running out of memory
// and ALLOC_ZERO.
void
check_page_alloc(void)
{
	struct PageInfo *pp0, *pp1, *pp2, *pp, *fl;
	int nfree, i;
	char *c;

	if (!pages)
		panic("'pages' is a null pointer!");
	nfree = count_free_pages();

	alloc_three(&pp0, &pp1, &pp2);

	// Pretend memory is exhausted.
	fl = page_free_list;
	page_free_list = NULL;
	assert(!page_alloc(0));

	// Freed pages come back, and only they.
	page_free(pp0);
	page_free(pp1);
	page_free(pp2);
	alloc_three(&pp0, &pp1, &pp2);
	assert(!page_alloc(0));

	// ALLOC_ZERO clears the page.
	memset(page2kva(pp0), 1, PGSIZE);
	page_free(pp0);
	pp = page_alloc(ALLOC_ZERO);
	assert(pp == pp0);
	c = page2kva(pp);
	for (i = 0; i < PGSIZE; i++)
		assert(c[i] == 0);

	page_free_list = fl;
	page_free(pp0);
	page_free(pp1);
	page_free(pp2);

	assert(count_free_pages() == nfree);

	cprintf("check_page_alloc() succeeded!\n");
}

// The physical address 'va' maps to in 'pgdir', or ~0 if unmapped.
// Used only by the checks: it does not trust pgdir_walk.
static physaddr_t
check_va2pa(pde_t *pgdir, uintptr_t va)
{
	pte_t *pt;

	if (!(pgdir[PDX(va)] & PTE_P))
		return ~0;
	pt = (pte_t *) KADDR(PTE_ADDR(pgdir[PDX(va)]));
	if (!(pt[PTX(va)] & PTE_P))
		return ~0;
	return PTE_ADDR(pt[PTX(va)]);
}

// Check the mappings mem_init set up in kern_pgdir.
void
check_kern_pgdir(void)
{
	pde_t *pgdir = kern_pgdir;
	uint32_t i, n;
	int c;

	n = ROUNDUP(npages * sizeof(struct PageInfo), PGSIZE);
	for (i = 0; i < n; i += PGSIZE)
		assert(check_va2pa(pgdir, UPAGES + i) == PADDR(pages) + i);

	n = ROUNDUP(NENV * sizeof(struct Env), PGSIZE);
	for (i = 0; i < n; i += PGSIZE)
		assert(check_va2pa(pgdir, UENVS + i) == PADDR(envs) + i);

	for (i = 0; i < npages * PGSIZE; i += PGSIZE)
		assert(check_va2pa(pgdir, KERNBASE + i) == i);

	// Each CPU's stack is mapped; the guard gap below it is not.
	for (c = 0; c < NCPU; c++) {
		uintptr_t base = KSTACKTOP - (KSTKSIZE + KSTKGAP) * (c + 1);
		for (i = 0; i < KSTKSIZE; i += PGSIZE)
			assert(check_va2pa(pgdir, base + KSTKGAP + i)
			       == PADDR(percpu_kstacks[c]) + i);
		for (i = 0; i < KSTKGAP; i += PGSIZE)
			assert(check_va2pa(pgdir, base + i) == ~0);
	}

	// Directory entries: exactly the expected ones are present.
	for (i = 0; i < NPDENTRIES; i++) {
		switch (i) {
		case PDX(UVPT):
		case PDX(KSTACKTOP-1):
		case PDX(UPAGES):
		case PDX(UENVS):
		case PDX(MMIOBASE):
			assert(pgdir[i] & PTE_P);
			break;
		default:
			if (i >= PDX(KERNBASE)) {
				assert(pgdir[i] & PTE_P);
				assert(pgdir[i] & PTE_W);
			} else
				assert(pgdir[i] == 0);
			break;
		}
	}
	cprintf("check_kern_pgdir() succeeded!\n");
}

// Check page_insert, page_lookup, page_remove, pgdir_walk and
// mmio_map_region on kern_pgdir below UTOP (still unused there).
void
check_page(void)
{
	struct PageInfo *pp, *pp0, *pp1, *pp2, *fl;
	pte_t *ptep, *ptep1;
	void *va;
	uintptr_t mm1, mm2;
	int i;

	alloc_three(&pp0, &pp1, &pp2);

	// With no free pages, nothing needing a page table can succeed.
	fl = page_free_list;
	page_free_list = NULL;
	assert(!page_alloc(0));
	assert(page_lookup(kern_pgdir, (void *) 0x0, &ptep) == NULL);
	assert(page_insert(kern_pgdir, pp1, 0x0, PTE_W) < 0);

	// Free pp0: it becomes the page table for the mapping at 0.
	page_free(pp0);
	assert(page_insert(kern_pgdir, pp1, 0x0, PTE_W) == 0);
	assert(PTE_ADDR(kern_pgdir[0]) == page2pa(pp0));
	assert(check_va2pa(kern_pgdir, 0x0) == page2pa(pp1));
	assert(pp1->pp_ref == 1);
	assert(pp0->pp_ref == 1);

	// A second page in the same table needs no allocation.
	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W) == 0);
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp2));
	assert(pp2->pp_ref == 1);
	assert(!page_alloc(0));

	// Mapping the same page at the same place again changes nothing.
	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W) == 0);
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp2));
	assert(pp2->pp_ref == 1);
	assert(!page_alloc(0));

	// pgdir_walk agrees with the directory.
	ptep = (pte_t *) KADDR(PTE_ADDR(kern_pgdir[PDX(PGSIZE)]));
	assert(pgdir_walk(kern_pgdir, (void *) PGSIZE, 0) == ptep + PTX(PGSIZE));

	// Changing permissions in place.
	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W|PTE_U) == 0);
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp2));
	assert(pp2->pp_ref == 1);
	assert(*pgdir_walk(kern_pgdir, (void *) PGSIZE, 0) & PTE_U);
	assert(kern_pgdir[0] & PTE_U);
	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W) == 0);
	assert(*pgdir_walk(kern_pgdir, (void *) PGSIZE, 0) & PTE_W);
	assert(!(*pgdir_walk(kern_pgdir, (void *) PGSIZE, 0) & PTE_U));

	// Mapping at PTSIZE needs a new page table: fails.
	assert(page_insert(kern_pgdir, pp0, (void *) PTSIZE, PTE_W) < 0);

	// Replace pp2 by pp1 at PGSIZE: pp2 loses its only reference.
	assert(page_insert(kern_pgdir, pp1, (void *) PGSIZE, PTE_W) == 0);
	assert(check_va2pa(kern_pgdir, 0) == page2pa(pp1));
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp1));
	assert(pp1->pp_ref == 2);
	assert(pp2->pp_ref == 0);
	assert((pp = page_alloc(0)) && pp == pp2);

	// Unmapping drops references; the last one frees the page.
	page_remove(kern_pgdir, 0x0);
	assert(check_va2pa(kern_pgdir, 0x0) == ~0);
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp1));
	assert(pp1->pp_ref == 1);
	assert(page_lookup(kern_pgdir, (void *) PGSIZE, &ptep) == pp1);
	page_remove(kern_pgdir, (void *) PGSIZE);
	assert(check_va2pa(kern_pgdir, PGSIZE) == ~0);
	assert(pp1->pp_ref == 0);
	assert(page_lookup(kern_pgdir, (void *) PGSIZE, NULL) == NULL);
	assert((pp = page_alloc(0)) && pp == pp1);
	assert(!page_alloc(0));

	// Give back the page table pp0.
	assert(PTE_ADDR(kern_pgdir[0]) == page2pa(pp0));
	kern_pgdir[0] = 0;
	assert(pp0->pp_ref == 1);
	pp0->pp_ref = 0;

	// pgdir_walk with create for a new directory slot.
	page_free(pp0);
	va = (void *) (PGSIZE * NPDENTRIES + PGSIZE);
	ptep = pgdir_walk(kern_pgdir, va, 1);
	ptep1 = (pte_t *) KADDR(PTE_ADDR(kern_pgdir[PDX(va)]));
	assert(ptep == ptep1 + PTX(va));
	kern_pgdir[PDX(va)] = 0;
	pp0->pp_ref = 0;

	// New page tables start out empty.
	memset(page2kva(pp0), 0xFF, PGSIZE);
	page_free(pp0);
	pgdir_walk(kern_pgdir, 0x0, 1);
	ptep = (pte_t *) page2kva(pp0);
	for (i = 0; i < NPTENTRIES; i++)
		assert((ptep[i] & PTE_P) == 0);
	kern_pgdir[0] = 0;
	pp0->pp_ref = 0;

	page_free_list = fl;
	page_free(pp0);
	page_free(pp1);
	page_free(pp2);

	// Two MMIO regions: sizes round up to pages, regions don't overlap.
	mm1 = (uintptr_t) mmio_map_region(0, 4097);
	mm2 = (uintptr_t) mmio_map_region(0, 4096);
	assert(mm1 >= MMIOBASE && mm1 + 8192 < MMIOLIM);
	assert(mm2 >= MMIOBASE && mm2 + 8192 < MMIOLIM);
	assert(mm1 % PGSIZE == 0 && mm2 % PGSIZE == 0);
	assert(mm1 + 8192 <= mm2);
	assert(check_va2pa(kern_pgdir, mm1) == 0);
	assert(check_va2pa(kern_pgdir, mm1 + PGSIZE) == PGSIZE);
	assert(check_va2pa(kern_pgdir, mm2) == 0);
	assert(check_va2pa(kern_pgdir, mm2 + PGSIZE) == ~0);
	assert(*pgdir_walk(kern_pgdir, (void *) mm1, 0) & (PTE_W|PTE_PWT|PTE_PCD));
	assert(!(*pgdir_walk(kern_pgdir, (void *) mm1, 0) & PTE_U));
	// Remove the test mappings (the virtual space stays reserved).
	*pgdir_walk(kern_pgdir, (void *) mm1, 0) = 0;
	*pgdir_walk(kern_pgdir, (void *) mm1 + PGSIZE, 0) = 0;
	*pgdir_walk(kern_pgdir, (void *) mm2, 0) = 0;

	cprintf("check_page() succeeded!\n");
}

// Check page_insert and page_remove with kern_pgdir loaded in CR3, by
// writing through the new mappings.
void
check_page_installed_pgdir(void)
{
	struct PageInfo *pp0, *pp1, *pp2;

	alloc_three(&pp0, &pp1, &pp2);
	// pp0 goes back first, so it will hold the page table for VA 0.
	page_free(pp0);
	memset(page2kva(pp1), 1, PGSIZE);
	memset(page2kva(pp2), 2, PGSIZE);

	assert(page_insert(kern_pgdir, pp1, (void *) PGSIZE, PTE_W) == 0);
	assert(pp1->pp_ref == 1);
	assert(*(volatile uint32_t *) PGSIZE == 0x01010101U);

	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W) == 0);
	assert(*(volatile uint32_t *) PGSIZE == 0x02020202U);
	assert(pp2->pp_ref == 1);
	assert(pp1->pp_ref == 0);

	*(volatile uint32_t *) PGSIZE = 0x03030303U;
	assert(*(uint32_t *) page2kva(pp2) == 0x03030303U);

	page_remove(kern_pgdir, (void *) PGSIZE);
	assert(pp2->pp_ref == 0);

	// Give back the page table.
	assert(PTE_ADDR(kern_pgdir[0]) == page2pa(pp0));
	kern_pgdir[0] = 0;
	assert(pp0->pp_ref == 1);
	pp0->pp_ref = 0;
	page_free(pp0);

	cprintf("check_page_installed_pgdir() succeeded!\n");
}
