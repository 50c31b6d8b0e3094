//! Sets: the [`Set`] handle and the operations of STDLIB.md §5.7.
//!
//! A set is a [`Map`] whose values are all Unit (0): the same persistent, insertion-ordered
//! structure (`crate::map`, `docs/design/collections.md`), the same rules (`add` keeps an
//! existing element's position, `remove` keeps the order of the rest) and the same iterator. Only
//! the hash (the sum of *element* hashes), the order and the text differ from a map's. A separate
//! structure was rejected: it would save one word per element and duplicate all the code.

use std::hint::black_box;

use crate::list::{self, CmpFn, EqFn, HashFn, List, ShowFn};
use crate::map::{self, Map};
use crate::string::{self, Str};

/// The value stored for every element.
const UNIT: u64 = 0;

/// A handle to a set: a [`Map`] with Unit values.
#[repr(transparent)]
#[derive(Debug, Clone, Copy)]
pub struct Set(Map);

impl Set {
    /// The handle of the set at `word`.
    ///
    /// # Safety
    ///
    /// `word` must be the address of a valid set that stays alive while the handle is used.
    pub unsafe fn from_word(word: u64) -> Set {
        // Safety: a set is a map (caller's contract).
        Set(unsafe { Map::from_word(word) })
    }

    /// The set as a Mesh value.
    pub fn word(self) -> u64 {
        self.0.word()
    }

    /// Number of elements.
    pub fn len(self) -> usize {
        self.0.len()
    }

    /// Whether the set has no elements.
    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    /// The set as a map (for iteration).
    pub fn as_map(self) -> Map {
        self.0
    }
}

/// The empty set (a static, no allocation).
pub fn empty() -> Set {
    Set(map::empty())
}

/// `Set.add`: appended if absent; otherwise the set itself.
pub fn add(s: Set, x: u64, eq: EqFn, hash: HashFn) -> Set {
    Set(map::put(s.0, x, UNIT, eq, hash))
}

/// `Set.remove`: the order of the rest is kept.
pub fn remove(s: Set, x: u64, eq: EqFn, hash: HashFn) -> Set {
    Set(map::delete(s.0, x, eq, hash))
}

/// `Set.contains`.
pub fn contains(s: Set, x: u64, eq: EqFn, hash: HashFn) -> bool {
    map::has_key(s.0, x, eq, hash)
}

/// `Set.to_list`, in insertion order.
pub fn to_list(s: Set) -> List {
    map::keys(s.0)
}

/// `Set.from_list`: duplicates dropped, the first occurrence keeps its place.
pub fn from_list(xs: List, eq: EqFn, hash: HashFn) -> Set {
    let mut s = empty();
    for index in 0..xs.len() {
        s = add(s, xs.items()[index], eq, hash);
    }
    s
}

/// `Set.union`: the elements of `a`, then the new elements of `b` in `b`'s order.
pub fn union(a: Set, b: Set, eq: EqFn, hash: HashFn) -> Set {
    if a.is_empty() {
        return b;
    }
    let mut result = a;
    map::for_each(b.0, |found| result = add(result, found.key, eq, hash));
    result
}

/// `Set.intersection`: the elements of `a` also in `b`, in `a`'s order.
pub fn intersection(a: Set, b: Set, eq: EqFn, hash: HashFn) -> Set {
    let mut result = a;
    map::for_each(a.0, |found| {
        if !contains(b, found.key, eq, hash) {
            result = remove(result, found.key, eq, hash);
        }
    });
    result
}

/// `Set.difference`: the elements of `a` not in `b`, in `a`'s order. Walks the smaller set.
pub fn difference(a: Set, b: Set, eq: EqFn, hash: HashFn) -> Set {
    let mut result = a;
    if b.len() <= a.len() {
        map::for_each(b.0, |found| result = remove(result, found.key, eq, hash));
    } else {
        map::for_each(a.0, |found| {
            if contains(b, found.key, eq, hash) {
                result = remove(result, found.key, eq, hash);
            }
        });
    }
    result
}

/// Set equality: the same elements, in any order.
pub fn equal(a: Set, b: Set, eq: EqFn, hash: HashFn) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut same = true;
    map::for_each(a.0, |found| same = same && contains(b, found.key, eq, hash));
    same
}

/// Set order (LANGUAGE.md §6.5): both sets' elements sorted, then compared lexicographically, a
/// proper prefix first: -1, 0 or 1.
pub fn compare(a: Set, b: Set, cmp: CmpFn) -> i64 {
    // The vectors hold copies of elements that `a` and `b` keep alive (see the end).
    let sorted = |s: Set| {
        let mut elements = Vec::with_capacity(s.len());
        map::for_each(s.0, |found| elements.push(found.key));
        list::sort_words(&mut elements, |x, y| cmp(x, y));
        elements
    };
    let (sorted_a, sorted_b) = (sorted(a), sorted(b));
    let order = sorted_a
        .iter()
        .zip(&sorted_b)
        .map(|(&x, &y)| cmp(x, y).signum())
        .find(|&step| step != 0)
        .unwrap_or(sorted_a.len().cmp(&sorted_b.len()) as i64);
    black_box((a, b));
    order
}

/// Set hash (LANGUAGE.md §6.5): the wrapping sum of the element hashes.
pub fn hash(s: Set, hash: HashFn) -> i64 {
    let mut sum = 0i64;
    map::for_each(s.0, |found| sum = sum.wrapping_add(hash(found.key)));
    sum
}

/// Display/Debug: `#{x, …}` in insertion order with elements rendered by `show`; `#{}` when
/// empty.
pub fn to_string(s: Set, show: ShowFn) -> Str {
    let mut text = b"#{".to_vec();
    let mut first = true;
    map::for_each(s.0, |found| {
        if !first {
            text.extend_from_slice(b", ");
        }
        first = false;
        text.extend_from_slice(show(found.key).bytes());
    });
    text.push(b'}');
    string::from_parts(&[&text])
}
