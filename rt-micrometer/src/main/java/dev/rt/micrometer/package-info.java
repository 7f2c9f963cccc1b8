/**
 * RT's metrics on Micrometer: {@link dev.rt.micrometer.RtMetrics}, a {@code MeterBinder} for
 * one {@link dev.rt.ActorSystem}. The meters are listed in docs/observability.md ("Metrics
 * (Micrometer)"). {@code Sampler}, {@code Sample} and {@code MailboxMeters} are the
 * package-private engine: one sample of the tree per scrape, shared by every meter, and the
 * capped set of tagged mailbox gauges.
 */
package dev.rt.micrometer;
