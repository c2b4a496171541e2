# triple-quoted strings
s = """line one
line two"""
print(s)
t = '''it's "quoted"'''
print(t)
u = """\
no leading newline"""
print(u)
print(len("""a
b"""))
