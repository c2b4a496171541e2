# str(bytes, encoding, errors) and str.encode: codecs and error handlers.
samples = [b"plain", b"h\xc3\xa9llo", b"\xff", b"a\xe9b", b"\xe2\x82", b"\xe2\x82\xac\xe2", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf0\x9f\x98\x80", b"\xf4\x90\x80\x80"]
for b in samples:
    for enc in ("utf-8", "ascii", "latin-1"):
        for err in ("strict", "ignore", "replace", "backslashreplace"):
            try:
                print(repr(str(b, enc, err)), end=" ")
            except UnicodeDecodeError as e:
                print("UDE", e, end=" | ")
        print()
for s in ["abc", "héllo", "€uro", "日本", "😀", "aé€😀z"]:
    for enc in ("utf-8", "UTF8", "ascii", "latin_1", "iso-8859-1"):
        for err in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
            try:
                print(s.encode(enc, err), end=" ")
            except UnicodeEncodeError as e:
                print("UEE", e, end=" | ")
        print()
try:
    "x".encode("rot13x")
except LookupError as e:
    print("LookupError", e)
try:
    str(b"x", "nope")
except LookupError as e:
    print("LookupError", e)
try:
    str("x", "utf-8")
except TypeError as e:
    print("TypeError", e)
try:
    str(5, "utf-8")
except TypeError as e:
    print("TypeError", e)
print("abc".encode("ascii", "bogus"), str(bytearray(b"xy"), "ascii"), "é".encode(encoding="latin-1"), str(object=b"q", encoding="utf-8"))
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print("LookupError", e)
