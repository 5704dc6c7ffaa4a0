//! Page clutter on invented pages: each signal, and what stays body.

use super::*;

pub(super) fn boiler_text(text: &str) -> Vec<&str> {
    detect_regions(text)
        .into_iter()
        .filter(|r| r.kind == RegionKind::Boilerplate)
        .map(|r| r.span.slice(text))
        .collect()
}

#[test]
fn trailing_headlines_and_comment_form_are_boilerplate() {
    let text = "Title of the piece\n\nThe council approved the budget on Monday after a long debate in Zürich.\n\n\
                Politics\n\nMore Stories\n\nFive Things To Know About the Harbour Plan\nWhy Rents Keep Rising\n\n\
                Leave a Comment\n\nYour email address will not be published.";
    let b = boiler_text(text);
    assert_eq!(b.len(), 1, "{b:?}");
    assert!(
        b[0].starts_with("Politics") && b[0].ends_with("published."),
        "{b:?}"
    );
}

#[test]
fn regions_cover_text_without_gaps() {
    let text = "Intro line\r\nA sentence that is long enough to count as prose in this test.\r\nShare this article\r\nTags: x\r\n";
    let regions = detect_regions(text);
    let mut at = 0;
    for r in &regions {
        assert_eq!(r.span.start, at);
        at = r.span.end;
    }
    assert_eq!(at, text.len());
    assert_eq!(boiler_text(text), vec!["Share this article\r\nTags: x"]);
}

/// An article's first paragraph, for tests of what stays body around clutter.
pub(super) const LEAD: &str = "Quayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\n\n";
const MORE: &str = "The tugs will enter service in Brakvik next spring, Quayside's chief executive Ivo Grett told reporters.\n\n";
/// The same second paragraph as one line with no blank line after it.
pub(super) const MORE_LINE: &str = "The tugs will enter service in Brakvik next spring, Quayside's chief executive Ivo Grett told reporters.\n";
/// A two-paragraph story ending in a line break, for tests of what stays
/// body around clutter: [`LEAD`] then [`MORE_LINE`].
pub(super) const BODY: &str = "Quayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\n\nThe tugs will enter service in Brakvik next spring, Quayside's chief executive Ivo Grett told reporters.\n";

#[test]
fn the_shared_story_is_its_two_paragraphs() {
    assert_eq!(BODY, format!("{LEAD}{MORE_LINE}"));
}

#[test]
fn a_story_list_under_its_header_is_cut_between_paragraphs() {
    let text = format!(
        "{LEAD}Related coverage\nHarbour fund sells its stake in Ostra\nBrakvik port to double its ferry berths\n\n{MORE}"
    );
    assert_eq!(
        boiler_text(&text),
        [
            "Related coverage\nHarbour fund sells its stake in Ostra\nBrakvik port to double its ferry berths"
        ]
    );
}

#[test]
fn teasers_under_headlines_go_with_them() {
    let text = format!(
        "{LEAD}{MORE}Most read\n\nPelle Vik Leaves Tollund Bank\nThe banker had run the lender since 2019, and will join a rival.\nNorrland Air Orders Six Jets\nThe order is worth $600 million at list prices.\n"
    );
    let b = boiler_text(&text);
    assert_eq!(b.len(), 1, "{b:?}");
    assert!(
        b[0].starts_with("Most read") && b[0].ends_with("list prices."),
        "{b:?}"
    );
}

#[test]
fn a_list_with_teasers_keeps_its_last_teaser_apart() {
    let text = format!(
        "{LEAD}{MORE}Keep reading\n\nPelle Vik leaves Tollund Bank\n\nThe banker ran the lender for ten years.\n\nNorrland Air orders six jets\n\nThe order is worth $600 million.\n"
    );
    let b = boiler_text(&text);
    assert_eq!(b.len(), 1, "{b:?}");
    assert!(
        b[0].starts_with("Keep reading") && b[0].ends_with("$600 million."),
        "{b:?}"
    );
}

#[test]
fn headline_and_teaser_pairs_without_a_header_end_the_body() {
    let text = format!(
        "{LEAD}{MORE}Pelle Vik leaves Tollund Bank\nThe banker ran the lender for ten years.\nNorrland Air orders six jets\nThe order is worth $600 million.\n"
    );
    let b = boiler_text(&text);
    assert_eq!(b.len(), 1, "{b:?}");
    assert!(
        b[0].starts_with("Pelle Vik") && b[0].ends_with("$600 million."),
        "{b:?}"
    );
    // One subheading with its paragraph is the article's.
    let text = format!("{LEAD}Next spring\nThe tugs will enter service in Brakvik in April.\n");
    assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
}

#[test]
fn a_header_followed_by_prose_is_a_subheading() {
    let text = format!("{LEAD}More on the deal\n\n{MORE}");
    assert!(boiler_text(&text).is_empty());
}

#[test]
fn a_share_bar_between_paragraphs_is_cut() {
    let text = format!("{LEAD}Share\nFacebook\nLinkedIn\nWhatsApp\n\n{MORE}");
    assert_eq!(boiler_text(&text), ["Share\nFacebook\nLinkedIn\nWhatsApp"]);
}

#[test]
fn a_menu_above_the_headline_and_the_byline_are_cut_but_the_headline_stays() {
    let text = format!(
        "Home\nWorld\nBusiness\nMarkets\n\nQuayside Buys Two Tugs From Ostra\nBy Mara Lind\n\n{LEAD}{MORE}"
    );
    assert_eq!(
        boiler_text(&text),
        ["Home\nWorld\nBusiness\nMarkets", "By Mara Lind"]
    );
}

#[test]
fn unannounced_title_case_headlines_after_the_lead_are_cut() {
    let text = format!(
        "{LEAD}Pelle Vik Leaves Tollund Bank After Ten Years\nNorrland Air Orders Six New Jets\nWhy Brakvik Rents Keep Rising\n\n{MORE}"
    );
    assert_eq!(boiler_text(&text).len(), 1);
    let text = format!(
        "{LEAD}Pelle Vik leaves Tollund Bank after ten years\nNorrland Air orders six new jets\nWhy rents in Brakvik keep rising\n\n{MORE}"
    );
    assert_eq!(boiler_text(&text).len(), 1, "{:?}", boiler_text(&text));
    // Lines that name nothing are a list of the article's own.
    let text = format!(
        "{LEAD}a bigger yard and a second slipway\nthree new cranes for the dock\na training school for welders\n\n{MORE}"
    );
    assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    // The same lines in sentence case, introduced by a colon, are a list.
    let text = format!(
        "{LEAD}The deal has three parts:\nQuayside takes over the Ostra yard in Brakvik\nOstra keeps its engine works\nBoth share a service centre in Lund\n\n{MORE}"
    );
    assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
}

#[test]
fn a_comment_section_runs_to_the_end() {
    let text = format!(
        "{LEAD}{MORE}3 Comments\n\nKit Sand says:\nThis deal makes no sense to me at all, Ostra was doing fine on its own.\n\nLeave a Reply\n"
    );
    let b = boiler_text(&text);
    assert_eq!(b.len(), 1, "{b:?}");
    assert!(
        b[0].starts_with("3 Comments") && b[0].ends_with("Leave a Reply"),
        "{b:?}"
    );
}

#[test]
fn a_column_named_comment_opens_no_comment_section() {
    let text = format!(
        "{LEAD}Hull\nStatus\nComment\nnew\nwelded\nQueued for the night shift\n\n{MORE}The yard will hire forty welders next year.\n"
    );
    let b = boiler_text(&text);
    assert!(b.iter().all(|r| !r.contains("forty welders")), "{b:?}");
}

#[test]
fn author_box_and_closing_bio_are_cut() {
    let text = format!(
        "{LEAD}{MORE}About the author\nMara Lind has written about shipping since 2009. She lives in Brakvik.\n"
    );
    assert_eq!(
        boiler_text(&text),
        [
            "About the author\nMara Lind has written about shipping since 2009. She lives in Brakvik."
        ]
    );
    let text = format!(
        "{LEAD}{MORE}Mara Lind is a senior reporter at the Harbour Ledger covering shipping.\n"
    );
    assert_eq!(
        boiler_text(&text),
        ["Mara Lind is a senior reporter at the Harbour Ledger covering shipping."]
    );
}

#[test]
fn credits_tags_and_prompts_between_paragraphs() {
    let text = format!(
        "{LEAD}The new tug at the quay in Brakvik. (Photo: Lena Marsh/Northwire)\n\nSign up for our newsletter\n\n{MORE}Tags: shipping, ferries\n"
    );
    assert_eq!(
        boiler_text(&text),
        [
            "The new tug at the quay in Brakvik. (Photo: Lena Marsh/Northwire)\n\nSign up for our newsletter",
            "Tags: shipping, ferries"
        ]
    );
}

#[test]
fn fact_boxes_and_introduced_lists_at_the_end_stay() {
    let text = format!(
        "{LEAD}{MORE}Ostra Marine at a glance\nFounded: 1961\nEmployees: 640\nChief executive: Runa Holt\n"
    );
    assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    let text =
        format!("{LEAD}{MORE}The tugs will serve three ports:\n- Brakvik\n- Lund\n- Norrhamn\n");
    assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    // A table a web page sets as a block of its own after the colon.
    let text = format!(
        "{LEAD}{MORE}The deal makes Quayside the largest tug owner in the region:\n\n| Owner | Tugs |\n| Quayside | 9 |\n| Lund Towage | 6 |\n"
    );
    assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
}

#[test]
fn a_short_last_sentence_is_body() {
    let text = format!("{LEAD}{MORE}Ostra declined to comment.\n");
    assert!(boiler_text(&text).is_empty());
    let text = format!("{LEAD}{MORE}Shares were unchanged.\n");
    assert!(boiler_text(&text).is_empty());
}

#[test]
fn headings_inside_the_body_stay_body() {
    let text = "Lead paragraph that runs for more than eight words in total.\n\nA Heading Here\n\nAnother paragraph of prose follows the heading right here.\n";
    assert!(boiler_text(text).is_empty());
}

#[test]
fn a_comment_count_by_the_byline_opens_nothing() {
    let text = format!(
        "Quayside Buys Two Tugs\nBy Mara Lind\n12 Comments\nReply\n\n{LEAD}{MORE}The yard will hire forty welders next year, Ostra said.\n"
    );
    let b = boiler_text(&text);
    assert!(b.iter().all(|r| !r.contains("forty welders")), "{b:?}");
    assert!(b.iter().any(|r| r.contains("12 Comments")), "{b:?}");
}

#[test]
fn a_line_between_furniture_is_furniture_but_the_headline_is_not() {
    let text = format!(
        "Home\nWorld\nBusiness\nWork at the Harbour Ledger\nSign in\nSubscribe\n\nQuayside Buys Two Tugs From Ostra\nShare this article\n\n{LEAD}{MORE}"
    );
    let b = boiler_text(&text);
    assert!(
        b.iter().any(|r| r.contains("Work at the Harbour Ledger")),
        "{b:?}"
    );
    assert!(b.iter().all(|r| !r.contains("Quayside Buys")), "{b:?}");
}

#[test]
fn a_short_sentence_under_a_notice_ends_with_it() {
    let text = format!(
        "{LEAD}{MORE}We've noticed you're using an ad blocker.\nThank you for your support.\nNeed help?\n"
    );
    assert_eq!(
        boiler_text(&text),
        ["We've noticed you're using an ad blocker.\nThank you for your support.\nNeed help?"]
    );
    // Two short sentences that end the article after its prose stay.
    let text = format!("{LEAD}{MORE}Shares fell 2%.\nTrading was light.\n");
    assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
}

#[test]
fn the_lead_after_a_credit_under_a_story_list_is_no_teaser() {
    let text = format!(
        "Up next\n\nPelle Vik leaves Tollund Bank\n\nPhoto by Lena Marsh/Northwire\n\n{LEAD}Advertisement\n\n{MORE}"
    );
    let b = boiler_text(&text);
    assert!(
        b.iter().all(|r| !r.contains("Quayside Ferries agreed")),
        "{b:?}"
    );
}

#[test]
fn closing_sentences_full_of_names_are_body() {
    let text = format!(
        "{LEAD}{MORE}Ostra Marine was founded by the Lindqvists in 1968.\n\
         Quayside Ferries was started by Ivo Grett and Pelle Vik in 1996, and launched the Brakvik Shuttle in 2003.\n"
    );
    assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
}

#[test]
fn disclosures_pitches_and_funder_notes_after_the_body_are_furniture() {
    let lines = [
        "Wren Ostby has no position in any of the stocks mentioned.",
        "Tallow Picks has positions in and recommends Brisk Mills. Tallow Picks has a disclosure policy.",
        "The views and opinions expressed herein are those of the author and not of Fenlow Markets.",
        "The Harbour Ledger newsletter brings the week's deals to your email. Sign up here.",
        "See the 10 stocks »",
        "Follow the Tarn Wire's coverage of shipping at https://example.org/hub/shipping",
        "Tarn Wire receives support from the Ulla Berg Trust. Tarn Wire is solely responsible for all content.",
        "Featured image: A tug in Brakvik harbour.",
        "Illustration by Pia Lund",
        "___",
    ];
    for line in lines {
        let text = format!("{LEAD}{MORE}{line}\n");
        assert_eq!(boiler_text(&text), [line], "{line}");
    }
}

#[test]
fn a_prompt_with_a_colon_takes_the_sentence_it_introduces() {
    let text = format!(
        "{LEAD}Before you buy stock in Ostra Marine, consider this:\n\nThe Tallow Picks team just chose the ten stocks to buy now, and Ostra Marine was not one of them.\n\nSee the 10 stocks »\n\n{MORE}"
    );
    let b = boiler_text(&text);
    assert_eq!(b.len(), 1, "{b:?}");
    assert!(b[0].starts_with("Before") && b[0].ends_with('»'), "{b:?}");
}

#[test]
fn a_list_header_that_ends_the_page_goes_without_its_list() {
    let text = format!("{LEAD}{MORE}Don't miss these insights from the Harbour Ledger:\n");
    assert_eq!(
        boiler_text(&text),
        ["Don't miss these insights from the Harbour Ledger:"]
    );
    // A sentence ending in a colon that opens a list stays.
    let text = format!(
        "{LEAD}The tugs will serve three routes:\nBrakvik to Lund\nLund to Vik\nVik to Brakvik\n"
    );
    assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
}

#[test]
fn pointers_charts_and_standards_lines_are_furniture() {
    // Between paragraphs.
    for line in [
        "Go deeper: Brisk Mills and Tarn Foods merge",
        "Chart: Ostra's orders over the past year",
        "Source: Fenlow Data",
    ] {
        let text = format!("{LEAD}{line}\n\n{MORE}");
        assert_eq!(boiler_text(&text), [line], "{line}");
    }
    // After the body.
    for line in [
        "Our Standards: The Tarn Wire Trust Principles.",
        "Got a confidential news tip? Contact our reporters.",
        "Follow the topics in this article",
        "Brisk Mills Add to myLedger",
        "Analyst's Disclosure: I have no position in any of the companies mentioned.",
        "Opinions expressed by Ledger contributors are their own.",
    ] {
        let text = format!("{LEAD}{MORE}{line}\n");
        assert_eq!(boiler_text(&text), [line], "{line}");
    }
}

#[test]
fn a_video_rail_between_paragraphs_is_cut() {
    let text = format!(
        "{LEAD}▶ Now playing: A day on the Brakvik tug line with Ostra's skipper · 4:05\nUp next: Why Lund Tugs is betting on hydrogen\n\n{MORE}"
    );
    let b = boiler_text(&text);
    assert_eq!(b.len(), 1, "{b:?}");
    assert!(
        b[0].starts_with("▶ Now playing") && b[0].ends_with("hydrogen"),
        "{b:?}"
    );
    // Running times and reading times after a separator, feedback prompts.
    for line in [
        "Inside the Ostra yard with its foreman · 12:40",
        "Listen to this story · 6 min",
        "Spotted an error? Tell the Ledger's editors",
        "Was this article helpful?",
        "Coming up: Ostra's chief on the tug order",
        "Business · 4 min read",
        "Read this issue online | Forward to a colleague",
        "You are receiving this because you subscribed at tugweekly.example.",
        "12,403 followers",
        "The agency has not read the papers and does not guarantee their accuracy.",
        "The desk has not verified this story and does not vouch for its accuracy.",
        "Telephone: (0123) 456-7890.",
        "Fax: +44 20 7946 0000",
        "- - - -",
    ] {
        assert!(is_furniture(line), "{line}");
    }
    // A reading time alone on its line is a stamp.
    for line in ["4–5 minutes", "6 min read"] {
        assert!(PHRASES.is_stamp(line), "{line}");
    }
    // A byline with its reading time is left to the byline rules.
    assert!(!is_furniture("By Mara Lind · 6 min read"));
    assert!(!is_furniture(
        "Fax: the Ostra yard still takes orders by post"
    ));
    assert!(!is_furniture("- the tug order"));
    assert!(!is_furniture(
        "The ferry leaves Brakvik at 6:45 and reaches Lund two hours later."
    ));
}

#[test]
fn a_story_list_goes_on_through_furniture_and_question_headlines() {
    let text = format!(
        "{LEAD}More on this story\n\nExplainer: what does a hydrogen tug cost?\n\nWhy is Lund Tugs betting on hydrogen?\n\nOstra's yard, two years after the fire\n\n{MORE}"
    );
    let b = boiler_text(&text);
    assert_eq!(b.len(), 1, "{b:?}");
    assert!(
        b[0].starts_with("More on this story") && b[0].ends_with("the fire"),
        "{b:?}"
    );
    // A subheading over a question the body goes on to answer stays.
    let text = format!("{LEAD}What's next\n\nWill the regulator approve the deal?\n\n{MORE}");
    assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
}

#[test]
fn job_and_event_rails_and_a_publishers_legal_line_are_cut() {
    let text = format!(
        "{LEAD}Latest jobs\nTug Master\nOstra Marine · Lund · £48,000\nSee all jobs\n\n{MORE}Upcoming events\n14 May · Harbour Tech Forum, Brakvik\n2 Jun · Webinar: Tugs after the fuel rules\nBook your place\n\nThe Harbour Ledger is a trading name of Pell Media Ltd. Registered office: 3 Quay Row, Lund.\n"
    );
    let b = boiler_text(&text);
    assert_eq!(b.len(), 2, "{b:?}");
    assert!(
        b[0].starts_with("Latest jobs") && b[0].ends_with("See all jobs"),
        "{b:?}"
    );
    assert!(
        b[1].starts_with("Upcoming events") && b[1].ends_with("Lund."),
        "{b:?}"
    );
    assert!(is_furniture("Company number 08812245"));
    // A company's registered office in a news sentence is the article's.
    assert!(!is_furniture(
        "The merged group will have its registered office in Utrecht, although roasting stays in Lund."
    ));
    assert!(is_furniture(
        "The Ledger is free to read because readers like you pay for it."
    ));
    assert!(is_furniture("Support independent journalism"));
    assert!(!is_furniture(
        "Ostra said the number of tugs registered in Lund rose to 40."
    ));
}

#[test]
fn a_headline_between_a_breadcrumb_and_its_byline_stays_and_the_byline_goes() {
    let text = format!(
        "Home › Business › Ports\nQuayside buys two tugs from Ostra in Lund\nBy Mara Lind\n\nImage 1 of 4\nThe Ostra yard at Lund, where the tugs will be built next year\nKit Sand/Harbour Picture Agency\n\n{LEAD}Follow the Harbour Ledger on Google News\nDownload the Harbour Ledger app for alerts\n\n{MORE}"
    );
    let b = boiler_text(&text);
    let cut = b.join("\n");
    assert!(!cut.contains("Quayside buys"), "{b:?}");
    for line in [
        "By Mara Lind",
        "Image 1 of 4",
        "The Ostra yard at Lund",
        "Kit Sand/Harbour Picture Agency",
        "Google News",
        "Ledger app",
    ] {
        assert!(cut.contains(line), "{line}: {b:?}");
    }
}

#[test]
fn markdown_notes_promos_video_lists_and_the_byline_are_cut() {
    let text = format!(
        "# Quayside buys two tugs from Ostra\n\n*This article is part of Green Harbours, a series supported by the Pell Trust.*\n\n**By Mara Lind** | 9 May 2025 | 4 min read\n\n{LEAD}> **Pinned:** Register now for Tug Week, 3 June in Lund\n\n{MORE}---\n\n**Brought to you by Kell Shipping:** How tugs are fuelled\n\n**Most watched**\n\n1. ▶ A night on the Brakvik tugs (4:12)\n2. ▶ Why hydrogen tugs cost more (2:55)\n\n*This content was produced with support from the Pell Trust.*\n"
    );
    let b = boiler_text(&text);
    let cut = b.join("\n");
    assert!(!cut.contains("Quayside"), "{b:?}");
    for line in [
        "**By Mara Lind** | 9 May 2025",
        "Green Harbours",
        "Tug Week",
        "Kell Shipping",
        "(2:55)",
        "Pell Trust.*",
    ] {
        assert!(cut.contains(line), "{line}: {b:?}");
    }
}

#[test]
fn a_sponsored_product_box_between_paragraphs_goes() {
    let text = format!(
        "{LEAD}Product spotlight\n\nVarko launches the TX-4 harbour winch for electric tugs. Sponsored by Varko.\n\n{MORE_LINE}"
    );
    let b = boiler_text(&text).concat();
    assert!(
        b.contains("Product spotlight") && b.contains("Sponsored by Varko"),
        "{b:?}"
    );
    assert!(!b.contains("Quayside"), "{b:?}");
    // A sentence of the story that names a sponsor stays.
    let text = format!("{LEAD}The regatta in Brakvik is sponsored by Ostra Marine.\n\n{MORE_LINE}");
    assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
}

#[test]
fn cache_banners_codes_ad_labels_badges_and_edition_lines_are_furniture() {
    for line in [
        "This is Findwell's cache of https://lundledger.example/tugs. It is a snapshot of the page as it appeared on 4 May 2026 08:12:03 GMT.",
        "The current page could have changed in the meantime. Learn more.",
        "Tip: To quickly find your search term on this page, press Ctrl+F.",
        "These search terms are highlighted: ostra tugs",
        "Continued on page 17",
        "From page 15",
        "Codes: MRG SHP SE | Topics: Shipping",
        "ANZEIGE · Lind Kachelöfen, Brakvik – tiled stoves since 1912",
        "Advertisement | Ostra Marine: tugs for every harbour",
        "Werbung",
        "> **Staff pick** · chosen by our editors for the weekend digest",
        "Editors' picks",
        "Gold price today: 2,410 euros per troy ounce · Silver 29.10 euros",
        "The Lund Ledger — English edition",
        "**LUND LEDGER** · harbour news from Brakvik, in English",
    ] {
        assert!(is_furniture(line), "{line}");
    }
    for line in [
        "The ferry's code of conduct was rewritten in 2024.",
        "Staff at the yard picked a new works council on Monday.",
        "From page one, the report criticised the harbour board.",
        "Gold prices today are higher than a year ago, the miner said.",
        "The yard's new edition of its safety manual came out in May.",
        "Ostra Marine publishes its reports in English",
        "This is the cache of letters the harbour board kept from 1990.",
        "  (\"Continued on page 17\") runs on in a wrapped paragraph of prose",
    ] {
        assert!(!is_furniture(line), "{line}");
    }
}

#[test]
fn a_reporters_title_under_the_byline_goes_with_it() {
    let text = format!(
        "Home | Business | Sport\n\nQuayside buys two electric tugs from Ostra\n\nBy Mara Lindqvist-Øberg\nShipping Correspondent\n\n{LEAD}"
    );
    let b = boiler_text(&text).join("\n");
    assert!(b.contains("Shipping Correspondent"), "{b}");
    assert!(!b.contains("electric tugs"), "{b}");
}

#[test]
fn where_filed_bylines_a_print_header_and_a_strip_above_the_headline_go() {
    for line in [
        "Story filed from Brakvik by Ada Lind, 9 May 2026, 11:20",
        "Sent in from Quenmoor by Bo Sand-Orvik",
        "Text — Ada Lind · Photographs — Bo Sand",
        "PRINT VERSION — page 1 of 1",
    ] {
        let text = format!("Tug maker wins Brakvik order\n{line}\n{BODY}");
        assert_eq!(boiler_text(&text), [line], "{line}");
    }
    let text =
        format!("`Live:` Quenmoor 212/6 v Brakvik\n\n# Tug maker wins Brakvik order\n\n{BODY}");
    assert_eq!(boiler_text(&text), ["`Live:` Quenmoor 212/6 v Brakvik"]);
}

#[test]
fn a_magazine_s_longer_byline_bar_of_short_parts_is_a_byline() {
    assert!(super::is_byline_or_stamp(
        "By Ada Lind | Photographs by Bo Sand | From the May 2025 issue | 9 min read"
    ));
    assert!(!super::is_byline_or_stamp(
        "By 2030 Ostra Marine will build four electric tugs a year at Lund | the yard said on Tuesday it had hired 40 welders"
    ));
}

#[test]
fn a_markdown_footnote_s_source_link_is_cut() {
    let text = format!(
        "{LEAD}{MORE_LINE}\n[^1]: [Ostra Marine press release](https://example.com/ostra), 4 May 2025.\n[^2]: Figures are unaudited, the yard said in its annual report.\n"
    );
    let b = boiler_text(&text).join("\n");
    assert!(b.contains("[^1]"), "{b}");
    assert!(is_markdown_link_note(
        "[^12]: [Filing](https://example.com/f)"
    ));
    assert!(!is_markdown_link_note("[^2]: Figures are unaudited."));
    assert!(!is_markdown_link_note(
        "[Ostra](https://example.com) bought the yard."
    ));
}
