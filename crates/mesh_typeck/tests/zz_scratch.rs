// SCRATCH: delete before handing back.
#[test]
fn scratch() {
    let path = std::env::var("MESH_IN").unwrap_or("/tmp/in.mpl".into());
    let source = std::fs::read_to_string(path).unwrap();
    let parsed = mesh_parser::parse(&source);
    for d in &parsed.diagnostics {
        eprintln!("parse: {}", d.message);
    }
    if !parsed.diagnostics.is_empty() {
        return;
    }
    let m = mesh_typeck::ModuleSource {
        file: mesh_common::FileId(0),
        name: "Main".into(),
        ast: &parsed.module,
    };
    let c = mesh_typeck::check(&[m]);
    for d in &c.diagnostics {
        eprintln!("check: {:?} {}", d.code, d.message);
    }
}

#[test]
fn dump_all() {
    let out_path = std::env::var("MESH_DUMP").unwrap_or("/tmp/dump.txt".into());
    let list = std::process::Command::new("sh")
        .arg("-c")
        .arg("find /work/main/tests -name '*.mpl' | sort")
        .output()
        .unwrap();
    let mut out = String::new();
    for path in String::from_utf8(list.stdout).unwrap().lines() {
        let source = std::fs::read_to_string(path).unwrap();
        let parsed = mesh_parser::parse(&source);
        out.push_str(&format!("== {path}\n"));
        for d in &parsed.diagnostics {
            out.push_str(&format!("parse: {}\n", d.message));
        }
        if !parsed.diagnostics.is_empty() {
            continue;
        }
        let m = mesh_typeck::ModuleSource {
            file: mesh_common::FileId(0),
            name: "Main".into(),
            ast: &parsed.module,
        };
        let c = mesh_typeck::check(&[m]);
        for d in &c.diagnostics {
            out.push_str(&format!(
                "check: {:?} {} {:?}\n",
                d.code,
                d.message,
                d.labels.iter().map(|l| &l.message).collect::<Vec<_>>()
            ));
        }
        if let Some(p) = &c.program {
            out.push_str(&format!("{}\n", format!("{p:?}").len()));
        }
    }
    std::fs::write(out_path, out).unwrap();
}
