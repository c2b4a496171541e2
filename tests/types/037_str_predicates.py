# is* predicates
tests = ["abc", "ABC", "Abc", "123", "a1", "", " \t\n", "Title Case", "x_y", "_9", "9_"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isidentifier())
print("12".isdecimal(), "12".isnumeric(), "abc".isascii(), "é".isascii())
print("printable".isprintable(), "tab\t".isprintable())
