# ord/chr round trips and string comparisons with unicode
s = "aé中😀"
print([ord(c) for c in s])
print("".join(chr(ord(c)) for c in s) == s)
print(len(s), len(s.encode()))
print(sorted("bAaB"))
print(max("hello"), min("hello"))
print("abc" * 2 + "d", "abc".__len__())
print(str(123), str(-1.5), str([1, "a"]), str((1,)))
print(repr("'"), repr('"'), repr("'\""), repr("\\"), repr("\n"))
print(repr("é\x07\x7f"), repr("\u200b"))
