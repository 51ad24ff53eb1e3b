//! The questionnaires a new assessment can use: the built-in ones, and a
//! user's file checked before it is used.

use std::path::Path;

use cx_maturity::Error;
use cx_maturity::questionnaire::{self, Questionnaire};

use super::Reply;
use crate::convert::assessment::questionnaire_info;
use crate::convert::error::report;
use crate::wire::{CheckQuestionnaireArgs, QuestionnaireInfo, QuestionnaireSource};

#[tauri::command(async)]
pub(crate) fn list_questionnaires() -> Reply<Vec<QuestionnaireInfo>> {
    Ok(questionnaire::builtins()
        .iter()
        .map(questionnaire_info)
        .collect())
}

#[tauri::command(async)]
pub(crate) fn check_questionnaire(args: CheckQuestionnaireArgs) -> Reply<QuestionnaireInfo> {
    resolve_questionnaire(&args.source)
        .map(|q| questionnaire_info(&q))
        .map_err(|e| report("check_questionnaire", &e))
}

/// A built-in questionnaire by id, or a user's file parsed and validated
/// (named by its file name only in messages).
pub(crate) fn resolve_questionnaire(
    source: &QuestionnaireSource,
) -> cx_maturity::Result<Questionnaire> {
    match source {
        QuestionnaireSource::Builtin { id } => {
            questionnaire::builtin(id).ok_or_else(|| Error::NotFound {
                what: "built-in questionnaire",
                id: id.clone(),
            })
        }
        QuestionnaireSource::File { file_name, text } => {
            let name = Path::new(file_name)
                .file_name()
                .map_or_else(|| Path::new("questionnaire.json"), Path::new);
            questionnaire::check_length(name, text.len())?;
            questionnaire::parse(text, name)
        }
    }
}
