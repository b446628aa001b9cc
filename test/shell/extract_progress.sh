#!/usr/bin/env bash
# extract_progress.sh: plan_extract_progress tells the truth (issue 17 item 6).
#
#   test/shell/extract_progress.sh       (make test runs it: test/shell/*.sh)
#
# On a throwaway cluster (test/scripts/with-cluster.sh --private-install):
# a run paused inside its eighth batch shows running with the seven
# committed batches done; a second call into the same target fails with
# 55P03 and leaves the first run's row alone; the paused backend ended by
# pg_terminate_backend shows interrupted; a resumed run paused again and
# killed with SIGKILL (the server restarts) shows interrupted after the
# restart; the last call finishes, with totals over the whole source, and
# the target equals an uninterrupted run.  Prints TAP.
set -euo pipefail
if [ -z "${PLAN_EXT_CLUSTER:-}" ]; then
	cd "$(dirname "$0")/../.."
	# committed batches must survive the SIGKILL below (with-cluster.sh
	# turns synchronous_commit off for speed)
	exec test/scripts/with-cluster.sh --private-install --conf 'synchronous_commit = on' \
		-- test/shell/extract_progress.sh
fi
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/extract_faults.sh"

setup_docs
check "the uninterrupted run: done, all documents" \
	"$(q -c "SELECT status, docs_done, docs_total, docs_extracted FROM plan_extract_progress WHERE target = 'ref'")" \
	"done|$ndocs|$ndocs|$ndocs"

make_target t1
start_paused t1 150
progress() { q -c "SELECT $1 FROM plan_extract_progress WHERE target = 't1'"; }
check "while paused in batch 8: running, 140 documents done, its backend's pid" \
	"$(progress "status, docs_done, docs_total, docs_todo, pid")" "running|140|$ndocs|$ndocs|$paused_pid"
first_run=$(progress run_id)

# a second call into the same target while the first runs
set +e
second=$(PGOPTIONS="-c client_min_messages=warning" psql -X -q -v VERBOSITY=verbose \
	-c "CALL plan_extract('docs', target => 't1', batch_size => 20)" 2>&1)
rc=$?
set -e
check "a concurrent call into the same target fails" "$rc" "1"
check "... with SQLSTATE 55P03 (lock_not_available)" \
	"$(grep -o 'ERROR:  55P03: plan_extract is already running into t1' <<<"$second")" \
	"ERROR:  55P03: plan_extract is already running into t1"
check "... naming the running process" \
	"$(grep -c "DETAIL:  Process $paused_pid has been extracting into it since" <<<"$second")" "1"
check "... with a hint" "$(grep -c '^HINT:  Wait for that run to finish' <<<"$second")" "1"
check "the first run's row is untouched: still running, the same run" \
	"$(progress "run_id, status, docs_done")" "$first_run|running|140"

# the paused backend is terminated
check "pg_terminate_backend ends the paused run" \
	"$(q -c "SELECT pg_terminate_backend($paused_pid, 10000)")" "t"
wait "$paused_job" || true
check "a run whose backend is gone shows as interrupted, with its documents done" \
	"$(progress "run_id, status, docs_done, docs_total")" "$first_run|interrupted|140|$ndocs"
check "rows exist exactly for the 140 documents recorded" \
	"$(q -c "SELECT count(DISTINCT doc_id) FROM t1")|$(q -c "SELECT count(*) FROM plan_extract_state WHERE target = 't1'::regclass")" \
	"140|140"

# resume, pause again in the batch of document 190, SIGKILL the backend
start_paused t1 190
second_run=$(progress run_id)
check "the resumed run covers the whole target: 180 of $ndocs done, $((ndocs - 140)) to do" \
	"$(progress "status, docs_done, docs_total, docs_todo, resumed_from")" \
	"running|180|$ndocs|$((ndocs - 140))|$first_run"
check "the earlier run is now recorded as interrupted" \
	"$(q -c "SELECT status FROM plan_extract_runs WHERE run_id = $first_run")" "interrupted"
kill -9 "$paused_pid"
wait "$paused_job" || true
wait_server
check "after SIGKILL and the server's restart: interrupted, 180 documents done" \
	"$(progress "run_id, status, docs_done")" "$second_run|interrupted|180"

# the last call finishes the work
PGOPTIONS="-c client_min_messages=warning" q -c "CALL plan_extract('docs', target => 't1', batch_size => 20)"
check "the last call: done, totals over the whole source" \
	"$(progress "status, docs_done, docs_total, docs_todo, docs_extracted, resumed_from")" \
	"done|$ndocs|$ndocs|$((ndocs - 180))|$((ndocs - 180))|$second_run"
check "target_rows counts every row of the target" \
	"$(progress target_rows)" "$(q -c "SELECT count(*) FROM t1")"
check "the target equals the uninterrupted run" "$(same_as_ref t1)" "0"
check "each run of the target has its own row" \
	"$(q -c "SELECT string_agg(status, ',' ORDER BY run_id) FROM plan_extract_runs WHERE target = 't1'::regclass")" \
	"interrupted,interrupted,done"
check "no plan_extract lock is left" \
	"$(q -c "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 1885151598")" "0"
PGOPTIONS="-c client_min_messages=warning" q -c "CALL plan_extract('docs', target => 't1', batch_size => 20)"
check "an idempotent rerun: a new row, all documents done, none extracted" \
	"$(progress "status, docs_done, docs_total, docs_extracted, resumed_from IS NULL")" \
	"done|$ndocs|$ndocs|0|t"
tap_end
