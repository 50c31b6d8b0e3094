//! Processes, messages and timers (docs/design/processes.md, LANGUAGE.md §6.10–§6.11).
//!
//! A `receive` compiles to a loop over these calls:
//!
//! ```text
//! mesh_rt_recv_begin(has_timeout, timeout_ms)
//! while mesh_rt_recv_next() == 1:
//!     if mesh_rt_recv_type() is acceptable and mesh_rt_recv_message() matches an arm:
//!         mesh_rt_recv_take(); run the arm; done
//! run the `after` body (deadline passed)
//! ```
//!
//! Links, monitors, exit signals, the registry and `Timer.send_after` follow the second table
//! of docs/design/processes.md; system messages are tuples the runtime builds in message buffers.
//!
//! Pids are words: the serial `N` of `#PID<0.N>`, 0 for none. Message buffers are handles
//! (words) returned by `mesh_rt_msg_begin` and handed over exactly once, to `mesh_rt_send` or
//! `mesh_rt_spawn`.

use crate::crash::guard;
use crate::process;
use crate::string::Str;

/// Spawns a process running `entry(arg)` whose heap adopts message buffer `buf` (0: none; the
/// buffer holds `arg`'s objects). Returns its pid; it starts at some later point.
///
/// # Safety
///
/// `buf` must be 0 or a buffer handle from `mesh_rt_msg_begin` not handed over before, and
/// `entry` a function generated for this purpose.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_spawn(
    entry: extern "C" fn(u64) -> u64,
    arg: u64,
    buf: u64,
) -> u64 {
    // Safety: the caller's contract.
    guard(|| unsafe { process::spawn(entry, arg, buf) })
}

/// `spawn` with `n` argument words that point to no heap objects: `entry` gets the address of
/// a copy of them, owned by the new process.
///
/// # Safety
///
/// `words` must point to `n` readable words.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_spawn_words(
    entry: extern "C" fn(u64) -> u64,
    words: *const u64,
    n: u64,
) -> u64 {
    // Safety: the caller's contract.
    guard(|| unsafe { process::spawn_words(entry, words, n) })
}

/// Registers the running actor's `terminate` clause: `function(arg)` runs when the actor ends,
/// except for `killed` and at quiescence (LANGUAGE.md §6.12). Returns Unit.
#[no_mangle]
pub extern "C" fn mesh_rt_terminate_set(function: extern "C" fn(u64) -> u64, arg: u64) -> u64 {
    guard(|| process::set_terminate(function, arg));
    0
}

/// Runs the registered `terminate` clause now (the actor's body has returned). Returns Unit.
#[no_mangle]
pub extern "C" fn mesh_rt_terminate_run() -> u64 {
    guard(process::terminate_now);
    0
}

/// The pid of the current process (0 outside a process).
#[no_mangle]
pub extern "C" fn mesh_rt_self() -> u64 {
    guard(process::self_pid)
}

/// Starts a message buffer: allocations go to it until `mesh_rt_msg_end`. Returns its handle.
#[no_mangle]
pub extern "C" fn mesh_rt_msg_begin() -> u64 {
    guard(process::msg_begin)
}

/// Ends the buffer `buf`: allocations go to the process's heap again. Returns Unit.
#[no_mangle]
pub extern "C" fn mesh_rt_msg_end(buf: u64) -> u64 {
    guard(|| process::msg_end(buf));
    0
}

/// Appends `msg` (whose objects are in buffer `buf`, 0: none) with type id `type_id` to `pid`'s
/// mailbox and wakes it if it waits; a dead or none pid drops the message. Returns Unit.
///
/// # Safety
///
/// `buf` must be 0 or a buffer handle from `mesh_rt_msg_begin` not handed over before.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_send(pid: u64, msg: u64, buf: u64, type_id: u64) -> u64 {
    // Safety: the caller's contract.
    guard(|| unsafe { process::send(pid, msg, buf, type_id) });
    0
}

/// Starts a `receive`: the cursor goes before the oldest message; with `has_timeout` (1) the
/// deadline is now + `max(timeout_ms, 0)` ms. Returns Unit.
#[no_mangle]
pub extern "C" fn mesh_rt_recv_begin(has_timeout: u64, timeout_ms: i64) -> u64 {
    guard(|| process::recv_begin((has_timeout != 0).then_some(timeout_ms)));
    0
}

/// Moves the cursor to the next message not yet tried in this `receive`, parking the process
/// until one arrives or the deadline passes: 1 = a message is at the cursor, 0 = the deadline
/// passed.
#[no_mangle]
pub extern "C" fn mesh_rt_recv_next() -> u64 {
    guard(|| u64::from(process::recv_next()))
}

/// The message at the cursor.
#[no_mangle]
pub extern "C" fn mesh_rt_recv_message() -> u64 {
    guard(process::recv_message)
}

/// The type id of the message at the cursor.
#[no_mangle]
pub extern "C" fn mesh_rt_recv_type() -> u64 {
    guard(process::recv_type)
}

/// The message at the cursor, copied into the process's heap by `copy` (the copy helper of its
/// type) unless that was done already; its buffer is freed.
#[no_mangle]
pub extern "C" fn mesh_rt_recv_localize(copy: crate::copy::CopyFn) -> u64 {
    guard(|| process::recv_localize(copy))
}

/// Removes the message at the cursor from the mailbox (it matched). Returns Unit.
#[no_mangle]
pub extern "C" fn mesh_rt_recv_take() -> u64 {
    guard(process::recv_take);
    0
}

/// A preemption point: generated code calls it when `mesh_budget` runs out. Lets other
/// processes run; the budget is refilled when the process resumes. Returns Unit.
#[no_mangle]
pub extern "C" fn mesh_rt_yield() -> u64 {
    guard(process::yield_now);
    0
}

/// `Timer.sleep(ms)`: parks the process for at least `ms` ms (`ms <= 0`: yields). Returns Unit.
#[no_mangle]
pub extern "C" fn mesh_rt_timer_sleep(ms: i64) -> u64 {
    guard(|| process::sleep(ms));
    0
}

/// `link(pid)`: links the current process and `pid`, both ways (idempotent). If `pid` is dead
/// or none, the caller behaves as if `pid` had just exited with `noproc`: it ends with that
/// reason, or receives `(:exit, pid, "noproc")` if it traps exits. Returns Unit.
#[no_mangle]
pub extern "C" fn mesh_rt_link(pid: u64) -> u64 {
    guard(|| process::link(pid));
    0
}

/// `Process.unlink(pid)`: removes the link with `pid` in both directions; no effect if none.
/// Returns Unit.
#[no_mangle]
pub extern "C" fn mesh_rt_process_unlink(pid: u64) -> u64 {
    guard(|| process::unlink(pid));
    0
}

/// `Process.monitor(pid)`: a new monitor reference (positive, unique on the node). The caller
/// receives `(:down, ref, pid, reason)` exactly once when `pid` exits, at once with `noproc` if
/// it is dead or none.
#[no_mangle]
pub extern "C" fn mesh_rt_process_monitor(pid: u64) -> u64 {
    guard(|| process::monitor(pid))
}

/// `Process.demonitor(ref)`: 0 if the monitor was active (it is removed, and its DOWN still in
/// the mailbox is discarded), 1 if `ref` is unknown or its DOWN was already received.
#[no_mangle]
pub extern "C" fn mesh_rt_process_demonitor(reference: u64) -> u64 {
    guard(|| u64::from(!process::demonitor(reference)))
}

/// `Process.exit(pid, reason)`: sends an exit signal from the caller (STDLIB.md §5.16.1).
/// Returns Unit.
#[no_mangle]
pub extern "C" fn mesh_rt_process_exit(pid: u64, reason: Str) -> u64 {
    guard(|| process::exit(pid, reason.as_str()));
    0
}

/// `Process.trap_exit(flag)`: sets whether the caller traps exits (Bool 0/1); returns the
/// previous setting.
#[no_mangle]
pub extern "C" fn mesh_rt_process_trap_exit(flag: u64) -> u64 {
    guard(|| u64::from(process::trap_exit(flag != 0)))
}

/// `Process.register(name, pid)`: 0 on success; 1 if the name is held by a live process, or
/// `pid` is none or not alive. The name is copied.
#[no_mangle]
pub extern "C" fn mesh_rt_process_register(name: Str, pid: u64) -> u64 {
    guard(|| u64::from(!process::register(name.as_str(), pid)))
}

/// `Process.whereis(name)`: the pid registered as `name`, or 0 (`Pid.none()`).
#[no_mangle]
pub extern "C" fn mesh_rt_process_whereis(name: Str) -> u64 {
    guard(|| process::whereis(name.as_str()))
}

/// `Process.unregister(name)`: 0 if the name was removed, 1 if it was not registered.
#[no_mangle]
pub extern "C" fn mesh_rt_process_unregister(name: Str) -> u64 {
    guard(|| u64::from(!process::unregister(name.as_str())))
}

/// `Timer.send_after(pid, ms, msg)`: delivers `msg` (whose objects are in buffer `buf`, 0: none)
/// with type id `type_id` to `pid` after `ms` ms, as `mesh_rt_send` would then; dropped if the
/// target is gone, delivered even if the caller has exited. The program stays alive until then.
/// Returns Unit.
///
/// # Safety
///
/// `buf` must be 0 or a buffer handle from `mesh_rt_msg_begin` not handed over before.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_timer_send_after(
    pid: u64,
    ms: i64,
    msg: u64,
    buf: u64,
    type_id: u64,
) -> u64 {
    // Safety: the caller's contract.
    guard(|| unsafe { process::send_after(pid, ms, msg, buf, type_id) });
    0
}

/// A service call (LANGUAGE.md §6.13): sends request `msg` (objects in buffer `buf`, 0: none;
/// type id `type_id`) to service `pid` and waits for the reply, which it returns copied into
/// the caller's heap by `copy`. Ends the caller with `noproc`, the service's exit reason or
/// `timeout` (after 5000 ms) instead of returning.
///
/// # Safety
///
/// `buf` must be 0 or a buffer handle from `mesh_rt_msg_begin` not handed over before, and
/// `copy` the copy helper of the reply's type.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_service_call(
    pid: u64,
    msg: u64,
    buf: u64,
    type_id: u64,
    copy: crate::copy::CopyFn,
) -> u64 {
    // Safety: the caller's contract.
    guard(|| unsafe { process::service_call(pid, msg, buf, type_id, copy) })
}

/// A service loop's next request (of type `type_id`), copied into its heap by `copy`; messages
/// of any other type are discarded.
#[no_mangle]
pub extern "C" fn mesh_rt_service_receive(type_id: u64, copy: crate::copy::CopyFn) -> u64 {
    guard(|| process::service_receive(type_id, copy))
}

/// Answers the request the service took last with `reply` (objects in buffer `buf`, 0: none;
/// of type `type_id`); nothing for a cast. Returns Unit.
///
/// # Safety
///
/// `buf` must be 0 or a buffer handle from `mesh_rt_msg_begin` not handed over before.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_service_reply(reply: u64, buf: u64, type_id: u64) -> u64 {
    // Safety: the caller's contract.
    guard(|| unsafe { process::service_reply(reply, buf, type_id) });
    0
}

/// The body of a supervisor (LANGUAGE.md §6.14): supervises the children described by the
/// lists `restarts` (0 permanent, 1 transient, 2 temporary) and `shutdowns` (milliseconds, or
/// -1 for `brutal_kill`), starting child `i` with `start(i)`; `strategy` is 0 one_for_one,
/// 1 one_for_all, 2 rest_for_one, 3 simple_one_for_one. Never returns: the process ends when
/// the supervisor gives up or is stopped.
///
/// # Safety
///
/// `start` must be a closure taking a child index and returning a pid; `restarts` and
/// `shutdowns` lists of Ints of the same length.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_supervise(
    start: *const crate::layout::MeshClosure,
    name: Str,
    strategy: i64,
    max_restarts: i64,
    max_seconds: i64,
    restarts: crate::list::List,
    shutdowns: crate::list::List,
) -> u64 {
    // Safety: the caller's contract.
    let start = unsafe { crate::value::Closure::from_ptr(start) };
    let children = restarts
        .items()
        .iter()
        .zip(shutdowns.items())
        .map(|(&restart, &shutdown)| process::ChildSpec {
            restart: process::Restart::from_code(restart as i64),
            shutdown: u64::try_from(shutdown as i64).ok(),
        })
        .collect();
    let spec = process::Spec {
        name: name.as_str().to_string(),
        strategy: process::Strategy::from_code(strategy),
        max_restarts: u64::try_from(max_restarts).unwrap_or(0),
        max_seconds: u64::try_from(max_seconds).unwrap_or(0),
        children,
    };
    guard(|| process::supervise(spec, start))
}

/// A copy of closure `closure` in the current heap (for a message or a job): its captured
/// values are copied deeply by its generated copy function; a closure without captures is a
/// constant and is returned as it is.
///
/// # Safety
///
/// `closure` must be a closure value.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_closure_copy(closure: u64) -> u64 {
    // Safety: the caller's contract.
    guard(|| unsafe { crate::value::closure_copy(closure) })
}

/// `Job.async(f)`: starts a job running closure `f` (arity 0); its result is copied by `copy`
/// (the copy helper of its type). Returns the job's pid.
///
/// # Safety
///
/// `f` must be a closure of arity 0 and `copy` the copy helper of its result type.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_job_async(f: u64, copy: crate::copy::CopyFn) -> u64 {
    // Safety: the caller's contract.
    guard(|| unsafe { process::job_async(f, None, copy) })
}

/// `Job.await(job)` (`has_timeout` 0) or `Job.await_timeout(job, timeout_ms)`: a `Result<T,
/// String>`, the value copied in by `copy` (the copy helper of `T`).
#[no_mangle]
pub extern "C" fn mesh_rt_job_await(
    pid: u64,
    has_timeout: u64,
    timeout_ms: i64,
    copy: crate::copy::CopyFn,
) -> u64 {
    let timeout = (has_timeout != 0).then_some(timeout_ms);
    guard(|| process::job_await(pid, timeout, copy))
}

/// `Job.map(xs, f)`: a `List<Result<B, String>>` in input order; `copy_elem` and
/// `copy_result` are the copy helpers of the element and result types.
///
/// # Safety
///
/// `xs` must be a list, `f` a closure of arity 1, and the copy helpers those of its types.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_job_map(
    xs: crate::list::List,
    f: u64,
    copy_elem: crate::copy::CopyFn,
    copy_result: crate::copy::CopyFn,
) -> u64 {
    // Safety: the caller's contract.
    guard(|| unsafe { process::job_map(xs, f, copy_elem, copy_result) })
}
