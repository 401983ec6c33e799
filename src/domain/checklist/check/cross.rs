//! The one pass over every paragraph of free text (the [`Corpus`]: sub-area
//! cues, references for X5, mentions of an appendix, cost cues for A11, the
//! Action Month's dates for X8, the "BDG" spelling) and the checks that
//! span sections (X5, X8's dates, X9).

use super::{blank, body_texts, Ctx, TextKind};
use crate::domain::checklist::field::{AssignmentPart, CitationPart, FieldRef};
use crate::domain::checklist::rules::RuleId;
use crate::domain::checklist::scan;
use crate::domain::date::Date;
use crate::domain::nd30;
use crate::domain::plan::SubArea;
use crate::domain::section::SectionId;

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
    pub(super) declared: u16,
    /// Sub-areas covered by declaration or by cue words.
    pub(super) areas: u16,
    /// Observances mentioned (bit = index in `OBSERVANCES`).
    pub(super) observances: u8,
    /// The first cost cue in tasks or duties (A11 condition).
    pub(super) cost_cue: Option<&'static str>,
    /// Some paragraph states a source of funds.
    pub(super) funds_in_text: bool,
    /// The body refers to an appendix.
    pub(super) mentions_appendix: bool,
    /// First paragraph with the misspelling "BDG".
    pub(super) bdg_at: Option<FieldRef>,
    /// Some paragraph gives the Action Month's dates (X8).
    pub(super) month_dates: bool,
    /// The first paragraph giving other dates than 15/11–15/12 for it.
    pub(super) month_dates_wrong: Option<(FieldRef, scan::DayMonth, scan::DayMonth)>,
    /// Document references with dates, in document order.
    /// (comparison key, as written, date, where).
    pub(super) refs: Vec<(String, String, Date, FieldRef)>,
}

/// Reads the citations, the trích yếu and every paragraph of the body once,
/// folding a paragraph only while it can still answer a question.
pub(super) fn corpus(ctx: &mut Ctx) -> Corpus {
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
    // The role of the assignment whose duties come next.
    let mut role = "";
    body_texts(plan, |text, field, kind| {
        if let FieldRef::Assignment {
            part: AssignmentPart::Role,
            ..
        } = field
        {
            role = text;
        }
        if kind != TextKind::Paragraph {
            return;
        }
        // Tasks and duties answer the questions about tasks (sub-areas,
        // observances, costs).
        let in_tasks = matches!(field.section(), SectionId::Tasks | SectionId::Organisation);
        if let FieldRef::Assignment { .. } = field {
            if blank(text) {
                return;
            }
            // The role gives the duty its context ("Ban đại diện CMHS:
            // phối hợp …" covers B12).
            joined.clear();
            joined.push_str(role);
            joined.push_str(": ");
            joined.push_str(text);
            para(&joined, field, in_tasks, &mut c);
        } else {
            para(text, field, in_tasks, &mut c);
        }
    });
    c
}

/// Comparison key of a "số/ký hiệu": no spaces, lower case.
fn ref_key(r: &str) -> String {
    r.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// X5 (one number, two dates), X8 (the Action Month's dates) and the "BDG"
/// spelling of X9, from what the corpus found.
pub(super) fn cross_text(ctx: &mut Ctx, corpus: &Corpus) {
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
}
