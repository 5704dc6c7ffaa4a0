//! Reading dependency treebanks in CoNLL-U (FORM, XPOS, HEAD, DEPREL; the
//! other columns ignored; multiword and empty-node lines skipped).

use std::path::Path;

use super::SyntaxError;
use super::labels::Label;

/// One sentence of a treebank.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TreeSentence {
    /// Word forms.
    pub words: Vec<String>,
    /// Penn tags (XPOS).
    pub tags: Vec<String>,
    /// Per word, its head's index, `None` for the root.
    pub heads: Vec<Option<usize>>,
    /// Per word, its label, folded to the parser's coarse set.
    pub labels: Vec<Label>,
}

impl TreeSentence {
    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the sentence has no word.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether the tree has exactly one root, no cycle, and no crossing
    /// arcs (the transition system can only build such trees).
    pub fn is_projective_tree(&self) -> bool {
        let n = self.len();
        if self.heads.iter().filter(|h| h.is_none()).count() != 1 {
            return false;
        }
        // Every word reaches the root in at most n steps.
        for i in 0..n {
            let (mut at, mut steps) = (i, 0);
            while let Some(h) = self.heads[at] {
                if h >= n || steps > n {
                    return false;
                }
                at = h;
                steps += 1;
            }
        }
        // Arcs (the root's as an arc from position n) do not cross.
        let span = |i: usize| {
            let h = self.heads[i].unwrap_or(n);
            (i.min(h), i.max(h))
        };
        for i in 0..n {
            let (a, b) = span(i);
            for j in 0..n {
                let (c, d) = span(j);
                if a < c && c < b && b < d {
                    return false;
                }
            }
        }
        true
    }
}

/// Reads a CoNLL-U file.
pub fn read_conllu(path: &Path) -> Result<Vec<TreeSentence>, SyntaxError> {
    let text = std::fs::read_to_string(path).map_err(|e| SyntaxError::Io {
        source: e,
        path: path.to_path_buf(),
    })?;
    parse_conllu(&text).map_err(|(line, reason)| SyntaxError::Conllu {
        line,
        reason,
        path: path.to_path_buf(),
    })
}

/// Parses CoNLL-U text; the error is a one-based line number and a reason.
pub fn parse_conllu(text: &str) -> Result<Vec<TreeSentence>, (usize, String)> {
    let mut out = Vec::new();
    let mut cur = TreeSentence::default();
    let mut raw_heads: Vec<(usize, usize)> = Vec::new();
    let finish = |cur: &mut TreeSentence,
                  raw: &mut Vec<(usize, usize)>,
                  out: &mut Vec<TreeSentence>|
     -> Result<(), (usize, String)> {
        if cur.is_empty() {
            return Ok(());
        }
        let n = cur.len();
        for &(h, at) in raw.iter() {
            if h > n {
                return Err((at, format!("head {h} past the sentence's {n} words")));
            }
        }
        cur.heads = raw.iter().map(|&(h, _)| h.checked_sub(1)).collect();
        out.push(std::mem::take(cur));
        raw.clear();
        Ok(())
    };
    for (k, line) in text.lines().enumerate() {
        let at = k + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            finish(&mut cur, &mut raw_heads, &mut out)?;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 {
            return Err((at, format!("{} columns, want 10", cols.len())));
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let id: usize = cols[0]
            .parse()
            .map_err(|_| (at, format!("bad ID {:?}", cols[0])))?;
        if id != cur.len() + 1 {
            return Err((at, format!("ID {id} out of order")));
        }
        let head: usize = cols[6]
            .parse()
            .map_err(|_| (at, format!("bad HEAD {:?}", cols[6])))?;
        cur.words.push(cols[1].to_string());
        cur.tags.push(cols[4].to_string());
        cur.labels.push(Label::coarse(cols[7]));
        raw_heads.push((head, at));
    }
    finish(&mut cur, &mut raw_heads, &mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: &str = "# a comment\n\
1\tTalvo\t_\t_\tNNP\t_\t2\tnsubj\t_\t_\n\
2\tsells\t_\t_\tVBZ\t_\t0\tROOT\t_\t_\n\
3\tboats\t_\t_\tNNS\t_\t2\tdobj\t_\t_\n\
\n";

    #[test]
    fn reads_a_sentence() {
        let s = parse_conllu(TINY).expect("test data");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].words, ["Talvo", "sells", "boats"]);
        assert_eq!(s[0].heads, [Some(1), None, Some(1)]);
        assert_eq!(s[0].labels[2].name(), "dobj");
        assert!(s[0].is_projective_tree());
    }

    #[test]
    fn rejects_bad_heads_and_spots_crossing_arcs() {
        assert!(parse_conllu("1\ta\t_\t_\tDT\t_\t5\tdet\t_\t_\n\n").is_err());
        assert!(parse_conllu("1\ta\t_\n").is_err());
        let crossing = "1\ta\t_\t_\tX\t_\t3\tdep\t_\t_\n2\tb\t_\t_\tX\t_\t0\tROOT\t_\t_\n\
3\tc\t_\t_\tX\t_\t2\tdep\t_\t_\n4\td\t_\t_\tX\t_\t1\tdep\t_\t_\n";
        let s = parse_conllu(crossing).expect("test data");
        assert!(!s[0].is_projective_tree());
    }
}
