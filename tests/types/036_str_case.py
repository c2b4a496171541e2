# case conversion
# MicroPython leaves these methods out (boards: MINNOW_CPYTHON_EXTRA=0).
try:
    "".ljust
except AttributeError:
    print("SKIP")
    raise SystemExit
s = "hello World 123"
print(s.upper(), s.lower(), s.swapcase())
print(s.capitalize(), "HELLO".capitalize(), "".capitalize())
print(s.title(), "they're bill's".title())
print("mIxEd 9 Case!".swapcase(), "a-b_c d".title())
