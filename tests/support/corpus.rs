//! The evaluation corpora beside the repository (`../shared/data`, where CI
//! checks out `shared`): their paths, and a failure that names the missing
//! path, so that a corpus test cannot pass without its data.

#![allow(dead_code)]

use std::path::PathBuf;

/// MEANTIME English, the release's top folder.
pub const MEANTIME: &str = "meantime-en/meantime_newsreader_english_oct15";
/// TempEval-3 platinum TimeML files.
pub const TEMPEVAL3: &str = "tempeval3-platinum/tml";
/// CoNLL-2003 English test set.
pub const CONLL_TEST: &str = "conll2003/test.txt";

/// `../shared/data/<relative>` beside the repository. Panics, naming the
/// path, when it is missing.
pub fn corpus(relative: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(relative);
    assert!(
        path.exists(),
        "corpus data missing: ../shared/data/{relative} (looked for {}); \
         check out `shared` beside the repository",
        path.display()
    );
    path
}

#[test]
#[should_panic(expected = "corpus data missing: ../shared/data/no-such-corpus")]
fn a_missing_corpus_fails_naming_its_path() {
    corpus("no-such-corpus");
}
