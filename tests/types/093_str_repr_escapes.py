# repr of strings chooses quotes and escapes control characters
for s in ["plain", "it's", 'say "x"', "both ' and \"", "\t\n\r", "\x00\x1f\x7f", "é", "\\n"]:
    print(repr(s))
print(repr("😀"), repr("a\u00e9b"))
print(str(["a'b", 'c"d']))
