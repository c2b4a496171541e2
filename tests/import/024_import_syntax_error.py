# importing a module with a syntax error raises SyntaxError
try:
    import _bad_syntax
except SyntaxError:
    print("SyntaxError")
print("continues")
