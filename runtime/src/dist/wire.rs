//! The binary encoding of Mesh values between nodes (RUNTIME.md §5), driven by the same type
//! descriptors as typed JSON (`crate::json_typed`, which documents the format; the wire adds
//! pids, `Result`, maps with any key type, queues, `Ordering` and function values).
//!
//! The encoding is self-describing: every value starts with its kind byte, which the decoder
//! checks against the descriptor of the type it expects, so a frame that does not match the
//! receiver's program is refused rather than misread. Integers are big-endian; strings are a
//! 32-bit length and UTF-8; collections a 32-bit count and their items; sum types a 32-bit tag
//! and the payload; a pid is its node's canonical name, creation and serial (or a zero byte for
//! `Pid.none()`), so a pid received from one node can be forwarded to a third. A function value
//! cannot be encoded: the sender crashes with a clear reason.
//!
//! Message type ids map to descriptors through a table the compiled program registers at start
//! (`mesh_rt_register_message_types`): both nodes run the same program, so they agree.

use std::collections::HashMap;
use std::sync::RwLock;

use super::frame::Reader;
use crate::json_typed::{list_of, map_of, str_of, variant_of, word, Desc, Kind};
use crate::layout::{TAG_ERR, TAG_OK};
use crate::{gc, json, list, map, set, string, value};

/// Version of this encoding, the first byte of every encoded message.
pub const VERSION: u8 = 1;

/// Deeper values are refused (a hostile frame must not exhaust a reader thread's stack).
const MAX_DEPTH: usize = 512;

static TYPES: RwLock<Option<HashMap<u64, Desc>>> = RwLock::new(None);

// Safety: descriptors are constant globals of the program, never written; sharing their
// addresses between threads is sharing read-only data.
unsafe impl Send for Desc {}
// Safety: as above.
unsafe impl Sync for Desc {}

/// Registers the program's message types: `n` pairs of words (type id, descriptor address).
///
/// # Safety
///
/// `table` must point to `2 * n` readable words whose descriptor addresses are well-formed,
/// constant descriptors (`Desc::from_ptr`).
pub unsafe fn register(table: *const u64, n: usize) {
    let mut types = HashMap::with_capacity(n);
    for i in 0..n {
        // Safety: the caller's contract.
        let (id, desc) = unsafe { (table.add(2 * i).read(), table.add(2 * i + 1).read()) };
        // Safety: as above.
        types.insert(id, unsafe { Desc::from_ptr(desc as *const u64) });
    }
    *TYPES.write().unwrap_or_else(|p| p.into_inner()) = Some(types);
}

/// The descriptor of message type `type_id`, if the program sends or receives that type (or it
/// is a system message that crosses nodes: a DOWN for a remote watcher).
pub fn descriptor(type_id: u64) -> Option<Desc> {
    if type_id == crate::process::DOWN_TYPE {
        return Some(down_descriptor());
    }
    TYPES
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()?
        .get(&type_id)
        .copied()
}

/// `(:down, Int, Pid, String)`.
fn down_descriptor() -> Desc {
    use crate::json_typed::{KIND_ATOM, KIND_INT, KIND_PID, KIND_STRING, KIND_TUPLE};
    static WORDS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let address = *WORDS.get_or_init(|| {
        let leaf = |kind: u64| Box::leak(Box::new([kind])).as_ptr() as u64;
        let words = vec![
            KIND_TUPLE,
            4,
            leaf(KIND_ATOM),
            leaf(KIND_INT),
            leaf(KIND_PID),
            leaf(KIND_STRING),
        ];
        Box::leak(words.into_boxed_slice()).as_ptr() as usize
    });
    // Safety: a well-formed descriptor, leaked once and never written again.
    unsafe { Desc::from_ptr(address as *const u64) }
}

/// The kind byte of a descriptor's values.
fn kind_byte(kind: &Kind) -> u8 {
    match kind {
        Kind::Int => 0,
        Kind::Float => 1,
        Kind::Bool => 2,
        Kind::String => 3,
        Kind::Unit => 4,
        Kind::Json => 5,
        Kind::Atom => 6,
        Kind::Option(_) => 7,
        Kind::List(_) => 8,
        Kind::Set(..) => 9,
        Kind::Map(_) => 10,
        Kind::Tuple(_) => 11,
        Kind::Struct(_) => 12,
        Kind::Sum(_) => 13,
        Kind::Pid => 14,
        Kind::Result(..) => 15,
        Kind::MapAny(..) => 16,
        Kind::Fun => 17,
        Kind::Queue(_) => 18,
        Kind::Ordering => 19,
    }
}

fn put_u32(out: &mut Vec<u8>, n: usize) -> Result<(), String> {
    let n = u32::try_from(n).map_err(|_| "a value too large to send".to_string())?;
    out.extend_from_slice(&n.to_be_bytes());
    Ok(())
}

fn put_str(out: &mut Vec<u8>, s: &str) -> Result<(), String> {
    put_u32(out, s.len())?;
    out.extend_from_slice(s.as_bytes());
    Ok(())
}

/// Appends pid `pid` (local, remote or none) in its node-independent form.
pub fn put_pid(out: &mut Vec<u8>, pid: u64) -> Result<(), String> {
    if pid == 0 {
        out.push(0);
        return Ok(());
    }
    let (node, creation, serial) = match super::pids::locate(pid) {
        Some(remote) => remote,
        None => {
            let (me, creation) = super::self_ident();
            (me, creation, pid)
        }
    };
    out.push(1);
    put_str(out, &node)?;
    out.extend_from_slice(&creation.to_be_bytes());
    out.extend_from_slice(&serial.to_be_bytes());
    Ok(())
}

/// Reads a pid written by [`put_pid`]: local if it names this node's incarnation.
pub fn get_pid(r: &mut Reader) -> Result<u64, String> {
    match r.u8() {
        Some(0) => Ok(0),
        Some(1) => {
            let node = get_str(r)?;
            let creation = r.u32().ok_or_else(truncated)?;
            let serial = r.u64().ok_or_else(truncated)?;
            let (me, my_creation) = super::self_ident();
            let node = super::names::canonical(&node);
            Ok(if node == me && creation == my_creation {
                serial
            } else {
                super::pids::remote(&node, creation, serial)
            })
        }
        _ => Err("malformed pid".into()),
    }
}

fn truncated() -> String {
    "truncated value".into()
}

fn get_len(r: &mut Reader) -> Result<usize, String> {
    Ok(r.u32().ok_or_else(truncated)? as usize)
}

fn get_str(r: &mut Reader) -> Result<String, String> {
    let len = get_len(r)?;
    let bytes = r.bytes(len).ok_or_else(truncated)?;
    String::from_utf8(bytes.to_vec()).map_err(|_| "invalid UTF-8 in a string".to_string())
}

/// Appends the encoding of `v`, a value of the type `desc` describes.
pub fn encode(v: u64, desc: Desc, out: &mut Vec<u8>) -> Result<(), String> {
    crate::stack::check();
    let kind = desc.view();
    out.push(kind_byte(&kind));
    match kind {
        Kind::Int | Kind::Float => out.extend_from_slice(&v.to_be_bytes()),
        Kind::Bool => out.push(u8::from(v != 0)),
        Kind::Unit => {}
        Kind::String | Kind::Atom => put_str(out, str_of(v).as_str())?,
        Kind::Json => put_str(out, json::encode(v).as_str())?,
        Kind::Option(elem) => match value::option_payload(v) {
            Some(payload) => {
                out.push(1);
                encode(payload, elem, out)?;
            }
            None => out.push(0),
        },
        Kind::Result(ok, err) => {
            let tag = word(v, 0);
            out.push(u8::from(tag == TAG_ERR));
            encode(word(v, 1), if tag == TAG_ERR { err } else { ok }, out)?;
        }
        Kind::List(elem) | Kind::Queue(elem) => {
            let xs = list_of(v);
            put_u32(out, xs.len())?;
            for &x in xs.items() {
                encode(x, elem, out)?;
            }
        }
        Kind::Set(elem, _, _) => {
            let s = map_of(v);
            put_u32(out, s.len())?;
            let mut failure = Ok(());
            map::for_each(s, |entry| {
                if failure.is_ok() {
                    failure = encode(entry.key, elem, out);
                }
            });
            failure?;
        }
        Kind::Map(value_desc) => {
            let m = map_of(v);
            put_u32(out, m.len())?;
            let mut failure = Ok(());
            map::for_each(m, |entry| {
                if failure.is_ok() {
                    failure = put_str(out, str_of(entry.key).as_str())
                        .and_then(|()| encode(entry.value, value_desc, out));
                }
            });
            failure?;
        }
        Kind::MapAny(key_desc, value_desc, _, _) => {
            let m = map_of(v);
            put_u32(out, m.len())?;
            let mut failure = Ok(());
            map::for_each(m, |entry| {
                if failure.is_ok() {
                    failure = encode(entry.key, key_desc, out)
                        .and_then(|()| encode(entry.value, value_desc, out));
                }
            });
            failure?;
        }
        Kind::Tuple(tuple) => {
            for i in 0..tuple.len() {
                encode(word(v, i), tuple.elem(i), out)?;
            }
        }
        Kind::Struct(record) => {
            for i in 0..record.len() {
                encode(word(v, i), record.field(i).1, out)?;
            }
        }
        Kind::Sum(sum) => {
            let (tag, variant) = variant_of(v, sum);
            put_u32(out, tag)?;
            for i in 0..variant.len() {
                encode(word(v, 1 + i), variant.field(i), out)?;
            }
        }
        Kind::Ordering => out.push(word(v, 0) as u8),
        Kind::Pid => put_pid(out, v)?,
        Kind::Fun => return Err("a function value cannot be sent to another node".into()),
    }
    Ok(())
}

/// Decodes a value of the type `desc` describes, allocating in the current heap (a message
/// buffer).
pub fn decode(r: &mut Reader, desc: Desc) -> Result<u64, String> {
    decode_at(r, desc, 0)
}

fn decode_at(r: &mut Reader, desc: Desc, depth: usize) -> Result<u64, String> {
    if depth > MAX_DEPTH {
        return Err("value nested too deeply".into());
    }
    let kind = desc.view();
    if r.u8() != Some(kind_byte(&kind)) {
        return Err("the value does not match its message type".into());
    }
    let d = depth + 1;
    Ok(match kind {
        Kind::Int | Kind::Float => r.u64().ok_or_else(truncated)?,
        Kind::Bool => match r.u8() {
            Some(b @ (0 | 1)) => u64::from(b),
            _ => return Err("malformed Bool".into()),
        },
        Kind::Unit => 0,
        Kind::String | Kind::Atom => string::new(&get_str(r)?).word(),
        Kind::Json => json::parse_value(string::new(&get_str(r)?))?,
        Kind::Option(elem) => match r.u8() {
            Some(0) => value::none(),
            Some(1) => {
                let payload = decode_at(r, elem, d)?;
                value::some(payload)
            }
            _ => return Err("malformed Option".into()),
        },
        Kind::Result(ok, err) => match r.u8() {
            Some(0) => {
                let payload = decode_at(r, ok, d)?;
                value::variant(TAG_OK, &[payload])
            }
            Some(1) => {
                let payload = decode_at(r, err, d)?;
                value::variant(TAG_ERR, &[payload])
            }
            _ => return Err("malformed Result".into()),
        },
        Kind::List(elem) | Kind::Queue(elem) => decode_items(r, elem, d)?.word(),
        Kind::Set(elem, eq, hash) => {
            let items = decode_items(r, elem, d)?;
            set::from_list(items, eq, hash).word()
        }
        Kind::Map(value_desc) => {
            let n = get_len(r)?;
            let mut m = map::empty();
            for _ in 0..n {
                let key = string::new(&get_str(r)?).word();
                let v = decode_at(r, value_desc, d)?;
                m = map::put(m, key, v, json::key_eq, json::key_hash);
            }
            m.word()
        }
        Kind::MapAny(key_desc, value_desc, eq, hash) => {
            let n = get_len(r)?;
            let mut m = map::empty();
            for _ in 0..n {
                let key = decode_at(r, key_desc, d)?;
                let v = decode_at(r, value_desc, d)?;
                m = map::put(m, key, v, eq, hash);
            }
            m.word()
        }
        Kind::Tuple(tuple) => {
            let object = gc::alloc_words(tuple.len().max(1));
            for i in 0..tuple.len() {
                let item = decode_at(r, tuple.elem(i), d)?;
                // Safety: `object` has `tuple.len()` words.
                unsafe { object.add(i).write(item) };
            }
            object as u64
        }
        Kind::Struct(record) => {
            let object = gc::alloc_words(record.len().max(1));
            for i in 0..record.len() {
                let field = decode_at(r, record.field(i).1, d)?;
                // Safety: `object` has `record.len()` words.
                unsafe { object.add(i).write(field) };
            }
            object as u64
        }
        Kind::Sum(sum) => {
            let tag = get_len(r)?;
            if tag >= sum.len() {
                return Err("unknown variant".into());
            }
            let variant = sum.variant(tag);
            let object = gc::alloc_words(1 + variant.len());
            // Safety: `object` has `1 + variant.len()` words.
            unsafe { object.write(tag as u64) };
            for i in 0..variant.len() {
                let field = decode_at(r, variant.field(i), d)?;
                // Safety: as above.
                unsafe { object.add(1 + i).write(field) };
            }
            object as u64
        }
        Kind::Ordering => match r.u8() {
            Some(tag @ 0..=2) => value::variant(u64::from(tag), &[]),
            _ => return Err("malformed Ordering".into()),
        },
        Kind::Pid => get_pid(r)?,
        Kind::Fun => return Err("a function value cannot come from another node".into()),
    })
}

fn decode_items(r: &mut Reader, elem: Desc, depth: usize) -> Result<list::List, String> {
    let n = get_len(r)?;
    // Never trust a count for an allocation: each item takes at least one byte.
    if n > r.remaining() {
        return Err(truncated());
    }
    let mut failure = None;
    let xs = list::build(n, |_| {
        if failure.is_some() {
            return 0;
        }
        decode_at(r, elem, depth).unwrap_or_else(|e| {
            failure = Some(e);
            0
        })
    });
    match failure {
        None => Ok(xs),
        Some(e) => Err(e),
    }
}
