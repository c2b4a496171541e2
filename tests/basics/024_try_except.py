# try/except matching
try:
    [][1]
except IndexError:
    print("IndexError")
try:
    {}["k"]
except (TypeError, KeyError) as e:
    print("tuple match", type(e).__name__)
try:
    int("x")
except LookupError:
    print("not this")
except ValueError as e:
    print("ValueError")
try:
    raise KeyError(1)
except LookupError as e:
    print("base class match", type(e).__name__)
try:
    undefined_name
except NameError:
    print("NameError")
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("no")
except TypeError as e:
    print("outer caught", e)
