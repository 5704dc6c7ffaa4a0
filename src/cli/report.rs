//! What a batch tells on stderr: a progress bar with rate and ETA while it
//! runs (on a terminal only), one line per article that failed, and a
//! summary at the end.

use std::io::IsTerminal as _;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// What the progress bar counts towards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Total {
    /// A known number of articles.
    Articles(u64),
    /// The bytes of a stream whose size is known (stdin from a file).
    Bytes(u64),
    /// A stream of unknown length: a spinner with the rate.
    Unknown,
}

/// How a batch went.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tally {
    /// Articles taken in (succeeded or failed), plus inputs that could not
    /// be expanded.
    pub articles: u64,
    /// Of those, failed.
    pub failed: u64,
    /// Bytes of input read: file sizes, stdin line lengths.
    pub bytes: u64,
    /// From the first article read to the last written.
    pub elapsed: Duration,
    /// Threads analysing.
    pub threads: usize,
}

impl Tally {
    /// Input megabytes (10^6 bytes) per second.
    pub fn megabytes_per_second(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64();
        if secs > 0.0 {
            self.bytes as f64 / 1e6 / secs
        } else {
            0.0
        }
    }

    /// The summary line.
    pub fn summary(&self) -> String {
        format!(
            "{} article{} ({} failed), {:.2} MB in {:.2} s: {:.2} MB/s, {:.1} articles/s on {} thread{}",
            self.articles,
            if self.articles == 1 { "" } else { "s" },
            self.failed,
            self.bytes as f64 / 1e6,
            self.elapsed.as_secs_f64(),
            self.megabytes_per_second(),
            self.articles as f64 / self.elapsed.as_secs_f64().max(1e-9),
            self.threads,
            if self.threads == 1 { "" } else { "s" },
        )
    }
}

/// The progress bar and the running tally.
pub struct Progress {
    bar: ProgressBar,
    total: Total,
    tally: Tally,
    started: Instant,
}

impl Progress {
    /// A bar counting towards `total`, drawn only when stderr is a terminal
    /// and `quiet` is off.
    pub fn new(total: Total, quiet: bool, threads: usize) -> Self {
        let target = if quiet || !std::io::stderr().is_terminal() {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        };
        let (len, template) = match total {
            Total::Articles(n) => (
                Some(n),
                "{elapsed_precise} {wide_bar} {pos}/{len} articles, {per_sec}, ETA {eta} {msg}",
            ),
            Total::Bytes(n) => (
                Some(n),
                "{elapsed_precise} {wide_bar} {bytes}/{total_bytes}, {bytes_per_sec}, ETA {eta} {msg}",
            ),
            Total::Unknown => (
                None,
                "{spinner} {elapsed_precise} {pos} articles, {per_sec} {msg}",
            ),
        };
        let bar = ProgressBar::with_draw_target(len, target);
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(200));
        Self {
            bar,
            total,
            tally: Tally {
                threads,
                ..Tally::default()
            },
            started: Instant::now(),
        }
    }

    /// Prints a line above the bar.
    pub fn line(&self, text: &str) {
        self.bar.suspend(|| eprintln!("{text}"));
    }

    /// An input that could not be expanded or read: its line, counted as a
    /// failed article.
    pub fn problem(&mut self, text: &str) {
        self.line(&format!("error: {text}"));
        self.tally.articles += 1;
        self.tally.failed += 1;
    }

    /// One article done, `bytes` read for it, failed or not.
    pub fn done(&mut self, bytes: u64, error: Option<&str>) {
        if let Some(e) = error {
            self.line(&format!("error: {e}"));
            self.tally.failed += 1;
        }
        self.tally.articles += 1;
        self.tally.bytes += bytes;
        match self.total {
            Total::Bytes(_) => self.bar.inc(bytes),
            _ => self.bar.inc(1),
        }
        if self.tally.failed > 0 {
            self.bar
                .set_message(format!("{} failed", self.tally.failed));
        }
    }

    /// Clears the bar and returns the tally.
    pub fn finish(mut self) -> Tally {
        self.bar.finish_and_clear();
        self.tally.elapsed = self.started.elapsed();
        self.tally
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_articles_failures_and_speed() {
        let tally = Tally {
            articles: 3,
            failed: 1,
            bytes: 2_500_000,
            elapsed: Duration::from_secs(2),
            threads: 2,
        };
        assert_eq!(
            tally.summary(),
            "3 articles (1 failed), 2.50 MB in 2.00 s: 1.25 MB/s, 1.5 articles/s on 2 threads"
        );
    }
}
