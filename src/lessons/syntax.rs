//! TOML syntax errors as typed reasons, placed where the teacher made the
//! mistake: an unclosed `"""` at its opening quotes (the parser only
//! notices at the end of the file, or where a later text's quotes leave
//! words outside any string), an unclosed `"` at its quote.
//!
//! The parser's own reasons are English; we keep only what is not: the
//! tokens it expected (`` `]` ``, `` `=` ``), and its one fixed phrase for a
//! key given twice.

/// What is wrong with the TOML text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// A `"""` or `'''` text that never ends.
    UnclosedMultiline,
    /// A `"…"` or `'…'` text that does not end on its line.
    UnclosedString,
    /// The same key (or table) twice.
    DuplicateKey(String),
    /// A key without `= value`.
    MissingEquals,
    /// A `[` without its `]`.
    UnclosedBracket,
    /// A `{` without its `}` (inline tables end on their line).
    UnclosedBrace,
    /// Two list elements or table entries without a comma between them.
    MissingComma,
    /// Something else; the tokens the parser expected there, if any.
    Other(Vec<String>),
}

/// The typed reason and byte offset of a TOML error with `message` at
/// byte `offset` of `src`.
pub(crate) fn classify(src: &str, message: &str, offset: usize) -> (Syntax, usize) {
    // A text that ran on over a table header or the next `key = """` was
    // left open there: TOML paired its quotes with the next text's opening
    // ones, so the parser stumbles later, at quotes the teacher did close.
    if let Some(open) = swallowing_multiline(src).or_else(|| unclosed_multiline(src)) {
        return (Syntax::UnclosedMultiline, open);
    }
    if message.starts_with("duplicate key") {
        let key: String = src[offset.min(src.len())..]
            .chars()
            .take_while(|c| !matches!(c, '=' | ']' | '\n' | ' ' | '.'))
            .collect();
        return (Syntax::DuplicateKey(key.trim_matches('"').to_string()), offset);
    }
    let expected = expected_tokens(message);
    let has = |t: &str| expected.iter().any(|e| e == t);
    if has("\"") || has("'") {
        return (Syntax::UnclosedString, opening_quote(src, offset));
    }
    let kind = if has("=") {
        Syntax::MissingEquals
    } else if has("]") {
        Syntax::UnclosedBracket
    } else if has("}") {
        Syntax::UnclosedBrace
    } else if has(",") {
        Syntax::MissingComma
    } else {
        Syntax::Other(expected)
    };
    (kind, offset)
}

/// The backquoted tokens after "expected" in a parser message.
fn expected_tokens(message: &str) -> Vec<String> {
    let Some(at) = message.find("expected") else {
        return Vec::new();
    };
    message[at..]
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The quote that opens the unclosed string ending at `offset`: the last
/// `"` or `'` before it on the same line.
fn opening_quote(src: &str, offset: usize) -> usize {
    let offset = offset.min(src.len());
    let line_start = src[..offset].rfind('\n').map_or(0, |i| i + 1);
    src[line_start..offset]
        .rfind(['"', '\''])
        .map_or(offset, |i| line_start + i)
}

/// Where a `"""` or `'''` opens that never closes, if one does.
pub(crate) fn unclosed_multiline(src: &str) -> Option<usize> {
    multiline_texts(src)
        .into_iter()
        .find_map(|(open, close)| close.is_none().then_some(open))
}

/// Where the first multi-line text opens whose body holds a line of a
/// lesson file's structure (`[[step]]`, `[step.goal]`, `text.en = """`):
/// a text left open that ran on into the next part of the file.
fn swallowing_multiline(src: &str) -> Option<usize> {
    multiline_texts(src).into_iter().find_map(|(open, close)| {
        let body = &src[open + 3..close.unwrap_or(src.len())];
        body.lines().any(looks_like_structure).then_some(open)
    })
}

/// A line no lesson text holds but a lesson file is made of: a table
/// header, or a key opening a multi-line text.
fn looks_like_structure(line: &str) -> bool {
    let t = line.trim();
    let key = |k: &str| {
        k.contains(|c: char| c.is_ascii_alphabetic())
            && k.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    };
    if let Some(inner) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        let inner = inner
            .strip_prefix('[')
            .and_then(|r| r.strip_suffix(']'))
            .unwrap_or(inner);
        return key(inner.trim());
    }
    t.split_once('=').is_some_and(|(k, v)| {
        let v = v.trim();
        key(k.trim()) && (v == "\"\"\"" || v == "'''")
    })
}

/// Every multi-line text of the file in order, with its quotes paired as
/// TOML pairs them: where it opens and where it closes (`None`: never). A
/// scan that knows comments and one-line strings.
fn multiline_texts(src: &str) -> Vec<(usize, Option<usize>)> {
    let mut texts = Vec::new();
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => i = src[i..].find('\n').map_or(b.len(), |n| i + n),
            q @ (b'"' | b'\'') if src[i..].starts_with(if q == b'"' { "\"\"\"" } else { "'''" }) => {
                let close = if q == b'"' { "\"\"\"" } else { "'''" };
                let Some(end) = find_close(src, i + 3, close, q == b'"') else {
                    texts.push((i, None));
                    break;
                };
                texts.push((i, Some(end)));
                // Up to two more quotes may belong to the text ("""a"""").
                i = end + 3;
                while i < b.len() && b[i] == q {
                    i += 1;
                }
                continue;
            }
            q @ (b'"' | b'\'') => {
                // A one-line string: to its closing quote or the end of the line.
                i += 1;
                while i < b.len() && b[i] != q && b[i] != b'\n' {
                    i += if q == b'"' && b[i] == b'\\' { 2 } else { 1 };
                }
            }
            _ => {}
        }
        i += 1;
    }
    texts
}

/// Where the multi-line string whose text starts at `from` closes, or
/// `None` when it never does.
fn find_close(src: &str, from: usize, close: &str, escapes: bool) -> Option<usize> {
    let b = src.as_bytes();
    let mut i = from;
    while i < b.len() {
        if escapes && b[i] == b'\\' {
            i += 2;
            continue;
        }
        if src[i..].starts_with(close) {
            return Some(i);
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The typed error and its line for `src`, as the parser reports it.
    fn syntax(src: &str) -> (Syntax, usize) {
        let e = toml::de::DeTable::parse(src).expect_err("a syntax error");
        let start = e.span().map_or(0, |s| s.start);
        let (kind, at) = classify(src, e.message(), start);
        (kind, src[..at].matches('\n').count() + 1)
    }

    #[test]
    fn an_unclosed_triple_quote_is_placed_at_its_opening() {
        let src = "a = 1\ntext = \"\"\"\nhello\n\n[b]\nc = 1\n";
        assert_eq!(syntax(src), (Syntax::UnclosedMultiline, 2));
        assert_eq!(unclosed_multiline("t = \"\"\"x\"\"\"\"\n# \"\"\"\nu = '''y'''\n"), None);
    }

    #[test]
    fn a_text_left_open_before_the_next_step_is_placed_at_its_opening() {
        // Step 1's text is never closed: TOML closes it at step 2's opening
        // quotes and stumbles over step 2's words.
        let src = "[[step]]\ntext = \"\"\"\nOne.\n\n[[step]]\ntext = \"\"\"\nTwo.\n\"\"\"\n";
        assert_eq!(syntax(src), (Syntax::UnclosedMultiline, 2));
        let src = "[[step]]\ntext = \'\'\'\nOne.\n[step.goal]\nanswer = 0\nhint = \'\'\'\nH\n\'\'\'\n";
        assert_eq!(syntax(src), (Syntax::UnclosedMultiline, 2));
        // Brackets and `=` in a text are words, not structure.
        assert!(!looks_like_structure("  W = [1, 2]"));
        assert!(!looks_like_structure("[0, 1]"));
        assert!(looks_like_structure("[step.setup.data]"));
        assert!(looks_like_structure("hint.ko = \"\"\""));
    }

    #[test]
    fn common_mistakes_have_their_own_reasons() {
        assert_eq!(syntax("a = \"x\nb = 1\n"), (Syntax::UnclosedString, 1));
        assert_eq!(syntax("a = 1\na = 2\n"), (Syntax::DuplicateKey("a".into()), 2));
        assert_eq!(syntax("a 1\n").0, Syntax::MissingEquals);
        assert_eq!(syntax("[a\nb=1\n").0, Syntax::UnclosedBracket);
        assert_eq!(syntax("a = { b = 1\n").0, Syntax::UnclosedBrace);
        assert_eq!(syntax("a = [1, 2\nb = 3\n").0, Syntax::MissingComma);
        assert!(matches!(syntax("a = tru\n").0, Syntax::Other(_)));
    }
}
