# NameError and UnboundLocalError
try:
    not_defined
except NameError as e:
    print(type(e).__name__)
def f():
    print(later)
    later = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__)
def g():
    x = 1
    del x
    return x
try:
    g()
except NameError as e:
    print(type(e).__name__)
