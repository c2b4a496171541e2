# micropython.const folds integer constants at compile time
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
from micropython import const
X = const(123)
Y = const(-7)
print(X, Y, X + Y)
def f():
    return X * 2
print(f())
