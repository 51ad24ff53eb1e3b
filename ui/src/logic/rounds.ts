// Pure logic of rounds in the window: what the "Start the next round"
// dialog sends for the choices made, the note carried from the dialog to
// the new round's screen, and how a direction and a dimension's flags are
// put in words. No figure is worked out here: deltas, directions, flags and
// shares are the core's.
import type {
  DeltaFlag,
  DimensionChangeView,
  Direction,
  NextRoundPlan,
  RoundPlace,
  RoundRules,
  RoundStartedView,
  StartNextRoundArgs,
} from '../api';
import { formatDate, formatInteger, formatPercent, t, tn, type MessageKey } from '../i18n';

/** "Round 2 · after “CX maturity 2025”, 3 Mar 2025": a round told apart from the others of its chain. */
export function roundLine(round: RoundPlace): string {
  const number = t('round.number', { number: formatInteger(round.number) });
  return round.previous
    ? `${number} · ${t('round.after', { title: round.previous.title, date: formatDate(round.previous.createdAt) })}`
    : number;
}

/** What the user chose in the dialog. */
export interface NextRoundChoice {
  title: string;
  /** Ids of the respondents kept. */
  kept: ReadonlySet<string>;
  carry: boolean;
  /** Take the newer version of the questionnaire the plan offers. */
  useNewer: boolean;
}

/** The dialog's first state: the suggested title, everyone kept, answers carried, the round's own version. */
export function initialChoice(plan: NextRoundPlan): NextRoundChoice {
  return {
    title: plan.suggestedTitle,
    kept: new Set(plan.respondents.map((r) => r.id)),
    carry: plan.respondents.length > 0,
    useNewer: false,
  };
}

/** What `start_next_round` receives: respondents in the round's order; answers carried only with people. */
export function startArgs(plan: NextRoundPlan, choice: NextRoundChoice): StartNextRoundArgs {
  const respondentIds = plan.respondents.filter((r) => choice.kept.has(r.id)).map((r) => r.id);
  return {
    assessmentId: plan.assessmentId,
    title: choice.title,
    respondentIds,
    carryAnswers: choice.carry && respondentIds.length > 0,
    questionnaireVersion: choice.useNewer && plan.newer ? plan.newer.questionnaire.version : null,
  };
}

// What starting a round did, handed from the dialog to the new round's
// screen across the hash change (read once).
let lastStarted: RoundStartedView | null = null;

export function rememberStarted(s: RoundStartedView): void {
  lastStarted = s;
}

export function takeStarted(id: string): RoundStartedView | null {
  if (lastStarted === null || lastStarted.assessment.id !== id) return null;
  const s = lastStarted;
  lastStarted = null;
  return s;
}

/** Plain-words lines saying what starting the round did (people, answers, evidence). */
export function startedMessages(s: RoundStartedView): string[] {
  return [
    s.respondents === 0 ? t('round.started.noPeople') : tn('round.started.people', s.respondents),
    s.carriedAnswers === 0 ? t('round.started.notCarried') : tn('round.started.carried', s.carriedAnswers),
    t('round.started.evidence'),
  ];
}

/** A direction as a sign that is not colour alone: ▲ improved, ▼ declined, ▶ stable. */
export function directionMark(d: Direction | null): string {
  switch (d) {
    case 'improved':
      return '▲';
    case 'declined':
      return '▼';
    case 'stable':
      return '▶';
    case null:
      return '';
  }
}

/** A direction in words. */
export function directionWord(d: Direction | null): string {
  return t(d === null ? 'progress.direction.none' : (`progress.direction.${d}` as MessageKey));
}

/** A dimension's flags in plain words, in the core's order, with the core's thresholds (`rules`). */
export function flagTexts(d: DimensionChangeView, rules: RoundRules): { flag: DeltaFlag; text: string }[] {
  return d.flags.map((flag) => {
    switch (flag) {
      case 'lowCoverage':
        return {
          flag,
          text: t('progress.flag.lowCoverage', {
            then: formatPercent(d.coverageThen),
            now: formatPercent(d.coverageNow),
            below: formatPercent(rules.lowCoverageBelow),
          }),
        };
      case 'questionsChanged': {
        const changes = [
          d.questionsAdded.length > 0
            ? t('progress.changes.added', { count: formatInteger(d.questionsAdded.length) })
            : null,
          d.questionsRemoved.length > 0
            ? t('progress.changes.removed', { count: formatInteger(d.questionsRemoved.length) })
            : null,
        ].filter((x): x is string => x !== null);
        return { flag, text: t('progress.flag.questionsChanged', { changes: changes.join(', ') }) };
      }
      case 'mostlyCarried':
        return { flag, text: t('progress.flag.mostlyCarried', { percent: formatPercent(d.confirmed) }) };
    }
  });
}
