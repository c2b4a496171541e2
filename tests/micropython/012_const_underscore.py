# a const whose name starts with _ is not stored in globals
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
from micropython import const
_HIDDEN = const(5)
VISIBLE = const(6)
print(_HIDDEN + VISIBLE)
g = globals()
print("VISIBLE" in g, "_HIDDEN" in g)
