/**
 * Remote benchmarks: RT's cluster (rt-cluster, JGroups over TCP) against Pekko Artery (TCP, with
 * Jackson CBOR, the serializer a Pekko user configures for records), each between two JVMs on
 * loopback in the same run, and their codecs side by side.
 */
package dev.rt.bench.remote;
