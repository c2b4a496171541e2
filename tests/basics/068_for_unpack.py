# unpacking in for targets
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for i, ch in enumerate("xy"):
    print(i, ch)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
