//! Pids of processes on other nodes.
//!
//! A pid is one word. A local pid is the process's serial number (below 2^47). A remote pid
//! has the top bit set, a 16-bit *slot* naming the node (its canonical name and creation, in
//! this node's slot table), and the serial on that node: `1 | slot (16) | serial (47)`. So a pid
//! received from a node keeps designating that incarnation of that node even if another
//! incarnation appears later (a new creation gets a new slot).

use std::sync::Mutex;

const REMOTE: u64 = 1 << 63;
const SERIAL_BITS: u32 = 47;
const SERIAL_MASK: u64 = (1 << SERIAL_BITS) - 1;

/// Slot `i + 1` is `SLOTS[i]`: (canonical node name, creation).
static SLOTS: Mutex<Vec<(String, u32)>> = Mutex::new(Vec::new());

/// Whether `pid` designates a process on another node.
pub fn is_remote(pid: u64) -> bool {
    pid & REMOTE != 0
}

/// The pid of process `serial` on node `node` (canonical) incarnation `creation`.
pub fn remote(node: &str, creation: u32, serial: u64) -> u64 {
    let mut slots = super::lock(&SLOTS);
    let index = match slots.iter().position(|(n, c)| n == node && *c == creation) {
        Some(i) => i,
        None => {
            slots.push((node.to_string(), creation));
            slots.len() - 1
        }
    };
    let slot = (index as u64 + 1) & 0xffff;
    REMOTE | (slot << SERIAL_BITS) | (serial & SERIAL_MASK)
}

/// The node (canonical name, creation) and serial of remote pid `pid`.
pub fn locate(pid: u64) -> Option<(String, u32, u64)> {
    if !is_remote(pid) {
        return None;
    }
    let slot = ((pid & !REMOTE) >> SERIAL_BITS) as usize;
    let slots = super::lock(&SLOTS);
    let (node, creation) = slots.get(slot.checked_sub(1)?)?.clone();
    Some((node, creation, pid & SERIAL_MASK))
}

/// `#PID<slot.serial>` for a remote pid (`#PID<0.serial>` is a local one).
pub fn display(pid: u64) -> String {
    let slot = (pid & !REMOTE) >> SERIAL_BITS;
    format!("#PID<{slot}.{}>", pid & SERIAL_MASK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remote_pids_name_their_node_and_incarnation() {
        let a = remote("a@h:1", 7, 42);
        assert!(is_remote(a));
        assert_eq!(locate(a), Some(("a@h:1".to_string(), 7, 42)));
        assert_eq!(remote("a@h:1", 7, 42), a);
        let newer = remote("a@h:1", 8, 42);
        assert_ne!(newer, a);
        assert!(!is_remote(42));
        assert_eq!(locate(42), None);
    }
}
