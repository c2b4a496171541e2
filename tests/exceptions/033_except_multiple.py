# catching several types and inspecting the caught class
errors = [ValueError("v"), TypeError("t"), KeyError("k"), ZeroDivisionError("z")]
for err in errors:
    try:
        raise err
    except (ValueError, TypeError) as e:
        print("group1", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith", type(e).__name__)
    except Exception as e:
        print("other", type(e).__name__)
kinds = (KeyError, IndexError)
try:
    [].pop()
except kinds as e:
    print("dynamic tuple", type(e).__name__)
