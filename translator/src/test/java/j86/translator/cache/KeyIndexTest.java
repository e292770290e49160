package j86.translator.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import j86.translator.block.BlockEntry;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * KeyIndex against a HashMap over seeded random puts, removes (of the mapped entry and of a stale
 * one) and lookups, with keys drawn from a small range so that probe runs collide, wrap around
 * the table and are cut by backward-shift deletions.
 */
class KeyIndexTest {
    @Test
    void randomOperationsMatchAMap() {
        for (long seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            KeyIndex index = new KeyIndex();
            Map<Long, BlockEntry> model = new HashMap<>();
            BlockEntry[] pool = new BlockEntry[8];
            for (int i = 0; i < pool.length; i++) {
                j86.decoder.Insn nop = j86.decoder.Decoder.decode(a -> 0x90, 0, true, new j86.decoder.Insn());
                pool[i] = new BlockEntry(i, i << 12, 0, 0, new j86.decoder.Insn[] {nop}, new int[] {0, 1}, false);
            }
            for (int step = 0; step < 20_000; step++) {
                long key = (long) rnd.nextInt(3000) << 8 | rnd.nextInt(4);
                BlockEntry e = pool[rnd.nextInt(pool.length)];
                String where = "seed " + seed + " step " + step;
                switch (rnd.nextInt(3)) {
                    case 0 -> {
                        index.put(key, e);
                        model.put(key, e);
                    }
                    case 1 -> {
                        index.remove(key, e);
                        model.remove(key, e);
                    }
                    default -> assertSame(model.get(key), index.get(key), where + ": get " + Long.toHexString(key));
                }
                assertEquals(model.size(), index.size(), where + ": size");
            }
            for (Map.Entry<Long, BlockEntry> m : model.entrySet()) {
                assertSame(m.getValue(), index.get(m.getKey()), "seed " + seed + ": final get");
            }
        }
    }
}
