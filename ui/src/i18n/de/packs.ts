// Self-assessment by pack in German, the department head's side: the packs
// listed on Home, opening one, its own screen (who answers, adding
// yourself) and saving the filled pack. The consultant is „Ihre Beratung“.
import type { packs as en } from '../en/packs';

export const packs: Record<keyof typeof en, string> = {
  'pack.open': 'Selbstbewertungspaket öffnen…',
  'pack.opening': 'Paket wird geöffnet…',
  'pack.openFailed': 'Das Paket konnte nicht geöffnet werden: {message}',
  'pack.list': 'Ihre Selbstbewertungen',
  'pack.list.lead':
    'Pakete, die Ihnen Ihre Beratung geschickt hat. Ihre Antworten werden auf diesem Computer gespeichert; öffnen Sie ein Paket, um weiterzumachen.',
  'pack.list.item': 'Selbstbewertung für {department} ({organisation})',
  'pack.list.from': 'aus {file}',
  'pack.list.progress': '{answered} von {expected} beantwortet',
  'pack.list.unsaved': 'Noch nicht zurückgesendet',
  'pack.list.saved': 'Ausgefülltes Paket gespeichert am {date}',
  'pack.list.openLabel': 'Selbstbewertung für {department} ({organisation}) fortsetzen',
  'pack.list.continue': 'Fortsetzen',
  'pack.list.deleteLabel': 'Selbstbewertung für {department} ({organisation}) löschen',
  'pack.confirm.title': 'Diese Selbstbewertung löschen?',
  'pack.confirm.body':
    '„{name}“ und die darin gegebenen Antworten werden von diesem Computer gelöscht. Antworten, die Sie in ein ausgefülltes Paket gespeichert haben, bleiben in dieser Datei erhalten. Sie können das einige Sekunden lang rückgängig machen.',
  'pack.confirm.ok': 'Selbstbewertung löschen',

  'pack.badge': 'Selbstbewertung',
  'pack.loading': 'Ihre Selbstbewertung wird geladen…',
  'pack.error': 'Die Selbstbewertung konnte nicht geladen werden.',
  'pack.title': 'Selbstbewertung für {department}',
  'pack.lead': '{organisation} – {title}. Aus dem Paket „{file}“, vorbereitet von Ihrer Beratung am {date}.',
  'pack.how.title': 'So funktioniert es',
  'pack.how.1': 'Prüfen Sie, ob Ihr Name unter „Wer antwortet“ steht; falls nicht, fügen Sie sich hinzu.',
  'pack.how.2':
    'Beantworten Sie jede Frage, indem Sie die Beschreibung wählen, die heute am besten auf Ihre Abteilung zutrifft. Auch „Weiß nicht“ und „Nicht zutreffend“ sind ehrliche Antworten.',
  'pack.how.3':
    'Jede Antwort wird sofort auf diesem Computer gespeichert. Sie können jederzeit unterbrechen: Wenn Sie die App wieder öffnen, finden Sie diese Selbstbewertung auf der ersten Seite.',
  'pack.how.4':
    'Wenn Sie fertig sind, speichern Sie das ausgefüllte Paket und senden Sie diese Datei an Ihre Beratung zurück (zum Beispiel per E-Mail).',
  'pack.progress': '{answered} von {expected} beantwortet',
  'pack.people': 'Wer antwortet',
  'pack.noPeople.title': 'Noch antwortet niemand',
  'pack.noPeople.body':
    'Fügen Sie sich hinzu, um mit dem Beantworten zu beginnen. Kolleginnen und Kollegen aus Ihrer Abteilung fügen Sie auf dieselbe Weise hinzu.',
  'pack.addMe': 'Mich hinzufügen',
  'pack.addAnother': 'Weitere Person hinzufügen',
  'pack.form.title': 'Wer antwortet?',
  'pack.form.name': 'Ihr Name',
  'pack.form.role': 'Ihre Rolle',
  'pack.form.roleHint': 'Zum Beispiel „Leitung Kundenservice“.',
  'pack.form.nameMissing': 'Geben Sie einen Namen ein.',
  'pack.form.add': 'Hinzufügen',
  'pack.form.adding': 'Wird hinzugefügt…',
  'pack.form.failed': 'Die Person konnte nicht hinzugefügt werden: {message}',
  'pack.save.title': 'Antworten zurücksenden',
  'pack.save.body':
    'Beim Speichern entsteht eine Datei mit Ihren Antworten. Senden Sie diese Datei an Ihre Beratung; dort wird sie in das Assessment übernommen.',
  'pack.save.button': 'Ausgefülltes Paket speichern…',
  'pack.save.busy': 'Ausgefülltes Paket wird gespeichert…',
  'pack.save.done': 'Als „{file}“ in {folder} gespeichert. Senden Sie diese Datei an Ihre Beratung zurück.',
  'pack.save.cancelled': 'Nicht gespeichert: Es wurde keine Datei gewählt.',
  'pack.save.failed': 'Das ausgefüllte Paket konnte nicht gespeichert werden: {message}',
  'pack.save.never': 'Noch nicht gespeichert.',
  'pack.save.last': 'Zuletzt gespeichert am {date} als „{file}“.',
  'pack.save.changed': 'Sie haben seitdem Antworten geändert: Speichern Sie erneut, bevor Sie die Datei senden.',
  'pack.save.empty':
    'Es gibt noch keine Antworten. Sie können trotzdem speichern, aber Ihre Beratung erhält dann ein leeres Paket.',
  'pack.opened.created': 'Das Paket ist geöffnet. Ihre Antworten werden laufend auf diesem Computer gespeichert.',
  'pack.opened.resumed': 'Sie hatten dieses Paket bereits geöffnet: Sie machen dort weiter, wo Sie aufgehört haben.',
  'pack.opened.restored': 'Diese Selbstbewertung war gelöscht; sie ist mit allen Antworten wiederhergestellt.',
  'pack.opened.refreshed': 'Ihre Beratung hat ein neueres Paket geschickt: {people} und {answers} daraus übernommen.',
  'pack.opened.kept_one':
    '{count} Ihrer Antworten weicht vom neueren Paket ab: Ihre Antwort wurde beibehalten (Ihre Beratung sieht beide).',
  'pack.opened.kept_other':
    '{count} Ihrer Antworten weichen vom neueren Paket ab: Ihre Antworten wurden beibehalten (Ihre Beratung sieht beide).',
  'pack.opened.older': 'Dieses Paket ist älter als das zuvor geöffnete; daher wurde nichts geändert.',
  'pack.opened.people_one': '{count} Person hinzugefügt',
  'pack.opened.people_other': '{count} Personen hinzugefügt',
  'pack.opened.answers_one': '{count} Antwort',
  'pack.opened.answers_other': '{count} Antworten',
  'pack.done.back': 'Zurück zu Ihrer Selbstbewertung',
};
