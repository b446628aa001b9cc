#!/usr/bin/env bash
# catalog_bench.sh: speed of the indicator key function (src/core only).
#
#   test/bench/catalog_bench.sh
#
# Feeds the distinct indicator names of ../shared/gold/indicators.jsonl to
# pe_indicator_key 1000 times over (built with -O2, no server) and prints
# the time per key.  Skips when ../shared is absent.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
gold="${PLAN_EXT_GOLD:-$top/../shared/gold/indicators.jsonl}"
[ -f "$gold" ] || { echo "# SKIP: $gold not found"; exit 0; }
mkdir -p "$top/build/bench"
cc -std=c99 -D_POSIX_C_SOURCE=200809L -O2 -I"$top/src/core" -o "$top/build/bench/catalog_bench" \
	"$top/test/bench/catalog_bench.c" "$top/src/core/pe_catalog.c" "$top/src/core/pe_utf8.c" "$top/src/core/pe_arena.c"
python3 -c '
import json, sys
seen = []
for line in open(sys.argv[1], encoding="utf-8"):
    name = json.loads(line)["indicator"]
    if name not in seen:
        seen.append(name)
print("\n".join(seen))' "$gold" | "$top/build/bench/catalog_bench"
