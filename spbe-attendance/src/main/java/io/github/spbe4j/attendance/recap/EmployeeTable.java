package io.github.spbe4j.attendance.recap;

import io.github.spbe4j.core.identifier.Nip;
import java.util.Arrays;

/**
 * The accumulator's per-employee state in a few flat arrays rather than an object per employee: an
 * open-addressing table from the NIP (its 18 digits as a number) to a row of ints — the days with a
 * record (a bit per day), the extra days, the missing check-outs, the schedule's index and a count per
 * band. Large arrays are few objects for the collector to trace and never copy, whatever the number of
 * employees.
 */
final class EmployeeTable {

    static final int SEEN = 0;
    static final int EXTRA = 1;
    static final int MISSING = 2;
    static final int SCHEDULE = 3;
    static final int FIXED = 4;

    private final int stride;
    /** Open addressing: at 2i the NIP as a number (0: empty; no NIP is 0), at 2i+1 its row's offset. */
    private long[] slots = new long[2 * 1024];
    private int mask = 1023;
    private int shift = 64 - 10;
    private Nip[] employees = new Nip[512];
    int[] rows;
    private int size;

    EmployeeTable(int stride) {
        this.stride = stride;
        this.rows = new int[512 * stride];
    }

    /** The offset of an employee's row, or -1. */
    int row(Nip employee) {
        return row(number(employee));
    }

    /** The offset of the row of a NIP given as a number, or -1. */
    int row(long key) {
        for (int i = index(key);; i = (i + 1) & mask) {
            long k = slots[2 * i];
            if (k == key) {
                return (int) slots[2 * i + 1];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /** Adds an employee not yet in the table and returns the offset of its row, all zeros. */
    int add(Nip employee) {
        if (2 * (size + 1) > mask + 1) {
            grow();
        }
        if (size == employees.length) {
            employees = Arrays.copyOf(employees, 2 * size);
            rows = Arrays.copyOf(rows, 2 * size * stride);
        }
        int offset = size * stride;
        employees[size++] = employee;
        put(number(employee), offset);
        return offset;
    }

    /** The employee of a row. */
    Nip employee(int offset) {
        return employees[offset / stride];
    }

    /** Every NIP in the table as a number, in no order. */
    long[] keys() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = number(employees[i]);
        }
        return keys;
    }

    private void put(long key, int offset) {
        int i = index(key);
        while (slots[2 * i] != 0) {
            i = (i + 1) & mask;
        }
        slots[2 * i] = key;
        slots[2 * i + 1] = offset;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[2 * old.length];
        mask = (mask << 1) | 1;
        shift--;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                put(old[i], (int) old[i + 1]);
            }
        }
    }

    private int index(long key) {
        // bits 40 and up of the product (the measured variant), higher for a table of more than 2^24 slots
        return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> Math.min(40, shift)) & mask;
    }

    /** The NIP's 18 digits as a number: below 10^18, so positive, and ordered as the text is. */
    static long number(Nip employee) {
        String digits = employee.toString();
        long n = 0;
        for (int i = 0; i < digits.length(); i++) {
            n = n * 10 + (digits.charAt(i) - '0');
        }
        return n;
    }
}
