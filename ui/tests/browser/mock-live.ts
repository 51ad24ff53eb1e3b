// The live session's commands in memory, for mock-backend.ts: one session
// at a time, a paced room that moves through waiting → voting → revealed →
// revote as the real core's does. Tests steer what the room did through
// window.__cxmMock.live (participants, votes, progress, the tally) and then
// dispatch `cxm:live-changed`, as the shell does after a change.
import type {
  AgendaItemView,
  AssessmentView,
  Commands,
  DepartmentProgressView,
  LiveSessionView,
  LiveStatusView,
  NetworkAddressView,
  RoomPhase,
  VoteTallyView,
  WireError,
} from '../../src/api';

export interface LiveControl {
  addresses: NetworkAddressView[];
  participants: number;
  /** Votes in the current phase. */
  voted: number;
  /** Per department, in the assessment's order; `null`: nobody joined. */
  progress: DepartmentProgressView[] | null;
  /** What a reveal shows (the mock counts nothing). */
  tally: VoteTallyView;
  /** What a reveal after a re-vote shows. */
  revoteTally: VoteTallyView;
  /** The first votes beside it, once the re-vote opened. */
  firstTally: VoteTallyView;
}

export function liveControl(): LiveControl {
  return {
    addresses: [
      { interface: 'wlan0', ip: '192.168.1.20', loopback: false },
      { interface: 'enp0s31f6', ip: '10.0.0.7', loopback: false },
      { interface: '', ip: '127.0.0.1', loopback: true },
    ],
    participants: 0,
    voted: 0,
    progress: null,
    tally: {
      levels: [0, 2, 4, 2, 1],
      notApplicable: 0,
      unknown: 1,
      byDepartment: [],
      spread: 3,
      median: 3,
    },
    revoteTally: {
      levels: [0, 1, 6, 2, 0],
      notApplicable: 0,
      unknown: 0,
      byDepartment: [],
      spread: 2,
      median: 3,
    },
    firstTally: {
      levels: [0, 2, 4, 2, 1],
      notApplicable: 0,
      unknown: 1,
      byDepartment: [],
      spread: 3,
      median: 3,
    },
  };
}

// A small, valid SVG standing in for the core's QR code.
const QR =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29" shape-rendering="crispEdges"><rect width="29" height="29" fill="#fff"/><path d="M4 4h7v7H4zM18 4h7v7h-7zM4 18h7v7H4zM13 13h3v3h-3z" fill="#000"/></svg>';

type LiveCommand =
  | 'live_network_addresses'
  | 'live_start'
  | 'live_session'
  | 'live_stop'
  | 'live_status'
  | 'live_set_paced'
  | 'live_show_question'
  | 'live_reveal'
  | 'live_open_revote'
  | 'live_agenda';
type LiveHandlers = { [K in LiveCommand]: (args: Commands[K]['args']) => Commands[K]['result'] };

export function liveHandlers(
  control: LiveControl,
  need: (id: string) => AssessmentView,
  fail: (kind: WireError['kind'], message: string) => WireError,
): LiveHandlers {
  let session: LiveSessionView | null = null;
  let paced = false;
  let question: string | null = null;
  let phase: RoomPhase = 'voting';
  let revoted = false;

  const running = () => {
    if (!session) throw fail('invalidInput', 'No live session is running. Start one first.');
    return session;
  };
  const status = (): LiveStatusView => {
    const s = running();
    const d = need(s.assessmentId);
    const questions = d.questionnaire.dimensions.reduce((n, x) => n + x.questions.length, 0);
    return {
      assessmentId: s.assessmentId,
      paced,
      participants: control.participants,
      questions,
      departments:
        control.progress ??
        d.departments.map((x) => ({ departmentId: x.id, name: x.name, joined: 0, finished: 0, answers: 0 })),
      question,
      phase,
      current:
        paced && question
          ? {
              questionId: question,
              voted: control.voted,
              of: control.participants,
              // As the core: the re-vote is counted in the open, beside the first votes.
              tally:
                phase === 'revote' || (phase === 'revealed' && revoted)
                  ? control.revoteTally
                  : phase === 'revealed'
                    ? control.tally
                    : null,
              first: phase === 'revote' ? control.firstTally : null,
            }
          : null,
    };
  };

  return {
    live_network_addresses: () => control.addresses,
    live_start: ({ assessmentId, host, paced: asked }) => {
      if (session) throw fail('invalidInput', 'A live session is already running. Stop it before starting another.');
      if (!control.addresses.some((a) => a.ip === host))
        throw fail('invalidInput', `“${host}” is not an address of this computer. Choose one of the addresses listed.`);
      need(assessmentId);
      paced = asked;
      session = {
        assessmentId,
        paced,
        joinUrl: `http://${host}:51234/#code=482913`,
        address: `http://${host}:51234`,
        joinCode: '482913',
        qrSvg: QR,
      };
      question = null;
      phase = paced ? 'waiting' : 'voting';
      revoted = false;
      return session;
    },
    live_session: () => (session ? { ...session, paced } : null),
    live_stop: () => {
      session = null;
      return null;
    },
    live_status: () => (session ? status() : null),
    live_set_paced: ({ paced: on }) => {
      running();
      paced = on;
      question = null;
      phase = on ? 'waiting' : 'voting';
      return status();
    },
    live_show_question: ({ questionId }) => {
      running();
      if (!paced) throw fail('invalidInput', 'This session is self-paced: there is no room question.');
      question = questionId;
      phase = questionId === null ? 'waiting' : 'voting';
      revoted = false;
      control.voted = 0;
      return status();
    },
    live_reveal: () => {
      if (phase !== 'voting' && phase !== 'revote') throw fail('invalidInput', 'There is no open vote to reveal.');
      phase = 'revealed';
      return status();
    },
    live_open_revote: () => {
      if (phase !== 'revealed') throw fail('invalidInput', 'Reveal the votes before opening a re-vote.');
      phase = 'revote';
      revoted = true;
      control.voted = 0;
      return status();
    },
    live_agenda: ({ assessmentId }) => {
      const d = need(assessmentId);
      const items: AgendaItemView[] = d.questionnaire.dimensions.flatMap((x) =>
        x.questions.map((q, i) => ({
          questionId: q.id,
          prompt: q.prompt,
          dimensionTitle: x.title,
          spread: i === 0 ? 2.5 - x.questions.length / 10 : null,
        })),
      );
      return items.sort((a, b) => (b.spread ?? -1) - (a.spread ?? -1));
    },
  };
}
