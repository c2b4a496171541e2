// The time module: MicroPython's tick functions plus time() and sleep().
#include "config.h"
#include "port/port.h"
#include "vm/state.h"

namespace minnow {

// Ticks wrap around like MicroPython's: they are kept to a power-of-two
// period that fits in a small int.
static constexpr intptr kTicksPeriod = static_cast<intptr>(1) << 29;
static constexpr intptr kTicksMask = kTicksPeriod - 1;

static Value time_time() {
  if constexpr (cfg::float_) return float_new(port::time_s());
  return int_from(static_cast<intptr>(port::time_s()));
}
// Without float the arithmetic stays in integers, so that a 16 KB board
// links no software double arithmetic.
static Value time_time_ns() {
  if constexpr (!cfg::float_) return int_from_i64(int64_t{static_cast<int32_t>(port::time_s())} * 1000000000);
  return int_from_i64(static_cast<int64_t>(port::time_s() * 1e9));
}
// Sleeps, then raises KeyboardInterrupt if Ctrl-C cut the sleep short.
static void sleep_checked(uint64_t us) {
  port::sleep_us(us);
  if (port::interrupt_pending) raise_interrupt();
}
static Value time_sleep(Value s) {
  if constexpr (!cfg::float_) {
    intptr whole = index_intptr(s);
    if (whole < 0) raise_value_error("sleep length must be non-negative");
    sleep_checked(static_cast<uint64_t>(whole) * 1000000);
    return none();
  }
  double secs = float_value(s);
  if (secs != secs) raise_value_error("Invalid value NaN (not a number)");
  if (secs < 0) raise_value_error("sleep length must be non-negative");
  if (secs * 1e6 >= 18446744073709551616.0) raise_overflow_error("sleep length is too large");
  sleep_checked(static_cast<uint64_t>(secs * 1e6));
  return none();
}
static Value time_sleep_ms(Value ms) {
  intptr v = index_intptr(ms);
  if (v > 0) sleep_checked(static_cast<uint64_t>(v) > UINT64_MAX / 1000 ? UINT64_MAX : static_cast<uint64_t>(v) * 1000);
  return none();
}
static Value time_sleep_us(Value us) {
  intptr v = index_intptr(us);
  if (v > 0) sleep_checked(static_cast<uint64_t>(v));
  return none();
}
static Value time_ticks_ms() { return small(static_cast<intptr>(port::ticks_ms() & kTicksMask)); }
static Value time_ticks_us() { return small(static_cast<intptr>(port::ticks_us() & kTicksMask)); }
static Value time_ticks_cpu() { return small(static_cast<intptr>(port::ticks_us() & kTicksMask)); }
static Value time_ticks_diff(Value a, Value b) {
  // In unsigned arithmetic: arguments far outside the tick range must not overflow.
  intptr d = static_cast<intptr>((static_cast<uintptr>(index_intptr(a)) - static_cast<uintptr>(index_intptr(b))) &
                                 static_cast<uintptr>(kTicksMask));
  if (d >= kTicksPeriod / 2) d -= kTicksPeriod;
  return small(d);
}
static Value time_ticks_add(Value a, Value b) {
  return small(static_cast<intptr>((static_cast<uintptr>(index_intptr(a)) + static_cast<uintptr>(index_intptr(b))) &
                                   static_cast<uintptr>(kTicksMask)));
}
static Value time_monotonic() {
  if constexpr (!cfg::float_) raise_type_error("no float support");
  return float_new(static_cast<double>(port::ticks_us()) / 1e6);
}

constexpr BuiltinFn time_time_fn = make_fn0(QSTR(time), time_time);
constexpr BuiltinFn time_time_ns_fn = make_fn0(QSTR(time_ns), time_time_ns);
constexpr BuiltinFn time_sleep_fn = make_fn1(QSTR(sleep), time_sleep);
constexpr BuiltinFn time_sleep_ms_fn = make_fn1(QSTR(sleep_ms), time_sleep_ms);
constexpr BuiltinFn time_sleep_us_fn = make_fn1(QSTR(sleep_us), time_sleep_us);
constexpr BuiltinFn time_ticks_ms_fn = make_fn0(QSTR(ticks_ms), time_ticks_ms);
constexpr BuiltinFn time_ticks_us_fn = make_fn0(QSTR(ticks_us), time_ticks_us);
constexpr BuiltinFn time_ticks_cpu_fn = make_fn0(QSTR(ticks_cpu), time_ticks_cpu);
constexpr BuiltinFn time_ticks_diff_fn = make_fn2(QSTR(ticks_diff), time_ticks_diff);
constexpr BuiltinFn time_ticks_add_fn = make_fn2(QSTR(ticks_add), time_ticks_add);
constexpr BuiltinFn time_monotonic_fn = make_fn0(QSTR(monotonic), time_monotonic);
constexpr MethodEntry time_globals_entries[] = {
    entry(QSTR(__name__), QSTR(time)),
    entry(QSTR(time), &time_time_fn),
    entry(QSTR(time_ns), &time_time_ns_fn),
    entry(QSTR(sleep), &time_sleep_fn),
    entry(QSTR(sleep_ms), &time_sleep_ms_fn),
    entry(QSTR(sleep_us), &time_sleep_us_fn),
    entry(QSTR(ticks_ms), &time_ticks_ms_fn),
    entry(QSTR(ticks_us), &time_ticks_us_fn),
    entry(QSTR(ticks_cpu), &time_ticks_cpu_fn),
    entry(QSTR(ticks_diff), &time_ticks_diff_fn),
    entry(QSTR(ticks_add), &time_ticks_add_fn),
    entry(QSTR(monotonic), &time_monotonic_fn),
};
constexpr Table time_globals = make_table(time_globals_entries);
constinit const BuiltinModule time_module = {QSTR(time), &time_globals, nullptr};

}  // namespace minnow
