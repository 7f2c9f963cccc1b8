#!/usr/bin/env bash
# Runs RT's benchmark suite side by side with Apache Pekko and plain virtual threads, then
# writes the results
# (rt-bench/results/results.json), the table in docs/benchmarks.md and the charts
# (rt-bench/results/*.svg).
#
#   scripts/bench/run-suite.sh                      # the full suite (about an hour)
#   scripts/bench/run-suite.sh --mode quick         # one short fork each, for development
#   scripts/bench/run-suite.sh --iterations 10      # any option of dev.rt.bench.Suite
#   SKIP_BUILD=1 scripts/bench/run-suite.sh ...     # reuse the last build
#   NOTE="quiet machine" scripts/bench/run-suite.sh # a note printed with the results
#
# Needs Maven, Python 3 and a JDK 21+ (JAVA=/path/to/java, or the newest under /usr/lib/jvm).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ -z "${SKIP_BUILD:-}" ]]; then
    mvn -q -pl rt-bench -am install -DskipTests
fi

# A private copy of the class path: another build that installs rt-runtime during the run
# cannot change the jars under a running benchmark.
rm -rf rt-bench/target/bench-lib rt-bench/target/bench-classes
mvn -q -pl rt-bench dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory=target/bench-lib
cp -r rt-bench/target/classes rt-bench/target/bench-classes

source scripts/bench/find-java.sh

"$JAVA" -cp "rt-bench/target/bench-classes:rt-bench/target/bench-lib/*" dev.rt.bench.Suite \
    --out rt-bench/results/results.json \
    --command "${SKIP_BUILD:+SKIP_BUILD=1 }scripts/bench/run-suite.sh${*:+ $*}" \
    --note "${NOTE:-}" \
    "$@"

python3 scripts/bench/report.py rt-bench/results/results.json
