# mesher: the error-monitoring service (MESHER.md). This is its start: distribution from the
# environment, the configured ports, and the pipeline registry, registered locally and — on a
# distributed node — globally. The program keeps running until it is killed.
import Config
import Ingestion.Pipeline

# Starts distribution as `name`; connects to the configured peers. Returns whether the node runs.
fn start_node(name :: String, cookie :: String) -> Bool do
  if Node.start(name, cookie) == 0 do
    println("[Mesher] Node started: ${name}")
    connect_peers(Config.peers(Config.env_or("MESHER_PEERS", "")))
    true
  else
    println("[Mesher] Node start failed for: ${name}")
    false
  end
end

fn connect_peers(peers :: List<String>) -> () do
  if List.is_empty(peers) do
    println("[Mesher] No peers configured")
  else
    for peer in peers do
      if Node.connect(peer) == 0 do
        println("[Mesher] Connected to peer: ${peer}")
      else
        println("[Mesher] Failed to connect to peer: ${peer}")
      end
    end
    ()
  end
end

# Registers the pipeline registry under its names; globally only on a distributed node.
fn register_registry(registry :: Pid<()>, node_name :: String) -> () do
  Process.register("mesher_registry", registry)
  if node_name != "" do
    Global.register("mesher_registry@${node_name}", registry)
    Global.register("mesher_registry", registry)
    println("[Mesher] Services registered globally as mesher_registry@${node_name}")
  end
end

# Keeps a standalone node alive (a distributed node stays up by itself).
actor keep_alive() do
  Timer.sleep(60000)
  keep_alive()
end

fn main() do
  let name = Config.env_or("MESHER_NODE_NAME", "")
  let cookie = Config.env_or("MESHER_COOKIE", "")
  let distributed = if name != "" and cookie != "" do
    start_node(name, cookie)
  else
    println("[Mesher] Running in standalone mode (no distribution)")
    false
  end
  let http_port = Config.port("MESHER_HTTP_PORT", 8080)
  let ws_port = Config.port("MESHER_WS_PORT", 8081)
  println("[Mesher] Configured ports: HTTP ${http_port}, WebSocket ${ws_port}")
  let node_name = if distributed do Node.self() else "" end
  let registry = Pipeline.PipelineRegistry.start(if distributed do node_name else "standalone" end)
  register_registry(registry, node_name)
  spawn(keep_alive)
end
