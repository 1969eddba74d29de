#!/usr/bin/env bash
# The installer check CI runs after `mvn verify`: builds the app image only (no native package,
# which would take minutes to compress) from target/checkbench.jar and target/lib/, then runs the
# image's own launcher, with no display, the way an installed Checkbench runs:
#   --version   must print "Checkbench <pom version>"
#   --help      must print the usage
#   the runtime's modules, no JavaFX jar on the class path, the trimmed sqlite-jdbc opens a database
#   a report export (to add once the `report` sub-command exists: see the marked place below)
# and, when xvfb-run is available, opens the real window once (--startup-benchmark) to prove the
# bundled JavaFX finds its native libraries.
#
#   installer/check.sh            (after mvn package / mvn verify)
#
# Output goes to target/installer-check/. Takes about a minute on a 2-core machine.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/target/installer-check"
started=$(date +%s)

fail() { echo "installer check: FAILED: $*" >&2; exit 1; }
ok() { echo "installer check: ok: $*"; }

[ -f "$ROOT/target/checkbench.jar" ] || fail "target/checkbench.jar is missing: run mvn package (or mvn verify) first"

"$ROOT/installer/build.sh" --skip-maven --app-image-only --out "$OUT"
LAUNCHER=$(cat "$OUT/launcher-path")
IMAGE="$OUT/image"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)

# --- what went into the image ---------------------------------------------------------------------
release=$(find "$IMAGE" -path '*runtime*' -name release | head -1)
[ -n "$release" ] || fail "no runtime/release file in the app image"
for module in javafx.controls javafx.graphics java.sql java.prefs java.desktop jdk.unsupported; do
  grep -q "MODULES=.*\b$module\b" "$release" || fail "the runtime lacks the module $module"
done
ok "runtime modules: $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$release" | tr ' ' ',')"
if find "$IMAGE" -name 'javafx-*.jar' | grep -q .; then
  fail "JavaFX jars were copied into the app (they belong in the runtime): $(find "$IMAGE" -name 'javafx-*.jar' | head -3)"
fi

# build.sh keeps only this OS/CPU's native library in sqlite-jdbc: prove the trimmed jar still
# opens a database (with the JDK's java: the image's runtime has no java command).
sqlite_jar=$(find "$IMAGE" -name 'sqlite-jdbc-*.jar' | head -1)
if [ -n "$sqlite_jar" ]; then
  if [ -n "${JAVA_HOME:-}" ]; then java_cmd="$JAVA_HOME/bin/java"; else java_cmd=java; fi
  cat > "$OUT/SqliteCheck.java" <<'JAVA'
public class SqliteCheck {
    public static void main(String[] args) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
             var r = c.createStatement().executeQuery("select sqlite_version()")) {
            r.next();
            System.out.println(r.getString(1));
        }
    }
}
JAVA
  out=$("$java_cmd" -cp "$sqlite_jar" "$OUT/SqliteCheck.java" 2>&1) || fail "the packaged sqlite-jdbc cannot open a database: $out"
  ok "packaged sqlite-jdbc opens a database (SQLite $out)"
fi

# --- the launcher, headless -------------------------------------------------------------------------
# No display and no JAVA_HOME: the launcher must need neither.
if command -v timeout >/dev/null 2>&1; then limit=(timeout 120); else limit=(); fi
run_cli() {
  env -u DISPLAY -u WAYLAND_DISPLAY -u JAVA_HOME ${limit[@]+"${limit[@]}"} "$LAUNCHER" "$@"
}

out=$(run_cli --version 2>&1) || fail "--version exited with $?: $out"
[ "$out" = "Checkbench $VERSION" ] || fail "--version printed '$out', expected 'Checkbench $VERSION'"
ok "--version: $out"

out=$(run_cli --help 2>&1) || fail "--help exited with $?: $out"
printf '%s\n' "$out" | grep -q '^Usage: checkbench' || fail "--help printed no usage: $out"
ok "--help prints the usage"

# --- report export -------------------------------------------------------------------------------
# When the `report` sub-command exists, export the bundled sample here and check the PDF, e.g.:
#   work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
#   run_cli report --workspace "$work/check.checkbench" --output "$work/report.pdf" >/dev/null \
#     || fail "report exited with $?"
#   head -c 5 "$work/report.pdf" | grep -q '%PDF-' || fail "report did not write a PDF"
#   ok "report: $(wc -c < "$work/report.pdf") bytes"

# --- the window, once --------------------------------------------------------------------------------
if command -v xvfb-run >/dev/null 2>&1; then
  out=$(env -u JAVA_HOME ${limit[@]+"${limit[@]}"} xvfb-run -a -s "-screen 0 1440x900x24" "$LAUNCHER" --startup-benchmark 2>&1) \
    || fail "the window did not open: $out"
  printf '%s\n' "$out" | grep -q '^startup: article shown' || fail "the window opened but showed no article: $out"
  ok "window: $(printf '%s\n' "$out" | grep '^startup:')"
else
  echo "installer check: note: xvfb-run is not installed, the window was not opened (apt-get install xvfb)"
fi

ok "app image $(du -sh "$IMAGE" | cut -f1), checked in $(( $(date +%s) - started )) s"
