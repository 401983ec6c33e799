//! Draft files: the open plan, one draft or all of them downloaded as
//! `.json`, an unreadable stored value downloaded as it is, and
//! "Nhập tệp bản nháp (.json)": a file chosen by the user becomes new
//! drafts, or an error in Vietnamese and no change at all.
//!
//! The bytes are read with `File.arrayBuffer()`; a file larger than the
//! import limit is refused from its size alone, before it is read.

use super::parts::{Outcome, OutcomeLine};
use super::{fresh_draft_id, Drafts};
use crate::app::Editor;
use crate::browser::clock;
use crate::browser::download::download_text;
use crate::browser::file::{read_bytes, take_chosen_file};
use crate::domain::checklist::evaluate;
use crate::domain::draft::{
    export_file, import_file, unique_name, DraftMeta, ImportError, MAX_IMPORT_BYTES,
};
use crate::domain::strings::S;
use crate::domain::{Plan, SectionId};
use leptos::prelude::*;

impl Drafts {
    /// File name of a download: `<prefix>-<namespace>-<local date>.json`.
    fn file_name(self, prefix: &str) -> String {
        let date = crate::browser::today::today()
            .map(|d| d.iso())
            .unwrap_or_else(|| clock::now_iso().chars().take(10).collect());
        format!("{prefix}-{}-{date}.json", self.namespace())
    }

    fn download_json(self, text: &str, prefix: &str) -> Result<(), String> {
        download_text(
            text,
            &self.file_name(prefix),
            "application/json;charset=utf-8",
        )
        .map_err(|e| e.to_string())
    }

    /// The open plan (as it is in memory, saved or not) with its entry.
    fn current_pair(self) -> (DraftMeta, Plan) {
        let plan = self.ed.plan.get_untracked();
        let id = self.current.get_untracked().unwrap_or_default();
        let mut meta = self.meta_for(&id, &plan);
        meta.saved_at = clock::now_iso();
        (meta, plan)
    }

    /// "Tải bản nháp (.json)": the open plan as a draft file.
    pub fn export_current(self) -> Result<(), String> {
        let pair = self.current_pair();
        self.download_json(&export_file(&[pair], &clock::now_iso()), "ban-nhap")?;
        // Kept in the file the user has now.
        self.unsaved.set_value(false);
        Ok(())
    }

    /// One saved draft as a draft file.
    pub fn export_one(self, id: &str) -> Result<(), String> {
        if self.current.get_untracked().as_deref() == Some(id) {
            return self.export_current();
        }
        let store = self.store_or_error()?;
        let envelope = store.load(id).map_err(|e| e.to_string())?;
        let meta = self
            .index
            .with_untracked(|index| index.get(id).cloned())
            .unwrap_or_else(|| self.meta_for(id, &envelope.plan));
        let file = export_file(&[(meta, envelope.plan)], &clock::now_iso());
        self.download_json(&file, "ban-nhap")
    }

    /// Every draft in one file. Returns how many could not be read (left out).
    pub fn export_all(self) -> Result<usize, String> {
        let open = self.current.get_untracked();
        let entries = self.index.get_untracked().drafts;
        let store = self.store();
        let mut pairs = Vec::with_capacity(entries.len());
        let mut skipped = 0;
        for meta in entries {
            if open.as_deref() == Some(meta.id.as_str()) {
                pairs.push((meta, self.ed.plan.get_untracked()));
                continue;
            }
            match store.as_ref().map(|s| s.load(&meta.id)) {
                Some(Ok(envelope)) => pairs.push((meta, envelope.plan)),
                _ => skipped += 1,
            }
        }
        if pairs.is_empty() && open.is_some() {
            pairs.push(self.current_pair());
        }
        let file = export_file(&pairs, &clock::now_iso());
        self.download_json(&file, "tat-ca-ban-nhap")?;
        Ok(skipped)
    }

    /// A raw stored value that could not be read, as it is.
    pub fn export_raw(self, raw: &str) -> Result<(), String> {
        self.download_json(raw, "du-lieu-goc")
    }

    /// Adds the drafts of an imported file as new drafts: the names given,
    /// and why the rest could not be saved. When the page may not keep data,
    /// the first plan is opened in memory instead.
    pub fn import(self, drafts: Vec<(String, Plan)>) -> (Vec<String>, Option<String>) {
        let (added, failure) = self.add_new(drafts);
        (added.into_iter().map(|(_, name)| name).collect(), failure)
    }

    /// "Mở để sửa" after reading a plan the teacher already has: its
    /// plan(s) become new drafts (none is written over), and the first is
    /// opened in the editor. `Err` says why nothing could be saved.
    pub fn open_new(self, drafts: Vec<(String, Plan)>) -> Result<(), String> {
        let (added, failure) = self.add_new(drafts);
        match (added.first(), failure) {
            (Some((id, _)), _) if id.is_empty() => Ok(()),
            (Some((id, _)), _) => {
                if let Err(problem) = self.open(id) {
                    self.focus_problem(problem);
                }
                Ok(())
            }
            (None, failure) => Err(failure.unwrap_or_else(|| ImportError::NoDrafts.to_string())),
        }
    }

    /// Adds plans as new drafts: the (id, name) of each saved, and why the
    /// rest could not be. When the page may not keep data, the first plan
    /// is opened in memory instead (its id is then empty).
    fn add_new(self, drafts: Vec<(String, Plan)>) -> (Vec<(String, String)>, Option<String>) {
        let Some(store) = self.store() else {
            let Some((name, plan)) = drafts.into_iter().next() else {
                return (Vec::new(), Some(ImportError::NoDrafts.to_string()));
            };
            self.flush();
            self.close_panel();
            self.ed.replace(plan);
            self.ed.open(SectionId::Header);
            return (vec![(String::new(), name)], None);
        };
        self.flush();
        let mut names: Vec<String> = self
            .index
            .with_untracked(|index| index.drafts.iter().map(|m| m.name.clone()).collect());
        let mut added = Vec::new();
        let mut failure = None;
        for (wanted, plan) in drafts {
            let existing: Vec<&str> = names.iter().map(String::as_str).collect();
            let name = unique_name(&existing, &wanted);
            let id = fresh_draft_id();
            let meta = DraftMeta {
                id: id.clone(),
                name: name.clone(),
                kind: plan.kind,
                saved_at: String::new(),
                completeness: evaluate(&plan).completeness,
            };
            match store.save(&id, meta, &plan, &clock::now_iso()) {
                Ok(()) => {
                    names.push(name.clone());
                    added.push((id, name));
                }
                Err(e) => {
                    failure = Some(e.to_string());
                    break;
                }
            }
        }
        // `save` marked each imported draft as open; the open one has not changed.
        let _ = store.set_last_open(self.current.get_untracked().as_deref());
        self.refresh_index();
        (added, failure)
    }
}

/// A labelled file input that imports draft files.
#[component]
pub fn ImportField(
    /// The input's DOM id (unique in the widget).
    id: &'static str,
    /// This field imports the file chosen in the start module, if any.
    #[prop(optional)]
    pending: bool,
) -> impl IntoView {
    let ed = Editor::get();
    let Some(d) = Drafts::get() else {
        return ().into_any();
    };
    let outcome = RwSignal::new(None::<Outcome>);
    let help_id = format!("{id}-help");

    let on_change = move |ev: leptos::ev::Event| {
        if let Some(file) = take_chosen_file(ev.target()) {
            import_chosen(ed, d, file, outcome);
        }
    };
    // A file chosen in the start module, before the editor was loaded: the
    // start screen's field imports it, and focus comes back to the field.
    let input = NodeRef::<leptos::html::Input>::new();
    if pending {
        let index = use_context::<crate::browser::host::HostOptions>().map_or(0, |h| h.index);
        if let Some(file) = crate::browser::host::take_pending_file(index) {
            import_chosen(ed, d, file, outcome);
            Effect::new(move |_| {
                if let Some(el) = input.get() {
                    let _ = el.focus();
                }
            });
        }
    }

    view! {
        <div class="kh-field kh-draft-import">
            <label class="kh-label" for=id>{move || ed.t(S::DraftImport)}</label>
            <p class="kh-help" id=help_id.clone()>{move || ed.t(S::DraftImportHelp)}</p>
            <input
                id=id
                class="kh-file"
                type="file"
                accept=".json,application/json"
                aria-describedby=help_id
                on:change=on_change
                node_ref=input
            />
            <OutcomeLine outcome=outcome />
        </div>
    }
    .into_any()
}

/// Imports one chosen file; the outcome is shown under the field.
fn import_chosen(ed: Editor, d: Drafts, file: web_sys::File, outcome: RwSignal<Option<Outcome>>) {
    let size = file.size();
    if size > MAX_IMPORT_BYTES as f64 {
        let error = ImportError::TooLarge {
            size: size as usize,
            max: MAX_IMPORT_BYTES,
        };
        outcome.set(Some(Outcome::Failed(error.to_string())));
        return;
    }
    outcome.set(None);
    leptos::task::spawn_local(async move {
        let Some(bytes) = read_bytes(file).await else {
            outcome.set(Some(Outcome::Failed(
                ed.t(S::DraftImportReadFailed).to_string(),
            )));
            return;
        };
        let result = match import_file(&bytes) {
            Err(e) => Outcome::Failed(e.to_string()),
            Ok(drafts) => {
                let (added, error) = d.import(drafts);
                let done = format!("{} {}.", ed.t(S::DraftImported), added.join("; "));
                match error {
                    None => Outcome::Done(done),
                    Some(error) if added.is_empty() => Outcome::Failed(error),
                    // Some were saved before storage ran out: say both.
                    Some(error) => Outcome::Failed(format!("{done} {error}")),
                }
            }
        };
        outcome.set(Some(result));
    });
}
