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
    println("connect ${peer}: ${Node.connect(peer)}")
    println("list ${Node.list()}")
  end
end
"#;

fn build(dir: &Path) -> PathBuf {
    std::fs::create_dir_all(dir).expect("project dir");
    std::fs::write(dir.join("main.mpl"), NODE).expect("main.mpl");
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

fn name(n: &str, port: u16) -> String {
    format!("{n}@127.0.0.1:{port}")
}

#[test]
fn nodes_connect_form_a_mesh_refuse_bad_input_and_see_a_node_die() {
    let dir = tempfile::tempdir().expect("temp dir");
    let exe = build(dir.path());
    let base = 20000 + (std::process::id() % 20000) as u16;
    let (a, b, c, d) = (
        name("a", base),
        name("b", base + 1),
        name("c", base + 2),
        name("d", base + 3),
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
        let mut s = TcpStream::connect(("127.0.0.1", base)).expect("the seed listens");
        let _ = s.write_all(&junk);
    }
    let _idle = TcpStream::connect(("127.0.0.1", base)).expect("the seed listens");

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
