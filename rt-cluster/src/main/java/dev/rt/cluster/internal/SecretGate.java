package dev.rt.cluster.internal;

import java.util.Iterator;
import java.util.function.BiConsumer;
import org.jgroups.Address;
import org.jgroups.BytesMessage;
import org.jgroups.Message;
import org.jgroups.conf.ClassConfigurator;
import org.jgroups.protocols.AUTH;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.protocols.pbcast.JoinRsp;
import org.jgroups.stack.Protocol;
import org.jgroups.util.MessageBatch;
import org.jgroups.util.Util;

/**
 * A protocol placed right below JGroups' AUTH when a cluster secret is set. It makes the two
 * cases that AUTH's token never sees clear: a join or merge request with no AUTH header at all
 * (a node without a secret: reported, and AUTH rejects it), and a join response with no AUTH
 * header (a coordinator without a secret: turned into a failed join response, so that this
 * node's join fails at once with that reason instead of retrying). Everything else goes up
 * unchanged. Not API.
 *
 * <p>Threading: JGroups' threads; the callback is thread-safe.
 */
public final class SecretGate extends Protocol {

    /** The reason a joiner gives when the coordinator it asked has no secret. */
    public static final String COORDINATOR_WITHOUT_SECRET = "the coordinator has no cluster secret";

    private static final short GMS_ID = ClassConfigurator.getProtocolId(GMS.class);
    private static final short AUTH_ID = ClassConfigurator.getProtocolId(AUTH.class);

    private final BiConsumer<Address, String> rejected;

    /** @param rejected told of each node that asked to join or merge without a secret */
    public SecretGate(BiConsumer<Address, String> rejected) {
        this.rejected = rejected;
    }

    @Override
    public Object up(Message msg) {
        return up_prot.up(check(msg));
    }

    @Override
    public void up(MessageBatch batch) {
        for (Iterator<Message> it = batch.iterator(); it.hasNext();) {
            Message msg = it.next();
            Message checked = check(msg);
            if (checked != msg) {
                it.remove();
                up_prot.up(checked);
            }
        }
        if (!batch.isEmpty()) {
            up_prot.up(batch);
        }
    }

    private Message check(Message msg) {
        if (!(msg.getHeader(GMS_ID) instanceof GMS.GmsHeader gms)
                || msg.getHeader(AUTH_ID) != null) {
            return msg;
        }
        switch (gms.getType()) {
            case GMS.GmsHeader.JOIN_REQ, GMS.GmsHeader.JOIN_REQ_WITH_STATE_TRANSFER,
                    GMS.GmsHeader.MERGE_REQ -> rejected.accept(msg.getSrc(),
                            "it has no cluster secret");
            case GMS.GmsHeader.JOIN_RSP -> {
                JoinRsp rsp = joinResponse(msg);
                if (rsp != null && rsp.getFailReason() == null) {
                    Message failed = new BytesMessage(msg.getDest(),
                            GMS.marshal(new JoinRsp(COORDINATOR_WITHOUT_SECRET)))
                            .putHeader(GMS_ID, new GMS.GmsHeader(GMS.GmsHeader.JOIN_RSP));
                    failed.setSrc(msg.getSrc());
                    return failed;
                }
            }
            default -> { }
        }
        return msg;
    }

    private static JoinRsp joinResponse(Message msg) {
        try {
            return msg.getArray() == null ? null : Util.streamableFromBuffer(JoinRsp::new,
                    msg.getArray(), msg.getOffset(), msg.getLength());
        } catch (Exception e) {
            return null;
        }
    }
}
