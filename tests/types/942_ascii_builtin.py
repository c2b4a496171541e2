# ascii() (CPython has it, MicroPython leaves it out)
try:
    ascii
except NameError:
    print("SKIP")
    raise SystemExit
print(ascii("é€😀"), ascii("abc"), ascii(["é"]))
print(ascii(5), ascii(b"\xff"), ascii({"k": "\u1234"}), ascii("\x7f\x80"), ascii(None))


class R:
    def __repr__(self):
        return "R(ü)"


print(ascii(R()), ascii((R(), "ok")))
