#!/usr/bin/env bash
# extract_crash.sh: plan_extract is crash-safe (issue 15 item 4).
#
#   test/shell/extract_crash.sh          (make test runs it: test/shell/*.sh)
#
# On a throwaway cluster (test/scripts/with-cluster.sh --private-install),
# twice: a CALL plan_extract with batch_size 20 is paused inside its eighth
# batch (a trigger on the target sleeps at document 150), after seven
# batches committed; then
#   1. its backend is killed with SIGKILL (the postmaster restarts every
#      backend and replays the WAL), or
#   2. the server is stopped with pg_ctl stop -m immediate and started again;
# after which the target holds the rows of exactly the 140 documents
# recorded, and the CALL run again leaves the target equal to an
# uninterrupted run: no document lost, none twice, progress consistent.
# The cluster runs with synchronous_commit = on, so a committed batch is
# durable.  Prints TAP.
set -euo pipefail
if [ -z "${PLAN_EXT_CLUSTER:-}" ]; then
	cd "$(dirname "$0")/../.."
	# with-cluster.sh turns synchronous_commit off for speed; a crash may
	# then lose the last commits (PostgreSQL's documented trade-off).  The
	# batches this test counts as committed must be durable.
	exec test/scripts/with-cluster.sh --private-install --conf 'synchronous_commit = on' \
		-- test/shell/extract_crash.sh
fi
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/extract_faults.sh"

setup_docs

after_crash() {	# after_crash TARGET HOW
	local t="$1" how="$2"
	check "$how: the target holds the rows of the 140 committed documents, nothing of batch 8" \
		"$(q -c "SELECT count(DISTINCT doc_id), max(doc_id) FROM $t")" "140|140"
	check "$how: the bookkeeping records the same 140 documents" \
		"$(q -c "SELECT count(*) FROM plan_extract_state s WHERE s.target = '$t'::regclass
		          AND s.doc_id::int IN (SELECT DISTINCT doc_id FROM $t)")|$(q -c "SELECT count(*) FROM plan_extract_state WHERE target = '$t'::regclass")" \
		"140|140"
	check "$how: the committed rows equal the uninterrupted run's rows of those documents" \
		"$(q -c "SELECT count(*) FROM ((TABLE $t EXCEPT ALL SELECT * FROM ref WHERE doc_id <= 140)
		          UNION ALL (SELECT * FROM ref WHERE doc_id <= 140 EXCEPT ALL TABLE $t)) d")" "0"
	check "$how: progress shows the run interrupted after 140 documents" \
		"$(q -c "SELECT status, docs_done, docs_total FROM plan_extract_progress WHERE target = '$t'")" \
		"interrupted|140|$ndocs"

	PGOPTIONS="-c client_min_messages=warning" q -c "CALL plan_extract('docs', target => '$t', batch_size => 20)"
	check "$how, run again: the target equals the uninterrupted run" "$(same_as_ref "$t")" "0"
	check "$how, run again: no document lost" \
		"$(q -c "SELECT count(*) FROM (SELECT DISTINCT doc_id FROM ref EXCEPT SELECT DISTINCT doc_id FROM $t) d")" "0"
	check "$how, run again: no row twice" \
		"$(q -c "SELECT count(*) - count(DISTINCT (doc_id, ord)) FROM $t")" "0"
	check "$how, run again: every document recorded once" \
		"$(q -c "SELECT count(*), count(DISTINCT doc_id) FROM plan_extract_state WHERE target = '$t'::regclass")" \
		"$ndocs|$ndocs"
	check "$how, run again: progress done over the whole source, $((ndocs - 140)) extracted" \
		"$(q -c "SELECT status, docs_done, docs_total, docs_extracted, target_rows, resumed_from IS NOT NULL
		          FROM plan_extract_progress WHERE target = '$t'")" \
		"done|$ndocs|$ndocs|$((ndocs - 140))|$nrows|t"
	check "$how, run again: a third call extracts nothing" \
		"$(PGOPTIONS="-c client_min_messages=warning" q -c "CALL plan_extract('docs', target => '$t')" \
		   -c "SELECT docs_extracted, docs_done FROM plan_extract_progress WHERE target = '$t'")" \
		"0|$ndocs"
}

# 1. SIGKILL of the backend running the CALL
make_target k1
start_paused k1 150
kill -9 "$paused_pid"
wait "$paused_job" || true
wait_server
check "SIGKILL: the server restarted (crash recovery)" \
	"$(grep -c 'all server processes terminated; reinitializing' "$PLAN_EXT_CLUSTER/data/server.log")" "1"
after_crash k1 "SIGKILL"

# 2. immediate shutdown of the server while the CALL runs
make_target s1
start_paused s1 150
as_owner "$PLAN_EXT_PGBIN/pg_ctl" -D "$PLAN_EXT_CLUSTER/data" -m immediate -w stop >/dev/null
wait "$paused_job" || true
as_owner "$PLAN_EXT_PGBIN/pg_ctl" -D "$PLAN_EXT_CLUSTER/data" -l "$PLAN_EXT_CLUSTER/data/server.log" -w -t 60 start >/dev/null
wait_server
check "immediate shutdown: the server recovered on start" \
	"$(grep -c 'database system was not properly shut down; automatic recovery in progress' "$PLAN_EXT_CLUSTER/data/server.log")" "2"
after_crash s1 "immediate shutdown"
tap_end
