# iterating over strings
s = "héllo"
print([c for c in s])
print(list(enumerate("ab")))
print({c: s.count(c) for c in s})
it = iter("xy")
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(map(ord, "AB")), "".join(map(chr, [104, 105])))
