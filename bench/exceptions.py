# Exceptions: raise and catch in a loop, custom exception classes with
# inheritance, try/finally, re-raise, and exceptions crossing call frames.

class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, pos):
        super().__init__("bad input")
        self.pos = pos


def check(i):
    if i % 3 == 0:
        raise ParseError(i)
    if i % 5 == 0:
        raise ValueError(i)
    return i


def deep(n, i):
    if n == 0:
        return check(i)
    return deep(n - 1, i)


def simple_loop(n):
    caught = 0
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError:
            caught += 1
    return caught


def typed_loop(n):
    total = 0
    for i in range(n):
        try:
            total += deep(5, i)
        except ParseError as e:
            total += e.pos % 7
        except AppError:
            total -= 1000000
        except ValueError:
            total += 2
    return total


def finally_loop(n):
    count = 0
    fin = 0
    for i in range(n):
        try:
            try:
                if i & 1:
                    raise AppError("odd")
                count += 1
            finally:
                fin += 1
        except AppError:
            count += 3
    return count * 10 + fin


def reraise_loop(n):
    total = 0
    for i in range(n):
        try:
            try:
                int("x%d" % i) if i % 4 == 0 else check(i)
            except ValueError:
                total += 1
                raise
        except Exception:
            total += 10
    return total


def builtin_errors(n):
    d = {}
    lst = [1, 2, 3]
    total = 0
    for i in range(n):
        try:
            total += d[i]
        except KeyError:
            total += 1
        try:
            total += lst[i]
        except IndexError:
            total += 2
        try:
            total += 10 // (i % 4)
        except ZeroDivisionError:
            total += 3
    return total


def main():
    print(simple_loop(300000), typed_loop(150000), finally_loop(300000),
          reraise_loop(100000), builtin_errors(150000))


main()
