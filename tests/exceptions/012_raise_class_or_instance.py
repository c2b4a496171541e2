# raising a class creates an instance
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError("inst")
except ValueError as e:
    print(e.args)
try:
    raise 5
except TypeError:
    print("TypeError raising int")
class NotExc:
    pass
try:
    raise NotExc
except TypeError:
    print("TypeError raising non-exception")
