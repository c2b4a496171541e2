# which value a function returns through try/except/else/finally
def f(x):
    try:
        if x == 0:
            raise ValueError
        r = "try"
    except ValueError:
        return "except"
    else:
        return "else " + r
    finally:
        print("finally", x)
print(f(0))
print(f(1))
def g():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("cleanup", i)
print(g())
