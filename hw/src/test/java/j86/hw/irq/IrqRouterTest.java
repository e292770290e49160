package j86.hw.irq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ISA IRQ fan-out: each line change reaches every controller once; the MP table's identity routing IRQ n -> pin n. */
class IrqRouterTest {
    @Test
    void linesFanOutAndOnlyChangesArePassedOn() {
        List<String> a = new ArrayList<>(), b = new ArrayList<>();
        IrqRouter r = new IrqRouter((irq, l) -> a.add(irq + ":" + l), (irq, l) -> b.add(irq + ":" + l));
        IrqLine line = r.line(4);
        line.raise();
        line.raise();
        line.lower();
        line.pulse();
        line.retrigger();
        line.retrigger();
        List<String> expect = List.of("4:true", "4:false", "4:true", "4:false", "4:true", "4:false", "4:true");
        assertEquals(expect, a);
        assertEquals(expect, b);
        assertThrows(IllegalArgumentException.class, () -> r.line(16));
    }
}
