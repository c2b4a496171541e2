# gc.collect, enable, disable and isenabled
import gc
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
junk = [[i] for i in range(100)]
del junk
gc.collect()
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__ in ("int", "NoneType"))
