//! Vocabulary shared by every stage of the compiler: byte spans and the
//! source map that owns the text of every file.
//!
//! The core stages never touch the file system; `meshc` reads files into a
//! [`SourceMap`] and hands out [`FileId`]s, so tests can compile in-memory
//! sources exactly like real projects.

mod source;
mod span;

pub use source::{FileId, SourceFile, SourceMap};
pub use span::Span;
