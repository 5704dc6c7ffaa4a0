//! Reading the sample: highlights at start, selecting entities from the
//! list and the text, the inspector, grouped relations, kind toggles.

use dossier::app::Command;
use dossier::app::panels::legend::legend_label;
use dossier::model::EntityKind;
use egui::Role;
use egui_kittest::kittest::Queryable as _;

use crate::gui::{click_at, entity_named, sample, shows};

#[test]
fn sample_is_highlighted_at_start() {
    let h = sample();
    let doc = h.state().doc().expect("doc");
    assert!(
        !doc.article.highlights().is_empty(),
        "the sample shows highlighted mentions"
    );
    let a = &doc.analysis;
    // No highlight falls in the page clutter at the end.
    for hl in doc.article.highlights() {
        assert!(
            !a.document.is_boilerplate(hl.span.start),
            "highlight in boilerplate: {:?}",
            a.text(hl.span)
        );
    }
    // Every highlighted mention is drawn with its text.
    let job = doc.article.job().expect("job");
    assert_eq!(job.text, a.document.text);
}

#[test]
fn clicking_openai_shows_microsoft_investment_in_inspector() {
    let mut h = sample();
    h.get_by_role_and_label(Role::Button, "OpenAI").click();
    h.run();
    let openai = entity_named(&h, "OpenAI");
    let doc = h.state().doc().expect("doc");
    assert_eq!(doc.selection.entity, Some(openai));
    // Its mentions are emphasised in the text, and only its mentions.
    let emphasised: Vec<_> = doc
        .article
        .highlights()
        .iter()
        .filter(|h| h.emphasised)
        .collect();
    assert!(!emphasised.is_empty());
    assert!(
        emphasised
            .iter()
            .all(|hl| doc.analysis.mentions[hl.mention].entity == Some(openai))
    );
    // The inspector lists the investment with its amount and year…
    assert!(
        shows(&h, "Microsoft invested in OpenAI"),
        "relation title in the inspector"
    );
    assert!(
        shows(&h, "$1 billion · 2019"),
        "amount and year of the relation"
    );
    // …and the money figure with investor, recipient and year.
    assert!(
        shows(&h, "$1 billion — Microsoft → OpenAI, 2019 · invested in"),
        "money figure"
    );
}

#[test]
fn the_inspector_shows_the_resolution_chain_with_pronouns() {
    let mut h = sample();
    h.get_by_role_and_label(Role::Button, "Microsoft").click();
    h.run();
    assert_eq!(
        h.state().doc().expect("doc").selection.entity,
        Some(entity_named(&h, "Microsoft"))
    );
    // "Back in 2019, it poured $1 billion into the startup": "it" is a link
    // of Microsoft's chain, made by the pronoun rule.
    assert!(h.query_by_label("“it”").is_some(), "pronoun in the chain");
    assert!(shows(&h, "→ pronoun"), "rule of the pronoun link");
    h.get_by_role_and_label(Role::Button, "OpenAI").click();
    h.run();
    assert!(h.query_by_label("“the startup”").is_some());
    assert!(shows(&h, "→ description"));
}

#[test]
fn a_fact_stated_in_several_sentences_is_one_row() {
    let mut h = sample();
    let a = h.state().doc().expect("doc").analysis.clone();
    let (microsoft, openai) = (entity_named(&h, "Microsoft"), entity_named(&h, "OpenAI"));
    let statements = a
        .relations
        .iter()
        .filter(|r| {
            r.kind == dossier::model::RelationKind::PartnerOf
                && [r.source, r.target] == [microsoft, openai]
        })
        .count();
    assert!(
        statements > 1,
        "the sample states the partnership more than once"
    );
    assert!(
        shows(&h, &format!("partner of ×{statements}")),
        "one row, with the count"
    );
    // Asking for every statement gives one row each.
    h.get_by_label("Every statement").click();
    h.run();
    assert!(h.state().panels.relations.every_statement);
    assert!(!shows(&h, &format!("partner of ×{statements}")));
}

#[test]
fn turning_a_kind_off_removes_its_highlights() {
    let mut h = sample();
    let counts = h.state().doc().expect("doc").analysis.mention_counts();
    let org = counts[1];
    assert!(org > 0, "the sample has ORG mentions");
    let before = h
        .state()
        .doc()
        .expect("doc")
        .article
        .highlights()
        .iter()
        .filter(|hl| hl.kind == EntityKind::Org)
        .count();
    assert!(before > 0);

    h.get_by_label(&legend_label(EntityKind::Org, org)).click();
    h.run();
    let app = h.state();
    assert!(!app.settings.is_visible(EntityKind::Org));
    let doc = app.doc().expect("doc");
    let highlights = doc.article.highlights();
    assert!(
        highlights.iter().all(|hl| hl.kind != EntityKind::Org),
        "no ORG highlight left"
    );
    assert!(!highlights.is_empty(), "other kinds stay highlighted");
    // The layout job agrees: exactly the highlighted bytes have a background.
    let job = doc.article.job().expect("job");
    let bg_bytes: usize = job
        .sections
        .iter()
        .filter(|s| s.format.background != egui::Color32::TRANSPARENT)
        .map(|s| s.byte_range.end.0 - s.byte_range.start.0)
        .sum();
    let hl_bytes: usize = highlights.iter().map(|hl| hl.span.len()).sum();
    assert_eq!(bg_bytes, hl_bytes);

    // And back on.
    h.get_by_label(&legend_label(EntityKind::Org, org)).click();
    h.run();
    let doc = h.state().doc().expect("doc");
    assert_eq!(
        doc.article
            .highlights()
            .iter()
            .filter(|hl| hl.kind == EntityKind::Org)
            .count(),
        before
    );
}

#[test]
fn layout_job_is_memoised() {
    let mut h = sample();
    let builds = h.state().doc().expect("doc").article.job_builds;
    h.run_steps(5);
    assert_eq!(
        h.state().doc().expect("doc").article.job_builds,
        builds,
        "no rebuild without a change"
    );
    h.state_mut().apply(Command::ToggleKind(EntityKind::Date));
    h.run();
    assert_eq!(h.state().doc().expect("doc").article.job_builds, builds + 1);
}

#[test]
fn clicking_a_highlight_selects_its_entity() {
    let mut h = sample();
    let doc = h.state().doc().expect("doc");
    let hl = *doc
        .article
        .highlights()
        .iter()
        .find(|hl| hl.kind == EntityKind::Org)
        .expect("an ORG highlight");
    let entity = doc.analysis.mentions[hl.mention].entity.expect("resolved");
    let rect = doc
        .article
        .mention_rect(&doc.analysis, hl.mention)
        .expect("drawn");
    let pos = rect.center();
    click_at(&h, pos);
    h.run();
    assert_eq!(h.state().doc().expect("doc").selection.entity, Some(entity));
}
