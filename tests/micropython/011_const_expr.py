# const() of expressions made from other consts
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
from micropython import const
A = const(4)
B = const(A * 3 + 1)
C = const((1 << A) | 1)
D = const(0x10 - A)
print(A, B, C, D)
print(B // A, C % 3)
