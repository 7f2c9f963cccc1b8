#!/usr/bin/env bash
# Checks that README.md's quick start shows examples/quickstart verbatim: the whole pom.xml (the
# ```xml block under "### Maven") and each source file (a ```java block whose first line is
# "// <path>"). Run by .ci/run; prints the difference and fails on any.
set -euo pipefail
cd "$(dirname "$0")/.."
project=examples/quickstart
status=0
# The pom: the first ```xml block after "### Maven".
if ! sed -n '/^### Maven$/,/^### Gradle$/p' README.md | sed -n '/^```xml$/,/^```$/p' | sed '1d;$d' \
        | diff -u "$project/pom.xml" - ; then
    echo "README.md's pom differs from $project/pom.xml" >&2
    status=1
fi
# The sources: every file under src/ must be shown, under a "// <path>" first line.
while IFS= read -r file; do
    path=${file#"$project/"}
    if ! awk -v want="// $path" '
            /^```java$/ { inblock = 1; first = 1; next }
            /^```$/     { if (on) exit; inblock = 0; next }
            inblock && first { first = 0; if ($0 == want) { on = 1; next } }
            on { print }' README.md | diff -u "$file" - ; then
        echo "README.md does not show $file verbatim" >&2
        status=1
    fi
done < <(find "$project/src" -name '*.java' | sort)
exit $status
