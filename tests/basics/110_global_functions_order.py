# a function can use globals defined after it, at call time
def use():
    return later() + CONST
def later():
    return 1
CONST = 10
print(use())
def redefined():
    return "first"
f = redefined
def redefined():
    return "second"
print(f(), redefined())
