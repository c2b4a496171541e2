# finally blocks run innermost first, even when unwinding through calls
log = []
def a():
    try:
        b()
    finally:
        log.append("a")
def b():
    try:
        c()
    finally:
        log.append("b")
def c():
    try:
        raise KeyError
    finally:
        log.append("c")
try:
    a()
except KeyError:
    log.append("handler")
print(log)
