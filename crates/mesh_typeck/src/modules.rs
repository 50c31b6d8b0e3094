//! Module names and the import graph (LANGUAGE.md §1.2, §5.21).

use indexmap::IndexMap;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast;

use crate::ModuleSource;

/// The module name of a file from its path relative to the project root:
/// `ingestion/ws_handler.mpl` → `Ingestion.WsHandler`.
pub fn module_name_for_path(path: &str) -> String {
    let path = path.strip_suffix(".mpl").unwrap_or(path);
    path.split('/')
        .map(pascal_segment)
        .collect::<Vec<_>>()
        .join(".")
}

fn pascal_segment(segment: &str) -> String {
    segment
        .split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect::<String>(),
                None => String::new(),
            }
        })
        .collect()
}

/// The paths a module imports (`import A.B` and `from A.B import …`), with spans.
pub fn imports_of(module: &ast::Module) -> Vec<(String, mesh_common::Span)> {
    module
        .items
        .iter()
        .filter_map(|item| match item {
            ast::Item::Import(i) => Some(&i.path),
            ast::Item::FromImport(f) => Some(&f.path),
            _ => None,
        })
        .map(|path| (path_text(path), path_span(path)))
        .collect()
}

pub fn path_text(path: &ast::Path) -> String {
    path.iter()
        .map(|i| i.name.as_str())
        .collect::<Vec<_>>()
        .join(".")
}

pub fn path_span(path: &ast::Path) -> mesh_common::Span {
    match (path.first(), path.last()) {
        (Some(a), Some(b)) => a.span.to(b.span),
        _ => mesh_common::Span::default(),
    }
}

/// Orders modules so that every module comes after the project modules it
/// imports. Self-imports and cycles are C0001 errors (§1.5).
pub fn dependency_order(modules: &[ModuleSource]) -> Result<Vec<usize>, Vec<Diagnostic>> {
    let index: IndexMap<&str, usize> = modules
        .iter()
        .enumerate()
        .map(|(i, m)| (m.name.as_str(), i))
        .collect();
    let mut errors = Vec::new();
    let mut deps: Vec<Vec<usize>> = vec![Vec::new(); modules.len()];
    for (i, m) in modules.iter().enumerate() {
        for (path, span) in imports_of(m.ast) {
            if path == m.name {
                errors.push(
                    Diagnostic::error(
                        Code::DRIVER,
                        format!("Module '{path}' cannot import itself"),
                    )
                    .in_file(m.file)
                    .span(span),
                );
            } else if let Some(&j) = index.get(path.as_str()) {
                if !deps[i].contains(&j) {
                    deps[i].push(j);
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut order = Vec::new();
    let mut state = vec![0u8; modules.len()]; // 0 new, 1 on stack, 2 done
    let mut stack = Vec::new();
    for start in 0..modules.len() {
        if let Err(cycle) = visit(start, &deps, &mut state, &mut stack, &mut order) {
            let names: Vec<&str> = cycle.iter().map(|&i| modules[i].name.as_str()).collect();
            return Err(vec![Diagnostic::error(
                Code::DRIVER,
                format!("Circular dependency: {}", names.join(" -> ")),
            )]);
        }
    }
    Ok(order)
}

fn visit(
    i: usize,
    deps: &[Vec<usize>],
    state: &mut [u8],
    stack: &mut Vec<usize>,
    order: &mut Vec<usize>,
) -> Result<(), Vec<usize>> {
    match state[i] {
        2 => return Ok(()),
        1 => {
            let from = stack.iter().position(|&x| x == i).unwrap_or(0);
            let mut cycle = stack[from..].to_vec();
            cycle.push(i);
            return Err(cycle);
        }
        _ => {}
    }
    state[i] = 1;
    stack.push(i);
    for &j in &deps[i] {
        visit(j, deps, state, stack, order)?;
    }
    stack.pop();
    state[i] = 2;
    order.push(i);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_paths() {
        assert_eq!(module_name_for_path("main.mpl"), "Main");
        assert_eq!(module_name_for_path("services/org.mpl"), "Services.Org");
        assert_eq!(
            module_name_for_path("ingestion/ws_handler.mpl"),
            "Ingestion.WsHandler"
        );
        assert_eq!(
            module_name_for_path("api/http_v2/routes.mpl"),
            "Api.HttpV2.Routes"
        );
    }
}
