#!/usr/bin/env python3
"""Compare Minnow's parser with python3's `ast` module.

Runs tests/unit/astdump_main (built from astdump_main.cpp) over
  * a directory tree of .py files (default: python3's own Lib/ sources),
    skipping files that use `match` or `except*`,
  * a list of built-in snippet cases (valid and invalid),
and compares its output with ast.dump(ast.parse(...)). For sources that
python3 rejects, only checks that Minnow rejects them too (and reports the
messages that differ, without failing on them unless --strict-messages).

With --test-strings it also compares every string constant (and every
doctest example inside one) found in CPython's own grammar-related tests
(Lib/test/test_syntax.py, test_grammar.py, ...): thousands of small valid
and invalid programs.

With --fuzz N it also mutates N statements taken from the corpus (deleting,
duplicating, swapping or inserting tokens) and checks that Minnow accepts
exactly what python3 accepts, with the same tree.

usage: astdump_compare.py ASTDUMP_BINARY [--lib DIR] [--no-lib] [--pos]
                          [--test-strings] [--fuzz N] [--seed S]
                          [--strict-messages] [--verbose]
"""
import argparse
import ast
import os
import re
import unicodedata
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
        self.known = 0


# Deliberate differences from CPython (see the parser's brief):
#  - only UTF-8 source: a PEP 263 coding line is just a comment;
#  - identifiers are not NFKC-normalized;
#  - every non-space code point >= 0x80 may appear in an identifier.
CODING_RE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")


def declared_encoding(src):
    for line in src.split(b"\n")[:2]:
        m = CODING_RE.match(line)
        if m:
            return m.group(1).decode("ascii", "replace").lower().replace("_", "-")
    return None


IDENT_RE = re.compile(r"\b(id|attr|arg|name|asname|module)='([^'\\]*)'")


def known_difference(got, expect_status, expect):
    if expect_status == "ok":
        nfkc = IDENT_RE.sub(lambda m: "%s='%s'" % (m.group(1), unicodedata.normalize("NFKC", m.group(2))), got)
        return nfkc == expect
    kind, msg, _ = expect
    return msg.startswith(("invalid character", "unknown encoding", "encoding problem"))


def compare_one(name, src_bytes, mode, got, stats, args):
    enc = declared_encoding(src_bytes)
    if enc is not None and enc not in ("utf-8", "utf8") and not src_bytes.isascii():
        stats.skipped += 1
        if args.verbose:
            print("SKIP %s: declared encoding %s" % (name, enc))
        return
    status, expect = py_dump(src_bytes, mode, args.pos)
    if status == "ok" and got == expect:
        stats.ok += 1
        return
    if known_difference(got, status, expect):
        stats.known += 1
        if args.verbose:
            print("KNOWN-DIFFERENCE %s" % name)
        return
    if status == "ok":
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


FUZZ_INSERTS = ["(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "*", "**", "/", "if", "else",
                "lambda", "yield", "not", ".", "async", "await", ":=", "->", "@", "for", "in",
                "is", "del", "return", "x", "1", "'s'", "f'{x}'", "b'x'", "\\\n", "\n", "\n    ",
                "...", "from", "import", "as", "with", "global", "pass", "+=", "-", "~", "<", "==",
                "f'{", "}'", "\x27\x27\x27", "#", "\t"]


def fuzz_cases(files, count, seed):
    """Yield mutated statement sources."""
    import io
    import random
    import textwrap
    import tokenize
    rnd = random.Random(seed)
    pool = []
    for path in rnd.sample(files, min(len(files), 300)):
        with open(path, "rb") as f:
            src = f.read()
        try:
            text = src.decode("utf-8")
            tree = ast.parse(text)
        except Exception:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.stmt) and rnd.random() < 0.05:
                seg = ast.get_source_segment(text, node)
                if seg and len(seg) < 2000:
                    # Re-indent continuation lines like the first one.
                    lines = seg.split("\n")
                    first_indent = " " * node.col_offset
                    seg = textwrap.dedent("\n".join([first_indent + lines[0]] + lines[1:]))
                    pool.append(seg + "\n")
    rnd.shuffle(pool)
    produced = 0
    for seg in pool:
        if produced >= count:
            break
        try:
            toks = [t for t in tokenize.generate_tokens(io.StringIO(seg).readline)
                    if t.type not in (tokenize.ENDMARKER, tokenize.DEDENT, tokenize.INDENT)]
        except Exception:
            continue
        if not toks:
            continue
        lines = seg.split("\n")
        starts = [0]
        for ln in lines:
            starts.append(starts[-1] + len(ln) + 1)

        def off(pos):
            return starts[pos[0] - 1] + pos[1]

        for _ in range(3):
            t = rnd.choice(toks)
            a, b = off(t.start), off(t.end)
            op = rnd.randrange(4)
            if op == 0:
                case = seg[:a] + seg[b:]
            elif op == 1:
                case = seg[:b] + " " + seg[a:b] + seg[b:]
            elif op == 2:
                u = rnd.choice(toks)
                c, d = off(u.start), off(u.end)
                if c < a:
                    a, b, c, d = c, d, a, b
                if c < b:
                    continue
                case = seg[:a] + seg[c:d] + seg[b:c] + seg[a:b] + seg[d:]
            else:
                ins = rnd.choice(FUZZ_INSERTS)
                case = seg[:a] + ins + seg[a:]
            produced += 1
            yield case


TEST_STRING_FILES = [
    "test_syntax.py", "test_grammar.py", "test_fstring.py", "test_exceptions.py",
    "test_positional_only_arg.py", "test_keywordonlyarg.py", "test_unpack_ex.py", "test_genexps.py",
    "test_named_expressions.py", "test_string_literals.py", "test_eof.py", "test_tokenize.py",
    "test_unparse.py", "test_ast.py", "test_compile.py", "test_coroutines.py", "test_generators.py",
    "test_setcomps.py", "test_listcomps.py", "test_global.py", "test_utf8source.py",
    "test_future.py", "test_type_comments.py", "test_traceback.py", "test_codeop.py",
    "test_dis.py", "test_with.py", "test_funcattrs.py",
]


def test_string_cases(lib):
    """Source strings and doctest examples from CPython's tests."""
    import doctest
    for fn in TEST_STRING_FILES:
        path = os.path.join(lib, "test", fn)
        try:
            with open(path, encoding="utf-8") as f:
                tree = ast.parse(f.read())
        except Exception:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and 1 < len(node.value) < 5000:
                try:
                    for ex in doctest.DocTestParser().get_examples(node.value):
                        yield ex.source
                except Exception:
                    pass
                yield node.value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--lib", default=sysconfig.get_paths()["stdlib"])
    ap.add_argument("--no-lib", action="store_true")
    ap.add_argument("--top-only", action="store_true", help="only Lib/*.py, not subdirectories")
    ap.add_argument("--pos", action="store_true", help="also compare lineno/col_offset")
    ap.add_argument("--strict-messages", action="store_true")
    ap.add_argument("--test-strings", action="store_true",
                    help="also test string constants from CPython's grammar tests")
    ap.add_argument("--fuzz", type=int, default=0, help="number of mutated statements to test")
    ap.add_argument("--seed", type=int, default=1)
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
    print("snippets: %d ok, %d failed, %d message differences, %d known differences"
          % (stats.ok, stats.fail, stats.msg_diff, stats.known))

    lib_files = []
    if not args.no_lib or args.fuzz:
        for root, dirs, fnames in os.walk(args.lib):
            dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "__pycache__"))
            if args.top_only and root != args.lib:
                continue
            lib_files.extend(os.path.join(root, fn) for fn in sorted(fnames) if fn.endswith(".py"))

    if args.test_strings:
        ts_stats = Stats()
        with tempfile.TemporaryDirectory() as tmp:
            files = []
            names = {}
            for i, case in enumerate(test_string_cases(args.lib)):
                data = case.encode("utf-8", "surrogatepass")
                if uses_unsupported(data):
                    continue
                p = os.path.join(tmp, "str_%05d.py" % i)
                with open(p, "wb") as f:
                    f.write(data)
                files.append(p)
                names[p] = "test string %r" % case[:200]
            compare_files(args.binary, files, "exec", ts_stats, args, names)
        print("test strings: %d ok, %d failed, %d known differences, %d message differences"
              % (ts_stats.ok, ts_stats.fail, ts_stats.known, ts_stats.msg_diff))
        stats.fail += ts_stats.fail

    if args.fuzz:
        fuzz_stats = Stats()
        with tempfile.TemporaryDirectory() as tmp:
            files = []
            names = {}
            for i, case in enumerate(fuzz_cases(lib_files, args.fuzz, args.seed)):
                if uses_unsupported(case.encode("utf-8")):
                    continue
                p = os.path.join(tmp, "fuzz_%05d.py" % i)
                with open(p, "wb") as f:
                    f.write(case.encode("utf-8"))
                files.append(p)
                names[p] = "fuzz case %r" % case
            compare_files(args.binary, files, "exec", fuzz_stats, args, names)
        print("fuzz: %d ok, %d failed, %d known differences, %d message differences"
              % (fuzz_stats.ok, fuzz_stats.fail, fuzz_stats.known, fuzz_stats.msg_diff))
        stats.fail += fuzz_stats.fail

    if not args.no_lib:
        lib_stats = Stats()
        files = []
        for path in lib_files:
            if True:
                with open(path, "rb") as f:
                    src = f.read()
                enc = declared_encoding(src) or "utf-8"
                if uses_unsupported(src) or (enc not in ("utf-8", "utf8") and not src.isascii()):
                    lib_stats.skipped += 1
                    continue
                files.append(path)
        compare_files(args.binary, files, "exec", lib_stats, args)
        print("corpus %s: %d files ok, %d failed, %d skipped (match/except*/non-UTF-8), "
              "%d known differences, %d message differences"
              % (args.lib, lib_stats.ok, lib_stats.fail, lib_stats.skipped, lib_stats.known,
                 lib_stats.msg_diff))
        stats.fail += lib_stats.fail
    return 1 if stats.fail else 0


if __name__ == "__main__":
    sys.exit(main())
