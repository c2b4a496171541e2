# module attributes and dir()
import _star_noall as m
names = [n for n in dir(m) if not n.startswith("__")]
print(sorted(names))
m.added = 1
print("added" in dir(m), m.added)
print(m.__dict__["public"])
