//! A12 Chế độ báo cáo: report deadlines (date, content, recipient, channel),
//! with suggested deadlines for the plan's kind, level and year, and the
//! key dates of the year as quick picks for the due date.

use crate::app::components::date_input::{date_text, DateInput};
use crate::app::components::field::TextInput;
use crate::app::components::list::{numbered, or_item, snippet, IdList, ListRow};
use crate::app::components::rows::{RowFieldset, RowsBlock};
use crate::app::components::suggestions::SuggestionPanel;
use crate::app::state::{use_plan, use_translation};
use crate::domain::catalogue::key_dates;
use crate::domain::checklist::{FieldRef, ReportPart};
use crate::domain::plan::list::Reports;
use crate::domain::strings::S;
use crate::domain::templates::suggested_reports;
use crate::domain::{Date, ItemId, Period, ReportDeadline};
use leptos::prelude::*;

fn content_field(id: ItemId) -> FieldRef {
    FieldRef::Report {
        id,
        part: ReportPart::Content,
    }
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
    let plan = use_plan();
    let lang = use_translation();
    let list = IdList::new(Reports, FieldRef::Reports, content_field)
        .named(|r, lang| snippet(or_item(&r.content, lang.t(S::ReportItem))));
    let days = plan.slice(|p| key_days(p.period));

    let suggestions = plan.slice(|p| suggested_reports(p.kind, p.level, p.period.first_year(), crate::app::admin_map(p)));
    // A report already in the plan is not added twice: its row is shown.
    let suggested = list.suggested(
        suggestions,
        suggestion_text,
        |a, b| a.content.trim() == b.content.trim(),
        content_field,
    );

    view! {
        <p class="kh-intro">{move || lang.t(S::ReportIntro)}</p>
        <RowsBlock list row=move |row| view! { <ReportRow row days /> } empty=S::ReportEmpty add_label=S::ReportAdd />
        <SuggestionPanel title=S::ReportSuggestions items=suggested.items on_pick=suggested.on_pick added=suggested.added />
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
    /// The report's row.
    row: ListRow<Reports>,
    /// Key dates of the plan's period.
    days: Memo<Vec<KeyDay>>,
) -> impl IntoView {
    let lang = use_translation();
    let (content, set_content) = row.text(|r| &r.content, |r, v| r.content = v);
    let (recipient, set_recipient) = row.text(|r| &r.recipient, |r, v| r.recipient = v);
    let (channel, set_channel) = row.text(|r| &r.channel, |r, v| r.channel = v);
    let date = Memo::new(move |_| row.item.with(|r| r.date));
    // The date field keeps its own text (what was typed stays as typed).
    let shown = RwSignal::new(row.item.with_untracked(|r| date_text(r.date)));
    let set_date = Callback::new(move |d: Option<Date>| row.update(|r| r.date = d));
    let pick = move |d: Date| {
        row.update(|r| r.date = Some(d));
        shown.set(d.dd_mm_yyyy());
    };
    let name = Signal::derive(move || {
        let n = row.index().get() + 1;
        numbered(lang.t(S::ReportItem), n, &snippet(&content.get()))
    });
    let at = move |part| FieldRef::Report { id: row.id, part };
    view! {
        <RowFieldset name controls=row.controls class="kh-row kh-report-row">
            <TextInput field=at(ReportPart::Content) label=S::ReportContentLabel value=content on_input=set_content lines=4 />
            <div class="kh-row-grid">
                <TextInput field=at(ReportPart::Recipient) label=S::ReportRecipientLabel value=recipient on_input=set_recipient />
                <TextInput field=at(ReportPart::Channel) label=S::ReportChannelLabel value=channel on_input=set_channel />
            </div>
            <div class="kh-date-row">
                <DateInput field=at(ReportPart::Date) label=S::ReportDateLabel text=shown on_change=set_date />
                <Show when=move || !days.with(Vec::is_empty)>
                    <details class="kh-quick-dates">
                        <summary>{move || lang.t(S::ReportKeyDates)}</summary>
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
        </RowFieldset>
    }
}

fn key_day_button(
    k: KeyDay,
    current: Memo<Option<Date>>,
    pick: impl Fn(Date) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_translation();
    let when = k.date.short_vi();
    let what = move || {
        if k.end_of_span {
            format!("{} {}", lang.t(S::ReportKeyDateEnd), k.name)
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
