package j86.runtime.interp;

import static j86.runtime.cpu.Cpu.EAX;
import static j86.runtime.cpu.Cpu.EBX;
import static j86.runtime.cpu.Cpu.ECX;
import static j86.runtime.cpu.Cpu.EDI;
import static j86.runtime.cpu.Cpu.EDX;
import static j86.runtime.cpu.Cpu.ESI;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LEA address-size and operand-size truncation, the memory forms of XCHG/CMPXCHG/XADD/CMPXCHG8B,
 * CPUID, RDTSC and IN/OUT, against the SDM Vol. 2 descriptions of each instruction.
 */
class MiscOpsTest {
    @Test
    void leaTruncatesTo16Bits() throws Exception {
        Snippet s = Snippet.run32("lea16", String.join("\n",
            "    movl $0xFFF0, %ebx",
            "    movl $0x20, %esi",
            "    addr16 leal (%bx,%si), %eax",
            "    movl $0x1234FFF8, %ecx",
            "    movl $0xABCD0000, %edx",
            "    leaw 0x10(%ecx), %dx",
            "    movl $0x100, %edi",
            "    leal -0x200(%edi,%esi,4), %edi"));
        s.eq(0x10, s.reg(EAX), "16-bit address wraps at 64 KiB, zero-extended into EAX");
        s.eq(0xABCD0008, s.reg(EDX), "16-bit operand: low word of the 32-bit offset, upper EDX kept");
        s.eq(0x100 + 0x80 - 0x200, s.reg(EDI), "base + index*4 + disp");
    }

    @Test
    void exchangesOnMemory() throws Exception {
        Snippet s = Snippet.run32("xchg", String.join("\n",
            "    movl $0x11, 0x4000",
            "    movl $0x22, %eax",
            "    xchgl %eax, 0x4000",
            "    movl %eax, %esi",
            "    movl $5, 0x4004",
            "    movl $5, %eax",
            "    movl $9, %ecx",
            "    lock cmpxchgl %ecx, 0x4004",
            "    setz %bl",
            "    movl $7, %eax",
            "    cmpxchgl %ecx, 0x4004",
            "    setz %bh",
            "    movl %eax, %edi",
            "    movl $10, 0x4008",
            "    movl $3, %edx",
            "    lock xaddl %edx, 0x4008"));
        s.eq(0x22, s.mem32(0x4000), "XCHG: memory gets the register");
        s.eq(0x11, s.reg(ESI), "XCHG: register gets the memory");
        s.eq(9, s.mem32(0x4004), "CMPXCHG equal: destination = source");
        s.eq(0x01, s.reg(EBX) & 0xFFFF, "ZF = 1 when equal, 0 when not");
        s.eq(9, s.reg(EDI), "CMPXCHG not equal: EAX = destination");
        s.eq(13, s.mem32(0x4008), "XADD: destination = sum");
        s.eq(10, s.reg(EDX), "XADD: source = old destination");
    }

    @Test
    void cmpxchg8b() throws Exception {
        Snippet s = Snippet.run32("cx8", String.join("\n",
            "    movl $0x22222222, 0x4000",
            "    movl $0x11111111, 0x4004",
            "    movl $0x22222222, %eax",
            "    movl $0x11111111, %edx",
            "    movl $0xBBBBBBBB, %ebx",
            "    movl $0xCCCCCCCC, %ecx",
            "    cmpxchg8b 0x4000",
            "    setz %al",
            "    movl %eax, %esi",
            "    xorl %eax, %eax",
            "    xorl %edx, %edx",
            "    cmpxchg8b 0x4000",
            "    setz %bl"));
        s.eq(0xBBBBBBBB, s.mem32(0x4000), "equal: m64 = ECX:EBX (low)");
        s.eq(0xCCCCCCCC, s.mem32(0x4004), "equal: m64 = ECX:EBX (high)");
        s.eq(1, s.reg(ESI) & 0xFF, "ZF = 1");
        s.eq(0xBBBBBBBB, s.reg(EAX), "not equal: EDX:EAX = m64 (low)");
        s.eq(0xCCCCCCCC, s.reg(EDX), "not equal: EDX:EAX = m64 (high)");
        s.eq(0, s.reg(EBX) & 0xFF, "ZF = 0");
    }

    @Test
    void cpuidReportsVendorAndFeatures() throws Exception {
        Snippet s = Snippet.run32("cpuid", String.join("\n",
            "    xorl %eax, %eax",
            "    cpuid",
            "    movl %eax, 0x4000",
            "    movl %ebx, 0x4004",
            "    movl %edx, 0x4008",
            "    movl %ecx, 0x400C",
            "    movl $1, %eax",
            "    cpuid",
            "    movl %eax, 0x4010",
            "    movl %ebx, 0x4014",
            "    movl %edx, 0x4018",
            "    movl $7, %eax",
            "    cpuid"));
        byte[] vendor = new byte[12];
        for (int k = 0; k < 12; k++) {
            vendor[k] = (byte) s.mem8(0x4004 + k);
        }
        assertEquals("GenuineIntel", new String(vendor, java.nio.charset.StandardCharsets.US_ASCII), s.why());
        s.eq(1, s.mem32(0x4000), "max basic leaf");
        s.eq(6, (s.mem32(0x4010) >> 8) & 0xF, "family");
        s.eq(0, s.mem32(0x4014) >>> 24, "initial APIC ID = CPU index 0");
        int want = 1 << 3 | 1 << 4 | 1 << 8 | 1 << 9 | 1 << 13 | 1 << 15; // PSE TSC CX8 APIC PGE CMOV
        s.eq(want, s.mem32(0x4018), "feature flags");
        s.eq(s.mem32(0x4010), s.reg(EAX), "a leaf above the maximum returns the highest basic leaf");
        s.eq(want, s.reg(EDX), "ditto, EDX");
    }

    @Test
    void rdtscCountsRetiredInstructions() throws Exception {
        Snippet s = Snippet.run32("rdtsc", String.join("\n",
            "    rdtsc",
            "    movl %eax, %esi",
            "    nop",
            "    nop",
            "    rdtsc",
            "    subl %esi, %eax"));
        s.eq(4, s.reg(EAX), "rdtsc, mov, nop, nop retired between the two reads");
    }

    @Test
    void inAndOutReachThePortBus() throws Exception {
        Snippet s = Snippet.run32("io", String.join("\n",
            "    movw $0x80, %dx",
            "    movb $0x42, %al",
            "    outb %al, %dx",
            "    movw $0x1234, %ax",
            "    outw %ax, $0x70",
            "    movl $0xdeadbeef, %eax",
            "    inb $0x60, %al",
            "    movl %eax, %ebx",
            "    inl %dx, %eax"));
        assertEquals(List.of("80:1:42", "70:2:1234"), s.m.otherOuts, s.why());
        s.eq(0xdeadbe5a, s.reg(EBX), "IN AL replaces AL only");
        s.eq(0x5a, s.reg(EAX), "IN EAX (the device returns 0x5a)");
    }

    @Test
    void movzxMovsxBswapSetcc() throws Exception {
        Snippet s = Snippet.run32("movx", String.join("\n",
            "    movl $0x8081, 0x4000",
            "    movzbl 0x4000, %eax",
            "    movsbl 0x4000, %ebx",
            "    movswl 0x4000, %ecx",
            "    movl $0x12345678, %edx",
            "    bswap %edx",
            "    movl $0xFFFFFFFF, %esi",
            "    cmpl $1, %esi",
            "    seta %al"));
        s.eq(0x01, s.reg(EAX), "SETA writes AL (after MOVZX gave 0x81)");
        s.eq(0xFFFFFF81, s.reg(EBX), "MOVSX byte");
        s.eq(0xFFFF8081, s.reg(ECX), "MOVSX word");
        s.eq(0x78563412, s.reg(EDX), "BSWAP");
    }
}
