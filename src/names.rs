//! One name table per option enum (dataset generator, activation, loss,
//! optimizer, initialization, step function, logic gate, input feature).
//!
//! Each enum's names are written once, in a [`name_table!`] invocation beside
//! the enum, and everything that spells the enum reads them from there:
//!
//! - `name()`: the command line (`--loss bce`), the JSON the headless
//!   commands print and the short names the window shows;
//! - `label()`: a symbol the window draws as it is, in every language (a
//!   feature's `x₁²`, a language's own name; defaults to the name). Words
//!   the learner reads come from the catalogues, not from here;
//! - the file name (defaults to the name): what session and settings files
//!   store, through the `Serialize`/`Deserialize` impls the table generates.
//!   They write exactly what `#[derive(Serialize, Deserialize)]` with a
//!   rename wrote before (a unit variant named by its string), so old
//!   sessions and stored settings load unchanged;
//! - aliases: other spellings the command line and `from_name` accept.
//!
//! The command line adapts each table to clap's `ValueEnum` (see
//! `cli::values`), so clap's parser, its `--help` and its error messages list
//! the same names. The engine itself never depends on clap.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, EnumAccess, VariantAccess, Visitor};
use serde::{Deserializer, Serializer};

/// The names of an enum declared with [`name_table!`], for code generic over
/// such enums (serde, clap).
pub(crate) trait Named: Copy + PartialEq + 'static {
    /// The enum's Rust name, as serde reports it.
    const TYPE: &'static str;
    /// Every file name, in table order (serde's "expected one of" list).
    const FILE_NAMES: &'static [&'static str];
    /// Every value, in table order.
    fn variants() -> &'static [Self];
    /// The command-line name.
    fn cli_name(self) -> &'static str;
    /// The name files store.
    fn file_name(self) -> &'static str;
    /// Other accepted spellings (the file name among them when it differs).
    fn other_names(self) -> &'static [&'static str];
}

/// The value whose name, file name or alias is `text`, ignoring ASCII case
/// and surrounding spaces.
pub(crate) fn find<T: Named>(text: &str) -> Option<T> {
    let text = text.trim();
    T::variants().iter().copied().find(|v| {
        std::iter::once(v.cli_name())
            .chain(v.other_names().iter().copied())
            .any(|n| n.eq_ignore_ascii_case(text))
    })
}

/// Every command-line name of `T`, comma-separated (for error messages).
pub(crate) fn cli_names<T: Named>() -> String {
    let names: Vec<&str> = T::variants().iter().map(|v| v.cli_name()).collect();
    names.join(", ")
}

/// Writes `value` as serde's derive writes a unit variant: JSON gets the
/// string `"name"`, RON the identifier `name`.
pub(crate) fn serialize<T: Named, S: Serializer>(value: T, serializer: S) -> Result<S::Ok, S::Error> {
    // Every value is in its table (the table's rows make `ALL`), and a
    // table has a few dozen rows at most, so the index always fits.
    let position = T::variants().iter().position(|v| *v == value).unwrap_or(0);
    let index = u32::try_from(position).unwrap_or(u32::MAX);
    serializer.serialize_unit_variant(T::TYPE, index, value.file_name())
}

/// Reads what [`serialize`] writes (and what serde's derive wrote): exactly
/// one of [`Named::FILE_NAMES`], else serde's "unknown variant" error.
pub(crate) fn deserialize<'de, T: Named, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_enum(T::TYPE, T::FILE_NAMES, EnumVisitor::<T>(PhantomData))
}

/// Visits the enum: a variant identifier, then a unit variant.
struct EnumVisitor<T>(PhantomData<T>);

impl<'de, T: Named> Visitor<'de> for EnumVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "one of {}", T::FILE_NAMES.join(", "))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<T, A::Error> {
        let (value, variant) = data.variant_seed(IdentifierSeed::<T>(PhantomData))?;
        variant.unit_variant()?;
        Ok(value)
    }
}

/// Reads the variant's identifier.
struct IdentifierSeed<T>(PhantomData<T>);

impl<'de, T: Named> DeserializeSeed<'de> for IdentifierSeed<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, T: Named> Visitor<'de> for IdentifierSeed<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "one of {}", T::FILE_NAMES.join(", "))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        (T::variants().iter().copied())
            .find(|v| v.file_name() == text)
            .ok_or_else(|| E::unknown_variant(text, T::FILE_NAMES))
    }

    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<T, E> {
        match std::str::from_utf8(bytes) {
            Ok(text) => self.visit_str(text),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(bytes), &self)),
        }
    }
}

/// Picks the first of one or two literals: an optional table entry, else
/// its default.
macro_rules! first_of {
    ($first:literal $($rest:literal)?) => {
        $first
    };
}
pub(crate) use first_of;

/// Declares the one name table of a field-less enum. Each row gives a
/// variant, its command-line name and, optionally, the name files store
/// (`file`), the window's text (`label`) and other accepted spellings
/// (`aliases`). Rows are in menu order, which becomes `ALL`.
///
/// Generates `ALL`, `name()`, `label()`, `from_name()`, `Serialize`,
/// `Deserialize` and the crate's `Named` trait (see the [module](self)).
macro_rules! name_table {
    (
        $ty:ident {
            $(
                $variant:ident => $name:literal
                $(, file $file:literal)?
                $(, label $label:literal)?
                $(, aliases [$($alias:literal),* $(,)?])?
                ;
            )+
        }
    ) => {
        impl $ty {
            #[doc = concat!("Every `", stringify!($ty), "`, in menu order.")]
            pub const ALL: [$ty; [$(stringify!($variant)),+].len()] = [$($ty::$variant),+];

            /// The name on the command line, in the headless commands' JSON
            /// and in the window's short menus.
            pub fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)+
                }
            }

            /// The text the window shows (the name when the table gives none).
            pub fn label(self) -> &'static str {
                match self {
                    $($ty::$variant => $crate::names::first_of!($($label)? $name),)+
                }
            }

            /// The value called `text` (its name, file name or an alias),
            /// ignoring ASCII case and surrounding spaces.
            pub fn from_name(text: &str) -> Option<$ty> {
                $crate::names::find(text)
            }
        }

        impl $crate::names::Named for $ty {
            const TYPE: &'static str = stringify!($ty);
            const FILE_NAMES: &'static [&'static str] =
                &[$($crate::names::first_of!($($file)? $name)),+];

            fn variants() -> &'static [Self] {
                &$ty::ALL
            }

            fn cli_name(self) -> &'static str {
                self.name()
            }

            fn file_name(self) -> &'static str {
                match self {
                    $($ty::$variant => $crate::names::first_of!($($file)? $name),)+
                }
            }

            fn other_names(self) -> &'static [&'static str] {
                match self {
                    $($ty::$variant => &[$($file,)? $($($alias),*)?],)+
                }
            }
        }

        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $crate::names::serialize(*self, serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::names::deserialize(deserializer)
            }
        }
    };
}
pub(crate) use name_table;

/// Calls `check::<T>()` for every enum whose table the command line reads,
/// so the tests of the tables and of clap's reading of them cover the same
/// list.
#[cfg(test)]
macro_rules! for_each_cli_table {
    ($check:ident) => {
        $check::<$crate::data::Generator>();
        $check::<$crate::data::Feature>();
        $check::<$crate::nn::Activation>();
        $check::<$crate::nn::Loss>();
        $check::<$crate::nn::OptimizerKind>();
        $check::<$crate::nn::perceptron::StepFunction>();
        $check::<$crate::nn::logic::Gate>();
        $check::<$crate::i18n::Language>();
    };
}
#[cfg(test)]
pub(crate) use for_each_cli_table;

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::fmt::Debug;

    use serde::Serialize;
    use serde::de::DeserializeOwned;

    use super::*;
    use crate::data::Feature;
    use crate::nn::perceptron::StepFunction;
    use crate::nn::{Activation, Init, Loss};

    /// No spelling names two values; each value round-trips through JSON
    /// as its file name and through `find` from each of its spellings.
    fn check<T: Named + Debug + Serialize + DeserializeOwned>() {
        let mut owner: HashMap<String, T> = HashMap::new();
        for &v in T::variants() {
            let spellings = std::iter::once(v.cli_name()).chain(v.other_names().iter().copied());
            for s in spellings {
                let previous = owner.insert(s.to_ascii_lowercase(), v);
                assert!(previous.is_none_or(|p| p == v), "{s} names {previous:?} and {v:?}");
                assert_eq!(find::<T>(s), Some(v), "{s}");
            }
            let json = serde_json::to_string(&v).expect("a name serializes");
            assert_eq!(json, format!("\"{}\"", v.file_name()));
            assert_eq!(serde_json::from_str::<T>(&json).ok(), Some(v));
        }
        assert_eq!(T::FILE_NAMES.len(), T::variants().len());
        assert_eq!(find::<T>("no such name"), None);
    }

    #[test]
    fn every_table_is_unambiguous_and_round_trips() {
        for_each_cli_table!(check);
        check::<Init>();
    }

    #[test]
    fn tables_keep_their_names() {
        assert_eq!(Loss::BinaryCrossEntropy.name(), "bce");
        assert_eq!(Loss::BinaryCrossEntropy.file_name(), "binary_cross_entropy");
        assert_eq!(Activation::Relu.label(), "relu", "the label defaults to the name");
        assert_eq!(Feature::X1X2.name(), "x1*x2");
        assert_eq!(Feature::X1X2.label(), "x₁·x₂");
        assert_eq!(cli_names::<StepFunction>(), "heaviside, sign");
    }
}
