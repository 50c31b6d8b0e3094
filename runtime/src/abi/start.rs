//! The entry point called by the generated C `main`.

use std::ffi::{c_char, CStr};
use std::sync::OnceLock;

use crate::crash;
use crate::io;
use crate::sched;

pub use crate::stack::MAIN_STACK_SIZE;

static ARGS: OnceLock<Vec<String>> = OnceLock::new();

/// The program's command-line arguments, program name first (non-UTF-8 bytes replaced by
/// U+FFFD). Empty before `mesh_rt_start`.
pub fn args() -> &'static [String] {
    ARGS.get().map_or(&[], Vec::as_slice)
}

/// Runs the program: saves the arguments, starts the scheduler's workers, runs `entry` (the
/// compiled `main`) as process `#PID<0.1>` on a [`MAIN_STACK_SIZE`] stack, and returns the exit
/// status once `main` has returned and the program is quiescent (0: no process runnable or
/// waiting with a timer), or once `main` crashed (1, after its crash line). Stdout is flushed
/// first.
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

/// Runs `entry` as the main process on the scheduler and returns the exit status.
pub fn run_main(entry: extern "C" fn() -> u64) -> i64 {
    let started = std::panic::catch_unwind(|| sched::run_program(entry));
    let status = match started {
        Ok(Ok(status)) => status,
        Ok(Err(error)) => crash::crash(&format!("cannot start main: {error}")),
        Err(payload) => crash::crash(&crash::reason_of(payload.as_ref())),
    };
    // Waits for the buffer: a worker may be flushing it as it parks.
    io::flush_stdout_at_exit();
    status
}
