package dev.rt.cluster;

import dev.rt.Accounting;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.MonitorEvent;
import dev.rt.Terminated;
import dev.rt.annotation.Strategy;
import dev.rt.supervision.Backoff;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A cluster node in a process of its own that a multi-process test drives through its standard
 * input, one command a line, and reads through its output, one answer a line ({@link
 * NodeProcess}). It prints {@code READY <member>} once joined, reports membership events as
 * {@code EVENT <kind> <member path> <incarnation>}, and ends on {@code quit} (printing its final
 * accounting) or when its input closes.
 *
 * <p>Commands:
 *
 * <ul>
 *   <li>{@code account NAME}: spawns an {@link Account} and publishes it as {@code NAME}.
 *   <li>{@code find MEMBER NAME}: looks {@code NAME} up on the member named {@code MEMBER} and
 *       keeps the reference under {@code NAME}; {@code FOUND NAME} or {@code NOTFOUND NAME why}.
 *   <li>{@code watch NAME}: watches the kept reference; its end prints {@code TERMINATED NAME
 *       <cause class>}.
 *   <li>{@code hang NAME}: asks it a request that is never answered, with a 10-minute timeout;
 *       its failure prints {@code ASKFAILED NAME <cause class>}.
 *   <li>{@code produce NAME}: a thread deposits 1 into it in a loop until {@code stop NAME},
 *       which prints {@code PRODUCED NAME <sent> <balance after the last deposit>}.
 *   <li>{@code register NAME}: registers the kept local account in the cluster registry:
 *       {@code REGISTERED NAME} or {@code NOTREGISTERED NAME <exception>}.
 *   <li>{@code lookup NAME}: looks {@code NAME} up in the cluster registry and keeps it: {@code
 *       FOUND NAME} or {@code NOTFOUND NAME <exception>}.
 *   <li>{@code subscribe TOPIC NAME}: subscribes the kept local account to the cluster topic of
 *       deposits {@code TOPIC}; {@code publish TOPIC}: publishes a deposit of 1, {@code PUBLISHED
 *       TOPIC <members it went to>}.
 *   <li>{@code teller NAME}: a supervised {@link Teller} that depends on the account registered as
 *       {@code NAME}, looked up again at each restart ({@code EVENT restarted <path>}); {@code pay
 *       N}: {@code PAID <balance>} through it.
 *   <li>{@code tell NAME}: deposits 1 into the kept reference, once.
 *   <li>{@code balance NAME}: {@code BALANCE NAME <n>} (asks the kept reference).
 *   <li>{@code accounting}: {@code ACCOUNTING <processed> <dead letters> <queued> <total>}.
 *   <li>{@code quit}: leaves, closes the system, prints {@code BYE} and its final accounting.
 * </ul>
 *
 * <p>Arguments: cluster name, node name, TCP port, initial members ({@code host:port,...}).
 */
public final class ScriptedNode {

    private final ActorSystem system;
    private final ClusterNode node;
    private final Map<String, ActorRef<AccountMsg>> refs = new ConcurrentHashMap<>();
    private final Map<String, Producer> producers = new ConcurrentHashMap<>();
    private volatile TellerHandle teller;

    private ClusterTopic<AccountMsg.Deposit> topic(String name) {
        return node.topic(name, AccountMsg.Deposit.class, AccountMsgCodec.INSTANCE);
    }

    /** Deposits 1 at a time into one account until stopped; counts what it sent. */
    private static final class Producer extends Thread {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong sent = new AtomicLong();
        final AccountHandle to;

        Producer(AccountHandle to) {
            super("producer");
            this.to = to;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running.get()) {
                to.deposit(1);
                sent.incrementAndGet();
                if (sent.get() % 200 == 0) {
                    // Paces the loop on the account's answers, so that the mailbox stays short.
                    to.balance().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS)
                            .exceptionally(e -> 0L).join();
                }
            }
        }
    }

    private ScriptedNode(String[] args) {
        this.system = ActorSystem.create(args[1], ActorSystemConfig.builder()
                .monitor(ScriptedNode::event).build());
        this.node = ClusterNode.join(system, ClusterConfig.builder(args[0])
                .nodeName(args[1]).bindPort(Integer.parseInt(args[2]))
                .initialMembers(args[3].split(",")).codecs(AccountMsgCodec.INSTANCE).build());
    }

    private static void event(MonitorEvent e) {
        switch (e) {
            case MonitorEvent.MemberUp m -> say("EVENT up " + m.path() + " " + m.incarnation());
            case MonitorEvent.MemberUnreachable m ->
                    say("EVENT unreachable " + m.path() + " " + m.incarnation());
            case MonitorEvent.MemberLeft m -> say("EVENT left " + m.path() + " " + m.incarnation());
            case MonitorEvent.MemberRefused m -> say("EVENT refused " + m.path() + " " + m.reason());
            case MonitorEvent.ActorRestarted r -> say("EVENT restarted " + r.path());
            default -> { }
        }
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /**
     * Joins, then runs the commands of the standard input.
     *
     * @param args cluster, node, port, initial members
     * @throws Exception if the node cannot start
     */
    public static void main(String[] args) throws Exception {
        Account.gate = new java.util.concurrent.CountDownLatch(1); // Hang never returns
        ScriptedNode n = new ScriptedNode(args);
        say("READY " + n.node.self().name() + " " + n.node.self().incarnation());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] w = line.trim().split("\\s+");
            try {
                if (!n.run(w)) {
                    break;
                }
            } catch (RuntimeException e) {
                say("ERROR " + line + ": " + e);
            }
        }
        n.quit();
    }

    private boolean run(String[] w) throws Exception {
        switch (w[0]) {
            case "account" -> {
                AccountHandle a = AccountHandle.spawn(system, w[1], Account::new);
                node.publish(w[1], a.ref());
                refs.put(w[1], a.ref());
                say("OK account " + w[1]);
            }
            case "find" -> {
                Member member = node.members().stream().filter(m -> m.name().equals(w[1]))
                        .findFirst().orElse(null);
                if (member == null) {
                    say("NOTFOUND " + w[2] + " no member " + w[1]);
                    return true;
                }
                node.lookup(member, w[2], AccountMsgCodec.INSTANCE).whenComplete((ref, e) -> {
                    if (ref != null) {
                        refs.put(w[2], ref);
                        say("FOUND " + w[2]);
                    } else {
                        say("NOTFOUND " + w[2] + " " + e.getClass().getSimpleName());
                    }
                });
            }
            case "watch" -> {
                ObserverHandle o = ObserverHandle.spawn(system, "watch-" + w[1],
                        () -> new Observer(new ReportingQueue(w[1])));
                o.watch(refs.get(w[1]));
                say("OK watch " + w[1]);
            }
            case "hang" -> refs.get(w[1]).ask(new AccountMsg.Hang(), Duration.ofMinutes(10))
                    .whenComplete((v, e) -> say(e == null ? "ANSWERED " + w[1]
                            : "ASKFAILED " + w[1] + " " + cause(e).getClass().getSimpleName()));
            case "produce" -> {
                Producer p = new Producer(AccountHandle.of(refs.get(w[1])));
                producers.put(w[1], p);
                p.start();
                say("OK produce " + w[1]);
            }
            case "stop" -> {
                Producer p = producers.remove(w[1]);
                p.running.set(false);
                p.join(TimeUnit.SECONDS.toMillis(60));
                // Enqueued after the producer's last deposit (the join orders them), and every
                // member's frames arrive in order: the balance counts every deposit that arrived.
                long balance = p.to.balance().toCompletableFuture().get(60, TimeUnit.SECONDS);
                say("PRODUCED " + w[1] + " " + p.sent.get() + " " + balance);
            }
            case "register" -> node.registry().register(w[1], refs.get(w[1])).whenComplete(
                    (v, e) -> say(e == null ? "REGISTERED " + w[1]
                            : "NOTREGISTERED " + w[1] + " " + cause(e).getClass().getSimpleName()));
            case "lookup" -> node.registry().lookup(w[1], AccountMsgCodec.INSTANCE)
                    .whenComplete((ref, e) -> {
                        if (ref != null) {
                            refs.put(w[1], ref);
                            say("FOUND " + w[1]);
                        } else {
                            say("NOTFOUND " + w[1] + " " + cause(e).getClass().getSimpleName());
                        }
                    });
            case "subscribe" -> {
                topic(w[1]).subscribe(refs.get(w[2]));
                say("OK subscribe " + w[1]);
            }
            case "publish" -> say("PUBLISHED " + w[1] + " "
                    + topic(w[1]).publish(new AccountMsg.Deposit(1)));
            case "teller" -> {
                Supervisor sup = Supervisor.start(system, "branch",
                        SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                                .intensity(1000, Duration.ofMinutes(1))
                                .backoff(Backoff.exponential(Duration.ofMillis(100),
                                        Duration.ofMillis(500)))
                                .child(TellerHandle.childSpec("teller", siblings -> new Teller(
                                        () -> node.registry().lookup(w[1],
                                                AccountMsgCodec.INSTANCE))))
                                .build());
                sup.started().toCompletableFuture().get(60, TimeUnit.SECONDS);
                teller = TellerHandle.of(sup.child("teller"));
                say("OK teller " + w[1]);
            }
            case "pay" -> teller.pay(Long.parseLong(w[1])).whenComplete((v, e) ->
                    say(e == null ? "PAID " + v : "NOTPAID " + cause(e).getClass().getSimpleName()));
            case "tell" -> {
                AccountHandle.of(refs.get(w[1])).deposit(1);
                say("OK tell " + w[1]);
            }
            case "balance" -> say("BALANCE " + w[1] + " " + AccountHandle.of(refs.get(w[1]))
                    .balance().toCompletableFuture().get(30, TimeUnit.SECONDS));
            case "accounting" -> say(accounting("ACCOUNTING", system.accounting()));
            case "quit" -> {
                return false;
            }
            default -> say("ERROR unknown command " + String.join(" ", w));
        }
        return true;
    }

    private void quit() throws Exception {
        producers.values().forEach(p -> p.running.set(false));
        node.close();
        system.close();
        system.whenTerminated().toCompletableFuture().get(60, TimeUnit.SECONDS);
        say(accounting("BYE", system.accounting()));
    }

    private static String accounting(String tag, Accounting a) {
        return tag + " " + a.processed() + " " + a.deadLettered() + " " + a.queued() + " "
                + a.total();
    }

    private static Throwable cause(Throwable e) {
        return e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                ? e.getCause() : e;
    }

    /** Prints each {@link Terminated} the observer receives instead of keeping it. */
    private static final class ReportingQueue extends LinkedBlockingQueue<Terminated> {
        private static final long serialVersionUID = 1L;
        private final String name;

        ReportingQueue(String name) {
            this.name = name;
        }

        @Override
        public boolean offer(Terminated t) {
            say("TERMINATED " + name + " " + t.failure().map(f -> f.getClass().getSimpleName())
                    .orElse("stopped"));
            return super.offer(t);
        }
    }
}
