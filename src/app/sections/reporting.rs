//! A12 Chế độ báo cáo: report deadlines (date, content, recipient, channel),
//! with suggested deadlines for the plan's kind, level and year, and the
//! key dates of the year as quick picks for the due date.

use super::organisation::{capitalised, IdList};
use crate::app::components::field::{FieldMessages, TextField};
use crate::app::components::list::{focus_later, snippet, ItemActions, SuggestionPanel, UndoBar};
use crate::app::Editor;
use crate::domain::catalogue::key_dates;
use crate::domain::checklist::{FieldRef, ReportPart};
use crate::domain::strings::S;
use crate::domain::templates::suggested_reports;
use crate::domain::text::clean;
use crate::domain::{Date, ItemId, Period, Plan, ReportDeadline};
use leptos::prelude::*;

fn reports(p: &Plan) -> &Vec<ReportDeadline> {
    &p.reports
}
fn reports_mut(p: &mut Plan) -> &mut Vec<ReportDeadline> {
    &mut p.reports
}

const LIST: IdList<ReportDeadline> = IdList {
    get: reports,
    get_mut: reports_mut,
    id_of: |r| r.id,
};

fn dom(id: ItemId, part: ReportPart) -> String {
    FieldRef::Report { id, part }.dom_id()
}

fn content_id(id: ItemId) -> String {
    dom(id, ReportPart::Content)
}

/// A key date of the plan's period offered as a due date.
#[derive(Debug, Clone, PartialEq)]
struct KeyDay {
    date: Date,
    name: &'static str,
    /// The date is the last day of a span ("hết Tháng hành động …").
    end_of_span: bool,
}

/// The key dates (solar only: a lunar date moves every year) that fall in
/// the period, at the end of their span when they have one, since a report
/// is due after the event. Sorted by date.
fn key_days(period: Period) -> Vec<KeyDay> {
    let Some((from, to)) = period.bounds() else {
        return Vec::new();
    };
    let mut out: Vec<KeyDay> = key_dates()
        .iter()
        .filter(|k| !k.lunar)
        .filter_map(|k| {
            let (day, month) = k.until.unwrap_or((k.day, k.month));
            let date = (from.year()..=to.year())
                .filter_map(|y| Date::new(y, month, day))
                .find(|d| from <= *d && *d <= to)?;
            Some(KeyDay {
                date,
                name: k.name_vi,
                end_of_span: k.until.is_some(),
            })
        })
        .collect();
    out.sort_by_key(|k| k.date);
    out.dedup_by(|a, b| a.date == b.date && a.name == b.name);
    out
}

/// The report deadlines.
#[component]
pub fn ReportingEditor() -> impl IntoView {
    let ed = Editor::get();
    let w = LIST.wiring(
        ed,
        FieldRef::Reports,
        |t| &t.content,
        S::ReportItem,
        content_id,
        |id| ReportDeadline {
            id,
            ..ReportDeadline::default()
        },
    );
    let (list_findings, list_msg_id, described) = (
        w.described.findings,
        w.described.msg_id.clone(),
        w.described.ids(),
    );
    let days = ed.slice(|p| key_days(p.period));

    let suggestions = ed.slice(|p| {
        suggested_reports(
            p.kind,
            p.level,
            p.period.first_year(),
            crate::app::admin_map(p),
        )
    });
    let sugg_items = Signal::derive(move || {
        suggestions.with(|s| s.iter().map(suggestion_text).collect::<Vec<_>>())
    });
    let contents = ed.slice(|p| {
        p.reports
            .iter()
            .map(|r| r.content.clone())
            .collect::<Vec<_>>()
    });
    let sugg_added = Signal::derive(move || {
        suggestions.with(|s| {
            contents.with(|c| {
                s.iter()
                    .map(|r| c.iter().any(|x| x.trim() == r.content.trim()))
                    .collect()
            })
        })
    });
    let on_pick = Callback::new(move |k: usize| {
        let Some(r) = suggestions.with_untracked(|s| s.get(k).cloned()) else {
            return;
        };
        // A report already in the plan is not added twice: its row is shown.
        let existing = ed.plan.with_untracked(|p| {
            p.reports
                .iter()
                .find(|x| x.content.trim() == r.content.trim())
                .map(|x| x.id)
        });
        let id = existing.unwrap_or_else(|| LIST.push(ed, |id| ReportDeadline { id, ..r }));
        focus_later(content_id(id));
    });

    view! {
        <p class="kh-intro">{move || ed.t(S::ReportIntro)}</p>
        <div class="kh-rows" id=w.list_id.clone() tabindex="-1" aria-describedby=described>
            <FieldMessages id=list_msg_id findings=list_findings />
            <Show when=move || w.len.get() == 0>
                <p class="kh-list-empty">{move || ed.t(S::ReportEmpty)}</p>
            </Show>
            <ol class="kh-row-list">
                <For
                    each=move || w.ids.get()
                    key=|id| *id
                    children=move |id| {
                        view! {
                            <ReportRow id=id len=w.len days=days on_move=w.on_move on_delete=w.on_delete />
                        }
                    }
                />
            </ol>
            <button type="button" class="kh-button kh-button-secondary kh-add" id=w.add_id on:click=move |_| w.add.run(())>
                {move || ed.t(S::ReportAdd)}
            </button>
        </div>
        <UndoBar handle=w.undo />
        <SuggestionPanel title=S::ReportSuggestions items=sugg_items on_pick=on_pick added=sugg_added />
    }
}

/// "Báo cáo sơ kết … (Phòng Giáo dục và Đào tạo, 10/6/2026)".
fn suggestion_text(r: &ReportDeadline) -> String {
    let mut extra = vec![r.recipient.clone()];
    if let Some(d) = r.date {
        extra.push(d.short_vi());
    }
    extra.retain(|s| !s.is_empty());
    if extra.is_empty() {
        r.content.clone()
    } else {
        format!("{} ({})", r.content, extra.join(", "))
    }
}

/// One report deadline.
#[component]
fn ReportRow(
    /// The report's id.
    id: ItemId,
    /// Length of the list.
    len: Memo<usize>,
    /// Key dates of the plan's period.
    days: Memo<Vec<KeyDay>>,
    /// Move callback of the list.
    on_move: Callback<(usize, isize)>,
    /// Delete callback of the list.
    on_delete: Callback<usize>,
) -> impl IntoView {
    let ed = Editor::get();
    let index = LIST.index(ed, id);
    let text = move |f: fn(&ReportDeadline) -> String, set: fn(&mut ReportDeadline, String)| {
        (
            LIST.part(ed, id, f),
            Callback::new(move |v: String| LIST.update(ed, id, |r| set(r, clean(&v)))),
        )
    };
    let (content, set_content) = text(|r| r.content.clone(), |r, v| r.content = v);
    let (recipient, set_recipient) = text(|r| r.recipient.clone(), |r, v| r.recipient = v);
    let (channel, set_channel) = text(|r| r.channel.clone(), |r, v| r.channel = v);
    // The date input keeps its own text: writing back "" while the user is
    // half-way through a date would wipe what they typed.
    let date = LIST.part(ed, id, |r| r.date);
    let shown = RwSignal::new(date.get_untracked().map(Date::iso).unwrap_or_default());
    let set_date = Callback::new(move |v: String| {
        LIST.update(ed, id, |r| r.date = Date::parse_iso(&v).ok());
    });
    let pick = move |d: Date| {
        LIST.update(ed, id, |r| r.date = Some(d));
        shown.set(d.iso());
    };
    let name = Signal::derive(move || {
        let n = index.get() + 1;
        let c = content.get();
        let item = ed.t(S::ReportItem);
        let c = c.trim();
        if c.is_empty() {
            format!("{item} {n}")
        } else {
            format!("{item} {n} ({})", snippet(c))
        }
    });
    let legend = move || capitalised(&name.get());
    view! {
        <li class="kh-row kh-report-row">
            <fieldset class="kh-row-fieldset">
                <legend class="kh-row-legend">{legend}</legend>
                <TextField
                    id=content_id(id)
                    label=S::ReportContentLabel
                    value=content
                    on_input=set_content
                    multiline=true
                />
                <div class="kh-row-grid">
                    <TextField
                        id=dom(id, ReportPart::Recipient)
                        label=S::ReportRecipientLabel
                        value=recipient
                        on_input=set_recipient
                    />
                    <TextField
                        id=dom(id, ReportPart::Channel)
                        label=S::ReportChannelLabel
                        value=channel
                        on_input=set_channel
                    />
                </div>
                <div class="kh-date-row">
                    <TextField
                        id=dom(id, ReportPart::Date)
                        label=S::ReportDateLabel
                        value=shown
                        on_input=set_date
                        input_type="date"
                    />
                    <Show when=move || !days.with(Vec::is_empty)>
                        <details class="kh-quick-dates">
                            <summary>{move || ed.t(S::ReportKeyDates)}</summary>
                            <ul class="kh-quick-date-list">
                                {move || {
                                    days.get()
                                        .into_iter()
                                        .map(|k| key_day_button(k, date, pick))
                                        .collect_view()
                                }}
                            </ul>
                        </details>
                    </Show>
                </div>
                <ItemActions item_label=name index=index len=len on_move=on_move on_delete=on_delete />
            </fieldset>
        </li>
    }
}

fn key_day_button(
    k: KeyDay,
    current: Memo<Option<Date>>,
    pick: impl Fn(Date) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ed = Editor::get();
    let when = k.date.short_vi();
    let what = move || {
        if k.end_of_span {
            format!("{} {}", ed.t(S::ReportKeyDateEnd), k.name)
        } else {
            k.name.to_string()
        }
    };
    let date = k.date;
    view! {
        <li>
            <button
                type="button"
                class="kh-quick-date"
                aria-pressed=move || (current.get() == Some(date)).to_string()
                on:click=move |_| pick(date)
            >
                <span class="kh-quick-date-day">{when}</span>
                " "
                <span class="kh-quick-date-name">{what}</span>
            </button>
        </li>
    }
}
