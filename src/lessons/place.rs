//! Where a problem is in a lesson file: a path into the document
//! (`step[2].goal.all[1]`) for the checks made after reading, turned into
//! a line and column with the spans of toml's own parse tree. A leaf: the
//! reader, the checks and the dry run all place their problems with it.

use toml::de::{DeTable, DeValue};

use super::error::Problem;

/// One segment of a path into the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Seg {
    /// A key of a table.
    Key(&'static str),
    /// An element of an array (of `[[step]]` tables, of checks…).
    Index(usize),
}

/// A problem and where it is.
pub(crate) type Located = (Vec<Seg>, Problem);

/// Line and column (from 1; the column in characters) of byte `offset`.
pub(crate) fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &src[..offset];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// Where `path` is written in `src`: the key (or array element) at the
/// end of the path, or the deepest part of it that exists.
pub(crate) fn locate(src: &str, path: &[Seg]) -> (usize, usize) {
    let Ok(root) = DeTable::parse(src) else {
        return (1, 1);
    };
    let mut start = 0;
    let mut table: Option<&DeTable<'_>> = Some(root.get_ref());
    let mut value: Option<&DeValue<'_>> = None;
    for seg in path {
        let next = match (seg, table, value) {
            (Seg::Key(k), Some(t), _) => t.iter().find(|(key, _)| key.get_ref() == k).map(|(key, v)| {
                start = key.span().start;
                v
            }),
            (Seg::Index(i), _, Some(v)) => v.get(*i).inspect(|v| start = v.span().start),
            _ => None,
        };
        let Some(next) = next else { break };
        value = Some(next.get_ref());
        table = next.get_ref().as_table();
    }
    line_col(src, start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let src = "a = 1\nb = \"가나\" x\n";
        assert_eq!(line_col(src, 0), (1, 1));
        let x = src.find('x').unwrap();
        assert_eq!(line_col(src, x), (2, 10), "Hangul counts one column per character");
    }

    #[test]
    fn locate_finds_keys_and_array_elements() {
        let src = "id = \"x\"\n\n[[step]]\ntitle = \"a\"\n\n[[step]]\ntitle = \"b\"\ngoal = { answer = 7 }\n";
        let path = [Seg::Key("step"), Seg::Index(1), Seg::Key("goal"), Seg::Key("answer")];
        assert_eq!(locate(src, &path), (8, 10));
        let missing = [Seg::Key("step"), Seg::Index(1), Seg::Key("setup")];
        assert_eq!(
            locate(src, &missing).0,
            6,
            "the deepest part that exists: the second step"
        );
    }
}
