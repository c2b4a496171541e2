# starred targets inside nested targets and for loops
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
[*p] = (5, 6)
print(p)
