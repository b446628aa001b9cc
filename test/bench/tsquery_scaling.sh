#!/usr/bin/env bash
# tsquery_scaling.sh: plan_tsquery's time against the length of its input.
#
#   test/scripts/with-cluster.sh --private-install -- test/bench/tsquery_scaling.sh
#
# Builds queries of 2,000 and 8,000 terms (plan words numbered so no two
# are alike, AND-ed; and the same OR-ed) and one of 1 MB of text, times
# plan_tsquery on each side by side in one session (best of 3), and prints
# the ratio 8,000 / 2,000: a linear function gives about 4, a quadratic
# one 16. Input over 1 MB, or one term over 8,192 bytes, is refused
# (SQLSTATE 54000); docs/search.md gives the figures of the last run.
set -euo pipefail
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql -X -q -c "CREATE EXTENSION IF NOT EXISTS plan_ext"
psql -X -q -At <<'SQL'
CREATE TEMP TABLE q(name text, body text);
INSERT INTO q SELECT 'and_2000', string_agg('产业集群' || i, ' ') FROM generate_series(1, 2000) i;
INSERT INTO q SELECT 'and_8000', string_agg('产业集群' || i, ' ') FROM generate_series(1, 8000) i;
INSERT INTO q SELECT 'or_8000', string_agg('增长' || i, ' OR ') FROM generate_series(1, 8000) i;
INSERT INTO q SELECT '512KB_mixed', repeat(u, 524288 / octet_length(u))
  FROM (VALUES ('地区生产总值 增长 "城乡居民 收入" -工业 碳达峰 OR 碳中和 ')) v(u);
-- 1 MB of query text: as phrases it fits PostgreSQL's 1 MB of lexeme text;
-- mixed short terms (a NUL ends each lexeme) do not, and are refused
INSERT INTO q SELECT '1MB_phrases', repeat(u, 1048576 / octet_length(u))
  FROM (VALUES ('"地区生产总值 增长 城乡居民人均可支配收入" ')) v(u);
INSERT INTO q SELECT '1MB_mixed', repeat(u, 1048576 / octet_length(u))
  FROM (VALUES ('地区生产总值 增长 "城乡居民 收入" -工业 碳达峰 OR 碳中和 ')) v(u);
CREATE FUNCTION pg_temp.best_ms(t text, OUT ms numeric, OUT outcome text)
LANGUAGE plpgsql AS $$
DECLARE s timestamptz; i int; n int;
BEGIN
  FOR i IN 1..3 LOOP
    s := clock_timestamp();
    BEGIN
      SELECT numnode(plan_tsquery(body)) INTO n FROM q WHERE name = t;
      outcome := n || ' nodes';
    EXCEPTION WHEN program_limit_exceeded THEN
      outcome := 'refused: ' || SQLERRM;
    END;
    ms := least(coalesce(ms, 1e9), extract(epoch FROM clock_timestamp() - s) * 1000);
  END LOOP;
  ms := round(ms, 1);
END $$;
SELECT name || ': ' || octet_length(body) || ' bytes, ' || b.ms || ' ms, ' || b.outcome
  FROM q, LATERAL pg_temp.best_ms(name) b ORDER BY octet_length(body), name;
SELECT 'ratio 8000/2000 terms: ' || round((pg_temp.best_ms('and_8000')).ms / (pg_temp.best_ms('and_2000')).ms, 2);
SQL
