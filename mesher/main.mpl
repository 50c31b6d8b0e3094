# mesher: the error-monitoring service (MESHER.md). This is its start: distribution from the
# environment, the configured ports, and the pipeline registry, registered locally and — on a
# distributed node — globally. The program keeps running until it is killed.
import Config
import Ingestion.Pipeline

# Starts distribution as `name`. Returns whether the node runs.
fn start_node(name :: String, cookie :: String) -> Bool do
  if Node.start(name, cookie) == 0 do
    println("[Mesher] Node started: ${name}")
    true
  else
    println("[Mesher] Node start failed for: ${name}")
    false
  end
end

# Connects to each configured peer; returns the ones connected.
fn connect_peers(peers :: List<String>) -> List<String> do
  if List.is_empty(peers) do
    println("[Mesher] No peers configured")
  end
  List.filter(peers, fn peer -> connect_peer(peer) end)
end

fn connect_peer(peer :: String) -> Bool do
  if Node.connect(peer) == 0 do
    println("[Mesher] Connected to peer: ${peer}")
    true
  else
    println("[Mesher] Failed to connect to peer: ${peer}")
    false
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

# Looks up each peer's registry (its registration may still be on its way: up to 5 s) and asks
# it which node it serves, through a service call to the other node.
fn reach_peer_registries(peers :: List<String>) -> () do
  for peer in peers do
    let name = "mesher_registry@${peer}"
    let registry = await_global(name, 250)
    if Pid.is_none(registry) do
      println("[Mesher] Peer registry unreachable: ${name}")
    else
      let serves = Pipeline.PipelineRegistry.node_name(registry)
      println("[Mesher] Peer registry reachable: ${name} on ${serves}")
    end
  end
  ()
end

fn await_global(name :: String, tries :: Int) -> Pid<()> do
  let found = Global.whereis(name)
  if Pid.is_none(found) and tries > 0 do
    Timer.sleep(20)
    await_global(name, tries - 1)
  else
    found
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
  let connected = if distributed do
    connect_peers(Config.peers(Config.env_or("MESHER_PEERS", "")))
  else
    []
  end
  let http_port = Config.port("MESHER_HTTP_PORT", 8080)
  let ws_port = Config.port("MESHER_WS_PORT", 8081)
  println("[Mesher] Configured ports: HTTP ${http_port}, WebSocket ${ws_port}")
  let node_name = if distributed do Node.self() else "" end
  let registry = Pipeline.PipelineRegistry.start(if distributed do node_name else "standalone" end)
  register_registry(registry, node_name)
  reach_peer_registries(connected)
  spawn(keep_alive)
end
