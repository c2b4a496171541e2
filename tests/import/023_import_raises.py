# a module that raises during import is not kept in sys.modules
import sys
for i in range(2):
    try:
        import _raises
    except ValueError as e:
        print("ValueError", e)
print("_raises" in sys.modules)
