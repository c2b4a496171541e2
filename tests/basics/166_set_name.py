# __set_name__ tells a descriptor its attribute name
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        return "%s.%s" % (self.owner, self.name)
class Model:
    alpha = Field()
    beta = Field()
m = Model()
print(m.alpha, m.beta)
