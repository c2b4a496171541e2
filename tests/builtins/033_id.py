# id() is stable for an object and distinct for live objects
a = [1]
b = [1]
print(id(a) == id(a), id(a) != id(b), id(a) != id(b[:]))
c = a
print(id(c) == id(a))
print(type(id(a)).__name__)
