//! Self-assessments opened from packs → `wire/pack_sessions.rs`: a
//! session's summary, what opening a pack did, where the filled pack went.

use std::path::Path;

use cx_maturity::store::{OpenKind, PackSession};

use super::timestamp;
use crate::file_names::{shown_folder, shown_name};
use crate::wire::{
    AssessmentView, PackOpenKind, PackOpened, PackSessionSummary, PackSessionView, SavedPack,
};

pub(crate) fn session_summary(s: &PackSession) -> PackSessionSummary {
    PackSessionSummary {
        assessment_id: s.assessment_id.clone(),
        organisation: s.organisation.clone(),
        title: s.title.clone(),
        department_id: s.department_id.clone(),
        department: s.department.clone(),
        exported_at: timestamp(s.exported_at),
        source_file: s.source_file.clone(),
        opened_at: timestamp(s.opened_at),
        updated_at: timestamp(s.updated_at),
        saved_at: s.saved_at.map(timestamp),
        saved_file: s.saved_file.clone(),
        respondents: s.respondents,
        answered: s.answered,
        expected: s.expected(),
        questions: s.questions,
        unsaved_changes: s.saved_at.is_none_or(|at| s.updated_at > at),
        encrypted: s.encrypted,
    }
}

pub(crate) fn opened(o: &cx_maturity::store::PackOpened) -> PackOpened {
    PackOpened {
        session: session_summary(&o.session),
        kind: match o.kind {
            OpenKind::Created => PackOpenKind::Created,
            OpenKind::Resumed => PackOpenKind::Resumed,
            OpenKind::Refreshed => PackOpenKind::Refreshed,
            OpenKind::OlderIgnored => PackOpenKind::OlderIgnored,
        },
        restored: o.restored,
        respondents_added: o.respondents_added.clone(),
        answers_added: o.answers_added,
        answers_updated: o.answers_updated,
        kept_yours: o.kept_yours,
    }
}

/// A session with its respondents and questionnaire (`view`, as the
/// assessment screens see it).
pub(crate) fn session_view(session: &PackSession, view: AssessmentView) -> PackSessionView {
    PackSessionView {
        session: session_summary(session),
        view,
    }
}

/// The session after its filled pack was written to `path`.
pub(crate) fn saved_pack(session: &PackSession, path: &Path) -> SavedPack {
    SavedPack {
        session: session_summary(session),
        file_name: shown_name(path),
        folder: shown_folder(path),
    }
}
