package j86.translator.splice;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splices already made, kept for replay: a region splices the same few methods with the same
 * operand shapes over and over (JOS's boot: 434 splices of 127 distinct keys), and a partial
 * evaluation costs about a hundred times what copying its output costs.
 *
 * <p>The key is everything a splice's output depends on: the method, whether the flag record is
 * kept, and the arguments with their locals renamed to the index of the first argument in that
 * local (so that {@code add eax, eax} and {@code add eax, ebx} differ, since the splicer treats an
 * aliased local differently, but {@code add eax, ebx} and {@code add ecx, edx} share a template).
 * Constants stay in the key: they fold and decide branches. A miss splices into a
 * {@link SpliceTemplate}, whose replay then writes into the caller's method exactly what a fresh
 * splice would (SpliceMemoTest), with the caller's locals, fresh temps and fresh labels.
 *
 * <p>Bounded: immediates make keys without end in principle; past {@link #CAPACITY} templates a
 * miss is spliced fresh and not kept. Shared by the translating threads (templates are immutable).
 */
final class SpliceMemo {
    /** Templates kept at most: more than the distinct keys of the guests measured, a few MB at most. */
    static final int CAPACITY = 4096;
    /** -Dj86.jit.spliceMemo=false splices every call afresh (for measuring the memo). */
    static final boolean ENABLED = !"false".equals(System.getProperty("j86.jit.spliceMemo"));
    private static final ConcurrentHashMap<Key, SpliceTemplate> TEMPLATES = new ConcurrentHashMap<>();

    private SpliceMemo() {}

    /** A splice's identity: the method, the record kept or not, the arguments' shape. */
    record Key(String owner, String name, String desc, boolean keepRecord, List<SpliceValue> shape) {}

    /** The template for this call if one is kept (null: splice it fresh, see {@link #keep}). */
    static SpliceTemplate lookup(Key key) {
        return TEMPLATES.get(key);
    }

    /** Keeps {@code t} for {@code key} unless the memo is full. */
    static void keep(Key key, SpliceTemplate t) {
        if (TEMPLATES.size() < CAPACITY) {
            TEMPLATES.putIfAbsent(key, t);
        }
    }

    static int size() {
        return TEMPLATES.size();
    }

    /** The key of a call: each local argument named by the first argument holding the same local. */
    static Key key(String owner, String name, String desc, boolean keepRecord, SpliceValue[] args) {
        List<SpliceValue> shape = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++) {
            shape.add(args[i].kind() == SpliceValue.LOCAL ? SpliceValue.local(firstWith(args, i)) : args[i]);
        }
        return new Key(owner, name, desc, keepRecord, shape);
    }

    /** The first index whose argument is the same local as argument {@code i}. */
    static int firstWith(SpliceValue[] args, int i) {
        for (int j = 0; j < i; j++) {
            if (args[j].equals(args[i])) {
                return j;
            }
        }
        return i;
    }
}
