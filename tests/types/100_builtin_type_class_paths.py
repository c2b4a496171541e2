# Builtin types have no class dict, bases tuple or MRO tuple of their own
# (only classes made by class statements do): every lookup that walks a
# class's dict or MRO must take the builtin path for them.

# Attribute lookup and names on builtin classes and exception classes.
print(int.__name__, int.__qualname__, KeyError.__qualname__)
print(int.__bases__, bool.__bases__, object.__bases__)
print(bool.__mro__)
print(KeyError.__mro__)
print((5).bit_length(), int.bit_length(255))
print(repr(int), repr(ValueError), str(dict))
print("bit_length" in dir(int), "append" in dir(list))

# Subclass checks with a builtin on either side.
print(issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, LookupError))
print(isinstance(True, int), isinstance(KeyError(), Exception), isinstance(3, str))

# Builtin classes cannot be changed.
for target in (int, KeyError, list):
    try:
        target.extra = 1
    except TypeError as e:
        print(target.__name__, type(e).__name__)
    try:
        del target.__name__
    except TypeError as e:
        print(target.__name__, type(e).__name__)
