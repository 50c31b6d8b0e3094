//! Property tests: random push/pop/peek sequences on queues agree with `VecDeque`.
//!
//! A queue is a list: `push` is `mesh_rt_list_append`, `pop` is `mesh_rt_queue_pop` (a two-word
//! `(front, rest)` tuple) and `size` is the list length. Operations may also go back to an older
//! version and continue from there (`Fork`), which is where the shared store must copy instead
//! of writing in place. Every version is kept (in a Mesh list, so the collector sees it) and
//! checked again after forced collections and at the end: persistence. Long runs (thousands of
//! operations) let the stores grow, fill with popped slots and be replaced.

use std::collections::VecDeque;

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;

use mesh_rt::abi::gc::*;
use mesh_rt::abi::list::*;
use mesh_rt::abi::queue::*;
use mesh_rt::list::List;

use crate::support::*;

type Model = VecDeque<i64>;

#[derive(Debug, Clone)]
enum QueueOp {
    Push(i64),
    Pop,
    Peek,
    /// Continue from an older version.
    Fork(Index),
    Collect,
}

fn queue_op(fork_weight: u32, collect_weight: u32) -> impl Strategy<Value = QueueOp> {
    prop_oneof![
        6 => any::<i64>().prop_map(QueueOp::Push),
        5 => Just(QueueOp::Pop),
        1 => Just(QueueOp::Peek),
        fork_weight => any::<Index>().prop_map(QueueOp::Fork),
        collect_weight => Just(QueueOp::Collect),
    ]
}

#[inline(never)]
fn collect_clean() {
    clear_stack();
    mesh_rt_gc_collect();
}

fn version(versions: List, index: usize) -> List {
    list_at(versions.items()[index])
}

/// Everything observable about `q` agrees with `model`.
fn check_queue(q: List, model: &Model) -> Result<(), TestCaseError> {
    prop_assert_eq!(mesh_rt_list_length(q), model.len() as i64);
    prop_assert_eq!(mesh_rt_list_is_empty(q), u64::from(model.is_empty()));
    prop_assert_eq!(ints_of(q), model.iter().copied().collect::<Vec<_>>());
    if let Some(&front) = model.front() {
        prop_assert_eq!(mesh_rt_queue_peek(q) as i64, front);
    }
    Ok(())
}

/// Runs `ops`; checks every version after each collection, the newest `recent` versions after
/// every step, and all of them at the end.
fn run_queue_ops(ops: &[QueueOp], recent: usize) -> Result<(), TestCaseError> {
    let mut q = mesh_rt_list_empty();
    let mut model = Model::new();
    let mut versions: List = mesh_rt_list_append(mesh_rt_list_empty(), q.word());
    let mut models: Vec<Model> = vec![model.clone()];
    for op in ops {
        match op {
            QueueOp::Push(x) => {
                q = mesh_rt_list_append(q, *x as u64);
                model.push_back(*x);
            }
            QueueOp::Pop => match model.pop_front() {
                Some(front) => {
                    let pair = mesh_rt_queue_pop(q);
                    prop_assert_eq!(field(pair, 0) as i64, front);
                    q = list_at(field(pair, 1));
                }
                // `Queue.pop` of an empty queue crashes the process; the model never asks.
                None => continue,
            },
            QueueOp::Peek => {
                if let Some(&front) = model.front() {
                    prop_assert_eq!(mesh_rt_queue_peek(q) as i64, front);
                }
                continue;
            }
            QueueOp::Fork(index) => {
                let at = index.index(models.len());
                q = version(versions, at);
                model = models[at].clone();
                continue;
            }
            QueueOp::Collect => {
                collect_clean();
                for (index, old) in models.iter().enumerate() {
                    check_queue(version(versions, index), old)?;
                }
                continue;
            }
        }
        check_queue(q, &model)?;
        versions = mesh_rt_list_append(versions, q.word());
        models.push(model.clone());
        let from = models.len().saturating_sub(recent);
        for (index, old) in models.iter().enumerate().skip(from) {
            prop_assert_eq!(
                ints_of(version(versions, index)),
                old.iter().copied().collect::<Vec<_>>(),
                "version {}",
                index
            );
        }
    }
    collect_clean();
    for (index, old) in models.iter().enumerate() {
        check_queue(version(versions, index), old)?;
    }
    Ok(())
}

/// A queue that stays short while millions of elements pass through it: the popped slots are
/// released, so the heap stays small, and it stays FIFO throughout.
#[test]
fn a_steady_queue_releases_popped_slots() {
    run(|| {
        let mut q = mesh_rt_list_empty();
        let mut model = Model::new();
        let mut next = 0i64;
        let mut peak = 0usize;
        for round in 0..400_000u64 {
            // Push three while shorter than 32, else one; pop two: the length stays under 36.
            let pushes = if model.len() < 32 { 3 } else { 1 };
            for _ in 0..pushes {
                q = mesh_rt_list_append(q, next as u64);
                model.push_back(next);
                next += 1;
            }
            for _ in 0..2 {
                if let Some(front) = model.pop_front() {
                    let pair = mesh_rt_queue_pop(q);
                    assert_eq!(field(pair, 0) as i64, front);
                    q = list_at(field(pair, 1));
                }
            }
            if round % 50_000 == 0 {
                collect_clean();
                peak = peak.max(mesh_rt::gc::heap_bytes());
            }
        }
        assert_eq!(ints_of(q), model.iter().copied().collect::<Vec<_>>());
        assert!(
            peak < 4 << 20,
            "heap {peak} bytes for a queue of under 64 elements"
        );
    });
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn queues_agree_with_vecdeque(ops in prop::collection::vec(queue_op(1, 1), 0..120)) {
        run(|| run_queue_ops(&ops, usize::MAX))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn long_queue_runs_agree_with_vecdeque(
        ops in prop::collection::vec(queue_op(1, 0), 1000..3000),
        collect_every in 200usize..600,
    ) {
        let ops: Vec<QueueOp> = ops
            .into_iter()
            .enumerate()
            .flat_map(|(i, op)| {
                let collect = (i % collect_every == collect_every - 1).then_some(QueueOp::Collect);
                std::iter::once(op).chain(collect)
            })
            .collect();
        run(|| run_queue_ops(&ops, 16))?;
    }
}
