// The builtin modules of this build, in the order `help('modules')` would
// list them. A port leaves a module out with its config switch.
#include "config.h"
#include "vm/state.h"

namespace minnow {

void register_all_modules() {
  register_builtin_module(&builtins_module);
  register_builtin_module(&sys_module);
  register_builtin_module(&gc_module);
  register_builtin_module(&micropython_module);
  register_builtin_module(&errno_module);
  register_builtin_module(&time_module);
  register_builtin_module(&struct_module);
  register_builtin_module(&array_module);
  if constexpr (cfg::float_) register_builtin_module(&math_module);
  register_builtin_module(&io_module);
  register_builtin_module(&collections_module);
  register_builtin_module(&os_module);
  register_builtin_module(&json_module);
  register_builtin_module(&heapq_module);
  register_builtin_module(&random_module);
  if constexpr (cfg::machine) register_builtin_module(&machine_module);
}

}  // namespace minnow
