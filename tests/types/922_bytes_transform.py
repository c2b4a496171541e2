# bytes replace, padding, case, predicates, join
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"", 2), b"abc".replace(b"x", b"y"))
print(b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"".replace(b"", b"x"), b"abab".replace(b"ab", b"ba", 1))
print(bytearray(b"hello").replace(b"l", b"L"), b"a.b".replace(bytearray(b"."), memoryview(b"::")))
print(b"ab".center(7, b"*"), b"ab".center(6), b"abc".center(6, b"-"), b"abc".center(2))
print(b"Hello World 1".lower(), b"Hello World 1".upper(), b"\xe9a".upper())
print(b"abc".isalpha(), b"ab1".isalpha(), b"123".isdigit(), b"1.5".isdigit(), b"123".islower(), bytearray(b"AB").isupper())
for bad in ("a", b"ab", 5):
    try:
        b"x".center(5, bad)
    except TypeError:
        print("TypeError")
print(b" \t\n".isspace(), b"".isspace(), b"abc".islower(), b"aBc".islower(), b"ABC1".isupper())
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
