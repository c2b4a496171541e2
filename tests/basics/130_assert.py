# assert statements
assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert 1 > 2, "one is not bigger"
except AssertionError as e:
    print(e)
def msg():
    print("message evaluated")
    return "m"
assert True, msg()
try:
    assert [], msg()
except AssertionError as e:
    print(e)
