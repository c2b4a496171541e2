# bare raise re-raises the current exception
def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling")
        raise
try:
    f()
except ValueError as e:
    print("re-raised", e)
try:
    raise
except RuntimeError:
    print("RuntimeError: nothing to re-raise")
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        err = e
    raise err
except KeyError as e:
    print("raised saved", e)
