# strip, lstrip, rstrip, removeprefix, removesuffix
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "...".strip("."))
print("www.example.com".lstrip("w."), "file.txt".rstrip(".txt"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"))
print("abc".removeprefix("x"), "abc".removesuffix("x"))
