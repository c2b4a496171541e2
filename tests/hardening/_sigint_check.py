#!/usr/bin/env python3
"""SIGINT becomes KeyboardInterrupt at a safe point, promptly.

Run by tools/torture.sh (a script test cannot signal itself):

    python3 tests/hardening/_sigint_check.py MINNOW [-v]

Each check starts `MINNOW -c SOURCE`, sends SIGINT after a delay and looks
at how the process ended and how long it took after the signal. A check
marked `slow_builtin` exercises a builtin whose file is not the VM's (big
ints, list sorting...): if it answers late it is counted as "xfail", with
the file to fix, not as a failure. Prints one line per check and ends with
"xfail: K" and "N passed, N failed".
"""

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field

LATENCY = 2.0     # seconds from the signal to the exit, for the VM's own checks
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
    slow_builtin: str = ""      # file whose loop has no interrupt check yet
    extra: dict = field(default_factory=dict)


BIG = ("-X", "heapsize=256M")

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
    Check("sum over range", "sum(range(10**15))"),
    Check("min over range", "min(range(10**15))"),
    Check("all over map", "all(map(abs, range(1, 10**15)))"),
    Check("any over a generator", "any(x < 0 for x in range(10**15))"),
    Check("in over an iterator", "10**15 + 1 in iter(range(10**15))"),
    Check("math.fsum", "import math\nmath.fsum(range(10**15))"),
    Check("deque with maxlen", "import collections\ncollections.deque(range(10**15), 1)"),
    Check("sort with a key function", "sorted(range(5 * 10**6), key=lambda v: -v)", BIG),
    Check("str.join of a generator", "''.join(str(i) for i in range(10**15))"),
    # Long loops inside builtins of other files: interrupted only when the
    # builtin returns unless that file checks check_interrupt().
    Check("big-int power", "x = 3 ** (2 * 10**7)", BIG, slow_builtin="src/util/bignum.cpp"),
    Check("big-int to str", "x = str(7 ** 1500000)", BIG, slow_builtin="src/util/bignum.cpp / src/obj/int.cpp"),
    Check("sorting a large list", "l = list(range(10**7, 0, -1))\nl.sort()\nl.sort(reverse=True)\nl.sort()",
          ("-X", "heapsize=512M"), slow_builtin="src/obj/list.cpp"),
    Check("list(range(...))", "x = list(range(10**9))", ("-X", "heapsize=2048M"),
          slow_builtin="src/obj/list.cpp"),
    Check("bytes.count on a long string", "x = b'ab' * (2 * 10**8)\nfor i in range(20): x.count(b'ba')",
          ("-X", "heapsize=1024M"), slow_builtin="src/obj/bytes.cpp"),
]


def run(minnow, check):
    stdin = subprocess.PIPE if check.stdin_pipe else subprocess.DEVNULL
    p = subprocess.Popen([minnow, *check.args, "-c", check.source], stdin=stdin,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    sent_at = None
    try:
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
        return None, out.decode(errors="replace"), err.decode(errors="replace"), TIMEOUT, sent_at is not None
    latency = time.monotonic() - sent_at if sent_at is not None else 0.0
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
    passed = failed = xfail = 0
    for check in CHECKS:
        rc, out, err, latency, signalled = run(minnow, check)
        problems = judge(check, rc, out, err, latency, signalled)
        if not problems:
            passed += 1
            if check.slow_builtin:
                print("XPASS %s (%.2fs): %s now checks for interrupts" % (check.name, latency, check.slow_builtin))
            elif verbose:
                print("pass %s (%.2fs)" % (check.name, latency))
        elif check.slow_builtin and signalled and rc is not None and rc >= 0 and "Sanitizer" not in err:
            xfail += 1
            print("xfail %s: %s (no interrupt check in %s)" % (check.name, "; ".join(problems), check.slow_builtin))
        else:
            failed += 1
            print("FAIL %s: %s" % (check.name, "; ".join(problems)))
            for line in err.strip().splitlines()[-6:]:
                print("    " + line)
    print("xfail: %d" % xfail)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
