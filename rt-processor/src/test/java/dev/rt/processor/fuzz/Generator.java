package dev.rt.processor.fuzz;

import dev.rt.processor.fuzz.Model.Component;
import dev.rt.processor.fuzz.Model.Form;
import dev.rt.processor.fuzz.Model.Handler;
import dev.rt.processor.fuzz.Model.Kind;
import dev.rt.processor.fuzz.Model.Node;
import dev.rt.processor.fuzz.Model.Place;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Builds a random valid case from a seed: a sealed protocol (nested groups, records, final
 * classes and enums, messages declared inside the protocol or in files of their own, messages
 * that belong to two groups, requests of several reply types), and a behavior whose handlers
 * cover every message exactly once, spread over the behavior, a base class (possibly generic)
 * and an interface with default methods, some of them overriding a method of the same
 * signature. Names are drawn from pools that include acronyms and the names of types that the
 * generated code imports or that {@code java.lang} holds, to exercise name clashes.
 */
final class Generator {

    /** The handle's own methods, which no message may be named after (RT-021). */
    static final Set<String> RESERVED = Set.of("spawn", "of", "childSpec", "childTemplate", "become", "ref",
            "stop", "equals", "hashCode", "toString", "getClass", "wait", "notify", "notifyAll",
            "clone", "finalize");

    private static final String[] WORDS = {"Ping", "Pong", "Order", "Get", "Put", "Tick", "Halt",
        "Reset", "Add", "Fetch", "Crash", "Echo", "Query", "Update", "Sync", "Flush", "Start",
        "Resume", "Cancel", "Submit", "Work", "Done"};
    private static final String[] ACRONYMS = {"URLFetch", "IOError", "HTTP2Get", "XMLParse", "ID",
        "OK", "TCPPing", "AB", "A"};
    /** Names of types in java.lang, or that generated code imports: a message may shadow them. */
    private static final String[] CLASHING = {"Override", "Object", "String", "Exception", "Error",
        "Record", "Thread", "Integer", "Number", "Math", "System", "Character", "Deprecated",
        "SuppressWarnings", "FunctionalInterface", "Module", "Process", "Duration", "Supplier",
        "Objects", "Mailbox", "Spawner", "CompletionStage", "ActorRef", "Replier", "ActorContext",
        "BehaviorDescriptor", "Generated", "Function", "Set", "Request", "Actor", "Overflow"};
    private static final String[] GROUPS = {"Admin", "Control", "Queries", "Ops", "Data", "Life"};
    private static final String[] PROTOCOLS = {"P", "Msg", "Protocol", "Commands", "Events"};
    private static final String[] BEHAVIORS = {"B", "Worker", "Store", "Counter", "Agent",
        "ActorRef", "Replier", "BehaviorDescriptor", "Supplier", "Mailbox", "Spawner", "Objects"};
    private static final String[] HANDLER_NAMES = {"handle", "receive", "onMessage", "process",
        "apply", "react", "got", "take", "when"};
    private static final String[] PARAM_NAMES = {"m", "message", "msg", "cmd", "event", "request",
        "ref", "actor", "replier", "descriptor"};
    private static final String[] COMPONENT_NAMES = {"value", "name", "count", "id", "text", "ref",
        "timeout", "askTimeout", "replyTimeout", "message", "spawner", "factory", "actor",
        "context", "replier", "m", "data", "items", "by", "key", "when", "mailbox", "handle",
        "result", "self", "system", "timeout2"};
    private static final String[][] COMPONENT_TYPES = {
        {"int", "1"}, {"long", "2L"}, {"boolean", "true"}, {"double", "1.5"}, {"char", "'c'"},
        {"byte", "(byte) 3"}, {"short", "(short) 4"}, {"float", "2.5f"},
        {"java.lang.String", "\"s\""},
        {"java.util.List<java.lang.String>", "java.util.List.of(\"a\")"},
        {"java.util.Map<java.lang.String, java.lang.Integer>", "java.util.Map.of(\"k\", 1)"},
        {"int[]", "new int[] {1, 2}"},
        {"java.util.Optional<java.lang.Long>", "java.util.Optional.of(5L)"},
        {"java.time.Duration", "java.time.Duration.ofMillis(7)"},
        {"java.lang.Object", "\"o\""},
        {"java.util.concurrent.CompletionStage<java.lang.String>",
            "java.util.concurrent.CompletableFuture.completedFuture(\"x\")"},
    };
    /** Reply types, each with how a handler returns it and how the replier prints it. */
    static final String[] REPLIES = {"java.lang.String", "java.lang.Integer", "java.lang.Long",
        "java.lang.Boolean", "java.lang.Void", "java.util.List<java.lang.String>"};
    /** Helper types a package may declare, used as component types. */
    private static final String[] HELPERS = {"Duration", "Supplier", "Objects", "Mailbox",
        "Spawner", "CompletionStage", "Function", "Set", "Request"};

    private final Random random;
    private final Model model;
    private int nextId = 1;

    private Generator(Model model) {
        this.model = model;
        this.random = new Random(model.seed);
    }

    /** {@return a valid case in package {@code fz.c<index>}, the same for the same seed} */
    static Model generate(int index, long seed) {
        Model model = new Model("fz.c" + index, seed);
        new Generator(model).build();
        return model;
    }

    private void build() {
        model.root.name = pick(PROTOCOLS);
        model.usedNames.add(model.root.name.toLowerCase(Locale.ROOT));
        reserve("FuzzDriver", "Base", "Mixin", "Outer", "Other", "Thing");
        if (chance(0.07)) {
            model.root.reply = pick(REPLIES);
        }
        List<String> helpers = new ArrayList<>();
        if (chance(0.25)) {
            String helper = pick(HELPERS);
            if (reserve(helper)) {
                helpers.add(helper);
                model.extraFiles.add(new String[] {helper,
                    "record " + helper + "(long v) {}"});
            }
        }
        addChildren(model.root, 0, helpers);
        linkSecondParents();
        markPriorities();
        chooseBehavior();
        assignHandlers();
        addExtras();
    }

    // ---------------------------------------------------------------------------------------
    // The protocol

    private void addChildren(Node container, int depth, List<String> helpers) {
        int count = 1 + random.nextInt(container.kind == Kind.ROOT ? 4 : 3);
        for (int i = 0; i < count; i++) {
            boolean full = model.leaves().size() >= 9;
            if (full && i > 0) {
                return;
            }
            if (!full && depth < 3 && model.groups().size() < 4 && chance(0.3)) {
                Node group = new Node(nextId++, Kind.GROUP, freshName(GROUPS, true));
                group.nestedIn = container;
                group.parents.add(container);
                if (Model.replyOf(container) == null && chance(0.25)) {
                    group.reply = pick(REPLIES);
                }
                model.nodes.add(group);
                addChildren(group, depth + 1, helpers);
            } else {
                addLeaf(container, helpers);
            }
        }
    }

    private void addLeaf(Node container, List<String> helpers) {
        double k = random.nextDouble();
        Kind kind = k < 0.7 ? Kind.RECORD : k < 0.85 ? Kind.CLASS : Kind.ENUM;
        Node leaf = new Node(nextId++, kind, leafName());
        leaf.nestedIn = chance(0.3) ? null : container;
        leaf.parents.add(container);
        if (Model.replyOf(container) == null && chance(0.35)) {
            leaf.reply = pick(REPLIES);
        }
        if (kind == Kind.RECORD) {
            int n = random.nextInt(5);
            List<String> names = new ArrayList<>(List.of(COMPONENT_NAMES));
            Collections.shuffle(names, random);
            for (int i = 0; i < n; i++) {
                String[] type;
                double t = random.nextDouble();
                if (t < 0.1 && !helpers.isEmpty()) {
                    String h = helpers.get(random.nextInt(helpers.size()));
                    type = new String[] {h, "new " + h + "(3L)"};
                } else if (t < 0.17 && !model.leaves().isEmpty()) {
                    Node other = model.leaves().get(random.nextInt(model.leaves().size()));
                    type = new String[] {other.ref(), "null"};
                } else {
                    type = pick(COMPONENT_TYPES);
                }
                leaf.components.add(new Component(type[0], names.get(i), type[1], false));
            }
            if (chance(0.1)) {
                leaf.components.add(new Component("java.lang.String...", names.get(n), 
                        "new java.lang.String[] {\"v\"}", true));
            }
        } else if (kind == Kind.ENUM) {
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                leaf.constants.add(String.valueOf((char) ('A' + i)));
            }
            leaf.constantBody = chance(0.2);
        }
        model.nodes.add(leaf);
    }

    /** Some messages also implement a second group, or the protocol directly. */
    private void linkSecondParents() {
        List<Node> containers = new ArrayList<>(model.groups());
        containers.add(model.root);
        for (Node leaf : model.leaves()) {
            if (!chance(0.1)) {
                continue;
            }
            Node second = containers.get(random.nextInt(containers.size()));
            if (leaf.parents.contains(second)) {
                continue;
            }
            String mine = Model.replyOf(leaf);
            String theirs = Model.replyOf(second);
            if (mine != null && theirs != null && !mine.equals(theirs)) {
                continue; // Request<A> and Request<B> at once does not compile
            }
            leaf.parents.add(second);
        }
    }

    /** Marks some messages, and some groups whose messages have one parent each, urgent. */
    private void markPriorities() {
        if (!chance(0.25)) {
            return;
        }
        for (Node node : model.nodes) {
            if (!chance(0.3)) {
                continue;
            }
            if (node.kind == Kind.GROUP
                    && model.leavesUnder(node).stream().anyMatch(l -> l.parents.size() > 1)) {
                continue;
            }
            node.priority = true;
        }
    }

    // ---------------------------------------------------------------------------------------
    // The behavior

    private void chooseBehavior() {
        // the behavior's name and the two it generates must be free: a message named
        // BehaviorDescriptor next to a behavior named Behavior is rightly an error (RT-060)
        String name = pick(BEHAVIORS);
        for (int i = 2; !reserve(name, name + "Handle", name + "Descriptor"); i++) {
            name = "Behavior" + (i == 2 ? "" : i);
        }
        model.behavior = name;
        if (chance(0.2)) {
            model.outer = chance(0.3) ? "Outer.Mid" : "Outer";
        }
        model.behaviorModifiers = pick(new String[] {"public final", "final", "", "public"});
        model.constructor = pick(new String[] {"", "public " + name + "() {}", name + "() {}",
            "protected " + name + "() {}", name + "() {}\n\nprivate " + name + "(int x) {}"});
        model.base = chance(0.3);
        model.genericBase = model.base && chance(0.3);
        model.mixin = chance(0.25);
        model.actorOnBase = model.base && chance(0.5);
        model.actorOnMixin = model.mixin && chance(0.4);
        model.actorOnBehavior = (!model.actorOnBase && !model.actorOnMixin) || chance(0.3);
        if (chance(0.35)) {
            int capacity = pick(new Integer[] {1, 8, 100});
            String overflow = pick(new String[] {null, "REJECT", "DROP_NEWEST", "DROP_OLDEST",
                "BLOCK"});
            long block = 1000;
            StringBuilder a = new StringBuilder("(capacity = " + capacity);
            if (overflow != null) {
                a.append(", overflow = dev.rt.annotation.Overflow.").append(overflow);
                if (overflow.equals("BLOCK") && chance(0.5)) {
                    block = pick(new Long[] {0L, 250L, 1000L});
                    a.append(", blockTimeoutMillis = ").append(block);
                }
            }
            model.annotation = a.append(")").toString();
            model.mailbox = capacity + " " + (overflow == null ? "REJECT" : overflow) + " " + block;
        }
    }

    /** Covers every message with exactly one handler. */
    private void assignHandlers() {
        List<Node> covered = new ArrayList<>();
        if (chance(0.07) && model.uniformReply(model.root) != null) {
            addHandler(model.root);
            covered.addAll(model.leaves());
        }
        List<Node> groups = new ArrayList<>(model.groups());
        Collections.shuffle(groups, random);
        for (Node group : groups) {
            List<Node> under = model.leavesUnder(group);
            if (chance(0.4) && model.uniformReply(group) != null
                    && under.stream().noneMatch(covered::contains)) {
                addHandler(group);
                covered.addAll(under);
            }
        }
        for (Node leaf : model.leaves()) {
            if (!covered.contains(leaf)) {
                addHandler(leaf);
            }
        }
        Collections.shuffle(model.handlers, random); // declaration order is free
        if (model.genericBase) {
            Handler h = model.handlers.get(random.nextInt(model.handlers.size()));
            h.place = Place.GENERIC_BASE;
            h.decoy = null;
            model.genericBaseArgument = h.covers;
        }
    }

    private void addHandler(Node covers) {
        Handler h = new Handler(model.handlers.size() + 1, covers);
        h.name = chance(0.5) ? "on" : pick(HANDLER_NAMES);
        double p = random.nextDouble();
        if (model.base && p < 0.3) {
            h.place = Place.BASE;
        } else if (model.mixin && p > 0.75) {
            h.place = Place.MIXIN;
        }
        h.visibility = pick(new String[] {"", "public ", "protected "});
        h.paramName = pick(PARAM_NAMES);
        if (chance(0.3)) {
            h.context = true;
            h.contextType = "dev.rt.ActorContext<" + model.root.ref() + ">";
            h.contextName = pick(new String[] {"context", "ctx", "c", "self"});
            if (h.contextName.equals(h.paramName)) {
                h.contextName = "context2";
            }
        }
        double t = random.nextDouble();
        h.throwsClause = t < 0.2 ? " throws java.lang.Exception"
                : t < 0.25 ? " throws java.io.IOException, java.lang.InterruptedException" : "";
        String reply = model.uniformReply(covers);
        if (reply.isEmpty()) {
            h.form = Form.VOID;
        } else {
            chooseForm(h, reply);
        }
        if (h.place == Place.BEHAVIOR && chance(0.15)) {
            if (model.base && chance(0.5)) {
                h.decoy = Place.BASE;
            } else if (model.mixin) {
                h.decoy = Place.MIXIN;
                h.visibility = "public ";
            }
        }
        model.handlers.add(h);
    }

    /** Picks how a request's handler returns {@code reply}, and what the replier will see. */
    private void chooseForm(Handler h, String reply) {
        String value;
        String printed;
        String primitive = null;
        String subtype = null;
        String subValue = null;
        switch (reply) {
            case "java.lang.String" -> {
                value = "\"r" + h.id + "\"";
                printed = "r" + h.id;
            }
            case "java.lang.Integer" -> {
                value = String.valueOf(h.id);
                printed = value;
                primitive = "int";
            }
            case "java.lang.Long" -> {
                value = h.id + "L";
                printed = String.valueOf(h.id);
                primitive = "long";
            }
            case "java.lang.Boolean" -> {
                value = "true";
                printed = "true";
                primitive = "boolean";
            }
            case "java.lang.Void" -> {
                value = "null";
                printed = "null";
            }
            default -> {
                value = "java.util.List.of(\"r" + h.id + "\")";
                printed = "[r" + h.id + "]";
                subtype = "java.util.ArrayList<java.lang.String>";
                subValue = "new java.util.ArrayList<>(" + value + ")";
            }
        }
        List<Form> forms = new ArrayList<>(List.of(Form.DIRECT, Form.STAGE, Form.FUTURE));
        if (primitive != null) {
            forms.add(Form.PRIMITIVE);
        }
        if (subtype != null) {
            forms.add(Form.SUBTYPE);
        }
        h.form = forms.get(random.nextInt(forms.size()));
        switch (h.form) {
            case DIRECT -> {
                h.returnType = reply;
                h.returnValue = value;
                h.printed = "reply " + printed;
            }
            case PRIMITIVE -> {
                h.returnType = primitive;
                h.returnValue = value;
                h.printed = "reply " + printed;
            }
            case SUBTYPE -> {
                h.returnType = subtype;
                h.returnValue = subValue;
                h.printed = "reply " + printed;
            }
            case STAGE, FUTURE -> {
                h.returnType = (h.form == Form.STAGE ? "java.util.concurrent.CompletionStage<"
                        : "java.util.concurrent.CompletableFuture<") + reply + ">";
                h.returnValue = "java.util.concurrent.CompletableFuture.completedFuture(" + value
                        + ")";
                h.printed = "later " + printed;
            }
            default -> throw new AssertionError(h.form);
        }
    }

    /** Methods of the behavior that are not handlers, and must be left alone. */
    private void addExtras() {
        String p = model.root.ref();
        if (chance(0.3)) {
            model.behaviorExtras.add("int helper(int x) {\n        return x + 1;\n    }");
        }
        if (chance(0.2)) {
            model.behaviorExtras.add("@java.lang.Override\n    public java.lang.String toString() {\n"
                    + "        return \"" + model.behavior + "\";\n    }");
        }
        if (chance(0.2)) {
            model.behaviorExtras.add("@java.lang.Override\n    public void preStart(dev.rt.ActorContext<"
                    + p + "> context) {}");
        }
        if (chance(0.2)) {
            model.behaviorExtras.add("static void util(java.lang.String s) {}");
        }
        if (chance(0.2)) {
            model.behaviorExtras.add("void ignore(java.lang.Object o) {}");
        }
        if (chance(0.1)) {
            model.behaviorExtras.add("void on(java.lang.Object o) {}");
        }
        if (chance(0.15)) {
            model.behaviorExtras.add("private void secret(java.lang.String s) {}");
        }
        if (chance(0.15)) {
            model.extraFiles.add(new String[] {"Other",
                "sealed interface Other {\n    record Thing(int x) implements Other {}\n}"});
            model.behaviorExtras.add("void on(Other.Thing t) {}");
        }
    }

    // ---------------------------------------------------------------------------------------
    // Names

    private String leafName() {
        double k = random.nextDouble();
        if (k < 0.2) {
            String name = pick(CLASHING);
            if (reserve(name)) {
                return name;
            }
        } else if (k < 0.38) {
            return freshName(ACRONYMS, true);
        }
        return freshName(WORDS, true);
    }

    private String freshName(String[] pool, boolean numbered) {
        while (true) {
            String name = pick(pool) + (numbered ? String.valueOf(nextId + random.nextInt(90)) : "");
            if (reserve(name)) {
                return name;
            }
        }
    }

    /** Takes simple names, unless one is taken or would give a handle method that clashes. */
    private boolean reserve(String... names) {
        for (String name : names) {
            String key = name.toLowerCase(Locale.ROOT);
            String method = methodName(name);
            if (model.usedNames.contains(key) || RESERVED.contains(method)
                    || SourceVersion.isKeyword(method)) {
                return false;
            }
        }
        for (String name : names) {
            model.usedNames.add(name.toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /**
     * The handle method of a message, as docs/processor.md states it: the simple name in
     * lowerCamelCase; a leading run of capitals is lowered whole, except its last letter when a
     * lower-case letter follows.
     */
    static String methodName(String simpleName) {
        int n = 0;
        while (n < simpleName.length() && Character.isUpperCase(simpleName.charAt(n))) {
            n++;
        }
        if (n == 0) {
            return simpleName;
        }
        int lower = n;
        if (n > 1 && n < simpleName.length() && Character.isLowerCase(simpleName.charAt(n))) {
            lower = n - 1;
        }
        return simpleName.substring(0, lower).toLowerCase(Locale.ROOT) + simpleName.substring(lower);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
