#!/usr/bin/env bash
# Builds Checkbench's installer on the current OS: a jlink-trimmed Java runtime with JavaFX from
# Maven's jars, the jpackage app image, and the native package (.deb or .rpm on Linux, .msi on
# Windows, .dmg on macOS). See docs/installer.md and docs/decisions/0040-0041.
#
#   installer/build.sh                    mvn package, then runtime + app image + native package
#   installer/build.sh --skip-maven       reuse target/checkbench.jar and target/lib/ as they are
#   installer/build.sh --app-image-only   stop after the app image (what installer/check.sh does)
#   installer/build.sh --type rpm         another jpackage type than the OS default
#   installer/build.sh --out DIR          output folder (default: target/installer)
#
# Output (DIR = target/installer):
#   DIR/runtime/             the trimmed Java runtime (jlink)
#   DIR/image/Checkbench/    the app image: bin/Checkbench on Linux (Checkbench.app, Checkbench/
#                            Checkbench.exe on macOS/Windows)
#   DIR/package/             the .deb / .rpm / .msi / .dmg
#
# Needs a JDK 17 or newer with jlink and jpackage: $JAVA_HOME if set, else the JDK of the `java`
# on PATH. Linux .deb: dpkg-deb and fakeroot; .rpm: rpmbuild. Windows .msi: WiX Toolset 3 on PATH,
# run from Git Bash. macOS .dmg: Xcode command line tools.
set -euo pipefail

# ---------------------------------------------------------------------------------------------
# Settings: every name the installer shows or registers, in one place.
APP_NAME=Checkbench                       # launcher, menu entry, install folder (Windows/macOS)
PACKAGE_NAME=checkbench                   # Linux package name; installs to /opt/checkbench
VENDOR=Checkbench
DESCRIPTION="A desktop workbench for fact-checkers"
COPYRIGHT="Copyright (C) 2026 the Checkbench authors"
MAIN_CLASS=org.checkbench.Main
MAIN_JAR=checkbench.jar
MAC_BUNDLE_ID=org.checkbench.Checkbench
# Debian's Maintainer field needs an e-mail address. A placeholder until the project has one.
DEB_MAINTAINER_EMAIL=checkbench@example.org
# Windows upgrades: the same UUID forever, so a new .msi replaces the old installation.
WIN_UPGRADE_UUID=6f1c1a52-3b1e-4d2b-9a57-2f3c8e0b7d41
# Workspace files open with Checkbench (ADR 0041). One variable: change it here only.
WORKSPACE_EXT=checkbench
WORKSPACE_MIME=application/x-checkbench-workspace
WORKSPACE_DESCRIPTION="Checkbench workspace"
# The X11 window class JavaFX gives the main window (the JavaFX Application class name). The Linux
# .desktop entry's StartupWMClass must match it, or docks show a generic icon for the window.
WM_CLASS=org.checkbench.ui.CheckbenchApp
# Modules jdeps finds are added to these. Each one is here for a reason (ADR 0040):
#   javafx.controls/.graphics/.base  the UI (from Maven's platform jars, not a system JavaFX)
#   java.sql            sqlite-jdbc          java.prefs        window state (java.util.prefs)
#   java.desktop        AWT fonts/images for PDF rendering (openhtmltopdf/PDFBox), controlsfx
#   java.management     the startup benchmark (ManagementFactory)
#   java.logging        java.util.logging, used by several libraries
#   java.naming         JDBC/JNDI lookups some drivers and PDF/XML libraries make
#   jdk.unsupported     sun.misc.Unsafe, used by JavaFX and RichTextFX's libraries
#   jdk.crypto.ec       TLS to modern HTTPS sites (EC ciphers), for fetching and archiving sources
#   jdk.charsets        legacy encodings of imported articles (EUC-KR, Shift_JIS, GB18030, ...)
#   jdk.localedata      dates and numbers in the user's language (not only English)
#   jdk.zipfs           reading zip-based formats (docx/epub) through the zip file system
BASE_MODULES=javafx.controls,javafx.graphics,javafx.base,java.sql,java.prefs,java.desktop,java.management,jdk.management,java.logging,java.naming,jdk.unsupported,jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.zipfs
# The launch archive (AppCDS, ADR 0140): the classes the first screen needs, parsed and verified
# once, mapped into memory at every launch. Made from a class list recorded by one real launch.
CDS_ARCHIVE=checkbench.jsa
CDS_CLASSLIST=checkbench.classlist
# Built with JDK 25 or newer, the launch cache is an AOT cache instead (JEP 483, 514, 515; ADR 0169):
# the classes loaded and linked as well, the method-handle forms a static archive cannot hold, and
# the launch's method profiles. Made from the recording launch's configuration.
AOT_CACHE=checkbench.aot
AOT_CONFIG=checkbench.aotconf
# ---------------------------------------------------------------------------------------------

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# Java 17's default charset is the platform's (windows-1252 on many Windows machines); Java 18+
# made UTF-8 the default. Pin it so files and output behave the same on every OS. The heap and
# collector come from src/main/resources/org/checkbench/jvm-options.txt, which `mvn javafx:run`
# and the speed benchmark use too (ADR 0141). $APPDIR is the launcher's: the app folder, wherever
# the image is installed; a missing or stale archive is ignored by the JVM without a word.
JAVA_OPTIONS=(-Dfile.encoding=UTF-8)
while IFS= read -r option; do
  option=${option%%#*}; option=${option//[[:space:]]/}
  [ -n "$option" ] && JAVA_OPTIONS+=("$option")
done < "$ROOT/src/main/resources/org/checkbench/jvm-options.txt"
HERE="$ROOT/installer"
OUT="$ROOT/target/installer"
SKIP_MAVEN=false
APP_IMAGE_ONLY=false
TYPE=""

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die() { echo "installer: $*" >&2; exit 1; }
step() { echo "installer: $*"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --skip-maven) SKIP_MAVEN=true ;;
    --app-image-only) APP_IMAGE_ONLY=true ;;
    --type) shift; TYPE=${1:?--type needs a value (deb, rpm, msi, exe, dmg, pkg)} ;;
    --out) shift; OUT=${1:?--out needs a folder}; mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd) ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
  shift
done

# --- which OS -------------------------------------------------------------------------------
case "$(uname -s)" in
  Linux) OS=linux ;;
  Darwin) OS=mac ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows ;;
  *) die "unsupported OS: $(uname -s)" ;;
esac
if [ "$OS" = windows ]; then
  PATH_SEP=';'
  native() { cygpath -w "$1"; }   # jlink/jpackage are Windows programs: give them C:\ paths
else
  PATH_SEP=':'
  native() { printf '%s' "$1"; }
fi

# --- which JDK ------------------------------------------------------------------------------
# $JAVA_HOME if it is set, else the JDK the `java` on PATH belongs to (symlinks resolved, as on
# Debian where /usr/bin/java -> /etc/alternatives/java -> /usr/lib/jvm/.../bin/java).
find_jdk() {
  local java_bin
  if [ -n "${JAVA_HOME:-}" ]; then
    if [ "$OS" = windows ]; then cygpath -u "$JAVA_HOME"; else printf '%s' "$JAVA_HOME"; fi
    return
  fi
  java_bin=$(command -v java) || die "no java on PATH and JAVA_HOME is not set: install a JDK 17 or newer"
  if [ "$OS" = mac ] && [ "$java_bin" = /usr/bin/java ] && [ -x /usr/libexec/java_home ]; then
    /usr/libexec/java_home; return
  fi
  dirname "$(dirname "$(readlink -f "$java_bin")")"
}
JDK=$(find_jdk)
JLINK="$JDK/bin/jlink"; JPACKAGE="$JDK/bin/jpackage"; JDEPS="$JDK/bin/jdeps"
for tool in "$JLINK" "$JPACKAGE" "$JDEPS"; do
  [ -x "$tool" ] || [ -x "$tool.exe" ] || die "$tool not found: $JDK is not a full JDK 17+ (a JRE has no jlink/jpackage)"
done
JDK_FEATURE=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JDK/release" 2>/dev/null || true)
[ -n "$JDK_FEATURE" ] && [ "$JDK_FEATURE" -ge 17 ] || die "$JDK is not JDK 17 or newer (found '${JDK_FEATURE:-unknown}')"
# jlink takes the JDK's own modules from jmods/; JDKs 24+ built without jmods/ (JEP 493, e.g.
# Temurin 25) link from their own run-time image instead.
if [ -d "$JDK/jmods" ]; then
  JDK_MODULE_PATH="$PATH_SEP$(native "$JDK/jmods")"
elif [ "$JDK_FEATURE" -ge 24 ]; then
  JDK_MODULE_PATH=""
else
  die "$JDK/jmods is missing: jlink needs the JDK's jmods (on Debian/Ubuntu: apt-get install openjdk-17-jdk)"
fi
step "JDK $JDK_FEATURE at $JDK"
# Which launch cache the launcher names (ADR 0140, 0169). JDK 24+ also warns at every launch, on the
# terminal a sub-command prints to, about JavaFX's, JNA's and SQLite's native libraries and JavaFX's
# use of sun.misc.Unsafe; the runtime is ours, so those uses are allowed outright.
if [ "$JDK_FEATURE" -ge 25 ]; then
  LAUNCH_CACHE=aot   # named in the launcher's options once it is made (make_archive)
else
  LAUNCH_CACHE=cds
  JAVA_OPTIONS+=("-XX:SharedArchiveFile=\$APPDIR/$CDS_ARCHIVE")
  step "note: JDK $JDK_FEATURE makes a static launch archive; a release built with JDK 25+ ships an AOT cache and starts ~0.35 s sooner (ADR 0169)"
fi
if [ "$JDK_FEATURE" -ge 24 ]; then
  JAVA_OPTIONS+=("--enable-native-access=javafx.graphics,ALL-UNNAMED" "--sun-misc-unsafe-memory-access=allow")
fi

# --- the jar ----------------------------------------------------------------------------------
if [ "$SKIP_MAVEN" = false ]; then
  step "mvn package"
  (cd "$ROOT" && mvn -B -q -Dstyle.color=never package -DskipTests)
fi
[ -f "$ROOT/target/$MAIN_JAR" ] && [ -d "$ROOT/target/lib" ] \
  || die "target/$MAIN_JAR or target/lib/ is missing: run mvn package first (or drop --skip-maven)"
# The version is the pom's (the jar's manifest carries it as Implementation-Version).
VERSION=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
[ -n "$VERSION" ] || die "could not read the version from pom.xml"
# Native packages want a plain number: 0.1.0-SNAPSHOT -> 0.1.0.
PACKAGE_VERSION=${VERSION%%-*}
# jpackage refuses a macOS bundle version starting with 0 ("The first number in an app-version
# cannot be zero"). Until Checkbench reaches 1.0 the .app's Info.plist says 1.0.0; the program
# itself (--version, About) and the .dmg's file name keep the real version.
if [ "$OS" = mac ] && [ "${PACKAGE_VERSION%%.*}" = 0 ]; then
  BUNDLE_VERSION=1.0.0
  step "macOS bundles cannot be version $PACKAGE_VERSION: the .app says $BUNDLE_VERSION"
else
  BUNDLE_VERSION=$PACKAGE_VERSION
fi

# --- stage: JavaFX modules apart, everything else as the app's class path -----------------------
# Maven's JavaFX comes as an empty stub jar (javafx-base-21.0.11.jar) plus the real platform jar
# (javafx-base-21.0.11-linux.jar, -win, -mac, -mac-aarch64, ...). Only the platform jars are
# modules for jlink; the stubs stay out of everything.
rm -rf "$OUT/input" "$OUT/jfx" "$OUT/runtime" "$OUT/image" "$OUT/package" "$OUT/resources"
mkdir -p "$OUT/input/lib" "$OUT/jfx" "$OUT/image" "$OUT/package" "$OUT/resources"
cp "$ROOT/target/$MAIN_JAR" "$OUT/input/"
for jar in "$ROOT"/target/lib/*.jar; do
  name=$(basename "$jar")
  if [[ "$name" =~ ^javafx-[a-z]+-[^-]+-[a-z0-9-]+\.jar$ ]]; then
    cp "$jar" "$OUT/jfx/"            # platform jar: a module for the runtime
  elif [[ "$name" =~ ^javafx- ]]; then
    :                                # empty stub: leave out
  else
    cp "$jar" "$OUT/input/lib/"      # the manifest's Class-Path finds these as lib/NAME.jar
  fi
done
ls "$OUT"/jfx/javafx-graphics-*.jar >/dev/null 2>&1 || die "no JavaFX platform jar in target/lib/"

# Three libraries carry native code for every OS they support; the installer keeps only this
# machine's (ADR 0040, 0090, 0110): sqlite-jdbc (25 OS/CPU pairs, 12 MB), ONNX Runtime (the sentence
# encoder's engine, for claim matching and check-worthiness: 5 pairs, 93 MB with debug symbols) and
# DJL's tokenizers (4 pairs, 18 MB).
case "$(uname -m)" in
  x86_64|amd64) ARCH=x86_64 ;;
  aarch64|arm64) ARCH=aarch64 ;;
  *) ARCH=$(uname -m) ;;
esac
case "$OS" in linux) SQLITE_OS=Linux ;; mac) SQLITE_OS=Mac ;; windows) SQLITE_OS=Windows ;; esac
case "$OS" in linux) ORT_OS=linux ;; mac) ORT_OS=osx ;; windows) ORT_OS=win ;; esac
case "$ARCH" in x86_64) ORT_ARCH=x64 ;; *) ORT_ARCH=$ARCH ;; esac

# trim_natives JAR-GLOB KEEP DIR...: in each jar, removes every folder matching DIR except KEEP
# (all relative to the jar's root), and fails if KEEP is not there.
trim_natives() {
  local glob=$1 keep=$2 jar work dir
  shift 2
  for jar in $glob; do
    [ -f "$jar" ] || continue
    work="$OUT/native-trim"; rm -rf "$work"; mkdir -p "$work/x"
    (cd "$work/x" && "$JDK/bin/jar" --extract --file "$(native "$jar")")
    [ -d "$work/x/$keep" ] || die "$(basename "$jar") has no native library for this machine ($keep)"
    for pattern in "$@"; do
      for dir in "$work"/x/$pattern/; do
        case "$dir" in "$work/x/$keep/") ;; *) rm -rf "$dir" ;; esac
      done
    done
    mv "$work/x/META-INF/MANIFEST.MF" "$work/MANIFEST.MF"
    rm "$jar"
    "$JDK/bin/jar" --create --file "$(native "$jar")" --manifest "$(native "$work/MANIFEST.MF")" -C "$(native "$work/x")" .
    rm -rf "$work"
  done
}
trim_natives "$OUT/input/lib/sqlite-jdbc-*.jar" "org/sqlite/native/$SQLITE_OS/$ARCH" 'org/sqlite/native/*/*'
trim_natives "$OUT/input/lib/onnxruntime-*.jar" "ai/onnxruntime/native/$ORT_OS-$ORT_ARCH" 'ai/onnxruntime/native/*'
trim_natives "$OUT/input/lib/tokenizers-*.jar" "native/lib/$ORT_OS-$ARCH" 'native/lib/*-*'

# Two of those libraries copy their native library out of the jar into a temporary folder at every
# launch before they can load it: sqlite-jdbc (1 MB, with an MD5 of the jar's copy and a byte-by-byte
# comparison, ~50 ms of the workspace's opening) and JNA (the window tunes glibc's malloc with it as it
# starts, ADR 0147). The app image carries this machine's copies in its app folder and names them, so
# both load in place (ADR 0156); a missing file makes each fall back to extracting, as before.
# copy_native JAR-GLOB DIR-IN-JAR: copies the one file in that folder of the jar to input/native/ and
# prints its name (nothing if the jar or the file is not there).
copy_native() {
  local jar work file
  for jar in $1; do
    [ -f "$jar" ] || continue
    work="$OUT/native-copy"; rm -rf "$work"; mkdir -p "$work"
    (cd "$work" && "$JDK/bin/jar" --extract --file "$(native "$jar")" "$2/") || true
    for file in "$work/$2"/*; do
      [ -f "$file" ] || continue
      mkdir -p "$OUT/input/native"
      cp "$file" "$OUT/input/native/"
      basename "$file"
      break
    done
    rm -rf "$work"
  done
}
sqlite_native=$(copy_native "$OUT/input/lib/sqlite-jdbc-*.jar" "org/sqlite/native/$SQLITE_OS/$ARCH")
if [ -n "$sqlite_native" ]; then
  JAVA_OPTIONS+=("-Dorg.sqlite.lib.path=\$APPDIR/native" "-Dorg.sqlite.lib.name=$sqlite_native")
  step "sqlite-jdbc loads native/$sqlite_native from the app folder"
fi
case "$OS" in linux) JNA_OS=linux ;; mac) JNA_OS=darwin ;; windows) JNA_OS=win32 ;; esac
case "$ARCH" in x86_64) JNA_ARCH=x86-64 ;; *) JNA_ARCH=$ARCH ;; esac
jna_native=$(copy_native "$OUT/input/lib/jna-*.jar" "com/sun/jna/$JNA_OS-$JNA_ARCH")
if [ -n "$jna_native" ]; then
  JAVA_OPTIONS+=("-Djna.boot.library.path=\$APPDIR/native")
  step "JNA loads native/$jna_native from the app folder"
fi

# --- runtime: jdeps + the fixed list, then jlink ---------------------------------------------
step "jdeps"
app_jars=("$(native "$OUT/input/$MAIN_JAR")")
for jar in "$OUT"/input/lib/*.jar; do app_jars+=("$(native "$jar")"); done
# The libraries go on the module path too: modular jars (Apache POI) require others by module
# name (com.zaxxer.sparsebitset), which jdeps must resolve. It then warns about split packages on
# stdout; the module list is its last line.
found=$("$JDEPS" --print-module-deps --ignore-missing-deps --multi-release "$JDK_FEATURE" \
  --module-path "$(native "$OUT/jfx")$PATH_SEP$(native "$OUT/input/lib")" "${app_jars[@]}" 2>/dev/null | tail -n 1) \
  || die "jdeps failed; run it by hand to see why"
MODULES=$(printf '%s,%s' "$BASE_MODULES" "$found" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)
step "modules: $MODULES"

step "jlink"
"$JLINK" --module-path "$(native "$OUT/jfx")$JDK_MODULE_PATH" \
  --add-modules "$MODULES" \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands \
  --output "$(native "$OUT/runtime")"
# JavaFX's native libraries (ADR 0156): linked from Maven's modular jars they stay inside the modules as
# resources, so at every launch JavaFX copied them out to ~/.openjfx/cache and compared MD5 sums of both
# copies. In the runtime's own folder, where JavaFX looks first for a linked module (lib/, bin/javafx/ on
# Windows), they load in place.
case "$OS" in windows) FX_NATIVE_DIR="$OUT/runtime/bin/javafx" ;; *) FX_NATIVE_DIR="$OUT/runtime/lib" ;; esac
fx_work="$OUT/fx-natives"; rm -rf "$fx_work"; mkdir -p "$fx_work" "$FX_NATIVE_DIR"
for jar in "$OUT"/jfx/javafx-*.jar; do
  (cd "$fx_work" && "$JDK/bin/jar" --extract --file "$(native "$jar")")
done
find "$fx_work" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) -exec cp {} "$FX_NATIVE_DIR/" \;
step "JavaFX native libraries in the runtime: $(find "$fx_work" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) | wc -l | tr -d ' ')"
rm -rf "$fx_work"

# --- resources jpackage reads: per-OS files, plus the file association --------------------------
# Templates under installer/linux/ carry @NAME@ words filled in here; jpackage then fills in its
# own upper-case words (APPLICATION_LAUNCHER, DESKTOP_COMMANDS_INSTALL, ...).
fill() {
  sed -e "s|@APP_NAME@|$APP_NAME|g" -e "s|@PACKAGE_NAME@|$PACKAGE_NAME|g" \
      -e "s|@INSTALL_DIR@|/opt/$PACKAGE_NAME|g" -e "s|@WORKSPACE_MIME@|$WORKSPACE_MIME|g" \
      -e "s|@WORKSPACE_MIME_ICON@|$(printf '%s' "$WORKSPACE_MIME" | tr / -)|g" \
      -e "s|@WM_CLASS@|$WM_CLASS|g" "$1" > "$2"
}
case "$OS" in
  linux)
    ICON="$HERE/linux/Checkbench.png"
    FILE_ICON="$ROOT/assets/icon/checkbench-128.png"   # installed as a 128 px MIME-type icon
    fill "$HERE/linux/Checkbench.desktop" "$OUT/resources/$APP_NAME.desktop"
    for script in postinst prerm postrm; do
      fill "$HERE/linux/$script" "$OUT/resources/$script"
    done
    # prerm's removal commands call jpackage's shell helpers, which each jpackage version brings in under
    # its own words (17: UTILITY_SCRIPTS; 25: package_type=deb, COMMON_SCRIPTS, DESKTOP_SCRIPTS, ...).
    # A word it does not know stays in the script as a command, and dpkg can then never remove the
    # package; so take them from this JDK's own template.
    jp_templates="$OUT/jpackage-templates"; rm -rf "$jp_templates"; mkdir -p "$jp_templates"
    "$JDK/bin/jimage" extract --dir "$(native "$jp_templates")" --include 'regex:.*/jpackage/internal/resources/template\.prerm' \
      "$(native "$JDK/lib/modules")" || die "could not read jpackage's prerm template from $JDK/lib/modules"
    helpers=$(find "$jp_templates" -name template.prerm -exec grep -E '^(package_type=[a-z]+|[A-Z_]+_SCRIPTS)$' {} \;)
    [ -n "$helpers" ] || die "jpackage's prerm template in $JDK names no shell helpers: look at it and update installer/build.sh"
    awk -v helpers="$helpers" '$0 == "@JPACKAGE_SCRIPT_HELPERS@" { print helpers; next } { print }' \
      "$OUT/resources/prerm" > "$jp_templates/prerm" && mv "$jp_templates/prerm" "$OUT/resources/prerm"
    rm -rf "$jp_templates" ;;
  windows) ICON="$HERE/windows/checkbench.ico"; FILE_ICON="$ICON" ;;
  mac) ICON="$HERE/macos/checkbench.icns"; FILE_ICON="$ICON" ;;
esac
# The file association: workspace files open in Checkbench (the launcher gets the file as its
# first argument).
cat > "$OUT/resources/workspace-association.properties" <<PROPS
extension=$WORKSPACE_EXT
mime-type=$WORKSPACE_MIME
description=$WORKSPACE_DESCRIPTION
icon=$(native "$FILE_ICON" | sed 's/\\/\\\\/g')
PROPS

# --- app image --------------------------------------------------------------------------------
common=(--name "$APP_NAME" --app-version "$BUNDLE_VERSION" --vendor "$VENDOR"
        --description "$DESCRIPTION" --copyright "$COPYRIGHT")
image_opts=(--type app-image --dest "$(native "$OUT/image")"
            --input "$(native "$OUT/input")" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS"
            --runtime-image "$(native "$OUT/runtime")" --icon "$(native "$ICON")")
for opt in "${JAVA_OPTIONS[@]}"; do image_opts+=(--java-options "$opt"); done
case "$OS" in
  windows)
    # The main launcher is a GUI program (no console window); checkbench-cli.exe is the same app
    # as a console program, so sub-commands print in cmd/PowerShell.
    image_opts+=(--add-launcher "checkbench-cli=$(native "$HERE/windows/cli-launcher.properties")") ;;
  mac)
    image_opts+=(--mac-package-identifier "$MAC_BUNDLE_ID" --mac-package-name "$APP_NAME"
                 --mac-app-category productivity) ;;
esac

step "jpackage app image"
"$JPACKAGE" "${common[@]}" "${image_opts[@]}"
case "$OS" in
  linux) IMAGE="$OUT/image/$APP_NAME"; LAUNCHER="$IMAGE/bin/$APP_NAME" ;;
  windows) IMAGE="$OUT/image/$APP_NAME"; LAUNCHER="$IMAGE/$APP_NAME.exe" ;;
  mac) IMAGE="$OUT/image/$APP_NAME.app"; LAUNCHER="$IMAGE/Contents/MacOS/$APP_NAME" ;;
esac
[ -e "$LAUNCHER" ] || die "jpackage made no launcher at $LAUNCHER"
step "app image: $IMAGE ($(du -sh "$IMAGE" | cut -f1))"
echo "$LAUNCHER" > "$OUT/launcher-path"

# --- launch archive (AppCDS, ADR 0140) ------------------------------------------------------------
# 1. One real launch records the classes loaded until the article is shown (a class list: names only,
#    so it holds wherever the app is installed; it ships in the app folder).
# 2. `-Xshare:dump` turns the list into the archive. The archive names the jars' paths, so it is made
#    where the app will run: here for the app image, by the .deb's postinst for an installed copy.
# Both go through the launcher itself (JAVA_TOOL_OPTIONS), so the archive matches its runtime and class
# path exactly; a JVM that finds the archive unusable starts without it.
case "$OS" in
  linux) APP_DIR="$IMAGE/lib/app" ;;
  windows) APP_DIR="$IMAGE/app" ;;
  mac) APP_DIR="$IMAGE/Contents/app" ;;
esac
record_classlist() {
  local data="$OUT/cds-run" display_run=()
  rm -rf "$data" && mkdir -p "$data"
  if [ "$OS" = linux ] && [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null 2>&1 || { step "no display and no xvfb-run: no launch archive (apt-get install xvfb)"; return 1; }
    display_run=(xvfb-run -a -s "-screen 0 1440x900x24")
  fi
  # In its own folders: the run never touches the user's workspace or window settings. Quitting right
  # after the first screen can meet detection still loading; the list is complete by then.
  # The list comes from a second launch, as a checker's launches are: the first one makes the workspace
  # and the settings, the second reads them (their XML, the saved article's journal), and only what that
  # loads is what every later launch needs from the archive (ADR 0156).
  (cd "$data" && XDG_DATA_HOME="$data/data" JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$(native "$data/prefs")" \
    ${display_run[@]+"${display_run[@]}"} "$LAUNCHER" --startup-benchmark --workspace "$(native "$data/launch.checkbench")" > "$data/first.txt" 2>&1) || true
  # What the recording launch writes: a class list, or the AOT cache's configuration (not shipped: the
  # cache made from it is).
  local recording record_file
  if [ "$LAUNCH_CACHE" = aot ]; then
    record_file="$OUT/$AOT_CONFIG"
    recording="-XX:AOTMode=record -XX:AOTConfiguration=$(native "$record_file")"
  else
    record_file="$APP_DIR/$CDS_CLASSLIST"
    recording="-XX:DumpLoadedClassList=$(native "$record_file")"
  fi
  rm -f "$record_file"
  (cd "$data" && XDG_DATA_HOME="$data/data" JAVA_TOOL_OPTIONS="$recording -Djava.util.prefs.userRoot=$(native "$data/prefs")" \
    ${display_run[@]+"${display_run[@]}"} "$LAUNCHER" --startup-benchmark --workspace "$(native "$data/launch.checkbench")" > "$data/out.txt" 2>&1) || true
  if ! grep -q '^startup: article shown' "$data/out.txt" || [ ! -s "$record_file" ]; then
    step "the recording launch did not show the window: no launch archive ($(tail -n 3 "$data/out.txt" | tr '\n' ' '))"
    rm -f "$record_file"
    return 1
  fi
  rm -rf "$data"
  if [ "$LAUNCH_CACHE" = aot ]; then
    step "AOT configuration recorded until the article is shown"
  else
    step "class list: $(wc -l < "$record_file" | tr -d ' ') classes loaded until the article is shown"
  fi
}
# Both ways run the launcher itself with `--version` as its argument: JDKs newer than 17 go on to run
# the program once the archive is written, and `--version` ends it there.
make_archive() {
  if [ "$LAUNCH_CACHE" = aot ]; then
    [ -s "$OUT/$AOT_CONFIG" ] || return 0
    rm -f "$APP_DIR/$AOT_CACHE"
    JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$(native "$OUT/$AOT_CONFIG") -XX:AOTCache=$(native "$APP_DIR/$AOT_CACHE")" \
      "$LAUNCHER" --version > "$OUT/cds-dump.txt" 2>&1 || true
    rm -f "$OUT/$AOT_CONFIG"
    if [ -s "$APP_DIR/$AOT_CACHE" ]; then
      # Named only now: the recording launch refuses an AOT cache in its options, and a JVM told of a
      # cache that is not there says so on every start (a static archive's absence goes unsaid).
      awk -v option="java-options=-XX:AOTCache=\$APPDIR/$AOT_CACHE" '{ print } $0 == "[JavaOptions]" { print option }' \
        "$APP_DIR/$APP_NAME.cfg" > "$OUT/launcher.cfg" && mv "$OUT/launcher.cfg" "$APP_DIR/$APP_NAME.cfg"
      grep -q "AOTCache=" "$APP_DIR/$APP_NAME.cfg" || die "could not name the launch cache in $APP_DIR/$APP_NAME.cfg"
      step "launch cache (AOT): $APP_DIR/$AOT_CACHE ($(du -h "$APP_DIR/$AOT_CACHE" | cut -f1))"
    else
      step "the launch cache could not be made (the app runs without it): $(tail -n 3 "$OUT/cds-dump.txt" | tr '\n' ' ')"
    fi
    return 0
  fi
  [ -s "$APP_DIR/$CDS_CLASSLIST" ] || return 0
  rm -f "$APP_DIR/$CDS_ARCHIVE"
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$(native "$APP_DIR/$CDS_CLASSLIST") -XX:SharedArchiveFile=$(native "$APP_DIR/$CDS_ARCHIVE")" \
    "$LAUNCHER" --version > "$OUT/cds-dump.txt" 2>&1 || true
  if [ -s "$APP_DIR/$CDS_ARCHIVE" ]; then
    step "launch archive: $APP_DIR/$CDS_ARCHIVE ($(du -h "$APP_DIR/$CDS_ARCHIVE" | cut -f1))"
  else
    step "the launch archive could not be made (the app runs without it): $(tail -n 3 "$OUT/cds-dump.txt" | tr '\n' ' ')"
  fi
}
record_classlist || true

# An AOT cache holds where the program is installed (it checks the jars, not their folder), so it is
# made before packaging and ships in the package; a static archive names the jars' paths, so the
# package carries its class list and its installer makes the archive in place (below).
if [ "$APP_IMAGE_ONLY" = true ] || [ "$LAUNCH_CACHE" = aot ]; then
  make_archive
fi
if [ "$APP_IMAGE_ONLY" = true ]; then
  exit 0
fi

# --- native package -----------------------------------------------------------------------------
if [ -z "$TYPE" ]; then
  case "$OS" in
    linux)
      if command -v dpkg-deb >/dev/null 2>&1; then TYPE=deb
      elif command -v rpmbuild >/dev/null 2>&1; then TYPE=rpm
      else die "neither dpkg-deb nor rpmbuild found: install dpkg (Debian/Ubuntu) or rpm-build"; fi ;;
    windows) TYPE=msi ;;
    mac) TYPE=dmg ;;
  esac
fi

package_opts=(--type "$TYPE" --dest "$(native "$OUT/package")" --app-image "$(native "$IMAGE")"
              --resource-dir "$(native "$OUT/resources")" --icon "$(native "$ICON")"
              --file-associations "$(native "$OUT/resources/workspace-association.properties")")
case "$OS" in
  linux)
    # jpackage cannot see JavaFX's native libraries (they sit inside the jars), so it cannot work
    # out that they need GTK 3; declare it. xdg-utils registers the menu entry and the file type.
    package_opts+=(--linux-package-name "$PACKAGE_NAME" --linux-shortcut --linux-menu-group "Office"
                   --linux-deb-maintainer "$DEB_MAINTAINER_EMAIL")
    if [ "$TYPE" = rpm ]; then package_opts+=(--linux-package-deps "gtk3"); else package_opts+=(--linux-package-deps "libgtk-3-0"); fi ;;
  windows)
    package_opts+=(--win-menu --win-menu-group "$APP_NAME" --win-shortcut --win-shortcut-prompt
                   --win-dir-chooser --win-upgrade-uuid "$WIN_UPGRADE_UUID") ;;
  mac)
    package_opts+=(--mac-package-identifier "$MAC_BUNDLE_ID" --mac-package-name "$APP_NAME") ;;
esac

step "jpackage $TYPE"
"$JPACKAGE" "${common[@]}" "${package_opts[@]}" ${JPACKAGE_VERBOSE:+--verbose}
if [ "$BUNDLE_VERSION" != "$PACKAGE_VERSION" ]; then
  for f in "$OUT"/package/*"$BUNDLE_VERSION"*; do
    if [ -e "$f" ]; then mv "$f" "${f/$BUNDLE_VERSION/$PACKAGE_VERSION}"; fi
  done
fi
for f in "$OUT"/package/*; do
  step "package: $f ($(du -h "$f" | cut -f1))"
done
# After packaging: the package carries the class list, and its installer makes the archive in place.
if [ "$LAUNCH_CACHE" = cds ]; then
  make_archive
fi
