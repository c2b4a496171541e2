# a generator is its own iterator, cannot be restarted or re-entered
def g():
    yield "x"
it = g()
print(iter(it) is it)
print(list(it), list(it))
def reenter():
    try:
        next(me)
    except ValueError:
        print("ValueError re-entering")
    yield 1
me = reenter()
print(next(me))
def nested():
    def inner():
        yield from range(3)
    for v in inner():
        yield v * v
print(list(nested()))
