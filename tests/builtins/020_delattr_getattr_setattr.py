# getattr(), setattr(), delattr(), hasattr()
class C:
    a = 1
c = C()
setattr(c, "b", 2)
print(getattr(c, "a"), getattr(c, "b"), c.b)
print(getattr(c, "z", None), hasattr(c, "a"), hasattr(c, "z"))
delattr(c, "b")
print(hasattr(c, "b"))
try:
    getattr(c, "missing")
except AttributeError:
    print("AttributeError get")
try:
    delattr(c, "missing")
except AttributeError:
    print("AttributeError del")
name = "dyn" + "amic"
setattr(C, name, "class attr")
print(c.dynamic)
try:
    getattr(c, 5)
except TypeError:
    print("TypeError")
