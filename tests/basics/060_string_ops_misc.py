# string repetition, comparison and membership in combination
s = "ab" * 3 + "c"
print(s, len(s), s.count("ab"))
print("-".join(["x"] * 3))
print(("=" * 10)[:5])
words = "the quick brown fox".split()
print(max(words), min(words), sorted(words))
print("".join(reversed("stressed")))
print("a" * 3 == "aaa", "abc" * 0)
