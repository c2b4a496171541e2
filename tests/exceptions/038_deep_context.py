# context is attached only once per raise and not to itself
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__)
try:
    try:
        raise KeyError("a")
    except KeyError as first:
        try:
            raise TypeError("b")
        except TypeError as second:
            raise first
except KeyError as e:
    print(type(e.__context__).__name__)
