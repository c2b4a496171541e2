# raw bytes literals with rb and br prefixes
print(rb"\n")
print(br"\x41")
print(Rb"a\b", bR"c\d")
print(len(rb"\n\t"))
