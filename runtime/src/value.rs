//! Helpers for Mesh values that are not strings or lists: options, closures, hashing.

use crate::gc;
use crate::layout::{MeshClosure, MeshVariant, TAG_NONE, TAG_SOME};

/// `None`: a static variant with no payload, shared by everyone.
static NONE: MeshVariant = MeshVariant {
    tag: TAG_NONE,
    fields: [],
};

/// The value `None`.
pub fn none() -> u64 {
    &NONE as *const MeshVariant as u64
}

/// The value `Some(payload)` (a new two-word variant).
pub fn some(payload: u64) -> u64 {
    variant(TAG_SOME, &[payload])
}

/// The payload of an `Option` value: `Some(x)` → `Some(x)`, `None` → `None`.
pub fn option_payload(option: u64) -> Option<u64> {
    let variant = option as *const MeshVariant;
    // Safety: the caller passes an `Option` value, a variant with a tag word and, for `Some`,
    // one field.
    unsafe {
        if (*variant).tag == TAG_SOME {
            Some(variant.cast::<u64>().add(1).read())
        } else {
            None
        }
    }
}

/// A new variant value with `tag` and `fields`.
pub fn variant(tag: u64, fields: &[u64]) -> u64 {
    let object = gc::alloc_words(1 + fields.len());
    // Safety: `object` is a fresh heap object of `1 + fields.len()` words.
    unsafe {
        object.write(tag);
        object
            .add(1)
            .copy_from_nonoverlapping(fields.as_ptr(), fields.len());
    }
    object as u64
}

/// A handle to a closure: a pointer to a valid [`MeshClosure`] whose code takes the closure
/// followed by the arguments as words and returns a word.
#[repr(transparent)]
#[derive(Debug, Clone, Copy)]
pub struct Closure(*const MeshClosure);

impl Closure {
    /// The handle of the closure at `ptr`.
    ///
    /// # Safety
    ///
    /// `ptr` must point to a valid [`MeshClosure`] whose `code` has the closure calling
    /// convention for the arities it is called with.
    pub unsafe fn from_ptr(ptr: *const MeshClosure) -> Closure {
        Closure(ptr)
    }

    /// The closure as a word (for storing it in another heap object).
    pub fn word(self) -> u64 {
        self.0 as u64
    }

    fn code(self) -> *const std::ffi::c_void {
        // Safety: by the handle's invariant `self.0` points to a valid MeshClosure.
        unsafe { (*self.0).code }
    }

    /// Calls the closure with no argument.
    pub fn call0(self) -> u64 {
        type Code0 = extern "C" fn(*const MeshClosure) -> u64;
        // Safety: as in `call1`, for no arguments.
        let code = unsafe { std::mem::transmute::<*const std::ffi::c_void, Code0>(self.code()) };
        code(self.0)
    }

    /// Calls the closure with one argument.
    pub fn call1(self, a: u64) -> u64 {
        type Code1 = extern "C" fn(*const MeshClosure, u64) -> u64;
        // Safety: by the handle's invariant the code pointer is a function with this signature
        // (the type checker guarantees the arity at every call site).
        let code = unsafe { std::mem::transmute::<*const std::ffi::c_void, Code1>(self.code()) };
        code(self.0, a)
    }

    /// Calls the closure with two arguments.
    pub fn call2(self, a: u64, b: u64) -> u64 {
        type Code2 = extern "C" fn(*const MeshClosure, u64, u64) -> u64;
        // Safety: as in `call1`, for two arguments.
        let code = unsafe { std::mem::transmute::<*const std::ffi::c_void, Code2>(self.code()) };
        code(self.0, a, b)
    }
}

/// A copy of the closure `closure` in the current heap: its generated copy function copies the
/// captured values deeply; a closure without one (no captures) is shared as it is.
///
/// # Safety
///
/// `closure` must point to a valid [`MeshClosure`].
pub unsafe fn closure_copy(closure: u64) -> u64 {
    type Copy = extern "C" fn(u64) -> u64;
    // Safety: the caller's contract.
    let copy = unsafe { (*(closure as *const MeshClosure)).copy };
    if copy.is_null() {
        return closure;
    }
    // Safety: a non-null `copy` is the closure's generated copy function.
    let copy = unsafe { std::mem::transmute::<*const std::ffi::c_void, Copy>(copy) };
    copy(closure)
}

/// FNV-1a offset basis (LANGUAGE.md §6.5).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Continues an FNV-1a hash over `bytes`.
pub fn fnv1a(mut state: u64, bytes: &[u8]) -> u64 {
    for &byte in bytes {
        state = (state ^ u64::from(byte)).wrapping_mul(FNV_PRIME);
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_published_vectors() {
        assert_eq!(fnv1a(FNV_OFFSET, b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a(FNV_OFFSET, b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a(FNV_OFFSET, b"foobar"), 0x85944171f73967e8);
    }
}
