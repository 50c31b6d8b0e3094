//! The one error type of code generation.
//!
//! Code generation never panics: anything it cannot handle (a construct not supported yet, an
//! LLVM failure, a linker error) becomes a [`CodegenError`] whose message the driver prints as
//! `C0001 build failed: {message}`.

use std::fmt;

use inkwell::builder::BuilderError;

/// Why code generation or linking failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodegenError {
    /// A human-readable reason, without a trailing period.
    pub message: String,
}

impl CodegenError {
    pub fn new(message: impl Into<String>) -> CodegenError {
        CodegenError {
            message: message.into(),
        }
    }

    /// A construct of the typed IR that this code generator does not handle yet.
    pub fn unsupported(what: impl fmt::Display) -> CodegenError {
        CodegenError::new(format!("not supported yet: {what}"))
    }

    /// An internal inconsistency (malformed typed IR or a bug here).
    pub fn internal(what: impl fmt::Display) -> CodegenError {
        CodegenError::new(format!("internal code generation error: {what}"))
    }
}

impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CodegenError {}

impl From<BuilderError> for CodegenError {
    fn from(error: BuilderError) -> CodegenError {
        CodegenError::internal(format!("LLVM builder: {error}"))
    }
}

/// The result type of everything in this crate.
pub type Result<T, E = CodegenError> = std::result::Result<T, E>;
