# explicit exception chaining
class LowLevel(Exception):
    pass
class HighLevel(Exception):
    pass
def read():
    raise LowLevel("disk")
def load():
    try:
        read()
    except LowLevel as e:
        raise HighLevel("load failed") from e
try:
    load()
except HighLevel as e:
    print(e, "caused by", type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__, e.__context__ is e.__cause__)
try:
    raise HighLevel("x") from None
except HighLevel as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise HighLevel from 5
except TypeError:
    print("TypeError bad cause")
