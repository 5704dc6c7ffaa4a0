//! The house rules of docs/ARCHITECTURE.md, checked on the source tree:
//! no source file over 600 lines, the crate root holds `lib.rs` and
//! `main.rs` only, no import circle between files or between folders, and
//! no English word in the pipeline's stage code (words are data under
//! `assets/lang/`).
//!
//! The import graph is read from the text of `use` items and `crate::…` /
//! `super::…` paths, with `pub use` re-exports followed to the file that
//! defines the name, so a facade `mod.rs` is not an edge. Test modules
//! (`#[cfg(test)]` to the end of the file) are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 600;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

#[test]
fn no_source_file_is_over_600_lines() {
    let mut files = Vec::new();
    for dir in ["src", "tests", "benches"] {
        rust_files(&root().join(dir), &mut files);
    }
    assert!(files.len() > 20, "the source tree was not found");
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).ok()?.lines().count();
            (n > MAX_LINES).then(|| format!("{} ({n} lines)", relative(f)))
        })
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_LINES} lines: {}",
        long.join(", ")
    );
}

#[test]
fn the_crate_root_holds_lib_and_main_only() {
    let mut stray = Vec::new();
    for entry in std::fs::read_dir(root().join("src")).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_file() && name != "lib.rs" && name != "main.rs" {
            stray.push(name);
        }
    }
    assert!(stray.is_empty(), "files at the crate root: {stray:?}");
}

// ---------------------------------------------------------------- imports

/// A file's text before its test module (`#[cfg(test)] mod tests`, maybe
/// visible to its parent: `#[cfg(test)] pub(super) mod tests`, whose helpers
/// a sibling's tests share).
fn without_tests(text: &str) -> &str {
    text.match_indices("#[cfg(test)]\n")
        .find(|&(i, m)| {
            let next = &text[i + m.len()..];
            let next = next.strip_prefix("pub(super) ").unwrap_or(next);
            next.starts_with("mod tests")
        })
        .map_or(text, |(i, _)| &text[..i])
}

/// Walks `text`, skipping comments: calls `on_literal(byte offset, contents)`
/// for every string literal and returns the code with each literal's
/// contents emptied.
fn scan(text: &str, mut on_literal: impl FnMut(usize, &str)) -> String {
    let mut out = String::with_capacity(text.len());
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            let end = text[i + 2..].find("*/").map_or(b.len(), |e| i + 2 + e + 2);
            i = end;
        } else if let Some((len, body)) = string_literal(text, i) {
            on_literal(i, body);
            out.push_str("\"\"");
            i += len;
        } else {
            let ch = text[i..].chars().next().expect("in bounds");
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// Source text without comments, string contents, and the test module.
fn code_of(text: &str) -> String {
    scan(without_tests(text), |_, _| {})
}

/// A string literal starting at byte `i`: its length and its contents.
fn string_literal(text: &str, i: usize) -> Option<(usize, &str)> {
    let rest = &text[i..];
    // Not the tail of an identifier (`br"…"` is handled from the `b`).
    let prev = text[..i].chars().next_back();
    if prev.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '\'') {
        return None;
    }
    let (prefix, raw) = if rest.starts_with("br") {
        (2, true)
    } else if rest.starts_with('r') && rest[1..].starts_with(['"', '#']) {
        (1, true)
    } else if rest.starts_with("b\"") {
        (1, false)
    } else {
        (0, false)
    };
    let body = &rest[prefix..];
    if raw {
        let hashes = body.chars().take_while(|&c| c == '#').count();
        if !body[hashes..].starts_with('"') {
            return None;
        }
        let close = format!("\"{}", "#".repeat(hashes));
        let start = hashes + 1;
        let end = body[start..].find(&close)? + start;
        Some((prefix + end + close.len(), &body[start..end]))
    } else {
        if !body.starts_with('"') {
            return None;
        }
        let bytes = body.as_bytes();
        let mut j = 1;
        while j < bytes.len() {
            match bytes[j] {
                b'\\' => j += 2,
                b'"' => return Some((prefix + j + 1, &body[1..j])),
                _ => j += 1,
            }
        }
        None
    }
}

/// Module path (after `crate`) of a file under `src/`.
fn module_of(rel: &str) -> Option<Vec<String>> {
    let p = rel.strip_prefix("src/")?.strip_suffix(".rs")?;
    if p == "lib" || p == "main" {
        return Some(Vec::new());
    }
    let mut parts: Vec<String> = p.split('/').map(str::to_owned).collect();
    if parts.last().is_some_and(|l| l == "mod") {
        parts.pop();
    }
    Some(parts)
}

/// Expands a `use` tree (`a::{b, c::d}`) into full paths.
fn expand_use(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap_or(&tree).to_owned()];
    };
    let prefix = &tree[..open];
    let inner = tree[open + 1..]
        .strip_suffix('}')
        .unwrap_or(&tree[open + 1..]);
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand_use(&format!("{prefix}{p}")))
        .collect()
}

struct Tree {
    /// Module path → file.
    files: BTreeMap<Vec<String>, String>,
    /// (module path, re-exported name) → module path of the defining module.
    reexports: BTreeMap<(Vec<String>, String), Vec<String>>,
    /// File → the paths its code names, made absolute.
    paths: BTreeMap<String, Vec<Vec<String>>>,
}

fn absolute(module: &[String], path: &str) -> Option<Vec<String>> {
    let mut segs: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut base: Vec<String> = match segs.first().copied() {
        Some("crate") | Some("dossier") => {
            segs.remove(0);
            Vec::new()
        }
        Some("self") => {
            segs.remove(0);
            module.to_vec()
        }
        Some("super") => {
            let mut b = module.to_vec();
            while segs.first() == Some(&"super") {
                segs.remove(0);
                b.pop()?;
            }
            b
        }
        _ => return None,
    };
    base.extend(
        segs.into_iter()
            .filter(|s| *s != "*" && *s != "self")
            .map(str::to_owned),
    );
    Some(base)
}

fn read_tree() -> Tree {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut tree = Tree {
        files: BTreeMap::new(),
        reexports: BTreeMap::new(),
        paths: BTreeMap::new(),
    };
    let use_re = regex::Regex::new(r"(?s)\b(pub(?:\([a-z]+\))?\s+)?use\s+([^;]+);").expect("re");
    let path_re =
        regex::Regex::new(r"\b(?:crate|super|dossier)(?:::[A-Za-z_][A-Za-z0-9_]*)+").expect("re");
    for file in &files {
        let rel = relative(file);
        let Some(module) = module_of(&rel) else {
            continue;
        };
        let text = std::fs::read_to_string(file).expect("readable source");
        let code = code_of(&text);
        let mut named = Vec::new();
        let mut rest = code.clone();
        for cap in use_re.captures_iter(&code) {
            let public = cap.get(1).is_some();
            for p in expand_use(&cap[2]) {
                // Relative `use child::X` inside a module file.
                let p = if p.starts_with("crate::")
                    || p.starts_with("super::")
                    || p.starts_with("self::")
                    || p.starts_with("dossier::")
                {
                    p
                } else {
                    format!("self::{p}")
                };
                let (path, alias) = match p.split_once(" as ") {
                    Some((a, b)) => (a.to_owned(), Some(b.to_owned())),
                    None => (p.clone(), None),
                };
                let Some(abs) = absolute(&module, &path) else {
                    continue;
                };
                if public && rel != "src/main.rs" {
                    let name = alias.unwrap_or_else(|| abs.last().cloned().unwrap_or_default());
                    let mut target = abs.clone();
                    target.pop();
                    tree.reexports.insert((module.clone(), name), target);
                } else {
                    named.push(abs);
                }
            }
        }
        rest = use_re.replace_all(&rest, "").into_owned();
        for m in path_re.find_iter(&rest) {
            if let Some(abs) = absolute(&module, m.as_str()) {
                named.push(abs);
            }
        }
        tree.paths.insert(rel.clone(), named);
        tree.files.insert(module, rel);
    }
    // main.rs is its own crate: give it a name of its own.
    if let Some(paths) = tree.paths.get_mut("src/main.rs") {
        paths.retain(|p| !p.is_empty());
    }
    tree
}

impl Tree {
    /// The file that defines what `path` names.
    fn file_of(&self, path: &[String], depth: usize) -> Option<String> {
        for n in (1..=path.len()).rev() {
            let prefix = &path[..n];
            if self.files.contains_key(prefix) {
                // A name re-exported by that module: follow it.
                if let Some(next) = path.get(n)
                    && depth < 8
                    && let Some(target) = self.reexports.get(&(prefix.to_vec(), next.clone()))
                {
                    let mut p = target.clone();
                    p.extend(path[n..].iter().cloned());
                    if let Some(f) = self.file_of(&p, depth + 1) {
                        return Some(f);
                    }
                }
                return self.files.get(prefix).cloned();
            }
        }
        None
    }

    fn edges(&self) -> BTreeSet<(String, String)> {
        let mut edges = BTreeSet::new();
        for (file, paths) in &self.paths {
            for p in paths {
                if let Some(target) = self.file_of(p, 0)
                    && &target != file
                    && target != "src/lib.rs"
                {
                    edges.insert((file.clone(), target));
                }
            }
        }
        edges
    }
}

/// Cycles in a directed graph, each as the list of its nodes.
fn cycles(edges: &BTreeSet<(String, String)>) -> Vec<Vec<String>> {
    let mut adj: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (a, b) in edges {
        adj.entry(a).or_default().push(b);
        adj.entry(b).or_default();
    }
    // Tarjan's strongly connected components.
    struct State<'a> {
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(v: &'a str, adj: &BTreeMap<&'a str, Vec<&'a str>>, s: &mut State<'a>) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        s.on_stack.insert(v);
        for &w in &adj[v] {
            if !s.index.contains_key(w) {
                visit(w, adj, s);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.out.push(component);
            }
        }
    }
    let mut s = State {
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for &v in adj.keys() {
        if !s.index.contains_key(v) {
            visit(v, &adj, &mut s);
        }
    }
    s.out
}

/// The edge between the two children of their common folder that hold
/// `a` and `b` (`src/pipeline/tag.rs` → `src/ner/model.rs` gives
/// `src/pipeline` → `src/ner`), or None when one is that folder's own file.
fn folder_edge(a: &str, b: &str) -> Option<(String, String)> {
    let pa: Vec<&str> = a.split('/').collect();
    let pb: Vec<&str> = b.split('/').collect();
    let common = pa.iter().zip(&pb).take_while(|(x, y)| x == y).count();
    // Both files sit directly in the common folder: a file-level edge only.
    if common + 1 >= pa.len() && common + 1 >= pb.len() {
        return None;
    }
    let child = |p: &[&str]| p[..=common.min(p.len() - 1)].join("/");
    Some((child(&pa), child(&pb)))
}

#[test]
fn imports_form_no_circle_between_files_or_folders() {
    let tree = read_tree();
    let edges = tree.edges();
    assert!(
        edges.len() > 30,
        "the import graph looks empty ({} edges)",
        edges.len()
    );
    let file_cycles = cycles(&edges);
    let folder_edges: BTreeSet<(String, String)> = edges
        .iter()
        .filter_map(|(a, b)| folder_edge(a, b))
        .filter(|(a, b)| a != b)
        .collect();
    let folder_cycles = cycles(&folder_edges);
    let show = |cs: &[Vec<String>], es: &BTreeSet<(String, String)>| {
        cs.iter()
            .map(|c| {
                let inside: Vec<String> = es
                    .iter()
                    .filter(|(a, b)| c.contains(a) && c.contains(b))
                    .map(|(a, b)| format!("{a} → {b}"))
                    .collect();
                format!("[{}]", inside.join("; "))
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(
        file_cycles.is_empty() && folder_cycles.is_empty(),
        "import circles between files:\n{}\nbetween folders:\n{}",
        show(&file_cycles, &edges),
        show(&folder_cycles, &folder_edges)
    );
}

#[test]
fn the_cycle_finder_finds_cycles_and_folder_edges() {
    let e = |v: &[(&str, &str)]| -> BTreeSet<(String, String)> {
        v.iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    };
    assert_eq!(
        cycles(&e(&[("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])).len(),
        1
    );
    assert!(cycles(&e(&[("a", "b"), ("b", "c"), ("a", "c")])).is_empty());
    assert_eq!(
        folder_edge("src/pipeline/tag.rs", "src/ner/model.rs"),
        Some(("src/pipeline".into(), "src/ner".into()))
    );
    assert_eq!(
        folder_edge("src/pipeline/tag.rs", "src/pipeline/mod.rs"),
        None
    );
    assert_eq!(
        folder_edge("src/pipeline/relate/roles.rs", "src/pipeline/kinds.rs"),
        Some(("src/pipeline/relate".into(), "src/pipeline/kinds.rs".into()))
    );
    assert_eq!(
        expand_use("crate::model::{Span, kind::{EntityKind, Provenance}}"),
        [
            "crate::model::Span",
            "crate::model::kind::EntityKind",
            "crate::model::kind::Provenance"
        ]
    );
}

// ---------------------------------------------------------------- words

/// Letters left in a string literal once regex syntax is taken out.
fn words_in_literal(s: &str) -> Vec<String> {
    let syntax = regex::Regex::new(
        r"\\[pPx]\{[^}]*\}|\\[a-zA-Z]|\(\?[a-zA-Z-]+[:)]|\[:[a-z]+:\]|[a-zA-Z]-[a-zA-Z]|\{[a-z_0-9:?]*\}",
    )
    .expect("re");
    let stripped = syntax.replace_all(s, " ");
    let word = regex::Regex::new(r"[A-Za-z]{2,}").expect("re");
    word.find_iter(&stripped)
        .map(|m| m.as_str().to_owned())
        .collect()
}

#[test]
fn the_pipeline_stages_spell_no_english_word() {
    let mut files = Vec::new();
    rust_files(&root().join("src/pipeline"), &mut files);
    assert!(!files.is_empty(), "src/pipeline not found");
    let mut found = Vec::new();
    for file in &files {
        // A module's `tests.rs` or `…_tests.rs` (declared `#[cfg(test)]
        // mod tests;`) is all test code: invented sentences, not stage code.
        if file
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n == "tests.rs" || n.ends_with("_tests.rs"))
        {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("readable source");
        let text = without_tests(&text);
        scan(text, |i, body| {
            let line_start = text[..i].rfind('\n').map_or(0, |l| l + 1);
            // Attributes (`#[error("…")]`) are not stage code.
            let attribute = text[line_start..i].trim_start().starts_with("#[");
            // A file path compiled in is not a word list.
            let include = text[..i].trim_end().ends_with("include_str!(")
                || text[..i].trim_end().ends_with("include_bytes!(");
            if !attribute && !include && !words_in_literal(body).is_empty() {
                let line = text[..i].matches('\n').count() + 1;
                found.push(format!("{}:{line}: {body:?}", relative(file)));
            }
        });
    }
    assert!(
        found.is_empty(),
        "{} string literals with words in src/pipeline (move them to assets/lang/):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn literal_words_skip_regex_syntax() {
    assert!(words_in_literal(r"(?i)\b\p{Lu}[a-z]+\s*\d").is_empty());
    assert_eq!(words_in_literal(r"\b(?:since|until)\b"), ["since", "until"]);
    assert_eq!(words_in_literal("CEO"), ["CEO"]);
    assert!(words_in_literal("{label}: {}").is_empty());
}
