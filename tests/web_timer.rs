//! Browser tests of `browser::timer::Timer` as a throttle (the editor's
//! settle delay) and as autosave's bounded debounce; its plain debounce is
//! tested in `web_storage.rs`.
#![cfg(target_arch = "wasm32")]

use kehoach_bdg::browser::timer::Timer;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// A throttle runs while the calls keep coming, not only once they stop:
/// the checklist follows continuous typing.
#[wasm_bindgen_test]
async fn throttle_runs_during_continuous_calls_with_the_last_action() {
    let runs: Rc<RefCell<Vec<u32>>> = Rc::default();
    let timer = Timer::new();
    // Calls every 20 ms for 300 ms, with a 100 ms window: a debounce would
    // run nothing until the end; the throttle runs about every 100 ms.
    for n in 0..15 {
        let sink = Rc::clone(&runs);
        timer.throttle(100, move || sink.borrow_mut().push(n));
        sleep(20).await;
    }
    let during = runs.borrow().len();
    sleep(200).await;
    let after = runs.borrow().clone();
    assert!(during >= 2, "runs while calls keep coming: {after:?}");
    // Each run takes the action given last, and the final call is not lost.
    assert_eq!(after.last(), Some(&14), "{after:?}");
    assert!(after.windows(2).all(|pair| pair[0] < pair[1]), "{after:?}");
    assert!(!timer.is_pending());
}

/// A later call inside the window does not push the run back.
#[wasm_bindgen_test]
async fn throttle_keeps_the_window_already_running() {
    let runs: Rc<RefCell<Vec<u32>>> = Rc::default();
    let timer = Timer::new();
    let sink = Rc::clone(&runs);
    timer.throttle(400, move || sink.borrow_mut().push(1));
    sleep(200).await;
    let sink = Rc::clone(&runs);
    timer.throttle(400, move || sink.borrow_mut().push(2));
    // 500 ms after the first call: past its window (400 ms), not past a
    // window restarted by the second call (600 ms).
    sleep(300).await;
    assert_eq!(*runs.borrow(), [2]);

    // flush and cancel work as for a debounce.
    let sink = Rc::clone(&runs);
    timer.throttle(10_000, move || sink.borrow_mut().push(3));
    timer.flush();
    let sink = Rc::clone(&runs);
    timer.throttle(20, move || sink.borrow_mut().push(4));
    timer.cancel();
    sleep(60).await;
    assert_eq!(*runs.borrow(), [2, 3]);
}

/// Autosave's debounce with an upper bound: it runs during continuous calls
/// at least every `max_ms`, and once more after the last call.
#[wasm_bindgen_test]
async fn debounce_at_most_runs_during_continuous_calls() {
    let runs: Rc<RefCell<Vec<u32>>> = Rc::default();
    let timer = Timer::new();
    // A call every 30 ms for 600 ms: a plain 100 ms debounce would run only
    // at the end; bounded at 200 ms it runs about every 200 ms.
    for n in 0..20 {
        let sink = Rc::clone(&runs);
        timer.debounce_at_most(100, 200, move || sink.borrow_mut().push(n));
        sleep(30).await;
    }
    let during = runs.borrow().len();
    sleep(250).await;
    let after = runs.borrow().clone();
    assert!(during >= 2, "runs while calls keep coming: {after:?}");
    assert_eq!(
        after.last(),
        Some(&19),
        "the last call is not lost: {after:?}"
    );
    assert!(!timer.is_pending());
    // After a quiet spell it is a plain debounce again.
    let sink = Rc::clone(&runs);
    timer.debounce_at_most(100, 200, move || sink.borrow_mut().push(99));
    sleep(50).await;
    assert_eq!(runs.borrow().last(), Some(&19));
    sleep(120).await;
    assert_eq!(runs.borrow().last(), Some(&99));
}
