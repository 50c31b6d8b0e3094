//! The C ABI called by generated code, grouped by area.
//!
//! Every function is `#[no_mangle] extern "C"`, named `mesh_rt_<area>_<verb>` (plus the
//! `mesh_rt_start` entry point, the `mesh_rt_alloc*` allocation primitives and the process
//! primitives `mesh_rt_spawn`, `mesh_rt_self`, `mesh_rt_send`, … of
//! `docs/design/processes.md`), and takes and
//! returns only 64-bit words: Ints, Float bit patterns, Bools as 0/1, Unit as 0, and pointers.
//! Handles such as [`crate::string::Str`] are `#[repr(transparent)]` pointers, so the code
//! generator can declare every parameter and result as `i64`. Functions that return nothing
//! return Unit (0).
//!
//! Every body runs inside [`crate::crash::guard`], so a panic (a library crash such as `empty
//! list`, or a runtime bug) becomes a crash of the current process and never unwinds into
//! generated code.

pub mod gc;
pub mod io;
pub mod iter;
pub mod json;
pub mod list;
pub mod map;
pub mod node;
pub mod panic;
pub mod process;
pub mod queue;
pub mod set;
pub mod start;
pub mod string;
pub mod system;

/// How an exported function returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbiReturn {
    /// One 64-bit word (Unit, 0, for functions that only have effects).
    Word,
    /// Never returns (crashes the process).
    Never,
}

/// One exported function: every parameter is a 64-bit word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AbiFunction {
    /// The symbol name.
    pub name: &'static str,
    /// Number of (word) parameters.
    pub params: usize,
    /// How it returns.
    pub returns: AbiReturn,
}

/// Lists the exported functions in [`FUNCTIONS`]; the test below makes the compiler check each
/// entry's name and arity against the real function.
macro_rules! abi_functions {
    ($($area:ident :: $name:ident ( $($param:ident),* ) -> $returns:ident;)*) => {
        /// Every function of the C ABI, for the code generator to declare and to test against.
        pub const FUNCTIONS: &[AbiFunction] = &[$(AbiFunction {
            name: stringify!($name),
            params: <[&str]>::len(&[$(stringify!($param)),*]),
            returns: AbiReturn::$returns,
        }),*];

        #[cfg(test)]
        #[test]
        fn every_listed_function_exists_with_its_arity() {
            $(let _: unsafe extern "C" fn($(abi_functions!(@word $param)),*) -> _ = $area::$name;)*
            assert_eq!(FUNCTIONS.len(), [$(stringify!($name)),*].len());
        }
    };
    (@word $param:ident) => { _ };
}

abi_functions! {
    start::mesh_rt_start(argc, argv, entry) -> Word;
    gc::mesh_rt_alloc(bytes) -> Word;
    gc::mesh_rt_alloc_raw(bytes) -> Word;
    gc::mesh_rt_gc_register_root(slot) -> Word;
    gc::mesh_rt_gc_collect() -> Word;
    gc::mesh_rt_gc_heap_bytes() -> Word;
    panic::mesh_rt_panic(reason) -> Never;
    panic::mesh_rt_stack_overflow() -> Never;
    process::mesh_rt_spawn(entry, arg, buf) -> Word;
    process::mesh_rt_spawn_words(entry, words, n) -> Word;
    process::mesh_rt_terminate_set(function, arg) -> Word;
    process::mesh_rt_terminate_run() -> Word;
    process::mesh_rt_self() -> Word;
    process::mesh_rt_msg_begin() -> Word;
    process::mesh_rt_msg_end(buf) -> Word;
    process::mesh_rt_send(pid, msg, buf, type_id) -> Word;
    process::mesh_rt_recv_begin(has_timeout, timeout_ms) -> Word;
    process::mesh_rt_recv_next() -> Word;
    process::mesh_rt_recv_message() -> Word;
    process::mesh_rt_recv_type() -> Word;
    process::mesh_rt_recv_take() -> Word;
    process::mesh_rt_recv_localize(copy) -> Word;
    process::mesh_rt_yield() -> Word;
    process::mesh_rt_timer_sleep(ms) -> Word;
    process::mesh_rt_link(pid) -> Word;
    process::mesh_rt_process_unlink(pid) -> Word;
    process::mesh_rt_process_monitor(pid) -> Word;
    process::mesh_rt_process_demonitor(reference) -> Word;
    process::mesh_rt_process_exit(pid, reason) -> Word;
    process::mesh_rt_process_trap_exit(flag) -> Word;
    process::mesh_rt_process_register(name, pid) -> Word;
    process::mesh_rt_process_whereis(name) -> Word;
    process::mesh_rt_process_unregister(name) -> Word;
    process::mesh_rt_timer_send_after(pid, ms, msg, buf, type_id) -> Word;
    process::mesh_rt_service_call(pid, msg, buf, type_id, copy) -> Word;
    process::mesh_rt_service_receive(type_id, copy) -> Word;
    process::mesh_rt_service_reply(reply, buf, type_id) -> Word;
    process::mesh_rt_supervise(start, name, strategy, max_restarts, max_seconds, restarts, shutdowns) -> Word;
    process::mesh_rt_closure_copy(closure) -> Word;
    process::mesh_rt_job_async(f, copy) -> Word;
    process::mesh_rt_job_await(pid, has_timeout, timeout_ms, copy) -> Word;
    process::mesh_rt_job_map(xs, f, copy_elem, copy_result) -> Word;
    node::mesh_rt_node_start(name, cookie) -> Word;
    node::mesh_rt_node_connect(name) -> Word;
    node::mesh_rt_node_disconnect(name) -> Word;
    node::mesh_rt_node_self() -> Word;
    node::mesh_rt_node_list() -> Word;
    node::mesh_rt_node_monitor(name) -> Word;
    node::mesh_rt_global_register(name, pid) -> Word;
    node::mesh_rt_global_whereis(name) -> Word;
    node::mesh_rt_global_unregister(name) -> Word;
    node::mesh_rt_register_message_types(table, n) -> Word;
    node::mesh_rt_register_spawnables(table, n) -> Word;
    node::mesh_rt_node_spawn(node, name, payload, type_id, link) -> Word;
    io::mesh_rt_io_print(s) -> Word;
    io::mesh_rt_io_println(s) -> Word;
    io::mesh_rt_io_eprintln(s) -> Word;
    system::mesh_rt_io_read_line() -> Word;
    system::mesh_rt_env_get(name) -> Word;
    system::mesh_rt_env_args() -> Word;
    system::mesh_rt_file_read(path) -> Word;
    system::mesh_rt_file_write(path, contents) -> Word;
    system::mesh_rt_file_append(path, contents) -> Word;
    system::mesh_rt_file_exists(path) -> Word;
    system::mesh_rt_file_delete(path) -> Word;
    system::mesh_rt_timer_now_ms() -> Word;
    string::mesh_rt_string_concat(a, b) -> Word;
    string::mesh_rt_string_eq(a, b) -> Word;
    string::mesh_rt_string_cmp(a, b) -> Word;
    string::mesh_rt_string_length(s) -> Word;
    string::mesh_rt_string_byte_size(s) -> Word;
    string::mesh_rt_string_to_upper(s) -> Word;
    string::mesh_rt_string_to_lower(s) -> Word;
    string::mesh_rt_string_split(s, sep) -> Word;
    string::mesh_rt_string_join(parts, sep) -> Word;
    string::mesh_rt_string_contains(s, sub) -> Word;
    string::mesh_rt_string_starts_with(s, prefix) -> Word;
    string::mesh_rt_string_ends_with(s, suffix) -> Word;
    string::mesh_rt_string_slice(s, start, end) -> Word;
    string::mesh_rt_string_index_of(s, sub) -> Word;
    string::mesh_rt_string_trim(s) -> Word;
    string::mesh_rt_string_replace(s, from, to) -> Word;
    string::mesh_rt_string_chars(s) -> Word;
    string::mesh_rt_string_to_int(s) -> Word;
    string::mesh_rt_string_to_float(s) -> Word;
    string::mesh_rt_string_from_int(n) -> Word;
    string::mesh_rt_string_from_float(bits) -> Word;
    string::mesh_rt_string_from_bool(b) -> Word;
    string::mesh_rt_string_debug(s) -> Word;
    string::mesh_rt_string_hash(s) -> Word;
    string::mesh_rt_string_copy(s) -> Word;
    string::mesh_rt_pid_to_string(pid) -> Word;
    list::mesh_rt_list_from_words(words, n) -> Word;
    list::mesh_rt_list_empty() -> Word;
    list::mesh_rt_list_length(xs) -> Word;
    list::mesh_rt_list_is_empty(xs) -> Word;
    list::mesh_rt_list_get(xs, index) -> Word;
    list::mesh_rt_list_get_unchecked(xs, index) -> Word;
    list::mesh_rt_list_fetch(xs, index) -> Word;
    list::mesh_rt_list_head(xs) -> Word;
    list::mesh_rt_list_tail(xs) -> Word;
    list::mesh_rt_list_last(xs) -> Word;
    list::mesh_rt_list_drop(xs, n) -> Word;
    list::mesh_rt_list_take(xs, n) -> Word;
    list::mesh_rt_list_append(xs, x) -> Word;
    list::mesh_rt_list_prepend(x, xs) -> Word;
    list::mesh_rt_list_concat(a, b) -> Word;
    list::mesh_rt_list_reverse(xs) -> Word;
    list::mesh_rt_list_map(xs, f) -> Word;
    list::mesh_rt_list_filter(xs, p) -> Word;
    list::mesh_rt_list_reduce(xs, init, f) -> Word;
    list::mesh_rt_list_find(xs, p) -> Word;
    list::mesh_rt_list_any(xs, p) -> Word;
    list::mesh_rt_list_all(xs, p) -> Word;
    list::mesh_rt_list_each(xs, f) -> Word;
    list::mesh_rt_list_sort(xs, cmp) -> Word;
    list::mesh_rt_list_sort_ord(xs, cmp) -> Word;
    list::mesh_rt_list_zip(a, b) -> Word;
    list::mesh_rt_list_enumerate(xs) -> Word;
    list::mesh_rt_list_flatten(xss) -> Word;
    list::mesh_rt_list_flat_map(xs, f) -> Word;
    list::mesh_rt_list_eq(a, b, eq) -> Word;
    list::mesh_rt_list_cmp(a, b, cmp) -> Word;
    list::mesh_rt_list_contains(xs, x, eq) -> Word;
    list::mesh_rt_list_to_string(xs, show) -> Word;
    list::mesh_rt_tuple_nth(tuple, size, index) -> Word;
    list::mesh_rt_list_copy(xs, copy) -> Word;
    queue::mesh_rt_queue_pop(q) -> Word;
    queue::mesh_rt_queue_peek(q) -> Word;
    queue::mesh_rt_queue_to_string(q, show) -> Word;
    iter::mesh_rt_iter_from_list(xs) -> Word;
    iter::mesh_rt_iter_from_map(m) -> Word;
    iter::mesh_rt_iter_from_set(s) -> Word;
    iter::mesh_rt_iter_from_range(range) -> Word;
    iter::mesh_rt_iter_from_next(state, next) -> Word;
    iter::mesh_rt_iter_map(it, f) -> Word;
    iter::mesh_rt_iter_filter(it, p) -> Word;
    iter::mesh_rt_iter_take(it, n) -> Word;
    iter::mesh_rt_iter_skip(it, n) -> Word;
    iter::mesh_rt_iter_enumerate(it) -> Word;
    iter::mesh_rt_iter_zip(a, b) -> Word;
    iter::mesh_rt_iter_count(it) -> Word;
    iter::mesh_rt_iter_sum_int(it) -> Word;
    iter::mesh_rt_iter_sum_float(it) -> Word;
    iter::mesh_rt_iter_any(it, p) -> Word;
    iter::mesh_rt_iter_all(it, p) -> Word;
    iter::mesh_rt_iter_find(it, p) -> Word;
    iter::mesh_rt_iter_reduce(it, init, f) -> Word;
    iter::mesh_rt_iter_next(it) -> Word;
    iter::mesh_rt_iter_pull(it, slot) -> Word;
    iter::mesh_rt_iter_close(it) -> Word;
    iter::mesh_rt_iter_collect_list(it) -> Word;
    iter::mesh_rt_iter_collect_string(it) -> Word;
    iter::mesh_rt_iter_collect_map(it, eq, hash) -> Word;
    iter::mesh_rt_iter_collect_set(it, eq, hash) -> Word;
    list::mesh_rt_list_hash(xs, hash) -> Word;
    list::mesh_rt_list_builder_new() -> Word;
    list::mesh_rt_list_builder_push(builder, x) -> Word;
    list::mesh_rt_list_builder_finish(builder) -> Word;
    map::mesh_rt_map_new() -> Word;
    map::mesh_rt_map_put(m, k, v, eq, hash) -> Word;
    map::mesh_rt_map_fetch(m, k, eq, hash) -> Word;
    map::mesh_rt_map_has_key(m, k, eq, hash) -> Word;
    map::mesh_rt_map_delete(m, k, eq, hash) -> Word;
    map::mesh_rt_map_size(m) -> Word;
    map::mesh_rt_map_keys(m) -> Word;
    map::mesh_rt_map_values(m) -> Word;
    map::mesh_rt_map_to_list(m) -> Word;
    map::mesh_rt_map_from_list(pairs, eq, hash) -> Word;
    map::mesh_rt_map_merge(a, b, eq, hash) -> Word;
    map::mesh_rt_map_get_or(m, k, fallback, eq, hash) -> Word;
    map::mesh_rt_map_get_or_panic(m, k, eq, hash, debug_key) -> Word;
    map::mesh_rt_map_eq(a, b, key_eq, key_hash, value_eq) -> Word;
    map::mesh_rt_map_cmp(a, b, key_cmp, value_cmp) -> Word;
    map::mesh_rt_map_hash(m, key_hash, value_hash) -> Word;
    map::mesh_rt_map_to_string(m, show_key, show_value) -> Word;
    map::mesh_rt_map_iter_new(m) -> Word;
    map::mesh_rt_map_iter_next(it) -> Word;
    map::mesh_rt_map_iter_key(it) -> Word;
    map::mesh_rt_map_iter_value(it) -> Word;
    map::mesh_rt_map_copy(m, copy_key, copy_value, eq, hash) -> Word;
    set::mesh_rt_set_new() -> Word;
    set::mesh_rt_set_add(s, x, eq, hash) -> Word;
    set::mesh_rt_set_remove(s, x, eq, hash) -> Word;
    set::mesh_rt_set_contains(s, x, eq, hash) -> Word;
    set::mesh_rt_set_size(s) -> Word;
    set::mesh_rt_set_union(a, b, eq, hash) -> Word;
    set::mesh_rt_set_intersection(a, b, eq, hash) -> Word;
    set::mesh_rt_set_difference(a, b, eq, hash) -> Word;
    set::mesh_rt_set_to_list(s) -> Word;
    set::mesh_rt_set_from_list(xs, eq, hash) -> Word;
    set::mesh_rt_set_eq(a, b, eq, hash) -> Word;
    set::mesh_rt_set_cmp(a, b, cmp) -> Word;
    set::mesh_rt_set_hash(s, hash) -> Word;
    set::mesh_rt_set_to_string(s, show) -> Word;
    set::mesh_rt_set_iter_new(s) -> Word;
    set::mesh_rt_set_iter_next(it) -> Word;
    set::mesh_rt_set_iter_element(it) -> Word;
    set::mesh_rt_set_copy(s, copy, eq, hash) -> Word;
    json::mesh_rt_json_parse(text) -> Word;
    json::mesh_rt_json_encode(j) -> Word;
    json::mesh_rt_json_null() -> Word;
    json::mesh_rt_json_bool(b) -> Word;
    json::mesh_rt_json_int(i) -> Word;
    json::mesh_rt_json_float(bits) -> Word;
    json::mesh_rt_json_string(s) -> Word;
    json::mesh_rt_json_array(xs) -> Word;
    json::mesh_rt_json_object_new() -> Word;
    json::mesh_rt_json_object_put(obj, key, value) -> Word;
    json::mesh_rt_json_get(source, key) -> Word;
    json::mesh_rt_json_get_value(source, key) -> Word;
    json::mesh_rt_json_get_nested(source, k1, k2) -> Word;
    json::mesh_rt_json_get_nested_value(source, k1, k2) -> Word;
    json::mesh_rt_json_field(j, key) -> Word;
    json::mesh_rt_json_as_string(j) -> Word;
    json::mesh_rt_json_as_int(j) -> Word;
    json::mesh_rt_json_as_float(j) -> Word;
    json::mesh_rt_json_as_bool(j) -> Word;
    json::mesh_rt_json_as_list(j) -> Word;
    json::mesh_rt_json_as_map(j) -> Word;
    json::mesh_rt_json_is_null(j) -> Word;
    json::mesh_rt_json_eq(a, b) -> Word;
    json::mesh_rt_json_encode_string(s) -> Word;
    json::mesh_rt_json_encode_int(i) -> Word;
    json::mesh_rt_json_encode_bool(b) -> Word;
    json::mesh_rt_json_encode_map(m) -> Word;
    json::mesh_rt_json_encode_list(xs) -> Word;
    json::mesh_rt_json_from_value(value, desc) -> Word;
    json::mesh_rt_json_encode_value(value, desc) -> Word;
    json::mesh_rt_json_to_value(json, desc) -> Word;
    json::mesh_rt_json_decode_value(text, desc) -> Word;
    json::mesh_rt_json_copy(j) -> Word;
}

/// A Mesh `Bool`.
#[inline]
fn flag(value: bool) -> u64 {
    u64::from(value)
}
