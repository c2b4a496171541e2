# starred assignment targets
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
first, *rest = [0]
print(first, rest)
try:
    a, *b, c = [1]
except ValueError:
    print("ValueError")
