#!/usr/bin/env bash
# dump_restore.sh: a database using plan_ext survives pg_dump and restore
# (issue 15 item 5, issue 17 item 5).
#
#   test/shell/dump_restore.sh           (make test runs it: test/shell/*.sh)
#
# On a throwaway cluster (test/scripts/with-cluster.sh --private-install):
# a database with user words (plan_user_words), user aliases
# (plan_indicator_alias), a table of plan texts with a plan_quantity column,
# a stored generated column to_tsvector('plan_zh', body) with a GIN index,
# an expression GIN index on to_tsvector('plan_zh', body), and a second
# table with a generated plan_tsvector column.  It is dumped twice
# (pg_dump -Fc restored by pg_restore; plain pg_dump restored by psql).
# In each copy: data, words and aliases are identical; the generated
# columns of rows with user words are stale (pg_dump loads table data
# before plan_user_words' rows) until plan_refresh_search_columns() is
# run; after it, the tsvectors and the results of a set of searches (by the
# stored column and by the expression index) equal the original's.
# Prints TAP.
set -euo pipefail
if [ -z "${PLAN_EXT_CLUSTER:-}" ]; then
	cd "$(dirname "$0")/../.."
	exec test/scripts/with-cluster.sh --private-install -- test/shell/dump_restore.sh
fi
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seeds="$top/../shared/seeds"

. "$(dirname "${BASH_SOURCE[0]}")/../scripts/tap.sh"
differ() {	# differ NAME A B: A and B are not equal
	n=$((n + 1))
	if [ "$2" != "$3" ]; then echo "ok $n - $1"; else fails=$((fails + 1)); echo "not ok $n - $1"; echo "#   both: $2"; fi
}

createdb src
q -d src -c "SET client_min_messages = warning" -c "CREATE EXTENSION plan_ext" >/dev/null
# real sentences with the words (from plans of 雅安 and 阿坝; 三社联动 is
# a policy term of many city work reports)
q -d src <<'SQL' >/dev/null
INSERT INTO plan_user_words (word, note) VALUES
	('藏羌彝走廊', 'cultural corridor of western Sichuan'),
	('硗碛藏族乡', 'township of 宝兴县'),
	('三社联动', 'community, social organisation, social worker');
INSERT INTO plan_indicator_alias (alias, key, note) VALUES
	('县域经济总量', 'gdp', 'county GDP'),
	('三社联动试点社区', 'community_pilots', NULL);
CREATE TABLE docs (
	id int PRIMARY KEY,
	body text NOT NULL,
	q plan_quantity,
	tsv tsvector GENERATED ALWAYS AS (to_tsvector('plan_zh', body)) STORED);
CREATE INDEX docs_tsv ON docs USING gin (tsv);
CREATE INDEX docs_body_ts ON docs USING gin (to_tsvector('plan_zh', body));
CREATE INDEX docs_q ON docs (q);
CREATE TABLE articles (
	id int PRIMARY KEY,
	txt text,
	v tsvector GENERATED ALWAYS AS (plan_tsvector(txt)) STORED,
	n int GENERATED ALWAYS AS (length(txt)) STORED);
INSERT INTO docs (id, body) VALUES
	(1, '依托藏羌彝走廊，打造藏羌彝走廊文化旅游带，建设大熊猫国家公园。'),
	(2, '宝兴县硗碛藏族乡推进全域旅游，2021年地区生产总值增长7%左右。'),
	(3, '深化三社联动，城乡居民人均可支配收入分别增长8%和9%左右。'),
	(4, '全县县域经济总量突破100亿元，三社联动试点社区达到12个。'),
	(5, '全市地区生产总值增长3.5%，社会消费品零售总额增长2.1%。');
SQL
if [ -d "$seeds" ]; then
	# every non-empty line of the five seed texts, a document each
	for f in "$seeds"/00[0-4]_*.txt; do cat "$f"; echo; done | grep -v '^[[:space:]]*$' >"$PLAN_EXT_CLUSTER/lines.txt"
	q -d src -v f="$PLAN_EXT_CLUSTER/lines.txt" <<'SQL' >/dev/null
CREATE TEMP TABLE lines (line text);
\set cmd '\\copy lines FROM ' :'f' ' WITH (FORMAT text)'
:cmd
INSERT INTO docs (id, body) SELECT 100 + row_number() OVER (), line FROM lines;
SQL
fi
q -d src <<'SQL' >/dev/null
UPDATE docs d SET q = (SELECT s.quantity FROM plan_quantity_scan(d.body) s ORDER BY s.ord LIMIT 1);
INSERT INTO articles (id, txt) SELECT id, body FROM docs WHERE id < 100 OR id % 7 = 0;
ANALYZE;
SQL
ndocs=$(q -d src -c "SELECT count(*) FROM docs")
with_words=$(q -d src -c "SELECT count(*) FROM docs WHERE body ~ '藏羌彝走廊|硗碛藏族乡|三社联动'")
echo "# $ndocs documents, $with_words with a user word"
check "each user word is one token in the original database" \
	"$(q -d src -c "SELECT count(*) FROM plan_user_words w WHERE w.word = ANY (plan_segment('x' || w.word || 'x'))")" "3"

pg_dump -Fc -d src -f "$PLAN_EXT_CLUSTER/src.dump"
pg_dump -d src -f "$PLAN_EXT_CLUSTER/src.sql"
check "the dump holds the user words" \
	"$(pg_restore -f - --data-only -t plan_user_words "$PLAN_EXT_CLUSTER/src.dump" | grep -c '藏羌彝走廊')" "1"
createdb dst_custom
pg_restore -d dst_custom "$PLAN_EXT_CLUSTER/src.dump"
createdb dst_plain
q -d dst_plain -f "$PLAN_EXT_CLUSTER/src.sql" >/dev/null

# the same query's output from a database
# (a failing query gives a text of its own, so that two failures never compare equal)
out() { q -d "$1" -c "$2" || echo "query failed in $1"; }
data="SELECT md5(string_agg(id || E'\\t' || body || E'\\t' || coalesce(q::text, '-'), E'\\n' ORDER BY id)) FROM docs"
words="SELECT string_agg(word || '|' || coalesce(note, '') || '|' || added_by, ',' ORDER BY word) FROM plan_user_words"
aliases="SELECT string_agg(alias || '>' || alias_key || '>' || key, ',' ORDER BY alias) FROM plan_indicator_alias"
keys="SELECT plan_indicator_key_user('全县县域经济总量') || ',' || plan_indicator_key_user('三社联动试点社区')"
tsv="SELECT md5(string_agg(id || ':' || tsv::text, E'\n' ORDER BY id)) FROM docs"
artv="SELECT md5(string_agg(id || ':' || v::text || ':' || n, E'\n' ORDER BY id)) FROM articles"
stale="SELECT count(*) FROM docs WHERE tsv::text <> to_tsvector('plan_zh', body)::text"
# each search: the ids found, by the stored column and by the expression index
searches() {
	q -d "$1" <<'SQL'
SET enable_seqscan = off;
SELECT t.s || ': ' || coalesce((SELECT string_agg(id::text, ',' ORDER BY id) FROM docs WHERE tsv @@ plan_tsquery(t.s)), '')
	|| ' / ' || coalesce((SELECT string_agg(id::text, ',' ORDER BY id) FROM docs
	                      WHERE to_tsvector('plan_zh', body) @@ plan_tsquery(t.s)), '')
	|| ' / ' || coalesce((SELECT string_agg(id::text, ',' ORDER BY id) FROM articles WHERE v @@ plan_tsquery(t.s)), '')
FROM (VALUES ('藏羌彝走廊'), ('硗碛藏族乡'), ('三社联动'), ('走廊'), ('生产总值'),
             ('"地区生产总值"'), ('城镇化率 OR 失业率'), ('旅游 -大熊猫')) t(s);
SQL
}
ref_searches=$(searches src)
check "the searches find documents in the original" \
	"$(grep -c ': [0-9]' <<<"$ref_searches")" "8"

for db in dst_custom dst_plain; do
	how=${db#dst_}
	check "$how: the data (ids, texts, plan_quantity values) is identical" "$(out $db "$data")" "$(out src "$data")"
	check "$how: the user words are restored" "$(out $db "$words")" "$(out src "$words")"
	check "$how: the user aliases are restored" "$(out $db "$aliases")" "$(out src "$aliases")"
	check "$how: the aliases apply" "$(out $db "$keys")" "gdp,community_pilots"
	check "$how: the expression index is built with the user words" \
		"$(searches $db | sed 's| / [^/]*$||; s|: \([^/]*\) / |: |')" \
		"$(sed 's| / [^/]*$||; s|: \([^/]*\) / |: |' <<<"$ref_searches")"
	check "$how: before the helper, the generated column of the rows with user words is stale" \
		"$(out $db "$stale")" "$with_words"
	differ "$how: ... so a search by the stored column misses them" "$(searches $db)" "$ref_searches"
	check "$how: plan_refresh_search_columns() recomputes exactly those rows" \
		"$(out $db "SELECT string_agg(table_name || ' ' || search_columns::text || ' ' || rows_updated, ', ')
		            FROM plan_refresh_search_columns()")" \
		"articles {v} $(out src "SELECT count(*) FROM articles WHERE txt ~ '藏羌彝走廊|硗碛藏族乡|三社联动'"), docs {tsv} $with_words"
	check "$how: a second call finds nothing to do" \
		"$(out $db "SELECT sum(rows_updated) FROM plan_refresh_search_columns('docs')")" "0"
	check "$how: the stored tsvectors equal the original's" "$(out $db "$tsv")" "$(out src "$tsv")"
	check "$how: the second table's generated columns too" "$(out $db "$artv")" "$(out src "$artv")"
	check "$how: every search gives the original's results" "$(searches $db)" "$ref_searches"
done
tap_end
