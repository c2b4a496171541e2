# sys.path is a mutable list of strings
import sys
print(type(sys.path).__name__)
print(all(isinstance(p, str) for p in sys.path))
sys.path.append("/tmp/minnow_extra_path")
print(sys.path[-1])
sys.path.pop()
print("/tmp/minnow_extra_path" in sys.path)
