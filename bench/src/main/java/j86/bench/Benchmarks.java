package j86.bench;

/**
 * Entry point of bench/target/benchmarks.jar: the JMH command line ({@code -h} lists its options;
 * {@code -l} the benchmarks). A class of our own so `java -cp ... j86.bench.Benchmarks` works
 * too; the jar's manifest names org.openjdk.jmh.Main directly.
 */
public final class Benchmarks {
    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args);
    }
}
