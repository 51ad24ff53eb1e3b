//! Core roadmap and branding → wire types for the targets, roadmap and
//! branding screens. Pure, so each can be tested without a window. Phases,
//! owners and order come from `cx_maturity::roadmap::plan`; nothing here
//! plans or scores.

use base64::Engine as _;
use cx_maturity::logo;
use cx_maturity::model::{AssessmentData, Branding};
use cx_maturity::questionnaire::{self, Action};
use cx_maturity::report::style;
use cx_maturity::roadmap::{Phase, Roadmap};
use cx_maturity::store::{action_edits, branding};

use crate::wire;

pub fn phase_name(p: Phase) -> wire::PhaseName {
    match p {
        Phase::Now => wire::PhaseName::Now,
        Phase::Next => wire::PhaseName::Next,
        Phase::Later => wire::PhaseName::Later,
    }
}

fn effort(e: questionnaire::Effort) -> wire::Effort {
    match e {
        questionnaire::Effort::S => wire::Effort::S,
        questionnaire::Effort::M => wire::Effort::M,
        questionnaire::Effort::L => wire::Effort::L,
    }
}

/// The questionnaire's action with this id.
fn action<'a>(data: &'a AssessmentData, id: &str) -> Option<&'a Action> {
    data.questionnaire
        .dimensions
        .iter()
        .flat_map(|d| &d.transitions)
        .flat_map(|t| &t.actions)
        .find(|a| a.id == id)
}

/// The roadmap with each action's labels (dimension, level names), its
/// questionnaire owner beside the edited one, and where its required
/// actions are planned.
pub fn roadmap_view(data: &AssessmentData, roadmap: &Roadmap) -> wire::RoadmapView {
    let q = &data.questionnaire;
    let level_name = |l: u8| {
        q.levels
            .iter()
            .find(|x| x.level == l)
            .map(|x| x.name.clone())
            .unwrap_or_default()
    };
    let phases = roadmap
        .phases
        .iter()
        .map(|p| wire::PhaseView {
            phase: phase_name(p.phase),
            months: p.phase.months().to_owned(),
            actions: p
                .actions
                .iter()
                .map(|a| {
                    let default_owner = action(data, &a.id)
                        .map(|x| x.owner.clone())
                        .unwrap_or_else(|| a.owner.clone());
                    let owner_edited = data.action_edits.iter().any(|e| {
                        e.action_id == a.id
                            && e.owner.as_deref().is_some_and(|o| !o.trim().is_empty())
                    });
                    wire::ActionView {
                        id: a.id.clone(),
                        dimension_id: a.dimension.clone(),
                        dimension_title: q
                            .dimension(&a.dimension)
                            .map(|d| d.title.clone())
                            .unwrap_or_else(|| a.dimension.clone()),
                        from_level: a.transition[0],
                        to_level: a.transition[1],
                        from_name: level_name(a.transition[0]),
                        to_name: level_name(a.transition[1]),
                        title: a.title.clone(),
                        description: a.description.clone(),
                        effort: effort(a.effort),
                        owner: a.owner.clone(),
                        default_owner,
                        owner_edited,
                        requires: a
                            .requires
                            .iter()
                            .map(|r| wire::RequiredAction {
                                id: r.clone(),
                                title: action(data, r)
                                    .map(|x| x.title.clone())
                                    .unwrap_or_else(|| r.clone()),
                                phase: roadmap.phase_of(r).map(phase_name),
                            })
                            .collect(),
                        due: a.due.map(|d| {
                            format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
                        }),
                        status: a
                            .status
                            .map(|s| wire::ActionStatusName(s.as_str().to_owned())),
                        notes: a.notes.clone(),
                        dropped: a.dropped,
                    }
                })
                .collect(),
        })
        .collect();
    wire::RoadmapView {
        assessment_id: data.assessment.id.clone(),
        phases,
        max_owner_chars: u32::try_from(action_edits::MAX_OWNER_CHARS).unwrap_or(u32::MAX),
        max_notes_chars: u32::try_from(action_edits::MAX_NOTES_CHARS).unwrap_or(u32::MAX),
    }
}

/// The branding with the logo as a `data:` URL (its format and size read
/// by the core's logo check; a stored logo it cannot read is shown without
/// a size rather than hidden, so it can still be removed).
pub fn branding_view(b: &Branding) -> wire::BrandingView {
    let logo = b.logo.as_deref().map(|bytes| {
        let info = logo::inspect(bytes).ok();
        let mime = info
            .map(|i| i.format)
            .or_else(|| logo::sniff(bytes))
            .map_or("application/octet-stream", logo::Format::mime);
        wire::LogoView {
            mime: mime.to_owned(),
            width: info.map_or(0, |i| i.width),
            height: info.map_or(0, |i| i.height),
            bytes: u32::try_from(bytes.len()).unwrap_or(u32::MAX),
            data_url: format!(
                "data:{mime};base64,{}",
                base64::engine::general_purpose::STANDARD.encode(bytes)
            ),
        }
    });
    wire::BrandingView {
        consultant_name: b.consultant_name.clone(),
        accent_colour: b.accent_colour.clone(),
        default_accent: style::DEFAULT_ACCENT.hex(),
        logo,
        max_logo_bytes: u32::try_from(branding::MAX_LOGO_BYTES).unwrap_or(u32::MAX),
        max_name_chars: u32::try_from(branding::MAX_NAME_CHARS).unwrap_or(u32::MAX),
    }
}
