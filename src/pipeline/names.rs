//! Name keys: how two spellings of a name are compared (case, possessive,
//! legal suffix, leading article). Shared by kind repair, resolution and
//! evaluation.

use std::cell::RefCell;
use std::marker::PhantomData;

use rustc_hash::FxHashMap;

use crate::lang::ResolveWords;

/// The surface of a name with a possessive clitic and surrounding "the" removed.
pub fn strip_possessive(s: &str) -> &str {
    let s = s.trim();
    let s = s
        .strip_suffix("’s")
        .or_else(|| s.strip_suffix("'s"))
        .unwrap_or(s);
    s.trim_end_matches(['’', '\''])
}

/// The name keys made on this thread inside a [`KeyScope`], for each
/// word list the scope holds (by address), by the name they were made of.
#[derive(Default)]
struct Memo {
    lists: Vec<(usize, FxHashMap<Box<str>, String>)>,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::default();
}

/// While alive, [`name_key`] on this thread makes each key of the scope's
/// word lists once and gives it again for the same name: the stages of one
/// document ask for the key of the same mention again and again (kind
/// repair, resolution, the gazetteers' look-ups: 60 K keys on 232 dev
/// texts). The scope borrows the lists, so none can change or go while
/// their keys are kept; they are dropped with it.
pub struct KeyScope<'a> {
    _lists: PhantomData<&'a ResolveWords>,
}

impl<'a> KeyScope<'a> {
    /// Keeps the keys made of `lists` on this thread until the scope ends.
    pub fn enter(lists: &[&'a ResolveWords]) -> Self {
        let _ = MEMO.try_with(|m| {
            if let Ok(mut m) = m.try_borrow_mut() {
                m.lists.clear();
                for &l in lists {
                    let at = std::ptr::from_ref(l) as usize;
                    if !m.lists.iter().any(|(a, _)| *a == at) {
                        m.lists.push((at, FxHashMap::default()));
                    }
                }
            }
        });
        Self {
            _lists: PhantomData,
        }
    }
}

impl Drop for KeyScope<'_> {
    fn drop(&mut self) {
        let _ = MEMO.try_with(|m| {
            if let Ok(mut m) = m.try_borrow_mut() {
                m.lists.clear();
            }
        });
    }
}

/// Comparison key of a name: lower case, no possessive, no legal suffix, no leading "the".
pub fn name_key(lang: &ResolveWords, s: &str) -> String {
    let at = std::ptr::from_ref(lang) as usize;
    let kept = MEMO.try_with(|m| {
        let mut m = m.try_borrow_mut().ok()?;
        let keys = &mut m.lists.iter_mut().find(|(a, _)| *a == at)?.1;
        Some(match keys.get(s) {
            Some(key) => key.clone(),
            None => {
                let key = make_key(lang, s);
                keys.insert(s.into(), key.clone());
                key
            }
        })
    });
    match kept {
        Ok(Some(key)) => key,
        _ => make_key(lang, s),
    }
}

/// [`name_key`], made.
fn make_key(lang: &ResolveWords, s: &str) -> String {
    let s = strip_possessive(s);
    // ASCII (most names, and the gazetteers built from them at start-up):
    // one lower-case copy instead of one per word; the same words.
    if s.is_ascii() {
        let lower = s.to_ascii_lowercase();
        if is_spaced(&lower) {
            return key_of_spaced(lang, lower);
        }
        return key_words(lang, lower.split_whitespace().collect());
    }
    key_words(lang, s.split_whitespace().map(str::to_lowercase).collect())
}

/// True for words joined by single spaces, with none at the ends: then
/// the words joined again are the text itself.
fn is_spaced(s: &str) -> bool {
    let b = s.as_bytes();
    // Two spaces in a row looked for beside the other whitespace, in the
    // same pass: a substring search set up for every key was a tenth of it.
    !b.is_empty()
        && b[0] != b' '
        && b[b.len() - 1] != b' '
        && !b
            .iter()
            .any(|&c| (c.is_ascii_whitespace() && c != b' ') || c == 0x0B)
        && !b.windows(2).any(|w| w == b"  ")
}

/// [`key_words`] of a name [`is_spaced`], cut out of its own text instead
/// of split into words and joined again (a third of a key's cost).
fn key_of_spaced(lang: &ResolveWords, mut s: String) -> String {
    let mut words = s.bytes().filter(|&b| b == b' ').count() + 1;
    let mut start = 0;
    if words > 1
        && s.split(' ')
            .next()
            .is_some_and(|w| lang.name_articles.contains(w))
    {
        start = s.find(' ').map_or(0, |i| i + 1);
        words -= 1;
    }
    let mut end = s.len();
    while words > 1 {
        let Some(space) = s[..end].rfind(' ') else {
            break;
        };
        if !lang.legal_suffixes.contains(&s[space + 1..end]) {
            break;
        }
        end = space;
        words -= 1;
    }
    s.truncate(end);
    s.replace_range(..start, "");
    s
}

/// The lower-case words of a name joined, without a leading article or
/// trailing legal suffixes.
fn key_words<W: AsRef<str>>(lang: &ResolveWords, mut words: Vec<W>) -> String {
    if words
        .first()
        .is_some_and(|w| lang.name_articles.contains(w.as_ref()))
        && words.len() > 1
    {
        words.remove(0);
    }
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| lang.legal_suffixes.contains(w.as_ref()))
    {
        words.pop();
    }
    let mut key = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.push_str(w.as_ref());
    }
    key
}

/// The key two mentions share when they name one thing: the name key with
/// dotted initials closed up ("U.S." → "us"), a country's other names
/// read as its first ("America" → "united states") and an organisation's
/// conventional short name as its full one ("Fed" → "federal reserve").
pub fn resolve_key(lang: &ResolveWords, s: &str) -> String {
    let key = name_key(lang, s);
    // Only a word with a dot closes up: a key without one (most) is
    // itself, its words split at spaces and joined again.
    let key = if key.contains('.') {
        let words: Vec<String> = key
            .split(' ')
            .map(|w| close_initials(w).unwrap_or_else(|| w.to_owned()))
            .collect();
        words.join(" ")
    } else {
        key
    };
    lang.place_aliases
        .iter()
        .chain(&lang.name_aliases)
        .find(|(alias, _)| *alias == key)
        .map_or(key, |(_, first)| first.clone())
}

/// "u.s." → "us": a word of single letters each followed by a dot.
fn close_initials(word: &str) -> Option<String> {
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|part| part.chars().count() <= 1 && part.chars().all(char::is_alphabetic));
    // Most words hold no dot: their letters are not gathered.
    dotted.then(|| word.chars().filter(|c| *c != '.').collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_initials_close_up_and_countries_have_one_key() {
        let lang = crate::lang::Language::english().expect("English loads");
        assert_eq!(close_initials("u.s.").as_deref(), Some("us"));
        assert_eq!(close_initials("inc."), None);
        assert_eq!(
            resolve_key(&lang.resolve, "the U.S."),
            resolve_key(&lang.resolve, "America")
        );
        assert_eq!(resolve_key(&lang.resolve, "U.S. Navy"), "us navy");
    }

    #[test]
    fn an_organisations_conventional_short_name_keys_as_its_full_name() {
        let lang = crate::lang::Language::english().expect("English loads");
        let key = |s: &str| resolve_key(&lang.resolve, s);
        assert_eq!(key("the Fed"), key("Federal Reserve"));
        assert_eq!(key("VW"), key("Volkswagen"));
        assert_ne!(key("Fed"), key("Federated Stores"));
    }

    #[test]
    fn abbreviated_states_and_headline_countries_key_as_their_names() {
        let lang = crate::lang::Language::english().expect("English loads");
        let key = |s: &str| resolve_key(&lang.resolve, s);
        for (short, full) in [
            ("Ill.", "Illinois"),
            ("Calif.", "California"),
            ("Calif", "California"),
            ("N.C.", "North Carolina"),
            ("W.Va.", "West Virginia"),
            ("Ont.", "Ontario"),
            ("S. Korea", "South Korea"),
        ] {
            assert_eq!(key(short), key(full), "{short}");
        }
        // Without the period a word or a name stays itself.
        assert_eq!(key("the Wash"), "wash");
        assert_eq!(key("Miss"), "miss");
        assert_eq!(key("Mo"), "mo");
    }

    #[test]
    fn spaced_names_key_as_split_words() {
        let lang = crate::lang::Language::english().expect("English loads");
        let lang = &lang.resolve;
        for name in [
            "The Korvell Group Inc.",
            "the Ostra Bank",
            "Ostra",
            "The",
            "Inc",
            "Vantor Holdings Ltd Inc",
            "The Inc",
            "Brisk  Tallow Co",
            " Brisk Tallow",
            "Brisk\tTallow Ltd",
            "Brisk\u{b}Tallow",
            "Mara Lind's",
            "A B C",
        ] {
            let lower = strip_possessive(name).to_ascii_lowercase();
            let split = key_words(lang, lower.split_whitespace().collect());
            assert_eq!(name_key(lang, name), split, "{name:?}");
            if is_spaced(&lower) {
                assert_eq!(key_of_spaced(lang, lower.clone()), split, "{name:?}");
            }
        }
        assert!(is_spaced("brisk tallow co"));
        assert!(!is_spaced("brisk  tallow co"));
        assert!(!is_spaced("brisk tallow  "));
    }

    #[test]
    fn keys_kept_in_a_scope_are_the_keys_made() {
        let english = crate::lang::Language::english().expect("English loads");
        let lang = &english.resolve;
        let mut other = lang.clone();
        other.legal_suffixes = crate::lang::WordList::from_entries(["group".to_string()]);
        let names = [
            "The Korvell Group Inc.",
            "Ostra Bank's",
            "Zürich Vantor AG",
            "Ostra Bank's",
        ];
        let made: Vec<String> = names.iter().map(|n| make_key(lang, n)).collect();
        let theirs: Vec<String> = names.iter().map(|n| make_key(&other, n)).collect();
        assert_ne!(made, theirs);
        {
            // Only `lang`'s keys are kept: `other`'s are made each time.
            let _scope = KeyScope::enter(&[lang, lang]);
            for _ in 0..2 {
                let kept: Vec<String> = names.iter().map(|n| name_key(lang, n)).collect();
                assert_eq!(kept, made);
                let again: Vec<String> = names.iter().map(|n| name_key(&other, n)).collect();
                assert_eq!(again, theirs);
            }
            MEMO.with(|m| {
                let m = m.borrow();
                assert_eq!(m.lists.len(), 1);
                assert_eq!(m.lists[0].1.len(), 3);
            });
        }
        MEMO.with(|m| assert!(m.borrow().lists.is_empty()));
        assert_eq!(name_key(&other, names[0]), theirs[0]);
    }
}
