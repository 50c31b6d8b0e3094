//! The global registry (STDLIB.md §5.18): a replica of the cluster's name table on every node.
//!
//! An entry names its owner node (canonical name and creation; empty before `Node.start`,
//! meaning this node) and the process's serial there, so it reads back as a local or a remote
//! pid. `register` inserts locally, broadcasts `REG` to every connected node and waits (at most
//! 5 s) for each to acknowledge; a node whose replica holds a conflicting registration that wins
//! answers so, and the call returns 1. Conflicts are resolved the same way everywhere: the
//! registration whose owner's canonical name sorts lowest wins, then the lower serial. Tables
//! are exchanged when a connection comes up (`Node.connect` waits for the peer's); names go
//! when their process exits (broadcast) or their owner node is lost.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use super::frame::Reader;
use super::handshake::push_str;
use super::{lock, pids};

/// How long `Global.register` waits for acknowledgements.
const ACK_TIMEOUT: Duration = Duration::from_secs(5);

/// Frame types (`conn.rs` dispatches them here).
pub const REG: u8 = 20;
pub const ACK: u8 = 21;
pub const UNREG: u8 = 22;
pub const TABLE: u8 = 23;

/// A registration: process `serial` of node `owner` (canonical; `""`: this node before it
/// started distribution) incarnation `creation`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    owner: String,
    creation: u32,
    serial: u64,
}

impl Entry {
    /// The owner's canonical name (this node's for `""`).
    fn owner(&self) -> String {
        if self.owner.is_empty() {
            super::self_ident().0
        } else {
            self.owner.clone()
        }
    }

    fn is_local(&self) -> bool {
        let (me, creation) = super::self_ident();
        self.owner.is_empty() || (self.owner == me && self.creation == creation)
    }

    /// The pid this entry designates here.
    pub fn pid(&self) -> u64 {
        if self.is_local() {
            self.serial
        } else {
            pids::remote(&self.owner, self.creation, self.serial)
        }
    }

    fn alive(&self) -> bool {
        if self.is_local() {
            crate::process::is_alive(self.serial)
        } else {
            super::is_connected(&self.owner, self.creation)
        }
    }

    /// Whether `self` wins a conflict with `other` (lowest owner name, then lowest serial).
    fn beats(&self, other: &Entry) -> bool {
        (self.owner(), self.serial) < (other.owner(), other.serial)
    }

    fn encode(&self, out: &mut Vec<u8>) {
        push_str(out, &self.owner());
        out.extend_from_slice(&self.creation.to_be_bytes());
        out.extend_from_slice(&self.serial.to_be_bytes());
    }

    fn decode(r: &mut Reader) -> Option<Entry> {
        let owner = super::names::canonical(r.str()?);
        let creation = r.u32()?;
        let serial = r.u64()?;
        Some(Entry {
            owner,
            creation,
            serial,
        })
    }
}

static NAMES: Mutex<BTreeMap<String, Entry>> = Mutex::new(BTreeMap::new());

/// Registrations waiting for acknowledgements: id → (name, peers yet to answer, lost).
struct Pending {
    name: String,
    waiting: HashSet<String>,
    lost: bool,
}

static PENDING: Mutex<Option<HashMap<u64, Pending>>> = Mutex::new(None);
static ANSWERED: Condvar = Condvar::new();
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The entry for `pid`, if it designates a live process (or one on a connected node).
fn entry_for(pid: u64) -> Option<Entry> {
    let entry = match pids::locate(pid) {
        Some((owner, creation, serial)) => Entry {
            owner,
            creation,
            serial,
        },
        None if pid != 0 => {
            let (me, creation) = super::self_ident();
            Entry {
                owner: me,
                creation,
                serial: pid,
            }
        }
        None => return None,
    };
    entry.alive().then_some(entry)
}

/// `Global.register(name, pid)` (blocking while acknowledgements come in): 0 or 1.
pub fn register(name: &str, pid: u64) -> i64 {
    let Some(entry) = entry_for(pid) else {
        return 1;
    };
    {
        let mut names = lock(&NAMES);
        if names.get(name).is_some_and(Entry::alive) {
            return 1;
        }
        names.insert(name.to_string(), entry.clone());
    }
    let peers = super::connected();
    if peers.is_empty() {
        return 0;
    }
    let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    lock(&PENDING).get_or_insert_with(HashMap::new).insert(
        id,
        Pending {
            name: name.to_string(),
            waiting: peers.iter().cloned().collect(),
            lost: false,
        },
    );
    let mut frame = vec![REG];
    frame.extend_from_slice(&id.to_be_bytes());
    push_str(&mut frame, name);
    entry.encode(&mut frame);
    for peer in &peers {
        super::send_to(peer, frame.clone());
    }
    let deadline = Instant::now() + ACK_TIMEOUT;
    let mut pending = lock(&PENDING);
    let lost = loop {
        let Some(state) = pending.as_mut().and_then(|p| p.get(&id)) else {
            break false;
        };
        if state.lost || state.waiting.is_empty() {
            break state.lost;
        }
        let now = Instant::now();
        if now >= deadline {
            break false;
        }
        pending = ANSWERED
            .wait_timeout(pending, deadline - now)
            .unwrap_or_else(|p| p.into_inner())
            .0;
    };
    if let Some(p) = pending.as_mut() {
        p.remove(&id);
    }
    drop(pending);
    if lost {
        let mut names = lock(&NAMES);
        if names.get(name) == Some(&entry) {
            names.remove(name);
        }
        return 1;
    }
    0
}

/// `Global.whereis(name)`: the pid, or 0.
pub fn whereis(name: &str) -> u64 {
    let entry = lock(&NAMES).get(name).cloned();
    entry.filter(Entry::alive).map_or(0, |e| e.pid())
}

/// `Global.unregister(name)`: 0 if it was registered.
pub fn unregister(name: &str) -> i64 {
    let Some(entry) = lock(&NAMES).remove(name) else {
        return 1;
    };
    broadcast_unreg(name, &entry);
    0
}

fn broadcast_unreg(name: &str, entry: &Entry) {
    let mut frame = vec![UNREG];
    push_str(&mut frame, name);
    entry.encode(&mut frame);
    for peer in super::connected() {
        super::send_to(&peer, frame.clone());
    }
}

/// A local process exited: its names go, everywhere.
pub fn process_exited(pid: u64) {
    let gone: Vec<(String, Entry)> = {
        let mut names = lock(&NAMES);
        let gone: Vec<(String, Entry)> = names
            .iter()
            .filter(|(_, e)| e.is_local() && e.serial == pid)
            .map(|(n, e)| (n.clone(), e.clone()))
            .collect();
        for (name, _) in &gone {
            names.remove(name);
        }
        gone
    };
    for (name, entry) in gone {
        broadcast_unreg(&name, &entry);
    }
}

/// Node `peer` (canonical) is lost: its names go, and it answers no acknowledgement.
pub fn node_lost(peer: &str) {
    lock(&NAMES).retain(|_, e| e.owner() != peer);
    if let Some(pending) = lock(&PENDING).as_mut() {
        for p in pending.values_mut() {
            p.waiting.remove(peer);
        }
    }
    ANSWERED.notify_all();
}

/// The frame with this node's whole table (sent when a connection comes up).
pub fn table_frame() -> Vec<u8> {
    let names = lock(&NAMES);
    let mut frame = vec![TABLE];
    frame.extend_from_slice(&(names.len() as u32).to_be_bytes());
    for (name, entry) in names.iter() {
        push_str(&mut frame, name);
        entry.encode(&mut frame);
    }
    frame
}

/// Merges `incoming` for `name` into the replica by the conflict rule. Returns whether
/// `incoming` stands.
fn merge(name: &str, incoming: Entry) -> bool {
    let loser = {
        let mut names = lock(&NAMES);
        match names.get(name) {
            Some(existing) if *existing == incoming => return true,
            Some(existing) if existing.alive() && !incoming.beats(existing) => {
                return false;
            }
            Some(existing) if existing.alive() => {
                let loser = existing.clone();
                names.insert(name.to_string(), incoming);
                Some(loser)
            }
            _ => {
                names.insert(name.to_string(), incoming);
                None
            }
        }
    };
    if let Some(loser) = loser {
        lost_name(name, &loser);
    }
    true
}

/// A registration of a local process lost a conflict: a waiting `register` returns 1 (it
/// notices its entry is gone), any other owner is told.
fn lost_name(name: &str, loser: &Entry) {
    let waiting = lock(&PENDING).as_mut().is_some_and(|pending| {
        let mut found = false;
        for p in pending.values_mut().filter(|p| p.name == name) {
            p.lost = true;
            found = true;
        }
        found
    });
    if waiting {
        ANSWERED.notify_all();
        return;
    }
    if loser.is_local() {
        crate::process::deliver_system_name_message(loser.serial, "global_name_conflict", name);
    }
}

/// Acts on a registry frame from `peer`; `Err` closes the connection (malformed frame).
pub fn handle(peer: &str, kind: u8, r: &mut Reader) -> Result<(), String> {
    let malformed = || format!("malformed registry frame from {peer}");
    match kind {
        REG => {
            let id = r.u64().ok_or_else(malformed)?;
            let name = r.str().ok_or_else(malformed)?.to_string();
            let entry = Entry::decode(r).ok_or_else(malformed)?;
            let stands = merge(&name, entry);
            let mut ack = vec![ACK];
            ack.extend_from_slice(&id.to_be_bytes());
            ack.push(u8::from(stands));
            super::send_to(peer, ack);
        }
        ACK => {
            let id = r.u64().ok_or_else(malformed)?;
            let stands = r.u8().ok_or_else(malformed)? == 1;
            if let Some(p) = lock(&PENDING).as_mut().and_then(|p| p.get_mut(&id)) {
                p.waiting.remove(peer);
                p.lost |= !stands;
            }
            ANSWERED.notify_all();
        }
        UNREG => {
            let name = r.str().ok_or_else(malformed)?.to_string();
            let entry = Entry::decode(r).ok_or_else(malformed)?;
            let mut names = lock(&NAMES);
            if names.get(&name) == Some(&entry) {
                names.remove(&name);
            }
        }
        TABLE => {
            let count = r.u32().ok_or_else(malformed)?;
            for _ in 0..count {
                let name = r.str().ok_or_else(malformed)?.to_string();
                let entry = Entry::decode(r).ok_or_else(malformed)?;
                merge(&name, entry);
            }
        }
        _ => return Err(malformed()),
    }
    if r.done() {
        Ok(())
    } else {
        Err(malformed())
    }
}

/// `Node.start` happened: entries made before it (owner `""`) now carry this node's identity.
pub fn started() {
    let (me, creation) = super::self_ident();
    for entry in lock(&NAMES).values_mut() {
        if entry.owner.is_empty() {
            entry.owner = me.clone();
            entry.creation = creation;
        }
    }
}
