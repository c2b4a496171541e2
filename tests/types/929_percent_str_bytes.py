# str % args and bytes % args (one engine): float conversions.

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(type(r).__name__, repr(r))


for fmt in ('%d|%5i|%-5u|%05d|%+d|% d', '%x|%#X|%#o|%08.3x|%-#6x', '%e|%.2E|%f|%8.3F|%g|%#G'):
    args = (7, -3, 12, -42, 5, 6) if '%d' in fmt else (255, 255, 8, 10, 9) if '%x' in fmt else (1.5, 12345.678, -0.25, 3.14159, 1e-10, 2.0)
    a = fmt % args
    b = fmt.encode() % args
    print(a, b, a.encode() == b)
show(lambda: '%*d|%-*d|%.*f' % (5, 1, -4, 2, 2, 3.14159))
show(lambda: b'%*d|%-*d|%.*f' % (5, 1, -4, 2, 2, 3.14159))
show(lambda: b'%d %x' % (2.7, True))
show(lambda: '%f' % '5')
show(lambda: b'%f' % b'5')
show(lambda: b'%g' % None)
show(lambda: b'%x' % 2.5)
