# enumerate, zip and reversed together
names = ["ann", "bob", "cid"]
ages = [30, 25]
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
print(list(zip(names, reversed(names))))
print([i for i, n in enumerate(names) if "b" in n])
print(dict(enumerate("xy")))
