//! Top-level definitions in dependency order, one strongly connected
//! component at a time (LANGUAGE.md §5.3 rule 1), by Tarjan's algorithm.
//!
//! Edges come from the names a definition mentions; shadowing is ignored, so
//! the graph may have extra edges — that only makes a component larger,
//! never misses a dependency. Edges to fully annotated functions are left
//! out: their types are known before their bodies are checked.

use std::collections::HashMap;

use crate::check::Checker;
use crate::names::mentioned_names;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Node {
    Fn(usize),
    Const(usize),
}

pub fn components(cx: &Checker, fns: &[usize], consts: &[usize]) -> Vec<Vec<Node>> {
    let nodes: Vec<Node> = fns
        .iter()
        .map(|&f| Node::Fn(f))
        .chain(consts.iter().map(|&c| Node::Const(c)))
        .collect();
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, node) in nodes.iter().enumerate() {
        let name = match *node {
            Node::Fn(f) if cx.fns[f].generics.is_some() => continue,
            Node::Fn(f) => cx.fns[f].name.as_str(),
            Node::Const(c) => cx.consts[c].name.as_str(),
        };
        by_name.entry(name).or_default().push(i);
    }
    let edges: Vec<Vec<usize>> = nodes
        .iter()
        .map(|node| {
            let mut names = Vec::new();
            match *node {
                Node::Fn(f) => cx.fns[f]
                    .clauses
                    .iter()
                    .for_each(|c| mentioned_names(c, &mut names)),
                Node::Const(c) => crate::names::expr_names(&cx.consts[c].stmt.value, &mut names),
            }
            let mut out: Vec<usize> = names
                .iter()
                .filter_map(|n| by_name.get(n.as_str()))
                .flatten()
                .copied()
                .collect();
            out.sort_unstable();
            out.dedup();
            out
        })
        .collect();
    tarjan(&edges)
        .into_iter()
        .map(|c| c.into_iter().map(|i| nodes[i]).collect())
        .collect()
}

struct Tarjan<'e> {
    edges: &'e [Vec<usize>],
    index: Vec<Option<usize>>,
    low: Vec<usize>,
    on_stack: Vec<bool>,
    stack: Vec<usize>,
    next: usize,
    out: Vec<Vec<usize>>,
}

/// Components in reverse topological order of the "mentions" relation, i.e.
/// callees before callers. Members of a component keep source order.
fn tarjan(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let n = edges.len();
    let mut t = Tarjan {
        edges,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in 0..n {
        if t.index[v].is_none() {
            t.visit(v);
        }
    }
    t.out
}

impl Tarjan<'_> {
    fn visit(&mut self, v: usize) {
        self.index[v] = Some(self.next);
        self.low[v] = self.next;
        self.next += 1;
        self.stack.push(v);
        self.on_stack[v] = true;
        for i in 0..self.edges[v].len() {
            let w = self.edges[v][i];
            match self.index[w] {
                None => {
                    self.visit(w);
                    self.low[v] = self.low[v].min(self.low[w]);
                }
                Some(wi) if self.on_stack[w] => self.low[v] = self.low[v].min(wi),
                Some(_) => {}
            }
        }
        if Some(self.low[v]) == self.index[v] {
            let mut component = Vec::new();
            while let Some(w) = self.stack.pop() {
                self.on_stack[w] = false;
                component.push(w);
                if w == v {
                    break;
                }
            }
            component.sort_unstable();
            self.out.push(component);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::tarjan;

    #[test]
    fn callees_first_and_cycles_grouped() {
        // 0 -> 1, 1 -> 2, 2 -> 1, 3 alone
        let comps = tarjan(&[vec![1], vec![2], vec![1], vec![]]);
        assert_eq!(comps, vec![vec![1, 2], vec![0], vec![3]]);
    }
}
