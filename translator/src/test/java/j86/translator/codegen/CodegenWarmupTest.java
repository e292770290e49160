package j86.translator.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.translator.block.ModeKey;
import j86.translator.block.Region;
import org.junit.jupiter.api.Test;

/**
 * {@link CodegenWarmup} swallows its failures (a warm-up must never stop a run), so this test
 * translates its program directly: the region has the blocks of the loop and the exits, it is
 * mostly specialised (it warms the specialising paths, not the fallback), and its class defines.
 */
class CodegenWarmupTest {
    @Test
    void theWarmUpProgramTranslatesAndDefines() throws Exception {
        int flat32 = ModeKey.CS32 | ModeKey.SS32 | ModeKey.PAGING | ModeKey.FLAT;
        Region r = CodegenWarmup.region(flat32);
        assertTrue(r.blocks.length >= 4 && r.insns.length >= 40, r.blocks.length + " blocks, " + r.insns.length + " insns");
        r.slowSites = java.util.Set.of();
        Codegen.Result c = Codegen.generate(r, true, true);
        assertTrue(c.specialised >= r.insns.length * 3 / 4, c.specialised + " of " + r.insns.length + " specialised");
        assertTrue(c.splices > 20 && c.codeSize <= Codegen.MAX_METHOD_BYTES, c.splices + " splices, " + c.codeSize + " bytes");
        CodegenWarmup.translate(flat32 | 3 << 2);
    }
}
