# exceptions inside generators propagate to the consumer
def g():
    yield 1
    raise ValueError("from generator")
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print(e)
try:
    next(it)
except StopIteration:
    print("generator finished after raising")
def safe():
    for v in [1, 0, 2]:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield "div0"
print(list(safe()))
