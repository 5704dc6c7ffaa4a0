//! The rule patterns on invented news sentences.

use super::*;

/// The matches of `kind` in `text` (shared with the currency and bare-amount tests).
pub(super) fn kinds(text: &str, kind: EntityKind) -> Vec<&str> {
    let lang = crate::lang::Language::english().expect("English loads");
    Rules::new(&lang.rules)
        .expect("patterns compile")
        .find(text)
        .into_iter()
        .filter(|m| m.kind == kind)
        .map(|m| m.span.slice(text))
        .collect()
}

#[test]
fn money_in_news_style() {
    let cases: &[(&str, &[&str])] = &[
        ("it poured $1 billion into", &["$1 billion"]),
        ("up to $500 billion in", &["$500 billion"]),
        (
            "$1bn and $1.5B and US$10 billion",
            &["$1bn", "$1.5B", "US$10 billion"],
        ),
        ("a $500-million deal", &["$500-million"]),
        (
            "1 billion dollars, €2m, £3.4 billion",
            &["1 billion dollars", "€2m", "£3.4 billion"],
        ),
        (
            "Rs 16,189 crore and ¥300 million",
            &["Rs 16,189 crore", "¥300 million"],
        ),
        ("5 million euros", &["5 million euros"]),
    ];
    for (text, want) in cases {
        assert_eq!(&kinds(text, EntityKind::Money), want, "{text}");
    }
}

#[test]
fn a_pattern_is_searched_for_in_every_text_it_matches() {
    let lang = crate::lang::Language::english().expect("English loads");
    let rules = Rules::new(&lang.rules).expect("patterns compile");
    let words = &lang.rules;
    let patterns: Vec<regex::Regex> = words
        .dates
        .iter()
        .chain([&words.preceded, &words.percent])
        .map(|p| regex::Regex::new(&ascii_boundaries(p)).expect("pattern compiles"))
        .collect();
    let mut found = 0;
    for text in [
        "On Tuesday, March 3, 2021, at 10:30 a.m. EST, Brakvik Ferries said",
        "sales rose 5% (six percent) in the first quarter of 2020 and in Q3 2021;",
        "the yard, founded in the 1990s, filed on 2019-04-01 and again on 4/1/2019.",
        "Late May, over the past two years, every Monday, annually, for years,",
        "from May 12, 2019 to the end of the year, now and tonight, at 16:41 GMT,",
        "in the 21st century, last summer, this week, fiscal 2024, in mid-May, in the '90s",
        "Zürich’s Østra rose 4,5 per cent yesterday morning",
        "A TEXT IN CAPITALS: LAST WEEK, NEXT MONTH, 20 PERCENT, JUNE 4, 2020",
    ] {
        let present = rules.present(text);
        for (i, (re, here)) in patterns.iter().zip(&present).enumerate() {
            if re.is_match(text) {
                assert!(here, "pattern {i} in {text}");
                found += 1;
            }
        }
        assert!(present.iter().any(|here| !here), "{text}");
    }
    assert!(found > 30, "{found}");
    // A long s is an "s" to a case-insensitive pattern: with one in the
    // text, every pattern is searched for.
    assert!(rules.present("in ſeptember").iter().all(|here| *here));
}

#[test]
fn tried_at_their_starts_the_patterns_find_what_a_search_finds() {
    let lang = crate::lang::Language::english().expect("English loads");
    let rules = Rules::new(&lang.rules).expect("patterns compile");
    let words = &lang.rules;
    let mut sources = vec![
        &words.money,
        &words.percent,
        &words.title,
        &words.nominal,
        &words.preceded,
    ];
    sources.extend(&words.dates);
    let patterns = [
        &rules.money,
        &rules.percent,
        &rules.title,
        &rules.nominal,
        &rules.preceded,
    ]
    .into_iter()
    .chain(&rules.dates);
    let texts = [
        "Brakvik Ferries paid US$4.5 billion (€3.9bn), 26 cents a share, up 5% from 2019; the Oslo-based shipbuilder’s CEO Mara Lind said on Monday.",
        "The Keltic chief executive, 52, said late Tuesday that the venture will take years; in fiscal 2024 and in the 1990s, four-week talks. Sen. Voss",
        "Zürich’s Østra rose 4,5 per cent yesterday morning; this startup, the AI startup, every week, for years, chocolate 2019, ſeptember 3, 2021",
        "A TEXT IN CAPITALS: LAST WEEK, NEXT MONTH, 20 PERCENT, JUNE 4, 2020, at 10:30 a.m. EST, Q3 2021, the past two years, over the next few months.",
        "twenty-five dollars; a hundred yen; billions of dollars; Rs 16,189 crore; ¥300 million; NZD 40m; SGD1.75-billion; $$5; US $ 5",
        "",
        "5",
    ];
    for (i, (source, pattern)) in sources.iter().zip(patterns).enumerate() {
        let whole = regex::Regex::new(&ascii_boundaries(source)).expect("pattern compiles");
        for text in texts {
            let places = rules.starts(text, u64::MAX);
            let at = Places {
                starts: &rules.starts,
                places,
            };
            let want: Vec<(usize, usize)> = whole
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect();
            let got: Vec<(usize, usize)> = pattern
                .find_all(text, at.of(i))
                .iter()
                .map(|m| (m.start, m.end))
                .collect();
            assert_eq!(got, want, "pattern {i} in {text}");
            assert!(!rules.starts.is_everywhere(i), "pattern {i}");
            let groups = |c: &regex_automata::util::captures::Captures| {
                (0..c.group_len())
                    .map(|g| c.get_group(g).map(|s| (s.start, s.end)))
                    .collect::<Vec<_>>()
            };
            let want: Vec<_> = whole
                .captures_iter(text)
                .map(|c| {
                    c.iter()
                        .map(|g| g.map(|m| (m.start(), m.end())))
                        .collect::<Vec<_>>()
                })
                .collect();
            let got: Vec<_> = pattern
                .captures_all(text, at.of(i))
                .iter()
                .map(groups)
                .collect();
            assert_eq!(got, want, "pattern {i} in {text}");
        }
    }
}

#[test]
fn dates_and_durations() {
    let text = "Back in 2019, in July and on March 3, 2021, over four years; sales rose 5% to 2,019 units last week.";
    assert_eq!(
        kinds(text, EntityKind::Date),
        vec!["2019", "July", "March 3, 2021", "four years", "last week"]
    );
    assert_eq!(kinds(text, EntityKind::Percent), vec!["5%"]);
    assert!(kinds("cost $2019 in total", EntityKind::Date).is_empty());
    // A duration's unit is a whole word: "a Dayton firm" holds no "a Day".
    assert_eq!(
        kinds(
            "It hired a Dayton firm for a day and two weeks.",
            EntityKind::Date
        ),
        vec!["a day", "two weeks"]
    );
}

#[test]
fn more_money_and_percent_forms() {
    let money: &[(&str, &[&str])] = &[
        ("a USD$23 billion deal", &["USD$23 billion"]),
        ("cost $249 USD each", &["$249 USD"]),
        ("for $9.99 US dollars", &["$9.99 US dollars"]),
        ("cases sell at US $19 each", &["US $19"]),
        ("profits of 26 cents a share", &["26 cents"]),
        ("four billion dollars in Zürich", &["four billion dollars"]),
        ("billions of dollars in loans", &["billions of dollars"]),
        (
            "between $10 billion and $20 billion",
            &["$10 billion", "$20 billion"],
        ),
        (
            "AU$52.5 million (US$40.4 million)",
            &["AU$52.5 million", "US$40.4 million"],
        ),
        ("15bn and £20.1 billion", &["£20.1 billion"]),
        ("Zürich’s €5 млн", &["€5"]),
        // An ISO code glued to the number; pennies.
        (
            "the SGD1.75-billion terminal and NZD 40m",
            &["SGD1.75-billion", "NZD 40m"],
        ),
        ("a one penny loss, 3 pennies", &["one penny", "3 pennies"]),
        ("a CAD model of 3 parts", &[]),
    ];
    for (text, want) in money {
        assert_eq!(&kinds(text, EntityKind::Money), want, "{text}");
    }
    let percent: &[(&str, &[&str])] = &[
        ("rose 3 percent", &["3 percent"]),
        ("improvements of 15-20% are", &["15-20%"]),
        ("make up 20 to 25 percent of", &["20 to 25 percent"]),
        (
            "owned six percent, twenty percent",
            &["six percent", "twenty percent"],
        ),
        ("a gain of half a percent", &["half a percent"]),
        ("down 4,5 per cent in Köln", &["5 per cent"]),
    ];
    for (text, want) in percent {
        assert_eq!(&kinds(text, EntityKind::Percent), want, "{text}");
    }
}

#[test]
fn time_expressions_in_news() {
    let cases: &[(&str, &[&str])] = &[
        (
            "reported in the last week, said Friday",
            &["the last week", "Friday"],
        ),
        (
            "about a month earlier, the worst in a decade",
            &["about a month", "a decade"],
        ),
        (
            "two years ago and the past year",
            &["two years ago", "the past year"],
        ),
        (
            "It is now clear; it is currently open",
            &["now", "currently"],
        ),
        (
            "earlier this month and in recent years",
            &["earlier this month", "recent years"],
        ),
        (
            "in the 1990s and the 20th century",
            &["the 1990s", "20th century"],
        ),
        (
            "last summer, in the first quarter of 2013",
            &["last summer", "the first quarter of 2013"],
        ),
        (
            "at 10 a.m. and until 15:00 GMT Saturday",
            &["10 a.m.", "15:00 GMT Saturday"],
        ),
        (
            "checked every week, Friday afternoon",
            &["every week", "Friday afternoon"],
        ),
        (
            "over the next few months, a four-week closure",
            &["the next few months", "four-week"],
        ),
        ("Müller, 22-year-old, left in May 2010", &["May 2010"]),
        ("it may rain; talks took weeks", &["weeks"]),
        (
            "In the past, Zürich’s March 22 meeting",
            &["the past", "March 22"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&kinds(text, EntityKind::Date), want, "{text}");
    }
}

#[test]
fn titles_and_nominals() {
    let text = "Microsoft CEO Satya Nadella and Oracle’s Chairman Larry Ellison met the AI startup and this joint venture.";
    assert_eq!(kinds(text, EntityKind::Title), vec!["CEO", "Chairman"]);
    assert_eq!(
        kinds(text, EntityKind::Org),
        vec!["the AI startup", "this joint venture"]
    );
    assert_eq!(
        kinds("Sam Altman, chief executive of OpenAI", EntityKind::Title),
        vec!["chief executive"]
    );
    assert_eq!(
        kinds("said Keldor managing partner Ana Brisk", EntityKind::Title),
        vec!["managing partner"]
    );
}

#[test]
fn a_head_that_opens_a_hyphenated_word_is_no_nominal() {
    let text = "It was bought by the Tarsia farm-services group Orvo. The farm was sold.";
    assert_eq!(kinds(text, EntityKind::Org), ["The farm"]);
}

#[test]
fn a_lower_case_chair_is_a_title_only_in_a_titles_frame() {
    for (text, want) in [
        (
            "Tarvik said its chair, Ilse Brandvold, would retire.",
            &["chair"][..],
        ),
        (
            "Ilse Brandvold will become executive chair of Tarvik.",
            &["executive chair"],
        ),
        ("Moss left to become chair of the Orrin Trust.", &["chair"]),
        (
            "Ilse Brandvold, the co-chair of Tarvik, said so.",
            &["co-chair"],
        ),
        ("Brandvold becomes Tarvik's chair.", &["chair"]),
        // The verb, the furniture.
        ("Ilse Brandvold will chair the venture.", &[]),
        ("Moss agreed to chair Tarvik Holdings.", &[]),
        ("Moss sold a chair to the museum.", &[]),
        ("The chair was empty.", &[]),
    ] {
        assert_eq!(kinds(text, EntityKind::Title), want, "{text}");
    }
}
