#!/usr/bin/env bash
# fuzz-long.sh: the fuzz campaign (make fuzz-long FUZZ_SECONDS=N [FUZZ_JOBS=J]).
#
# Runs every libFuzzer target of test/fuzz (built with ASan + UBSan, see
# FUZZ_CFLAGS in the Makefile) for FUZZ_SECONDS each (default 3600), J
# processes at a time per target (default 1), on a corpus kept in
# build/fuzz-corpus/NAME (kept from run to run) and seeded from
# test/fuzz/corpus/NAME. With FUZZ_MERGE=1 the inputs that reach new
# coverage are then merged into test/fuzz/corpus/NAME (libFuzzer -merge=1),
# ready to commit. A crashing input is kept in build/fuzz-crashes/ (commit
# it to test/fuzz/corpus/NAME as a regression case once fixed) and the run
# fails. FUZZ_TARGETS="extract quantity" runs only those targets (names
# without the fuzz_ prefix; default: every target). Prints one line per target: CPU
# seconds, executions, new corpus entries, result. docs/reliability.md
# records the campaigns run.
set -uo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
seconds="${FUZZ_SECONDS:-3600}"
jobs="${FUZZ_JOBS:-1}"
mkdir -p build/fuzz-crashes
rc=0
printf '%-16s %10s %14s %8s  %s\n' target cpu_s execs new result
for bin in build/fuzz/fuzz_*; do
	t="$(basename "$bin")"
	if [ -n "${FUZZ_TARGETS:-}" ] && ! [[ " $FUZZ_TARGETS " == *" ${t#fuzz_} "* ]]; then
		continue
	fi
	mkdir -p "build/fuzz-corpus/$t" "test/fuzz/corpus/$t"
	log="build/fuzz-long-$t.log"
	before="$(ls "test/fuzz/corpus/$t" | wc -l)"
	start_cpu="$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)"
	# libFuzzer writes each job's log (fuzz-J.log) in the working
	# directory: one directory per target, so that campaigns run side by
	# side (FUZZ_TARGETS) keep their own
	work="build/fuzz-work/$t"
	rm -rf "$work"
	mkdir -p "$work"
	(cd "$work" && "$root/$bin" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
		-rss_limit_mb=2048 -print_final_stats=1 -jobs="$jobs" -workers="$jobs" \
		-artifact_prefix="$root/build/fuzz-crashes/$t-" \
		"$root/build/fuzz-corpus/$t" "$root/test/fuzz/corpus/$t") > "$log" 2>&1
	status=$?
	# children's CPU time (utime + stime of waited-for children), in ticks
	cpu="$(awk -v t="$(getconf CLK_TCK)" -v s="$start_cpu" '{printf "%.0f", ($16 + $17 - s) / t}' /proc/$$/stat)"
	execs="$(grep -h 'stat::number_of_executed_units' "$log" "$work"/fuzz-*.log 2>/dev/null | awk '{s += $2} END {print s + 0}')"
	if [ "${FUZZ_MERGE:-0}" = 1 ]; then
		"$bin" -merge=1 "test/fuzz/corpus/$t" "build/fuzz-corpus/$t" > "$log.merge" 2>&1
	fi
	after="$(ls "test/fuzz/corpus/$t" | wc -l)"
	if [ "$status" -eq 0 ]; then
		result=ok
	else
		result="CRASH (see $log, build/fuzz-crashes/)"
		rc=1
	fi
	printf '%-16s %10s %14s %8s  %s\n' "$t" "$cpu" "$execs" "$((after - before))" "$result"
done
exit $rc
