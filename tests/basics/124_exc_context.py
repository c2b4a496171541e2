# an exception raised while handling another sets __context__
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.args)
    print(e.__cause__, e.__suppress_context__)
try:
    raise TypeError("alone")
except TypeError as e:
    print(e.__context__, e.__cause__)
try:
    try:
        1 // 0
    finally:
        raise RuntimeError("in finally")
except RuntimeError as e:
    print(type(e.__context__).__name__)
