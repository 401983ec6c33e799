//! Browser tests of the storage, download and clock adapters, against the
//! real `localStorage` of headless Chromium. Each test uses its own
//! namespace and removes its keys at the end; tests that change global
//! state (a full storage, a blocked `localStorage`) restore it before they
//! assert anything, since a failed assertion aborts the test without
//! running destructors.
#![cfg(target_arch = "wasm32")]

use kehoach_bdg::browser::clock::{local_hh_mm, now_iso, now_millis, random_u32};
use kehoach_bdg::browser::download::download_text;
use kehoach_bdg::browser::storage::{
    on_external_change, on_page_hide, probe, request_persist, DraftStore, ExternalChange,
    LoadProblem, SaveError, StorageError, StorageStatus,
};
use kehoach_bdg::browser::timer::Timer;
use kehoach_bdg::domain::draft::{
    decode, draft_key, encode, index_key, DraftError, DraftIndex, DraftMeta, SCHEMA_VERSION,
};
use kehoach_bdg::domain::plan::{
    Assignment, Citation, Plan, PlanKind, ReportDeadline, Target, TaskGroup, TaskItem,
};
use kehoach_bdg::domain::Date;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn window() -> web_sys::Window {
    web_sys::window().unwrap()
}

fn local() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

/// A namespace no other test (or earlier run) uses.
fn fresh_ns(tag: &str) -> String {
    format!("t-{tag}-{:08x}", random_u32())
}

/// Removes every key of the namespace.
fn clear_ns(ns: &str) {
    let s = local();
    let prefix = format!("{ns}:");
    let keys: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(&prefix))
        .collect();
    for k in keys {
        s.remove_item(&k).unwrap();
    }
}

fn meta(name: &str) -> DraftMeta {
    DraftMeta {
        id: String::new(),
        name: name.to_string(),
        kind: PlanKind::Annual,
        saved_at: String::new(),
        completeness: 40,
    }
}

fn small_plan(subject: &str) -> Plan {
    let mut plan = Plan::new(PlanKind::Annual, Default::default());
    plan.title.subject = subject.to_string();
    plan.header.issuer = "Trường Tiểu học Hoà Bình".to_string();
    plan.header.date = Date::new(2024, 9, 20);
    plan.recipients = vec!["Phòng Giáo dục và Đào tạo".to_string()];
    plan
}

/// What `load` should give back for `plan`.
fn normalized(plan: &Plan) -> Plan {
    let mut p = plan.clone();
    p.normalize();
    p
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

// ---------------------------------------------------------------------------
// Drafts
// ---------------------------------------------------------------------------

#[wasm_bindgen_test]
fn save_then_load_round_trips_and_lists_the_draft() {
    let ns = fresh_ns("roundtrip");
    assert_eq!(probe(), StorageStatus::Available);
    let store = DraftStore::open(&ns).unwrap();
    let plan = small_plan("Thực hiện công tác bình đẳng giới năm học 2024-2025");
    let at = "2024-09-20T08:15:00.000Z";
    store.save("d1", meta("Kế hoạch BĐG"), &plan, at).unwrap();

    let envelope = store.load("d1").unwrap();
    assert_eq!(envelope.schema_version, SCHEMA_VERSION);
    assert_eq!(envelope.saved_at, at);
    assert_eq!(envelope.plan, normalized(&plan));

    let index = store.index().unwrap();
    assert_eq!(index.drafts.len(), 1);
    let entry = &index.drafts[0];
    assert_eq!(
        (
            entry.id.as_str(),
            entry.name.as_str(),
            entry.saved_at.as_str()
        ),
        ("d1", "Kế hoạch BĐG", at)
    );
    assert_eq!(entry.completeness, 40);
    assert_eq!(index.last_open.as_deref(), Some("d1"));
    // The stored form is the domain's envelope, not a JSON string of it.
    let raw = local().get_item(&draft_key(&ns, "d1")).unwrap().unwrap();
    assert!(raw.starts_with('{'), "{raw}");
    assert_eq!(decode(&raw).unwrap().plan, normalized(&plan));

    assert!(matches!(
        store.load("khong-co"),
        Err(LoadProblem::NotFound { .. })
    ));
    assert_eq!(
        store.save("co:hai-cham", meta("x"), &plan, at),
        Err(SaveError::InvalidId("co:hai-cham".into()))
    );
    clear_ns(&ns);
}

#[wasm_bindgen_test]
fn index_follows_save_rename_duplicate_and_delete() {
    let ns = fresh_ns("index");
    let store = DraftStore::open(&ns).unwrap();
    let a = small_plan("Kế hoạch năm 2024");
    let b = small_plan("Tháng hành động vì bình đẳng giới năm 2024");
    store
        .save("a", meta("Năm 2024"), &a, "2024-01-02T00:00:00.000Z")
        .unwrap();
    store
        .save("b", meta(""), &b, "2024-11-02T00:00:00.000Z")
        .unwrap();

    let index = store.index().unwrap();
    let names: Vec<(&str, &str)> = index
        .drafts
        .iter()
        .map(|m| (m.id.as_str(), m.name.as_str()))
        .collect();
    // An empty name becomes the plan's default name.
    assert_eq!(
        names,
        [
            ("a", "Năm 2024"),
            ("b", "Tháng hành động vì bình đẳng giới năm 2024")
        ]
    );
    assert_eq!(index.last_open.as_deref(), Some("b"));

    // Renaming to a taken name gets a copy number.
    assert_eq!(
        store.rename("b", " năm   2024 ").unwrap(),
        "năm 2024 (bản sao 2)"
    );
    assert!(matches!(
        store.rename("zzz", "x"),
        Err(SaveError::Load(LoadProblem::NotFound { .. }))
    ));

    let copy = store.duplicate("a").unwrap();
    assert_ne!(copy.id, "a");
    assert_eq!(copy.name, "Năm 2024 (bản sao 3)");
    assert_eq!(store.load(&copy.id).unwrap().plan, normalized(&a));
    let index = store.index().unwrap();
    assert_eq!(index.drafts.len(), 3);
    // Duplicating does not switch the open draft.
    assert_eq!(index.last_open.as_deref(), Some("b"));

    store.delete("b").unwrap();
    let index = store.index().unwrap();
    let ids: Vec<&str> = index.drafts.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["a", copy.id.as_str()]);
    assert_eq!(index.last_open, None);
    assert_eq!(local().get_item(&draft_key(&ns, "b")).unwrap(), None);
    clear_ns(&ns);
}

#[wasm_bindgen_test]
fn corrupt_draft_is_backed_up_and_left_untouched_until_the_user_acts() {
    let ns = fresh_ns("corrupt");
    let store = DraftStore::open(&ns).unwrap();
    let key = draft_key(&ns, "d1");
    // A save cut off mid-write.
    let broken = r#"{"schema_version":2,"saved_at":"2024-10-01T10:00:00.000Z","plan":{"kind":"ann"#;
    local().set_item(&key, broken).unwrap();

    let problem = store.load("d1").unwrap_err();
    let LoadProblem::Draft {
        id,
        error,
        raw,
        backup_key,
    } = &problem
    else {
        panic!("expected a draft problem, got {problem:?}");
    };
    assert_eq!(id, "d1");
    assert!(matches!(error, DraftError::InvalidJson { .. }), "{error:?}");
    assert_eq!(raw, broken);
    let backup_key = backup_key.clone().expect("a backup was written");
    assert!(
        backup_key.starts_with(&format!("{ns}:backup:d1:")),
        "{backup_key}"
    );
    assert_eq!(store.raw(&backup_key).as_deref(), Some(broken));
    // The draft key itself still holds the broken text.
    assert_eq!(local().get_item(&key).unwrap().as_deref(), Some(broken));
    let text = problem.to_string();
    assert!(text.contains("Bản nháp bị hỏng"), "{text}");
    assert!(text.contains("đã được sao lưu"), "{text}");

    // Opening it again keeps one copy, not two.
    let again = store.load("d1").unwrap_err();
    assert!(
        matches!(again, LoadProblem::Draft { backup_key: Some(ref k), .. } if *k == backup_key)
    );
    assert_eq!(
        store.backups(),
        vec![(backup_key.clone(), broken.to_string())]
    );

    // The user chooses to start over: saving replaces the broken value,
    // whose copy stays.
    let plan = small_plan("Kế hoạch mới");
    store
        .save("d1", meta("Mới"), &plan, "2024-10-02T00:00:00.000Z")
        .unwrap();
    assert_eq!(store.load("d1").unwrap().plan, normalized(&plan));
    assert_eq!(store.backups().len(), 1);
    store.remove_backup(&backup_key).unwrap();
    assert!(store.backups().is_empty());
    clear_ns(&ns);
}

#[wasm_bindgen_test]
fn saving_over_an_unread_broken_value_backs_it_up_first() {
    let ns = fresh_ns("overwrite");
    let store = DraftStore::open(&ns).unwrap();
    let key = draft_key(&ns, "d1");
    local().set_item(&key, "không phải JSON").unwrap();
    store
        .save(
            "d1",
            meta("A"),
            &small_plan("A"),
            "2024-10-02T00:00:00.000Z",
        )
        .unwrap();
    let backups = store.backups();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(backups[0].1, "không phải JSON");
    clear_ns(&ns);
}

#[wasm_bindgen_test]
fn too_new_draft_is_refused_and_backed_up() {
    let ns = fresh_ns("toonew");
    let store = DraftStore::open(&ns).unwrap();
    let key = draft_key(&ns, "d9");
    let newer = r#"{"schema_version":99,"saved_at":"2031-01-01T00:00:00.000Z","plan":{"kind":"annual","hologram":true}}"#;
    local().set_item(&key, newer).unwrap();

    let problem = store.load("d9").unwrap_err();
    let LoadProblem::Draft {
        error, backup_key, ..
    } = &problem
    else {
        panic!("expected a draft problem, got {problem:?}");
    };
    assert_eq!(
        *error,
        DraftError::TooNew {
            found: 99,
            supported: SCHEMA_VERSION
        }
    );
    let backup_key = backup_key.clone().unwrap();
    assert_eq!(store.raw(&backup_key).as_deref(), Some(newer));
    assert_eq!(local().get_item(&key).unwrap().as_deref(), Some(newer));
    assert!(problem.to_string().contains("phiên bản mới hơn"));
    clear_ns(&ns);
}

#[wasm_bindgen_test]
fn corrupt_index_is_backed_up_and_rebuilt_from_the_draft_keys() {
    let ns = fresh_ns("index-corrupt");
    let store = DraftStore::open(&ns).unwrap();
    store
        .save(
            "a",
            meta("Một"),
            &small_plan("Kế hoạch một"),
            "2024-01-01T00:00:00.000Z",
        )
        .unwrap();
    store
        .save(
            "b",
            meta("Hai"),
            &small_plan("Kế hoạch hai"),
            "2024-02-01T00:00:00.000Z",
        )
        .unwrap();
    let garbage = r#"{"schema_version":1,"drafts":[{"id":"a","na"#;
    local().set_item(&index_key(&ns), garbage).unwrap();

    let problem = store.index().unwrap_err();
    let LoadProblem::Index {
        rebuilt,
        backup_key,
        raw,
        ..
    } = &problem
    else {
        panic!("expected an index problem, got {problem:?}");
    };
    assert_eq!(raw, garbage);
    let backup_key = backup_key.clone().unwrap();
    assert!(backup_key.starts_with(&format!("{ns}:index-backup:")));
    assert_eq!(store.raw(&backup_key).as_deref(), Some(garbage));
    let mut found: Vec<(&str, &str)> = rebuilt
        .drafts
        .iter()
        .map(|m| (m.id.as_str(), m.name.as_str()))
        .collect();
    found.sort();
    assert_eq!(found, [("a", "Kế hoạch một"), ("b", "Kế hoạch hai")]);
    assert!(problem.to_string().contains("dựng lại"));

    // The rebuilt list was written back: the next read is clean.
    let stored = local().get_item(&index_key(&ns)).unwrap().unwrap();
    assert_eq!(DraftIndex::decode(&stored).as_ref(), Ok(rebuilt));
    assert_eq!(store.index().as_ref(), Ok(rebuilt));
    clear_ns(&ns);
}

#[wasm_bindgen_test]
fn index_recovers_drafts_it_does_not_list_and_drops_vanished_ones() {
    let ns = fresh_ns("reconcile");
    let store = DraftStore::open(&ns).unwrap();
    store
        .save(
            "a",
            meta("Một"),
            &small_plan("Một"),
            "2024-01-01T00:00:00.000Z",
        )
        .unwrap();
    // A draft whose index write never happened, and one that cannot be read.
    local()
        .set_item(
            &draft_key(&ns, "orphan"),
            &encode(&small_plan("Kế hoạch mồ côi"), "2024-03-01T00:00:00.000Z"),
        )
        .unwrap();
    local().set_item(&draft_key(&ns, "zz"), "{hỏng").unwrap();
    // An entry whose draft is gone.
    local().remove_item(&draft_key(&ns, "a")).unwrap();

    let index = store.index().unwrap();
    let found: Vec<(&str, &str)> = index
        .drafts
        .iter()
        .map(|m| (m.id.as_str(), m.name.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("orphan", "Kế hoạch mồ côi"),
            ("zz", "Bản nháp không đọc được")
        ]
    );
    assert_eq!(index.last_open, None);
    // The unreadable one is still there for the user to open and download.
    assert_eq!(
        local().get_item(&draft_key(&ns, "zz")).unwrap().as_deref(),
        Some("{hỏng")
    );
    clear_ns(&ns);
}

/// Fills `localStorage` to the brim with keys starting with `prefix`;
/// returns the keys and the number of characters written.
fn fill_storage(prefix: &str) -> (Vec<String>, usize) {
    let s = local();
    let mut keys = Vec::new();
    let mut written = 0;
    let mut chunk = 1 << 20;
    while chunk >= 1 {
        let key = format!("{prefix}{}", keys.len());
        let value = "x".repeat(chunk);
        if s.set_item(&key, &value).is_ok() {
            written += key.len() + chunk;
            keys.push(key);
        } else {
            chunk /= 2;
        }
    }
    (keys, written)
}

#[wasm_bindgen_test]
fn full_storage_reports_quota_and_never_overwrites_unbackedup_data() {
    let ns = fresh_ns("quota");
    let filler = format!("{ns}-filler:");
    let store = DraftStore::open(&ns).unwrap();
    let broken_key = draft_key(&ns, "broken");
    let broken = r#"{"schema_version":2,"plan":{"title":{"subject":"cắt ngang"#;
    local().set_item(&broken_key, broken).unwrap();
    let plan = small_plan("Kế hoạch khi bộ nhớ đầy");
    let at = "2024-12-01T00:00:00.000Z";

    let (keys, written) = fill_storage(&filler);
    let when_full = store.save("a", meta("A"), &plan, at);
    let broken_when_full = store.save("broken", meta("B"), &plan, at);
    let broken_after = local().get_item(&broken_key).unwrap();
    let status_when_full = probe();
    let message = when_full.as_ref().err().map(|e| e.to_string());
    // Free the space before asserting anything.
    for k in &keys {
        local().remove_item(k).unwrap();
    }
    let after_freeing = store.save("a", meta("A"), &plan, at);
    let broken_after_freeing = store.save("broken", meta("B"), &plan, at);
    let backups = store.backups();
    clear_ns(&ns);

    console_log!("quota: localStorage took {written} characters (keys + values) before refusing");
    assert_eq!(when_full, Err(SaveError::Quota));
    assert!(message.unwrap().contains("đã đầy"));
    assert_eq!(broken_when_full, Err(SaveError::UnreadableNotBackedUp));
    assert_eq!(broken_after.as_deref(), Some(broken));
    // Full is not blocked: drafts can still be read.
    assert_eq!(status_when_full, StorageStatus::Available);
    assert_eq!(after_freeing, Ok(()));
    assert_eq!(broken_after_freeing, Ok(()));
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].1, broken);
}

#[wasm_bindgen_test]
fn blocked_local_storage_is_reported_as_disabled() {
    let win = window();
    let win_obj: &js_sys::Object = win.unchecked_ref();
    let name = JsValue::from_str("localStorage");
    let original = js_sys::Object::get_own_property_descriptor(win_obj, &name);

    let descriptor = js_sys::Object::new();
    let getter = js_sys::Function::new_no_args("throw new DOMException('denied', 'SecurityError')");
    js_sys::Reflect::set(&descriptor, &JsValue::from_str("get"), &getter).unwrap();
    js_sys::Reflect::set(
        &descriptor,
        &JsValue::from_str("configurable"),
        &JsValue::TRUE,
    )
    .unwrap();
    js_sys::Object::define_property(win_obj, &name, &descriptor);

    let status = probe();
    let opened = DraftStore::open("t-blocked");

    // Restore before asserting.
    if original.is_undefined() {
        js_sys::Reflect::delete_property(win_obj, &name).unwrap();
    } else {
        js_sys::Object::define_property(win_obj, &name, original.unchecked_ref());
    }
    assert!(win.local_storage().unwrap().is_some(), "restored");

    assert_eq!(status, StorageStatus::Disabled);
    let err = opened.unwrap_err();
    assert_eq!(err, StorageError::Disabled);
    assert!(err.to_string().contains("đang chặn"), "{err}");
    assert_eq!(probe(), StorageStatus::Available);
}

#[wasm_bindgen_test]
async fn asking_for_persistent_storage_never_throws() {
    // Headless Chromium answers (false) without a prompt; a second call is
    // a no-op. A throw would abort the test.
    request_persist();
    request_persist();
    sleep(50).await;
    assert_eq!(probe(), StorageStatus::Available);
}

#[wasm_bindgen_test]
fn invalid_namespace_is_refused() {
    let err = DraftStore::open("có dấu").unwrap_err();
    assert_eq!(err, StorageError::InvalidNamespace("có dấu".into()));
    assert!(err.to_string().contains("không hợp lệ"));
}

// ---------------------------------------------------------------------------
// Two tabs
// ---------------------------------------------------------------------------

fn storage_event(key: Option<&str>, new_value: Option<&str>, area: &web_sys::Storage) {
    let init = web_sys::StorageEventInit::new();
    init.set_key(key);
    init.set_new_value(new_value);
    init.set_storage_area(Some(area));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    window().dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
fn storage_events_of_our_namespace_reach_the_callback() {
    let ns = fresh_ns("events");
    let got: Rc<RefCell<Vec<ExternalChange>>> = Rc::default();
    let sink = Rc::clone(&got);
    let handle = on_external_change(&ns, move |c| sink.borrow_mut().push(c));
    let ls = local();

    storage_event(Some(&draft_key(&ns, "d1")), Some("{…}"), &ls);
    storage_event(Some(&index_key(&ns)), None, &ls);
    // Ignored: another namespace, one that merely starts with ours, the
    // probe key, and sessionStorage.
    storage_event(Some("khac:draft:d1"), Some("x"), &ls);
    storage_event(Some(&format!("{ns}x:draft:d1")), Some("x"), &ls);
    storage_event(Some("kehoach-bdg.probe"), Some("1"), &ls);
    let session = window().session_storage().unwrap().unwrap();
    storage_event(Some(&draft_key(&ns, "d2")), Some("x"), &session);
    // Another tab cleared everything.
    storage_event(None, None, &ls);

    let seen = got.borrow().clone();
    assert_eq!(
        seen,
        vec![
            ExternalChange {
                key: Some(draft_key(&ns, "d1")),
                draft_id: Some("d1".into()),
                new_value: Some("{…}".into()),
            },
            ExternalChange {
                key: Some(index_key(&ns)),
                draft_id: None,
                new_value: None,
            },
            ExternalChange {
                key: None,
                draft_id: None,
                new_value: None,
            },
        ]
    );
    assert!(!seen[0].touches_index(&ns));
    assert!(seen[1].touches_index(&ns));
    assert!(seen[2].touches_index(&ns));

    drop(handle);
    storage_event(Some(&draft_key(&ns, "d1")), Some("y"), &ls);
    assert_eq!(
        got.borrow().len(),
        3,
        "dropping the handle removes the listener"
    );
}

// ---------------------------------------------------------------------------
// Autosave helpers
// ---------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn debouncer_runs_the_last_action_once() {
    let runs: Rc<RefCell<Vec<u32>>> = Rc::default();
    let d = Timer::new();
    for n in [1, 2] {
        let r = Rc::clone(&runs);
        d.debounce(30, move || r.borrow_mut().push(n));
    }
    assert!(d.is_pending());
    assert!(runs.borrow().is_empty(), "nothing runs before the delay");
    sleep(150).await;
    assert_eq!(*runs.borrow(), [2]);
    assert!(!d.is_pending());

    // flush runs now; nothing runs again later.
    let r = Rc::clone(&runs);
    d.debounce(10_000, move || r.borrow_mut().push(3));
    d.flush();
    assert_eq!(*runs.borrow(), [2, 3]);
    d.flush();
    assert_eq!(*runs.borrow(), [2, 3]);

    // cancel drops it.
    let r = Rc::clone(&runs);
    d.debounce(20, move || r.borrow_mut().push(4));
    d.cancel();
    sleep(80).await;
    assert_eq!(*runs.borrow(), [2, 3]);

    // An action may schedule the next one on a clone.
    let again = d.clone();
    let r = Rc::clone(&runs);
    d.debounce(10, move || {
        r.borrow_mut().push(5);
        let r2 = Rc::clone(&r);
        again.debounce(10, move || r2.borrow_mut().push(6));
    });
    sleep(120).await;
    assert_eq!(*runs.borrow(), [2, 3, 5, 6]);
}

#[wasm_bindgen_test]
async fn dropping_the_debouncer_cancels_its_timer() {
    let runs = Rc::new(Cell::new(0));
    {
        let d = Timer::new();
        let r = Rc::clone(&runs);
        d.debounce(20, move || r.set(r.get() + 1));
    }
    // A timer left behind would call a freed closure and throw.
    sleep(80).await;
    assert_eq!(runs.get(), 0);
}

#[wasm_bindgen_test]
fn page_hide_fires_on_pagehide_and_on_hidden_only() {
    let calls = Rc::new(Cell::new(0));
    let c = Rc::clone(&calls);
    let handle = on_page_hide(move || c.set(c.get() + 1));
    let doc = window().document().unwrap();

    window()
        .dispatch_event(&web_sys::Event::new("pagehide").unwrap())
        .unwrap();
    assert_eq!(calls.get(), 1);

    let hidden = doc.visibility_state() == web_sys::VisibilityState::Hidden;
    doc.dispatch_event(&web_sys::Event::new("visibilitychange").unwrap())
        .unwrap();
    assert_eq!(calls.get(), if hidden { 2 } else { 1 }, "hidden: {hidden}");
    let before = calls.get();

    drop(handle);
    window()
        .dispatch_event(&web_sys::Event::new("pagehide").unwrap())
        .unwrap();
    assert_eq!(calls.get(), before);
}

// ---------------------------------------------------------------------------
// Download
// ---------------------------------------------------------------------------

async fn fetch_text(url: &str) -> Result<String, JsValue> {
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
        .await?
        .dyn_into()?;
    let text = JsFuture::from(response.text()?).await?;
    Ok(text.as_string().unwrap_or_default())
}

#[wasm_bindgen_test]
async fn download_clicks_a_link_whose_url_outlives_the_click() {
    let clicked: Rc<RefCell<Vec<(String, String)>>> = Rc::default();
    let sink = Rc::clone(&clicked);
    let on_click = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(
        move |e: web_sys::Event| {
            if let Some(a) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            {
                // No real download in the test browser.
                e.prevent_default();
                sink.borrow_mut().push((a.href(), a.download()));
            }
        },
    );
    let doc = window().document().unwrap();
    doc.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())
        .unwrap();

    let result = download_text("Kế hoạch ✓", "ke-hoach.txt", "text/plain;charset=utf-8");

    doc.remove_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())
        .unwrap();
    assert_eq!(result, Ok(()));
    let clicked = clicked.borrow().clone();
    assert_eq!(clicked.len(), 1);
    let (href, name) = &clicked[0];
    assert_eq!(name, "ke-hoach.txt");
    assert!(href.starts_with("blob:"), "{href}");
    assert!(
        doc.query_selector("a[download]").unwrap().is_none(),
        "the temporary link is removed"
    );
    // Still readable right after the click, revoked a moment later.
    assert_eq!(fetch_text(href).await.unwrap(), "Kế hoạch ✓");
    sleep(1_500).await;
    assert!(
        fetch_text(href).await.is_err(),
        "the object URL was revoked"
    );
}

// ---------------------------------------------------------------------------
// Clock
// ---------------------------------------------------------------------------

#[wasm_bindgen_test]
fn clock_gives_utc_iso_local_minutes_and_random_numbers() {
    let iso = now_iso();
    assert_eq!(iso.len(), 24, "{iso}");
    assert!(iso.ends_with('Z'), "{iso}");
    let parsed = js_sys::Date::parse(&iso);
    let now = now_millis() as f64;
    assert!((now - parsed).abs() < 5_000.0, "{iso} vs {now}");

    // 07:32 UTC in the browser's zone, computed from the zone offset.
    let at = "2024-11-15T07:32:10.123Z";
    let offset = js_sys::Date::new(&JsValue::from_str(at)).get_timezone_offset() as i32;
    let minutes = (7 * 60 + 32 - offset).rem_euclid(24 * 60);
    assert_eq!(
        local_hh_mm(at),
        format!("{:02}:{:02}", minutes / 60, minutes % 60)
    );
    assert_eq!(local_hh_mm("không phải ngày giờ"), "");

    let draws: Vec<u32> = (0..8).map(|_| random_u32()).collect();
    assert!(draws.iter().any(|&d| d != draws[0]), "{draws:?}");
}

// ---------------------------------------------------------------------------
// Measurement (prints, never asserts a time)
// ---------------------------------------------------------------------------

/// About 120 characters of Vietnamese, different for each `n`.
fn sentence(kind: &str, n: usize) -> String {
    let s = format!(
        "{kind} số {n}: tổ chức tuyên truyền, lồng ghép nội dung bình đẳng giới và phòng ngừa \
         bạo lực trên cơ sở giới cho học sinh khối {}",
        n % 5 + 1
    );
    debug_assert!(s.chars().count() > 100);
    s
}

/// A large plan: 20 citations, 30 targets, 200 tasks in 10 groups,
/// 30 assignments, 10 reports, 10 recipients (300 list items).
fn big_plan() -> Plan {
    let mut plan = small_plan(
        "Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm học 2024-2025",
    );
    plan.lead_in = sentence("Mở đầu", 0);
    plan.general_aim = sentence("Mục tiêu chung", 0);
    plan.funding = sentence("Kinh phí", 0);
    plan.closing = sentence("Kết thúc", 0);
    let mut id = 1;
    let mut next = || {
        id += 1;
        id
    };
    plan.basis = (0..20)
        .map(|n| Citation {
            id: next(),
            number: format!("{}", 100 + n),
            symbol: "KH-UBND".into(),
            date: Date::new(2024, 3, (n % 28 + 1) as u8),
            issuer: "Ủy ban nhân dân huyện Hoà Bình".into(),
            subject: sentence("Văn bản", n),
            ..Default::default()
        })
        .collect();
    plan.targets = (0..30)
        .map(|n| Target {
            id: next(),
            what: format!("được tập huấn, bồi dưỡng kiến thức về bình đẳng giới (chỉ tiêu {n})"),
            group: "cán bộ, giáo viên, nhân viên và học sinh".into(),
            value: "100".into(),
            by_when: "cuối năm học 2024-2025".into(),
            owner: "Ban vì sự tiến bộ của phụ nữ".into(),
            ..Default::default()
        })
        .collect();
    plan.task_groups = (0..10)
        .map(|g| TaskGroup {
            id: next(),
            area: None,
            title: format!("Nhóm nhiệm vụ {g}: truyền thông, giáo dục về bình đẳng giới"),
            items: (0..20)
                .map(|n| TaskItem {
                    id: next(),
                    text: sentence("Nhiệm vụ", g * 20 + n),
                    timing: "Tháng 11/2024 đến tháng 5/2025".into(),
                    lead: "Phó Hiệu trưởng phụ trách chuyên môn".into(),
                    participants: "Tổng phụ trách Đội, giáo viên chủ nhiệm các lớp".into(),
                    targets: vec![2, 3],
                })
                .collect(),
        })
        .collect();
    plan.assignments = (0..30)
        .map(|n| Assignment {
            id: next(),
            role: format!("Bộ phận {n}"),
            duties: vec![sentence("Trách nhiệm", n), sentence("Phối hợp", n)],
        })
        .collect();
    plan.reports = (0..10)
        .map(|n| ReportDeadline {
            id: next(),
            date: Date::new(2025, (n % 12 + 1) as u8, 15),
            content: format!("Báo cáo kết quả thực hiện công tác bình đẳng giới đợt {n}"),
            recipient: "Phòng Giáo dục và Đào tạo".into(),
            channel: "qua thư điện tử và hệ thống quản lý văn bản".into(),
        })
        .collect();
    plan.recipients = (0..10)
        .map(|n| format!("Các tổ chuyên môn, tổ văn phòng số {n} (để thực hiện)"))
        .collect();
    plan.next_id = next();
    plan
}

fn median_max(mut v: Vec<f64>) -> (f64, f64) {
    v.sort_by(f64::total_cmp);
    (v[v.len() / 2], v[v.len() - 1])
}

#[wasm_bindgen_test]
fn autosave_cost_of_a_300_item_plan() {
    let ns = fresh_ns("autosave");
    let plan = big_plan();
    assert_eq!(plan.item_count(), 300);
    let perf = window().performance().unwrap();
    let storage = local();
    let key = draft_key(&ns, "big");

    let mut encode_set = Vec::new();
    let mut last = String::new();
    for _ in 0..50 {
        let t0 = perf.now();
        let text = encode(&plan, &now_iso());
        storage.set_item(&key, &text).unwrap();
        encode_set.push(perf.now() - t0);
        last = text;
    }
    let store = DraftStore::open(&ns).unwrap();
    let mut full_save = Vec::new();
    for _ in 0..50 {
        let t0 = perf.now();
        store.save("big", meta("Lớn"), &plan, &now_iso()).unwrap();
        full_save.push(perf.now() - t0);
    }
    let mut load = Vec::new();
    for _ in 0..20 {
        let t0 = perf.now();
        let envelope = store.load("big").unwrap();
        load.push(perf.now() - t0);
        assert_eq!(envelope.plan.item_count(), 300);
    }
    let index_chars = storage
        .get_item(&index_key(&ns))
        .unwrap()
        .unwrap()
        .encode_utf16()
        .count();
    clear_ns(&ns);

    let (m1, x1) = median_max(encode_set);
    let (m2, x2) = median_max(full_save);
    let (m3, x3) = median_max(load);
    let bytes = last.len();
    let units = last.encode_utf16().count() + key.encode_utf16().count();
    // ~200 characters of index entry per draft.
    let per_draft = units + index_chars;
    let fit = 5_242_880 / per_draft;
    console_log!(
        "autosave: 300-item plan, encode+setItem median {m1:.2} ms max {x1:.2} ms (50 saves); \
         DraftStore::save median {m2:.2} ms max {x2:.2} ms; load median {m3:.2} ms max {x3:.2} ms; \
         draft {bytes} bytes UTF-8 = {units} UTF-16 units with key, index entry ~{index_chars}; \
         ~{fit} such drafts fit in 5 MiB (5,242,880 units)"
    );
}
