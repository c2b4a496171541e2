# floor division and modulo follow the sign of the divisor
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b)
print(0 // 5, 0 % 5)
print(6 // 3, 6 % 3)
try:
    1 // 0
except ZeroDivisionError:
    print("ZeroDivisionError //")
try:
    1 % 0
except ZeroDivisionError:
    print("ZeroDivisionError %")
