# keyword arguments and **kwargs
def f(a, b):
    return a - b
print(f(b=1, a=10))
print(f(10, b=1))
def g(**kw):
    return sorted(kw.items())
print(g())
print(g(x=1, y=2))
def h(a, **kw):
    return a, kw
print(h(1, b=2, c=3))
try:
    f(1, a=2)
except TypeError:
    print("TypeError multiple values")
try:
    f(1, 2, c=3)
except TypeError:
    print("TypeError unexpected keyword")
