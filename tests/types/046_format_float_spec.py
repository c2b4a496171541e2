# format specs for floats
x = 1234.5678
for spec in ("", "f", ".0f", ".1f", "10.2f", "<10.2f", "^12.3f", "+.2f", "e", ".2e",
             "E", "g", ".3g", "G", "%", ".1%", ",.2f", "_.1f", "012.3f", "=+12.2f"):
    print(repr(spec), repr(format(x, spec)))
for v in (0.0001, 1e-10, 1e16, 123456789.0, 0.5, -0.0):
    print(format(v, "g"), format(v, ".3"), format(v, ""))
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), ".2f"))
