//! Starter plans and the suggestion library: every kind × level gets the
//! right skeleton with the user's facts left empty, every category has
//! suggestions, the wording is clean, level-specific and our own (no run of
//! 12 words from a seed plan).
#![cfg(not(target_arch = "wasm32"))]

use kehoach_bdg::domain::admin_map::AdminMap;
use kehoach_bdg::domain::templates::*;
use kehoach_bdg::domain::text::clean;
use kehoach_bdg::domain::{Citation, IssuerLevel, Period, Plan, PlanKind, SubArea, Unit};
use std::collections::HashSet;
use std::path::Path;

const YEAR: u16 = 2025;

fn every_pair() -> impl Iterator<Item = (PlanKind, IssuerLevel)> {
    PlanKind::ALL
        .into_iter()
        .flat_map(|k| IssuerLevel::ALL.into_iter().map(move |l| (k, l)))
}

/// Every string inside a value, found through its JSON form so that a field
/// added to the model later is covered without touching this test.
fn strings_of<T: serde::Serialize>(v: &T) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(v).expect("serialisable"), &mut out);
    out
}

/// Every piece of Vietnamese the library offers for one kind × level.
fn library_texts(kind: PlanKind, level: IssuerLevel) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for sk in SuggestionKind::all() {
        out.extend(
            suggested_texts(sk, kind, level, AdminMap::TwoLevel)
                .into_iter()
                .map(String::from),
        );
    }
    out.extend(suggestions(kind, level).into_iter().map(|s| s.text.into()));
    for t in suggested_targets(kind, level) {
        // "100%" but "4 bài".
        let gap = if t.unit == Unit::Percent { "" } else { " " };
        out.push(format!(
            "{}{gap}{} {} {}",
            t.value,
            t.unit.label(),
            t.group,
            t.what
        ));
        out.extend([t.by_when, t.owner]);
    }
    for area in SubArea::ALL {
        for t in suggested_tasks(kind, level, area, YEAR) {
            out.extend([t.text, t.timing, t.lead]);
        }
    }
    for a in suggested_assignments(kind, level) {
        out.push(a.role);
        out.extend(a.duties);
    }
    for r in suggested_reports(kind, level, YEAR, AdminMap::TwoLevel) {
        out.extend([r.content, r.recipient, r.channel]);
    }
    out.extend(strings_of(&starter(kind, level, YEAR)));
    out.retain(|s| !s.is_empty());
    out
}

fn expected_signer(level: IssuerLevel) -> &'static str {
    match level {
        IssuerLevel::So => "GIÁM ĐỐC",
        IssuerLevel::Phong => "TRƯỞNG PHÒNG",
        IssuerLevel::GdnnGdtx => "GIÁM ĐỐC",
        IssuerLevel::BanVstbpn => "TRƯỞNG BAN",
        IssuerLevel::MamNon
        | IssuerLevel::TieuHoc
        | IssuerLevel::Thcs
        | IssuerLevel::Thpt
        | IssuerLevel::LienCap
        | IssuerLevel::CaoDang => "HIỆU TRƯỞNG",
    }
}

/// Official names of national events, programmes and the field itself.
/// They are the same in every plan and, counted in syllables as Vietnamese
/// words are, one name alone can reach 12 words; each counts as one word in
/// the overlap test, so only our own wording around them is compared.
const OFFICIAL_NAMES: &[&str] = &[
    "tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
    "tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới",
    "tháng hành động vì bình đẳng giới và phòng chống bạo lực trên cơ sở giới",
    "bình đẳng giới và vì sự tiến bộ của phụ nữ",
    "bình đẳng giới và vì sự tiến bộ phụ nữ",
    "vì sự tiến bộ của phụ nữ và bình đẳng giới",
    "vì sự tiến bộ phụ nữ và bình đẳng giới",
    "phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
    "phòng, chống bạo lực trên cơ sở giới",
    "phòng chống bạo lực trên cơ sở giới",
    "ban vì sự tiến bộ phụ nữ",
    "tổng đài điện thoại quốc gia bảo vệ trẻ em",
    "giỏi việc trường, đảm việc nhà",
];

fn plain_words(s: &str) -> Vec<String> {
    clean(s)
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .map(String::from)
        .collect()
}

/// Words of a text with each official name folded into one token.
fn words(s: &str) -> Vec<String> {
    let mut w = plain_words(s);
    for (n, name) in OFFICIAL_NAMES.iter().enumerate() {
        let name = plain_words(name);
        let mut i = 0;
        while i + name.len() <= w.len() {
            if w[i..i + name.len()] == name[..] {
                w.splice(i..i + name.len(), [format!("<tên {n}>")]);
            }
            i += 1;
        }
    }
    w
}

fn has_word(s: &str, w: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric()).any(|x| x == w)
}

// ------------------------------------------------------------------- starter

#[test]
fn starter_has_the_signer_period_and_scope_of_its_kind_and_level() {
    for (kind, level) in every_pair() {
        let p = starter(kind, level, YEAR);
        let what = format!("{kind:?} × {level:?}");
        assert_eq!((p.kind, p.level), (kind, level), "{what}");
        assert_eq!(p.signer.title, expected_signer(level), "{what}");
        let subject = &p.title.subject;
        match kind {
            PlanKind::MultiYear => {
                assert_eq!(
                    p.period,
                    Period::Span {
                        from: 2021,
                        to: 2030
                    },
                    "{what}"
                );
                assert!(
                    subject.ends_with("giai đoạn 2021-2030"),
                    "{what}: {subject}"
                );
            }
            _ => {
                assert_eq!(p.period, Period::Year { year: YEAR }, "{what}");
                assert!(subject.ends_with("năm 2025"), "{what}: {subject}");
            }
        }
        // The school year is never the default scope.
        assert!(!subject.contains("năm học"), "{what}: {subject}");
        // The topic cue of PLAN_CHECKLIST A4.
        let lower = subject.to_lowercase();
        assert!(
            lower.contains("bình đẳng giới") || lower.contains("tiến bộ phụ nữ"),
            "{what}: {subject}"
        );
        match kind {
            PlanKind::ActionMonth => assert!(
                subject.contains("Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới"),
                "{what}: {subject}"
            ),
            PlanKind::GenderAndChildren => assert!(lower.contains("trẻ em"), "{what}"),
            _ => {}
        }
        assert!(
            !subject.ends_with('.'),
            "{what}: trích yếu ends without a period"
        );
    }
}

#[test]
fn a_later_multi_year_plan_moves_to_the_next_span() {
    let p = starter(PlanKind::MultiYear, IssuerLevel::Thcs, 2032);
    assert_eq!(
        p.period,
        Period::Span {
            from: 2031,
            to: 2040
        }
    );
    assert!(p.title.subject.ends_with("giai đoạn 2031-2040"));
}

#[test]
fn starter_leaves_every_fact_of_the_user_empty() {
    for (kind, level) in every_pair() {
        let p = starter(kind, level, YEAR);
        let what = format!("{kind:?} × {level:?}");
        let h = &p.header;
        for (name, v) in [
            ("parent body", &h.parent_body),
            ("issuer", &h.issuer),
            ("abbreviation", &h.issuer_abbr),
            ("number", &h.number),
            ("place", &h.place),
            ("signer name", &p.signer.name),
            ("deputy title", &p.signer.deputy_title),
            ("archive units", &p.archive_units),
        ] {
            assert!(v.is_empty(), "{what}: {name} is pre-filled with {v:?}");
        }
        assert!(h.date.is_none(), "{what}: date pre-filled");
        assert!(!p.basis.is_empty(), "{what}: no căn cứ slot");
        assert!(
            p.basis.iter().any(|c| c.superior_plan),
            "{what}: no slot for the superior's plan"
        );
        for c in &p.basis {
            // National documents come whole from the catalogue: they are
            // facts we know, not the user's.
            let national = kehoach_bdg::domain::catalogue::entries()
                .iter()
                .any(|e| e.to_citation() == Citation { id: 0, ..c.clone() });
            // The year's ministry letter: we know who sends it and what
            // about, never its number or date.
            let ministry_slot = c.issuer == "Bộ Nội vụ" && c.number.is_empty();
            if national || ministry_slot {
                assert!(kind == PlanKind::ActionMonth, "{what}: {c:?}");
                continue;
            }
            assert!(
                c.number.is_empty(),
                "{what}: citation number {:?}",
                c.number
            );
            assert!(
                c.symbol.is_empty(),
                "{what}: citation symbol {:?}",
                c.symbol
            );
            assert!(c.date.is_none(), "{what}: citation date");
            assert!(
                c.issuer.is_empty(),
                "{what}: citation issuer {:?}",
                c.issuer
            );
        }
        for r in &p.reports {
            assert!(r.date.is_none(), "{what}: report deadline pre-filled");
        }
        assert!(p.targets.is_empty(), "{what}: target values are the user's");
    }
}

#[test]
fn starter_text_is_clean_nfc_and_free_of_placeholders() {
    for (kind, level) in every_pair() {
        let p = starter(kind, level, YEAR);
        let mut q = p.clone();
        q.normalize();
        assert_eq!(p, q, "{kind:?} × {level:?}: normalize changed the starter");
        for s in strings_of(&p) {
            assert_eq!(clean(&s), s, "{kind:?} × {level:?}: {s:?}");
            for bad in ["…", "...", "[", "]", "{", "}", "___", "XXX", "  ", "./."] {
                assert!(!s.contains(bad), "{kind:?} × {level:?}: {bad:?} in {s:?}");
            }
            assert_eq!(s.trim(), s, "{kind:?} × {level:?}: untrimmed {s:?}");
        }
    }
}

#[test]
fn starter_ids_are_unique_and_below_next_id() {
    for (kind, level) in every_pair() {
        let p = starter(kind, level, YEAR);
        let ids: Vec<u32> = p
            .basis
            .iter()
            .map(|c| c.id)
            .chain(p.targets.iter().map(|t| t.id))
            .chain(p.task_groups.iter().map(|g| g.id))
            .chain(p.tasks().map(|t| t.id))
            .chain(p.assignments.iter().map(|a| a.id))
            .chain(p.reports.iter().map(|r| r.id))
            .chain(p.appendices.iter().map(|a| a.id))
            .collect();
        let set: HashSet<u32> = ids.iter().copied().collect();
        assert_eq!(set.len(), ids.len(), "{kind:?} × {level:?}: duplicate ids");
        assert!(!set.contains(&0), "{kind:?} × {level:?}: id 0");
        assert!(ids.iter().all(|&i| i < p.next_id), "{kind:?} × {level:?}");
    }
}

#[test]
fn starter_sections_match_the_kind() {
    for (kind, level) in every_pair() {
        let p = starter(kind, level, YEAR);
        let what = format!("{kind:?} × {level:?}");
        let areas: Vec<SubArea> = p.task_groups.iter().filter_map(|g| g.area).collect();
        assert_eq!(areas, default_areas(kind), "{what}");
        for g in &p.task_groups {
            assert_eq!(g.title, g.area.unwrap().title_vi(), "{what}");
        }
        // Practice sub-areas of every plan (PLAN_CHECKLIST §2).
        for must in [
            SubArea::Communication,
            SubArea::ActionMonth,
            SubArea::ViolencePrevention,
        ] {
            assert!(areas.contains(&must), "{what}: missing {must:?}");
        }
        if kind != PlanKind::ActionMonth {
            assert!(areas.contains(&SubArea::Training), "{what}");
        }
        if kind == PlanKind::MultiYear {
            assert!(areas.contains(&SubArea::WomenStaff), "{what}");
        }
        assert!(!p.purposes.is_empty(), "{what}: A7 mục đích");
        assert!(!p.requirements.is_empty(), "{what}: A7 yêu cầu");
        assert!(!p.general_aim.is_empty(), "{what}: A8 mục tiêu chung");
        assert!(p.assignments.len() >= 2, "{what}: A10 needs two roles");
        assert!(p.funding.contains("inh phí"), "{what}: A11 {:?}", p.funding);
        assert!(!p.reports.is_empty(), "{what}: A12");
        assert!(!p.recipients.is_empty(), "{what}: A14");
        for r in &p.recipients {
            assert!(
                !r.starts_with("Lưu"),
                "{what}: the Lưu line is added on export"
            );
            assert!(!r.contains("Như trên"), "{what}: not in a kế hoạch");
            assert!(!r.starts_with('-') && !r.ends_with(';'), "{what}: {r:?}");
        }
        if level.is_school() || level == IssuerLevel::BanVstbpn {
            assert!(
                p.recipients.iter().any(|r| r.contains("(để báo cáo)")),
                "{what}: no superior among the recipients"
            );
        }
    }
}

#[test]
fn lead_in_and_closing_name_the_plan_and_its_year() {
    for (kind, level) in every_pair() {
        let p = starter(kind, level, YEAR);
        let what = format!("{kind:?} × {level:?}");
        let scope = match kind {
            PlanKind::MultiYear => "giai đoạn 2021-2030",
            _ => "năm 2025",
        };
        assert!(p.lead_in.ends_with("như sau:"), "{what}: {}", p.lead_in);
        assert!(p.lead_in.contains("xây dựng Kế hoạch"), "{what}");
        assert!(p.lead_in.contains(scope), "{what}: {}", p.lead_in);
        assert!(
            p.closing.starts_with("Trên đây là Kế hoạch"),
            "{what}: {}",
            p.closing
        );
        assert!(p.closing.contains(scope), "{what}: {}", p.closing);
        assert!(p.closing.ends_with('.'), "{what}");
        assert_eq!(p.closing, closing_for(&p), "{what}");
        assert_eq!(p.lead_in, lead_in_for(&p), "{what}");
    }
}

#[test]
fn lead_in_and_closing_follow_the_users_issuer_and_subject() {
    let mut p = starter(PlanKind::Annual, IssuerLevel::TieuHoc, 2024);
    p.header.issuer = "Trường Tiểu học Hòa Bình".into();
    p.title.subject = "Hành động vì bình đẳng giới năm 2024.".into();
    assert_eq!(
        lead_in_for(&p),
        "Trường Tiểu học Hòa Bình xây dựng Kế hoạch hành động vì bình đẳng giới năm 2024 như sau:"
    );
    let closing = closing_for(&p);
    assert!(
        closing.starts_with(
            "Trên đây là Kế hoạch hành động vì bình đẳng giới năm 2024 của Trường Tiểu học Hòa Bình."
        ),
        "{closing}"
    );
    // A subject opening with the Month's proper name keeps its capital.
    p.title.subject = "Tháng hành động vì bình đẳng giới năm 2024".into();
    assert!(lead_in_for(&p).contains("Kế hoạch Tháng hành động"));
}

#[test]
fn action_month_starter_prefills_the_theme_table() {
    use kehoach_bdg::domain::catalogue::action_month_theme;
    // Before the Month existed, every known year, and after the last known.
    for year in 2014..=2027 {
        for level in IssuerLevel::ALL {
            let p = starter(PlanKind::ActionMonth, level, year);
            assert_eq!(
                p.theme,
                action_month_theme(year).unwrap_or(""),
                "{level:?} {year}"
            );
            for kind in [
                PlanKind::Annual,
                PlanKind::MultiYear,
                PlanKind::GenderAndChildren,
            ] {
                assert_eq!(starter(kind, level, year).theme, "", "{kind:?} {level:?}");
            }
        }
    }
    assert!(starter(PlanKind::ActionMonth, IssuerLevel::Thcs, 2025)
        .theme
        .contains("kỷ nguyên số"));
}

#[test]
fn theme_enters_as_a_purpose_only_when_known() {
    assert_eq!(theme_purpose("  ", 2026), None);
    let s = theme_purpose("“Chủ đề thử”", 2025).unwrap();
    assert!(s.contains("năm 2025 “Chủ đề thử”"), "{s}");
    assert_eq!(clean(&s), s);
}

// --------------------------------------------------------------- suggestions

#[test]
fn every_category_has_suggestions_for_every_kind_and_level() {
    for (kind, level) in every_pair() {
        let what = format!("{kind:?} × {level:?}");
        for sk in [
            SuggestionKind::Purpose,
            SuggestionKind::Requirement,
            SuggestionKind::Target,
            SuggestionKind::Role,
            SuggestionKind::Recipient,
            SuggestionKind::Closing,
            SuggestionKind::LeadIn,
            SuggestionKind::Funding,
            SuggestionKind::Report,
        ] {
            let v = suggested_texts(sk, kind, level, AdminMap::TwoLevel);
            assert!(!v.is_empty(), "{what}: no {sk:?}");
            let set: HashSet<&str> = v.iter().copied().collect();
            assert_eq!(set.len(), v.len(), "{what}: duplicate {sk:?}");
        }
        for &area in default_areas(kind) {
            assert!(
                !suggested_texts(SuggestionKind::Task(area), kind, level, AdminMap::TwoLevel)
                    .is_empty(),
                "{what}: no task text for {area:?}"
            );
            let tasks = suggested_tasks(kind, level, area, YEAR);
            assert!(!tasks.is_empty(), "{what}: no task for {area:?}");
            assert!(tasks.len() <= 6, "{what}: {area:?} offers too many");
        }
        let n = suggested_targets(kind, level).len();
        assert!((3..=12).contains(&n), "{what}: {n} targets");
        assert!(suggested_assignments(kind, level).len() >= 3, "{what}");
        assert!(
            !suggested_reports(kind, level, YEAR, AdminMap::TwoLevel).is_empty(),
            "{what}"
        );
        let purposes =
            suggested_texts(SuggestionKind::Purpose, kind, level, AdminMap::TwoLevel).len();
        assert!((4..=8).contains(&purposes), "{what}: {purposes} purposes");
        let reqs =
            suggested_texts(SuggestionKind::Requirement, kind, level, AdminMap::TwoLevel).len();
        assert!((4..=8).contains(&reqs), "{what}: {reqs} requirements");
        assert!(suggestions(kind, level).iter().all(|s| s.fits(kind, level)));
    }
}

#[test]
fn all_suggestion_text_is_clean_and_complete() {
    for (kind, level) in every_pair() {
        for s in library_texts(kind, level) {
            assert_eq!(clean(&s), s, "{kind:?} × {level:?}: {s:?}");
            assert_eq!(s.trim(), s, "{kind:?} × {level:?}: {s:?}");
            for bad in [
                "…", "...", "[", "]", "{", "}", "  ", "./.", " ,", " ;", " .",
            ] {
                assert!(!s.contains(bad), "{kind:?} × {level:?}: {bad:?} in {s:?}");
            }
        }
        for sk in [
            SuggestionKind::Purpose,
            SuggestionKind::Requirement,
            SuggestionKind::Closing,
            SuggestionKind::Funding,
        ] {
            for s in suggested_texts(sk, kind, level, AdminMap::TwoLevel) {
                assert!(s.ends_with('.'), "{sk:?}: {s:?} is a sentence");
                assert!(s.chars().next().unwrap().is_uppercase(), "{s:?}");
            }
        }
        for s in suggested_texts(SuggestionKind::LeadIn, kind, level, AdminMap::TwoLevel) {
            assert!(s.ends_with("như sau:") || s.ends_with("sau đây:"), "{s:?}");
        }
    }
}

#[test]
fn upper_secondary_has_the_doan_and_no_doi() {
    for kind in PlanKind::ALL {
        let texts = library_texts(kind, IssuerLevel::Thpt);
        let offending: Vec<&String> = texts.iter().filter(|s| has_word(s, "Đội")).collect();
        assert!(offending.is_empty(), "{kind:?}: {offending:?}");
        let roles = suggested_texts(
            SuggestionKind::Role,
            kind,
            IssuerLevel::Thpt,
            AdminMap::TwoLevel,
        );
        assert!(
            roles.iter().any(|r| has_word(r, "Đoàn")),
            "{kind:?}: {roles:?}"
        );
    }
}

#[test]
fn preschool_has_no_doi() {
    for kind in PlanKind::ALL {
        let texts = library_texts(kind, IssuerLevel::MamNon);
        let offending: Vec<&String> = texts.iter().filter(|s| has_word(s, "Đội")).collect();
        assert!(offending.is_empty(), "{kind:?}: {offending:?}");
    }
}

#[test]
fn primary_and_lower_secondary_have_the_doi() {
    for level in [IssuerLevel::TieuHoc, IssuerLevel::Thcs] {
        let roles = suggested_texts(
            SuggestionKind::Role,
            PlanKind::Annual,
            level,
            AdminMap::TwoLevel,
        );
        assert!(
            roles.contains(&"Tổng phụ trách Đội"),
            "{level:?}: {roles:?}"
        );
    }
}

#[test]
fn offices_assign_work_to_their_units() {
    for level in [IssuerLevel::So, IssuerLevel::Phong] {
        let roles = suggested_texts(
            SuggestionKind::Role,
            PlanKind::Annual,
            level,
            AdminMap::TwoLevel,
        );
        assert!(
            roles
                .iter()
                .any(|r| r.contains("cơ sở giáo dục") || r.contains("đơn vị")),
            "{level:?}: {roles:?}"
        );
        assert!(!roles.contains(&"Hiệu trưởng"), "{level:?}");
    }
}

#[test]
fn every_lead_and_owner_is_a_role_of_the_plan() {
    for (kind, level) in every_pair() {
        let roles: HashSet<String> = suggested_assignments(kind, level)
            .into_iter()
            .map(|a| a.role)
            .collect();
        for area in SubArea::ALL {
            for t in suggested_tasks(kind, level, area, YEAR) {
                assert!(
                    roles.contains(&t.lead),
                    "{kind:?} × {level:?}: lead {:?} of {:?} not in {roles:?}",
                    t.lead,
                    t.text
                );
            }
        }
        for t in suggested_targets(kind, level) {
            assert!(
                roles.contains(&t.owner),
                "{kind:?} × {level:?}: {:?}",
                t.owner
            );
            assert!(!t.value.is_empty() && t.value.chars().all(|c| c.is_ascii_digit()));
            assert!(!t.group.is_empty() && !t.what.is_empty() && !t.by_when.is_empty());
        }
    }
}

// ------------------------------------------------------------------ key dates

fn all_timings(kind: PlanKind, level: IssuerLevel, year: u16) -> Vec<String> {
    SubArea::ALL
        .into_iter()
        .flat_map(|a| suggested_tasks(kind, level, a, year))
        .map(|t| t.timing)
        .collect()
}

#[test]
fn key_dates_fall_in_the_plans_year() {
    let year = 2026;
    for level in IssuerLevel::ALL {
        let annual = all_timings(PlanKind::Annual, level, year);
        for date in [
            "8/3/2026",
            "20/10/2026",
            "từ 15/11 đến 15/12/2026",
            "25/11/2026",
        ] {
            assert!(
                annual.iter().any(|t| t.contains(date)),
                "{level:?}: {date} missing from {annual:?}"
            );
        }
        assert!(
            annual
                .iter()
                .any(|t| t.contains("tháng 6/2026") || t.contains("30/6/2026")),
            "{level:?}: June missing"
        );
        // Every dated timing of a year's plan is in that year.
        for t in &annual {
            if let Some(i) = t.rfind('/') {
                let y = &t[i + 1..];
                if y.chars().all(|c| c.is_ascii_digit()) {
                    assert_eq!(y, "2026", "{level:?}: {t}");
                }
            }
        }
        let month = all_timings(PlanKind::ActionMonth, level, year);
        assert!(!month.is_empty());
        for t in &month {
            assert!(
                t.contains("/11/2026") || t.contains("/12/2026"),
                "{level:?}: {t}"
            );
        }
        let multi = all_timings(PlanKind::MultiYear, level, year);
        assert!(multi.iter().any(|t| t.contains("hằng năm")), "{level:?}");
        assert!(
            multi.iter().any(|t| t.contains("năm 2025 và năm 2030")),
            "{level:?}: milestones"
        );
    }
    for level in [IssuerLevel::TieuHoc, IssuerLevel::Thpt, IssuerLevel::MamNon] {
        let children = all_timings(PlanKind::GenderAndChildren, level, year);
        assert!(
            children.iter().any(|t| t.contains("từ 1/6 đến 30/6/2026")),
            "{level:?}: Tháng hành động vì trẻ em"
        );
        assert!(
            children
                .iter()
                .any(|t| t.contains("Tết Trung thu năm 2026")),
            "{level:?}"
        );
    }
    let girls = all_timings(PlanKind::Annual, IssuerLevel::Thcs, year);
    assert!(girls.iter().any(|t| t.contains("11/10/2026")));
}

#[test]
fn reports_are_dated_inside_the_period() {
    for (kind, level) in every_pair() {
        let reports = suggested_reports(kind, level, YEAR, AdminMap::TwoLevel);
        let (a, b) = period_for(kind, YEAR).bounds().unwrap();
        for r in &reports {
            let d = r.date.expect("suggested reports carry a date");
            assert!(a <= d && d <= b, "{kind:?} × {level:?}: {d} outside");
            assert!(!r.recipient.is_empty() && !r.channel.is_empty());
        }
        match kind {
            PlanKind::Annual | PlanKind::GenderAndChildren => {
                assert_eq!(reports.len(), 2, "{kind:?} × {level:?}");
                assert!(reports[0].date < reports[1].date);
                assert!(reports[0].content.contains("6 tháng"));
            }
            PlanKind::ActionMonth => {
                assert_eq!(reports.len(), 1);
                let d = reports[0].date.unwrap();
                assert!((d.month(), d.day()) > (12, 15), "after the Month: {d}");
            }
            PlanKind::MultiYear => {
                assert!(reports
                    .iter()
                    .any(|r| r.content.contains("tổng kết giai đoạn")));
            }
        }
    }
}

#[test]
fn ban_reports_to_the_head_of_its_institution() {
    let r = suggested_reports(
        PlanKind::Annual,
        IssuerLevel::BanVstbpn,
        YEAR,
        AdminMap::TwoLevel,
    );
    assert!(r[0].recipient.contains("Thủ trưởng đơn vị"));
    let r = suggested_reports(
        PlanKind::Annual,
        IssuerLevel::Phong,
        YEAR,
        AdminMap::TwoLevel,
    );
    assert!(
        r[0].content.starts_with("Các đơn vị gửi báo cáo"),
        "{:?}",
        r[0]
    );
    assert_eq!(r[0].recipient, "Phòng Giáo dục và Đào tạo");
}

#[test]
fn inserted_tasks_get_fresh_ids_in_their_group() {
    let mut p: Plan = starter(PlanKind::ActionMonth, IssuerLevel::Thcs, YEAR);
    let before = p.task_groups.len();
    let item = suggested_tasks(p.kind, p.level, SubArea::ActionMonth, YEAR).remove(0);
    let id = insert_task(&mut p, SubArea::ActionMonth, item);
    assert_eq!(p.task_groups.len(), before);
    let g = p
        .task_groups
        .iter()
        .find(|g| g.area == Some(SubArea::ActionMonth))
        .unwrap();
    assert_eq!(g.items.len(), 1);
    assert_eq!(g.items[0].id, id);
    // A sub-area without a group gets one.
    let item = suggested_tasks(p.kind, p.level, SubArea::Leadership, YEAR).remove(0);
    let id2 = insert_task(&mut p, SubArea::Emulation, item);
    assert_ne!(id, id2);
    assert_eq!(p.task_groups.len(), before + 1);
}

// ------------------------------------------------------------ seed overlap

const RUN: usize = 12;

/// Every run of `RUN` words of the texts.
fn runs_of(texts: &[String]) -> HashSet<Vec<String>> {
    let mut set = HashSet::new();
    for t in texts {
        let w = words(t);
        for win in w.windows(RUN) {
            set.insert(win.to_vec());
        }
    }
    set
}

/// The suggestions that repeat a run of the seeds, or equal one of their
/// lines of at least 8 words.
fn copied_from(seeds: &[String], texts: &[String]) -> Vec<String> {
    let runs = runs_of(seeds);
    let lines: HashSet<Vec<String>> = seeds
        .iter()
        .flat_map(|s| s.lines().map(words).collect::<Vec<_>>())
        .filter(|w| w.len() >= 8)
        .collect();
    texts
        .iter()
        .filter(|t| {
            let w = words(t);
            lines.contains(&w) || w.windows(RUN).any(|win| runs.contains(win))
        })
        .cloned()
        .collect()
}

#[test]
fn the_overlap_detector_catches_a_copy() {
    let seed = vec![
        "Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba.\nDòng ngắn."
            .to_string(),
    ];
    let copied = "Mở đầu: một, hai, ba, bốn, năm, sáu, bảy, tám, chín, mười, mười một, mười hai."
        .to_string();
    let own = "Một hai ba bốn năm sáu bảy tám chín mười, rồi khác.".to_string();
    assert_eq!(copied_from(&seed, &[copied.clone(), own]), vec![copied]);
    // An official name counts as one word: sharing it is not copying, but
    // our words around it still are compared.
    let seed = vec!["Tổ chức Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới năm 2020 tại trường.".to_string()];
    let name_only =
        "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới."
            .to_string();
    assert!(copied_from(&seed, &[name_only]).is_empty());
    let seed = vec!["Hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới bằng một hai ba bốn năm sáu bảy tám chín mười mười một.".to_string()];
    let around = "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới bằng một hai ba bốn năm sáu bảy tám.".to_string();
    assert_eq!(words(&around).len(), 12);
    assert_eq!(
        copied_from(&seed, std::slice::from_ref(&around)),
        vec![around]
    );
}

#[test]
fn no_suggestion_repeats_a_seed_plan() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    assert!(
        dir.is_dir(),
        "seed plans not found at {}: the shared folder must sit beside the repository",
        dir.display()
    );
    let mut seeds = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("readable seed folder") {
        let path = entry.expect("seed entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            seeds.push(std::fs::read_to_string(&path).expect("utf-8 seed"));
        }
    }
    assert!(!seeds.is_empty(), "no seed .txt in {}", dir.display());
    let mut texts: Vec<String> = every_pair()
        .flat_map(|(k, l)| library_texts(k, l))
        .collect();
    texts.sort();
    texts.dedup();
    let copied = copied_from(&seeds, &texts);
    assert!(copied.is_empty(), "copied from the seeds: {copied:#?}");
}

#[test]
fn generated_lead_in_and_closing_follow_the_issuer_until_the_teacher_changes_them() {
    let mut plan = starter(PlanKind::Annual, IssuerLevel::TieuHoc, 2026);
    plan.lead_in = lead_in_for(&plan);
    plan.closing = closing_for(&plan);
    edit_following(&mut plan, |p| {
        p.header.issuer = "Trường Tiểu học Sơn Ca".into()
    });
    assert!(
        plan.lead_in.starts_with("Trường Tiểu học Sơn Ca xây dựng"),
        "{}",
        plan.lead_in
    );
    assert!(
        plan.closing.contains("Trường Tiểu học Sơn Ca"),
        "{}",
        plan.closing
    );
    assert_eq!(plan.lead_in, lead_in_for(&plan));

    // The teacher's own lead-in stays theirs; the closing still follows.
    plan.lead_in = "Lời dẫn do giáo viên tự viết:".into();
    edit_following(&mut plan, |p| {
        p.header.issuer = "Trường Tiểu học Hoa Mai".into()
    });
    assert_eq!(plan.lead_in, "Lời dẫn do giáo viên tự viết:");
    assert!(plan.closing.contains("Hoa Mai"), "{}", plan.closing);

    // An emptied closing is not filled back in behind the teacher's back.
    plan.closing.clear();
    edit_following(&mut plan, |p| {
        p.header.issuer = "Trường Tiểu học Sen Hồng".into()
    });
    assert!(plan.closing.is_empty());
}
