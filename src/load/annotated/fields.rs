//! Typed fields of annotated JSON objects, and the ids that link them
//! (`m3`, `e1`…) resolved to indices, each failure a clear [`ImportError`].

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::error::{ImportError, malformed};

/// The array `key` of the top-level object.
pub(super) fn array<'v>(
    root: &'v Map<String, Value>,
    key: &str,
) -> Result<&'v [Value], ImportError> {
    root.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .ok_or_else(|| malformed(format!("no \"{key}\" array")))
}

/// Item `i` of the list `list`, which must be an object.
pub(super) fn object<'v>(
    v: &'v Value,
    list: &str,
    i: usize,
) -> Result<&'v Map<String, Value>, ImportError> {
    v.as_object()
        .ok_or_else(|| malformed(format!("{list}[{i}] is not an object")))
}

/// `list[i] (id)`, or `list[i]` when the item has no id.
pub(super) fn label(list: &str, i: usize, o: &Map<String, Value>) -> String {
    match o.get("id").and_then(Value::as_str) {
        Some(id) => format!("{list}[{i}] ({id})"),
        None => format!("{list}[{i}]"),
    }
}

/// A string field, when present.
pub(super) fn str_field(o: &Map<String, Value>, key: &str) -> Option<String> {
    o.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// A number field, 0 when absent.
pub(super) fn number(o: &Map<String, Value>, key: &str) -> f64 {
    o.get(key).and_then(Value::as_f64).unwrap_or(0.0)
}

/// A field of a serde type (a kind, a status…), required.
pub(super) fn typed<T: DeserializeOwned>(
    o: &Map<String, Value>,
    key: &str,
    list: &str,
    i: usize,
) -> Result<T, ImportError> {
    let v = o.get(key).cloned().unwrap_or(Value::Null);
    serde_json::from_value(v.clone())
        .map_err(|_| malformed(format!("{list}[{i}] has an unknown {key} {v}")))
}

/// A field of a serde type, its default when absent or unreadable.
pub(super) fn typed_or_default<T: DeserializeOwned + Default>(
    o: &Map<String, Value>,
    key: &str,
) -> T {
    o.get(key)
        .and_then(|v| serde_json::from_value(v.clone()).ok())
        .unwrap_or_default()
}

fn ids_of(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .map(|v| {
            v.get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

/// The ids of each list, for resolving references to indices.
pub(super) struct Ids {
    pub(super) mentions: Vec<String>,
    pub(super) entities: Vec<String>,
    pub(super) relations: Vec<String>,
    pub(super) money: Vec<String>,
    pub(super) dates: Vec<String>,
}

impl Ids {
    /// The ids of the five lists.
    pub(super) fn new(
        mentions: &[Value],
        entities: &[Value],
        relations: &[Value],
        money: &[Value],
        dates: &[Value],
    ) -> Self {
        Self {
            mentions: ids_of(mentions),
            entities: ids_of(entities),
            relations: ids_of(relations),
            money: ids_of(money),
            dates: ids_of(dates),
        }
    }

    /// The index of `id` in `list`.
    pub(super) fn find(list: &[String], id: &str) -> Option<usize> {
        list.iter().position(|x| x == id)
    }

    /// An optional reference: absent or null is `None`, an unknown id an error.
    pub(super) fn opt(
        &self,
        list: &[String],
        o: &Map<String, Value>,
        key: &str,
        owner: &str,
        i: usize,
    ) -> Result<Option<usize>, ImportError> {
        match o.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(id)) => Self::find(list, id).map(Some).ok_or_else(|| {
                malformed(format!(
                    "{owner}[{i}].{key} refers to {id:?}, which is not in the file"
                ))
            }),
            Some(other) => Err(malformed(format!(
                "{owner}[{i}].{key} is {other}, not an id"
            ))),
        }
    }

    /// A required reference.
    pub(super) fn req(
        &self,
        list: &[String],
        o: &Map<String, Value>,
        key: &str,
        owner: &str,
        i: usize,
    ) -> Result<usize, ImportError> {
        self.opt(list, o, key, owner, i)?
            .ok_or_else(|| malformed(format!("{owner}[{i}] has no {key}")))
    }
}

/// A list of references (absent: empty); every id must be in the file.
pub(super) fn id_list(
    list: &[String],
    o: &Map<String, Value>,
    key: &str,
    owner: &str,
    i: usize,
) -> Result<Vec<usize>, ImportError> {
    let Some(items) = o.get(key).and_then(Value::as_array) else {
        return Ok(Vec::new());
    };
    items
        .iter()
        .map(|v| {
            v.as_str()
                .and_then(|id| Ids::find(list, id))
                .ok_or_else(|| {
                    malformed(format!(
                        "{owner}[{i}].{key} refers to {v}, which is not in the file"
                    ))
                })
        })
        .collect()
}
