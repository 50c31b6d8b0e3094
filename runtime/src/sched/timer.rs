//! The timer facility: one binary heap of deadlines served by a dedicated thread.
//!
//! `receive … after` and `Timer.sleep` add an entry `(deadline, process, token)`; the thread
//! sleeps on a condition variable until the earliest deadline (or until an earlier entry is
//! added), then wakes every process whose deadline has passed. An entry is not removed when
//! its process stops waiting early; instead the process changes its `timer_token`, and an entry
//! whose token no longer matches is dropped when it comes due (lazy cancellation keeps adding
//! and cancelling O(log n) and O(1)).
//!
//! `Timer.send_after` adds an entry `(deadline, pid, message)` that owns the message (and its
//! buffer) until the deadline, when it is delivered as `send` would (dropped if the target is
//! gone). Such an entry counts as a live process for the end of the program
//! (`super::LIVE`). Entries with equal deadlines fire in the order they were added.
//!
//! A wheel was considered: it makes insertion O(1) but needs a tick thread (or a tick check in
//! workers) and rounds deadlines to the tick; a heap keeps exact deadlines and sleeps exactly
//! as long as needed. Workers never poll timers.

use std::cmp::Ordering as CmpOrdering;
use std::collections::BinaryHeap;
use std::sync::atomic::Ordering;
use std::sync::{Condvar, Mutex};
use std::time::Instant;

use super::{live_dec, wake, Task, LIVE};
use crate::process::{deliver_to, Message};

/// What happens when an entry comes due.
enum Action {
    /// Wake `process` if its timer token is still `token`.
    Wake { process: Task, token: u64 },
    /// Deliver `message` to `pid` (`Timer.send_after`).
    Deliver { pid: u64, message: Message },
}

struct Entry {
    deadline: Instant,
    /// Insertion order, to break ties.
    seq: u64,
    action: Action,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Entry) -> bool {
        self.cmp(other) == CmpOrdering::Equal
    }
}

impl Eq for Entry {}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Entry) -> Option<CmpOrdering> {
        Some(self.cmp(other))
    }
}

impl Ord for Entry {
    /// Reversed, so that the `BinaryHeap` (a max-heap) yields the earliest deadline first.
    fn cmp(&self, other: &Entry) -> CmpOrdering {
        (other.deadline, other.seq).cmp(&(self.deadline, self.seq))
    }
}

struct Timers {
    heap: BinaryHeap<Entry>,
    seq: u64,
}

static TIMERS: Mutex<Timers> = Mutex::new(Timers {
    heap: BinaryHeap::new(),
    seq: 0,
});

static CHANGED: Condvar = Condvar::new();

fn lock() -> std::sync::MutexGuard<'static, Timers> {
    TIMERS.lock().unwrap_or_else(|poison| poison.into_inner())
}

/// Wakes `process` at `deadline` unless its timer token has changed from `token` by then.
pub(crate) fn add(deadline: Instant, process: Task, token: u64) {
    push(deadline, Action::Wake { process, token });
}

/// Delivers `message` to `pid` at `deadline`; the program stays alive until then.
pub(crate) fn add_delivery(deadline: Instant, pid: u64, message: Message) {
    LIVE.fetch_add(1, Ordering::SeqCst);
    push(deadline, Action::Deliver { pid, message });
}

fn push(deadline: Instant, action: Action) {
    let mut timers = lock();
    let earliest = timers.heap.peek().is_none_or(|top| deadline < top.deadline);
    timers.seq += 1;
    let seq = timers.seq;
    timers.heap.push(Entry {
        deadline,
        seq,
        action,
    });
    drop(timers);
    if earliest {
        CHANGED.notify_one();
    }
}

/// Starts the timer thread.
pub(crate) fn start() {
    let spawned = std::thread::Builder::new()
        .name("mesh-timers".to_string())
        .spawn(timer_main);
    if let Err(error) = spawned {
        panic!("cannot start the timer thread: {error}");
    }
}

fn timer_main() {
    let mut due = Vec::new();
    loop {
        let mut timers = lock();
        loop {
            let now = Instant::now();
            while timers.heap.peek().is_some_and(|top| top.deadline <= now) {
                if let Some(entry) = timers.heap.pop() {
                    due.push(entry);
                }
            }
            if !due.is_empty() {
                break;
            }
            timers = match timers.heap.peek().map(|top| top.deadline - now) {
                Some(wait) => {
                    CHANGED
                        .wait_timeout(timers, wait)
                        .unwrap_or_else(|poison| poison.into_inner())
                        .0
                }
                None => CHANGED
                    .wait(timers)
                    .unwrap_or_else(|poison| poison.into_inner()),
            };
        }
        drop(timers);
        for entry in due.drain(..) {
            match entry.action {
                Action::Wake { process, token } => {
                    if process.timer_token.load(Ordering::SeqCst) == token {
                        wake(&process);
                    }
                }
                Action::Deliver { pid, message } => {
                    // Delivered (waking the target, which then counts) before the entry stops
                    // counting, so the program cannot be seen quiescent in between.
                    deliver_to(pid, message);
                    live_dec();
                }
            }
        }
    }
}
