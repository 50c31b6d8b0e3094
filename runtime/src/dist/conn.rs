//! One authenticated connection to another node: a reader thread and a writer thread around
//! the shared TLS state (module documentation of `dist`).

use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Condvar, Mutex};

use super::frame::{take_frames, Reader};
use super::handshake::{push_str, Established};
use super::{lock, log};

/// The largest frame a node accepts after the handshake.
pub const MAX_FRAME: usize = 64 * 1024 * 1024;

/// Frame types after the handshake.
const TICK: u8 = 10;
const PEERS: u8 = 11;

/// What the writer thread is asked to do.
enum Out {
    /// Send this frame payload.
    Frame(Vec<u8>),
    /// Flush what the TLS state wants to send (after the reader processed a key update, …).
    Flush,
    /// Close the connection.
    Close,
}

pub struct Conn {
    /// The peer's canonical name.
    pub peer: String,
    /// The peer's name as it announced itself.
    pub announced: String,
    /// The canonical name of the node that dialed this connection (the tie-break).
    pub dialer: String,
    /// The peer's creation.
    pub creation: u32,
    out: Mutex<Sender<Out>>,
    stream: TcpStream,
    /// Set once the peer's global registry table has been applied.
    table: (Mutex<bool>, Condvar),
}

impl Conn {
    /// Starts the reader and writer threads of an established connection.
    pub fn start(
        established: Established,
        dialer: String,
        peer: String,
    ) -> std::io::Result<Arc<Conn>> {
        let Established {
            tls,
            stream,
            peer: announced,
            creation,
        } = established;
        stream.set_read_timeout(Some(super::tick() * 4))?;
        stream.set_nodelay(true)?;
        let (tx, rx) = mpsc::channel();
        let conn = Arc::new(Conn {
            peer,
            announced,
            dialer,
            creation,
            out: Mutex::new(tx),
            stream: stream.try_clone()?,
            table: (Mutex::new(false), Condvar::new()),
        });
        let mut tls = tls;
        // The writer hands whole frames to rustls, which by default refuses plaintext beyond
        // 64 KiB until it is written out: a large message would fail half-way.
        tls.set_buffer_limit(None);
        let tls = Arc::new(Mutex::new(tls));
        let (reader_stream, writer_stream) = (stream.try_clone()?, stream);
        let reader = conn.clone();
        let reader_tls = tls.clone();
        std::thread::Builder::new()
            .name("mesh-dist-read".into())
            .spawn(move || {
                if let Err(e) = read_loop(&reader, reader_stream, &reader_tls) {
                    log(&format!("connection to {} closed: {e}", reader.peer));
                }
                reader.close();
                super::lost(&reader);
            })?;
        std::thread::Builder::new()
            .name("mesh-dist-write".into())
            .spawn(move || write_loop(rx, writer_stream, &tls))?;
        Ok(conn)
    }

    /// Queues a frame (never waits on the network).
    fn queue(&self, item: Out) {
        let _ = lock(&self.out).send(item);
    }

    /// Queues a frame payload.
    pub fn send_frame(&self, payload: Vec<u8>) {
        self.queue(Out::Frame(payload));
    }

    /// Waits (at most `timeout`) until the peer's registry table has been applied.
    pub fn wait_table(&self, timeout: std::time::Duration) {
        let (done, cond) = &self.table;
        let guard = lock(done);
        let _ = cond.wait_timeout_while(guard, timeout, |done| !*done);
    }

    /// Tells the peer the other nodes this node is connected to.
    pub fn send_peers(&self, peers: &[String]) {
        let mut frame = vec![PEERS];
        frame.extend_from_slice(&(peers.len() as u16).to_be_bytes());
        for p in peers {
            push_str(&mut frame, p);
        }
        self.queue(Out::Frame(frame));
    }

    /// Closes the connection (both threads end; the reader reports it lost).
    pub fn close(&self) {
        self.queue(Out::Close);
        let _ = self.stream.shutdown(Shutdown::Both);
    }
}

fn read_loop(
    conn: &Conn,
    mut stream: TcpStream,
    tls: &Mutex<rustls::Connection>,
) -> Result<(), String> {
    let mut raw = vec![0u8; 64 * 1024];
    let mut plain = Vec::new();
    loop {
        // Blocks without any lock held.
        let n = match stream.read(&mut raw) {
            Ok(0) => return Ok(()),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return Err("no heartbeat from the peer".into());
            }
            Err(e) => return Err(e.to_string()),
        };
        let wants_write = {
            let mut tls = lock(tls);
            let mut input = &raw[..n];
            let mut chunk = [0u8; 16 * 1024];
            while !input.is_empty() {
                tls.read_tls(&mut input).map_err(|e| e.to_string())?;
                tls.process_new_packets().map_err(|e| e.to_string())?;
                // Drained after every record batch: rustls bounds its plaintext buffer.
                loop {
                    match tls.reader().read(&mut chunk) {
                        Ok(0) => return Ok(()),
                        Ok(k) => plain.extend_from_slice(&chunk[..k]),
                        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                        Err(e) => return Err(e.to_string()),
                    }
                }
            }
            tls.wants_write()
        };
        if wants_write {
            conn.queue(Out::Flush);
        }
        for frame in take_frames(&mut plain, MAX_FRAME).map_err(|e| e.to_string())? {
            handle(conn, &frame)?;
        }
    }
}

/// Acts on one frame; an error closes the connection.
fn handle(conn: &Conn, frame: &[u8]) -> Result<(), String> {
    let mut r = Reader::new(frame);
    match r.u8() {
        Some(TICK) if r.done() => Ok(()),
        Some(PEERS) => {
            let count = r.u16().ok_or("malformed peer list")?;
            let mut peers = Vec::with_capacity(usize::from(count));
            for _ in 0..count {
                let name = r.str().ok_or("malformed peer list")?;
                peers.push(super::names::canonical(name));
            }
            if !r.done() {
                return Err("malformed peer list".into());
            }
            super::learned(peers);
            Ok(())
        }
        Some(super::MSG) => super::received_message(&conn.peer, &mut r),
        Some(kind @ (super::spawn::SPAWN | super::spawn::SPAWN_REPLY)) => {
            super::spawn::handle(&conn.peer, kind, &mut r)
        }
        Some(kind @ super::remote::MONITOR..=super::remote::EXIT) => {
            super::remote::handle(&conn.peer, kind, &mut r)
        }
        Some(kind @ super::global::REG..=super::global::TABLE) => {
            super::global::handle(&conn.peer, kind, &mut r)?;
            if kind == super::global::TABLE {
                let (done, cond) = &conn.table;
                *lock(done) = true;
                cond.notify_all();
            }
            Ok(())
        }
        Some(kind) => Err(format!(
            "unexpected frame of type {kind} from {}",
            conn.peer
        )),
        None => Err(format!("empty frame from {}", conn.peer)),
    }
}

fn write_loop(rx: mpsc::Receiver<Out>, mut stream: TcpStream, tls: &Mutex<rustls::Connection>) {
    let tick = super::tick();
    loop {
        let item = match rx.recv_timeout(tick) {
            Ok(item) => item,
            Err(RecvTimeoutError::Timeout) => Out::Frame(vec![TICK]),
            Err(RecvTimeoutError::Disconnected) => Out::Close,
        };
        let bytes = {
            let mut tls = lock(tls);
            match &item {
                Out::Frame(payload) => {
                    let len = (payload.len() as u32).to_be_bytes();
                    let written = tls
                        .writer()
                        .write_all(&len)
                        .and_then(|()| tls.writer().write_all(payload));
                    if let Err(e) = written {
                        log(&format!("cannot send a frame: {e}"));
                        // The reader then ends too, and the connection is reported lost.
                        let _ = stream.shutdown(Shutdown::Both);
                        return;
                    }
                }
                Out::Flush => {}
                Out::Close => tls.send_close_notify(),
            }
            let mut bytes = Vec::new();
            while tls.wants_write() {
                if tls.write_tls(&mut bytes).is_err() {
                    return;
                }
            }
            bytes
        };
        // Written without any lock held.
        if stream.write_all(&bytes).is_err() || matches!(item, Out::Close) {
            let _ = stream.shutdown(Shutdown::Both);
            return;
        }
    }
}
