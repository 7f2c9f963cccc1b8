package dev.rt.cluster;

/**
 * One envelope waiting in a {@link Peer}'s outbox: its bytes (header included), and what it
 * carries, to report it as a dead letter if it never leaves.
 *
 * @param bytes the envelope
 * @param message the message it carries, or null for the node's own traffic
 * @param path the recipient's path, for the report
 */
record Outgoing(byte[] bytes, Object message, String path) {}
