# int arithmetic across the small/big boundary: every operator against
# CPython, including floor division and modulo signs and bitwise ops on
# negative numbers.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 7, -7, 2**31 - 1, -2**31, 2**62 - 1, 2**62, -2**62, -2**62 - 1,
        2**63, 2**64 + 3, 2**100, -2**100, 10**30 + 7]
for a in vals:
    for b in vals:
        t(lambda: (a + b, a - b, a * b))
        t(lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b))
        t(lambda: (a & b, a | b, a ^ b))
        t(lambda: (a // b, a % b, divmod(a, b)))
        t(lambda: a / b)
for a in vals:
    print(-a, abs(a), ~a, +a, a.bit_length(), a.bit_count(), bool(a))
    print([a << s for s in (0, 1, 31, 32, 33, 63, 64, 100)])
    print([a >> s for s in (0, 1, 31, 32, 33, 63, 64, 100, 1000)])
    print([a ** e for e in (0, 1, 2, 3, 7)])
    t(lambda: a ** -1)
    t(lambda: a ** -2)
    for m in (1, 7, -7, 2**40 + 1, 2**100 + 1, -2**100 - 5):
        t(lambda: pow(a, 12345, m))
        t(lambda: pow(a, -1, m))
# huge exponents with trivial bases finish at once
print(1 ** (10**20), (-1) ** (10**20 + 1), 0 ** (10**20))
print(2 ** 200, (-3) ** 101, 10 ** 50 // 3 ** 40)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 0 << 10**20)
t(lambda: 2**100 >> 10**20)
t(lambda: -2**100 >> 10**20)
t(lambda: 1 << 10**20)
t(lambda: 0 ** -1)
t(lambda: pow(2, 3, 0))
t(lambda: pow(4, -1, 8))
t(lambda: 10**400 / 1)
print(1 / 10**400, 10**400 / 10**399, (2**53 + 1) / 1, (2**64 + 1) / 3, 2**-1, (-2)**-3)
print(-(2**62) // -1, (-(2**62)) * -1, abs(-(2**62)), divmod(-(2**62), -1))
print(2**62 - 1 + 1, -(2**62) - 1, 3**500 // 7**100, 3**500 % 7**100)
print(str(10**50), str(-10**50), repr(2**200), len(str(3**1000)))
