pub type Position do
  On
  Middle
end
