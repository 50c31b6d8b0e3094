//! The runtime functions generated code calls, with their LLVM signatures, in one place.
//!
//! Following Inko's `RuntimeFunction`, every entry point of `runtime/` (the `mesh_rt` staticlib)
//! that code generation uses is a variant of [`RuntimeFn`]; its name and signature are defined
//! here once and declared in a module on first use. All parameters and results are 64-bit words
//! (values, lengths, pointers converted with `ptrtoint`) except where [`Kind::Ptr`] says the
//! runtime takes or returns an address that generated code uses as a pointer directly.

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::types::BasicMetadataTypeEnum;
use inkwell::values::FunctionValue;
use inkwell::AddressSpace;

/// How one parameter or result is passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An `i64`.
    Word,
    /// A `ptr`.
    Ptr,
    /// The function never returns (only as a result).
    Never,
}

macro_rules! runtime_functions {
    ($($variant:ident = $name:literal ($($param:ident),*) -> $ret:ident;)*) => {
        /// A function exported by the runtime.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RuntimeFn {
            $($variant,)*
        }

        impl RuntimeFn {
            /// Every runtime function, in declaration order.
            pub const ALL: &'static [RuntimeFn] = &[$(RuntimeFn::$variant,)*];

            /// The exported C symbol.
            pub fn name(self) -> &'static str {
                match self {
                    $(RuntimeFn::$variant => $name,)*
                }
            }

            /// How each parameter is passed.
            pub fn params(self) -> &'static [Kind] {
                match self {
                    $(RuntimeFn::$variant => &[$(Kind::$param),*],)*
                }
            }

            /// How the result is returned.
            pub fn ret(self) -> Kind {
                match self {
                    $(RuntimeFn::$variant => Kind::$ret,)*
                }
            }
        }
    };
}

runtime_functions! {
    Start = "mesh_rt_start"(Word, Ptr, Ptr) -> Word;
    Alloc = "mesh_rt_alloc"(Word) -> Ptr;
    GcRegisterRoot = "mesh_rt_gc_register_root"(Ptr) -> Word;
    Panic = "mesh_rt_panic"(Word) -> Never;

    IoPrint = "mesh_rt_io_print"(Word) -> Word;
    IoPrintln = "mesh_rt_io_println"(Word) -> Word;
    IoEprintln = "mesh_rt_io_eprintln"(Word) -> Word;

    StringConcat = "mesh_rt_string_concat"(Word, Word) -> Word;
    StringEq = "mesh_rt_string_eq"(Word, Word) -> Word;
    StringCmp = "mesh_rt_string_cmp"(Word, Word) -> Word;
    StringLength = "mesh_rt_string_length"(Word) -> Word;
    StringToUpper = "mesh_rt_string_to_upper"(Word) -> Word;
    StringToLower = "mesh_rt_string_to_lower"(Word) -> Word;
    StringSplit = "mesh_rt_string_split"(Word, Word) -> Word;
    StringJoin = "mesh_rt_string_join"(Word, Word) -> Word;
    StringContains = "mesh_rt_string_contains"(Word, Word) -> Word;
    StringStartsWith = "mesh_rt_string_starts_with"(Word, Word) -> Word;
    StringEndsWith = "mesh_rt_string_ends_with"(Word, Word) -> Word;
    StringTrim = "mesh_rt_string_trim"(Word) -> Word;
    StringSlice = "mesh_rt_string_slice"(Word, Word, Word) -> Word;
    StringReplace = "mesh_rt_string_replace"(Word, Word, Word) -> Word;
    StringToInt = "mesh_rt_string_to_int"(Word) -> Word;
    StringToFloat = "mesh_rt_string_to_float"(Word) -> Word;
    StringFromInt = "mesh_rt_string_from_int"(Word) -> Word;
    StringFromFloat = "mesh_rt_string_from_float"(Word) -> Word;
    StringFromBool = "mesh_rt_string_from_bool"(Word) -> Word;
    StringDebug = "mesh_rt_string_debug"(Word) -> Word;
    StringHash = "mesh_rt_string_hash"(Word) -> Word;
    IoReadLine = "mesh_rt_io_read_line"() -> Word;
    EnvGet = "mesh_rt_env_get"(Word) -> Word;
    EnvArgs = "mesh_rt_env_args"() -> Word;
    FileRead = "mesh_rt_file_read"(Word) -> Word;
    FileWrite = "mesh_rt_file_write"(Word, Word) -> Word;
    FileAppend = "mesh_rt_file_append"(Word, Word) -> Word;
    FileExists = "mesh_rt_file_exists"(Word) -> Word;
    FileDelete = "mesh_rt_file_delete"(Word) -> Word;
    StringByteSize = "mesh_rt_string_byte_size"(Word) -> Word;
    StringIndexOf = "mesh_rt_string_index_of"(Word, Word) -> Word;
    StringChars = "mesh_rt_string_chars"(Word) -> Word;

    ListFromWords = "mesh_rt_list_from_words"(Ptr, Word) -> Word;
    ListEmpty = "mesh_rt_list_empty"() -> Word;
    ListLength = "mesh_rt_list_length"(Word) -> Word;
    ListGet = "mesh_rt_list_get"(Word, Word) -> Word;
    ListGetUnchecked = "mesh_rt_list_get_unchecked"(Word, Word) -> Word;
    ListHead = "mesh_rt_list_head"(Word) -> Word;
    ListTail = "mesh_rt_list_tail"(Word) -> Word;
    ListLast = "mesh_rt_list_last"(Word) -> Word;
    ListDrop = "mesh_rt_list_drop"(Word, Word) -> Word;
    ListTake = "mesh_rt_list_take"(Word, Word) -> Word;
    ListAppend = "mesh_rt_list_append"(Word, Word) -> Word;
    ListPrepend = "mesh_rt_list_prepend"(Word, Word) -> Word;
    ListConcat = "mesh_rt_list_concat"(Word, Word) -> Word;
    ListReverse = "mesh_rt_list_reverse"(Word) -> Word;
    ListMap = "mesh_rt_list_map"(Word, Word) -> Word;
    ListFilter = "mesh_rt_list_filter"(Word, Word) -> Word;
    ListReduce = "mesh_rt_list_reduce"(Word, Word, Word) -> Word;
    ListFind = "mesh_rt_list_find"(Word, Word) -> Word;
    ListAny = "mesh_rt_list_any"(Word, Word) -> Word;
    ListAll = "mesh_rt_list_all"(Word, Word) -> Word;
    ListFetch = "mesh_rt_list_fetch"(Word, Word) -> Word;
    ListSort = "mesh_rt_list_sort"(Word, Word) -> Word;
    ListSortOrd = "mesh_rt_list_sort_ord"(Word, Ptr) -> Word;
    ListZip = "mesh_rt_list_zip"(Word, Word) -> Word;
    ListEnumerate = "mesh_rt_list_enumerate"(Word) -> Word;
    ListFlatten = "mesh_rt_list_flatten"(Word) -> Word;
    ListFlatMap = "mesh_rt_list_flat_map"(Word, Word) -> Word;
    ListEq = "mesh_rt_list_eq"(Word, Word, Ptr) -> Word;
    ListCmp = "mesh_rt_list_cmp"(Word, Word, Ptr) -> Word;
    ListContains = "mesh_rt_list_contains"(Word, Word, Ptr) -> Word;
    ListToString = "mesh_rt_list_to_string"(Word, Ptr) -> Word;
    ListHash = "mesh_rt_list_hash"(Word, Ptr) -> Word;
    ListBuilderNew = "mesh_rt_list_builder_new"() -> Word;
    ListBuilderPush = "mesh_rt_list_builder_push"(Word, Word) -> Word;
    ListBuilderFinish = "mesh_rt_list_builder_finish"(Word) -> Word;

    // Keyed operations take the key type's `mesh.eq<K>` and `mesh.hash<K>` helpers (`Ptr`).
    MapNew = "mesh_rt_map_new"() -> Word;
    MapPut = "mesh_rt_map_put"(Word, Word, Word, Ptr, Ptr) -> Word;
    MapFetch = "mesh_rt_map_fetch"(Word, Word, Ptr, Ptr) -> Word;
    MapHasKey = "mesh_rt_map_has_key"(Word, Word, Ptr, Ptr) -> Word;
    MapDelete = "mesh_rt_map_delete"(Word, Word, Ptr, Ptr) -> Word;
    MapSize = "mesh_rt_map_size"(Word) -> Word;
    MapKeys = "mesh_rt_map_keys"(Word) -> Word;
    MapValues = "mesh_rt_map_values"(Word) -> Word;
    MapToList = "mesh_rt_map_to_list"(Word) -> Word;
    MapFromList = "mesh_rt_map_from_list"(Word, Ptr, Ptr) -> Word;
    MapMerge = "mesh_rt_map_merge"(Word, Word, Ptr, Ptr) -> Word;
    MapGetOr = "mesh_rt_map_get_or"(Word, Word, Word, Ptr, Ptr) -> Word;
    MapGetOrPanic = "mesh_rt_map_get_or_panic"(Word, Word, Ptr, Ptr, Ptr) -> Word;
    MapEq = "mesh_rt_map_eq"(Word, Word, Ptr, Ptr, Ptr) -> Word;
    MapCmp = "mesh_rt_map_cmp"(Word, Word, Ptr, Ptr) -> Word;
    MapHash = "mesh_rt_map_hash"(Word, Ptr, Ptr) -> Word;
    MapToString = "mesh_rt_map_to_string"(Word, Ptr, Ptr) -> Word;
    MapIterNew = "mesh_rt_map_iter_new"(Word) -> Word;
    MapIterNext = "mesh_rt_map_iter_next"(Word) -> Word;
    MapIterKey = "mesh_rt_map_iter_key"(Word) -> Word;
    MapIterValue = "mesh_rt_map_iter_value"(Word) -> Word;

    SetNew = "mesh_rt_set_new"() -> Word;
    SetAdd = "mesh_rt_set_add"(Word, Word, Ptr, Ptr) -> Word;
    SetRemove = "mesh_rt_set_remove"(Word, Word, Ptr, Ptr) -> Word;
    SetContains = "mesh_rt_set_contains"(Word, Word, Ptr, Ptr) -> Word;
    SetSize = "mesh_rt_set_size"(Word) -> Word;
    SetUnion = "mesh_rt_set_union"(Word, Word, Ptr, Ptr) -> Word;
    SetIntersection = "mesh_rt_set_intersection"(Word, Word, Ptr, Ptr) -> Word;
    SetDifference = "mesh_rt_set_difference"(Word, Word, Ptr, Ptr) -> Word;
    SetToList = "mesh_rt_set_to_list"(Word) -> Word;
    SetFromList = "mesh_rt_set_from_list"(Word, Ptr, Ptr) -> Word;
    SetEq = "mesh_rt_set_eq"(Word, Word, Ptr, Ptr) -> Word;
    SetCmp = "mesh_rt_set_cmp"(Word, Word, Ptr) -> Word;
    SetHash = "mesh_rt_set_hash"(Word, Ptr) -> Word;
    SetToString = "mesh_rt_set_to_string"(Word, Ptr) -> Word;
    SetIterNew = "mesh_rt_set_iter_new"(Word) -> Word;
    SetIterNext = "mesh_rt_set_iter_next"(Word) -> Word;
    SetIterElement = "mesh_rt_set_iter_element"(Word) -> Word;

    // A queue is a list (`runtime/src/abi/queue.rs`): the other Queue functions are list ones.
    QueuePop = "mesh_rt_queue_pop"(Word) -> Word;
    QueuePeek = "mesh_rt_queue_peek"(Word) -> Word;
    QueueToString = "mesh_rt_queue_to_string"(Word, Ptr) -> Word;

    IterFromList = "mesh_rt_iter_from_list"(Word) -> Word;
    IterFromMap = "mesh_rt_iter_from_map"(Word) -> Word;
    IterFromSet = "mesh_rt_iter_from_set"(Word) -> Word;
    IterFromRange = "mesh_rt_iter_from_range"(Word) -> Word;
    IterFromNext = "mesh_rt_iter_from_next"(Word, Word) -> Word;
    IterMap = "mesh_rt_iter_map"(Word, Word) -> Word;
    IterFilter = "mesh_rt_iter_filter"(Word, Word) -> Word;
    IterTake = "mesh_rt_iter_take"(Word, Word) -> Word;
    IterSkip = "mesh_rt_iter_skip"(Word, Word) -> Word;
    IterEnumerate = "mesh_rt_iter_enumerate"(Word) -> Word;
    IterZip = "mesh_rt_iter_zip"(Word, Word) -> Word;
    IterCount = "mesh_rt_iter_count"(Word) -> Word;
    IterSumInt = "mesh_rt_iter_sum_int"(Word) -> Word;
    IterSumFloat = "mesh_rt_iter_sum_float"(Word) -> Word;
    IterAny = "mesh_rt_iter_any"(Word, Word) -> Word;
    IterAll = "mesh_rt_iter_all"(Word, Word) -> Word;
    IterFind = "mesh_rt_iter_find"(Word, Word) -> Word;
    IterReduce = "mesh_rt_iter_reduce"(Word, Word, Word) -> Word;
    IterNext = "mesh_rt_iter_next"(Word) -> Word;
    IterPull = "mesh_rt_iter_pull"(Word, Ptr) -> Word;
    IterClose = "mesh_rt_iter_close"(Word) -> Word;
    IterCollectList = "mesh_rt_iter_collect_list"(Word) -> Word;
    IterCollectString = "mesh_rt_iter_collect_string"(Word) -> Word;
    IterCollectMap = "mesh_rt_iter_collect_map"(Word, Ptr, Ptr) -> Word;
    IterCollectSet = "mesh_rt_iter_collect_set"(Word, Ptr, Ptr) -> Word;

    TimerNowMs = "mesh_rt_timer_now_ms"() -> Word;
    TupleNth = "mesh_rt_tuple_nth"(Word, Word, Word) -> Word;

    // A `Json` value is a variant (`runtime/src/json.rs`). Typed values are converted through a
    // constant type descriptor (`Ptr`, `lower/json.rs`).
    JsonParse = "mesh_rt_json_parse"(Word) -> Word;
    JsonEncode = "mesh_rt_json_encode"(Word) -> Word;
    JsonEq = "mesh_rt_json_eq"(Word, Word) -> Word;
    JsonGet = "mesh_rt_json_get"(Word, Word) -> Word;
    JsonGetValue = "mesh_rt_json_get_value"(Word, Word) -> Word;
    JsonGetNested = "mesh_rt_json_get_nested"(Word, Word, Word) -> Word;
    JsonGetNestedValue = "mesh_rt_json_get_nested_value"(Word, Word, Word) -> Word;
    JsonField = "mesh_rt_json_field"(Word, Word) -> Word;
    JsonAsString = "mesh_rt_json_as_string"(Word) -> Word;
    JsonAsInt = "mesh_rt_json_as_int"(Word) -> Word;
    JsonAsFloat = "mesh_rt_json_as_float"(Word) -> Word;
    JsonAsBool = "mesh_rt_json_as_bool"(Word) -> Word;
    JsonAsList = "mesh_rt_json_as_list"(Word) -> Word;
    JsonAsMap = "mesh_rt_json_as_map"(Word) -> Word;
    JsonIsNull = "mesh_rt_json_is_null"(Word) -> Word;
    JsonEncodeString = "mesh_rt_json_encode_string"(Word) -> Word;
    JsonEncodeInt = "mesh_rt_json_encode_int"(Word) -> Word;
    JsonEncodeBool = "mesh_rt_json_encode_bool"(Word) -> Word;
    JsonEncodeMap = "mesh_rt_json_encode_map"(Word) -> Word;
    JsonEncodeList = "mesh_rt_json_encode_list"(Word) -> Word;
    JsonEncodeValue = "mesh_rt_json_encode_value"(Word, Ptr) -> Word;
    JsonDecodeValue = "mesh_rt_json_decode_value"(Word, Ptr) -> Word;

    // Processes (docs/design/processes.md).
    Spawn = "mesh_rt_spawn"(Ptr, Word, Word) -> Word;
    SpawnWords = "mesh_rt_spawn_words"(Ptr, Ptr, Word) -> Word;
    TerminateSet = "mesh_rt_terminate_set"(Ptr, Ptr) -> Word;
    TerminateRun = "mesh_rt_terminate_run"() -> Word;
    SelfPid = "mesh_rt_self"() -> Word;
    MsgBegin = "mesh_rt_msg_begin"() -> Word;
    MsgEnd = "mesh_rt_msg_end"(Word) -> Word;
    Send = "mesh_rt_send"(Word, Word, Word, Word) -> Word;
    RecvBegin = "mesh_rt_recv_begin"(Word, Word) -> Word;
    RecvNext = "mesh_rt_recv_next"() -> Word;
    RecvType = "mesh_rt_recv_type"() -> Word;
    RecvTake = "mesh_rt_recv_take"() -> Word;
    RecvLocalize = "mesh_rt_recv_localize"(Ptr) -> Word;
    ServiceCall = "mesh_rt_service_call"(Word, Word, Word, Word, Ptr) -> Word;
    ServiceReceive = "mesh_rt_service_receive"(Word, Ptr) -> Word;
    ServiceReply = "mesh_rt_service_reply"(Word, Word, Word) -> Word;
    ClosureCopy = "mesh_rt_closure_copy"(Word) -> Word;
    NodeStart = "mesh_rt_node_start"(Word, Word) -> Word;
    RegisterMessageTypes = "mesh_rt_register_message_types"(Ptr, Word) -> Word;
    RegisterSpawnables = "mesh_rt_register_spawnables"(Ptr, Word) -> Word;
    NodeSpawn = "mesh_rt_node_spawn"(Word, Word, Word, Word, Word) -> Word;
    GlobalRegister = "mesh_rt_global_register"(Word, Word) -> Word;
    GlobalWhereis = "mesh_rt_global_whereis"(Word) -> Word;
    GlobalUnregister = "mesh_rt_global_unregister"(Word) -> Word;
    NodeConnect = "mesh_rt_node_connect"(Word) -> Word;
    NodeDisconnect = "mesh_rt_node_disconnect"(Word) -> Word;
    NodeSelf = "mesh_rt_node_self"() -> Word;
    NodeList = "mesh_rt_node_list"() -> Word;
    NodeMonitor = "mesh_rt_node_monitor"(Word) -> Word;
    JobAsync = "mesh_rt_job_async"(Word, Ptr) -> Word;
    JobAwait = "mesh_rt_job_await"(Word, Word, Word, Ptr) -> Word;
    JobMap = "mesh_rt_job_map"(Word, Word, Ptr, Ptr) -> Word;
    Yield = "mesh_rt_yield"() -> Word;
    StackOverflow = "mesh_rt_stack_overflow"() -> Never;
    TimerSleep = "mesh_rt_timer_sleep"(Word) -> Word;
    PidToString = "mesh_rt_pid_to_string"(Word) -> Word;
    Link = "mesh_rt_link"(Word) -> Word;
    TimerSendAfter = "mesh_rt_timer_send_after"(Word, Word, Word, Word, Word) -> Word;
    ProcessRegister = "mesh_rt_process_register"(Word, Word) -> Word;
    ProcessWhereis = "mesh_rt_process_whereis"(Word) -> Word;
    ProcessUnregister = "mesh_rt_process_unregister"(Word) -> Word;
    ProcessMonitor = "mesh_rt_process_monitor"(Word) -> Word;
    ProcessDemonitor = "mesh_rt_process_demonitor"(Word) -> Word;
    ProcessExit = "mesh_rt_process_exit"(Word, Word) -> Word;
    ProcessUnlink = "mesh_rt_process_unlink"(Word) -> Word;
    ProcessTrapExit = "mesh_rt_process_trap_exit"(Word) -> Word;
    Supervise = "mesh_rt_supervise"(Word, Word, Word, Word, Word, Word, Word) -> Word;
    // Deep copies into the current heap, for messages.
    StringCopy = "mesh_rt_string_copy"(Word) -> Word;
    JsonCopy = "mesh_rt_json_copy"(Word) -> Word;
    ListCopy = "mesh_rt_list_copy"(Word, Ptr) -> Word;
    MapCopy = "mesh_rt_map_copy"(Word, Ptr, Ptr, Ptr, Ptr) -> Word;
    SetCopy = "mesh_rt_set_copy"(Word, Ptr, Ptr, Ptr) -> Word;
}

impl RuntimeFn {
    /// The declaration of this function in `module`, added on first use.
    pub(crate) fn declare<'ctx>(
        self,
        context: &'ctx Context,
        module: &Module<'ctx>,
    ) -> FunctionValue<'ctx> {
        if let Some(function) = module.get_function(self.name()) {
            return function;
        }
        let params: Vec<BasicMetadataTypeEnum> = self
            .params()
            .iter()
            .map(|k| llvm_type(context, *k))
            .collect();
        let ty = match self.ret() {
            Kind::Word => context.i64_type().fn_type(&params, false),
            Kind::Ptr => context
                .ptr_type(AddressSpace::default())
                .fn_type(&params, false),
            Kind::Never => context.void_type().fn_type(&params, false),
        };
        let function = module.add_function(self.name(), ty, Some(Linkage::External));
        // Every runtime entry point catches Rust panics (`crash::guard`): nothing unwinds.
        add_attribute(context, function, AttributeLoc::Function, "nounwind");
        if self.ret() == Kind::Never {
            add_attribute(context, function, AttributeLoc::Function, "noreturn");
            add_attribute(context, function, AttributeLoc::Function, "cold");
        }
        if self == RuntimeFn::Alloc {
            // A fresh object: no other pointer refers to it yet.
            add_attribute(context, function, AttributeLoc::Return, "noalias");
        }
        function
    }
}

fn add_attribute(context: &Context, function: FunctionValue, loc: AttributeLoc, name: &str) {
    let kind = Attribute::get_named_enum_kind_id(name);
    function.add_attribute(loc, context.create_enum_attribute(kind, 0));
}

fn llvm_type(context: &Context, kind: Kind) -> BasicMetadataTypeEnum<'_> {
    match kind {
        Kind::Ptr => context.ptr_type(AddressSpace::default()).into(),
        Kind::Word | Kind::Never => context.i64_type().into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_namespaced() {
        let mut names: Vec<&str> = RuntimeFn::ALL.iter().map(|f| f.name()).collect();
        assert!(names.iter().all(|n| n.starts_with("mesh_rt_")));
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), RuntimeFn::ALL.len());
    }

    #[test]
    fn only_the_crashing_functions_never_return() {
        let never: Vec<RuntimeFn> = RuntimeFn::ALL
            .iter()
            .copied()
            .filter(|f| f.ret() == Kind::Never)
            .collect();
        assert_eq!(never, vec![RuntimeFn::Panic, RuntimeFn::StackOverflow]);
    }
}
