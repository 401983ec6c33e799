//! The live A4 preview beside the editor.
//!
//! It renders [`layout`]'s [`Doc`], the same laid-out document the .docx and
//! HTML exports translate, as real DOM elements with text nodes (never
//! `innerHTML`), so what the user sees while typing is what they will print.
//!
//! Speed on a large plan: the layout is computed in one memo per change of
//! the plan, and each block is keyed by a hash of its content (the layout
//! types derive `Hash`). `<For>` then keeps every unchanged block's DOM and
//! re-creates only the blocks whose text or style changed; inserting a
//! paragraph moves the others without rebuilding them.
//!
//! Scale: the paper is as wide as the preview column. Every length of the
//! layout is written as a multiple of `--kh-pt`, one typographic point of a
//! 210 mm page drawn `100cqi` wide, so the page keeps the A4 proportions at
//! any column width with no script.

use crate::app::Editor;
use crate::browser::css::cssom;
use crate::domain::export::html::{grid_columns, paragraph_css};
use crate::domain::export::layout::{
    layout, Block, Para, Points, Rule, Run, Space, Twips, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT,
    MARGIN_TOP,
};
use crate::domain::strings::S;
use crate::domain::SectionId;
use leptos::prelude::*;
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// One block of the page and its key for `<For>`.
#[derive(Clone)]
struct Item {
    /// (content hash, how many equal blocks came before it): unique in the
    /// page and stable when other blocks are inserted or removed.
    key: (u64, u32),
    block: Arc<Block>,
}

/// The key stands for the content, so comparing keys is enough for the memo.
impl PartialEq for Item {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

/// The live preview: a toggle (shown on narrow screens only) and the page.
#[component]
pub fn Preview() -> impl IntoView {
    let ed = Editor::get();
    // Narrow screens start with the preview closed: the editor comes first.
    let open = RwSignal::new(false);
    // The page follows the settled plan (see `Editor::track_settled`).
    let items = Memo::new(move |_| {
        ed.track_settled();
        ed.plan.with_untracked(|p| keyed(layout(p).blocks))
    });
    let paper_style = format!(
        "padding:{} {} {} {}",
        twips(MARGIN_TOP),
        twips(MARGIN_RIGHT),
        twips(MARGIN_BOTTOM),
        twips(MARGIN_LEFT)
    );
    view! {
        <div class="kh-pv" data-open=move || open.get().to_string()>
            <button
                type="button"
                class="kh-button kh-button-secondary kh-pv-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="kh-pv-scroll"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || ed.t(if open.get() { S::PreviewHide } else { S::PreviewShow })}
            </button>
            // Focusable, so keyboard users can scroll the page (axe
            // scrollable-region-focusable).
            <div
                class="kh-pv-scroll"
                id="kh-pv-scroll"
                tabindex="0"
                role="group"
                aria-label=move || ed.t(S::PreviewRegion)
            >
                <p class="kh-pv-note">{move || ed.t(S::PreviewNote)}</p>
                // The document is Vietnamese whatever the interface language.
                <div class="kh-pv-paper" lang="vi" use:cssom=paper_style>
                    <For
                        each=move || items.get()
                        key=|item| item.key
                        children=move |item| block_view(&item.block, ed)
                    />
                </div>
            </div>
        </div>
    }
}

/// Keys the blocks by content; equal blocks (two empty spaces) are told
/// apart by their rank among equals.
fn keyed(blocks: Vec<Block>) -> Vec<Item> {
    let mut seen: HashMap<u64, u32> = HashMap::new();
    blocks
        .into_iter()
        .map(|block| {
            let mut hasher = DefaultHasher::new();
            block.hash(&mut hasher);
            let hash = hasher.finish();
            let n = seen.entry(hash).or_insert(0);
            let key = (hash, *n);
            *n += 1;
            Item {
                key,
                block: Arc::new(block),
            }
        })
        .collect()
}

/// One block as elements. Blocks are immutable here: a changed block gets a
/// new key and a new view.
fn block_view(b: &Block, ed: Editor) -> AnyView {
    match b {
        Block::Para(p) => para_view(p, ed),
        Block::Rule(r) => view! {
            <div class=classes(r.kind.class(), "kh-pv-rule") use:cssom=rule_style(r)></div>
        }
        .into_any(),
        Block::Space(s) => view! {
            <div class=classes(s.kind.class(), "kh-pv-space") use:cssom=space_style(s)></div>
        }
        .into_any(),
        Block::Columns(c) => {
            let cells = c
                .rows
                .iter()
                .flat_map(|row| row.iter())
                .map(|cell| {
                    let inner = cell.iter().map(|b| block_view(b, ed)).collect_view();
                    view! { <div class="kh-pv-cell">{inner}</div> }
                })
                .collect_view();
            view! {
                <div class=classes(c.kind.class(), "kh-pv-cols") use:cssom=grid_columns(c)>
                    {cells}
                </div>
            }
            .into_any()
        }
    }
}

fn para_view(p: &Para, ed: Editor) -> AnyView {
    let runs = p.runs.iter().map(run_view).collect_view();
    let class = classes(p.kind.class(), "kh-pv-p");
    // A new page (each appendix): a gap across the paper, as between sheets.
    let page_break = p
        .page_break_before
        .then(|| view! { <div class="kh-pv-page-break" aria-hidden="true"></div> });
    let para = match p.section {
        Some(sec) => view! {
            <p
                class=class + " kh-pv-link"
                class:kh-pv-current=move || ed.nav.section() == sec
                use:cssom=para_style(p)
                data-section=sec.code()
                on:click=move |_| open_section(ed, sec)
            >
                {runs}
            </p>
        }
        .into_any(),
        None => view! { <p class=class use:cssom=para_style(p)>{runs}</p> }.into_any(),
    };
    view! { {page_break} {para} }.into_any()
}

fn run_view(r: &Run) -> AnyView {
    let text = r.text.clone();
    match (r.bold, r.italic) {
        (false, false) => text.into_any(),
        (bold, italic) => {
            let mut style = String::new();
            if bold {
                style.push_str("font-weight:bold;");
            }
            if italic {
                style.push_str("font-style:italic;");
            }
            view! { <span use:cssom=style>{text}</span> }.into_any()
        }
    }
}

/// Click on a paragraph: open the editor of the section it comes from.
fn open_section(ed: Editor, sec: SectionId) {
    ed.nav.show(sec);
}

/// The layout's class names, prefixed so they cannot meet the editor's own
/// classes (the layout's "kh-header" is the letterhead, not the app bar).
fn classes(layout_class: &str, own: &str) -> String {
    let mut out = String::from(own);
    for c in layout_class.split_whitespace() {
        out.push_str(" kh-pv-");
        out.push_str(c.strip_prefix("kh-").unwrap_or(c));
    }
    out
}

/// Size, alignment, spacing and first-line indent, scaled. Page breaks
/// are left to the print view: the preview shows them as gaps.
fn para_style(p: &Para) -> String {
    paragraph_css(p, points, twips)
}

/// The rule's length, centred, with a line of 0.75 pt that stays at least
/// one pixel thick, so the short rules under the header remain visible in
/// a narrow column.
fn rule_style(r: &Rule) -> String {
    format!(
        "width:{};border-top:max(1px,{}) solid #000;margin:{} auto {} auto",
        twips(r.length),
        scaled(0.75),
        scaled(2.0),
        points(r.space_after)
    )
}

/// The height of the empty lines: single spacing in Times is about 1.15 of
/// the font size per line.
fn space_style(s: &Space) -> String {
    let height = f64::from(s.lines) * f64::from(s.size.0) * 1.15;
    format!("height:{}", scaled(height))
}

/// A length in twips as a scaled CSS length.
fn twips(length: Twips) -> String {
    scaled(length.points())
}

fn points(size: Points) -> String {
    scaled(f64::from(size.0))
}

/// A length in points of the page as a CSS length of the preview.
fn scaled(pt: f64) -> String {
    format!("calc({}*var(--kh-pt))", trim_number(pt))
}

fn trim_number(v: f64) -> String {
    let s = format!("{v:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
