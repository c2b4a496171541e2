// Unit tests for Minnow's lexer and parser (src/lex, src/parse).
// The broad comparison with python3 lives in astdump_compare.py; these
// tests pin down errors, limits, the REPL helper and lexer details without
// needing python3.
#include <gtest/gtest.h>

#include <csetjmp>
#include <cstdlib>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

#include "lex/lexer.h"
#include "parse/ast_dump.h"
#include "parse/parser.h"

using namespace minnow;

namespace {

// A bump arena over malloc'd chunks, with an optional byte budget after
// which it reports MemoryError (and longjmps, like the interpreter).
struct TestArena : Arena {
    std::vector<char*> chunks;
    char* cur = nullptr;
    size_t left = 0;
    size_t used = 0;
    size_t budget = SIZE_MAX;

    TestArena() { alloc = &TestArena::do_alloc; }
    ~TestArena() { clear(); }
    void clear() {
        for (char* c : chunks) free(c);
        chunks.clear();
        cur = nullptr;
        left = 0;
        used = 0;
    }
    static void* do_alloc(Arena* self, size_t n);
};

jmp_buf g_jmp;
std::string g_err;
ErrorKind g_kind;
uint32_t g_line, g_col;

void on_error(void*, ErrorKind k, const char* msg, uint32_t line, uint32_t col) {
    g_err = msg;
    g_kind = k;
    g_line = line;
    g_col = col;
    longjmp(g_jmp, 1);
}

void* TestArena::do_alloc(Arena* self, size_t n) {
    TestArena* a = static_cast<TestArena*>(self);
    n = (n + 7) & ~size_t(7);
    if (a->used + n > a->budget) on_error(nullptr, ErrorKind::MemoryError, "out of memory", 0, 0);
    a->used += n;
    if (n > a->left) {
        size_t sz = n > 65536 ? n : 65536;
        char* c = static_cast<char*>(malloc(sz));
        a->chunks.push_back(c);
        a->cur = c;
        a->left = sz;
    }
    void* p = a->cur;
    a->cur += n;
    a->left -= n;
    return p;
}

const char* kind_name(ErrorKind k) {
    switch (k) {
        case ErrorKind::SyntaxError: return "SyntaxError";
        case ErrorKind::IndentationError: return "IndentationError";
        case ErrorKind::TabError: return "TabError";
        case ErrorKind::MemoryError: return "MemoryError";
        case ErrorKind::RecursionError: return "RecursionError";
    }
    return "?";
}

void write_str(void* ctx, const char* s, size_t n) { static_cast<std::string*>(ctx)->append(s, n); }

struct Result {
    bool ok;
    std::string text;  // the dump, or "Kind: message"
    uint32_t line = 0, col = 0;
};

// Parse and dump (or report the error). The arena stays alive in `arena`.
Result parse_src(const std::string& src, ParseMode mode = ParseMode::File, ParseConfig* custom = nullptr,
                 bool dump = true) {
    static TestArena arena;
    arena.clear();
    arena.budget = SIZE_MAX;
    ParseConfig cfg;
    if (custom) cfg = *custom;
    if (!cfg.arena) cfg.arena = &arena;
    cfg.error = on_error;
    Result r;
    if (setjmp(g_jmp) == 0) {
        ast::Node* tree = parse(cfg, src.data(), src.size(), mode);
        r.ok = true;
        if (dump) {
            DumpWriter w{write_str, &r.text, nullptr, false};
            ast_dump(tree, w);
        }
    } else {
        r.ok = false;
        r.text = std::string(kind_name(g_kind)) + ": " + g_err;
        r.line = g_line;
        r.col = g_col;
    }
    return r;
}

std::string dump(const std::string& src, ParseMode mode = ParseMode::File) {
    Result r = parse_src(src, mode);
    return r.text;
}

std::string err(const std::string& src, ParseMode mode = ParseMode::File) {
    Result r = parse_src(src, mode);
    return r.ok ? "<accepted>" : r.text;
}

// Expression dump helper: the value of a single expression statement.
std::string expr(const std::string& src) {
    std::string d = dump(src, ParseMode::Eval);
    const std::string pre = "Expression(body=";
    if (d.compare(0, pre.size(), pre) != 0) return d;
    return d.substr(pre.size(), d.size() - pre.size() - 1);
}

// Lex a whole source into "kind:text" strings.
void lex_error(void*, ErrorKind, const char* msg, uint32_t, uint32_t) { g_err = msg; }

std::vector<std::string> lex(const std::string& src) {
    g_err.clear();
    std::vector<std::string> out;
    Lexer lx;
    lexer_init(&lx, src.data(), 0, static_cast<uint32_t>(src.size()), 1, 0, lex_error, nullptr, 200);
    for (;;) {
        Token t = lexer_next(&lx);
        std::string s = tok_text(t.kind);
        if (t.kind == Tok::Name || t.kind == Tok::Number || t.kind == Tok::String)
            s += ":" + src.substr(t.pos, t.len);
        out.push_back(s);
        if (t.kind == Tok::EndMarker || t.kind == Tok::Error) break;
        if (out.size() > 1000) break;
    }
    return out;
}

std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (auto& x : v) s += (s.empty() ? "" : " ") + x;
    return s;
}

}  // namespace

// ---------------------------------------------------------------------------
// Representation invariants

static_assert(std::is_trivially_destructible_v<Lexer>);
static_assert(std::is_trivially_destructible_v<Token>);
#define CHECK_TRIVIAL(name) static_assert(std::is_trivially_destructible_v<ast::name>);
MINNOW_AST_NODES(CHECK_TRIVIAL)
#undef CHECK_TRIVIAL

TEST(Ast, NodeNamesAndCasts) {
    EXPECT_STREQ(ast::node_kind_name(ast::NodeKind::FunctionDef), "FunctionDef");
    EXPECT_STREQ(ast::node_kind_name(ast::NodeKind::withitem), "withitem");
    EXPECT_STREQ(ast::operator_name(ast::OperatorKind::FloorDiv), "FloorDiv");
    EXPECT_STREQ(ast::cmpop_name(ast::CmpOpKind::NotIn), "NotIn");
    Result r = parse_src("x = 1\n", ParseMode::File, nullptr, false);
    ASSERT_TRUE(r.ok);
}

TEST(Ast, FieldsOfParsedTree) {
    static TestArena arena;
    ParseConfig cfg;
    cfg.arena = &arena;
    cfg.error = on_error;
    const char* src = "def f(a, b=2):\n    return a + 0x1_F\n";
    ASSERT_EQ(setjmp(g_jmp), 0);
    ast::Node* tree = parse(cfg, src, strlen(src), ParseMode::File);
    ast::Module* m = tree->as<ast::Module>();
    ASSERT_EQ(m->body.count, 1u);
    auto* f = m->body[0]->as<ast::FunctionDef>();
    EXPECT_TRUE(f->name.eq("f"));
    EXPECT_EQ(f->line, 1u);
    EXPECT_EQ(f->col, 0u);
    EXPECT_EQ(f->args->args.count, 2u);
    EXPECT_EQ(f->args->defaults.count, 1u);
    auto* ret = f->body[0]->as<ast::Return>();
    EXPECT_EQ(ret->line, 2u);
    EXPECT_EQ(ret->col, 4u);
    auto* add = ret->value->as<ast::BinOp>();
    EXPECT_EQ(add->op, ast::OperatorKind::Add);
    auto* c = add->right->as<ast::Constant>();
    EXPECT_EQ(c->value_kind, ast::ConstKind::Int);
    EXPECT_EQ(c->base, 16);
    EXPECT_EQ(std::string(c->text, c->len), "1F");
    EXPECT_EQ(c->col, 15u);
    EXPECT_TRUE(add->left->is<ast::Name>());
}

// ---------------------------------------------------------------------------
// Lexer

TEST(Lexer, IndentDedentAndNewlines) {
    EXPECT_EQ(join(lex("if x:\n    y\nz\n")),
              "if name:x : newline indent name:y newline dedent name:z newline end of input");
    // Missing trailing newline still gives NEWLINE, then DEDENTs.
    EXPECT_EQ(join(lex("if x:\n  y")), "if name:x : newline indent name:y newline dedent end of input");
    // Blank and comment-only lines produce nothing, even mis-indented.
    EXPECT_EQ(join(lex("a\n\n   # c\n\t\nb\n")), "name:a newline name:b newline end of input");
    EXPECT_EQ(join(lex("")), "end of input");
    EXPECT_EQ(join(lex("# only a comment")), "end of input");
}

TEST(Lexer, LineEndingsAndContinuations) {
    EXPECT_EQ(join(lex("a\r\nb\rc\n")), "name:a newline name:b newline name:c newline end of input");
    EXPECT_EQ(join(lex("a = (1,\n  2)\n")), "name:a = ( number:1 , number:2 ) newline end of input");
    EXPECT_EQ(join(lex("a = 1 + \\\n  2\n")), "name:a = number:1 + number:2 newline end of input");
    EXPECT_EQ(join(lex("a = 1 + \\\r\n  2\n")), "name:a = number:1 + number:2 newline end of input");
    // Form feed resets the indentation column.
    EXPECT_EQ(join(lex("if x:\n  a\n\f  b\n")),
              "if name:x : newline indent name:a newline name:b newline dedent end of input");
}

TEST(Lexer, OperatorsLongestMatch) {
    EXPECT_EQ(join(lex("a**=b//=c>>=d<<=e...f->g:=h!=i@=j\n")),
              "name:a **= name:b //= name:c >>= name:d <<= name:e ... name:f -> name:g := name:h != "
              "name:i @= name:j newline end of input");
    EXPECT_EQ(join(lex("x..y\n")), "name:x . . name:y newline end of input");
}

TEST(Lexer, Numbers) {
    EXPECT_EQ(join(lex("1_000 0x_ff 0o17 0b1 1.5e-3 .5 5. 1j 1.5J 00 0_0\n")),
              "number:1_000 number:0x_ff number:0o17 number:0b1 number:1.5e-3 number:.5 number:5. "
              "number:1j number:1.5J number:00 number:0_0 newline end of input");
    EXPECT_EQ(join(lex("1if x else 2\n")), "number:1 if name:x else number:2 newline end of input");
    lex("1_");
    EXPECT_EQ(g_err, "invalid decimal literal");
    lex("0b2");
    EXPECT_EQ(g_err, "invalid digit '2' in binary literal");
    lex("0o19");
    EXPECT_EQ(g_err, "invalid digit '9' in octal literal");
    lex("0x");
    EXPECT_EQ(g_err, "invalid hexadecimal literal");
    lex("012");
    EXPECT_EQ(g_err, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    lex("1.real");
    EXPECT_EQ(g_err, "invalid decimal literal");
    lex("1e");
    EXPECT_EQ(g_err, "invalid decimal literal");
}

TEST(Lexer, StringsAndPrefixes) {
    EXPECT_EQ(join(lex("r'a' b\"b\" Rb'''c''' f\"d\" rF'e' u'f' ub'g'\n")),
              "string:r'a' string:b\"b\" string:Rb'''c''' string:f\"d\" string:rF'e' string:u'f' "
              "name:ub string:'g' newline end of input");
    EXPECT_EQ(join(lex("'a\\'b' 'c\\\nd'\n")), "string:'a\\'b' string:'c\\\nd' newline end of input");
    lex("'abc\n");
    EXPECT_EQ(g_err, "unterminated string literal (detected at line 1)");
    lex("x = '''abc\n\ndef");
    EXPECT_EQ(g_err, "unterminated triple-quoted string literal (detected at line 3)");
}

TEST(Lexer, UnicodeIdentifiersAndBom) {
    EXPECT_EQ(join(lex("\xEF\xBB\xBFx\n")), "name:x newline end of input");
    EXPECT_EQ(join(lex("\xC3\xA9t\xC3\xA9 = \xE4\xB8\xAD\n")),
              "name:\xC3\xA9t\xC3\xA9 = name:\xE4\xB8\xAD newline end of input");
    lex("a\xC2\xA0" "b");
    EXPECT_EQ(g_err, "invalid non-printable character U+00A0");
    lex("a\x01");
    EXPECT_EQ(g_err, "invalid non-printable character U+0001");
}

TEST(Lexer, Brackets) {
    lex(")");
    EXPECT_EQ(g_err, "unmatched ')'");
    lex("(]");
    EXPECT_EQ(g_err, "closing parenthesis ']' does not match opening parenthesis '('");
    lex("(\n[\n)");
    EXPECT_EQ(g_err, "closing parenthesis ')' does not match opening parenthesis '[' on line 2");
    lex("x = (1, [2,\n 3");
    EXPECT_EQ(g_err, "'[' was never closed");
}

TEST(Lexer, SourceValidation) {
    EXPECT_EQ(err(std::string("x = 1\0", 6)), "SyntaxError: source code string cannot contain null bytes");
    EXPECT_EQ(err("x = '\xff'"),
              "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte");
    EXPECT_EQ(err("x = '\xC3'"),
              "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xc3 in position 5: invalid "
              "continuation byte");
    EXPECT_EQ(err("\xED\xA0\x80"),  // an encoded surrogate
              "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid "
              "continuation byte");
    EXPECT_EQ(err("\xC0\x80"),  // overlong
              "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte");
    EXPECT_EQ(err("x = 1\n# \xE2\x82"),
              "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe2 in position 2: unexpected end of data");
}

// ---------------------------------------------------------------------------
// Trees (expected strings are python3's ast.dump output)

TEST(Parser, Expressions) {
    EXPECT_EQ(expr("a + b * c"),
              "BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(left=Name(id='b', ctx=Load()), "
              "op=Mult(), right=Name(id='c', ctx=Load())))");
    EXPECT_EQ(expr("-2 ** -1"),
              "UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), "
              "operand=Constant(value=1))))");
    EXPECT_EQ(expr("a < b is not c not in d"),
              "Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), IsNot(), NotIn()], comparators=[Name(id='b', "
              "ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())])");
    EXPECT_EQ(expr("a or b and not c"),
              "BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', "
              "ctx=Load()), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))])])");
    EXPECT_EQ(expr("x[1:2, ::3, *y]"),
              "Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), "
              "upper=Constant(value=2)), Slice(step=Constant(value=3)), Starred(value=Name(id='y', ctx=Load()), "
              "ctx=Load())], ctx=Load()), ctx=Load())");
    EXPECT_EQ(expr("f(a, *b, c=1, **d)"),
              "Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', "
              "ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), "
              "keyword(value=Name(id='d', ctx=Load()))])");
    EXPECT_EQ(expr("{**a, 1: 2}"),
              "Dict(keys=[None, Constant(value=1)], values=[Name(id='a', ctx=Load()), Constant(value=2)])");
    EXPECT_EQ(expr("[x async for x in y if x]"),
              "ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), "
              "iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=1)])");
    EXPECT_EQ(expr("(y := 5)"), "NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=5))");
    EXPECT_EQ(expr("lambda a, /, b=1, *c, d, **e: 0"),
              "Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), "
              "kwonlyargs=[arg(arg='d')], kw_defaults=[None], kwarg=arg(arg='e'), defaults=[Constant(value=1)]), "
              "body=Constant(value=0))");
    EXPECT_EQ(expr("... , None, True, 1.5, 2j"),
              "Tuple(elts=[Constant(value=Ellipsis), Constant(value=None), Constant(value=True), "
              "Constant(value=1.5), Constant(value=2j)], ctx=Load())");
}

TEST(Parser, Strings) {
    EXPECT_EQ(expr("'a' \"b\" '''c'''"), "Constant(value='abc')");
    EXPECT_EQ(expr("u'x' 'y'"), "Constant(value='xy', kind='u')");
    EXPECT_EQ(expr("'\\x41\\101\\u00e9\\n\\q'"), "Constant(value='AAé\\n\\\\q')");
    EXPECT_EQ(expr("b'\\x00\\xff' b'\"'"), "Constant(value=b'\\x00\\xff\"')");
    EXPECT_EQ(expr("r'\\n'"), "Constant(value='\\\\n')");
    EXPECT_EQ(expr("'\\ud800'"), "Constant(value='\\ud800')");
    EXPECT_EQ(expr("'\xE2\x80\xA8x'"), "Constant(value='\\u2028x')");
    EXPECT_EQ(err("'a' b'b'"), "SyntaxError: cannot mix bytes and nonbytes literals");
    EXPECT_EQ(err("b'\xC3\xA9'"), "SyntaxError: bytes can only contain ASCII literal characters");
    EXPECT_EQ(err("'\\x4'"),
              "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
              "truncated \\xXX escape");
    EXPECT_EQ(err("'\\N{DASH}'"),
              "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown "
              "Unicode character name");
    // Source CRLFs inside a triple-quoted string become '\n'.
    EXPECT_EQ(dump("x = '''a\r\nb'''\r\n"),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a\\nb'))], "
              "type_ignores=[])");
}

TEST(Parser, UnicodeNameLookupHook) {
    ParseConfig cfg;
    cfg.lookup_unicode_name = [](void*, const char* name, size_t len) -> uint32_t {
        return std::string(name, len) == "EM DASH" ? 0x2014u : UINT32_MAX;
    };
    Result r = parse_src("'\\N{EM DASH}'", ParseMode::Eval, &cfg);
    EXPECT_EQ(r.text, "Expression(body=Constant(value='\xE2\x80\x94'))");
}

TEST(Parser, FStrings) {
    EXPECT_EQ(expr("f'a{x!r:>{w}}b'"),
              "JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), "
              "conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), "
              "FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='b')])");
    EXPECT_EQ(expr("f'{x=}'"),
              "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), "
              "conversion=114)])");
    EXPECT_EQ(expr("f'{ x = :>5}'"),
              "JoinedStr(values=[Constant(value=' x = '), FormattedValue(value=Name(id='x', ctx=Load()), "
              "conversion=-1, format_spec=JoinedStr(values=[Constant(value='>5')]))])");
    EXPECT_EQ(expr("'a' f'{{}}' 'b'"), "JoinedStr(values=[Constant(value='a{}b')])");
    EXPECT_EQ(expr("f''"), "JoinedStr(values=[])");
    EXPECT_EQ(expr("f\"{a['b']!s}\""),
              "JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), "
              "slice=Constant(value='b'), ctx=Load()), conversion=115)])");
    EXPECT_EQ(expr("f'{x for x in y}'"),
              "JoinedStr(values=[FormattedValue(value=GeneratorExp(elt=Name(id='x', ctx=Load()), "
              "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), "
              "ifs=[], is_async=0)]), conversion=-1)])");
    EXPECT_EQ(err("f'{}'"), "SyntaxError: f-string: empty expression not allowed");
    EXPECT_EQ(err("f'}'"), "SyntaxError: f-string: single '}' is not allowed");
    EXPECT_EQ(err("f'{x!z}'"), "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'");
    EXPECT_EQ(err("f'{x:{y:{z}}}'"), "SyntaxError: f-string: expressions nested too deeply");
    EXPECT_EQ(err("f'{a b}'"), "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?");
    EXPECT_EQ(err("f'{*a}'"), "SyntaxError: f-string: cannot use starred expression here");
    EXPECT_EQ(err("f'{\\n}'"), "SyntaxError: f-string expression part cannot include a backslash");
    EXPECT_EQ(err("f'{x#}'"), "SyntaxError: f-string expression part cannot include '#'");
    EXPECT_EQ(err("f'{x'"), "SyntaxError: f-string: expecting '}'");
    // Positions inside a field are real source positions.
    Result r = parse_src("x = (1,\n  f'{ab}')\n", ParseMode::File, nullptr, false);
    ASSERT_TRUE(r.ok);
}

TEST(Parser, Statements) {
    EXPECT_EQ(dump("a, *b = c = d\n"),
              "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', "
              "ctx=Store()), ctx=Store())], ctx=Store()), Name(id='c', ctx=Store())], value=Name(id='d', "
              "ctx=Load()))], type_ignores=[])");
    EXPECT_EQ(dump("(x): int = 1"),
              "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), "
              "value=Constant(value=1), simple=0)], type_ignores=[])");
    EXPECT_EQ(dump("from .. a . b import (c as d, e,)"),
              "Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e')], "
              "level=2)], type_ignores=[])");
    EXPECT_EQ(dump("with (a as b, c):\n  pass\n"),
              "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), "
              "optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], "
              "body=[Pass()])], type_ignores=[])");
    EXPECT_EQ(dump("with (a, b) as c: pass"),
              "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), "
              "Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], "
              "body=[Pass()])], type_ignores=[])");
    EXPECT_EQ(dump("if a: pass\nelif b: pass\nelse: pass"),
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', "
              "ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])");
    EXPECT_EQ(dump("try:\n pass\nexcept E as e:\n pass\nfinally:\n pass\n"),
              "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), "
              "name='e', body=[Pass()])], orelse=[], finalbody=[Pass()])], type_ignores=[])");
    EXPECT_EQ(dump("@d\nasync def f(*, a: int = 1) -> T: await x"),
              "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
              "kwonlyargs=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], kw_defaults=[Constant(value=1)], "
              "defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load())))], "
              "decorator_list=[Name(id='d', ctx=Load())], returns=Name(id='T', ctx=Load()))], type_ignores=[])");
    EXPECT_EQ(dump("global a, b; nonlocal c"),
              "Module(body=[Global(names=['a', 'b']), Nonlocal(names=['c'])], type_ignores=[])");
}

TEST(Parser, Modes) {
    EXPECT_EQ(dump("x = 1; y", ParseMode::Single),
              "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
              "Expr(value=Name(id='y', ctx=Load()))])");
    EXPECT_EQ(dump("if 1:\n  x\n\n", ParseMode::Single),
              "Interactive(body=[If(test=Constant(value=1), body=[Expr(value=Name(id='x', ctx=Load()))], "
              "orelse=[])])");
    EXPECT_EQ(err("x = 1\ny = 2\n", ParseMode::Single),
              "SyntaxError: multiple statements found while compiling a single statement");
    EXPECT_EQ(dump("", ParseMode::Single), "Interactive(body=[])");
    EXPECT_EQ(dump("a, b\n\n", ParseMode::Eval),
              "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))");
    EXPECT_EQ(err("x = 1", ParseMode::Eval), "SyntaxError: invalid syntax");
    EXPECT_EQ(err(" 1", ParseMode::Eval), "IndentationError: unexpected indent");
    EXPECT_EQ(dump(""), "Module(body=[], type_ignores=[])");
}

// ---------------------------------------------------------------------------
// Errors

TEST(Errors, MessagesKindsAndPositions) {
    struct Case {
        const char* src;
        const char* msg;
        uint32_t line, col;
    } cases[] = {
        {"x = )", "SyntaxError: unmatched ')'", 1, 4},
        {"x = (1,\n2", "SyntaxError: '(' was never closed", 1, 4},
        {"if x:\npass", "IndentationError: expected an indented block after 'if' statement on line 1", 2, 0},
        {"def f():\n    x\n  y", "IndentationError: unindent does not match any outer indentation level", 3, 2},
        {"if 1:\n\tx\n        y", "TabError: inconsistent use of tabs and spaces in indentation", 3, 8},
        {"x = 1\n  y = 2", "IndentationError: unexpected indent", 2, 2},
        {"if x\n  pass", "SyntaxError: expected ':'", 1, 4},
        {"f() = 1", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0},
        {"(a, f()) = 1", "SyntaxError: cannot assign to function call", 1, 4},
        {"1 = x", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0},
        {"for 1 in x: pass", "SyntaxError: cannot assign to literal", 1, 4},
        {"del f()", "SyntaxError: cannot delete function call", 1, 4},
        {"(a, b) += 1", "SyntaxError: 'tuple' is an illegal expression for augmented assignment", 1, 0},
        {"a, b: int", "SyntaxError: only single target (not tuple) can be annotated", 1, 0},
        {"x = yield = 1", "SyntaxError: assignment to yield expression not possible", 1, 4},
        {"a[0] := 1", "SyntaxError: cannot use assignment expressions with subscript", 1, 0},
        {"x := 1", "SyntaxError: invalid syntax", 1, 2},
        {"f(a=1, b)", "SyntaxError: positional argument follows keyword argument", 1, 7},
        {"f(**a, *b)", "SyntaxError: iterable argument unpacking follows keyword argument unpacking", 1, 7},
        {"f(x for x in y, 1)", "SyntaxError: Generator expression must be parenthesized", 1, 2},
        {"f(a.b=1)", "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"?", 1, 2},
        {"def f(a=1, b): pass", "SyntaxError: non-default argument follows default argument", 1, 11},
        {"def f(*): pass", "SyntaxError: named arguments must follow bare *", 1, 6},
        {"def f(**k, a): pass", "SyntaxError: arguments cannot follow var-keyword argument", 1, 11},
        {"def f(a, /, /): pass", "SyntaxError: / may appear only once", 1, 12},
        {"[*a for a in b]", "SyntaxError: iterable unpacking cannot be used in comprehension", 1, 1},
        {"(*a)", "SyntaxError: cannot use starred expression here", 1, 1},
        {"from x import a,", "SyntaxError: trailing comma not allowed without surrounding parentheses", 1, 16},
        {"try: pass", "SyntaxError: expected 'except' or 'finally' block", 1, 9},
        {"try:\n pass\nexcept A, B:\n pass", "SyntaxError: multiple exception types must be parenthesized", 3, 7},
        {"try:\n pass\nexcept* A:\n pass", "SyntaxError: 'except*' is not supported", 3, 6},
        {"f(a b)", "SyntaxError: invalid syntax. Perhaps you forgot a comma?", 1, 4},
        {"print 'x'", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0},
        {"x = 1 if y", "SyntaxError: expected 'else' after 'if' expression", 1, 10},
        {"{1: 2, 3}", "SyntaxError: ':' expected after dictionary key", 1, 8},
        {"x = $", "SyntaxError: invalid syntax", 1, 4},
        {"x = 1 \\ 2", "SyntaxError: unexpected character after line continuation character", 1, 7},
        {"x = 1\\", "SyntaxError: unexpected EOF while parsing", 1, 6},
        // A tokenizer error later in the file beats an earlier parser error.
        {"x = = 1\ny = 'abc\n", "SyntaxError: unterminated string literal (detected at line 2)", 2, 4},
    };
    for (const Case& c : cases) {
        Result r = parse_src(c.src);
        EXPECT_FALSE(r.ok) << c.src;
        EXPECT_EQ(r.text, c.msg) << c.src;
        EXPECT_EQ(r.line, c.line) << c.src;
        EXPECT_EQ(r.col, c.col) << c.src;
    }
}

TEST(Errors, MemoryErrorFromArenaIsClean) {
    // The arena "longjmps" MemoryError; the parser must not touch anything
    // afterwards (ASan would complain).
    std::string src;
    for (int i = 0; i < 200; i++) src += "x = [a + b * c, f(d), {e: g}]\n";
    for (size_t budget = 64; budget < 60000; budget = budget * 3 / 2) {
        static TestArena arena;
        arena.clear();
        arena.budget = budget;
        ParseConfig cfg;
        cfg.arena = &arena;
        cfg.error = on_error;
        if (setjmp(g_jmp) == 0) {
            parse(cfg, src.data(), src.size(), ParseMode::File);
            ADD_FAILURE() << "budget " << budget << " should not suffice";
        } else {
            EXPECT_EQ(g_kind, ErrorKind::MemoryError);
        }
    }
}

// ---------------------------------------------------------------------------
// Limits

TEST(Limits, LongOperatorChainsAreIterative) {
    std::string src = "x = 1";
    for (int i = 0; i < 300000; i++) src += "+1";
    Result r = parse_src(src, ParseMode::File, nullptr, false);
    EXPECT_TRUE(r.ok) << r.text;
    src = "x = a";
    for (int i = 0; i < 100000; i++) src += ".b[1](2)";
    r = parse_src(src, ParseMode::File, nullptr, false);
    EXPECT_TRUE(r.ok) << r.text;
    src = "x = a";
    for (int i = 0; i < 100000; i++) src += " < a and a";
    r = parse_src(src, ParseMode::File, nullptr, false);
    EXPECT_TRUE(r.ok) << r.text;
    src = "x = [";
    for (int i = 0; i < 100000; i++) src += "1, ";
    src += "]";
    r = parse_src(src, ParseMode::File, nullptr, false);
    EXPECT_TRUE(r.ok) << r.text;
}

TEST(Limits, DeepNesting) {
    EXPECT_EQ(err(std::string(100000, '(')), "SyntaxError: too many nested parentheses");
    EXPECT_TRUE(parse_src(std::string(199, '[') + std::string(199, ']')).ok);
    EXPECT_EQ(err(std::string(100000, '-') + "1"), "RecursionError: maximum recursion depth exceeded during parsing");
    std::string nots;
    for (int i = 0; i < 5000; i++) nots += "not ";
    EXPECT_EQ(err(nots + "x"), "RecursionError: maximum recursion depth exceeded during parsing");
    std::string lambdas;
    for (int i = 0; i < 5000; i++) lambdas += "lambda: ";
    EXPECT_EQ(err(lambdas + "x"), "RecursionError: maximum recursion depth exceeded during parsing");
    std::string conds = "x = 1";
    for (int i = 0; i < 5000; i++) conds += " if a else 1";
    EXPECT_EQ(err(conds), "RecursionError: maximum recursion depth exceeded during parsing");
    std::string blocks;
    for (int i = 0; i < 120; i++) blocks += std::string(i, ' ') + "if 1:\n";
    blocks += std::string(120, ' ') + "pass\n";
    EXPECT_EQ(err(blocks), "IndentationError: too many levels of indentation");
}

TEST(Limits, ConfigurableLimits) {
    ParseConfig cfg;
    cfg.max_nesting = 10;
    Result r = parse_src(std::string(10, '(') + std::string(10, ')'), ParseMode::File, &cfg);
    EXPECT_TRUE(r.ok) << r.text;
    r = parse_src(std::string(11, '(') + std::string(11, ')'), ParseMode::File, &cfg);
    EXPECT_EQ(r.text, "SyntaxError: too many nested parentheses");
    cfg.max_nesting = 200;
    cfg.max_depth = 20;
    r = parse_src("x = " + std::string(30, '-') + "1", ParseMode::File, &cfg);
    EXPECT_EQ(r.text, "RecursionError: maximum recursion depth exceeded during parsing");
    r = parse_src("x = " + std::string(5, '-') + "1", ParseMode::File, &cfg);
    EXPECT_TRUE(r.ok) << r.text;
}

TEST(Limits, StackLimit) {
    // A stack limit just below the current frame stops a deep parse early.
    char here;
    ParseConfig cfg;
    cfg.max_depth = 60000;
    cfg.stack_limit = &here - 64 * 1024;
    Result r = parse_src("x = " + std::string(50000, '-') + "1", ParseMode::File, &cfg);
    EXPECT_EQ(r.text, "RecursionError: maximum recursion depth exceeded during parsing");
    r = parse_src("x = " + std::string(100, '-') + "1", ParseMode::File, &cfg);
    EXPECT_TRUE(r.ok) << r.text;
}

// ---------------------------------------------------------------------------
// Incremental statement parsing

TEST(StatementParser, OneStatementAtATimeWithArenaReset) {
    const char* src = "a = 1; b = 2\nif a:\n    c = 3\n@d\ndef f(): pass\nx\n";
    static TestArena arena;
    ParseConfig cfg;
    cfg.arena = &arena;
    cfg.error = on_error;
    std::vector<char> storage(statement_parser_size() + 16);
    void* aligned = reinterpret_cast<void*>((reinterpret_cast<uintptr_t>(storage.data()) + 15) & ~uintptr_t(15));
    std::vector<std::string> got;
    ASSERT_EQ(setjmp(g_jmp), 0);
    StatementParser* sp = parse_begin(aligned, cfg, src, strlen(src));
    for (;;) {
        arena.clear();  // statements do not point into earlier ones
        ast::Node* s = parse_next_statement(sp);
        if (!s) break;
        std::string d;
        DumpWriter w{write_str, &d, nullptr, false};
        ast_dump(s, w);
        got.push_back(d.substr(0, d.find('(')));
    }
    EXPECT_EQ(join(got), "Assign Assign If FunctionDef Expr");
}

// ---------------------------------------------------------------------------
// REPL helper

TEST(Repl, CheckInputComplete) {
    struct Case {
        const char* src;
        InputState want;
    } cases[] = {
        {"x = 1\n", InputState::Complete},
        {"x = 1", InputState::Complete},
        {"", InputState::Complete},
        {"x = (1,\n", InputState::Incomplete},
        {"x = [1,\n 2]\n", InputState::Complete},
        {"x = {\n", InputState::Incomplete},
        {"x = '''abc\n", InputState::Incomplete},
        {"x = '''abc\n'''\n", InputState::Complete},
        {"x = 1 + \\\n", InputState::Incomplete},
        {"x = 1  # comment \\\n", InputState::Complete},
        {"if x:\n", InputState::Incomplete},
        {"if x:\n    y\n", InputState::Incomplete},
        {"if x:\n    y\n\n", InputState::Complete},
        {"if x: y\n", InputState::Incomplete},
        {"if x: y\n\n", InputState::Complete},
        {"def f():\n    return 1\n", InputState::Incomplete},
        {"def f():\n    return 1\n   \n", InputState::Complete},
        {"@dec\n", InputState::Incomplete},
        {"class A:\n  pass\n\n", InputState::Complete},
        {"for x in y:\n  if x:\n    pass\n", InputState::Incomplete},
        {"x = )\n", InputState::Error},
        {"x = (]\n", InputState::Error},
        {"x = 'abc\n", InputState::Error},
        {"x = $\n", InputState::Error},
        {"if x:\n    a\n  b\n", InputState::Error},
        {"x = 1\r\n", InputState::Complete},
        {"if x:\r\n  y\r\n\r\n", InputState::Complete},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(static_cast<int>(check_input_complete(c.src, strlen(c.src))), static_cast<int>(c.want)) << c.src;
    }
    EXPECT_EQ(check_input_complete("x = 1\0", 6), InputState::Error);
}
