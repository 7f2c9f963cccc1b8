package dev.rt.processor.validation;

import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The health check of a static child as {@link HealthCheckValidator} read and accepted it, from
 * the {@code health…} values of its {@code @Child}; {@code
 * dev.rt.processor.binding.SupervisorModels} builds the model's health check from it.
 *
 * @param intervalMillis how often the child is probed, in milliseconds; positive
 * @param timeoutMillis how long the child has to answer a probe, in milliseconds; positive
 * @param protocol the protocol of a worker child; empty for a nested supervisor, whose protocol
 *     is the runtime's {@code SupervisorProtocol}
 * @param request the message of the protocol that probes the child, a request that is created
 *     with no arguments; empty for a bare mailbox probe
 */
public record CheckedHealthCheck(
        long intervalMillis,
        long timeoutMillis,
        Optional<TypeElement> protocol,
        Optional<TypeElement> request) {}
