//! Posts read off the parse: a person linked to a role noun, and the role
//! noun linked to an organisation.
//!
//! The person and the role: apposition either way ("P, a London-based
//! analyst for X"; "the chief counsel for X, P"), a title before the name
//! ("chairman Sir P", the title a compound of the name), a copula ("P
//! is the chief executive of X", "P became chairman of X"), or an "as"
//! said of the person ("P will serve as chairman of X", "P's
//! reappointment as chairman of X"). A role that is
//! a conjunct takes the person of the coordination's first member ("P, a
//! member of the club and a chief negotiator for X") and, naming no
//! organisation, the possessor or preposition the coordination shares
//! ("P, the chairman and owner of X"); a plural role
//! ("A and B, directors of X") every person of the coordination it is in
//! apposition to, a singular one only its own.
//!
//! The role and the organisation: a possessive ("X's chairman P"), a
//! preposition of the title lists ("of", "for", "at", "with": "president
//! of X", "his counterpart at Y"), or a compound ("X chairman P"; with a
//! title before the name, the name's own possessor or compound before the
//! title: "X's chairman P" parsed with P as the head).
//!
//! The role nouns are the title tagger's (`Title` mentions, public offices
//! excepted) and the post nouns no title list holds (`relate/deps/
//! role_nouns.txt`, `relate/roles/post_nouns.txt`); the kind is the title
//! rules' (`roles/titles.tsv`: chairman → `chairman_of`, chief executive →
//! `ceo_of`, founder → `founder_of`, any other → `employee_of`), and a
//! "former"/"ex-" on the role makes it `left`, beside a chief executive's
//! or a chair's post (as `tenure::former` reads it).

use crate::model::{EntityKind, RelationKind, Span};
use crate::syntax::{Label, is_verb_tag};

use super::super::context::Context;
use super::super::roles::{is_public_office, role_kind};
use super::relative::antecedent;
use super::tree::{ALONE, Tree};
use super::{Found, Frame};

/// The posts frame.
pub(super) const FRAME: Frame = Frame {
    name: module_path!(),
    triggered,
    tagged: super::gate::posts,
    read,
};

/// True when a person and an organisation of sentence `s` are an open
/// pair, and the sentence has a title or a post noun.
fn triggered(ctx: &Context<'_>, s: usize, pairs: &[(usize, usize)]) -> bool {
    let sentence = &ctx.seg.sentences[s];
    let kind = |e: usize| ctx.kinds.get(e).copied();
    let (person, org) = (Some(EntityKind::Person), Some(EntityKind::Org));
    if !pairs
        .iter()
        .any(|&(a, b)| (kind(a), kind(b)) == (person, org) || (kind(a), kind(b)) == (org, person))
    {
        return false;
    }
    if ctx.mentions[ctx.mentions_in(sentence.span)]
        .iter()
        .any(|m| m.kind == EntityKind::Title)
    {
        return true;
    }
    let words = &ctx.lang.relate;
    ctx.seg.tokens[sentence.tokens.clone()].iter().any(|t| {
        let w = t.slice(ctx.text);
        let singular = w.strip_suffix('s').unwrap_or(w);
        [w, singular].iter().any(|w| {
            words.deps.role_nouns.contains_lowercase(w)
                || words.roles.post_nouns.contains_lowercase(w)
        })
    })
}

/// A role noun of the sentence: its head word, the relation it states and
/// the words that name it.
#[derive(Clone, Copy, Debug)]
struct Role {
    word: usize,
    kind: RelationKind,
    span: Span,
}

/// The role nouns of the parsed sentence.
fn roles(ctx: &Context<'_>, tree: &Tree) -> Vec<Role> {
    let words = &ctx.lang.relate;
    let mut out: Vec<Role> = Vec::new();
    for a in &tree.anchors {
        let m = &ctx.mentions[a.mention];
        if m.kind != EntityKind::Title {
            continue;
        }
        let title = m.span.slice(ctx.text);
        if is_public_office(&words.roles, &title.to_lowercase()) {
            continue;
        }
        // "chief negotiator": a title modifying a common noun names the
        // post with it; the noun heads the phrase.
        let mut word = a.word;
        while matches!(tree.label(word), Label::AMOD | Label::COMPOUND)
            && let Some(h) = tree.head(word)
            && tree.is_common_noun(h)
            && h > word
        {
            word = h;
        }
        out.push(Role {
            word,
            kind: role_kind(&words.roles, title),
            span: m.span,
        });
    }
    for w in 0..tree.len() {
        let noun = tree.is_common_noun(w)
            && (tree.is_in(w, &words.deps.role_nouns) || tree.is_in(w, &words.roles.post_nouns));
        if noun && !out.iter().any(|r| r.word == w) {
            let word = &tree.lower[w];
            let singular = match tree.is_plural(w) {
                true => word.strip_suffix('s').unwrap_or(word),
                false => word,
            };
            out.push(Role {
                word: w,
                kind: role_kind(&words.roles, singular),
                span: tree.spans[w],
            });
        }
    }
    out
}

/// True when the role at `r` is a past one: "former", "ex-" before it,
/// or an adverb of a post held before ("formerly director of X").
fn former(ctx: &Context<'_>, tree: &Tree, role: &Role) -> bool {
    former_at(ctx, tree, role.word, role.span)
}

/// [`former`] for the role word `r` whose words span `span`.
fn former_at(ctx: &Context<'_>, tree: &Tree, r: usize, span: Span) -> bool {
    let list = &ctx.lang.relate.roles.former;
    let formerly = &ctx.lang.relate.deps.formerly;
    let before = (0..r).rev().find(|&w| tree.spans[w].end <= span.start);
    tree.parse
        .children(r)
        .filter(|&c| c < r)
        .any(|c| tree.is_in(c, list) || tree.is_in(c, formerly))
        || before.is_some_and(|w| tree.is_in(w, list) || tree.is_in(w, formerly))
        // "ex-CEO": a prefix of the list ("ex-") on the word.
        || list
            .iter()
            .any(|f| f.ends_with('-') && tree.lower[r].starts_with(f))
}

/// The people the role at `r` is linked to, and whether as a title before
/// the name (a compound of it).
fn people(ctx: &Context<'_>, tree: &Tree, r: usize) -> (Vec<usize>, Option<usize>) {
    let person = |w: usize| tree.entity_at(ctx, w, EntityKind::Person);
    let copulas = &ctx.lang.relate.deps.copulas;
    let first = tree.first_conjunct(r);
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut compound_of = None;
    for c in [r, first] {
        let Some(h) = tree.head(c) else { continue };
        match tree.label(c) {
            // "P, a director of X": the role apposed to the person.
            Label::APPOS => {
                if let Some(p) = person(h) {
                    out.push((h, p));
                }
            }
            // "chairman P": a title before the name.
            Label::COMPOUND if c == r && h > r => {
                if let Some(p) = person(h) {
                    out.push((h, p));
                    compound_of = Some(h);
                }
            }
            // "P is the chief executive of X".
            Label::ATTR if tree.is_in(h, copulas) => {
                for s in tree.children(h, Label::NSUBJ) {
                    if let Some(p) = person(s) {
                        out.push((s, p));
                    }
                }
            }
            // "X, whose chief executive will be P": the role the subject,
            // the person the attribute; a post no longer held is not given
            // so ("X's former chief executive is P").
            Label::NSUBJ
                if c == r && tree.is_in(h, copulas) && !former_at(ctx, tree, r, tree.spans[r]) =>
            {
                for a in tree.children(h, Label::ATTR) {
                    if let Some(p) = person(a) {
                        out.push((a, p));
                    }
                }
            }
            _ => {}
        }
    }
    out.extend(as_people(ctx, tree, first));
    // "the chief counsel for X, P": the person apposed to the role.
    for c in tree.children(r, Label::APPOS) {
        if let Some(p) = person(c) {
            out.push((c, p));
        }
    }
    // "the chief counsel for X, P": a person parsed as a conjunct of the
    // role's organisation is apposed to the role (a coordination joins
    // like with like, never a person to a company).
    let org = |w: usize| tree.entity_at(ctx, w, EntityKind::Org);
    for o in tree.prep_objects(r, &ctx.lang.relate.roles.title_of) {
        if org(o).is_some() {
            for c in tree.children(o, Label::CONJ) {
                if let Some(p) = person(c) {
                    out.push((c, p));
                }
            }
        }
    }
    // A plural role: every person of the coordination.
    if tree.is_plural(r) {
        let words: Vec<usize> = out.iter().map(|&(w, _)| w).collect();
        for w in words {
            for m in tree.conj_members(w) {
                if let Some(p) = person(m) {
                    out.push((m, p));
                }
            }
        }
    }
    let mut people: Vec<usize> = out.into_iter().map(|(_, p)| p).collect();
    people.sort_unstable();
    people.dedup();
    (people, compound_of)
}

/// The people an "as" holding the role at `r` speaks of: the subject of
/// the verb it modifies ("P will serve as chairman of X"), the possessor
/// of the noun it modifies ("P's reappointment as chairman of X", also
/// when the parse hangs the "as" on the verb of which that noun is the
/// object), or the subject of the verb whose object that noun is ("P might
/// forgo a second term as X secretary"). A verb with a named object is
/// left to the appointment rules: "A named P as chairman", "A replaced P
/// as chairman" speak of the object.
fn as_people(ctx: &Context<'_>, tree: &Tree, r: usize) -> Vec<(usize, usize)> {
    let person = |w: usize| tree.entity_at(ctx, w, EntityKind::Person).map(|p| (w, p));
    let Some(h) = tree
        .head(r)
        .filter(|&p| tree.label(r) == Label::POBJ && tree.is_in(p, &ctx.lang.relate.roles.as_post))
        .and_then(|p| tree.prep_attachment(p))
    else {
        return Vec::new();
    };
    let subjects = |v: usize| -> Vec<(usize, usize)> {
        tree.children(v, Label::NSUBJ)
            .chain(tree.children(v, Label::NSUBJPASS))
            .filter_map(person)
            .collect()
    };
    let owners = |n: usize| -> Vec<(usize, usize)> {
        if !tree.is_common_noun(n) {
            return Vec::new();
        }
        tree.children(n, Label::POSS).filter_map(person).collect()
    };
    if is_verb_tag(tree.tag(h)) {
        let objects: Vec<usize> = tree.children(h, Label::DOBJ).collect();
        if objects
            .iter()
            .any(|&o| tree.anchored_at(o).next().is_some())
        {
            return Vec::new();
        }
        let subject = controller(tree, h, &subjects, &person);
        if !subject.is_empty() {
            return subject;
        }
        return objects.into_iter().flat_map(owners).collect();
    }
    let owner = owners(h);
    if !owner.is_empty() {
        return owner;
    }
    match tree.head(h) {
        Some(v)
            if tree.is_common_noun(h)
                && tree.label(h) == Label::DOBJ
                && is_verb_tag(tree.tag(v)) =>
        {
            subjects(v)
        }
        _ => Vec::new(),
    }
}

/// The subjects of the verb `v`; for a relative clause whose subject is
/// its pronoun, the name it hangs on; for an infinitive with none, the
/// one who controls it: the person object of the verb that governs it
/// ("Z asked P to stay on as chairman"), else that verb's subject, read
/// up the chain ("P, 64, has decided to step down as chairman of Z";
/// "P is expected to stay on as chairman").
fn controller(
    tree: &Tree,
    v: usize,
    subjects: &dyn Fn(usize) -> Vec<(usize, usize)>,
    person: &dyn Fn(usize) -> Option<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let mut w = v;
    for _ in 0..CONTROL_REACH {
        let own = subjects(w);
        if !own.is_empty() {
            return own;
        }
        // "P, who stepped down as chief executive of X": the relative
        // clause's subject is the name it hangs on.
        if tree.label(w) == Label::RELCL {
            return tree.head(w).and_then(person).into_iter().collect();
        }
        let Some(h) = tree
            .head(w)
            .filter(|&h| tree.label(w) == Label::XCOMP && is_verb_tag(tree.tag(h)))
        else {
            break;
        };
        if let Some(o) = tree.child(h, Label::DOBJ) {
            return person(o).into_iter().collect();
        }
        w = h;
    }
    Vec::new()
}

/// How many verbs of control an infinitive's subject is read up through.
const CONTROL_REACH: usize = 3;

/// The organisations the role at `r` is linked to.
fn organisations(
    ctx: &Context<'_>,
    tree: &Tree,
    r: usize,
    compound_of: Option<usize>,
) -> Vec<usize> {
    let org = |w: usize| tree.entity_at(ctx, w, EntityKind::Org);
    let preps = &ctx.lang.relate.roles.title_of;
    // "director of the X's division of market regulation": a post at a
    // unit the organisation owns is a post at the organisation.
    let owner = |o: usize| {
        if !tree.is_common_noun(o) {
            return None;
        }
        tree.children(o, Label::POSS)
            .chain(tree.children(o, Label::COMPOUND))
            .find_map(org)
    };
    let mut out: Vec<usize> = Vec::new();
    // "X's chairman", "X chairman"; "X, whose chairman": the name the
    // relative pronoun stands for.
    out.extend(
        tree.children(r, Label::POSS).filter_map(|p| {
            org(p).or_else(|| antecedent(ctx, tree, p).and_then(|a| org(a & !ALONE)))
        }),
    );
    out.extend(tree.children(r, Label::COMPOUND).filter_map(org));
    // "president of X", "analyst for X"; "director of the unit U at X"
    // (another preposition on the object or on the role): a named unit at
    // an organisation, the post is at the organisation, the last named.
    let mut by_prep: Vec<usize> = Vec::new();
    for o in tree.prep_objects(r, preps) {
        let outer: Vec<usize> = tree.prep_objects(o, preps).filter_map(org).collect();
        match outer.last() {
            Some(&x) => by_prep.push(x),
            None => by_prep.extend(org(o).or_else(|| owner(o))),
        }
    }
    out.extend(by_prep.last());
    // "X's chairman P" read with P as the head: its possessor or compound
    // before the title.
    if let Some(p) = compound_of {
        out.extend(
            tree.children(p, Label::POSS)
                .chain(tree.children(p, Label::COMPOUND))
                .filter(|&c| c < r)
                .filter_map(org),
        );
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Reads the posts of the parsed sentence.
fn read(ctx: &Context<'_>, tree: &Tree, out: &mut Vec<Found>) {
    let roles = roles(ctx, tree);
    for &role in &roles {
        let (people, compound_of) = people(ctx, tree, role.word);
        if people.is_empty() {
            continue;
        }
        let mut orgs = organisations(ctx, tree, role.word, compound_of);
        // "president and CEO of X": coordinated titles share the
        // organisation one of them names.
        if orgs.is_empty() {
            for m in tree.conj_members(role.word) {
                if m != role.word && roles.iter().any(|r| r.word == m) {
                    orgs.extend(organisations(ctx, tree, m, None));
                }
            }
            orgs.sort_unstable();
            orgs.dedup();
        }
        // "P, the chairman and owner of X": a role coordinated with a noun
        // that is none shares the phrase's possessor or preposition.
        if orgs.is_empty() {
            let org = |w: usize| tree.entity_at(ctx, w, EntityKind::Org);
            let preps = &ctx.lang.relate.roles.title_of;
            orgs.extend(
                tree.shared_possessors(role.word)
                    .into_iter()
                    .filter_map(org),
            );
            orgs.extend(
                tree.shared_prep_objects(role.word, preps)
                    .into_iter()
                    .filter_map(org),
            );
            orgs.sort_unstable();
            orgs.dedup();
        }
        // A past post: `left`, and a specific one stays beside it.
        let kinds: &[RelationKind] = match former(ctx, tree, &role) {
            true if matches!(role.kind, RelationKind::CeoOf | RelationKind::ChairmanOf) => {
                &[role.kind, RelationKind::Left]
            }
            true => &[RelationKind::Left],
            false => &[role.kind],
        };
        for &p in &people {
            for &o in &orgs {
                out.extend(kinds.iter().map(|&kind| Found {
                    kind,
                    source: p,
                    target: o,
                    trigger: role.span,
                    frame: FRAME.name,
                }));
            }
        }
    }
}
