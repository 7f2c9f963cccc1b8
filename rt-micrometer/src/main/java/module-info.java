/**
 * RT's metrics on Micrometer: {@link dev.rt.micrometer.RtMetrics}, a {@code MeterBinder} for
 * one {@link dev.rt.ActorSystem}.
 */
module dev.rt.micrometer {
    requires transitive dev.rt.runtime;
    requires transitive micrometer.core;

    exports dev.rt.micrometer;
}
