# chained comparisons evaluate middle operands once
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(1 == 1 == 1, 1 == 1 != 1)
x = 5
print(0 <= x < 10, 0 <= x < 5)
def mid():
    print("mid")
    return 2
print(1 < mid() < 3)
print(5 < mid() < 3)
print(1 < 2 > 0 != 5)
