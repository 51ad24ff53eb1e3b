// The one door to the live server: JSON over fetch, the kept token as
// `Authorization: Bearer`, every refusal turned into an `ApiProblem` with the
// server's kind and plain message (or kind `network` when nothing answered).
import type { Joined, ParticipantView, QuestionnaireView, RoomState, SessionView, Value, VoteSaved } from './wire';

export class ApiProblem extends Error {
  constructor(
    /** The server's problem kind (`wrongCode`, `sessionEnded`…), or `network`. */
    readonly kind: string,
    message: string,
    /** The HTTP status; 0 when the server could not be reached. */
    readonly status: number,
  ) {
    super(message);
  }

  /** Whether the token no longer opens a participant (ended session, removed participant). */
  get lostToken(): boolean {
    return this.status === 401;
  }
}

async function call<T>(method: 'GET' | 'POST', path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers['Authorization'] = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new ApiProblem('network', '', 0);
  }
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // An empty or non-JSON body: the status alone says what happened.
  }
  if (!response.ok) {
    const p = payload as { kind?: unknown; message?: unknown } | null;
    throw new ApiProblem(
      typeof p?.kind === 'string' ? p.kind : 'unavailable',
      typeof p?.message === 'string' ? p.message : '',
      response.status,
    );
  }
  return payload as T;
}

export const api = {
  session: (code: string) => call<SessionView>('POST', '/api/session', null, { code }),
  join: (code: string, department: string, name: string, locale: string) =>
    call<Joined>('POST', '/api/join', null, { code, department, name, locale }),
  me: (token: string) => call<ParticipantView>('GET', '/api/me', token),
  /** The participant reads and answers in `locale` from now on; their answers stay. */
  setLocale: (token: string, locale: string) => call<ParticipantView>('POST', '/api/me/locale', token, { locale }),
  questionnaire: (token: string) => call<QuestionnaireView>('GET', '/api/questionnaire', token),
  vote: (token: string, question: string, value: Value) =>
    call<VoteSaved>('POST', '/api/votes', token, { question, value }),
  room: (token: string) => call<RoomState>('GET', '/api/room', token),
  /** The room's server-sent events (EventSource cannot send headers: the token rides in the query). */
  eventsUrl: (token: string) => `/api/events?token=${encodeURIComponent(token)}`,
};
