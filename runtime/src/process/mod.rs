//! Processes: the process control block, the running process of each thread, its heap, its
//! mailbox, and the operations generated code performs on them (spawn, send, receive, yield,
//! sleep, crash, links, monitors, exit signals, the registry, `send_after`). Scheduling — which
//! process runs where, and waking — is `crate::sched`; links and monitors are `signals.rs`, the
//! name registry `registry.rs`.
//!
//! # Ownership
//!
//! A [`Process`] is shared (`Arc`) between the process table, run queues, timers and the worker
//! running it, but its [`Local`] part — heap, taken-in messages, receive cursor, coroutine — is
//! touched only by whoever *owns* the process at that moment: the worker that popped it from a
//! run queue (and the coroutine it resumes), or the spawner before the process is published.
//! The state machine in `sched` hands ownership over: a process is in at most one run queue,
//! and only the worker that moved it from `RUNNABLE` to `RUNNING` resumes it. Senders only touch
//! the inbox (a mutex) and the state (an atomic).
//!
//! # Thread-locals and migration
//!
//! A process suspended on one worker may resume on another. LLVM treats the address of a
//! thread-local as constant within a function, so a function that suspends must not use an
//! address of a thread-local computed before the suspension. Every `thread_local!` here is
//! therefore read and written only through `#[inline(never)]` accessors, which recompute the
//! address at each call, and no accessor returns an address.

mod job;
mod mailbox;
mod registry;
mod service;
mod signals;
mod supervisor;
mod table;

use std::cell::{Cell, UnsafeCell};
use std::collections::{BTreeMap, VecDeque};
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use corosensei::{Coroutine, CoroutineResult, Yielder};

pub use job::{job_async, job_await, job_map, JOB_TYPE};
pub use mailbox::{Buffer, Call, Inbox, Message, Received};
pub use service::{service_call, service_receive, service_reply, CALL_TIMEOUT, TIMEOUT};
pub use signals::{DOWN_TYPE, EXIT_TYPE, KILLED, NOPROC, NORMAL};
pub use supervisor::{supervise, ChildSpec, Restart, Spec, Strategy};

use signals::Signals;

use crate::gc::{ExternalRoots, Heap};
use crate::stack::Stack;
use crate::{crash, io, sched, tls};

/// The states of a process (the `state` atomic). See `sched` for the transitions.
pub(crate) mod state {
    /// Running on a worker.
    pub(crate) const RUNNING: u8 = 0;
    /// Running, and woken meanwhile: it must not park when it next tries to.
    pub(crate) const NOTIFIED: u8 = 1;
    /// Parked until a message arrives (does not keep the program alive).
    pub(crate) const WAITING: u8 = 2;
    /// Parked until a message arrives or its timer fires (keeps the program alive).
    pub(crate) const WAITING_TIMED: u8 = 3;
    /// In a run queue.
    pub(crate) const RUNNABLE: u8 = 4;
    /// Finished; its resources are freed.
    pub(crate) const EXITED: u8 = 5;
}

/// What a process asks of its worker when it switches back to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Suspend {
    /// Preempted or yielding: run me again later.
    Yield,
    /// Park me until woken (by a message, or by my timer when `timed`).
    Wait {
        /// Whether a timer will wake the process.
        timed: bool,
    },
    /// I ended abnormally (crashed, or acted on an exit signal): never resume me.
    Crash,
}

/// What happened when a worker ran a process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// It yielded.
    Yield,
    /// It wants to park.
    Wait {
        /// Whether a timer will wake it.
        timed: bool,
    },
    /// It finished (returned or crashed); its coroutine is not to be resumed again.
    Exit {
        /// Whether it crashed (its stack must be abandoned without unwinding).
        crashed: bool,
    },
}

/// The code a process runs: `function(arg)`.
#[derive(Debug)]
pub struct Entry {
    /// The entry function.
    pub function: extern "C" fn(u64) -> u64,
    /// Its argument.
    pub arg: u64,
    /// Words the argument points to, owned by the process (spawn arguments that need no heap:
    /// `mesh_rt_spawn_words`).
    pub words: Option<Box<[u64]>>,
}

impl Entry {
    /// The compiled `main` (`mesh_entry`), called through [`call_main`].
    pub fn main(main: extern "C" fn() -> u64) -> Entry {
        Entry {
            function: call_main,
            arg: main as usize as u64,
            words: None,
        }
    }
}

/// Calls the `extern "C" fn() -> u64` whose address is `main`.
extern "C" fn call_main(main: u64) -> u64 {
    // Safety: `Entry::main` stored the address of such a function.
    let main = unsafe { std::mem::transmute::<usize, extern "C" fn() -> u64>(main as usize) };
    main()
}

type Coro = Coroutine<(), Suspend, (), Stack>;

/// A process's coroutine, movable between worker threads.
struct SendCoroutine(Coro);

// Safety: a suspended coroutine's stack holds only frames of generated code (plain words) and
// of runtime functions that never keep thread-bound values (guards of thread-bound locks,
// `Rc`s, addresses of thread-locals) across a suspension; the coroutine is resumed by one
// worker at a time (see "Ownership" above).
unsafe impl Send for SendCoroutine {}

/// A process control block.
pub struct Process {
    /// The serial number (`#PID<0.pid>`); never reused.
    pub pid: u64,
    /// Whether this is `main`.
    pub(crate) main: bool,
    /// One of [`state`]'s constants.
    pub(crate) state: AtomicU8,
    /// Identifies the process's current timer: a timer whose token differs is stale.
    pub(crate) timer_token: AtomicU64,
    /// Set (under `signals`) when an exit signal ends the process: checked at every preemption
    /// point and process operation.
    exit_pending: AtomicBool,
    inbox: Mutex<Inbox>,
    /// Links, monitors on it, names, trap flag, pending exit (`signals.rs`).
    signals: Mutex<Signals>,
    local: UnsafeCell<Local>,
    coroutine: UnsafeCell<Option<SendCoroutine>>,
}

// Safety: the fields other processes and threads touch are an atomic and a mutex. `local` and
// `coroutine` are only touched by the process's current owner (module documentation), which
// the scheduler's state machine makes exclusive.
unsafe impl Send for Process {}
// Safety: as for `Send`.
unsafe impl Sync for Process {}

/// The state only the process's owner touches.
struct Local {
    /// The process's heap (`None` once it exited).
    heap: Option<Box<Heap>>,
    /// Where allocations go: the heap, or the message buffer being filled.
    alloc_heap: *mut Heap,
    /// Messages taken in from the inbox, oldest first.
    messages: VecDeque<Received>,
    /// The index of the message at the cursor in the current `receive` (`None`: before the
    /// first).
    cursor: Option<usize>,
    /// The current `receive`'s deadline.
    deadline: Option<Instant>,
    /// Whether a timer is pending for the current `receive` or sleep.
    timer_armed: bool,
    /// The coroutine's yielder (set when it starts).
    yielder: *const Yielder<(), Suspend>,
    /// The stack limit generated code checks against.
    stack_limit: u64,
    /// Message buffers begun and not yet handed over (freed if the process dies).
    open_buffers: Vec<u64>,
    /// What to run, until the coroutine starts. Kept here rather than captured by the coroutine's
    /// closure: corosensei leaves the closure's initial copy at the top of the stack, where the
    /// collector would see the spawn argument as a root for the whole life of the process.
    entry: Option<Entry>,
    /// The words of a `mesh_rt_spawn_words` argument, kept for the process's life.
    entry_words: Option<Box<[u64]>>,
    /// The actor's `terminate` clause, registered by its code: `(function, argument)`, where
    /// the argument points to the current parameter values in the actor's frame.
    terminate: Option<(extern "C" fn(u64) -> u64, u64)>,
    /// Set while the `terminate` clause runs (a panic there is reported and otherwise ignored).
    in_terminate: bool,
    /// Why the process ended, once it has (`None` when its body returns: `normal`).
    exit_reason: Option<String>,
    /// The monitors this process holds whose DOWN it has not received: reference → target.
    monitoring: BTreeMap<u64, u64>,
    /// The reference of the service call this process waits for (0: none); replies to any
    /// other are discarded as they arrive.
    awaiting_reply: u64,
    /// In a service: the envelope of the request being handled (its reply goes there).
    current_call: Call,
    /// In a supervisor running a child's start function: the supervisor (on its frame below),
    /// for `crash_current` (`supervisor.rs`).
    supervisor: Option<std::ptr::NonNull<supervisor::Supervisor>>,
    /// The jobs this process started and has not awaited: pid → monitor reference.
    jobs: BTreeMap<u64, u64>,
}

thread_local! {
    /// The process running on this thread (null when none).
    static RUNNING_PROCESS: Cell<*const Process> = const { Cell::new(std::ptr::null()) };
    /// The heap allocations go to on this thread (null when none).
    static CURRENT: Cell<*mut Heap> = const { Cell::new(std::ptr::null_mut()) };
    /// The heap of a process run by [`run`] (outside the scheduler), to return to after a
    /// message buffer.
    static HOME: Cell<*mut Heap> = const { Cell::new(std::ptr::null_mut()) };
}

#[inline(never)]
fn running_process() -> *const Process {
    RUNNING_PROCESS.with(Cell::get)
}

#[inline(never)]
fn set_running_process(process: *const Process) {
    RUNNING_PROCESS.with(|cell| cell.set(process));
}

#[inline(never)]
fn current_heap() -> *mut Heap {
    CURRENT.with(Cell::get)
}

#[inline(never)]
fn set_current_heap(heap: *mut Heap) {
    CURRENT.with(|cell| cell.set(heap));
}

#[inline(never)]
fn home_heap() -> *mut Heap {
    HOME.with(Cell::get)
}

#[inline(never)]
fn set_home_heap(heap: *mut Heap) {
    HOME.with(|cell| cell.set(heap));
}

/// The process running on this thread, if any.
fn current() -> Option<&'static Process> {
    let process = running_process();
    // Safety: the worker running a process holds an `Arc` to it until the process suspends, so
    // the pointer stays valid for as long as code of that process runs — which is the only
    // place this is called from. (The `'static` lifetime is a convenience: callers never keep
    // the reference beyond the process's life.)
    unsafe { process.as_ref() }
}

/// The running process, or a crash when none runs (a process operation called from outside a
/// process, which generated code never does).
fn require_current() -> &'static Process {
    match current() {
        Some(process) => process,
        None => crash::raise("not inside a Mesh process"),
    }
}

impl Process {
    /// The owner-only state.
    ///
    /// # Safety
    ///
    /// The caller must own the process (module documentation) and hold no other reference to
    /// its `Local` while using this one.
    #[allow(clippy::mut_from_ref)]
    unsafe fn local(&self) -> &mut Local {
        // Safety: exclusivity is the caller's obligation.
        unsafe { &mut *self.local.get() }
    }

    fn inbox(&self) -> MutexGuard<'_, Inbox> {
        self.inbox
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    fn signals(&self) -> MutexGuard<'_, Signals> {
        self.signals
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    /// Appends `message` to the mailbox and wakes the process if it waits for one; a process
    /// that has exited drops it.
    pub(crate) fn deliver(self: &Arc<Process>, message: Message) {
        let mut inbox = self.inbox();
        if inbox.closed {
            drop(inbox);
            drop(message);
            return;
        }
        inbox.queue.push_back(message);
        let wake = std::mem::take(&mut inbox.waiting);
        drop(inbox);
        if wake {
            sched::wake(self);
        }
    }

    /// Runs the process until it suspends or finishes. Called by the worker that owns it.
    pub(crate) fn run(self: &Arc<Process>) -> Step {
        // Safety: the worker owns the process; the reference ends before the coroutine runs.
        let (heap, limit) = unsafe {
            let local = self.local();
            (local.alloc_heap, local.stack_limit)
        };
        set_running_process(Arc::as_ptr(self));
        set_current_heap(heap);
        tls::set_budget(tls::BUDGET);
        tls::set_stack_limit(limit);
        // Safety: only the owner touches the coroutine, and the coroutine never touches this
        // field.
        let coroutine = unsafe { &mut *self.coroutine.get() };
        let result = match coroutine {
            Some(coroutine) => {
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| coroutine.0.resume(())))
            }
            None => Ok(CoroutineResult::Return(())),
        };
        set_running_process(std::ptr::null());
        set_current_heap(std::ptr::null_mut());
        tls::set_stack_limit(0);
        match result {
            Ok(CoroutineResult::Yield(Suspend::Yield)) => Step::Yield,
            Ok(CoroutineResult::Yield(Suspend::Wait { timed })) => Step::Wait { timed },
            Ok(CoroutineResult::Yield(Suspend::Crash)) => Step::Exit { crashed: true },
            Ok(CoroutineResult::Return(())) => Step::Exit { crashed: false },
            Err(payload) => {
                // A Rust panic escaped the process body (a runtime bug outside every guard):
                // the coroutine has unwound to its root, so it is finished.
                let reason = crash::reason_of(payload.as_ref());
                drop(payload);
                self.report_crash(&reason);
                // Safety: the worker owns the process; the coroutine is finished.
                unsafe { self.local().exit_reason = Some(reason) };
                Step::Exit { crashed: false }
            }
        }
    }

    /// Frees everything the process owns, removes it from the table and the registry, and
    /// notifies its links and monitors. Called by the worker that ran it last, once it has
    /// finished (`crashed`: its stack is abandoned, not unwound).
    pub(crate) fn finish(self: &Arc<Process>, crashed: bool) {
        self.state.store(state::EXITED, Ordering::SeqCst);
        // Safety: the worker owns the process, whose coroutine will never run again.
        let (reason, monitoring) = unsafe {
            let local = self.local();
            let reason = local
                .exit_reason
                .take()
                .unwrap_or_else(|| NORMAL.to_string());
            (reason, std::mem::take(&mut local.monitoring))
        };
        job::kill_jobs(self);
        // Exited before its names go: whoever sees a name gone sees the process gone.
        let mut ended = signals::mark_exited(self);
        registry::remove_names(self.pid, std::mem::take(&mut ended.names));
        crate::dist::global::process_exited(self.pid);
        crate::dist::remote::forget(self.pid);
        table::remove(self.pid);
        let dropped = {
            let mut inbox = self.inbox();
            inbox.closed = true;
            std::mem::take(&mut inbox.queue)
        };
        drop(dropped);
        // Safety: the worker owns the process, whose coroutine will never run again.
        let coroutine = unsafe { (*self.coroutine.get()).take() };
        if let Some(mut coroutine) = coroutine {
            if crashed && !coroutine.0.done() {
                // Safety: the frames left on the stack are generated code (no destructors) and
                // runtime functions abandoned by a crash; skipping their destructors can leak
                // memory they own but never touches freed memory, since nothing resumes them.
                unsafe { coroutine.0.force_reset() };
            }
            drop(coroutine);
        }
        // Safety: as above.
        let local = unsafe { self.local() };
        for handle in local.open_buffers.drain(..) {
            // Safety: open buffers were begun by this process and never handed over.
            drop(unsafe { Buffer::from_handle(handle) });
        }
        local.messages.clear();
        local.alloc_heap = std::ptr::null_mut();
        if let Some(heap) = local.heap.take() {
            if self.main {
                // Top-level constants live in `main`'s heap and stay reachable from every
                // process after `main` returns, so its heap lives as long as the program.
                Box::leak(heap);
            } else {
                drop(heap);
            }
        }
        signals::propagate(self.pid, &reason, ended, monitoring);
    }

    /// Prints the crash line of this process (`main`: flushes stdout first and ends the program
    /// with status 1).
    fn report_crash(&self, reason: &str) {
        if self.main {
            io::flush_stdout();
            io::write_stderr(&[crash::crash_line(reason).as_bytes()]);
            sched::main_crashed();
        } else {
            let line = crash::actor_crash_line(self.pid, reason);
            io::write_stderr(&[line.as_bytes()]);
        }
    }

    /// Moves the inbox into the taken-in messages (with their buffers), and drops DOWN
    /// messages of monitors removed meanwhile. Returns whether any message was added.
    fn take_inbox(&self, local: &mut Local) -> bool {
        let arrived = {
            let mut inbox = self.inbox();
            inbox.waiting = false;
            if inbox.queue.is_empty() {
                return false;
            }
            std::mem::take(&mut inbox.queue)
        };
        let before = local.messages.len();
        for message in arrived {
            if message.type_id == DOWN_TYPE {
                // Safety: DOWN messages are built by `signals::down_message`; the buffer holding
                // the tuple is alive until the message is dropped or adopted.
                let reference = unsafe { signals::down_reference(message.value) };
                if !local.monitoring.contains_key(&reference) {
                    // Its monitor was removed by `demonitor`: it must never be received.
                    drop(message);
                    continue;
                }
            }
            if message.call.is_reply() && message.call.reference != local.awaiting_reply {
                // The reply to a call that has timed out (or whose service died): discarded.
                drop(message);
                continue;
            }
            local.messages.push_back(Received {
                value: message.value,
                type_id: message.type_id,
                buffer: message.buffer,
                call: message.call,
            });
        }
        local.messages.len() > before
    }

    /// Marks the process as waiting for a message, unless one has arrived. Returns whether it
    /// may park.
    fn prepare_wait(&self) -> bool {
        let mut inbox = self.inbox();
        if !inbox.queue.is_empty() {
            return false;
        }
        inbox.waiting = true;
        true
    }

    /// Starts a timer for `deadline` (the previous one becomes stale).
    fn arm_timer(&self, local: &mut Local, deadline: Instant) {
        let token = self.timer_token.fetch_add(1, Ordering::SeqCst) + 1;
        local.timer_armed = true;
        sched::add_timer(deadline, self.arc(), token);
    }

    /// Makes any pending timer stale.
    fn disarm_timer(&self, local: &mut Local) {
        if std::mem::take(&mut local.timer_armed) {
            self.timer_token.fetch_add(1, Ordering::SeqCst);
        }
    }

    /// A new `Arc` to this running process.
    fn arc(&self) -> Arc<Process> {
        let ptr: *const Process = self;
        // Safety: every process lives in an `Arc`, and the worker running it holds one, so the
        // count is at least one while we add ours.
        unsafe {
            Arc::increment_strong_count(ptr);
            Arc::from_raw(ptr)
        }
    }
}

/// Switches from the running process back to its worker, asking for `why`; returns when the
/// process is resumed (on any worker). Never inlined, so that no caller keeps a thread-local's
/// address across the switch.
#[inline(never)]
fn suspend(process: &Process, why: Suspend) {
    // Safety: the running process owns itself; `yielder` was set when its coroutine started and
    // lives on its stack, which is the stack we are running on.
    unsafe {
        let yielder = process.local().yielder;
        (*yielder).suspend(why);
    }
}

/// The body of every process's coroutine.
fn body(yielder: &Yielder<(), Suspend>) {
    // The pair comes back in two registers and `arg` goes on in a register: no copy of the
    // argument stays in this frame (the bottom of the stack) to act as a root forever.
    let (function, arg) = started(yielder);
    black_box(function(arg));
}

/// Records the coroutine's yielder and takes the entry to run.
#[inline(never)]
fn started(yielder: &Yielder<(), Suspend>) -> (extern "C" fn(u64) -> u64, u64) {
    let process = require_current();
    // Safety: the running process owns itself; the reference ends before `check_exit`.
    let entry = unsafe {
        let local = process.local();
        local.yielder = yielder;
        local.entry.take()
    };
    // Killed before it ever ran. Any other exit signal is acted on at its first check (a
    // `receive`, a send, …): by then an actor has registered its `terminate` clause, which must
    // run (a supervisor may stop a child it has just started, LANGUAGE.md §6.14).
    if process.exit_pending.load(Ordering::SeqCst)
        && process.signals().pending_exit.as_deref() == Some(KILLED)
    {
        exit_now(process);
    }
    match entry {
        Some(Entry {
            function,
            words: Some(words),
            ..
        }) => {
            let arg = words.as_ptr() as u64;
            // Safety: as above.
            unsafe { process.local().entry_words = Some(words) };
            (function, arg)
        }
        Some(entry) => (entry.function, entry.arg),
        None => (nothing, 0),
    }
}

extern "C" fn nothing(_: u64) -> u64 {
    0
}

/// The next pid.
static NEXT_PID: AtomicU64 = AtomicU64::new(1);

/// Creates a process running `entry` on `stack` with a heap that adopts `buffer`, registers it
/// and makes it runnable. Returns its pid.
fn create(main: bool, stack: Stack, entry: Entry, buffer: Option<Buffer>) -> u64 {
    let pid = NEXT_PID.fetch_add(1, Ordering::SeqCst);
    let mut heap = Box::new(Heap::new(stack.top()));
    if let Some(buffer) = buffer {
        buffer.adopt_into(&mut heap);
    }
    let stack_limit = stack.limit() as u64;
    let process = Arc::new(Process {
        pid,
        main,
        state: AtomicU8::new(state::RUNNABLE),
        timer_token: AtomicU64::new(0),
        exit_pending: AtomicBool::new(false),
        inbox: Mutex::new(Inbox::default()),
        signals: Mutex::new(Signals::default()),
        local: UnsafeCell::new(Local {
            heap: Some(heap),
            alloc_heap: std::ptr::null_mut(),
            messages: VecDeque::new(),
            cursor: None,
            deadline: None,
            timer_armed: false,
            yielder: std::ptr::null(),
            stack_limit,
            open_buffers: Vec::new(),
            entry: Some(entry),
            entry_words: None,
            terminate: None,
            in_terminate: false,
            exit_reason: None,
            monitoring: BTreeMap::new(),
            awaiting_reply: 0,
            current_call: Call::default(),
            supervisor: None,
            jobs: BTreeMap::new(),
        }),
        coroutine: UnsafeCell::new(None),
    });
    // Safety: nobody else has seen the process yet. The external roots point at the message
    // list inside the `Arc`, which never moves and outlives the heap (`finish` drops the heap
    // first).
    unsafe {
        let local = process.local();
        let messages: *const VecDeque<Received> = &local.messages;
        if let Some(heap) = local.heap.as_mut() {
            heap.set_external_roots(ExternalRoots {
                context: messages.cast(),
                visit: mailbox::visit_received,
            });
            local.alloc_heap = &mut **heap;
        }
        let coroutine = Coroutine::with_stack(stack, |yielder, ()| body(yielder));
        *process.coroutine.get() = Some(SendCoroutine(coroutine));
    }
    table::insert(process.clone());
    sched::spawned(process);
    pid
}

/// Starts `main` as process `#PID<0.1>` (the first process of the program) on its own large
/// stack with a guard page.
pub(crate) fn spawn_main(entry: extern "C" fn() -> u64) -> Result<u64, String> {
    let stack = Stack::main()?;
    if let Some(guard) = stack.guard() {
        crate::overflow::protect_main_stack(guard);
    }
    Ok(create(true, stack, Entry::main(entry), None))
}

/// `spawn`: a new process running `entry(arg)` whose heap adopts the buffer `buffer` (0: none).
///
/// # Safety
///
/// `buffer` must be 0 or a buffer handle not handed over before.
pub unsafe fn spawn(entry: extern "C" fn(u64) -> u64, arg: u64, buffer: u64) -> u64 {
    forget_open_buffer(buffer);
    // Safety: the caller's contract.
    let buffer = unsafe { Buffer::from_handle(buffer) };
    let entry = Entry {
        function: entry,
        arg,
        words: None,
    };
    create(false, Stack::slot(), entry, buffer)
}

/// Spawns `entry(arg)` with `buffer` (holding `arg`'s objects) as the start of its heap: a
/// process started by another node (`Node.spawn`).
pub(crate) fn spawn_with_buffer(entry: extern "C" fn(u64) -> u64, arg: u64, buffer: Buffer) -> u64 {
    let entry = Entry {
        function: entry,
        arg,
        words: None,
    };
    create(false, Stack::slot(), entry, Some(buffer))
}

/// `spawn` whose arguments are `n` words that point to no heap objects (Ints, pids, …): no
/// message buffer, and no heap page for the new process until it allocates. `entry` receives
/// the address of a copy of the words.
///
/// # Safety
///
/// `words` must point to `n` readable words.
pub unsafe fn spawn_words(entry: extern "C" fn(u64) -> u64, words: *const u64, n: u64) -> u64 {
    // Safety: the caller's contract.
    let copy: Box<[u64]> = unsafe { std::slice::from_raw_parts(words, n as usize) }.into();
    let entry = Entry {
        function: entry,
        arg: 0,
        words: Some(copy),
    };
    create(false, Stack::slot(), entry, None)
}

/// The pid of the running process (0 outside the scheduler).
pub fn self_pid() -> u64 {
    current().map_or(0, |process| process.pid)
}

/// Number of live processes.
pub fn count() -> usize {
    table::len()
}

/// Starts a message buffer: allocations go to it until [`msg_end`]. Returns its handle.
pub fn msg_begin() -> u64 {
    let buffer = Box::into_raw(mailbox::spare_buffer());
    let handle = buffer as u64;
    if let Some(process) = current() {
        // Safety: the running process owns itself.
        let local = unsafe { process.local() };
        local.alloc_heap = buffer;
        local.open_buffers.push(handle);
    }
    set_current_heap(buffer);
    handle
}

/// Ends the message buffer started by [`msg_begin`]: allocations go to the process's heap again.
pub fn msg_end(_buffer: u64) {
    let home = match current() {
        Some(process) => {
            // Safety: the running process owns itself.
            let local = unsafe { process.local() };
            local.alloc_heap = local
                .heap
                .as_mut()
                .map_or(std::ptr::null_mut(), |heap| &mut **heap);
            local.alloc_heap
        }
        None => home_heap(),
    };
    set_current_heap(home);
}

/// Forgets an open buffer that is being handed over.
fn forget_open_buffer(handle: u64) {
    if handle == 0 {
        return;
    }
    if let Some(process) = current() {
        // Safety: the running process owns itself.
        let local = unsafe { process.local() };
        if let Some(index) = local.open_buffers.iter().rposition(|&h| h == handle) {
            local.open_buffers.swap_remove(index);
        }
    }
}

/// `send`: appends `value` (whose objects are in `buffer`) to `pid`'s mailbox; a dead or none
/// pid drops it.
///
/// # Safety
///
/// `buffer` must be 0 or a buffer handle not handed over before.
pub unsafe fn send(pid: u64, value: u64, buffer: u64, type_id: u64) {
    // Before taking the buffer over: an open buffer is freed when the process ends.
    if let Some(process) = current() {
        check_exit(process);
    }
    if crate::dist::pids::is_remote(pid) {
        forget_open_buffer(buffer);
        // Safety: the caller's contract; the copy is encoded, then the buffer is dropped.
        let buffer = unsafe { Buffer::from_handle(buffer) };
        let message = Message {
            value,
            type_id,
            buffer,
            call: Call::default(),
        };
        if let Err(reason) = crate::dist::send_message(pid, &message) {
            crash::raise(reason);
        }
        return;
    }
    forget_open_buffer(buffer);
    // Safety: the caller's contract.
    let buffer = unsafe { Buffer::from_handle(buffer) };
    let message = Message {
        value,
        type_id,
        buffer,
        call: Call::default(),
    };
    deliver_to(pid, message);
}

/// Starts a `receive`: the cursor goes before the oldest message; the deadline is now +
/// `max(timeout_ms, 0)` when there is a timeout.
pub fn recv_begin(timeout_ms: Option<i64>) {
    let process = require_current();
    check_exit(process);
    // Safety: the running process owns itself.
    let local = unsafe { process.local() };
    process.disarm_timer(local);
    local.cursor = None;
    local.deadline = timeout_ms.map(|ms| deadline_after(u64::try_from(ms).unwrap_or(0)));
}

/// The instant `ms` milliseconds from now (capped at about a century).
fn deadline_after(ms: u64) -> Instant {
    let now = Instant::now();
    now.checked_add(Duration::from_millis(ms))
        .or_else(|| now.checked_add(Duration::from_secs(3_000_000_000)))
        .unwrap_or(now)
}

/// Moves the cursor to the next message not yet tried in this `receive`, parking until one
/// arrives or the deadline passes. Returns whether a message is at the cursor.
pub fn recv_next() -> bool {
    let process = require_current();
    loop {
        check_exit(process);
        {
            // Safety: the running process owns itself; the reference ends before suspending.
            let local = unsafe { process.local() };
            let next = local.cursor.map_or(0, |cursor| cursor + 1);
            if next < local.messages.len() || process.take_inbox(local) {
                local.cursor = Some(next);
                return true;
            }
            if local
                .deadline
                .is_some_and(|deadline| Instant::now() >= deadline)
            {
                process.disarm_timer(local);
                return false;
            }
            if !process.prepare_wait() {
                continue;
            }
            if let Some(deadline) = local.deadline {
                if !local.timer_armed {
                    process.arm_timer(local, deadline);
                }
            }
        }
        // Safety: as above.
        let timed = unsafe { process.local().deadline.is_some() };
        suspend(process, Suspend::Wait { timed });
    }
}

fn at_cursor() -> (u64, u64) {
    let process = require_current();
    // Safety: the running process owns itself.
    let local = unsafe { process.local() };
    match local.cursor.and_then(|cursor| local.messages.get(cursor)) {
        Some(message) => (message.value, message.type_id),
        None => crash::raise("no message at the receive cursor"),
    }
}

/// The message at the cursor, copied into the process's heap by `copy` if it still lives in its
/// buffer (which is then freed). Generated code calls this before matching a message.
pub fn recv_localize(copy: crate::copy::CopyFn) -> u64 {
    let process = require_current();
    // Safety: the running process owns itself.
    let local = unsafe { process.local() };
    let Some(cursor) = local.cursor else {
        crash::raise("no message at the receive cursor")
    };
    let Some(message) = local.messages.get_mut(cursor) else {
        crash::raise("no message at the receive cursor")
    };
    let Some(buffer) = message.buffer.take() else {
        return message.value;
    };
    let value = message.value;
    // The copy allocates in this process's heap and may collect it: the original lives in the
    // buffer (outside the heap), the copy in progress on this stack.
    let copied = copy(value);
    drop(buffer);
    // Safety: as above; the copy ran no code that changes the message list.
    let local = unsafe { process.local() };
    if let Some(message) = local.messages.get_mut(cursor) {
        message.value = copied;
    }
    copied
}

/// Parks until a taken-in message satisfies `matches` (messages are tried in arrival order, each
/// once) and removes it, or returns `None` once `deadline` has passed. Other messages stay, in
/// order, for later receives.
fn take_matching(
    process: &Process,
    deadline: Option<Instant>,
    mut matches: impl FnMut(&Received) -> bool,
) -> Option<Received> {
    let mut scanned = 0;
    loop {
        check_exit(process);
        // Safety: the running process owns itself; the reference ends before suspending.
        let local = unsafe { process.local() };
        while scanned < local.messages.len() {
            if matches(&local.messages[scanned]) {
                process.disarm_timer(local);
                return remove_message(process, scanned);
            }
            scanned += 1;
        }
        if process.take_inbox(local) {
            continue;
        }
        if deadline.is_some_and(|deadline| Instant::now() >= deadline) {
            process.disarm_timer(local);
            return None;
        }
        if !process.prepare_wait() {
            continue;
        }
        if let Some(deadline) = deadline {
            if !local.timer_armed {
                process.arm_timer(local, deadline);
            }
        }
        suspend(
            process,
            Suspend::Wait {
                timed: deadline.is_some(),
            },
        );
    }
}

/// Removes taken-in message `index`, keeping the cursor of an ongoing `receive` on the same
/// message.
fn remove_message(process: &Process, index: usize) -> Option<Received> {
    // Safety: the running process owns itself.
    let local = unsafe { process.local() };
    let message = local.messages.remove(index)?;
    if let Some(cursor) = local.cursor {
        if index <= cursor {
            local.cursor = cursor.checked_sub(1);
        }
    }
    Some(message)
}

/// The message at the cursor.
pub fn recv_message() -> u64 {
    at_cursor().0
}

/// The type id of the message at the cursor.
pub fn recv_type() -> u64 {
    at_cursor().1
}

/// Removes the message at the cursor (it matched): the `receive` is over.
pub fn recv_take() {
    let process = require_current();
    // Safety: the running process owns itself.
    let local = unsafe { process.local() };
    if let Some(cursor) = local.cursor.take() {
        if let Some(mut message) = local.messages.remove(cursor) {
            // Taken without being copied out of its buffer (`recv_localize`): the buffer's
            // pages become part of the heap, so the value stays valid.
            if let (Some(buffer), Some(heap)) = (message.buffer.take(), local.heap.as_mut()) {
                buffer.adopt_into(heap);
            }
            if message.type_id == DOWN_TYPE {
                // The monitor has fired and its DOWN is received: `demonitor` now says 1.
                // Safety: a DOWN message is a tuple built by `signals::down_message`, now in
                // this process's heap.
                let reference = unsafe { signals::down_reference(message.value) };
                local.monitoring.remove(&reference);
            }
        }
    }
    process.disarm_timer(local);
}

/// A preemption point: lets other processes run. Outside the scheduler it only refills the
/// budget.
pub fn yield_now() {
    match current() {
        Some(process) => {
            check_exit(process);
            suspend(process, Suspend::Yield);
            check_exit(process);
        }
        None => tls::set_budget(tls::BUDGET),
    }
}

/// Runs `call` — a system call that may block for long (file I/O, stdin) — on the blocking
/// pool while the running process parks, so its worker goes on running other processes.
/// Outside the scheduler it runs here. The process cannot end before `call` has returned (it
/// may own what `call` uses); a pending exit signal is acted on afterwards.
pub fn blocking<R: Send + 'static>(call: impl FnOnce() -> R + Send + 'static) -> R {
    struct Slot<R> {
        value: Mutex<Option<R>>,
        done: AtomicBool,
    }
    let Some(process) = current() else {
        return call();
    };
    let slot = Arc::new(Slot {
        value: Mutex::new(None),
        done: AtomicBool::new(false),
    });
    let (filled, waiter) = (slot.clone(), process.arc());
    sched::blocking::submit(Box::new(move || {
        let value = call();
        *filled
            .value
            .lock()
            .unwrap_or_else(|poison| poison.into_inner()) = Some(value);
        filled.done.store(true, Ordering::SeqCst);
        // A process that is running (not parked yet) is marked so that it does not park.
        sched::wake(&waiter);
    }));
    while !slot.done.load(Ordering::SeqCst) {
        // Timed: a process waiting for I/O keeps the program alive.
        suspend(process, Suspend::Wait { timed: true });
    }
    let value = slot
        .value
        .lock()
        .unwrap_or_else(|poison| poison.into_inner())
        .take();
    check_exit(process);
    match value {
        Some(value) => value,
        None => crash::raise("a blocking call finished without a result"),
    }
}

/// `Timer.sleep`: parks the process for at least `ms` milliseconds (`ms <= 0`: yields).
pub fn sleep(ms: i64) {
    let Ok(ms) = u64::try_from(ms) else {
        return yield_now();
    };
    if ms == 0 {
        return yield_now();
    }
    let deadline = deadline_after(ms);
    let Some(process) = current() else {
        std::thread::sleep(Duration::from_millis(ms));
        return;
    };
    // Safety: the running process owns itself; each reference ends before suspending.
    unsafe {
        let local = process.local();
        process.disarm_timer(local);
        process.arm_timer(local, deadline);
    }
    check_exit(process);
    while Instant::now() < deadline {
        suspend(process, Suspend::Wait { timed: true });
        // An exit signal wakes a sleeping process.
        check_exit(process);
    }
    // Safety: as above.
    unsafe { process.disarm_timer(process.local()) };
}

/// Crashes the running process with `reason`: prints its crash line and switches back to the
/// scheduler for good (never unwinding through generated code). Returns only when no process
/// runs on this thread.
pub fn crash_current(reason: &str) {
    let Some(process) = current() else {
        return;
    };
    process.report_crash(reason);
    // Safety: the running process owns itself.
    let in_terminate = unsafe { process.local().in_terminate };
    if !in_terminate {
        // Safety: as above.
        unsafe { process.local().exit_reason = Some(reason.to_string()) };
        // A supervisor whose start function panicked stops its children first.
        supervisor::on_crash(process);
        // The actor's frames are still on this stack: its `terminate` clause can run now (not
        // after a stack overflow, which left no room for it). A panic inside it comes back
        // here, is reported, and keeps the first reason.
        if reason != crate::stack::OVERFLOW_REASON {
            run_terminate(process);
        }
    }
    suspend(process, Suspend::Crash);
    // Nothing resumes a crashed process.
    std::process::abort();
}

/// Runs the running process's `terminate` clause, if it registered one and it is not running
/// already.
fn run_terminate(process: &Process) {
    // Safety: the running process owns itself; the borrow ends before the clause runs.
    let terminate = unsafe {
        let local = process.local();
        if local.in_terminate {
            None
        } else {
            local.in_terminate = true;
            local.terminate.take()
        }
    };
    if let Some((function, arg)) = terminate {
        function(arg);
    }
}

/// `mesh_rt_terminate_set`: registers the running actor's `terminate` clause.
pub fn set_terminate(function: extern "C" fn(u64) -> u64, arg: u64) {
    if let Some(process) = current() {
        // Safety: the running process owns itself.
        unsafe { process.local().terminate = Some((function, arg)) };
    }
}

/// `mesh_rt_terminate_run`: runs the clause as the actor's body returns normally.
pub fn terminate_now() {
    if let Some(process) = current() {
        run_terminate(process);
    }
}

/// Ends the running process now if an exit signal is pending for it.
#[inline]
fn check_exit(process: &Process) {
    if process.exit_pending.load(Ordering::SeqCst) {
        exit_now(process);
    }
}

/// Ends the running process with the reason of its pending exit signal: no crash line, except
/// for `main`, whose end prints `[mesh] main crashed: <reason>` and ends the program with
/// status 1 (LANGUAGE.md §6.12).
#[cold]
#[inline(never)]
fn exit_now(process: &Process) -> ! {
    let reason = process
        .signals()
        .pending_exit
        .clone()
        .unwrap_or_else(|| KILLED.to_string());
    if process.main {
        process.report_crash(&reason);
    }
    // The signal is being acted on: runtime calls made by `terminate` must not end it again.
    process.exit_pending.store(false, Ordering::SeqCst);
    let killed = reason == KILLED;
    // Safety: the running process owns itself.
    unsafe { process.local().exit_reason = Some(reason) };
    // `terminate` runs when a link or `shutdown` ends an actor, not for `killed`.
    if !killed {
        run_terminate(process);
    }
    suspend(process, Suspend::Crash);
    // Nothing resumes an ended process.
    std::process::abort()
}

/// `link(pid)`: links the running process and `pid` (idempotent). If `pid` is none or not
/// alive, the running process gets an exit signal `noproc` from it (so it ends, unless it traps
/// exits).
pub fn link(pid: u64) {
    let process = require_current();
    check_exit(process);
    if pid == process.pid {
        return;
    }
    if crate::dist::pids::is_remote(pid) {
        process.signals().links.insert(pid);
        if !crate::dist::remote::link(process.pid, pid) {
            let reason = crate::dist::remote::NOCONNECTION;
            signals::exit_signal(&process.arc(), pid, reason, signals::Kind::Link);
            check_exit(process);
        }
        return;
    }
    let linked = table::get(pid).is_some_and(|target| signals::link(process, &target));
    if !linked {
        signals::exit_signal(&process.arc(), pid, NOPROC, signals::Kind::Exit);
        check_exit(process);
    }
}

/// `Process.unlink(pid)`: removes the link with `pid` in both directions, if any.
pub fn unlink(pid: u64) {
    let process = require_current();
    check_exit(process);
    if crate::dist::pids::is_remote(pid) {
        process.signals().links.remove(&pid);
        crate::dist::remote::unlink(process.pid, pid);
        return;
    }
    match table::get(pid) {
        Some(target) => signals::unlink(process, &target),
        None => {
            process.signals().links.remove(&pid);
        }
    }
}

/// Monitor references: positive, unique within the node.
static NEXT_REFERENCE: AtomicU64 = AtomicU64::new(1);

/// `Process.monitor(pid)`: a new monitor reference; `(:down, ref, pid, reason)` arrives once
/// `pid` has ended (at once with `noproc` if it is none or not alive).
pub fn monitor(pid: u64) -> u64 {
    let process = require_current();
    check_exit(process);
    let reference = NEXT_REFERENCE.fetch_add(1, Ordering::SeqCst);
    // Safety: the running process owns itself.
    unsafe { process.local().monitoring.insert(reference, pid) };
    if crate::dist::pids::is_remote(pid) {
        if !crate::dist::remote::monitor(process.pid, reference, pid) {
            let reason = crate::dist::remote::NOCONNECTION;
            process
                .arc()
                .deliver(signals::down_message(reference, pid, reason));
        }
        return reference;
    }
    let watching =
        table::get(pid).is_some_and(|target| signals::add_monitor(&target, reference, process.pid));
    if !watching {
        process
            .arc()
            .deliver(signals::down_message(reference, pid, NOPROC));
    }
    reference
}

/// A monitor from another node (`watcher` is remote) on local process `serial`; if it is gone,
/// the `noproc` DOWN goes back at once. Returns whether the monitor was placed.
pub(crate) fn grant_monitor(serial: u64, reference: u64, watcher: u64) -> bool {
    let placed =
        table::get(serial).is_some_and(|target| signals::add_monitor(&target, reference, watcher));
    if !placed {
        deliver_to(watcher, signals::down_message(reference, serial, NOPROC));
    }
    placed
}

/// Removes monitor `reference` from local process `serial`.
pub(crate) fn revoke_monitor(serial: u64, reference: u64) {
    if let Some(target) = table::get(serial) {
        target.signals().monitors.remove(&reference);
    }
}

/// A link from remote process `from` to local process `serial`; if it is gone, `from` gets the
/// `noproc` exit signal back. Returns whether the link was made.
pub(crate) fn grant_link(serial: u64, from: u64) -> bool {
    let linked = table::get(serial).is_some_and(|target| {
        let mut signals = target.signals();
        !signals.exited && signals.links.insert(from)
    });
    if !linked {
        crate::dist::remote::exit(serial, from, NOPROC, crate::dist::remote::KIND_LINK);
    }
    linked
}

/// Removes the link between local process `serial` and remote `from`.
pub(crate) fn revoke_link(serial: u64, from: u64) {
    if let Some(target) = table::get(serial) {
        target.signals().links.remove(&from);
    }
}

/// An exit signal from remote process `from` reaching local process `serial` (`kind` as on the
/// wire: exit, kill or link).
pub(crate) fn remote_exit_signal(serial: u64, from: u64, reason: &str, kind: u8) {
    let kind = match kind {
        crate::dist::remote::KIND_KILL => signals::Kind::Kill,
        crate::dist::remote::KIND_LINK => signals::Kind::Link,
        _ => signals::Kind::Exit,
    };
    if let Some(target) = table::get(serial) {
        signals::exit_signal(&target, from, reason, kind);
    }
}

/// Delivers `(:down, reference, target, reason)` to `watcher` (local or remote).
pub(crate) fn deliver_down(watcher: u64, reference: u64, target: u64, reason: &str) {
    deliver_to(watcher, signals::down_message(reference, target, reason));
}

/// `Process.demonitor(ref)`: removes a monitor whose DOWN the running process has not received
/// (and discards that DOWN if it is already in the mailbox). Returns whether it was active.
pub fn demonitor(reference: u64) -> bool {
    let process = require_current();
    check_exit(process);
    // Safety: the running process owns itself; the reference ends before any other use.
    let target = unsafe { process.local().monitoring.remove(&reference) };
    let Some(target) = target else {
        return false;
    };
    if crate::dist::pids::is_remote(target) {
        crate::dist::remote::demonitor(reference, target);
    } else if let Some(target) = table::get(target) {
        target.signals().monitors.remove(&reference);
    }
    // A DOWN already taken in is dropped here; one still in the inbox, or arriving later, is
    // dropped when taken in (its reference is no longer held).
    // Safety: as above.
    let local = unsafe { process.local() };
    let mut index = 0;
    while index < local.messages.len() {
        let message = &local.messages[index];
        let down_of_reference = message.type_id == DOWN_TYPE && {
            // Safety: DOWN messages are tuples built by `signals::down_message`, in this heap.
            unsafe { signals::down_reference(message.value) == reference }
        };
        if down_of_reference {
            // Keeps a cursor of an ongoing `receive` (a guard calling this) on the same message.
            remove_message(process, index);
        } else {
            index += 1;
        }
    }
    true
}

/// `Process.exit(pid, reason)`: an exit signal from the running process (STDLIB.md §5.16.1):
/// `"kill"` ends the target with `killed` even if it traps exits; `"normal"` is ignored unless
/// the target traps exits; any other reason ends a target that does not trap exits, and reaches
/// a trapping one as `(:exit, sender, reason)`.
pub fn exit(pid: u64, reason: &str) {
    let process = require_current();
    check_exit(process);
    if crate::dist::pids::is_remote(pid) {
        let kind = if reason == "kill" {
            crate::dist::remote::KIND_KILL
        } else {
            crate::dist::remote::KIND_EXIT
        };
        crate::dist::remote::exit(process.pid, pid, reason, kind);
        return;
    }
    if let Some(target) = table::get(pid) {
        let kind = if reason == "kill" {
            signals::Kind::Kill
        } else {
            signals::Kind::Exit
        };
        signals::exit_signal(&target, process.pid, reason, kind);
    }
    // The target may be the running process.
    check_exit(process);
}

/// `Process.trap_exit(flag)`: sets whether the running process traps exits; returns the
/// previous setting.
pub fn trap_exit(flag: bool) -> bool {
    let process = require_current();
    check_exit(process);
    let previous = std::mem::replace(&mut process.signals().trap_exit, flag);
    previous
}

/// `Process.register(name, pid)`: false if the name is held by a live process, or `pid` is none
/// or not alive.
pub fn register(name: &str, pid: u64) -> bool {
    registry::register(name, pid)
}

/// `Process.whereis(name)`: the registered pid, or 0.
pub fn whereis(name: &str) -> u64 {
    registry::whereis(name)
}

/// `Process.unregister(name)`: whether the name was registered (it is removed).
pub fn unregister(name: &str) -> bool {
    registry::unregister(name)
}

/// `Timer.send_after(pid, ms, msg)`: delivers `value` (whose objects are in `buffer`) to `pid`
/// after `ms` milliseconds as `send` would then (at once when `ms <= 0`). The timer owns the
/// buffer meanwhile and keeps the program alive; the message is dropped if the target is gone.
///
/// # Safety
///
/// `buffer` must be 0 or a buffer handle not handed over before.
pub unsafe fn send_after(pid: u64, ms: i64, value: u64, buffer: u64, type_id: u64) {
    // Before taking the buffer over: an open buffer is freed when the process ends.
    if let Some(process) = current() {
        check_exit(process);
    }
    forget_open_buffer(buffer);
    // Safety: the caller's contract.
    let buffer = unsafe { Buffer::from_handle(buffer) };
    let message = Message {
        value,
        type_id,
        buffer,
        call: Call::default(),
    };
    match u64::try_from(ms) {
        // A pid that is gone now never comes back (pids are not reused).
        Ok(ms) if ms > 0 && table::get(pid).is_some() => {
            sched::add_delivery(deadline_after(ms), pid, message);
        }
        _ => deliver_to(pid, message),
    }
}

/// Sends `(:kind, name)` — `:nodeup`, `:nodedown` or `:global_name_conflict` — to `pid`.
pub(crate) fn deliver_system_name_message(pid: u64, kind: &str, name: &str) {
    deliver_to(pid, signals::named_message(kind, name));
}

/// Whether `pid` is a live process of this node.
pub fn is_alive(pid: u64) -> bool {
    table::get(pid).is_some()
}

/// Appends `message` to `pid`'s mailbox, or drops it if `pid` is not alive.
pub(crate) fn deliver_to(pid: u64, message: Message) {
    if crate::dist::pids::is_remote(pid) {
        // Not from a process's `send` (a timer delivery, a reply, a job's result): a message
        // that cannot be encoded is reported here.
        if let Err(reason) = crate::dist::send_message(pid, &message) {
            io::write_stderr(&[format!(
                "[mesh] a message to {} was dropped: {reason}\n",
                crate::dist::pids::display(pid)
            )
            .as_bytes()]);
        }
        return;
    }
    match table::get(pid) {
        Some(process) => process.deliver(message),
        None => drop(message),
    }
}

/// Delivers `message` to local process `serial` (a message that came from another node).
pub(crate) fn deliver_local(serial: u64, message: Message) {
    match table::get(serial) {
        Some(process) => process.deliver(message),
        None => drop(message),
    }
}

/// Runs `build` with a fresh message buffer as the current heap (the previous one is current
/// again afterwards, also if `build` panics). Returns its result and the buffer holding what it
/// allocated: a system message, or a message or spawn argument from another node.
pub(crate) fn in_new_buffer<R>(build: impl FnOnce() -> R) -> (R, Buffer) {
    let mut heap = mailbox::spare_buffer();
    let restore = RestoreHeap(current_heap());
    set_current_heap(&mut *heap);
    let result = build();
    drop(restore);
    (result, Buffer::from_heap(heap))
}

/// Makes the saved heap current again when dropped.
struct RestoreHeap(*mut Heap);

impl Drop for RestoreHeap {
    fn drop(&mut self) {
        set_current_heap(self.0);
    }
}

/// Runs `f` as a process on the current thread, outside the scheduler: it gets a fresh heap
/// whose stack roots are the frames below this call. The heap is freed when `f` returns, so `f`
/// must not return heap pointers. For tests and tools; programs run through `mesh_rt_start`.
#[inline(never)]
pub fn run<R>(f: impl FnOnce() -> R) -> R {
    let marker = 0u64;
    // Everything `f` does happens in frames below this one (`enter` is never inlined), so the
    // address of a local of this frame bounds the stack to scan.
    let base = black_box(&marker) as *const u64 as usize;
    let mut heap = Box::new(Heap::new(base));
    let _restore = Restore(current_heap(), home_heap());
    set_current_heap(&mut *heap);
    set_home_heap(&mut *heap);
    enter(f)
}

#[inline(never)]
fn enter<R>(f: impl FnOnce() -> R) -> R {
    f()
}

/// Puts back the previous current and home heaps, also when `f` unwinds (in tests).
struct Restore(*mut Heap, *mut Heap);

impl Drop for Restore {
    fn drop(&mut self) {
        set_current_heap(self.0);
        set_home_heap(self.1);
    }
}

/// Calls `f` with the heap allocations go to. `f` must not call back into code that uses the
/// heap (it never runs Mesh code).
///
/// Panics when no process runs on this thread.
#[inline]
pub fn with_heap<R>(f: impl FnOnce(&mut Heap) -> R) -> R {
    let heap = current_heap();
    if heap.is_null() {
        panic!("no Mesh process is running on this thread");
    }
    // Safety: `heap` is the running process's heap or message buffer (set by the worker or
    // `msg_begin`), or the heap of `run`, whose frame owns it; all outlive this call. Only one
    // `&mut` exists at a time: the heap is only reached through this function, and `f` never
    // re-enters it.
    f(unsafe { &mut *heap })
}
