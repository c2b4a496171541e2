# the same exception instance may be raised several times
err = ValueError("shared")
for i in range(3):
    try:
        raise err
    except ValueError as e:
        print(i, e is err, e)
def raiser():
    raise err
try:
    raiser()
except ValueError as e:
    print(e is err)
