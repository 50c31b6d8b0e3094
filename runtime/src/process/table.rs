//! The process table: live processes by pid, for `send`.
//!
//! Sharded by pid so that concurrent senders and spawners rarely meet on a lock. A process is
//! removed when it exits; pids are serials and never reused, so a stale pid finds nothing.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};

use super::Process;

const SHARDS: usize = 64;

type Shard = Mutex<HashMap<u64, Arc<Process>, BuildHasherDefault<PidHasher>>>;

/// Hashes pids (serial numbers) with one multiplication: SipHash was a visible part of every
/// send.
#[derive(Default)]
struct PidHasher(u64);

impl Hasher for PidHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, pid: u64) {
        // The shard took the low bits (`pid % SHARDS`); spread the rest.
        let hash = (pid / SHARDS as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = hash ^ (hash >> 29);
    }
}

static TABLE: LazyLock<Vec<Shard>> = LazyLock::new(|| {
    (0..SHARDS)
        .map(|_| Mutex::new(HashMap::default()))
        .collect()
});

fn shard(
    pid: u64,
) -> MutexGuard<'static, HashMap<u64, Arc<Process>, BuildHasherDefault<PidHasher>>> {
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
