# strip, lstrip, rstrip
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "...".strip("."))
print("www.example.com".lstrip("w."), "file.txt".rstrip(".txt"))
