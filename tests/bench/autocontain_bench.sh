#!/usr/bin/env bash
# Runs autocontain_bench (issue 8) under a trap: whatever happens to it, the lab's Postfix loses
# the benchmark's sender-dependent relay to the sink and the sink stops.
# Usage: autocontain_bench.sh BENCH_BINARY [MESSAGES] [LOGIN]
set -uo pipefail
bench=$1; shift
before=$(postconf -h sender_dependent_relayhost_maps 2>/dev/null || true)
restore() {
    if [ -z "$before" ]; then
        postconf -X sender_dependent_relayhost_maps 2>/dev/null
    else
        postconf -e "sender_dependent_relayhost_maps=$before"
    fi
    postfix reload >/dev/null 2>&1
    # The sink, if the benchmark died before stopping it.
    pkill_pid=$(ss -ltnpH 'sport = :2526' 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n1)
    [ -n "$pkill_pid" ] && kill "$pkill_pid" 2>/dev/null
    true
}
trap restore EXIT INT TERM
"$bench" "$@"
