/**
 * RT's observer: a live web page of an {@link dev.rt.ActorSystem}'s supervision tree and
 * accounting, as Erlang's observer gives OTP users, served by the JDK's own HTTP server
 * ({@code jdk.httpserver}). Start it with {@link dev.rt.observer.Observer#start}.
 */
module dev.rt.observer {
    requires transitive dev.rt.runtime;
    requires jdk.httpserver;

    exports dev.rt.observer;
}
