# sort and sorted with key and reverse; sort is stable
a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError")
big = list(range(200, 0, -1))
big.sort()
print(big[:5], big[-1])
