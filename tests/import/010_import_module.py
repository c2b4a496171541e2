# import a .py module from the test's folder
import _mod_a
print(_mod_a.value, _mod_a.double(5), _mod_a.Thing.kind)
print(_mod_a.__name__, _mod_a.name_seen, _mod_a._hidden)
print(type(_mod_a).__name__)
