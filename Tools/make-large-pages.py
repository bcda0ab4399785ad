#!/usr/bin/env python3
"""Pads sitrep's fixture pages to the shape of real news pages (150-250 KB, mostly inline
script and style, JSON-LD, mega menus, footers, svg icons) keeping their story markup and
expected bodies, for measuring large-page reading speed and extraction together:

    python3 Tools/make-large-pages.py Tests/SitrepIngestTests/Fixtures/html /tmp/large-pages
    sitrep bench --pages /tmp/large-pages      # articles_per_s.html
    sitrep eval html --pages /tmp/large-pages  # body F1 against the expected bodies

Deterministic (seeded): the same pages every run."""
import random, re, os, shutil, glob, sys
random.seed(7)
src = sys.argv[1] if len(sys.argv) > 1 else 'Tests/SitrepIngestTests/Fixtures/html'
out = sys.argv[2] if len(sys.argv) > 2 else '/tmp/large-pages'
os.makedirs(out, exist_ok=True)
words = "the of and to in a is that for on with as by at from this be it are was an or which".split()
def js(n):
    parts = []
    size = 0
    i = 0
    while size < n:
        i += 1
        chunk = random.choice([
            f'function f{i}(a,b){{if(a<b&&b>0){{return "<div class=\\"x{i}\\">"+a+"</div>";}}for(var j=0;j<a.length;j++){{b+=a[j]<<2;}}return b;}}\n',
            f'window.__STATE{i}={{"articles":[{{"id":{i},"title":"Headline {i} &amp; more","url":"/news/{i}","html":"<p>teaser {i}</p>"}}]}};\n',
            f'/* comment {i} with <\\/script escaped and <p> tags */ var s{i}="{" ".join(random.choices(words, k=12))}";\n',
            f'document.querySelectorAll(".c{i} > li").forEach(function(e){{e.innerHTML="<span>"+e.textContent+"</span>";}});\n',
        ])
        parts.append(chunk)
        size += len(chunk)
    return ''.join(parts)
def css(n):
    parts, size, i = [], 0, 0
    while size < n:
        i += 1
        c = f'.c{i} > .item-{i}:hover{{color:#{i%4096:03x};margin:{i%7}px {i%5}px;background:url("/i/{i}.png")}}\n@media (max-width:{600+i%400}px){{.c{i}{{display:none}}}}\n'
        parts.append(c); size += len(c)
    return ''.join(parts)
def menu(n):
    items = ''.join(f'<li class="menu-item menu-item-{i}"><a href="/section/{i}" class="nav-link">Section {i}</a>'
                    + (f'<ul class="sub-menu">' + ''.join(f'<li><a href="/section/{i}/{k}">Sub {k}</a></li>' for k in range(6)) + '</ul>' if i % 4 == 0 else '')
                    + '</li>' for i in range(n))
    return f'<nav class="site-nav" aria-label="Main"><ul class="menu">{items}</ul></nav>'
icon = '<svg class="icon" viewBox="0 0 24 24"><title>icon</title><path d="M12 2L2 7l10 5 10-5-10-5z"/><g><circle cx="12" cy="12" r="3"/></g></svg>'
def footer(n):
    cols = ''.join(f'<div class="footer-col"><h4>Column {c}</h4><ul>' + ''.join(f'<li><a href="/f/{c}/{i}">Footer link {i}</a></li>' for i in range(n)) + '</ul></div>' for c in range(6))
    return f'<footer class="site-footer">{cols}<p class="copyright">&copy; 2024 Example Media Group. All rights reserved.</p></footer>'
ld_site = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[' + ','.join(f'{{"@type":"ListItem","position":{i},"name":"Crumb {i}","item":"https://example.org/{i}"}}' for i in range(40)) + ']}</script>'
for path in sorted(glob.glob(src + '/*.html')):
    name = os.path.basename(path)[:-5]
    raw = open(path, 'rb').read()
    enc = 'latin-1' if name == 'latin1' else 'utf-8'
    page = raw.decode(enc)
    head_extra = (f'<script>{js(random.randint(50000, 90000))}</script>\n<style>{css(random.randint(15000, 30000))}</style>\n'
                  + ld_site + '\n<script async src="https://cdn.example.org/ads.js"></script>\n'
                  + f'<noscript><img src="/pixel.gif?{name}" alt=""></noscript>\n')
    body_start = f'<div class="top-bar">{icon*8}</div>{menu(random.randint(60, 120))}<div class="trending">' + ''.join(f'<a href="/t/{i}">Trending topic {i}</a> ' for i in range(30)) + '</div>'
    body_end = (footer(random.randint(15, 25)) + f'<template id="card"><div class="card"><p>Template text that is never shown</p></div></template>'
                + f'<script>{js(random.randint(30000, 60000))}</script><script type="text/template"><p>{" ".join(random.choices(words, k=80))}</p></script>')
    page = re.sub(r'(</head>)', lambda m: head_extra + m.group(1), page, count=1, flags=re.I)
    page = re.sub(r'(<body[^>]*>)', lambda m: m.group(1) + body_start, page, count=1, flags=re.I)
    page = re.sub(r'(</body>)', lambda m: body_end + m.group(1), page, count=1, flags=re.I)
    open(f'{out}/{name}.html', 'wb').write(page.encode(enc, errors='xmlcharrefreplace'))
    shutil.copy(f'{src}/{name}.expected.txt', f'{out}/{name}.expected.txt')
    print(name, len(page))
