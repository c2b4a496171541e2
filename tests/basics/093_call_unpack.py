# calling with * and ** unpacking
def f(a, b, c, d=0):
    return a, b, c, d
args = [1, 2, 3]
print(f(*args))
print(f(*"xy", 3))
print(f(1, *[2], **{"c": 3}))
print(f(**{"a": 1, "b": 2, "c": 3, "d": 4}))
print(f(*[1], *[2], *(3, 4)))
print(f(1, **{"b": 2}, **{"c": 3}))
print(f(*range(2), c=7))
