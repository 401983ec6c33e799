//! Starter plans and the library of suggestions.
//!
//! A starter ([`starter`]) gives the sections a plan of one kind × level is
//! expected to have (PLAN_CHECKLIST §5–§6): trích yếu and period, lead-in,
//! mục đích / yêu cầu, the task groups, tổ chức thực hiện, kinh phí, chế độ
//! báo cáo, closing, nơi nhận and the signer's title. The facts only the user
//! knows (issuer, số, place, date, signer's name, the cited documents'
//! numbers and dates, report deadlines set by the superior) stay empty, so the
//! checklist keeps asking for them.
//!
//! The library is data: static tables filtered by plan kind and issuer level.
//! Structured suggestions (targets, tasks with timing and lead, roles with
//! duties, report deadlines) are built from the same tables for a given year.
//! Every sentence here is our own wording; the seed plans are test data only
//! (a test checks that no suggestion repeats a 12-word run of a seed).
//!
//! Key dates (8/3, tháng 6, 28/6, 11/10, 20/10, 15/11–15/12, 25/11, Tết
//! Trung thu) are kept in this module's task table rather than taken from
//! `catalogue`. The one fact taken from there is the national theme of the
//! Action Month of the starter's year ([`catalogue::action_month_theme`]),
//! which an Action Month starter pre-fills in [`Plan::theme`] (the user may
//! edit it; the checklist's X8 compares against the same table); it can
//! also enter a purpose through [`theme_purpose`].

use crate::domain::catalogue;
use crate::domain::date::Date;
use crate::domain::plan::{
    Assignment, BasisVerb, Citation, DocType, IssuerLevel, ItemId, Period, Plan, PlanKind,
    ReportDeadline, Signer, SubArea, Target, TaskGroup, TaskItem, Unit,
};

use IssuerLevel as L;
use PlanKind as K;

// ------------------------------------------------------------------ public API

/// What a suggestion is for (which part of the plan it fills).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SuggestionKind {
    /// Mục đích (A7).
    Purpose,
    /// Yêu cầu (A7).
    Requirement,
    /// Chỉ tiêu (A8): the `what` of a target.
    Target,
    /// A task of one sub-area (A9).
    Task(SubArea),
    /// A role or unit of tổ chức thực hiện (A10).
    Role,
    /// A line of nơi nhận (A14), without "- " and ";".
    Recipient,
    /// The sentence after "Trên đây là Kế hoạch …" (A13).
    Closing,
    /// A lead-in sentence "… xây dựng Kế hoạch … như sau:" (A6).
    LeadIn,
    /// Kinh phí (A11).
    Funding,
    /// The content of a report (A12).
    Report,
}

impl SuggestionKind {
    /// Every kind, with one `Task` per sub-area.
    pub fn all() -> Vec<SuggestionKind> {
        let mut v = vec![
            SuggestionKind::Purpose,
            SuggestionKind::Requirement,
            SuggestionKind::Target,
            SuggestionKind::Role,
            SuggestionKind::Recipient,
            SuggestionKind::Closing,
            SuggestionKind::LeadIn,
            SuggestionKind::Funding,
            SuggestionKind::Report,
        ];
        v.extend(SubArea::ALL.into_iter().map(SuggestionKind::Task));
        v
    }
}

/// One ready-made sentence or phrase and where it fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    pub kind: SuggestionKind,
    pub text: &'static str,
    /// Plan kinds it fits; empty means every kind.
    pub kinds: &'static [PlanKind],
    /// Issuer levels it fits; empty means every level.
    pub levels: &'static [IssuerLevel],
}

impl Suggestion {
    /// Does it fit a plan of this kind and level?
    pub fn fits(&self, kind: PlanKind, level: IssuerLevel) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&kind))
            && (self.levels.is_empty() || self.levels.contains(&level))
    }

    /// Suggestions proper to the kind (one or two kinds) come first, then
    /// those proper to the level, then the general ones; a filter such as
    /// "every kind but the Action Month" does not make a text specific.
    fn specificity(&self) -> u8 {
        let narrow_kind = (1..=2).contains(&self.kinds.len());
        u8::from(narrow_kind) * 2 + u8::from(!self.levels.is_empty())
    }
}

/// A starter plan of this kind and level for `year`: every section a plan of
/// that kind has, with generic wording, and the user's facts left empty.
pub fn starter(kind: PlanKind, level: IssuerLevel, year: u16) -> Plan {
    let mut p = Plan::new(kind, level);
    p.period = period_for(kind, year);
    p.title.subject = default_subject(kind, level, p.period);

    // Căn cứ: slots for the superior's document (numbers and dates are the
    // user's to give) and the laws cited by name, which need no number.
    let superior = Citation {
        id: p.fresh_id(),
        verb: if kind == K::GenderAndChildren {
            BasisVerb::ThucHien
        } else {
            BasisVerb::CanCu
        },
        doc_type: DocType::KeHoach,
        superior_plan: true,
        ..Citation::default()
    };
    p.basis.push(superior);
    let mut laws = vec!["Bình đẳng giới"];
    if kind == K::GenderAndChildren {
        laws.push("Trẻ em");
    }
    for law in laws {
        let c = Citation {
            id: p.fresh_id(),
            doc_type: DocType::Luat,
            subject: law.to_string(),
            ..Citation::default()
        };
        p.basis.push(c);
    }

    p.lead_in = lead_in_for(&p);
    // Pre-filled, not imposed: the superior's guidance may set a local theme.
    if kind == K::ActionMonth {
        p.theme = catalogue::action_month_theme(year)
            .unwrap_or_default()
            .to_string();
    }
    p.purposes = pick(SuggestionKind::Purpose, kind, level, 3);
    p.requirements = pick(SuggestionKind::Requirement, kind, level, 3);
    p.general_aim = general_aim(kind).to_string();

    for &area in default_areas(kind) {
        let g = TaskGroup {
            id: p.fresh_id(),
            area: Some(area),
            title: area.title_vi().to_string(),
            items: Vec::new(),
        };
        p.task_groups.push(g);
    }

    for mut a in suggested_assignments(kind, level) {
        a.id = p.fresh_id();
        p.assignments.push(a);
    }

    p.funding = pick(SuggestionKind::Funding, kind, level, 1)
        .pop()
        .unwrap_or_default();

    // The deadlines are the superior's to set: keep what is reported and to
    // whom, leave the date for the user.
    for mut r in suggested_reports(kind, level, year) {
        r.id = p.fresh_id();
        r.date = None;
        p.reports.push(r);
    }

    p.closing = closing_for(&p);
    p.recipients = starter_recipients(level, year);
    p.archive_units = String::new();
    p.signer = Signer {
        title: signer_title(level).to_string(),
        ..Signer::default()
    };
    p
}

/// The head's title in the signature block, upper case.
pub fn signer_title(level: IssuerLevel) -> &'static str {
    match level {
        L::So | L::GdnnGdtx => "GIÁM ĐỐC",
        L::Phong => "TRƯỞNG PHÒNG",
        L::BanVstbpn => "TRƯỞNG BAN",
        L::MamNon | L::TieuHoc | L::Thcs | L::Thpt | L::LienCap | L::CaoDang => "HIỆU TRƯỞNG",
    }
}

/// The period a plan of this kind covers when made for `year`. A multi-year
/// plan covers the ten-year span of the national strategy that holds `year`
/// (2021–2030, then 2031–2040 …).
pub fn period_for(kind: PlanKind, year: u16) -> Period {
    match kind {
        K::MultiYear => {
            let (from, to) = span_of(year);
            Period::Span { from, to }
        }
        K::Annual | K::ActionMonth | K::GenderAndChildren => Period::Year { year },
    }
}

/// The default trích yếu: the activity, the topic and the time scope.
pub fn default_subject(kind: PlanKind, level: IssuerLevel, period: Period) -> String {
    let sector = if matches!(level, L::So | L::Phong) {
        " ngành Giáo dục"
    } else {
        ""
    };
    let scope = scope_words(period);
    match kind {
        K::Annual if level == L::BanVstbpn => {
            format!("Hoạt động của Ban Vì sự tiến bộ phụ nữ {scope}")
        }
        K::Annual | K::MultiYear => {
            format!("Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ{sector} {scope}")
        }
        K::ActionMonth => format!(
            "Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực \
             trên cơ sở giới{sector} {scope}"
        ),
        K::GenderAndChildren => {
            format!("Thực hiện công tác bình đẳng giới và trẻ em{sector} {scope}")
        }
    }
}

/// The sub-areas a plan of this kind is expected to cover, in order.
pub fn default_areas(kind: PlanKind) -> &'static [SubArea] {
    use SubArea::*;
    match kind {
        K::Annual => &SubArea::ALL,
        K::ActionMonth => &[
            Leadership,
            Communication,
            ActionMonth,
            ViolencePrevention,
            Coordination,
            Monitoring,
        ],
        K::MultiYear => &[
            Leadership,
            Communication,
            Mainstreaming,
            Training,
            ActionMonth,
            ViolencePrevention,
            WomenStaff,
            Emulation,
            Monitoring,
            Statistics,
            Coordination,
        ],
        K::GenderAndChildren => &[
            Leadership,
            Communication,
            Mainstreaming,
            Training,
            ActionMonth,
            Observances,
            ViolencePrevention,
            Monitoring,
            Statistics,
            Coordination,
        ],
    }
}

/// Mục tiêu chung of a plan of this kind.
pub fn general_aim(kind: PlanKind) -> &'static str {
    match kind {
        K::Annual => {
            "Tạo chuyển biến rõ rệt về nhận thức và hành động về bình đẳng giới, góp phần xây \
             dựng môi trường làm việc và học tập an toàn, bình đẳng, không có bạo lực."
        }
        K::ActionMonth => {
            "Tạo đợt cao điểm truyền thông, huy động mọi thành viên của đơn vị cùng hành động \
             vì bình đẳng giới và phòng ngừa bạo lực trên cơ sở giới."
        }
        K::MultiYear => {
            "Thu hẹp khoảng cách giới, tạo cơ hội ngang nhau cho nữ và nam trong học tập, làm \
             việc và tham gia quản lý, góp phần thực hiện thành công Chiến lược quốc gia về \
             bình đẳng giới."
        }
        K::GenderAndChildren => {
            "Bảo đảm trẻ em được sống, học tập trong môi trường an toàn, lành mạnh, thân thiện; \
             thúc đẩy bình đẳng giới trong nhà trường và trong gia đình."
        }
    }
}

/// Applies an edit; the lead-in and the closing, while they are still the
/// generated text, follow it (a new issuer name or trích yếu shows up in
/// them). Once the teacher has changed one, it is theirs and left alone.
pub fn edit_following(plan: &mut Plan, edit: impl FnOnce(&mut Plan)) {
    let lead = lead_in_for(plan);
    let close = closing_for(plan);
    edit(plan);
    if plan.lead_in == lead {
        let now = lead_in_for(plan);
        if now != lead {
            plan.lead_in = now;
        }
    }
    if plan.closing == close {
        let now = closing_for(plan);
        if now != close {
            plan.closing = now;
        }
    }
}

/// The lead-in (A6) for the plan as it stands: its issuer (or the generic
/// name of its level while the issuer is not given) and its trích yếu.
pub fn lead_in_for(plan: &Plan) -> String {
    let issuer = plan.header.issuer.trim();
    let issuer = if issuer.is_empty() {
        generic_issuer(plan.level)
    } else {
        issuer
    };
    format!(
        "{issuer} xây dựng Kế hoạch {} như sau:",
        subject_in_sentence(plan)
    )
}

/// The closing paragraph (A13) naming the plan and its year as the trích yếu
/// does (check X7), followed by the usual instruction for the level. The
/// "./." is added on export.
pub fn closing_for(plan: &Plan) -> String {
    let issuer = plan.header.issuer.trim();
    let issuer = if issuer.is_empty() {
        generic_issuer_after_cua(plan.level)
    } else {
        issuer
    };
    let follow = pick_static(SuggestionKind::Closing, plan.kind, plan.level)
        .first()
        .copied()
        .unwrap_or_default();
    format!(
        "Trên đây là Kế hoạch {} của {issuer}. {follow}",
        subject_in_sentence(plan)
    )
    .trim_end()
    .to_string()
}

/// A purpose naming the Action Month theme of the year, e.g. from
/// `catalogue::action_month_theme(year)`; `None` when the theme is unknown.
pub fn theme_purpose(theme: &str, year: u16) -> Option<String> {
    let theme = theme.trim().trim_matches(['“', '”', '"']).trim();
    (!theme.is_empty()).then(|| {
        format!(
            "Lan tỏa chủ đề của Tháng hành động năm {year} “{theme}” đến mọi thành viên của \
             đơn vị và gia đình người học."
        )
    })
}

/// Every text suggestion of one kind for a plan of this kind and level, most
/// specific first.
pub fn suggested_texts(
    kind: SuggestionKind,
    plan_kind: PlanKind,
    level: IssuerLevel,
) -> Vec<&'static str> {
    match kind {
        SuggestionKind::Task(area) => TASKS
            .iter()
            .filter(|t| t.area == area && t.fits(plan_kind, level))
            .map(|t| t.text)
            .collect(),
        SuggestionKind::Target => TARGETS
            .iter()
            .filter(|t| t.fits(plan_kind, level))
            .map(|t| t.what)
            .collect(),
        SuggestionKind::Role => roles(level).iter().map(|r| r.name).collect(),
        _ => pick_static(kind, plan_kind, level),
    }
}

/// The whole library for a plan of this kind and level.
pub fn suggestions(plan_kind: PlanKind, level: IssuerLevel) -> Vec<Suggestion> {
    let only_level = level_slice(level);
    let mut out: Vec<Suggestion> = TEXTS
        .iter()
        .filter(|s| s.fits(plan_kind, level))
        .copied()
        .collect();
    out.extend(
        TASKS
            .iter()
            .filter(|t| t.fits(plan_kind, level))
            .map(|t| Suggestion {
                kind: SuggestionKind::Task(t.area),
                text: t.text,
                kinds: t.kinds,
                levels: t.levels,
            }),
    );
    out.extend(
        TARGETS
            .iter()
            .filter(|t| t.fits(plan_kind, level))
            .map(|t| Suggestion {
                kind: SuggestionKind::Target,
                text: t.what,
                kinds: t.kinds,
                levels: t.levels,
            }),
    );
    out.extend(roles(level).iter().map(|r| Suggestion {
        kind: SuggestionKind::Role,
        text: r.name,
        kinds: &[],
        levels: only_level,
    }));
    out
}

/// Measurable targets (chỉ tiêu) for this kind and level. Values are usual
/// starting points for the user to adjust; owners are roles of
/// [`suggested_assignments`].
pub fn suggested_targets(kind: PlanKind, level: IssuerLevel) -> Vec<Target> {
    TARGETS
        .iter()
        .filter(|t| t.fits(kind, level))
        .map(|t| Target {
            id: 0,
            what: t.what.to_string(),
            group: t.group.text(level).to_string(),
            value: t.value.to_string(),
            unit: t.unit.clone(),
            by_when: t.by.text(kind).to_string(),
            owner: lead_role(level, t.owner).to_string(),
        })
        .collect()
}

/// Tasks of one sub-area for this kind and level, dated in `year` where a
/// date belongs (key days, the Action Month, reviews). Ids are 0: the plan
/// gives one on insertion ([`insert_task`]).
pub fn suggested_tasks(
    kind: PlanKind,
    level: IssuerLevel,
    area: SubArea,
    year: u16,
) -> Vec<TaskItem> {
    TASKS
        .iter()
        .filter(|t| t.area == area && t.fits(kind, level))
        .map(|t| TaskItem {
            id: 0,
            text: t.text.to_string(),
            timing: t.when.text(kind, year),
            lead: lead_role(level, t.lead).to_string(),
            participants: String::new(),
            targets: Vec::new(),
        })
        .collect()
}

/// Roles or units of tổ chức thực hiện for the level, with their duties.
/// Ids are 0.
pub fn suggested_assignments(kind: PlanKind, level: IssuerLevel) -> Vec<Assignment> {
    let mut out: Vec<Assignment> = roles(level)
        .iter()
        .map(|r| Assignment {
            id: 0,
            role: r.name.to_string(),
            duties: r.duties.iter().map(|d| d.to_string()).collect(),
        })
        .collect();
    // The kind adds one duty to whoever coordinates the plan.
    let extra = match kind {
        K::ActionMonth => Some(
            "Xây dựng chương trình hoạt động của Tháng hành động; tổng hợp kết quả và báo cáo \
             sau khi Tháng hành động kết thúc.",
        ),
        K::GenderAndChildren => Some(
            "Theo dõi công tác bảo vệ trẻ em, phòng, chống tai nạn thương tích và đuối nước; \
             bảo đảm bí mật thông tin cá nhân của trẻ em.",
        ),
        K::MultiYear => Some(
            "Đánh giá hằng năm mức độ đạt các chỉ tiêu của giai đoạn và đề xuất điều chỉnh khi \
             cần thiết.",
        ),
        K::Annual => None,
    };
    if let Some(extra) = extra {
        let coordinator = lead_role(level, &[Actor::Ban, Actor::Admin, Actor::Prof]);
        if let Some(a) = out.iter_mut().find(|a| a.role == coordinator) {
            a.duties.push(extra.to_string());
        }
    }
    out
}

/// Report deadlines: mid-year and year-end for a year's plan, one report
/// after the Month for an Action Month plan, yearly and milestone reports for
/// a multi-year plan. Ids are 0.
pub fn suggested_reports(kind: PlanKind, level: IssuerLevel, year: u16) -> Vec<ReportDeadline> {
    let office = matches!(level, L::So | L::Phong);
    // An office's plan sets the dates its units report to it, a little
    // before its own reports are due upward.
    let (who, recipient) = if office {
        ("Các đơn vị gửi ", generic_issuer(level).to_string())
    } else {
        ("", superior_for(level, year).to_string())
    };
    let channel = "bằng văn bản và qua thư điện tử".to_string();
    let report = |content: String, date: Option<Date>| {
        let mut content = format!("{who}{content}");
        if office {
            content = lower_report(&content);
        }
        ReportDeadline {
            id: 0,
            date,
            content,
            recipient: recipient.clone(),
            channel: channel.clone(),
        }
    };
    match kind {
        K::Annual | K::GenderAndChildren => {
            let (mid, end) = if office {
                (Date::new(year, 6, 5), Date::new(year, 11, 20))
            } else {
                (Date::new(year, 6, 10), Date::new(year, 11, 30))
            };
            let topic = if kind == K::GenderAndChildren {
                "công tác bình đẳng giới và trẻ em"
            } else {
                "công tác bình đẳng giới và vì sự tiến bộ của phụ nữ"
            };
            vec![
                report(
                    format!("Báo cáo sơ kết 6 tháng đầu năm {year} thực hiện {topic}"),
                    mid,
                ),
                report(
                    format!("Báo cáo tổng kết năm {year} thực hiện {topic}"),
                    end,
                ),
            ]
        }
        K::ActionMonth => {
            let date = if office {
                Date::new(year, 12, 18)
            } else {
                Date::new(year, 12, 20)
            };
            vec![report(
                format!(
                    "Báo cáo kết quả tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, \
                     ứng phó với bạo lực trên cơ sở giới năm {year}"
                ),
                date,
            )]
        }
        K::MultiYear => {
            let (from, to) = span_of(year);
            let mid = from + 4;
            let mut v = Vec::new();
            if year != mid && year != to {
                v.push(report(
                    format!("Báo cáo kết quả thực hiện Kế hoạch năm {year}"),
                    Date::new(year, 11, 30),
                ));
            }
            if mid >= year {
                v.push(report(
                    format!("Báo cáo sơ kết giai đoạn {from}-{mid}"),
                    Date::new(mid, 11, 30),
                ));
            }
            v.push(report(
                format!("Báo cáo tổng kết giai đoạn {from}-{to}"),
                Date::new(to, 11, 30),
            ));
            v
        }
    }
}

/// Puts a task into the group of its sub-area (created when missing) with a
/// fresh id, and returns the id.
pub fn insert_task(plan: &mut Plan, area: SubArea, mut item: TaskItem) -> ItemId {
    item.id = plan.fresh_id();
    let id = item.id;
    if let Some(g) = plan.task_groups.iter_mut().find(|g| g.area == Some(area)) {
        g.items.push(item);
    } else {
        let gid = plan.fresh_id();
        plan.task_groups.push(TaskGroup {
            id: gid,
            area: Some(area),
            title: area.title_vi().to_string(),
            items: vec![item],
        });
    }
    id
}

// ------------------------------------------------------------------- helpers

fn span_of(year: u16) -> (u16, u16) {
    let from = (year.saturating_sub(1) / 10) * 10 + 1;
    (from, from + 9)
}

fn scope_words(period: Period) -> String {
    match period {
        Period::Year { year } => format!("năm {year}"),
        Period::SchoolYear { start } => format!("năm học {start}-{}", start + 1),
        Period::Span { from, to } => format!("giai đoạn {from}-{to}"),
    }
}

/// The issuer as the subject of a sentence while its name is not given.
fn generic_issuer(level: IssuerLevel) -> &'static str {
    match level {
        L::So => "Sở Giáo dục và Đào tạo",
        L::Phong => "Phòng Giáo dục và Đào tạo",
        L::GdnnGdtx => "Trung tâm",
        L::BanVstbpn => "Ban Vì sự tiến bộ phụ nữ",
        L::MamNon | L::TieuHoc | L::Thcs | L::Thpt | L::LienCap | L::CaoDang => "Nhà trường",
    }
}

/// The same after "của" inside a sentence.
fn generic_issuer_after_cua(level: IssuerLevel) -> &'static str {
    match generic_issuer(level) {
        "Nhà trường" => "nhà trường",
        other => other,
    }
}

/// The trích yếu as it reads after "Kế hoạch" inside a sentence: without a
/// final period, and with its first letter lowered unless it opens with a
/// proper name ("Tháng hành động …") or an abbreviation.
fn subject_in_sentence(plan: &Plan) -> String {
    let subject = plan.title.subject.trim().trim_end_matches('.').trim();
    let subject = if subject.is_empty() {
        default_subject(plan.kind, plan.level, plan.period)
    } else {
        subject.to_string()
    };
    lower_first(&subject)
}

fn lower_first(s: &str) -> String {
    const PROPER: [&str; 5] = ["Tháng ", "Ngày ", "Chương trình ", "Đề án ", "Chiến lược "];
    if PROPER.iter().any(|p| s.starts_with(p)) {
        return s.to_string();
    }
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    // "BĐG …", "VSTBPN …": an abbreviation keeps its capitals.
    if chars.next().is_some_and(char::is_uppercase) {
        return s.to_string();
    }
    first.to_lowercase().chain(s.chars().skip(1)).collect()
}

/// "Các đơn vị gửi Báo cáo …" reads "Các đơn vị gửi báo cáo …".
fn lower_report(s: &str) -> String {
    s.replacen("gửi Báo cáo", "gửi báo cáo", 1)
}

/// Where a school (or the Ban) sends its reports. District Phòng GD&ĐT
/// ended on 1/7/2025; which body receives the reports of mầm non, tiểu học
/// and THCS schools after that is not verified, so later dates name the
/// commune-level people's committee, which the user may change.
fn superior_for(level: IssuerLevel, year: u16) -> &'static str {
    match level {
        L::MamNon | L::TieuHoc | L::Thcs | L::LienCap if year <= 2025 => {
            "Phòng Giáo dục và Đào tạo"
        }
        L::MamNon | L::TieuHoc | L::Thcs | L::LienCap => "Ủy ban nhân dân xã, phường",
        L::Thpt | L::GdnnGdtx => "Sở Giáo dục và Đào tạo",
        L::CaoDang | L::So => "Ủy ban nhân dân tỉnh",
        L::Phong => "Ủy ban nhân dân quận, huyện",
        L::BanVstbpn => "Thủ trưởng đơn vị và Ban Vì sự tiến bộ phụ nữ cấp trên",
    }
}

fn starter_recipients(level: IssuerLevel, year: u16) -> Vec<String> {
    let lines: Vec<&str> = match level {
        L::So => vec![
            "Ủy ban nhân dân tỉnh (để báo cáo)",
            "Bộ Giáo dục và Đào tạo (để báo cáo)",
            "Ban Giám đốc Sở",
            "Các phòng chuyên môn, đơn vị trực thuộc Sở",
            "Trang thông tin điện tử của Sở",
        ],
        L::Phong => vec![
            "Ủy ban nhân dân quận, huyện (để báo cáo)",
            "Lãnh đạo Phòng",
            "Các cơ sở giáo dục trực thuộc",
        ],
        L::BanVstbpn => vec![
            "Thủ trưởng đơn vị (để báo cáo)",
            "Thành viên Ban",
            "Các bộ phận, đoàn thể trong đơn vị",
        ],
        L::GdnnGdtx => vec![
            "Sở Giáo dục và Đào tạo (để báo cáo)",
            "Ban Giám đốc",
            "Các phòng, tổ chuyên môn, đoàn thể",
            "Trang thông tin điện tử của Trung tâm",
        ],
        L::CaoDang => vec![
            "Cơ quan chủ quản (để báo cáo)",
            "Ban Giám hiệu",
            "Các phòng, khoa, đoàn thể",
            "Trang thông tin điện tử của trường",
        ],
        L::MamNon | L::TieuHoc | L::Thcs | L::Thpt | L::LienCap => {
            let superior = match superior_for(level, year) {
                "Phòng Giáo dục và Đào tạo" => "Phòng Giáo dục và Đào tạo (để báo cáo)",
                "Sở Giáo dục và Đào tạo" => "Sở Giáo dục và Đào tạo (để báo cáo)",
                _ => "Ủy ban nhân dân xã, phường (để báo cáo)",
            };
            vec![
                superior,
                "Ban Giám hiệu",
                "Các tổ chuyên môn, đoàn thể",
                "Trang thông tin điện tử của trường",
            ]
        }
    };
    lines.into_iter().map(str::to_string).collect()
}

fn pick_static(kind: SuggestionKind, plan_kind: PlanKind, level: IssuerLevel) -> Vec<&'static str> {
    let mut v: Vec<&Suggestion> = TEXTS
        .iter()
        .filter(|s| s.kind == kind && s.fits(plan_kind, level))
        .collect();
    // Stable: within one specificity the table order stands.
    v.sort_by_key(|s| std::cmp::Reverse(s.specificity()));
    v.into_iter().map(|s| s.text).collect()
}

fn pick(kind: SuggestionKind, plan_kind: PlanKind, level: IssuerLevel, n: usize) -> Vec<String> {
    pick_static(kind, plan_kind, level)
        .into_iter()
        .take(n)
        .map(str::to_string)
        .collect()
}

static LEVELS: [IssuerLevel; 10] = IssuerLevel::ALL;

fn level_slice(level: IssuerLevel) -> &'static [IssuerLevel] {
    let i = LEVELS.iter().position(|&l| l == level).unwrap_or(0);
    std::slice::from_ref(&LEVELS[i])
}

// ------------------------------------------------------------ level and kind sets

const ALL: &[IssuerLevel] = &[];
const OFFICE: &[IssuerLevel] = &[L::So, L::Phong];
const PRESCHOOL: &[IssuerLevel] = &[L::MamNon];
/// Trường phổ thông.
const GENERAL: &[IssuerLevel] = &[L::TieuHoc, L::Thcs, L::Thpt, L::LienCap];
const VOCATIONAL: &[IssuerLevel] = &[L::GdnnGdtx, L::CaoDang];
const BAN: &[IssuerLevel] = &[L::BanVstbpn];
const SCHOOLS: &[IssuerLevel] = &[
    L::MamNon,
    L::TieuHoc,
    L::Thcs,
    L::Thpt,
    L::LienCap,
    L::GdnnGdtx,
    L::CaoDang,
];
/// Schools whose learners are children.
const CHILD_SCHOOLS: &[IssuerLevel] = &[L::MamNon, L::TieuHoc, L::Thcs, L::Thpt, L::LienCap];
const NOT_OFFICE: &[IssuerLevel] = &[
    L::MamNon,
    L::TieuHoc,
    L::Thcs,
    L::Thpt,
    L::LienCap,
    L::GdnnGdtx,
    L::CaoDang,
    L::BanVstbpn,
];
const NOT_BAN: &[IssuerLevel] = &[
    L::So,
    L::Phong,
    L::MamNon,
    L::TieuHoc,
    L::Thcs,
    L::Thpt,
    L::LienCap,
    L::GdnnGdtx,
    L::CaoDang,
];
const NOT_VOCATIONAL: &[IssuerLevel] = &[
    L::So,
    L::Phong,
    L::MamNon,
    L::TieuHoc,
    L::Thcs,
    L::Thpt,
    L::LienCap,
    L::BanVstbpn,
];
const SCHOOLS_AND_SO: &[IssuerLevel] = &[
    L::So,
    L::MamNon,
    L::TieuHoc,
    L::Thcs,
    L::Thpt,
    L::LienCap,
    L::GdnnGdtx,
    L::CaoDang,
];
const SCHOOLS_AND_BAN: &[IssuerLevel] = NOT_OFFICE;
const OFFICE_AND_BAN: &[IssuerLevel] = &[L::So, L::Phong, L::BanVstbpn];
const GENERAL_AND_PRESCHOOL: &[IssuerLevel] =
    &[L::MamNon, L::TieuHoc, L::Thcs, L::Thpt, L::LienCap];
const GENERAL_AND_VOCATIONAL: &[IssuerLevel] = &[
    L::TieuHoc,
    L::Thcs,
    L::Thpt,
    L::LienCap,
    L::GdnnGdtx,
    L::CaoDang,
];
const CHILD_SCHOOLS_AND_OFFICE: &[IssuerLevel] = &[
    L::So,
    L::Phong,
    L::MamNon,
    L::TieuHoc,
    L::Thcs,
    L::Thpt,
    L::LienCap,
];

const ANY: &[PlanKind] = &[];
const ACTION: &[PlanKind] = &[K::ActionMonth];
const NOT_ACTION: &[PlanKind] = &[K::Annual, K::MultiYear, K::GenderAndChildren];
const YEARLY: &[PlanKind] = &[K::Annual, K::GenderAndChildren];
const MULTI: &[PlanKind] = &[K::MultiYear];
const CHILDREN: &[PlanKind] = &[K::GenderAndChildren];

// --------------------------------------------------------------------- roles

/// Who does a task, independent of what the role is called at each level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Actor {
    /// The head: Hiệu trưởng, Giám đốc, Lãnh đạo Phòng/Sở, Trưởng ban.
    Head,
    /// Ban Vì sự tiến bộ phụ nữ (its members, for a Ban's own plan).
    Ban,
    /// Who leads teaching: Phó hiệu trưởng chuyên môn, Phòng Đào tạo, Phó trưởng ban.
    Deputy,
    /// Tổ chuyên môn, phòng/khoa, bộ phận chuyên môn of an office.
    Prof,
    Union,
    /// The pupils' organisation: Đội (tiểu học, THCS) or Đoàn (THPT, colleges).
    Youth,
    /// The teachers' Đoàn branch where pupils have the Đội.
    YouthBranch,
    /// Giáo viên chủ nhiệm; in mầm non the teachers of each group.
    Homeroom,
    Counsel,
    Parents,
    /// Văn phòng, Phòng Tổ chức – Hành chính.
    Admin,
    Comms,
    /// The units under an office.
    Units,
    Staff,
}

struct Role {
    actor: Actor,
    name: &'static str,
    duties: &'static [&'static str],
}

const fn role(actor: Actor, name: &'static str, duties: &'static [&'static str]) -> Role {
    Role {
        actor,
        name,
        duties,
    }
}

/// The role that leads for the level: the first of `prefs` the level has,
/// else the head (every level has one).
fn lead_role(level: IssuerLevel, prefs: &[Actor]) -> &'static str {
    lead_role_strict(level, prefs).unwrap_or_else(|| roles(level)[0].name)
}

fn lead_role_strict(level: IssuerLevel, prefs: &[Actor]) -> Option<&'static str> {
    let table = roles(level);
    prefs
        .iter()
        .find_map(|a| table.iter().find(|r| r.actor == *a))
        .map(|r| r.name)
}

const D_HEAD_SCHOOL: &[&str] = &[
    "Chỉ đạo chung việc thực hiện Kế hoạch; phân công nhiệm vụ cụ thể cho các bộ phận, cá nhân.",
    "Bố trí thời gian, cơ sở vật chất và kinh phí cho các hoạt động theo quy định.",
    "Chỉ đạo xử lý kịp thời, đúng quy định các vụ việc bạo lực, xâm hại liên quan đến nhà \
     trường; quyết định điều chỉnh Kế hoạch khi cần thiết.",
];
const D_HEAD_CENTRE: &[&str] = &[
    "Chỉ đạo chung việc thực hiện Kế hoạch; phân công nhiệm vụ cụ thể cho các bộ phận, cá nhân.",
    "Bố trí thời gian, cơ sở vật chất và kinh phí cho các hoạt động theo quy định.",
    "Chỉ đạo xử lý kịp thời, đúng quy định các vụ việc bạo lực, xâm hại liên quan đến học viên \
     và người lao động; quyết định điều chỉnh Kế hoạch khi cần thiết.",
];
const D_BAN: &[&str] = &[
    "Tham mưu xây dựng Kế hoạch; hướng dẫn, đôn đốc các bộ phận triển khai các hoạt động.",
    "Theo dõi tiến độ, lưu giữ minh chứng và số liệu tách biệt giới; chuẩn bị báo cáo sơ kết, \
     tổng kết.",
    "Đề xuất biểu dương, khen thưởng tập thể, cá nhân có thành tích.",
];
const D_DEPUTY_GENERAL: &[&str] = &[
    "Chỉ đạo các tổ chuyên môn đưa nội dung giới, bình đẳng giới vào kế hoạch dạy học và hoạt \
     động giáo dục.",
    "Tổ chức dự giờ, sinh hoạt chuyên môn để đánh giá và nhân rộng các bài dạy có lồng ghép \
     hiệu quả.",
];
const D_DEPUTY_PRESCHOOL: &[&str] = &[
    "Chỉ đạo giáo viên lồng ghép giáo dục giới vào hoạt động chăm sóc, giáo dục trẻ; tổ chức \
     môi trường chơi không định kiến giới.",
    "Kiểm tra việc bảo đảm an toàn cho trẻ ở các nhóm, lớp.",
];
const D_PROF_TEAMS: &[&str] = &[
    "Lựa chọn bài học, chủ đề phù hợp để lồng ghép; thảo luận cách tổ chức trong sinh hoạt tổ.",
    "Rà soát học liệu, đồ dùng dạy học, loại bỏ hình ảnh và ngôn từ mang định kiến giới.",
];
const D_UNION_SCHOOL: &[&str] = &[
    "Tuyên truyền chính sách, pháp luật liên quan đến lao động nữ; giám sát việc thực hiện chế \
     độ đối với người lao động nữ.",
    "Tổ chức các hoạt động nhân ngày 8/3 và ngày 20/10; phát động phong trào thi đua “Giỏi việc \
     trường, đảm việc nhà”.",
    "Nắm bắt tâm tư, hoàn cảnh của đoàn viên để kịp thời hỗ trợ khi có dấu hiệu bạo lực gia \
     đình.",
];
const D_UNION_GENERIC: &[&str] = &[
    "Tuyên truyền chính sách, pháp luật liên quan đến lao động nữ; giám sát việc thực hiện chế \
     độ đối với người lao động nữ.",
    "Tổ chức các hoạt động nhân ngày 8/3 và ngày 20/10; nắm bắt hoàn cảnh của đoàn viên để kịp \
     thời hỗ trợ.",
];
const D_DOI_PRIMARY: &[&str] = &[
    "Xây dựng nội dung sinh hoạt dưới cờ, sinh hoạt Đội và sao nhi đồng về tôn trọng bạn bè, \
     bình đẳng giới và phòng, chống bạo lực học đường.",
    "Tổ chức cho học sinh tham gia các hoạt động hưởng ứng ngày kỷ niệm và Tháng hành động.",
];
const D_DOI_SECONDARY: &[&str] = &[
    "Xây dựng nội dung sinh hoạt dưới cờ, sinh hoạt Đội về tôn trọng bạn bè, bình đẳng giới và \
     phòng, chống bạo lực học đường.",
    "Tổ chức cho học sinh tham gia các hoạt động hưởng ứng ngày kỷ niệm và Tháng hành động.",
];
const D_TEACHER_BRANCH: &[&str] = &[
    "Phối hợp tổ chức các hoạt động trải nghiệm, văn nghệ, thể thao cho học sinh; vận động đoàn \
     viên gương mẫu thực hiện bình đẳng giới.",
];
const D_BRANCH_PRESCHOOL: &[&str] = &[
    "Tham gia trang trí, tuyên truyền và tổ chức các hoạt động cho trẻ nhân các ngày kỷ niệm; \
     vận động đoàn viên gương mẫu thực hiện bình đẳng giới.",
];
const D_DOAN_THPT: &[&str] = &[
    "Tổ chức diễn đàn, câu lạc bộ, hoạt động ngoại khóa cho đoàn viên, học sinh về bình đẳng \
     giới, tình bạn lành mạnh và phòng, chống quấy rối.",
    "Tổ chức hoạt động hưởng ứng Tháng hành động và các ngày kỷ niệm; lan tỏa thông điệp trên \
     trang mạng xã hội của Đoàn.",
];
const D_DOAN_LIEN_CAP: &[&str] = &[
    "Phối hợp tổ chức hoạt động trải nghiệm cho học sinh; tổ chức diễn đàn cho học sinh các lớp \
     lớn về bình đẳng giới và tình bạn lành mạnh.",
];
const D_DOAN_VOCATIONAL: &[&str] = &[
    "Tổ chức diễn đàn, cuộc thi, hoạt động tình nguyện cho người học về bình đẳng giới và \
     phòng, chống bạo lực trên cơ sở giới.",
    "Phát huy vai trò của đoàn viên trong việc phát hiện, phản ánh các hành vi quấy rối, bạo \
     lực.",
];
const D_HOMEROOM: &[&str] = &[
    "Lồng ghép giáo dục giới, kỹ năng tự bảo vệ trong giờ sinh hoạt lớp; theo dõi để phát hiện \
     sớm học sinh có dấu hiệu bị bạo lực, xâm hại và báo cáo kịp thời.",
    "Phối hợp với cha mẹ học sinh trong giáo dục và bảo vệ học sinh.",
];
const D_TEACHERS_PRESCHOOL: &[&str] = &[
    "Tổ chức hoạt động giáo dục giới phù hợp với lứa tuổi; quan sát, phát hiện sớm dấu hiệu bất \
     thường ở trẻ và báo cáo ngay với Ban Giám hiệu.",
    "Trao đổi với cha mẹ trẻ về cách nuôi dạy con không phân biệt giới.",
];
const D_HOMEROOM_VOCATIONAL: &[&str] = &[
    "Nắm bắt hoàn cảnh, tâm lý của người học; phát hiện sớm và báo cáo kịp thời các trường hợp \
     có nguy cơ bị bạo lực, quấy rối.",
    "Giữ liên lạc với gia đình người học khi cần phối hợp hỗ trợ.",
];
const D_COUNSEL: &[&str] = &[
    "Tư vấn tâm lý, kỹ năng ứng phó với bạo lực, xâm hại, quấy rối cho học sinh; giữ bí mật \
     thông tin của người được tư vấn.",
    "Phối hợp với giáo viên chủ nhiệm và gia đình hỗ trợ học sinh gặp khó khăn.",
];
const D_PARENTS: &[&str] = &[
    "Phổ biến nội dung Kế hoạch đến cha mẹ học sinh các lớp; vận động các gia đình chia sẻ việc \
     nhà, đối xử công bằng giữa con trai và con gái.",
    "Phối hợp với nhà trường bảo đảm an toàn cho học sinh ngoài giờ học.",
];
const D_PARENTS_PRESCHOOL: &[&str] = &[
    "Phổ biến nội dung Kế hoạch đến cha mẹ trẻ các nhóm, lớp; vận động các gia đình chia sẻ \
     việc nhà, đối xử công bằng giữa con trai và con gái.",
    "Phối hợp với nhà trường bảo đảm an toàn cho trẻ khi đưa đón và ở nhà.",
];
const D_STAFF_SCHOOL: &[&str] = &[
    "Thực hiện đầy đủ nhiệm vụ được phân công; gương mẫu trong ứng xử, tôn trọng bình đẳng giới \
     tại nơi làm việc và trong gia đình.",
    "Báo cáo ngay với Ban Giám hiệu khi phát hiện dấu hiệu bạo lực, xâm hại.",
];
const D_STAFF_CENTRE: &[&str] = &[
    "Thực hiện đầy đủ nhiệm vụ được phân công; gương mẫu trong ứng xử, tôn trọng bình đẳng giới \
     tại nơi làm việc và trong gia đình.",
    "Báo cáo ngay với lãnh đạo đơn vị khi phát hiện dấu hiệu bạo lực, xâm hại, quấy rối.",
];
const D_ADMIN_VOCATIONAL: &[&str] = &[
    "Tham mưu ban hành văn bản triển khai Kế hoạch; rà soát quy hoạch, đào tạo, bồi dưỡng cán \
     bộ nữ.",
    "Tổng hợp số liệu đội ngũ tách biệt theo giới phục vụ báo cáo.",
];

const ROLES_PRESCHOOL: &[Role] = &[
    role(Actor::Head, "Hiệu trưởng", D_HEAD_SCHOOL),
    role(Actor::Ban, "Ban Vì sự tiến bộ phụ nữ", D_BAN),
    role(
        Actor::Deputy,
        "Phó hiệu trưởng phụ trách chuyên môn",
        D_DEPUTY_PRESCHOOL,
    ),
    role(Actor::Prof, "Các tổ chuyên môn", D_PROF_TEAMS),
    role(Actor::Union, "Công đoàn cơ sở", D_UNION_SCHOOL),
    role(Actor::YouthBranch, "Chi đoàn", D_BRANCH_PRESCHOOL),
    role(
        Actor::Homeroom,
        "Giáo viên các nhóm, lớp",
        D_TEACHERS_PRESCHOOL,
    ),
    role(
        Actor::Parents,
        "Ban đại diện cha mẹ trẻ",
        D_PARENTS_PRESCHOOL,
    ),
    role(Actor::Staff, "Cán bộ, giáo viên, nhân viên", D_STAFF_SCHOOL),
];

const ROLES_PRIMARY: &[Role] = &[
    role(Actor::Head, "Hiệu trưởng", D_HEAD_SCHOOL),
    role(Actor::Ban, "Ban Vì sự tiến bộ phụ nữ", D_BAN),
    role(
        Actor::Deputy,
        "Phó hiệu trưởng phụ trách chuyên môn",
        D_DEPUTY_GENERAL,
    ),
    role(Actor::Prof, "Các tổ chuyên môn", D_PROF_TEAMS),
    role(Actor::Union, "Công đoàn cơ sở", D_UNION_SCHOOL),
    role(Actor::Youth, "Tổng phụ trách Đội", D_DOI_PRIMARY),
    role(Actor::YouthBranch, "Chi đoàn giáo viên", D_TEACHER_BRANCH),
    role(Actor::Homeroom, "Giáo viên chủ nhiệm", D_HOMEROOM),
    role(Actor::Counsel, "Tổ tư vấn học đường", D_COUNSEL),
    role(Actor::Parents, "Ban đại diện cha mẹ học sinh", D_PARENTS),
    role(Actor::Staff, "Cán bộ, giáo viên, nhân viên", D_STAFF_SCHOOL),
];

const ROLES_LOWER_SECONDARY: &[Role] = &[
    role(Actor::Head, "Hiệu trưởng", D_HEAD_SCHOOL),
    role(Actor::Ban, "Ban Vì sự tiến bộ phụ nữ", D_BAN),
    role(
        Actor::Deputy,
        "Phó hiệu trưởng phụ trách chuyên môn",
        D_DEPUTY_GENERAL,
    ),
    role(Actor::Prof, "Các tổ chuyên môn", D_PROF_TEAMS),
    role(Actor::Union, "Công đoàn cơ sở", D_UNION_SCHOOL),
    role(Actor::Youth, "Tổng phụ trách Đội", D_DOI_SECONDARY),
    role(Actor::YouthBranch, "Chi đoàn giáo viên", D_TEACHER_BRANCH),
    role(Actor::Homeroom, "Giáo viên chủ nhiệm", D_HOMEROOM),
    role(Actor::Counsel, "Tổ tư vấn học đường", D_COUNSEL),
    role(Actor::Parents, "Ban đại diện cha mẹ học sinh", D_PARENTS),
    role(Actor::Staff, "Cán bộ, giáo viên, nhân viên", D_STAFF_SCHOOL),
];

// Upper secondary pupils belong to the Đoàn; the school has no Đội.
const ROLES_UPPER_SECONDARY: &[Role] = &[
    role(Actor::Head, "Hiệu trưởng", D_HEAD_SCHOOL),
    role(Actor::Ban, "Ban Vì sự tiến bộ phụ nữ", D_BAN),
    role(
        Actor::Deputy,
        "Phó hiệu trưởng phụ trách chuyên môn",
        D_DEPUTY_GENERAL,
    ),
    role(Actor::Prof, "Các tổ chuyên môn", D_PROF_TEAMS),
    role(Actor::Union, "Công đoàn cơ sở", D_UNION_SCHOOL),
    role(Actor::Youth, "Đoàn trường", D_DOAN_THPT),
    role(Actor::Homeroom, "Giáo viên chủ nhiệm", D_HOMEROOM),
    role(Actor::Counsel, "Tổ tư vấn học đường", D_COUNSEL),
    role(Actor::Parents, "Ban đại diện cha mẹ học sinh", D_PARENTS),
    role(Actor::Staff, "Cán bộ, giáo viên, nhân viên", D_STAFF_SCHOOL),
];

const ROLES_LIEN_CAP: &[Role] = &[
    role(Actor::Head, "Hiệu trưởng", D_HEAD_SCHOOL),
    role(Actor::Ban, "Ban Vì sự tiến bộ phụ nữ", D_BAN),
    role(
        Actor::Deputy,
        "Phó hiệu trưởng phụ trách chuyên môn",
        D_DEPUTY_GENERAL,
    ),
    role(Actor::Prof, "Các tổ chuyên môn", D_PROF_TEAMS),
    role(Actor::Union, "Công đoàn cơ sở", D_UNION_SCHOOL),
    role(Actor::Youth, "Tổng phụ trách Đội", D_DOI_SECONDARY),
    role(
        Actor::YouthBranch,
        "Đoàn Thanh niên nhà trường",
        D_DOAN_LIEN_CAP,
    ),
    role(Actor::Homeroom, "Giáo viên chủ nhiệm", D_HOMEROOM),
    role(Actor::Counsel, "Tổ tư vấn học đường", D_COUNSEL),
    role(Actor::Parents, "Ban đại diện cha mẹ học sinh", D_PARENTS),
    role(Actor::Staff, "Cán bộ, giáo viên, nhân viên", D_STAFF_SCHOOL),
];

const ROLES_CENTRE: &[Role] = &[
    role(Actor::Head, "Giám đốc", D_HEAD_CENTRE),
    role(Actor::Ban, "Ban Vì sự tiến bộ phụ nữ", D_BAN),
    role(
        Actor::Admin,
        "Phòng Hành chính – Tổng hợp",
        D_ADMIN_VOCATIONAL,
    ),
    role(Actor::Prof, "Các tổ chuyên môn", D_PROF_TEAMS),
    role(Actor::Union, "Công đoàn cơ sở", D_UNION_GENERIC),
    role(Actor::Youth, "Đoàn Thanh niên", D_DOAN_VOCATIONAL),
    role(
        Actor::Homeroom,
        "Giáo viên chủ nhiệm",
        D_HOMEROOM_VOCATIONAL,
    ),
    role(
        Actor::Counsel,
        "Bộ phận tư vấn, hướng nghiệp",
        &[
            "Tư vấn hướng nghiệp, việc làm không định kiến giới; hỗ trợ học viên gặp khó khăn \
           hoặc có nguy cơ bị bạo lực.",
        ],
    ),
    role(Actor::Staff, "Giáo viên, nhân viên", D_STAFF_CENTRE),
];

const ROLES_COLLEGE: &[Role] = &[
    role(Actor::Head, "Hiệu trưởng", D_HEAD_SCHOOL),
    role(Actor::Ban, "Ban Vì sự tiến bộ phụ nữ", D_BAN),
    role(
        Actor::Admin,
        "Phòng Tổ chức – Hành chính",
        D_ADMIN_VOCATIONAL,
    ),
    role(
        Actor::Deputy,
        "Phòng Đào tạo",
        &[
            "Chỉ đạo lồng ghép bình đẳng giới trong chương trình, kế hoạch đào tạo; phối hợp tư \
           vấn tuyển sinh không định kiến giới.",
        ],
    ),
    role(
        Actor::Prof,
        "Các phòng, khoa",
        &[
            "Phổ biến Kế hoạch đến viên chức, người học của đơn vị; lồng ghép nội dung bình đẳng \
             giới trong giảng dạy và các hoạt động.",
            "Gửi kết quả thực hiện về Ban Vì sự tiến bộ phụ nữ cùng với báo cáo định kỳ của đơn \
             vị.",
        ],
    ),
    role(
        Actor::Counsel,
        "Phòng Công tác học sinh, sinh viên",
        &[
            "Tiếp nhận, phối hợp xử lý phản ánh về quấy rối, bạo lực đối với người học, kể cả tại \
             ký túc xá và nơi thực tập.",
            "Phối hợp tổ chức các hoạt động tư vấn, hỗ trợ người học.",
        ],
    ),
    role(Actor::Union, "Công đoàn cơ sở", D_UNION_SCHOOL),
    role(Actor::Youth, "Đoàn Thanh niên", D_DOAN_VOCATIONAL),
    role(
        Actor::Homeroom,
        "Giáo viên chủ nhiệm, cố vấn học tập",
        D_HOMEROOM_VOCATIONAL,
    ),
    role(
        Actor::Comms,
        "Tổ truyền thông",
        &[
            "Đăng tải Kế hoạch, tin, bài về các hoạt động trên trang thông tin điện tử và trang \
           mạng xã hội của trường.",
        ],
    ),
    role(
        Actor::Staff,
        "Giảng viên, viên chức, người lao động",
        D_STAFF_CENTRE,
    ),
];

const ROLES_PHONG: &[Role] = &[
    role(
        Actor::Head,
        "Lãnh đạo Phòng",
        &[
            "Chỉ đạo chung; phân công chuyên viên theo dõi công tác bình đẳng giới ở từng cấp học.",
            "Chỉ đạo phối hợp với các cơ quan chức năng xử lý các vụ việc bạo lực, xâm hại liên \
             quan đến học sinh.",
        ],
    ),
    role(
        Actor::Prof,
        "Các bộ phận chuyên môn thuộc Phòng",
        &[
            "Tham mưu xây dựng, triển khai Kế hoạch; hướng dẫn các cơ sở giáo dục lồng ghép bình \
             đẳng giới trong hoạt động giáo dục.",
            "Kiểm tra, tổng hợp kết quả và số liệu tách biệt giới; báo cáo cấp trên đúng thời \
             hạn.",
        ],
    ),
    role(
        Actor::Units,
        "Thủ trưởng các cơ sở giáo dục",
        &[
            "Xây dựng, ban hành kế hoạch của đơn vị phù hợp với cấp học và điều kiện thực tế.",
            "Tổ chức tuyên truyền đến giáo viên, nhân viên, cha mẹ học sinh và học sinh; bảo đảm \
             an toàn, phòng, chống bạo lực, xâm hại và đuối nước cho học sinh.",
            "Báo cáo kết quả về Phòng Giáo dục và Đào tạo đúng thời hạn.",
        ],
    ),
];

const ROLES_SO: &[Role] = &[
    role(
        Actor::Head,
        "Lãnh đạo Sở",
        &[
            "Chỉ đạo chung; phân công một Phó Giám đốc phụ trách công tác bình đẳng giới và vì sự \
           tiến bộ của phụ nữ.",
        ],
    ),
    role(
        Actor::Admin,
        "Văn phòng Sở",
        &[
            "Chủ trì tham mưu triển khai Kế hoạch; tổng hợp kết quả và số liệu tách biệt giới của \
           toàn ngành để báo cáo cấp trên.",
        ],
    ),
    role(
        Actor::Prof,
        "Các phòng chuyên môn thuộc Sở",
        &[
            "Lồng ghép bình đẳng giới trong hướng dẫn nhiệm vụ năm học, tập huấn và kiểm tra theo \
           lĩnh vực phụ trách.",
        ],
    ),
    role(
        Actor::Ban,
        "Ban Vì sự tiến bộ phụ nữ ngành",
        &[
            "Giúp lãnh đạo Sở theo dõi, đôn đốc việc thực hiện; đề xuất khen thưởng và giải pháp \
           cho các vấn đề phát sinh.",
        ],
    ),
    role(
        Actor::Union,
        "Công đoàn ngành Giáo dục",
        &[
            "Phối hợp tuyên truyền, giám sát việc thực hiện chính sách đối với lao động nữ; hướng \
           dẫn công đoàn cơ sở tổ chức phong trào “Giỏi việc trường, đảm việc nhà”.",
        ],
    ),
    role(
        Actor::Units,
        "Các đơn vị trực thuộc Sở",
        &[
            "Cụ thể hóa Kế hoạch này thành kế hoạch của đơn vị; tự kiểm tra việc thực hiện và gửi \
           báo cáo về Sở theo thời hạn quy định.",
        ],
    ),
];

const ROLES_BAN: &[Role] = &[
    role(
        Actor::Head,
        "Trưởng ban",
        &[
            "Điều hành hoạt động của Ban; phân công nhiệm vụ cho từng thành viên; báo cáo thủ \
           trưởng đơn vị về kết quả thực hiện.",
        ],
    ),
    role(
        Actor::Deputy,
        "Phó trưởng ban",
        &[
            "Giúp Trưởng ban theo dõi các hoạt động lồng ghép, tuyên truyền; điều hành công việc \
           của Ban khi được Trưởng ban ủy quyền.",
        ],
    ),
    role(
        Actor::Ban,
        "Các thành viên Ban",
        &[
            "Theo dõi, đôn đốc việc thực hiện tại bộ phận được phân công; thu thập minh chứng, số \
           liệu để báo cáo.",
        ],
    ),
    role(
        Actor::Prof,
        "Các bộ phận, tổ chuyên môn",
        &[
            "Phối hợp với Ban triển khai các hoạt động trong phạm vi phụ trách; cử người tham gia \
           khi được đề nghị.",
        ],
    ),
    role(Actor::Union, "Công đoàn cơ sở", D_UNION_GENERIC),
];

fn roles(level: IssuerLevel) -> &'static [Role] {
    match level {
        L::So => ROLES_SO,
        L::Phong => ROLES_PHONG,
        L::MamNon => ROLES_PRESCHOOL,
        L::TieuHoc => ROLES_PRIMARY,
        L::Thcs => ROLES_LOWER_SECONDARY,
        L::Thpt => ROLES_UPPER_SECONDARY,
        L::LienCap => ROLES_LIEN_CAP,
        L::GdnnGdtx => ROLES_CENTRE,
        L::CaoDang => ROLES_COLLEGE,
        L::BanVstbpn => ROLES_BAN,
    }
}

// ---------------------------------------------------------------------- texts

const fn s(
    kind: SuggestionKind,
    kinds: &'static [PlanKind],
    levels: &'static [IssuerLevel],
    text: &'static str,
) -> Suggestion {
    Suggestion {
        kind,
        text,
        kinds,
        levels,
    }
}

use SuggestionKind as S;

#[rustfmt::skip]
const TEXTS: &[Suggestion] = &[
    // Mục đích.
    s(S::Purpose, ANY, ALL,
      "Nâng cao nhận thức, trách nhiệm của cán bộ, viên chức, người lao động về bình đẳng giới \
       và công tác vì sự tiến bộ của phụ nữ; từng bước xóa bỏ định kiến giới trong công việc và \
       trong gia đình."),
    s(S::Purpose, ANY, ALL,
      "Tăng cường vai trò lãnh đạo, chỉ đạo của người đứng đầu và sự phối hợp giữa các tổ chức \
       đoàn thể trong việc thực hiện các mục tiêu bình đẳng giới."),
    s(S::Purpose, ANY, ALL,
      "Chủ động phòng ngừa bạo lực trên cơ sở giới; phát hiện sớm và phối hợp xử lý kịp thời các \
       vụ việc bạo lực, xâm hại, quấy rối liên quan đến đơn vị."),
    s(S::Purpose, NOT_ACTION, ALL,
      "Tạo điều kiện để nữ cán bộ, viên chức, người lao động học tập, nâng cao trình độ và tham \
       gia ngày càng nhiều hơn vào các vị trí quản lý, lãnh đạo."),
    s(S::Purpose, ANY, GENERAL,
      "Xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện, trong đó mọi học sinh, không \
       phân biệt giới tính, đều được tôn trọng và có cơ hội phát triển như nhau."),
    s(S::Purpose, ANY, PRESCHOOL,
      "Xây dựng môi trường nuôi dưỡng, chăm sóc, giáo dục an toàn, thân thiện, để trẻ trai và trẻ \
       gái được đối xử công bằng trong mọi hoạt động của nhà trường."),
    s(S::Purpose, ANY, VOCATIONAL,
      "Bảo đảm người học nam và nữ được tiếp cận bình đẳng các cơ hội học tập, rèn luyện, hướng \
       nghiệp và việc làm."),
    s(S::Purpose, ANY, OFFICE,
      "Thống nhất nội dung, cách làm và thời hạn báo cáo để các đơn vị trực thuộc xây dựng kế \
       hoạch của mình phù hợp với điều kiện thực tế."),
    s(S::Purpose, ANY, OFFICE,
      "Chỉ đạo các cơ sở giáo dục xây dựng môi trường học tập an toàn, thân thiện, bình đẳng và \
       không có bạo lực."),
    s(S::Purpose, ANY, BAN,
      "Cụ thể hóa nhiệm vụ của Ban thành các hoạt động có người phụ trách, thời gian và sản phẩm \
       rõ ràng."),
    s(S::Purpose, ACTION, ALL,
      "Tạo đợt truyền thông cao điểm, lan tỏa thông điệp của Tháng hành động vì bình đẳng giới và \
       phòng ngừa, ứng phó với bạo lực trên cơ sở giới đến mọi cán bộ, viên chức, người lao động, \
       người học và gia đình."),
    s(S::Purpose, MULTI, ALL,
      "Cụ thể hóa các mục tiêu của Chiến lược quốc gia về bình đẳng giới thành chỉ tiêu và lộ \
       trình thực hiện phù hợp với điều kiện của đơn vị trong cả giai đoạn."),
    s(S::Purpose, CHILDREN, ALL,
      "Bảo đảm quyền của trẻ em được bảo vệ, chăm sóc và giáo dục trong môi trường an toàn; \
       phòng ngừa tai nạn thương tích, đuối nước và mọi hình thức bạo lực, xâm hại trẻ em."),
    // Yêu cầu.
    s(S::Requirement, ANY, ALL,
      "Phân công rõ người chủ trì, người phối hợp và thời gian hoàn thành cho từng nhiệm vụ; có \
       sản phẩm, kết quả cụ thể để theo dõi, đánh giá."),
    s(S::Requirement, ANY, ALL,
      "Lồng ghép các hoạt động bình đẳng giới vào hoạt động chuyên môn và phong trào thi đua sẵn \
       có, tránh hình thức, lãng phí."),
    s(S::Requirement, ANY, ALL,
      "Bảo đảm an toàn và giữ bí mật thông tin cá nhân của người bị bạo lực, xâm hại và của người \
       cung cấp thông tin trong quá trình xử lý vụ việc."),
    s(S::Requirement, YEARLY, ALL,
      "Bám sát chỉ đạo của cấp trên, gắn với nhiệm vụ trọng tâm của năm; nội dung thiết thực, khả \
       thi, phù hợp với điều kiện thực tế của đơn vị."),
    s(S::Requirement, MULTI, ALL,
      "Bám sát chỉ đạo của cấp trên và mục tiêu của chiến lược quốc gia; chỉ tiêu có lộ trình \
       từng năm, có thể đo lường và kiểm tra được."),
    s(S::Requirement, NOT_ACTION, ALL,
      "Sơ kết, tổng kết, báo cáo kết quả đúng thời hạn; kịp thời rút kinh nghiệm và điều chỉnh \
       khi có phát sinh."),
    s(S::Requirement, ACTION, ALL,
      "Các hoạt động được tổ chức tập trung trong thời gian từ ngày 15/11 đến ngày 15/12, đúng \
       chủ đề của năm, có sức lan tỏa và tiết kiệm."),
    s(S::Requirement, ANY, OFFICE,
      "Các đơn vị trực thuộc xây dựng kế hoạch riêng, cụ thể hóa chỉ tiêu phù hợp với đặc điểm \
       của cấp học và địa bàn."),
    s(S::Requirement, ANY, GENERAL_AND_VOCATIONAL,
      "Hình thức tuyên truyền, giáo dục phù hợp với lứa tuổi và đặc điểm tâm lý của người học."),
    s(S::Requirement, ANY, PRESCHOOL,
      "Nội dung giáo dục phù hợp với lứa tuổi mầm non, được lồng ghép nhẹ nhàng qua vui chơi và \
       sinh hoạt hằng ngày của trẻ."),
    // Lời dẫn.
    s(S::LeadIn, ANY, SCHOOLS,
      "Căn cứ điều kiện thực tế của đơn vị, nhà trường xây dựng Kế hoạch với những nội dung sau \
       đây:"),
    s(S::LeadIn, ANY, SCHOOLS,
      "Để triển khai có hiệu quả nhiệm vụ được giao, nhà trường xây dựng Kế hoạch như sau:"),
    s(S::LeadIn, ANY, L1_PHONG,
      "Để thống nhất triển khai trong các cơ sở giáo dục, Phòng Giáo dục và Đào tạo xây dựng Kế \
       hoạch như sau:"),
    s(S::LeadIn, ANY, L1_SO,
      "Để thống nhất triển khai trong toàn ngành, Sở Giáo dục và Đào tạo xây dựng Kế hoạch như \
       sau:"),
    s(S::LeadIn, ANY, BAN,
      "Căn cứ nhiệm vụ được giao, Ban Vì sự tiến bộ phụ nữ xây dựng Kế hoạch hoạt động như sau:"),
    // Kinh phí.
    s(S::Funding, NOT_ACTION, SCHOOLS,
      "Kinh phí thực hiện được bố trí từ nguồn chi thường xuyên của đơn vị theo quy định, kết \
       hợp huy động các nguồn xã hội hóa hợp pháp."),
    s(S::Funding, ANY, SCHOOLS_AND_BAN,
      "Các hoạt động được lồng ghép với hoạt động chuyên môn, đoàn thể để tiết kiệm kinh phí; \
       việc chi tiêu thực hiện theo quy chế chi tiêu nội bộ."),
    s(S::Funding, ACTION, SCHOOLS,
      "Kinh phí tổ chức Tháng hành động được bố trí từ nguồn kinh phí hoạt động của đơn vị, bảo \
       đảm tiết kiệm, đúng quy định."),
    s(S::Funding, ANY, OFFICE,
      "Kinh phí thực hiện từ nguồn ngân sách nhà nước được giao trong dự toán hằng năm của cơ \
       quan; các cơ sở giáo dục chủ động bố trí kinh phí từ nguồn chi thường xuyên của đơn vị."),
    s(S::Funding, ANY, BAN,
      "Kinh phí hoạt động của Ban do thủ trưởng đơn vị bố trí trong dự toán chi thường xuyên theo \
       quy định."),
    s(S::Funding, MULTI, ALL,
      "Kinh phí được bố trí hằng năm trong dự toán của đơn vị, lồng ghép với các chương trình, đề \
       án khác và nguồn tài trợ hợp pháp."),
    // Câu sau "Trên đây là Kế hoạch …".
    s(S::Closing, ANY, SCHOOLS,
      "Các bộ phận, cá nhân căn cứ nhiệm vụ được phân công để tổ chức thực hiện; trong quá trình \
       thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo lãnh đạo nhà trường để được hướng \
       dẫn, điều chỉnh."),
    s(S::Closing, ANY, L1_PHONG,
      "Thủ trưởng các đơn vị có trách nhiệm tổ chức triển khai Kế hoạch này; những khó khăn, \
       vướng mắc phát sinh cần được phản ánh kịp thời về Phòng Giáo dục và Đào tạo để hướng dẫn, \
       giải quyết."),
    s(S::Closing, ANY, L1_SO,
      "Thủ trưởng các đơn vị có trách nhiệm tổ chức triển khai Kế hoạch này; những khó khăn, \
       vướng mắc phát sinh cần được phản ánh kịp thời về Sở Giáo dục và Đào tạo (qua Văn phòng \
       Sở) để hướng dẫn, giải quyết."),
    s(S::Closing, ANY, BAN,
      "Các thành viên Ban và các bộ phận liên quan căn cứ Kế hoạch này để triển khai thực hiện; \
       kịp thời phản ánh khó khăn, vướng mắc về Trưởng ban để xem xét, điều chỉnh."),
    s(S::Closing, ANY, ALL,
      "Kế hoạch này được công khai để mọi cán bộ, viên chức, người lao động biết, thực hiện và \
       giám sát việc thực hiện."),
    // Nơi nhận.
    s(S::Recipient, ANY, &[L::MamNon, L::TieuHoc, L::Thcs, L::LienCap],
      "Phòng Giáo dục và Đào tạo (để báo cáo)"),
    s(S::Recipient, ANY, &[L::MamNon, L::TieuHoc, L::Thcs, L::LienCap],
      "Ủy ban nhân dân xã, phường (để báo cáo)"),
    s(S::Recipient, ANY, &[L::Thpt, L::GdnnGdtx, L::LienCap, L::Phong],
      "Sở Giáo dục và Đào tạo (để báo cáo)"),
    s(S::Recipient, ANY, &[L::MamNon, L::TieuHoc, L::Thcs, L::Thpt, L::LienCap, L::CaoDang],
      "Ban Giám hiệu"),
    s(S::Recipient, ANY, GENERAL_AND_PRESCHOOL, "Các tổ chuyên môn, đoàn thể"),
    s(S::Recipient, ANY, GENERAL_AND_PRESCHOOL, "Trang thông tin điện tử của trường"),
    s(S::Recipient, ANY, SCHOOLS, "Ban Vì sự tiến bộ phụ nữ"),
    s(S::Recipient, ANY, &[L::GdnnGdtx], "Ban Giám đốc"),
    s(S::Recipient, ANY, &[L::GdnnGdtx], "Các phòng, tổ chuyên môn, đoàn thể"),
    s(S::Recipient, ANY, &[L::GdnnGdtx], "Trang thông tin điện tử của Trung tâm"),
    s(S::Recipient, ANY, &[L::CaoDang], "Cơ quan chủ quản (để báo cáo)"),
    s(S::Recipient, ANY, &[L::CaoDang], "Các phòng, khoa, đoàn thể"),
    s(S::Recipient, ANY, &[L::CaoDang], "Trang thông tin điện tử của trường"),
    s(S::Recipient, ANY, L1_PHONG, "Ủy ban nhân dân quận, huyện (để báo cáo)"),
    s(S::Recipient, ANY, L1_PHONG, "Lãnh đạo Phòng"),
    s(S::Recipient, ANY, L1_PHONG, "Các cơ sở giáo dục trực thuộc"),
    s(S::Recipient, ANY, L1_PHONG, "Trang thông tin điện tử của Phòng"),
    s(S::Recipient, ANY, L1_SO, "Ủy ban nhân dân tỉnh (để báo cáo)"),
    s(S::Recipient, ANY, L1_SO, "Bộ Giáo dục và Đào tạo (để báo cáo)"),
    s(S::Recipient, ANY, L1_SO, "Hội Liên hiệp Phụ nữ tỉnh (để phối hợp)"),
    s(S::Recipient, ANY, L1_SO, "Công đoàn ngành Giáo dục"),
    s(S::Recipient, ANY, L1_SO, "Ban Giám đốc Sở"),
    s(S::Recipient, ANY, L1_SO, "Các phòng chuyên môn, đơn vị trực thuộc Sở"),
    s(S::Recipient, ANY, L1_SO, "Trang thông tin điện tử của Sở"),
    s(S::Recipient, ANY, BAN, "Thủ trưởng đơn vị (để báo cáo)"),
    s(S::Recipient, ANY, BAN, "Ban Vì sự tiến bộ phụ nữ cấp trên (để báo cáo)"),
    s(S::Recipient, ANY, BAN, "Thành viên Ban"),
    s(S::Recipient, ANY, BAN, "Các bộ phận, đoàn thể trong đơn vị"),
    // Báo cáo.
    s(S::Report, YEARLY, ALL, "Báo cáo sơ kết 6 tháng đầu năm"),
    s(S::Report, YEARLY, ALL, "Báo cáo tổng kết năm"),
    s(S::Report, ACTION, ALL,
      "Báo cáo kết quả tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo \
       lực trên cơ sở giới"),
    s(S::Report, MULTI, ALL, "Báo cáo kết quả thực hiện hằng năm"),
    s(S::Report, MULTI, ALL, "Báo cáo sơ kết giữa giai đoạn"),
    s(S::Report, MULTI, ALL, "Báo cáo tổng kết giai đoạn"),
    s(S::Report, ANY, ALL,
      "Báo cáo nhanh vụ việc bạo lực, xâm hại ngay khi phát hiện, bảo đảm bí mật thông tin"),
];

const L1_PHONG: &[IssuerLevel] = &[L::Phong];
const L1_SO: &[IssuerLevel] = &[L::So];

// ---------------------------------------------------------------------- tasks

/// When a task happens, resolved against the plan's kind and year.
#[derive(Debug, Clone, Copy)]
enum When {
    /// All through the plan's time.
    Year,
    Quarterly,
    Quarter(u8),
    Month(u8),
    /// Two months, e.g. the mid-year and year-end reviews.
    Months(u8, u8),
    Day(u8, u8),
    Range(u8, u8, u8, u8),
    Before(u8, u8),
    After(u8, u8),
    MidAutumn,
    /// The mid-term and final years of a multi-year span.
    Milestones,
}

impl When {
    fn text(self, kind: PlanKind, year: u16) -> String {
        let multi = kind == K::MultiYear;
        // In an Action Month plan everything happens within the Month unless
        // the task has its own date there.
        if kind == K::ActionMonth {
            let inside = match self {
                When::Day(_, m) | When::Before(_, m) | When::After(_, m) => m >= 11,
                When::Range(_, m1, _, _) => m1 >= 11,
                _ => false,
            };
            if !inside {
                return format!("từ 15/11 đến 15/12/{year}");
            }
        }
        let tail = |s: String| {
            if multi {
                format!("{s} hằng năm")
            } else {
                format!("{s}/{year}")
            }
        };
        match self {
            When::Year if multi => "hằng năm".to_string(),
            When::Year => format!("trong năm {year}"),
            When::Quarterly => "hằng quý".to_string(),
            When::Quarter(q) => {
                let q = ["I", "II", "III", "IV"][usize::from(q.clamp(1, 4) - 1)];
                tail(format!("quý {q}"))
            }
            When::Month(m) => tail(format!("tháng {m}")),
            When::Months(a, b) => tail(format!("tháng {a} và tháng {b}")),
            When::Day(d, m) => tail(format!("ngày {d}/{m}")),
            When::Range(d1, m1, d2, m2) => tail(format!("từ {d1}/{m1} đến {d2}/{m2}")),
            When::Before(d, m) => tail(format!("trước ngày {d}/{m}")),
            When::After(d, m) => tail(format!("sau ngày {d}/{m}")),
            When::MidAutumn if multi => "dịp Tết Trung thu hằng năm".to_string(),
            When::MidAutumn => format!("dịp Tết Trung thu năm {year}"),
            When::Milestones => {
                let (from, to) = span_of(year);
                format!("năm {} và năm {to}", from + 4)
            }
        }
    }
}

struct TaskSpec {
    area: SubArea,
    kinds: &'static [PlanKind],
    levels: &'static [IssuerLevel],
    when: When,
    /// Preferred leads, first available at the level wins.
    lead: &'static [Actor],
    text: &'static str,
}

impl TaskSpec {
    fn fits(&self, kind: PlanKind, level: IssuerLevel) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&kind))
            && (self.levels.is_empty() || self.levels.contains(&level))
    }
}

const fn t(
    area: SubArea,
    kinds: &'static [PlanKind],
    levels: &'static [IssuerLevel],
    when: When,
    lead: &'static [Actor],
    text: &'static str,
) -> TaskSpec {
    TaskSpec {
        area,
        kinds,
        levels,
        when,
        lead,
        text,
    }
}

use Actor as A;
use SubArea as B;

#[rustfmt::skip]
const TASKS: &[TaskSpec] = &[
    // B1 Lãnh đạo, chỉ đạo.
    t(B::Leadership, NOT_ACTION, SCHOOLS_AND_SO, When::Quarter(1), &[A::Head],
      "Kiện toàn Ban Vì sự tiến bộ phụ nữ khi có thay đổi nhân sự; phân công cụ thể nhiệm vụ của \
       từng thành viên."),
    t(B::Leadership, NOT_ACTION, BAN, When::Quarter(1), &[A::Head],
      "Tham mưu thủ trưởng đơn vị kiện toàn Ban khi có thay đổi nhân sự; phân công lại nhiệm vụ \
       của các thành viên."),
    t(B::Leadership, YEARLY, ALL, When::Quarter(1), &[A::Ban, A::Prof],
      "Xây dựng Kế hoạch của đơn vị, công khai trên trang thông tin điện tử và phổ biến đến các \
       bộ phận, cá nhân."),
    t(B::Leadership, MULTI, ALL, When::Quarter(1), &[A::Ban, A::Prof],
      "Cụ thể hóa Kế hoạch giai đoạn thành kế hoạch hằng năm với chỉ tiêu, nhiệm vụ và phân công \
       rõ ràng."),
    t(B::Leadership, NOT_ACTION, SCHOOLS, When::Year, &[A::Head],
      "Đưa mục tiêu bình đẳng giới vào kế hoạch giáo dục và chương trình hoạt động của các đoàn \
       thể trong đơn vị."),
    t(B::Leadership, NOT_ACTION, OFFICE, When::Year, &[A::Head],
      "Chỉ đạo các cơ sở giáo dục đưa nội dung bình đẳng giới vào kế hoạch giáo dục và kế hoạch \
       hoạt động hằng năm; phân công chuyên viên theo dõi từng cấp học."),
    t(B::Leadership, NOT_ACTION, BAN, When::Quarterly, &[A::Head],
      "Họp Ban định kỳ để đánh giá tiến độ, thống nhất các việc cần làm trong thời gian tới."),
    t(B::Leadership, ACTION, ALL, When::Before(10, 11), &[A::Ban, A::Prof],
      "Xây dựng kế hoạch hưởng ứng Tháng hành động; phân công bộ phận chủ trì và thời gian thực \
       hiện từng hoạt động."),
    t(B::Leadership, ACTION, OFFICE, When::Before(15, 11), &[A::Head],
      "Chỉ đạo các cơ sở giáo dục xây dựng kế hoạch hưởng ứng Tháng hành động phù hợp với cấp \
       học, hoàn thành trước khi Tháng hành động bắt đầu."),
    t(B::Leadership, ACTION, SCHOOLS_AND_BAN, When::Before(15, 11), &[A::Head],
      "Quán triệt mục đích, chủ đề của Tháng hành động trong cuộc họp toàn thể cán bộ, viên chức, \
       người lao động."),
    // B2 Tuyên truyền, phổ biến pháp luật.
    t(B::Communication, ANY, ALL, When::Year, &[A::Ban, A::Prof],
      "Phổ biến Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình và các quy định về lao \
       động nữ trong Bộ luật Lao động qua các cuộc họp định kỳ."),
    t(B::Communication, ANY, ALL, When::Quarterly, &[A::Comms, A::Ban, A::Prof],
      "Đăng tải tin, bài, hình ảnh về bình đẳng giới và phòng, chống bạo lực trên trang thông \
       tin điện tử, trang mạng xã hội chính thức của đơn vị."),
    t(B::Communication, ANY, GENERAL, When::Year, &[A::Youth, A::Ban],
      "Tuyên truyền dưới cờ, phát thanh học đường về tôn trọng sự khác biệt, chia sẻ việc nhà và \
       phòng, chống bạo lực học đường."),
    t(B::Communication, ANY, PRESCHOOL, When::Year, &[A::Homeroom],
      "Tuyên truyền đến cha mẹ trẻ qua bảng tin, góc tuyên truyền và nhóm liên lạc của lớp về \
       giáo dục giới và bảo vệ trẻ."),
    t(B::Communication, ANY, VOCATIONAL, When::Year, &[A::Youth, A::Ban],
      "Tổ chức tọa đàm cho người học về bình đẳng giới trong lựa chọn nghề nghiệp, việc làm và \
       phòng, chống quấy rối tình dục nơi làm việc."),
    t(B::Communication, ANY, OFFICE, When::Year, &[A::Prof],
      "Hướng dẫn các cơ sở giáo dục đa dạng hóa hình thức truyền thông, ưu tiên nền tảng số và \
       sản phẩm phù hợp với lứa tuổi người học."),
    t(B::Communication, CHILDREN, NOT_VOCATIONAL, When::Year, &[A::Ban, A::Prof],
      "Tuyên truyền Luật Trẻ em, quyền và bổn phận của trẻ em; hướng dẫn cách thông báo, tố giác \
       hành vi xâm hại trẻ em."),
    // B3 Lồng ghép trong dạy học, giáo dục.
    t(B::Mainstreaming, NOT_ACTION, GENERAL, When::Year, &[A::Deputy],
      "Lồng ghép nội dung về giới, bình đẳng giới và kỹ năng tự bảo vệ vào các môn học, hoạt \
       động trải nghiệm và sinh hoạt lớp phù hợp với từng khối lớp."),
    t(B::Mainstreaming, NOT_ACTION, GENERAL, When::Month(10), &[A::Prof],
      "Tổ chức sinh hoạt chuyên môn theo chủ đề lồng ghép giới; dự giờ, góp ý để nhân rộng những \
       bài dạy hiệu quả."),
    t(B::Mainstreaming, NOT_ACTION, GENERAL_AND_VOCATIONAL, When::Year, &[A::Prof],
      "Rà soát tranh ảnh, học liệu, đồ dùng dạy học để loại bỏ hình ảnh, ngôn từ mang định kiến \
       giới."),
    t(B::Mainstreaming, NOT_ACTION, PRESCHOOL, When::Year, &[A::Deputy],
      "Lồng ghép giáo dục giới vào hoạt động vui chơi, góc chơi và sinh hoạt hằng ngày; khuyến \
       khích trẻ trai và trẻ gái cùng tham gia mọi trò chơi."),
    t(B::Mainstreaming, NOT_ACTION, PRESCHOOL, When::Year, &[A::Homeroom],
      "Sắp xếp đồ chơi, góc hoạt động không phân chia theo giới; tránh gán màu sắc, trò chơi, \
       công việc cho riêng trẻ trai hay trẻ gái."),
    t(B::Mainstreaming, NOT_ACTION, PRESCHOOL, When::Month(10), &[A::Prof],
      "Sinh hoạt chuyên môn về giáo dục giới tính và kỹ năng tự bảo vệ phù hợp với trẻ mầm non."),
    t(B::Mainstreaming, NOT_ACTION, VOCATIONAL, When::Year, &[A::Deputy, A::Prof],
      "Lồng ghép nội dung bình đẳng giới vào bài giảng các môn chung, hoạt động ngoại khóa và \
       tuần sinh hoạt công dân đầu khóa."),
    t(B::Mainstreaming, NOT_ACTION, VOCATIONAL, When::Year, &[A::Deputy, A::Counsel],
      "Tư vấn tuyển sinh, hướng nghiệp không định kiến giới; khuyến khích nữ theo học các nghề \
       kỹ thuật và nam theo học các nghề dịch vụ, chăm sóc."),
    t(B::Mainstreaming, NOT_ACTION, OFFICE, When::Year, &[A::Prof],
      "Hướng dẫn các cơ sở giáo dục lồng ghép bình đẳng giới trong kế hoạch giáo dục; lựa chọn, \
       giới thiệu các bài dạy tiêu biểu."),
    t(B::Mainstreaming, NOT_ACTION, OFFICE_AND_BAN, When::Year, &[A::Admin, A::Prof],
      "Lồng ghép vấn đề giới khi xây dựng văn bản, chương trình, kế hoạch của cơ quan, đơn vị."),
    t(B::Mainstreaming, NOT_ACTION, BAN, When::Year, &[A::Deputy],
      "Phối hợp với bộ phận chuyên môn đưa nội dung giới vào các hoạt động giáo dục của đơn vị."),
    // B4 Tập huấn, bồi dưỡng.
    t(B::Training, NOT_ACTION, NOT_BAN, When::Year, &[A::Head],
      "Cử thành viên Ban Vì sự tiến bộ phụ nữ và người phụ trách công tác bình đẳng giới tham gia \
       các lớp tập huấn do cấp trên tổ chức."),
    t(B::Training, NOT_ACTION, BAN, When::Year, &[A::Head],
      "Đề xuất thủ trưởng đơn vị cử thành viên Ban tham gia các lớp tập huấn, bồi dưỡng về giới \
       và bình đẳng giới."),
    t(B::Training, NOT_ACTION, GENERAL_AND_PRESCHOOL, When::Month(9), &[A::Deputy],
      "Tổ chức chuyên đề cho giáo viên, nhân viên về nhận diện, phòng ngừa bạo lực, xâm hại trẻ \
       em và quy trình xử lý khi có vụ việc."),
    t(B::Training, NOT_ACTION, GENERAL, When::Year, &[A::Head],
      "Bồi dưỡng kiến thức về giáo dục giới tính, sức khỏe sinh sản cho nhân viên y tế và giáo \
       viên làm công tác tư vấn học đường."),
    t(B::Training, NOT_ACTION, VOCATIONAL, When::Year, &[A::Deputy, A::Head],
      "Tập huấn cho nhà giáo, giáo viên chủ nhiệm về lồng ghép giới trong giảng dạy và phòng, \
       chống quấy rối tình dục."),
    t(B::Training, NOT_ACTION, OFFICE, When::Month(8), &[A::Prof],
      "Tổ chức tập huấn cho cán bộ quản lý, thành viên Ban Vì sự tiến bộ phụ nữ các cơ sở giáo \
       dục về giới và kỹ năng lồng ghép giới."),
    t(B::Training, NOT_ACTION, BAN, When::Year, &[A::Deputy],
      "Tổ chức buổi sinh hoạt chuyên đề cho thành viên Ban về kỹ năng lồng ghép giới, tiếp nhận \
       và chuyển tuyến vụ việc."),
    // B5 Tháng hành động vì bình đẳng giới.
    t(B::ActionMonth, NOT_ACTION, ALL, When::Range(15, 11, 15, 12), &[A::Ban, A::Prof],
      "Xây dựng kế hoạch và tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và \
       phòng ngừa, ứng phó với bạo lực trên cơ sở giới theo chủ đề của năm."),
    t(B::ActionMonth, ANY, SCHOOLS_AND_BAN, When::Range(15, 11, 20, 11), &[A::Head],
      "Phát động Tháng hành động trong buổi chào cờ hoặc cuộc họp toàn thể; treo băng rôn, khẩu \
       hiệu mang thông điệp của năm."),
    t(B::ActionMonth, ANY, ALL, When::Day(25, 11), &[A::Union, A::Youth, A::Prof],
      "Hưởng ứng ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ (25/11) bằng các hoạt động mang sắc \
       cam như treo ruy băng, mặc áo màu cam, chia sẻ thông điệp trên mạng xã hội."),
    t(B::ActionMonth, ANY, GENERAL, When::Range(15, 11, 15, 12), &[A::Youth],
      "Tổ chức cho học sinh vẽ tranh, viết bài hoặc sân khấu hóa tình huống về bình đẳng giới và \
       an toàn trước bạo lực."),
    t(B::ActionMonth, ANY, PRESCHOOL, When::Range(15, 11, 15, 12), &[A::Homeroom],
      "Tổ chức cho trẻ vẽ, tô màu theo chủ đề gia đình yêu thương; gửi đến cha mẹ thông điệp về \
       nuôi dạy con an toàn, bình đẳng."),
    t(B::ActionMonth, ANY, VOCATIONAL, When::Range(15, 11, 15, 12), &[A::Youth],
      "Tổ chức diễn đàn hoặc cuộc thi tìm hiểu dành cho người học về bình đẳng giới và phòng \
       ngừa bạo lực trên cơ sở giới."),
    t(B::ActionMonth, ANY, OFFICE, When::Range(15, 11, 15, 12), &[A::Prof],
      "Theo dõi, hỗ trợ các cơ sở giáo dục tổ chức hoạt động hưởng ứng; lựa chọn mô hình hay để \
       giới thiệu, nhân rộng."),
    t(B::ActionMonth, ANY, BAN, When::Range(15, 11, 15, 12), &[A::Ban],
      "Phối hợp với các đoàn thể tổ chức ít nhất một hoạt động truyền thông trực tiếp cho cán bộ, \
       viên chức, người lao động."),
    // B6 Các ngày kỷ niệm.
    t(B::Observances, NOT_ACTION, NOT_OFFICE, When::Day(8, 3), &[A::Union],
      "Tổ chức hoạt động kỷ niệm ngày Quốc tế Phụ nữ 8/3, tôn vinh những tấm gương nữ tiêu biểu \
       của đơn vị."),
    t(B::Observances, NOT_ACTION, NOT_OFFICE, When::Month(6), &[A::Union, A::Ban],
      "Hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình và ngày Gia đình Việt \
       Nam 28/6 bằng các hoạt động tuyên truyền, giao lưu gắn với gia đình."),
    t(B::Observances, NOT_ACTION, NOT_OFFICE, When::Day(20, 10), &[A::Union],
      "Kỷ niệm ngày Phụ nữ Việt Nam 20/10 bằng hoạt động giao lưu, văn nghệ, thể thao; thăm hỏi \
       nữ cán bộ, viên chức có hoàn cảnh khó khăn."),
    t(B::Observances, NOT_ACTION, GENERAL, When::Range(1, 6, 30, 6), &[A::Youth, A::Head],
      "Hưởng ứng Tháng hành động vì trẻ em với các hoạt động giáo dục kỹ năng an toàn, phòng, \
       chống đuối nước cho học sinh trước kỳ nghỉ hè."),
    t(B::Observances, NOT_ACTION, PRESCHOOL, When::Range(1, 6, 30, 6), &[A::Head],
      "Hưởng ứng Tháng hành động vì trẻ em: tổ chức cho trẻ vui chơi, làm quen với các quy tắc \
       an toàn khi ở gần ao, hồ, sông nước và khi ở nhà một mình."),
    t(B::Observances, NOT_ACTION, GENERAL, When::Day(11, 10), &[A::Youth],
      "Tổ chức hoạt động nhân ngày Quốc tế trẻ em gái 11/10, khuyến khích học sinh nữ tự tin \
       học tập các môn khoa học, công nghệ và tham gia điều hành hoạt động của lớp, của trường."),
    t(B::Observances, CHILDREN, CHILD_SCHOOLS, When::MidAutumn,
      &[A::Youth, A::YouthBranch, A::Head],
      "Tổ chức vui Tết Trung thu cho trẻ em; quan tâm tặng quà trẻ em có hoàn cảnh khó khăn."),
    t(B::Observances, NOT_ACTION, OFFICE, When::Day(8, 3), &[A::Union, A::Head],
      "Tổ chức hoạt động kỷ niệm ngày Quốc tế Phụ nữ 8/3 cho nữ công chức, viên chức, người lao \
       động của cơ quan."),
    t(B::Observances, NOT_ACTION, OFFICE, When::Day(20, 10), &[A::Union, A::Head],
      "Chỉ đạo các cơ sở giáo dục tổ chức hoạt động kỷ niệm ngày Phụ nữ Việt Nam 20/10 phù hợp \
       với điều kiện của đơn vị."),
    t(B::Observances, NOT_ACTION, OFFICE, When::Range(1, 6, 30, 6), &[A::Prof],
      "Chỉ đạo các cơ sở giáo dục hưởng ứng Tháng hành động vì trẻ em và ngày Gia đình Việt Nam \
       28/6; cử học sinh tham gia diễn đàn trẻ em khi được mời."),
    // B7 Phòng, chống bạo lực, xâm hại.
    t(B::ViolencePrevention, ANY, GENERAL, When::Year, &[A::Counsel],
      "Duy trì hoạt động của tổ tư vấn học đường; bố trí thời gian, địa điểm tư vấn và công khai \
       cách liên hệ để học sinh dễ tìm đến."),
    t(B::ViolencePrevention, ANY, CHILD_SCHOOLS, When::Year, &[A::Ban, A::Head],
      "Công khai số Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 và đầu mối tiếp nhận thông tin \
       của nhà trường trên bảng tin, trang thông tin điện tử."),
    t(B::ViolencePrevention, ANY, SCHOOLS, When::Year, &[A::Head],
      "Xây dựng và phổ biến quy trình tiếp nhận, xử lý, báo cáo vụ việc bạo lực, xâm hại; giữ bí \
       mật thông tin của người bị hại và người báo tin."),
    t(B::ViolencePrevention, ANY, GENERAL, When::Year, &[A::Homeroom],
      "Giáo dục kỹ năng nhận biết, phòng tránh xâm hại và quấy rối, kể cả trên không gian mạng, \
       qua giờ sinh hoạt lớp và hoạt động trải nghiệm."),
    t(B::ViolencePrevention, ANY, PRESCHOOL, When::Year, &[A::Homeroom],
      "Dạy trẻ quy tắc an toàn cơ thể phù hợp với lứa tuổi: nhận biết vùng riêng tư, biết nói \
       “không” và tìm đến người lớn tin cậy."),
    t(B::ViolencePrevention, ANY, VOCATIONAL, When::Year, &[A::Counsel],
      "Phổ biến quy định phòng, chống quấy rối tình dục trong trường, ký túc xá và tại nơi người \
       học thực tập; công khai kênh tiếp nhận phản ánh."),
    t(B::ViolencePrevention, CHILDREN, CHILD_SCHOOLS, When::Month(5), &[A::Head],
      "Tuyên truyền phòng, chống tai nạn thương tích, đuối nước; phối hợp với gia đình và địa \
       phương quản lý trẻ em trong dịp nghỉ hè."),
    t(B::ViolencePrevention, ANY, OFFICE, When::Year, &[A::Prof],
      "Kiểm tra việc bảo đảm an toàn, phòng, chống bạo lực, xâm hại tại các cơ sở giáo dục, chú \
       trọng các nhóm, lớp mầm non độc lập."),
    t(B::ViolencePrevention, ANY, OFFICE, When::Year, &[A::Head],
      "Phối hợp với công an và các cơ quan chức năng trên địa bàn xử lý kịp thời các vụ việc bạo \
       lực, xâm hại liên quan đến học sinh."),
    t(B::ViolencePrevention, ANY, BAN, When::Year, &[A::Ban],
      "Nắm bắt thông tin về các trường hợp có nguy cơ bị bạo lực gia đình, bạo lực trên cơ sở \
       giới; kịp thời báo cáo thủ trưởng đơn vị để hỗ trợ."),
    // B8 Công tác cán bộ nữ.
    t(B::WomenStaff, NOT_ACTION, NOT_BAN, When::Year, &[A::Head],
      "Rà soát, giới thiệu cán bộ nữ có đủ tiêu chuẩn vào quy hoạch các chức danh quản lý; bảo \
       đảm tỷ lệ nữ hợp lý khi bổ nhiệm, giới thiệu nhân sự."),
    t(B::WomenStaff, NOT_ACTION, NOT_BAN, When::Year, &[A::Admin, A::Head],
      "Tạo điều kiện để cán bộ nữ tham gia bồi dưỡng chuyên môn, lý luận chính trị và kỹ năng \
       lãnh đạo, quản lý."),
    t(B::WomenStaff, NOT_ACTION, ALL, When::Year, &[A::Union, A::Head],
      "Giám sát việc thực hiện chế độ đối với lao động nữ, nhất là trong thời gian mang thai, \
       sinh con và nuôi con nhỏ."),
    t(B::WomenStaff, NOT_ACTION, OFFICE, When::Year, &[A::Prof],
      "Theo dõi tỷ lệ nữ trong đội ngũ cán bộ quản lý các cơ sở giáo dục; đề xuất giải pháp khi \
       chưa đạt chỉ tiêu."),
    t(B::WomenStaff, NOT_ACTION, BAN, When::Year, &[A::Head],
      "Tham mưu thủ trưởng đơn vị về quy hoạch, đào tạo, bồi dưỡng cán bộ nữ; đề xuất giới thiệu \
       cán bộ nữ đủ tiêu chuẩn."),
    // B9 Thi đua, khen thưởng.
    t(B::Emulation, NOT_ACTION, SCHOOLS, When::Year, &[A::Union],
      "Phát động phong trào thi đua “Giỏi việc trường, đảm việc nhà”; đánh giá, bình xét vào dịp \
       tổng kết năm học."),
    t(B::Emulation, NOT_ACTION, OFFICE, When::Year, &[A::Union, A::Prof],
      "Phát động phong trào thi đua “Giỏi việc nước, đảm việc nhà” trong cơ quan và hướng dẫn các \
       đơn vị tổ chức phong trào “Giỏi việc trường, đảm việc nhà”."),
    t(B::Emulation, NOT_ACTION, ALL, When::Month(12), &[A::Head],
      "Biểu dương, khen thưởng tập thể, cá nhân có thành tích trong công tác bình đẳng giới và vì \
       sự tiến bộ của phụ nữ tại hội nghị tổng kết."),
    t(B::Emulation, NOT_ACTION, NOT_OFFICE, When::Year, &[A::Ban],
      "Giới thiệu những gương cán bộ nữ, gia đình tiêu biểu để tuyên truyền, nhân rộng trong đơn \
       vị."),
    // B10 Kiểm tra, giám sát, sơ kết, tổng kết.
    t(B::Monitoring, NOT_ACTION, NOT_OFFICE, When::Month(5), &[A::Ban],
      "Tự kiểm tra việc thực hiện Kế hoạch tại các bộ phận; ghi nhận kết quả, chỉ ra việc còn \
       chậm và đề xuất điều chỉnh."),
    t(B::Monitoring, NOT_ACTION, OFFICE, When::Year, &[A::Prof],
      "Kiểm tra việc thực hiện công tác bình đẳng giới tại một số cơ sở giáo dục, kết hợp với các \
       đợt kiểm tra chuyên đề khác."),
    t(B::Monitoring, YEARLY, ALL, When::Months(6, 12), &[A::Ban, A::Admin, A::Prof],
      "Sơ kết 6 tháng đầu năm và tổng kết năm; đánh giá mức độ đạt từng chỉ tiêu, rút kinh \
       nghiệm cho năm sau."),
    t(B::Monitoring, MULTI, ALL, When::Milestones, &[A::Ban, A::Admin, A::Prof],
      "Sơ kết giữa giai đoạn và tổng kết cuối giai đoạn; đánh giá mức độ đạt chỉ tiêu để điều \
       chỉnh cho phù hợp."),
    t(B::Monitoring, ANY, ALL, When::Year, &[A::Ban, A::Prof],
      "Lưu giữ minh chứng của từng hoạt động (kế hoạch, hình ảnh, danh sách, số lượt tham gia) \
       phục vụ đánh giá và báo cáo."),
    t(B::Monitoring, ACTION, ALL, When::After(15, 12), &[A::Ban, A::Admin, A::Prof],
      "Tổng hợp kết quả, hình ảnh hoạt động và gửi báo cáo Tháng hành động về cơ quan cấp trên \
       đúng thời hạn."),
    // B11 Số liệu tách biệt giới.
    t(B::Statistics, NOT_ACTION, SCHOOLS_AND_BAN, When::Year, &[A::Admin, A::Ban],
      "Cập nhật số liệu đội ngũ và người học tách biệt theo giới tính trên cơ sở dữ liệu ngành; \
       kiểm tra độ chính xác trước mỗi kỳ báo cáo."),
    t(B::Statistics, NOT_ACTION, ALL, When::Month(12), &[A::Ban, A::Admin, A::Prof],
      "Phân tích số liệu tách biệt giới để xác định vấn đề cần ưu tiên và đề xuất chỉ tiêu cho \
       kỳ kế hoạch tiếp theo."),
    t(B::Statistics, CHILDREN, CHILD_SCHOOLS, When::Year, &[A::Head],
      "Cập nhật hồ sơ theo dõi trẻ em có hoàn cảnh đặc biệt; bảo mật thông tin cá nhân của trẻ \
       theo quy định."),
    t(B::Statistics, NOT_ACTION, OFFICE, When::Year, &[A::Admin, A::Prof],
      "Tổng hợp số liệu tách biệt giới của các cơ sở giáo dục phục vụ báo cáo các chỉ tiêu quốc \
       gia về bình đẳng giới."),
    // B12 Phối hợp với gia đình và cộng đồng.
    t(B::Coordination, ANY, GENERAL, When::Year, &[A::Ban],
      "Phối hợp với Ban đại diện cha mẹ học sinh vận động các gia đình chia sẻ việc nhà, đối xử \
       công bằng giữa con trai và con gái."),
    t(B::Coordination, ANY, PRESCHOOL, When::Year, &[A::Homeroom, A::Ban],
      "Trao đổi với cha mẹ trẻ qua họp phụ huynh và nhóm liên lạc của lớp về cách nuôi dạy con \
       không phân biệt giới."),
    t(B::Coordination, ANY, VOCATIONAL, When::Year, &[A::Homeroom],
      "Giữ liên lạc với gia đình người học để kịp thời hỗ trợ người học gặp khó khăn hoặc có \
       nguy cơ bị bạo lực, quấy rối."),
    t(B::Coordination, ANY, NOT_OFFICE, When::Year, &[A::Head],
      "Phối hợp với Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, công an và chính quyền địa phương \
       trong tuyên truyền và hỗ trợ xử lý vụ việc."),
    t(B::Coordination, ANY, GENERAL_AND_VOCATIONAL, When::Year, &[A::Ban],
      "Mời cán bộ y tế, công an hoặc chuyên gia tâm lý nói chuyện chuyên đề cho người học và gia \
       đình."),
    t(B::Coordination, ANY, OFFICE, When::Year, &[A::Head],
      "Phối hợp với các cơ quan y tế, công an, Hội Liên hiệp Phụ nữ cùng cấp trong bảo vệ trẻ em \
       và phòng, chống bạo lực trên cơ sở giới."),
    t(B::Coordination, ANY, OFFICE, When::Year, &[A::Prof],
      "Phối hợp với công đoàn giáo dục, Đoàn Thanh niên tổ chức các hoạt động chung của ngành về \
       bình đẳng giới."),
];

// -------------------------------------------------------------------- targets

/// For whom a target counts, named as each level names it.
#[derive(Debug, Clone, Copy)]
enum Who {
    Staff,
    Learners,
    Parents,
    BanMembers,
    Fixed(&'static str),
}

impl Who {
    fn text(self, level: IssuerLevel) -> &'static str {
        match self {
            Who::Staff => match level {
                L::So | L::Phong => "cán bộ quản lý, giáo viên, nhân viên các cơ sở giáo dục",
                L::CaoDang => "cán bộ quản lý, giảng viên, viên chức, người lao động",
                L::BanVstbpn => "cán bộ, viên chức, người lao động",
                _ => "cán bộ quản lý, giáo viên, nhân viên",
            },
            Who::Learners => match level {
                L::So | L::Phong => "học sinh các cơ sở giáo dục",
                L::MamNon => "trẻ",
                L::GdnnGdtx => "học viên",
                L::CaoDang => "học sinh, sinh viên",
                L::BanVstbpn => "người học",
                _ => "học sinh",
            },
            Who::Parents => match level {
                L::MamNon => "cha mẹ trẻ",
                L::BanVstbpn | L::GdnnGdtx | L::CaoDang => "gia đình người học",
                _ => "cha mẹ học sinh",
            },
            Who::BanMembers => match level {
                L::So | L::Phong => "thành viên Ban Vì sự tiến bộ phụ nữ các cơ sở giáo dục",
                _ => "thành viên Ban Vì sự tiến bộ phụ nữ",
            },
            Who::Fixed(s) => s,
        }
    }
}

/// By when a target is due, resolved against the plan kind.
#[derive(Debug, Clone, Copy)]
enum By {
    End,
    Semester,
    Month,
    Summer,
    /// All the time the plan covers.
    Always,
    SecondQuarter,
}

impl By {
    fn text(self, kind: PlanKind) -> &'static str {
        match (self, kind) {
            (By::End, K::MultiYear) => "cuối giai đoạn",
            (By::End, K::ActionMonth) => "kết thúc Tháng hành động",
            (By::End, _) => "cuối năm",
            (By::Semester, _) => "mỗi học kỳ",
            (By::Month, _) => "trong Tháng hành động",
            (By::Summer, _) => "trước kỳ nghỉ hè",
            (By::Always, K::MultiYear) => "cả giai đoạn",
            (By::Always, K::ActionMonth) => "trong Tháng hành động",
            (By::Always, _) => "cả năm",
            (By::SecondQuarter, K::MultiYear) => "quý II hằng năm",
            (By::SecondQuarter, _) => "trong quý II",
        }
    }
}

struct TargetSpec {
    kinds: &'static [PlanKind],
    levels: &'static [IssuerLevel],
    value: &'static str,
    unit: Unit,
    group: Who,
    what: &'static str,
    by: By,
    owner: &'static [Actor],
}

impl TargetSpec {
    fn fits(&self, kind: PlanKind, level: IssuerLevel) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&kind))
            && (self.levels.is_empty() || self.levels.contains(&level))
    }
}

#[allow(clippy::too_many_arguments)]
const fn g(
    kinds: &'static [PlanKind],
    levels: &'static [IssuerLevel],
    value: &'static str,
    unit: Unit,
    group: Who,
    what: &'static str,
    by: By,
    owner: &'static [Actor],
) -> TargetSpec {
    TargetSpec {
        kinds,
        levels,
        value,
        unit,
        group,
        what,
        by,
        owner,
    }
}

#[rustfmt::skip]
const TARGETS: &[TargetSpec] = &[
    g(ANY, ALL, "100", Unit::Percent, Who::Staff,
      "được phổ biến các quy định của pháp luật về bình đẳng giới và phòng, chống bạo lực trên \
       cơ sở giới",
      By::End, &[A::Ban, A::Prof]),
    g(ANY, ALL, "100", Unit::Percent, Who::Learners,
      "được tham gia ít nhất một hoạt động giáo dục về giới, bình đẳng giới phù hợp với lứa tuổi",
      By::End, &[A::Deputy, A::Ban, A::Prof]),
    g(ANY, CHILD_SCHOOLS_AND_OFFICE, "80", Unit::Percent, Who::Parents,
      "được truyền thông về bình đẳng giới và bảo vệ trẻ em trước bạo lực, xâm hại",
      By::End, &[A::Ban, A::Prof]),
    g(NOT_ACTION, ALL, "100", Unit::Percent, Who::BanMembers,
      "được tập huấn, bồi dưỡng kiến thức về giới và kỹ năng lồng ghép giới",
      By::End, &[A::Head]),
    g(NOT_ACTION, GENERAL, "1", Unit::ChuyenDe,
      Who::Fixed("có lồng ghép nội dung bình đẳng giới"),
      "được mỗi tổ chuyên môn xây dựng và thực hiện",
      By::Semester, &[A::Prof]),
    g(NOT_ACTION, PRESCHOOL, "2", Unit::HoatDong,
      Who::Fixed("giáo dục có lồng ghép nội dung giới"),
      "được tổ chức ở mỗi nhóm, lớp",
      By::Semester, &[A::Homeroom]),
    g(NOT_ACTION, VOCATIONAL, "1", Unit::Bai,
      Who::Fixed("giảng có lồng ghép nội dung bình đẳng giới"),
      "được mỗi tổ chuyên môn, khoa xây dựng và sử dụng",
      By::Semester, &[A::Prof]),
    g(NOT_ACTION, ALL, "4", Unit::Bai,
      Who::Fixed("tuyên truyền về bình đẳng giới"),
      "được đăng trên trang thông tin điện tử hoặc trang mạng xã hội chính thức của đơn vị, mỗi \
       quý ít nhất một bài",
      By::End, &[A::Comms, A::Ban, A::Prof]),
    g(ACTION, ALL, "2", Unit::Bai,
      Who::Fixed("tuyên truyền về chủ đề của Tháng hành động"),
      "được đăng trên trang thông tin điện tử hoặc trang mạng xã hội chính thức của đơn vị",
      By::Month, &[A::Comms, A::Ban, A::Prof]),
    // A Ban only advises on appointments, so it sets no such target.
    g(NOT_ACTION, NOT_BAN, "100", Unit::Percent,
      Who::Fixed("cán bộ nữ trong diện quy hoạch"),
      "được cử tham gia ít nhất một khóa bồi dưỡng về lãnh đạo, quản lý",
      By::End, &[A::Head, A::Admin]),
    g(ANY, OFFICE, "100", Unit::Percent, Who::Fixed("cơ sở giáo dục"),
      "tổ chức hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với \
       bạo lực trên cơ sở giới",
      By::Month, &[A::Units]),
    g(ANY, GENERAL_AND_VOCATIONAL, "100", Unit::Percent, Who::Fixed("lớp"),
      "tổ chức ít nhất một hoạt động hưởng ứng Tháng hành động vì bình đẳng giới",
      By::Month, &[A::Homeroom, A::Youth]),
    g(ANY, PRESCHOOL, "100", Unit::Percent, Who::Fixed("nhóm, lớp"),
      "tổ chức ít nhất một hoạt động hưởng ứng Tháng hành động vì bình đẳng giới",
      By::Month, &[A::Homeroom]),
    g(ANY, ALL, "100", Unit::Percent, Who::Fixed("vụ việc bạo lực, xâm hại"),
      "được báo cáo ngay khi phát hiện, xử lý đúng quy trình và giữ bí mật thông tin",
      By::Always, &[A::Head]),
    g(CHILDREN, CHILD_SCHOOLS, "100", Unit::Percent, Who::Learners,
      "được hướng dẫn kỹ năng phòng, chống đuối nước và tai nạn thương tích",
      By::Summer, &[A::Homeroom, A::Head]),
    g(CHILDREN, OFFICE, "100", Unit::Percent, Who::Fixed("cơ sở giáo dục"),
      "có kế hoạch bảo đảm an toàn cho trẻ em trong dịp nghỉ hè",
      By::Summer, &[A::Units]),
    g(NOT_ACTION, ALL, "100", Unit::Percent, Who::Fixed("báo cáo thống kê định kỳ"),
      "có số liệu tách biệt theo giới tính",
      By::End, &[A::Admin, A::Ban, A::Prof]),
    g(YEARLY, OFFICE, "100", Unit::Percent, Who::Fixed("cơ sở giáo dục trực thuộc"),
      "xây dựng và triển khai kế hoạch công tác bình đẳng giới của đơn vị",
      By::SecondQuarter, &[A::Units]),
    g(MULTI, OFFICE, "75", Unit::Percent, Who::Fixed("cơ quan, đơn vị trực thuộc"),
      "có lãnh đạo chủ chốt là nữ",
      By::End, &[A::Head]),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every task's and target's preferred leads name a role the level has:
    /// the fallback to the head is a safety net, never the design.
    #[test]
    fn every_lead_resolves_without_fallback() {
        for level in IssuerLevel::ALL {
            for kind in PlanKind::ALL {
                for t in TASKS.iter().filter(|t| t.fits(kind, level)) {
                    assert!(
                        lead_role_strict(level, t.lead).is_some(),
                        "{level:?}: no lead for task {:?}",
                        t.text
                    );
                }
                for t in TARGETS.iter().filter(|t| t.fits(kind, level)) {
                    assert!(
                        lead_role_strict(level, t.owner).is_some(),
                        "{level:?}: no owner for target {:?}",
                        t.what
                    );
                }
            }
        }
    }

    #[test]
    fn spans_follow_the_national_decades() {
        assert_eq!(span_of(2021), (2021, 2030));
        assert_eq!(span_of(2025), (2021, 2030));
        assert_eq!(span_of(2030), (2021, 2030));
        assert_eq!(span_of(2031), (2031, 2040));
    }

    #[test]
    fn lower_first_keeps_proper_names_and_abbreviations() {
        assert_eq!(lower_first("Thực hiện công tác"), "thực hiện công tác");
        assert_eq!(lower_first("Tháng hành động"), "Tháng hành động");
        assert_eq!(lower_first("BĐG năm 2025"), "BĐG năm 2025");
        assert_eq!(lower_first(""), "");
    }

    #[test]
    fn action_month_timing_stays_inside_the_month() {
        assert_eq!(
            When::Year.text(K::ActionMonth, 2025),
            "từ 15/11 đến 15/12/2025"
        );
        assert_eq!(
            When::Day(25, 11).text(K::ActionMonth, 2025),
            "ngày 25/11/2025"
        );
        assert_eq!(When::Day(8, 3).text(K::Annual, 2025), "ngày 8/3/2025");
        assert_eq!(
            When::Day(8, 3).text(K::MultiYear, 2025),
            "ngày 8/3 hằng năm"
        );
        assert_eq!(When::Quarter(1).text(K::Annual, 2024), "quý I/2024");
        assert_eq!(
            When::Milestones.text(K::MultiYear, 2023),
            "năm 2025 và năm 2030"
        );
    }
}
