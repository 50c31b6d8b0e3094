# Memory must stay bounded: 10 million strings are built and dropped by the filter.
fn main() do
  let short = for i in 0..10000000 when String.length("${i}") < 2 do i end
  println("${short}")
end
