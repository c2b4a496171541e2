#!/usr/bin/env python3
"""SIGINT becomes KeyboardInterrupt at a safe point, promptly.

Run by tools/torture.sh (a script test cannot signal itself):

    python3 tests/hardening/_sigint_check.py MINNOW [-v]

Each check starts `MINNOW -c SOURCE`, sends SIGINT after a delay and looks
at how the process ended and how long it took after the signal. A check
with `ready` waits until its program writes that line to stderr (after
building its data) before the delay starts, so the signal lands in the
long builtin under test (sorting, big-int arithmetic...): each of those
is repeated until the signal comes, so a fast machine cannot finish the
work before the signal is sent. Prints one line
per failing check (every check with -v, with its latency) and ends with
"N passed, N failed".
"""

import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field

LATENCY = 2.0     # seconds from the signal to the exit
DELAY = 0.6       # seconds before the signal: the program is well under way
TIMEOUT = 60.0


@dataclass
class Check:
    name: str
    source: str
    args: tuple = ()
    signals: int = 1            # SIGINTs to send, DELAY apart
    want_rc: int = 1
    want_err: str = "KeyboardInterrupt"
    want_out: str | None = None
    stdin_pipe: bool = False    # leave stdin open (a blocked input())
    ready: str = ""             # wait for this line on stderr before the delay
    extra: dict = field(default_factory=dict)


BIG = ("-X", "heapsize=256M")
READY = "import sys\nsys.stderr.write('ready\\n')\n"

# The interrupted sorts catch KeyboardInterrupt and check that the list still
# holds every item (the sums are exact: small ints, or math.fsum of floats).
SORT_FLOATS = """import math
N = 6 * 10**6
l = [((i * 2654435761) % 1000003) * 0.5 for i in range(N)]
s = math.fsum(l)
""" + READY + """try:
    while True:
        m = l.copy()
        m.sort()
except KeyboardInterrupt:
    print(len(m) == N, math.fsum(m) == s)
"""
SORT_KEY = """N = 4 * 10**6
l = [(i * 2654435761) % 1000003 for i in range(N)]
s = sum(l)
""" + READY + """try:
    while True:
        m = l.copy()
        m.sort(key=float)
except KeyboardInterrupt:
    print(len(m) == N, sum(m) == s, type(m[N // 2]).__name__)
"""
SORT_LT = """class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
N = 10**6
l = [K((i * 2654435761) % 1000003) for i in range(N)]
s = sum(k.v for k in l)
""" + READY + """try:
    while True:
        m = l.copy()
        m.sort()
except KeyboardInterrupt:
    print(len(m) == N, sum(k.v for k in m) == s)
"""
SORTED_LAMBDA = """l = [(i * 2654435761) % 1000003 for i in range(4 * 10**6)]
""" + READY + "while True:\n    sorted(l, key=lambda v: -v)\n"

CHECKS = [
    Check("while loop", "while True: pass"),
    Check("for over range", "for i in range(10**12): pass"),
    Check("loop in a function", "def f():\n    while True:\n        pass\nf()"),
    Check("caught, then the program goes on",
          "try:\n    while True: pass\nexcept KeyboardInterrupt:\n    print('caught')\n"
          "print('after', sum(range(10)))",
          want_rc=0, want_err="", want_out="caught\nafter 45\n"),
    Check("caught twice",
          "for k in range(2):\n    try:\n        while True: pass\n    except KeyboardInterrupt:\n"
          "        print('caught', k)\nprint('done')",
          signals=2, want_rc=0, want_err="", want_out="caught 0\ncaught 1\ndone\n"),
    Check("recursion without loops",
          "def f(n):\n    return 0 if n == 0 else f(n - 1) + f(n - 1)\nf(60)"),
    Check("generator", "def g():\n    while True:\n        yield 1\nfor x in g(): pass"),
    Check("finally runs", "try:\n    while True: pass\nfinally:\n    print('finally')",
          want_out="finally\n"),
    Check("time.sleep", "import time\ntime.sleep(100)"),
    Check("time.sleep_ms", "import time\ntime.sleep_ms(100000)"),
    Check("input() waiting", "input()", stdin_pipe=True),
    Check("input() caught", "try:\n    input()\nexcept KeyboardInterrupt:\n    print('caught')",
          stdin_pipe=True, want_rc=0, want_err="", want_out="caught\n"),
    Check("sys.stdin.readline() waiting", "import sys\nsys.stdin.readline()", stdin_pipe=True),
    Check("sys.stdin.read() waiting", "import sys\nsys.stdin.read()", stdin_pipe=True),
    Check("sum over range", "sum(range(10**15))"),
    Check("min over range", "min(range(10**15))"),
    Check("all over map", "all(map(abs, range(1, 10**15)))"),
    Check("any over a generator", "any(x < 0 for x in range(10**15))"),
    Check("in over an iterator", "10**15 + 1 in iter(range(10**15))"),
    Check("math.fsum", "import math\nmath.fsum(range(10**15))"),
    Check("deque with maxlen", "import collections\ncollections.deque(range(10**15), 1)"),
    Check("set.difference_update over range", "set().difference_update(range(10**15))"),
    # A big heap takes a while to set up (with ASan above all): these wait
    # until the program runs.
    Check("list(range(...))", READY + "while True:\n    x = list(range(10**7))", ("-X", "heapsize=512M"), ready="ready"),
    Check("set(map(...))", READY + "while True:\n    x = set(map(abs, range(10**7)))", ("-X", "heapsize=1024M"), ready="ready"),
    # A join needs all its items first (as in CPython), so a join of an
    # endless generator ends in MemoryError: the generator here is finite
    # and the join repeated.
    Check("str.join of a generator", "while True:\n    ''.join(str(i) for i in range(10**4))"),
    Check("sorted with a Python key function", SORTED_LAMBDA, BIG, ready="ready"),
    Check("sorting a large list", SORT_FLOATS, ("-X", "heapsize=512M"), ready="ready",
          want_rc=0, want_err="", want_out="True True\n"),
    Check("sort with a builtin key function", SORT_KEY, ("-X", "heapsize=512M"), ready="ready",
          want_rc=0, want_err="", want_out="True True int\n"),
    Check("sorting objects with __lt__", SORT_LT, ("-X", "heapsize=512M"), ready="ready",
          want_rc=0, want_err="", want_out="True True\n"),
    Check("big-int power", "while True:\n    x = 3 ** (2 * 10**7)", BIG),
    Check("big-int work after an interrupted one",
          "try:\n    while True:\n        x = 3 ** (2 * 10**7)\nexcept KeyboardInterrupt:\n"
          "    print(7**5000 // 3**3000 % 10**20, (2**2000 + 1) * 3**1000 % 1000003, str(3**9000)[-12:])",
          BIG, want_rc=0, want_err="",
          want_out="%d %d %s\n" % (7**5000 // 3**3000 % 10**20, (2**2000 + 1) * 3**1000 % 1000003,
                                   str(3**9000 % 10**12).zfill(12))),
    Check("big-int to str", "x = 7 ** 1500000\n" + READY + "while True:\n    str(x)", BIG, ready="ready"),
    Check("int from a long str", "s = '7' * 10**6\n" + READY + "while True:\n    int(s)", BIG, ready="ready"),
    Check("pow with a modulus", "e = 10**100000\n" + READY + "while True:\n    pow(3, e, 10**1000 + 7)", BIG, ready="ready"),
    # memchr over 800 MB finds a 'b' every other byte and never the needle:
    # the search itself has to poll.
    Check("bytes.find without a match", "x = b'ab' * (4 * 10**8)\n" + READY + "while True: x.find(b'bb')",
          ("-X", "heapsize=1024M"), ready="ready"),
    Check("bytes.count on a long string", "x = b'ab' * (2 * 10**8)\n" + READY + "while True: x.count(b'ba')",
          ("-X", "heapsize=1024M"), ready="ready"),
]


def wait_ready(p, marker):
    """Reads the child's stderr until the marker line; returns what it read."""
    got = b""
    end = time.monotonic() + TIMEOUT
    fd = p.stderr.fileno()
    while marker.encode() + b"\n" not in got and time.monotonic() < end:
        r, _, _ = select.select([fd], [], [], 0.5)
        if r:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            got += chunk
    return got


def run(minnow, check):
    stdin = subprocess.PIPE if check.stdin_pipe else subprocess.DEVNULL
    p = subprocess.Popen([minnow, *check.args, "-c", check.source], stdin=stdin,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    sent_at = None
    early_err = b""
    try:
        if check.ready:
            early_err = wait_ready(p, check.ready)
        for _ in range(check.signals):
            time.sleep(DELAY)
            if p.poll() is not None:
                break
            sent_at = time.monotonic()
            p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        out, err = p.communicate()
        return None, out.decode(errors="replace"), (early_err + err).decode(errors="replace"), TIMEOUT, sent_at is not None
    latency = time.monotonic() - sent_at if sent_at is not None else 0.0
    err = early_err + err
    if check.ready:
        err = err.replace(check.ready.encode() + b"\n", b"", 1)
    return p.returncode, out.decode(errors="replace"), err.decode(errors="replace"), latency, sent_at is not None


def judge(check, rc, out, err, latency, signalled):
    """Returns a list of problems (empty when the check passed)."""
    problems = []
    if not signalled:
        problems.append("the program ended before the signal")
    if rc is None:
        problems.append("did not exit within %ds" % TIMEOUT)
    elif rc < 0:
        problems.append("killed by signal %d" % -rc)
    elif rc != check.want_rc:
        problems.append("exit %d, want %d" % (rc, check.want_rc))
    if check.want_err and check.want_err not in err:
        problems.append("no %s on stderr" % check.want_err)
    if "Sanitizer" in err or "runtime error:" in err:
        problems.append("sanitizer report")
    if check.want_out is not None and out != check.want_out:
        problems.append("stdout %r, want %r" % (out, check.want_out))
    if latency > LATENCY:
        problems.append("answered %.1fs after the signal" % latency)
    return problems


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: _sigint_check.py MINNOW [-v]")
    minnow = sys.argv[1]
    verbose = "-v" in sys.argv[2:]
    passed = failed = 0
    for check in CHECKS:
        rc, out, err, latency, signalled = run(minnow, check)
        problems = judge(check, rc, out, err, latency, signalled)
        if not problems:
            passed += 1
            if verbose:
                print("pass %s (%.2fs)" % (check.name, latency))
        else:
            failed += 1
            print("FAIL %s (%.2fs): %s" % (check.name, latency, "; ".join(problems)))
            for line in err.strip().splitlines()[-6:]:
                print("    " + line)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
