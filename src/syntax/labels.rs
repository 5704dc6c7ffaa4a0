//! The parser's dependency labels (a coarse subset of spaCy's English
//! scheme) and the tagger's Penn Treebank tags.

/// The dependency labels the parser predicts. spaCy's finer labels are
/// folded into these when a treebank is read (see [`Label::coarse`]).
pub const LABELS: [&str; 33] = [
    "ROOT",
    "nsubj",
    "nsubjpass",
    "dobj",
    "dative",
    "prep",
    "pobj",
    "agent",
    "poss",
    "appos",
    "conj",
    "cc",
    "compound",
    "amod",
    "det",
    "nummod",
    "acl",
    "relcl",
    "advcl",
    "xcomp",
    "ccomp",
    "aux",
    "auxpass",
    "mark",
    "neg",
    "attr",
    "punct",
    "dep",
    "advmod",
    "case",
    "prt",
    "pcomp",
    "acomp",
];

/// A dependency label: an index into [`LABELS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(pub(crate) u8);

impl Label {
    /// The label of a sentence's root word.
    pub const ROOT: Label = Label(0);
    /// The catch-all label.
    pub const DEP: Label = Label(27);
    /// Punctuation.
    pub const PUNCT: Label = Label(26);

    /// `nsubj`.
    pub const NSUBJ: Label = Label(1);
    /// `nsubjpass`.
    pub const NSUBJPASS: Label = Label(2);
    /// `dobj`.
    pub const DOBJ: Label = Label(3);
    /// `dative`.
    pub const DATIVE: Label = Label(4);
    /// `prep`.
    pub const PREP: Label = Label(5);
    /// `pobj`.
    pub const POBJ: Label = Label(6);
    /// `agent`.
    pub const AGENT: Label = Label(7);
    /// `poss`.
    pub const POSS: Label = Label(8);
    /// `appos`.
    pub const APPOS: Label = Label(9);
    /// `conj`.
    pub const CONJ: Label = Label(10);
    /// `cc`.
    pub const CC: Label = Label(11);
    /// `compound`.
    pub const COMPOUND: Label = Label(12);
    /// `amod`.
    pub const AMOD: Label = Label(13);
    /// `det`.
    pub const DET: Label = Label(14);
    /// `nummod`.
    pub const NUMMOD: Label = Label(15);
    /// `acl`.
    pub const ACL: Label = Label(16);
    /// `relcl`.
    pub const RELCL: Label = Label(17);
    /// `advcl`.
    pub const ADVCL: Label = Label(18);
    /// `xcomp`.
    pub const XCOMP: Label = Label(19);
    /// `ccomp`.
    pub const CCOMP: Label = Label(20);
    /// `aux`.
    pub const AUX: Label = Label(21);
    /// `auxpass`.
    pub const AUXPASS: Label = Label(22);
    /// `mark`.
    pub const MARK: Label = Label(23);
    /// `neg`.
    pub const NEG: Label = Label(24);
    /// `attr`.
    pub const ATTR: Label = Label(25);
    /// `advmod`.
    pub const ADVMOD: Label = Label(28);
    /// `case`.
    pub const CASE: Label = Label(29);
    /// `prt`.
    pub const PRT: Label = Label(30);
    /// `pcomp`.
    pub const PCOMP: Label = Label(31);
    /// `acomp`.
    pub const ACOMP: Label = Label(32);

    /// The label's name, as in [`LABELS`].
    pub fn name(self) -> &'static str {
        LABELS.get(usize::from(self.0)).copied().unwrap_or("dep")
    }

    /// The label of that exact name.
    pub fn from_name(name: &str) -> Option<Label> {
        LABELS
            .iter()
            .position(|&l| l == name)
            .map(|i| Label(i as u8))
    }

    /// The coarse label for any spaCy (ClearNLP-style) label: kept when it
    /// is one of [`LABELS`], folded into its nearest kin or `dep` otherwise.
    pub fn coarse(name: &str) -> Label {
        if let Some(l) = Label::from_name(name) {
            return l;
        }
        let kin = match name {
            "root" => "ROOT",
            "csubj" => "nsubj",
            "csubjpass" => "nsubjpass",
            "iobj" => "dative",
            "predet" => "det",
            "preconj" => "cc",
            "nn" => "compound",
            "num" => "nummod",
            "possessive" => "case",
            "rcmod" => "relcl",
            "partmod" | "infmod" => "acl",
            "neg" => "neg",
            _ => "dep",
        };
        Label::from_name(kin).unwrap_or(Label::DEP)
    }

    /// Index of the label in [`LABELS`].
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// Number of labels.
pub(crate) const NL: usize = LABELS.len();

/// The Penn Treebank tags the tagger predicts (with spaCy's additions:
/// `HYPH`, `NFP`, `ADD`, `XX`, `_SP`), in a fixed order.
pub const TAGS: [&str; 51] = [
    "$", "''", ",", "-LRB-", "-RRB-", ".", ":", "ADD", "AFX", "CC", "CD", "DT", "EX", "FW", "HYPH",
    "IN", "JJ", "JJR", "JJS", "LS", "MD", "NFP", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP",
    "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
    "WDT", "WP", "WP$", "WRB", "XX", "``", "_SP", "NIL",
];

/// Number of tags.
pub(crate) const NTAG: usize = TAGS.len();

/// The index of a tag in [`TAGS`]; unknown tags read as `XX`.
pub(crate) fn tag_index(tag: &str) -> u8 {
    let xx = TAGS.iter().position(|&t| t == "XX").unwrap_or(0);
    TAGS.iter().position(|&t| t == tag).unwrap_or(xx) as u8
}

/// Whether a Penn tag marks punctuation (excluded from the "no
/// punctuation" attachment scores).
pub fn is_punct_tag(tag: &str) -> bool {
    matches!(
        tag,
        "''" | "," | "-LRB-" | "-RRB-" | "." | ":" | "``" | "HYPH" | "NFP"
    )
}

/// Whether a Penn tag marks a common noun (`NN`, `NNS`).
pub fn is_common_noun_tag(tag: &str) -> bool {
    matches!(tag, "NN" | "NNS")
}

/// Whether a Penn tag marks a proper noun (`NNP`, `NNPS`).
pub fn is_proper_noun_tag(tag: &str) -> bool {
    matches!(tag, "NNP" | "NNPS")
}

/// Whether a Penn tag marks a plural noun (`NNS`, `NNPS`).
pub fn is_plural_noun_tag(tag: &str) -> bool {
    matches!(tag, "NNS" | "NNPS")
}

/// Whether a Penn tag marks a verb (`VB`, `VBD`, `VBG`, `VBN`, `VBP`, `VBZ`).
pub fn is_verb_tag(tag: &str) -> bool {
    tag.starts_with("VB")
}

/// Whether a Penn tag marks a finite verb or a modal (`VBD`, `VBP`, `VBZ`,
/// `MD`): a clause's own verb, never a participle modifying a noun.
pub fn is_finite_verb_tag(tag: &str) -> bool {
    matches!(tag, "VBD" | "VBP" | "VBZ" | "MD")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_fold_and_round_trip() {
        assert_eq!(Label::coarse("nsubj").name(), "nsubj");
        assert_eq!(Label::coarse("csubj").name(), "nsubj");
        assert_eq!(Label::coarse("npadvmod"), Label::DEP);
        assert_eq!(Label::from_name("punct"), Some(Label::PUNCT));
        assert_eq!(Label::DEP.name(), "dep");
        assert_eq!(TAGS[usize::from(tag_index("VBD"))], "VBD");
        assert_eq!(TAGS[usize::from(tag_index("???"))], "XX");
        // The named constants are the labels of their names.
        for (label, name) in [
            (Label::NSUBJ, "nsubj"),
            (Label::PREP, "prep"),
            (Label::POBJ, "pobj"),
            (Label::POSS, "poss"),
            (Label::APPOS, "appos"),
            (Label::CONJ, "conj"),
            (Label::COMPOUND, "compound"),
            (Label::AMOD, "amod"),
            (Label::RELCL, "relcl"),
            (Label::ATTR, "attr"),
            (Label::ADVMOD, "advmod"),
            (Label::ACOMP, "acomp"),
        ] {
            assert_eq!(label.name(), name);
        }
        for (i, name) in LABELS.iter().enumerate() {
            assert_eq!(Label::from_name(name).map(Label::index), Some(i));
        }
        assert!(is_common_noun_tag("NNS") && !is_common_noun_tag("NNP"));
        assert!(is_plural_noun_tag("NNPS") && is_verb_tag("VBZ"));
        assert!(is_proper_noun_tag("NNPS") && !is_proper_noun_tag("NN"));
    }
}
