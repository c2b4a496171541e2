# min() and max() over generators, dicts and strings
d = {"a": 3, "b": 1, "c": 2}
print(max(d), min(d), max(d, key=d.get), min(d.values()), max(d.items(), key=lambda kv: kv[1]))
print(max(x % 7 for x in range(20)), min(range(5, 10)), max("zebra", "apple"))
print(max([[1, 2], [1, 3]]), min((2, "b"), (2, "a")))
