# __getattribute__ intercepts every attribute lookup
class Spy:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
s = Spy()
print(s.a)
class Fallback:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
    hidden = "never seen"
print(Fallback().hidden)
