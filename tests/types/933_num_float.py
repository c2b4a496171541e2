# float arithmetic with Python's signs and errors, exact comparisons with
# ints, repr, construction from text and objects, methods.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

inf = float('inf')
nan = float('nan')
fv = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 0.1, 1e300, -1e-300, 5e-324, inf, -inf, nan, 7.0, -7.0]
for a in fv:
    for b in fv:
        t(lambda: (a + b, a - b, a * b, a < b, a <= b, a == b, a != b, a > b, a >= b))
        t(lambda: a / b)
        t(lambda: a // b)
        t(lambda: a % b)
        t(lambda: divmod(a, b))
        t(lambda: a ** b)
for a in fv:
    t(lambda: (-a, abs(a), +a, bool(a), a.is_integer(), a.hex()))
    t(lambda: a.as_integer_ratio())
    t(lambda: (int(a), round(a), a.__trunc__(), a.__floor__(), a.__ceil__()))
    t(lambda: (round(a, 1), round(a, -1), round(a, 0), round(a, 400), round(a, -400)))
    t(lambda: float.fromhex(a.hex()) == a or a != a)
for i in [0, 1, -1, 2**53 + 1, 2**62, 2**63, -2**64, 10**20, 10**400]:
    for f in [0.0, 1.0, -1.0, 2.0**53, 2.0**62, 2.0**63, -2.0**64, 1e20, 1e308, inf, -inf, nan, 0.5]:
        t(lambda: (i < f, i <= f, i == f, i != f, i > f, i >= f, f < i, f == i))
        t(lambda: (i + f, i * f, f / i))
        t(lambda: (f % i, i // f))
for s in ['1.5', ' -2.5e3 ', 'inf', '-Infinity', 'nan', '1_000.5', '1__0', '.5', '5.', '1e',
          'x', '', '0x10', '1e400', '-1e-400', '\u00a01.5\u2003', '+1E+5']:
    t(lambda: float(s))
t(lambda: float(b' 2.5 '))
t(lambda: float(b'x'))
t(lambda: float())
t(lambda: float(10**400))
t(lambda: float([]))
t(lambda: float(1j))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()), float(2**60), float(True))
class MyF(float):
    pass
m = MyF(2.5)
print(m + 1, repr(m), float(m), type(float(m)).__name__, MyF.fromhex('0x1p3'))
print(type(MyF.fromhex('0x1p3')).__name__)
for s in ['0x1.8p1', '0X1P-2', '  -0x1.fffffffffffffp+1023 ', '0x1p1024', '0x.8p1', '0x1.',
          'inf', '-nan', '0x', '1p', 'g', '0x1p-1074', '0x1p-1075', '0x3p-1076',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080000001p0', '12',
          '0x0p99999999999']:
    t(lambda: float.fromhex(s))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-2.5), round(2.675, 2))
t(lambda: round(1e300, 2))
t(lambda: round(1.7976931348623157e308, -308))
t(lambda: round(inf))
t(lambda: round(nan))
print((2.5).real, (2.5).imag, (2.5).conjugate(), (2.5).__add__(1), (2.5).__radd__(1))
print((2.5).__add__(1j), (2.5).__floordiv__(2), (2.5).__mod__(-1), (-2.5).__abs__())
print(1e16, 1.0e-5, 123456789012345678.0, 0.1 + 0.2, 1e22, 1e-7, 2.0**0.5, 1/3)
print((-8) ** (1 / 3), (-8.0) ** 0.5, (-2.0) ** 1001, 10 ** -400, 2 ** -1074)
t(lambda: 2.0 ** 10000)
t(lambda: 0.0 ** -1)
t(lambda: 1e308 * 10)
