package j86.runtime.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import j86.runtime.cpu.Cpu;
import j86.runtime.mem.PhysicalMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The host CPU as the independent truth: every vector printed by src/test/c/silicon.c is replayed
 * on j86.runtime.ops starting from the same registers and incoming flags; results must be equal,
 * the arithmetic flags equal outside the SDM-undefined set ({@link Undefined}), and
 * {@link Flags#cond} equal to the host's SETcc for every condition that reads only defined flags.
 * The host program is x86-64; if the host gives it no 32-bit code segment for the instructions
 * 64-bit mode lacks (DAA DAS AAA AAS AAM AAD SALC, also as chain consumers), those are not run and
 * are reported on a "silicon-vectors not-compared:" line instead.
 */
class SiliconVectorsTest {
    private static final int MAX_REPORTS = 50;

    private final Cpu cpu = new Cpu(0, new PhysicalMemory(1 << 20));
    private final List<String> reports = new ArrayList<>();
    private final Map<String, Integer> perGroup = new TreeMap<>();
    private int mismatches;

    @Test
    void opsMatchHostSilicon() throws Exception {
        assumeTrue(HostProgram.hostIsX86_64(), "host is not x86-64 Linux");
        assumeTrue(HostProgram.gccPresent(), "host gcc not found");
        List<String> lines = HostProgram.buildAndRun();
        int compared = 0;
        String compat = null;
        Map<String, Integer> notCompared = new TreeMap<>();
        for (String line : lines) {
            if (line.startsWith("# compat32 ")) {
                compat = line.substring("# compat32 ".length());
                continue;
            }
            if (line.startsWith("# not-compared ")) {
                String[] f = line.split(" ");
                notCompared.merge(notComparedKey(f[2]), Integer.parseInt(f[3]), Integer::sum);
                continue;
            }
            HostVector v = HostVector.parse(line);
            check(v);
            perGroup.merge(group(v), 1, Integer::sum);
            compared++;
        }
        perGroup.forEach((g, n) -> System.out.println("silicon-vectors group " + g + ": " + n));
        reports.forEach(System.out::println);
        assertTrue(compat != null, "no '# compat32' line from the host program");
        System.out.println("silicon-vectors compat32: " + compat);
        if (!notCompared.isEmpty()) {
            StringBuilder sb = new StringBuilder("silicon-vectors not-compared:");
            notCompared.forEach((k, n) -> sb.append(' ').append(k).append('=').append(n));
            System.out.println(sb.append(" (no 32-bit code segment: ")
                    .append(compat.replaceFirst("^unavailable ", "")).append(')'));
        }
        System.out.println("SUMMARY silicon-vectors: compared=" + compared + " mismatches=" + mismatches);
        assertTrue(compared >= 50_000, "too few vectors: " + compared);
        assertEquals(0, mismatches, "silicon vector mismatches (first " + MAX_REPORTS + " printed above)");
    }

    private void check(HostVector v) {
        cpu.r[Cpu.EAX] = 0;
        cpu.r[Cpu.EDX] = 0;
        Flags.set(cpu, v.flagsIn(), Cpu.ARITH);
        int[] ours = Replay.run(cpu, v);
        int undefined = Undefined.mask(v);
        int defined = Cpu.ARITH & ~undefined;
        int ourFlags = Flags.get(cpu);
        int ourConds = 0;
        int condMask = 0;
        for (int cc = 0; cc < 16; cc++) {
            if ((Undefined.condInputs(cc) & undefined) == 0) {
                condMask |= 1 << cc;
                ourConds |= (Flags.cond(cpu, cc) ? 1 : 0) << cc;
            }
        }
        boolean ok = ours[0] == v.r1() && ours[1] == v.r2()
                && ((ourFlags ^ v.flagsOut()) & defined) == 0
                && ((ourConds ^ v.conds()) & condMask) == 0;
        if (!ok && mismatches++ < MAX_REPORTS) {
            reports.add(String.format("MISMATCH %s%n  host: r1=%08x r2=%08x flags=%03x conds=%04x%n"
                            + "  ours: r1=%08x r2=%08x flags=%03x conds=%04x (compared flags %03x, conds %04x)",
                    v, v.r1(), v.r2(), v.flagsOut() & Cpu.ARITH, v.conds() & condMask,
                    ours[0], ours[1], ourFlags & Cpu.ARITH, ourConds, defined, condMask));
        }
    }

    /**
     * "aam_10" -> "aam"; a chain "add8>daa" -> "chain>daa": the instructions that were not run,
     * counted per instruction (chains per flag-consuming second instruction).
     */
    private static String notComparedKey(String name) {
        int gt = name.indexOf('>');
        return gt >= 0 ? "chain>" + notComparedKey(name.substring(gt + 1))
                : new HostVector(name, 0, 0, 0, 0, 0, 0, 0, 0).base();
    }

    private static String group(HostVector v) {
        if (v.isChain()) {
            return "chain";
        }
        switch (v.base()) {
            case "add": case "or": case "adc": case "sbb": case "and": case "sub": case "xor": case "cmp": case "test":
                return "alu";
            case "inc": case "dec": case "neg": case "not":
                return "unary";
            case "rol": case "ror": case "rcl": case "rcr":
                return "rotate";
            case "shl": case "shr": case "sar":
                return "shift";
            case "shld": case "shrd":
                return "double-shift";
            case "mul": case "imul": case "imul2":
                return "multiply";
            case "div": case "idiv":
                return "divide";
            case "bt": case "bts": case "btr": case "btc": case "bsf": case "bsr": case "bswap":
                return "bits";
            case "daa": case "das": case "aaa": case "aas": case "aam": case "aad":
                return "bcd";
            case "cmpxchg": case "xadd":
                return "xadd-cmpxchg";
            default:
                return "misc";
        }
    }
}
