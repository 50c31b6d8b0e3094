//! Processes, the scheduler, mailboxes and crash isolation, driven through the C ABI exactly as
//! generated code drives it: `main` is run by `mesh_rt_start`, processes are `extern "C"` entry
//! functions, messages are words (immediates, or values copied into message buffers).
//!
//! Run without arguments, this binary re-executes itself once per scenario (the scenario named
//! by `MESH_RT_SCENARIO`, with `MESH_SCHEDULERS` set as the scenario needs), under a watchdog
//! that kills a run that hangs, and checks each run's exit status, stdout and stderr. Measured
//! numbers (round trips, spawn time, memory per idle process, timer lateness) are printed.

use std::ffi::{c_char, CString};
use std::hint::black_box;
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use mesh_rt::abi::gc::{mesh_rt_gc_collect, mesh_rt_gc_heap_bytes};
use mesh_rt::abi::io::mesh_rt_io_println;
use mesh_rt::abi::list::*;
use mesh_rt::abi::panic::{mesh_rt_panic, mesh_rt_stack_overflow};
use mesh_rt::abi::process::*;
use mesh_rt::abi::start::mesh_rt_start;
use mesh_rt::abi::string::*;
use mesh_rt::list::List;
use mesh_rt::string::{new as s, Str};

const SCENARIO: &str = "MESH_RT_SCENARIO";

/// Message type ids (any distinct words will do).
const INT: u64 = 0x1111;
const OTHER: u64 = 0x2222;
const LIST: u64 = 0x3333;

fn println(text: &str) {
    mesh_rt_io_println(s(text));
}

/// Sends an immediate (no buffer).
fn send(pid: u64, value: u64, type_id: u64) {
    // Safety: no buffer is handed over.
    unsafe { mesh_rt_send(pid, value, 0, type_id) };
}

/// Receives the oldest message of any type, waiting as long as needed.
fn recv() -> (u64, u64) {
    recv_where(|_, _| true)
}

/// Receives the oldest message accepted by `accept`, waiting as long as needed.
fn recv_where(accept: impl Fn(u64, u64) -> bool) -> (u64, u64) {
    mesh_rt_recv_begin(0, 0);
    loop {
        assert_eq!(mesh_rt_recv_next(), 1, "an untimed receive never times out");
        let (value, type_id) = (mesh_rt_recv_message(), mesh_rt_recv_type());
        if accept(value, type_id) {
            mesh_rt_recv_take();
            return (value, type_id);
        }
    }
}

/// Receives any message within `ms` milliseconds.
fn recv_within(ms: i64) -> Option<u64> {
    mesh_rt_recv_begin(1, ms);
    if mesh_rt_recv_next() == 1 {
        let value = mesh_rt_recv_message();
        mesh_rt_recv_take();
        return Some(value);
    }
    None
}

fn spawn(entry: extern "C" fn(u64) -> u64, arg: u64) -> u64 {
    // Safety: no buffer is handed over.
    unsafe { mesh_rt_spawn(entry, arg, 0) }
}

fn rss_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = status.lines().find(|line| line.starts_with(field));
    line.and_then(|line| line.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------------------------
// Ping-pong

const ROUND_TRIPS: u64 = 100_000;

/// Replies `n + 1` to the sender named in the message, until it gets 0.
extern "C" fn ponger(_: u64) -> u64 {
    let pinger = recv().0;
    loop {
        let (n, _) = recv();
        if n == 0 {
            return 0;
        }
        send(pinger, n + 1, INT);
    }
}

/// Sends `1, 3, 5, …` and checks each reply; reports to `main` (the arg) when done.
extern "C" fn pinger(main: u64) -> u64 {
    let pong = spawn(ponger, 0);
    send(pong, mesh_rt_self(), INT);
    let start = Instant::now();
    let mut n = 1;
    for _ in 0..ROUND_TRIPS {
        send(pong, n, INT);
        let (reply, _) = recv();
        assert_eq!(reply, n + 1);
        n += 2;
    }
    let nanos = start.elapsed().as_nanos() as u64;
    send(pong, 0, INT);
    send(main, nanos, INT);
    0
}

extern "C" fn ping_pong() -> u64 {
    spawn(pinger, mesh_rt_self());
    let nanos = recv().0;
    println(&format!(
        "{ROUND_TRIPS} round trips, {:.2} us each",
        nanos as f64 / ROUND_TRIPS as f64 / 1000.0
    ));
    0
}

// ---------------------------------------------------------------------------------------------
// Many processes

const MANY: u64 = 100_000;

/// Tells `main` it is ready, waits for one message and replies with it doubled.
extern "C" fn idle_child(main: u64) -> u64 {
    send(main, mesh_rt_self(), INT);
    let (n, _) = recv();
    send(main, n * 2, INT);
    0
}

extern "C" fn many_processes() -> u64 {
    let me = mesh_rt_self();
    let before = rss_kib("VmRSS:");
    let tables_before = rss_kib("VmPTE:");
    let start = Instant::now();
    let pids: Vec<u64> = (0..MANY).map(|_| spawn(idle_child, me)).collect();
    let spawn_ns = start.elapsed().as_nanos() as u64 / MANY;
    for _ in 0..MANY {
        recv();
    }
    let all_ready = start.elapsed();
    // Every child has sent `ready`; give the last ones time to park.
    mesh_rt_timer_sleep(100);
    let idle = rss_kib("VmRSS:");
    let per_process = (idle.saturating_sub(before)) * 1024 / MANY;
    let tables = (rss_kib("VmPTE:").saturating_sub(tables_before)) * 1024 / MANY;
    for (i, &pid) in pids.iter().enumerate() {
        send(pid, i as u64, INT);
    }
    let mut sum = 0;
    for _ in 0..MANY {
        sum += recv().0;
    }
    assert_eq!(sum, MANY * (MANY - 1));
    let total = start.elapsed();
    mesh_rt_timer_sleep(50);
    let after = rss_kib("VmRSS:");
    println(&format!(
        "{MANY} processes: spawn {spawn_ns} ns each, all ready after {} ms, done after {} ms",
        all_ready.as_millis(),
        total.as_millis()
    ));
    println(&format!(
        "RSS before {before} KiB, all idle {idle} KiB ({per_process} bytes per idle process, \
         plus {tables} bytes of page tables), after they exited {after} KiB"
    ));
    assert!(
        per_process < 32 * 1024,
        "{per_process} bytes per idle process"
    );
    println("many ok");
    0
}

// ---------------------------------------------------------------------------------------------
// Selective receive

static TRIES: AtomicU64 = AtomicU64::new(0);

/// Waits for `OTHER` messages while `INT` ones pile up, counting how often each is looked at.
extern "C" fn selective_child(main: u64) -> u64 {
    // 1. A receive that accepts only OTHER skips the INTs, which stay, in order.
    let tried = std::cell::RefCell::new(Vec::new());
    let (first, _) = recv_where(|value, type_id| {
        tried.borrow_mut().push(value);
        type_id == OTHER
    });
    // Each message was tried at most once during that receive.
    let mut seen = tried.borrow().clone();
    let count = seen.len();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(
        seen.len(),
        count,
        "a message was tried twice: {:?}",
        tried.borrow()
    );
    TRIES.store(count as u64, Ordering::SeqCst);
    // 2. Skipped messages are received later in arrival order.
    let mut order = vec![first];
    for _ in 0..3 {
        order.push(recv_where(|_, type_id| type_id == INT).0);
    }
    // 3. A message of a type no arm takes never matches; `after 0` scans once and gives up.
    mesh_rt_recv_begin(1, 0);
    let mut scanned = 0;
    while mesh_rt_recv_next() == 1 {
        scanned += 1;
        assert_eq!(mesh_rt_recv_type(), LIST);
    }
    order.push(scanned);
    let text: Vec<String> = order.iter().map(u64::to_string).collect();
    println(&format!("selective: {}", text.join(" ")));
    send(main, 0, INT);
    0
}

extern "C" fn selective() -> u64 {
    let child = spawn(selective_child, mesh_rt_self());
    send(child, 1, INT);
    send(child, 2, INT);
    mesh_rt_timer_sleep(20); // the child now waits, having tried 1 and 2
    send(child, 3, INT);
    send(child, 77, LIST);
    send(child, 100, OTHER);
    recv();
    println(&format!("tries: {}", TRIES.load(Ordering::SeqCst)));
    0
}

// ---------------------------------------------------------------------------------------------
// Timeouts and fairness

static STOP: AtomicBool = AtomicBool::new(false);
static SPINS: AtomicU64 = AtomicU64::new(0);

/// Spins, calling `mesh_rt_yield` every 1,000 iterations, until `STOP`.
extern "C" fn busy(main: u64) -> u64 {
    let mut i: u64 = 0;
    while !STOP.load(Ordering::Relaxed) {
        i = black_box(i + 1);
        if i.is_multiple_of(1000) {
            mesh_rt_yield();
        }
    }
    SPINS.store(i, Ordering::SeqCst);
    send(main, 0, INT);
    0
}

/// Sleeps 10 ms (while `busy` hogs the worker) and reports how late it woke.
extern "C" fn sleeper(main: u64) -> u64 {
    let start = Instant::now();
    mesh_rt_timer_sleep(10);
    let late = start.elapsed().as_micros() as u64;
    STOP.store(true, Ordering::SeqCst);
    send(main, late, INT);
    0
}

extern "C" fn timeouts() -> u64 {
    // A receive with a deadline and no message fires, not early.
    let start = Instant::now();
    assert_eq!(recv_within(20), None);
    let waited = start.elapsed();
    assert!(waited >= Duration::from_millis(20), "{waited:?}");
    // `after 0` with messages that do not match scans once and returns at once.
    send(mesh_rt_self(), 5, OTHER);
    mesh_rt_recv_begin(1, 0);
    let mut scanned = 0;
    while mesh_rt_recv_next() == 1 {
        scanned += 1;
    }
    assert_eq!(scanned, 1);
    // A negative timeout behaves as 0.
    mesh_rt_recv_begin(1, -5);
    assert_eq!(mesh_rt_recv_next(), 1);
    assert_eq!(mesh_rt_recv_next(), 0);
    assert_eq!(recv().0, 5);
    // A matching message arriving before the deadline wins.
    send(mesh_rt_self(), 6, INT);
    assert_eq!(recv_where(|_, type_id| type_id == INT).0, 6);
    // A busy process that yields does not starve a sleeping one's timer.
    let me = mesh_rt_self();
    spawn(busy, me);
    spawn(sleeper, me);
    // `busy` replies 0, `sleeper` how late it woke.
    let late = recv().0.max(recv().0);
    println(&format!(
        "receive after 20: woke after {} us; sleep 10 beside a busy process: woke after at most {} us",
        waited.as_micros(),
        late
    ));
    assert!(SPINS.load(Ordering::SeqCst) > 0);
    println("timeouts ok");
    0
}

// ---------------------------------------------------------------------------------------------
// Crash isolation

extern "C" fn panics(_: u64) -> u64 {
    mesh_rt_panic(s("division by zero"))
}

extern "C" fn empty_head(_: u64) -> u64 {
    mesh_rt_list_head(mesh_rt_list_empty())
}

extern "C" fn rust_panic(_: u64) -> u64 {
    // Out of range on purpose: the Rust bounds check panics inside the runtime function.
    mesh_rt_list_get_unchecked(mesh_rt_list_empty(), 7)
}

/// Recursion with the stack check generated code performs at every function entry.
#[inline(never)]
fn checked_recursion(depth: u64) -> u64 {
    let frame = black_box([depth; 16]);
    let limit = mesh_rt::tls::stack_limit();
    if (&frame as *const _ as u64) < limit {
        mesh_rt_stack_overflow();
    }
    checked_recursion(depth + 1) + frame[3]
}

extern "C" fn overflows(_: u64) -> u64 {
    checked_recursion(0)
}

extern "C" fn crash_in_callback(xs: u64) -> u64 {
    extern "C" fn boom(_: *const mesh_rt::layout::MeshClosure, _: u64) -> u64 {
        mesh_rt_panic(s("no matching clause for closure"))
    }
    let f = mesh_rt::gc::alloc_words(2);
    // Safety: a fresh two-word closure object (code, no copy function).
    unsafe {
        f.write(boom as *const () as u64);
        f.add(1).write(0);
    }
    // Safety: a list of Ints is in `xs`'s word.
    let xs = unsafe { List::from_word(xs) };
    // Safety: `f` is a closure of arity 1.
    let f = unsafe { mesh_rt::value::Closure::from_ptr(f.cast()) };
    mesh_rt_list_map(xs, f).word()
}

/// Survives the others' crashes: echoes one message.
extern "C" fn survivor(main: u64) -> u64 {
    let (n, _) = recv();
    send(main, n + 1, INT);
    0
}

extern "C" fn crashes() -> u64 {
    let me = mesh_rt_self();
    let alive = spawn(survivor, me);
    for entry in [panics, empty_head, rust_panic, overflows] {
        spawn(entry, 0);
    }
    let buf = mesh_rt_msg_begin();
    let xs = mesh_rt_list_append(mesh_rt_list_empty(), 1);
    mesh_rt_msg_end(buf);
    // Safety: `buf` holds `xs` and is handed over once.
    unsafe { mesh_rt_spawn(crash_in_callback, xs.word(), buf) };
    mesh_rt_timer_sleep(50);
    assert_eq!(
        mesh_rt::process::count(),
        2,
        "main and the survivor are left"
    );
    send(alive, 41, INT);
    assert_eq!(recv().0, 42);
    println("crashes ok");
    0
}

extern "C" fn main_crashes() -> u64 {
    let me = mesh_rt_self();
    spawn(busy, me);
    println("main about to crash");
    mesh_rt_timer_sleep(5);
    mesh_rt_panic(s("boom"))
}

extern "C" fn main_crashes_in_callback() -> u64 {
    crash_in_callback(mesh_rt_list_append(mesh_rt_list_empty(), 1).word())
}

// ---------------------------------------------------------------------------------------------
// Wake-up races

const SENDERS: u64 = 8;
const PER_SENDER: u64 = 125_000;

/// Sends `PER_SENDER` messages `(sender << 32) | i` to the receiver, yielding after each one
/// (odd senders) or now and then (even senders), so that the receiver keeps emptying its mailbox
/// and parking while other senders are half-way through a send.
extern "C" fn race_sender(packed: u64) -> u64 {
    let (receiver, index) = (packed >> 8, packed & 0xff);
    let every = if index % 2 == 1 { 1 } else { 97 };
    for i in 0..PER_SENDER {
        send(receiver, (index << 32) | i, INT);
        if i.is_multiple_of(every) {
            mesh_rt_yield();
        }
    }
    0
}

/// Receives every message, alternating timed and untimed receives, checking per-sender order.
extern "C" fn race_receiver(main: u64) -> u64 {
    let mut next = [0u64; SENDERS as usize];
    let mut timeouts = 0;
    for i in 0..SENDERS * PER_SENDER {
        let value = if i % 3 == 0 {
            loop {
                match recv_within(1000) {
                    Some(value) => break value,
                    None => timeouts += 1,
                }
            }
        } else {
            recv().0
        };
        let (sender, n) = ((value >> 32) as usize, value & 0xffff_ffff);
        assert_eq!(n, next[sender], "messages from one sender arrive in order");
        next[sender] += 1;
    }
    send(main, timeouts, INT);
    0
}

extern "C" fn wakeup_race() -> u64 {
    let start = Instant::now();
    let receiver = spawn(race_receiver, mesh_rt_self());
    for index in 0..SENDERS {
        spawn(race_sender, (receiver << 8) | index);
    }
    let timeouts = recv().0;
    let (parked, notified) = mesh_rt::sched::park_stats();
    println(&format!(
        "{} messages from {SENDERS} senders in {} ms ({timeouts} receive timeouts, \
         {parked} parks, {notified} wake-ups while parking)",
        SENDERS * PER_SENDER,
        start.elapsed().as_millis()
    ));
    0
}

/// Many pairs bouncing a token, each side waiting in a fresh receive every time: stresses
/// wake-ups that arrive while the receiver is half-way through parking. Tells `main` when done.
extern "C" fn bouncer(main: u64) -> u64 {
    let partner = recv().0;
    loop {
        let (n, _) = recv();
        if n == 0 {
            send(partner, 0, INT);
            send(main, 0, INT);
            return 0;
        }
        send(partner, n - 1, INT);
    }
}

extern "C" fn bounce_pairs() -> u64 {
    let me = mesh_rt_self();
    for _ in 0..50 {
        let (a, b) = (spawn(bouncer, me), spawn(bouncer, me));
        send(a, b, INT);
        send(b, a, INT);
        send(a, 20_000, INT);
    }
    for _ in 0..100 {
        recv();
    }
    let (parked, notified) = mesh_rt::sched::park_stats();
    println(&format!(
        "bounced 1000000 messages: {parked} parks, {notified} wake-ups while parking"
    ));
    0
}

// ---------------------------------------------------------------------------------------------
// Collection with adopted message buffers

/// A list of `n` strings `"<base + i>"`, built in a message buffer.
fn message_list(base: i64, n: i64) -> (u64, u64) {
    let buf = mesh_rt_msg_begin();
    let mut xs = mesh_rt_list_empty();
    for i in 0..n {
        xs = mesh_rt_list_append(xs, mesh_rt_string_from_int(base + i).word());
    }
    mesh_rt_msg_end(buf);
    (xs.word(), buf)
}

fn check_list(word: u64, base: i64, n: i64) {
    // Safety: the tests only pass lists of strings built by `message_list`.
    let xs = unsafe { List::from_word(word) };
    assert_eq!(xs.len() as i64, n);
    for (i, &item) in xs.items().iter().enumerate() {
        // Safety: as above.
        let text = unsafe { Str::from_word(item) };
        assert_eq!(text.as_str(), (base + i as i64).to_string());
    }
}

/// Waits for `LIST` messages while ignoring `INT` ones (which stay in the mailbox, as roots),
/// collecting garbage all along, then checks everything it kept.
extern "C" fn gc_receiver(main: u64) -> u64 {
    let mut kept = mesh_rt_list_empty();
    for round in 0..50 {
        let (value, _) = recv_where(|_, type_id| type_id == LIST);
        check_list(value, round * 1000, 300);
        // Keep every fifth list; drop the rest.
        if round % 5 == 0 {
            kept = mesh_rt_list_append(kept, value);
        }
        churn();
        mesh_rt_gc_collect();
    }
    for (i, &list) in kept.items().iter().enumerate() {
        check_list(list, i as i64 * 5000, 300);
    }
    // The INT-typed lists were never received: they stayed alive as mailbox roots.
    for round in 0..10 {
        let (value, _) = recv_where(|_, type_id| type_id == INT);
        check_list(value, 1_000_000 + round * 100, 50);
    }
    black_box(kept);
    let live = mesh_rt_gc_heap_bytes();
    send(main, live, INT);
    0
}

#[inline(never)]
fn churn() {
    for i in 0..2000 {
        black_box(mesh_rt_string_concat(
            mesh_rt_string_from_int(i),
            s(" garbage"),
        ));
    }
}

extern "C" fn gc_messages() -> u64 {
    let receiver = spawn(gc_receiver, mesh_rt_self());
    for round in 0..10 {
        let (xs, buf) = message_list(1_000_000 + round * 100, 50);
        // Safety: `buf` holds `xs` and is handed over once.
        unsafe { mesh_rt_send(receiver, xs, buf, INT) };
    }
    for round in 0..50 {
        let (xs, buf) = message_list(round * 1000, 300);
        // Safety: as above.
        unsafe { mesh_rt_send(receiver, xs, buf, LIST) };
        if round % 7 == 0 {
            mesh_rt_timer_sleep(1);
        }
    }
    let live = recv().0;
    assert!(live < 4 << 20, "{live} bytes live in the receiver");
    // Messages to a process that has exited are dropped (and their buffers freed).
    mesh_rt_timer_sleep(10);
    let (xs, buf) = message_list(0, 10);
    // Safety: as above.
    unsafe { mesh_rt_send(receiver, xs, buf, LIST) };
    println(&format!(
        "gc ok ({live} bytes live in the receiver at the end)"
    ));
    0
}

/// A spawn argument copied through a buffer.
extern "C" fn greeter(words: u64) -> u64 {
    check_list(words, 7, 3);
    println("greeter got its argument");
    0
}

extern "C" fn spawn_with_buffer() -> u64 {
    let (xs, buf) = message_list(7, 3);
    // Safety: `buf` holds `xs` and is handed over once.
    unsafe { mesh_rt_spawn(greeter, xs, buf) };
    let (xs, buf) = message_list(0, 20_000);
    // Safety: as above.
    unsafe { mesh_rt_spawn(drops_its_argument, xs, buf) };
    0
}

/// Checks a large argument, stops referring to it, and checks that a collection frees it.
extern "C" fn drops_its_argument(words: u64) -> u64 {
    check_list(words, 0, 20_000);
    let before = mesh_rt_gc_heap_bytes();
    let after = collect_with_clean_stack();
    assert!(before > 400_000, "{before}");
    assert!(
        after < before / 10,
        "the argument was retained: {after} of {before} bytes"
    );
    println("the spawn argument was collected");
    0
}

#[inline(never)]
fn collect_with_clean_stack() -> u64 {
    clear_stack();
    mesh_rt_gc_collect();
    mesh_rt_gc_heap_bytes()
}

/// Overwrites the stack below the caller, so that stale copies of pointers do not act as roots.
#[inline(never)]
fn clear_stack() {
    let mut junk = [0u64; 4096];
    black_box(&mut junk);
}

// ---------------------------------------------------------------------------------------------
// Program exit

extern "C" fn blocked_forever(_: u64) -> u64 {
    recv();
    println("never printed");
    0
}

extern "C" fn late_printer(_: u64) -> u64 {
    assert_eq!(recv_within(50), None);
    println("timed out after main returned");
    0
}

extern "C" fn quiescence() -> u64 {
    spawn(blocked_forever, 0);
    spawn(late_printer, 0);
    println("main returns");
    0
}

// ---------------------------------------------------------------------------------------------
// Links, monitors, exit signals, the registry and send_after

const DOWN: u64 = mesh_rt::process::DOWN_TYPE;
const EXIT: u64 = mesh_rt::process::EXIT_TYPE;

/// Word `i` of the tuple `value`.
fn field(value: u64, i: usize) -> u64 {
    // Safety: the tests only read fields of tuples that have them (system messages).
    unsafe { (value as *const u64).add(i).read() }
}

/// The text of the string `word`.
fn text(word: u64) -> String {
    // Safety: the tests only pass string fields of system messages.
    unsafe { Str::from_word(word) }.as_str().to_string()
}

/// Receives a `(:down, ref, pid, reason)` message: `(ref, pid, reason)`.
fn recv_down() -> (u64, u64, String) {
    let (value, _) = recv_where(|_, type_id| type_id == DOWN);
    assert_eq!(text(field(value, 0)), "down");
    (field(value, 1), field(value, 2), text(field(value, 3)))
}

/// Receives the DOWN message of monitor `reference`: `(pid, reason)`.
fn recv_down_of(reference: u64) -> (u64, String) {
    let (value, _) = recv_where(|value, type_id| type_id == DOWN && field(value, 1) == reference);
    (field(value, 2), text(field(value, 3)))
}

/// Receives an `(:exit, pid, reason)` message: `(pid, reason)`.
fn recv_exit() -> (u64, String) {
    let (value, _) = recv_where(|_, type_id| type_id == EXIT);
    assert_eq!(text(field(value, 0)), "exit");
    (field(value, 1), text(field(value, 2)))
}

/// Any message within `ms` ms: `(value, type_id)`.
fn recv_any_within(ms: i64) -> Option<(u64, u64)> {
    mesh_rt_recv_begin(1, ms);
    if mesh_rt_recv_next() == 1 {
        let got = (mesh_rt_recv_message(), mesh_rt_recv_type());
        mesh_rt_recv_take();
        return Some(got);
    }
    None
}

fn pid_text(pid: u64) -> String {
    mesh_rt_pid_to_string(pid).as_str().to_string()
}

/// Packs a process's two pid arguments.
fn pack(a: u64, b: u64) -> u64 {
    (a << 32) | b
}

fn unpack(arg: u64) -> (u64, u64) {
    (arg >> 32, arg & 0xffff_ffff)
}

const READY: u64 = 0x5151;
const GO: u64 = 0x6161;

/// Links to `prev`, tells `driver` it is ready, then waits in a `receive` forever.
extern "C" fn chain_waiter(arg: u64) -> u64 {
    let (driver, prev) = unpack(arg);
    mesh_rt_link(prev);
    send(driver, mesh_rt_self(), READY);
    recv_where(|_, type_id| type_id == GO);
    println("waiter: never printed");
    0
}

/// Links to `prev`, tells `driver` it is ready, then sleeps for a minute.
extern "C" fn chain_sleeper(arg: u64) -> u64 {
    let (driver, prev) = unpack(arg);
    mesh_rt_link(prev);
    send(driver, mesh_rt_self(), READY);
    mesh_rt_timer_sleep(60_000);
    println("sleeper: never printed");
    0
}

/// Links to `prev`, tells `driver` it is ready, then spins, yielding now and then.
extern "C" fn chain_spinner(arg: u64) -> u64 {
    let (driver, prev) = unpack(arg);
    mesh_rt_link(prev);
    send(driver, mesh_rt_self(), READY);
    let mut i: u64 = 0;
    loop {
        i = black_box(i + 1);
        if i.is_multiple_of(1000) {
            mesh_rt_yield();
        }
    }
}

/// Links to `prev`, tells `driver` it is ready, then panics when told to.
extern "C" fn chain_crasher(arg: u64) -> u64 {
    let (driver, prev) = unpack(arg);
    mesh_rt_link(prev);
    send(driver, mesh_rt_self(), READY);
    recv_where(|_, type_id| type_id == GO);
    mesh_rt_panic(s("boom"))
}

/// driver — waiter — sleeper — spinner — crasher, linked in a chain; the driver traps exits
/// and monitors everyone. The crasher's panic ends the chain with its reason.
extern "C" fn link_chain_driver(main: u64) -> u64 {
    let me = mesh_rt_self();
    assert_eq!(mesh_rt_process_trap_exit(1), 0);
    let start = Instant::now();
    let mut prev = me;
    let mut pids = Vec::new();
    for entry in [chain_waiter, chain_sleeper, chain_spinner, chain_crasher] {
        let pid = spawn(entry, pack(me, prev));
        recv_where(|value, type_id| type_id == READY && value == pid);
        pids.push(pid);
        prev = pid;
    }
    let refs: Vec<u64> = pids
        .iter()
        .map(|&pid| mesh_rt_process_monitor(pid))
        .collect();
    send(pids[3], 0, GO);
    let names = ["waiter", "sleeper", "spinner", "crasher"];
    for (i, &reference) in refs.iter().enumerate() {
        let (pid, reason) = recv_down_of(reference);
        assert_eq!(pid, pids[i]);
        println(&format!("{} down: {reason}", names[i]));
    }
    let (from, reason) = recv_exit();
    assert_eq!(from, pids[0], "the driver is linked to the waiter only");
    println(&format!("driver trapped: {reason}"));
    assert_eq!(recv_any_within(50), None, "nothing else arrives");
    assert!(start.elapsed() < Duration::from_secs(10));
    send(main, 0, INT);
    0
}

/// Returns normally when told to.
extern "C" fn quick(_: u64) -> u64 {
    recv();
    0
}

extern "C" fn link_chain() -> u64 {
    spawn(link_chain_driver, mesh_rt_self());
    recv();
    // A normal exit is not propagated: `main` stays alive.
    let q = spawn(quick, 0);
    mesh_rt_link(q);
    mesh_rt_link(q);
    let r = mesh_rt_process_monitor(q);
    send(q, 0, INT);
    assert_eq!(recv_down_of(r).1, "normal");
    println("main survives a normal exit of a linked process");
    // Linking to oneself does nothing.
    mesh_rt_link(mesh_rt_self());
    println("links ok");
    0
}

/// Panics when told to.
extern "C" fn crash_on_message(_: u64) -> u64 {
    recv();
    mesh_rt_panic(s("bad thing"))
}

/// Sends an exit signal `reason` (packed with the target) and returns.
extern "C" fn signaller(arg: u64) -> u64 {
    let (target, code) = unpack(arg);
    let reason = match code {
        0 => "normal",
        1 => "custom reason",
        _ => "kill",
    };
    mesh_rt_process_exit(target, s(reason));
    0
}

extern "C" fn trapper(main: u64) -> u64 {
    let me = mesh_rt_self();
    assert_eq!(mesh_rt_process_trap_exit(1), 0);
    assert_eq!(mesh_rt_process_trap_exit(1), 1);
    // A linked process that crashes, then one that returns: both arrive as messages.
    let a = spawn(crash_on_message, 0);
    mesh_rt_link(a);
    send(a, 0, INT);
    let (from, reason) = recv_exit();
    println(&format!("trapped crash: {reason} (from a: {})", from == a));
    let b = spawn(quick, 0);
    mesh_rt_link(b);
    send(b, 0, INT);
    let (from, reason) = recv_exit();
    println(&format!("trapped normal: {reason} (from b: {})", from == b));
    // Linking to a dead pid or to none: an immediate `noproc`.
    mesh_rt_link(a);
    let (from, reason) = recv_exit();
    println(&format!(
        "trapped link to dead: {reason} (from a: {})",
        from == a
    ));
    mesh_rt_link(0);
    let (from, reason) = recv_exit();
    println(&format!(
        "trapped link to none: {reason} (from none: {})",
        from == 0
    ));
    // Exit signals from Process.exit, `normal` included, name their sender.
    let s0 = spawn(signaller, pack(me, 0));
    let (from, reason) = recv_exit();
    println(&format!(
        "trapped exit signal: {reason} (from the signaller: {})",
        from == s0
    ));
    let s1 = spawn(signaller, pack(me, 1));
    let (from, reason) = recv_exit();
    println(&format!(
        "trapped exit signal: {reason} (from the signaller: {})",
        from == s1
    ));
    // After unlink, nothing arrives from the former link.
    let c = spawn(crash_on_message, 0);
    mesh_rt_link(c);
    mesh_rt_process_unlink(c);
    mesh_rt_process_unlink(c);
    let rc = mesh_rt_process_monitor(c);
    send(c, 0, INT);
    assert_eq!(recv_down_of(rc).1, "bad thing");
    assert_eq!(recv_any_within(30), None, "no exit message after unlink");
    println("nothing after unlink");
    // Ordinary messages still work.
    send(me, 42, INT);
    println(&format!(
        "ordinary message: {}",
        recv_where(|_, t| t == INT).0
    ));
    assert_eq!(mesh_rt_process_trap_exit(0), 1);
    assert_eq!(mesh_rt_process_trap_exit(1), 0);
    // `kill` ends a trapping process: tell main, then wait for it.
    send(main, me, INT);
    recv_where(|_, type_id| type_id == GO);
    println("trapper: never printed");
    0
}

extern "C" fn trap_exit() -> u64 {
    let t = spawn(trapper, mesh_rt_self());
    let rt = mesh_rt_process_monitor(t);
    recv_where(|value, type_id| type_id == INT && value == t);
    spawn(signaller, pack(t, 2));
    println(&format!("trapper down: {}", recv_down_of(rt).1));
    println("trap ok");
    0
}

/// Returns or crashes, as told.
extern "C" fn worker(_: u64) -> u64 {
    let (n, _) = recv();
    if n == 1 {
        mesh_rt_panic(s("division by zero"));
    }
    0
}

extern "C" fn monitors() -> u64 {
    let me = mesh_rt_self();
    // DOWN with `normal`, with the pid, once per monitor.
    let a = spawn(worker, 0);
    let ra = mesh_rt_process_monitor(a);
    let ra2 = mesh_rt_process_monitor(a);
    assert!(ra > 0 && ra2 > 0 && ra != ra2);
    send(a, 0, INT);
    let (r, pid, reason) = recv_down();
    println(&format!(
        "a: {reason}, ref ok: {}, pid ok: {}",
        r == ra || r == ra2,
        pid_text(pid) == pid_text(a)
    ));
    let (r2, _, reason2) = recv_down();
    assert_eq!(
        (r.min(r2), r.max(r2), reason2.as_str()),
        (ra.min(ra2), ra.max(ra2), "normal")
    );
    // DOWN with the panic message.
    let b = spawn(worker, 0);
    let rb = mesh_rt_process_monitor(b);
    send(b, 1, INT);
    println(&format!("b: {}", recv_down_of(rb).1));
    // Already dead, and none: at once with `noproc`.
    let ra3 = mesh_rt_process_monitor(a);
    let (pid, reason) = recv_down_of(ra3);
    println(&format!("a again: {reason} (pid ok: {})", pid == a));
    let rn = mesh_rt_process_monitor(0);
    let (pid, reason) = recv_down_of(rn);
    println(&format!("none: {reason} (pid: {})", pid_text(pid)));
    // After a DOWN was received, demonitor says 1.
    assert_eq!(mesh_rt_process_demonitor(rb), 1);
    // Demonitor of a live target: 0, then 1; no DOWN afterwards.
    let c = spawn(worker, 0);
    let rc = mesh_rt_process_monitor(c);
    println(&format!("demonitor: {}", mesh_rt_process_demonitor(rc)));
    println(&format!(
        "demonitor again: {}",
        mesh_rt_process_demonitor(rc)
    ));
    let rc2 = mesh_rt_process_monitor(c);
    send(c, 0, INT);
    recv_down_of(rc2);
    assert!(
        recv_any_within(30).is_none(),
        "no DOWN for a removed monitor"
    );
    println("no DOWN after demonitor");
    // The DOWN is already queued when demonitor runs: it is discarded.
    let d = spawn(worker, 0);
    let rd = mesh_rt_process_monitor(d);
    let rd2 = mesh_rt_process_monitor(d);
    send(d, 0, INT);
    recv_down_of(rd2); // so rd's DOWN has been delivered too
    send(me, 7, INT);
    // Take the inbox in (both messages are now in the taken-in list).
    mesh_rt_recv_begin(1, 0);
    while mesh_rt_recv_next() == 1 {}
    println(&format!(
        "demonitor with a queued DOWN: {}",
        mesh_rt_process_demonitor(rd)
    ));
    assert_eq!(recv_any_within(20), Some((7, INT)), "only the Int is left");
    assert_eq!(recv_any_within(20), None);
    // A DOWN still in the inbox (not taken in) is discarded too.
    let e = spawn(worker, 0);
    let re = mesh_rt_process_monitor(e);
    let probe = mesh_rt_process_monitor(e);
    send(e, 1, INT);
    mesh_rt_timer_sleep(30); // e has crashed; both DOWNs wait in the inbox
    println(&format!(
        "demonitor with a DOWN in the inbox: {}",
        mesh_rt_process_demonitor(re)
    ));
    assert_eq!(recv_down().0, probe);
    assert_eq!(recv_any_within(20), None);
    println("monitors ok");
    0
}

extern "C" fn holder(_: u64) -> u64 {
    recv();
    0
}

/// Waits until `name` is no longer registered.
fn wait_gone(name: &str) {
    while mesh_rt_process_whereis(s(name)) != 0 {
        mesh_rt_timer_sleep(2);
    }
}

extern "C" fn registry() -> u64 {
    let p = spawn(holder, 0);
    let name = |n: &str| s(n);
    println(&format!(
        "register: {}",
        mesh_rt_process_register(name("keeper"), p)
    ));
    println(&format!(
        "again: {}",
        mesh_rt_process_register(name("keeper"), p)
    ));
    println(&format!(
        "second name: {}",
        mesh_rt_process_register(name("other"), p)
    ));
    println(&format!(
        "none: {}",
        mesh_rt_process_register(name("ghost"), 0)
    ));
    assert_eq!(mesh_rt_process_whereis(name("keeper")), p);
    assert_eq!(mesh_rt_process_whereis(name("ghost")), 0);
    // Names are copied: the string passed may be collected.
    let built = mesh_rt_string_concat(s("dyn"), s("amic"));
    assert_eq!(mesh_rt_process_register(built, p), 0);
    black_box(built);
    mesh_rt_gc_collect();
    assert_eq!(mesh_rt_process_whereis(name("dynamic")), p);
    println(&format!(
        "unregister: {}",
        mesh_rt_process_unregister(name("keeper"))
    ));
    println(&format!(
        "unregister again: {}",
        mesh_rt_process_unregister(name("keeper"))
    ));
    assert_eq!(mesh_rt_process_whereis(name("keeper")), 0);
    // The freed name can be taken by another process.
    let q = spawn(holder, 0);
    assert_eq!(mesh_rt_process_register(name("keeper"), q), 0);
    send(p, 0, INT);
    wait_gone("other");
    assert_eq!(mesh_rt_process_whereis(name("dynamic")), 0);
    assert_eq!(mesh_rt_process_whereis(name("keeper")), q, "q's name stays");
    println(&format!(
        "dead pid: {}",
        mesh_rt_process_register(name("late"), p)
    ));
    // A name whose holder exited can be registered again.
    assert_eq!(mesh_rt_process_register(name("other"), q), 0);
    send(q, 0, INT);
    wait_gone("keeper");
    wait_gone("other");
    println("registry ok");
    0
}

/// `Timer.send_after` of an immediate Int.
fn later(pid: u64, ms: i64, value: u64) {
    // Safety: no buffer is handed over.
    unsafe { mesh_rt_timer_send_after(pid, ms, value, 0, INT) };
}

/// Receives one message and reports it to `main` after `main` has returned.
extern "C" fn late_receiver(_: u64) -> u64 {
    let (value, _) = recv();
    println(&format!("late receiver got {value}"));
    0
}

/// Schedules a message for `main` and exits at once.
extern "C" fn send_after_and_exit(main: u64) -> u64 {
    later(main, 30, 77);
    0
}

extern "C" fn send_after() -> u64 {
    let me = mesh_rt_self();
    let start = Instant::now();
    later(me, 60, 1);
    later(me, 20, 2);
    later(me, 20, 3);
    later(me, 0, 4);
    later(me, -5, 5);
    send(me, 6, INT);
    let mut order = Vec::new();
    let mut at = Vec::new();
    for _ in 0..6 {
        order.push(recv().0);
        at.push(start.elapsed());
    }
    println(&format!("send_after order: {order:?}"));
    assert!(at[3] >= Duration::from_millis(20), "{at:?}");
    assert!(at[5] >= Duration::from_millis(60), "{at:?}");
    // A message in a buffer, owned by the timer until delivered.
    let (xs, buf) = message_list(500, 100);
    // Safety: `buf` holds `xs` and is handed over once.
    unsafe { mesh_rt_timer_send_after(me, 10, xs, buf, LIST) };
    churn();
    mesh_rt_gc_collect();
    let (xs, _) = recv_where(|_, type_id| type_id == LIST);
    check_list(xs, 500, 100);
    // Delivered even though the sender has exited.
    spawn(send_after_and_exit, me);
    println(&format!("from an exited sender: {}", recv().0));
    // Dropped when the target is gone (at the deadline, or already when scheduling).
    let q = spawn(quick, 0);
    let (xs, buf) = message_list(0, 10);
    // Safety: as above.
    unsafe { mesh_rt_timer_send_after(q, 20, xs, buf, LIST) };
    let rq = mesh_rt_process_monitor(q);
    send(q, 0, INT);
    recv_down_of(rq);
    let (xs, buf) = message_list(0, 10);
    // Safety: as above.
    unsafe { mesh_rt_timer_send_after(q, 20, xs, buf, LIST) };
    later(0, 20, 5);
    mesh_rt_timer_sleep(40);
    // A pending delivery keeps the program alive after `main` returns.
    let late = spawn(late_receiver, 0);
    later(late, 100, 99);
    println("main returns");
    0
}

/// Replies `n + 1` to `main` for every message `n`, forever.
extern "C" fn echo(main: u64) -> u64 {
    loop {
        let (n, _) = recv();
        send(main, n + 1, INT);
    }
}

/// Sleeps for a minute.
extern "C" fn long_sleeper(_: u64) -> u64 {
    mesh_rt_timer_sleep(60_000);
    println("long sleeper: never printed");
    0
}

/// Spins, yielding now and then, forever.
extern "C" fn spinner(_: u64) -> u64 {
    let mut i: u64 = 0;
    loop {
        i = black_box(i + 1);
        if i.is_multiple_of(1000) {
            mesh_rt_yield();
        }
    }
}

/// Ends itself with an exit signal.
extern "C" fn exits_itself(_: u64) -> u64 {
    mesh_rt_process_exit(mesh_rt_self(), s("bye"));
    println("exits_itself: never printed");
    0
}

/// Traps exits, then waits forever.
extern "C" fn trapping_waiter(main: u64) -> u64 {
    mesh_rt_process_trap_exit(1);
    send(main, 0, READY);
    recv_where(|_, type_id| type_id == GO);
    0
}

/// Links to its argument, then waits forever.
extern "C" fn linked_waiter(arg: u64) -> u64 {
    let (main, target) = unpack(arg);
    mesh_rt_link(target);
    send(main, 0, READY);
    recv_where(|_, type_id| type_id == GO);
    0
}

extern "C" fn process_exit() -> u64 {
    let me = mesh_rt_self();
    // `normal` to a process that does not trap: ignored.
    let e = spawn(echo, me);
    mesh_rt_process_exit(e, s("normal"));
    send(e, 1, INT);
    println(&format!("after normal: echo replies {}", recv().0));
    // Another reason ends it (blocked in a receive), with no crash line.
    let re = mesh_rt_process_monitor(e);
    mesh_rt_process_exit(e, s("shutdown"));
    println(&format!("echo down: {}", recv_down_of(re).1));
    // A sleeping process is woken and ended.
    let start = Instant::now();
    let sl = spawn(long_sleeper, 0);
    mesh_rt_timer_sleep(10);
    let rs = mesh_rt_process_monitor(sl);
    mesh_rt_process_exit(sl, s("wake up"));
    println(&format!("sleeper down: {}", recv_down_of(rs).1));
    assert!(start.elapsed() < Duration::from_secs(5));
    // A running (yielding) process is ended at a preemption point.
    let sp = spawn(spinner, 0);
    mesh_rt_timer_sleep(10);
    let rsp = mesh_rt_process_monitor(sp);
    mesh_rt_process_exit(sp, s("stop spinning"));
    println(&format!("spinner down: {}", recv_down_of(rsp).1));
    // A process signalling itself ends at once.
    let x = spawn(exits_itself, 0);
    let rx = mesh_rt_process_monitor(x);
    println(&format!("self exit: {}", recv_down_of(rx).1));
    // `kill` ends a trapping process with `killed`; `killed` propagates over links.
    let t = spawn(trapping_waiter, me);
    recv_where(|_, type_id| type_id == READY);
    let l = spawn(linked_waiter, pack(me, t));
    recv_where(|_, type_id| type_id == READY);
    let (rt, rl) = (mesh_rt_process_monitor(t), mesh_rt_process_monitor(l));
    mesh_rt_process_exit(t, s("kill"));
    println(&format!("trapping process: {}", recv_down_of(rt).1));
    println(&format!("linked to it: {}", recv_down_of(rl).1));
    // Signals to none or dead pids do nothing.
    mesh_rt_process_exit(0, s("kill"));
    mesh_rt_process_exit(t, s("kill"));
    // A process that was never scheduled yet is ended before it runs.
    let never = spawn(long_sleeper, 0);
    let rn = mesh_rt_process_monitor(never);
    mesh_rt_process_exit(never, s("early"));
    println(&format!("killed before running: {}", recv_down_of(rn).1));
    println("exit ok");
    0
}

/// Panics when told to (after `main` has linked to it).
extern "C" fn doomed(_: u64) -> u64 {
    recv();
    println("doomed: about to divide by zero");
    mesh_rt_panic(s("division by zero"))
}

extern "C" fn main_killed_by_link() -> u64 {
    let d = spawn(doomed, 0);
    mesh_rt_link(d);
    println("main: linked");
    send(d, 0, INT);
    mesh_rt_timer_sleep(60_000);
    println("main: never printed");
    0
}

extern "C" fn main_killed_by_exit_signal() -> u64 {
    let p = spawn(holder, 0);
    mesh_rt_link(p);
    println("main: linked, sending the exit signal");
    mesh_rt_process_exit(p, s("boom"));
    mesh_rt_timer_sleep(60_000);
    println("main: never printed");
    0
}

extern "C" fn main_links_to_dead() -> u64 {
    let q = spawn(quick, 0);
    let r = mesh_rt_process_monitor(q);
    send(q, 0, INT);
    recv_down_of(r);
    println("main: linking to a dead process");
    mesh_rt_link(q);
    println("main: never printed");
    0
}

/// Sends `main` an exit signal after a while.
extern "C" fn stopper(main: u64) -> u64 {
    mesh_rt_timer_sleep(20);
    mesh_rt_process_exit(main, s("stop"));
    0
}

extern "C" fn main_killed_while_busy() -> u64 {
    spawn(stopper, mesh_rt_self());
    println("main: spinning");
    let mut i: u64 = 0;
    loop {
        i = black_box(i + 1);
        if i.is_multiple_of(1000) {
            mesh_rt_yield();
        }
    }
}

/// The sender half of the channel `blocking_calls` waits on.
static RELEASE: std::sync::Mutex<Option<std::sync::mpsc::Sender<u64>>> =
    std::sync::Mutex::new(None);

/// Releases `blocking_calls`' blocked call from another process, after a timer sleep.
extern "C" fn releaser(_: u64) -> u64 {
    mesh_rt_timer_sleep(20);
    let sender = RELEASE.lock().expect("the release lock").take();
    sender
        .expect("the channel")
        .send(42)
        .expect("main waits on the channel");
    0
}

/// With a single worker, `main` blocks in a call that only another process can end: the call
/// runs on the blocking pool while `main` parks, so the worker runs the releaser (if the call
/// held the worker, this would hang and the watchdog would fail the run).
extern "C" fn blocking_calls() -> u64 {
    let (sender, receiver) = std::sync::mpsc::channel();
    *RELEASE.lock().expect("the release lock") = Some(sender);
    spawn(releaser, 0);
    let got = mesh_rt::process::blocking(move || receiver.recv().expect("the releaser sends"));
    assert_eq!(got, 42);
    // Many at once: each gets a pool thread.
    let values: Vec<u64> = (0..8)
        .map(|i| mesh_rt::process::blocking(move || i * 2))
        .collect();
    assert_eq!(values.iter().sum::<u64>(), 56);
    println("blocking ok");
    0
}

// ---------------------------------------------------------------------------------------------
// Harness

fn entry(scenario: &str) -> Option<extern "C" fn() -> u64> {
    Some(match scenario {
        "ping_pong" => ping_pong,
        "many" => many_processes,
        "selective" => selective,
        "blocking_calls" => blocking_calls,
        "timeouts" => timeouts,
        "crashes" => crashes,
        "main_crashes" => main_crashes,
        "main_crashes_in_callback" => main_crashes_in_callback,
        "wakeup_race" => wakeup_race,
        "bounce_pairs" => bounce_pairs,
        "gc_messages" => gc_messages,
        "spawn_with_buffer" => spawn_with_buffer,
        "quiescence" => quiescence,
        "link_chain" => link_chain,
        "trap_exit" => trap_exit,
        "monitors" => monitors,
        "registry" => registry,
        "send_after" => send_after,
        "process_exit" => process_exit,
        "main_killed_by_link" => main_killed_by_link,
        "main_killed_by_exit_signal" => main_killed_by_exit_signal,
        "main_links_to_dead" => main_links_to_dead,
        "main_killed_while_busy" => main_killed_while_busy,
        _ => return None,
    })
}

fn run_as_program(entry: extern "C" fn() -> u64) -> ExitCode {
    let args: Vec<CString> = std::env::args()
        .map(|arg| CString::new(arg).unwrap_or_default())
        .collect();
    let argv: Vec<*const c_char> = args.iter().map(|arg| arg.as_ptr()).collect();
    // Safety: `argv` holds `args.len()` valid C strings that outlive the call.
    let status = unsafe { mesh_rt_start(argv.len() as i64, argv.as_ptr(), entry) };
    ExitCode::from(status as u8)
}

struct Outcome {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs a scenario with `schedulers` workers, killing it after `limit`.
fn run_scenario(scenario: &str, schedulers: usize, limit: Duration) -> Result<Outcome, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let dir = std::env::temp_dir().join(format!("mesh-rt-{}-{scenario}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let (out_path, err_path) = (dir.join("stdout"), dir.join("stderr"));
    let stdout = std::fs::File::create(&out_path).map_err(|e| e.to_string())?;
    let stderr = std::fs::File::create(&err_path).map_err(|e| e.to_string())?;
    let mut child = Command::new(exe)
        .env(SCENARIO, scenario)
        .env("MESH_SCHEDULERS", schedulers.to_string())
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("hung: killed after {limit:?}"));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let outcome = Outcome {
        status: status.code(),
        stdout: std::fs::read_to_string(&out_path).unwrap_or_default(),
        stderr: std::fs::read_to_string(&err_path).unwrap_or_default(),
    };
    let _ = std::fs::remove_dir_all(&dir);
    Ok(outcome)
}

/// Runs a scenario and checks its status, that stdout contains every line of `stdout` (in
/// order) and no line saying "never printed", and that stderr is exactly `stderr` (lines in any
/// order). Prints stdout lines that report numbers.
fn expect(
    scenario: &str,
    schedulers: usize,
    status: i32,
    stdout: &[&str],
    stderr: &[&str],
) -> Result<(), String> {
    let out = run_scenario(scenario, schedulers, Duration::from_secs(120))?;
    let mut lines = out.stdout.lines();
    let stdout_ok = stdout
        .iter()
        .all(|want| lines.any(|line| line.starts_with(want)));
    let mut got_err: Vec<&str> = out.stderr.lines().collect();
    let mut want_err = stderr.to_vec();
    got_err.sort_unstable();
    want_err.sort_unstable();
    let stdout_ok = stdout_ok && !out.stdout.contains("never printed");
    if out.status == Some(status) && stdout_ok && got_err == want_err {
        for line in out.stdout.lines().filter(|line| {
            line.contains(" us")
                || line.contains("KiB")
                || line.contains("parks")
                || line.contains("ns each")
        }) {
            println!("  {scenario} (MESH_SCHEDULERS={schedulers}): {line}");
        }
        return Ok(());
    }
    Err(format!(
        "status {:?}, stdout {:?}, stderr {:?}",
        out.status, out.stdout, out.stderr
    ))
}

fn checks() -> Vec<(String, Result<(), String>)> {
    let actor = |pid: u64, reason: &str| format!("[mesh] actor #PID<0.{pid}> crashed: {reason}");
    let crash_lines = [
        actor(3, "division by zero"),
        actor(4, "empty list"),
        actor(5, "index out of bounds: the len is 0 but the index is 7"),
        actor(6, "stack overflow"),
        actor(7, "no matching clause for closure"),
    ];
    let crash_lines: Vec<&str> = crash_lines.iter().map(String::as_str).collect();
    let mut results = Vec::new();
    let mut check = |name: String, result| results.push((name, result));
    for schedulers in [1, 2, 4] {
        let name = |scenario: &str| format!("{scenario} (MESH_SCHEDULERS={schedulers})");
        check(
            name("ping_pong"),
            expect("ping_pong", schedulers, 0, &["100000 round trips"], &[]),
        );
        check(
            name("wakeup_race"),
            expect("wakeup_race", schedulers, 0, &["1000000 messages"], &[]),
        );
        check(
            name("bounce_pairs"),
            expect("bounce_pairs", schedulers, 0, &["bounced 1000000"], &[]),
        );
        if schedulers == 4 {
            continue; // more workers than cores: only the race tests
        }
        check(
            name("timeouts"),
            expect("timeouts", schedulers, 0, &["timeouts ok"], &[]),
        );
        check(
            name("crashes"),
            expect("crashes", schedulers, 0, &["crashes ok"], &crash_lines),
        );
    }
    let all = worker_default();
    check(
        "many".to_string(),
        expect("many", all, 0, &["100000 processes", "RSS", "many ok"], &[]),
    );
    check(
        "selective".to_string(),
        expect(
            "selective",
            2,
            0,
            &["selective: 100 1 2 3 1", "tries: 5"],
            &[],
        ),
    );
    check(
        "blocking_calls".to_string(),
        expect("blocking_calls", 1, 0, &["blocking ok"], &[]),
    );
    check(
        "gc_messages".to_string(),
        expect("gc_messages", 2, 0, &["gc ok"], &[]),
    );
    check(
        "spawn_with_buffer".to_string(),
        expect(
            "spawn_with_buffer",
            2,
            0,
            &["greeter got its argument"],
            &[],
        ),
    );
    check(
        "quiescence".to_string(),
        expect(
            "quiescence",
            2,
            0,
            &["main returns", "timed out after main returned"],
            &[],
        ),
    );
    check(
        "main_crashes".to_string(),
        expect(
            "main_crashes",
            2,
            1,
            &["main about to crash"],
            &["[mesh] main crashed: boom"],
        ),
    );
    check(
        "main_crashes_in_callback".to_string(),
        expect(
            "main_crashes_in_callback",
            1,
            1,
            &[],
            &["[mesh] main crashed: no matching clause for closure"],
        ),
    );
    signal_checks(&mut check);
    results
}

/// Links, monitors, exit signals, the registry and `send_after`.
fn signal_checks(check: &mut impl FnMut(String, Result<(), String>)) {
    for schedulers in [1, 2] {
        let name = |scenario: &str| format!("{scenario} (MESH_SCHEDULERS={schedulers})");
        check(
            name("link_chain"),
            expect(
                "link_chain",
                schedulers,
                0,
                &[
                    "waiter down: boom",
                    "sleeper down: boom",
                    "spinner down: boom",
                    "crasher down: boom",
                    "driver trapped: boom",
                    "main survives a normal exit of a linked process",
                    "links ok",
                ],
                &["[mesh] actor #PID<0.6> crashed: boom"],
            ),
        );
        check(
            name("process_exit"),
            expect(
                "process_exit",
                schedulers,
                0,
                &[
                    "after normal: echo replies 2",
                    "echo down: shutdown",
                    "sleeper down: wake up",
                    "spinner down: stop spinning",
                    "self exit: bye",
                    "trapping process: killed",
                    "linked to it: killed",
                    "killed before running: early",
                    "exit ok",
                ],
                &[],
            ),
        );
    }
    check(
        "trap_exit".to_string(),
        expect(
            "trap_exit",
            2,
            0,
            &[
                "trapped crash: bad thing (from a: true)",
                "trapped normal: normal (from b: true)",
                "trapped link to dead: noproc (from a: true)",
                "trapped link to none: noproc (from none: true)",
                "trapped exit signal: normal (from the signaller: true)",
                "trapped exit signal: custom reason (from the signaller: true)",
                "nothing after unlink",
                "ordinary message: 42",
                "trapper down: killed",
                "trap ok",
            ],
            &[
                "[mesh] actor #PID<0.3> crashed: bad thing",
                "[mesh] actor #PID<0.7> crashed: bad thing",
            ],
        ),
    );
    check(
        "monitors".to_string(),
        expect(
            "monitors",
            2,
            0,
            &[
                "a: normal, ref ok: true, pid ok: true",
                "b: division by zero",
                "a again: noproc (pid ok: true)",
                "none: noproc (pid: #PID<none>)",
                "demonitor: 0",
                "demonitor again: 1",
                "no DOWN after demonitor",
                "demonitor with a queued DOWN: 0",
                "demonitor with a DOWN in the inbox: 0",
                "monitors ok",
            ],
            &[
                "[mesh] actor #PID<0.3> crashed: division by zero",
                "[mesh] actor #PID<0.6> crashed: division by zero",
            ],
        ),
    );
    check(
        "registry".to_string(),
        expect(
            "registry",
            2,
            0,
            &[
                "register: 0",
                "again: 1",
                "second name: 0",
                "none: 1",
                "unregister: 0",
                "unregister again: 1",
                "dead pid: 1",
                "registry ok",
            ],
            &[],
        ),
    );
    check(
        "send_after".to_string(),
        expect(
            "send_after",
            2,
            0,
            &[
                "send_after order: [4, 5, 6, 2, 3, 1]",
                "from an exited sender: 77",
                "main returns",
                "late receiver got 99",
            ],
            &[],
        ),
    );
    check(
        "main_killed_by_link".to_string(),
        expect(
            "main_killed_by_link",
            2,
            1,
            &["main: linked", "doomed: about to divide by zero"],
            &[
                "[mesh] actor #PID<0.2> crashed: division by zero",
                "[mesh] main crashed: division by zero",
            ],
        ),
    );
    check(
        "main_killed_by_exit_signal".to_string(),
        expect(
            "main_killed_by_exit_signal",
            2,
            1,
            &["main: linked, sending the exit signal"],
            &["[mesh] main crashed: boom"],
        ),
    );
    check(
        "main_links_to_dead".to_string(),
        expect(
            "main_links_to_dead",
            1,
            1,
            &["main: linking to a dead process"],
            &["[mesh] main crashed: noproc"],
        ),
    );
    check(
        "main_killed_while_busy".to_string(),
        expect(
            "main_killed_while_busy",
            1,
            1,
            &["main: spinning"],
            &["[mesh] main crashed: stop"],
        ),
    );
}

fn worker_default() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

fn main() -> ExitCode {
    if let Ok(scenario) = std::env::var(SCENARIO) {
        return match entry(&scenario) {
            Some(entry) => run_as_program(entry),
            None => ExitCode::from(101),
        };
    }
    let results = checks();
    let failed = results.iter().filter(|(_, result)| result.is_err()).count();
    for (name, result) in &results {
        match result {
            Ok(()) => println!("test processes::{name} ... ok"),
            Err(why) => println!("test processes::{name} ... FAILED: {why}"),
        }
    }
    println!("{} passed, {failed} failed", results.len() - failed);
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
