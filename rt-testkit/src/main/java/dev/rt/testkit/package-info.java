/**
 * Test drivers for actors, so that no test sleeps:
 *
 * <ul>
 *   <li>{@link dev.rt.testkit.TestProbe}: a real actor that records what it receives, and
 *       waits for it with assertions;
 *   <li>{@link dev.rt.testkit.BehaviorTestKit}: runs one behavior synchronously on the test's
 *       thread, in a real cell of a system of its own, recording its {@link
 *       dev.rt.testkit.Effect}s as the runtime reports them;
 *   <li>{@link dev.rt.testkit.TestInbox}: a fake reference that records what is sent to it.
 * </ul>
 *
 * <p>The manual clock, a {@link dev.rt.TimerService} whose time moves only when the test says
 * (for ask timeouts, timers and restart backoff), is {@link dev.rt.ManualClock}, in the API.
 *
 * <p>See {@code docs/testing.md}.
 */
package dev.rt.testkit;
