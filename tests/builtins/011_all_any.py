# all() and any() short-circuit
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]))
print(all("abc"), any(x > 2 for x in range(5)), all(x < 2 for x in range(5)))
def gen():
    for v in (1, 0, "never"):
        print("yield", v)
        yield v
print(all(gen()))
print(any(iter([0, "", None, [], 7])))
