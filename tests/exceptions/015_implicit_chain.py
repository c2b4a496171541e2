# implicit chaining through nested handlers
try:
    try:
        try:
            raise ValueError("one")
        except ValueError:
            raise TypeError("two")
    except TypeError:
        raise KeyError("three")
except KeyError as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print(chain)
