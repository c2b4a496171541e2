# StopIteration carries a value
e = StopIteration(5)
print(e.value, e.args)
print(StopIteration().value)
def g():
    return "ret"
    yield
try:
    next(g())
except StopIteration as e:
    print(e.value)
def h():
    yield
    raise StopIteration("inside generator")
it = h()
next(it)
try:
    next(it)
except RuntimeError:
    print("RuntimeError")
