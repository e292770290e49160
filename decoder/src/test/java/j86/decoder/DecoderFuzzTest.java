package j86.decoder;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 10^6 seeded random byte strings (lengths 1..16, both code sizes, bytes past the end read as random too)
 * must decode without any exception, with a length of 1..15, and disassemble without an exception.
 * A third of the strings start with a run of prefixes to exercise the 15-byte limit.
 */
class DecoderFuzzTest {
    @Test
    void randomBytesNeverThrow() {
        Random rnd = new Random(0xF022L);
        Insn in = new Insn();
        byte[] b = new byte[32];
        int[] prefixes = {0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65, 0x66, 0x67, 0xF0, 0xF2, 0xF3};
        for (int i = 0; i < 1_000_000; i++) {
            int n = 1 + rnd.nextInt(16);
            rnd.nextBytes(b);
            if (i % 3 == 0) {
                for (int k = 0; k < n; k++) {
                    b[k] = (byte) prefixes[rnd.nextInt(prefixes.length)];
                }
            }
            boolean code32 = (i & 1) == 0;
            try {
                Decoder.decode(a -> a < 32 ? b[a] & 0xFF : 0, 0, code32, in);
                if (in.length < 1 || in.length > 15) {
                    fail("length " + in.length + " for " + Objdump.hex(b, 0, 16) + " code32=" + code32);
                }
                Disasm.format(in, 0x1000);
            } catch (RuntimeException e) {
                throw new AssertionError("exception on " + Objdump.hex(b, 0, 16) + " code32=" + code32, e);
            }
        }
    }
}
