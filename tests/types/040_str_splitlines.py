# splitlines
print("one\ntwo\r\nthree\rfour".splitlines())
print("a\n\nb\n".splitlines())
print("a\nb\n".splitlines(True))
print("".splitlines())
