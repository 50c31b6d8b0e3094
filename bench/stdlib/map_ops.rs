// map_ops: see map_ops.mpl. std HashMap (SipHash, mutable, unordered).
use std::collections::HashMap;

fn main() {
    let n: i64 = 100_000;
    let keys: Vec<i64> = (0..n).map(|i| (i * 7919) % 1_000_003).collect();
    let mut m: HashMap<i64, i64> = HashMap::new();
    for &k in &keys {
        m.insert(k, k * 2);
    }
    let got: i64 = keys.iter().map(|k| m.get(k).copied().unwrap_or(0)).sum();
    let hits: i64 = keys
        .iter()
        .map(|k| m.contains_key(k) as i64 + m.contains_key(&(k + 1_000_003)) as i64)
        .sum();
    let mut half = m.clone();
    for k in keys.iter().filter(|k| *k % 2 == 0) {
        half.remove(k);
    }
    let rest: i64 = half.values().sum();

    let skeys: Vec<String> = keys.iter().map(|k| format!("key-{}", k)).collect();
    let mut sm: HashMap<String, i64> = HashMap::new();
    for k in &skeys {
        sm.insert(k.clone(), k.chars().count() as i64);
    }
    let sgot: i64 = skeys.iter().map(|k| sm.get(k).copied().unwrap_or(0)).sum();
    let shits: i64 = skeys
        .iter()
        .map(|k| sm.contains_key(k) as i64 + sm.contains_key(&format!("{}!", k)) as i64)
        .sum();
    let mut shalf = sm.clone();
    for k in skeys.iter().filter(|k| k.ends_with('7')) {
        shalf.remove(k);
    }
    println!(
        "map_ops size={} get={} hits={} after_delete={} rest={} ssize={} sget={} shits={} safter_delete={}",
        m.len(),
        got,
        hits,
        half.len(),
        rest,
        sm.len(),
        sgot,
        shits,
        shalf.len()
    );
}
