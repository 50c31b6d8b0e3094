//! Links, monitors, exit signals and the system messages that carry them
//! (docs/design/processes.md, "C ABI (links, monitors, registry, timers)"; LANGUAGE.md §6.12;
//! STDLIB.md §5.16).
//!
//! # State
//!
//! What other processes change about a process — its links, the monitors on it, its registered
//! names, whether it traps exits, and an exit signal it has yet to act on — is its [`Signals`],
//! behind a mutex of its own. When a process ends, it marks its `Signals` exited and takes
//! everything out of them in one critical section ([`mark_exited`]); a link or monitor made
//! before that is seen by the exit, one attempted after it finds the process exited (and turns
//! into an immediate `noproc`). The monitors a process *holds* (reference → target) are its own
//! business and live in its owner-only state.
//!
//! Locks: at most one process's `Signals` is held at a time, except by `link`/`unlink`, which
//! take both in pid order; the registry lock may be taken before a `Signals` lock, never after.
//! A `Signals` lock may be held while taking an inbox lock, never the reverse.
//!
//! # Exit signals
//!
//! A signal that terminates its target sets `pending_exit` (first one wins) and the
//! `exit_pending` flag, then wakes the target. The target acts on it at its next preemption
//! point or process operation, or at once if it is parked (it is woken): see
//! `check_exit`/`exit_now` in the parent module. A trapping target gets an `(:exit, pid, reason)`
//! message instead, unless the signal is a `kill`.
//!
//! # DOWN messages
//!
//! A monitor fires once: the DOWN message is delivered to the watcher's mailbox, and the watcher
//! forgets the reference when it takes the message in a `receive`. A DOWN whose reference the
//! watcher no longer holds (it demonitored meanwhile) is dropped when the watcher takes in its
//! inbox, so after `demonitor` returns no DOWN for that reference can be received, whatever
//! the timing of the target's exit.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::{table, Call, Message, Process};
use crate::gc;
use crate::{sched, string};

/// FNV-1a (64 bits) of `bytes`, as the code generator computes message type ids.
pub(crate) const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u64).wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    hash
}

/// The type id of `(:down, ref, pid, reason)` messages.
pub const DOWN_TYPE: u64 = fnv1a(b"system:down");
/// The type ids of `(:nodeup, name)` and `(:nodedown, name)` messages.
pub const NODEUP_TYPE: u64 = fnv1a(b"system:nodeup");
pub const NODEDOWN_TYPE: u64 = fnv1a(b"system:nodedown");
/// The type id of `(:exit, pid, reason)` messages.
pub const EXIT_TYPE: u64 = fnv1a(b"system:exit");

/// The exit reason of a process whose body returned.
pub const NORMAL: &str = "normal";
/// The exit reason of a process ended by `Process.exit(pid, "kill")`.
pub const KILLED: &str = "killed";
/// The exit reason seen when linking to a process that is not alive, and of the DOWN message of
/// a monitor on one.
pub const NOPROC: &str = "noproc";

/// What other processes change about a process (module documentation).
#[derive(Default)]
pub(crate) struct Signals {
    /// Set once the process has ended: no new link, monitor or name takes.
    pub(crate) exited: bool,
    /// Whether exit signals become `(:exit, pid, reason)` messages.
    pub(crate) trap_exit: bool,
    /// Linked processes.
    pub(crate) links: BTreeSet<u64>,
    /// Monitors on this process: reference → watcher.
    pub(crate) monitors: BTreeMap<u64, u64>,
    /// Names registered for this process.
    pub(crate) names: Vec<String>,
    /// The reason of an exit signal the process has not acted on yet.
    pub(crate) pending_exit: Option<String>,
}

/// What an ended process leaves to notify.
pub(crate) struct Ended {
    links: BTreeSet<u64>,
    monitors: BTreeMap<u64, u64>,
    /// Names to remove from the registry.
    pub(crate) names: Vec<String>,
}

/// How an exit signal arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Over a link from a process that ended: applies only while the link exists, which it
    /// removes.
    Link,
    /// `Process.exit`, or `link` to a process that is not alive.
    Exit,
    /// `Process.exit(pid, "kill")`: ends the target with `killed`, even if it traps exits.
    Kill,
}

/// Marks `process` exited and takes its links, monitors and names.
pub(crate) fn mark_exited(process: &Process) -> Ended {
    let mut signals = process.signals();
    signals.exited = true;
    Ended {
        links: std::mem::take(&mut signals.links),
        monitors: std::mem::take(&mut signals.monitors),
        names: std::mem::take(&mut signals.names),
    }
}

/// Notifies the links and monitors of process `pid`, which ended with `reason`, and removes the
/// monitors it held (`monitoring`: reference → target) from their targets.
pub(crate) fn propagate(pid: u64, reason: &str, ended: Ended, monitoring: BTreeMap<u64, u64>) {
    for (reference, target) in monitoring {
        if crate::dist::pids::is_remote(target) {
            crate::dist::remote::demonitor(reference, target);
        } else if let Some(target) = table::get(target) {
            target.signals().monitors.remove(&reference);
        }
    }
    for linked in ended.links {
        if crate::dist::pids::is_remote(linked) {
            crate::dist::remote::exit(pid, linked, reason, crate::dist::remote::KIND_LINK);
        } else if let Some(target) = table::get(linked) {
            exit_signal(&target, pid, reason, Kind::Link);
        }
    }
    for (reference, watcher) in ended.monitors {
        // A watcher on another node gets the DOWN as a message.
        super::deliver_to(watcher, down_message(reference, pid, reason));
    }
}

/// An exit signal from `from` with `reason` reaching `target` (module documentation).
pub(crate) fn exit_signal(target: &Arc<Process>, from: u64, reason: &str, kind: Kind) {
    let mut signals = target.signals();
    if signals.exited || (kind == Kind::Link && !signals.links.remove(&from)) {
        return;
    }
    let ends_with = match kind {
        Kind::Kill => KILLED,
        _ if signals.trap_exit => {
            drop(signals);
            target.deliver(exit_message(from, reason));
            return;
        }
        _ if reason == NORMAL => return,
        _ => reason,
    };
    if signals.pending_exit.is_none() {
        signals.pending_exit = Some(ends_with.to_string());
        target.exit_pending.store(true, Ordering::SeqCst);
    }
    drop(signals);
    sched::wake(target);
}

/// Links `a` and `b` (both ways). Returns false, changing nothing, if either has ended.
pub(crate) fn link(a: &Process, b: &Process) -> bool {
    let (first, second) = if a.pid < b.pid { (a, b) } else { (b, a) };
    let mut first_signals = first.signals();
    let mut second_signals = second.signals();
    if first_signals.exited || second_signals.exited {
        return false;
    }
    first_signals.links.insert(second.pid);
    second_signals.links.insert(first.pid);
    true
}

/// Removes the link between `a` and `b`, if any.
pub(crate) fn unlink(a: &Process, b: &Process) {
    let (first, second) = if a.pid < b.pid { (a, b) } else { (b, a) };
    let mut first_signals = first.signals();
    let mut second_signals = second.signals();
    first_signals.links.remove(&second.pid);
    second_signals.links.remove(&first.pid);
}

/// Puts a monitor `reference` held by `watcher` on `target`. Returns false if `target` has
/// ended.
pub(crate) fn add_monitor(target: &Process, reference: u64, watcher: u64) -> bool {
    let mut signals = target.signals();
    if signals.exited {
        return false;
    }
    signals.monitors.insert(reference, watcher);
    true
}

/// `(:down, reference, pid, reason)` in a message buffer.
pub(crate) fn down_message(reference: u64, pid: u64, reason: &str) -> Message {
    system_message(DOWN_TYPE, "down", &[reference, pid], reason)
}

/// `(:exit, pid, reason)` in a message buffer.
pub(crate) fn exit_message(pid: u64, reason: &str) -> Message {
    system_message(EXIT_TYPE, "exit", &[pid], reason)
}

/// The reference of a DOWN message (its second field).
///
/// # Safety
///
/// `value` must be a message of type [`DOWN_TYPE`] whose objects are alive.
pub(crate) unsafe fn down_reference(value: u64) -> u64 {
    // Safety: a DOWN message is a tuple of four words built by `down_message`.
    unsafe { (value as *const u64).add(1).read() }
}

/// `(:kind, name)` in a message buffer, for the system messages whose payload is one name:
/// `nodeup`, `nodedown`, `global_name_conflict`.
pub(crate) fn named_message(kind: &str, name: &str) -> Message {
    let type_id = match kind {
        "nodeup" => NODEUP_TYPE,
        "nodedown" => NODEDOWN_TYPE,
        _ => fnv1a(b"system:global_name_conflict"),
    };
    system_message(type_id, kind, &[], name)
}

/// The reason of a DOWN message (its last field).
///
/// # Safety
///
/// `value` must be a message of type [`DOWN_TYPE`] whose objects are alive.
pub(crate) unsafe fn down_reason(value: u64) -> String {
    // Safety: a DOWN message is a tuple of four words built by `down_message`, whose last is a
    // string.
    unsafe { string::Str::from_word((value as *const u64).add(3).read()) }
        .as_str()
        .to_string()
}

/// A tuple `(atom, words…, reason)` allocated in a fresh message buffer: the atom and the reason
/// are strings, the words are immediates (Ints and pids).
fn system_message(type_id: u64, atom: &str, words: &[u64], reason: &str) -> Message {
    let (tuple, buffer) = super::in_new_buffer(|| {
        let fields = words.len() + 2;
        let tuple = gc::alloc_words(fields);
        let atom = string::new(atom).word();
        let reason = string::new(reason).word();
        // Safety: `tuple` is a fresh object of `fields` words.
        unsafe {
            tuple.write(atom);
            for (i, &word) in words.iter().enumerate() {
                tuple.add(1 + i).write(word);
            }
            tuple.add(fields - 1).write(reason);
        }
        tuple
    });
    Message {
        value: tuple as u64,
        type_id,
        buffer: Some(buffer),
        call: Call::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_type_ids_are_fnv1a_of_their_names() {
        // The values `crates/mesh_codegen/src/lower/actors.rs` computes (`system_type_id`).
        let fnv = |bytes: &[u8]| {
            bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
            })
        };
        assert_eq!(DOWN_TYPE, fnv(b"system:down"));
        assert_eq!(EXIT_TYPE, fnv(b"system:exit"));
        assert_ne!(DOWN_TYPE, EXIT_TYPE);
    }

    #[test]
    fn system_messages_are_tuples_in_their_own_buffer() {
        crate::process::run(|| {
            let before = crate::gc::heap_bytes();
            let down = down_message(7, 3, "division by zero");
            let exit = exit_message(4, "noproc");
            assert_eq!(
                crate::gc::heap_bytes(),
                before,
                "nothing went to the current heap"
            );
            assert_eq!((down.type_id, exit.type_id), (DOWN_TYPE, EXIT_TYPE));
            let field = |value: u64, i: usize| {
                // Safety: both messages are tuples of at least `i + 1` words.
                unsafe { (value as *const u64).add(i).read() }
            };
            let text = |word: u64| {
                // Safety: string fields of system messages.
                unsafe { string::Str::from_word(word) }.as_str().to_string()
            };
            assert_eq!(text(field(down.value, 0)), "down");
            // Safety: a DOWN message.
            assert_eq!(unsafe { down_reference(down.value) }, 7);
            assert_eq!(field(down.value, 2), 3);
            assert_eq!(text(field(down.value, 3)), "division by zero");
            assert_eq!(text(field(exit.value, 0)), "exit");
            assert_eq!(field(exit.value, 1), 4);
            assert_eq!(text(field(exit.value, 2)), "noproc");
        });
    }
}
