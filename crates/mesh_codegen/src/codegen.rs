//! Module-level state: the LLVM module, monomorphised function instances and the caches of
//! constant data (string literals, nullary variants, function-value closures).
//!
//! Functions are generated from a worklist. Asking for an instance (`Main.id/1` at `[Int]`)
//! declares its LLVM function and queues its body; bodies are lowered one at a time by
//! [`crate::lower`], which may queue further instances. Per-type helpers (equality, formatting)
//! are generated immediately instead, since they never recurse through function instances.
//!
//! Every cache is a lookup table only: generation order is the order of first use during a
//! deterministic traversal, so the IR is identical between runs.

use std::collections::{HashMap, VecDeque};
use std::fmt;

use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::targets::TargetMachine;
use inkwell::types::{BasicMetadataTypeEnum, FunctionType, IntType, PointerType, StructType};
use inkwell::values::{FunctionValue, GlobalValue};
use inkwell::AddressSpace;
use mesh_typeck::tir::{AdtDef, Builtin, ConstId, FnId, FnKind, Function, Program};
use mesh_typeck::ty::{Ty, TyCon};

use crate::error::{CodegenError, Result};
use crate::helpers::HelperKind;
use crate::impls::ImplTable;
use crate::layout;
use crate::runtime::RuntimeFn;

/// A monomorphised function: the function and the closed types of its generic parameters.
pub(crate) type InstanceKey = (FnId, Vec<Ty>);

/// What a constant closure global stands for (a function used as a value).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum FnValueKey {
    Fn(FnId, Vec<Ty>),
    /// A builtin at a closed function type.
    Builtin(Builtin, Ty),
}

pub(crate) struct Codegen<'ctx> {
    pub ctx: &'ctx Context,
    pub module: Module<'ctx>,
    pub program: &'ctx Program,
    /// The program's user impls, by trait.
    pub impls: ImplTable<'ctx>,
    instances: HashMap<InstanceKey, FunctionValue<'ctx>>,
    worklist: VecDeque<(InstanceKey, FunctionValue<'ctx>)>,
    strings: HashMap<String, GlobalValue<'ctx>>,
    nullary: HashMap<u32, GlobalValue<'ctx>>,
    pub helpers: HashMap<(HelperKind, Ty), FunctionValue<'ctx>>,
    pub fn_values: HashMap<FnValueKey, GlobalValue<'ctx>>,
    /// The type descriptor of each type, by type and whether it is the wire's (`lower/json.rs`).
    pub json_descriptors: HashMap<(Ty, bool), GlobalValue<'ctx>>,
    /// Every closed type sent or received as a message, in first-use order: the program
    /// registers their wire descriptors at start (`entry.rs`) so messages can cross nodes.
    pub message_types: Vec<Ty>,
    /// The targets of `Node.spawn`: (entry trampoline name, trampoline, argument payload type),
    /// registered at start so that another node can spawn them by name.
    pub spawnables: Vec<(String, FunctionValue<'ctx>, Ty)>,
    /// One `i64` global per constant, indexed by [`ConstId`].
    pub consts: Vec<GlobalValue<'ctx>>,
    /// How many constants have been initialised so far (read by checked constant accesses).
    pub consts_ready: GlobalValue<'ctx>,
    /// Whether a constant initialiser can run arbitrary code (calls a function), so that
    /// constants may be read before initialisation from anywhere.
    pub init_may_call: bool,
}

/// Builds and verifies the LLVM module for `program` (before optimisation).
pub(crate) fn build_module<'ctx>(
    context: &'ctx Context,
    program: &'ctx Program,
    machine: &TargetMachine,
) -> Result<Module<'ctx>> {
    let module = context.create_module("mesh");
    module.set_triple(&machine.get_triple());
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    let mut cg = Codegen::new(context, module, program);
    let main = cg.instance(program.entry, Vec::new())?;
    crate::entry::emit(&mut cg, main)?;
    cg.drain_worklist()?;
    // The message types are known once every instance is lowered; their descriptors may need
    // helpers (equality and hashing of map keys), which are lowered in turn.
    crate::entry::define_message_types(&mut cg)?;
    cg.drain_worklist()?;
    cg.module.verify().map_err(|e| {
        CodegenError::internal(format!(
            "the LLVM module does not verify: {}",
            e.to_string().trim()
        ))
    })?;
    Ok(cg.module)
}

impl<'ctx> Codegen<'ctx> {
    /// Records `ty` (closed) as a message type.
    pub fn message_type(&mut self, ty: &Ty) {
        if !self.message_types.contains(ty) {
            self.message_types.push(ty.clone());
        }
    }

    fn new(ctx: &'ctx Context, module: Module<'ctx>, program: &'ctx Program) -> Codegen<'ctx> {
        let consts_ready = module.add_global(ctx.i64_type(), None, "mesh.consts_ready");
        consts_ready.set_linkage(Linkage::Internal);
        consts_ready.set_initializer(&ctx.i64_type().const_zero());
        let mut cg = Codegen {
            ctx,
            module,
            program,
            impls: ImplTable::new(program),
            instances: HashMap::new(),
            worklist: VecDeque::new(),
            strings: HashMap::new(),
            nullary: HashMap::new(),
            helpers: HashMap::new(),
            fn_values: HashMap::new(),
            json_descriptors: HashMap::new(),
            message_types: Vec::new(),
            spawnables: Vec::new(),
            consts: Vec::new(),
            consts_ready,
            init_may_call: crate::visit::initialisers_may_call(program),
        };
        cg.declare_constants();
        cg
    }

    fn declare_constants(&mut self) {
        for (i, constant) in self.program.constants.iter().enumerate() {
            let global =
                self.module
                    .add_global(self.word(), None, &format!("{}$const{i}", constant.name));
            global.set_linkage(Linkage::Internal);
            global.set_initializer(&self.word().const_zero());
            self.consts.push(global);
        }
    }

    /// Lowers queued instance bodies until none is left.
    fn drain_worklist(&mut self) -> Result<()> {
        while let Some((key, function)) = self.worklist.pop_front() {
            crate::lower::lower_instance(self, &key, function)?;
        }
        Ok(())
    }

    pub fn word(&self) -> IntType<'ctx> {
        self.ctx.i64_type()
    }

    pub fn ptr(&self) -> PointerType<'ctx> {
        self.ctx.ptr_type(AddressSpace::default())
    }

    /// `{ i64 × n }`: a heap object (tuple, variant, closure environment) seen as words.
    pub fn words(&self, n: u32) -> StructType<'ctx> {
        let fields: Vec<_> = (0..n).map(|_| self.word().into()).collect();
        self.ctx.struct_type(&fields, false)
    }

    /// The type of a function taking `arity` words (after the closure pointer, for closures).
    pub fn fn_type(&self, kind: FnKind, arity: usize) -> FunctionType<'ctx> {
        let mut params: Vec<BasicMetadataTypeEnum> = Vec::with_capacity(arity + 1);
        if kind == FnKind::Closure {
            params.push(self.ptr().into());
        }
        params.extend((0..arity).map(|_| BasicMetadataTypeEnum::from(self.word())));
        self.word().fn_type(&params, false)
    }

    pub fn runtime(&self, f: RuntimeFn) -> FunctionValue<'ctx> {
        f.declare(self.ctx, &self.module)
    }

    pub fn function(&self, id: FnId) -> Result<&'ctx Function> {
        let program: &'ctx Program = self.program;
        program
            .functions
            .get(id.0 as usize)
            .ok_or_else(|| CodegenError::internal(format!("unknown function {id:?}")))
    }

    /// The definition of the user type `TyCon::Adt(n)`.
    pub fn adt(&self, n: u32) -> Result<&'ctx AdtDef> {
        let program: &'ctx Program = self.program;
        program
            .adts
            .get(n as usize)
            .ok_or_else(|| CodegenError::internal(format!("unknown user type #{n}")))
    }

    /// `ty` as symbol names and messages show it (see [`TypeName`]).
    pub fn type_name(&self, ty: &Ty) -> String {
        TypeName(self.program, ty).to_string()
    }

    pub fn constant_global(&self, id: ConstId) -> Result<GlobalValue<'ctx>> {
        self.consts
            .get(id.0 as usize)
            .copied()
            .ok_or_else(|| CodegenError::internal(format!("unknown constant {id:?}")))
    }

    /// The LLVM function of `fun` instantiated at `inst` (closed types), queued on first use.
    pub fn instance(&mut self, fun: FnId, inst: Vec<Ty>) -> Result<FunctionValue<'ctx>> {
        let key = (fun, inst);
        if let Some(function) = self.instances.get(&key) {
            return Ok(*function);
        }
        let def = self.function(fun)?;
        if key.1.len() != def.n_generics as usize {
            return Err(CodegenError::internal(format!(
                "`{}` has {} generic parameters but is instantiated with {}",
                def.symbol,
                def.n_generics,
                key.1.len()
            )));
        }
        let name = instance_name(self.program, &def.symbol, &key.1);
        let function = self.module.add_function(
            &name,
            self.fn_type(def.kind, def.params.len()),
            Some(Linkage::Internal),
        );
        self.instances.insert(key.clone(), function);
        self.worklist.push_back((key, function));
        Ok(function)
    }

    /// A private constant `{ i64 len, [N x i8] bytes }` holding `text` (strings and atoms).
    pub fn string_global(&mut self, text: &str) -> GlobalValue<'ctx> {
        if let Some(global) = self.strings.get(text) {
            return *global;
        }
        let len = self.word().const_int(text.len() as u64, false);
        let bytes = self.ctx.const_string(text.as_bytes(), false);
        // Field order: `layout::STRING_LEN`, then `layout::STRING_BYTES`.
        const _: () = assert!(layout::STRING_LEN == 0 && layout::STRING_BYTES == 1);
        let value = self.ctx.const_struct(&[len.into(), bytes.into()], false);
        let global = self.module.add_global(value.get_type(), None, "mesh.str");
        global.set_linkage(Linkage::Private);
        global.set_constant(true);
        global.set_unnamed_addr(true);
        global.set_alignment(8);
        global.set_initializer(&value);
        self.strings.insert(text.to_owned(), global);
        global
    }

    /// A private constant `{ i64 tag }`: the value of a nullary variant.
    /// The runtime's thread-local word `name` (`mesh_budget`, `mesh_stack_limit`), defined in the
    /// runtime archive (`runtime/src/tls.c`).
    pub fn tls_global(&mut self, name: &str) -> GlobalValue<'ctx> {
        if let Some(global) = self.module.get_global(name) {
            return global;
        }
        let global = self.module.add_global(self.word(), None, name);
        global.set_linkage(Linkage::External);
        global.set_thread_local_mode(Some(inkwell::ThreadLocalMode::InitialExecTLSModel));
        global
    }

    pub fn nullary_global(&mut self, tag: u32) -> GlobalValue<'ctx> {
        if let Some(global) = self.nullary.get(&tag) {
            return *global;
        }
        const _: () = assert!(layout::VARIANT_TAG == 0);
        let value = self.ctx.const_struct(
            &[self.word().const_int(u64::from(tag), false).into()],
            false,
        );
        let global = self
            .module
            .add_global(value.get_type(), None, &format!("mesh.variant{tag}"));
        global.set_linkage(Linkage::Private);
        global.set_constant(true);
        global.set_alignment(8);
        global.set_initializer(&value);
        self.nullary.insert(tag, global);
        global
    }

    /// A private constant closure `{ ptr code, ptr null }` with an empty environment (nothing to
    /// copy when it is sent).
    pub fn static_closure(
        &mut self,
        key: FnValueKey,
        code: FunctionValue<'ctx>,
    ) -> GlobalValue<'ctx> {
        if let Some(global) = self.fn_values.get(&key) {
            return *global;
        }
        const _: () = assert!(layout::CLOSURE_CODE == 0 && layout::CLOSURE_COPY == 1);
        let value = self.ctx.const_struct(
            &[
                code.as_global_value().as_pointer_value().into(),
                self.ptr().const_null().into(),
            ],
            false,
        );
        let name = format!("{}$value", code.get_name().to_string_lossy());
        let global = self.module.add_global(value.get_type(), None, &name);
        global.set_linkage(Linkage::Private);
        global.set_constant(true);
        global.set_alignment(8);
        global.set_initializer(&value);
        self.fn_values.insert(key, global);
        global
    }
}

/// `Main.id/1` at `[Int, List<String>]` → `Main.id/1<Int, List<String>>`.
pub(crate) fn instance_name(program: &Program, symbol: &str, inst: &[Ty]) -> String {
    if inst.is_empty() {
        return symbol.to_owned();
    }
    let args: Vec<String> = inst
        .iter()
        .map(|t| TypeName(program, t).to_string())
        .collect();
    format!("{symbol}<{}>", args.join(", "))
}

/// A closed type in source syntax, with user types qualified by their module
/// (`Main.Box<Int>`), so that symbols of different instances never collide: helpers and
/// function-value wrappers are looked up by name.
pub(crate) struct TypeName<'a>(pub &'a Program, pub &'a Ty);

impl fmt::Display for TypeName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let TypeName(program, ty) = *self;
        let list = |f: &mut fmt::Formatter<'_>, items: &[Ty]| -> fmt::Result {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{}", TypeName(program, item))?;
            }
            Ok(())
        };
        match ty {
            Ty::Con(TyCon::Adt(n), args) => {
                match program.adts.get(*n as usize) {
                    Some(def) => write!(f, "{}.{}", def.module, def.name)?,
                    None => write!(f, "<unknown type #{n}>")?,
                }
                if !args.is_empty() {
                    f.write_str("<")?;
                    list(f, args)?;
                    f.write_str(">")?;
                }
                Ok(())
            }
            Ty::Con(c, args) if !args.is_empty() => {
                write!(f, "{}<", c.name())?;
                list(f, args)?;
                f.write_str(">")
            }
            Ty::Tuple(items) => {
                f.write_str("(")?;
                list(f, items)?;
                f.write_str(")")
            }
            Ty::Fun(params, ret) => {
                f.write_str("Fun(")?;
                list(f, params)?;
                write!(f, ") -> {}", TypeName(program, ret))
            }
            other => write!(f, "{other}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use mesh_typeck::tir::{AdtKind, Derives, FieldDef};

    use super::*;

    fn program_with_box() -> Program {
        let field = FieldDef {
            name: "value".into(),
            ty: Ty::Param(0),
        };
        let boxed = AdtDef {
            name: "Box".into(),
            module: "Geometry.Shapes".into(),
            n_generics: 1,
            kind: AdtKind::Struct {
                fields: vec![field],
            },
            derives: Derives::default(),
        };
        Program {
            functions: vec![],
            constants: vec![],
            entry: FnId(0),
            adts: vec![boxed],
            impls: vec![],
        }
    }

    #[test]
    fn instance_names_show_the_instantiation() {
        let program = program_with_box();
        assert_eq!(instance_name(&program, "Main.main/0", &[]), "Main.main/0");
        assert_eq!(
            instance_name(&program, "Main.id/1", &[Ty::INT, Ty::list(Ty::STRING)]),
            "Main.id/1<Int, List<String>>"
        );
        let boxed = Ty::Con(TyCon::Adt(0), vec![Ty::option(Ty::INT)]);
        assert_eq!(
            instance_name(&program, "Main.id/1", &[Ty::Tuple(vec![boxed, Ty::FLOAT])]),
            "Main.id/1<(Geometry.Shapes.Box<Option<Int>>, Float)>"
        );
    }
}
