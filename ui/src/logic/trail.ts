// Where "Back" leads: the places visited before this one, as route hashes.
// Going to the place just before counts as going back (it is taken off the
// trail), so Back from Help, then Back again, does not bounce between two
// screens.

const KEEP = 30;

/** The trail after moving from `from` to `to`. */
export function afterVisit(trail: readonly string[], from: string, to: string): string[] {
  if (from === to) return [...trail];
  if (trail.length > 0 && trail[trail.length - 1] === to) return trail.slice(0, -1);
  return [...trail, from].slice(-KEEP);
}

/** Where Back leads from here: the last place visited, or Home. */
export function backTarget(trail: readonly string[], home: string): string {
  return trail.length > 0 ? trail[trail.length - 1]! : home;
}
