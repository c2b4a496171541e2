# int(): strings in every base, prefixes, underscores, whitespace, Unicode
# digits, bytes, floats, __int__/__index__, and the error messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

texts = ['0', ' 12 ', '-0', '+7', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0b101',
         '0o17', '  -0x_1f  ', '0x__1', '010', '00', '0_0', '12345678901234567890123',
         '-99999999999999999999999999', '\u00a012\u2003', '', ' ', '+', '-', '1e5',
         '\u0661\u0662', 'zz', 'ZZ', '0x', '1 2']
for s in texts:
    for base in (10, 0, 16, 2, 36):
        t(lambda: int(s, base))
t(lambda: int('z', 37))
t(lambda: int('1', 1))
t(lambda: int('10', base=16))
t(lambda: int(5, 10))
t(lambda: int(b'  42 '))
t(lambda: int(b'4x'))
t(lambda: int(bytearray(b'17'), 8))
print(int(3.7), int(-3.7), int(1e20), int(-1e300) == -10**300 // 10**300 * int(1e300), int(True), int())
t(lambda: int(float('inf')))
t(lambda: int(float('nan')))
t(lambda: int([]))
t(lambda: int(1j))
class Idx:
    def __index__(self):
        return 7
class In:
    def __int__(self):
        return 11
print(int(Idx()), int(In()), bin(Idx()), hex(-255), oct(2**100), bin(-2**70), hex(2**64))
print(int('0b' + '1' * 200, 0) == 2**200 - 1, int('f' * 40, 16) == 16**40 - 1)
print(int('-' + '9' * 60) == -(10**60 - 1))
