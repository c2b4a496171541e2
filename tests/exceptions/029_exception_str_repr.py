# str() of exceptions with various args
print(str(ValueError()), str(ValueError("a")), str(ValueError("a", "b")))
print(str(KeyError("k")), str(KeyError(1)), str(KeyError("a", "b")))
print(str(Exception(None)), str(Exception([1, 2])), str(Exception(("t",))))
print(str(StopIteration(3)), str(SystemExit(2)))
