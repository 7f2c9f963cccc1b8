package dev.rt.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rt.MonitorEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureLogTest {

    private static List<String> paths(List<FailureLog.Failure> failures) {
        return failures.stream().map(FailureLog.Failure::path).toList();
    }

    @Test
    void failuresAndRestartsAreRecordedNewestFirstOnePerPath() {
        FailureLog log = new FailureLog(10, 1_000);
        log.record(new MonitorEvent.ActorFailed("/user/a", "Msg", new IllegalStateException("x")),
                100);
        log.record(new MonitorEvent.ActorRestarted("/user/b", 1, new RuntimeException()), 200);
        log.record(new MonitorEvent.ActorStarted("/user/c", "C"), 250); // not a failure
        log.record(new MonitorEvent.ActorRestarted("/user/a", 1, null), 300);

        List<FailureLog.Failure> recent = log.recent(400);
        assertEquals(List.of(new FailureLog.Failure("/user/a", "ActorRestarted", "", 300),
                new FailureLog.Failure("/user/b", "ActorRestarted", "RuntimeException", 200)),
                recent);
    }

    @Test
    void onlyFailuresWithinTheWindowAreRecent() {
        FailureLog log = new FailureLog(10, 1_000);
        log.record(new MonitorEvent.ActorFailed("/user/a", "M", new Error("boom")), 0);
        log.record(new MonitorEvent.ActorFailed("/user/b", "M", new Error("boom")), 500);
        assertEquals(List.of("/user/b", "/user/a"), paths(log.recent(999)));
        assertEquals(List.of("/user/b"), paths(log.recent(1_000)));
        assertEquals(List.of(), paths(log.recent(1_500)));
        assertEquals("Error: boom", log.recent(1_000).getFirst().cause());
    }

    @Test
    void theOldestPathGoesPastTheCapacity() {
        FailureLog log = new FailureLog(2, 1_000);
        for (String p : List.of("/user/a", "/user/b", "/user/c")) {
            log.record(new MonitorEvent.ActorFailed(p, "M", null), 1);
        }
        assertEquals(List.of("/user/c", "/user/b"), paths(log.recent(2)));
    }
}
