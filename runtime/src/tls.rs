//! The thread-locals shared with generated code, defined in `tls.c`: the preemption budget and
//! the stack limit of the running process.
//!
//! Every accessor computes the address afresh through a C call. A process may be suspended on
//! one worker thread and resumed on another, so an address of a thread-local must never be kept
//! across a point where the process can be suspended (the same holds for Rust `thread_local!`s:
//! see `crate::process`).

extern "C" {
    fn mesh_tls_budget_ptr() -> *mut i64;
    fn mesh_tls_stack_limit_ptr() -> *mut u64;
}

/// Reductions a process may run before generated code calls `mesh_rt_yield`.
pub const BUDGET: i64 = 2000;

/// The budget left to the running process.
pub fn budget() -> i64 {
    // Safety: the accessor returns the address of this thread's `mesh_budget`, valid for as
    // long as the thread lives; it is read at once.
    unsafe { mesh_tls_budget_ptr().read() }
}

/// Sets the budget of the running process.
pub fn set_budget(value: i64) {
    // Safety: as in `budget`; only this thread writes its own thread-local.
    unsafe { mesh_tls_budget_ptr().write(value) }
}

/// The stack limit of the running process (0: none).
pub fn stack_limit() -> u64 {
    // Safety: as in `budget`.
    unsafe { mesh_tls_stack_limit_ptr().read() }
}

/// Sets the stack limit of the running process.
pub fn set_stack_limit(value: u64) {
    // Safety: as in `set_budget`.
    unsafe { mesh_tls_stack_limit_ptr().write(value) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_thread_has_its_own_values() {
        set_budget(5);
        set_stack_limit(77);
        let other = std::thread::spawn(|| (budget(), stack_limit()))
            .join()
            .expect("thread");
        assert_eq!(other, (0, 0));
        assert_eq!((budget(), stack_limit()), (5, 77));
    }
}
