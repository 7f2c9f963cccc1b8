package dev.rt.supervision;

/**
 * A {@link Supervisor#countChildren()} snapshot, as OTP's {@code count_children}.
 *
 * @param specs how many child specs the supervisor holds
 * @param active how many children are running
 * @param supervisors how many children are supervisors
 * @param workers how many children are workers
 */
public record ChildCounts(int specs, int active, int supervisors, int workers) {}
