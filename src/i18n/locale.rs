//! The system locale's language.

use super::Language;

/// The language of a POSIX locale value such as `ko_KR.UTF-8`: the one
/// whose code the locale starts with (`ko` → Korean), else English (also
/// for none, `C` and `POSIX`).
pub fn from_locale(value: Option<&str>) -> Language {
    let value = value.unwrap_or("").trim().to_ascii_lowercase();
    (Language::ALL.into_iter())
        .find(|l| value.starts_with(l.name()))
        .unwrap_or(Language::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_locales_are_recognised() {
        for ko in ["ko_KR.UTF-8", "ko", "ko_KR", "KO_kr.utf8"] {
            assert_eq!(from_locale(Some(ko)), Language::Ko, "{ko}");
        }
        for en in ["en_US.UTF-8", "C", "POSIX", "C.UTF-8", "de_DE", ""] {
            assert_eq!(from_locale(Some(en)), Language::En, "{en}");
        }
        assert_eq!(from_locale(None), Language::En);
    }
}
