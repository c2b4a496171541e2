# str() of floats inside containers and in string formatting
print([0.1, 1.0, 1e-9, 1e20, 2.5])
print((1.5,), {"f": 0.3})
print(str(1e16), str(1e15), str(-1e-5), str(123.456))
print("%s %r" % (0.1, 0.1))
print(1.0 * 3, 2.0 / 3, 1e3 * 1e3)
print(float(1), 3.0, -0.0 + 0.0)
