#!/usr/bin/env python3
"""Torture runs of the script tests (tools/torture.sh builds and calls this).

Two modes, each one check per test:

  gc         the test runs with `-X gctorture=K`: a full collection before
             every K-th allocation (K = 1, every allocation, unless the test
             allocates more than --gc-max times: then K is the smallest step
             that keeps it to about --gc-max collections). Its output must be
             exactly what tests/run.py expects.

  failalloc  the test runs once with `-X failalloc=N` for each N from 1 to
             its allocation count A (measured first with -X allocstats): the
             N-th allocation of the program fails. A test with A above
             --fail-max gets every S-th N instead (S = ceil(A / fail-max),
             starting from an offset taken from the test's name, so that
             other failure points are covered when the limit is raised);
             --fail-max 0 means every N of every test, and a test with the
             line "# torture: fail every allocation" always gets every N
             (the regression tests of such bugs; with "..., same output"
             the test retries each step that runs out of memory, so a run
             that exits normally must print exactly the normal output).
             Each run must end
             cleanly: no crash, no sanitizer report, no hang, and either
               - the normal output and exit status, or
               - exit status 1 with a MemoryError traceback on stderr, and
                 stdout made of lines of the normal output, in order (what
                 the test printed before the failure, and what its finally
                 blocks and __exit__ methods printed on the way out), or
               - a handled MemoryError: stdout follows the normal output up to
                 a line that names MemoryError (the test caught and printed
                 it); what comes after is not compared. A test with a handler
                 that can catch MemoryError (bare except, or one naming
                 Exception, BaseException or MemoryError) may also end with
                 exit status 0 and any output; one without may not.

The defaults (--gc-max 2000, --fail-max 20) keep a run of every test in
both modes to about 10,000 starts of the interpreter (two to five minutes
on two cores, for CI): gc mode collects at every allocation in all but the
~20 biggest tests; failalloc tries every N in the tests that allocate at
most 20 times, and 20 points spread over the others (the median test
allocates about 65 times), a different sample in each test since the
start is taken from its name. The long run (--gc-max 0 --fail-max 0,
every allocation of every test) takes hours.

Every run checks stderr for AddressSanitizer/UBSan reports. A test whose
plain run (the allocstats run) does not give the expected output is skipped
here (tools/test reports it); so are tests that print SKIP and those in the
known-failures list.  Ends with "N passed, N failed" (one per test per
mode); the exit status is 1 when a check fails.
"""

import argparse
import concurrent.futures
import difflib
import math
import os
import re
import shutil
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import run  # noqa: E402  (tests/run.py: discovery, expected output, processes)

SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "AddressSanitizer:DEADLYSIGNAL",
                   "runtime error:", "UndefinedBehaviorSanitizer", "SUMMARY: ")
ALLOCS_RE = re.compile(r"^minnow: (\d+) allocations$", re.M)
SHOW_FAILURES = 3  # failing runs shown per test


class Scratch:
    """A private copy of the script-test folders for each worker thread, so
    that runs of one test at once (and runs cut short, which leave their
    temporary files behind) do not meet, and the tree is not written to.
    After each run, whatever it added to its folder is removed."""

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="minnow-torture-"))
        self.local = threading.local()
        self.count = 0
        self.lock = threading.Lock()

    def folder(self, test: Path) -> Path:
        if not hasattr(self.local, "base"):
            with self.lock:
                self.count += 1
                base = self.root / str(self.count)
            ignore = shutil.ignore_patterns("__pycache__", "unit", "pty")
            shutil.copytree(run.TESTS_DIR, base, ignore=ignore)
            self.local.base = base
            self.local.listing = {}
        folder = self.local.base / test.parent.relative_to(run.TESTS_DIR)
        if folder not in self.local.listing:
            self.local.listing[folder] = set(os.listdir(folder))
        return folder

    def clean(self, folder: Path):
        for entry in set(os.listdir(folder)) - self.local.listing[folder]:
            path = folder / entry
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)

    def remove(self):
        shutil.rmtree(self.root, ignore_errors=True)


SCRATCH = None


def minnow(opts, test, args, timeout):
    folder = SCRATCH.folder(test)
    try:
        return run.run_process([opts.minnow] + args + [test.name], folder, timeout)
    finally:
        SCRATCH.clean(folder)


# A test that says this gets every N in failalloc mode, whatever its
# allocation count (the regression tests of failed-allocation bugs).
EVERY_N_MARK = "# torture: fail every allocation"
# ... and, with this, a test that catches and retries (so any handled
# MemoryError must leave no trace): exit status 0 means the normal output.
SAME_OUTPUT_MARK = "# torture: fail every allocation, same output"

# A handler that can catch MemoryError: a bare except, or one naming
# Exception, BaseException or MemoryError.
BROAD_HANDLER_RE = re.compile(r"^\s*except\s*(:|\(?[^:#]*\b(Exception|BaseException|MemoryError)\b)", re.M)


def sanitizer_report(err: str) -> str | None:
    for line in err.splitlines():
        if any(m in line for m in SANITIZER_MARKS):
            return line.strip()
    return None


def last_line(text: str) -> str:
    lines = text.rstrip("\n").splitlines()
    return lines[-1] if lines else ""


def tail(text: str, n: int = 6) -> list[str]:
    return ["      " + x for x in text.rstrip("\n").splitlines()[-n:]]


def diff(want: str, out: str) -> list[str]:
    d = list(difflib.unified_diff(want.splitlines(), out.splitlines(), "expected", "minnow", lineterm="", n=1))
    return ["      " + x for x in d[:16]]


def crash_problem(got, err: str) -> str | None:
    """A hang, a death by signal or a sanitizer report."""
    if got.timed_out:
        return "timed out"
    if got.returncode is not None and got.returncode < 0:
        return f"killed by signal {-got.returncode}"
    rep = sanitizer_report(err)
    if rep:
        return f"sanitizer: {rep}"
    return None


def is_subsequence(got: list[str], want: list[str]) -> bool:
    """True when the lines of got appear in want in order (the program
    stopped, and only finally blocks and __exit__ methods printed on the way
    out); the last line of got may be cut short."""
    i = 0
    for k, line in enumerate(got):
        last = k == len(got) - 1
        while i < len(want) and not (want[i] == line or (last and want[i].startswith(line))):
            i += 1
        if i == len(want):
            return False
        i += 1
    return True


def judge_failalloc(got, want: str, broad: bool, same: bool) -> str | None:
    """None when a run with one failed allocation ended acceptably."""
    out, err = run.normalise(got.stdout), run.normalise(got.stderr)
    problem = crash_problem(got, err)
    if problem:
        return problem
    if got.returncode == 0 and out == want:
        return None
    if got.returncode == 0 and same:
        return "exit 0 but the output differs (the test retries what ran out of memory)"
    # A handled MemoryError: the first line that differs names it (or is the
    # exception printer's "<exception str() failed>": printing an exception
    # must not raise, so it says so instead, as CPython's does).
    want_lines, out_lines = want.splitlines(), out.splitlines()
    for i, line in enumerate(out_lines if not same else []):
        if i >= len(want_lines) or line != want_lines[i]:
            if "MemoryError" in line or "<exception str() failed>" in line:
                return None
            break
    if got.returncode == 1:
        if not last_line(err).startswith("MemoryError"):
            return f"exit 1 with {last_line(err)[:100]!r}, not MemoryError"
        if not is_subsequence(out_lines, want_lines):
            return "output is not a part of the normal output"
        return None
    if got.returncode == 0:
        if broad:
            return None  # caught by one of the test's own broad handlers
        return "wrong output and exit 0, but the test cannot catch MemoryError"
    return f"exit {got.returncode}"


class Report:
    """Collects the verdicts, one per test per mode."""

    def __init__(self):
        self.lock = threading.Lock()
        self.passed = 0
        self.failed = 0
        self.skipped = 0
        self.lines = []

    def verdict(self, mode, name, problems):
        with self.lock:
            if problems:
                self.failed += 1
                self.lines.append(f"FAIL {mode} {name}")
                for p in problems[:SHOW_FAILURES]:
                    self.lines += p
                if len(problems) > SHOW_FAILURES:
                    self.lines.append(f"    ... and {len(problems) - SHOW_FAILURES} more failing runs")
            else:
                self.passed += 1

    def skip(self, name, why, count, show=False):
        with self.lock:
            self.skipped += count
            if show:
                self.lines.append(f"skip {name}: {why}")


def parse_args(argv):
    ap = argparse.ArgumentParser(description="Torture runs of Minnow's script tests.")
    ap.add_argument("--minnow", required=True, help="the interpreter (an ASan+UBSan build)")
    ap.add_argument("--mode", choices=("gc", "failalloc", "all"), default="all")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--gc-max", type=int, default=2000,
                    help="collections per test in gc mode (default 2000; 0: every allocation)")
    ap.add_argument("--fail-max", type=int, default=20,
                    help="failalloc runs per test (default 20; 0: every N)")
    ap.add_argument("--timeout", type=float, default=60, help="seconds per process (default 60)")
    ap.add_argument("--python", default="python3", help="reference CPython")
    ap.add_argument("--known", default=str(run.DEFAULT_KNOWN), help="known-failures list (skipped)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("paths", nargs="*", help="tests or folders (default: all script tests)")
    return ap.parse_args(argv)


def main(argv=None):
    global SCRATCH
    opts = parse_args(argv)
    opts.minnow = str(Path(opts.minnow).resolve())
    tests = run.collect(opts.paths)
    SCRATCH = Scratch()
    try:
        return torture(opts, tests)
    finally:
        SCRATCH.remove()


def torture(opts, tests):
    _, known = run.read_known(Path(opts.known))
    report = Report()
    started = time.time()
    modes = ("gc", "failalloc") if opts.mode == "all" else (opts.mode,)

    # 1. The plain run under the torture build: allocation count and output.
    def probe(test):
        name = test.relative_to(run.TESTS_DIR).as_posix()
        if name in known:
            report.skip(name, "known failure", len(modes))
            return None
        want = run.expected_output(test, opts)
        if want.timed_out or (want.returncode or 0) < 0:
            report.skip(name, "reference run failed", len(modes), True)
            return None
        want_text = run.normalise(want.stdout)
        t0 = time.time()
        got = minnow(opts, test, ["-X", "allocstats"], opts.timeout)
        secs = time.time() - t0
        out, err = run.normalise(got.stdout), run.normalise(got.stderr)
        if out == "SKIP\n":
            report.skip(name, "SKIP", len(modes))
            return None
        m = ALLOCS_RE.search(err)
        if out != want_text or crash_problem(got, err) or not m:
            report.skip(name, "fails without torture (see tools/test)", len(modes), True)
            return None
        source = test.read_text(errors="replace")
        broad = bool(BROAD_HANDLER_RE.search(source))
        every_n = EVERY_N_MARK in source
        same = SAME_OUTPUT_MARK in source
        return (test, name, want_text, int(m.group(1)), secs, broad, every_n, same)

    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        probed = [p for p in pool.map(probe, tests) if p]
    print(f"probed {len(tests)} tests in {time.time() - started:.0f}s: {len(probed)} to torture", flush=True)

    # 2. The torture runs, as one flat list of jobs so every core stays busy.
    jobs = []  # (mode, index into probed, args)
    for i, (test, name, want, allocs, secs, broad, every_n, same) in enumerate(probed):
        if "gc" in modes:
            every = 1 if opts.gc_max <= 0 else max(1, math.ceil(allocs / opts.gc_max))
            jobs.append(("gc", i, ["-X", f"gctorture={every}"]))
        if "failalloc" in modes:
            if opts.fail_max <= 0 or allocs <= opts.fail_max or every_n:
                ns = range(1, allocs + 1)
            else:
                step = math.ceil(allocs / opts.fail_max)
                ns = range(1 + zlib.crc32(name.encode()) % step, allocs + 1, step)
            for n in ns:
                jobs.append(("failalloc", i, ["-X", f"failalloc={n}"]))
    # The slowest first, so that one does not finish alone at the end.
    jobs.sort(key=lambda j: -probed[j[1]][4] * (20 if j[0] == "gc" else 1))

    problems = {}  # (mode, i) -> list of problem reports
    pending = {}   # (mode, i) -> runs left
    for mode, i, _ in jobs:
        pending[(mode, i)] = pending.get((mode, i), 0) + 1
    lock = threading.Lock()
    runs = {"gc": 0, "failalloc": 0}

    def job(j):
        mode, i, args = j
        test, name, want, allocs, secs, broad, every_n, same = probed[i]
        got = minnow(opts, test, args, opts.timeout)
        if mode == "gc":
            out, err = run.normalise(got.stdout), run.normalise(got.stderr)
            p = crash_problem(got, err)
            if not p and (out != want or got.returncode != 0):
                p = f"output differs (exit {got.returncode})"
            detail = None if not p else [f"    {' '.join(args)}: {p}"] + diff(want, out) + tail(err)
        else:
            p = judge_failalloc(got, want, broad, same)
            detail = None if not p else (
                [f"    {' '.join(args)}: {p}"] + diff(want, run.normalise(got.stdout))
                + tail(run.normalise(got.stderr)))
        with lock:
            runs[mode] += 1
            key = (mode, i)
            if detail:
                problems.setdefault(key, []).append(detail)
            pending[key] -= 1
            done = pending[key] == 0
        if done:
            report.verdict(mode, name, problems.get(key, []))
            if opts.verbose:
                print(f"{'FAIL' if key in problems else 'ok  '} {mode} {name}", flush=True)

    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        list(pool.map(job, jobs))

    for line in report.lines:
        print(line)
    took = time.time() - started
    print(f"runs: gc {runs['gc']}, failalloc {runs['failalloc']}; {took:.0f}s")
    summary = f"{report.passed} passed, {report.failed} failed"
    if report.skipped:
        summary += f", {report.skipped} skipped"
    print(summary)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
