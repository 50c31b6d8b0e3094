//! Parse errors as data, and the one function that words them (§8.5).
//!
//! Grammar code records *what* went wrong and *where*; every message, label
//! and help text of the P0001 table lives here, so the wording required by
//! the spec can be checked against one place (and against the snapshot tests
//! in `tests/errors.rs`).

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_lexer::Token;

pub(crate) const CLOSURE_HELP: &str =
    "to write a closure here, put its parameters in parentheses: `fn(x) -> … end`";

#[derive(Clone, Debug)]
pub(crate) enum ParseError {
    /// The generic "expected {expected}, found {found}".
    Expected {
        expected: String,
        found: Token,
        span: Span,
        help: Option<&'static str>,
    },
    UnclosedBlock {
        found: Token,
        span: Span,
        do_span: Span,
    },
    UnclosedClosure {
        found: Token,
        span: Span,
        fn_span: Span,
    },
    InterpolationInPattern {
        span: Span,
    },
    GlobImport {
        span: Span,
    },
    SecondTerminate {
        span: Span,
        first: Span,
    },
    BadServiceMember {
        span: Span,
    },
    BadSupervisorMember {
        text: String,
        span: Span,
    },
    TrailingDo {
        span: Span,
    },
    /// `key:value` lexed as `key` then the atom `:value` (the colon rule, §2.9).
    AtomAfterKey {
        name: String,
        value: String,
        span: Span,
    },
    PositionalAfterKeyword {
        span: Span,
        keyword: Span,
    },
    MisplacedItem {
        kind: &'static str,
        span: Span,
    },
    PubImpl {
        span: Span,
    },
    UntypedField {
        name: String,
        span: Span,
    },
    DuplicateSetting {
        setting: String,
        span: Span,
        first: Span,
    },
    ReturnOutsideFn {
        span: Span,
    },
    IntOutOfRange {
        span: Span,
    },
    TooDeep {
        span: Span,
    },
}

impl ParseError {
    pub(crate) fn into_diagnostic(self) -> Diagnostic {
        use ParseError::*;
        let error = |message: String| Diagnostic::error(Code::PARSE, message);
        match self {
            Expected {
                expected,
                found,
                span,
                help,
            } => {
                let d = error(format!("expected {expected}, found {found}"))
                    .label(span, format!("expected {expected}"));
                match help {
                    Some(help) => d.help(help),
                    None => d,
                }
            }
            UnclosedBlock {
                found,
                span,
                do_span,
            } => error("expected `end` to close `do` block".into())
                .label(span, format!("found {found}"))
                .label(do_span, "`do` block started here"),
            UnclosedClosure {
                found,
                span,
                fn_span,
            } => error("unclosed closure -- expected `end`".into())
                .label(span, format!("found {found}"))
                .label(fn_span, "closure started here"),
            InterpolationInPattern { span } => {
                error("string interpolation not allowed in patterns".into())
                    .label(span, "patterns only match constant strings")
            }
            GlobImport { span } => {
                error("glob imports are not allowed; import names explicitly".into())
                    .label(span, "glob import")
            }
            SecondTerminate { span, first } => {
                error("only one `terminate` clause is allowed per actor block".into())
                    .label(span, "second `terminate` clause")
                    .label(first, "first `terminate` clause here")
            }
            BadServiceMember { span } => {
                error("expected `fn`, `call`, `cast`, or `end` in service body".into())
                    .label(span, "not allowed in a service body")
            }
            BadSupervisorMember { text, span } => {
                error(format!("unexpected `{text}` in supervisor body"))
                    .label(span, "not a supervisor setting or child")
            }
            TrailingDo { span } => error("trailing `do` blocks are not supported".into())
                .label(span, "this `do` does not belong to any construct")
                .help("pass a closure argument instead: `f(args, fn x -> … end)`"),
            AtomAfterKey { name, value, span } => error(format!(
                "expected `:` after `{name}`, found atom `:{value}`"
            ))
            .label(span, "this is an atom")
            .help(format!(
                "write `{name}: {value}`; `:{value}` without a space is an atom"
            )),
            PositionalAfterKeyword { span, keyword } => {
                error("positional argument after keyword arguments".into())
                    .label(span, "positional argument")
                    .label(keyword, "keyword argument given earlier")
                    .help("keyword arguments must come last")
            }
            MisplacedItem { kind, span } => error(format!(
                "{kind} is only allowed at the top level of a module"
            ))
            .label(span, "not allowed inside a block"),
            PubImpl { span } => {
                error("impls are always global; remove `pub`".into()).label(span, "remove this")
            }
            UntypedField { name, span } => {
                error(format!("struct field `{name}` needs a type annotation"))
                    .label(span, "missing `:: Type`")
                    .help(format!("write `{name} :: Type`"))
            }
            DuplicateSetting {
                setting,
                span,
                first,
            } => error(format!("duplicate `{setting}` in supervisor"))
                .label(span, "set again here")
                .label(first, "first set here"),
            ReturnOutsideFn { span } => {
                error("`return` outside of a function".into()).label(span, "not inside a function")
            }
            IntOutOfRange { span } => error("integer literal out of range".into())
                .label(span, "this does not fit in an Int")
                .help("Int ranges from -9223372036854775808 to 9223372036854775807"),
            TooDeep { span } => error("expression nested too deeply".into())
                .label(span, "nesting limit reached here")
                .help("split the expression with `let`"),
        }
    }
}

/// How a token is written in source, for messages that quote it
/// (``unexpected `X` in supervisor body``).
pub(crate) fn token_text(token: &Token) -> String {
    match token {
        Token::Ident(name) => name.clone(),
        Token::Int(value) => value.to_string(),
        Token::Float(value) => value.to_string(),
        Token::Atom(name) => format!(":{name}"),
        Token::StringStart | Token::StringContent(_) | Token::StringEnd => "\"".to_string(),
        Token::InterpStart => "${".to_string(),
        Token::InterpEnd => "}".to_string(),
        other => other.to_string().trim_matches('`').to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_quoted_as_written() {
        assert_eq!(token_text(&Token::Ident("workers".into())), "workers");
        assert_eq!(token_text(&Token::Fn), "fn");
        assert_eq!(token_text(&Token::FatArrow), "=>");
        assert_eq!(token_text(&Token::Atom("ok".into())), ":ok");
        assert_eq!(token_text(&Token::Int(3)), "3");
    }

    #[test]
    fn generic_message_names_tokens_with_display() {
        let error = ParseError::Expected {
            expected: "`do`".into(),
            found: Token::Ident("then".into()),
            span: Span::new(5, 9),
            help: None,
        };
        let d = error.into_diagnostic();
        assert_eq!(d.message, "expected `do`, found identifier");
        assert_eq!(d.primary_span(), Some(Span::new(5, 9)));
        let eof = ParseError::Expected {
            expected: "`end`".into(),
            found: Token::Eof,
            span: Span::empty(3),
            help: None,
        };
        assert_eq!(
            eof.into_diagnostic().message,
            "expected `end`, found end of file"
        );
    }
}
