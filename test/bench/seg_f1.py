#!/usr/bin/env python3
"""seg_f1.py: word F1 of a segmentation against a gold segmentation.

    test/bench/seg_f1.py GOLD PRED

Both files: one sentence a line, words separated by white space (the
SIGHAN icwb2 format).  Words are compared as character spans of the line
with white space removed.  plan_segment() leaves punctuation and symbols
out, so gold words made only of punctuation, symbols or spaces are left
out too (and any the prediction has), i.e. F1 over words that hold a
letter, digit or Han character.  Prints precision, recall, F1, the share
of one-character tokens, and the 30 most frequent missed gold words.
"""
import collections
import sys
import unicodedata


def is_wordish(w):
    return any(unicodedata.category(c)[0] in "LN" or "\u3400" <= c <= "\u9fff" or c == "\u3007" for c in w)


def spans(words):
    out, pos = [], 0
    for w in words:
        if is_wordish(w):
            out.append((pos, pos + len(w)))
        pos += len(w)
    return out, pos


def main():
    gold = open(sys.argv[1], encoding="utf-8").read().splitlines()
    pred = open(sys.argv[2], encoding="utf-8").read().splitlines()
    if len(gold) != len(pred):
        sys.exit("seg_f1: %d gold lines, %d predicted" % (len(gold), len(pred)))
    ng = np_ = nc = ones = 0
    missed = collections.Counter()
    bad = 0
    for gl, pl in zip(gold, pred):
        gw, pw = gl.split(), pl.split()
        gs, glen = spans(gw)
        # the prediction drops punctuation: align by characters
        gchars = "".join(gw)
        pos, ps = 0, []
        for w in pw:
            i = gchars.find(w, pos)
            if i < 0:
                bad += 1
                break
            if is_wordish(w):
                ps.append((i, i + len(w)))
            pos = i + len(w)
        gset, pset = set(gs), set(ps)
        ng += len(gset)
        np_ += len(pset)
        nc += len(gset & pset)
        ones += sum(1 for a, b in pset if b - a == 1)
        for a, b in gset - pset:
            missed[gchars[a:b]] += 1
    p = nc / np_ if np_ else 0
    r = nc / ng if ng else 0
    f = 2 * p * r / (p + r) if p + r else 0
    print("P %.4f  R %.4f  F1 %.4f  gold %d  pred %d  one-char %.1f%%%s"
          % (p, r, f, ng, np_, 100.0 * ones / max(np_, 1),
             "  (%d lines misaligned)" % bad if bad else ""))
    if "-v" in sys.argv:
        print("missed:", " ".join("%s:%d" % kv for kv in missed.most_common(30)))


main()
