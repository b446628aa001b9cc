#!/usr/bin/env bash
# demo.sh: the README's first command (make demo).
#
# Installs missing Debian packages, builds and installs plan_ext, starts a
# throwaway cluster, loads the bundled sample text (samples/docs/*.txt)
# into a table plan_docs(name, body), runs samples/demo/*.sql in order
# with psql (echoing each statement), and stops the cluster.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"

test/scripts/install-deps.sh
make -s
if [ "$(id -u)" = 0 ]; then
	make -s install
else
	sudo -n make -s install
fi

exec test/scripts/with-cluster.sh -- bash -c '
	set -euo pipefail
	createdb plan_demo
	export PGDATABASE=plan_demo
	{
		echo "CREATE EXTENSION plan_ext;"
		echo "CREATE TABLE plan_docs (id serial PRIMARY KEY, name text NOT NULL, body text NOT NULL);"
		for f in samples/docs/*.txt; do
			echo "\\set body \`cat $f\`"
			echo "INSERT INTO plan_docs (name, body) VALUES ('"'"'$(basename "$f" .txt)'"'"', :'"'"'body'"'"');"
		done
	} | psql -X -q -v ON_ERROR_STOP=1
	for f in samples/demo/*.sql; do
		echo
		echo "=================== $f"
		psql -X -a -v ON_ERROR_STOP=1 -P pager=off -f "$f"
	done
'
