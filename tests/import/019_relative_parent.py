# parent-relative imports from a nested package
from pkg.subpkg import DEEP
print(DEEP)
from pkg.subpkg.deep import parent_info
print(parent_info())
import pkg.subpkg.deep as d
print(d.DEEP == DEEP)
