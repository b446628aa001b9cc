#!/usr/bin/env python3
"""Score extract_dump output with the logic of ../shared/tools/score-indicators
(no server needed).  Usage: score_local.py [--verbose] < rows.jsonl"""
import importlib.machinery, json, os, sys, types
here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, "..", "..", "..", "shared")
loader = importlib.machinery.SourceFileLoader("si", os.path.join(shared, "tools", "score-indicators"))
si = types.ModuleType(loader.name); si.__file__ = loader.path; loader.exec_module(si)
rows = [json.loads(l) for l in sys.stdin if l.strip()]
docs = os.path.join(shared, "seeds")
bodies = {}
for r in rows:
    if r["doc"] not in bodies:
        bodies[r["doc"]] = open(os.path.join(docs, r["doc"]), encoding="utf-8").read()
    b = bodies[r["doc"]]
    r["quote_ok"] = b[r["pos"]-1:r["pos"]-1+r["len"]] == r["quote"]
si.predict = lambda d, n: rows
sys.argv = [sys.argv[0]] + sys.argv[1:]
si.main()
