package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rt.processor.Outcomes.assertError;
import static dev.rt.processor.Outcomes.errors;
import static dev.rt.processor.Sources.compile;
import static dev.rt.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Protocols that carry handles RT generates from them: a ring whose messages hold the next node's
 * handle, two behaviors of two packages whose protocols hold each other's handles, requests that
 * reply with a handle; handlers that take the actor's own handle; private helpers that take
 * messages; and the one place where a generated name is not enough, reported as a cycle.
 */
class SelfReferenceTest {

    /** A protocol of one message, for the tests of handler rules. */
    private static final JavaFileObject WORK_MSG =
            source(
                    "test.Msg",
                    "package test;",
                    "",
                    "public sealed interface Msg {",
                    "    record Work(int n) implements Msg {}",
                    "}");

    /**
     * A behavior of {@code test.Msg}: the class's opening lines, then {@code body}, whose last
     * line closes the class.
     */
    private static JavaFileObject behavior(String name, String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "package test;",
                "",
                "import dev.rt.Actor;",
                "import dev.rt.annotation.ActorBehavior;",
                "",
                "@ActorBehavior",
                "final class " + name + " implements Actor<Msg> {"));
        lines.addAll(List.of(body));
        return source("test." + name, lines.toArray(String[]::new));
    }

    /** A ring node's protocol: every message names the handle generated from this very protocol. */
    private static final JavaFileObject PEER_MSG =
            source(
                    "com.example.ring.PeerMsg",
                    "package com.example.ring;",
                    "",
                    "import dev.rt.Request;",
                    "import java.util.List;",
                    "",
                    "public sealed interface PeerMsg {",
                    "    record Link(PeerHandle next) implements PeerMsg {}",
                    "    record Take(long amount, PeerHandle from) implements PeerMsg {}",
                    "    record Next() implements PeerMsg, Request<PeerHandle> {}",
                    "    record Everyone(List<PeerHandle> peers) implements PeerMsg {}",
                    "}");

    private static final JavaFileObject PEER =
            source(
                    "com.example.ring.Peer",
                    "package com.example.ring;",
                    "",
                    "import dev.rt.Actor;",
                    "import dev.rt.ActorContext;",
                    "import dev.rt.annotation.ActorBehavior;",
                    "import java.util.ArrayDeque;",
                    "import java.util.Deque;",
                    "",
                    "@ActorBehavior",
                    "public final class Peer implements Actor<PeerMsg> {",
                    "    private final Deque<PeerMsg.Take> later = new ArrayDeque<>();",
                    "    private PeerHandle next;",
                    "    private long balance;",
                    "",
                    "    void on(PeerMsg.Link m) { link(m.next()); }",
                    "",
                    "    void on(PeerMsg.Take m, PeerHandle self) {",
                    "        if (next == null) { later.add(m); return; }",
                    "        take(m);",
                    "        next.take(m.amount(), self);",
                    "    }",
                    "",
                    "    PeerHandle on(PeerMsg.Next m) { return next; }",
                    "",
                    "    void on(PeerMsg.Everyone m, ActorContext<PeerMsg> context, PeerHandle self) {",
                    "        context.log().debug(\"{} of {}\", self, m.peers().size());",
                    "    }",
                    "",
                    "    private void link(PeerHandle peer) {",
                    "        next = peer;",
                    "        while (!later.isEmpty()) { take(later.poll()); }",
                    "    }",
                    "",
                    "    private void take(PeerMsg.Take m) { balance += m.amount(); }",
                    "}");

    @Test
    void ringWhoseMessagesCarryTheNextNodesHandle() {
        Compilation compilation = compile(PEER_MSG, PEER);
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(
                compilation, SelfReferenceTest.class, "ring", "com.example.ring.PeerHandle");
        Goldens.assertMatches(
                compilation, SelfReferenceTest.class, "ring", "com.example.ring.PeerDescriptor");
    }

    @Test
    void twoBehaviorsOfTwoPackagesHoldEachOthersHandles() {
        JavaFileObject bankMsg =
                source(
                        "com.example.bank.BankMsg",
                        "package com.example.bank;",
                        "",
                        "import com.example.shop.ShopHandle;",
                        "import dev.rt.Request;",
                        "",
                        "public sealed interface BankMsg {",
                        "    record Pay(long cents, ShopHandle to) implements BankMsg {}",
                        "    record Open() implements BankMsg, Request<BankHandle> {}",
                        "}");
        JavaFileObject bank =
                source(
                        "com.example.bank.Bank",
                        "package com.example.bank;",
                        "",
                        "import dev.rt.Actor;",
                        "import dev.rt.annotation.ActorBehavior;",
                        "",
                        "@ActorBehavior",
                        "public final class Bank implements Actor<BankMsg> {",
                        "    void on(BankMsg.Pay m, BankHandle self) { m.to().paid(m.cents(), self); }",
                        "",
                        "    BankHandle on(BankMsg.Open m, BankHandle self) { return self; }",
                        "}");
        JavaFileObject shopMsg =
                source(
                        "com.example.shop.ShopMsg",
                        "package com.example.shop;",
                        "",
                        "import com.example.bank.*;",
                        "",
                        "public sealed interface ShopMsg {",
                        "    record Paid(long cents, BankHandle by) implements ShopMsg {}",
                        "}");
        JavaFileObject shop =
                source(
                        "com.example.shop.Shop",
                        "package com.example.shop;",
                        "",
                        "import dev.rt.Actor;",
                        "import dev.rt.annotation.ActorBehavior;",
                        "",
                        "@ActorBehavior",
                        "public final class Shop implements Actor<ShopMsg> {",
                        "    long takings;",
                        "",
                        "    void on(ShopMsg.Paid m) { takings += m.cents(); }",
                        "}");
        Compilation compilation = compile(bankMsg, bank, shopMsg, shop);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.example.shop.ShopHandle")
                .contentsAsUtf8String()
                .contains("public void paid(long cents, BankHandle by) {");
        assertThat(compilation)
                .generatedSourceFile("com.example.bank.BankHandle")
                .contentsAsUtf8String()
                .contains("public CompletionStage<BankHandle> open() {");
        assertThat(compilation)
                .generatedSourceFile("com.example.bank.BankDescriptor")
                .contentsAsUtf8String()
                .contains("case BankMsg.Open m -> replier.reply(actor.on(m, BankHandle.of(context.self())));");
    }

    @Test
    void aPackagePrivateHandleCannotBeCarriedIntoAnotherPackage() {
        JavaFileObject hiddenMsg =
                source(
                        "com.example.hidden.HiddenMsg",
                        "package com.example.hidden;",
                        "",
                        "public sealed interface HiddenMsg {",
                        "    record Ping() implements HiddenMsg {}",
                        "}");
        JavaFileObject hidden =
                source(
                        "com.example.hidden.Hidden",
                        "package com.example.hidden;",
                        "",
                        "import dev.rt.Actor;",
                        "import dev.rt.annotation.ActorBehavior;",
                        "",
                        "@ActorBehavior",
                        "final class Hidden implements Actor<HiddenMsg> {",
                        "    void on(HiddenMsg.Ping m) {}",
                        "}");
        JavaFileObject userMsg =
                source(
                        "com.example.user.UserMsg",
                        "package com.example.user;",
                        "",
                        "public sealed interface UserMsg {",
                        "    record Meet(com.example.hidden.HiddenHandle who) implements UserMsg {}",
                        "}");
        JavaFileObject user =
                source(
                        "com.example.user.User",
                        "package com.example.user;",
                        "",
                        "import dev.rt.Actor;",
                        "import dev.rt.annotation.ActorBehavior;",
                        "",
                        "@ActorBehavior",
                        "final class User implements Actor<UserMsg> {",
                        "    void on(UserMsg.Meet m) {}",
                        "}");
        Compilation compilation = compile(hiddenMsg, hidden, userMsg, user);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[RT-013]")
                .inFile(userMsg)
                .onLineContaining("record Meet(");
        assertThat(compilation)
                .hadErrorContaining(
                        "it is generated package-private in package 'com.example.hidden', since"
                                + " Hidden is not public");
    }

    @Test
    void aGeneratedNameWhereTheTypeItselfIsNeededIsACycle() {
        JavaFileObject peer =
                source(
                        "com.example.ring.Peer",
                        "package com.example.ring;",
                        "",
                        "import dev.rt.Actor;",
                        "import dev.rt.annotation.ActorBehavior;",
                        "",
                        "@ActorBehavior",
                        "public final class Peer implements Actor<PeerMsg>, Comparable<PeerHandle> {",
                        "    void on(PeerMsg m) {}",
                        "",
                        "    PeerHandle on(PeerMsg.Next m) { return null; }",
                        "",
                        "    @Override",
                        "    public int compareTo(PeerHandle other) { return 0; }",
                        "}");
        JavaFileObject msg =
                source(
                        "com.example.ring.PeerMsg",
                        "package com.example.ring;",
                        "",
                        "import dev.rt.Request;",
                        "",
                        "public sealed interface PeerMsg {",
                        "    record Next() implements PeerMsg, Request<PeerHandle> {}",
                        "}");
        Compilation compilation = compile(msg, peer);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(
                        "[RT-051] Peer needs type PeerHandle where the processor must read the type"
                                + " itself")
                .inFile(peer)
                .onLineContaining("public final class Peer");
        assertThat(compilation).hadErrorContaining("a cycle, Peer needs PeerHandle");
        assertTrue(errors(compilation).stream().noneMatch(e -> e.contains("[RT-050]")));
    }

    @Test
    void privateMethodsThatTakeMessagesAreHelpers() {
        JavaFileObject msg = WORK_MSG;
        JavaFileObject worker =
                behavior(
                        "Worker",
                        "    int done;",
                        "",
                        "    void on(Msg.Work m) { replay(m); replay(m); }",
                        "",
                        "    private void replay(Msg.Work m) { done += m.n(); }",
                        "",
                        "    private void replay(Msg m) { done++; }",
                        "}");
        Compilation compilation = compile(msg, worker);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("test.WorkerDescriptor")
                .contentsAsUtf8String()
                .contains("case Msg.Work m -> actor.on(m);");
    }

    @Test
    void aMessageWhoseOnlyCandidateIsPrivateNamesIt() {
        JavaFileObject msg =
                source(
                        "test.Msg",
                        "package test;",
                        "",
                        "public sealed interface Msg {",
                        "    record Work(int n) implements Msg {}",
                        "    record Rest() implements Msg {}",
                        "    record Halt() implements Msg {}",
                        "}");
        JavaFileObject worker =
                behavior(
                        "Worker",
                        "    private void on(Msg.Work m) {}",
                        "",
                        "    void on(Msg.Rest m) {}",
                        "}");
        Compilation compilation = compile(msg, worker);
        assertError(compilation, "RT-032", worker, "private void on(Msg.Work m)");
        assertThat(compilation)
                .hadErrorContaining(
                        "Worker has no handler for Msg.Work: on(Msg.Work) takes it, but is"
                                + " private, and a private method is a helper, never a handler;"
                                + " make 'on' package-private");
        // The message without any candidate is still listed, once, on the behavior.
        assertThat(compilation).hadErrorContaining("[RT-030] Worker has no handler for Msg.Halt;");
        assertEquals(2, errors(compilation).size(), () -> String.join("\n", errors(compilation)));
    }

    @Test
    void aHandlerTakesOnlyItsOwnHandle() {
        JavaFileObject msg = WORK_MSG;
        JavaFileObject other =
                behavior(
                        "Other",
                        "    void on(Msg.Work m) {}",
                        "}");
        JavaFileObject worker =
                behavior(
                        "Worker",
                        "    void on(Msg.Work m, OtherHandle self) {}",
                        "}");
        Compilation compilation = compile(msg, other, worker);
        assertError(compilation, "RT-036", worker, "OtherHandle self");
        assertThat(compilation)
                .hadErrorContaining(
                        "the second parameter of handler on(Msg.Work, OtherHandle) has type"
                                + " OtherHandle, but after the message a handler may only take the"
                                + " actor's context, ActorContext<Msg>, and its own handle,"
                                + " WorkerHandle");
    }

    @Test
    void aHandlerTakesItsOwnHandleOnce() {
        JavaFileObject msg = WORK_MSG;
        JavaFileObject worker =
                behavior(
                        "Worker",
                        "    void on(Msg.Work m, WorkerHandle self,",
                        "            WorkerHandle again) {}",
                        "}");
        Compilation compilation = compile(msg, worker);
        // Worker's handle is never written, so javac also reports it missing.
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[RT-037]")
                .inFile(worker)
                .onLineContaining("WorkerHandle again");
        assertThat(compilation).hadErrorContaining("remove parameter 'again'");
    }
}
