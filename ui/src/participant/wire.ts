// The live server's participant API as the page sees it (JSON, camelCase),
// written after the core's `live::wire` types; a field renamed there must be
// renamed here.

/** A level 1–5, or not applicable / don't know. */
export type Value = 1 | 2 | 3 | 4 | 5 | 'na' | 'unknown';

export interface Department {
  id: string;
  name: string;
}

export interface SessionView {
  organisation: string;
  title: string;
  paced: boolean;
  departments: Department[];
}

export interface ParticipantView {
  name: string;
  department: Department;
  answered: number;
  total: number;
}

export interface Joined {
  token: string;
  participant: ParticipantView;
}

export interface QuestionView {
  id: string;
  prompt: string;
  help: string | null;
  /** What each level looks like, level 1 first. */
  anchors: string[];
}

export interface DimensionView {
  id: string;
  title: string;
  questions: QuestionView[];
}

export interface QuestionnaireView {
  title: string;
  /** The five levels' names, level 1 first. */
  levels: string[];
  dimensions: DimensionView[];
  answers: { question: string; value: Value }[];
}

export interface VoteSaved {
  question: string;
  value: Value;
  round: 'blind' | 'revote';
  savedAt: string;
}

export type Phase = 'waiting' | 'voting' | 'revealed' | 'revote';

export interface RoomState {
  paced: boolean;
  question: string | null;
  phase: Phase;
  ended: boolean;
}

/** Every refusal's body. */
export interface Problem {
  kind: string;
  message: string;
}
