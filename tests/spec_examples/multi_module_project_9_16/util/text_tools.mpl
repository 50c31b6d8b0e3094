pub fn banner(title :: String) -> String do
  "== " <> String.to_upper(title) <> " =="
end
