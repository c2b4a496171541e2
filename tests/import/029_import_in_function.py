# imports inside functions bind local names
def f():
    import _mod_a
    from _mod_a import value as local_value
    return local_value + 1
print(f())
try:
    local_value
except NameError:
    print("NameError outside")
import sys
print("_mod_a" in sys.modules)
