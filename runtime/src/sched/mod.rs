//! The M:N scheduler: worker threads running processes from run queues, waking, parking, and
//! the end of the program.
//!
//! # Workers and queues
//!
//! `MESH_SCHEDULERS` workers (default: the number of cores) each own a FIFO `crossbeam-deque`
//! queue; a global injector takes processes made runnable outside a worker (the timer thread,
//! `mesh_rt_start`). A worker takes work from its own queue, then the injector, then steals
//! from the others; every [`INJECTOR_INTERVAL`] turns it looks at the injector first, so a
//! process woken by a timer is not starved by a busy local queue. A worker that finds nothing
//! spins a few rounds ([`SPIN_ROUNDS`], bounded) and then parks on a condition variable. A
//! push wakes a parked worker unless another worker is already searching; a searching worker
//! that finds work wakes the next one if it was the last searcher (Tokio's scheme), so
//! parallelism ramps up without every push paying for a wake-up.
//!
//! # Process states and wake-ups
//!
//! ```text
//!            pop by a worker                  process suspends with Wait
//! RUNNABLE ───────────────────► RUNNING ───────────────────────────────► WAITING(_TIMED)
//!    ▲                           │   │ wake                                 │
//!    │ worker: CAS fails         │   ▼                                      │ wake
//!    └─────────────────────── NOTIFIED                                      ▼
//!    ◄──────────────────────────────────────────────────────────────── RUNNABLE (queued)
//! ```
//!
//! The receiver decides to park under its inbox lock (the queue is empty, so it sets
//! `waiting`); a sender appends under the same lock and, seeing `waiting`, calls [`wake`]. The
//! switch back to the worker happens after the lock is released, so a wake can arrive while the
//! process is still running or half-way through suspending: [`wake`] then only moves `RUNNING`
//! to `NOTIFIED`. Only once the coroutine has fully switched out does the worker try
//! `RUNNING → WAITING` with a compare-and-swap; if a wake got in first (`NOTIFIED`), the CAS
//! fails and the process is queued again at once. A wake of a parked process moves it
//! `WAITING → RUNNABLE` (one CAS, so exactly one waker queues it). Every transition is a single
//! atomic operation on one word, so no wake-up is lost and no process is queued twice.
//!
//! # The end of the program
//!
//! [`LIVE`] counts processes that can still make progress: running, runnable, or waiting with a
//! timer, plus pending `Timer.send_after` deliveries. A process parked without a timer is not
//! counted (only another process can wake it, and whoever wakes it counts it again before it can
//! run). When the count drops to zero after `main` has returned, nothing can ever run again: the
//! program is quiescent and `mesh_rt_start` returns 0. A crash of `main` (or its end through an
//! exit signal) ends the program at once with status 1.

pub(crate) mod blocking;
mod timer;

use std::sync::atomic::{fence, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};

use crossbeam_deque::{Injector, Steal, Stealer, Worker};
use crossbeam_utils::Backoff;

use crate::process::{state, Process, Step};

pub(crate) use timer::{add as add_timer, add_delivery};

/// A runnable process.
pub(crate) type Task = Arc<Process>;

/// Every this many turns a worker takes from the injector before its own queue.
pub const INJECTOR_INTERVAL: u32 = 61;

/// Rounds of looking for work (with exponential spinning) before an idle worker parks.
pub const SPIN_ROUNDS: u32 = 8;

/// The scheduler: the queues and the parking lot of idle workers.
pub(crate) struct Scheduler {
    injector: Injector<Task>,
    stealers: Vec<Stealer<Task>>,
    idle: Mutex<()>,
    wakeup: Condvar,
    /// Workers parked (or about to park) on `wakeup`.
    sleepers: AtomicUsize,
    /// Workers looking for work.
    searching: AtomicUsize,
}

static SCHEDULER: OnceLock<Scheduler> = OnceLock::new();

/// Processes that can still make progress (see the module documentation).
static LIVE: AtomicUsize = AtomicUsize::new(0);

/// Processes that parked, and processes whose parking was cancelled by a wake-up that arrived
/// while they were suspending (the race the state machine exists for). Statistics for tests.
static PARKED: AtomicU64 = AtomicU64::new(0);
static NOTIFIED_WHILE_PARKING: AtomicU64 = AtomicU64::new(0);

/// How the program ended: `None` while it runs.
static OUTCOME: Mutex<Option<i64>> = Mutex::new(None);
static ENDED: Condvar = Condvar::new();

/// The scheduler, started on first use.
pub(crate) fn get() -> &'static Scheduler {
    SCHEDULER.get_or_init(Scheduler::start)
}

/// The number of workers: `MESH_SCHEDULERS` if it is a positive number, else the number of
/// cores.
pub fn worker_count() -> usize {
    std::env::var("MESH_SCHEDULERS")
        .ok()
        .and_then(|text| text.trim().parse::<usize>().ok())
        .filter(|&count| count > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

impl Scheduler {
    fn start() -> Scheduler {
        let queues: Vec<Worker<Task>> = (0..worker_count()).map(|_| Worker::new_fifo()).collect();
        let stealers = queues.iter().map(Worker::stealer).collect();
        for (index, queue) in queues.into_iter().enumerate() {
            let spawned = std::thread::Builder::new()
                .name(format!("mesh-worker-{index}"))
                .spawn(move || worker_main(index, queue));
            if let Err(error) = spawned {
                panic!("cannot start the scheduler: {error}");
            }
        }
        timer::start();
        Scheduler {
            injector: Injector::new(),
            stealers,
            idle: Mutex::new(()),
            wakeup: Condvar::new(),
            sleepers: AtomicUsize::new(0),
            searching: AtomicUsize::new(0),
        }
    }

    /// Wakes a parked worker if there is one and nobody is searching already.
    fn notify(&self) {
        fence(Ordering::SeqCst);
        if self.searching.load(Ordering::SeqCst) == 0 && self.sleepers.load(Ordering::SeqCst) > 0 {
            let _idle = self
                .idle
                .lock()
                .unwrap_or_else(|poison| poison.into_inner());
            self.wakeup.notify_one();
        }
    }

    /// Whether any queue holds a process.
    fn has_work(&self) -> bool {
        !self.injector.is_empty() || self.stealers.iter().any(|stealer| !stealer.is_empty())
    }

    /// The next process from the worker's own queue or the injector.
    fn next_task(&self, queue: &Worker<Task>, turn: u32) -> Option<Task> {
        if turn.is_multiple_of(INJECTOR_INTERVAL) {
            if let Some(task) = self.steal_injector(queue) {
                return Some(task);
            }
        }
        queue.pop().or_else(|| self.steal_injector(queue))
    }

    fn steal_injector(&self, queue: &Worker<Task>) -> Option<Task> {
        loop {
            match self.injector.steal_batch_and_pop(queue) {
                Steal::Success(task) => return Some(task),
                Steal::Empty => return None,
                Steal::Retry => continue,
            }
        }
    }

    /// Steals from the other workers, starting after `index`.
    fn steal_others(&self, queue: &Worker<Task>, index: usize) -> Option<Task> {
        let count = self.stealers.len();
        for offset in 1..count {
            let stealer = &self.stealers[(index + offset) % count];
            loop {
                match stealer.steal_batch_and_pop(queue) {
                    Steal::Success(task) => return Some(task),
                    Steal::Empty => break,
                    Steal::Retry => continue,
                }
            }
        }
        None
    }

    /// Looks for work for a while (bounded), as a searching worker.
    fn search(&self, queue: &Worker<Task>, index: usize) -> Option<Task> {
        self.searching.fetch_add(1, Ordering::SeqCst);
        let backoff = Backoff::new();
        let mut found = None;
        for _ in 0..SPIN_ROUNDS {
            found = self
                .steal_injector(queue)
                .or_else(|| self.steal_others(queue, index));
            if found.is_some() {
                break;
            }
            backoff.spin();
        }
        let last = self.searching.fetch_sub(1, Ordering::SeqCst) == 1;
        if found.is_some() && last {
            self.notify();
        }
        found
    }

    /// Parks the calling worker until work may have arrived. Buffered output goes out first: a
    /// program that waits (a server, a node) shows what it printed without waiting to end.
    fn park(&self) {
        crate::io::flush_stdout();
        let idle = self
            .idle
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        self.sleepers.fetch_add(1, Ordering::SeqCst);
        fence(Ordering::SeqCst);
        if !self.has_work() {
            drop(self.wakeup.wait(idle));
        }
        self.sleepers.fetch_sub(1, Ordering::SeqCst);
    }
}

thread_local! {
    /// The run queue of the worker on this thread (null on other threads).
    static LOCAL_QUEUE: std::cell::Cell<*const Worker<Task>> =
        const { std::cell::Cell::new(std::ptr::null()) };
}

/// Pushes `task` onto this worker's queue; returns it back when this thread is not a worker.
/// Never inlined: see "Thread-locals and migration" in `crate::process`.
#[inline(never)]
fn push_local(task: Task) -> Result<usize, Task> {
    let queue = LOCAL_QUEUE.with(std::cell::Cell::get);
    // Safety: a non-null pointer is this thread's own queue, leaked by `worker_main` (so it
    // lives forever) and only used on this thread.
    match unsafe { queue.as_ref() } {
        Some(queue) => {
            queue.push(task);
            Ok(queue.len())
        }
        None => Err(task),
    }
}

fn worker_main(index: usize, queue: Worker<Task>) {
    crate::overflow::prepare_thread();
    let queue: &'static Worker<Task> = Box::leak(Box::new(queue));
    LOCAL_QUEUE.with(|cell| cell.set(queue));
    let scheduler = get();
    let mut turn: u32 = 0;
    loop {
        turn = turn.wrapping_add(1);
        let task = scheduler
            .next_task(queue, turn)
            .or_else(|| scheduler.search(queue, index));
        match task {
            Some(task) => run(task),
            None => scheduler.park(),
        }
    }
}

/// Runs `task` until it suspends, then does what it asked for.
fn run(task: Task) {
    task.state.store(state::RUNNING, Ordering::SeqCst);
    match task.run() {
        Step::Yield => {
            // A wake-up that arrived meanwhile (`NOTIFIED`) needs no record: the process runs
            // again and looks at its mailbox and deadline anyway.
            task.state.store(state::RUNNABLE, Ordering::SeqCst);
            schedule(task);
        }
        Step::Wait { timed } => park_process(task, timed),
        Step::Exit { crashed } => {
            task.finish(crashed);
            drop(task);
            live_dec();
        }
    }
}

/// Parks a process that asked to wait, unless it was woken meanwhile.
fn park_process(task: Task, timed: bool) {
    let parked = if timed {
        state::WAITING_TIMED
    } else {
        state::WAITING
    };
    let result =
        task.state
            .compare_exchange(state::RUNNING, parked, Ordering::SeqCst, Ordering::SeqCst);
    match result {
        Ok(_) => {
            PARKED.fetch_add(1, Ordering::Relaxed);
            // The process may already be running elsewhere: only drop our reference.
            drop(task);
            if !timed {
                live_dec();
            }
        }
        Err(_) => {
            // NOTIFIED: a wake-up arrived while it was suspending.
            NOTIFIED_WHILE_PARKING.fetch_add(1, Ordering::Relaxed);
            task.state.store(state::RUNNABLE, Ordering::SeqCst);
            schedule(task);
        }
    }
}

/// Makes a runnable process run: on this worker's queue, or the injector from other threads.
///
/// A process woken by the running one (say, by a message) that is alone in this worker's queue
/// runs here as soon as the current process suspends, which is soon (at most one budget of
/// reductions): waking another worker for it would cost a futex round trip and a cache
/// migration per message, the dominant cost of ping-pong between two processes. Another worker
/// is woken only when work piles up.
pub(crate) fn schedule(task: Task) {
    let scheduler = get();
    match push_local(task) {
        Ok(queued) if queued <= 1 => {}
        Ok(_) => scheduler.notify(),
        Err(task) => {
            scheduler.injector.push(task);
            scheduler.notify();
        }
    }
}

/// Wakes `process` if it waits (a message arrived or its timer fired); marks it `NOTIFIED` if
/// it is running; does nothing if it is queued or has exited.
pub(crate) fn wake(process: &Task) {
    let mut current = process.state.load(Ordering::SeqCst);
    loop {
        let next = match current {
            state::WAITING | state::WAITING_TIMED => state::RUNNABLE,
            state::RUNNING => state::NOTIFIED,
            _ => return,
        };
        match process
            .state
            .compare_exchange(current, next, Ordering::SeqCst, Ordering::SeqCst)
        {
            Ok(_) => {
                if current == state::WAITING {
                    LIVE.fetch_add(1, Ordering::SeqCst);
                }
                if next == state::RUNNABLE {
                    schedule(process.clone());
                }
                return;
            }
            Err(actual) => current = actual,
        }
    }
}

/// Keeps the program alive for good (a started distribution node: other nodes may connect and
/// send at any time, so it never becomes quiescent).
pub(crate) fn hold() {
    LIVE.fetch_add(1, Ordering::SeqCst);
}

/// Counts a new process and queues it.
pub(crate) fn spawned(process: Task) {
    LIVE.fetch_add(1, Ordering::SeqCst);
    schedule(process);
}

/// A process stopped counting (it exited, or parked without a timer).
fn live_dec() {
    if LIVE.fetch_sub(1, Ordering::SeqCst) == 1 {
        end_program(0);
    }
}

/// `main` crashed: the program ends with status 1.
pub(crate) fn main_crashed() {
    end_program(1);
}

fn end_program(status: i64) {
    let mut outcome = OUTCOME.lock().unwrap_or_else(|poison| poison.into_inner());
    if outcome.is_none() {
        *outcome = Some(status);
        ENDED.notify_all();
    }
}

/// How many times processes parked, and how many times a wake-up arrived while a process was
/// suspending to park (so it was queued again at once instead).
pub fn park_stats() -> (u64, u64) {
    (
        PARKED.load(Ordering::Relaxed),
        NOTIFIED_WHILE_PARKING.load(Ordering::Relaxed),
    )
}

/// Runs a program: starts the scheduler, runs `entry` as `main`, and waits until `main` has
/// returned and the program is quiescent (0) or `main` crashed (1).
pub fn run_program(entry: extern "C" fn() -> u64) -> Result<i64, String> {
    *OUTCOME.lock().unwrap_or_else(|poison| poison.into_inner()) = None;
    get();
    crate::process::spawn_main(entry)?;
    let mut outcome = OUTCOME.lock().unwrap_or_else(|poison| poison.into_inner());
    loop {
        if let Some(status) = *outcome {
            return Ok(status);
        }
        outcome = ENDED
            .wait(outcome)
            .unwrap_or_else(|poison| poison.into_inner());
    }
}
