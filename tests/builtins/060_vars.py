# vars() returns __dict__ (CPython has vars(), MicroPython leaves it out)
try:
    vars
except NameError:
    print("SKIP")
    raise SystemExit
class C:
    def __init__(self):
        self.a = 1
        self.b = "two"
c = C()
print(vars(c))
vars(c)["z"] = 26
print(c.z)
try:
    vars(5)
except TypeError:
    print("TypeError")
def f():
    q = 1
    return vars()
print(f())
# A builtin module's vars() is its one namespace (see modules/036).
import math
math.extra = 42
d = vars(math)
print(d is math.__dict__, d["extra"], "sqrt" in d, vars(math) is d)
