//! Every kind of correction made through the UI on the sample — add from a
//! selection (drag + key), merge by drag and drop, split, delete, retype,
//! rename, add and delete a relation, edit a money figure — then each
//! undone and redone with the keys, the analysis checked at every step.

use dossier::app::Command;
use dossier::model::{Analysis, EntityKind, Provenance, RelationKind, Span};
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable as _};

use dossier::app::WorkbenchApp;

use crate::gui::{entity_named, sample, shows};

fn analysis(h: &Harness<'static, WorkbenchApp>) -> Analysis {
    h.state().doc().expect("doc").analysis.clone()
}

/// The span of the first `s` in the article.
fn span_of(h: &Harness<'static, WorkbenchApp>, s: &str) -> Span {
    let text = &h.state().doc().expect("doc").analysis.document.text;
    let i = text.find(s).expect("in the article");
    Span::new(i, i + s.len())
}

/// Selects text by dragging over it, as a user would.
fn drag_select(h: &mut Harness<'static, WorkbenchApp>, span: Span) {
    let rects = {
        let doc = h.state().doc().expect("doc");
        doc.article.span_rects(&doc.analysis.document.text, span)
    };
    let (first, last) = (rects[0], rects[rects.len() - 1]);
    let start = first.left_center() + egui::vec2(1.0, 0.0);
    let end = last.right_center() - egui::vec2(1.0, 0.0);
    h.drag_at(start);
    h.run();
    h.hover_at(start.lerp(end, 0.5));
    h.run();
    h.hover_at(end);
    h.run();
    h.drop_at(end);
    h.run();
}

/// Clicks the entity's button in the entity list.
fn select(h: &mut Harness<'static, WorkbenchApp>, name: &str) {
    h.get_by_role_and_label(Role::Button, name)
        .click_accesskit();
    h.run();
    let selected = h.state().doc().and_then(|d| d.selection.entity);
    assert_eq!(selected, Some(entity_named(h, name)), "{name} selected");
}

/// Clicks the first button with this label (inspector rows repeat them),
/// wherever it is scrolled.
fn press(h: &mut Harness<'static, WorkbenchApp>, label: &str) {
    h.get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("no {label:?} button"))
        .click_accesskit();
    h.run();
}

/// The inspector's name field, showing `name`.
fn name_field<'h>(h: &'h Harness<'static, WorkbenchApp>, name: &'h str) -> egui_kittest::Node<'h> {
    h.get(By::new().role(Role::TextInput).value(name))
}

/// Drags entity `from`'s list row onto entity `onto`'s.
fn drag_entity(h: &mut Harness<'static, WorkbenchApp>, from: &str, onto: &str) {
    let a = h.get_by_role_and_label(Role::Button, from).rect().center();
    let b = h.get_by_role_and_label(Role::Button, onto).rect().center();
    h.drag_at(a);
    h.run();
    for t in [0.2, 0.6, 1.0] {
        h.hover_at(a.lerp(b, t));
        h.run();
    }
    h.drop_at(b);
    h.run();
}

#[test]
fn every_correction_through_the_ui_then_undo_and_redo() {
    let mut h = sample();
    let mut states = vec![analysis(&h)];
    let done = |h: &Harness<'static, WorkbenchApp>, states: &mut Vec<Analysis>| {
        let a = analysis(h);
        assert_ne!(states.last(), Some(&a), "the step changed the analysis");
        states.push(a);
    };

    // 1. Add an entity: drag over "cloud computing", press 6 (MISC).
    let cloud = span_of(&h, "cloud computing");
    drag_select(&mut h, cloud);
    assert_eq!(
        h.state().doc().expect("doc").article.text_selection,
        Some(cloud)
    );
    assert!(shows(&h, "6 Other names"), "the add-as strip is shown");
    h.key_press(Key::Num6);
    h.run();
    let a = analysis(&h);
    let m = a.mention_at(cloud.start).expect("a mention was added");
    assert_eq!(
        (a.mentions[m].span, a.mentions[m].kind, a.mentions[m].source),
        (cloud, EntityKind::Misc, Provenance::Manual)
    );
    done(&h, &mut states);

    // 2. Merge: drag Amazon onto Google in the entity list.
    drag_entity(&mut h, "Amazon", "Google");
    let a = analysis(&h);
    assert!(a.entities.iter().all(|e| e.name != "Amazon"));
    assert!(a.entities[entity_named(&h, "Google")].has_alias("Amazon"));
    done(&h, &mut states);
    h.get_by_label("Edit").click();
    h.run();
    assert!(shows(&h, "Undo: merge Amazon into Google"));
    h.key_press(Key::Escape);
    h.run();

    // 3. Split a mention off Microsoft.
    select(&mut h, "Microsoft");
    let before = analysis(&h).entities[entity_named(&h, "Microsoft")]
        .mentions
        .len();
    press(&mut h, "Split");
    let a = analysis(&h);
    assert_eq!(
        a.entities[entity_named(&h, "Microsoft")].mentions.len(),
        before - 1
    );
    assert!(
        a.entities
            .iter()
            .any(|e| e.name.starts_with("Microsoft (2)"))
    );
    done(&h, &mut states);

    // 4. Delete an entity: Oracle.
    select(&mut h, "Oracle");
    press(&mut h, "Delete entity");
    assert!(analysis(&h).find_entity("Oracle").is_none());
    done(&h, &mut states);

    // 5. Retype and rename Softbank (kind combo and name field).
    select(&mut h, "Softbank");
    let softbank = entity_named(&h, "Softbank");
    h.state_mut().push(Command::SetEntityKind {
        entity: softbank,
        kind: EntityKind::Loc,
    });
    h.run();
    assert_eq!(analysis(&h).entities[softbank].kind, EntityKind::Loc);
    done(&h, &mut states);
    let field = name_field(&h, "Softbank");
    field.focus();
    field.type_text(" Group");
    h.run();
    press(&mut h, "Rename");
    assert_eq!(analysis(&h).entities[softbank].name, "Softbank Group");
    done(&h, &mut states);

    // 6. Add a relation (kind and ends as the inspector sends them), then
    //    delete one with its button.
    let (google, microsoft) = (entity_named(&h, "Google"), entity_named(&h, "Microsoft"));
    h.state_mut().push(Command::AddRelation {
        kind: RelationKind::PartnerOf,
        source: google,
        target: microsoft,
        evidence: None,
    });
    h.run();
    let a = analysis(&h);
    let added = a
        .relations
        .iter()
        .find(|r| r.kind == RelationKind::PartnerOf && r.source == google)
        .expect("added");
    assert_eq!(added.provenance, Provenance::Manual);
    assert!(a.text(added.evidence).contains("Google"), "its sentence");
    done(&h, &mut states);
    select(&mut h, "Stargate Project");
    let relations = analysis(&h).relations.len();
    press(&mut h, "Delete relation");
    assert_eq!(analysis(&h).relations.len(), relations - 1);
    done(&h, &mut states);

    // 7. Edit the $1 billion: amount and payee.
    select(&mut h, "OpenAI");
    press(&mut h, "Edit figure");
    if let Some(doc) = h.state_mut().doc_mut()
        && let Some(m) = doc.inspector.fields.money.as_mut()
    {
        m.value = "1250000000".into();
        m.currency = "usd".into();
    }
    press(&mut h, "Apply");
    let a = analysis(&h);
    let f = a
        .money
        .iter()
        .find(|f| a.mention_text(f.mention) == "$1 billion")
        .expect("figure");
    assert_eq!((f.value, f.currency.as_str()), (1.25e9, "USD"));
    assert_eq!(a.mentions[f.mention].source, Provenance::Manual);
    done(&h, &mut states);
    assert_eq!(
        h.state().doc().expect("doc").corrections.len(),
        states.len() - 1
    );

    // Undo each with Ctrl+Z: every earlier state comes back, in order.
    for expected in states.iter().rev().skip(1) {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
        assert!(analysis(&h) == *expected, "{:?}", h.state().status);
    }
    assert!(h.state().doc().expect("doc").corrections.is_empty());
    assert!(
        !h.state().doc().expect("doc").is_dirty(),
        "back to as opened"
    );
    // Redo each with Ctrl+Shift+Z.
    for expected in states.iter().skip(1) {
        h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        h.run();
        assert!(analysis(&h) == *expected, "{:?}", h.state().status);
    }
    assert_eq!(
        h.state().doc().expect("doc").corrections.len(),
        states.len() - 1
    );
}

#[test]
fn a_text_field_keeps_ctrl_z_while_typing() {
    let mut h = sample();
    select(&mut h, "Google");
    press(&mut h, "Delete entity");
    select(&mut h, "Amazon");
    let corrections = h.state().doc().expect("doc").corrections.len();
    let field = name_field(&h, "Amazon");
    field.focus();
    field.type_text(" Web Services");
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    let doc = h.state().doc().expect("doc");
    assert_eq!(doc.corrections.len(), corrections, "the app did not undo");
    assert!(doc.analysis.find_entity("Google").is_none());
}

#[test]
fn the_context_menu_adds_a_selection_as_any_kind() {
    let mut h = sample();
    let span = span_of(&h, "tech giants");
    drag_select(&mut h, span);
    let rect = h
        .state()
        .doc()
        .expect("doc")
        .article
        .span_rects(&h.state().doc().expect("doc").analysis.document.text, span)[0];
    h.event(egui::Event::PointerButton {
        pos: rect.center(),
        button: egui::PointerButton::Secondary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.event(egui::Event::PointerButton {
        pos: rect.center(),
        button: egui::PointerButton::Secondary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
    assert!(shows(&h, "Add “tech giants” as"));
    h.get_all_by_label("Roles")
        .last()
        .expect("Roles in the menu")
        .click_accesskit();
    h.run();
    let a = analysis(&h);
    let m = a.mention_at(span.start).expect("added");
    assert_eq!(a.mentions[m].kind, EntityKind::Title);
}
