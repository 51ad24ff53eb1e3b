// Pure logic of the questionnaire screen: the flat question order, where a
// respondent resumes, progress per dimension, and what a key press means.
// No figures of the method live here: progress counts answers, nothing more.
import type {
  AnswerChoice,
  DimensionOutline as Dimension,
  QuestionOutline as Question,
  QuestionnaireOutline as Questionnaire,
  StoredAnswer as Answer,
} from '../api';

export interface FlatQuestion {
  index: number;
  dimension: Dimension;
  dimensionIndex: number;
  question: Question;
}

/** Every question in questionnaire order, with its dimension. */
export function flatten(q: Questionnaire): FlatQuestion[] {
  const out: FlatQuestion[] = [];
  q.dimensions.forEach((dimension, dimensionIndex) => {
    for (const question of dimension.questions) {
      out.push({ index: out.length, dimension, dimensionIndex, question });
    }
  });
  return out;
}

/**
 * Where a respondent resumes: the position they were last on when it is
 * known (stored on this machine); otherwise, while answers carried from the
 * last round wait for them, the first question still to confirm or answer;
 * otherwise the question after the answer they gave last, otherwise the
 * first unanswered question. A respondent who has answered everything lands
 * on the last question they touched.
 */
export function resumeIndex(questions: FlatQuestion[], answers: Answer[], storedQuestionId: string | null): number {
  if (questions.length === 0) return 0;
  if (storedQuestionId !== null) {
    const at = questions.findIndex((f) => f.question.id === storedQuestionId);
    if (at >= 0) return at;
  }
  if (answers.some((a) => a.carried)) {
    const given = new Map(answers.map((a) => [a.questionId, a]));
    const open = questions.findIndex((f) => given.get(f.question.id)?.carried !== false);
    if (open >= 0) return open;
  }
  const answered = new Set(answers.map((a) => a.questionId));
  let latest: Answer | null = null;
  for (const a of answers) {
    if (latest === null || a.savedAt > latest.savedAt) latest = a;
  }
  if (latest !== null) {
    const at = questions.findIndex((f) => f.question.id === latest.questionId);
    if (at >= 0) {
      // Next unanswered after the last answer, wrapping round to the start.
      for (let step = 1; step <= questions.length; step++) {
        const i = (at + step) % questions.length;
        const f = questions[i];
        if (f && !answered.has(f.question.id)) return i;
      }
      return at;
    }
  }
  const first = questions.findIndex((f) => !answered.has(f.question.id));
  return first >= 0 ? first : 0;
}

export interface DimensionProgress {
  id: string;
  title: string;
  answered: number;
  total: number;
  firstIndex: number;
}

/** Answers given (any value, including N/A and don't know) per dimension. */
export function progressByDimension(q: Questionnaire, answers: Map<string, Answer>): DimensionProgress[] {
  let firstIndex = 0;
  return q.dimensions.map((d) => {
    const answered = d.questions.filter((qq) => answers.has(qq.id)).length;
    const p = { id: d.id, title: d.title, answered, total: d.questions.length, firstIndex };
    firstIndex += d.questions.length;
    return p;
  });
}

export type KeyAction =
  | { kind: 'answer'; value: AnswerChoice }
  | { kind: 'confirm' }
  | { kind: 'clear' }
  | { kind: 'prev' }
  | { kind: 'next' }
  | { kind: 'reveal' }
  | null;

/**
 * The questionnaire's keyboard shortcuts: 1–5 choose a level, N not
 * applicable, ? don't know, C keeps an answer carried from the last round
 * as it stands, ←/→ move, Enter next, R shows or hides the chosen answer
 * while presenting, Delete or Backspace clear the answer. Keys typed into a
 * text field, or with a modifier held, are the field's own.
 */
export function keyAction(
  key: string,
  mods: { ctrl: boolean; alt: boolean; meta: boolean },
  inTextField: boolean,
  onButton: boolean,
): KeyAction {
  if (inTextField || mods.ctrl || mods.alt || mods.meta) return null;
  switch (key) {
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
      return { kind: 'answer', value: Number(key) as 1 | 2 | 3 | 4 | 5 };
    case 'n':
    case 'N':
      return { kind: 'answer', value: 'na' };
    case '?':
      return { kind: 'answer', value: 'unknown' };
    case 'c':
    case 'C':
      return { kind: 'confirm' };
    case 'r':
    case 'R':
      return { kind: 'reveal' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    case 'ArrowLeft':
      return { kind: 'prev' };
    case 'ArrowRight':
      return { kind: 'next' };
    case 'Enter':
      // Enter on a focused button presses that button instead.
      return onButton ? null : { kind: 'next' };
    default:
      return null;
  }
}

/**
 * The next question after `from` (wrapping round) whose answer is still
 * carried from the last round, or -1 when none is.
 */
export function nextCarried(questions: FlatQuestion[], answers: Map<string, Answer>, from: number): number {
  for (let step = 1; step <= questions.length; step++) {
    const i = (from + step) % questions.length;
    const f = questions[i];
    if (f && answers.get(f.question.id)?.carried) return i;
  }
  return -1;
}

/** Local memory of where each respondent was, so a restart resumes there. */
export function positionKey(assessmentId: string, respondentId: string): string {
  return `cxm.position.${assessmentId}.${respondentId}`;
}
