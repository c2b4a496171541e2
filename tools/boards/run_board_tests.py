#!/usr/bin/env python3
"""Run Minnow's script tests on the emulated boards.

Each board's firmware boots in QEMU with its UART on a pipe. Every test is
sent over the raw REPL (Ctrl-A; code; Ctrl-D -> "OK" output "\\x04" error
"\\x04>"), and its output is compared with the expected output exactly as
tests/run.py does it on unix (the discovery, the expected output and the
known-failures handling are tests/run.py's own). The board is reset before
each test (machine.reset()), so every test starts on a fresh interpreter as
it does in a fresh process on unix.

A test that cannot run on a board is counted as skipped, with the reason:
it printed SKIP, or it stopped with MemoryError or a RecursionError of the
parser (too big for the board's RAM or C stack), with an ImportError (a
module the board leaves out), or on a feature the board's build leaves out
(float, big ints). A timeout or a crash (a
fault report, QEMU dying) fails the test; the board is then restarted.

    tools/boards/run_board_tests.py                   # every board, every test
    tools/boards/run_board_tests.py --board microbit basics/001_print.py
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import select
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.dont_write_bytecode = True  # keep __pycache__ out of tests/
sys.path.insert(0, str(REPO / "tests"))
import run as testrun  # noqa: E402  (tests/run.py: discovery, expected output, known failures)

# The folders of script tests the boards run.
BOARD_DIRS = ["basics", "types", "builtins", "exceptions", "modules"]

BOARDS = {
    # name: QEMU machine
    "netduinoplus2": "netduinoplus2",
    "microbit": "microbit",
}
PORT_DIRS = {"netduinoplus2": "stm32", "microbit": "microbit"}

RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n>"
FRIENDLY_PROMPT = b">>> "
FATAL = b"FATAL: "

# Uncaught errors that mean "too big for this board" or "this build lacks a
# feature", not "wrong".
SKIP_REASONS = [
    (re.compile(r"^MemoryError\b", re.M), "MemoryError"),
    (re.compile(r"^RecursionError: maximum recursion depth exceeded during parsing", re.M), "C stack"),
    (re.compile(r"^ImportError: no module named", re.M | re.I), "module not built"),
    (re.compile(r"OverflowError: small int overflow"), "no big ints"),
    (re.compile(r"no float support|decimal numbers not supported|can't convert \w+ to float|"
                r"NameError: name '(float|complex)' is(n't| not) defined"), "no float"),
]


class BoardDied(Exception):
    """QEMU exited, the board stopped answering, or it reported a fault."""


@dataclass
class Run:
    stdout: bytes
    stderr: bytes
    timed_out: bool = False
    crashed: str = ""


@dataclass
class Tally:
    passed: int = 0
    failed: int = 0
    xfailed: int = 0
    skipped: dict = field(default_factory=dict)  # reason -> test names
    failing: set = field(default_factory=set)
    xpassed: list = field(default_factory=list)
    details: list = field(default_factory=list)


class Board:
    """One board in QEMU, driven through its UART on QEMU's stdio."""

    def __init__(self, name, firmware, verbose=False, trace=None):
        self.trace = open(trace, "wb") if trace else None
        self.name = name
        self.machine = BOARDS[name]
        self.firmware = firmware
        self.verbose = verbose
        self.proc = None
        self.buf = b""

    # --- the QEMU process ---

    def start(self):
        self.stop()
        argv = ["qemu-system-arm", "-M", self.machine, "-nographic", "-monitor", "none",
                "-serial", "stdio", "-kernel", str(self.firmware)]
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        os.set_blocking(self.proc.stdout.fileno(), False)
        os.set_blocking(self.proc.stdin.fileno(), False)
        self.buf = b""
        self.read_until(FRIENDLY_PROMPT, 20)

    def stop(self):
        if self.proc:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait()
            self.proc.stdin.close()
            self.proc.stdout.close()
            self.proc = None

    # --- bytes in and out ---

    def _pump(self, deadline, out=b""):
        """One round of waiting (at most until the deadline): takes what the
        board sent into self.buf and writes what it can of `out`. Returns
        the part of `out` not written yet."""
        fd_in, fd_out = self.proc.stdout.fileno(), self.proc.stdin.fileno()
        left = max(0.0, min(deadline - time.monotonic(), 0.2))
        r, w, _ = select.select([fd_in], [fd_out] if out else [], [], left)
        if w:
            try:
                n = os.write(fd_out, out[:4096])
            except (BrokenPipeError, BlockingIOError):
                n = 0
            if self.trace and n:
                self.trace.write(b"\n<<<SENT " + repr(out[:n][:60]).encode() + b">>>\n")
            out = out[n:]
        if r:
            try:
                data = os.read(fd_in, 65536)
            except BlockingIOError:
                data = b""
            if not data:
                raise BoardDied(f"QEMU exited (status {self.proc.poll()})")
            self.buf += data
            if self.trace:
                self.trace.write(data)
                self.trace.flush()
        return out

    def write(self, data, timeout=30):
        deadline = time.monotonic() + timeout
        while data:
            if time.monotonic() > deadline:
                raise BoardDied("the board stopped taking input")
            data = self._pump(deadline, data)

    def read_until(self, marker, timeout, other=None):
        """Returns the input up to and including marker (or `other`, when
        that comes first); the rest stays."""
        deadline = time.monotonic() + timeout
        while True:
            found = [(i, m) for m in (marker, other) if m for i in [self.buf.find(m)] if i >= 0]
            if found:
                i, m = min(found)
                head, self.buf = self.buf[:i + len(m)], self.buf[i + len(m):]
                return head
            if FATAL in self.buf:
                # Let the rest of the report arrive.
                end = time.monotonic() + 1
                while time.monotonic() < end and b"resetting" not in self.buf:
                    self._pump(end)
                raise BoardDied(self.buf[self.buf.find(FATAL):].decode(errors="replace").strip())
            if time.monotonic() > deadline:
                raise TimeoutError
            self._pump(deadline)

    # --- the REPL ---

    def enter_raw(self):
        self.write(b"\r\x03\x03\x01")
        self.read_until(RAW_BANNER, 10)

    def reset(self):
        """A fresh interpreter: machine.reset() from the raw REPL, then the
        raw REPL again after the banner. When the board cannot run that
        (a test left its heap full), QEMU starts again instead."""
        try:
            self.write(b"import machine\nmachine.reset()\x04")
            reply = self.read_until(FRIENDLY_PROMPT, 5, other=b"\x04>")
            if b"\x04" in reply:
                raise BoardDied("machine.reset() failed")
        except (BoardDied, TimeoutError):
            self.start()
        self.enter_raw()

    def execute(self, code, timeout):
        """Runs code in the raw REPL; returns (stdout, stderr)."""
        self.write(code + b"\x04", timeout)
        deadline = time.monotonic() + timeout
        head = self.read_until(b"\x04", timeout)
        # "OK" comes first, unless receiving the code failed (MemoryError):
        # then the reply is just the error part.
        out = head[2:-1] if head.startswith(b"OK") else b""
        left = max(deadline - time.monotonic(), 1)
        err = self.read_until(b"\x04", left)[:-1]
        self.read_until(b">", left)
        return out, err


def classify_skip(run: Run, no_float: bool, no_bigint: bool) -> str:
    out = testrun.normalise(run.stdout)
    if out == "SKIP\n":
        return "SKIP"
    err = testrun.normalise(run.stderr)
    for pattern, reason in SKIP_REASONS:
        if reason == "no float" and not no_float:
            continue
        if reason == "no big ints" and not no_bigint:
            continue
        if pattern.search(err):
            return reason
    return ""


def board_features(name):
    """(no float, no big ints): what the board's level leaves out."""
    config = (REPO / "ports" / PORT_DIRS[name] / "config_board.h").read_text()
    minimal = re.search(r"#define MINNOW_LEVEL +(0|MINNOW_LEVEL_MINIMAL)\b", config) is not None
    no_float = minimal or re.search(r"#define MINNOW_FLOAT +0\b", config) is not None
    no_bigint = minimal or re.search(r"#define MINNOW_BIGINT +0\b", config) is not None
    return no_float, no_bigint


def test_name(test: Path) -> str:
    """The name in reports and known-failure lists: the path under tests/."""
    try:
        return test.relative_to(testrun.TESTS_DIR).as_posix()
    except ValueError:
        return str(test)


def run_board(name, firmware, tests, expected, opts, log):
    board = Board(name, firmware, opts.verbose,
                  f"{opts.trace}.{name}" if opts.trace else None)
    header, known = testrun.read_known(REPO / "tests" / f"known_failures_{name}.txt")
    no_float, no_bigint = board_features(name)
    tally = Tally()
    started = time.monotonic()
    state = {"fresh": False, "boot_failures": 0}

    def prepare():
        """A fresh interpreter in the raw REPL; False if the board won't boot."""
        for _ in range(3):
            try:
                if state["fresh"]:
                    board.reset()
                else:
                    board.start()
                    board.enter_raw()
                state["fresh"] = True
                return True
            except (TimeoutError, BoardDied):
                state["fresh"] = False
        return False

    for test in tests:
        tname = test_name(test)
        want = expected(test)
        if time.monotonic() - started > opts.budget:
            run = Run(b"", b"", crashed=f"not run: the board's time budget ({opts.budget:.0f}s) is spent")
        elif state["boot_failures"] >= 3:
            run = Run(b"", b"", crashed="not run: the board does not boot")
        elif not prepare():
            state["boot_failures"] += 1
            run = Run(board.buf, b"", crashed="the board did not boot to the raw REPL")
        else:
            state["boot_failures"] = 0
            try:
                out, err = board.execute(test.read_bytes(), opts.timeout)
                run = Run(out, err)
            except TimeoutError:
                run = Run(board.buf, b"", timed_out=True)
                state["fresh"] = False
            except BoardDied as e:
                run = Run(board.buf, b"", crashed=str(e))
                state["fresh"] = False
        status, detail = judge(tname, run, want, no_float, no_bigint, opts)
        if status == "skip":
            tally.skipped.setdefault(detail, []).append(tname)
        elif status == "pass":
            tally.passed += 1
            if tname in known:
                tally.xpassed.append(tname)
        else:
            tally.failing.add(tname)
            if tname in known:
                tally.xfailed += 1
            else:
                tally.failed += 1
                tally.details.append(detail)
        if opts.verbose:
            log(f"{name}: {status:4} {tname}" + (f" ({detail})" if status == "skip" else ""))
    board.stop()
    if opts.update_known:
        ran = {test_name(t) for t in tests}
        path = REPO / "tests" / f"known_failures_{name}.txt"
        if not header:
            header = [f"# Tests expected to fail on the {name} board (tools/boards/run_board_tests.py).",
                      "# Regenerate with --update-known."]
        testrun.write_known(path, header, (known - ran) | tally.failing)
    tally.seconds = time.monotonic() - started
    return tally


def judge(tname, run: Run, want, no_float, no_bigint, opts):
    if run.crashed or run.timed_out:
        why = f"timed out after {opts.timeout}s" if run.timed_out else f"crashed: {run.crashed}"
        text = testrun.normalise(run.stdout)
        lines = [f"FAIL {tname} ({why})"] + ["    " + l for l in testrun.tail(text, 8)]
        return "fail", "\n".join(lines)
    skip = classify_skip(run, no_float, no_bigint)
    if skip:
        return "skip", skip
    out, exp = testrun.normalise(run.stdout), testrun.normalise(want)
    if out == exp:
        return "pass", ""
    diff = list(difflib.unified_diff(exp.splitlines(), out.splitlines(), "expected", "board",
                                     lineterm="", n=1))
    lines = [f"FAIL {tname} (output differs)"] + ["    " + d for d in diff[:testrun.DIFF_LINES]]
    if len(diff) > testrun.DIFF_LINES:
        lines.append(f"    ... ({len(diff) - testrun.DIFF_LINES} more diff lines)")
    err = testrun.tail(testrun.normalise(run.stderr), testrun.STDERR_LINES)
    if err:
        lines.append("  error:")
        lines += ["    " + e for e in err]
    return "fail", "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Run the script tests on the QEMU boards.")
    ap.add_argument("--board", action="append", choices=sorted(BOARDS),
                    help="board to test (repeatable; default: all)")
    ap.add_argument("--build-dir", default=str(REPO / "build-boards"),
                    help="folder holding <board>/firmware.elf (default: build-boards)")
    ap.add_argument("--timeout", type=float, default=30, help="seconds per test (default 30)")
    ap.add_argument("--budget", type=float, default=420,
                    help="seconds per board; tests left when it is spent fail (default 420)")
    ap.add_argument("--python", default="python3", help="reference CPython")
    ap.add_argument("--update-known", action="store_true",
                    help="rewrite tests/known_failures_<board>.txt with the failing tests")
    ap.add_argument("-v", "--verbose", action="store_true", help="a line per test")
    ap.add_argument("--trace", metavar="FILE",
                    help="write everything each board sent (and what it was sent) to FILE.<board>")
    ap.add_argument("paths", nargs="*", help="test folders or files (default: the board folders)")
    opts = ap.parse_args(argv)
    boards = opts.board or sorted(BOARDS)

    if opts.paths:
        tests = testrun.collect(opts.paths)
    else:
        tests = [t for d in BOARD_DIRS for t in testrun.tests_in_dir(testrun.TESTS_DIR / d)]

    # Expected output, computed once for all boards (in parallel with them).
    ref_opts = argparse.Namespace(python=opts.python, timeout=60)
    pool = concurrent.futures.ThreadPoolExecutor(2)
    futures = {t: pool.submit(testrun.expected_output, t, ref_opts) for t in tests}

    def expected(test):
        got = futures[test].result()
        return got.stdout

    lock = threading.Lock()

    def log(line):
        with lock:
            print(line, flush=True)

    results = {}
    with concurrent.futures.ThreadPoolExecutor(len(boards)) as bp:
        jobs = {}
        for b in boards:
            firmware = Path(opts.build_dir) / b / "firmware.elf"
            if not firmware.exists():
                sys.exit(f"run_board_tests.py: no firmware for {b}: {firmware} (run tools/boards/build.sh)")
            jobs[b] = bp.submit(run_board, b, firmware, tests, expected, opts, log)
        for b, j in jobs.items():
            results[b] = j.result()
    pool.shutdown()

    failed_any = False
    totals = [0, 0, 0]
    for b in boards:
        t = results[b]
        print(f"=== {b} ({t.seconds:.0f}s)")
        for d in t.details:
            print(d)
        for x in t.xpassed:
            print(f"XPASS {x} (remove from tests/known_failures_{b}.txt)")
        skipped = sum(len(v) for v in t.skipped.values())
        if skipped:
            reasons = ", ".join(f"{r}: {len(v)}" for r, v in sorted(t.skipped.items()))
            print(f"skipped: {reasons}")
            if opts.verbose:
                for r, v in sorted(t.skipped.items()):
                    print(f"  {r}: " + " ".join(v))
        print(f"xfail: {t.xfailed}")
        print(f"{b}: {t.passed} passed, {t.failed} failed, {skipped} skipped")
        failed_any |= t.failed > 0
        totals = [totals[0] + t.passed, totals[1] + t.failed, totals[2] + skipped]
    print(f"{totals[0]} passed, {totals[1]} failed, {totals[2]} skipped")
    return 1 if failed_any else 0


if __name__ == "__main__":
    sys.exit(main())
