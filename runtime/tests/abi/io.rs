use mesh_rt::abi::io::*;

use crate::support::*;

#[test]
fn printing_returns_unit() {
    run(|| {
        assert_eq!(mesh_rt_io_print(s("")), 0);
        assert_eq!(mesh_rt_io_println(s("")), 0);
        assert_eq!(mesh_rt_io_eprintln(s("")), 0);
        mesh_rt::io::flush_stdout();
    });
}
