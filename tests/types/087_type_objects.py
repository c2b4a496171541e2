# type() of builtins and type names
vals = [1, 1.0, 1j, True, None, "s", b"b", bytearray(), [], (), {}, set(), frozenset(),
        range(1), slice(1), ..., NotImplemented, len, type, object()]
for v in vals:
    print(type(v).__name__)
print(type(type(1)) is type, type(int) is type)
