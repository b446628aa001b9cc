#!/usr/bin/env bash
# headline_precision.sh: of the spans ts_headline('plan_zh', ...) marks in the
# seed sentences (HighlightAll) for the terms of test/bench/search_terms.txt
# (boundary terms left out), the share that contain the term.
#
#   test/scripts/with-cluster.sh --private-install -- test/bench/headline_precision.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
seeds="${PLAN_SEEDS:-$here/../../../shared/seeds}"
[ -d "$seeds" ] || { echo "headline_precision: $seeds is absent, skipping"; exit 0; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat "$seeds"/*.txt | sed -e 's/\\/\\\\/g' -e 's/\t/ /g' > "$tmp/lines.tsv"
grep -v '^#' "$here/search_terms.txt" | grep . | grep -v '^boundary' > "$tmp/terms.tsv"
psql -X -q -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS plan_ext;
CREATE TEMP TABLE l (line text);
\copy l from '$tmp/lines.tsv'
CREATE TEMP TABLE d AS SELECT m[1] AS body FROM l, regexp_matches(line, '([^。！？]+[。！？]?)', 'g') AS m WHERE btrim(m[1]) <> '';
ALTER TABLE d ADD COLUMN tsv tsvector;
UPDATE d SET tsv = plan_tsvector(body);
CREATE TEMP TABLE t (grp text, term text);
\copy t from '$tmp/terms.tsv'
WITH q AS MATERIALIZED (SELECT term, plan_tsquery(term) AS q FROM t),
h AS (SELECT q.term, ts_headline('plan_zh', d.body, q.q, 'HighlightAll=true, StartSel=«, StopSel=»') AS hl
	FROM q JOIN d ON d.tsv @@ q.q),
s AS (SELECT term, m[1] AS span FROM h, regexp_matches(hl, '«([^»]*)»', 'g') AS m)
SELECT count(*) AS spans, count(*) FILTER (WHERE strpos(span, term) > 0) AS containing,
	round(count(*) FILTER (WHERE strpos(span, term) > 0)::numeric / count(*), 4) AS hl_precision
FROM s;
SQL
