# float methods and attributes
# MicroPython leaves these methods out (boards: MINNOW_CPYTHON_EXTRA=0).
try:
    (1.0).hex
except AttributeError:
    print("SKIP")
    raise SystemExit
print((2.0).is_integer(), (2.5).is_integer())
print((1.5).real, (1.5).imag, (1.5).conjugate())
print(float(), float(3), float("1.5"), float("  -2.5  "), float("1e3"))
print(float("inf"), float("-Infinity"), float("nan"))
print(float(True), float(2 ** 70))
for bad in ("", "abc", "1.2.3"):
    try:
        float(bad)
    except ValueError:
        print("ValueError", repr(bad))
