#!/usr/bin/env bash
# install-deps.sh: install, without prompting, whatever plan_ext needs that
# is missing.  Does nothing (and needs no network) when all is present.
#
# Debian 12 packages:
#   postgresql-15, postgresql-server-dev-15   server and PGXS headers
#   libicu-dev                                ICU headers (the server's ICU)
#   postgresql-15-pgtap, libtap-parser-sourcehandler-pgtap-perl   pgTAP + pg_prove
#   clang, libclang-rt-14-dev                 sanitizer build and libFuzzer
#   postgresql-15-cron                        the scheduled-job example and its test
#   make, gcc                                 the build itself
#   python3                                   runs ../shared/tools (scorer, benchmarks)
#   python3-jieba                             its dict.txt (MIT) is compiled into the
#                                             general dictionary at build time
#                                             (src/core/gen_general_dict.py); also
#                                             regenerates the region-name table
set -euo pipefail

pkgs=(postgresql-15 postgresql-server-dev-15 libicu-dev postgresql-15-pgtap
      libtap-parser-sourcehandler-pgtap-perl clang libclang-rt-14-dev
      postgresql-15-cron make gcc python3 python3-jieba)

missing=()
for p in "${pkgs[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}"
sudo=()
if [ "$(id -u)" != 0 ]; then
	command -v sudo >/dev/null || { echo "install-deps: need root (or sudo) to install ${missing[*]}" >&2; exit 1; }
	sudo=(sudo -n)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q </dev/null
"${sudo[@]}" apt-get install -y -q --no-install-recommends \
	-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
	"${missing[@]}" </dev/null
