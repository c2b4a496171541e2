# vars() returns __dict__
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
