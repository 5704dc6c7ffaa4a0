//! The `corrections` array of annotated JSON: one record per correction,
//! entities by name, spans with the offsets of every other span (code
//! points, UTF-8, UTF-16) and their quote, each `"source": "manual"`.
//! `load::annotated` reads them back.

use serde_json::{Map, Value, json};

use super::anchor::span_fields;
use crate::model::correction::{MoneyRecord, RelationRecord};
use crate::model::{Correction, OffsetMap, Provenance, Span};

/// The offsets of a span (`start`, `end`, `utf8`, `utf16`) and its quote.
fn span_object(map: &OffsetMap, text: &str, span: Span) -> Map<String, Value> {
    span_fields(map, text, span, true)
}

fn relation(action: &str, r: &RelationRecord, map: &OffsetMap, text: &str) -> Value {
    json!({"action": action, "kind": r.kind, "source_entity": r.source, "target_entity": r.target,
           "evidence": span_object(map, text, r.evidence), "source": Provenance::Manual})
}

fn money(m: &MoneyRecord) -> Value {
    json!({"value": m.value, "currency": m.currency, "payer": m.payer, "payee": m.payee})
}

/// The record of one correction in the `corrections` array (offsets like
/// every other span; `text` is the document text the spans point into).
pub fn correction_json(c: &Correction, map: &OffsetMap, text: &str) -> Value {
    let record = |action: &str, fields: Value, span: Option<Span>| {
        let mut o = span.map_or_else(Map::new, |s| span_object(map, text, s));
        o.insert("action".into(), action.into());
        if let Value::Object(fields) = fields {
            o.extend(fields);
        }
        o.insert("source".into(), json!(Provenance::Manual));
        Value::Object(o)
    };
    match c {
        Correction::SetKind { entity, from, to } => record(
            "set_kind",
            json!({"entity": entity, "from": from, "to": to}),
            None,
        ),
        Correction::Rename { from, to } => record("rename", json!({"from": from, "to": to}), None),
        Correction::DeleteMention {
            text: t,
            span,
            kind,
        } => record(
            "delete_mention",
            json!({"kind": kind, "text": t}),
            Some(*span),
        ),
        Correction::AddEntity {
            text: t,
            span,
            kind,
        } => record("add_entity", json!({"kind": kind, "text": t}), Some(*span)),
        Correction::DeleteEntity { name, kind, spans } => {
            let mentions: Vec<Map<String, Value>> =
                spans.iter().map(|s| span_object(map, text, *s)).collect();
            record(
                "delete_entity",
                json!({"entity": name, "kind": kind, "mentions": mentions}),
                None,
            )
        }
        Correction::Merge { from, into } => {
            record("merge", json!({"from": from, "into": into}), None)
        }
        Correction::SplitMention {
            entity,
            text: t,
            span,
        } => record(
            "split_mention",
            json!({"entity": entity, "text": t}),
            Some(*span),
        ),
        Correction::AddRelation(r) => relation("add_relation", r, map, text),
        Correction::DeleteRelation(r) => relation("delete_relation", r, map, text),
        Correction::EditMoney {
            text: t,
            span,
            from,
            to,
        } => record(
            "edit_money",
            json!({"text": t, "from": money(from), "to": money(to)}),
            Some(*span),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityKind;

    #[test]
    fn correction_json_has_offsets_in_code_points() {
        let text = "Zürich AG gave €5 млн to Acme in 2019.";
        let start = text.find('€').unwrap_or_default();
        let span = Span::new(start, start + "€5 млн".len());
        let c = Correction::DeleteMention {
            text: "€5 млн".into(),
            span,
            kind: EntityKind::Money,
        };
        let v = correction_json(&c, &OffsetMap::new(text), text);
        assert_eq!(v["start"], 15, "“Zürich AG gave ” is 15 code points");
        assert_eq!(v["end"], 21);
        assert_eq!(v["utf8"], json!([16, 27]));
        assert_eq!(v["source"], "manual");
        assert_eq!(v["action"], "delete_mention");
        assert_eq!(v["text"], "€5 млн");
    }
}
