//! Links, monitors and exit signals between processes on different nodes (STDLIB.md §5.17).
//!
//! Each side keeps what it needs to act when the connection is lost: the monitors its processes
//! hold on remote processes (they get `(:down, ref, pid, "noconnection")`), the links between
//! its processes and remote ones (both ends get a `noconnection` exit signal), and the monitors
//! remote processes hold on its own (dropped). Everything else travels as frames: the target
//! node applies a monitor, link or exit signal to its process exactly as a local one would be,
//! and a DOWN for a remote watcher is an ordinary message to a remote pid.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use super::frame::Reader;
use super::{lock, pids, wire};

pub const MONITOR: u8 = 31;
pub const DEMONITOR: u8 = 32;
pub const LINK: u8 = 33;
pub const UNLINK: u8 = 34;
pub const EXIT: u8 = 35;

/// The reason of every signal caused by a lost connection.
pub const NOCONNECTION: &str = "noconnection";

/// Exit signal kinds on the wire.
pub const KIND_EXIT: u8 = 0;
pub const KIND_KILL: u8 = 1;
pub const KIND_LINK: u8 = 2;

#[derive(Default)]
struct Tables {
    /// Monitors held by local processes on remote ones: reference → (watcher, target).
    held: HashMap<u64, (u64, u64)>,
    /// Links between a local process and a remote one.
    links: HashSet<(u64, u64)>,
    /// Monitors remote processes hold on local ones: (target, reference, watcher).
    granted: Vec<(u64, u64, u64)>,
}

static TABLES: Mutex<Option<Tables>> = Mutex::new(None);

fn with<R>(f: impl FnOnce(&mut Tables) -> R) -> R {
    f(lock(&TABLES).get_or_insert_with(Tables::default))
}

/// The frame header naming remote process `target`: its creation and serial.
fn target_header(kind: u8, target: u64) -> Option<(String, Vec<u8>)> {
    let (node, creation, serial) = pids::locate(target)?;
    let mut frame = vec![kind];
    frame.extend_from_slice(&creation.to_be_bytes());
    frame.extend_from_slice(&serial.to_be_bytes());
    Some((node, frame))
}

/// Local process `watcher` monitors remote `target` under `reference`. Returns false if the
/// target's node is not connected (the caller delivers the `noconnection` DOWN).
pub fn monitor(watcher: u64, reference: u64, target: u64) -> bool {
    if !super::is_reachable(target) {
        return false;
    }
    let Some((node, mut frame)) = target_header(MONITOR, target) else {
        return false;
    };
    frame.extend_from_slice(&reference.to_be_bytes());
    if wire::put_pid(&mut frame, watcher).is_err() {
        return false;
    }
    with(|t| t.held.insert(reference, (watcher, target)));
    super::send_to(&node, frame);
    true
}

/// Removes monitor `reference` of a local process on remote `target`.
pub fn demonitor(reference: u64, target: u64) {
    with(|t| t.held.remove(&reference));
    if let Some((node, mut frame)) = target_header(DEMONITOR, target) {
        frame.extend_from_slice(&reference.to_be_bytes());
        super::send_to(&node, frame);
    }
}

/// Links local process `local` with remote `remote` (the local half is the caller's). Returns
/// false if the remote node is not connected.
pub fn link(local: u64, remote: u64) -> bool {
    if !super::is_reachable(remote) {
        return false;
    }
    let Some((node, mut frame)) = target_header(LINK, remote) else {
        return false;
    };
    if wire::put_pid(&mut frame, local).is_err() {
        return false;
    }
    with(|t| t.links.insert((local, remote)));
    super::send_to(&node, frame);
    true
}

/// Removes the link between local `local` and remote `remote`.
pub fn unlink(local: u64, remote: u64) {
    with(|t| t.links.remove(&(local, remote)));
    if let Some((node, mut frame)) = target_header(UNLINK, remote) {
        if wire::put_pid(&mut frame, local).is_ok() {
            super::send_to(&node, frame);
        }
    }
}

/// An exit signal from local `from` to remote `target` (`kind`: one of the `KIND_*`).
pub fn exit(from: u64, target: u64, reason: &str, kind: u8) {
    if kind == KIND_LINK {
        with(|t| t.links.remove(&(from, target)));
    }
    let Some((node, mut frame)) = target_header(EXIT, target) else {
        return;
    };
    if wire::put_pid(&mut frame, from).is_err() {
        return;
    }
    frame.push(kind);
    super::handshake::push_str(&mut frame, reason);
    super::send_to(&node, frame);
}

/// Local process `pid` has ended: forgets its entries (its links and monitors were signalled
/// by the process module).
pub fn forget(pid: u64) {
    with(|t| {
        t.held.retain(|_, (watcher, _)| *watcher != pid);
        t.links.retain(|(local, _)| *local != pid);
        t.granted.retain(|(target, _, _)| *target != pid);
    });
}

/// A frame of this module from `peer`; `Err` closes the connection (malformed).
pub fn handle(peer: &str, kind: u8, r: &mut Reader) -> Result<(), String> {
    let malformed = || format!("malformed signal frame from {peer}");
    let (creation, serial) = (
        r.u32().ok_or_else(malformed)?,
        r.u64().ok_or_else(malformed)?,
    );
    let current = creation == super::self_ident().1;
    match kind {
        MONITOR => {
            let reference = r.u64().ok_or_else(malformed)?;
            let watcher = wire::get_pid(r).map_err(|_| malformed())?;
            let granted = current && crate::process::grant_monitor(serial, reference, watcher);
            if granted {
                with(|t| t.granted.push((serial, reference, watcher)));
            }
        }
        DEMONITOR => {
            let reference = r.u64().ok_or_else(malformed)?;
            crate::process::revoke_monitor(serial, reference);
            with(|t| t.granted.retain(|g| g.1 != reference));
        }
        LINK => {
            let from = wire::get_pid(r).map_err(|_| malformed())?;
            if current && crate::process::grant_link(serial, from) {
                with(|t| t.links.insert((serial, from)));
            }
        }
        UNLINK => {
            let from = wire::get_pid(r).map_err(|_| malformed())?;
            crate::process::revoke_link(serial, from);
            with(|t| t.links.remove(&(serial, from)));
        }
        EXIT => {
            let from = wire::get_pid(r).map_err(|_| malformed())?;
            let kind = r.u8().ok_or_else(malformed)?;
            let reason = r.str().ok_or_else(malformed)?.to_string();
            if kind == KIND_LINK {
                with(|t| t.links.remove(&(serial, from)));
            }
            if current {
                crate::process::remote_exit_signal(serial, from, &reason, kind);
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

/// The connection to `peer` is lost: `noconnection` for every monitor and link across it.
pub fn node_lost(peer: &str) {
    let on_peer = |pid: u64| pids::locate(pid).is_some_and(|(node, _, _)| node == peer);
    let (downs, exits, revoked) = with(|t| {
        let downs: Vec<(u64, u64, u64)> = t
            .held
            .iter()
            .filter(|(_, (_, target))| on_peer(*target))
            .map(|(&reference, &(watcher, target))| (reference, watcher, target))
            .collect();
        for (reference, _, _) in &downs {
            t.held.remove(reference);
        }
        let exits: Vec<(u64, u64)> = t
            .links
            .iter()
            .filter(|(_, remote)| on_peer(*remote))
            .copied()
            .collect();
        for link in &exits {
            t.links.remove(link);
        }
        let revoked: Vec<(u64, u64, u64)> = t
            .granted
            .iter()
            .filter(|(_, _, watcher)| on_peer(*watcher))
            .copied()
            .collect();
        t.granted.retain(|(_, _, watcher)| !on_peer(*watcher));
        (downs, exits, revoked)
    });
    for (reference, watcher, target) in downs {
        crate::process::deliver_down(watcher, reference, target, NOCONNECTION);
    }
    for (local, remote) in exits {
        crate::process::remote_exit_signal(local, remote, NOCONNECTION, KIND_LINK);
    }
    for (target, reference, _) in revoked {
        crate::process::revoke_monitor(target, reference);
    }
}
