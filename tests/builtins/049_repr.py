# repr() of builtin values
for v in (1, -2 ** 70, 1.5, -0.0, 1j, True, None, "s'q", b"b", bytearray(b"x"), [1, "a"],
          (1,), {"k": [None]}, set(), frozenset(), range(2), slice(1, 2), ..., NotImplemented):
    print(repr(v))
class R:
    def __repr__(self):
        return "<R custom>"
print(repr(R()), repr([R()]))
