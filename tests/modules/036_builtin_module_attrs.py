# Builtin modules read their globals from a constant table until something
# needs the whole dict: attribute reads, writes, deletion, dir(), __dict__
# and import * (vars() in builtins/060) must all see one consistent namespace.
import math
print(math.sqrt(16.0), 'sqrt' in dir(math), 'pi' in dir(math))
math.extra = 42
print(math.extra, 'extra' in dir(math))
math.pi = 3
print(math.pi)
del math.e
print(hasattr(math, 'e'), 'e' in dir(math))
try:
    del math.e
except AttributeError:
    print('AttributeError on second del')
d = math.__dict__
print(d is math.__dict__, d['pi'], 'sqrt' in d, 'e' in d, d['extra'])
d['added'] = 'via dict'
print(math.added)
math.tau = 6
from math import *
print(pi, tau, sqrt(4.0))
try:
    print(e)
except NameError:
    print('e is gone')
import math as m2
print(m2 is math, m2.pi)

import time
time.sleep = None
print(time.sleep)
del time.sleep
print(hasattr(time, 'sleep'))
