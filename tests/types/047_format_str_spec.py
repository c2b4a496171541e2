# format specs for strings and the format() builtin
print(repr(format("abc", "")), repr(format("abc", "6")), repr(format("abc", ">6")))
print(repr(format("abc", "^7")), repr(format("abc", "-<7")), repr(format("abcdef", ".3")))
print(repr(format("abc", "*>8.2")))
print(format(True), format(None), format([1, 2]))
try:
    format("s", "d")
except ValueError:
    print("ValueError")
try:
    format(1, "s")
except ValueError:
    print("ValueError int with s")
