#!/usr/bin/env bash
# extract_faults.sh: helpers for the plan_extract fault tests
# (test/shell/extract_progress.sh, test/shell/extract_crash.sh), sourced
# inside a throwaway cluster (test/scripts/with-cluster.sh exports PG*,
# PLAN_EXT_PGBIN and PLAN_EXT_CLUSTER).
#
#   setup_docs            the extension, a table docs of plan texts (200
#                         short work-report excerpts with different figures,
#                         plus the ten reports of seed 002 when ../shared is
#                         there), and ref: one uninterrupted run of it
#   make_target T         an empty target T shaped like ref, whose insert
#                         trigger sleeps at the document named by the
#                         session setting plan_test.pause_at
#   start_paused T DOC    CALL plan_extract into T in the background, with
#                         batch_size 20, pausing at document DOC; returns
#                         once the call sleeps there, with its backend's
#                         pid in $paused_pid and the psql job's in $paused_job
#   wait_server           wait until the server accepts connections again
#   same_as_ref T         T holds exactly ref's rows (prints the difference)

. "$(dirname "${BASH_SOURCE[0]}")/tap.sh"
as_owner() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

fault_top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seed002="$fault_top/../shared/seeds/002_000a05b7aea940ce.txt"

setup_docs() {
	q -c "SET client_min_messages = warning" -c "CREATE EXTENSION plan_ext" >/dev/null
	q <<'SQL' >/dev/null
CREATE TABLE docs (id int PRIMARY KEY, body text);
INSERT INTO docs
SELECT g, format(
	'%s县2021年政府工作报告。2020年，全县地区生产总值增长%s%%，社会消费品零售总额增长%s%%，'
	'城镇居民人均可支配收入增长%s%%，一般公共预算收入%s亿元。2021年主要预期目标：'
	'地区生产总值增长%s%%左右，规模以上工业增加值增长%s%%以上，城镇调查失业率控制在5.5%%以内。',
	(ARRAY['宝兴', '石棉', '天全', '芦山', '名山', '荥经', '汉源'])[1 + g % 7],
	(g % 9) + 1, (g % 7) + 2, (g % 5) + 3, 10 + g % 13, (g % 4) + 6, (g % 3) + 7)
FROM generate_series(1, 200) g;
CREATE FUNCTION pause_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.doc_id = COALESCE(NULLIF(current_setting('plan_test.pause_at', true), ''), '-1')::int THEN
		PERFORM pg_sleep(600);
	END IF;
	RETURN NEW;
END $$;
SQL
	if [ -r "$seed002" ]; then
		q -v seed="$seed002" <<'SQL' >/dev/null
\set body `cat :seed`
INSERT INTO docs SELECT 1000 + s.ord, substr(:'body', s.pos, s.len) FROM plan_split_documents(:'body') s;
SQL
	fi
	ndocs=$(q -c "SELECT count(*) FROM docs")
	PGOPTIONS="-c client_min_messages=warning" q -c "CALL plan_extract('docs', target => 'ref', batch_size => 20)"
	nrows=$(q -c "SELECT count(*) FROM ref")
	echo "# $ndocs documents, $nrows rows in an uninterrupted run"
}

make_target() {
	q -c "CREATE TABLE $1 (LIKE ref INCLUDING ALL)" \
	  -c "CREATE TRIGGER pause_at BEFORE INSERT ON $1 FOR EACH ROW EXECUTE FUNCTION pause_at()"
}

start_paused() {
	local t="$1" doc="$2" i
	PGOPTIONS="-c plan_test.pause_at=$doc -c client_min_messages=warning" \
		psql -X -q -v VERBOSITY=verbose -c "CALL plan_extract('docs', target => '$t', batch_size => 20)" \
		>"$PLAN_EXT_CLUSTER/paused_$t.log" 2>&1 &
	paused_job=$!
	paused_pid=""
	for i in $(seq 1 600); do
		paused_pid=$(q -c "SELECT pid FROM pg_stat_activity
		                   WHERE wait_event = 'PgSleep' AND query LIKE 'CALL plan_extract(%''$t''%'")
		[ -n "$paused_pid" ] && return 0
		sleep 0.1
	done
	echo "# the call into $t never reached document $doc"
	cat "$PLAN_EXT_CLUSTER/paused_$t.log"
	return 1
}

wait_server() {
	local i
	for i in $(seq 1 300); do
		psql -X -q -A -t -c "SELECT 1" >/dev/null 2>&1 && return 0
		sleep 0.2
	done
	echo "# the server did not come back"
	return 1
}

same_as_ref() {
	q -c "SELECT count(*) FROM ((TABLE $1 EXCEPT ALL TABLE ref) UNION ALL (TABLE ref EXCEPT ALL TABLE $1)) d"
}
