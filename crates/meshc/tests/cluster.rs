//! Distribution with real OS processes on loopback (RUNTIME.md §5, STDLIB.md §5.17): nodes
//! start, connect with the right cookie, form a full mesh from one seed, refuse a wrong cookie,
//! survive garbage and oversized frames, and see a node killed with SIGKILL go down.
//!
//! Each node is a compiled Mesh program configured through the environment; its stdout lines
//! are read as they come. Ports are derived from this test process's pid so that concurrent runs
//! do not collide.

#![allow(unsafe_code)] // kill(2) to stop a node without ending it.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

/// A node: starts distribution as `NODE` with `COOKIE`, connects to `PEER` if set (printing the
/// result), and watches `WATCH` (comma-separated) with Node.monitor, printing every nodeup and
/// nodedown. It then stays up (a started node never becomes quiescent).
const NODE: &str = r#"
fn env(name :: String) -> String do
  case Env.get(name) do
    Some(v) -> v
    None -> ""
  end
end

actor watcher(names :: List<String>, subscribed :: Bool) do
  if not subscribed do
    for n in names do
      Node.monitor(n)
    end
    println("watching")
  end
  receive do
    (:nodeup, n) -> println("nodeup ${n}")
    (:nodedown, n) -> println("nodedown ${n}")
  end
  watcher(names, true)
end

fn main() do
  let started = Node.start(env("NODE"), env("COOKIE"))
  println("started ${started} as ${Node.self()}")
  let watched = env("WATCH")
  if watched != "" do
    spawn(watcher, String.split(watched, ","), false)
  end
  let peer = env("PEER")
  if peer != "" do
    let result = if env("RETRY") != "" do connect_retrying(peer, 100) else Node.connect(peer) end
    println("connect ${peer}: ${result}")
    println("list ${Node.list()}")
  end
end

# Connects, retrying while the peer is not listening yet (it may be starting at the same time).
fn connect_retrying(peer :: String, tries :: Int) -> Int do
  let result = Node.connect(peer)
  if result == -2 and tries > 0 do
    Timer.sleep(50)
    connect_retrying(peer, tries - 1)
  else
    result
  end
end
"#;

/// A node for the global registry: registers an idle process under `REGISTER` (before it
/// connects), connects to `PEER`, then: `LOOKUP` — reads a name right after the connect and
/// tries to take it; `AWAIT_GONE` — waits until a name appears, then until it disappears;
/// `CHECK_MINE` — once a peer is connected, says whether the name is its own process.
const GLOBAL_NODE: &str = r#"
actor idle() do
  receive do
    (:global_name_conflict, name) ->
      println("conflict lost: ${name}")
      idle()
    :stop -> ()
  end
end

fn env(name :: String) -> String do
  case Env.get(name) do
    Some(v) -> v
    None -> ""
  end
end

fn poll(name :: String, want_none :: Bool, tries :: Int) -> Bool do
  let none = Pid.is_none(Global.whereis(name))
  if none == want_none do
    true
  else if tries == 0 do
    false
  else
    Timer.sleep(20)
    poll(name, want_none, tries - 1)
  end
end

fn await_peer(tries :: Int) -> () do
  if List.length(Node.list()) == 0 and tries > 0 do
    Timer.sleep(20)
    await_peer(tries - 1)
  end
end

fn main() do
  println("started ${Node.start(env("NODE"), env("COOKIE"))}")
  let keeper = spawn(idle)
  let mine = env("REGISTER")
  if mine != "" do
    println("register ${mine}: ${Global.register(mine, keeper)}")
  end
  let peer = env("PEER")
  if peer != "" do
    println("connect: ${Node.connect(peer)}")
  end
  let look = env("LOOKUP")
  if look != "" do
    println("right after connect ${look}: ${not Pid.is_none(Global.whereis(look))}")
    println("taken ${look}: ${Global.register(look, keeper)}")
  end
  let check = env("CHECK_MINE")
  if check != "" do
    await_peer(500)
    println("${check} is mine: ${Global.whereis(check) == keeper}")
  end
  let gone = env("AWAIT_GONE")
  if gone != "" do
    println("seen ${gone}: ${poll(gone, false, 500)}")
    println("gone ${gone}: ${poll(gone, true, 500)}")
  end
end
"#;

/// Messages between nodes. `ROLE=server` registers globally an echo actor (`echo`), a relay
/// actor (`relay`, which forwards what it gets to the pid inside) and a Counter service
/// (`counter`). `ROLE=third` registers a printer (`printer@third`). `ROLE=client` connects to
/// `PEER` (and `PEER2`), then talks to all of them and prints what comes back.
const MSG_NODE: &str = r#"
type Note do
  Text(String)
  Nums(List<Int>)
end

service Counter do
  fn init() -> Int do
    0
  end

  call Add(n :: Int) :: Int do |total|
    (total + n, total + n)
  end

  call Describe(tags :: Map<String, Int>) :: String do |total|
    (total, "total=${total} tags=${tags}")
  end
end

type Extra = Option<Map<String, List<Int>>>

# Message types must be the same on both nodes: these functions pin them down.
fn answer(from :: Pid<(Note, Extra, String)>, note :: Note, extra :: Extra) -> () do
  send(from, (note, extra, Node.self()))
end

fn ask(echo :: Pid<(Pid<(Note, Extra, String)>, Note, Extra)>, me :: Pid<(Note, Extra, String)>, note :: Note, extra :: Extra) -> () do
  send(echo, (me, note, extra))
end

fn forward(target :: Pid<String>, text :: String) -> () do
  await_nodes(2, 250)
  send(target, "relayed: ${text}")
end

# Waits until this node is connected to `n` others (the mesh forms in the background; a
# message to a node not connected yet would be dropped).
fn await_nodes(n :: Int, tries :: Int) -> () do
  if List.length(Node.list()) < n and tries > 0 do
    Timer.sleep(20)
    await_nodes(n, tries - 1)
  end
end

fn show(text :: String) -> () do
  println("printer got ${text}")
end

actor echo() do
  receive do
    (from, note, extra) ->
      answer(from, note, extra)
      echo()
  end
end

actor relay() do
  receive do
    (target, text) ->
      forward(target, text)
      relay()
  end
end

actor printer() do
  receive do
    text -> show(text)
  end
  printer()
end

actor victim() do
  receive do
    :die ->
      let zero = 0
      println("never ${1 / zero}")
  end
end

# Links to `target` (on another node), then waits for ever: it ends with the target's reason.
actor linker(target :: Pid<Atom>) do
  link(target)
  receive do
    :never -> ()
  end
end

actor greeter(name :: String, reply :: Pid<String>) do
  send(reply, "hello ${name} from ${Node.self()}")
end

fn note(text :: String) -> () do
  println("spawned function: ${text}")
end

actor spawn_client(peer :: String) do
  let g = Node.spawn(peer, greeter, "mesh", self())
  receive do
    text -> println("${text} (a remote pid: ${not Pid.is_none(g)})")
  end
  Node.spawn(peer, note, "runs there")
  let nowhere = Node.spawn("z@127.0.0.1:1", note, "never")
  println("unknown node: ${Pid.is_none(nowhere)}")
  let linked = Node.spawn_link(peer, greeter, "linked", self())
  receive do
    text -> println("${text}")
  end
end

actor signals_client() do
  let v :: Pid<Atom> = Global.whereis("victim")
  let r = Process.monitor(v)
  send(v, :die)
  receive do
    (:down, ref, _, reason) when ref == r -> println("remote down: ${reason}")
  end
  let l = spawn(linker, Global.whereis("sleeper"))
  let watched = Process.monitor(l)
  Timer.sleep(100)
  Process.exit(Global.whereis("sleeper"), "boom")
  receive do
    (:down, ref, _, reason) when ref == watched -> println("linked end: ${reason}")
  end
  let p = Process.monitor(Global.whereis("printer@third"))
  println("monitoring the printer")
  receive do
    (:down, ref, _, reason) when ref == p -> println("printer down: ${reason}")
  end
end

actor client() do
  let e = Global.whereis("echo")
  ask(e, self(), Text("hello"), Some(%{"k" => [1, 2]}))
  receive do
    (note, extra, node) -> println("echo: ${note} ${extra} from ${node}")
  end
  ask(e, self(), Nums([1, 2, 3]), None)
  receive do
    (note, extra, node) -> println("echo: ${note} ${extra}")
  end
  # A large value: many TLS records arrive in one read.
  ask(e, self(), Nums(Range.to_list(Range.new(0, 100000))), None)
  receive do
    (Nums(xs), _, _) -> println("big echo: ${List.length(xs)} ${List.last(xs)}")
    (_, _, _) -> println("big echo: wrong variant")
  end
  let c = Global.whereis("counter")
  println("remote call: ${Counter.add(c, 5)} ${Counter.add(c, 2)}")
  println("remote call: ${Counter.describe(c, %{"a" => 1})}")
  let p :: Pid<String> = Global.whereis("printer@third")
  send(Global.whereis("relay"), (p, "via the server"))
  let offset = 3
  send(e, (fn x -> x + offset end, 1))
  println("never printed")
end

fn env(name :: String) -> String do
  case Env.get(name) do
    Some(v) -> v
    None -> ""
  end
end

fn await_name(name :: String) -> () do
  if Pid.is_none(Global.whereis(name)) do
    Timer.sleep(20)
    await_name(name)
  end
end

fn main() do
  println("started ${Node.start(env("NODE"), env("COOKIE"))}")
  let role = env("ROLE")
  if role == "server" do
    Global.register("echo", spawn(echo))
    Global.register("relay", spawn(relay))
    Global.register("counter", Counter.start())
    Global.register("victim", spawn(victim))
    Global.register("sleeper", spawn(victim))
    println("serving")
  else if role == "third" do
    Global.register("printer@third", spawn(printer))
    println("printing")
  else
    println("connect: ${Node.connect(env("PEER"))} ${Node.connect(env("PEER2"))}")
    await_name("printer@third")
    if env("SIGNALS") != "" do
      spawn(signals_client)
      ()
    else if env("SPAWN") != "" do
      spawn(spawn_client, env("PEER"))
      ()
    else
      spawn(client)
      ()
    end
    ()
  end
end
"#;

/// `MSG_NODE` as a cluster of three: a server, a third node, and a client connected to both,
/// whose scenario `mode` (an environment variable set to 1) chooses (`None`: messages).
struct MsgCluster {
    server: Node,
    third: Node,
    client: Node,
    server_name: String,
    /// Holds the program the nodes run.
    dir: tempfile::TempDir,
}

fn msg_cluster(mode: Option<(&str, &str)>) -> MsgCluster {
    let dir = tempfile::tempdir().expect("temp dir");
    let exe = build_program(dir.path(), MSG_NODE);
    let ports = free_ports(3);
    let (a, b, c) = (
        name("a", ports[0]),
        name("b", ports[1]),
        name("c", ports[2]),
    );
    let mut server = Node::start(&exe, &[("NODE", &a), ("COOKIE", "k"), ("ROLE", "server")]);
    server.expect("serving");
    let mut third = Node::start(&exe, &[("NODE", &c), ("COOKIE", "k"), ("ROLE", "third")]);
    third.expect("printing");
    let mut vars = vec![
        ("NODE", b.as_str()),
        ("COOKIE", "k"),
        ("ROLE", "client"),
        ("PEER", a.as_str()),
        ("PEER2", c.as_str()),
    ];
    vars.extend(mode);
    let client = Node::start(&exe, &vars);
    MsgCluster {
        server,
        third,
        client,
        server_name: a,
        dir,
    }
}

fn build(dir: &Path) -> PathBuf {
    build_program(dir, NODE)
}

fn build_program(dir: &Path, source: &str) -> PathBuf {
    std::fs::create_dir_all(dir).expect("project dir");
    std::fs::write(dir.join("main.mpl"), source).expect("main.mpl");
    let exe = dir.join("node");
    let out = Command::new(env!("CARGO_BIN_EXE_meshc"))
        .args(["build", "-o"])
        .arg(&exe)
        .arg(dir)
        .output()
        .expect("run meshc");
    assert!(
        out.status.success(),
        "meshc failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    exe
}

struct Node {
    child: Child,
    lines: Receiver<String>,
    seen: Vec<String>,
}

impl Node {
    fn start(exe: &Path, vars: &[(&str, &str)]) -> Node {
        let mut cmd = Command::new(exe);
        cmd.stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .env("MESH_NET_TICK_MS", "200");
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start a node");
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Node {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Waits (at most 20 s) for a line equal to `want`; returns every line seen so far.
    fn expect(&mut self, want: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.seen.iter().any(|l| l == want) {
                return;
            }
            if let Ok(line) = self.lines.recv_timeout(Duration::from_millis(100)) {
                self.seen.push(line);
            }
        }
        panic!("expected {want:?}; the node printed {:?}", self.seen);
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.kill();
    }
}

/// `n` ports the OS says are free now (listeners bound to port 0, then closed), so that tests
/// running at the same time never share one.
fn free_ports(n: usize) -> Vec<u16> {
    let listeners: Vec<std::net::TcpListener> = (0..n)
        .map(|_| std::net::TcpListener::bind("127.0.0.1:0").expect("a free port"))
        .collect();
    listeners
        .iter()
        .map(|l| l.local_addr().expect("bound").port())
        .collect()
}

fn name(n: &str, port: u16) -> String {
    format!("{n}@127.0.0.1:{port}")
}

#[test]
fn nodes_connect_form_a_mesh_refuse_bad_input_and_see_a_node_die() {
    let dir = tempfile::tempdir().expect("temp dir");
    let exe = build(dir.path());
    let ports = free_ports(4);
    let (a, b, c, d) = (
        name("a", ports[0]),
        name("b", ports[1]),
        name("c", ports[2]),
        name("d", ports[3]),
    );
    let watch = format!("{b},{c},{d}");
    let mut seed = Node::start(&exe, &[("NODE", &a), ("COOKIE", "k1"), ("WATCH", &watch)]);
    seed.expect(&format!("started 0 as {a}"));
    seed.expect("watching");

    // A second node connects to the seed.
    let mut nb = Node::start(&exe, &[("NODE", &b), ("COOKIE", "k1"), ("PEER", &a)]);
    nb.expect(&format!("connect {a}: 0"));
    nb.expect(&format!("list [{a}]"));
    seed.expect(&format!("nodeup {b}"));

    // A third node connects to the second only; the mesh connects it to the seed too.
    let mut nc = Node::start(&exe, &[("NODE", &c), ("COOKIE", "k1"), ("PEER", &b)]);
    nc.expect(&format!("connect {b}: 0"));
    seed.expect(&format!("nodeup {c}"));

    // A wrong cookie is refused on both sides; the seed carries on.
    let mut wrong = Node::start(&exe, &[("NODE", &d), ("COOKIE", "other"), ("PEER", &a)]);
    wrong.expect(&format!("connect {a}: -3"));
    // It held d's port.
    wrong.kill();

    // Garbage, an oversized frame and a half-open connection: closed and logged, no crash.
    for junk in [
        b"GET / HTTP/1.1\r\n\r\n".to_vec(),
        vec![0xff; 4096],
        u32::MAX.to_be_bytes().to_vec(),
    ] {
        let mut s = TcpStream::connect(("127.0.0.1", ports[0])).expect("the seed listens");
        let _ = s.write_all(&junk);
    }
    let _idle = TcpStream::connect(("127.0.0.1", ports[0])).expect("the seed listens");

    // The seed still admits nodes: d with the right cookie.
    let mut nd = Node::start(&exe, &[("NODE", &d), ("COOKIE", "k1"), ("PEER", &a)]);
    nd.expect(&format!("connect {a}: 0"));
    seed.expect(&format!("nodeup {d}"));

    // SIGSTOP: a silent peer is declared down after four heartbeat intervals (200 ms here).
    // Safety: `nc` is our own child process.
    assert_eq!(
        unsafe { libc::kill(nc.child.id() as i32, libc::SIGSTOP) },
        0
    );
    seed.expect(&format!("nodedown {c}"));
    // Safety: as above.
    unsafe { libc::kill(nc.child.id() as i32, libc::SIGCONT) };

    // SIGKILL: the seed notices b is gone.
    nb.kill();
    seed.expect(&format!("nodedown {b}"));
    drop((nc, nd));
}

#[test]
fn the_global_registry_is_replicated_resolves_conflicts_and_forgets_lost_nodes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let exe = build_program(dir.path(), GLOBAL_NODE);
    let ports = free_ports(4);
    let (a, b, c, d) = (
        name("a", ports[0]),
        name("b", ports[1]),
        name("c", ports[2]),
        name("d", ports[3]),
    );
    let mut na = Node::start(
        &exe,
        &[
            ("NODE", &a),
            ("COOKIE", "k"),
            ("REGISTER", "svc_a"),
            ("AWAIT_GONE", "svc_b"),
        ],
    );
    na.expect("started 0");
    na.expect("register svc_a: 0");

    // b registered before connecting: the tables are exchanged before connect returns.
    let mut nb = Node::start(
        &exe,
        &[
            ("NODE", &b),
            ("COOKIE", "k"),
            ("REGISTER", "svc_b"),
            ("PEER", &a),
            ("LOOKUP", "svc_a"),
        ],
    );
    nb.expect("register svc_b: 0");
    nb.expect("connect: 0");
    nb.expect("right after connect svc_a: true");
    nb.expect("taken svc_a: 1");
    na.expect("seen svc_b: true");

    // b's node is lost: its names go on a.
    nb.kill();
    na.expect("gone svc_b: true");

    // The same name registered on two nodes before they met: the owner whose name sorts
    // lowest (c) wins, on both.
    let mut nc = Node::start(
        &exe,
        &[
            ("NODE", &c),
            ("COOKIE", "k"),
            ("REGISTER", "dup"),
            ("CHECK_MINE", "dup"),
        ],
    );
    nc.expect("register dup: 0");
    let mut nd = Node::start(
        &exe,
        &[
            ("NODE", &d),
            ("COOKIE", "k"),
            ("REGISTER", "dup"),
            ("PEER", &c),
            ("CHECK_MINE", "dup"),
        ],
    );
    nd.expect("register dup: 0");
    nd.expect("connect: 0");
    nd.expect("dup is mine: false");
    nc.expect("dup is mine: true");
    // The process that lost the name is told.
    nd.expect("conflict lost: dup");
}

#[test]
fn messages_pids_and_service_calls_cross_nodes() {
    let MsgCluster {
        server: _server,
        mut third,
        mut client,
        server_name: a,
        dir: _dir,
    } = msg_cluster(None);
    client.expect("connect: 0 0");
    client.expect(&format!(
        "echo: Text(hello) Some(%{{k => [1, 2]}}) from {a}"
    ));
    client.expect("echo: Nums([1, 2, 3]) None");
    client.expect("big echo: 100000 99999");
    client.expect("remote call: 5 7");
    client.expect("remote call: total=7 tags=%{a => 1}");
    // A pid received in a message, forwarded by the server to a process on a third node.
    third.expect("printer got relayed: via the server");
}

#[test]
fn monitors_links_and_exit_signals_cross_nodes() {
    let MsgCluster {
        server: _server,
        mut third,
        mut client,
        server_name: _,
        dir: _dir,
    } = msg_cluster(Some(("SIGNALS", "1")));
    client.expect("connect: 0 0");
    // A monitor on a process of another node: its crash reason comes back.
    client.expect("remote down: division by zero");
    // A link to a process of another node: an exit signal there ends the local one too.
    client.expect("linked end: boom");
    // A lost node: monitors of its processes fire with `noconnection`.
    client.expect("monitoring the printer");
    third.kill();
    client.expect("printer down: noconnection");
}

#[test]
fn functions_and_actors_are_spawned_on_other_nodes() {
    let MsgCluster {
        mut server,
        third: _third,
        mut client,
        server_name: a,
        dir: _dir,
    } = msg_cluster(Some(("SPAWN", "1")));
    client.expect(&format!("hello mesh from {a} (a remote pid: true)"));
    server.expect("spawned function: runs there");
    client.expect("unknown node: true");
    client.expect(&format!("hello linked from {a}"));
}

#[test]
fn two_nodes_dialing_each_other_at_once_keep_one_connection() {
    let dir = tempfile::tempdir().expect("temp dir");
    let exe = build(dir.path());
    let ports = free_ports(2);
    let (a, b) = (name("a", ports[0]), name("b", ports[1]));
    let mut na = Node::start(
        &exe,
        &[("NODE", &a), ("COOKIE", "k"), ("PEER", &b), ("RETRY", "1")],
    );
    let mut nb = Node::start(
        &exe,
        &[("NODE", &b), ("COOKIE", "k"), ("PEER", &a), ("RETRY", "1")],
    );
    na.expect(&format!("connect {b}: 0"));
    nb.expect(&format!("connect {a}: 0"));
    na.expect(&format!("list [{b}]"));
    nb.expect(&format!("list [{a}]"));
}
