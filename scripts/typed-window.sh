#!/usr/bin/env bash
# The window's resident memory as a checker meets it (docs/window-figures.md, "Process memory"):
# the benchmarks' workspace (1 MB article, 2,000 claims) opened by the real window with the shipped
# options under its own Xvfb, a click in the text at 10 s and 400 keys at 60 ms typed with xdotool
# (every fifth a Backspace), VmRSS and VmHWM read each second. Prints the peaks before, while and
# after typing, and with --gc-log the full collections by phase. Measures; never fails on a figure.
# --busy N keeps N cores busy (a shell loop each, nice 0) from the launch to the end: the opening is
# then slow enough that the first key stops the article's detection (ADR 0159).
#
# Usage: scripts/typed-window.sh [--no-typing] [--seconds 80] [--gc-log] [--keep DIR] [--jvm-opt OPT]... [--busy N]
# Needs: mvn package (target/checkbench.jar, target/checkbench-bench.jar), Xvfb and xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."

typing=1; seconds=80; gclog=0; keep=""; extra=(); busy=0
while [ $# -gt 0 ]; do
  case $1 in
    --no-typing) typing=0; shift;;
    --seconds) seconds=$2; shift 2;;
    --gc-log) gclog=1; shift;;
    --keep) keep=$2; shift 2;;
    --jvm-opt) extra+=("$2"); shift 2;;
    --busy) busy=$2; shift 2;;
    -h|--help) sed -n 2,11p "$0"; exit 0;;
    *) echo "typed-window: unknown option $1 (see --help)" >&2; exit 2;;
  esac
done
for tool in Xvfb xdotool; do
  command -v $tool >/dev/null || { echo "typed-window: $tool is missing: apt-get install xvfb xdotool" >&2; exit 2; }
done
[ -f target/checkbench.jar ] && [ -f target/checkbench-bench.jar ] \
  || { echo "typed-window: run mvn package first (target/checkbench.jar and target/checkbench-bench.jar)" >&2; exit 2; }

work=${keep:-$(mktemp -d /tmp/typed-window-XXXXXX)}
mkdir -p "$work"
# The workspace is built once per folder and copied for each run, so every run opens it fresh.
[ -f "$work/base.checkbench" ] || java -jar target/checkbench-bench.jar long-workspace --out "$work/base.checkbench" >/dev/null
run=$work/run-$(date +%H%M%S)
mkdir -p "$run"
cp "$work/base.checkbench" "$run/bench.checkbench"

display=:$((200 + RANDOM % 600))
Xvfb $display -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
loops=()
trap 'kill $app $xvfb "${loops[@]}" 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display

for _ in $(seq 1 "$busy"); do nice -n 0 sh -c 'while :; do :; done' & loops+=($!); done
options=$(grep -v '^#' src/main/resources/org/checkbench/jvm-options.txt)
[ $gclog = 1 ] && extra+=("-Xlog:gc:file=$run/gc.log:uptime")
# shellcheck disable=SC2086 # the options file holds one option per word
XDG_DATA_HOME=$run/data java $options "${extra[@]}" -Djava.util.prefs.userRoot="$run/prefs" \
  -jar target/checkbench.jar "$run/bench.checkbench" > "$run/app.log" 2>&1 &
app=$!
started=$(date +%s.%N)

keys=()
for i in $(seq 1 400); do if [ $((i % 5)) = 0 ]; then keys+=(BackSpace); else keys+=(a); fi; done
typing_from=""; typing_to=""
for second in $(seq 1 "$seconds"); do
  sleep 1
  kill -0 $app 2>/dev/null || { echo "typed-window: the window ended early (see $run/app.log)" >&2; break; }
  if [ $typing = 1 ] && [ "$second" = 10 ]; then
    xdotool mousemove 500 400 click 1
    typing_from=$second
    ( xdotool key --delay 60 "${keys[@]}"; echo "$(date +%s.%N)" > "$run/typed" ) &
  fi
  if [ -n "$typing_from" ] && [ -z "$typing_to" ] && [ -f "$run/typed" ]; then typing_to=$second; fi
  phase=before
  [ -n "$typing_from" ] && phase=typing
  [ -n "$typing_to" ] && phase=after
  awk -v t="$second" -v p=$phase '/^VmRSS/{r=$2} /^VmHWM/{h=$2} END{printf "%s\t%s\t%d\t%d\n", t, p, r/1024, h/1024}' \
    /proc/$app/status >> "$run/memory.tsv"
done
kill $app 2>/dev/null || true
wait $app 2>/dev/null || true
[ ${#loops[@]} = 0 ] || kill "${loops[@]}" 2>/dev/null || true

echo "run: $run (memory.tsv: second, phase, VmRSS MiB, VmHWM MiB)"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -F'\t' '{ if ($3 > peak[$2]) peak[$2] = $3; hwm = $4; last = $3 }
  END { for (p in peak) printf "peak %s: %d MiB\n", p, peak[p]; printf "VmHWM: %d MiB; at the end: %d MiB\n", hwm, last }' \
  "$run/memory.tsv" | sort
if [ $gclog = 1 ] && [ -f "$run/gc.log" ]; then
  # Uptime seconds of the JVM; typing began about 10 s after the process started.
  typed_at=""
  [ -f "$run/typed" ] && typed_at=$(awk -v end="$(cat "$run/typed")" -v start="$started" 'BEGIN { print end - start }')
  awk -v from=10 -v to="${typed_at:-0}" '/Pause Full/ {
      t = $1; gsub(/[\[\]s]/, "", t); t += 0; ms = $NF; gsub(/ms/, "", ms)
      phase = t < from ? "before" : (to > 0 && t <= to ? "typing" : "after")
      n[phase]++; if (ms + 0 > max[phase]) max[phase] = ms + 0 }
    END { for (p in n) printf "full collections %s: %d (longest %.0f ms)\n", p, n[p], max[p] }' "$run/gc.log" | sort
fi
