#[test]
fn probe() {
    let out = std::process::Command::new(env!("CARGO")).args(["build", "-p", "mesh_rt"]).current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).output().unwrap();
    eprintln!("{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success());
}
