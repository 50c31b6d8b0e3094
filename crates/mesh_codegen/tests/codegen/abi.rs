//! The code generator's view of the runtime matches the runtime's own definitions: every
//! runtime function it declares exists with the same arity and return convention, and the field
//! indices it uses are the offsets of the `#[repr(C)]` layouts.

use core::mem::offset_of;

use mesh_codegen::layout;
use mesh_codegen::RuntimeFn;
use mesh_rt::abi::{AbiReturn, FUNCTIONS};
use mesh_rt::layout::{MeshClosure, MeshString, MeshVariant};

#[test]
fn runtime_functions_match_the_runtime_abi() {
    for f in RuntimeFn::ALL {
        let Some(abi) = FUNCTIONS.iter().find(|a| a.name == f.name()) else {
            panic!("the runtime does not export {}", f.name());
        };
        assert_eq!(abi.params, f.params().len(), "arity of {}", f.name());
        let never = f.ret() == mesh_codegen::RuntimeKind::Never;
        assert_eq!(
            abi.returns == AbiReturn::Never,
            never,
            "return convention of {}",
            f.name()
        );
    }
}

fn offset(index: u32) -> usize {
    (u64::from(index) * layout::WORD_BYTES) as usize
}

#[test]
fn field_indices_match_the_runtime_layouts() {
    assert_eq!(offset(layout::STRING_LEN), offset_of!(MeshString, len));
    assert_eq!(offset(layout::STRING_BYTES), offset_of!(MeshString, bytes));
    assert_eq!(offset(layout::CLOSURE_CODE), offset_of!(MeshClosure, code));
    assert_eq!(offset(layout::CLOSURE_COPY), offset_of!(MeshClosure, copy));
    assert_eq!(offset(layout::CLOSURE_ENV), offset_of!(MeshClosure, env));
    assert_eq!(offset(layout::VARIANT_TAG), offset_of!(MeshVariant, tag));
    assert_eq!(
        offset(layout::VARIANT_FIELDS),
        offset_of!(MeshVariant, fields)
    );
    assert_eq!(layout::WORD_BYTES as usize, mesh_rt::layout::WORD);
}

#[test]
fn variant_tags_match_the_runtime() {
    // The typed IR numbers variants in declaration order; the runtime builds Options and
    // Results with these tags.
    assert_eq!(mesh_rt::layout::TAG_NONE, 0);
    assert_eq!(mesh_rt::layout::TAG_SOME, 1);
    assert_eq!(mesh_rt::layout::TAG_OK, 0);
    assert_eq!(mesh_rt::layout::TAG_ERR, 1);
}
