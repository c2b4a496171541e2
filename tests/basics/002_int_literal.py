# integer literals in decimal
print(0)
print(7)
print(-7)
print(123456)
print(-0)
print(2147483647)
print(-2147483648)
