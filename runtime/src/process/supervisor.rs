//! Supervisors (LANGUAGE.md §6.14). A `supervisor S` compiles to an actor whose body calls
//! `mesh_rt_supervise` with its settings and a function that runs child `i`'s `start:`; all
//! the policy lives here, running on the supervisor's own process.
//!
//! The supervisor traps exits and links to every child it starts, so a child's end arrives as
//! `(:exit, pid, reason)`. To stop a child it monitors it, sends the exit signal `shutdown` (or
//! `kill`), and waits for the DOWN — at most the child's shutdown time, then it kills it. The
//! pids of children it stopped or saw end are remembered, so that their (late) exits are never
//! mistaken for the exit of a parent. An exit from a linked process that is not a child (a
//! parent supervisor stopping this one) stops every child and ends the supervisor with that
//! reason.
//!
//! A start function runs Mesh code and may panic. The crash cannot unwind to here, so the
//! supervisor registers itself while it runs (`Local::supervisor`) and `crash_current` calls
//! [`on_crash`]: the children already started are stopped and the reason becomes `shutdown`.

use std::collections::{HashSet, VecDeque};
use std::time::{Duration, Instant};

use super::{
    deadline_after, monitor, require_current, signals, suspend, take_matching, trap_exit, Process,
    Suspend, DOWN_TYPE, EXIT_TYPE,
};
use crate::value::Closure;

/// The exit reason of a supervisor that gave up, and of a child it stops.
pub const SHUTDOWN: &str = "shutdown";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    OneForOne,
    OneForAll,
    RestForOne,
}

impl Strategy {
    /// The code generator's numbering: 0 one_for_one, 1 one_for_all, 2 rest_for_one,
    /// 3 simple_one_for_one (which behaves as one_for_one).
    pub fn from_code(code: i64) -> Strategy {
        match code {
            1 => Strategy::OneForAll,
            2 => Strategy::RestForOne,
            _ => Strategy::OneForOne,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Restart {
    Permanent,
    Transient,
    Temporary,
}

impl Restart {
    /// 0 permanent, 1 transient, 2 temporary.
    pub fn from_code(code: i64) -> Restart {
        match code {
            1 => Restart::Transient,
            2 => Restart::Temporary,
            _ => Restart::Permanent,
        }
    }

    /// Whether a child that ended with `reason` is restarted.
    fn restarts(self, reason: &str) -> bool {
        match self {
            Restart::Permanent => true,
            Restart::Transient => reason != signals::NORMAL && reason != SHUTDOWN,
            Restart::Temporary => false,
        }
    }
}

/// How a child is stopped: `Some(ms)` — a `shutdown` exit, then `kill` after `ms` ms; `None` —
/// `brutal_kill`.
pub type Shutdown = Option<u64>;

/// A supervisor's settings.
pub struct Spec {
    pub name: String,
    pub strategy: Strategy,
    pub max_restarts: u64,
    pub max_seconds: u64,
    pub children: Vec<ChildSpec>,
}

pub struct ChildSpec {
    pub restart: Restart,
    pub shutdown: Shutdown,
}

/// A running supervisor.
pub struct Supervisor {
    spec: Spec,
    /// Runs child `i`'s start function and returns its pid.
    start: Closure,
    /// The running pid of each child (`None`: not running, or forgotten if temporary).
    pids: Vec<Option<u64>>,
    /// Temporary children that ended: never started again.
    forgotten: Vec<bool>,
    /// When recent restarts happened, oldest first.
    restarts: VecDeque<Instant>,
    /// Children that ended or were stopped: their exits are not a parent's.
    former: HashSet<u64>,
}

/// Runs the supervisor `spec` in the running process; never returns (the process ends when the
/// supervisor gives up or is stopped).
pub fn supervise(spec: Spec, start: Closure) -> ! {
    let process = require_current();
    trap_exit(true);
    let n = spec.children.len();
    let mut supervisor = Supervisor {
        spec,
        start,
        pids: vec![None; n],
        forgotten: vec![false; n],
        restarts: VecDeque::new(),
        former: HashSet::new(),
    };
    supervisor.start_children(process, 0..n);
    loop {
        let Some(message) = take_matching(process, None, |_| true) else {
            continue;
        };
        if message.type_id != EXIT_TYPE {
            // A supervisor's pid is `Pid<()>`: anything else sent to it is discarded.
            continue;
        }
        // Safety: EXIT messages are tuples built by `signals::exit_message`.
        let (pid, reason) = unsafe { exit_fields(message.value) };
        drop(message);
        match supervisor.pids.iter().position(|&p| p == Some(pid)) {
            Some(i) => {
                supervisor.pids[i] = None;
                supervisor.former.insert(pid);
                supervisor.child_ended(process, i, &reason);
            }
            None if supervisor.former.contains(&pid) || reason == signals::NORMAL => {}
            None => {
                supervisor.stop_all(process);
                end(process, &reason);
            }
        }
    }
}

/// The sender and reason of an `(:exit, pid, reason)` message.
///
/// # Safety
///
/// `value` must be a live EXIT message tuple.
unsafe fn exit_fields(value: u64) -> (u64, String) {
    let tuple = value as *const u64;
    // Safety: the caller's contract: `(atom, pid, reason)`.
    unsafe {
        let pid = tuple.add(1).read();
        let reason = crate::string::Str::from_word(tuple.add(2).read())
            .as_str()
            .to_string();
        (pid, reason)
    }
}

/// Ends the running process with `reason` (no crash line: it did not panic).
fn end(process: &Process, reason: &str) -> ! {
    // Safety: the running process owns itself.
    unsafe { process.local().exit_reason = Some(reason.to_string()) };
    suspend(process, Suspend::Crash);
    // Nothing resumes an ended process.
    std::process::abort()
}

/// Called by `crash_current` when the running process panicked: if it is a supervisor running a
/// start function, stops the children it has started and makes its reason `shutdown`.
pub(super) fn on_crash(process: &Process) {
    // Safety: the running process owns itself.
    let Some(supervisor) = (unsafe { process.local().supervisor.take() }) else {
        return;
    };
    // Safety: the pointer was set by `start_child` on the frame still below this one on the
    // process's stack (the panic is in the start function it called), and nothing else uses
    // the supervisor until that frame is abandoned.
    let supervisor = unsafe { &mut *supervisor.as_ptr() };
    supervisor.stop_all(process);
    // Safety: as above.
    unsafe { process.local().exit_reason = Some(SHUTDOWN.to_string()) };
}

impl Supervisor {
    /// Starts children `range` (not forgotten ones) in declaration order.
    fn start_children(&mut self, process: &Process, range: std::ops::Range<usize>) {
        for i in range {
            if !self.forgotten[i] {
                self.start_child(process, i);
            }
        }
    }

    /// Runs child `i`'s start function inside this process and links to the pid it returns (a
    /// pid that is not alive comes back at once as an exit with `noproc`).
    fn start_child(&mut self, process: &Process, i: usize) {
        let this = std::ptr::NonNull::from(&mut *self);
        // Safety: the running process owns itself.
        unsafe { process.local().supervisor = Some(this) };
        let pid = self.start.call1(i as u64);
        // Safety: as above.
        unsafe { process.local().supervisor = None };
        self.pids[i] = Some(pid);
        super::link(pid);
    }

    /// Applies the restart policy to child `i`, which ended with `reason`.
    fn child_ended(&mut self, process: &Process, i: usize, reason: &str) {
        let restart = self.spec.children[i].restart;
        if restart == Restart::Temporary {
            self.forgotten[i] = true;
        }
        if !restart.restarts(reason) {
            return;
        }
        if !self.count_restart() {
            let spec = &self.spec;
            let line = format!(
                "[mesh] supervisor {} exceeded max_restarts ({} in {}s); shutting down\n",
                spec.name, spec.max_restarts, spec.max_seconds
            );
            self.stop_all(process);
            crate::io::write_stderr(&[line.as_bytes()]);
            end(process, SHUTDOWN);
        }
        let n = self.pids.len();
        match self.spec.strategy {
            Strategy::OneForOne => self.start_child(process, i),
            Strategy::OneForAll => {
                self.stop_range(process, 0..n);
                self.start_children(process, 0..n);
            }
            Strategy::RestForOne => {
                self.stop_range(process, i + 1..n);
                self.start_children(process, i..n);
            }
        }
    }

    /// Records a restart; false if it makes more than `max_restarts` within `max_seconds`.
    fn count_restart(&mut self) -> bool {
        let now = Instant::now();
        let window = Duration::from_secs(self.spec.max_seconds);
        while self
            .restarts
            .front()
            .is_some_and(|&t| now.duration_since(t) >= window)
        {
            self.restarts.pop_front();
        }
        self.restarts.push_back(now);
        self.restarts.len() as u64 <= self.spec.max_restarts
    }

    /// Stops every running child, in reverse start order.
    fn stop_all(&mut self, process: &Process) {
        let n = self.pids.len();
        self.stop_range(process, 0..n);
    }

    /// Stops the running children in `range`, in reverse order.
    fn stop_range(&mut self, process: &Process, range: std::ops::Range<usize>) {
        for i in range.rev() {
            if let Some(pid) = self.pids[i].take() {
                self.former.insert(pid);
                stop_child(process, pid, self.spec.children[i].shutdown);
            }
        }
    }
}

/// Stops `pid` (§6.14): a `shutdown` exit and up to `shutdown` ms for it to end, then `kill`;
/// or `kill` at once for `brutal_kill`. Returns once it has ended.
fn stop_child(process: &Process, pid: u64, shutdown: Shutdown) {
    let reference = monitor(pid);
    let is_down = |message: &super::Received| {
        message.type_id == DOWN_TYPE
            // Safety: DOWN messages are tuples built by `signals::down_message`.
            && unsafe { signals::down_reference(message.value) } == reference
    };
    let mut ended = false;
    if let Some(ms) = shutdown {
        super::exit(pid, SHUTDOWN);
        ended = take_matching(process, Some(deadline_after(ms)), is_down).is_some();
    }
    if !ended {
        super::exit(pid, "kill");
        take_matching(process, None, is_down);
    }
    // Safety: the running process owns itself; the DOWN is received.
    unsafe { process.local().monitoring.remove(&reference) };
}
