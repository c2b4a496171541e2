# The operator methods of the numbers (int.__add__, float.__neg__...) and
# int.bit_count/as_integer_ratio, which MicroPython leaves out: full level
# only (MINNOW_CPYTHON_EXTRA), so boards skip this test.
try:
    (1).__add__
except AttributeError:
    print("SKIP")
    raise SystemExit
print((1).__add__("x") is NotImplemented)
print((1).__add__(2))
print((2**100).as_integer_ratio(), (-6).as_integer_ratio(), (-2**64 + 1).bit_count())
print((7).__add__(3), (7).__radd__(3), (7).__rsub__(3), (7).__mul__(2**70))
print((7).__add__(1.5), (7).__truediv__('x'), (7).__eq__(7.0), (7).__lt__(8), (-7).__abs__())
class Add1(int):
    def __add__(self, o):
        return super().__add__(o) + 1
print(Add1(5) + 3, 3 + Add1(5))
print((1.5).__add__(1), (2.0).__rtruediv__(1), (-1.5).__neg__(), (1j).__mul__(1j), (1+2j).__abs__())
