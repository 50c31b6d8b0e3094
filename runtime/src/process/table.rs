//! The process table: live processes by pid, for `send`.
//!
//! Sharded by pid so that concurrent senders and spawners rarely meet on a lock. A process is
//! removed when it exits; pids are serials and never reused, so a stale pid finds nothing.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};

use super::Process;

const SHARDS: usize = 64;

type Shard = Mutex<HashMap<u64, Arc<Process>>>;

static TABLE: LazyLock<Vec<Shard>> =
    LazyLock::new(|| (0..SHARDS).map(|_| Mutex::new(HashMap::new())).collect());

fn shard(pid: u64) -> MutexGuard<'static, HashMap<u64, Arc<Process>>> {
    TABLE[(pid % SHARDS as u64) as usize]
        .lock()
        .unwrap_or_else(|poison| poison.into_inner())
}

/// Registers a new process.
pub fn insert(process: Arc<Process>) {
    shard(process.pid).insert(process.pid, process);
}

/// The live process with `pid`, if any.
pub fn get(pid: u64) -> Option<Arc<Process>> {
    shard(pid).get(&pid).cloned()
}

/// Forgets an exited process.
pub fn remove(pid: u64) {
    let removed = shard(pid).remove(&pid);
    drop(removed);
}

/// Number of live processes.
pub fn len() -> usize {
    TABLE
        .iter()
        .map(|shard| shard.lock().map_or(0, |map| map.len()))
        .sum()
}
