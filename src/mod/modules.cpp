// The builtin modules of this build. Each module file defines one
// `BuiltinModule`; a port leaves a module out by not linking its file, so
// the references are weak and a missing module is simply not registered.
#include "vm/state.h"

namespace minnow {

#define MINNOW_MODULES(X) \
  X(builtins_module)      \
  X(sys_module)           \
  X(gc_module)            \
  X(micropython_module)   \
  X(math_module)          \
  X(cmath_module)         \
  X(io_module)            \
  X(errno_module)         \
  X(collections_module)   \
  X(struct_module)        \
  X(array_module)         \
  X(time_module)          \
  X(os_module)            \
  X(json_module)          \
  X(machine_module)

#define X(name) [[gnu::weak]] extern const BuiltinModule name;
MINNOW_MODULES(X)
#undef X

void register_all_modules() {
#define X(name) \
  if (&name) register_builtin_module(&name);
  MINNOW_MODULES(X)
#undef X
}

}  // namespace minnow
