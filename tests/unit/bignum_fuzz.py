#!/usr/bin/env python3
"""Differential test of util/bignum against CPython's int.

Generates random operations (small, huge, negative, values at digit
boundaries, powers of two, digit patterns that stress Knuth's division),
feeds them to the bignum_cli executable and compares every answer with what
CPython computes.

    python3 tests/unit/bignum_fuzz.py path/to/bignum_cli [--cases N] [--seed S]
                                      [--big] [--only OP,OP]

Exit status 0 when every answer matches. --big adds operands of tens of
thousands of digits (Karatsuba's recursion, long divisions).
"""
import argparse
import math
import random
import struct
import subprocess
import sys

PATTERN_DIGITS = [0, 1, 2, 3, 0x20000000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF]


def to_hex(x):
    return ("-" if x < 0 else "") + format(abs(x), "x")


def dbits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


class Gen:
    def __init__(self, rng, maxbits):
        self.r = rng
        self.maxbits = maxbits

    def sign(self, x):
        return -x if self.r.random() < 0.5 else x

    def mag(self, maxbits=None):
        r = self.r
        maxbits = maxbits or self.maxbits
        k = r.random()
        if k < 0.2:
            return r.getrandbits(r.randint(1, 70))
        if k < 0.35:  # at a digit boundary
            d = r.randint(1, max(1, min(maxbits // 32, 12)))
            return max(0, (1 << (32 * d)) + r.randint(-3, 3))
        if k < 0.55:  # digits drawn from values that stress carries and qhat
            n = r.randint(1, max(1, maxbits // 32))
            x = 0
            for _ in range(n):
                x = (x << 32) | (r.choice(PATTERN_DIGITS) if r.random() < 0.8 else r.getrandbits(32))
            return x
        if k < 0.65:
            return (1 << r.randint(0, maxbits)) + r.choice([0, 0, 1, -1])
        if k < 0.68:
            return r.choice([0, 1, 2])
        return r.getrandbits(r.randint(1, maxbits))

    def int(self, maxbits=None):
        return self.sign(self.mag(maxbits))

    def nonzero(self, maxbits=None):
        while True:
            x = self.int(maxbits)
            if x:
                return x


def to_base(x, base):
    digs = "0123456789abcdefghijklmnopqrstuvwxyz"
    if x == 0:
        return "0"
    if base == 10:
        return str(x)
    neg, x = x < 0, abs(x)

    def rec(v, width):  # exactly `width` digits, divide and conquer
        if width <= 32:
            out = []
            for _ in range(width):
                v, d = divmod(v, base)
                out.append(digs[d])
            return "".join(reversed(out))
        half = width // 2
        hi, lo = divmod(v, base ** half)
        return rec(hi, width - half) + rec(lo, half)

    width = 1
    while base ** width <= x:
        width *= 2
    return ("-" if neg else "") + (rec(x, width).lstrip("0") or "0")


def py_hash(x, ptrbits):
    if ptrbits == 64:
        return hash(x)
    m = (1 << 31) - 1
    h = abs(x) % m
    if x < 0:
        h = -h
    return -2 if h == -1 else h


def make_cases(g, count, ops, ptrbits):
    r = g.r
    cases = []

    def add(line, expect):
        cases.append((line, expect))

    for _ in range(count):
        op = r.choice(ops)
        if op in ("add", "sub", "mul", "and", "or", "xor", "cmp"):
            a, b = g.int(), g.int()
            if r.random() < 0.2:  # operands of very different sizes
                b = g.int(64)
            fn = {"add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b,
                  "and": lambda: a & b, "or": lambda: a | b, "xor": lambda: a ^ b,
                  "cmp": lambda: (a > b) - (a < b)}[op]
            v = fn()
            add(f"{op} {to_hex(a)} {to_hex(b)}", str(v) if op == "cmp" else to_hex(v))
        elif op == "sqr":
            a = g.int()
            add(f"sqr {to_hex(a)}", to_hex(a * a))
        elif op == "divmod":
            a, b = g.int(), g.nonzero()
            if r.random() < 0.3:  # quotient near a digit boundary
                b = g.nonzero(g.maxbits // 2)
                a = b * g.int(g.maxbits // 2) + g.int(b.bit_length())
            q, m = divmod(a, b)
            add(f"divmod {to_hex(a)} {to_hex(b)}", f"{to_hex(q)} {to_hex(m)}")
        elif op == "pow":
            a = g.int(r.choice([3, 10, 64, 200]))
            e = r.randint(0, max(1, 6000 // max(1, a.bit_length())))
            if r.random() < 0.1:
                a = r.choice([0, 1, -1, 2, -2, 1 << r.randint(0, 100)])
                e = r.randint(0, 2000)
            add(f"pow {to_hex(a)} {to_hex(e)}", to_hex(a ** e))
        elif op == "powmod":
            a = g.int(r.choice([64, 300, 1000]))
            m = g.nonzero(r.choice([32, 64, 300, 1000]))
            e = g.int(r.choice([8, 64, 300]))
            try:
                v = to_hex(pow(a, e, m))
            except ValueError:
                v = "NOTINV"
            add(f"powmod {to_hex(a)} {to_hex(e)} {to_hex(m)}", v)
        elif op == "not":
            a = g.int()
            add(f"not {to_hex(a)}", to_hex(~a))
        elif op in ("shl", "shr"):
            a = g.int()
            k = r.randint(0, 300) if r.random() < 0.7 else r.randint(0, a.bit_length() + 100)
            add(f"{op} {to_hex(a)} {k}", to_hex(a << k if op == "shl" else a >> k))
        elif op == "gcd":
            a, b = g.int(), g.int()
            if r.random() < 0.4:
                c = g.int(g.maxbits // 3)
                a, b = a * c, b * c
            if r.random() < 0.2:  # consecutive Fibonacci numbers: the most steps
                n = r.randint(2, 3000)
                x, y = 0, 1
                for _ in range(n):
                    x, y = y, x + y
                a, b = x, y
            add(f"gcd {to_hex(a)} {to_hex(b)}", to_hex(math.gcd(a, b)))
        elif op == "str":
            a = g.int()
            base = r.choice([10, 10, 10, 2, 8, 16, 32, 3, 7, 36, r.randint(2, 36)])
            up = r.random() < 0.2
            s = to_base(a, base)
            add(f"{'STR' if up else 'str'} {to_hex(a)} {base}", s.upper() if up else s)
        elif op == "parse":
            base = r.choice([10, 10, 2, 8, 16, 3, 36, r.randint(2, 36)])
            a = g.mag()
            s = to_base(a, base)
            if r.random() < 0.5:
                s = "".join(c.upper() if r.random() < 0.5 else c for c in s)
            if r.random() < 0.3:
                s = "0" * r.randint(1, 5) + s
            us = r.random() < 0.7
            if r.random() < 0.4:  # insert underscores, sometimes badly
                for _ in range(r.randint(1, 4)):
                    i = r.randint(0, len(s))
                    s = s[:i] + "_" * r.choice([1, 1, 1, 2]) + s[i:]
            if r.random() < 0.15:  # a character outside the base
                i = r.randint(0, len(s))
                s = s[:i] + r.choice(["!", ".", "z" if base < 36 else "$", str(min(base, 9)) if base <= 9 else "#"]) + s[i:]
            if r.random() < 0.02:
                s = ""
            low = s.lower()
            if (base == 16 and low.startswith("0x")) or (base == 8 and low.startswith("0o")) or (
                    base == 2 and low.startswith("0b")):
                continue  # Python would take those as a prefix
            try:
                if not us and "_" in s:
                    raise ValueError
                v = to_hex(int(s, base))
            except ValueError:
                v = "INVALID"
            add(f"parse {base} {1 if us else 0} {s or '<empty>'}", v)
        elif op == "tod":
            a = g.int(r.choice([64, 200, 1100]))
            if r.random() < 0.2:  # halfway cases and the top of the range
                k = r.randint(54, 1030)
                a = g.sign((r.getrandbits(53) | (1 << 53) | 1) << (k - 54))
                if r.random() < 0.5:
                    a += g.sign(1)
            try:
                v = dbits(float(a))
            except OverflowError:
                v = "OVERFLOW"
            add(f"tod {to_hex(a)}", v)
        elif op == "fromd":
            while True:
                if r.random() < 0.5:
                    bits = r.getrandbits(64)
                else:
                    x = r.choice([r.uniform(-1e20, 1e20), r.uniform(-10, 10), 2.0 ** r.randint(-5, 1023) * r.random(), 0.0, -0.0])
                    bits = struct.unpack("<Q", struct.pack("<d", x))[0]
                x = struct.unpack("<d", struct.pack("<Q", bits))[0]
                if math.isfinite(x):
                    break
            add(f"fromd {bits:016x}", to_hex(int(x)))
        elif op == "tdiv":
            k = r.random()
            if k < 0.3:  # quotient near the overflow or the subnormal edge
                b = g.nonzero(r.choice([64, 300, 1200]))
                shift = b.bit_length() + r.choice([r.randint(1018, 1030), r.randint(-1085, -1015), r.randint(-60, 60)])
                a = g.sign(r.getrandbits(r.randint(1, 80)) + 1)
                a = a << shift if shift >= 0 else a
                if shift < 0:
                    b <<= -shift
            elif k < 0.5:
                a, b = g.int(53), g.nonzero(53)
            else:
                a, b = g.int(r.choice([64, 300, 1500])), g.nonzero(r.choice([64, 300, 1500]))
            try:
                v = dbits(a / b)
            except OverflowError:
                v = "OVERFLOW"
            add(f"tdiv {to_hex(a)} {to_hex(b)}", v)
        elif op == "tobytes":
            a = g.int(r.choice([8, 16, 64, 200]))
            if r.random() < 0.3:
                n = r.randint(0, 9)
                a = r.choice([1 << (8 * n), -(1 << (8 * n)), (1 << (8 * n)) - 1, -(1 << (8 * n)) - 1, 1 << max(0, 8 * n - 1), -(1 << max(0, 8 * n - 1))])
            length = max(0, (a.bit_length() + 7) // 8 + r.randint(-1, 2))
            little, signed = r.random() < 0.5, r.random() < 0.6
            try:
                v = a.to_bytes(length, "little" if little else "big", signed=signed).hex() or "-"
            except OverflowError:
                v = "OVERFLOW"
            add(f"tobytes {to_hex(a)} {length} {int(little)} {int(signed)}", v)
        elif op == "frombytes":
            n = r.randint(0, 40)
            data = bytes(r.choice([0, 0xFF, 0x80, 0x7F, r.randint(0, 255)]) for _ in range(n))
            little, signed = r.random() < 0.5, r.random() < 0.6
            v = int.from_bytes(data, "little" if little else "big", signed=signed)
            add(f"frombytes {data.hex() or '-'} {int(little)} {int(signed)}", to_hex(v))
        elif op == "toi64":
            a = g.int(r.choice([32, 63, 64, 65, 100]))
            if r.random() < 0.3:
                a = r.choice([1 << 63, -(1 << 63), (1 << 63) - 1, -(1 << 63) - 1, 0])
            v = str(a) if -(1 << 63) <= a < (1 << 63) else "OVERFLOW"
            add(f"toi64 {to_hex(a)}", v)
        elif op == "fits":
            a = g.int(r.choice([31, 32, 33, 63, 64, 65]))
            if r.random() < 0.3:
                e = ptrbits - 1
                a = r.choice([1 << e, -(1 << e), (1 << e) - 1, -(1 << e) - 1])
            lim = 1 << (ptrbits - 1)
            add(f"fits {to_hex(a)}", "1" if -lim <= a < lim else "0")
        elif op == "bitlen":
            a = g.int()
            add(f"bitlen {to_hex(a)}", str(a.bit_length()))
        elif op == "bitcount":
            a = g.int()
            add(f"bitcount {to_hex(a)}", str(bin(a).count("1")))
        elif op == "hash":
            a = g.int(r.choice([32, 64, 65, 200, 2000]))
            if r.random() < 0.2:
                m = (1 << 61) - 1 if ptrbits == 64 else (1 << 31) - 1
                a = g.sign(m * r.randint(0, 5) + r.randint(-2, 2))
            add(f"hash {to_hex(a)}", str(py_hash(a, ptrbits)))
        elif op == "divsmall":
            a = g.mag()
            d = r.choice([1, 2, 3, 10, 1000000000, 0xFFFFFFFF, 0x80000000, 0x7FFFFFFF, r.randint(1, 0xFFFFFFFF), r.randint(1, 1000)])
            q, m = divmod(a, d)
            add(f"divsmall {to_hex(a)} {d}", f"{to_hex(q)} {m:x}")
        elif op == "mulsmall":
            a = g.mag()
            m = r.choice([0, 1, 10, 0xFFFFFFFF, r.randint(0, 0xFFFFFFFF)])
            c = r.choice([0, 1, 0xFFFFFFFF, r.randint(0, 0xFFFFFFFF)])
            add(f"mulsmall {to_hex(a)} {m} {c}", to_hex(a * m + c))
        elif op == "inplace":
            a, b = g.mag(), g.mag()
            if a < b:
                a, b = b, a
            if a < 7:
                a += 7
            exp = [a + b, a + b, a - b, b - a if b > a else a - b, a << 37, a >> 37, b + 7, a - 7]
            add(f"inplace {to_hex(a)} {to_hex(b)}", " ".join(to_hex(x) for x in exp))
    return cases


ALL_OPS = ["add", "sub", "mul", "sqr", "and", "or", "xor", "cmp", "divmod", "pow", "powmod", "not", "shl",
           "shr", "gcd", "str", "parse", "tod", "fromd", "tdiv", "tobytes", "frombytes", "toi64", "fits",
           "bitlen", "bitcount", "hash", "divsmall", "mulsmall", "inplace"]


def run_cli(cli, lines):
    p = subprocess.run([cli], input="\n".join(lines) + "\n", capture_output=True, text=True)
    if p.returncode != 0:
        sys.stderr.write(p.stderr[-4000:])
        raise SystemExit(f"bignum_cli exited with status {p.returncode}")
    return p.stdout.split("\n")[: len(lines)]


def main():
    sys.set_int_max_str_digits(0)
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("--cases", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--big", action="store_true")
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    ptrbits = int(run_cli(args.cli, ["ptrbits"])[0])
    ops = args.only.split(",") if args.only else ALL_OPS
    cases = make_cases(Gen(rng, 3000), args.cases, ops, ptrbits)
    if args.big:
        big_ops = [o for o in ops if o in ("mul", "sqr", "divmod", "gcd", "str", "parse", "add", "sub", "xor")]
        if big_ops:
            cases += make_cases(Gen(rng, 200000), max(50, args.cases // 100), big_ops, ptrbits)
    got = run_cli(args.cli, [c[0] for c in cases])
    bad = 0
    for (line, want), have in zip(cases, got):
        if want != have:
            bad += 1
            if bad <= 10:
                print(f"MISMATCH: {line[:300]}\n  want {want[:300]}\n  have {have[:300]}")
    print(f"seed {seed}: {len(cases)} cases, {bad} mismatches (intptr {ptrbits} bits)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
