# The legacy flat aliases file_read/write/append/exists/delete, io_eprintln and env_get are the
# File, IO and Env functions (STDLIB.md §3.3, §5.2–§5.4). io_read_line is not exercised (stdin).
fn main() do
  let path = "mesh_alias_test_file.txt"
  println("${file_exists(path)}")
  println("${file_write(path, "one\n")} ${file_append(path, "two\n")}")
  println("${file_read(path)}")
  println("${file_exists(path)} ${file_delete(path)} ${file_exists(path)}")
  println("${file_read(path)} ${file_delete(path)}")
  io_eprintln("to stderr")
  println("${env_get("MESH_TEST_SURELY_UNSET_VARIABLE")} ${env_get("PATH") == Env.get("PATH")}")
end
