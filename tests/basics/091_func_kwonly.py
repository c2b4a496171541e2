# keyword-only parameters
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=5, b=4))
try:
    f(1, 2)
except TypeError:
    print("TypeError positional")
try:
    f(1)
except TypeError:
    print("TypeError missing")
def g(*args, key):
    return args, key
print(g(1, 2, key="k"))
