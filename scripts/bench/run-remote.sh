#!/usr/bin/env bash
# Runs RT's remote benchmarks side by side with Pekko Artery: remote tell throughput and ask
# latency between two JVMs on loopback (dev.rt.bench.remote.RemoteBenchmark), and encoding and
# decoding one message (dev.rt.bench.remote.CodecBenchmark). Prints JMH's table; the figures go
# into docs/benchmarks.md by hand, with this command.
#
#   scripts/bench/run-remote.sh            # 3 forks of each benchmark (about 7 minutes)
#   FORKS=1 scripts/bench/run-remote.sh    # a quick look
#
# Needs Maven and a JDK 21+ (JAVA=/path/to/java, or the newest under /usr/lib/jvm).
set -euo pipefail
cd "$(dirname "$0")/../.."

mvn -q -pl rt-bench -am package dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory=target/bench-lib -DskipTests
rm -rf rt-bench/target/remote-classes
cp -r rt-bench/target/classes rt-bench/target/remote-classes

source scripts/bench/find-java.sh

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" -cp "rt-bench/target/remote-classes:rt-bench/target/bench-lib/*" org.openjdk.jmh.Main \
    'dev\.rt\.bench\.remote\..*' -f "${FORKS:-3}" -rf json -rff rt-bench/target/remote.json
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
