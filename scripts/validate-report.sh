#!/usr/bin/env bash
# Prints veraPDF's verdict on check reports: PDF/A (the part and level the file declares: 2-A, or
# 3-A with embedded files) and PDF/UA-1, with every failed rule. veraPDF is a test-scope library,
# so this runs from the test classpath. Exit 1 when any file fails.
#   scripts/validate-report.sh report.pdf [more.pdf ...]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then
  echo "usage: scripts/validate-report.sh FILE.pdf [FILE.pdf ...]" >&2
  exit 2
fi
files=()
for f in "$@"; do
  if [ ! -f "$f" ]; then
    echo "validate-report: there is no file $f" >&2
    exit 2
  fi
  files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")")
done
mvn -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt >/dev/null 2>&1 \
  || mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
    org.checkbench.report.PdfValidator "${files[@]}" 2> >(grep -v '^SLF4J' >&2)
