//! Calls of library builtins: most map one-to-one to a runtime function; a few are inline
//! (`Int.to_float`, `Float.to_int`, `List.is_empty`) or need per-type helpers (`List.contains`
//! passes the equality of its element type, keyed `Map`/`Set` functions the equality and hash
//! of their key type: see `collections`).

use inkwell::intrinsics::Intrinsic;
use inkwell::values::IntValue;
use mesh_typeck::tir::Builtin;
use mesh_typeck::ty::Ty;

use super::Lower;
use crate::error::{CodegenError, Result};
use crate::helpers::HelperKind;
use crate::runtime::RuntimeFn;

/// The runtime function implementing `builtin` with the same arguments, if there is one.
pub(crate) fn runtime_fn(builtin: Builtin) -> Option<RuntimeFn> {
    use Builtin as B;
    use RuntimeFn as R;
    Some(match builtin {
        B::Println => R::IoPrintln,
        B::Print => R::IoPrint,
        B::Eprintln => R::IoEprintln,
        B::StringLength => R::StringLength,
        B::StringToUpper => R::StringToUpper,
        B::StringToLower => R::StringToLower,
        B::StringSplit => R::StringSplit,
        B::StringJoin => R::StringJoin,
        B::StringContains => R::StringContains,
        B::StringStartsWith => R::StringStartsWith,
        B::StringEndsWith => R::StringEndsWith,
        B::StringTrim => R::StringTrim,
        B::StringSlice => R::StringSlice,
        B::StringReplace => R::StringReplace,
        B::StringToInt => R::StringToInt,
        B::StringToFloat => R::StringToFloat,
        B::ListLength => R::ListLength,
        B::ListGet => R::ListGet,
        B::ListHead => R::ListHead,
        B::ListTail => R::ListTail,
        B::ListLast => R::ListLast,
        B::ListAppend => R::ListAppend,
        B::ListConcat => R::ListConcat,
        B::ListReverse => R::ListReverse,
        B::ListTake => R::ListTake,
        B::ListDrop => R::ListDrop,
        B::ListMap => R::ListMap,
        B::ListFilter => R::ListFilter,
        B::ListReduce => R::ListReduce,
        B::ListFind => R::ListFind,
        B::ListAny => R::ListAny,
        B::ListAll => R::ListAll,
        B::MapNew => R::MapNew,
        B::MapSize => R::MapSize,
        B::MapKeys => R::MapKeys,
        B::MapValues => R::MapValues,
        B::MapToList => R::MapToList,
        B::SetNew => R::SetNew,
        B::SetSize => R::SetSize,
        B::SetToList => R::SetToList,
        B::ListFetch => R::ListFetch,
        B::ListSort => R::ListSort,
        B::ListZip => R::ListZip,
        B::ListEnumerate => R::ListEnumerate,
        B::ListFlatten => R::ListFlatten,
        B::ListFlatMap => R::ListFlatMap,
        B::StringByteSize => R::StringByteSize,
        B::IoReadLine => R::IoReadLine,
        B::EnvGet => R::EnvGet,
        B::EnvArgs => R::EnvArgs,
        B::FileRead => R::FileRead,
        B::FileWrite => R::FileWrite,
        B::FileAppend => R::FileAppend,
        B::FileExists => R::FileExists,
        B::FileDelete => R::FileDelete,
        B::StringIndexOf => R::StringIndexOf,
        B::StringChars => R::StringChars,
        B::ListNew | B::QueueNew => R::ListEmpty,
        B::QueuePush => R::ListAppend,
        B::QueuePop => R::QueuePop,
        B::QueuePeek => R::QueuePeek,
        B::QueueSize => R::ListLength,
        B::IterFromList => R::IterFromList,
        B::IterFromMap => R::IterFromMap,
        B::IterFromSet => R::IterFromSet,
        B::IterFromRange => R::IterFromRange,
        B::IterFromNext => R::IterFromNext,
        B::IterMap => R::IterMap,
        B::IterFilter => R::IterFilter,
        B::IterTake => R::IterTake,
        B::IterSkip => R::IterSkip,
        B::IterEnumerate => R::IterEnumerate,
        B::IterZip => R::IterZip,
        B::IterCount => R::IterCount,
        B::IterAny => R::IterAny,
        B::IterAll => R::IterAll,
        B::IterFind => R::IterFind,
        B::IterReduce => R::IterReduce,
        B::IterNext => R::IterNext,
        B::ListCollect => R::IterCollectList,
        B::StringCollect => R::IterCollectString,
        B::TimerNowMs => R::TimerNowMs,
        B::TupleNth => R::TupleNth,
        B::JsonParse => R::JsonParse,
        B::JsonEncodeString => R::JsonEncodeString,
        B::JsonEncodeInt => R::JsonEncodeInt,
        B::JsonEncodeBool => R::JsonEncodeBool,
        B::JsonEncodeMap => R::JsonEncodeMap,
        B::JsonEncodeList => R::JsonEncodeList,
        B::JsonGet => R::JsonGet,
        B::JsonGetValue => R::JsonGetValue,
        B::JsonGetNested => R::JsonGetNested,
        B::JsonGetNestedValue => R::JsonGetNestedValue,
        B::JsonField => R::JsonField,
        B::JsonAsString => R::JsonAsString,
        B::JsonAsInt => R::JsonAsInt,
        B::JsonAsFloat => R::JsonAsFloat,
        B::JsonAsBool => R::JsonAsBool,
        B::JsonAsList => R::JsonAsList,
        B::JsonAsMap => R::JsonAsMap,
        B::JsonIsNull => R::JsonIsNull,
        B::TimerSleep => R::TimerSleep,
        B::ProcessRegister => R::ProcessRegister,
        B::ProcessWhereis => R::ProcessWhereis,
        B::ProcessUnregister => R::ProcessUnregister,
        B::ProcessMonitor => R::ProcessMonitor,
        B::ProcessDemonitor => R::ProcessDemonitor,
        B::ProcessExit => R::ProcessExit,
        B::ProcessUnlink => R::ProcessUnlink,
        B::ProcessTrapExit => R::ProcessTrapExit,
        B::Supervise => R::Supervise,
        B::NodeStart => R::NodeStart,
        B::GlobalRegister => R::GlobalRegister,
        B::GlobalWhereis => R::GlobalWhereis,
        B::GlobalUnregister => R::GlobalUnregister,
        B::NodeConnect => R::NodeConnect,
        B::NodeDisconnect => R::NodeDisconnect,
        B::NodeSelf => R::NodeSelf,
        B::NodeList => R::NodeList,
        B::NodeMonitor => R::NodeMonitor,
        // Lowered inline (`call_builtin`).
        B::IntToFloat
        | B::FloatToInt
        | B::ListIsEmpty
        | B::QueueIsEmpty
        | B::IterSum
        | B::JsonEncode
        | B::JsonFromJson
        | B::PidNone
        | B::PidIsNone
        | B::TimerSendAfter
        | B::ProcessMonitorNone
        | B::GlobalLookup
        | B::JobAsync
        | B::JobAwait
        | B::JobAwaitTimeout
        | B::JobMap
        | B::ProcessLookup
        | B::ListContains
        | B::ListSortOrd
        | B::MathAbs
        | B::MathMin
        | B::MathMax
        | B::MathPow
        | B::MathSqrt
        | B::MathFloor
        | B::MathCeil
        | B::MathRound => return None,
        // Keyed operations also pass the key type's helpers (`collections`).
        B::MapPut
        | B::MapGet
        | B::MapFetch
        | B::MapGetOr
        | B::MapHasKey
        | B::MapDelete
        | B::MapMerge
        | B::MapFromList
        | B::SetAdd
        | B::SetRemove
        | B::SetContains
        | B::SetUnion
        | B::SetIntersection
        | B::SetDifference
        | B::SetFromList
        | B::MapCollect
        | B::SetCollect => return None,
    })
}

impl<'ctx> Lower<'_, 'ctx> {
    /// Calls `builtin` on evaluated arguments of the given (closed) types.
    pub(super) fn call_builtin(
        &mut self,
        builtin: Builtin,
        args: &[IntValue<'ctx>],
        types: &[Ty],
        ret: &Ty,
    ) -> Result<IntValue<'ctx>> {
        let arg = |i: usize| {
            args.get(i).copied().ok_or_else(|| {
                CodegenError::internal(format!("{builtin:?} is missing argument {i}"))
            })
        };
        match builtin {
            Builtin::IntToFloat => {
                let x = self
                    .b
                    .build_signed_int_to_float(arg(0)?, self.cg.ctx.f64_type(), "")?;
                self.float_bits(x)
            }
            Builtin::FloatToInt => self.float_to_int(arg(0)?),
            Builtin::MathAbs | Builtin::MathMin | Builtin::MathMax => {
                let float = types.first().is_some_and(|t| *t == Ty::FLOAT);
                self.math_generic(builtin, args, float)
            }
            Builtin::MathPow => self.float_intrinsic("llvm.pow", &[arg(0)?, arg(1)?]),
            Builtin::MathSqrt => self.float_intrinsic("llvm.sqrt", &[arg(0)?]),
            Builtin::MathFloor | Builtin::MathCeil | Builtin::MathRound => {
                let name = match builtin {
                    Builtin::MathFloor => "llvm.floor",
                    Builtin::MathCeil => "llvm.ceil",
                    _ => "llvm.round",
                };
                let rounded = self.float_intrinsic(name, &[arg(0)?])?;
                self.float_to_int(rounded)
            }
            Builtin::IterSum => {
                let float = *ret == Ty::FLOAT;
                let f = if float {
                    RuntimeFn::IterSumFloat
                } else {
                    RuntimeFn::IterSumInt
                };
                self.rt(f, &[arg(0)?])
            }
            Builtin::JsonEncode => {
                let ty = types.first().cloned().unwrap_or(Ty::UNIT);
                self.json_encode(arg(0)?, &ty)
            }
            Builtin::JsonFromJson => self.json_decode(arg(0)?, ret),
            Builtin::PidNone => Ok(self.int(0)),
            Builtin::TimerSendAfter => {
                let ty = types.get(2).cloned().unwrap_or(Ty::UNIT);
                self.send_after(arg(0)?, arg(1)?, arg(2)?, &ty)
            }
            Builtin::GlobalLookup => {
                let pid = self.rt(RuntimeFn::GlobalWhereis, &[arg(0)?])?;
                self.pid_option(pid)
            }
            Builtin::ProcessMonitorNone => self.rt(RuntimeFn::ProcessMonitor, &[self.int(0)]),
            Builtin::JobAsync => {
                let value = ret.pid_message().unwrap_or(Ty::UNIT);
                let copy = self.helper(HelperKind::Copy, &value)?;
                self.rt_with(RuntimeFn::JobAsync, &[arg(0)?.into(), self.fn_ptr(copy)])
            }
            Builtin::JobAwait | Builtin::JobAwaitTimeout => {
                let value = types.first().and_then(Ty::pid_message).unwrap_or(Ty::UNIT);
                let copy = self.helper(HelperKind::Copy, &value)?;
                let (has_timeout, timeout) = match builtin {
                    Builtin::JobAwaitTimeout => (self.int(1), arg(1)?),
                    _ => (self.int(0), self.int(0)),
                };
                let args: [inkwell::values::BasicValueEnum; 4] = [
                    arg(0)?.into(),
                    has_timeout.into(),
                    timeout.into(),
                    self.fn_ptr(copy),
                ];
                self.rt_with(RuntimeFn::JobAwait, &args)
            }
            Builtin::JobMap => {
                let elem = types
                    .first()
                    .and_then(Ty::list_elem)
                    .cloned()
                    .unwrap_or(Ty::UNIT);
                let result = match types.get(1) {
                    Some(Ty::Fun(_, r)) => (**r).clone(),
                    _ => Ty::UNIT,
                };
                let copy_elem = self.helper(HelperKind::Copy, &elem)?;
                let copy_result = self.helper(HelperKind::Copy, &result)?;
                let args: [inkwell::values::BasicValueEnum; 4] = [
                    arg(0)?.into(),
                    arg(1)?.into(),
                    self.fn_ptr(copy_elem),
                    self.fn_ptr(copy_result),
                ];
                self.rt_with(RuntimeFn::JobMap, &args)
            }
            Builtin::ProcessLookup => {
                let pid = self.rt(RuntimeFn::ProcessWhereis, &[arg(0)?])?;
                self.pid_option(pid)
            }
            Builtin::PidIsNone => {
                let none = self.words_eq(arg(0)?, self.int(0))?;
                self.bool_word(none)
            }
            Builtin::ListIsEmpty | Builtin::QueueIsEmpty => {
                let len = self.rt(RuntimeFn::ListLength, &[arg(0)?])?;
                let empty = self.words_eq(len, self.int(0))?;
                self.bool_word(empty)
            }
            Builtin::ListSortOrd => {
                let elem = types
                    .first()
                    .and_then(Ty::list_elem)
                    .cloned()
                    .unwrap_or(Ty::UNIT);
                let cmp = self.helper(HelperKind::Cmp, &elem)?;
                self.rt_with(RuntimeFn::ListSortOrd, &[arg(0)?.into(), self.fn_ptr(cmp)])
            }
            Builtin::ListContains => {
                let elem = types
                    .first()
                    .and_then(Ty::list_elem)
                    .cloned()
                    .unwrap_or(Ty::UNIT);
                let eq = self.helper(HelperKind::Eq, &elem)?;
                self.rt_with(
                    RuntimeFn::ListContains,
                    &[arg(0)?.into(), arg(1)?.into(), self.fn_ptr(eq)],
                )
            }
            _ => {
                if let Some(r) = self.collection_builtin(builtin, args, types, ret)? {
                    return Ok(r);
                }
                let f = runtime_fn(builtin).ok_or_else(|| {
                    CodegenError::new(format!(
                        "not supported yet: the library function {builtin:?}"
                    ))
                })?;
                let result = self.rt(f, args)?;
                // The printing functions return unit; do not rely on the runtime's word for it.
                Ok(if *ret == Ty::UNIT {
                    self.unit()
                } else {
                    result
                })
            }
        }
    }

    /// `Float.to_int`: truncation toward zero, saturating at the Int range, NaN → 0.
    /// Calls the LLVM floating-point intrinsic `name` (`llvm.sqrt`, …) on
    /// Float words; the result is a Float word.
    fn float_intrinsic(&mut self, name: &str, args: &[IntValue<'ctx>]) -> Result<IntValue<'ctx>> {
        let intrinsic = Intrinsic::find(name)
            .ok_or_else(|| CodegenError::internal(format!("LLVM lacks {name}")))?;
        let f64t = self.cg.ctx.f64_type();
        let f = intrinsic
            .get_declaration(&self.cg.module, &[f64t.into()])
            .ok_or_else(|| CodegenError::internal(format!("cannot declare {name}.f64")))?;
        let mut floats = Vec::new();
        for a in args {
            floats.push(self.to_float(*a)?.into());
        }
        let call = self.b.build_call(f, &floats, "")?;
        match call.try_as_basic_value().basic() {
            Some(inkwell::values::BasicValueEnum::FloatValue(x)) => self.float_bits(x),
            _ => Err(CodegenError::internal(format!("{name} returned no Float"))),
        }
    }

    /// `Math.abs/min/max` on Int (wrapping abs) or Float (`fabs`,
    /// `minnum`/`maxnum`: a NaN argument yields the other one).
    fn math_generic(
        &mut self,
        builtin: Builtin,
        args: &[IntValue<'ctx>],
        float: bool,
    ) -> Result<IntValue<'ctx>> {
        if float {
            return match builtin {
                Builtin::MathAbs => self.float_intrinsic("llvm.fabs", &args[..1]),
                Builtin::MathMin => self.float_intrinsic("llvm.minnum", &args[..2]),
                _ => self.float_intrinsic("llvm.maxnum", &args[..2]),
            };
        }
        let zero = self.int(0);
        let b = &self.b;
        if builtin == Builtin::MathAbs {
            let x = args[0];
            let neg = b.build_int_compare(inkwell::IntPredicate::SLT, x, zero, "neg")?;
            let minus = b.build_int_sub(zero, x, "minus")?;
            return Ok(b.build_select(neg, minus, x, "abs")?.into_int_value());
        }
        let pred = if builtin == Builtin::MathMin {
            inkwell::IntPredicate::SLT
        } else {
            inkwell::IntPredicate::SGT
        };
        let pick = b.build_int_compare(pred, args[0], args[1], "pick")?;
        Ok(b.build_select(pick, args[0], args[1], "minmax")?
            .into_int_value())
    }

    fn float_to_int(&mut self, word: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        let x = self.to_float(word)?;
        let intrinsic = Intrinsic::find("llvm.fptosi.sat")
            .ok_or_else(|| CodegenError::internal("LLVM lacks llvm.fptosi.sat"))?;
        let types = [self.cg.word().into(), self.cg.ctx.f64_type().into()];
        let f = intrinsic
            .get_declaration(&self.cg.module, &types)
            .ok_or_else(|| CodegenError::internal("cannot declare llvm.fptosi.sat.i64.f64"))?;
        self.call_fn(f, &[x.into()])
    }
}
