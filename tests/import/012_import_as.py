# import ... as ... binds only the alias
import _mod_a as m
print(m.value)
try:
    _mod_a
except NameError:
    print("NameError original name")
from _mod_a import double as dbl, value as v
print(dbl(v))
