# complex: repr, arithmetic against every number type, pow, parsing and
# construction.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

inf = float('inf')
nan = float('nan')
cv = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(0.0, -0.0), complex(-0.0, 0.0),
      complex(inf, 1), complex(nan, 1), complex(1, nan), complex(1e16, 1e-5), 3 + 0j, 2, 2.5]
for a in cv:
    t(lambda: (repr(a), str(a)))
    t(lambda: (-a, +a, abs(a), bool(a)))
    for b in cv:
        t(lambda: (a + b, a - b, a * b, a == b, a != b))
        t(lambda: a / b)
        t(lambda: a ** b)
print(hash(1 + 2j), hash(3 + 0j) == hash(3), hash(complex(1.5, 0)) == hash(1.5))
t(lambda: 1j < 2j)
t(lambda: 1j // 1)
t(lambda: divmod(1j, 1))
t(lambda: (10 + 0j) ** 1000)
t(lambda: 0j ** -1)
print((1 + 2j) ** -2, (1 + 2j) ** 0.5, (1 + 2j) ** 11, (1 + 2j) ** (1 + 1j))
print((1 + 2j).conjugate(), (1 + 2j).real, (1 + 2j).imag, (1 + 2j).__add__(1), (1j).__mul__(1j))
print(1 == 1 + 0j, 2**60 == complex(2**60, 0), 2**53 + 1 == complex(2**53 + 1, 0), 1.5 == 1.5 + 0j)
for s in ['1+2j', ' (1+2j) ', '1e3j', '-j', 'j', '+j', 'inf+nanj', '1+j', '1 + 2j', '', '(1)',
          '1_000+2_0j', '1.5e-3-2.5E+2j', '(', '()', '1+2', '1j+2', 'nanj', '-infj', '2.', '.5j',
          ' 3 ', '1+2jj', '( 1-1j )']:
    t(lambda: complex(s))
t(lambda: complex('1+2j', 1))
t(lambda: complex(1, '2'))
t(lambda: complex([]))
t(lambda: complex(1, []))
print(complex(1, 2), complex(1j, 1j), complex(1, -0.0), complex(-0.0), complex())
print(complex(real=2, imag=3), complex(2**70), complex(True, False))
class C:
    def __complex__(self):
        return 3 + 4j
print(complex(C()), abs(3 + 4j), abs(complex(1e308, 1e308)))
