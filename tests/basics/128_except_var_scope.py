# the except target is deleted after the handler
try:
    raise ValueError("v")
except ValueError as e:
    print("inside", e)
try:
    e
except NameError:
    print("e is gone")
e = "keep"
try:
    raise KeyError
except KeyError as e:
    pass
try:
    print(e)
except NameError:
    print("rebound name is also deleted")
