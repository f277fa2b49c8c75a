package io.github.spbe4j.benchmarks;

import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.sla.SlaClock;
import java.time.Instant;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmarks' year of complaints: {@link SyntheticComplaints#register(int, long)} of {@link #size}
 * complaints (a million unless a run says otherwise with {@code -p size=…}), generated once per trial in
 * setup, outside the measurement. Shared state: any benchmark over the same complaints (SLA statuses,
 * metrics) takes it as a parameter of its {@code @Benchmark} method and sees the same register.
 */
@State(Scope.Benchmark)
public class MillionComplaints {

    /** How many complaints. */
    @Param("1000000")
    public int size;

    /** The register. */
    public ComplaintRegister register;

    /** Its complaints, in the register's order, as an array to iterate without a list's checks. */
    public Complaint[] complaints;

    /** The register's SLA clock ({@link ComplaintRegister#slaClock()}). */
    public SlaClock clock;

    /** The instant the complaints are read at: {@link SyntheticComplaints#NOW}. */
    public Instant at;

    /** Generates the register. */
    @Setup(Level.Trial)
    public void generate() {
        register = SyntheticComplaints.register(size, SyntheticComplaints.SEED);
        complaints = register.complaints().toArray(Complaint[]::new);
        clock = register.slaClock();
        at = SyntheticComplaints.NOW;
    }
}
