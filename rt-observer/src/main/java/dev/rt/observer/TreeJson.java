package dev.rt.observer;

import dev.rt.Accounting;
import dev.rt.ActorInfo;
import dev.rt.TreeSnapshot;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON of {@code /api/tree}: the system's name, its accounting, its tree and its recent
 * failures. A pure function of its arguments, so that its text can be tested exactly; the shape
 * is documented in docs/observability.md.
 */
final class TreeJson {

    private TreeJson() {}

    static String write(TreeSnapshot tree, Accounting accounting, List<FailureLog.Failure> recent,
            long windowMillis, long nowMillis) {
        Set<String> failed = recent.stream().map(FailureLog.Failure::path)
                .collect(Collectors.toSet());
        Json json = new Json().beginObject().member("system", tree.system());
        json.name("accounting").beginObject()
                .member("processed", accounting.processed())
                .member("failed", accounting.failed())
                .member("dropped", accounting.dropped())
                .member("expired", accounting.expired())
                .member("deadLettered", accounting.deadLettered())
                .member("cancelledTimers", accounting.cancelledTimers())
                .member("queued", accounting.queued())
                .member("timerMessages", accounting.timerMessages())
                .endObject();
        json.name("actors").beginArray();
        for (ActorInfo actor : tree.actors()) {
            actor(json, actor, failed);
        }
        json.endArray();
        json.member("recentFailureWindowMillis", windowMillis);
        json.name("recentFailures").beginArray();
        for (FailureLog.Failure f : recent) {
            json.beginObject().member("path", f.path()).member("event", f.event())
                    .member("cause", f.cause()).member("atMillis", f.atMillis())
                    .member("agoMillis", Math.max(0, nowMillis - f.atMillis())).endObject();
        }
        return json.endArray().endObject().toString();
    }

    private static void actor(Json json, ActorInfo actor, Set<String> failed) {
        json.beginObject()
                .member("path", actor.path())
                .member("name", actor.name())
                .member("behavior", actor.behavior())
                .member("state", actor.state().name())
                .member("restarts", actor.restarts())
                .member("mailboxDepth", actor.mailboxDepth())
                .member("processed", actor.processed())
                .member("recentlyFailed", failed.contains(actor.path()));
        json.name("children").beginArray();
        for (ActorInfo child : actor.children()) {
            actor(json, child, failed);
        }
        json.endArray().endObject();
    }
}
