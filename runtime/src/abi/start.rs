//! The entry point called by the generated C `main`.

use std::ffi::{c_char, CStr};
use std::sync::OnceLock;

use crate::crash::{self, guard};
use crate::io;
use crate::overflow;
use crate::process;

/// Address space reserved for the stack of `main` (committed by the OS only as it is used).
pub const MAIN_STACK_SIZE: usize = 256 * 1024 * 1024;

static ARGS: OnceLock<Vec<String>> = OnceLock::new();

/// The program's command-line arguments, program name first (non-UTF-8 bytes replaced by
/// U+FFFD). Empty before `mesh_rt_start`.
pub fn args() -> &'static [String] {
    ARGS.get().map_or(&[], Vec::as_slice)
}

/// Runs the program: saves the arguments, runs `entry` (the compiled `main`) as the main
/// process on a thread with a [`MAIN_STACK_SIZE`] stack, flushes stdout and returns the exit
/// status (0). A crash of `main` prints its line and exits with status 1 without returning.
///
/// # Safety
///
/// `argv` must point to `argc` valid NUL-terminated strings (as given to C's `main`), and
/// `entry` must be a compiled Mesh entry function.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_start(
    argc: i64,
    argv: *const *const c_char,
    entry: extern "C" fn() -> u64,
) -> i64 {
    // Safety: the caller passes C's `argc`/`argv`.
    let args = unsafe { read_args(argc, argv) };
    let _ = ARGS.set(args);
    crash::install_quiet_panic_hook();
    run_main(entry)
}

/// Reads C's `argv`.
///
/// # Safety
///
/// `argv` must point to `argc` valid NUL-terminated strings (or `argc` must be 0).
unsafe fn read_args(argc: i64, argv: *const *const c_char) -> Vec<String> {
    let count = usize::try_from(argc).unwrap_or(0);
    (0..count)
        .map(|index| {
            // Safety: the caller guarantees `argv[0..argc]` are valid C strings.
            let arg = unsafe { CStr::from_ptr(*argv.add(index)) };
            arg.to_string_lossy().into_owned()
        })
        .collect()
}

/// Runs `entry` as the main process on its own thread and returns the exit status.
pub fn run_main(entry: extern "C" fn() -> u64) -> i64 {
    let spawned = std::thread::Builder::new()
        .name("main".to_string())
        .stack_size(MAIN_STACK_SIZE)
        .spawn(move || {
            let top = &entry as *const _ as usize;
            overflow::protect_current_thread(top.saturating_sub(MAIN_STACK_SIZE));
            process::run(|| guard(|| entry()))
        });
    let status = match spawned {
        Ok(handle) => match handle.join() {
            Ok(_) => 0,
            Err(payload) => crash::crash(&crash::reason_of(payload.as_ref())),
        },
        Err(error) => crash::crash(&format!("cannot start main: {error}")),
    };
    io::flush_stdout();
    status
}
