# sys.version_info, maxsize and byteorder
import sys
print(sys.version_info[0])
print(sys.maxsize > 2 ** 30, type(sys.maxsize).__name__)
print(sys.byteorder in ("little", "big"))
print(isinstance(sys.version, str))
