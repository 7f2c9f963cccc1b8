package dev.rt.cluster;

/**
 * The kinds of envelope in a frame between two nodes. A frame is one JGroups message: the byte
 * {@link #MAGIC}, then envelopes, each its kind (one byte), its length (four bytes) and its body.
 * The length lets a receiver skip an envelope it cannot read and still deliver the others.
 *
 * <pre>
 * TELL        actor id, message
 * TELL_WITHIN actor id, time to live (ns), message
 * ASK         actor id, ask id, timeout (ms), request
 * REPLY       ask id, reply
 * FAIL        ask id, failure code, exception class, message (may be absent)
 * STOP        actor id
 * WATCH       actor id             the sender watches that actor
 * UNWATCH     actor id
 * TERMINATED  actor id, failed, [exception class, message]
 * RESOLVE     request id, by name?, name or path, protocol class name
 * RESOLVED    request id, found?, [actor id, path] or [why not]
 * HELLO       protocols: (class name, schema text)*
 *
 * the cluster registry ({@link ClusterRegistry}), 20..29:
 * REG_PUT     name, actor id, path, protocol class name, fresh?   to the name's owner
 * REG_ACK     name, actor id, outcome, [holder incarnation, holder name, holder path]
 * REG_DEL     name, actor id                                      to the name's owner
 * REG_GET     request id, name, protocol class name               to the name's owner
 * REG_FOUND   request id, found?, [incarnation, actor id, path] or [why not]
 *
 * cluster topics ({@link ClusterTopics}):
 * TOPIC_INTEREST  topic, has subscribers?                         to every other member
 * TOPIC_TABLE     topics with subscribers: (topic)*               to each new member
 * TOPIC_PUBLISH   topic, message                                  to each interested member
 * </pre>
 *
 * Actor ids are {@code RemoteSupport.identity}; messages and replies are written by the
 * protocol's generated codec, with references as node incarnation, actor id and path.
 */
final class Kind {

    private Kind() {}

    /** The first byte of every frame: a version, and a check that this is RT's frame. */
    static final byte MAGIC = 0x52;

    static final byte TELL = 1;
    static final byte TELL_WITHIN = 2;
    static final byte ASK = 3;
    static final byte REPLY = 4;
    static final byte FAIL = 5;
    static final byte STOP = 6;
    static final byte WATCH = 7;
    static final byte UNWATCH = 8;
    static final byte TERMINATED = 9;
    static final byte RESOLVE = 10;
    static final byte RESOLVED = 11;
    static final byte HELLO = 12;

    static final byte REG_PUT = 20;
    static final byte REG_ACK = 21;
    static final byte REG_DEL = 22;
    static final byte REG_GET = 23;
    static final byte REG_FOUND = 24;
    static final byte TOPIC_INTEREST = 25;
    static final byte TOPIC_TABLE = 26;
    static final byte TOPIC_PUBLISH = 27;

    /** In FAIL: the handler threw. */
    static final byte FAILED = 0;
    /** In FAIL: the actor was or became stopped. */
    static final byte GONE = 1;
    /** In FAIL: the remote side's own timeout ran out. */
    static final byte TIMED_OUT = 2;

    /** Envelope header: kind and length. */
    static final int HEADER = 5;

    static String name(int kind) {
        return switch (kind) {
            case TELL -> "TELL";
            case TELL_WITHIN -> "TELL_WITHIN";
            case ASK -> "ASK";
            case REPLY -> "REPLY";
            case FAIL -> "FAIL";
            case STOP -> "STOP";
            case WATCH -> "WATCH";
            case UNWATCH -> "UNWATCH";
            case TERMINATED -> "TERMINATED";
            case RESOLVE -> "RESOLVE";
            case RESOLVED -> "RESOLVED";
            case HELLO -> "HELLO";
            case REG_PUT -> "REG_PUT";
            case REG_ACK -> "REG_ACK";
            case REG_DEL -> "REG_DEL";
            case REG_GET -> "REG_GET";
            case REG_FOUND -> "REG_FOUND";
            case TOPIC_INTEREST -> "TOPIC_INTEREST";
            case TOPIC_TABLE -> "TOPIC_TABLE";
            case TOPIC_PUBLISH -> "TOPIC_PUBLISH";
            default -> "unknown kind " + kind;
        };
    }
}
