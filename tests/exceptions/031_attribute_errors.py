# AttributeError for missing attributes on various objects
class C:
    pass
for obj in (C(), C, 5, "s", None, [], len):
    try:
        obj.no_such_attribute
    except AttributeError:
        print("AttributeError", type(obj).__name__)
try:
    (1).real = 5
except AttributeError:
    print("AttributeError read-only")
try:
    [].append = None
except AttributeError:
    print("AttributeError builtin method")
