//! The system locale's language.

use super::Language;

/// The language of a POSIX locale value such as `ko_KR.UTF-8`: Korean when
/// it starts with `ko`, else English (also for none, `C` and `POSIX`).
pub fn from_locale(value: Option<&str>) -> Language {
    match value {
        Some(v) if v.trim().to_ascii_lowercase().starts_with("ko") => Language::Ko,
        _ => Language::En,
    }
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
