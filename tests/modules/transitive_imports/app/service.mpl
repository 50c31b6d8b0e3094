import Lib.Store

pub fn summary() -> String do
  "${Store.count()} items: " <> String.join(Store.items(), ", ")
end
