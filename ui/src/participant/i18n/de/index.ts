// The participant page's German catalog: the same files and keys as the
// English one (`../en`), each file typed against its English counterpart
// and the whole against `ParticipantKey`, so a missing or extra key fails
// the type check. The types are named inline (`import('../en')`), so the
// page's sources keep importing nothing but the catalog mechanics.
import { answer } from './answer';
import { join } from './join';
import { language } from './language';
import { page } from './page';
import { room } from './room';

export const de: Record<import('../en').ParticipantKey, string> = { ...page, ...join, ...language, ...answer, ...room };
