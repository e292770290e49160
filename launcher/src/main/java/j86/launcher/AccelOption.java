package j86.launcher;

/**
 * QEMU's {@code -accel tcg[,thread=single|multi]}, for {@code j86} and {@code j86 grade}:
 * {@code thread=multi} asks for the parallel mode (a host thread per vCPU). Any accelerator name
 * is taken as tcg (j86 has no other; {@code kvm} was accepted before) and QEMU's other properties
 * (tb-size, ...) are ignored, as the option always was.
 */
public final class AccelOption {
    private AccelOption() {}

    /** True for thread=multi; IllegalArgumentException for a thread value QEMU does not know. */
    public static boolean multi(String v) {
        boolean multi = false;
        String[] parts = v.split(",");
        for (int k = 1; k < parts.length; k++) {
            String[] kv = parts[k].split("=", 2);
            if (kv[0].equals("thread")) {
                String t = kv.length > 1 ? kv[1] : "";
                if (t.equals("multi")) {
                    multi = true;
                } else if (t.equals("single")) {
                    multi = false;
                } else {
                    throw new IllegalArgumentException("-accel " + v + ": thread must be single or multi");
                }
            }
        }
        return multi;
    }
}
