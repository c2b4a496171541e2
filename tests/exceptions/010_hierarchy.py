# the builtin exception hierarchy
pairs = [
    (Exception, BaseException), (ArithmeticError, Exception), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (LookupError, Exception), (IndexError, LookupError),
    (KeyError, LookupError), (ValueError, Exception), (UnicodeError, ValueError),
    (TypeError, Exception), (NameError, Exception), (UnboundLocalError, NameError),
    (AttributeError, Exception), (RuntimeError, Exception), (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError), (OSError, Exception), (EOFError, Exception),
    (ImportError, Exception), (StopIteration, Exception), (StopAsyncIteration, Exception),
    (AssertionError, Exception), (MemoryError, Exception), (SyntaxError, Exception),
    (SystemExit, BaseException), (KeyboardInterrupt, BaseException), (GeneratorExit, BaseException),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(GeneratorExit, Exception))
