# errors while matching and inside handlers
def check(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in (KeyError, IndexError, ValueError("v"), ZeroDivisionError):
    print(check(exc))
try:
    try:
        raise ValueError
    except ValueError:
        undefined_in_handler
except NameError as e:
    print("NameError with context", type(e.__context__).__name__)
