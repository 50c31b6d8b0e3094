//! `Node.spawn` and `Node.spawn_link` (STDLIB.md §5.17, RUNTIME.md §5): a function or actor of
//! the program, identified by the stable name of its entry trampoline (every node runs the
//! same program, which registers its spawnable entries at start), started on another node with
//! its arguments sent by value. The caller waits at most 5 s for the new pid; any failure gives
//! `Pid.none()` and a `[mesh]` line.

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, RwLock};
use std::time::{Duration, Instant};

use super::frame::Reader;
use super::handshake::push_str;
use super::{lock, log, wire};

pub const SPAWN: u8 = 40;
pub const SPAWN_REPLY: u8 = 41;

/// How long `Node.spawn` waits for the new pid.
const TIMEOUT: Duration = Duration::from_secs(5);

type Entry = extern "C" fn(u64) -> u64;

static SPAWNABLE: RwLock<Option<HashMap<String, (Entry, u64)>>> = RwLock::new(None);

/// The answer to a spawn request, once it came: the pid, or why not.
type Answer = Option<Result<u64, String>>;

/// Requests waiting for their pid, by id.
static PENDING: Mutex<Option<HashMap<u64, Answer>>> = Mutex::new(None);
static ANSWERED: Condvar = Condvar::new();
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Registers the program's spawnable entries: `n` triples of words (name string, entry
/// function, argument type id).
///
/// # Safety
///
/// `table` must point to `3 * n` words: a Mesh string, an `extern "C" fn(u64) -> u64` entry
/// trampoline and a type id, each.
pub unsafe fn register(table: *const u64, n: usize) {
    let mut entries = HashMap::with_capacity(n);
    for i in 0..n {
        // Safety: the caller's contract.
        let (name, entry, type_id) = unsafe {
            (
                crate::string::Str::from_word(table.add(3 * i).read()),
                std::mem::transmute::<usize, Entry>(table.add(3 * i + 1).read() as usize),
                table.add(3 * i + 2).read(),
            )
        };
        entries.insert(name.as_str().to_string(), (entry, type_id));
    }
    *SPAWNABLE.write().unwrap_or_else(|p| p.into_inner()) = Some(entries);
}

fn spawnable(name: &str) -> Option<(Entry, u64)> {
    SPAWNABLE
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()?
        .get(name)
        .copied()
}

/// Starts `name` with `payload` (its arguments, of message type `type_id`) on node `node`;
/// returns the pid, or 0 after logging why not. Runs in the calling process (the payload is in
/// its heap); the wait for a remote answer happens on the blocking-call pool.
pub fn node_spawn(node: &str, name: &str, payload: u64, type_id: u64) -> u64 {
    match try_spawn(node, name, payload, type_id) {
        Ok(pid) => pid,
        Err(reason) => {
            log(&format!("Node.spawn of {name} on {node} failed: {reason}"));
            0
        }
    }
}

fn try_spawn(node: &str, name: &str, payload: u64, type_id: u64) -> Result<u64, String> {
    let desc = wire::descriptor(type_id).ok_or("its arguments cannot be sent")?;
    let mut args = Vec::new();
    wire::encode(payload, desc, &mut args)?;
    let (me, _) = super::self_ident();
    let target = super::names::canonical(node);
    if target == me || (me.is_empty() && node == super::self_name()) {
        return start(name, type_id, &args);
    }
    if me.is_empty() {
        return Err("distribution is not started".into());
    }
    if !super::connected().contains(&target) {
        return Err("the node is not connected".into());
    }
    let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    lock(&PENDING)
        .get_or_insert_with(HashMap::new)
        .insert(id, None);
    let mut frame = vec![SPAWN];
    frame.extend_from_slice(&id.to_be_bytes());
    push_str(&mut frame, name);
    frame.extend_from_slice(&type_id.to_be_bytes());
    frame.extend_from_slice(&args);
    super::send_to(&target, frame);
    crate::process::blocking(move || wait(id))
}

/// Waits for the answer to request `id`.
fn wait(id: u64) -> Result<u64, String> {
    let deadline = Instant::now() + TIMEOUT;
    let mut pending = lock(&PENDING);
    loop {
        let answer = pending
            .as_mut()
            .and_then(|p| p.get_mut(&id))
            .and_then(Option::take);
        if let Some(answer) = answer {
            pending.as_mut().map(|p| p.remove(&id));
            return answer;
        }
        let now = Instant::now();
        if now >= deadline {
            pending.as_mut().map(|p| p.remove(&id));
            return Err("no answer within 5 s".into());
        }
        pending = ANSWERED
            .wait_timeout(pending, deadline - now)
            .unwrap_or_else(|p| p.into_inner())
            .0;
    }
}

/// Spawns `name` here on the encoded arguments `args`.
fn start(name: &str, type_id: u64, args: &[u8]) -> Result<u64, String> {
    let (entry, expected) = spawnable(name).ok_or("this program has no such function")?;
    if expected != type_id {
        return Err("the arguments do not match the function".into());
    }
    let desc = wire::descriptor(type_id).ok_or("its arguments cannot be sent")?;
    let mut r = Reader::new(args);
    let (payload, buffer) = crate::process::in_new_buffer(|| wire::decode(&mut r, desc));
    let payload = payload?;
    if !r.done() {
        return Err("trailing bytes after the arguments".into());
    }
    Ok(crate::process::spawn_with_buffer(entry, payload, buffer))
}

/// A frame of this module from `peer`; `Err` closes the connection (malformed).
pub fn handle(peer: &str, kind: u8, r: &mut Reader) -> Result<(), String> {
    let malformed = || format!("malformed spawn frame from {peer}");
    let id = r.u64().ok_or_else(malformed)?;
    match kind {
        SPAWN => {
            let name = r.str().ok_or_else(malformed)?.to_string();
            let type_id = r.u64().ok_or_else(malformed)?;
            let args = r.bytes(r.remaining()).ok_or_else(malformed)?;
            let mut reply = vec![SPAWN_REPLY];
            reply.extend_from_slice(&id.to_be_bytes());
            match start(&name, type_id, args) {
                Ok(pid) => {
                    reply.push(0);
                    wire::put_pid(&mut reply, pid)?;
                }
                Err(reason) => {
                    reply.push(1);
                    push_str(&mut reply, &reason);
                }
            }
            super::send_to(peer, reply);
        }
        SPAWN_REPLY => {
            let answer = match r.u8() {
                Some(0) => Ok(wire::get_pid(r).map_err(|_| malformed())?),
                Some(1) => Err(r.str().ok_or_else(malformed)?.to_string()),
                _ => return Err(malformed()),
            };
            if let Some(slot) = lock(&PENDING).as_mut().and_then(|p| p.get_mut(&id)) {
                *slot = Some(answer);
            }
            ANSWERED.notify_all();
        }
        _ => return Err(malformed()),
    }
    if r.done() {
        Ok(())
    } else {
        Err(malformed())
    }
}
