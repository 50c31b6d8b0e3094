//! The wire encoding between nodes (`mesh_rt::dist::wire`): values of every descriptor kind
//! survive an encode/decode round trip (the decoded value encodes to the same bytes), local pids
//! come back local, and malformed input — truncated, of the wrong kind, with an absurd count, too
//! deep — is an error, never a crash or a huge allocation. Function values are refused.

use mesh_rt::dist::frame::Reader;
use mesh_rt::dist::wire::{decode, encode};
use mesh_rt::json::{key_eq, key_hash};
use mesh_rt::json_typed::*;
use mesh_rt::layout::TAG_OK;
use mesh_rt::{map, value};

use crate::support::*;

fn leak(words: Vec<u64>) -> Desc {
    let ptr = Box::leak(words.into_boxed_slice()).as_ptr();
    // Safety: the tests build well-formed descriptors that live forever (leaked).
    unsafe { Desc::from_ptr(ptr) }
}

fn addr(d: Desc) -> u64 {
    d.as_ptr() as u64
}

fn lit(text: &str) -> u64 {
    s(text).word()
}

fn round_trip(v: u64, desc: Desc) -> Vec<u8> {
    let mut bytes = Vec::new();
    encode(v, desc, &mut bytes).expect("encodes");
    let mut r = Reader::new(&bytes);
    let back = decode(&mut r, desc).expect("decodes");
    assert!(r.done(), "every byte is read");
    let mut again = Vec::new();
    encode(back, desc, &mut again).expect("re-encodes");
    assert_eq!(bytes, again, "the decoded value encodes the same");
    bytes
}

#[test]
fn values_of_every_kind_round_trip() {
    run(|| {
        let int = leak(vec![KIND_INT]);
        let string = leak(vec![KIND_STRING]);
        let pid = leak(vec![KIND_PID]);
        round_trip(42, int);
        round_trip(f64::to_bits(-2.5), leak(vec![KIND_FLOAT]));
        round_trip(1, leak(vec![KIND_BOOL]));
        round_trip(0, leak(vec![KIND_UNIT]));
        round_trip(s("héllo").word(), string);
        round_trip(ints(&[1, 2, 3]).word(), leak(vec![KIND_LIST, addr(int)]));
        round_trip(ints(&[4, 5]).word(), leak(vec![KIND_QUEUE, addr(int)]));
        round_trip(value::some(7), leak(vec![KIND_OPTION, addr(int)]));
        round_trip(value::none(), leak(vec![KIND_OPTION, addr(int)]));
        let result = leak(vec![KIND_RESULT, addr(int), addr(string)]);
        round_trip(value::variant(TAG_OK, &[9]), result);
        round_trip(value::variant(1, &[s("bad").word()]), result);
        let pair = leak(vec![KIND_TUPLE, 2, addr(int), addr(string)]);
        let tuple = mesh_rt::gc::alloc_words(2);
        // Safety: a fresh two-word object.
        unsafe {
            tuple.write(5);
            tuple.add(1).write(s("five").word());
        }
        round_trip(tuple as u64, pair);
        let eq = key_eq as *const () as u64;
        let hash = key_hash as *const () as u64;
        let by_name = leak(vec![KIND_MAP_ANY, addr(string), addr(int), eq, hash]);
        let m = map::put(map::empty(), s("a").word(), 1, key_eq, key_hash);
        round_trip(m.word(), by_name);
        let circle = leak(vec![lit("Circle"), 1, addr(int)]);
        let empty = leak(vec![lit("Empty"), 0]);
        let shape = leak(vec![KIND_SUM, lit("Shape"), 2, addr(circle), addr(empty)]);
        round_trip(value::variant(0, &[3]), shape);
        round_trip(value::variant(1, &[]), shape);
        round_trip(value::variant(2, &[]), leak(vec![KIND_ORDERING]));
        // Without distribution a pid is this node's: it comes back as the same word.
        let bytes = round_trip(12, pid);
        let mut r = Reader::new(&bytes);
        assert_eq!(decode(&mut r, pid), Ok(12));
        round_trip(0, pid);
    });
}

#[test]
fn malformed_input_is_an_error() {
    run(|| {
        let int = leak(vec![KIND_INT]);
        let list = leak(vec![KIND_LIST, addr(int)]);
        let mut bytes = Vec::new();
        encode(ints(&[1, 2]).word(), list, &mut bytes).expect("encodes");
        for cut in 0..bytes.len() {
            let mut r = Reader::new(&bytes[..cut]);
            assert!(decode(&mut r, list).is_err(), "truncated at {cut}");
        }
        // The wrong kind: an Int where a list is expected.
        let mut r = Reader::new(&[0, 0, 0, 0, 0, 0, 0, 0, 1]);
        assert!(decode(&mut r, list).is_err());
        // A count of four billion items in a few bytes is refused before allocating.
        let mut r = Reader::new(&[8, 0xff, 0xff, 0xff, 0xff, 0]);
        assert!(decode(&mut r, list).is_err());
        // A function value cannot be encoded.
        assert!(encode(0, leak(vec![KIND_FUN]), &mut Vec::new()).is_err());
        // Nesting beyond the limit: List<List<…>> 1000 deep.
        let nested = Box::leak(vec![KIND_LIST, 0u64].into_boxed_slice());
        nested[1] = nested.as_ptr() as u64;
        // Safety: a cyclic descriptor (List of itself), leaked.
        let nested = unsafe { Desc::from_ptr(nested.as_ptr()) };
        let mut deep = Vec::new();
        for _ in 0..1000 {
            deep.extend_from_slice(&[8, 0, 0, 0, 1]);
        }
        let mut r = Reader::new(&deep);
        assert!(decode(&mut r, nested).is_err());
    });
}
