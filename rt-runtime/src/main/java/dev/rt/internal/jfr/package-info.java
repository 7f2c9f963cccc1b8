/**
 * RT's JDK Flight Recorder events, category {@code RT}, and the listener that turns the
 * system's {@link dev.rt.MonitorEvent}s into them. Installed by {@link
 * dev.rt.internal.SystemCore} only when {@link dev.rt.ActorSystemConfig#flightRecorder()} is
 * true; not API: the events' names ({@code dev.rt.ActorFailed}...) and fields, listed in
 * docs/observability.md, are the contract, as a recording's settings and {@code jfr print}
 * see them.
 *
 * <p>Concurrency: the listener runs on whichever thread reports (often an actor's), as any
 * subscriber does; it allocates one event object per report and commits it only if {@code
 * shouldCommit()}, which is false unless a running recording enables that event.
 */
package dev.rt.internal.jfr;
