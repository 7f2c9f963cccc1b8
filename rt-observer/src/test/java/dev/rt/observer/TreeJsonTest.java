package dev.rt.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rt.Accounting;
import dev.rt.ActorInfo;
import dev.rt.ActorInfo.State;
import dev.rt.TreeSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeJsonTest {

    @Test
    void aSmallTreeHasExactlyThisText() {
        ActorInfo risk = new ActorInfo("/user/trading/risk", "RiskManager", State.RUNNING, 1, 2,
                7, List.of());
        ActorInfo book = new ActorInfo("/user/trading/book", "OrderBook", State.SUSPENDED, 0, 0,
                4, List.of());
        ActorInfo trading = new ActorInfo("/user/trading", "Supervisor", State.RUNNING, 0, 0, 9,
                List.of(book, risk));
        TreeSnapshot tree = new TreeSnapshot("show\"case", List.of(trading));
        Accounting accounting = new Accounting(20, 1, 2, 3, 4, 5, 6, 7);
        List<FailureLog.Failure> recent = List.of(new FailureLog.Failure("/user/trading/risk",
                "ActorFailed", "IllegalStateException: corrupt <state>\n", 1_000));

        String json = TreeJson.write(tree, accounting, recent, 60_000, 3_500);

        assertEquals("{\"system\":\"show\\\"case\","
                + "\"accounting\":{\"processed\":20,\"failed\":1,\"dropped\":2,\"expired\":3,"
                + "\"deadLettered\":4,\"cancelledTimers\":5,\"queued\":6,\"timerMessages\":7},"
                + "\"actors\":[{\"path\":\"/user/trading\",\"name\":\"trading\","
                + "\"behavior\":\"Supervisor\",\"state\":\"RUNNING\",\"restarts\":0,"
                + "\"mailboxDepth\":0,\"processed\":9,\"recentlyFailed\":false,\"children\":["
                + "{\"path\":\"/user/trading/book\",\"name\":\"book\",\"behavior\":\"OrderBook\","
                + "\"state\":\"SUSPENDED\",\"restarts\":0,\"mailboxDepth\":0,\"processed\":4,"
                + "\"recentlyFailed\":false,\"children\":[]},"
                + "{\"path\":\"/user/trading/risk\",\"name\":\"risk\","
                + "\"behavior\":\"RiskManager\",\"state\":\"RUNNING\",\"restarts\":1,"
                + "\"mailboxDepth\":2,\"processed\":7,\"recentlyFailed\":true,"
                + "\"children\":[]}]}],"
                + "\"recentFailureWindowMillis\":60000,"
                + "\"recentFailures\":[{\"path\":\"/user/trading/risk\",\"event\":\"ActorFailed\","
                + "\"cause\":\"IllegalStateException: corrupt \\u003cstate\\u003e\\n\","
                + "\"atMillis\":1000,\"agoMillis\":2500}]}", json);
    }

    @Test
    void anEmptySystem() {
        assertEquals("{\"system\":\"s\",\"accounting\":{\"processed\":0,\"failed\":0,"
                + "\"dropped\":0,\"expired\":0,\"deadLettered\":0,\"cancelledTimers\":0,"
                + "\"queued\":0,\"timerMessages\":0},\"actors\":[],"
                + "\"recentFailureWindowMillis\":1,\"recentFailures\":[]}",
                TreeJson.write(new TreeSnapshot("s", List.of()),
                        new Accounting(0, 0, 0, 0, 0, 0, 0, 0), List.of(), 1, 0));
    }
}
