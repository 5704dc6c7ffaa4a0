//! The relation model bundled with Dossier: compiled in, decoded once on
//! first use, and on unless switched off for the process (`dossier
//! --no-relation-model`, the Python module's `use_relation_model(False)`)
//! or for one pipeline
//! ([`Pipeline::set_relation_model`](crate::pipeline::Pipeline::set_relation_model)).
//! `scripts/train-relations.sh` rebuilds the file from the dev sets' gold.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use super::model::{ModelError, RelationModel};

/// The bundled model file, compiled in.
static BUNDLED: &[u8] = include_bytes!("../../../../assets/models/relations-en.bin");

/// False once the process has switched the bundled model off.
static ENABLED: AtomicBool = AtomicBool::new(true);

/// Switches the bundled model on or off for every pipeline of the process
/// that uses it (rules-only figures).
pub fn set_bundled_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

/// True unless the process switched the bundled model off.
pub fn bundled_enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

impl RelationModel {
    /// The model shipped with Dossier, decoded once on first use.
    pub fn bundled() -> Result<&'static RelationModel, ModelError> {
        static MODEL: OnceLock<Option<RelationModel>> = OnceLock::new();
        MODEL
            .get_or_init(|| RelationModel::from_bytes(BUNDLED).ok())
            .as_ref()
            .ok_or(ModelError::Format)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_model_loads_and_survives_its_file() {
        let model = RelationModel::bundled().expect("the bundled model decodes");
        assert!(model.threshold > 0.0 && model.threshold < 1.0);
        assert_eq!(
            model.to_bytes(),
            BUNDLED,
            "the file round-trips byte for byte"
        );
    }
}
