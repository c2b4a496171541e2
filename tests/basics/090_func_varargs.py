# *args
def f(*args):
    return args
print(f())
print(f(1, 2, 3))
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(1, 2, 3, 4))
def both(a, *args, **kwargs):
    return a, args, sorted(kwargs)
print(both(1, 2, x=3))
