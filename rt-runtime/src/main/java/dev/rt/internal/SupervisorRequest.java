package dev.rt.internal;

import dev.rt.Request;
import dev.rt.supervision.SupervisorProtocol;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * An administrative call to a supervisor ({@code startChild}, {@code whichChildren}...), as its
 * mailbox carries it: the call to make on the supervisor's thread, whose stage is the reply. Sent
 * by {@link SupervisorClient}, run by {@link SupervisorDescriptor}; queued with the supervisor's
 * other requests, so calls are answered in the order they were made, as OTP's are.
 *
 * @param call what to do, on the supervisor's thread
 */
record SupervisorRequest(Function<SupervisorActor, CompletionStage<?>> call)
        implements SupervisorProtocol, Request<Object> {}
