# raise ... from ... sets __cause__ and __suppress_context__
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise ValueError("v") from k
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)
    print(e.__context__ is e.__cause__)
try:
    raise ValueError("x") from TypeError("t")
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise ValueError from IndexError
except ValueError as e:
    print(type(e.__cause__).__name__)
