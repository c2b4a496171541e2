# closures capture variables, not values
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
def chain(a):
    def f(b):
        def g(c):
            return a + b + c
        return g
    return f
print(chain(1)(2)(3))
