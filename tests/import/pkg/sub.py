# pkg.sub submodule
print("init pkg.sub")
SUB = "sub value"
def where():
    return __name__
