# sys.implementation describes the interpreter
import sys
print(isinstance(sys.implementation.name, str))
print(sys.implementation.name == sys.implementation.name.lower())
print(len(sys.implementation.version) >= 3)
