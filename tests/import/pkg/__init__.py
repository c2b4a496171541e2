# package used by the import tests
print("init pkg")
PKG_CONST = "from pkg/__init__"
def pkg_func():
    return "pkg_func"
