# comparing ints and floats exactly, including big ints
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(10 ** 20 < 1e21, 10 ** 30 > 1e29)
print(1 < 1.5 < 2, -1 > -1.5)
print(0 == 0.0 == -0.0)
print(3 == 3.0000001, 3 == 3.0)
print(float(10 ** 20))
print(int(1e20))
print(2 ** 100 == 1.2676506002282294e30)
