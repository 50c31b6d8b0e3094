//! End-to-end tests of code generation: hand-written typed IR programs are compiled at `-O0`
//! and `-O2`, linked with the runtime and run; their output and exit status are checked.

mod common;

mod abi;
mod basics;
mod closures;
mod decision_trees;
mod formatting;
mod generics;
mod hashing;
mod impls;
mod ir;
mod loops;
mod maps;
mod memory;
mod patterns;
mod structs;
mod sums;
mod tail_calls;
mod user_types;
