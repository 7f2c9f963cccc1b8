package dev.rt.micrometer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code rt.mailbox.depth} gauges of one registry: one per behavior or actor, at most
 * {@code max} of them, and one tagged {@link RtMetrics#OTHER} for the rest, registered when
 * first needed. Gauges come and go with the samples: a key no longer in a sample loses its
 * gauge, and its place goes to the next key found.
 *
 * <p>Concurrency: {@link #update} runs under this object's lock, from whichever thread took a
 * sample (a scrape, or {@code bindTo}); the gauges read the {@link ConcurrentHashMap} of tagged
 * keys without a lock.
 */
final class MailboxMeters {

    private final MeterRegistry registry;
    private final Tags tags;
    private final String tagKey;
    private final int max;
    private final Sampler sampler;
    private final Map<String, Gauge> tagged = new ConcurrentHashMap<>();
    private Gauge other; // guarded by this
    private boolean closed; // guarded by this

    MailboxMeters(MeterRegistry registry, Tags tags, RtMetrics.MailboxGauges mode, int max,
            Sampler sampler) {
        this.registry = registry;
        this.tags = tags;
        this.tagKey = mode == RtMetrics.MailboxGauges.PER_ACTOR ? "path" : "behavior";
        this.max = max;
        this.sampler = sampler;
    }

    /** Adds and removes gauges so that they match {@code sample}'s keys, within the cap. */
    synchronized void update(Sample sample) {
        if (closed) {
            return;
        }
        Map<String, Long> depths = sample.depths();
        for (Iterator<Map.Entry<String, Gauge>> it = tagged.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Gauge> e = it.next();
            if (!depths.containsKey(e.getKey())) {
                registry.remove(e.getValue());
                it.remove();
            }
        }
        for (String key : depths.keySet()) {
            if (tagged.size() >= max) {
                break;
            }
            if (!tagged.containsKey(key)) {
                tagged.put(key, gauge(key, s -> depthOf(key)));
            }
        }
        if (other == null && tagged.size() < depths.size()) {
            other = gauge(RtMetrics.OTHER, s -> otherDepth());
        }
    }

    private Gauge gauge(String value, java.util.function.ToDoubleFunction<Sampler> f) {
        return Gauge.builder("rt.mailbox.depth", sampler, f).tags(tags).tag(tagKey, value)
                .description("messages waiting in the mailboxes of this " + tagKey)
                .strongReference(true).register(registry);
    }

    private double depthOf(String key) {
        return sampler.sample().depths().getOrDefault(key, 0L);
    }

    private double otherDepth() {
        long sum = 0;
        for (Map.Entry<String, Long> e : sampler.sample().depths().entrySet()) {
            if (!tagged.containsKey(e.getKey())) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    /** Removes every gauge; later samples change nothing. */
    synchronized void close() {
        closed = true;
        for (Gauge g : tagged.values()) {
            registry.remove(g);
        }
        tagged.clear();
        if (other != null) {
            registry.remove(other);
            other = null;
        }
    }
}
