// PROVISIONAL: wire types guessed from the Rust core (src/model.rs,
// src/scoring.rs, src/questionnaire/mod.rs) until the shell's generated
// bindings land in ui/src/bindings/. Delete this folder then.

export type AnswerValue = 1 | 2 | 3 | 4 | 5 | 'na' | 'unknown';

export interface WireError {
  kind:
    | 'notFound'
    | 'invalidInput'
    | 'invalidQuestionnaire'
    | 'invalidPack'
    | 'storage'
    | 'report'
    | 'io'
    | 'internal';
  message: string;
}

export interface Level {
  level: number;
  name: string;
  description: string;
}

export interface Question {
  id: string;
  prompt: string;
  help: string | null;
  weight: number;
  anchors: string[];
}

export interface Dimension {
  id: string;
  title: string;
  description: string;
  weight: number;
  questions: Question[];
}

export interface Questionnaire {
  id: string;
  version: string;
  title: string;
  description: string;
  locale: string;
  levels: Level[];
  dimensions: Dimension[];
}

export interface QuestionnaireInfo {
  id: string;
  version: string;
  title: string;
  dimensions: number;
  questions: number;
}

export interface QuestionnaireIssue {
  path: string;
  line: number | null;
  column: number | null;
  message: string;
}

export interface QuestionnaireCheck {
  ok: boolean;
  info: QuestionnaireInfo | null;
  issues: QuestionnaireIssue[];
}

export interface AssessmentSummary {
  id: string;
  organisation: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  departments: number;
  respondents: number;
  answered: number;
  expected: number;
  overallScore: number | null;
  overallLevel: number | null;
  overallLevelName: string | null;
}

export interface Assessment {
  id: string;
  organisation: string;
  title: string;
  status: 'open' | 'closed';
  createdAt: string;
  updatedAt: string;
  questionnaireId: string;
  questionnaireVersion: string;
}

export interface Department {
  id: string;
  name: string;
  position: number;
}

export interface Respondent {
  id: string;
  name: string;
  departmentId: string;
  role: string | null;
  consensus: boolean;
  createdAt: string;
  answered: number;
  total: number;
}

export interface AssessmentDetail {
  assessment: Assessment;
  questionnaire: Questionnaire;
  departments: Department[];
  respondents: Respondent[];
}

export interface Answer {
  respondentId: string;
  questionId: string;
  value: AnswerValue;
  comment: string | null;
  updatedAt: string;
}

export interface Overall {
  score: number | null;
  level: number | null;
  levelName: string | null;
  stage: number | null;
  stageName: string | null;
  stageReason: string | null;
  weakestDimension: string | null;
  coverage: number | null;
}

export interface DimensionScore {
  id: string;
  title: string;
  weight: number;
  score: number | null;
  level: number | null;
  target: number;
  targetIsDefault: boolean;
  importance: number;
  gap: number | null;
  priority: number | null;
  coverage: number | null;
  spread: number;
  misaligned: boolean;
  lowCoverage: boolean;
  departments: Record<string, number | null>;
}

export interface DepartmentScore {
  name: string;
  respondents: number;
  score: number | null;
  level: number | null;
}

export interface MisalignedQuestion {
  question: string;
  dimension: string;
  spread: number;
  departments: Record<string, number | null>;
}

export interface KnowledgeGap {
  question: string;
  dimension: string;
  respondent: string;
  department: string;
}

export interface EvidenceSummary {
  nps: number | null;
  csat: number | null;
  churn: number | null;
}

export interface Scorecard {
  assessment: string;
  questionnaire: { id: string; version: string };
  overall: Overall;
  dimensions: DimensionScore[];
  departments: DepartmentScore[];
  misalignedQuestions: MisalignedQuestion[];
  knowledgeGaps: KnowledgeGap[];
  evidence: EvidenceSummary;
  flags: 'perception_gap'[];
}

export type EvidenceMetric = 'nps' | 'csat' | 'churn';

export interface EvidenceInput {
  metric: EvidenceMetric;
  value: number;
  date: string | null;
  source: string | null;
}

export type ChartShape =
  | { type: 'polygon'; points: [number, number][]; role: string; series: number | null }
  | { type: 'polyline'; points: [number, number][]; role: string; series: number | null }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; role: string; series: number | null }
  | { type: 'circle'; cx: number; cy: number; r: number; role: string; series: number | null }
  | { type: 'rect'; x: number; y: number; width: number; height: number; role: string; series: number | null }
  | { type: 'text'; x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; role: string; series: number | null };

export interface ChartSeries {
  name: string;
  role: string;
}

export interface Chart {
  width: number;
  height: number;
  title: string;
  series: ChartSeries[];
  shapes: ChartShape[];
}

export interface Charts {
  radar: Chart;
  currentVsTarget: Chart;
}
