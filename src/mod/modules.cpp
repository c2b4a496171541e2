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
  if constexpr (cfg::mod_errno) register_builtin_module(&errno_module);
  register_builtin_module(&time_module);
  if constexpr (cfg::mod_struct) register_builtin_module(&struct_module);
  if constexpr (cfg::mod_array) register_builtin_module(&array_module);
  if constexpr (cfg::float_) register_builtin_module(&math_module);
  if constexpr (cfg::mod_cmath) register_builtin_module(&cmath_module);
  if constexpr (cfg::mod_io) register_builtin_module(&io_module);
  if constexpr (cfg::mod_collections) register_builtin_module(&collections_module);
  if constexpr (cfg::mod_os) register_builtin_module(&os_module);
  if constexpr (cfg::mod_json) register_builtin_module(&json_module);
  if constexpr (cfg::mod_heapq) register_builtin_module(&heapq_module);
  if constexpr (cfg::mod_random) register_builtin_module(&random_module);
  if constexpr (cfg::machine) register_builtin_module(&machine_module);
}

}  // namespace minnow
