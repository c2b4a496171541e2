# The str and bytes methods MicroPython leaves out (ljust, rjust, zfill,
# title, swapcase, capitalize, expandtabs, isalnum, isascii, istitle,
# isidentifier, isdecimal, isnumeric, isprintable, removeprefix,
# removesuffix, translate, maketrans, format_map) and the operator methods
# of str: full level only (MINNOW_CPYTHON_EXTRA), so boards skip this test.
try:
    "".ljust
except AttributeError:
    print("SKIP")
    raise SystemExit
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"))
print("abc".removeprefix("x"), "abc".removesuffix("x"))
tests = ["abc", "ABC", "Abc", "123", "a1", "", " \t\n", "Title Case", "x_y", "_9", "9_"]
for t in tests:
    print(repr(t), t.isalnum(), t.istitle(), t.isidentifier())
print("12".isdecimal(), "12".isnumeric(), "abc".isascii(), "é".isascii())
print("printable".isprintable(), "tab\t".isprintable())
print("a\tbc\td".expandtabs(4))
print("x\ty".expandtabs())
print("|".join(w.capitalize() for w in "one two three".split()))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
print("a".__eq__("a"), "a".__ne__(1), "a".__lt__("b"), "ab".__add__("c"), "ab".__mul__(2))
print(b"prefix_x".removeprefix(b"prefix_"), b"x.py".removesuffix(b".py"), b"ab".removeprefix(b"abc"))
print(b"ab".removesuffix(b""), bytearray(b"abc").removeprefix(b"a"))
print(b"ab".ljust(5, b"."), b"ab".rjust(5), b"ab".ljust(-1), bytearray(b"x").rjust(3, bytearray(b"0")))
print(b"42".zfill(5), b"-42".zfill(5), b"+42".zfill(2), b"".zfill(3), bytearray(b"7").zfill(3))
print(b"Hello World 1".lower(), b"Hello World 1".upper(), b"Hello World".swapcase())
print(b"hELLO wORLD".capitalize(), b"hello wORLD x1y".title(), b"\xe9a".upper())
print(b"abc".isalpha(), b"ab1".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b"1.5".isdigit())
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

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(type(r).__name__, repr(r))

show(lambda: 'ab'.ljust(5, 'xy'))
show(lambda: 'ab'.rjust(5, 1))
show(lambda: b'ab'.ljust(5, 'x'))
show(lambda: b'ab'.rjust(5, b'xy'))
show(lambda: '-é'.zfill(5))
show(lambda: b'+\xc3\xa9'.zfill(6))
show(lambda: bytearray(b'-1').zfill(4))
show(lambda: 'é\tx\n\ty'.expandtabs(4))
show(lambda: b'\xc3\xa9\tx'.expandtabs(4))
show(lambda: bytearray(b'no tabs').expandtabs())
show(lambda: b'\xc3\xa9abc DEF'.title())
show(lambda: b'\xe9ABC'.swapcase())
show(lambda: bytearray(b'hELLO \xff').capitalize())
show(lambda: ('Éa'.istitle(), 'ÉA'.isupper(), 'éa'.islower(), 'Ab Cd'.istitle(), 'AB'.istitle(), 'aB'.istitle()))
show(lambda: ('é'.isascii(), b'\x7f'.isascii(), bytearray(b'\x80').isascii()))
show(lambda: (b'\xe9ABC'.istitle(), b'\xe9Abc'.istitle()))
e = bytearray()
print(e.zfill(2), e.expandtabs(), e.title(), e.removeprefix(b''), e.ljust(0), ''.zfill(3), ''.expandtabs())
