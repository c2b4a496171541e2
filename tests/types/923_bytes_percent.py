# printf-style formatting of bytes and bytearray
print(b"%s and %s" % (b"x", bytearray(b"y")), b"%b" % memoryview(b"mv"), b"%s" % b"one")
print(b"%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print(b"%x %X %#x %o %#o %i %u" % (255, 255, 255, 8, 8, -3, 7))
print(b"%f %.2f %e %g %10.3f" % (1.5, 2.345, 12345.678, 0.0001, 3.14159))
print(b"%c%c%c" % (104, b"i", bytearray(b"!")), b"%5c|%-3c|" % (65, 66))
print(b"%r %a" % (b"q'", "\xe9"), b"%5s|%-5s|%.2s" % (b"ab", b"cd", b"efg"))
print(b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), b"100%%" % ())
print(b"%(a)s=%(b)d" % {b"a": b"key", b"b": 7}, bytearray(b"%s-%d") % (b"x", 3))
print(b"no args" % (), b"%s" % (b"tuple",), b"%d%%" % 50)
class B:
    def __bytes__(self):
        return b"custom"
print(b"<%s>" % B())
for fmt, args in ((b"%s", "str"), (b"%s", 5), (b"%c", 256), (b"%c", b"ab"), (b"%d", "x"),
                  (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%z", 1), (b"%", ()), (b"%(k", {b"k": 1})):
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__)
