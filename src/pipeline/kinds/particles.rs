//! Company names of other languages with small words inside them:
//! "Administração do Porto de Aveiro SA", "Tapones Jerez del Marco SL". The
//! tagger cuts them at each small word and reads the pieces as people and
//! places; a name closed by a legal form in capitals runs back over the
//! particles of the language's list and the capitalised words before each,
//! as one organisation.

use crate::model::{EntityKind, Span};
use crate::pipeline::candidate::Candidate;

use super::{Kinds, word_start_before};

impl Kinds {
    /// Joins the pieces of company names written with particles (see the
    /// module documentation); returns how many names grew.
    pub fn join_particle_companies(&self, text: &str, candidates: &mut Vec<Candidate>) -> usize {
        let mut grown = 0;
        let mut i = 0;
        while i < candidates.len() {
            let m = &candidates[i].mention;
            let last = m.span.slice(text).rsplit(' ').next().unwrap_or("");
            let start = if m.kind.is_name() && !m.nominal && self.is_written_legal_suffix(last) {
                self.particle_start(text, m.span.start)
            } else {
                m.span.start
            };
            let span = Span::new(start, m.span.end);
            // Only names may lie inside the grown span ("Monday" stops it).
            let inside =
                |c: &Candidate| c.mention.span.start >= start && c.mention.span.end <= m.span.start;
            // (A name that does not grow asks nothing of those before it.)
            let clean = || {
                candidates[..i]
                    .iter()
                    .filter(|c| c.mention.span.end > start)
                    .all(|c| inside(c) && c.mention.kind.is_name() && !c.mention.nominal)
            };
            if start == m.span.start || !clean() {
                i += 1;
                continue;
            }
            let first = candidates[..i]
                .iter()
                .position(|c| c.mention.span.end > start)
                .unwrap_or(i);
            let mut c = candidates.remove(i);
            c.mention.span = span;
            c.mention.kind = EntityKind::Org;
            candidates.splice(first..i, [c]);
            grown += 1;
            i = first + 1;
        }
        grown + self.join_opened_names(text, candidates)
    }

    /// "Fédération des Tarniers de la Velde": a company word that opens
    /// names in languages that put the head first, read as a name alone,
    /// runs on over the particles and the names after it on its line.
    fn join_opened_names(&self, text: &str, candidates: &mut Vec<Candidate>) -> usize {
        let mut grown = 0;
        let mut i = 0;
        while i < candidates.len() {
            let m = &candidates[i].mention;
            if !m.kind.is_name() || m.nominal || !self.opens_company_name(m.span.slice(text)) {
                i += 1;
                continue;
            }
            let start = m.span.start;
            let mut end = m.span.end;
            let mut last = i;
            while let Some(n) = candidates.get(last + 1).map(|c| &c.mention) {
                let Some(gap) = text
                    .get(end..n.span.start)
                    .and_then(|g| g.strip_prefix(' '))
                    .and_then(|g| g.strip_suffix(' '))
                else {
                    break;
                };
                if !n.kind.is_name()
                    || n.nominal
                    || !gap
                        .split(' ')
                        .all(|w| self.words.name_particles.contains(w))
                {
                    break;
                }
                end = n.span.end;
                last += 1;
            }
            if last > i {
                let mut c = candidates[i].clone();
                c.mention.span = Span::new(start, end);
                c.mention.kind = EntityKind::Org;
                candidates.splice(i..=last, [c]);
                grown += 1;
            }
            i += 1;
        }
        grown
    }

    /// Where a company name starting at `start` begins when particles and
    /// capitalised words run before it on its line: "Administração do
    /// Porto de" before "Aveiro SA".
    fn particle_start(&self, text: &str, start: usize) -> usize {
        let mut begin = start;
        loop {
            let mut at = begin;
            let mut particles = 0;
            while let Some((s, w)) = word_start_before(text, at) {
                if !self.words.name_particles.contains(w) {
                    break;
                }
                particles += 1;
                at = s;
            }
            let mut capitals = 0;
            while let Some((s, w)) = word_start_before(text, at) {
                let capitalised = w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphanumeric() || c == '-')
                    && !self.words.determiners.contains_lowercase(w);
                if !capitalised {
                    break;
                }
                capitals += 1;
                at = s;
            }
            if particles == 0 || capitals == 0 {
                return begin;
            }
            begin = at;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_company_name_with_particles_closed_by_a_legal_form_is_one() {
        let text = "Administração do Porto de Velmira SA, the state-owned company that runs \
                    the port, chose the pair. The stoppers come from Tapones Orvejo del \
                    Marco SL, a supplier.";
        let port = "Administração do Porto de Velmira SA";
        assert_eq!(kind_of(text, port), Some(EntityKind::Org));
        assert_eq!(
            kind_of(text, "Tapones Orvejo del Marco SL"),
            Some(EntityKind::Org)
        );
    }

    #[test]
    fn a_federation_runs_on_over_its_particles_and_names() {
        let text = "The cooperative Fédération des Tarniers de la Vallère, made up of the \
                    village dairies, owns 51%.";
        let a = crate::pipeline::tests::analysis(text);
        let names: Vec<(&str, EntityKind)> = a
            .mentions
            .iter()
            .filter(|m| m.kind.is_name() && !m.nominal)
            .map(|m| (m.span.slice(text), m.kind))
            .collect();
        assert!(
            names.iter().any(
                |&(n, k)| n.ends_with("Fédération des Tarniers de la Vallère")
                    && k == EntityKind::Org
            ),
            "{names:?}"
        );
    }

    #[test]
    fn a_particle_without_a_legal_form_or_an_english_of_joins_nothing() {
        let text = "Velmar bought a stake in Orvo SA from Tarsia de Luca on Monday. The \
                    unit of Kelvaro SA was sold.";
        assert_eq!(kind_of(text, "Orvo SA"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Kelvaro SA"), Some(EntityKind::Org));
    }
}
