package dev.rt.cluster;

import dev.rt.wire.WireCodec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a node joins a cluster: the cluster's name, where the node listens, whom it asks first,
 * and the wire codecs of the protocols its actors speak across nodes. Immutable; from {@link
 * #builder(String)}.
 *
 * <p>Defaults: TCP on 127.0.0.1 (loopback: nothing leaves the machine unless the bind address
 * says so), port 7800, no initial members (a cluster of one until others find it), 1 MiB frames,
 * 10 s to join, no cluster secret, a quorum of a majority of the initial members when there are
 * at least 3 of them (stopping the cluster actors without it). Discovery is by the static list
 * of initial members (JGroups' TCPPING); RT never uses UDP or IP multicast.
 *
 * @param clusterName nodes join the cluster of this name
 * @param nodeName this node's name in the cluster, unique among its members; empty for the
 *     name of the node's actor system
 * @param bindAddress the address every socket of the node binds
 * @param bindPort the node's TCP port; failure detection listens on this port + 100
 * @param initialMembers {@code host:port} of the members to contact first (this node's own may
 *     be among them)
 * @param codecs the codecs of the protocols this node sends or receives, by protocol class name
 * @param maxFrameBytes the largest message, and the largest frame, sent or accepted
 * @param joinTimeout how long {@link ClusterNode#join} waits for the handshakes with the members
 * @param transport how nodes reach each other
 * @param jgroupsXml a JGroups stack of the user's own, or null for RT's (see {@link Transport})
 * @param secret the cluster secret every member must prove to join, or null for none (never
 *     printed by {@link #toString()})
 * @param quorum the expected cluster size whose majority is a quorum; 0 for no quorum rule
 * @param splitPolicy what the node does without a quorum
 */
public record ClusterConfig(String clusterName, String nodeName, String bindAddress, int bindPort,
        List<String> initialMembers, Map<String, WireCodec<?>> codecs, int maxFrameBytes,
        Duration joinTimeout, Transport transport, String jgroupsXml, String secret, int quorum,
        SplitPolicy splitPolicy) {

    /** How the nodes of a cluster reach each other. */
    public enum Transport {
        /**
         * TCP between processes, RT's stack {@code dev/rt/cluster/tcp.xml}: TCPPING, MERGE3,
         * FD_SOCK2 + FD_ALL3 + VERIFY_SUSPECT2, NAKACK2, UNICAST3, STABLE, GMS, UFC/MFC, FRAG4.
         */
        TCP,
        /**
         * Nodes in one JVM, for tests ({@code dev/rt/cluster/in-jvm.xml}): JGroups'
         * SHARED_LOOPBACK passes messages in memory and opens no socket.
         */
        IN_JVM
    }

    /** Checks the values. */
    public ClusterConfig {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(bindAddress, "bindAddress");
        initialMembers = List.copyOf(initialMembers);
        codecs = Map.copyOf(codecs);
        Objects.requireNonNull(joinTimeout, "joinTimeout");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(splitPolicy, "splitPolicy");
        if (quorum < 0) {
            throw new IllegalArgumentException("quorum must be 0 (off) or a cluster size, got "
                    + quorum);
        }
    }

    /** {@return how many members a quorum takes: a majority of {@link #quorum}, or 0 if off} */
    public int quorumNeeded() {
        return quorum == 0 ? 0 : quorum / 2 + 1;
    }

    /** {@return the configuration, with the secret (if any) masked} */
    @Override
    public String toString() {
        return "ClusterConfig[clusterName=" + clusterName + ", nodeName=" + nodeName
                + ", bindAddress=" + bindAddress + ", bindPort=" + bindPort + ", initialMembers="
                + initialMembers + ", codecs=" + codecs.keySet() + ", maxFrameBytes="
                + maxFrameBytes + ", joinTimeout=" + joinTimeout + ", transport=" + transport
                + ", jgroupsXml=" + (jgroupsXml == null ? "RT's" : "the user's") + ", secret="
                + (secret == null ? "none" : "****") + ", quorum=" + quorum + ", splitPolicy="
                + splitPolicy + "]";
    }

    /**
     * {@return a TCP port of 127.0.0.1 that is free now, and whose failure-detection companion
     * (the port + 100, FD_SOCK2's in RT's stack) is free too} For tests and local demos that start
     * several nodes on one machine: another process may still take the port before the node
     * binds it, and the join then fails with a clear error.
     *
     * @throws IOException if no such pair was found in 50 tries
     */
    public static int freeLoopbackPort() throws IOException {
        for (int i = 0; i < 50; i++) {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            if (port + 100 > 65_535) {
                continue;
            }
            try (ServerSocket s = new ServerSocket(port + 100, 1,
                    InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // another try
            }
        }
        throw new IOException("no free pair of loopback ports (port and port + 100) in 50 tries");
    }

    /**
     * Starts a configuration.
     *
     * @param clusterName the cluster's name: nodes of one name form one cluster
     * @return a builder with the defaults
     */
    public static Builder builder(String clusterName) {
        return new Builder(clusterName);
    }

    /** {@return the codec of a protocol, or null if this node has none} */
    WireCodec<?> codec(Class<?> protocol) {
        return codecs.get(protocol.getName());
    }

    /** Builds a {@link ClusterConfig}. Not thread-safe. */
    public static final class Builder {

        private final String clusterName;
        private String nodeName;
        private String bindAddress = "127.0.0.1";
        private int bindPort = 7800;
        private final List<String> initialMembers = new ArrayList<>();
        private final Map<String, WireCodec<?>> codecs = new LinkedHashMap<>();
        private int maxFrameBytes = 1 << 20;
        private Duration joinTimeout = Duration.ofSeconds(10);
        private Transport transport = Transport.TCP;
        private String jgroupsXml;
        private String secret;
        private int quorum = -1; // not set: from the initial members
        private SplitPolicy splitPolicy = SplitPolicy.STOP_CLUSTER_ACTORS;

        private Builder(String clusterName) {
            if (clusterName == null || clusterName.isBlank()) {
                throw new IllegalArgumentException("the cluster needs a name, such as \"orders\"");
            }
            this.clusterName = clusterName;
        }

        /**
         * @param name this node's name, unique in the cluster; by default the system's name
         * @return this builder
         */
        public Builder nodeName(String name) {
            if (name == null || name.isBlank() || name.contains("/")) {
                throw new IllegalArgumentException("a node name must be non-blank and contain"
                        + " no '/', got \"" + name + "\"");
            }
            this.nodeName = name;
            return this;
        }

        /**
         * @param address the address to bind, 127.0.0.1 by default; another address exposes
         *     the node to the network that address is on
         * @return this builder
         */
        public Builder bindAddress(String address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * @param port the TCP port, 7800 by default; failure detection uses {@code port + 100}
         * @return this builder
         */
        public Builder bindPort(int port) {
            if (port < 1 || port > 65_435) {
                throw new IllegalArgumentException("port must be in [1, 65435] (failure detection"
                        + " listens on port + 100), got " + port);
            }
            this.bindPort = port;
            return this;
        }

        /**
         * @param hostPorts members to contact first, each {@code host:port}, such as
         *     {@code 127.0.0.1:7800}
         * @return this builder
         */
        public Builder initialMembers(String... hostPorts) {
            for (String hp : hostPorts) {
                int colon = hp.lastIndexOf(':');
                if (colon <= 0 || colon == hp.length() - 1
                        || !hp.substring(colon + 1).chars().allMatch(Character::isDigit)) {
                    throw new IllegalArgumentException("an initial member is host:port, such as"
                            + " 127.0.0.1:7800, got \"" + hp + "\"");
                }
                initialMembers.add(hp);
            }
            return this;
        }

        /**
         * Adds the codecs of protocols that this node's actors speak across nodes: the
         * processor's {@code <Protocol>Codec.INSTANCE} for each protocol annotated
         * {@code @WireProtocol}.
         *
         * @param wireCodecs the codecs
         * @return this builder
         */
        public Builder codecs(WireCodec<?>... wireCodecs) {
            for (WireCodec<?> c : wireCodecs) {
                codecs.put(c.protocol().getName(), c);
            }
            return this;
        }

        /**
         * @param bytes the largest message, and frame, in bytes; 1 MiB by default
         * @return this builder
         */
        public Builder maxFrameBytes(int bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxFrameBytes must be at least 1024, got "
                        + bytes);
            }
            this.maxFrameBytes = bytes;
            return this;
        }

        /**
         * @param timeout how long joining waits for the members' handshakes; 10 s by default
         * @return this builder
         */
        public Builder joinTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("joinTimeout must be positive, got " + timeout);
            }
            this.joinTimeout = timeout;
            return this;
        }

        /**
         * @param t {@link Transport#TCP} (the default) or {@link Transport#IN_JVM}
         * @return this builder
         */
        public Builder transport(Transport t) {
            this.transport = Objects.requireNonNull(t, "transport");
            return this;
        }

        /**
         * Uses a JGroups stack of the user's own instead of RT's. RT fills in {@code
         * ${rt.bind_addr}}, {@code ${rt.bind_port}}, {@code ${rt.fd_port}} and {@code
         * ${rt.initial_hosts}} before JGroups reads it.
         *
         * @param xml the stack, as JGroups XML
         * @return this builder
         */
        public Builder jgroupsXml(String xml) {
            this.jgroupsXml = Objects.requireNonNull(xml, "xml");
            return this;
        }

        /**
         * Sets the cluster secret: a node joins (or merges with) the cluster only if it proves
         * the same secret, which never travels in clear (JGroups' AUTH, with an HMAC-SHA256
         * keyed from the secret by PBKDF2; see docs/distribution.md, "Security"). A node without
         * it, or with another, fails to join with {@link ClusterAuthenticationException}, and
         * the members report {@link dev.rt.MonitorEvent.MemberRejected}. None by default: any
         * node that reaches the bind address may join.
         *
         * @param clusterSecret the secret, shared by every member; at least 8 characters
         * @return this builder
         */
        public Builder secret(String clusterSecret) {
            if (clusterSecret == null || clusterSecret.length() < 8) {
                throw new IllegalArgumentException("a cluster secret has at least 8 characters");
            }
            this.secret = clusterSecret;
            return this;
        }

        /**
         * Sets the quorum rule: the node has a quorum while it sees a majority of {@code
         * clusterSize} members, itself included ({@code clusterSize / 2 + 1}); below that it
         * applies its {@link #splitPolicy}. By default the size is the number of distinct
         * initial members when there are at least 3 of them, and the rule is off otherwise
         * (with 2, a majority is both, so either could not outlive the other).
         *
         * @param clusterSize the expected number of members; 0 turns the rule off
         * @return this builder
         */
        public Builder quorum(int clusterSize) {
            if (clusterSize < 0) {
                throw new IllegalArgumentException("quorum is a cluster size, or 0 for none; got "
                        + clusterSize);
            }
            this.quorum = clusterSize;
            return this;
        }

        /**
         * @param policy what the node does without a quorum; {@link
         *     SplitPolicy#STOP_CLUSTER_ACTORS} by default (only with a quorum rule)
         * @return this builder
         */
        public Builder splitPolicy(SplitPolicy policy) {
            this.splitPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** {@return the configuration; the node's name defaults to its system's} */
        public ClusterConfig build() {
            int size = quorum;
            if (size < 0) {
                long distinct = initialMembers.stream().distinct().count();
                size = distinct >= 3 ? (int) distinct : 0;
            }
            return new ClusterConfig(clusterName, nodeName != null ? nodeName : "", bindAddress,
                    bindPort, initialMembers, codecs, maxFrameBytes, joinTimeout, transport,
                    jgroupsXml, secret, size, splitPolicy);
        }
    }
}
