#!/usr/bin/env python3
"""Runs issue 19's hostile, careless and large inputs through the CLI jar and says which pass.

    python3 bench/hostile/cases.py [JAR]        (default target/claimstat-cli.jar)
    python3 bench/hostile/cases.py JAR --large  (also the large cases: 20 MB extract, 2M-claim check)

A case passes when the command exits with a documented code (0 to 5) that fits what was wrong, prints no Java
stack trace, names what was wrong, and leaves no file lost or half written. Prints one line per case and
'N passed, N failed'.
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import *  # noqa: F401,F403 (JAR, LARGE, HEADER, ROOT, dataset, text, run, case)

ESC = "\x1b]0;pwned\x07\x1b[2J\x1b[31m"
NO_ESC = lambda out: "\x1b" not in out and "\x07" not in out

big = "2" + "0" * 308
d = dataset("big", "c1,emigrants,RU,2022,2022," + big + ",,,person,exact,statement,X,s1,q\n")
for cmd in (["show"], ["check"], ["compare", "--indicator", "emigrants"]):
    case("2e308 value: " + cmd[0], [cmd[0], d] + cmd[1:], {2}, must="claims.csv:2")
case("2e308 value: report", ["report", d, "--out", os.path.join(ROOT, "big-report")], {2}, must="claims.csv:2")
d = dataset("near2p54", "c1,emigrants,RU,2022,2022,18014398509481985,,,person,nearly,statement,X,s1,q\n")
case("nearly 18014398509481985: show", ["show", d], {0, 2})
case("nearly 18014398509481985: check", ["check", d], {0, 2})
d = dataset("tiny", "c1,emigrants,RU,2022,2022,0." + "0" * 400 + "1,,,person,nearly,statement,X,s1,q\n")
case("nearly 0.000...1: show", ["show", d], {0, 2})
case("nearly 0.000...1: report", ["report", d, "--out", os.path.join(ROOT, "tiny-report")], {0, 2})
d = dataset("nines", "c1,emigrants,RU,2022,2022," + "9" * 1_000_000 + ",,,person,exact,statement,X,s1,q\n")
case("a million nines", ["check", d], {2}, must="claims.csv:2")
d = dataset("rate", "c1,spend,RU,2022,2022,100,,,USD,exact,statement,X,s1,q\n",
            rates="2024-02-01,USD,RUB,0." + "0" * 400 + "1,s1\n")
case("extreme rate", ["check", d], {0, 2})
f = text("p2p54.txt", "There were nearly 18014398509481985 people.")
case("extract nearly 18014398509481985 people", ["extract", f], {0, 2})
esc = dataset("esc", "c1,emigrants,RU,2022,2022,100000,,,person,exact,statement,X" + ESC + ",s1,\"q" + ESC + "\"\n"
              "c2,emigrants,RU,2022,2022,200000,,,person,exact,statement,Y" + ESC + ",s2,\"q2" + ESC + "\"\n")
case("escapes: check table", ["check", esc], {0}, out_must=NO_ESC)
case("escapes: check markdown", ["check", esc, "--format", "markdown"], {0}, out_must=NO_ESC)
case("escapes: compare table", ["compare", esc, "--indicator", "emigrants"], {0}, out_must=NO_ESC)
f = text("latin1.txt", "Au total, 12\u00a0000 personnes et 5\u00a0000\u00a0\u20ac.", "cp1252")
case("extract Latin-1 file", ["extract", f], {2}, must="byte")
f = text("zwj.txt", "The firm hired 12\u200d000 workers.")
case("extract ZWJ in a number", ["extract", f, "--format", "json"], {0, 2},
     out_must=lambda o: '"value" : 0' not in o and '"value" : 000' not in o and '"value" : 12,' not in o)
f = text("cyr.txt", "The firm hired 5,\u041e00 workers.")
case("extract Cyrillic O in a number", ["extract", f, "--format", "json"], {0, 2},
     out_must=lambda o: '"value" : 0' not in o and '"value" : 00' not in o)
f = text("wj.txt", "It cost 3\u2060500 dollars and 4\u00ad000 jobs, 7\ufeff000 and 1\u0301000 people.")
case("extract word joiner, soft hyphen, BOM, combining mark", ["extract", f, "--format", "json"], {0, 2},
     out_must=lambda o: '"value" : 0,' not in o and '"value" : 500' not in o and '"value" : 000' not in o)
ok = text("ok.txt", "Some 300 people came.")
bad = text("took.txt", "It took 28.9s to load.")
case("extract 'took 28.9s' beside a good file", ["extract", ok, bad, "--format", "json"], {0, 2},
     out_must=lambda o: '"doc" : "ok"' in o)
case("extract missing file among several", ["extract", os.path.join(ROOT, "missing.txt"), ok], {2},
     must="missing.txt", out_must=lambda o: "ok" in o)
case("extract --year 0", ["extract", ok, "--year", "0"], {2}, must="year")
regular = text("regular-file", "keep me")
case("report --out onto a regular file", ["report", dataset("r1"), "--out", regular], {2},
     after=lambda: [] if open(regular).read() == "keep me" else ["file overwritten"])
case("report --out into a read-only place", ["report", dataset("r2"), "--out", "/proc/claimstat-report"], {2})
d = dataset("self")
case("report DIR --out DIR", ["report", d, "--out", d], {2},
     after=lambda: [] if open(os.path.join(d, "claims.csv")).read().startswith(HEADER) else ["claims.csv overwritten"])
d = dataset("dupe-rates", "c1,spend,RU,2024,2024,100,,,USD,exact,statement,X,s1,q\n",
            rates="2024-02-01,USD,RUB,90,s1\n2024-02-01,USD,RUB,95,s1\n")
case("duplicate rates for one day", ["check", d], {2}, must="rates.csv:3")
case("show --indicator typo", ["show", dataset("typo"), "--indicator", "emigrnts"], {2}, must="emigrnts")
d = dataset("field", "c1,emigrants,RU,2022,2022,1,,,person,exact,statement,X,s1,\"" + "x" * (17 * 1024 * 1024) + "\"\n")
case("a 17 MiB field", ["show", d], {2}, must="claims.csv")

if LARGE:
    dense = text("dense.txt", ("1 2 3 4 5 6 7 8 9 " * 1_200_000)[:20 * 1024 * 1024])
    start = time.time()
    case("extract 20 MB of dense numbers at -Xmx512m", ["extract", dense, "--format", "json"], {0}, heap="512m")
    lines = ["c%d,emigrants,RU,2022,2022,%d,,,person,exact,statement,X,s1,q\n" % (i, 1000 + i) for i in range(2_000_000)]
    d = dataset("two-million", "".join(lines))
    case("check 2M claims at -Xmx1g", ["check", d], {0, 4}, heap="1g")

summary()
