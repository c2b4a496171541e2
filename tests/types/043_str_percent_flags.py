# % formatting widths, precision and flags
print("[%5d] [%-5d] [%05d] [%+d] [% d]" % (42, 42, 42, 42, 42))
print("[%8.3f] [%-8.2f] [%08.2f] [%+.1f]" % (3.14159, 2.5, -2.5, 1.25))
print("[%10s] [%-10s] [%.2s]" % ("right", "left", "truncate"))
print("[%*d] [%-*d] [%.*f]" % (6, 1, 6, 2, 2, 3.14159))
print("%(name)s is %(age)d" % {"name": "ann", "age": 30})
print("%(x)r %(x)s" % {"x": "q"})
print("[%5.1e] [%10.4g]" % (123456.0, 3.14159265))
print("%x" % -255, "%o" % -8, "%d" % (2 ** 70))
