# constructing bytes and bytearray from every kind of source
print(bytes(), bytes(0), bytes(2), bytes(True), bytes([]), bytes((1, 2)), bytes(range(65, 68)))
print(bytes(iter([104, 105])), bytes(x for x in b"gen"), bytes({7: 0}), bytes(bytearray(b"ba")))
print(bytes(memoryview(b"mv")), bytes(memoryview(b"abcdef")[::2]), bytes(source=b"kw"))
print(bytes("h\xe9", "utf-8"), bytes("h\xe9", "latin-1"), bytes("h\xe9", "ascii", "ignore"))
print(bytes("h\xe9", encoding="ascii", errors="replace"), bytearray("h\xe9", "utf-8"))
class Idx:
    def __index__(self):
        return 3
class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(Idx()), bytearray(Idx()), bytes(HasBytes()), bytes([Idx(), 65]))
for src in ([256], [-1], ["a"], -1, 1.5, "text", None, object()):
    try:
        print(bytes(src))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
for src in ([256], -1, 1.5, "text"):
    try:
        print(bytearray(src))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
for args, kw in (((1, "ascii"), {}), ((), {"encoding": "ascii"}), ((b"x",), {"errors": "strict"})):
    try:
        print(bytes(*args, **kw))
    except TypeError:
        print("TypeError")
try:
    bytes("\xe9", "ascii")
except UnicodeEncodeError:
    print("UnicodeEncodeError")
b = b"same"
print(bytes(b) is b, bytearray(b) == b, bytearray(b) is not bytearray(b))
class MyBytes(bytes):
    def shout(self):
        return self.upper()
m = MyBytes(b"sub")
print(m, len(m), m.shout(), m + b"!", m == b"sub", isinstance(m, bytes), m[0], m[1:])
class MyArr(bytearray):
    def tagged(self):
        return b"<" + self + b">"
a = MyArr(b"xy")
a.append(122)
a.tag = "t"
print(a.tag, bytes(a), len(a), a[2], a.upper(), a.tagged(), isinstance(a, bytearray))
print(hash(b"abc") == hash(bytes(bytearray(b"abc"))), {b"k": 1}[b"k"], b"k" in {b"k"})
try:
    hash(bytearray(b"x"))
except TypeError:
    print("TypeError")
print(repr(b""), repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\\t\n\r\x00\x7f\x80\xff"), str(b"s"))
print(repr(bytearray()), repr(bytearray(b"a'b")), str(bytearray(b"s")))
print(type(iter(b"")).__name__, type(iter(bytearray())).__name__, list(iter(b"ab")))
