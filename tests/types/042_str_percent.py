# % formatting with basic conversions
print("%d %i %s %r" % (42, -7, "str", "repr"))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%f %.2f %e %.3e %g %g" % (3.14159, 2.5, 12345.678, 0.00012, 100000.0, 1e20))
print("%c%c" % (72, "i"))
print("100%%")
print("%s" % "single")
print("%s" % ((1, 2),))
print("%s and %s" % ("a", [1]))
print("%d" % 3.99, "%d" % True, "%s" % None)
try:
    "%d %d" % (1,)
except TypeError:
    print("TypeError not enough")
try:
    "%d" % (1, 2)
except TypeError:
    print("TypeError not all converted")
