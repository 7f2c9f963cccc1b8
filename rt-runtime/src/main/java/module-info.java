/**
 * RT's actor runtime.
 *
 * <ul>
 *   <li>{@code dev.rt}: the API (systems, references, contexts, monitoring, the manual clock);
 *   <li>{@code dev.rt.pool}: pools of workers behind one routing reference;
 *   <li>{@code dev.rt.spi}: the contract that generated code implements;
 *   <li>{@code dev.rt.supervision}: supervision trees: specs, supervisors and their snapshots;
 *   <li>{@code dev.rt.wire}: the wire format of generated codecs and protocol schemas.
 * </ul>
 *
 * {@code dev.rt.internal} holds the engine and is not API. The testkit is a module of its own,
 * {@code dev.rt.testkit} (the {@code rt-testkit} artifact).
 */
@SuppressWarnings("module") // the qualified export names modules built after this one
module dev.rt.runtime {
    requires transitive dev.rt.annotations;
    requires transitive org.slf4j;
    requires org.jctools.core.jdk11;
    // The JDK Flight Recorder events (dev.rt.internal.jfr), written only when the configuration
    // asks for them (ActorSystemConfig.flightRecorder); jdk.jfr is in every standard JDK image.
    requires jdk.jfr;

    exports dev.rt;
    exports dev.rt.pool;
    exports dev.rt.spi;
    exports dev.rt.supervision;
    exports dev.rt.wire;

    // The testkit's probes need what only the engine knows about a reference (internal.Refs:
    // whether RT made it, whether two references address one actor, a watch that the
    // accounting does not count); its BehaviorTestKit runs a system whose cells report to it
    // (internal.CellObserver, internal.KitSupport), and its TestInbox references are watchable
    // (internal.Watchable). The cluster module resolves, exports and watches local actors for
    // other nodes (internal.RemoteSupport, Watchable, Watcher). To those two alone, so that it
    // stays out of the API.
    exports dev.rt.internal to dev.rt.testkit, dev.rt.cluster;
}
