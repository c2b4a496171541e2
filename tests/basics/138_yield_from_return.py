# the value of yield from is the inner generator's return value
def inner(n):
    yield n
    return n * 10
def outer():
    a = yield from inner(1)
    b = yield from inner(2)
    return a + b
g = outer()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("total", e.value)
def closer():
    try:
        yield 1
    finally:
        print("inner finally")
def wrap():
    yield from closer()
w = wrap()
next(w)
w.close()
