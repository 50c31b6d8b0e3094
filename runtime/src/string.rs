//! Strings: the [`Str`] handle and the operations of STDLIB.md §5.1.
//!
//! A string is an immutable [`MeshString`] (length + inline UTF-8), either a heap object
//! allocated raw (never scanned) or a read-only literal emitted by the code generator. Every
//! function here works on byte slices borrowed from the handles and allocates its result with
//! [`new`] or [`with_len`]; none keeps a heap pointer anywhere but in locals, as the
//! conservative collector requires.

use crate::gc;
use crate::layout::MeshString;
use crate::list::{self, List};
use crate::value;

/// A handle to a string: a pointer to a valid [`MeshString`] holding UTF-8.
///
/// Exported functions receive and return strings as `Str` (ABI-identical to a pointer). Handles
/// are made only by the runtime or by generated code, which guarantees the invariant.
#[repr(transparent)]
#[derive(Debug, Clone, Copy)]
pub struct Str(*const MeshString);

impl Str {
    /// The handle of the string at `word`.
    ///
    /// # Safety
    ///
    /// `word` must be the address of a valid [`MeshString`] holding UTF-8 that stays alive
    /// while the handle is used.
    pub unsafe fn from_word(word: u64) -> Str {
        Str(word as *const MeshString)
    }

    /// The string as a Mesh value.
    pub fn word(self) -> u64 {
        self.0 as u64
    }

    /// The address of the string object.
    pub fn as_ptr(self) -> *const MeshString {
        self.0
    }

    /// The UTF-8 bytes.
    pub fn bytes(&self) -> &[u8] {
        // Safety: by the handle's invariant `self.0` points to a valid MeshString, whose `len`
        // bytes follow inline; the pointer is derived from the raw object pointer so it covers
        // the whole object.
        unsafe {
            let len = (*self.0).len as usize;
            let bytes = std::ptr::addr_of!((*self.0).bytes).cast::<u8>();
            std::slice::from_raw_parts(bytes, len)
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        // Safety: Mesh strings hold UTF-8 by construction (literals are checked by the lexer,
        // every runtime function builds strings from `str` data or whole code points).
        unsafe { std::str::from_utf8_unchecked(self.bytes()) }
    }
}

/// A string constant with the [`MeshString`] layout, for results that need no allocation.
#[repr(C)]
struct StaticStr<const N: usize> {
    len: u64,
    bytes: [u8; N],
}

impl<const N: usize> StaticStr<N> {
    const fn new(text: &[u8; N]) -> StaticStr<N> {
        StaticStr {
            len: N as u64,
            bytes: *text,
        }
    }

    fn handle(&'static self) -> Str {
        Str((self as *const StaticStr<N>).cast())
    }
}

static EMPTY: StaticStr<0> = StaticStr::new(b"");
static TRUE: StaticStr<4> = StaticStr::new(b"true");
static FALSE: StaticStr<5> = StaticStr::new(b"false");

/// The empty string (a static, no allocation).
pub fn empty() -> Str {
    EMPTY.handle()
}

/// A new string of `len` bytes, filled by `fill`, which must write valid UTF-8.
pub fn with_len(len: usize, fill: impl FnOnce(&mut [u8])) -> Str {
    if len == 0 {
        return empty();
    }
    let object = gc::alloc_raw(8 + len).cast::<MeshString>();
    // Safety: `object` is a fresh, zeroed heap object of `8 + len` bytes, 8-byte aligned, so it
    // holds a MeshString header followed by `len` writable bytes that nothing else references.
    unsafe {
        (*object).len = len as u64;
        let bytes = std::ptr::addr_of_mut!((*object).bytes).cast::<u8>();
        fill(std::slice::from_raw_parts_mut(bytes, len));
    }
    Str(object)
}

/// A new string holding `text`.
pub fn new(text: &str) -> Str {
    with_len(text.len(), |out| out.copy_from_slice(text.as_bytes()))
}

/// A new string holding the concatenation of `parts`.
pub fn from_parts(parts: &[&[u8]]) -> Str {
    let len = parts.iter().map(|part| part.len()).sum();
    with_len(len, |out| {
        let mut at = 0;
        for part in parts {
            out[at..at + part.len()].copy_from_slice(part);
            at += part.len();
        }
    })
}

/// `a <> b`.
pub fn concat(a: Str, b: Str) -> Str {
    match (a.bytes().is_empty(), b.bytes().is_empty()) {
        (_, true) => a,
        (true, false) => b,
        (false, false) => from_parts(&[a.bytes(), b.bytes()]),
    }
}

/// Byte-wise order: -1, 0 or 1.
pub fn compare(a: Str, b: Str) -> i64 {
    a.bytes().cmp(b.bytes()) as i64
}

/// Number of code points.
pub fn length(s: Str) -> i64 {
    s.as_str().chars().count() as i64
}

/// `String.split`: every piece between occurrences of `sep`, empty pieces kept; an empty
/// separator splits between code points with an empty piece at each end.
pub fn split(s: Str, sep: Str) -> List {
    let text = s.as_str();
    let ranges: Vec<(usize, usize)> = text
        .split(sep.as_str())
        .map(|piece| {
            let start = piece.as_ptr() as usize - text.as_ptr() as usize;
            (start, start + piece.len())
        })
        .collect();
    list::build(ranges.len(), |index| {
        let (start, end) = ranges[index];
        new(&s.as_str()[start..end]).word()
    })
}

/// `String.join`: the strings of `parts` with `sep` between them.
pub fn join(parts: List, sep: Str) -> Str {
    let mut text = Vec::new();
    for (index, &word) in parts.items().iter().enumerate() {
        if index > 0 {
            text.extend_from_slice(sep.bytes());
        }
        // Safety: `parts` is a List<String>, so every element is a string.
        text.extend_from_slice(unsafe { Str::from_word(word) }.bytes());
    }
    from_parts(&[&text])
}

/// `String.to_int`: trims, then an optional sign and ASCII digits within the Int range.
pub fn to_int(s: Str) -> u64 {
    match s.as_str().trim().parse::<i64>() {
        Ok(n) => value::some(n as u64),
        Err(_) => value::none(),
    }
}

/// `String.to_float`: trims, then a decimal float (`.5`, `5.`, exponents) or inf/infinity/nan.
pub fn to_float(s: Str) -> u64 {
    let text = s.as_str().trim();
    let plain = text.strip_prefix(['+', '-']).unwrap_or(text);
    let valid = plain.eq_ignore_ascii_case("inf")
        || plain.eq_ignore_ascii_case("infinity")
        || plain.eq_ignore_ascii_case("nan")
        || is_decimal_float(plain);
    match text.parse::<f64>() {
        Ok(x) if valid => value::some(x.to_bits()),
        _ => value::none(),
    }
}

/// Digits with an optional fraction (at least one digit overall), then an optional exponent.
fn is_decimal_float(text: &str) -> bool {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    let mantissa_ok = digits(whole) && digits(fraction) && whole.len() + fraction.len() > 0;
    let exponent_ok = exponent.is_none_or(|exp| {
        let exp = exp.strip_prefix(['+', '-']).unwrap_or(exp);
        !exp.is_empty() && digits(exp)
    });
    mantissa_ok && exponent_ok
}

/// Display text of an Int.
pub fn from_int(n: i64) -> Str {
    new(&n.to_string())
}

/// Display text of a Float (LANGUAGE.md §7.2) as a new string; see [`float_text`].
pub fn from_float(bits: u64) -> Str {
    new(&float_text(f64::from_bits(bits)))
}

/// Display text of a Float (LANGUAGE.md §7.2): shortest round-trip digits, never an exponent.
/// Rust's `Display` for `f64` produces exactly this text (`3`, `-0`, `1e21` in full, `NaN`,
/// `inf`), which the tests pin down. JSON numbers (`crate::json`) start from the same digits.
pub fn float_text(x: f64) -> String {
    x.to_string()
}

/// `true` / `false` (statics, no allocation).
pub fn from_bool(b: u64) -> Str {
    if b != 0 {
        TRUE.handle()
    } else {
        FALSE.handle()
    }
}

/// Debug form (STDLIB.md §6.2): quoted, with `"`, `\`, `\n`, `\r`, `\t` escaped and every other
/// control character written `\u{XX}` (lower-case hex, at least two digits).
pub fn debug(s: Str) -> Str {
    let mut text = String::with_capacity(s.bytes().len() + 2);
    text.push('"');
    for c in s.as_str().chars() {
        match c {
            '"' => text.push_str("\\\""),
            '\\' => text.push_str("\\\\"),
            '\n' => text.push_str("\\n"),
            '\r' => text.push_str("\\r"),
            '\t' => text.push_str("\\t"),
            c if c.is_control() => text.push_str(&format!("\\u{{{:02x}}}", c as u32)),
            c => text.push(c),
        }
    }
    text.push('"');
    new(&text)
}

/// 64-bit FNV-1a over the UTF-8 bytes, as a signed Int (LANGUAGE.md §6.5).
pub fn hash(s: Str) -> i64 {
    value::fnv1a(value::FNV_OFFSET, s.bytes()) as i64
}

/// Code points `[start, end)`, both clamped to `[0, length]`; empty when `end <= start`.
pub fn slice(s: Str, start: i64, end: i64) -> Str {
    let text = s.as_str();
    let start = byte_offset(text, start);
    let end = byte_offset(text, end);
    if end <= start {
        return empty();
    }
    if start == 0 && end == text.len() {
        return s;
    }
    new(&text[start..end])
}

/// The byte offset of code point `index` (clamped to `[0, length]`).
fn byte_offset(text: &str, index: i64) -> usize {
    if index <= 0 {
        return 0;
    }
    text.char_indices()
        .nth(index as usize)
        .map_or(text.len(), |(offset, _)| offset)
}

/// Code-point index of the first occurrence of `sub`, as an `Option<Int>`.
pub fn index_of(s: Str, sub: Str) -> u64 {
    let text = s.as_str();
    match text.find(sub.as_str()) {
        Some(at) => value::some(text[..at].chars().count() as u64),
        None => value::none(),
    }
}

/// Removes leading and trailing Unicode white space.
pub fn trim(s: Str) -> Str {
    let text = s.as_str();
    let trimmed = text.trim();
    if trimmed.len() == text.len() {
        s
    } else {
        new(trimmed)
    }
}

/// Full Unicode upper-casing.
pub fn to_upper(s: Str) -> Str {
    new(&s.as_str().to_uppercase())
}

/// Full Unicode lower-casing.
pub fn to_lower(s: Str) -> Str {
    new(&s.as_str().to_lowercase())
}

/// Replaces every non-overlapping occurrence of `from`, left to right; an empty `from` inserts
/// `to` before every code point and at the end.
pub fn replace(s: Str, from: Str, to: Str) -> Str {
    new(&s.as_str().replace(from.as_str(), to.as_str()))
}

/// One single-code-point string per code point.
pub fn chars(s: Str) -> List {
    let offsets: Vec<(usize, usize)> = s
        .as_str()
        .char_indices()
        .map(|(at, c)| (at, at + c.len_utf8()))
        .collect();
    list::build(offsets.len(), |index| {
        let (start, end) = offsets[index];
        new(&s.as_str()[start..end]).word()
    })
}
