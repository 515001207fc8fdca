//! Reading a lesson file's TOML tree into the lesson's types, by hand
//! rather than through serde: every mistake becomes a typed [`Problem`] at
//! the byte where the teacher made it (the key, the value, the header of
//! the table a key fell into), never a parser's English sentence.
//!
//! A [`Node`] is one value with the key it sits under; [`Node::table`]
//! opens a table, refusing keys it does not know (and saying which
//! enclosing table knows them: TOML puts every key after `[step.controls]`
//! into that table, however it was meant).

mod check;
mod lesson;
mod scalars;
mod setup;

pub use check::parse_goal;
pub(crate) use lesson::read_file;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::error::{Expected, Found, Problem, TableKind, TableName};

/// A problem and the byte offset where it is.
pub(crate) type Spot = (usize, Problem);

/// A table being read, for messages: its name and keys, and the table
/// around it.
pub(crate) struct Ctx<'a> {
    name: TableName,
    known: &'static [&'static str],
    parent: Option<&'a Ctx<'a>>,
}

/// One value of the file, the key it sits under and the table it is in.
#[derive(Clone, Copy)]
pub(crate) struct Node<'a, 'i> {
    v: &'a Spanned<DeValue<'i>>,
    key: &'a str,
    /// `Some(i)` for element `i` of a list.
    index: Option<usize>,
    src: &'a str,
    parent: Option<&'a Ctx<'a>>,
}

/// A table opened by [`Node::table`]: its entries and its context.
pub(crate) struct Table<'a, 'i> {
    t: &'a DeTable<'i>,
    at: usize,
    src: &'a str,
    ctx: Ctx<'a>,
}

impl<'a, 'i> Node<'a, 'i> {
    /// The top of the file.
    pub(crate) fn root(v: &'a Spanned<DeValue<'i>>, src: &'a str) -> Self {
        Node {
            v,
            key: "",
            index: None,
            src,
            parent: None,
        }
    }

    /// Where the value starts.
    pub(crate) fn at(&self) -> usize {
        self.v.span().start
    }

    /// The key as the teacher reads it: `choices`, or `choices[2]`.
    pub(crate) fn key(&self) -> String {
        match self.index {
            Some(i) => format!("{}[{i}]", self.key),
            None => self.key.to_string(),
        }
    }

    /// The key without the element's index, for a name that is not one of
    /// the names: the column points at the element, and "`locked` cannot be
    /// …" reads better than "`locked[0]` cannot be …".
    pub(crate) fn name_key(&self) -> String {
        self.key.to_string()
    }

    /// A problem at this value.
    pub(crate) fn fail<T>(&self, problem: Problem) -> Result<T, Spot> {
        Err((self.at(), problem))
    }

    /// "This value should be `expected`".
    pub(crate) fn wrong<T>(&self, expected: Expected) -> Result<T, Spot> {
        self.fail(Problem::WrongType {
            key: self.key(),
            expected,
            found: found(self.v.get_ref()),
        })
    }

    /// The value itself.
    pub(crate) fn value(&self) -> &'a DeValue<'i> {
        self.v.get_ref()
    }

    /// Opens the value as a table with these keys; an unknown key is
    /// refused at the key.
    pub(crate) fn table(&self, known: &'static [&'static str]) -> Result<Table<'a, 'i>, Spot> {
        let Some(t) = self.value().as_table() else {
            return self.wrong(Expected::Table);
        };
        let name = self.table_name();
        let mut keys: Vec<_> = t.iter().map(|(k, _)| k).collect();
        keys.sort_by_key(|k| k.span().start);
        for k in keys {
            let key: &str = k.get_ref();
            if !known.contains(&key) {
                let belongs = (name.kind == TableKind::Header || name.kind == TableKind::ArrayHeader)
                    .then(|| enclosing(self.parent, key))
                    .flatten()
                    .map(Box::new);
                let problem = Problem::UnknownKey {
                    key: key.to_string(),
                    table: name,
                    known,
                    belongs,
                };
                return Err((k.span().start, problem));
            }
        }
        Ok(Table {
            t,
            at: self.at(),
            src: self.src,
            ctx: Ctx {
                name,
                known,
                parent: self.parent,
            },
        })
    }

    /// This table's name and how it was opened (by its text in the file).
    fn table_name(&self) -> TableName {
        let parent = self.parent.map_or("", |p| p.name.path.as_str());
        let path = match (parent, self.key) {
            ("", k) => k.to_string(),
            (p, "") => p.to_string(),
            (p, k) => format!("{p}.{k}"),
        };
        let text = self.src.get(self.at()..).unwrap_or("");
        let kind = if self.parent.is_none() {
            TableKind::Root
        } else if text.starts_with("[[") {
            TableKind::ArrayHeader
        } else if text.starts_with('[') {
            TableKind::Header
        } else {
            TableKind::Inline
        };
        TableName { path, kind }
    }
}

impl<'a, 'i> Table<'a, 'i> {
    /// The value of `key`, if given.
    pub(crate) fn get<'t>(&'t self, key: &'static str) -> Option<Node<'t, 'i>> {
        self.t.get(key).map(|v| Node {
            v,
            key,
            index: None,
            src: self.src,
            parent: Some(&self.ctx),
        })
    }

    /// The value of `key`, which the table must have.
    pub(crate) fn req<'t>(&'t self, key: &'static str) -> Result<Node<'t, 'i>, Spot> {
        self.get(key).ok_or_else(|| {
            let problem = Problem::MissingKey {
                key,
                table: self.ctx.name.clone(),
            };
            (self.at, problem)
        })
    }

    /// `key` read by `read`, if given.
    pub(crate) fn opt<'t, T>(
        &'t self,
        key: &'static str,
        read: impl FnOnce(Node<'t, 'i>) -> Result<T, Spot>,
    ) -> Result<Option<T>, Spot> {
        self.get(key).map(read).transpose()
    }

    /// The keys given, in file order.
    pub(crate) fn keys(&self) -> Vec<(&'a str, usize)> {
        let mut keys: Vec<(&str, usize)> = self
            .t
            .iter()
            .map(|(k, _)| (k.get_ref().as_ref(), k.span().start))
            .collect();
        keys.sort_by_key(|(_, at)| *at);
        keys
    }

    /// Where the table starts.
    pub(crate) fn at(&self) -> usize {
        self.at
    }
}

/// The innermost table around `parent` (itself included) that has `key`.
fn enclosing(mut parent: Option<&Ctx<'_>>, key: &str) -> Option<TableName> {
    while let Some(p) = parent {
        if p.known.contains(&key) {
            return Some(p.name.clone());
        }
        parent = p.parent;
    }
    None
}

/// What kind of value `v` is.
fn found(v: &DeValue<'_>) -> Found {
    match v {
        DeValue::String(_) => Found::String,
        DeValue::Integer(_) => Found::Integer,
        DeValue::Float(_) => Found::Float,
        DeValue::Boolean(_) => Found::Bool,
        DeValue::Datetime(_) => Found::Datetime,
        DeValue::Array(_) => Found::List,
        DeValue::Table(_) => Found::Table,
    }
}
