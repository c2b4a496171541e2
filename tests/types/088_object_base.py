# object() and methods every object has
o = object()
print(type(o).__name__, o == o, o != object())
try:
    o.x = 1
except AttributeError:
    print("AttributeError")
print(hasattr(o, "__class__"), o.__class__ is object)
class C:
    pass
print(C.__mro__ == (C, object), issubclass(C, object))
print(isinstance(1, object), isinstance(None, object), isinstance(C, object))
print(str(object.__name__))
