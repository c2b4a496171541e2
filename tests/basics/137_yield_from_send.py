# send() and throw() pass through yield from
def inner():
    x = yield "i1"
    print("inner got", x)
    try:
        yield "i2"
    except KeyError:
        print("inner caught KeyError")
        yield "i3"
def outer():
    yield from inner()
    yield "o"
g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
