fn main() do
  println("${Env.get("MESH_TEST_SURELY_UNSET_VARIABLE")} ${Env.args()}")
  let path = "mesh_test_file_roundtrip.txt"
  println("${File.exists(path)}")
  println("${File.write(path, "one\n")}")
  println("${File.append(path, "two\n")}")
  println("${File.read(path)}")
  println("${File.exists(path)} ${File.delete(path)} ${File.exists(path)}")
  println("${File.read(path)}")
  println("${File.delete(path)}")
end
