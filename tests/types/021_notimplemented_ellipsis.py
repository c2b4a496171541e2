# NotImplemented and Ellipsis singletons
print(NotImplemented, Ellipsis, ...)
print(... is Ellipsis, type(...).__name__, type(NotImplemented).__name__)
def f():
    ...
print(f())
print([...])
class C:
    def __eq__(self, o):
        return NotImplemented
print(C() == C(), C() != C())
