// Internal interface shared by the parser's translation units
// (parser.cpp: statements and entry points; parse_expr.cpp: expressions;
// parse_string.cpp: string literals and f-strings). Not for other modules.
//
// Parser invariants:
//  - la[0] is the current token and la_n >= 1 at all times; la[1..la_n) is
//    lookahead already pulled from the lexer.
//  - The scratch stack collects the items of lists under construction; a
//    parse function records sp, pushes, then take()s exactly what it pushed.
//    Lists nest LIFO, so one stack serves all of them.
//  - depth counts active recursive parse frames; enter() reports
//    RecursionError past cfg->max_depth. leave() must balance enter() on
//    every non-error path (error paths never return).
//  - All locals are trivially destructible: an error longjmps through us.
#pragma once

#include <cstring>
#include <new>

#include "lex/msgbuf.h"
#include "parse/parser.h"

namespace minnow {
namespace detail {

using namespace ast;

inline constexpr uint32_t kScratchInline = 32;
inline constexpr uint32_t kLookahead = 4;
// Nested f-string fields being parsed at once. Each level must use a quote
// its enclosing strings do not, so real code never needs more than 4.
inline constexpr uint32_t kMaxFStringNesting = 4;

// Where a target is being bound; selects the error messages.
enum class TargetUse : uint8_t {
    Assign,          // a later target of `a = b = c`, or a nested one
    AssignFirst,     // the first, unbracketed target: errors add "Maybe you meant '=='"
    AssignFirstElt,  // an element of that target's unparenthesized tuple
    Delete, For, With, Comprehension,
};

struct Parser {
    const ParseConfig* cfg;
    Arena* arena;
    const char* src;
    uint32_t src_len;
    Lexer* lx;  // the main lexer, or a nested one for an f-string field
    Token la[kLookahead];
    uint32_t la_n;
    Tok prev_kind;   // kind of the token before la[0]
    Tok prev2_kind;  // and of the one before that
    uint32_t depth;
    uint32_t fstring_nesting;  // > 0 while parsing an f-string expression
    // Lexers for f-string fields, one per nesting level, allocated from the
    // arena on first use (they are too big for the C stack of a deep parse).
    Lexer* fstring_lexers[kMaxFStringNesting];
    void** scratch;
    uint32_t sp;
    uint32_t cap;
    void* scratch_inline[kScratchInline];
    Lexer main_lexer;

    void init(const ParseConfig& c, const char* s, size_t len);

    // --- tokens ----------------------------------------------------------
    const Token& tok() const { return la[0]; }
    // Start position of the current token. A node starts where its first
    // token starts, including the '(' of a parenthesized first operand.
    struct Pos {
        uint32_t line, col;
    };
    Pos here() const { return Pos{la[0].line, la[0].col}; }
    Tok kind() const { return la[0].kind; }
    const Token& peek(uint32_t k) {
        while (la_n <= k) la[la_n++] = lexer_next(lx);
        return la[k];
    }
    void advance() {
        prev2_kind = prev_kind;
        prev_kind = la[0].kind;
        for (uint32_t i = 1; i < la_n; i++) la[i - 1] = la[i];
        la_n--;
        if (la_n == 0) {
            la[0] = lexer_next(lx);
            la_n = 1;
        }
    }
    bool accept(Tok t) {
        if (kind() != t) return false;
        advance();
        return true;
    }
    void expect(Tok t);  // "invalid syntax" (or "expected ':'") otherwise

    // Rewinding inside brackets (with-statement headers).
    struct Mark {
        LexState st;
        Token la[kLookahead];
        uint32_t la_n;
        uint32_t sp;
    };
    void mark(Mark* m) const;
    void reset(const Mark& m);

    // --- errors (never return) -------------------------------------------
    // Kept out of line and cold: message buffers must not sit in the frames
    // of the recursive parse functions.
    [[noreturn, gnu::noinline, gnu::cold]] void fail(ErrorKind k, const char* msg, uint32_t line,
                                                      uint32_t col);
    [[noreturn, gnu::noinline, gnu::cold]] void fail_at(const Token& t, const char* msg);
    [[noreturn, gnu::noinline, gnu::cold]] void fail_node(const Node* n, const char* msg);
    // SyntaxError at n with the message a + b + c.
    [[noreturn, gnu::noinline, gnu::cold]] void fail_cat(const Node* n, const char* a, const char* b,
                                                          const char* c = "");
    [[noreturn, gnu::noinline, gnu::cold]] void unexpected();  // at the current token

    void enter() {
        if (++depth > cfg->max_depth) fail_recursion();
        if (cfg->stack_limit &&
            reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < reinterpret_cast<uintptr_t>(cfg->stack_limit))
            fail_recursion();
    }
    void leave() { depth--; }
    [[noreturn]] void fail_recursion();

    // --- memory --------------------------------------------------------------
    void* alloc(size_t n) { return arena->alloc(arena, n); }
    template <class T>
    T* node(uint32_t line, uint32_t col) {
        T* n = new (alloc(sizeof(T))) T();
        n->kind = T::KIND;
        n->line = line;
        n->col = col;
        return n;
    }
    template <class T>
    T* node_at(const Token& t) { return node<T>(t.line, t.col); }
    template <class T>
    T* node_at(const Node* n) { return node<T>(n->line, n->col); }
    template <class T>
    T* node_at(Pos p) { return node<T>(p.line, p.col); }

    uint32_t scratch_mark() const { return sp; }
    void push(void* p) {
        if (sp == cap) grow_scratch();
        scratch[sp++] = p;
    }
    void grow_scratch();
    template <class T>
    Seq<T> take(uint32_t m) {
        Seq<T> s;
        s.count = sp - m;
        s.items = nullptr;
        if (s.count) {
            s.items = static_cast<T**>(alloc(s.count * sizeof(T*)));
            for (uint32_t i = 0; i < s.count; i++) s.items[i] = static_cast<T*>(scratch[m + i]);
        }
        sp = m;
        return s;
    }
    Seq<Node> single(Node* n) {
        uint32_t m = scratch_mark();
        push(n);
        return take<Node>(m);
    }
    Ident ident(const Token& t) { return Ident{src + t.pos, t.len}; }
    Ident expect_name();

    // --- statements (parser.cpp) -------------------------------------------
    void statement();  // pushes one or more statements
    void simple_stmts();
    Node* simple_stmt();
    Node* compound_stmt();
    Node* expr_stmt();
    Seq<Node> block(const char* what, uint32_t header_line);
    Node* if_stmt();
    Node* while_stmt();
    Node* for_stmt(const Token* async_tok);
    Node* with_stmt(const Token* async_tok);
    bool with_items_parenthesized();
    Node* with_item();
    Node* try_stmt();
    Node* funcdef(const Token* async_tok, Seq<Node> decorators);
    Node* classdef(Seq<Node> decorators);
    Node* decorated();
    Node* import_stmt();
    Node* from_stmt();
    Ident dotted_name();
    Node* global_stmt(bool nonlocal);
    Node* del_stmt();

    // --- expressions (parse_expr.cpp) --------------------------------------
    bool at_expr_start() const;
    Node* star_expressions();          // a, *b, c   -> Tuple when a comma
    Node* star_expression();           // *x | expression
    Node* star_named_expression();     // *x | named_expression
    // NAME := expr | expression. eq_hint: explain a following `= value`
    // ("Maybe you meant '=='"); call arguments have their own message.
    Node* named_expression(bool eq_hint = true);
    Node* expression();                // conditional / lambda
    Node* yield_expr();
    Node* disjunction();
    Node* conjunction();
    Node* inversion();
    Node* comparison();
    Node* bitwise_or();
    Node* binary(int min_level);
    Node* factor();
    Node* power();
    Node* primary();
    Node* atom();
    Node* paren_atom();
    Node* paren_contents(Pos open, Tok closer);  // group/tuple/genexp body
    Node* list_atom();
    Node* brace_atom();
    Node* lambdef();
    arguments* parameters(bool is_lambda);  // up to (not including) ')' / ':'
    // allow_genexp: a bare generator expression may be the sole argument
    // (calls yes, class bases no).
    void call_args(Seq<Node>* args, Seq<keyword>* kwargs, const Token& open, bool allow_genexp);
    Node* slices();
    Node* slice_item();
    Seq<comprehension> comp_for();
    Node* star_targets(TargetUse use);  // for-loop / comprehension targets
    Node* single_target_expr();         // bitwise_or-level target
    void set_context(Node* e, ExprContext ctx, TargetUse use);
    Node* expressions_eval();           // eval input

    // --- strings (parse_string.cpp) ----------------------------------------
    Node* strings();  // one or more adjacent String tokens
};

// Whether a token can begin a primary or unary operand (error hints only).
bool starts_operand(Tok k);

// Description of an expression for error messages ("function call", ...).
const char* expr_description(const Node* e);

}  // namespace detail
}  // namespace minnow
