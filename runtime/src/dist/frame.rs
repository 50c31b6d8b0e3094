//! Frames: a 32-bit big-endian length, then that many bytes. A frame longer than the limit is
//! an error (the connection is closed), never an allocation of the announced size.

use std::io::{self, Read, Write};

/// Writes one frame.
pub fn write_frame(w: &mut impl Write, payload: &[u8]) -> io::Result<()> {
    let len = u32::try_from(payload.len())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "frame too large"))?;
    let mut bytes = Vec::with_capacity(4 + payload.len());
    bytes.extend_from_slice(&len.to_be_bytes());
    bytes.extend_from_slice(payload);
    w.write_all(&bytes)?;
    w.flush()
}

/// Reads one frame of at most `max` bytes.
pub fn read_frame(r: &mut impl Read, max: usize) -> io::Result<Vec<u8>> {
    let mut len = [0u8; 4];
    r.read_exact(&mut len)?;
    let len = u32::from_be_bytes(len) as usize;
    if len > max {
        return Err(oversized(len, max));
    }
    let mut payload = vec![0u8; len];
    r.read_exact(&mut payload)?;
    Ok(payload)
}

fn oversized(len: usize, max: usize) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("frame of {len} bytes exceeds the limit of {max}"),
    )
}

/// Splits complete frames off the front of `buf` (bytes received so far).
pub fn take_frames(buf: &mut Vec<u8>, max: usize) -> io::Result<Vec<Vec<u8>>> {
    let mut frames = Vec::new();
    let mut at = 0;
    while buf.len() - at >= 4 {
        let len = u32::from_be_bytes([buf[at], buf[at + 1], buf[at + 2], buf[at + 3]]) as usize;
        if len > max {
            return Err(oversized(len, max));
        }
        if buf.len() - at - 4 < len {
            break;
        }
        frames.push(buf[at + 4..at + 4 + len].to_vec());
        at += 4 + len;
    }
    buf.drain(..at);
    Ok(frames)
}

/// Reads fields from a frame; every accessor returns `None` past the end.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    pub fn u8(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    pub fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let out = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(out)
    }

    pub fn u16(&mut self) -> Option<u16> {
        let b = self.bytes(2)?;
        Some(u16::from_be_bytes([b[0], b[1]]))
    }

    pub fn u32(&mut self) -> Option<u32> {
        let b = self.bytes(4)?;
        Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub fn u64(&mut self) -> Option<u64> {
        let b = self.bytes(8)?;
        Some(u64::from_be_bytes(b.try_into().ok()?))
    }

    /// A string with a 16-bit length.
    pub fn str(&mut self) -> Option<&'a str> {
        let len = self.u16()? as usize;
        std::str::from_utf8(self.bytes(len)?).ok()
    }

    /// How many bytes are left.
    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.at
    }

    /// Whether every byte was read.
    pub fn done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip_and_split() {
        let mut wire = Vec::new();
        write_frame(&mut wire, b"one").expect("write");
        write_frame(&mut wire, b"").expect("write");
        write_frame(&mut wire, b"three").expect("write");
        let mut partial = wire[..9].to_vec();
        assert_eq!(
            take_frames(&mut partial, 16).expect("ok"),
            vec![b"one".to_vec()]
        );
        assert_eq!(partial.len(), 2);
        let mut all = wire.clone();
        let frames = take_frames(&mut all, 16).expect("ok");
        assert_eq!(frames.len(), 3);
        assert!(all.is_empty());
        let mut reader = &wire[..];
        assert_eq!(read_frame(&mut reader, 16).expect("ok"), b"one");
        let mut huge = (u32::MAX).to_be_bytes().to_vec();
        assert!(take_frames(&mut huge, 16).is_err());
        assert!(read_frame(&mut &huge[..], 16).is_err());
    }
}
