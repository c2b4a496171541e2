# pkg.other uses a relative import of its sibling
from . import sub
from .sub import SUB as renamed
def info():
    return sub.where() + " / " + renamed
