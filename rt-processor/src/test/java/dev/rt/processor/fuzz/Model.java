package dev.rt.processor.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One generated case: a sealed protocol, a behavior with its handlers, and whatever else the
 * package holds. {@link Generator} builds it, {@link Mutation} may break it, {@link Renderer}
 * turns it into sources. Mutable while it is built; read-only after.
 */
final class Model {

    /** What a node of the protocol is. */
    enum Kind { ROOT, GROUP, RECORD, CLASS, ENUM }

    /** Where a handler is declared. */
    enum Place { BEHAVIOR, BASE, GENERIC_BASE, MIXIN }

    /** How a request's handler returns its reply. */
    enum Form {
        /** Not a request: returns void. */
        VOID,
        /** Returns R. */
        DIRECT,
        /** Returns the primitive of R ({@code long} for {@code Long}). */
        PRIMITIVE,
        /** Returns a subtype of R ({@code ArrayList<String>} for {@code List<String>}). */
        SUBTYPE,
        /** Returns {@code CompletionStage<R>}. */
        STAGE,
        /** Returns {@code CompletableFuture<R>}. */
        FUTURE
    }

    /** A component of a record message. */
    record Component(String type, String name, String value, boolean varargs) {}

    /** A type of the protocol: the root, a group (sealed sub-interface) or a message. */
    static final class Node {
        final int id;
        final Kind kind;
        String name;
        /** The node whose body declares this one; null for the root and for top-level messages. */
        Node nestedIn;
        /** The direct supertypes within the protocol; empty for the root. */
        final List<Node> parents = new ArrayList<>();
        /** The reply type R when this type itself implements {@code Request<R>}, else null. */
        String reply;
        /** Implements the raw {@code Request} (a mutation). */
        boolean rawRequest;
        /** Has a type parameter (a mutation). */
        boolean generic;
        /** {@code non-sealed} rather than final or sealed (a mutation). */
        boolean nonSealed;
        /** The root is a plain, unsealed interface (a mutation). */
        boolean unsealed;
        boolean priority;
        final List<Component> components = new ArrayList<>();
        /** The enum constants, for an enum. */
        final List<String> constants = new ArrayList<>();
        /** The first enum constant has a body, which makes the enum implicitly sealed. */
        boolean constantBody;

        Node(int id, Kind kind, String name) {
            this.id = id;
            this.kind = kind;
            this.name = name;
        }

        boolean isLeaf() {
            return kind == Kind.RECORD || kind == Kind.CLASS || kind == Kind.ENUM;
        }

        boolean isContainer() {
            return kind == Kind.ROOT || kind == Kind.GROUP;
        }

        boolean topLevel() {
            return nestedIn == null;
        }

        /** {@return how the package's code names this type: {@code P.G.X}, or {@code X}} */
        String ref() {
            return nestedIn == null ? name : nestedIn.ref() + "." + name;
        }

        /** {@return the binary name's tail after the package: {@code P$G$X}} */
        String binary() {
            return nestedIn == null ? name : nestedIn.binary() + "$" + name;
        }

        @Override
        public String toString() {
            return ref();
        }
    }

    /** A handler method of the behavior, or of a class or interface it inherits from. */
    static final class Handler {
        final int id;
        final Node covers;
        String name;
        Place place = Place.BEHAVIOR;
        String visibility = "";
        boolean context;
        String contextType;
        String contextName = "context";
        String paramName = "m";
        String throwsClause = "";
        Form form = Form.VOID;
        /** The declared return type; for VOID, {@code void}. */
        String returnType = "void";
        /** The reply as the handler returns it, and as the replier prints it. */
        String returnValue;
        String printed;
        /** A method of the same signature in a supertype that this one overrides. */
        Place decoy;
        // mutations
        boolean isPrivate;
        boolean isStatic;
        boolean typeParameter;
        String extraParameter;

        Handler(int id, Node covers) {
            this.id = id;
            this.covers = covers;
        }

        String tag() {
            return "h" + id;
        }
    }

    final String pkg;
    final long seed;
    final Node root;
    final List<Node> nodes = new ArrayList<>();
    final List<Handler> handlers = new ArrayList<>();

    String behavior = "B";
    /**
     * The classes that enclose the behavior, outermost first and joined by dots ({@code Outer}
     * or {@code Outer.Mid}), or null for a top-level behavior.
     */
    String outer;
    boolean innerBehavior;
    boolean privateBehavior;
    boolean abstractBehavior;
    boolean interfaceBehavior;
    boolean genericBehavior;
    String behaviorModifiers = "final";
    String constructor = "";
    /** Where {@code Actor<P>} is named: on the behavior, the base class or the mixin. */
    boolean actorOnBehavior = true;
    boolean actorOnBase;
    boolean actorOnMixin;
    boolean rawActor;
    boolean base;
    boolean genericBase;
    /** The type argument of the generic base class, as the package names it. */
    Node genericBaseArgument;
    boolean mixin;
    /** The behavior, its base and mixin are in this subpackage (a mutation), or null. */
    String behaviorSubpackage;
    String annotation = "";
    /** The mailbox the descriptor must declare, as the driver prints it. */
    String mailbox = "unbounded";
    final List<String> behaviorExtras = new ArrayList<>();
    /** Further top-level types of the package: simple name to source. */
    final List<String[]> extraFiles = new ArrayList<>();
    final Set<String> usedNames = new LinkedHashSet<>();

    Model(String pkg, long seed) {
        this.pkg = pkg;
        this.seed = seed;
        this.root = new Node(0, Kind.ROOT, "P");
    }

    /** {@return the qualified name of the behavior as the package names it: {@code Outer.B}} */
    String behaviorRef() {
        return outer == null ? behavior : outer + "." + behavior;
    }

    /** {@return the simple name of a generated class: {@code OuterBHandle}} */
    String generated(String suffix) {
        return (outer == null ? "" : outer.replace(".", "")) + behavior + suffix;
    }

    /** {@return the messages, in the order they were created} */
    List<Node> leaves() {
        return nodes.stream().filter(Node::isLeaf).toList();
    }

    /** {@return the groups} */
    List<Node> groups() {
        return nodes.stream().filter(n -> n.kind == Kind.GROUP).toList();
    }

    /** {@return the direct subtypes of {@code container}} */
    List<Node> children(Node container) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n.parents.contains(container)) {
                out.add(n);
            }
        }
        return out;
    }

    /** {@return whether {@code ancestor} is {@code node} or one of its supertypes} */
    static boolean covers(Node ancestor, Node node) {
        if (ancestor == node) {
            return true;
        }
        for (Node p : node.parents) {
            if (covers(ancestor, p)) {
                return true;
            }
        }
        return false;
    }

    /** {@return the leaves that {@code node} stands for} */
    List<Node> leavesUnder(Node node) {
        return leaves().stream().filter(l -> covers(node, l)).toList();
    }

    /** {@return the reply type of a node: its own, or that of a supertype; null if none} */
    static String replyOf(Node node) {
        if (node.reply != null) {
            return node.reply;
        }
        for (Node p : node.parents) {
            String r = replyOf(p);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** {@return the handlers that cover {@code leaf}} */
    List<Handler> handlersOf(Node leaf) {
        return handlers.stream().filter(h -> covers(h.covers, leaf)).toList();
    }

    /**
     * {@return the single reply type of the leaves under {@code node}: "" if none is a request,
     * the type if all are requests of it, null if they are mixed}
     */
    String uniformReply(Node node) {
        String seen = null;
        for (Node leaf : leavesUnder(node)) {
            String r = replyOf(leaf);
            String key = r == null ? "" : r;
            if (seen == null) {
                seen = key;
            } else if (!seen.equals(key)) {
                return null;
            }
        }
        return seen == null ? "" : seen;
    }
}
