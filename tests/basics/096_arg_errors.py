# TypeError for wrong calls
def f(a, b=1):
    return a + b
for call in (lambda: f(), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=1)):
    try:
        call()
    except TypeError:
        print("TypeError")
print(f(1), f(1, b=5))
try:
    x = "not callable"
    x()
except TypeError:
    print("TypeError not callable")
try:
    f(*5)
except TypeError:
    print("TypeError bad star")
try:
    f(**{1: 2})
except TypeError:
    print("TypeError bad keyword")
