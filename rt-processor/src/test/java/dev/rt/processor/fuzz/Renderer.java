package dev.rt.processor.fuzz;

import dev.rt.processor.fuzz.Model.Component;
import dev.rt.processor.fuzz.Model.Form;
import dev.rt.processor.fuzz.Model.Handler;
import dev.rt.processor.fuzz.Model.Kind;
import dev.rt.processor.fuzz.Model.Node;
import dev.rt.processor.fuzz.Model.Place;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a {@link Model} as Java sources: the protocol, its top-level messages, the behavior
 * with its base class and mixin, the package's other types, and (for a valid case) a driver that
 * runs the generated descriptor and handle against fakes and prints what happened, in the same
 * form as {@link #expected}.
 *
 * <p>Every JDK and RT type is written fully qualified, so that a message named {@code String}
 * or {@code Override} in the package breaks nothing but, possibly, the generated code.
 */
final class Renderer {

    private final Model model;

    private Renderer(Model model) {
        this.model = model;
    }

    /** {@return the case's sources: qualified class name to text} */
    static Map<String, String> sources(Model model, boolean withDriver) {
        return new Renderer(model).render(withDriver);
    }

    private Map<String, String> render(boolean withDriver) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(model.pkg + "." + model.root.name, protocol());
        for (Node leaf : model.leaves()) {
            if (leaf.topLevel()) {
                files.put(model.pkg + "." + leaf.name,
                        "package " + model.pkg + ";\n\n" + node(leaf, "") + "\n");
            }
        }
        for (String[] extra : model.extraFiles) {
            files.put(model.pkg + "." + extra[0],
                    "package " + model.pkg + ";\n\n" + extra[1] + "\n");
        }
        String bpkg = model.behaviorSubpackage == null ? model.pkg
                : model.pkg + "." + model.behaviorSubpackage;
        String top = model.outer == null ? model.behavior : model.outer.split("\\.")[0];
        files.put(bpkg + "." + top, behavior(bpkg));
        if (model.base) {
            files.put(bpkg + ".Base", base(bpkg));
        }
        if (model.mixin) {
            files.put(bpkg + ".Mixin", mixin(bpkg));
        }
        if (withDriver) {
            files.put(model.pkg + ".FuzzDriver", driver());
        }
        return files;
    }

    // ---------------------------------------------------------------------------------------
    // The protocol

    private String protocol() {
        Node root = model.root;
        StringBuilder s = new StringBuilder("package " + model.pkg + ";\n\n");
        if (root.priority) {
            s.append("@dev.rt.annotation.Priority\n");
        }
        s.append("public ").append(root.unsealed ? "" : "sealed ").append("interface ")
                .append(root.name);
        if (root.reply != null) {
            s.append(" extends dev.rt.Request<").append(root.reply).append(">");
        }
        if (!root.unsealed) {
            s.append(permits(root));
        }
        s.append(" {\n");
        body(root, "    ", s);
        return s.append("}\n").toString();
    }

    /** The nodes declared inside {@code container}. */
    private void body(Node container, String indent, StringBuilder s) {
        for (Node n : model.nodes) {
            if (n.nestedIn == container) {
                s.append(indent).append(node(n, indent).replace("\n", "\n" + indent)
                        .replaceAll("\n" + indent + "$", "\n")).append("\n");
            }
        }
    }

    private String node(Node n, String indent) {
        StringBuilder s = new StringBuilder();
        if (n.priority) {
            s.append("@dev.rt.annotation.Priority\n");
        }
        List<String> supers = new ArrayList<>();
        for (Node p : n.parents) {
            supers.add(p.ref());
        }
        if (n.reply != null) {
            supers.add("dev.rt.Request<" + n.reply + ">");
        } else if (n.rawRequest) {
            supers.add("dev.rt.Request");
        }
        String sup = String.join(", ", supers);
        switch (n.kind) {
            case GROUP -> {
                s.append(n.nonSealed ? "non-sealed " : "sealed ").append("interface ").append(n.name)
                        .append(" extends ").append(sup).append(n.nonSealed ? "" : permits(n))
                        .append(" {\n");
                body(n, "    ", s);
                s.append("}");
            }
            case RECORD -> {
                s.append("record ").append(n.name).append(n.generic ? "<T>" : "").append("(");
                List<String> comps = new ArrayList<>();
                for (Component c : n.components) {
                    comps.add(c.type() + " " + c.name());
                }
                if (n.generic) {
                    comps.add("T extra");
                }
                s.append(String.join(", ", comps)).append(") implements ").append(sup).append(" {}");
            }
            case CLASS -> {
                s.append(n.nonSealed ? "non-sealed " : "final ").append("class ").append(n.name)
                        .append(" implements ").append(sup).append(" {\n    ")
                        .append(n.topLevel() ? "" : "public ").append(n.name).append("() {}\n}");
            }
            case ENUM -> s.append("enum ").append(n.name).append(" implements ").append(sup)
                    .append(" {\n    ").append(n.constantBody ? n.constants.get(0) + " {\n        },"
                            + (n.constants.size() > 1 ? " " : "") : "")
                    .append(String.join(", ", n.constants.subList(n.constantBody ? 1 : 0,
                            n.constants.size()))).append("\n}");
            default -> throw new AssertionError(n.kind);
        }
        return s.toString();
    }

    /** An explicit permits clause when a subtype is in a file of its own; else none. */
    private String permits(Node container) {
        List<Node> children = model.children(container);
        if (children.stream().noneMatch(Node::topLevel)) {
            return "";
        }
        return " permits " + children.stream().map(Node::ref).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------------------------------
    // The behavior

    private String p() {
        return model.root.ref();
    }

    private String actor() {
        return model.rawActor ? "dev.rt.Actor" : "dev.rt.Actor<" + p() + ">";
    }

    private String header(String bpkg) {
        String s = "package " + bpkg + ";\n\n";
        if (model.behaviorSubpackage != null) {
            s += "import " + model.pkg + "." + model.root.name + ";\n\n";
        }
        return s;
    }

    private String behavior(String bpkg) {
        StringBuilder s = new StringBuilder(header(bpkg));
        String indent = "";
        String[] enclosing = model.outer == null ? new String[0] : model.outer.split("\\.");
        for (String e : enclosing) {
            s.append(indent).append(indent.isEmpty() ? "" : "static ").append("final class ")
                    .append(e).append(" {\n");
            indent += "    ";
        }
        StringBuilder b = new StringBuilder();
        b.append("@dev.rt.annotation.ActorBehavior").append(model.annotation).append("\n");
        String name = model.behavior + (model.genericBehavior ? "<T>" : "");
        if (model.interfaceBehavior) {
            b.append("interface ").append(name).append(" extends ").append(actor()).append(" {}\n");
        } else {
            String mods = model.behaviorModifiers;
            if (model.outer != null) {
                mods = (model.privateBehavior ? "private " : "")
                        + (model.innerBehavior ? "" : "static ") + mods.replace("public", "").trim();
            }
            if (model.abstractBehavior) {
                mods = (mods.replace("final", "").trim() + " abstract").trim();
            }
            b.append(mods.isBlank() ? "" : mods.trim() + " ").append("class ").append(name);
            if (model.base) {
                b.append(" extends Base");
                if (model.genericBase) {
                    b.append("<").append(model.genericBaseArgument.ref()).append(">");
                }
            }
            List<String> interfaces = new ArrayList<>();
            if (model.mixin) {
                interfaces.add("Mixin");
            }
            if (model.actorOnBehavior) {
                interfaces.add(actor());
            }
            if (!interfaces.isEmpty()) {
                b.append(" implements ").append(String.join(", ", interfaces));
            }
            b.append(" {\n");
            List<String> members = new ArrayList<>();
            if (!model.base) {
                members.add(recorder());
            }
            if (!model.constructor.isEmpty()) {
                members.add(model.constructor);
            }
            for (Handler h : model.handlers) {
                if (h.place == Place.BEHAVIOR) {
                    members.add(handler(h, h.covers.ref(), false));
                }
            }
            members.addAll(model.behaviorExtras);
            for (String m : members) {
                b.append("    ").append(m.replace("\n", "\n    ")).append("\n\n");
            }
            b.setLength(b.length() - 1);
            b.append("}\n");
        }
        s.append(indent).append(b.toString().replace("\n", "\n" + indent).stripTrailing()).append("\n");
        for (int i = enclosing.length - 1; i >= 0; i--) {
            s.append("    ".repeat(i)).append("}\n");
        }
        return s.toString();
    }

    /** The log that handlers write to, and the method they write with. */
    private String recorder() {
        return "java.util.List<java.lang.String> log = new java.util.ArrayList<>();\n"
                + "java.lang.Object expectedContext;\n\n"
                + "public void rec(java.lang.String tag, java.lang.Object context) {\n"
                + "    log.add(context == null ? tag\n"
                + "            : context == expectedContext ? tag + \"+ctx\" : tag + \"+wrongctx\");\n"
                + "}";
    }

    private String handler(Handler h, String paramType, boolean inInterface) {
        StringBuilder s = new StringBuilder();
        if (inInterface) {
            s.append("default ");
        } else {
            s.append(h.isPrivate ? "private " : h.visibility);
        }
        if (h.isStatic) {
            s.append("static ");
        }
        if (h.typeParameter) {
            s.append("<X> ");
        }
        s.append(h.returnType).append(" ").append(h.name).append("(").append(paramType).append(" ")
                .append(h.paramName);
        if (h.context) {
            s.append(", ").append(h.contextType).append(" ").append(h.contextName);
        }
        if (h.extraParameter != null) {
            s.append(", ").append(h.extraParameter);
        }
        s.append(")").append(h.throwsClause).append(" {\n");
        if (!h.isStatic) {
            s.append("    rec(\"").append(h.tag()).append("\", ")
                    .append(h.context ? h.contextName : "null").append(");\n");
        }
        if (h.returnValue != null) {
            s.append("    return ").append(h.returnValue).append(";\n");
        }
        return s.append("}").toString();
    }

    /** A method that a handler of the behavior overrides: it must never be called. */
    private String decoy(Handler h, boolean inInterface) {
        StringBuilder s = new StringBuilder(inInterface ? "default " : "");
        s.append(h.returnType).append(" ").append(h.name).append("(").append(h.covers.ref())
                .append(" ").append(h.paramName);
        if (h.context) {
            s.append(", ").append(h.contextType).append(" ").append(h.contextName);
        }
        s.append(") throws java.lang.Exception {\n    rec(\"decoy\", null);\n");
        if (h.returnValue != null) {
            s.append("    return ").append(h.returnValue).append(";\n");
        }
        return s.append("}").toString();
    }

    private String base(String bpkg) {
        StringBuilder s = new StringBuilder(header(bpkg));
        s.append("abstract class Base").append(model.genericBase ? "<T extends " + p() + ">" : "");
        if (model.actorOnBase) {
            s.append(" implements ").append(actor());
        }
        s.append(" {\n");
        List<String> members = new ArrayList<>();
        members.add(recorder());
        for (Handler h : model.handlers) {
            if (h.place == Place.BASE) {
                members.add(handler(h, h.covers.ref(), false));
            } else if (h.place == Place.GENERIC_BASE) {
                members.add(handler(h, "T", false));
            }
            if (h.decoy == Place.BASE) {
                members.add(decoy(h, false));
            }
        }
        for (String m : members) {
            s.append("    ").append(m.replace("\n", "\n    ")).append("\n\n");
        }
        s.setLength(s.length() - 1);
        return s.append("}\n").toString();
    }

    private String mixin(String bpkg) {
        StringBuilder s = new StringBuilder(header(bpkg));
        s.append("interface Mixin");
        if (model.actorOnMixin) {
            s.append(" extends ").append(actor());
        }
        s.append(" {\n    void rec(java.lang.String tag, java.lang.Object context);\n");
        for (Handler h : model.handlers) {
            if (h.place == Place.MIXIN) {
                s.append("\n    ").append(handler(h, h.covers.ref(), true).replace("\n", "\n    "))
                        .append("\n");
            }
            if (h.decoy == Place.MIXIN) {
                s.append("\n    ").append(decoy(h, true).replace("\n", "\n    ")).append("\n");
            }
        }
        return s.append("}\n").toString();
    }

    // ---------------------------------------------------------------------------------------
    // The driver, and what it must print

    private String driver() {
        String p = p();
        String b = model.behaviorRef();
        String descriptor = model.generated("Descriptor");
        String handle = model.generated("Handle");
        StringBuilder s = new StringBuilder("package " + model.pkg + ";\n\n");
        s.append("public final class FuzzDriver implements java.util.function.Supplier<"
                + "java.util.List<java.lang.String>> {\n");
        s.append("""
                    public java.util.List<java.lang.String> get() {
                        java.util.List<java.lang.String> out = new java.util.ArrayList<>();
                        dev.rt.spi.Replier replier = new dev.rt.spi.Replier() {
                            public void reply(java.lang.Object value) {
                                out.add("reply " + value);
                            }

                            public void replyLater(java.util.concurrent.CompletionStage<?> stage) {
                                out.add("later " + stage.toCompletableFuture().join());
                            }
                        };
                        @java.lang.SuppressWarnings("unchecked")
                        dev.rt.ActorContext<P> ctx = (dev.rt.ActorContext<P>) java.lang.reflect.Proxy.newProxyInstance(
                                FuzzDriver.class.getClassLoader(), new java.lang.Class<?>[] {dev.rt.ActorContext.class},
                                (proxy, method, args) -> {
                                    throw new java.lang.UnsupportedOperationException(method.getName());
                                });
                        B actor = new B();
                        actor.expectedContext = ctx;
                        actor.log = out;
                        DESCRIPTOR d = DESCRIPTOR.INSTANCE;
                        out.add("protocol " + d.protocol().getName());
                        dev.rt.Mailbox mb = d.mailbox();
                        out.add("mailbox " + (mb.isBounded()
                                ? mb.capacity() + " " + mb.overflow() + " " + mb.blockTimeout().toMillis()
                                : "unbounded"));
                        out.add("priority " + d.hasUrgentMessages());
                        Ref ref = new Ref(out);
                        HANDLE handle = HANDLE.of(ref);
                """.replace("dev.rt.ActorContext<P>", "dev.rt.ActorContext<" + p + ">")
                .replace("B actor = new B()", b + " actor = new " + b + "()")
                .replace("DESCRIPTOR", descriptor).replace("HANDLE", handle));
        for (Node leaf : model.leaves()) {
            s.append("        {\n");
            List<String> args = new ArrayList<>();
            String message;
            if (leaf.kind == Kind.RECORD) {
                int i = 0;
                for (Component c : leaf.components) {
                    String type = c.varargs() ? c.type().replace("...", "[]") : c.type();
                    s.append("            ").append(type).append(" v").append(i).append(" = ")
                            .append(c.value()).append(";\n");
                    args.add("v" + i++);
                }
                message = "new " + leaf.ref() + "(" + String.join(", ", args) + ")";
            } else if (leaf.kind == Kind.ENUM) {
                message = leaf.ref() + "." + leaf.constants.get(0);
            } else {
                message = "new " + leaf.ref() + "()";
            }
            s.append("            ").append(leaf.ref()).append(" message = ").append(message)
                    .append(";\n");
            if (leaf.kind != Kind.RECORD) {
                args.add("message");
            }
            s.append("            out.add(\"urgent \" + d.isUrgent(message));\n");
            s.append("            out.add(\"dispatch ").append(leaf.name).append("\");\n");
            s.append("""
                                try {
                                    d.dispatch(actor, message, ctx, replier);
                                } catch (java.lang.Exception e) {
                                    out.add("threw " + e);
                                }
                                ref.expected = message;
                    """);
            String method = Generator.methodName(leaf.name);
            s.append("            handle.").append(method).append("(").append(String.join(", ", args))
                    .append(");\n");
            if (Model.replyOf(leaf) != null) {
                List<String> timed = new ArrayList<>(args);
                timed.add("java.time.Duration.ofSeconds(1)");
                s.append("            handle.").append(method).append("(")
                        .append(String.join(", ", timed)).append(");\n");
            }
            s.append("        }\n");
        }
        s.append("""
                        return out;
                    }

                    static final class Ref implements dev.rt.ActorRef<P> {
                        final java.util.List<java.lang.String> out;
                        java.lang.Object expected;

                        Ref(java.util.List<java.lang.String> out) {
                            this.out = out;
                        }

                        public java.lang.String path() {
                            return "/user/fuzz";
                        }

                        public java.lang.String name() {
                            return "fuzz";
                        }

                        public void tell(P message) {
                            out.add("tell " + java.util.Objects.equals(message, expected));
                        }

                        public dev.rt.OfferResult offer(P message) {
                            throw new java.lang.UnsupportedOperationException();
                        }

                        public void tellWithin(P message, java.time.Duration ttl) {
                            throw new java.lang.UnsupportedOperationException();
                        }

                        public <R> java.util.concurrent.CompletionStage<R> ask(dev.rt.Request<R> request) {
                            out.add("ask " + java.util.Objects.equals(request, expected));
                            return new java.util.concurrent.CompletableFuture<>();
                        }

                        public <R> java.util.concurrent.CompletionStage<R> ask(dev.rt.Request<R> request,
                                java.time.Duration timeout) {
                            out.add("ask " + java.util.Objects.equals(request, expected) + " " + timeout);
                            return new java.util.concurrent.CompletableFuture<>();
                        }

                        public void stop() {
                            out.add("stop");
                        }
                    }
                }
                """.replace("(P message", "(" + p + " message")
                .replace("ActorRef<P>", "ActorRef<" + p + ">"));
        return s.toString();
    }

    /** {@return what the driver of a valid case must print} */
    static List<String> expected(Model model) {
        List<String> out = new ArrayList<>();
        out.add("protocol " + model.pkg + "." + model.root.binary());
        out.add("mailbox " + model.mailbox);
        out.add("priority " + model.leaves().stream().anyMatch(Renderer::urgent));
        for (Node leaf : model.leaves()) {
            out.add("urgent " + urgent(leaf));
            out.add("dispatch " + leaf.name);
            List<Handler> handlers = model.handlersOf(leaf);
            if (handlers.size() != 1) {
                throw new IllegalStateException("the generator gave " + leaf + " " + handlers.size()
                        + " handlers");
            }
            Handler h = handlers.get(0);
            out.add(h.tag() + (h.context ? "+ctx" : ""));
            if (h.form != Form.VOID) {
                out.add(h.printed);
            }
            if (Model.replyOf(leaf) == null) {
                out.add("tell true");
            } else {
                out.add("ask true");
                out.add("ask true PT1S");
            }
        }
        return out;
    }

    /** Whether a message is urgent: marked itself, or through a group it belongs to. */
    private static boolean urgent(Node node) {
        if (node.priority) {
            return true;
        }
        for (Node p : node.parents) {
            if (urgent(p)) {
                return true;
            }
        }
        return false;
    }
}
