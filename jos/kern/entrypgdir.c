// The page directory the kernel runs on from kern/entry.S until
// mem_init switches to kern_pgdir.  It has to be a static table because
// it is in use before any C code runs.

#include <inc/mmu.h>
#include <inc/memlayout.h>

pte_t entry_pgtable[NPTENTRIES];

// The page directory maps virtual [0, 4MB) and [KERNBASE, KERNBASE+4MB)
// to physical [0, 4MB), both through entry_pgtable.  The pointer
// arithmetic is fine in a static initializer: the linker resolves it.
__attribute__((__aligned__(PGSIZE)))
pde_t entry_pgdir[NPDENTRIES] = {
	// Map VA's [0, 4MB) to PA's [0, 4MB)
	[0]
		= ((uintptr_t)entry_pgtable - KERNBASE) + PTE_P,
	// Map VA's [KERNBASE, KERNBASE+4MB) to PA's [0, 4MB)
	[KERNBASE>>PDXSHIFT]
		= ((uintptr_t)entry_pgtable - KERNBASE) + PTE_P + PTE_W
};

// entry_pgtable maps page i to physical page i, writable.  The 1024
// entries are spelled out by macros that each expand to four copies of
// the one below, starting at consecutive indexes.
#define E1(i)	  ((i) * PGSIZE) | PTE_P | PTE_W,
#define E4(i)	  E1(i) E1((i) + 1) E1((i) + 2) E1((i) + 3)
#define E16(i)	  E4(i) E4((i) + 4) E4((i) + 8) E4((i) + 12)
#define E64(i)	  E16(i) E16((i) + 16) E16((i) + 32) E16((i) + 48)
#define E256(i)	  E64(i) E64((i) + 64) E64((i) + 128) E64((i) + 192)
#define E1024(i)  E256(i) E256((i) + 256) E256((i) + 512) E256((i) + 768)

__attribute__((__aligned__(PGSIZE)))
pte_t entry_pgtable[NPTENTRIES] = {
	E1024(0)
};
