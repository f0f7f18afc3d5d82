"""Shared helpers of the hostile-input suites (cases.py, odd_cases.py): datasets and texts in a scratch folder, one
CLI run per case, and the rule a case passes by (a documented exit code that fits, no stack trace, what was wrong
named, no file lost)."""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

JAR = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else
                      "target/claimstat-cli.jar")
LARGE = "--large" in sys.argv
HEADER = "id,indicator,entity,period_start,period_end,value,lower,upper,unit,hedge,kind,claimant,source,quote\n"
ROOT = tempfile.mkdtemp(prefix="hostile-")
results = []


def dataset(name, claims=None, rates=None, extra_claims=""):
    d = os.path.join(ROOT, name)
    os.makedirs(d, exist_ok=True)
    w = lambda f, t: open(os.path.join(d, f), "w", encoding="utf-8").write(t)
    w("datapackage.json", '{"name": "t", "title": "T", "licenses": [{"name": "CC0-1.0"}]}\n')
    w("sources.csv", "id,publisher,title,url,published,author,language,derived_from,document\n"
      "s1,Reuters,A title,,2024-02,,en,,\ns2,AP,Other,,2024-03,,en,,\n")
    w("indicators.csv", "id,label,unit,aggregation,description\nemigrants,IT workers who left,person,flow,\n"
      "spend,Spending,USD,flow,\n")
    w("claims.csv", HEADER + (claims or "c1,emigrants,RU,2022,2022,100000,,,person,approximately,statement,X,s1,q\n"
                              "c2,emigrants,RU,2022,2022,120000,,,person,exact,statement,Y,s2,q2\n") + extra_claims)
    if rates is not None:
        w("rates.csv", "date,base,quote,rate,source\n" + rates)
    return d


def text(name, content, encoding="utf-8"):
    p = os.path.join(ROOT, name)
    with open(p, "wb") as f:
        f.write(content if isinstance(content, bytes) else content.encode(encoding))
    return p


def run(args, heap=None, timeout=600, prefix=()):
    cmd = list(prefix) + ["java"] + ([f"-Xmx{heap}"] if heap else []) + ["-Djava.awt.headless=true", "-jar", JAR] + args
    t = time.time()
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), time.time() - t
    except subprocess.TimeoutExpired:
        return -1, "", "timeout", time.time() - t


def stack(s):
    return "\tat " in s or "Exception in thread" in s


def case(name, args, codes, must=None, heap=None, after=None, out_must=None, prefix=(), timeout=600):
    code, out, err, secs = run(args, heap, timeout, prefix)
    problems = []
    if code not in codes:
        problems.append(f"exit {code}, expected {sorted(codes)}")
    if stack(err) or stack(out):
        problems.append("stack trace")
    for m in ([must] if isinstance(must, str) else must or []):
        if m not in err:
            problems.append(f"stderr lacks {m!r}")
    if out_must and not out_must(out):
        problems.append("output wrong")
    if after:
        problems += after()
    results.append((name, not problems))
    first = (err.strip().splitlines() or [""])[0][:110]
    print(f"{'PASS' if not problems else 'FAIL'}  {name}  ({secs:.1f}s, exit {code}) {'; '.join(problems)} | {first}")


def json_ok(out):
    """Whether a command's output is one JSON document."""
    try:
        json.loads(out)
        return True
    except ValueError:
        return False


def write(path, content, encoding="utf-8"):
    with open(path, "wb") as f:
        f.write(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def digest(folder):
    """The bytes of every file under folder, to tell that nothing was lost or changed."""
    h = {}
    for dirpath, _, files in os.walk(folder):
        for f in files:
            p = os.path.join(dirpath, f)
            if os.path.isfile(p):
                h[os.path.relpath(p, folder)] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return h


def kept(folder):
    before = digest(folder)
    return lambda: [] if digest(folder) == before else ["files of " + os.path.basename(folder) + " changed or lost"]


def summary():
    """Prints 'N passed, N failed', removes the scratch folder and returns the number failed."""
    passed = sum(1 for _, ok in results if ok)
    print(f"{passed} passed, {len(results) - passed} failed")
    shutil.rmtree(ROOT, ignore_errors=True)
    return len(results) - passed
