package dev.rt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.MonitorEvent;
import dev.rt.RecordingMonitor;
import dev.rt.Terminated;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two JVMs on loopback, TCP between them: a generated handle used across the process boundary,
 * then the other JVM killed ({@code destroyForcibly}): the survivor's watchers get {@code
 * Terminated} and its pending asks fail, long before their timeouts. The child's PID is recorded
 * and the child is ended on every path; the whole test is bounded in time.
 */
class ProcessKillTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aKilledMembersWatchersAreToldAndItsAsksFailAtOnce() throws Exception {
        int parentPort = NodeProcess.freePort();
        int childPort = NodeProcess.freePort();
        String cluster = "kill-" + ProcessHandle.current().pid();
        String members = "127.0.0.1:" + parentPort + ",127.0.0.1:" + childPort;
        NodeProcess child = NodeProcess.start("child", ScriptedNode.class, cluster, "child",
                Integer.toString(childPort), members);
        RecordingMonitor monitor = new RecordingMonitor();
        ActorSystem system = ActorSystem.create("parent",
                ActorSystemConfig.builder().monitor(monitor).build());
        ClusterNode node = null;
        try {
            child.await("READY");
            child.ask("account acc", "OK"); // published as "acc"
            node = ClusterNode.join(system, ClusterConfig.builder(cluster).nodeName("parent")
                    .bindPort(parentPort).initialMembers(members.split(","))
                    .codecs(AccountMsgCodec.INSTANCE).build());
            Member childMember = node.members().stream().filter(m -> m.name().equals("child"))
                    .findFirst().orElseThrow(() -> new AssertionError("no child member"));
            AccountHandle account = AccountHandle.of(node.lookup(childMember, "acc",
                    AccountMsgCodec.INSTANCE).toCompletableFuture().get(30, TimeUnit.SECONDS));
            account.deposit(5);
            account.deposit(6);
            assertEquals(11L, account.balance().toCompletableFuture().get(30, TimeUnit.SECONDS));

            BlockingQueue<Terminated> seen = new LinkedBlockingQueue<>();
            ObserverHandle observer = ObserverHandle.spawn(system, "observer",
                    () -> new Observer(seen));
            observer.watch(account.ref());
            account.balance().toCompletableFuture().get(30, TimeUnit.SECONDS); // watch arrived
            CompletionStage<Long> pending = account.ref().ask(new AccountMsg.Hang(),
                    Duration.ofMinutes(10));

            child.kill();

            Terminated t = seen.poll(60, TimeUnit.SECONDS);
            assertNotNull(t, "no Terminated after the member was killed");
            assertEquals(account.ref(), t.ref());
            assertInstanceOf(NodeDownException.class, t.failure().orElseThrow());
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> pending.toCompletableFuture().get(60, TimeUnit.SECONDS));
            assertInstanceOf(NodeDownException.class, e.getCause(),
                    "the ask failed with the member's departure, not its 10-minute timeout");
            String incarnation = childMember.incarnation().toString();
            monitor.await(1, ev -> ev instanceof MonitorEvent.MemberUp up
                    && up.path().equals("/cluster/child") && up.incarnation().equals(incarnation));
            monitor.await(1, ev -> ev instanceof MonitorEvent.MemberLeft left
                    && left.path().equals("/cluster/child")
                    && left.incarnation().equals(incarnation));
            // the failure detector's confirmed suspicion, reported before the member left
            // (a kill closes the child's sockets: FD_SOCK2 suspects, VERIFY_SUSPECT2 confirms)
            monitor.await(1, ev -> ev instanceof MonitorEvent.MemberUnreachable u
                    && u.path().equals("/cluster/child"));
        } finally {
            child.close();
            if (node != null) {
                node.close();
            }
            system.close();
        }
    }
}
