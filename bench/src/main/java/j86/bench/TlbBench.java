package j86.bench;

import j86.runtime.mem.Mmu;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The soft-TLB hit path: {@link Mmu#read32} / {@link Mmu#write32} on one mapped page with paging
 * on, after a first access has filled the entry. Offsets walk the page (aligned, so no access
 * crosses it) so the JIT cannot fold the address. Score: ns per access.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TlbBench {
    static final int PAGE = 0x200000;
    private Mmu mmu;
    private int offset;

    @Setup
    public void map() {
        mmu = new FlatMachine(16 << 20).identityPaging().cpu.mmu;
        mmu.read32(PAGE);
    }

    @Benchmark
    public int read32Hit() {
        offset = (offset + 4) & 0xFFC;
        return mmu.read32(PAGE + offset);
    }

    @Benchmark
    public void write32Hit() {
        offset = (offset + 4) & 0xFFC;
        mmu.write32(PAGE + offset, offset);
    }
}
