package j86.runtime.mem;

import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;

/**
 * The 32-bit (non-PAE) page walk of Intel SDM Vol. 3, chapter 4.3: a page directory at CR3 whose
 * entries map 4 MiB pages (when CR4.PSE=1 and PDE.PS=1) or point to page tables of 4 KiB pages.
 * Access rights follow 4.6: the effective U/S and R/W are the AND of both levels; user accesses need
 * U/S=1 (and R/W=1 to write); supervisor writes need R/W=1 only when CR0.WP=1. Accessed and dirty
 * flags follow 4.8 (set with a locked OR). Faults follow 4.7: CR2 = the linear address, error code
 * P (protection, not absence), W/R, U/S. Reserved-bit checks are not made (RSVD stays 0), and
 * PSE-36 is not modelled (physical addresses are 32 bits). The directory and table pages a
 * successful walk read are noted for the current address space (AddressSpaces).
 */
final class PageWalker {
    static final int P = 1, RW = 2, US = 4, A = 0x20, D = 0x40, PS = 0x80, G = 0x100;
    /** Bits of the walk result above the 32-bit physical address. */
    static final int PERM_SHIFT = 32;
    static final long GLOBAL = 1L << 40, LARGE = 1L << 41;

    private PageWalker() {
    }

    /**
     * Translates {@code la}. Returns the physical address in the low 32 bits, the SoftTlb permission
     * bits that this translation grants from bit 32, and the GLOBAL and LARGE flags.
     */
    static long walk(PagingState cpu, PhysicalMemory phys, AddressSpaces spaces, int la, boolean write, boolean user) {
        int pdeAddr = (cpu.cr3 & ~0xFFF) | ((la >>> 22) << 2);
        int pde = phys.read32(pdeAddr);
        if ((pde & P) == 0) {
            throw fault(cpu, la, 0, write, user);
        }
        boolean large = (cpu.cr4 & PagingState.CR4_PSE) != 0 && (pde & PS) != 0; // PS is ignored when PSE=0
        int leaf, leafAddr, pa, eff;
        if (large) {
            leaf = pde;
            leafAddr = pdeAddr;
            eff = pde;
            pa = (pde & 0xFFC00000) | (la & 0x003FFFFF);
        } else {
            leafAddr = (pde & ~0xFFF) | (((la >>> 12) & 0x3FF) << 2);
            leaf = phys.read32(leafAddr);
            if ((leaf & P) == 0) {
                throw fault(cpu, la, 0, write, user);
            }
            eff = pde & leaf;
            pa = (leaf & ~0xFFF) | (la & 0xFFF);
        }
        // The translation depends on these paging structures from now on (AddressSpaces).
        spaces.note(phys, pdeAddr & ~0xFFF);
        if (!large) {
            spaces.note(phys, leafAddr & ~0xFFF);
        }
        boolean wp = (cpu.cr0 & PagingState.CR0_WP) != 0;
        boolean userOk = (eff & US) != 0, rwOk = (eff & RW) != 0;
        if ((user && !userOk) || (write && !rwOk && (user || wp))) {
            throw fault(cpu, la, P, write, user);
        }
        if (!large && (pde & A) == 0) {
            phys.orEntry(pdeAddr, A);
        }
        int bits = write ? A | D : A;
        if ((leaf & bits) != bits) {
            phys.orEntry(leafAddr, bits);
        }
        // Write entries may be cached only once the dirty flag is set, so that a later write hit
        // never skips setting it.
        boolean dirty = write || (leaf & D) != 0;
        int perms = SoftTlb.R_SUP | (userOk ? SoftTlb.R_USER : 0)
                | (dirty && (rwOk || !wp) ? SoftTlb.W_SUP : 0)
                | (dirty && userOk && rwOk ? SoftTlb.W_USER : 0);
        long r = (pa & 0xFFFFFFFFL) | ((long) perms << PERM_SHIFT);
        if ((cpu.cr4 & PagingState.CR4_PGE) != 0 && (leaf & G) != 0) {
            r |= GLOBAL;
        }
        return large ? r | LARGE : r;
    }

    private static CpuFault fault(PagingState cpu, int la, int present, boolean write, boolean user) {
        cpu.cr2 = la;
        return CpuFault.of(Vector.PF, present | (write ? 2 : 0) | (user ? 4 : 0));
    }
}
