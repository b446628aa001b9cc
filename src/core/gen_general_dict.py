#!/usr/bin/env python3
"""Generate src/core/pe_general_data.c: the general dictionary as a static trie.

    python3 src/core/gen_general_dict.py [DICT [OUT]]

DICT defaults to jieba's dictionary as Debian installs it
(/usr/lib/python3/dist-packages/jieba/dict.txt, package python3-jieba
0.42.1, MIT/Expat licence: /usr/share/doc/python3-jieba/copyright).  A line
is "word frequency [pos]".  Entries made only of CJK Unified Ideographs
(U+4E00..U+9FFF), one to PE_GEN_MAX_WORD characters, are kept, duplicates
summed; each word's cost is its negative log probability, as jieba scores
a path: round(1000 * (ln(total) - ln(freq))), total being the sum of all
frequencies of the file.  A character no entry holds costs ln(total) (as
jieba gives it frequency 1).

Two adjustments, measured on the SIGHAN 2005 test sets (docs/search.md):

- A numeral followed by a classifier is two words (三 个, 一 次), as the
  PKU and MSR segmentation standards write them: the 2-character entries
  jieba tags "m" (numeral) that are one of NUMERALS followed by one of
  CLASSIFIERS are left out (三个, 一次, 一项), so the path takes the two
  characters; lexicalised ones stay (一些, 一起, 一下, 一点: not classifier
  pairs).  Plan text (seeds): 重点抓好以下三个方面的问题 -> 三 个 方面;
  "最多跑一次"原则 -> 跑 一 次; 开发区智慧城市建设规划三个阶段 -> 三 个 阶段.
- Every piece of a path gets PIECE_BONUS (1000 = one nat) off its cost,
  so that where jieba's frequencies nearly tie, the path of more, shorter
  words wins (both gold sets are finer-grained than jieba's dictionary).

The output is generated at build time (make) and not committed: the
dictionary is jieba's data, not ours.  Layout (pe_lexicon.h, pe_gdict):
nodes are numbered breadth first, so the children of node n are the nodes
first(n) .. first(n + 1) - 1, sorted by character; node[2v] is first(v),
node[2v + 1] holds the character of the edge into v (low 16 bits) and the
word's cost (high 16 bits, 0xFFFF when no word ends at v), so one cache
line serves a node; root[c - 0x4E00] is the root's child for c (0 = none).
"""
import math
import os
import sys

DICT = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/python3/dist-packages/jieba/dict.txt"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "pe_general_data.c")
MAX_WORD = 16  # PE_GEN_MAX_WORD
PIECE_BONUS = 1000
NUMERALS = "一二三四五六七八九两几"
CLASSIFIERS = ("个种次条位天项名批句块片只座件场张家步把段支份道页口颗群副双本"
               "杯层套根股部类遍回顿处门代对声阵番")


def numeral_classifier(w, pos):
    """三个, 一次: a numeral and a classifier, written as two words"""
    return pos == "m" and len(w) == 2 and w[0] in NUMERALS and w[1] in CLASSIFIERS


def han(w):
    return all(0x4E00 <= ord(c) <= 0x9FFF for c in w)


def main():
    if not os.path.exists(DICT):
        sys.exit("gen_general_dict.py: %s not found; install the Debian package "
                 "python3-jieba (test/scripts/install-deps.sh)" % DICT)
    freq = {}
    total = 0
    with open(DICT, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            w, n = parts[0], int(parts[1])
            total += n
            if n <= 0 or not han(w) or len(w) > MAX_WORD:
                continue
            if numeral_classifier(w, parts[2] if len(parts) > 2 else ""):
                continue
            freq[w] = freq.get(w, 0) + n
    if not freq:
        sys.exit("gen_general_dict.py: no entries in %s" % DICT)
    logtotal = math.log(total)

    # breadth-first trie: level by level, children sorted by character
    ids = {"": 0}
    prefixes = set()
    for w in freq:
        for i in range(1, len(w) + 1):
            prefixes.add(w[:i])
    children = {}
    for p in prefixes:
        children.setdefault(p[:-1], []).append(p)
    queue = [""]
    qi = 0
    cps = [0]
    costs = [0xFFFF]
    firsts = []
    while qi < len(queue):
        p = queue[qi]
        qi += 1
        firsts.append(len(queue))
        for c in sorted(children.get(p, ())):
            ids[c] = len(queue)
            queue.append(c)
            cps.append(ord(c[-1]))
            if c in freq:
                costs.append(min(0xFFFE, max(0, round(1000 * (logtotal - math.log(freq[c]))) - PIECE_BONUS)))
            else:
                costs.append(0xFFFF)
    firsts.append(len(queue))
    nnodes = len(queue)
    root = [0] * 0x5200
    for c in children.get("", ()):
        root[ord(c) - 0x4E00] = ids[c]
    unknown = round(1000 * logtotal) - PIECE_BONUS

    def table(name, ctype, vals, per=16):
        out = ["static const %s %s[%d] = {" % (ctype, name, len(vals))]
        for i in range(0, len(vals), per):
            out.append("\t" + ",".join(str(v) for v in vals[i:i + per]) + ",")
        out.append("};")
        return "\n".join(out)

    with open(OUT + ".tmp", "w", encoding="utf-8") as o:
        o.write("""/*-------------------------------------------------------------------------
 *
 * pe_general_data.c
 *	  The general dictionary (jieba's dict.txt) as a static trie.
 *
 * GENERATED at build time by src/core/gen_general_dict.py from
 * %s (Debian python3-jieba, MIT/Expat,
 * Copyright 2012-2017 Sun Junyi); not committed, do not edit.
 * %d words, %d nodes, total frequency %d.
 *
 * IDENTIFICATION
 *	  src/core/pe_general_data.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_lexicon.h"

""" % (DICT, len(freq), nnodes, total))
        nodes = []
        for v in range(nnodes):
            nodes.append(firsts[v])
            nodes.append(cps[v] | (costs[v] << 16))
        nodes.append(firsts[nnodes])
        nodes.append(0)
        o.write(table("gd_node", "uint32_t", nodes, 12) + "\n\n")
        o.write(table("gd_root", "uint32_t", root) + "\n\n")
        o.write("""const pe_gdict pe_general_dict = {
\t%d,\t\t\t\t\t\t\t/* nnodes */
\t%d,\t\t\t\t\t\t\t/* nwords */
\t%d,\t\t\t\t\t\t\t/* unknown: cost of a character no entry holds */
\tgd_node, gd_root
};
""" % (nnodes, len(freq), unknown))
    os.replace(OUT + ".tmp", OUT)
    print("gen_general_dict.py: %d words, %d nodes -> %s" % (len(freq), nnodes, OUT))


main()
