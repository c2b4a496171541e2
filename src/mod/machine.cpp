// The machine module: the board under the interpreter, through the port's
// machine functions (port.h). Built where cfg::machine is on.
#include "port/port.h"
#include "vm/state.h"

namespace minnow {

static Value machine_reset() { port::reset(); }

// A soft reset is leaving the REPL: SystemExit unwinds to it, and the board
// starts a fresh interpreter (the unix port exits).
static Value machine_soft_reset() { raise(from_ptr(&exc::SystemExit)); }

static Value machine_freq(size_t n, const Value*) {
  if (n) raise_value_error("the clock cannot be changed");
  return int_from(static_cast<intptr>(port::cpu_freq()));
}

static Value machine_unique_id() {
  uint8_t id[16];
  size_t n = port::unique_id(id, sizeof id);
  return bytes_new(reinterpret_cast<const char*>(id), n);
}

static Value machine_idle() {
  port::idle();
  return none();
}

constexpr BuiltinFn machine_reset_fn = make_fn0(QSTR(reset), machine_reset);
constexpr BuiltinFn machine_soft_reset_fn = make_fn0(QSTR(soft_reset), machine_soft_reset);
constexpr BuiltinFn machine_freq_fn = make_fn_var(QSTR(freq), 0, 1, machine_freq);
constexpr BuiltinFn machine_unique_id_fn = make_fn0(QSTR(unique_id), machine_unique_id);
constexpr BuiltinFn machine_idle_fn = make_fn0(QSTR(idle), machine_idle);
constexpr MethodEntry machine_globals_entries[] = {
    entry(QSTR(__name__), QSTR(machine)),
    entry(QSTR(reset), &machine_reset_fn),
    entry(QSTR(soft_reset), &machine_soft_reset_fn),
    entry(QSTR(freq), &machine_freq_fn),
    entry(QSTR(unique_id), &machine_unique_id_fn),
    entry(QSTR(idle), &machine_idle_fn),
};
constexpr Table machine_globals = make_table(machine_globals_entries);
constinit const BuiltinModule machine_module = {QSTR(machine), &machine_globals, nullptr};

}  // namespace minnow
