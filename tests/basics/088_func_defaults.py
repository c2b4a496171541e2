# default argument values
def f(a, b=2, c=3):
    return a, b, c
print(f(1))
print(f(1, 20))
print(f(1, 20, 30))
print(f(1, c=300))
def g(x=None):
    return "none" if x is None else x
print(g(), g(5))
