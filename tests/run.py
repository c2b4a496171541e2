#!/usr/bin/env python3
"""Run Minnow's script tests and compare their output with CPython's.

A test is a top-level `*.py` file in a folder under tests/ whose name does
not start with `_`.  Its expected stdout is `name.exp` when that file exists,
otherwise whatever `python3 name.py` prints.  See tests/README.md.
"""

import argparse
import concurrent.futures
import difflib
import os
import shlex
import shutil
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent
REPO_DIR = TESTS_DIR.parent
DEFAULT_KNOWN = TESTS_DIR / "known_failures.txt"

# Folders run first, in this order; any other folder follows alphabetically.
DIR_ORDER = ["basics", "types", "builtins", "exceptions", "modules", "import",
             "micropython"]
# Folders under tests/ that do not hold script tests.
NOT_SCRIPT_DIRS = {"unit", "pty"}

DIFF_LINES = 20
STDERR_LINES = 8


@dataclass
class Outcome:
    """What one process printed and how it ended."""
    stdout: bytes
    stderr: bytes
    returncode: int | None  # None when it was killed for taking too long
    timed_out: bool = False


@dataclass
class Result:
    name: str            # path relative to tests/, with forward slashes
    status: str          # "pass", "fail", "skip"
    detail: str = ""     # report printed for a failure


def test_env():
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # keep __pycache__ out of the tree
    return env


def run_process(argv, cwd, timeout):
    # A session of its own lets a timeout kill the whole process group, so a
    # wrapper (--cmd-prefix, a shell script) cannot leave children holding
    # the pipes open.
    with subprocess.Popen(argv, cwd=cwd, env=test_env(),
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE,
                          start_new_session=True) as proc:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            out, err = proc.communicate()
            return Outcome(out, err, None, True)
    return Outcome(out, err, proc.returncode)


# --- executors: how a test runs under Minnow --------------------------------
# An executor takes the test file and the parsed options and returns an
# Outcome.  A board executor (raw REPL over a serial line or QEMU) plugs in
# here with the same signature.

def execute_unix(test: Path, opts) -> Outcome:
    argv = shlex.split(opts.cmd_prefix) + [opts.minnow] + shlex.split(opts.minnow_args) + [test.name]
    return run_process(argv, test.parent, opts.timeout)


EXECUTORS = {"unix": execute_unix}


# --- expected output --------------------------------------------------------

def expected_output(test: Path, opts) -> Outcome:
    exp = test.with_suffix(".exp")
    if exp.exists():
        return Outcome(exp.read_bytes(), b"", 0)
    return run_process([opts.python, test.name], test.parent, opts.timeout)


def normalise(data: bytes) -> str:
    return data.replace(b"\r\n", b"\n").decode("utf-8", errors="replace")


def tail(text: str, count: int) -> list[str]:
    lines = text.rstrip("\n").splitlines()
    return lines[-count:] if lines else []


def run_one(test: Path, opts) -> Result:
    name = test.relative_to(TESTS_DIR).as_posix()
    expected = expected_output(test, opts)
    if expected.timed_out or (expected.returncode or 0) < 0:
        return Result(name, "fail", "reference run of the test timed out or crashed")
    got = opts.executor(test, opts)
    out = normalise(got.stdout)
    if out == "SKIP\n":
        return Result(name, "skip")
    want = normalise(expected.stdout)
    problems = []
    if got.timed_out:
        problems.append(f"timed out after {opts.timeout}s")
    elif got.returncode is not None and got.returncode < 0:
        problems.append(f"killed by signal {-got.returncode}")
    if out != want:
        problems.append("output differs")
    if not problems:
        return Result(name, "pass")
    lines = []
    if out != want:
        diff = list(difflib.unified_diff(want.splitlines(), out.splitlines(),
                                         "expected", "minnow", lineterm="", n=1))
        lines += ["    " + d for d in diff[:DIFF_LINES]]
        if len(diff) > DIFF_LINES:
            lines.append(f"    ... ({len(diff) - DIFF_LINES} more diff lines)")
    err = tail(normalise(got.stderr), STDERR_LINES)
    if err:
        lines.append("  stderr:")
        lines += ["    " + e for e in err]
    if not got.timed_out:
        problems.append(f"exit {got.returncode}")
    head = f"FAIL {name} ({', '.join(problems)})"
    return Result(name, "fail", "\n".join([head] + lines))


# --- finding tests ----------------------------------------------------------

def tests_in_dir(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.py")
                  if p.is_file() and not p.name.startswith("_"))


def default_dirs() -> list[Path]:
    found = [d for d in TESTS_DIR.iterdir()
             if d.is_dir() and d.name not in NOT_SCRIPT_DIRS
             and not d.name.startswith((".", "_"))]
    rank = {n: i for i, n in enumerate(DIR_ORDER)}
    return sorted(found, key=lambda d: (rank.get(d.name, len(rank)), d.name))


def collect(paths: list[str]) -> list[Path]:
    if not paths:
        return [t for d in default_dirs() for t in tests_in_dir(d)]
    tests = []
    for p in paths:
        path = Path(p)
        if not path.exists() and (TESTS_DIR / p).exists():
            path = TESTS_DIR / p
        path = path.resolve()
        if path.is_dir():
            tests += tests_in_dir(path)
        elif path.is_file() and path.suffix == ".py":
            tests.append(path)
        else:
            sys.exit(f"run.py: no such test or folder: {p}")
    unique = []
    for t in tests:
        if t not in unique:
            unique.append(t)
    return unique


# --- known failures ---------------------------------------------------------

def read_known(path: Path) -> tuple[list[str], set[str]]:
    """Return (comment lines at the top of the file, listed test names)."""
    header, names = [], set()
    if not path.exists():
        return header, names
    in_header = True
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            if in_header:
                header.append(raw)
            continue
        in_header = False
        names.add(line)
    while header and not header[-1].strip():
        header.pop()
    return header, names


def write_known(path: Path, header: list[str], names: set[str]):
    body = "\n".join(header + [""] * bool(header) + sorted(names))
    path.write_text(body + "\n")


# --- main -------------------------------------------------------------------

def parse_args(argv):
    ap = argparse.ArgumentParser(description="Run Minnow's script tests.")
    ap.add_argument("--minnow", default=str(REPO_DIR / "build" / "minnow"),
                    help="interpreter under test (default: build/minnow)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                    help="tests run at once (default: CPU count)")
    ap.add_argument("--timeout", type=float, default=20,
                    help="seconds allowed per process (default: 20)")
    ap.add_argument("--cmd-prefix", default="",
                    help="words put before the interpreter, e.g. 'valgrind -q'")
    ap.add_argument("--minnow-args", default="",
                    help="words put after the interpreter, before the test, "
                         "e.g. '-X gctorture -X heapsize=256K'")
    ap.add_argument("--target", default="unix", choices=sorted(EXECUTORS),
                    help="where tests run (default: unix)")
    ap.add_argument("--python", default="python3",
                    help="reference CPython for tests without a .exp file")
    ap.add_argument("--known", default=str(DEFAULT_KNOWN),
                    help="known-failures file (default: tests/known_failures.txt)")
    ap.add_argument("--update-known", action="store_true",
                    help="rewrite the known-failures file with the failing tests")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print a line for every test")
    ap.add_argument("paths", nargs="*",
                    help="test folders or .py files (default: all)")
    return ap.parse_args(argv)


def main(argv=None):
    opts = parse_args(argv)
    opts.executor = EXECUTORS[opts.target]
    if opts.target == "unix":
        found = shutil.which(opts.minnow)
        if found is None:
            sys.exit(f"run.py: interpreter not found: {opts.minnow}")
        opts.minnow = str(Path(found).resolve()) if os.sep in opts.minnow else found

    tests = collect(opts.paths)
    known_path = Path(opts.known)
    header, known = read_known(known_path)

    lock = threading.Lock()
    done = [0]
    show_progress = sys.stdout.isatty() and not opts.verbose

    def job(test):
        res = run_one(test, opts)
        with lock:
            done[0] += 1
            if opts.verbose:
                print(f"{res.status:4} {res.name}", flush=True)
            elif show_progress:
                print(f"\r{done[0]}/{len(tests)}", end="", flush=True)
        return res

    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        results = list(pool.map(job, tests))
    if show_progress:
        print("\r" + " " * 20 + "\r", end="")

    passed = failed = skipped = xfailed = 0
    failing = set()
    for res in results:
        if res.status == "skip":
            skipped += 1
        elif res.status == "pass":
            passed += 1
            if res.name in known:
                print(f"XPASS {res.name} (remove from known_failures.txt)")
        else:
            failing.add(res.name)
            if res.name in known:
                xfailed += 1
            else:
                failed += 1
                print(res.detail)

    if opts.update_known:
        ran = {r.name for r in results}
        write_known(known_path, header, (known - ran) | failing)
        print(f"wrote {known_path} ({len((known - ran) | failing)} tests)")

    print(f"xfail: {xfailed}")
    summary = f"{passed} passed, {failed} failed"
    if skipped:
        summary += f", {skipped} skipped"
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
