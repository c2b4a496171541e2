# return inside finally overrides return or exceptions
def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(g())
def h():
    x = "before"
    try:
        return x
    finally:
        x = "after"
print(h())
def k():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(k())
