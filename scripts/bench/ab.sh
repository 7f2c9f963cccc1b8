#!/usr/bin/env bash
# Interleaved A/B of two builds of RT: one JMH fork of the base build, then one of the new build,
# PAIRS times, so that both see the same periods of the machine; prints every fork's mean.
#
#   scripts/bench/ab.sh BASE_TREE NEW_TREE PAIRS REGEX [JMH options...]
#   scripts/bench/ab.sh ../rt-base . 3 'logmapRt|askRt$' -wi 2 -w 1 -i 3 -r 1
#
# Each tree is a checkout of this repository with rt-bench built in it
# (mvn -q -pl rt-bench -am package -DskipTests): a tree's own classes come first on the class
# path, so neither side runs the RT jars installed in ~/.m2. The third-party jars are the
# base tree's. Results: target/ab/<side>-<pair>.json under the new tree.
set -euo pipefail
if [ $# -lt 4 ]; then
  echo "usage: $0 BASE_TREE NEW_TREE PAIRS REGEX [JMH options...]" >&2
  exit 2
fi
base=$(cd "$1" && pwd); new=$(cd "$2" && pwd); pairs=$3; regex=$4; shift 4
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=find-java.sh
source "$here/find-java.sh"
out="$new/target/ab"; mkdir -p "$out"

libs="$out/libs.txt"
(cd "$base" && mvn -q -pl rt-bench dependency:build-classpath -Dmdep.outputFile="$libs" >/dev/null)
third_party=$(tr ':' '\n' < "$libs" | grep -v '/dev/rt/' | paste -sd: -)
classpath() {
  local t=$1 cp="" m
  for m in rt-bench rt-runtime rt-annotations rt-cluster rt-micrometer; do
    [ -d "$t/$m/target/classes" ] && cp="$cp$t/$m/target/classes:"
  done
  echo "$cp$third_party"
}

for pair in $(seq 1 "$pairs"); do
  for side in base new; do
    tree=$base; [ "$side" = new ] && tree=$new
    "$JAVA" -Djmh.ignoreLock=true -cp "$(classpath "$tree")" org.openjdk.jmh.Main "$regex" \
      -f 1 -rf json -rff "$out/$side-$pair.json" "$@" > "$out/$side-$pair.log" 2>&1
  done
done

python3 - "$out" "$pairs" <<'PY'
import json, sys
out, pairs = sys.argv[1], int(sys.argv[2])
rows = {}
for pair in range(1, pairs + 1):
    for side in ("base", "new"):
        for r in json.load(open(f"{out}/{side}-{pair}.json")):
            m = r["primaryMetric"]
            scale = 1e-6 if m["scoreUnit"] == "ops/s" else 1  # rates in millions
            rows.setdefault(r["benchmark"].rsplit(".", 1)[1], {}).setdefault(side, []).append(
                m["score"] * scale)
for name, sides in sorted(rows.items()):
    for side in ("base", "new"):
        v = sides.get(side, [])
        mean = sum(v) / len(v) if v else float("nan")
        print(f"{name if side == 'base' else '':24s} {side:4s} "
              + " ".join(f"{x:9.1f}" for x in v) + f"  | mean {mean:9.1f}")
PY
