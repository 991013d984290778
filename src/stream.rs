//! Parsing a stream of documents on all cores, in bounded memory, with the
//! results in input order ([`Attributor::parse_stream`]).
//!
//! The calling thread pulls inputs from the iterator and hands them, in
//! batches of [`STREAM_BATCH`], to worker threads through a channel; the
//! workers run the work (parsing, and whatever the caller makes of the
//! parse) and send the results back; the calling thread puts them back in
//! input order and passes each to the sink. At most [`STREAM_WINDOW`] ×
//! threads batches are between the iterator and the sink at any moment
//! (queued, being worked on, or waiting for an earlier one to finish), so
//! memory stays bounded whatever the length of the stream, and a slow
//! document holds back the pull of new inputs rather than piling up
//! results behind it. Batches make the hand-overs between threads few
//! (one a batch), so that short documents, too, gain from a second core.

use crate::options::Attributor;
use std::collections::VecDeque;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Mutex;

/// How many batches per worker thread may be in flight in
/// [`Attributor::parse_stream`]: pulled from the iterator and not yet
/// passed to the sink.
///
/// ```
/// assert_eq!(quote_attribution::STREAM_WINDOW, 2);
/// ```
pub const STREAM_WINDOW: usize = 2;

/// How many inputs [`Attributor::parse_stream`] hands to a worker thread
/// at once (fewer at the end of the stream). One hand-over costs a few
/// microseconds, as much as parsing a sentence: batches let short texts
/// gain from more cores too.
///
/// ```
/// assert_eq!(quote_attribution::STREAM_BATCH, 64);
/// ```
pub const STREAM_BATCH: usize = 64;

/// A worker's results for one batch, or the panic that stopped it.
type Outcome<R> = std::thread::Result<Vec<R>>;

impl Attributor {
    /// Runs `work` over every input of a stream on `threads` worker threads
    /// (0 means one per available core), and passes the results to `sink`
    /// on the calling thread, in input order. `work` gets this attributor
    /// and one input, and typically parses it and turns the parse into
    /// something that owns its data (a count, a JSON line), since a
    /// [`Document`](crate::Document) borrows its text.
    ///
    /// The stream can be endless: inputs are pulled only as results leave,
    /// at most [`STREAM_WINDOW`] batches of [`STREAM_BATCH`] inputs per
    /// thread ahead of the sink. The iterator
    /// and the sink run on the calling thread, so neither needs to be
    /// `Send` (a locked standard input or output will do). When the sink
    /// returns an error, no more inputs are pulled, the workers stop, and
    /// that error is returned. A panic in `work` is resumed on the calling
    /// thread. With one thread, everything runs on the calling thread.
    ///
    /// ```
    /// use quote_attribution::Attributor;
    ///
    /// let texts = ["“A,” he said.", "She said B was true.", "No quotes."].map(String::from);
    /// let mut counts = Vec::new();
    /// Attributor::new().parse_stream(
    ///     texts,
    ///     2,
    ///     |a, text: String| a.parse(&text).map(|doc| doc.quotes().len()),
    ///     |count| {
    ///         counts.push(count?);
    ///         Ok::<(), quote_attribution::Error>(())
    ///     },
    /// )?;
    /// assert_eq!(counts, [1, 1, 0]);
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn parse_stream<I, R, E, W, S>(
        &self,
        inputs: I,
        threads: usize,
        work: W,
        mut sink: S,
    ) -> std::result::Result<(), E>
    where
        I: IntoIterator,
        I::Item: Send,
        R: Send,
        W: Fn(&Attributor, I::Item) -> R + Sync,
        S: FnMut(R) -> std::result::Result<(), E>,
    {
        let threads = if threads == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            threads
        };
        if threads <= 1 {
            return inputs.into_iter().try_for_each(|x| sink(work(self, x)));
        }
        let window = STREAM_WINDOW * threads;
        // Neither channel can fill up: at most `window` batches are in
        // flight, so neither the calling thread nor a worker ever blocks on
        // a send.
        let (in_tx, in_rx) = sync_channel::<(usize, Vec<I::Item>)>(window);
        let (out_tx, out_rx) = sync_channel::<(usize, Outcome<R>)>(window);
        let in_rx = Mutex::new(in_rx);
        let worker = |out_tx: std::sync::mpsc::SyncSender<(usize, Outcome<R>)>| loop {
            // The lock is held only while taking one batch.
            let next = match in_rx.lock() {
                Ok(rx) => rx.recv(),
                Err(_) => return,
            };
            let Ok((seq, batch)) = next else { return };
            let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
                batch.into_iter().map(|x| work(self, x)).collect()
            }));
            if out_tx.send((seq, outcome)).is_err() {
                return;
            }
        };
        // The closure owns the input sender and the result receiver, so that
        // leaving it (at the end, on a sink error or a panic) drops them:
        // the workers then stop, and the scope joins them.
        std::thread::scope(move |s| {
            for _ in 0..threads {
                let out_tx = out_tx.clone();
                s.spawn(move || worker(out_tx));
            }
            drop(out_tx);
            let mut order = Reorder::new(window);
            let mut inputs = inputs.into_iter();
            // Batches sent so far.
            let mut sent = 0;
            let mut more = true;
            loop {
                // Top up the workers while the window has room.
                while more && sent - order.next < window {
                    let batch: Vec<I::Item> = inputs.by_ref().take(STREAM_BATCH).collect();
                    more = batch.len() == STREAM_BATCH;
                    if batch.is_empty() {
                        break;
                    }
                    // Cannot fail: the workers hold the receiver until this
                    // sender is dropped.
                    let _ = in_tx.send((sent, batch));
                    sent += 1;
                }
                if order.next == sent {
                    return Ok(());
                }
                receive(&out_rx, &mut order)?;
                while let Some(batch) = order.pop() {
                    batch.into_iter().try_for_each(&mut sink)?;
                }
            }
        })
    }
}

/// Takes one result from the workers into `order`, resuming a worker's
/// panic on this thread.
fn receive<R, E>(
    out_rx: &Receiver<(usize, Outcome<R>)>,
    order: &mut Reorder<R>,
) -> std::result::Result<(), E> {
    match out_rx.recv() {
        Ok((seq, Ok(r))) => {
            order.put(seq, r);
            Ok(())
        }
        Ok((_, Err(payload))) => panic::resume_unwind(payload),
        // Every worker has gone, which only a panic outside `work` could
        // cause: the scope's join reports it.
        Err(_) => panic!("parse_stream: every worker thread stopped"),
    }
}

/// Batches of results waiting for the ones before them: slot `i` holds
/// the results of batch `next + i`.
struct Reorder<R> {
    next: usize,
    slots: VecDeque<Option<Vec<R>>>,
}

impl<R> Reorder<R> {
    fn new(window: usize) -> Reorder<R> {
        Reorder {
            next: 0,
            slots: VecDeque::with_capacity(window),
        }
    }

    fn put(&mut self, seq: usize, r: Vec<R>) {
        let i = seq - self.next;
        if self.slots.len() <= i {
            self.slots.resize_with(i + 1, || None);
        }
        self.slots[i] = Some(r);
    }

    /// The next batch of results in input order, if it has arrived.
    fn pop(&mut self) -> Option<Vec<R>> {
        let r = self.slots.front_mut()?.take()?;
        self.slots.pop_front();
        self.next += 1;
        Some(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn results_come_in_input_order() {
        let texts: Vec<String> = (0..200)
            .map(|i| "“Yes,” she said. ".repeat(i % 7))
            .collect();
        let expected: Vec<usize> = texts
            .iter()
            .map(|t| crate::parse(t).quotes().len())
            .collect();
        for threads in [1, 2, 3] {
            let mut got = Vec::new();
            Attributor::new()
                .parse_stream(
                    texts.clone(),
                    threads,
                    |a, t: String| a.parse(&t).map(|d| d.quotes().len()),
                    |n| {
                        got.push(n.expect("parses"));
                        Ok::<(), ()>(())
                    },
                )
                .unwrap();
            assert_eq!(got, expected, "{threads} threads");
        }
    }

    #[test]
    fn a_slow_input_holds_back_the_pull_not_the_memory() {
        // Input 0 is worked on only once the window is full, so every later
        // result waits for it: the number of inputs pulled and not yet
        // passed to the sink must reach the window and never pass it.
        let threads = 2;
        let window = STREAM_WINDOW * threads * STREAM_BATCH;
        let pulled = AtomicUsize::new(0);
        let (mut sunk, mut most) = (0, 0);
        let inputs = (0..1000).inspect(|_| {
            pulled.fetch_add(1, Ordering::SeqCst);
        });
        Attributor::new()
            .parse_stream(
                inputs,
                threads,
                |_, i: usize| {
                    while i == 0 && pulled.load(Ordering::SeqCst) < window {
                        std::thread::yield_now();
                    }
                    i
                },
                |i| {
                    assert_eq!(i, sunk);
                    most = most.max(pulled.load(Ordering::SeqCst) - sunk);
                    sunk += 1;
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
        assert_eq!(sunk, 1000);
        assert_eq!(most, window);
    }

    #[test]
    fn a_sink_error_stops_the_stream() {
        let pulled = AtomicUsize::new(0);
        let inputs = (0..1_000_000).inspect(|_| {
            pulled.fetch_add(1, Ordering::SeqCst);
        });
        let err = Attributor::new().parse_stream(
            inputs,
            2,
            |_, i: usize| i,
            |i| if i == 10 { Err(i) } else { Ok(()) },
        );
        assert_eq!(err, Err(10));
        // The batch of input 10, and a window of batches after it.
        let window = STREAM_WINDOW * 2 * STREAM_BATCH;
        assert!(pulled.load(Ordering::SeqCst) <= 2 * STREAM_BATCH + window);
    }

    #[test]
    fn a_panic_in_the_work_reaches_the_caller() {
        let caught = std::panic::catch_unwind(|| {
            Attributor::new().parse_stream(
                0..100,
                2,
                |_, i: usize| {
                    assert!(i != 50, "input fifty");
                    i
                },
                |_| Ok::<(), ()>(()),
            )
        });
        let payload = caught.unwrap_err();
        let msg = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or_default();
        assert!(msg.contains("input fifty"), "{msg}");
    }

    #[test]
    fn an_empty_stream_is_fine() {
        let r =
            Attributor::new().parse_stream(std::iter::empty::<String>(), 2, |_, t| t, |_| Err(()));
        assert_eq!(r, Ok(()));
    }
}
