# throw() raises inside the generator at the paused yield
def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))
def h():
    yield 1
it = h()
next(it)
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
try:
    next(it)
except StopIteration:
    print("finished")
