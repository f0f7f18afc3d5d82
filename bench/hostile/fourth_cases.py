#!/usr/bin/env python3
"""A fourth sweep of hostile, odd and large inputs, of the kinds of issue 19 but none of the cases of cases.py,
odd_cases.py or fresh_cases.py: UTF-16 without a BOM and Windows-1252 smart quotes in every dataset file and in the
files extract reads beside its texts, NUL bytes, mixed line ends, BOMs in the --sources and --indicators files,
malformed and deep JSON-LD and odd metadata in saved pages, datapackage.json variants (resources that are not
objects, paths to folders, symlinks, absolute paths, URLs, wrong schema types, duplicate keys, extra fields),
missing or twice-named columns in every file, ids that collide across files and folders, odd numbers, units,
rates and relations, odd option values, outputs inside or onto inputs, missing and read-only output parents, a
run stopped and run again, many files with one bad, paths with leading dashes, newlines and bytes that are not
UTF-8, empty folders and symlink loops, a number cut by the 256 Ki part boundary of a long line.

    python3 bench/hostile/fourth_cases.py [JAR]       (default target/claimstat-cli.jar)
    SHARD=0/3 python3 bench/hostile/fourth_cases.py   (every third case, for running three at once)
    FROM='rank 90' python3 bench/hostile/fourth_cases.py   (from the first case whose name holds the text)

A case passes as in cases.py: a documented exit code that fits, no stack trace, what was wrong named, no silent
wrong value, no file lost. Prints one line per case and 'N passed, N failed'.
"""
import json
import os
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import *  # noqa: F401,F403 (JAR, HEADER, ROOT, dataset, text, run, case, json_ok, results, summary)

os.chmod(ROOT, 0o755)
SHARD = [int(x) for x in os.environ.get("SHARD", "0/1").split("/")]  # SHARD=K/N runs every Nth case from the Kth
FROM = [os.environ.get("FROM", "")]  # FROM=TEXT skips the cases before the first whose name holds TEXT
_case, _count = case, [0]


def case(*args, **kwargs):  # noqa: F811 (the harness's case, sharded)
    _count[0] += 1
    if FROM[0] and FROM[0] not in args[0]:
        return
    FROM[0] = ""
    if _count[0] % SHARD[1] == SHARD[0]:
        _case(*args, **kwargs)


NOBODY = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
SOURCES_HEADER = "id,publisher,title,url,published,author,language,derived_from,document\n"
CLAIM = "c1,emigrants,RU,2022,2022,{v},{lo},{up},{unit},{h},statement,X,s1,q\n"


def claim(v="100000", lo="", up="", h="exact", unit="person"):
    return CLAIM.format(v=v, lo=lo, up=up, h=h, unit=unit)


def no_zero(out):
    return '"value" : 0,' not in out and '"value" : 0\n' not in out


def edit(d, name, f):
    p = os.path.join(d, name)
    write(p, f(open(p, "rb").read()))
    return d


def put(d, name, content, encoding="utf-8"):
    write(os.path.join(d, name), content, encoding)
    return d


def descriptor(d, obj):
    return put(d, "datapackage.json", obj if isinstance(obj, (str, bytes)) else json.dumps(obj))


BASE = {"name": "t", "title": "T", "licenses": [{"name": "CC0-1.0"}]}
ok = text("ok.txt", "Some 300 people came.")

# ---- UTF-16 without a BOM and Windows-1252 in every dataset file
for name in ("sources.csv", "indicators.csv"):
    d = dataset("u16nobom-" + name)
    edit(d, name, lambda b: b.decode("utf-8").encode("utf-16-le"))
    case(f"{name} UTF-16LE without BOM: show", ["show", d], {2}, must=name, after=kept(d))
d = dataset("u16nobom-rel")
put(d, "relations.csv", "id,expression,description\nr1,emigrants >= 0,x\n", "utf-16-be")
case("relations.csv UTF-16BE without BOM: check", ["check", d], {2}, must="relations.csv")
d = dataset("u16nobom-rates", "c1,spend,RU,2022,2022,100,,,USD,exact,statement,X,s1,q\n")
put(d, "rates.csv", "date,base,quote,rate,source\n2024-02-01,USD,RUB,90,s1\n", "utf-16-le")
case("rates.csv UTF-16LE without BOM: compare", ["compare", d, "--indicator", "spend"], {2}, must="rates.csv")
d = dataset("u16-dp")
put(d, "datapackage.json", json.dumps(BASE), "utf-16-le")
case("datapackage.json UTF-16LE without BOM: check", ["check", d], {0, 2}, must=None)
d = dataset("smart-quotes", 'c1,emigrants,RU,2022,2022,100000,,,person,exact,statement,X,s1,q\n')
edit(d, "claims.csv", lambda b: b.replace(b",q\n", b",\x93about 100,000\x94 people\n"))
case("claims.csv quote with Windows-1252 smart quotes: show json", ["show", d, "--format", "json"], {2},
     must="claims.csv:2")
d = dataset("smart-ind")
edit(d, "indicators.csv", lambda b: b.replace(b"IT workers who left", b"IT workers who \x93left\x94"))
case("indicators.csv label with Windows-1252 smart quotes: report", ["report", d, "--out", ROOT + "/sq-rep"], {2},
     must="indicators.csv:2")

# ---- NUL bytes and mixed line ends
d = dataset("nul-claims", "c1,emigrants,RU,2022,2022,100000,,,person,exact,statement,X\x00Y,s1,q\n")
case("claims.csv with a NUL in a claimant: check markdown", ["check", d, "--format", "markdown"], {0, 2},
     out_must=lambda o: "\x00" not in o)
d = dataset("nul-value", "c1,emigrants,RU,2022,2022,100\x00000,,,person,exact,statement,X,s1,q\n")
case("claims.csv with a NUL inside a value", ["show", d], {2}, must="claims.csv:2")
d = dataset("nul-id", "c\x001,emigrants,RU,2022,2022,100,,,person,exact,statement,X,s1,q\n")
case("claims.csv with a NUL in an id: show", ["show", d], {0, 2}, out_must=lambda o: "\x00" not in o)
d = dataset("all-nul")
put(d, "claims.csv", b"\x00" * 4096)
case("claims.csv of 4 KiB of NUL bytes", ["check", d], {2}, must="claims.csv")
d = dataset("mixed-eol")
edit(d, "claims.csv", lambda b: b.replace(b"\n", b"\r\n", 1) + b"c3,emigrants,RU,2022,2022,x1,,,person,exact,"
     b"statement,Z,s2,q\r")
case("claims.csv with LF, CRLF and CR line ends, bad value on line 4", ["check", d], {2}, must="claims.csv:4")
f = text("nul.txt", "Some 4,500 people\x00 left and 12\x00000 came.")
case("extract a text with NUL bytes", ["extract", f, "--format", "json"], {0, 2},
     out_must=lambda o: no_zero(o) and '"value" : 12,' not in o and "\\u0000" not in o or o == "")
f = text("cr-only.txt", "First.\rSome 2,500 people\rleft in 2023.\r")
case("extract a CR-only text", ["extract", f], {0}, out_must=lambda o: "2500" in o or "2,500" in o)
f = text("sq.txt", b"The minister said \x93about 3,000 people\x94 had left.")
case("extract a text with Windows-1252 smart quotes", ["extract", f, ok], {2}, must="sq.txt",
     out_must=lambda o: "300" in o)
case("extract --charset windows-1252 with smart quotes", ["extract", f, "--charset", "windows-1252", "--format",
                                                          "json"], {0}, out_must=lambda o: "3000" in o)
case("extract --charset UTF-16 on a UTF-8 file", ["extract", ok, "--charset", "UTF-16", "--format", "json"], {0, 2},
     out_must=lambda o: '"value" : 300' not in o or "300" in o)
f = text("u16nobom.txt", "About 12,000 people fled.".encode("utf-16-le"))
case("extract --to-dataset a UTF-16LE text without BOM", ["extract", f, ok, "--to-dataset", ROOT + "/u16-ds"], {2},
     must="u16nobom.txt", after=lambda: [] if os.path.exists(ROOT + "/u16-ds/claims.csv") else ["ok.txt not drafted"])

# ---- --sources and --indicators files that are odd
src_ok = "id,publisher,title,url,published,author,language,derived_from,document\na1,P,T,,2024-01-02,,en,,ok.txt\n"
s = text("src-bom.csv", "\ufeff" + src_ok)
case("extract --sources with a UTF-8 BOM", ["extract", ok, "--sources", s, "--to-dataset", ROOT + "/srcbom"], {0})
s = text("src-u16.csv", src_ok.encode("utf-16"))
case("extract --sources in UTF-16 with BOM", ["extract", ok, "--sources", s, "--to-dataset", ROOT + "/srcu16"], {2},
     must="src-u16.csv")
s = text("src-noid.csv", "publisher,title,url,published,document\nP,T,,2024-01-02,ok.txt\n")
case("extract --sources without an id column", ["extract", ok, "--sources", s, "--to-dataset", ROOT + "/srcnoid"],
     {2}, must="src-noid.csv")
s = text("src-baddate.csv", src_ok.replace("2024-01-02", "2023-02-30"))
case("extract --sources published 2023-02-30", ["extract", ok, "--sources", s, "--to-dataset", ROOT + "/srcbd"], {2},
     must="src-baddate.csv")
s = text("src-dupid.csv", src_ok + "a1,Q,U,,2024-01-03,,en,,other.txt\n")
case("extract --sources with a duplicate id", ["extract", ok, "--sources", s, "--to-dataset", ROOT + "/srcdup"], {2},
     must="src-dupid.csv")
s = text("src-nul.csv", src_ok.replace("P,T", "P\x00,T"))
case("extract --sources with a NUL", ["extract", ok, "--sources", s, "--to-dataset", ROOT + "/srcnul"], {0, 2})
s = text("src-absdoc.csv", src_ok.replace("ok.txt", ROOT + "/ok.txt"))
case("extract --sources naming its document by absolute path", ["extract", ok, "--sources", s, "--to-dataset",
                                                                ROOT + "/srcabs"], {0, 2})
i = text("ind-bom.csv", "\ufeffid,label,unit,aggregation,description,keywords\npeople,People,person,flow,,people\n")
case("extract --indicators with a BOM", ["extract", ok, "--indicators", i, "--to-dataset", ROOT + "/indbom"], {0})
i = text("ind-bad.csv", "id,label,unit,aggregation,description\npeople,People,person,sideways,\n")
case("extract --indicators with a bad aggregation", ["extract", ok, "--indicators", i, "--to-dataset",
                                                     ROOT + "/indbad"], {2}, must="ind-bad.csv")
i = text("ind-empty.csv", "")
case("extract --indicators an empty file", ["extract", ok, "--indicators", i, "--to-dataset", ROOT + "/indempty"], {2},
     must="ind-empty.csv")
loop = os.path.join(ROOT, "loop-src.csv")
os.symlink(loop, loop)
case("extract --sources a symlink loop", ["extract", ok, "--sources", loop, "--to-dataset", ROOT + "/srcloop"], {2},
     must="loop-src.csv")
case("extract --sources a missing file", ["extract", ok, "--sources", ROOT + "/nope.csv", "--to-dataset",
                                          ROOT + "/srcmiss"], {2}, must="nope.csv",
     after=lambda: [] if not os.path.exists(ROOT + "/srcmiss") else ["a dataset was written"])

# ---- saved pages: JSON-LD and metadata that are odd
PAGE = ("<html><head><title>T</title>{head}</head><body><article><p>Some 4,200 people were displaced on 3 March 2024."
        "</p></article></body></html>")
for label, head in [
        ("broken JSON-LD", '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>'),
        ("JSON-LD nested 100,000 deep", '<script type="application/ld+json">' + "[" * 100000 + "]" * 100000 + "</script>"),
        ("JSON-LD datePublished 2023-02-30", '<script type="application/ld+json">{"@type":"NewsArticle",'
         '"datePublished":"2023-02-30T10:00:00Z","headline":"H"}</script>'),
        ("JSON-LD datePublished a number", '<script type="application/ld+json">{"@type":"NewsArticle",'
         '"datePublished":1700000000,"author":{"name":5}}</script>'),
        ("JSON-LD datePublished year 99999", '<script type="application/ld+json">{"@type":"NewsArticle",'
         '"datePublished":"99999-01-01"}</script>'),
        ("JSON-LD with a @graph of arrays", '<script type="application/ld+json">{"@graph":[[[{"@type":["NewsArticle"]'
         ',"datePublished":["2024-03-01"],"author":[[{"name":["A"]}]],"publisher":"P"}]]]}</script>'),
        ("a 2 MB JSON-LD string", '<script type="application/ld+json">{"headline":"' + "x" * 2_000_000 + '"}</script>'),
        ("meta charset unknown", '<meta charset="x-no-such-charset">'),
        ("meta published 0000-00-00", '<meta property="article:published_time" content="0000-00-00T00:00:00Z">'),
        ("og:url javascript:", '<meta property="og:url" content="javascript:alert(1)">'
         '<link rel="canonical" href="javascript:alert(2)">'),
        ("a 1 MB title", "<title>" + "T" * 1_000_000 + "</title>")]:
    f = text("page4-" + str(abs(hash(label))) + ".html", PAGE.format(head=head))
    out = os.path.join(ROOT, "p4-" + str(abs(hash(label))))
    case("extract --to-dataset a page with " + label, ["extract", f, "--to-dataset", out], {0, 2}, timeout=300,
         after=lambda out=out: [] if not os.path.exists(out) or run(["check", out])[0] in (0, 3) else
         ["the drafted dataset does not load"])
f = text("js-url.html", PAGE.format(head='<link rel="canonical" href="javascript:alert(2)">'))
case("a page's javascript: URL never reaches the report", ["extract", f, "--to-dataset", ROOT + "/jsurl"], {0, 2},
     after=lambda: [] if not os.path.exists(ROOT + "/jsurl") or (
         run(["report", ROOT + "/jsurl", "--out", ROOT + "/jsurl-rep"]) and "javascript:" not in open(
             ROOT + "/jsurl-rep/index.html", encoding="utf-8").read()) else ["javascript: link in the report"])
d = dataset("js-src")
edit(d, "sources.csv", lambda b: b.replace(b"A title,,", b"A title,javascript:alert(1),"))
case("sources.csv url javascript:alert(1): report", ["report", d, "--out", ROOT + "/js-rep"], {0, 2},
     after=lambda: [] if not os.path.exists(ROOT + "/js-rep/index.html") or 'href="javascript:' not in open(
         ROOT + "/js-rep/index.html", encoding="utf-8").read() else ["a javascript: link in index.html"])
f = text("page.HTM", "<html><head><title>T</title></head><body><p>Some 4,200 people fled.</p></body></html>")
case("extract --to-dataset a page named .HTM", ["extract", f, "--to-dataset", ROOT + "/htm"], {0})

# ---- datapackage.json variants
for label, desc, codes, must in [
        ("resources an object", dict(BASE, resources={"path": "claims.csv"}), {2}, "datapackage.json"),
        ("a resource that is a string", dict(BASE, resources=["claims.csv"]), {2}, "datapackage.json"),
        ("a resource path to a folder", dict(BASE, resources=[{"name": "x", "path": "sub"}]), {2}, "datapackage.json"),
        ("an absolute resource path", dict(BASE, resources=[{"name": "x", "path": "/etc/passwd"}]), {2},
         "datapackage.json"),
        ("a URL resource path", dict(BASE, resources=[{"name": "x", "path": "https://example.org/claims.csv"}]), {2},
         "datapackage.json"),
        ("a multipart resource path", dict(BASE, resources=[{"name": "x", "path": ["claims.csv", "claims.csv"]}]), {2},
         "datapackage.json"),
        ("schema fields a string", dict(BASE, resources=[{"name": "c", "path": "claims.csv", "schema": {"fields": "x"}}]),
         {0, 2}, None),
        ("schema a number", dict(BASE, resources=[{"name": "c", "path": "claims.csv", "schema": 5}]), {0, 2}, None),
        ("fields that are numbers", dict(BASE, resources=[{"name": "c", "path": "claims.csv", "schema":
                                                           {"fields": [1, 2, 3]}}]), {2}, "datapackage.json"),
        ("field types wrong", dict(BASE, resources=[{"name": "c", "path": "claims.csv", "schema": {"fields": [
            {"name": n, "type": "geopoint"} for n in HEADER.strip().split(",")]}}]), {0, 2}, None),
        ("extra fields everywhere", dict(BASE, extra={"a": [1, {"b": None}]}, homepage=5, keywords="x"), {0}, None),
        ("name a number", dict(BASE, name=5), {2}, "datapackage.json"),
        ("licenses a string", dict(BASE, licenses="CC0"), {2}, "datapackage.json"),
        ("licenses of nulls", dict(BASE, licenses=[None, 5]), {2}, "datapackage.json")]:
    d = dataset("dp-" + str(abs(hash(label))))
    os.mkdir(os.path.join(d, "sub"))
    descriptor(d, desc)
    case("datapackage.json with " + label + ": show", ["show", d], codes, must=must, after=kept(d))
for label, raw in [("duplicate keys", '{"name": "t", "name": "u", "licenses": [{"name": "CC0-1.0"}]}'),
                   ("a trailing comma", '{"name": "t", "licenses": [{"name": "CC0-1.0"}],}'),
                   ("comments", '// mine\n{"name": "t" /* x */}'),
                   ("NaN", '{"name": "t", "x": NaN}'),
                   ("two objects", '{"name": "t"}{"name": "u"}'),
                   ("a NUL", '{"name": "t\x00"}'),
                   ("a 5 MB string", '{"name": "t", "description": "' + "d" * 5_000_000 + '"}'),
                   ("Windows-1252 bytes", b'{"name": "t", "title": "\x93T\x94"}')]:
    d = dataset("dpraw-" + str(abs(hash(label))))
    descriptor(d, raw)
    case("datapackage.json with " + label + ": check", ["check", d], {0, 2}, after=kept(d),
         must=None if label in ("a 5 MB string",) else "datapackage.json")
d = dataset("dp-symlink-out")
os.symlink("/etc/hostname", os.path.join(d, "outside.csv"))
descriptor(d, dict(BASE, resources=[{"name": "x", "path": "outside.csv"}]))
case("datapackage.json resource a symlink out of the folder: show", ["show", d], {0, 2})
d = dataset("dp-dir")
os.remove(os.path.join(d, "datapackage.json"))
os.mkdir(os.path.join(d, "datapackage.json"))
case("datapackage.json is a folder", ["check", d], {1, 2}, must="datapackage.json")

# ---- CSV columns: missing, twice, odd names
for name, old, new, must in [("sources.csv", b"id,publisher", b"publisher", "id"),
                             ("indicators.csv", b",unit,", b",", "unit"),
                             ("sources.csv", b"id,publisher", b"id,id", "id"),
                             ("indicators.csv", b"id,label", b"ID,label", "id"),
                             ("claims.csv", b"id,indicator", b"id ,indicator", "id"),
                             ("claims.csv", b"quote\n", b"quote,\n", "claims.csv"),
                             ("claims.csv", b"quote\n", b"quote,,\n", "claims.csv")]:
    d = dataset("cols-" + str(abs(hash((name, old, new)))))
    edit(d, name, lambda b, old=old, new=new: b.replace(old, new, 1))
    case(f"{name} header {old.decode()!r} -> {new.decode()!r}: check", ["check", d], {0, 2} if new.endswith(b",\n")
         else {2}, must=must)
d = dataset("rel-nocol")
put(d, "relations.csv", "id,description\nr1,x\n")
case("relations.csv without expression column: report", ["report", d, "--out", ROOT + "/relnocol"], {2},
     must="expression", after=lambda: [] if not os.path.exists(ROOT + "/relnocol") else ["a report was written"])
d = dataset("rates-nocol", "c1,spend,RU,2022,2022,100,,,USD,exact,statement,X,s1,q\n", rates="")
put(d, "rates.csv", "date,base,rate,source\n2024-02-01,USD,90,s1\n")
case("rates.csv without quote column: compare", ["compare", d, "--indicator", "spend"], {2}, must="quote")
d = dataset("ragged-src")
edit(d, "sources.csv", lambda b: b + b"s3,Extra\ns4,A,B,,2024,,en,,,x,y\n")
case("sources.csv with ragged rows", ["show", d], {2}, must="sources.csv:4")
d = dataset("qnl-id", 'c1,emigrants,RU,2022,2022,1,,,person,exact,statement,X,s1,q\n"c\n2",emigrants,RU,2022,2022,'
            '1,,,person,exact,statement,X,s1,q\n')
case("a claim id with a newline in it: show", ["show", d], {0, 2}, out_must=lambda o: "c\n2" not in o)
d = dataset("wide-header")
edit(d, "claims.csv", lambda b: b.replace(b"quote\n", b"quote," + ",".join("x%d" % i for i in range(20000)).encode()
                                          + b"\n").replace(b",q\n", b",q" + b",v" * 20000 + b"\n").replace(
    b",q2\n", b",q2" + b",v" * 20000 + b"\n"))
case("claims.csv with 20,000 extra columns: check", ["check", d], {2}, must="more than 16384 fields", timeout=300)

# ---- ids that collide
d = dataset("id-space", "c1,emigrants,RU,2022,2022,1,,,person,exact,statement,X,s1,q\n"
            "c1 ,emigrants,RU,2022,2022,2,,,person,exact,statement,X,s1,q\n")
case("claim ids 'c1' and 'c1 '", ["show", d, "--format", "json"], {0, 2})
d = dataset("id-empty", ",emigrants,RU,2022,2022,1,,,person,exact,statement,X,s1,q\n")
case("a claim with an empty id", ["check", d], {2}, must="claims.csv:2")
d = dataset("id-nbsp-src")
edit(d, "claims.csv", lambda b: b.replace(b",s1,q\n", ",s1\u00a0,q\n".encode()))
case("a claim's source 's1' followed by a no-break space", ["check", d], {2}, must="claims.csv:2")
for sub in ("a", "b"):
    os.makedirs(os.path.join(ROOT, "same-name", sub))
a = text("same-name/a/article.txt", "Some 300 people came on 3 March 2024.")
b = text("same-name/b/article.txt", "About 7,000 workers left on 4 May 2024.")
out = os.path.join(ROOT, "same-name-ds")
case("extract --to-dataset two files of one name in two folders", ["extract", a, b, "--to-dataset", out], {0},
     after=lambda: [] if run(["check", out])[0] in (0, 3) and "7000" in open(out + "/claims.csv").read()
     and "300" in open(out + "/claims.csv").read() else ["one of the two lost or the dataset does not load"])
out2 = os.path.join(ROOT, "same-name-merge")
run(["extract", a, "--to-dataset", out2])
case("--merge a different article of the same file name", ["extract", b, "--to-dataset", out2, "--merge"], {0},
     after=lambda: [] if run(["check", out2])[0] in (0, 3) and "7000" in open(out2 + "/claims.csv").read()
     and "300" in open(out2 + "/claims.csv").read() else ["one of the two lost or the dataset does not load"])

# ---- numbers, units, ranks and rates
for label, row, must in [
        ("value 1.", claim("1."), "claims.csv:2"), ("value .5", claim(".5"), "claims.csv:2"),
        ("value 1_000", claim("1_000"), "claims.csv:2"), ("value with U+2212 minus", claim("\u22125"), "claims.csv:2"),
        ("value European 1,5", claim('"1,5"'), "claims.csv:2"), ("value 5 with a trailing tab", claim("5\t"),
                                                                  "claims.csv:2"),
        ("value -0.0", claim("-0.0"), None), ("value 00012", claim("00012"), None),
        ("value of 400 digits", claim("9" * 400), "claims.csv:2"),
        ("unit furlong/fortnight", claim(unit="furlong/fortnight"), "claims.csv:2"),
        ("unit empty", claim(unit=""), "claims.csv:2"), ("unit rank:0", claim("1", unit="rank:0"), "claims.csv:2"),
        ("unit rank:-5", claim("1", unit="rank:-5"), "claims.csv:2"),
        ("unit rank:99999999999999999999", claim("1", unit="rank:99999999999999999999"), "claims.csv:2"),
        ("unit rank:abc", claim("1", unit="rank:abc"), "claims.csv:2"),
        ("unit currency XQQ", claim(unit="XQQ"), "claims.csv:2"),
        ("unit kg/m^3^2", claim(unit="kg/m^3^2"), "claims.csv:2"),
        ("unit date with value 2023-02-30", claim("2023-02-30", unit="date"), "claims.csv:2"),
        ("hedge range without bounds or value", claim("", h="range"), "claims.csv:2"),
        ("hedge Exact in capitals", claim(h="Exact"), "claims.csv:2"),
        ("period 2022-00 (month 0: the year, as documented)",
         "c1,emigrants,RU,2022-00,2022-00,1,,,person,exact,statement,X,s1,q\n", None),
        ("period 2022-1-5", "c1,emigrants,RU,2022-1-5,2022-1-5,1,,,person,exact,statement,X,s1,q\n", "claims.csv:2"),
        ("period 1900-02-29", "c1,emigrants,RU,1900-02-29,1900-02-29,1,,,person,exact,statement,X,s1,q\n",
         "claims.csv:2"),
        ("period end a day before start", "c1,emigrants,RU,2022-03-05,2022-03-04,1,,,person,exact,statement,X,s1,q\n",
         "claims.csv:2"),
        ("period month ends before its year starts", "c1,emigrants,RU,2023,2022-12,1,,,person,exact,statement,X,s1,q\n",
         "claims.csv:2"),
        ("edition 2023-02-30", None, "claims.csv:2")]:
    d = dataset("n4-" + str(abs(hash(label))), row)
    if row is None:
        edit(d, "claims.csv", lambda b: b.replace(b"quote\n", b"quote,edition\n").replace(b",q\n", b",q,2023-02-30\n")
             .replace(b",q2\n", b",q2,\n"))
    case(label + ": check", ["check", d], {2} if must else {0, 2}, must=must)
d = dataset("rank-above", claim("90", unit="rank:83"))
edit(d, "indicators.csv", lambda b: b.replace(b"emigrants,IT workers who left,person,flow",
                                              b"emigrants,Rank,rank:83,rank"))
case("rank 90 of 83: check flags it", ["check", d], {0}, out_must=lambda o: "out of bounds" in o and "c1" in o)
d = dataset("neg-count", claim("-5000") + "c2,emigrants,RU,2022,2022,100,,,person,exact,statement,Y,s2,q2\n")
case("a negative count: check json", ["check", d, "--format", "json"], {0, 2}, out_must=json_ok)
d = dataset("zero-values", "c1,spend,RU,2022,2022,0,,,USD,exact,statement,X,s1,q\n"
            "c2,spend,RU,2022,2022,0,,,RUB,exact,statement,Y,s2,q\n", rates="2024-02-01,USD,RUB,90,s1\n")
put(d, "relations.csv", "id,expression,description\nr1,spend / spend = 1,x\nr2,emigrants / spend <= 5,y\n")
for cmd in (["check", d, "--format", "json"], ["compare", d, "--indicator", "spend", "--format", "json"],
            ["report", d, "--out", ROOT + "/zero-rep"]):
    case("values of 0 divided in relations: " + cmd[0], cmd, {0, 2},
         out_must=lambda o: "Infinity" not in o and "NaN" not in o)
for label, rates, must in [("base equals quote", "2024-02-01,USD,USD,2,s1\n", "rates.csv:2"),
                           ("unknown currency", "2024-02-01,USD,QQQ,2,s1\n", "rates.csv:2"),
                           ("a rate and its inverse that disagree", "2024-02-01,USD,RUB,90,s1\n2024-02-01,RUB,USD,1,s1\n",
                            "rates.csv:3"),
                           ("a date with a time", "2024-02-01T00:00,USD,RUB,90,s1\n", "rates.csv:2"),
                           ("an unknown source", "2024-02-01,USD,RUB,90,s9\n", "rates.csv:2")]:
    d = dataset("r4-" + str(abs(hash(label))), "c1,spend,RU,2024,2024,100,,,USD,exact,statement,X,s1,q\n"
                "c2,spend,RU,2024,2024,9000,,,RUB,exact,statement,Y,s2,q\n", rates=rates)
    case("rates.csv " + label + ": compare", ["compare", d, "--indicator", "spend"], {2}, must=must)
d = dataset("no-rate", "c1,spend,RU,2024,2024,100,,,USD,exact,statement,X,s1,q\n"
            "c2,spend,RU,2024,2024,9000,,,RUB,exact,statement,Y,s2,q\n")
case("compare two currencies with no rates.csv", ["compare", d, "--indicator", "spend", "--format", "json"], {0, 2},
     out_must=lambda o: "Infinity" not in o and "NaN" not in o)

# ---- relations
for label, expr, codes, must in [
        ("referencing itself only", "emigrants = emigrants", {0}, None),
        ("chained comparisons", "emigrants <= spend <= emigrants", {2}, "relations.csv:2"),
        ("mixing person and USD", "emigrants <= spend", {0, 2}, None),
        ("a product of indicators", "emigrants * emigrants >= 0", {0, 2}, None),
        ("only enclosing references", "emigrants[enclosing] >= 0", {2}, "relations.csv:2"),
        ("an entity in brackets never closed", "emigrants[RU >= 0", {2}, "relations.csv:2"),
        ("period.centuries", "emigrants <= period.centuries", {2}, "relations.csv:2"),
        ("a relation id equal to an indicator", None, {0, 2}, None),
        ("10,001 characters", "emigrants >= " + "0" * 10001, {2}, "relations.csv:2")]:
    d = dataset("rel4-" + str(abs(hash(label))))
    if expr is None:
        put(d, "relations.csv", "id,expression,description\nemigrants,emigrants >= 0,x\n")
    else:
        put(d, "relations.csv", "id,expression,description\nr1,\"%s\",x\n" % expr)
    case("relation " + label + ": check", ["check", d], codes, must=must)

# ---- options with odd values
ds = dataset("plain4")
for label, args, must in [
        ("extract --year 2023.5", ["extract", ok, "--year", "2023.5"], "2023.5"),
        ("extract --year ''", ["extract", ok, "--year", ""], "--year"),
        ("extract --year 2147483648", ["extract", ok, "--year", "2147483648"], "--year"),
        ("extract --to-dataset --year 0", ["extract", ok, "--year", "0", "--to-dataset", ROOT + "/y0"], "--year"),
        ("extract --format JSON", ["extract", ok, "--format", "JSON"], "JSON"),
        ("extract --format csv", ["extract", ok, "--format", "csv"], "csv"),
        ("show --format ''", ["show", ds, "--format", ""], "--format"),
        ("compare --format markdown", ["compare", ds, "--indicator", "emigrants", "--format", "markdown"], "markdown"),
        ("check --checks ''", ["check", ds, "--checks", ""], "unknown check ''"),
        ("check --fail-on nonsense", ["check", ds, "--fail-on", "nonsense"], "nonsense"),
        ("check --review-date 2024-13-01", ["check", ds, "--format", "claimreview", "--review-date", "2024-13-01"],
         "--review-date"),
        ("chart --kind pie", ["chart", ds, "--indicator", "emigrants", "--kind", "pie", "--out", ROOT + "/pie.png"],
         "pie"),
        ("chart --width 2147483648", ["chart", ds, "--indicator", "emigrants", "--width", "2147483648", "--out",
                                      ROOT + "/w.png"], "--width"),
        ("compare --indicator ''", ["compare", ds, "--indicator", ""], "no indicator ''"),
        ("compare --entity ''", ["compare", ds, "--indicator", "emigrants", "--entity", ""], "--entity"),
        ("extract --charset ''", ["extract", ok, "--charset", ""], "--charset"),
        ("extract --charset x-illegal!name", ["extract", ok, "--charset", "x-illegal!name"], "x-illegal!name"),
        ("help of an unknown command", ["help", "frobnicate"], "frobnicate"),
        ("an option with no value at the end", ["show", ds, "--format"], "--format"),
        ("no arguments to show", ["show"], "DIR")]:
    case(label, args, {2}, must=must)
case("no command at all", [], {0, 2})
case("extract --year in fullwidth digits (read as 2023)", ["extract", ok, "--year", "\uff12\uff10\uff12\uff13"], {0, 2})
case("--version", ["--version"], {0}, out_must=lambda o: "claimstat" in o)
case("check --format json twice", ["check", ds, "--format", "json", "--format", "json"], {0, 2})

# ---- outputs onto, into or beside the inputs
ds = dataset("self4")
case("report --out the dataset's claims.csv", ["report", ds, "--out", ds + "/claims.csv"], {2}, after=kept(ds))
case("report --out the dataset's parent folder", ["report", ds, "--out", ROOT], {0, 2},
     after=lambda: [] if os.path.exists(os.path.join(ds, "claims.csv")) else ["the dataset lost"])
case("chart --out a new file inside the dataset", ["chart", ds, "--indicator", "emigrants", "--out", ds + "/c.png"],
     {0, 2}, after=lambda: [] if run(["check", ds])[0] == 0 else ["the dataset no longer loads"])
ds2 = dataset("self5")
case("extract DIR/claims.csv --to-dataset DIR --merge", ["extract", ds2 + "/claims.csv", "--to-dataset", ds2,
                                                         "--merge"], {0, 2},
     after=lambda: [] if run(["check", ds2])[0] in (0, 3) else ["the dataset no longer loads"])
ds3 = dataset("self6")
case("extract --indicators DIR/indicators.csv --to-dataset DIR --merge", ["extract", ok, "--indicators",
                                                                          ds3 + "/indicators.csv", "--to-dataset", ds3,
                                                                          "--merge"], {0, 2},
     after=lambda: [] if run(["check", ds3])[0] in (0, 3) else ["the dataset no longer loads"])
textdir = os.path.join(ROOT, "textdir")
os.mkdir(textdir)
t1 = text("textdir/one.txt", "Some 300 people came.")
case("extract --to-dataset the folder of the input text", ["extract", t1, "--to-dataset", textdir], {0, 2},
     after=lambda: [] if open(t1).read() == "Some 300 people came." else ["the input text lost"])
case("extract --to-dataset onto the input text itself with --merge", ["extract", ok, "--to-dataset", ok, "--merge"],
     {2}, after=lambda: [] if open(ok).read() == "Some 300 people came." else ["ok.txt lost"])
case("report --out missing parents", ["report", dataset("mp"), "--out", ROOT + "/no/such/parents/rep"], {0, 2},
     after=lambda: [] if not os.path.exists(ROOT + "/no/such/parents/rep") or os.path.exists(
         ROOT + "/no/such/parents/rep/index.html") else ["a half report"])
case("chart --out missing parents", ["chart", dataset("mp2"), "--indicator", "emigrants", "--out",
                                     ROOT + "/no2/such/c.png"], {0, 2})
case("extract --to-dataset missing parents", ["extract", ok, "--to-dataset", ROOT + "/no3/such/ds"], {0, 2},
     after=lambda: [] if not os.path.exists(ROOT + "/no3/such/ds") or run(["check", ROOT + "/no3/such/ds"])[0] == 0
     else ["a half dataset"])
rolink = os.path.join(ROOT, "ro4")
os.mkdir(rolink)
os.chmod(rolink, 0o555)
case("report --out missing parents under a read-only folder", ["report", dataset("mp3"), "--out",
                                                               rolink + "/a/b/rep"], {2}, prefix=NOBODY)
case("extract --to-dataset --merge a read-only dataset", ["extract", text("ro-new.txt", "About 4,200 people left."),
                                                          "--to-dataset", dataset("ro-ds"), "--merge"], {2},
     prefix=NOBODY)
loopdir = os.path.join(ROOT, "loopdir")
os.symlink(loopdir, loopdir)
case("report --out a symlink loop", ["report", dataset("lp1"), "--out", loopdir], {2}, must="loopdir")
case("extract --to-dataset a symlink loop", ["extract", ok, "--to-dataset", loopdir], {2}, must="loopdir")
case("show a symlink loop", ["show", loopdir], {1, 2}, must="loopdir")
dangling = os.path.join(ROOT, "dangling-out")
os.symlink(ROOT + "/nowhere/x", dangling)
case("chart --out a dangling symlink", ["chart", dataset("lp2"), "--indicator", "emigrants", "--out",
                                        dangling + ".png"], {0, 2})
case("report --out a dangling symlink", ["report", dataset("lp3"), "--out", dangling], {0, 2})

# ---- empty folders, odd paths
empty = os.path.join(ROOT, "empty-folder")
os.mkdir(empty)
case("show an empty folder", ["show", empty], {1, 2}, must="empty-folder")
case("report an empty folder", ["report", empty, "--out", ROOT + "/ef-rep"], {1, 2}, must="empty-folder",
     after=lambda: [] if not os.path.exists(ROOT + "/ef-rep") else ["a report of nothing"])
case("extract an empty folder", ["extract", empty], {2}, must="empty-folder")
d = dataset("blank-lines")
put(d, "claims.csv", "\n\n\n")
case("claims.csv of blank lines", ["check", d], {2}, must="claims.csv")
d = dataset("bom-only")
put(d, "claims.csv", b"\xef\xbb\xbf")
case("claims.csv of only a BOM", ["show", d], {2}, must="claims.csv")
text("-5 people.txt", "Some 300 people came.")
cwd = os.getcwd()
os.chdir(ROOT)
case("extract -- '-5 people.txt' (a leading dash)", ["extract", "--", "-5 people.txt"], {0},
     out_must=lambda o: "300" in o)
case("extract '-5 people.txt' without --", ["extract", "-5 people.txt"], {2}, must="put -- before it")
dsd = dataset("-dash-ds")
case("show -- -dash-ds", ["show", "--", "-dash-ds"], {0})
os.chdir(cwd)
nl = text("new\nline.txt", "Some 300 people came.")
case("extract a missing file whose name has a newline", ["extract", nl + "x", ok], {2}, must="line.txtx",
     out_must=lambda o: "300" in o)
bad_name = os.path.join(ROOT.encode(), b"bad-\xff-name.txt")
with open(bad_name, "wb") as fh:
    fh.write(b"Some 300 people came.")
p = subprocess.run([b"java", b"-jar", JAR.encode(), b"extract", bad_name], capture_output=True)
good = p.returncode in (0, 2) and not stack(p.stderr.decode("utf-8", "replace"))
results.append(("extract a file name that is not UTF-8", good))
print(("PASS" if good else "FAIL") + f"  extract a file name that is not UTF-8 (exit {p.returncode}) | "
      + p.stderr.decode("utf-8", "replace")[:100])
p = subprocess.run(["java", "-jar", JAR, "extract", ROOT + "/caf\u00e9.txt"], capture_output=True,
                   env=dict(os.environ, LANG="C", LC_ALL="C"))
good = p.returncode == 2 and not stack(p.stderr.decode("utf-8", "replace"))
results.append(("extract a unicode file name under LANG=C", good))
print(("PASS" if good else "FAIL") + f"  extract a unicode file name under LANG=C (exit {p.returncode}) | "
      + p.stderr.decode("utf-8", "replace")[:100])

# ---- many files, one bad
os.makedirs(ROOT + "/many")
many = [text("many/%02d.txt" % i, "Some %d people came." % (100 + i)) for i in range(30)]
write(many[17], b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
case("extract 30 files, the 18th a PNG", ["extract"] + many + ["--format", "json"], {2}, must="17.txt",
     out_must=lambda o: json_ok(o) and "129" in o and "100" in o and "116" in o)
case("extract --to-dataset 30 files, the 18th a PNG", ["extract"] + many + ["--to-dataset", ROOT + "/many-ds"], {2},
     must="17.txt", after=lambda: [] if os.path.exists(ROOT + "/many-ds/claims.csv") and "129" in open(
         ROOT + "/many-ds/claims.csv").read() else ["the 29 good files were not drafted"])
case("extract 30 files and a missing one in the middle", ["extract"] + many[:10] + [ROOT + "/nope.txt"] + many[10:17],
     {2}, must="nope.txt", out_must=lambda o: "116" in o)

# ---- a number across the 256 Ki part boundary of a long line
PART = 1 << 18
for label, number, want in [("$1.5 billion", "$1.5 billion", "1500000000"), ("12 000 people", "12 000 people", "12000"),
                            ("4.2 million", "4.2 million people", "4200000")]:
    filler = "The rain fell all day. " * (PART // 23 + 1)
    head = filler[:PART - len(number) // 2 - 4] + " "
    body = head + number + " were counted. " + "More words follow here. " * 100
    f = text("boundary-" + str(abs(hash(label))) + ".txt", body)
    case(f"extract '{label}' across the 256 Ki boundary", ["extract", f, "--format", "json"], {0},
         out_must=lambda o, want=want: want in o.replace(".0", ""), timeout=300)

# ---- a run stopped, then run again
def stop(args, sig):
    """Starts a command and stops it with a signal after a moment (SIGINT is ignored by a job started in the
    background of a script, so SIGTERM stands for Ctrl-C)."""
    p = subprocess.Popen(["java", "-Djava.awt.headless=true", "-jar", JAR] + args, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    time.sleep(4)
    p.send_signal(sig)
    p.wait()


big = dataset("big4", "".join("c%d,emigrants,RU,2022,2022,%d,,,person,exact,statement,X,s1,q\n" % (i, 1000 + i)
                               for i in range(3, 20000)))
out = os.path.join(ROOT, "stopped-rep")
stop(["report", big, "--out", out], signal.SIGKILL)
case("report again after a run was killed", ["report", big, "--out", out], {0}, timeout=1200,
     after=lambda: [] if os.path.exists(out + "/index.html") and "</html>" in open(out + "/index.html",
                                                                                   encoding="utf-8").read()
     else ["no whole report"])
long_text = text("long4.txt", "About 700 people left on 3 March 2023. " * 100000)
target = os.path.join(ROOT, "stopped-ds")
stop(["extract", long_text, "--to-dataset", target], signal.SIGTERM)
case("extract --to-dataset again after a run was interrupted", ["extract", ok, "--to-dataset", target], {0},
     after=lambda: [] if run(["check", target])[0] in (0, 3) else ["the dataset does not load"])

sys.exit(1 if summary() else 0)
