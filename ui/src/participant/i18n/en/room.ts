// Following a paced room: waiting, the blind vote, the reveal, the re-vote
// and the end of the session.
export const room = {
  'participant.room.waiting': 'Waiting for the facilitator',
  'participant.room.waitingHint': 'The next question appears here as soon as the facilitator shows it.',
  'participant.room.vote': 'Vote',
  'participant.room.blind': 'Your vote is secret until the facilitator reveals the room’s votes.',
  'participant.room.revote': 'Re-vote',
  'participant.room.revoteHint': 'After the discussion: choose again, or leave your answer as it is.',
  'participant.room.current': 'Your answer now: {answer}',
  'participant.room.revealed': 'Votes are on the screen — discuss',
  'participant.room.revealedHint': 'The facilitator will open a re-vote.',
  'participant.room.yourVote': 'Your vote',
  'participant.room.noVote': 'You did not vote on this question.',
  'participant.room.unknownQuestion': 'The facilitator is showing a question this page does not know.',
  'participant.ended.heading': 'The session has ended, thank you',
  'participant.ended.answered_one': 'You answered {count} question.',
  'participant.ended.answered_other': 'You answered {count} questions.',
  'participant.ended.again': 'Join another session',
} as const;
