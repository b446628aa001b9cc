#!/usr/bin/env bash
# cluster.sh: the throwaway cluster script keeps its promises.
#   - the cluster is UTF8, Unix-socket only, and PG* point at it
#   - its directory is removed after success, after failure, after SIGINT
#     (Ctrl-C) and after SIGTERM, and its server is stopped
#   - two clusters at once do not collide
set -uo pipefail
set -m		# background jobs get their own process group, as at a terminal
cd "$(dirname "$0")/../.."
wc=test/scripts/with-cluster.sh
n=0
check() {	# check NAME CONDITION...
	local name="$1"; shift
	n=$((n + 1))
	if "$@"; then echo "ok $n - $name"; else echo "not ok $n - $name"; fi
}
gone() { [ ! -e "$1" ]; }
no_server() { ! pgrep -f -- "-D $1/data" >/dev/null; }

out=$($wc -- bash -c 'echo "$PLAN_EXT_CLUSTER|$PGHOST|$PGPORT"; psql -XAt -c "show server_encoding" -c "show listen_addresses"')
dir=${out%%|*}
check "cluster is UTF8" grep -qx UTF8 <<<"$out"
check "no TCP listener" bash -c "[ \"\$(sed -n 3p <<<'$out')\" = '' ]"
check "PGHOST is the cluster's socket directory" grep -q "|$dir/sock|" <<<"$out"
check "directory removed after success" gone "$dir"

dir=$($wc -- bash -c 'echo "$PLAN_EXT_CLUSTER"; exit 3')
rc=$?
check "command's exit status is passed on" [ "$rc" = 3 ]
check "directory removed after failure" gone "$dir"

for sig in INT TERM; do
	f=$(mktemp)
	$wc -- bash -c 'echo "$PLAN_EXT_CLUSTER"; exec sleep 60' >"$f" &
	pid=$!
	for _ in $(seq 1 100); do [ -s "$f" ] && break; sleep 0.1; done
	dir=$(cat "$f")
	check "cluster started before SIG$sig" [ -d "$dir/data" ]
	kill -"$sig" -- "-$pid"
	wait "$pid" 2>/dev/null
	check "directory removed after SIG$sig" gone "$dir"
	check "server stopped after SIG$sig" no_server "$dir"
	rm -f "$f"
done

a=$(mktemp); b=$(mktemp)
$wc -- bash -c 'sleep 1; psql -XAtc "select current_setting($$port$$)"; echo "$PLAN_EXT_CLUSTER"' >"$a" 2>&1 &
pa=$!
$wc -- bash -c 'sleep 1; psql -XAtc "select current_setting($$port$$)"; echo "$PLAN_EXT_CLUSTER"' >"$b" 2>&1 &
pb=$!
wait $pa; ra=$?
wait $pb; rb=$?
check "two clusters at once both succeed" [ "$ra$rb" = 00 ]
check "on different ports and directories" bash -c "! cmp -s '$a' '$b'"
rm -f "$a" "$b"
echo "1..$n"
