#!/usr/bin/env python3
"""seg_f1.py: word F1 of a segmentation against a gold segmentation.

    test/bench/seg_f1.py GOLD PRED [-v]

Both files: one sentence a line, words separated by white space (the
SIGHAN icwb2 format).  Words are compared as character spans of the line
with white space removed.  Two scores are printed:

  all    every gold word, punctuation marks included: the SIGHAN bakeoff's
         own scoring (its score script counts each mark as a word), and the
         one the published figures for jieba use (PKU: 0.836 without HMM);
  words  only words that hold a letter, digit or Han character, on both
         sides: how well the words themselves are cut.

The prediction is aligned with the gold line by characters, so a
prediction that leaves marks out still scores its words (and loses the
marks under "all").  Also prints the share of one-character tokens and,
with -v, the 30 most frequent missed gold words.
"""
import collections
import sys
import unicodedata


def is_wordish(w):
    return any(unicodedata.category(c)[0] in "LN" or "\u3400" <= c <= "\u9fff" or c == "\u3007" for c in w)


def gold_spans(words):
    out, pos = [], 0
    for w in words:
        out.append((pos, pos + len(w), is_wordish(w)))
        pos += len(w)
    return out


def pred_spans(words, gchars):
    """Spans of the predicted words in gchars, or None when they do not fit."""
    pos, out = 0, []
    for w in words:
        i = gchars.find(w, pos)
        if i < 0:
            return out, False
        out.append((i, i + len(w), is_wordish(w)))
        pos = i + len(w)
    return out, True


def f1(nc, ng, np_):
    p = nc / np_ if np_ else 0
    r = nc / ng if ng else 0
    return p, r, (2 * p * r / (p + r) if p + r else 0)


def main():
    gold = open(sys.argv[1], encoding="utf-8").read().splitlines()
    pred = open(sys.argv[2], encoding="utf-8").read().splitlines()
    if len(gold) != len(pred):
        sys.exit("seg_f1: %d gold lines, %d predicted" % (len(gold), len(pred)))
    count = {"all": [0, 0, 0], "words": [0, 0, 0]}     # correct, gold, predicted
    ones = npred = bad = 0
    missed = collections.Counter()
    for gl, pl in zip(gold, pred):
        gw = gl.split()
        gchars = "".join(gw)
        gs = gold_spans(gw)
        ps, ok = pred_spans(pl.split(), gchars)
        bad += not ok
        for name, keep in (("all", lambda t: True), ("words", lambda t: t[2])):
            g = {t[:2] for t in gs if keep(t)}
            p = {t[:2] for t in ps if keep(t)}
            c = count[name]
            c[0] += len(g & p)
            c[1] += len(g)
            c[2] += len(p)
        npred += len(ps)
        ones += sum(1 for a, b, _ in ps if b - a == 1)
        pset = {t[:2] for t in ps}
        for a, b, w in gs:
            if w and (a, b) not in pset:
                missed[gchars[a:b]] += 1
    for name in ("all", "words"):
        c = count[name]
        p, r, f = f1(*c)
        print("%-5s P %.4f  R %.4f  F1 %.4f  gold %d  pred %d" % (name, p, r, f, c[1], c[2]))
    print("one-char %.1f%%%s" % (100.0 * ones / max(npred, 1),
                                 "  (%d lines misaligned)" % bad if bad else ""))
    if "-v" in sys.argv:
        print("missed:", " ".join("%s:%d" % kv for kv in missed.most_common(30)))


main()
