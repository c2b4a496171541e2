# user exceptions with extra state
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing page")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args)
class Empty(Exception):
    pass
try:
    raise Empty
except Exception as e:
    print(type(e).__name__, e.args, repr(str(e)))
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException))
