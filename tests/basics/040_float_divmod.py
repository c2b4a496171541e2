# floor division and modulo with floats
for a in (7.5, -7.5):
    for b in (2.0, -2.0):
        print(a, b, a // b, a % b)
print(5 // 2.0, 5 % 2.5)
print(10 / 4)
print(9 / 3)
try:
    1.0 / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    1.0 // 0.0
except ZeroDivisionError:
    print("ZeroDivisionError")
