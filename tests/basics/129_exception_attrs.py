# exception args, str and repr-free attributes
e = ValueError("one", 2)
print(e.args, len(e.args))
print(str(ValueError("msg")), str(ValueError()), repr(str(KeyError())))
print(str(KeyError("key")))
print(str(ValueError(5)))
print(ValueError("x").args[0])
e.extra = "custom attribute"
print(e.extra)
print(isinstance(e, Exception), isinstance(e, BaseException))
