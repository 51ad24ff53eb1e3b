#!/usr/bin/env bash
# Coverage-guided fuzzing (cargo-fuzz / libFuzzer) of the three parsers that
# read files from outside: questionnaire files, self-assessment packs and
# logos (fuzz/fuzz_targets/, fuzz/README.md).
#
#   scripts/fuzz.sh [SECONDS]        each target for SECONDS (default 60)
#   FUZZ_RUNS=1000000 scripts/fuzz.sh 3600
#                                    ... or until it has run that many inputs
#   FUZZ_TARGETS="pack logo" scripts/fuzz.sh 30
#   FUZZ_SANITIZER=address scripts/fuzz.sh 60
#
# Installs cargo-fuzz when it is missing, builds the targets, then runs each
# one in turn from its checked-in seeds (fuzz/seeds/<target>/) plus the
# working corpus of earlier runs (fuzz/corpus/<target>/, not checked in),
# with its dictionary (fuzz/dicts/). One input may take at most 1 s
# (-timeout=1) and the process 2 GB (-rss_limit_mb=2048); inputs are at
# most 1 MB (questionnaire, pack) or 256 KB (logo). A target that finds a
# crash, a timeout or an out-of-memory stops; the others still run, the
# script prints where libFuzzer wrote each failing input and exits 1.
#
# Toolchain: `cargo +nightly fuzz` when a nightly toolchain is installed;
# otherwise stable with RUSTC_BOOTSTRAP=1, which lets stable rustc accept
# the -Z flags that cargo-fuzz passes (CI machines may lack nightly).
#
# Sanitizer: none by default, chosen by measurement. Our crate forbids
# unsafe code, so what AddressSanitizer adds is a check of the unsafe code
# inside dependencies (serde_json, png, sha2, ...); what we look for are
# panics, hangs and runaway allocations, which libFuzzer catches without it.
# On the 2-core machine (docs/performance.md, "Fuzzing the file parsers"),
# 30 s per target from the seeds: ASan ran 2.6x (questionnaire), 3.5x (pack)
# and 3.3x (logo) fewer inputs per second, used 6-9x the memory (400-500 MB
# against 46-80 MB), and its clean build took 29 CPU-minutes against 18.
# The one thing lost: without a sanitizer, libFuzzer prints no stack trace
# for a timeout or an out-of-memory (a panic still prints its message, and
# its stack with RUST_BACKTRACE=1); for one, run the input through an ASan
# build (cd fuzz && cargo +nightly fuzz build --sanitizer address
# --target-dir target/address; then target/address/<triple>/release/<target>
# INPUT -timeout=1).
# Each sanitizer builds into its own target dir (fuzz/target/<sanitizer>),
# so switching does not rebuild the other.
# Debug assertions and overflow checks are on (cargo-fuzz's default).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

SECONDS_PER_TARGET="${1:-60}"
RUNS="${FUZZ_RUNS:--1}"
SANITIZER="${FUZZ_SANITIZER:-none}"
TARGETS="${FUZZ_TARGETS:-questionnaire pack logo}"
TARGET_DIR="target/$SANITIZER"
TRIPLE="$(rustc -vV | sed -n 's/^host: //p')"

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "==> installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  FUZZ=(cargo +nightly fuzz)
else
  echo "==> no nightly toolchain: stable with RUSTC_BOOTSTRAP=1"
  export RUSTC_BOOTSTRAP=1
  FUZZ=(cargo fuzz)
fi

max_len() {
  case "$1" in
    logo) echo 262144 ;;
    *) echo 1048576 ;;
  esac
}

echo "==> building the fuzz targets (sanitizer: $SANITIZER)"
"${FUZZ[@]}" build --sanitizer "$SANITIZER" --target-dir "$TARGET_DIR"

mkdir -p logs
failed=()
summary=()
for target in $TARGETS; do
  corpus="corpus/$target"
  artifacts="artifacts/$target"
  log="logs/$target.log"
  mkdir -p "$corpus" "$artifacts"
  echo "==> fuzzing $target for ${SECONDS_PER_TARGET}s (runs: $RUNS, log: fuzz/$log)"
  start=$(date +%s%N)
  status=0
  # libFuzzer's first corpus dir is the one it writes new inputs to; the
  # seeds are only read.
  "$TARGET_DIR/$TRIPLE/release/$target" "$corpus" "seeds/$target" \
    -dict="dicts/$target.dict" \
    -max_total_time="$SECONDS_PER_TARGET" -runs="$RUNS" \
    -timeout=1 -rss_limit_mb=2048 -max_len="$(max_len "$target")" \
    -print_final_stats=1 -artifact_prefix="$artifacts/" \
    >"$log" 2>&1 || status=$?
  wall=$(awk -v ns=$(($(date +%s%N) - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')
  stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
  line=$(printf '%-13s executions %10s  wall %6ss  exec/s %7s  peak RSS %5s MB  new units %s' \
    "$target" "$(stat number_of_executed_units)" "$wall" "$(stat average_exec_per_sec)" \
    "$(stat peak_rss_mb)" "$(stat new_units_added)")
  echo "$line"
  summary+=("$line")
  if [ "$status" -ne 0 ]; then
    # The panic's place and message, or libFuzzer's verdict (timeout, OOM).
    grep -E -A1 'panicked at' "$log" | head -2 || true
    grep -E 'ERROR: libFuzzer' "$log" | head -1 || true
    written=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log")
    echo "!! $target failed (exit $status); failing input: fuzz/${written:-"(none written; see fuzz/$log)"}"
    echo "   reproduce: fuzz/$TARGET_DIR/$TRIPLE/release/$target fuzz/${written:-INPUT}"
    failed+=("$target: fuzz/${written:-$log}")
  fi
done

echo
echo "==> summary (sanitizer $SANITIZER, ${SECONDS_PER_TARGET}s per target;"
echo "    executions = libFuzzer's stat::number_of_executed_units)"
printf '%s\n' "${summary[@]}"
if [ "${#failed[@]}" -gt 0 ]; then
  echo "FAILED: ${failed[*]}" >&2
  echo "minimise: cd fuzz && ${FUZZ[*]} tmin --sanitizer $SANITIZER --target-dir $TARGET_DIR TARGET INPUT" >&2
  exit 1
fi
echo "no crash, timeout or out-of-memory"
