#!/usr/bin/env bash
# load.sh TMPDIR: the soak table, shared by soak.sh and memory.sh.
# soak_docs holds the paragraphs (20 characters or more) of the seed texts
# (../shared/seeds, else the bundled samples/docs), with a GIN index on
# to_tsvector('plan_zh', body), and two user words are added.  TMPDIR must
# be readable by the server (pg_read_file reads the corpus from it).
set -euo pipefail
tmp="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
src="$here/../shared/seeds"
[ -d "$src" ] || src="$here/samples/docs"
chmod 755 "$tmp"
cat "$src"/*.txt > "$tmp/corpus.txt"
chmod 644 "$tmp/corpus.txt"
psql -X -q -v ON_ERROR_STOP=1 -v f="$tmp/corpus.txt" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS plan_ext;
DROP TABLE IF EXISTS soak_docs;
CREATE TABLE soak_docs (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO soak_docs
SELECT row_number() OVER (), p
FROM regexp_split_to_table(pg_read_file(:'f'), E'\n+') p
WHERE length(p) >= 20;
CREATE INDEX ON soak_docs USING gin (to_tsvector('plan_zh', body));
INSERT INTO plan_user_words (word) VALUES ('硗碛藏族乡'), ('乡村振兴示范带') ON CONFLICT DO NOTHING;
ANALYZE soak_docs;
SQL
