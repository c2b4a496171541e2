# sys.modules holds imported modules and can be pre-filled
import sys
import _mod_a
print(sys.modules["_mod_a"] is _mod_a)
class Fake:
    answer = 7
sys.modules["fake_module_q"] = Fake
import fake_module_q
print(fake_module_q.answer)
del sys.modules["fake_module_q"]
