package j86.launcher.grade;

import j86.runtime.mem.PhysicalMemory;
import j86.runtime.sched.Engine;
import j86.runtime.sched.TurnLengths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs graded boots in parallel in this JVM, each on its own machine, up to {@code jobs} at once.
 * Image files are read once and shared read-only by every run of them.
 *
 * <p>The engine factory is the one seam between runs: it is called once per machine with that
 * machine's memory. A factory that shares translations between runs of the same kernel (a cache
 * keyed by code-page bytes) can be passed here without changing anything else.
 */
public final class Grader implements AutoCloseable {
    /** Host stack per run: the launcher runs guests with -Xss8m. */
    private static final long STACK_BYTES = 8L << 20;

    private final ExecutorService pool;
    private final Function<PhysicalMemory, Engine> engines;
    private final OptionalLong seed;
    private final Map<Path, byte[]> images = new ConcurrentHashMap<>();

    public Grader(int jobs, Function<PhysicalMemory, Engine> engines) {
        this(jobs, engines, TestRunner.DEFAULT_SEED);
    }

    /** @param seed the seed of every run's turn lengths (empty: fixed turns), as the launcher's --seed */
    public Grader(int jobs, Function<PhysicalMemory, Engine> engines, OptionalLong seed) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
            Thread t = new Thread(null, r, "j86-grade-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        this.engines = engines;
        this.seed = seed;
    }

    /** Starts one run; its result (never an exception) arrives through the future. */
    public Future<RunResult> submit(TestSpec spec) {
        return submit(spec, engines);
    }

    /** Runs every machine with a host thread per vCPU ({@code -accel tcg,thread=multi}); before submitting. */
    public Grader parallel(boolean on) {
        this.parallel = on;
        return this;
    }

    private volatile boolean parallel;

    /** Starts one run on another engine than this grader's (runs of several engines sharing the cores). */
    public Future<RunResult> submit(TestSpec spec, Function<PhysicalMemory, Engine> engines) {
        return submit(spec, engines, seed);
    }

    /** Starts one run on the given engine with turns from another seed than this grader's (empty: fixed). */
    public Future<RunResult> submit(TestSpec spec, Function<PhysicalMemory, Engine> engines, OptionalLong seed) {
        return pool.submit(() -> {
            byte[] image;
            try {
                image = image(spec.image());
            } catch (IOException e) {
                return new RunResult(spec, RunResult.Outcome.ERROR, new byte[0], new long[0], 0, 0,
                        "cannot read " + spec.image() + ": " + e.getMessage(), TurnLengths.of(TestRunner.QUANTUM, seed));
            }
            return TestRunner.run(spec, image, engines, seed, null, parallel);
        });
    }

    /** Runs all, handing each result to {@code inOrder} in the order given, as soon as it and its predecessors are done. */
    public List<RunResult> runAll(List<TestSpec> specs, Consumer<RunResult> inOrder) {
        List<Future<RunResult>> futures = specs.stream().map(this::submit).toList();
        List<RunResult> results = new ArrayList<>();
        for (Future<RunResult> f : futures) {
            RunResult r = await(f);
            results.add(r);
            inOrder.accept(r);
        }
        return results;
    }

    /** The result of a submitted run (waits for it). */
    public static RunResult await(Future<RunResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a graded run", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("graded run failed", e.getCause());
        }
    }

    private byte[] image(Path p) throws IOException {
        byte[] b = images.get(p);
        if (b == null) {
            b = Files.readAllBytes(p);
            images.putIfAbsent(p, b);
        }
        return b;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
