#!/usr/bin/env bash
# checks.sh: run by citus-check.sh inside test/scripts/with-cluster.sh,
# whose cluster (PGHOST/PGPORT) becomes the Citus coordinator.  Starts two
# workers from the same private install, builds the cluster, and checks
# plan_ext on distributed tables against local copies of the same rows.
# Prints TAP.  CITUS_CHECK_CMD, when set, is run (bash -c) after the setup
# instead of the checks, with W1PORT, W2PORT and WSOCK exported: a shell
# for exploring the cluster.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
pgbin="$PLAN_EXT_PGBIN"
dir="$PLAN_EXT_CLUSTER"
seeds="${PLAN_EXT_SEEDS:-$top/../shared/seeds}"

as_owner() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

workers=()
stop_workers() {
	for w in ${workers[@]+"${workers[@]}"}; do
		as_owner "$pgbin/pg_ctl" -D "$w" -m immediate -w stop >/dev/null 2>&1 || true
	done
}
trap stop_workers EXIT

free_port() {
	local p
	for _ in $(seq 1 50); do
		p=$(( 20000 + RANDOM % 40000 ))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && [ ! -e "/tmp/.s.PGSQL.$p" ] \
			&& [ ! -e "$dir/sock/.s.PGSQL.$p" ] && [ "$p" != "$PGPORT" ]; then
			echo "$p"; return 0
		fi
	done
	return 1
}

# start_worker NAME PORT: a cluster like the coordinator's, same socket dir
start_worker() {
	local d="$dir/$1"
	mkdir -p "$d"
	[ "$(id -u)" = 0 ] && chown postgres: "$d"
	as_owner "$pgbin/initdb" -D "$d" -U postgres --auth=trust -E UTF8 --locale=C -N \
		>"$dir/initdb-$1.log" 2>&1 || { cat "$dir/initdb-$1.log" >&2; return 1; }
	{
		echo "listen_addresses = ''"
		echo "port = $2"
		echo "unix_socket_directories = '$dir/sock'"
		echo "fsync = off"
		echo "synchronous_commit = off"
		echo "full_page_writes = off"
		echo "max_worker_processes = 16"
		echo "max_connections = 100"
		echo "max_prepared_transactions = 20"
		echo "shared_preload_libraries = 'citus'"
	} | as_owner tee -a "$d/postgresql.conf" >/dev/null
	workers+=("$d")
	as_owner "$pgbin/pg_ctl" -D "$d" -l "$d/server.log" -w -t 60 start >/dev/null \
		|| { cat "$d/server.log" >&2; return 1; }
}

W1PORT=$(free_port) && start_worker w1 "$W1PORT" || { echo "Bail out! worker 1 did not start"; exit 1; }
W2PORT=$(free_port) && start_worker w2 "$W2PORT" || { echo "Bail out! worker 2 did not start"; exit 1; }
WSOCK="$dir/sock"
export W1PORT W2PORT WSOCK

q()  { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }		# coordinator
qw() { local p="$1"; shift; PGPORT="$p" psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }

setup() {
	local p
	for p in "$PGPORT" "$W1PORT" "$W2PORT"; do
		PGPORT=$p q -c 'CREATE EXTENSION citus' -c 'CREATE EXTENSION plan_ext' || return 1
	done
	q -c "SELECT citus_set_coordinator_host('$WSOCK', $PGPORT)" \
	  -c "SELECT citus_add_node('$WSOCK', $W1PORT)" \
	  -c "SELECT citus_add_node('$WSOCK', $W2PORT)" >/dev/null || return 1
}
setup >"$dir/setup.log" 2>&1 || { cat "$dir/setup.log"; echo "Bail out! cluster setup failed"; exit 1; }
echo "# coordinator :$PGPORT, workers :$W1PORT :$W2PORT ($(q -c "SELECT extversion FROM pg_extension WHERE extname = 'citus'"))"

# the documents: every non-empty line (paragraph) of the seeds, or of the
# bundled samples when ../shared is absent
if ls "$seeds"/*.txt >/dev/null 2>&1; then src_dir="$seeds"; else src_dir="$top/samples/docs"; fi
python3 - "$src_dir" "$dir/paras.tsv" <<'PY'
import sys, glob, os
out = open(sys.argv[2], "w", encoding="utf-8")
n = 0
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.txt"))):
    for line in open(f, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        n += 1
        esc = line.replace("\\", "\\\\").replace("\t", "\\t")
        out.write("%d\t%s\t%s\n" % (n, os.path.basename(f), esc))
PY
q -c "CREATE TABLE docs_local (id int PRIMARY KEY, seed text NOT NULL, body text)" \
  -c "\\copy docs_local FROM '$dir/paras.tsv'" \
  -c "CREATE TABLE docs (LIKE docs_local INCLUDING ALL)" \
  -c "SET citus.shard_count = 32" \
  -c "SELECT create_distributed_table('docs', 'id')" \
  -c "INSERT INTO docs SELECT * FROM docs_local" >/dev/null \
	|| { echo "Bail out! loading the paragraphs failed"; exit 1; }
echo "# $(q -c 'SELECT count(*) FROM docs') paragraphs of $src_dir in 32 shards"

if [ -n "${CITUS_CHECK_CMD:-}" ]; then
	bash -c "$CITUS_CHECK_CMD"
	exit $?
fi

n=0; fails=0
ok() {	# ok NAME COMMAND...: passes when COMMAND succeeds
	local name="$1"; shift
	n=$((n + 1))
	if "$@"; then echo "ok $n - $name"; else echo "not ok $n - $name"; fails=$((fails + 1)); fi
}
# same NAME A B: two strings equal (shown on failure)
same() {
	n=$((n + 1))
	if [ "$2" = "$3" ]; then echo "ok $n - $1"
	else
		echo "not ok $n - $1"; fails=$((fails + 1))
		echo "#   got:      $(head -c 300 <<<"$2")"; echo "#   expected: $(head -c 300 <<<"$3")"
	fi
}

. "$here/checks.inc"

echo "1..$n"
[ "$fails" = 0 ]
