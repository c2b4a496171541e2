# AssertionError details
try:
    assert 1 + 1 == 3, ("tuple", "message")
except AssertionError as e:
    print(e.args)
try:
    assert None
except AssertionError as e:
    print(e.args, str(e) == "")
def check(v):
    assert v > 0, "v must be positive, got %d" % v
    return v
print(check(3))
try:
    check(-2)
except AssertionError as e:
    print(e)
