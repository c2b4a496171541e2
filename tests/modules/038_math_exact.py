# The exactly specified float operations on their edge values: floor, ceil,
# trunc, round, float % and //, divmod, math.fmod, modf, frexp, ldexp, sqrt
# (the boards have their own versions of the C functions behind them).
import math

inf = float('inf')
nan = float('nan')
MAXSUB = 2.2250738585072009e-308  # the largest subnormal
MIN = 2.2250738585072014e-308     # the smallest normal
MAX = 1.7976931348623157e308
vals = [0.0, -0.0, 5e-324, -5e-324, MAXSUB, -MIN, MAX, -MAX, inf, -inf, nan,
        0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.5, 0.49999999999999994, -0.5000000000000001,
        0.1, -7.25, 3.0, 123456.5, 1e-300, -1e300, 4503599627370495.5, -4503599627370497.0,
        2251799813685248.5, 2251799813685249.5, 9007199254740992.0, 1e22]


def short(r):
    # Big ints by their size and a residue: shorter output, as exact.
    if type(r) is tuple:
        return '(' + ', '.join(short(x) for x in r) + ')'
    if type(r) is int and r.bit_length() > 64:
        return '<%d bits %d>' % (r.bit_length(), r % 1000000007)
    return repr(r)


def t(f):
    try:
        r = f()
    except Exception as e:
        return type(e).__name__
    return short(r)


for v in vals:
    print(repr(v), t(lambda: math.floor(v)), t(lambda: math.ceil(v)), t(lambda: math.trunc(v)),
          t(lambda: round(v)), t(lambda: int(v)))
    print('  ', t(lambda: math.modf(v)), t(lambda: math.frexp(v)), t(lambda: math.sqrt(v)),
          t(lambda: v == math.floor(v)))

# ldexp around the ends of the range: overflow, and rounding (ties to even)
# among the subnormals.
for a in [0.0, -0.0, 1.0, -1.5, 0.5, 0.75, 2.5, 3.5, -0.5000000000000001, MAXSUB, MIN, MAX,
          5e-324, inf, nan]:
    print(repr(a), [t(lambda: math.ldexp(a, i))
                    for i in (0, 1, -1, 52, -1022, -1074, -1075, -1076, 1023, 1024, 2098, -2098,
                              100000, -100000)])

# fmod, %, // and divmod on pairs of very different sizes, subnormal
# divisors, zeros and specials.
xs = [0.0, -0.0, 5e-324, 1e-310, MIN, 0.1, 1.0, -2.5, 7.0, -7.5, 1e22, 1e300, MAX, inf, nan]
ys = [0.0, 5e-324, -3e-320, MIN, 0.1, -0.5, 1.0, 2.5, -3.0, 1e22, -1e300, inf, -inf, nan]
for x in xs:
    print(repr(x), [t(lambda: math.fmod(x, y)) for y in ys])
    print('  %', [t(lambda: x % y) for y in ys])
    print('  //', [t(lambda: x // y) for y in ys])
for x, y in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.1), (-1e-300, 1e300),
             (1e300, 3e-300), (MAX, 5e-324), (MAX, 1.5), (5e-324, 1e-320), (6.0, 3.0), (-6.0, 3.0)]:
    print(repr(x), repr(y), t(lambda: divmod(x, y)), t(lambda: math.fmod(x, y)))

# Square roots; through ** 0.5 too (the C pow calls sqrt for it), on values
# where C pows agree with sqrt; exact powers of two (pow's result goes
# through scalbn).
for v in [2.0, 3.0, 0.1, 1e-310, 5e-324, MAXSUB, MIN, MAX, 1e300, 0.25, 1.0000000000000002,
          0.9999999999999999, 4503599627370497.0]:
    print(repr(v), repr(math.sqrt(v)))
print([v ** 0.5 for v in (2.0, 3.0, 0.1, 0.25, 1e300, MAX, MIN, 5e-324)])
print([2.0 ** e for e in (-1074, -1075, -1022, 1023, -1023)], 0.5 ** 1074, 0.25 ** 537.5)
