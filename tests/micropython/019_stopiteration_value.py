# StopIteration.value and the first argument
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
e = StopIteration(1, 2)
print(e.value, e.args)
def g():
    yield 1
    return "done"
it = g()
next(it)
try:
    next(it)
except StopIteration as s:
    print(s.value)
