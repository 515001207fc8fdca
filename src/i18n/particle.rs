//! Korean particles after a word known only when the message is shown.
//!
//! A Korean particle has two forms, chosen by the sound the word before it
//! ends on: 을 after a final consonant (받침), 를 after a vowel; likewise
//! 이/가, 은/는 and 과/와; and 으로 after a final consonant, but 로 after
//! a vowel or a final ㄹ. A message whose word is filled in later (a file
//! name, a number, a button's label) is written with both forms,
//! "{ $file }을(를)", as Korean software commonly does; [`resolve`] puts
//! the one form the word takes in their place once the word is there, and
//! keeps both where its last sound cannot be told (a symbol, or a Latin
//! word ending in a consonant Korean reads either way, as "step" 스텝 and
//! "mask" 마스크).

use std::borrow::Cow;

/// How a word ends, for its particle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ending {
    /// On a vowel: 를, 가, 는, 와, 로.
    Vowel,
    /// On a final consonant other than ㄹ: 을, 이, 은, 과, 으로.
    Consonant,
    /// On a final ㄹ: as a consonant, but 로.
    Rieul,
}

/// Each pair as the texts write it, and its form after a consonant, a
/// vowel and a final ㄹ.
const PAIRS: [(&str, [&str; 3]); 5] = [
    ("을(를)", ["을", "를", "을"]),
    ("이(가)", ["이", "가", "이"]),
    ("은(는)", ["은", "는", "은"]),
    ("와(과)", ["과", "와", "과"]),
    ("(으)로", ["으로", "로", "로"]),
];

/// `text` with every written pair such as "을(를)" replaced by the form
/// the word before it takes, where that word's last sound is known.
pub(super) fn resolve(text: &str) -> Cow<'_, str> {
    // Every pair has a parenthesis: most texts are returned untouched.
    if !text.contains('(') {
        return Cow::Borrowed(text);
    }
    // Allocated at the first pair resolved.
    let mut out = String::new();
    let mut done = 0;
    let mut at = 0;
    while let Some(offset) = text[at..].find('(').map(|i| at + i) {
        // "(으)로" starts at the parenthesis, the others one syllable
        // before it.
        let found = PAIRS.iter().find_map(|(written, forms)| {
            let start = if written.starts_with('(') {
                offset
            } else {
                offset.checked_sub('을'.len_utf8())?
            };
            (text.is_char_boundary(start) && text[start..].starts_with(written)).then_some((start, *written, forms))
        });
        match found {
            Some((start, written, forms)) if start >= done => {
                if let Some(ending) = last_sound(&text[..start]) {
                    out.push_str(&text[done..start]);
                    out.push_str(match ending {
                        Ending::Consonant => forms[0],
                        Ending::Vowel => forms[1],
                        Ending::Rieul => forms[2],
                    });
                    done = start + written.len();
                }
                at = start + written.len();
            }
            _ => at = offset + 1,
        }
    }
    if done == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[done..]);
    Cow::Owned(out)
}

/// [`resolve`] on a message already made: `text` itself, unless a pair was
/// resolved (no second copy of every Korean label, every frame).
pub fn resolve_owned(text: String) -> String {
    if let Cow::Owned(resolved) = resolve(&text) {
        return resolved;
    }
    text
}

/// The last sound of the word `before` ends with: closing quotes are
/// passed over, and so is a bracketed aside ("실행(또는 다음)을" takes
/// 실행's particle).
fn last_sound(before: &str) -> Option<Ending> {
    let mut chars = before.char_indices().rev().peekable();
    loop {
        let (i, c) = *chars.peek()?;
        match c {
            '"' | '\'' | '”' | '’' | '」' | '』' | '»' => {
                chars.next();
            }
            ')' => {
                let open = before[..i].rfind('(')?;
                return last_sound(&before[..open]);
            }
            _ => return ending_of(&before[..i + c.len_utf8()]),
        }
    }
}

/// The ending of `word`'s last character, read as Korean reads it.
fn ending_of(word: &str) -> Option<Ending> {
    let last = word.chars().next_back()?;
    match last {
        '가'..='힣' => Some(match (last as u32 - '가' as u32) % 28 {
            0 => Ending::Vowel,
            8 => Ending::Rieul,
            _ => Ending::Consonant,
        }),
        '0'..='9' => number_ending(word),
        'a'..='z' | 'A'..='Z' => latin_ending(word),
        _ => None,
    }
}

/// A number as Korean reads it aloud: "3" 삼, "10" 십, "1,000" 천,
/// "0.5" 영 점 오 (the digits after the point one by one).
fn number_ending(word: &str) -> Option<Ending> {
    let numeral = |c: char| c.is_ascii_digit() || c == ',' || c == '.';
    let run = &word[word.trim_end_matches(numeral).len()..];
    let mut digits = run.chars().rev().filter(|c| *c != ',');
    let last = digits.next()?;
    if run.contains('.') || last != '0' {
        return Some(digit_ending(last));
    }
    // The place the last nonzero digit stands at (no such digit: 영): 십,
    // 백, 천, 만, 억 all end on a consonant; 조 (10¹²) on a vowel.
    let zeros = 1 + digits.take_while(|c| *c == '0').count();
    if run.chars().all(|c| c == '0' || c == ',') {
        return Some(Ending::Consonant); // 영
    }
    match zeros {
        1..=11 => Some(Ending::Consonant),
        12..=15 => Some(Ending::Vowel),
        _ => None,
    }
}

/// A digit's name: 영 일 이 삼 사 오 육 칠 팔 구.
fn digit_ending(digit: char) -> Ending {
    match digit {
        '1' | '7' | '8' => Ending::Rieul,
        '0' | '3' | '6' => Ending::Consonant,
        _ => Ending::Vowel,
    }
}

/// A Latin word or letter as Korean reads it: a letter alone by its name
/// (엘, 엠, 엔, 알 end on consonants, the others on vowels); a word by its
/// last sound where that is settled (a vowel, "l" ㄹ, "m", "n", "ng", and
/// a final "r", silent as in "layer"), else unknown.
fn latin_ending(word: &str) -> Option<Ending> {
    let mut letters = word.chars().rev().take_while(char::is_ascii_alphabetic);
    let last = letters.next()?.to_ascii_lowercase();
    let before = letters.next().map(|c| c.to_ascii_lowercase());
    let Some(before) = before else {
        return Some(match last {
            'l' | 'r' => Ending::Rieul,
            'm' | 'n' => Ending::Consonant,
            _ => Ending::Vowel,
        });
    };
    match last {
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'r' => Some(Ending::Vowel),
        'l' => Some(Ending::Rieul),
        'm' | 'n' => Some(Ending::Consonant),
        'g' if before == 'n' => Some(Ending::Consonant),
        // Read as letters or with a final 으 sound: 씨에스브이, 시그모이드.
        'd' | 'f' | 'h' | 's' | 'v' | 'w' | 'x' | 'z' => Some(Ending::Vowel),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::resolve;

    /// Each text resolves to the one given beside it.
    fn reads(cases: &[(&str, &str)]) {
        for (written, shown) in cases {
            assert_eq!(resolve(written), *shown, "{written}");
        }
    }

    #[test]
    fn hangul_words_take_the_form_their_last_syllable_asks_for() {
        reads(&[
            ("재생을(를) 누르세요", "재생을 누르세요"),
            ("다음을(를) 누르세요", "다음을 누르세요"),
            ("실행을(를) 누르세요", "실행을 누르세요"),
            ("층 추가은(는) 복사합니다", "층 추가는 복사합니다"),
            ("업데이트이(가) 될 때", "업데이트가 될 때"),
            ("손실 지형(으)로 바꾸세요", "손실 지형으로 바꾸세요"),
            ("역전파 살펴보기을(를)", "역전파 살펴보기를"),
            // A final ㄹ takes 로, not 으로.
            ("그림 파일(으)로", "그림 파일로"),
            ("XOR 데이터와(과) 신경망", "XOR 데이터와 신경망"),
            ("입력층와(과) 출력층", "입력층과 출력층"),
        ]);
    }

    #[test]
    fn quotes_and_a_bracketed_aside_are_read_past() {
        reads(&[
            ("“업데이트”이(가) 될", "“업데이트”가 될"),
            ("\"지금까지 본 샘플만\"을(를)", "\"지금까지 본 샘플만\"을"),
            (
                "실행(또는 1 라운드 진행)을(를) 누르세요",
                "실행(또는 1 라운드 진행)을 누르세요",
            ),
            ("다음(또는 b 훑기)을(를)", "다음(또는 b 훑기)을"),
        ]);
    }

    #[test]
    fn numbers_are_read_aloud() {
        reads(&[
            ("층 1을(를)", "층 1을"),       // 일
            ("층 2을(를)", "층 2를"),       // 이
            ("샘플 3을(를)", "샘플 3을"),   // 삼
            ("샘플 10은(는)", "샘플 10은"), // 십
            ("샘플 0은(는)", "샘플 0은"),   // 영
            ("0.5은(는)", "0.5는"),         // 영 점 오
            ("1,000이(가)", "1,000이"),     // 천
            ("7(으)로", "7로"),             // 칠
            ("6(으)로", "6으로"),           // 육
        ]);
    }

    #[test]
    fn latin_words_take_a_form_only_where_korean_reads_them_one_way() {
        reads(&[
            ("iris.csv을(를)", "iris.csv를"),
            ("spiral을(를)", "spiral을"),
            ("xor을(를)", "xor를"),
            ("adam은(는)", "adam은"),
            ("json(으)로", "json으로"),
            ("--positive: 클래스 \"b\"이(가)", "--positive: 클래스 \"b\"가"),
            ("r은(는)", "r은"),
            // "step" is 스텝 and "mask" 마스크: both forms stay.
            ("step을(를)", "step을(를)"),
            ("mask을(를)", "mask을(를)"),
        ]);
    }

    #[test]
    fn a_pair_after_a_symbol_or_at_the_start_stays_and_other_brackets_are_kept() {
        reads(&[
            ("±∞을(를)", "±∞을(를)"),
            ("ééé(으)로 é(를)", "ééé(으)로 é(를)"),
            ("을(를) 뜻했나요?", "을(를) 뜻했나요?"),
            ("경계(결정 경계)를 보세요", "경계(결정 경계)를 보세요"),
            ("a(b)", "a(b)"),
            ("재생을(를), 다음을(를)", "재생을, 다음을"),
        ]);
        assert!(matches!(resolve("괄호 없음"), std::borrow::Cow::Borrowed(_)));
    }
}
