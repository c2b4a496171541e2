# mapping characters through dicts (rot13, leetspeak)
table = {ord("a"): "4", ord("e"): "3", ord("o"): "0"}
s = "hello world"
print("".join(table.get(ord(c), c) for c in s))
rot13 = {}
for i in range(26):
    rot13[chr(97 + i)] = chr(97 + (i + 13) % 26)
enc = "".join(rot13.get(c, c) for c in "secret message")
print(enc, "".join(rot13.get(c, c) for c in enc))
