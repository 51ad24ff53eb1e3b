//! The live session → `wire/live.rs`: the offered addresses, the session's
//! status as `cx_maturity::live::LiveServer::status` computed it, and the
//! agenda of `cx_maturity::scoring::workshop::agenda` with each question's
//! prompt and dimension title. Nothing here counts a vote.

use cx_maturity::live::status::{DepartmentProgress, QuestionVotes};
use cx_maturity::live::wire::Phase;
use cx_maturity::live::{LiveStatus, NetworkAddress};
use cx_maturity::model::AssessmentData;
use cx_maturity::scoring::workshop::{AgendaItem, VoteTally};

use super::count32;
use crate::wire;

/// An address a session can listen on.
pub(crate) fn network_address(a: &NetworkAddress) -> wire::NetworkAddressView {
    wire::NetworkAddressView {
        interface: a.interface.clone(),
        ip: a.ip.to_string(),
        loopback: a.ip.is_loopback(),
    }
}

fn phase(p: Phase) -> wire::RoomPhase {
    match p {
        Phase::Waiting => wire::RoomPhase::Waiting,
        Phase::Voting => wire::RoomPhase::Voting,
        Phase::Revealed => wire::RoomPhase::Revealed,
        Phase::Revote => wire::RoomPhase::Revote,
    }
}

fn levels(l: &[usize; 5]) -> Vec<u32> {
    l.iter().map(|&n| count32(n)).collect()
}

fn department(d: &DepartmentProgress) -> wire::DepartmentProgressView {
    wire::DepartmentProgressView {
        department_id: d.department_id.clone(),
        name: d.name.clone(),
        joined: count32(d.joined),
        finished: count32(d.finished),
        answers: count32(d.answers),
    }
}

fn tally(t: &VoteTally) -> wire::VoteTallyView {
    wire::VoteTallyView {
        levels: levels(&t.levels),
        not_applicable: count32(t.not_applicable),
        unknown: count32(t.unknown),
        by_department: t
            .by_department
            .iter()
            .map(|d| wire::DepartmentVotesView {
                department_id: d.department_id.clone(),
                name: d.name.clone(),
                levels: levels(&d.levels),
                not_applicable: count32(d.not_applicable),
                unknown: count32(d.unknown),
            })
            .collect(),
        spread: t.spread,
        median: t.median,
    }
}

fn votes(v: &QuestionVotes) -> wire::QuestionVotesView {
    wire::QuestionVotesView {
        question_id: v.question_id.clone(),
        voted: count32(v.voted),
        of: count32(v.of),
        tally: v.tally.as_ref().map(tally),
        first: v.first.as_ref().map(tally),
    }
}

/// The session's status for the projector.
pub(crate) fn status(assessment_id: &str, s: &LiveStatus) -> wire::LiveStatusView {
    wire::LiveStatusView {
        assessment_id: assessment_id.to_owned(),
        paced: s.room.paced,
        participants: count32(s.participants),
        questions: count32(s.questions),
        departments: s.departments.iter().map(department).collect(),
        question: s.room.question.clone(),
        phase: phase(s.room.phase),
        current: s.current.as_ref().map(votes),
    }
}

/// The agenda with each question's prompt and its dimension's title.
pub(crate) fn agenda(data: &AssessmentData, items: &[AgendaItem]) -> Vec<wire::AgendaItemView> {
    let q = &data.questionnaire;
    items
        .iter()
        .map(|item| {
            let found = q.question(&item.question);
            wire::AgendaItemView {
                question_id: item.question.clone(),
                prompt: found
                    .map(|(_, x)| x.prompt.clone())
                    .unwrap_or_else(|| item.question.clone()),
                dimension_title: found
                    .map(|(d, _)| d.title.clone())
                    .unwrap_or_else(|| item.dimension.clone()),
                spread: item.spread,
            }
        })
        .collect()
}
