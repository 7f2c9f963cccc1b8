/**
 * RT's actor runtime.
 *
 * <ul>
 *   <li>{@code dev.rt}: the API (systems, references, contexts, monitoring);
 *   <li>{@code dev.rt.spi}: the contract that generated code implements;
 *   <li>{@code dev.rt.testkit}: deterministic test drivers such as the manual clock.
 * </ul>
 *
 * {@code dev.rt.internal} holds the engine and is not API.
 */
module dev.rt.runtime {
    requires transitive dev.rt.annotations;
    requires transitive org.slf4j;
    requires org.jctools.core.jdk11;

    exports dev.rt;
    exports dev.rt.spi;
    exports dev.rt.supervision;
    exports dev.rt.testkit;
}
