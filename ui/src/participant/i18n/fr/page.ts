// The participant page's frame in French (see ../en/page.ts). The
// facilitator is « l’animateur ».
// Typed by key prefix against the page's keys (from the page's catalog module,
// which the page's source scan allows), so a missing or extra key fails the
// type check.
import type { ParticipantKey } from '..';

export const page: Record<
  Extract<ParticipantKey, `participant.page.${string}` | `participant.problem.${string}`>,
  string
> = {
  'participant.page.title': 'Atelier CX Maturity',
  'participant.page.as': '{name} · {department}',
  'participant.page.loading': 'Chargement…',
  'participant.page.reconnecting': 'Connexion perdue — reconnexion…',
  'participant.page.offline':
    'Impossible de joindre le serveur de l’atelier. Vérifiez que ce téléphone est sur le même Wi-Fi que l’ordinateur de l’animateur ; nouvel essai en cours…',
  'participant.page.retryNow': 'Réessayer maintenant',
  'participant.problem.network':
    'Le serveur de l’atelier n’a pas répondu. Vérifiez que ce téléphone est sur le même Wi-Fi que l’ordinateur de l’animateur, puis réessayez.',
  'participant.problem.generic': 'Une erreur s’est produite. Réessayez.',
};
