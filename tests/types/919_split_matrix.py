# split and rsplit of str, bytes and bytearray: every separator kind (None,
# one or more bytes), maxsplit from -1 up, leading and trailing separators.

ss = ['', ' ', '  a  b  c  ', 'a b', 'abc', ' a', 'a ', '\xa0x\x85y\x1cz ', 'é  ü', 'a,b,,c,', ',', ',,', 'a,,b']
for s in ss:
    for x in (s, s.encode(), bytearray(s.encode())):
        for sep in (None, ',', ',,', ' '):
            sp = sep if isinstance(x, str) or sep is None else sep.encode()
            for m in (-1, 0, 1, 2, 5):
                print(repr(x), repr(sp), m, x.split(sp, m), x.rsplit(sp, m))
