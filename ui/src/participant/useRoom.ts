// Follows the room through the server's events (`event: room`). When the
// stream breaks (Wi-Fi lost, phone locked, server busy) the page says it is
// reconnecting, asks `GET /api/room` for the state it missed, and opens the
// stream again, waiting longer after each failure; the screen shown stays.
// A room that has ended is final: nothing reconnects after it.
import { useEffect, useState } from 'react';
import { api, ApiProblem } from './api';
import type { RoomState } from './wire';

const RETRY_MS = [500, 1000, 2000, 4000, 8000];

export function useRoom(
  token: string,
  initial: RoomState,
  onLost: (p: ApiProblem) => void,
): { room: RoomState; reconnecting: boolean } {
  const [room, setRoom] = useState(initial);
  const [reconnecting, setReconnecting] = useState(false);

  useEffect(() => {
    if (initial.ended) return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let over = false;

    const finish = () => {
      over = true;
      source?.close();
      clearTimeout(timer);
    };
    const take = (state: RoomState) => {
      setRoom(state);
      if (state.ended) finish();
    };
    const later = (what: () => void) => {
      timer = setTimeout(what, RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]);
      failures += 1;
    };
    const open = () => {
      if (over) return;
      source = new EventSource(api.eventsUrl(token));
      source.addEventListener('room', (event) => {
        failures = 0;
        setReconnecting(false);
        try {
          take(JSON.parse((event as MessageEvent<string>).data) as RoomState);
        } catch {
          // A message the page cannot read changes nothing on screen.
        }
      });
      source.onerror = () => {
        source?.close();
        if (over) return;
        setReconnecting(true);
        later(check);
      };
    };
    const check = async () => {
      if (over) return;
      try {
        take(await api.room(token));
        if (!over) open();
      } catch (e) {
        if (e instanceof ApiProblem && e.lostToken) {
          finish();
          onLost(e);
        } else later(check);
      }
    };

    open();
    return finish;
  }, [token, initial.ended, onLost]);

  return { room, reconnecting };
}
