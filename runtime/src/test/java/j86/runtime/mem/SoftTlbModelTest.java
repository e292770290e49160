package j86.runtime.mem;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The soft TLB against a plain model of what it must hold (a map from entry index to the
 * translation installed there), over seeded random sequences of installs, CR3-style flushes that
 * keep some 4 MiB regions, INVLPG, saves of a parked space and write revocations; each entry has
 * direct rights and slow-path rights (MMIO, code pages), tags of both kinds. The TLB keeps
 * its entries on per-region lists to make CR3 loads cheap; the model has no such structure, so a
 * list that loses or keeps an entry wrongly shows up as a tag that differs. The interleaved copy
 * translated code reads (SoftTlb.entries) must equal the arrays after every step.
 */
class SoftTlbModelTest {
    private record Entry(int lpage, int ppage, int perms, int slow, boolean global, boolean large) { }

    @Test
    void randomOperationsMatchTheModel() {
        for (long seed = 1; seed <= 40; seed++) {
            run(seed);
        }
    }

    private void run(long seed) {
        Random rnd = new Random(seed);
        SoftTlb tlb = new SoftTlb();
        Map<Integer, Entry> model = new HashMap<>();
        for (int step = 0; step < 3000; step++) {
            int op = rnd.nextInt(20);
            String what;
            if (op < 12) {
                int lpage = page(rnd), ppage = rnd.nextInt(4096) << 12;
                int perms = 1 + rnd.nextInt(15);
                int slow = rnd.nextInt(3) == 0 ? rnd.nextInt(16) & ~perms : 0;
                boolean global = rnd.nextInt(8) == 0, large = rnd.nextInt(6) == 0;
                if (rnd.nextInt(4) == 0 && model.containsKey(index(lpage))) {
                    Entry e = model.get(index(lpage)); // same translation again: rights accumulate
                    lpage = e.lpage;
                    ppage = e.ppage;
                }
                what = String.format("install %08x -> %08x perms %x slow %x%s%s", lpage, ppage, perms, slow, global ? " G" : "", large ? " L" : "");
                tlb.install(lpage, ppage, perms, slow, global, large);
                Entry old = model.get(index(lpage));
                if (old != null && old.lpage == lpage && old.ppage == ppage) {
                    model.put(index(lpage), new Entry(lpage, ppage, old.perms | perms, old.slow | slow, global, old.large || large));
                } else {
                    model.put(index(lpage), new Entry(lpage, ppage, perms, slow, global, large));
                }
            } else if (op < 15) {
                Set<Integer> keep = regions(rnd);
                what = "flush keeping regions " + keep;
                tlb.flush(keep.isEmpty() ? null : keep::contains);
                model.values().removeIf(e -> !e.global && !keep.contains(e.lpage >>> 22));
            } else if (op < 17) {
                int la = page(rnd) | rnd.nextInt(4096);
                what = String.format("invlpg %08x", la);
                tlb.invalidate(la);
                model.values().removeIf(e -> e.lpage == (la & ~0xFFF) || e.large && e.lpage >>> 22 == la >>> 22);
            } else if (op < 19) {
                Set<Integer> skip = regions(rnd);
                what = "save skipping " + skip;
                AddressSpaces.Space s = new AddressSpaces.Space();
                IntPredicate p = skip.isEmpty() ? null : skip::contains;
                tlb.saveTo(s, p);
                Set<String> saved = new HashSet<>(), expected = new HashSet<>();
                for (int k = 0; k < s.entries; k++) {
                    saved.add(s.lpage[k] + ":" + s.ppage[k] + ":" + s.perms[k]);
                }
                for (Entry e : model.values()) {
                    if (!skip.contains(e.lpage >>> 22)) {
                        expected.add(e.lpage + ":" + e.ppage + ":" + (e.perms | e.slow | (e.large ? AddressSpaces.LARGE : 0)));
                    }
                }
                assertEquals(expected, saved, "seed " + seed + " step " + step + ": " + what);
            } else {
                int ppage = rnd.nextInt(4096) << 12;
                what = String.format("revoke writes to %08x", ppage);
                tlb.revokeWrites(ppage);
                int w = SoftTlb.W_SUP | SoftTlb.W_USER;
                model.replaceAll((i, e) -> e.ppage == ppage
                        ? new Entry(e.lpage, e.ppage, e.perms & ~w, e.slow | e.perms & w, e.global, e.large) : e);
            }
            check(tlb, model, "seed " + seed + " step " + step + " after " + what);
        }
    }

    /** Linear pages drawn from a few regions, so that indexes collide and regions fill. */
    private static int page(Random rnd) {
        int[] regions = {0x002, 0x3ba, 0x3bb, 0x3bd, 0x3c0, 0x3c1, 0x001};
        return regions[rnd.nextInt(regions.length)] << 22 | rnd.nextInt(1024) << 12;
    }

    private static Set<Integer> regions(Random rnd) {
        Set<Integer> s = new HashSet<>();
        for (int r : new int[] {0x002, 0x3ba, 0x3bb, 0x3bd, 0x3c0, 0x3c1, 0x001}) {
            if (rnd.nextInt(3) == 0) {
                s.add(r);
            }
        }
        return s;
    }

    private static int index(int lpage) {
        return (lpage >>> 12) & SoftTlb.MASK;
    }

    private static void check(SoftTlb tlb, Map<Integer, Entry> model, String where) {
        int n = SoftTlb.SIZE;
        for (int i = 0; i < n; i++) {
            Entry e = model.get(i);
            int[] want = new int[8];
            for (int k = 0; k < 4; k++) {
                want[k] = e != null && (e.perms & 1 << k) != 0 ? e.lpage : -1;
                want[4 + k] = e != null && (e.slow & 1 << k) != 0 ? e.lpage : -1;
            }
            int[] got = {tlb.readTag[i], tlb.readTag[n + i], tlb.writeTag[i], tlb.writeTag[n + i],
                tlb.slowReadTag[i], tlb.slowReadTag[n + i], tlb.slowWriteTag[i], tlb.slowWriteTag[n + i]};
            int entry = i;
            for (int k = 0; k < 8; k++) {
                int kind = k;
                if (want[k] != got[k]) {
                    assertEquals(want[k], got[k], () -> where + ": " + TAGS[kind] + " tag of entry " + entry);
                }
            }
            if (e != null && (e.perms != 0 || e.slow != 0) && e.ppage - e.lpage != tlb.delta[i]) {
                assertEquals(e.ppage - e.lpage, tlb.delta[i], () -> where + ": delta of entry " + entry);
            }
            checkMirror(tlb, i, where);
        }
    }

    /** SoftTlb.entries, which translated code reads, holds the same tags, and the delta of a valid one. */
    private static void checkMirror(SoftTlb tlb, int i, String where) {
        for (int u = 0; u <= SoftTlb.SIZE; u += SoftTlb.SIZE) {
            int k = (u + i) * SoftTlb.STRIDE;
            boolean valid = tlb.readTag[u + i] != SoftTlb.INVALID || tlb.writeTag[u + i] != SoftTlb.INVALID;
            if (tlb.readTag[u + i] != tlb.entries[k + SoftTlb.READ] || tlb.writeTag[u + i] != tlb.entries[k + SoftTlb.WRITE]
                    || valid && tlb.delta[i] != tlb.entries[k + SoftTlb.DELTA]) {
                String which = where + ": entries for " + (u == 0 ? "supervisor" : "user") + " entry " + i;
                assertEquals(tlb.readTag[u + i], tlb.entries[k + SoftTlb.READ], which + ", read tag");
                assertEquals(tlb.writeTag[u + i], tlb.entries[k + SoftTlb.WRITE], which + ", write tag");
                assertEquals(tlb.delta[i], tlb.entries[k + SoftTlb.DELTA], which + ", delta");
            }
        }
    }

    private static final String[] TAGS = {"supervisor read", "user read", "supervisor write", "user write",
        "slow supervisor read", "slow user read", "slow supervisor write", "slow user write"};
}
