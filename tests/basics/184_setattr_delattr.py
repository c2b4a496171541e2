# __setattr__ and __delattr__
class Locked:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
o = Locked()
o.x = 5
print(o.x)
setattr(o, "y", 1)
print(o.y)
del o.x
print(hasattr(o, "x"), o.log)
class ReadOnly:
    def __setattr__(self, n, v):
        raise AttributeError("read only")
try:
    ReadOnly().z = 1
except AttributeError as e:
    print(e)
