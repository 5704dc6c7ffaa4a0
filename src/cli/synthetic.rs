//! Invented business news for `dossier bench generate`: deals, people,
//! places, money and dates drawn from made-up name parts with a seeded
//! generator, so a 10,000-article corpus is varied and reproducible. No
//! real company or person is named.

use std::fmt::Write as _;
use std::path::Path;

use crate::rng::Rng;

/// Articles a sub-folder holds.
const PER_FOLDER: usize = 100;

const STEMS: [&str; 24] = [
    "Harbour", "Quill", "Tessar", "Brightwa", "Norden", "Veltr", "Ashgrove", "Corvan", "Lumen",
    "Pellar", "Ostrav", "Kessel", "Marrow", "Silvan", "Tidewe", "Orbis", "Calder", "Fenwick",
    "Grail", "Hollin", "Ivor", "Jasp", "Kestrel", "Lorne",
];
const ENDINGS: [&str; 12] = [
    "line", "ex", "ica", "tech", "ford", "gate", "mark", "well", "stone", "field", "ova", "ion",
];
const SECTORS: [&str; 10] = [
    "Freight",
    "Energy",
    "Mills",
    "Bank",
    "Pharma",
    "Motors",
    "Foods",
    "Capital",
    "Telecom",
    "Insurance",
];
const FORMS: [&str; 6] = ["Inc.", "Ltd", "AG", "SpA", "Group", "Holdings"];
const FIRST: [&str; 16] = [
    "Maren", "Tobias", "Ilse", "Dario", "Nadia", "Oskar", "Priya", "Lucan", "Elin", "Femi",
    "Greta", "Hugo", "Ines", "Jonas", "Keiko", "Leon",
];
const LAST: [&str; 16] = [
    "Oddvik",
    "Brannock",
    "Castellane",
    "Dumont",
    "Everhart",
    "Falkner",
    "Granvold",
    "Haldane",
    "Iversen",
    "Jurado",
    "Kowalczyk",
    "Lindqvist",
    "Moravec",
    "Nakashima",
    "Orlov",
    "Pemberton",
];
const CITIES: [&str; 12] = [
    "London",
    "Frankfurt",
    "Milan",
    "Toronto",
    "Singapore",
    "Oslo",
    "Madrid",
    "Chicago",
    "Zurich",
    "Sydney",
    "Dublin",
    "Lyon",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
];
const DAYS: [&str; 5] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const CURRENCIES: [(&str, &str); 4] = [("$", ""), ("", " euros"), ("£", ""), ("", " Swiss francs")];
const ROLES: [&str; 5] = [
    "chief executive",
    "chief financial officer",
    "chairman",
    "head of strategy",
    "president",
];
const VERBS: [&str; 4] = [
    "agreed to buy",
    "will acquire",
    "is in talks to take over",
    "has offered to purchase",
];
const FILLER: [&str; 8] = [
    "Analysts said the price was in line with recent deals in the sector.",
    "Shares rose in early trading after the announcement.",
    "The deal still needs the approval of regulators.",
    "Both boards have backed the terms, according to a statement.",
    "The companies did not give a timetable for closing the deal.",
    "Trading volumes were higher than usual for the time of year.",
    "Unions asked for guarantees that jobs would be kept.",
    "Rating agencies said they would review the buyer's debt.",
];

fn company(rng: &mut Rng) -> String {
    format!(
        "{}{} {} {}",
        rng.pick(&STEMS),
        rng.pick(&ENDINGS),
        rng.pick(&SECTORS),
        rng.pick(&FORMS)
    )
}

fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(&FIRST), rng.pick(&LAST))
}

fn amount(rng: &mut Rng) -> String {
    let (before, after) = CURRENCIES[rng.below(CURRENCIES.len())];
    let value = 5 + rng.below(995);
    let unit = if rng.below(4) == 0 {
        "billion"
    } else {
        "million"
    };
    format!("{before}{value} {unit}{after}")
}

/// One article: a headline, a dateline, and a few paragraphs of deal news.
fn article(rng: &mut Rng) -> (String, String) {
    let buyer = company(rng);
    let mut target = company(rng);
    while target.split(' ').next() == buyer.split(' ').next() {
        target = company(rng);
    }
    let boss = person(rng);
    let year = 2015 + rng.below(10);
    let month = rng.below(12);
    let day = 1 + rng.below(28);
    let city = rng.pick(&CITIES);
    let price = amount(rng);
    let headline = format!(
        "{} {} {} in {} deal",
        buyer.split(' ').next().unwrap_or("A buyer"),
        rng.pick(&VERBS),
        target.split(' ').next().unwrap_or("a rival"),
        price
    );
    let mut body = String::new();
    let _ = write!(
        body,
        "{}, {} {day}, {year} — {buyer} {} {target} for {price}, {boss}, its {}, said on {}.",
        city.to_uppercase(),
        MONTHS[month],
        rng.pick(&VERBS),
        rng.pick(&ROLES),
        rng.pick(&DAYS),
    );
    for _ in 0..1 + rng.below(6) {
        body.push_str("\n\n");
        match rng.below(4) {
            0 => {
                let _ = write!(
                    body,
                    "{} is based in {}. {} joined the company in {}.",
                    target,
                    rng.pick(&CITIES),
                    person(rng),
                    year - 1 - rng.below(8)
                );
            }
            1 => {
                let _ = write!(
                    body,
                    "Last year {} raised {} from investors led by {}.",
                    target,
                    amount(rng),
                    company(rng)
                );
            }
            2 => {
                let _ = write!(
                    body,
                    "\"We have followed {} for years,\" said {}, {} of {}.",
                    target,
                    person(rng),
                    rng.pick(&ROLES),
                    company(rng)
                );
            }
            _ => {}
        }
        body.push(' ');
        body.push_str(rng.pick(&FILLER));
        body.push(' ');
        body.push_str(rng.pick(&FILLER));
    }
    (headline, body)
}

/// Writes `count` articles into `dir` (`dir/NNN/article-NNNNN.ext`, a
/// tenth Markdown and a tenth HTML); returns the bytes written.
pub fn write_corpus(dir: &Path, count: usize, seed: u64) -> std::io::Result<u64> {
    let mut rng = Rng(seed.max(1).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut bytes = 0u64;
    for n in 0..count {
        let folder = dir.join(format!("{:03}", n / PER_FOLDER));
        if n % PER_FOLDER == 0 {
            std::fs::create_dir_all(&folder)?;
        }
        let (headline, body) = article(&mut rng);
        let (ext, text) = match n % 10 {
            3 => ("md", format!("# {headline}\n\n{body}\n")),
            7 => (
                "html",
                format!(
                    "<!doctype html><html><head><title>{headline}</title></head><body><article><h1>{headline}</h1><p>{}</p></article></body></html>\n",
                    body.replace("\n\n", "</p><p>")
                ),
            ),
            _ => ("txt", format!("{headline}\n\n{body}\n")),
        };
        std::fs::write(folder.join(format!("article-{n:05}.{ext}")), &text)?;
        bytes += text.len() as u64;
    }
    Ok(bytes)
}

/// Stories in one JSON Lines article: a deals round-up of about 4 KB, the
/// length of a usual news article (one story is about 1 KB).
const STORIES: usize = 4;

/// Writes invented articles as JSON Lines (`{"text", "source",
/// "published"}`, the input of `dossier analyze -`) into `path` until it
/// holds `megabytes` (10^6 bytes), with one line of binary garbage (no line
/// break in it) half way; returns the articles and bytes written.
pub fn write_jsonl(path: &Path, megabytes: u64, seed: u64) -> std::io::Result<(u64, u64)> {
    use std::io::Write as _;
    let mut rng = Rng(seed.max(1).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    let target = megabytes.saturating_mul(1_000_000);
    let (mut articles, mut bytes, mut garbage) = (0u64, 0u64, false);
    while bytes < target {
        if !garbage && bytes >= target / 2 {
            let line = garbage_line(&mut rng);
            out.write_all(&line)?;
            bytes += line.len() as u64;
            garbage = true;
            continue;
        }
        let (headline, mut body) = article(&mut rng);
        for _ in 1..STORIES {
            let (subhead, more) = article(&mut rng);
            body = format!("{body}\n\n{subhead}\n\n{more}");
        }
        let published = format!(
            "{}-{:02}-{:02}",
            2015 + rng.below(10),
            1 + rng.below(12),
            1 + rng.below(28)
        );
        let record = serde_json::json!({
            "text": format!("{headline}\n\n{body}\n"),
            "source": format!("article-{articles:07}.txt"),
            "published": published,
        });
        let mut line = serde_json::to_vec(&record).map_err(std::io::Error::other)?;
        line.push(b'\n');
        out.write_all(&line)?;
        bytes += line.len() as u64;
        articles += 1;
    }
    out.flush()?;
    Ok((articles, bytes))
}

/// Writes one long article of invented stories, each headline and body
/// after the last, until it holds `bytes`: a page whose figures, dates and
/// names grow with its length, so a cost per mention over the whole text
/// shows as time that grows faster than the page.
pub fn write_long_article(path: &Path, bytes: usize, seed: u64) -> std::io::Result<()> {
    let mut rng = Rng(seed.max(1).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut text = String::with_capacity(bytes + 4096);
    while text.len() < bytes {
        let (headline, body) = article(&mut rng);
        let _ = write!(text, "{headline}\n\n{body}\n\n");
    }
    std::fs::write(path, text)
}

/// 2 KB of random bytes, none a line break, ending in one: one bad line.
fn garbage_line(rng: &mut Rng) -> Vec<u8> {
    let mut line: Vec<u8> = (0..2048)
        .map(|_| match rng.next().to_le_bytes()[3] {
            b'\n' => 0,
            b => b,
        })
        .collect();
    line[0] = 0xFF;
    line.push(b'\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_writes_the_same_varied_corpus() {
        let a = tempfile::tempdir().expect("tempdir");
        let b = tempfile::tempdir().expect("tempdir");
        let bytes = write_corpus(a.path(), 12, 5).expect("writes");
        assert_eq!(write_corpus(b.path(), 12, 5).expect("writes"), bytes);
        let read = |d: &Path, name: &str| std::fs::read_to_string(d.join(name)).expect("reads");
        let first = read(a.path(), "000/article-00000.txt");
        assert_eq!(first, read(b.path(), "000/article-00000.txt"));
        assert_ne!(first, read(a.path(), "000/article-00001.txt"));
        assert!(read(a.path(), "000/article-00003.md").starts_with("# "));
        assert!(read(a.path(), "000/article-00007.html").contains("<article>"));
    }

    #[test]
    fn the_jsonl_corpus_has_articles_and_one_garbage_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("c.jsonl");
        let (articles, bytes) = write_jsonl(&path, 1, 3).expect("writes");
        let all = std::fs::read(&path).expect("reads");
        assert_eq!(all.len() as u64, bytes);
        assert!(bytes >= 1_000_000 && articles > 100 && articles < 500);
        let lines: Vec<&[u8]> = all
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines.len() as u64, articles + 1);
        let bad = lines
            .iter()
            .filter(|l| serde_json::from_slice::<serde_json::Value>(l).is_err())
            .count();
        assert_eq!(bad, 1);
    }
}
