//! `Node` (STDLIB.md §5.17): distribution, implemented in `crate::dist`.

use crate::crash::guard;
use crate::string::{self, Str};
use crate::{dist, list, process};

/// `Node.start(name, cookie) -> Int`.
#[no_mangle]
pub extern "C" fn mesh_rt_node_start(name: Str, cookie: Str) -> i64 {
    guard(|| dist::start(name.as_str(), cookie.as_str()))
}

/// `Node.connect(name) -> Int`: dials and authenticates on the blocking-call pool while the
/// calling process parks.
#[no_mangle]
pub extern "C" fn mesh_rt_node_connect(name: Str) -> i64 {
    guard(|| {
        let name = name.as_str().to_string();
        process::blocking(move || dist::connect(&name))
    })
}

/// `Node.disconnect(name) -> Int`.
#[no_mangle]
pub extern "C" fn mesh_rt_node_disconnect(name: Str) -> i64 {
    guard(|| dist::disconnect(name.as_str()))
}

/// `Node.self() -> String`.
#[no_mangle]
pub extern "C" fn mesh_rt_node_self() -> u64 {
    guard(|| string::new(&dist::self_name()).word())
}

/// `Node.list() -> List<String>`.
#[no_mangle]
pub extern "C" fn mesh_rt_node_list() -> u64 {
    guard(|| {
        let names = dist::list();
        list::build(names.len(), |i| string::new(&names[i]).word()).word()
    })
}

/// `Node.monitor(name) -> Int` for the running process.
#[no_mangle]
pub extern "C" fn mesh_rt_node_monitor(name: Str) -> i64 {
    guard(|| dist::monitor(process::self_pid(), name.as_str()))
}

/// `Global.register(name, pid) -> Int`: waits for the other nodes' acknowledgements on the
/// blocking-call pool while the calling process parks.
#[no_mangle]
pub extern "C" fn mesh_rt_global_register(name: Str, pid: u64) -> i64 {
    guard(|| {
        let name = name.as_str().to_string();
        process::blocking(move || dist::global::register(&name, pid))
    })
}

/// `Global.whereis(name) -> Pid` (0: none).
#[no_mangle]
pub extern "C" fn mesh_rt_global_whereis(name: Str) -> u64 {
    guard(|| dist::global::whereis(name.as_str()))
}

/// `Global.unregister(name) -> Int`.
#[no_mangle]
pub extern "C" fn mesh_rt_global_unregister(name: Str) -> i64 {
    guard(|| dist::global::unregister(name.as_str()))
}

/// Registers the program's message types for the wire: `n` pairs of words (type id, type
/// descriptor address). Called by the compiled `main` before `mesh_rt_start`. Returns Unit.
///
/// # Safety
///
/// `table` must point to `2 * n` words whose descriptors are constant, well-formed descriptors.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_register_message_types(table: *const u64, n: u64) -> u64 {
    // Safety: the caller's contract.
    guard(|| unsafe { dist::wire::register(table, n as usize) });
    0
}

/// Registers the program's spawnable entries for `Node.spawn`: `n` triples of words (name,
/// entry trampoline, argument type id). Called by the compiled `main` first. Returns Unit.
///
/// # Safety
///
/// `table` must point to `3 * n` such words.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_register_spawnables(table: *const u64, n: u64) -> u64 {
    // Safety: the caller's contract.
    guard(|| unsafe { dist::spawn::register(table, n as usize) });
    0
}

/// `Node.spawn(node, f, args…)` (`link` 1: `Node.spawn_link`): `name` is `f`'s entry name and
/// `payload` its arguments (of message type `type_id`). Returns the pid, or 0 on failure.
#[no_mangle]
pub extern "C" fn mesh_rt_node_spawn(
    node: Str,
    name: Str,
    payload: u64,
    type_id: u64,
    link: u64,
) -> u64 {
    guard(|| {
        let pid = dist::spawn::node_spawn(node.as_str(), name.as_str(), payload, type_id);
        if pid != 0 && link != 0 {
            process::link(pid);
        }
        pid
    })
}
