# object() instances have no __dict__
o = object()
print(type(o).__name__)
try:
    o.attr = 1
except AttributeError:
    print("AttributeError")
print(object.__name__, isinstance(o, object))
try:
    object(1)
except TypeError:
    print("TypeError")
