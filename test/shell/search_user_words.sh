#!/usr/bin/env bash
# search_user_words.sh: the user dictionary across two sessions.
#
#   test/shell/search_user_words.sh      (make test runs it: test/shell/*.sh)
#
# Starts its own throwaway cluster (test/scripts/with-cluster.sh
# --private-install) unless it already runs inside one.
#
# Session A is one long-lived connection; session B (another connection,
# as a role that is not a superuser) inserts and deletes words in
# plan_user_words.  After each commit in B, A's very next call (in a new
# transaction) must see the change, without reconnecting; inside a
# transaction A had already open, segmentation stays as it was.  Prints
# TAP; exits non-zero on failure.
set -euo pipefail
if [ -z "${PLAN_EXT_CLUSTER:-}" ]; then
	cd "$(dirname "$0")/../.."
	exec test/scripts/with-cluster.sh --private-install -- test/shell/search_user_words.sh
fi

db="${PGDATABASE:-postgres}"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS plan_ext CASCADE;
CREATE EXTENSION plan_ext;
DROP ROLE IF EXISTS plan_words_editor;
CREATE ROLE plan_words_editor LOGIN;
GRANT INSERT, DELETE ON plan_user_words TO plan_words_editor;
SQL

. "$(dirname "${BASH_SOURCE[0]}")/../scripts/tap.sh"

# session A: a coprocess psql that answers one query per line
coproc A { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" 2>&1; }
# bash unsets A_PID as soon as the coprocess exits: keep our own copy
a_pid=$A_PID
ask() {
	local line
	echo "$1" >&"${A[1]}"
	echo "select '--end--';" >&"${A[1]}"
	local out=""
	while IFS= read -r line <&"${A[0]}"; do
		[ "$line" = "--end--" ] && break
		out="$out$line"
	done
	printf '%s' "$out"
}
b() {
	psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -U plan_words_editor -c "$1"
}

text='打造藏羌彝走廊文化旅游带'
pid=$(ask "select pg_backend_pid();")
check "before: the word is not in the lexicon" "$(ask "select plan_segment('$text');")" "{打造,藏,羌,彝,走廊,文化旅游,带}"

b "insert into plan_user_words (word) values ('藏羌彝走廊')"
check "after B's insert, A's next call keeps the word whole" "$(ask "select plan_segment('$text');")" "{打造,藏羌彝走廊,文化旅游,带}"
check "A's tsvector has the word as one lexeme" "$(ask "select to_tsvector('plan_zh', '$text');")" "'带':4 '打造':1 '文化旅游':3 '藏羌彝走廊':2"
check "A's query for a part of the word finds it (query-side expansion reads the user words)" "$(ask "select to_tsvector('plan_zh', '$text') @@ plan_tsquery('羌彝走廊');")" "t"
check "same backend, no reconnect" "$(ask "select pg_backend_pid();")" "$pid"

# an uncommitted insert in B is invisible to A (B talks through two FIFOs)
fifo=$(mktemp -d)
trap 'rm -rf "$fifo"' EXIT
mkfifo "$fifo/in" "$fifo/out"
psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -U plan_words_editor <"$fifo/in" >"$fifo/out" 2>&1 &
bpid=$!
exec 7>"$fifo/in" 8<"$fifo/out"
echo "begin; insert into plan_user_words (word) values ('文化旅游带'); select 'inserted';" >&7
read -r line <&8
check "B's open transaction inserted a word" "$line" "inserted"
check "A does not see an uncommitted word" "$(ask "select plan_segment('$text');")" "{打造,藏羌彝走廊,文化旅游,带}"
echo "commit; select 'committed';" >&7
read -r line <&8
check "B committed" "$line" "committed"
check "A sees the word once B commits" "$(ask "select plan_segment('$text');")" "{打造,藏羌彝走廊,文化旅游带}"
echo '\q' >&7
exec 7>&- 8<&-
wait "$bpid"

b "delete from plan_user_words"
check "after B's delete, A is back to the built-in lexicon" "$(ask "select plan_segment('$text');")" "{打造,藏,羌,彝,走廊,文化旅游,带}"
check "still the same backend" "$(ask "select pg_backend_pid();")" "$pid"

# a session inside an open transaction that locks nothing new keeps its words (like
# PostgreSQL's own caches, invalidations are read at transaction start and
# when a relation is first locked); its next transaction uses the new word
ask "begin isolation level repeatable read;" >/dev/null
check "open transaction: before" "$(ask "select plan_segment('$text');")" "{打造,藏,羌,彝,走廊,文化旅游,带}"
b "insert into plan_user_words (word) values ('藏羌彝走廊')"
check "open transaction that locks nothing new: unchanged" "$(ask "select plan_segment('$text');")" "{打造,藏,羌,彝,走廊,文化旅游,带}"
ask "commit;" >/dev/null
check "the next transaction uses B's word" "$(ask "select plan_segment('$text');")" "{打造,藏羌彝走廊,文化旅游,带}"
b "delete from plan_user_words"
check "and goes when B deletes it" "$(ask "select plan_segment('$text');")" "{打造,藏,羌,彝,走廊,文化旅游,带}"

# the non-superuser cannot change the table without a grant
out=$(psql -X -q -At -d "$db" -U plan_words_editor -c "update plan_user_words set note = 'x'" 2>&1 || true)
case "$out" in *"permission denied"*) r=denied ;; *) r="$out" ;; esac
check "UPDATE without a grant is refused" "$r" "denied"

echo '\q' >&"${A[1]}"
wait "$a_pid" 2>/dev/null || true
psql -X -q -d "$db" -c "DROP EXTENSION plan_ext CASCADE; DROP ROLE plan_words_editor;" >/dev/null
tap_end
