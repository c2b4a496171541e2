# __format__ is called by format() and f-strings
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return "$%d" % (self.cents // 100)
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
m = Money(1234)
print(format(m))
print(format(m, "short"))
print(f"{m} {m:short}")
print("{} {:short}".format(m, m))
