//! Program output.
//!
//! Stdout is block-buffered (64 KiB) behind one lock, so that a program printing many lines
//! makes few system calls, and each print is written whole under the lock (a line is never
//! interleaved with another process's line once there are several). The buffer is flushed when
//! the program ends, before a crash line, when a worker runs out of work (so a long-running
//! program's output appears as soon as it waits), and after every write when stdout is a
//! terminal.
//! Stderr is unbuffered; each line goes out in one `write_all`.

use std::io::{BufWriter, IsTerminal, Stdout, Write};
use std::sync::{Mutex, MutexGuard, OnceLock, TryLockError};

static STDOUT: Mutex<Option<BufWriter<Stdout>>> = Mutex::new(None);

const BUFFER_SIZE: usize = 64 * 1024;

fn stdout_is_terminal() -> bool {
    static TERMINAL: OnceLock<bool> = OnceLock::new();
    *TERMINAL.get_or_init(|| std::io::stdout().is_terminal())
}

fn lock_stdout() -> MutexGuard<'static, Option<BufWriter<Stdout>>> {
    STDOUT.lock().unwrap_or_else(|poison| poison.into_inner())
}

/// Writes `parts` to stdout, one after the other, as one atomic write.
///
/// Write errors (a closed pipe) are ignored: output is best effort, as in C's stdio.
pub fn write_stdout(parts: &[&[u8]]) {
    let mut guard = lock_stdout();
    let out = guard.get_or_insert_with(|| BufWriter::with_capacity(BUFFER_SIZE, std::io::stdout()));
    for part in parts {
        let _ = out.write_all(part);
    }
    if stdout_is_terminal() {
        let _ = out.flush();
    }
}

/// Writes `parts` to stderr as one write.
pub fn write_stderr(parts: &[&[u8]]) {
    let text = parts.concat();
    let _ = std::io::stderr().lock().write_all(&text);
}

/// Flushes buffered stdout when the program ends normally, waiting for the buffer if another
/// thread holds it (a worker flushing as it parks), so no output is lost.
pub fn flush_stdout_at_exit() {
    if let Some(out) = lock_stdout().as_mut() {
        let _ = out.flush();
    }
}

/// Flushes buffered stdout. Never blocks: if another thread holds the buffer (a crash while
/// printing), the buffer is left alone.
pub fn flush_stdout() {
    let mut guard = match STDOUT.try_lock() {
        Ok(guard) => guard,
        Err(TryLockError::Poisoned(poison)) => poison.into_inner(),
        Err(TryLockError::WouldBlock) => return,
    };
    if let Some(out) = guard.as_mut() {
        let _ = out.flush();
    }
}
