//! mesher's start (MESHER.md §2, issue: distribution): `meshc check mesher` passes, it builds,
//! runs standalone, and starts as a two-node cluster on loopback — each node a real OS process.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

fn mesher_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../mesher")
}

fn meshc(args: &[&str], dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_meshc"))
        .args(args)
        .arg(dir)
        .output()
        .expect("run meshc")
}

struct Running {
    child: Child,
    lines: Receiver<String>,
    seen: Vec<String>,
}

impl Running {
    fn start(exe: &Path, vars: &[(&str, &str)]) -> Running {
        let mut cmd = Command::new(exe);
        cmd.stdout(Stdio::piped()).stderr(Stdio::inherit());
        for var in [
            "MESHER_NODE_NAME",
            "MESHER_COOKIE",
            "MESHER_PEERS",
            "MESHER_HTTP_PORT",
            "MESHER_WS_PORT",
        ] {
            cmd.env_remove(var);
        }
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start mesher");
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Running {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Waits up to 20 s for exactly these lines, in this order, as the first ones printed.
    fn expect_lines(&mut self, want: &[String]) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.seen.len() < want.len() && Instant::now() < deadline {
            if let Ok(line) = self.lines.recv_timeout(Duration::from_millis(100)) {
                self.seen.push(line);
            }
        }
        assert_eq!(self.seen, want);
    }

    /// Still running (mesher runs until it is killed).
    fn assert_running(&mut self) {
        std::thread::sleep(Duration::from_millis(300));
        assert!(
            self.child.try_wait().expect("status").is_none(),
            "mesher exited"
        );
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn mesher_checks_builds_and_starts_standalone_and_as_a_cluster() {
    let dir = mesher_dir();
    let check = meshc(&["check"], &dir);
    assert!(
        check.status.success(),
        "meshc check mesher: {}",
        String::from_utf8_lossy(&check.stderr)
    );
    let out = tempfile::tempdir().expect("temp dir");
    let exe = out.path().join("mesher");
    let build = Command::new(env!("CARGO_BIN_EXE_meshc"))
        .args(["build", "-o"])
        .arg(&exe)
        .arg(&dir)
        .output()
        .expect("run meshc");
    assert!(
        build.status.success(),
        "meshc build mesher: {}",
        String::from_utf8_lossy(&build.stderr)
    );

    let lines = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let mut alone = Running::start(&exe, &[("MESHER_HTTP_PORT", "not-a-port")]);
    alone.expect_lines(&lines(&[
        "[Mesher] Running in standalone mode (no distribution)",
        "[Mesher] Configured ports: HTTP 8080, WebSocket 8081",
    ]));
    alone.assert_running();

    // Ports the OS says are free (listeners bound to port 0, then closed).
    let ports: Vec<u16> = (0..3)
        .map(|_| std::net::TcpListener::bind("127.0.0.1:0").expect("a free port"))
        .collect::<Vec<_>>()
        .iter()
        .map(|l| l.local_addr().expect("bound").port())
        .collect();
    let one = format!("m1@127.0.0.1:{}", ports[0]);
    let two = format!("m2@127.0.0.1:{}", ports[1]);
    let mut first = Running::start(
        &exe,
        &[
            ("MESHER_NODE_NAME", &one),
            ("MESHER_COOKIE", "mesher-secret"),
            ("MESHER_HTTP_PORT", "9080"),
            ("MESHER_WS_PORT", "9081"),
        ],
    );
    first.expect_lines(&[
        format!("[Mesher] Node started: {one}"),
        "[Mesher] No peers configured".to_string(),
        "[Mesher] Configured ports: HTTP 9080, WebSocket 9081".to_string(),
        format!("[Mesher] Services registered globally as mesher_registry@{one}"),
    ]);
    let unreachable = format!("m9@127.0.0.1:{}", ports[2]);
    let peers = format!("{one}, {unreachable}");
    let mut second = Running::start(
        &exe,
        &[
            ("MESHER_NODE_NAME", &two),
            ("MESHER_COOKIE", "mesher-secret"),
            ("MESHER_PEERS", &peers),
        ],
    );
    second.expect_lines(&[
        format!("[Mesher] Node started: {two}"),
        format!("[Mesher] Connected to peer: {one}"),
        format!("[Mesher] Failed to connect to peer: {unreachable}"),
        "[Mesher] Configured ports: HTTP 8080, WebSocket 8081".to_string(),
        format!("[Mesher] Services registered globally as mesher_registry@{two}"),
        // A service call to the first node's registry, across the cluster.
        format!("[Mesher] Peer registry reachable: mesher_registry@{one} on {one}"),
    ]);
    first.assert_running();
    second.assert_running();

    // The first node's port is taken: this one cannot start distribution and runs alone.
    let mut clash = Running::start(
        &exe,
        &[
            ("MESHER_NODE_NAME", &one),
            ("MESHER_COOKIE", "mesher-secret"),
        ],
    );
    clash.expect_lines(&[
        format!("[Mesher] Node start failed for: {one}"),
        "[Mesher] Configured ports: HTTP 8080, WebSocket 8081".to_string(),
    ]);
    clash.assert_running();
}
