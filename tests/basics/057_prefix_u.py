# the u prefix is accepted and means nothing
print(u"text")
print(U"x" == "x")
print(type(u"").__name__)
