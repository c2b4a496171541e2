# with statements unwinding on exceptions and returns
class Tracker:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self
    def __exit__(self, t, v, tb):
        self.log.append("exit %s %s" % (self.name, t.__name__ if t else "-"))
log = []
try:
    with Tracker("outer", log):
        with Tracker("inner", log):
            raise IndexError
except IndexError:
    log.append("handled")
print(log)
def early():
    log2 = []
    with Tracker("a", log2):
        return log2
print(early())
