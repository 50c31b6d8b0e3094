import Ingestion.WsHandler
import Api.HttpV2.Routes

fn main() do
  println(WsHandler.name())
  println(Routes.name())
  println(Api.HttpV2.Routes.name())
end
