# exception classes are ordinary classes
class E(Exception):
    level = "high"
    def describe(self):
        return "%s(%s)" % (type(self).__name__, self.level)
class F(E):
    level = "low"
print(E().describe(), F().describe())
print(E.__mro__[1].__name__, F.__bases__[0].__name__)
e = F("x")
e.note = "extra"
print(e.note, e.args)
print(isinstance(F(), E), type(F()) is F)
