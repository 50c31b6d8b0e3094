//! Word indices of the fields of the runtime objects that generated code reads or writes.
//!
//! The layouts themselves are defined once, in `runtime/src/layout.rs` (`#[repr(C)]`); the
//! `abi` integration test checks these indices against `core::mem::offset_of!` on those types,
//! so the two sides cannot drift apart silently.

/// Bytes per word: every Mesh value and every field is one 64-bit word.
pub const WORD_BYTES: u64 = 8;

/// `MeshString.len`: the byte length, followed inline by the bytes.
pub const STRING_LEN: u32 = 0;
/// `MeshString.bytes`: the first byte of the inline UTF-8 text.
pub const STRING_BYTES: u32 = 1;

/// `MeshClosure.code`: the function implementing the closure.
pub const CLOSURE_CODE: u32 = 0;
/// `MeshClosure.copy`: the function copying the closure to the current heap (null: a constant).
pub const CLOSURE_COPY: u32 = 1;
/// `MeshClosure.env`: the first captured value.
pub const CLOSURE_ENV: u32 = 2;

/// `MeshVariant.tag`: the 0-based variant index.
pub const VARIANT_TAG: u32 = 0;
/// `MeshVariant.fields`: the first payload word.
pub const VARIANT_FIELDS: u32 = 1;
