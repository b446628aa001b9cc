#!/usr/bin/env bash
# memory.sh: does any function leak?  One pgbench client runs each soak
# script alone for a set time while its backend's private memory (RssAnon
# of /proc/PID/status) is read at six even points; a leak grows with the
# number of calls, a cache or the allocator's high-water mark does not
# (make soak-memory SOAK_SECONDS=150: seconds per script).
#
#   test/scripts/with-cluster.sh --private-install -- test/soak/memory.sh [SECONDS]
#
# Prints per script: transactions, the six readings in kB, and the growth
# after warm-up: the lowest of the last three readings less the lowest of
# the second and third (memory may move between levels as the allocator
# keeps or returns pages; a leak raises the low level).  Fails when it is
# more than 1 MB.
# docs/reliability.md records the last run.
set -euo pipefail
seconds="${1:-150}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
pgbench="$(pg_config --bindir)/pgbench"
[ -x "$pgbench" ] || pgbench=/usr/lib/postgresql/15/bin/pgbench
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$here/test/soak/load.sh" "$tmp"
n="$(psql -X -At -c 'SELECT count(*) FROM soak_docs')"
step=$((seconds / 6 > 1 ? seconds / 6 : 1))
rc=0
printf '# memory: %s paragraphs, one client, %s s per script\n' "$n" "$seconds"
for script in extract search docfacts compare quantity segment; do
	"$pgbench" -n -c 1 -T "$seconds" -D ndocs="$n" -f "$here/test/soak/$script.sql" \
		> "$tmp/$script.out" 2>&1 &
	bench=$!
	sleep 2
	pid="$(psql -X -At -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'pgbench' AND backend_type = 'client backend'")"
	readings=""
	for _ in 1 2 3 4 5 6; do
		sleep $((step - 1))
		readings="$readings $(awk '/^RssAnon/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"
	done
	wait "$bench" || rc=1
	tx="$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$tmp/$script.out")"
	failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$tmp/$script.out")"
	echo "$script ${tx:-0} ${failed:-?}$readings" | awk '
		{ early = $5 < $6 ? $5 : $6
		  late = $7; for (i = 8; i <= NF; i++) if ($i < late) late = $i
		  growth = late - early; printf "%-9s %9d tx %3s failed  kB:", $1, $2, $3
		  for (i = 4; i <= NF; i++) printf " %d", $i
		  printf "  growth after warm-up %+d kB\n", growth
		  exit (growth > 1024 || $3 != "0") }' || rc=1
done
psql -X -q -c "DROP TABLE soak_docs"
exit $rc
