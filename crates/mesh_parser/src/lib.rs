//! The parser: tokens to the untyped syntax tree (LANGUAGE.md §3, §4).

pub mod ast;
