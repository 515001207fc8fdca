//! The lesson, its steps, their questions and classroom locks.

use super::{Node, Spot, check::read_goal, setup::read_setup};
use crate::lessons::controls::{Controls, Lock};
use crate::lessons::error::Problem;
use crate::lessons::model::{Choice, Lesson, Origin, Question, Step};

/// The keys of the top of a lesson file.
const LESSON_KEYS: &[&str] = &["id", "title", "summary", "next", "step"];
/// The keys of a `[[step]]`.
const STEP_KEYS: &[&str] = &[
    "title", "text", "hint", "image", "setup", "controls", "question", "goal",
];

/// Reads the whole file (its parsed tree `root`).
pub(crate) fn read_file(root: Node<'_, '_>, origin: Origin) -> Result<Lesson, Spot> {
    let t = root.table(LESSON_KEYS)?;
    let id = t.req("id")?.str()?.to_string();
    let title = t.req("title")?.text()?;
    let summary = t.opt("summary", |n| n.text())?;
    let next = t.opt("next", |n| n.str().map(str::to_string))?;
    let steps = match t.get("step") {
        Some(n) => n.list_of(read_step)?,
        None => Vec::new(),
    };
    Ok(Lesson {
        id,
        title,
        summary,
        steps,
        next,
        origin,
    })
}

/// One `[[step]]`.
fn read_step(n: &Node<'_, '_>) -> Result<Step, Spot> {
    let t = n.table(STEP_KEYS)?;
    Ok(Step {
        title: t.req("title")?.text()?,
        text: t.req("text")?.text()?,
        hint: t.opt("hint", |n| n.text())?,
        image: t.opt("image", |n| n.str().map(str::to_string))?,
        setup: t.opt("setup", |n| read_setup(&n))?.unwrap_or_default(),
        controls: t.opt("controls", |n| read_controls(&n))?.unwrap_or_default(),
        question: t.opt("question", |n| read_question(&n))?,
        goal: read_goal(&t.req("goal")?)?,
    })
}

/// `[step.question]`: text and choices, or `number = true`.
fn read_question(n: &Node<'_, '_>) -> Result<Question, Spot> {
    let t = n.table(&["text", "choices", "number"])?;
    let number = t.opt("number", |n| n.bool())?.unwrap_or(false);
    let text = t.req("text")?.text()?;
    let choices = match (number, t.get("choices")) {
        (true, Some(c)) => return c.fail(Problem::NumberWithChoices),
        (true, None) => Vec::new(),
        (false, _) => t.req("choices")?.list_of(read_choice)?,
    };
    Ok(Question { text, choices, number })
}

/// A choice: a text, or `{ en, ko, why }` with why it is right or wrong.
fn read_choice(n: &Node<'_, '_>) -> Result<Choice, Spot> {
    if n.value().as_table().is_none_or(|t| !t.contains_key("why")) {
        return Ok(Choice {
            text: n.text()?,
            why: None,
        });
    }
    let t = n.table(super::scalars::choice_keys())?;
    Ok(Choice {
        text: t.languages()?,
        why: t.opt("why", |n| n.text())?,
    })
}

/// `[step.controls]`: groups and single controls, hidden or locked.
fn read_controls(n: &Node<'_, '_>) -> Result<Controls, Spot> {
    let t = n.table(&["hidden", "locked"])?;
    let names = Lock::names();
    let lock = |n: &Node<'_, '_>| -> Result<Lock, Spot> {
        let name = n.str()?;
        Lock::from_name(name).map_or_else(
            || {
                n.fail(Problem::UnknownName {
                    key: n.name_key(),
                    found: name.to_string(),
                    names: names.clone(),
                })
            },
            Ok,
        )
    };
    Ok(Controls {
        hidden: t.opt("hidden", |n| n.list_of(lock))?.unwrap_or_default(),
        locked: t.opt("locked", |n| n.list_of(lock))?.unwrap_or_default(),
    })
}
