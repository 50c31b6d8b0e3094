//! Type-level definitions (§3.6, §3.7): structs (with schema lines and
//! `deriving`), sum types, aliases, interfaces and impls.
//!
//! Member lists of these bodies are separated by separators or plain
//! juxtaposition (`Red Green Blue` is three variants), never by commas. Each
//! body is parsed by [`Parser::members`], which handles separators, the
//! closing `end` and recovery uniformly.

use mesh_common::Span;
use mesh_lexer::Token;

use crate::ast::{
    Deriving, ExprKind, ImplDef, ImplMember, InterfaceDef, InterfaceMember, Item, MethodSig,
    RelationKind, StrPart, StructDef, StructMember, SumTypeDef, TypeAlias, TypeExpr, TypeKind,
    Variant, VariantField,
};
use crate::blocks::BlockCtx;
use crate::errors::ParseError;
use crate::parser::{PResult, Parser};

impl Parser<'_> {
    /// `do { member } end` of a definition body. `member` parses one member
    /// at the current token (never a separator or `end`). Returns the span of
    /// `end`.
    pub(crate) fn members(
        &mut self,
        member: impl FnMut(&mut Self) -> PResult<()>,
    ) -> PResult<Span> {
        self.members_until(|_| false, member)
    }

    /// Like [`Parser::members`], for bodies in which `starts_next_item`
    /// tokens cannot be members: such a token means the `end` was forgotten.
    /// That is reported and the body ends there, so the next definition is
    /// parsed normally.
    pub(crate) fn members_until(
        &mut self,
        starts_next_item: impl Fn(&Token) -> bool,
        mut member: impl FnMut(&mut Self) -> PResult<()>,
    ) -> PResult<Span> {
        let do_span = self.expect_body_do()?;
        loop {
            self.skip_seps();
            if self.at(&Token::End) || self.at_eof() {
                break;
            }
            if starts_next_item(self.peek()) {
                self.unclosed_block(do_span);
                return Ok(self.prev_span());
            }
            let before = self.pos();
            let parsed = member(self).and_then(|()| self.member_boundary());
            if parsed.is_err() {
                self.recover_line(|_| false);
                if self.pos() == before && !self.at(&Token::End) {
                    self.bump();
                }
            }
        }
        self.expect_end(do_span)
    }

    /// After a member: a separator, `end`, or the next member.
    fn member_boundary(&mut self) -> PResult<()> {
        match self.peek() {
            Token::Newline | Token::Semi | Token::End | Token::Eof => Ok(()),
            Token::Ident(_) | Token::Fn | Token::Def | Token::Type | Token::Pub => Ok(()),
            Token::Call | Token::Cast => Ok(()),
            _ => Err(self.unexpected("newline")),
        }
    }

    /// `[pub] struct Name [<T>] do members end [deriving(…)]`
    pub(crate) fn struct_def(&mut self, pub_span: Option<Span>) -> PResult<StructDef> {
        let start = pub_span.unwrap_or(self.span());
        self.bump();
        let name = self.ident("struct name")?;
        let (generics, _) = self.opt_generics()?;
        let mut members = Vec::new();
        let mut end = self.members_until(is_definition_keyword, |p| {
            members.push(p.struct_member()?);
            Ok(())
        })?;
        let deriving = self.opt_deriving()?;
        if let Some(d) = &deriving {
            end = d.span;
        }
        Ok(StructDef {
            is_pub: pub_span.is_some(),
            name,
            generics,
            members,
            deriving,
            span: start.to(end),
        })
    }

    fn struct_member(&mut self) -> PResult<StructMember> {
        let next = self.nth(1).clone();
        let word = match self.peek() {
            Token::Ident(word) => word.clone(),
            _ => return Err(self.unexpected("field name")),
        };
        match (word.as_str(), next) {
            ("table", Token::StringStart) => self.table_line(),
            ("primary_key", Token::Atom(value)) => {
                let span = self.bump().to(self.bump());
                Ok(StructMember::PrimaryKey { value, span })
            }
            ("timestamps", Token::True | Token::False) => {
                let start = self.bump();
                let value = self.at(&Token::True);
                Ok(StructMember::Timestamps {
                    value,
                    span: start.to(self.bump()),
                })
            }
            ("belongs_to" | "has_many" | "has_one", Token::Atom(_)) => self.relation_line(&word),
            _ => self.struct_field(),
        }
    }

    /// `table "name"`
    fn table_line(&mut self) -> PResult<StructMember> {
        let start = self.bump();
        let string = self.primary()?;
        let value = match string.kind {
            ExprKind::Str(parts) => parts
                .into_iter()
                .map(|part| match part {
                    StrPart::Text(text) => text,
                    StrPart::Interp(_) => String::new(),
                })
                .collect(),
            _ => String::new(),
        };
        Ok(StructMember::Table {
            value,
            span: start.to(string.span),
        })
    }

    /// `belongs_to :name, Target` (and `has_many`, `has_one`).
    fn relation_line(&mut self, word: &str) -> PResult<StructMember> {
        let kind = match word {
            "belongs_to" => RelationKind::BelongsTo,
            "has_many" => RelationKind::HasMany,
            _ => RelationKind::HasOne,
        };
        let start = self.bump();
        let name = match self.peek() {
            Token::Atom(name) => name.clone(),
            _ => return Err(self.unexpected("atom")),
        };
        self.bump();
        self.expect(&Token::Comma)?;
        let target = self.ident("struct name")?;
        let span = start.to(target.span);
        Ok(StructMember::Relation {
            kind,
            name,
            target,
            span,
        })
    }

    /// `name :: Type`
    fn struct_field(&mut self) -> PResult<StructMember> {
        let name = self.ident("field name")?;
        if self.eat(&Token::ColonColon).is_some() {
            return Ok(StructMember::Field {
                name,
                ty: self.type_expr()?,
            });
        }
        if !matches!(
            self.peek(),
            Token::Newline | Token::Semi | Token::End | Token::Eof | Token::Ident(_)
        ) {
            return Err(self.unexpected("`::`"));
        }
        self.report(ParseError::UntypedField {
            name: name.name.clone(),
            span: name.span,
        });
        let ty = TypeExpr {
            kind: TypeKind::Error,
            span: name.span,
        };
        Ok(StructMember::Field { name, ty })
    }

    /// `deriving(A, B)` after `end`, on the same line or the next (§2.12).
    pub(crate) fn opt_deriving(&mut self) -> PResult<Option<Deriving>> {
        let next_line = self.at(&Token::Newline)
            && matches!(self.nth(1), Token::Ident(w) if w == "deriving")
            && *self.nth(2) == Token::LParen;
        if next_line {
            self.bump();
        } else if !self.at_word("deriving") {
            return Ok(None);
        }
        let start = self.bump();
        self.expect(&Token::LParen)?;
        let traits = self.in_delims(Token::RParen, |p| {
            p.comma_list(&Token::RParen, |p| p.ident("trait name"))
        })?;
        let close = self.expect(&Token::RParen)?;
        Ok(Some(Deriving {
            traits,
            span: start.to(close),
        }))
    }

    /// `type Name [<T>]` then `do variants end [deriving]` or `= type`.
    pub(crate) fn type_def(&mut self, pub_span: Option<Span>) -> PResult<Item> {
        let start = pub_span.unwrap_or(self.span());
        self.bump();
        let name = self.ident("type name")?;
        let (generics, _) = self.opt_generics()?;
        let is_pub = pub_span.is_some();
        match self.peek() {
            Token::Eq => {
                self.bump();
                let ty = self.type_expr()?;
                let span = start.to(ty.span);
                Ok(Item::TypeAlias(TypeAlias {
                    is_pub,
                    name,
                    generics,
                    ty,
                    span,
                }))
            }
            Token::Do | Token::Newline => {
                if self.at(&Token::Newline) {
                    self.unexpected("`do` or `=`");
                }
                let mut variants = Vec::new();
                let mut end = self.members_until(is_definition_keyword, |p| {
                    variants.push(p.variant()?);
                    Ok(())
                })?;
                let deriving = self.opt_deriving()?;
                if let Some(d) = &deriving {
                    end = d.span;
                }
                Ok(Item::SumType(SumTypeDef {
                    is_pub,
                    name,
                    generics,
                    variants,
                    deriving,
                    span: start.to(end),
                }))
            }
            _ => Err(self.unexpected("`do` or `=`")),
        }
    }

    /// `Name [( field, … )]`
    fn variant(&mut self) -> PResult<Variant> {
        let name = self.ident("variant name")?;
        let mut span = name.span;
        let mut fields = Vec::new();
        if self.eat(&Token::LParen).is_some() {
            fields = self.in_delims(Token::RParen, |p| {
                p.comma_list(&Token::RParen, |p| p.variant_field())
            })?;
            span = span.to(self.expect(&Token::RParen)?);
        }
        Ok(Variant { name, fields, span })
    }

    /// `name :: Type` or `Type`.
    fn variant_field(&mut self) -> PResult<VariantField> {
        if matches!(self.peek(), Token::Ident(_)) && *self.nth(1) == Token::ColonColon {
            let name = self.ident("field name")?;
            self.bump();
            return Ok(VariantField {
                name: Some(name),
                ty: self.type_expr()?,
            });
        }
        Ok(VariantField {
            name: None,
            ty: self.type_expr()?,
        })
    }

    /// `[pub] interface Name [<T>] do members end`
    pub(crate) fn interface_def(&mut self, pub_span: Option<Span>) -> PResult<InterfaceDef> {
        let start = pub_span.unwrap_or(self.span());
        self.bump();
        let name = self.ident("interface name")?;
        let (generics, _) = self.opt_generics()?;
        let mut members = Vec::new();
        let not_a_member = |t: &Token| {
            is_definition_keyword(t) && !matches!(t, Token::Fn | Token::Def | Token::Type)
        };
        let end = self.members_until(not_a_member, |p| {
            members.push(p.interface_member()?);
            Ok(())
        })?;
        Ok(InterfaceDef {
            is_pub: pub_span.is_some(),
            name,
            generics,
            members,
            span: start.to(end),
        })
    }

    fn interface_member(&mut self) -> PResult<InterfaceMember> {
        match self.peek() {
            Token::Type => {
                self.bump();
                Ok(InterfaceMember::AssocType(
                    self.ident("associated type name")?,
                ))
            }
            Token::Fn | Token::Def => Ok(InterfaceMember::Method(self.method_sig()?)),
            _ => Err(self.unexpected("`fn`, `type` or `end`")),
        }
    }

    /// `fn name [(params)] [-> type] [do block end]`
    fn method_sig(&mut self) -> PResult<MethodSig> {
        let kw_span = self.bump();
        let name = self.ident("method name")?;
        let params = match self.at(&Token::LParen) {
            true => self.params()?.0,
            false => Vec::new(),
        };
        let ret = self.opt_return_type()?;
        let mut end = self.prev_span();
        let mut default_body = None;
        if self.at(&Token::Do) {
            default_body = Some(self.in_function(|p| p.do_block(BlockCtx::PLAIN))?);
            end = self.prev_span();
        }
        Ok(MethodSig {
            kw_span,
            name,
            params,
            ret,
            default_body,
            span: kw_span.to(end),
        })
    }

    /// `impl I [<A>] for T [where …] do members end` (`pub` already reported).
    pub(crate) fn impl_def(&mut self, pub_span: Option<Span>) -> PResult<ImplDef> {
        let start = pub_span.unwrap_or(self.span());
        self.bump();
        let interface = self.path("interface name")?;
        let interface_args = self.type_args()?;
        self.expect(&Token::For)?;
        let for_type = self.path("type name")?;
        let header_span = start.to(for_type[for_type.len() - 1].span);
        let (where_clause, _) = self.opt_where()?;
        let mut members = Vec::new();
        let not_a_member = |t: &Token| {
            is_definition_keyword(t)
                && !matches!(t, Token::Fn | Token::Def | Token::Type | Token::Pub)
        };
        let end = self.members_until(not_a_member, |p| {
            members.push(p.impl_member()?);
            Ok(())
        })?;
        Ok(ImplDef {
            interface,
            interface_args,
            for_type,
            where_clause,
            members,
            header_span,
            span: start.to(end),
        })
    }

    fn impl_member(&mut self) -> PResult<ImplMember> {
        match self.peek() {
            Token::Type => {
                let start = self.bump();
                let name = self.ident("associated type name")?;
                self.expect(&Token::Eq)?;
                let ty = self.type_expr()?;
                let span = start.to(ty.span);
                Ok(ImplMember::AssocType { name, ty, span })
            }
            Token::Fn | Token::Def => Ok(ImplMember::Method(self.fn_def(None)?)),
            Token::Pub if matches!(self.nth(1), Token::Fn | Token::Def) => {
                let pub_span = self.bump();
                Ok(ImplMember::Method(self.fn_def(Some(pub_span))?))
            }
            _ => Err(self.unexpected("`fn`, `type` or `end`")),
        }
    }
}

/// Keywords that start a top-level definition.
fn is_definition_keyword(token: &Token) -> bool {
    use Token::*;
    matches!(
        token,
        Fn | Def
            | Pub
            | Struct
            | Type
            | Interface
            | Impl
            | Actor
            | Service
            | Supervisor
            | Module
            | Import
    )
}
