//! End-to-end checks of `mesh_rt_start`: this binary's `main` calls it exactly as a compiled
//! program's C `main` does, with an entry function chosen by the `MESH_RT_SCENARIO` variable.
//! Run without that variable, it re-executes itself once per scenario and checks the exit
//! status, stdout and stderr of each run.

use std::ffi::{c_char, CString};
use std::hint::black_box;
use std::process::{Command, ExitCode};

use mesh_rt::abi::gc::{mesh_rt_gc_collect, mesh_rt_gc_heap_bytes};
use mesh_rt::abi::io::{mesh_rt_io_eprintln, mesh_rt_io_print, mesh_rt_io_println};
use mesh_rt::abi::list::*;
use mesh_rt::abi::panic::mesh_rt_panic;
use mesh_rt::abi::start::{args, mesh_rt_start};
use mesh_rt::abi::string::*;
use mesh_rt::string::{new as s, Str};

const SCENARIO: &str = "MESH_RT_SCENARIO";

fn println(text: &str) {
    mesh_rt_io_println(s(text));
}

extern "C" fn hello() -> u64 {
    println("hello");
    mesh_rt_io_print(s("a"));
    mesh_rt_io_print(s(""));
    println("b");
    mesh_rt_io_eprintln(s("to stderr"));
    0
}

extern "C" fn many_lines() -> u64 {
    for i in 0..100_000 {
        mesh_rt_io_println(mesh_rt_string_from_int(i));
    }
    0
}

extern "C" fn panic() -> u64 {
    println("before the crash");
    mesh_rt_panic(s("division by zero"))
}

extern "C" fn empty_head() -> u64 {
    mesh_rt_list_head(mesh_rt_list_empty());
    println("not reached");
    0
}

extern "C" fn out_of_bounds() -> u64 {
    let xs = mesh_rt_list_append(mesh_rt_list_append(mesh_rt_list_empty(), 1), 2);
    mesh_rt_list_get(xs, 5)
}

extern "C" fn rust_panic() -> u64 {
    // Out of range on purpose: the Rust bounds check panics inside the runtime function.
    mesh_rt_list_get_unchecked(mesh_rt_list_empty(), 7)
}

extern "C" fn print_args() -> u64 {
    println(&args()[1..].join("|"));
    0
}

/// Recursion `depth` frames deep, each holding a fresh string only in its frame; collects at
/// the bottom and checks every string on the way back.
#[inline(never)]
fn deep(depth: i64) -> i64 {
    let mine = mesh_rt_string_from_int(depth);
    if depth == 0 {
        mesh_rt_gc_collect();
        mesh_rt_gc_collect();
    } else {
        black_box(deep(depth - 1));
    }
    let ok = mesh_rt_string_eq(black_box(mine), mesh_rt_string_from_int(depth));
    assert_eq!(ok, 1, "string at depth {depth} survived");
    depth
}

extern "C" fn deep_stack() -> u64 {
    deep(200_000);
    println("deep ok");
    0
}

/// Recursion that never ends (the condition is always true at run time).
#[inline(never)]
fn recurse(depth: u64) -> u64 {
    let frame = black_box([depth; 32]);
    if black_box(depth) < u64::MAX {
        return recurse(depth + 1) + frame[0];
    }
    0
}

extern "C" fn stack_overflow() -> u64 {
    println("going deep");
    recurse(0)
}

fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = status.lines().find(|line| line.starts_with("VmHWM:"));
    line.and_then(|line| line.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

extern "C" fn baseline_rss() -> u64 {
    println(&peak_rss_kib().to_string());
    0
}

#[inline(never)]
fn churn(i: i64, suffix: Str) {
    let text = mesh_rt_string_concat(mesh_rt_string_from_int(i), suffix);
    let xs = mesh_rt_list_prepend(text.word(), mesh_rt_list_empty());
    let ys = mesh_rt_list_append(mesh_rt_list_append(xs, i as u64), text.word());
    let joined = mesh_rt_string_to_upper(mesh_rt_string_concat(text, text));
    black_box(mesh_rt_list_length(mesh_rt_list_tail(ys)) + mesh_rt_string_length(joined));
}

extern "C" fn bounded_loop_rss() -> u64 {
    let suffix = s(" bottles of beer");
    for i in 0..10_000_000 {
        churn(i, suffix);
    }
    assert!(mesh_rt_gc_heap_bytes() < 4 << 20);
    println(&peak_rss_kib().to_string());
    0
}

fn entry(scenario: &str) -> Option<extern "C" fn() -> u64> {
    Some(match scenario {
        "hello" => hello,
        "many_lines" => many_lines,
        "panic" => panic,
        "empty_head" => empty_head,
        "out_of_bounds" => out_of_bounds,
        "rust_panic" => rust_panic,
        "args" => print_args,
        "deep_stack" => deep_stack,
        "stack_overflow" => stack_overflow,
        "baseline_rss" => baseline_rss,
        "bounded_loop_rss" => bounded_loop_rss,
        _ => return None,
    })
}

/// Runs `entry` through `mesh_rt_start` with this process's arguments, as C `main` would.
fn run_as_program(entry: extern "C" fn() -> u64) -> ExitCode {
    let args: Vec<CString> = std::env::args()
        .map(|arg| CString::new(arg).unwrap_or_default())
        .collect();
    let argv: Vec<*const c_char> = args.iter().map(|arg| arg.as_ptr()).collect();
    // Safety: `argv` holds `args.len()` valid C strings that outlive the call.
    let status = unsafe { mesh_rt_start(argv.len() as i64, argv.as_ptr(), entry) };
    ExitCode::from(status as u8)
}

struct Outcome {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run_scenario(scenario: &str, args: &[&str]) -> Outcome {
    let exe = std::env::current_exe().expect("current exe");
    let output = Command::new(exe)
        .args(args)
        .env(SCENARIO, scenario)
        .output()
        .expect("run scenario");
    Outcome {
        status: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn expect(scenario: &str, status: i32, stdout: &str, stderr: &str) -> Result<(), String> {
    let out = run_scenario(scenario, &[]);
    if out.status == Some(status) && out.stdout == stdout && out.stderr == stderr {
        return Ok(());
    }
    Err(format!(
        "status {:?}, stdout {:?}, stderr {:?}",
        out.status, out.stdout, out.stderr
    ))
}

fn check_many_lines() -> Result<(), String> {
    let out = run_scenario("many_lines", &[]);
    let expected: String = (0..100_000).map(|i| format!("{i}\n")).collect();
    if out.status == Some(0) && out.stdout == expected && out.stderr.is_empty() {
        return Ok(());
    }
    Err(format!(
        "status {:?}, {} bytes of stdout",
        out.status,
        out.stdout.len()
    ))
}

fn check_args() -> Result<(), String> {
    let out = run_scenario("args", &["x", "y z", "héllo"]);
    if out.status == Some(0) && out.stdout == "x|y z|héllo\n" {
        return Ok(());
    }
    Err(format!("status {:?}, stdout {:?}", out.status, out.stdout))
}

fn rss_of(scenario: &str) -> Result<u64, String> {
    let out = run_scenario(scenario, &[]);
    match (out.status, out.stdout.trim().parse::<u64>()) {
        (Some(0), Ok(kib)) => Ok(kib),
        _ => Err(format!(
            "{scenario}: status {:?}, stderr {:?}",
            out.status, out.stderr
        )),
    }
}

/// The bounded-memory requirement of RUNTIME.md §3, measured as real peak RSS.
fn check_bounded_rss() -> Result<(), String> {
    let baseline = rss_of("baseline_rss")?;
    let looped = rss_of("bounded_loop_rss")?;
    println!("bounded loop: peak RSS {looped} KiB (baseline {baseline} KiB)");
    if looped.saturating_sub(baseline) < 8 * 1024 {
        return Ok(());
    }
    Err(format!("peak RSS grew from {baseline} KiB to {looped} KiB"))
}

fn checks() -> Vec<(&'static str, Result<(), String>)> {
    let crash = |reason: &str| format!("[mesh] main crashed: {reason}\n");
    let rust_reason = "index out of bounds: the len is 0 but the index is 7";
    vec![
        ("hello", expect("hello", 0, "hello\nab\n", "to stderr\n")),
        ("many_lines", check_many_lines()),
        (
            "panic",
            expect("panic", 1, "before the crash\n", &crash("division by zero")),
        ),
        (
            "empty_head",
            expect("empty_head", 1, "", &crash("empty list")),
        ),
        (
            "out_of_bounds",
            expect(
                "out_of_bounds",
                1,
                "",
                &crash("index 5 out of bounds (len 2)"),
            ),
        ),
        (
            "rust_panic",
            expect("rust_panic", 1, "", &crash(rust_reason)),
        ),
        ("args", check_args()),
        ("deep_stack", expect("deep_stack", 0, "deep ok\n", "")),
        (
            "stack_overflow",
            expect(
                "stack_overflow",
                1,
                "going deep\n",
                &crash("stack overflow"),
            ),
        ),
        ("bounded_rss", check_bounded_rss()),
    ]
}

fn main() -> ExitCode {
    if let Ok(scenario) = std::env::var(SCENARIO) {
        return match entry(&scenario) {
            Some(entry) => run_as_program(entry),
            None => ExitCode::from(101),
        };
    }
    let results = checks();
    let failed = results.iter().filter(|(_, result)| result.is_err()).count();
    for (name, result) in &results {
        match result {
            Ok(()) => println!("test start::{name} ... ok"),
            Err(why) => println!("test start::{name} ... FAILED: {why}"),
        }
    }
    println!("{} passed, {failed} failed", results.len() - failed);
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
