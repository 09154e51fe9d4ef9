//! Native parse + validate time for a generated 10,000-speaker recap
//! (target: under 100 ms). Run with `cargo bench --bench parse`.

use std::time::{Duration, Instant};

use recap_widget::recap::parse;
use recap_widget::view::filter::{PeopleIndex, Selection};

const REGIONS: [&str; 3] = ["Sachsen", "Sachsen-Anhalt", "Thüringen"];
const SECTORS: [&str; 4] = ["Wirtschaft", "Politik", "Verwaltung", "Wissenschaft"];

fn recap(people: usize) -> String {
    let mut speakers = Vec::with_capacity(people);
    let mut quotes = Vec::with_capacity(people / 2);
    for i in 0..people {
        speakers.push(format!(
            r#"{{"id":"p{i}","name":"Person Müller-{i}","honorific":"Dr.","role":"Geschäftsführerin für Digitalisierung {i}","organization":"Beispiel {i} GmbH","region":"{}","sector":"{}","photo":"img/p{i}.jpg","url":"https://example.org/p{i}"}}"#,
            REGIONS[i % 3],
            SECTORS[i % 4]
        ));
        if i % 2 == 0 {
            quotes.push(format!(
                r#"{{"id":"q{i}","speaker":"p{i}","text":"Die Digitalisierung der Verwaltung ist nicht nur eine Herausforderung, sondern auch eine dringende Notwendigkeit ({i}).\n\nZweiter Absatz."}}"#
            ));
        }
    }
    format!(
        r#"{{"version":1,"language":"de","event":{{"title":"Benchmark","date":"2024-04-17","city":"Erfurt"}},"speakers":[{}],"quotes":[{}]}}"#,
        speakers.join(","),
        quotes.join(",")
    )
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Runs `f` `runs` times (`BENCH_RUNS` overrides, e.g. 1 under a profiler) and returns the median.
fn measure(runs: usize, mut f: impl FnMut()) -> Duration {
    let runs = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(runs);
    f(); // warm-up
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .collect(),
    )
}

fn main() {
    for people in [1_000, 10_000] {
        let text = recap(people);
        let parse_time = measure(21, || {
            let parsed = parse(&text)
                .map_err(|e| e.fatal)
                .expect("generated recap is valid");
            assert_eq!(parsed.recap.speakers.len(), people);
        });
        let serde_time = measure(21, || {
            drop(serde_json::from_str::<recap_widget::recap::file::RecapFile>(&text))
        });
        println!("{people:>6} speakers: serde reading alone {serde_time:>8.2?}");
        let recap = parse(&text).map_err(|e| e.fatal).expect("valid").recap;
        let index_time = measure(21, || drop(PeopleIndex::new(&recap)));
        let index = PeopleIndex::new(&recap);
        let mut selection = Selection::default();
        selection.toggle_region(recap_widget::recap::Region::Sachsen);
        let filter_time = measure(101, || drop(index.apply(&selection)));
        let search = Selection {
            query: "müller-99".into(),
            ..Selection::default()
        };
        let search_time = measure(101, || drop(index.apply(&search)));
        println!(
            "{people:>6} speakers ({:.1} MB): parse+validate {:>8.2?}  index {:>8.2?}  region filter {:>8.2?}  search {:>8.2?}",
            text.len() as f64 / 1e6,
            parse_time,
            index_time,
            filter_time,
            search_time
        );
    }
}
