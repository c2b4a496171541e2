#!/usr/bin/env python3
"""Differential test of src/util/fltfmt against CPython.

Generates random and adversarial cases for repr, format (every float
presentation type, precisions 0..20 and some large ones, '#' and 'z'), the
%-operator, round(x, n) and float(str), runs them through the fltfmt_cli
driver in one batch, and compares every output line with CPython's answer.

    fltfmt_fuzz.py path/to/fltfmt_cli [--count N] [--seed S]

Exit status 0 when everything matches.
"""
import argparse
import math
import random
import struct
import subprocess
import sys
from fractions import Fraction


def bits(x):
    return struct.pack('>d', x).hex()


def from_bits(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


def exact_decimal(fr):
    """Exact decimal string of a dyadic Fraction > 0 (plain notation)."""
    num, den = fr.numerator, fr.denominator
    k = den.bit_length() - 1
    assert den == 1 << k
    digits = str(num * 5 ** k)
    if k == 0:
        return digits
    if len(digits) <= k:
        digits = '0' * (k - len(digits) + 1) + digits
    return digits[:-k] + '.' + digits[-k:]


class Gen:
    def __init__(self, rng):
        self.rng = rng

    def random_bits(self):
        return from_bits('%016x' % self.rng.getrandbits(64))

    def finite_bits(self):
        while True:
            x = self.random_bits()
            if math.isfinite(x):
                return x

    def value(self):
        """A double from a mix of distributions."""
        r = self.rng.random()
        rng = self.rng
        if r < 0.25:
            return self.random_bits()
        if r < 0.45:  # typical magnitudes
            return rng.uniform(-1, 1) * 10 ** rng.randint(-8, 12)
        if r < 0.6:  # short decimals, as programs write them
            d = rng.randint(1, 17)
            m = rng.randint(1, 10 ** d - 1)
            return float('%de%d' % (m, rng.randint(-30, 30))) * rng.choice((1, -1))
        if r < 0.7:  # powers of ten and their neighbours
            x = float('1e%d' % rng.randint(-325, 308))
            for _ in range(rng.randint(0, 2)):
                x = math.nextafter(x, rng.choice((0.0, math.inf)))
            return x
        if r < 0.78:  # subnormals, including tiny mantissas
            c = rng.randint(1, 200) if rng.random() < 0.5 else rng.getrandbits(52)
            return from_bits('%016x' % max(c, 1))
        if r < 0.86:  # powers of two (asymmetric intervals) and neighbours
            x = math.ldexp(1.0, rng.randint(-1074, 1023))
            if rng.random() < 0.5:
                x = math.nextafter(x, rng.choice((0.0, math.inf)))
            return x
        if r < 0.90:  # dyadic values: exact ties when formatted
            return rng.randint(0, 10 ** 6) / 2 ** rng.randint(0, 12) * 10 ** rng.randint(0, 3)
        if r < 0.94:  # runs of nines: rounding carries into a new digit
            d = rng.randint(1, 18)
            return float('%s5e%d' % ('9' * d, rng.randint(-320, 300))) * rng.choice((1, -1))
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324,
                           1.7976931348623157e308, 2.2250738585072014e-308,
                           2.225073858507201e-308, 9007199254740992.0,
                           9007199254740993.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e16, 1e-4,
                           9.999999999999999e15, 1e23, 123456789012345678.0])


def fmt_spec_str(z, alt, prec, typ):
    return ('z' if z else '') + ('#' if alt else '') + ('' if prec is None else '.%d' % prec) + typ


def gen_format_cases(g, n, out):
    rng = g.rng
    types = ['e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '']
    for _ in range(n):
        x = g.value()
        typ = rng.choice(types)
        r = rng.random()
        if r < 0.15:
            prec = None
        elif r < 0.9:
            prec = rng.randint(0, 20)
        else:
            prec = rng.choice([21, 25, 30, 40, 60, 100, 330, 400, 800, 1000, 1100])
        if rng.random() < 0.15 and math.isfinite(x) and x != 0:
            # precisions around the 17-digit switch between fast and exact paths
            e = math.floor(math.log10(abs(x)))
            typ = rng.choice(['f', 'e', 'g', ''])
            prec = max(0, (16 - e if typ == 'f' else 16) + rng.randint(-3, 3))
        z = rng.random() < 0.1
        alt = rng.random() < 0.2
        spec = fmt_spec_str(z, alt, prec, typ)
        expect = format(x, spec)
        out.append(('F %s %s' % (bits(x), spec or '_'), expect, 'format'))


def gen_repr_cases(g, n, out):
    for _ in range(n):
        x = g.value()
        out.append(('R %s' % bits(x), repr(x), 'repr'))


def gen_printf_cases(g, n, out):
    rng = g.rng
    for _ in range(n):
        x = g.value()
        conv = rng.choice('eEfFgGrs')
        prec = rng.choice([-1] + list(range(0, 21)) + [30, 50, 120])
        alt = rng.random() < 0.25
        if conv in 'rs':
            expect = ('%' + conv) % x
        else:
            expect = ('%' + ('#' if alt else '') + ('' if prec < 0 else '.%d' % prec) + conv) % x
        out.append(('P %s %s %d %d' % (bits(x), conv, prec, int(alt)), expect, 'printf'))


def gen_round_cases(g, n, out):
    rng = g.rng
    for _ in range(n):
        x = g.value()
        r = rng.random()
        if r < 0.7:
            nd = rng.randint(-20, 20)
        elif r < 0.9:
            nd = rng.randint(-330, 330)
        else:
            # round near the value's own precision
            e = 0 if x == 0 or not math.isfinite(x) else math.floor(math.log10(abs(x)))
            nd = max(-400, min(400, -e + rng.randint(-3, 18)))
        try:
            expect = bits(round(x, nd))
        except OverflowError:
            expect = 'OVF'
        out.append(('D %s %d' % (bits(x), nd), expect, 'round'))


def decorate(rng, s):
    """Randomly add underscores, sign, whitespace, case changes."""
    if rng.random() < 0.15:
        chars = []
        for i, ch in enumerate(s):
            chars.append(ch)
            if ch.isdigit() and i + 1 < len(s) and s[i + 1].isdigit() and rng.random() < 0.3:
                chars.append('_')
        s = ''.join(chars)
    if rng.random() < 0.3:
        s = rng.choice(['+', '-']) + s
    if rng.random() < 0.1:
        s = rng.choice([' ', '\t', '\n', '  ', '\u00a0', '\u3000']) + s
    if rng.random() < 0.1:
        s = s + rng.choice([' ', '\r\n', '\u2028', '\x0b'])
    if rng.random() < 0.1:
        s = s.upper()
    return s


def mutate(rng, s):
    """A random edit, often making the text invalid."""
    alphabet = '0123456789._eE+-  infINFnaNtyx\x1c\x00'
    i = rng.randint(0, len(s))
    op = rng.random()
    if op < 0.4:
        return s[:i] + rng.choice(alphabet) + s[i:]
    if op < 0.7 and s:
        return s[:i] + s[i + 1:]
    if s:
        i = min(i, len(s) - 1)
        return s[:i] + rng.choice(alphabet) + s[i + 1:]
    return s


def halfway_strings(g):
    """Decimal strings at, just above and just below a halfway point."""
    rng = g.rng
    x = abs(g.finite_bits()) if rng.random() < 0.5 else abs(g.value())
    if not math.isfinite(x) or x == 0:
        x = 1.0
    y = math.nextafter(x, math.inf)
    if math.isinf(y):
        y_fr = Fraction(2) ** 1024
    else:
        y_fr = Fraction(y)
    h = (Fraction(x) + y_fr) / 2
    s = exact_decimal(h)
    res = [s]
    digits_only = s.replace('.', '')
    # bump the last digit / append tiny tails
    res.append(s + '0' * rng.randint(0, 30) + '1')
    if s[-1] != '0':
        res.append(s[:-1] + str(int(s[-1]) - 1) + '9' * rng.randint(0, 30))
    # truncations at various lengths
    for keep in (17, 18, 19, 20, 25, 40):
        if len(digits_only) > keep:
            lead = len(s) - len(s.lstrip('0.'))
            t = s[:lead + keep + (1 if '.' in s[:lead + keep + 1] else 0)]
            res.append(t)
    # the same in scientific notation
    sig = digits_only.lstrip('0')
    exp = (s.index('.') if '.' in s else len(s)) - (len(digits_only) - len(sig)) - 1
    res.append(sig[0] + '.' + sig[1:] + 'e' + str(exp))
    return res


def gen_parse_cases(g, n, out):
    rng = g.rng
    for _ in range(n):
        r = rng.random()
        if r < 0.3:  # random decimal, 1..25 digits, random exponent
            nd = rng.randint(1, 25)
            digits = ''.join(rng.choice('0123456789') for _ in range(nd))
            pos = rng.randint(0, nd)
            body = digits[:pos] + ('.' if rng.random() < 0.7 else '') + digits[pos:]
            if body == '.':
                body = '0.'
            if rng.random() < 0.8:
                body += rng.choice('eE') + rng.choice(['', '+', '-']) + str(rng.randint(0, 350))
            strs = [body]
        elif r < 0.55:
            strs = halfway_strings(g)
        elif r < 0.7:  # repr and long exact expansions of random doubles
            x = abs(g.value())
            strs = [repr(x)]
            if math.isfinite(x) and x != 0:
                strs.append(exact_decimal(Fraction(x)))
                strs.append('%.25e' % x)
        elif r < 0.75:  # around the 19-digit and exact-double-arithmetic limits
            w = rng.choice([2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 10 ** 19 - 1, 10 ** 19,
                            10 ** 19 + 1, 2 ** 64 - 1, 2 ** 64 + 1, rng.randint(1, 2 ** 64)])
            strs = ['%de%d' % (w, rng.choice([-23, -22, -21, 21, 22, 23, rng.randint(-350, 330)]))]
        elif r < 0.8:  # overflow / underflow boundaries and huge exponents
            strs = [rng.choice(['1.7976931348623157e308', '1.7976931348623158e308',
                                '1.797693134862315807e308', '1.7976931348623159e308',
                                '2.4703282292062327e-324', '2.4703282292062328e-324',
                                '2.47032822920623272e-324', '4.9406564584124654e-324',
                                '1e-400', '1e400', '0e99999999999999999999', '1e-99999999999',
                                '1e99999999999', '2.2250738585072011e-308',
                                '2.2250738585072012e-308', '0.' + '0' * 400 + '1e400',
                                '1' + '0' * 400 + 'e-400', '9' * 800 + 'e-800',
                                '0.' + '0' * 330 + '247032822920623272',
                                '1' * 850 + 'e-849', '4.9e-324', '5e-324', '3e-324',
                                '2.5e-324', '7.5e-324'])]
        else:  # syntax edge cases and mutations
            base = rng.choice(['1.5', '1_000.5', '.5', '5.', '1e5', '1E+5', 'inf', 'nan',
                               'Infinity', '-iNF', '+nan', '1_0e1_0', '0x10', '1__0', '_1',
                               '1_', '1._5', '1_.5', '.', 'e5', '.e5', '1e', '1e+', '1.5.5',
                               '--1', '+-1', '', ' ', 'infinit', 'nan1', '1\x1c',
                               '\x1c1', '1e5_', '1e_5', '0_0', '00.5', '0.0e0'])
            strs = [mutate(rng, base) if rng.random() < 0.5 else base]
        for s in strs:
            s = decorate(rng, s)
            try:
                expect = bits(float(s))
            except ValueError:
                expect = 'ERR'
            out.append(('S %s' % s.encode('utf-8').hex(), expect, 'parse'))


def gen_forced_cases(g, n, out):
    """Exact big-integer paths against the fast ones / CPython."""
    rng = g.rng
    for _ in range(n):
        x = g.value()
        if not math.isfinite(x) or x == 0:
            x = 1.0
        out.append(('X R %s' % bits(x), 'same', 'forced-repr'))
        strs = halfway_strings(g) if rng.random() < 0.5 else [repr(abs(g.value()))]
        for s in strs:
            try:
                expect = bits(float(s))
            except ValueError:
                expect = 'ERR'
            out.append(('X S %s' % s.encode('utf-8').hex(), expect, 'forced-parse'))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('cli')
    ap.add_argument('--count', type=int, default=50000, help='cases per category')
    ap.add_argument('--seed', type=int, default=None)
    ap.add_argument('--show', type=int, default=20)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    g = Gen(random.Random(seed))
    cases = []
    gen_repr_cases(g, args.count, cases)
    gen_format_cases(g, args.count * 2, cases)
    gen_printf_cases(g, args.count // 2, cases)
    gen_round_cases(g, args.count, cases)
    gen_parse_cases(g, args.count, cases)
    gen_forced_cases(g, args.count // 10, cases)
    data = ''.join(c[0] + '\n' for c in cases).encode()
    res = subprocess.run([args.cli], input=data, stdout=subprocess.PIPE, check=True)
    lines = res.stdout.decode('utf-8', 'replace').split('\n')
    bad = 0
    per = {}
    for i, (cmd, expect, cat) in enumerate(cases):
        got = lines[i] if i < len(lines) else '<missing>'
        per.setdefault(cat, [0, 0])[0] += 1
        if got != expect:
            per[cat][1] += 1
            bad += 1
            if bad <= args.show:
                print('MISMATCH [%s] %s\n   expected %r\n   got      %r' % (cat, cmd[:200], expect[:200], got[:200]))
    print('seed %d: %d cases, %d mismatches' % (seed, len(cases), bad))
    for cat, (n, b) in sorted(per.items()):
        print('  %-14s %7d cases %5d bad' % (cat, n, b))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
