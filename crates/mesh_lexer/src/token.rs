//! The token vocabulary of LANGUAGE.md §2.
//!
//! This enum is the contract between the lexer and the parser. Literal values
//! are already decoded (numbers carry their mathematical value, string
//! content has its escapes applied), so the parser never re-reads source text.

use std::fmt;

/// One token. Spans are kept beside tokens (`Vec<(Token, Span)>`).
#[derive(Clone, Debug, PartialEq)]
pub enum Token {
    // ---- literals -------------------------------------------------------
    /// An integer literal's value. Values up to 2^63 are representable; the
    /// lexer reports anything larger and the parser reports 2^63 unless it is
    /// the operand of a unary minus (§2.6).
    Int(u64),
    Float(f64),
    /// `:name` — the name without the colon.
    Atom(String),
    Ident(String),

    // ---- strings (§2.8): STRING_START { CONTENT | INTERP_START … INTERP_END } STRING_END
    StringStart,
    /// Decoded text between interpolations (escapes already applied).
    StringContent(String),
    /// `${`
    InterpStart,
    /// The `}` closing an interpolation.
    InterpEnd,
    StringEnd,

    // ---- keywords (§2.4) --------------------------------------------------
    Actor,
    After,
    Alias,
    And,
    Break,
    Call,
    Case,
    Cast,
    Cond,
    Continue,
    Def,
    Do,
    Else,
    End,
    False,
    Fn,
    For,
    If,
    Impl,
    Import,
    In,
    Interface,
    Let,
    Link,
    Match,
    Module,
    Monitor,
    Nil,
    Not,
    Or,
    Pub,
    Receive,
    Return,
    SelfKw,
    Send,
    Service,
    Spawn,
    Struct,
    Supervisor,
    Terminate,
    Trait,
    Trap,
    True,
    Type,
    When,
    Where,
    While,
    With,

    // ---- operators and punctuation (§2.10) --------------------------------
    Plus,         // +
    PlusPlus,     // ++
    Minus,        // -
    Arrow,        // ->
    Star,         // *
    Slash,        // /
    Percent,      // %
    Eq,           // =
    EqEq,         // ==
    NotEq,        // !=
    Lt,           // <
    LtEq,         // <=
    Gt,           // >
    GtEq,         // >=
    Diamond,      // <>
    FatArrow,     // =>
    Pipe,         // |>
    Bar,          // |
    BarBar,       // ||
    AmpAmp,       // &&
    Bang,         // !
    Question,     // ?
    Colon,        // :
    ColonColon,   // ::
    Dot,          // .
    DotDot,       // ..
    LParen,       // (
    RParen,       // )
    LBracket,     // [
    RBracket,     // ]
    LBrace,       // {
    RBrace,       // }
    PercentBrace, // %{
    Comma,        // ,
    Semi,         // ;

    /// A significant line break (after the layout rules of §2.12).
    Newline,
    Eof,
}

impl Token {
    /// The keyword for a word, if it is one of the 48 reserved words.
    pub fn keyword(word: &str) -> Option<Token> {
        use Token::*;
        Some(match word {
            "actor" => Actor,
            "after" => After,
            "alias" => Alias,
            "and" => And,
            "break" => Break,
            "call" => Call,
            "case" => Case,
            "cast" => Cast,
            "cond" => Cond,
            "continue" => Continue,
            "def" => Def,
            "do" => Do,
            "else" => Else,
            "end" => End,
            "false" => False,
            "fn" => Fn,
            "for" => For,
            "if" => If,
            "impl" => Impl,
            "import" => Import,
            "in" => In,
            "interface" => Interface,
            "let" => Let,
            "link" => Link,
            "match" => Match,
            "module" => Module,
            "monitor" => Monitor,
            "nil" => Nil,
            "not" => Not,
            "or" => Or,
            "pub" => Pub,
            "receive" => Receive,
            "return" => Return,
            "self" => SelfKw,
            "send" => Send,
            "service" => Service,
            "spawn" => Spawn,
            "struct" => Struct,
            "supervisor" => Supervisor,
            "terminate" => Terminate,
            "trait" => Trait,
            "trap" => Trap,
            "true" => True,
            "type" => Type,
            "when" => When,
            "where" => Where,
            "while" => While,
            "with" => With,
            _ => return None,
        })
    }

    /// The source spelling of a keyword token (used for member names after `.`).
    pub fn keyword_text(&self) -> Option<&'static str> {
        use Token::*;
        Some(match self {
            Actor => "actor",
            After => "after",
            Alias => "alias",
            And => "and",
            Break => "break",
            Call => "call",
            Case => "case",
            Cast => "cast",
            Cond => "cond",
            Continue => "continue",
            Def => "def",
            Do => "do",
            Else => "else",
            End => "end",
            False => "false",
            Fn => "fn",
            For => "for",
            If => "if",
            Impl => "impl",
            Import => "import",
            In => "in",
            Interface => "interface",
            Let => "let",
            Link => "link",
            Match => "match",
            Module => "module",
            Monitor => "monitor",
            Nil => "nil",
            Not => "not",
            Or => "or",
            Pub => "pub",
            Receive => "receive",
            Return => "return",
            SelfKw => "self",
            Send => "send",
            Service => "service",
            Spawn => "spawn",
            Struct => "struct",
            Supervisor => "supervisor",
            Terminate => "terminate",
            Trait => "trait",
            Trap => "trap",
            True => "true",
            Type => "type",
            When => "when",
            Where => "where",
            While => "while",
            With => "with",
            _ => return None,
        })
    }

    /// Binary operators after which a line break does not end the statement
    /// (§2.12 rule 2), plus `=`.
    pub fn continues_line(&self) -> bool {
        use Token::*;
        matches!(
            self,
            Plus | Minus
                | Star
                | Slash
                | Percent
                | Diamond
                | PlusPlus
                | EqEq
                | NotEq
                | Lt
                | Gt
                | LtEq
                | GtEq
                | DotDot
                | And
                | Or
                | AmpAmp
                | BarBar
                | Pipe
                | Eq
        )
    }
}

impl fmt::Display for Token {
    /// How parse errors name a token (§8.5): `` `do` ``, "identifier", …
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Token::*;
        if let Some(kw) = self.keyword_text() {
            return write!(f, "`{kw}`");
        }
        let text = match self {
            Int(_) => "integer literal",
            Float(_) => "float literal",
            Atom(_) => "atom",
            Ident(_) => "identifier",
            StringStart | StringContent(_) | StringEnd => "string",
            InterpStart => "`${`",
            InterpEnd => "`}`",
            Plus => "`+`",
            PlusPlus => "`++`",
            Minus => "`-`",
            Arrow => "`->`",
            Star => "`*`",
            Slash => "`/`",
            Percent => "`%`",
            Eq => "`=`",
            EqEq => "`==`",
            NotEq => "`!=`",
            Lt => "`<`",
            LtEq => "`<=`",
            Gt => "`>`",
            GtEq => "`>=`",
            Diamond => "`<>`",
            FatArrow => "`=>`",
            Pipe => "`|>`",
            Bar => "`|`",
            BarBar => "`||`",
            AmpAmp => "`&&`",
            Bang => "`!`",
            Question => "`?`",
            Colon => "`:`",
            ColonColon => "`::`",
            Dot => "`.`",
            DotDot => "`..`",
            LParen => "`(`",
            RParen => "`)`",
            LBracket => "`[`",
            RBracket => "`]`",
            LBrace => "`{`",
            RBrace => "`}`",
            PercentBrace => "`%{`",
            Comma => "`,`",
            Semi => "`;`",
            Newline => "newline",
            Eof => "end of file",
            _ => "token",
        };
        f.write_str(text)
    }
}
