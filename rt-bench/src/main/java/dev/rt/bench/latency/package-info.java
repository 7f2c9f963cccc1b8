/**
 * The actors of the latency-under-load measurement, {@link dev.rt.bench.Latency}: busy actors
 * that keep the cores loaded ({@link dev.rt.bench.latency.Bouncer}), the actor the probes go to
 * ({@link dev.rt.bench.latency.Probe}), and their Pekko twins ({@link
 * dev.rt.bench.latency.PekkoLatency}).
 */
package dev.rt.bench.latency;
