# pkg.subpkg.deep uses parent-relative imports
from .. import sub
from ..sub import where
from .. import PKG_CONST
DEEP = "deep:" + sub.SUB
def parent_info():
    return where(), PKG_CONST, __name__
