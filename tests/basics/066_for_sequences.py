# for over lists, tuples, strings and dicts
for x in [10, 20]:
    print(x)
for x in (1.5, "s"):
    print(x)
for ch in "abc":
    print(ch)
for k in {"one": 1, "two": 2}:
    print(k)
