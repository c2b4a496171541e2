# imaginary literals and complex numbers
print(1j)
print(2 + 3j)
print(-1.5j)
print(1j * 1j)
print((1 + 2j).real, (1 + 2j).imag)
print(0j)
print(3 - 0j)
