package dev.rt.processor.fuzz;

import dev.rt.processor.fuzz.Model.Component;
import dev.rt.processor.fuzz.Model.Form;
import dev.rt.processor.fuzz.Model.Handler;
import dev.rt.processor.fuzz.Model.Kind;
import dev.rt.processor.fuzz.Model.Node;
import dev.rt.processor.fuzz.Model.Place;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;

/**
 * One way to break a valid case so that it breaks exactly one of the processor's rules, while
 * staying legal Java: javac itself has nothing to say about the result, only RT's processor
 * does. Each mutation names the diagnostic code it must give. A mutation that does not apply to
 * a case (a private handler needs a handler in the behavior itself...) says so, and the fuzzer
 * picks another.
 */
enum Mutation {
    INTERFACE_BEHAVIOR("RT-001", (m, r) -> {
        m.interfaceBehavior = true;
        m.handlers.removeIf(h -> h.place == Place.BEHAVIOR);
        m.behaviorExtras.clear();
        return true;
    }),
    ABSTRACT_BEHAVIOR("RT-002", (m, r) -> {
        m.abstractBehavior = true;
        return true;
    }),
    INNER_BEHAVIOR("RT-003", (m, r) -> {
        if (m.outer == null) {
            m.outer = "Outer";
        }
        m.innerBehavior = true;
        m.behaviorExtras.removeIf(e -> e.startsWith("static"));
        return true;
    }),
    PRIVATE_BEHAVIOR("RT-004", (m, r) -> {
        if (m.outer == null) {
            m.outer = "Outer";
        }
        m.privateBehavior = true;
        return true;
    }),
    GENERIC_BEHAVIOR("RT-005", (m, r) -> {
        m.genericBehavior = true;
        return true;
    }),
    NO_CONSTRUCTOR("RT-006", (m, r) -> {
        m.constructor = "private " + m.behavior + "() {}";
        return true;
    }),
    NOT_AN_ACTOR("RT-007", (m, r) -> {
        m.actorOnBehavior = false;
        m.actorOnBase = false;
        m.actorOnMixin = false;
        m.behaviorExtras.removeIf(e -> e.contains("preStart"));
        return true;
    }),
    RAW_ACTOR("RT-008", (m, r) -> {
        m.rawActor = true;
        m.behaviorExtras.removeIf(e -> e.contains("preStart"));
        return true;
    }),
    UNSEALED_PROTOCOL("RT-010", (m, r) -> {
        if (m.root.priority) {
            return false;
        }
        m.root.unsealed = true;
        return true;
    }),
    GENERIC_MESSAGE("RT-011", (m, r) -> {
        Node leaf = pick(m.leaves().stream().filter(l -> l.kind == Kind.RECORD
                && l.components.stream().noneMatch(Component::varargs)).toList(), r);
        if (leaf == null) {
            return false;
        }
        leaf.generic = true;
        return true;
    }),
    NON_SEALED_SUBTYPE("RT-012", (m, r) -> {
        Node open = new Node(900, Kind.GROUP, "Open");
        open.nonSealed = true;
        open.nestedIn = m.root;
        open.parents.add(m.root);
        if (!m.usedNames.add("open")) {
            return false;
        }
        m.nodes.add(open);
        return true;
    }),
    NON_SEALED_CLASS("RT-012", (m, r) -> {
        Node leaf = pick(m.leaves().stream().filter(l -> l.kind == Kind.CLASS).toList(), r);
        if (leaf == null) {
            return false;
        }
        leaf.nonSealed = true;
        return true;
    }),
    INACCESSIBLE_MESSAGE("RT-013", (m, r) -> {
        if (m.uniformReply(m.root) == null || m.root.priority) {
            return false;
        }
        if (m.leaves().stream().noneMatch(Node::topLevel)) {
            Node leaf = pick(m.leaves(), r);
            if (leaf.parents.size() > 1 || leaf.priority || m.leaves().stream()
                    .flatMap(l -> l.components.stream())
                    .anyMatch(c -> c.type().equals(leaf.ref()))) {
                return false; // its name as the other files write it would change
            }
            leaf.nestedIn = null; // a package-private top-level message
        }
        m.behaviorSubpackage = "b";
        m.base = false;
        m.genericBase = false;
        m.mixin = false;
        m.actorOnBehavior = true;
        m.behaviorExtras.clear();
        m.handlers.clear();
        Handler h = new Handler(1, m.root);
        h.name = "on";
        h.visibility = "public ";
        String reply = m.uniformReply(m.root);
        if (!reply.isEmpty()) {
            h.form = Form.DIRECT;
            h.returnType = reply;
            h.returnValue = "null";
        }
        m.handlers.add(h);
        return true;
    }),
    RAW_REQUEST("RT-014", (m, r) -> {
        Node leaf = pick(m.leaves().stream().filter(l -> Model.replyOf(l) == null).toList(), r);
        if (leaf == null) {
            return false;
        }
        leaf.rawRequest = true;
        return true;
    }),
    SAME_METHOD_NAME("RT-020", (m, r) -> {
        Node twin = pick(m.leaves(), r);
        String upper = twin.name.toUpperCase(java.util.Locale.ROOT);
        // GET and Get give the same method, get; IOERROR and IOError do not (ioerror, ioError)
        boolean sameMethod = Generator.methodName(upper).equals(Generator.methodName(twin.name));
        String name = r.nextBoolean() && sameMethod ? upper : twin.name;
        if (twin.name.equals(name) && twin.topLevel()) {
            return false; // a nested twin would shadow it inside the protocol's body
        }
        if (twin.name.equals(name) && twin.nestedIn == m.root) {
            // the same simple name: only in another group
            Node group = pick(m.groups(), r);
            if (group == null) {
                return false;
            }
            return addLeaf(m, name, group);
        }
        return addLeaf(m, name, m.root);
    }),
    RESERVED_METHOD_NAME("RT-021", (m, r) -> addLeaf(m, pick(List.of("Stop", "Spawn", "Of", "Ref",
            "ChildSpec", "ChildTemplate", "Become", "Equals", "HashCode", "ToString", "GetClass", "Wait",
            "Notify", "NotifyAll", "Clone", "Finalize"), r), m.root)),
    KEYWORD_METHOD_NAME("RT-022", (m, r) -> addLeaf(m, pick(List.of("New", "Default", "Class",
            "Switch", "True", "False", "Null", "Int", "Long", "Void", "Return", "If", "For",
            "While", "Static", "Final", "Public", "Enum", "Interface", "Package", "Import", "Throw",
            "Try", "Catch", "Case", "Break", "Continue", "Goto", "Const", "This", "Super",
            "Instanceof", "Synchronized", "Volatile", "Native", "Assert", "Boolean", "Char",
            "Double", "Do", "Else", "Extends", "Private", "Throws", "Finally"), r), m.root)),
    SAME_GENERATED_NAME("RT-023", (m, r) -> {
        String clash = m.generated("");
        if (m.outer == null || m.uniformReply(m.root) == null
                || !m.usedNames.add(clash.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String reply = m.uniformReply(m.root);
        String ret = reply.isEmpty() ? "void" : reply;
        m.extraFiles.add(new String[] {clash,
            "@dev.rt.annotation.ActorBehavior\nfinal class " + clash
                    + " implements dev.rt.Actor<" + m.root.ref() + "> {\n    " + ret + " on("
                    + m.root.ref() + " m) {\n" + (reply.isEmpty() ? "" : "        return null;\n")
                    + "    }\n}"});
        return true;
    }),
    MISSING_HANDLER("RT-030", (m, r) -> {
        Handler h = pick(m.handlers.stream().filter(x -> x.decoy == null
                && x.place != Place.GENERIC_BASE).toList(), r);
        if (h == null) {
            return false;
        }
        m.handlers.remove(h);
        return true;
    }),
    HANDLED_TWICE("RT-031", (m, r) -> {
        Node leaf = pick(m.leaves(), r);
        Handler h = new Handler(m.handlers.size() + 1, leaf);
        h.name = "twice";
        String reply = Model.replyOf(leaf);
        if (reply != null) {
            h.form = Form.DIRECT;
            h.returnType = reply;
            h.returnValue = "null";
        }
        m.handlers.add(h);
        return true;
    }),
    PRIVATE_HANDLER("RT-032", (m, r) -> {
        Handler h = behaviorHandler(m, r);
        if (h == null) {
            return false;
        }
        h.isPrivate = true;
        return true;
    }),
    STATIC_HANDLER("RT-033", (m, r) -> {
        if (m.outer != null && m.innerBehavior) {
            return false;
        }
        Handler h = new Handler(m.handlers.size() + 1, pick(m.leaves(), r));
        h.name = "util";
        h.isStatic = true;
        m.handlers.add(h);
        return true;
    }),
    GENERIC_HANDLER("RT-034", (m, r) -> {
        Handler h = behaviorHandler(m, r);
        if (h == null) {
            return false;
        }
        h.typeParameter = true;
        return true;
    }),
    BAD_CONTEXT("RT-036", (m, r) -> {
        Handler h = behaviorHandler(m, r);
        if (h == null) {
            return false;
        }
        h.context = true;
        h.contextName = "context";
        h.contextType = pick(List.of("java.lang.String", "dev.rt.ActorContext<java.lang.Object>",
                "dev.rt.ActorContext<?>", "dev.rt.ActorRef<" + m.root.ref() + ">"), r);
        return true;
    }),
    THIRD_PARAMETER("RT-036", (m, r) -> {
        Handler h = behaviorHandler(m, r);
        if (h == null) {
            return false;
        }
        if (!h.context) {
            h.context = true;
            h.contextType = "dev.rt.ActorContext<" + m.root.ref() + ">";
            h.contextName = "context";
        }
        h.extraParameter = "int extra";
        return true;
    }),
    THROWS_THROWABLE("RT-038", (m, r) -> {
        Handler h = behaviorHandler(m, r);
        if (h == null) {
            return false;
        }
        h.throwsClause = " throws java.lang.Throwable";
        return true;
    }),
    VOID_REQUEST_HANDLER("RT-040", (m, r) -> {
        Handler h = pick(requestHandlers(m), r);
        if (h == null) {
            return false;
        }
        h.form = Form.VOID;
        h.returnType = "void";
        h.returnValue = null;
        return true;
    }),
    WRONG_REPLY_TYPE("RT-041", (m, r) -> {
        Handler h = pick(requestHandlers(m), r);
        if (h == null) {
            return false;
        }
        boolean string = m.uniformReply(h.covers).equals("java.lang.String");
        h.returnType = string ? "java.lang.Thread" : "java.lang.StringBuilder";
        h.returnValue = "null";
        return true;
    }),
    VALUE_FROM_TELL_HANDLER("RT-042", (m, r) -> {
        Handler h = pick(behaviorHandlers(m).stream().filter(x -> x.form == Form.VOID).toList(),
                r);
        if (h == null) {
            return false;
        }
        h.returnType = "int";
        h.returnValue = "0";
        return true;
    }),
    MIXED_GROUP_HANDLER("RT-043", (m, r) -> {
        if (!m.usedNames.add("mixedgroup") || !m.usedNames.add("asking")
                || !m.usedNames.add("telling") || Model.replyOf(m.root) != null) {
            return false;
        }
        Node group = new Node(901, Kind.GROUP, "MixedGroup");
        group.nestedIn = m.root;
        group.parents.add(m.root);
        Node ask = new Node(902, Kind.RECORD, "Asking");
        ask.nestedIn = group;
        ask.parents.add(group);
        ask.reply = "java.lang.String";
        Node tell = new Node(903, Kind.RECORD, "Telling");
        tell.nestedIn = group;
        tell.parents.add(group);
        m.nodes.add(group);
        m.nodes.add(ask);
        m.nodes.add(tell);
        Handler h = new Handler(m.handlers.size() + 1, group);
        h.name = "mixed";
        m.handlers.add(h);
        return true;
    }),
    NEGATIVE_CAPACITY("RT-110", (m, r) -> {
        m.annotation = "(capacity = -1)";
        return true;
    }),
    NEGATIVE_BLOCK_TIMEOUT("RT-111", (m, r) -> {
        m.annotation = "(capacity = 4, overflow = dev.rt.annotation.Overflow.BLOCK,"
                + " blockTimeoutMillis = -5)";
        return true;
    }),
    PRIORITY_ON_PROTOCOL("RT-120", (m, r) -> {
        m.root.priority = true;
        return true;
    }),
    PRIORITY_ON_STRAY_TYPE("RT-121", (m, r) -> {
        if (!m.usedNames.add("stray")) {
            return false;
        }
        m.extraFiles.add(new String[] {"Stray", "@dev.rt.annotation.Priority\nrecord Stray() {}"});
        return true;
    }),
    GENERATED_NAME_TAKEN("RT-060", (m, r) -> {
        String name = m.generated(r.nextBoolean() ? "Handle" : "Descriptor");
        if (!m.usedNames.add(name.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        m.extraFiles.add(new String[] {name, "final class " + name + " {}"});
        return true;
    });

    final String code;
    private final BiPredicate<Model, Random> apply;

    Mutation(String code, BiPredicate<Model, Random> apply) {
        this.code = code;
        this.apply = apply;
    }

    /** Breaks the model; false if this mutation does not apply to it (then it is unchanged). */
    boolean apply(Model model, Random random) {
        return apply.test(model, random);
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.isEmpty() ? null : values.get(random.nextInt(values.size()));
    }

    private static List<Handler> behaviorHandlers(Model m) {
        return m.handlers.stream().filter(h -> h.place == Place.BEHAVIOR && h.decoy == null)
                .toList();
    }

    private static Handler behaviorHandler(Model m, Random r) {
        return pick(behaviorHandlers(m), r);
    }

    private static List<Handler> requestHandlers(Model m) {
        return behaviorHandlers(m).stream().filter(h -> h.form != Form.VOID).toList();
    }

    /** Adds a message record named {@code name} to {@code container}, with a handler. */
    private static boolean addLeaf(Model m, String name, Node container) {
        Node leaf = new Node(904, Kind.RECORD, name);
        leaf.nestedIn = container;
        leaf.parents.add(container);
        if (container.name.equals(name) || m.nodes.stream().anyMatch(
                n -> n.nestedIn == container && n.name.equals(name))) {
            return false; // javac would reject it before the processor could
        }
        m.nodes.add(leaf);
        if (m.handlersOf(leaf).isEmpty()) {
            Handler h = new Handler(m.handlers.size() + 1, leaf);
            h.name = "onAdded";
            String reply = Model.replyOf(leaf);
            if (reply != null) {
                h.form = Form.DIRECT;
                h.returnType = reply;
                h.returnValue = "null";
            }
            m.handlers.add(h);
        }
        return true;
    }
}
