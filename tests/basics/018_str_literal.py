# string literals with both kinds of quotes
print('single')
print("double")
print('it\'s')
print("say \"hi\"")
print("it's")
print('say "hi"')
print('')
print(len(''), len('abc'))
