//! Advisers on invented sentences: the adviser has a contract with its
//! client (GUIDE: `contract_with` adviser → client), told actively, in the
//! passive (gapped clauses too) or as a firm hired as adviser.

use crate::model::RelationKind::{Acquired, ContractWith, StakeIn};
use crate::pipeline::relate::tests::check;

#[test]
fn an_adviser_has_a_contract_with_its_client() {
    check(
        &[ContractWith, Acquired],
        &[
            (
                "Keltic Partners advised Zephyr Corp. on the sale.",
                &[("Keltic Partners", ContractWith, "Zephyr Corp.")],
            ),
            (
                "Zephyr Corp. is being advised by Keltic Partners and Nordvik Securities.",
                &[
                    ("Keltic Partners", ContractWith, "Zephyr Corp."),
                    ("Nordvik Securities", ContractWith, "Zephyr Corp."),
                ],
            ),
            (
                "Zephyr Corp. is advised on the stake by the bank Nordvik Securities.",
                &[("Nordvik Securities", ContractWith, "Zephyr Corp.")],
            ),
            // A person who advises holds a post, not a contract.
            ("Anna Lindqvist advised Zephyr Corp. on its pensions.", &[]),
            // The progressive is told actively: no passive for "is".
            (
                "Keltic Partners is advising Zephyr Corp. on the sale, while Nordvik \
                 Securities is advising Quantix Inc.",
                &[
                    ("Keltic Partners", ContractWith, "Zephyr Corp."),
                    ("Nordvik Securities", ContractWith, "Quantix Inc."),
                ],
            ),
        ],
    );
}

#[test]
fn each_gapped_passive_clause_names_its_own_client() {
    check(
        &[ContractWith],
        &[
            (
                "Zephyr Corp. was advised by Keltic Partners, and Quantix Inc. by Nordvik Securities.",
                &[
                    ("Keltic Partners", ContractWith, "Zephyr Corp."),
                    ("Nordvik Securities", ContractWith, "Quantix Inc."),
                ],
            ),
            (
                "Brimwell Ltd was advised by Orla Capital, while Zephyr Corp. was advised by the law firm Keltic Partners and Quantix Inc. by Nordvik Securities.",
                &[
                    ("Orla Capital", ContractWith, "Brimwell Ltd"),
                    ("Keltic Partners", ContractWith, "Zephyr Corp."),
                    ("Nordvik Securities", ContractWith, "Quantix Inc."),
                ],
            ),
        ],
    );
    // The same gap in a passive of owning.
    check(
        &[StakeIn],
        &[(
            "Zephyr Corp. is owned by Keltic Partners, and Quantix Inc. by Nordvik Securities.",
            &[
                ("Keltic Partners", StakeIn, "Zephyr Corp."),
                ("Nordvik Securities", StakeIn, "Quantix Inc."),
            ],
        )],
    );
}

#[test]
fn a_firm_hired_as_adviser_or_counsel_is_the_hirers_adviser() {
    check(
        &[ContractWith],
        &[
            (
                "Quantix Inc. has hired Keltic Partners as financial adviser and the law firm Nordvik Legal as legal counsel.",
                &[
                    ("Keltic Partners", ContractWith, "Quantix Inc."),
                    ("Nordvik Legal", ContractWith, "Quantix Inc."),
                ],
            ),
            // A person hired as adviser takes a post, not a contract.
            (
                "Quantix Inc. has hired Anna Lindqvist as financial adviser.",
                &[],
            ),
            // A bank hired beside a law firm or a broker: both advise.
            (
                "Zephyr Corp. is advised by Brimwell Ltd, while Quantix Inc. has hired Orla Capital and the law firm Nordvik Legal.",
                &[
                    ("Brimwell Ltd", ContractWith, "Zephyr Corp."),
                    ("Orla Capital", ContractWith, "Quantix Inc."),
                    ("Nordvik Legal", ContractWith, "Quantix Inc."),
                ],
            ),
            // "hire" as a noun hires nobody.
            (
                "Quantix Inc. already owns the crane hire firm Orla Lift and the Ontario company Nordvik Hoist.",
                &[],
            ),
        ],
    );
}
