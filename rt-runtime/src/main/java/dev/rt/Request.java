package dev.rt;

/**
 * Marks a message of a protocol as a request whose handler replies with an {@code R}.
 *
 * <pre>{@code
 * record Get() implements CounterMsg, Request<Long> {}
 * }</pre>
 *
 * <p>The handler of a request returns {@code R}, or {@code CompletionStage<R>} to reply later.
 * The generated handle turns each request into a method returning {@code CompletionStage<R>}.
 * A request sent with {@link ActorRef#tell tell} is processed and its reply discarded.
 *
 * @param <R> the type of the reply
 */
public interface Request<R> {}
