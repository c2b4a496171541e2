# from module import * without __all__ skips underscore names
from _star_noall import *
print(public, helper())
try:
    _private
except NameError:
    print("NameError _private")
