// The compiler driver (see compile/compiler.h): the AST arena, error
// reporting, and the module / REPL / eval entry point.
#include "compile/compiler.h"

#include <cstring>
#include <new>

#include "compile/codegen.h"
#include "config.h"
#include "gc/heap.h"
#include "lex/msgbuf.h"
#include "parse/parser.h"
#include "port/port.h"

namespace minnow {
namespace compiler {


// --- The arena ---------------------------------------------------------------------

// Chunk payload sizes: small boards get small chunks so little is wasted;
// a big tree gets bigger chunks (fewer, cheaper allocations).
static constexpr size_t kChunk = cfg::level >= MINNOW_LEVEL_FULL ? 2048 : 256;
static constexpr size_t kChunkMax = cfg::level >= MINNOW_LEVEL_FULL ? 256 * 1024 : 1024;
static constexpr size_t kChunkHeader = 8;  // the link, padded to keep 8-byte alignment

static void* arena_alloc(Arena* self, size_t n) {
  GcArena* a = static_cast<GcArena*>(self);
  n = (n + 7) & ~static_cast<size_t>(7);
  if (n <= a->left) {
    void* p = a->cur;
    a->cur += n;
    a->left -= n;
    return p;
  }
  if (n > a->next_size / 4 && a->chunk) {
    // A big request gets a chunk of its own, linked behind the current one
    // so that the current chunk's free space is still used.
    void* ch = gc::alloc(kChunkHeader + n);
    *static_cast<void**>(ch) = *static_cast<void**>(a->chunk);
    *static_cast<void**>(a->chunk) = ch;
    return static_cast<char*>(ch) + kChunkHeader;
  }
  size_t size = n > a->next_size ? n : a->next_size;
  // When a fragmented heap has no room for a whole chunk, just what is asked
  // for will do, now and for the rest of this tree (an 8 KB heap may lack
  // 1 KB in one piece while it has kilobytes free). Not trying big chunks
  // again keeps a nearly full heap from collecting at every node.
  void* ch = a->tight ? nullptr : gc::try_alloc(kChunkHeader + size);
  if (!ch) {
    a->tight = true;
    size = n;
    ch = gc::alloc(kChunkHeader + size);
  }
  if (a->next_size < kChunkMax) a->next_size *= 2;
  *static_cast<void**>(ch) = a->chunk;
  a->chunk = ch;
  a->cur = static_cast<char*>(ch) + kChunkHeader + n;
  a->left = size - n;
  return static_cast<char*>(ch) + kChunkHeader;
}

void arena_init(GcArena* a) {
  a->alloc = arena_alloc;
  a->chunk = nullptr;
  a->cur = nullptr;
  a->left = 0;
  a->next_size = kChunk;
  a->tight = false;
}

void arena_reset(GcArena* a) {
  void* ch = a->chunk;
  a->chunk = nullptr;
  a->cur = nullptr;
  a->left = 0;
  a->next_size = kChunk;
  a->tight = false;
  while (ch) {
    void* prev = *static_cast<void**>(ch);
    gc::free(ch);
    ch = prev;
  }
}

// --- Errors --------------------------------------------------------------------------

[[noreturn]] static void raise_syntax(Compiler* c, const Type* type, const char* msg, uint32_t line,
                                      uint32_t col) {
  const char* text = nullptr;
  size_t text_len = 0;
  uint32_t col1 = col + 1;
  if (line > 0 && c->src) {
    const char* p = c->src;
    const char* end = c->src + c->src_len;
    for (uint32_t ln = 1; ln < line && p < end; p++)
      if (*p == '\n') ln++;
    const char* e = p;
    while (e < end && *e != '\n') e++;
    text = p;
    text_len = static_cast<size_t>(e - p) + (e < end ? 1 : 0);
    size_t bytes = col < static_cast<size_t>(e - p) ? col : static_cast<size_t>(e - p);
    col1 = static_cast<uint32_t>(utf8_count(p, bytes)) + 1 + (col > bytes ? col - bytes : 0);
  }
  raise(syntax_error_new(type, msg, c->filename, line, col1, text, text_len));
}

void syntax_error_at(Compiler* c, uint32_t line, uint32_t col, const char* msg) {
  raise_syntax(c, &exc::SyntaxError, MsgText(msg).text, line, col);
}

void syntax_error_name(Compiler* c, uint32_t line, uint32_t col, const char* pre, const char* name,
                       size_t len, const char* post) {
  MsgBuf m;
  m.add(pre);
  if (post) {
    m.add_char('\'').add(name, len).add_char('\'').add(post);
  } else {
    m.add(name, len);
  }
  raise_syntax(c, &exc::SyntaxError, m.c_str(), line, col);
}

static void parse_error(void* ctx, ErrorKind kind, const char* msg, uint32_t line, uint32_t col) {
  Compiler* c = static_cast<Compiler*>(ctx);
  switch (kind) {
    case ErrorKind::MemoryError: raise_memory_error();
    case ErrorKind::RecursionError: raise_msg(&exc::RecursionError, msg);
    case ErrorKind::IndentationError: raise_syntax(c, &exc::IndentationError, msg, line, col);
    case ErrorKind::TabError: raise_syntax(c, &exc::TabError, msg, line, col);
    default: raise_syntax(c, &exc::SyntaxError, msg, line, col);
  }
}

// --- Top level ---------------------------------------------------------------------------

static bool is_docstring(Node* s) {
  return s->is<Expr>() && s->as<Expr>()->value->is<Constant>() &&
         s->as<Expr>()->value->as<Constant>()->value_kind == ConstKind::Str;
}

static bool is_future(Node* s) {
  if (!s->is<ImportFrom>()) return false;
  ImportFrom* im = s->as<ImportFrom>();
  return im->level == 0 && im->module.s && im->module.eq("__future__");
}

// One top-level statement: its own scope analysis, then code into the
// module unit. `first` tells whether a docstring may still come.
static void compile_toplevel(Compiler* c, Node* s, bool first) {
  Scope* mod = scope_new_module(c);
  c->module_scope = mod;
  c->u->scope = mod;
  scope_collect_stmt(c, mod, s);
  scope_resolve(c, mod);
  if (!is_future(s) && !(first && is_docstring(s))) c->future_ok = false;
  compile_stmt(c, s);
  unit_resolve_exc(c->u);
  unit_reset_labels(c->u);
  c->u->scope = nullptr;
  c->module_scope = nullptr;
}

static Code* finish_module(Compiler* c) {
  Unit* u = c->u;
  Code* code = unit_assemble(u);
  code->name = QSTR(module_);
  code->qualname = QSTR(module_);
  code->filename = c->filename;
  code->flags = kCodeModule;
  c->u = nullptr;
  unit_free(u);
  return code;
}

}  // namespace compiler

using namespace compiler;

Code* compile(const char* src, size_t len, const Str* filename, CompileMode mode, int opt_level) {
  Compiler c;
  memset(static_cast<void*>(&c), 0, sizeof c);
  c.src = src;
  c.src_len = len;
  c.filename = filename ? filename : QSTR(string_);
  c.opt_level = opt_level;
  c.interactive = mode == CompileMode::Single;
  c.future_ok = true;
  arena_init(&c.arena);

  ParseConfig pc;
  pc.arena = &c.arena;
  pc.error = parse_error;
  pc.error_ctx = &c;
  pc.max_depth = cfg::level >= MINNOW_LEVEL_FULL ? 1000 : 40;
  // RecursionError before the C stack runs out (a small board's stack
  // holds only a few nested brackets); 1.5 KB stay for the frames between
  // the parser's checks and its error path.
  if (port::stack_top()) pc.stack_limit = port::stack_top() - port::stack_size() + 1536;

  c.u = unit_new(nullptr, nullptr, 1);
  Unit* u = c.u;
  if (mode == CompileMode::File) {
    // One statement at a time: only its tree is in memory.
    void* storage = gc::alloc(statement_parser_size());
    StatementParser* sp = parse_begin(storage, pc, src, len);
    for (bool first = true;; first = false) {
      Node* s = parse_next_statement(sp);
      if (!s) break;
      compile_toplevel(&c, s, first);
      arena_reset(&c.arena);
    }
    gc::free(storage);
    u->line = u->lt_line;
    emit(u, Op::LOAD_NONE);
    emit(u, Op::RETURN_VALUE);
  } else {
    Node* root = parse(pc, src, len, mode == CompileMode::Single ? ParseMode::Single : ParseMode::Eval);
    if (mode == CompileMode::Single) {
      Interactive* in = root->as<Interactive>();
      for (uint32_t i = 0; i < in->body.count; i++) compile_toplevel(&c, in->body[i], i == 0);
      emit(u, Op::LOAD_NONE);
      emit(u, Op::RETURN_VALUE);
    } else {
      Node* body = root->as<Expression>()->body;
      Scope* mod = scope_new_module(&c);
      u->scope = mod;
      scope_collect_expr(&c, mod, body);
      scope_resolve(&c, mod);
      u->line = body->line;
      compile_expr(&c, body);
      emit(u, Op::RETURN_VALUE);
      u->scope = nullptr;
    }
    arena_reset(&c.arena);
  }
  return finish_module(&c);
}

}  // namespace minnow
