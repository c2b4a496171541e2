# else runs only when no exception was raised
def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("div by zero")
    else:
        print("result", r)
    finally:
        print("finally", x)
f(2)
f(0)
try:
    pass
except Exception:
    pass
else:
    print("else after pass")
