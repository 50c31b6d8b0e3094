// json: see bench/stdlib/json.mpl. Encodes 100,000 records with a derived Serialize (fields in
// declaration order, compact output), parses the text back into an untyped serde_json::Value
// (like Json.parse) and reads every record's fields.
use serde::Serialize;
use serde_json::Value;

#[derive(Serialize)]
struct Item {
    id: i64,
    name: String,
    score: f64,
    tags: Vec<String>,
    active: bool,
}

fn main() {
    let n: i64 = 100_000;
    let items: Vec<Item> = (0..n)
        .map(|i| Item {
            id: i,
            name: format!("item \"{}\"", i),
            score: (i % 1000) as f64 * 0.25,
            tags: vec![format!("t{}", i % 10), "x".to_string()],
            active: i % 3 == 0,
        })
        .collect();
    let text = serde_json::to_string(&items).unwrap();
    let doc: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            println!("json parse error: {}", e);
            return;
        }
    };
    let empty = Vec::new();
    let records = doc.as_array().unwrap_or(&empty);
    let ids: i64 = records.iter().map(|r| r.get("id").and_then(Value::as_i64).unwrap_or(0)).sum();
    let names: i64 = records
        .iter()
        .map(|r| r.get("name").and_then(Value::as_str).map_or(0, |s| s.chars().count() as i64))
        .sum();
    let score4 = records
        .iter()
        .fold(0.0, |acc, r| acc + r.get("score").and_then(Value::as_f64).unwrap_or(0.0))
        * 4.0;
    let active: i64 = records
        .iter()
        .map(|r| r.get("active").and_then(Value::as_bool).unwrap_or(false) as i64)
        .sum();
    let tags: i64 = records
        .iter()
        .map(|r| r.get("tags").and_then(Value::as_array).map_or(0, |a| a.len() as i64))
        .sum();
    println!(
        "json bytes={} records={} ids={} names={} score4={} active={} tags={}",
        text.len(),
        records.len(),
        ids,
        names,
        score4 as i64,
        active,
        tags
    );
}
