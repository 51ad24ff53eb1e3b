// Pure helpers of self-assessment by pack: what to tell the head after a
// pack was opened, and the note carried from Home to the pack's screen.
import type { PackOpened, PackSessionSummary } from '../api';
import { t, tn } from '../i18n';

/** Plain-words lines saying what opening a pack did (never silent about the head's answers). */
export function openedMessages(o: PackOpened): string[] {
  const out: string[] = [];
  if (o.restored) out.push(t('pack.opened.restored'));
  switch (o.kind) {
    case 'created':
      out.push(t('pack.opened.created'));
      break;
    case 'resumed':
      if (!o.restored) out.push(t('pack.opened.resumed'));
      break;
    case 'refreshed':
      out.push(
        t('pack.opened.refreshed', {
          people: tn('pack.opened.people', o.respondentsAdded.length),
          answers: tn('pack.opened.answers', o.answersAdded + o.answersUpdated),
        }),
      );
      if (o.keptYours > 0) out.push(tn('pack.opened.kept', o.keptYours));
      break;
    case 'olderIgnored':
      out.push(t('pack.opened.older'));
      break;
  }
  return out;
}

/** Whether a session's filled pack should be saved (again) before sending. */
export function needsSaving(s: Pick<PackSessionSummary, 'savedAt' | 'unsavedChanges'>): boolean {
  return s.savedAt === null || s.unsavedChanges;
}

// What opening a pack did, handed from Home to the pack's screen across the
// hash change (one screen replaces the other; the note is read once).
let lastOpened: PackOpened | null = null;

export function rememberOpened(o: PackOpened): void {
  lastOpened = o;
}

export function takeOpened(id: string): PackOpened | null {
  if (lastOpened === null || lastOpened.session.assessmentId !== id) return null;
  const o = lastOpened;
  lastOpened = null;
  return o;
}
