fn main() do
end
