//! The local name registry (STDLIB.md §5.16.1): names → pids, names removed when their process
//! exits.
//!
//! Names are copied into runtime-owned `String`s (never pointers into a process heap). Each
//! process also lists its own names in its `Signals`, so that its exit removes exactly those;
//! a name is removed at exit only if it still designates the exiting process.
//!
//! Lock order: the registry, then a process's `Signals` (never the reverse: an exiting process
//! takes its names out of its `Signals` first and removes them from the registry afterwards).

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, MutexGuard};

use super::table;

static NAMES: LazyLock<Mutex<HashMap<String, u64>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

fn names() -> MutexGuard<'static, HashMap<String, u64>> {
    NAMES.lock().unwrap_or_else(|poison| poison.into_inner())
}

/// Whether `pid` designates a process that has not ended.
fn alive(pid: u64) -> bool {
    table::get(pid).is_some_and(|process| !process.signals().exited)
}

/// Registers `name` for `pid`. Returns false if the name is held by a live process, or `pid` is
/// none or not alive.
pub(crate) fn register(name: &str, pid: u64) -> bool {
    let Some(process) = table::get(pid) else {
        return false;
    };
    let mut names = names();
    if names.get(name).is_some_and(|&holder| alive(holder)) {
        return false;
    }
    let mut signals = process.signals();
    if signals.exited {
        return false;
    }
    signals.names.push(name.to_string());
    drop(signals);
    names.insert(name.to_string(), pid);
    true
}

/// The pid registered as `name`, or 0.
pub(crate) fn whereis(name: &str) -> u64 {
    names().get(name).copied().unwrap_or(0)
}

/// Removes `name`. Returns whether it was registered.
pub(crate) fn unregister(name: &str) -> bool {
    let mut names = names();
    let Some(pid) = names.remove(name) else {
        return false;
    };
    if let Some(process) = table::get(pid) {
        let mut signals = process.signals();
        if let Some(index) = signals.names.iter().position(|held| held == name) {
            signals.names.swap_remove(index);
        }
    }
    true
}

/// Removes the names of process `pid`, which has ended.
pub(crate) fn remove_names(pid: u64, held: Vec<String>) {
    if held.is_empty() {
        return;
    }
    let mut names = names();
    for name in held {
        if names.get(&name) == Some(&pid) {
            names.remove(&name);
        }
    }
}
