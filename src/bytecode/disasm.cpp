// The disassembler (see bytecode/disasm.h).
#include "bytecode/disasm.h"

#include <cstring>

#include "bytecode/linetable.h"
#include "bytecode/opcodes.h"
#include "vm/runtime.h"

namespace minnow {

namespace {

void put(Printer* p, const char* s) { print_cstr(p, s); }

void put_int(Printer* p, intptr v) { print_int(p, v); }

// v right-aligned in a field of `width` characters.
void put_int_padded(Printer* p, intptr v, int width) {
  char buf[24];
  int n = 0;
  uintptr m = v < 0 ? 0 - static_cast<uintptr>(v) : static_cast<uintptr>(v);
  do {
    buf[n++] = static_cast<char>('0' + m % 10);
    m /= 10;
  } while (m);
  if (v < 0) buf[n++] = '-';
  for (int i = n; i < width; i++) put(p, " ");
  while (n) print_bytes(p, &buf[--n], 1);
}

void put_padded(Printer* p, const char* s, int width) {
  put(p, s);
  for (int i = static_cast<int>(strlen(s)); i < width; i++) put(p, " ");
}

void put_str(Printer* p, const Str* s) {
  if (s)
    print_bytes(p, s->data(), s->len);
  else
    put(p, "?");
}

bool is_code(Value v) { return v.is_obj() && v.obj()->type == &code_type; }

const char* binop_text(uint32_t op) {
  static const char* const names[] = {
      "+",   "-",   "*",   "@",   "/",    "//",   "%",   "**",  "<<", ">>", "&",  "|",  "^",
      "+=",  "-=",  "*=",  "@=",  "/=",   "//=",  "%=",  "**=", "<<=", ">>=", "&=", "|=", "^=",
      "<",   "<=",  "==",  "!=",  ">",    ">=",   "in",  "divmod"};
  return op < sizeof names / sizeof names[0] ? names[op] : "?";
}

void put_const(Printer* p, Value v) {
  if (is_code(v)) {
    const Code* c = v.as<Code>();
    put(p, "<code ");
    put_str(p, c->name);
    put(p, " line ");
    put_int(p, c->first_line);
    put(p, ">");
  } else {
    print_value(p, v, true);
  }
}

void put_flags(Printer* p, uint16_t f) {
  static const char* const names[] = {"varargs", "varkw", "generator", "coroutine",
                                      "async_generator", "class_body", "module", "newlocals"};
  bool any = false;
  for (int i = 0; i < 8; i++) {
    if (!(f & (1 << i))) continue;
    if (any) put(p, " ");
    put(p, names[i]);
    any = true;
  }
  if (!any) put(p, "none");
}

uint32_t get16(const uint8_t* b) { return b[0] | (b[1] << 8); }

void listing(Printer* p, const Code* c) {
  put(p, "code ");
  put_str(p, c->name);
  if (c->qualname && c->qualname != c->name) {
    put(p, " (qualname ");
    put_str(p, c->qualname);
    put(p, ")");
  }
  put(p, " file \"");
  put_str(p, c->filename);
  put(p, "\" line ");
  put_int(p, c->first_line);
  put(p, "\n  flags ");
  put_flags(p, c->flags);
  put(p, "; params ");
  put_int(p, code_n_params(c));
  put(p, " (posonly ");
  put_int(p, c->n_posonly);
  put(p, ", kwonly ");
  put_int(p, c->n_kwonly);
  put(p, "); locals ");
  put_int(p, c->n_locals);
  put(p, " (cells ");
  put_int(p, c->n_cells);
  put(p, ", free ");
  put_int(p, c->n_free);
  put(p, "); stack ");
  put_int(p, c->stack_size);
  put(p, "; caches ");
  put_int(p, c->n_caches);
  put(p, "\n");
  if (c->n_cells) {
    put(p, "  cells:");
    for (uint32_t i = 0; i < c->n_cells; i++) {
      put(p, " ");
      put_int(p, c->cell_slots[i]);
    }
    put(p, "\n");
  }

  // Walk the line table alongside the code.
  const uint8_t* lt = c->line_table;
  const uint8_t* lt_end = lt + c->n_line_table;
  uint32_t lt_addr = 0, lt_da = 0;
  int64_t line = c->first_line;
  int32_t lt_dl = 0;
  bool have_pair = linetable_decode(&lt, lt_end, &lt_da, &lt_dl);
  int64_t shown = -1;

  uint32_t ext = 0;
  for (uint32_t off = 0; off < c->n_bytecode;) {
    while (have_pair && off >= lt_addr + lt_da) {
      lt_addr += lt_da;
      line += lt_dl;
      have_pair = linetable_decode(&lt, lt_end, &lt_da, &lt_dl);
    }
    const uint8_t* ins = c->bytecode + off;
    uint8_t opb = ins[0];
    if (opb >= kNumOpcodes) {
      put(p, "  ??? bad opcode\n");
      return;
    }
    Op op = static_cast<Op>(opb);
    OpFormat fmt = kOpFormat[opb];
    uint32_t size = 1 + static_cast<uint32_t>(operand_size(fmt));
    if (off + size > c->n_bytecode) {
      put(p, "  ??? truncated\n");
      return;
    }
    if (line != shown) {
      put_int_padded(p, line, 5);
      shown = line;
    } else {
      put(p, "     ");
    }
    put_int_padded(p, off, 6);
    put(p, " ");
    uint32_t arg = 0, arg2 = 0;
    switch (fmt) {
      case OpFormat::NONE: break;
      case OpFormat::U8: arg = ins[1]; break;
      case OpFormat::U16:
      case OpFormat::I16: arg = get16(ins + 1); break;
      case OpFormat::J: arg = ins[1] | (ins[2] << 8) | (static_cast<uint32_t>(ins[3]) << 16); break;
      case OpFormat::NC:
        arg = get16(ins + 1);
        arg2 = get16(ins + 3);
        break;
    }
    if (fmt == OpFormat::U16 || fmt == OpFormat::NC) arg |= ext << 16;
    if (fmt == OpFormat::NONE) {
      put(p, kOpName[opb]);
    } else {
      put_padded(p, kOpName[opb], 20);
      if (fmt == OpFormat::I16)
        put_int(p, static_cast<int16_t>(arg));
      else
        put_int(p, arg);
    }
    switch (op) {
      case Op::LOAD_CONST:
        put(p, " (");
        if (arg < c->n_consts)
          put_const(p, c->consts[arg]);
        else
          put(p, "?");
        put(p, ")");
        break;
      case Op::LOAD_GLOBAL:
      case Op::STORE_GLOBAL:
      case Op::DELETE_GLOBAL:
      case Op::LOAD_NAME:
      case Op::STORE_NAME:
      case Op::DELETE_NAME:
      case Op::LOAD_ATTR:
      case Op::STORE_ATTR:
      case Op::DELETE_ATTR:
      case Op::LOAD_METHOD:
      case Op::IMPORT_NAME:
      case Op::IMPORT_FROM:
        put(p, " (");
        put_str(p, arg < c->n_names ? c->names[arg] : nullptr);
        put(p, ")");
        break;
      case Op::LOAD_FAST:
      case Op::STORE_FAST:
      case Op::DELETE_FAST:
      case Op::LOAD_DEREF:
      case Op::STORE_DEREF:
      case Op::DELETE_DEREF:
      case Op::LOAD_CLOSURE:
      case Op::LOAD_CLASSDEREF:
        put(p, " (");
        put_str(p, arg < c->n_locals && c->varnames ? c->varnames[arg] : nullptr);
        put(p, ")");
        break;
      case Op::BINARY_OP:
        put(p, " (");
        put(p, binop_text(arg));
        put(p, ")");
        break;
      case Op::CONTAINS_OP: put(p, arg ? " (not in)" : " (in)"); break;
      case Op::IS_OP: put(p, arg ? " (is not)" : " (is)"); break;
      case Op::JUMP:
      case Op::POP_JUMP_IF_FALSE:
      case Op::POP_JUMP_IF_TRUE:
      case Op::JUMP_IF_FALSE_OR_POP:
      case Op::JUMP_IF_TRUE_OR_POP:
      case Op::FOR_ITER: put(p, arg < off ? " (back)" : ""); break;
      case Op::CALL_KW:
      case Op::CALL_METHOD_KW:
        put(p, " (");
        put_int(p, arg & 0xff);
        put(p, " positional, ");
        put_int(p, arg >> 8);
        put(p, " keyword)");
        break;
      case Op::UNPACK_EX:
        put(p, " (");
        put_int(p, arg & 0xff);
        put(p, " before, ");
        put_int(p, arg >> 8);
        put(p, " after)");
        break;
      case Op::FORMAT_VALUE: {
        static const char* const conv[] = {"", "str", "repr", "ascii"};
        put(p, " (");
        put(p, conv[arg & 3]);
        if (arg & 4) put(p, (arg & 3) ? ", with spec" : "with spec");
        put(p, ")");
        break;
      }
      case Op::MAKE_FUNCTION:
        put(p, " (");
        if (arg & 1) put(p, " defaults");
        if (arg & 2) put(p, " kwdefaults");
        if (arg & 8) put(p, " closure");
        put(p, " )");
        break;
      default: break;
    }
    if (fmt == OpFormat::NC) {
      put(p, " [cache ");
      put_int(p, arg2);
      put(p, "]");
    }
    put(p, "\n");
    ext = op == Op::EXTENDED_ARG ? arg : 0;
    off += size;
  }
  if (c->n_exc) {
    put(p, "  exception table:\n");
    for (uint32_t i = 0; i < c->n_exc; i++) {
      const ExcEntry& e = c->exc_table[i];
      put(p, "    ");
      put_int(p, e.start);
      put(p, " to ");
      put_int(p, e.end);
      put(p, " -> ");
      put_int(p, e.handler);
      put(p, " [depth ");
      put_int(p, e.depth);
      put(p, "]\n");
    }
  }
}

}  // namespace

void disassemble(Printer* p, const Code* code) {
  check_stack();
  listing(p, code);
  for (uint32_t i = 0; i < code->n_consts; i++) {
    Value v = code->consts[i];
    if (!is_code(v)) continue;
    put(p, "\n");
    disassemble(p, v.as<Code>());
  }
}

}  // namespace minnow
