# complex attributes, conversions and repr
z = complex(3, -4)
print(z, z.real, z.imag, z.conjugate(), abs(z))
print(complex(), complex(2), complex(1.5, 2), complex("1+2j"), complex("-3j"))
print(repr(1 + 0j), repr(-1j), repr(complex(0, 0)), repr(complex(-0.0, 1)))
print(1j ** 2, (1 + 1j) ** 2)
print(complex(2, 3) == complex(2, 3), complex(2, 0) == 2)
try:
    1j < 2j
except TypeError:
    print("TypeError ordering")
try:
    complex("nope")
except ValueError:
    print("ValueError")
try:
    (1 + 1j) / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
