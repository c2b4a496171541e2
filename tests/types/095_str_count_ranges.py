# count, find and index with start/end arguments
s = "abracadabra"
print(s.count("a", 1), s.count("a", 1, 5), s.count("bra", -4))
print(s.find("a", 1, 3), s.find("bra", 2), s.rfind("a", 0, -1))
print(s.index("c", 2, 6), s.rindex("abra", 0, 8))
print(s.startswith("cad", 4), s.endswith("cad", 0, 7))
print(s[s.find("c"):s.rfind("d") + 1])
