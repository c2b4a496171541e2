# next() with a default on generators
def g():
    yield 1
it = g()
print(next(it, "a"), next(it, "b"), next(it, None))
print(next(iter([]), "empty"))
print(next(x for x in range(10) if x > 6))
print(next((x for x in [] if x), "none found"))
