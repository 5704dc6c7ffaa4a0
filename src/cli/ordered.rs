//! A stream of jobs worked on a rayon pool and handed back in input order,
//! with a bounded number in flight: memory stays flat however long the
//! stream, and no core waits for a slow neighbour's window to finish (a job
//! starts whenever one is handed back, not when a whole chunk is done).

use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;
use std::sync::mpsc;

use rayon::ThreadPool;

/// Runs `work` on every job of `jobs` in `pool`, at most `window` jobs read
/// but not yet handed back at any time, and calls `emit` with each result
/// in the order of `jobs` (on the calling thread, which also reads `jobs`).
/// A job whose work panics is handed back as `Err` in its place.
pub fn for_each_ordered<J, R>(
    pool: &ThreadPool,
    window: usize,
    jobs: impl Iterator<Item = J>,
    work: impl Fn(J) -> R + Sync,
    mut emit: impl FnMut(std::thread::Result<R>),
) where
    J: Send,
    R: Send,
{
    let window = window.max(1);
    let work = &work;
    let (tx, rx) = mpsc::channel::<(usize, std::thread::Result<R>)>();
    pool.in_place_scope_fifo(|scope| {
        let mut jobs = jobs.enumerate();
        let mut waiting: BTreeMap<usize, std::thread::Result<R>> = BTreeMap::new();
        let (mut started, mut next, mut exhausted) = (0, 0, false);
        loop {
            while !exhausted && started - next < window {
                match jobs.next() {
                    Some((index, job)) => {
                        let tx = tx.clone();
                        scope.spawn_fifo(move |_| {
                            let result = std::panic::catch_unwind(AssertUnwindSafe(|| work(job)));
                            // The receiver lives until every job is back.
                            let _ = tx.send((index, result));
                        });
                        started += 1;
                    }
                    None => exhausted = true,
                }
            }
            if next == started {
                break;
            }
            let Ok((index, result)) = rx.recv() else {
                break;
            };
            waiting.insert(index, result);
            while let Some(result) = waiting.remove(&next) {
                emit(result);
                next += 1;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_order_with_few_in_flight() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .expect("pool");
        let in_flight = std::sync::atomic::AtomicUsize::new(0);
        let most = std::sync::atomic::AtomicUsize::new(0);
        let mut got = Vec::new();
        for_each_ordered(
            &pool,
            4,
            (0..200u64).inspect(|_| {
                let now = in_flight.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
                most.fetch_max(now, std::sync::atomic::Ordering::SeqCst);
            }),
            |n| {
                // Later jobs finish sooner: the order must be restored.
                std::thread::sleep(std::time::Duration::from_micros((200 - n) * 20));
                assert!(n != 77, "a job that fails");
                n * 2
            },
            |r| {
                in_flight.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
                got.push(r.ok());
            },
        );
        let want: Vec<Option<u64>> = (0..200).map(|n| (n != 77).then_some(n * 2)).collect();
        assert_eq!(got, want);
        assert!(most.load(std::sync::atomic::Ordering::SeqCst) <= 4);
    }

    #[test]
    fn one_thread_and_no_jobs_do_not_hang() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("pool");
        let mut got = Vec::new();
        for_each_ordered(&pool, 1, 0..3, |n| n + 1, |r| got.push(r.ok()));
        assert_eq!(got, [Some(1), Some(2), Some(3)]);
        for_each_ordered(
            &pool,
            8,
            std::iter::empty::<u8>(),
            |n| n,
            |_| unreachable!(),
        );
    }
}
