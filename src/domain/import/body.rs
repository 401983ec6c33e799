//! The body and the tail of a document: căn cứ and lead-in, the mục
//! headings mapped to the plan's sections and what each holds, then the
//! closing, Nơi nhận, the signer and the appendices. A paragraph that fits
//! no field is kept in `Plan::unplaced` with the section and heading it was
//! found under.

use super::blocks::Line;
use super::items::{
    deadlines, labelled_tail, marker, report_parts, role_colon, role_verb, value_and_unit, Marker,
};
use super::recognise::{split_basis, Heading};
use super::tail::{is_signer_start, tail_columns};
use super::words::{capitalize_first, fold, is_caps, is_rule_line, looks_like_role, starts_fold};
use crate::domain::plan::{
    Appendix, Assignment, Plan, ReportDeadline, Target, TaskGroup, TaskItem, Unplaced,
};
use crate::domain::section::SectionId;

/// Which part of a section the next paragraphs belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sub {
    None,
    Purposes,
    Requirements,
    Aim,
    Targets,
    /// A "Tổ chức thực hiện" sub-heading that is not a role.
    NotRole,
}

/// Where the reader is after the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tail {
    Body,
    Closing,
    Recipients,
    Signer,
    Appendix,
}

/// The reader of the body.
pub struct Body<'p> {
    pub(super) plan: &'p mut Plan,
    year: u16,
    section: Option<SectionId>,
    heading: String,
    sub: Sub,
    tail: Tail,
    headings: Vec<Heading>,
    subheadings: Vec<String>,
    group: Option<usize>,
    assignment: Option<usize>,
}

/// Mục heading → section and the sub-part it opens with.
fn section_of(heading: &str) -> (Option<SectionId>, Sub) {
    let f = fold(heading);
    let has = |k: &str| f.contains(k);
    if has("to chuc thuc hien") || has("phan cong") || has("trach nhiem thuc hien") {
        (Some(SectionId::Organisation), Sub::None)
    } else if has("kinh phi") {
        (Some(SectionId::Funding), Sub::None)
    } else if has("bao cao") {
        (Some(SectionId::Reporting), Sub::None)
    } else if has("muc đich") {
        (Some(SectionId::Purposes), Sub::Purposes)
    } else if f.trim_end_matches('.').trim() == "yeu cau" {
        (Some(SectionId::Purposes), Sub::Requirements)
    } else if has("muc tieu") || has("chi tieu") {
        (Some(SectionId::Targets), Sub::None)
    } else if has("noi dung") || has("nhiem vu") || has("giai phap") || has("hoat đong") {
        (Some(SectionId::Tasks), Sub::None)
    } else if has("can cu") {
        (Some(SectionId::Basis), Sub::None)
    } else {
        (None, Sub::None)
    }
}

/// Timing, lead and partners written in brackets after a task.
fn task_details(item: &mut TaskItem) {
    let labels = ["thời gian", "chủ trì", "phối hợp"];
    if let Some((text, parts)) = labelled_tail(&item.text, &labels) {
        item.text = text;
        for (label, value) in parts {
            match label.as_str() {
                "thời gian" => item.timing = value,
                "chủ trì" => item.lead = value,
                _ => item.participants = value,
            }
        }
    }
}

/// "… thực hiện./." → "… thực hiện."
pub(super) fn strip_mark(s: &str) -> String {
    let t = s.trim_end();
    t.strip_suffix("./.")
        .or_else(|| t.strip_suffix("/."))
        .map_or(t.to_string(), |x| format!("{}.", x.trim_end_matches('.')))
}

impl<'p> Body<'p> {
    pub fn new(plan: &'p mut Plan, year: u16) -> Body<'p> {
        Body {
            plan,
            year,
            section: Some(SectionId::Basis),
            heading: String::new(),
            sub: Sub::None,
            tail: Tail::Body,
            headings: Vec::new(),
            subheadings: Vec::new(),
            group: None,
            assignment: None,
        }
    }

    /// Reads every line.
    pub fn read(&mut self, lines: &[Line]) {
        for l in lines {
            if !is_rule_line(&l.text) {
                self.line(l);
            }
        }
    }

    /// The headings found; task groups without items become items.
    pub fn finish(self) -> (Vec<Heading>, Vec<String>) {
        let groups = std::mem::take(&mut self.plan.task_groups);
        let mut out: Vec<TaskGroup> = Vec::new();
        let mut loose: Option<TaskGroup> = None;
        for g in groups {
            // A numbered sentence with nothing under it is a task; a short
            // title with nothing under it stays a (still empty) group.
            let sentence = g.title.ends_with(['.', ';']) || g.title.chars().count() > 120;
            if g.items.is_empty() && sentence {
                let group = loose.get_or_insert(TaskGroup {
                    id: g.id,
                    ..TaskGroup::default()
                });
                group.items.push(TaskItem {
                    id: self.plan.fresh_id(),
                    text: g.title,
                    ..TaskItem::default()
                });
            } else {
                out.extend(loose.take());
                out.push(g);
            }
        }
        out.extend(loose);
        self.plan.task_groups = out;
        (self.headings, self.subheadings)
    }

    pub(super) fn unplace(&mut self, section: Option<SectionId>, text: &str) {
        self.plan.unplaced.push(Unplaced {
            section,
            heading: self.heading.clone(),
            text: text.to_string(),
        });
    }

    fn line(&mut self, l: &Line) {
        let text = l.text.as_str();
        if starts_fold(text, "noi nhan") {
            self.tail = Tail::Recipients;
            let mut parts = tail_columns(&l.raw).into_iter();
            let first = parts.next().unwrap_or_default();
            if let Some((_, rest)) = first.split_once(':') {
                self.recipient(rest.trim());
            }
            for p in parts {
                self.signer(&p);
            }
            return;
        }
        if matches!(self.tail, Tail::Body | Tail::Closing) {
            if starts_fold(text, "tren đay la") && self.plan.closing.is_empty() {
                self.tail = Tail::Closing;
                self.plan.closing = strip_mark(text);
                return;
            }
            if is_signer_start(text) {
                self.tail = Tail::Signer;
            }
        }
        if matches!(self.tail, Tail::Signer | Tail::Recipients | Tail::Appendix)
            && starts_fold(text, "phu luc")
            && text.chars().count() < 60
        {
            self.tail = Tail::Appendix;
            let id = self.plan.fresh_id();
            self.plan.appendices.push(Appendix {
                id,
                ..Appendix::default()
            });
            return;
        }
        match self.tail {
            Tail::Body => self.body(l),
            Tail::Closing => {
                let t = strip_mark(text);
                self.plan.closing.push('\n');
                self.plan.closing.push_str(&t);
            }
            Tail::Recipients => {
                let mut parts = tail_columns(&l.raw).into_iter();
                let first = parts.next().unwrap_or_default();
                if is_signer_start(&first) {
                    self.tail = Tail::Signer;
                    self.signer(&first);
                } else {
                    self.recipient(&first);
                }
                for p in parts.filter(|p| !p.is_empty()) {
                    self.signer(&p);
                }
            }
            Tail::Signer => self.signer(text),
            Tail::Appendix => {
                let Some(a) = self.plan.appendices.last_mut() else {
                    return;
                };
                let t = strip_mark(text);
                if a.title.is_empty() && a.body.is_empty() && is_caps(text) {
                    a.title = t;
                } else {
                    if !a.body.is_empty() {
                        a.body.push('\n');
                    }
                    a.body.push_str(&t);
                }
            }
        }
    }

    fn body(&mut self, l: &Line) {
        let text = l.text.as_str();
        let (m, rest) = marker(text);
        // A mục heading without its numeral: in capitals, or in a Word
        // heading style (automatic numbering does not reach the text).
        let styled = matches!(l.heading, Some(1 | 2)) && section_of(text).0.is_some();
        let caps_heading = (styled
            || is_caps(text) && (l.heading == Some(1) || section_of(text).0.is_some()))
            && text.chars().count() < 90
            && !matches!(
                m,
                Marker::Arabic { .. } | Marker::Letter | Marker::Dash | Marker::Plus
            );
        if matches!(m, Marker::Roman(_)) || caps_heading {
            let (section, sub) = section_of(rest);
            self.section = section;
            self.sub = sub;
            self.heading = text.to_string();
            self.group = None;
            self.assignment = None;
            self.headings.push(Heading {
                id: section,
                heading: text.to_string(),
            });
            return;
        }
        match self.section {
            Some(SectionId::Basis) => self.basis(text, m, rest),
            Some(SectionId::Purposes) => self.purposes(m, rest),
            Some(SectionId::Targets) => self.targets(m, rest),
            Some(SectionId::Tasks) => self.tasks(m, rest),
            Some(SectionId::Organisation) => self.organisation(text, m, rest),
            Some(SectionId::Funding) => {
                let f = &mut self.plan.funding;
                if !f.is_empty() {
                    f.push('\n');
                }
                f.push_str(&strip_mark(rest));
            }
            Some(SectionId::Reporting) => self.reporting(rest),
            other => self.unplace(other, text),
        }
    }

    fn basis(&mut self, text: &str, m: Marker, rest: &str) {
        let f = fold(text);
        let cites =
            f.starts_with("can cu ") || f.starts_with("thuc hien ") || f.starts_with("theo ");
        if cites {
            let (citations, lead) = split_basis(text);
            if citations.is_empty() && lead.is_none() {
                if f.trim_end().ends_with("nhu sau:") {
                    self.plan.lead_in = text.to_string();
                } else {
                    self.unplace(Some(SectionId::Basis), text);
                }
                return;
            }
            for mut c in citations {
                c.id = self.plan.fresh_id();
                self.plan.basis.push(c);
            }
            if let Some(lead) = lead {
                self.plan.lead_in = lead;
            }
        } else if f.trim_end().ends_with("nhu sau:") || f.contains("xay dung ke hoach") {
            if !self.plan.lead_in.is_empty() {
                self.plan.lead_in.push('\n');
            }
            self.plan.lead_in.push_str(text);
        } else if matches!(m, Marker::Arabic { depth: 1, .. }) && !self.plan.lead_in.is_empty() {
            // No mục headings (a công văn, a short plan): numbered tasks.
            self.section = Some(SectionId::Tasks);
            self.tasks(m, rest);
        } else {
            self.unplace(Some(SectionId::Basis), text);
        }
    }

    fn purposes(&mut self, m: Marker, rest: &str) {
        if matches!(m, Marker::Arabic { depth: 1, .. }) && rest.chars().count() < 40 {
            let f = fold(rest);
            let (title, after) = rest.split_once(':').unwrap_or((rest, ""));
            if f.starts_with("muc đich") || f.starts_with("yeu cau") {
                self.sub = if f.starts_with("muc đich") {
                    Sub::Purposes
                } else {
                    Sub::Requirements
                };
                self.subheadings.push(title.trim().to_string());
                if after.trim().is_empty() {
                    return;
                }
                return self.purposes(Marker::Dash, after.trim());
            }
        }
        // The Action Month's theme: "Chủ đề: “…”." at the start of the part.
        if let Some(theme) = rest.strip_prefix("Chủ đề:") {
            if self.plan.theme.is_empty() {
                let t = theme.trim().trim_end_matches('.');
                self.plan.theme = t.trim_matches(['“', '”', '"']).trim().to_string();
                return;
            }
        }
        let item = capitalize_first(&strip_mark(rest));
        if self.sub == Sub::Requirements {
            self.plan.requirements.push(item);
        } else {
            self.plan.purposes.push(item);
        }
    }

    fn targets(&mut self, m: Marker, rest: &str) {
        let f = fold(rest);
        if matches!(m, Marker::Arabic { depth: 1, .. }) && rest.chars().count() < 40 {
            if f.starts_with("muc tieu chung") {
                self.sub = Sub::Aim;
                self.subheadings
                    .push(rest.trim_end_matches(':').to_string());
                return;
            }
            if f.starts_with("muc tieu cu the") || f.starts_with("chi tieu") {
                self.sub = Sub::Targets;
                self.subheadings
                    .push(rest.trim_end_matches(':').to_string());
                return;
            }
        }
        // "Mục tiêu 2: …" numbering is the reader's, not the target's.
        let mut text = rest;
        if f.starts_with("muc tieu ") {
            if let Some((head, tail)) = rest.split_once(':') {
                if head.chars().any(|c| c.is_ascii_digit()) && head.chars().count() < 16 {
                    text = tail.trim();
                }
            }
        }
        let mut text = strip_mark(text);
        let mut by_when = String::new();
        let mut owner = String::new();
        if let Some((t, parts)) = labelled_tail(&text, &["thời hạn", "phụ trách"]) {
            text = t;
            for (label, value) in parts {
                if label == "thời hạn" {
                    by_when = value;
                } else {
                    owner = value;
                }
            }
        }
        // The value is the target's own when the sentence opens with it
        // ("100% giáo viên …", "Có 40 lượt …"); a number inside the
        // sentence stays in its text, where the exporter would not repeat it.
        let lead = ["Có ", "Đạt ", "Phấn đấu ", "Ít nhất ", "Tối thiểu "]
            .iter()
            .find_map(|w| text.strip_prefix(w))
            .map_or(0, |rest| text.len() - rest.len());
        let found = value_and_unit(&text[lead..]).filter(|(_, _, r)| r.start == 0);
        match found {
            Some((value, unit, range)) => {
                let what = text[lead + range.end..].trim().to_string();
                let id = self.plan.fresh_id();
                self.plan.targets.push(Target {
                    id,
                    what,
                    value,
                    unit,
                    by_when,
                    owner,
                    ..Target::default()
                });
            }
            None if self.sub == Sub::Targets || value_and_unit(&text).is_some() => {
                let id = self.plan.fresh_id();
                self.plan.targets.push(Target {
                    id,
                    what: text,
                    by_when,
                    owner,
                    ..Target::default()
                });
            }
            None => {
                let aim = &mut self.plan.general_aim;
                if !aim.is_empty() {
                    aim.push('\n');
                }
                aim.push_str(&text);
            }
        }
    }

    fn tasks(&mut self, m: Marker, rest: &str) {
        let text = strip_mark(rest);
        if matches!(m, Marker::Arabic { depth: 1, .. }) {
            let id = self.plan.fresh_id();
            let title = text.trim_end_matches(':').trim().to_string();
            if title.chars().count() < 120 {
                self.subheadings.push(title.clone());
            }
            self.plan.task_groups.push(TaskGroup {
                id,
                title,
                ..TaskGroup::default()
            });
            self.group = Some(self.plan.task_groups.len() - 1);
            return;
        }
        if self.group.is_none() {
            let id = self.plan.fresh_id();
            self.plan.task_groups.push(TaskGroup {
                id,
                ..TaskGroup::default()
            });
            self.group = Some(self.plan.task_groups.len() - 1);
        }
        let g = self.group.unwrap_or(0);
        // A "+" line belongs to the item above it; so does an unmarked line
        // after an item whose sentence is not finished.
        let last_open = self.plan.task_groups[g]
            .items
            .last()
            .map(|l| !l.text.ends_with(['.', ';', ':', '!', '?', ')']));
        let joins = match last_open {
            Some(open) => m == Marker::Plus || m == Marker::None && open,
            None => false,
        };
        if joins {
            if let Some(last) = self.plan.task_groups[g].items.last_mut() {
                last.text
                    .push_str(if m == Marker::Plus { "\n+ " } else { "\n" });
                last.text.push_str(&text);
            }
        } else {
            let id = self.plan.fresh_id();
            self.plan.task_groups[g].items.push(TaskItem {
                id,
                text,
                ..TaskItem::default()
            });
        }
        if let Some(last) = self.plan.task_groups[g].items.last_mut() {
            task_details(last);
        }
    }

    fn organisation(&mut self, text: &str, m: Marker, rest: &str) {
        for d in deadlines(rest, self.year) {
            self.push_report(d);
        }
        let rest_clean = strip_mark(rest);
        if matches!(m, Marker::Arabic { depth: 1, .. }) {
            let short = rest.chars().count() <= 100 && !rest.trim_end_matches('.').contains(". ");
            // "2. Ban VSTBPN: tham mưu, báo cáo." is a role, not a heading
            // of the reports.
            let role = role_colon(&rest_clean);
            if short && role.is_none() && fold(rest).contains("bao cao") {
                self.section = Some(SectionId::Reporting);
                self.subheadings
                    .push(rest.trim_end_matches(':').to_string());
                return;
            }
            if let Some((role, duty)) = role {
                return self.new_assignment(role, duty);
            }
            if let Some((role, duty)) = role_verb(&rest_clean) {
                return self.new_assignment(role, duty);
            }
            if short {
                let title = rest.trim_end_matches([':', '.']).trim();
                if looks_like_role(title) {
                    return self.new_assignment(title.to_string(), String::new());
                }
                self.sub = Sub::NotRole;
                self.assignment = None;
                self.subheadings.push(title.to_string());
                return;
            }
            // A numbered sentence that names no role: not a duty of the
            // role above it.
            self.assignment = None;
            return self.unplace(Some(SectionId::Organisation), text);
        }
        if let Some((role, duty)) = role_colon(&rest_clean) {
            return self.new_assignment(role, duty);
        }
        if let Some(a) = self.assignment {
            self.plan.assignments[a]
                .duties
                .push(capitalize_first(&rest_clean));
            return;
        }
        // Under a sub-heading that is not a role ("Quy trình thực hiện"),
        // a sentence is the issuer's own step, not a role's duty.
        if self.sub == Sub::NotRole {
            return self.unplace(Some(SectionId::Organisation), text);
        }
        if let Some((role, duty)) = role_verb(&rest_clean) {
            return self.new_assignment(role, duty);
        }
        self.unplace(Some(SectionId::Organisation), text);
    }

    fn new_assignment(&mut self, role: String, duty: String) {
        let id = self.plan.fresh_id();
        let duties = if duty.trim().is_empty() {
            Vec::new()
        } else {
            vec![duty]
        };
        self.plan.assignments.push(Assignment { id, role, duties });
        self.assignment = Some(self.plan.assignments.len() - 1);
    }

    fn reporting(&mut self, rest: &str) {
        let text = strip_mark(rest);
        let found = deadlines(&text, self.year);
        if found.is_empty() {
            if fold(&text).contains("bao cao") {
                let id = self.plan.fresh_id();
                let (content, recipient, channel) = report_parts(&text);
                self.plan.reports.push(ReportDeadline {
                    id,
                    date: None,
                    content,
                    recipient,
                    channel,
                });
            } else {
                self.unplace(Some(SectionId::Reporting), rest);
            }
            return;
        }
        for d in found {
            self.push_report(d);
        }
    }

    fn push_report(&mut self, d: super::items::Deadline) {
        let id = self.plan.fresh_id();
        self.plan.reports.push(ReportDeadline {
            id,
            date: Some(d.date),
            content: d.content,
            recipient: d.recipient,
            channel: d.channel,
        });
    }
}
