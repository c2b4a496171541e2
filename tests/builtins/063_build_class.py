# __build_class__ is what the class statement calls (light test)
import builtins
print(callable(builtins.__build_class__))
class Base:
    def hello(self):
        return "hello from " + type(self).__name__
def empty_body():
    pass
Made = builtins.__build_class__(empty_body, "Made", Base)
print(Made.__name__, issubclass(Made, Base), Made().hello())
