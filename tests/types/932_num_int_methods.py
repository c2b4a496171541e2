# int methods, attributes, bool arithmetic, int subclasses, operator methods
# and the numeric hash shared by int, float and bool.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print((5).real, (5).imag, (5).numerator, (5).denominator, (7).conjugate())
print((0).bit_length(), (-1).bit_length(), (2**64).bit_length())
for v in (0, 1, 255, -1, -128, 2**70, -2**70):
    for n in (1, 2, 9, 12):
        for order in ('big', 'little'):
            t(lambda: v.to_bytes(n, order, signed=True))
            t(lambda: v.to_bytes(n, order))
t(lambda: (1).to_bytes(-1, 'big'))
t(lambda: (1).to_bytes(2, 'middle'))
t(lambda: (1024).to_bytes())
for b in (b'', b'\x01\x00', b'\xff', b'\x80\x00', b'\x12\x34' * 6):
    print(int.from_bytes(b, 'big'), int.from_bytes(b, 'little'),
          int.from_bytes(b, 'big', signed=True), int.from_bytes(b, 'little', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x00\x01'), byteorder='little'))
print(True + True, True * 10, True & False, True | False, True ^ True, True & 1, ~True, -True)
print(True / 2, True.bit_length(), True.real, hash(True), bool(0), bool(2**100), int(False))
print((7).__round__(-1), round(1234567, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(2**100, -5))

class MyInt(int):
    pass
m = MyInt(5)
print(m + 1, 1 + m, m * m, int(m), type(int(m)).__name__, m.bit_length(), m == 5, repr(m))
print(MyInt('12', 16), type(MyInt.from_bytes(b'\x01\x02', 'big')).__name__)

# Raw hash values of big numbers differ on 32-bit ports (a smaller modulus):
# only the relations between them are printed.
print(hash(-1), hash(-2), hash(0), hash(12345), hash(-1.0), hash(float('inf')), hash(True))
print(hash(2**61 - 1) == hash(float(2**61 - 1)), hash(2**61 + 5) == hash(-(2**61 + 5)) * -1)
print(hash(1) == hash(1.0) == hash(True), hash(2**100) == hash(2.0**100))
print(hash(-2**100) == hash(-2.0**100), hash(2**61) == hash(2.0**61), hash(0.5) == hash(0.5))
print(hash(1e100) == hash(int(1e100)), hash(-0.5) == -hash(0.5), hash(1e-300) == hash(1e-300))
print(hash(2**100 + 1) == hash(2**100) + 1, hash(complex(2.5, 0)) == hash(2.5), hash(-2**80) == hash(-2.0**80))
d = {1: 'a', 2**70: 'b'}
print(d[1.0], d[True], d[2.0**70])
print(len({1, 1.0, True, 2**64, 2.0**64}))
