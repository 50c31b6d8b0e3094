# The ingestion pipeline's registry (MESHER.md §2): one per node, registered locally as
# `mesher_registry` and, on a distributed node, globally as `mesher_registry@<node>` so that
# peers can reach it. For now it knows which node it serves.
pub service PipelineRegistry do
  fn init(node_name :: String) -> String do
    node_name
  end

  call NodeName() :: String do |name|
    (name, name)
  end
end
