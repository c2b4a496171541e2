# assignment expressions
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 0, 4]
i = 0
while (v := data[i]) != 0:
    print(v)
    i += 1
print((y := 3) * y)
def f():
    return (z := 7) + z
print(f())
