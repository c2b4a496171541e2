// The bytecode interpreter.
//
// Invariants of the dispatch loop (run()):
//  1. ts.frame is the frame being run; f, code, locals, sp and ip are its
//     state held in locals for speed. Before anything that can raise, the
//     start of the current instruction is in f->last_ip (every dispatch
//     stores it), so the exception landing in vm_execute() can find the
//     handler and the line number from memory alone.
//  2. A call of a plain Python function runs in the same loop: the callee's
//     frame is laid out on the VM stack over the arguments, and
//     RETURN_VALUE switches back. Only the frame vm_execute() was entered
//     with (is_entry) returns from the loop. Generators always run as the
//     entry frame of their own vm_execute().
//  3. Stack slots above sp are dead; the exception landing resets sp to the
//     handler's depth.
//  4. Python exceptions are longjmps to vm_execute(); run() holds only
//     trivially destructible locals.
#include <cstring>

#include "bytecode/opcodes.h"
#include "compile/compiler.h"
#include "obj/dict.h"
#include "obj/exception.h"
#include "obj/float.h"
#include "obj/format.h"
#include "obj/list.h"
#include "obj/tuple.h"
#include "port/port.h"
#include "vm/state.h"

namespace minnow {

ThreadState ts;

extern Value bound_method_new(Value self, Value func);

static constexpr size_t kFrameWords = (sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value);

size_t frame_words(const Code* c) { return c->n_locals + kFrameWords + c->stack_size; }

Frame* frame_layout(const Code* c, Value* base, bool in_heap) {
  Value* end = base + frame_words(c);
  if (!in_heap && end > ts.stack_limit) raise_recursion_error();
  for (uint32_t i = 0; i < c->n_locals; i++) base[i] = Value::null();
  Frame* f = reinterpret_cast<Frame*>(base + c->n_locals);
  f->code = c;
  f->locals = base;
  f->stack = base + c->n_locals + kFrameWords;
  f->sp = f->stack;
  f->ip = c->bytecode;
  f->last_ip = c->bytecode;
  f->back = nullptr;
  f->func = nullptr;
  f->globals = nullptr;
  f->locals_dict = nullptr;
  f->gen = Value::null();
  f->saved_top = ts.stack_top;
  f->is_entry = 0;
  f->yielded = 0;
  // The GC scans whole frames: dead words left by earlier frames here
  // would keep garbage alive.
  for (Value* p = f->stack; p < end; p++) *p = Value::null();
  // The GC scans the VM stack up to stack_top: cover the new frame before
  // binding arguments allocates (a raise leaves it high until the handling
  // frame or a returning one resets it).
  if (!in_heap) ts.stack_top = end;
  return f;
}

static Cell* cell_new(Value v) {
  Cell* c = static_cast<Cell*>(gc::alloc(sizeof(Cell)));
  c->type = &closure_cell_type;
  c->value = v;
  return c;
}

void frame_init_cells(Frame* f, Function* fn) {
  const Code* c = f->code;
  for (uint32_t i = 0; i < c->n_cells; i++) {
    uint16_t slot = c->cell_slots[i];
    f->locals[slot] = from_ptr(cell_new(f->locals[slot]));
  }
  if (c->n_free) {
    Tuple* cl = fn && !fn->closure.is_null() ? fn->closure.as<Tuple>() : nullptr;
    uint32_t first = c->n_locals - c->n_free;
    for (uint32_t i = 0; i < c->n_free; i++)
      f->locals[first + i] = cl && i < cl->len ? cl->items()[i] : from_ptr(cell_new(Value::null()));
  }
}

// Enters f: links it as the running frame and counts the depth.
static inline void frame_enter(Frame* f) {
  if (++ts.py_depth > ts.recursion_limit) {
    ts.py_depth--;
    raise_recursion_error();
  }
  // A call is a safe point too: code without loops (recursion, a sort's
  // key function) must still see Ctrl-C.
  if (port::interrupt_pending) {
    ts.py_depth--;
    raise_interrupt();
  }
  if constexpr (cfg::step_budget) {
    if (steps_left == 0) {
      ts.py_depth--;
      raise_step_budget();
    }
    steps_left--;
  }
  f->back = ts.frame;
  ts.frame = f;
}

// Leaves f (which must be ts.frame).
static inline void frame_leave(Frame* f) {
  ts.frame = f->back;
  ts.py_depth--;
  if (f->gen.is_null()) ts.stack_top = f->saved_top;
}

// ---------------------------------------------------------------------------
// Helpers for instructions (kept out of the loop to keep it small).

[[noreturn]] [[gnu::cold]] static void raise_unbound_local(const Code* c, uint32_t slot) {
  raise_fmt(&exc::UnboundLocalError, "local variable '%q' referenced before assignment", c->varnames[slot]);
}

[[noreturn]] [[gnu::cold]] static void raise_name_error(const Str* name) {
  raise_fmt(&exc::NameError, "name '%q' is not defined", name);
}

static Value load_global(Dict* globals, const Str* name) {
  Value v = map_get_str(&globals->map, name);
  if (!v.is_null()) return v;
  v = map_get_str(&ts.builtins->map, name);
  if (!v.is_null()) return v;
  raise_name_error(name);
}

static Value load_name(Frame* f, const Str* name) {
  if (f->locals_dict) {
    Value v = dict_get(f->locals_dict, qv(name));
    if (!v.is_null()) return v;
  }
  return load_global(f->globals, name);
}

static Value make_function(const Code* code, Value defaults, Value kwdefaults, Value closure, Dict* globals) {
  Function* fn = static_cast<Function*>(gc::alloc(sizeof(Function)));
  fn->type = &function_type;
  fn->code = code;
  fn->globals = globals;
  fn->defaults = defaults;
  fn->kwdefaults = kwdefaults;
  fn->closure = closure;
  Value mod = map_get_str(&globals->map, QSTR(__name__));
  fn->module = mod.is_null() ? none() : mod;
  return from_ptr(fn);
}

// Pushes the items of seq onto sp (first item on top).
static Value* unpack_sequence(Value seq, uint32_t n, Value* sp) {
  const Value* items = nullptr;
  size_t len = 0;
  if (is_tuple(seq)) {
    items = seq.as<Tuple>()->items();
    len = seq.as<Tuple>()->len;
  } else if (is_list(seq)) {
    items = seq.as<List>()->items;
    len = seq.as<List>()->len;
  } else {
    Value it = getiter(seq);
    Value* tmp = sp;  // collect into the stack in order, then reverse
    for (uint32_t i = 0; i < n; i++) {
      Value v = iternext(it);
      if (v.is_stop())
        raise_fmt(&exc::ValueError, "not enough values to unpack (expected %d, got %d)", static_cast<int>(n),
                  static_cast<int>(i));
      tmp[i] = v;
    }
    if (!iternext(it).is_stop())
      raise_fmt(&exc::ValueError, "too many values to unpack (expected %d)", static_cast<int>(n));
    for (uint32_t i = 0; i < n / 2; i++) {
      Value t = tmp[i];
      tmp[i] = tmp[n - 1 - i];
      tmp[n - 1 - i] = t;
    }
    return sp + n;
  }
  if (len != n) {
    if (len < n)
      raise_fmt(&exc::ValueError, "not enough values to unpack (expected %d, got %d)", static_cast<int>(n),
                static_cast<int>(len));
    raise_fmt(&exc::ValueError, "too many values to unpack (expected %d)", static_cast<int>(n));
  }
  for (uint32_t i = 0; i < n; i++) sp[i] = items[n - 1 - i];
  return sp + n;
}

static Value* unpack_ex(Value seq, uint32_t arg, Value* sp) {
  uint32_t before = arg & 0xff, after = arg >> 8;
  Value lv = list_from_iterable(seq);
  List* l = lv.as<List>();
  if (l->len < before + after)
    raise_fmt(&exc::ValueError, "not enough values to unpack (expected at least %d, got %d)",
              static_cast<int>(before + after), static_cast<int>(l->len));
  // Push: after items (last first), the middle list, then before items.
  size_t n = l->len;
  for (uint32_t i = 0; i < after; i++) *sp++ = l->items[n - 1 - i];
  size_t mid = n - before - after;
  Value midv = list_from_items(mid, l->items + before);
  *sp++ = midv;
  for (uint32_t i = 0; i < before; i++) *sp++ = l->items[before - 1 - i];
  return sp;
}

static void check_exc_class(Value type) {
  if (!type.is_obj() || !is_subtype(type.obj()->type, &type_type) || !(type.as<Type>()->flags & kTypeException))
    raise_type_error("catching classes that do not inherit from BaseException is not allowed");
}

// `except type:` where type is a class or a flat tuple of classes; every
// item is checked before any matches, and a nested tuple is refused, as in
// CPython (a deeply nested one must not recurse).
static bool exc_match_any(Value exc, Value type) {
  if (is_tuple(type)) {
    Tuple* t = type.as<Tuple>();
    for (size_t i = 0; i < t->len; i++) check_exc_class(t->items()[i]);
    for (size_t i = 0; i < t->len; i++)
      if (isinstance(exc, t->items()[i].as<Type>())) return true;
    return false;
  }
  check_exc_class(type);
  return isinstance(exc, type.as<Type>());
}

static Value format_value_op(Value v, uint32_t arg, Value spec) {
  switch (arg & 3) {
    case 1: v = str_of(v); break;
    case 2: v = repr(v); break;
    case 3: v = ascii_of(v); break;
    default: break;
  }
  if (spec.is_null() && is_str(v)) return v;
  const Str* s = spec.is_null() ? QSTR(empty_) : as_str(spec);
  return format_value(v, s);
}

static Value build_string(Value* items, uint32_t n) {
  size_t total = 0;
  for (uint32_t i = 0; i < n; i++) total += items[i].as<Str>()->len;
  Str* s = str_alloc(total);
  char* d = s->mut_data();
  for (uint32_t i = 0; i < n; i++) {
    const Str* p = items[i].as<Str>();
    memcpy(d, p->data(), p->len);
    d += p->len;
  }
  return from_ptr(s);
}

static void print_expr(Value v) {
  if (is_none(v)) return;
  dict_set_str(ts.builtins, QSTR(underscore_), v);
  print_value(&stdout_printer, v, true);
  print_cstr(&stdout_printer, "\n");
}

static void import_star(Frame* f, Value module) {
  Dict* target = f->locals_dict ? f->locals_dict : f->globals;
  if (!is_type(module, &module_type)) raise_type_error("import * needs a module");
  Dict* g = module_dict(module.as<Module>());
  Value all = dict_get_str(g, QSTR(__all__));
  if (!all.is_null()) {
    Value it = getiter(all);
    for (Value n = iternext(it); !n.is_stop(); n = iternext(it)) {
      const Str* s = as_str(n);
      if (!s) raise_type_error("__all__ must contain strings");
      dict_set(target, qv(intern_str(s)), getattr(module, intern_str(s)));
    }
    return;
  }
  size_t pos = 0;
  for (MapEntry* e = map_next(&g->map, &pos); e; e = map_next(&g->map, &pos)) {
    const Str* s = as_str(e->key);
    if (s && s->len && s->data()[0] != '_') dict_set(target, e->key, e->value);
  }
}

static Value import_from(Value module, const Str* name) {
  Value v = getattr_or_null(module, name);
  if (!v.is_null()) return v;
  // A submodule not yet imported: import pkg.name.
  if (is_type(module, &module_type)) {
    const Str* pkg = module.as<Module>()->name;
    StrBuilder b;
    b.add(pkg->data(), pkg->len);
    b.add_char('.');
    b.add(name->data(), name->len);
    Value full = b.to_str();
    Value m = dict_get(ts.modules, full);
    if (m.is_null()) {
      NlrBuf nb;
      if (MINNOW_TRY(nb)) {
        import_module(intern_str(full.as<Str>()), none(), 0, nullptr);
        nlr_pop();
      } else {
        if (!exc_matches(nb.exc, &exc::ImportError)) nlr_jump(nb.exc);
      }
      m = dict_get(ts.modules, full);
    }
    if (!m.is_null()) return m;
    raise_fmt(&exc::ImportError, "cannot import name '%q' from '%q'", name, pkg);
  }
  raise_fmt(&exc::ImportError, "cannot import name '%q'", name);
}

// With-statement entry: (mgr -- exit_bound enter_result).
static void before_with(Value* sp, bool is_async) {
  Value mgr = sp[-1];
  Value exit = getattr_or_null(mgr, is_async ? QSTR(__aexit__) : QSTR(__exit__));
  Value dest[2];
  if (!load_method_maybe(mgr, is_async ? QSTR(__aenter__) : QSTR(__enter__), dest) || exit.is_null())
    raise_fmt(&exc::TypeError, "'%s' object does not support the %scontext manager protocol", type_name(mgr),
              is_async ? "asynchronous " : "");
  sp[-1] = exit;
  sp[0] = dest[1].is_null() ? call0(dest[0]) : call1(dest[0], dest[1]);
}

// GET_AWAITABLE: the iterator to drive with YIELD_FROM.
static Value get_awaitable(Value v) {
  const Type* t = type_of(v);
  if (t == &coroutine_type) return v;
  if (t == &generator_type) return v;  // generator-based coroutines
  Value dest[2];
  if (load_method_maybe(v, QSTR(__await__), dest)) {
    Value it = dest[1].is_null() ? call0(dest[0]) : call1(dest[0], dest[1]);
    return it;
  }
  raise_fmt(&exc::TypeError, "object %s can't be used in 'await' expression", type_name(v));
}

// One step of `yield from`: sends v into it. Returns true with *out = the
// final value when it finished, or false with *out = the value it yielded.
static bool yield_from_step(Value it, Value v, Value* out) {
  const Type* t = type_of(it);
  if (t == &generator_type || t == &coroutine_type) {
    bool done;
    *out = generator_resume(it, v, Value::null(), &done);
    return done;
  }
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    Value r;
    if (is_none(v)) {
      r = iternext(it);
      nlr_pop();
      if (r.is_stop()) {
        *out = none();
        return true;
      }
      *out = r;
      return false;
    }
    r = call_method(it, QSTR(send), 1, &v);
    nlr_pop();
    *out = r;
    return false;
  } else {
    if (exc_matches(nb.exc, &exc::StopIteration)) {
      *out = getattr(nb.exc, QSTR(value));
      return true;
    }
    nlr_jump(nb.exc);
  }
}


// ---------------------------------------------------------------------------
// Inline caches (one per NC instruction, see Code::caches).
//
// LOAD_GLOBAL: key = the globals dict, v1/v2 = versions of globals and
// builtins, entry = the MapEntry holding the value. Entries stay put while
// a map's version is unchanged, so the value is read through the entry.
// LOAD_ATTR/LOAD_METHOD/STORE_ATTR on instances of Python classes and on
// builtin objects: key = the type, v1 = class_epoch, kind says what the
// class attribute was.

enum CacheKind : uint32_t {
  kCacheEmpty,
  kCacheInstanceOnly,  // no class attribute: the instance dict has it
  kCacheFunction,      // a Python function in the class (a method)
  kCacheBuiltinMethod, // a BuiltinFn in a builtin type's table
  kCacheProperty,      // a property in the class
};

struct InlineCache {
  const void* key;
  uint32_t v1;
  uint32_t kind;
  union {
    MapEntry* entry;
    uintptr attr;  // Value bits of the class attribute
  };
  uint32_t v2;
};

// A scratch entry for when the cache array cannot be allocated (the heap is
// locked or full): lookups then simply miss.
static InlineCache no_cache;

static InlineCache* caches_of(const Code* c) {
  if (!c->caches) {
    const_cast<Code*>(c)->caches = gc::try_alloc((c->n_caches + 1) * sizeof(InlineCache));
    if (!c->caches) {
      no_cache = InlineCache{};
      return &no_cache;
    }
  }
  return static_cast<InlineCache*>(c->caches);
}

static inline InlineCache* cache_at(const Code* c, uint32_t i) {
  InlineCache* base = caches_of(c);
  return base == &no_cache ? base : base + i;
}

static Value load_global_cached(InlineCache* ic, Dict* g, const Str* name) {
  Dict* b = ts.builtins;
  if (ic->key == g && ic->v1 == g->map.version && ic->v2 == b->map.version) return ic->entry->value;
  MapEntry* e = map_find_str(&g->map, name);
  if (!e) e = map_find_str(&b->map, name);
  if (!e) raise_name_error(name);
  ic->key = g;
  ic->v1 = g->map.version;
  ic->v2 = b->map.version;
  ic->entry = e;
  return e->value;
}

// Fills the cache for an attribute of an object of type t, if its kind is
// one the fast paths handle.
static void attr_cache_fill(InlineCache* ic, const Type* t, const Str* name) {
  ic->key = nullptr;
  if (t->flags & kTypeHeap) {
    if (t->native != &object_type || (t->flags & kTypeHasGetattribute)) return;
    Value a = type_lookup(t, name);
    if (a.is_null()) ic->kind = kCacheInstanceOnly;
    else if (is_type(a, &function_type)) ic->kind = kCacheFunction;
    else if (is_type(a, &property_type)) ic->kind = kCacheProperty;
    else return;
    ic->attr = a.bits;
  } else {
    if (t == &type_type || t == &module_type || t->slots->getattr) return;
    Value a = type_lookup(t, name);
    if (!is_type(a, &builtin_fn_type)) return;
    ic->kind = kCacheBuiltinMethod;
    ic->attr = a.bits;
  }
  ic->key = t;
  ic->v1 = class_epoch;
}

struct PropertyView {
  const Type* type;
  Value fget;
};

// obj.name through the cache; null if the fast path does not apply.
static inline Value load_attr_fast(InlineCache* ic, Value obj, const Str* name) {
  if (!obj.is_obj()) return Value::null();
  const Type* t = obj.obj()->type;
  if (ic->key != t || ic->v1 != class_epoch) return Value::null();
  switch (ic->kind) {
    case kCacheInstanceOnly: {
      Dict* d = obj.as<Instance>()->dict;
      return d ? map_get_str(&d->map, name) : Value::null();
    }
    case kCacheFunction: {
      Dict* d = obj.as<Instance>()->dict;
      if (d && !map_get_str(&d->map, name).is_null()) return Value::null();
      return bound_method_new(obj, Value{ic->attr});
    }
    case kCacheProperty: {
      Dict* d = obj.as<Instance>()->dict;
      (void)d;
      Value fget = reinterpret_cast<PropertyView*>(ic->attr)->fget;
      if (is_none(fget)) return Value::null();
      return call1(fget, obj);
    }
    case kCacheBuiltinMethod: return bound_method_new(obj, Value{ic->attr});
    default: return Value::null();
  }
}

// LOAD_METHOD through the cache: fills dest[0..1] and returns true.
static inline bool load_method_fast(InlineCache* ic, Value obj, const Str* name, Value* dest) {
  if (!obj.is_obj()) return false;
  const Type* t = obj.obj()->type;
  if (ic->key != t || ic->v1 != class_epoch) return false;
  if (ic->kind == kCacheFunction) {
    Dict* d = obj.as<Instance>()->dict;
    if (d && !map_get_str(&d->map, name).is_null()) return false;
    dest[0] = Value{ic->attr};
    dest[1] = obj;
    return true;
  }
  if (ic->kind == kCacheBuiltinMethod) {
    dest[0] = Value{ic->attr};
    dest[1] = obj;
    return true;
  }
  return false;
}

// STORE_ATTR on an instance of a Python class with no __setattr__ and no
// data descriptor of that name in its class: store in the instance dict.
static void store_cache_fill(InlineCache* ic, const Type* t, const Str* name) {
  ic->key = nullptr;
  if (!(t->flags & kTypeHeap) || t->native != &object_type || !(t->flags & kTypeHasInstanceDict)) return;
  if (t->flags & (kTypeHasSetattr | kTypeHasGetattribute)) return;
  if (name == QSTR(__class__) || name == QSTR(__dict__)) return;  // not dict entries
  Value a = type_lookup(t, name);
  if (!a.is_null() && (is_type(a, &property_type) || (type_of(a)->flags & kTypeHeap))) return;
  ic->key = t;
  ic->v1 = class_epoch;
  ic->kind = kCacheInstanceOnly;
}

static inline bool store_attr_fast(InlineCache* ic, Value obj, const Str* name, Value v) {
  if (!obj.is_obj() || ic->key != obj.obj()->type || ic->v1 != class_epoch || ic->kind != kCacheInstanceOnly)
    return false;
  Instance* inst = obj.as<Instance>();
  if (!inst->dict) inst->dict = dict_new();
  dict_set_str(inst->dict, name, v);
  return true;
}

// ---------------------------------------------------------------------------
// The loop.

enum : int { kReturned = 0, kYielded = 1 };

// Calls fn with n positional args at args[0..n) and n_kw keyword pairs
// after them, storing the result at *ret. If fn is a plain Python function
// the callee frame is entered here and true is returned (the loop must
// switch to ts.frame); otherwise the call is made now and false is returned.
static bool call_or_enter(Value fn, Value* args, size_t n, size_t n_kw, Value* ret, Frame* caller, Value* caller_sp) {
  if (is_type(fn, &function_type)) {
    Function* func = fn.as<Function>();
    const Code* c = func->code;
    if (!(c->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGen))) {
      caller->sp = caller_sp;
      Frame* f;
      // A generator's frame lives in its heap object, with no room above its
      // value stack: its callees go on the VM stack.
      bool caller_in_heap = !caller->gen.is_null();
      if (!caller_in_heap && n_kw == 0 && n == c->n_pos && !(c->flags & (kCodeVarArgs | kCodeVarKw)) &&
          c->n_kwonly == 0) {
        // The arguments already sit where the callee's locals go.
        Value* base = args;
        Value* end = base + frame_words(c);
        if (end > ts.stack_limit) raise_recursion_error();
        for (uint32_t i = static_cast<uint32_t>(n); i < c->n_locals; i++) base[i] = Value::null();
        f = reinterpret_cast<Frame*>(base + c->n_locals);
        f->code = c;
        f->locals = base;
        f->stack = base + c->n_locals + kFrameWords;
        f->sp = f->stack;
        f->ip = c->bytecode;
        f->last_ip = c->bytecode;
        f->locals_dict = nullptr;
        f->gen = Value::null();
        f->saved_top = ts.stack_top;
        f->is_entry = 0;
        f->yielded = 0;
        for (Value* p = f->stack; p < end; p++) *p = Value::null();
      } else {
        // Copy the arguments aside, then bind them into a fresh frame at
        // the same place.
        size_t total = n + 2 * n_kw;
        Value local[16];
        Value* tmp = total <= 16 ? local : static_cast<Value*>(gc::alloc(total * sizeof(Value)));
        memcpy(tmp, args, total * sizeof(Value));
        f = frame_layout(c, caller_in_heap ? ts.stack_top : args);
        bind_args(func, f->locals, n, n_kw, tmp);
      }
      f->func = func;
      f->globals = func->globals;
      if (c->n_cells || c->n_free) frame_init_cells(f, func);
      // The result goes where the callable was; the caller resumes with sp
      // just above it.
      caller->sp = ret;
      frame_enter(f);
      ts.stack_top = f->stack + c->stack_size;
      return true;
    }
  }
  *ret = call(fn, n, n_kw, args);
  // Ctrl-C during a long builtin is seen as soon as it returns.
  if (port::interrupt_pending) raise_interrupt();
  return false;
}

static Value run(Frame* entry) {
  Frame* f;
  const Code* code;
  Value* locals;
  Value* sp;
  const uint8_t* ip;
  const Value* consts;
  const Str* const* names;
  uint32_t ext = 0;

  static void* const labels[] = {
#define X(name, fmt, effect, doc) &&op_##name,
      MINNOW_OPCODES(X)
#undef X
  };
  static_assert(sizeof(labels) / sizeof(labels[0]) == kNumOpcodes);

#define LOAD_STATE()         \
  do {                       \
    f = ts.frame;            \
    code = f->code;          \
    locals = f->locals;      \
    sp = f->sp;              \
    ip = f->ip;              \
    consts = code->consts;   \
    names = code->names;     \
  } while (0)
#define SAVE_STATE() \
  do {               \
    f->sp = sp;      \
    f->ip = ip;      \
  } while (0)
#define DISPATCH()            \
  do {                        \
    f->last_ip = ip;          \
    goto* labels[*ip++];      \
  } while (0)
#define ARG8() (*ip++)
#define ARG16() (ip += 2, (static_cast<uint32_t>(ip[-2]) | (static_cast<uint32_t>(ip[-1]) << 8) | ext))
#define ARGJ() (ip += 3, (static_cast<uint32_t>(ip[-3]) | (static_cast<uint32_t>(ip[-2]) << 8) | (static_cast<uint32_t>(ip[-1]) << 16)))
#define CLEAR_EXT() (ext = 0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define CHECK_INTERRUPT()                \
  do {                                   \
    if (port::interrupt_pending) {       \
      SAVE_STATE();                      \
      raise_interrupt();                 \
    }                                    \
    if constexpr (cfg::step_budget) {    \
      if (steps_left == 0) {             \
        SAVE_STATE();                    \
        raise_step_budget();             \
      }                                  \
      steps_left--;                      \
    }                                    \
  } while (0)

  LOAD_STATE();
  DISPATCH();

op_NOP:
  DISPATCH();
op_EXTENDED_ARG:
  ext = ARG16() << 16;
  f->last_ip = ip;  // keep the prefix and its instruction together for handlers
  goto* labels[*ip++];
op_POP_TOP:
  sp--;
  DISPATCH();
op_COPY: {
  uint32_t n = ARG8();
  *sp = sp[-static_cast<intptr>(n)];
  sp++;
  DISPATCH();
}
op_SWAP: {
  uint32_t n = ARG8();
  Value t = sp[-1];
  sp[-1] = sp[-static_cast<intptr>(n)];
  sp[-static_cast<intptr>(n)] = t;
  DISPATCH();
}
op_ROT_THREE: {
  Value c = sp[-1];
  sp[-1] = sp[-2];
  sp[-2] = sp[-3];
  sp[-3] = c;
  DISPATCH();
}
op_LOAD_CONST:
  PUSH(consts[ARG16()]);
  CLEAR_EXT();
  DISPATCH();
op_LOAD_SMALL_INT: {
  ip += 2;
  int16_t v = static_cast<int16_t>(static_cast<uint16_t>(ip[-2] | (ip[-1] << 8)));
  PUSH(small(v));
  DISPATCH();
}
op_LOAD_NONE:
  PUSH(none());
  DISPATCH();
op_LOAD_TRUE:
  PUSH(true_());
  DISPATCH();
op_LOAD_FALSE:
  PUSH(false_());
  DISPATCH();
op_LOAD_ASSERTION_ERROR:
  PUSH(from_ptr(&exc::AssertionError));
  DISPATCH();
op_LOAD_BUILD_CLASS: {
  Value v = map_get_str(&ts.builtins->map, QSTR(__build_class__));
  if (v.is_null()) raise_msg(&exc::NameError, "__build_class__ not found");
  PUSH(v);
  DISPATCH();
}
op_LOAD_FAST: {
  uint32_t slot = ARG16();
  CLEAR_EXT();
  Value v = locals[slot];
  if (v.is_null()) raise_unbound_local(code, slot);
  PUSH(v);
  DISPATCH();
}
op_STORE_FAST:
  locals[ARG16()] = POP();
  CLEAR_EXT();
  DISPATCH();
op_DELETE_FAST: {
  uint32_t slot = ARG16();
  CLEAR_EXT();
  if (locals[slot].is_null()) raise_unbound_local(code, slot);
  locals[slot] = Value::null();
  DISPATCH();
}
op_LOAD_DEREF: {
  uint32_t slot = ARG16();
  CLEAR_EXT();
  Value v = locals[slot].as<Cell>()->value;
  if (v.is_null()) {
    if (slot >= static_cast<uint32_t>(code->n_locals - code->n_free))
      raise_fmt(&exc::NameError, "free variable '%q' referenced before assignment in enclosing scope",
                code->varnames[slot]);
    raise_unbound_local(code, slot);
  }
  PUSH(v);
  DISPATCH();
}
op_STORE_DEREF:
  locals[ARG16()].as<Cell>()->value = POP();
  CLEAR_EXT();
  DISPATCH();
op_DELETE_DEREF: {
  uint32_t slot = ARG16();
  CLEAR_EXT();
  Cell* c = locals[slot].as<Cell>();
  if (c->value.is_null()) raise_unbound_local(code, slot);
  c->value = Value::null();
  DISPATCH();
}
op_LOAD_CLOSURE:
  PUSH(locals[ARG16()]);
  CLEAR_EXT();
  DISPATCH();
op_LOAD_CLASSDEREF: {
  uint32_t slot = ARG16();
  CLEAR_EXT();
  Value v = f->locals_dict ? dict_get(f->locals_dict, qv(code->varnames[slot])) : Value::null();
  if (v.is_null()) {
    v = locals[slot].as<Cell>()->value;
    if (v.is_null())
      raise_fmt(&exc::NameError, "free variable '%q' referenced before assignment in enclosing scope",
                code->varnames[slot]);
  }
  PUSH(v);
  DISPATCH();
}
op_LOAD_GLOBAL: {
  const Str* name = names[ARG16()];
  CLEAR_EXT();
  ip += 2;
  InlineCache* ic = cache_at(code, ip[-2] | (ip[-1] << 8));
  PUSH(load_global_cached(ic, f->globals, name));
  DISPATCH();
}
op_STORE_GLOBAL:
  dict_set_str(f->globals, names[ARG16()], sp[-1]);
  CLEAR_EXT();
  sp--;
  DISPATCH();
op_DELETE_GLOBAL: {
  const Str* name = names[ARG16()];
  CLEAR_EXT();
  if (map_remove(&f->globals->map, qv(name)).is_null()) raise_name_error(name);
  DISPATCH();
}
op_LOAD_NAME: {
  const Str* name = names[ARG16()];
  CLEAR_EXT();
  PUSH(load_name(f, name));
  DISPATCH();
}
op_STORE_NAME: {
  const Str* name = names[ARG16()];
  CLEAR_EXT();
  Dict* d = f->locals_dict ? f->locals_dict : f->globals;
  if (d->type == &dict_type) dict_set_str(d, name, sp[-1]);
  else store_subscr(from_ptr(d), qv(name), sp[-1]);
  sp--;
  DISPATCH();
}
op_DELETE_NAME: {
  const Str* name = names[ARG16()];
  CLEAR_EXT();
  Dict* d = f->locals_dict ? f->locals_dict : f->globals;
  if (map_remove(&d->map, qv(name)).is_null()) raise_name_error(name);
  DISPATCH();
}
op_LOAD_ATTR: {
  const Str* name = names[ARG16()];
  CLEAR_EXT();
  ip += 2;
  InlineCache* ic = cache_at(code, ip[-2] | (ip[-1] << 8));
  Value obj = sp[-1];
  Value v = load_attr_fast(ic, obj, name);
  if (v.is_null()) {
    v = getattr(obj, name);
    attr_cache_fill(ic, type_of(obj), name);
  }
  sp[-1] = v;
  DISPATCH();
}
op_STORE_ATTR: {
  const Str* name = names[ARG16()];
  CLEAR_EXT();
  ip += 2;
  InlineCache* ic = cache_at(code, ip[-2] | (ip[-1] << 8));
  Value obj = sp[-1];
  if (!store_attr_fast(ic, obj, name, sp[-2])) {
    setattr(obj, name, sp[-2]);
    store_cache_fill(ic, type_of(obj), name);
  }
  sp -= 2;
  DISPATCH();
}
op_DELETE_ATTR: {
  const Str* name = names[ARG16()];
  CLEAR_EXT();
  delattr(sp[-1], name);
  sp--;
  DISPATCH();
}
op_LOAD_METHOD: {
  const Str* name = names[ARG16()];
  CLEAR_EXT();
  ip += 2;
  InlineCache* ic = cache_at(code, ip[-2] | (ip[-1] << 8));
  Value obj = sp[-1];
  if (!load_method_fast(ic, obj, name, sp - 1)) {
    load_method(obj, name, sp - 1);
    attr_cache_fill(ic, type_of(obj), name);
  }
  sp++;
  DISPATCH();
}
op_CALL: {
  uint32_t n = ARG16();
  CLEAR_EXT();
  Value* args = sp - n;
  SAVE_STATE();
  if (call_or_enter(args[-1], args, n, 0, args - 1, f, sp)) {
    LOAD_STATE();
    DISPATCH();
  }
  sp = args;
  DISPATCH();
}
op_CALL_KW: {
  uint32_t arg = ARG16();
  CLEAR_EXT();
  uint32_t n = arg & 0xff, nkw = arg >> 8;
  Value* args = sp - n - 2 * nkw;
  SAVE_STATE();
  if (call_or_enter(args[-1], args, n, nkw, args - 1, f, sp)) {
    LOAD_STATE();
    DISPATCH();
  }
  sp = args;
  DISPATCH();
}
op_CALL_METHOD: {
  uint32_t n = ARG16();
  CLEAR_EXT();
  Value* args = sp - n;
  Value* fnslot = args - 2;
  SAVE_STATE();
  bool entered;
  if (!args[-1].is_null()) entered = call_or_enter(*fnslot, args - 1, n + 1, 0, fnslot, f, sp);
  else entered = call_or_enter(*fnslot, args, n, 0, fnslot, f, sp);
  if (entered) {
    LOAD_STATE();
    DISPATCH();
  }
  sp = fnslot + 1;
  DISPATCH();
}
op_CALL_METHOD_KW: {
  uint32_t arg = ARG16();
  CLEAR_EXT();
  uint32_t n = arg & 0xff, nkw = arg >> 8;
  Value* args = sp - n - 2 * nkw;
  Value* fnslot = args - 2;
  SAVE_STATE();
  bool entered;
  if (!args[-1].is_null()) entered = call_or_enter(*fnslot, args - 1, n + 1, nkw, fnslot, f, sp);
  else entered = call_or_enter(*fnslot, args, n, nkw, fnslot, f, sp);
  if (entered) {
    LOAD_STATE();
    DISPATCH();
  }
  sp = fnslot + 1;
  DISPATCH();
}
op_CALL_EX: {
  uint32_t has_kw = ARG8();
  Value kw = has_kw ? POP() : Value::null();
  Value argt = POP();
  Value fn = sp[-1];
  SAVE_STATE();
  Tuple* t = is_tuple(argt) ? argt.as<Tuple>() : tuple_from_iterable(argt).as<Tuple>();
  size_t nkw = 0;
  Dict* kd = nullptr;
  if (!kw.is_null()) {
    kd = as_dict(kw);
    if (!kd) raise_type_error("argument after ** must be a mapping");
    nkw = kd->map.count;
  }
  size_t total = t->len + 2 * nkw;
  Value local[16];
  Value* buf = total <= 16 ? local : static_cast<Value*>(gc::alloc(total * sizeof(Value) + 1));
  for (size_t i = 0; i < t->len; i++) buf[i] = t->items()[i];
  if (kd) {
    size_t pos = 0, k = t->len;
    for (MapEntry* e = map_next(&kd->map, &pos); e; e = map_next(&kd->map, &pos)) {
      const Str* s = as_str(e->key);
      if (!s) raise_type_error("keywords must be strings");
      buf[k++] = qv(intern_str(s));
      buf[k++] = e->value;
    }
  }
  sp[-1] = call(fn, t->len, nkw, buf);
  DISPATCH();
}
op_BINARY_SUBSCR: {
  Value idx = POP();
  Value obj = sp[-1];
  if (is_list(obj) && idx.is_small()) {
    List* l = obj.as<List>();
    intptr i = idx.small();
    if (i < 0) i += static_cast<intptr>(l->len);
    if (i >= 0 && static_cast<size_t>(i) < l->len) {
      sp[-1] = l->items[i];
      DISPATCH();
    }
  }
  sp[-1] = subscr(obj, idx);
  DISPATCH();
}
op_STORE_SUBSCR: {
  Value idx = sp[-1], obj = sp[-2], v = sp[-3];
  sp -= 3;
  if (is_list(obj) && idx.is_small()) {
    List* l = obj.as<List>();
    intptr i = idx.small();
    if (i < 0) i += static_cast<intptr>(l->len);
    if (i >= 0 && static_cast<size_t>(i) < l->len) {
      l->items[i] = v;
      DISPATCH();
    }
  }
  store_subscr(obj, idx, v);
  DISPATCH();
}
op_DELETE_SUBSCR: {
  Value idx = sp[-1], obj = sp[-2];
  sp -= 2;
  delete_subscr(obj, idx);
  DISPATCH();
}
op_BUILD_SLICE: {
  uint32_t n = ARG8();
  extern Value slice_new(Value start, Value stop, Value step);
  Value step = n == 3 ? POP() : none();
  Value stop = POP();
  sp[-1] = slice_new(sp[-1], stop, step);
  DISPATCH();
}
op_BINARY_OP: {
  BinOp op = static_cast<BinOp>(ARG8());
  Value b = sp[-1], a = sp[-2];
  sp--;
  if (a.is_small() && b.is_small()) {
    intptr x = a.small(), y = b.small(), r;
    switch (op) {
      case BinOp::Add:
      case BinOp::IAdd:
        if (!__builtin_add_overflow(x, y, &r) && Value::fits_small(r)) {
          sp[-1] = small(r);
          DISPATCH();
        }
        break;
      case BinOp::Sub:
      case BinOp::ISub:
        if (!__builtin_sub_overflow(x, y, &r) && Value::fits_small(r)) {
          sp[-1] = small(r);
          DISPATCH();
        }
        break;
      case BinOp::Lt: sp[-1] = bool_(x < y); DISPATCH();
      case BinOp::Le: sp[-1] = bool_(x <= y); DISPATCH();
      case BinOp::Eq: sp[-1] = bool_(x == y); DISPATCH();
      case BinOp::Ne: sp[-1] = bool_(x != y); DISPATCH();
      case BinOp::Gt: sp[-1] = bool_(x > y); DISPATCH();
      case BinOp::Ge: sp[-1] = bool_(x >= y); DISPATCH();
      default: break;
    }
  }
  if constexpr (cfg::float_) {
    // Float arithmetic without the slot dispatch (division and the rest go
    // through the type for their error cases).
    const Type* ta = a.is_obj() ? a.obj()->type : nullptr;
    const Type* tb = b.is_obj() ? b.obj()->type : nullptr;
    // A small int joins in only when it converts to double exactly.
    constexpr int64_t kExact = int64_t{1} << 53;
    bool a_ok = ta == &float_type || (a.is_small() && a.small() <= kExact && a.small() >= -kExact);
    bool b_ok = tb == &float_type || (b.is_small() && b.small() <= kExact && b.small() >= -kExact);
    if (a_ok && b_ok && (ta == &float_type || tb == &float_type)) {
      double x = ta ? a.as<FloatObj>()->value : static_cast<double>(a.small());
      double y = tb ? b.as<FloatObj>()->value : static_cast<double>(b.small());
      switch (op) {
        case BinOp::Add: case BinOp::IAdd: sp[-1] = float_new(x + y); DISPATCH();
        case BinOp::Sub: case BinOp::ISub: sp[-1] = float_new(x - y); DISPATCH();
        case BinOp::Mul: case BinOp::IMul: sp[-1] = float_new(x * y); DISPATCH();
        case BinOp::Lt: sp[-1] = bool_(x < y); DISPATCH();
        case BinOp::Le: sp[-1] = bool_(x <= y); DISPATCH();
        case BinOp::Gt: sp[-1] = bool_(x > y); DISPATCH();
        case BinOp::Ge: sp[-1] = bool_(x >= y); DISPATCH();
        case BinOp::TrueDiv: case BinOp::ITrueDiv:
          if (y != 0.0) {
            sp[-1] = float_new(x / y);
            DISPATCH();
          }
          break;
        default: break;
      }
    }
  }
  SAVE_STATE();
  sp[-1] = binary_op(op, a, b);
  DISPATCH();
}
op_CONTAINS_OP: {
  uint32_t neg = ARG8();
  Value container = POP();
  bool r = contains(container, sp[-1]);
  sp[-1] = bool_(neg ? !r : r);
  DISPATCH();
}
op_IS_OP: {
  uint32_t neg = ARG8();
  Value b = POP();
  bool r = sp[-1] == b;
  sp[-1] = bool_(neg ? !r : r);
  DISPATCH();
}
op_UNARY_NEG:
  sp[-1] = unary_op(UnaryOp::Neg, sp[-1]);
  DISPATCH();
op_UNARY_POS:
  sp[-1] = unary_op(UnaryOp::Pos, sp[-1]);
  DISPATCH();
op_UNARY_INVERT:
  sp[-1] = unary_op(UnaryOp::Invert, sp[-1]);
  DISPATCH();
op_UNARY_NOT:
  sp[-1] = bool_(!truthy(sp[-1]));
  DISPATCH();
op_JUMP: {
  uint32_t target = ARGJ();
  const uint8_t* dest = code->bytecode + target;
  if (dest < ip) CHECK_INTERRUPT();
  ip = dest;
  DISPATCH();
}
op_POP_JUMP_IF_FALSE: {
  uint32_t target = ARGJ();
  Value v = POP();
  if (v == false_() || (v != true_() && !truthy(v))) ip = code->bytecode + target;
  DISPATCH();
}
op_POP_JUMP_IF_TRUE: {
  uint32_t target = ARGJ();
  Value v = POP();
  if (v == true_() || (v != false_() && truthy(v))) ip = code->bytecode + target;
  DISPATCH();
}
op_JUMP_IF_FALSE_OR_POP: {
  uint32_t target = ARGJ();
  if (!truthy(sp[-1])) ip = code->bytecode + target;
  else sp--;
  DISPATCH();
}
op_JUMP_IF_TRUE_OR_POP: {
  uint32_t target = ARGJ();
  if (truthy(sp[-1])) ip = code->bytecode + target;
  else sp--;
  DISPATCH();
}
op_GET_ITER:
  sp[-1] = getiter(sp[-1]);
  DISPATCH();
op_FOR_ITER: {
  uint32_t target = ARGJ();
  Value it = sp[-1];
  Value v;
  const Type* t = type_of(it);
  if (t->slots->iternext) {
    v = t->slots->iternext(it);
  } else {
    SAVE_STATE();
    v = iternext(it);
  }
  if (v.is_stop()) {
    sp--;
    ip = code->bytecode + target;
    CHECK_INTERRUPT();
  } else {
    PUSH(v);
  }
  DISPATCH();
}
op_RETURN_VALUE: {
  Value r = POP();
  if (f->is_entry) {
    // Ctrl-C must not be lost when the code ends without another safe
    // point (a long builtin as its last statement).
    if (port::interrupt_pending) {
      SAVE_STATE();
      raise_interrupt();
    }
    f->sp = sp;
    f->yielded = 0;
    frame_leave(f);
    return r;
  }
  frame_leave(f);
  LOAD_STATE();
  *sp++ = r;
  // The callee's frame overlapped the caller's value stack above sp: clear
  // those dead words so the GC does not keep what the callee held.
  for (Value* p = sp; p < f->stack + code->stack_size; p++) *p = Value::null();
  DISPATCH();
}
op_RAISE: {
  uint32_t n = ARG8();
  SAVE_STATE();
  if (n == 0) {
    if (ts.handled_exc.is_null()) raise_msg(&exc::RuntimeError, "No active exception to reraise");
    ts.reraise = true;
    nlr_jump(ts.handled_exc);
  }
  Value cause = Value::null();
  if (n == 2) cause = POP();
  Value e = POP();
  if (e.is_obj() && is_subtype(e.obj()->type, &type_type)) {
    if (!(e.as<Type>()->flags & kTypeException)) raise_type_error("exceptions must derive from BaseException");
    e = call0(e);
  }
  if (!is_exception(e)) raise_type_error("exceptions must derive from BaseException");
  if (n == 2) {
    if (cause.is_obj() && is_subtype(cause.obj()->type, &type_type)) cause = call0(cause);
    setattr(e, QSTR(__cause__), cause);
  }
  raise(e);
}
op_RERAISE: {
  Value e = POP();
  SAVE_STATE();
  ts.reraise = true;
  nlr_jump(e);
}
op_PUSH_EXC_INFO: {
  Value e = sp[-1];
  sp[-1] = ts.handled_exc.is_null() ? none() : ts.handled_exc;
  PUSH(e);
  ts.handled_exc = e;
  DISPATCH();
}
op_POP_EXCEPT: {
  Value prev = POP();
  ts.handled_exc = is_none(prev) ? Value::null() : prev;
  DISPATCH();
}
op_CHECK_EXC_MATCH: {
  Value type = sp[-1];
  sp[-1] = bool_(exc_match_any(sp[-2], type));
  DISPATCH();
}
op_BEFORE_WITH:
  SAVE_STATE();
  before_with(sp, false);
  sp++;
  DISPATCH();
op_WITH_EXCEPT_START: {
  Value e = sp[-1];
  Value exit = sp[-3];
  Value tb = is_exception(e) && !as_exc(e)->traceback.is_null() ? as_exc(e)->traceback : none();
  Value args[3] = {from_ptr(type_of(e)), e, tb};
  SAVE_STATE();
  Value r = call(exit, 3, 0, args);
  PUSH(r);
  DISPATCH();
}
op_YIELD_VALUE: {
  Value v = POP();
  f->sp = sp;
  f->ip = ip;
  f->yielded = 1;
  frame_leave(f);
  return v;
}
op_GET_YIELD_FROM_ITER: {
  Value v = sp[-1];
  const Type* t = type_of(v);
  if (t == &coroutine_type && !(code->flags & (kCodeCoroutine)))
    raise_type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
  if (t != &generator_type && t != &coroutine_type) sp[-1] = getiter(v);
  DISPATCH();
}
op_YIELD_FROM: {
  Value v = sp[-1], it = sp[-2];
  SAVE_STATE();
  Value out;
  if (yield_from_step(it, v, &out)) {
    sp -= 2;
    PUSH(out);
    DISPATCH();
  }
  // Suspend at this instruction; resuming pushes the sent value and runs it again.
  sp--;
  f->sp = sp;
  f->ip = f->last_ip;
  f->yielded = 1;
  frame_leave(f);
  return out;
}
op_GET_AWAITABLE:
  SAVE_STATE();
  sp[-1] = get_awaitable(sp[-1]);
  DISPATCH();
op_GET_AITER: {
  SAVE_STATE();
  Value dest[2];
  if (!load_method_maybe(sp[-1], QSTR(__aiter__), dest))
    raise_fmt(&exc::TypeError, "'async for' requires an object with __aiter__ method, got %s", type_name(sp[-1]));
  sp[-1] = dest[1].is_null() ? call0(dest[0]) : call1(dest[0], dest[1]);
  DISPATCH();
}
op_GET_ANEXT: {
  SAVE_STATE();
  Value dest[2];
  if (!load_method_maybe(sp[-1], QSTR(__anext__), dest))
    raise_fmt(&exc::TypeError, "'async for' requires an iterator with __anext__ method, got %s", type_name(sp[-1]));
  Value aw = dest[1].is_null() ? call0(dest[0]) : call1(dest[0], dest[1]);
  PUSH(get_awaitable(aw));
  DISPATCH();
}
op_END_ASYNC_FOR: {
  Value e = POP();
  sp--;  // the async iterator
  if (!exc_matches(e, &exc::StopAsyncIteration)) {
    SAVE_STATE();
    ts.reraise = true;
    nlr_jump(e);
  }
  DISPATCH();
}
op_BEFORE_ASYNC_WITH:
  SAVE_STATE();
  before_with(sp, true);
  sp[0] = get_awaitable(sp[0]);
  sp++;
  DISPATCH();
op_MAKE_FUNCTION: {
  uint32_t flags = ARG8();
  Value c = POP();
  Value closure = (flags & 8) ? POP() : Value::null();
  Value kwd = (flags & 2) ? POP() : Value::null();
  Value defs = (flags & 1) ? POP() : Value::null();
  PUSH(make_function(c.as<Code>(), defs, kwd, closure, f->globals));
  DISPATCH();
}
op_BUILD_TUPLE: {
  uint32_t n = ARG16();
  CLEAR_EXT();
  sp -= n;
  Value t = tuple_new(n, sp);
  PUSH(t);
  DISPATCH();
}
op_BUILD_LIST: {
  uint32_t n = ARG16();
  CLEAR_EXT();
  sp -= n;
  Value l = list_from_items(n, sp);
  PUSH(l);
  DISPATCH();
}
op_BUILD_SET: {
  uint32_t n = ARG16();
  CLEAR_EXT();
  Set* s = set_new(&set_type);
  for (uint32_t i = 0; i < n; i++) set_add(s, sp[-static_cast<intptr>(n) + i]);
  sp -= n;
  PUSH(from_ptr(s));
  DISPATCH();
}
op_BUILD_MAP: {
  uint32_t n = ARG16();
  CLEAR_EXT();
  Dict* d = dict_new(n);
  Value* items = sp - 2 * n;
  for (uint32_t i = 0; i < n; i++) dict_set(d, items[2 * i], items[2 * i + 1]);
  sp = items;
  PUSH(from_ptr(d));
  DISPATCH();
}
op_BUILD_STRING: {
  uint32_t n = ARG16();
  CLEAR_EXT();
  sp -= n;
  Value s = build_string(sp, n);
  PUSH(s);
  DISPATCH();
}
op_LIST_APPEND: {
  uint32_t n = ARG16();
  CLEAR_EXT();
  Value v = POP();
  list_append(sp[-static_cast<intptr>(n)].as<List>(), v);
  DISPATCH();
}
op_SET_ADD: {
  uint32_t n = ARG16();
  CLEAR_EXT();
  Value v = POP();
  set_add(sp[-static_cast<intptr>(n)].as<Set>(), v);
  DISPATCH();
}
op_MAP_ADD: {
  uint32_t n = ARG16();
  CLEAR_EXT();
  Value v = POP();
  Value k = POP();
  dict_set(sp[-static_cast<intptr>(n)].as<Dict>(), k, v);
  DISPATCH();
}
op_LIST_EXTEND: {
  uint32_t n = ARG16();
  CLEAR_EXT();
  Value v = POP();
  list_extend(sp[-static_cast<intptr>(n)].as<List>(), v);
  DISPATCH();
}
op_SET_UPDATE: {
  uint32_t n = ARG16();
  CLEAR_EXT();
  Value v = POP();
  Set* s = sp[-static_cast<intptr>(n)].as<Set>();
  Value it = getiter(v);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it)) set_add(s, x);
  DISPATCH();
}
op_DICT_UPDATE:
op_DICT_MERGE: {
  bool merge = ip[-1] == static_cast<uint8_t>(Op::DICT_MERGE);
  uint32_t n = ARG16();
  CLEAR_EXT();
  Value v = POP();
  Dict* d = sp[-static_cast<intptr>(n)].as<Dict>();
  Dict* src = as_dict(v);
  if (src) {
    size_t pos = 0;
    for (MapEntry* e = map_next(&src->map, &pos); e; e = map_next(&src->map, &pos)) {
      if (merge && !dict_get(d, e->key).is_null())
        raise_fmt(&exc::TypeError, "got multiple values for keyword argument '%S'", e->key);
      dict_set(d, e->key, e->value);
    }
  } else {
    SAVE_STATE();
    Value keys = call_method(v, QSTR(keys), 0, nullptr);
    Value it = getiter(keys);
    for (Value k = iternext(it); !k.is_stop(); k = iternext(it)) {
      if (merge && !dict_get(d, k).is_null())
        raise_fmt(&exc::TypeError, "got multiple values for keyword argument '%S'", k);
      dict_set(d, k, subscr(v, k));
    }
  }
  DISPATCH();
}
op_LIST_TO_TUPLE: {
  List* l = sp[-1].as<List>();
  sp[-1] = tuple_new(l->len, l->items);
  DISPATCH();
}
op_UNPACK_SEQUENCE: {
  uint32_t n = ARG16();
  CLEAR_EXT();
  Value seq = POP();
  SAVE_STATE();
  sp = unpack_sequence(seq, n, sp);
  DISPATCH();
}
op_UNPACK_EX: {
  uint32_t arg = ARG16();
  CLEAR_EXT();
  Value seq = POP();
  SAVE_STATE();
  sp = unpack_ex(seq, arg, sp);
  DISPATCH();
}
op_FORMAT_VALUE: {
  uint32_t arg = ARG8();
  Value spec = (arg & 4) ? POP() : Value::null();
  SAVE_STATE();
  sp[-1] = format_value_op(sp[-1], arg, spec);
  DISPATCH();
}
op_IMPORT_NAME: {
  const Str* name = names[ARG16()];
  CLEAR_EXT();
  Value fromlist = POP();
  Value level = sp[-1];
  SAVE_STATE();
  sp[-1] = import_module(name, fromlist, level.is_small() ? static_cast<int>(level.small()) : 0, f->globals);
  DISPATCH();
}
op_IMPORT_FROM: {
  const Str* name = names[ARG16()];
  CLEAR_EXT();
  SAVE_STATE();
  Value v = import_from(sp[-1], name);
  PUSH(v);
  DISPATCH();
}
op_IMPORT_STAR: {
  Value m = POP();
  SAVE_STATE();
  import_star(f, m);
  DISPATCH();
}
op_PRINT_EXPR: {
  Value v = POP();
  SAVE_STATE();
  print_expr(v);
  DISPATCH();
}

#undef LOAD_STATE
#undef SAVE_STATE
#undef DISPATCH
}

// Finds the innermost handler of code covering offset.
static const ExcEntry* find_handler(const Code* c, uint32_t offset) {
  const ExcEntry* best = nullptr;
  for (uint32_t i = 0; i < c->n_exc; i++) {
    const ExcEntry* e = &c->exc_table[i];
    if (offset >= e->start && offset < e->end) {
      if (!best || (e->end - e->start) < (best->end - best->start)) best = e;
    }
  }
  return best;
}

Value vm_execute(Frame* entry, Value throw_exc) {
  // Generators resumed from generators, and Python code called from
  // builtins, nest C frames: guard the C stack as well as the depth.
  check_stack();
  entry->is_entry = 1;
  frame_enter(entry);
  NlrBuf nb;
  size_t repr_at_entry = repr_level();
  Value pending = throw_exc;
  for (;;) {
    if (pending.is_null()) {
      if (MINNOW_TRY(nb)) {
        Value r = run(entry);
        nlr_pop();
        return r;
      }
      pending = nb.exc;
    }
    // An exception is in flight in ts.frame (which is entry or a frame
    // called from it in the same loop).
    Value exc = pending;
    pending = Value::null();
    repr_unwind(repr_at_entry);
    // What the failed allocation's callers held is garbage now: a program
    // that drops its data after MemoryError must get the memory back.
    if (exc_matches(exc, &exc::MemoryError)) clear_dead_stack();
    bool reraise = ts.reraise;
    ts.reraise = false;
    for (;;) {
      Frame* f = ts.frame;
      uint32_t offset = static_cast<uint32_t>(f->last_ip - f->code->bytecode);
      if (!reraise) traceback_add(exc, f->code, code_line(f->code, offset));
      reraise = false;
      const ExcEntry* h = find_handler(f->code, offset);
      if (h) {
        f->sp = f->stack + h->depth;
        *f->sp++ = exc;
        // Slots above the handler's depth are dead; clear them so the GC
        // does not keep what the abandoned code held (a program that ran
        // out of memory must get it back once it drops its data).
        for (Value* p = f->sp; p < f->stack + f->code->stack_size; p++) *p = Value::null();
        f->ip = f->code->bytecode + h->handler;
        if (f->gen.is_null()) ts.stack_top = f->stack + f->code->stack_size;
        break;
      }
      bool was_entry = f == entry;
      f->yielded = 0;
      frame_leave(f);
      if (was_entry) {
        nlr_jump(exc);
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Entry points from C.

Value function_call(Function* fn, size_t n_args, size_t n_kw, const Value* args) {
  const Code* c = fn->code;
  if (c->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGen)) return generator_new(fn, n_args, n_kw, args);
  check_stack();
  Frame* f = frame_layout(c, ts.stack_top);
  bind_args(fn, f->locals, n_args, n_kw, args);
  f->func = fn;
  f->globals = fn->globals;
  if (c->n_cells || c->n_free) frame_init_cells(f, fn);
  ts.stack_top = f->stack + c->stack_size;
  return vm_execute(f, Value::null());
}

Value run_class_body(Function* body, Dict* ns) {
  const Code* c = body->code;
  check_stack();
  Frame* f = frame_layout(c, ts.stack_top);
  f->func = body;
  f->globals = body->globals;
  f->locals_dict = ns;
  if (c->n_cells || c->n_free) frame_init_cells(f, body);
  ts.stack_top = f->stack + c->stack_size;
  return vm_execute(f, Value::null());
}

Value run_code(const Code* c, Dict* globals, Dict* locals) {
  check_stack();
  if (map_get_str(&globals->map, QSTR(__builtins__)).is_null())
    dict_set_str(globals, QSTR(__builtins__), from_ptr(ts.builtins));
  // exec/eval of a generator's or coroutine's code makes one (as CPython),
  // rather than running its yields in a plain frame.
  if (c->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGen)) {
    Value fn = make_function(c, Value::null(), Value::null(), Value::null(), globals);
    return generator_new(fn.as<Function>(), 0, 0, nullptr);
  }
  Frame* f = frame_layout(c, ts.stack_top);
  f->globals = globals;
  f->locals_dict = locals && locals != globals ? locals : nullptr;
  if (c->n_cells || c->n_free) frame_init_cells(f, nullptr);
  ts.stack_top = f->stack + c->stack_size;
  return vm_execute(f, Value::null());
}

extern Value build_class_new(const Type* meta, size_t n_args, size_t n_kw, const Value* args);

// __build_class__(func, name, *bases, metaclass=None, **kwds)
Value build_class(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args < 2 || !is_type(args[0], &function_type)) raise_type_error("__build_class__: need a function and a name");
  Function* body = args[0].as<Function>();
  const Str* name = as_str(args[1]);
  if (!name) raise_type_error("__build_class__: name is not a string");
  Value bases = tuple_new(n_args - 2, args + 2);
  // Separate metaclass= from the other keywords.
  Value meta = Value::null();
  Value kw[32];
  size_t nkw = 0;
  for (size_t i = 0; i < n_kw; i++) {
    const Str* k = args[n_args + 2 * i].as<Str>();
    if (str_equal(k, QSTR(metaclass))) {
      meta = args[n_args + 2 * i + 1];
    } else if (nkw < 16) {
      kw[2 * nkw] = args[n_args + 2 * i];
      kw[2 * nkw + 1] = args[n_args + 2 * i + 1];
      nkw++;
    }
  }
  if (meta.is_null()) {
    // The most derived metaclass of the bases.
    const Type* m = &type_type;
    Tuple* bt = bases.as<Tuple>();
    for (size_t i = 0; i < bt->len; i++) {
      const Type* mt = type_of(bt->items()[i]);
      if (is_subtype(mt, m)) m = mt;
      else if (!is_subtype(m, mt)) raise_type_error("metaclass conflict");
    }
    meta = from_ptr(m);
  }
  Dict* ns;
  Value prep = is_subtype(type_of(meta), &type_type) ? getattr_or_null(meta, QSTR(__prepare__)) : Value::null();
  if (!prep.is_null()) {
    Value pargs[34];
    pargs[0] = qv(name);
    pargs[1] = bases;
    for (size_t i = 0; i < 2 * nkw; i++) pargs[2 + i] = kw[i];
    Value r = call(prep, 2, nkw, pargs);
    ns = as_dict(r);
    if (!ns) raise_type_error("__prepare__() must return a dict");
  } else {
    ns = dict_new();
  }
  Value cell = run_class_body(body, ns);
  Value cargs[35];
  cargs[0] = qv(name);
  cargs[1] = bases;
  cargs[2] = from_ptr(ns);
  for (size_t i = 0; i < 2 * nkw; i++) cargs[3 + i] = kw[i];
  Value cls;
  if (meta == from_ptr(&type_type)) cls = build_class_new(&type_type, 3, nkw, cargs);
  else cls = call(meta, 3, nkw, cargs);
  if (is_type(cell, &closure_cell_type)) cell.as<Cell>()->value = cls;
  return cls;
}

}  // namespace minnow
