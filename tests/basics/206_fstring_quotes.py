# quotes and escapes around f-strings
d = {"key": "value"}
print(f"{d['key']}")
print(f'{d["key"]}')
print(f"""{d["key"]} and {'single'}""")
print(f'''{"x" + 'y'}''')
print(f"tab\t{1}\n{2}")
print(f"{'{'}{'}'}")
