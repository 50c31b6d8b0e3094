//! The service protocol (LANGUAGE.md §6.13), under the code the checker generates for a
//! `service` (crates/mesh_typeck/src/services.rs).
//!
//! * A **call** is a message of the service's request type whose envelope ([`Call`]) names the
//!   caller and a fresh reference. The caller monitors the service under that same reference
//!   and then waits — parked, for at most [`CALL_TIMEOUT`] — for the reply carrying it or for
//!   the monitor's DOWN. Every other message stays in its mailbox, in order.
//! * A **cast** is a plain send of a request (no envelope).
//! * The service's loop takes requests in arrival order with [`service_receive`], which drops
//!   every message of another type (a `send` to a service is discarded), and answers the
//!   request it took with [`service_reply`].
//! * A reply whose caller stopped waiting (timeout) is dropped when it arrives (`take_inbox`).

use std::time::Duration;

use super::{
    check_exit, crash_current, deadline_after, deliver_to, demonitor, forget_open_buffer,
    require_current, signals, suspend, table, take_matching, Buffer, Call, Message, Process,
    Suspend, DOWN_TYPE, NEXT_REFERENCE, NOPROC,
};
use crate::copy::CopyFn;
use std::sync::atomic::Ordering;
use std::time::Instant;

/// How long a caller waits for a reply.
pub const CALL_TIMEOUT: Duration = Duration::from_millis(5000);

/// The exit reason of a caller whose reply did not come in time.
pub const TIMEOUT: &str = "timeout";

/// What ended a call's wait.
enum Outcome {
    /// The reply (still in its buffer).
    Reply(u64, Option<Buffer>),
    /// The service ended first, with this reason.
    Down(String),
    /// No reply within [`CALL_TIMEOUT`].
    TimedOut,
}

/// `S.op(pid, …)` for a `call`: sends `value` (objects in buffer `buffer`, of type `type_id`) to
/// service `pid` and returns its reply, copied into the caller's heap by `copy`. Ends the caller
/// with `noproc`, the service's exit reason, or `timeout` when no reply comes (§6.13).
///
/// # Safety
///
/// `buffer` must be 0 or a buffer handle from `mesh_rt_msg_begin` not handed over before, and
/// `copy` the copy helper of the reply's type.
pub unsafe fn service_call(pid: u64, value: u64, buffer: u64, type_id: u64, copy: CopyFn) -> u64 {
    let process = require_current();
    check_exit(process);
    forget_open_buffer(buffer);
    // Safety: the caller's contract.
    let buffer = unsafe { Buffer::from_handle(buffer) };
    let reference = NEXT_REFERENCE.fetch_add(1, Ordering::SeqCst);
    let watching = if crate::dist::pids::is_remote(pid) {
        // A monitor across nodes: the service's end, or the loss of its node (`noconnection`),
        // comes back as a DOWN.
        crate::dist::remote::monitor(process.pid, reference, pid)
    } else {
        table::get(pid).is_some_and(|target| signals::add_monitor(&target, reference, process.pid))
    };
    if !watching {
        drop(buffer);
        crash_current(NOPROC);
        unreachable!("a crashed process resumed");
    }
    // Safety: the running process owns itself; every reference ends before suspending.
    unsafe {
        let local = process.local();
        local.monitoring.insert(reference, pid);
        local.awaiting_reply = reference;
    }
    let call = Call {
        from: process.pid,
        reference,
    };
    deliver_to(
        pid,
        Message {
            value,
            type_id,
            buffer,
            call,
        },
    );
    match wait_for(
        process,
        reference,
        deadline_after(CALL_TIMEOUT.as_millis() as u64),
    ) {
        Outcome::Reply(value, buffer) => {
            // The reply lives in its buffer, outside the heap, while the copy allocates (and
            // perhaps collects).
            let copied = copy(value);
            drop(buffer);
            copied
        }
        Outcome::Down(reason) => {
            crash_current(&reason);
            unreachable!("a crashed process resumed")
        }
        Outcome::TimedOut => {
            crash_current(TIMEOUT);
            unreachable!("a crashed process resumed")
        }
    }
}

/// Parks until the reply to call `reference` or the DOWN of its monitor is in the mailbox, or
/// `deadline` passes; removes what it found, and the monitor.
fn wait_for(process: &Process, reference: u64, deadline: Instant) -> Outcome {
    let found = take_matching(process, Some(deadline), |message| {
        (message.call.is_reply() && message.call.reference == reference)
            || (message.type_id == DOWN_TYPE
                // Safety: DOWN messages are tuples built by `signals::down_message`.
                && unsafe { signals::down_reference(message.value) } == reference)
    });
    // Safety: the running process owns itself.
    unsafe { process.local().awaiting_reply = 0 };
    match found {
        Some(mut reply) if reply.call.is_reply() => {
            demonitor(reference);
            Outcome::Reply(reply.value, reply.buffer.take())
        }
        Some(down) => {
            // Safety: as above.
            unsafe { process.local().monitoring.remove(&reference) };
            // Safety: the DOWN tuple lives in its buffer (dropped with `down`) or the heap.
            Outcome::Down(unsafe { signals::down_reason(down.value) })
        }
        None => {
            demonitor(reference);
            Outcome::TimedOut
        }
    }
}

/// The service loop's next request of type `type_id`, copied into the service's heap by
/// `copy`; its envelope is kept for [`service_reply`]. Messages of other types are dropped
/// (§6.13: a `send` to a service is discarded). Parks while there is none.
pub fn service_receive(type_id: u64, copy: CopyFn) -> u64 {
    let process = require_current();
    loop {
        check_exit(process);
        // Safety: the running process owns itself; the reference ends before suspending.
        let local = unsafe { process.local() };
        local.cursor = None;
        while let Some(mut message) = local.messages.pop_front() {
            if message.type_id != type_id {
                continue;
            }
            local.current_call = message.call;
            let Some(buffer) = message.buffer.take() else {
                return message.value;
            };
            // The request lives in its buffer, outside the heap, while the copy allocates.
            let copied = copy(message.value);
            drop(buffer);
            return copied;
        }
        if process.take_inbox(local) {
            continue;
        }
        if !process.prepare_wait() {
            continue;
        }
        suspend(process, Suspend::Wait { timed: false });
    }
}

/// Answers the request the service took last with `value` (objects in buffer `buffer`); a
/// cast has nobody to answer, and a caller that has gone drops the reply.
///
/// # Safety
///
/// `buffer` must be 0 or a buffer handle from `mesh_rt_msg_begin` not handed over before.
pub unsafe fn service_reply(value: u64, buffer: u64, type_id: u64) {
    let process = require_current();
    check_exit(process);
    forget_open_buffer(buffer);
    // Safety: the caller's contract.
    let buffer = unsafe { Buffer::from_handle(buffer) };
    // Safety: the running process owns itself.
    let call = std::mem::take(unsafe { &mut process.local().current_call });
    if call.reference == 0 {
        return;
    }
    deliver_to(
        call.from,
        Message {
            value,
            type_id,
            buffer,
            call: Call::reply(call.reference),
        },
    );
}
