# generator expressions
g = (x * 2 for x in range(4))
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in "ab" if x != "a"))
