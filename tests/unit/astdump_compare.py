#!/usr/bin/env python3
"""Compare Minnow's parser with python3's `ast` module.

Runs tests/unit/astdump_main (built from astdump_main.cpp) over
  * a directory tree of .py files (default: python3's own Lib/ sources),
    skipping files that use `match` or `except*`,
  * a list of built-in snippet cases (valid and invalid),
and compares its output with ast.dump(ast.parse(...)). For sources that
python3 rejects, only checks that Minnow rejects them too (and reports the
messages that differ, without failing on them unless --strict-messages).

usage: astdump_compare.py ASTDUMP_BINARY [--lib DIR] [--no-lib] [--pos]
                          [--strict-messages] [--verbose]
"""
import argparse
import ast
import os
import subprocess
import sys
import sysconfig
import tempfile
import warnings

warnings.simplefilter("ignore")


def py_dump(src, mode, positions=False):
    """Return ('ok', dump) or ('err', (kind, msg, line))."""
    try:
        tree = ast.parse(src, mode=mode)
    except (SyntaxError, ValueError) as e:
        kind = type(e).__name__
        return "err", (kind, getattr(e, "msg", str(e)), getattr(e, "lineno", None))
    except (RecursionError, MemoryError) as e:
        return "err", (type(e).__name__, str(e), None)
    if not positions:
        return "ok", ast.dump(tree)
    return "ok", dump_with_positions(tree)


def dump_with_positions(node):
    """ast.dump() plus lineno/col_offset (no end positions)."""
    if isinstance(node, ast.AST):
        args = []
        for name in node._fields:
            try:
                value = getattr(node, name)
            except AttributeError:
                continue
            if value is None and getattr(type(node), name, ...) is None:
                continue
            args.append("%s=%s" % (name, dump_with_positions(value)))
        if "lineno" in node._attributes and hasattr(node, "lineno"):
            args.append("lineno=%d" % node.lineno)
            args.append("col_offset=%d" % node.col_offset)
        return "%s(%s)" % (type(node).__name__, ", ".join(args))
    if isinstance(node, list):
        return "[%s]" % ", ".join(dump_with_positions(x) for x in node)
    return repr(node)


def uses_unsupported(src_bytes):
    """True if python3 parses it and it contains match or except*."""
    try:
        tree = ast.parse(src_bytes)
    except Exception:
        return False
    for n in ast.walk(tree):
        if type(n).__name__ in ("Match", "TryStar"):
            return True
    return False


def run_minnow(binary, mode, paths, positions):
    """Run the binary on several files; return {path: output line}."""
    cmd = [binary, mode, "--multi"] + (["--pos"] if positions else []) + paths
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    if out.returncode != 0:
        raise RuntimeError("astdump_main failed (rc=%d): %s" % (out.returncode, out.stderr[-2000:]))
    result = {}
    cur = None
    for line in out.stdout.decode("utf-8", "surrogateescape").split("\n"):
        if line.startswith("== ") and line[3:] in paths:
            cur = line[3:]
            result[cur] = ""
        elif cur is not None and line:
            result[cur] = line
    return result


def minnow_error(line):
    # "SyntaxError: msg (line L, col C)"
    kind, _, rest = line.partition(": ")
    msg, _, pos = rest.rpartition(" (line ")
    return kind, msg, pos


class Stats:
    def __init__(self):
        self.ok = 0
        self.fail = 0
        self.msg_diff = 0
        self.skipped = 0


def compare_one(name, src_bytes, mode, got, stats, args):
    status, expect = py_dump(src_bytes, mode, args.pos)
    if status == "ok":
        if got == expect:
            stats.ok += 1
            return
        stats.fail += 1
        print("MISMATCH %s" % name)
        if args.verbose:
            # Show the first difference.
            i = 0
            while i < min(len(got), len(expect)) and got[i] == expect[i]:
                i += 1
            print("  python: ...%s" % expect[max(0, i - 80):i + 120])
            print("  minnow: ...%s" % got[max(0, i - 80):i + 120])
        return
    kind, msg, lineno = expect
    if not got.startswith(("SyntaxError:", "IndentationError:", "TabError:", "RecursionError:",
                           "MemoryError:")):
        stats.fail += 1
        print("ACCEPTED-INVALID %s: python says %s: %s (line %s)" % (name, kind, msg, lineno))
        return
    mkind, mmsg, mpos = minnow_error(got)
    stats.ok += 1
    # ValueError is CPython 3.11's reaction to NUL bytes; we raise SyntaxError.
    if kind != "ValueError" and (mmsg != msg or mkind != kind):
        stats.msg_diff += 1
        if args.verbose or args.strict_messages:
            print("MESSAGE %s: python %s: %s | minnow %s: %s" % (name, kind, msg, mkind, mmsg))
        if args.strict_messages:
            stats.fail += 1


def compare_files(binary, files, mode, stats, args, names=None):
    batch = 200
    for k in range(0, len(files), batch):
        chunk = files[k:k + batch]
        got = run_minnow(binary, mode, chunk, args.pos)
        for path in chunk:
            with open(path, "rb") as f:
                src = f.read()
            compare_one(names.get(path, path) if names else path, src, mode,
                        got.get(path, "<no output>"), stats, args)


# Snippets: (mode, source). Valid and invalid ones are mixed; the oracle
# decides which is which.
SNIPPETS = [
    # literals and numbers
    "0", "00", "0_0", "123_456", "0x_FF", "0o17", "0b1_0", "1.5", "1.", ".5", "1e10", "1E-5",
    "1_0.0_1e+1_0", "10j", "1.5J", "1e3j", "0xFFFFFFFFFFFFFFFFFFFFFFFF", "1e400", "1e-400",
    "123456789012345678901234567890", "0.1", "1e16", "1e15", "0.0001", "0.00001", "5e-324",
    "1_", "1__0", "0b12", "0o8", "0x", "09", "0777", "1.real", "1if x else y", "1 .real",
    "1..real", "0_7", "1e", "1e+", "0b", "1_000j", "0x1for x in y",
    # strings
    "'a' 'b'", "'a' \"b\" '''c''' \"\"\"d\"\"\"", "u'x'", "u'x' 'y'", "'x' u'y'", "b'x' b'y'",
    "r'\\n'", "R'\\''", "br'\\x'", "Rb'x'", "'\\n\\t\\r\\a\\b\\f\\v\\\\\\'\\\"'",
    "'\\x41\\101\\0\\7\\777'", "b'\\x41\\101\\777'", "'\\u00e9\\U0001F600'", "'\\ud800'",
    "'\\q'", "b'\\u1234'", "'\\x4'", "'\\u12'", "'\\U00110000'", "b'\\x'", "'é'", "b'é'",
    "'a' b'b'", "b'a' 'b'", "'''a\nb'''", "'a\\\nb'", "'\\N{DASH}'", "'\\N{EM DASH}'",
    "'abc", "'''abc", "'\"'", "\"'\"", "'\\''", "'\"\\''", "b'\"\\''", "'\\x7f\\x80\\xa0\\xad'",
    "'\\u2028\\u00a0\\u3000 '", "'\\U000e0001'",
    # f-strings
    "f'{x}'", "f'a{x}b{y}c'", "f'{x!r}'", "f'{x!s:>10}'", "f'{x:{w}.{p}}'", "f'{x=}'",
    "f'{x = }'", "f'{x=!s}'", "f'{x=:>5}'", "f'{{}}'", "f'{{{x}}}'", "f''", "'a' f'' 'b'",
    "f'{x}' 'y' f'{z}'", "F'{x}'", "rf'\\{x}'", "fR'{x}\\n'", "f'\\{x}'", "f'\\}}'",
    "f'{x:{{}}}'", "f'{x:}'", "f'{x!r:}'", "f'{*a}'", "f'{yield}'", "f'{(}'", "f'{a)}'",
    "f'{x:{y:{z}}}'", "f'{x:{y:a}}'", "f'{x!r }'", "f'{x! r}'", "f'{x:a}b}'", "f'{a b}'",
    "f'''{\na\n}'''", "f'{x}}'", "f'{x'", "f'{'", "f'{x:'", "f'{a['b']}'", "f\"{a['b']}\"",
    "f'{\"\"\"a\"\"\"}'", "f'{x,}'", "f'{x:=5}'", "f'{(x:=1)}'", "f'{a if b else c}'",
    "f'{ {1:2}[1] }'", "f'{a!r=}'", "f'{x:{y=}}'", "f'{x = !s:{y}}'", "f'{a!=b}'",
    "f'{a<b}'", "f'{a>=b}'", "f'{lambda x:1}'", "f'{}'", "f'{ }'", "f'}'", "f'{x!z}'",
    "f'{x!}'", "f'{x#}'", "f'{\\n}'", "f'{f\"{x}\"}'", "f'\\N{DASH}'", "f'{x}' b''",
    "f'{x:\\n}'", "f'{x!a}'", "f'''{x\n=}'''", "f'{x:{y}{z}}'",
    # operators and precedence
    "a + b * c - d / e // f % g @ h", "a ** b ** c", "-a ** -b", "not a and b or c",
    "a or b or c and d and e", "a | b ^ c & d << e >> f", "~a + +b - -c", "a < b <= c == d",
    "a != b > c >= d is e is not f in g not in h", "not a == b", "await x ** 2", "a if b else c",
    "a if b else c if d else e", "lambda: 0", "lambda x, y=1, *a, z, **k: x",
    "lambda a, /, b: 0", "lambda *, a: 0", "(x := 1)", "[y := 2, y]", "f(x := 1)",
    "a[x := 1]", "{x := 1}", "x := 1", "(a.b := 1)", "a[0] := 1", "(x, y) := 1",
    # calls and subscripts
    "f()", "f(a, b, *c, d=1, **e)", "f(*a, *b, **c, **d)", "f(a=1, *b)", "f(**a, *b)",
    "f(a=1, b)", "f(**a, b)", "f(x for x in y)", "f(x for x in y, )", "f(a, x for x in y)",
    "f(a.b=1)", "f((a)=1)", "f(True=1)", "f(a)(b)(c)", "a.b.c", "a[1]", "a[1:2]", "a[::]",
    "a[1:2:3, ::, x]", "a[:, None]", "a[*b]", "a[*b, c]", "a[b:c, *d]", "a[()]", "a[1,]",
    "a[x:=1:2]", "f(a b)", "[1 2]", "(1 2)", "f(a,,b)",
    # displays and comprehensions
    "()", "(1,)", "(1, 2)", "[]", "[1, 2,]", "{}", "{1: 2, **a, 3: 4}", "{1, 2}", "{*a, *b}",
    "[*a, *b]", "(*a, b)", "(*a)", "[x for x in y]", "[x for x in y if a if b for z in w]",
    "{k: v for k, v in x}", "{x for x in y}", "(x for x in y)", "[x async for x in y]",
    "[*a for a in b]", "{**a for b in c}", "{*a: 1}", "[x for x, in y]",
    "[x for x in a if b else c]", "[x for f() in y]", "{a:=1}", "{**a, b: c}",
    # statements
    "x = 1", "x = y = z", "x, y = y, x", "[a, *b] = c", "*a, = b", "*a = 1", "x = *a, b",
    "a.b = c", "a[b] = c", "x += 1", "x //= 2", "x @= y", "x **= 2", "a.b += 1", "a[0] -= 1",
    "(a, b) += 1", "[a] += 1", "f() += 1", "x: int", "x: int = 1", "(x): int = 1",
    "a.b: int", "a[0]: int = 2", "a, b: int", "[a]: int", "f(): int", "x = yield",
    "x = yield from y", "x = yield = 1", "x += yield", "del a, b", "del (a, b), [c]", "del x,",
    "del f()", "del 1", "del *a", "del (a, *b)", "del ()", "f() = 1", "a + 1 = 2",
    "(a, f()) = 1", "a, f() = 1", "[a, 1] = 2", "1 = x", "x = 1 = y", "True = 1",
    "None = 1", "... = 1", "a if b else c = 1", "lambda: 1 = 1", "() = 1", "[] = 1",
    "pass", "break", "continue", "return", "return 1, 2", "return *a, b", "raise",
    "raise E", "raise E from e", "global a, b", "nonlocal x", "assert x", "assert x, 'm'",
    "import a", "import a.b.c", "import a . b as c", "import a, b as c", "from a import b",
    "from a import (b, c,)", "from a import b as c, d", "from . import a", "from .. x import a",
    "from ... import *", "from .... a import b", "from .a.b import (c as d)",
    "from a import b,", "from a import *, b", "import *", "from a import (*)",
    "x = 1; y = 2", "x = 1;", "x = 1;; y", "print 'x'", "a b", "async x", "await x",
    # compound statements
    "if a:\n  pass\nelif b:\n  pass\nelif c: pass\nelse:\n  pass\n",
    "while x:\n  break\nelse:\n  pass\n", "for x in y:\n  pass\nelse:\n  pass\n",
    "for x, *y in z: pass", "for (a, b), c in d: pass", "for x in *a, b: pass",
    "for f() in y: pass", "for x in y, z: pass", "async for x in y: pass",
    "with a: pass", "with a as b, c as d: pass", "with (a, b): pass", "with (a, b) as c: pass",
    "with (a): pass", "with (a, b), c: pass", "with (a as b, c,): pass", "with (a) as b, c: pass",
    "with (a,): pass", "with (): pass", "with (a as b): pass", "with (yield): pass",
    "with (a := b): pass", "with (a for a in b): pass", "with (a, *b): pass",
    "with (a) + 1 as b: pass", "with (a as (b, c)): pass", "with a as f(): pass",
    "with a as b.c, d as e[0]: pass", "async with a as b: pass",
    "try:\n  pass\nexcept:\n  pass\n", "try:\n  pass\nexcept E as e:\n  pass\nelse:\n  pass\nfinally:\n  pass\n",
    "try:\n  pass\nfinally:\n  pass\n", "try:\n  pass\nexcept (A, B):\n  pass\n",
    "try:\n  pass\nexcept A, B:\n  pass\n", "try: pass", "try:\n  pass\nelse:\n  pass\n",
    "try:\n  pass\nexcept: pass\nexcept E: pass",
    "def f(): pass", "def f(a, b=1, *c, d, e=2, **f) -> int: pass",
    "def f(a, /, b, *, c): pass", "def f(a=1, /, b=2): pass", "def f(*a: *T): pass",
    "def f(a: int = 1, *b: str, c: 'x' = 2, **d: float): pass", "def f(/): pass",
    "def f(a, /, /): pass", "def f(*a, /): pass", "def f(**a, b): pass", "def f(*a, *b): pass",
    "def f(a=1, /, b): pass", "def f(a=1, b): pass", "def f(*): pass", "def f(*, **k): pass",
    "def f(*,): pass", "def f(**k,): pass", "def f(x:*a): pass", "def f(a, *, b=1, c): pass",
    "def f(a,): pass", "def f(,): pass", "lambda *: 1", "lambda *,: 1", "lambda x,: 1",
    "lambda a=1, b: 0", "async def f():\n  await x\n  async for a in b: pass\n  async with c: pass\n",
    "@d\ndef f(): pass", "@a.b(c)\n@d\nclass C: pass", "@x[0]\nasync def f(): pass",
    "@x\nx = 1", "class A: pass", "class A(B, C, metaclass=M, **k): pass", "class A(): pass",
    "class A(x for x in y): pass", "class A(*b): pass",
    "if x:\npass", "if x:\n    a\n  b", "if x:\n\ta\n        b", " x = 1", "x = 1\n  y = 2",
    "if 1:\n  x=1\n\x0c  y=2", "\x0c x=1", "if x\n  pass", "while x\n  pass", "def f()\n  pass",
    "class A\n  pass", "for x in y\n  pass", "if x:\n  pass\n else:\n  pass",
    "def f():\n  return\n\n\n", "if a:\n  if b:\n    pass\n  else:\n    pass\n",
    "if a:\n    pass\n# comment\n    # indented comment\nelse:\n    pass\n",
    "x = (1,\n  2)\n", "x = [\n1,\n\n2]\n", "x = 1 + \\\n  2\n", "x = 1\\", "x = 1 \\ 2",
    "x = 1\r\ny = 2\r\n", "x = '''a\r\nb'''\r\n", "x = 1\ry = 2", "# -*- coding: latin-1 -*-\nx = 1",
    "\ufeffx = 1", "x = 1  # comment", "if x:\n  pass\n  # c\n", "x = (", "x = (1,\n2",
    "x = (1,\n[2)", "x = (1,\n[2\n)", ")", "]", "(a b]", "x = )", "$", "a ? b", "`a`", "a!b",
    "x\x00", "x = 1\x01", "\u00e9t\u00e9 = 1", "\u4e2d\u6587 = 2", "a\u00a0b", "x = '\u00e9'",
    "x = 1 if y else", "x = (a if b)", "x = a b", "f(", "[", "{", "x = [1, 2", "def f(:",
    "for x in: pass", "while: pass", "if: pass", "else: pass", "elif x: pass", "except: pass",
    "finally: pass", "return return", "import", "from", "from a", "from a import",
    "global", "del", "assert", "raise from x", "x = yield yield", "a = b = ", "lambda",
    "yield x", "yield from x", "yield", "(yield)", "x = await y", "not", "-", "a.", "a.1",
    "a.b.", "x = ...", "..."  , "x = .5.", "1 2", "a = 1 = 2", "def f(a, a): pass",
    "nonlocal x, y", "a[]", "a[1:2:3:4]", "f(**)", "f(*)", "a,", "(a, b c)",
    "if True:\n    x = 1\n    y = 2\n  z = 3\n", "class A:\n  def f(self):\n    return 1\n  x = 2\n",
]

EVAL_SNIPPETS = [
    "1", "a, b", "a,", "*a, b", " 1", "1\n\n", "(yield)", "x := 1", "", "1;", "a for a in b",
    "lambda: 0", "f(x)[1:2]", "x if y else z", "1 +", "x = 1",
]

SINGLE_SNIPPETS = [
    "x", "x = 1", "x=1;y=2", "if 1:\n  x\n\n  y\n", "if 1:\n  x\n", "x\n\n", "\n\nx",
    "x=1\ny=2", "def f():\n  return 1\n", "@d\ndef f(): pass\n", "for x in y: pass\n",
    "x = (1,\n2)\n",
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--lib", default=sysconfig.get_paths()["stdlib"])
    ap.add_argument("--no-lib", action="store_true")
    ap.add_argument("--top-only", action="store_true", help="only Lib/*.py, not subdirectories")
    ap.add_argument("--pos", action="store_true", help="also compare lineno/col_offset")
    ap.add_argument("--strict-messages", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    stats = Stats()

    with tempfile.TemporaryDirectory() as tmp:
        for mode, snippets in (("exec", SNIPPETS), ("eval", EVAL_SNIPPETS), ("single", SINGLE_SNIPPETS)):
            files = []
            names = {}
            for i, s in enumerate(snippets):
                p = os.path.join(tmp, "%s_%04d.py" % (mode, i))
                with open(p, "wb") as f:
                    f.write(s.encode("utf-8"))
                files.append(p)
                names[p] = "%s snippet %r" % (mode, s)
            compare_files(args.binary, files, mode, stats, args, names)
    print("snippets: %d ok, %d failed, %d message differences" % (stats.ok, stats.fail, stats.msg_diff))

    if not args.no_lib:
        lib_stats = Stats()
        files = []
        for root, dirs, fnames in os.walk(args.lib):
            dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "__pycache__"))
            if args.top_only and root != args.lib:
                continue
            for fn in sorted(fnames):
                if not fn.endswith(".py"):
                    continue
                path = os.path.join(root, fn)
                with open(path, "rb") as f:
                    src = f.read()
                if uses_unsupported(src):
                    lib_stats.skipped += 1
                    continue
                files.append(path)
        compare_files(args.binary, files, "exec", lib_stats, args)
        print("corpus %s: %d files ok, %d failed, %d skipped (match/except*), %d message differences"
              % (args.lib, lib_stats.ok, lib_stats.fail, lib_stats.skipped, lib_stats.msg_diff))
        stats.fail += lib_stats.fail
    return 1 if stats.fail else 0


if __name__ == "__main__":
    sys.exit(main())
