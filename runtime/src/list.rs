//! Lists: the [`List`] handle and the operations of STDLIB.md §5.5.
//!
//! A list is a [`MeshList`] header — a window `(len, items)` — over a [`MeshListStore`] that
//! several lists may share. `tail`, `drop` and `take` only make a new header (O(1)). The store
//! records its claimed slots `[lo, hi)`; a claimed slot is written once and never changed, so
//! sharing is invisible. `append`/`concat` write after the window in place when the window ends
//! at `hi` and there is room, and `prepend` (cons) writes before it when it starts at `lo`; both
//! are therefore amortised O(1) for the usual accumulating loops, and copy into a larger store
//! otherwise. Every empty list is the static [`empty`] list.
//!
//! Heap pointers never live only in Rust collections here: results are allocated first (as heap
//! stores, which the collector scans) and filled afterwards, or the `Vec`s hold indices and
//! flags, never pointers.

use crate::crash;
use crate::gc;
use crate::layout::{MeshList, MeshListStore};
use crate::string::{self, Str};
use crate::value::{self, Closure, FNV_OFFSET};

/// A handle to a list: a pointer to a valid [`MeshList`] whose items are valid Mesh values.
///
/// Handles are made only by the runtime or by generated code (which got them from the runtime).
#[repr(transparent)]
#[derive(Debug, Clone, Copy)]
pub struct List(*const MeshList);

/// Element equality supplied by the code generator: returns 0 or 1.
pub type EqFn = extern "C" fn(u64, u64) -> u64;
/// Element order supplied by the code generator: returns -1, 0 or 1.
pub type CmpFn = extern "C" fn(u64, u64) -> i64;
/// Element Display/show supplied by the code generator.
pub type ShowFn = extern "C" fn(u64) -> Str;
/// Element hash supplied by the code generator.
pub type HashFn = extern "C" fn(u64) -> i64;

static EMPTY: MeshList = MeshList {
    len: 0,
    items: std::ptr::null(),
    store: std::ptr::null_mut(),
};

/// The empty list (a static, no allocation).
pub fn empty() -> List {
    List(&EMPTY)
}

impl List {
    /// The handle of the list at `word`.
    ///
    /// # Safety
    ///
    /// `word` must be the address of a valid [`MeshList`] that stays alive while the handle is
    /// used.
    pub unsafe fn from_word(word: u64) -> List {
        List(word as *const MeshList)
    }

    /// The list as a Mesh value.
    pub fn word(self) -> u64 {
        self.0 as u64
    }

    fn header(&self) -> &MeshList {
        // Safety: by the handle's invariant `self.0` points to a valid MeshList.
        unsafe { &*self.0 }
    }

    /// Number of elements.
    pub fn len(self) -> usize {
        self.header().len as usize
    }

    /// Whether the list has no elements.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The elements.
    pub fn items(&self) -> &[u64] {
        let header = self.header();
        if header.len == 0 {
            return &[];
        }
        // Safety: a non-empty list's window `[items, items + len)` lies inside claimed slots of
        // its store, which are initialised and never written again.
        unsafe { std::slice::from_raw_parts(header.items, header.len as usize) }
    }

    /// Tries to claim `count` unclaimed slots right after the window; returns where to write.
    fn claim_after(self, count: usize) -> Option<*mut u64> {
        let header = self.header();
        let store = header.store;
        if store.is_null() {
            return None;
        }
        // Safety: a non-null store pointer in a valid header points to a valid store object;
        // `data + hi` stays within (or one past) its `cap` slots.
        unsafe {
            let next = data(store).add((*store).hi as usize);
            let at_end = std::ptr::eq(header.items.add(header.len as usize), next);
            if !at_end || (*store).hi as usize + count > (*store).cap as usize {
                return None;
            }
            (*store).hi += count as u64;
            Some(next)
        }
    }

    /// Tries to claim the unclaimed slot right before the window; returns where to write.
    fn claim_before(self) -> Option<*mut u64> {
        let header = self.header();
        let store = header.store;
        if store.is_null() {
            return None;
        }
        // Safety: as in `claim_after`; `lo > 0` keeps `data + lo - 1` inside the store.
        unsafe {
            let lo = (*store).lo as usize;
            if lo == 0 || !std::ptr::eq(header.items, data(store).add(lo)) {
                return None;
            }
            (*store).lo -= 1;
            Some(data(store).add(lo - 1))
        }
    }
}

/// The first slot of a store.
fn data(store: *mut MeshListStore) -> *mut u64 {
    // Safety: the slots follow the store header inline; no reference is created.
    unsafe { std::ptr::addr_of_mut!((*store).data).cast() }
}

/// A new store of `cap` slots claiming `[lo, hi)` (zeroed).
fn new_store(cap: usize, lo: usize, hi: usize) -> *mut MeshListStore {
    let store = gc::alloc_words(3 + cap).cast::<MeshListStore>();
    // Safety: `store` is a fresh heap object of `3 + cap` words: a store header and its slots.
    unsafe {
        (*store).cap = cap as u64;
        (*store).lo = lo as u64;
        (*store).hi = hi as u64;
    }
    store
}

/// A new header for the window `(len, items)` of `store`.
fn new_header(len: usize, items: *const u64, store: *mut MeshListStore) -> List {
    if len == 0 {
        return empty();
    }
    let header = gc::alloc_words(3).cast::<MeshList>();
    // Safety: `header` is a fresh heap object of three words.
    unsafe {
        header.write(MeshList {
            len: len as u64,
            items,
            store,
        })
    };
    List(header)
}

/// Capacity of a store grown to hold `len` elements.
fn grown(len: usize) -> usize {
    (len + len / 2).max(4)
}

/// A new list of `len` elements where element `i` is `element(i)`, called in order. `element`
/// may allocate (and so collect): the list under construction is reachable from this frame.
pub fn build(len: usize, mut element: impl FnMut(usize) -> u64) -> List {
    if len == 0 {
        return empty();
    }
    let store = new_store(len, 0, len);
    let slots = data(store);
    for index in 0..len {
        let value = element(index);
        // Safety: `index < len = cap`, and the store is not shared yet.
        unsafe { slots.add(index).write(value) };
    }
    new_header(len, slots, store)
}

/// A new list copying `words`.
pub fn from_words(words: &[u64]) -> List {
    build(words.len(), |index| words[index])
}

/// A new store with room for `cap` elements holding `parts` one after the other from slot `lo`;
/// returns the first item and the store.
fn fill_new_store(parts: &[&[u64]], cap: usize, lo: usize) -> (*const u64, *mut MeshListStore) {
    let len: usize = parts.iter().map(|part| part.len()).sum();
    let store = new_store(cap, lo, lo + len);
    let items = data(store).wrapping_add(lo);
    let mut at = items;
    for part in parts {
        // Safety: `lo + len <= cap`, so the parts fit in the fresh store's slots.
        unsafe {
            at.copy_from_nonoverlapping(part.as_ptr(), part.len());
            at = at.add(part.len());
        }
    }
    (items, store)
}

/// A new list holding `parts` one after the other, in a new store of `cap` slots from slot `lo`.
fn copy_into_new_store(parts: &[&[u64]], cap: usize, lo: usize) -> List {
    let len = parts.iter().map(|part| part.len()).sum();
    let (items, store) = fill_new_store(parts, cap, lo);
    new_header(len, items, store)
}

/// Element `index`, or the panic `index <i> out of bounds (len <n>)`.
pub fn get(xs: List, index: i64) -> u64 {
    let items = xs.items();
    match usize::try_from(index).ok().and_then(|i| items.get(i)) {
        Some(&value) => value,
        None => crash::raise(format!("index {index} out of bounds (len {})", items.len())),
    }
}

/// `Some(element)` or `None` when `index` is out of range.
pub fn fetch(xs: List, index: i64) -> u64 {
    match usize::try_from(index).ok().and_then(|i| xs.items().get(i)) {
        Some(&value) => value::some(value),
        None => value::none(),
    }
}

fn non_empty(xs: List) -> List {
    if xs.is_empty() {
        crash::raise("empty list");
    }
    xs
}

/// The first element; panics `empty list`.
pub fn head(xs: List) -> u64 {
    non_empty(xs).items()[0]
}

/// The last element; panics `empty list`.
pub fn last(xs: List) -> u64 {
    let xs = non_empty(xs);
    xs.items()[xs.len() - 1]
}

/// All but the first element, sharing the store; panics `empty list`.
pub fn tail(xs: List) -> List {
    drop_front(non_empty(xs), 1)
}

/// Without the first `n` elements (`n` clamped to `[0, length]`), sharing the store.
pub fn drop_front(xs: List, n: i64) -> List {
    let n = n.clamp(0, xs.len() as i64) as usize;
    if n == 0 {
        return xs;
    }
    let header = xs.header();
    new_header(xs.len() - n, header.items.wrapping_add(n), header.store)
}

/// The first `n` elements (`n` clamped to `[0, length]`), sharing the store.
pub fn take(xs: List, n: i64) -> List {
    let n = n.clamp(0, xs.len() as i64) as usize;
    if n == xs.len() {
        return xs;
    }
    let header = xs.header();
    new_header(n, header.items, header.store)
}

/// `xs` with `x` added at the end.
pub fn append(xs: List, x: u64) -> List {
    if let Some(slot) = xs.claim_after(1) {
        // Safety: the slot was just claimed for this value and is inside the store.
        unsafe { slot.write(x) };
        return new_header(xs.len() + 1, xs.header().items, xs.header().store);
    }
    copy_into_new_store(&[xs.items(), &[x]], grown(xs.len() + 1), 0)
}

/// `[x | xs]`.
pub fn prepend(x: u64, xs: List) -> List {
    if let Some(slot) = xs.claim_before() {
        // Safety: the slot was just claimed for this value and is inside the store.
        unsafe { slot.write(x) };
        return new_header(xs.len() + 1, slot, xs.header().store);
    }
    let len = xs.len() + 1;
    let cap = grown(len);
    copy_into_new_store(&[&[x], xs.items()], cap, cap - len)
}

/// `a ++ b`.
pub fn concat(a: List, b: List) -> List {
    if b.is_empty() {
        return a;
    }
    if a.is_empty() {
        return b;
    }
    if let Some(slot) = a.claim_after(b.len()) {
        // Safety: `b.len()` slots were just claimed after `a`'s window; they cannot overlap `b`'s
        // items, which are claimed slots.
        unsafe { slot.copy_from_nonoverlapping(b.items().as_ptr(), b.len()) };
        return new_header(a.len() + b.len(), a.header().items, a.header().store);
    }
    copy_into_new_store(&[a.items(), b.items()], grown(a.len() + b.len()), 0)
}

/// The elements in reverse order.
pub fn reverse(xs: List) -> List {
    let len = xs.len();
    build(len, |index| xs.items()[len - 1 - index])
}

/// `f` applied to every element, in order.
pub fn map(xs: List, f: Closure) -> List {
    build(xs.len(), |index| f.call1(xs.items()[index]))
}

/// The elements for which `p` returns true, in order.
pub fn filter(xs: List, p: Closure) -> List {
    let kept: Vec<usize> = (0..xs.len())
        .filter(|&index| p.call1(xs.items()[index]) != 0)
        .collect();
    if kept.len() == xs.len() {
        return xs;
    }
    build(kept.len(), |index| xs.items()[kept[index]])
}

/// Left fold: `f(acc, element)`.
pub fn reduce(xs: List, init: u64, f: Closure) -> u64 {
    let mut acc = init;
    for index in 0..xs.len() {
        acc = f.call2(acc, xs.items()[index]);
    }
    acc
}

/// The first element satisfying `p`, as an `Option`.
pub fn find(xs: List, p: Closure) -> u64 {
    for index in 0..xs.len() {
        let x = xs.items()[index];
        if p.call1(x) != 0 {
            return value::some(x);
        }
    }
    value::none()
}

/// Whether some element satisfies `p` (stops at the first).
pub fn any(xs: List, p: Closure) -> bool {
    (0..xs.len()).any(|index| p.call1(xs.items()[index]) != 0)
}

/// Whether every element satisfies `p` (stops at the first failure).
pub fn all(xs: List, p: Closure) -> bool {
    (0..xs.len()).all(|index| p.call1(xs.items()[index]) != 0)
}

/// Calls `f` on every element, in order.
pub fn each(xs: List, f: Closure) {
    for index in 0..xs.len() {
        f.call1(xs.items()[index]);
    }
}

/// Element-wise equality with equal lengths.
pub fn equal(a: List, b: List, eq: EqFn) -> bool {
    a.len() == b.len() && (0..a.len()).all(|index| eq(a.items()[index], b.items()[index]) != 0)
}

/// Lexicographic order, a proper prefix first: -1, 0 or 1.
pub fn compare(a: List, b: List, cmp: CmpFn) -> i64 {
    for index in 0..a.len().min(b.len()) {
        let order = cmp(a.items()[index], b.items()[index]);
        if order != 0 {
            return order.signum();
        }
    }
    a.len().cmp(&b.len()) as i64
}

/// Whether some element equals `x`.
pub fn contains(xs: List, x: u64, eq: EqFn) -> bool {
    (0..xs.len()).any(|index| eq(xs.items()[index], x) != 0)
}

/// `[` + the elements rendered by `show`, joined by `, ` + `]`.
pub fn to_string(xs: List, show: ShowFn) -> Str {
    let mut text = vec![b'['];
    for index in 0..xs.len() {
        if index > 0 {
            text.extend_from_slice(b", ");
        }
        text.extend_from_slice(show(xs.items()[index]).bytes());
    }
    text.push(b']');
    string::from_parts(&[&text])
}

/// FNV-1a over each element's hash as 8 little-endian bytes (LANGUAGE.md §6.5).
pub fn hash(xs: List, hash: HashFn) -> i64 {
    let mut state = FNV_OFFSET;
    for index in 0..xs.len() {
        state = value::fnv1a(state, &hash(xs.items()[index]).to_le_bytes());
    }
    state as i64
}

/// Stable sort with `cmp(a, b)` negative when `a` goes first. Never panics, whatever `cmp`
/// returns (merge sort that only ever asks "does b go strictly before a?").
pub fn sort_by(xs: List, mut cmp: impl FnMut(u64, u64) -> i64) -> List {
    // The Vec holds copies of words that `xs` also holds, so the collector still sees them.
    let mut items = xs.items().to_vec();
    sort_words(&mut items, &mut cmp);
    build(items.len(), |index| items[index])
}

/// Sorts `items` in place, stably, with `cmp(a, b)` negative when `a` goes first. Never panics,
/// whatever `cmp` returns. The caller keeps alive whatever the words point to.
pub(crate) fn sort_words(items: &mut [u64], mut cmp: impl FnMut(u64, u64) -> i64) {
    let mut scratch = items.to_vec();
    merge_sort(items, &mut scratch, &mut cmp);
}

fn merge_sort(items: &mut [u64], scratch: &mut [u64], cmp: &mut impl FnMut(u64, u64) -> i64) {
    let len = items.len();
    if len < 2 {
        return;
    }
    let mid = len / 2;
    merge_sort(&mut items[..mid], &mut scratch[..mid], cmp);
    merge_sort(&mut items[mid..], &mut scratch[mid..], cmp);
    let (mut left, mut right) = (0, mid);
    for slot in scratch.iter_mut().take(len) {
        let take_right = left == mid || (right < len && cmp(items[right], items[left]) < 0);
        *slot = if take_right {
            items[right]
        } else {
            items[left]
        };
        if take_right {
            right += 1;
        } else {
            left += 1;
        }
    }
    items.copy_from_slice(&scratch[..len]);
}

/// Pairs `(a[i], b[i])` as two-word tuples, up to the shorter length.
pub fn zip(a: List, b: List) -> List {
    build(a.len().min(b.len()), |index| {
        pair(a.items()[index], b.items()[index])
    })
}

/// Pairs `(index, element)` as two-word tuples.
pub fn enumerate(xs: List) -> List {
    build(xs.len(), |index| pair(index as u64, xs.items()[index]))
}

/// A new two-word tuple `(first, second)`.
pub(crate) fn pair(first: u64, second: u64) -> u64 {
    let tuple = gc::alloc_words(2);
    // Safety: `tuple` is a fresh heap object of two words.
    unsafe {
        tuple.write(first);
        tuple.add(1).write(second);
    }
    tuple as u64
}

/// The elements of every list in `xss`, in order (one level).
pub fn flatten(xss: List) -> List {
    // Safety: `xss` is a List<List<T>>, so every element is a list.
    let inner = |index: usize| unsafe { List::from_word(xss.items()[index]) };
    let total = (0..xss.len()).map(|index| inner(index).len()).sum();
    let mut outer = 0;
    let mut at = 0;
    build(total, |_| {
        while at == inner(outer).len() {
            outer += 1;
            at = 0;
        }
        at += 1;
        inner(outer).items()[at - 1]
    })
}

/// `flatten(map(xs, f))`.
pub fn flat_map(xs: List, f: Closure) -> List {
    flatten(map(xs, f))
}

/// A list under construction (a `for` comprehension): a mutable [`MeshList`] header on the heap.
#[repr(transparent)]
#[derive(Debug, Clone, Copy)]
pub struct Builder(*mut MeshList);

/// A new, empty builder.
pub fn builder_new() -> Builder {
    Builder(gc::alloc_words(3).cast())
}

/// Adds `x` at the end of the builder's list (amortised O(1)).
pub fn builder_push(builder: Builder, x: u64) {
    let current = List(builder.0);
    let (items, store) = match current.claim_after(1) {
        Some(slot) => {
            // Safety: the slot was just claimed for this value.
            unsafe { slot.write(x) };
            (current.header().items, current.header().store)
        }
        None => fill_new_store(&[current.items(), &[x]], grown(current.len() + 1), 0),
    };
    // Safety: a builder handle points to a heap MeshList header owned by the builder (only the
    // builder functions read or write it).
    unsafe {
        (*builder.0).len += 1;
        (*builder.0).items = items;
        (*builder.0).store = store;
    }
}

/// The list built so far. The builder may go on (later pushes never change this list).
pub fn builder_finish(builder: Builder) -> List {
    let current = List(builder.0);
    new_header(
        current.len(),
        current.header().items,
        current.header().store,
    )
}
