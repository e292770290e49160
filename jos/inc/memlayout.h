#ifndef JOS_INC_MEMLAYOUT_H
#define JOS_INC_MEMLAYOUT_H

#ifndef __ASSEMBLER__
#include <inc/types.h>
#include <inc/mmu.h>
#endif /* not __ASSEMBLER__ */

/*
 * Virtual address space, top down (kernel/user permissions):
 *
 *   [KERNBASE, 4G)            all physical memory           RW/--
 *   [MMIOLIM, KSTACKTOP)      per-CPU kernel stacks, each   RW/--
 *                             KSTKSIZE with a KSTKGAP guard
 *                             of unmapped pages below it
 *   [MMIOBASE, MMIOLIM)       memory-mapped I/O (LAPIC...)  RW/--
 *   [UVPT, ULIM)              current page table, read-only R-/R-
 *   [UPAGES, UVPT)            struct PageInfo array         R-/R-
 *   [UENVS, UPAGES)           struct Env array              R-/R-
 *   [UXSTACKTOP-PGSIZE, UTOP) user exception stack          RW/RW
 *   one unmapped guard page
 *   [.., USTACKTOP)           normal user stack             RW/RW
 *   [UTEXT, ..)               program text, data and heap
 *   [UTEMP, UTEXT)            scratch mappings (PFTEMP is the top page)
 *   [0, UTEMP)                never mapped by the kernel
 *
 * Everything from ULIM up is the kernel's; user programs may map and
 * unmap freely only below UTOP.
 */

// Global descriptor numbers
#define GD_KT     0x08     // kernel text
#define GD_KD     0x10     // kernel data
#define GD_UT     0x18     // user text
#define GD_UD     0x20     // user data
#define GD_TSS0   0x28     // Task segment selector for CPU 0



// All physical memory mapped at this address
#define	KERNBASE	0xF0000000

// At IOPHYSMEM (640K) there is a 384K hole for I/O.  From the kernel,
// IOPHYSMEM can be addressed at KERNBASE + IOPHYSMEM.  The hole ends
// at physical address EXTPHYSMEM.
#define IOPHYSMEM	0x0A0000
#define EXTPHYSMEM	0x100000

// Kernel stack.
#define KSTACKTOP	KERNBASE
#define KSTKSIZE	(8*PGSIZE)   		// size of a kernel stack
#define KSTKGAP		(8*PGSIZE)   		// size of a kernel stack guard

// Memory-mapped IO.
#define MMIOLIM		(KSTACKTOP - PTSIZE)
#define MMIOBASE	(MMIOLIM - PTSIZE)

#define ULIM		(MMIOBASE)

/*
 * User read-only mappings! Anything below here til UTOP are readonly to user.
 * They are global pages mapped in at env allocation time.
 */

// User read-only virtual page table (see 'uvpt' below)
#define UVPT		(ULIM - PTSIZE)
// Read-only copies of the Page structures
#define UPAGES		(UVPT - PTSIZE)
// Read-only copies of the global env structures
#define UENVS		(UPAGES - PTSIZE)

/*
 * Top of user VM. User can manipulate VA from UTOP-1 and down!
 */

// Top of user-accessible VM
#define UTOP		UENVS
// Top of one-page user exception stack
#define UXSTACKTOP	UTOP
// Next page left invalid to guard against exception stack overflow; then:
// Top of normal user stack
#define USTACKTOP	(UTOP - 2*PGSIZE)

// Where user programs generally begin
#define UTEXT		(2*PTSIZE)

// Used for temporary page mappings.  Typed 'void*' for convenience
#define UTEMP		((void*) PTSIZE)
// Used for temporary page mappings for the user page-fault handler
// (should not conflict with other temporary page mappings)
#define PFTEMP		(UTEMP + PTSIZE - PGSIZE)
// The location of the user-level STABS data structure
#define USTABDATA	(PTSIZE / 2)

// Physical address of startup code for non-boot CPUs (APs)
#define MPENTRY_PADDR	0x7000

#ifndef __ASSEMBLER__

typedef uint32_t pte_t;
typedef uint32_t pde_t;

#if JOS_USER
// The page directory maps itself at UVPT, so user programs can read
// their own page tables: uvpt[n] is the PTE of page number n, and
// uvpd[i] (at UVPT + (UVPT >> PGSHIFT)) is page directory entry i.
// lib/entry.S defines both symbols.
extern volatile pte_t uvpt[];     // VA of "virtual page table"
extern volatile pde_t uvpd[];     // VA of current page directory
#endif

// One per physical page (pages[] in the kernel, read-only at UPAGES).
// page2pa() in kern/pmap.h gives the page's physical address.
struct PageInfo {
	struct PageInfo *pp_link;	// next on the free list

	// References to the page (mostly page table entries).  Only
	// meaningful for pages from page_alloc, not boot_alloc.
	uint16_t pp_ref;
};

#endif /* !__ASSEMBLER__ */
#endif /* !JOS_INC_MEMLAYOUT_H */
