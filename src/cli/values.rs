//! The option enums on the command line: each enum's one name table (see
//! `crate::names`) becomes a clap `ValueEnum`, so clap parses the values,
//! lists them in `--help` and names them in its error for an unknown one.

use std::ffi::OsStr;
use std::marker::PhantomData;
use std::sync::LazyLock;

use clap::ValueEnum;
use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser};

use crate::data::{Feature, Generator};
use crate::i18n::Language;
use crate::names::Named;
use crate::nn::logic::Gate;
use crate::nn::perceptron::StepFunction;
use crate::nn::{AUTO_LOSS, Activation, Loss, OptimizerKind};
use crate::train::landscape::Directions;

/// The table's name, with its file name and aliases as hidden aliases.
fn possible_value<T: Named>(value: T) -> PossibleValue {
    PossibleValue::new(value.cli_name()).aliases(value.other_names().iter().copied())
}

/// `ValueEnum` for enums with a name table.
macro_rules! value_enums {
    ($($ty:ty),+ $(,)?) => {$(
        impl ValueEnum for $ty {
            fn value_variants<'a>() -> &'a [Self] {
                <$ty as Named>::variants()
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(possible_value(*self))
            }
        }
    )+};
}

value_enums!(
    Generator,
    Activation,
    OptimizerKind,
    Loss,
    StepFunction,
    Gate,
    Feature,
    Language,
    Directions
);

/// `--loss`: a fixed loss, or `auto` (`None`: the usual loss for the task).
#[derive(Clone, Copy, Debug)]
pub(super) struct LossChoice(pub(super) Option<Loss>);

impl ValueEnum for LossChoice {
    fn value_variants<'a>() -> &'a [Self] {
        static ALL: LazyLock<Vec<LossChoice>> = LazyLock::new(|| {
            let fixed = Loss::ALL.into_iter().map(|l| LossChoice(Some(l)));
            std::iter::once(LossChoice(None)).chain(fixed).collect()
        });
        &ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(self.0.map_or_else(|| PossibleValue::new(AUTO_LOSS), possible_value))
    }
}

/// clap's parser of a `ValueEnum` that first trims spaces and folds ASCII
/// case, as the hand-written parsers before it did (`--features "x1, X2"`).
#[derive(Clone, Copy, Debug)]
pub(super) struct Lenient<E>(PhantomData<E>);

/// A [`Lenient`] parser for `E`.
pub(super) fn lenient<E>() -> Lenient<E> {
    Lenient(PhantomData)
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Lenient<E> {
    type Value = E;

    fn parse_ref(&self, cmd: &clap::Command, arg: Option<&clap::Arg>, value: &OsStr) -> Result<E, clap::Error> {
        let folded = value.to_str().map(|s| s.trim().to_ascii_lowercase());
        let value = folded.as_deref().map_or(value, OsStr::new);
        EnumValueParser::<E>::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(E::value_variants().iter().filter_map(E::to_possible_value)))
    }
}

/// `cmd` with every option that takes a value reading a leading `-` as a
/// negative number (`--lr -1`, `--epochs -5`), so the value's own check
/// names what is wrong instead of clap calling it an unexpected argument.
pub(super) fn negative_numbers(cmd: clap::Command) -> clap::Command {
    cmd.mut_args(|a| {
        if a.get_action().takes_values() {
            a.allow_negative_numbers(true)
        } else {
            a
        }
    })
    .mut_subcommands(negative_numbers)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name and alias of every table parses on the command line to
    /// the value `from_name` gives, and the names clap lists are the table's.
    #[test]
    fn clap_reads_the_name_tables() {
        fn check<T: Named + ValueEnum + Send + Sync + std::fmt::Debug>() {
            let cmd = clap::Command::new("t");
            let parser = lenient::<T>();
            for &v in <T as Named>::variants() {
                let names = std::iter::once(v.cli_name()).chain(v.other_names().iter().copied());
                for name in names {
                    let padded = format!(" {} ", name.to_ascii_uppercase());
                    let parsed = parser.parse_ref(&cmd, None, OsStr::new(&padded));
                    assert_eq!(parsed.ok(), Some(v), "{name}");
                }
            }
            let listed: Vec<String> = (parser.possible_values().into_iter().flatten())
                .map(|p| p.get_name().to_string())
                .collect();
            let table: Vec<&str> = <T as Named>::variants().iter().map(|v| v.cli_name()).collect();
            assert_eq!(listed, table);
            assert!(parser.parse_ref(&cmd, None, OsStr::new("nope")).is_err());
        }
        crate::names::for_each_cli_table!(check);
    }
}
