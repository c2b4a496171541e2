# exceptions raised in handlers and finally blocks replace the active one
def f():
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
try:
    f()
except KeyError as e:
    print("got", e)
def g():
    try:
        raise ValueError("lost")
    finally:
        raise IndexError("wins")
try:
    g()
except IndexError as e:
    print("got", e, type(e.__context__).__name__)
try:
    try:
        raise ValueError
    except ValueError:
        pass
    raise TypeError
except TypeError as e:
    print("no context:", e.__context__)
