# defining and calling functions
def greet(name):
    print("hello", name)
greet("world")
def add(a, b):
    return a + b
print(add(2, 3))
print(add("x", "y"))
def noret():
    x = 1
print(noret())
f = add
print(f(10, 20))
print(add.__name__)
