# __name__ of the main script and of imported modules
print(__name__)
if __name__ == "__main__":
    print("running as main")
import _mod_a
print(_mod_a.__name__ != "__main__")
import pkg.sub
print(pkg.sub.__name__)
