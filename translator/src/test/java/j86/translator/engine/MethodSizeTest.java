package j86.translator.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.translator.codegen.Codegen;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * docs/ARCHITECTURE.md, "Generated code stays JIT-friendly": no generated method exceeds 8000
 * bytes of bytecode. Translates every block of a long random instruction mix, and blocks made only
 * of the largest specialisation (memory read-modify-write ALU with SIB addressing), and checks
 * each generated run method.
 */
class MethodSizeTest {
    @Test
    void noGeneratedMethodExceeds8000Bytes() {
        GuestMachine m = new GuestMachine(true, 0, true);
        List<Integer> sizes = new ArrayList<>();
        m.jit.translator.observer = r -> sizes.add(r.codeSize);
        Random rnd = new Random(7);
        ProgramGen gen = new ProgramGen(rnd, 0x40000, 0x10000);
        for (int p = 0; p < 200; p++) {
            int at = 0x10000;
            byte[] prog = gen.program(200, at);
            m.phys.writeBytes(at, prog, 0, prog.length);
            int[] regs = new int[8];
            for (int i = 0; i < 8; i++) {
                regs[i] = gen.pointer();
            }
            regs[4] = 0x30000;
            m.reset(at, regs, 0);
            m.run(2000);
        }
        // 0x81 /0 with SIB + disp32 + imm32: addl $imm, disp(%ebx,%esi,4), 11 bytes, over and over
        byte[] heavy = new byte[4000];
        for (int k = 0; k + 11 <= heavy.length; k += 11) {
            byte[] one = {(byte) 0x81, (byte) 0x84, (byte) 0xB3, 0x00, 0x00, 0x04, 0x00, 0x01, 0x02, 0x03, 0x04};
            System.arraycopy(one, 0, heavy, k, 11);
        }
        m.phys.writeBytes(0x20000, heavy, 0, heavy.length);
        m.reset(0x20000, new int[] {0, 0, 0, 0, 0x30000, 0, 0, 0}, 0);
        m.run(300);
        int max = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        System.out.println("method sizes: blocks=" + sizes.size() + " max=" + max + " bytes");
        assertTrue(sizes.size() > 100, "translated " + sizes.size() + " blocks");
        for (int s : sizes) {
            assertTrue(s <= Codegen.MAX_METHOD_BYTES, "method of " + s + " bytes");
        }
    }
}
