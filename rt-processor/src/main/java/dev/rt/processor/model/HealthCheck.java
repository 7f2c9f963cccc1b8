package dev.rt.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Optional;

/**
 * The health check of a static child, from the {@code health…} values of its {@code @Child}: the
 * runtime's {@code HealthCheck}, which its spec gets with {@code .withHealthCheck(...)}.
 *
 * @param intervalMillis how often the child is probed, in milliseconds; positive
 * @param timeoutMillis how long the child has to answer a probe, in milliseconds; positive
 * @param protocol the child's protocol, the type argument of {@code HealthCheck.<M>every}: the
 *     behavior's protocol for a worker, {@code SupervisorProtocol} for a nested supervisor
 * @param request the message of {@code protocol} that probes the child, a request that is created
 *     with no arguments; empty for a bare mailbox probe
 */
public record HealthCheck(
        long intervalMillis, long timeoutMillis, ClassName protocol, Optional<ClassName> request) {}
