// Following a moderated session in German: waiting, the secret vote, the
// reveal, the re-vote („erneute Abstimmung“) and the end of the session.
export const room: Record<keyof typeof import('../en/room').room, string> = {
  'participant.room.waiting': 'Warten auf die Moderation',
  'participant.room.waitingHint': 'Die nächste Frage erscheint hier, sobald die Moderation sie zeigt.',
  'participant.room.vote': 'Abstimmung',
  'participant.room.blind': 'Ihre Stimme bleibt geheim, bis die Moderation die Stimmen der Gruppe aufdeckt.',
  'participant.room.revote': 'Erneute Abstimmung',
  'participant.room.revoteHint': 'Nach der Diskussion: Wählen Sie erneut oder lassen Sie Ihre Antwort, wie sie ist.',
  'participant.room.current': 'Ihre aktuelle Antwort: {answer}',
  'participant.room.revealed': 'Die Stimmen sind auf der Leinwand – jetzt wird diskutiert',
  'participant.room.revealedHint': 'Die Moderation öffnet gleich eine erneute Abstimmung.',
  'participant.room.yourVote': 'Ihre Stimme',
  'participant.room.noVote': 'Sie haben bei dieser Frage nicht abgestimmt.',
  'participant.room.unknownQuestion': 'Die Moderation zeigt eine Frage, die diese Seite nicht kennt.',
  'participant.ended.heading': 'Die Sitzung ist beendet – vielen Dank',
  'participant.ended.answered_one': 'Sie haben {count} Frage beantwortet.',
  'participant.ended.answered_other': 'Sie haben {count} Fragen beantwortet.',
  'participant.ended.again': 'An einer anderen Sitzung teilnehmen',
};
