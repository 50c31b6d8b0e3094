//! Messages and the two halves of a mailbox.
//!
//! Senders append to the [`Inbox`], a queue behind a mutex. The receiving process moves
//! everything in it to its own list of [`Received`] messages when it looks at its mailbox. A
//! `receive` then walks that list with a cursor, so selective receive never holds the lock while
//! patterns run. A message keeps its buffer until the receiver first dispatches on it: then
//! generated code copies it into the receiver's heap with the copy helper of its type
//! (`mesh_rt_recv_localize`) and the buffer's pages go straight back to the pool (a message taken
//! without that — runtime tests do — has its buffer adopted into the heap instead). Adopting the
//! buffer's pages instead cost a whole page (or several) of the receiver's heap per message,
//! freed only at its next collection: a ring of 10,000 processes grew to 1.6 GB.

use std::collections::VecDeque;

use crate::gc::Heap;

/// A message buffer handed from a sender to a receiver: a heap that never collects, holding the
/// copy of one message (or of a spawn's argument). Dropped, it is emptied and kept for the next
/// message begun on the same thread ([`spare_buffer`]): a fresh buffer costs a heap record, a
/// page record and a page from the shared pool, which dominated small messages.
pub struct Buffer(std::mem::ManuallyDrop<Box<Heap>>);

/// How many emptied buffers a thread keeps.
const SPARE_BUFFERS: usize = 16;

thread_local! {
    // Boxed: a buffer's address is its handle, and generated code holds it while it is filled.
    #[allow(clippy::vec_box)]
    static SPARES: std::cell::RefCell<Vec<Box<Heap>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// An empty message buffer: a spare one of this thread, or a new one.
///
/// Not inlined: a process may resume on another thread, so a thread-local's address must never
/// be kept across calls (module documentation of `process`).
#[inline(never)]
pub fn spare_buffer() -> Box<Heap> {
    SPARES
        .with(|spares| spares.borrow_mut().pop())
        .unwrap_or_else(|| Box::new(Heap::new_buffer()))
}

/// Keeps the emptied buffer `heap` for reuse on this thread, or frees it if there are enough.
#[inline(never)]
fn keep_spare(mut heap: Box<Heap>) {
    heap.reset_buffer();
    let full = SPARES.with(|spares| {
        let mut spares = spares.borrow_mut();
        if spares.len() < SPARE_BUFFERS {
            spares.push(heap);
            None
        } else {
            Some(heap)
        }
    });
    drop(full);
}

impl Drop for Buffer {
    fn drop(&mut self) {
        // Safety: `self.0` is not used after this.
        let heap = unsafe { std::mem::ManuallyDrop::take(&mut self.0) };
        keep_spare(heap);
    }
}

// Safety: a buffer has exactly one owner at a time (the sender until it is queued, then the
// mailbox, then the receiver that adopts it); nothing else points into its page tables, and its
// objects are only reached through the message word, which travels with it.
unsafe impl Send for Buffer {}

impl Buffer {
    /// Takes ownership of the buffer behind a handle from `mesh_rt_msg_begin` (0: none).
    ///
    /// # Safety
    ///
    /// `handle` must be 0 or a handle returned by `mesh_rt_msg_begin` that was not handed over
    /// (sent, spawned with or freed) before.
    pub unsafe fn from_handle(handle: u64) -> Option<Buffer> {
        (handle != 0).then(|| {
            // Safety: by the contract, a non-zero handle is a leaked `Box<Heap>` owned by
            // nobody else.
            let heap = unsafe { Box::from_raw(handle as *mut Heap) };
            Buffer(std::mem::ManuallyDrop::new(heap))
        })
    }

    /// A buffer made of `heap` (a heap made with `Heap::new_buffer`, filled by the runtime).
    pub(crate) fn from_heap(heap: Box<Heap>) -> Buffer {
        Buffer(std::mem::ManuallyDrop::new(heap))
    }

    /// Moves the buffer's objects into `heap`; the (empty) buffer is freed.
    pub fn adopt_into(mut self, heap: &mut Heap) {
        heap.adopt(&mut self.0);
    }
}

/// A message in flight: the value (one word, possibly pointing into `buffer`), the 64-bit id of
/// its type, and the buffer holding its heap objects.
pub struct Message {
    /// The message value.
    pub value: u64,
    /// The id of the message's type (FNV-1a of its canonical text).
    pub type_id: u64,
    /// Where the value's objects live (`None` for immediates and static data).
    pub buffer: Option<Buffer>,
    /// For a service call and its reply: who called, and the call's reference.
    pub call: Call,
}

/// The envelope of a service call (LANGUAGE.md §6.13): the caller and the call's unique
/// reference (0 for every message that is neither a call nor a reply).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Call {
    pub from: u64,
    pub reference: u64,
}

impl Call {
    /// The envelope of the reply to call `reference`: no sender.
    pub fn reply(reference: u64) -> Call {
        Call { from: 0, reference }
    }

    /// Whether this is the envelope of a reply (to call `self.reference`).
    pub fn is_reply(self) -> bool {
        self.from == 0 && self.reference != 0
    }
}

/// A message the receiver has taken in.
pub struct Received {
    /// The message value.
    pub value: u64,
    /// The id of its type.
    pub type_id: u64,
    /// The buffer holding the value's objects, until the value is copied into the receiver's
    /// heap (`None` then, and for immediates and static data).
    pub buffer: Option<Buffer>,
    /// The service call envelope, if any.
    pub call: Call,
}

/// The part of a mailbox that senders write, behind the process's inbox mutex.
#[derive(Default)]
pub struct Inbox {
    /// Messages not yet taken in by the receiver, oldest first.
    pub queue: VecDeque<Message>,
    /// Set by the receiver (under the lock) when it found the queue empty and is about to park;
    /// the next sender clears it and wakes the receiver.
    pub waiting: bool,
    /// Set when the process has exited: messages are dropped instead of queued.
    pub closed: bool,
}

/// Lets a collection treat every taken-in message as a root.
///
/// # Safety
///
/// `context` must point to a live `VecDeque<Received>`.
pub unsafe fn visit_received(context: *const (), mark: &mut dyn FnMut(u64)) {
    // Safety: guaranteed by the caller (the process's heap stores a pointer to its own list).
    let messages = unsafe { &*(context as *const VecDeque<Received>) };
    for message in messages {
        mark(message.value);
    }
}
