package dev.rt.cluster;

import dev.rt.wire.WireCodec;
import dev.rt.wire.WireReader;
import dev.rt.wire.WireSchema;
import dev.rt.wire.WireWriter;

/**
 * The generated codec of {@link AccountMsg} as another build of the protocol would have it, in
 * which {@code Deposit.amount} is a {@code String}: its schema says so, so a node with this codec
 * cannot talk to the nodes with {@link AccountMsgCodec}. For the handshake tests; it encodes as
 * the generated codec does, since the handshake refuses the node before anything is sent.
 */
final class IncompatibleAccountCodec implements WireCodec<AccountMsg> {

    static final IncompatibleAccountCodec INSTANCE = new IncompatibleAccountCodec();

    private final WireSchema schema;

    private IncompatibleAccountCodec() {
        String text = AccountMsgCodec.INSTANCE.schema().text();
        String changed = text.replace("  field amount long\n", "  field amount String\n");
        if (changed.equals(text)) {
            throw new IllegalStateException("the generated schema has no 'field amount long':\n"
                    + text);
        }
        this.schema = WireSchema.parse(changed);
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
        AccountMsgCodec.INSTANCE.encode(message, out);
    }

    @Override
    public AccountMsg decode(WireReader in) {
        return AccountMsgCodec.INSTANCE.decode(in);
    }

    @Override
    public void encodeReply(AccountMsg request, Object reply, WireWriter out) {
        AccountMsgCodec.INSTANCE.encodeReply(request, reply, out);
    }

    @Override
    public Object decodeReply(AccountMsg request, WireReader in) {
        return AccountMsgCodec.INSTANCE.decodeReply(request, in);
    }
}
