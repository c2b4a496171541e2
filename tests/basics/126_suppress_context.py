# raise ... from None hides the context
try:
    try:
        {}["x"]
    except KeyError:
        raise AttributeError("clean") from None
except AttributeError as e:
    print(e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)
e = ValueError()
print(e.__suppress_context__)
e.__cause__ = KeyError()
print(type(e.__cause__).__name__)
