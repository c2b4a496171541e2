// Unit tests for the compiler (src/compile) and its bytecode helpers
// (src/bytecode/disasm, src/bytecode/linetable): compile snippets, then
// check the disassembly, the code objects' layout and the SyntaxErrors.
// Behaviour is covered by the script tests; these pin down the shapes the
// VM relies on (slots, cells, exception table depths, stack sizes).
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "bytecode/code.h"
#include "bytecode/disasm.h"
#include "bytecode/linetable.h"
#include "bytecode/opcodes.h"
#include "compile/compiler.h"
#include "obj/exception.h"
#include "vm/state.h"

namespace minnow::port {
extern char* g_stack_top;
}

using namespace minnow;

namespace {

alignas(16) char g_heap[64 << 20];

struct StringPrinter : Printer {
  std::string out;
  StringPrinter() {
    write = [](Printer* self, const char* s, size_t n) { static_cast<StringPrinter*>(self)->out.append(s, n); };
  }
};

class CompilerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // The GC scans the C stack up to stack_top: leave room for this frame's
    // callers, which are real stack.
    char here;
    port::g_stack_top = &here + 2048;
    static bool ready = false;
    if (!ready) {
      vm_init(g_heap, sizeof g_heap);
      ready = true;
    }
  }

  // Compiles src; on error returns null and fills err_ ("Type: msg (line,col)").
  const Code* compile_src(const std::string& src, CompileMode mode = CompileMode::File, int opt = 0) {
    NlrBuf nb;
    if (MINNOW_TRY(nb)) {
      const Code* c = compile(src.data(), src.size(), QSTR(string_), mode, opt);
      nlr_pop();
      err_.clear();
      return c;
    }
    Value e = nb.exc;
    err_ = type_name(e);
    if (exc_matches(e, &exc::SyntaxError)) {
      Value msg = getattr(e, QSTR(msg)), line = getattr(e, QSTR(lineno)), col = getattr(e, QSTR(offset));
      err_ += ": ";
      err_ += as_str(msg)->data();
      err_ += " (" + std::to_string(line.small()) + "," + std::to_string(col.small()) + ")";
    }
    return nullptr;
  }

  std::string dis(const std::string& src, CompileMode mode = CompileMode::File, int opt = 0) {
    const Code* c = compile_src(src, mode, opt);
    if (!c) return "ERROR " + err_;
    StringPrinter p;
    disassemble(&p, c);
    return p.out;
  }

  std::string error(const std::string& src) {
    const Code* c = compile_src(src);
    return c ? "ok" : err_;
  }

  // The first nested code object named `name`, searched depth-first.
  static const Code* find_code(const Code* c, const char* name) {
    if (c->name && strcmp(c->name->data(), name) == 0) return c;
    for (uint32_t i = 0; i < c->n_consts; i++) {
      Value v = c->consts[i];
      if (v.is_obj() && v.obj()->type == &code_type)
        if (const Code* r = find_code(v.as<Code>(), name)) return r;
    }
    return nullptr;
  }

  static std::string varnames(const Code* c) {
    std::string s;
    for (uint32_t i = 0; i < c->n_locals; i++) {
      if (i) s += ",";
      s += c->varnames[i]->data();
    }
    return s;
  }

  // The opcode names of c's instructions, space-separated.
  static std::string ops(const Code* c) {
    std::string s;
    for (uint32_t off = 0; off < c->n_bytecode;) {
      uint8_t op = c->bytecode[off];
      if (!s.empty()) s += " ";
      s += kOpName[op];
      off += 1 + operand_size(kOpFormat[op]);
    }
    return s;
  }

  std::string err_;
};

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// --- Line table ------------------------------------------------------------------

TEST(LineTable, RoundTrip) {
  const struct {
    uint32_t da;
    int32_t dl;
  } pairs[] = {{0, 0}, {15, 7}, {3, 1}, {63, 0}, {64, 0}, {16, 1}, {2, -1}, {100000, -70000}, {0, 123456}};
  uint8_t buf[200];
  size_t n = 0;
  for (auto& p : pairs) n += linetable_encode(buf + n, p.da, p.dl);
  const uint8_t* q = buf;
  for (auto& p : pairs) {
    uint32_t da;
    int32_t dl;
    ASSERT_TRUE(linetable_decode(&q, buf + n, &da, &dl));
    EXPECT_EQ(da, p.da);
    EXPECT_EQ(dl, p.dl);
  }
  EXPECT_EQ(q, buf + n);
  // The common case costs one byte.
  EXPECT_EQ(linetable_encode(buf, 9, 1), 1u);
}

TEST_F(CompilerTest, CodeLine) {
  const Code* c = compile_src("a = 1\nb = 2\n\n\nc = 3\n");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(code_line(c, 0), 1u);
  // The last instructions (the implicit return) belong to the last line.
  EXPECT_EQ(code_line(c, c->n_bytecode - 1), 5u);
  EXPECT_LE(c->n_line_table, 4u);
}

// --- Basic shapes -------------------------------------------------------------------

TEST_F(CompilerTest, ModuleBasics) {
  const Code* c = compile_src("x = 1\nprint(x + 70000)\n");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->flags, kCodeModule);
  EXPECT_EQ(ops(c),
            "LOAD_SMALL_INT STORE_NAME LOAD_NAME LOAD_NAME LOAD_CONST BINARY_OP CALL POP_TOP LOAD_NONE "
            "RETURN_VALUE");
  EXPECT_EQ(c->stack_size, 3);
}

TEST_F(CompilerTest, ConstantFolding) {
  const Code* c = compile_src("a = -5\nb = 2 * 3 + 1\nc = -(1.5)\nd = (1, (2, -3), 'x')\ne = 1 + 1 + x\n");
  ASSERT_NE(c, nullptr);
  std::string o = ops(c);
  EXPECT_EQ(o.find("UNARY_NEG"), std::string::npos);
  EXPECT_EQ(o.find("BUILD_TUPLE"), std::string::npos);
  std::string d = dis("b = 2 * 3 + 1\n");
  EXPECT_TRUE(contains(d, "LOAD_SMALL_INT      7"));
  // 1 + 1 + x folds the constant prefix only.
  d = dis("e = 1 + 1 + x\n");
  EXPECT_TRUE(contains(d, "LOAD_SMALL_INT      2"));
  // Division by zero is left to run time.
  d = dis("z = 1 // 0\n");
  EXPECT_TRUE(contains(d, "BINARY_OP           5 (//)"));
}

TEST_F(CompilerTest, DebugAndAssert) {
  EXPECT_TRUE(contains(dis("assert x, 'm'\n"), "LOAD_ASSERTION_ERROR"));
  EXPECT_FALSE(contains(dis("assert x, 'm'\n", CompileMode::File, 1), "LOAD_ASSERTION_ERROR"));
  EXPECT_TRUE(contains(dis("y = __debug__\n"), "LOAD_TRUE"));
  EXPECT_TRUE(contains(dis("y = __debug__\n", CompileMode::File, 1), "LOAD_FALSE"));
  // `if __debug__:` disappears at -O.
  EXPECT_FALSE(contains(dis("if __debug__:\n  f()\n", CompileMode::File, 1), "CALL"));
}

TEST_F(CompilerTest, DeadCodeIsDropped) {
  const Code* c = compile_src("def f():\n  return 1\n  g()\n  while x: pass\n");
  ASSERT_NE(c, nullptr);
  const Code* f = find_code(c, "f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(ops(f), "LOAD_SMALL_INT RETURN_VALUE");
  // while True has no test and nothing after it is reachable.
  f = find_code(compile_src("def f():\n  while True:\n    g()\n  h()\n"), "f");
  EXPECT_EQ(ops(f), "LOAD_GLOBAL CALL POP_TOP JUMP");
}

TEST_F(CompilerTest, EvalAndSingle) {
  const Code* c = compile_src("1 + x", CompileMode::Eval);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(ops(c), "LOAD_SMALL_INT LOAD_NAME BINARY_OP RETURN_VALUE");
  c = compile_src("x\nfor i in y: i\n", CompileMode::Single);
  EXPECT_EQ(c, nullptr);  // two statements
  c = compile_src("for i in y: i\n", CompileMode::Single);
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(contains(ops(c), "PRINT_EXPR"));
  // Inside a function nothing is printed.
  c = compile_src("def f(): x\n", CompileMode::Single);
  EXPECT_FALSE(contains(ops(find_code(c, "f")), "PRINT_EXPR"));
}

// --- Scopes ------------------------------------------------------------------------------

TEST_F(CompilerTest, FunctionSlots) {
  const Code* c = compile_src(
      "def f(a, b, /, c, *args, d, e=1, **kw):\n"
      "  x = 1\n"
      "  def g():\n"
      "    return x + a\n"
      "  return g\n");
  const Code* f = find_code(c, "f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(varnames(f), "a,b,c,d,e,args,kw,x,g");
  EXPECT_EQ(f->n_posonly, 2);
  EXPECT_EQ(f->n_pos, 3);
  EXPECT_EQ(f->n_kwonly, 2);
  EXPECT_EQ(f->flags, kCodeNewLocals | kCodeVarArgs | kCodeVarKw);
  // a (a parameter) and x are cells.
  ASSERT_EQ(f->n_cells, 2);
  EXPECT_EQ(f->cell_slots[0], 0);
  EXPECT_EQ(f->cell_slots[1], 7);
  const Code* g = find_code(c, "g");
  EXPECT_EQ(g->n_free, 2);
  EXPECT_EQ(g->n_locals, 2);
  EXPECT_EQ(std::string(g->qualname->data()), "f.<locals>.g");
  EXPECT_EQ(ops(g), "LOAD_DEREF LOAD_DEREF BINARY_OP RETURN_VALUE");
}

TEST_F(CompilerTest, GlobalAndNonlocal) {
  const Code* c = compile_src(
      "def f():\n"
      "  global G\n"
      "  G = 1\n"
      "  n = 0\n"
      "  def inc():\n"
      "    nonlocal n\n"
      "    n += 1\n"
      "  return len\n");
  const Code* f = find_code(c, "f");
  EXPECT_TRUE(contains(ops(f), "STORE_GLOBAL"));
  EXPECT_TRUE(contains(ops(f), "LOAD_GLOBAL"));
  const Code* inc = find_code(c, "inc");
  EXPECT_EQ(ops(inc), "LOAD_DEREF LOAD_SMALL_INT BINARY_OP STORE_DEREF LOAD_NONE RETURN_VALUE");
}

TEST_F(CompilerTest, ClassScopes) {
  const Code* c = compile_src(
      "def outer():\n"
      "  v = 1\n"
      "  class C:\n"
      "    a = v\n"
      "    w = 2\n"
      "    def m(self):\n"
      "      return v\n"
      "  class D:\n"
      "    v = 2\n"
      "    b = v\n"
      "    def n(self):\n"
      "      return v\n"
      "  return C\n");
  const Code* cls = find_code(c, "C");
  ASSERT_NE(cls, nullptr);
  EXPECT_EQ(cls->flags, kCodeClassBody);
  StringPrinter p;
  disassemble(&p, cls);
  // A free name is read from the class dict, then the cell.
  EXPECT_TRUE(contains(p.out, "LOAD_CLASSDEREF     0 (v)"));
  EXPECT_TRUE(contains(p.out, "LOAD_NAME           0 (__name__)"));
  EXPECT_TRUE(contains(p.out, "STORE_NAME          2 (__qualname__)"));
  // A name the class binds is a dict name there (as in CPython), but the
  // method still sees outer's v, passed through the class's free slot.
  const Code* d = find_code(c, "D");
  EXPECT_EQ(d->n_free, 1);
  EXPECT_EQ(ops(d),
            "LOAD_NAME STORE_NAME LOAD_CONST STORE_NAME LOAD_SMALL_INT STORE_NAME LOAD_NAME STORE_NAME "
            "LOAD_CLOSURE BUILD_TUPLE LOAD_CONST MAKE_FUNCTION STORE_NAME LOAD_NONE RETURN_VALUE");
  EXPECT_EQ(ops(find_code(c, "m")), "LOAD_DEREF RETURN_VALUE");
  EXPECT_EQ(ops(find_code(c, "n")), "LOAD_DEREF RETURN_VALUE");
  EXPECT_EQ(std::string(find_code(c, "m")->qualname->data()), "outer.<locals>.C.m");
}

TEST_F(CompilerTest, ClassCellAndSuper) {
  const Code* c = compile_src(
      "class C(B):\n"
      "  def m(self):\n"
      "    return super().m()\n"
      "  def n(self):\n"
      "    return 1\n");
  const Code* cls = find_code(c, "C");
  ASSERT_EQ(cls->n_cells, 1);
  EXPECT_EQ(std::string(cls->varnames[cls->cell_slots[0]]->data()), "__class__");
  std::string o = ops(cls);
  EXPECT_EQ(o.substr(o.size() - 25), "LOAD_CLOSURE RETURN_VALUE");
  const Code* m = find_code(c, "m");
  EXPECT_EQ(m->n_free, 1);
  EXPECT_EQ(ops(m), "LOAD_GLOBAL LOAD_DEREF LOAD_FAST CALL LOAD_METHOD CALL_METHOD RETURN_VALUE");
  EXPECT_EQ(find_code(c, "n")->n_free, 0);
  // Without a method using it, no cell.
  cls = find_code(compile_src("class D:\n  def f(self): pass\n"), "D");
  EXPECT_EQ(cls->n_cells, 0);
  EXPECT_EQ(ops(cls).substr(ops(cls).size() - 22), "LOAD_NONE RETURN_VALUE");
}

TEST_F(CompilerTest, PrivateNames) {
  const Code* c = compile_src("class K:\n  def f(self, __p):\n    return self.__x + __p\n");
  const Code* f = find_code(c, "f");
  EXPECT_EQ(varnames(f), "self,_K__p");
  EXPECT_EQ(std::string(f->names[0]->data()), "_K__x");
}

TEST_F(CompilerTest, Comprehensions) {
  const Code* c = compile_src("def f(y):\n  return [x * y for x in range(3) if x]\n");
  const Code* lc = find_code(c, "<listcomp>");
  ASSERT_NE(lc, nullptr);
  EXPECT_EQ(varnames(lc), ".0,x,y");
  EXPECT_EQ(lc->n_pos, 1);
  EXPECT_EQ(ops(lc),
            "BUILD_LIST LOAD_FAST FOR_ITER STORE_FAST LOAD_FAST POP_JUMP_IF_FALSE LOAD_FAST LOAD_DEREF "
            "BINARY_OP LIST_APPEND JUMP RETURN_VALUE");
  EXPECT_TRUE(contains(ops(find_code(c, "f")), "GET_ITER LOAD_CLOSURE BUILD_TUPLE LOAD_CONST MAKE_FUNCTION SWAP CALL"));
  const Code* ge = find_code(compile_src("g = (x for x in y)\n"), "<genexpr>");
  EXPECT_EQ(ge->flags, kCodeNewLocals | kCodeGenerator);
  // Walrus binds in the enclosing function.
  c = compile_src("def f():\n  [last := v for v in range(3)]\n  return last\n");
  EXPECT_EQ(ops(find_code(c, "<listcomp>")),
            "BUILD_LIST LOAD_FAST FOR_ITER STORE_FAST LOAD_FAST COPY STORE_DEREF LIST_APPEND JUMP RETURN_VALUE");
}

TEST_F(CompilerTest, AsyncFlags) {
  const Code* c = compile_src(
      "async def a():\n  await x\n"
      "async def b():\n  yield 1\n"
      "def gen():\n  yield 1\n"
      "async def d():\n  return [await v for v in w]\n");
  EXPECT_EQ(find_code(c, "a")->flags, kCodeNewLocals | kCodeCoroutine);
  EXPECT_EQ(find_code(c, "b")->flags, kCodeNewLocals | kCodeAsyncGen);
  EXPECT_EQ(find_code(c, "gen")->flags, kCodeNewLocals | kCodeGenerator);
  EXPECT_EQ(find_code(c, "<listcomp>")->flags, kCodeNewLocals | kCodeCoroutine);
  std::string o = ops(find_code(c, "d"));
  EXPECT_TRUE(contains(o, "CALL GET_AWAITABLE LOAD_NONE YIELD_FROM RETURN_VALUE"));
}

// --- Calls ------------------------------------------------------------------------------------

TEST_F(CompilerTest, Calls) {
  EXPECT_EQ(ops(compile_src("f(1, k=2)\n")), "LOAD_NAME LOAD_SMALL_INT LOAD_CONST LOAD_SMALL_INT CALL_KW POP_TOP LOAD_NONE RETURN_VALUE");
  EXPECT_TRUE(contains(dis("f(1, k=2)\n"), "CALL_KW             513 (1 positional, 2 keyword)") ||
              contains(dis("f(1, k=2)\n"), "CALL_KW             257 (1 positional, 1 keyword)"));
  EXPECT_TRUE(contains(ops(compile_src("o.m(1)\n")), "LOAD_METHOD LOAD_SMALL_INT CALL_METHOD"));
  EXPECT_TRUE(contains(ops(compile_src("f(*a, 1, **k, z=2)\n")),
                       "BUILD_LIST LOAD_NAME LIST_EXTEND LOAD_SMALL_INT LIST_APPEND LIST_TO_TUPLE BUILD_MAP "
                       "LOAD_NAME DICT_MERGE LOAD_CONST LOAD_SMALL_INT BUILD_MAP DICT_MERGE CALL_EX"));
  // Many arguments go through CALL_EX to keep the stack small.
  std::string many = "f(";
  for (int i = 0; i < 40; i++) many += std::to_string(i) + ",";
  many += ")\n";
  const Code* c = compile_src(many);
  EXPECT_TRUE(contains(ops(c), "CALL_EX"));
  EXPECT_LE(c->stack_size, 33);
}

TEST_F(CompilerTest, Decorators) {
  const Code* c = compile_src("@a\n@b(1)\ndef f(): pass\n");
  EXPECT_EQ(ops(c),
            "LOAD_NAME LOAD_NAME LOAD_SMALL_INT CALL LOAD_CONST MAKE_FUNCTION CALL CALL STORE_NAME LOAD_NONE "
            "RETURN_VALUE");
  EXPECT_EQ(find_code(c, "f")->first_line, 1u);
}

TEST_F(CompilerTest, Defaults) {
  std::string d = dis("def f(a=1, b=(2, 3), *, c=x): pass\n");
  EXPECT_TRUE(contains(d, "LOAD_CONST          0 ((1, (2, 3)))"));
  EXPECT_TRUE(contains(d, "BUILD_MAP           1"));
  EXPECT_TRUE(contains(d, "MAKE_FUNCTION       3 ( defaults kwdefaults )"));
}

TEST_F(CompilerTest, Imports) {
  std::string d = dis("import a.b.c\nimport a.b as d\nfrom .m import x as y, z\nfrom q import *\n");
  EXPECT_TRUE(contains(d, "IMPORT_NAME         0 (a.b.c)"));
  EXPECT_TRUE(contains(d, "STORE_NAME          1 (a)"));
  EXPECT_TRUE(contains(d, "IMPORT_FROM         3 (b)"));
  EXPECT_TRUE(contains(d, "STORE_NAME          4 (d)"));
  EXPECT_TRUE(contains(d, "LOAD_SMALL_INT      1\n"));
  EXPECT_TRUE(contains(d, "LOAD_CONST          0 (('x', 'z'))"));
  EXPECT_TRUE(contains(d, "IMPORT_STAR"));
  EXPECT_EQ(error("from __future__ import annotations\nx = 1\n"), "ok");
}

// --- Exceptions and blocks -----------------------------------------------------------------------

TEST_F(CompilerTest, TryExceptTable) {
  const Code* c = compile_src(
      "def f():\n"
      "  for i in x:\n"
      "    try:\n"
      "      g()\n"
      "    except E as e:\n"
      "      h(e)\n");
  const Code* f = find_code(c, "f");
  ASSERT_NE(f, nullptr);
  ASSERT_GE(f->n_exc, 3);
  // The try body keeps the iterator (depth 1); handlers keep prev exc too.
  EXPECT_EQ(f->exc_table[0].depth, 1);
  for (uint32_t i = 1; i < f->n_exc; i++) EXPECT_EQ(f->exc_table[i].depth, 2);
  for (uint32_t i = 1; i < f->n_exc; i++) EXPECT_GE(f->exc_table[i].start, f->exc_table[i - 1].end);
  std::string o = ops(f);
  EXPECT_TRUE(contains(o, "PUSH_EXC_INFO LOAD_GLOBAL CHECK_EXC_MATCH POP_JUMP_IF_FALSE STORE_FAST"));
  EXPECT_TRUE(contains(o, "POP_EXCEPT LOAD_NONE STORE_FAST DELETE_FAST"));
  EXPECT_TRUE(contains(o, "SWAP POP_EXCEPT RERAISE"));
}

TEST_F(CompilerTest, FinallyIsInlined) {
  const Code* c = compile_src(
      "def f():\n"
      "  while x:\n"
      "    try:\n"
      "      if y: break\n"
      "      return 1\n"
      "    finally:\n"
      "      cleanup()\n");
  const Code* f = find_code(c, "f");
  std::string o = ops(f);
  // One copy after the body is dead (both paths leave), break, return, and the exception path.
  size_t n = 0;
  for (size_t at = o.find("LOAD_GLOBAL CALL POP_TOP"); at != std::string::npos;
       at = o.find("LOAD_GLOBAL CALL POP_TOP", at + 1))
    n++;
  EXPECT_EQ(n, 3u);
}

TEST_F(CompilerTest, WithStatement) {
  const Code* f = find_code(compile_src("def f():\n  with a as b, c:\n    return b\n"), "f");
  std::string o = ops(f);
  EXPECT_TRUE(contains(o, "BEFORE_WITH STORE_FAST"));
  EXPECT_TRUE(contains(o, "LOAD_FAST SWAP LOAD_NONE LOAD_NONE LOAD_NONE CALL POP_TOP SWAP LOAD_NONE"));
  EXPECT_TRUE(contains(o, "PUSH_EXC_INFO WITH_EXCEPT_START POP_JUMP_IF_TRUE RERAISE"));
}

TEST_F(CompilerTest, AsyncFor) {
  const Code* f = find_code(compile_src("async def f():\n  async for v in it:\n    g(v)\n"), "f");
  std::string o = ops(f);
  EXPECT_TRUE(contains(o, "GET_AITER GET_ANEXT GET_AWAITABLE LOAD_NONE YIELD_FROM STORE_FAST"));
  EXPECT_TRUE(contains(o, "END_ASYNC_FOR"));
  ASSERT_EQ(f->n_exc, 1);
  EXPECT_EQ(f->exc_table[0].depth, 1);
}

TEST_F(CompilerTest, AugmentedAssignment) {
  EXPECT_EQ(ops(compile_src("a.b += 1\n")),
            "LOAD_NAME COPY LOAD_ATTR LOAD_SMALL_INT BINARY_OP SWAP STORE_ATTR LOAD_NONE RETURN_VALUE");
  EXPECT_EQ(ops(compile_src("a[i] -= 1\n")),
            "LOAD_NAME LOAD_NAME COPY COPY BINARY_SUBSCR LOAD_SMALL_INT BINARY_OP ROT_THREE STORE_SUBSCR "
            "LOAD_NONE RETURN_VALUE");
  EXPECT_TRUE(contains(dis("x += 1\n"), "BINARY_OP           13 (+=)"));
}

TEST_F(CompilerTest, Unpacking) {
  EXPECT_TRUE(contains(dis("a, *b, c = x\n"), "UNPACK_EX           257 (1 before, 1 after)"));
  EXPECT_EQ(ops(compile_src("a, b = b, a\n")), "LOAD_NAME LOAD_NAME SWAP STORE_NAME STORE_NAME LOAD_NONE RETURN_VALUE");
  EXPECT_EQ(ops(compile_src("a = b = 1\n")), "LOAD_SMALL_INT COPY STORE_NAME STORE_NAME LOAD_NONE RETURN_VALUE");
}

TEST_F(CompilerTest, ChainedCompare) {
  EXPECT_EQ(ops(compile_src("r = a < b < c\n")),
            "LOAD_NAME LOAD_NAME SWAP COPY BINARY_OP JUMP_IF_FALSE_OR_POP LOAD_NAME BINARY_OP JUMP SWAP POP_TOP "
            "STORE_NAME LOAD_NONE RETURN_VALUE");
  EXPECT_TRUE(contains(dis("r = a not in b\n"), "CONTAINS_OP         1 (not in)"));
  EXPECT_TRUE(contains(dis("r = a is not b\n"), "IS_OP               1 (is not)"));
}

TEST_F(CompilerTest, FStrings) {
  EXPECT_EQ(ops(compile_src("s = f'a{x!r:>{w}}b'\n")),
            "LOAD_CONST LOAD_NAME LOAD_CONST LOAD_NAME FORMAT_VALUE BUILD_STRING FORMAT_VALUE LOAD_CONST "
            "BUILD_STRING STORE_NAME LOAD_NONE RETURN_VALUE");
}

// --- MicroPython extensions -----------------------------------------------------------------------

TEST_F(CompilerTest, MicroPythonConst) {
  const char* src =
      "from micropython import const\n"
      "_A = const(4)\n"
      "B = const(_A * 3 + 1)\n"
      "C = const(-(1 << _A))\n"
      "def f(B=B):\n"
      "  return _A + C\n";
  std::string d = dis(src);
  EXPECT_FALSE(contains(d, "(_A)"));  // never stored, never loaded
  EXPECT_TRUE(contains(d, "LOAD_SMALL_INT      13\n"));
  EXPECT_TRUE(contains(d, "STORE_NAME          2 (B)"));
  const Code* f = find_code(compile_src(src), "f");
  EXPECT_EQ(ops(f), "LOAD_SMALL_INT LOAD_SMALL_INT BINARY_OP RETURN_VALUE");
  EXPECT_TRUE(contains(dis(src), "LOAD_SMALL_INT      -16"));
  // A local of the same name is not replaced.
  f = find_code(compile_src("X = const(1)\ndef f(X):\n  return X\n"), "f");
  EXPECT_EQ(ops(f), "LOAD_FAST RETURN_VALUE");
}

TEST_F(CompilerTest, EmitterDecorators) {
  const Code* c = compile_src("import micropython\n@micropython.native\n@micropython.viper\ndef f(a: int) -> int:\n  return a\n");
  EXPECT_EQ(ops(c),
            "LOAD_SMALL_INT LOAD_NONE IMPORT_NAME STORE_NAME LOAD_CONST MAKE_FUNCTION STORE_NAME LOAD_NONE "
            "RETURN_VALUE");
}

// --- Errors ----------------------------------------------------------------------------------------

TEST_F(CompilerTest, SyntaxErrors) {
  EXPECT_EQ(error("return 1"), "SyntaxError: 'return' outside function (1,1)");
  EXPECT_EQ(error("def f():\n  yield 1\n  [(yield) for x in y]\n"),
            "SyntaxError: 'yield' inside list comprehension (3,5)");
  EXPECT_EQ(error("def f():\n await x"), "SyntaxError: 'await' outside async function (2,2)");
  EXPECT_EQ(error("for x in y:\n def f():\n  break"), "SyntaxError: 'break' outside loop (3,3)");
  EXPECT_EQ(error("continue"), "SyntaxError: 'continue' not properly in loop (1,1)");
  EXPECT_EQ(error("nonlocal x"), "SyntaxError: nonlocal declaration not allowed at module level (1,1)");
  EXPECT_EQ(error("def f():\n nonlocal x"), "SyntaxError: no binding for nonlocal 'x' found (2,2)");
  EXPECT_EQ(error("def f():\n print(x)\n global x"),
            "SyntaxError: name 'x' is used prior to global declaration (3,2)");
  EXPECT_EQ(error("def f(x, x): pass"), "SyntaxError: duplicate argument 'x' in function definition (1,10)");
  EXPECT_EQ(error("f(a=1, a=2)"), "SyntaxError: keyword argument repeated: a (1,8)");
  EXPECT_EQ(error("a, *b, *c = x"), "SyntaxError: multiple starred expressions in assignment (1,1)");
  EXPECT_EQ(error("*a = 1"), "SyntaxError: starred assignment target must be in a list or tuple (1,1)");
  EXPECT_EQ(error("x = *a"), "SyntaxError: can't use starred expression here (1,5)");
  EXPECT_EQ(error("async def f():\n yield 1\n return 2"),
            "SyntaxError: 'return' with value in async generator (3,2)");
  EXPECT_EQ(error("class C:\n [y := 1 for x in z]"),
            "SyntaxError: assignment expression within a comprehension cannot be used in a class body (2,3)");
  EXPECT_EQ(error("def f():\n from m import *"), "SyntaxError: import * only allowed at module level (2,16)");
  EXPECT_EQ(error("__debug__ = 1"), "SyntaxError: cannot assign to __debug__ (1,1)");
  EXPECT_EQ(error("try:\n pass\nexcept:\n pass\nexcept E:\n pass"),
            "SyntaxError: default 'except:' must be last (3,1)");
  EXPECT_EQ(error("x=1\nfrom __future__ import annotations"),
            "SyntaxError: from __future__ imports must occur at the beginning of the file (2,1)");
  std::string deep;
  for (int i = 0; i < 21; i++) deep += std::string(i, ' ') + "for x in y:\n";
  deep += std::string(21, ' ') + "pass\n";
  EXPECT_EQ(error(deep), "SyntaxError: too many statically nested blocks (21,21)");
  // Errors from the parser come through the same path.
  EXPECT_EQ(error("x = (1,"), "SyntaxError: '(' was never closed (1,5)");
  EXPECT_EQ(error("if x:\npass"), "IndentationError: expected an indented block after 'if' statement on line 1 (2,1)");
}

TEST_F(CompilerTest, DeepTrees) {
  // A long left-nested chain compiles without deep C recursion (and folds).
  std::string chain = "x = 1";
  for (int i = 0; i < 100000; i++) chain += "+1";
  chain += "\ny = 0";
  for (int i = 0; i < 100000; i++) chain += "+y";
  chain += "\n";
  const Code* c = compile_src(chain);
  ASSERT_NE(c, nullptr) << err_;
  EXPECT_LE(c->stack_size, 2);
  // Very deep nesting raises instead of crashing.
  std::string lambdas = "f = ";
  for (int i = 0; i < 20000; i++) lambdas += "lambda: ";
  lambdas += "1\n";
  EXPECT_EQ(compile_src(lambdas), nullptr);
  EXPECT_EQ(err_, "RecursionError");
}

}  // namespace
