# the builtins module
import builtins
print(builtins.len is len, builtins.print is print, builtins.abs(-3))
print(hasattr(builtins, "int"), hasattr(builtins, "ValueError"), hasattr(builtins, "no_such_builtin"))
builtins.minnow_added = "visible everywhere"
print(minnow_added)
del builtins.minnow_added
try:
    minnow_added
except NameError:
    print("NameError after removal")
