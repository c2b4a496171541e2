# sort calls key once per item; reverse keeps stability
calls = []
def key(v):
    calls.append(v)
    return v % 3
a = [5, 3, 4, 1, 2, 6]
a.sort(key=key)
print(a, sorted(calls))
data = [("a", 1), ("b", 2), ("c", 1), ("d", 2)]
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted("bca"), sorted((3, 1, 2), reverse=True), sorted({"b": 1, "a": 2}))
try:
    sorted([3, 1], key=lambda v: 1 / 0)
except ZeroDivisionError:
    print("ZeroDivisionError from key")
