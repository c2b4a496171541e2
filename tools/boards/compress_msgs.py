#!/usr/bin/env python3
"""Compress the error messages of the core's sources for a board build.

    compress_msgs.py --src SRC_DIR --out OUT_DIR FILE.cpp...

Writes a copy of each FILE (a path under SRC_DIR) to the same relative path
under OUT_DIR, with the message literals of its raise calls compressed, and
OUT_DIR/msg_pairs.cpp with the rules they refer to. The copies start
with a #line directive naming the original file, and keep every line where
it was, so diagnostics and debug information point at the real source.

A message is the string literal (or adjacent literals, or the two literals
of a `cond ? "a" : "b"`) given as a message argument of one of MESSAGE_ARGS
below, or marked MSG("...") (src/lex/msgbuf.h); it reaches raise_msg,
raise_vfmt (the format or a %s argument) or MsgBuf::add, which expand a
compressed message before use (src/vm/error.cpp, MINNOW_COMPRESSED_MSGS).
A literal that no rule shortens is left as it is.

A compressed message is the byte 1 followed by bytes that are either
printable ASCII, standing for themselves, or the code of a rule: 0x80 + i for
rule i below 128, 2 + i - 128 for the next 30. A rule is a pair of bytes of
the same kind, so rules nest (Re-Pair: the most frequent adjacent pair over
all messages becomes a rule, again and again, at most 158 rules). Messages
with bytes outside printable ASCII are left as they are.

A file is only rewritten when its content changes, so an edit recompiles
only the files whose messages or rules changed.
"""

import argparse
import collections
import os
import re
import sys

# function name -> index (or tuple of indexes) of its message arguments, for
# the files under a folder of src/ ("" for all; a longer prefix names one
# file). Each hands the message, untouched, to one that expands it:
# raise_msg, raise_vfmt and its %s arguments (vm/error.cpp), MsgBuf::add
# (lex/msgbuf.h), the lexer's fail, the parser's Parser::fail or the
# compiler's syntax_error_at.
MESSAGE_ARGS = {
    "": {
        "raise_msg": 1,
        "raise_fmt": 1,
        "raise_type_error": 0,
        "raise_value_error": 0,
        "raise_index_error": 0,
        "raise_overflow_error": 0,
        "raise_zero_division": 0,
        "raise_struct": 0,
        "MSG": 0,
    },
    "lex/": {"fail": 2, "fail_here": 1, "add": 0},
    "parse/": {"fail": 1, "fail_at": 1, "fail_node": 1, "ffail": 1, "fail_cat": (1, 2, 3),
               "ffail_chars": (1, 3, 5), "escape_error": 3, "add": 0},
    "compile/": {"syntax_error": 2, "syntax_error_at": 3, "syntax_error_name": (3, 6), "err_name": (1, 3),
                 "internal_error": 0, "too_big": 0, "check_async": 2, "add": 0},
    "mod/array.cpp": {"item_pos": 2},
    "mod/json.cpp": {"parse_error": 1},
}
# Those that are also called on an object (p.fail_at(...), m.add(...)).
METHODS = {"fail", "fail_at", "fail_node", "add"}
# MsgBuf::add takes a message piece only in its one-argument form.
ONE_ARGUMENT = {"add"}
MARK = 1
MAX_EXPANDED = 200  # bytes; src/vm/error.cpp expands into a buffer this size + 1



def message_args(rel):
    """The functions taking a message in the file at rel (relative to src/)."""
    funcs = {}
    for folder, table in MESSAGE_ARGS.items():
        if rel.replace(os.sep, "/").startswith(folder):
            funcs.update(table)
    return funcs

ESCAPES = {"n": 10, "t": 9, "r": 13, "0": 0, "\\": 92, "'": 39, '"': 34, "a": 7, "b": 8, "f": 12, "v": 11, "?": 63}


def skip_literal(s, i):
    """s[i] is a quote: index just past the literal."""
    q = s[i]
    i += 1
    while s[i] != q:
        i += 2 if s[i] == "\\" else 1
    return i + 1


def split_args(s, i):
    """s[i] is just past '(': list of (start, end) of each argument, and the
    index of the closing ')'. None when the text is not understood."""
    args, depth, start = [], 0, i
    while i < len(s):
        c = s[i]
        if c in "\"'":
            i = skip_literal(s, i)
            continue
        if s.startswith("//", i) or s.startswith("/*", i):
            return None
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                args.append((start, i))
                return args, i
            depth -= 1
        elif c == "," and depth == 0:
            args.append((start, i))
            start = i + 1
        i += 1
    return None


def decode_literal(body):
    """The bytes of a C string literal's body (no prefix), or None."""
    out, i = bytearray(), 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode()
            i += 1
            continue
        e = body[i + 1]
        if e == "x":
            m = re.match(r"[0-9a-fA-F]+", body[i + 2:])
            out.append(int(m.group(0), 16) & 0xFF)
            i += 2 + len(m.group(0))
        elif e in "01234567":
            m = re.match(r"[0-7]{1,3}", body[i + 1:])
            out.append(int(m.group(0), 8))
            i += 1 + len(m.group(0))
        elif e in ESCAPES:
            out.append(ESCAPES[e])
            i += 2
        else:
            return None
    return bytes(out)


LITERALS = re.compile(r'\s*"((?:[^"\\\n]|\\.)*)"')


def literal_run(s, i, end):
    """Adjacent string literals starting at i (after spaces) and ending before
    end: (start, stop, bytes) or None."""
    parts, pos, first = [], i, None
    while True:
        m = LITERALS.match(s, pos, end)
        if not m:
            break
        if first is None:
            first = m.start(1) - 1
        parts.append(m.group(1))
        pos = m.end()
    if not parts:
        return None
    data = b""
    for p in parts:
        d = decode_literal(p)
        if d is None:
            return None
        data += d
    return first, pos, data


def message_literals(s, a, b):
    """Literal runs making up the message argument s[a:b]: the whole
    argument is a literal run, or `cond ? run : run`."""
    text = s[a:b]
    if not text.strip():
        return []
    run = literal_run(s, a, b)
    if run and not s[run[1]:b].strip():
        return [run]
    # cond ? "x" : "y" with literal arms
    q = text.find("?")
    if q < 0 or '"' in text[:q]:
        return []
    r1 = literal_run(s, a + q + 1, b)
    if not r1:
        return []
    rest = s[r1[1]:b].lstrip()
    if not rest.startswith(":"):
        return []
    colon = s.index(":", r1[1])
    r2 = literal_run(s, colon + 1, b)
    if not r2 or s[r2[1]:b].strip() or s[r1[1]:colon].strip():
        return []
    return [r1, r2]


def find_messages(s, funcs):
    """(start, stop, bytes) of each message literal run in source s, whose
    message-taking functions are funcs."""
    found = []
    call = re.compile(r"(?<![\w:])(" + "|".join(funcs) + r")\s*\(")
    for m in call.finditer(s):
        name = m.group(1)
        before = s[:m.start()].rstrip()
        if (before.endswith(".") or before.endswith("->")) and name not in METHODS:
            continue  # some other object's method
        line_start = s.rfind("\n", 0, m.start()) + 1
        prefix = s[line_start:m.start()]
        if "//" in prefix or prefix.lstrip().startswith(("*", "#")):
            continue  # a comment or a preprocessor line
        if re.search(r"\b(void|Value)\s*$", prefix) or prefix.rstrip().endswith("::"):
            continue  # a declaration or definition, not a call
        parsed = split_args(s, m.end())
        if not parsed:
            continue
        args, _ = parsed
        if name in ONE_ARGUMENT and len(args) != 1:
            continue
        indexes = funcs[name] if isinstance(funcs[name], tuple) else (funcs[name],)
        for k in indexes:
            if k < len(args):
                found += message_literals(s, *args[k])
    return found


def compressible(data):
    return data and all(32 <= c < 127 for c in data)


# Bytes that stand for a rule: 0x80 + i for rule i below 128, 2 + i - 128
# for the next 30 (the control characters after MARK). Every other byte of a
# compressed message is printable ASCII and stands for itself.
MAX_RULES = 158
MAX_DEPTH = 24  # rules nest at most this deep (src/vm/error.cpp expands with a stack)


def code_of(i):
    return 0x80 + i if i < 128 else 2 + i - 128


def replace_pair(seq, a, b, sym):
    out, i = [], 0
    while i < len(seq):
        if i + 1 < len(seq) and seq[i] == a and seq[i + 1] == b:
            out.append(sym)
            i += 2
        else:
            out.append(seq[i])
            i += 1
    return out


def choose_rules(messages):
    """Re-Pair: again and again, the pair of adjacent symbols that occurs
    most often across the (distinct) messages becomes a new symbol, while
    one more saves bytes. Rule i is a pair of symbols; a symbol below 256 is
    a byte, 256 + i is rule i. Ties go to the smallest pair, so the result
    does not depend on anything but the messages."""
    seqs = [list(m) for m in messages]
    rules, depth = [], {}
    d = lambda x: depth[x] if x >= 256 else 0
    while len(rules) < MAX_RULES:
        counts = collections.Counter()
        for seq in seqs:
            for pair in zip(seq, seq[1:]):
                counts[pair] += 1
        best = None
        for pair, n in counts.items():
            if max(d(pair[0]), d(pair[1])) + 1 > MAX_DEPTH:
                continue
            if best is None or (n, -pair[0], -pair[1]) > (best[1], -best[0][0], -best[0][1]):
                best = (pair, n)
        # A rule costs its two bytes in the table and saves one per use.
        if best is None or best[1] <= 2:
            break
        (a, b), _ = best
        sym = 256 + len(rules)
        rules.append((a, b))
        depth[sym] = max(d(a), d(b)) + 1
        seqs = [replace_pair(seq, a, b, sym) for seq in seqs]
    return rules


def encode(data, rules):
    seq = list(data)
    for i, (a, b) in enumerate(rules):
        seq = replace_pair(seq, a, b, 256 + i)
    return bytes([MARK] + [code_of(x - 256) if x >= 256 else x for x in seq])


def decode(enc, rules):
    """What src/vm/error.cpp's expand_msg makes of enc (for the check)."""
    index = {code_of(i): i for i in range(len(rules))}

    def expand(c):
        if c in index:
            a, b = rules[index[c]]
            return expand(code_of(a - 256) if a >= 256 else a) + expand(code_of(b - 256) if b >= 256 else b)
        return bytes([c])

    return b"".join(expand(c) for c in enc[1:])


def c_literal(data):
    """A C string literal for bytes: printable ASCII as is, the rest as
    three-digit octal escapes (which never swallow a following digit)."""
    out = []
    for c in data:
        if c in (34, 92):
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return '"' + "".join(out) + '"'


def write_if_changed(path, text):
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("files", nargs="+")
    opts = ap.parse_args()

    sources = {}
    for path in opts.files:
        with open(path, encoding="utf-8") as f:
            sources[path] = f.read()
    found = {}
    for path, s in sources.items():
        funcs = message_args(os.path.relpath(path, opts.src))
        found[path] = [r for r in find_messages(s, funcs) if compressible(r[2])]
    messages = sorted({r[2] for runs in found.values() for r in runs})
    rules = choose_rules(messages)

    raw = packed = 0
    for path, s in sources.items():
        rel = os.path.relpath(path, opts.src)
        out, pos = [f'#line 1 "{os.path.abspath(path)}"\n'], 0
        for start, stop, data in sorted(found[path]):
            enc = encode(data, rules)
            if decode(enc, rules) != data:
                sys.exit(f"compress_msgs: {data!r} does not survive compression")
            if len(enc) >= len(data):
                continue  # no rule applies: the mark would only add a byte
            raw += len(data) + 1
            packed += len(enc) + 1
            out.append(s[pos:start])
            # Keep the line count: the newlines the literal run spanned.
            out.append(c_literal(enc) + "\n" * s.count("\n", start, stop))
            pos = stop
        out.append(s[pos:])
        write_if_changed(os.path.join(opts.out, rel), "".join(out))

    longest = max((len(m) for m in messages), default=0)
    if longest > MAX_EXPANDED:
        sys.exit(f"compress_msgs: a message of {longest} bytes is longer than {MAX_EXPANDED}")
    table = ",\n    ".join(", ".join(f"0x{code_of(x - 256) if x >= 256 else x:02x}" for x in pair) for pair in rules)
    write_if_changed(os.path.join(opts.out, "msg_pairs.cpp"),
                     "// Generated by tools/boards/compress_msgs.py: the pair rules of the\n"
                     "// compressed error messages (see src/vm/error.cpp), two bytes each.\n"
                     "namespace minnow {\n"
                     f"extern const unsigned char msg_pairs[] = {{\n    {table}}};\n"
                     "}  // namespace minnow\n")
    if opts.stats:
        dict_bytes = 2 * len(rules)
        print(f"{len(messages)} messages: {raw} bytes -> {packed} + {dict_bytes} of rules "
              f"(saves {raw - packed - dict_bytes}, counting every use)")


if __name__ == "__main__":
    main()
