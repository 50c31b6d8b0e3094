//! The parser: tokens to the untyped syntax tree (LANGUAGE.md §3, §4).
//!
//! A hand-written recursive-descent parser with precedence climbing for
//! binary operators. The grammar has several spots that want bespoke
//! control — the arm boundary of §3.11 needs speculative parsing, `fn` means
//! a definition or a closure depending on statement position, statements
//! may be juxtaposed, and §8.5 prescribes context-specific messages and at
//! most one error per unexpected token — so the parser is plain code rather
//! than a combinator library. `docs/design/parser.md` records the decision.
//!
//! Layout (which line breaks separate statements, §2.12) is already applied
//! by the lexer: the parser sees a `Newline` only where it matters.
//!
//! Module map, in reading order:
//!
//! | module | grammar |
//! |---|---|
//! | `parser` | cursor, node ids, error reporting, speculation |
//! | `recovery` | skipping to synchronisation points |
//! | `items` | top level, imports, inline modules |
//! | `functions` | `fn` definitions, parameters, generics, where-clauses |
//! | `defs` | structs, sum types, aliases, interfaces, impls |
//! | `actors` | actors, services, supervisors |
//! | `blocks` | blocks, statements, `let`, `return`, arm boundaries |
//! | `exprs` | precedence climbing, prefix and postfix operators, arguments |
//! | `primary` | literals, strings, brackets, maps, struct literals |
//! | `control` | `if`, `case`, `while`, `for`, `receive` |
//! | `closures` | closures |
//! | `patterns` | patterns |
//! | `types` | type expressions |
//! | `errors` | the wording of every P0001 message |
//! | `dump` | a compact S-expression rendering of the tree, for tests |

mod actors;
// Items are few and built once; boxing `FnDef` inside them would only add
// noise for the checker.
#[allow(clippy::large_enum_variant)]
pub mod ast;
mod blocks;
mod closures;
mod control;
mod defs;
pub mod dump;
mod errors;
mod exprs;
mod functions;
mod items;
mod parser;
mod patterns;
mod primary;
mod recovery;
mod types;

use mesh_common::Span;
use mesh_diagnostics::Diagnostic;
use mesh_lexer::Token;

pub use dump::dump;

/// The result of parsing one file: always a module (with `Error` nodes
/// where parsing failed), plus every diagnostic — lexical ones first.
#[derive(Clone, Debug)]
pub struct Parsed {
    pub module: ast::Module,
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Lexes and parses one file. Diagnostics carry no file id; the driver sets it.
pub fn parse(text: &str) -> Parsed {
    let lexed = mesh_lexer::lex(text);
    let mut parser = parser::Parser::new(&lexed.tokens, Some(text), text.len() as u32);
    parser.set_lexical_errors(&lexed.diagnostics);
    let (module, parse_diagnostics) = run(parser);
    let mut diagnostics = lexed.diagnostics;
    diagnostics.extend(parse_diagnostics);
    Parsed {
        module,
        diagnostics,
    }
}

/// Parses an already-lexed token stream (a missing final `Eof` is added).
/// Without the text, `Name` ⏎ `{` inside brackets counts as one line.
pub fn parse_tokens(tokens: &[(Token, Span)], text_len: u32) -> Parsed {
    let (module, diagnostics) = run(parser::Parser::new(tokens, None, text_len));
    Parsed {
        module,
        diagnostics,
    }
}

fn run(mut parser: parser::Parser<'_>) -> (ast::Module, Vec<Diagnostic>) {
    let items = parser.items(false);
    let span = Span::new(0, parser.text_len());
    let (node_count, mut diagnostics) = parser.finish();
    // A few errors are reported after their construct is complete (keyword
    // arguments, duplicates); keep the parser's own errors in source order.
    diagnostics.sort_by_key(|d| d.primary_span().map(|span| span.start));
    (
        ast::Module {
            items,
            span,
            node_count,
        },
        diagnostics,
    )
}
