# chained assignment evaluates the right side once
def make():
    print("make")
    return 42
a = b = make()
print(a, b)
x, y = 1, 2
print(x, y)
x = y = z = "s"
print(x + y + z)
