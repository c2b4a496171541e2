# float comparisons, also against ints
print(1.0 == 1, 1.5 > 1, 0.5 < 1, 2.0 != 2)
print(-0.0 == 0.0)
print(0.1 + 0.2 == 0.3)
print(1e308 < 1e309)
print(3 < 3.5 < 4)
print(2 ** 60 == 2.0 ** 60)
