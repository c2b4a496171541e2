# slicing strings with multi-byte characters
s = "añb€c😀d"
print(s[1:4], s[::2], s[::-1], s[-2:], s[3], s[5])
print(len(s), s.find("€"), s.index("😀"), s.rfind("d"))
print(s.split("€"), s.replace("€", "E"), s.upper())
print(s.startswith("añ"), s.endswith("😀d"), "€" in s)
