//! `print`, `println` and `IO.eprintln`.

use crate::crash::guard;
use crate::io;
use crate::string::Str;

/// Writes `s` to stdout.
#[no_mangle]
pub extern "C" fn mesh_rt_io_print(s: Str) -> u64 {
    guard(|| io::write_stdout(&[s.bytes()]));
    0
}

/// Writes `s` and a newline to stdout, as one write.
#[no_mangle]
pub extern "C" fn mesh_rt_io_println(s: Str) -> u64 {
    guard(|| io::write_stdout(&[s.bytes(), b"\n"]));
    0
}

/// Writes `s` and a newline to stderr, as one write.
#[no_mangle]
pub extern "C" fn mesh_rt_io_eprintln(s: Str) -> u64 {
    guard(|| io::write_stderr(&[s.bytes(), b"\n"]));
    0
}
