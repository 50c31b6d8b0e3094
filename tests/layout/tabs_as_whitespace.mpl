fn main() do
	let	x = 1
	if x == 1 do
		println("tabs")
	end
end
