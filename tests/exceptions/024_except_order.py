# the first matching clause wins
def which(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError clause"
    except KeyError:
        return "never reached"
    except BaseException:
        return "BaseException clause"
print(which(KeyError()), which(IndexError()), which(ValueError()), which(GeneratorExit()))
