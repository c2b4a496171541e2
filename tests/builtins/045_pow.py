# pow() with two and three arguments
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(4, 0.5))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 3), pow(-3, 3, 7))
print(pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(3, -1, 7))
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError")
