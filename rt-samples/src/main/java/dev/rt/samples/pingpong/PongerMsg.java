package dev.rt.samples.pingpong;

/** The protocol of {@link Ponger}. */
public sealed interface PongerMsg {

    /**
     * A ping, to be answered with a pong. It carries the pinger's generated handle, so the
     * processor defers the ponger until that handle exists.
     *
     * @param remaining pings still to play after this one
     * @param from who to answer
     */
    record Ping(int remaining, PingerHandle from) implements PongerMsg {}
}
