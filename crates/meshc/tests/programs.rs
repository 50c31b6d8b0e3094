//! The Mesh language test suite: one test per program under `<workspace>/tests`.
//!
//! Adding a test means adding a file (STYLE.md, practice 8). The conventions, which this
//! harness implements exactly:
//!
//! * **Run-pass, single file** — `tests/<area>/<name>.mpl` with `<name>.stdout` (exact expected
//!   stdout), optional `<name>.exit` (expected exit status, default 0) and optional
//!   `<name>.stderr` (exact expected stderr; unchecked when absent). The file is copied into a
//!   fresh project directory as `main.mpl`, built with `meshc build <dir> -o <exe>` and run.
//! * **Run-pass, project** — a directory `tests/<area>/<name>/` containing `main.mpl` (and other
//!   modules), with `expected.stdout`, optional `expected.exit` and `expected.stderr` inside it.
//!   The `.mpl` files of a project are not separate tests.
//! * **Compile-fail** — anything under `tests/compile_fail/`. The leading comment lines of the
//!   file (of `main.mpl` for a project) state every expected diagnostic in order:
//!   `# error: E0004 undefined variable: totl` or `# warning: W0001 redundant match arm (arm 3)`.
//!   Other leading comment lines are free text. The harness runs `meshc check --json <dir>` and
//!   compares the ordered list of (severity, code, message) of *all* diagnostics with that list;
//!   the exit status must be 1 when an error is expected and 0 otherwise.
//!
//! The compiler is the workspace's `meshc` unless the `MESHC` environment variable names another
//! binary. Names starting with `.` are skipped. Run-pass tests of the areas in `OPT_SWEEP_AREAS`
//! also run built at `-O0` and `-O3` (names ending `@O0`, `@O3`). Tests run in parallel (libtest-mimic's thread pool); each
//! one works in its own temporary directory. Filtering works as usual:
//! `cargo test -p meshc --test programs -- arith/`.

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// How long a compiled test program may run before it is killed.
const RUN_TIMEOUT: Duration = Duration::from_secs(60);
/// How long one compiler invocation may take.
const COMPILE_TIMEOUT: Duration = Duration::from_secs(300);

fn main() {
    let args = Arguments::from_args();
    let root = tests_root();
    let trials = match discover(&root) {
        Ok(cases) => cases.into_iter().map(Case::into_trial).collect(),
        Err(message) => vec![Trial::test("discover", move || Err(message.into()))],
    };
    libtest_mimic::run(&args, trials).exit();
}

fn tests_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests")
}

/// The compiler under test: the workspace's `meshc`, or the binary named by `MESHC` (handy for
/// running the suite against an installed or instrumented compiler).
fn meshc() -> PathBuf {
    match std::env::var_os("MESHC") {
        Some(path) if !path.is_empty() => PathBuf::from(path),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_meshc")),
    }
}

// ------------------------------------------------------------------------------------------------
// Discovery

/// What a test checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Run,
    CompileFail,
}

/// One test: a single `.mpl` file or a project directory.
#[derive(Debug)]
struct Case {
    /// `area/name`, relative to `tests/`, without extension.
    name: String,
    mode: Mode,
    /// The `.mpl` file (single-file test) or the project directory.
    source: PathBuf,
    is_project: bool,
    /// `--opt-level` for the build (`None`: the compiler's default).
    opt_level: Option<u8>,
}

impl Case {
    fn into_trial(self) -> Trial {
        let kind = match self.mode {
            Mode::Run => "run",
            Mode::CompileFail => "compile_fail",
        };
        let name = self.name.clone();
        let pending = self.pending_reason().is_some();
        Trial::test(name, move || self.run())
            .with_kind(kind)
            .with_ignored_flag(pending)
    }

    /// A test whose feature is specified but not implemented yet carries a
    /// `<name>.pending` file (`pending` inside a project) stating why; it is
    /// reported as ignored, and runs with `--include-ignored`.
    fn pending_reason(&self) -> Option<String> {
        let marker = if self.is_project {
            self.source.join("pending")
        } else {
            self.source.with_extension("pending")
        };
        std::fs::read_to_string(marker).ok()
    }

    fn run(&self) -> Result<(), Failed> {
        let work = tempfile::Builder::new()
            .prefix("mesh-test-")
            .tempdir()
            .map_err(|e| format!("cannot create a temporary directory: {e}"))?;
        let project = work.path().join("project");
        if self.is_project {
            copy_dir(&self.source, &project)?;
        } else {
            std::fs::create_dir_all(&project).map_err(|e| io_msg("create", &project, &e))?;
            let dest = project.join("main.mpl");
            std::fs::copy(&self.source, &dest).map_err(|e| io_msg("copy", &self.source, &e))?;
        }
        match self.mode {
            Mode::Run => self.run_pass(work.path(), &project),
            Mode::CompileFail => self.compile_fail(&project),
        }
    }

    /// Path of an expectation file: `<name>.<ext>` beside a single file, `expected.<ext>` inside a
    /// project directory.
    fn expectation(&self, ext: &str) -> PathBuf {
        if self.is_project {
            self.source.join(format!("expected.{ext}"))
        } else {
            self.source.with_extension(ext)
        }
    }

    fn run_pass(&self, work: &Path, project: &Path) -> Result<(), Failed> {
        let stdout_path = self.expectation("stdout");
        let expected_stdout = read_text(&stdout_path)?;
        let expected_exit = match read_optional(&self.expectation("exit"))? {
            Some(text) => text
                .trim()
                .parse::<i32>()
                .map_err(|e| format!("bad exit status file for {}: {e}", self.name))?,
            None => 0,
        };
        let expected_stderr = read_optional(&self.expectation("stderr"))?;

        let exe = work.join(if cfg!(windows) { "prog.exe" } else { "prog" });
        let mut build = Command::new(meshc());
        build.arg("build").arg(project).arg("-o").arg(&exe);
        if let Some(level) = self.opt_level {
            build.arg("--opt-level").arg(level.to_string());
        }
        let built = run_with_timeout(build, COMPILE_TIMEOUT)?;
        if !built.status.success() {
            return Err(format!(
                "meshc build failed (exit status {})\n--- meshc stderr ---\n{}",
                describe_status(built.status),
                built.stderr
            )
            .into());
        }
        if !exe.is_file() {
            return Err(format!(
                "meshc build exited successfully but wrote no executable at {}\n--- meshc stderr ---\n{}",
                exe.display(),
                built.stderr
            )
            .into());
        }

        let mut program = Command::new(&exe);
        program.current_dir(work);
        let out = run_with_timeout(program, RUN_TIMEOUT)?;

        let mut problems = String::new();
        if out.stdout != expected_stdout {
            let _ = write!(
                problems,
                "{}",
                mismatch("stdout", &expected_stdout, &out.stdout)
            );
        }
        if out.status.code() != Some(expected_exit) {
            let _ = writeln!(
                problems,
                "exit status: expected {expected_exit}, got {}",
                describe_status(out.status)
            );
        }
        let mut stderr_shown = false;
        if let Some(expected_stderr) = expected_stderr {
            if out.stderr != expected_stderr {
                let _ = write!(
                    problems,
                    "{}",
                    mismatch("stderr", &expected_stderr, &out.stderr)
                );
                stderr_shown = true;
            }
        }
        if problems.is_empty() {
            return Ok(());
        }
        if !stderr_shown {
            // Show stderr anyway: it usually explains a wrong stdout or a crash.
            let _ = write!(problems, "--- program stderr ---\n{}", out.stderr);
        }
        Err(problems.into())
    }

    fn compile_fail(&self, project: &Path) -> Result<(), Failed> {
        let header_file = if self.is_project {
            self.source.join("main.mpl")
        } else {
            self.source.clone()
        };
        let expected = parse_header(&read_text(&header_file)?)
            .map_err(|e| format!("{}: {e}", header_file.display()))?;
        let expect_error = expected.iter().any(|d| d.severity == "error");

        let mut check = Command::new(meshc());
        check.arg("check").arg("--json").arg(project);
        let out = run_with_timeout(check, COMPILE_TIMEOUT)?;
        let actual = parse_json_diagnostics(&out.stderr)?;

        let mut problems = String::new();
        if actual != expected {
            let _ = write!(
                problems,
                "diagnostics differ\n--- expected ---\n{}--- actual ---\n{}",
                render_diagnostics(&expected),
                render_diagnostics(&actual)
            );
        }
        let want_code = if expect_error { 1 } else { 0 };
        if out.status.code() != Some(want_code) {
            let _ = writeln!(
                problems,
                "meshc check exit status: expected {want_code}, got {}",
                describe_status(out.status)
            );
        }
        if problems.is_empty() {
            Ok(())
        } else {
            let _ = write!(problems, "--- meshc stderr ---\n{}", out.stderr);
            Err(problems.into())
        }
    }
}

/// Walks `root` and returns every test, sorted by name so the list is deterministic.
fn discover(root: &Path) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    walk(root, root, &mut cases)?;
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    // The collector must be correct at every optimisation level (values live only in registers
    // at -O2/-O3, on the stack at -O0): the areas that allocate most also run at -O0 and -O3.
    let sweeps: Vec<Case> = cases
        .iter()
        .filter(|c| c.mode == Mode::Run)
        .filter(|c| OPT_SWEEP_AREAS.iter().any(|a| c.name.starts_with(a)))
        .flat_map(|c| {
            [0, 3].map(|level| Case {
                name: format!("{}@O{level}", c.name),
                opt_level: Some(level),
                source: c.source.clone(),
                ..*c
            })
        })
        .collect();
    cases.extend(sweeps);
    Ok(cases)
}

/// Areas whose run-pass tests are also built at `-O0` and `-O3` (the default is `-O2`).
const OPT_SWEEP_AREAS: &[&str] = &[
    "lists/",
    "maps/",
    "sets/",
    "queue/",
    "iter/",
    "json/",
    "strings/",
    "closures/",
];

fn walk(root: &Path, dir: &Path, cases: &mut Vec<Case>) -> Result<(), String> {
    for path in sorted_entries(dir)? {
        let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if file_name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            if path.join("main.mpl").is_file() {
                cases.push(new_case(root, &path, true));
            } else {
                walk(root, &path, cases)?;
            }
        } else if path.extension().and_then(|e| e.to_str()) == Some("mpl") {
            cases.push(new_case(root, &path, false));
        }
    }
    Ok(())
}

fn new_case(root: &Path, path: &Path, is_project: bool) -> Case {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let mut name = relative
        .with_extension("")
        .to_string_lossy()
        .replace('\\', "/");
    if is_project {
        // A directory name may contain a dot; `with_extension("")` must not eat it.
        name = relative.to_string_lossy().replace('\\', "/");
    }
    let mode = if name.starts_with("compile_fail/") {
        Mode::CompileFail
    } else {
        Mode::Run
    };
    Case {
        name,
        mode,
        source: path.to_path_buf(),
        is_project,
        opt_level: None,
    }
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| io_msg("read directory", dir, &e))?;
    let mut paths = Vec::new();
    for entry in entries {
        paths.push(entry.map_err(|e| io_msg("read directory", dir, &e))?.path());
    }
    paths.sort();
    Ok(paths)
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), Failed> {
    std::fs::create_dir_all(to).map_err(|e| io_msg("create", to, &e))?;
    for path in sorted_entries(from)? {
        let Some(file_name) = path.file_name() else {
            continue;
        };
        let dest = to.join(file_name);
        if path.is_dir() {
            copy_dir(&path, &dest)?;
        } else {
            std::fs::copy(&path, &dest).map_err(|e| io_msg("copy", &path, &e))?;
        }
    }
    Ok(())
}

// ------------------------------------------------------------------------------------------------
// Expected diagnostics

/// The part of a diagnostic a compile-fail test asserts.
#[derive(Debug, PartialEq, Eq)]
struct ExpectedDiagnostic {
    severity: String,
    code: String,
    message: String,
}

/// Reads the `# error: CODE message` / `# warning: CODE message` lines from the leading comment
/// block (the lines before the first line that is not a `#` comment).
fn parse_header(source: &str) -> Result<Vec<ExpectedDiagnostic>, String> {
    let mut expected = Vec::new();
    for line in source.lines() {
        let line = line.trim_end_matches('\r');
        let Some(comment) = line.strip_prefix('#') else {
            break;
        };
        let comment = comment.strip_prefix(' ').unwrap_or(comment);
        for severity in ["error", "warning"] {
            if let Some(rest) = comment
                .strip_prefix(severity)
                .and_then(|r| r.strip_prefix(": "))
            {
                let (code, message) = rest
                    .split_once(' ')
                    .ok_or_else(|| format!("expectation without a message: `{line}`"))?;
                expected.push(ExpectedDiagnostic {
                    severity: severity.to_string(),
                    code: code.to_string(),
                    message: message.to_string(),
                });
            }
        }
    }
    if expected.is_empty() {
        return Err("no `# error: CODE message` or `# warning: CODE message` header".to_string());
    }
    Ok(expected)
}

/// Parses `meshc check --json` output: one JSON object per line, nothing else.
fn parse_json_diagnostics(stderr: &str) -> Result<Vec<ExpectedDiagnostic>, Failed> {
    let mut found = Vec::new();
    for line in stderr.lines().filter(|l| !l.trim().is_empty()) {
        let value: serde_json::Value = serde_json::from_str(line).map_err(|e| {
            format!("meshc check --json wrote a line that is not JSON ({e}):\n{line}\n--- full stderr ---\n{stderr}")
        })?;
        let field = |key: &str| -> Result<String, Failed> {
            value
                .get(key)
                .and_then(|v| v.as_str())
                .map(str::to_string)
                .ok_or_else(|| format!("diagnostic without a string `{key}`: {line}").into())
        };
        found.push(ExpectedDiagnostic {
            severity: field("severity")?,
            code: field("code")?,
            message: field("message")?,
        });
    }
    Ok(found)
}

fn render_diagnostics(list: &[ExpectedDiagnostic]) -> String {
    let mut out = String::new();
    for d in list {
        let _ = writeln!(out, "# {}: {} {}", d.severity, d.code, d.message);
    }
    if list.is_empty() {
        out.push_str("(none)\n");
    }
    out
}

// ------------------------------------------------------------------------------------------------
// Processes and reporting

struct Output {
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

/// Runs `command` with piped output, killing it after `timeout`.
fn run_with_timeout(mut command: Command, timeout: Duration) -> Result<Output, Failed> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let program = format!("{:?}", command.get_program());
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start {program}: {e}"))?;
    // Drain both pipes on their own threads so a chatty child cannot block on a full pipe.
    let stdout = child.stdout.take().map(drain);
    let stderr = child.stderr.take().map(drain);
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{program} timed out after {}s and was killed",
                    timeout.as_secs()
                )
                .into());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for {program}: {e}").into()),
        }
    };
    let join = |handle: Option<std::thread::JoinHandle<String>>| {
        handle
            .map(|h| h.join().unwrap_or_default())
            .unwrap_or_default()
    };
    Ok(Output {
        status,
        stdout: join(stdout),
        stderr: join(stderr),
    })
}

fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

fn describe_status(status: ExitStatus) -> String {
    match status.code() {
        Some(code) => code.to_string(),
        None => format!("no exit code ({status})"),
    }
}

/// Expected vs actual, with the first differing line pointed out.
fn mismatch(what: &str, expected: &str, actual: &str) -> String {
    let mut out = format!("{what} differs\n--- expected {what} ---\n{expected}");
    if !expected.ends_with('\n') {
        out.push_str("\n(no newline at end)\n");
    }
    let _ = write!(out, "--- actual {what} ---\n{actual}");
    if !actual.ends_with('\n') {
        out.push_str("\n(no newline at end)\n");
    }
    let first_diff = expected
        .lines()
        .zip(actual.lines())
        .position(|(e, a)| e != a);
    let line = first_diff.unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    let _ = writeln!(out, "--- first difference at line {} ---", line + 1);
    out
}

fn read_text(path: &Path) -> Result<String, Failed> {
    std::fs::read_to_string(path).map_err(|e| io_msg("read", path, &e).into())
}

fn read_optional(path: &Path) -> Result<Option<String>, Failed> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_msg("read", path, &e).into()),
    }
}

fn io_msg(action: &str, path: &Path, error: &std::io::Error) -> String {
    format!("cannot {action} {}: {error}", path.display())
}
