package dev.rt.cluster.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.jgroups.Address;
import org.jgroups.Message;
import org.jgroups.auth.AuthToken;
import org.jgroups.conf.ClassConfigurator;

/**
 * JGroups' {@link AuthToken} for a cluster secret: proves that the sender knows the secret
 * without sending it. Not API: {@code dev.rt.cluster.ClusterNode} puts it in JGroups' AUTH
 * protocol when {@code ClusterConfig.secret} is set.
 *
 * <p>The proof is an HMAC-SHA256, keyed by a key derived from the secret with PBKDF2
 * (HMAC-SHA256, {@value #ITERATIONS} iterations, the cluster name as salt), over a label, the
 * cluster name and the sender's JGroups address. AUTH sends it with every join and merge request
 * (and response); the receiver recomputes it for the message's source address and compares in
 * constant time. A proof is only valid for its sender's address in its cluster, so it cannot be
 * reused for another node; whoever can read the network could replay it under that same address,
 * which TLS prevents (see docs/distribution.md, "Security").
 *
 * <p>JGroups creates instances of this class reflectively when it reads a header (magic number
 * {@link #MAGIC}, registered by {@link #register()}): such an instance holds only the proof it
 * read. Threading: JGroups' threads; the local instance is immutable after construction.
 */
public final class SecretToken extends AuthToken {

    /** The token's magic number in JGroups' ClassConfigurator (user range: from 1024). */
    public static final short MAGIC = 1987;
    static final int ITERATIONS = 60_000;
    private static final byte VERSION = 1;
    private static final int MAC_BYTES = 32;

    private final SecretKeySpec key;
    private final String cluster;
    private final Supplier<Address> self;
    private final BiConsumer<Address, String> rejected;
    private byte[] proof; // a token read from the wire

    /** For JGroups, which reads a token from a header into a fresh instance. */
    public SecretToken() {
        this.key = null;
        this.cluster = null;
        this.self = null;
        this.rejected = null;
    }

    /**
     * The local token.
     *
     * @param secret the cluster secret
     * @param cluster the cluster's name (the salt of the key, and part of every proof)
     * @param self this node's address, once it has one
     * @param rejected told of each sender whose proof fails, with the reason
     */
    public SecretToken(String secret, String cluster, Supplier<Address> self,
            BiConsumer<Address, String> rejected) {
        this.key = derive(secret, cluster);
        this.cluster = cluster;
        this.self = self;
        this.rejected = rejected;
    }

    /** Registers this class with JGroups' ClassConfigurator, once per JVM. */
    public static synchronized void register() {
        if (ClassConfigurator.getMagicNumber(SecretToken.class) < 0) {
            ClassConfigurator.add(MAGIC, SecretToken.class);
        }
    }

    private static SecretKeySpec derive(String secret, String cluster) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(),
                    ("rt-cluster:" + cluster).getBytes(StandardCharsets.UTF_8), ITERATIONS, 256);
            byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new SecretKeySpec(bytes, "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot derive a key with"
                    + " PBKDF2WithHmacSHA256: " + e.getMessage(), e);
        }
    }

    private byte[] proofFor(Address sender) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF("rt-cluster-auth/1");
            out.writeUTF(cluster);
            sender.writeTo(out);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(bytes.toByteArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute the cluster proof: " + e, e);
        }
    }

    @Override
    public String getName() {
        return getClass().getName();
    }

    @Override
    public int size() {
        return 1 + MAC_BYTES;
    }

    @Override
    public boolean authenticate(AuthToken token, Message msg) {
        Address sender = msg.getSrc();
        String reason = null;
        if (!(token instanceof SecretToken t) || t.proof == null) {
            reason = "it proves no cluster secret (" + (token == null ? "no token"
                    : token.getClass().getName()) + ")";
        } else if (sender == null || !MessageDigest.isEqual(proofFor(sender), t.proof)) {
            reason = "it proves another cluster secret";
        }
        if (reason != null) {
            rejected.accept(sender, reason);
            return false;
        }
        return true;
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        out.writeByte(VERSION);
        Address me = self == null ? null : self.get();
        out.write(me == null ? new byte[MAC_BYTES] : proofFor(me));
    }

    @Override
    public void readFrom(DataInput in) throws IOException {
        byte version = in.readByte();
        byte[] read = new byte[MAC_BYTES];
        in.readFully(read);
        proof = version == VERSION ? read : null;
    }

    @Override
    public String toString() {
        return "SecretToken"; // never the proof or the key
    }
}
