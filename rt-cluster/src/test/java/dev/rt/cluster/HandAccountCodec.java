package dev.rt.cluster;

import dev.rt.wire.WireCodec;
import dev.rt.wire.WireReader;
import dev.rt.wire.WireSchema;
import dev.rt.wire.WireWriter;
import java.util.List;

/**
 * A codec of {@link AccountMsg} written by hand in the generated codecs' format, so that the
 * node's tests do not depend on the processor's codec step. {@link #WITH_EXTRA_RECORD} is the
 * same protocol as another build would see it, for the handshake tests.
 */
final class HandAccountCodec implements WireCodec<AccountMsg> {

    static final HandAccountCodec INSTANCE = new HandAccountCodec(schema("long"));
    /** Deposit's amount is a String here: a node with this codec cannot talk to the others. */
    static final HandAccountCodec INCOMPATIBLE = new HandAccountCodec(schema("String"));

    private static final int DEPOSIT = WireSchema.tagOf("AccountMsg.Deposit");
    private static final int SEQ = WireSchema.tagOf("AccountMsg.Seq");
    private static final int BALANCE = WireSchema.tagOf("AccountMsg.Balance");
    private static final int VIOLATIONS = WireSchema.tagOf("AccountMsg.Violations");
    private static final int BOOM = WireSchema.tagOf("AccountMsg.Boom");
    private static final int HANG = WireSchema.tagOf("AccountMsg.Hang");
    private static final int FORWARD = WireSchema.tagOf("AccountMsg.Forward");

    private final WireSchema schema;

    private HandAccountCodec(WireSchema schema) {
        this.schema = schema;
    }

    private static WireSchema schema(String depositType) {
        String p = AccountMsg.class.getCanonicalName();
        return WireSchema.builder(p)
                .add(new WireSchema.Type(WireSchema.Kind.SEALED, "AccountMsg", p, List.of(),
                        List.of("AccountMsg.Deposit", "AccountMsg.Seq", "AccountMsg.Balance",
                                "AccountMsg.Violations", "AccountMsg.Boom", "AccountMsg.Hang",
                                "AccountMsg.Forward")))
                .add(record("Deposit", new WireSchema.Field("amount", depositType)))
                .add(record("Seq", new WireSchema.Field("n", "long")))
                .add(record("Balance"))
                .add(record("Violations"))
                .add(record("Boom", new WireSchema.Field("why", "String")))
                .add(record("Hang"))
                .add(record("Forward", new WireSchema.Field("to", "ref<" + p + ">"),
                        new WireSchema.Field("amount", "long")))
                .reply("AccountMsg.Balance", "long").reply("AccountMsg.Violations", "long")
                .reply("AccountMsg.Boom", "long").reply("AccountMsg.Hang", "long")
                .build();
    }

    private static WireSchema.Type record(String name, WireSchema.Field... fields) {
        return new WireSchema.Type(WireSchema.Kind.RECORD, "AccountMsg." + name,
                AccountMsg.class.getCanonicalName() + "." + name, List.of(fields), List.of());
    }

    @Override
    public Class<AccountMsg> protocol() {
        return AccountMsg.class;
    }

    @Override
    public WireSchema schema() {
        return schema;
    }

    @Override
    public void encode(AccountMsg message, WireWriter out) {
        switch (message) {
            case AccountMsg.Deposit m -> {
                out.writeTag(DEPOSIT);
                int b = out.beginBody();
                out.writeLong(m.amount());
                out.endBody(b);
            }
            case AccountMsg.Seq m -> {
                out.writeTag(SEQ);
                int b = out.beginBody();
                out.writeLong(m.n());
                out.endBody(b);
            }
            case AccountMsg.Balance m -> empty(out, BALANCE);
            case AccountMsg.Violations m -> empty(out, VIOLATIONS);
            case AccountMsg.Boom m -> {
                out.writeTag(BOOM);
                int b = out.beginBody();
                if (out.present(m.why())) {
                    out.writeString(m.why());
                }
                out.endBody(b);
            }
            case AccountMsg.Hang m -> empty(out, HANG);
            case AccountMsg.Forward m -> {
                out.writeTag(FORWARD);
                int b = out.beginBody();
                if (out.present(m.to())) {
                    out.writeRef(m.to());
                }
                out.writeLong(m.amount());
                out.endBody(b);
            }
        }
    }

    private static void empty(WireWriter out, int tag) {
        out.writeTag(tag);
        out.endBody(out.beginBody());
    }

    @Override
    public AccountMsg decode(WireReader in) {
        int tag = in.readTag();
        int end = in.beginBody();
        AccountMsg m;
        if (tag == DEPOSIT) {
            m = new AccountMsg.Deposit(in.more(end) ? in.readLong() : 0);
        } else if (tag == SEQ) {
            m = new AccountMsg.Seq(in.more(end) ? in.readLong() : 0);
        } else if (tag == BALANCE) {
            m = new AccountMsg.Balance();
        } else if (tag == VIOLATIONS) {
            m = new AccountMsg.Violations();
        } else if (tag == BOOM) {
            m = new AccountMsg.Boom(in.more(end) && in.present() ? in.readString() : null);
        } else if (tag == HANG) {
            m = new AccountMsg.Hang();
        } else if (tag == FORWARD) {
            var to = in.more(end) && in.present() ? in.readRef(INSTANCE) : null;
            m = new AccountMsg.Forward(to, in.more(end) ? in.readLong() : 0);
        } else {
            throw in.unknownTag(tag, "AccountMsg");
        }
        in.endBody(end);
        return m;
    }

    @Override
    public void encodeReply(AccountMsg request, Object reply, WireWriter out) {
        switch (request) {
            case AccountMsg.Balance r -> out.writeLong((Long) reply);
            case AccountMsg.Violations r -> out.writeLong((Long) reply);
            case AccountMsg.Boom r -> out.writeLong((Long) reply);
            case AccountMsg.Hang r -> out.writeLong((Long) reply);
            default -> throw new IllegalArgumentException(request.getClass().getName()
                    + " is not a request");
        }
    }

    @Override
    public Object decodeReply(AccountMsg request, WireReader in) {
        return in.readLong();
    }
}
