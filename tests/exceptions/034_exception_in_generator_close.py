# exceptions raised while a generator is being closed
def g():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
it = g()
next(it)
try:
    it.close()
except ValueError as e:
    print("close raised", e)
def h():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return
it = h()
next(it)
it.close()
print("closed quietly")
