#!/usr/bin/env bash
# citus-check.sh: plan_ext on a 3-node Citus cluster (make citus-check).
#
# Optional: Citus has no Debian package, so this is not part of make test.
# It needs a Citus built for this PostgreSQL, either installed into the
# server (citus.so in pg_config --pkglibdir) or in a DESTDIR tree named by
# CITUS_INSTALL (default /tmp/citus-inst, as "make install
# DESTDIR=/tmp/citus-inst" of a Citus source tree leaves it; see
# docs/scale-out.md for the build).  Without one it prints a skip line
# and exits 0.
#
# Builds a private copy of the server with plan_ext and Citus
# (test/scripts/with-cluster.sh --extra-install), starts a coordinator and
# two workers on Unix sockets, and runs test/citus/checks.sh against them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
PG_CONFIG="${PG_CONFIG:-pg_config}"
pkglibdir="$("$PG_CONFIG" --pkglibdir)"
CITUS_INSTALL="${CITUS_INSTALL:-/tmp/citus-inst}"

extra=()
if [ -f "$CITUS_INSTALL$pkglibdir/citus.so" ]; then
	extra=(--extra-install "$CITUS_INSTALL")
	where="$CITUS_INSTALL"
elif [ -f "$pkglibdir/citus.so" ]; then
	where="$pkglibdir"
else
	echo "1..0 # SKIP citus-check: Citus is not installed (no citus.so in $pkglibdir or in CITUS_INSTALL=$CITUS_INSTALL$pkglibdir); see docs/scale-out.md to build it"
	exit 0
fi
echo "# citus-check: Citus from $where"
exec "$top/test/scripts/with-cluster.sh" --private-install ${extra[@]+"${extra[@]}"} \
	--preload citus --conf 'max_connections = 100' --conf 'max_prepared_transactions = 20' \
	-- "$here/checks.sh"
