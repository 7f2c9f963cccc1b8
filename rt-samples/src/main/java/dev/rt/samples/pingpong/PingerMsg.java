package dev.rt.samples.pingpong;

import dev.rt.ActorRef;
import dev.rt.Request;

/** The protocol of {@link Pinger}. */
public sealed interface PingerMsg {

    /**
     * Plays {@code rounds} rounds against {@code ponger}; replies with the rounds played.
     *
     * @param ponger the opponent
     * @param rounds how many pings to send
     */
    record Start(ActorRef<PongerMsg> ponger, int rounds) implements PingerMsg, Request<Integer> {}

    /**
     * The ponger's answer.
     *
     * @param remaining pings still to play
     */
    record Pong(int remaining) implements PingerMsg {}
}
