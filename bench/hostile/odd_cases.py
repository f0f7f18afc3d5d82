#!/usr/bin/env python3
"""More hostile, odd and large inputs of issue 19's kinds, each through every command and output format.

    python3 bench/hostile/odd_cases.py [JAR]          (default target/claimstat-cli.jar)
    python3 bench/hostile/odd_cases.py JAR --large    (also: 20 MB dense extract at -Xmx512m, a large report and check)

Kinds: other encodings (UTF-16 with and without BOM, Latin-1, UTF-8 BOM), CR and CRLF line ends, very long lines,
huge and deep relations, odd dates, empty files, folders passed as files, symlinks, unreadable files (run as
nobody), a dataset missing files, a datapackage.json that lies about columns, duplicate ids, extreme rates, control
characters in every field through every command and format, reports into bad places, interrupted writes and a
full disk. A case passes as in cases.py: a documented exit code that fits, no stack trace, what was wrong named,
no silent wrong value, no file lost. Prints one line per case and 'N passed, N failed'.
"""
import json
import os
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import *  # noqa: F401,F403 (JAR, LARGE, HEADER, ROOT, dataset, text, run, case, results, summary)

os.chmod(ROOT, 0o755)
ESC = "\x1b]0;pwned\x07\x1b[2J\x1b[31m\x9b31m\u202e"
NOBODY = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
FORMATS = {"show": ["table", "json"], "check": ["table", "json", "markdown", "claimreview"],
           "compare": ["table", "json"]}


def inert(out):
    return not any(c in out for c in ("\x1b", "\x07", "\x9b", "\u202e"))


def every(name, d, codes, must=None, indicator="emigrants", out_must=None, after=None, report=True, prefix=()):
    """Runs a dataset through show, check, compare (each format) and report."""
    for cmd, fmts in FORMATS.items():
        for fmt in fmts:
            extra = ["--indicator", indicator] if cmd == "compare" else []
            case(f"{name}: {cmd} {fmt}", [cmd, d, "--format", fmt] + extra, codes, must=must, out_must=out_must,
                 after=after or kept(d), prefix=prefix)
    if report:
        out = os.path.join(ROOT, name.replace(" ", "-").replace("/", "-") + "-report")
        case(f"{name}: report", ["report", d, "--out", out], codes, must=must, after=after or kept(d), prefix=prefix)


# ---- encodings and line ends of dataset files
CLAIMS = HEADER + ("c1,emigrants,RU,2022,2022,100000,,,person,approximately,statement,X,s1,q\n"
                   "c2,emigrants,RU,2022,2022,120000,,,person,exact,statement,Y,s2,q2\n")
d = dataset("utf16bom")
write(os.path.join(d, "claims.csv"), CLAIMS, "utf-16")
every("claims.csv UTF-16 with BOM", d, {2}, must="claims.csv", report=False)
d = dataset("utf16le")
write(os.path.join(d, "claims.csv"), CLAIMS, "utf-16-le")
case("claims.csv UTF-16LE without BOM: check", ["check", d], {2}, must="claims.csv", after=kept(d))
d = dataset("utf8bom")
write(os.path.join(d, "claims.csv"), "\ufeff" + CLAIMS)
case("claims.csv with a UTF-8 BOM: show json", ["show", d, "--format", "json"], {0, 2},
     out_must=lambda o: '"id" : "c1"' in o or '"id":"c1"' in o or "c1" in o)
d = dataset("latin1")
write(os.path.join(d, "claims.csv"), CLAIMS.replace("q2", "Stra\u00dfe 5\u00a0000"), "latin-1")
every("claims.csv in Latin-1", d, {2}, must="claims.csv:3", report=False)
d = dataset("crlf")
write(os.path.join(d, "claims.csv"), (CLAIMS + "c3,emigrants,RU,2022,2022,abc,,,person,exact,statement,Y,s2,q\n")
      .replace("\n", "\r\n"))
case("CRLF claims.csv, bad value on line 4", ["check", d], {2}, must="claims.csv:4")
d = dataset("cr")
write(os.path.join(d, "claims.csv"), (CLAIMS + "c3,emigrants,RU,2022,2022,abc,,,person,exact,statement,Y,s2,q\n")
      .replace("\n", "\r"))
case("CR-only claims.csv, bad value on line 4", ["show", d], {2}, must="claims.csv:4")
d = dataset("cr-ok")
write(os.path.join(d, "claims.csv"), CLAIMS.replace("\n", "\r"))
case("CR-only claims.csv that is fine: show json", ["show", d, "--format", "json"], {0},
     out_must=lambda o: "120000" in o)

# ---- numbers and values that are odd
for label, v in (("1e5", "1e5"), ("NaN", "NaN"), ("Infinity", "Infinity"), ("hex", "0x10"), ("thousands comma", "\"1,000\""),
                 ("leading space", " 5"), ("Arabic-Indic digits", "\u0661\u0662\u0660"), ("fullwidth", "\uff11\uff12"),
                 ("plus sign", "+5"), ("lone dot", ".")):
    d = dataset("val-" + label.replace(" ", "-"), "c1,emigrants,RU,2022,2022," + v + ",,,person,exact,statement,X,s1,q\n")
    case(f"value {label}: show json", ["show", d, "--format", "json"], {0, 2},
         out_must=lambda o: '"value" : 0' not in o and '"value":0' not in o)
d = dataset("lower-gt-upper", "c1,emigrants,RU,2022,2022,10,20,5,person,range,statement,X,s1,q\n")
case("lower above upper", ["check", d], {2}, must="claims.csv:2")

# ---- odd dates
for label, start, end in (("Feb 30", "2022-02-30", "2022-02-30"), ("year 0", "0000", "0000"), ("month 13", "2022-13", "2022-13"),
                          ("5-digit year", "99999", "99999"), ("negative year", "-5", "-5"), ("end before start", "2023", "2021"),
                          ("time of day", "2022-01-01T10:00", "2022-01-01"), ("slashes", "01/02/2022", "01/02/2022")):
    d = dataset("date-" + label.replace(" ", "-"),
                "c1,emigrants,RU," + start + "," + end + ",100,,,person,exact,statement,X,s1,q\n")
    case(f"period {label}: check", ["check", d], {2}, must="claims.csv:2")
d = dataset("pub-date")
write(os.path.join(d, "sources.csv"), "id,publisher,title,url,published,author,language,derived_from,document\n"
      "s1,Reuters,A title,,2023-02-29,,en,,\ns2,AP,Other,,2024-03,,en,,\n")
case("published 2023-02-29", ["show", d], {2}, must="sources.csv:2")
d = dataset("rate-date", "c1,spend,RU,2022,2022,100,,,USD,exact,statement,X,s1,q\n", rates="2024-02-30,USD,RUB,90,s1\n")
case("rate dated 2024-02-30", ["check", d], {2}, must="rates.csv:2")
f = text("feb30.txt", "On February 30, 2024 some 300 people left.")
case("extract 'February 30, 2024'", ["extract", f, "--format", "json"], {0, 2})
ok = text("ok.txt", "Some 300 people came.")
for y in ("-1", "10000", "abc", "99999999999"):
    case(f"extract --year {y}", ["extract", ok, "--year", y], {2}, must="year")

# ---- empty files, missing files, folders where files belong
d = dataset("empty-claims")
write(os.path.join(d, "claims.csv"), "")
every("empty claims.csv", d, {2}, must="claims.csv", report=False)
d = dataset("header-only", "")
every("claims.csv with only a header", d, {0, 2}, report=True)
d = dataset("empty-dp")
write(os.path.join(d, "datapackage.json"), "")
case("empty datapackage.json", ["check", d], {2}, must="datapackage.json")
d = dataset("deep-dp")
write(os.path.join(d, "datapackage.json"), "[" * 100000 + "]" * 100000)
case("datapackage.json nested 100,000 deep", ["show", d], {2}, must="datapackage.json")
d = dataset("array-dp")
write(os.path.join(d, "datapackage.json"), "[1, 2]")
case("datapackage.json an array", ["show", d], {2}, must="datapackage.json")
for missing in ("sources.csv", "indicators.csv", "datapackage.json", "claims.csv"):
    d = dataset("missing-" + missing)
    os.remove(os.path.join(d, missing))
    case(f"dataset without {missing}: check", ["check", d], {1, 2}, must=missing)
d = dataset("claims-dir")
os.remove(os.path.join(d, "claims.csv"))
os.mkdir(os.path.join(d, "claims.csv"))
case("claims.csv is a folder", ["show", d], {2}, must="claims.csv")
case("show a file, not a folder", ["show", os.path.join(d, "sources.csv")], {1, 2}, must="sources.csv")
empty = text("empty.txt", "")
case("extract an empty file", ["extract", empty, "--format", "json"], {0})
case("extract a folder", ["extract", ROOT + "/claims-dir", ok], {2}, must="claims-dir", out_must=lambda o: "300" in o)
case("extract --sources a folder", ["extract", ok, "--sources", ROOT, "--to-dataset", os.path.join(ROOT, "td-src")], {2},
     must=os.path.basename(ROOT))
fifo = os.path.join(ROOT, "fifo.txt")
os.mkfifo(fifo)
case("extract a named pipe", ["extract", fifo, ok], {2}, must="fifo.txt", timeout=60)
d = dataset("fifo-claims")
os.remove(os.path.join(d, "claims.csv"))
os.mkfifo(os.path.join(d, "claims.csv"))
case("claims.csv a named pipe", ["check", d], {2}, must="claims.csv", timeout=60)

# ---- symlinks
d = dataset("dangling")
os.remove(os.path.join(d, "indicators.csv"))
os.symlink("/nonexistent/indicators.csv", os.path.join(d, "indicators.csv"))
case("indicators.csv a dangling symlink", ["check", d], {2}, must="indicators.csv")
loop = os.path.join(ROOT, "loop.txt")
os.symlink(loop, loop)
case("extract a symlink loop", ["extract", loop, ok], {2}, must="loop.txt", out_must=lambda o: "300" in o)
d = dataset("linked-target")
link = os.path.join(ROOT, "link-to-dataset")
os.symlink(d, link)
case("report --out a symlink to a dataset folder", ["report", dataset("src1"), "--out", link], {2}, after=kept(d))
case("report DIR --out DIR/ (trailing slash and dot)", ["report", d, "--out", d + "/./"], {2}, after=kept(d))
case("extract --to-dataset a symlink to a dataset", ["extract", ok, "--to-dataset", link], {2}, after=kept(d))

# ---- unreadable (as nobody)
d = dataset("unreadable")
os.chmod(os.path.join(d, "claims.csv"), 0)
case("claims.csv unreadable", ["check", d], {2}, must="claims.csv", prefix=NOBODY)
secret = text("secret.txt", "Some 12 people.")
os.chmod(secret, 0)
case("extract an unreadable file beside a good one", ["extract", secret, ok], {2}, must="secret.txt",
     out_must=lambda o: "300" in o, prefix=NOBODY)
ro = os.path.join(ROOT, "readonly")
os.mkdir(ro)
os.chmod(ro, 0o555)
case("report --out in a read-only folder", ["report", dataset("src2"), "--out", ro + "/rep"], {2}, prefix=NOBODY)
case("extract --to-dataset in a read-only folder", ["extract", ok, "--to-dataset", ro + "/ds"], {2}, prefix=NOBODY)
case("chart --out in a read-only folder", ["chart", dataset("src3"), "--indicator", "emigrants", "--out", ro + "/c.png"],
     {2}, prefix=NOBODY)

# ---- datapackage.json that lies
d = dataset("lying")
write(os.path.join(d, "datapackage.json"), json.dumps({"name": "t", "title": "T", "licenses": [{"name": "CC0-1.0"}],
      "resources": [{"name": "claims", "path": "claims.csv", "schema": {"fields": [
          {"name": "id", "type": "string"}, {"name": "indicator", "type": "string"}, {"name": "amount", "type": "number"}]}}]}))
case("datapackage.json declares other claims.csv columns", ["check", d], {0, 2}, must="claims.csv")
d = dataset("lying-path")
write(os.path.join(d, "datapackage.json"), json.dumps({"name": "t", "title": "T", "licenses": [{"name": "CC0-1.0"}],
      "resources": [{"name": "claims", "path": "../../../etc/passwd"}]}))
case("datapackage.json resource path ../../../etc/passwd", ["show", d], {2}, must="datapackage.json")
d = dataset("lying-name")
write(os.path.join(d, "datapackage.json"), json.dumps({"name": "T T\u001b[31m", "licenses": [{"name": "CC0-1.0"}]}))
case("datapackage.json name with an escape", ["show", d], {2}, must="datapackage.json", out_must=inert)

# ---- duplicate ids
for file, content in (("sources.csv", "id,publisher,title,url,published,author,language,derived_from,document\n"
                                      "s1,Reuters,A,,2024-02,,en,,\ns2,AP,B,,2024-03,,en,,\ns1,AFP,C,,2024-03,,en,,\n"),
                      ("indicators.csv", "id,label,unit,aggregation,description\nemigrants,A,person,flow,\n"
                                         "spend,S,USD,flow,\nemigrants,B,person,stock,\n")):
    d = dataset("dup-" + file)
    write(os.path.join(d, file), content)
    case(f"duplicate id in {file}", ["check", d], {2}, must=file + ":4")
d = dataset("dup-claims", extra_claims="c1,emigrants,RU,2022,2022,5,,,person,exact,statement,Z,s1,q\n")
case("duplicate claim id", ["show", d], {2}, must="claims.csv:4")
d = dataset("dup-relations")
write(os.path.join(d, "relations.csv"), "id,expression,description\nr1,emigrants <= emigrants,\nr1,emigrants >= 0,\n")
case("duplicate relation id", ["check", d], {2}, must="relations.csv:3")

# ---- relations: huge, deep, long literals, bad
def relations(name, expression):
    d = dataset(name)
    write(os.path.join(d, "relations.csv"), "id,expression,description\nr1,\"" + expression.replace('"', '""') + "\",\n")
    return d


d = relations("rel-long", " + ".join(["emigrants"] * 20000) + " >= emigrants")
case("relation of 20,000 terms: check", ["check", d], {0, 2}, timeout=300)
d = relations("rel-deep", "(" * 200000 + "emigrants" + ")" * 200000 + " >= 0")
every("relation 200,000 brackets deep", d, {2}, must="relations.csv:2", report=True)
d = relations("rel-literal", "emigrants <= " + "9" * 500)
case("relation with a 500-digit literal", ["check", d], {2}, must="relations.csv:2")
d = relations("rel-tiny", "emigrants >= 0." + "0" * 330 + "1")
case("relation with a literal nearer 0 than a double", ["compare", d, "--indicator", "emigrants"], {2},
     must="relations.csv:2")
d = relations("rel-div0", "emigrants / 0 = emigrants")
case("relation dividing by 0", ["check", d], {0, 2})
d = relations("rel-esc", "emigrants <= x" + ESC)
every("relation naming an indicator with escapes", d, {2}, must="relations.csv:2", out_must=inert)
d = relations("rel-empty", "")
case("relation with an empty expression", ["show", d], {2}, must="relations.csv:2")
d = relations("rel-unknown-op", "emigrants => 5")
case("relation with '=>'", ["report", d, "--out", os.path.join(ROOT, "rel-op-report")], {2}, must="relations.csv:2")

# ---- extreme rates
for label, rate in (("zero", "0"), ("negative", "-90"), ("NaN", "NaN"), ("1e308", "1" + "0" * 308),
                    ("1e-300", "0." + "0" * 299 + "1")):
    d = dataset("rate-" + label, "c1,spend,RU,2024,2024,100,,,USD,exact,statement,X,s1,q\n"
                "c2,spend,RU,2024,2024,9000,,,RUB,exact,statement,Y,s2,q\n", rates="2024-02-01,USD,RUB," + rate + ",s1\n")
    case(f"rate {label}: compare", ["compare", d, "--indicator", "spend", "--format", "json"], {0, 2},
         out_must=lambda o: "Infinity" not in o and "NaN" not in o)
    case(f"rate {label}: check", ["check", d, "--format", "json"], {0, 2},
         out_must=lambda o: "Infinity" not in o and "NaN" not in o)
d = dataset("huge-times-huge", "c1,spend,RU,2024,2024,1" + "0" * 300 + ",,,USD,exact,statement,X,s1,q\n"
            "c2,spend,RU,2024,2024,5,,,RUB,exact,statement,Y,s2,q\n", rates="2024-02-01,USD,RUB,1" + "0" * 100 + ",s1\n")
for cmd in (["compare", d, "--indicator", "spend", "--format", "json"], ["check", d, "--format", "json"],
            ["report", d, "--out", os.path.join(ROOT, "hh-report")]):
    case("1e300 USD at 1e100 RUB per USD: " + cmd[0], cmd, {0, 2},
         out_must=lambda o: "Infinity" not in o and "NaN" not in o)

# ---- control characters in every field, every command and format
esc = dataset("esc-all", "c1,emigrants" + ",RU" + ESC + ",2022,2022,100000,,,person,exact,statement,X" + ESC + ",s1,\"q"
              + ESC + "\"\nc2,emigrants,RU,2022,2022,300000,,,person,exact,statement,Y,s2,\"q2" + ESC + "\"\n")
write(os.path.join(esc, "sources.csv"), "id,publisher,title,url,published,author,language,derived_from,document\n"
      "s1,\"Reu" + ESC + "\",\"T" + ESC + "\",https://x.org/" + ESC + ",2024-02,\"A" + ESC + "\",en,,\n"
      "s2,AP,Other,,2024-03,,en,,\n")
write(os.path.join(esc, "indicators.csv"), "id,label,unit,aggregation,description\nemigrants,\"IT" + ESC + "\",person,flow,\"d"
      + ESC + "\"\nspend,Spending,USD,flow,\n")
write(os.path.join(esc, "datapackage.json"), json.dumps({"name": "t", "title": "T" + ESC, "description": "D" + ESC,
                                                          "licenses": [{"name": "CC0-1.0"}]}))
every("escapes in every field", esc, {0}, out_must=inert)
case("escapes: chart", ["chart", esc, "--indicator", "emigrants", "--out", os.path.join(ROOT, "esc.svg")], {0},
     out_must=inert, after=lambda: [] if "\x1b" not in open(os.path.join(ROOT, "esc.svg"), encoding="utf-8",
                                                              errors="replace").read() else ["ESC in SVG"])
case("escapes: an unknown indicator named with escapes", ["show", esc, "--indicator", "x" + ESC], {2},
     must="x", after=lambda: [])
code, out, err, _ = run(["show", esc, "--indicator", "x" + ESC])
good = inert(err) and "65533" not in err and "no indicator 'x" in err
results.append(("escapes in an argument echoed on stderr", good))
print(("PASS" if good else "FAIL") + "  escapes in an argument echoed on stderr | " + err[:80])
f = text("esc.txt", "Some 300 people" + ESC + " left, and 5\x1b[2J000 more.")
for fmt in ("table", "json"):
    case(f"escapes in a text: extract {fmt}", ["extract", f, "--format", fmt], {0}, out_must=inert)
fe = text("name\x1b[31m.txt", "x")
case("escape in a file name: extract missing", ["extract", fe + "-missing"], {2}, out_must=inert,
     after=lambda: [])

# ---- text encodings for extract
for label, data in (("UTF-16 with BOM", "Some 12\u00a0000 personnes.".encode("utf-16")),
                    ("UTF-16LE without BOM", "Some 12000 people.".encode("utf-16-le")),
                    ("PNG bytes", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
                    ("UTF-8 with BOM", "\ufeffSome 300 people.".encode("utf-8"))):
    f = text("enc-" + label.replace(" ", "-") + ".txt", data)
    case(f"extract {label}", ["extract", f, "--format", "json"], {0, 2},
         out_must=lambda o: '"value" : 0,' not in o and '"value" : 0\n' not in o and '"value" : 12,' not in o)
l1 = text("latin1-euro.txt", "Il a co\u00fbt\u00e9 12\u00a0000\u00a0\u20ac.", "cp1252")
case("extract --charset windows-1252", ["extract", l1, "--charset", "windows-1252", "--format", "json"], {0},
     out_must=lambda o: "12000" in o)
case("extract --charset bogus", ["extract", l1, "--charset", "no-such-charset"], {2}, must="no-such-charset")
for label, s in (("Arabic-Indic", "\u0661\u0662\u0660\u0660\u0660 people left."), ("fullwidth", "\uff11\uff12\uff10\uff10 people."),
                 ("ZWSP", "It hired 12\u200b000 workers."), ("thin space group", "It hired 12\u2009000 workers."),
                 ("narrow nbsp", "It hired 12\u202f000 workers."), ("Greek omicron", "It hired 5,\u039f00 workers."),
                 ("combining under 0", "It hired 12,00\u03030 workers."), ("RTL mark", "It hired 12\u200f000 workers.")):
    f = text("mix-" + label.replace(" ", "-") + ".txt", s)
    case(f"extract {label} in a number", ["extract", f, "--format", "json"], {0, 2},
         out_must=lambda o: '"value" : 0,' not in o and '"value" : 0\n' not in o and '"value" : 00' not in o
         and '"value" : 12,' not in o and '"value" : 5,' not in o and '"value" : 000' not in o)
f = text("longline.txt", "1" * 3_000_000 + " people and " + "7," * 500_000 + "5 more.")
case("extract a 4 MB line of one number", ["extract", f, "--format", "json"], {0, 2}, timeout=300)
f = text("longline-cr.txt", "\r".join("Some %d people came." % i for i in range(50000)))
case("extract 50,000 CR-only lines", ["extract", f, "--format", "table"], {0}, out_must=lambda o: "49999" in o)

# ---- reports, drafts and charts into bad places
regular = text("precious.txt", "keep me")
case("report --out /dev/null", ["report", dataset("src4"), "--out", "/dev/null"], {2})
case("report --out under a regular file", ["report", dataset("src5"), "--out", regular + "/sub"], {2},
     after=lambda: [] if open(regular).read() == "keep me" else ["file overwritten"])
user = os.path.join(ROOT, "user-folder")
os.mkdir(user)
write(os.path.join(user, "notes.txt"), "mine")
write(os.path.join(user, "index.html"), "<p>my own page</p>")
case("report --out a folder with the user's own index.html", ["report", dataset("src6"), "--out", user], {2},
     must="index.html", after=lambda: [] if open(os.path.join(user, "index.html")).read() == "<p>my own page</p>"
     and os.path.exists(os.path.join(user, "notes.txt")) else ["the user's files lost"])
again = os.path.join(ROOT, "again")
case("report twice into one folder", ["report", dataset("src7"), "--out", again], {0})
case("report twice into one folder (the second)", ["report", dataset("src7"), "--out", again], {0})
ds = dataset("inside")
case("report --out a folder inside the dataset", ["report", ds, "--out", ds + "/report"], {0, 2}, after=kept(ds))
case("chart --out the dataset's claims.csv", ["chart", ds, "--indicator", "emigrants", "--out", ds + "/claims.csv"], {2},
     after=kept(ds))
case("chart --out an existing folder", ["chart", ds, "--indicator", "emigrants", "--out", ROOT], {2})
case("chart --out a .png that is a folder", ["chart", ds, "--indicator", "emigrants", "--out", user + ".png"]
     if os.makedirs(user + ".png", exist_ok=True) is None else [], {2})
target = dataset("existing-target")
case("extract --to-dataset onto an existing dataset without --merge", ["extract", ok, "--to-dataset", target], {2},
     after=kept(target))
case("extract --to-dataset onto a regular file", ["extract", ok, "--to-dataset", regular], {2},
     after=lambda: [] if open(regular).read() == "keep me" else ["file overwritten"])
case("extract --to-dataset a folder of the user's files", ["extract", ok, "--to-dataset", user], {0},
     after=lambda: [] if open(os.path.join(user, "notes.txt")).read() == "mine" else ["notes.txt lost"])
case("extract --to-dataset --merge into a broken dataset", ["extract", ok, "--to-dataset", ROOT + "/rel-deep", "--merge"],
     {2}, after=kept(ROOT + "/rel-deep"))
case("check --checks no-such-check", ["check", ds, "--checks", "no-such-check"], {2}, must="no-such-check")
case("compare --entity typo", ["compare", ds, "--indicator", "emigrants", "--entity", "RUU"], {2}, must="RUU")
case("unknown option", ["show", ds, "--colour"], {2}, must="--colour")

# ---- interrupted writes and a full disk
def interrupted(name, args, out_dir, check):
    """Kills the command after a moment and checks that what it was writing is whole or absent."""
    p = subprocess.Popen(["java", "-Djava.awt.headless=true", "-jar", JAR] + args, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    time.sleep(2.5)
    p.send_signal(signal.SIGKILL)
    p.wait()
    problems = check()
    results.append((name, not problems))
    print(f"{'PASS' if not problems else 'FAIL'}  {name}  {'; '.join(problems)}")


big = dataset("big-for-kill", "".join("c%d,emigrants,RU,2022,2022,%d,,,person,exact,statement,X,s1,q\n" % (i, 1000 + i)
                                       for i in range(3, 40000)))
prev = os.path.join(ROOT, "prev-report")
os.mkdir(prev)
write(os.path.join(prev, "index.html"), "<p>the last report</p>")
interrupted("report killed mid-way keeps the previous report", ["report", big, "--out", prev], prev,
            lambda: [] if open(os.path.join(prev, "index.html")).read() == "<p>the last report</p>"
            or "</html>" in open(os.path.join(prev, "index.html")).read() else ["index.html half written"])
merge = dataset("merge-target")
long_text = text("long-article.txt", "Some 300 people came. " * 200000)
before = digest(merge)
interrupted("extract --to-dataset --merge killed mid-way", ["extract", long_text, "--to-dataset", merge, "--merge"], merge,
            lambda: [] if run(["check", merge])[0] == 0 else ["dataset no longer loads"])
code = subprocess.run("java -jar %s extract %s --format json > /dev/full" % (JAR, ok), shell=True,
                      capture_output=True).returncode
err = subprocess.run("java -jar %s extract %s --format json > /dev/full" % (JAR, ok), shell=True,
                     capture_output=True).stderr.decode()
results.append(("extract onto a full disk (/dev/full)", code == 2 and not stack(err)))
print(("PASS" if code == 2 and not stack(err) else "FAIL") + f"  extract onto a full disk (/dev/full) exit {code} | {err[:100]}")
code = subprocess.run("java -jar %s check %s --format json > /dev/full" % (JAR, ds), shell=True,
                      capture_output=True).returncode
results.append(("check onto a full disk (/dev/full)", code == 2))
print(("PASS" if code == 2 else "FAIL") + f"  check onto a full disk (/dev/full) exit {code}")

if LARGE:
    dense = text("dense2.txt", ("12 3.5 7% 40 9 1,000 6 " * 1_000_000)[:20 * 1024 * 1024])
    case("extract 20 MB of mixed dense numbers at -Xmx512m (table)", ["extract", dense], {0}, heap="512m", timeout=1800)
    rows = []
    for i in range(100_000):
        rows.append("c%d,ind%d,RU,2022,2022,%d,,,person,exact,statement,X,s%d,q\n" % (i, i % 5000, 1000 + i, 1 + i % 2))
    d = dataset("wide")
    write(os.path.join(d, "claims.csv"), HEADER + "".join(rows))
    write(os.path.join(d, "indicators.csv"), "id,label,unit,aggregation,description\n"
          + "".join("ind%d,Indicator %d,person,flow,\n" % (i, i) for i in range(5000)))
    out = os.path.join(ROOT, "wide-report")
    case("report of 100k claims over 5,000 indicators at -Xmx1g", ["report", d, "--out", out], {0}, heap="1g",
         timeout=1800, after=lambda: [] if len(os.listdir(os.path.join(out, "charts"))) <= 400 else
         ["%d chart files" % len(os.listdir(os.path.join(out, "charts")))])

summary()
