//! Panics raised by generated code.

use crate::crash;
use crate::string::Str;

/// Crashes the current process with `reason` (LANGUAGE.md §6.9): flushes stdout, prints
/// `[mesh] main crashed: <reason>` on stderr and exits with status 1.
#[no_mangle]
pub extern "C" fn mesh_rt_panic(reason: Str) -> ! {
    crash::crash(reason.as_str())
}
