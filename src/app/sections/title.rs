//! A4: the trích yếu ("KẾ HOẠCH" itself is fixed).

use crate::app::components::field::TextInput;
use crate::app::state::use_plan;
use crate::domain::checklist::FieldRef;
use crate::domain::strings::S;
use leptos::prelude::*;

/// The trích yếu.
#[component]
pub fn TitleEditor() -> impl IntoView {
    let (subject, set_subject) = use_plan().text(|p| &p.title.subject, |p, v| p.title.subject = v);
    view! {
        <TextInput field=FieldRef::Subject label=S::FieldSubject help=S::FieldSubjectHint value=subject on_input=set_subject lines=4 />
    }
}
