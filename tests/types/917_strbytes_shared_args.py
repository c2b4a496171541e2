# str and bytes methods share one implementation: the argument checks and
# their order follow CPython for each type (bounds before the needle, types
# in argument order), big or odd bounds clamp, and results keep their kind.


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(type(r).__name__, repr(r))


class S(str):
    pass


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


# start/end of find & co: None, ints, bools, __index__, huge ints (clamped)
for x in ('abcabc', 'éaébé', b'abcabc', bytearray(b'abcabc')):
    sub = x[1:2]
    for args in ((), (1,), (-2,), (True,), (None, 4), (Idx(2), Idx(-1)), (4, 2), (-100, 100)):
        show(lambda: (x.find(sub, *args), x.rfind(sub, *args), x.count(sub, *args),
                      x.count(sub[:0], *args), x.startswith(sub, *args), x.endswith(sub, *args)))
    show(lambda: x.index(sub, 100))
    show(lambda: x.rindex(sub, -100, -100))

# non-int bounds are refused before the needle is looked at
show(lambda: 'abc'.find('a', 'x'))
show(lambda: 'abc'.find(1, 'x'))
show(lambda: 'abc'.count('a', 'y'))
show(lambda: 'abc'.startswith(1, 'x'))
show(lambda: 'abc'.endswith('c', None, [1]))
show(lambda: b'abc'.find('q', 'x'))
show(lambda: b'abc'.startswith('q', 'x'))
show(lambda: b'abc'.count(b'a', 0, 'x'))
show(lambda: bytearray(b'abc').index(b'q', [0]))

# needles
show(lambda: 'abc'.find(1))
show(lambda: b'abc'.find(98))
show(lambda: b'abc'.find(256))
show(lambda: b'abc'.find('b'))
show(lambda: 'abc'.startswith(('x', 1)))
show(lambda: b'abc'.endswith((b'x', 1)))
show(lambda: 'abc'.endswith(b'c'))
show(lambda: b'abc'.endswith('c'))
show(lambda: 'abc'.index('z'))
show(lambda: b'abc'.index(b'z'))

# replace: argument types in order, then the count
show(lambda: 'ab'.replace(1, 'x', 'y'))
show(lambda: 'ab'.replace('a', 1, 'y'))
show(lambda: 'ab'.replace('a', 'x', 'y'))
show(lambda: b'ab'.replace(1, b'x', 'y'))
show(lambda: b'ab'.replace(b'a', 1, 'y'))
show(lambda: b'ab'.replace(b'a', b'x', 'y'))
show(lambda: 'aéa'.replace('', '-'))
show(lambda: 'aéa'.replace('', '-', 2))
show(lambda: b'a\xc3\xa9'.replace(b'', b'-'))
show(lambda: bytearray(b'aXbX').replace(b'X', memoryview(b'yz'), 1))
show(lambda: 'abc'.replace('', '', 5))

# strip family: the message names the method
for m in ('strip', 'lstrip', 'rstrip'):
    show(lambda: getattr('a', m)(1))
    show(lambda: getattr(b'a', m)('a'))
    show(lambda: getattr('\x1c é a\xa0\x1f', m)())
    show(lambda: getattr(b'\x1c\x0b a \x1f', m)())
    show(lambda: getattr('éaé', m)('é'))
    show(lambda: getattr(b'\xc3\xa9a\xc3\xa9', m)(b'\xa9'))

# partition: str and bytes hand back the separator object itself
show(lambda: type('a-b'.partition(S('-'))[1]).__name__)
show(lambda: type('a-b'.rpartition(S('-'))[1]).__name__)
show(lambda: type(b'a-b'.partition(bytearray(b'-'))[1]).__name__)
show(lambda: type(bytearray(b'a-b').partition(b'-')[1]).__name__)
show(lambda: bytearray(b'ab').partition(b'-'))
show(lambda: 'ab'.partition(1))
show(lambda: b'ab'.rpartition('a'))

# splitting: whitespace differs (str: \x1c-\x1f and Unicode spaces too)
show(lambda: 'a\x1cb\x1fc d\x85e\xa0f'.split())
show(lambda: 'a\x1cb\x1fc d\x85e\xa0f'.rsplit(None, 2))
show(lambda: b'a\x1cb\x1fc\x0bd\x85e'.split())
show(lambda: b'a\x1cb\x1fc\x0bd\x85e'.rsplit(None, 1))
show(lambda: b'\xc3\xa9 a\xc2\x85b'.split())
show(lambda: 'a b'.split(b' '))
show(lambda: b'a b'.split(' '))
show(lambda: 'a b'.split(S(' ')))
show(lambda: 'a\x0bb\x0cc\x1cd\x85e\r\ng'.splitlines(True))
show(lambda: [len(x) for x in 'a\u2028bc\u2029d\u2027e'.splitlines(True)])
show(lambda: b'a\x0bb\x0cc\x1cd\r\ne\rf\n'.splitlines())
show(lambda: bytearray(b'x\ny').splitlines(keepends=True))

# join
show(lambda: '-'.join(['a', S('b')]))
show(lambda: S('-').join(['a']))
show(lambda: '-'.join(['a', b'b']))
show(lambda: b'-'.join([b'a', 'b']))
show(lambda: b'-'.join([memoryview(b'a'), bytearray(b'b')]))
show(lambda: bytearray(b'-').join([]))
show(lambda: bytearray(b'-').join([b'x']))
show(lambda: b''.join([bytearray(b'x')]))

# padding
show(lambda: 'é'.center(6, 'ü'))
show(lambda: b'\xc3\xa9'.center(6, b'*'))
show(lambda: bytearray(b'ab').center(1))

# case mapping and tests on bytes leave bytes from 0x80 alone
show(lambda: (b'\xe9abc'.islower(), b'\xe9'.isalpha(), 'ÉA'.isupper(), 'éa'.islower()))
show(lambda: (b'\x1c\x1f'.isspace(), '\x1c\x1f'.isspace(), b'\x0b '.isspace(), b''.isspace()))
show(lambda: (len('aé'), 'aé'.__len__(), b'ab'.__len__(), bytearray(b'abc').__len__()))
show(lambda: ('aé'.__getitem__(1), b'ab'.__getitem__(0), list('é'.__iter__()), list(b'ab'.__iter__())))

# empty operands (an empty bytearray has no data block at all)
e = bytearray()
print(e.split(), e.rsplit(), e.split(b','), e.strip(), e.strip(b'x'), e.center(3), e.replace(b'', b'ab'),
      e.replace(b'a', b''), e.join([e, e]), e.partition(b'x'), e.splitlines(), e.upper(),
      e.isspace(), e.find(b''), e.count(b''), e * 3, e + e, e[::2], e[:], e.startswith(b''),
      e.endswith(memoryview(b'')), e % (), repr(e))
m = memoryview(b'')
print(b'abc'.replace(b'b', m), b'abc'.strip(m), b'-'.join([m, m]), b'abc'.startswith((m,)), b'abc'.find(m))
print(''.join([]), ''.split(), ''.upper(), ''.center(2, 'é'), '' * 5, ''[::-1], '%s' % '',
      ''.replace('', ''))
