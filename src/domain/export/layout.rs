//! The printed page as plain data: a [`Plan`] laid out to Decree 30.
//!
//! [`layout`] decides every word, number, size and alignment once; the .docx,
//! the HTML page, the plain text and the editor's live preview only translate
//! the resulting [`Doc`]. All sizes are the defaults of `ND30.md` §15.
//!
//! The model is deliberately small and free of markup: a list of [`Block`]s,
//! each carrying a semantic [`Kind`] whose [`Kind::class`] names a CSS class,
//! so a Leptos view can create one element per block and text nodes for the
//! runs, never `innerHTML`.
//!
//! Every user string passes through [`clean`] here (NFC, no control
//! characters), and multi-line text becomes one paragraph per line: the
//! backends never see a `\n` inside a run.

use crate::domain::date::Date;
use crate::domain::nd30;
use crate::domain::plan::{Authority, Citation, Plan, PlanKind, ReportDeadline, Target, TaskItem};
use crate::domain::section::SectionId;
use crate::domain::text::clean;

/// A4 portrait, in twips (ND30 §14).
pub const PAGE_WIDTH: u32 = 11906;
pub const PAGE_HEIGHT: u32 = 16838;
/// Default margins (20/20/30/15 mm) and header distance (10 mm), in twips.
pub const MARGIN_TOP: u32 = 1134;
pub const MARGIN_BOTTOM: u32 = 1134;
pub const MARGIN_LEFT: u32 = 1701;
pub const MARGIN_RIGHT: u32 = 850;
pub const MARGIN_HEADER: u32 = 567;
/// Text width between the margins: 165 mm.
pub const TEXT_WIDTH: u32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
/// Header and signature tables: 66 mm | 99 mm (ND30 §15).
pub const COLUMN_WIDTHS: [u32; 2] = [3742, 5613];
/// First-line indent of body paragraphs: 1.27 cm.
pub const FIRST_LINE_INDENT: u32 = 720;
/// Empty 14-pt lines left between the signer's title and name for the
/// signature and the seal (ND30 §9, Choice).
pub const SIGNATURE_LINES: u8 = 4;

/// A laid-out plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    pub meta: Meta,
    pub blocks: Vec<Block>,
}

/// Document properties (the .docx core properties, the HTML `<title>`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    /// The trích yếu, on one line.
    pub title: String,
    /// What kind of plan this is, in words.
    pub subject: String,
    /// The issuer, as the user wrote it.
    pub creator: String,
    /// The issuing date, when set.
    pub date: Option<Date>,
}

/// One block of the page, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Para(Para),
    /// A short solid line centred under the text above it.
    Rule(Rule),
    /// Empty lines (the room for signature and seal).
    Space(Space),
    /// Two borderless columns: the header and the signature block.
    Columns(Columns),
}

/// Horizontal alignment of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Justify,
}

impl Align {
    /// The CSS `text-align` value.
    pub fn css(self) -> &'static str {
        match self {
            Align::Left => "left",
            Align::Center => "center",
            Align::Justify => "justify",
        }
    }
}

/// A piece of text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

/// A paragraph: one line of the header, a heading, a list item, a body
/// paragraph. Every style value is resolved here.
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub kind: Kind,
    /// The editor section this text comes from (for click-to-edit).
    pub section: Option<SectionId>,
    pub runs: Vec<Run>,
    /// Font size in points.
    pub size: u8,
    pub align: Align,
    /// 1.27 cm first-line indent.
    pub first_line: bool,
    /// Space before and after, in points.
    pub space_before: u8,
    pub space_after: u8,
    /// Keep on the same page as the next block (headings, the last content
    /// paragraph before the signature).
    pub keep_next: bool,
    /// Start a new page whose numbering starts again from 1: each appendix
    /// (ND30 PL I III.1.đ). The .docx opens a new section here.
    pub page_break_before: bool,
}

impl Para {
    /// A paragraph of one run, styled by its kind.
    pub fn new(kind: Kind, section: Option<SectionId>, text: impl Into<String>) -> Para {
        let s = kind.style();
        Para {
            kind,
            section,
            runs: vec![Run {
                text: text.into(),
                bold: s.bold,
                italic: s.italic,
            }],
            size: s.size,
            align: s.align,
            first_line: s.first_line,
            space_before: s.before,
            space_after: s.after,
            keep_next: s.keep_next,
            page_break_before: false,
        }
    }

    /// The text of all runs.
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    /// Inline CSS for this paragraph (the run styles go on their spans), so
    /// the HTML page and the editor preview use the very same numbers.
    pub fn css(&self) -> String {
        let mut css = format!(
            "font-size:{}pt;text-align:{};margin:{}pt 0 {}pt 0",
            self.size,
            self.align.css(),
            self.space_before,
            self.space_after
        );
        if self.first_line {
            css.push_str(";text-indent:1.27cm");
        }
        css
    }
}

/// A short rule, centred in its container.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub kind: Kind,
    /// Length of the line, in twips.
    pub length: u32,
    /// Width of the cell or text area it is centred in, in twips.
    pub container: u32,
    /// Space after the rule, in points.
    pub space_after: u8,
}

impl Rule {
    /// Inline CSS: width in points, centred, a 0.75 pt solid line.
    pub fn css(&self) -> String {
        format!(
            "width:{:.1}pt;border-top:0.75pt solid #000;margin:2pt auto {}pt auto",
            f64::from(self.length) / 20.0,
            self.space_after
        )
    }
}

/// Empty lines of a given size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Space {
    pub kind: Kind,
    pub lines: u8,
    /// Font size of each line, in points.
    pub size: u8,
}

impl Space {
    /// Inline CSS: the height of the empty lines (single spacing in Times is
    /// about 1.15 of the font size per line).
    pub fn css(&self) -> String {
        let height = f64::from(self.lines) * f64::from(self.size) * 1.15;
        format!("height:{height:.1}pt")
    }
}

/// Two borderless columns of [`COLUMN_WIDTHS`]. Rows line up: the header's
/// second row holds "Số:" and the date line, which the decree puts on the
/// same line.
#[derive(Debug, Clone, PartialEq)]
pub struct Columns {
    pub kind: Kind,
    pub widths: [u32; 2],
    pub rows: Vec<[Vec<Block>; 2]>,
    /// Never split a row across pages (the signature block).
    pub keep_together: bool,
}

impl Columns {
    /// Inline CSS for a grid container: the column widths as percentages.
    pub fn css(&self) -> String {
        let total = self.widths.iter().sum::<u32>().max(1);
        let left = f64::from(self.widths[0]) * 100.0 / f64::from(total);
        format!("grid-template-columns:{left:.2}% {:.2}%", 100.0 - left)
    }
}

/// What a block is. [`Kind::class`] is the CSS class of its element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Header,
    ParentBody,
    Issuer,
    IssuerRule,
    Number,
    QuocHieu,
    TieuNgu,
    TieuNguRule,
    DateLine,
    DocName,
    Subject,
    SubjectRule,
    Basis,
    LeadIn,
    /// "I. MỤC ĐÍCH, YÊU CẦU".
    Heading1,
    /// "1. Mục đích".
    Heading2,
    /// "- …" or "a) …".
    Item,
    /// A body paragraph (general aim, funding, continuation lines).
    Text,
    Closing,
    Signature,
    RecipientsLabel,
    Recipient,
    SignerTitle,
    SignerSpace,
    SignerName,
    AppendixLabel,
    AppendixTitle,
    AppendixSource,
    AppendixText,
}

/// Resolved style of a kind of paragraph.
#[derive(Debug, Clone, Copy)]
struct Style {
    size: u8,
    bold: bool,
    italic: bool,
    align: Align,
    first_line: bool,
    before: u8,
    after: u8,
    keep_next: bool,
}

impl Kind {
    /// CSS class of the element that renders this block.
    pub fn class(self) -> &'static str {
        match self {
            Kind::Header => "kh-header",
            Kind::ParentBody => "kh-parent-body",
            Kind::Issuer => "kh-issuer",
            Kind::IssuerRule => "kh-rule kh-rule-issuer",
            Kind::Number => "kh-number",
            Kind::QuocHieu => "kh-quoc-hieu",
            Kind::TieuNgu => "kh-tieu-ngu",
            Kind::TieuNguRule => "kh-rule kh-rule-tieu-ngu",
            Kind::DateLine => "kh-date-line",
            Kind::DocName => "kh-doc-name",
            Kind::Subject => "kh-subject",
            Kind::SubjectRule => "kh-rule kh-rule-subject",
            Kind::Basis => "kh-basis",
            Kind::LeadIn => "kh-lead-in",
            Kind::Heading1 => "kh-h1",
            Kind::Heading2 => "kh-h2",
            Kind::Item => "kh-item",
            Kind::Text => "kh-text",
            Kind::Closing => "kh-closing",
            Kind::Signature => "kh-signature",
            Kind::RecipientsLabel => "kh-recipients-label",
            Kind::Recipient => "kh-recipient",
            Kind::SignerTitle => "kh-signer-title",
            Kind::SignerSpace => "kh-signer-space",
            Kind::SignerName => "kh-signer-name",
            Kind::AppendixLabel => "kh-appendix-label",
            Kind::AppendixTitle => "kh-appendix-title",
            Kind::AppendixSource => "kh-appendix-source",
            Kind::AppendixText => "kh-appendix-text",
        }
    }

    /// Heading level for semantic markup: 1 for "KẾ HOẠCH", 2 for "I.",
    /// 3 for "1.".
    pub fn heading_level(self) -> Option<u8> {
        match self {
            Kind::DocName => Some(1),
            Kind::Heading1 => Some(2),
            Kind::Heading2 => Some(3),
            _ => None,
        }
    }

    /// ND30 §2, §7, §9–11, §15: size, weight, slant, alignment, spacing.
    fn style(self) -> Style {
        let centred = |size, bold, italic| Style {
            size,
            bold,
            italic,
            align: Align::Center,
            first_line: false,
            before: 0,
            after: 0,
            keep_next: false,
        };
        let body = Style {
            size: 14,
            bold: false,
            italic: false,
            align: Align::Justify,
            first_line: true,
            before: 0,
            after: 6,
            keep_next: false,
        };
        match self {
            Kind::ParentBody => centred(12, false, false),
            Kind::Issuer | Kind::QuocHieu => centred(12, true, false),
            Kind::TieuNgu => centred(13, true, false),
            // "Số:" and the date share the header's second row; a little air
            // separates them from the rules above.
            Kind::Number => Style {
                before: 6,
                ..centred(13, false, false)
            },
            Kind::DateLine => Style {
                before: 6,
                ..centred(13, false, true)
            },
            Kind::DocName => Style {
                before: 18,
                keep_next: true,
                ..centred(14, true, false)
            },
            Kind::Subject => Style {
                keep_next: true,
                ..centred(14, true, false)
            },
            Kind::Heading1 | Kind::Heading2 => Style {
                bold: true,
                keep_next: true,
                ..body
            },
            Kind::RecipientsLabel => Style {
                align: Align::Left,
                before: 6,
                ..centred(12, true, true)
            },
            Kind::Recipient => Style {
                align: Align::Left,
                ..centred(11, false, false)
            },
            Kind::SignerTitle | Kind::SignerName => centred(14, true, false),
            Kind::AppendixLabel | Kind::AppendixTitle => centred(14, true, false),
            Kind::AppendixSource => Style {
                after: 12,
                ..centred(14, false, true)
            },
            _ => body,
        }
    }
}

/// Lays a plan out as a Decree 30 document.
pub fn layout(plan: &Plan) -> Doc {
    let mut blocks = vec![header_block(plan)];
    title_blocks(plan, &mut blocks);
    let mut body = Body::default();
    body_blocks(plan, &mut body);
    close_content(&mut body.blocks);
    blocks.append(&mut body.blocks);
    blocks.push(signature_block(plan));
    appendix_blocks(plan, &mut blocks);
    Doc {
        meta: meta(plan),
        blocks,
    }
}

fn meta(plan: &Plan) -> Meta {
    let subject = match plan.kind {
        PlanKind::Annual => "Kế hoạch công tác bình đẳng giới và vì sự tiến bộ của phụ nữ",
        PlanKind::ActionMonth => "Kế hoạch Tháng hành động vì bình đẳng giới",
        PlanKind::MultiYear => "Kế hoạch bình đẳng giới nhiều năm",
        PlanKind::GenderAndChildren => "Kế hoạch bình đẳng giới và trẻ em",
    };
    Meta {
        title: lines(&plan.title.subject).join(" "),
        subject: subject.to_string(),
        creator: lines(&plan.header.issuer).join(" "),
        date: plan.header.date,
    }
}

// ---------------------------------------------------------------------------
// Header and title
// ---------------------------------------------------------------------------

fn header_block(plan: &Plan) -> Block {
    let h = &plan.header;
    let sec = Some(SectionId::Header);
    let [left_w, right_w] = COLUMN_WIDTHS;
    let mut left = Vec::new();
    for line in lines(&h.parent_body) {
        for l in balance(&nd30::upper_vi(&line), 12, false, left_w) {
            left.push(para(Kind::ParentBody, sec, l));
        }
    }
    let issuer: Vec<String> = lines(&h.issuer)
        .iter()
        .flat_map(|l| balance(&nd30::upper_vi(l), 12, true, left_w))
        .collect();
    for line in &issuer {
        left.push(para(Kind::Issuer, sec, line.clone()));
    }
    if !issuer.is_empty() {
        // ND30 §2: 1/3 of the issuer line, centred under it.
        let widest = issuer.iter().map(|l| text_width(l, 12, true)).max();
        let line = widest.unwrap_or(0).min(left_w);
        left.push(rule(Kind::IssuerRule, (line / 3).max(MIN_RULE), left_w, 0));
    }
    let right = vec![
        para(Kind::QuocHieu, sec, nd30::QUOC_HIEU),
        para(Kind::TieuNgu, sec, nd30::TIEU_NGU),
        // ND30 §2: the rule under the Tiêu ngữ is as long as the Tiêu ngữ.
        rule(
            Kind::TieuNguRule,
            text_width(nd30::TIEU_NGU, 13, true).min(right_w),
            right_w,
            0,
        ),
    ];
    // nd30 output is used as it is: its blanks for a number or date set
    // at signing are runs of spaces that must not be collapsed. Its inputs
    // are cleaned here.
    let number = vec![para(
        Kind::Number,
        sec,
        nd30::so_line(&clean_line(&h.number), &clean_line(&h.issuer_abbr)),
    )];
    let date = vec![para(
        Kind::DateLine,
        sec,
        nd30::date_line(&clean_line(&h.place), h.date, plan.period.first_year()),
    )];
    Block::Columns(Columns {
        kind: Kind::Header,
        widths: COLUMN_WIDTHS,
        rows: vec![[left, right], [number, date]],
        keep_together: true,
    })
}

fn title_blocks(plan: &Plan, blocks: &mut Vec<Block>) {
    let sec = Some(SectionId::Title);
    blocks.push(para(Kind::DocName, sec, nd30::TEN_LOAI));
    let subject: Vec<String> = lines(&plan.title.subject)
        .iter()
        .flat_map(|l| balance(l, 14, true, TEXT_WIDTH))
        .collect();
    for line in &subject {
        blocks.push(para(Kind::Subject, sec, line.clone()));
    }
    let widest = subject.iter().map(|l| text_width(l, 14, true)).max();
    let line = widest.unwrap_or(0).min(TEXT_WIDTH);
    blocks.push(rule(
        Kind::SubjectRule,
        (line / 3).max(MIN_RULE),
        TEXT_WIDTH,
        12,
    ));
}

// ---------------------------------------------------------------------------
// Body
// ---------------------------------------------------------------------------

/// The body under construction, with its Roman section counter.
#[derive(Default)]
struct Body {
    blocks: Vec<Block>,
    sections: u32,
}

impl Body {
    /// "I. MỤC ĐÍCH, YÊU CẦU": numbered only when written, so an empty
    /// section never leaves a gap in the numbering (ND30 §7).
    fn section(&mut self, title: &str, sec: SectionId) {
        self.sections += 1;
        let text = format!("{}. {title}", roman(self.sections));
        self.push(para(Kind::Heading1, Some(sec), text));
    }

    fn heading2(&mut self, n: usize, title: &str, sec: SectionId) {
        self.push(para(Kind::Heading2, Some(sec), format!("{n}. {title}")));
    }

    fn push(&mut self, b: Block) {
        self.blocks.push(b);
    }

    /// Body paragraphs, one per line of the text.
    fn text(&mut self, kind: Kind, text: &str, sec: SectionId) {
        for line in lines(text) {
            self.push(para(kind, Some(sec), line));
        }
    }

    /// A list item: `marker` ("-", "a)") before the first line, `tail`
    /// (timing, lead…) after the last, a full stop at the end. Later lines
    /// of a multi-line item are plain paragraphs under it.
    fn item(&mut self, marker: &str, text: &str, tail: &str, sec: SectionId) {
        let mut ls = lines(text);
        if ls.is_empty() {
            if tail.is_empty() {
                return;
            }
            ls.push(String::new());
        }
        let last = ls.len() - 1;
        for (i, line) in ls.into_iter().enumerate() {
            let mut line = if i == 0 {
                let bare = strip_bullet(&line);
                format!("{marker} {bare}").trim_end().to_string()
            } else {
                line
            };
            if i == last {
                line = if tail.is_empty() {
                    finish(&line)
                } else {
                    format!("{} ({tail}).", strip_end_punct(&line))
                };
            }
            let kind = if i == 0 { Kind::Item } else { Kind::Text };
            self.push(para(kind, Some(sec), line));
        }
    }
}

fn body_blocks(plan: &Plan, b: &mut Body) {
    basis(plan, b);
    purposes(plan, b);
    targets(plan, b);
    tasks(plan, b);
    organisation(plan, b);
    funding(plan, b);
    reporting(plan, b);
    b.text(Kind::Closing, &plan.closing, SectionId::Closing);
}

/// Căn cứ paragraphs then the lead-in (ND30 §6, default Choice: upright body
/// paragraphs, each ending ";", the lead-in ending ":").
fn basis(plan: &Plan, b: &mut Body) {
    let sec = SectionId::Basis;
    let mut seen: Vec<String> = Vec::new();
    for c in &plan.basis {
        let c = clean_citation(c);
        let key = nd30::citation_short(&c);
        let numbered = !nd30::citation_reference(&c).is_empty();
        let paragraph = if numbered && seen.contains(&key) {
            // ND30 PL I II.6.b: a document already cited is named short.
            format!("{} {};", c.verb.word(), key)
        } else {
            nd30::basis_paragraph(&c)
        };
        seen.push(key);
        b.push(para(Kind::Basis, Some(sec), paragraph));
    }
    let lead = lines(&plan.lead_in);
    if lead.is_empty() {
        // Without a lead-in the căn cứ list ends the sentence.
        if let Some(Block::Para(p)) = b.blocks.last_mut() {
            if let Some(run) = p.runs.last_mut() {
                run.text = format!("{}.", strip_end_punct(&run.text));
            }
        }
        return;
    }
    let last = lead.len() - 1;
    for (i, line) in lead.into_iter().enumerate() {
        let line = if i == last {
            format!("{}:", strip_end_punct(line.trim_end_matches(':')))
        } else {
            line
        };
        b.push(para(Kind::LeadIn, Some(sec), line));
    }
}

/// Mục đích, yêu cầu, opened by the theme when there is one.
///
/// Where the theme goes: NĐ 30 fixes the elements above the content (Điều
/// 8.2, PL I: tên loại and trích yếu in box 5a), and the trích yếu names
/// the plan itself, so a theme line under it would add an element the
/// decree does not have. The theme belongs to the content (box 6), once, at
/// the start of the part that says why the plan exists: a reader of an
/// Action Month plan finds "Chủ đề: “…”." right under "I. MỤC ĐÍCH, YÊU
/// CẦU", before the purposes that spread it.
fn purposes(plan: &Plan, b: &mut Body) {
    let sec = SectionId::Purposes;
    let theme = theme_text(&plan.theme);
    let has_p = any_text(&plan.purposes);
    let has_r = any_text(&plan.requirements);
    let title = match (has_p, has_r) {
        (true, true) => "MỤC ĐÍCH, YÊU CẦU",
        (true, false) => "MỤC ĐÍCH",
        (false, true) => "YÊU CẦU",
        (false, false) => {
            // A theme without purposes still gets printed, under its own
            // heading (which makes the "Chủ đề:" label redundant).
            if let Some(t) = theme {
                b.section("CHỦ ĐỀ", sec);
                b.push(para(Kind::Text, Some(sec), format!("“{t}”.")));
            }
            return;
        }
    };
    b.section(title, sec);
    if let Some(t) = theme {
        b.push(para(Kind::Text, Some(sec), format!("Chủ đề: “{t}”.")));
    }
    let both = has_p && has_r;
    let mut n = 0;
    for (items, sub) in [
        (&plan.purposes, "Mục đích"),
        (&plan.requirements, "Yêu cầu"),
    ] {
        if !any_text(items) {
            continue;
        }
        if both {
            n += 1;
            b.heading2(n, sub, sec);
        }
        for item in items {
            b.item("-", item, "", sec);
        }
    }
}

/// The theme on one line, without the quotation marks and the final stop
/// the user may have typed (the layout adds its own); `None` when blank.
fn theme_text(theme: &str) -> Option<String> {
    const QUOTES: [char; 5] = ['"', '“', '”', '«', '»'];
    let t = clean_line(theme);
    // “…”. and “….” alike: punctuation, then quotes, then punctuation.
    let t = strip_end_punct(&t).trim_matches(QUOTES).trim();
    let t = strip_end_punct(t);
    (!t.is_empty()).then(|| t.to_string())
}

fn targets(plan: &Plan, b: &mut Body) {
    let sec = SectionId::Targets;
    let has_aim = !lines(&plan.general_aim).is_empty();
    let targets: Vec<String> = plan.targets.iter().filter_map(target_sentence).collect();
    let has_targets = !targets.is_empty();
    let title = match (has_aim, has_targets) {
        (true, true) => "MỤC TIÊU, CHỈ TIÊU",
        (true, false) => "MỤC TIÊU",
        (false, true) => "CHỈ TIÊU",
        (false, false) => return,
    };
    b.section(title, sec);
    let both = has_aim && has_targets;
    if has_aim {
        if both {
            b.heading2(1, "Mục tiêu chung", sec);
        }
        b.text(Kind::Text, &plan.general_aim, sec);
    }
    if has_targets {
        if both {
            b.heading2(2, "Chỉ tiêu cụ thể", sec);
        }
        let tails = plan.targets.iter().filter(|t| target_sentence(t).is_some());
        for (sentence, t) in targets.iter().zip(tails) {
            let tail = labelled(&[("thời hạn", &t.by_when), ("phụ trách", &t.owner)]);
            b.item("-", sentence, &tail, sec);
        }
    }
}

/// "100% cán bộ, giáo viên, nhân viên được tập huấn về bình đẳng giới":
/// value with its unit, group, then what is measured.
fn target_sentence(t: &Target) -> Option<String> {
    let value = nd30::format_target_value(&clean_line(&t.value), &t.unit);
    let parts = [value, clean_line(&t.group), clean_line(&t.what)];
    let s = parts
        .iter()
        .filter(|p| !p.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    (!s.is_empty()).then(|| capitalize_first(&s))
}

fn tasks(plan: &Plan, b: &mut Body) {
    let sec = SectionId::Tasks;
    let groups: Vec<_> = plan
        .task_groups
        .iter()
        .filter(|g| !clean_line(&g.title).is_empty() || g.items.iter().any(task_has_text))
        .collect();
    if groups.is_empty() {
        return;
    }
    let title = match plan.kind {
        PlanKind::ActionMonth => "NỘI DUNG HOẠT ĐỘNG",
        _ => "NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP",
    };
    b.section(title, sec);
    for (i, g) in groups.iter().enumerate() {
        let mut title = clean_line(&g.title);
        if title.is_empty() {
            title = g
                .area
                .map_or("Các nhiệm vụ khác", |a| a.title_vi())
                .to_string();
        }
        b.heading2(i + 1, &title, sec);
        let items: Vec<&TaskItem> = g.items.iter().filter(|t| task_has_text(t)).collect();
        // Điểm a), b)… (ND30 §7) while the Vietnamese alphabet lasts; a
        // longer list is bulleted throughout rather than mixing the two.
        let lettered = items.len() <= DIEM.len();
        for (j, t) in items.into_iter().enumerate() {
            let marker = if lettered {
                format!("{})", DIEM[j])
            } else {
                "-".to_string()
            };
            let tail = labelled(&[
                ("thời gian", &t.timing),
                ("chủ trì", &t.lead),
                ("phối hợp", &t.participants),
            ]);
            b.item(&marker, &t.text, &tail, sec);
        }
    }
}

fn task_has_text(t: &TaskItem) -> bool {
    !lines(&t.text).is_empty()
}

/// "1. <Role>:" and the duties: inline when there is one, listed under the
/// role when there are several.
fn organisation(plan: &Plan, b: &mut Body) {
    let sec = SectionId::Organisation;
    let list: Vec<(String, Vec<String>)> = plan
        .assignments
        .iter()
        .map(|a| {
            let duties = a.duties.iter().filter(|d| !lines(d).is_empty()).cloned();
            (clean_line(&a.role), duties.collect::<Vec<_>>())
        })
        .filter(|(role, duties)| !role.is_empty() || !duties.is_empty())
        .collect();
    if list.is_empty() {
        return;
    }
    b.section("TỔ CHỨC THỰC HIỆN", sec);
    let mut n = 0;
    for (role, duties) in list {
        if role.is_empty() {
            for d in &duties {
                b.item("-", d, "", sec);
            }
            continue;
        }
        n += 1;
        let role = strip_end_punct(role.trim_end_matches(':')).to_string();
        let head = format!("{n}. {role}:");
        match duties.as_slice() {
            [one] if lines(one).len() == 1 => {
                let mut p = Para::new(Kind::Heading2, Some(sec), head);
                p.keep_next = false;
                p.runs.push(Run {
                    text: format!(" {}", finish(&lines(one)[0])),
                    bold: false,
                    italic: false,
                });
                b.push(Block::Para(p));
            }
            _ => {
                b.push(para(Kind::Heading2, Some(sec), head));
                for d in &duties {
                    b.item("-", d, "", sec);
                }
            }
        }
    }
}

fn funding(plan: &Plan, b: &mut Body) {
    if lines(&plan.funding).is_empty() {
        return;
    }
    b.section("KINH PHÍ", SectionId::Funding);
    b.text(Kind::Text, &plan.funding, SectionId::Funding);
}

fn reporting(plan: &Plan, b: &mut Body) {
    let sentences: Vec<String> = plan.reports.iter().filter_map(report_sentence).collect();
    if sentences.is_empty() {
        return;
    }
    let sec = SectionId::Reporting;
    b.section("CHẾ ĐỘ BÁO CÁO", sec);
    for s in &sentences {
        b.item("-", s, "", sec);
    }
}

/// "Báo cáo sơ kết học kỳ I gửi Phòng GD&ĐT qua thư điện tử trước ngày
/// 10/01/2025", with the short numeric date used inside sentences.
fn report_sentence(r: &ReportDeadline) -> Option<String> {
    let content = clean_line(&r.content);
    let recipient = clean_line(&r.recipient);
    let channel = clean_line(&r.channel);
    if content.is_empty() && recipient.is_empty() && r.date.is_none() {
        return None;
    }
    let mut s = if content.is_empty() {
        "Gửi báo cáo".to_string()
    } else {
        strip_end_punct(&content).to_string()
    };
    if !recipient.is_empty() {
        let has_verb = s.to_lowercase().contains(" gửi") || recipient.starts_with("gửi ");
        s.push_str(if has_verb { " " } else { " gửi " });
        s.push_str(&recipient);
    }
    if !channel.is_empty() {
        s.push(' ');
        s.push_str(&channel);
    }
    if let Some(d) = r.date {
        s.push_str(" trước ngày ");
        s.push_str(&d.short_vi());
    }
    Some(s)
}

/// Appends "./." to the last content paragraph (ND30 §8) and keeps it on
/// the page of the signature block.
fn close_content(blocks: &mut [Block]) {
    let last = blocks.iter_mut().rev().find_map(|b| match b {
        Block::Para(p) if !p.text().trim().is_empty() => Some(p),
        _ => None,
    });
    if let Some(p) = last {
        if let Some(run) = p.runs.iter_mut().rev().find(|r| !r.text.trim().is_empty()) {
            run.text = nd30::with_closing_mark(&run.text);
        }
        p.keep_next = true;
    }
}

// ---------------------------------------------------------------------------
// Signature, appendices
// ---------------------------------------------------------------------------

fn signature_block(plan: &Plan) -> Block {
    let rec = Some(SectionId::Recipients);
    let sig = Some(SectionId::Signature);
    let mut left = vec![para(Kind::RecipientsLabel, rec, "Nơi nhận:")];
    let recipients: Vec<String> = plan.recipients.iter().map(|r| clean_line(r)).collect();
    for line in nd30::recipients_lines(&recipients, &clean_line(&plan.archive_units)) {
        left.push(para(Kind::Recipient, rec, line));
    }
    let mut right = Vec::new();
    for line in signer_titles(plan) {
        let mut p = Para::new(Kind::SignerTitle, sig, line);
        if right.is_empty() {
            // Level with "Nơi nhận:" (ND30 §10).
            p.space_before = 6;
        }
        right.push(Block::Para(p));
    }
    right.push(Block::Space(Space {
        kind: Kind::SignerSpace,
        lines: SIGNATURE_LINES,
        size: 14,
    }));
    let name = clean_line(&plan.signer.name);
    if !name.is_empty() {
        right.push(para(Kind::SignerName, sig, name));
    }
    Block::Columns(Columns {
        kind: Kind::Signature,
        widths: COLUMN_WIDTHS,
        rows: vec![[left, right]],
        keep_together: true,
    })
}

/// "KT. HIỆU TRƯỞNG" / "PHÓ HIỆU TRƯỞNG" (ND30 §9), in capitals.
fn signer_titles(plan: &Plan) -> Vec<String> {
    let s = &plan.signer;
    let title = nd30::upper_vi(&clean_line(&s.title));
    let deputy = nd30::upper_vi(&clean_line(&s.deputy_title));
    let mut out = Vec::new();
    let first = match s.authority {
        Authority::None => title,
        a if title.is_empty() => a.prefix().to_string(),
        a => format!("{} {title}", a.prefix()),
    };
    if !first.is_empty() {
        out.push(first);
    }
    if s.authority.needs_second_title() && !deputy.is_empty() {
        out.push(deputy);
    }
    out
}

fn appendix_blocks(plan: &Plan, blocks: &mut Vec<Block>) {
    let sec = Some(SectionId::Appendices);
    let list: Vec<_> = plan
        .appendices
        .iter()
        .filter(|a| !lines(&a.title).is_empty() || !lines(&a.body).is_empty())
        .collect();
    let numbered = list.len() >= 2;
    for (i, a) in list.into_iter().enumerate() {
        // ND30 §11: Roman numerals once there are two or more.
        let label = if numbered {
            format!("Phụ lục {}", roman(i as u32 + 1))
        } else {
            "Phụ lục".to_string()
        };
        let mut p = Para::new(Kind::AppendixLabel, sec, label);
        p.page_break_before = true;
        p.keep_next = true;
        blocks.push(Block::Para(p));
        for line in lines(&a.title) {
            let mut t = Para::new(Kind::AppendixTitle, sec, nd30::upper_vi(&line));
            t.keep_next = true;
            blocks.push(Block::Para(t));
        }
        blocks.push(para(Kind::AppendixSource, sec, appendix_source(plan)));
        let start = blocks.len();
        for line in lines(&a.body) {
            blocks.push(para(Kind::AppendixText, sec, line));
        }
        // An appendix ends with "./." too (PL III Mẫu 2.1).
        close_content(&mut blocks[start..]);
    }
}

/// "(Kèm theo Kế hoạch số 05/KH-THTQ ngày 24/3/2025 của Trường Tiểu học
/// Thịnh Quang)"; blanks where the number or date is not set yet.
fn appendix_source(plan: &Plan) -> String {
    let h = &plan.header;
    let so = nd30::so_line(&clean_line(&h.number), &clean_line(&h.issuer_abbr));
    let reference = so.strip_prefix("Số:").unwrap_or(&so);
    let reference = reference.strip_prefix(' ').unwrap_or(reference);
    let date = match h.date {
        Some(d) => d.short_vi(),
        None => {
            let y = plan.period.first_year();
            let blank = nd30::BLANK;
            if y == 0 {
                format!("{blank}/{blank}/{blank}")
            } else {
                format!("{blank}/{blank}/{y}")
            }
        }
    };
    let issuer = lines(&h.issuer).join(" ");
    let mut s = format!("(Kèm theo Kế hoạch số {reference} ngày {date}");
    if !issuer.is_empty() {
        s.push_str(" của ");
        s.push_str(&issuer);
    }
    s.push(')');
    s
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

/// Điểm letters: the Vietnamese alphabet without f, j, w, z (ND30 §7).
pub const DIEM: [&str; 23] = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "x", "y",
];

/// Shortest rule drawn, in twips (5 mm), so a two-letter issuer still gets
/// a visible line.
const MIN_RULE: u32 = 283;

/// Roman numeral (1–3999; 0 and larger values give Arabic digits).
pub fn roman(n: u32) -> String {
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

fn para(kind: Kind, section: Option<SectionId>, text: impl Into<String>) -> Block {
    Block::Para(Para::new(kind, section, text))
}

fn rule(kind: Kind, length: u32, container: u32, space_after: u8) -> Block {
    Block::Rule(Rule {
        kind,
        length: length.min(container),
        container,
        space_after,
    })
}

/// The non-blank lines of a user text, cleaned and trimmed.
pub fn lines(s: &str) -> Vec<String> {
    clean(s)
        .split('\n')
        .map(|l| collapse_spaces(l.trim()))
        .filter(|l| !l.is_empty())
        .collect()
}

/// A user text that must stay on one line (names, numbers).
fn clean_line(s: &str) -> String {
    lines(s).join(" ")
}

fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_space = false;
    for c in s.chars() {
        let space = c == ' ';
        if !(space && prev_space) {
            out.push(c);
        }
        prev_space = space;
    }
    out
}

fn clean_citation(c: &Citation) -> Citation {
    Citation {
        number: clean_line(&c.number),
        symbol: clean_line(&c.symbol),
        issuer: clean_line(&c.issuer),
        subject: clean_line(&c.subject),
        ..c.clone()
    }
}

fn any_text(items: &[String]) -> bool {
    items.iter().any(|s| !lines(s).is_empty())
}

/// "thời gian: tháng 10/2024; chủ trì: Ban Giám hiệu", skipping blanks.
fn labelled(parts: &[(&str, &String)]) -> String {
    parts
        .iter()
        .filter_map(|(label, value)| {
            let v = strip_end_punct(&clean_line(value)).to_string();
            (!v.is_empty()).then(|| format!("{label}: {v}"))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Removes a bullet the user typed ("- ", "+ ", "• ") before we add ours.
fn strip_bullet(s: &str) -> &str {
    let t = s.trim_start();
    for b in ['-', '+', '•', '–', '*'] {
        if let Some(rest) = t.strip_prefix(b) {
            if rest.starts_with(' ') || rest.is_empty() {
                return rest.trim_start();
            }
        }
    }
    t
}

fn strip_end_punct(s: &str) -> &str {
    s.trim_end().trim_end_matches(['.', ';', ',']).trim_end()
}

/// Ends an item with a full stop unless it already ends with punctuation.
fn finish(s: &str) -> String {
    let t = s.trim_end();
    match t.chars().last() {
        None => String::new(),
        Some(c) if c.is_alphanumeric() || matches!(c, ')' | '"' | '”' | '»' | '%') => {
            format!("{t}.")
        }
        Some(_) => t.to_string(),
    }
}

fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Breaks a centred line that would wrap in its `width` into two lines of
/// about equal length, the way typists break a long issuer name or trích
/// yếu ("TRƯỜNG TIỂU HỌC / THỊNH QUANG" rather than a lone "QUANG"). A
/// line that fits, or that two lines cannot hold, is returned as it is and
/// left to the word processor's wrapping.
pub fn balance(line: &str, size_pt: u8, bold: bool, width: u32) -> Vec<String> {
    // The width estimate is good to a few per cent: keep 5 % in hand.
    let usable = width * 95 / 100;
    if text_width(line, size_pt, bold) <= usable {
        return vec![line.to_string()];
    }
    let words: Vec<&str> = line.split(' ').collect();
    // Among the splits that fit, prefer a first line at least as long as
    // the second (the usual shape of a centred heading: "PHÒNG GIÁO DỤC /
    // VÀ ĐÀO TẠO"), then the most even one.
    let best = (1..words.len())
        .map(|i| {
            let (a, b) = (words[..i].join(" "), words[i..].join(" "));
            let (wa, wb) = (text_width(&a, size_pt, bold), text_width(&b, size_pt, bold));
            (wa < wb, wa.max(wb), a, b)
        })
        .filter(|(_, widest, _, _)| *widest <= usable)
        .min_by_key(|(top_heavy_not, widest, _, _)| (*top_heavy_not, *widest));
    match best {
        Some((_, _, a, b)) => vec![a, b],
        None => vec![line.to_string()],
    }
}

/// Estimated width of one line of Times New Roman, in twips.
///
/// There are no font metrics in the browser-free domain, so this sums the
/// standard Times advance widths (the Adobe "Times-Roman"/"Times-Bold" AFM
/// values, which Times New Roman and Liberation Serif share) of each
/// character's base letter: "Ộ" counts as "O". Unknown characters count as
/// half an em. The result is good to a few per cent, enough to size the
/// short rules of ND30 §2 (1/3 of a line) and the Tiêu ngữ rule.
pub fn text_width(s: &str, size_pt: u8, bold: bool) -> u32 {
    let per_mille: u32 = s
        .chars()
        .map(|c| {
            let base = if c == 'Đ' {
                'D'
            } else if c == 'đ' {
                'd'
            } else {
                crate::domain::text::base_char(c)
            };
            advance(base, bold)
        })
        .sum();
    // per-mille of an em × size in points × 20 twips per point.
    per_mille * u32::from(size_pt) * 20 / 1000
}

/// Advance width in thousandths of an em (Times AFM).
fn advance(c: char, bold: bool) -> u32 {
    const UPPER_R: [u32; 26] = [
        722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667,
        556, 611, 722, 722, 944, 722, 722, 611,
    ];
    const UPPER_B: [u32; 26] = [
        722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722,
        556, 667, 722, 722, 1000, 722, 722, 667,
    ];
    const LOWER_R: [u32; 26] = [
        444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333,
        389, 278, 500, 500, 722, 500, 500, 444,
    ];
    const LOWER_B: [u32; 26] = [
        500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444,
        389, 333, 556, 500, 722, 500, 500, 444,
    ];
    match c {
        'A'..='Z' => {
            let i = (c as u8 - b'A') as usize;
            if bold {
                UPPER_B[i]
            } else {
                UPPER_R[i]
            }
        }
        'a'..='z' => {
            let i = (c as u8 - b'a') as usize;
            if bold {
                LOWER_B[i]
            } else {
                LOWER_R[i]
            }
        }
        '0'..='9' => 500,
        ' ' | '.' | ',' => 250,
        ':' | ';' | '/' => 278,
        '-' | '(' | ')' => 333,
        '&' => 778,
        _ => 500,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals() {
        let got: Vec<String> = [1, 4, 6, 9, 14, 40, 1990].map(roman).to_vec();
        assert_eq!(got, ["I", "IV", "VI", "IX", "XIV", "XL", "MCMXC"]);
    }

    #[test]
    fn width_estimate_uses_base_letters_and_weight() {
        // "Độ" measures as "Do": D 722 + o 500 (bold) = 1222‰ of 10 pt.
        assert_eq!(text_width("Độ", 10, true), 244);
        assert!(text_width("HOA", 12, true) > text_width("HOA", 12, false));
    }

    #[test]
    fn items_get_one_marker_and_one_full_stop() {
        let mut b = Body::default();
        b.item(
            "a)",
            "- Tổ chức tập huấn;\nnội dung thứ hai",
            "chủ trì: Ban Giám hiệu",
            SectionId::Tasks,
        );
        let texts: Vec<String> = b
            .blocks
            .iter()
            .map(|bl| match bl {
                Block::Para(p) => p.text(),
                _ => String::new(),
            })
            .collect();
        assert_eq!(
            texts,
            [
                "a) Tổ chức tập huấn;",
                "nội dung thứ hai (chủ trì: Ban Giám hiệu)."
            ]
        );
    }

    #[test]
    fn finish_keeps_existing_punctuation() {
        assert_eq!(finish("abc"), "abc.");
        assert_eq!(finish("abc;"), "abc;");
        assert_eq!(finish("100%"), "100%.");
        assert_eq!(finish("như sau:"), "như sau:");
    }
}
