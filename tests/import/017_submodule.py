# importing a submodule binds the top package name
import pkg.sub
print(pkg.sub.SUB, pkg.sub.where())
print(pkg.PKG_CONST)
from pkg import sub
print(sub is pkg.sub)
from pkg.sub import where
print(where())
