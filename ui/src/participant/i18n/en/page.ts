// The participant page's frame: its title, who is answering, connection
// notices and the words every screen shares.
export const page = {
  'participant.page.title': 'CX Maturity workshop',
  'participant.page.as': '{name} · {department}',
  'participant.page.loading': 'Loading…',
  'participant.page.reconnecting': 'Connection lost — reconnecting…',
  'participant.page.offline':
    'The workshop server cannot be reached. Check that this phone is on the same Wi-Fi as the facilitator’s computer; trying again…',
  'participant.page.retryNow': 'Try again now',
  'participant.problem.network':
    'The workshop server did not answer. Check that this phone is on the same Wi-Fi as the facilitator’s computer, then try again.',
  'participant.problem.generic': 'Something went wrong. Try again.',
} as const;
