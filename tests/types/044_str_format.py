# str.format field names and conversions
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="bob", age=5))
print("{0[1]} {0[0]}".format(["x", "y"]))
print("{d[key]}".format(d={"key": "dict item"}))
class P:
    x = 3
print("{p.x} {p.x!r}".format(p=P()))
print("{!r} {!s}".format("s", "s"))
print("{{}} {}".format("braces"))
print("{:>{w}}|".format("pad", w=6))
try:
    "{} {}".format(1)
except IndexError:
    print("IndexError")
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError", e)
