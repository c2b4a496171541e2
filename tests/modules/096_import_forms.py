# different import statement forms for builtin modules
import math as m
from math import sqrt, pi as PI
import sys, gc
from collections import namedtuple as nt
print(m.floor(2.5), sqrt(9.0), PI == m.pi)
print(type(sys).__name__, type(gc).__name__)
print(nt("T", "a")(1).a)
print(m.__name__, sys.__name__)
