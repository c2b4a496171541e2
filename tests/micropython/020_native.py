# functions compiled with the native code emitter
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
@micropython.native
def add(a, b):
    return a + b
@micropython.native
def loop(n):
    s = 0
    for i in range(n):
        s += i
    return s
print(add(1, 2), add("a", "b"))
print(loop(100))
