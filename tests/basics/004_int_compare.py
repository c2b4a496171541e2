# comparisons between ints
print(1 < 2, 2 < 1, 1 <= 1, 1 > 0, 1 >= 2)
print(3 == 3, 3 != 3, 3 != 4)
print(-5 < -4, -5 > -4)
x = 10
print(x == 10 and x != 11)
