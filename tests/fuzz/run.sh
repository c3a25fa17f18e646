#!/usr/bin/env bash
# Builds the postqueue -j fuzz target with clang (libFuzzer + ASan + UBSan) and runs it for a
# bounded time. Usage: tests/fuzz/run.sh [SECONDS] [BUILD_DIR]   (default 30 s)
# Needs clang and libclang-rt-14-dev (installer/bootstrap-debian.sh).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SECONDS_TO_RUN=${1:-30}
OUT=${2:-${TMPDIR:-/tmp}/zaindari-fuzz}
CXX=${CLANGXX:-$(command -v clang++ || command -v clang++-14 || true)}
[ -n "$CXX" ] || { echo "fuzz: clang++ not found (install clang and libclang-rt-14-dev)" >&2; exit 1; }
mkdir -p "$OUT/corpus"
# The target links the parser's own sources, instrumented; Qt comes from the system.
SRCS=("$ROOT/app/mta/queuetypes.cpp" "$ROOT/app/mta/postqueueparser.cpp" "$ROOT/app/mta/queueanalysis.cpp")
BIN="$OUT/fuzz_postqueue"
if [ ! -x "$BIN" ] || [ -n "$(find "${SRCS[@]}" "$HERE/fuzz_postqueue.cpp" -newer "$BIN" 2>/dev/null)" ]; then
  # shellcheck disable=SC2046
  "$CXX" -std=c++17 -O1 -g -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -I"$ROOT/app" $(pkg-config --cflags Qt6Core) \
    "$HERE/fuzz_postqueue.cpp" "${SRCS[@]}" $(pkg-config --libs Qt6Core) -o "$BIN"
fi
# Seed with the fixtures (valid, broken and truncated lines).
cp -n "$ROOT"/tests/fixtures/postqueue/*.jsonl "$OUT/corpus/" 2>/dev/null || true
cd "$OUT"
exec "$BIN" -max_total_time="$SECONDS_TO_RUN" -max_len=4096 -timeout=5 -print_final_stats=1 corpus
