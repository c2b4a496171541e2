# Character classes and case mappings over a sample of all code points,
# folded into checksums (catches any drift in the Unicode tables).
def cps():
    yield from range(0, 0x800)
    yield from range(0x800, 0xD800, 31)
    yield from range(0xE000, 0x10000, 31)
    yield from range(0x10000, 0x110000, 1009)
names = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable",
         "isupper", "islower", "istitle", "isidentifier", "isalnum"]
for name in names:
    h = 0
    n = 0
    for cp in cps():
        if getattr(chr(cp), name)():
            h = (h * 31 + cp) % 1000000007
            n += 1
    print(name, n, h)
for name in ["upper", "lower", "title", "casefold", "swapcase", "capitalize"]:
    h = 0
    n = 0
    for cp in cps():
        c = chr(cp)
        m = getattr(c, name)()
        if m != c:
            n += 1
            for x in m:
                h = (h * 31 + ord(x)) % 1000000007
    print(name, n, h)
h = 0
for cp in cps():
    if cp < 0xD800 or cp > 0xDFFF:
        for x in repr(chr(cp)):
            h = (h * 31 + ord(x)) % 1000000007
print("repr", h)
