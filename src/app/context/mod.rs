//! The layer every panel stands on: what a panel reads (the [`View`] of a
//! frame, the [`ViewOptions`] it edits, the [`Classroom`] of the lesson
//! step), what it returns (an [`Action`], with the inspector's, the lesson
//! panel's and the editor's own requests). What a panel or the applier
//! tells the learner is an [`crate::i18n::Message`]: a value until drawn.
//! It imports no panel, so panels depend on it and on the engine, never on
//! each other (the rerun viewer's context crate, at the scale of a module).

mod action;
mod classroom;
mod network_edit;
mod options;
mod status;
mod view;

pub use action::{Action, ImageTarget, InspectorAction, KerasFormat, LessonAction};
pub use classroom::{Classroom, Current, Refused};
pub use network_edit::NetworkEdit;
pub use options::{DEFAULT_PACE, ViewOptions};
pub use status::StatusItem;
pub use view::View;
