# nested try statements with re-raising
def layer(n):
    try:
        if n == 0:
            raise KeyError("bottom")
        layer(n - 1)
    except KeyError as e:
        print("layer", n, "saw", e)
        if n < 2:
            raise
        return "stopped at " + str(n)
print(layer(3))
