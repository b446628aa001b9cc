#!/usr/bin/env bash
# cron_test.sh: the scheduled nightly extraction of docs/batch.md, run
# for real under pg_cron.
#
#   test/scripts/cron_test.sh
#
# Starts its own throwaway cluster with pg_cron preloaded (with-cluster.sh
# --private-install --preload pg_cron), schedules the documented nightly
# job plus the same command every minute, waits (up to 150 s) until
# pg_cron has run it, and checks that the run succeeded and wrote the same
# rows as calling plan_extract directly.  Prints TAP; skips cleanly when
# pg_cron (Debian package postgresql-15-cron) is not installed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"

if [ "${1:-}" != "--inside" ]; then
	libdir="$("${PG_CONFIG:-pg_config}" --pkglibdir)"
	sharedir="$("${PG_CONFIG:-pg_config}" --sharedir)"
	if [ ! -f "$libdir/pg_cron.so" ] || [ ! -f "$sharedir/extension/pg_cron.control" ]; then
		echo "1..0 # SKIP pg_cron is not installed (Debian package postgresql-15-cron)"
		exit 0
	fi
	cd "$top"
	exec "$here/with-cluster.sh" --private-install --preload pg_cron \
		--conf "cron.database_name = 'postgres'" \
		--conf "cron.use_background_workers = on" \
		-- bash "$here/cron_test.sh" --inside
fi

n=0
fails=0
check() {	# check "description" command...
	local d="$1"; shift
	n=$((n + 1))
	if "$@"; then echo "ok $n - $d"; else echo "not ok $n - $d"; fails=$((fails + 1)); fi
}
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

q >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION pg_cron;
CREATE EXTENSION plan_ext;
CREATE TABLE plan_docs (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO plan_docs
SELECT g, format('%s县2021年政府工作报告。2020年，全县地区生产总值增长%s%%，社会消费品零售总额增长%s%%。'
				 '2021年主要预期目标：地区生产总值增长%s%%左右，规模以上工业增加值增长%s%%以上。',
				 (ARRAY['宝兴', '石棉', '天全'])[1 + g % 3], g % 9 + 1, g % 7 + 2, g % 4 + 6, g % 3 + 7)
FROM generate_series(1, 30) g;

-- the nightly job exactly as docs/batch.md shows it
SELECT cron.schedule('plan-extract-nightly', '30 2 * * *',
	$$CALL plan_extract('public.plan_docs', target => 'public.plan_indicator_rows', batch_size => 10)$$);
-- the same command every minute, so that this test sees pg_cron run it
SELECT cron.schedule('plan-extract-now', '* * * * *',
	$$CALL plan_extract('public.plan_docs', target => 'public.plan_indicator_rows', batch_size => 10)$$);
SQL

check "the nightly job is scheduled at 02:30" \
	test "$(q -c "SELECT schedule FROM cron.job WHERE jobname = 'plan-extract-nightly'")" = "30 2 * * *"

status=""
for _ in $(seq 1 150); do
	status="$(q -c "SELECT string_agg(d.status, ',') FROM cron.job_run_details d
	                 JOIN cron.job j USING (jobid)
	                 WHERE j.jobname = 'plan-extract-now' AND d.status IN ('succeeded', 'failed')")"
	[ -n "$status" ] && break
	sleep 1
done
q -c "SELECT cron.unschedule('plan-extract-now')" >/dev/null
# let a run that started meanwhile finish (plan_extract takes a lock per batch)
for _ in $(seq 1 30); do
	[ "$(q -c "SELECT count(*) FROM cron.job_run_details WHERE status IN ('running', 'starting')")" = 0 ] && break
	sleep 1
done
if [ -z "$status" ]; then
	echo "# pg_cron did not run the job within 150 s"
	q -c "SELECT * FROM cron.job_run_details" | sed 's/^/# /'
fi
check "pg_cron ran CALL plan_extract and it succeeded" test "${status%%,*}" = "succeeded"
q -c "SELECT status || ': ' || coalesce(return_message, '') FROM cron.job_run_details" | sed 's/^/# /'

PGOPTIONS="-c client_min_messages=warning" q -c "CALL plan_extract('public.plan_docs', target => 'public.direct_rows')"
check "the scheduled run wrote rows" \
	test "$(q -c "SELECT count(*) > 0 FROM public.plan_indicator_rows")" = "t"
check "the scheduled run wrote the same rows as a direct call" \
	test "$(q -c "SELECT count(*) FROM ((TABLE plan_indicator_rows EXCEPT ALL TABLE direct_rows)
	              UNION ALL (TABLE direct_rows EXCEPT ALL TABLE plan_indicator_rows)) d")" = "0"
check "progress of the scheduled run is recorded" \
	test "$(q -c "SELECT status || ' ' || docs_done FROM plan_extract_progress WHERE target = 'plan_indicator_rows'")" = "done 30"

echo "1..$n"
[ "$fails" -eq 0 ]
