//! The validators: pure functions from a [`Plan`] to findings and tallies.
//!
//! One function per section, in the order of [`SectionId::ALL`], plus one
//! pass over every paragraph of free text (sub-area cues, references for
//! X5, mentions of an appendix, cost cues for A11, the Action Month's dates
//! for X8, the "BDG" spelling) and one over the body in document order for
//! the abbreviations of X9.
//! Each rule is either *passed* or *failed* for every thing it applies to;
//! the tallies drive completeness (see the module docs of `checklist`).

use super::field::{
    AppendixPart, AssignmentPart, CitationPart, FieldRef, ReportPart, TargetPart, TaskPart,
};
use super::rules::{self, RuleId};
use super::scan::{self, Folder, Scope, Scopes};
use super::Finding;
use crate::domain::catalogue;
use crate::domain::date::Date;
use crate::domain::nd30::{self, AbbrCheck, NumberCheck};
use crate::domain::plan::{
    Authority, Citation, DocType, IssuerLevel, ItemId, Period, Plan, PlanKind, SubArea, Unit,
};
use crate::domain::section::SectionId;

/// Applicable / failed counts of one rule over one evaluation.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Tally {
    pub applicable: u32,
    pub failed: u32,
}

/// State of one evaluation.
pub(super) struct Ctx<'p> {
    pub plan: &'p Plan,
    pub findings: Vec<Finding>,
    /// Per rule, per section (`SectionId as usize`). A pass counts in the
    /// rule's home section; a failure in the section of the field the
    /// finding points to, so that a section's score and its status agree
    /// (X5 found in a task lowers "Nội dung", not "Căn cứ").
    pub tally: [[Tally; SECTIONS]; RuleId::COUNT],
    folder: Folder,
    /// Plan date, if set.
    date: Option<Date>,
    /// The period chosen in the editor, when its years are set.
    period: Option<Scope>,
    /// Time scopes named in the trích yếu.
    subject_scopes: Scopes,
    /// The plan's time scope: the period, else the trích yếu's first scope.
    scope: Option<Scope>,
}

type Args<'a> = &'a [(&'a str, &'a str)];

/// Number of sections.
pub(super) const SECTIONS: usize = SectionId::ALL.len();

impl<'p> Ctx<'p> {
    pub(super) fn new(plan: &'p Plan) -> Ctx<'p> {
        let mut folder = Folder::default();
        let subject_scopes = scan::scopes(folder.fold(&plan.title.subject));
        let period = period_scope(plan.period);
        Ctx {
            plan,
            findings: Vec::new(),
            tally: [[Tally::default(); SECTIONS]; RuleId::COUNT],
            folder,
            date: plan.header.date,
            period,
            subject_scopes,
            scope: period.or(subject_scopes.first()),
        }
    }

    fn pass(&mut self, rule: RuleId) {
        let home = rule.def().section as usize;
        self.tally[rule as usize][home].applicable += 1;
    }

    fn fail(&mut self, rule: RuleId, field: FieldRef, args: Args) {
        let t = &mut self.tally[rule as usize][field.section() as usize];
        t.applicable += 1;
        t.failed += 1;
        let def = rule.def();
        self.findings.push(Finding {
            rule,
            severity: def.severity_for(self.plan),
            section: field.section(),
            field,
            message: fill(def.message_vi, args),
            hint: fill(def.hint_vi, args),
            message_en: fill(def.message_en, args),
        });
    }

    /// Passes when `ok`, else fails with `args`.
    fn check(&mut self, rule: RuleId, ok: bool, field: FieldRef, args: Args) {
        if ok {
            self.pass(rule);
        } else {
            self.fail(rule, field, args);
        }
    }

    /// The plan's years (first, last), from the period, the trích yếu or
    /// the date, in that order.
    fn years(&self) -> Option<(u16, u16)> {
        self.scope
            .map(Scope::years)
            .or_else(|| self.date.map(|d| (d.year(), d.year())))
    }

    fn scope_text(&self) -> String {
        self.scope.map_or_else(|| "năm …".to_string(), Scope::text)
    }
}

/// Runs every validator.
pub(super) fn run(ctx: &mut Ctx) {
    header(ctx);
    title(ctx);
    basis(ctx);
    purposes(ctx);
    targets(ctx);
    let corpus = corpus(ctx);
    tasks(ctx, &corpus);
    organisation(ctx);
    funding(ctx, &corpus);
    reporting(ctx);
    closing(ctx);
    recipients(ctx);
    signature(ctx);
    appendices(ctx, &corpus);
    cross_text(ctx, &corpus);
}

/// Fills `{key}` placeholders; unknown keys are left as written.
pub(super) fn fill(template: &str, args: Args) -> String {
    if !template.contains('{') {
        return template.to_string();
    }
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let value = after.find('}').and_then(|j| {
            let key = &after[..j];
            args.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v, j))
        });
        match value {
            Some((v, j)) => {
                out.push_str(v);
                rest = &after[j + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

fn period_scope(p: Period) -> Option<Scope> {
    match p {
        Period::Year { year } if year != 0 => Some(Scope::Year(year)),
        Period::SchoolYear { start } if start != 0 => Some(Scope::SchoolYear(start)),
        Period::Span { from, to } if from != 0 && from <= to => Some(Scope::Span(from, to)),
        _ => None,
    }
}

/// First and last day of a scope.
fn scope_bounds(s: Scope) -> Option<(Date, Date)> {
    match s {
        Scope::Year(y) => Period::Year { year: y }.bounds(),
        Scope::SchoolYear(a) => Period::SchoolYear { start: a }.bounds(),
        Scope::Span(a, b) => Period::Span { from: a, to: b }.bounds(),
    }
}

// ---------------------------------------------------------------------------
// A1–A3
// ---------------------------------------------------------------------------

fn header(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let h = &plan.header;
    ctx.check(
        RuleId::IssuerMissing,
        !blank(&h.issuer),
        FieldRef::HeaderIssuer,
        &[],
    );
    ctx.check(
        RuleId::ParentBodyMissing,
        !blank(&h.parent_body),
        FieldRef::HeaderParentBody,
        &[("example", rules::parent_body_example(plan.level))],
    );

    let abbr = h.issuer_abbr.trim();
    let check = nd30::check_abbr(abbr);
    if check == AbbrCheck::Empty {
        ctx.fail(RuleId::AbbrMissing, FieldRef::HeaderAbbr, &[]);
    } else {
        ctx.pass(RuleId::AbbrMissing);
        let fixed = nd30::normalize_abbr(abbr);
        let args: Args = &[("value", abbr), ("fixed", &fixed)];
        for (rule, bad) in [
            (RuleId::AbbrSpaces, AbbrCheck::Spaces),
            (RuleId::AbbrLowercase, AbbrCheck::LowerCase),
            (RuleId::AbbrInvalid, AbbrCheck::Invalid),
        ] {
            ctx.check(rule, check != bad, FieldRef::HeaderAbbr, args);
        }
        if plan.level == IssuerLevel::BanVstbpn {
            ctx.check(
                RuleId::AbbrBanSeries,
                fixed.contains("BVSTBPN"),
                FieldRef::HeaderAbbr,
                &[],
            );
        }
    }

    let number = h.number.trim();
    match nd30::check_number(number) {
        NumberCheck::Empty => ctx.fail(RuleId::NumberBlank, FieldRef::HeaderNumber, &[]),
        c => {
            ctx.pass(RuleId::NumberBlank);
            let args: Args = &[("value", number)];
            ctx.check(
                RuleId::NumberLetterSuffix,
                c != NumberCheck::LetterSuffix,
                FieldRef::HeaderNumber,
                args,
            );
            ctx.check(
                RuleId::NumberInvalid,
                c != NumberCheck::Invalid,
                FieldRef::HeaderNumber,
                args,
            );
        }
    }

    let place = h.place.trim();
    if place.is_empty() {
        ctx.fail(RuleId::PlaceMissing, FieldRef::HeaderPlace, &[]);
    } else {
        ctx.pass(RuleId::PlaceMissing);
        let lower_start = place.chars().next().is_some_and(char::is_lowercase);
        ctx.check(
            RuleId::PlaceLowercase,
            !lower_start,
            FieldRef::HeaderPlace,
            &[("value", place)],
        );
    }
    ctx.check(
        RuleId::DateBlank,
        h.date.is_some(),
        FieldRef::HeaderDate,
        &[],
    );
}

// ---------------------------------------------------------------------------
// A4, X1
// ---------------------------------------------------------------------------

const TOPIC_CUES: [&str; 7] = [
    "bình đẳng giới",
    "tiến bộ phụ nữ",
    "tiến bộ của phụ nữ",
    "bđg",
    "vstbpn",
    "bạo lực trên cơ sở giới",
    "bạo lực giới",
];

fn title(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let subject = plan.title.subject.trim();
    let scope_text = ctx.scope_text();
    ctx.check(
        RuleId::SubjectMissing,
        !subject.is_empty(),
        FieldRef::Subject,
        &[("scope", &scope_text)],
    );
    ctx.check(
        RuleId::PeriodMissing,
        ctx.period.is_some(),
        FieldRef::Period,
        &[],
    );

    if !subject.is_empty() {
        let scopes = ctx.subject_scopes;
        let hint_scope = ctx.period.map_or_else(
            || "năm …, năm học … hoặc giai đoạn …".to_string(),
            Scope::text,
        );
        ctx.check(
            RuleId::SubjectNoScope,
            !scopes.is_empty(),
            FieldRef::Subject,
            &[("scope", &hint_scope)],
        );
        if let (Some(p), Some(found)) = (ctx.period, scopes.first()) {
            let ok = scopes.iter().any(|s| s == p);
            ctx.check(
                RuleId::SubjectScopeMismatch,
                ok,
                FieldRef::Subject,
                &[("found", &found.text()), ("expected", &p.text())],
            );
        }
        let folded = ctx.folder.fold(subject);
        let topic = scan::has_any(folded, &TOPIC_CUES);
        let kind_ok = match plan.kind {
            PlanKind::ActionMonth => Some(scan::has_cue(folded, "tháng hành động")),
            PlanKind::GenderAndChildren => {
                Some(scan::has_cue(folded, "trẻ em") && scan::has_cue(folded, "bình đẳng giới"))
            }
            _ => None,
        };
        ctx.check(RuleId::SubjectNoTopic, topic, FieldRef::Subject, &[]);
        if let Some(ok) = kind_ok {
            ctx.check(
                RuleId::SubjectKindCue,
                ok,
                FieldRef::Subject,
                &[
                    ("kind_name", rules::kind_name(plan.kind)),
                    ("kind_hint", rules::subject_kind_hint(plan.kind)),
                ],
            );
        }
        let final_stop = subject.ends_with('.') && !subject.ends_with("...");
        ctx.check(
            RuleId::SubjectFinalPeriod,
            !final_stop,
            FieldRef::Subject,
            &[],
        );
    }

    if let Some(p) = ctx.period {
        let ok = match (plan.kind, p) {
            (PlanKind::MultiYear, Scope::Span(a, b)) => b > a,
            (PlanKind::MultiYear, _) => false,
            (PlanKind::ActionMonth, s) => matches!(s, Scope::Year(_)),
            (_, Scope::Span(a, b)) => b == a,
            _ => true,
        };
        ctx.check(
            RuleId::PeriodKindMismatch,
            ok,
            FieldRef::Period,
            &[
                ("expected", &p.text()),
                ("kind_name", rules::kind_name(plan.kind)),
                ("kind_hint", rules::period_kind_hint(plan.kind)),
            ],
        );
    }

    // X1: the scope the reader sees (the trích yếu's, else the period) vs
    // the date line.
    let (x1_scope, field) = match ctx.subject_scopes.first() {
        Some(s) => (Some(s), FieldRef::Subject),
        None => (ctx.period, FieldRef::Period),
    };
    if let (Some(s), Some(d)) = (x1_scope, ctx.date) {
        let ok = match s {
            Scope::Year(y) => d.year() == y,
            // A school-year plan is issued in the school year or shortly
            // before it (from May).
            Scope::SchoolYear(a) => {
                Date::new(a, 5, 1).is_some_and(|from| d >= from)
                    && Date::new(a.saturating_add(1), 7, 31).is_some_and(|to| d <= to)
            }
            // Multi-year plans are often issued a year into their span or
            // the year before it starts.
            Scope::Span(a, b) => d.year() >= a.saturating_sub(1) && d.year() <= b,
        };
        ctx.check(
            RuleId::X1DateYear,
            ok,
            field,
            &[("scope", &s.text()), ("date", &d.short_vi())],
        );
    }
}

// ---------------------------------------------------------------------------
// A5–A6, X2, X3 (X5 runs over all text in `cross_text`)
// ---------------------------------------------------------------------------

fn is_law(t: DocType) -> bool {
    matches!(t, DocType::Luat | DocType::BoLuat)
}

fn basis(ctx: &mut Ctx) {
    let plan = ctx.plan;
    ctx.check(
        RuleId::BasisMissing,
        !plan.basis.is_empty(),
        FieldRef::Basis,
        &[("superior", rules::superior_example(plan.level))],
    );
    let plan_years = ctx.years();

    let catalogue_year = plan_years.map_or(0, |(a, _)| a);
    for (i, c) in plan.basis.iter().enumerate() {
        let checks: &[(RuleId, bool, CitationPart)] = if is_law(c.doc_type) {
            &[
                (
                    RuleId::LawNameMissing,
                    !blank(&c.subject),
                    CitationPart::Subject,
                ),
                (
                    RuleId::LawWithNumber,
                    blank(&c.number),
                    CitationPart::Number,
                ),
            ]
        } else {
            &[
                (
                    RuleId::CitationNumberMissing,
                    !blank(&c.number),
                    CitationPart::Number,
                ),
                (
                    RuleId::CitationSymbolMissing,
                    !blank(&c.symbol),
                    CitationPart::Symbol,
                ),
                (
                    RuleId::CitationDateMissing,
                    c.date.is_some(),
                    CitationPart::Date,
                ),
                (
                    RuleId::CitationIssuerMissing,
                    !blank(&c.issuer),
                    CitationPart::Issuer,
                ),
                (
                    RuleId::CitationSubjectMissing,
                    !blank(&c.subject),
                    CitationPart::Subject,
                ),
            ]
        };
        let dates = c.date.zip(ctx.date);
        let mismatches = crate::domain::catalogue::check_citation(c, catalogue_year);

        // The usual case: nothing to say, so no label to build.
        let clean = checks.iter().all(|&(_, ok, _)| ok)
            && dates.is_none_or(|(cd, pd)| cd <= pd)
            && mismatches.is_empty();
        if clean {
            for &(rule, _, _) in checks {
                ctx.pass(rule);
            }
            if dates.is_some() {
                ctx.pass(RuleId::X2CitationAfterPlan);
            }
            ctx.pass(RuleId::CatalogueMismatch);
            continue;
        }

        let n = (i + 1).to_string();
        let doc = nd30::citation_short(c);
        let type_name = c.doc_type.name_vi().to_lowercase();
        let args: Args = &[("n", &n), ("doc", &doc), ("type", &type_name)];
        let at = |part| FieldRef::Citation { id: c.id, part };
        for &(rule, ok, part) in checks {
            ctx.check(rule, ok, at(part), args);
        }
        if let Some((cd, pd)) = dates {
            ctx.check(
                RuleId::X2CitationAfterPlan,
                cd <= pd,
                at(CitationPart::Date),
                &[
                    ("n", &n),
                    ("doc", &doc),
                    ("date", &cd.short_vi()),
                    ("plan_date", &pd.short_vi()),
                ],
            );
        }
        if mismatches.is_empty() {
            ctx.pass(RuleId::CatalogueMismatch);
        }
        // A law cited by name has no number field to point to.
        let part = if blank(&c.number) {
            CitationPart::Subject
        } else {
            CitationPart::Number
        };
        for m in mismatches {
            let detail = m.message_vi();
            ctx.fail(
                RuleId::CatalogueMismatch,
                at(part),
                &[("n", &n), ("doc", &doc), ("detail", &detail)],
            );
        }
    }

    // X3: at least one cited (non-law) document of the plan's years, or
    // covering them by its own trích yếu ("giai đoạn 2021-2030").
    if let Some((y0, y1)) = plan_years {
        let mut any = false;
        let mut current = false;
        // A citation without date or trích yếu cannot answer (its missing
        // parts are reported above).
        let decidable =
            |c: &&Citation| !is_law(c.doc_type) && (c.date.is_some() || !blank(&c.subject));
        for c in plan.basis.iter().filter(decidable) {
            any = true;
            let dated = c.date.is_some_and(|d| (y0..=y1).contains(&d.year()));
            let covers = scan::scopes(ctx.folder.fold(&c.subject)).iter().any(|s| {
                let (a, b) = s.years();
                a <= y1 && y0 <= b
            });
            if dated || covers {
                current = true;
                break;
            }
        }
        if any {
            let scope = ctx.scope.map_or_else(|| format!("năm {y0}"), Scope::text);
            ctx.check(
                RuleId::X3NoCurrentBasis,
                current,
                FieldRef::Basis,
                &[("scope", &scope)],
            );
        }
    }

    let issuer = plan.header.issuer.trim();
    let issuer = if issuer.is_empty() {
        "[Tên đơn vị]"
    } else {
        issuer
    };
    ctx.check(
        RuleId::LeadInMissing,
        !blank(&plan.lead_in),
        FieldRef::LeadIn,
        &[("issuer", issuer)],
    );
}

// ---------------------------------------------------------------------------
// A7
// ---------------------------------------------------------------------------

fn purposes(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let purposes = plan.purposes.iter().filter(|s| !blank(s)).count();
    let requirements = plan.requirements.iter().filter(|s| !blank(s)).count();
    ctx.check(
        RuleId::PurposesMissing,
        purposes > 0,
        FieldRef::Purposes,
        &[],
    );
    if purposes > 0 || requirements > 0 {
        ctx.check(
            RuleId::RequirementsMissing,
            requirements > 0,
            FieldRef::Requirements,
            &[],
        );
    }
    action_month_theme(ctx);
}

/// X8: an Action Month plan names the theme of its year; when the national
/// theme of that year is known, it is offered, and a different theme gets a
/// hint quoting it (local guidance may set another: the user keeps theirs).
fn action_month_theme(ctx: &mut Ctx) {
    let plan = ctx.plan;
    if plan.kind != PlanKind::ActionMonth {
        return;
    }
    let Some(Scope::Year(year)) = ctx.scope else {
        return;
    };
    let Some(national) = catalogue::action_month_theme(year) else {
        return;
    };
    let year = year.to_string();
    let args: Args = &[("year", &year), ("theme", national)];
    let theme = plan.theme.trim();
    if theme.is_empty() {
        ctx.fail(RuleId::X8ThemeMissing, FieldRef::Theme, args);
        return;
    }
    ctx.pass(RuleId::X8ThemeMissing);
    let mine = scan::theme_key(ctx.folder.fold(theme));
    let same = mine == scan::theme_key(ctx.folder.fold(national));
    ctx.check(RuleId::X8ThemeDiffers, same, FieldRef::Theme, args);
}

// ---------------------------------------------------------------------------
// A8
// ---------------------------------------------------------------------------

/// A target value as a number: "100", "2,5", "2.5", "1.000" (thousands),
/// optionally followed by "%". `None` for anything else.
pub(super) fn parse_value(v: &str) -> Option<f64> {
    let v = v.trim();
    let v = v.strip_suffix('%').unwrap_or(v).trim_end();
    if v.is_empty() {
        return None;
    }
    let mut int = String::new();
    let mut frac = String::new();
    let mut seen_sep = false;
    for c in v.chars() {
        match c {
            '0'..='9' if seen_sep => frac.push(c),
            '0'..='9' => int.push(c),
            ',' | '.' if !seen_sep && !int.is_empty() => seen_sep = true,
            _ => return None,
        }
    }
    if seen_sep && frac.is_empty() {
        return None;
    }
    // "1.000" is a thousands separator, as `nd30::format_target_value` reads it.
    if seen_sep && frac.len() == 3 && v.contains('.') {
        int.push_str(&frac);
        frac.clear();
    }
    let s = if frac.is_empty() {
        int
    } else {
        format!("{int}.{frac}")
    };
    s.parse().ok()
}

fn targets(ctx: &mut Ctx) {
    let plan = ctx.plan;
    ctx.check(
        RuleId::TargetsMissing,
        !plan.targets.is_empty(),
        FieldRef::Targets,
        &[],
    );
    if plan.kind == PlanKind::MultiYear {
        ctx.check(
            RuleId::GeneralAimMissing,
            !blank(&plan.general_aim),
            FieldRef::GeneralAim,
            &[],
        );
    }
    let mut linked: Vec<ItemId> = plan
        .tasks()
        .flat_map(|t| t.targets.iter().copied())
        .collect();
    linked.sort_unstable();
    linked.dedup();

    for (i, t) in plan.targets.iter().enumerate() {
        let n = (i + 1).to_string();
        let at = |part| FieldRef::Target { id: t.id, part };
        ctx.check(
            RuleId::TargetWhatMissing,
            !blank(&t.what),
            at(TargetPart::What),
            &[("n", &n)],
        );
        ctx.check(
            RuleId::TargetGroupMissing,
            !blank(&t.group),
            at(TargetPart::Group),
            &[("n", &n)],
        );
        let value = t.value.trim();
        if value.is_empty() {
            ctx.fail(
                RuleId::TargetValueMissing,
                at(TargetPart::Value),
                &[("n", &n)],
            );
        } else {
            ctx.pass(RuleId::TargetValueMissing);
            let args: Args = &[("n", &n), ("value", value.trim_end_matches('%').trim_end())];
            match parse_value(value) {
                None => ctx.fail(RuleId::TargetValueInvalid, at(TargetPart::Value), args),
                Some(v) => {
                    ctx.pass(RuleId::TargetValueInvalid);
                    if t.unit == Unit::Percent {
                        ctx.check(
                            RuleId::TargetPercentOver,
                            v <= 100.0,
                            at(TargetPart::Value),
                            args,
                        );
                    }
                }
            }
        }
        if let Unit::Other(u) = &t.unit {
            ctx.check(
                RuleId::TargetUnitMissing,
                !blank(u),
                at(TargetPart::Unit),
                &[("n", &n)],
            );
        }
        ctx.check(
            RuleId::TargetNoTask,
            linked.binary_search(&t.id).is_ok(),
            at(TargetPart::Tasks),
            &[("n", &n)],
        );
    }
}

// ---------------------------------------------------------------------------
// One pass over all free text
// ---------------------------------------------------------------------------

/// Cue words of the sub-areas (PLAN_CHECKLIST §2), folded. A sub-area is
/// covered when one paragraph of tasks or assignments has a cue of every
/// list ("X with Y" = both in the same paragraph).
fn area_cues(area: SubArea) -> &'static [&'static [&'static str]] {
    match area {
        SubArea::Leadership => &[
            &[
                "ban vì sự tiến bộ",
                "ban sự tiến bộ",
                "vstbpn",
                "ban nữ công",
            ],
            &["kiện toàn", "thành lập", "củng cố", "nhiệm vụ thường xuyên"],
        ],
        SubArea::Communication => &[
            &["tuyên truyền", "phổ biến", "truyền thông"],
            &[
                "luật",
                "chính sách",
                "chỉ thị",
                "nghị định",
                "nghị quyết",
                "quyết định",
                "thông tư",
                "đề án",
            ],
        ],
        SubArea::Mainstreaming => &[
            &["lồng ghép"],
            &[
                "bài giảng",
                "bài dạy",
                "tiết học",
                "tiết dạy",
                "giảng dạy",
                "môn học",
                "các môn",
                "hoạt động ngoại khóa",
                "hoạt động trải nghiệm",
                "hoạt động giáo dục",
                "hoạt động chuyên môn",
            ],
        ],
        SubArea::Training => &[&["tập huấn", "bồi dưỡng"]],
        SubArea::ActionMonth => &[&["tháng hành động"], &["15/11", "15 tháng 11", "15-11"]],
        // B6 counts distinct observances instead; see `OBSERVANCES`.
        SubArea::Observances => &[],
        SubArea::ViolencePrevention => &[&["bạo lực", "xâm hại", "quấy rối"]],
        SubArea::WomenStaff => &[&[
            "cán bộ nữ",
            "nữ cbql",
            "nữ cán bộ quản lý",
            "nữ lãnh đạo",
            "nữ viên chức",
            "là nữ",
            "tỷ lệ nữ",
            "tỉ lệ nữ",
        ]],
        SubArea::Emulation => &[&["thi đua", "khen thưởng", "biểu dương", "tuyên dương"]],
        SubArea::Monitoring => &[&["kiểm tra", "giám sát", "sơ kết", "tổng kết"]],
        SubArea::Statistics => &[&["tách biệt giới", "số liệu thống kê", "thống kê số liệu"]],
        SubArea::Coordination => &[
            &["phối hợp"],
            &[
                "gia đình",
                "cha mẹ",
                "cmhs",
                "phụ huynh",
                "ban ngành",
                "ban, ngành",
                "cơ quan chức năng",
                "cộng đồng",
            ],
        ],
    }
}

/// Key dates of B6; each entry is one observance (its cue variants).
const OBSERVANCES: [&[&str]; 7] = [
    &["8/3", "8-3", "quốc tế phụ nữ"],
    &["20/3", "quốc tế hạnh phúc"],
    &["28/6", "gia đình việt nam"],
    &["20/10", "20-10", "phụ nữ việt nam"],
    &["25/11", "xóa bỏ bạo lực"],
    &["tháng hành động vì trẻ em", "tháng 6"],
    &["trung thu"],
];

/// Activities that cost money (A11 condition).
const COST_CUES: [&str; 12] = [
    "bố trí kinh phí",
    "tập huấn",
    "hội thi",
    "hội thảo",
    "hội nghị",
    "tọa đàm",
    "giao lưu",
    "mua sắm",
    "trang thiết bị",
    "mô hình",
    "khen thưởng",
    "kinh phí",
];

/// A source of funds (A11).
const FUND_SOURCES: [&str; 8] = [
    "ngân sách",
    "xã hội hóa",
    "nguồn kinh phí",
    "nguồn lực",
    "kinh phí hoạt động",
    "chi thường xuyên",
    "theo quy định",
    "nguồn hợp pháp",
];

/// Raw spellings that a mention of the Action Month must contain one of
/// ("tháng hành động" in any usual case), for [`scan::may_contain`].
const MONTH_RAW: [&str; 3] = ["ành động", "ành Động", "ÀNH ĐỘNG"];

/// Raw spellings that a mention of an appendix must contain one of
/// ("phụ lục", "biểu mẫu kèm theo" in any case), for [`scan::may_contain`].
const APPENDIX_RAW: [&str; 6] = ["lục", "Lục", "LỤC", "kèm", "Kèm", "KÈM"];

/// What the single pass over the text found.
#[derive(Default)]
pub(super) struct Corpus {
    /// Sub-areas a group with written tasks declares (bit = `SubArea as
    /// usize`); their cue words need no search.
    declared: u16,
    /// Sub-areas covered by declaration or by cue words.
    areas: u16,
    /// Observances mentioned (bit = index in `OBSERVANCES`).
    observances: u8,
    /// The first cost cue in tasks or duties (A11 condition).
    cost_cue: Option<&'static str>,
    /// Some paragraph states a source of funds.
    funds_in_text: bool,
    /// The body refers to an appendix.
    mentions_appendix: bool,
    /// First paragraph with the misspelling "BDG".
    bdg_at: Option<FieldRef>,
    /// Some paragraph gives the Action Month's dates (X8).
    month_dates: bool,
    /// The first paragraph giving other dates than 15/11–15/12 for it.
    month_dates_wrong: Option<(FieldRef, scan::DayMonth, scan::DayMonth)>,
    /// Document references with dates, in document order.
    /// (comparison key, as written, date, where).
    refs: Vec<(String, String, Date, FieldRef)>,
}

fn corpus(ctx: &mut Ctx) -> Corpus {
    let plan = ctx.plan;
    let mut c = Corpus::default();
    for g in &plan.task_groups {
        if let Some(a) = g.area {
            if g.items.iter().any(|t| !blank(&t.text)) {
                c.declared |= 1 << a as usize;
            }
        }
    }
    c.areas = c.declared;
    const ALL_AREAS: u16 = (1 << SubArea::ALL.len()) - 1;
    let observances_declared = c.declared & (1 << SubArea::Observances as usize) != 0;
    let mut joined = String::new();
    let folder = &mut ctx.folder;

    // Structured citations come first: they are the first mention.
    for cit in &plan.basis {
        if let Some(d) = cit.date {
            let r = nd30::citation_reference(cit);
            if !r.is_empty() {
                c.refs.push((
                    ref_key(&r),
                    r,
                    d,
                    FieldRef::Citation {
                        id: cit.id,
                        part: CitationPart::Date,
                    },
                ));
            }
        }
    }

    let funding_stated = !blank(&plan.funding);
    let mut para = |text: &str, field: FieldRef, in_tasks: bool, c: &mut Corpus| {
        if text.trim().is_empty() {
            return;
        }
        scan::scan_refs(text, |r, d| {
            c.refs.push((ref_key(r), r.to_string(), d, field))
        });
        // Folding is the costly part: skip it when no question is left
        // that this paragraph could answer.
        let needed = (in_tasks
            && (c.areas != ALL_AREAS
                || (!observances_declared && c.observances.count_ones() < 2)
                || c.cost_cue.is_none()))
            || (!funding_stated && !c.funds_in_text)
            || (!c.mentions_appendix && scan::may_contain(text, &APPENDIX_RAW))
            || (c.bdg_at.is_none() && scan::contains_ascii_ci(text, b"bdg"))
            || (c.month_dates_wrong.is_none()
                && scan::may_have_day_month(text)
                && scan::may_contain(text, &MONTH_RAW));
        if !needed {
            return;
        }
        let f = folder.fold(text);
        if in_tasks && c.areas != ALL_AREAS {
            for area in SubArea::ALL {
                let bit = 1u16 << area as usize;
                if c.areas & bit != 0 {
                    continue;
                }
                let cues = area_cues(area);
                if !cues.is_empty() && cues.iter().all(|set| scan::has_any(f, set)) {
                    c.areas |= bit;
                }
            }
        }
        if in_tasks && !observances_declared && c.observances.count_ones() < 2 {
            for (i, o) in OBSERVANCES.iter().enumerate() {
                if c.observances & (1 << i) == 0 && scan::has_any(f, o) {
                    c.observances |= 1 << i;
                }
            }
        }
        if in_tasks && c.cost_cue.is_none() {
            c.cost_cue = scan::first_cue(f, &COST_CUES);
        }
        if !c.funds_in_text && scan::has_cue(f, "kinh phí") && scan::has_any(f, &FUND_SOURCES) {
            c.funds_in_text = true;
        }
        if !c.mentions_appendix && scan::has_any(f, &["phụ lục", "biểu mẫu kèm theo"]) {
            c.mentions_appendix = true;
        }
        if c.bdg_at.is_none() && scan::has_word(f, "bdg") {
            c.bdg_at = Some(field);
        }
        if c.month_dates_wrong.is_none() {
            scan::action_month_ranges(f, |from, to| {
                c.month_dates = true;
                if (from, to) != ((15, 11), (15, 12)) && c.month_dates_wrong.is_none() {
                    c.month_dates_wrong = Some((field, from, to));
                }
            });
        }
    };

    para(&plan.title.subject, FieldRef::Subject, false, &mut c);
    para(&plan.lead_in, FieldRef::LeadIn, false, &mut c);
    for p in &plan.purposes {
        para(p, FieldRef::Purposes, false, &mut c);
    }
    for p in &plan.requirements {
        para(p, FieldRef::Requirements, false, &mut c);
    }
    para(&plan.general_aim, FieldRef::GeneralAim, false, &mut c);
    for t in &plan.targets {
        let field = FieldRef::Target {
            id: t.id,
            part: TargetPart::What,
        };
        para(&t.what, field, false, &mut c);
    }
    for g in &plan.task_groups {
        para(&g.title, FieldRef::TaskGroup { id: g.id }, true, &mut c);
        for t in &g.items {
            let field = FieldRef::Task {
                id: t.id,
                part: TaskPart::Text,
            };
            para(&t.text, field, true, &mut c);
        }
    }
    for a in &plan.assignments {
        let field = FieldRef::Assignment {
            id: a.id,
            part: AssignmentPart::Duties,
        };
        for d in &a.duties {
            if blank(d) {
                continue;
            }
            // The role gives the duty its context ("Ban đại diện CMHS:
            // phối hợp …" covers B12).
            joined.clear();
            joined.push_str(&a.role);
            joined.push_str(": ");
            joined.push_str(d);
            para(&joined, field, true, &mut c);
        }
    }
    para(&plan.funding, FieldRef::Funding, false, &mut c);
    for r in &plan.reports {
        let field = FieldRef::Report {
            id: r.id,
            part: ReportPart::Content,
        };
        para(&r.content, field, false, &mut c);
    }
    para(&plan.closing, FieldRef::Closing, false, &mut c);
    c
}

/// Comparison key of a "số/ký hiệu": no spaces, lower case.
fn ref_key(r: &str) -> String {
    r.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

// ---------------------------------------------------------------------------
// A9, B1–B12
// ---------------------------------------------------------------------------

fn tasks(ctx: &mut Ctx, corpus: &Corpus) {
    let plan = ctx.plan;
    let total = plan.tasks().count();
    let written = plan.tasks().filter(|t| !blank(&t.text)).count();
    ctx.check(RuleId::TasksMissing, total > 0, FieldRef::Tasks, &[]);
    if total > 0 {
        ctx.check(
            RuleId::TasksTooFew,
            written >= 3,
            FieldRef::Tasks,
            &[("count", &written.to_string())],
        );
    }
    // A single untitled group is a plain numbered list, which the decree
    // allows; with several groups each needs a heading to tell them apart.
    let titled = plan.task_groups.len() >= 2;
    for (gi, g) in plan.task_groups.iter().enumerate() {
        if titled {
            ctx.check(
                RuleId::GroupTitleMissing,
                !blank(&g.title),
                FieldRef::TaskGroup { id: g.id },
                &[("n", &(gi + 1).to_string())],
            );
        }
        // An empty list already has "A9.tasks-missing".
        if total > 0 {
            ctx.check(
                RuleId::GroupEmpty,
                !g.items.is_empty(),
                FieldRef::TaskGroup { id: g.id },
                &[("n", &(gi + 1).to_string())],
            );
        }
        for (ti, t) in g.items.iter().enumerate() {
            if blank(&t.text) {
                let n = task_label(gi, ti);
                ctx.fail(
                    RuleId::TaskTextMissing,
                    FieldRef::Task {
                        id: t.id,
                        part: TaskPart::Text,
                    },
                    &[("n", &n)],
                );
            } else {
                ctx.pass(RuleId::TaskTextMissing);
            }
        }
    }

    // Sub-areas: only once there are tasks; an empty list already has
    // "A9.tasks-missing", and twelve more findings would drown it.
    if written == 0 {
        return;
    }
    let covered = corpus.areas;
    for area in SubArea::ALL {
        let rule = RuleId::for_area(area);
        if area == SubArea::Observances {
            let count = corpus.observances.count_ones();
            let ok = count >= 2 || covered & (1 << area as usize) != 0;
            ctx.check(
                rule,
                ok,
                FieldRef::TaskArea(area),
                &[("count", &count.to_string())],
            );
        } else {
            ctx.check(
                rule,
                covered & (1 << area as usize) != 0,
                FieldRef::TaskArea(area),
                &[],
            );
        }
    }
}

/// "thứ 3 của nhóm 2" (1-based), how a teacher finds a task in the list.
fn task_label(group: usize, item: usize) -> String {
    format!("thứ {} của nhóm {}", item + 1, group + 1)
}

// ---------------------------------------------------------------------------
// A10
// ---------------------------------------------------------------------------

fn organisation(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let good = plan
        .assignments
        .iter()
        .filter(|a| !blank(&a.role) && a.duties.iter().any(|d| !blank(d)))
        .count();
    ctx.check(
        RuleId::AssignmentsTooFew,
        good >= 2,
        FieldRef::Assignments,
        &[
            ("count", &good.to_string()),
            ("roles", rules::roles_example(plan.level)),
        ],
    );
    for (i, a) in plan.assignments.iter().enumerate() {
        let n = (i + 1).to_string();
        ctx.check(
            RuleId::RoleMissing,
            !blank(&a.role),
            FieldRef::Assignment {
                id: a.id,
                part: AssignmentPart::Role,
            },
            &[("n", &n)],
        );
        let role = if blank(&a.role) {
            format!("Mục phân công thứ {n}")
        } else {
            a.role.trim().to_string()
        };
        ctx.check(
            RuleId::DutiesMissing,
            a.duties.iter().any(|d| !blank(d)),
            FieldRef::Assignment {
                id: a.id,
                part: AssignmentPart::Duties,
            },
            &[("role", &role)],
        );
    }

    // Every task lead appears among the roles. Without any role the list
    // rule above already speaks; one finding per task would be noise.
    let roles: Vec<String> = plan
        .assignments
        .iter()
        .filter(|a| !blank(&a.role))
        .map(|a| ctx.folder.fold_owned(&a.role))
        .collect();
    if roles.is_empty() {
        return;
    }
    // Leads repeat (a handful of roles over hundreds of tasks): remember
    // each distinct lead's answer.
    let mut seen: Vec<(&str, Option<&str>)> = Vec::new();
    for (gi, g) in plan.task_groups.iter().enumerate() {
        for (ti, t) in g.items.iter().enumerate() {
            if blank(&t.lead) {
                continue;
            }
            let lead = t.lead.as_str();
            let missing = match seen.iter().find(|(l, _)| *l == lead) {
                Some(&(_, m)) => m,
                None => {
                    // A lead may name several roles: "Hiệu trưởng; Công đoàn".
                    let m = lead.split([',', ';']).map(str::trim).find(|part| {
                        if part.is_empty() {
                            return false;
                        }
                        let f = ctx.folder.fold(part);
                        !roles
                            .iter()
                            .any(|r| r == f || r.contains(f) || f.contains(r.as_str()))
                    });
                    seen.push((lead, m));
                    m
                }
            };
            let field = FieldRef::Task {
                id: t.id,
                part: TaskPart::Lead,
            };
            match missing {
                None => ctx.pass(RuleId::LeadNotAssigned),
                Some(lead) => {
                    let n = task_label(gi, ti);
                    ctx.fail(RuleId::LeadNotAssigned, field, &[("n", &n), ("lead", lead)]);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// A11
// ---------------------------------------------------------------------------

fn funding(ctx: &mut Ctx, corpus: &Corpus) {
    let stated = !blank(&ctx.plan.funding) || corpus.funds_in_text;
    match corpus.cost_cue {
        // Conditional: activities with costs need a source of funds.
        Some(cue) => ctx.check(
            RuleId::FundingMissing,
            stated,
            FieldRef::Funding,
            &[("cue", cue)],
        ),
        None => ctx.check(RuleId::FundingRecommended, stated, FieldRef::Funding, &[]),
    }
}

// ---------------------------------------------------------------------------
// A12, X4
// ---------------------------------------------------------------------------

fn reporting(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let complete = plan
        .reports
        .iter()
        .filter(|r| r.date.is_some() && !blank(&r.content) && !blank(&r.recipient))
        .count();
    ctx.check(RuleId::ReportsMissing, complete > 0, FieldRef::Reports, &[]);
    let bounds = ctx.scope.and_then(scope_bounds);
    let scope_text = ctx.scope_text();
    for (i, r) in plan.reports.iter().enumerate() {
        let n = (i + 1).to_string();
        let at = |part| FieldRef::Report { id: r.id, part };
        ctx.check(
            RuleId::ReportDateMissing,
            r.date.is_some(),
            at(ReportPart::Date),
            &[("n", &n)],
        );
        ctx.check(
            RuleId::ReportContentMissing,
            !blank(&r.content),
            at(ReportPart::Content),
            &[("n", &n)],
        );
        ctx.check(
            RuleId::ReportRecipientMissing,
            !blank(&r.recipient),
            at(ReportPart::Recipient),
            &[("n", &n)],
        );
        let Some(d) = r.date else { continue };
        let date = d.short_vi();
        if let Some(pd) = ctx.date {
            ctx.check(
                RuleId::X4ReportBeforePlan,
                d > pd,
                at(ReportPart::Date),
                &[("n", &n), ("date", &date), ("plan_date", &pd.short_vi())],
            );
        }
        if let Some((from, to)) = bounds {
            ctx.check(
                RuleId::X4ReportOutsidePeriod,
                from <= d && d <= to,
                at(ReportPart::Date),
                &[("n", &n), ("date", &date), ("scope", &scope_text)],
            );
        }
    }
}

// ---------------------------------------------------------------------------
// A13, X7
// ---------------------------------------------------------------------------

fn closing(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let scope_text = ctx.scope_text();
    if blank(&plan.closing) {
        ctx.fail(
            RuleId::ClosingMissing,
            FieldRef::Closing,
            &[("scope", &scope_text)],
        );
        return;
    }
    ctx.pass(RuleId::ClosingMissing);
    if let Some(s) = ctx.scope {
        let (a, b) = s.years();
        let f = ctx.folder.fold(&plan.closing);
        let ok = scan::has_year_number(f, a) || scan::has_year_number(f, b);
        ctx.check(
            RuleId::X7ClosingNoYear,
            ok,
            FieldRef::Closing,
            &[("scope", &scope_text)],
        );
    }
}

// ---------------------------------------------------------------------------
// A14, X11
// ---------------------------------------------------------------------------

/// A recipient line without the "- " and ";" a user may type.
fn bare(s: &str) -> &str {
    s.trim()
        .trim_start_matches(|c: char| matches!(c, '-' | '+' | '•' | '–') || c.is_whitespace())
        .trim_end_matches(|c: char| matches!(c, ';' | '.' | ',') || c.is_whitespace())
}

fn recipients(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let count = plan
        .recipients
        .iter()
        .filter(|r| !bare(r).is_empty())
        .count();
    ctx.check(
        RuleId::RecipientsMissing,
        count > 0,
        FieldRef::Recipients,
        &[],
    );
    for (i, r) in plan.recipients.iter().enumerate() {
        let item = bare(r);
        if item.is_empty() {
            continue;
        }
        let field = FieldRef::Recipient { index: i as u32 };
        let f = ctx.folder.fold(item);
        let nhu_tren = f == "như trên" || f.starts_with("như trên ");
        let kinh_gui = f.starts_with("kính gửi");
        let archive = f
            .strip_prefix("lưu")
            .is_some_and(|rest| rest.is_empty() || rest.trim_start().starts_with(':'));
        ctx.check(RuleId::NhuTren, !nhu_tren, field, &[]);
        ctx.check(RuleId::X11KinhGui, !kinh_gui, field, &[]);
        ctx.check(RuleId::ArchiveInList, !archive, field, &[("value", item)]);
    }
    // Only a failure counts here: a lead-in without "Kính gửi" is not
    // progress on the recipients.
    if ctx.folder.fold(&plan.lead_in).starts_with("kính gửi") {
        ctx.fail(RuleId::X11KinhGui, FieldRef::LeadIn, &[]);
    }
}

// ---------------------------------------------------------------------------
// A15
// ---------------------------------------------------------------------------

/// Does a (folded) title start with a signing authority ("KT. HIỆU
/// TRƯỞNG", "TM BAN …") that belongs in its own field?
fn has_authority_prefix(t: &str) -> bool {
    ["tm", "kt", "q", "tl", "tuq"].iter().any(|p| {
        t.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with(' '))
    })
}

fn signature(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let s = &plan.signer;
    let level = plan.level;
    let expected = rules::head_title(level);
    let title = s.title.trim();
    let deputy = s.deputy_title.trim();
    let name = s.name.trim();

    ctx.check(
        RuleId::SignerTitleMissing,
        !title.is_empty(),
        FieldRef::SignerTitle,
        &[("expected", expected)],
    );
    ctx.check(
        RuleId::SignerNameMissing,
        !name.is_empty(),
        FieldRef::SignerName,
        &[],
    );
    if s.authority.needs_second_title() {
        let hint = rules::deputy_hint(s.authority, level);
        ctx.check(
            RuleId::DeputyTitleMissing,
            !deputy.is_empty(),
            FieldRef::SignerDeputyTitle,
            &[("prefix", s.authority.prefix()), ("deputy_hint", &hint)],
        );
    }
    let deputy_folded = ctx.folder.fold_owned(deputy);
    if s.authority == Authority::Kt && !deputy.is_empty() {
        ctx.check(
            RuleId::KtNotPho,
            deputy_folded.starts_with("phó"),
            FieldRef::SignerDeputyTitle,
            &[("value", deputy), ("expected", expected)],
        );
    }

    if !title.is_empty() {
        let t = ctx.folder.fold_owned(title);
        let has_prefix = has_authority_prefix(&t);
        ctx.check(
            RuleId::PrefixInTitle,
            !has_prefix,
            FieldRef::SignerTitle,
            &[("value", title)],
        );
        let expected_folded = ctx.folder.fold_owned(expected);
        let title_hint = rules::title_hint(level);
        if s.authority == Authority::Tm {
            if level == IssuerLevel::BanVstbpn {
                // TM. BAN …: the signer's own title is on the second line.
                if !deputy.is_empty() {
                    ctx.check(
                        RuleId::TitleLevel,
                        deputy_folded.contains(expected_folded.as_str()),
                        FieldRef::SignerDeputyTitle,
                        &[
                            ("value", deputy),
                            ("expected", expected),
                            ("title_hint", &title_hint),
                        ],
                    );
                }
            } else {
                ctx.fail(RuleId::TmNotCollective, FieldRef::SignerAuthority, &[]);
            }
        } else {
            if level != IssuerLevel::BanVstbpn {
                ctx.pass(RuleId::TmNotCollective);
            }
            ctx.check(
                RuleId::TitleLevel,
                t.contains(expected_folded.as_str()),
                FieldRef::SignerTitle,
                &[
                    ("value", title),
                    ("expected", expected),
                    ("title_hint", &title_hint),
                ],
            );
        }
    }

    if !name.is_empty() {
        let academic = nd30::academic_title_prefix(name);
        ctx.check(
            RuleId::NameAcademic,
            academic.is_none(),
            FieldRef::SignerName,
            &[("value", academic.unwrap_or(""))],
        );
        ctx.check(
            RuleId::NameAllUpper,
            !nd30::is_all_upper(name),
            FieldRef::SignerName,
            &[],
        );
    }
}

// ---------------------------------------------------------------------------
// A16
// ---------------------------------------------------------------------------

fn appendices(ctx: &mut Ctx, corpus: &Corpus) {
    let plan = ctx.plan;
    let real = plan
        .appendices
        .iter()
        .filter(|a| !blank(&a.title) || !blank(&a.body))
        .count();
    // Conditional (NĐ 30 Đ.8.3 a): required when the text refers to one.
    if corpus.mentions_appendix {
        ctx.check(RuleId::AppendixMissing, real > 0, FieldRef::Appendices, &[]);
    }
    for (i, a) in plan.appendices.iter().enumerate() {
        ctx.check(
            RuleId::AppendixEmpty,
            !blank(&a.body),
            FieldRef::Appendix {
                id: a.id,
                part: AppendixPart::Body,
            },
            &[("n", &(i + 1).to_string())],
        );
    }
    if real > 0 {
        ctx.check(
            RuleId::AppendixNotReferenced,
            corpus.mentions_appendix,
            FieldRef::Appendices,
            &[],
        );
    }
}

// ---------------------------------------------------------------------------
// X5, X9: checks over all text
// ---------------------------------------------------------------------------

fn cross_text(ctx: &mut Ctx, corpus: &Corpus) {
    if !corpus.refs.is_empty() {
        let mut reported: Vec<&str> = Vec::new();
        for (i, (key, shown, date, field)) in corpus.refs.iter().enumerate() {
            if reported.contains(&key.as_str()) {
                continue;
            }
            let first = corpus.refs[..i].iter().find(|(k, ..)| k == key);
            if let Some((_, _, d0, _)) = first.filter(|(_, _, d0, _)| d0 != date) {
                reported.push(key);
                ctx.fail(
                    RuleId::X5SameNumberTwoDates,
                    *field,
                    &[
                        ("doc", shown),
                        ("other", &d0.short_vi()),
                        ("date", &date.short_vi()),
                    ],
                );
            }
        }
        if reported.is_empty() {
            ctx.pass(RuleId::X5SameNumberTwoDates);
        }
    }
    if let Some((field, (d1, m1), (d2, m2))) = corpus.month_dates_wrong {
        ctx.fail(
            RuleId::X8MonthDates,
            field,
            &[
                ("from", &format!("{d1}/{m1}")),
                ("to", &format!("{d2}/{m2}")),
            ],
        );
    } else if corpus.month_dates {
        ctx.pass(RuleId::X8MonthDates);
    }
    match corpus.bdg_at {
        Some(field) => ctx.fail(RuleId::X9BdgSpelling, field, &[]),
        None => ctx.pass(RuleId::X9BdgSpelling),
    }
    abbreviations(ctx);
}

/// One abbreviation met in the body.
struct Abbr {
    text: String,
    /// Where it is first used.
    first: FieldRef,
    defined: bool,
    /// Used before the place that defines it.
    used_early: bool,
}

/// How many abbreviations the X9 message names before "…".
const ABBRS_NAMED: usize = 5;

/// X9: every abbreviation is defined at its first use, "bình đẳng giới
/// (BĐG)". The body is read in the order the document prints it, from the
/// lead-in to the closing; the trích yếu and the căn cứ are left out (they
/// quote other documents' names). One finding at the first use of the
/// first abbreviation that is never defined or defined only later.
fn abbreviations(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let mut seen: Vec<Abbr> = Vec::new();
    let mut read = |text: &str, field: FieldRef| {
        scan::scan_abbrs(text, |a, defines| {
            match seen.iter_mut().find(|e| e.text == a) {
                Some(e) => {
                    if defines && !e.defined {
                        e.defined = true;
                        e.used_early = true;
                    }
                }
                None => seen.push(Abbr {
                    text: a.to_string(),
                    first: field,
                    defined: defines,
                    used_early: false,
                }),
            }
        })
    };
    read(&plan.lead_in, FieldRef::LeadIn);
    read(&plan.theme, FieldRef::Theme);
    for p in &plan.purposes {
        read(p, FieldRef::Purposes);
    }
    for p in &plan.requirements {
        read(p, FieldRef::Requirements);
    }
    read(&plan.general_aim, FieldRef::GeneralAim);
    // As printed: "100% <group> <what> (…, phụ trách: <owner>)".
    for t in &plan.targets {
        for (text, part) in [
            (&t.group, TargetPart::Group),
            (&t.what, TargetPart::What),
            (&t.owner, TargetPart::Owner),
        ] {
            read(text, FieldRef::Target { id: t.id, part });
        }
    }
    for g in &plan.task_groups {
        read(&g.title, FieldRef::TaskGroup { id: g.id });
        for t in &g.items {
            for (text, part) in [
                (&t.text, TaskPart::Text),
                (&t.lead, TaskPart::Lead),
                (&t.participants, TaskPart::Participants),
            ] {
                read(text, FieldRef::Task { id: t.id, part });
            }
        }
    }
    for a in &plan.assignments {
        read(
            &a.role,
            FieldRef::Assignment {
                id: a.id,
                part: AssignmentPart::Role,
            },
        );
        for d in &a.duties {
            read(
                d,
                FieldRef::Assignment {
                    id: a.id,
                    part: AssignmentPart::Duties,
                },
            );
        }
    }
    read(&plan.funding, FieldRef::Funding);
    for r in &plan.reports {
        for (text, part) in [
            (&r.content, ReportPart::Content),
            (&r.recipient, ReportPart::Recipient),
            (&r.channel, ReportPart::Channel),
        ] {
            read(text, FieldRef::Report { id: r.id, part });
        }
    }
    read(&plan.closing, FieldRef::Closing);

    let mut bad = seen.iter().filter(|e| !e.defined || e.used_early);
    let Some(first) = bad.next() else {
        ctx.pass(RuleId::X9AbbrUndefined);
        return;
    };
    let field = first.first;
    let mut names: Vec<String> = std::iter::once(first)
        .chain(bad)
        .map(|e| format!("“{}”", e.text))
        .collect();
    if names.len() > ABBRS_NAMED {
        names.truncate(ABBRS_NAMED);
        names.push("…".to_string());
    }
    ctx.fail(
        RuleId::X9AbbrUndefined,
        field,
        &[("abbrs", &names.join(", "))],
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_keys_only() {
        assert_eq!(
            fill("Căn cứ thứ {n} ({doc}) {x}", &[("n", "2"), ("doc", "A")]),
            "Căn cứ thứ 2 (A) {x}"
        );
        assert_eq!(fill("không có", &[]), "không có");
        assert_eq!(fill("{", &[]), "{");
    }

    #[test]
    fn target_values() {
        assert_eq!(parse_value("100"), Some(100.0));
        assert_eq!(parse_value("2,5"), Some(2.5));
        assert_eq!(parse_value("2.5"), Some(2.5));
        assert_eq!(parse_value("1.000"), Some(1000.0));
        assert_eq!(parse_value("100%"), Some(100.0));
        assert_eq!(parse_value("abc"), None);
        assert_eq!(parse_value("1 00"), None);
        assert_eq!(parse_value("5,"), None);
        assert_eq!(parse_value(",5"), None);
        assert_eq!(parse_value("-5"), None);
    }
}
