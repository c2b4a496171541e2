# center, ljust, rjust, zfill
# MicroPython leaves these methods out (boards: MINNOW_CPYTHON_EXTRA=0).
try:
    "".ljust
except AttributeError:
    print("SKIP")
    raise SystemExit
print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("abc".center(2)))
print(repr("x".ljust(4, ".")), repr("x".rjust(4, ".")), repr("long".ljust(2)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print(repr("é".center(5, "·")))
