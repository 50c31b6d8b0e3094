//! Jobs (STDLIB.md §5.15): a process that computes one value for the process that started it.
//!
//! `Job.async(f)` copies the closure `f` into a message buffer that becomes the job's heap, and
//! the caller monitors the job and records it (`Local::jobs`, pid → monitor reference). The job
//! runs `f()`, copies the value into a buffer and sends it to the caller as a message of type
//! [`JOB_TYPE`] whose envelope names the job. `Job.await` waits (parked) for that message or the
//! monitor's DOWN only; other messages stay in order. A caller that ends kills its unawaited jobs
//! (`Process::finish`); a job's crash reaches the caller only through `await`.

use super::{
    check_exit, deadline_after, deliver_to, demonitor, monitor, msg_begin, msg_end,
    require_current, signals, spawn, take_matching, Call, Message, Process, DOWN_TYPE, NOPROC,
};
use crate::copy::CopyFn;
use crate::layout::{TAG_ERR, TAG_OK};
use crate::value::{closure_copy, variant, Closure};
use crate::{gc, list, string};

/// The type id of a job's result message (its envelope's `from` is the job).
pub const JOB_TYPE: u64 = signals::fnv1a(b"system:job");

/// The exit reason `await_timeout` reports when the job has not finished in time.
const TIMEOUT: &str = "timeout";

/// The words a job starts with, in its heap: the closure, its argument (for `Job.map`),
/// whether there is one, the copy function of the result, and the caller.
const JOB_WORDS: usize = 5;

/// `Job.async(f)` (and each job of `Job.map` with `arg`): starts a job running the closure
/// `f` (on a copy of `arg`, made by `copy_arg`) whose result is copied by `copy_result`.
///
/// # Safety
///
/// `f` must be a closure of arity 0 (arity 1 with an `arg`); the copy functions must match
/// the argument's and the result's types.
pub unsafe fn job_async(f: u64, arg: Option<(u64, CopyFn)>, copy_result: CopyFn) -> u64 {
    let process = require_current();
    check_exit(process);
    let buffer = msg_begin();
    // Safety: the caller's contract.
    let f = unsafe { closure_copy(f) };
    let (arg, has_arg) = match arg {
        Some((value, copy)) => (copy(value), 1),
        None => (0, 0),
    };
    let words = gc::alloc_words(JOB_WORDS);
    // Safety: a fresh object of `JOB_WORDS` words.
    unsafe {
        for (i, word) in [f, arg, has_arg, copy_result as usize as u64, process.pid]
            .into_iter()
            .enumerate()
        {
            words.add(i).write(word);
        }
    }
    msg_end(buffer);
    // Safety: the buffer was begun above and not handed over.
    let pid = unsafe { spawn(run_job, words as u64, buffer) };
    let reference = monitor(pid);
    // Safety: the running process owns itself.
    unsafe { process.local().jobs.insert(pid, reference) };
    pid
}

/// A job's body: runs its closure and sends the result to the caller.
extern "C" fn run_job(words: u64) -> u64 {
    let words = words as *const u64;
    // Safety: `job_async` made these words.
    let [f, arg, has_arg, copy_result, caller] =
        std::array::from_fn(|i| unsafe { words.add(i).read() });
    // Safety: the closure of a job, of the arity `has_arg` says.
    let f = unsafe { Closure::from_ptr(f as *const crate::layout::MeshClosure) };
    let value = if has_arg == 1 {
        f.call1(arg)
    } else {
        f.call0()
    };
    // Safety: `job_async` stored the result type's copy function.
    let copy_result = unsafe { std::mem::transmute::<usize, CopyFn>(copy_result as usize) };
    let buffer = msg_begin();
    let copied = copy_result(value);
    msg_end(buffer);
    super::forget_open_buffer(buffer);
    let process = require_current();
    // Safety: `buffer` was begun above and is handed over here.
    let buffer = unsafe { super::Buffer::from_handle(buffer) };
    deliver_to(
        caller,
        Message {
            value: copied,
            type_id: JOB_TYPE,
            buffer,
            call: Call {
                from: process.pid,
                reference: 0,
            },
        },
    );
    0
}

/// `Job.await(job)` / `Job.await_timeout(job, ms)`: `Ok(value)` (copied into the caller's heap
/// by `copy_result`), `Err(reason)` if the job ended without a value, `Err("noproc")` for a pid
/// that is not an unawaited job of the caller, `Err("timeout")` when `timeout_ms` passed first
/// (the job stays awaitable).
pub fn job_await(pid: u64, timeout_ms: Option<i64>, copy_result: CopyFn) -> u64 {
    let process = require_current();
    check_exit(process);
    // Safety: the running process owns itself.
    let Some(reference) = (unsafe { process.local().jobs.get(&pid).copied() }) else {
        return err(NOPROC);
    };
    let deadline = timeout_ms.map(|ms| deadline_after(u64::try_from(ms).unwrap_or(0)));
    let found = take_matching(process, deadline, |message| {
        (message.type_id == JOB_TYPE && message.call.from == pid)
            || (message.type_id == DOWN_TYPE
                // Safety: DOWN messages are tuples built by `signals::down_message`.
                && unsafe { signals::down_reference(message.value) } == reference)
    });
    let Some(mut message) = found else {
        return err(TIMEOUT);
    };
    // Safety: as above.
    unsafe { process.local().jobs.remove(&pid) };
    if message.type_id == JOB_TYPE {
        demonitor(reference);
        // The value lives in its buffer (outside the heap) while the copy allocates.
        let value = match message.buffer.take() {
            Some(_buffer) => copy_result(message.value),
            None => message.value,
        };
        variant(TAG_OK, &[value])
    } else {
        // Safety: as above.
        unsafe { process.local().monitoring.remove(&reference) };
        // Safety: a DOWN message, alive until `message` is dropped.
        let reason = unsafe { signals::down_reason(message.value) };
        err(&reason)
    }
}

/// `Err(reason)`.
fn err(reason: &str) -> u64 {
    let reason = string::new(reason).word();
    variant(TAG_ERR, &[reason])
}

/// `Job.map(xs, f)`: one job per element, started in order, then awaited in order.
///
/// # Safety
///
/// `f` must be a closure of arity 1; `copy_elem` and `copy_result` the copy functions of the
/// element and result types.
pub unsafe fn job_map(xs: list::List, f: u64, copy_elem: CopyFn, copy_result: CopyFn) -> u64 {
    let items: Vec<u64> = xs.items().to_vec();
    let mut jobs = Vec::with_capacity(items.len());
    for x in items {
        // Safety: the caller's contract.
        jobs.push(unsafe { job_async(f, Some((x, copy_elem)), copy_result) });
    }
    // Each outcome is rooted in the list under construction while the next is awaited.
    list::build(jobs.len(), |i| job_await(jobs[i], None, copy_result)).word()
}

/// Kills the unawaited jobs of `process`, which is ending (`Job.async`: "if the caller exits,
/// the job is killed").
pub(super) fn kill_jobs(process: &Process) {
    // Safety: called by the owner of the finishing process.
    let jobs = std::mem::take(unsafe { &mut process.local().jobs });
    for pid in jobs.into_keys() {
        if let Some(job) = super::table::get(pid) {
            signals::exit_signal(&job, process.pid, super::KILLED, signals::Kind::Kill);
        }
    }
}
