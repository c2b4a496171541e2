# helper: cannot be compiled
def broken(:
    pass
