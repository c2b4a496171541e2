// Generators and coroutines: a function frame kept in a heap object and run
// by vm_execute() each time it is resumed.
#include "bytecode/opcodes.h"
#include "obj/exception.h"
#include "obj/tuple.h"
#include "vm/state.h"

namespace minnow {

enum GenState : uint8_t { kGenCreated, kGenSuspended, kGenRunning, kGenFinished };

struct Generator {
  const Type* type;   // &generator_type or &coroutine_type
  Value func;         // keeps the code and globals alive
  Value saved_exc;    // the generator's handled exception while it is suspended
  Frame* frame;       // points into this allocation, after the header
  uint8_t state;
};

static constexpr size_t kHeaderWords = (sizeof(Generator) + sizeof(Value) - 1) / sizeof(Value);

Value generator_new(Function* fn, size_t n_args, size_t n_kw, const Value* args) {
  const Code* c = fn->code;
  size_t words = kHeaderWords + frame_words(c);
  Generator* g = static_cast<Generator*>(gc::alloc(words * sizeof(Value)));
  g->type = (c->flags & kCodeCoroutine) && !(c->flags & kCodeAsyncGen) ? &coroutine_type : &generator_type;
  g->func = from_ptr(fn);
  g->saved_exc = Value::null();
  g->state = kGenCreated;
  Value* base = reinterpret_cast<Value*>(g) + kHeaderWords;
  Frame* f = frame_layout(c, base, true);
  bind_args(fn, f->locals, n_args, n_kw, args);
  f->func = fn;
  f->globals = fn->globals;
  f->gen = from_ptr(g);
  if (c->n_cells || c->n_free) frame_init_cells(f, fn);
  g->frame = f;
  return from_ptr(g);
}

static bool suspended_in_yield_from(Frame* f) {
  return *f->last_ip == static_cast<uint8_t>(Op::YIELD_FROM);
}

// Runs the frame once with the handled-exception state swapped in.
static Value run_frame(Generator* g, Value throw_exc, bool* done) {
  Frame* f = g->frame;
  Value outer_exc = ts.handled_exc;
  ts.handled_exc = g->saved_exc;
  g->state = kGenRunning;
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    Value r = vm_execute(f, throw_exc);
    nlr_pop();
    g->saved_exc = ts.handled_exc;
    ts.handled_exc = outer_exc;
    if (f->yielded) {
      g->state = kGenSuspended;
      *done = false;
    } else {
      g->state = kGenFinished;
      *done = true;
    }
    return r;
  } else {
    g->state = kGenFinished;
    g->saved_exc = Value::null();
    ts.handled_exc = outer_exc;
    Value e = nb.exc;
    if (exc_matches(e, &exc::StopIteration)) {
      Value msg = str_from_cstr(g->type == &coroutine_type ? "coroutine raised StopIteration"
                                                           : "generator raised StopIteration");
      Value re = exc_new(&exc::RuntimeError, 1, &msg);
      as_exc(re)->cause = e;
      as_exc(re)->context = e;
      as_exc(re)->suppress_context = true;
      nlr_jump(re);
    }
    nlr_jump(e);
  }
}

Value generator_resume(Value gv, Value send, Value throw_exc, bool* done) {
  Generator* g = gv.as<Generator>();
  if (g->state == kGenRunning) raise_value_error("generator already executing");
  if (g->state == kGenFinished) {
    if (!throw_exc.is_null()) raise(throw_exc);
    if (g->type == &coroutine_type) raise_msg(&exc::RuntimeError, "cannot reuse already awaited coroutine");
    *done = true;
    return none();
  }
  Frame* f = g->frame;
  if (!throw_exc.is_null()) {
    if (g->state == kGenSuspended && suspended_in_yield_from(f)) {
      // Delegate the throw to the sub-iterator of `yield from`.
      Value sub = f->sp[-1];
      if (exc_matches(throw_exc, &exc::GeneratorExit)) {
        Value dest[2];
        g->state = kGenRunning;
        if (load_method_maybe(sub, QSTR(close), dest)) {
          if (dest[1].is_null()) call0(dest[0]);
          else call1(dest[0], dest[1]);
        }
        g->state = kGenSuspended;
        return run_frame(g, throw_exc, done);
      }
      // Written between setjmp and a possible longjmp: kept in volatile memory.
      volatile uintptr result_bits = 0;
      volatile bool sub_done = false;
      volatile uintptr sub_exc_bits = Value::null().bits;
      g->state = kGenRunning;
      NlrBuf nb;
      if (MINNOW_TRY(nb)) {
        if (is_type(sub, &generator_type) || is_type(sub, &coroutine_type)) {
          bool d = false;
          result_bits = generator_resume(sub, none(), throw_exc, &d).bits;
          sub_done = d;
        } else {
          Value dest[2];
          if (!load_method_maybe(sub, QSTR(throw), dest)) {
            nlr_pop();
            g->state = kGenSuspended;
            return run_frame(g, throw_exc, done);
          }
          Value args[2] = {dest[1], throw_exc};
          result_bits = (dest[1].is_null() ? call(dest[0], 1, 0, args + 1) : call(dest[0], 2, 0, args)).bits;
        }
        nlr_pop();
      } else {
        if (exc_matches(nb.exc, &exc::StopIteration)) {
          sub_done = true;
          result_bits = getattr(nb.exc, QSTR(value)).bits;
        } else {
          sub_exc_bits = nb.exc.bits;
        }
      }
      g->state = kGenSuspended;
      Value sub_exc{sub_exc_bits};
      Value result{result_bits};
      if (!sub_exc.is_null()) return run_frame(g, sub_exc, done);
      if (!sub_done) {
        *done = false;
        return result;
      }
      // The sub-iterator finished: `yield from` evaluates to its value.
      f->sp[-1] = result;
      f->ip = f->last_ip + 1;
      return run_frame(g, Value::null(), done);
    }
    if (g->state == kGenCreated) {
      g->state = kGenFinished;
      raise(throw_exc);
    }
    return run_frame(g, throw_exc, done);
  }
  if (g->state == kGenCreated) {
    if (!is_none(send)) raise_type_error("can't send non-None value to a just-started generator");
  } else {
    *f->sp++ = send;
  }
  return run_frame(g, Value::null(), done);
}

// ---------------------------------------------------------------------------
// Methods.

static Value gen_iternext(Value self) {
  bool done;
  Value r = generator_resume(self, none(), Value::null(), &done);
  return done ? Value::stop() : r;
}

static Value gen_send(Value self, Value v) {
  bool done;
  Value r = generator_resume(self, v, Value::null(), &done);
  if (done) raise_stop_iteration(r);
  return r;
}

static Value make_throw_exc(size_t n, const Value* args) {
  Value t = args[0];
  if (t.is_obj() && is_subtype(t.obj()->type, &type_type)) {
    if (!(t.as<Type>()->flags & kTypeException)) raise_type_error("exceptions must derive from BaseException");
    if (n >= 2 && !is_none(args[1])) {
      if (isinstance(args[1], t.as<Type>())) return args[1];
      return call1(t, args[1]);
    }
    return call0(t);
  }
  if (!is_exception(t)) raise_type_error("exceptions must derive from BaseException");
  return t;
}

static Value gen_throw(size_t n, const Value* args) {
  Value e = make_throw_exc(n - 1, args + 1);
  bool done;
  Value r = generator_resume(args[0], none(), e, &done);
  if (done) raise_stop_iteration(r);
  return r;
}

static Value gen_close(Value self) {
  Generator* g = self.as<Generator>();
  if (g->state == kGenCreated || g->state == kGenFinished) {
    g->state = kGenFinished;
    return none();
  }
  Value ge = exc_new(&exc::GeneratorExit, 0, nullptr);
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    bool done;
    generator_resume(self, none(), ge, &done);
    nlr_pop();
    if (!done) raise_msg(&exc::RuntimeError, "generator ignored GeneratorExit");
    return none();
  } else {
    if (exc_matches(nb.exc, &exc::GeneratorExit) || exc_matches(nb.exc, &exc::StopIteration)) return none();
    nlr_jump(nb.exc);
  }
}

static Value gen_await(Value self) { return self; }

static void gen_print(Printer* p, Value self, bool) {
  Generator* g = self.as<Generator>();
  print_cstr(p, g->type == &coroutine_type ? "<coroutine object " : "<generator object ");
  const Code* c = g->func.as<Function>()->code;
  const Str* n = c->qualname ? c->qualname : c->name;
  print_bytes(p, n->data(), n->len);
  print_cstr(p, " at 0x");
  char buf[2 * sizeof(uintptr)];
  uintptr x = self.bits;
  int k = 0;
  do {
    buf[k++] = "0123456789abcdef"[x & 15];
    x >>= 4;
  } while (x);
  while (k) print_bytes(p, &buf[--k], 1);
  print_cstr(p, ">");
}

static Value gen_getattr(Value self, const Str* name) {
  Generator* g = self.as<Generator>();
  const Code* c = g->func.as<Function>()->code;
  if (name == QSTR(__name__)) return qv(c->name);
  if (name == QSTR(__qualname__)) return qv(c->qualname ? c->qualname : c->name);
#if MINNOW_CPYTHON_EXTRA
  // gi_running, gi_frame (cr_ for coroutines): CPython has them,
  // MicroPython leaves them out.
  if (name == QSTR(gi_running) || name == QSTR(cr_running)) return bool_(g->state == kGenRunning);
  if (name == QSTR(gi_frame) || name == QSTR(cr_frame)) return g->state == kGenFinished ? none() : true_();
#endif
  return Value::null();
}

static Value gen_getiter(Value self) { return self; }

constexpr BuiltinFn gen_send_fn = make_fn2(QSTR(send), gen_send);
constexpr BuiltinFn gen_throw_fn = make_fn_var(QSTR(throw), 2, 4, gen_throw);
constexpr BuiltinFn gen_close_fn = make_fn1(QSTR(close), gen_close);
constexpr BuiltinFn gen_await_fn = make_fn1(QSTR(__await__), gen_await);
constexpr MethodEntry gen_locals_entries[] = {
    entry(QSTR(send), &gen_send_fn),
    entry(QSTR(throw), &gen_throw_fn),
    entry(QSTR(close), &gen_close_fn),
};
constexpr Table gen_locals = make_table(gen_locals_entries);
constexpr MethodEntry coro_locals_entries[] = {
    entry(QSTR(send), &gen_send_fn),
    entry(QSTR(throw), &gen_throw_fn),
    entry(QSTR(close), &gen_close_fn),
    entry(QSTR(__await__), &gen_await_fn),
};
constexpr Table coro_locals = make_table(coro_locals_entries);

constexpr TypeSlots generator_slots = {
    nullptr, gen_print, nullptr, nullptr, nullptr,
    gen_getattr, nullptr, nullptr, gen_getiter, gen_iternext, nullptr};
constinit const Type generator_type = {
    &type_type, QSTR(generator), kTypeIterIsSelf, &generator_type, &object_type, &generator_slots,
    &gen_locals};
constexpr TypeSlots coroutine_slots = {
    nullptr, gen_print, nullptr, nullptr, nullptr,
    gen_getattr, nullptr, nullptr, nullptr, gen_iternext, nullptr};
constinit const Type coroutine_type = {
    &type_type, QSTR(coroutine), 0, &coroutine_type, &object_type, &coroutine_slots, &coro_locals};

}  // namespace minnow
