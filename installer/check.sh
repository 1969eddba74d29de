#!/usr/bin/env bash
# The installer check CI runs after `mvn verify`: builds the app image only (no native package,
# which would take minutes to compress) from target/checkbench.jar and target/lib/, then runs the
# image's own launcher, with no display, the way an installed Checkbench runs:
#   --version   must print "Checkbench <pom version>"
#   --help      must print the usage
#   the runtime's modules, no JavaFX jar on the class path, the trimmed sqlite-jdbc opens a database
#   import of the sample and a report export to target/installer-check/report/report.pdf
#   import of a .docx and a marked-up Word export (Apache POI loads in the trimmed runtime)
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

# --- the check-worthiness encoder ---------------------------------------------------------------------
# build.sh trimmed ONNX Runtime and the tokenizer to this platform's native library: prove the trained
# model still loads and scores in the image (detect says so on standard error when it falls back).
out=$(printf 'Unemployment fell to 3.2 percent in March.\nThank you very much.\n' \
  | run_cli detect --sentences 2>"$OUT/detect.err") || fail "detect exited with $?: $(cat "$OUT/detect.err")"
if grep -q 'simpler feature model' "$OUT/detect.err"; then fail "the encoder did not load in the image: $(cat "$OUT/detect.err")"; fi
[ "$(printf '%s\n' "$out" | cut -f2 | tr -d '\n')" = "10" ] || fail "detect scored the two sentences wrongly: $out"
ok "the trained encoder loads and scores in the image"

# --- report export -------------------------------------------------------------------------------
# The launcher builds a workspace from the sample (its suggestions taken as claims, so the report has
# sections) and exports the check report: proves the bundled fonts and PDF libraries load in the image.
report_dir="$OUT/report"
rm -rf "$report_dir" && mkdir -p "$report_dir"
# XDG_DATA_HOME: the list of recent workspaces goes there, not into the user's own data folder.
article_id=$(XDG_DATA_HOME="$report_dir/data" run_cli import --workspace "$report_dir/check.checkbench" \
  --accept-suggestions "$ROOT/assets/samples/north-korean-troops-in-russia.txt" 2>"$report_dir/import.err") \
  || fail "import exited with $?: $(cat "$report_dir/import.err")"
out=$(XDG_DATA_HOME="$report_dir/data" run_cli report --workspace "$report_dir/check.checkbench" --article "$article_id" \
  --out "$report_dir/report.pdf" --checker "installer check" 2>&1) || fail "report exited with $?: $out"
[ -f "$report_dir/report.pdf" ] || fail "report wrote no file: $out"
[ "$(head -c 4 "$report_dir/report.pdf")" = "%PDF" ] || fail "report.pdf does not start with %PDF"
ok "report: $(printf '%s\n' "$out" | grep '^Wrote' | sed "s:$report_dir/::"), $(wc -c < "$report_dir/report.pdf") bytes"

# --- native libraries loaded from the app folder (ADR 0156) -----------------------------------------
# build.sh ships sqlite-jdbc's and JNA's native libraries beside the jars and names them in the launcher's
# options, so neither copies its library out of the jar at every launch. sqlite-jdbc would extract into
# org.sqlite.tmpdir: a plain file there makes extraction impossible, so opening a workspace only works
# when the library loads in place. JNA says "Extracting library" (jna.debug_load) when it falls back.
find "$IMAGE" -path '*native*' -name '*sqlitejdbc*' | grep -q . || fail "no sqlite-jdbc native library in the app folder"
find "$IMAGE" -path '*native*' -name '*jnidispatch*' | grep -q . || fail "no JNA native library in the app folder"
printf 'not a folder\n' > "$OUT/not-a-folder"
out=$(JAVA_TOOL_OPTIONS="-Dorg.sqlite.tmpdir=$OUT/not-a-folder" XDG_DATA_HOME="$report_dir/data" \
  run_cli info --workspace "$report_dir/check.checkbench" 2>&1) \
  || fail "sqlite-jdbc did not load its library from the app folder (it tried to extract it): $out"
out=$(printf 'Unemployment fell to 3.2 percent in March.\n' | JAVA_TOOL_OPTIONS="-Djna.debug_load=true" run_cli detect --sentences 2>&1) \
  || fail "detect with jna.debug_load exited with $?: $out"
if printf '%s\n' "$out" | grep -q 'Extracting library'; then fail "JNA extracted its library instead of loading the app folder's: $out"; fi
ok "sqlite-jdbc and JNA load their native libraries from the app folder"

# --- newsroom formats -----------------------------------------------------------------------------
# Apache POI (with XMLBeans and its module requirements) must load in the trimmed runtime: import the
# committed LibreOffice .docx, and export the sample's claims as a marked-up Word copy.
docx_fixture="$ROOT/src/test/resources/org/checkbench/io/draft-libreoffice.docx"
out=$(XDG_DATA_HOME="$report_dir/data" run_cli import --workspace "$report_dir/check.checkbench" "$docx_fixture" 2>&1) \
  || fail "import of a .docx exited with $?: $out"
out=$(XDG_DATA_HOME="$report_dir/data" run_cli export --workspace "$report_dir/check.checkbench" --article "$article_id" \
  --format docx --out "$report_dir/checked.docx" 2>&1) || fail "export --format docx exited with $?: $out"
[ "$(head -c 2 "$report_dir/checked.docx")" = "PK" ] || fail "checked.docx is not a Word file: $out"
ok "Word import and marked-up export: $(printf '%s\n' "$out" | sed "s:$report_dir/::")"

# --- claim matching -------------------------------------------------------------------------------
# The sentence encoder runs on the ONNX Runtime and tokenizer natives build.sh kept for this machine:
# the retrieval benchmark on the committed excerpt proves they load and give sensible answers.
excerpt="$ROOT/src/test/resources/org/checkbench/match/clef2020-excerpt"
out=$(run_cli match --evaluate "$excerpt/queries.tsv" "$excerpt/qrels.tsv" "$excerpt/verified_claims.tsv" 2>&1) \
  || fail "match --evaluate exited with $?: $out"
map=$(printf '%s\n' "$out" | sed -n 's/^MAP@5\t//p')
[ -n "$map" ] && awk -v m="$map" 'BEGIN { exit !(m >= 0.8) }' || fail "the packaged encoder matched badly (MAP@5 '$map'): $out"
ok "packaged sentence encoder: MAP@5 $map on the committed excerpt"

# --- the window, once --------------------------------------------------------------------------------
if command -v xvfb-run >/dev/null 2>&1; then
  # Its own data folder, like the commands above: the check never opens (or creates) the user's workspace.
  # JavaFX's native libraries load from the runtime's folder, where build.sh put them (ADR 0156): JavaFX
  # only goes to its cache folder (javafx.cachedir, here a plain file) to copy them out of its modules,
  # and then says that the cache is no folder.
  out=$(XDG_DATA_HOME="$report_dir/data" JAVA_TOOL_OPTIONS="-Djavafx.cachedir=$OUT/not-a-folder" env -u JAVA_HOME ${limit[@]+"${limit[@]}"} xvfb-run -a -s "-screen 0 1440x900x24" "$LAUNCHER" --startup-benchmark 2>&1) \
    || fail "the window did not open: $out"
  if printf '%s\n' "$out" | grep -v '^Picked up' | grep -q "not-a-folder"; then
    fail "JavaFX copied its native libraries out of its modules instead of loading the runtime's: $(printf '%s\n' "$out" | grep -v '^Picked up' | grep -m 3 'not-a-folder')"
  fi
  printf '%s\n' "$out" | grep -q '^startup: article shown' || fail "the window opened but showed no article: $out"
  ok "window: $(printf '%s\n' "$out" | grep '^startup:')"
  # The launch cache: a static archive (ADR 0140) or, from a JDK 25+ build, an AOT cache (ADR 0169).
  # -Xshare:on and -XX:AOTMode=on refuse to start unless the cache maps and matches the image's runtime
  # and jars, so this proves the launcher uses it.
  cfg=$(find "$IMAGE" -name 'Checkbench.cfg' | head -1)
  if grep -q 'AOTCache=$APPDIR/checkbench.aot' "$cfg"; then
    archive=$(find "$IMAGE" -name checkbench.aot | head -1)
    [ -n "$archive" ] || fail "no launch cache (checkbench.aot) in the app image: see $OUT/cds-dump.txt"
    require_cache="-XX:AOTMode=on"
  else
    archive=$(find "$IMAGE" -name checkbench.jsa | head -1)
    [ -n "$archive" ] || fail "no launch archive (checkbench.jsa) in the app image: see $OUT/cds-dump.txt"
    grep -q 'SharedArchiveFile=$APPDIR/checkbench.jsa' "$cfg" || fail "the launcher's options do not name the launch archive"
    require_cache="-Xshare:on"
  fi
  out=$(XDG_DATA_HOME="$report_dir/data" JAVA_TOOL_OPTIONS="$require_cache" env -u JAVA_HOME ${limit[@]+"${limit[@]}"} xvfb-run -a -s "-screen 0 1440x900x24" "$LAUNCHER" --startup-benchmark 2>&1) \
    || fail "the window did not open with the launch cache required ($require_cache): $out"
  printf '%s\n' "$out" | grep -q '^startup: article shown' || fail "with the launch cache the window showed no article: $out"
  ok "launch cache $(basename "$archive") $(du -h "$archive" | cut -f1) used: $(printf '%s\n' "$out" | grep '^startup:')"
else
  echo "installer check: note: xvfb-run is not installed, the window was not opened (apt-get install xvfb)"
fi

ok "app image $(du -sh "$IMAGE" | cut -f1), checked in $(( $(date +%s) - started )) s"
