# from package.module import *
from pkg.star import *
print(star_a)
try:
    star_b
except NameError:
    print("NameError star_b")
