//! The rules by which resolution links a mention to its entity; their
//! labels are what exports write in an alias link's `rule`.

/// Why a mention belongs to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AliasRule {
    /// The entity's first mention.
    FirstMention,
    /// The same spelling.
    Exact,
    /// The same spelling with a possessive after it.
    Possessive,
    /// The same name in other capitals.
    CaseVariant,
    /// The same name with or without a legal suffix ("Inc.").
    LegalSuffix,
    /// A person's surname alone.
    Surname,
    /// A person's first name alone.
    FirstName,
    /// An organisation's first word alone.
    ShortForm,
    /// The initials of the name.
    Acronym,
    /// A description ("the startup").
    Description,
    /// A pronoun that stands for the entity.
    Pronoun,
}

impl AliasRule {
    /// The label exports write.
    pub fn label(self) -> &'static str {
        match self {
            Self::FirstMention => "first mention",
            Self::Exact => "exact",
            Self::Possessive => "possessive",
            Self::CaseVariant => "case variant",
            Self::LegalSuffix => "legal suffix",
            Self::Surname => "surname",
            Self::FirstName => "first name",
            Self::ShortForm => "short form",
            Self::Acronym => "acronym",
            Self::Description => "description",
            Self::Pronoun => "pronoun",
        }
    }
}
