# start/end arguments of the str and bytes search methods: big ints clamp
# (they do not overflow), floats are refused.

BIG = 10 ** 30


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(type(r).__name__, repr(r))


for x in ('abcabc', 'éaébé', b'abcabc', bytearray(b'abcabc')):
    sub = x[1:2]
    for args in ((BIG,), (-BIG,), (0, BIG), (-BIG, BIG), (None, -BIG)):
        show(lambda: (x.find(sub, *args), x.rfind(sub, *args), x.count(sub, *args),
                      x.count(sub[:0], *args), x.startswith(sub, *args), x.endswith(sub, *args)))
    show(lambda: x.index(sub, BIG))
    show(lambda: x.rindex(sub, -BIG, -BIG))
    show(lambda: x.find(sub, 1.5))
    show(lambda: x.count(sub, 0, 2.0))
    show(lambda: x.endswith(sub, 1.0))
