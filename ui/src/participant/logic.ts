// The participant page's pure rules: the join code from the link, the
// questions in order with their dimension, where to resume, and how an
// answer reads.
import type { QuestionnaireView, QuestionView, Value } from './wire';

/** The six-digit code of a join link's fragment (`#code=123456`), or ''. */
export function codeFromFragment(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = (params.get('code') ?? '').trim();
  return isCode(code) ? code : '';
}

export function isCode(text: string): boolean {
  return /^\d{6}$/.test(text);
}

/** What a person typed as a code, digits only (spaces and dashes of a copied code dropped). */
export function typedCode(text: string): string {
  return text.replace(/\D/g, '').slice(0, 6);
}

export interface FlatQuestion {
  question: QuestionView;
  dimension: { id: string; title: string; index: number };
  /** 0-based position in the whole questionnaire. */
  index: number;
}

/** Every question in questionnaire order, with its dimension. */
export function flatten(q: QuestionnaireView): FlatQuestion[] {
  const out: FlatQuestion[] = [];
  q.dimensions.forEach((d, di) => {
    for (const question of d.questions)
      out.push({ question, dimension: { id: d.id, title: d.title, index: di }, index: out.length });
  });
  return out;
}

/** The position of the first question without an answer, or null when all are answered. */
export function firstOpen(questions: FlatQuestion[], answers: ReadonlyMap<string, Value>): number | null {
  const i = questions.findIndex((q) => !answers.has(q.question.id));
  return i < 0 ? null : i;
}

/** How many of `questions` have an answer. */
export function answeredCount(questions: FlatQuestion[], answers: ReadonlyMap<string, Value>): number {
  return questions.filter((q) => answers.has(q.question.id)).length;
}

/** A value from the wire, or null for anything else. */
export function asValue(v: unknown): Value | null {
  if (v === 'na' || v === 'unknown') return v;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5) return v as Value;
  return null;
}

/** The questionnaire's answers as a map from question id to value. */
export function answerMap(q: QuestionnaireView): Map<string, Value> {
  const m = new Map<string, Value>();
  for (const a of q.answers) {
    const v = asValue(a.value);
    if (v !== null) m.set(a.question, v);
  }
  return m;
}
