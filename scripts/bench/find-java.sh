# Sourced by the benchmark scripts: sets JAVA to $JAVA, or else to the newest JDK 21+ found in
# $JAVA_HOME or under /usr/lib/jvm.
find_java() {
    local best="" best_major=0 candidate major
    for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/*/bin/java; do
        [[ -x "$candidate" ]] || continue
        major=$("$candidate" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
        if [[ -n "$major" && "$major" -ge 21 && "$major" -gt "$best_major" ]]; then
            best="$candidate" best_major="$major"
        fi
    done
    [[ -n "$best" ]] || { echo "no JDK 21+ found; set JAVA" >&2; exit 1; }
    echo "$best"
}
JAVA="${JAVA:-$(find_java)}"
