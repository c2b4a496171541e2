# importing a package runs its __init__
import pkg
print(pkg.PKG_CONST, pkg.pkg_func(), pkg.__name__)
print(hasattr(pkg, "__path__"))
