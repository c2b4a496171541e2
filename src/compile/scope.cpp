// Scope analysis (see compile/scope.h).
#include "compile/scope.h"

#include <cstring>

#include "compile/codegen.h"
#include "gc/heap.h"
#include "lex/msgbuf.h"

namespace minnow::compiler {

static void* arena_alloc(Compiler* c, size_t n) { return c->arena.alloc(&c->arena, n); }

// --- Names ---------------------------------------------------------------------

const Str* scope_mangle(Scope* s, const char* name, size_t len) {
  const Str* cls = s ? s->mangle : nullptr;
  // Only `__spam` (not `__spam__`, not dotted) inside a class is private.
  if (!cls || len < 3 || name[0] != '_' || name[1] != '_' ||
      (name[len - 1] == '_' && name[len - 2] == '_') || memchr(name, '.', len))
    return intern(name, len);
  const char* cn = cls->data();
  size_t cl = cls->len;
  while (cl && *cn == '_') cn++, cl--;
  if (cl == 0) return intern(name, len);
  char* buf = static_cast<char*>(gc::alloc(1 + cl + len, gc::kNoScan));
  buf[0] = '_';
  memcpy(buf + 1, cn, cl);
  memcpy(buf + 1 + cl, name, len);
  const Str* r = intern(buf, 1 + cl + len);
  gc::free(buf);
  return r;
}

Symbol* scope_find(Scope* s, const Str* name) {
  for (uint32_t i = 0; i < s->n_syms; i++)
    if (s->syms[i].name == name) return &s->syms[i];
  return nullptr;
}

Scope* scope_child(Scope* s, const Node* node) {
  for (Scope* k = s->first_child; k; k = k->next)
    if (k->node == node) return k;
  return nullptr;
}

static Symbol* new_sym(Compiler* c, Scope* s, const Str* name) {
  if (s->n_syms == s->cap_syms) {
    uint32_t cap = s->cap_syms ? s->cap_syms * 2 : 8;
    Symbol* p = static_cast<Symbol*>(arena_alloc(c, cap * sizeof(Symbol)));
    if (s->n_syms) memcpy(p, s->syms, s->n_syms * sizeof(Symbol));
    s->syms = p;
    s->cap_syms = cap;
  }
  Symbol* sym = &s->syms[s->n_syms++];
  sym->name = name;
  sym->line = 0;
  sym->col = 0;
  sym->flags = 0;
  sym->slot = 0;
  sym->bind = Bind::None;
  return sym;
}

static Symbol* add_sym(Compiler* c, Scope* s, const Str* name, uint16_t flags, const Node* at) {
  Symbol* sym = scope_find(s, name);
  if (!sym) {
    sym = new_sym(c, s, name);
    sym->line = at->line;
    sym->col = at->col;
  }
  sym->flags |= flags;
  return sym;
}

// "<parent qualname>.<locals>.<name>" and friends.
static const Str* make_qualname(Compiler* c, Scope* parent, const Str* name) {
  if (!parent || parent->kind == ScopeKind::Module) return name;
  if (parent->is_function_like()) {
    Symbol* sym = scope_find(parent, name);
    if (sym && (sym->flags & kSymGlobal)) return name;
  }
  const Str* pq = parent->qualname;
  const char* mid = parent->is_function_like() ? ".<locals>." : ".";
  size_t ml = strlen(mid);
  size_t n = pq->len + ml + name->len;
  Str* s = str_alloc(n);
  char* d = s->mut_data();
  memcpy(d, pq->data(), pq->len);
  memcpy(d + pq->len, mid, ml);
  memcpy(d + pq->len + ml, name->data(), name->len);
  (void)c;
  return s;
}

static Scope* new_scope(Compiler* c, Scope* parent, ScopeKind kind, const Node* node, const Str* name) {
  Scope* s = static_cast<Scope*>(arena_alloc(c, sizeof(Scope)));
  memset(static_cast<void*>(s), 0, sizeof(Scope));
  s->parent = parent;
  s->kind = kind;
  s->node = node;
  s->name = name;
  if (parent) {
    if (parent->last_child)
      parent->last_child->next = s;
    else
      parent->first_child = s;
    parent->last_child = s;
    s->mangle = parent->mangle;
  }
  if (kind == ScopeKind::Class) s->mangle = name;
  s->qualname = make_qualname(c, parent, name);
  return s;
}

Scope* scope_new_module(Compiler* c) { return new_scope(c, nullptr, ScopeKind::Module, nullptr, QSTR(module_)); }

// --- Collect pass -------------------------------------------------------------

namespace {

struct Collector {
  Compiler* c;
  Scope* cur;
  int comp_iter;     // > 0 inside a comprehension's iterable expression
  bool comp_target;  // visiting a comprehension's `for` target

  const Str* name_of(const Ident& id) { return scope_mangle(cur, id.s, id.len); }

  [[noreturn]] void err_name(const Node* at, const char* pre, const Str* name, const char* post) {
    syntax_error_name(c, at->line, at->col, pre, name->data(), name->len, post);
  }

  void use(const Str* name, const Node* at) {
    if (cur->kind == ScopeKind::Module) return;
    add_sym(c, cur, name, kSymUsed, at);
  }
  void bind(const Str* name, const Node* at) {
    if (cur->kind == ScopeKind::Module) return;
    add_sym(c, cur, name, kSymAssigned, at);
  }

  void name(Name* n) {
    const Str* s = name_of(n->id);
    if (n->ctx == ExprContext::Load) {
      if (cur->is_function_like() && n->id.eq("super")) use(QSTR(__class__), n);
      use(s, n);
      return;
    }
    if (s == QSTR(__debug__))
      syntax_error(c, n, n->ctx == ExprContext::Del ? "cannot delete __debug__" : "cannot assign to __debug__");
    if (comp_target && cur->kind == ScopeKind::Comprehension) {
      add_sym(c, cur, s, kSymAssigned | kSymCompIter, n);
      return;
    }
    bind(s, n);
  }

  void param(arg* a, const Node* def) {
    const Str* s = name_of(a->name);
    if (s == QSTR(__debug__)) syntax_error(c, def, "cannot assign to __debug__");
    Symbol* sym = scope_find(cur, s);
    if (sym && (sym->flags & kSymParam))
      err_name(a, "duplicate argument ", s, " in function definition");
    add_sym(c, cur, s, kSymParam, a);
  }

  // Parameters are the first symbols of a function scope, in slot order.
  void params(arguments* a, const Node* def) {
    for (arg* p : a->posonlyargs) param(p, def);
    for (arg* p : a->args) param(p, def);
    for (arg* p : a->kwonlyargs) param(p, def);
    if (a->vararg) param(a->vararg, def);
    if (a->kwarg) param(a->kwarg, def);
    cur->n_posonly = static_cast<uint16_t>(a->posonlyargs.count);
    cur->n_pos = static_cast<uint16_t>(a->posonlyargs.count + a->args.count);
    cur->n_kwonly = static_cast<uint16_t>(a->kwonlyargs.count);
    cur->varargs = a->vararg != nullptr;
    cur->varkw = a->kwarg != nullptr;
  }

  void defaults(arguments* a) {
    for (Node* d : a->defaults) expr(d);
    for (Node* d : a->kw_defaults)
      if (d) expr(d);
  }

  void exprs(const Seq<Node>& s) {
    for (Node* e : s) expr(e);
  }
  void stmts(const Seq<Node>& s) {
    for (Node* e : s) stmt(e);
  }

  void walrus(NamedExpr* ne) {
    Name* t = ne->target->as<Name>();
    const Str* s = name_of(t->id);
    if (comp_iter > 0)
      syntax_error(c, ne, "assignment expression cannot be used in a comprehension iterable expression");
    if (cur->kind != ScopeKind::Comprehension) {
      name(t);
      return;
    }
    Scope* target = cur;
    for (; target->kind == ScopeKind::Comprehension; target = target->parent) {
      Symbol* sym = scope_find(target, s);
      if (sym && (sym->flags & kSymCompIter))
        err_name(ne, "assignment expression cannot rebind comprehension iteration variable ", s, "");
    }
    if (target->kind == ScopeKind::Class)
      syntax_error(c, ne, "assignment expression within a comprehension cannot be used in a class body");
    if (s == QSTR(__debug__)) syntax_error(c, t, "cannot assign to __debug__");
    uint16_t how = kSymNonlocal;
    if (target->kind == ScopeKind::Module) {
      how = kSymGlobal;
    } else {
      Symbol* ts = scope_find(target, s);
      if (ts && (ts->flags & kSymGlobal)) how = kSymGlobal;
      add_sym(c, target, s, kSymAssigned, t);
    }
    for (Scope* k = cur; k != target; k = k->parent) add_sym(c, k, s, how | kSymWalrus, t);
  }

  void comprehension(Node* node, CompKind kind, const Seq<ast::comprehension>& gens, Node* elt, Node* value) {
    static const Str* const names[] = {nullptr, QSTR(listcomp_), QSTR(setcomp_), QSTR(dictcomp_),
                                       QSTR(genexpr_)};
    ast::comprehension* g0 = gens[0];
    comp_iter++;
    expr(g0->iter);
    comp_iter--;
    Scope* outer = cur;
    Scope* s = new_scope(c, cur, ScopeKind::Comprehension, node, names[static_cast<int>(kind)]);
    s->comp = kind;
    s->is_generator = kind == CompKind::Gen;
    cur = s;
    add_sym(c, s, intern(".0", 2), kSymParam, node);
    s->n_pos = 1;
    for (uint32_t i = 0; i < gens.count; i++) {
      ast::comprehension* g = gens[i];
      if (g->is_async) s->has_async_for = true;
      if (i > 0) {
        comp_iter++;
        expr(g->iter);
        comp_iter--;
      }
      bool saved = comp_target;
      comp_target = true;
      expr(g->target);
      comp_target = saved;
      exprs(g->ifs);
    }
    expr(elt);
    if (value) expr(value);
    cur = outer;
    if (s->has_await || s->has_async_for) {
      s->is_async = true;
      // Calling a non-generator async comprehension means awaiting it.
      if (kind != CompKind::Gen) outer->has_await = true;
    }
  }

  void yield(Node* e) {
    if (cur->kind == ScopeKind::Comprehension) {
      static const char* const msgs[] = {"", MSG("'yield' inside list comprehension"),
                                         MSG("'yield' inside set comprehension"),
                                         MSG("'yield' inside dict comprehension"),
                                         MSG("'yield' inside generator expression")};
      syntax_error(c, e, msgs[static_cast<int>(cur->comp)]);
    }
    if (!cur->is_function_like()) syntax_error(c, e, "'yield' outside function");
    cur->is_generator = true;
  }

  void declare(Node* s, bool global) {
    const IdentList& names = global ? s->as<Global>()->names : s->as<Nonlocal>()->names;
    if (!global && cur->kind == ScopeKind::Module)
      syntax_error(c, s, "nonlocal declaration not allowed at module level");
    if (cur->kind == ScopeKind::Module) return;
    for (const Ident& id : names) {
      const Str* n = name_of(id);
      Symbol* sym = scope_find(cur, n);
      if (sym) {
        const char* post = nullptr;
        if (sym->flags & kSymParam)
          post = global ? MSG(" is parameter and global") : MSG(" is parameter and nonlocal");
        else if (sym->flags & kSymUsed)
          post = global ? MSG(" is used prior to global declaration") : MSG(" is used prior to nonlocal declaration");
        else if (sym->flags & kSymAnnotated)
          err_name(s, "annotated name ", n, global ? " can't be global" : " can't be nonlocal");
        else if (sym->flags & kSymAssigned)
          post = global ? MSG(" is assigned to before global declaration")
                        : MSG(" is assigned to before nonlocal declaration");
        else if (sym->flags & (global ? kSymNonlocal : kSymGlobal))
          syntax_error_name(c, sym->line, sym->col, "name ", n->data(), n->len, " is nonlocal and global");
        if (post) err_name(s, "name ", n, post);
      }
      sym = add_sym(c, cur, n, global ? kSymGlobal : kSymNonlocal, s);
      sym->line = s->line;
      sym->col = s->col;
    }
  }

  void stmt(Node* s) {
    check_stack();
    switch (s->kind) {
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef: {
        auto* f = static_cast<FunctionDefBase*>(s);
        exprs(f->decorator_list);
        defaults(f->args);
        const Str* n = name_of(f->name);
        if (n == QSTR(__debug__)) syntax_error(c, s, "cannot assign to __debug__");
        Scope* outer = cur;
        // The code's own name and qualname are not mangled; the binding is.
        Scope* k = new_scope(c, cur, ScopeKind::Function, s, intern(f->name.s, f->name.len));
        k->is_async = s->kind == NodeKind::AsyncFunctionDef;
        bind(n, s);
        cur = k;
        params(f->args, s);
        stmts(f->body);
        cur = outer;
        break;
      }
      case NodeKind::ClassDef: {
        auto* cd = s->as<ClassDef>();
        exprs(cd->decorator_list);
        exprs(cd->bases);
        for (keyword* kw : cd->keywords) {
          if (kw->arg.s && kw->arg.eq("__debug__")) syntax_error(c, s, "cannot assign to __debug__");
          expr(kw->value);
        }
        const Str* n = name_of(cd->name);
        if (n == QSTR(__debug__)) syntax_error(c, s, "cannot assign to __debug__");
        Scope* outer = cur;
        Scope* k = new_scope(c, cur, ScopeKind::Class, s, intern(cd->name.s, cd->name.len));
        cur = k;
        stmts(cd->body);
        cur = outer;
        bind(n, s);
        break;
      }
      case NodeKind::Return: {
        auto* r = s->as<Return>();
        if (r->value) {
          cur->has_return_value = true;
          expr(r->value);
        }
        break;
      }
      case NodeKind::Delete: exprs(s->as<Delete>()->targets); break;
      case NodeKind::Assign:
        exprs(s->as<Assign>()->targets);
        expr(s->as<Assign>()->value);
        break;
      case NodeKind::AugAssign: {
        auto* a = s->as<AugAssign>();
        if (a->target->is<Name>()) {
          Name* n = a->target->as<Name>();
          const Str* str = name_of(n->id);
          if (str == QSTR(__debug__)) syntax_error(c, n, "cannot assign to __debug__");
          use(str, n);
          bind(str, n);
        } else if (a->target->is<Attribute>()) {
          expr(a->target->as<Attribute>()->value);  // x.__debug__ += 1 is allowed
        } else {
          expr(a->target);
        }
        expr(a->value);
        break;
      }
      case NodeKind::AnnAssign: {
        auto* a = s->as<AnnAssign>();
        if (a->target->is<Name>() && a->simple) {
          Name* n = a->target->as<Name>();
          const Str* str = name_of(n->id);
          if (str == QSTR(__debug__)) syntax_error(c, n, "cannot assign to __debug__");
          if (cur->kind != ScopeKind::Module) {
            Symbol* sym = scope_find(cur, str);
            if (sym && (sym->flags & (kSymGlobal | kSymNonlocal)))
              err_name(s, "annotated name ", str,
                       (sym->flags & kSymGlobal) ? " can't be global" : " can't be nonlocal");
            add_sym(c, cur, str, kSymAssigned | kSymAnnotated, n);
          }
        } else {
          expr(a->target);
        }
        if (a->value) expr(a->value);
        break;
      }
      case NodeKind::For:
      case NodeKind::AsyncFor: {
        auto* f = static_cast<ForBase*>(s);
        expr(f->target);
        expr(f->iter);
        stmts(f->body);
        stmts(f->orelse);
        break;
      }
      case NodeKind::While:
        expr(s->as<While>()->test);
        stmts(s->as<While>()->body);
        stmts(s->as<While>()->orelse);
        break;
      case NodeKind::If:
        expr(s->as<If>()->test);
        stmts(s->as<If>()->body);
        stmts(s->as<If>()->orelse);
        break;
      case NodeKind::With:
      case NodeKind::AsyncWith: {
        auto* w = static_cast<WithBase*>(s);
        for (withitem* it : w->items) {
          expr(it->context_expr);
          if (it->optional_vars) expr(it->optional_vars);
        }
        stmts(w->body);
        break;
      }
      case NodeKind::Raise:
        if (s->as<Raise>()->exc) expr(s->as<Raise>()->exc);
        if (s->as<Raise>()->cause) expr(s->as<Raise>()->cause);
        break;
      case NodeKind::Try: {
        auto* t = s->as<Try>();
        stmts(t->body);
        for (ExceptHandler* h : t->handlers) {
          if (h->type) expr(h->type);
          if (h->name.s) {
            const Str* n = name_of(h->name);
            if (n == QSTR(__debug__)) syntax_error(c, h, "cannot assign to __debug__");
            bind(n, h);
          }
          stmts(h->body);
        }
        stmts(t->orelse);
        stmts(t->finalbody);
        break;
      }
      case NodeKind::Assert:
        expr(s->as<Assert>()->test);
        if (s->as<Assert>()->msg) expr(s->as<Assert>()->msg);
        break;
      case NodeKind::Import:
      case NodeKind::ImportFrom: {
        const Seq<alias>& names = s->is<Import>() ? s->as<Import>()->names : s->as<ImportFrom>()->names;
        for (alias* a : names) {
          if (a->name.len == 1 && a->name.s[0] == '*') {
            if (cur->kind != ScopeKind::Module) syntax_error(c, a, "import * only allowed at module level");
            continue;
          }
          const Str* n;
          if (a->asname.s) {
            n = name_of(a->asname);
          } else {
            const char* dot = static_cast<const char*>(memchr(a->name.s, '.', a->name.len));
            n = scope_mangle(cur, a->name.s, dot ? static_cast<size_t>(dot - a->name.s) : a->name.len);
          }
          if (n == QSTR(__debug__)) syntax_error(c, a, "cannot assign to __debug__");
          bind(n, a);
        }
        break;
      }
      case NodeKind::Global: declare(s, true); break;
      case NodeKind::Nonlocal: declare(s, false); break;
      case NodeKind::Expr: expr(s->as<Expr>()->value); break;
      default: break;  // Pass, Break, Continue
    }
  }

  void expr(Node* e) {
    check_stack();
    switch (e->kind) {
      case NodeKind::BoolOp: exprs(e->as<BoolOp>()->values); break;
      case NodeKind::NamedExpr:
        expr(e->as<NamedExpr>()->value);
        walrus(e->as<NamedExpr>());
        break;
      case NodeKind::BinOp:
        // Left-nested chains (a+b+c+...) are walked iteratively.
        while (e->is<BinOp>()) {
          expr(e->as<BinOp>()->right);
          e = e->as<BinOp>()->left;
        }
        expr(e);
        break;
      case NodeKind::UnaryOp: expr(e->as<UnaryOp>()->operand); break;
      case NodeKind::Lambda: {
        auto* l = e->as<Lambda>();
        defaults(l->args);
        Scope* outer = cur;
        Scope* k = new_scope(c, cur, ScopeKind::Lambda, e, QSTR(lambda_));
        cur = k;
        params(l->args, e);
        bool saved = comp_target;
        int saved_iter = comp_iter;
        comp_target = false;
        comp_iter = 0;
        expr(l->body);
        comp_target = saved;
        comp_iter = saved_iter;
        cur = outer;
        break;
      }
      case NodeKind::IfExp:
        expr(e->as<IfExp>()->test);
        expr(e->as<IfExp>()->body);
        expr(e->as<IfExp>()->orelse);
        break;
      case NodeKind::Dict: {
        auto* d = e->as<Dict>();
        for (uint32_t i = 0; i < d->values.count; i++) {
          if (d->keys[i]) expr(d->keys[i]);
          expr(d->values[i]);
        }
        break;
      }
      case NodeKind::Set: exprs(e->as<Set>()->elts); break;
      case NodeKind::ListComp: {
        auto* k = static_cast<CompBase*>(e);
        comprehension(e, CompKind::List, k->generators, k->elt, nullptr);
        break;
      }
      case NodeKind::SetComp: {
        auto* k = static_cast<CompBase*>(e);
        comprehension(e, CompKind::Set, k->generators, k->elt, nullptr);
        break;
      }
      case NodeKind::GeneratorExp: {
        auto* k = static_cast<CompBase*>(e);
        comprehension(e, CompKind::Gen, k->generators, k->elt, nullptr);
        break;
      }
      case NodeKind::DictComp: {
        auto* k = e->as<DictComp>();
        comprehension(e, CompKind::Dict, k->generators, k->key, k->value);
        break;
      }
      case NodeKind::Await:
        cur->has_await = true;
        expr(e->as<Await>()->value);
        break;
      case NodeKind::Yield:
        yield(e);
        if (e->as<Yield>()->value) expr(e->as<Yield>()->value);
        break;
      case NodeKind::YieldFrom:
        yield(e);
        expr(e->as<YieldFrom>()->value);
        break;
      case NodeKind::Compare:
        expr(e->as<Compare>()->left);
        exprs(e->as<Compare>()->comparators);
        break;
      case NodeKind::Call: {
        auto* call = e->as<Call>();
        expr(call->func);
        exprs(call->args);
        for (keyword* kw : call->keywords) {
          if (kw->arg.s && kw->arg.eq("__debug__")) syntax_error(c, e, "cannot assign to __debug__");
          expr(kw->value);
        }
        break;
      }
      case NodeKind::FormattedValue:
        expr(e->as<FormattedValue>()->value);
        if (e->as<FormattedValue>()->format_spec) expr(e->as<FormattedValue>()->format_spec);
        break;
      case NodeKind::JoinedStr: exprs(e->as<JoinedStr>()->values); break;
      case NodeKind::Attribute: {
        if (e->as<Attribute>()->ctx == ExprContext::Store && e->as<Attribute>()->attr.eq("__debug__"))
          syntax_error(c, e, "cannot assign to __debug__");
        bool saved = comp_target;
        comp_target = false;
        expr(e->as<Attribute>()->value);
        comp_target = saved;
        break;
      }
      case NodeKind::Subscript: {
        bool saved = comp_target;
        comp_target = false;
        expr(e->as<Subscript>()->value);
        expr(e->as<Subscript>()->slice);
        comp_target = saved;
        break;
      }
      case NodeKind::Starred: expr(e->as<Starred>()->value); break;
      case NodeKind::Name: name(e->as<Name>()); break;
      case NodeKind::List: exprs(e->as<List>()->elts); break;
      case NodeKind::Tuple: exprs(e->as<Tuple>()->elts); break;
      case NodeKind::Slice: {
        auto* sl = e->as<Slice>();
        if (sl->lower) expr(sl->lower);
        if (sl->upper) expr(sl->upper);
        if (sl->step) expr(sl->step);
        break;
      }
      default: break;  // Constant
    }
  }
};

}  // namespace

void scope_collect_stmt(Compiler* c, Scope* mod, Node* stmt) {
  Collector col{c, mod, 0, false};
  col.stmt(stmt);
}

void scope_collect_expr(Compiler* c, Scope* mod, Node* expr) {
  Collector col{c, mod, 0, false};
  col.expr(expr);
}

// --- Resolve pass ---------------------------------------------------------------

// The nearest enclosing function scope that binds `name` for nested scopes,
// or null if the name is global there. Class scopes are transparent, except
// that a class binds the implicit `__class__`.
static Scope* find_binding(Scope* s, const Str* name) {
  for (Scope* p = s->parent; p; p = p->parent) {
    if (p->kind == ScopeKind::Module) return nullptr;
    if (p->kind == ScopeKind::Class) {
      if (name == QSTR(__class__)) return p;
      continue;
    }
    Symbol* sym = scope_find(p, name);
    if (!sym) continue;
    if (sym->flags & kSymGlobal) return nullptr;
    if (sym->flags & (kSymAssigned | kSymParam | kSymNonlocal)) return p;
  }
  return nullptr;
}

// s uses `name` bound in `binder`: make it a cell there and a free variable
// in every scope in between.
static void mark_free_path(Compiler* c, Scope* s, Scope* binder, const Str* name, const Symbol* at) {
  for (Scope* p = s->parent; p != binder; p = p->parent) {
    Symbol* sym = scope_find(p, name);
    if (!sym) {
      sym = new_sym(c, p, name);
      sym->line = at->line;
      sym->col = at->col;
      sym->bind = Bind::Free;
    } else if (sym->bind != Bind::Free) {
      if (p->kind == ScopeKind::Class)
        sym->flags |= kSymFreeClass;
      else
        sym->bind = Bind::Free;
    }
  }
  if (binder->kind == ScopeKind::Class) {
    binder->needs_class_cell = true;
    return;
  }
  Symbol* sym = scope_find(binder, name);
  if (sym && sym->bind == Bind::Local) sym->bind = Bind::Cell;
}

static void resolve_scope(Compiler* c, Scope* s) {
  check_stack();
  // New symbols may be appended to s while its children resolve, but not
  // while s itself is being resolved (only ancestors get new symbols).
  for (uint32_t i = 0; i < s->n_syms; i++) {
    Symbol* sym = &s->syms[i];
    if (sym->bind != Bind::None) continue;
    uint16_t f = sym->flags;
    if (f & kSymGlobal) {
      sym->bind = Bind::GlobalExplicit;
    } else if (f & kSymNonlocal) {
      Scope* b = find_binding(s, sym->name);
      if (!b)
        syntax_error_name(c, sym->line, sym->col, "no binding for nonlocal ", sym->name->data(),
                          sym->name->len, " found");
      sym->bind = Bind::Free;
      mark_free_path(c, s, b, sym->name, sym);
    } else if (f & (kSymAssigned | kSymParam)) {
      sym->bind = Bind::Local;
    } else {
      Scope* b = find_binding(s, sym->name);
      if (b) {
        sym->bind = Bind::Free;
        mark_free_path(c, s, b, sym->name, sym);
      } else {
        sym->bind = Bind::GlobalImplicit;
      }
    }
  }
  for (Scope* k = s->first_child; k; k = k->next) resolve_scope(c, k);
}

static void assign_slots(Compiler* c, Scope* s) {
  check_stack();
  uint32_t slot = 0, n_cells = 0, n_free = 0;
  if (s->kind == ScopeKind::Class) {
    if (s->needs_class_cell) {
      s->class_cell_slot = static_cast<uint16_t>(slot++);
      n_cells = 1;
    }
  } else if (s->kind != ScopeKind::Module) {
    uint32_t n_params = s->n_pos + s->n_kwonly + (s->varargs ? 1 : 0) + (s->varkw ? 1 : 0);
    for (uint32_t i = 0; i < s->n_syms; i++) {
      Symbol* sym = &s->syms[i];
      if (i < n_params) {
        sym->slot = static_cast<uint16_t>(slot++);
      } else if (sym->bind == Bind::Local || sym->bind == Bind::Cell) {
        sym->slot = static_cast<uint16_t>(slot++);
      }
      if (sym->bind == Bind::Cell) n_cells++;
    }
  }
  if (s->kind != ScopeKind::Module) {
    for (uint32_t i = 0; i < s->n_syms; i++) {
      Symbol* sym = &s->syms[i];
      if (sym->bind == Bind::Free || (sym->flags & kSymFreeClass)) {
        sym->slot = static_cast<uint16_t>(slot++);
        n_free++;
      }
    }
  }
  if (slot > 0xffff) syntax_error_at(c, s->node ? s->node->line : 1, 0, "too many local variables");
  s->n_slots = static_cast<uint16_t>(slot);
  s->n_free = static_cast<uint16_t>(n_free);
  s->n_cells = static_cast<uint16_t>(n_cells);
  if (slot) {
    s->slot_names = static_cast<const Str**>(arena_alloc(c, slot * sizeof(const Str*)));
    if (s->needs_class_cell) s->slot_names[s->class_cell_slot] = QSTR(__class__);
    for (uint32_t i = 0; i < s->n_syms; i++) {
      Symbol* sym = &s->syms[i];
      bool has_slot = sym->bind == Bind::Free || (sym->flags & kSymFreeClass) ||
                      (s->is_function_like() && (sym->bind == Bind::Local || sym->bind == Bind::Cell ||
                                                 (sym->flags & kSymParam)));
      if (has_slot) s->slot_names[sym->slot] = sym->name;
    }
  }
  if (n_cells) {
    s->cell_slots = static_cast<uint16_t*>(arena_alloc(c, n_cells * sizeof(uint16_t)));
    uint32_t k = 0;
    if (s->kind == ScopeKind::Class) {
      s->cell_slots[k++] = s->class_cell_slot;
    } else {
      for (uint32_t i = 0; i < s->n_syms; i++)
        if (s->syms[i].bind == Bind::Cell) s->cell_slots[k++] = s->syms[i].slot;
    }
  }
  for (Scope* k = s->first_child; k; k = k->next) assign_slots(c, k);
}

void scope_resolve(Compiler* c, Scope* mod) {
  resolve_scope(c, mod);
  assign_slots(c, mod);
}

}  // namespace minnow::compiler
