//! Lazy iterators (`Iter<T>`, STDLIB.md §5.11).
//!
//! An iterator is a small mutable heap object: a *kind* and three state words. Sources walk a
//! list, a map or set (through the map cursor of `crate::map`), a range, or call a user
//! `Iterator.next` function; combinators hold the iterator they pull from. Pulling never
//! allocates an `Option`: [`pull`] returns the next element as a Rust `Option` and generated
//! `for` loops use the two-call protocol `pull` + `current` of the ABI.
//!
//! **Single pass.** A combinator *takes over* its input: it moves the input's state into a new
//! object and leaves the input exhausted, so pulling from an iterator after building `map`,
//! `take`, … on it yields nothing, exactly as after a terminal function, a `collect` or a `for`
//! loop (all of which also leave it exhausted).

use crate::gc;
use crate::list::{self, List};
use crate::map::{self, Map};
use crate::set::Set;
use crate::string::{self, Str};
use crate::value::{self, Closure};

/// The iterator object. Every field is one word; the collector scans them conservatively.
#[repr(C)]
#[derive(Debug)]
pub struct MeshIter {
    kind: u64,
    a: u64,
    b: u64,
    c: u64,
}

/// A handle to an iterator.
#[repr(transparent)]
#[derive(Debug, Clone, Copy)]
pub struct Iter(*mut MeshIter);

/// What an iterator does when pulled; the meaning of `a`, `b`, `c` per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u64)]
enum Kind {
    /// Yields nothing, ever again.
    Done = 0,
    /// `a`: the list, `b`: the next index.
    List,
    /// `a`: the map cursor; yields `(key, value)` tuples.
    MapEntries,
    /// `a`: the map cursor of a set; yields the keys.
    MapKeys,
    /// `a`: the next Int, `b`: the end (exclusive).
    Range,
    /// `a`: the state passed to `b`, a user `next(state) -> Option<T>` function.
    NextFn,
    /// `a`: the input, `b`: `f`.
    Map,
    /// `a`: the input, `b`: the predicate.
    Filter,
    /// `a`: the input, `b`: how many may still be pulled.
    Take,
    /// `a`: the input, `b`: how many to drop before the first pull.
    Skip,
    /// `a`: the input, `b`: the next index.
    Enumerate,
    /// `a`, `b`: the inputs.
    Zip,
}

impl Iter {
    /// The handle of the iterator at `word`.
    ///
    /// # Safety
    ///
    /// `word` must be the address of a live iterator object.
    pub unsafe fn from_word(word: u64) -> Iter {
        Iter(word as *mut MeshIter)
    }

    /// The iterator as a Mesh value.
    pub fn word(self) -> u64 {
        self.0 as u64
    }

    fn state(self) -> &'static mut MeshIter {
        // Safety: handles point to live iterator objects (they come from `new`), and a Mesh
        // process runs on one thread, so no other reference to the object is in use now.
        unsafe { &mut *self.0 }
    }

    fn kind(self) -> Kind {
        KINDS
            .iter()
            .copied()
            .find(|k| *k as u64 == self.state().kind)
            .unwrap_or(Kind::Done)
    }

    fn finish(self) {
        let s = self.state();
        *s = MeshIter {
            kind: Kind::Done as u64,
            a: 0,
            b: 0,
            c: 0,
        };
    }
}

const KINDS: [Kind; 12] = [
    Kind::Done,
    Kind::List,
    Kind::MapEntries,
    Kind::MapKeys,
    Kind::Range,
    Kind::NextFn,
    Kind::Map,
    Kind::Filter,
    Kind::Take,
    Kind::Skip,
    Kind::Enumerate,
    Kind::Zip,
];

fn new(kind: Kind, a: u64, b: u64) -> Iter {
    let object = gc::alloc_words(4).cast::<MeshIter>();
    // Safety: `object` is a fresh heap object of four words.
    unsafe {
        object.write(MeshIter {
            kind: kind as u64,
            a,
            b,
            c: 0,
        })
    };
    Iter(object)
}

/// `Iter.from(list)`.
pub fn from_list(xs: List) -> Iter {
    new(Kind::List, xs.word(), 0)
}

/// `Iter.from(map)`: `(key, value)` tuples in insertion order.
pub fn from_map(m: Map) -> Iter {
    new(Kind::MapEntries, map::iter_new(m).word(), 0)
}

/// `Iter.from(set)`: the elements in insertion order.
pub fn from_set(s: Set) -> Iter {
    new(Kind::MapKeys, map::iter_new(s.as_map()).word(), 0)
}

/// `Iter.from(first..last)`.
pub fn from_range(first: i64, last: i64) -> Iter {
    new(Kind::Range, first as u64, last as u64)
}

/// An iterator calling the user function `next(state) -> Option<T>` (a type implementing
/// `Iterator`); it ends at the first `None`.
pub fn from_next(state: u64, next: Closure) -> Iter {
    new(Kind::NextFn, state, next.word())
}

/// A new iterator of `kind` over `input`, which it takes over (see the module documentation).
fn over(kind: Kind, input: Iter, b: u64) -> Iter {
    let moved = new(Kind::Done, 0, 0);
    let (from, to) = (input.state(), moved.state());
    (to.kind, to.a, to.b, to.c) = (from.kind, from.a, from.b, from.c);
    input.finish();
    new(kind, moved.word(), b)
}

/// `Iter.map(it, f)`.
pub fn map(it: Iter, f: Closure) -> Iter {
    over(Kind::Map, it, f.word())
}

/// `Iter.filter(it, p)`.
pub fn filter(it: Iter, p: Closure) -> Iter {
    over(Kind::Filter, it, p.word())
}

/// `Iter.take(it, n)`.
pub fn take(it: Iter, n: i64) -> Iter {
    over(Kind::Take, it, n.max(0) as u64)
}

/// `Iter.skip(it, n)`.
pub fn skip(it: Iter, n: i64) -> Iter {
    over(Kind::Skip, it, n.max(0) as u64)
}

/// `Iter.enumerate(it)`.
pub fn enumerate(it: Iter) -> Iter {
    over(Kind::Enumerate, it, 0)
}

/// `Iter.zip(a, b)`.
pub fn zip(a: Iter, b: Iter) -> Iter {
    let zipped = over(Kind::Zip, a, 0);
    let second = over(Kind::Done, b, 0);
    // `over` stored a fresh `Done` iterator in `b`'s slot of `second`; take its input instead.
    zipped.state().b = second.state().a;
    zipped
}

fn inner(word: u64) -> Iter {
    // Safety: combinator kinds store their input iterators in these words.
    unsafe { Iter::from_word(word) }
}

fn closure(word: u64) -> Closure {
    // Safety: the kinds that store a closure got it from generated code as a closure value of
    // the arity they call it with (one argument).
    unsafe { Closure::from_ptr(word as *const crate::layout::MeshClosure) }
}

/// The next element, or `None` when the iterator is exhausted (it then stays exhausted).
pub fn pull(it: Iter) -> Option<u64> {
    let next = step(it);
    if next.is_none() {
        it.finish();
    }
    next
}

fn step(it: Iter) -> Option<u64> {
    let s = it.state();
    match it.kind() {
        Kind::Done => None,
        Kind::List => {
            // Safety: a `List` iterator stores a list in `a`.
            let xs = unsafe { List::from_word(s.a) };
            let x = *xs.items().get(s.b as usize)?;
            s.b += 1;
            Some(x)
        }
        Kind::MapEntries | Kind::MapKeys => {
            // Safety: these kinds store a map cursor in `a`.
            let cursor = unsafe { map::Iter::from_word(s.a) };
            if !map::iter_next(cursor) {
                return None;
            }
            let key = map::iter_key(cursor);
            Some(if it.kind() == Kind::MapKeys {
                key
            } else {
                list::pair(key, map::iter_value(cursor))
            })
        }
        Kind::Range => {
            let (next, end) = (s.a as i64, s.b as i64);
            if next >= end {
                return None;
            }
            s.a = next.wrapping_add(1) as u64;
            Some(next as u64)
        }
        Kind::NextFn => {
            let option = closure(s.b).call1(s.a);
            value::option_payload(option)
        }
        Kind::Map => {
            let x = pull(inner(s.a))?;
            Some(closure(s.b).call1(x))
        }
        Kind::Filter => loop {
            let x = pull(inner(s.a))?;
            if closure(s.b).call1(x) != 0 {
                return Some(x);
            }
        },
        Kind::Take => {
            if s.b == 0 {
                return None;
            }
            s.b -= 1;
            pull(inner(s.a))
        }
        Kind::Skip => {
            while s.b > 0 {
                s.b -= 1;
                pull(inner(s.a))?;
            }
            pull(inner(s.a))
        }
        Kind::Enumerate => {
            let x = pull(inner(s.a))?;
            let index = s.b;
            s.b += 1;
            Some(list::pair(index, x))
        }
        Kind::Zip => {
            let x = pull(inner(s.a))?;
            let y = pull(inner(s.b))?;
            Some(list::pair(x, y))
        }
    }
}

/// Leaves `it` exhausted without pulling from it.
pub fn close(it: Iter) {
    it.finish();
}

/// Calls `f` on every remaining element; stops early when `f` returns `false`. The iterator is
/// exhausted afterwards either way.
fn each(it: Iter, mut f: impl FnMut(u64) -> bool) {
    while let Some(x) = pull(it) {
        if !f(x) {
            break;
        }
    }
    it.finish();
}

/// `Iter.count(it)`.
pub fn count(it: Iter) -> i64 {
    let mut n = 0i64;
    each(it, |_| {
        n += 1;
        true
    });
    n
}

/// `Iter.sum(it)` over Ints (wrapping).
pub fn sum_int(it: Iter) -> i64 {
    let mut total = 0i64;
    each(it, |x| {
        total = total.wrapping_add(x as i64);
        true
    });
    total
}

/// `Iter.sum(it)` over Floats (bit patterns in, bit pattern out).
pub fn sum_float(it: Iter) -> u64 {
    let mut total = 0.0f64;
    each(it, |x| {
        total += f64::from_bits(x);
        true
    });
    total.to_bits()
}

/// `Iter.any(it, p)`: stops at the first `true`.
pub fn any(it: Iter, p: Closure) -> bool {
    let mut found = false;
    each(it, |x| {
        found = p.call1(x) != 0;
        !found
    });
    found
}

/// `Iter.all(it, p)`: stops at the first `false`.
pub fn all(it: Iter, p: Closure) -> bool {
    let mut ok = true;
    each(it, |x| {
        ok = p.call1(x) != 0;
        ok
    });
    ok
}

/// `Iter.find(it, p)` -> `Option<T>`; stops at the first match.
pub fn find(it: Iter, p: Closure) -> u64 {
    let mut found = None;
    each(it, |x| {
        if p.call1(x) != 0 {
            found = Some(x);
        }
        found.is_none()
    });
    found.map_or_else(value::none, value::some)
}

/// `Iter.reduce(it, init, f)` with `f(acc, x)`.
pub fn reduce(it: Iter, init: u64, f: Closure) -> u64 {
    let mut acc = init;
    each(it, |x| {
        acc = f.call2(acc, x);
        true
    });
    acc
}

/// `List.collect(it)`.
pub fn collect_list(it: Iter) -> List {
    let builder = list::builder_new();
    each(it, |x| {
        list::builder_push(builder, x);
        true
    });
    list::builder_finish(builder)
}

/// `String.collect(it)`: the concatenation of every string.
pub fn collect_string(it: Iter) -> Str {
    let mut text = Vec::new();
    each(it, |x| {
        // Safety: the checker gives `String.collect` an `Iter<String>`, so `x` is a string.
        let s = unsafe { Str::from_word(x) };
        text.extend_from_slice(s.bytes());
        true
    });
    string::from_parts(&[&text])
}

/// `it.next()`: `Some(element)` or `None`.
pub fn next_option(it: Iter) -> u64 {
    pull(it).map_or_else(value::none, value::some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(xs: &[i64]) -> List {
        list::from_words(&xs.iter().map(|x| *x as u64).collect::<Vec<_>>())
    }

    fn drain(it: Iter) -> Vec<i64> {
        std::iter::from_fn(|| pull(it)).map(|x| x as i64).collect()
    }

    #[test]
    fn sources_and_adapters() {
        crate::process::run(|| {
            assert_eq!(drain(from_list(ints(&[1, 2, 3]))), [1, 2, 3]);
            assert_eq!(drain(from_range(3, 6)), [3, 4, 5]);
            assert_eq!(drain(from_range(6, 3)), Vec::<i64>::new());
            assert_eq!(drain(take(from_range(0, 100), 2)), [0, 1]);
            assert_eq!(drain(skip(from_range(0, 5), 3)), [3, 4]);
            assert_eq!(drain(skip(from_range(0, 5), -3)), [0, 1, 2, 3, 4]);
            assert_eq!(count(take(from_range(0, 100), -1)), 0);
            assert_eq!(sum_int(from_range(1, 101)), 5050);
        });
    }

    #[test]
    fn single_pass() {
        crate::process::run(|| {
            let it = from_list(ints(&[1, 2, 3]));
            assert_eq!(pull(it), Some(1));
            let rest = take(it, 5);
            assert_eq!(pull(it), None, "the input of a combinator is consumed");
            assert_eq!(drain(rest), [2, 3]);
            assert_eq!(pull(rest), None);
        });
    }

    #[test]
    fn zip_stops_at_the_shorter() {
        crate::process::run(|| {
            let zipped = zip(from_range(0, 10), from_list(ints(&[7, 8])));
            assert_eq!(count(zipped), 2);
        });
    }
}
