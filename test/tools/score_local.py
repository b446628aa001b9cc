#!/usr/bin/env python3
"""Score extract_dump output with the logic of ../shared/tools/score-indicators
(no server needed).  Names and units are folded Traditional -> Simplified with
the table of src/core/pe_lexicon_t2s.c, as plan_normalize does.

  build/extract_dump DOCS/*.txt | score_local.py [--gold F --docs D --passages P] [--verbose] [--names]
"""
import importlib.machinery, json, os, re, sys, types, unicodedata
here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, "..", "..", "..", "shared")
scorer = os.path.join(shared, "tools", "score-indicators")
loader = importlib.machinery.SourceFileLoader("si", scorer)
si = types.ModuleType(loader.name); si.__file__ = loader.path; loader.exec_module(si)

src = open(os.path.join(here, "..", "..", "src", "core", "pe_lexicon_t2s.c"), encoding="utf-8").read()
body = src[src.index("{", src.index("pe_t2s_cjk")) + 1:]
t2s = [int(x) for x in re.findall(r"\d+", body[:body.index("}")])]
def fold(s):
    if not s:
        return s
    s = unicodedata.normalize("NFKC", s)
    return "".join(chr(t2s[ord(c) - 0x4E00]) if 0x4E00 <= ord(c) < 0x4E00 + len(t2s) and t2s[ord(c) - 0x4E00] else c for c in s)
si.folder = lambda strings: fold

docs = os.path.join(shared, "seeds")
if "--docs" in sys.argv:
    docs = sys.argv[sys.argv.index("--docs") + 1]
rows = [json.loads(l) for l in sys.stdin if l.strip()]
bodies = {}
for r in rows:
    if r["doc"] not in bodies:
        bodies[r["doc"]] = open(os.path.join(docs, r["doc"]), encoding="utf-8").read()
    b = bodies[r["doc"]]
    r["quote_ok"] = b[r["pos"]-1:r["pos"]-1+r["len"]] == r["quote"]
si.predict = lambda d, n: rows
names = "--names" in sys.argv
if names:
    sys.argv.remove("--names")
si.main()
if names:
    # the scorer's matching again, printing matched rows whose names differ
    gold_file = sys.argv[sys.argv.index("--gold") + 1] if "--gold" in sys.argv else os.path.join(shared, "gold", "indicators.jsonl")
    gold = [json.loads(l) for l in open(gold_file, encoding="utf-8") if l.strip()]
    used = set()
    for g in gold:
        best, best_score = None, 0
        for i, p in enumerate(rows):
            if i in used or p["doc"] != g["doc"] or not si.same_value(g["value"], p["value"]):
                continue
            if si.norm_unit(fold(g["unit"])) != si.norm_unit(fold(p["unit"])):
                continue
            sc = si.overlap(fold(g["indicator"]), fold(p["indicator"]))
            if sc > best_score:
                best, best_score = i, sc
        if best is not None:
            used.add(best)
            a = unicodedata.normalize("NFKC", fold(g["indicator"]))
            b = unicodedata.normalize("NFKC", fold(rows[best]["indicator"] or ""))
            if a != b:
                print("NAME", g["doc"], g["quote"], "| gold", g["indicator"], "| got", rows[best]["indicator"])
