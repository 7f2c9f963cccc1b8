/**
 * RT's actor runtime.
 *
 * <ul>
 *   <li>{@code dev.rt}: the API (systems, references, contexts, monitoring, the manual clock);
 *   <li>{@code dev.rt.pool}: pools of workers behind one routing reference;
 *   <li>{@code dev.rt.spi}: the contract that generated code implements;
 *   <li>{@code dev.rt.testkit}: test drivers: test probes and the synchronous behavior test
 *       kit.
 * </ul>
 *
 * {@code dev.rt.internal} holds the engine and is not API.
 */
module dev.rt.runtime {
    requires transitive dev.rt.annotations;
    requires transitive org.slf4j;
    requires org.jctools.core.jdk11;

    exports dev.rt;
    exports dev.rt.pool;
    exports dev.rt.spi;
    exports dev.rt.supervision;
    exports dev.rt.testkit;
}
