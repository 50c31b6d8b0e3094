# json: Json.encode a list of 100,000 records (a struct deriving Json, STDLIB.md §6.4), then
# Json.parse the text (§5.13) and read every record's fields back through Json.field and the
# Json.as_* accessors.
# Needs the Json module and deriving(Json); until they exist this program does not compile and
# bench/stdlib/run.sh skips the workload.

struct Item do
  id :: Int
  name :: String
  score :: Float
  tags :: List<String>
  active :: Bool
end deriving(Json)

fn int_field(j :: Json, key :: String) -> Int do
  case Json.field(j, key) do
    Some(v) -> case Json.as_int(v) do
      Some(i) -> i
      None -> 0
    end
    None -> 0
  end
end

fn float_field(j :: Json, key :: String) -> Float do
  case Json.field(j, key) do
    Some(v) -> case Json.as_float(v) do
      Some(f) -> f
      None -> 0.0
    end
    None -> 0.0
  end
end

fn string_field(j :: Json, key :: String) -> String do
  case Json.field(j, key) do
    Some(v) -> case Json.as_string(v) do
      Some(s) -> s
      None -> ""
    end
    None -> ""
  end
end

fn bool_field(j :: Json, key :: String) -> Bool do
  case Json.field(j, key) do
    Some(v) -> case Json.as_bool(v) do
      Some(b) -> b
      None -> false
    end
    None -> false
  end
end

fn list_len_field(j :: Json, key :: String) -> Int do
  case Json.field(j, key) do
    Some(v) -> case Json.as_list(v) do
      Some(xs) -> List.length(xs)
      None -> 0
    end
    None -> 0
  end
end

fn report(text :: String, doc :: Json) -> () do
  let records = case Json.as_list(doc) do
    Some(xs) -> xs
    None -> []
  end
  let ids = List.reduce(records, 0, fn acc, r -> acc + int_field(r, "id") end)
  let names = List.reduce(records, 0, fn acc, r -> acc + String.length(string_field(r, "name")) end)
  let score4 = List.reduce(records, 0.0, fn acc, r -> acc + float_field(r, "score") end) * 4.0
  let active = List.reduce(records, 0, fn acc, r -> acc + (if bool_field(r, "active") do 1 else 0 end) end)
  let tags = List.reduce(records, 0, fn acc, r -> acc + list_len_field(r, "tags") end)
  println("json bytes=${String.byte_size(text)} records=${List.length(records)} ids=${ids} names=${names} score4=${Float.to_int(score4)} active=${active} tags=${tags}")
end

fn main() do
  let n = 100000
  let items = for i in 0..n do
    Item { id: i, name: "item \"${i}\"", score: Float.from(i % 1000) * 0.25, tags: ["t${i % 10}", "x"], active: i % 3 == 0 }
  end
  let text = Json.encode(items)
  case Json.parse(text) do
    Ok(doc) -> report(text, doc)
    Err(e) -> println("json parse error: ${e}")
  end
end
