# bytes replace, padding, case, predicates, expandtabs, translate, join
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"", 2), b"abc".replace(b"x", b"y"))
print(b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"".replace(b"", b"x"), b"abab".replace(b"ab", b"ba", 1))
print(bytearray(b"hello").replace(b"l", b"L"), b"a.b".replace(bytearray(b"."), memoryview(b"::")))
print(b"ab".center(7, b"*"), b"ab".center(6), b"abc".center(6, b"-"), b"abc".center(2))
print(b"ab".ljust(5, b"."), b"ab".rjust(5), b"ab".ljust(-1), bytearray(b"x").rjust(3, bytearray(b"0")))
for bad in ("a", b"ab", 5):
    try:
        b"x".center(5, bad)
    except TypeError:
        print("TypeError")
print(b"42".zfill(5), b"-42".zfill(5), b"+42".zfill(2), b"".zfill(3), bytearray(b"7").zfill(3))
print(b"Hello World 1".lower(), b"Hello World 1".upper(), b"Hello World".swapcase())
print(b"hELLO wORLD".capitalize(), b"hello wORLD x1y".title(), b"\xe9a".upper())
print(b"abc".isalpha(), b"ab1".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b"1.5".isdigit())
print(b" \t\n".isspace(), b"".isspace(), b"abc".islower(), b"aBc".islower(), b"ABC1".isupper())
print(b"".isascii(), b"\x7f".isascii(), b"\x80".isascii(), b"Title Case".istitle(), b"Not title".istitle())
print(b"123".islower(), b"A1 B2".istitle(), b"".istitle(), bytearray(b"AB").isupper())
print(b"a\tb\tc".expandtabs(), b"a\tb\tc".expandtabs(4), b"ab\tc\nx\ty".expandtabs(tabsize=3), b"\t".expandtabs(0))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc".translate(table), b"abcd".translate(table, b"d"), b"abcd".translate(None, b"ac"))
print(bytearray(b"cab").translate(table), b"abc".translate(None, delete=b"b"), bytearray.maketrans(b"a", b"b")[97])
try:
    b"abc".translate(b"short")
except ValueError:
    print("ValueError")
try:
    bytes.maketrans(b"ab", b"c")
except ValueError:
    print("ValueError")
print(b", ".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b"-".join(iter([b"x"])))
print(b"-".join((b"a", b"b")), bytearray(b"+").join([b"1", b"2"]), b"ab".join([b"", b""]))
for bad in ([b"a", "b"], [1], 5):
    try:
        b",".join(bad)
    except TypeError:
        print("TypeError")
print(b"ab" * 3, 2 * b"xy", b"ab" * 0, b"ab" * -2, bytearray(b"q") * 3, 3 * bytearray(b"w"))
try:
    b"ab" * 1.5
except TypeError:
    print("TypeError")
