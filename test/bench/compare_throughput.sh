#!/usr/bin/env bash
# compare_throughput.sh: comparing documents against extracting them (issue 14).
#
#   test/bench/compare_throughput.sh [DOCUMENTS] [ROUNDS]     (default 1000 3)
#
# The criterion: comparing 1,000 documents (extraction included) takes no
# more than 1.5x the time of extracting them.  Starts a throwaway cluster
# (with-cluster.sh --private-install) and builds DOCUMENTS report texts from
# the real passages of samples/compare (each report's first line names its
# region and year): every region's reports are copied under other region
# names (provinces and cities of the region table) and with their years
# shifted, so that each copy's year-Y targets meet its own Y+1 results, and
# each document carries a ~4 kB chunk of seed text after its passage (real
# plan prose, so documents have the size of a report section).  Then, in one
# session, alternately, ROUNDS times:
#
#   extract   CALL plan_extract(docs, target => rows_N)
#   compare   CALL plan_extract(docs, target => rows_N) + plan_compare(rows_N)
#   fly_x     SELECT ... FROM docs, plan_doc_info, plan_indicators   (no table)
#   fly_c     SELECT ... FROM plan_compare('docs')      (extraction on the fly)
#
# and prints the best time of each and the ratios compare/extract and
# fly_c/fly_x.  Never part of make test: timings depend on the machine;
# docs/compare.md records the measured figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
seeds="${PLAN_EXT_SEEDS:-$top/../shared/seeds}"
ndocs="${1:-1000}"
rounds="${2:-3}"

if [ "${3:-}" != "--inside" ]; then
	cd "$top"
	exec test/scripts/with-cluster.sh --private-install \
		-- bash "$here/compare_throughput.sh" "$ndocs" "$rounds" --inside
fi

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

# the documents, as a tab-separated file: id, body
python3 - "$top/samples/compare" "$seeds" "$ndocs" > "${PLAN_EXT_CLUSTER}/cmp_docs.tsv" <<'PY'
import glob, os, re, sys
samples, seeds, ndocs = sys.argv[1], sys.argv[2], int(sys.argv[3])
# each region's reports: (short name, full name) -> [(year, text)]
regions = {"jiangsu": ("江苏", "江苏省"), "sichuan": ("四川", "四川省"), "wuhan": ("武汉", "武汉市"),
           "zhejiang": ("浙江", "浙江省"), "guangdong": ("广东", "广东省"),
           "fujian": ("福建", "福建省"), "national": None}
reports = {}
for path in sorted(glob.glob(os.path.join(samples, "*_[0-9][0-9][0-9][0-9].txt"))):
    base = os.path.basename(path)[:-4]
    key, year = base.rsplit("_", 1)
    if key in regions and regions[key]:
        reports.setdefault(key, []).append((int(year), open(path, encoding="utf-8").read()))
# other regions to copy them under (provinces and cities of the region table)
others = [("河南", "河南省"), ("湖南", "湖南省"), ("安徽", "安徽省"), ("江西", "江西省"),
          ("山东", "山东省"), ("河北", "河北省"), ("山西", "山西省"), ("陕西", "陕西省"),
          ("甘肃", "甘肃省"), ("云南", "云南省"), ("贵州", "贵州省"), ("辽宁", "辽宁省"),
          ("吉林", "吉林省"), ("海南", "海南省"), ("青海", "青海省"), ("黑龙江", "黑龙江省"),
          ("郑州", "郑州市"), ("长沙", "长沙市"), ("合肥", "合肥市"), ("南昌", "南昌市"),
          ("济南", "济南市"), ("西安", "西安市"), ("昆明", "昆明市"), ("贵阳", "贵阳市"),
          ("沈阳", "沈阳市"), ("长春", "长春市"), ("兰州", "兰州市"), ("太原", "太原市"),
          ("石家庄", "石家庄市"), ("南宁", "南宁市"), ("海口", "海口市"), ("西宁", "西宁市")]
chunks = []
for path in sorted(glob.glob(os.path.join(seeds, "*.txt"))):
    text, chunk = open(path, encoding="utf-8").read(), ""
    for part in text.replace("。", "。\n").split("\n"):
        chunk += part
        if len(chunk.encode()) >= 4096:
            chunks.append(chunk); chunk = ""
if not chunks:
    chunks = [""]
out, n = [], 0
while len(out) < ndocs:
    for key in sorted(reports):
        short, full = regions[key]
        o_short, o_full = others[n % len(others)]
        shift = (n // len(others)) % 8
        for year, text in reports[key]:
            t = text.replace(full, o_full).replace(short, o_short)
            t = re.sub(r"(?<![0-9])(20[0-9]{2})(?=年)", lambda m: str(int(m.group(1)) + shift), t)
            body = t + "\n" + chunks[len(out) % len(chunks)]
            out.append(("%s_%d_%d" % (key, n, year + shift), body))
        n += 1
for i, body in out[:ndocs]:
    print(i + "\t" + body.replace("\\", "\\\\").replace("\t", " ").replace("\r", " ").replace("\n", "\\n"))
PY

q -c "CREATE EXTENSION plan_ext" \
  -c "CREATE TABLE cmp_docs (id text PRIMARY KEY, body text NOT NULL)" \
  -c "\\copy cmp_docs FROM '${PLAN_EXT_CLUSTER}/cmp_docs.tsv'" \
  -c "VACUUM ANALYZE cmp_docs"
echo "# $(q -c "SELECT count(*) || ' documents, ' || pg_size_pretty(sum(octet_length(body))) FROM cmp_docs")"

# one session: \timing lines are read back for each step
{
	echo "SET client_min_messages = warning;"
	echo "\\timing on"
	for r in $(seq 1 "$rounds"); do
		echo "\\echo STEP extract $r"
		echo "CALL plan_extract('cmp_docs', target => 'rows_x$r');"
		echo "\\echo STEP compare $r"
		echo "CALL plan_extract('cmp_docs', target => 'rows_c$r');"
		echo "SELECT count(*), count(actual_value) FROM plan_compare('rows_c$r');"
		echo "\\echo STEP fly_x $r"
		echo "SELECT count(*) FROM cmp_docs d, LATERAL plan_doc_info(d.body) di, LATERAL plan_indicators(d.body, di.year) i;"
		echo "\\echo STEP fly_c $r"
		echo "SELECT count(*), count(actual_value) FROM plan_compare('cmp_docs');"
		echo "\\echo STEP end $r"
		echo "\\timing off"
		echo "SELECT 'rows ' || (SELECT count(*) FROM rows_c$r) || ', pairs ' || (SELECT count(actual_value) FROM plan_compare('rows_c$r'));"
		echo "DROP TABLE rows_x$r, rows_c$r;"
		echo "\\timing on"
	done
} > "${PLAN_EXT_CLUSTER}/cmp_bench.sql"
q -f "${PLAN_EXT_CLUSTER}/cmp_bench.sql" > "${PLAN_EXT_CLUSTER}/cmp_bench.out"

python3 - "${PLAN_EXT_CLUSTER}/cmp_bench.out" <<'PY'
import re, sys
info = None
sums = {}
step = rnd = None
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"STEP (\w+) (\d+)", line)
    if m:
        step, rnd = m.group(1), m.group(2)
        continue
    m = re.match(r"Time: ([0-9.]+) ms", line)
    if m and step != "end":
        sums[(step, rnd)] = sums.get((step, rnd), 0.0) + float(m.group(1))
    elif line.startswith("rows "):
        info = line.strip()
b = {}
for (s, r), t in sums.items():
    b.setdefault(s, []).append(t)
for s in ("extract", "compare", "fly_x", "fly_c"):
    print("%-8s %s ms (best %.0f)" % (s, " ".join("%.0f" % t for t in b[s]), min(b[s])))
print("# %s" % info)
print("ratio compare/extract  %.2f (best of each), %s per round" % (
    min(b["compare"]) / min(b["extract"]),
    " ".join("%.2f" % (c / x) for c, x in zip(b["compare"], b["extract"]))))
print("ratio fly_c/fly_x      %.2f (best of each), %s per round" % (
    min(b["fly_c"]) / min(b["fly_x"]),
    " ".join("%.2f" % (c / x) for c, x in zip(b["fly_c"], b["fly_x"]))))
PY
