# str % args and bytes % args run one engine: the numeric conversions are
# the same, %s %r %a %b %c differ, and so do a few messages. (Floats: 929.)

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(type(r).__name__, repr(r))


# the same numeric output for both kinds
for fmt, args in (('%d|%5i|%-5u|%05d|%+d|% d|%.3d', (7, -3, 12, -42, 5, 6, 7)),
                  ('%x|%#X|%#o|%08.3x|%-#6x|%X', (255, 255, 8, 10, 9, -255))):
    a = fmt % args
    b = fmt.encode() % args
    print(a, b, a.encode() == b)
show(lambda: '%*d|%-*d|' % (5, 1, -4, 2))
show(lambda: b'%*d|%-*d|' % (5, 1, -4, 2))
show(lambda: bytearray(b'%s-%d') % (b'a', 3))

# '%%' only right after '%': a '%' conversion after flags, a width or a key
# takes an argument and is unsupported
show(lambda: '%%|%s' % 1)
show(lambda: '%5%|' % (1,))
show(lambda: '%5%|' % ())
show(lambda: '%-5%|' % (1,))
show(lambda: b'%5%|' % (1,))
show(lambda: '%(a)%|' % {'a': 1})
show(lambda: '%.3%|' % (1,))
show(lambda: '%*%|' % (1,))

# a %(key) conversion leaves no argument for a later keyless one
show(lambda: '%(a)s %s' % {'a': 1})
show(lambda: '%s %(a)s' % {'a': 1})
show(lambda: '%(a)s %(a)r' % {'a': 'x'})
show(lambda: b'%(a)s %(b)d' % {b'a': b'x', b'b': 2})
show(lambda: b'%(a)s' % {'a': 1})
show(lambda: '%(a)s' % (1,))

# which arguments count as mappings
show(lambda: '' % b'ab')
show(lambda: '' % bytearray(b'ab'))
show(lambda: b'' % b'ab')
show(lambda: b'' % bytearray(b'ab'))
show(lambda: b'' % 'ab')
show(lambda: '' % [1])
show(lambda: b'' % {})
show(lambda: '%s %s' % (1,))
show(lambda: b'%s' % (1, 2))

# unsupported conversions: str names the code point and its index, bytes the byte
show(lambda: '%y' % 1)
show(lambda: 'é%y' % 1)
show(lambda: 'é%é' % 1)
show(lambda: 'é%\U0001F600' % 1)
show(lambda: '%\x01' % 1)
show(lambda: '%\x1f' % 1)
show(lambda: '%\x7f' % 1)
show(lambda: '%b' % 1)
show(lambda: b'%y' % 1)
show(lambda: b'\xe9%y' % 1)
show(lambda: b'%\x1f' % 1)
show(lambda: b'%\x7f' % 1)
show(lambda: b'%\xe9' % 1)

# * arguments, widths and precisions
show(lambda: '%*d' % ('a', 1))
show(lambda: b'%*d' % ('a', 1))
show(lambda: b'%.*d' % ('a', 1))
show(lambda: '%*s|' % (-4, 'a'))
show(lambda: b'%*s|' % (-4, b'a'))
show(lambda: '%123456789012345678901234567890d' % 1)
show(lambda: b'%123456789012345678901234567890d' % 1)
show(lambda: '%.123456789012345678901234567890d' % 1)
show(lambda: b'%.123456789012345678901234567890d' % 1)

# text conversions
show(lambda: '%s|%r|%a|%.1r|%5a|%-4s|' % ('é', 'é', 'é', 'é', 'é', 'é'))
show(lambda: b'%s|%b|%r|%a|%.2s|%5b|' % (b'x', bytearray(b'y'), 'é', 'é', memoryview(b'abc'), b'z'))
show(lambda: b'%s' % 'a')
show(lambda: b'%s' % 5)
show(lambda: '%c|%5c|%-3c|' % ('é', 65, 0x1F600))
show(lambda: b'%c|%5c|%-3c|' % (b'a', 65, bytearray(b'z')))
show(lambda: '%c' % 'ab')
show(lambda: '%c' % 0x110000)
show(lambda: b'%c' % 256)
show(lambda: b'%c' % b'ab')
show(lambda: b'%c' % 'a')

# float conversions of non-numbers
show(lambda: '%d' % '5')
