/**
 * The wire format of RT's distribution: what the processor's generated codecs ({@code
 * <Protocol>Codec}, for a sealed protocol annotated {@code @WireProtocol}) write and read, and
 * each protocol's {@linkplain dev.rt.wire.WireSchema schema}, which a node compares with its
 * peers' when it joins a cluster and the processor compares with a committed baseline. The
 * transport is the {@code rt-cluster} module's; this package has no network code.
 */
package dev.rt.wire;
