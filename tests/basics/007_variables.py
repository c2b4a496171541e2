# binding and rebinding names
x = 1
y = x
x = 2
print(x, y)
name = "minnow"
print(name)
a = b = c = 5
print(a, b, c)
_private = 3
CamelCase = 4
snake_case_2 = 5
print(_private + CamelCase + snake_case_2)
