# return in a generator sets StopIteration.value
def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
def empty():
    return
    yield
print(list(empty()))
def early(n):
    for i in range(10):
        if i == n:
            return
        yield i
print(list(early(3)))
