# helper module for the import tests
print("executing _mod_a")
value = 42
def double(x):
    return x * 2
class Thing:
    kind = "thing"
_hidden = "underscore"
name_seen = __name__
