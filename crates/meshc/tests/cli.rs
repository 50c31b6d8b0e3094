//! The command-line contract of `meshc` (issue: build/run/check, flags and
//! exit statuses).

use std::path::Path;
use std::process::{Command, Output};

fn meshc(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_meshc"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run meshc")
}

fn project(text: &str) -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix("cli-")
        .tempdir()
        .expect("temp dir");
    let root = dir.path().join("app");
    std::fs::create_dir(&root).expect("create project");
    std::fs::write(root.join("main.mpl"), text).expect("write main.mpl");
    dir
}

const HELLO: &str = "fn main() do\n  println(\"hello\")\nend\n";

#[test]
fn build_writes_the_executable_named_after_the_directory() {
    let dir = project(HELLO);
    let out = meshc(&["build", "app"], dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let exe = dir.path().join("app/app");
    let run = Command::new(&exe).output().expect("run the program");
    assert_eq!(String::from_utf8_lossy(&run.stdout), "hello\n");
}

#[test]
fn output_flag_and_emit_llvm() {
    let dir = project(HELLO);
    let out = meshc(
        &[
            "build",
            "app",
            "-o",
            "prog",
            "--emit-llvm",
            "--opt-level",
            "0",
        ],
        dir.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("prog").is_file());
    let ir = std::fs::read_to_string(dir.path().join("app/app.ll")).expect("the .ll file");
    assert!(ir.contains("define"), "{ir}");
}

#[test]
fn run_passes_arguments_through_and_the_exit_status_back() {
    let dir = project("fn main() do\n  println(\"${10 / (2 - 2)}\")\nend\n");
    let out = meshc(&["run", "app"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "[mesh] main crashed: division by zero\n"
    );
}

#[test]
fn check_reports_json_lines_and_exit_statuses() {
    let dir = project("fn main() do\n  let total = 3\n  println(\"${totl}\")\nend\n");
    let out = meshc(&["check", "--json", "app"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stderr.lines().next().expect("one diagnostic");
    let json: serde_json::Value = serde_json::from_str(line).expect("a JSON object");
    assert_eq!(json["code"], "E0004");
    assert_eq!(json["message"], "undefined variable: totl");
    assert_eq!(json["fix"]["replacement"], "total");
    assert_eq!(stderr.lines().count(), 1);
}

#[test]
fn check_accepts_warnings_and_single_files() {
    let dir = project("fn main() do\n  case 1 do\n    _ -> 1\n    1 -> 2\n  end\nend\n");
    let out = meshc(&["check", "app/main.mpl"], dir.path());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("[W0001] Warning: redundant match arm (arm 2)"));
}

#[test]
fn usage_and_io_errors_exit_with_2() {
    let dir = project(HELLO);
    assert_eq!(meshc(&["frobnicate"], dir.path()).status.code(), Some(2));
    assert_eq!(
        meshc(&["build", "missing"], dir.path()).status.code(),
        Some(2)
    );
    assert_eq!(
        meshc(&["build", "app", "--opt-level", "7"], dir.path())
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn version_and_help() {
    let dir = project(HELLO);
    let out = meshc(&["--version"], dir.path());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("meshc "));
    for sub in ["build", "run", "check"] {
        let help = meshc(&[sub, "--help"], dir.path());
        assert!(help.status.success());
        assert!(String::from_utf8_lossy(&help.stdout).contains("Usage"));
    }
}

#[test]
fn timings_name_every_phase() {
    let dir = project(HELLO);
    let out = meshc(&["build", "app", "--timings"], dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    for phase in ["parse", "check", "codegen", "link"] {
        assert!(stderr.contains(&format!("[timings] {phase}")), "{stderr}");
    }
}

#[test]
fn read_line_reads_stdin_lines_and_gives_empty_at_end() {
    use std::io::Write;
    let dir = project(
        "fn main() do\n  println(\"${IO.read_line()} ${IO.read_line()} ${IO.read_line()}\")\nend\n",
    );
    let build = meshc(&["build", "app", "-o", "prog"], dir.path());
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let mut child = Command::new(dir.path().join("prog"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run the program");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"first\r\nsecond\n")
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Ok(first) Ok(second) Ok()\n"
    );
}
