package j86.translator.engine;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random straight-line guest programs for the differential test, from instruction templates:
 * ALU in every form, INC/DEC, shifts and rotates, MUL/DIV, BT*, BSF/BSR, SETcc/CMOVcc, MOVZX/MOVSX,
 * SHLD/SHRD, XADD/CMPXCHG/XCHG, PUSH/POP, LEA, MOV with register, immediate and memory operands,
 * string instructions with and without REP (ECX set small first), flag instructions, BCD adjusts,
 * forward Jcc/JMP, CALL/RET, indirect JMP (register and memory), and a few faulting ones (UD2, INT3, #DE, segment loads). Memory
 * operands use every ModRM/SIB form; the register values the caller picks make most of them land
 * in RAM. The program ends with HLT.
 */
final class ProgramGen {
    private final Random rnd;
    /** Address ranges the random pointers favour. */
    final int data, code;

    ProgramGen(Random rnd, int data, int code) {
        this.rnd = rnd;
        this.data = data;
        this.code = code;
    }

    /**
     * One instruction's bytes; {@code jumpAhead} > 0 asks for a branch patch to the instruction that
     * many items ahead, < 0 to the item {@code -jumpAhead - 1} back (-1: the branch itself).
     */
    static final class Item {
        byte[] bytes;
        int jumpAhead;
        /** Offset of the rel8/rel32 field, and its width (1 or 4). */
        int relAt, relSize;
    }

    /** A program of {@code n} random instructions plus HLT, laid out for address {@code at}. */
    byte[] program(int n, int at) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            index = i;
            items.add(one(n - i - 1, at));
        }
        Item hlt = new Item();
        hlt.bytes = new byte[] {(byte) 0xF4};
        items.add(hlt);
        int[] start = new int[items.size() + 1];
        for (int i = 0; i < items.size(); i++) {
            start[i + 1] = start[i] + items.get(i).bytes.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.jumpAhead != 0) {
                int to = it.jumpAhead > 0 ? i + it.jumpAhead : i + it.jumpAhead + 1;
                int target = start[Math.min(to, items.size() - 1)];
                int rel = it.relSize < 0 ? at + target : target - start[i + 1];
                for (int b = 0; b < Math.abs(it.relSize); b++) {
                    it.bytes[it.relAt + b] = (byte) (rel >>> (8 * b));
                }
            }
            out.write(it.bytes, 0, it.bytes.length);
        }
        return out.toByteArray();
    }

    /** A random pointer value: mostly in the data window, sometimes the code page, small or anything. */
    int pointer() {
        int p = rnd.nextInt(100);
        if (p < 60) return data + rnd.nextInt(0x10000);
        if (p < 61) return code + rnd.nextInt(0x1000);
        if (p < 80) return rnd.nextInt(256);
        return rnd.nextInt();
    }

    private Item item(ByteArrayOutputStream b) {
        Item it = new Item();
        it.bytes = b.toByteArray();
        return it;
    }

    private Item one(int remaining, int at) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int kind = rnd.nextInt(100);
        if (kind < 8 && remaining > 0) {
            return branch(b, remaining);
        }
        if (kind < 10) {
            return string(b);
        }
        if (kind < 13) {
            return special(b);
        }
        if (rnd.nextInt(8) == 0) {
            b.write(0x66);
        }
        if (rnd.nextInt(40) == 0) {
            b.write(new int[] {0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65}[rnd.nextInt(6)]);
        }
        int[] t = TEMPLATES[rnd.nextInt(TEMPLATES.length)];
        for (int k = 0; k < t.length - 1; k++) {
            b.write(t[k]);
        }
        int shape = t[t.length - 1];
        switch (shape) {
            case NONE: break;
            case MODRM: modrm(b, rnd.nextInt(8)); break;
            case MODRM_MEM: modrmMem(b, rnd.nextInt(8)); break;
            case IB: b.write(rnd.nextInt(256)); break;
            case IW: imm(b, 2); break;
            case IZ: imm(b, (b.toByteArray()[0] & 0xFF) == 0x66 ? 2 : 4); break;
            case MODRM_IB: modrm(b, rnd.nextInt(8)); b.write(rnd.nextInt(256)); break;
            case MODRM_IZ: modrm(b, rnd.nextInt(8)); imm(b, (b.toByteArray()[0] & 0xFF) == 0x66 ? 2 : 4); break;
            default: // a ModRM with a fixed reg field (group member) 8..15 -> reg 0..7, + immediate bits
                int reg = shape & 7;
                modrm(b, reg);
                if ((shape & IMM8_FLAG) != 0) b.write(rnd.nextInt(256));
                if ((shape & IMMZ_FLAG) != 0) imm(b, (b.toByteArray()[0] & 0xFF) == 0x66 ? 2 : 4);
                break;
        }
        return item(b);
    }

    private void imm(ByteArrayOutputStream b, int n) {
        int v = rnd.nextInt(4) == 0 ? rnd.nextInt(16) - 8 : rnd.nextInt();
        for (int k = 0; k < n; k++) {
            b.write(v >>> (8 * k));
        }
    }

    /** A ModRM (register or memory form) with the given reg field. */
    private void modrm(ByteArrayOutputStream b, int reg) {
        if (rnd.nextInt(100) < 45) {
            b.write(0xC0 | reg << 3 | rnd.nextInt(8));
        } else {
            modrmMem(b, reg);
        }
    }

    private void modrmMem(ByteArrayOutputStream b, int reg) {
        int form = rnd.nextInt(10);
        if (form < 3) { // [disp32] in the data window
            b.write(reg << 3 | 5);
            imm32(b, data + rnd.nextInt(0x10000));
        } else if (form < 7) { // [base + disp]
            int mod = rnd.nextInt(3);
            int rm = rnd.nextInt(8);
            if (rm == 4) rm = 3;
            if (mod == 0 && rm == 5) mod = 1;
            b.write(mod << 6 | reg << 3 | rm);
            disp(b, mod);
        } else { // SIB
            int mod = rnd.nextInt(3);
            b.write(mod << 6 | reg << 3 | 4);
            int base = rnd.nextInt(8);
            b.write(rnd.nextInt(4) << 6 | rnd.nextInt(8) << 3 | base);
            if (mod == 0 && base == 5) {
                imm32(b, data + rnd.nextInt(0x1000));
            } else {
                disp(b, mod);
            }
        }
    }

    private void disp(ByteArrayOutputStream b, int mod) {
        if (mod == 1) b.write(rnd.nextInt(256));
        if (mod == 2) imm32(b, rnd.nextInt(0x2000) - 0x1000);
    }

    private static void imm32(ByteArrayOutputStream b, int v) {
        for (int k = 0; k < 4; k++) {
            b.write(v >>> (8 * k));
        }
    }

    /** Index of the item being generated (backward branches may go up to it). */
    private int index;

    /**
     * A forward branch, or (one in three) a backward one: a loop that runs until its condition
     * fails or the budget ends, so that blocks branch back into their region.
     */
    private Item branch(ByteArrayOutputStream b, int remaining) {
        int ahead = rnd.nextInt(3) == 0 ? -1 - rnd.nextInt(Math.min(8, index + 1)) : 1 + rnd.nextInt(Math.min(4, remaining));
        Item it;
        switch (rnd.nextInt(6)) {
            case 0: case 1: case 2: // jcc rel8
                b.write(0x70 + rnd.nextInt(16));
                b.write(0);
                it = item(b);
                it.relAt = 1;
                it.relSize = 1;
                break;
            case 3: // jcc rel32
                b.write(0x0F);
                b.write(0x80 + rnd.nextInt(16));
                imm32(b, 0);
                it = item(b);
                it.relAt = 2;
                it.relSize = 4;
                break;
            case 4: // jmp rel8
                b.write(0xEB);
                b.write(0);
                it = item(b);
                it.relAt = 1;
                it.relSize = 1;
                break;
            default: // call rel32 (leaves the return address pushed)
                b.write(0xE8);
                imm32(b, 0);
                it = item(b);
                it.relAt = 1;
                it.relSize = 4;
                break;
        }
        it.jumpAhead = ahead;
        return it;
    }

    /** A string instruction, repeated ones after MOV ECX, small. */
    private Item string(ByteArrayOutputStream b) {
        int rep = rnd.nextInt(3);
        if (rep > 0) {
            b.write(0xB9);
            imm32(b, rnd.nextInt(20));
            b.write(rep == 1 ? 0xF3 : 0xF2);
        }
        if (rnd.nextInt(6) == 0) b.write(0x66);
        int[] ops = {0xA4, 0xA5, 0xA6, 0xA7, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF};
        b.write(ops[rnd.nextInt(ops.length)]);
        return item(b);
    }

    private Item pushRet(ByteArrayOutputStream b) {
        b.write(0x68);
        imm32(b, 0);
        if (rnd.nextBoolean()) {
            b.write(0xC3);
        } else {
            b.write(0xC2);
            b.write(rnd.nextInt(4) * 4);
            b.write(0);
        }
        return toNextItem(b);
    }

    /** The item just written, whose imm32 at offset 1 becomes the absolute address of the next item. */
    private Item toNextItem(ByteArrayOutputStream b) {
        Item it = item(b);
        it.jumpAhead = 1;
        it.relAt = 1;
        it.relSize = -4; // absolute address
        return it;
    }

    /**
     * An indirect JMP to a later instruction: {@code push $target; jmp *(%esp)} (JMP m32, leaving
     * the target pushed) or {@code mov $target, %reg; jmp *%reg} (JMP r32).
     */
    private Item jmpIndirect(ByteArrayOutputStream b) {
        if (rnd.nextBoolean()) {
            b.write(0x68);
            imm32(b, 0);
            b.write(0xFF);
            b.write(0x24); // mod 00, /4, SIB
            b.write(0x24); // base ESP, no index
        } else {
            int r = rnd.nextInt(8);
            if (r == 4) r = 0; // not ESP
            b.write(0xB8 + r);
            imm32(b, 0);
            b.write(0xFF);
            b.write(0xE0 | r); // mod 11, /4
        }
        return toNextItem(b);
    }

    /** Rarer instructions: faults, control, segment loads, flags. */
    private Item special(ByteArrayOutputStream b) {
        switch (rnd.nextInt(14)) {
            case 0: b.write(0x0F); b.write(0x0B); break; // ud2
            case 1: b.write(0xCC); break; // int3
            case 2: b.write(0x8E); b.write(0xD8 | rnd.nextInt(8)); break; // mov ds, r32 (often #GP)
            case 3: b.write(0x9C); break; // pushf
            case 4: b.write(0x9D); break; // popf
            case 5: b.write(0xE8); imm32(b, 0); break; // call next
            case 6: case 10: return pushRet(b); // push a later instruction's address; ret [imm16]
            case 7: b.write(0xD4); b.write(rnd.nextInt(4) == 0 ? 0 : 10); break; // aam (0: #DE)
            case 8: b.write(0xE6); b.write(0x80); break; // out 0x80, al
            case 9: b.write(0xE5); b.write(0x60); break; // in eax, 0x60
            case 11: case 12: return jmpIndirect(b);
            default: b.write(0x62); modrmMem(b, rnd.nextInt(8)); break; // bound
        }
        return item(b);
    }

    // Operand shapes (last element of a template)
    static final int NONE = 0, MODRM = 1, MODRM_MEM = 2, IB = 3, IW = 4, IZ = 5, MODRM_IB = 6, MODRM_IZ = 7;
    static final int GROUP = 8, IMM8_FLAG = 16, IMMZ_FLAG = 32;

    private static int[][] build() {
        List<int[]> t = new ArrayList<>();
        for (int row = 0; row < 8; row++) { // ADD OR ADC SBB AND SUB XOR CMP: Eb,Gb Ev,Gv Gb,Eb Gv,Ev AL,Ib eAX,Iz
            for (int k = 0; k < 4; k++) {
                t.add(new int[] {row * 8 + k, MODRM});
                t.add(new int[] {row * 8 + k, MODRM}); // weight the hot forms
            }
            t.add(new int[] {row * 8 + 4, IB});
            t.add(new int[] {row * 8 + 5, IZ});
        }
        for (int g = 0; g < 8; g++) {
            t.add(new int[] {0x80, GROUP | g | IMM8_FLAG});
            t.add(new int[] {0x81, GROUP | g | IMMZ_FLAG});
            t.add(new int[] {0x83, GROUP | g | IMM8_FLAG});
            t.add(new int[] {0x83, GROUP | g | IMM8_FLAG});
            t.add(new int[] {0xC0, GROUP | g | IMM8_FLAG});
            t.add(new int[] {0xC1, GROUP | g | IMM8_FLAG});
            t.add(new int[] {0xD0, GROUP | g});
            t.add(new int[] {0xD1, GROUP | g});
            t.add(new int[] {0xD2, GROUP | g});
            t.add(new int[] {0xD3, GROUP | g});
        }
        for (int r = 0; r < 8; r++) {
            t.add(new int[] {0x40 + r, NONE});
            t.add(new int[] {0x48 + r, NONE});
            t.add(new int[] {0x50 + r, NONE});
            t.add(new int[] {0x58 + r, NONE});
            t.add(new int[] {0xB0 + r, IB});
            t.add(new int[] {0xB8 + r, IZ});
            t.add(new int[] {0xB8 + r, IZ});
            t.add(new int[] {0x0F, 0x90 + r, MODRM});
            t.add(new int[] {0x0F, 0x98 + r, MODRM});
            t.add(new int[] {0x0F, 0x40 + r, MODRM});
            t.add(new int[] {0x0F, 0x48 + r, MODRM});
            t.add(new int[] {0x90 + r, NONE});
            t.add(new int[] {0x0F, 0xC8 + r, NONE});
        }
        int[][] simple = {
            {0x84, MODRM}, {0x85, MODRM}, {0xA8, IB}, {0xA9, IZ}, {0x86, MODRM}, {0x87, MODRM},
            {0x88, MODRM}, {0x89, MODRM}, {0x8A, MODRM}, {0x8B, MODRM}, {0x88, MODRM}, {0x89, MODRM},
            {0x8A, MODRM}, {0x8B, MODRM}, {0x89, MODRM}, {0x8B, MODRM}, {0x8D, MODRM_MEM}, {0x8D, MODRM_MEM},
            {0xC6, GROUP | IMM8_FLAG}, {0xC7, GROUP | IMMZ_FLAG}, {0x68, IZ}, {0x6A, IB},
            {0xFF, GROUP | 6}, {0x8F, GROUP}, {0xFE, GROUP}, {0xFE, GROUP | 1}, {0xFF, GROUP}, {0xFF, GROUP | 1},
            {0xF6, GROUP | IMM8_FLAG}, {0xF7, GROUP | IMMZ_FLAG}, {0xF6, GROUP | 2}, {0xF7, GROUP | 3},
            {0xF6, GROUP | 4}, {0xF7, GROUP | 5}, {0xF7, GROUP | 6}, {0xF6, GROUP | 7}, {0xF7, GROUP | 4},
            {0x0F, 0xAF, MODRM}, {0x69, MODRM_IZ}, {0x6B, MODRM_IB},
            {0x0F, 0xA3, MODRM}, {0x0F, 0xAB, MODRM}, {0x0F, 0xB3, MODRM}, {0x0F, 0xBB, MODRM},
            {0x0F, 0xBA, GROUP | 4 | IMM8_FLAG}, {0x0F, 0xBA, GROUP | 5 | IMM8_FLAG},
            {0x0F, 0xBA, GROUP | 6 | IMM8_FLAG}, {0x0F, 0xBA, GROUP | 7 | IMM8_FLAG},
            {0x0F, 0xBC, MODRM}, {0x0F, 0xBD, MODRM}, {0x0F, 0xB6, MODRM}, {0x0F, 0xB7, MODRM},
            {0x0F, 0xBE, MODRM}, {0x0F, 0xBF, MODRM}, {0x0F, 0xA4, MODRM_IB}, {0x0F, 0xA5, MODRM},
            {0x0F, 0xAC, MODRM_IB}, {0x0F, 0xAD, MODRM}, {0x0F, 0xC0, MODRM}, {0x0F, 0xC1, MODRM},
            {0x0F, 0xB0, MODRM}, {0x0F, 0xB1, MODRM},
            {0x98, NONE}, {0x99, NONE}, {0x9E, NONE}, {0x9F, NONE}, {0xF5, NONE}, {0xF8, NONE}, {0xF9, NONE},
            {0xFC, NONE}, {0xFD, NONE}, {0x27, NONE}, {0x2F, NONE}, {0x37, NONE}, {0x3F, NONE}, {0xD6, NONE},
            {0xD5, IB}, {0xC8, 0x10, 0x00, IB}, {0xF3, 0x90, NONE}, {0x0F, 0x31, NONE}, {0x0F, 0x31, NONE}, {0x0F, 0xA2, NONE}, {0xC9, NONE}, {0x60, NONE}, {0x61, NONE}, {0xD7, NONE},
            {0x06, NONE}, {0x0E, NONE}, {0x16, NONE}, {0x1E, NONE}, {0x0F, 0xA0, NONE}, {0x0F, 0xA8, NONE},
        };
        for (int[] s : simple) {
            t.add(s);
        }
        return t.toArray(new int[0][]);
    }

    private static final int[][] TEMPLATES = build();
}
