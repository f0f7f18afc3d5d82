#!/usr/bin/env python3
"""A third sweep of hostile, odd and large inputs, of the kinds of issue 19 but none of the files of cases.py or
odd_cases.py: UTF-16 with BOM and BOMs in every CSV header, Latin-1 in dataset files and pages, odd numbers in
every numeric column (lower, upper, rates, relations), odd dates, header-only and ragged files, quoted newlines,
paths with spaces, unicode and deep folders, --merge into datasets a reviewer edited oddly, HTML without a body or
with broken markup, options out of range, a process stopped while writing, and large inputs at -Xmx512m.

    python3 bench/hostile/fresh_cases.py [JAR]            (default target/claimstat-cli.jar)
    python3 bench/hostile/fresh_cases.py JAR --large      (also the 20 MB and 200k-claim cases at -Xmx512m)

A case passes as in cases.py. Prints one line per case and 'N passed, N failed'.
"""
import os
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import *  # noqa: F401,F403 (JAR, LARGE, HEADER, ROOT, dataset, text, run, case, results, summary)

CLAIM = "c1,emigrants,RU,2022,2022,{v},{lo},{up},person,{h},statement,X,s1,q\n"


def claim(v="100000", lo="", up="", h="exact"):
    return CLAIM.format(v=v, lo=lo, up=up, h=h)


def no_zero(out):
    return '"value" : 0,' not in out and '"value" : 0\n' not in out


def recode(d, name, encoding, bom=b""):
    p = os.path.join(d, name)
    t = open(p, encoding="utf-8").read()
    write(p, bom + t.encode(encoding))


# ---- encodings of dataset files
d = dataset("u16le-bom")
recode(d, "claims.csv", "utf-16-le", b"\xff\xfe")
case("claims.csv UTF-16LE with BOM: show", ["show", d], {0, 2}, must=None,
     out_must=lambda o: "100000" in o or o == "")
d = dataset("u16be-bom")
recode(d, "claims.csv", "utf-16-be", b"\xfe\xff")
case("claims.csv UTF-16BE with BOM: check", ["check", d], {0, 2}, must="claims.csv")
d = dataset("u16-src")
recode(d, "sources.csv", "utf-16-le", b"\xff\xfe")
case("sources.csv UTF-16LE with BOM: compare", ["compare", d, "--indicator", "emigrants"], {0, 2}, must="sources.csv")
d = dataset("latin1-src")
write(os.path.join(d, "sources.csv"), "id,publisher,title,url,published,author,language,derived_from,document\n"
      "s1,Le Monde,Les r\u00e9fugi\u00e9s,,2024-02,,fr,,\ns2,AP,Other,,2024-03,,en,,\n", "latin-1")
case("sources.csv in Latin-1: show json", ["show", d, "--format", "json"], {2}, must="sources.csv:2",
     after=kept(d))
d = dataset("latin1-claims", "c1,emigrants,RU,2022,2022,100000,,,person,exact,statement,Minist\u00e8re,s1,q\n")
recode(d, "claims.csv", "latin-1")
case("claims.csv in Latin-1: check", ["check", d], {2}, must="claims.csv:2")
d = dataset("bom-ind")
recode(d, "indicators.csv", "utf-8", b"\xef\xbb\xbf")
case("indicators.csv with a UTF-8 BOM: compare", ["compare", d, "--indicator", "emigrants"], {0})
d = dataset("bom-rates", "c1,spend,RU,2022,2022,100,,,USD,exact,statement,X,s1,q\n", rates="2024-02-01,USD,RUB,90,s1\n")
recode(d, "rates.csv", "utf-8", b"\xef\xbb\xbf")
case("rates.csv with a UTF-8 BOM: check json", ["check", d, "--format", "json"], {0}, out_must=json_ok)
d = dataset("bom-rel")
write(os.path.join(d, "relations.csv"), b"\xef\xbb\xbfid,expression,description\r\nr1,emigrants <= emigrants,x\r\n")
case("relations.csv with BOM and CRLF: check", ["check", d], {0})
d = dataset("bom-dp")
p = os.path.join(d, "datapackage.json")
write(p, b"\xef\xbb\xbf" + open(p, "rb").read())
case("datapackage.json with a UTF-8 BOM: show", ["show", d], {0, 2}, must=None)
d = dataset("cr-sources")
p = os.path.join(d, "sources.csv")
write(p, open(p, "rb").read().replace(b"\n", b"\r"))
case("sources.csv with CR-only line ends: report", ["report", d, "--out", os.path.join(ROOT, "cr-rep")], {0})

# ---- encodings of texts
ok = text("ok.txt", "Some 300 people came.")
f = text("u16le.txt", b"\xff\xfe" + "About 12,000 people fled.".encode("utf-16-le"))
case("extract UTF-16LE text with BOM", ["extract", f, "--format", "json"], {0, 2},
     out_must=lambda o: ("12000" in o or "12,000" in o or o.strip() in ("", "[ ]", "[]")) and no_zero(o))
f = text("u16be.txt", b"\xfe\xff" + "About 12,000 people fled.".encode("utf-16-be"))
case("extract UTF-16BE text with BOM", ["extract", f, "--format", "json"], {0, 2},
     out_must=lambda o: no_zero(o))
f = text("bom8.txt", b"\xef\xbb\xbf" + b"4,500 jobs were lost.")
case("extract UTF-8 text with BOM", ["extract", f, "--format", "json"], {0}, out_must=lambda o: "4500" in o)
f = text("latin1-page.html", "<html><head><meta charset=\"iso-8859-1\"><title>R\u00e9fugi\u00e9s</title></head>"
         "<body><p>Environ 12\u00a0000 personnes ont fui, selon l'ONU.</p></body></html>", "latin-1")
case("extract --to-dataset a Latin-1 page that says so", ["extract", f, "--to-dataset", os.path.join(ROOT, "l1page")],
     {0, 2}, must=None, out_must=no_zero)
f = text("crlf.txt", "First line.\r\nAbout 7,500 people\r\nleft in 2023.\r\n")
case("extract CRLF text: table", ["extract", f], {0}, out_must=lambda o: "7500" in o or "7,500" in o)
src = text("src-crlf.csv", "id,publisher,title,url,published,author,language,derived_from,document\r\n"
           "a1,Pub,T,https://x.test/a,2024-01-02,,en,,crlf.txt\r\n")
case("extract --sources with CRLF", ["extract", f, "--sources", src, "--to-dataset", os.path.join(ROOT, "crlf-ds")],
     {0})
src = text("src-l1.csv", "id,publisher,title,url,published,author,language,derived_from,document\n"
           "a1,Pr\u00e9fecture,T,,2024-01-02,,fr,,crlf.txt\n", "latin-1")
case("extract --sources in Latin-1", ["extract", f, "--sources", src, "--to-dataset", os.path.join(ROOT, "l1src-ds")],
     {2}, must="src-l1.csv")

# ---- odd numbers in every column
for label, row in [("lower 1e309", claim("100", "1e309", "", "range")),
                   ("upper -1e309", claim("100", "", "-1e309", "range")),
                   ("lower 401 digits", claim("100", "1" * 401, "", "range")),
                   ("value NaN", claim("NaN")), ("value Infinity", claim("Infinity")),
                   ("value 0x10", claim("0x10")), ("value with a space", claim(" 100")),
                   ("value with a thousands comma", claim('"1,000"')),
                   ("value Arabic-Indic digits", claim("\u0663\u0660\u0660")),
                   ("value fullwidth digits", claim("\uff13\uff10\uff10")),
                   ("value 1E+400", claim("1E+400")), ("value 4.9e-325", claim("4.9e-325")),
                   ("range lower above upper", claim("100", "200", "50", "range"))]:
    d = dataset("num-" + str(abs(hash(label))), row)
    case(label + ": check", ["check", d], {2}, must="claims.csv:2")
d = dataset("num-plus", claim("+100"))
case("value +100: show json", ["show", d, "--format", "json"], {0, 2}, out_must=lambda o: "-100" not in o)
for label, rate in [("rate 0", "0"), ("rate negative", "-90"), ("rate 1e-320", "1e-320"), ("rate 1e309", "1e309"),
                    ("rate empty", "")]:
    d = dataset("rate-" + str(abs(hash(label))), "c1,spend,RU,2022,2022,100,,,USD,exact,statement,X,s1,q\n",
                rates="2024-02-01,USD,RUB,%s,s1\n" % rate)
    case(label + ": compare --unit RUB", ["compare", d, "--indicator", "spend", "--unit", "RUB"], {2},
         must="rates.csv:2")
for label, expr in [("relation with unicode \u2264", "emigrants \u2264 spend"),
                    ("relation with 1e400", "emigrants <= 1e400"),
                    ("relation unbalanced brackets", "((emigrants <= spend)"),
                    ("relation with only a number", "5"),
                    ("relation with a NUL", "emigrants\u0000 <= spend")]:
    d = dataset("rel-" + str(abs(hash(label))))
    write(os.path.join(d, "relations.csv"), "id,expression,description\nr1,\"%s\",x\n" % expr)
    case(label + ": show", ["show", d], {2}, must="relations.csv:2")

# ---- odd dates
for label, row in [("period 2023-02-30", "c1,emigrants,RU,2023-02-30,2023-02-30,1,,,person,exact,statement,X,s1,q\n"),
                   ("period year 0", "c1,emigrants,RU,0,0,1,,,person,exact,statement,X,s1,q\n"),
                   ("period year 99999", "c1,emigrants,RU,99999,99999,1,,,person,exact,statement,X,s1,q\n"),
                   ("period 2024-13", "c1,emigrants,RU,2024-13,2024-13,1,,,person,exact,statement,X,s1,q\n"),
                   ("period start after end", "c1,emigrants,RU,2024,2020,1,,,person,exact,statement,X,s1,q\n")]:
    d = dataset("date-" + str(abs(hash(label))), row)
    case(label + ": compare", ["compare", d, "--indicator", "emigrants"], {2}, must="claims.csv:2")
d = dataset("pub0")
p = os.path.join(d, "sources.csv")
write(p, open(p).read().replace("2024-02", "0000-01"))
case("published year 0000: check", ["check", d], {0, 2}, must="sources.csv:2")
d = dataset("rate-99999", "c1,spend,RU,2022,2022,100,,,USD,exact,statement,X,s1,q\n",
            rates="99999-01-01,USD,RUB,90,s1\n")
case("rate dated 99999-01-01", ["check", d], {2}, must="rates.csv:2")
ds = dataset("plain")
case("check --review-date 2023-02-30", ["check", ds, "--format", "claimreview", "--review-date", "2023-02-30"], {2},
     must="--review-date")
f = text("dates.txt", "On February 30, 2023 some 40 people came; in the year 0 and in 99999 BC nothing; "
         "on 31/04/2024 about 12 left.")
case("extract impossible dates", ["extract", f, "--format", "json"], {0}, out_must=json_ok)

# ---- empty, header-only and ragged files
d = dataset("empty-claims")
write(os.path.join(d, "claims.csv"), "")
case("claims.csv empty (0 bytes): check", ["check", d], {2}, must="claims.csv")
d = dataset("header-only")
write(os.path.join(d, "claims.csv"), HEADER)
case("claims.csv header only: show", ["show", d], {0})
case("claims.csv header only: compare", ["compare", d, "--indicator", "emigrants"], {2}, must="emigrants")
case("claims.csv header only: check json", ["check", d, "--format", "json"], {0}, out_must=json_ok)
case("claims.csv header only: report", ["report", d, "--out", os.path.join(ROOT, "ho-rep")], {0})
case("claims.csv header only: chart", ["chart", d, "--indicator", "emigrants", "--out", os.path.join(ROOT, "ho.png")],
     {2}, must="emigrants")
d = dataset("empty-sources")
write(os.path.join(d, "sources.csv"), "")
case("sources.csv empty: show", ["show", d], {2}, must="sources.csv")
d = dataset("miss-col")
p = os.path.join(d, "claims.csv")
write(p, open(p).read().replace(",hedge,", ",").replace(",approximately,", ",").replace(",exact,", ","))
case("claims.csv without the hedge column: check", ["check", d], {2}, must="hedge")
d = dataset("dup-col")
p = os.path.join(d, "claims.csv")
lines = open(p).read().splitlines()
write(p, "\n".join([lines[0] + ",quote"] + [l + ",other" for l in lines[1:]]) + "\n")
case("claims.csv with the quote column twice: show json", ["show", d, "--format", "json"], {2}, must="quote")
d = dataset("short-row", "c1,emigrants,RU,2022,2022,100000,,,person\n")
case("claims.csv row with too few fields", ["check", d], {2}, must="claims.csv:2")
d = dataset("long-row", claim().rstrip("\n") + ",extra,more\n")
case("claims.csv row with more fields than the header", ["check", d], {2}, must="claims.csv:2")
d = dataset("qnl", 'c1,emigrants,RU,2022,2022,100000,,,person,exact,statement,X,s1,"line one\nline two\r\nthree"\n'
            "c2,emigrants,RU,2022,2022,12x,,,person,exact,statement,X,s1,q\n")
case("quoted newlines then a bad value: line number", ["check", d], {2}, must="claims.csv:5")
d = dataset("unterminated", 'c1,emigrants,RU,2022,2022,100000,,,person,exact,statement,X,s1,"never closed\n')
case("claims.csv quote never closed", ["show", d], {2}, must="claims.csv:2")
d = dataset("longline", claim().replace(",q\n", ',"' + "w " * 3_000_000 + '"\n'))
case("a 6 MB quote: show json", ["show", d, "--format", "json"], {0}, heap="512m")
d = dataset("unk-src", "c1,emigrants,RU,2022,2022,1,,,person,exact,statement,X,nosuch,q\n")
case("claim of an unknown source", ["show", d], {2}, must="claims.csv:2")

# ---- paths
deep = os.path.join(ROOT, *(["deep-folder-level"] * 40))
os.makedirs(deep)
d = dataset(os.path.relpath(deep, ROOT) + "/ds")
case("a dataset 40 folders deep: report next to it", ["report", d, "--out", deep + "/rep"], {0})
d = dataset("my data \u00fc \u6570\u636e")
case("a dataset path with spaces and unicode: report", ["report", d, "--out", os.path.join(ROOT, "r\u00e9p \u00f6rt")],
     {0}, after=lambda: [] if os.path.exists(os.path.join(ROOT, "r\u00e9p \u00f6rt", "index.html")) else ["no report"])
link = os.path.join(ROOT, "link-to-ds")
os.symlink(d, link)
case("show through a symlinked dataset folder", ["show", link], {0})
d = dataset("zero-link")
os.remove(os.path.join(d, "claims.csv"))
os.symlink("/dev/zero", os.path.join(d, "claims.csv"))
case("claims.csv a symlink to /dev/zero", ["show", d], {2}, must="claims.csv", heap="512m", timeout=120)
case("extract /dev/zero", ["extract", "/dev/zero", ok], {2}, must="/dev/zero", heap="512m", timeout=120)
case("report --out an empty string", ["report", ds, "--out", ""], {2}, must="--out")
case("chart --out a .jpg", ["chart", ds, "--indicator", "emigrants", "--out", os.path.join(ROOT, "c.jpg")], {2},
     must=".jpg")
case("chart --out with no extension", ["chart", ds, "--indicator", "emigrants", "--out", os.path.join(ROOT, "cnoext")],
     {2}, must="cnoext")
case("chart --out onto the dataset folder itself", ["chart", ds, "--indicator", "emigrants", "--out", ds], {2},
     after=kept(ds))
case("extract --to-dataset onto the input text", ["extract", ok, "--to-dataset", ok], {2},
     after=lambda: [] if open(ok).read() == "Some 300 people came." else ["ok.txt lost"])
case("extract --indicators a folder", ["extract", ok, "--indicators", ROOT, "--to-dataset", os.path.join(ROOT, "i-d")],
     {2}, must=ROOT)

# ---- options
for label, args, must in [
        ("chart --width 0", ["chart", ds, "--indicator", "emigrants", "--width", "0", "--out", ROOT + "/w0.png"], "--width"),
        ("chart --width -5", ["chart", ds, "--indicator", "emigrants", "--width", "-5", "--out", ROOT + "/w5.png"], "--width"),
        ("chart --height 100000000", ["chart", ds, "--indicator", "emigrants", "--height", "100000000",
                                      "--out", ROOT + "/h.png"], "--height"),
        ("chart --width 99999999999", ["chart", ds, "--indicator", "emigrants", "--width", "99999999999",
                                       "--out", ROOT + "/w.png"], "--width"),
        ("check --rate-tolerance -1", ["check", ds, "--rate-tolerance", "-1"], "--rate-tolerance"),
        ("compare --rate-tolerance 1e3", ["compare", ds, "--indicator", "emigrants", "--rate-tolerance", "1e3"],
         "--rate-tolerance"),
        ("check --format yaml", ["check", ds, "--format", "yaml"], "yaml"),
        ("extract --year -5", ["extract", ok, "--year", "-5"], "--year"),
        ("extract --year abc", ["extract", ok, "--year", "abc"], "abc"),
        ("extract --merge without --to-dataset", ["extract", ok, "--merge"], "--merge"),
        ("extract --sources without --to-dataset", ["extract", ok, "--sources", ok], "--sources"),
        ("compare --unit furlongs", ["compare", ds, "--indicator", "emigrants", "--unit", "furlong/fortnight^x"],
         "--unit"),
        ("check --reviewer-url not a url", ["check", ds, "--format", "claimreview", "--reviewer-url", "java script:x"],
         "--reviewer-url"),
        ("check --fail-on INFO", ["check", ds, "--fail-on", "INFO"], "INFO"),
        ("show two datasets", ["show", ds, ds], ds),
        ("unknown command", ["frobnicate", ds], "frobnicate")]:
    case(label, args, {2}, must=must)

# ---- --merge into datasets a reviewer edited oddly
def merge_case(name, edit, codes=frozenset({0}), must=None):
    """Drafts a dataset, edits it as a reviewer might, then merges a new article into it: the merge either works and
    the dataset still loads, or (where the edit broke the dataset) is refused naming the file, and nothing changes."""
    target = os.path.join(ROOT, "m-" + name.replace(" ", "-"))
    run(["extract", ok, "--to-dataset", target])
    edit(target)
    other = text("new-" + name.replace(" ", "-") + ".txt", "About 4,200 people were displaced.")
    unchanged = kept(target)
    loads = lambda: [] if run(["check", target])[0] == 0 else ["dataset no longer loads after the merge"]
    case("--merge into a dataset " + name, ["extract", other, "--to-dataset", target, "--merge"], set(codes), must=must,
         after=loads if codes == frozenset({0}) else unchanged)


def rewrite(name, f):
    return lambda t: write(os.path.join(t, name), f(open(os.path.join(t, name), "rb").read()))


merge_case("whose claims.csv has no final newline", rewrite("claims.csv", lambda b: b.rstrip(b"\n")))
merge_case("whose claims.csv has CRLF line ends", rewrite("claims.csv", lambda b: b.replace(b"\n", b"\r\n")))
merge_case("whose claims.csv has a BOM", rewrite("claims.csv", lambda b: b"\xef\xbb\xbf" + b))
merge_case("whose sources.csv has no final newline", rewrite("sources.csv", lambda b: b.rstrip(b"\n")))


def reverse_columns(t):
    import csv
    p = os.path.join(t, "claims.csv")
    rows = list(csv.reader(open(p, newline="", encoding="utf-8")))
    with open(p, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows([list(reversed(r)) for r in rows])


merge_case("whose claims.csv columns were reordered", reverse_columns, frozenset({2}), must="claims.csv")
merge_case("whose drafted.csv was deleted", lambda t: os.remove(os.path.join(t, "drafted.csv")), frozenset({2}),
           must="drafted.csv")
merge_case("whose drafted.csv is garbage", rewrite("drafted.csv", lambda b: b"\x00\x01garbage\n\"open"),
           frozenset({2}), must="drafted.csv")
merge_case("whose claims.csv is read-only", lambda t: os.chmod(os.path.join(t, "claims.csv"), 0o444))
merge_case("whose claims.csv ends in a blank line", rewrite("claims.csv", lambda b: b + b"\n\n"))

# ---- HTML
for label, html in [("no body", "<html><head><title>T</title></head></html>"),
                    ("broken markup", "<html><body><p>About 3,000 <b>people <i>fled</p></div></span><p>"),
                    ("only a script", "<script>var x = 5000;</script>"),
                    ("a frameset", "<html><frameset><frame src='a.html'></frameset></html>"),
                    ("an empty file", ""),
                    ("a 200,000-deep nest", "<div>" * 200000 + "About 12 people" + "</div>" * 200000)]:
    f = text("page-" + str(abs(hash(label))) + ".html", html)
    case("extract --to-dataset an HTML page with " + label,
         ["extract", f, "--to-dataset", os.path.join(ROOT, "h-" + str(abs(hash(label))))], {0, 2}, timeout=300)

# ---- found in the sweep and fixed: sources that copy each other, one document named twice, a file given twice,
# a page that declares UTF-16 in its markup
d = dataset("derived-cycle")
p = os.path.join(d, "sources.csv")
write(p, open(p).read().replace("2024-02,,en,,", "2024-02,,en,s2,").replace("2024-03,,en,,", "2024-03,,en,s1,"))
case("sources derived from each other: compare", ["compare", d, "--indicator", "emigrants"], {2}, must="sources.csv:2")
src = text("src-twice.csv", "id,publisher,title,url,published,author,language,derived_from,document\n"
           "a1,P,T,,2024-01-02,,en,,ok.txt\na2,Q,U,,2024-01-03,,en,,ok.txt\n")
case("--sources with two rows for one document", ["extract", ok, "--sources", src, "--to-dataset",
                                                  os.path.join(ROOT, "twice-src")], {2}, must="a2")
twice = os.path.join(ROOT, "twice-ds")
case("extract --to-dataset the same file twice", ["extract", ok, os.path.join(ROOT, ".", "ok.txt"), "--to-dataset", twice],
     {0}, must="read once", after=lambda: [] if open(os.path.join(twice, "sources.csv")).read().count("\n") == 2
     else ["the file was drafted twice"])
f = text("u16-meta.html", "<html><head><meta charset=\"utf-16\"><title>T</title></head><body><p>About 3,000 people fled."
         "</p></body></html>")
case("extract --to-dataset a page declaring UTF-16 without a BOM", ["extract", f, "--format", "json", "--to-dataset",
                                                                    os.path.join(ROOT, "u16-meta")], {0},
     out_must=lambda o: "3000" in o)

# ---- interrupted writes
def stopped(name, args, sig, check_after):
    p = subprocess.Popen(["java", "-Djava.awt.headless=true", "-jar", JAR] + args, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    time.sleep(3)
    p.send_signal(sig)
    p.wait()
    problems = check_after()
    results.append((name, not problems))
    print(f"{'PASS' if not problems else 'FAIL'}  {name}  {'; '.join(problems)}")


long_text = text("long2.txt", "About 700 people left on 3 March 2023. " * 150000)
fresh = os.path.join(ROOT, "fresh-target")
stopped("extract --to-dataset stopped with SIGTERM leaves no half dataset",
        ["extract", long_text, "--to-dataset", fresh], signal.SIGTERM,
        lambda: [] if not os.path.exists(fresh) or run(["check", fresh])[0] == 0 else ["half-written dataset left"])
chart = os.path.join(ROOT, "keep.png")
write(chart, b"old chart")
big = dataset("big-chart", "".join("c%d,emigrants,RU,2022,2022,%d,,,person,exact,statement,X,s1,q\n" % (i, i + 5)
                                    for i in range(60000)))
stopped("chart stopped with SIGKILL keeps the old file whole", ["chart", big, "--indicator", "emigrants", "--out", chart],
        signal.SIGKILL,
        lambda: [] if open(chart, "rb").read() in (b"old chart",) or open(chart, "rb").read()[:4] == b"\x89PNG"
        else ["chart half written"])

# ---- large, at -Xmx512m
if LARGE:
    dense = text("dense-json.txt", " ".join(str(i % 97) for i in range(7_000_000)))
    case("extract 20 MB of 1-2 digit numbers, json, -Xmx512m", ["extract", dense, "--format", "json"], {0},
         heap="512m", timeout=1800)
    dense2 = text("dense-draft.txt", ("In 2023, 1,234 people and 5.6% of 7,890 and $12 million. " * 360000))
    case("extract --to-dataset of 20 MB of dense numbers, -Xmx512m",
         ["extract", dense2, "--to-dataset", os.path.join(ROOT, "dense-ds")], {0, 2, 4}, heap="512m", timeout=1800)
    big = dataset("big200k", "".join("c%d,emigrants,R%s,2022,2022,%d,,,person,approximately,statement,X%d,s1,q\n"
                                     % (i, chr(65 + i % 26), 1000 + i, i % 50) for i in range(200000)))
    case("check 200k claims, -Xmx512m", ["check", big, "--format", "json"], {0, 4}, heap="512m", timeout=1800)
    case("report 200k claims, -Xmx512m", ["report", big, "--out", os.path.join(ROOT, "big-rep")], {0, 4}, heap="512m",
         timeout=1800)

sys.exit(1 if summary() else 0)
