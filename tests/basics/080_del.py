# del on names, items and attributes
x = 5
del x
try:
    print(x)
except NameError:
    print("NameError")
a = [1, 2, 3]
del a[0]
print(a)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
p, q = 1, 2
del p, q
try:
    p
except NameError:
    print("NameError again")
