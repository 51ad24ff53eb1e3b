// The live server's participant API as the page sees it (JSON, camelCase).
// The types are generated from the core's `live::wire` into ./bindings by
// `cargo test -p cx-maturity --lib live::wire` (the test command fails when
// they are stale); this file only gives them the page's names.

import type { VoteSaved } from './bindings/VoteSaved';

/** A level 1–5, or not applicable / don't know. */
export type Value = VoteSaved['value'];
export type { DepartmentView as Department } from './bindings/DepartmentView';
export type { SessionView } from './bindings/SessionView';
export type { ParticipantView } from './bindings/ParticipantView';
export type { Joined } from './bindings/Joined';
export type { QuestionView } from './bindings/QuestionView';
export type { DimensionView } from './bindings/DimensionView';
export type { QuestionnaireView } from './bindings/QuestionnaireView';
export type { VoteSaved } from './bindings/VoteSaved';
export type { Phase } from './bindings/Phase';
export type { RoomState } from './bindings/RoomState';
export type { Problem } from './bindings/Problem';
