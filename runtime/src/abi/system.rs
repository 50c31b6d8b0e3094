//! `Env`, `File` and `IO.read_line` (STDLIB.md §5.2–§5.4): the process's
//! environment, files relative to the working directory, and stdin.
//!
//! Failures a program must expect come back as `Err(message)` with the
//! operating system's description (`No such file or directory (os error 2)`).

use std::io::BufRead;

use crate::crash::guard;
use crate::list;
use crate::process;
use crate::string::{self, Str};
use crate::value;

/// `Ok(payload)` (tag 0).
fn ok(payload: u64) -> u64 {
    value::variant(0, &[payload])
}

/// `Err(message)` (tag 1).
fn err(message: &str) -> u64 {
    value::variant(1, &[string::new(message).word()])
}

fn io_result(result: std::io::Result<u64>) -> u64 {
    match result {
        Ok(v) => ok(v),
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
            err("stream did not contain valid UTF-8")
        }
        Err(e) => err(&e.to_string()),
    }
}

/// `Env.get(name) -> Option<String>`: `None` when unset or not UTF-8.
#[no_mangle]
pub extern "C" fn mesh_rt_env_get(name: Str) -> u64 {
    guard(|| match std::env::var(name.as_str()) {
        Ok(v) => value::some(string::new(&v).word()),
        Err(_) => value::none(),
    })
}

/// `Env.args() -> List<String>`: the arguments after the program name.
#[no_mangle]
pub extern "C" fn mesh_rt_env_args() -> u64 {
    guard(|| {
        let words: Vec<u64> = crate::abi::start::args()
            .iter()
            .skip(1)
            .map(|a| string::new(a).word())
            .collect();
        list::from_words(&words).word()
    })
}

/// `File.read(path) -> Result<String, String>`.
#[no_mangle]
pub extern "C" fn mesh_rt_file_read(path: Str) -> u64 {
    guard(|| {
        let path = path.as_str().to_string();
        let read = process::blocking(move || std::fs::read_to_string(path));
        io_result(read.map(|text| string::new(&text).word()))
    })
}

/// `File.write(path, contents) -> Result<(), String>`: creates or truncates.
#[no_mangle]
pub extern "C" fn mesh_rt_file_write(path: Str, contents: Str) -> u64 {
    guard(|| {
        let (path, contents) = (path.as_str().to_string(), contents.bytes().to_vec());
        io_result(process::blocking(move || std::fs::write(path, contents)).map(|()| 0))
    })
}

/// `File.append(path, contents) -> Result<(), String>`: creates if missing.
#[no_mangle]
pub extern "C" fn mesh_rt_file_append(path: Str, contents: Str) -> u64 {
    guard(|| {
        use std::io::Write;
        let (path, contents) = (path.as_str().to_string(), contents.bytes().to_vec());
        let appended = process::blocking(move || {
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .and_then(|mut f| f.write_all(&contents))
        });
        io_result(appended.map(|()| 0))
    })
}

/// `File.exists(path) -> Bool`: anything at `path`; `false` when it cannot be checked.
#[no_mangle]
pub extern "C" fn mesh_rt_file_exists(path: Str) -> u64 {
    guard(|| u64::from(std::fs::metadata(path.as_str()).is_ok()))
}

/// `File.delete(path) -> Result<(), String>`: files only.
#[no_mangle]
pub extern "C" fn mesh_rt_file_delete(path: Str) -> u64 {
    guard(|| io_result(std::fs::remove_file(path.as_str()).map(|()| 0)))
}

/// `IO.read_line() -> Result<String, String>`: one line without its `\n` or
/// `\r\n`; `Ok("")` at end of input.
#[no_mangle]
pub extern "C" fn mesh_rt_io_read_line() -> u64 {
    guard(|| {
        let (read, mut bytes) = process::blocking(|| {
            let mut bytes = Vec::new();
            let read = std::io::stdin().lock().read_until(b'\n', &mut bytes);
            (read, bytes)
        });
        io_result(read.and_then(|_| {
            if bytes.ends_with(b"\n") {
                bytes.pop();
                if bytes.ends_with(b"\r") {
                    bytes.pop();
                }
            }
            String::from_utf8(bytes)
                .map(|text| string::new(&text).word())
                .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidData))
        }))
    })
}

/// `Timer.now_ms()`: milliseconds from a monotonic clock whose origin is the first call in
/// this program run (so values are small and never decrease).
#[no_mangle]
pub extern "C" fn mesh_rt_timer_now_ms() -> i64 {
    static ORIGIN: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    let origin = *ORIGIN.get_or_init(std::time::Instant::now);
    i64::try_from(origin.elapsed().as_millis()).unwrap_or(i64::MAX)
}
