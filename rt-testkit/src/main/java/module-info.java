/**
 * RT's testkit: test drivers for actors, so that no test sleeps. Users add the {@code
 * rt-testkit} artifact with test scope.
 *
 * <ul>
 *   <li>{@code dev.rt.testkit}: test probes, test inboxes and the synchronous behavior test kit.
 * </ul>
 *
 * The manual clock is in the runtime's API, as {@code dev.rt.ManualClock}.
 */
module dev.rt.testkit {
    requires transitive dev.rt.runtime;

    exports dev.rt.testkit;
}
