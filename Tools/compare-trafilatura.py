#!/usr/bin/env python3
"""Runs trafilatura (pip install trafilatura lxml_html_clean) on a folder of NAME.html +
NAME.expected.txt pages and prints its body F1 (word bags, per page, averaged: the measure of
`sitrep eval html`) and its pages per CPU second, for comparison with sitrep on the same pages.

Usage: python3 Tools/compare-trafilatura.py Tests/SitrepIngestTests/Fixtures/html
"""
import sys, os, time, glob
import trafilatura
folder = sys.argv[1]
pages = sorted(glob.glob(os.path.join(folder, "*.html")))
def bag(t):
    d = {}
    for w in t.split():
        d[w] = d.get(w, 0) + 1
    return d
ps, rs, fs = [], [], []
docs = []
for p in pages:
    raw = open(p, "rb").read()
    exp = open(p[:-5] + ".expected.txt", encoding="utf-8").read()
    docs.append(raw)
    out = trafilatura.extract(raw, include_comments=False) or ""
    a, b = bag(out), bag(exp)
    common = sum(min(v, b.get(k, 0)) for k, v in a.items())
    P = common / max(sum(a.values()), 1); R = common / max(sum(b.values()), 1)
    F = 2 * P * R / (P + R) if P + R else 0
    ps.append(P); rs.append(R); fs.append(F)
    print(os.path.basename(p), round(F, 3))
n = len(pages)
print("trafilatura pages", n, "P %.2f R %.2f F1 %.2f" % (100 * sum(ps) / n, 100 * sum(rs) / n, 100 * sum(fs) / n))
t = time.process_time(); k = 0
while time.process_time() - t < 3:
    for raw in docs:
        trafilatura.extract(raw); k += 1
print("trafilatura pages/s (cpu)", round(k / (time.process_time() - t), 1))
