package j86.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import j86.decoder.Decoder;
import j86.decoder.Insn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The decoder benchmark sweeps real code: inside every function of the JOS kernel (objdump -t,
 * type F), decoding from the function's start finds exactly the instruction boundaries that
 * binutils' objdump -d finds. (Between functions .text also holds data, such as the boot GDT,
 * where any two linear sweeps may disagree; that is why the comparison is per function.)
 */
class SweepVsObjdumpTest {

    @Test
    void functionBoundariesMatchObjdump() throws Exception {
        Path kernel = BenchSetupTest.kernelOrSkip();
        String syms = BenchSetupTest.host("objdump", "-t", kernel.toString());
        String dis = BenchSetupTest.host("objdump", "-d", "-z", "-j", ".text", kernel.toString());
        assumeTrue(syms != null && dis != null, "objdump not installed");
        TreeSet<Long> expected = new TreeSet<>();
        Matcher insn = Pattern.compile("(?m)^\\s*([0-9a-f]+):\t[0-9a-f ]+\t\\S").matcher(dis);
        while (insn.find()) {
            expected.add(Long.parseLong(insn.group(1), 16));
        }
        ElfText t = ElfText.read(kernel);
        long base = t.address() & 0xFFFFFFFFL;
        Matcher fn = Pattern.compile("(?m)^([0-9a-f]{8}) .{6}F \\.text\\s+([0-9a-f]{8}) (\\S+)$").matcher(syms);
        int functions = 0;
        Insn out = new Insn();
        while (fn.find()) {
            long start = Long.parseLong(fn.group(1), 16), end = start + Long.parseLong(fn.group(2), 16);
            List<Long> ours = new ArrayList<>();
            for (long a = start; a < end; a += Math.max(1, out.length)) {
                ours.add(a);
                Decoder.decode(x -> (x & 0xFFFFFFFFL) - base < t.bytes().length
                        ? t.bytes()[(int) ((x & 0xFFFFFFFFL) - base)] & 0xFF : 0xCC, (int) a, true, out);
            }
            assertEquals(List.copyOf(expected.subSet(start, end)), ours, "instruction starts in " + fn.group(3));
            functions++;
        }
        assumeTrue(functions > 50, "objdump -t listed only " + functions + " functions");
    }
}
