# sys.modules records imported modules
import sys
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
import math
print("math" in sys.modules, sys.modules["math"] is math)
print("never_imported_module_q" in sys.modules)
