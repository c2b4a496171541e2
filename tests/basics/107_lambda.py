# lambda expressions
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=1: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
print(sorted([3, -1, 2], key=lambda v: -v))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(3))
print((lambda x: (lambda y: x + y))(1)(2))
