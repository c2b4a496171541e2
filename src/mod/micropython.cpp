// The gc and micropython modules: control and introspection of the VM.
#include "obj/dict.h"
#include "port/port.h"
#include "vm/state.h"

namespace minnow {

// ---------------------------------------------------------------------------
// gc

static bool gc_enabled = true;

static Value gc_collect() {
  gc::collect();
  return none();
}
static Value gc_enable() {
  gc_enabled = true;
  return none();
}
static Value gc_disable() {
  gc_enabled = false;
  return none();
}
static Value gc_isenabled() { return bool_(gc_enabled); }
static Value gc_mem_free() { return int_from(static_cast<intptr>(gc::info().free)); }
static Value gc_mem_alloc() { return int_from(static_cast<intptr>(gc::info().used)); }
static Value gc_threshold(size_t n, const Value* args) {
  if (n == 0) {
    size_t t = gc::threshold();
    return t ? int_from(static_cast<intptr>(t)) : small(-1);
  }
  intptr v = index_intptr(args[0]);
  gc::set_threshold(v < 0 ? 0 : static_cast<size_t>(v));
  return none();
}

constexpr BuiltinFn gc_collect_fn = make_fn0(QSTR(collect), gc_collect);
constexpr BuiltinFn gc_enable_fn = make_fn0(QSTR(enable), gc_enable);
constexpr BuiltinFn gc_disable_fn = make_fn0(QSTR(disable), gc_disable);
constexpr BuiltinFn gc_isenabled_fn = make_fn0(QSTR(isenabled), gc_isenabled);
constexpr BuiltinFn gc_mem_free_fn = make_fn0(QSTR(mem_free), gc_mem_free);
constexpr BuiltinFn gc_mem_alloc_fn = make_fn0(QSTR(mem_alloc), gc_mem_alloc);
constexpr BuiltinFn gc_threshold_fn = make_fn_var(QSTR(threshold), 0, 1, gc_threshold);
constexpr MethodEntry gc_globals_entries[] = {
    entry(QSTR(__name__), QSTR(gc)),
    entry(QSTR(collect), &gc_collect_fn),
    entry(QSTR(enable), &gc_enable_fn),
    entry(QSTR(disable), &gc_disable_fn),
    entry(QSTR(isenabled), &gc_isenabled_fn),
    entry(QSTR(mem_free), &gc_mem_free_fn),
    entry(QSTR(mem_alloc), &gc_mem_alloc_fn),
    entry(QSTR(threshold), &gc_threshold_fn),
};
constexpr Table gc_globals = make_table(gc_globals_entries);
constinit const BuiltinModule gc_module = {QSTR(gc), &gc_globals, nullptr};

// ---------------------------------------------------------------------------
// micropython

static Value mp_const(Value v) { return v; }

static Value mp_opt_level(size_t n, const Value* args) {
  if (n == 0) return small(ts.opt_level);
  ts.opt_level = static_cast<int>(index_intptr(args[0]));
  return none();
}

static void print_size(const char* label, size_t v) {
  print_cstr(&stdout_printer, label);
  print_int(&stdout_printer, static_cast<intptr>(v));
}

static Value mp_mem_info(size_t n, const Value* args) {
  gc::Info i = gc::info();
  size_t stack_used = static_cast<size_t>(port::stack_top() - reinterpret_cast<char*>(&i));
  print_size("stack: ", stack_used);
  print_size(" out of ", port::stack_size());
  print_cstr(&stdout_printer, "\nGC: total: ");
  print_int(&stdout_printer, static_cast<intptr>(i.total));
  print_size(", used: ", i.used);
  print_size(", free: ", i.free);
  print_cstr(&stdout_printer, "\n");
  print_size(" No. of 1-blocks: ", i.n_allocs);
  print_size(", max free sz: ", i.max_free_run);
  print_cstr(&stdout_printer, "\n");
  if (n && truthy(args[0])) {
    print_size("VM stack words: ", static_cast<size_t>(ts.stack_top - ts.stack_base));
    print_cstr(&stdout_printer, "\n");
  }
  return none();
}

static Value mp_qstr_info(size_t, const Value*) {
  print_cstr(&stdout_printer, "qstr pool: interned names are kept in the heap's intern table\n");
  return none();
}

static Value mp_stack_use() {
  volatile char here = 0;
  return small(static_cast<intptr>(port::stack_top() - const_cast<char*>(&here)));
}

static Value mp_heap_lock() {
  gc::lock();
  return none();
}
static Value mp_heap_unlock() {
  gc::unlock();
  return small(gc::lock_depth());
}
static Value mp_heap_locked() { return small(gc::lock_depth()); }

static int interrupt_char = 3;
static Value mp_kbd_intr(Value c) {
  interrupt_char = static_cast<int>(index_intptr(c));
  return none();
}

static Value mp_schedule(Value fn, Value arg) {
  call1(fn, arg);
  return true_();
}

static Value mp_alloc_emergency_exception_buf(Value) { return none(); }

constexpr BuiltinFn mp_const_fn = make_fn1(QSTR(const), mp_const);
constexpr BuiltinFn mp_opt_level_fn = make_fn_var(QSTR(opt_level), 0, 1, mp_opt_level);
constexpr BuiltinFn mp_mem_info_fn = make_fn_var(QSTR(mem_info), 0, 1, mp_mem_info);
constexpr BuiltinFn mp_qstr_info_fn = make_fn_var(QSTR(qstr_info), 0, 1, mp_qstr_info);
constexpr BuiltinFn mp_stack_use_fn = make_fn0(QSTR(stack_use), mp_stack_use);
constexpr BuiltinFn mp_heap_lock_fn = make_fn0(QSTR(heap_lock), mp_heap_lock);
constexpr BuiltinFn mp_heap_unlock_fn = make_fn0(QSTR(heap_unlock), mp_heap_unlock);
constexpr BuiltinFn mp_heap_locked_fn = make_fn0(QSTR(heap_locked), mp_heap_locked);
constexpr BuiltinFn mp_kbd_intr_fn = make_fn1(QSTR(kbd_intr), mp_kbd_intr);
constexpr BuiltinFn mp_schedule_fn = make_fn2(QSTR(schedule), mp_schedule);
constexpr BuiltinFn mp_emergency_fn = make_fn1(QSTR(alloc_emergency_exception_buf), mp_alloc_emergency_exception_buf);
constexpr MethodEntry mp_globals_entries[] = {
    entry(QSTR(__name__), QSTR(micropython)),
    entry(QSTR(const), &mp_const_fn),
    entry(QSTR(opt_level), &mp_opt_level_fn),
    entry(QSTR(mem_info), &mp_mem_info_fn),
    entry(QSTR(qstr_info), &mp_qstr_info_fn),
    entry(QSTR(stack_use), &mp_stack_use_fn),
    entry(QSTR(heap_lock), &mp_heap_lock_fn),
    entry(QSTR(heap_unlock), &mp_heap_unlock_fn),
    entry(QSTR(heap_locked), &mp_heap_locked_fn),
    entry(QSTR(kbd_intr), &mp_kbd_intr_fn),
    entry(QSTR(schedule), &mp_schedule_fn),
    entry(QSTR(alloc_emergency_exception_buf), &mp_emergency_fn),
};
constexpr Table mp_globals = make_table(mp_globals_entries);
constinit const BuiltinModule micropython_module = {QSTR(micropython), &mp_globals, nullptr};

}  // namespace minnow
