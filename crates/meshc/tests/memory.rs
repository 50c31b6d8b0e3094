#![allow(unsafe_code)] // wait4 is the only way to read a child's peak RSS.
//! Memory stays bounded: a Mesh program that builds and drops strings and
//! lists for 10 million iterations must run in well under 64 MiB of peak RSS
//! (RUNTIME.md §3). Peak RSS is read from the kernel with `wait4`.

use std::path::Path;
use std::process::Command;

const PROGRAM: &str = r#"
fn churn(i :: Int, acc :: Int) -> Int do
  if i == 0 do
    acc
  else
    let s = "item-" <> "${i}"
    let xs = List.append([i, i + 1], String.length(s))
    churn(i - 1, acc + List.length(xs) + String.length(String.to_upper(s)))
  end
end

fn main() do
  println("${churn(10000000, 0)}")
end
"#;

/// Runs `exe` and returns (stdout, peak RSS in KiB).
// The child is reaped by `wait4`, which clippy cannot see.
#[allow(clippy::zombie_processes)]
fn run_with_peak_rss(exe: &Path) -> (String, i64) {
    let out = tempfile::NamedTempFile::new().expect("temp file");
    let child = Command::new(exe)
        .stdout(out.reopen().expect("reopen"))
        .spawn()
        .expect("spawn the program");
    let mut status = 0;
    // Safety: an all-zero `rusage` is a valid value for wait4 to overwrite.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // Safety: `child.id()` is our own child process; the pointers are valid for the call.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as i32, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "program failed: {status}"
    );
    let stdout = std::fs::read_to_string(out.path()).expect("read stdout");
    (stdout, usage.ru_maxrss)
}

#[test]
fn ten_million_iterations_stay_bounded() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("main.mpl"), PROGRAM).expect("write program");
    let exe = dir.path().join("churn");
    for level in ["0", "2"] {
        let build = Command::new(env!("CARGO_BIN_EXE_meshc"))
            .args(["build", "--opt-level", level, "-o"])
            .arg(&exe)
            .arg(dir.path())
            .output()
            .expect("run meshc");
        assert!(
            build.status.success(),
            "{}",
            String::from_utf8_lossy(&build.stderr)
        );
        let (stdout, peak_kib) = run_with_peak_rss(&exe);
        // Each iteration adds 3 (list length) + 5 + digits(i) (upper-cased string).
        let digits: i64 = (1..=10_000_000i64)
            .map(|i| i.to_string().len() as i64)
            .sum();
        assert_eq!(stdout.trim(), (10_000_000 * 8 + digits).to_string());
        println!("-O{level}: peak RSS {peak_kib} KiB");
        assert!(peak_kib < 64 * 1024, "peak RSS {peak_kib} KiB at -O{level}");
    }
}
