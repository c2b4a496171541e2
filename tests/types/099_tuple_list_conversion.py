# converting between sequence types
t = (1, 2, 3)
print(list(t), tuple(list(t)) == t, tuple(t) is t)
print(list(range(3)), tuple("xy"), list(b"AB"), tuple({"a": 1}))
print(list(map(str, t)), tuple(x * 2 for x in t))
print(list(zip(t, "abc")), list(enumerate(t, 1)))
print(str(t), str(list(t)), repr([]), repr(()))
print(sorted(set(t)) == list(t))
