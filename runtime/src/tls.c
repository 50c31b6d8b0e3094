/*
 * The thread-locals that generated code reads on its hot paths (docs/design/processes.md).
 *
 * Generated code declares both as `external thread_local(initialexec) global i64`:
 *   - mesh_budget: decremented at every function entry and loop back-edge; at zero the code
 *     calls mesh_rt_yield(). The scheduler refills it whenever it resumes a process.
 *   - mesh_stack_limit: the lowest address the running process's stack may reach before
 *     calling mesh_rt_stack_overflow() (the slot's bottom plus a 64 KiB margin for runtime
 *     code); 0 when no limit applies. Set whenever a process is resumed.
 *
 * They are defined in C because stable Rust cannot export a thread-local symbol. The runtime
 * reaches them through the accessors below; it never caches the returned addresses across a
 * point where the calling process may move to another worker thread.
 */
#include <stdint.h>

__thread int64_t mesh_budget = 0;
__thread uint64_t mesh_stack_limit = 0;

int64_t *mesh_tls_budget_ptr(void) { return &mesh_budget; }

uint64_t *mesh_tls_stack_limit_ptr(void) { return &mesh_stack_limit; }
