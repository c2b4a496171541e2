# format(), str.format and %-formatting: specs, errors, nested fields.
for spec in ("", "d", "5d", "<5d", "^5d", ">5d", "05d", "+d", " d", "x", "#x", "X", "#X", "o", "#o", "b", "#b", "08b", ",", "_", "_x", "c", "010,", "0=10,", "=+8", "*^9", "#010_b", "^+09", "x<05", "08,", "n", "_o"):
    print(spec, repr(format(77, spec)), repr(format(-1234567, spec)) if spec != "c" else "")
for spec in ("", "10", "<10", ">10", "^10", "*^9", ".2", "10.2", "05", "x<05", "s", "é>5"):
    print(spec, repr(format("abcé", spec)))
print(format(True, ""), format(True, "d"), format(False, ">5"), format(65, "c"), format(0x1F600, "c"))
print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"), "{name} is {age}".format(name="bob", age=5))
print("{0[1]} {0[0]}".format(["x", "y"]), "{d[key]}".format(d={"key": "dict item"}), "{!r} {!s} {!a}".format("s", "s", "é"))
print("{{}} {}".format("braces"), "{:>{w}}|".format("pad", w=6), "{:{}{}}|".format("x", ">", 4), "{0:{1}}|".format(5, 3))
print("{0[0]}".format({0: "int", "0": "str"}), "{0[a]}".format({"a": 1}), "{0[-1]}".format({"-1": "neg"}), "{:d}".format(42), "{:5}|{:<5}|".format(1, "a"))
print("x{}y".format(""), "{}".format([1, 2]), "{:10}|".format([1]) if False else "")
for f in ("{", "}", "{0}{}", "{}{0}", "{0!x}", "{5}", "{a.}", "{0[}", "{0!rr}", "{0", "{:{:{}}}", "{x}", "{0:d}"):
    try:
        print(repr(f.format("s", 2, 3)))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print("%d %s %r %%" % (5, "x", "y"), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42), "%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%s" % "single", "%s" % (1,), "%s %s" % ("a", "b"), "%(a)s %(b)r" % {"a": 1, "b": "x"}, "%s" % [1], "%d" % True, "%.3d" % 5, "%5.3d|" % 5)
print("%c%c" % (65, "é"), "%.2s|%5.1s|%-4s|" % ("abc", "xyz", "a"), "%*d|%-*d|" % (5, 3, 5, 3), "%r" % "é", "%a" % "é", "abc" % (), "abc" % [])
print("%i %u" % (3, 4), "%x" % -255, "%#5x|%#05x" % (255, 255), "%s" % {"a": 1}, "%(x)5d|" % {"x": 7}, "%ld %hd" % (1, 2))
for f, a in (("%d", "a"), ("%d %d", (1,)), ("%d", (1, 2)), ("%(a)d", (1,)), ("%z", (1,)), ("abc", 5), ("%c", "ab"), ("%c", -1), ("%", ()), ("%*d", ("a", 1)), ("%x", "a")):
    try:
        print(repr(f % a))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for spec in ("abc", "+", "d", ",x", ".2d", ",c", "_n", "=5"):
    for v in (1, "a"):
        try:
            print(repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
try:
    format([], "d")
except TypeError as e:
    print(e)
print(format([], ""), format(None, ""), "{}".format(None))
x = 1234.5678
for spec in ("", "f", ".0f", ".1f", "10.2f", "<10.2f", "^12.3f", "+.2f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", ",.2f", "_.1f", "012.2f", "012,.1f", "0=12,.1f", "z.1f", "#.0f", "n", ".3", "r" if False else "", "*>12", "+012.3e"):
    print(repr(spec), repr(format(x, spec)), repr(format(-x, spec)))
print(format(0.1, ""), format(1e16, ""), format(1.0, ""), format(1.5, ".3"), format(-0.0, "z.1f"), format(-0.0001, "z.2f"), format(2.5, ".0f"), format(1e300 * 1e10, "f"), format(1e300 * 1e10, "010"), format(-1e300 * 1e10, "+"))
print("%5.2f|%-8.3f|%08.2f|%+.1f|% .2f" % (3.14159, 2.5, -2.5, 1.23, 4.5), "%e %E %g %G" % (12345.678, 0.000123, 1e-5, 1e20), "%#g %#.0f %.0f %10.4e" % (1.0, 2.0, 2.5, 31415.9))
print("%d" % 3.7, "%i" % -2.9, "%s %r" % (1.5, 2.25), "%.3s" % 3.14159, "%05f" % (1e300 * 1e10), "{:.2f} {:e} {:>8.1%}".format(3.14159, 100.0, 0.25))
print(format(3, "%"), format(3, "e"), format(3, ".2f"), format(10**2, "g"), "{:5.1f}|".format(7))
for spec in ("d", "s", ",c", "x"):
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(e)
