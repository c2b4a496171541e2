# membership tests on builtin containers
print(2 in [1, 2, 3], 4 in [1, 2, 3])
print(2 not in (1, 2), "b" in {"a": 1, "b": 2})
print(1 in {"a": 1}, 3 in {1, 2, 3})
print(5 in range(10), 10 in range(10))
print("ell" in "hello", "x" not in "hello")
print(b"b" in b"abc", 98 in b"abc")
