# while loops with complex conditions and nested breaks
a = [5, 3, 8, 1, 9, 2]
i = 0
while i < len(a) and a[i] != 1:
    i += 1
print("index of 1:", i)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
found = None
x = 0
while x < 5:
    y = 0
    while y < 5:
        if x * y == 6:
            found = (x, y)
            break
        y += 1
    if found:
        break
    x += 1
print(found)
