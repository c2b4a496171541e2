# complex numbers with special parts and mixed arithmetic
print(complex(1, 0) * complex(0, 1))
print((3 + 4j) * (3 - 4j))
print((1 + 2j) - 1, 1 - (1 + 2j), (2 + 0j) / 2)
print(complex("  2.5-1.5j  "), complex("1e1j"), complex("(1+1j)"))
z = 1 + 1j
z += 1
z *= 2j
print(z)
print((0.5j).imag, (1j).real, 1j == complex(0, 1))
print(hash(complex(3, 0)) == hash(3))
