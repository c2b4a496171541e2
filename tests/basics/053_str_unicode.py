# non-ascii strings are indexed by code point
s = "héllo wörld"
print(s)
print(len(s))
print(s[1], s[7])
print(s[::-1])
t = "日本語"
print(len(t), t[1], t[-1])
print("€" * 3)
print("ü" < "ž")
