package dev.rt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three JVMs on loopback, TCP between them, each a {@link ScriptedNode}: one killed with {@code
 * SIGKILL} while a producer keeps sending to another, then started again on the same port. Every
 * process's PID is printed; every process is ended on every path; the test is bounded in time.
 */
class ThreeNodeTest {

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void aKilledMemberIsToldEverywhereAndComesBackAsANewIncarnation() throws Exception {
        int pa = NodeProcess.freePort();
        int pb = NodeProcess.freePort();
        int pc = NodeProcess.freePort();
        String cluster = "three-" + ProcessHandle.current().pid();
        String members = "127.0.0.1:" + pa + ",127.0.0.1:" + pb + ",127.0.0.1:" + pc;
        NodeProcess b2 = null;
        try (NodeProcess a = NodeProcess.start("a", ScriptedNode.class, cluster, "a",
                        Integer.toString(pa), members);
                NodeProcess b = NodeProcess.start("b", ScriptedNode.class, cluster, "b",
                        Integer.toString(pb), members);
                NodeProcess c = NodeProcess.start("c", ScriptedNode.class, cluster, "c",
                        Integer.toString(pc), members)) {
            a.await("READY");
            String bIncarnation = b.await("READY").split(" ")[2];
            c.await("READY");
            a.await("EVENT up /cluster/b");
            a.await("EVENT up /cluster/c");

            b.ask("account acct", "OK");
            b.ask("account slow", "OK"); // its handler of Hang never returns: for a pending ask
            b.ask("register acct", "REGISTERED acct"); // in the cluster registry too
            b.ask("account inbox", "OK");
            b.ask("subscribe news inbox", "OK");
            c.ask("account acct2", "OK");
            c.ask("account inbox", "OK");
            c.ask("subscribe news inbox", "OK");
            a.ask("find b acct", "FOUND acct");
            a.ask("find b slow", "FOUND slow");
            a.ask("find c acct2", "FOUND acct2");
            a.ask("watch acct", "OK");
            a.send("hang slow");
            a.ask("teller acct", "OK teller"); // a child that depends on b's account
            assertEquals("PAID 3", a.ask("pay 3", "PAID"));
            awaitPublishedTo(a, 2); // b's and c's subscriptions have reached a
            a.ask("produce acct2", "OK");
            c.ask("balance acct2", "BALANCE"); // the producer is running

            b.kill();
            // The watcher, the pending ask and the membership: all told, without any timeout.
            assertEquals("TERMINATED acct NodeDownException", a.await("TERMINATED acct"));
            assertEquals("ASKFAILED slow NodeDownException", a.await("ASKFAILED slow"));
            a.await("EVENT left /cluster/b " + bIncarnation);
            c.await("EVENT left /cluster/b " + bIncarnation);
            // Its registrations and subscriptions vanished with it.
            assertEquals("NOTFOUND acct NoSuchElementException",
                    a.ask("lookup acct", "NOTFOUND acct"));
            assertEquals("PUBLISHED news 1", a.ask("publish news", "PUBLISHED news"));
            // The dependent child failed, and is restarted until the account is registered
            // again, on c now; then it resolves that one.
            a.await("EVENT restarted /user/branch/teller");
            c.ask("account acct", "OK");
            c.ask("register acct", "REGISTERED acct");
            assertEquals("PAID 4", a.ask("pay 4", "PAID"));
            assertEquals("BALANCE acct 4", c.ask("balance acct", "BALANCE acct"));

            // Started again on the same port: a new incarnation, and old references stay dead.
            b2 = NodeProcess.start("b2", ScriptedNode.class, cluster, "b", Integer.toString(pb),
                    members);
            String b2Incarnation = b2.await("READY").split(" ")[2];
            assertNotEquals(bIncarnation, b2Incarnation);
            a.await("EVENT up /cluster/b " + b2Incarnation);
            b2.ask("account old", "OK");
            a.ask("tell acct", "OK"); // a's "acct" is still the reference to the dead incarnation
            a.ask("find b old", "FOUND old");
            a.ask("balance old", "BALANCE old 0"); // the tell reached nothing on the new one

            // The producer ran throughout; every deposit it sent reached the live account.
            String[] produced = a.ask("stop acct2", "PRODUCED acct2").split(" ");
            assertEquals(produced[2], produced[3], "sent, then found in the balance");
            assertEquals("BALANCE acct2 " + produced[2], c.ask("balance acct2", "BALANCE acct2"));

            // Exact accounting on the survivors: every message of theirs is in one bucket.
            a.send("quit");
            String aBye = a.await("BYE");
            c.send("quit");
            String cBye = c.await("BYE");
            assertEquals(0, queued(aBye), aBye);
            assertEquals(0, queued(cBye), cBye);
            b2.send("quit");
            b2.await("BYE");
        } finally {
            if (b2 != null) {
                b2.close();
            }
        }
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void aFrozenMemberIsRemovedAndWhenThawedIsMetAfresh() throws Exception {
        int pa = NodeProcess.freePort();
        int pb = NodeProcess.freePort();
        int pc = NodeProcess.freePort();
        String cluster = "freeze-" + ProcessHandle.current().pid();
        String members = "127.0.0.1:" + pa + ",127.0.0.1:" + pb + ",127.0.0.1:" + pc;
        try (NodeProcess a = NodeProcess.start("a", ScriptedNode.class, cluster, "a",
                        Integer.toString(pa), members);
                NodeProcess b = NodeProcess.start("b", ScriptedNode.class, cluster, "b",
                        Integer.toString(pb), members);
                NodeProcess c = NodeProcess.start("c", ScriptedNode.class, cluster, "c",
                        Integer.toString(pc), members)) {
            a.await("READY");
            b.await("READY");
            String cIncarnation = c.await("READY").split(" ")[2];
            a.await("EVENT up /cluster/c");
            b.await("EVENT up /cluster/c");
            c.ask("account acct", "OK");
            a.ask("find c acct", "FOUND acct");
            a.ask("watch acct", "OK");

            c.freeze();
            // Suspected by the member whose failure detector watches it, then removed everywhere.
            NodeProcess.awaitAny("EVENT unreachable /cluster/c " + cIncarnation, a, b);
            a.await("EVENT left /cluster/c " + cIncarnation);
            b.await("EVENT left /cluster/c " + cIncarnation);
            assertEquals("TERMINATED acct NodeDownException", a.await("TERMINATED acct"));

            // Thawed, it cannot go on as a member of the old view: the others meet it afresh, so
            // it sees them leave (what it had pending with them fails) and come back.
            c.thaw();
            c.await("EVENT left /cluster/a");
            c.await("EVENT up /cluster/a");
            a.await("EVENT up /cluster/c " + cIncarnation);
            a.ask("tell acct", "OK"); // to the removed incarnation: a dead letter, not delivered
            c.ask("balance acct", "BALANCE acct 0");
            a.send("quit");
            assertEquals(1, deadLetters(a.await("BYE")));
        }
    }

    private static long deadLetters(String accountingLine) {
        return Long.parseLong(accountingLine.split(" ")[2]);
    }

    /** Publishes to "news" from {@code node} until it reaches {@code members} members. */
    private static void awaitPublishedTo(NodeProcess node, int members) throws Exception {
        for (int i = 0; i < 200; i++) {
            String line = node.ask("publish news", "PUBLISHED news");
            if (line.equals("PUBLISHED news " + members)) {
                return;
            }
        }
        throw new AssertionError("the subscriptions never reached " + members + " members");
    }

    private static long queued(String accountingLine) {
        return Long.parseLong(accountingLine.split(" ")[3]);
    }
}
