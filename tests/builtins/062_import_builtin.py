# __import__() returns the module object
m = __import__("sys")
print(type(m).__name__, hasattr(m, "path"))
import sys
print(m is sys)
try:
    __import__("no_such_module_xyz")
except ImportError:
    print("ImportError")
