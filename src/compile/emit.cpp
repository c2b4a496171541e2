// The emitter and assembler (see compile/emit.h).
#include "compile/emit.h"

#include <cstring>

#include "bytecode/linetable.h"
#include "gc/heap.h"
#include "obj/tuple.h"
#include "vm/runtime.h"

namespace minnow::compiler {

[[noreturn]] static void internal_error(const char* what) {
  raise_fmt(&exc::SystemError, "compiler: %s", what);
}

[[noreturn]] static void too_big(const char* what) {
  raise_fmt(&exc::SyntaxError, "too many %s in one code object", what);
}

// Grows a GC buffer to hold at least `need` elements. The caller stores the
// result back at once (the GC finds the buffer through the Unit).
template <class T>
static T* grow(T* buf, uint32_t* cap, uint32_t need, uint32_t initial, unsigned flags) {
  if (need <= *cap) return buf;
  uint32_t n = *cap ? *cap : initial;
  while (n < need) n *= 2;
  T* p = buf ? static_cast<T*>(gc::realloc(buf, n * sizeof(T)))
             : static_cast<T*>(gc::alloc(n * sizeof(T), flags));
  *cap = n;
  return p;
}

Unit* unit_new(Unit* parent, Scope* scope, uint32_t first_line) {
  Unit* u = static_cast<Unit*>(gc::alloc(sizeof(Unit)));
  u->parent = parent;
  u->scope = scope;
  u->first_line = first_line;
  u->line = first_line;
  u->lt_line = first_line;
  u->h_label = -1;
  return u;
}

void unit_free(Unit* u) {
  if (u->code) gc::free(u->code);
  if (u->consts) gc::free(u->consts);
  if (u->names) gc::free(u->names);
  if (u->labels) gc::free(u->labels);
  if (u->exc) gc::free(u->exc);
  if (u->lines) gc::free(u->lines);
  gc::free(u);
}

// --- Line table ------------------------------------------------------------

static void note_line(Unit* u) {
  if (u->line == u->lt_line) return;
  u->lines = grow(u->lines, &u->cap_lines, u->n_lines + kLineEntryMax, 16, gc::kNoScan);
  int32_t dl = static_cast<int32_t>(u->line) - static_cast<int32_t>(u->lt_line);
  u->n_lines += static_cast<uint32_t>(linetable_encode(u->lines + u->n_lines, u->n_code - u->lt_addr, dl));
  u->lt_addr = u->n_code;
  u->lt_line = u->line;
}

// --- Raw emission ------------------------------------------------------------

static uint8_t* reserve(Unit* u, uint32_t n) {
  if (u->n_code + n > kMaxJumpTarget) raise_msg(&exc::SyntaxError, "code object too large");
  u->code = grow(u->code, &u->cap_code, u->n_code + n, 32, gc::kNoScan);
  uint8_t* p = u->code + u->n_code;
  u->n_code += n;
  return p;
}

static void put16(uint8_t* p, uint32_t v) {
  p[0] = static_cast<uint8_t>(v);
  p[1] = static_cast<uint8_t>(v >> 8);
}
static void put24(uint8_t* p, uint32_t v) {
  p[0] = static_cast<uint8_t>(v);
  p[1] = static_cast<uint8_t>(v >> 8);
  p[2] = static_cast<uint8_t>(v >> 16);
}
static uint32_t get24(const uint8_t* p) { return p[0] | (p[1] << 8) | (static_cast<uint32_t>(p[2]) << 16); }

static void account(Unit* u, Op op, uint32_t arg) {
  u->depth += stack_effect(op, arg, false);
  if (u->depth < 0) internal_error("stack underflow");
  if (u->depth > u->max_depth) u->max_depth = u->depth;
  if (op == Op::RETURN_VALUE || op == Op::RAISE || op == Op::RERAISE || op == Op::JUMP) u->dead = true;
}

void emit(Unit* u, Op op) {
  if (u->dead) return;
  if (kOpFormat[static_cast<int>(op)] != OpFormat::NONE) internal_error("operand expected");
  note_line(u);
  *reserve(u, 1) = static_cast<uint8_t>(op);
  account(u, op, 0);
}

void emit_arg(Unit* u, Op op, uint32_t arg) {
  if (u->dead) return;
  note_line(u);
  switch (kOpFormat[static_cast<int>(op)]) {
    case OpFormat::U8: {
      if (arg > 0xff) internal_error("U8 operand out of range");
      uint8_t* p = reserve(u, 2);
      p[0] = static_cast<uint8_t>(op);
      p[1] = static_cast<uint8_t>(arg);
      break;
    }
    case OpFormat::U16: {
      if (arg > 0xffff) {
        uint8_t* p = reserve(u, 3);
        p[0] = static_cast<uint8_t>(Op::EXTENDED_ARG);
        put16(p + 1, arg >> 16);
      }
      uint8_t* p = reserve(u, 3);
      p[0] = static_cast<uint8_t>(op);
      put16(p + 1, arg & 0xffff);
      break;
    }
    case OpFormat::I16: {
      uint8_t* p = reserve(u, 3);
      p[0] = static_cast<uint8_t>(op);
      put16(p + 1, arg & 0xffff);
      break;
    }
    default: internal_error("bad operand format");
  }
  account(u, op, arg);
}

void emit_nc(Unit* u, Op op, uint32_t name) {
  if (u->dead) return;
  if (kOpFormat[static_cast<int>(op)] != OpFormat::NC) internal_error("NC expected");
  if (u->n_caches >= 0xffff) too_big("attribute and global lookups");
  note_line(u);
  if (name > 0xffff) {
    uint8_t* p = reserve(u, 3);
    p[0] = static_cast<uint8_t>(Op::EXTENDED_ARG);
    put16(p + 1, name >> 16);
  }
  uint8_t* p = reserve(u, 5);
  p[0] = static_cast<uint8_t>(op);
  put16(p + 1, name & 0xffff);
  put16(p + 3, u->n_caches++);
  account(u, op, name);
}

// --- Labels ------------------------------------------------------------------

Label new_label(Unit* u) {
  u->labels = grow(u->labels, &u->cap_labels, u->n_labels + 1, 8, gc::kNoScan);
  LabelInfo& l = u->labels[u->n_labels];
  l.pos = -1;
  l.chain = -1;
  l.depth = -1;
  return u->n_labels++;
}

// Records the stack depth control arrives with at label l.
static void label_depth(Unit* u, Label l, int32_t depth) {
  LabelInfo& li = u->labels[l];
  if (li.depth < 0) {
    li.depth = depth;
    if (depth > u->max_depth) u->max_depth = depth;
  } else if (li.depth != depth) {
    internal_error("inconsistent stack depth at a jump target");
  }
}

void emit_jump(Unit* u, Op op, Label target) {
  if (u->dead) return;
  if (kOpFormat[static_cast<int>(op)] != OpFormat::J) internal_error("jump expected");
  note_line(u);
  LabelInfo* li = &u->labels[target];
  if (li->pos >= 0 && li->depth < 0) internal_error("jump to unreachable code");
  label_depth(u, target, u->depth + stack_effect(op, 0, true));
  uint8_t* p = reserve(u, 4);
  li = &u->labels[target];
  p[0] = static_cast<uint8_t>(op);
  if (li->pos >= 0) {
    put24(p + 1, static_cast<uint32_t>(li->pos));
  } else {
    put24(p + 1, li->chain < 0 ? 0xffffffu : static_cast<uint32_t>(li->chain));
    li->chain = static_cast<int32_t>(u->n_code - 3);
  }
  account(u, op, 0);
}

void bind_label(Unit* u, Label l) {
  LabelInfo& li = u->labels[l];
  if (li.pos >= 0) internal_error("label bound twice");
  li.pos = static_cast<int32_t>(u->n_code);
  for (int32_t at = li.chain; at >= 0;) {
    uint32_t next = get24(u->code + at);
    put24(u->code + at, static_cast<uint32_t>(li.pos));
    at = next == 0xffffffu ? -1 : static_cast<int32_t>(next);
  }
  li.chain = -1;
  if (li.depth >= 0) {
    // Something jumps here (or it is a handler): the code after is live.
    if (u->dead) {
      u->dead = false;
      u->depth = li.depth;
    } else if (u->depth != li.depth) {
      internal_error("inconsistent stack depth at a label");
    }
  } else if (!u->dead) {
    li.depth = u->depth;
  }
}

// --- Constants and names --------------------------------------------------------

static bool same_const(Value a, Value b) {
  if (a == b) return true;
  if (!a.is_obj() || !b.is_obj() || a.obj()->type != &str_type || b.obj()->type != &str_type) return false;
  const Str* x = a.as<Str>();
  const Str* y = b.as<Str>();
  return x->len == y->len && memcmp(x->data(), y->data(), x->len) == 0;
}

uint32_t add_const(Unit* u, Value v) {
  for (uint32_t i = 0; i < u->n_consts; i++)
    if (same_const(u->consts[i], v)) return i;
  if (u->n_consts >= 0xffff) too_big("constants");
  u->consts = grow(u->consts, &u->cap_consts, u->n_consts + 1, 4, 0);
  u->consts[u->n_consts] = v;
  return u->n_consts++;
}

uint32_t add_name(Unit* u, const Str* name) {
  for (uint32_t i = 0; i < u->n_names; i++)
    if (u->names[i] == name) return i;
  if (u->n_names >= 0xffff) too_big("names");
  u->names = grow(u->names, &u->cap_names, u->n_names + 1, 4, 0);
  u->names[u->n_names] = name;
  return u->n_names++;
}

void emit_const(Unit* u, Value v) {
  if (u->dead) return;
  emit_arg(u, Op::LOAD_CONST, add_const(u, v));
}

void emit_int(Unit* u, intptr_t v) {
  if (v >= -32768 && v <= 32767) {
    emit_arg(u, Op::LOAD_SMALL_INT, static_cast<uint32_t>(v) & 0xffff);
  } else if (!u->dead) {
    emit_const(u, int_from(v));
  }
}

// --- Exception table ---------------------------------------------------------

static void close_range(Unit* u) {
  if (u->h_label < 0 || u->n_code <= u->h_start) return;
  label_depth(u, static_cast<Label>(u->h_label), u->h_depth + 1);
  if (u->n_exc > u->n_exc_resolved) {
    ExcEntry& last = u->exc[u->n_exc - 1];
    if (last.end == u->h_start && last.handler == static_cast<uint32_t>(u->h_label) &&
        last.depth == u->h_depth) {
      last.end = u->n_code;
      return;
    }
  }
  if (u->n_exc >= 0xffff) too_big("exception handlers");
  u->exc = grow(u->exc, &u->cap_exc, u->n_exc + 1, 2, gc::kNoScan);
  ExcEntry& e = u->exc[u->n_exc++];
  e.start = u->h_start;
  e.end = u->n_code;
  e.handler = static_cast<uint32_t>(u->h_label);
  e.depth = static_cast<uint16_t>(u->h_depth);
  e.pad = 0;
}

void set_handler(Unit* u, int32_t handler, int32_t depth) {
  if (handler == u->h_label && (handler < 0 || depth == u->h_depth)) return;
  close_range(u);
  u->h_label = handler;
  u->h_depth = depth;
  u->h_start = u->n_code;
}

void unit_resolve_exc(Unit* u) {
  for (uint32_t i = u->n_exc_resolved; i < u->n_exc; i++) {
    int32_t pos = u->labels[u->exc[i].handler].pos;
    if (pos < 0) internal_error("unbound exception handler");
    u->exc[i].handler = static_cast<uint32_t>(pos);
  }
  u->n_exc_resolved = u->n_exc;
}

void unit_reset_labels(Unit* u) {
  for (uint32_t i = 0; i < u->n_labels; i++)
    if (u->labels[i].chain >= 0) internal_error("unbound label");
  u->n_labels = 0;
}

// --- Assembly ------------------------------------------------------------------

template <class T>
static T* shrink(T* p, uint32_t n) {
  if (!p) return nullptr;
  if (n == 0) {
    gc::free(p);
    return nullptr;
  }
  return static_cast<T*>(gc::realloc(p, n * sizeof(T)));
}

Code* unit_assemble(Unit* u) {
  set_handler(u, -1, 0);
  unit_resolve_exc(u);
  if (u->max_depth > 0xffff) too_big("stack items");
  u->code = shrink(u->code, u->n_code);
  u->consts = shrink(u->consts, u->n_consts);
  u->names = shrink(u->names, u->n_names);
  u->exc = shrink(u->exc, u->n_exc);
  u->lines = shrink(u->lines, u->n_lines);
  Code* c = static_cast<Code*>(gc::alloc(sizeof(Code)));
  c->type = &code_type;
  c->bytecode = u->code;
  c->consts = u->consts;
  c->names = u->names;
  c->exc_table = u->exc;
  c->line_table = u->lines;
  c->n_bytecode = u->n_code;
  c->n_line_table = u->n_lines;
  c->first_line = u->first_line;
  c->n_consts = static_cast<uint16_t>(u->n_consts);
  c->n_names = static_cast<uint16_t>(u->n_names);
  c->n_exc = static_cast<uint16_t>(u->n_exc);
  c->stack_size = static_cast<uint16_t>(u->max_depth);
  c->n_caches = static_cast<uint16_t>(u->n_caches);
  // The Code owns these now.
  u->code = nullptr;
  u->consts = nullptr;
  u->names = nullptr;
  u->exc = nullptr;
  u->lines = nullptr;
  return c;
}

}  // namespace minnow::compiler
