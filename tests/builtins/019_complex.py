# complex() constructor
print(complex(), complex(1), complex(1, 2), complex(1.5, -0.5), complex("3+4j"))
print(complex(complex(1, 2), 1), complex(1j), complex(True, False))
print(complex("j"), complex("-1.5e2-2j"))
try:
    complex("1+")
except ValueError:
    print("ValueError")
try:
    complex([])
except TypeError:
    print("TypeError")
