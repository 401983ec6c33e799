use crate::app::components::field::TextField;
use crate::app::Editor;
use crate::domain::checklist::FieldRef;
use crate::domain::strings::S;
use crate::domain::text::clean;
use leptos::prelude::*;

/// A4: the trích yếu ("KẾ HOẠCH" itself is fixed).
#[component]
pub fn TitleEditor() -> impl IntoView {
    let ed = Editor::get();
    let subject = ed.slice(|p| p.title.subject.clone());
    let set_subject = Callback::new(move |v: String| ed.edit(|p| p.title.subject = clean(&v)));
    view! {
        <TextField
            id=FieldRef::Subject.dom_id()
            label=S::FieldSubject
            help=S::FieldSubjectHint
            value=subject
            on_input=set_subject
            multiline=true
        />
    }
}
