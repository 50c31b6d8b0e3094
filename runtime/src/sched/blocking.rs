//! The blocking-call pool: system calls that may block for long (file I/O, reading stdin) run on
//! these threads while the calling process parks, so a worker never sits in a system call while
//! other processes wait in its queue (RUNTIME.md: parking, never polling, for I/O waits).
//!
//! Threads are started on demand — one more whenever a call finds none idle — and an idle
//! thread exits after [`IDLE`].

use std::collections::VecDeque;
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::Duration;

/// A call to run on the pool.
pub(crate) type Call = Box<dyn FnOnce() + Send>;

/// How long an idle pool thread waits for work before it exits.
const IDLE: Duration = Duration::from_secs(10);

#[derive(Default)]
struct Queue {
    calls: VecDeque<Call>,
    /// Threads waiting for a call.
    idle: usize,
}

#[derive(Default)]
struct Pool {
    queue: Mutex<Queue>,
    ready: Condvar,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(Pool::default)
}

/// Runs `call` on a pool thread.
pub(crate) fn submit(call: Call) {
    let pool = pool();
    let mut queue = lock(pool);
    queue.calls.push_back(call);
    // Each idle thread takes one call; start another for the rest.
    let short = queue.calls.len() > queue.idle;
    drop(queue);
    pool.ready.notify_one();
    if !short {
        return;
    }
    let started = std::thread::Builder::new()
        .name("mesh-blocking".into())
        .spawn(serve);
    if started.is_err() {
        // No thread to spare: run a call here (it blocks this worker, as before the pool).
        let call = lock(pool).calls.pop_back();
        if let Some(call) = call {
            call();
        }
    }
}

fn lock(pool: &Pool) -> std::sync::MutexGuard<'_, Queue> {
    pool.queue
        .lock()
        .unwrap_or_else(|poison| poison.into_inner())
}

/// A pool thread: runs calls until it has been idle for [`IDLE`].
fn serve() {
    let pool = pool();
    let mut queue = lock(pool);
    loop {
        if let Some(call) = queue.calls.pop_front() {
            drop(queue);
            call();
            queue = lock(pool);
            continue;
        }
        queue.idle += 1;
        let (next, timeout) = pool
            .ready
            .wait_timeout(queue, IDLE)
            .unwrap_or_else(|poison| poison.into_inner());
        queue = next;
        queue.idle -= 1;
        if timeout.timed_out() && queue.calls.is_empty() {
            return;
        }
    }
}
