export { reconcileSessions, type ReconcileSummary } from './reconcile';
export { listPairingSuggestions, inferCadenceDays, type PairingSuggestion } from './suggestions';
export { decideDetection, type DecisionOutcome, type DetectionVerdict } from './decisions';
export { startSessionsAndPrompts } from './start';
