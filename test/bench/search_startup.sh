#!/usr/bin/env bash
# search_startup.sh: per-backend cost of plan_zh: memory after first use
# and first-call latency in a new connection.
#
#   test/scripts/with-cluster.sh --private-install -- test/bench/search_startup.sh [N]
#
# For N fresh connections (default 5) each: reads the backend's RSS from
# /proc (server on this machine, same OS user or root), runs
# to_tsvector('plan_zh', ...) on a 2 KB plan paragraph once (the first
# call loads plan_ext.so, the user words and the text search caches) and
# again, and reads RSS again.  Prints the medians: RSS growth (total and
# anonymous, i.e. private memory; file-backed pages of the shared library,
# which hold the lexicon, are shared between backends), first-call and
# second-call latency, and the same first-call figure for 'simple'.
set -euo pipefail
n="${1:-5}"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql -X -q -c "CREATE EXTENSION IF NOT EXISTS plan_ext"
para='关于“高质量编制‘十四五’规划”的调研报告。高质量编制“十四五”规划，是经市委常委会审定通过的2020年市政协2个常委会专题议政之一。2021年全市地区生产总值增长8.5%以上，规模以上工业增加值增长9%，一般公共预算收入增长6%，城乡居民人均可支配收入分别增长8%和9%左右。深化放管服改革，做好六稳六保工作，构建双循环新发展格局，统筹推进碳达峰碳中和，培育专精特新企业，推行一网通办。'
para="$para$para$para"

rss() { awk '/^VmRSS/ {r=$2} /^RssAnon/ {a=$2} END {print r, a}' "/proc/$1/status"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: > /tmp/plan_startup.$$
for _ in $(seq "$n"); do
	for cfg in plan_zh simple; do
		coproc P { psql -X -q -At 2>&1; }
		echo "select pg_backend_pid();" >&"${P[1]}"
		read -r pid <&"${P[0]}"
		read -r r0 a0 < <(rss "$pid")
		echo "\\timing on" >&"${P[1]}"
		echo "select length(to_tsvector('$cfg', '$para'));" >&"${P[1]}"
		read -r _ <&"${P[0]}"; read -r t1 <&"${P[0]}"
		echo "select length(to_tsvector('$cfg', '$para'));" >&"${P[1]}"
		read -r _ <&"${P[0]}"; read -r t2 <&"${P[0]}"
		read -r r1 a1 < <(rss "$pid")
		echo '\q' >&"${P[1]}"
		wait "$P_PID" 2>/dev/null || true
		t1=$(echo "$t1" | awk '{print $2}'); t2=$(echo "$t2" | awk '{print $2}')
		echo "$cfg $((r1 - r0)) $((a1 - a0)) $t1 $t2" >> /tmp/plan_startup.$$
	done
done
for cfg in plan_zh simple; do
	grep "^$cfg " /tmp/plan_startup.$$ > /tmp/plan_startup.$$.c
	printf '%-8s RSS +%s kB (anonymous +%s kB) after first use; first call %s ms, second call %s ms (medians of %s connections)\n' \
		"$cfg" "$(awk '{print $2}' /tmp/plan_startup.$$.c | median)" "$(awk '{print $3}' /tmp/plan_startup.$$.c | median)" \
		"$(awk '{print $4}' /tmp/plan_startup.$$.c | median)" "$(awk '{print $5}' /tmp/plan_startup.$$.c | median)" "$n"
done
rm -f /tmp/plan_startup.$$ /tmp/plan_startup.$$.c
