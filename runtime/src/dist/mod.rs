//! Distribution (RUNTIME.md §5, STDLIB.md §5.17): this node's identity, its listener, and its
//! connections to other nodes.
//!
//! * `Node.start` parses the name, generates the TLS key and certificate, binds the listener and
//!   starts the acceptor thread. A started node keeps the program alive (it never becomes
//!   quiescent): other nodes may connect at any time.
//! * A connection is admitted by `handshake.rs` (TLS 1.3 and cookie proofs). Then it has a
//!   reader thread — which blocks on the socket without holding any lock and feeds the bytes to
//!   the shared TLS state — and a writer thread that drains the connection's queue, so senders
//!   never wait on the network. The writer sends a heartbeat when it has been idle for
//!   `MESH_NET_TICK_MS` (default 1000); the reader declares the peer down after four ticks of
//!   silence.
//! * When a connection is up, each side sends the other its list of other connected nodes, and
//!   connects in the background to every name it does not know yet (a full mesh). Of two
//!   connections between the same nodes (both dialed at once), the one dialed by the node whose
//!   name sorts lower survives, on both sides.
//! * A malformed, oversized or unexpected frame closes its connection and is logged; nothing
//!   else happens to the node.

mod conn;
pub mod frame;
pub mod global;
mod handshake;
pub mod names;
pub mod pids;
pub mod remote;
pub mod spawn;
pub mod wire;

use std::collections::{BTreeMap, HashMap};
use std::net::{TcpListener, TcpStream, ToSocketAddrs};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use conn::Conn;
use handshake::{Established, Refused, TlsConfigs};
use names::NodeName;

/// `Node.connect`'s codes (STDLIB.md §5.17).
pub const OK: i64 = 0;
pub const NOT_STARTED: i64 = -1;
pub const UNREACHABLE: i64 = -2;
pub const REFUSED: i64 = -3;

/// `Node.start`'s codes.
pub const ALREADY_STARTED: i64 = -1;
pub const CANNOT_BIND: i64 = -2;
pub const MALFORMED: i64 = -3;

/// How long a dial may take to connect.
const DIAL_TIMEOUT: Duration = Duration::from_secs(5);

/// A started node.
struct Node {
    /// The name exactly as passed to `Node.start`.
    name: String,
    /// Its canonical form (port explicit).
    canonical: String,
    cookie: String,
    /// This incarnation's number (random), so that pids of an earlier one are never confused
    /// with this one's.
    creation: u32,
    tls: TlsConfigs,
    /// Connections by the peer's canonical name.
    conns: Mutex<HashMap<String, Arc<Conn>>>,
    /// `Node.monitor` subscribers: canonical peer name → pids.
    monitors: Mutex<BTreeMap<String, Vec<u64>>>,
}

static NODE: OnceLock<Node> = OnceLock::new();

fn node() -> Option<&'static Node> {
    NODE.get()
}

fn log(text: &str) {
    crate::io::write_stderr(&[format!("[mesh] {text}\n").as_bytes()]);
}

/// `Node.start(name, cookie)`.
pub fn start(name: &str, cookie: &str) -> i64 {
    let Some(parsed) = NodeName::parse(name).filter(|_| !cookie.is_empty()) else {
        return MALFORMED;
    };
    if node().is_some() {
        return ALREADY_STARTED;
    }
    let tls = match handshake::tls_configs() {
        Ok(tls) => tls,
        Err(e) => {
            log(&format!("node {name}: cannot set up TLS: {e}"));
            return CANNOT_BIND;
        }
    };
    let listener = match TcpListener::bind(parsed.address()) {
        Ok(listener) => listener,
        Err(_) => return CANNOT_BIND,
    };
    let mut creation = [0u8; 4];
    let _ = ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut creation);
    let fresh = Node {
        name: name.to_string(),
        canonical: parsed.canonical(),
        cookie: cookie.to_string(),
        creation: u32::from_be_bytes(creation),
        tls,
        conns: Mutex::new(HashMap::new()),
        monitors: Mutex::new(BTreeMap::new()),
    };
    if NODE.set(fresh).is_err() {
        return ALREADY_STARTED;
    }
    global::started();
    // A node stays up for others to connect to.
    crate::sched::hold();
    let spawned = std::thread::Builder::new()
        .name("mesh-dist-accept".into())
        .spawn(move || accept_loop(listener));
    if spawned.is_err() {
        return CANNOT_BIND;
    }
    log(&format!("node {name} listening on {}", parsed.address()));
    OK
}

fn accept_loop(listener: TcpListener) {
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        // Each handshake on its own thread: a slow or hostile dialer holds up nobody.
        let _ = std::thread::Builder::new()
            .name("mesh-dist-handshake".into())
            .spawn(move || accepted(stream));
    }
}

fn accepted(stream: TcpStream) {
    let Some(node) = node() else { return };
    let from = stream
        .peer_addr()
        .map_or_else(|_| "?".to_string(), |a| a.to_string());
    match handshake::accept(stream, &node.tls, &node.name, &node.cookie, node.creation) {
        Ok(established) => {
            let peer = established.peer.clone();
            admit(node, established, &peer);
        }
        Err(Refused::Io(e)) | Err(Refused::Denied(e)) => {
            log(&format!("refused a connection from {from}: {e}"));
        }
    }
}

/// Registers an authenticated connection (dialed by `dialer`, canonical), unless a connection
/// to the same node that wins the tie-break exists. Returns whether the peer is connected.
fn admit(node: &'static Node, established: Established, dialer: &str) -> bool {
    let peer_canonical = names::canonical(&established.peer);
    if peer_canonical == node.canonical {
        log(&format!(
            "refused a connection from {}: it is this node",
            established.peer
        ));
        return false;
    }
    let dialer = names::canonical(dialer);
    let mut conns = lock(&node.conns);
    if let Some(existing) = conns.get(&peer_canonical) {
        if existing.dialer <= dialer {
            // The existing connection wins; this one is dropped quietly.
            return true;
        }
        existing.close();
    }
    let conn = match Conn::start(established, dialer, peer_canonical.clone()) {
        Ok(conn) => conn,
        Err(e) => {
            log(&format!("connection to {peer_canonical} failed: {e}"));
            return false;
        }
    };
    let others: Vec<String> = conns.keys().cloned().collect();
    conns.insert(peer_canonical.clone(), conn.clone());
    drop(conns);
    conn.send_peers(&others);
    conn.send_frame(global::table_frame());
    notify(node, &peer_canonical, "nodeup");
    true
}

/// Called by a connection's reader when it ends: forgets it and tells the subscribers.
fn lost(conn: &Conn) {
    let Some(node) = node() else { return };
    let mut conns = lock(&node.conns);
    let current = conns
        .get(&conn.peer)
        .is_some_and(|c| std::ptr::eq(Arc::as_ptr(c), conn));
    if !current {
        return;
    }
    conns.remove(&conn.peer);
    drop(conns);
    global::node_lost(&conn.peer);
    remote::node_lost(&conn.peer);
    notify(node, &conn.peer, "nodedown");
}

/// Called when a peer sent its list of connected nodes: connects to the ones not known yet.
fn learned(peers: Vec<String>) {
    let Some(node) = node() else { return };
    for peer in peers {
        let known = peer == node.canonical || lock(&node.conns).contains_key(&peer);
        if !known {
            let _ = std::thread::Builder::new()
                .name("mesh-dist-join".into())
                .spawn(move || connect(&peer));
        }
    }
}

fn notify(node: &Node, peer: &str, kind: &str) {
    let subscribers = lock(&node.monitors).get(peer).cloned().unwrap_or_default();
    for pid in subscribers {
        crate::process::deliver_system_name_message(pid, kind, peer);
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poison| poison.into_inner())
}

/// `Node.connect(name)` (blocking: call it off the scheduler's workers).
pub fn connect(name: &str) -> i64 {
    let Some(node) = node() else {
        return NOT_STARTED;
    };
    let Some(target) = NodeName::parse(name) else {
        return UNREACHABLE;
    };
    let canonical = target.canonical();
    if canonical == node.canonical || lock(&node.conns).contains_key(&canonical) {
        return OK;
    }
    let Some(stream) = dial(&target) else {
        return UNREACHABLE;
    };
    match handshake::dial(stream, &node.tls, &node.name, &node.cookie, node.creation) {
        Ok(established) => {
            if names::canonical(&established.peer) != canonical {
                log(&format!(
                    "refused {name}: it announced itself as {}",
                    established.peer
                ));
                return REFUSED;
            }
            let own = node.canonical.clone();
            if !admit(node, established, &own) {
                return REFUSED;
            }
            // Returns once the peer's global registry is applied here (STDLIB.md §5.17).
            let conn = lock(&node.conns).get(&canonical).cloned();
            if let Some(conn) = conn {
                conn.wait_table(handshake::HANDSHAKE_TIMEOUT);
            }
            OK
        }
        Err(Refused::Io(e)) => {
            log(&format!("cannot connect to {name}: {e}"));
            UNREACHABLE
        }
        Err(Refused::Denied(e)) => {
            log(&format!("connection to {name} refused: {e}"));
            REFUSED
        }
    }
}

fn dial(target: &NodeName) -> Option<TcpStream> {
    let host = target.host.trim_start_matches('[').trim_end_matches(']');
    let addresses = (host, target.port).to_socket_addrs().ok()?;
    addresses
        .into_iter()
        .find_map(|a| TcpStream::connect_timeout(&a, DIAL_TIMEOUT).ok())
}

/// This node's canonical name and creation (`("", 0)` before `Node.start`).
pub fn self_ident() -> (String, u32) {
    node().map_or_else(|| (String::new(), 0), |n| (n.canonical.clone(), n.creation))
}

/// Whether incarnation `creation` of node `canonical` is connected.
pub fn is_connected(canonical: &str, creation: u32) -> bool {
    node().is_some_and(|n| {
        lock(&n.conns)
            .get(canonical)
            .is_some_and(|c| c.creation == creation)
    })
}

/// The connected nodes' canonical names.
fn connected() -> Vec<String> {
    node().map_or_else(Vec::new, |n| lock(&n.conns).keys().cloned().collect())
}

/// Queues `frame` for node `peer` (canonical), if connected.
fn send_to(peer: &str, frame: Vec<u8>) {
    let conn = node().and_then(|n| lock(&n.conns).get(peer).cloned());
    if let Some(conn) = conn {
        conn.send_frame(frame);
    }
}

/// Frame type of a message for a process (`conn.rs` dispatches it to [`received_message`]).
const MSG: u8 = 30;

/// Sends `message` to the process `pid` on another node: encoded with its type's descriptor and
/// queued on the connection (in order per sender and receiver: one queue per connection). A
/// node that is not connected drops it silently, as a dead local process would; a value that
/// cannot cross nodes (a function value, a type the program never sends) is an error.
pub fn send_message(pid: u64, message: &crate::process::Message) -> Result<(), String> {
    let Some((peer, creation, serial)) = pids::locate(pid) else {
        return Ok(());
    };
    let desc = wire::descriptor(message.type_id)
        .ok_or("a message of this type cannot be sent to another node")?;
    let mut frame = vec![MSG, wire::VERSION];
    frame.extend_from_slice(&creation.to_be_bytes());
    frame.extend_from_slice(&serial.to_be_bytes());
    frame.extend_from_slice(&message.type_id.to_be_bytes());
    wire::put_pid(&mut frame, message.call.from)?;
    frame.extend_from_slice(&message.call.reference.to_be_bytes());
    wire::encode(message.value, desc, &mut frame)?;
    if let Some(conn) = node().and_then(|n| lock(&n.conns).get(&peer).cloned()) {
        if conn.creation == creation {
            conn.send_frame(frame);
        }
    }
    Ok(())
}

/// A `MSG` frame from `peer`: decoded into a message buffer and delivered. `Err` closes the
/// connection (malformed frame); a message for a process that is gone, or for an earlier
/// incarnation of this node, is dropped.
fn received_message(peer: &str, r: &mut frame::Reader) -> Result<(), String> {
    let malformed = |what: &str| format!("malformed message from {peer}: {what}");
    if r.u8() != Some(wire::VERSION) {
        return Err(malformed("unknown encoding version"));
    }
    let (Some(creation), Some(serial), Some(type_id)) = (r.u32(), r.u64(), r.u64()) else {
        return Err(malformed("truncated header"));
    };
    let from = wire::get_pid(r).map_err(|e| malformed(&e))?;
    let reference = r.u64().ok_or_else(|| malformed("truncated header"))?;
    let Some(desc) = wire::descriptor(type_id) else {
        return Err(malformed("a message type this program does not have"));
    };
    let (value, buffer) = crate::process::in_new_buffer(|| wire::decode(r, desc));
    let value = value.map_err(|e| malformed(&e))?;
    if !r.done() {
        return Err(malformed("trailing bytes"));
    }
    if creation != self_ident().1 {
        return Ok(());
    }
    let message = crate::process::Message {
        value,
        type_id,
        buffer: Some(buffer),
        call: crate::process::Call { from, reference },
    };
    crate::process::deliver_local(serial, message);
    Ok(())
}

/// Whether the node of remote pid `pid` (that incarnation) is connected.
pub fn is_reachable(pid: u64) -> bool {
    pids::locate(pid).is_some_and(|(node, creation, _)| is_connected(&node, creation))
}

/// `Node.disconnect(name)`: 0 if it was connected.
pub fn disconnect(name: &str) -> i64 {
    let Some(node) = node() else { return 1 };
    let conn = lock(&node.conns).remove(&names::canonical(name));
    match conn {
        Some(conn) => {
            conn.close();
            global::node_lost(&conn.peer);
            remote::node_lost(&conn.peer);
            notify(node, &conn.peer, "nodedown");
            0
        }
        None => 1,
    }
}

/// `Node.self()`: the name as passed to `Node.start`, or `""`.
pub fn self_name() -> String {
    node().map_or_else(String::new, |n| n.name.clone())
}

/// `Node.list()`: the connected nodes as they announced themselves, sorted.
pub fn list() -> Vec<String> {
    let Some(node) = node() else {
        return Vec::new();
    };
    let mut names: Vec<String> = lock(&node.conns)
        .values()
        .map(|c| c.announced.clone())
        .collect();
    names.sort_by_key(|n| names::canonical(n));
    names
}

/// `Node.monitor(name)` for process `pid`: 0, or 1 if distribution is not started.
pub fn monitor(pid: u64, name: &str) -> i64 {
    let Some(node) = node() else { return 1 };
    let mut monitors = lock(&node.monitors);
    let pids = monitors.entry(names::canonical(name)).or_default();
    // Subscribers that have exited are dropped as others subscribe.
    pids.retain(|&p| crate::process::is_alive(p));
    if !pids.contains(&pid) {
        pids.push(pid);
    }
    0
}

/// The heartbeat interval (`MESH_NET_TICK_MS`, default 1000 ms).
fn tick() -> Duration {
    static TICK: OnceLock<Duration> = OnceLock::new();
    *TICK.get_or_init(|| {
        let ms = std::env::var("MESH_NET_TICK_MS")
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
            .filter(|&ms| ms > 0)
            .unwrap_or(1000);
        Duration::from_millis(ms)
    })
}
