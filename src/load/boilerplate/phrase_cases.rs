//! Lines the furniture lexicon reads as furniture by their phrasing alone,
//! and lines of a story it must leave, for the phrases round 46 added
//! (a wire's closing thanks, an agency's note on its report, a newsletter
//! form's replies, an app's and a channel's pitches, inline pointers to
//! other stories, photo credits with a slash, a player's speed).

use super::is_furniture;
use super::phrases::PHRASES;
use super::tests::boiler_text;

#[test]
fn furniture_by_its_phrasing() {
    for line in [
        "--With assistance from Ada Lind and Bo Sand.",
        "—With assistance from Ada Lind.",
        "This report by the Lund Press was first published May 4, 2026.",
        "Thanks for signing up!",
        "A welcome email is on its way. If you don't see it, please check your junk folder.",
        "Interested in more newsletters? Browse here.",
        "Get the latest headlines, breaking news and columns.",
        "Subscribed",
        "Catch all the Markets News and Updates on Lund Ledger. Download Lund Ledger App to get Daily Market Updates.",
        "Join The Lund Ledger's WhatsApp channel and get the latest business news delivered to you.",
        "License this article",
        "Gift 5 articles to anyone you choose each month when you subscribe.",
        "READ: Ferry fares rise as fuel costs climb",
        "Author of the article:",
        "Print this page | Email to a colleague | Text size A A A",
        "CPD: 0.25 hours · Log this article to your training record",
        "The Lund yard employs about 410 people. Photo by Ada Lind /Lund Ledger",
        "Ostra's founders Ivo Grett (left) and Bo Sand. (Company handout)",
    ] {
        assert!(is_furniture(line), "{line}");
    }
    for line in [
        "With assistance from the state, Ostra Marine kept its Lund yard open.",
        "Read the filing: it says the yard was sold.",
        "The photos by Ada Lind were sold to the Lund museum for $40,000.",
        "Ostra joined the Lund Ports group in 2019.",
        "Shares in Ostra rose 2x in a year.",
    ] {
        assert!(!is_furniture(line), "{line}");
    }
    // A share bar's note, a video player's ad label.
    assert!(is_furniture("Link Copied!") && is_furniture("Video Ad Feedback"));
    assert!(PHRASES.is_stamp("1x") && PHRASES.is_stamp("1.5x"));
    assert!(!PHRASES.is_stamp("x"));
    // A video's running time with the source it credits.
    assert!(PHRASES.is_stamp("01:42 - Source: Ledger TV"));
    assert!(!PHRASES.is_stamp("01:42 - Source: the yard said it would close. Then more"));
}

#[test]
fn a_wire_credit_ends_the_story_and_shows_no_furniture() {
    // The story's date line above its lead stays: a closing credit is the
    // text's own apparatus, no sign of a captured page.
    let text = "Ostra Marine sells its tug arm\nJune 4, 2024\nOstra Marine agreed on Tuesday to sell its tug business to Quayside Ferries for $40 million, the companies said.\n--With assistance from Bo Sand.\n";
    assert_eq!(boiler_text(text), ["--With assistance from Bo Sand."]);
}
