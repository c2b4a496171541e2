# __init_subclass__ with class keyword arguments
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin, name="first"):
    pass
class Beta(Plugin):
    pass
print(Plugin.registry)
print(Alpha.plugin_name, Beta.plugin_name)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.opts = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class C(metaclass=Meta, debug=True, level=3):
    pass
print(sorted(C.opts.items()))
