# a module body runs only on the first import
import _mod_a
import _mod_a
import _mod_a as again
print(again is _mod_a)
def f():
    import _mod_a
    return _mod_a.value
print(f())
