pub type Light do
  On
  Off
end
