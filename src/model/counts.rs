//! Counts of a one-to-one matching between what a system reported and what
//! the gold holds, and the precision, recall and F1 they give: the one
//! scoring type of every evaluation (`crate::eval`) and of the tagger's
//! training, which picks its epochs by dev-set F1.

/// True positives, false positives and false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Reported and right (each paired with one gold item).
    pub tp: usize,
    /// Reported but wrong.
    pub fp: usize,
    /// In the gold but not found.
    pub fn_: usize,
}

impl Counts {
    /// Counts of `matched` one-to-one pairs among `system` reported items and
    /// `gold` expected ones.
    pub fn matched(matched: usize, system: usize, gold: usize) -> Self {
        Counts {
            tp: matched,
            fp: system - matched,
            fn_: gold - matched,
        }
    }

    /// Items reported.
    pub fn system(&self) -> usize {
        self.tp + self.fp
    }

    /// Items in the gold.
    pub fn gold(&self) -> usize {
        self.tp + self.fn_
    }

    /// Precision in [0, 1] (1 when nothing was reported).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.system())
    }

    /// Recall in [0, 1] (1 when nothing was expected).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold())
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        harmonic_mean(self.precision(), self.recall())
    }

    /// Precision in percent as conlleval reports it (0 when nothing was reported).
    pub fn precision_percent(&self) -> f64 {
        percent(self.tp, self.system())
    }

    /// Recall in percent as conlleval reports it (0 when nothing was expected).
    pub fn recall_percent(&self) -> f64 {
        percent(self.tp, self.gold())
    }

    /// F1 in percent as conlleval reports it.
    pub fn f1_percent(&self) -> f64 {
        harmonic_mean(self.precision_percent(), self.recall_percent())
    }

    /// Adds another count.
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

/// `a / b`, 1 when `b` is 0 (nothing to get wrong).
#[allow(clippy::cast_precision_loss)]
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// `100 a / b`, 0 when `b` is 0 (conlleval's convention).
#[allow(clippy::cast_precision_loss)]
fn percent(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// Harmonic mean of two rates (0 when both are 0).
pub fn harmonic_mean(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_and_their_empty_cases() {
        let c = Counts::matched(3, 4, 6);
        assert_eq!((c.tp, c.fp, c.fn_), (3, 1, 3));
        assert_eq!((c.system(), c.gold()), (4, 6));
        assert!((c.precision() - 0.75).abs() < 1e-12);
        assert!((c.recall() - 0.5).abs() < 1e-12);
        assert!((c.f1() - 0.6).abs() < 1e-12);
        assert!((c.f1_percent() - 60.0).abs() < 1e-9);
        let empty = Counts::default();
        assert_eq!((empty.precision(), empty.recall()), (1.0, 1.0));
        assert_eq!((empty.precision_percent(), empty.f1_percent()), (0.0, 0.0));
        let none_right = Counts::matched(0, 2, 2);
        assert_eq!(none_right.f1(), 0.0);
    }
}
