//! Dating, ordering and grouping on invented articles built by hand (the
//! pipeline's own dating is tested where it is made).

use super::*;
use crate::corpus::link::CorpusEntity;
use crate::model::{
    DateFact, Document, Entity, EntityKind, Granularity, Mention, MoneyFact, Provenance, Relation,
    RelationKind, Status,
};

/// An article of one sentence per line, with `names` as entities (one
/// mention each, where the name first occurs).
fn article(file: &str, published: Option<&str>, text: &str, names: &[&str]) -> Analysis {
    let mut a = Analysis {
        document: Document::from_text(file, text.to_owned()),
        ..Analysis::default()
    };
    a.document.published = published.map(str::to_owned);
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        a.sentences.push(Span::new(start, start + line.len()));
        start += line.len();
    }
    for name in names {
        let at = text.find(name).expect("name in text");
        a.mentions.push(Mention {
            entity: Some(a.entities.len()),
            ..Mention::new(
                Span::new(at, at + name.len()),
                EntityKind::Org,
                Provenance::Model,
                1.0,
            )
        });
        a.entities.push(Entity {
            kind: EntityKind::Org,
            name: (*name).to_owned(),
            aliases: Vec::new(),
            mentions: vec![a.mentions.len() - 1],
            links: Vec::new(),
        });
    }
    a.mentions.sort_by_key(|m| m.span.start);
    a
}

/// A money mention for `written` and its figure.
fn money(
    a: &mut Analysis,
    written: &str,
    value: f64,
    currency: &str,
    parties: [Option<usize>; 2],
) -> usize {
    let at = a.document.text.find(written).expect("amount in text");
    a.mentions.push(Mention::new(
        Span::new(at, at + written.len()),
        EntityKind::Money,
        Provenance::Rule,
        1.0,
    ));
    a.money.push(MoneyFact {
        mention: a.mentions.len() - 1,
        value,
        currency: currency.to_owned(),
        qualifier: None,
        year: None,
        investor: parties[0],
        recipient: parties[1],
        relation: None,
        repeats: Vec::new(),
        per: None,
    });
    a.money.len() - 1
}

/// A relation of `kind` from `source` to `target` stated in sentence `s`.
fn relation(a: &mut Analysis, kind: RelationKind, source: usize, target: usize, s: usize) -> usize {
    a.relations.push(Relation {
        kind,
        source,
        target,
        evidence: a.sentences[s],
        trigger: a.sentences[s],
        money: None,
        date: None,
        status: Status::Completed,
        confidence: 1.0,
        provenance: Provenance::Rule,
    });
    a.relations.len() - 1
}

/// A date fact whose value is `value`.
fn date(a: &mut Analysis, value: &str) -> usize {
    a.dates.push(DateFact {
        mention: 0,
        value: Some(value.to_owned()),
        granularity: Granularity::Day,
    });
    a.dates.len() - 1
}

/// Links every entity to the corpus entity of its name.
fn linked(articles: &[&Analysis]) -> Linked {
    let mut out = Linked::default();
    for (i, a) in articles.iter().enumerate() {
        let mut of = Vec::new();
        for (e, entity) in a.entities.iter().enumerate() {
            let c = match out.entities.iter().position(|c| c.name == entity.name) {
                Some(c) => c,
                None => {
                    out.entities.push(CorpusEntity {
                        kind: entity.kind,
                        name: entity.name.clone(),
                        key: entity.name.to_lowercase(),
                        aliases: Vec::new(),
                        members: Vec::new(),
                    });
                    out.entities.len() - 1
                }
            };
            out.entities[c].members.push(Member {
                article: i,
                entity: e,
            });
            of.push(c);
        }
        out.of.push(of);
    }
    out
}

/// Three invented articles: a later one first, figures dated by a date in
/// the text, by a year, by the article's date, and one not at all.
fn corpus() -> Vec<Analysis> {
    let mut late = article(
        "late.txt",
        Some("2021-05-02"),
        "Ostrava Steel paid Corvane Mining $40 million.\nCorvane shares rose to $12 each.\n",
        &["Ostrava Steel", "Corvane Mining"],
    );
    money(&mut late, "$40 million", 4e7, "USD", [Some(0), Some(1)]);
    let share = money(&mut late, "$12", 12.0, "USD", [None, None]);
    late.money[share].per = Some(Per::Share);

    let mut early = article(
        "early.txt",
        Some("2021-03-10"),
        "Ostrava Steel bought Lindqvist Rail for €300 million on 4 March.\nLindqvist Rail got €2 billion in 2019.\n",
        &["Ostrava Steel", "Lindqvist Rail"],
    );
    let deal = money(&mut early, "€300 million", 3e8, "EUR", [Some(0), Some(1)]);
    let r = relation(&mut early, RelationKind::Acquired, 0, 1, 0);
    let d = date(&mut early, "2021-03-04");
    early.relations[r].date = Some(d);
    early.relations[r].money = Some(deal);
    early.money[deal].relation = Some(r);
    let old = money(&mut early, "€2 billion", 2e9, "EUR", [None, Some(1)]);
    early.money[old].year = Some(2019);

    let mut undated = article(
        "undated.txt",
        None,
        "Corvane Mining raised $5 million.\n",
        &["Corvane Mining"],
    );
    money(&mut undated, "$5 million", 5e6, "USD", [None, Some(0)]);
    vec![late, early, undated]
}

#[test]
fn dates_read_from_iso_values() {
    let d = |y, m, d| FactDate {
        year: y,
        month: m,
        day: d,
    };
    assert_eq!(FactDate::parse("2019"), Some(d(2019, None, None)));
    assert_eq!(FactDate::parse("2019-07"), Some(d(2019, Some(7), None)));
    assert_eq!(
        FactDate::parse("2019-07-04"),
        Some(d(2019, Some(7), Some(4)))
    );
    assert_eq!(
        FactDate::parse("2019-07-04T10:00"),
        Some(d(2019, Some(7), Some(4)))
    );
    assert_eq!(FactDate::parse("2019-Q1"), Some(d(2019, None, None)));
    assert_eq!(FactDate::parse("2019-W12"), Some(d(2019, None, None)));
    for bad in ["P4Y", "XXXX-07", "PAST_REF", "", "19", "2019-13"] {
        assert!(
            FactDate::parse(bad).is_none_or(|x| x.month.is_none()),
            "{bad}"
        );
    }
    assert_eq!(FactDate::parse("2019-13"), Some(d(2019, None, None)));
    assert!(d(2019, None, None) < d(2019, Some(1), Some(1)));
    assert_eq!(d(2019, Some(7), None).label(), "2019-07");
}

#[test]
fn day_counts_round_trip() {
    assert_eq!(FactDate::parse("1970-01-01").map(FactDate::days), Some(0));
    assert_eq!(
        FactDate::parse("2000-03-01").map(FactDate::days),
        Some(11_017)
    );
    for days in [-1000, 0, 59, 11_017, 18_000, 20_000] {
        let (y, m, d) = civil_from_days(days);
        assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
    }
}

#[test]
fn money_points_are_dated_in_date_order_with_their_source() {
    let articles = corpus();
    let refs: Vec<&Analysis> = articles.iter().collect();
    let l = linked(&refs);
    let chart = money_chart(&refs, &l);
    let got: Vec<(String, f64, DatedBy)> = chart
        .points
        .iter()
        .map(|p| (p.date.label(), p.value, p.dated_by))
        .collect();
    assert_eq!(
        got,
        [
            ("2019".to_owned(), 2e9, DatedBy::Year),
            ("2021-03-04".to_owned(), 3e8, DatedBy::Text),
            ("2021-05-02".to_owned(), 4e7, DatedBy::Published),
            ("2021-05-02".to_owned(), 12.0, DatedBy::Published),
        ]
    );
    assert_eq!(chart.undated, 1, "no date in the text and none published");
    assert_eq!(chart.currencies(), ["EUR", "USD"], "kept apart");
    assert_eq!(chart.points[3].per, Some(Per::Share));
    // The evidence is the figure's sentence.
    let p = &chart.points[0];
    assert!(
        refs[p.article]
            .text(p.evidence)
            .starts_with("Lindqvist Rail got")
    );
}

#[test]
fn one_series_per_party_across_articles() {
    let articles = corpus();
    let refs: Vec<&Analysis> = articles.iter().collect();
    let l = linked(&refs);
    let chart = money_chart(&refs, &l);
    let name = |c: Option<usize>| c.map_or("none", |c| l.entities[c].name.as_str());
    let series: Vec<(&str, Vec<String>)> = chart
        .series()
        .into_iter()
        .map(|(c, v)| {
            (
                name(c),
                v.iter().map(|&i| chart.points[i].date.label()).collect(),
            )
        })
        .collect();
    assert_eq!(
        series,
        [
            // Ties keep the order of first appearance (the 2019 figure).
            (
                "Lindqvist Rail",
                vec!["2019".to_owned(), "2021-03-04".to_owned()]
            ),
            // Ostrava Steel is one party in both articles, its points in date order.
            (
                "Ostrava Steel",
                vec!["2021-03-04".to_owned(), "2021-05-02".to_owned()]
            ),
            ("Corvane Mining", vec!["2021-05-02".to_owned()]),
            // Figures without a party come last.
            ("none", vec!["2021-05-02".to_owned()]),
        ]
    );
}

#[test]
fn the_timeline_lists_relations_and_loose_figures_by_date() {
    let articles = corpus();
    let refs: Vec<&Analysis> = articles.iter().collect();
    let l = linked(&refs);
    let t = timeline(&refs, &l);
    let got: Vec<(String, Fact, usize)> = t
        .facts
        .iter()
        .map(|f| (f.date.label(), f.fact, f.article))
        .collect();
    // The acquisition's figure is part of its relation, not a line of its own.
    assert_eq!(
        got,
        [
            ("2019".to_owned(), Fact::Money(1), 1),
            ("2021-03-04".to_owned(), Fact::Relation(0), 1),
            ("2021-05-02".to_owned(), Fact::Money(0), 0),
            ("2021-05-02".to_owned(), Fact::Money(1), 0),
        ]
    );
    assert_eq!(t.undated, 1);
    let ostrava = l.entities.iter().position(|c| c.name == "Ostrava Steel");
    let of_ostrava: Vec<String> = t
        .facts
        .iter()
        .filter(|f| ostrava.is_some_and(|o| f.entities.contains(&o)))
        .map(|f| f.date.label())
        .collect();
    assert_eq!(of_ostrava, ["2021-03-04", "2021-05-02"]);
}

#[test]
fn facts_group_by_day_or_month() {
    let articles = corpus();
    let refs: Vec<&Analysis> = articles.iter().collect();
    let t = timeline(&refs, &linked(&refs));
    let labels = |grain| -> Vec<(String, usize)> {
        groups(&t.facts, grain)
            .into_iter()
            .map(|g| (g.label, g.range.len()))
            .collect()
    };
    assert_eq!(
        labels(Grain::Day),
        [
            ("2019".to_owned(), 1),
            ("2021-03-04".to_owned(), 1),
            ("2021-05-02".to_owned(), 2)
        ]
    );
    assert_eq!(
        labels(Grain::Month),
        [
            ("2019".to_owned(), 1),
            ("2021-03".to_owned(), 1),
            ("2021-05".to_owned(), 2)
        ]
    );
    assert!(groups(&[], Grain::Day).is_empty());
}

#[test]
fn a_date_line_under_the_headline_dates_an_article_without_a_publication_date() {
    let text = "Corvane Mining raises cash\nDecember 13, 2008\nCorvane Mining raised $5 million.\nIt expects to close on March 2, 2009 or later.\n";
    let mut a = article("dated.txt", None, text, &["Corvane Mining"]);
    money(&mut a, "$5 million", 5e6, "USD", [None, Some(0)]);
    for (written, value) in [
        ("March 2, 2009", "2009-03-02"),
        ("December 13, 2008", "2008-12-13"),
    ] {
        let at = text.find(written).expect("in text");
        a.mentions.push(Mention::new(
            Span::new(at, at + written.len()),
            EntityKind::Date,
            Provenance::Rule,
            1.0,
        ));
        let d = date(&mut a, value);
        a.dates[d].mention = a.mentions.len() - 1;
    }
    let refs = [&a];
    let chart = money_chart(&refs, &linked(&refs));
    assert_eq!(chart.undated, 0);
    let p = &chart.points[0];
    // The date inside a sentence is not the article's date; the date line is.
    assert_eq!(
        (p.date.label(), p.dated_by),
        ("2008-12-13".to_owned(), DatedBy::Published)
    );
}
