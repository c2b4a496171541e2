# from module import * with __all__
from _star_all import *
print(exported, _also_exported)
try:
    not_listed
except NameError:
    print("NameError not_listed")
