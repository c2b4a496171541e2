# global inside nested functions and at module scope
g = 1
def outer():
    g = "outer local"
    def inner():
        global g
        g = 2
    inner()
    return g
print(outer(), g)
def reader():
    def inner():
        return g
    return inner()
print(reader())
global module_level
module_level = "ok"
print(module_level)
