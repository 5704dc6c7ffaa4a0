//! The English rule patterns (`assets/lang/en/rules/`, filled as
//! `src/lang/rules.rs` fills them) as dense DFAs of their ASCII part,
//! built here so that a run builds no automaton states for them
//! (`src/pipeline/rules/prebuilt.rs` reads them in place). A pattern
//! filled differently at run time finds none and is searched as before.

use std::fmt::Write as _;
use std::path::Path;

use regex_automata::dfa::{StartKind, dense};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_syntax::hir::{Class, ClassBytes, ClassBytesRange, Hir, HirKind};

/// The entry lines of a language file: trimmed, comments and blanks out.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

fn fill(mut out: String, fill: &[(&str, &str)]) -> String {
    for (name, value) in fill {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The English rule patterns, as the rule stage compiles them (word
/// boundaries ASCII): money, percent, title, nominal, preceded, the dates.
fn patterns(en: &Path) -> Vec<String> {
    let read = |path: &str| {
        let path = en.join(path);
        println!("cargo::rerun-if-changed={}", path.display());
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let pattern = |path: &str, with: &[(&str, &str)]| fill(lines(&read(path)).concat(), with);
    let frag = |path: &str| pattern(path, &[]);
    let escaped = |words: Vec<String>| -> Vec<String> {
        words.iter().map(|w| regex_syntax::escape(w)).collect()
    };
    let scales: Vec<String> = lines(&read("money/scales.tsv"))
        .iter()
        .map(|l| l.split('\t').next().unwrap_or("").trim().to_owned())
        .collect();
    let number = frag("money/number.re");
    let scale = format!("(?:{})", escaped(scales).join("|"));
    let heads = escaped(lines(&read("rules/nominal-heads.txt"))).join("|");
    let currency_code = frag("rules/currency-code.re");
    let currency_prefix = pattern(
        "rules/currency-prefix.re",
        &[("CURRENCY_CODE", &currency_code)],
    );
    let months = frag("rules/months.re");
    let month = pattern("rules/month.re", &[("MONTHS", &months)]);
    let range = lines(&read("money/range.txt"))
        .into_iter()
        .next()
        .unwrap_or_default();
    let range_and = escaped(lines(&read("money/range-and.txt"))).join("|");
    let parts = [
        "minor-unit",
        "currency-word",
        "number-word",
        "weekdays",
        "count",
        "unit",
        "season",
        "year",
        "modifier",
        "part",
    ]
    .map(|name| frag(&format!("rules/{name}.re")));
    let [
        minor,
        word,
        number_word,
        weekdays,
        count,
        unit,
        season,
        year,
        modifier,
        part,
    ] = &parts;
    let with: &[(&str, &str)] = &[
        ("CURRENCY_PREFIX", &currency_prefix),
        ("CURRENCY_WORD", word),
        ("CURRENCY_CODE", &currency_code),
        ("MINOR_UNIT", minor),
        ("NUMBER_WORD", number_word),
        ("NUMBER", &number),
        ("SCALE", &scale),
        ("NOMINAL_HEADS", &heads),
        ("MONTHS", &months),
        ("MONTH", &month),
        ("WEEKDAYS", weekdays),
        ("COUNT", count),
        ("UNIT", unit),
        ("SEASON", season),
        ("YEAR", year),
        ("MODIFIER", modifier),
        ("PART", part),
        ("RANGE", &range),
        ("RANGE_AND", &range_and),
    ];
    let mut out: Vec<String> = ["money", "percent", "title", "nominal", "preceded"]
        .iter()
        .map(|name| pattern(&format!("rules/{name}.re"), with))
        .collect();
    out.extend(
        lines(&read("rules/dates.re"))
            .into_iter()
            .map(|l| fill(l, with)),
    );
    out.iter().map(|p| p.replace(r"\b", r"(?-u:\b)")).collect()
}

/// `hir` with each class cut to its ASCII characters: on a text of ASCII
/// it matches where `hir` does (a character outside ASCII, in a class or
/// a literal, is read as bytes outside ASCII, and the DFA gives up on
/// those; case folding is already spelled out in the classes).
fn ascii(hir: Hir) -> Hir {
    match hir.into_kind() {
        HirKind::Class(Class::Unicode(class)) => {
            let byte = |c: char| u8::try_from(c).unwrap_or(0x7F);
            let ranges = class
                .ranges()
                .iter()
                .filter(|r| r.start().is_ascii())
                .map(|r| ClassBytesRange::new(byte(r.start()), byte(r.end())));
            Hir::class(Class::Bytes(ClassBytes::new(ranges)))
        }
        HirKind::Class(class) => Hir::class(class),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(literal) => Hir::literal(literal.0),
        HirKind::Look(look) => Hir::look(look),
        HirKind::Repetition(mut rep) => {
            rep.sub = Box::new(ascii(*rep.sub));
            Hir::repetition(rep)
        }
        HirKind::Capture(mut capture) => {
            capture.sub = Box::new(ascii(*capture.sub));
            Hir::capture(capture)
        }
        HirKind::Concat(subs) => Hir::concat(subs.into_iter().map(ascii).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.into_iter().map(ascii).collect()),
    }
}

/// The Thompson NFA of `pattern` cut to ASCII ([`ascii`]), without
/// captures; `None` where it cannot be parsed or built.
pub(super) fn ascii_nfa(pattern: &str) -> Option<thompson::NFA> {
    let hir = regex_syntax::ParserBuilder::new()
        .utf8(true)
        .build()
        .parse(pattern)
        .ok()?;
    thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .nfa_size_limit(Some(10 * (1 << 20)))
                .which_captures(WhichCaptures::None),
        )
        .build_from_hir(&ascii(hir))
        .ok()
}

/// The dense DFA of `nfa` built with `config`, minimised and giving up
/// (quitting) on any byte outside ASCII, serialised in the target's byte
/// order; `None` where it cannot be built within `config`'s limits.
pub(super) fn ascii_dfa_bytes(
    nfa: &thompson::NFA,
    config: dense::Config,
    big_endian: bool,
) -> Option<Vec<u8>> {
    let mut config = config.minimize(true);
    for b in 0x80..=0xFF {
        config = config.quit(b, true);
    }
    let dfa = dense::Builder::new()
        .configure(config)
        .build_from_nfa(nfa)
        .ok()?;
    let (bytes, pad) = if big_endian {
        dfa.to_bytes_big_endian()
    } else {
        dfa.to_bytes_little_endian()
    };
    Some(bytes[pad..].to_vec())
}

/// The anchored dense DFA of `pattern` cut to ASCII ([`ascii`]), giving
/// up (quitting) on any byte outside ASCII, serialised; `None` where it
/// cannot be built (a Unicode word boundary).
fn dfa_bytes(pattern: &str, big_endian: bool) -> Option<Vec<u8>> {
    let nfa = ascii_nfa(pattern)?;
    let config = dense::Config::new().start_kind(StartKind::Anchored);
    ascii_dfa_bytes(&nfa, config, big_endian)
}

/// Writes `rule-dfas.bin` (the DFAs, each at a multiple of 8 bytes) and
/// `rule-dfas.rs` (each pattern's source with its DFA's place) to `out`.
pub fn write(root: &Path, out: &Path, big_endian: bool) {
    let patterns = patterns(&root.join("assets/lang/en"));
    write_dfas(out, "rule-dfas", patterns.iter().map(String::as_str), |p| {
        dfa_bytes(p, big_endian)
    });
}

/// Writes `NAME.bin` (each pattern's DFA that `dfa` builds, at a multiple
/// of 8 bytes) and `NAME.rs` (each pattern's source with its DFA's place,
/// in the order given) to `out`; a pattern without a DFA is left out.
pub(super) fn write_dfas<'p>(
    out: &Path,
    name: &str,
    patterns: impl Iterator<Item = &'p str>,
    dfa: impl Fn(&str) -> Option<Vec<u8>>,
) {
    let mut blob = Vec::new();
    let mut table = String::from("&[\n");
    for pattern in patterns {
        let Some(bytes) = dfa(pattern) else {
            continue;
        };
        let at = blob.len();
        blob.extend_from_slice(&bytes);
        blob.resize(blob.len().next_multiple_of(8), 0);
        let _ = writeln!(table, "    ({pattern:?}, {at}, {}),", bytes.len());
    }
    table.push(']');
    super::write(&out.join(format!("{name}.bin")), &blob);
    super::write(&out.join(format!("{name}.rs")), table.as_bytes());
}
