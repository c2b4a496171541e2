# relative imports inside a package
from pkg import other
print(other.info())
import pkg
print(hasattr(pkg, "other"), hasattr(pkg, "sub"))
