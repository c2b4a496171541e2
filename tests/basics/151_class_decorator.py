# decorators on classes
def add_hello(cls):
    cls.hello = lambda self: "hello from " + type(self).__name__
    return cls
@add_hello
class A:
    pass
print(A().hello())
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class B:
    pass
@register
class C(B):
    pass
print(registry)
def replace(cls):
    return "replaced"
@replace
class D:
    pass
print(D)
