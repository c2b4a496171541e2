# bytes searching: find/rfind/index/rindex/count, startswith/endswith, in
b = b"abcabcab"
print(b.find(b"ca"), b.find(b"ca", 3), b.find(b"ca", 3, 5), b.find(b"zz"))
print(b.rfind(b"ab"), b.rfind(b"ab", 0, 7), b.rfind(b"ab", -3), b.rfind(b"zz"))
print(b.find(99), b.rfind(97), b.count(97), b.count(b"ab"), b.count(b"ab", 1))
print(b.find(b""), b.find(b"", 8), b.find(b"", 9), b.rfind(b""), b.count(b""), b.count(b"", 9))
print(b.find(b"c", -100), b.find(b"c", None, None), b.find(b"b", 2, -1), b.find(b"a", 10))
print(b"aaaa".count(b"aa"), b"aaaa".count(b"a", 1, 3))
print(b.index(b"b"), b.rindex(b"b"), b.index(99, 3), bytearray(b).index(b"ca"))
print(b.find(bytearray(b"bc")), b.find(memoryview(b"bc")))
for args in ((b"z",), (b"a", 1, 2), (300,), ("a",)):
    try:
        print(b.index(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(b.startswith(b"abc"), b.startswith(b"bc", 1), b.startswith(b"bc", 1, 2))
print(b.endswith(b"ab"), b.endswith(b"ca", 0, -2), b.endswith((b"x", b"ab")))
print(b.startswith(b"", 8), b.startswith(b"", 9), b.endswith(b"", -1), b.startswith(()))
for bad in ("a", 97, [b"a"], (b"a", "b")):
    try:
        print(b"b".startswith(bad))
    except TypeError:
        print("TypeError")
print(97 in b, 122 in b, b"ca" in b, b"" in b, bytearray(b"bc") in b, b"cc" in b)
try:
    256 in b
except ValueError:
    print("ValueError")
try:
    "a" in b
except TypeError:
    print("TypeError")
ba = bytearray(b"xyzxyz")
print(ba.find(b"z"), ba.rfind(b"z"), ba.count(b"xy"), 121 in ba, ba.endswith(b"yz"))
