#!/usr/bin/env bash
# alias_dump_test.sh: user aliases survive pg_dump and restore.
#
#   test/scripts/alias_dump_test.sh
#
# On a throwaway cluster: CREATE EXTENSION plan_ext, add two rows to
# plan_indicator_alias, pg_dump the database, restore it into a new
# database, and check that the aliases (and their generated alias_key) are
# back and still apply.  Prints TAP.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
if [ "${1:-}" != "--inside" ]; then
	cd "$top"
	exec "$here/with-cluster.sh" --private-install -- bash "$here/alias_dump_test.sh" --inside
fi

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }
n=0
fails=0
check() {
	local d="$1"; shift
	n=$((n + 1))
	if "$@"; then echo "ok $n - $d"; else echo "not ok $n - $d"; fails=$((fails + 1)); fi
}

createdb alias_src
q -d alias_src -c "CREATE EXTENSION plan_ext" \
	-c "INSERT INTO plan_indicator_alias (alias, key, note) VALUES ('县域经济总量', 'gdp', 'county GDP'), ('三社联动试点社区', 'community_pilots', NULL)"
pg_dump -d alias_src -f "$PLAN_EXT_CLUSTER/alias.sql"
createdb alias_dst
q -d alias_dst -f "$PLAN_EXT_CLUSTER/alias.sql" >/dev/null

check "the dump holds the alias rows" grep -q '县域经济总量' "$PLAN_EXT_CLUSTER/alias.sql"
check "both aliases are restored" \
	test "$(q -d alias_dst -c "SELECT string_agg(alias || '>' || alias_key || '>' || key, ',' ORDER BY alias) FROM plan_indicator_alias")" \
	= "三社联动试点社区>~三社联动试点社区>community_pilots,县域经济总量>~县域经济总量>gdp"
check "restored aliases apply" \
	test "$(q -d alias_dst -c "SELECT plan_indicator_key_user('全县县域经济总量')")" = "gdp"
echo "1..$n"
[ "$fails" -eq 0 ]
