//! The printed page as plain data: a [`Plan`] laid out to Decree 30.
//!
//! [`layout`] decides every word, number, size and alignment once; the .docx,
//! the HTML page, the plain text and the editor's live preview only translate
//! the resulting [`Doc`]. All sizes are the defaults of `ND30.md` §15.
//!
//! The model is deliberately small and free of markup: a list of [`Block`]s
//! with typed styles ([`Points`], [`Twips`], [`Align`]), each carrying a
//! semantic [`Kind`], so a Leptos view can create one element per block and
//! text nodes for the runs, never `innerHTML`.
//!
//! Every user string passes through [`clean`] here (NFC, no control
//! characters), and multi-line text becomes one paragraph per line: the
//! backends never see a `\n` inside a run.
//!
//! Where things are: the model in [`blocks`] and [`kind`] (with the style of
//! each kind); one file per section of the plan, named after it, in page
//! order: [`header`], [`title`], then the body ([`body`] numbers its parts)
//! of [`basis`], [`purposes`], [`targets`], [`tasks`], [`organisation`],
//! [`funding`], [`reporting`] and [`closing`], then [`recipients`] and
//! [`signature`] (side by side in one block), and [`appendices`]; the text
//! helpers in [`text`] and the width estimate in [`measure`].
//!
//! [`Plan`]: crate::domain::plan::Plan
//! [`clean`]: crate::domain::text::clean

mod appendices;
mod basis;
mod blocks;
mod body;
mod closing;
mod funding;
mod header;
mod kind;
mod measure;
mod organisation;
mod purposes;
mod recipients;
mod reporting;
mod signature;
mod targets;
mod tasks;
mod text;
mod title;

pub use blocks::{Align, Block, Columns, Doc, Meta, Para, Points, Rule, Run, Space, Twips};
pub use kind::Kind;
pub use measure::{balance, text_width};
pub use text::{lines, roman, DIEM};

use crate::domain::plan::{Plan, PlanKind};

/// A4 portrait (ND30 §14).
pub const PAGE_WIDTH: Twips = Twips(11906);
pub const PAGE_HEIGHT: Twips = Twips(16838);
/// Default margins (20/20/30/15 mm) and header distance (10 mm).
pub const MARGIN_TOP: Twips = Twips(1134);
pub const MARGIN_BOTTOM: Twips = Twips(1134);
pub const MARGIN_LEFT: Twips = Twips(1701);
pub const MARGIN_RIGHT: Twips = Twips(850);
pub const MARGIN_HEADER: Twips = Twips(567);
/// Text width between the margins: 165 mm.
pub const TEXT_WIDTH: Twips = Twips(PAGE_WIDTH.0 - MARGIN_LEFT.0 - MARGIN_RIGHT.0);
/// Header and signature tables: 66 mm | 99 mm (ND30 §15).
pub const COLUMN_WIDTHS: [Twips; 2] = [Twips(3742), Twips(5613)];
/// First-line indent of body paragraphs: 1.27 cm.
pub const FIRST_LINE_INDENT: Twips = Twips(720);
/// Empty 14-pt lines left between the signer's title and name for the
/// signature and the seal (ND30 §9, Choice).
pub const SIGNATURE_LINES: u8 = 4;

/// Lays a plan out as a Decree 30 document.
pub fn layout(plan: &Plan) -> Doc {
    let mut blocks = vec![header::block(plan)];
    title::blocks(plan, &mut blocks);
    blocks.append(&mut body::blocks(plan));
    blocks.push(signature::block(plan));
    appendices::blocks(plan, &mut blocks);
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
