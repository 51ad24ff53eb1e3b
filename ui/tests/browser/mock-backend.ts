// An in-memory stand-in for the shell's command table, installed in the page
// with @tauri-apps/api/mocks' mockIPC before the app starts. The scenario
// (full, empty, error, loading) comes from window.__CXM_SCENARIO__; tests
// steer it further through window.__cxmMock (hold or fail saves, read the
// call log).
import { mockIPC } from '@tauri-apps/api/mocks';
import type {
  Scorecard,
  DepartmentNameCheck,
  Rules,
  AccentColours,
  ActionFieldValue,
  AddRespondentArgs,
  BrandingView,
  AssessmentSummary,
  AssessmentView,
  CommandName,
  Commands,
  CreateAssessmentArgs,
  PackOpened,
  PackSessionSummary,
  PhaseName,
  Results,
  SaveAnswerArgs,
  SaveEvidenceArgs,
  StoredAnswer,
  UpdateRespondentArgs,
  WireError,
  ExportKind,
  ImportPreviewView,
  WrittenFile,
} from '../../src/api';
import {
  DEMO_ID,
  goodPreview,
  refusedPreview,
  SECOND_ID,
  TOTAL,
  demoAnswers,
  demoCharts,
  demoDetail,
  demoRoadmap,
  demoScorecard,
  departmentsOf,
  type Edit,
  type Settings,
  emptyScorecard,
  helpFixture,
  outlineIn,
  questionnaire,
  questionnaireLocales,
  questionIds,
  summaryOf,
} from './fixtures';
import { liveControl, liveHandlers, type LiveControl } from './mock-live';
import './pseudo-locale';
import {
  roundPlace,
  roundsControl,
  roundsHandlers,
  seedRounds,
  type RoundsControl,
  type RoundsStore,
} from './mock-rounds';

type Scenario = 'full' | 'empty' | 'error' | 'loading';

interface Control {
  calls: { cmd: string; args: unknown }[];
  /** What `open_pack` does next: open the pack, the user cancels, a bad file, or an encrypted pack. */
  packPick: 'open' | 'cancel' | 'bad' | 'sealed';
  /** What `save_filled_pack` does next. */
  savePick: 'save' | 'cancel';
  holdSaves: boolean;
  held: (() => void)[];
  failSaves: number;
  releaseSaves: () => void;
  failCommands: string[];
  /** Commands whose answers wait for releaseSaves() (targets, roadmap fields). */
  holdCommands: string[];
  // Exports and imports: what the native dialogs answer (null: cancelled;
  // empty queue: the default destination), whether run_export waits for
  // releaseExports(), which files an import picks.
  picks: (string | null)[];
  holdExports: boolean;
  heldExports: (() => void)[];
  releaseExports: () => void;
  /** What `preview_import` reads; 'sealed': encrypted packs, opened by {@link MOCK_PACK_PASSPHRASE}. */
  importPick: 'good' | 'refused' | 'cancel' | 'sealed';
  /** Pack file names the chosen folder already holds (all packs to a folder). */
  existingPacks: string[];
  /** Answers of `accent_colours` forced for given colours. */
  accentAnswers: Record<string, AccentColours>;
  /** What the live session's room did (mock-live.ts). */
  live: LiveControl;
  /** Whether a newer questionnaire version is installed (mock-rounds.ts). */
  rounds: RoundsControl;
}

declare global {
  interface Window {
    __CXM_SCENARIO__?: Scenario;
    /** Seed a self-assessment opened from a pack (the head's side). */
    __CXM_PACKS__?: boolean;
    /** The database is encrypted with this passphrase and starts locked. */
    __CXM_LOCKED__?: string;
    /** The department-name limit the mocked core reports (default: the core's 200). */
    __CXM_NAME_LIMIT__?: number;
    __cxmMock: Control;
    isTauri?: boolean;
  }
}

const scenario: Scenario = window.__CXM_SCENARIO__ ?? 'full';

/** Encryption at rest as the shell keeps it: the passphrase, and whether it was given yet. */
const encryption = {
  passphrase: window.__CXM_LOCKED__ ?? null,
  locked: window.__CXM_LOCKED__ !== undefined,
};
/** The commands the real shell answers while the database is locked. */
const BEFORE_UNLOCK = ['database_lock', 'unlock_database', 'rules', 'set_app_locale'];

function lockView() {
  return { encrypted: encryption.passphrase !== null, locked: encryption.locked };
}

function checkCurrent(current: string | null) {
  if (encryption.passphrase !== null && current !== encryption.passphrase)
    throw fail('passphrase', 'The current passphrase is not right. Nothing was changed.');
}

const rules: Rules = {
  text: { name: window.__CXM_NAME_LIMIT__ ?? 200, comment: 10_000, owner: 120, notes: 2_000, consultant: 120 },
  questionnaireMaxBytes: 5 * 1024 * 1024,
  logoMaxBytes: 2 * 1024 * 1024,
  evidence: [
    { metric: 'nps', min: -100, max: 100 },
    { metric: 'csat', min: 0, max: 100 },
    { metric: 'churn', min: 0, max: 100 },
  ],
  dates: { min: '2000-01-01', max: '2099-12-31' },
  anonymity: { defaultThreshold: 3, minThreshold: 2, maxThreshold: 50 },
  rounds: {
    directionStep: 0.3,
    lowCoverageBelow: 0.6,
    mostlyCarriedBelow: 0.5,
    divergingNpsDrop: 5,
    divergingCsatDrop: 3,
  },
};

/** The core's department-name rule (`store::departments::name_problem`), as the mock applies it. */
function departmentNameCheck(others: string[], name: string): DepartmentNameCheck {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return { kind: 'notOneLine' };
  const normal = name.trim().replace(/\s+/g, ' ');
  if (normal === '') return { kind: 'empty' };
  const chars = [...normal].length;
  if (chars > rules.text.name) return { kind: 'tooLong', chars, max: rules.text.name };
  const same = others.find((o) => o.trim().replace(/\s+/g, ' ').toLowerCase() === normal.toLowerCase());
  return same === undefined ? { kind: 'ok', name: normal } : { kind: 'duplicate', of: same };
}
// The app may check isTauri(); mockIPC does not set it.
window.isTauri = true;

const control: Control = {
  calls: [],
  packPick: 'open',
  savePick: 'save',
  holdSaves: false,
  held: [],
  failSaves: 0,
  failCommands: [],
  holdCommands: [],
  picks: [],
  holdExports: false,
  existingPacks: [],
  accentAnswers: {},
  live: liveControl(),
  rounds: roundsControl(),
  heldExports: [],
  releaseExports() {
    const h = control.heldExports.splice(0);
    h.forEach((f) => f());
  },
  importPick: 'good',
  releaseSaves() {
    const h = control.held.splice(0);
    h.forEach((f) => f());
  },
};
window.__cxmMock = control;

const details = new Map<string, AssessmentView>();
const deletedIds = new Map<string, AssessmentView>();
const answers = new Map<string, StoredAnswer[]>();
// Which round each later round follows (mock-rounds.ts).
const previousOf = new Map<string, string>();
const removedRespondents = new Map<
  string,
  { assessmentId: string; respondent: AssessmentView['respondents'][number]; answers: StoredAnswer[] }
>();
let evidence: { nps: number | null; csat: number | null; churn: number | null } = { nps: -12, csat: 64, churn: 18 };
let counter = 0;
// Targets, roadmap edits and branding, as the core would keep them.
const settings: Settings = new Map();
const edits = new Map<string, Edit>();
// The phase capacities as stored (`null`: the default).
let capacity: { now: number | null; next: number | null } = { now: null, next: null };
const DEFAULT_ACCENT = '#1f3a5f';

/** What the core answers for an accent (`report::style::on_fill`): white
 * or ink text, whichever contrasts more; the mock gives lesser text the
 * same colour (the core blends it as little as still reads). A test can
 * override the answer for one colour (`__cxmMock.accentAnswers`) to show
 * the window renders what it is told. */
function accentColours(accent: string): AccentColours {
  const forced = control.accentAnswers[accent];
  if (forced) return forced;
  const lin = (i: number) => {
    const c = parseInt(accent.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const lum = 0.2126 * lin(0) + 0.7152 * lin(1) + 0.0722 * lin(2);
  const INK_LUMINANCE = 0.0151;
  const onWhite = 1.05 / (lum + 0.05);
  const onInk = (Math.max(lum, INK_LUMINANCE) + 0.05) / (Math.min(lum, INK_LUMINANCE) + 0.05);
  const text = onWhite >= onInk ? '#ffffff' : '#1d232b';
  const contrast = Math.max(onWhite, onInk);
  return {
    accent,
    text,
    muted: text,
    contrast,
    readable: contrast >= 4.5,
    contrastOnWhite: onWhite,
    readableOnWhite: onWhite >= 4.5,
  };
}

let branding: BrandingView = {
  consultantName: null,
  accentColour: null,
  defaultAccent: DEFAULT_ACCENT,
  accentOnBand: accentColours(DEFAULT_ACCENT),
  logo: null,
};

/** Width and height from a PNG's IHDR, or a JPEG's SOF0/2; null when cut off. */
function imageInfo(bytes: Uint8Array): { mime: string; width: number; height: number } | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => bytes[i] === b)) {
    // The real check decodes the image; the mock wants an IEND chunk at the end.
    const end = String.fromCharCode(...bytes.slice(-8, -4));
    if (bytes.length < 33 || end !== 'IEND') return null;
    const v = new DataView(bytes.buffer, bytes.byteOffset);
    return { mime: 'image/png', width: v.getUint32(16), height: v.getUint32(20) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) return null;
    for (let i = 2; i + 9 < bytes.length;) {
      const code = bytes[i + 1]!;
      const len = (bytes[i + 2]! << 8) | bytes[i + 3]!;
      if (code === 0xc0 || code === 0xc2)
        return {
          mime: 'image/jpeg',
          height: (bytes[i + 5]! << 8) | bytes[i + 6]!,
          width: (bytes[i + 7]! << 8) | bytes[i + 8]!,
        };
      i += 2 + len;
    }
  }
  return null;
}

function setActionField(assessmentId: string, actionId: string, change: ActionFieldValue) {
  const e: Edit = { ...(edits.get(actionId) ?? { owner: null, due: null, status: null, notes: null, dropped: false }) };
  const text = (v: string | null) => (v === null || v.trim() === '' ? null : v.trim());
  switch (change.field) {
    case 'owner':
      e.owner = text(change.value);
      if (e.owner !== null) {
        const problem = lineProblem('the owner', e.owner, rules.text.owner);
        if (problem) throw refuse('actionOwner', problem);
      }
      break;
    case 'due': {
      e.due = text(change.value);
      const problem = e.due === null ? null : dateProblem(e.due, 'the due date');
      if (problem) throw refuse('actionDue', problem);
      break;
    }
    case 'status':
      e.status = change.value;
      break;
    case 'notes':
      e.notes = text(change.value);
      break;
    case 'dropped':
      e.dropped = change.value;
      break;
  }
  edits.set(actionId, e);
  return roadmapOf(assessmentId);
}

function roadmapOf(id: string) {
  need(id);
  return demoRoadmap(results(id).scorecard, edits, capacity);
}

/** `set_roadmap_capacity`, checked as the core checks it. */
function setCapacity(assessmentId: string, phase: PhaseName, value: number | null) {
  need(assessmentId);
  if (phase === 'later') throw fail('invalidInput', 'the Later phase has no capacity; only Now and Next have one');
  if (value !== null && (value < 1 || value > 100))
    throw fail(
      'invalidInput',
      `the capacity of ${phase === 'now' ? 'Now' : 'Next'} must be between 1 and 100 actions; ${value} was given`,
    );
  capacity = { ...capacity, [phase]: value };
  return roadmapOf(assessmentId);
}

function fail(kind: WireError['kind'], message: string, issues: WireError['issues'] = []): WireError {
  return { kind, message, issues };
}

/** The shell's sentence of a core message: capital first, a final period. */
function sentence(message: string): string {
  const s = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** A value refused in one field, as the shell sends it: the field's key as the one issue's path. */
function refuse(field: string, message: string): WireError {
  const said = sentence(message);
  return fail('invalidInput', said, [{ path: field, line: null, column: null, message: said }]);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The core's `dates::parse_date` with its words (`what`: "the due date"). */
function dateProblem(text: string, what: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return `${what} must look like 2027-03-31 (year, month, day); “${text.trim()}” does not`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12)
    return `${text.trim()} is not a date: there is no month ${month}; months run from 01 to 12`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days)
    return `${day} ${MONTHS[month - 1]} ${year} is not a date (${MONTHS[month - 1]} ${year} has ${days} days)`;
  if (year < 2000) return `${what} ${text.trim()} is before the year 2000; check the year`;
  if (year > 2099) return `${what} ${text.trim()} is after the year 2099; check the year`;
  return null;
}

/** The core's rule for a one-line text (`limits::problem`), or null. */
function lineProblem(what: string, text: string, max: number): string | null {
  if ([...text].length > max)
    return `${what} is ${[...text].length} characters long; at most ${max} are accepted — shorten it`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text))
    return `${what} must be one line of text; it holds a line break or an invisible character such as a tab — retype it or paste it as plain text`;
  return null;
}

/** The core's check of an assessment's organisation name and title (`check_identity`). */
function checkIdentity(organisation: string, title: string) {
  const org = lineProblem('the organisation name', organisation, rules.text.name);
  if (org) throw refuse('organisation', org);
  const named = lineProblem('the title', title, rules.text.name);
  if (named) throw refuse('title', named);
}

function seed() {
  details.set(DEMO_ID, demoDetail());
  for (const [rid, list] of demoAnswers()) answers.set(rid, list);
  details.set(SECOND_ID, {
    assessment: summaryOf(SECOND_ID, 'Contoso Bank', 'Baseline before the CRM programme', '2026-04-14T10:00:00Z'),
    questionnaire,
    departments: departmentsOf(['Retail banking', 'Service', 'IT'], SECOND_ID),
    respondents: [],
    reportLocale: 'en',
    locales: questionnaireLocales,
    anonymity: { anonymous: false, threshold: 3 },
  });
}

// Self-assessments opened from packs: the session facts by assessment id
// (their assessments live in `details` like any other).
const PACK_ID = 'a-pack-nordlicht';
const packSessions = new Map<string, PackSessionSummary>();

/** The passphrase that opens the mock's encrypted packs. */
export const MOCK_PACK_PASSPHRASE = 'correct horse 7';

function sealedPreview(wrong: boolean): ImportPreviewView {
  const file = 'Nordlicht - Sales - self-assessment.cxpack';
  const message = wrong
    ? `The passphrase does not open ${file}. Nothing was changed; check it and try again.`
    : `${file} is encrypted: enter its passphrase.`;
  return {
    token: '',
    canCommit: false,
    passphraseToken: `sealed-import-${++counter}`,
    wrongPassphrase: wrong,
    report: {
      files: [],
      refused: [{ fileName: file, problems: [{ path: '$', line: null, column: null, message }] }],
      added: 0,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
    },
  };
}

/** Opens the mock's pack (as `open_pack` after the dialog). */
function openPack(): PackOpened {
  if (control.packPick === 'bad')
    throw fail(
      'invalidPack',
      '“tampered.cxpack.json” is not a valid pack: does not match the content: the file was changed or damaged after it was exported',
      [{ path: 'checksum', line: null, column: null, message: 'does not match the content' }],
    );
  const existed = packSessions.has(PACK_ID);
  if (!existed) seedPack(false);
  return {
    session: packSummary(PACK_ID),
    kind: existed ? 'resumed' : 'created',
    restored: false,
    respondentsAdded: [],
    answersAdded: 0,
    answersUpdated: 0,
    keptYours: 0,
  };
}

function seedPack(withPerson: boolean) {
  const departments = departmentsOf(['Customer Service'], PACK_ID);
  const dep = departments[0]!;
  details.set(PACK_ID, {
    assessment: summaryOf(PACK_ID, 'Nordlicht Haushaltswaren GmbH', 'CX baseline 2026', '2026-04-20T08:00:00Z'),
    questionnaire,
    departments,
    respondents: withPerson
      ? [
          {
            id: `${PACK_ID}-ines`,
            name: 'Ines Brandt',
            role: 'Head of Customer Service',
            departmentId: dep.id,
            departmentName: dep.name,
            consensus: false,
            progress: { answered: 0, total: TOTAL, carried: 0, resumeQuestionId: null },
            locale: null,
          },
        ]
      : [],
    reportLocale: 'de',
    locales: questionnaireLocales,
    anonymity: { anonymous: false, threshold: 3 },
  });
  // A pack of a later round: the head's first five answers come carried from the last round.
  if (withPerson && window.__CXM_ROUNDS__)
    answers.set(
      `${PACK_ID}-ines`,
      questionIds.slice(0, 5).map((questionId) => ({
        questionId,
        value: 3,
        comment: null,
        savedAt: '2025-04-20T08:00:00Z',
        carried: true,
        doNotQuote: false,
      })),
    );
  packSessions.set(PACK_ID, {
    assessmentId: PACK_ID,
    organisation: 'Nordlicht Haushaltswaren GmbH',
    title: 'CX baseline 2026',
    departmentId: dep.id,
    department: dep.name,
    exportedAt: '2026-04-21T09:30:00Z',
    sourceFile: 'nordlicht-customer-service.cxpack.json',
    openedAt: '2026-04-22T07:00:00Z',
    updatedAt: '2026-04-22T07:00:00Z',
    savedAt: null,
    savedFile: null,
    respondents: 0,
    answered: 0,
    expected: TOTAL,
    questions: TOTAL,
    unsavedChanges: true,
    encrypted: control.packPick === 'sealed',
  });
}

function packSummary(id: string): PackSessionSummary {
  const s = packSessions.get(id);
  if (!s) throw fail('notFound', `no pack session with id ${id}`);
  const d = need(id);
  const answered = d.respondents.reduce((a, r) => a + answersOf(r.id).length, 0);
  const changed =
    s.savedAt === null || answered !== (s as PackSessionSummary & { savedAnswered?: number }).savedAnswered;
  return {
    ...s,
    respondents: d.respondents.length,
    answered,
    expected: Math.max(d.respondents.length, 1) * TOTAL,
    unsavedChanges: changed,
  };
}

function answersOf(rid: string): StoredAnswer[] {
  return answers.get(rid) ?? [];
}

function results(id: string): Results {
  const named = id === DEMO_ID ? demoScorecard(evidence, settings) : emptyScorecard(id);
  const a = details.get(id)?.anonymity;
  const scorecard = a?.anonymous ? withheld(named, a.threshold) : named;
  return { scorecard, charts: id === DEMO_ID ? demoCharts(scorecard) : [] };
}

/** What the core withholds of an anonymous assessment, as a fixture: a
 * department with fewer set-up respondents than `k` in every figure. */
function withheld(sc: Scorecard, k: number): Scorecard {
  const small = new Set(sc.departments.filter((d) => d.respondentsSetUp < k).map((d) => d.name));
  const cells = (id: string, list: { department: string }[]) =>
    list.filter((f) => small.has(f.department)).map((f) => ({ id, department: f.department }));
  const hide = <T extends { department: string; score: number | null }>(list: T[]) =>
    list.map((f) => (small.has(f.department) ? { ...f, score: null } : f));
  return {
    ...sc,
    departments: sc.departments.map((d) =>
      small.has(d.name) ? { ...d, score: null, level: null, withheld: true } : d,
    ),
    dimensions: sc.dimensions.map((d) => ({ ...d, departments: hide(d.departments) })),
    misalignedQuestions: sc.misalignedQuestions.map((m) => ({ ...m, departments: hide(m.departments) })),
    knowledgeGaps: sc.knowledgeGaps.map((g) =>
      small.has(g.department) ? { ...g, respondent: '', department: '', withheld: true } : { ...g, respondent: '' },
    ),
    anonymity: {
      threshold: k,
      departments: [...small],
      dimensionDepartments: sc.dimensions.flatMap((d) => cells(d.id, d.departments)),
      questionDepartments: sc.misalignedQuestions.flatMap((m) => cells(m.question, m.departments)),
    },
  };
}

function summary(d: AssessmentView): AssessmentSummary {
  const answered = d.respondents.reduce((a, r) => a + answersOf(r.id).length, 0);
  const expected = d.respondents.length * TOTAL;
  const sc = d.assessment.id === DEMO_ID ? demoScorecard(evidence, settings) : null;
  return {
    ...d.assessment,
    departments: d.departments.length,
    respondents: d.respondents.length,
    answered,
    expected,
    completion: expected > 0 ? answered / expected : null,
    overallScore: sc?.overall.score ?? null,
    overallLevel: sc?.overall.level ?? null,
    overallLevelName: sc?.overall.levelName ?? null,
    round: roundPlace({ details, previousOf }, d.assessment.id),
  };
}

function view(d: AssessmentView): AssessmentView {
  return {
    ...d,
    questionnaire: outlineIn(appLocale),
    assessment: summary(d),
    departments: d.departments.map((x) => ({
      ...x,
      respondents: d.respondents.filter((r) => r.departmentId === x.id).length,
    })),
    respondents: d.respondents.map((r) => ({
      ...r,
      departmentName: d.departments.find((x) => x.id === r.departmentId)?.name ?? '',
      progress: {
        answered: answersOf(r.id).length,
        total: TOTAL,
        carried: answersOf(r.id).filter((a) => a.carried).length,
        resumeQuestionId: null,
      },
    })),
  };
}

// The app's language as the shell holds it (`set_app_locale`).
let appLocale = 'en';

/** The shell's check of an app or report language (`de` for `de-CH`). */
function appLocaleOf(tag: string, what = 'The app'): string {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!['en', 'de', 'fr'].includes(base))
    throw fail('invalidInput', `${what} is not available in "${tag.trim()}" (available: en, de, fr).`);
  return base;
}

/** `Questionnaire::check_locale`: one of the questionnaire's languages. */
function questionnaireLocaleOf(tag: string): string {
  const base = tag.trim().toLowerCase().split('-')[0] ?? '';
  if (!questionnaireLocales.includes(base))
    throw fail(
      'invalidInput',
      sentence(`the questionnaire has no "${tag.trim()}" texts (it has ${questionnaireLocales.join(', ')})`),
    );
  return base;
}

function need(id: string): AssessmentView {
  const d = details.get(id);
  if (!d) throw fail('notFound', `no assessment with id ${id}`);
  return d;
}

/** Where `text` ends, as the core counts it: the last line, and the characters on it. */
function endOf(text: string): { line: number; column: number } {
  const lines = text.split('\n');
  return { line: lines.length, column: Math.max([...(lines.at(-1) ?? '')].length, 1) };
}

/** What is still open where `text` ends, as `json_problems::open_at_end` finds it. */
function openAtEnd(text: string): 'text' | 'list' | 'block' | null {
  const stack: string[] = [];
  let inText = false;
  let escaped = false;
  for (const c of text) {
    if (inText) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inText = false;
      continue;
    }
    if (c === '"') inText = true;
    else if (c === '[' || c === '{') stack.push(c);
    else if (c === ']' || c === '}') stack.pop();
  }
  if (inText) return 'text';
  const top = stack.at(-1);
  return top === '[' ? 'list' : top === '{' ? 'block' : null;
}

const CUT_SHORT = {
  text: 'the file stops in the middle of a text; it may be cut short — copy or download it again',
  list: 'the file stops in the middle of a list [ … ]; it may be cut short — copy or download it again',
  block: 'the file stops in the middle of a { … } block; it may be cut short — copy or download it again',
} as const;

/** `check_questionnaire`: the core's words for a file that is no questionnaire. */
function checkFile(fileName: string, text: string) {
  let parsed: { title?: string; dimensions?: { questions?: unknown[] }[] };
  const invalid = (issues: WireError['issues']) => {
    const [one] = issues;
    const located = (i: WireError['issues'][number]) =>
      i.line !== null ? `line ${i.line}, column ${i.column}: ${i.message}` : i.message;
    const message =
      issues.length === 1 && one
        ? sentence(`“${fileName}” is not a valid questionnaire: ${located(one)}`)
        : `“${fileName}” is not a valid questionnaire: ${issues.length} problems`;
    return fail('invalidQuestionnaire', message, issues);
  };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    const open = openAtEnd(text);
    if (open !== null) throw invalid([{ path: '$', ...endOf(text), message: CUT_SHORT[open] }]);
    throw invalid([
      {
        path: '$',
        line: 1,
        column: 1,
        message: 'this is not a JSON file (it should begin with a {); check that you chose the right file',
      },
    ]);
  }
  if (!Array.isArray(parsed.dimensions) || parsed.dimensions.length === 0) {
    throw invalid([
      { path: 'dimensions', line: 3, column: 3, message: 'no dimensions; a questionnaire needs at least one' },
      { path: '$', line: null, column: null, message: '"levels" is missing; add it' },
    ]);
  }
  const questions = parsed.dimensions.reduce((a, d) => a + (d.questions?.length ?? 0), 0);
  return {
    id: 'custom',
    version: '1.0.0',
    title: parsed.title ?? fileName,
    description: '',
    locale: 'en',
    dimensions: parsed.dimensions.length,
    questions,
  };
}

// Export destinations held under tokens, files written.
const targets = new Map<string, { kind: ExportKind; path: string; assessmentId: string }>();
const written = new Set<string>();

function exportDefault(id: string, kind: ExportKind): string {
  const org = need(id).assessment.organisation;
  if (kind.kind === 'pdf') return `/home/consultant/Documents/${org} - CX maturity report - 2026-05-01.pdf`;
  if (kind.kind === 'docx') return `/home/consultant/Documents/${org} - CX maturity report - 2026-05-01.docx`;
  if (kind.kind === 'xlsx') return `/home/consultant/Documents/${org} - action register - 2026-05-01.xlsx`;
  if (kind.kind === 'allPacks') return '/home/consultant/Documents/packs';
  const dept = need(id).departments.find((d) => d.id === kind.departmentId)?.name ?? '';
  return `/home/consultant/Documents/${org} - ${dept} - self-assessment - 2026-05-01.cxpack`;
}

function writtenFile(path: string, department: string | null): WrittenFile {
  written.add(path);
  const cut = path.lastIndexOf('/');
  return { path, fileName: path.slice(cut + 1), folder: path.slice(0, cut), bytes: 48213, department };
}

type Handler = { [K in CommandName]: (args: Commands[K]['args']) => Commands[K]['result'] };

const handlers: Handler = {
  list_assessments: () => [...details.values()].filter((d) => !packSessions.has(d.assessment.id)).map(summary),
  open_pack: () => {
    if (control.packPick === 'cancel') return null;
    if (control.packPick === 'sealed')
      return { status: 'needsPassphrase', token: `sealed-${++counter}`, file: 'Nordlicht - Customer Service.cxpack' };
    return { status: 'opened', opened: openPack() };
  },
  open_sealed_pack: ({ passphrase }) => {
    if (passphrase !== MOCK_PACK_PASSPHRASE)
      throw fail(
        'passphrase',
        'The passphrase does not open Nordlicht - Customer Service.cxpack. Nothing was changed; check it and try again.',
      );
    return openPack();
  },
  list_pack_sessions: () => [...packSessions.keys()].filter((id) => details.has(id)).map(packSummary),
  get_pack_session: ({ assessmentId }) => ({ session: packSummary(assessmentId), view: view(need(assessmentId)) }),
  save_filled_pack: ({ assessmentId, passphrase }) => {
    const current = packSummary(assessmentId);
    if (current.encrypted && passphrase !== MOCK_PACK_PASSPHRASE)
      throw fail(
        passphrase ? 'passphrase' : 'locked',
        'The passphrase does not open nordlicht-customer-service.cxpack. Nothing was changed; check it and try again.',
      );
    if (control.savePick === 'cancel') return null;
    const fileName = 'Nordlicht-Haushaltswaren-GmbH-Customer-Service-filled.cxpack.json';
    const saved = { ...current, savedAt: '2026-04-22T10:15:00Z', savedFile: fileName, savedAnswered: current.answered };
    packSessions.set(assessmentId, saved);
    return { session: packSummary(assessmentId), fileName, folder: '/home/ines/Documents' };
  },
  list_questionnaires: () => [
    {
      id: questionnaire.id,
      version: questionnaire.version,
      title: questionnaire.title,
      description: '',
      locale: 'en',
      dimensions: 10,
      questions: TOTAL,
    },
  ],
  check_questionnaire: ({ source }) => {
    if (source.kind === 'file') return checkFile(source.fileName, source.text);
    return handlers.list_questionnaires(null)[0]!;
  },
  create_assessment: (a: CreateAssessmentArgs) => {
    checkIdentity(a.organisation, a.title);
    if (a.questionnaire.kind === 'file') checkFile(a.questionnaire.fileName, a.questionnaire.text);
    const id = `a-new-${++counter}`;
    const d: AssessmentView = {
      assessment: summaryOf(id, a.organisation, a.title, '2026-05-01T09:00:00Z'),
      questionnaire,
      departments: departmentsOf(a.departments, id),
      respondents: [],
      // The report's language follows the app's (the report has all three).
      reportLocale: appLocale,
      locales: questionnaireLocales,
      anonymity: { anonymous: false, threshold: 3 },
    };
    details.set(id, d);
    return view(d);
  },
  create_demo: () => {
    if (!details.has(DEMO_ID)) seed();
    return summary(need(DEMO_ID));
  },
  delete_assessment: ({ assessmentId }) => {
    deletedIds.set(assessmentId, need(assessmentId));
    details.delete(assessmentId);
    return null;
  },
  purge_assessment: ({ assessmentId }) => {
    if (!deletedIds.delete(assessmentId)) throw fail('notFound', `no deleted assessment with id ${assessmentId}`);
    return null;
  },
  restore_assessment: ({ assessmentId }) => {
    const d = deletedIds.get(assessmentId);
    if (!d) throw fail('notFound', `no deleted assessment with id ${assessmentId}`);
    details.set(assessmentId, d);
    return summary(d);
  },
  get_assessment: ({ assessmentId }) => view(need(assessmentId)),
  set_app_locale: ({ locale }) => {
    appLocale = appLocaleOf(locale);
    return appLocale;
  },
  set_report_locale: ({ assessmentId, locale }) => {
    const d = need(assessmentId);
    d.reportLocale = appLocaleOf(locale, 'The report');
    return view(d);
  },
  set_anonymity: ({ assessmentId, anonymous, threshold }) => {
    const d = need(assessmentId);
    if (threshold !== null && (threshold < 2 || threshold > 50))
      throw fail('invalidInput', `the anonymity threshold ${threshold} is not between 2 and 50`);
    d.anonymity = {
      anonymous: anonymous ?? d.anonymity.anonymous,
      threshold: threshold ?? d.anonymity.threshold,
    };
    d.assessment.anonymous = d.anonymity.anonymous;
    return view(d);
  },
  set_do_not_quote: ({ assessmentId, respondentId, questionId, doNotQuote }) => {
    need(assessmentId);
    const stored = answersOf(respondentId).find((a) => a.questionId === questionId);
    if (!stored) throw fail('notFound', `answer not found: ${respondentId}/${questionId}`);
    stored.doNotQuote = doNotQuote;
    return { ...stored };
  },
  set_respondent_locale: ({ assessmentId, respondentId, locale }) => {
    const d = need(assessmentId);
    const r = d.respondents.find((x) => x.id === respondentId);
    if (!r) throw fail('notFound', `no respondent ${respondentId}`);
    r.locale = locale === null ? null : questionnaireLocaleOf(locale);
    return view(d);
  },
  get_questionnaire_outline: ({ assessmentId, locale }) => {
    need(assessmentId);
    return outlineIn(locale === null ? appLocale : questionnaireLocaleOf(locale));
  },
  rules: () => rules,
  check_department_name: ({ others, name }) => departmentNameCheck(others, name),
  save_setup: ({ assessmentId, organisation, title, departments }) => {
    const d = need(assessmentId);
    checkIdentity(organisation, title);
    for (const old of d.departments)
      if (old.respondents > 0 && !departments.some((n) => n.id === old.id))
        throw refuse(
          'departments',
          `the department “${old.name}” still has ${old.respondents} respondent(s); remove them first, or keep the department`,
        );
    d.assessment = { ...d.assessment, organisation, title };
    d.departments = departments.map((n, position) => {
      const old = d.departments.find((x) => x.id === n.id);
      return {
        id: n.id ?? `${assessmentId}-d${++counter}`,
        name: n.name,
        position,
        respondents: old?.respondents ?? 0,
      };
    });
    return view(d);
  },
  find_namesake: ({ assessmentId, departmentId, name, respondentId }) => {
    const normal = (n: string) => n.trim().replace(/\s+/g, ' ').toLowerCase();
    const same = need(assessmentId).respondents.find(
      (r) => r.departmentId === departmentId && r.id !== respondentId && normal(r.name) === normal(name),
    );
    return same?.name ?? null;
  },
  add_respondent: (a: AddRespondentArgs) => {
    const d = need(a.assessmentId);
    if (a.name.trim() === '') throw refuse('respondentName', "the respondent's name is empty; enter a name");
    const name = lineProblem("the respondent's name", a.name, rules.text.name);
    if (name) throw refuse('respondentName', name);
    const role = a.role === null ? null : lineProblem("the respondent's role", a.role, rules.text.name);
    if (role) throw refuse('respondentRole', role);
    d.respondents.push({
      id: `${a.assessmentId}-r${++counter}`,
      name: a.name,
      role: a.role,
      departmentId: a.departmentId,
      departmentName: '',
      consensus: a.consensus,
      progress: { answered: 0, total: TOTAL, carried: 0, resumeQuestionId: null },
      locale: null,
    });
    return view(d);
  },
  update_respondent: (a: UpdateRespondentArgs) => {
    const d = need(a.assessmentId);
    d.respondents = d.respondents.map((r) =>
      r.id === a.respondentId
        ? { ...r, name: a.name, role: a.role, departmentId: a.departmentId, consensus: a.consensus }
        : r,
    );
    return view(d);
  },
  remove_respondent: ({ assessmentId, respondentId }) => {
    const d = need(assessmentId);
    const gone = d.respondents.find((r) => r.id === respondentId);
    if (!gone) throw fail('notFound', `no respondent ${respondentId}`);
    d.respondents = d.respondents.filter((r) => r.id !== respondentId);
    const token = `removed-${++counter}`;
    removedRespondents.set(token, { assessmentId, respondent: gone, answers: answersOf(respondentId) });
    answers.delete(respondentId);
    return { view: view(d), name: gone.name, answers: gone.progress.answered, undoToken: token };
  },
  undo_remove_respondent: ({ assessmentId, undoToken }) => {
    const held = removedRespondents.get(undoToken);
    if (!held || held.assessmentId !== assessmentId)
      throw fail('invalidInput', 'This removal can no longer be undone.');
    removedRespondents.delete(undoToken);
    const d = need(assessmentId);
    d.respondents.push(held.respondent);
    answers.set(held.respondent.id, held.answers);
    return view(d);
  },
  get_answers: ({ assessmentId, respondentId }) => {
    need(assessmentId);
    return {
      respondentId,
      answers: answersOf(respondentId),
      progress: {
        answered: answersOf(respondentId).length,
        total: TOTAL,
        carried: answersOf(respondentId).filter((a) => a.carried).length,
        resumeQuestionId: null,
      },
    };
  },
  save_answer: (a: SaveAnswerArgs) => {
    const stored: StoredAnswer = {
      questionId: a.questionId,
      value: a.value,
      comment: a.comment,
      savedAt: new Date().toISOString(),
      carried: false,
      doNotQuote: answersOf(a.respondentId).find((x) => x.questionId === a.questionId)?.doNotQuote ?? false,
    };
    answers.set(a.respondentId, [...answersOf(a.respondentId).filter((x) => x.questionId !== a.questionId), stored]);
    return stored;
  },
  clear_answer: ({ respondentId, questionId }) => {
    answers.set(
      respondentId,
      answersOf(respondentId).filter((x) => x.questionId !== questionId),
    );
    return null;
  },
  get_results: ({ assessmentId }) => {
    need(assessmentId);
    return results(assessmentId);
  },
  set_target: ({ assessmentId, dimensionId, target, importance }) => {
    need(assessmentId);
    for (const v of [target, importance])
      if (v !== null && (v < 1 || v > 5)) throw fail('invalidInput', `target ${v} is not between 1 and 5`);
    if (target === null && importance === null) settings.delete(dimensionId);
    else settings.set(dimensionId, { target, importance });
    return results(assessmentId);
  },
  save_evidence: (a: SaveEvidenceArgs) => {
    need(a.assessmentId);
    const date = a.date === null ? null : dateProblem(a.date, 'the evidence date');
    if (date) throw refuse('evidenceDate', date);
    evidence = { ...evidence, [a.metric]: a.value };
    return results(a.assessmentId);
  },
  get_roadmap: ({ assessmentId }) => roadmapOf(assessmentId),
  set_action_field: ({ assessmentId, actionId, change }) => setActionField(assessmentId, actionId, change),
  reset_action: ({ assessmentId, actionId }) => {
    edits.delete(actionId);
    return roadmapOf(assessmentId);
  },
  set_roadmap_capacity: ({ assessmentId, phase, capacity: value }) => setCapacity(assessmentId, phase, value),
  reset_roadmap_capacity: ({ assessmentId }) => {
    need(assessmentId);
    capacity = { now: null, next: null };
    return roadmapOf(assessmentId);
  },
  get_branding: () => branding,
  set_consultant_name: ({ name }) => {
    const n = name?.trim() ?? '';
    const problem = lineProblem('the consultant name', n, rules.text.consultant);
    if (problem) throw refuse('consultantName', problem);
    branding = { ...branding, consultantName: n === '' ? null : n };
    return branding;
  },
  set_accent_colour: ({ colour }) => {
    const c = colour?.trim().toLowerCase() ?? '';
    if (c !== '' && !/^#[0-9a-f]{6}$/.test(c))
      throw refuse(
        'accentColour',
        `the accent colour must look like #1f6feb (a # and six digits or letters a to f); “${c}” does not`,
      );
    branding = {
      ...branding,
      accentColour: c === '' ? null : c,
      accentOnBand: accentColours(c === '' ? DEFAULT_ACCENT : c),
    };
    return branding;
  },
  accent_colours: ({ colour }) => {
    const c = colour.trim().toLowerCase();
    if (!/^#[0-9a-f]{6}$/.test(c))
      throw refuse(
        'accentColour',
        `the accent colour must look like #1f6feb (a # and six digits or letters a to f); “${c}” does not`,
      );
    return accentColours(c);
  },
  set_logo: ({ fileName, base64 }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    if (bytes.length > rules.logoMaxBytes)
      throw refuse('logo', `“${fileName}”: the logo is larger than 2 MB; save it smaller or choose another file`);
    const info = imageInfo(bytes);
    if (!info) {
      const why =
        bytes[0] === 0xff
          ? 'the logo JPEG is cut off (its image data has no end); save the logo again or use a PNG'
          : bytes[0] === 0x89
            ? 'the logo PNG is damaged or cut short; save it again from your image program, or choose another file'
            : 'the logo is neither a PNG nor a JPEG image; choose a PNG or JPEG file';
      throw refuse('logo', `“${fileName}”: ${why}`);
    }
    branding = { ...branding, logo: { ...info, bytes: bytes.length, dataUrl: `data:${info.mime};base64,${base64}` } };
    return branding;
  },
  remove_logo: () => {
    branding = { ...branding, logo: null };
    return branding;
  },
  get_help: () => helpFixture,
  database_lock: () => lockView(),
  unlock_database: ({ passphrase }) => {
    if (encryption.locked && passphrase !== encryption.passphrase)
      throw fail(
        'passphrase',
        'The passphrase does not open “cx-maturity.db”. Nothing was changed; check it and try again.',
      );
    encryption.locked = false;
    return lockView();
  },
  set_database_passphrase: ({ current, new: next }) => {
    checkCurrent(current);
    encryption.passphrase = next;
    return lockView();
  },
  remove_database_passphrase: ({ current }) => {
    checkCurrent(current);
    encryption.passphrase = null;
    return lockView();
  },
  finish_closing: () => null,
  save_data_copy: () => {
    const pick =
      control.picks.length > 0 ? control.picks.shift()! : '/home/consultant/CX Maturity data - 2026-11-23.db';
    if (pick === null) return null;
    return writtenFile(pick, null);
  },
  choose_export: ({ assessmentId, export: kind }) => {
    const pick = control.picks.length > 0 ? control.picks.shift()! : exportDefault(assessmentId, kind);
    if (pick === null) return null;
    const token = `export-${++counter}`;
    targets.set(token, { kind, path: pick, assessmentId });
    const replaces = kind.kind === 'allPacks' ? [...control.existingPacks] : [];
    return { token, name: pick.slice(pick.lastIndexOf('/') + 1), replaces };
  },
  run_export: ({ token, replace }) => {
    const target = targets.get(token);
    if (!target)
      throw fail(
        'invalidInput',
        'This export was already written or was never started. Choose where to save it again.',
      );
    targets.delete(token);
    const id = target.assessmentId;
    const kind = target.kind;
    if (kind.kind === 'allPacks') {
      if (!replace && control.existingPacks.length > 0)
        throw fail('invalidInput', 'The folder already holds some of these packs; nothing was written.');
      const org = need(id).assessment.organisation;
      const files = need(id).departments.map((d) =>
        writtenFile(`${target.path}/${org} - ${d.name} - self-assessment - 2026-05-01.cxpack`, d.name),
      );
      return { files, warnings: [], millis: 41 };
    }
    const dept =
      kind.kind === 'pack' ? (need(id).departments.find((d) => d.id === kind.departmentId)?.name ?? null) : null;
    return { files: [writtenFile(target.path, dept)], warnings: [], millis: 187 };
  },
  open_export: ({ path }) => {
    if (!written.has(path)) throw fail('invalidInput', 'The app only opens files it exported itself in this session.');
    return null;
  },
  preview_import: ({ assessmentId }) => {
    need(assessmentId);
    if (control.importPick === 'cancel') return null;
    if (control.importPick === 'sealed') return sealedPreview(false);
    return control.importPick === 'refused' ? refusedPreview() : goodPreview();
  },
  preview_sealed_import: ({ assessmentId, passphrase }) => {
    need(assessmentId);
    return passphrase === MOCK_PACK_PASSPHRASE ? goodPreview() : sealedPreview(true);
  },
  commit_import: ({ token, choices }) => {
    if (token !== 'import-1')
      throw fail('invalidInput', 'These packs are no longer waiting to be imported. Choose them again.');
    // As the shell and the core: one choice per answer, each naming a conflict.
    const report = goodPreview().report;
    const conflicts = report.files.flatMap((f) => f.conflicts);
    const seen = new Set<string>();
    for (const c of choices) {
      const key = `${c.respondentId} ${c.questionId}`;
      if (seen.has(key)) throw fail('invalidInput', `Two choices for ${key}.`);
      seen.add(key);
      if (!conflicts.some((x) => x.respondentId === c.respondentId && x.questionId === c.questionId))
        throw fail('invalidInput', `No conflict for ${key}.`);
    }
    for (const f of report.files)
      f.conflicts = f.conflicts.map((x) => {
        const chosen = choices.find((c) => c.respondentId === x.respondentId && c.questionId === x.questionId);
        return chosen ? { ...x, kept: chosen.keep, decidedBy: 'choice' } : x;
      });
    return report;
  },
  cancel_import: () => null,
  ...liveHandlers(control.live, need, fail),
  ...roundsHandlers(control.rounds, roundsStore()),
};

function roundsStore(): RoundsStore {
  return {
    details,
    answers,
    previousOf,
    need,
    summary,
    fail,
    refuse,
    checkIdentity,
    nextId: () => ++counter,
  };
}

function handle(cmd: string, args: unknown): unknown {
  const h = (handlers as Record<string, (a: unknown) => unknown>)[cmd];
  if (!h) throw fail('internal', `the mock has no command ${cmd}`);
  return h(args ?? null);
}

if (scenario === 'full') seed();
if (scenario === 'full' && window.__CXM_ROUNDS__) seedRounds(roundsStore(), window.__CXM_ROUNDS__);
if (window.__CXM_PACKS__) seedPack(true);

/** The command's answer, once the test releases `queue` (releaseSaves, releaseExports). */
function heldIn(queue: (() => void)[], cmd: string, args: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    queue.push(() => {
      try {
        resolve(handle(cmd, args));
      } catch (e) {
        reject(e);
      }
    });
  });
}

mockIPC((cmd, payload) => {
  const args = ((payload ?? {}) as { args?: unknown }).args ?? null;
  control.calls.push({ cmd, args });
  // The rules, the app's language and the lock need no database: the
  // real shell answers them whatever state the store is in.
  if (cmd === 'rules' && !control.failCommands.includes(cmd)) return Promise.resolve(rules);
  // Whether the database is locked is known without it, so the answer
  // comes at once even while every other command hangs ('loading').
  if (cmd === 'database_lock' && !control.failCommands.includes(cmd)) return Promise.resolve(lockView());
  if (cmd === 'set_app_locale' && !control.failCommands.includes(cmd))
    return Promise.resolve().then(() => handlers.set_app_locale(args as Commands['set_app_locale']['args']));
  if (encryption.locked && !BEFORE_UNLOCK.includes(cmd))
    return Promise.reject(fail('locked', '“cx-maturity.db” is encrypted: enter its passphrase.'));
  if (scenario === 'loading') return new Promise(() => undefined);
  if (scenario === 'error' || control.failCommands.includes(cmd))
    return Promise.reject(fail('storage', 'the database is locked by another program'));
  if (control.holdCommands.includes(cmd)) return heldIn(control.held, cmd, args);
  if (cmd === 'run_export' && control.holdExports) return heldIn(control.heldExports, cmd, args);
  if (cmd === 'save_answer') {
    if (control.failSaves > 0) {
      control.failSaves--;
      return Promise.reject(fail('storage', 'the disk is full'));
    }
    if (control.holdSaves) return heldIn(control.held, cmd, args);
  }
  try {
    return Promise.resolve(handle(cmd, args));
  } catch (e) {
    return Promise.reject(e);
  }
});
