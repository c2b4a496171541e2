# cmath on points around the branch cuts and the special constants.
import cmath
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def c(z):
    # Printed with 12 digits: the last bits of libm results may differ.
    if isinstance(z, complex):
        return '(%.12g, %.12g)' % (z.real, z.imag)
    if isinstance(z, tuple):
        return tuple([c(x) for x in z])
    return '%.12g' % z if isinstance(z, float) else repr(z)

points = [1 + 1j, -1 + 0j, -1 - 0j, 0.5 - 0.3j, 2j, -3 - 4j, 1e-5 + 1e-5j, 10 + 10j,
          complex(0.0, -0.0), 3, -2.5, 1.5 + 0j, complex(-2, -0.0)]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh',
         'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
def safe(f, z):
    try:
        return c(f(z))
    except Exception as e:
        return type(e).__name__
for n in names:
    f = getattr(cmath, n)
    print(n, [safe(f, z) for z in points])
print(cmath.sqrt(-4), cmath.sqrt(3 + 4j), cmath.sqrt(-1), cmath.sqrt(complex(-4, -0.0)))
t(lambda: cmath.log(0))
t(lambda: cmath.atanh(1))
t(lambda: cmath.exp(1000))
t(lambda: cmath.sqrt('x'))
print(c(cmath.log(8, 2)), c(cmath.rect(2, 0)), c(cmath.rect(2, cmath.pi / 2)))
print(cmath.infj, cmath.nanj, cmath.inf, cmath.tau, cmath.pi, cmath.e)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j, abs_tol=1.5))
