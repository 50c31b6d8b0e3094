//! `Queue` (STDLIB.md §5.10).
//!
//! A queue is a list: `push` appends and `pop` takes the head and the tail, both amortised O(1)
//! because lists share their backing store and append in place when they own its end (see
//! `crate::list`). Popped slots are released when an append outgrows the store and copies only
//! the live window. `Queue.new`, `push`, `size` and equality use the list functions directly.

use crate::crash::{self, guard};
use crate::list::{self, List, ShowFn};
use crate::string::{self, Str};

fn front(q: List) -> u64 {
    if q.is_empty() {
        crash::raise("empty queue");
    }
    q.items()[0]
}

/// `Queue.pop(q)` -> `(front, rest)`; panics `empty queue`.
#[no_mangle]
pub extern "C" fn mesh_rt_queue_pop(q: List) -> u64 {
    guard(|| {
        let x = front(q);
        list::pair(x, list::tail(q).word())
    })
}

/// `Queue.peek(q)`; panics `empty queue`.
#[no_mangle]
pub extern "C" fn mesh_rt_queue_peek(q: List) -> u64 {
    guard(|| front(q))
}

/// Display/Debug of a queue: `#Queue<[…]>`, front first.
#[no_mangle]
pub extern "C" fn mesh_rt_queue_to_string(q: List, show: ShowFn) -> Str {
    guard(|| {
        let items = list::to_string(q, show);
        string::from_parts(&[b"#Queue<", items.bytes(), b">"])
    })
}
