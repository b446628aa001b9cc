#!/usr/bin/env bash
# run-tests.sh: the README's test command (make test).
#
# Installs missing packages, builds, then runs every suite:
#   1. C unit tests of src/core, built normally        (make unit)
#   2. the same, built with ASan and UBSan             (make unit-asan)
#   3. libFuzzer targets, a bounded run each           (make fuzz-smoke)
#   4. pg_regress                                      (make installcheck)
#   5. pgTAP                                           (pg_prove test/pgtap/*.sql)
#   6. quality gates over ../shared (test/gates/*.sh)
#   7. shell tests with clusters of their own          (test/shell/*.sh)
# Suites 4-6 run against a throwaway cluster with plan_ext installed into
# a private copy of the server (test/scripts/with-cluster.sh).
#
# Every check prints a TAP-style "ok"/"not ok" line; the last line is
# "N passed, N failed" over all suites, and the exit status is non-zero
# when anything failed.
set -uo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
logdir="$top/build/test-logs"
rm -rf "$logdir"
mkdir -p "$logdir"

passed=0
failed=0

# count "ok"/"not ok" lines of a TAP-ish log into the totals; a "not ok"
# marked "# TODO" is a known failure, reported but not counted (as in TAP)
tally() {
	local log="$1" p f t
	p=$(grep -cE '^[[:space:]]*ok ([0-9]+|-)' "$log" || true)
	f=$(grep -E '^[[:space:]]*not ok ([0-9]+|-)' "$log" | grep -cvE '# TODO' || true)
	t=$(grep -E '^[[:space:]]*not ok ([0-9]+|-)' "$log" | grep -cE '# TODO' || true)
	passed=$((passed + p))
	failed=$((failed + f))
	echo "# $2: $p passed, $f failed${t:+, $t todo}" | sed 's/, 0 todo$//'
}

# run a suite; a non-zero exit with no failing line counts as one failure
suite() {
	local name="$1"; shift
	local log="$logdir/$name.log" rc before=$failed
	echo "# ---- $name"
	"$@" >"$log" 2>&1
	rc=$?
	grep -E '^[[:space:]]*not ok |^# ' "$log" | head -200
	tally "$log" "$name"
	if [ $rc -ne 0 ] && [ $failed -eq $before ]; then
		failed=$((failed + 1))
		echo "not ok - $name exited with status $rc"
		tail -40 "$log"
	fi
}

echo "# ---- dependencies"
test/scripts/install-deps.sh || { echo "not ok - install dependencies"; echo "0 passed, 1 failed"; exit 1; }

echo "# ---- build"
if ! make -s >"$logdir/build.log" 2>&1; then
	cat "$logdir/build.log"
	echo "not ok - build"
	echo "0 passed, 1 failed"
	exit 1
fi
if grep -q 'warning:' "$logdir/build.log"; then
	grep 'warning:' "$logdir/build.log"
	echo "not ok - build has compiler warnings"
	failed=$((failed + 1))
else
	echo "ok - build without warnings"
	passed=$((passed + 1))
fi

suite unit make -s unit
suite unit-asan make -s unit-asan
suite fuzz-smoke make -s fuzz-smoke FUZZ_SMOKE_SECONDS="${FUZZ_SMOKE_SECONDS:-10}"

# pg_regress prints "test NAME ... ok" / "... FAILED": make it TAP-ish
regress() {
	make -s installcheck 2>&1 | tee "$logdir/regress.raw" |
		sed -E -n 's/^(test )?[[:space:]]*([A-Za-z0-9_]+)[[:space:]]+\.\.\. ok.*/ok - regress \2/p;
		           s/^(test )?[[:space:]]*([A-Za-z0-9_]+)[[:space:]]+\.\.\. FAILED.*/not ok - regress \2/p;
		           s/^(test )?[[:space:]]*([A-Za-z0-9_]+)[[:space:]]+\.\.\. failed.*/not ok - regress \2/p'
	local rc=${PIPESTATUS[0]}
	if [ $rc -ne 0 ] && [ -f regression.diffs ]; then
		echo "# regression.diffs:"
		head -150 regression.diffs | sed 's/^/# /'
	fi
	return $rc
}

tap() {
	psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE plan_ext_tap" || return 1
	PGDATABASE=plan_ext_tap make -s installcheck-tap
}

gates() {
	local g rc=0
	psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE plan_ext_gate" || return 1
	export PGDATABASE=plan_ext_gate
	psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION plan_ext" || return 1
	for g in test/gates/*.sh; do
		[ -e "$g" ] || continue
		echo "# $g"
		bash "$g" || rc=1
	done
	return $rc
}

in_cluster() {
	suite regress regress
	suite pgtap tap
	suite gates gates
	echo "$passed $failed" >"$logdir/counts"
}

export -f suite tally regress tap gates in_cluster
export logdir
passed_before=$passed
failed_before=$failed
if test/scripts/with-cluster.sh --private-install -- bash -c 'passed=0; failed=0; in_cluster'; then
	read -r p f <"$logdir/counts"
	passed=$((passed_before + p))
	failed=$((failed_before + f))
else
	[ -f "$logdir/counts" ] && { read -r p f <"$logdir/counts"; passed=$((passed_before + p)); failed=$((failed_before + f)); }
	echo "not ok - throwaway cluster"
	failed=$((failed + 1))
fi

for t in test/shell/*.sh; do
	[ -e "$t" ] || continue
	suite "shell-$(basename "$t" .sh)" bash "$t"
done

echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
