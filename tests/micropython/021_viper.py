# viper functions with typed integer arguments
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
@micropython.viper
def mul(a: int, b: int) -> int:
    return a * b
@micropython.viper
def total(n: int) -> int:
    s = 0
    i = 0
    while i < n:
        s += i
        i += 1
    return s
print(mul(6, 7))
print(total(10))
