# a metaclass customising class creation
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        cls = super().__new__(mcls, name, bases, ns)
        print("creating", name)
        return cls
class A(metaclass=Meta):
    pass
class B(A):
    pass
print(A.created_by, B.created_by)
print(type(A).__name__, type(B).__name__)
print(isinstance(A, Meta), isinstance(A, type))
