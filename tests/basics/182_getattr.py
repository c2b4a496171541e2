# __getattr__ is used only for missing attributes
class Dyn:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz)
try:
    d.other
except AttributeError as e:
    print("AttributeError", e)
print(getattr(d, "missing", "default"))
print(hasattr(d, "x1"), hasattr(d, "y1"))
