# generator functions
def gen():
    yield 1
    yield 2
    yield 3
print(list(gen()))
g = gen()
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
for v in countdown(2):
    print("v", v)
