#!/usr/bin/env bash
# with-cluster.sh: run a command against a throwaway PostgreSQL cluster.
#
#   test/scripts/with-cluster.sh [options] [--] command [args...]
#
# Creates a cluster in a fresh temporary directory (owned by the postgres
# OS user when run as root, since PostgreSQL refuses to run as root), UTF8,
# listening on a Unix socket only, on a free port; starts it; runs the
# command with PGHOST, PGPORT, PGUSER and PGDATABASE exported; and always
# stops and removes the cluster when the command ends, fails, or is
# interrupted (Ctrl-C, SIGTERM).  Any number can run at once.
#
# Options:
#   --private-install   install plan_ext (make install DESTDIR=...) into a
#                       private copy of the server in the temporary
#                       directory instead of the system's directories, so
#                       that several checkouts can test at once
#   --extra-install DIR copy DIR (a DESTDIR tree such as one of
#                       "make install DESTDIR=DIR" of another extension,
#                       e.g. Citus) over the private copy too (implies
#                       --private-install; may be repeated)
#   --preload LIB       add LIB to shared_preload_libraries (e.g. pg_cron)
#   --conf 'k = v'      append a line to postgresql.conf
#
# Also exported: PLAN_EXT_PGBIN (server binaries), PLAN_EXT_CLUSTER (dir).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
private=0
preload=()
conf=()
extra=()
while [ $# -gt 0 ]; do
	case "$1" in
		--private-install) private=1; shift ;;
		--extra-install) private=1; extra+=("$2"); shift 2 ;;
		--preload) preload+=("$2"); shift 2 ;;
		--conf) conf+=("$2"); shift 2 ;;
		--) shift; break ;;
		-*) echo "with-cluster.sh: unknown option $1" >&2; exit 2 ;;
		*) break ;;
	esac
done
[ $# -gt 0 ] || { echo "usage: with-cluster.sh [options] [--] command [args...]" >&2; exit 2; }

PG_CONFIG="${PG_CONFIG:-pg_config}"
pgbin="$("$PG_CONFIG" --bindir)"
sharedir="$("$PG_CONFIG" --sharedir)"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/plan_ext_cluster.XXXXXX")"
chmod 755 "$tmp"
started=0

as_owner() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

cleanup() {
	local rc=$?
	trap - EXIT INT TERM HUP
	if [ "$started" = 1 ]; then
		as_owner "$pgbin/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$tmp"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

if [ "$private" = 1 ]; then
	root="$tmp/install"
	mkdir -p "$root$(dirname "$pgbin")" "$root$(dirname "$sharedir")"
	cp -a "$(dirname "$pgbin")/." "$root$(dirname "$pgbin")/"
	cp -a "$sharedir" "$root$(dirname "$sharedir")/"
	make -s -C "$top" install DESTDIR="$root" >/dev/null
	for d in ${extra[@]+"${extra[@]}"}; do
		[ -d "$d" ] || { echo "with-cluster.sh: --extra-install $d: no such directory" >&2; exit 2; }
		cp -a "$d/." "$root/"
	done
	chmod -R a+rX "$root"
	pgbin="$root$pgbin"
fi

# a port nobody listens on and no socket file claims
port=""
for _ in $(seq 1 50); do
	p=$(( 20000 + RANDOM % 40000 ))
	if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && [ ! -e "/tmp/.s.PGSQL.$p" ]; then
		port=$p
		break
	fi
done
[ -n "$port" ] || { echo "with-cluster.sh: no free port found" >&2; exit 1; }

mkdir -p "$tmp/data" "$tmp/sock"
if [ "$(id -u)" = 0 ]; then
	chown postgres: "$tmp/data" "$tmp/sock"
fi
as_owner "$pgbin/initdb" -D "$tmp/data" -U postgres --auth=trust -E UTF8 \
	--locale=C -N >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; exit 1; }
{
	echo "listen_addresses = ''"
	echo "port = $port"
	echo "unix_socket_directories = '$tmp/sock'"
	echo "fsync = off"
	echo "synchronous_commit = off"
	echo "full_page_writes = off"
	echo "max_worker_processes = 16"
	if [ ${#preload[@]} -gt 0 ]; then
		echo "shared_preload_libraries = '$(IFS=,; echo "${preload[*]}")'"
	fi
	for c in ${conf[@]+"${conf[@]}"}; do echo "$c"; done
} | as_owner tee -a "$tmp/data/postgresql.conf" >/dev/null

started=1
as_owner "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/data/server.log" -w -t 60 start >/dev/null \
	|| { cat "$tmp/data/server.log" >&2; exit 1; }

export PGHOST="$tmp/sock" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
export PLAN_EXT_PGBIN="$pgbin" PLAN_EXT_CLUSTER="$tmp"
unset PGSERVICE PGPASSWORD PGHOSTADDR

"$@"
