#!/usr/bin/env bash
# search_recall.sh: recall of plan_zh word search against substring search.
#
#   test/scripts/with-cluster.sh --private-install -- test/bench/search_recall.sh [--misses N]
#
# Cuts the seed texts (../shared/seeds) into sentences (at 。！？ and line
# ends), then for every term of test/bench/search_terms.txt compares the
# sentences where body LIKE '%term%' with those where
# to_tsvector('plan_zh', body) @@ plan_tsquery(term).  Recall of a term is
# |both| / |LIKE|; the report gives it per term group and overall, then
# lists up to N sentences (default 40) that substring search finds and
# word search does not, with the term in [brackets], so that one can see
# whether word search or substring search is right (和县 in 市政府和县委
# is a substring match but not the county).  Skips when the seeds are
# absent.  Uses the PG* environment; needs plan_ext installed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
seeds="${PLAN_SEEDS:-$here/../../../shared/seeds}"
misses=40
[ "${1:-}" = "--misses" ] && misses="$2"
if [ ! -d "$seeds" ]; then
	echo "search_recall: $seeds is absent, skipping"
	exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat "$seeds"/*.txt | sed -e 's/\\/\\\\/g' -e 's/\t/ /g' > "$tmp/lines.tsv"
grep -v '^#' "$here/search_terms.txt" | grep . > "$tmp/terms.tsv"

psql -X -q -v ON_ERROR_STOP=1 -v misses="$misses" <<SQL
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS plan_ext;
CREATE TEMP TABLE recall_lines (line text);
\copy recall_lines from '$tmp/lines.tsv'
CREATE TEMP TABLE recall_docs AS
	SELECT row_number() OVER () AS id, s AS body
	FROM recall_lines, regexp_split_to_table(line, '(?<=[。！？])') AS s
	WHERE btrim(s) <> '';
-- PostgreSQL regexps have no look-behind: cut after the mark instead
TRUNCATE recall_docs;
INSERT INTO recall_docs
	SELECT row_number() OVER (), m[1]
	FROM recall_lines, regexp_matches(line, '([^。！？]+[。！？]?)', 'g') AS m
	WHERE btrim(m[1]) <> '';
ALTER TABLE recall_docs ADD COLUMN tsv tsvector;
UPDATE recall_docs SET tsv = to_tsvector('plan_zh', body);
CREATE TEMP TABLE recall_terms (grp text, term text);
\copy recall_terms from '$tmp/terms.tsv'

-- one query per term (plan_tsquery is STABLE: in a join it would run per
-- row); a CTE, since a tsquery (storage plain) of a short term with many
-- expansions does not fit in a table row
CREATE TEMP TABLE recall AS
WITH tq AS MATERIALIZED (SELECT grp, term, plan_tsquery(term) AS q FROM recall_terms)
SELECT t.grp, t.term,
	count(*) FILTER (WHERE d.body LIKE '%' || t.term || '%') AS substring_rows,
	count(*) FILTER (WHERE d.body LIKE '%' || t.term || '%' AND d.tsv @@ t.q) AS both_rows,
	count(*) FILTER (WHERE d.body NOT LIKE '%' || t.term || '%' AND d.tsv @@ t.q) AS word_only_rows
FROM tq t CROSS JOIN recall_docs d
GROUP BY t.grp, t.term;

\echo
SELECT (SELECT count(*) FROM recall_docs) AS sentences, (SELECT count(*) FROM recall_terms) AS terms;
\echo recall per group (both / substring), plus sentences word search finds that substring search misses
SELECT grp, count(*) AS terms, sum(substring_rows) AS substring_rows, sum(both_rows) AS both_rows,
	round(sum(both_rows)::numeric / nullif(sum(substring_rows), 0), 4) AS recall,
	sum(word_only_rows) AS word_only_rows
FROM recall WHERE grp <> 'boundary' GROUP BY grp
UNION ALL
SELECT 'ALL', count(*), sum(substring_rows), sum(both_rows),
	round(sum(both_rows)::numeric / nullif(sum(substring_rows), 0), 4), sum(word_only_rows)
FROM recall WHERE grp <> 'boundary'
ORDER BY 1;
\echo boundary false hits (sentences word search finds for a boundary term; must be 0)
SELECT 'BOUNDARY' AS boundary, count(*) AS terms, coalesce(sum(substring_rows), 0) AS substring_rows,
	coalesce(sum(both_rows + word_only_rows), 0) AS false_hits
FROM recall WHERE grp = 'boundary';
\echo terms with recall below 1
SELECT grp, term, substring_rows, both_rows, round(both_rows::numeric / nullif(substring_rows, 0), 3) AS recall
FROM recall WHERE both_rows < substring_rows ORDER BY both_rows::numeric / nullif(substring_rows, 0), term;
\echo sentences substring search finds and word search does not (term in brackets)
-- (each term's tsquery made once, in a subquery OFFSET 0 keeps the planner from flattening:
-- in the join it would be made again for every sentence)
SELECT t.term, plan_segment(substr(d.body, greatest(strpos(d.body, t.term) - 8, 1), length(t.term) + 16)) AS segmented_context,
	replace(substr(d.body, greatest(strpos(d.body, t.term) - 12, 1), length(t.term) + 24), t.term, '[' || t.term || ']') AS context
FROM (SELECT term, plan_tsquery(term) AS q FROM recall_terms OFFSET 0) t
JOIN recall_docs d ON d.body LIKE '%' || t.term || '%'
WHERE NOT d.tsv @@ t.q
ORDER BY t.term, d.id
LIMIT :misses;
\echo sentences word search finds and substring search does not (Traditional text, split compounds)
SELECT t.term, substr(d.body, 1, 60) AS sentence
FROM (SELECT term, plan_tsquery(term) AS q FROM recall_terms OFFSET 0) t
JOIN recall_docs d ON d.body NOT LIKE '%' || t.term || '%'
WHERE d.tsv @@ t.q
ORDER BY t.term, d.id
LIMIT :misses;
SQL
