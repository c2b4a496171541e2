# from module import names
from _mod_a import value, Thing, double
print(value, Thing().kind, double("ab"))
from _mod_a import _hidden
print(_hidden)
try:
    from _mod_a import does_not_exist
except ImportError:
    print("ImportError missing name")
