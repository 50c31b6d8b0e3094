//! Diagnostics as data, and the two renderers that turn them into text:
//! ariadne snippets for people (LANGUAGE.md §8.2) and one JSON object per
//! line for tools (§8.3).
//!
//! Stages never format prose themselves beyond filling a [`Diagnostic`]; this
//! crate owns the output formats so that both renderers always agree.

mod diagnostic;
mod render;
mod suggest;

pub use diagnostic::{Code, Diagnostic, Fix, Label, Severity};
pub use render::{render_human, render_json};
pub use suggest::{did_you_mean, levenshtein};
