# sys.implementation._mpy describes the .mpy format
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
import sys
print(hasattr(sys.implementation, "_mpy"))
print(type(sys.implementation._mpy).__name__)
